#!/usr/bin/env python3
"""Phone load: 300 simulated phones against the real app for 60 s.

Starts the app (a Release build) on a prepared board whose vote is open, in a
1920x1080 window on a private Xvfb, with its web server on a free port, four
times; in the first three one TUIO finger drags over an empty part of the
board at 60 frames a second, so the board draws every frame and the app's
--latency-log holds the main thread's CPU time per frame:

  1. without phones (BASE_S seconds): frame CPU time and touch latency;
  2. with PHONES phones (tests/ui/phone_crowd.py: the page's real pattern,
     polls with If-None-Match every 2 s, NOTES notes and VOTES vote taps
     each) for LOAD_S seconds: request latency p50/p99 by kind, requests/s,
     the app's CPU (all its threads, the main thread, llvmpipe's, the rest:
     the web server), the client's own CPU, frame CPU time and touch
     latency. Then the app quits cleanly (SIGTERM saves the board) and the
     saved board is checked against every acknowledged note and vote:
     exact, or the figures say what differs;
  3. 1. again on the board as the phones left it: their notes and votes
     take drawing too, so frame CPU under load is compared with both;
  4. the state endpoint alone with wrk (Debian's wrk, installed by
     tools/install-deps.sh bench): a full room's joined devices (500, the
     server's limit) and the session token in a Lua script, If-None-Match
     set, so answers are 304s, or 429s where a device exceeds its read rate
     (wrk counts those as non-2xx/3xx, and they are reported apart).

NOTES=0 VOTES=0 leaves the board as it was: then 1. and 2. compare frame CPU
time on the same board, with and without 300 phones polling.

Prints one JSON object per line; never fails because the machine is slow.

    BUILD=build /usr/bin/python3 bench/phone_load.py [PHONES] [LOAD_S]
"""

import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
sys.path.insert(0, os.path.join(ROOT, "tests", "ui"))
from harness import Display, free_port  # noqa: E402  (the tests' private Xvfb)
from phone_crowd import (Ledger, Phone, percentile, run_crowd, source_address, tally_problems,
                         write_open_vote_board)  # noqa: E402
from test_tuio import tuio_frame  # noqa: E402  (the tests' TUIO packets)

BUILD = os.environ.get("BUILD", os.path.join(ROOT, "build"))
APP = os.path.join(BUILD, "netwerktafel")
ASSETS = os.path.join(ROOT, "assets")
PHONES = int(sys.argv[1]) if len(sys.argv) > 1 else 300
LOAD_S = float(sys.argv[2]) if len(sys.argv) > 2 else 60.0
BASE_S = float(os.environ.get("BASE_S", "20"))
WRK_S = int(os.environ.get("WRK_S", "10"))
WRK_DEVICES = int(os.environ.get("WRK_DEVICES", "500"))  # PhoneLimits::maxDevices: a full room
NOTES = int(os.environ.get("NOTES", "2"))  # notes a phone adds
VOTES = int(os.environ.get("VOTES", "4"))  # vote taps a phone makes; with NOTES=0 VOTES=0 the board never changes
# FINGER=0: only run 2., without the finger, as in a projector room where
# nobody touches the board and it draws only when something changed.
TOUCH = os.environ.get("FINGER", "1") != "0"
HZ = os.sysconf("SC_CLK_TCK")
# An empty stretch of the demo board below the bubbles: dragging there moves
# nothing, so the board (and what phones see) stays as the phones make it.
FINGER_AT = (1300, 900)


def emit(metric, value, unit="", **extra):
    print(json.dumps({"bench": "phone_load", "metric": metric, "value": value, "unit": unit, **extra}), flush=True)


def prepare_board(path):
    write_open_vote_board(os.path.join(ASSETS, "demo", "demo-workshop.json"), path, PHONES)


