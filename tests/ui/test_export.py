"""--export-png: renders the board offscreen under the test's own Xvfb, writes
a PNG of the chosen width that pngcheck accepts and that carries the board, so
that opening the PNG gives the same board back. A broken PNG is refused with
one clear line and nothing is written."""

import filecmp
import os
import subprocess
import unittest

from PIL import Image

from harness import AppTestCase, assert_refused


class ExportPng(AppTestCase):
    def assert_refused(self, result, *words):
        assert_refused(self, result, *words)

    def export_demo(self, name, *args):
        out = self.path(name)
        result = self.run_app("--demo", "--export-png", out, *args)
        self.assertEqual(result.returncode, 0, result.stderr)
        return out

    def test_a_3840_export_has_its_size_passes_pngcheck_and_reopens_as_the_board(self):
        png = self.export_demo("board.png", "--width", "3840")
        with Image.open(png) as im:
            self.assertEqual(im.size, (3840, 2160))
            self.assertEqual(im.format, "PNG")
        check = subprocess.run(["pngcheck", "-v", png], capture_output=True, text=True)
        self.assertEqual(check.returncode, 0, check.stdout + check.stderr)
        self.assertIn("netwerktafel-board", check.stdout)

        from_png, from_demo = self.path("from-png.json"), self.path("from-demo.json")
        self.assertEqual(self.run_app(png, "--export-json", from_png).returncode, 0)
        self.assertEqual(self.run_app("--demo", "--export-json", from_demo).returncode, 0)
        self.assertTrue(filecmp.cmp(from_png, from_demo, shallow=False))

    def test_the_default_width_is_1920_and_a_png_exports_again(self):
        first = self.export_demo("first.png")
        with Image.open(first) as im:
            self.assertEqual(im.size, (1920, 1080))
        second = self.path("second.png")
        result = self.run_app(first, "--export-png", second, "--width", "640")
        self.assertEqual(result.returncode, 0, result.stderr)
        with Image.open(second) as im:
            self.assertEqual(im.size, (640, 360))

    def test_the_picture_shows_the_board_not_a_blank(self):
        png = self.export_demo("board.png")
        with Image.open(png) as im:
            colours = im.convert("RGB").resize((192, 108)).getcolors(maxcolors=1 << 16)
        self.assertGreater(len(colours or []), 50, "an export of the demo has many colours")

    def test_a_broken_png_is_refused_and_nothing_is_written(self):
        png = self.export_demo("board.png")
        with open(png, "rb") as f:
            data = f.read()
        broken = self.path("broken.png")
        with open(broken, "wb") as f:
            f.write(data[: len(data) // 2])
        for option, out in (("--export-json", self.path("out.json")), ("--export-png", self.path("out.png"))):
            self.assert_refused(self.run_app(broken, option, out), "broken.png", "damaged")
            self.assertFalse(os.path.exists(out))
        with open(broken, "rb") as f:
            self.assertEqual(f.read(), data[: len(data) // 2], "the broken file is left as it was")

    def test_a_png_without_a_board_is_refused(self):
        plain = self.path("plain.png")
        Image.new("RGB", (64, 32), (200, 100, 50)).save(plain)
        self.assert_refused(self.run_app(plain, "--export-json", self.path("o.json")), "plain.png",
                            "no Netwerktafel board")

    def test_bad_widths_exit_2_with_one_line(self):
        for args in (["--width", "3840"], ["--export-png", "x.png", "--width", "639"],
                     ["--export-png", "x.png", "--width", "7681"], ["--export-png", "x.png", "--width", "wide"]):
            result = self.run_app("--demo", *args)
            self.assertEqual(result.returncode, 2, args)
            self.assertEqual(len(result.stderr.strip().splitlines()), 1, args)


class ExportPngWithoutDisplay(unittest.TestCase):
    def test_no_display_gives_one_clear_line(self):
        import tempfile
        from harness import APP, PATIENCE, app_env
        with tempfile.TemporaryDirectory(prefix="nt-export-") as tmp:
            env = app_env(tmp)
            env.pop("DISPLAY", None)
            env.pop("WAYLAND_DISPLAY", None)
            out = os.path.join(tmp, "b.png")
            result = subprocess.run([APP, "--demo", "--export-png", out], env=env, capture_output=True, text=True,
                                    timeout=PATIENCE)
            self.assertNotEqual(result.returncode, 0)
            self.assertEqual(len(result.stderr.strip().splitlines()), 1, result.stderr)
            self.assertIn("display", result.stderr)
            self.assertFalse(os.path.exists(out))


if __name__ == "__main__":
    unittest.main()
