"""The join QR code read back from the screen the way a phone's camera reads
it: the real app under Xvfb with its web server on a private port, the join
card opened from the toolbar as a facilitator does, a screenshot decoded
with zbarimg (Debian's zbar-tools). What it reads must be exactly the
participant address the app printed at start-up, and that address must
serve the page and let a phone join with the token in it. In both room
layouts: the card is the same, but what is drawn around it is not."""

import http.client
import json
import os
import re
import subprocess
import unittest
import urllib.parse

import test_phones
from harness import AppTestCase, demo_path, load_json, wait_for


class JoinQr(AppTestCase):
    # The button presses ImGui sees, and the card's dark QR modules, as the phones' UI test finds them.
    press = test_phones.PhonesApi.press
    press_until = test_phones.PhonesApi.press_until
    dark_share = test_phones.PhonesApi.dark_share

    def start(self, layout):
        doc = load_json(demo_path())
        doc["board"]["display"]["layout"] = layout
        board = self.path("workshop.json")
        with open(board, "w", encoding="utf-8") as f:
            json.dump(doc, f)
        port = test_phones.free_tcp_port()
        self.proc = self.start_app(board, "--http-port", str(port))
        line = wait_for(lambda: self.proc.stdout.readline(), "the join address on stdout")
        m = re.search(r"(http://\S+) \(code [A-Z0-9]{6}\)", line)
        self.assertIsNotNone(m, line)
        return m.group(1)

    def read_qr_codes(self, name):
        """Every QR code zbarimg finds in a screenshot of the whole screen
        (kept in test-artifacts/join-qr/ for people to look at)."""
        from PIL import ImageGrab
        folder = os.path.join(os.environ.get("NT_ARTIFACTS", self.tmp), "join-qr")
        os.makedirs(folder, exist_ok=True)
        shot = os.path.join(folder, name + ".png")
        ImageGrab.grab(xdisplay=self.display.name).save(shot)
        # Exit status 4: nothing found.
        result = subprocess.run(["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", shot],
                                capture_output=True, text=True)
        self.assertIn(result.returncode, (0, 4), result.stderr)
        return result.stdout.splitlines()

    def scan_and_join(self, layout):
        url = self.start(layout)
        self.assertEqual(self.read_qr_codes(layout + "-closed"), [])  # the toolbar's QR sign is no code
        self.press_until(self.toolbar_button("phones"), lambda: self.dark_share((545, 255, 865, 575)) > 0.3,
                         "the join card's QR code")
        self.xdotool("mousemove", 1500, 100)  # no hover left on the toolbar
        codes = wait_for(lambda: self.read_qr_codes(layout), "a QR code zbarimg can read", timeout=20)
        self.assertEqual(codes, [url])

        # What the phone then does with it: open the page, join with the token.
        parts = urllib.parse.urlsplit(codes[0])
        token = urllib.parse.parse_qs(parts.query)["t"][0]
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        try:
            conn.request("GET", parts.path + "?" + parts.query)
            res = conn.getresponse()
            self.assertEqual(res.status, 200)
            self.assertIn("phone.js", res.read().decode())
            conn.request("POST", "/api/join", body=json.dumps({"name": "Lotte"}),
                         headers={"X-Session": token, "Content-Type": "application/json"})
            res = conn.getresponse()
            body = json.loads(res.read())
            self.assertEqual((res.status, body["name"]), (200, "Lotte"))
        finally:
            conn.close()
        self.stop_app(self.proc)

    def test_projector_layout(self):
        self.scan_and_join("projector")

    def test_table_layout(self):
        self.scan_and_join("table")


if __name__ == "__main__":
    unittest.main()
