"""The results report from inside the running app, under Xvfb with the real
mouse: "Verslag bewaren" in the toolbar's "Meer" menu, and in the wrap-up,
writes the Markdown, the CSV and a printable HTML page with the board's
picture inside, next to the board file; the demo is first saved to a file of
its own in ~/Netwerktafel. The app says where. Typed text stays text in the
page. Screenshots of the menu, the wrap-up and the toast go to the test
artifacts, with the page itself."""

import base64
import io
import json
import os
import re
import shutil
import time
import unittest

from PIL import Image, ImageGrab

from harness import AppTestCase, demo_path, load_json, wait_for

TITLE = "Netwerkdag <Lochristi> & buren"


class ReportFromTheApp(AppTestCase):
    def grab(self):
        return ImageGrab.grab(xdisplay=self.display.name).convert("RGB")

    def artifacts(self):
        folder = os.path.join(os.environ.get("NT_ARTIFACTS", self.tmp), "report")
        os.makedirs(folder, exist_ok=True)
        return folder

    def shown_button(self, name, timeout):
        """The centre of a button the app drew this frame (toolbar, menu, wrap-up), from its screen map."""
        def find():
            self.xdotool("mousemove_relative", "--", 1, 0)  # a fresh frame, a fresh map
            self.xdotool("mousemove_relative", "--", -1, 0)
            for b in self.ui_map().get("buttons", []):
                if b["key"] == name:
                    x0, y0, x1, y1 = b["rect"]
                    return ((x0 + x1) / 2, (y0 + y1) / 2)
            return None
        return wait_for(find, f"the {name} button", timeout=timeout)

    def click_until(self, pos, name):
        """Clicks what opens a popup or a view until `name` shows in it; a
        click just after a window appeared is now and then lost under Xvfb."""
        for attempt in range(3):
            self.click(pos)
            try:
                return self.shown_button(name, timeout=4 if attempt < 2 else 20)
            except AssertionError:
                if attempt == 2:
                    raise

    def said(self, proc, words):
        line = wait_for(lambda: (lambda l: l if words in l or not l else None)(proc.stdout.readline()),
                        f"the app saying “{words}”")
        self.assertIn(words, line)
        return line.split(words, 1)[1].strip()

    def check_report(self, board_file, title):
        stem = os.path.splitext(board_file)[0]
        page, md, csv = (stem + "-verslag" + ext for ext in (".html", ".md", ".csv"))
        for f in (page, md, csv):
            self.assertTrue(os.path.exists(f), f)
        with open(md, encoding="utf-8") as f:
            self.assertIn("## Combinaties", f.read())
        with open(csv, "rb") as f:
            self.assertTrue(f.read().startswith(b"\xef\xbb\xbfsection;rank;"))
        with open(page, encoding="utf-8") as f:
            html = f.read()
        self.assertTrue(html.startswith('<!DOCTYPE html>\n<html lang="nl">'))
        escaped = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        self.assertIn(f"<h1>{escaped}</h1>", html)
        self.assertNotIn("<Lochristi>", html)
        found = re.search(r'<img src="data:image/png;base64,([A-Za-z0-9+/=]+)"', html)
        self.assertIsNotNone(found, "the board's picture inside the page")
        with Image.open(io.BytesIO(base64.b64decode(found.group(1), validate=True))) as im:
            im.load()
            self.assertEqual(im.format, "PNG")
            self.assertEqual(im.size, (1920, 1080))
            self.assertEqual(json.loads(im.text["netwerktafel-board"])["board"]["workshop"]["title"], title)
        shutil.copyfile(page, os.path.join(self.artifacts(), os.path.basename(page)))
        return page

    def test_save_the_report_from_the_more_menu_writes_three_files_beside_the_board(self):
        board_file = self.path("workshop.json")
        board = load_json(demo_path())
        board["board"]["workshop"]["title"] = TITLE
        with open(board_file, "w", encoding="utf-8") as f:
            json.dump(board, f, ensure_ascii=False)
        proc = self.start_app(board_file)

        entry = self.click_until(self.toolbar_button("more"), "moreReport")
        self.xdotool("mousemove", round(entry[0]), round(entry[1]))
        time.sleep(0.4)
        self.grab().save(os.path.join(self.artifacts(), "report-menu.png"))
        self.click(entry)
        page = self.said(proc, "verslag bewaard in ")
        self.assertEqual(page, self.path("workshop-verslag.html"))
        time.sleep(0.5)
        self.grab().save(os.path.join(self.artifacts(), "report-toast.png"))
        self.stop_app(proc)
        self.check_report(board_file, TITLE)

    def test_save_the_report_in_the_wrap_up_saves_the_demo_first(self):
        proc = self.start_app("--demo")
        wrap_up = self.click_until(self.toolbar_button("more"), "moreWrapUp")
        button = self.click_until(wrap_up, "wrapUpReport")
        self.xdotool("mousemove", round(button[0]), round(button[1]))
        time.sleep(0.4)
        self.grab().save(os.path.join(self.artifacts(), "report-wrap-up.png"))
        self.click(button)
        page = self.said(proc, "verslag bewaard in ")
        self.stop_app(proc)

        folder = self.path("Netwerktafel")
        self.assertEqual(os.path.dirname(page), folder, "beside the demo's own new file")
        boards = [f for f in os.listdir(folder) if not f.startswith(".") and "-verslag." not in f
                  and not f.endswith(".journal")]
        self.assertEqual(len(boards), 1, os.listdir(folder))
        board_file = os.path.join(folder, boards[0])
        self.check_report(board_file, load_json(board_file)["board"]["workshop"]["title"])

    def test_export_html_on_the_command_line(self):
        page = self.path("verslag.html")
        result = self.run_app("--demo", "--export-html", page)
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(page, encoding="utf-8") as f:
            html = f.read()
        self.assertIn("<h2>Combinaties</h2>", html)
        found = re.search(r'<img src="data:image/png;base64,([A-Za-z0-9+/=]+)"', html)
        self.assertIsNotNone(found)
        with Image.open(io.BytesIO(base64.b64decode(found.group(1)))) as im:
            self.assertEqual(im.size, (1920, 1080))
        english = self.path("report.html")
        self.assertEqual(self.run_app("--demo", "--lang", "en", "--export-html", english).returncode, 0)
        with open(english, encoding="utf-8") as f:
            self.assertIn('<html lang="en">', f.read())
        # Without a display the page is still written, without the picture, and it says so once.
        self.env.pop("DISPLAY")
        bare = self.path("zonder-beeld.html")
        result = self.run_app("--demo", "--export-html", bare)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("without the board's picture", result.stderr)
        with open(bare, encoding="utf-8") as f:
            self.assertNotIn("<img", f.read())
        self.assertEqual(self.run_app("--export-html").returncode, 2)
        self.assertIn("--export-html", self.run_app("--help").stdout)


if __name__ == "__main__":
    unittest.main()
