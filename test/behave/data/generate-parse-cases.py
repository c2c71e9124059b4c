#!/usr/bin/python3
"""Golden data for brine/behave's port of Python parse: runs the real `parse` (and parse_type's
cfparse) over every case below and writes pattern, text and the result or error class to
parse-cases.json. Run: /usr/bin/python3 test/behave/data/generate-parse-cases.py
With --stdout it prints the JSON instead; with --stdin it reads a JSON list of [format, text,
options] cases and prints their results (the tests that re-check against python3 use these)."""
import datetime
import decimal
import json
import subprocess
import os
import sys

import parse
from parse_type import TypeBuilder, cfparse


# Custom types, the same as in parse-golden.test.ts.
@parse.with_pattern(r"\d+")
def parse_number(text):
    return int(text)


@parse.with_pattern(r"yes|no")
def parse_yes_no(text):
    return text.lower() == "yes"


def parse_upper(text):
    return text.upper()


@parse.with_pattern(r"[a-z]+")
def parse_word(text):
    return "<" + text + ">"


TYPES = {
    "Number": parse_number,
    "YesNo": parse_yes_no,
    "Upper": parse_upper,
    "Word": parse_word,
    "Color": TypeBuilder.make_enum({"red": 1, "green": 2, "blue": 3}),
    "Size": TypeBuilder.make_choice(["small", "medium", "large"]),
}

