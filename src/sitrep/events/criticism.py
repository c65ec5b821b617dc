"""Criticism said, not named: an attributed claim that judges someone harshly is an ``ACCUSE``.

Most accusations in political news carry no accusing verb: "Labour is counting on the politics
of fear," Mr Howard said; the Lib Dems said the plan was "absurd"; "a really outrageous tweet,"
Axelrod said. The event coding guideline (section 3: criticise, condemn, blame → ``ACCUSE``;
PLOVER manual, ACCUSE: "criticize, condemn, denounce") codes the speaker accusing the one
judged. Verb triggers miss them: the only verb is "said", which is the attribution, and the
judgement is an adjective inside the content.

The events stage (:mod:`sitrep.events.component`) reads a speech candidate (a verb of saying
with a speaker and a clause of content, :mod:`sitrep.events.candidates`) as an ``ACCUSE`` when

1. its speaker is an actor of the article;
2. its content is a harsh judgement (:func:`harsh_judgement`): VADER's valence of the content
   (Hutto and Gilbert 2014, the ``vaderSentiment`` package: a lexicon of 7,500 words rated by
   people, with rules for negation, intensifiers and "but") is at most ``-THRESHOLD``, and an
   evaluative word of negative valence (an adjective or adverb: reporting an attack or a crime
   is negative too, but it judges no one, so verbs do not count, nor nouns: "a warning shot"
   is a commentator's reading, "outrageous" a judgement; a predicate noun is one too: "the
   bill was 'a travesty'", judged from ``LABEL_THRESHOLD``) stands in quotation
   marks, the speaker's own words (a reporter's paraphrase of a forecast or an analysis is
   mostly no criticism: on the news events dev set paraphrases gave three false events for
   one right);
3. the one judged is a coded political actor the content names other than the speaker (its
   subject, else the first such actor): harsh words about victims or about nobody in
   particular accuse no one the record could name;
4. the content reports no event of its own and the sentence holds no accusation named by its
   verb (the police who "said they arrested three men after a brutal attack" report an arrest).

The event's trigger is the verb of saying, its modality asserted (the speaker did criticise).

Example:
    >>> judged = harsh_judgement(content_tokens)  # "a really outrageous tweet"
    >>> judged is not None and judged.valence < 0
    True
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.tokens import Span, Token

from sitrep.events.demands import NOT_ANOTHER
from sitrep.text.lexicon import load_lexicon, word_set

#: A content at or below this VADER compound valence is a harsh judgement (measured on the
#: news events dev set, see bench/baselines/events_e2e.json notes).
THRESHOLD = 0.5
# parts of speech that judge (verbs and nouns of a content mostly report what happened)
_EVALUATIVE_POS = {"ADJ", "ADV"}
# a word's own valence at or below this counts as negative in VADER's lexicon (-4..4)
_WORD_NEGATIVE = -1.0
#: Verbs that name what their object is ("branded", "called", "described ... as").
LABELLING = word_set("event_arguments", cls="labelling")
# modals of possibility: a predicate under one forecasts, it does not judge
_HEDGES = {"would", "could", "may", "might"}
#: A name is a few words: their VADER valence is weaker than a clause's ("'piecemeal and
#: poor'" -0.48, "'a disgrace'" -0.49), so a label is harsh from a lower magnitude.
LABEL_THRESHOLD = 0.3
#: Labelling verbs that reproach whatever the name ("branded it a 'sticking plaster'").
STIGMATISING = word_set("event_arguments", cls="stigmatising")
# the valence of a reproach by the verb alone (a name VADER does not rate: "a 'sticking
# plaster'" 0.0), set at the label threshold so that it counts as a harsh label
_STIGMA = -LABEL_THRESHOLD
#: Verbs that reproach their subject's conduct ("had failed the 'tartan test'", "misled
#: Parliament"): said of someone, criticism (event_arguments.tsv "reproach").
REPROACH = word_set("event_arguments", cls="reproach")
#: Verbs whose negated passive reproaches its subject ("could not be trusted").
UNTRUSTED = word_set("event_arguments", cls="untrusted")
#: Verbs of keeping one's word whose negation reproaches ("did not deliver", "had not kept").
UNKEPT = word_set("event_arguments", cls="unkept")


@dataclass(frozen=True)
class Judgement:
    """A harsh judgement: the content's valence and the evaluative words that carry it."""

    valence: float
    words: tuple[str, ...]


