#!/usr/bin/python3
# Checks board files against docs/board.schema.json, so the schema stays true
# to what the C++ writer produces (the demo, the migrated test data) and stays
# strict (broken copies must be rejected with --expect-invalid).
#
# Usage: validate_board_schema.py [--expect-invalid] SCHEMA BOARD...
# Prints "ok: PATH" or "invalid: PATH: <json path>: <message>" per file.
# Exits 1 when any file is invalid (or, with --expect-invalid, when any file
# is accepted), 2 on usage or read errors.
#
# Run with Debian's /usr/bin/python3: it has python3-jsonschema (4.10).

import argparse
import json
import sys

try:
    from jsonschema import Draft202012Validator, validators
except ImportError:
    sys.stderr.write("validate_board_schema.py: needs jsonschema (Debian: python3-jsonschema; run /usr/bin/python3)\n")
    sys.exit(2)


def strict_integer(checker, instance):
    # JSON Schema counts 2.0 as an integer; the C++ reader (nlohmann/json)
    # does not, and the writer never writes ids or versions that way.
    return isinstance(instance, int) and not isinstance(instance, bool)


# Draft 2020-12, with "integer" meaning a number written without a fraction.
BoardValidator = validators.extend(
    Draft202012Validator,
    type_checker=Draft202012Validator.TYPE_CHECKER.redefine("integer", strict_integer),
)


def json_path(error):
    """The JSON pointer of the offending value, e.g. /board/actors/3/name."""
    return "/" + "/".join(str(p) for p in error.absolute_path)


def best_error(errors):
    # The deepest error names the most exact place; ties keep schema order.
    return max(errors, key=lambda e: len(e.absolute_path))


def main(argv):
    parser = argparse.ArgumentParser(description="Validate Netwerktafel board files against the board JSON Schema.")
    parser.add_argument("--expect-invalid", action="store_true",
                        help="succeed only if every file is rejected (proves the schema is strict)")
    parser.add_argument("schema", help="path to docs/board.schema.json")
    parser.add_argument("boards", nargs="+", help="board files to check")
    args = parser.parse_args(argv)

    try:
        with open(args.schema, encoding="utf-8") as f:
            schema = json.load(f)
        Draft202012Validator.check_schema(schema)
    except (OSError, ValueError) as e:
        print(f"error: {args.schema}: {e}", file=sys.stderr)
        return 2
    except Exception as e:  # jsonschema.SchemaError
        print(f"error: {args.schema}: not a valid JSON Schema: {getattr(e, 'message', e)}", file=sys.stderr)
        return 2
    validator = BoardValidator(schema)

    failed = False
    for path in args.boards:
        try:
            with open(path, encoding="utf-8") as f:
                doc = json.load(f)
        except OSError as e:
            print(f"invalid: {path}: /: cannot read the file ({e.strerror})")
            valid = False
        except ValueError as e:
            print(f"invalid: {path}: /: not valid JSON ({e})")
            valid = False
        else:
            errors = list(validator.iter_errors(doc))
            valid = not errors
            if valid:
                print(f"ok: {path}")
            else:
                e = best_error(errors)
                print(f"invalid: {path}: {json_path(e)}: {e.message}")
        if valid == args.expect_invalid:
            failed = True
            if valid:
                print(f"{path}: accepted, but it was expected to be rejected", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
