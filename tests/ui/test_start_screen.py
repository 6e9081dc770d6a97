"""The start screen, as a facilitator meets it: the real app under Xvfb,
started without arguments in an empty home folder, driven by TUIO touches
only. A new workshop is set up on the on-screen keyboard (title, own
municipality by type-ahead, two suggested neighbours), the own practice is
filled in on the board, and after a restart "Carry on" shows the board with
its picture and opens it again. Screenshots of each page, in both languages,
go to the test artifacts."""

import glob
import os
import shutil
import time
import unittest

from PIL import ImageGrab

from harness import demo_path, load_json, wait_for
from touch_table import TouchTableCase


class StartScreen(TouchTableCase):
    def setUp(self):
        super().setUp()
        self.boards = os.path.join(self.tmp, "Netwerktafel")

    def touch(self, pos):
        self.tap(pos, hold=0.1)  # ImGui's buttons see a press for at least a frame

    def button(self, name):
        return self.centre("buttons", name)

    def type_on_keyboard(self, target, text):
        """Taps the field's keyboard keys one by one, then "done"."""
        self.type_keys(target, text)
        self.assertEqual(self.keyboard(target)["text"], text)
        self.press(target, "done")
        wait_for(lambda: self.keyboard(target) is None, f"the keyboard on {target} closed")

    def screenshot(self, name):
        artifacts = os.path.join(os.environ.get("NT_ARTIFACTS", self.tmp), "start-screen")
        os.makedirs(artifacts, exist_ok=True)
        time.sleep(0.8)
        image = ImageGrab.grab(xdisplay=self.display.name)
        image.save(os.path.join(artifacts, name))
        return image

    def board_files(self):
        return glob.glob(os.path.join(self.boards, "*.netwerktafel"))

    # [SECTION] The tests.
    def test_a_new_workshop_from_an_empty_home_is_set_up_by_touch_and_carried_on_after_a_restart(self):
        proc = self.start_app("--tuio-port", str(self.port), "--http-port", "0")
        self.screenshot("start-empty-nl.png")
        self.touch(self.button("startNew"))
        self.touch(self.field("setup:title"))
        self.type_on_keyboard("setup:title", "Bib")
        self.touch(self.field("setup:own"))
        self.type_on_keyboard("setup:own", "Zott")
        self.touch(self.button("setupOwn:Zottegem"))
        # The nearest municipalities are offered; two are ticked.
        self.touch(self.button("setupNeighbour:Herzele"))
        self.touch(self.button("setupNeighbour:Zwalm"))
        self.screenshot("setup-nl.png")
        self.touch(self.button("setupCreate"))
        wait_for(lambda: self.board_files(), "the new board saved in ~/Netwerktafel")
        (board_file,) = self.board_files()
        self.assertIn("Bib", os.path.basename(board_file))

        # On the board: the own practice, typed on a keyboard.
        self.touch(self.field("workshop:whatWeDo"))
        self.type_on_keyboard("workshop:whatWeDo", "Lezen")
        self.screenshot("new-board-nl.png")
        self.stop_app(proc)

        board = load_json(board_file)["board"]
        self.assertEqual(board["workshop"]["title"], "Bib")
        self.assertEqual(board["workshop"]["ownPractice"]["whatWeDo"], "Lezen")
        names = {m["name"]: m.get("own", False) for m in board["municipalities"]}
        self.assertEqual(names, {"Zottegem": True, "Herzele": False, "Zwalm": False})
        bubbles = {m["name"]: m for m in board["municipalities"]}
        # Herzele lies east of Zottegem and Zwalm west: so do their bubbles.
        self.assertGreater(bubbles["Herzele"]["centre"]["x"], bubbles["Zottegem"]["centre"]["x"])
        self.assertLess(bubbles["Zwalm"]["centre"]["x"], bubbles["Zottegem"]["centre"]["x"])

        # Restarted: "Carry on" shows it, with a picture of the board, and opens it.
        proc = self.start_app("--tuio-port", str(self.port), "--http-port", "0")
        card = self.button("startBoard:0")
        wait_for(lambda: self.picture_shown(card), "the board's picture on its card")
        self.touch(card)
        # The board is open; "Close the board" in More goes back to the start screen.
        self.touch(self.button("more"))
        self.touch(self.button("moreCloseBoard"))
        self.button("startNew")
        self.stop_app(proc)

    def test_a_board_opened_from_its_file_is_in_the_recent_list(self):
        elsewhere = self.path("elders.json")
        shutil.copyfile(demo_path(), elsewhere)
        proc = self.start_app(elsewhere)
        self.button("more")
        self.stop_app(proc)
        proc = self.start_app()
        self.button("startBoard:0")
        with open(os.path.join(self.tmp, ".local", "state", "netwerktafel", "recent.json"), encoding="utf-8") as f:
            self.assertIn(elsewhere, f.read())
        self.stop_app(proc)

    def picture_shown(self, card):
        """The card's upper part holds a picture (many colours), not the empty placeholder."""
        image = self.screenshot("start-carry-on-nl.png")
        x, y = card
        region = image.crop((int(x - 150), int(y - 120), int(x + 150), int(y - 20)))
        colours = region.getcolors(maxcolors=100000) or []
        return image if len(colours) > 40 else None

    def test_the_pages_in_english_and_a_board_opened_from_documents(self):
        workshops = os.path.join(self.tmp, "Documents", "Workshops")
        os.makedirs(workshops)
        shutil.copyfile(demo_path(), os.path.join(workshops, "lochristi.json"))
        with open(os.path.join(workshops, "notes.json"), "w", encoding="utf-8") as f:
            f.write('{"not": "a board"}')  # some other JSON: not shown
        proc = self.start_app("--tuio-port", str(self.port), "--http-port", "0", "--lang", "en")
        self.button("startNew")
        self.screenshot("start-empty-en.png")
        self.touch(self.button("startNew"))
        self.touch(self.button("setupLayoutTable"))
        self.touch(self.field("setup:own"))
        self.type_on_keyboard("setup:own", "Loch")
        self.touch(self.button("setupOwn:Lochristi"))
        self.button("setupNeighbour:Gent")
        self.screenshot("setup-en.png")
        self.touch(self.button("startBack"))
        self.touch(self.button("startOpen"))
        self.touch(self.button("browserPlace:1"))  # Documents
        self.touch(self.button("browserEntry:Workshops"))
        self.button("browserEntry:lochristi.json")
        self.screenshot("browser-en.png")
        names = [b["key"] for b in self.ui_map()["buttons"] if b["key"].startswith("browserEntry:")]
        self.assertNotIn("browserEntry:notes.json", names)
        self.touch(self.button("browserEntry:lochristi.json"))
        self.button("more")  # the board's toolbar: the board is open
        self.stop_app(proc)


if __name__ == "__main__":
    unittest.main()
