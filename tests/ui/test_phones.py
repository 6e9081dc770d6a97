"""The phones' API end to end: the real app under Xvfb with its web server on
a private port, driven with http.client the way the participant page calls
it. Notes and votes must land in the autosaved board file."""

import http.client
import json
import os
import re
import shutil
import socket
import time
import unittest

from harness import AppTestCase, demo_path, load_json, wait_for

XSS = "<img src=x onerror=alert(1)>"

# Where the join card's and the inbox's controls are on the 1920×1080 screen
# (the card is centred and keeps its size as phones join; the inbox stands
# above the toolbar at the right, here with one note in it).
CARD = {
    "phones_sign": (1575, 1025),  # with the vote open ("Stemming sluiten" is wider)
    "remove_first": (1340, 277),
    "approve": (1184, 617),
    "hide": (1184, 687),
    "clear": (1184, 757),
    "clear_yes": (1062, 815),
}
INBOX = {"approve": (1582, 940), "reject": (1792, 940)}


def free_tcp_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Phone:
    """One participant's phone: the session token and its own device cookie."""

    def __init__(self, port, token):
        self.port = port
        self.token = token
        self.cookie = ""

    def call(self, method, path, body=None, raw=None, headers=None, token=True):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            h = dict(headers or {})
            if token:
                h["X-Session"] = self.token
            if self.cookie:
                h["Cookie"] = self.cookie
            data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
            if data is not None:
                h["Content-Type"] = "application/json"
            conn.request(method, path, body=data, headers=h)
            res = conn.getresponse()
            text = res.read().decode("utf-8", "replace")
            cookie = res.getheader("Set-Cookie")
            if cookie:
                self.set_cookie = cookie
                self.cookie = cookie.split(";")[0]
            payload = json.loads(text) if text and res.getheader("Content-Type", "").startswith("application/json") else text
            return res.status, payload, res
        finally:
            conn.close()

    def join(self, name=""):
        status, body, _ = self.call("POST", "/api/join", {"name": name})
        assert status == 200, (status, body)
        return body

    def state(self):
        status, body, _ = self.call("GET", "/api/state")
        assert status == 200, (status, body)
        return body