@cache
def _analyzer() -> Any:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    # harsh words of political speech VADER does not rate ("inappropriate", "absurd",
    # "disgraceful"): sitrep/data/lexicons/criticism_words.tsv, valences of VADER synonyms
    for entry in load_lexicon("criticism_words").entries:
        analyzer.lexicon.setdefault(entry.lemma, float(entry.fields["valence"]))
    return analyzer


def harsh_judgement(
    tokens: Span | Sequence[Token], threshold: float = THRESHOLD, *, quoted: bool = False
) -> Judgement | None:
    """The judgement a content makes when it is harsh (see the module docstring), else None.
    With ``quoted``, every token is the speaker's own words (a sentence of a quotation that
    goes on, whose quotation marks may stand sentences away)."""
    if not tokens:
        return None
    analyzer = _analyzer()
    lexicon: dict[str, float] = analyzer.lexicon
    hyphenated = _hyphenated(tokens)
    harsh = [
        t
        for t in tokens
        if (t.pos_ in _EVALUATIVE_POS or t.i in hyphenated)
        and _harsh_word(hyphenated.get(t.i, t.lower_), lexicon)
        and (quoted or in_quotes(t))
    ]
    evaluative = tuple(hyphenated.get(t.i, t.text) for t in harsh)
    if any(
        t.dep_ in ("acomp", "attr")
        # (said of what is, not of what might be: "it would be damaging" is a forecast)
        and not any(a.dep_ == "aux" and a.lower_ in _HEDGES for a in t.head.children)
        for t in harsh
    ):
        # a harsh predicate ("his comments were 'inappropriate'", "it was 'absurd'") names
        # what the subject is, as a label does: judged from the label threshold
        threshold = min(threshold, LABEL_THRESHOLD)
    if not evaluative:
        # a harsh name put on something ("the legislation was 'a travesty'", "it was a
        # 'scandal'"): a predicate noun in quotes judges its subject as a label does
        evaluative = tuple(
            t.text
            for t in tokens
            if t.pos_ == "NOUN"
            and t.dep_ == "attr"
            and _harsh_word(t.lower_, lexicon)
            and (quoted or in_quotes(t))
        )
        threshold = min(threshold, LABEL_THRESHOLD)
    if not evaluative:
        return None
    # (the words as written: VADER reads "ill-advised" whole, not "ill - advised")
    text = "".join(t.text_with_ws for t in tokens)
    valence = float(analyzer.polarity_scores(text)["compound"])
    if valence > -threshold:
        return None
    return Judgement(valence=valence, words=evaluative)


def _harsh_word(word: str, lexicon: dict[str, float]) -> bool:
    """Whether a word's own valence in VADER's lexicon (with the criticism words added) is
    negative enough to judge."""
    return lexicon.get(word, 0.0) <= _WORD_NEGATIVE


def _hyphenated(tokens: Span | Sequence[Token]) -> dict[int, str]:
    """The words spaCy splits at a hyphen ("ill - advised"), joined as written, keyed by
    their last token (the head of the compound): ``{i: "ill-advised"}``. A hyphenated
    compound before or after a noun is an adjective whatever its last part's tag ("advised"
    VBN), so it judges as one does."""
    out: dict[int, str] = {}
    toks = list(tokens)
    for a, hyph, b in zip(toks, toks[1:], toks[2:], strict=False):
        if hyph.tag_ == "HYPH" and not a.whitespace_ and not hyph.whitespace_:
            out[b.i] = f"{out.pop(a.i, a.lower_)}-{b.lower_}"  # ("well-to-do": one word)
    return out


_QUOTES = {'"', "“", "”", "``", "''"}


def in_quotes(tok: Token) -> bool:
    """Whether a token stands inside quotation marks in its sentence (an odd number of quote
    marks before it): the speaker's own words, not the reporter's paraphrase."""
    sent = tok.sent
    return sum(1 for t in tok.doc[sent.start : tok.i] if t.text in _QUOTES) % 2 == 1


