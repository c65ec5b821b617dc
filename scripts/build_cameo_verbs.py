"""Derive ``src/sitrep/data/events/cameo_verbs.tsv``: verbs that can carry a CAMEO event.

Source: the CAMEO/PETRARCH verb dictionary ``../shared/data/dictionaries/oeda/CAMEO.verbpatterns.txt``
(openeventdata/Dictionaries, commit aa75b79; no licence stated, so only word forms and codes are
shipped, no patterns or comments). Each synonym set ``--- NAME [code] ---`` lists verbs, some with
their own code and explicit inflections ``{SAYS SAID SAYING}``. A verb is kept when its code (its
own, else its set's) names an event: not ``---`` (no event unless a pattern matches) and not
root 01 (public statements, which PLOVER leaves to attribution). Regular inflections are
generated (with and without a doubled final consonant: "shelled", "planned").

Output columns: ``form`` (lower case), ``verb`` (base form), ``cameo``.

Usage::

    python scripts/build_cameo_verbs.py [--source PATH] [--out PATH]
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT.parent / "shared" / "data" / "dictionaries" / "oeda" / "CAMEO.verbpatterns.txt"
OUT = ROOT / "src" / "sitrep" / "data" / "events" / "cameo_verbs.tsv"

_HEADER = re.compile(r"^---\s+(\S+)\s*\[([^\]]*)\]\s*---")
_VERB = re.compile(r"^\+?([A-Z][A-Z\-]*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?")


def inflect(verb: str) -> set[str]:
    """Regular inflections of a base verb (overgenerating is harmless for a lookup)."""
    v = verb.lower()
    forms = {v}
    if re.search(r"(s|x|z|ch|sh)$", v):
        forms.add(v + "es")
    elif re.search(r"[^aeiou]y$", v):
        forms.add(v[:-1] + "ies")
    else:
        forms.add(v + "s")
    if v.endswith("e"):
        forms |= {v + "d", v[:-1] + "ing"}
    elif re.search(r"[^aeiou]y$", v):
        forms |= {v[:-1] + "ied", v + "ing"}
    else:
        forms |= {v + "ed", v + "ing"}
        if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", v):
            forms |= {v + v[-1] + "ed", v + v[-1] + "ing"}
    return forms


def parse(text: str) -> dict[str, tuple[str, str]]:
    """form -> (base verb, CAMEO code) for every event-bearing verb."""
    out: dict[str, tuple[str, str]] = {}
    group_code: str | None = None
    for raw in text.splitlines():
        line = raw.split("#")[0].rstrip()
        m = _HEADER.match(line)
        if m:
            group_code = m.group(2).strip()
            continue
        if group_code is None or not line or line[0] in "-~<{[ \t":
            continue
        m = _VERB.match(line)
        if not m:
            continue
        base = m.group(1).replace("_", " ").lower()
        if " " in base:
            continue  # phrasal entries ("clear up") are left to the trigger lexicon
        code = (m.group(3) or f"[{group_code}]").strip("[]").split(":")[0].strip()
        if not re.fullmatch(r"\d{3,4}", code) or code.startswith("01"):
            continue
        forms = inflect(base)
        if m.group(2):
            forms |= {f.lower() for f in m.group(2).strip("{}").split()}
        for form in forms:
            out.setdefault(form, (base, code))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", type=Path, default=SOURCE)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    verbs = parse(args.source.read_text("utf-8", errors="replace"))
    lines = ["form\tverb\tcameo"] + [f"{f}\t{b}\t{c}" for f, (b, c) in sorted(verbs.items())]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(verbs)} forms of {len({b for b, _ in verbs.values()})} verbs to {args.out}")


if __name__ == "__main__":
    main()