class App:
    """The app on the prepared board, with phones and TUIO on free ports."""

    def __init__(self, work, board):
        self.log = os.path.join(work, "latency.json")
        self.tuio_port = free_port(socket.SOCK_DGRAM)
        self.http_port = free_port(socket.SOCK_STREAM)
        for attempt in range(3):  # Xvfb under load now and then refuses a first connection (see harness.py)
            self.display = Display()
            env = dict(os.environ, DISPLAY=self.display.name, HOME=work, NETWERKTAFEL_ASSETS=ASSETS)
            errors = open(os.path.join(work, "app.err"), "w")
            self.proc = subprocess.Popen(
                [APP, board, "--windowed", "1920x1080", "--tuio-port", str(self.tuio_port), "--http-port",
                 str(self.http_port), "--latency-log", self.log], env=env, stdout=subprocess.PIPE,
                stderr=errors, text=True)
            line = self.proc.stdout.readline()
            m = re.search(r"\?t=([0-9a-f]+)", line)
            if m:
                break
            self.proc.wait(timeout=60)
            self.display.close()
            with open(os.path.join(work, "app.err")) as f:
                err = f.read()
            if attempt == 2 or "Failed to open display" not in err:
                sys.exit(f"phone_load.py: no join address from the app: {line!r} {err}")
        self.token = m.group(1)
        time.sleep(2.0)  # window up, fonts baked

    def ticks(self):
        """CPU ticks: all threads, the main thread, llvmpipe's threads."""
        def fields(path):
            with open(path) as f:
                text = f.read()
            comm = text[text.index("(") + 1:text.rindex(")")]
            rest = text[text.rindex(")") + 2:].split()
            return comm, int(rest[11]) + int(rest[12])
        total = fields(f"/proc/{self.proc.pid}/stat")[1]
        main = fields(f"/proc/{self.proc.pid}/task/{self.proc.pid}/stat")[1]
        llvmpipe = 0
        for tid in os.listdir(f"/proc/{self.proc.pid}/task"):
            try:
                comm, t = fields(f"/proc/{self.proc.pid}/task/{tid}/stat")
            except OSError:
                continue
            if comm.startswith("llvmpipe"):
                llvmpipe += t
        return {"all": total, "main": main, "llvmpipe": llvmpipe, "other": total - main - llvmpipe}

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        self.proc.wait(timeout=120)
        self.display.close()
        with open(self.log, encoding="utf-8") as f:
            return json.load(f)


class Finger(threading.Thread):
    """One TUIO finger circling on an empty spot at 60 frames a second."""

    def __init__(self, port):
        super().__init__(daemon=True)
        self.port = port
        self.halt = threading.Event()

    def run(self):
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        fseq, start = 0, time.monotonic()
        next_frame = start
        while not self.halt.is_set():
            step = int((time.monotonic() - start) * 60) % 60
            fseq += 1
            pos = (FINGER_AT[0] + step, FINGER_AT[1] + (step % 10))
            sock.sendto(tuio_frame({1: pos}, fseq, "phone-load"), ("127.0.0.1", self.port))
            next_frame += 1 / 60
            time.sleep(max(0.0, next_frame - time.monotonic()))
        sock.sendto(tuio_frame({}, fseq + 1, "phone-load"), ("127.0.0.1", self.port))


def cpu_percent(before, after, seconds):
    return {k: round((after[k] - before[k]) / HZ / seconds * 100, 1) for k in before}


def frame_figures(run, log):
    for metric in ("frame_cpu_ms", "latency_ms"):
        s = log[metric]
        for q in ("p50", "p99"):
            if q in s:
                emit(f"{run}_{'frame_cpu' if metric == 'frame_cpu_ms' else 'touch_latency'}_{q}", round(s[q], 3),
                     "ms", samples=s["count"])


def baseline(run, work, board):
    """The app without phones: the finger alone."""
    app = App(work, board)
    finger = Finger(app.tuio_port)
    t0, w0 = app.ticks(), time.monotonic()
    finger.start()
    time.sleep(BASE_S)
    finger.halt.set()
    finger.join()
    cpu = cpu_percent(t0, app.ticks(), time.monotonic() - w0)
    log = app.stop()
    for k, v in cpu.items():
        emit(f"{run}_app_cpu_{k}", v, "% of one core")
    frame_figures(run, log)


