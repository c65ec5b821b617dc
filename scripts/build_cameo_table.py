"""Derive ``src/sitrep/data/events/cameo_plover.tsv`` from the PLOVER project's CAMEO table.

Source: ``../shared/data/plover/CAMEO2PLOVER-2021.txt`` (openeventdata/PLOVER, draft 0.8,
CC BY-SA 4.0). Each line ``CODE: EVENT, mode, context # description`` becomes one TSV row
``cameo, event, mode, context, quad_class, default, description`` where

* ``quad_class`` follows the CAMEO root grouping used by ICEWS and Phoenix: roots 01-05 verbal
  cooperation (1), 06-08 material cooperation (2), 09-13 verbal conflict (3), 14-20 material
  conflict (4);
* ``default`` marks the code used for a PLOVER event when no mode/context narrows it: the
  first code of the event with empty mode and context, except where noted in ``_DEFAULTS``.

Usage::

    python scripts/build_cameo_table.py [--source PATH] [--out PATH]
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT.parent / "shared" / "data" / "plover" / "CAMEO2PLOVER-2021.txt"
OUT = ROOT / "src" / "sitrep" / "data" / "events" / "cameo_plover.tsv"

# Why these differ from "first unqualified code": in news of interstate crises ASSAULT is most
# often conventional military force (CAMEO 190) rather than unconventional violence (180); the
# first plain AGREE row (035) is "intent to yield", narrower than the root 030; the first ACCUSE
# row is "investigate" (090), while the PLOVER category is mostly accusations (112).
_DEFAULTS = {"ASSAULT": "190", "AGREE": "030", "ACCUSE": "112"}

_LINE = re.compile(r"^(\d{3,4}):\s*([A-Z]+)\s*,([^,#]*),?([^#]*)#?(.*)$")


def quad_class(code: str) -> int:
    """The CAMEO quad class of a code, from its two-digit root."""
    root = int(code[:2])
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4


def parse(text: str) -> list[dict[str, str]]:
    """Rows of the conversion table (three- and four-digit codes; root headers skipped)."""
    rows: list[dict[str, str]] = []
    seen: set[str] = set()
    for line in text.splitlines():
        m = _LINE.match(line.strip())
        if not m:
            continue
        code, event, mode, context, desc = (g.strip() for g in m.groups())
        if code in seen:  # the table lists 175 twice with the same mapping
            continue
        seen.add(code)
        contexts = ";".join(c.strip() for c in context.split(";") if c.strip())
        rows.append(
            {
                "cameo": code,
                "event": event,
                "mode": mode.strip(),
                "context": contexts,
                "quad_class": str(quad_class(code)),
                "default": "",
                "description": desc,
            }
        )
    for event in sorted({r["event"] for r in rows}):
        wanted = _DEFAULTS.get(event)
        mine = [r for r in rows if r["event"] == event]
        if wanted is None:
            plain = [r for r in mine if not r["mode"] and not r["context"]] or mine
            wanted = min(plain, key=lambda r: (len(r["cameo"]), r["cameo"]))["cameo"]
        for r in mine:
            if r["cameo"] == wanted:
                r["default"] = "1"
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", type=Path, default=SOURCE)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    rows = parse(args.source.read_text("utf-8"))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]), delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} rows to {args.out}")


if __name__ == "__main__":
    main()
