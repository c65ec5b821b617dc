"""Magnitudes and locations against the PLOVER gold standard records (dev data).

The PLOVER GSR (../shared/data/plover/gold_standard_records/PLOVER_GSR_CAMEO.txt, 322 CAMEO
manual sentences re-coded in PLOVER) gives ``dead``, ``injured``, ``size`` and ``eventLoc`` for
some records. For each such record this runs the events stage's extractors on the sentence:

* dead / injured: :func:`sitrep.events.magnitudes.find_casualties` (exact count);
* size: :func:`sitrep.events.magnitudes.find_sizes` (the gold is a number or a vague plural;
  correct when a found size's min or max equals the number, or the vague lower bound);
* location: the geocoder on the sentence's GPE/LOC/FAC entities and proper nouns after a
  locative preposition (correct when one of them has the gold name, or the gold country).

Prints recall per field and fails (exit 1) below the floors in ``bench/baselines/magnitudes.json``
(``--no-check`` only reports). Skips (exit 0) when ../shared/data is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GSR = ROOT.parent / "shared" / "data" / "plover" / "gold_standard_records" / "PLOVER_GSR_CAMEO.txt"
BASELINE = ROOT / "bench" / "baselines" / "magnitudes.json"
_LOCATIVE = {
    "in",
    "at",
    "near",
    "into",
    "inside",
    "across",
    "along",
    "outside",
    "around",
    "from",
    "to",
}


def _gold_number(value: object) -> float | None:
    from sitrep.events.magnitudes import _VAGUE, parse_number

    text = str(value).strip().lower()
    if text in _VAGUE:
        return float(_VAGUE[text])
    return parse_number(text)


def evaluate(records: list[dict]) -> dict[str, tuple[int, int]]:
    import pycountry
    import spacy

    from sitrep.events.magnitudes import count, find_casualties, find_sizes
    from sitrep.places.geocode import Geocoder
    from sitrep.settings import load_settings

    settings = load_settings()
    nlp = spacy.load(settings.pipeline.spacy_model, exclude=list(settings.pipeline.disable))
    geocoder = Geocoder.load()
    hits = {"dead": [0, 0], "injured": [0, 0], "size": [0, 0], "location": [0, 0]}
    for rec in records:
        text = rec["text"]
        casualties = find_casualties(text)
        for kind in ("dead", "injured"):
            if rec.get(kind):
                hits[kind][1] += 1
                want = _gold_number(rec[kind])
                got = [count(m) for m in casualties if m.kind == kind]
                hits[kind][0] += bool(want is not None and int(want) in got)
        if rec.get("size"):
            hits["size"][1] += 1
            want = _gold_number(rec["size"])
            sizes = [m.size for m in find_sizes(text)]
            hits["size"][0] += any(want in (s.min, s.max) for s in sizes)
        loc = rec.get("eventLoc")
        if loc and loc.get("name"):
            hits["location"][1] += 1
            doc = nlp(text)
            names = [e for e in doc.ents if e.label_ in ("GPE", "LOC", "FAC")]
            names += [
                doc[t.i : t.i + 1]
                for t in doc
                if t.pos_ == "PROPN" and t.dep_ == "pobj" and t.head.text.lower() in _LOCATIVE
            ]
            found = [geocoder.geocode(s.text) for s in names]
            cc = loc.get("country code")
            iso3 = None
            if cc:
                c = pycountry.countries.get(alpha_2=cc)
                iso3 = c.alpha_3 if c else None
            ok = any(
                f is not None
                and (f.text.lower() == loc["name"].lower() or (iso3 and f.country == iso3))
                for f in found
            )
            hits["location"][0] += ok
    return {k: (v[0], v[1]) for k, v in hits.items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-check", action="store_true", help="report only, never fail")
    args = ap.parse_args()
    if not GSR.exists():
        print(f"skipped: {GSR} not available")
        return 0
    records = json.loads(GSR.read_text("utf-8"))[1:]  # the first record describes the file
    result = evaluate(records)
    floors = json.loads(BASELINE.read_text("utf-8"))
    failed = False
    for field, (ok, n) in result.items():
        recall = ok / n if n else 0.0
        line = f"{field:9s} recall {recall:.3f} ({ok}/{n})"
        if not args.no_check and field in floors:
            good = recall >= floors[field]
            failed |= not good
            line += f"  floor {floors[field]} {'ok' if good else 'FAIL'}"
        print(line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
