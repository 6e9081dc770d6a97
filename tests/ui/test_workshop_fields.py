"""The own-practice card edited in the real app under Xvfb. By touch: during
the own-practice phase at a table, a TUIO tap on the empty "what do we do?"
field opens an on-screen keyboard on it, the words typed on its keys land
in the saved board, and one undo takes the whole answer back. By mouse on a
projector: the title in the small editor, the date on the date card. Where
fields, keys and buttons are comes from the app's screen map (NT_UI_MAP),
never from pixel positions worked out here."""

import json
import os
import time
import unittest

from PIL import ImageGrab

from harness import demo_path, load_json, wait_for
from touch_table import TouchTableCase

FIELD = "workshop:whatWeDo"


class WorkshopFields(TouchTableCase):
    def setUp(self):
        super().setUp()
        self.board_file = self.path("workshop.json")

    def write_board(self):
        doc = load_json(demo_path())
        board = doc["board"]
        board["display"]["layout"] = "table"
        board["workshop"]["ownPractice"]["whatWeDo"] = ""
        programme = board["programme"]
        programme["timer"]["phase"] = next(p for p in programme["phases"] if p["kind"] == "own_practice")["id"]
        with open(self.board_file, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=2)

    def saved(self):
        return load_json(self.board_file)["board"]["workshop"]["ownPractice"]

    def test_an_own_practice_answer_is_typed_on_a_keyboard_by_touch_and_undone_at_once(self):
        self.write_board()
        proc = self.start_app(self.board_file, "--tuio-port", str(self.port))
        self.tap(self.centre("fields", FIELD))
        board = wait_for(lambda: self.keyboard(FIELD), "a keyboard on the answer")
        self.assertEqual(board["text"], "")
        for name in ["L", "e", "z", "e", "n", "space", "e", "n"]:
            self.press(FIELD, name)
        wait_for(lambda: self.keyboard(FIELD)["text"] == "Lezen en", "the words on the keyboard")
        artifacts = os.environ.get("NT_ARTIFACTS", self.tmp)
        os.makedirs(artifacts, exist_ok=True)
        time.sleep(0.5)
        ImageGrab.grab(xdisplay=self.display.name).save(os.path.join(artifacts, "keyboard-own-practice-table.png"))
        self.press(FIELD, "done")
        wait_for(lambda: self.keyboard(FIELD) is None, "the keyboard gone after done")
        wait_for(lambda: self.saved()["whatWeDo"] == "Lezen en", "the answer in the saved board")
        self.xdotool("key", "ctrl+z")
        wait_for(lambda: self.saved()["whatWeDo"] == "", "the whole answer undone at once")
        self.stop_app(proc)

    def field_centre(self, key):
        x, y = self.centre("fields", key)
        return round(x), round(y)

    def click(self, pos):
        self.xdotool("mousemove", *pos)
        time.sleep(0.1)
        self.xdotool("click", 1)

    def button(self, name):
        return wait_for(lambda: next((b for b in self.ui_map()["buttons"] if b["key"] == name), None), f"the button {name}")

    def test_with_a_mouse_on_a_projector_the_title_has_an_editor_and_the_date_a_date_card(self):
        doc = load_json(demo_path())
        doc["board"]["display"]["layout"] = "projector"
        with open(self.board_file, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=2)
        workshop = lambda: load_json(self.board_file)["board"]["workshop"]
        proc = self.start_app(self.board_file)
        # The title: a small editor under the card, typed on the physical keyboard; Enter keeps it.
        self.click(self.field_centre("workshop:title"))
        time.sleep(0.5)
        self.xdotool("key", "ctrl+a")
        self.xdotool("type", "--delay", "30", "Netwerkdag")
        self.xdotool("key", "Return")
        wait_for(lambda: workshop()["title"] == "Netwerkdag", "the new title in the saved board")
        self.assertIsNone(next((k for k in self.ui_map()["keyboards"]), None))  # a mouse gets no on-screen keyboard
        # The date: picked on the date card, two days later, one step.
        self.click(self.field_centre("workshop:date"))
        for _ in range(2):
            later = self.button("date.dayLater")
            x0, y0, x1, y1 = later["rect"]
            self.click((round((x0 + x1) / 2), round((y0 + y1) / 2)))
            time.sleep(0.2)
        x0, y0, x1, y1 = self.button("date.done")["rect"]
        self.click((round((x0 + x1) / 2), round((y0 + y1) / 2)))
        wait_for(lambda: workshop()["date"] == "2026-11-25", "two days later in the saved board")
        self.xdotool("key", "ctrl+z")
        wait_for(lambda: workshop()["date"] == "2026-11-23", "the date back in one undo")
        self.assertEqual(workshop()["title"], "Netwerkdag")
        self.stop_app(proc)


if __name__ == "__main__":
    unittest.main()
