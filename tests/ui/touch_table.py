"""A touch table for UI tests: a private UDP port for the app's TUIO
listener, fingers that tap and hold, and the on-screen keyboards, fields and
buttons the app says are where (NT_UI_MAP, src/app/ui_map.h), so a test
touches what was drawn instead of pixel positions worked out by hand."""

import socket
import time

import test_tuio as tuio

from harness import AppTestCase, wait_for


class TouchTableCase(AppTestCase):
    def setUp(self):
        super().setUp()
        self.port = tuio.free_udp_port()
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.addCleanup(self.sock.close)
        self.fseq = 0
        self.finger = 500

    def frame(self, fingers):
        """One TUIO frame: {session id: (x, y) in window pixels} are down."""
        self.fseq += 1
        self.sock.sendto(tuio.tuio_frame(fingers, self.fseq), ("127.0.0.1", self.port))
        time.sleep(0.02)

    def tap(self, pos, hold=0.0):
        self.finger += 1
        self.frame({self.finger: pos})
        end = time.monotonic() + hold
        while time.monotonic() < end:  # a finger held still keeps being reported
            self.frame({self.finger: pos})
            time.sleep(0.05)
        self.frame({})

    def keyboard(self, prefix):
        """The open keyboard whose target starts with `prefix`, or None."""
        return next((k for k in self.ui_map()["keyboards"] if k["target"].startswith(prefix)), None)

    def press(self, prefix, name):
        """Taps a key by what it types now ("a", "A") or its job ("done")."""
        board = wait_for(lambda: self.keyboard(prefix), f"a keyboard on {prefix}")
        key = next((k for k in board["keys"] if k["key"] == name), None)
        self.assertIsNotNone(key, f"no key {name} on {board}")
        before = board["text"]
        self.tap(tuple(key["at"]))
        if name not in ("done", "enter", "shift", "layer", "dead"):
            wait_for(lambda: (self.keyboard(prefix) or {}).get("text") != before, f"the key {name} typed")

    def type_keys(self, prefix, text):
        for ch in text:
            self.press(prefix, ch)
