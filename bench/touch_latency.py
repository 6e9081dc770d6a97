#!/usr/bin/env python3
"""Input-to-frame latency of touch drags, measured inside the app.

Starts the app (a Release build) on the demo board in a 1920x1080 window on a
private Xvfb, sends TUIO 1.1 drags over UDP loopback at 60 frames per second
with 1 and then with 20 simultaneous fingers, and reads the app's
--latency-log: for every pointer event, the time from its arrival (taken by
the TUIO thread) to the end of the frame that drew it, and the main thread's
CPU time per frame with input: in all (frame_cpu_ms) and without the GL draw
calls (frame_cpu_without_gl_ms: building the UI and its draw lists, routing
input; under Mesa's llvmpipe the GL driver's share is most of the rest). Prints one JSON object per line; never fails
because the machine is slow.

    BUILD=build /usr/bin/python3 bench/touch_latency.py [SECONDS]
"""

import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "ui"))
from harness import Display  # noqa: E402  (the tests' private Xvfb)
from test_tuio import tuio_frame  # noqa: E402  (the tests' TUIO packets)

BUILD = os.environ.get("BUILD", os.path.join(HERE, "..", "build"))
APP = os.path.join(BUILD, "netwerktafel")
ASSETS = os.path.join(HERE, "..", "assets")
SECONDS = float(sys.argv[1]) if len(sys.argv) > 1 else 10.0


def free_udp_port():
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(fingers):
    work = tempfile.mkdtemp(prefix="nt-latency-")
    log = os.path.join(work, "latency.json")
    port = free_udp_port()
    display = Display()
    env = dict(os.environ, DISPLAY=display.name, HOME=work, NETWERKTAFEL_ASSETS=ASSETS)
    app = subprocess.Popen([APP, "--demo", "--windowed", "1920x1080", "--tuio-port", str(port), "--latency-log", log],
                           env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(2.0)  # window up, fonts baked
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        fseq, start = 0, time.monotonic()
        # Fingers in a grid over the diagram area, each circling slowly: every
        # frame moves every finger.
        origins = [(500 + 90 * (i % 10), 300 + 200 * (i // 10)) for i in range(fingers)]
        next_frame = start
        while time.monotonic() - start < SECONDS:
            t = time.monotonic() - start
            step = int(t * 60) % 120
            dx = 40 if step >= 60 else 0
            positions = {i + 1: (x + dx + (step % 60), y) for i, (x, y) in enumerate(origins)}
            fseq += 1
            sock.sendto(tuio_frame(positions, fseq, "latency-bench"), ("127.0.0.1", port))
            next_frame += 1 / 60
            time.sleep(max(0.0, next_frame - time.monotonic()))
        fseq += 1
        sock.sendto(tuio_frame({}, fseq, "latency-bench"), ("127.0.0.1", port))
        time.sleep(0.5)
    finally:
        app.send_signal(signal.SIGTERM)
        app.wait(timeout=60)
        display.close()
    with open(log, encoding="utf-8") as f:
        return json.load(f)


def main():
    if not os.access(APP, os.X_OK):
        sys.exit(f"touch_latency.py: {APP} not found (build first, or set BUILD)")
    for fingers in (1, 20):
        figures = run(fingers)
        for metric in ("latency_ms", "frame_cpu_ms", "frame_cpu_without_gl_ms"):
            s = figures[metric]
            for q in ("p50", "p99", "max"):
                if q in s:
                    print(json.dumps({"bench": "touch_latency", "fingers": fingers, "metric": f"{metric}_{q}",
                                      "value": round(s[q], 3), "unit": "ms", "samples": s["count"]}))
        print(json.dumps({"bench": "touch_latency", "fingers": fingers, "metric": "max_simultaneous_pointers",
                          "value": figures["max_simultaneous_pointers"]}))


if __name__ == "__main__":
    main()
