"""Never lose a board: the real app under Xvfb is driven by TUIO drags (a
touch table playing a busy workshop, one change every ~0.15 s, so the board
is never still long enough for a quiet save), killed with SIGKILL at random
moments, and reopened. Every change the app had made durable before the kill
(so every change acknowledged more than a second before it) must be there,
and no file may ever be corrupt. Also: a read-only folder and a full disk (a
small tmpfs) give one clear warning while the app keeps the board in memory,
and saving picks up again once there is room."""

import glob
import json
import os
import random
import shutil
import signal
import socket
import struct
import threading
import time
import unittest
import zlib

from harness import APP, AppTestCase, demo_path, load_json, wait_for
from test_tuio import free_udp_port, osc_bundle, tuio_frame

TRIALS = 20
STEP = 30  # board units around each actor's home
MIN_DRAG = 40  # well past the drag threshold (3 mm, 23 units in the 960×540 window): shorter would be a tap
# A touch that no TUIO frame mentions for 1 s is given up (cancelled, the
# drag undone); a drag whose frames left a gap near that long is not counted
# on to have landed.
STEADY_GAP = 0.5


class TouchTable:
    """Sends TUIO drags to the app."""

    def __init__(self, port):
        self.port = port
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.fseq = 0

    def close(self):
        self.sock.close()

    def send(self, *frames):
        packets = []
        for fingers in frames:
            self.fseq += 1
            packets.append(tuio_frame(fingers, self.fseq))
        self.sock.sendto(packets[0] if len(packets) == 1 else osc_bundle(*packets), ("127.0.0.1", self.port))

    def drag(self, start, end, deadline):
        """Moves one finger from start to end. The press and its first move
        (past the drag threshold) travel in one datagram, so however late the
        app or this process gets to run, the press is never a long press held
        still. Returns (lifted, steady): when the lift was sent (None when the
        deadline, the kill, came first) and whether no gap between frames came
        near the app's silence timeout."""
        sid = 1000 + self.fseq
        at = lambda f: {sid: (start[0] + (end[0] - start[0]) * f, start[1] + (end[1] - start[1]) * f)}  # noqa: E731
        sent = [time.monotonic()]
        self.send(at(0.0), at(0.7))
        for f in (0.85, 1.0):
            time.sleep(0.015)
            if time.monotonic() >= deadline:
                return None, False
            self.send(at(f))
            sent.append(time.monotonic())
        time.sleep(0.015)
        if time.monotonic() >= deadline:
            return None, False
        self.send({})
        sent.append(time.monotonic())
        return sent[-1], max(b - a for a, b in zip(sent, sent[1:])) < STEADY_GAP


# [SECTION] What is on disk, read the way opening a board reads it
# (docs/durability.md): the board file, and the newest good record of a
# journal whose header names exactly the file's bytes.
def journal_boards(data, board_bytes):
    at, first, last_seq, boards = 0, True, 0, []
    while len(data) - at >= 24 and data[at:at + 4] == b"NTJ1":
        kind = data[at + 4:at + 5]
        seq, length, crc = struct.unpack_from("<QII", data, at + 8)
        payload = data[at + 24:at + 24 + length]
        if len(payload) < length or zlib.crc32(payload, zlib.crc32(data[at:at + 20])) != crc:
            break
        if first:
            if kind != b"H" or payload != f"{len(board_bytes)} {zlib.crc32(board_bytes)}".encode():
                return []  # no header, or one written for another version of the file
            first = False
        else:
            if kind != b"B" or seq <= last_seq:
                break
            last_seq = seq
            boards.append(payload)
        at += 24 + length
    return boards


def durable_board(board_file):
    """The board as a fresh process would open it now, or None while the
    app is between writing the file and dropping its journal."""
    try:
        with open(board_file, "rb") as f:
            file_bytes = f.read()
        try:
            with open(board_file + ".journal", "rb") as f:
                journal = f.read()
        except FileNotFoundError:
            journal = b""
        with open(board_file, "rb") as f:
            if f.read() != file_bytes:
                return None  # a snapshot came in between: read again
    except FileNotFoundError:
        return None
    for text in [*reversed(journal_boards(journal, file_bytes)), file_bytes]:
        try:
            return json.loads(text)["board"]
        except (ValueError, KeyError):
            continue
    return None


