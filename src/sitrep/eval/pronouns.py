"""Pronouns on real news: which actor record each third-person pronoun joins, scored against a
dev set resolved by hand.

Issue 14 asks one record per entity, pronouns included, and judged samples count an actor
record junk when one pronoun of its chain is someone else's or a thing's; nothing measured the
pronouns themselves. The dev set ``bench/devsets/news_pronouns.jsonl`` holds every third-person
pronoun (he/him/his/himself, she/her/hers/herself, it/its/itself, they/them/their/theirs/
themselves) of 88 real articles, each resolved by hand before any output was seen: batch ``a``,
40 BBC politics and Reuters-21578 stories of the judged samples judge20-24 (10 held out as
test), and batch ``r``, 48 Reuters-21578 stories of judge30-53 (12 held out), the wire stories
whose it/its/they/their made most of the judges' junk (samples are dev once judged;
``scripts/select_pronoun_devset.py``). One JSON object per pronoun::

    {"id": "p05p07", "source": "news/bbc/politics/259.txt", "published": "2005-01-01",
     "start": 1043, "end": 1045, "text": "he", "split": "dev", "referent": "Martin Bell"}

``referent`` is the entity as the article names it (alternatives joined by `` | ``; several
entities a plural stands for together joined by `` + ``), or ``NONE`` (a thing, an idea, an
expletive "it") or ``GENERIC`` (people in general): no actor.

Each article is coded from raw text by the whole pipeline. A pronoun is *resolved* when an actor
record holds a mention at exactly its offsets (a plural mention may be held by several: "they"
for "Britain and France"). It is *right* when the gold names an agent and every gold entity is
one of the records and every record one of the gold entities; an entity is a record when one of
its alternatives and the record's name or one of its named mentions (not a pronoun) contain one
another, word by word ("Sir Bernard Ingham" and the mention "Sir Bernard"). Figures:

- precision: right / resolved (a pronoun resolved where the gold has no agent is wrong: the
  junk a judge counts);
- recall: right / pronouns whose gold names an agent;
- wrongly attached: resolved where the gold has no agent, and resolved to the wrong agent.

Example:
    >>> gold = read_devset("bench/devsets/news_pronouns.jsonl", split="dev")
    >>> result = evaluate(Coder(), gold, data_root=Path("../shared/data"))
    >>> result.summary()["precision"]  # doctest: +SKIP
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.errors import EvalError
from sitrep.records import Actor

if TYPE_CHECKING:
    from sitrep.pipeline import Coder

#: The gold referents that name no actor.
NO_AGENT = frozenset({"NONE", "GENERIC"})
SPLITS = ("dev", "test")
_WORD = re.compile(r"[a-z0-9]+")
_ARTICLES = frozenset({"the", "a", "an", "s", "of"})


@cache
def _referring() -> frozenset[str]:
    """Pronouns, relatives and first-person words (the reference lexicon): no name."""
    from sitrep.actors.reference import grammar

    g = grammar()
    return frozenset(w for cls in ("pronoun", "relative", "speaker") for w in g.get(cls, {}))


@cache
def _skipped() -> frozenset[str]:
    """Words that do not tell names apart: articles and honorifics ("Mr", "Sir")."""
    from sitrep.actors.reference import grammar

    honorifics = {w.rstrip(".") for w in grammar().get("honorific", {})}
    return _ARTICLES | honorifics


@dataclass(frozen=True)
class GoldPronoun:
    """One pronoun of the dev set and the entities it stands for (empty: no agent)."""

    id: str
    source: str
    published: str
    start: int
    end: int
    text: str
    split: str
    referent: str

    @property
    def entities(self) -> list[list[str]]:
        """The entities the pronoun stands for, each as its alternative names."""
        if self.referent in NO_AGENT:
            return []
        return [[a.strip() for a in e.split("|") if a.strip()] for e in self.referent.split(" + ")]


def read_devset(path: str | Path, *, split: str | None = "dev") -> list[GoldPronoun]:
    """Read the pronouns of one split (``None``: all of them).

    Raises:
        EvalError: the file is missing, a row is malformed or the split unknown.
    """
    p = Path(path)
    if not p.exists():
        raise EvalError(f"gold file {p} not found; expected bench/devsets/news_pronouns.jsonl")
    if split is not None and split not in SPLITS:
        raise EvalError(f"split {split!r} is not one of {SPLITS}")
    rows: list[GoldPronoun] = []
    for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            row = GoldPronoun(
                id=str(obj["id"]),
                source=str(obj["source"]),
                published=str(obj["published"]),
                start=int(obj["start"]),
                end=int(obj["end"]),
                text=str(obj["text"]),
                split=str(obj["split"]),
                referent=str(obj["referent"]).strip(),
            )
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as e:
            raise EvalError(f"{p}:{n}: not a pronoun row ({e})") from e
        if not row.referent:
            raise EvalError(f"{p}:{n}: empty referent (NONE or GENERIC for no agent)")
        if split is None or row.split == split:
            rows.append(row)
    return rows


def _words(text: str) -> tuple[str, ...]:
    skipped = _skipped()
    return tuple(w for w in _WORD.findall(text.lower().replace("'s", "")) if w not in skipped)


def _within(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether the words ``a`` run inside ``b`` (in order, side by side); inside a description
    of more than three words only at its start or its end, where its head is ("those with
    the power to improve children's lives" is not "children")."""
    n = len(a)
    if n == 0:
        return False
    starts = range(len(b) - n + 1)
    if len(b) > 3:
        starts = range(0, 0) if len(b) < n else (0, len(b) - n)  # type: ignore[assignment]
    return any(b[i : i + n] == a for i in starts)


