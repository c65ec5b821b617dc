"""Modality of an event: does the text report it as having happened?

Rules over the dependency parse, walking up from the trigger to the root of its clause chain and
collecting markers on the way (a modal verb, a negation, an ``if``/``unless`` clause, a verb of
planning, predicting, denying or demanding). The strongest marker wins, in this order::

    conditional > negated > reported_denied > hypothetical > predicted > planned > asserted

The walk stops at the complement of a reporting verb ("Washington says Russia has massed ..."
is asserted by Washington), so a report never changes the modality of what it reports. The
stage then turns an *asserted* event inside an attribution with stance ``deny`` into
``reported_denied`` (see :func:`modality_with_attribution`).

Accuracy on the hand-written dev set ``training/modality/dev.tsv`` is measured by
``bench/bench_modality.py``; the floor is pinned in ``bench/baselines/modality.json``.

Example:
    >>> doc = nlp("Russia could invade within days.")
    >>> event_modality(doc[2])
    'predicted'
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.text.lexicon import word_set

RANK = {
    "asserted": 0,
    "planned": 1,
    "predicted": 2,
    "hypothetical": 3,
    "reported_denied": 4,
    "negated": 5,
    "conditional": 6,
}

# prepositions of an event noun that sets the scene of its clause ("in talks", "during the raid")
_SETTING_PREPS = {"in", "during", "at", "throughout"}
# verbs of failing: an event noun that fails to do something happened ("talks failed to ...")
_FAILING = {"fail", "failed", "fails"}
_PREDICT_MODALS = {"could", "may", "might", "will", "shall", "'ll", "wo", "can", "ca"}
_HYPO_MODALS = {"would", "should", "must", "ought", "'d"}
_NEG = {"not", "n't", "never", "no", "neither", "nor", "without"}
# Negative quantifiers on a subject or object negate the clause ("No troops were deployed").
_NEG_ARGS = {"no", "none", "nobody", "nothing", "neither", "no one"}
# Nouns that answer an act done ("reprisals for the attack", "sanctions over the invasion"):
# the act in their "for"/"over" phrase happened, whatever frames the answer.
_ANSWERS = word_set("modality_words", cls=("answer", "retaliation"))
_COND_MARKS = {"if", "unless", "whether", "provided", "providing", "lest", "once"}
# Verbs an event noun happens by ("clashes erupted", "the talks took place", "the attack never
# happened", "the strike did not go ahead") and light verbs it is done by in the passive ("talks
# were not held"): their negation is the noun's; any other verb's is not ("the attack did not
# kill anyone", "his attack was not a stunt" report an attack).
_HAPPEN = word_set("event_arguments", cls="occur") | word_set("light_verbs", lemma="happen")
_LIGHT = word_set("light_verbs")

# Lemmas (and irregular surface forms, since the pipeline may run without a lemmatizer) whose
# complement is not (yet) an event of the world.
_PLAN = word_set("modality_words", cls="plan")
_PREDICT = word_set("modality_words", cls="predict")
_HYPO = word_set("modality_words", cls="hypothetical")
_NEGATING = word_set("modality_words", cls="negating")
_DENY = word_set("modality_words", cls="deny")
_ENDING = word_set("modality_words", cls="ending")
_CLAIM_NOUNS = word_set("attribution_words", cls="claim_noun")
_REPORTING = word_set("reporting_verbs", cls=("say", "think", "evidence", "accuse"))
# Arcs the walk climbs: complements, objects, relative and adverbial attachments. A ``conj``
# inherits only the modal and negation of its first conjunct ("could mass troops and invade").
_CLIMB = word_set("modality_climb_arcs")


def _low(t: Token) -> str:
    return t.text.lower()


def _lemma(t: Token) -> str:
    return (t.lemma_ or t.text).lower()


def _words(t: Token) -> set[str]:
    return {_low(t), _lemma(t)}


def _own_markers(tok: Token, *, is_trigger: bool, subject_negation: bool = True) -> list[str]:
    """Markers carried by ``tok``'s own children (aux, neg, mark, det, amod); a negative
    subject ("no progress", "nobody") negates only with ``subject_negation``."""
    found: list[str] = []
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    for child in tok.children:
        low = _low(child)
        if child.dep_ in ("nsubj", "nsubjpass") and (
            low in _NEG_ARGS
            or any(_low(g) in ("no", "none") for g in child.children if g.dep_ == "det")
        ):
            if subject_negation:
                found.append("negated")
            continue
        if child.dep_ == "prt" and low == "off" and _low(tok) in ("call", "called", "calls"):
            found.append("negated")  # "called off the protest"
            continue
        if (
            child.dep_ == "aux"
            and low in ("should", "were", "had")
            and subj is not None
            and child.i < subj.i
            and child.i == child.sent.start
        ):
            found.append("conditional")  # inverted condition: "Should Russia invade, ..."
            continue
        if (
            child.dep_ == "neg"
            or (child.dep_ in ("det", "advmod") and low in ("no", "never"))
            or (  # "no longer recognise", "not any more"
                child.dep_ == "advmod"
                and low in ("longer", "more")
                and any(g.dep_ == "neg" or _low(g) == "no" for g in child.children)
            )
        ):
            found.append("negated")
        elif child.dep_ in ("aux", "auxpass") and child.tag_ == "MD":
            if low in _PREDICT_MODALS or (low == "would" and _reported_in_past(tok)):
                # ("officials said they would hold talks": the future seen from the past)
                found.append("predicted")
            elif low in _HYPO_MODALS:
                found.append("hypothetical")
        elif child.dep_ == "aux" and low in ("going",):
            found.append("predicted")
        elif child.dep_ == "mark" and low in _COND_MARKS:
            found.append("conditional")
        elif child.dep_ == "advcl" and any(
            g.dep_ == "mark" and _low(g) in ("if", "unless") for g in child.children
        ):
            # the consequent of a condition ("if X, Russia will Y") is itself conditional
            found.append("conditional")
        elif child.dep_ in ("amod", "advmod", "compound") and is_trigger:
            w = _words(child)
            if w & {"planned", "proposed", "intended", "scheduled", "prepared"}:
                found.append("planned")
            elif w & {"possible", "potential", "likely", "imminent", "expected", "feared",
                      "probable", "future", "threatened", "looming", "upcoming"}:  # fmt: skip
                found.append("predicted")
            elif w & {"alleged", "purported", "so-called", "supposed"}:
                pass  # an allegation is a report, not a denial
    return found


def _reported_in_past(tok: Token) -> bool:
    """Is ``tok`` the complement of a reporting verb in the past ("said they would meet")?
    Its "would" is then the reported "will", not a hypothetical."""
    return tok.dep_ == "ccomp" and tok.head.tag_ == "VBD" and bool(_words(tok.head) & _REPORTING)


# negating verbs that negate only with their particle: "ruled out an attack", but "the strike
# was ruled illegal" happened
_NEGATING_PARTICLE = dict.fromkeys(word_set("modality_words", lemma="rule"), "out")


def _without_particle(tok: Token, words: set[str]) -> bool:
    """Whether a negating verb that negates only with its particle lacks it."""
    need = {_NEGATING_PARTICLE[w] for w in words if w in _NEGATING_PARTICLE}
    return bool(need) and not any(c.dep_ == "prt" and _low(c) in need for c in tok.children)


def _word_marker(tok: Token, child: Token) -> str | None:
    """The marker of an ancestor word on the path (``tok`` governs ``child``)."""
    w = _words(tok)
    if (
        w & _PLAN
        and child.dep_ in ("ccomp", "xcomp")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
        and not w & {"agree", "agreed", "agrees", "decide", "decided"}
    ):
        return "hypothetical"  # "Kosovo wants the EU states to recognize it": a wish for others
    if w & _DENY:
        # "denied that ...", "denied reports that ...": what is said is disputed
        said = child.dep_ == "ccomp" or (child.dep_ == "dobj" and _low(child) in _CLAIM_NOUNS)
        return "reported_denied" if said else "negated"
    if w & _NEGATING and not _without_particle(tok, w):
        return "negated"
    if w & _PLAN:
        return "planned"
    if w & _PREDICT:
        return "predicted"
    if w & _HYPO:
        return "hypothetical"
    return None


_SUBJECTS = ("nsubj", "nsubjpass", "expl")


def _own_tense(conj: Token, first: Token) -> bool:
    """Whether a verb conjunct carries its own tense rather than its first conjunct's
    auxiliaries: a present or past form ("refused"), except a past form after a perfect "has"
    or "had" ("hasn't endorsed her or conceded": the tagger reads the participle as past)."""
    if conj.tag_ in ("VBZ", "VBP"):
        return True
    if conj.tag_ != "VBD":
        return False
    return not any(c.dep_ == "aux" and _lemma(c) == "have" for c in first.children)


def _asked(trigger: Token) -> bool:
    """Whether the trigger's clause is a question ("why don't they ever call on him?",
    "will Iran attack?"): its sentence ends in a question mark, and its verb (the trigger or
    the verb an event noun hangs on) has a wh-word or an auxiliary before its subject."""
    words = [t for t in trigger.sent if not (t.is_quote or t.is_space)]
    if not words or words[-1].text != "?":
        return False
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    for c in verb.children:
        if c.tag_ in ("WRB", "WP", "WDT") and c.i < verb.i:
            return True
        if subject is not None and c.dep_ == "aux" and c.i < subject.i:
            return True
    return False


def event_modality(trigger: Token, *, max_depth: int = 6) -> str:
    """The modality of the event whose trigger is ``trigger``.

    Args:
        trigger: the event's trigger token (verb or event noun) in a parsed Doc.
        max_depth: how many arcs to climb at most.

    Returns:
        One of the SPEC.md modalities (never ``reported_denied`` from an attribution: see
        :func:`modality_with_attribution`).
    """
    markers = _own_markers(trigger, is_trigger=True)
    if _asked(trigger):
        markers.append("hypothetical")  # "why don't they ever call on him?": not reported done
    tok = trigger
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN" and trigger.head.i < trigger.i:
        # "500 people arrested during the riots will face trial": a reduced passive relative
        # reports a done act; the main clause's future is not its own
        return max(markers, key=RANK.__getitem__) if markers else "asserted"
    for _ in range(max_depth):
        if tok.dep_ not in _CLIMB or tok.head is tok:
            break
        head = tok.head
        if tok.dep_ == "conj":
            # share the first conjunct's modal/negation, not its complements' frames, when the
            # conjunct leans on its auxiliaries ("could mass troops and invade", "did not
            # attack or invade"); a conjunct with its own subject or tense is a clause of its
            # own ("said his comments were not racist and refused to apologise", "the inquiry
            # did not result in charges, but the criticism has weighed on her")
            own_aux = any(c.dep_ == "aux" for c in tok.children)
            if not (
                _own_tense(tok, head) or own_aux or any(c.dep_ in _SUBJECTS for c in tok.children)
            ):
                markers += [m for m in _own_markers(head, is_trigger=False) if m != "conditional"]
            tok = head
            continue
        if tok.dep_ == "ccomp" and _words(head) & _REPORTING:
            break  # "X said that Y": the report does not change Y
        if tok.dep_ == "relcl" and head.pos_ in ("PROPN", "PRON"):
            # "Mr Hague, who stepped down after the defeat, does not rule out a return": a
            # relative clause on a named party tells of what it did, whatever the main
            # clause says of it
            break
        if tok.dep_ == "pobj" and _low(head) in ("for", "over") and _low(head.head) in _ANSWERS:
            break  # "vowed reprisals for the attack": what is answered has happened
        if (
            tok.dep_ in ("dobj", "obj")
            and tok.pos_ == "NOUN"
            and _low(head) in _ENDING
            and not any(c.dep_ == "prt" for c in head.children)
        ):
            break  # "talks failed to end the strike": what is to be ended is going on
        if tok.dep_ in ("nsubj", "nsubjpass", "csubj"):
            # an event noun as subject: "an invasion would ...", "talks are scheduled ...",
            # "more protests are expected" -> the verb's modals and meaning count
            if not _words(head) & _REPORTING:
                marker = _word_marker(head, tok)
                if marker == "negated" and _words(head) & _FAILING:
                    marker = None  # "talks failed to provide a reason": the talks were held
                if marker and marker != "reported_denied":
                    markers.append(marker)
            happens = (
                bool(_words(head) & _HAPPEN)
                or (tok.dep_ == "nsubjpass" and bool(_words(head) & _LIGHT))
                or any(
                    (c.dep_ == "dobj" and _low(c) == "place")
                    or (c.dep_ in ("prt", "advmod") and _low(c) == "ahead")
                    for c in head.children
                )
            )
            markers += [
                m for m in _own_markers(head, is_trigger=False) if m != "negated" or happens
            ]
            tok = head
            continue
        marker = _word_marker(head, tok)
        if marker == "reported_denied" and tok.i == trigger.i and tok.dep_ == "dobj":
            marker = None  # "dismissed Valdoria's accusations": the accusing was done
        if marker:
            markers.append(marker)
        if tok.dep_ == "advcl" and any(
            c.dep_ == "mark" and _low(c) in _COND_MARKS for c in tok.children
        ):
            markers.append("conditional")
        # an event noun that sets the scene ("no one was hurt in the attack", "no progress
        # was made in talks with Japan"): the negative subject denies what happened in it,
        # not that it happened
        setting = (
            tok.dep_ == "prep"
            and tok.i == trigger.head.i
            and trigger.dep_ == "pobj"
            and trigger.pos_ == "NOUN"
            and _low(tok) in _SETTING_PREPS
        )
        markers += _own_markers(head, is_trigger=False, subject_negation=not setting)
        tok = head
    if not markers:
        return "asserted"
    return max(markers, key=RANK.__getitem__)


def modality_with_attribution(modality: str, stance: str | None) -> str:
    """An asserted event inside the content of a denial is ``reported_denied``.

    Args:
        modality: the modality from :func:`event_modality`.
        stance: the stance of the innermost attribution whose content holds the trigger.
    """
    if modality == "asserted" and stance == "deny":
        return "reported_denied"
    return modality