def harsh_label(verb: Token) -> Judgement | None:
    """The harsh judgement a verb of labelling puts on its object ("branded the response as
    'piecemeal and poor'", "calling him 'dopey'"), if any: read in the name it gives (an "as"
    phrase, which the parser hangs on the verb or on its object, or an object predicate).
    Such a verb accuses its object (guideline section 3: PLOVER ACCUSE)."""
    if verb.lower_ not in LABELLING:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None and any(c.dep_ == "auxpass" for c in verb.children):
        # the passive: "plans have been branded 'deeply irresponsible' by the Lib Dems"
        obj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if obj is None:
        return None
    lexicon: dict[str, float] = _analyzer().lexicon
    for child in (*verb.children, *obj.children):
        if child.dep_ == "prep" and child.lower_ == "as":
            name = list(child.subtree)[1:]
        elif (
            child.dep_ in ("oprd", "xcomp", "ccomp", "acomp")
            # ("branded it a 'sticking plaster'": the name read as a second object)
            or (child.dep_ == "dobj" and child.i > obj.i)
        ) and child.head.i == verb.i:
            name = list(child.subtree)
        elif child.dep_ == "amod" and child.head.i == obj.i and child.i > obj.i:
            # ("branded the proposal unworkable": the name read as the object's adjective)
            name = list(child.subtree)
        else:
            continue
        judged = harsh_judgement(name, threshold=LABEL_THRESHOLD)
        if judged is not None:
            return judged
        if any(
            (t.pos_ in ("NOUN", "ADJ") and (in_quotes(t) or _harsh_word(t.lower_, lexicon)))
            if verb.lower_ in STIGMATISING
            # (any labelling verb with a harsh adjective as the name: "called the scheme
            # deeply flawed"; not a noun, "called it a tragedy" mourns)
            else (t.pos_ == "ADJ" and _harsh_word(t.lower_, lexicon))
            for t in name
        ):
            # (a name in quotes, the one who brands it, or a harsh one: "branded the
            # proposal unworkable"; "branded its phones as premium devices" is marketing)
            return Judgement(valence=_STIGMA, words=(verb.text,))
    return None


def reproach(content: Span) -> Judgement | None:
    """The reproach a clause of content makes of its subject's conduct, if any: its root verb
    reproaches (:data:`REPROACH`: "Mr Brown had failed the 'tartan test'", "the government
    misled Parliament"), with a subject that is someone other than the speaker's side, not
    negated and not hedged ("could fail" forecasts); "fail" only with what was failed or
    failed to be done ("the talks failed" reproaches no one); or a negated passive of trust
    (:data:`UNTRUSTED`: "Mr Blair could not be trusted"), or a negated verb of keeping one's
    word (:data:`UNKEPT`: "said it did not deliver"). Its valence is that of a harsh
    label (the verb judges, whatever the words around it)."""
    root = content.root
    children = list(root.children)
    if (
        root.lower_ in UNTRUSTED
        and any(c.dep_ == "neg" for c in children)
        and any(c.dep_ == "auxpass" for c in children)
        and (subject := next((c for c in children if c.dep_ == "nsubjpass"), None)) is not None
        and subject.lower_ not in NOT_ANOTHER
    ):
        return Judgement(valence=_STIGMA, words=(root.text,))  # "X could not be trusted"
    hedged = any(c.dep_ == "aux" and c.lower_ in _HEDGES for c in children)
    if (
        root.lower_ in UNKEPT
        and root.pos_ == "VERB"
        and any(c.dep_ == "neg" for c in children)
        and not hedged
        and (subject := next((c for c in children if c.dep_ == "nsubj"), None)) is not None
        # ("said it did not deliver": "it" is the party spoken of; who keeps promises acts)
        and (subject.lower_ not in NOT_ANOTHER or subject.lower_ == "it")
    ):
        return Judgement(valence=_STIGMA, words=(root.text,))  # "X did not deliver"
    if root.pos_ not in ("VERB", "AUX") or root.lower_ not in REPROACH:
        return None
    if any(c.dep_ == "neg" for c in children) or hedged:
        return None
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in NOT_ANOTHER:  # ("we failed", "it failed")
        return None
    if root.lower_.startswith("fail") and not any(c.dep_ in ("xcomp", "dobj") for c in children):
        return None
    return Judgement(valence=_STIGMA, words=(root.text,))