class DiskWatch(threading.Thread):
    """Reads what is on disk over and over while the app runs. Whatever it
    reads is durable against kill -9 (the kernel keeps written data when a
    process dies), so it must all be there after the kill: per actor the
    newest version seen, and when each position was first seen."""

    def __init__(self, board_file):
        super().__init__(daemon=True)
        self.board_file = board_file
        self.lock = threading.Lock()
        self.newest = {}      # actor id → (version, position)
        self.first_seen = {}  # (actor id, position) → when first read on disk
        self.stopping = threading.Event()

    def run(self):
        while not self.stopping.is_set():
            board = durable_board(self.board_file)
            now = time.monotonic()
            if board:
                with self.lock:
                    for a in board["actors"]:
                        pos = (a["position"]["x"], a["position"]["y"])
                        if a["version"] >= self.newest.get(a["id"], (0, None))[0]:
                            self.newest[a["id"]] = (a["version"], pos)
                        self.first_seen.setdefault((a["id"], pos), now)
            time.sleep(0.02)

    def stop(self):
        self.stopping.set()
        self.join()

    def at(self, aid):
        with self.lock:
            return self.newest.get(aid, (0, None))

    def seen(self, aid, pos):
        with self.lock:
            return self.first_seen.get((aid, pos))


def positions(board):
    return {a["id"]: (a["position"]["x"], a["position"]["y"]) for a in board["actors"]}


def without_positions(board):
    """The board apart from where actors stand (and what that decides)."""
    rest = json.loads(json.dumps(board))
    for a in rest["actors"]:
        for key in ("position", "municipality", "sector", "version"):
            a.pop(key, None)
    return rest


def on_path(p, start, end, tol=1.5):
    """Whether p lies on the straight drag from start to end."""
    dx, dy = end[0] - start[0], end[1] - start[1]
    t = max(0.0, min(1.0, ((p[0] - start[0]) * dx + (p[1] - start[1]) * dy) / (dx * dx + dy * dy)))
    return (p[0] - start[0] - t * dx) ** 2 + (p[1] - start[1] - t * dy) ** 2 <= tol * tol


def udp_port_bound(port):
    with open("/proc/net/udp", encoding="ascii") as f:
        return any(line.split()[1].endswith(f":{port:04X}") for line in f.readlines()[1:])


