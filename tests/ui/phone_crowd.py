"""A room of simulated phones for the phone-load benchmark (bench/phone_load.py)
and the tally test (test_phone_tally.py).

Each phone does what the participant page (assets/web/phone.js) does, over one
keep-alive HTTP/1.1 connection of its own, the way a browser keeps one:
loads the page and its two files, asks /api/state (401: not joined yet),
joins, then polls /api/state with If-None-Match, the next poll 2 s after the
last answer, and polls at once after every vote. In between it adds notes and
casts and takes back votes the way a person taps: now and then, within its
budget as the last state it read shows it. Every phone comes from an address
of its own (127.x.y.z: all of 127/8 is loopback on Linux), as phones in a room
do, so the per-address join limit sees a room and not one flooding host.

The server may close an idle connection (its keep-alive timeout): like a
browser, a phone then opens a new one. A request that fails on a reused
connection before any byte of an answer came back was never read by the
server, so it is sent again on a new connection, once; any other failure is
counted as `lost` and its outcome is unknown.

Every answer is kept: status, latency (from the moment the phone wanted to
send, so a new connection's set-up counts), and for writes what was
acknowledged, so the saved board can be checked exactly afterwards."""

import asyncio
import collections
import json
import random
import time

POLL_S = 2.0  # phone.js: setTimeout(poll, 2000)
NOTE_KINDS = ("strength", "weakness", "idea")


class Ledger:
    """What the server acknowledged, and every request's figures."""

    def __init__(self):
        self.samples = []                 # (kind, status, seconds)
        self.notes = {}                   # note id -> text, for every 201
        self.votes = collections.Counter()  # (voter, combination) -> acknowledged casts - takebacks
        self.lost = collections.Counter()   # kind -> requests with no answer
        self.reconnects = 0
        self.versions = set()             # ETags seen

    def record(self, kind, status, seconds):
        self.samples.append((kind, status, seconds))


