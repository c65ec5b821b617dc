"""Judged samples of actor records on unseen real news (issue 14's bar): draw, code, tally.

The actor dev set scores chosen mentions; this measures what an analyst reads: every actor record
of whole unseen articles, each judged by hand (helpers following ``bench/judge_actors_prompt.md``
and ``docs/actor_coding_guideline.md``). Three steps:

``draw NAME --seed N [--n 25] [--corpus reuters|polnear]``
    Draws N Reuters-21578 stories with political or conflict words (the candidates of
    ``scripts/select_event_devset.py``) at random from those in no dev set and no earlier sample
    (nor a repeat of one under another NEWID: same title), and lists them under NAME in
    ``bench/devsets/judged_samples.json`` before anything is coded. The Reuters pool ran out
    with judge55 (5 unseen stories left): ``--corpus polnear`` draws 2016 US campaign news from
    PolNeAR's train and dev texts (its test split is never drawn) the same way.
``code NAME --out DIR``
    Codes each drawn story from raw text with the whole pipeline and writes, per article,
    ``DIR/aNN.md`` (the text with numbered sentences, then every actor record with its mentions
    in context) for the judges and ``DIR/aNN.json`` (the records) for the tally. Nothing of the
    article text enters the repository: DIR lies outside it.
``tally DIR``
    Reads the judges' verdicts ``DIR/judged/aNN.jsonl`` (one line per record, see the prompt)
    and prints the junk share of all records, and, of the records that are neither junk nor
    places, the share right on country, on sector and on both; places are counted apart.

Usage: ``.venv/bin/python bench/judge_actors.py draw judge38 --seed 20270105`` and so on.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

DATA = ROOT.parent / "shared" / "data"
SAMPLES = ROOT / "bench" / "devsets" / "judged_samples.json"
DEVSETS = ROOT / "bench" / "devsets"
VERDICTS = ("right", "wrong", "junk", "place")
JUNK_KINDS = ("merged", "not_actor", "place_as_agent", "fragment")


def _used_sources() -> set[str]:
    """Every source in a dev set or an earlier judged sample."""
    used: set[str] = set()
    for path in DEVSETS.glob("*.jsonl"):
        for line in path.read_text().splitlines():
            if line.strip():
                source = json.loads(line).get("source")
                if source:
                    used.add(source)
    samples = json.loads(SAMPLES.read_text())
    for name, sources in samples.items():
        if not name.startswith("_"):
            used.update(sources)
    return used


def _newid_order(source: str) -> tuple[str, int]:
    name, _, newid = source.partition("#")
    return name, int(newid or 0)


def _title(source: str) -> str:
    """A Reuters-21578 story's title (lower case), or "" for another source."""
    from sitrep.eval.reuters import stories

    name, _, newid = source.partition("#")
    if not newid or not (DATA / name).exists():
        return ""
    story = stories(DATA / name).get(newid)
    return story.title.lower().strip() if story is not None else ""


def draw(name: str, seed: int, n: int, corpus: str = "reuters") -> list[str]:
    """Draw ``n`` unseen stories of ``corpus`` (candidates of select_event_devset) for sample
    ``name`` and list them in judged_samples."""
    from select_event_devset import SHARED, candidates

    assert SHARED.resolve() == DATA.resolve()
    samples = json.loads(SAMPLES.read_text())
    if name in samples:
        print(f"{name} is already drawn; its list is kept", file=sys.stderr)
        return list(samples[name])
    used = _used_sources()
    # (Reuters-21578 repeats stories under new NEWIDs: judge41 drew two stories judge39 and
    # judge40 had; a story whose title is a used story's, or another candidate's, is skipped)
    seen = {t for t in map(_title, used) if t}
    pool = []
    for source in sorted(set(candidates()[corpus]) - used, key=_newid_order):
        title = _title(source)
        if title and title in seen:
            continue
        seen.add(title)
        pool.append(source)
    picked = sorted(random.Random(seed).sample(pool, n))
    samples[name] = picked
    SAMPLES.write_text(json.dumps(samples, indent=1, ensure_ascii=False) + "\n")
    print(f"{name}: {n} of {len(pool)} unseen stories (seed {seed})")
    return picked


def _sentence_of(spans: list[tuple[int, int]], offset: int) -> int:
    for i, (s, e) in enumerate(spans):
        if s <= offset < e:
            return i + 1
    return 0


