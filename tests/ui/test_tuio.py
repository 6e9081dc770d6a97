"""End-to-end TUIO: the real app under Xvfb listens on a private UDP port;
the test plays a touch table, sending TUIO 1.1 /tuio/2Dcur frames over
loopback. Ten fingers drag ten tokens at once, undo takes the drags back one
by one, and garbage packets change nothing and stop nothing."""

import random
import shutil
import socket
import struct
import time
import unittest

from harness import AppTestCase, demo_path, load_json, wait_for

W, H = 1920.0, 1080.0


# [SECTION] A tiny OSC encoder: strings padded to 4 bytes, big-endian int32/float32.
def osc_string(s):
    b = s.encode() + b"\0"
    return b + b"\0" * (-len(b) % 4)


def osc_message(address, *args):
    tags, data = ",", b""
    for a in args:
        if isinstance(a, str):
            tags, data = tags + "s", data + osc_string(a)
        elif isinstance(a, int):
            tags, data = tags + "i", data + struct.pack(">i", a)
        else:
            tags, data = tags + "f", data + struct.pack(">f", a)
    return osc_string(address) + osc_string(tags) + data


def osc_bundle(*elements):
    out = osc_string("#bundle") + struct.pack(">Q", 1)  # time tag 1: immediately
    for e in elements:
        out += struct.pack(">i", len(e)) + e
    return out


def tuio_frame(fingers, fseq, source="netwerktafel-test"):
    """fingers: {session id: (x, y) in board units}; all of them are alive."""
    msgs = [osc_message("/tuio/2Dcur", "source", source),
            osc_message("/tuio/2Dcur", "alive", *fingers.keys())]
    for sid, (x, y) in fingers.items():
        msgs.append(osc_message("/tuio/2Dcur", "set", sid, x / W, y / H, 0.0, 0.0, 0.0))
    msgs.append(osc_message("/tuio/2Dcur", "fseq", fseq))
    return osc_bundle(*msgs)


def free_udp_port():
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class TuioCase(AppTestCase):
    """A touch table on loopback: a free UDP port for the app, a socket to
    send from, and a copy of the demo board to work on."""

    def setUp(self):
        super().setUp()
        self.port = free_udp_port()
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.addCleanup(self.sock.close)
        self.fseq = 0
        self.board_file = self.path("workshop.json")
        shutil.copyfile(demo_path(), self.board_file)
        self.before = load_json(self.board_file)["board"]

    def send(self, packet):
        self.sock.sendto(packet, ("127.0.0.1", self.port))

    def frame(self, fingers):
        self.fseq += 1
        self.send(tuio_frame(fingers, self.fseq))
        time.sleep(0.02)


