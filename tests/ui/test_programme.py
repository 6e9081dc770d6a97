"""The facilitator runs the workshop's timer in the real app under Xvfb: real
mouse clicks on the programme panel and real key presses (space, arrows, +,
5, P), checked in the board file the app keeps saved. No timing is asserted:
only which phase is current, whether the clock runs, and the minutes added."""

import os
import shutil
import time
import unittest

from PIL import ImageGrab

from harness import AppTestCase, demo_path, load_json, wait_for

# Where programme_panel.cpp puts its buttons on a 1920×1080 window (one pixel
# per board unit): the panel's bottom right corner at (1528, 978), 600 wide,
# padding 16 × 14, buttons 44 high, 12 apart. The timer's five buttons share
# the width; the footer row (edit, hide) is at the bottom.
PANEL_LEFT, PANEL_RIGHT, PANEL_BOTTOM = 928, 1528, 978
CONTENT_LEFT, CONTENT_WIDTH = PANEL_LEFT + 16, 600 - 32
BUTTON_W = (CONTENT_WIDTH - 4 * 12) / 5
FOOTER_Y = PANEL_BOTTOM - 14 - 22
TIMER_Y = FOOTER_Y - 22 - 10 - 22


def timer_button(i):
    """0 previous, 1 start/pause/resume, 2 next, 3 +1 min, 4 +5 min."""
    return (CONTENT_LEFT + i * (BUTTON_W + 12) + BUTTON_W / 2, TIMER_Y)


PREVIOUS, START, NEXT, PLUS_ONE, PLUS_FIVE = (timer_button(i) for i in range(5))
HIDE = (CONTENT_LEFT + 250, FOOTER_Y)          # right of "Programma aanpassen"
EDIT = (CONTENT_LEFT + 80, FOOTER_Y)
# In edit mode the panel is 800 wide (left edge 728) and its rows, 44 high and
# 50 apart, end just above the timer's line: the last row's centre is at 780.
EDIT_LEFT = PANEL_RIGHT - 800 + 16
EDIT_DOWN_X = EDIT_LEFT + 44 + 6 + 22
EDIT_TITLE_X = EDIT_LEFT + 200
EDIT_MORE_X = EDIT_LEFT + 462
EDIT_SKIP_X = EDIT_LEFT + 555
EDIT_REMOVE_X = PANEL_RIGHT - 16 - 22
EDIT_DONE = (EDIT_LEFT + 30, FOOTER_Y)
ADD_PHASE = (EDIT_LEFT + 160, FOOTER_Y)


def edit_row_y(i, n):
    return 780 - 50 * (n - 1 - i)


def confirm_remove(row_y):
    """The confirmation stands with its bottom right on the remove button's;
    its two buttons, 160 wide, are its last line: yes first."""
    return (PANEL_RIGHT - 16 - 16 - 160 - 12 - 80, row_y + 22 - 14 - 22)


# The clock button in the toolbar (view/toolbar.cpp): after undo, redo, save, vote.


