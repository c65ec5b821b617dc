"""Select the sentences of the judged real-news event dev set (bench/devsets/news_events.jsonl).

Deterministic: sorted file lists and a fixed seed. Articles come from PolNeAR train and dev
(US politics news, 2015-16), BBC News politics (2004-05) and Reuters-21578 stories (1987) with
several conflict or politics words. From each article the script takes up to two sentences
with a conflict/politics word (the over-represented stratum) and one other sentence, so that many
sentences hold no event. A second draw (its own seed, after the first, so that the first stays
unchanged) adds PolNeAR and Reuters articles rich in violence and coercion words, with up to two
such sentences and one other from each. A quarter of the articles of each draw (fixed seed) is
the test split: all sentences of one article share a split.

The output stores only references: the source path relative to ../shared/data (with ``#NEWID``
for a Reuters story), sentence character offsets into the text that
:func:`sitrep.eval.events.read_source` returns, the split, and the gold records with a note.
Rerunning keeps the gold of every sentence it selects again (keyed by ``id``).

Usage:
    PYTHONPATH=src .venv/bin/python scripts/select_event_devset.py [--out FILE]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
OUT = ROOT / "bench" / "devsets" / "news_events.jsonl"
SEED = 20261203

# Sentences with one of these stems form the conflict/politics stratum.
KEYWORDS = re.compile(
    r"\b(attack|kill|troop|soldier|army|armies|military|militant|rebel|guerrilla|police|"
    r"arrest|detain|protest|demonstrat|sanction|talks|met\b|meet|summit|agree|accord|treaty|"
    r"accus|condemn|critici[sz]|urge|call(?:ed|s)? (?:on|for)|demand|threat|reject|refus|"
    r"den(?:y|ied|ies)|veto|war\b|fight|bomb|shell|missile|strike|clash|ceasefire|withdr|"
    r"expel|expuls|deport|ban(?:s|ned)?\b|impos|aid\b|invad|invasion|coup|hostage|negotiat|"
    r"sue[sd]?\b|investigat|charg|court|resign|visit|embargo|tariff|retaliat|warn|vot)",
    re.I,
)
STRONG = re.compile(
    r"\b(war|troops|attack|military|rebel|guerrilla|police|sanction|embargo|talks|protest|"
    r"government|minister|president|retaliat|accus|warn|threat)",
    re.I,
)
N_ARTICLES = {"polnear": 58, "bbc": 42, "reuters": 52}
TEST_SHARE = 0.25
# A second, conflict stratum drawn after the first (its own seed, so the first is unchanged):
# articles with violence or coercion words, two such sentences and one other from each.
VIOLENT = re.compile(
    r"\b(war|troops|attack|kill|bomb|guerrilla|rebel|shell|missile|army|soldier|clash|"
    r"fighting|gunmen|militant|insurgen|arrest|riot|protest|raid|detain|executed)",
    re.I,
)
N_CONFLICT = {"polnear": 12, "reuters": 22}


def sentence_id(source: str, start: int) -> str:
    return "s" + hashlib.sha1(f"{source}:{start}".encode()).hexdigest()[:10]


def candidates() -> dict[str, list[str]]:
    """Source references per corpus, sorted."""
    from sitrep.eval.reuters import stories

    polnear = sorted(
        str(p.relative_to(SHARED))
        for part in ("train", "dev")
        for p in (SHARED / "polnear" / part / "text").glob("*.txt")
    )
    bbc = sorted(str(p.relative_to(SHARED)) for p in (SHARED / "news/bbc/politics").glob("*.txt"))
    reuters = []
    for path in sorted((SHARED / "news/reuters21578").glob("reut2-*.sgm")):
        if path.name == "reut2-003.sgm":  # reut2-003-full.sgm is the complete copy
            continue
        for newid, story in sorted(stories(path).items(), key=lambda kv: int(kv[0])):
            text = story.titled()
            if len(text) > 300 and len(set(m.lower() for m in STRONG.findall(text))) >= 3:
                reuters.append(f"{path.relative_to(SHARED)}#{newid}")
    return {"polnear": polnear, "bbc": bbc, "reuters": reuters}


def select(
    rng: random.Random,
    refs_by_corpus: dict[str, list[str]],
    n_articles: dict[str, int],
    *,
    stratum: re.Pattern[str] = KEYWORDS,
) -> list[dict[str, object]]:
    """Up to two ``stratum`` sentences and one other from ``n_articles`` articles per corpus;
    a quarter of the articles (by ``rng``) is the test split."""
    from sitrep.eval.events import read_source, split_sentences

    rows: list[dict[str, object]] = []
    articles: list[str] = []
    for corpus, n in n_articles.items():
        picked = rng.sample(refs_by_corpus[corpus], n)
        for ref in sorted(picked):
            text, published = read_source(SHARED, ref)
            spans = [
                (s, e) for s, e in split_sentences(text) if 25 <= e - s <= 500
                and len(text[s:e].split()) >= 5
            ]  # fmt: skip
            kw = [sp for sp in spans if stratum.search(text[sp[0] : sp[1]])]
            other = [sp for sp in spans if sp not in kw]
            chosen = [(sp, True) for sp in rng.sample(kw, min(2, len(kw)))]
            chosen += [(sp, False) for sp in rng.sample(other, min(1, len(other)))]
            if not chosen:
                continue
            articles.append(ref)
            for (s, e), is_kw in sorted(chosen):
                rows.append(
                    {
                        "id": sentence_id(ref, s),
                        "source": ref,
                        "start": s,
                        "end": e,
                        "published": published.isoformat() if published else None,
                        "stratum": "keyword" if is_kw else "other",
                    }  # fmt: skip
                )
    order = sorted(articles)
    rng.shuffle(order)
    test = set(order[: round(len(order) * TEST_SHARE)])
    for row in rows:
        row["split"] = "test" if row["source"] in test else "dev"
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    if not SHARED.is_dir():
        print(f"shared data not found at {SHARED}", file=sys.stderr)
        return 1
    sys.path.insert(0, str(ROOT / "src"))
    from sitrep.eval.events import iter_devset_lines, read_source

    old = {row["id"]: row for row in iter_devset_lines(args.out)}
    refs = candidates()
    rows = select(random.Random(SEED), refs, N_ARTICLES)
    taken = {str(r["source"]) for r in rows}
    conflict_refs = {}
    for corpus in N_CONFLICT:
        conflict_refs[corpus] = []
        for ref in refs[corpus]:
            if ref in taken:
                continue
            text, _ = read_source(SHARED, ref)
            if len({m.lower() for m in VIOLENT.findall(text)}) >= 3:
                conflict_refs[corpus].append(ref)
    rows += select(random.Random(SEED + 1), conflict_refs, N_CONFLICT, stratum=VIOLENT)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for row in rows:
            prev = old.get(str(row["id"]), {})
            row["judged"] = bool(prev.get("judged", False))
            row["gold"] = prev.get("gold", [])
            row["note"] = prev.get("note", "")
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    n_test = sum(r["split"] == "test" for r in rows)
    print(f"{len(rows)} sentences ({n_test} test) from {len({r['source'] for r in rows})} "
          f"articles -> {args.out}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
