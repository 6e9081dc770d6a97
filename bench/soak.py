#!/usr/bin/env python3
"""Soak: a whole simulated workshop against the real app, for as long as asked.

    BUILD=build /usr/bin/python3 bench/soak.py --minutes 60 [--phones 100] [--out DIR]

Starts the app (a Release build: BUILD, default build/) on the demo board in
table layout, with its vote open, in a 1920x1080 window on a private Xvfb,
with TUIO and phones on free ports, and for --minutes keeps it as busy as a
lively room keeps it:

- ten TUIO fingers, each dragging its own partner token to and fro (a
  stroke of 60 units, a short rest, back again), from one sender at 60 frames
  a second;
- every 30 s two people type on two on-screen keyboards at once (two notes,
  keyboards facing two sides), from a second TUIO sender: the old word is
  rubbed out and a new one typed; a finger whose token lies under a keyboard
  waits until the keyboards are closed;
- 100 phones (tests/ui/phone_crowd.py: the page's own pattern) join, poll
  every 2 s and add notes and cast and take back votes throughout;
- the facilitator moves the programme on (the arrow keys) so that it runs
  through every phase; during the wrap-up, whose view covers the board, the
  fingers and keyboards rest;
- now and then a picture from the "Meer" menu (1920 and 3840 wide in turn),
  with the fingers lifted while the menu is open;
- every minute something hostile: the TUIO datagrams that once hung the
  decoder plus seeded garbage, or a hostile HTTP request (oversized header,
  a body that never comes, broken JSON, a path out of the web folder, …),
  after which the web server must still answer.

Every minute it writes down the app's resident memory (and how much of it
lies in the allocator's main heap and in threads' own heaps), open file
descriptors, threads, CPU, and the sizes of the board file, its journal and
its snapshots. When the load stops it measures idle CPU for 30 s, quits the
app with SIGTERM (it must exit 0) and checks the saved board against what was
acknowledged: every phone note and vote (exact), the words of the last
keyboard session on both notes, and where every finger left its token. Last,
it opens the saved board in a fresh app and drags on it for a minute: the
soaked app's memory against the fresh one's tells a leak from a bigger board.

NT_SOAK_WRAP runs the app under a tool, e.g. NT_SOAK_WRAP="heaptrack -o
/tmp/heap-{run}" for where its memory goes ({run}: "soak", then "fresh" for
the fresh app at the end); the figures stay the app's own.

Prints one JSON object per line; the per-minute samples also go to
DIR/soak-minutes.csv. Exits 1 when a check fails (memory growth, idle CPU,
a lost change, an unclean exit); never because the machine is slow.
"""

import argparse
import asyncio
import csv
import json
import os
import random
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
sys.path.insert(0, os.path.join(ROOT, "tests", "ui"))
from harness import Display, free_port, wait_for  # noqa: E402  (the tests' private Xvfb; waits raise AssertionError)
from phone_crowd import Ledger, crowd, tally_problems, write_open_vote_board  # noqa: E402
from test_tuio import tuio_frame  # noqa: E402  (the tests' TUIO packets)

BUILD = os.environ.get("BUILD", os.path.join(ROOT, "build"))
APP = os.path.join(BUILD, "netwerktafel")
WRAP = os.environ.get("NT_SOAK_WRAP", "").split()
ASSETS = os.path.join(ROOT, "assets")
HZ = os.sysconf("SC_CLK_TCK")
PAGE = os.sysconf("SC_PAGE_SIZE")
FPS = 60
STROKE = 60.0          # board units a finger drags its token
STROKE_S = 0.45        # … in this many seconds: quick enough never to be a long press
KEYBOARD_NOTES = {900: (1280.0, 200.0), 901: (1100.0, 620.0)}  # two empty notes: keyboards facing the top and the bottom
# What the ten fingers drag (the demo's items clear of the vote's standings on
# the left and of the programme card facing the top), and which way first.
DRAGGED = [("actors", 4, -1), ("actors", 7, -1), ("actors", 9, -1), ("actors", 8, 1), ("actors", 14, -1),
           ("actors", 13, -1), ("actors", 12, 1), ("actors", 11, 1), ("actors", 15, -1), ("notes", 27, -1)]