def code(name: str, out: Path) -> None:
    """Code the stories of sample ``name`` and write the judges' files into ``out``."""
    from sitrep.eval.actors_news import load_article
    from sitrep.eval.events import split_sentences
    from sitrep.eval.outlets import source_outlet
    from sitrep.pipeline import Coder

    sources = json.loads(SAMPLES.read_text())[name]
    out.mkdir(parents=True, exist_ok=True)
    (out / "judged").mkdir(exist_ok=True)
    coder = Coder()
    for i, source in enumerate(sources, 1):
        text, published = load_article(source, data_root=DATA)
        dispatch = coder.code_text(text, published=published, outlet=source_outlet(source))
        spans = split_sentences(text)
        lines = [f"# a{i:02d}: {source}, published {published}", "", "## Text", ""]
        lines += [f"[{k}] {' '.join(text[s:e].split())}" for k, (s, e) in enumerate(spans, 1)]
        lines += ["", "## Actor records", ""]
        records = []
        # a plural mention on several records stands for them together ("the two countries")
        shared: dict[tuple[int, int], list[str]] = {}
        for r, actor in enumerate(dispatch.actors, 1):
            for m in actor.mentions:
                shared.setdefault((m.start, m.end), []).append(f"R{r}")
        for r, actor in enumerate(dispatch.actors, 1):
            rid = f"R{r}"
            lines.append(
                f"### {rid}: {actor.name!r} kind={actor.kind} country={actor.country} "
                f"sector={actor.sector} title={actor.title} wikidata={actor.wikidata}"
            )
            for m in actor.mentions:
                k = _sentence_of(spans, m.start)
                left = text[max(0, m.start - 60) : m.start].replace("\n", " ")
                right = text[m.end : m.end + 60].replace("\n", " ")
                joint = shared[(m.start, m.end)]
                note = (
                    f" (one mention for {' and '.join(joint)} together)" if len(joint) > 1 else ""
                )
                lines.append(f"- [{k}] ...{left}**{' '.join(m.text.split())}**{right}...{note}")
            lines.append("")
            records.append({"record": rid, **actor.model_dump(mode="json")})
        (out / f"a{i:02d}.md").write_text("\n".join(lines))
        (out / f"a{i:02d}.json").write_text(json.dumps(records, indent=1, ensure_ascii=False))
        print(f"a{i:02d} {source}: {len(records)} records", flush=True)


def _verdicts(out: Path) -> list[dict[str, Any]]:
    rows = []
    for path in sorted((out / "judged").glob("a*.jsonl")):
        for line in path.read_text().splitlines():
            if line.strip():
                row = json.loads(line)
                row["article"] = path.stem
                if row.get("verdict") not in VERDICTS or (
                    row["verdict"] == "junk" and row.get("junk_kind") not in JUNK_KINDS
                ):
                    raise SystemExit(f"{path}: bad verdict {row}")
                rows.append(row)
    return rows


def tally(out: Path) -> dict[str, Any]:
    """The sample's figures from the judges' verdicts."""
    rows = _verdicts(out)
    coded = {p.stem: len(json.loads(p.read_text())) for p in out.glob("a*.json")}
    judged = Counter(r["article"] for r in rows)
    missing = {a: n - judged.get(a, 0) for a, n in coded.items() if judged.get(a, 0) != n}
    junk = [r for r in rows if r["verdict"] == "junk"]
    places = [r for r in rows if r["verdict"] == "place"]
    actors = [r for r in rows if r["verdict"] in ("right", "wrong")]
    figures = {
        "records": len(rows),
        "junk": len(junk),
        "junk_share": round(len(junk) / max(1, len(rows)), 3),
        "junk_kinds": dict(Counter(r.get("junk_kind") for r in junk).most_common()),
        "actors": len(actors),
        "country_right": round(sum(bool(r["country_ok"]) for r in actors) / max(1, len(actors)), 3),
        "sector_right": round(sum(bool(r["sector_ok"]) for r in actors) / max(1, len(actors)), 3),
        "both_right": sum(bool(r["country_ok"]) and bool(r["sector_ok"]) for r in actors),
        "places": len(places),
        "places_right": sum(bool(r.get("country_ok")) for r in places),
    }
    figures["both_share"] = round(figures["both_right"] / max(1, len(actors)), 3)
    if missing:
        figures["unjudged"] = missing
    return figures


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="step", required=True)
    d = sub.add_parser("draw")
    d.add_argument("name")
    d.add_argument("--seed", type=int, required=True)
    d.add_argument("--n", type=int, default=25)
    d.add_argument("--corpus", choices=("reuters", "polnear"), default="reuters")
    c = sub.add_parser("code")
    c.add_argument("name")
    c.add_argument("--out", type=Path, required=True)
    t = sub.add_parser("tally")
    t.add_argument("out", type=Path)
    args = ap.parse_args()
    if not DATA.exists():
        print(f"{DATA} not found", file=sys.stderr)
        return 1
    if args.step == "draw":
        for source in draw(args.name, args.seed, args.n, args.corpus):
            print(source)
    elif args.step == "code":
        if ROOT in args.out.resolve().parents:
            print("write the coded articles outside the repository", file=sys.stderr)
            return 1
        code(args.name, args.out)
    else:
        print(json.dumps(tally(args.out), indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
