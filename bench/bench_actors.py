"""Actor resolution: accuracy floors on the dev sets and the speed of 10,000 resolutions.

Usage: ``.venv/bin/python bench/bench_actors.py`` (also run by ``make bench``).

- NGEC dev expectations (../shared/data/ngec/actor_expectations_dev.tsv; skipped when absent)
  and the project's own 2021-2024 office-holder cases (tests/actors/officeholders_dev.tsv):
  country and sector accuracy must reach the floors in bench/baselines/actors.json.
- Speed: 10,000 mentions (names, titles, noun phrases, unknown names, each with its own date;
  a third as PERSON entities of one of a few articles, as the actors stage asks) resolved on a
  freshly loaded KB must take under ``max_seconds_10k``. The load time is printed too.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sitrep.actors.kb import ActorKB  # noqa: E402
from sitrep.eval.actors import read_gold, score  # noqa: E402

BASELINE = json.loads((ROOT / "bench" / "baselines" / "actors.json").read_text())
SETS = {
    "ngec_dev": ROOT.parent / "shared" / "data" / "ngec" / "actor_expectations_dev.tsv",
    "officeholders_dev": ROOT / "tests" / "actors" / "officeholders_dev.tsv",
}


def main() -> int:
    t0 = time.perf_counter()
    kb = ActorKB()
    load_s = time.perf_counter() - t0
    print(
        f"KB loaded in {load_s:.2f}s: {sum(len(v) for v in kb.people.values())} name keys "
        f"for people, {len(kb.orgs)} org keys, {len(kb.agents)} sector nouns"
    )
    ok = True
    texts: list[str] = []
    for name, path in SETS.items():
        if not path.exists():
            print(f"{name}: skipped ({path} not found)")
            continue
        rows = read_gold(path)
        texts += [r.text for r in rows]
        s, _ = score(kb, rows)
        floor = BASELINE["floors"][name]
        for field in ("country", "sector"):
            acc = s.accuracy(field)
            flag = "ok" if acc >= floor[field] else "BELOW FLOOR"
            ok &= acc >= floor[field]
            print(f"{name} {field}: {acc:.3f} (n={s.total[field]}, floor {floor[field]}) {flag}")
    # speed: 10,000 mentions with varied dates on a fresh KB (cold caches)
    texts += [
        "President Biden",
        "Russian troops",
        "the Kremlin",
        "Marcus Beam",
        "Kyiv",
        "French President Emmanuel Macron",
        "Ukrainian military saboteurs",
        "he",
        "Mrs. Clinton",
        "Fallon",
        "Lisa O. Monaco",
        "Crown Prince Salman of Bahrain",
        "A. K. Antony",
    ]
    articles = [
        "Officials in Washington said American voters would decide.",
        "British ministers met in London; Russian and French diplomats joined them.",
        "Kenyan police said the Somali group had crossed the border.",
    ]
    rng = random.Random(7)
    dates = [dt.date(2000, 1, 1) + dt.timedelta(days=rng.randrange(9500)) for _ in range(500)]
    mentions = [
        (rng.choice(texts), rng.choice(dates), rng.choice(articles) if i % 3 == 0 else None)
        for i in range(10_000)
    ]
    t0 = time.perf_counter()
    kb = ActorKB()
    print(f"KB loaded again in {time.perf_counter() - t0:.2f}s")
    t0 = time.perf_counter()
    for text, day, article in mentions:
        if article is None:
            kb.resolve(text, date=day)
        else:
            kb.resolve(text, date=day, ner="PERSON", article=article)
    secs = time.perf_counter() - t0
    limit = BASELINE["max_seconds_10k"]
    ok &= secs < limit
    print(
        f"10,000 resolutions: {secs:.2f}s (limit {limit}s) {'ok' if secs < limit else 'TOO SLOW'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