LETTERS = "azertyuiopqsdfghjklmwxcvbn"
HANG = os.path.join(ROOT, "tests", "fuzz", "corpus", "tuio", "hang-bundle-element-size-0xfffffffc")


def emit(metric, value, unit="", **extra):
    print(json.dumps({"bench": "soak", "metric": metric, "value": value, "unit": unit, **extra}), flush=True)


# [SECTION] The board and the app
def prepare_board(path, phones):
    write_open_vote_board(os.path.join(ASSETS, "demo", "demo-workshop.json"), path, phones)
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    board = doc["board"]
    board["display"]["layout"] = "table"
    for nid, (x, y) in KEYBOARD_NOTES.items():
        board["notes"].append({"id": nid, "version": 1, "text": "", "kind": "idea", "position": {"x": x, "y": y},
                               "rotation": 0.0, "fromPhone": 0, "pending": False})
    board["nextId"] = max(board["nextId"], max(KEYBOARD_NOTES) + 1)
    board["programme"]["timer"]["phase"] = board["programme"]["phases"][0]["id"]
    # The vote's cards under its standings, where no finger goes: the phones vote on them.
    for i, c in enumerate(board["combinations"][1:]):  # the demo's own combination stays where it is
        c["cardPosition"] = {"x": 150.0, "y": 150.0 + 100 * i}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False)
    return board


def heaps(pid):
    """Where the allocator's memory lies (resident MB): the main heap, and the
    heaps glibc gives threads of their own (64 MB regions, their unused rest
    mapped without access), which the app's one-heap setting should leave empty."""
    main = threads = 0
    maps = []
    with open(f"/proc/{pid}/smaps") as f:
        for line in f:
            m = re.match(r"^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ \S+\s*(.*)$", line)
            if m:
                maps.append([int(m.group(2), 16) - int(m.group(1), 16), m.group(3), m.group(4).strip(), 0])
            elif line.startswith("Rss:") and maps:
                maps[-1][3] = int(line.split()[1])
    for i, (size, perm, name, rss_kb) in enumerate(maps):
        if name == "[heap]":
            main += rss_kb
        elif not name and perm.startswith("rw") and (size == 64 << 20 or (
                i + 1 < len(maps) and not maps[i + 1][2] and maps[i + 1][1] == "---p" and size + maps[i + 1][0] == 64 << 20)):
            threads += rss_kb
    return {"heap_mb": round(main / 1024, 1), "thread_heaps_mb": round(threads / 1024, 1)}


