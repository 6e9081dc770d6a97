"""On-screen keyboards on text fields other than notes, in the real app under
Xvfb, typed with TUIO touches: a new partner from the tray's chip is named
on a keyboard (table layout), and the first reflection question of the
wrap-up is answered on one (projector layout), each with an accent chosen by
a long press. The saved board holds the words, and each keyboard is one undo
step. The app says where its keys and fields are through NT_UI_MAP (see
src/app/ui_map.h), so no key position is worked out here."""

import json
import os
import time
import unittest

from PIL import ImageGrab

from harness import demo_path, load_json, wait_for
from touch_table import TouchTableCase

ACTOR_CHIP = (850, 1025)          # the tray's actor chip (src/input/hit_test.h, kActorChip)
FIRST_QUESTION = "durable_contacts"


class KeyboardFields(TouchTableCase):
    def setUp(self):
        super().setUp()
        self.board_file = self.path("workshop.json")

    def write_board(self, layout, phase_kind=None):
        doc = load_json(demo_path())
        doc["board"]["display"]["layout"] = layout
        doc["board"]["workshop"]["reflections"] = {}
        if phase_kind:
            programme = doc["board"]["programme"]
            programme["timer"]["phase"] = next(p for p in programme["phases"] if p["kind"] == phase_kind)["id"]
        with open(self.board_file, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=2)

    def long_press_accent(self, prefix, base, accent):
        """Holds a letter until its accents show, then slides onto one and lifts."""
        key = next(k for k in self.keyboard(prefix)["keys"] if k["key"] == base)
        self.finger += 1
        self.frame({self.finger: tuple(key["at"])})
        choices = wait_for(lambda: self.frame({self.finger: tuple(key["at"])}) or self.keyboard(prefix)["accents"],
                           "the accents of a long press")
        target = tuple(next(c for c in choices if c["key"] == accent)["at"])
        self.frame({self.finger: target})
        self.frame({})

    def screenshot(self, name):
        """The screen with its keyboard, for a person to look at (test artifacts)."""
        artifacts = os.environ.get("NT_ARTIFACTS", self.tmp)
        os.makedirs(artifacts, exist_ok=True)
        time.sleep(0.8)
        ImageGrab.grab(xdisplay=self.display.name).save(os.path.join(artifacts, name))

    def saved(self):
        return load_json(self.board_file)["board"]

    def test_a_new_partner_is_named_on_a_keyboard_by_touch_in_table_layout(self):
        self.write_board("table")
        before = len(self.saved()["actors"])
        proc = self.start_app(self.board_file, "--tuio-port", str(self.port))
        self.tap(ACTOR_CHIP)
        board = wait_for(lambda: self.keyboard("actor:"), "a keyboard on the new partner's name")
        self.assertEqual(board["side"], "bottom")  # the chip is at the bottom edge, so is the writer
        default = board["text"]
        for ch in ["C", "a", "f"]:
            self.press("actor:", ch)
        self.long_press_accent("actor:", "e", "é")
        wait_for(lambda: self.keyboard("actor:")["text"] == "Café" and not self.keyboard("actor:")["accents"], "Café on the keyboard")
        self.screenshot("keyboard-partner-name-table.png")
        self.press("actor:", "done")
        wait_for(lambda: self.keyboard("actor:") is None, "the keyboard gone after done")
        wait_for(lambda: any(a["name"] == "Café" for a in self.saved()["actors"]), "the name in the saved board")
        self.assertEqual(len(self.saved()["actors"]), before + 1)
        # The whole name is one undo step: the partner keeps its default name.
        self.xdotool("key", "ctrl+z")
        wait_for(lambda: not any(a["name"] == "Café" for a in self.saved()["actors"]), "the name undone")
        self.assertEqual(len(self.saved()["actors"]), before + 1)
        self.assertIn(default, [a["name"] for a in self.saved()["actors"]])
        self.stop_app(proc)

    def test_a_reflection_answer_is_typed_on_a_keyboard_by_touch_in_the_wrap_up(self):
        self.write_board("projector", "wrap_up")
        proc = self.start_app(self.board_file, "--tuio-port", str(self.port))
        key = "reflection:" + FIRST_QUESTION
        field = wait_for(lambda: next((f for f in self.ui_map()["fields"] if f["key"] == key), None),
                         "the first answer field of the closing view")
        x0, y0, x1, y1 = field["rect"]
        self.tap(((x0 + x1) / 2, (y0 + y1) / 2))
        board = wait_for(lambda: self.keyboard(key), "a keyboard on the answer")
        self.assertEqual(board["side"], "bottom")  # projector layout: every keyboard faces the room
        for ch in ["I", "d"]:
            self.press(key, ch)
        self.long_press_accent(key, "e", "é")
        self.press(key, "e")
        wait_for(lambda: self.keyboard(key)["text"] == "Idée" and not self.keyboard(key)["accents"], "Idée on the keyboard")
        self.screenshot("keyboard-reflection-projector.png")
        wait_for(lambda: self.saved()["workshop"].get("reflections", {}).get(FIRST_QUESTION) == "Idée",
                 "the answer in the saved board while the keyboard is open")
        self.press(key, "done")
        wait_for(lambda: self.keyboard(key) is None, "the keyboard gone after done")
        self.xdotool("key", "ctrl+z")
        wait_for(lambda: FIRST_QUESTION not in self.saved()["workshop"].get("reflections", {}), "the whole answer undone at once")
        self.stop_app(proc)


if __name__ == "__main__":
    unittest.main()