CASES = [
    # Untyped fields: lazy, anchored at both ends, DOTALL, case-insensitive by default.
    ("I have {n} apples", "I have 3 apples"),
    ("I have {n} apples", "I have many red apples"),
    ("I have {n} apples", "I have  apples"),
    ("I have {n} apples", "I HAVE 3 APPLES"),
    ("I have {n} apples", "I have 3 apples today"),
    ("{a} {b}", "one two three"),
    ("{a}, {b}", "x, y, z"),
    ("{a}{b}", "xyz"),
    ("text {x}", "text line one\nline two"),
    ('the user "{name}" logs in', 'the user "Ann" logs in'),
    ('the user "{name}" logs in', 'the user "Ann "the admin"" logs in'),
    ("{}", "anything at all"),
    ("{} and {}", "a and b and c"),
    ("{0} and {1}", "a and b"),
    ("{} then {name}", "first then second"),
    ("{name} then {}", "first then second"),
    ("{_x} value", "1 value"),
    ("{x} is {x}", "a is a"),
    ("{x} is {x}", "a is b"),
    ("{x} is {x}", "Ab is aB"),
    ("{x:d} and {x:d}", "5 and 5"),
    ("{x:d} and {x:w}", "5 and 5"),
    ("{a.b} and {a.c}", "1 and 2"),
    ("{a[b]} and {a[c]}", "1 and 2"),
    ("literal {{braces}} {x}", "literal {braces} 1"),
    ("a {weird field} b", "a {weird field} b"),
    ("{weird field}", "x"),
    ("price is $ {x} (approx.)", "price is $ 10 (approx.)"),
    ("a+b={c}", "a+b=3"),
    ("one|two {x}", "one|two 3"),
    ("ünïcödé {wört}", "ÜNÏCÖDÉ straße"),
    ("{x:d}", "42"),
    ("{x:d}", "-42"),
    ("{x:d}", "+42"),
    ("{x:d}", " 42"),
    ("{x:d}", "0x1F"),
    ("{x:d}", "0X1f"),
    ("{x:d}", "-0x10"),
    ("{x:d}", "0b101"),
    ("{x:d}", "0o17"),
    ("{x:d}", "0x"),
    ("{x:d}", "007"),
    ("{x:d}", "4.5"),
    ("{x:d}", "abc"),
    ("{x:d}", "12345678901234567890123"),
    ("{x:d}", "٣٤"),
    ("{x:3d}", "123"),
    ("{x:3d}", "1234"),
    ("{x:3d}", "  7"),
    ("{x:d} items", "3 items"),
    ("{:d} of {:d}", "3 of 10"),
    ("{x:n}", "1,234,567"),
    ("{x:n}", "1.234"),
    ("{x:n}", "12,34"),
    ("{x:n}", "-1,000"),
    ("{x:f}", "3.25"),
    ("{x:f}", ".5"),
    ("{x:f}", "-0.5"),
    ("{x:f}", "3"),
    ("{x:f}", "1e5"),
    ("{x:F}", "1.50"),
    ("{x:e}", "1.5e10"),
    ("{x:e}", "-2.0E-3"),
    ("{x:e}", "nan"),
    ("{x:e}", "-inf"),
    ("{x:e}", "INF"),
    ("{x:e}", "1.5"),
    ("{x:g}", "1.5"),
    ("{x:g}", "15"),
    ("{x:g}", "1e3"),
    ("{x:g}", "-2.5e-2"),
    ("{x:g}", "nan"),
    ("{x:g}", "+inf"),
    ("{x:%}", "50%"),
    ("{x:%}", "12.5%"),
    ("{x:%}", "-3%"),
    ("{x:%}", "50"),
    ("{x:b}", "1011"),
    ("{x:b}", "0b11"),
    ("{x:b}", "102"),
    ("{x:o}", "0o777"),
    ("{x:o}", "17"),
    ("{x:o}", "8"),
    ("{x:x}", "ff"),
    ("{x:x}", "0xFF"),
    ("{x:x}", "-1A"),
    ("{x:x}", "fg"),
    ("{x:w}", "hello_world1"),
    ("{x:w}", "héllo"),
    ("{x:w}", "two words"),
    ("{x:W}", "!?"),
    ("{x:W}", "a!"),
    ("{x:s}", "   "),
    ("{x:s}", "\t\n"),
    ("{x:S}", "no-spaces"),
    ("{x:S}", "has space"),
    ("{x:l}", "Letters"),
    ("{x:l}", "letters1"),
    ("{x:l}", "éa"),
    ("{x:D}", "abc"),
    ("{x:D}", "a1"),
    ("{x:w} {y:d}", "abc 12"),
    ("{x:w}{y:d}", "abc12"),
    ("{x:ti}", "2023-01-05"),
    ("{x:ti}", "2023-01-05T10:11:12"),
    ("{x:ti}", "2023-01-05 10:11"),
    ("{x:ti}", "2023-01-05T10:11:12.5+01:00"),
    ("{x:ti}", "2023-01-05T10:11:12Z"),
    ("{x:ti}", "2023-01-05T10:11:12-0330"),
    ("{x:ti}", "2023-13-05"),
    ("{x:ti}", "2023-02-29"),
    ("{x:ti}", "2024-02-29"),
    ("{x:te}", "Mon, 20 Jan 1972 10:21:36 +1000"),
    ("{x:te}", "20 Jan 1972 10:21:36 -0500"),
    ("{x:tg}", "20/1/1972 10:21:36 PM +1:00"),
    ("{x:tg}", "20-Jan-1972 10:21"),
    ("{x:tg}", "20/1/1972"),
    ("{x:tg}", "20/January/1972 12:21 AM"),
    ("{x:ta}", "1/20/1972 10:21:36 PM +1:00"),
    ("{x:ta}", "Jan-20-1972"),
    ("{x:th}", "21/Nov/2011:00:07:11 +0000"),
    ("{x:th}", "21/Nov/2011:10:07:11 -0130"),
    ("{x:tc}", "Sun Sep 16 01:03:52 1973"),
    ("{x:tt}", "10:21"),
    ("{x:tt}", "10:21:36 PM"),
    ("{x:tt}", "12:01 AM"),
    ("{x:tt}", "10:21:36.25 +01:00"),
    ("{x:tt}", "25:00"),
    ("at {x:tt} sharp", "at 10:21 sharp"),
    ("{x:>5}", "   ab"),
    ("{x:>}", "   ab"),
    ("{x:<5}", "ab   "),
    ("{x:<}", "ab"),
    ("{x:^5}", "  ab   "),
    ("{x:^}", " ab "),
    ("{x:*^}", "**ab**"),
    ("{x:.^}", "..ab.."),
    ("{x:->}", "---ab"),
    ("{x:5}", "abcdefg"),
    ("{x:5}", "abc"),
    ("{x:.3}", "abc"),
    ("{x:.3}", "abcd"),
    ("{x:2.3} rest", "ab rest"),
    ("{x:=5d}", "-0042"),
    ("{x:0=5d}", "00042"),
    ("{x:*=d}", "**42"),
    ("{x:>5d}", "   42"),
    ("{x:<5d}", "42   "),
    ("{x:^7.2f}", "  3.14  "),
    ("{x:q}", "anything"),
    ("{x:dd}", "12"),
    ("{x:d:d}", "1"),
    ("{x:d}", ""),
    ("{x}", ""),
    ("", ""),
    ("plain text", "plain text"),
    ("plain text", "PLAIN TEXT"),
    ("plain text", "plain text "),
    # Custom types.
    ("{n:Number} apples", "12 apples"),
    ("{n:Number} apples", "twelve apples"),
    ("{n:Number} and {}", "12 and rest"),
    ("answer {a:YesNo}", "answer yes"),
    ("answer {a:YesNo}", "answer NO"),
    ("answer {a:YesNo}", "answer maybe"),
    ("shout {x:Upper}!", "shout hello there!"),
    ("{x:Word}-{y:Word}", "ab-cd"),
    ("{x:Word}", "AB"),
    ("color {c:Color}", "color green"),
    ("color {c:Color}", "color GREEN"),
    ("color {c:Color}", "color pink"),
    ("size {s:Size}", "size large"),
    ("size {s:Size}", "size Large"),
    ("{n:>Number}", "  7"),
    ("{n:Number} {n:Number}", "7 7"),
    # Case-sensitive parsing (behave 1.3).
    ("I have {n} apples", "I HAVE 3 APPLES", "cs"),
    ("I have {n} apples", "I have 3 apples", "cs"),
    ("{x} is {x}", "Ab is aB", "cs"),
    ("{x:tt}", "10:21 pm", "cs"),
    ("{x:tt}", "10:21 pm"),
    ("{x:tg}", "20-jan-1972"),
    ("color {c:Color}", "color GREEN", "cs"),
    # cfparse cardinality fields.
    ("numbers {n:Number+}", "numbers 1, 2,3", "cf"),
    ("numbers {n:Number+}", "numbers 1", "cf"),
    ("numbers {n:Number+}", "numbers ", "cf"),
    ("numbers {n:Number*}", "numbers ", "cf"),
    ("numbers {n:Number*}", "numbers 4 , 5", "cf"),
    ("maybe {n:Number?} end", "maybe 4 end", "cf"),
    ("maybe {n:Number?}end", "maybe end", "cf"),
    ("colors {c:Color+}", "colors red, blue", "cf"),
    ("sizes {s:Size*} here", "sizes small,large here", "cf"),
    ("answers {a:YesNo+}", "answers yes, no, YES", "cf"),
    ("{n:Missing+}", "1", "cf"),
    ("{n:d+}", "1", "cf"),
    ("plain {x} and {n:Number}", "plain a and 3", "cf"),
]


