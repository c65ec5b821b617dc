"""The ``sitrep_events`` stage: PLOVER-coded events with modality, magnitudes, dates, places.

For each candidate (a clause verb or event noun with actor/recipient spans, see
:mod:`sitrep.events.candidates`) the stage

1. types each candidate: a strong trigger-lexicon entry (:mod:`sitrep.events.lexicon`) decides
   the type outright (confidence ``LEXICON_CONFIDENCE``, no classifier call); the others go to
   the event classifier in one batched call per document; a weak lexicon entry decides only
   when no classifier is installed;
2. drops candidates whose best class is ``NONE`` or below ``settings.min_confidence``;
3. reads the actors of the actor and recipient spans from the actor table (the actors stage
   resolved names, titles and pronouns; this stage writes nothing there);
4. adds modality (:mod:`sitrep.events.modality`), the attribution whose content holds the
   trigger, the date (:mod:`sitrep.text.dates`), the location (:mod:`sitrep.places`), size,
   dead/injured/arrested (:mod:`sitrep.events.magnitudes`), and CAMEO code + quad class
   (:mod:`sitrep.events.cameo`).

Example:
    >>> nlp.add_pipe("sitrep_events")
    >>> doc = nlp("Russia has massed 100,000 troops near Ukraine.")
    >>> [(e.event, e.size.min) for e in doc._.sitrep_events]
    [('MOBILIZE', 100000.0)]
"""

from __future__ import annotations

import bisect
import logging
from collections import Counter
from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sitrep.actors.kb import INSTITUTIONS, STATE_SECTORS
from sitrep.errors import ModelError
from sitrep.events.calibration import Calibrator, features
from sitrep.events.cameo import CameoTable
from sitrep.events.candidates import (
    CALLING,
    MULTIPARTY,
    NEEDS_RECIPIENT,
    OWN_FORCES,
    PEACEKEEPING,
    QUOTE_MARKS,
    TRAVEL,
    WITHDRAWN,
    Candidate,
    actorish,
    aimed_at_subject,
    arg_span,
    clause_tokens,
    event_anaphors,
    find_candidates,
    light_governor,
    mediating,
    moves_no_force,
    on_legislation,
    possessor_undergoes,
    segments,
    speech_content,
)
from sitrep.events.criticism import (
    LABELLING,
    Judgement,
    harsh_judgement,
    harsh_label,
    reproach,
)
from sitrep.events.demands import DEONTIC, Demand, demand_in
from sitrep.events.gate import is_event
from sitrep.events.lexicon import TriggerLexicon
from sitrep.events.magnitudes import Measure, count, find_casualties, find_sizes
from sitrep.events.mentions import with_anaphors, with_mentions
from sitrep.events.modality import event_modality, modality_with_attribution
from sitrep.places.geocode import Geocoder
from sitrep.records import Attribution, Event, EventMention, Location, SentenceSpan, TextSpan
from sitrep.settings import EventsSettings
from sitrep.text.dates import is_date_expression, resolve_date
from sitrep.text.lexicon import word_set
from sitrep.text.spans import doc_text

log = logging.getLogger(__name__)

#: Confidence given to an event typed by the trigger lexicon (a strong entry, or any entry when
#: no classifier is installed): above the default ``min_confidence`` (0.45) so such events are
#: kept, below what a confident classifier gives.
LEXICON_CONFIDENCE = 0.6

