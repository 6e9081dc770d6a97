"""The arena analysis and the wrap-up in the real app under Xvfb, driven with
the real mouse and keyboard: an actor's arena panel from its context menu,
importance 4, a dependency and a replaceability, the ranked view with that
actor first, a typed reflection answer and the picture saved from the
wrap-up; the saved board file holds all of it. Screenshots of the ranked
view and the wrap-up on the demo board go to the test artifacts."""

import json
import os
import shutil
import time
import unittest

from PIL import Image, ImageGrab

from harness import ASSETS, AppTestCase, demo_path, load_json, wait_for

ACCENT = (0x3D, 0x6F, 0x8E)      # theme::kAccent: chosen buttons
MORE_ARENA = (1435, 887)         # … its popup: the ranked arena view
MORE_WRAP_UP = (1362, 957)       # … its popup: the wrap-up
MORE_POPUP_SPOT = (1340, 710)    # … its popup between the first two picture sizes (clear of the phase banner)
POPUP = (0xFF, 0xFD, 0xF8)       # the popup's background (theme::kCard)
BACK = (1715, 58)                # "Terug naar het bord", top right of both views
BACK_EDGE = (1566, 40)           # … a spot of that button away from its words
# The arena panel (820 wide, centred over the diagram, 60 from the top).
PANEL_DONE = (700, 850)
PANEL_DONE_EDGE = (592, 836)
PANEL_IMPORTANCE_4 = (1250, 427)
PANEL_REPLACEABILITY_SMALL = (1250, 582)
PANEL_DEPENDENCY_LARGE = (700, 750)
PANEL_TO_RANKING = (960, 850)
FIRST_ROW_TOKEN = (150, 254)     # below the monogram in the first row's token
FIRST_ANSWER = (1300, 250)       # the first reflection question's field
FIRST_ANSWER_HINT = (930, 200, 1150, 225)  # … where its hint is written while it is empty
SAVE_PICTURE = (1638, 962)
PICTURE_POPUP_SPOT = (1860, 845)  # … the sizes' popup above it, right of the words
PICTURE_SCREEN = (1600, 740)     # … its first size: "Voor scherm en verslag · 1920 px"
QUIET_SPOT = (400, 1000)         # the views' own background, below the look back


def close_to(pixel, expected, tolerance=14):
    return all(abs(p - e) <= tolerance for p, e in zip(pixel[:3], expected))


def type_colour(type_id):
    for t in load_json(os.path.join(ASSETS, "catalogue", "actor_types.json"))["actorTypes"]:
        if t["id"] == type_id:
            v = int(t["colour"][1:], 16)
            return ((v >> 16) & 255, (v >> 8) & 255, v & 255)
    raise KeyError(type_id)