class App:
    def __init__(self, work, board_file, role):
        self.work = work
        self.board_file = board_file
        self.ui_map_path = os.path.join(work, "ui-map.json")
        self.tuio_port = free_port(socket.SOCK_DGRAM)
        self.http_port = free_port(socket.SOCK_STREAM)
        for attempt in range(3):  # Xvfb under load now and then refuses a first connection (see harness.py)
            self.display = Display()
            self.env = dict(os.environ, DISPLAY=self.display.name, HOME=work, NETWERKTAFEL_ASSETS=ASSETS,
                            NT_UI_MAP=self.ui_map_path)
            self.errors = open(os.path.join(work, "app.err"), "w")
            self.output = open(os.path.join(work, "app.out"), "w+")
            self.proc = subprocess.Popen(
                [w.replace("{run}", role) for w in WRAP] + [APP, board_file, "--windowed", "1920x1080", "--tuio-port", str(self.tuio_port), "--http-port",
                 str(self.http_port)], env=self.env, stdout=self.output, stderr=self.errors, text=True)
            try:
                line = wait_for(lambda: self.said(r"\?t=([0-9a-f]+)"), "the join address", timeout=30)
                self.token = line.group(1)
                break
            except AssertionError:
                self.proc.kill()
                self.proc.wait()
                self.display.close()
                if attempt == 2:
                    sys.exit(f"soak.py: no join address from the app: {self.stderr()}")
        wait_for(lambda: self.ui_map()["buttons"], "the first frame's screen map")

    def said(self, pattern):
        self.output.flush()
        with open(self.output.name, encoding="utf-8", errors="replace") as f:
            return re.search(pattern, f.read())

    def stderr(self):
        with open(self.errors.name, encoding="utf-8", errors="replace") as f:
            return f.read()

    def ui_map(self):
        try:
            with open(self.ui_map_path, encoding="utf-8") as f:
                return json.load(f)
        except (OSError, ValueError):
            return {"keyboards": [], "fields": [], "buttons": []}

    def button(self, key):
        """The centre of a button once it has stayed put for a moment (a popup
        is laid out on its first frame and placed on the next)."""
        def rect():
            return next((b["rect"] for b in self.ui_map()["buttons"] if b["key"] == key), None)
        first = rect()
        time.sleep(0.4)  # a busy machine draws a few frames a second
        if not first or rect() != first:
            return None
        x0, y0, x1, y1 = first
        return ((x0 + x1) / 2, (y0 + y1) / 2)

    def key(self, name):
        subprocess.run(["xdotool", "key", name], env=self.env, check=True)

    def app_pid(self):
        """The app's own process: under NT_SOAK_WRAP a descendant of the one started."""
        if not WRAP:
            return self.proc.pid
        app = os.path.realpath(APP)
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                if os.path.realpath(f"/proc/{entry}/exe") != app:
                    continue
                with open(f"/proc/{entry}/environ", "rb") as f:
                    if f"NT_UI_MAP={self.ui_map_path}".encode() in f.read().split(b"\0"):
                        return int(entry)
            except OSError:
                continue
        return self.proc.pid

    def figures(self):
        pid = self.app_pid()
        with open(f"/proc/{pid}/stat") as f:
            text = f.read()
        rest = text[text.rindex(")") + 2:].split()
        with open(f"/proc/{pid}/statm") as f:
            rss = int(f.read().split()[1]) * PAGE
        # The app's own memory (anonymous) apart from the libraries' pages it
        # touched (file) and the X server's shared images (shmem).
        split = {}
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                key, _, value = line.partition(":")
                if key in ("RssAnon", "RssFile", "RssShmem"):
                    split[key] = round(int(value.split()[0]) / 1024, 1)
        return {"rss_mb": round(rss / 2**20, 1), "anon_mb": split.get("RssAnon"), "file_mb": split.get("RssFile"),
                "shmem_mb": split.get("RssShmem"), **heaps(pid), "fds": len(os.listdir(f"/proc/{pid}/fd")),
                "threads": len(os.listdir(f"/proc/{pid}/task")), "cpu_ticks": int(rest[11]) + int(rest[12])}

    def files(self):
        folder, name = os.path.split(self.board_file)
        snapshots = os.path.join(folder, f".{name}.snapshots")
        snap = [os.path.join(snapshots, n) for n in os.listdir(snapshots)] if os.path.isdir(snapshots) else []
        journal = self.board_file + ".journal"
        return {"board_kb": round(os.path.getsize(self.board_file) / 1024, 1),
                "journal_kb": round(os.path.getsize(journal) / 1024, 1) if os.path.exists(journal) else 0.0,
                "snapshots": len(snap), "snapshots_kb": round(sum(os.path.getsize(p) for p in snap) / 1024, 1)}


