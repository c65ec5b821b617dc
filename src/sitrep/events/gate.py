"""Is it an event? Decisions taken once the type, the arguments and the modality are known.

Two rules from the PLOVER manual and the coding guideline (docs/event_coding_guideline.md):

- a ``CONSULT`` needs two parties: a recipient, or several actors ("all of the entities are
  considered as the actor", *Manual §CONSULT*), or a trigger that names a meeting of several
  parties by itself (talks, meetings, a summit, a mediation: the others are there unnamed). One actor alone "discussing", "speaking" or
  holding "a policy meeting" is a statement or an internal routine (guideline section 1: the
  reporting frame, ordinary administration), not a consultation;
- ``AGREE`` and ``CONSULT`` are verbal cooperation: an intent or a meeting counts only when the
  actor expresses or holds it, not when someone else speculates about it or the text imagines
  it (modality ``hypothetical`` or ``conditional``, and ``predicted`` for a meeting; guideline
  sections 1 and 5: hypotheticals and campaign speculation are no events). A predicted
  ``AGREE`` stays: "X will provide aid" is the actor's stated intent (the PLOVER gold standard
  records code it so).

Not done: requiring a resolved recipient for COOPERATE, AID and SANCTION (*Manual*: "Requires
recipient: Yes") removed 5 false events on the news dev set but cost PLV end to end (type
recall 0.671 -> 0.645: AID, COOPERATE and SANCTION rows whose recipient does not resolve) and
the GSR; it waits for better recipient resolution. And the guideline codes a future meeting
as ``AGREE``; turning planned or predicted ``CONSULT`` into ``AGREE`` lost two and gained
none on the news dev set (the modality of a meeting noun is often wrong: "agreed to the
proposals in ... negotiations" reads as planned).

Example:
    >>> is_event("CONSULT", "asserted", actors=["x1"], recipients=[])
    False
"""

from __future__ import annotations

from collections.abc import Sequence

# speculation about an intent (AGREE) or a meeting (CONSULT): "X will provide aid" is the
# actor's own stated intent (AGREE, as the PLOVER gold standard records code it); a predicted
# meeting is someone else's expectation
_SPECULATIVE = {
    "AGREE": {"hypothetical", "conditional"},
    "CONSULT": {"predicted", "hypothetical", "conditional"},
}


def is_event(
    event: str,
    modality: str,
    *,
    actors: Sequence[str],
    recipients: Sequence[str],
    multiparty: bool = False,
) -> bool:
    """Whether a typed candidate is an event a PLOVER coder would record.

    Args:
        event: the PLOVER type.
        modality: the event's modality.
        actors: resolved actor ids.
        recipients: resolved recipient ids.
        multiparty: the trigger names a meeting of several parties by itself ("held several
            meetings in Baghdad", "attended the summit", "launched a mediation effort"): one
            named party is enough, the others are there unnamed.
    """
    if event == "CONSULT" and len(actors) < 2 and not recipients and not multiparty:
        return False
    return modality not in _SPECULATIVE.get(event, ())
