"""The board as a picture from inside the running app, under Xvfb with the
real mouse: the facilitator picks a size in the toolbar's "Meer" menu, a
small card shows the export under way while the board goes on, and the PNG
next to the board file has the width chosen and carries the board. A
picture that does not fit on the disk is told about, leaves no file behind
and the board keeps working. Screenshots of the menu and of the progress
card go to the test artifacts."""

import json
import os
import shutil
import subprocess
import time
import unittest

from PIL import Image, ImageGrab

from harness import APP, AppTestCase, demo_path, load_json, wait_for

MORE = (1524, 1025)              # "Meer" in the tray's toolbar
MORE_POPUP_SPOT = (1340, 710)    # … its popup, between the first two sizes (clear of the phase banner)
MORE_SCREEN = (1400, 675)        # … "Voor scherm en verslag · 1920 px"
MORE_POSTER = (1400, 744)        # … "Poster · 3840 px"
POPUP = (0xFF, 0xFD, 0xF8)       # the popup's background (theme::kCard)
CARD_BAR = (760, 866)            # the progress card's bar, left end (filled as soon as packing starts)
LINE = (0xD9, 0xD2, 0xC3)        # theme::kLine: the bar's track
ACCENT = (0x3D, 0x6F, 0x8E)      # theme::kAccent: the bar's fill


def close_to(pixel, expected, tolerance=6):
    return all(abs(p - e) <= tolerance for p, e in zip(pixel[:3], expected))


class PictureFromTheMenu(AppTestCase):
    def grab(self):
        return ImageGrab.grab(xdisplay=self.display.name).convert("RGB")

    def artifacts(self):
        folder = os.environ.get("NT_ARTIFACTS", self.tmp)
        os.makedirs(folder, exist_ok=True)
        return folder

    def open_more(self):
        """A click just after the window appeared is now and then lost under
        Xvfb; opening a popup is safe to try again."""
        for _ in range(3):
            self.click(MORE)
            try:
                return wait_for(lambda: close_to(self.grab().getpixel(MORE_POPUP_SPOT), POPUP), "the “Meer” popup",
                                timeout=4)
            except AssertionError:
                pass
        raise AssertionError("the “Meer” popup did not open")

    def test_a_poster_chosen_in_the_menu_is_3840_wide_and_carries_the_board(self):
        board_file = self.path("workshop.json")
        shutil.copyfile(demo_path(), board_file)
        proc = self.start_app(board_file)
        self.open_more()
        self.xdotool("mousemove", *MORE_POSTER)
        time.sleep(0.5)
        self.grab().save(os.path.join(self.artifacts(), "picture-menu.png"))
        self.click(MORE_POSTER)

        picture = self.path("workshop-3840.png")
        shown = False
        deadline = time.monotonic() + 120  # a limit for a loaded machine, not a timing under test
        while not os.path.exists(picture):  # pictures of the card while it runs, for people to look at
            self.assertLess(time.monotonic(), deadline, "no poster: the menu's entry was not where it is expected")
            shot = self.grab()
            if not shown and any(close_to(shot.getpixel(CARD_BAR), c, 14) for c in (LINE, ACCENT)):
                shot.save(os.path.join(self.artifacts(), "picture-progress.png"))
                shown = True
            self.xdotool("mousemove_relative", "--", 1, 0)
            wait_for(lambda: proc.poll() is None, "the app running")
            time.sleep(0.2)
        # The file is there (renamed into place) a moment before the app hears the worker is done.
        said = lambda: (lambda line: line if "afbeelding bewaard" in line or not line else None)(proc.stdout.readline())
        self.assertIn("afbeelding bewaard in " + picture, wait_for(said, "the app saying where the picture went"))
        self.stop_app(proc)
        self.assertFalse(os.path.exists(self.path("workshop.png")), "only the size chosen")

        with Image.open(picture) as im:
            self.assertEqual(im.size, (3840, 2160))
            inside = json.loads(im.text["netwerktafel-board"])
        self.assertEqual(inside["board"], load_json(board_file)["board"])
        check = subprocess.run(["pngcheck", picture], capture_output=True, text=True)
        self.assertEqual(check.returncode, 0, check.stdout + check.stderr)

    def test_a_picture_that_does_not_fit_on_the_disk_is_refused_and_the_board_goes_on(self):
        # A 512 KiB tmpfs in a mount namespace of the app's own (unshare needs
        # no root): the board file fits, a 3840-wide picture does not.
        mount = self.path("small-disk")
        os.mkdir(mount)
        script = 'mount -t tmpfs -o size=512k tmpfs "$1" && cp "$2" "$1/workshop.json" && shift 2 && exec "$@"'
        proc = self.start_program(["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script, "sh", mount,
                                   demo_path(), APP, os.path.join(mount, "workshop.json"), "--windowed", "1920x1080",
                                   "--tuio-port", "0", "--http-port", "0"])
        inside = f"/proc/{proc.pid}/root{mount}"  # the app's view of its tmpfs

        self.open_more()
        self.click(MORE_POSTER)
        line = wait_for(lambda: (lambda l: l if "workshop-3840.png" in l or not l else None)(proc.stderr.readline()),
                        "a line on stderr about the picture")
        self.assertIn("No space left on device", line)
        self.assertIsNone(proc.poll(), "the app keeps running")
        self.assertEqual(sorted(os.listdir(inside)), ["workshop.json"], "no picture, no temp file")
        self.assertEqual(load_json(os.path.join(inside, "workshop.json"))["board"], load_json(demo_path())["board"])

        # The board still answers: the menu opens again, and its sizes can be chosen again.
        self.open_more()
        self.grab().save(os.path.join(self.artifacts(), "picture-after-full-disk.png"))
        self.xdotool("key", "Escape")
        proc.terminate()
        proc.communicate(timeout=60)
        self.assertEqual(proc.returncode, 0)


if __name__ == "__main__":
    unittest.main()
