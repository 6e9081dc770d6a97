"""netwerktafel-tuio: a touch session recorded from UDP replays into the real
app and gives the same result; bad recordings are refused with the line."""

import os
import shutil
import signal
import socket
import subprocess
import time

from harness import APP, PATIENCE, AppTestCase, demo_path, load_json, wait_for
from test_tuio import free_udp_port, tuio_frame

TOOL = os.path.join(os.path.dirname(APP), "netwerktafel-tuio")


class RecordAndReplay(AppTestCase):
    def setUp(self):
        super().setUp()
        self.port = free_udp_port()
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.addCleanup(self.sock.close)
        self.board_file = self.path("workshop.json")
        shutil.copyfile(demo_path(), self.board_file)
        self.before = load_json(self.board_file)["board"]

    def record(self, frames):
        """Records `frames` (lists of {sid: (x, y)}) sent to the recorder; returns the file."""
        out = self.path("sessie.tuio.jsonl")
        port = free_udp_port()
        recorder = subprocess.Popen([TOOL, "record", out, "--port", str(port)], stdout=subprocess.PIPE, text=True)
        self.addCleanup(recorder.stdout.close)
        self.addCleanup(lambda: recorder.poll() is None and recorder.kill())
        self.assertIn("recording", recorder.stdout.readline())
        for fseq, fingers in enumerate(frames, start=1):
            self.sock.sendto(tuio_frame(fingers, fseq), ("127.0.0.1", port))
            time.sleep(0.02)
        def recorded():
            with open(out, encoding="utf-8") as f:
                return sum(1 for _ in f) == len(frames)
        wait_for(recorded, "every datagram recorded")
        recorder.send_signal(signal.SIGINT)
        self.assertEqual(recorder.wait(timeout=PATIENCE), 0)
        return out

    def test_a_recorded_drag_replays_into_the_app(self):
        actor = self.before["actors"][0]
        start = (actor["position"]["x"], actor["position"]["y"])
        end = (start[0] + 60, start[1] + 140)
        frames = [{7: start}] + [{7: (start[0] + (end[0] - start[0]) * i / 12, start[1] + (end[1] - start[1]) * i / 12)}
                                 for i in range(1, 13)] + [{}]
        recording = self.record(frames)

        proc = self.start_app(self.board_file, "--tuio-port", str(self.port))
        result = subprocess.run([TOOL, "replay", recording, "--to", f"127.0.0.1:{self.port}", "--speed", "2"],
                                capture_output=True, text=True, timeout=PATIENCE)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn(f"{len(frames)} datagrams sent", result.stdout)

        def moved():
            a = next(a for a in load_json(self.board_file)["board"]["actors"] if a["id"] == actor["id"])
            return abs(a["position"]["x"] - end[0]) <= 1.5 and abs(a["position"]["y"] - end[1]) <= 1.5
        wait_for(moved, "the replayed drag in the autosave")
        self.stop_app(proc)

    def test_a_damaged_recording_is_refused_with_its_line(self):
        bad = self.path("kapot.tuio.jsonl")
        with open(bad, "w", encoding="utf-8") as f:
            f.write('{"t": 0, "from": "x", "hex": "2f7475696f"}\n\n{"t": 0.1, "hex": "zz"}\n')
        result = subprocess.run([TOOL, "replay", bad, "--to", f"127.0.0.1:{self.port}"], capture_output=True,
                                text=True, timeout=PATIENCE)
        self.assertEqual(result.returncode, 1)
        self.assertIn("line 3", result.stderr)
        bad_option = subprocess.run([TOOL, "replay", bad, "--to", "nergens"], capture_output=True, text=True)
        self.assertEqual(bad_option.returncode, 2)
        self.assertIn("--to", bad_option.stderr)


if __name__ == "__main__":
    import unittest
    unittest.main()