class PhonesApi(AppTestCase):
    def start_board(self, vote_state="not_started", votes_per_voter=2):
        """The demo with two combinations and the vote in the given state."""
        doc = load_json(demo_path())
        board = doc["board"]
        actors = [a["id"] for a in board["actors"]]
        first, second = board["nextId"], board["nextId"] + 1
        for cid, name in ((first, "Voorleesuur"), (second, "Buurtfeest")):
            board["combinations"].append({
                "id": cid, "version": 1, "name": name, "members": actors[:2],
                "cardPosition": {"x": 900.0, "y": 500.0 + 60 * (cid - first)}, "motives": [], "form": "unset",
                "origin": None, "targetGroups": [], "roles": [], "ideas": [], "scenario": "", "followUp": False, "toPlenary": False, "fromTable": None})
        board["nextId"] = second + 1
        board["vote"]["state"] = vote_state
        board["vote"]["votesPerVoter"] = votes_per_voter
        self.board_file = self.path("workshop.json")
        with open(self.board_file, "w", encoding="utf-8") as f:
            json.dump(doc, f)
        self.port = free_tcp_port()
        self.proc = self.start_app(self.board_file, "--http-port", str(self.port))
        line = wait_for(lambda: self.proc.stdout.readline(), "the join address on stdout")
        m = re.search(r"(http://[0-9.]+:(\d+)/\?t=([0-9a-f]+)) \(code ([A-Z0-9]{6})\)", line)
        self.assertIsNotNone(m, line)
        self.assertEqual(int(m.group(2)), self.port)
        self.join_url = m.group(1)
        self.token = m.group(3)
        self.code = m.group(4)
        self.assertGreaterEqual(len(self.token), 32)  # 128 bits or more
        return first, second

    def saved(self):
        return load_json(self.board_file)["board"]

    def test_join_note_and_refusals(self):
        self.start_board()
        anna = Phone(self.port, self.token)

        # The page itself is served, hardened, and from the executable alone.
        status, page, res = anna.call("GET", "/", token=False)
        self.assertEqual(status, 200)
        self.assertIn("phone.js", page)
        self.assertIn("script-src 'self'", res.getheader("Content-Security-Policy"))
        self.assertEqual(anna.call("GET", "/../workshop.json", token=False)[0], 404)
        self.assertEqual(anna.call("GET", "/assets/i18n/nl.json", token=False)[0], 404)

        # Without the token, or with a wrong one, every API call is refused.
        stranger = Phone(self.port, "0" * 32)
        for method, path, body in (("POST", "/api/join", {"name": "X"}), ("GET", "/api/state", None),
                                   ("POST", "/api/notes", {"kind": "idea", "text": "x"}),
                                   ("POST", "/api/votes", {"combination": 1})):
            self.assertEqual(stranger.call(method, path, body)[0], 403, path)
            self.assertEqual(stranger.call(method, path, body, token=False)[0], 403, path)

        # Joining sets an HttpOnly, SameSite=Strict device cookie.
        joined = anna.join("Anna")
        self.assertEqual(joined["name"], "Anna")
        self.assertIn("HttpOnly", anna.set_cookie)
        self.assertIn("SameSite=Strict", anna.set_cookie)
        self.assertEqual(anna.state()["you"]["name"], "Anna")
        # A phone that has not joined cannot write.
        self.assertEqual(Phone(self.port, self.token).call("POST", "/api/notes", {"kind": "idea", "text": "x"})[0], 401)

        # A note lands on the board, as plain text, and is saved.
        status, body, _ = anna.call("POST", "/api/notes", {"kind": "weakness", "text": XSS})
        self.assertEqual(status, 201, body)
        note_id = body["note"]
        note = wait_for(lambda: next((n for n in self.saved()["notes"] if n["id"] == note_id), None),
                        "the phone's note in the autosaved board")
        self.assertEqual(note["text"], XSS)
        self.assertEqual(note["kind"], "weakness")

        # Bad requests get clear JSON errors.
        status, body, _ = anna.call("POST", "/api/notes", raw=b'{"kind": "idea", "text": ')
        self.assertEqual((status, body["error"]), (400, "bad-json"))
        status, body, _ = anna.call("POST", "/api/notes", {"kind": "free", "text": "x"})
        self.assertEqual((status, body["error"]), (400, "bad-kind"))
        status, body, _ = anna.call("POST", "/api/notes", {"kind": "idea", "text": "x" * 201})
        self.assertEqual((status, body["error"]), (400, "text-too-long"))
        status, body, _ = anna.call("POST", "/api/notes", raw=b'{"kind":"idea","text":"' + b"a" * 8000 + b'"}')
        self.assertEqual(status, 413)

        # The snapshot is versioned: an unchanged board answers 304.
        status, state, res = anna.call("GET", "/api/state")
        etag = res.getheader("ETag")
        self.assertEqual(anna.call("GET", "/api/state", headers={"If-None-Match": etag})[0], 304)

        # Flooding: a burst is fine, then 429; other phones are not slowed down.
        bert = Phone(self.port, self.token)
        bert.join("")
        statuses = []
        while 429 not in statuses and len(statuses) < 1000:
            statuses.append(anna.call("GET", "/api/state")[0])
        self.assertIn(429, statuses)
        self.assertGreaterEqual(statuses.count(200), 5)  # the burst went through first
        self.assertEqual(bert.state()["you"]["name"], "")

        # The short code buys the token; a wrong one does not.
        self.assertEqual(bert.call("POST", "/api/code", {"code": "AAAAA1"}, token=False)[0], 403)
        status, body, _ = bert.call("POST", "/api/code", {"code": self.code.lower()}, token=False)
        self.assertEqual((status, body["token"]), (200, self.token))

        self.stop_app(self.proc)
        texts = [n["text"] for n in self.saved()["notes"]]
        self.assertEqual(texts.count(XSS), 1)

    def test_votes_follow_the_rules(self):
        first, second = self.start_board("open", votes_per_voter=2)
        anna = Phone(self.port, self.token)
        anna.join("Anna")
        state = anna.state()
        self.assertEqual([c["name"] for c in state["vote"]["combinations"]][-2:], ["Voorleesuur", "Buurtfeest"])
        self.assertEqual(state["you"]["votesLeft"], 2)

        self.assertEqual(anna.call("POST", "/api/votes", {"combination": first})[0], 200)
        status, body, _ = anna.call("POST", "/api/votes", {"combination": second})
        self.assertEqual((status, body["votesLeft"]), (200, 0))
        status, body, _ = anna.call("POST", "/api/votes", {"combination": second})
        self.assertEqual((status, body["error"]), (409, "no-votes-left"))
        self.assertEqual(anna.call("POST", "/api/votes", {"combination": 99999})[0], 404)
        self.assertEqual(anna.call("POST", "/api/votes", {"combination": "x"})[0], 400)

        # Another phone has its own budget.
        bert = Phone(self.port, self.token)
        bert.join("")
        self.assertEqual(bert.call("POST", "/api/votes", {"combination": first})[0], 200)

        # Taking back frees a vote; there is nothing to take back twice.
        status, body, _ = anna.call("POST", "/api/votes/retract", {"combination": second})
        self.assertEqual((status, body["votesLeft"]), (200, 1))
        self.assertEqual(anna.call("POST", "/api/votes/retract", {"combination": second})[0], 409)
        self.assertEqual(anna.state()["you"]["votes"], [first])

        def saved_votes():
            return sorted((v["voter"], v["combination"]) for v in self.saved()["votes"])
        expected = sorted([("device-1", first), ("device-2", first)])
        wait_for(lambda: saved_votes() == expected, lambda: f"votes {expected} saved, not {saved_votes()}")
        self.stop_app(self.proc)
        self.assertEqual(saved_votes(), expected)

    def test_closed_vote_refuses_votes(self):
        first, _ = self.start_board("closed")
        anna = Phone(self.port, self.token)
        anna.join("")
        state = anna.state()
        self.assertEqual(state["vote"]["state"], "closed")
        self.assertIn("votes", state["vote"]["combinations"][0])  # results once the vote is closed
        status, body, _ = anna.call("POST", "/api/votes", {"combination": first})
        self.assertEqual((status, body["error"]), (409, "vote-not-open"))
        self.stop_app(self.proc)
        self.assertEqual(self.saved()["votes"], [])

    def press(self, pos):
        """A button press ImGui 1.86 sees: down and up in different frames."""
        self.xdotool("mousemove", *pos)
        time.sleep(0.3)
        self.xdotool("mousedown", 1)
        time.sleep(0.5)
        self.xdotool("mouseup", 1)
        time.sleep(0.3)

    def press_until(self, pos, condition, what, tries=3, patience=15):
        """A press, pressed again if its effect has not shown after a while:
        on a machine loaded with parallel builds a click can now and then be
        lost between X and the app's slow frames. Toggles are safe: a press
        is only repeated when the first one visibly did nothing."""
        for attempt in range(tries):
            self.press(pos)
            try:
                return wait_for(condition, what, timeout=patience)
            except AssertionError:
                if attempt == tries - 1:
                    raise

    def test_join_card_shows_the_qr_code_and_closes_joining(self):
        from PIL import ImageGrab

        self.start_board()
        qr_area = (545, 255, 865, 575)  # the left of the card, which opens in the middle of the screen

        def dark_share():
            shot = ImageGrab.grab(xdisplay=self.display.name).crop(qr_area).convert("L")
            pixels = list(shot.getdata())
            return sum(1 for p in pixels if p < 30) / len(pixels)

        wait_for(lambda: dark_share() < 0.05, "the board drawn, without a card")
        # The QR sign in the toolbar; only then away: on a loaded machine a move
        # right after the release can reach the app in the same frame and take
        # the click off the button.
        self.press_until((1522, 1025), lambda: dark_share() > 0.3, "the QR code's dark modules on the card")
        self.xdotool("mousemove", 1500, 700)

        # "Close joining": a new phone is refused, a joined one carries on.
        anna = Phone(self.port, self.token)
        anna.join("Anna")
        bert = Phone(self.port, self.token)
        self.press_until((578, 895), lambda: bert.call("POST", "/api/join", {"name": "Bert"})[0] == 403,
                         "joining closed")  # "Aansluiten sluiten"
        self.assertEqual(bert.call("POST", "/api/join", {"name": "Bert"})[1]["error"], "join-closed")
        self.assertEqual(anna.call("POST", "/api/notes", {"kind": "idea", "text": "Samen koken"})[0], 201)
        self.assertFalse(anna.state()["joinOpen"])
        self.stop_app(self.proc)

    def test_facilitator_looks_after_phones_and_their_notes(self):
        """The join card's controls and the inbox, clicked for real; each
        checked in the autosaved board or through the phones themselves."""
        first, _ = self.start_board("open", votes_per_voter=2)
        anna, bert = Phone(self.port, self.token), Phone(self.port, self.token)
        anna.join("Anna")
        bert.join("Bert")
        self.assertEqual(anna.call("POST", "/api/votes", {"combination": first})[0], 200)
        self.assertEqual(bert.call("POST", "/api/votes", {"combination": first})[0], 200)
        status, body, _ = anna.call("POST", "/api/notes", {"kind": "strength", "text": "Anna's zaal"})
        self.assertEqual((status, body["pending"]), (201, False))

        def phone_notes():
            return {n["text"]: n for n in self.saved()["notes"] if n["fromPhone"] > 0}

        self.press_until(CARD["phones_sign"], lambda: self.dark_share((545, 255, 865, 575)) > 0.3, "the join card's QR code")
        self.xdotool("mousemove", 1500, 100)  # not before the card is there: see the test above
        self.shoot("card-open")

        # Approval on: Bert's note waits in the inbox, then is let in.
        self.press_until(CARD["approve"], lambda: self.saved()["phones"]["approveNotes"], "approval switched on")
        status, body, _ = bert.call("POST", "/api/notes", {"kind": "weakness", "text": "Te weinig <b>budget</b>"})
        self.assertEqual((status, body["pending"]), (201, True))
        wait_for(lambda: phone_notes().get("Te weinig <b>budget</b>", {}).get("pending"), "Bert's note waiting")
        self.shoot("inbox-one")
        self.press_until(INBOX["approve"], lambda: phone_notes()["Te weinig <b>budget</b>"]["pending"] is False,
                         "Bert's note let in")
        self.assertEqual(phone_notes()["Te weinig <b>budget</b>"]["fromPhone"], 2)

        # Rejected: the waiting note is gone.
        self.assertEqual(bert.call("POST", "/api/notes", {"kind": "idea", "text": "Iets flauws"})[0], 201)
        wait_for(lambda: "Iets flauws" in phone_notes(), "the second note waiting")
        self.press_until(INBOX["reject"], lambda: "Iets flauws" not in phone_notes(), "the rejected note deleted")

        # Hidden: the switch is saved; the notes themselves stay in the file.
        self.press_until(CARD["hide"], lambda: self.saved()["phones"]["hideNotes"], "phone notes hidden")
        self.assertEqual(len(phone_notes()), 2)
        self.shoot("card-hidden")

        # Removing Anna: her cookie stops at once, she cannot come back with
        # it, her vote and her note still waiting are taken back, and her
        # note already on the board stays.
        self.assertEqual(anna.call("POST", "/api/notes", {"kind": "idea", "text": "Anna's grap"})[0], 201)
        wait_for(lambda: phone_notes().get("Anna's grap", {}).get("pending"), "Anna's note waiting")
        self.press_until(CARD["remove_first"], lambda: anna.call("GET", "/api/state")[0] == 401, "Anna's cookie refused")
        status, body, _ = anna.call("POST", "/api/join", {"name": "Anna"})
        self.assertEqual((status, body["error"]), (403, "removed"))
        wait_for(lambda: [v["voter"] for v in self.saved()["votes"]] == ["device-2"], "Anna's vote taken back")
        wait_for(lambda: "Anna's grap" not in phone_notes(), "Anna's waiting note turned away")
        self.assertIn("Anna's zaal", phone_notes())
        self.assertEqual(bert.state()["you"]["name"], "Bert")
        self.shoot("card-removed")

        # Clearing asks first; then every phone note goes, the table's stay.
        table_notes = [n["id"] for n in self.saved()["notes"] if n["fromPhone"] == 0]
        self.press(CARD["clear"])
        self.shoot("card-clear-ask")
        self.assertEqual(len(phone_notes()), 2)  # asked first: nothing cleared yet
        self.press_until(CARD["clear_yes"], lambda: not phone_notes(), "every phone note cleared")
        self.assertEqual([n["id"] for n in self.saved()["notes"]], table_notes)
        self.stop_app(self.proc)

    def dark_share(self, area):
        from PIL import ImageGrab
        pixels = list(ImageGrab.grab(xdisplay=self.display.name).crop(area).convert("L").getdata())
        return sum(1 for p in pixels if p < 30) / len(pixels)

    def shoot(self, name):
        """A screenshot for people to look at (test-artifacts/phones/)."""
        from PIL import ImageGrab
        time.sleep(0.6)
        folder = os.path.join(os.environ.get("NT_ARTIFACTS", self.tmp), "phones")
        os.makedirs(folder, exist_ok=True)
        ImageGrab.grab(xdisplay=self.display.name).save(os.path.join(folder, name + ".png"))

    def test_busy_port_warns_and_runs_on(self):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
            taken.bind(("0.0.0.0", 0))
            taken.listen()
            port = taken.getsockname()[1]
            board = self.path("demo.json")
            shutil.copyfile(demo_path(), board)
            proc = self.start_app(board, "--http-port", str(port))
            out, err = self.stop_app(proc)
        self.assertIn(f"port {port} is in use", err)
        self.assertNotIn("http://", out)


if __name__ == "__main__":
    unittest.main()
