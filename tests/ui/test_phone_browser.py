"""A participant's phone in a real browser: Debian's headless Chromium with a
mobile viewport, driven by playwright-core (tests/browser/participant.js),
against the real app under Xvfb. It opens the join address the app prints,
joins, adds notes (two of them hostile HTML that must stay text and run
nothing) and votes; the saved board must hold the note and the vote.
Screenshots of the page in Dutch and English go to test-artifacts/phone-page/."""

import json
import os
import shutil
import subprocess
import unittest

import test_phones
from harness import AppTestCase, wait_for

HERE = os.path.dirname(os.path.abspath(__file__))
BROWSER_DIR = os.path.normpath(os.path.join(HERE, "..", "browser"))
CHROMIUM = "/usr/bin/chromium"
# The whole browser run; each step inside has its own 20 s limit.
BROWSER_PATIENCE = 240


class PhoneInBrowser(AppTestCase):
    start_board = test_phones.PhonesApi.start_board
    saved = test_phones.PhonesApi.saved

    def setUp(self):
        # Say plainly what is missing instead of hanging or skipping.
        if not os.path.exists(CHROMIUM):
            self.fail(f"{CHROMIUM} is missing: run tools/install-deps.sh test (Debian's chromium)")
        if shutil.which("node") is None:
            self.fail("node is missing: run tools/install-deps.sh test")
        if not os.path.isdir(os.path.join(BROWSER_DIR, "node_modules", "playwright-core")):
            self.fail("playwright-core is not installed in tests/browser/node_modules: run tools/install-deps.sh test "
                      "(npm ci needs the network once; was the machine offline?)")
        super().setUp()

    def test_join_add_a_note_and_vote_from_a_phone(self):
        first, _ = self.start_board("open", votes_per_voter=2)
        url = self.join_url  # exactly what the app printed at start-up (its LAN address answers here too)
        shots = os.path.join(os.environ.get("NT_ARTIFACTS", self.tmp), "phone-page")
        os.makedirs(shots, exist_ok=True)
        env = dict(os.environ, HOME=self.tmp)
        for key in ("ASAN_OPTIONS", "LSAN_OPTIONS", "UBSAN_OPTIONS", "DISPLAY"):
            env.pop(key, None)  # chromium is not ours to sanitise, and stays headless
        try:
            run = subprocess.run(["node", os.path.join(BROWSER_DIR, "participant.js"), url, shots], cwd=BROWSER_DIR,
                                 env=env, capture_output=True, text=True, timeout=BROWSER_PATIENCE)
        except subprocess.TimeoutExpired as e:
            self.fail(f"the browser run took over {BROWSER_PATIENCE} s; stderr: {e.stderr}")
        self.assertEqual(run.returncode, 0, f"stdout: {run.stdout}\nstderr: {run.stderr}")
        result = json.loads(run.stdout.strip().splitlines()[-1])

        # Hostile notes are shown literally and run nothing.
        self.assertTrue(result["hostileShownAsText"], result)
        self.assertIsNone(result["pwned"])
        self.assertEqual(result["imgElements"], 0)
        self.assertEqual(result["scriptElements"], 1)  # phone.js alone
        self.assertEqual(result["errors"], [])
        self.assertEqual(result["enJoinButton"], "Join")
        self.assertEqual(result["votesLeftText"], "Je hebt nog 1 stem.")

        # The saved board holds Anna's notes, marked as her phone's, and her vote.
        def anna_saved():
            board = self.saved()
            notes = {n["text"]: n for n in board["notes"] if n["fromPhone"] > 0}
            votes = [v for v in board["votes"] if v["voter"].startswith("device-")]
            return (notes, votes) if len(notes) == 3 and votes else None
        notes, votes = wait_for(anna_saved, "the phones' notes and the vote in the autosaved board")
        strength = notes["Een grote zaal met 400 plaatsen"]
        self.assertEqual(strength["kind"], "strength")
        self.assertFalse(strength["pending"])
        for hostile in ("<img src=x onerror=window.__pwned=1>", "<script>window.__pwned=2</script>"):
            self.assertEqual(notes[hostile]["kind"], "weakness")
            self.assertEqual(notes[hostile]["fromPhone"], strength["fromPhone"])
        self.assertEqual([(v["voter"], v["combination"]) for v in votes],
                         [(f"device-{strength['fromPhone']}", self.first_combination(result["combination"]))])
        self.stop_app(self.proc)

    def first_combination(self, name):
        return next(c["id"] for c in self.saved()["combinations"] if c["name"] == name)


if __name__ == "__main__":
    unittest.main()