class TuioTable(TuioCase):
    def drag(self, moves, steps=15):
        """moves: {session id: (start, end)}; every finger moves at the same time."""
        self.frame({sid: start for sid, (start, _) in moves.items()})
        for i in range(1, steps + 1):
            self.frame({sid: (s[0] + (e[0] - s[0]) * i / steps, s[1] + (e[1] - s[1]) * i / steps)
                        for sid, (s, e) in moves.items()})
        self.frame({})  # nobody is left in alive: every finger lifts

    def positions(self):
        return {a["id"]: (a["position"]["x"], a["position"]["y"]) for a in load_json(self.board_file)["board"]["actors"]}

    def test_ten_fingers_drag_ten_tokens_at_once_and_undo_takes_them_back_one_by_one(self):
        actors = self.before["actors"][:10]
        start = {a["id"]: (a["position"]["x"], a["position"]["y"]) for a in actors}
        # Everyone pulls their token 150 down and 40 to the right, all at once.
        target = {aid: (x + 40, y + 150) for aid, (x, y) in start.items()}
        moves = {100 + i: (start[a["id"]], target[a["id"]]) for i, a in enumerate(actors)}

        proc = self.start_app(self.board_file, "--tuio-port", str(self.port))
        self.drag(moves)

        def moved_count():
            now = self.positions()
            return sum(abs(now[aid][0] - target[aid][0]) <= 1.5 and abs(now[aid][1] - target[aid][1]) <= 1.5
                       for aid in target)
        wait_for(lambda: moved_count() == 10, lambda: f"all ten drags in the autosave (now {moved_count()})")

        # Each drag is its own undo step.
        for left in range(9, -1, -1):
            self.xdotool("key", "ctrl+z")
            wait_for(lambda: moved_count() == left, lambda: f"{left} drags left after undo (now {moved_count()})")
            back = sum(self.positions()[aid] == start[aid] for aid in start)
            self.assertEqual(back, 10 - left)

        # And once more, all ten; the app saves on SIGTERM (sent once the lifts
        # have been handled: a drag still held at SIGTERM is cancelled, not saved).
        self.drag(moves)
        wait_for(lambda: moved_count() == 10, lambda: f"all ten drags again (now {moved_count()})")
        self.stop_app(proc)
        after = load_json(self.board_file)["board"]
        for a in after["actors"]:
            if a["id"] in target:
                self.assertAlmostEqual(a["position"]["x"], target[a["id"]][0], delta=1.5, msg=a["name"])
                self.assertAlmostEqual(a["position"]["y"], target[a["id"]][1], delta=1.5, msg=a["name"])
            else:
                self.assertEqual(a, next(b for b in self.before["actors"] if b["id"] == a["id"]))

    def test_garbage_changes_nothing_and_a_valid_drag_still_works(self):
        proc = self.start_app(self.board_file, "--tuio-port", str(self.port))
        rng = random.Random(5)
        valid = tuio_frame({1: (500.0, 500.0), 2: (600.0, 600.0)}, 7)
        garbage = [bytes(rng.randrange(256) for _ in range(rng.randrange(1, 400))) for _ in range(200)]
        garbage += [valid[:n] for n in range(0, len(valid), 3)]                          # truncated
        garbage += [osc_string("#bundle") + struct.pack(">Qi", 1, 0x7FFFFFF0) + valid[16:]]  # a huge element size
        garbage += [osc_string("#bundle") + struct.pack(">Q", 1) * 2000]                    # all header, no body
        # An element size of 0xFFFFFFFC after a TUIO 2.0 frame: oscpack's own
        # parser looped on it forever, a core at 100 % and no quitting on SIGTERM.
        frm = osc_message("/tuio2/frm", 7, 0)
        garbage += [osc_string("#bundle") + struct.pack(">Qi", 1, len(frm)) + frm + struct.pack(">I", 0xFFFFFFFC) +
                    osc_message("/tuio2/ptr", 3)] * 3
        garbage += [osc_message("/tuio/2Dcur", "set", 1, float("nan"), float("inf"), 0.0, 0.0, 0.0)]
        garbage += [osc_message("/tuio/2Dcur", "alive", *range(5000))]
        for g in garbage:
            self.send(g)
        time.sleep(0.5)
        self.assertIsNone(proc.poll(), "the app is still running")

        actor = self.before["actors"][0]
        start = (actor["position"]["x"], actor["position"]["y"])
        end = (start[0] + 30, start[1] + 200)
        self.drag({9: (start, end)})
        wait_for(lambda: self.positions()[actor["id"]] == end, lambda: f"the drag, now {self.positions()[actor['id']]}")
        self.assertIsNone(proc.poll(), "the app is still running")
        self.stop_app(proc)
        after = load_json(self.board_file)["board"]
        for a in after["actors"]:
            if a["id"] != actor["id"]:
                self.assertEqual(a, next(b for b in self.before["actors"] if b["id"] == a["id"]))

    def test_a_busy_port_leaves_the_app_working_without_tuio(self):
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as holder:
            holder.bind(("0.0.0.0", self.port))
            proc = self.start_app(self.board_file, "--tuio-port", str(self.port))
            _, err = self.stop_app(proc)
        self.assertIn(f"UDP port {self.port}", err)
        self.assertEqual(sum("TUIO" in line for line in err.splitlines()), 1, err)


if __name__ == "__main__":
    unittest.main()