# Which events may carry which magnitudes (a death toll belongs to violence, not to talks).
_SIZED = {"MOBILIZE", "PROTEST", "ASSAULT", "COERCE", "AID", "RETREAT", "COOPERATE", "SANCTION"}
_CASUALTY = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"}
# "on" and "to" are left out: with a country they name a target ("sanctions on Lithuania").
_LOCATIVE = word_set("prepositions", cls="locative")
_NOT_PLACES = word_set("event_arguments", cls="not_place_label")
_DIRECTIONS = word_set("event_arguments", cls="direction")
_RECIPROCAL = word_set("event_arguments", cls="reciprocal")
# verbs of saying (not of thinking or expecting): their harsh content is criticism
_SAYING = word_set("reporting_verbs", cls="say", pos="V")
# a government's measures (plans, bills, taxes): aimed at, they name the government
_MEASURES = word_set("event_arguments", cls="measure")
# verbs of offering: a meeting they take as object is an offer to meet
_OFFERING = word_set("event_arguments", cls="offering")
_READINESS = word_set("event_arguments", cls="readiness")
_MEETING_VERBS = word_set("event_arguments", cls="meeting_verb")
# events aimed at what someone did or proposes: their target may be a measure
# entity labels of a modifier that names a measure's owner ("the US tariffs", "Labour's plans")
_OWNER_ENTS = {"GPE", "NORP", "ORG", "PERSON"}
_AIMED_AT_MEASURES = {"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "THREATEN", "PROTEST"}
# the arcs from a trigger to what it is aimed at (object, passive subject, content, phrase)
# (and a content clause's subject, "nsubj": "said the legislation was 'a travesty'")
_TARGET_ARCS = {"dobj", "nsubjpass", "xcomp", "ccomp", "prep", "pobj", "oprd", "attr", "conj"}

# people at large, whom harsh words about a party's conduct are seldom aimed at
_PEOPLE_AT_LARGE = {"CVL", "REF"}
# A threat or demand is conditional by nature ("... unless it is granted guarantees"); the
# threat itself was made, so a condition does not make it unasserted.
_CONDITION_INHERENT = {"THREATEN", "REQUEST"}
# Future cooperation is an agreement made now, a future retreat a concession (event coding
# guideline, section 5; PLOVER manual, AGREE and CONCEDE): "will meet officials next week" is
# an asserted AGREE, "plans to withdraw its troops" an asserted CONCEDE. Verbs only (a noun's
# modality is read less surely); a planned recognition stays a planned SUPPORT (SPEC seed).
_FUTURE_AS = {"CONSULT": "AGREE", "COOPERATE": "AGREE", "AID": "AGREE", "RETREAT": "CONCEDE"}
_FUTURE = {"planned", "predicted"}
# verbs of concluding an agreement: a future one is a promise to sign (PLOVER AGREE)
_SIGNING = ("sign", "ratif", "agree")
#: Verbs of allowing: negated, a refusal (REJECT, asserted); what is not allowed is its content.
_PERMISSIVE = word_set("event_arguments", cls="permissive")
_BACKING = word_set("event_arguments", cls="backing")
# A commitment to a conflictual act is a threat ("vowed to retaliate"); to a cooperative one an
# agreement (_FUTURE_AS).
_COMMISSIVE = {"vow", "vows", "vowed", "vowing", "swore", "sworn", "swear", "swears"}
# what a vow of retaliation promises ("vowed reprisals for the attack"): a threat
_RETALIATION = word_set("modality_words", cls="retaliation")
_CONFLICTUAL = {"ASSAULT", "COERCE", "SANCTION"}
# the conjunctions of a condition a threat or a refusal sets ("unless the government pays")
_CONDITION_MARKS = frozenset({"until", "unless", "till", "before"})
# verbs by which an event noun reaches its target ("US sanctions hit Iran"): no event of their
# own, their object (or, in the passive, their subject) the noun's recipient
_IMPACT = word_set("event_arguments", cls="impact")
_YIELDING = word_set("event_arguments", cls="yielding")
_RECOGNISED = word_set("event_arguments", cls="recognised")
# sectors whose demands that name no one are made of their country's government (parties,
# the opposition, legislators; not unions or business, whose demands go to the other side of
# their dispute, nor people at large, whose "seeking help" is no demand, nor charities, whose
# country is often the story's: Oxfam's call for a ceasefire in Darfur is not Sudan's to hear)
_PETITIONERS = {"PTY", "OPP", "LEG"}
# heads a governing party's name modifies ("the Labour government", "Tory ministers")
_GOVERNING = {"government", "administration", "cabinet", "ministers", "minister", "regime"}
# acts aimed at a state the story's dyad names when they name none themselves
_DYADIC = {"ASSAULT", "SANCTION", "THREATEN"}
# acts of one side of a labour dispute aimed at the other when they name no one (not a strike:
# the judged samples' blind golds code a strike with no target named without a recipient)
_DISPUTE_ACTS = {"REJECT", "REQUEST", "THREATEN", "CONCEDE", "AGREE", "ACCUSE"}
# verbs of refusing: an act refused ("refused to apologise") is a REJECT, asserted
_REFUSING = word_set("modality_words", lemma=("refuse", "decline"))
_FAILING = word_set("modality_words", lemma="fail")
_ACCORD = word_set("event_arguments", cls="accord")
# verbs that declare a stance taken: support decided on or announced is support given
_DECLARING = word_set("modality_words", lemma=("decide", "agree", "pledge", "promise", "vow"))
_DECLARING |= word_set("reporting_verbs", lemma=("announce", "declare", "say"))
# acts of the police and the courts: an agentless passive one is the reporting authority's
_AUTHORITY_ACTS = {"COERCE", "ACCUSE"}


class EventComponent:
    """spaCy component filling ``doc._.sitrep_events`` with :class:`~sitrep.records.Event`.

    Args:
        nlp: the pipeline (unused; spaCy's factory signature).
        name: the component name.
        settings: sitrep settings (``[events]`` section).
    """

    def __init__(self, nlp: Language, name: str, *, settings: EventsSettings) -> None:
        self.name = name
        self.settings = settings
        self.lexicon = TriggerLexicon.load()
        self.cameo = CameoTable.load()
        # None leaves Event.confidence the raw score (scripts/calibrate_events.py fits on that)
        self.calibrator: Calibrator | None = Calibrator.load()
        self._classifier: Any = None
        self._classifier_error: str | None = None
        self._geocoder: Geocoder | None = None

    # -- lazily loaded parts ------------------------------------------------------------------

    @property
    def classifier(self) -> Any:
        """The event classifier, or None when it cannot be loaded (lexicon-only mode)."""
        if self._classifier is None and self._classifier_error is None:
            try:
                from sitrep.events.classifier import EventClassifier

                self._classifier = EventClassifier.load(self.settings)
            except (ModelError, ImportError) as e:
                self._classifier_error = str(e)
                log.warning("event classifier unavailable, using the trigger lexicon only: %s", e)
        return self._classifier

    @property
    def geocoder(self) -> Geocoder:
        if self._geocoder is None:
            self._geocoder = Geocoder.load()
        return self._geocoder

    def warm_up(self) -> None:
        """Load the lazily loaded parts now (before forking workers, so they share them)."""
        _ = self.classifier, self.geocoder

    def fork_safe(self) -> bool:
        """False once this process has run the classifier (forked workers could deadlock)."""
        clf = self._classifier
        return clf is None or not clf.used_in_this_process()

    # -- the stage ----------------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        doc._.sitrep_events = self.events(doc)
        if self._classifier_error and doc._.sitrep_warnings is not None:
            doc._.sitrep_warnings.append(
                "events: classifier unavailable, event types from the trigger lexicon only"
            )
        return doc

    def events(self, doc: Doc) -> list[Event]:
        """The events of a parsed document (with the actors and attributions layers set)."""
        table = doc._.sitrep_actors
        # Only candidates with an argument that can be resolved to an actor are worth a
        # classifier call (the classifier is most of this stage's time).
        # A reporting verb needs both: a speaker and someone accused; so does a weak trigger
        # (a verb that carries an event in some CAMEO patterns only: "declared", "returned").
        found = find_candidates(doc, lexicon=self.lexicon)
        attributions: list[Attribution] = list(doc._.sitrep_attributions or [])
        # a quotation's sentences that go on past its speaker's verb: said by that speaker
        found += _quotation_sentences(doc, found, attributions)
        # the harsh judgement of each speech candidate's content, read once
        verdicts = {c.trigger.i: _judged(c) for c in found if c.speech}
        # and the demand it makes ("X said Y should apologise": X asks Y, a REQUEST)
        demands = {c.trigger.i: _demand(c) for c in found if c.speech}
        candidates = [
            c
            for c in found
            if (_resolvable(c.actor, table) and _resolvable(c.recipient, table))
            or (
                not (c.speech or c.weak)
                and (_resolvable(c.actor, table) or _resolvable(c.recipient, table))
            )
            or (
                c.speech
                and verdicts[c.trigger.i] is not None
                and _resolvable(c.actor, table)
                and self._judged_target(c, table, doc)
            )
            or (
                c.speech
                and (asks := demands[c.trigger.i]) is not None
                and _resolvable(c.actor, table)
                and _demanded(c, asks, table)
            )
        ]
        if not candidates:
            return []
        # a candidate the classifier alone would type, with no argument the KB could code,
        # fails the coded-argument rule below whatever its type: no classifier call for it
        # argument spans read once: for the check below and for the events after typing
        memo: dict[tuple[int, int], list[str]] = {}

        def resolve(span: Span | None) -> list[str]:
            if span is None:
                return []
            key = (span.start, span.end)
            if key not in memo:
                memo[key] = self._resolve(span, table, doc)
            return list(memo[key])

        moot = {
            i
            for i, c in enumerate(candidates)
            if c.content is not None  # (read for criticism and demands only)
            or (
                not (c.lex is not None and c.lex.strong)
                and not _codable(c, resolve, table, attributions)
            )
        }
        typed = self._classify(candidates, skip=moot)
        # Span.ents scans every entity of the doc: on long texts, reading it once per
        # candidate is quadratic, so it is read once here.
        text = doc_text(doc)
        ents = _EntityIndex(doc)
        published = doc._.published
        kept: list[tuple[Candidate, Event]] = []
        seen: set[int] = set()
        judged: set[int] = set()  # triggers of ACCUSE events read from a harsh content
        asked: set[int] = set()  # triggers of REQUEST events read from a demanding content
        # "leaves for Washington for talks with Reagan": the talks are the event, the going
        # none of its own (as a verb of taking part)
        gone_for = {c.trigger.head.head.i for c in candidates if _travelled_for(c.trigger)}
        # "offered talks with North Korea": the talks are the event, an offer to meet
        gone_for |= {
            c.trigger.head.i
            for c in candidates
            if _offered(c.trigger) and c.lex is not None and c.lex.event == "CONSULT"
        }
        for cand, (event_type, confidence, mode, context) in zip(candidates, typed, strict=True):
            if cand.trigger.i in gone_for:
                continue
            labelled = harsh_label(cand.trigger)
            if labelled is not None and event_type != "ACCUSE":
                # "branded the government's response 'piecemeal and poor'": criticism
                event_type, confidence = "ACCUSE", 0.5 + abs(labelled.valence) / 2
                mode, context = None, ()
            elif cand.speech and (
                demands[cand.trigger.i] is not None
                or not (event_type == "ACCUSE" and confidence >= _SPEECH_ACCUSE)
            ):
                # criticism said, not named: a harsh judgement in the content
                # (:mod:`sitrep.events.criticism`), else a demand, else no event
                verdict = verdicts[cand.trigger.i]
                if verdict is not None:
                    event_type, confidence = "ACCUSE", 0.5 + abs(verdict.valence) / 2
                    judged.add(cand.trigger.i)
                elif demands[cand.trigger.i] is not None:
                    # a demand said, not named (:mod:`sitrep.events.demands`)
                    event_type, confidence = "REQUEST", _SPEECH_DEMAND
                    asked.add(cand.trigger.i)
                else:
                    continue
                mode, context = None, ()
            if (
                event_type is None
                and cand.trigger.i not in seen
                and _deontic(cand.trigger)  # (cheap: most candidates stop here)
                and (speaker := _demanded_of(cand.trigger, resolve(cand.actor), attributions))
                is not None
                and speaker not in resolve(cand.recipient)
            ):
                # "the US has said that North Korea must first disarm": what a speaker says
                # another must do asks it to (guideline section 5), whatever the classifier
                # read in the act itself
                event_type, confidence, mode, context = "REQUEST", _SPEECH_DEMAND, None, ()
            if event_type is None or cand.trigger.i in seen:
                continue
            if event_type in ("SANCTION", "COERCE") and _lifted(cand.trigger):
                continue  # "lifted sanctions on Iran": the lifting is the event, no sanction
            if (
                event_type == "SUPPORT"
                and cand.trigger.pos_ == "VERB"
                and cand.trigger.lower_.startswith("recogni")
                and not _recognises_standing(cand.trigger)
            ):
                continue  # "recognise the funding pressures": acknowledging, no recognition
            if (
                event_type == "MOBILIZE"
                and cand.trigger.pos_ == "VERB"
                and moves_no_force(cand.trigger)
            ):
                continue  # "using the council tax to raise funds": no force is moved
            if event_type == "AGREE" and _concludes_accord(cand.trigger, self.lexicon):
                # "Canada and the UK have agreed a rollover trade deal": an agreement reached
                # is signed or finalised (PLOVER SUPPORT, CAMEO 057; guideline section 3), not
                # an intent to cooperate (a future one becomes AGREE again below)
                event_type, mode, context = "SUPPORT", None, ()
            if _ready_for(cand.trigger) and (
                (cand.lex is not None and cand.lex.event == "CONSULT")
                or cand.trigger.lower_ in _MEETING_VERBS
            ):
                # "willing to negotiate with Congress", "left the door open to negotiations
                # with the government": a meeting one is ready for is an offer to meet (AGREE;
                # guideline section 5), whatever the classifier read in the infinitive; the one
                # ready is the adjective's subject ("he was ready for talks with X")
                event_type, mode, context = "AGREE", None, ()
                if cand.actor is None and (ready := _readiness_subject(cand.trigger)) is not None:
                    cand.actor = ready
            if (
                event_type == "MOBILIZE"
                and cand.recipient is not None
                and cand.recipient.root.text.lower() in OWN_FORCES
            ):
                cand.recipient = None
            actor_ids = resolve(cand.actor)
            recipient_ids = [r for r in resolve(cand.recipient) if r not in actor_ids]
            if (
                actor_ids
                and recipient_ids
                and _with_partner(cand.recipient, event_type, cand.trigger)
            ):
                # a meeting or a clash "with" someone: both sides act, no recipient
                actor_ids += [r for r in recipient_ids if r not in actor_ids]
                recipient_ids = []
            if event_type == "CONSULT" and not actor_ids and _participants(cand):
                # "the meeting of the Peruvian and Mexican central bank heads": those who
                # meet, all actors (PLOVER manual, CONSULT: no recipient needed)
                actor_ids, recipient_ids = recipient_ids, []
            if event_type == "CONSULT" and not actor_ids and recipient_ids:
                # "Leao Franco said eight hours of talks with the labour minister ended": talks
                # "with" someone the speaker reports, with no side of their own named, are the
                # speaker's (both sides act: PLOVER manual, CONSULT)
                side = _speakers_side(cand.trigger, attributions, table)
                if side is not None and side not in recipient_ids:
                    if _refused_yield(cand.trigger, event_type):
                        actor_ids = [side]  # (the talks it will not begin: it refuses them)
                    else:
                        actor_ids, recipient_ids = [side, *recipient_ids], []
            if actor_ids and not recipient_ids and cand.recipient is not None:
                # "reneged on an accord with Iran", "called for sanctions against Moscow": the
                # party named in the phrase of an object that is no party is the recipient
                recipient_ids = [
                    r
                    for party in _parties_of(cand.recipient)
                    for r in resolve(arg_span(party, cand.segment))
                    if r not in actor_ids and table.actors[r].kind != "place"
                ]
            demand = _demanded_of(cand.trigger, actor_ids, attributions)
            if demand is not None:
                # "X said Y must mediate": X asks Y to act (PLOVER REQUEST), one event
                event_type, actor_ids, recipient_ids = "REQUEST", [demand], actor_ids
                mode, context = None, ()
            if not actor_ids and not recipient_ids:
                continue
            if (
                event_type == "PROTEST"
                and (cand.trigger.pos_ == "VERB" or cand.trigger.lower_.startswith("protest"))
                and not (cand.lex is not None and cand.lex.strong)  # "striking civil servants"
                and _all_official(
                    # (a party's only with the word "protest": a rally or a march is a crowd's)
                    table,
                    actor_ids,
                    parties=cand.trigger.lower_.startswith("protest"),
                )
            ):
                # "France protested over Canada's decision", "the Tories protested against the
                # closure": an official or a party's complaint (CAMEO 114, PLOVER ACCUSE), not
                # political dissent in the street
                event_type, mode, context = "ACCUSE", None, ()
            if (
                event_type in ("CONCEDE", "RETREAT", "AID")
                and cand.trigger.lower_.startswith(("return", "repatriat"))
                and _refugees_returned(table, actor_ids, recipient_ids)
            ):
                # "plans to return failed asylum seekers to Albania": a state sending people
                # who sought refuge back is a deportation (guideline section 3: COERCE), not the
                # return of what it held (prisoners released, territory handed back: RETREAT)
                event_type, mode, context = "COERCE", None, ()
            if (
                event_type == "RETREAT"
                and cand.lex is not None
                and cand.lex.mode == "withdraw"
                and _withdraws_resources(cand.trigger)
            ):
                # "the UN withdrew peacekeepers from Sinai": one's non-military resources
                # taken back (PLOVER manual, SANCTION mode withdraw), not a retreat
                event_type, mode, context = "SANCTION", "withdraw", ()
            if (
                event_type == "RETREAT"
                and cand.lex is not None
                and cand.lex.mode == "withdraw"
                and _withdraws_demand(cand.trigger, self.lexicon)
            ):
                # "Papandreou has withdrawn a request to Washington": a demand taken back
                # (PLOVER manual, CONCEDE: "withdrawing a demand should be coded as CONCEDE")
                event_type, mode, context = "CONCEDE", None, ()
            if (
                event_type == "ASSAULT"
                and cand.trigger.lower_ in _RECIPROCAL
                and _all_unarmed(table, actor_ids + recipient_ids)
            ):
                # "the top judge clashed with ministers", "Labour and the Tories clashed over
                # tax": a clash of words between parties that use no force (guideline section
                # 1, figurative uses: a verbal attack is at most ACCUSE)
                event_type, mode, context = "ACCUSE", None, ()
            if (
                event_type == "PROTEST"
                and cand.trigger.lower_ in _RECIPROCAL
                and _armed_side(table, actor_ids + recipient_ids)
            ):
                # "demonstrators battling riot police", "strikers scuffled with police": a
                # fight with the police or army is force on both sides (PLOVER ASSAULT, both
                # actors, as for a clash), the march itself a PROTEST of its own
                event_type, mode, context = "ASSAULT", None, ()
                actor_ids += [r for r in recipient_ids if r not in actor_ids]
                recipient_ids = []
            if (
                event_type == "ASSAULT"
                and cand.trigger.lower_.startswith(("strik", "struck"))
                and _all_labour(table, actor_ids)
            ):
                # "the union said it would strike": a union strikes by stopping work
                # (PLOVER PROTEST), not by force
                event_type, mode, context = "PROTEST", None, ()
            if (
                event_type == "ASSAULT"
                and cand.trigger.lower_.startswith("raid")
                and _all_in(table, actor_ids, _POLICE)
            ):
                # "Finnish police raided a BitTorrent site": a police raid is coercion
                # (guideline section 3: raids are COERCE; PLOVER manual, COERCE), not an
                # armed attack
                event_type, mode, context = "COERCE", None, ()
            if event_type == "MOBILIZE" and _peacekeeping(cand):
                # "announced the deployment of 230 troops to Liberia on a peacekeeping
                # mission": forces sent to keep the peace are aid (CAMEO 074, provide military
                # protection or peacekeeping; PLOVER AID), not a build-up
                event_type, mode, context = "AID", None, ()
            if not recipient_ids and cand.trigger.lower_ in NEEDS_RECIPIENT:
                continue  # a warning to no one named is a prediction, not a threat
            if (
                event_type == "RETREAT"
                and cand.lex is not None
                and cand.lex.mode == "resign"
                and not _all_office_holders(table, actor_ids)
            ):
                continue  # "the chief executive resigned": only an official's is an event
            if (
                event_type == "MOBILIZE"
                and cand.lex is not None
                and cand.lex.mode == "alert"
                and _all_civilian(table, actor_ids)
            ):
                continue  # "residents remained on alert for more flooding": no force readied
            if event_type == "THREATEN" and not actor_ids and cand.trigger.pos_ == "NOUN":
                continue  # "the growing threat to ships": a danger, no one's threat
            if event_type == "THREATEN" and _named_a_threat(cand.trigger):
                continue  # "the government is a far greater threat": an assessment
            if event_type == "THREATEN" and _thing_threatens(cand.trigger, table):
                continue  # "Trump's Islamophobia threatens national security": a danger
            if cand.trigger.lower_ in _VOTE_VERBS and event_type not in _VOTING | {"THREATEN"}:
                continue  # "members had voted against him": a vote accuses no one (guideline 1)
            if (
                (event_type in _VOTING or cand.trigger.lower_ in _VOTE_VERBS)
                and not recipient_ids
                and on_legislation(cand.trigger)
            ):
                continue  # "the amendment was rejected by the Commons": aimed at no one
            if cand.trigger.i in judged and not recipient_ids and actor_ids:
                # "the legislation was 'a travesty'": an unowned measure, the government's
                recipient_ids = _measure_owner(cand.trigger, cand, table, actor_ids)
            if cand.trigger.i in judged and not any(_accusable(table, r) for r in recipient_ids):
                continue  # harsh words about victims ("the scandal of old people dying")
            strong = cand.lex is not None and cand.lex.strong and cand.lex.event == event_type
            if not strong and not any(_coded(table, a) for a in actor_ids + recipient_ids):
                # PLOVER codes events between political actors: a classifier-only event needs
                # at least one argument the knowledge base could code (a country or a sector)
                continue
            noun_event = _event_of_subject(cand, event_type, kept)
            if noun_event is not None:
                # "talks ... ended without resolving the dispute": the verb tells of the event
                # its subject names, one event (the noun's), not a second one
                if not noun_event.recipient:
                    noun_event.recipient = [r for r in recipient_ids if r not in noun_event.actor]
                continue
            seen.add(cand.trigger.i)
            trig = cand.trigger
            modality = "asserted" if demand is not None else event_modality(trig)
            called = light_governor(trig) if trig.pos_ != "VERB" else None
            if demand is None and called is not None and called.lower_ in CALLING:
                # "miners call a general strike": the strike is as real as the calling
                modality = event_modality(called)
            if modality == "negated" and trig.pos_ != "VERB" and aimed_at_subject(trig):
                modality = "asserted"  # "he rejected critics' calls": the calls were made
            if (
                modality == "negated"
                and event_type == "CONCEDE"
                and trig.lower_.startswith("call")
                and any(c.dep_ == "prt" and c.lower_ == "off" for c in trig.children)
                and not any(c.dep_ == "neg" for c in trig.children)
            ):
                # "called off the strike": the calling off is the yielding, done (the strike
                # called off is what the particle negates)
                modality = "asserted"
            if (
                modality == "conditional"
                and event_type in _CONFLICTUAL | {"PROTEST"}
                and (party := _until_party(trig)) is not None
                and (
                    conditioned := _other_parties(resolve(arg_span(party, cand.segment)), actor_ids)
                )
                and actor_ids
            ):
                # "will strike unless the government withdraws the plan", "will inflict
                # damage on Labour unless the government reverses the plan": harm held out
                # on a condition someone else is to meet is a threat made now (guideline
                # section 3, THREATEN), aimed at that party when the act names none
                event_type, mode, context = "THREATEN", None, ()
                recipient_ids = recipient_ids or conditioned
            if (
                modality == "conditional"
                and event_type == "PROTEST"
                and _all_labour(table, actor_ids)
            ):
                # "would strike on Thursday unless a settlement is reached": a strike a union
                # holds out on a condition is a threat of one, made now (guideline section 3)
                event_type, mode, context = "THREATEN", None, ()
            if event_type == "THREATEN" and not recipient_ids:
                # "threatened to launch an offensive unless Baghdad accepted its conditions":
                # aimed at whom the condition asks to act
                party = _until_party(trig) or next(
                    (p for c in trig.children if c.dep_ == "xcomp" and (p := _until_party(c))),
                    None,
                )
                if party is not None:
                    recipient_ids = _other_parties(
                        resolve(arg_span(party, cand.segment)), actor_ids
                    )
            if (
                modality == "conditional"
                and event_type in _CONDITION_INHERENT
                and _own_condition(trig)
                # (not a request still to be made: "if the bill was passed, he would urge MPs
                # to oppose it" asks no one yet; a threat under a condition is made now)
                and not (event_type == "REQUEST" and _future_aux(trig))
            ):
                # "will strike unless the government withdraws the plan": the threat (or the
                # demand) is made now; not "the arms China could use to threaten Taiwan" in
                # what would follow if the embargo were lifted
                modality = "asserted"
            att, in_content = _attribution_of(trig, attributions)
            if in_content and att is not None and _in_cue_scope(trig, att):
                modality = modality_with_attribution(modality, att.stance)
            if not actor_ids and event_type in _AUTHORITY_ACTS and in_content:
                # "X has been arrested, the chief state prosecutor said": a passive with no
                # agent, reported by the police or a court, is theirs (guideline section 4)
                actor_ids = _reporting_authority(trig, att, table)
            if (
                event_type in _CONFLICTUAL
                and trig.dep_ == "xcomp"
                and trig.head.lower_ in _COMMISSIVE
            ):
                # "Iran vowed to avenge the attack": a threat (PLOVER THREATEN), asserted
                event_type, modality, mode, context = "THREATEN", "asserted", None, ()
            if _vowed_opposition(trig):
                # "Canada vowed to fight the U.S. action on potash": opposition to a measure
                # announced (guideline section 3: oppose a proposal, a plan, a measure:
                # REJECT), not a threat of violence
                event_type, modality, mode, context = "REJECT", "asserted", None, ()
            reprisal = _vowed_reprisal(trig)
            if reprisal is not None:
                # "Iran vows reprisal for U.S. attack": a threat aimed at the attacker
                event_type, modality, mode, context = "THREATEN", "asserted", None, ()
                if not recipient_ids:
                    recipient_ids = [
                        a for a in _reprisal_target(reprisal, table) if a not in actor_ids
                    ]
            if (
                modality == "negated"
                and trig.pos_ == "VERB"
                and _refusing(trig)
                and any(c.dep_ == "neg" for c in trig.children)
            ):
                # "will not allow", "would not tolerate": a refusal, stated (double negation)
                event_type, modality, mode, context = "REJECT", "asserted", None, ()
            if modality == "negated" and _refused_yield(trig, event_type):
                # "will not lift the embargo until ...", "will not begin talks with the
                # government": a refusal to give in or to meet, stated (PLOVER REJECT, modes
                # yield and meet)
                event_type, modality, mode, context = "REJECT", "asserted", None, ()
                party = _until_party(trig)
                if not recipient_ids and party is not None:
                    # "will not end the strike until their demands are met by the
                    # authorities": aimed at whom the condition asks to act
                    recipient_ids = _other_parties(
                        resolve(party.doc[party.i : party.i + 1]), actor_ids
                    ) or _other_parties(resolve(arg_span(party, cand.segment)), actor_ids)
            if (
                modality in _FUTURE
                and event_type == "SUPPORT"
                and trig.pos_ == "VERB"
                and trig.lower_.startswith(_SIGNING)
                and (
                    trig.lower_.startswith("agree")
                    or any(c.dep_ == "dobj" and c.lower_ in _ACCORD for c in trig.children)
                )
            ):
                # "will sign an agreement with the Gujarat government": a promise to sign or
                # ratify an agreement (PLOVER manual, AGREE: "promises to sign or ratify
                # agreements and treaties"; not a decree of recognition, a planned SUPPORT)
                event_type, modality, mode, context = "AGREE", "asserted", None, ()
            if (
                modality in _FUTURE
                and event_type == "PROTEST"
                and trig.lower_.startswith("boycott")
                and actor_ids
            ):
                # "the opposition said it would boycott the elections": a boycott announced by
                # those who will hold it is a threat (CAMEO 133, threaten with political
                # dissent; PLOVER THREATEN), made now
                event_type, modality, mode, context = "THREATEN", "asserted", None, ()
            if (
                modality in _FUTURE
                and event_type in _FUTURE_AS
                and (
                    trig.pos_ == "VERB"
                    or light_governor(trig) is not None
                    or (event_type == "CONSULT" and trig.dep_ == "dobj")
                    or (
                        event_type == "CONSULT"
                        and (_travelled_for(trig) or _offered(trig) or _ready_for(trig))
                    )
                )
            ):
                # (also "will hold talks with": the light verb's future is the noun's)
                event_type, modality = _FUTURE_AS[event_type], "asserted"
                mode, context = None, ()  # (a visit's mode is no agreement's)
            if event_type == "AGREE" and (
                (modality == "planned" and trig.pos_ == "VERB")
                or (modality in _FUTURE and _ready_for(trig))
            ):
                # "we are ready to negotiate with Israel": an offer, made now (guideline
                # section 5: future cooperation is an asserted AGREE)
                modality = "asserted"
            if (
                event_type == "SUPPORT"
                and modality in _FUTURE
                and _declared_by(trig, actor_ids, resolve, cand.segment)
            ):
                # "had decided to support", "announced they would back": support declared
                modality = "asserted"
            if (
                modality == "negated"
                and trig.dep_ == "xcomp"
                and trig.head.lower_ in _FAILING
                and _reaching_accord(trig)
                and trig.head.i not in seen
            ):
                # "the US and South Korea failed to reach agreement": each side refused the
                # other's terms (PLOVER REJECT, as PLV codes it), no support withheld
                event_type, modality, mode, context = "REJECT", "asserted", None, ()
                trig = trig.head
                seen.add(trig.i)
            elif modality == "negated" and trig.dep_ == "xcomp" and trig.head.lower_ in _REFUSING:
                # "Livingstone refused to apologise": a refusal, stated (PLOVER REJECT), at
                # the refusing verb; what is refused is no event of its own
                if trig.head.i in seen:
                    continue
                event_type, modality, mode, context = "REJECT", "asserted", None, ()
                trig = trig.head
                seen.add(trig.i)
            if not is_event(
                event_type,
                modality,
                actors=actor_ids,
                recipients=recipient_ids,
                # (held or attended: "held several meetings", not "talks tough")
                multiparty=(trig.lower_ in MULTIPARTY or mediating(trig))
                and light_governor(trig) is not None,
            ):
                continue
            cameo, quad = self.cameo.lookup(event_type, mode=mode, context=list(context))
            if cand.lex is not None and cand.lex.event == event_type and cand.lex.cameo:
                cameo = cand.lex.cameo
            row = self.cameo.row(cameo) if cameo else None
            if row is not None:
                quad = row.quad_class
                if not context and mode and row.mode == mode and row.context:
                    context = row.context  # the codebook's context for this event and mode
            seg = cand.segment
            event = Event(
                id="",
                event=event_type,
                mode=mode,
                context=list(context),
                actor=actor_ids,
                recipient=recipient_ids,
                trigger=TextSpan(start=trig.idx, end=trig.idx + len(trig.text), text=trig.text),
                sentence=SentenceSpan(start=seg.start_char, end=seg.end_char),
                modality=modality,  # type: ignore[arg-type]
                attribution=att.id if att else None,
                cameo=cameo,
                quad_class=quad,
                confidence=round(float(confidence), 4),
            )
            event.location = self._location(trig, cand, ents)
            if event.event == "ASSAULT" and actor_ids and not recipient_ids:
                # "Iran launched a new offensive in northern Iraq": the state attacked
                event.recipient = _attacked_state(
                    table, actor_ids, event.location, self.geocoder, cand.recipient
                )
            if event.event in _AIMED_AT_MEASURES and actor_ids and not event.recipient:
                # "Housing plans criticised by MPs": the government's plans, so the government
                event.recipient = _measure_owner(trig, cand, table, actor_ids)
            if event.event == "REQUEST" and actor_ids and not event.recipient:
                # "the Lib Dems also called for a delay": of the government
                event.recipient = _petition_addressee(table, actor_ids, doc)
            kept.append((cand, event))
        kept = _without_passive_impacts(kept)
        if judged or asked:
            kept = _without_shadowed_judgements(kept, judged | asked)
        kept = _without_demanded_content(kept)
        self._dates(kept, published, ents)
        self._meetings_to_come(kept, published)
        self._magnitudes(kept)
        kept = _merge_duplicates(kept)
        events = with_mentions(
            [e for _, e in sorted(kept, key=lambda ce: ce[1].trigger.start)],
            text=text,
            party=lambda actor_id: _party(table, actor_id),
            named=lambda actor_id: _named(table, actor_id),
        )
        # "the raid took place off the coast": a further mention of the raid reported before
        anaphors = [
            (
                EventMention(
                    trigger=TextSpan(start=t.idx, end=t.idx + len(t.text), text=t.text),
                    sentence=SentenceSpan(start=seg.start_char, end=seg.end_char),
                ),
                lex.event,
                event_modality(t),
            )
            for t, seg, lex in event_anaphors(doc, lexicon=self.lexicon)
            if t.i not in seen
        ]
        events = with_anaphors(events, anaphors, text=text)
        _attacks_on_the_dyads_enemy(events, table)
        _labour_disputes_other_side(events, table)
        for event in events:
            if event.event == "CONSULT" and len(event.actor) >= 2:
                # "Shultz and Shevardnadze met today in an elegant Moscow mansion": parties
                # who meet together are all actor; the state of one of them (here read from
                # the venue) is no recipient (guideline section 4: no host/visitor, none)
                own = {
                    table.actors[a].country
                    for a in event.actor
                    if table.actors[a].sector == "GOV" or table.actors[a].kind == "state"
                }  # (not "opposition leaders X and Y met the government")
                event.recipient = [
                    r
                    for r in event.recipient
                    if not (table.actors[r].kind == "state" and table.actors[r].country in own)
                ]
        if self.calibrator is not None:
            # calibrated last, on the whole record (its recipients, mentions merged)
            for event in events:
                raw = float(event.confidence)
                x = features(
                    event,
                    raw=raw,
                    lexicon=raw == LEXICON_CONFIDENCE,
                    actors=table.actors,
                    recipient_types=self.calibrator.recipient_types,
                )
                event.confidence = round(self.calibrator.probability(x), 4)
        for i, event in enumerate(events, 1):
            event.id = f"e{i}"
        return events

    def _judged_target(self, cand: Candidate, table: Any, doc: Doc) -> bool:
        """For a speech candidate whose content judges harshly but whose content subject is
        no actor: the first actor the content names other than the speaker becomes the
        recipient ("Trump said Mitt Romney 'had a crazy policy'"); False when there is none
        (a judgement of a situation accuses no one the record could name)."""
        content = _content_of(cand)
        if table is None or content is None:
            return False
        speaker = set(self._resolve(cand.actor, table, doc))
        named: list[tuple[Span, Any]] = []
        for start, end in table.spans_in(content.start_char, content.end_char):
            aid = table.actor_at(start, end)
            actor = table.actors.get(aid) if aid else None
            if (
                actor is None
                or aid in speaker
                or actor.kind == "place"
                or table.is_modifier(start, end)
            ):
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or not (
                cand.segment.start <= span.start and span.end <= cand.segment.end
            ):
                continue
            named.append((span, actor))
        if named:
            # (a party judged before the people it offended: "This campaign - which was
            # offensive to many people - was a big misjudgement by Labour's campaign team")
            cand.recipient = next(
                (span for span, actor in named if actor.sector not in _PEOPLE_AT_LARGE),
                named[0][0],
            )
            return True
        # no actor named: an unowned government measure judged ("the legislation was 'a
        # travesty'") is the government's (its recipient is found once the actor is known)
        return _measure_aimed_at(cand.trigger, cand) is not None

    # -- typing -------------------------------------------------------------------------------

    def _classify(
        self, candidates: list[Candidate], *, skip: set[int] | frozenset[int] = frozenset()
    ) -> list[tuple[str | None, float, str | None, tuple[str, ...]]]:
        """(event type or None, confidence, mode, context) per candidate; those in ``skip``
        are no event (not sent to the classifier)."""
        threshold = self.settings.min_confidence
        clf = self.classifier
        probs: list[dict[str, float] | None] = [None] * len(candidates)
        if clf is not None:
            # a strong lexicon entry decides the type whatever the classifier says, so only
            # the other candidates cost a classifier call (the bulk of this stage's time)
            ask = [
                i
                for i, c in enumerate(candidates)
                if not (c.lex and c.lex.strong) and i not in skip
            ]
            for i, p in zip(ask, clf.predict([candidates[i].marked for i in ask]), strict=True):
                probs[i] = p
        out: list[tuple[str | None, float, str | None, tuple[str, ...]]] = []
        for i, cand in enumerate(candidates):
            if i in skip:
                out.append((None, 0.0, None, ()))
                continue
            lex = cand.lex
            event: str | None = None
            conf = 0.0
            if lex is not None and lex.strong:
                event, conf = lex.event, LEXICON_CONFIDENCE
            elif (p := probs[i]) is not None:
                best = max(p, key=p.__getitem__)
                if best != "NONE" and p[best] >= threshold:
                    event, conf = best, p[best]
            elif lex is not None:
                event, conf = lex.event, LEXICON_CONFIDENCE
            if event is not None and conf < threshold:
                event = None
            if event == "ASSAULT" and cand.verbal:
                event = "ACCUSE"  # "Clinton's attacks on Trump": criticism (issue 13)
            mode: str | None = None
            context: tuple[str, ...] = ()
            if event is not None and lex is not None and lex.event == event:
                mode, context = lex.mode, lex.context
            out.append((event, conf, mode, context))
        if clf is not None and hasattr(clf, "predict_mode"):
            need = [i for i, o in enumerate(out) if o[0] is not None and o[2] is None]
            if need:
                modes = clf.predict_mode(
                    [candidates[i].marked for i in need], [out[i][0] for i in need]
                )
                for i, mode in zip(need, modes, strict=True):
                    if mode:
                        event, conf, _, context = out[i]
                        out[i] = (event, conf, mode, context)
        return out

    # -- arguments ----------------------------------------------------------------------------

    def _resolve(self, span: Span | None, table: Any, doc: Doc) -> list[str]:
        """Actor ids of an argument span, read from the actor table: the head (and its
        conjuncts), else any actor inside. Pronouns were resolved by the actors stage."""
        if span is None or table is None:
            return []
        head = span.root
        if len(span) == 1 and head.pos_ == "PRON":
            found = table.actor_at(head.idx, head.idx + len(head.text))
            # ("they" for coordinated actors: all of them)
            return [found] if found is not None else table.actors_in(head.idx, span.end_char)
        heads = [head, *(t for t in head.conjuncts if span.start <= t.i < span.end)]
        ids: list[str] = []
        for h in heads:
            np_start = min(t.idx for t in h.lefts) if any(True for _ in h.lefts) else h.idx
            np_start = max(np_start, span.start_char)
            actor = table.actor_at(h.idx, h.idx + len(h.text))
            if actor is None:
                actor = table.actor_at(np_start, h.idx + len(h.text))
            if actor is not None and actor not in ids:
                ids.append(actor)
                ids += _coordinated_parties(h, actor, table, ids)
        inside = table.actors_in(span.start_char, span.end_char)
        if ids and all(_countryless(table, a) or not _coded(table, a) for a in ids):
            # "leaders of France and Germany": the countries say more than the generic head
            # (or than an organisation the KB does not know, with only the article's country)
            better = [
                a
                for a in inside
                if a not in ids and not _countryless(table, a) and _coded(table, a)
            ]
            if better:
                return better
        # a place is no party ("my meeting with Nakasone and the Venice economic summit")
        ids = [a for a in ids if table.actors[a].kind != "place"]
        if ids:
            return ids
        # (not a place inside: "eight hours of talks in Rio de Janeiro" are not Rio's; nor
        # a party a thing is found among: "the level of concern among voters")
        inside = [a for a in inside if table.actors[a].kind != "place"]
        found = None if inside else table.actor_at(span.start_char, span.end_char)
        if not (inside or found):
            return []
        unowned = _unowned(span, table)  # (read only when something inside is left)
        inside = [a for a in inside if a not in unowned]
        if inside:
            return inside
        found = found or table.actor_at(span.start_char, span.end_char)
        return [found] if found and found not in unowned else []

    # -- dates, places, magnitudes ------------------------------------------------------------

    def _dates(
        self, kept: list[tuple[Candidate, Event]], published: Any, index: _EntityIndex
    ) -> None:
        by_seg: dict[int, list[tuple[Candidate, Event]]] = {}
        for cand, event in kept:
            by_seg.setdefault(cand.segment.start, []).append((cand, event))
        for group in by_seg.values():
            seg = group[0][0].segment
            ents = [e for e in index.within(seg) if e.label_ == "DATE"]
            if not ents:
                continue
            triggers = {c.trigger.i for c, _ in group}
            owner: dict[int, int | None] = {}
            for ent in ents:
                owner[ent.start] = _governing_trigger(ent.root, triggers)
            for cand, event in group:
                mine = [e for e in ents if owner[e.start] == cand.trigger.i]
                if not mine:
                    loose = [e for e in ents if owner[e.start] is None]
                    mine = loose if len(loose) == 1 and len(ents) == 1 else []
                future = event.modality in ("predicted", "planned")
                for ent in mine:
                    when = resolve_date(ent.text, published=published, future=future)
                    if when is not None:
                        event.date, event.date_text = when, ent.text
                        break
                    if event.date_text is None and is_date_expression(ent.text):
                        event.date_text = ent.text  # a day we cannot place (no publication date)

    def _meetings_to_come(self, kept: list[tuple[Candidate, Event]], published: Any) -> None:
        """A meeting told in the present tense with a date after the publication date
        ("Nakasone visits Washington next week") is a meeting to come: an agreement to meet
        (event coding guideline section 3: future meetings are AGREE; PLOVER manual, CONSULT),
        asserted. A past-tense verb with a later date is left alone (a misread date)."""
        if published is None:
            return
        for cand, event in kept:
            trig = cand.trigger
            if (
                event.event != "CONSULT"
                or event.modality != "asserted"
                or event.date is None
                or event.date <= published
                or (trig.tag_ in ("VBD", "VBN") and trig.pos_ in ("VERB", "AUX"))
            ):
                continue
            cameo, quad = self.cameo.lookup("AGREE", mode=None, context=[])
            event.event, event.mode, event.context = "AGREE", None, []
            event.cameo, event.quad_class = cameo, quad

    def _location(self, trigger: Token, cand: Candidate, ents: _EntityIndex) -> Location | None:
        """The first geocodable place in a locative phrase ("in Aleppo", "near the border of
        eastern Ukraine") of the trigger's clause. NER labels are not trusted blindly: any
        entity or proper noun there is tried, and kept only if the gazetteer knows it."""
        clause = {t.i for t in clause_tokens(trigger, cand.segment)}
        light = light_governor(trigger) if trigger.pos_ != "VERB" else None
        if light is not None:
            # "launched a new offensive in northern Iraq": the light verb's clause says where
            clause |= {t.i for t in clause_tokens(light, cand.segment)}
        doc = trigger.doc
        spans: list[Span] = [
            e
            for e in ents.within(cand.segment)
            if e.label_ not in _NOT_PLACES and e.start in clause
        ]
        covered = {i for e in spans for i in range(e.start, e.end)}
        for tok in cand.segment:
            if tok.pos_ == "PROPN" and tok.i in clause and tok.i not in covered:
                spans.append(doc[tok.i : tok.i + 1])
        for span in sorted(spans, key=lambda sp: sp.start):
            root = span.root
            if root.dep_ != "pobj" or root.head.text.lower() not in _LOCATIVE:
                continue
            start = span.start
            while start - 1 >= cand.segment.start and doc[start - 1].text.lower() in _DIRECTIONS:
                start -= 1
            loc = self.geocoder.geocode(doc[start : span.end].text)
            if loc is not None:
                return loc
        return None

    def _magnitudes(self, kept: list[tuple[Candidate, Event]]) -> None:
        by_seg: dict[int, list[tuple[Candidate, Event]]] = {}
        for cand, event in kept:
            by_seg.setdefault(cand.segment.start, []).append((cand, event))
        for group in by_seg.values():
            seg = group[0][0].segment
            text = seg.text
            casualties = find_casualties(text, offset=seg.start_char)
            for m in find_sizes(text, offset=seg.start_char):
                if any(c.start < m.end and m.start < c.end for c in casualties):
                    continue  # "killed 23 people" is a death toll, not a size
                target = _nearest(m, [ev for _, ev in group if ev.event in _SIZED])
                if target is not None and target.size is None:
                    target.size = m.size
            for m in casualties:
                pool = [ev for _, ev in group if ev.event in _CASUALTY] or [ev for _, ev in group]
                target = _nearest(m, pool)
                if target is not None and getattr(target, m.kind) is None:
                    setattr(target, m.kind, count(m))


def _without_shadowed_judgements(
    kept: list[tuple[Candidate, Event]], judged: set[int]
) -> list[tuple[Candidate, Event]]:
    """Drop an ACCUSE read from a harsh content (:mod:`sitrep.events.criticism`) or a REQUEST
    read from a demanding one (:mod:`sitrep.events.demands`) where the content reports an
    event of its own ("the agency said the firm was hard hit by guerrilla attacks": the
    attacks are the event; "said Qatar must mediate": the request is at "mediate") or the
    sentence has an event of the same type named by its verb ("X attacked the pledges as
    'vacuous' and said Y was worried": one criticism; "urged X to act, saying it must")."""
    # "said Labour had betrayed pensioners": the reproaching verb is the criticism's content,
    # no event of its own (not a PROTEST of Labour's)
    reproaching = {
        content.root.i
        for cand, _ in kept
        if cand.trigger.i in judged
        and (content := _content_of(cand)) is not None
        and reproach(content) is not None
    }
    kept = [(c, e) for c, e in kept if c.trigger.i not in reproaching]
    out = []
    for cand, event in kept:
        if cand.trigger.i in judged:
            content = _content_of(cand)
            span = range(content.start, content.end) if content is not None else range(0)
            if any(
                c.trigger.i in span
                or (
                    e.event == event.event
                    and c.trigger.i not in judged
                    and e.sentence.start == event.sentence.start
                )
                for c, e in kept
                if c is not cand
            ):
                continue
        out.append((cand, event))
    return out


def _without_demanded_content(
    kept: list[tuple[Candidate, Event]],
) -> list[tuple[Candidate, Event]]:
    """A request's or a threat's content is no event of its own ("urged Russia to withdraw
    its troops", "warned that it would impose sanctions", "appealed for prisoners to be
    freed", "a call to unions to support the strikers", "called for approval of aid":
    guideline section 5): events whose
    trigger lies in the clause a REQUEST or THREATEN verb governs, or in an infinitive a
    REQUEST or THREATEN verb or noun governs, or in what a refusal does not allow ("will not
    tolerate attacks"), are dropped, unless they are
    requests or threats of their own ("would be asking him to"), not the same one again."""
    content: dict[int, Event] = {}
    asked_for: set[int] = set()
    for cand, event in kept:
        trig = cand.trigger
        refusal = event.event == "REJECT" and (_refusing(trig) or _vowed_opposition(trig))
        if event.event not in ("REQUEST", "THREATEN") and not refusal:
            continue
        for child in trig.children:
            if child.dep_ in ("dobj", "obj") and (refusal or trig.pos_ == "VERB"):
                # "will not tolerate attacks", "threatens air raids", "demanded the release
                # of": what is refused, threatened or asked is no event of its own (but not
                # what a reprisal answers: "vows reprisal for U.S. attack")
                answered = {
                    t.i
                    for prep in child.children
                    if prep.dep_ == "prep"
                    and prep.lower_ in ("for", "over")
                    and child.lower_ in _RETALIATION
                    for t in prep.subtree
                }
                content.update((t.i, event) for t in child.subtree if t.i not in answered)
                continue
            if event.event == "REQUEST" and child.dep_ == "prep" and child.lower_ == "for":
                # "called for approval of $300 million in aid": what is asked for; an
                # accusation in it is made, not asked ("called for an investigation into the
                # death", "for sanctions for serious violations": PLV codes them ACCUSE)
                asked_for.update(t.i for t in child.subtree)
                continue
            if child.pos_ not in ("VERB", "AUX"):
                continue
            if _condition_clause(child):
                # "will strike unless the government withdraws the plan": the condition is
                # what the threat or refusal asks, no event of its own
                content.update((t.i, event) for t in child.subtree)
                continue
            if (trig.pos_ == "VERB" and child.dep_ in ("xcomp", "ccomp")) or (
                # an infinitive the parse hangs on the verb or noun: "appealed for prisoners
                # to be freed", "asking for them to negotiate", "a call to unions to support"
                child.dep_ in ("advcl", "acl")
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children)
            ):
                content.update((t.i, event) for t in child.subtree)
    out = []
    for c, e in kept:
        gov = content.get(c.trigger.i)
        if c.trigger.i in asked_for and e.event not in ("ACCUSE", "REQUEST"):
            continue
        if gov is not None and (
            e.event not in ("REQUEST", "THREATEN")
            or gov.event == "REJECT"  # (what is refused or opposed is not threatened)
            or (
                (e.event, e.actor) == (gov.event, gov.actor)
                # (the one asked or threatened may be read at either trigger: "issued a
                # declaration demanding that the government provide": one request, aimed at
                # the government)
                and (e.recipient == gov.recipient or not gov.recipient or not e.recipient)
            )
        ):
            if e.event == gov.event and e.actor == gov.actor and not gov.recipient:
                gov.recipient = list(e.recipient)
            continue
        out.append((c, e))
    return out


