"""End-to-end tests of the real app under Xvfb: it renders the demo board,
real mouse drags move tokens into other bubble halves, undo works from the
keyboard, the tray makes notes, and the app saves on SIGTERM."""

import json
import math
import os
import shutil
import signal
import time
import unittest

from PIL import Image

from harness import AppTestCase, demo_path, load_json, wait_for

NOTE_COLOURS = {"strength": 0xCFE6C4, "weakness": 0xF6D0C3, "idea": 0xFAE7A5, "free": 0xDCE5F0}


def rgb(hex_or_int):
    v = int(hex_or_int[1:], 16) if isinstance(hex_or_int, str) else hex_or_int
    return ((v >> 16) & 255, (v >> 8) & 255, v & 255)


def lighten(colour, amount):
    return tuple(round(c + (255 - c) * amount) for c in colour)


def share_close(image, points, expected, tolerance=10):
    """The share of points whose pixel is within tolerance of the expected colour."""
    close = 0
    for x, y in points:
        pixel = image.getpixel((round(x), round(y)))[:3]
        if all(abs(p - e) <= tolerance for p, e in zip(pixel, expected)):
            close += 1
    return close / len(points)


def half_points(m, upper):
    """A polar grid over one half of a bubble, away from its edge and divider."""
    cx, cy, r = m["centre"]["x"], m["centre"]["y"], m["radius"]
    points = []
    for ring in (0.3, 0.45, 0.6, 0.75, 0.85):
        for step in range(1, 18):
            angle = math.pi * step / 18
            dy = -math.sin(angle) if upper else math.sin(angle)
            points.append((cx + math.cos(angle) * r * ring, cy + dy * r * ring))
    return [p for p in points if abs(p[1] - cy) > 12]


def outside_banner(image, points):
    """The points not under the phase banner (view/phase_banner.cpp), which
    stands at one of three spots along the bottom of the diagram area: the
    spot that is mostly card-white."""
    for x0 in (660, 398, 922):
        box = (x0, 788, x0 + 600, 964)
        grid = [(x, y) for x in range(box[0] + 10, box[2] - 10, 20) for y in range(box[1] + 10, box[3] - 10, 12)]
        if share_close(image, grid, (0xFF, 0xFD, 0xF8), 6) > 0.5:
            return [p for p in points if not (box[0] <= p[0] <= box[2] and box[1] <= p[1] <= box[3])]
    return points


def note_points(n):
    x, y = n["position"]["x"], n["position"]["y"]
    return [(x + dx, y + dy) for dx in range(-70, 71, 10) for dy in range(-30, 45, 8)]


class DemoRenders(AppTestCase):
    def test_screenshot_shows_bubbles_halves_and_notes(self):
        shot = self.path("demo.png")
        result = self.run_app("--demo", "--windowed", "1920x1080", "--screenshot", shot, "--frames", "3")
        self.assertEqual(result.returncode, 0, result.stderr)
        image = Image.open(shot).convert("RGB")
        self.assertEqual(image.size, (1920, 1080))
        board = load_json(demo_path())["board"]
        for m in board["municipalities"]:
            colour = rgb(m["colour"])
            self.assertGreater(share_close(image, outside_banner(image, half_points(m, True)), lighten(colour, 0.35)), 0.6,
                               f"upper (cultural) half of {m['name']}")
            self.assertGreater(share_close(image, outside_banner(image, half_points(m, False)), colour), 0.6,
                               f"lower (non-cultural) half of {m['name']}")
        for n in board["notes"]:
            self.assertGreater(share_close(image, note_points(n), rgb(NOTE_COLOURS[n["kind"]])), 0.5,
                               f"note {n['id']} ({n['kind']})")

    def test_screenshot_in_a_window_of_another_aspect_is_letterboxed(self):
        shot = self.path("wide.png")
        result = self.run_app("--demo", "--windowed", "1600x1000", "--screenshot", shot, "--frames", "2")
        self.assertEqual(result.returncode, 0, result.stderr)
        image = Image.open(shot).convert("RGB")
        self.assertEqual(image.size, (1600, 1000))
        # 1600/1920 = 0.8333: the board is 900 high, with 50-pixel bands above and below.
        band = image.getpixel((800, 10))
        board_bg = image.getpixel((800, 60))
        self.assertNotEqual(band, board_bg)
        m = load_json(demo_path())["board"]["municipalities"][0]
        scale = 1600 / 1920
        scaled = {"centre": {"x": m["centre"]["x"] * scale, "y": 50 + m["centre"]["y"] * scale},
                  "radius": m["radius"] * scale}
        self.assertGreater(share_close(image, half_points(scaled, False), rgb(m["colour"])), 0.6)