class FacilitatorRunsTheTimer(AppTestCase):
    def open_copy_of_demo(self):
        board_file = self.path("workshop.json")
        shutil.copyfile(demo_path(), board_file)
        return board_file

    def artifact(self, name):
        folder = os.environ.get("NT_ARTIFACTS", self.tmp)
        os.makedirs(folder, exist_ok=True)
        return os.path.join(folder, name)

    def grab(self, name=None):
        image = ImageGrab.grab(xdisplay=self.display.name)
        if name:
            image.save(self.artifact(name))
        return image

    def settled_grab(self, name=None):
        """A screenshot, taken once the screen has not changed for a second
        (the app draws only when something happens) or, where something
        ticks (a running timer), after a few seconds anyway. For people to
        look at; nothing is asserted on it."""
        last, since, start = self.grab(), time.monotonic(), time.monotonic()
        while time.monotonic() - since < 1.0 and time.monotonic() - start < 5.0:
            time.sleep(0.25)
            now = self.grab()
            if now != last:
                last, since = now, time.monotonic()
        if name:
            last.save(self.artifact(name))
        return last

    def tap(self, pos):
        """A click that gives the app time: the pointer's hover is drawn before
        the press, and the press's frames after it (a loaded machine can take
        a good part of a second for a frame). Not a timing under test."""
        self.xdotool("mousemove", round(pos[0]), round(pos[1]))
        time.sleep(1.0)
        self.xdotool("click", 1)
        time.sleep(1.0)

    def timer_becomes(self, board_file, what, **expected):
        def matches():
            timer = load_json(board_file)["board"]["programme"]["timer"]
            return timer if all(timer[k] == v for k, v in expected.items()) else None
        return wait_for(matches, lambda: f"{what}: {expected} in {load_json(board_file)['board']['programme']['timer']}")

    def test_clicks_and_keys_run_the_timer_and_the_board_file_keeps_it(self):
        board_file = self.open_copy_of_demo()
        phases = [p["id"] for p in load_json(board_file)["board"]["programme"]["phases"]]
        self.assertEqual(load_json(board_file)["board"]["programme"]["timer"]["phase"], None)
        proc = self.start_app(board_file)
        self.tap(self.toolbar_button("clock"))  # the panel opens from the tray's clock button

        # Mouse: start, +5 min, next.
        self.tap(START)
        self.timer_becomes(board_file, "started", phase=phases[0], running=True, extraSeconds=0)
        self.tap(PLUS_FIVE)
        self.timer_becomes(board_file, "five more minutes", phase=phases[0], running=True, extraSeconds=300)
        self.tap(PLUS_ONE)
        self.timer_becomes(board_file, "one more minute", phase=phases[0], extraSeconds=360)
        self.tap(NEXT)
        self.timer_becomes(board_file, "the next phase", phase=phases[1], running=True, extraSeconds=0)
        self.settled_grab("programme-running.png")

        # Keys, with the mouse out of the way: space pauses, Right moves on
        # (paused), + and 5 add time, Left and PageUp go back, PageDown on.
        self.xdotool("mousemove", 200, 600)
        self.xdotool("key", "space")
        paused = self.timer_becomes(board_file, "paused", phase=phases[1], running=False)
        self.xdotool("key", "Right")
        self.timer_becomes(board_file, "the next phase, paused", phase=phases[2], running=False, extraSeconds=0)
        self.assertEqual(load_json(board_file)["board"]["programme"]["timer"]["elapsedSeconds"], 0)
        self.xdotool("key", "plus")
        self.timer_becomes(board_file, "+ adds a minute", phase=phases[2], extraSeconds=60)
        self.xdotool("key", "5")
        self.timer_becomes(board_file, "5 adds five", phase=phases[2], extraSeconds=360)
        self.xdotool("key", "minus")
        self.timer_becomes(board_file, "- takes one away", phase=phases[2], extraSeconds=300)
        self.xdotool("key", "Left")
        self.timer_becomes(board_file, "back", phase=phases[1], running=False, extraSeconds=0)
        self.xdotool("key", "Next")  # PageDown, as a presenter's clicker sends it
        self.timer_becomes(board_file, "on with the clicker", phase=phases[2], running=False)
        self.xdotool("key", "space")
        self.timer_becomes(board_file, "resumed", phase=phases[2], running=True)
        self.assertGreater(paused["elapsedSeconds"], 0)

        # P hides the panel, the toolbar's clock brings it back.
        panel_box = (PANEL_LEFT, PANEL_BOTTOM - 120, PANEL_RIGHT, PANEL_BOTTOM)
        self.xdotool("key", "space")
        self.timer_becomes(board_file, "paused again", phase=phases[2], running=False)
        shown = self.settled_grab().crop(panel_box)
        self.xdotool("key", "p")
        wait_for(lambda: self.grab().crop(panel_box) != shown, "the panel to hide")
        self.tap(self.toolbar_button("clock"))
        self.xdotool("mousemove", 200, 600)
        wait_for(lambda: self.grab().crop(panel_box) == shown, "the panel to come back")
        self.tap(HIDE)
        self.xdotool("mousemove", 200, 600)
        wait_for(lambda: self.grab().crop(panel_box) != shown, "the panel's own hide button")
        self.xdotool("key", "p")
        # The timer was never an undo step: Ctrl+Z leaves it where it is.
        before_undo = load_json(board_file)["board"]["programme"]
        self.xdotool("key", "ctrl+z")
        self.xdotool("key", "ctrl+s")

        self.stop_app(proc)
        self.assertEqual(load_json(board_file)["board"]["programme"], before_undo)
        timer = load_json(board_file)["board"]["programme"]["timer"]
        self.assertEqual((timer["phase"], timer["running"], timer["extraSeconds"]), (phases[2], False, 0))
        self.assertEqual(load_json(board_file)["board"]["programme"]["phases"],
                         load_json(demo_path())["board"]["programme"]["phases"])
        self.assertEqual(self.validate(board_file).returncode, 0, self.validate(board_file).stderr)

    def test_keys_typed_into_a_note_leave_the_timer_alone(self):
        board_file = self.open_copy_of_demo()
        note = load_json(board_file)["board"]["notes"][1]
        proc = self.start_app(board_file)
        self.tap((note["position"]["x"], note["position"]["y"]))  # a tap opens the editor
        self.xdotool("type", "--delay", "30", " en 5 + 1 - p meer")
        self.xdotool("key", "Return")
        text_now = lambda: load_json(board_file)["board"]["notes"][1]["text"]
        wait_for(lambda: text_now() == note["text"] + " en 5 + 1 - p meer",
                 lambda: "the note's new text on disk, now: " + text_now())
        self.stop_app(proc)
        self.assertEqual(load_json(board_file)["board"]["programme"],
                         load_json(demo_path())["board"]["programme"])

    def test_editing_the_programme_with_the_mouse(self):
        board_file = self.open_copy_of_demo()
        original = load_json(board_file)["board"]["programme"]["phases"]
        phases_now = lambda: load_json(board_file)["board"]["programme"]["phases"]
        proc = self.start_app(board_file)
        self.xdotool("key", "p")  # the panel opens with P too
        self.tap(EDIT)

        # Add a phase: a custom one of ten minutes at the end (the workshop has not begun).
        self.tap(ADD_PHASE)
        phases = wait_for(lambda: len(phases_now()) == 9 and phases_now(), "a ninth phase")
        self.assertEqual(phases[:8], original)
        self.assertEqual((phases[8]["kind"], phases[8]["durationSeconds"], phases[8]["skipped"]), ("custom", 600, False))
        self.settled_grab()
        n = 9
        # Skip strengths, move own practice down, give partners five more minutes.
        self.tap((EDIT_SKIP_X, edit_row_y(1, n)))
        wait_for(lambda: phases_now()[1]["skipped"], "strengths skipped")
        self.tap((EDIT_DOWN_X, edit_row_y(0, n)))
        wait_for(lambda: [p["kind"] for p in phases_now()[:2]] == ["strengths", "own_practice"], "own practice moved down")
        self.tap((EDIT_MORE_X, edit_row_y(3, n)))
        wait_for(lambda: phases_now()[3]["durationSeconds"] == 30 * 60, "partners re-timed to 30 minutes")
        # Rename weaknesses: the field selects its text, and typing in it,
        # spaces and digits and all, is no shortcut.
        self.tap((EDIT_TITLE_X, edit_row_y(2, n)))
        self.xdotool("type", "--delay", "30", "Wat loopt mis 5 keer?")
        self.xdotool("key", "Return")
        wait_for(lambda: phases_now()[2]["title"] == "Wat loopt mis 5 keer?", lambda: f"the new title in {phases_now()[2]}")
        self.settled_grab("programme-editing.png")
        # Remove the added phase, after saying yes.
        self.tap((EDIT_REMOVE_X, edit_row_y(8, n)))
        self.settled_grab("programme-remove.png")
        self.tap(confirm_remove(edit_row_y(8, n)))
        wait_for(lambda: len(phases_now()) == 8, "the added phase removed")
        self.assertEqual(load_json(board_file)["board"]["programme"]["timer"]["phase"], None)
        # Each edit is an undo step: six Ctrl+Z later the programme is as shipped.
        self.tap(EDIT_DONE)
        self.xdotool("mousemove", 200, 600)
        for _ in range(6):
            self.xdotool("key", "ctrl+z")
        wait_for(lambda: phases_now() == original, lambda: f"the undone programme, now {phases_now()}")
        self.stop_app(proc)


if __name__ == "__main__":
    unittest.main()