def _with_partner(span: Span | None, event_type: str, trigger: Token) -> bool:
    """Whether the recipient read is the partner of a reciprocal act named in a "with" phrase
    ("talks with King Hussein", "clashed with police"): a meeting without host or visitor, or
    two-sided violence, lists both sides as the actor (event coding guideline, section 4)."""
    if span is None or not (
        event_type == "CONSULT" or (event_type == "ASSAULT" and trigger.lower_ in _RECIPROCAL)
    ):
        return False
    if (
        _travelled_for(trigger)
        or _offered(trigger)
        or _ready_for(trigger)
        or _refused_yield(trigger, event_type)
    ):
        # "leaves for Washington for talks with Reagan": a visitor meets a host; "offered
        # talks with the North": the one offered them; "will not begin talks with the
        # government": the one refusing them
        return False
    root = _first_conjunct(span.root)
    return root.dep_ == "pobj" and root.head.lower_ == "with"


def _declared_by(
    trig: Token,
    actor_ids: list[str],
    resolve: Callable[[Span | None], list[str]],
    seg: Span,
) -> bool:
    """Whether the event's own actor decided on or announced it ("the shadow cabinet had
    decided to support the plans", "the Tories announced they would back them"): a verb of
    declaring up the trigger's clause chain whose subject is the event's actor."""
    tok = trig
    for _ in range(3):
        if tok.dep_ not in ("xcomp", "ccomp") or tok.head is tok:
            return False
        tok = tok.head
        if tok.pos_ == "VERB" and tok.lower_ in _DECLARING:
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is None or not (seg.start <= subj.i < seg.end):
                return False
            return bool(set(resolve(arg_span(subj, seg))) & set(actor_ids))
    return False