class DragWithTheMouse(AppTestCase):
    def open_copy_of_demo(self):
        board_file = self.path("workshop.json")
        shutil.copyfile(demo_path(), board_file)
        return board_file

    def actor(self, board, name):
        return next(a for a in board["actors"] if a["name"] == name)

    def test_drag_moves_a_token_into_another_bubble_half_and_sigterm_saves(self):
        board_file = self.open_copy_of_demo()
        before = load_json(board_file)["board"]
        library = self.actor(before, "Bibliotheek Lochristi")
        lokeren = next(m for m in before["municipalities"] if m["name"] == "Lokeren")
        start = (library["position"]["x"], library["position"]["y"])
        target = (lokeren["centre"]["x"] + 100, lokeren["centre"]["y"] + 70)  # Lokeren, lower half

        proc = self.start_app(board_file)
        self.mouse_drag(start, target)
        self.stop_app(proc)

        after = load_json(board_file)["board"]
        moved = self.actor(after, "Bibliotheek Lochristi")
        self.assertAlmostEqual(moved["position"]["x"], target[0], delta=1.5)
        self.assertAlmostEqual(moved["position"]["y"], target[1], delta=1.5)
        self.assertEqual(moved["municipality"], lokeren["id"])
        self.assertEqual(moved["sector"], "non_cultural")
        self.assertGreater(moved["version"], library["version"])
        # Nothing else moved.
        for a in before["actors"]:
            if a["id"] != library["id"]:
                self.assertEqual(a, self.actor(after, a["name"]))

    def test_autosave_writes_the_drag_without_any_signal(self):
        board_file = self.open_copy_of_demo()
        before = load_json(board_file)["board"]
        note = before["notes"][0]
        start = (note["position"]["x"] + 40, note["position"]["y"] + 30)
        proc = self.start_app(board_file)
        self.mouse_drag(start, (start[0] + 400, start[1] + 500))
        moved = wait_for(lambda: load_json(board_file)["board"]["notes"][0]["position"] != note["position"],
                         "the autosave of the drag")
        self.assertTrue(moved)
        self.stop_app(proc)

    def test_ctrl_z_undoes_the_whole_drag(self):
        board_file = self.open_copy_of_demo()
        before = load_json(board_file)["board"]
        actor = self.actor(before, "WZC Ter Linde")
        start = (actor["position"]["x"], actor["position"]["y"])
        proc = self.start_app(board_file)
        self.mouse_drag(start, (start[0] + 600, start[1] + 300), steps=20)
        wait_for(lambda: self.actor(load_json(board_file)["board"], "WZC Ter Linde")["position"] != actor["position"],
                 "the autosave of the drag")
        self.xdotool("key", "ctrl+z")
        # The autosave shows when the undo has happened.
        wait_for(lambda: self.actor(load_json(board_file)["board"], "WZC Ter Linde")["position"] == actor["position"],
                 "the autosave of the undo")
        self.stop_app(proc)
        after = self.actor(load_json(board_file)["board"], "WZC Ter Linde")
        self.assertEqual(after["position"], actor["position"])
        self.assertEqual(after["sector"], actor["sector"])
        self.assertEqual(after["municipality"], actor["municipality"])


