"""On-screen keyboards in the real app under Xvfb: in table layout a click
on a note opens a keyboard facing the nearest edge, and typing on it with
real X mouse input (dead key, long-press accent) writes the note; two TUIO
fingers type into two notes at once on keyboards facing different sides.
The saved board file shows the words, and each keyboard is one undo step.

The key positions are worked out here the way src/input/keyboard_geometry
lays them out (a 15 mm key pitch on the screen size X reports)."""

import json
import os
import subprocess
import time
import unittest

from PIL import ImageGrab

import test_tuio as tuio
from harness import AppTestCase, demo_path, load_json, wait_for

W, H = 1920.0, 1080.0
NOTE_W, NOTE_H = 168.0, 104.0

# Belgian AZERTY, letters layer: (label, width in key units); see src/core/keyboard_layout.cpp.
AZERTY = [
    [(c, 1) for c in "azertyuiop^"] + [("back", 1.5)],
    [(c, 1) for c in "qsdfghjklm"] + [("ù", 1), ("enter", 1.5)],
    [("shift", 1.5)] + [(c, 1) for c in "wxcvbn,;:-"] + [("shift-right", 1)],
    [("layer", 2), ("'", 1), ("space", 6), (".", 1), ("done", 2.5)],
]
ACCENTS = {"e": ["é", "è", "ê", "ë"], "E": ["É", "È", "Ê", "Ë"]}


def facing_side(x, y):
    d = {"bottom": H - y, "top": y, "left": x, "right": W - x}
    return min(["bottom", "top", "left", "right"], key=lambda s: d[s])


def from_facing(side, v):
    x, y = v
    return {"bottom": (x, y), "left": (-y, x), "top": (-x, -y), "right": (y, -x)}[side]


class Keyboard:
    def __init__(self, units_per_mm, side, note, others=()):
        self.unit = min(max(15 * units_per_mm, 24.0), 0.92 * H / 12.9)
        self.side = side
        u = self.unit
        self.w, self.h = 12.9 * u, 5.2 * u
        across = side in ("left", "right")
        half_y = (NOTE_W if across else NOTE_H) / 2
        half_x = (NOTE_H if across else NOTE_W) / 2
        dy, dx = half_y + 16 + self.h / 2, half_x + 16 + self.w / 2
        first = None
        for off in [(0, dy), (0, -dy), (dx, 0), (-dx, 0)]:
            v = from_facing(side, off)
            self.centre = (note[0] + v[0], note[1] + v[1])
            b = self.bounds()
            if b[0] < 8 or b[1] < 8 or b[2] > W - 8 or b[3] > H - 8:
                continue
            first = first or self.centre
            if not any(b[0] < o[2] and o[0] < b[2] and b[1] < o[3] and o[1] < b[3] for o in others):
                return
        assert first, "the test expects a keyboard that fits beside its note"
        self.centre = first

    def bounds(self):
        across = self.side in ("left", "right")
        hw, hh = ((self.h, self.w) if across else (self.w, self.h))
        return (self.centre[0] - hw / 2, self.centre[1] - hh / 2, self.centre[0] + hw / 2, self.centre[1] + hh / 2)

    def to_board(self, lx, ly):
        v = from_facing(self.side, (lx, ly))
        return (self.centre[0] + v[0], self.centre[1] + v[1])

    def key_local(self, label):
        u = self.unit
        y = -self.h / 2 + 0.2 * u + 0.8 * u
        for row in AZERTY:
            x = -sum(w for _, w in row) * u / 2
            for name, w in row:
                if name == label:
                    return (x + w * u / 2, y + u / 2)
                x += w * u
            y += u
        raise KeyError(label)

    def key(self, label):
        return self.to_board(*self.key_local(label))

    def accent(self, label, index, count):
        u = self.unit
        kx, ky = self.key_local(label)
        x0 = min(max(kx - count * u / 2, -self.w / 2), self.w / 2 - count * u)
        y1 = ky - u / 2 + 0.05 * u - 0.1 * u
        return self.to_board(x0 + (index + 0.5) * u, y1 - u / 2)

    def strip(self):
        return self.to_board(0, -self.h / 2 + 0.6 * self.unit)


