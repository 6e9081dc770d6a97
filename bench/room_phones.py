#!/usr/bin/env python3
"""A room of tables and 300 real phones together: bench/room_scale (a real
broker, a plenary and TABLES tables on their own thread, every table changing
its board and one of its seats voting once a second) with the plenary's own
web server on a free port, and PHONES phones (tests/ui/phone_crowd.py: the
participant page's pattern over HTTP) polling, adding notes and voting on the
plenary for the whole run. At the end the plenary's board is checked against
every acknowledged phone vote and note, and room_scale checks every table's
seats; one JSON object a line.

    BUILD=build-dev /usr/bin/python3 bench/room_phones.py [TABLES] [PHONES] [SECONDS]   # 30 300 600
"""

import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
sys.path.insert(0, os.path.join(ROOT, "tests", "ui"))
from harness import free_port  # noqa: E402
from phone_crowd import percentile, run_crowd, tally_problems  # noqa: E402

BUILD = os.environ.get("BUILD", os.path.join(ROOT, "build"))
TABLES = int(sys.argv[1]) if len(sys.argv) > 1 else 30
PHONES = int(sys.argv[2]) if len(sys.argv) > 2 else 300
SECONDS = float(sys.argv[3]) if len(sys.argv) > 3 else 600.0


def emit(metric, value, unit="", **extra):
    print(json.dumps({"bench": "room_phones", "metric": metric, "value": value, "unit": unit, **extra}), flush=True)


def main():
    work = tempfile.mkdtemp(prefix="nt-room-phones-")
    board_out = os.path.join(work, "plenary.json")
    port = free_port()
    scale = subprocess.Popen([os.path.join(BUILD, "room_scale"), "--tables", str(TABLES), "--seconds", str(SECONDS),
                              "--http-port", str(port), "--board-out", board_out],
                             stdout=subprocess.PIPE, text=True)
    line = scale.stdout.readline()
    m = re.search(r"\?t=([0-9a-f]+)", line)
    if not m:
        scale.kill()
        sys.exit(f"room_phones.py: no join address from room_scale: {line!r}")
    # The phones for the whole run but the last seconds, so their last writes are in before the board is written.
    ledger = run_crowd(port, m.group(1), PHONES, max(5.0, SECONDS - 10))
    for out in scale.stdout:
        print(out, end="", flush=True)
    code = scale.wait()
    with open(board_out, encoding="utf-8") as f:
        board = json.load(f)["board"]
    problems = tally_problems(ledger, board)
    by_kind = {}
    for kind, status, seconds in ledger.samples:
        by_kind.setdefault(kind, []).append(seconds)
    emit("phones", {"phones": PHONES, "requests": len(ledger.samples), "lost": sum(ledger.lost.values()),
                    "acknowledged_notes": len(ledger.notes),
                    "acknowledged_votes_standing": sum(ledger.votes.values()),
                    "p50_ms": {k: round(percentile(v, 0.5) * 1e3, 1) for k, v in by_kind.items()},
                    "p99_ms": {k: round(percentile(v, 0.99) * 1e3, 1) for k, v in by_kind.items()}})
    emit("phones_tally_exact", not problems, problems=problems[:10])
    sys.exit(0 if code == 0 and not problems else 1)


if __name__ == "__main__":
    main()
