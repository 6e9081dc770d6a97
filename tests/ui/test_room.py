"""A room of tables end to end: a real broker (tools/room-broker.sh, Mosquitto
on a free port) and real app instances under one Xvfb: the plenary's
facilitator moves the parts with the keyboard, a table that joins late is in
step at once and follows the next move, its board file on disk says so, and
the plenary's room card lists the table. A seat at a table gives its dots in
the room's vote and the plenary counts them. The plenary shows every table's
board in a gallery, and one full size. A table or plenary that restarts is
back in its room by itself. A table with a wrong code is refused and works
on alone."""

import json
import os
import re
import select
import shutil
import socket
import subprocess
import time
import unittest

from PIL import ImageGrab

from harness import AppTestCase, demo_path, free_port, load_json, wait_for

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BROKER = os.path.join(ROOT, "tools", "room-broker.sh")


def artifact(name):
    folder = os.environ.get("NT_ARTIFACTS")
    if not folder:
        return None
    os.makedirs(os.path.join(folder, "room"), exist_ok=True)
    return os.path.join(folder, "room", name)


class RoomOfTables(AppTestCase):
    def setUp(self):
        super().setUp()
        # A free port can be taken by someone else's outgoing connection
        # before the broker binds it: then the broker stops, and another port is tried.
        for attempt in range(3):
            self.port = free_port()
            self.broker = subprocess.Popen([BROKER, str(self.port), "koffie42", self.path("broker")],
                                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)

            def listening():
                with socket.socket() as s:
                    return s.connect_ex(("127.0.0.1", self.port)) == 0 or self.broker.poll() is not None
            wait_for(listening, "the room's broker")
            if self.broker.poll() is None:
                break
            self.broker.wait()
        broker = self.broker
        self.addCleanup(lambda: (broker.terminate(), broker.wait()))
        if self.broker.poll() is not None:
            self.fail(f"the room's broker did not start: {self.broker.stdout.read()}")

    def board_copy(self, name):
        path = self.path(name)
        shutil.copyfile(demo_path(), path)  # the demo's workshop has not begun
        return path

    def start_in_room(self, board, ui_map, *role, code="koffie42"):
        self.env["NT_UI_MAP"] = self.path(ui_map)
        self.ui_map_path = self.path(ui_map)
        return self.start_app(board, "--room", f"127.0.0.1:{self.port}", "--room-code", code, *role)

    def window_of(self, proc):
        out = subprocess.run(["xdotool", "search", "--pid", str(proc.pid)], env=self.env,
                             capture_output=True, text=True)
        ids = out.stdout.split()
        return ids[-1] if ids else None

    def keys_to(self, proc, *keys):
        window = wait_for(lambda: self.window_of(proc), "the plenary's window")
        self.xdotool("windowfocus", "--sync", window)
        for k in keys:
            self.xdotool("key", k)
            time.sleep(0.3)

    def part(self, board_file):
        board = load_json(board_file)["board"]
        timer = board["programme"]["timer"]
        phase = next((p for p in board["programme"]["phases"] if p["id"] == timer["phase"]), None)
        return phase["kind"] if phase else None

    def test_the_tables_follow_the_plenary_and_the_plenary_lists_them(self):
        plenary_board = self.board_copy("plenary.json")
        table_board = self.board_copy("table.json")
        plenary = self.start_in_room(plenary_board, "plenary-map.json", "--plenary")
        self.keys_to(plenary, "space", "Right")  # the workshop begins; on to the strengths
        wait_for(lambda: self.part(plenary_board) == "strengths", "the plenary in the strengths part")

        table = self.start_in_room(table_board, "table-map.json", "--table", "Tafel-1")
        wait_for(lambda: self.part(table_board) == "strengths", "the late table in step with the plenary")
        self.keys_to(plenary, "Right")
        wait_for(lambda: self.part(table_board) == "weaknesses", "the table following the next part")

        # The plenary's room card lists the table.
        self.env["NT_UI_MAP"] = self.ui_map_path = self.path("plenary-map.json")
        self.keys_to(plenary)  # on top again
        self.xdotool("windowraise", self.window_of(plenary))
        self.click(self.toolbar_button("room"))
        time.sleep(1.0)
        shot = artifact("plenary-room-card.png")
        if shot:
            ImageGrab.grab(xdisplay=self.display.name).save(shot)
        self.stop_app(table)
        self.stop_app(plenary)
        # The table's own programme is its own: only its timer moved.
        phases = [p["kind"] for p in load_json(table_board)["board"]["programme"]["phases"]]
        self.assertEqual(phases, [p["kind"] for p in load_json(demo_path())["board"]["programme"]["phases"]])

    def wait_output(self, stream, pattern, what):
        """Reads what the app writes to `stream` until `pattern` matches."""
        seen = ""
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            ready, _, _ = select.select([stream.fileno()], [], [], 1.0)
            if ready:
                seen += os.read(stream.fileno(), 4096).decode("utf-8", "replace")
                match = re.search(pattern, seen)
                if match:
                    return match
        raise AssertionError(f"gave up waiting for {what}: {seen!r}")

    def read_invite(self, proc):
        """The address and code the plenary printed when its room started."""
        match = self.wait_output(proc.stdout, r"adres (\S+) en code (\d+)", "how tables join")
        return match.group(1), match.group(2)

    def host_on_card(self, board):
        """A plenary that starts the room on its card: the app, the address and code it shows, the port."""
        plenary = self.start_in_room_card(board, "plenary-map.json")
        self.click(self.toolbar_button("more"))
        self.click(self.toolbar_button("moreRoom"))
        self.click(self.toolbar_button("roomHost"))
        address, code = self.read_invite(plenary)
        return plenary, address, code, address.rsplit(":", 1)[1] if ":" in address else "1883"

    def type_join_form(self, board, port, code, name):
        """A table that opens the room card and types where the room is; "join" not yet tapped."""
        table = self.start_in_room_card(board, "table-map.json")
        self.click(self.toolbar_button("more"))
        self.click(self.toolbar_button("moreRoom"))
        for key, text in (("room:address", f"127.0.0.1:{port}"), ("room:code", code), ("room:table", name)):
            self.click(self.field(key))
            self.xdotool("type", "--delay", "40", text)
        return table

    def test_a_room_started_on_the_card_and_joined_by_typing_its_address_and_code(self):
        plenary_board = self.board_copy("plenary.json")
        table_board = self.board_copy("table.json")
        plenary, address, code, port = self.host_on_card(plenary_board)
        table = self.type_join_form(table_board, port, code, "Tafel 2")
        shot = artifact("table-join-form.png")
        if shot:
            ImageGrab.grab(xdisplay=self.display.name).save(shot)
        self.click(self.toolbar_button("roomJoin"))
        wait_for(lambda: any(b["key"] == "room" for b in self.ui_map()["buttons"]), "the table's room button")

        self.keys_to(plenary, "space", "Right")
        wait_for(lambda: self.part(table_board) == "strengths", "the table following the plenary's room")
        self.stop_app(table)
        self.stop_app(plenary)

        def broker_gone():
            with socket.socket() as s:
                return s.connect_ex(("127.0.0.1", int(port))) != 0
        wait_for(broker_gone, "the room's broker stopping with the plenary")

    def test_a_restarted_table_and_a_restarted_plenary_find_their_room_again(self):
        plenary_board = self.board_copy("plenary.json")
        table_board = self.board_copy("table.json")
        plenary, address, code, port = self.host_on_card(plenary_board)
        table = self.type_join_form(table_board, port, code, "Tafel 3")
        self.click(self.toolbar_button("roomJoin"))
        wait_for(lambda: any(b["key"] == "room" for b in self.ui_map()["buttons"]), "the table in the room")

        # The table's laptop restarts: its board goes back into the room by itself.
        self.stop_app(table)
        table = self.start_in_room_card(table_board, "table-map.json")
        self.keys_to(plenary, "space", "Right")
        wait_for(lambda: self.part(table_board) == "strengths", "the restarted table following the plenary")

        # The plenary's laptop restarts: the room starts again with the same
        # code on the same port, and the table that ran on finds it.
        self.stop_app(plenary)
        plenary = self.start_in_room_card(plenary_board, "plenary-map.json")
        again_address, again_code = self.read_invite(plenary)
        self.assertEqual((again_address, again_code), (address, code))
        self.keys_to(plenary, "Right")
        wait_for(lambda: self.part(table_board) == "weaknesses", "the table following the restarted plenary")
        self.stop_app(table)
        self.stop_app(plenary)

    def start_in_room_card(self, board, ui_map):
        self.env["NT_UI_MAP"] = self.ui_map_path = self.path(ui_map)
        return self.start_app(board)

    def test_a_seat_at_a_table_votes_in_the_rooms_vote(self):
        table_board = self.board_copy("table.json")
        doc = load_json(table_board)
        doc["board"]["combinations"][0]["toPlenary"] = True  # the demo's combination goes to the plenary
        with open(table_board, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False)
        gathered = doc["board"]["combinations"][0]
        plenary_board = self.board_copy("plenary.json")
        doc = load_json(plenary_board)
        doc["board"]["vote"]["state"] = "open"  # the room's vote is open
        with open(plenary_board, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False)

        def seat_votes():
            board = load_json(plenary_board)["board"]
            mine = [c["id"] for c in board["combinations"]
                    if c["fromTable"] and c["fromTable"]["table"] == "Tafel-1" and c["fromTable"]["id"] == gathered["id"]]
            return mine and [v for v in board["votes"] if v["voter"] == "Tafel-1/seat-2" and v["combination"] == mine[0]]

        plenary = self.start_in_room(plenary_board, "plenary-map.json", "--plenary")
        table = self.start_in_room(table_board, "table-map.json", "--table", "Tafel-1")
        cast = f"roomVote:Tafel-1:{gathered['id']}:cast"
        # The table's room card opens by itself with the room's vote.
        wait_for(lambda: any(b["key"] == cast for b in self.ui_map()["buttons"]), "the room's vote at the table")
        self.keys_to(table)  # the table's window has the pointer's attention
        self.click(self.toolbar_button("roomVoteSeat2"))
        self.click(self.toolbar_button(cast))
        wait_for(lambda: seat_votes() and len(seat_votes()) == 1, "seat 2's first dot counted at the plenary")
        self.click(self.toolbar_button(cast))

        time.sleep(1.0)
        shot = artifact("table-room-vote.png")
        if shot:
            ImageGrab.grab(xdisplay=self.display.name).save(shot)
        wait_for(lambda: seat_votes() and len(seat_votes()) == 2, "two dots of seat 2 counted at the plenary")
        shot = artifact("plenary-room-vote.png")
        if shot:  # the plenary's board: the table's combination as a card of its own, with its dots
            self.xdotool("windowraise", self.window_of(plenary))
            time.sleep(1.0)
            ImageGrab.grab(xdisplay=self.display.name).save(shot)
        self.stop_app(table)
        self.stop_app(plenary)
        self.assertEqual(len(seat_votes()), 2)
        plenary_card = next(c for c in load_json(plenary_board)["board"]["combinations"] if c["fromTable"])
        self.assertEqual(plenary_card["name"], gathered["name"])
        self.assertEqual(plenary_card["members"], [])

    def test_the_plenary_shows_every_tables_board_and_one_full_size(self):
        plenary_board = self.board_copy("plenary.json")
        plenary = self.start_in_room(plenary_board, "plenary-map.json", "--plenary")
        tables = []
        for name in ("Tafel-1", "Tafel-2"):
            board = self.board_copy(f"{name}.json")
            if name == "Tafel-2":  # a board of its own: only a bubble and one partner shared with Tafel-1
                doc = load_json(board)
                b = doc["board"]
                b["municipalities"] = b["municipalities"][:1]
                b["actors"] = [a for a in b["actors"] if a["id"] == 4]
                b["combinations"] = []
                b["notes"] = [n for n in b["notes"] if n["kind"] != "idea"]
                with open(board, "w", encoding="utf-8") as f:
                    json.dump(doc, f, ensure_ascii=False)
            tables.append(self.start_in_room(board, f"{name}-map.json", "--table", name))
        self.env["NT_UI_MAP"] = self.ui_map_path = self.path("plenary-map.json")
        self.keys_to(plenary)
        self.xdotool("windowraise", self.window_of(plenary))
        self.click(self.toolbar_button("room"))
        self.click(self.toolbar_button("roomGallery"))
        for name in ("Tafel-1", "Tafel-2"):
            wait_for(lambda: any(b["key"] == f"roomTable:{name}" for b in self.ui_map()["buttons"]), f"{name} in the gallery")
        time.sleep(2.5)  # both boards arrived (a table sends its board at most every 2 s)
        shot = artifact("plenary-gallery.png")
        if shot:
            ImageGrab.grab(xdisplay=self.display.name).save(shot)
        self.click(self.toolbar_button("roomTable:Tafel-1"))
        wait_for(lambda: any(b["key"] == "roomGalleryBack" for b in self.ui_map()["buttons"]), "Tafel-1 full size")
        shot = artifact("plenary-table-full-size.png")
        if shot:
            time.sleep(0.5)
            ImageGrab.grab(xdisplay=self.display.name).save(shot)
        self.click(self.toolbar_button("roomGalleryBack"))
        wait_for(lambda: any(b["key"] == "roomTable:Tafel-2" for b in self.ui_map()["buttons"]), "the gallery again")
        self.click(self.toolbar_button("roomGalleryClose"))
        wait_for(lambda: not any(b["key"].startswith("roomTable:") for b in self.ui_map()["buttons"]), "the plenary's own board")
        for table in tables:
            self.stop_app(table)
        self.stop_app(plenary)

    def test_a_wrong_code_is_refused_and_the_table_works_on_alone(self):
        table_board = self.board_copy("table.json")
        table = self.start_in_room(table_board, "table-map.json", "--table", "Verkeerd", code="1234")
        self.wait_output(table.stderr, r"refused this table", "the broker's refusal")
        self.mouse_drag((700, 300), (760, 340))  # the board still answers
        self.stop_app(table)


if __name__ == "__main__":
    unittest.main()