def x_units_per_mm(env):
    """Board units per mm as GLFW sees the Xvfb screen (1920 px on a 1920-unit board)."""
    out = subprocess.run(["xdpyinfo"], env=env, capture_output=True, text=True).stdout
    for line in out.splitlines():
        if "dimensions:" in line:
            mm = float(line.split("(")[1].split("x")[0])
            return 1920.0 / mm if mm > 50 else 96 / 25.4
    return 96 / 25.4


def artifact(name):
    folder = os.environ.get("NT_ARTIFACTS", "")
    if not folder:
        return None
    os.makedirs(folder, exist_ok=True)
    return os.path.join(folder, name)


class OnScreenKeyboard(AppTestCase):
    A = (1280.0, 200.0)   # nearest the top edge
    B = (300.0, 560.0)    # nearest the left edge

    def setUp(self):
        super().setUp()
        self.board_file = self.path("workshop.json")
        doc = load_json(demo_path())
        board = doc["board"]
        board["display"]["layout"] = "table"
        for nid, (x, y) in ((900, self.A), (901, self.B)):
            board["notes"].append({"id": nid, "version": 1, "text": "", "kind": "idea",
                                   "position": {"x": x, "y": y}, "rotation": 0.0, "fromPhone": 0, "pending": False})
        board["nextId"] = max(board["nextId"], 902)
        with open(self.board_file, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False)
        self.units_per_mm = x_units_per_mm(self.env)

    def note_text(self, nid):
        return next(n["text"] for n in load_json(self.board_file)["board"]["notes"] if n["id"] == nid)

    def screenshot(self, name):
        path = artifact(name)
        if path:
            ImageGrab.grab(xdisplay=self.display.name).save(path)

    def test_typing_a_word_with_accents_on_a_keyboard_facing_the_top(self):
        proc = self.start_app(self.board_file)
        self.assertEqual(facing_side(*self.A), "top")
        kb = Keyboard(self.units_per_mm, "top", self.A)
        self.click(self.A)
        # "Crêpe café": the first letter comes as a capital, ^ is a dead key,
        # é comes from a long press on e.
        for key in ["c", "r", "^", "e", "p", "e", "space", "c", "a", "f"]:
            self.click(kb.key(key))
        e = kb.key("e")
        self.xdotool("mousemove", round(e[0]), round(e[1]))
        time.sleep(0.15)
        self.xdotool("mousedown", 1)
        time.sleep(1.2)  # past the long press
        self.screenshot("keyboard-accents.png")
        choice = kb.accent("e", 0, 4)
        self.xdotool("mousemove", round(choice[0]), round(choice[1]))
        time.sleep(0.15)
        self.xdotool("mouseup", 1)
        time.sleep(0.3)
        self.screenshot("keyboard-top.png")
        self.click(kb.key("done"))
        wait_for(lambda: self.note_text(900) == "Crêpe café", lambda: f"the word in the autosave, now {self.note_text(900)!r}")
        # The whole keyboard session is one undo step.
        self.xdotool("key", "ctrl+z")
        wait_for(lambda: self.note_text(900) == "", lambda: f"undo of the session, now {self.note_text(900)!r}")
        self.xdotool("key", "ctrl+y")
        wait_for(lambda: self.note_text(900) == "Crêpe café", "redo")
        self.stop_app(proc)
        self.assertEqual(self.note_text(900), "Crêpe café")
        self.assertEqual(self.validate(self.board_file).returncode, 0)

    def test_a_laptop_keyboard_types_into_the_open_keyboard_and_space_is_not_the_timer(self):
        proc = self.start_app(self.board_file)
        kb = Keyboard(self.units_per_mm, "top", self.A)
        self.click(self.A)
        self.click(kb.key("z"))  # the on-screen keyboard is open: one key on it, then the laptop's
        self.xdotool("type", "--delay", "60", "oek een")  # ASCII: xdotool maps accents to a spare key too briefly for X clients
        self.xdotool("key", "BackSpace")
        wait_for(lambda: self.note_text(900) == "Zoek ee", lambda: f"the laptop's typing, now {self.note_text(900)!r}")
        self.click(kb.key("done"))
        # With no keyboard open, space is the facilitator's start key again.
        self.xdotool("key", "space")
        running = lambda: load_json(self.board_file)["board"]["programme"]["timer"]["running"]
        wait_for(running, "the timer started by space once nobody types")
        self.stop_app(proc)
        self.assertEqual(self.note_text(900), "Zoek ee")

    def test_a_long_press_menu_faces_the_left_side_and_turns_the_note_to_that_person(self):
        proc = self.start_app(self.board_file)
        self.assertEqual(facing_side(*self.B), "left")
        self.xdotool("mousemove", round(self.B[0]), round(self.B[1]))
        time.sleep(0.15)
        self.xdotool("mousedown", 1)
        time.sleep(1.2)  # past the long press
        self.xdotool("mouseup", 1)
        time.sleep(0.3)
        self.screenshot("table-menu-left.png")
        # An idea note's menu (input/table_menu.cpp): edit, the three other
        # kinds, turn towards me, delete, close; rows 12 mm tall, 8 rows wide.
        u = min(max(12 * self.units_per_mm, 24.0), 70.0)
        w, h = 8 * u, 7 * u
        v = from_facing("left", (w / 2 - 0.5 * u, -h / 2 - 0.4 * u))
        cx, cy = self.B[0] + v[0], self.B[1] + v[1]
        hw, hh = h / 2, w / 2  # turned a quarter
        cx += max(0, 8 - (cx - hw)) - max(0, cx + hw - (W - 8))
        cy += max(0, 8 - (cy - hh)) - max(0, cy + hh - (H - 8))
        r = from_facing("left", (0, -h / 2 + 4.5 * u))
        self.click((cx + r[0], cy + r[1]))
        rotation = lambda: next(n["rotation"] for n in load_json(self.board_file)["board"]["notes"] if n["id"] == 901)
        wait_for(lambda: rotation() == 90, lambda: f"the note turned to the left side, now {rotation()}")
        self.stop_app(proc)

    def test_two_fingers_type_into_two_notes_on_keyboards_facing_two_sides(self):
        port = tuio.free_udp_port()
        sock = tuio.socket.socket(tuio.socket.AF_INET, tuio.socket.SOCK_DGRAM)
        self.addCleanup(sock.close)
        fseq = [0]

        def frame(fingers):
            fseq[0] += 1
            sock.sendto(tuio.tuio_frame(fingers, fseq[0]), ("127.0.0.1", port))
            time.sleep(0.05)

        proc = self.start_app(self.board_file, "--tuio-port", str(port))
        frame({1: self.A})
        frame({})
        frame({2: self.B})
        frame({})
        a = Keyboard(self.units_per_mm, "top", self.A)
        b = Keyboard(self.units_per_mm, "left", self.B, others=[a.bounds()])
        # Interleaved: a's finger goes down, b's goes down, a's lifts, b's lifts.
        word_a, word_b = ["z", "a", "a", "l"], ["t", "u", "i", "n"]
        sid = 10
        for ka, kb_ in zip(word_a, word_b):
            pa, pb = a.key(ka), b.key(kb_)
            frame({sid: pa})
            frame({sid: pa, sid + 1: pb})
            frame({sid + 1: pb})
            frame({})
            sid += 2
        time.sleep(0.5)
        self.screenshot("keyboards-two-sides.png")
        for k, pos in ((a, a.key("done")), (b, b.key("done"))):
            frame({sid: pos})
            frame({})
            sid += 1
        wait_for(lambda: (self.note_text(900), self.note_text(901)) == ("Zaal", "Tuin"),
                 lambda: f"both words, now {self.note_text(900)!r} and {self.note_text(901)!r}")
        # One undo step per keyboard: the last one finished goes first.
        self.xdotool("key", "ctrl+z")
        wait_for(lambda: (self.note_text(900), self.note_text(901)) == ("Zaal", ""), "undo of the second keyboard")
        self.stop_app(proc)


if __name__ == "__main__":
    unittest.main()
