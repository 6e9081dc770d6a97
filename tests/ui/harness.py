"""Runs the real netwerktafel executable on a private Xvfb display and drives
it with real X input (xdotool), the way a person at the screen would.

The window opens at (0, 0) with 1920×1080 pixels on a 1920×1080 screen, so
board units and screen pixels coincide.
"""

import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import unittest

APP = os.environ.get("NT_APP", "")
ASSETS = os.environ.get("NT_ASSETS", "")
SCHEMA = os.environ.get("NT_SCHEMA", "")
VALIDATOR = os.environ.get("NT_VALIDATOR", "")

# Generous: these are limits for a slow, loaded CI machine, never timings under test.
PATIENCE = 60.0


def wait_for(condition, what, timeout=PATIENCE, step=0.05):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(step)
    raise AssertionError(f"gave up waiting for {what() if callable(what) else what}")


def free_port(kind=socket.SOCK_STREAM):
    """A port nothing listens on now (TCP, or UDP with socket.SOCK_DGRAM)."""
    with socket.socket(socket.AF_INET, kind) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def app_env(home):
    env = dict(os.environ)
    env["HOME"] = home
    env["NETWERKTAFEL_ASSETS"] = ASSETS
    # Under AddressSanitizer the app is still checked for memory errors, but
    # not for leaks: Mesa's GL driver is unloaded (dlclose) when the window
    # closes, so the few allocations it keeps for the process's lifetime show
    # as leaks from an "<unknown module>" that no suppression can name. Leaks
    # in our own code are caught by the core, input and view test programs.
    options = [o for o in env.get("ASAN_OPTIONS", "").split(":") if o and not o.startswith("detect_leaks")]
    env["ASAN_OPTIONS"] = ":".join(options + ["detect_leaks=0"])
    return env


