"""Actor records on real news: coverage, precision and junk against the news actor dev set.

Usage: ``.venv/bin/python bench/bench_actors_news.py [--split dev|test] [--errors N]`` (also run
by ``make bench``; dev split by default — the test split is for a labelled final check only).

Codes each article of ``bench/devsets/news_actors.jsonl`` (PolNeAR, BBC and Reuters texts from
``../shared/data``, chosen by ``scripts/select_actor_devset.py``, labelled after
``docs/actor_coding_guideline.md``) with the whole pipeline from raw text and scores the actor
record overlapping each gold mention. The dev figures must reach the floors (and the junk rate
stay under its ceiling) in ``bench/baselines/actors_news.json``. Skipped when ../shared/data is
absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sitrep.eval.actors_news import evaluate_news, ngec_dev_figures, read_devset  # noqa: E402
from sitrep.pipeline import Coder  # noqa: E402

BASELINE = json.loads((ROOT / "bench" / "baselines" / "actors_news.json").read_text())
DEVSET = ROOT / "bench" / "devsets" / "news_actors.jsonl"
DATA = ROOT.parent / "shared" / "data"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "test"), default="dev")
    ap.add_argument("--errors", type=int, default=2, help="examples per error kind")
    args = ap.parse_args()
    if not DATA.exists():
        print(f"skipped ({DATA} not found)")
        return 0
    gold = read_devset(DEVSET, split=args.split)
    t0 = time.perf_counter()
    result = evaluate_news(Coder(), gold, data_root=DATA)
    s = result.summary()
    p, wrong = s["precision"], s["answered_wrong"]
    print(
        f"{args.split}: {s['mentions']} mentions in {s['articles']} articles, "
        f"{s['gold_actors']} gold actors, {s['non_actors']} non-actors, {s['places']} places "
        f"({time.perf_counter() - t0:.0f}s)"
    )
    print(f"coverage {s['coverage']:.3f} ({s['covered']}/{s['gold_actors']})")
    print(
        f"precision (of covered): country {p['country']:.3f}, sector {p['sector']:.3f}, "
        f"both {p['both']:.3f}, kind {p['kind']:.3f}, QID {p['qid']:.3f} (n={p['qid_n']})"
    )
    print(
        f"answered wrong (of covered): country {wrong['country']:.3f}, sector "
        f"{wrong['sector']:.3f}, QID {wrong['qid']:.3f}"
    )
    print(f"both right of all gold actors {s['both_right_of_gold_actors']:.3f}")
    print(
        f"junk rate {s['junk_rate']:.3f}, places made non-place actors {s['places_as_actors']:.3f}"
    )
    for kind, k in s["per_kind"].items():
        print(f"  {kind}: n={k['n']} coverage {k['coverage']:.3f} both right {k['both_right']:.3f}")
    ngec = ngec_dev_figures(DATA / "ngec" / "actor_expectations_dev.tsv")
    if ngec:
        print(
            f"for context, NGEC dev (KB alone): country {ngec['country']}, sector {ngec['sector']}"
        )
    print("most frequent errors:")
    for kind, n in result.error_counts()[:10]:
        examples = "; ".join(
            f"{o.gold.text!r}->"
            + (
                f"{o.actor.name!r} {o.actor.kind} {o.actor.country}/{o.actor.sector}"
                if o.actor
                else "-"
            )
            for o in result.examples(kind, limit=args.errors)
        )
        print(f"  {n:3d} {kind}: {examples}")
    if args.split != "dev":
        return 0
    ok = True
    floors = BASELINE["dev_floors"]
    figures = {
        "coverage": s["coverage"],
        "country": p["country"],
        "sector": p["sector"],
        "both": p["both"],
        "qid": p["qid"],
    }
    for name, floor in floors.items():
        good = figures[name] >= floor
        ok &= good
        print(f"floor {name}: {figures[name]:.3f} >= {floor} {'ok' if good else 'BELOW FLOOR'}")
    ceiling = BASELINE["dev_max_junk_rate"]
    good = s["junk_rate"] <= ceiling
    ok &= good
    print(f"junk rate {s['junk_rate']:.3f} <= {ceiling} {'ok' if good else 'ABOVE CEILING'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
