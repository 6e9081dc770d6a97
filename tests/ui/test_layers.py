"""The board's still layer and partial frames under Xvfb (view/still_layer.h,
view/frame_damage.h): the real app, drawing the still board once into a
texture, its items from an atlas and only where they show, and drawing and
showing only what changed, shows the same pixels as the app drawing every
frame whole, every item whole (NT_DRAW_DIRECT=1, NT_ITEM_COVER=0): on the
demo, on a full board, in the middle of a real mouse drag, after the drop,
with a menu open, after it closed and on the start screen after the board
was closed. And the picture export, drawn in strips and leaving out what
items hide, is the same picture (to the pixel with and without the cover;
in strips of another height a few steps of 255 in under 0.2 % of the
pixels, from colours rounded from another corner)."""

import json
import os
import random
import shutil
import time
import unittest

from PIL import Image, ImageChops, ImageGrab

from harness import AppTestCase, demo_path, load_json

# The same triangles rasterised into a texture and into the window's buffer
# can land one step apart at an anti-aliased edge (Mesa's llvmpipe: about
# 350 of the demo's two million pixels, by 1 of 255). Notes and partners
# come from the item atlas (view/item_atlas.h): a layer's coverage kept in a
# byte and tinted rounds a step or two apart from drawing the shape at its
# soft edges (about 0.5 % of a full board's pixels), and where the slanted
# edge of a turned glyph's quad passes through a pixel's centre the two
# rasterisations, a whole number of pixels apart, may fall either way: a
# few single pixels on a board, each by part of a glyph's edge.
MAX_STEP = 2
MAX_SHARE = 0.01
MAX_OUTLIERS = 40  # single pixels beyond MAX_STEP (0.002 % of 1920 x 1080), none beside another


def full_board(path, extra=400, seed=7):
    """The demo with `extra` more notes and partners spread over the board."""
    doc = load_json(demo_path())
    board = doc["board"]
    rng = random.Random(seed)
    next_id = board["nextId"]
    notes, actors = board["notes"], board["actors"]
    for i in range(extra):
        # Most a little askew, some turned to a seat or further: each hides what lies under it.
        turn = (90, 180, 270, 33, -38, 135, 44)[i // 10 % 7] if i % 10 == 0 else rng.uniform(-3, 3)
        note = dict(rng.choice(notes[:13]), id=next_id, version=1, rotation=turn,
                    position={"x": rng.uniform(80, 1840), "y": rng.uniform(120, 1000)})
        notes.append(note)
        next_id += 1
        actor = dict(rng.choice(actors[:12]), id=next_id, version=1, name=f"Partner {i + 1}",
                     position={"x": rng.uniform(300, 1600), "y": rng.uniform(150, 950)})
        actors.append(actor)
        next_id += 1
    board["nextId"] = next_id
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False)
    return path