def encode(value):
    if value is None or isinstance(value, (str, bool)):
        return value
    if isinstance(value, int):
        return {"int": str(value)}
    if isinstance(value, float):
        return {"float": repr(value)}
    if isinstance(value, decimal.Decimal):
        return {"decimal": str(value)}
    if isinstance(value, datetime.datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, datetime.time):
        return {"time": value.isoformat()}
    if isinstance(value, tuple):
        return {"tuple": [encode(v) for v in value]}
    if isinstance(value, list):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        return {"dict": {k: encode(v) for k, v in value.items()}}
    raise TypeError(repr(value))


def run(case):
    fmt, text = case[0], case[1]
    opts = case[2] if len(case) > 2 else ""
    out = {"format": fmt, "text": text}
    if opts:
        out["options"] = opts
    try:
        types = dict(TYPES)
        if opts == "cf":
            parser = cfparse.Parser(fmt, types)
        else:
            parser = parse.Parser(fmt, types, case_sensitive=(opts == "cs"))
        parser._match_re  # compiles the regular expression
    except Exception as e:  # noqa: BLE001 - the error class is the expectation
        out["compileError"] = type(e).__name__
        return out
    try:
        result = parser.parse(text)
    except Exception as e:  # noqa: BLE001
        out["convertError"] = type(e).__name__
        return out
    if result is None:
        out["result"] = None
    else:
        out["result"] = {"fixed": [encode(v) for v in result.fixed], "named": encode(result.named)["dict"]}
    return out


def main():
    cases = json.load(sys.stdin) if "--stdin" in sys.argv else CASES
    data = {"parse": parse.__version__, "cases": [run(c) for c in cases]}
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if "--stdout" in sys.argv or "--stdin" in sys.argv:
        sys.stdout.write(text)
    else:
        with open(os.path.join(os.path.dirname(__file__), "parse-cases.json"), "w", encoding="utf-8") as f:
            f.write(text)
        # The repository formats JSON with prettier; keep the file as it would.
        subprocess.run(["npx", "prettier", "--write", os.path.join(os.path.dirname(__file__), "parse-cases.json")], check=False, stdout=subprocess.DEVNULL)


main()
