"""Demands said, not named: a speaker who says what someone else must do asks them to (REQUEST).

Most demands in political news carry no asking verb: "Blair says mayor should apologise";
"they need to rethink the bill," he said; the police chief said the plans "should be
re-examined"; "new powers are needed," police chiefs told MPs. The event coding guideline
(section 3: demand, urge, call for → ``REQUEST``; PLOVER manual, REQUEST: "ask, demand, urge,
call for") codes the speaker asking the one who is to act. Verb triggers miss them: the only
verb is "said", which is the attribution, and the demand is the content's modal.

A content demands (:func:`demand_in`) when its root verb

1. carries a deontic modal ("should", "must", "ought to") or is the verb of a need ("need to
   rethink"), or is a passive of needing ("powers are needed", "action is required");
2. has a subject that is not the speaker's own side (no "I", "we", "us": "we must act" is a
   resolve, no request) and not an expletive ("it should be noted");
3. and, where the subject is no actor and the verb is active, is an act someone is to do: a
   passive ("the plans should be re-examined"); an active verb with a subject that is no agent
   ("revenue sources should include bonds", "the changes should be sufficient") forecasts or
   evaluates and asks no one.

The one asked (:attr:`Demand.subject`) is the content's subject when it is active; a passive
names what is to be done, not who is to do it (the events stage takes the speech verb's
addressee then: "told MPs").

Example:
    >>> demand_in(content_root)  # "the mayor should apologise"
    Demand(subject=mayor, passive=False)
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from sitrep.text.lexicon import word_set

#: Modals of obligation: a clause with one says what someone is to do.
DEONTIC = {"must", "should", "ought"}
# verbs of needing: "they need to rethink" (active, with an infinitive), "powers are needed"
# (word forms: the pipeline has no lemmatizer)
_NEED = {"need", "needs", "needed", "require", "requires", "required"}
# the speaker's own side, and subjects that stand for no one
_FIRST_PERSON = word_set("reference", cls="speaker")
_EXPLETIVE = {"it", "there", "this", "that", "what", "which"}
#: Subjects that are the speaker's own side or stand for no one ("we must act", "it should be
#: noted"): what is said of them asks or reproaches no one else.
NOT_ANOTHER = _FIRST_PERSON | _EXPLETIVE


@dataclass(frozen=True)
class Demand:
    """A demand in a content: the verb that says what is to be done, its subject, and whether
    that subject is the one asked (active) or what is to be done (passive)."""

    verb: Token
    subject: Token | None
    passive: bool


def demand_in(root: Token, *, mandative: bool = False, backshift: bool = False) -> Demand | None:
    """The demand a clause of content makes (see the module docstring), else None. With
    ``mandative`` (the content of "suggest", "insist"), a bare verb with a subject is one too:
    "suggested the government review the ceiling" (a mandative subjunctive). With
    ``backshift`` (the content of a verb of saying in the past), a past verb of needing is the
    present one reported ("Brown said the G8 needed to cancel the debt"), unless the content
    dates it ("needed to borrow money last year")."""
    verb = root
    # the verb's dependents, and those the parser hung on its auxiliary ("should be
    # re-examined" split at the hyphen: "should" and the subject hang on "be")
    children = [
        *root.children,
        *(c for a in root.children if a.dep_ in ("aux", "auxpass") for c in a.children),
    ]
    if root.lower_ in _NEED and root.pos_ == "VERB":
        inner = next((c for c in children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        passive = any(c.dep_ == "auxpass" for c in children)
        if inner is None and not passive:
            return None
    elif not any(c.dep_ == "aux" and c.lower_ in DEONTIC for c in children) and not (
        mandative and root.tag_ == "VB" and not any(c.dep_ == "aux" for c in children)
    ):
        return None
    reported_need = (
        backshift
        and root.tag_ == "VBD"
        and root.lower_ in _NEED
        and not any(t.ent_type_ in ("DATE", "TIME") for t in root.subtree)
    )
    if (root.tag_ == "VBD" and not reported_need) or any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "might", "may") for c in children
    ):
        return None  # "needed to find", "would need to": a report or a forecast, no demand
    if any(c.dep_ == "aux" and c.lower_ == "have" for c in children):
        return None  # "should have acted": a reproach for the past (criticism, not a request)
    subjects = [c for c in children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return None  # an imperative or a fragment: no one named
    subject = subjects[0]
    low = subject.lower_
    if low in NOT_ANOTHER or subject.dep_ == "expl":
        return None
    passive = subject.dep_ == "nsubjpass" or any(c.dep_ == "auxpass" for c in children)
    return Demand(verb=verb, subject=subject, passive=passive)
