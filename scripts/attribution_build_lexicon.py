"""Build ``src/sitrep/data/claims/cues.tsv``: the attribution cue lexicon.

Two sources, merged:

1. sitrep's own list of reporting verbs and nouns (written for sitrep, below), with the stance
   each one signals, inflected by a small rule set;
2. statistics from the PolNeAR *train* split (research data, not redistributed): for every word
   form that heads a gold cue, how often it does so (``gold``) out of its occurrences (``seen``).
   Forms heading >= 3 gold cues with a cue rate >= 0.25 are added; the rate is kept in the file
   and used as a prior by the extractor. Only word forms and counts are shipped, no text.

Usage::

    .venv/bin/python scripts/attribution_build_lexicon.py
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "data" / "polnear" / "train"
OUT = ROOT / "src" / "sitrep" / "data" / "claims" / "cues.tsv"

# lemma -> stance. Our own list (verbs). Stances as in SPEC.md.
VERBS: dict[str, str] = {}
for _stance, _words in {
    "assert": "say tell state add note argue claim insist explain write tweet post declare "
    "assert maintain contend suggest stress emphasize emphasise acknowledge admit concede "
    "confirm announce comment remark reply respond answer observe point recall describe "
    "mention believe think feel say know agree repeat reiterate testify told ask "
    "call urge demand propose vow promise pledge hope want praise defend cite quote "
    "speak conclude estimate caution advise recommend",
    "deny": "deny",
    "dispute": "dispute dismiss reject refute rebut contest challenge question disagree "
    "counter doubt",
    "accuse": "accuse blame charge allege criticize criticise condemn denounce slam "
    "attack fault decry",
    "predict": "predict forecast expect warn anticipate project foresee",
    "report": "report reveal disclose",
}.items():
    for _w in _words.split():
        VERBS.setdefault(_w, _stance)

NOUNS: dict[str, str] = {
    "statement": "assert",
    "claim": "assert",
    "claims": "assert",
    "assertion": "assert",
    "announcement": "assert",
    "comment": "assert",
    "comments": "assert",
    "remarks": "assert",
    "view": "assert",
    "belief": "assert",
    "argument": "assert",
    "testimony": "assert",
    "readout": "report",
    "report": "report",
    "reports": "report",
    "story": "report",
    "accusation": "accuse",
    "accusations": "accuse",
    "allegation": "accuse",
    "allegations": "accuse",
    "charge": "accuse",
    "charges": "accuse",
    "criticism": "accuse",
    "denial": "deny",
    "denials": "deny",
    "rejection": "dispute",
    "warning": "predict",
    "warnings": "predict",
    "prediction": "predict",
    "predictions": "predict",
    "forecast": "predict",
    "estimate": "predict",
    "estimates": "predict",
}

IRREGULAR = {
    "say": ["say", "says", "said", "saying"],
    "tell": ["tell", "tells", "told", "telling"],
    "told": ["told"],
    "write": ["write", "writes", "wrote", "written", "writing"],
    "think": ["think", "thinks", "thought", "thinking"],
    "know": ["know", "knows", "knew", "known", "knowing"],
    "feel": ["feel", "feels", "felt", "feeling"],
    "speak": ["speak", "speaks", "spoke", "spoken", "speaking"],
    "forecast": ["forecast", "forecasts", "forecasted", "forecasting"],
    "foresee": ["foresee", "foresees", "foresaw", "foreseen", "foreseeing"],
    "slam": ["slam", "slams", "slammed", "slamming"],
    "admit": ["admit", "admits", "admitted", "admitting"],
    "post": ["post", "posts", "posted", "posting"],
}


def inflect(lemma: str) -> list[str]:
    """Regular English verb forms of ``lemma`` (base, 3sg, past, gerund)."""
    if lemma in IRREGULAR:
        return IRREGULAR[lemma]
    if lemma.endswith("e"):
        return [lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    if re.search(r"[^aeiou]y$", lemma):
        return [lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    if re.search(r"(s|sh|ch|x|z)$", lemma):
        return [lemma, lemma + "es", lemma + "ed", lemma + "ing"]
    return [lemma, lemma + "s", lemma + "ed", lemma + "ing"]


def train_stats() -> tuple[Counter[str], Counter[str]]:
    """(gold cue-head counts, all-occurrence counts) of lower-cased word forms in train."""
    gold: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    if not POLNEAR.exists():
        return gold, seen
    for txt in sorted((POLNEAR / "text").glob("*.txt")):
        anns = sorted((POLNEAR / "attributions").glob(txt.stem + "_*.ann"))
        if not anns:
            continue
        seen.update(w.lower() for w in re.findall(r"[A-Za-z]+", txt.read_text("utf-8")))
        for line in anns[0].read_text("utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) < 3 or not parts[1].startswith("Cue "):
                continue
            words = [w.lower() for w in re.findall(r"[A-Za-z]+", parts[2])]
            # the head of a cue is its first word that is not an auxiliary/adverb
            skip = {"has", "have", "had", "also", "is", "was", "were", "are", "be", "been",
                    "would", "will", "not", "did", "does", "do", "t", "don", "didn", "later",
                    "then", "further", "publicly", "repeatedly", "previously", "recently"}  # fmt: skip
            heads = [w for w in words if w not in skip]
            if heads:
                gold[heads[0]] += 1
    return gold, seen


def main() -> None:
    gold, seen = train_stats()
    rows: dict[tuple[str, str], tuple[str, str, int, int]] = {}
    for lemma, stance in VERBS.items():
        for form in inflect(lemma):
            rows[(form, "V")] = (stance, "sitrep", gold[form], seen[form])
    for form, stance in NOUNS.items():
        rows[(form, "N")] = (stance, "sitrep", gold[form], seen[form])
    for form, n in gold.items():
        rate = n / max(seen[form], 1)
        if n >= 3 and rate >= 0.25 and (form, "V") not in rows and (form, "N") not in rows:
            pos = "N" if form in {"according"} else "V"
            rows[(form, pos)] = ("assert", "polnear-train", n, seen[form])
    OUT.parent.mkdir(parents=True, exist_ok=True)
    lines = ["# form\tpos\tstance\torigin\tgold_cue_heads_train\toccurrences_train"]
    for (form, pos), (stance, origin, n, s) in sorted(rows.items()):
        lines.append(f"{form}\t{pos}\t{stance}\t{origin}\t{n}\t{s}")
    OUT.write_text("\n".join(lines) + "\n", "utf-8")
    print(f"wrote {len(rows)} cue forms to {OUT}")


if __name__ == "__main__":
    main()
