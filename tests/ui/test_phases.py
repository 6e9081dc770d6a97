"""Screenshots of every phase of the demo workshop, in the projector and the
table layout, taken by the real app under Xvfb from a board file whose timer
stands in that phase. They are kept in test-artifacts/phases/ for a person to
look at, and checked: the banner shows its timer ring, the banner changes
from phase to phase, and at the table the far side's banner is the near
side's turned over."""

import json
import os
import shutil
import time
import unittest

from PIL import Image, ImageChops, ImageGrab, ImageStat

from harness import AppTestCase, demo_path, load_json, wait_for

ACCENT = (0x3D, 0x6F, 0x8E)      # the running ring
OVERTIME = (0xB7, 0x79, 0x1F)    # the ring and its digits in overtime
BANNER_W, BANNER_H = 600, 176
# Where the banners may stand (view/phase_banner.cpp): the bottom of the
# diagram area (x 392..1528, y 166..970), middle, left or right; the top banner
# at the table sits over the own-practice card's top edge (y 16), except in
# the own-practice phase, when it leaves the card free (the diagram's top, y 172).
BOTTOM_Y0 = 970 - 6 - BANNER_H
BOTTOM_XS = (960 - BANNER_W // 2, 392 + 6, 1528 - 6 - BANNER_W)
TOP_BOX = (960 - BANNER_W // 2, 16, 960 + BANNER_W // 2, 16 + BANNER_H)
TOP_BOX_OWN_PRACTICE = (960 - BANNER_W // 2, 172, 960 + BANNER_W // 2, 172 + BANNER_H)


def close_share(image, box, colour, tolerance=24):
    """How many pixels in box are within tolerance of colour."""
    region = image.crop(box)
    count = 0
    for pixel in region.getdata():
        if all(abs(a - b) <= tolerance for a, b in zip(pixel, colour)):
            count += 1
    return count


def mean_difference(a, b):
    return sum(ImageStat.Stat(ImageChops.difference(a, b)).mean) / 3


class PhaseScreenshots(AppTestCase):

    def setUp(self):
        super().setUp()
        self.out = os.path.join(os.environ.get("NT_ARTIFACTS", self.tmp), "phases")
        os.makedirs(self.out, exist_ok=True)
        self.demo = load_json(demo_path())

    def shot(self, name, layout, timer, lang="nl"):
        doc = json.loads(json.dumps(self.demo))
        doc["board"]["display"]["layout"] = layout
        doc["board"]["programme"]["timer"] = timer
        board_file = self.path(name + ".json")
        with open(board_file, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False)
        png = os.path.join(self.out, name + ".png")
        result = self.run_app(board_file, "--windowed", "1920x1080", "--lang", lang, "--tuio-port", "0",
                              "--screenshot", png, "--frames", "3")
        self.assertEqual(result.returncode, 0, result.stderr)
        image = Image.open(png).convert("RGB")
        self.assertEqual(image.size, (1920, 1080))
        return image

    def bottom_banner(self, image, colour):
        """The bottom banner's box: the candidate spot with the most ring pixels."""
        boxes = [(x, BOTTOM_Y0, x + BANNER_W, BOTTOM_Y0 + BANNER_H) for x in BOTTOM_XS]
        counts = [close_share(image, (b[0], b[1], b[0] + 200, b[3]), colour) for b in boxes]
        best = max(range(len(boxes)), key=lambda i: counts[i])
        self.assertGreater(counts[best], 1500, f"the timer ring ({counts})")
        return boxes[best]

    def test_every_phase_in_both_layouts(self):
        phases = self.demo["board"]["programme"]["phases"]
        now = time.time()
        for layout in ("projector", "table"):
            banners = []
            for index, phase in enumerate(phases, 1):
                # Three minutes into the phase, running.
                timer = {"phase": phase["id"], "running": True, "elapsedSeconds": 0.0,
                         "runningSince": now - 180, "extraSeconds": 0}
                image = self.shot(f"{layout}-{index}-{phase['kind']}", layout, timer)
                if phase["kind"] == "wrap_up":
                    continue  # the closing view comes up over the board (test_arena_wrap_up checks it)
                box = self.bottom_banner(image, ACCENT)
                banner = image.crop(box)
                banners.append(banner)
                top = image.crop(TOP_BOX_OWN_PRACTICE if phase["kind"] == "own_practice" else TOP_BOX).rotate(180)
                if layout == "table":
                    self.assertLess(mean_difference(top, banner), 6,
                                    f"{phase['kind']}: the far side's banner is the near one turned over")
                else:
                    self.assertGreater(mean_difference(top, banner), 20,
                                       f"{phase['kind']}: no second banner facing the far side")
            # Each phase's banner differs from the one before it (name, prompt).
            for i in range(1, len(banners)):
                self.assertGreater(mean_difference(banners[i], banners[i - 1]), 1.0,
                                   f"{layout}: phase {i + 1} looks like phase {i}")

    def test_before_the_start_paused_overtime_and_english(self):
        phases = self.demo["board"]["programme"]["phases"]
        now = time.time()
        for layout in ("projector", "table"):
            self.shot(f"{layout}-0-not-started", layout,
                      {"phase": None, "running": False, "elapsedSeconds": 0.0, "runningSince": 0.0, "extraSeconds": 0})
        strengths = phases[1]
        paused = self.shot("projector-paused", "projector",
                           {"phase": strengths["id"], "running": False, "elapsedSeconds": 200.0,
                            "runningSince": 0.0, "extraSeconds": 0})
        box = self.bottom_banner(paused, (0x6B, 0x66, 0x5E))  # a paused ring is quiet grey
        self.assertLess(close_share(paused, box, ACCENT, 10), 400, "a paused ring is not the running blue")
        over = self.shot("table-overtime", "table",
                         {"phase": strengths["id"], "running": True, "elapsedSeconds": 0.0,
                          "runningSince": now - strengths["durationSeconds"] - 95, "extraSeconds": 0})
        self.bottom_banner(over, OVERTIME)
        self.assertGreater(close_share(over, TOP_BOX, OVERTIME), 1500, "overtime at the far side too")
        self.shot("table-4-partners-en", "table",
                  {"phase": phases[3]["id"], "running": True, "elapsedSeconds": 0.0,
                   "runningSince": now - 60, "extraSeconds": 0}, lang="en")


if __name__ == "__main__":
    unittest.main()


class DisplaySettings(AppTestCase):
    """The gear in the toolbar opens the display settings; a choice is saved
    with the board, and a new UI scale rebakes the fonts between frames."""

    def test_the_facilitator_switches_to_the_table_and_a_larger_ui(self):
        board_file = self.path("board.json")
        shutil.copy(demo_path(), board_file)
        proc = self.start_app(board_file)
        self.click(self.toolbar_button("settings"))  # the gear
        # The popup opens above the toolbar, over the weaknesses column; its
        # choices sit here at 1920×1080 and scale 1.
        screen = lambda: ImageGrab.grab(xdisplay=self.display.name).convert("RGB")
        wait_for(lambda: all(abs(a - b) <= 6 for a, b in zip(screen().getpixel((1700, 560)), (0xFF, 0xFD, 0xF8))),
                 "the settings popup")
        self.click((934, 690))    # "Tafel: mensen staan rondom"
        wait_for(lambda: load_json(board_file)["board"]["display"]["layout"] == "table",
                 lambda: f"the table layout saved, now: {load_json(board_file)['board']['display']}")
        self.click((1544, 886))   # "200%"
        wait_for(lambda: load_json(board_file)["board"]["display"]["uiScale"] == 2.0,
                 lambda: f"the UI scale saved, now: {load_json(board_file)['board']['display']}")
        time.sleep(1)  # frames with the rebuilt font atlas
        self.stop_app(proc)
        self.assertEqual(load_json(board_file)["board"]["display"],
                         {"layout": "table", "keyboard": "azerty", "uiScale": 2.0})
