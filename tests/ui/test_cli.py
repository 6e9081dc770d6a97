"""The command line without a window: --export-json, bad input, --help,
--version. Bad input exits non-zero with one clear line and writes nothing."""

import csv
import filecmp
import os
import shutil
import subprocess
import tempfile
import unittest

from harness import APP, PATIENCE, SCHEMA, VALIDATOR, app_env, demo_path, assert_refused


class CommandLine(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="nt-cli-")
        self.addCleanup(shutil.rmtree, self.tmp, True)
        self.env = app_env(self.tmp)
        self.env.pop("DISPLAY", None)  # proves these modes need no display

    def path(self, name):
        return os.path.join(self.tmp, name)

    def run_app(self, *args):
        return subprocess.run([APP, *args], env=self.env, capture_output=True, text=True, timeout=PATIENCE)

    def assert_refused(self, result, *words):
        assert_refused(self, result, *words)

    def test_export_json_of_the_demo_validates_and_reloads_to_the_same_bytes(self):
        first, second = self.path("b.json"), self.path("c.json")
        self.assertEqual(self.run_app("--demo", "--export-json", first).returncode, 0)
        check = subprocess.run(["/usr/bin/python3", VALIDATOR, SCHEMA, first], capture_output=True, text=True)
        self.assertEqual(check.returncode, 0, check.stdout + check.stderr)
        self.assertEqual(self.run_app(first, "--export-json", second).returncode, 0)
        self.assertTrue(filecmp.cmp(first, second, shallow=False))
        self.assertTrue(filecmp.cmp(first, demo_path(), shallow=False), "the shipped demo is in canonical form")

    def test_report_and_csv_of_the_demo(self):
        report, csv_path = self.path("verslag.md"), self.path("resultaten.csv")
        result = self.run_app("--demo", "--export-report", report, "--export-csv", csv_path)
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(report, encoding="utf-8") as f:
            text = f.read()
        self.assertTrue(text.startswith("# Ons netwerk uitbouwen\n"), text[:80])
        for heading in ("## Sterktes", "## Zwaktes", "## Partners per gemeente", "## Combinaties",
                        "## Gekozen om op te volgen", "## Om het te laten duren"):
            self.assertIn(heading, text)
        self.assertIn("maandag 23 november 2026", text)
        with open(csv_path, encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f, delimiter=";"))
        self.assertEqual(rows[0][:3], ["section", "rank", "name"])
        self.assertTrue(all(len(r) == len(rows[0]) for r in rows))
        sections = {r[0] for r in rows[1:]}
        self.assertLessEqual({"practice", "strength", "weakness", "actor", "combination", "reflection"}, sections)
        english = self.path("report.md")
        self.assertEqual(self.run_app("--demo", "--lang", "en", "--export-report", english).returncode, 0)
        with open(english, encoding="utf-8") as f:
            self.assertIn("## Chosen to follow up", f.read())

    def test_a_format_1_file_is_migrated_and_written_in_the_current_format(self):
        old = os.path.join(os.path.dirname(SCHEMA), "..", "tests", "core", "data", "board-v1.json")
        out = self.path("migrated.json")
        self.assertEqual(self.run_app(old, "--export-json", out).returncode, 0)
        check = subprocess.run(["/usr/bin/python3", VALIDATOR, SCHEMA, out], capture_output=True, text=True)
        self.assertEqual(check.returncode, 0, check.stdout + check.stderr)

    def test_a_broken_file_is_refused_and_left_untouched(self):
        broken = self.path("broken.json")
        with open(demo_path(), encoding="utf-8") as f:
            text = f.read()
        with open(broken, "w", encoding="utf-8") as f:
            f.write(text[: len(text) // 2])
        out = self.path("out.json")
        result = self.run_app(broken, "--export-json", out)
        self.assert_refused(result, "broken.json", "line")
        self.assertFalse(os.path.exists(out))
        with open(broken, encoding="utf-8") as f:
            self.assertEqual(f.read(), text[: len(text) // 2])

    def test_a_file_of_the_wrong_kind_names_the_place(self):
        wrong = self.path("wrong.json")
        with open(wrong, "w", encoding="utf-8") as f:
            f.write('{"type": "netwerktafel-board", "formatVersion": 2, "appVersion": "0.1.0", "board": {"workshop": 3}}')
        self.assert_refused(self.run_app(wrong, "--export-json", self.path("o.json")), "wrong.json", "/board/workshop")

    def test_a_file_from_a_newer_version_is_refused_clearly(self):
        newer = self.path("newer.json")
        with open(newer, "w", encoding="utf-8") as f:
            f.write('{"type": "netwerktafel-board", "formatVersion": 99, "board": {}}')
        self.assert_refused(self.run_app(newer, "--export-json", self.path("o.json")), "newer")

    def test_a_missing_file_cannot_be_exported(self):
        self.assert_refused(self.run_app(self.path("nope.json"), "--export-json", self.path("o.json")), "nope.json")

    def test_bad_options_exit_2_with_one_line(self):
        for args in (["--windowed", "big"], ["--lang", "fr"], ["--frames", "3"], ["--bogus"], ["a.json", "b.json"],
                     ["--demo", "a.json"], ["--tuio-timeout", "0.1"], ["--tuio-timeout", "1.25"],
                     ["--tuio-timeout", "vijf"], ["--export-report"], ["--export-csv"], ["--latency-log"]):
            result = self.run_app(*args)
            self.assertEqual(result.returncode, 2, args)
            self.assertEqual(len(result.stderr.strip().splitlines()), 1, args)

    def test_export_to_an_unwritable_place_fails_cleanly(self):
        result = self.run_app("--demo", "--export-json", self.path("no/such/folder/b.json"))
        self.assert_refused(result, "b.json")

    def test_help_and_version(self):
        help_text = self.run_app("--help")
        self.assertEqual(help_text.returncode, 0)
        for option in ("--demo", "--windowed", "--lang", "--screenshot", "--frames", "--export-json", "--export-png",
                       "--width", "--export-report", "--export-csv", "--tuio-timeout", "--latency-log", "--version"):
            self.assertIn(option, help_text.stdout)
        version = self.run_app("--version")
        self.assertEqual(version.returncode, 0)
        self.assertTrue(version.stdout.startswith("netwerktafel "))


if __name__ == "__main__":
    unittest.main()
