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

    BUILD=build /usr/bin/python3 bench/touch_latency.py [SECONDS] [--board FILE]
        [--fingers 1,20] [--modes layered,direct]

Each finger starts on an item of the board (its partners first, then its
notes) and drags it to and fro. --board times another board (a copy is
used); --modes also times the app drawing the whole board into every frame
(NT_DRAW_DIRECT=1, no still layer), so the two compare in one run. Besides
the main thread's figures, process_cpu_per_frame_ms is the whole process's
CPU time (every thread, the GL driver's included) over the drag divided by
the frames drawn.
"""

import argparse
import json
import os
import shutil
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
DEMO = os.path.join(ASSETS, "demo", "demo-workshop.json")


def free_udp_port():
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def item_positions(board_file):
    """Where the board's partners and then its notes lie, in board units (the window's pixels)."""
    with open(board_file, encoding="utf-8") as f:
        board = json.load(f)["board"]
    return [(i["position"]["x"], i["position"]["y"]) for i in board["actors"] + board["notes"]]


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run(fingers, seconds, board, direct):
    work = tempfile.mkdtemp(prefix="nt-latency-")
    log = os.path.join(work, "latency.json")
    board_file = os.path.join(work, "board.json")
    shutil.copyfile(board, board_file)
    port = free_udp_port()
    display = Display()
    env = dict(os.environ, DISPLAY=display.name, HOME=work, NETWERKTAFEL_ASSETS=ASSETS,
               NT_DRAW_DIRECT="1" if direct else "0")
    app = subprocess.Popen([APP, board_file, "--windowed", "1920x1080", "--tuio-port", str(port), "--latency-log", log],
                           env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(2.0 if board == DEMO else 4.0)  # window up, fonts baked, the board drawn
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        fseq, start = 0, time.monotonic()
        cpu_start = cpu_seconds(app.pid)
        # Every finger on an item of its own, each dragging it to and fro:
        # every frame moves every finger.
        origins = item_positions(board_file)[:fingers]
        next_frame = start
        while time.monotonic() - start < seconds:
            t = time.monotonic() - start
            step = int(t * 60) % 120
            dx = 40 if step >= 60 else 0
            positions = {i + 1: (x + dx + (step % 60), y) for i, (x, y) in enumerate(origins)}
            fseq += 1
            sock.sendto(tuio_frame(positions, fseq, "latency-bench"), ("127.0.0.1", port))
            next_frame += 1 / 60
            time.sleep(max(0.0, next_frame - time.monotonic()))
        cpu = cpu_seconds(app.pid) - cpu_start
        fseq += 1
        sock.sendto(tuio_frame({}, fseq, "latency-bench"), ("127.0.0.1", port))
        time.sleep(0.5)
    finally:
        app.send_signal(signal.SIGTERM)
        app.wait(timeout=60)
        display.close()
    with open(log, encoding="utf-8") as f:
        figures = json.load(f)
    frames = figures["frame_cpu_ms"]["count"]
    figures["process_cpu_per_frame_ms"] = {"p50": 1000 * cpu / max(1, frames), "count": frames}
    shutil.rmtree(work, True)
    return figures


def main():
    parser = argparse.ArgumentParser(description="Input-to-frame latency of touch drags, measured inside the app.")
    parser.add_argument("seconds", nargs="?", type=float, default=10.0)
    parser.add_argument("--board", default=DEMO)
    parser.add_argument("--fingers", default="1,20")
    parser.add_argument("--modes", default="layered")
    args = parser.parse_args()
    if not os.access(APP, os.X_OK):
        sys.exit(f"touch_latency.py: {APP} not found (build first, or set BUILD)")
    board_name = "demo" if args.board == DEMO else os.path.basename(args.board)
    for fingers in (int(f) for f in args.fingers.split(",")):
        for mode in args.modes.split(","):
            figures = run(fingers, args.seconds, args.board, mode == "direct")
            common = {"bench": "touch_latency", "board": board_name, "mode": mode, "fingers": fingers}
            for metric in ("latency_ms", "frame_cpu_ms", "frame_cpu_without_gl_ms", "process_cpu_per_frame_ms"):
                s = figures[metric]
                for q in ("p50", "p99", "max"):
                    if q in s:
                        print(json.dumps({**common, "metric": f"{metric}_{q}", "value": round(s[q], 3), "unit": "ms",
                                          "samples": s["count"]}), flush=True)
            print(json.dumps({**common, "metric": "max_simultaneous_pointers",
                              "value": figures["max_simultaneous_pointers"]}), flush=True)


if __name__ == "__main__":
    main()