def _named_a_threat(trigger: Token) -> bool:
    """Whether a threat noun is what someone is called or said to be ("the British government
    is a far greater threat", "the people Mr Forsyth labels the new 'threat'"): an assessment
    of danger, as "posing a threat" is (event_arguments.tsv, assessment), not a threat made."""
    if trigger.pos_ != "NOUN":
        return False
    if trigger.dep_ in ("attr", "oprd"):
        return True
    return trigger.dep_ == "dobj" and trigger.head.lower_ in LABELLING


def _thing_threatens(trigger: Token, table: Any) -> bool:
    """Whether a verb of threatening has a thing, not an agent, as its subject ("Trump's
    Islamophobia threatens national security", "the plan threatens jobs"): a danger someone
    sees (an assessment, guideline section 1), not a threat someone makes (PLOVER THREATEN
    needs an actor who threatens to act). A subject phrase with an actor in it other than
    its possessor names people ("Druze inhabitants of the Golan Heights", "al-Qaeda's terror
    network")."""
    if trigger.pos_ != "VERB" or table is None:
        return False
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return False
    end = subject.idx + len(subject.text)
    if table.actor_at(subject.idx, end) is not None:
        return False
    # "Trump's Islamophobia": the thing is someone's (the possessor names no subject)
    owners = [
        (c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
        for c in subject.children
        if c.dep_ == "poss"
    ]
    return all(
        any(a <= s and e <= b for a, b in owners)
        for s, e in table.spans_in(
            subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text)
        )
    )


