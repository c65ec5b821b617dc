"""Training examples for the PLOVER event classifier (used by train_event_classifier.py).

Every example is a marked sentence (``<s>source</s>``, ``<t>target</t>``), a label (one of the
16 PLOVER types, ``NONE``, or ``YIELD`` = CONCEDE or RETREAT as in PLV), a loss weight and the
corpus it came from. Sources (read from ../shared/data, never copied into the package):

- ``plv``: ../shared/data/plv/train.tsv (Hu et al. 2024), gold_root.
- ``gsr``: ../shared/data/plover/gold_standard_records (OEDA, CC BY-SA 4.0), PLOVER 0.5b1 names
  mapped to today's: DEMAND→REQUEST, DISAPPROVE→ACCUSE, FIGHT→ASSAULT, INVESTIGATE→ACCUSE
  (the manual's CAMEO table: "09 INVESTIGATE → ACCUSE", mode investigate).
- ``written``: training/events/*.tsv — sentences written by the sitrep developers.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
WRITTEN = ROOT / "training" / "events"

GSR_MAP = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "FIGHT": "ASSAULT",
    "INVESTIGATE": "ACCUSE",
}
_TAG_RE = re.compile(r"\((SRC/TAR|SRC/LOC|TAR/LOC|SRC|TAR|EVT|LOC):\s*([^()]*?)\s*[)}]")


@dataclass
class Example:
    marked: str
    label: str
    source: str
    weight: float = 1.0


def load_plv(path: Path | None = None) -> list[Example]:
    """PLV rows (gold_root, YIELD kept as is)."""
    path = path or SHARED / "plv" / "train.tsv"
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return [Example(r["marked_sentence"], r["gold_root"], "plv") for r in rows]


def gsr_marked(markup: str) -> str | None:
    """Turn the GSR inline markup into a PLV marked sentence (first SRC → <s>, first TAR → <t>)."""
    state = {"s": False, "t": False}

    def repl(m: re.Match[str]) -> str:
        tag, text = m.group(1), m.group(2)
        roles = []
        if tag in ("SRC", "SRC/LOC"):
            roles = ["s"]
        elif tag in ("TAR", "TAR/LOC"):
            roles = ["t"]
        elif tag == "SRC/TAR":
            roles = ["s", "t"]
        for role in roles:
            if not state[role]:
                state[role] = True
                return f"<{role}>{text}</{role}>"
        return text

    out = markup
    for _ in range(4):  # nested tags, innermost first
        new = _TAG_RE.sub(repl, out)
        if new == out:
            break
        out = new
    if re.search(r"\((SRC|TAR|EVT|LOC)", out) or not (state["s"] or state["t"]):
        return None
    return re.sub(r"\s+", " ", out).strip()


def load_gsr(path: Path | None = None) -> list[Example]:
    """PLOVER gold standard records, mapped to current event names."""
    path = path or SHARED / "plover" / "gold_standard_records" / "PLOVER_GSR_CAMEO.txt"
    records = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for r in records:
        event = GSR_MAP.get(r.get("event", ""), r.get("event", ""))
        if event == "DOCUMENT":
            continue
        info = r.get("textInfo", "")
        markup = info.get("markup", "") if isinstance(info, dict) else str(info)
        marked = gsr_marked(markup)
        if marked:
            out.append(Example(marked, event, "gsr"))
    return out


def load_written(directory: Path | None = None) -> list[Example]:
    """Sentences written by the sitrep developers: TSV with columns marked, label."""
    directory = directory or WRITTEN
    out = []
    for path in sorted(directory.glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                if row.get("marked") and row.get("label"):
                    out.append(Example(row["marked"].strip(), row["label"].strip(), "written"))
    return out
