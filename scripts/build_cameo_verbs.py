"""Derive ``src/sitrep/data/events/cameo_verbs.tsv``: verbs that can carry a CAMEO event.

Source: the CAMEO/PETRARCH verb dictionary ``../shared/data/dictionaries/oeda/CAMEO.verbpatterns.txt``
(openeventdata/Dictionaries, commit aa75b79; no licence stated, so only word forms and codes are
shipped, no patterns or comments). Each synonym set ``--- NAME [code] ---`` lists verbs, some with
their own code and explicit inflections ``{SAYS SAID SAYING}``. A verb is kept when its code (its
own, else its set's) names an event: not ``---`` (no event unless a pattern matches) and not
root 01 (public statements, which PLOVER leaves to attribution). Regular inflections are
generated (with and without a doubled final consonant: "shelled", "planned").

Output columns: ``form`` (lower case), ``verb`` (base form), ``cameo``, ``source`` (``verb``: the
verb's or its set's own code; ``patterns``: a verb of a set without an event code whose patterns
code events, "declare", "return", "lift": the events stage asks more of these, see
:mod:`sitrep.events.candidates`).

Usage::

    python scripts/build_cameo_verbs.py [--source PATH] [--out PATH]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sitrep.text.lexicon import word_set  # noqa: E402

SOURCE = ROOT.parent / "shared" / "data" / "dictionaries" / "oeda" / "CAMEO.verbpatterns.txt"
OUT = ROOT / "src" / "sitrep" / "data" / "events" / "cameo_verbs.tsv"

_HEADER = re.compile(r"^---\s+(\S+)\s*\[([^\]]*)\]\s*---")
# verbs of saying, believing and expecting (sitrep's one list of reporting verbs): never events
# of their own, whatever a pattern with a particular object codes ("say ... disapproval")
_NOT_EVENTS = word_set("reporting_verbs", cls=("say", "think", "expect"))
_PATTERN_CODE = re.compile(r"\[(\d{3,4})(?::\d{3,4})?\]")
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


def parse(text: str) -> dict[str, tuple[str, str, str]]:
    """form -> (base verb, CAMEO code, source) for every event-bearing verb: a verb whose own code (else
    its set's) names an event, or a verb of a set without an event code of its own ("---", or a
    public statement, root 01: "declare", "return", "lift") whose patterns code events ("DECLARE
    STATE_OF_EMERGENCY [1724]"), with the set's most frequent pattern code. The source is
    ``verb`` (the verb's or set's own code) or ``patterns`` (its patterns' codes only)."""
    out: dict[str, tuple[str, str, str]] = {}
    group_code: str | None = None
    pending: list[tuple[str, set[str]]] = []  # the set's verbs without an event code
    pattern_codes: Counter[str] = Counter()

    def close_group() -> None:
        if pending and pattern_codes:
            code = pattern_codes.most_common(1)[0][0]
            for base, forms in pending:
                for form in forms - _NOT_EVENTS:
                    out.setdefault(form, (base, code, "patterns"))
        pending.clear()
        pattern_codes.clear()

    for raw in text.splitlines():
        line = raw.split("#")[0].rstrip()
        m = _HEADER.match(line)
        if m:
            close_group()
            group_code = m.group(2).strip()
            continue
        if group_code is None or not line:
            continue
        if line[0] == "-":
            code = _PATTERN_CODE.search(line)
            if code and _event_code(code.group(1)):
                pattern_codes[code.group(1)] += 1
            continue
        if line[0] in "~<{[ \t":
            continue
        m = _VERB.match(line)
        if not m:
            continue
        base = m.group(1).replace("_", " ").lower()
        if " " in base:
            continue  # phrasal entries ("clear up") are left to the trigger lexicon
        code = (m.group(3) or f"[{group_code}]").strip("[]").split(":")[0].strip()
        forms = inflect(base)
        if m.group(2):
            forms |= {f.lower() for f in m.group(2).strip("{}").split()}
        if not _event_code(code):
            pending.append((base, forms))
            continue
        for form in forms:
            if out.get(form, ("", "", "patterns"))[2] == "patterns":
                out[form] = (base, code, "verb")  # the verb's own code wins over patterns
    close_group()
    return out


def _event_code(code: str) -> bool:
    """A CAMEO code that names an event: not "---" and not a public statement (root 01)."""
    return bool(re.fullmatch(r"\d{3,4}", code)) and not code.startswith("01")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", type=Path, default=SOURCE)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    verbs = parse(args.source.read_text("utf-8", errors="replace"))
    lines = ["form\tverb\tcameo\tsource"] + [
        f"{f}\t{b}\t{c}\t{src}" for f, (b, c, src) in sorted(verbs.items())
    ]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(verbs)} forms of {len({v[0] for v in verbs.values()})} verbs to {args.out}")


if __name__ == "__main__":
    main()
