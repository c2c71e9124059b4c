#!/usr/bin/python3
# Writes src/compile/behave/behave-keywords.ts: behave 1.2.6's keyword table (its i18n module),
# in behave's own order, which matters because behave takes the first keyword that matches.
# Run with the Python that has behave 1.2.6: /usr/bin/python3 scripts/behave-dialect/keywords.py
import json
import os
import sys

from behave import __version__, i18n

if __version__ != "1.2.6":
    sys.exit("behave 1.2.6 is needed, found %s" % __version__)

KINDS = ["feature", "background", "scenario", "scenario_outline", "examples", "given", "when", "then", "and", "but"]
out = os.path.join(os.path.dirname(__file__), "../../src/compile/behave/behave-keywords.ts")
with open(out, "w", encoding="utf-8") as f:
    f.write("// behave 1.2.6's Gherkin keywords by language, in behave's order (it takes the first keyword that\n")
    f.write("// matches). Written by scripts/behave-dialect/keywords.py from behave's i18n module; a keyword\n")
    f.write("// ending in '<' needs no space after it. test/compile/behave-keywords.test.ts checks it.\n\n")
    f.write("export type BehaveKeywordKind =\n")
    f.write("".join("  | %s\n" % json.dumps(k) for k in KINDS))
    f.write("\nexport type BehaveKeywords = Record<BehaveKeywordKind, readonly string[]>\n\n")
    f.write("// prettier-ignore\n")
    f.write("export const BEHAVE_KEYWORDS: Record<string, BehaveKeywords> = {\n")
    for code in sorted(i18n.languages):
        entry = i18n.languages[code]
        body = ", ".join("%s: %s" % (k, json.dumps(entry[k], ensure_ascii=False)) for k in KINDS)
        f.write("  %s: { %s },\n" % (json.dumps(code), body))
    f.write("}\n")