class PanelsAndMenus(AppTestCase):
    """The ImGui parts: the tray's undo button and the right-click menu."""

    def test_the_undo_button_takes_back_a_drag(self):
        board_file = self.path("workshop.json")
        shutil.copyfile(demo_path(), board_file)
        actor = load_json(board_file)["board"]["actors"][0]
        start = (actor["position"]["x"], actor["position"]["y"])
        proc = self.start_app(board_file)
        self.mouse_drag(start, (start[0] + 30, start[1] + 400))
        position_now = lambda: load_json(board_file)["board"]["actors"][0]["position"]
        wait_for(lambda: position_now() != actor["position"], "the autosave of the drag")
        self.click((1180, 1025))  # "Ongedaan maken", the first button of the tray's toolbar
        wait_for(lambda: position_now() == actor["position"], lambda: f"the undo on disk, now: {position_now()}")
        self.stop_app(proc)

    def test_right_click_menu_deletes_a_note(self):
        board_file = self.path("workshop.json")
        shutil.copyfile(demo_path(), board_file)
        notes = load_json(board_file)["board"]["notes"]
        target = notes[-1]
        proc = self.start_app(board_file)
        where = (target["position"]["x"], target["position"]["y"])
        self.click(where, button=3)
        # The menu opens at the pointer: edit, kind, straighten, then delete.
        self.click((where[0] + 60, where[1] + 138))
        ids_now = lambda: [n["id"] for n in load_json(board_file)["board"]["notes"]]
        wait_for(lambda: target["id"] not in ids_now(), "the note to be deleted on disk")
        self.assertEqual(len(ids_now()), len(notes) - 1)
        self.stop_app(proc)


class SavingTheDemo(AppTestCase):
    """The shipped demo is never overwritten: saving it makes a new file in ~/Netwerktafel."""

    def saved_files(self):
        folder = os.path.join(self.tmp, "Netwerktafel")
        return [os.path.join(folder, f) for f in os.listdir(folder)] if os.path.isdir(folder) else []

    def test_ctrl_s_saves_the_demo_to_a_new_file(self):
        with open(demo_path(), "rb") as f:
            shipped = f.read()
        proc = self.start_app("--demo")
        self.xdotool("key", "ctrl+s")
        # The board file itself, not the temporary file it is written through.
        boards = lambda: [f for f in self.saved_files() if f.endswith(".netwerktafel") and not os.path.basename(f).startswith(".")]
        saved = wait_for(boards, "a saved board in ~/Netwerktafel")
        self.assertEqual(len(saved), 1)
        self.assertTrue(saved[0].endswith(".netwerktafel"), "new boards get their own extension")
        self.assertEqual(load_json(saved[0])["board"], load_json(demo_path())["board"])
        self.stop_app(proc)
        with open(demo_path(), "rb") as f:
            self.assertEqual(f.read(), shipped)

    def test_an_unchanged_demo_leaves_no_file_behind_and_sigint_exits_0(self):
        proc = self.start_app("--demo")
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=60)
        self.assertEqual(proc.returncode, 0)
        self.assertEqual(self.saved_files(), [])