def names(actor: Actor) -> list[tuple[str, ...]]:
    """The words of an actor's name and of its mentions that are no pronoun."""
    out = [_words(actor.name)]
    referring = _referring()
    out += [_words(m.text) for m in actor.mentions if m.text.lower() not in referring]
    return [w for w in out if w]


def is_entity(actor: Actor, alternatives: Sequence[str]) -> bool:
    """Whether the actor record is the gold entity named by any of ``alternatives``: the words
    of one run inside a name of the record or the other way round, or a person's surname is
    the last word of both ("Prof Joni Lovenduski", "Prof Lovenduski")."""
    own = names(actor)
    for alt in alternatives:
        words = _words(alt)
        if words and any(_within(words, n) or _within(n, words) for n in own):
            return True
        last = alt.split()[-1] if alt.split() else ""
        if (
            actor.kind == "person"
            and last[:1].isupper()
            and words
            and any(n[-1] == words[-1] for n in own)
        ):
            return True
    return False


@dataclass
class PronounResult:
    """Counts and the errors, by pronoun."""

    pronouns: int = 0
    agents: int = 0  # pronouns whose gold names an agent
    resolved: int = 0
    right: int = 0
    attached_to_no_agent: int = 0  # resolved where the gold names none
    wrong_agent: int = 0  # resolved to another agent
    by_form: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))
    errors: list[dict[str, object]] = field(default_factory=list)

    def summary(self) -> dict[str, object]:
        return {
            "pronouns": self.pronouns,
            "agents": self.agents,
            "resolved": self.resolved,
            "right": self.right,
            "precision": round(self.right / self.resolved, 4) if self.resolved else 0.0,
            "recall": round(self.right / self.agents, 4) if self.agents else 0.0,
            "attached_to_no_agent": self.attached_to_no_agent,
            "wrong_agent": self.wrong_agent,
            # (resolved, right, gold agents) by pronoun form group
            "by_form": {k: list(v) for k, v in sorted(self.by_form.items())},
        }


def _form(pronoun: str) -> str:
    """The group a pronoun's figures are counted in: he/him/his, she/her, it/its or they."""
    from sitrep.actors.reference import grammar

    found = grammar()["pronoun"].get(pronoun.lower())
    if found is not None and found.gender == "m":
        return "he/him/his"
    if found is not None and found.gender == "f":
        return "she/her"
    if found is not None and found.number == "sg":
        return "it/its"
    return "they/them/their"


def score(gold: Sequence[GoldPronoun], actors: Mapping[str, Sequence[Actor]]) -> PronounResult:
    """Score each gold pronoun against the actor records of its article (by source)."""
    result = PronounResult()
    for g in gold:
        held = [
            a
            for a in actors[g.source]
            if any(m.start == g.start and m.end == g.end for m in a.mentions)
        ]
        entities = g.entities
        form = _form(g.text)
        counts = result.by_form[form]
        result.pronouns += 1
        if entities:
            result.agents += 1
            counts[2] += 1
        if not held:
            if entities:
                result.errors.append({"id": g.id, "kind": "unresolved", "gold": g.referent})
            continue
        result.resolved += 1
        counts[0] += 1
        got = " + ".join(a.name for a in held)
        if not entities:
            result.attached_to_no_agent += 1
            result.errors.append(
                {"id": g.id, "kind": "attached to no agent", "gold": g.referent, "got": got}
            )
            continue
        right = all(any(is_entity(a, e) for a in held) for e in entities) and all(
            any(is_entity(a, e) for e in entities) for a in held
        )
        if right:
            result.right += 1
            counts[1] += 1
        else:
            result.wrong_agent += 1
            result.errors.append(
                {"id": g.id, "kind": "wrong agent", "gold": g.referent, "got": got}
            )
    return result


def evaluate(coder: Coder, gold: Sequence[GoldPronoun], *, data_root: Path) -> PronounResult:
    """Code every article of the gold pronouns from raw text and score them.

    Raises:
        EvalError: a source article is missing, or a gold span does not hold its pronoun.
    """
    from sitrep.eval.actors_news import actors_by_source
    from sitrep.eval.events import read_source

    actors = actors_by_source(
        coder,
        gold,
        load=lambda source: read_source(data_root, source),
        fallback=lambda rows: rows[0].published,
    )
    return score(gold, actors)
