"""Attribution benchmark: PolNeAR dev accuracy per role, and the stage's cost over the parse.

Usage:
    .venv/bin/python bench/bench_attribution.py            # accuracy + speed (~2 min)
    .venv/bin/python bench/bench_attribution.py --speed    # speed only
    SITREP_POLNEAR_TEST=DIR .venv/bin/python bench/bench_attribution.py   # + held-out test

Floors are pinned in ``bench/baselines/attribution.json`` (exact-match F1 per role on dev, top
level attributions as PolNeAR annotates them); the script exits 1 when one is missed or when
the attribution stage adds more than ``max_overhead`` to the bare spaCy parse time.

Speed: the same dev texts are parsed by the bare spaCy model (``nlp.pipe``, the pipeline's
own components only), then the attribution component runs over the parsed docs (after the
actors stage, whose time is not counted) in batches of 16, as ``nlp.pipe`` runs it.
Overhead = attribution time / bare parse time.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
BASELINE = json.loads((ROOT / "bench" / "baselines" / "attribution.json").read_text())


def texts() -> list[str]:
    dev = SHARED / "polnear" / "dev" / "text"
    return [p.read_text("utf-8") for p in sorted(dev.glob("*.txt"))]


def bench_speed() -> bool:
    from sitrep.pipeline import build_nlp
    from sitrep.settings import load_settings

    nlp = build_nlp(load_settings())
    docs_in = texts()
    spacy_pipes = [p for p in nlp.pipe_names if not p.startswith("sitrep_")]
    with nlp.select_pipes(enable=spacy_pipes):
        list(nlp.pipe(docs_in[:4]))  # warm-up
        t0 = time.perf_counter()
        docs = list(nlp.pipe(docs_in, batch_size=16))
        t_parse = time.perf_counter() - t0
    actors = nlp.get_pipe("sitrep_actors")
    attributions = nlp.get_pipe("sitrep_attributions")
    docs = [actors(d) for d in docs]
    t0 = time.perf_counter()
    n = 0
    for d in attributions.pipe(docs, batch_size=16):  # as nlp.pipe runs it
        n += len(d._.sitrep_attributions)
    t_attr = time.perf_counter() - t0
    words = sum(len(d) for d in docs)
    overhead = t_attr / t_parse
    limit = BASELINE["max_overhead"]
    print(
        f"speed: bare parse {t_parse:.2f}s ({words / t_parse:.0f} tokens/s), attribution "
        f"{t_attr:.2f}s ({n} attributions) = +{overhead:.1%} (limit +{limit:.0%})"
    )
    return overhead <= limit


def bench_accuracy(split_dir: Path, floors: dict | None) -> bool:
    from sitrep.eval.attribution import evaluate_polnear
    from sitrep.pipeline import build_nlp
    from sitrep.settings import load_settings

    nlp = build_nlp(load_settings())
    t0 = time.perf_counter()
    scores, _ = evaluate_polnear(split_dir, nlp)
    print(f"accuracy on {split_dir} ({time.perf_counter() - t0:.0f}s):")
    ok = True
    for role, d in scores.items():
        ex, ov = d["exact"], d["overlap"]
        floor = (floors or {}).get(role)
        mark = ""
        if floor is not None:
            passed = ex["f1"] >= floor
            ok &= passed
            mark = f"  floor {floor:.3f} {'ok' if passed else 'MISSED'}"
        print(
            f"  {role:8s} exact P {ex['p']:.3f} R {ex['r']:.3f} F1 {ex['f1']:.3f} | "
            f"overlap P {ov['p']:.3f} R {ov['r']:.3f} F1 {ov['f1']:.3f}{mark}"
        )
    return ok


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--speed", action="store_true", help="speed only")
    args = ap.parse_args()
    dev = SHARED / "polnear" / "dev"
    if not dev.exists():
        print(f"skipped: {dev} not available")
        return 0
    ok = bench_speed()
    if not args.speed:
        ok &= bench_accuracy(dev, BASELINE["dev_exact_f1_floor"])
        test = os.environ.get("SITREP_POLNEAR_TEST")
        if test:
            ok &= bench_accuracy(Path(test), BASELINE["test_exact_f1_target"])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
