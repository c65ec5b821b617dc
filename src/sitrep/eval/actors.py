"""Score actor resolution against gold rows (``sitrep eval actors``).

Gold rows are TSV with at least ``arg_text, arg_context, arg_date, field, expected`` (as in
NGEC's ``actor_expectations_dev.tsv``; an optional ``op`` column may be ``Eq``, ``NotEq`` or
``In``). ``field`` is ``country`` or ``code_1`` (the sector); an empty ``expected`` means "none".
Rows about other fields (wiki titles, patterns) are skipped.

An empty date, or "today", means the date the gold was written: NGEC's expectations were written
in 2022-2023, so ``today`` defaults to :data:`GOLD_TODAY` (overridable).
"""

from __future__ import annotations

import ast
import csv
import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from sitrep.actors.kb import ActorKB
from sitrep.errors import DateError, EvalError
from sitrep.text.dates import parse_iso_date

#: What "today" means in the NGEC actor expectations (written 2022-2023).
GOLD_TODAY = dt.date(2023, 6, 1)
FIELDS = {"country": "country", "code_1": "sector"}


@dataclass
class GoldRow:
    row: int
    text: str
    context: str
    date: dt.date
    field: str | None  # country | sector; None for rows about other fields (predicted only)
    op: str
    expected: str


@dataclass
class Score:
    total: dict[str, int] = field(default_factory=lambda: {"country": 0, "sector": 0})
    correct: dict[str, int] = field(default_factory=lambda: {"country": 0, "sector": 0})
    errors: list[tuple[GoldRow, str]] = field(default_factory=list)

    def accuracy(self, name: str) -> float:
        return self.correct[name] / self.total[name] if self.total[name] else 0.0


def parse_date(text: str, *, today: dt.date) -> dt.date:
    """``"2022-04-01"``, ``"10 May 2015"``, ``"Today"`` or ``""`` -> a date."""
    text = (text or "").strip()
    if not text or text.lower() == "today":
        return today
    try:
        return parse_iso_date(text)
    except DateError:
        pass
    import dateparser

    parsed = dateparser.parse(text, settings={"PREFER_DAY_OF_MONTH": "first"})
    if parsed is None:
        raise EvalError(f"gold date {text!r} is not a date; expected YYYY-MM-DD or '10 May 2015'")
    return parsed.date()


def read_gold(path: str | Path, *, today: dt.date = GOLD_TODAY) -> list[GoldRow]:
    """Rows of a gold TSV with a text, numbered from 0 in file order (``field`` is None for
    rows about other fields: they are predicted but not scored).

    Raises:
        EvalError: the file is missing or lacks the needed columns.
    """
    p = Path(path)
    if not p.is_file():
        raise EvalError(
            f"gold file {p} does not exist; pass a TSV of actor expectations", path=str(p)
        )
    with open(p, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        need = {"arg_text", "field", "expected"}
        if not need <= set(reader.fieldnames or ()):
            raise EvalError(
                f"gold file {p} has columns {reader.fieldnames}; expected at least "
                "arg_text, arg_context, arg_date, field, expected",
                path=str(p),
            )
        rows = []
        for i, r in enumerate(reader):
            fld = FIELDS.get((r.get("field") or "").strip())
            if not (r.get("arg_text") or "").strip():
                continue
            rows.append(
                GoldRow(
                    row=i,
                    text=r["arg_text"],
                    context=r.get("arg_context") or "",
                    date=parse_date(r.get("arg_date") or "", today=today),
                    field=fld,
                    op=(r.get("op") or "Eq").strip() or "Eq",
                    expected=(r.get("expected") or "").strip(),
                )
            )
    return rows


def _ok(row: GoldRow, got: str) -> bool:
    if row.op == "In":
        try:
            options = ast.literal_eval(row.expected)
        except (ValueError, SyntaxError):
            options = re.findall(r"[A-Z]{3}", row.expected)
        return got in options
    if row.op == "NotEq":
        return got != row.expected
    return got == row.expected


def score(kb: ActorKB, rows: list[GoldRow]) -> tuple[Score, dict[int, dict[str, str | None]]]:
    """Resolve every row's text and compare; returns the score and predictions per row."""
    s = Score()
    preds: dict[int, dict[str, str | None]] = {}
    for row in rows:
        res = kb.resolve(row.text, date=row.date, context=row.context)
        pred = {"country": res.country if res else None, "sector": res.sector if res else None}
        preds[row.row] = pred
        if row.field is None:
            continue
        got = pred[row.field] or ""
        s.total[row.field] += 1
        if _ok(row, got):
            s.correct[row.field] += 1
        else:
            s.errors.append((row, got))
    return s, preds
