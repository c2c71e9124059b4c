#!/usr/bin/python3
"""Golden data for brine/behave's lookup: runs `behave --dry-run -f json` (behave 1.2.6) on
lookup-project and writes, for every step, the location of the definition behave binds it to and
the arguments, to lookup-bindings.json. Run:
/usr/bin/python3 test/behave/data/generate-lookup-bindings.py [--stdout]"""
import json
import os
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
project = os.path.join(here, "lookup-project")
with tempfile.TemporaryDirectory() as tmp:
    out = os.path.join(tmp, "behave.json")
    subprocess.run(
        [sys.executable, "-m", "behave", "--dry-run", "--no-summary", "--no-snippets", "-f", "json", "-o", out, "features"],
        cwd=project,
        check=False,
        stdout=subprocess.DEVNULL,
    )
    with open(out, encoding="utf-8") as f:
        report = json.load(f)

steps = []
for feature in report:
    for element in feature["elements"]:
        for s in element["steps"]:
            match = s.get("match")
            steps.append(
                {
                    "line": int(s["location"].rsplit(":", 1)[1]),
                    "keyword": s["keyword"],
                    "name": s["name"],
                    "location": match["location"] if match else None,
                    "arguments": match.get("arguments", []) if match else None,
                }
            )

text = json.dumps({"behave": "1.2.6", "steps": steps}, ensure_ascii=False, indent=2) + "\n"
if "--stdout" in sys.argv:
    sys.stdout.write(text)
else:
    with open(os.path.join(here, "lookup-bindings.json"), "w", encoding="utf-8") as f:
        f.write(text)
    # The repository formats JSON with prettier; keep the file as it would.
    subprocess.run(["npx", "prettier", "--write", os.path.join(here, "lookup-bindings.json")], check=False, stdout=subprocess.DEVNULL)