# [SECTION] Ten fingers
class Fingers(threading.Thread):
    """Finger i drags token i by STROKE units and back, again and again. A
    stroke is pressed, moved for STROKE_S, held two frames at its end and
    lifted; a token is always left where a stroke ended, so where each one
    lies is known."""

    def __init__(self, port, tokens):
        super().__init__(daemon=True)
        self.port = port
        self.tokens = tokens  # [{"id", "at": [x, y], "out": bool}]
        self.lock = threading.Lock()
        self.blocked = set()   # token indices that start no new stroke
        self.resting = False   # all fingers start no new stroke
        self.halt = threading.Event()
        self.strokes = [None] * len(tokens)
        self.done_strokes = 0
        rng = random.Random(7)
        self.next_start = [time.monotonic() + rng.uniform(0, 1) for _ in tokens]
        self.rng = rng
        self.sid = 0

    def idle(self, indices=None):
        with self.lock:
            return all(self.strokes[i] is None for i in (indices if indices is not None else range(len(self.tokens))))

    def run(self):
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        fseq = 0
        next_frame = time.monotonic()
        while True:
            now = time.monotonic()
            alive = {}
            with self.lock:
                stopping = self.halt.is_set()
                for i, token in enumerate(self.tokens):
                    s = self.strokes[i]
                    if s is None:
                        if stopping or self.resting or i in self.blocked or now < self.next_start[i]:
                            continue
                        self.sid += 1
                        x, y = token["at"]
                        dx = token["way"] * (-STROKE if token["out"] else STROKE)
                        s = self.strokes[i] = {"sid": self.sid, "from": (x, y), "to": (x + dx, y), "start": now}
                    t = (now - s["start"]) / STROKE_S
                    if t >= 1.0:
                        # Two frames at the end, however late this thread runs, then lifted.
                        s["held"] = s.get("held", 0) + 1
                        if s["held"] > 2:
                            token["at"] = list(s["to"])
                            token["out"] = not token["out"]
                            self.strokes[i] = None
                            self.done_strokes += 1
                            self.next_start[i] = now + self.rng.uniform(0.2, 0.8)
                            continue
                    t = min(1.0, t)
                    (x0, y0), (x1, y1) = s["from"], s["to"]
                    alive[s["sid"]] = (x0 + (x1 - x0) * t, y0 + (y1 - y0) * t)
                if stopping and all(s is None for s in self.strokes):
                    break
            fseq += 1
            sock.sendto(tuio_frame(alive, fseq, "soak-fingers"), ("127.0.0.1", self.port))
            next_frame += 1 / FPS
            time.sleep(max(0.0, next_frame - time.monotonic()))
        sock.sendto(tuio_frame({}, fseq + 1, "soak-fingers"), ("127.0.0.1", self.port))
        sock.close()


# [SECTION] Two keyboards
class Typist:
    """Taps from a second TUIO sender: notes to open keyboards, then keys."""

    def __init__(self, app):
        self.app = app
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.fseq = 0
        self.sid = 100000
        self.rng = random.Random(11)

    def frame(self, fingers):
        self.fseq += 1
        self.sock.sendto(tuio_frame(fingers, self.fseq, "soak-typists"), ("127.0.0.1", self.app.tuio_port))
        time.sleep(0.02)

    def tap(self, pos):
        self.sid += 1
        self.frame({self.sid: pos})
        self.frame({})

    def keyboard(self, nid):
        return next((k for k in self.app.ui_map()["keyboards"] if k["target"] == f"note:{nid}"), None)

    def press(self, nid, name):
        board = wait_for(lambda: self.keyboard(nid), f"the keyboard on note {nid}")
        # A letter is a capital where the keyboard starts a sentence.
        key = next((k for k in board["keys"] if k["key"] in (name, name.upper())), None)
        if key is None:
            raise AssertionError(f"no key {name!r} on the keyboard of note {nid}")
        before = board["text"]
        self.tap(tuple(key["at"]))
        if name != "done":
            wait_for(lambda: (self.keyboard(nid) or {}).get("text") != before, f"the key {name!r} on note {nid}",
                     timeout=20)

    def bounds(self, nid):
        keys = self.keyboard(nid)["keys"]
        xs = [k["at"][0] for k in keys]
        ys = [k["at"][1] for k in keys]
        return (min(xs) - 90, min(ys) - 90, max(xs) + 90, max(ys) + 90)  # a key's half and the keyboard's margin

    def close_all(self):
        """After something went wrong: every open keyboard closed, so no finger types on one."""
        for board in self.app.ui_map()["keyboards"]:
            done = next((k for k in board["keys"] if k["key"] == "done"), None)
            if done:
                self.tap(tuple(done["at"]))
        wait_for(lambda: not self.app.ui_map()["keyboards"], "every keyboard closed", timeout=20)

    def open_both(self):
        for nid, at in KEYBOARD_NOTES.items():
            self.tap(at)
            wait_for(lambda: self.keyboard(nid), f"a keyboard on note {nid}", timeout=20)

    def session(self):
        """Both keyboards open; the old words rubbed out and new ones typed, a
        key on each in turn; both closed. Returns {note: the text its keyboard showed}."""
        self.open_both()
        words = {nid: "".join(self.rng.choice(LETTERS) for _ in range(self.rng.randint(4, 7)))
                 for nid in KEYBOARD_NOTES}
        plans = {nid: ["backspace"] * len(self.keyboard(nid)["text"]) + list(word) for nid, word in words.items()}
        while any(plans.values()):
            for nid, plan in plans.items():
                if plan:
                    self.press(nid, plan.pop(0))
        typed = {nid: self.keyboard(nid)["text"] for nid in KEYBOARD_NOTES}
        for nid, word in words.items():
            if typed[nid].lower() != word:
                raise AssertionError(f"note {nid}'s keyboard shows {typed[nid]!r} after typing {word!r}")
        for nid in KEYBOARD_NOTES:
            self.press(nid, "done")
        wait_for(lambda: not self.app.ui_map()["keyboards"], "both keyboards closed", timeout=20)
        return typed