def load(work, board):
    app = App(work, board)
    finger = Finger(app.tuio_port)
    ledger = Ledger()
    t0, w0, c0 = app.ticks(), time.monotonic(), os.times()
    if TOUCH:
        finger.start()
    run_crowd(app.http_port, app.token, PHONES, LOAD_S, notes=NOTES, votes=VOTES, ledger=ledger)
    wall = time.monotonic() - w0
    cpu = cpu_percent(t0, app.ticks(), wall)
    c1 = os.times()
    if TOUCH:
        finger.halt.set()
        finger.join()
    log = app.stop()  # SIGTERM: the board is saved on the way out

    emit("phones", PHONES, notes_each=NOTES, vote_taps_each=VOTES, finger=TOUCH)
    emit("seconds", round(wall, 1), "s")
    emit("requests_per_s", round(len(ledger.samples) / wall, 1), "1/s", requests=len(ledger.samples))
    for kind in ("all", "state", "vote", "retract", "note", "join", "page"):
        ms = [s * 1e3 for k, status, s in ledger.samples if (kind == "all" or k == kind) and status]
        if ms:
            emit(f"latency_{kind}_p50", round(percentile(ms, 0.5), 2), "ms", samples=len(ms))
            emit(f"latency_{kind}_p99", round(percentile(ms, 0.99), 2), "ms", samples=len(ms))
            emit(f"latency_{kind}_max", round(max(ms), 2), "ms", samples=len(ms))
    statuses = {}
    for kind, status, _ in ledger.samples:
        statuses[f"{kind} {status}"] = statuses.get(f"{kind} {status}", 0) + 1
    emit("statuses", statuses)
    emit("lost_requests", sum(ledger.lost.values()), "", by_kind=dict(ledger.lost))
    emit("reconnects_after_idle_close", ledger.reconnects)
    emit("snapshot_versions_seen", len(ledger.versions))
    for k, v in cpu.items():
        emit(f"load_app_cpu_{k}", v, "% of one core")
    emit("client_cpu", round((c1.user + c1.system - c0.user - c0.system) / wall * 100, 1), "% of one core")
    frame_figures("load", log)

    with open(board, encoding="utf-8") as f:
        saved = json.load(f)["board"]
    problems = tally_problems(ledger, saved)
    emit("acknowledged_notes", len(ledger.notes))
    emit("acknowledged_votes_standing", sum(ledger.votes.values()))
    emit("tally_exact", not problems, problems=problems[:20])


def wrk(work, board):
    """The state endpoint alone: a full room of joined devices, each answered 304 within its read rate."""
    if subprocess.run(["sh", "-c", "command -v wrk"], capture_output=True).returncode != 0:
        emit("wrk", "not installed (tools/install-deps.sh bench)")
        return
    app = App(work, board)
    ledger = Ledger()
    cookies = []

    async def join_all():
        for i in range(WRK_DEVICES):
            phone = Phone(i + 1, app.http_port, app.token, ledger, source_address(i))
            await phone.join()
            await phone.poll()
            cookies.append((phone.cookie, phone.etag))
            await phone.close()
    import asyncio
    asyncio.run(join_all())
    script = os.path.join(work, "state.lua")
    with open(script, "w", encoding="utf-8") as f:
        f.write(f"-- generated by bench/phone_load.py: the state poll of {WRK_DEVICES} joined phones\n")
        f.write("local phones = {\n")
        for cookie, etag in cookies:
            f.write(f"  {{{json.dumps(cookie)}, {json.dumps(etag)}}},\n")
        f.write("}\nlocal n = 0\n")
        f.write("request = function()\n  n = n % #phones + 1\n"
                f"  return wrk.format('GET', '/api/state', {{['X-Session'] = '{app.token}', "
                "['Cookie'] = phones[n][1], ['If-None-Match'] = phones[n][2]})\nend\n")
    for connections in (8, 16):
        out = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{WRK_S}s", "--latency", "-s", script,
                              f"http://127.0.0.1:{app.http_port}/"], capture_output=True, text=True).stdout
        rate = re.search(r"Requests/sec:\s+([0-9.]+)", out)
        non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
        total = re.search(r"(\d+) requests in", out)
        p99 = re.search(r"99%\s+([0-9.]+)(us|ms|s)", out)
        emit("wrk_state_requests_per_s", float(rate.group(1)) if rate else None, "1/s", connections=connections,
             requests=int(total.group(1)) if total else None, refused_429=int(non2xx.group(1)) if non2xx else 0,
             p99=f"{p99.group(1)}{p99.group(2)}" if p99 else None)
    app.stop()


def main():
    if not os.access(APP, os.X_OK):
        sys.exit(f"phone_load.py: {APP} not found (build first, or set BUILD)")
    subprocess.run([os.path.join(ROOT, "tools", "install-deps.sh"), "bench"], check=True)
    with open("/proc/loadavg") as f:
        emit("load_average_before", f.read().split()[:3])
    emit("cpus", os.cpu_count())
    # The phones add hundreds of notes, and more notes take longer to draw:
    # frame CPU time without phones is measured on the board before the load
    # and on the board the load left, and compared with both.
    work = tempfile.mkdtemp(prefix="nt-phone-load-")
    board = os.path.join(work, "workshop.json")
    prepare_board(board)
    if TOUCH:
        baseline("before", work, board)
    load(work, board)
    if TOUCH:
        baseline("after", work, board)
        wrk(work, board)
    with open("/proc/loadavg") as f:
        emit("load_average_after", f.read().split()[:3])


if __name__ == "__main__":
    main()