class Phone:
    def __init__(self, number, port, token, ledger, source):
        self.number = number
        self.port = port
        self.token = token
        self.ledger = ledger
        self.source = source
        self.cookie = ""
        self.etag = ""
        self.state = None
        self.device = 0
        self.reader = self.writer = None
        self.requests_on_connection = 0

    # [SECTION] HTTP/1.1 over one kept-alive connection
    async def close(self):
        if self.writer:
            self.writer.close()
            try:
                await self.writer.wait_closed()
            except OSError:
                pass
        self.reader = self.writer = None

    async def connect(self):
        self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port, local_addr=(self.source, 0))
        self.requests_on_connection = 0

    async def exchange(self, data, head_only):
        self.writer.write(data)
        await self.writer.drain()
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ")[1])
        headers = {}
        for line in lines[1:]:
            if ":" in line:
                name, value = line.split(":", 1)
                headers[name.strip().lower()] = value.strip()
        body = b""
        if not head_only and status != 304 and status >= 200:
            length = headers.get("content-length")
            if length is not None:
                body = await self.reader.readexactly(int(length))
            else:
                body = await self.reader.read()
                headers["connection"] = "close"
        return status, headers, body

    async def call(self, kind, method, path, body=None):
        """One request as the page makes it; (status, JSON or None)."""
        lines = [f"{method} {path} HTTP/1.1", f"Host: 127.0.0.1:{self.port}", "Connection: keep-alive"]
        if path.startswith("/api/"):
            lines.append(f"X-Session: {self.token}")
        if self.cookie:
            lines.append(f"Cookie: {self.cookie}")
        if path == "/api/state" and self.etag:
            lines.append(f"If-None-Match: {self.etag}")
        payload = b""
        if body is not None:
            payload = json.dumps(body).encode()
            lines += ["Content-Type: application/json", f"Content-Length: {len(payload)}"]
        data = ("\r\n".join(lines) + "\r\n\r\n").encode() + payload
        start = time.monotonic()
        for attempt in range(2):
            if self.reader is not None and self.reader.at_eof():
                await self.close()  # closed while idle: a browser notices and opens a new one
            reused = self.writer is not None
            try:
                if not reused:
                    await self.connect()
                status, headers, raw = await self.exchange(data, head_only=method == "HEAD")
                break
            except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError, IndexError) as e:
                await self.close()
                # Nothing came back on a reused connection: the server had
                # closed it and never read this request. Anything else: unknown.
                nothing_read = isinstance(e, (ConnectionResetError, BrokenPipeError)) or (
                    isinstance(e, asyncio.IncompleteReadError) and not e.partial)
                if reused and nothing_read and attempt == 0:
                    self.ledger.reconnects += 1
                    continue
                self.ledger.lost[kind] += 1
                self.ledger.record(kind, 0, time.monotonic() - start)
                return 0, None
        self.requests_on_connection += 1
        self.ledger.record(kind, status, time.monotonic() - start)
        if headers.get("connection", "").lower() == "close":
            await self.close()
        cookie = headers.get("set-cookie")
        if cookie:
            self.cookie = cookie.split(";")[0]
        if "etag" in headers:
            self.ledger.versions.add(headers["etag"])
        parsed = None
        if raw and headers.get("content-type", "").startswith("application/json"):
            parsed = json.loads(raw)
        return status, (parsed, headers)

    # [SECTION] What the page does
    async def open_page(self):
        for path in ("/", "/phone.js", "/phone.css"):
            await self.call("page", "GET", path)
        await self.call("state", "GET", "/api/state")  # start(): not joined yet

    async def join(self):
        status, answer = await self.call("join", "POST", "/api/join", {"name": f"Telefoon {self.number}"})
        if status == 200:
            self.device = answer[0]["device"]
        return status == 200

    async def poll(self):
        status, answer = await self.call("state", "GET", "/api/state")
        if status == 200:
            self.state = answer[0]
            self.etag = answer[1].get("etag", "")

    async def write(self, kind, path, body):
        """A tap: told "too fast" (429), the person waits the Retry-After and
        taps again, so a phone that fell behind does not lose its taps."""
        while True:
            status, answer = await self.call(kind, "POST", path, body)
            if status != 429:
                return status, answer
            await asyncio.sleep(1.0)

    async def add_note(self, serial):
        text = f"Telefoon {self.number} notitie {serial}"
        status, answer = await self.write("note", "/api/notes", {"kind": random.choice(NOTE_KINDS), "text": text})
        if status == 201:
            note = answer[0]["note"]
            assert note not in self.ledger.notes, f"note id {note} acknowledged twice"
            self.ledger.notes[note] = text

    async def vote(self):
        """Casts a vote while the last state shows one left, else takes one back."""
        if not self.state or self.state["vote"]["state"] != "open":
            return
        you = self.state["you"]
        combinations = [c["id"] for c in self.state["vote"]["combinations"]]
        if you["votes"] and (you["votesLeft"] == 0 or random.random() < 0.3):
            combination = random.choice(you["votes"])
            status, _ = await self.write("retract", "/api/votes/retract", {"combination": combination})
            if status == 200:
                self.ledger.votes[(f"device-{self.device}", combination)] -= 1
        elif combinations:
            combination = random.choice(combinations)
            status, _ = await self.write("vote", "/api/votes", {"combination": combination})
            if status == 200:
                self.ledger.votes[(f"device-{self.device}", combination)] += 1
        await self.poll()  # castVote(): poll() right after the answer

    async def live(self, until, arrive_within, notes, votes):
        """From arriving (scanning the code) until `until`: polls, and
        `notes` notes and `votes` vote taps spread over the time left."""
        await asyncio.sleep(random.uniform(0, arrive_within))
        try:
            await self.open_page()
            if not await self.join():
                return
            await self.poll()
            left = until - time.monotonic()
            plan = sorted([(random.uniform(0.5, max(0.6, left - 1)), "note") for _ in range(notes)] +
                          [(random.uniform(0.5, max(0.6, left - 1)), "vote") for _ in range(votes)])
            start = time.monotonic()
            next_poll = start + POLL_S
            serial = 0
            # Every planned tap is made, late if the server was slow, so the
            # counts do not depend on the machine's speed.
            while plan or time.monotonic() < until:
                due = plan[0][0] + start if plan else until
                wake = min(next_poll, due, until) if time.monotonic() < until else due
                await asyncio.sleep(max(0.0, wake - time.monotonic()))
                now = time.monotonic()
                if now >= until and not plan:
                    break
                if plan and now >= plan[0][0] + start:
                    _, what = plan.pop(0)
                    if what == "note":
                        serial += 1
                        await self.add_note(serial)
                    else:
                        await self.vote()
                        next_poll = time.monotonic() + POLL_S
                elif now >= next_poll and now < until:
                    await self.poll()
                    next_poll = time.monotonic() + POLL_S
        finally:
            await self.close()