# [SECTION] Something hostile every minute
def hang_datagrams():
    with open(HANG, "rb") as f:
        data = f.read()
    out, at = [], 0
    while at < len(data):  # the fuzz target's framing: a one-byte length, 0 for the rest
        n = data[at]
        at += 1
        if n == 0 or n > len(data) - at:
            n = len(data) - at
        out.append(data[at:at + n])
        at += n
    return out


def hostile_tuio(port, rng):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    packets = hang_datagrams()
    good = tuio_frame({424242: (10.0, 10.0)}, 1, "soak-hostile")
    for _ in range(20):
        b = bytearray(good)
        for _ in range(rng.randint(1, 8)):
            b[rng.randrange(len(b))] = rng.randrange(256)
        packets.append(bytes(b[:rng.randrange(1, len(b) + 1)]))
    packets.append(bytes(rng.randrange(256) for _ in range(1400)))
    for p in packets:
        sock.sendto(p, ("127.0.0.1", port))
    sock.close()
    return f"{len(packets)} datagrams (the old hang plus seeded garbage)"


def hostile_http(port, token, turn):
    """One of several hostile requests, in turn; each on its own connection."""
    kinds = [
        ("an 80 kB header", f"GET /api/state HTTP/1.1\r\nHost: x\r\nX-Junk: {'a' * 80000}\r\n\r\n".encode()),
        ("a body that never comes",
         f"POST /api/notes HTTP/1.1\r\nHost: x\r\nX-Session: {token}\r\nContent-Length: 999999999\r\n\r\n{{".encode()),
        ("broken JSON", (f"POST /api/join HTTP/1.1\r\nHost: x\r\nX-Session: {token}\r\nContent-Type: application/json\r\n"
                         "Content-Length: 9\r\n\r\n{\"name\":\xff").encode("latin-1")),
        ("a path out of the web folder", b"GET /../../../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n"),
        ("a wrong session token", b"POST /api/votes HTTP/1.1\r\nHost: x\r\nX-Session: 0000\r\nContent-Length: 2\r\n\r\n{}"),
        ("binary garbage", bytes(random.Random(turn).randrange(256) for _ in range(4096))),
        ("a request cut off half way", b"POST /api/notes HTTP/1.1\r\nHost: x\r\nContent-Le"),
    ]
    what, data = kinds[turn % len(kinds)]
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        try:
            s.sendall(data)
            s.shutdown(socket.SHUT_WR)
            s.recv(4096)
        except OSError:
            pass  # refused or cut off: that is the server's right
    return what