class Display:
    """A private X server; closed with the test. Started again if the first
    one dies on the way up (two servers starting at once can race for a
    display number)."""

    _next = 0  # never reuse a number this process just closed

    def __init__(self, width=1920, height=1080):
        for _ in range(10):
            # A number of our own, away from other processes' and from :0.
            Display._next += 1
            number = 100 + (os.getpid() * 7 + Display._next) % 900
            read_fd, write_fd = os.pipe()
            self.proc = subprocess.Popen(
                ["Xvfb", f":{number}", "-displayfd", str(write_fd), "-screen", "0", f"{width}x{height}x24",
                 "-nolisten", "tcp"],
                pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            os.close(write_fd)
            with os.fdopen(read_fd) as f:
                number = f.readline().strip()
            self.name = f":{number}"
            if number and self.answers():
                return
            self.close()
        raise RuntimeError("Xvfb did not start")

    def answers(self):
        env = dict(os.environ, DISPLAY=self.name)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and self.proc.poll() is None:
            probe = subprocess.run(["xdotool", "getdisplaygeometry"], env=env, capture_output=True)
            if probe.returncode == 0:
                return True
            time.sleep(0.1)
        return False

    def close(self):
        if self.proc.poll() is None:
            self.proc.terminate()
        self.proc.wait(timeout=PATIENCE)


class AppTestCase(unittest.TestCase):
    """Gives each test a display, a temporary HOME and helpers to run the app."""

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="nt-ui-")
        self.display = Display()
        self.addCleanup(shutil.rmtree, self.tmp, True)
        self.addCleanup(self.display.close)
        self.env = app_env(self.tmp)
        self.env["DISPLAY"] = self.display.name
        # Where the app says its keyboards, fields and toolbar buttons are (src/app/ui_map.h).
        self.ui_map_path = os.path.join(self.tmp, "ui-map.json")
        self.env["NT_UI_MAP"] = self.ui_map_path

    def path(self, name):
        return os.path.join(self.tmp, name)

    def run_app(self, *args, timeout=PATIENCE):
        for attempt in range(3):  # see start_app: Xvfb's occasional refused first connection
            result = subprocess.run([APP, *args], env=self.env, capture_output=True, text=True, timeout=timeout)
            if "Failed to open display" not in result.stderr or attempt == 2:
                return result
            time.sleep(0.5)

    def start_app(self, *args):
        # No TUIO and no phones unless a test asks for a port: parallel tests would compete for 3333 and 8080.
        return self.start_program([APP, "--windowed", "1920x1080", "--tuio-port", "0", "--http-port", "0", *args])

    def start_program(self, argv):
        """Starts a command that ends in the app (the app itself, or the app
        behind `unshare`) and waits for its window."""
        # Xvfb under load now and then refuses a client's first connection
        # even though it answered a moment before; that is the test bench,
        # not the app, so such a start is tried again.
        for attempt in range(3):
            proc = subprocess.Popen(argv, env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            self.addCleanup(lambda p=proc: p.poll() is None and p.kill())
            try:
                self.window = wait_for(lambda: self.find_window(proc), "the app's window")
                break
            except AssertionError as e:
                if "Failed to open display" not in str(e) or attempt == 2:
                    raise
                time.sleep(0.5)
        # Let the first frames settle before touching anything.
        time.sleep(0.5)
        return proc

    def find_window(self, proc):
        if proc.poll() is not None:
            raise AssertionError(f"app exited early with {proc.returncode}: {proc.stderr.read()}")
        out = subprocess.run(["xdotool", "search", "--name", "^Netwerktafel$"], env=self.env,
                             capture_output=True, text=True)
        ids = out.stdout.split()
        return ids[0] if ids else None

    def xdotool(self, *args):
        subprocess.run(["xdotool", *[str(a) for a in args]], env=self.env, check=True)

    def mouse_drag(self, start, end, steps=12, button=1):
        self.xdotool("mousemove", round(start[0]), round(start[1]))
        time.sleep(0.1)
        self.xdotool("mousedown", button)
        time.sleep(0.1)
        for i in range(1, steps + 1):
            x = start[0] + (end[0] - start[0]) * i / steps
            y = start[1] + (end[1] - start[1]) * i / steps
            self.xdotool("mousemove", round(x), round(y))
            time.sleep(0.03)
        time.sleep(0.1)
        self.xdotool("mouseup", button)
        time.sleep(0.2)

    def click(self, pos, button=1):
        self.xdotool("mousemove", round(pos[0]), round(pos[1]))
        time.sleep(0.15)
        self.xdotool("click", button)
        time.sleep(0.3)

    def ui_map(self):
        """The app's latest screen map; empty lists before its first frame."""
        try:
            with open(self.ui_map_path, encoding="utf-8") as f:
                return json.load(f)
        except (OSError, ValueError):
            return {"keyboards": [], "fields": [], "buttons": []}

    def toolbar_button(self, name):
        """The centre of a toolbar button as the app drew it: "undo", "redo",
        "save", "vote", "phones" (with phones on), "more", "clock" or "settings"."""
        return self.centre("buttons", name)

    def field(self, key):
        """The centre of a panel's text field as the app drew it, by its key."""
        return self.centre("fields", key)

    def centre(self, kind, key):
        """The centre of a field ("fields") or a button ("buttons") the app has drawn,
        once it has stayed put for a moment (a page that just changed may still settle)."""
        def rect():
            return next((f["rect"] for f in self.ui_map()[kind] if f["key"] == key), None)

        def settled():
            first = rect()
            time.sleep(0.15)
            return first if first and first == rect() else None

        x0, y0, x1, y1 = wait_for(settled, f"{kind[:-1]} {key}")
        return ((x0 + x1) / 2, (y0 + y1) / 2)

    def stop_app(self, proc):
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=PATIENCE)
        self.assertEqual(proc.returncode, 0, f"app exit code; stderr: {err}")
        return out, err

    def validate(self, *files):
        return subprocess.run(["/usr/bin/python3", VALIDATOR, SCHEMA, *files], capture_output=True, text=True)


def assert_refused(case, result, *words):
    """Bad input: a non-zero exit and one stderr line that names what is wrong."""
    case.assertNotEqual(result.returncode, 0)
    lines = result.stderr.strip().splitlines()
    case.assertEqual(len(lines), 1, result.stderr)
    for w in words:
        case.assertIn(w, lines[0])


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def demo_path():
    return os.path.join(ASSETS, "demo", "demo-workshop.json")