def seat_dot(seat, seats, slot=0):
    """Mirrors tray::seatDot: where a seat's dots lie in the tray during a vote."""
    width = (1080 - 16) / seats
    x0 = 16 + (seat - 1) * width + 3
    step = 11 * 2 + 6
    per_row = max(1, int((width - 6 - 44) / step))
    return (x0 + 44 + step / 2 + (slot % per_row) * step, 990 + 18 + (slot // per_row) * step)


class VotingAtTheTable(AppTestCase):
    """Seats drag their dots onto combination cards; the saved board says who voted for what."""

    def board_with_an_open_vote(self):
        doc = load_json(demo_path())
        board = doc["board"]
        actors = {a["name"]: a["id"] for a in board["actors"]}
        template = dict(board["combinations"][0]) if board["combinations"] else None
        self.assertIsNotNone(template, "the demo has a combination to copy the format from")
        combos = []
        for i, (name, members, pos) in enumerate([
                ("Voorlezen in het WZC", ["Bibliotheek Lochristi", "WZC Ter Linde"], (560, 860)),
                ("Circus op school", ["Circusatelier Hoepla", "Basisschool De Regenboog"], (1360, 620))]):
            c = dict(template)
            c.update({"id": board["nextId"] + i, "version": 1, "name": name, "members": [actors[m] for m in members],
                      "cardPosition": {"x": float(pos[0]), "y": float(pos[1])}, "ideas": [], "roles": [],
                      "origin": None, "followUp": False, "toPlenary": False, "fromTable": None})
            combos.append(c)
        board["combinations"] = combos
        board["nextId"] += len(combos)
        board["votes"] = []
        board["vote"] = dict(board["vote"], state="open", votesPerVoter=2, capPerCombination=0, resultsLive=True, seats=4)
        path = self.path("vote.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=2)
        return path, combos

    def test_seats_vote_with_dots_and_the_result_panel_ranks_them(self):
        board_file, combos = self.board_with_an_open_vote()
        first = (combos[0]["cardPosition"]["x"], combos[0]["cardPosition"]["y"])
        second = (combos[1]["cardPosition"]["x"], combos[1]["cardPosition"]["y"])
        proc = self.start_app(board_file)
        self.mouse_drag(seat_dot(1, 4), second)
        self.mouse_drag(seat_dot(2, 4), second)
        self.mouse_drag(seat_dot(3, 4), first)
        self.mouse_drag(seat_dot(3, 4), second)  # the unused dots come first in a tray
        self.stop_app(proc)

        board = load_json(board_file)["board"]
        cast = sorted((v["voter"], v["combination"]) for v in board["votes"])
        self.assertEqual(cast, sorted([("seat-1", combos[1]["id"]), ("seat-2", combos[1]["id"]),
                                       ("seat-3", combos[0]["id"]), ("seat-3", combos[1]["id"])]))
        for v in board["votes"]:
            self.assertRegex(v["at"], r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}")

        # The result panel, as the room sees it: written next to the test build for people to look at.
        shot = os.path.join(os.environ.get("NT_ARTIFACTS", self.tmp), "result-panel.png")
        os.makedirs(os.path.dirname(shot), exist_ok=True)
        result = self.run_app(board_file, "--windowed", "1920x1080", "--screenshot", shot, "--frames", "3")
        self.assertEqual(result.returncode, 0, result.stderr)
        image = Image.open(shot).convert("RGB")
        # The panel sits over the strengths column; the winner's bar is drawn in its card's colour.
        bar_colour = (0x2A, 0x9D, 0x8F)  # the second combination's colour in the palette
        panel = [(x, y) for x in range(30, 380, 6) for y in range(30, 500, 3)]
        self.assertGreater(share_close(image, panel, bar_colour, tolerance=12), 0.01, "the leading bar is visible")


class WritingWithTheKeyboard(AppTestCase):
    def editor_open(self, note):
        """Waits until the note's editor is drawn (the screen map lists its field)
        and has had a frame to take the keys: a busy machine opens it later."""
        key = f"note:{note['id']}"
        wait_for(lambda: any(f["key"] == key for f in self.ui_map()["fields"]), f"the editor of {key}")
        time.sleep(0.3)

    def test_tapping_a_note_opens_the_editor_and_enter_keeps_the_text(self):
        board_file = self.path("workshop.json")
        shutil.copyfile(demo_path(), board_file)
        note = load_json(board_file)["board"]["notes"][1]
        proc = self.start_app(board_file)
        self.click((note["position"]["x"], note["position"]["y"]))  # a tap opens the editor
        self.editor_open(note)
        self.xdotool("type", "--delay", "30", " en buurtfeesten")
        self.xdotool("key", "Return")
        expected = note["text"] + " en buurtfeesten"
        text_now = lambda: load_json(board_file)["board"]["notes"][1]["text"]
        wait_for(lambda: text_now() == expected, lambda: "the note's new text on disk, now: " + text_now())
        self.xdotool("key", "ctrl+z")
        wait_for(lambda: text_now() == note["text"], lambda: "the undo on disk, now: " + text_now())
        self.stop_app(proc)

    def test_tapping_the_next_note_keeps_what_was_typed_on_the_first(self):
        board_file = self.path("workshop.json")
        shutil.copyfile(demo_path(), board_file)
        first, second = load_json(board_file)["board"]["notes"][2:4]
        proc = self.start_app(board_file)
        self.click((first["position"]["x"], first["position"]["y"]))
        self.editor_open(first)
        self.xdotool("type", "--delay", "30", " op zondag")
        self.click((second["position"]["x"], second["position"]["y"]))
        self.editor_open(second)
        self.xdotool("type", "--delay", "30", " en meer")
        self.xdotool("key", "Return")
        texts_now = lambda: [n["text"] for n in load_json(board_file)["board"]["notes"][2:4]]
        expected = [first["text"] + " op zondag", second["text"] + " en meer"]
        wait_for(lambda: texts_now() == expected, lambda: f"both notes on disk, now: {texts_now()}")
        self.stop_app(proc)


if __name__ == "__main__":
    unittest.main()