class KillNine(AppTestCase):
    def setUp(self):
        super().setUp()
        self.board_file = self.path("workshop.json")
        shutil.copyfile(demo_path(), self.board_file)
        self.home = positions(load_json(demo_path())["board"])

    def export(self):
        """Opens the board as a fresh process would, on the command line."""
        out = self.path("export.json")
        result = self.run_app(self.board_file, "--export-json", out)
        self.assertEqual(result.returncode, 0, f"the board must always open; stderr: {result.stderr}")
        return load_json(out)["board"], result

    def assert_files_sound(self):
        # The board file is always a complete board, never half of one.
        with open(self.board_file, encoding="utf-8") as f:
            self.assertEqual(json.load(f)["type"], "netwerktafel-board")
        for kept in glob.glob(os.path.join(self.tmp, ".workshop.json.snapshots", "*.json")):
            self.assertEqual(load_json(kept)["type"], "netwerktafel-board", kept)

    def pick_drag(self, rng, aid, now_at, busy):
        """A target around the actor's home, at least MIN_DRAG away, and
        clear of every other token and of every place one is going to, so
        the finger always picks the actor it means."""
        hx, hy = self.home[aid]
        here = now_at[aid]
        choices = [(hx + dx, hy + dy) for dx in (-STEP, 0, STEP) for dy in (-STEP, 0, STEP)]
        taken = [p for other, p in now_at.items() if other != aid] + [p for other, p in busy.items() if other != aid]
        choices = [c for c in choices if (c[0] - here[0]) ** 2 + (c[1] - here[1]) ** 2 >= MIN_DRAG ** 2 and all(
            (c[0] - p[0]) ** 2 + (c[1] - p[1]) ** 2 >= 80 ** 2 for p in taken)]
        # (Standing closer than a finger's reach to another token: left alone.)
        if not choices or not all((here[0] - p[0]) ** 2 + (here[1] - p[1]) ** 2 >= 40 ** 2 for p in taken):
            return None
        return rng.choice(choices)

    def test_every_change_made_durable_before_kill_9_survives(self):
        rng = random.Random(7)
        state, _ = self.export()
        unchanging = without_positions(state)
        recovered_from_journal = 0
        checked_changes = 0
        for trial in range(TRIALS):
            port = free_udp_port()
            # A smaller window: TUIO lands in board units whatever the window's
            # size, and software GL under load keeps up with the drags.
            proc = self.start_app(self.board_file, "--tuio-port", str(port), "--windowed", "960x540")
            wait_for(lambda: udp_port_bound(port), "the app listening for TUIO")
            table = TouchTable(port)
            watch = DiskWatch(self.board_file)
            watch.start()
            now_at = positions(state)   # where each actor stands, as last seen on disk
            in_play = set(now_at)       # actors whose place is known for sure
            drags = []                  # (actor id, start, target, lifted or None)
            busy = {}                   # actor id → target of its drag not yet seen on disk

            def settle():
                for aid, target in list(busy.items()):
                    if watch.at(aid)[1] == target:
                        now_at[aid] = target
                        del busy[aid]

            # A first drag, seen on disk before the session starts, so the
            # session is one the app takes part in (a loaded machine can take
            # a while after the window shows before the first frame).
            first = next(a for a in sorted(now_at, key=lambda a: (a - trial) % len(now_at))
                         if self.pick_drag(rng, a, now_at, busy))
            target = self.pick_drag(rng, first, now_at, busy)
            for attempt in range(5):
                lifted, steady = table.drag(now_at[first], target, time.monotonic() + 60)
                drags.append((first, now_at[first], target, lifted))
                try:
                    wait_for(lambda: watch.at(first)[1] == target, f"trial {trial}: the first drag on disk", timeout=15)
                    break
                except AssertionError:
                    if attempt == 4:
                        raise
                    # Given up as silent by the app on a stalled machine: from where it is now.
                    wait_for(lambda: watch.at(first)[1] is not None, "the board on disk")
                    now_at[first] = watch.at(first)[1]
            now_at[first] = target

            kill_at = time.monotonic() + rng.uniform(0.3, 2.8)
            while time.monotonic() < kill_at:
                settle()
                candidates = sorted(a for a in in_play if a not in busy)
                rng.shuffle(candidates)
                aid = next((a for a in candidates if self.pick_drag(rng, a, now_at, busy)), None)
                if aid is None:
                    time.sleep(0.02)
                    continue
                target = self.pick_drag(rng, aid, now_at, busy)
                lifted, steady = table.drag(now_at[aid], target, kill_at)
                drags.append((aid, now_at[aid], target, lifted))
                busy[aid] = target
                if lifted is None:
                    break
                if not steady:
                    in_play.discard(aid)  # it may have been given up half-way
                time.sleep(0.05)
            proc.send_signal(signal.SIGKILL)
            killed = time.monotonic()
            proc.communicate(timeout=60)
            table.close()
            watch.stop()

            self.assert_files_sound()
            after, result = self.export()
            if "hersteld" in result.stdout:
                recovered_from_journal += 1
            got = {a["id"]: (a["version"], (a["position"]["x"], a["position"]["y"])) for a in after["actors"]}
            self.assertEqual(without_positions(after), unchanging, f"trial {trial}: nothing but positions changed")
            durable_late = []
            for aid, (version, pos) in got.items():
                seen_version, seen_pos = watch.at(aid)
                # Every change read on disk before the kill is there: the
                # same version at the same place, or a later one.
                self.assertGreaterEqual(version, seen_version, f"trial {trial}: actor {aid} went back in time")
                if version == seen_version:
                    self.assertEqual(pos, seen_pos, f"trial {trial}: actor {aid}")
                # And it stands where this session's drags could have put it.
                mine = [(s, t) for a, s, t, _ in drags if a == aid]
                self.assertTrue(pos == positions(state)[aid] or any(on_path(pos, s, t) for s, t in mine),
                                f"trial {trial}: actor {aid} at {pos}; its drags {mine}")
            for i, (aid, start, target, lifted) in enumerate(drags):
                ack = watch.seen(aid, target)
                if ack is not None and ack < killed and i > 0:
                    checked_changes += 1  # a drag of the busy session, durable before the kill
                if lifted is not None and ack is not None:
                    durable_late.append(ack - lifted)
            if os.environ.get("NT_CRASH_VERBOSE"):
                lag = f"{max(durable_late):.2f}" if durable_late else "-"
                print(f"trial {trial}: {len(drags)} drags, killed {killed - kill_at:.3f} s late, "
                      f"journal {'applied' if 'hersteld' in result.stdout else 'not needed'}, "
                      f"longest from lift to disk {lag} s; {result.stderr.strip()}")
            state = after
        # The busy sessions never left the board still for a quiet save: the
        # journal carried those changes.
        self.assertGreaterEqual(recovered_from_journal, TRIALS // 2)
        self.assertGreaterEqual(checked_changes, TRIALS)

        # Reopened in the window, the recovered board says so and then lands in the file itself.
        proc = self.start_app(self.board_file, "--tuio-port", "0")
        wait_for(lambda: not os.path.exists(self.board_file + ".journal"), "the journal folded into the file")
        self.assertEqual(positions(load_json(self.board_file)["board"]), positions(state))
        self.stop_app(proc)
        self.assertEqual(self.validate(self.board_file).returncode, 0)


class SavingFails(AppTestCase):
    """Where the board cannot be written, the app says so once and keeps working."""

    def setUp(self):
        super().setUp()
        self.port = free_udp_port()
        self.table = TouchTable(self.port)
        self.addCleanup(self.table.close)
        self.actor = load_json(demo_path())["board"]["actors"][0]
        self.start = (self.actor["position"]["x"], self.actor["position"]["y"])

    def drag_to(self, end):
        self.table.drag(self.start, end, time.monotonic() + 60)
        self.start = end

    def wait_for_stderr_line(self, proc, words):
        line = wait_for(lambda: proc.stderr.readline(), "a line on stderr")
        for w in words:
            self.assertIn(w, line)
        return line

    def test_a_read_only_folder_warns_once_and_the_board_stays_open(self):
        folder = self.path("readonly")
        os.mkdir(folder)
        board_file = os.path.join(folder, "workshop.json")
        shutil.copyfile(demo_path(), board_file)
        os.chmod(folder, 0o555)
        self.addCleanup(os.chmod, folder, 0o755)
        # The tests run as root, who may write anywhere; in a user namespace
        # of its own without a uid mapping, root meets the folder's mode bits.
        proc = self.start_app_in("unshare", "--user", APP, board_file)
        self.drag_to((self.start[0] + 30, self.start[1] + 40))
        self.wait_for_stderr_line(proc, ["workshop.json", "cannot write in this folder", "tried again"])
        self.drag_to((self.start[0] + 10, self.start[1] - 30))
        time.sleep(3 * 2.0)  # past a few retries: still one warning, still running
        self.assertIsNone(proc.poll(), "the app keeps running")
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
        self.assertEqual(err.count("tried again"), 0, "one warning only, not one per retry")
        self.assertNotEqual(proc.returncode, 0, "quitting says the board could not be saved")
        self.assertEqual(load_json(board_file)["board"], load_json(demo_path())["board"], "the file is untouched")
        self.assertEqual(os.listdir(folder), ["workshop.json"])
        self.assertIn("saved in", err)
        rescued = glob.glob(os.path.join(self.tmp, "Netwerktafel", "*.netwerktafel"))
        self.assertEqual(len(rescued), 1, "a copy of the board is kept in ~/Netwerktafel")
        self.assertEqual(positions(load_json(rescued[0])["board"])[self.actor["id"]], self.start)

    def start_app_in(self, *command):
        return self.start_program([*command, "--windowed", "1920x1080", "--tuio-port", str(self.port)])

    def test_a_full_disk_warns_keeps_the_board_and_saves_once_there_is_room(self):
        # A 1 MiB tmpfs in a mount namespace of the app's own (unshare needs no root).
        mount = self.path("small-disk")
        os.mkdir(mount)
        script = ('mount -t tmpfs -o size=1m tmpfs "$1" && cp "$2" "$1/workshop.json" && shift 2 && exec "$@"')
        proc = self.start_app_in("unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script, "sh", mount,
                                 demo_path(), APP, os.path.join(mount, "workshop.json"))
        inside = f"/proc/{proc.pid}/root{mount}"  # the app's view of its tmpfs
        board_file = os.path.join(inside, "workshop.json")
        filler = os.path.join(inside, "filler")
        fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o644)
        try:
            while os.write(fd, b"\0" * 4096) > 0:
                pass
        except OSError:
            pass  # the disk is full
        finally:
            os.close(fd)
        target = (self.start[0] + 30, self.start[1] + 40)
        self.drag_to(target)
        self.wait_for_stderr_line(proc, ["workshop.json", "No space left on device", "tried again"])
        self.assertIsNone(proc.poll(), "the app keeps running")
        self.assertEqual(load_json(board_file)["board"], load_json(demo_path())["board"], "the file is untouched")

        os.remove(filler)  # room again: the next retry saves without being asked
        self.wait_for_stderr_line(proc, ["saving works again"])
        moved = lambda: positions(load_json(board_file)["board"])[self.actor["id"]]  # noqa: E731
        wait_for(lambda: moved() == target, lambda: f"the drag in the file (now {moved()})")
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=60)
        self.assertEqual(proc.returncode, 0)


if __name__ == "__main__":
    unittest.main()
