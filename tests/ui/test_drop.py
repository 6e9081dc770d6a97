"""Dropping a board on the window: a board JSON or an exported PNG replaces
the board (the one on the table saved first); the picture is never saved
over; a broken file is refused and changes nothing."""

import glob
import json
import os
import select
import shutil
import time

from harness import PATIENCE, AppTestCase, demo_path, load_json, wait_for
from xdnd import drop_file


class DropABoard(AppTestCase):
    def setUp(self):
        super().setUp()
        self.table = self.path("tafel.json")
        shutil.copyfile(demo_path(), self.table)
        doc = load_json(demo_path())
        doc["board"]["workshop"]["title"] = "Gesleept bord"
        self.dropped = self.path("gesleept.json")
        with open(self.dropped, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=2)

    def drop(self, proc, path, opens=True):
        self.assertTrue(drop_file(self.display.name, int(self.window), 960, 540, path), "the app finished the drop")
        if opens:  # the app says so once the board on the table has changed
            ready, _, _ = select.select([proc.stdout], [], [], PATIENCE)
            self.assertTrue(ready, "the app announced the dropped board")
            self.assertIn(f"bord geopend uit {path}", proc.stdout.readline())
        else:
            time.sleep(1.0)

    def drag_first_actor(self):
        a = load_json(demo_path())["board"]["actors"][0]
        x, y = a["position"]["x"], a["position"]["y"]
        self.mouse_drag((x, y), (x + 30, y + 20))
        return a["id"], (x + 30, y + 20)

    @staticmethod
    def position(path, actor):
        a = next(a for a in load_json(path)["board"]["actors"] if a["id"] == actor)
        return a["position"]["x"], a["position"]["y"]

    def test_a_dropped_board_file_takes_over_and_is_kept_saved(self):
        proc = self.start_app(self.table)
        table_before = open(self.table, encoding="utf-8").read()
        self.drop(proc, self.dropped)
        actor, target = self.drag_first_actor()
        wait_for(lambda: self.position(self.dropped, actor) == target, "the move saved in the dropped file")
        self.assertEqual(open(self.table, encoding="utf-8").read(), table_before, "the first board is untouched")
        self.stop_app(proc)

    def test_a_dropped_picture_opens_its_board_and_is_never_saved_over(self):
        picture = self.path("bord.png")
        self.assertEqual(self.run_app(self.dropped, "--export-png", picture, "--width", "640").returncode, 0)
        picture_bytes = open(picture, "rb").read()
        proc = self.start_app(self.table)
        self.drop(proc, picture)
        actor, target = self.drag_first_actor()

        def saved_copy():
            files = glob.glob(os.path.join(self.tmp, "Netwerktafel", "*.netwerktafel"))
            return files and self.position(files[0], actor) == target and files[0]
        copy = wait_for(saved_copy, "the picture's board saved in a new file in ~/Netwerktafel")
        self.assertEqual(load_json(copy)["board"]["workshop"]["title"], "Gesleept bord")
        self.assertEqual(open(picture, "rb").read(), picture_bytes)
        self.stop_app(proc)

    def test_a_broken_file_is_refused_and_the_board_stays(self):
        broken = self.path("kapot.json")
        with open(broken, "w", encoding="utf-8") as f:
            f.write('{"type": "netwerktafel-board", "formatVersion": 5, "board": ')
        proc = self.start_app(self.table)
        self.drop(proc, broken, opens=False)
        actor, target = self.drag_first_actor()
        wait_for(lambda: self.position(self.table, actor) == target, "the move saved in the board on the table")
        _, err = self.stop_app(proc)
        self.assertIn("kapot.json", err)


if __name__ == "__main__":
    import unittest
    unittest.main()
