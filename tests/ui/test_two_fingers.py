"""Two fingers on one item, end to end: the real app under Xvfb listens on a
private UDP port and the test plays a touch table, sending two TUIO 1.1
cursors over loopback. One hand turns an idea note a quarter turn (it snaps
to the side), then spreads and pinches the Lokeren bubble; the saved board
shows the turn and the new radius with the bubble's partners scaled along,
and ctrl+z takes each two-finger gesture back as one step."""

import math
import os
import unittest

from PIL import ImageGrab

import test_tuio as tuio
from harness import load_json, wait_for

NOTE = 27          # "Eén vrijetijdspas …", an idea turned 1.5° (its place read from the demo)
BUBBLE = 2         # Lokeren, centre (1220, 400), radius 200


class TwoFingers(tuio.TuioCase):
    def board(self):
        return load_json(self.board_file)["board"]

    def note(self, board):
        return next(n for n in board["notes"] if n["id"] == NOTE)

    def bubble(self, board):
        return next(m for m in board["municipalities"] if m["id"] == BUBBLE)

    def partners(self, board):
        return {a["id"]: (a["position"]["x"], a["position"]["y"]) for a in board["actors"] if a["municipality"] == BUBBLE}

    def turn_note(self, centre):
        # The index finger rests on the note, 20 left of its centre; the thumb
        # lands beside it a frame later and swings a quarter turn clockwise.
        a, b = (centre[0] - 20, centre[1]), (centre[0] + 50, centre[1])
        for _ in range(3):
            self.frame({1: a})
        self.frame({1: a, 2: b})
        for i in range(1, 19):
            angle = math.radians(90 * i / 18)
            self.frame({1: a, 2: (a[0] + 70 * math.cos(angle), a[1] + 70 * math.sin(angle))})
        self.frame({1: a})     # the thumb lifts first: the note stays with the finger
        self.frame({})

    def scale_bubble(self, spread, pinch):
        """Two fingers 200 apart on Lokeren's bare parts, spread to `spread`
        apart, then pinched to `pinch` apart."""
        a = (1100.0, 400.0)
        for _ in range(3):
            self.frame({3: a})
        self.frame({3: a, 4: (1300.0, 400.0)})
        for d in [200 + (spread - 200) * i / 12 for i in range(1, 13)] + \
                 [spread + (pinch - spread) * i / 12 for i in range(1, 13)]:
            self.frame({3: a, 4: (a[0] + d, 400.0)})
        self.frame({})

    def test_one_hand_turns_a_note_and_scales_a_bubble_each_one_undo_step(self):
        proc = self.start_app(self.board_file, "--tuio-port", str(self.port))
        note0, bubble0, partners0 = self.note(self.before), self.bubble(self.before), self.partners(self.before)

        centre = (note0["position"]["x"], note0["position"]["y"])
        self.turn_note(centre)
        wait_for(lambda: self.note(self.board())["rotation"] == 90,
                 lambda: f"the note turned to 90 on disk, now {self.note(self.board())['rotation']}")
        # The point under the resting finger stayed under it.
        turned = self.note(self.board())["position"]
        turn = math.radians(90 - 1.5)
        expect = (centre[0] - 20 + 20 * math.cos(turn), centre[1] + 20 * math.sin(turn))
        self.assertAlmostEqual(turned["x"], expect[0], delta=0.2)
        self.assertAlmostEqual(turned["y"], expect[1], delta=0.2)

        self.scale_bubble(spread=320, pinch=260)   # radius 200 → 320 → 260
        wait_for(lambda: self.bubble(self.board())["radius"] == 260,
                 lambda: f"the bubble at radius 260 on disk, now {self.bubble(self.board())['radius']}")
        after = self.board()
        self.assertEqual(self.bubble(after)["centre"], bubble0["centre"])
        centre = (bubble0["centre"]["x"], bubble0["centre"]["y"])
        for aid, (x, y) in self.partners(after).items():
            x0, y0 = partners0[aid]
            self.assertAlmostEqual(x, centre[0] + (x0 - centre[0]) * 1.3, delta=1.0, msg=aid)
            self.assertAlmostEqual(y, centre[1] + (y0 - centre[1]) * 1.3, delta=1.0, msg=aid)
        for a in after["actors"]:
            before = next(b for b in self.before["actors"] if b["id"] == a["id"])
            self.assertEqual((a["municipality"], a["sector"]), (before["municipality"], before["sector"]), a["name"])

        shots = os.environ.get("NT_ARTIFACTS", self.tmp)
        os.makedirs(shots, exist_ok=True)
        ImageGrab.grab(xdisplay=self.display.name).save(os.path.join(shots, "two-fingers.png"))

        # Each two-finger gesture is one undo step.
        self.xdotool("key", "ctrl+z")
        wait_for(lambda: self.bubble(self.board())["radius"] == bubble0["radius"], "the scale undone")
        self.assertEqual(self.partners(self.board()), partners0)
        self.assertEqual(self.note(self.board())["rotation"], 90)
        self.xdotool("key", "ctrl+z")
        unversioned = lambda n: {k: v for k, v in n.items() if k != "version"}  # versions only count up
        wait_for(lambda: unversioned(self.note(self.board())) == unversioned(note0), "the turn undone")

        self.xdotool("key", "ctrl+shift+z")
        wait_for(lambda: self.note(self.board())["rotation"] == 90, "the turn redone")
        self.stop_app(proc)
        saved = self.board()
        self.assertEqual(self.note(saved)["rotation"], 90)
        self.assertEqual(self.bubble(saved)["radius"], bubble0["radius"])
        self.assertEqual([n for n in saved["notes"] if n["id"] != NOTE], [n for n in self.before["notes"] if n["id"] != NOTE])


if __name__ == "__main__":
    unittest.main()