def source_address(number):
    return f"127.77.{number // 250}.{number % 250 + 1}"


async def crowd(port, token, phones, seconds, notes=2, votes=4, arrive_within=5.0, ledger=None):
    """`phones` phones for `seconds`; returns the Ledger."""
    ledger = ledger or Ledger()
    until = time.monotonic() + seconds
    room = [Phone(i + 1, port, token, ledger, source_address(i)) for i in range(phones)]
    await asyncio.gather(*(p.live(until, min(arrive_within, seconds / 2), notes, votes) for p in room))
    return ledger


def run_crowd(port, token, phones, seconds, **kwargs):
    return asyncio.run(crowd(port, token, phones, seconds, **kwargs))


# [SECTION] The board and the check of the saved board
def write_open_vote_board(demo, path, phones):
    """The demo with six combinations and the vote open, 3 votes a phone. For
    a small room at most phones/2 on one combination, so the cap is reached
    and refused too; the file format caps a cap at 20, so a big room has none."""
    with open(demo, encoding="utf-8") as f:
        doc = json.load(f)
    board = doc["board"]
    actors = [a["id"] for a in board["actors"]]
    names = ["Voorleesuur", "Buurtfeest", "Zomerbar", "Kunstroute", "Repair café", "Verhalenwandeling"]
    for i, name in enumerate(names):
        board["combinations"].append({
            "id": board["nextId"], "version": 1, "name": name, "members": [actors[i], actors[i + 1]],
            "cardPosition": {"x": 700.0 + 200 * (i % 3), "y": 420.0 + 80 * (i // 3)}, "motives": [],
            "form": "unset", "origin": None, "targetGroups": [], "roles": [], "ideas": [], "scenario": "",
            "followUp": False, "toPlenary": False, "fromTable": None})
        board["nextId"] += 1
    board["vote"].update(state="open", votesPerVoter=3, capPerCombination=max(2, phones // 2) if phones <= 40 else 0)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f)


def tally_problems(ledger, board, marker="Telefoon "):
    """Differences between the acknowledged writes and the saved board; empty when exact."""
    problems = []
    saved = collections.Counter((v["voter"], v["combination"]) for v in board["votes"]
                                if v["voter"].startswith("device-"))
    expected = collections.Counter({k: n for k, n in ledger.votes.items() if n})
    if any(n < 0 for n in expected.values()):
        problems.append(f"more votes taken back than cast: {[k for k, n in expected.items() if n < 0]}")
    for key in sorted(set(saved) | set(expected)):
        if saved[key] != expected[key]:
            problems.append(f"votes of {key[0]} on {key[1]}: acknowledged {expected[key]}, saved {saved[key]}")
    by_id = collections.Counter(n["id"] for n in board["notes"])
    texts = collections.Counter(n["text"] for n in board["notes"] if n["text"].startswith(marker))
    for note, text in sorted(ledger.notes.items()):
        if by_id[note] != 1:
            problems.append(f"note {note} is on the board {by_id[note]} times")
        if texts[text] != 1:
            problems.append(f"note text {text!r} is on the board {texts[text]} times")
    for text in set(texts) - set(ledger.notes.values()):
        problems.append(f"note {text!r} is on the board but was never acknowledged")
    return problems


def percentile(values, q):
    if not values:
        return None
    v = sorted(values)
    return v[min(len(v) - 1, int(q * len(v)))]
