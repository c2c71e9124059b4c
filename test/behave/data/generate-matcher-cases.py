#!/usr/bin/python3
"""Golden data for brine/behave's step matchers: runs behave 1.2.6's own matchers (parse, cfparse,
re, re0) over the cases below and writes what behave would call the step function with (positional
args and keyword args) to matcher-cases.json, or the error. Run:
/usr/bin/python3 test/behave/data/generate-matcher-cases.py [--stdout]"""
import json
import subprocess
import os
import sys

import parse
from behave import matchers
from behave.matchers import MatchWithError
from parse_type import TypeBuilder


@parse.with_pattern(r"\d+")
def parse_number(text):
    return int(text)


matchers.register_type(
    Number=parse_number,
    Color=TypeBuilder.make_enum({"red": 1, "green": 2, "blue": 3}),
)

CASES = [
    ("parse", "I have {n:d} apples", "I have 3 apples"),
    ("parse", "I have {n:d} apples", "i have 3 APPLES"),
    ("parse", "I have {n:d} apples", "I have three apples"),
    ("parse", 'the user "{name}" has {count:Number} items', 'the user "Ann" has 12 items'),
    ("parse", "{} gives {}", "a gives b"),
    ("parse", "{first} and {}", "x and y"),
    ("parse", "{} and {second}", "x and y"),
    ("parse", "{a} {a}", "x x"),
    ("parse", "color {c:Color}", "color Red"),
    ("parse", "{x:ti}", "not a date"),
    ("parse", "{x:Color}", "yellow"),
    ("parse", "on {x:ti}", "on 2023-13-05"),
    ("parse", "{x:q}", "anything"),
    ("parse", "{a.b} set", "v set"),
    ("parse", "Äpfel {n:d}", "äPFEL 3"),
    ("parse", "a step with a table", "a step with a table"),
    ("parse", "a step with a table:", "a step with a table"),
    ("cfparse", "numbers {values:Number+}", "numbers 1, 2, 3"),
    ("cfparse", "maybe {value:Number?}", "maybe "),
    ("cfparse", "colors {c:Color*}", "colors red,blue"),
    ("cfparse", "I have {n:d} apples", "I HAVE 4 apples"),
    ("re", r"I have (?P<n>\d+) apples", "I have 3 apples"),
    ("re", r"I have (?P<n>\d+) apples", "I have 3 apples and pears"),
    ("re", r"I have (?P<n>\d+) apples", "I HAVE 3 apples"),
    ("re", r"(\w+) and (\w+)", "a and b"),
    ("re", r"(?P<who>\w+) gives (\w+) to (\w+)", "ann gives pen to bob"),
    ("re", r"optional( (?P<x>\d+))? end", "optional end"),
    ("re", r"optional( (\d+))? (\w+)", "optional x"),
    ("re", r"a|b", "a"),
    ("re", r"a|b", "b"),
    ("re", r"a|b", "ab"),
    ("re", r"^anchored$", "anchored"),
    ("re", r"x\.y\-z", "x.y-z"),
    ("re", r"(?P<w>\w+) (?P=w)", "go go"),
    ("re", r"(?P<w>\w+) (?P=w)", "go stop"),
    ("re", r"unicode (\w+)", "unicode straße"),
    ("re", r"digits (\d+)", "digits ٣٤"),
    ("re0", r"I have (?P<n>\d+) apples", "I have 3 apples and pears"),
    ("re0", r"I have (?P<n>\d+) apples", "and I have 3 apples"),
    ("re0", r"^I have (?P<n>\d+)$", "I have 3"),
    ("re0", r"^I have (?P<n>\d+)$", "I have 3 apples"),
    ("re0", r"a|b", "bc"),
    ("re0", r"(\d+)", "12ab"),
]


# Python regular expressions as behave's re matchers and parse types receive them: re.match
# (anchored at the start) with the groups it captures.
REGEX_CASES = [
    (r"\Aab\Z", "ab"),
    (r"ab\Z", "abc"),
    (r"(?i)hello", "HeLLo"),
    (r"(?s)a.b", "a\nb"),
    (r"a.b", "a\nb"),
    (r"(?im)^b", "a\nB"),
    (r"x(?#a comment)y", "xy"),
    (r"\U0001F600+", "\U0001F600\U0001F600"),
    (r"\u00e9", "\u00e9"),
    (r"\x41", "A"),
    (r"a{2}", "aa"),
    (r"a{2,}", "aaaa"),
    (r"a{,2}b", "ab"),
    (r"{x}", "{x}"),
    (r"a{b", "a{b"),
    (r"a}", "a}"),
    (r"{}", "{}"),
    (r"[\d]+", "\u0663\u0664"),
    (r"\d+", "\u0663\u0664"),
    (r"\w+", "stra\u00dfe_1"),
    (r"\W+", "!?"),
    (r"[\w-]+", "a-b_c"),
    (r"\s+x", "\u3000x"),
    (r"\S+", "abc"),
    (r"\D+", "abc"),
    (r"[^\s]+", "ab cd"),
    (r"[]a]+", "]a]"),
    (r"[^]a]+", "bcd"),
    (r"a\-b\'c\_d\:e\ f\#g", "a-b'c_d:e f#g"),
    (r"[a\-z]+", "a-z"),
    (r"(?P<w>\w+) (?P=w)", "hi hi"),
    (r"(\w+) \1", "yo yo"),
    (r"\bword\b", "word"),
    (r"a\.b\*c\?d\+e\(f\)g\[h\]i\{j\}k\|l\^m\$n\/o", "a.b*c?d+e(f)g[h]i{j}k|l^m$n/o"),
    (r"\t\n", "\t\n"),
    (r"(a)|(b)", "b"),
    (r"(?:a|b)+", "abba"),
    (r"(?x) a b", "ab"),
]


def run_regex(case):
    import re

    pattern, text = case
    out = {"pattern": pattern, "text": text}
    try:
        compiled = re.compile(pattern)
    except re.error as e:
        out["error"] = str(e)
        return out
    m = compiled.match(text)
    out["match"] = None if m is None else [m.group(0), *m.groups()]
    return out


def run(case):
    kind, pattern, text = case
    out = {"matcher": kind, "pattern": pattern, "text": text}
    try:
        matcher = matchers.matcher_mapping[kind](lambda context: None, pattern)
    except Exception as e:  # noqa: BLE001 - the error class is the expectation
        out["defineError"] = type(e).__name__
        return out
    match = matcher.match(text)
    if match is None:
        out["match"] = None
    elif isinstance(match, MatchWithError):
        out["matchError"] = type(match.stored_error).__name__
    else:
        args = [a.value for a in match.arguments if a.name is None]
        kwargs = {a.name: a.value for a in match.arguments if a.name is not None}
        out["match"] = {"args": args, "kwargs": kwargs}
    return out


def main():
    data = {"behave": "1.2.6", "cases": [run(c) for c in CASES], "regex": [run_regex(c) for c in REGEX_CASES]}
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if "--stdout" in sys.argv:
        sys.stdout.write(text)
    else:
        with open(os.path.join(os.path.dirname(__file__), "matcher-cases.json"), "w", encoding="utf-8") as f:
            f.write(text)
        # The repository formats JSON with prettier; keep the file as it would.
        subprocess.run(["npx", "prettier", "--write", os.path.join(os.path.dirname(__file__), "matcher-cases.json")], check=False, stdout=subprocess.DEVNULL)


main()