class StillLayer(AppTestCase):
    def assert_same_picture(self, layered, direct, what):
        a, b = layered.convert("RGB"), direct.convert("RGB")
        self.assertEqual(a.size, b.size)
        diff = ImageChops.difference(a, b)
        steps = [max(p) for p in diff.getdata()]
        differing = sum(1 for s in steps if s > 0)
        artifacts = os.environ.get("NT_ARTIFACTS")
        width = a.size[0]
        far = {i for i, s in enumerate(steps) if s > MAX_STEP}
        outliers = len(far)
        # A missing dot or a misplaced item is a patch of pixels; a glyph's
        # edge falling the other way is one pixel alone.
        patches = [i for i in far if any(i + dy * width + dx in far
                                         for dy in (-1, 0, 1) for dx in (-1, 0, 1) if dx or dy)]
        if artifacts and (outliers > MAX_OUTLIERS or patches or differing > MAX_SHARE * len(steps)):
            os.makedirs(artifacts, exist_ok=True)
            a.save(os.path.join(artifacts, f"layer-{what}-layered.png"))
            b.save(os.path.join(artifacts, f"layer-{what}-direct.png"))
        self.assertLessEqual(outliers, MAX_OUTLIERS, f"{what}: {outliers} pixels differ by more than {MAX_STEP}"
                             f" (at most {max(steps)})")
        self.assertEqual(patches, [], f"{what}: pixels side by side differ by more than {MAX_STEP}, e.g. at "
                         f"{[(i % width, i // width) for i in patches[:5]]}")
        self.assertLessEqual(differing, MAX_SHARE * len(steps), f"{what}: {differing} pixels differ")

    def screenshot(self, board_file, direct):
        shot = self.path(f"shot-{int(direct)}.png")
        self.env["NT_DRAW_DIRECT"] = "1" if direct else "0"
        self.env["NT_ITEM_COVER"] = "0" if direct else "1"
        result = self.run_app(board_file, "--windowed", "1920x1080", "--screenshot", shot, "--frames", "3")
        self.assertEqual(result.returncode, 0, result.stderr)
        return Image.open(shot)

    def test_the_demo_and_a_full_board_look_the_same_layered_and_drawn_straight(self):
        demo = self.path("demo.json")
        shutil.copyfile(demo_path(), demo)
        full = full_board(self.path("full.json"))
        for name, board in (("demo", demo), ("full", full)):
            self.assert_same_picture(self.screenshot(board, False), self.screenshot(board, True), name)

    def test_the_picture_export_in_strips_leaving_out_what_items_hide_is_the_same(self):
        full = full_board(self.path("full.json"), extra=600)
        pictures = {}
        # (what items hide left out, rows a strip): the default, every item
        # whole, the whole picture in one strip, and strips of an odd height.
        for cover, rows in (("1", None), ("0", None), ("1", "1440"), ("1", "97")):
            self.env["NT_ITEM_COVER"] = cover
            self.env.pop("NT_EXPORT_STRIP_ROWS", None)
            if rows:
                self.env["NT_EXPORT_STRIP_ROWS"] = rows
            picture = self.path(f"picture-{cover}-{rows}.png")
            result = self.run_app(full, "--export-png", picture, "--width", "2560")
            self.assertEqual(result.returncode, 0, result.stderr)
            pictures[(cover, rows)] = Image.open(picture).convert("RGB")
        strips = pictures[("1", None)]
        self.assertIsNone(ImageChops.difference(strips, pictures[("0", None)]).getbbox(),
                          "the same triangles, each clipped to where it shows: not one pixel differs")
        # Drawn in strips, a triangle's colours are rounded from another
        # corner of the framebuffer than in one piece: a step of 255 here and
        # there, nothing moved.
        whole = pictures[("1", "1440")]
        for rows, picture in (("the default", strips), ("97", pictures[("1", "97")])):
            difference = ImageChops.difference(whole, picture)
            self.assertLessEqual(max(high for _, high in difference.getextrema()), 4,
                                 f"strips of {rows} rows: no colour more than 4 steps of 255 off")
            marked = difference.point(lambda v: 255 if v else 0).convert("L")  # any channel off: not 0
            differing = whole.width * whole.height - marked.histogram()[0]
            self.assertLess(differing, whole.width * whole.height // 500,
                            f"strips of {rows} rows: under 0.2 % of the pixels differ at all")

    def grab(self):
        time.sleep(0.6)  # the frames after the last event are drawn
        return ImageGrab.grab(xdisplay=self.display.name)

    def drag_and_look(self, direct):
        """A partner held mid-drag over other tokens, then dropped: what the screen showed at each moment."""
        # A home of its own for each run, with the board under the same name:
        # the start screen at the end lists the same.
        home = self.path(f"home-{int(direct)}")
        os.makedirs(home)
        self.env["HOME"] = home
        board_file = os.path.join(home, "werkbord.json")
        shutil.copyfile(demo_path(), board_file)
        board = load_json(board_file)["board"]
        actor = next(a for a in board["actors"] if a["name"] == "Bibliotheek Lochristi")
        start = (actor["position"]["x"], actor["position"]["y"])
        self.env["NT_DRAW_DIRECT"] = "1" if direct else "0"
        self.env["NT_ITEM_COVER"] = "0" if direct else "1"
        proc = self.start_app(board_file)
        before = self.grab()
        self.xdotool("mousemove", round(start[0]), round(start[1]))
        time.sleep(0.1)
        self.xdotool("mousedown", 1)
        for i in range(1, 16):
            self.xdotool("mousemove", round(start[0] + 22 * i), round(start[1] + 14 * i))
            time.sleep(0.03)
        held = self.grab()
        self.xdotool("mouseup", 1)
        dropped = self.grab()
        # A menu opened over the board and closed again: the panels' own changes show and go.
        more = self.toolbar_button("more")
        self.xdotool("mousemove", round(more[0]), round(more[1]))
        time.sleep(0.15)
        self.xdotool("click", 1)
        menu = self.grab()
        self.xdotool("key", "Escape")
        self.xdotool("mousemove", 960, 1075)
        closed = self.grab()
        # The board closed: the start screen, with none of the board's picture left under it.
        self.click(self.toolbar_button("more"))
        time.sleep(0.3)
        if not any(b["key"] == "moreCloseBoard" for b in self.ui_map()["buttons"]):
            self.click(self.toolbar_button("more"))  # the menu was still open, and that click closed it
        self.click(self.centre("buttons", "moreCloseBoard"))
        self.xdotool("mousemove", 960, 1075)
        start = self.grab()
        self.stop_app(proc)
        return before, held, dropped, menu, closed, start

    def test_a_drag_and_its_drop_look_the_same_layered_and_drawn_straight(self):
        layered = self.drag_and_look(direct=False)
        direct = self.drag_and_look(direct=True)
        for what, a, b in zip(("before", "held", "dropped", "menu", "closed", "start"), layered, direct):
            self.assert_same_picture(a, b, what)
        # And the drag did show: the token left its place (the layer was drawn again after the drop).
        moved = ImageChops.difference(layered[0].convert("RGB"), layered[2].convert("RGB")).getbbox()
        self.assertIsNotNone(moved)
        self.assertIsNotNone(ImageChops.difference(layered[2].convert("RGB"), layered[3].convert("RGB")).getbbox(),
                             "the menu showed")


if __name__ == "__main__":
    unittest.main()
