"""Pronouns on real news: which actor record each third-person pronoun joins.

Usage: ``.venv/bin/python bench/bench_pronouns.py [--split dev|test] [--errors N]`` (also run by
``make bench``; dev split by default — the test split is for a labelled final check only).

Codes each article of ``bench/devsets/news_pronouns.jsonl`` (every third-person pronoun of 40
BBC politics and Reuters-21578 stories of the judged samples, resolved by hand before any output
was seen; ``scripts/select_pronoun_devset.py``) with the whole pipeline from raw text and scores
the record each pronoun joined (:mod:`sitrep.eval.pronouns`). The dev figures must reach the
floors in ``bench/baselines/pronouns.json``. Skipped when ../shared/data is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sitrep.eval.pronouns import evaluate, read_devset  # noqa: E402
from sitrep.pipeline import Coder  # noqa: E402

BASELINE = json.loads((ROOT / "bench" / "baselines" / "pronouns.json").read_text())
DEVSET = ROOT / "bench" / "devsets" / "news_pronouns.jsonl"
DATA = ROOT.parent / "shared" / "data"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "test"), default="dev")
    ap.add_argument("--errors", type=int, default=3, help="examples per error kind")
    ap.add_argument("--json", type=Path, help="write the summary and every error here")
    args = ap.parse_args()
    if not DATA.exists():
        print(f"skipped ({DATA} not found)")
        return 0
    gold = read_devset(DEVSET, split=args.split)
    t0 = time.perf_counter()
    result = evaluate(Coder(), gold, data_root=DATA)
    s = result.summary()
    print(
        f"{args.split}: {s['pronouns']} pronouns in {len({g.source for g in gold})} articles, "
        f"{s['agents']} standing for an agent ({time.perf_counter() - t0:.0f}s)"
    )
    print(
        f"precision {s['precision']:.3f} ({s['right']}/{s['resolved']})  recall "
        f"{s['recall']:.3f} ({s['right']}/{s['agents']})  attached to no agent "
        f"{s['attached_to_no_agent']}  to the wrong agent {s['wrong_agent']}"
    )
    for form, (resolved, right, agents) in s["by_form"].items():  # type: ignore[attr-defined]
        print(f"  {form:16} resolved {resolved:3}  right {right:3}  gold agents {agents:3}")
    kinds = Counter(str(e["kind"]) for e in result.errors)
    for kind, n in kinds.most_common():
        examples = [e for e in result.errors if e["kind"] == kind][: args.errors]
        shown = "; ".join(f"{e['id']}: {e['gold']!r} -> {e.get('got', '-')!r}" for e in examples)
        print(f"  {n:4} {kind}: {shown}")
    if args.json:
        args.json.write_text(json.dumps({"summary": s, "errors": result.errors}, indent=1))
    if args.split != "dev":
        return 0
    ok = True
    for key, floor in BASELINE["floors"].items():
        value = float(s[key])  # type: ignore[arg-type]
        good = value >= floor
        ok &= good
        print(f"floor {key}: {value:.3f} >= {floor} {'ok' if good else 'FAILED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