def page_answers(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
            s.sendall(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            return s.recv(64).startswith(b"HTTP/1.1 200")
    except OSError:
        return False


# [SECTION] The run
def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=60.0)
    parser.add_argument("--phones", type=int, default=100)
    parser.add_argument("--out", default="")
    parser.add_argument("--picture-every", type=float, default=None, metavar="SECONDS",
                        help="a picture this often (default: a twelfth of the run, at least 5 minutes; 0: none)")
    args = parser.parse_args()
    if not os.access(APP, os.X_OK):
        sys.exit(f"soak.py: {APP} not found (build first, or set BUILD)")
    subprocess.run([os.path.join(ROOT, "tools", "install-deps.sh"), "bench"], check=True, stdout=subprocess.DEVNULL)
    work = tempfile.mkdtemp(prefix="nt-soak-")
    out = args.out or work
    os.makedirs(out, exist_ok=True)
    board_file = os.path.join(work, "workshop.json")
    board = prepare_board(board_file, args.phones)
    phases = [p["kind"] for p in board["programme"]["phases"]]
    seconds = args.minutes * 60
    emit("start", {"minutes": args.minutes, "phones": args.phones, "cpus": os.cpu_count(), "app": APP, "work": work})

    app = App(work, board_file, "soak")
    start_ticks, start_wall = app.figures()["cpu_ticks"], time.monotonic()
    typist = Typist(app)
    findings = []

    # Where the keyboards open, learned before any finger moves: a token
    # under one waits while the keyboards are open.
    typist.open_both()
    areas = [typist.bounds(nid) for nid in KEYBOARD_NOTES]
    for nid in KEYBOARD_NOTES:
        typist.press(nid, "done")
    wait_for(lambda: not app.ui_map()["keyboards"], "the first keyboards closed")

    def under_keyboard(at):
        x, y = at
        return any(x0 - STROKE - 40 <= x <= x1 + STROKE + 40 and y0 - 40 <= y <= y1 + 40 for x0, y0, x1, y1 in areas)

    tokens = []
    for kind, item, way in DRAGGED:
        p = next(i for i in board[kind] if i["id"] == item)["position"]
        tokens.append({"kind": kind, "id": item, "at": [p["x"], p["y"]], "out": False, "way": way})
    covered = {i for i, t in enumerate(tokens) if under_keyboard(t["at"])}
    emit("tokens", len(tokens), under_keyboards=len(covered))
    fingers = Fingers(app.tuio_port, tokens)
    fingers.start()

    ledger = Ledger()
    phone_notes = max(1, round(3 * args.minutes / 60))
    phone_votes = max(2, round(20 * args.minutes / 60))
    phones = threading.Thread(target=lambda: asyncio.run(
        crowd(app.http_port, app.token, args.phones, seconds, notes=phone_notes, votes=phone_votes, ledger=ledger)),
        daemon=True)
    phones.start()

    samples = []
    typed, sessions = {}, 0  # the text each note's keyboard last showed; keyboard sessions done
    phase_index, phase_every = 0, max(60.0, seconds / (2 * len(phases)))
    pictures, picture_turn, hostile_turn = [], 0, 0
    rng = random.Random(1)
    t0 = time.monotonic()
    next_sample, next_keys, next_hostile = t0 + 60, t0 + 20, t0 + 45
    picture_every = max(300, seconds / 12) if args.picture_every is None else args.picture_every
    next_phase = t0 + phase_every
    next_picture = t0 + min(300, seconds / 4, picture_every) if picture_every > 0 else float("inf")
    last_ticks, last_wall = start_ticks, start_wall

    def rest_fingers(indices=None):
        with fingers.lock:
            if indices is None:
                fingers.resting = True
            else:
                fingers.blocked = set(indices)
        wait_for(lambda: fingers.idle(indices), "the fingers lifted", timeout=20)

    def release_fingers():
        with fingers.lock:
            fingers.resting = phases[phase_index] == "wrap_up"
            fingers.blocked = set()

    while time.monotonic() - t0 < seconds:
        now = time.monotonic()
        wrap_up = phases[phase_index] == "wrap_up"
        try:
            if now >= next_sample:
                f, files = app.figures(), app.files()
                wall = time.monotonic()
                row = {"minute": round((wall - t0) / 60, 1), **{k: v for k, v in f.items() if k != "cpu_ticks"},
                       "cpu_percent": round((f["cpu_ticks"] - last_ticks) / HZ / (wall - last_wall) * 100, 1),
                       **files, "phase": phases[phase_index], "strokes": fingers.done_strokes,
                       "keyboard_sessions": sessions, "phone_requests": len(ledger.samples),
                       "phone_notes": len(ledger.notes), "pictures": len(pictures)}
                last_ticks, last_wall = f["cpu_ticks"], wall
                samples.append(row)
                emit("minute", row)
                next_sample += 60
            elif now >= next_keys and not wrap_up:
                rest_fingers(covered)
                next_keys = time.monotonic() + 30  # tried again in 30 s, whatever happens
                try:
                    typed.update(typist.session())
                finally:
                    release_fingers()
                sessions += 1
                next_keys = time.monotonic() + 30
            elif now >= next_hostile:
                if hostile_turn % 2 == 0:
                    what = hostile_tuio(app.tuio_port, rng)
                else:
                    what = hostile_http(app.http_port, app.token, hostile_turn // 2)
                hostile_turn += 1
                wait_for(lambda: page_answers(app.http_port), "the page after " + what, timeout=30)
                emit("hostile", what, minute=round((time.monotonic() - t0) / 60, 1))
                next_hostile += 60
            elif now >= next_phase:
                if phase_index + 1 < len(phases):
                    app.key("Right")
                    phase_index += 1
                else:
                    for _ in range(len(phases) - 1):
                        app.key("Left")
                        time.sleep(0.1)
                    phase_index = 0
                release_fingers()
                emit("phase", phases[phase_index], minute=round((time.monotonic() - t0) / 60, 1))
                next_phase += phase_every
            elif now >= next_picture and not wrap_up:
                width = (1920, 3840)[picture_turn % 2]
                picture_turn += 1
                picture = os.path.join(work, "workshop.png" if width == 1920 else f"workshop-{width}.png")
                before = os.path.getmtime(picture) if os.path.exists(picture) else 0
                began = time.monotonic()
                rest_fingers()
                try:
                    typist.tap(wait_for(lambda: app.button("more"), "the Meer button"))
                    typist.tap(wait_for(lambda: app.button(f"picture{width}"), f"the {width} px picture in Meer"))
                    # The menu lies over tokens: no finger goes down before it is gone.
                    wait_for(lambda: not any(b["key"].startswith("picture") for b in app.ui_map()["buttons"]),
                             "the Meer menu closed", timeout=20)
                finally:
                    release_fingers()
                wait_for(lambda: os.path.exists(picture) and os.path.getmtime(picture) > before,
                         f"the {width} px picture", timeout=120, step=0.2)
                pictures.append({"width": width, "seconds": round(time.monotonic() - began, 1),
                                 "kb": round(os.path.getsize(picture) / 1024)})
                emit("picture", pictures[-1])
                next_picture += picture_every
            else:
                time.sleep(0.1)
        except (TimeoutError, AssertionError) as e:
            findings.append(f"minute {round((time.monotonic() - t0) / 60, 1)}: {e}")
            emit("finding", str(e))
            rest_fingers()
            try:
                typist.close_all()
            except AssertionError as again:
                findings.append(f"the keyboards stayed open after that: {again}")
            release_fingers()
            if app.proc.poll() is not None:
                break
            time.sleep(1)

    # The load stops: phones finish their last taps, fingers their strokes.
    phones.join(timeout=120)
    fingers.halt.set()
    fingers.join(timeout=20)
    emit("load_stopped", {"minutes": round((time.monotonic() - t0) / 60, 1), "strokes": fingers.done_strokes,
                          "keyboard_sessions": sessions, "pictures": len(pictures),
                          "phone_requests": len(ledger.samples), "lost_requests": sum(ledger.lost.values())})
    time.sleep(10)
    a, wa = app.figures(), time.monotonic()
    time.sleep(30)
    b, wb = app.figures(), time.monotonic()
    idle = round((b["cpu_ticks"] - a["cpu_ticks"]) / HZ / (wb - wa) * 100, 2)
    files = app.files()
    emit("idle_after_load", {"cpu_percent": idle, "rss_mb": b["rss_mb"], "fds": b["fds"], "threads": b["threads"],
                             **files})

    os.kill(app.app_pid(), signal.SIGTERM)
    quit_began = time.monotonic()
    try:
        code = app.proc.wait(timeout=120)
    except subprocess.TimeoutExpired:
        app.proc.kill()
        code = "hung"
    emit("quit", code, seconds=round(time.monotonic() - quit_began, 1))
    app.display.close()

    with open(board_file, encoding="utf-8") as f:
        saved = json.load(f)["board"]
    problems = tally_problems(ledger, saved)
    notes = {n["id"]: n["text"] for n in saved["notes"]}
    for nid in KEYBOARD_NOTES:
        if nid in typed and notes.get(nid) != typed[nid]:
            problems.append(f"note {nid}: the keyboard showed {typed[nid]!r}, the saved board holds {notes.get(nid)!r}")
    for t in tokens:
        item = next((i for i in saved[t["kind"]] if i["id"] == t["id"]), None)
        x, y = (item["position"]["x"], item["position"]["y"]) if item else (None, None)
        if x is None or abs(x - t["at"][0]) > 1.5 or abs(y - t["at"][1]) > 1.5:
            problems.append(f"{t['kind']} {t['id']}: left at {t['at']}, saved at {(x, y)}")
    emit("saved_board", "exact" if not problems else "differs", problems=problems[:20],
         acknowledged_notes=len(ledger.notes), standing_votes=sum(ledger.votes.values()),
         keyboard_sessions=sessions, tokens=len(tokens))

    # The same board opened fresh and dragged on for a minute: the memory the
    # board itself needs, to tell growth with the board (notes, votes) from a leak.
    fresh = App(work, board_file, "fresh")
    again = Fingers(fresh.tuio_port, [dict(t) for t in tokens])
    again.start()
    time.sleep(60)
    again.halt.set()
    again.join(timeout=20)
    time.sleep(10)
    fresh_rss = fresh.figures()["rss_mb"]
    os.kill(fresh.app_pid(), signal.SIGTERM)
    fresh.proc.wait(timeout=120)
    fresh.display.close()
    emit("fresh_app_on_the_saved_board", fresh_rss, "MB", soaked_app=b["rss_mb"],
         soaked_over_fresh=round((b["rss_mb"] - fresh_rss) / fresh_rss * 100, 1))

    with open(os.path.join(out, "soak-minutes.csv"), "w", newline="") as f:
        if samples:
            w = csv.DictWriter(f, fieldnames=list(samples[0]))
            w.writeheader()
            w.writerows(samples)
    rss = [s["rss_mb"] for s in samples]
    settled = rss[9] if len(rss) >= 10 else (rss[0] if rss else 0)
    growth = round((max(rss[9:] or rss or [0]) - settled) / settled * 100, 1) if settled else None
    emit("rss_growth_after_minute_10", growth, "%", at_10=settled, last=rss[-1] if rss else None,
         max=max(rss) if rss else None)
    verdicts = {"memory_flat": growth is not None and growth <= 5.0, "idle_cpu_under_2": idle < 2.0,
                "clean_exit": code == 0, "saved_board_exact": not problems, "no_findings": not findings}
    emit("verdict", verdicts, findings=findings[:20])
    sys.exit(0 if all(verdicts.values()) else 1)


if __name__ == "__main__":
    main()