class ArenaAndWrapUp(AppTestCase):
    def grab(self):
        return ImageGrab.grab(xdisplay=self.display.name).convert("RGB")

    def click_until_shown(self, click, pos, colour, what, tolerance=14):
        """Clicks, then waits for the screen to show what the click opens. A
        click just after a popup or view opened or closed is now and then
        lost under Xvfb (see the report of the arena branch); such a click,
        which only opens something, is given a second try."""
        self.click(click)
        try:
            self.wait_for_screen(pos, colour, what, tolerance=tolerance, timeout=4, keep=False)
        except AssertionError:
            self.click(click)
            self.wait_for_screen(pos, colour, what, tolerance=tolerance)

    def hint_gone(self, timeout):
        def gone():
            time.sleep(0.2)
            darkest = min(self.grab().crop(FIRST_ANSWER_HINT).convert("L").getdata())
            return darkest > 200
        try:
            return wait_for(gone, "the hint to go", timeout=timeout)
        except AssertionError:
            return False

    def wait_for_screen(self, pos, colour, what, shown=True, tolerance=14, timeout=20, keep=True):
        """Waits until the screen shows `colour` at `pos` (or, shown=False,
        no longer does); the pointer is nudged in place so that the app
        draws a fresh frame."""
        seen = {}

        def shows():
            self.xdotool("mousemove_relative", "--", 1, 0)
            self.xdotool("mousemove_relative", "--", -1, 0)
            time.sleep(0.1)
            seen["image"] = self.grab()
            return close_to(seen["image"].getpixel(pos), colour, tolerance) == shown
        try:
            wait_for(shows, what, timeout=timeout)
        except AssertionError:
            if not keep:
                raise
            seen["image"].save(self.path("screen.png"))
            shutil.copyfile(self.path("screen.png"), os.path.join(os.environ.get("NT_ARTIFACTS", self.tmp), "arena-failed.png"))
            raise

    def open_view(self, item):
        self.click_until_shown(self.toolbar_button("more"), MORE_POPUP_SPOT, POPUP, "the toolbar's “more” popup", tolerance=4)
        self.click_until_shown(item, BACK_EDGE, ACCENT, "the view over the board")

    def board_now(self, path):
        return load_json(path)["board"]

    def test_arena_panel_ranked_view_and_a_reflection_answer_are_saved(self):
        board_file = self.path("workshop.json")
        shutil.copyfile(demo_path(), board_file)
        before = self.board_now(board_file)
        academie = next(a for a in before["actors"] if a["name"] == "Academie voor Muziek en Woord")
        self.assertEqual(academie["arena"]["importance"], 0, "starts out unassessed")
        arena_now = lambda: next(a for a in self.board_now(board_file)["actors"] if a["id"] == academie["id"])["arena"]

        proc = self.start_app(board_file)
        where = (academie["position"]["x"], academie["position"]["y"])
        self.click(where, button=3)
        self.click_until_shown((where[0] + 80, where[1] + 61),  # "Arena-analyse …", under "Naam wijzigen"
                               PANEL_DONE_EDGE, ACCENT, "the arena panel")

        self.click(PANEL_IMPORTANCE_4)
        wait_for(lambda: arena_now()["importance"] == 4, lambda: f"importance 4 on disk, now {arena_now()}")
        self.click(PANEL_DEPENDENCY_LARGE)
        wait_for(lambda: arena_now()["dependency"] == "large", lambda: f"the dependency on disk, now {arena_now()}")
        self.click(PANEL_REPLACEABILITY_SMALL)
        wait_for(lambda: arena_now()["replaceability"] == "small", lambda: f"replaceability on disk, now {arena_now()}")

        # Equal to the youth centre on all three counts; first by name.
        self.click(PANEL_TO_RANKING)
        self.wait_for_screen(FIRST_ROW_TOKEN, type_colour(academie["type"]), "the ranked view with the academy first")
        self.click(BACK)
        self.wait_for_screen(BACK_EDGE, ACCENT, "the board again", shown=False)

        self.open_view(MORE_WRAP_UP)
        # The field takes the keys when its hint ("Schrijf hier …") has made way for the cursor.
        self.click(FIRST_ANSWER)
        if not self.hint_gone(timeout=4):
            self.click(FIRST_ANSWER)
            self.assertTrue(self.hint_gone(timeout=20), "the answer field taking the keys")
        answer = "Elke maand koffie met de partners, en een feest per jaar"  # what xdotool can type on Xvfb
        self.xdotool("type", "--delay", "30", answer)
        reflections = lambda: self.board_now(board_file)["workshop"]["reflections"]
        saved = lambda: reflections().get("durable_contacts") == answer
        self.click(QUIET_SPOT)  # the answer is done when the field lets go (a lost click is tried again)
        try:
            wait_for(saved, "the answer on disk", timeout=5)
        except AssertionError:
            self.click(QUIET_SPOT)
            wait_for(saved, lambda: f"the answer on disk, now {reflections()}")

        self.click_until_shown(SAVE_PICTURE, PICTURE_POPUP_SPOT, POPUP, "the picture sizes", tolerance=4)
        self.click(PICTURE_SCREEN)
        picture = self.path("workshop.png")
        wait_for(lambda: os.path.exists(picture), "the picture next to the board file")
        self.stop_app(proc)

        after = self.board_now(board_file)
        arena = next(a for a in after["actors"] if a["id"] == academie["id"])["arena"]
        self.assertEqual((arena["importance"], arena["dependency"], arena["replaceability"]), (4, "large", "small"))
        self.assertEqual(after["workshop"]["reflections"], {"durable_contacts": answer})
        self.assertEqual(self.validate(board_file).returncode, 0)
        image = Image.open(picture)
        self.assertEqual(image.size, (1920, 1080))
        inside = json.loads(image.text["netwerktafel-board"])["board"]
        self.assertEqual(inside["workshop"]["reflections"], {"durable_contacts": answer})

    def test_the_wrap_up_comes_with_its_phase_and_goes_with_it(self):
        board_file = self.path("workshop.json")
        doc = load_json(demo_path())
        programme = doc["board"]["programme"]
        vote = next(p for p in programme["phases"] if p["kind"] == "vote")
        programme["timer"]["phase"] = vote["id"]  # paused in the vote; the wrap-up comes next
        with open(board_file, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=2)
        proc = self.start_app(board_file)
        self.wait_for_screen(BACK_EDGE, ACCENT, "the board, without the closing view", shown=False)
        self.xdotool("key", "Right")  # the facilitator's next part
        self.wait_for_screen(BACK_EDGE, ACCENT, "the closing view with the wrap-up phase")
        self.xdotool("key", "Left")
        self.wait_for_screen(BACK_EDGE, ACCENT, "the board again with the vote phase", shown=False)
        self.stop_app(proc)

    def test_screenshots_of_the_ranked_view_and_the_wrap_up(self):
        artifacts = os.environ.get("NT_ARTIFACTS", self.tmp)
        os.makedirs(artifacts, exist_ok=True)
        proc = self.start_app("--demo", "--lang", "nl")
        self.open_view(MORE_ARENA)
        self.xdotool("mousemove", 1900, 1070)
        time.sleep(0.5)
        shot = self.grab()
        shot.save(os.path.join(artifacts, "arena-ranking.png"))
        # The demo's most important partner, the youth centre, leads.
        self.assertTrue(close_to(shot.getpixel(FIRST_ROW_TOKEN), type_colour("jeugdwerk")))
        self.click(BACK)
        self.wait_for_screen(BACK_EDGE, ACCENT, "the board again", shown=False)
        self.open_view(MORE_WRAP_UP)
        self.xdotool("mousemove", 1900, 1070)
        time.sleep(0.5)
        self.grab().save(os.path.join(artifacts, "wrap-up.png"))
        self.stop_app(proc)


if __name__ == "__main__":
    unittest.main()