def _participants(cand: Candidate) -> bool:
    """Whether a meeting noun's recipient read is its "of" phrase ("the meeting of X and
    Y"): the parties who meet, not someone met."""
    span = cand.recipient
    if span is None or cand.trigger.pos_ != "NOUN":
        return False
    root = _first_conjunct(span.root)
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.i == cand.trigger.i


def _travelled_for(noun: Token) -> bool:
    """Whether an event noun is what someone goes somewhere for ("would go to Moscow for
    talks with X"): the verb's future is the noun's."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "for" and prep.head.lower_ in TRAVEL


def _offered(noun: Token) -> bool:
    """Whether a meeting noun is what someone offers or proposes ("offered talks with X")."""
    return noun.pos_ == "NOUN" and noun.dep_ == "dobj" and noun.head.lower_ in _OFFERING


def _ready_for(trigger: Token) -> bool:
    """Whether a meeting is what someone says they are ready for ("ready for talks with X",
    "willing to negotiate with Congress", "open to dialogue")."""
    if trigger.dep_ == "xcomp":
        return trigger.head.lower_ in _READINESS
    if trigger.dep_ == "pobj" and trigger.head.lower_ in ("for", "to"):
        return trigger.head.head.lower_ in _READINESS
    return False


def _readiness_subject(trigger: Token) -> Span | None:
    """The subject of the adjective of readiness that governs a meeting ("he was ready for
    talks"), as a span, or None."""
    adj = trigger.head if trigger.dep_ == "xcomp" else trigger.head.head
    for holder in (adj, adj.head):
        subject = next((c for c in holder.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return trigger.doc[subject.left_edge.i : subject.i + 1]
    return None


def _first_conjunct(tok: Token) -> Token:
    """The first of the conjuncts ``tok`` is one of ("X and Y": X), which holds their
    attachment."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return tok


def _accusable(table: Any, actor_id: str) -> bool:
    """Whether harsh words about an actor accuse it: a coded political agent, not civilians
    or an unknown group (the event coding guideline: an ACCUSE targets the accused)."""
    actor = table.actors.get(actor_id) if table is not None else None
    return actor is not None and actor.sector not in (None, "", "CVL", "UNK")


def _judged(cand: Candidate) -> Judgement | None:
    """The harsh judgement a speech candidate's content makes, if any (verbs of saying only:
    "fear", "predict" report no one's criticism)."""
    if cand.content is not None:
        # a sentence of a quotation that goes on: all of it the speaker's own words
        return harsh_judgement(cand.content, quoted=True) or reproach(cand.content)
    if cand.trigger.lower_ not in _SAYING:
        return None
    content = speech_content(cand.trigger)
    if content is None:
        return None
    # a harsh judgement in the speaker's words, else a reproach of someone's conduct
    return harsh_judgement(content) or reproach(content)


def _demand(cand: Candidate) -> Demand | None:
    """The demand a speech candidate's content makes, if any (verbs of saying only: "he
    believed the changes should be sufficient" asks no one)."""
    if cand.content is not None:
        return demand_in(cand.content.root, mandative=False, backshift=False)
    if cand.trigger.lower_ not in _SAYING:
        return None
    content = speech_content(cand.trigger)
    mandative = cand.trigger.lower_.startswith(("suggest", "insist"))
    backshift = cand.trigger.tag_ == "VBD"  # "said the G8 needed to": "needs to", reported
    if content is None:
        return None
    return demand_in(content.root, mandative=mandative, backshift=backshift)


def _quotation_sentences(
    doc: Doc, found: list[Candidate], attributions: list[Attribution]
) -> list[Candidate]:
    """Speech candidates for the sentences of a direct quotation that hold no verb of saying
    of their own ('"Labour's arrogance has been their undoing. ... this government has shown
    crass insensitivity," he said. "The prime minister is simply incompetent."'): each is the
    speaker's (the attribution's source, from the claims stage), read for the criticism and
    the demand it makes as a reported clause is (:func:`_judged`, :func:`_demand`). Not a
    sentence that holds the cue, a speech candidate or a strong trigger (an event of its own:
    condition 4 of :mod:`sitrep.events.criticism`)."""
    out: list[Candidate] = []
    quoted = [a for a in attributions if a.kind == "direct" and a.source and a.source.actor]
    if not quoted:
        return out
    busy = {c.segment.start for c in found if c.speech or (c.lex is not None and c.lex.strong)}
    triggers = {c.trigger.i for c in found}
    for seg in segments(doc):
        if seg.start in busy or seg.root.i in triggers:
            continue
        for att in quoted:
            if att.source is None or not any(
                c.start <= seg.start_char and seg.end_char <= c.end + 1 for c in att.content
            ):
                continue
            if seg.start_char <= att.cue.start < seg.end_char:
                break  # (the speaker's own sentence: its verb is the candidate)
            speaker = doc.char_span(att.source.start, att.source.end, alignment_mode="expand")
            if speaker is None:
                break
            words = [t for t in seg if not (t.is_punct and t.text in QUOTE_MARKS)]
            if not words:
                break
            content = doc[words[0].i : words[-1].i + 1]
            target = next(
                (
                    c
                    for c in seg.root.children
                    if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("PROPN", "NOUN")
                ),
                None,
            )
            out.append(
                Candidate(
                    seg.root,
                    seg,
                    speaker,
                    arg_span(target, seg) if target is not None else None,
                    "",
                    None,
                    speech=True,
                    content=content,
                )
            )
            break
    return out


def _content_of(cand: Candidate) -> Span | None:
    """The words a speech candidate reports: a quotation's sentence that goes on from its
    speaker's verb, else the verb's own content (:func:`speech_content`)."""
    return cand.content if cand.content is not None else speech_content(cand.trigger)


def _demanded(cand: Candidate, demand: Demand, table: Any) -> bool:
    """Set a demand's recipient on its speech candidate: the content's subject when it is
    active and an actor other than the speaker ("Blair says mayor should apologise"), else
    the one the speaker addressed ("New powers are needed, police chiefs told MPs"), else
    none. False (no demand) when an active subject is no actor: "revenue sources should
    include bonds" forecasts, "they should" names the speaker's side or no one the table
    knows."""
    seg = cand.segment
    subject = demand.subject
    if not demand.passive and subject is not None:
        span = arg_span(subject, seg) if seg.start <= subject.i < seg.end else None
        if span is not None and not _resolvable(span, table) and _body_to_be(subject):
            # "an organisation should monitor the figures": a call for a body to be set up,
            # asked of no one named
            cand.recipient = None
            return True
        if span is None or not _resolvable(span, table):
            return False
        if cand.actor is not None and span.start < cand.actor.end and cand.actor.start < span.end:
            return False
        cand.recipient = span
        return True
    addressee = (
        next(
            (c for c in cand.trigger.children if c.dep_ in ("dative", "dobj") and c.pos_ != "ADP"),
            None,
        )
        if cand.content is None  # (a quotation's own verb addresses no one it is said to)
        else None
    )
    cand.recipient = (
        arg_span(addressee, seg)
        if addressee is not None and seg.start <= addressee.i < seg.end
        else None
    )
    return True


def _body_to_be(subject: Token) -> bool:
    """An indefinite organisation ("an organisation", "a new body", "an independent
    commission"): one that does not exist yet, whose acts a speaker calls for."""
    low = subject.lower_
    return (INSTITUTIONS.get(low) == "org" or low == "body") and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children
    )


def _codable(
    cand: Candidate,
    resolve: Callable[[Span | None], list[str]],
    table: Any,
    attributions: list[Attribution],
) -> bool:
    """Whether an event of this candidate could pass the coded-argument rule: one of its
    arguments is coded, or a speaker demands the act ("X said Y must act": the speaker
    becomes the actor)."""
    actor_ids = resolve(cand.actor)
    if any(_coded(table, a) for a in actor_ids + resolve(cand.recipient)):
        return True
    return _demanded_of(cand.trigger, actor_ids, attributions) is not None


def _attacked_state(
    table: Any,
    actor_ids: list[str],
    location: Location | None,
    geocoder: Geocoder,
    target: Span | None,
) -> list[str]:
    """The recipient of an attack that names none, made in another country than the
    attacker's ("Iranian troops launched a new offensive in northern Iraq"): that country's
    state, when the article names it as an actor (the table is frozen: no record is made),
    or the country the target is in, when the actors stage recorded it as a place inside the
    target's phrase ("airstrikes against a terrorist camp in Pakistan"; not "American troops
    launched an offensive in southern Afghanistan", fought beside that state); else none
    (PLOVER: the recipient is whom the act is aimed at; a foreign army fighting on a state's
    soil fights that state)."""
    if table is None or location is None or not location.country:
        return []
    own = {table.actors[a].country for a in actor_ids if a in table.actors} - {None}
    if not own or location.country in own:
        return []
    states = [
        aid
        for aid, actor in table.actors.items()
        if actor.kind == "state" and actor.country == location.country and actor.mentions
    ]
    if states or target is None:
        return states[:1]
    root = target.root  # (with its place phrase: "a terrorist camp | in Pakistan")
    phrase = target.doc[root.left_edge.i : root.right_edge.i + 1]
    return [
        aid
        for aid in table.actors_in(phrase.start_char, phrase.end_char)
        if table.actors[aid].kind == "place"
        and table.actors[aid].country == location.country
        and geocoder.is_country(table.actors[aid].name)
    ][:1]


def _measure_owner(trigger: Token, cand: Candidate, table: Any, actor_ids: list[str]) -> list[str]:
    """The recipient of criticism, a demand, support or opposition aimed at a government
    measure that names no owner ("Housing plans criticised by MPs", "Kennedy criticises
    'unfair' taxes", "pledged to oppose the bill", "said the plans should be re-examined"):
    the government of the actors' country, when the article names it as an actor (the table is
    frozen: no record is made). Not for a government's own words about measures (its own
    plans), nor for actors of several countries or none (whose measure would it be?)."""
    if table is None:
        return []
    actors = [table.actors[a] for a in actor_ids if a in table.actors]
    countries = {a.country for a in actors}
    if len(countries) != 1 or None in countries:
        return []
    if any(a.sector in ("GOV", "IGO") or a.kind == "state" for a in actors):
        return []
    if _measure_aimed_at(trigger, cand) is None:
        return []
    (country,) = countries
    return _government_of(table, country)


def _government_of(table: Any, country: str) -> list[str]:
    """The record of a country's government the article names (the state first), as a
    one-element list, or none (the table is frozen: no record is made)."""
    governments = [
        aid
        for aid, actor in table.actors.items()
        if actor.country == country
        and actor.sector == "GOV"
        and actor.kind != "person"
        and actor.mentions  # (a record merged into another keeps none)
    ]
    governments.sort(key=lambda aid: table.actors[aid].kind != "state")
    return governments[:1]


def _petition_addressee(table: Any, actor_ids: list[str], doc: Doc) -> list[str]:
    """Whom a party's demand that names no one is made of (or a legislator's, the opposition's:
    :data:`_PETITIONERS`): the government of its country, when the article names it ("The
    Conservatives have called for 24-hour drinking to be shelved", "the Lib Dems also called
    for a delay": they ask for policy, which the government makes; event coding guideline
    section 4). Not a party the article names as
    governing ("the Labour government": its calls are appeals of its own)."""
    actors = [table.actors[a] for a in actor_ids if a in table.actors]
    if not actors or any(a.sector not in _PETITIONERS for a in actors):
        return []
    for actor in actors:
        for m in actor.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and span.root.head.lower_ in _GOVERNING:
                return []
    countries = {a.country for a in actors}
    if len(countries) != 1 or None in countries:
        return []
    (country,) = countries
    return _government_of(table, str(country))


def _measure_aimed_at(trigger: Token, cand: Candidate) -> Token | None:
    """The government measure an event is aimed at: a measure noun with no owner of its own
    (no possessive, no compound or adjective that names one) among what the trigger is aimed
    at, two arcs deep ("criticised the plans", "opposes the ID cards plan as 'flawed'",
    "pledged to oppose the bill", "said the plans should be re-examined")."""
    head = trigger.head
    if trigger.dep_ == "acl" and head.lower_ in _MEASURES and not _owned(head):
        return head  # "Housing plans criticised by MPs"
    frontier, seen = [trigger], {trigger.i}
    actor = cand.actor
    for _ in range(3):
        nxt = []
        for tok in frontier:
            for child in tok.children:
                if (child.dep_ not in _TARGET_ARCS and child.dep_ != "nsubj") or child.i in seen:
                    continue
                seen.add(child.i)
                if actor is not None and actor.start <= child.i < actor.end:
                    continue
                nxt.append(child)
                if child.pos_ in ("NOUN", "PROPN") and child.lower_ in _MEASURES:
                    return None if _owned(child) else child
        frontier = nxt
    return None


#: prepositions by which a noun names the other party of what it is ("an accord with Iran",
#: "sanctions against Moscow", "an ultimatum to the Nationals")
_PARTY_PREPS = frozenset({"with", "against", "to"})


def _parties_of(span: Span) -> list[Token]:
    """The heads of the parties a noun phrase names in its "with"/"against"/"to" phrase,
    conjuncts included ("a deal with Egypt and Jordan")."""
    root = span.root
    if root.pos_ not in ("NOUN", "PROPN"):
        return []
    out: list[Token] = []
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ not in _PARTY_PREPS:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj":
                out += [obj, *obj.conjuncts]
    return out


def _owned(noun: Token) -> bool:
    """Whether a measure noun names its owner: a possessive ("Labour's plans") or a name
    before it ("the US tariffs", "the Blair plan")."""
    return any(
        c.dep_ == "poss" or (c.ent_type_ in _OWNER_ENTS and c.dep_ in ("compound", "amod"))
        for c in noun.children
    )


def _deontic(trigger: Token) -> bool:
    """A verb with "must", "should" or the like ("Qatar must mediate")."""
    return trigger.pos_ == "VERB" and any(
        c.dep_ == "aux" and c.text.lower() in DEONTIC for c in trigger.children
    )


def _demanded_of(
    trigger: Token, subject_ids: list[str], attributions: list[Attribution]
) -> str | None:
    """The speaker who demands the act: a verb with "must" or "should" in the content of an
    attribution whose source is another actor than the verb's subject ("Eritrea's ambassador
    said Qatar must mediate": Eritrea asks Qatar; PLOVER manual, REQUEST)."""
    if not subject_ids or not _deontic(trigger):
        return None
    if any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in trigger.children):
        return None  # "we must also recognise": the speaker's own duty, asked of no one
    att, in_content = _attribution_of(trigger, attributions)
    if att is None or not in_content or att.source is None or att.source.actor is None:
        return None
    if att.source.actor in subject_ids or not _in_cue_scope(trigger, att):
        return None
    return att.source.actor


def _in_cue_scope(trigger: Token, att: Attribution) -> bool:
    """Whether the trigger is under the attribution's cue in the parse, not merely inside a
    content span that runs on into a concessive or coordinated clause ("Russia denied X,
    though it has made threats": the threats are not denied). A cue that does not govern the
    trigger at all (a quote split from its cue) leaves the content span to decide."""
    tok = trigger
    crossed = False
    for _ in range(12):
        if att.cue.start <= tok.idx < att.cue.end:
            return not crossed
        if tok.head is tok:
            return True
        if tok.dep_ in ("advcl", "conj", "parataxis"):
            crossed = True
        tok = tok.head
    return True


def _resolvable(span: Span | None, table: Any) -> bool:
    """Whether an argument span has an actor in the table (a mention at, in or around it)."""
    if span is None or table is None:
        return False
    head = span.root
    if len(span) == 1 and head.pos_ == "PRON":
        return bool(table.actors_in(head.idx, span.end_char)) or (
            table.actor_at(head.idx, head.idx + len(head.text)) is not None
        )
    if table.actor_at(span.start_char, span.end_char) or table.actors_in(
        span.start_char, span.end_char
    ):
        return True
    return any(table.actor_at(h.idx, h.idx + len(h.text)) for h in (head, *head.conjuncts))


def _speakers_side(trigger: Token, attributions: list[Attribution], table: Any) -> str | None:
    """The speaker whose words report talks "with" someone (a meeting noun with a "with"
    phrase inside an attribution's content), when the table reads them as a person or an
    organisation."""
    if trigger.pos_ != "NOUN" or not any(
        c.dep_ == "prep" and c.lower_ == "with" for c in trigger.children
    ):
        return None
    att, in_content = _attribution_of(trigger, attributions)
    if not in_content or att is None or att.source is None or att.source.actor is None:
        return None
    actor = table.actors.get(att.source.actor)
    if actor is None or actor.kind not in ("person", "org") or actor.sector == "JRN":
        return None
    return att.source.actor


def _event_of_subject(
    cand: Candidate, event_type: str, kept: list[tuple[Candidate, Event]]
) -> Event | None:
    """The event of the same type already kept whose trigger is this verb's subject ("eight
    hours of talks ... ended without resolving the dispute", "the raid killed five"), or of
    any type when the verb is one by which an event reaches its target ("US sanctions hit
    Iran": event_arguments.tsv "impact"), if any: the verb tells of that event."""
    if cand.trigger.pos_ != "VERB" or cand.actor is None:
        return None
    head = cand.actor.root
    # (or what it counts: "eight hours of talks")
    heads = {head.i} | {
        o.i
        for p in head.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    }
    impact = cand.trigger.lower_ in _IMPACT
    return next(
        (e for k, e in kept if k.trigger.i in heads and (impact or e.event == event_type)), None
    )


def _without_passive_impacts(
    kept: list[tuple[Candidate, Event]],
) -> list[tuple[Candidate, Event]]:
    """An impact verb in the passive whose agent is an event kept ("Iran was hit hard by US
    sanctions", "Hamas leaders were targeted by Israeli air strikes") tells of that event: it
    is dropped, and the event takes the verb's recipient when it names none (the active
    voice is read in :func:`_event_of_subject`, where the noun comes first)."""
    by_trigger = {c.trigger.i: e for c, e in kept}
    out = []
    for cand, event in kept:
        verb = cand.trigger
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        noun = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        other = by_trigger.get(noun.i) if noun is not None and verb.lower_ in _IMPACT else None
        if other is None or other is event:
            out.append((cand, event))
            continue
        if not other.recipient:
            other.recipient = [r for r in event.recipient if r not in other.actor]
    return out


def _merge_duplicates(kept: list[tuple[Candidate, Event]]) -> list[tuple[Candidate, Event]]:
    """One event per (sentence, type, actors, recipients, modality): "shelled the town,
    killing 12" is one ASSAULT; the first trigger stays, empty fields are filled from the rest."""
    out: list[tuple[Candidate, Event]] = []
    index: dict[tuple, Event] = {}
    for cand, event in sorted(kept, key=lambda ce: ce[1].trigger.start):
        key = (
            event.sentence.start,
            event.event,
            tuple(event.actor),
            tuple(event.recipient),
            event.modality,
        )
        first = index.get(key)
        if first is None:
            index[key] = event
            out.append((cand, event))
            continue
        for field in ("date", "date_text", "location", "size", "dead", "injured", "arrested"):
            if getattr(first, field) is None and getattr(event, field) is not None:
                setattr(first, field, getattr(event, field))
        first.confidence = max(first.confidence, event.confidence)
    # "opened fraud investigations against hundreds of banks": the verb's event and its
    # object's, of one type and one actor, are one event (the verb's, which names more)
    by_trigger = {cand.trigger.i: event for cand, event in out}
    merged: list[tuple[Candidate, Event]] = []
    for cand, event in out:
        trig = cand.trigger
        verb = by_trigger.get(trig.head.i) if trig.pos_ != "VERB" else None
        if (
            verb is not None
            and trig.dep_ in ("dobj", "obj")
            and verb.event == event.event
            and verb.actor == event.actor
            and set(event.recipient) <= set(verb.recipient)
            and verb.modality == event.modality
        ):
            verb.confidence = max(verb.confidence, event.confidence)
            continue
        merged.append((cand, event))
    return merged


# Types a vote or a stance on a bill takes: coded only when the bill is aimed at someone
# (guideline section 1, legislation and policy content without a target).
_VOTING = {"SUPPORT", "REJECT", "AGREE", "CONCEDE"}
_VOTE_VERBS = {"vote", "voted", "votes", "voting"}


def _party(table: Any, actor_id: str) -> str:
    """The party an actor belongs to when comparing two mentions of an event: its country
    (with its sector where that is not the state's) where the table knows it, else the actor
    itself; a named person is always themself (Trump accusing a Saudi prince is not the
    prince's accusation of Trump repeated, though both records say USA)."""
    actor = table.actors.get(actor_id)
    if actor is None or not actor.country:
        return actor_id
    if actor.kind == "person" and actor.name[:1].isupper() and not actor.name.split()[-1].islower():
        # (a description is no name: "Kenyan leader" in a headline is the party KEN/GOV, the
        # same as the lede's "President Daniel arap Moi")
        return actor_id
    if actor.sector and actor.sector not in STATE_SECTORS:
        # a country's parties, rebels, businesses or people are parties of their own ("the FBI
        # investigation" is not the Republicans' accusation repeated)
        return f"{actor.country}/{actor.sector}"
    return actor.country


def _named(table: Any, actor_id: str) -> bool:
    """Whether an actor is someone named, not a description ("Kenyan leader"), whom the
    text codes in full (a country and a sector: a name alone says less than "US senators")."""
    actor = table.actors.get(actor_id)
    return (
        actor is not None
        and bool(actor.country and actor.sector)
        and (
            actor.wikidata is not None
            or (
                actor.kind == "person"
                and actor.name[:1].isupper()
                and not actor.name.split()[-1].islower()
            )
        )
    )


# A reporting verb is an event only as an accusation the classifier is this sure of (its own
# probability, before calibration): on the news dev set, 0.8 finds 4 more gold ACCUSE records
# for 1 more no-event sentence with an event; 0.5 adds 1 more of each.
_SPEECH_ACCUSE = 0.8
# A demand read from a speech content (:mod:`sitrep.events.demands`) gets this raw score.
_SPEECH_DEMAND = 0.75


def _coded(table: Any, actor_id: str) -> bool:
    """Whether the actor is coded: a sector or a country, except an organisation the
    knowledge base does not know, which has only the article's country (NER's ORG names
    things and titles too: "the NHS", "the club"), and a place."""
    actor = table.actors.get(actor_id)
    if actor is None:
        return False
    return bool(actor.sector or (actor.country and actor.kind not in ("org", "place")))


#: Sectors of parties that argue but use no force (a clash between them is one of words).
_UNARMED = frozenset({"GOV", "LEG", "JUD", "PTY", "IGO", "BUS", "NGO", "EDU", "JRN"})


def _withdraws_demand(trigger: Token, lexicon: Any) -> bool:
    """Whether a withdrawal takes back a demand: its object (or, passive, its subject) is a
    noun the trigger lexicon reads as a REQUEST ("withdrew Friday's request", "the demand was
    withdrawn")."""
    if trigger.pos_ != "VERB" or lexicon is None:
        return False
    for obj in trigger.children:
        if obj.dep_ in ("dobj", "obj", "nsubjpass"):
            entry = lexicon.lookup(obj)
            if entry is not None and entry.event == "REQUEST":
                return True
    return False


def _withdraws_resources(trigger: Token) -> bool:
    """Whether a withdrawal takes back peacekeepers, observers, diplomats or aid (its object,
    or what its "of" names: "withdrew the batch of 200 peacekeepers", "the withdrawal of
    observers"), not troops."""

    def of_objects(tok: Token) -> list[Token]:
        return [
            o
            for p in tok.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
        ]

    heads = (
        [c for c in trigger.children if c.dep_ in ("dobj", "obj")]
        if trigger.pos_ == "VERB"
        else of_objects(trigger)
    )
    return any(t.lower_ in WITHDRAWN for h in heads for t in (h, *of_objects(h)))


def _all_office_holders(table: Any, actor_ids: list[str]) -> bool:
    """Whether there are actors and every one holds a public office: of the state's organs
    (government, armed forces, police, courts, legislature, intelligence) or an
    intergovernmental body, or a former official (ELI: "former minister Clare Short, who
    resigned from the government"; PLOVER RETREAT covers resignations of officials)."""
    return _all_in(table, actor_ids, _OFFICE_HOLDERS)


#: Sectors of people with no force to ready (PLOVER MOBILIZE: militaries, police, armed groups).
_CIVILIAN = frozenset({"CVL", "REF", "BUS", "EDU", "MED", "JRN", "NGO", "LAB", "REL"})


#: Sectors of office holders and former ones (PLOVER RETREAT: resignations of officials).
_OFFICE_HOLDERS = STATE_SECTORS | {"IGO", "ELI"}


def _all_in(table: Any, actor_ids: list[str], sectors: frozenset[str]) -> bool:
    """Whether there are actors and every one is of one of these sectors."""
    actors = [table.actors.get(a) for a in actor_ids] if table is not None else []
    return bool(actors) and all(a is not None and a.sector in sectors for a in actors)


def _all_civilian(table: Any, actor_ids: list[str]) -> bool:
    """Whether there are actors and every one is of a civilian sector."""
    return _all_in(table, actor_ids, _CIVILIAN)


_LABOUR = frozenset({"LAB"})
# police forces (a raid of theirs is coercion)
_POLICE = frozenset({"COP"})


def _all_labour(table: Any, actor_ids: list[str]) -> bool:
    """Whether every party is a union or workers (sector LAB), one at least."""
    return _all_in(table, actor_ids, _LABOUR)


def _all_unarmed(table: Any, actor_ids: list[str]) -> bool:
    """Whether every party is of a sector that argues but uses no force (two at least; a
    state named as a party has an army: "Iraq and Iran clashed")."""
    actors = [table.actors.get(a) for a in actor_ids] if table is not None else []
    return len(actors) >= 2 and all(
        a is not None and a.sector in _UNARMED and a.kind != "state" for a in actors
    )


def _armed_side(table: Any, ids: list[str]) -> bool:
    """Whether one of the parties is the police or an army."""
    return table is not None and any(
        (a := table.actors.get(i)) is not None and a.sector in ("COP", "MIL") for i in ids
    )


def _refugees_returned(table: Any, actor_ids: list[str], recipient_ids: list[str]) -> bool:
    """Whether a state's officials return refugees (the recipients are REF)."""
    if table is None or not recipient_ids:
        return False
    recipients = [table.actors.get(r) for r in recipient_ids]
    return _all_official(table, actor_ids) and all(
        r is not None and r.sector == "REF" for r in recipients
    )


def _all_official(table: Any, actor_ids: list[str], *, parties: bool = False) -> bool:
    """Whether every actor is a state or its government, or an intergovernmental body (with
    ``parties``: or a party, a legislature or a court, who complain in words)."""
    actors = [table.actors.get(a) for a in actor_ids]
    return bool(actors) and all(
        a is not None
        and (
            a.kind == "state"
            or a.sector in ("GOV", "IGO")
            # (a body or one of its figures; members as a group may walk out: a protest)
            or (parties and a.sector in ("LEG", "JUD", "PTY") and a.kind != "group")
        )
        for a in actors
    )


# Prepositions that place a noun phrase's head among, in or about parties it is not ("the
# level of concern among voters", "a debate on Europe"), unlike those that tell what it is or
# belongs to or deals with ("leaders of France", "a letter from 50 MPs", "the chief at
# Volkswagen", "negotiating with Congress").
_UNOWNING_PREPS = frozenset({"among", "amongst", "about", "over", "on", "concerning", "regarding"})


def _unowned(span: Span, table: Any) -> set[str]:
    """Actors whose every mention inside ``span`` is reached from its head through a
    preposition of :data:`_UNOWNING_PREPS` ("among voters"): not what the phrase is, belongs
    to or deals with."""
    doc = span.doc
    owned: set[str] = set()
    seen: set[str] = set()
    for start, end in table.spans_in(span.start_char, span.end_char):
        actor = table.mention_at(start, end)
        words = doc.char_span(start, end, alignment_mode="expand")
        if actor is None or words is None:
            continue
        seen.add(actor)
        t = words.root
        while t.i != span.root.i and span.start <= t.i < span.end and t.head is not t:
            if t.dep_ == "pobj" and t.head.lower_ in _UNOWNING_PREPS:
                break
            t = t.head
        else:
            owned.add(actor)
    return seen - owned


def _countryless(table: Any, actor_id: str) -> bool:
    actor = table.actors.get(actor_id)
    return actor is None or actor.country is None


def _nearest(measure: Measure, events: list[Event]) -> Event | None:
    """The event whose trigger is closest to a measure (ties: the earlier trigger)."""
    if not events:
        return None

    def dist(ev: Event) -> tuple[int, int]:
        t = ev.trigger
        gap = measure.start - t.end if t.end <= measure.start else t.start - measure.end
        return (max(gap, 0), t.start)

    return min(events, key=dist)


def _governing_trigger(tok: Token, triggers: set[int]) -> int | None:
    """The candidate trigger a date phrase attaches to: the first trigger up its head chain
    before another verb intervenes."""
    cur = tok
    for _ in range(6):
        if cur.i in triggers:
            return cur.i
        if cur.head is cur:
            return None
        nxt = cur.head
        if nxt.pos_ == "VERB" and nxt.i not in triggers:
            return None
        cur = nxt
    return None


def _vowed_reprisal(trigger: Token) -> Token | None:
    """The retaliation noun a vow promises ("vowed reprisal for the attack"), or None."""
    if trigger.lower_ not in _COMMISSIVE:
        return None
    return next(
        (c for c in trigger.children if c.dep_ in ("dobj", "obj") and c.lower_ in _RETALIATION),
        None,
    )


def _reprisal_target(reprisal: Token, table: Any) -> list[str]:
    """Whom a reprisal is for: the attacker named in its "for" phrase ("reprisal for U.S.
    attack": the United States)."""
    for prep in reprisal.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for obj in prep.children:
            for mod in (*obj.lefts, obj):
                found = table.actor_at(mod.idx, mod.idx + len(mod.text))
                if found is not None and mod.dep_ in ("compound", "amod", "poss", "pobj"):
                    return [found]
    return []


def _attacks_on_the_dyads_enemy(events: list[Event], table: Any) -> None:
    """An attack, a sanction or a threat with no target named ("Iran launched its northern
    offensive", "Reagan announced the sanctions", "the U.S. Threats have undercut") is aimed at
    the one state its actor's country attacks, sanctions or threatens elsewhere in the article
    ("Iraq repels Iranian attack", "tariffs on Japanese goods"): the dyad of the story. Left
    without a recipient when the article names none or several."""

    def countries(ids: list[str]) -> set[str]:
        return {c for a in ids if (c := table.actors[a].country)}

    for event in events:
        if event.event not in _DYADIC or event.recipient or not event.actor:
            continue
        own = countries(event.actor)
        if not own:
            continue
        # (force answers force: an attack's dyad is read from attacks alone)
        kinds = {"ASSAULT"} if event.event == "ASSAULT" else _DYADIC - {"ASSAULT"}
        targets: Counter[str] = Counter()
        for other in events:
            if other.event in kinds and other.recipient and countries(other.actor) & own:
                targets.update(
                    r for r in other.recipient if (c := table.actors[r].country) and c not in own
                )
        if len({table.actors[r].country for r in targets}) == 1:
            # (the state itself where it is one of them: "Japanese banks" are not Japan)
            ranked = sorted(targets, key=lambda r: (table.actors[r].kind != "state", -targets[r]))
            event.recipient = ranked[:1]


def _recognises_standing(verb: Token) -> bool:
    """Whether a verb of recognising recognises a party or its standing (diplomatic
    recognition, PLOVER SUPPORT): its object is an actor ("recognised Kosovo"), or a noun of
    standing ("independence", "the new government": event_arguments.tsv "recognised"), or has
    an actor as possessor; no object (a passive, a clause) is left to the classifier's reading."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if not objects:
        return True
    obj = objects[0]
    if obj.lower_ in _RECOGNISED or actorish(obj):
        return True
    if any(
        p.dep_ == "prep" and p.lower_ == "as" and any(o.lower_ in _RECOGNISED for o in p.children)
        for head in (verb, obj)
        for p in head.children
    ):
        return True  # "recognize the two regions as independent states"
    return any(c.dep_ == "poss" and actorish(c) for c in obj.children)


def _lifted(noun: Token) -> bool:
    """Whether a restriction noun is what a verb or noun of yielding takes back ("lifted
    sanctions on Iran", "the sanctions were eased", "the lifting of the embargo")."""
    if noun.pos_ == "VERB":
        return False
    if noun.dep_ in ("dobj", "obj", "nsubjpass") and noun.head.lower_ in _YIELDING:
        return True
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.pos_ == "NOUN"
        and noun.head.head.lower_ in _YIELDING
    )


def _other_parties(found: list[str], actor_ids: list[str]) -> list[str]:
    """Those of ``found`` that are not among the event's actors."""
    return [r for r in found if r not in actor_ids]


# verbs of opposing: vowed against a measure, a refusal announced
_OPPOSING = frozenset({"fight", "oppose", "resist", "challenge", "contest", "block"})
_MEASURE_WORDS = _MEASURES | {"action", "actions", "move", "moves", "ruling", "duty", "duties"}


def _vowed_opposition(trigger: Token) -> bool:
    """Whether a vow ("vowed", "swore") is to fight or oppose a measure ("vowed to fight the
    U.S. action", "vows to block the bill"), not a party or an armed force."""
    verb = trigger if trigger.lower_ in _COMMISSIVE else None
    if verb is None:
        return False
    for xcomp in verb.children:
        if xcomp.dep_ != "xcomp" or xcomp.lower_ not in _OPPOSING:
            continue
        obj = next((c for c in xcomp.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.lower_ in _MEASURE_WORDS:
            return True
    return False


def _condition_clause(clause: Token, marks: frozenset[str] = _CONDITION_MARKS) -> bool:
    """Whether a dependent is an adverbial clause of condition ("until the government pays",
    "unless the plan is withdrawn"; with ``marks`` holding "if", also "if X attacks")."""
    return clause.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in marks for m in clause.children
    )


def _until_party(trigger: Token) -> Token | None:
    """The one a refusal's condition asks to act: the subject (or the "by" agent of a
    passive) of its "until"/"unless" clause ("will not end the strike until the government
    pays them")."""
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    for clause in verb.children:
        if not _condition_clause(clause):
            continue
        for child in clause.children:
            if child.dep_ == "agent":
                agent = next((o for o in child.children if o.dep_ == "pobj"), None)
                if agent is not None:
                    return agent
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ != "PRON":
            return subject
    return None


def _refused_yield(trigger: Token, event_type: str) -> bool:
    """Whether an act of yielding or meeting is refused by "will not"/"would not": the verb
    itself ("will not end the strike") or the verb whose object the event noun is ("will not
    begin talks")."""
    verb = trigger
    if trigger.pos_ != "VERB":
        if trigger.dep_ not in ("dobj", "obj") or trigger.head.pos_ != "VERB":
            return False
        verb = trigger.head
    if not any(c.dep_ == "neg" for c in verb.children) or not _future_aux(verb):
        return False
    if verb.lower_ in _YIELDING:
        return True
    if trigger.i != verb.i:
        # "will not hold talks": a light verb puts on the noun's act ("would not discuss the
        # talks" refuses to speak, no event)
        light = light_governor(trigger)
        return (
            event_type in ("RETREAT", "CONCEDE", "CONSULT")
            and light is not None
            and (light.i == verb.i)
        )
    return event_type in ("RETREAT", "CONCEDE") or (
        event_type == "CONSULT" and verb.lower_ in _MEETING_VERBS
    )


def _concludes_accord(verb: Token, lexicon: TriggerLexicon) -> bool:
    """ "agreed a trade deal", "have agreed on the draft text of a free-trade deal", "agreed to
    a rollover trade deal": the verb "agree" with an accord as its object or in its "to"/"on"
    phrase (not one the lexicon types itself: "agreed to a ceasefire deal" is AGREE)."""
    if verb.pos_ != "VERB" or not verb.lower_.startswith("agree") or verb.dep_ == "xcomp":
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False  # "will agree a deal": a promise to sign (PLOVER AGREE)
    heads = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    heads += [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in ("to", "on")
        for o in p.children
        if o.dep_ == "pobj"
    ]
    # (and one "of" deeper: "the draft text of a free-trade deal")
    heads += [
        o
        for h in list(heads)
        for p in h.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return any(
        h.lower_ in _ACCORD and ((e := lexicon.lookup(h)) is None or not e.strong) for h in heads
    )


def _future_aux(verb: Token) -> bool:
    """Whether a verb is under "will" or "would" (an act still to come)."""
    return any(c.dep_ == "aux" and c.lower_ in _WILL for c in verb.children)


_WILL = frozenset({"will", "would", "wo", "'ll"})


def _own_condition(trigger: Token) -> bool:
    """Whether the condition ("if", "unless") hangs on the trigger's own clause: on the
    trigger, on the verb it is the infinitive or object of ("threatened to strike unless",
    "has made threats of action unless"), or on a conjunct's ("would walk out and strike if")."""
    clause = [trigger]
    if trigger.dep_ in ("xcomp", "conj", "ccomp", "dobj", "obj"):
        clause.append(trigger.head)  # (and a noun's light verb: "has made threats ... unless")
    return any(_condition_clause(c, _CONDITION_MARKS | {"if"}) for v in clause for c in v.children)


def _reaching_accord(verb: Token) -> bool:
    """ "reach agreement", "strike a deal", "sign a treaty", or "agree" itself."""
    low = verb.lower_
    if low.startswith("agree"):
        return True
    return low.startswith(("reach", "strik", "struck", "sign", "conclud")) and any(
        c.dep_ in ("dobj", "obj") and c.lower_ in _ACCORD for c in verb.children
    )


def _peacekeeping(cand: Candidate) -> bool:
    """Whether a deployment's clause or arguments speak of peacekeeping or observers
    (event_arguments.tsv "peacekeeping")."""
    trig = cand.trigger
    # (a deployment noun's mission may hang on the verb it is the object of: "announced the
    # deployment of 230 troops to Liberia on a peacekeeping mission")
    verb = trig.head if trig.pos_ != "VERB" and trig.dep_ in ("dobj", "obj") else trig
    toks = list(clause_tokens(verb, cand.segment))
    for span in (cand.actor, cand.recipient):
        if span is not None:
            toks += list(span)
    return any(t.lower_ in PEACEKEEPING for t in toks)


def _refusing(verb: Token) -> bool:
    """A verb that, negated, states a refusal: one of allowing ("will not allow", "did not
    tolerate"), or of backing under "will"/"would" ("would not back the plans")."""
    if verb.lower_ in _PERMISSIVE:
        return True
    return verb.lower_ in _BACKING and _future_aux(verb)


def _labour_disputes_other_side(events: list[Event], table: Any) -> None:
    """In a labour dispute, an act of one side with no recipient named is aimed at the other
    side ("the unions will resist", "the employers refused": judge15 found the union or the
    employers missing as the recipient of nine such records); a strike itself keeps none. The
    sides are read from the article's own events between labour (LAB) and the one other
    party it faces there, of the same country: its employers (BUS) or, for public servants,
    the government (GOV); left alone when the labour side faces several or none."""
    labour = {a for a, actor in table.actors.items() if actor.sector == "LAB"}
    if not labour:
        return
    facing: Counter[str] = Counter()
    for event in events:
        for side, others in ((event.actor, event.recipient), (event.recipient, event.actor)):
            if any(a in labour for a in side):
                facing.update(a for a in others if a not in labour)
    sides = {
        (table.actors[a].country, table.actors[a].sector)
        for a in facing
        if table.actors[a].sector in ("BUS", "GOV")
    }
    if len(sides) != 1:
        return
    country, _ = next(iter(sides))
    other = next(
        a
        for a, _ in facing.most_common()
        if (table.actors[a].country, table.actors[a].sector) in sides
    )
    union = Counter(a for e in events for a in (*e.actor, *e.recipient) if a in labour)
    ours = union.most_common(1)[0][0] if union else None
    for event in events:
        if event.recipient or not event.actor or event.event not in _DISPUTE_ACTS:
            continue
        if all(a in labour for a in event.actor) and all(
            table.actors[a].country in (country, None) for a in event.actor
        ):
            event.recipient = [other]
        elif ours is not None and event.actor == [other]:
            event.recipient = [ours]


def _coordinated_parties(head: Token, actor: str, table: Any, ids: list[str]) -> list[str]:
    """The other parties a head's coordinated nationalities name ("Hungarian and Romanian
    officials": the Romanian officials, recorded by the actors stage at "Romanian")."""
    sector = table.actors[actor].sector
    out: list[str] = []
    for mod in head.lefts:
        for other in mod.conjuncts:
            found = table.actor_at(other.idx, other.idx + len(other.text))
            if (
                found is not None
                and found not in ids
                and found not in out
                and table.actors[found].sector == sector
            ):
                out.append(found)
    return out


def _reporting_authority(trigger: Token, att: Attribution | None, table: Any) -> list[str]:
    """The police or judicial source reporting an agentless passive act ("was arrested,
    police said", "his arrest, police said"), as the act's actor; else none."""
    if att is None or att.source is None or att.source.actor is None:
        return []
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in trigger.children) and (
        possessor_undergoes(trigger) is None  # ("his arrest last month, police said")
    ):
        return []
    actor = table.actors.get(att.source.actor)
    return [att.source.actor] if actor is not None and actor.sector in ("COP", "JUD") else []


def _attribution_of(
    trigger: Token, attributions: list[Attribution]
) -> tuple[Attribution | None, bool]:
    """The innermost attribution whose content holds the trigger (else whose cue it is), and
    whether it was found through its content."""
    start = trigger.idx
    best: Attribution | None = None
    best_len = 0
    for att in attributions:
        for frag in att.content:
            if frag.start <= start < frag.end:
                size = frag.end - frag.start
                if best is None or size < best_len:
                    best, best_len = att, size
    if best is not None:
        return best, True
    for att in attributions:
        if att.cue.start <= start < att.cue.end:
            return att, False
    return None, False


class _EntityIndex:
    """The entities of a doc, sorted by start token, for range queries by span."""

    def __init__(self, doc: Doc) -> None:
        self.ents = list(doc.ents)
        self.starts = [e.start for e in self.ents]

    def within(self, span: Span) -> list[Span]:
        """Entities lying inside ``span`` (as ``span.ents`` gives them)."""
        lo = bisect.bisect_left(self.starts, span.start)
        out = []
        for ent in self.ents[lo:]:
            if ent.start >= span.end:
                break
            if ent.end <= span.end:
                out.append(ent)
        return out
