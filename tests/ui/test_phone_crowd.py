"""Many phones at once against the real app, counts and order of events only,
never timings (bench/phone_load.py measures those with 300 phones):

- a small room (phone_crowd.py, the benchmark's phones, here 20 for 5 s):
  every note and vote the server acknowledged is in the board saved on
  quitting exactly once, nothing that was not acknowledged is, and no
  request goes unanswered;
- the server answers one request per connection and closes it, so no worker
  waits out a keep-alive timeout for a poll that comes 2 s later;
- connections whose requests come slowly (a slow phone, or someone holding
  them on purpose) do not keep other phones from being answered;
- a burst of new connections can wait to be accepted (the listening queue
  is not cpp-httplib's 5, where the kernel dropped the rest and phones
  tried again a second later)."""

import re
import socket
import subprocess
import unittest

from harness import PATIENCE, AppTestCase, demo_path, load_json, wait_for
from phone_crowd import run_crowd, tally_problems, write_open_vote_board

PHONES = 20
SECONDS = 5.0
SLOW_CONNECTIONS = 48  # more than the 32 workers the server once had


class PhoneCrowd(AppTestCase):
    def start_board(self):
        self.board = self.path("workshop.json")
        write_open_vote_board(demo_path(), self.board, PHONES)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.proc = self.start_app(self.board, "--http-port", str(self.port))
        line = wait_for(lambda: self.proc.stdout.readline(), "the join address on stdout")
        self.token = re.search(r"\?t=([0-9a-f]+)", line).group(1)

    def joined_cookie(self):
        with socket.create_connection(("127.0.0.1", self.port), timeout=PATIENCE) as s:
            body = b'{"name": ""}'
            s.sendall(b"POST /api/join HTTP/1.1\r\nHost: x\r\nX-Session: " + self.token.encode() +
                      b"\r\nContent-Type: application/json\r\nContent-Length: " + str(len(body)).encode() +
                      b"\r\n\r\n" + body)
            answer = read_all(s)
        return re.search(rb"Set-Cookie: (nt_device=[0-9a-f]+)", answer).group(1)

    def state_request(self, cookie):
        return (b"GET /api/state HTTP/1.1\r\nHost: x\r\nX-Session: " + self.token.encode() + b"\r\nCookie: " +
                cookie + b"\r\n\r\n")

    def test_every_acknowledged_note_and_vote_is_saved_once(self):
        self.start_board()
        # Each phone: 3 notes and 6 vote taps (3 votes to spend, so some
        # taps take a vote back and some are refused at the cap).
        ledger = run_crowd(self.port, self.token, PHONES, SECONDS, notes=3, votes=6, arrive_within=1.0)
        self.stop_app(self.proc)  # a clean quit saves the board

        self.assertEqual(dict(ledger.lost), {}, "requests without an answer")
        statuses = {(kind, status) for kind, status, _ in ledger.samples}
        self.assertIn(("join", 200), statuses)
        self.assertEqual(len(ledger.notes), PHONES * 3, statuses)  # 3 each, well within the rate
        self.assertGreater(sum(ledger.votes.values()), 0, statuses)
        # 401: asking the state before joining, as the page does; 409: no
        # vote left or the cap reached; 429: a phone that fell behind (it
        # taps again). Nothing else.
        self.assertFalse({s for _, s in statuses} - {200, 201, 304, 401, 409, 429}, statuses)
        self.assertEqual(tally_problems(ledger, load_json(self.board)["board"]), [])

    def test_each_answer_closes_its_connection(self):
        self.start_board()
        cookie = self.joined_cookie()
        with socket.create_connection(("127.0.0.1", self.port), timeout=PATIENCE) as s:
            s.sendall(self.state_request(cookie))
            first = read_answer(s)
            self.assertIn(b"HTTP/1.1 200", first)
            self.assertIn(b"Connection: close", first)
            # A kept-alive connection would answer a second poll on it.
            try:
                s.sendall(self.state_request(cookie))
            except (BrokenPipeError, ConnectionResetError):
                pass
            self.assertEqual(read_all(s), b"")
        self.stop_app(self.proc)

    def test_slow_connections_do_not_keep_other_phones_waiting(self):
        self.start_board()
        cookie = self.joined_cookie()
        slow = []
        try:
            for _ in range(SLOW_CONNECTIONS):
                s = socket.create_connection(("127.0.0.1", self.port), timeout=PATIENCE)
                s.sendall(self.state_request(cookie)[:40])  # the request line and no more, for now
                slow.append(s)
            with socket.create_connection(("127.0.0.1", self.port), timeout=PATIENCE) as s:
                s.sendall(self.state_request(cookie))
                answer = read_all(s)
            self.assertIn(b"HTTP/1.1 200", answer)
            # Answered while every slow connection was still waiting for the
            # rest of its request, not after the server gave up on some of
            # them (its read timeout) to free their workers.
            self.assertEqual([i for i, s in enumerate(slow) if closed(s)], [])
        finally:
            for s in slow:
                s.close()
        self.stop_app(self.proc)

    def test_a_burst_of_new_connections_can_wait_to_be_accepted(self):
        self.start_board()
        # ss (iproute2) shows a listening socket's backlog as its Send-Q.
        out = subprocess.run(["ss", "-Hltn", f"sport = :{self.port}"], capture_output=True, text=True, check=True)
        fields = out.stdout.split()
        self.assertEqual(fields[0], "LISTEN", out.stdout)
        with open("/proc/sys/net/core/somaxconn") as f:  # the kernel's ceiling for any backlog
            ceiling = int(f.read())
        self.assertGreaterEqual(int(fields[2]), min(300, ceiling), out.stdout)  # a room's phones at once
        self.stop_app(self.proc)


def read_all(sock):
    """Everything until the server closes (a reset after the answer included)."""
    data = b""
    try:
        while chunk := sock.recv(65536):
            data += chunk
    except ConnectionResetError:
        pass
    return data


def read_answer(sock):
    """One answer: its head and its Content-Length of body."""
    data = b""
    while b"\r\n\r\n" not in data:
        data += sock.recv(65536)
    head, body = data.split(b"\r\n\r\n", 1)
    length = int(re.search(rb"Content-Length: (\d+)", head).group(1))
    while len(body) < length:
        body += sock.recv(65536)
    return head + b"\r\n\r\n" + body


def closed(sock):
    """True when the server has given up on this connection: closed it, or
    answered the half a request it has (a 400 on its read timeout)."""
    sock.setblocking(False)
    try:
        sock.recv(1)
        return True
    except BlockingIOError:
        return False
    except ConnectionResetError:
        return True


if __name__ == "__main__":
    unittest.main()
