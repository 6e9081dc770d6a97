"""The partner tools with the real mouse and keyboard: a municipality added
by typing part of its name and picking it, a type dragged from the
inspiration tray onto a bubble half and named, and the saved board file.
Screenshots of the open tray and of the municipality box go to the test
artifacts for a person to look at."""

import os
import shutil
import time
import unittest

from PIL import ImageGrab

from harness import AppTestCase, demo_path, load_json, wait_for

ARTIFACTS = os.environ.get("NT_ARTIFACTS", "")
# The tabs at the diagram's left edge (view/partner_tools.h), board units = pixels at 1920x1080.
TRAY_TAB = (413, 320)
BUBBLE_TAB = (413, 536)
FIRST_SUGGESTION = (600, 340)  # the municipality box's first suggestion, below its name field
WZC_COLOUR = (0x2F, 0x7C, 0x63)  # the catalogue's woonzorgcentrum token


class PartnerTools(AppTestCase):
    def grab(self, name):
        image = ImageGrab.grab(xdisplay=self.display.name)
        if ARTIFACTS:
            os.makedirs(ARTIFACTS, exist_ok=True)
            image.save(os.path.join(ARTIFACTS, name))
        return image

    def find_colour(self, image, colour, box):
        """The centre of the pixels of exactly this colour inside box (x0, y0, x1, y1)."""
        xs, ys = [], []
        for y in range(box[1], box[3], 2):
            for x in range(box[0], box[2], 2):
                if image.getpixel((x, y))[:3] == colour:
                    xs.append(x)
                    ys.append(y)
        self.assertTrue(xs, f"no pixel of colour {colour} in {box}")
        return sum(xs) / len(xs), sum(ys) / len(ys)

    def test_add_a_municipality_by_name_then_drag_a_type_onto_its_lower_half(self):
        board_file = self.path("workshop.json")
        shutil.copyfile(demo_path(), board_file)
        before = load_json(board_file)["board"]
        proc = self.start_app(board_file)

        # The municipality box: type part of the name (no accents needed) and pick it.
        self.click(BUBBLE_TAB)
        time.sleep(1.0)  # the box opens and takes the keyboard
        self.xdotool("type", "--delay", "40", "kruib")
        time.sleep(0.5)
        self.grab("partners-municipality-box.png")
        self.click(FIRST_SUGGESTION)
        bubbles_now = lambda: load_json(board_file)["board"]["municipalities"]
        wait_for(lambda: len(bubbles_now()) == len(before["municipalities"]) + 1,
                 lambda: f"a new bubble on disk, now: {[m['name'] for m in bubbles_now()]}")
        new = bubbles_now()[-1]
        self.assertEqual(new["name"], "Beveren-Kruibeke-Zwijndrecht")
        self.assertFalse(new["own"])  # the demo's own municipality stays Lochristi
        for m in before["municipalities"]:
            gap = ((m["centre"]["x"] - new["centre"]["x"]) ** 2 + (m["centre"]["y"] - new["centre"]["y"]) ** 2) ** 0.5
            self.assertGreaterEqual(gap, m["radius"] + new["radius"], f"{new['name']} overlaps {m['name']}")

        # The inspiration tray takes the keyboard for its search field; find the token and drag it.
        self.click(TRAY_TAB)
        time.sleep(1.0)
        self.xdotool("type", "--delay", "40", "woonzorg")
        time.sleep(0.5)
        image = self.grab("partners-tray.png")
        start = self.find_colour(image, WZC_COLOUR, (16, 16, 700, 970))
        target_bubble = new if new["centre"]["x"] - new["radius"] > 720 else next(
            m for m in before["municipalities"] if m["centre"]["x"] - m["radius"] > 720)
        target = (target_bubble["centre"]["x"] + 20, target_bubble["centre"]["y"] + target_bubble["radius"] * 0.5)
        self.mouse_drag(start, target)
        # The name editor opens on the new partner, its default name (the type's) selected to write over.
        time.sleep(0.5)
        self.xdotool("type", "--delay", "40", "WZC De Linde")
        self.xdotool("key", "Return")
        actors_now = lambda: load_json(board_file)["board"]["actors"]
        wait_for(lambda: any(a["name"] == "WZC De Linde" for a in actors_now()),
                 lambda: f"the named partner on disk, now: {[a['name'] for a in actors_now()]}")
        self.stop_app(proc)

        after = load_json(board_file)["board"]
        actor = next(a for a in after["actors"] if a["name"] == "WZC De Linde")
        self.assertEqual(actor["type"], "woonzorgcentrum")
        self.assertEqual(actor["municipality"], target_bubble["id"])
        self.assertEqual(actor["sector"], "non_cultural")
        self.assertEqual(len(after["actors"]), len(before["actors"]) + 1)
        self.assertEqual(self.validate(board_file).returncode, 0)


if __name__ == "__main__":
    unittest.main()
