"""Candidate events: one per clause verb or event noun, with actor and recipient spans.

A candidate is a trigger (the verb or event noun: "massed", "invade", "recognition"), the span
of its actor (the subject; the ``by`` agent of a passive; the controller of an infinitive; the
possessor or ``by`` phrase of an event noun) and of its recipient (the object, a prepositional
object, the passive subject), inside one *segment*: a spaCy sentence cut again at line breaks, so
a headline never runs into the first sentence. Each candidate carries the marked sentence the
event classifier reads: the trigger's clause with the actor in ``<s>…</s>`` and the recipient in
``<t>…</t>``.

Example:
    >>> cands = find_candidates(nlp("Russia has massed troops near Ukraine."), lexicon=lex)
    >>> cands[0].trigger.text, cands[0].marked
    ('massed', '<s>Russia</s> has massed <t>troops</t> near Ukraine')
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span, Token

from sitrep.actors.kb import PLACE_NOUNS
from sitrep.events.criticism import harsh_label
from sitrep.events.demands import NOT_ANOTHER as _NOT_ASKED
from sitrep.events.lexicon import LexEntry, TriggerLexicon
from sitrep.text.lexicon import word_set
from sitrep.text.normalise import is_hard_wrap
from sitrep.text.spans import doc_text

# Verbs that carry no event of their own (auxiliaries used as main verbs, light and linking
# verbs, participles used as prepositions); an event noun they govern is the trigger instead.
_LIGHT = word_set("light_verbs")
# Speech and cognition verbs introduce attributions (the claims stage); the accusations they
# carry are found through event nouns ("an accusation dismissed by Kyiv"), through verbs such as
# accuse, deny, reject, threaten, demand, which stay candidates, and through the content itself
# ("it was 'absurd' to charge farmers, he argued"): a reporting verb with a clause of content
# is a speech candidate, kept by the events stage only as a confident ACCUSE.
_SPEECH = word_set("reporting_verbs", cls=("say", "think", "expect"), pos="V")
_REL_PRONOUNS = {"who", "which", "that", "whom", "whose"}
_PERSONAL = {"he", "she", "him", "her", "his", "hers", "it", "its", "they", "them", "their",
             "we", "us", "our", "i", "me", "my"}  # fmt: skip
_RECIPIENT_PREPS = word_set("prepositions", cls="recipient")
_NOUN_RECIPIENT_PREPS = word_set("prepositions", cls="noun_recipient")
_OCCASION_PREPS = word_set("prepositions", cls="occasion")
TRAVEL = word_set("event_arguments", cls="travel")
# participles that say whom a measure is for ("sanctions aimed at Japan")
_AIMED = frozenset({"aimed", "directed", "targeted", "levelled", "leveled"})
_OBJECT_RECIPIENT_PREPS = word_set("prepositions", cls="object_recipient")
_AUTHOR_PREPS = {"by", "from"}
# the actor's own force ("massed 100,000 troops", "withdraw its troops"): no recipient
OWN_FORCES = word_set("event_arguments", cls="own_force")
# "proposed in a letter to X": whom a written message is addressed to is the act's recipient
_MESSAGES = word_set("event_arguments", cls="message")
_ASSESS = word_set("event_arguments", cls="assessment")
_QUANTITY = word_set("event_arguments", cls="quantity")
_PARTICIPATE = word_set("event_arguments", cls="participation")
#: "call" of a protest ("miners call general strike"): the strike's verb of participation
CALLING = word_set("event_arguments", cls="calling")
_ARMED_SECTORS = {"MIL", "REB", "UAF", "COP", "SPY", "CRM"}
_MOBILIZING = word_set("event_arguments", cls="mobilizing")
# "attacked the plan", "attacked Howard over his taxes": a verbal attack, coded as criticism
_VERBAL_TARGETS = word_set("event_arguments", cls="verbal_target")
_VERBAL_PREPS = {"over", "for", "as"}
# "told a meeting of the ruling party": the meeting is the speaker's audience, no event
_AUDIENCE = word_set("event_arguments", cls="audience")
# "a poll suggests two-thirds support ...": a poll's finding is a statistic, no event
_FINDINGS = word_set("event_arguments", cls="finding")
# "warned Mr Brown not to be tempted": warning someone (not) to act asks them (REQUEST)
_WARNING = word_set("event_arguments", cls="warning")
# modals of what a course would bring about ("such action would undercut his ability")
_CONSEQUENCE_MODALS = frozenset({"would", "could", "might", "will", "may"})
# verbs of removing someone from a body: a passive's "from" names who removed them
_EXPELLED = word_set("event_arguments", cls="expelled")
# "resisted calls for him to resign": the calls are someone else's, aimed at the subject
_REFUSALS = word_set("event_arguments", cls="refusal")
# "faces charges", "suffered an attack": the subject undergoes the event noun
_UNDERGO = word_set("event_arguments", cls="undergo")
# "Iraq repels Iranian attack": an attack with no target of its own was aimed at the subject
_FEND_OFF = word_set("event_arguments", cls="fend_off")
# "clashes erupted between Amal and guerrillas": the verb's "between" names the noun's parties
_OCCUR = word_set("event_arguments", cls="occur")
_DESIRE = word_set("event_arguments", cls="desire")
_WISHED_STATE = word_set("event_arguments", cls="wished_state")
_RALLY = word_set("event_arguments", cls="rally_support")
_PURPOSE = word_set("event_arguments", cls="purpose")
_CONTEST = word_set("event_arguments", cls="contest")
_SOCIAL_ILL = word_set("event_arguments", cls="social_ill")
_QUESTION = word_set("event_arguments", cls="question")
_NO_COMMENT = word_set("event_arguments", cls="no_comment")
# a government's measures (bills, budgets, plans): refusing to discuss one refuses it
_MEASURES = word_set("event_arguments", cls="measure")
_NOT_AGENTIVE = word_set("event_arguments", cls=("not_agentive", "causal"))
_CAUSAL = word_set("event_arguments", cls="causal")
# "gave $2 million to Nigeria": a light verb handing over aid
_TRANSFER = word_set("event_arguments", cls="transfer")
_MATERIAL = word_set("event_arguments", cls="material")
# what a withdrawal takes back that is no armed force: peacekeepers, envoys, aid
WITHDRAWN = word_set("event_arguments", cls="withdrawn")
_JOINT_WORK = word_set("event_arguments", cls="joint_work")
_WITHDRAWING = word_set("event_arguments", cls="withdrawing")
_DISPATCHING = word_set("event_arguments", cls="dispatching")
_RETURNING = word_set("event_arguments", cls="returning")
_MEDIATION = word_set("event_arguments", cls="mediation")
PEACEKEEPING = word_set("event_arguments", cls="peacekeeping")
MULTIPARTY = word_set("event_arguments", cls="multiparty")
_REFUGE = word_set("event_arguments", cls="refuge")
# nouns of number ("hundreds of banks": the banks are the party)
_NUMBER_NOUNS = word_set("event_arguments", cls="number_noun")
NEEDS_RECIPIENT = word_set("event_arguments", cls="needs_recipient")
_LEGISLATION = word_set("event_arguments", cls="legislation")
# Verbs of denying and the claims they deny: "denied a claim that he was paid", "denied
# reports that ...", "denied that ...": a denial of what is said is the stance of an
# attribution (its content is reported_denied), not a REJECT of a request.
_DENYING = word_set("modality_words", cls="deny")
_DENY = word_set("modality_words", lemma="deny")  # (not "dismiss", "refute")
# "reject" refuses what was asked or offered, but rejecting a claim denies it
_REJECTING = word_set("modality_words", lemma="reject")
_CLAIM_NOUNS = word_set("attribution_words", cls="claim_noun")
_GRANTABLE = word_set("event_arguments", cls="grantable")
# "summoned the ambassador to complain": the purpose's act is aimed at the one summoned
_SUMMONING = word_set("event_arguments", cls="summoning")
# "reiterated Turkey's support for the GNA": the object's possessor is the subject's side
_RESTATING = word_set("event_arguments", cls="restating")
# "share information on North Korea": a topic, not a recipient
_TOPIC_NOUNS = word_set("event_arguments", cls="topic")
_TOPIC_PREPS = ("on", "about")
# "speaking to reporters": the press a speaker tells something, no party to an act
_PRESS = word_set("event_arguments", cls="press")
# "declined to give her view": an opinion withheld, no refusal of anyone's call
_VIEWS = word_set("event_arguments", cls="view")
# "the missiles fired by X struck": a participle whose agent acts through its noun
_WIELDED = word_set("event_arguments", cls="wielded")
_PATIENT_SUBJECT = word_set("event_arguments", cls="patient_subject")
_VIOLENT_CAUSE = word_set("event_arguments", cls="violent_cause")
_WHEN_ENTS = {"DATE", "TIME"}
# "an earthquake killed eight", "Reye's Syndrome kills": no political agent, no event
_NON_AGENTS = word_set("event_arguments", cls="non_agent")
_ACCIDENTAL = word_set("event_arguments", cls="accidental")
_ATTACK_MARKS = word_set("event_arguments", cls="attack_mark")
_HAZARD_VERBS = word_set("event_arguments", cls="hazard_verb")
_ARG_RIGHT_DEPS = {"prep", "conj", "cc", "appos", "nmod", "compound", "pobj", "case", "poss"}


@dataclass
class Candidate:
    """A possible event: trigger, segment, argument spans (token ranges) and marked text."""

    trigger: Token
    segment: Span
    actor: Span | None
    recipient: Span | None
    marked: str
    lex: LexEntry | None
    # a reporting verb read for the accusation its content makes ("the policy is a 'false
    # economy', the TUC said"): kept only as a confident ACCUSE (the events stage decides)
    speech: bool = False
    # an "attack" aimed at a person, a policy or a remark: criticism, never an ASSAULT
    verbal: bool = False
    # a verb that carries an event only in some CAMEO patterns ("declared", "returned"), used
    # without a direct object: a candidate only with both arguments resolvable
    weak: bool = False
    # the words a speech candidate reports when they are not its trigger's clause: a sentence
    # of a quotation that goes on from the one its speaker's verb governs (None: the
    # trigger's own content, :func:`speech_content`)
    content: Span | None = None


def _is_wrap(tok: Token, text: str) -> bool:
    """A whitespace token holding a hard wrap of wire copy (:func:`is_hard_wrap`)."""
    return is_hard_wrap(text, tok.idx, tok.idx + len(tok.text))


def segments(doc: Doc) -> list[Span]:
    """spaCy sentences, cut again after every whitespace token holding a line break (unless
    the break is a hard wrap of running text: see :func:`_is_wrap`)."""
    out: list[Span] = []
    text = doc_text(doc)
    for sent in doc.sents:
        start = sent.start
        for tok in sent:
            if tok.is_space and "\n" in tok.text and not _is_wrap(tok, text):
                if tok.i > start:
                    out.append(doc[start : tok.i])
                start = tok.i + 1
        if start < sent.end:
            out.append(doc[start : sent.end])
    return [s for s in out if any(not t.is_space and not t.is_punct for t in s)]


def _in(tok: Token | None, seg: Span) -> bool:
    return tok is not None and seg.start <= tok.i < seg.end


def arg_span(head: Token, seg: Span) -> Span:
    """The noun phrase of an argument head: its left modifiers, ``of`` phrases and conjuncts."""
    if head.text.lower() in _PERSONAL and not (head.text.isupper() and len(head.text) > 1):
        # (a pronoun stands alone; a word in capitals is a name: "the US and China signed")
        return head.doc[head.i : head.i + 1]
    idx = {head.i}
    for t in head.subtree:
        idx.add(t.i)
    # keep the right side only for "of" / conjunct / apposition material, not relative clauses
    for child in head.rights:
        keep = (
            child.dep_ in ("conj", "cc", "compound")
            or (
                # the comma of a list ("visiting Tanzania, Mozambique and Kenya")
                child.dep_ == "punct"
                and child.text == ","
                and any(c.dep_ == "conj" and c.i > child.i for c in head.rights)
            )
            or (
                child.dep_ == "prep"
                and (
                    child.text.lower() == "of"
                    # "the former chief of foreign exchange at Volkswagen": the employer
                    or (
                        child.text.lower() in ("at", "from")
                        and any(p.ent_type_ in ("ORG", "GPE") for p in _children(child, "pobj"))
                    )
                )
            )
        )
        if not keep:
            for t in child.subtree:
                idx.discard(t.i)
    # the contiguous run around the head (a crossing apposition must not swallow the clause)
    start = end = head.i
    while start - 1 in idx and start - 1 >= seg.start:
        start -= 1
    while end + 1 in idx and end + 1 < seg.end:
        end += 1
    end += 1
    # trim punctuation at the edges (quotes, commas)
    while start < end - 1 and (head.doc[start].is_punct or head.doc[start].is_space):
        start += 1
    while end - 1 > start and (head.doc[end - 1].is_punct or head.doc[end - 1].is_space):
        end -= 1
    return head.doc[start:end]


def _children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _pobj(prep: Token) -> Token | None:
    objs = _children(prep, "pobj")
    return objs[0] if objs else None


def _hands_over_material(verb: Token) -> bool:
    """Whether a verb of handing over has a material object (an amount of money, equipment,
    supplies: event_arguments.tsv "material") and someone it goes to (an indirect object or
    a "to" phrase on the verb or on the object)."""
    objects = _children(verb, "dobj", "obj")
    if not objects:
        return False
    obj = objects[0]
    if not any(t.ent_type_ == "MONEY" or t.lower_ in _MATERIAL for t in obj.subtree):
        return False
    return any(c.dep_ == "dative" for c in verb.children) or bool(_to_parties(verb, obj))


def _to_parties(*heads: Token) -> list[Token]:
    """The parties the "to" phrases of these heads and their conjuncts name ("a grant and a
    loan to the authority")."""
    return [
        pobj
        for head in heads
        for h in (head, *head.conjuncts)
        for prep in _children(h, "prep")
        if prep.lower_ == "to" and (pobj := _party_pobj(prep)) is not None
    ]


def _party_pobj(prep: Token) -> Token | None:
    """A preposition's object that could be a party to an event: not a time ("held a
    meeting on Tuesday with X", "called X on Saturday")."""
    obj = _pobj(prep)
    return None if obj is None or obj.ent_type_ in ("DATE", "TIME") else obj


def _verb_subject(verb: Token, seg: Span, depth: int = 0) -> Token | None:
    """The actor head of a verb: subject, passive agent, or the controller up the chain."""
    if depth > 4:
        return None
    for subj in _children(verb, "nsubj", "csubj"):
        if subj.text.lower() in _REL_PRONOUNS and verb.dep_ == "relcl":
            ante = verb.head
            among = ante.head if ante.dep_ == "pobj" and ante.head.lower_ == "among" else None
            if among is not None and ante.pos_ == "PRON":
                # "Blair is among those who have called for an apology": Blair has
                member = _children(among.head, "nsubj")
                if member:
                    return member[0]
            if ante.pos_ in ("PROPN", "PRON") or ante.ent_type_ or subj.text.lower() == "who":
                return ante
            return _noun_governor_subject(ante, seg, depth + 1)
        if not actorish(subj):
            # "the missiles fired by the Israeli military struck", "a letter signed by 50
            # MPs demanded": the agent of what the subject's participle says acts through it
            agent = next(
                (
                    p
                    for acl in _children(subj, "acl")
                    if acl.lower_ in _WIELDED
                    for a in _children(acl, "agent")
                    if (p := _pobj(a)) is not None and actorish(p)
                ),
                None,
            )
            if agent is not None:
                return agent
        return subj  # may lie outside the segment: the caller decides
    for agent in _children(verb, "agent"):
        obj = _pobj(agent)
        if obj is not None:
            return obj
    if _children(verb, "nsubjpass", "auxpass"):
        if verb.lower_ in _EXPELLED:
            # "was expelled from Labour", "suspended from the party": the organisation the
            # one removed is removed from removes them
            for prep in _children(verb, "prep"):
                obj = _pobj(prep) if prep.lower_ == "from" else None
                body = _table_actor(obj, phrase=True) if obj is not None else None
                if body is not None and body.kind in ("org", "group", "state"):
                    return obj
        return None  # a passive without a "by" agent names no actor
    stray = _stray_subject(verb)
    if stray is not None:
        return stray
    if verb.dep_ in ("xcomp", "conj", "advcl", "pcomp") and verb.head is not verb:
        head = verb.head
        if head.dep_ == "prep":
            gov = head.head
            objs = _children(gov, "dobj")
            if objs and head.text.lower() in ("of", "from", "for"):
                # "accuse Russia of preparing", "criticised SATS for refusing to recognise"
                return objs[0]
            if gov.lower_ in ("guilty", "culpable") and head.text.lower() == "of":
                # "found the regime guilty of murdering": the small clause's subject;
                # "was guilty of murdering": the adjective's subject
                small = _children(gov, "nsubj")
                if small:
                    return small[0]
                if gov.dep_ == "acomp" and gov.head.pos_ in ("VERB", "AUX"):
                    return _verb_subject(gov.head, seg, depth + 1)
            surface = _children(gov, "nsubjpass") if verb.dep_ == "pcomp" else []
            if surface and surface[0].pos_ in ("PRON", "PROPN"):
                # "after meeting Blair he had been left with the impression": he met Blair
                # (an adjunct's understood subject is the clause's subject, passive or not)
                return surface[0]
            return _verb_subject(gov, seg, depth + 1) if gov.pos_ in ("VERB", "AUX") else None
        if head.pos_ in ("VERB", "AUX"):
            agreeing = _agreeing_governor(verb)
            if agreeing is None and verb.dep_ == "conj" and _active_conjunct(verb):
                # "have not been drawn on the issue but have called for an inquiry": an
                # active conjunct with its own auxiliary or tense shares the first conjunct's
                # surface subject, passive or not
                surface = _children(head, "nsubjpass")
                if surface and not _children(head, "agent"):
                    return surface[0]
            return _verb_subject(agreeing or head, seg, depth + 1)
        if head.pos_ == "ADJ" and head.dep_ == "acomp" and head.head.pos_ in ("VERB", "AUX"):
            return _verb_subject(head.head, seg, depth + 1)  # "is willing to withdraw"
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        return _noun_governor_subject(verb.head, seg, depth + 1)
    return None


def _agreeing_governor(verb: Token) -> Token | None:
    """The verb an active conjunct really coordinates with when the parse hung it on a
    passive reported clause: "the Soviet Union has said its missions are subjected to
    surveillance and has accused Washington": "has accused" agrees with "has said" (the same
    auxiliary), not with "are subjected"."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "ccomp" or not _children(head, "nsubjpass"):
        return None
    if _children(verb, "nsubj", "nsubjpass"):
        return None
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    gov = head.head
    if aux and aux & {c.lower_ for c in gov.children if c.dep_ == "aux"}:
        return gov
    return None


def _stray_subject(verb: Token) -> Token | None:
    """The subject the parse attached elsewhere: "prisoners rioted in a jail and guerrillas
    attacked security bases" parses "guerrillas" as a conjunct of "jail" and leaves
    "attacked" to inherit "prisoners". A finite coordinated verb right after a noun conjunct
    (with its "and" before it) has that noun as its subject."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
        return None
    prev = verb.doc[verb.i - 1]
    if (
        prev.pos_ in ("NOUN", "PROPN")
        and prev.dep_ == "conj"
        and prev.head.i != verb.head.i
        and any(c.dep_ == "cc" for c in prev.head.children)
    ):
        return prev
    # "has been shut down since the workers, along with office staff, went on strike": the
    # parse read the subordinator as a preposition with the clause's subject as its object
    # and hung the clause's verb on the main verb; that object is the verb's subject
    for sub in verb.head.children:
        if (
            sub.dep_ == "prep"
            and sub.pos_ == "SCONJ"
            and verb.head.i < sub.i < verb.i
            and not _children(verb, "nsubj", "nsubjpass")
        ):
            obj = _pobj(sub)
            if obj is not None and obj.i < verb.i and obj.pos_ in ("NOUN", "PROPN"):
                return obj
    return None


def _noun_governor_subject(noun: Token, seg: Span, depth: int = 0) -> Token | None:
    """The subject of the verb that governs an event noun ("made threats", "plans to launch",
    "launched a wave of attacks")."""
    tok = _through_quantity(noun)
    for _ in range(4):
        if tok.dep_ in ("dobj", "attr", "oprd", "obj"):
            head = tok.head
            if head.lower_ in _PARTICIPATE or head.lower_ in CALLING:
                return _verb_subject(head, seg, depth + 1)  # "thousands join strike"
            if head.pos_ not in ("VERB", "AUX") or head.text.lower() in _NOT_AGENTIVE:
                return None  # "his fall follows the arrests": he made no arrests
            return _verb_subject(head, seg, depth + 1)
        if tok.dep_ == "conj":
            tok = tok.head
            continue
        light = light_governor(tok)
        if light is not None and tok.dep_ == "pobj":
            # "went on strike", "provided $2 million in assistance": the verb's subject acts
            return _verb_subject(light, seg, depth + 1)
        if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.dep_ == "prep":
            # "Trump opened with a call for ...", "responded with sanctions": the subject of an
            # active verb acts through the noun (not "was threatened with expulsion")
            verb = tok.head.head
            if (
                verb.pos_ == "VERB"
                and not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
                and verb.lower_ not in _NOT_AGENTIVE
                and not any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)
            ):
                return _verb_subject(verb, seg, depth + 1)
        return _occasion_subject(noun, tok, seg, depth)
    return None


def _occasion_subject(noun: Token, tok: Token, seg: Span, depth: int) -> Token | None:
    """The subject of a verb whose circumstance is a joint act with someone ("Tindemans said
    after talks with King Hussein", "agreed in two months of negotiations with Syrian
    leaders"): that subject took part in it."""
    if not any(c.dep_ == "prep" and c.text.lower() == "with" for c in noun.children):
        return None
    while tok.dep_ == "pobj" and tok.head.text.lower() == "of" and tok.head.head.dep_ == "pobj":
        tok = tok.head.head  # "two months of negotiations"
    prep = tok.head
    if tok.dep_ != "pobj":
        return None
    verb = prep.head
    if prep.lower_ not in _OCCASION_PREPS and not (prep.lower_ == "for" and verb.lower_ in TRAVEL):
        return None  # (or what one goes for: "would go to Moscow for talks with X")
    if verb.pos_ not in ("VERB", "AUX") or prep.dep_ != "prep":
        return None
    return _verb_subject(verb, seg, depth + 1)


def _counted(tok: Token) -> Token:
    """What a number or a noun of number counts, when an actor stands for it ("hundreds of
    banks", "two of the soldiers"), else the token itself."""
    if not (tok.pos_ == "NUM" or (tok.tag_ == "NNS" and tok.lower_ in _NUMBER_NOUNS)):
        return tok
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            inner = _pobj(prep)
            if inner is not None and actorish(inner):
                return inner
    return tok


def _through_quantity(noun: Token) -> Token:
    """The phrase an event noun heads through a quantity noun: "a storm of criticism", "a
    wave of attacks" act as "criticism" and "attacks" do."""
    tok = noun
    while (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and tok.head.head.pos_ == "NOUN"
        and tok.head.head.lower_ in _QUANTITY
    ):
        tok = tok.head.head
    return tok


def aimed_at_subject(noun: Token) -> bool:
    """An event noun that is someone else's act aimed at the subject of the verb governing it:
    the object of a refusal ("rejected calls", "resisted demands") or of a verb of undergoing
    ("faces charges", "survived an attempt to de-select him", "faced a storm of criticism")."""
    noun = _through_quantity(noun)
    if noun.dep_ not in ("dobj", "obj"):
        return False
    verb = noun.head.text.lower()
    return verb in _REFUSALS or verb in _UNDERGO


#: Event nouns whose possessor undergoes the act ("his arrest"; event_arguments.tsv)
_UNDERGONE = word_set("event_arguments", cls="undergone")


def possessor_undergoes(noun: Token) -> Token | None:
    """The possessor of an event noun that it names as the one the act is done to ("his
    arrest"), if the noun has one and no "of" phrase."""
    if noun.lower_ not in _UNDERGONE or any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children
    ):
        return None
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def _noun_actor(noun: Token, seg: Span) -> Token | None:
    if possessor_undergoes(noun) is not None:
        # "stemming from his arrest": he was arrested; who arrested him, the text may say
        # elsewhere ("by" phrase) or not at all
        for child in _children(noun, "prep"):
            if child.lower_ == "by" and (obj := _pobj(child)) is not None:
                return obj
        return None
    if aimed_at_subject(noun):
        for child in noun.children:
            if child.dep_ == "prep" and child.text.lower() in ("from", "by"):
                return _pobj(child)
            if child.dep_ in ("poss", "amod", "compound") and (
                child.ent_type_ in ("NORP", "GPE", "ORG") or child.pos_ == "NOUN"
            ):
                return child  # "attracted media criticism", "faced US sanctions"
        return None
    occurs = noun.dep_ == "nsubj" and noun.head.lower_ in _OCCUR
    for child in (*noun.children, *(noun.head.children if occurs else ())):
        if child.dep_ == "prep" and child.text.lower() == "between" and not mediating(noun):
            obj = _pobj(child)  # "talks between Russia and Ukraine": both parties act
            if obj is not None:
                return obj
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    if (
        noun.dep_ == "ROOT"
        and before is not None
        and before.dep_ == "compound"
        and before.head.i == noun.i
        and _table_actor(before, phrase=True) is not None
    ):
        # "Kenyan leader appeals for U.S. investment": a headline whose verb the parser read
        # as the head noun of its subject (a sentence's root is its verb)
        return before
    for child in noun.children:
        if child.ent_type_ in _WHEN_ENTS:
            continue  # "Monday's attack": a date, not the attacker
        if child.dep_ == "poss" and child.text.lower() not in ("its", "their", "his", "her"):
            return child
        if child.dep_ == "prep" and child.text.lower() == "by":
            obj = _pobj(child)
            if obj is not None:
                return obj
        if child.dep_ in ("amod", "compound") and child.ent_type_ in ("NORP", "GPE", "ORG"):
            return child
    for child in noun.children:
        if (
            child.dep_ in ("amod", "compound")
            and child.pos_ == "NOUN"
            and child.i < noun.i
            and _table_actor(child) is not None
        ):
            return child  # "rebel raids on oil pipelines": an agent noun the actors stage read
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of" and (obj := _pobj(child)) is not None:
            # "the criticisms of her actions by FBI Director James Comey": the parse hung
            # the noun's "by" phrase on its "of" object
            for prep in obj.children:
                agent = _pobj(prep) if prep.dep_ == "prep" and prep.lower_ == "by" else None
                if agent is not None and actorish(agent):
                    return agent
    for child in noun.children:
        if child.dep_ == "poss" and child.ent_type_ not in _WHEN_ENTS:
            # "where Iran launched its offensive": the possessive is bound by the subject
            bound = _noun_governor_subject(noun, seg) if child.pos_ == "PRON" else None
            return bound if bound is not None and bound.pos_ != "PRON" else child
    reporter = _reporting_governor(noun)
    if reporter is not None:
        subj = _children(reporter, "nsubj")
        return subj[0] if subj else None
    return _noun_governor_subject(noun, seg)


def mediating(noun: Token) -> bool:
    """A noun of mediation ("mediation", "a mediation effort"): its "between" phrase names
    the parties mediated between, the recipients."""
    return noun.lower_ in _MEDIATION or any(
        c.dep_ == "compound" and c.lower_ in _MEDIATION for c in noun.children
    )


def _reporting_governor(noun: Token) -> Token | None:
    """For "X said Y did Z, an accusation denied by W": the reporting verb the apposition
    ("accusation") characterises."""
    if noun.dep_ != "appos":
        return None
    tok = noun.head
    for _ in range(4):
        if tok.text.lower() in _REPORTING:
            return tok
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def _adjacent_np(verb: Token, seg: Span) -> Token | None:
    """Fallback subject when the parse's subject lies outside the segment (a headline merged
    into the sentence): the proper-noun phrase right before the verb."""
    i = verb.i - 1
    while i >= seg.start and verb.doc[i].dep_ in ("aux", "auxpass", "neg", "advmod"):
        i -= 1
    if i >= seg.start and verb.doc[i].pos_ in ("PROPN", "NOUN", "PRON"):
        return verb.doc[i]
    return None


def _active_conjunct(verb: Token) -> bool:
    """Whether a verb conjunct is active in its own right: it has an auxiliary of its own that
    is no passive one ("have not been drawn but have called for"), or a present tense; a bare
    participle ("were knifed and shot") leans on the first conjunct's passive."""
    if _children(verb, "auxpass"):
        return False
    return verb.tag_ in ("VBZ", "VBP") or bool(_children(verb, "aux"))


# verbs of complaining to someone about someone else ("protested to the UN over Turkey")
_COMPLAINING = frozenset(
    {"protest", "protested", "protests", "complain", "complained", "complains"}
)


def _verb_recipient(verb: Token, depth: int = 0) -> Token | None:
    """The verb's recipient: of its objects (indirect object first: "lent Russia $6bn"), the
    passive subject and the objects of its recipient prepositions ("signed a deal with China"),
    the first that an actor stands for; else the first of them."""
    found: list[Token] = []
    objects = _children(verb, "dobj", "obj")
    # "handed over field hospitals to Chad": what is handed over is no party
    theme = (verb.lower_ in _TRANSFER and _hands_over_material(verb)) or (
        # "returned 11 paintings to the museum": a thing given back goes to the "to" party
        verb.lower_ in _RETURNING
        and bool(objects)
        and not actorish(objects[0])
        and bool(_to_parties(verb, objects[0]))
    )
    for dep in ("dative", "nsubjpass") if theme else ("dative", "dobj", "obj", "nsubjpass"):
        for obj in _children(verb, dep):
            if obj.pos_ == "ADP":  # "gave weapons to Ukraine" parsed as a dative "to"
                pobj = _pobj(obj)
                if pobj is not None:
                    found.append(pobj)
            elif not _own_force(obj):
                found.append(obj)
            else:
                # "withdrew its ambassador from Italy": the parse hung the place the own
                # force leaves or goes to on the force
                found += [
                    pobj
                    for prep in _children(obj, "prep")
                    if prep.lower_ in ("from", "to", "into")
                    and (pobj := _party_pobj(prep)) is not None
                ]
    if (
        verb.dep_ == "conj"
        and _children(verb, "auxpass")
        and not _children(verb, "nsubjpass", "nsubj")
    ):
        # "X, sacked after a failed coup, has been detained": the parse made the passive a
        # conjunct of the participle; its patient is the first conjunct's subject
        found += _children(verb.head, "nsubjpass", "nsubj")[:1]
    if (
        verb.dep_ == "pcomp"
        and _children(verb, "auxpass")
        and not _children(verb, "nsubjpass", "nsubj")
        and verb.head.dep_ == "prep"
        and verb.head.lower_ in _ADJUNCT_PREPS
        and verb.head.head.pos_ in ("VERB", "AUX")
    ):
        # "Despite being arrested and bailed, Buhecha was caught again": an adjunct's
        # passive has the clause's subject as its patient (as an active adjunct has it as
        # its agent: "after meeting Blair he ...")
        found += _children(verb.head.head, "nsubjpass", "nsubj")[:1]
    if theme:
        # ("a $300 million loan to Jordan": the parse hung the "to" phrase on the object)
        found += _to_parties(*objects)
    if (
        verb.dep_ == "conj"
        and not _children(verb, "nsubj", "nsubjpass", "dobj", "obj")
        and _children(verb.head, "nsubjpass")
        and not _active_conjunct(verb)
    ):
        # "were knifed and shot to death": the second verb's passive subject is the first's
        found.extend(_children(verb.head, "nsubjpass")[:1])
    # "share intelligence on Iran", "agreed to cooperate on refugees": a topic, no party
    about_topic = any(o.lower_ in _TOPIC_NOUNS for o in objects) or verb.lower_ in _JOINT_WORK
    for prep in _children(verb, "prep"):
        if about_topic and prep.lower_ in _TOPIC_PREPS and _actorish_pobj(prep):
            continue  # "share intelligence on Iran": the topic (the parse hung it on the verb)
        if prep.text.lower() in _RECIPIENT_PREPS:
            pobj = _party_pobj(prep)
            if pobj is not None and not (prep.lower_ == "to" and pobj.lower_ == "death"):
                found.append(pobj)  # ("shot to death": a result, no recipient)
        elif prep.lower_ == "in" and (message := _pobj(prep)) is not None:
            if message.lower_ in _MESSAGES:
                # "proposed in a letter to his North Korean counterpart that they meet"
                for to in _children(message, "prep"):
                    addressee = _pobj(to) if to.lower_ == "to" else None
                    outlet = addressee is not None and getattr(
                        _table_actor(addressee), "sector", None
                    ) in ("JRN", "MED")
                    if addressee is not None and not outlet:
                        found.append(addressee)  # (a letter to a newspaper is published)
    if verb.lower_ in _COMPLAINING:
        # "protested to the United Nations over violations by the Turkish air force": the one
        # complained of, not the body complained to, is the one accused
        for prep in _children(verb, "prep"):
            if prep.lower_ not in ("over", "about", "against"):
                continue
            target = next(
                (
                    t
                    for t in prep.subtree
                    if t.i != prep.i
                    and (actor := _table_actor(t)) is not None
                    and (
                        t.dep_ not in ("compound", "amod", "poss", "det")
                        or actor.kind == "state"  # "about French subsidies": France
                    )
                ),
                None,
            )
            if target is not None:
                found.insert(0, target)
                break
    # "called for Trump to drop out": the subject of a for-to clause is the one asked;
    # "demanded that Yediyurappa step down": so is the subject of a mandative subjunctive
    # and "refused to allow two airlines to land": the subject of an infinitive clause;
    # "found Britta Nielsen guilty", "held the regime responsible": the small clause's subject
    for clause in _children(verb, "advcl", "xcomp", "ccomp"):
        if (
            any(m.text.lower() == "for" for m in _children(clause, "mark"))
            or (clause.dep_ == "ccomp" and clause.pos_ == "ADJ")
            or (clause.dep_ == "ccomp" and clause.tag_ == "VB" and not _children(clause, "aux"))
            or (
                clause.dep_ in ("ccomp", "xcomp")
                and any(a.text.lower() == "to" for a in _children(clause, "aux"))
            )
            or (
                # "will not accept any refugees fleeing the violence": the parse made the
                # object the subject of a participle clause
                clause.dep_ == "ccomp"
                and clause.tag_ == "VBG"
                and not objects
                and not _children(clause, "aux", "auxpass")
            )
        ):
            found.extend(_children(clause, "nsubj")[:1])
    if verb.lower_.startswith(("seek", "sought")) and any(o.lower_ in _REFUGE for o in objects):
        # "have sought refuge in Sudan": the state it is sought in is asked
        found[:0] = [
            pobj
            for holder in (verb, *objects)
            for prep in _children(holder, "prep")
            if prep.lower_ == "in" and (pobj := _party_pobj(prep)) is not None and actorish(pobj)
        ]
        objects = [o for o in objects if o.lower_ not in _REFUGE]
        found = [t for t in found if t.lower_ not in _REFUGE]
    # "send troops to Uganda": the actor's own force is the theme, the other party the recipient
    found.sort(key=lambda t: t in objects and t.text.lower() in OWN_FORCES)
    if not found:
        # "threatened to shell British forces": the recipient of the act an actor threatened
        subject = next(iter(_children(verb, "nsubj")), None)
        for clause in _children(verb, "xcomp"):
            # (a gerund's subject is its controller: "criticised the company for threatening
            # to replace the strikers")
            controlled = subject is None and verb.dep_ in ("pcomp", "advcl")
            if (
                clause.pos_ == "VERB"
                and depth < 2
                and (depth or controlled or _subject_acts(subject))
            ):
                inner = _verb_recipient(clause, depth + 1)
                if inner is not None and (actorish(inner) or _names_party(inner)):
                    return inner  # ("refused to meet science body president")
        return _summoned(verb)
    # "opened investigations against hundreds of banks": the members a number counts
    found = [_counted(t) for t in found]
    party = next((t for t in found if actorish(t)), None) or _summoned(verb)
    if party is not None:
        return party
    partners = (
        [
            pobj
            for obj in objects
            for prep in _children(obj, "prep")
            if prep.lower_ in ("for", "to", "with", "of") and (pobj := _pobj(prep)) is not None
        ]
        if verb.lower_ in _RESTATING
        else []
    )
    if partners:
        # "reiterated Turkey's support for the GNA": aimed at the object's partner, not at
        # its possessor (the subject's own side; with no partner named, the possessor is
        # the one aimed at: "reaffirmed Syria's territorial integrity")
        for pobj in partners:
            if actorish(pobj):
                return pobj  # ("voiced his strong support of President Mnangagwa")
            owner = next((c for c in pobj.children if c.dep_ == "poss" and actorish(c)), None)
            if owner is not None:
                return owner  # "pledged full support for Seoul's efforts"
        found = [t for t in found if t not in objects]
        if not found:
            return None
    within = (_within_object(t, direct=t in objects) for t in found)
    inside = next((t for t in within if t is not None), None)
    if inside is not None:
        return inside
    if objects and not _children(verb, "auxpass", "nsubjpass"):
        # "attacked the decision by Britain's highest court": the parse hung the object's
        # "by" phrase on the active verb; its actor is whose decision it was
        for prep in _children(verb, "prep"):
            pobj = _pobj(prep) if prep.lower_ == "by" else None
            if pobj is not None and actorish(pobj):
                return pobj
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and depth < 2:
        # "wrote to the company's chief executive, threatening a lawsuit": a participle
        # that names what is done to no one is aimed at whom the verb it comments on is
        outer = _verb_recipient(verb.head, depth + 1)
        if outer is not None and actorish(outer):
            return outer
    return found[0]


def _names_party(head: Token) -> bool:
    """Whether a noun phrase (its head and the words before it, after any possessor) holds an
    actor's mention ("science body president", "two EU-based airlines"; not "President
    Obama's Affordable Care Act": a thing its owner's name is on)."""
    table = head.doc._.sitrep_actors if head.doc.has_extension("sitrep_actors") else None
    if table is None:
        return False
    owners = [c for c in head.children if c.dep_ == "poss" and c.i < head.i]
    start = head.doc[owners[-1].right_edge.i + 1] if owners else head.left_edge
    # (a place named on a thing is no party: "the Wye River land-for-security deal")
    return any(
        table.actors[a].kind != "place"
        for a in table.actors_in(start.idx, head.idx + len(head.text))
    )


def _actorish_pobj(prep: Token) -> bool:
    pobj = _pobj(prep)
    return pobj is not None and actorish(pobj)


def _summoned(verb: Token) -> Token | None:
    """The one called in for the act of a purpose infinitive ("summoned the Chinese
    ambassador to complain of unacceptable behaviour": France complained to the ambassador; a
    subject-controlled purpose clause, not "asked X to act", whose X acts)."""
    if verb.dep_ != "advcl" or verb.head.lower_ not in _SUMMONING:
        return None
    if not any(a.lower_ == "to" for a in _children(verb, "aux")):
        return None
    return next((o for o in _children(verb.head, "dobj") if actorish(o)), None)


_OWN_PEOPLE = OWN_FORCES | WITHDRAWN


def _own_force(obj: Token) -> bool:
    """The subject's own force or envoy ("withdraw its troops from X", "recalled its
    ambassador from Y"): no recipient."""
    return obj.text.lower() in _OWN_PEOPLE and (
        any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children)
        or obj.head.lower_ in _WITHDRAWING  # ("withdrew peacekeepers from Sinai")
        or obj.head.lower_ in _DISPATCHING  # ("sent 200 troops to Syria")
    )


def _subject_acts(subject: Token | None) -> bool:
    """A subject that can act: a pronoun, or a phrase with an actor at its head or before it
    ("Bosnian Serb units")."""
    return subject is not None and (
        subject.pos_ == "PRON"
        or any(actorish(t) for t in (*subject.lefts, subject))
        or _names_party(subject)  # ("Japan PM's office")
    )


def _within_object(obj: Token, *, direct: bool) -> Token | None:
    """The actor an object that is no actor stands for: its possessor ("support for Seoul's
    efforts"), the owner named in its compound ("stormed a police headquarters"), the agent of
    its participle ("dismissed the protest filed by X") or the object of its preposition
    ("rejected a request by Mr. Erdogan", "cancelled a visit to Washington", "rejected any
    cooperation with the ICC"). Any other object (of a preposition, a passive subject) gives
    only its author ("conceded to demands from the association")."""
    # (a direct object's "of" names whose it is: "withdraw the licences of Japanese banks")
    preps = (_OBJECT_RECIPIENT_PREPS | {"in", "of"}) if direct else _AUTHOR_PREPS
    if (
        not direct
        and obj.dep_ == "pobj"
        and obj.head.lower_ == "for"
        and not any(c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" for c in obj.children)
    ):
        # what is asked for: "asked for consultations with Tokyo", "called for talks with
        # the rebels": the partner it is asked with (not "calls for new Brazil talks with
        # banks": Brazil's talks, Brazil asked)
        preps = preps | {"with"}
    if (
        not direct
        and obj.dep_ == "pobj"
        and obj.head.lower_ in ("on", "against")
        and _children(obj.head.head, "dobj")
    ):
        # "imposed tariffs on 300 mln dlrs worth of Japanese television sets", "raise tariffs
        # on a range of Japanese products": the nationality of what a measure (the verb's
        # object) falls on (not "agreed on Spanish fishing quotas")
        owner = _nationality_of(obj)
        if owner is not None:
            return owner
    if direct and obj.lower_ in _GRANTABLE:
        # "reiterated its demand that US ease sanctions": the subject of the demand's
        # mandative clause is the one asked
        for clause in _children(obj, "acl", "ccomp"):
            if clause.tag_ == "VB" and any(m.lower_ == "that" for m in _children(clause, "mark")):
                asked = _children(clause, "nsubj")
                if asked and (actorish(asked[0]) or _names_party(asked[0])):
                    return asked[0]
    pronoun_owner: Token | None = None
    for child in obj.children:
        if not direct and child.dep_ != "prep":
            continue
        if child.dep_ == "poss" and child.tag_ == "PRP$" and actorish(child):
            # "lifted its blockade of Yemen": a possessive pronoun is mostly the subject's own
            # measure; the party the object's phrase names is the one aimed at (with none,
            # the owner is: "rejected their demands")
            pronoun_owner = pronoun_owner or child
            continue
        if child.dep_ in ("poss", "compound") and actorish(child):
            return child
        if child.dep_ == "acl":
            agent = next(
                (p for a in _children(child, "agent") if (p := _pobj(a)) is not None), None
            )
            if agent is not None and actorish(agent):
                return agent
        if child.dep_ == "prep" and child.text.lower() in preps:
            pobj = _pobj(child)
            topic = obj.lower_ in _TOPIC_NOUNS and child.lower_ in _TOPIC_PREPS
            if pobj is not None and (actorish(pobj) or _names_party(pobj)) and not topic:
                # ("share information on North Korea": a topic; "information on Iran's
                # programme" is asked of its owner, below; "positions of the powerful
                # Hezbollah militant group": the group the phrase names)
                return pobj
            if pobj is not None:
                deeper = next((c for c in pobj.children if c.dep_ == "poss" and actorish(c)), None)
                if deeper is None and direct:
                    # "threatened a ban on Danish pigmeat imports", "tariffs on Japanese goods":
                    # the nationality of what the measure falls on
                    deeper = _nationality_of(pobj)
                if deeper is not None:
                    return deeper
    return pronoun_owner


def _nationality_of(noun: Token) -> Token | None:
    """The nationality or state word modifying a noun or a noun after its "of" ("a range of
    Japanese products", "300 mln dlrs worth of Japanese sets"), two "of" phrases deep."""
    frontier = [noun]
    for _ in range(3):
        for tok in frontier:
            found = next(
                (
                    c
                    for c in tok.children
                    if c.dep_ in ("amod", "compound")
                    and c.ent_type_ in ("NORP", "GPE")
                    and actorish(c)
                ),
                None,
            )
            if found is not None:
                return found
        frontier = [
            obj
            for tok in frontier
            for prep in _children(tok, "prep")
            if prep.lower_ == "of" and (obj := _pobj(prep)) is not None
        ]
    return None


def actorish(tok: Token) -> bool:
    """A head an actor stands for: a named entity, or a mention in the actor table."""
    return tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or _table_actor(tok) is not None


def _table_actor(tok: Token, *, phrase: bool = False) -> Any:
    """The actors stage's record at a token (with ``phrase``, else at the noun phrase it heads:
    "Taliban fighters"), or None (no actor there, or no actor table)."""
    table = tok.doc._.sitrep_actors if tok.doc.has_extension("sitrep_actors") else None
    if table is None:
        return None
    end = tok.idx + len(tok.text)
    found = table.actor_at(tok.idx, end)
    if found is None and phrase:
        found = table.actor_at(min(t.idx for t in (*tok.lefts, tok) if t.dep_ != "det"), end)
    return table.actors.get(found) if found is not None else None


def light_governor(noun: Token) -> Token | None:
    """The light verb an event noun is the object of, or the object of its "in"/"on"
    ("held talks", "went on strike", "provided $2 million in assistance"), or a verb of
    taking part ("joined the strike", "participated in the protests")."""
    if noun.dep_ in ("dobj", "obj"):
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in ("in", "on"):
        verb = noun.head.head
        if verb.dep_ in ("dobj", "obj") and verb.pos_ in ("NOUN", "NUM"):
            verb = verb.head  # "provided [$2 million in assistance]"
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX") or verb.lower_ not in _LIGHT | _PARTICIPATE | CALLING:
        return None  # ("were on strike": the copula too; "joined the strike")
    if verb.lower_ in CALLING and any(c.dep_ == "prt" for c in verb.children):
        return None  # "called off the strike"
    return verb


def _noun_recipient(noun: Token, *, criticism: bool = False) -> Token | None:
    found = _own_noun_recipient(noun, criticism=criticism)
    if found is not None:
        return found
    light = light_governor(noun)
    if light is None:
        return None
    # "provided $2 million in assistance to Fiji": the light verb's recipient is the noun's
    for prep in _children(light, "prep", "dative"):
        if (
            prep.lower_ in _NOUN_RECIPIENT_PREPS or (criticism and prep.lower_ == "at")
        ) and prep.i != noun.head.i:
            obj = _party_pobj(prep)
            if obj is not None and obj.i != noun.i:
                return obj
    return None


def _own_noun_recipient(noun: Token, *, criticism: bool = False) -> Token | None:
    undergoes = possessor_undergoes(noun)
    if undergoes is not None:
        return undergoes  # "his arrest", "the hostages' release"
    if aimed_at_subject(noun):
        subj = _children(_through_quantity(noun).head, "nsubj")
        if subj:
            return subj[0]
    if _reporting_governor(noun) is not None and noun.head.dep_ in ("nsubj", "nsubjpass"):
        return noun.head  # the accused party: the subject of the reported clause
    # "calls for him to resign": the subject of a for-to clause is the one asked
    asked = [
        subj
        for clause in _children(noun, "advcl", "acl")
        if any(m.lower_ == "for" for m in _children(clause, "mark"))
        for subj in _children(clause, "nsubj")[:1]
    ]
    if asked:
        return asked[0]
    if mediating(noun):
        between = [
            obj
            for prep in _children(noun, "prep")
            if prep.lower_ == "between" and (obj := _pobj(prep)) is not None
        ]
        if between:
            return between[0]  # "a mediation effort between the KIO and the government"
    found = [
        obj
        for prep in _children(noun, "prep")
        # (criticism is aimed "at" someone: "a broadside at the chancellor"; talks "at" the
        # UN are held there)
        if (prep.text.lower() in _NOUN_RECIPIENT_PREPS or (criticism and prep.lower_ == "at"))
        and (obj := _party_pobj(prep)) is not None
        # "the withdrawal of troops from Iraq": the troops are the actor's
        and not (prep.text.lower() == "of" and obj.text.lower() in OWN_FORCES)
    ]
    for participle in _children(noun, "acl"):
        # "sanctions aimed at Japan", "measures directed against the rebels"
        if participle.lower_ in _AIMED:
            found += [
                obj
                for prep in _children(participle, "prep")
                if prep.lower_ in ("at", "against") and (obj := _pobj(prep)) is not None
            ]
    if not found:
        head = _through_quantity(noun)
        if head.dep_ in ("dobj", "obj") and head.head.lower_ in _FEND_OFF:
            verb = head.head
            # "foiled an attack on the embassy" (the parse hangs "on" on the verb), else the
            # subject: "Iraq repels an attack"
            aimed = [p for p in _children(verb, "prep") if p.lower_ in ("on", "against")]
            target = _pobj(aimed[0]) if aimed else None
            if target is not None:
                return target
            subjects = _children(verb, "nsubj")
            return subjects[0] if subjects else None
        return None
    actor = next((t for t in found if actorish(t)), None)
    if actor is not None:
        return actor  # "a suspension of aid to Pakistan"
    # "sanctions on Russia's banks": the owner named inside the first object
    inner = next(
        (c for c in found[0].children if c.dep_ in ("poss", "compound") and actorish(c)), None
    )
    return inner if inner is not None else found[0]


_REPORTING = word_set("reporting_verbs", cls=("say", "accuse"), pos="V")


def clause_tokens(trigger: Token, seg: Span) -> list[Token]:
    """The trigger's clause: its subtree without coordinated clauses (or, for an event noun,
    the noun phrase)."""
    drop: set[int] = set()
    if trigger.pos_ == "VERB":
        for child in trigger.children:
            if child.dep_ in ("conj", "cc", "advcl") or (
                child.dep_ == "nsubj" and child.i < trigger.i
            ):
                drop.update(t.i for t in child.subtree)
    return [t for t in trigger.subtree if t.i not in drop and _in(t, seg)]


_CLOSING = {".", ",", ";", ":", "!", "?", ")", "”", "’"}


def mark(trigger: Token, seg: Span, actor: Span | None, recipient: Span | None) -> str:
    """The marked text for the classifier: clause + argument spans, in text order."""
    toks = {t.i: t for t in clause_tokens(trigger, seg)}
    for span in (actor, recipient):
        if span is not None:
            toks.update((t.i, t) for t in span)
    parts: list[str] = []
    prev = None
    for i in sorted(toks):
        tok = toks[i]
        if tok.is_space:
            continue
        if actor is not None and i == actor.start:
            parts.append(" <s>" if parts else "<s>")
        elif recipient is not None and i == recipient.start:
            parts.append(" <t>" if parts else "<t>")
        elif (
            parts
            and (prev is None or prev.whitespace_ or i != prev.i + 1)
            and tok.text not in _CLOSING
        ):
            parts.append(" ")
        parts.append(tok.text)
        if actor is not None and i == actor.end - 1:
            parts.append("</s>")
        if recipient is not None and i == recipient.end - 1:
            parts.append("</t>")
        prev = tok
    text = "".join(parts).replace("  ", " ").strip()
    return text


def _verbal_attack(
    trigger: Token,
    lex: LexEntry,
    recip_head: Token | None,
    *,
    armed: bool = False,
    headline: bool = False,
) -> bool:
    """Whether an "attack" trigger is a verbal attack: aimed at a person or at a policy, a
    remark or a rival ("attacked the plan", "attacked Howard over his taxes", "attacked the
    Koch brothers", "attacked Romney's work", "Clinton's attacks on Trump"), or said about
    something ("attacked X for ..."). An armed attacker's attack is verbal only when aimed at
    a person ("rebels attacked government positions" is physical). A headline's passive
    attack "on" something is verbal ("Labour attacked on Howard poster")."""
    if lex.event != "ASSAULT" or not trigger.text.lower().startswith(("attack", "blast")):
        return False  # ("Blair blasts Tory spending plans": a headline's verbal attack)
    if headline and any(c.dep_ == "prep" and c.lower_ == "with" for c in trigger.children):
        return False  # "Kilroy-Silk attacked with slurry": a physical attack on a person
    if any(
        c.dep_ in ("compound", "amod", "nmod") and c.lower_ in _ATTACK_MARKS
        for c in trigger.children
    ):
        return False  # "the Iraqi missile attack on the frigate Stark": a weapon's attack
    if headline and any(
        c.dep_ == "prep"
        and c.lower_ == "on"
        and not any(o.ent_type_ in _WHEN_ENTS for o in c.children)
        for c in trigger.children
    ):
        return True  # a headline's "Straw attacked on China arms": attacked over a topic
    if (
        not armed
        and trigger.pos_ == "VERB"
        and any(c.dep_ == "prep" and c.text.lower() in _VERBAL_PREPS for c in trigger.children)
    ):
        return True
    # the target: the recipient read, and a verb's direct object ("attacked Romney's work at
    # Bain Capital": the work, not the firm)
    targets = [recip_head] if recip_head is not None else []
    targets += [c for c in trigger.children if c.dep_ == "dobj" and c is not recip_head]
    # and what an attack noun is "on" ("dismissed the Tory attack on his budget": the
    # recipient read is the one who dismissed it)
    if trigger.pos_ != "VERB":
        targets += [
            obj
            for prep in trigger.children
            if prep.dep_ == "prep" and prep.text.lower() in ("on", "against")
            for obj in prep.children
            if obj.dep_ == "pobj"
        ]
    return any(_verbal_target(t, words=not armed) for t in targets)


def _someone_to_act(verb: Token, complements: tuple[str, ...]) -> bool:
    """Whether a verb has someone as its object and an infinitive of what they are to do
    ("told ministries to curb spending", "warned Mr Brown not to be tempted")."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "dobj" for c in verb.children):
        return False
    return any(
        c.dep_ in complements and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
        for c in verb.children
    )


# verbs of ordering: with someone and what they are to do, a REQUEST whatever else they mean
# ("ordered officials to speed up": an order, PLOVER REQUEST, not the COERCE of "ordered the
# arrest of")
_ORDERING = ("order", "instruct", "direct")


_UNLAWFUL = word_set("event_arguments", cls="unlawful")
_RULING = frozenset({"rule", "rules", "ruled", "ruling"})


def _ruled_unlawful(verb: Token) -> bool:
    """A verb of ruling whose clause finds something unlawful ("ruled that the detention was
    unlawful", "ruled the ban illegal")."""
    if verb.lower_ not in _RULING:
        return False
    for c in verb.children:
        if c.dep_ in ("oprd", "acomp", "ccomp") and c.lower_ in _UNLAWFUL:
            return True  # ("ruled the ban illegal": the parse may make the adjective a clause)
        if c.dep_ == "ccomp" and any(
            g.dep_ in ("acomp", "oprd", "attr") and g.lower_ in _UNLAWFUL for g in c.children
        ):
            return True
    return False


def _forces_ordered(verb: Token) -> bool:
    """Whether an order goes to armed forces or police ("ordered British troops to march into
    the streets"): their commander's act (MOBILIZE, ASSAULT, COERCE), not a request."""
    return any(
        c.dep_ == "dobj"
        and (found := _table_actor(c, phrase=True)) is not None
        and found.sector in ("MIL", "COP")
        for c in verb.children
    )


def _told_to_act(verb: Token) -> bool:
    """A verb of telling or ordering with someone told and what to do ("told ministries to
    curb spending", "told the army not to fire", "ordered officials to speed up the
    relaxation", "instructed the party to draw up plans")."""
    return verb.lower_.startswith(
        ("tell", "told", "order", "instruct", "direct")
    ) and _someone_to_act(verb, ("xcomp",))


def _warned_to_act(verb: Token) -> bool:
    """A verb of warning with someone warned and what they should (not) do ("warned Mr Brown
    not to be tempted", "cautioned ministers to wait"): advice or a demand, PLOVER REQUEST
    (guideline section 3), not a threat of the speaker's own."""
    return verb.lower_ in _WARNING and _someone_to_act(verb, ("xcomp", "ccomp"))


def _warned_of_consequences(verb: Token) -> bool:
    """A verb of warning with someone warned and what their course would bring about, not
    the speaker's own act ("Reagan warned Congress that such action would undercut his
    ability to negotiate"): advice against that course, PLOVER REQUEST (guideline section 3:
    warnings are THREATEN only with a repercussion of the speaker's own; a pronoun subject
    may be the speaker's side or the one warned, and an actor of the speaker's country or
    one with the speaker unknown is the speaker's side: both stay a threat)."""
    if verb.pos_ != "VERB" or verb.lower_ not in _WARNING:
        return False
    if not any(c.dep_ == "dobj" for c in verb.children):
        return False
    content = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if content is None or not any(
        a.dep_ == "aux" and a.lower_ in _CONSEQUENCE_MODALS for a in content.children
    ):
        return False
    subject = next((c for c in content.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.dep_ != "nsubj":
        return False
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children):
        return False  # "his government would expel him": the speaker's side, a threat
    # "The Kremlin warned Kiev that Russia would retaliate": the speaker's side acts, a threat
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    theirs, ours = (
        _table_actor(subject, phrase=True),
        (_table_actor(speaker, phrase=True) if speaker is not None else None),
    )
    return not (theirs is not None and (ours is None or theirs.country == ours.country))


def _warned_against(verb: Token) -> bool:
    """A verb of warning with someone warned and a danger "against" or "about" ("warned both
    parties against pandering to prejudice", "warned Mr Blair and Mr Brown about the dangers
    of disunity"): an admonition (PLOVER ACCUSE: disapprove), no threat of the speaker's own
    act (which a warning "of" retaliation or a clause of it is)."""
    if verb.pos_ != "VERB" or verb.lower_ not in _WARNING:
        return False
    if not any(c.dep_ == "dobj" for c in verb.children):
        return False
    if any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return False
    # (the parse may hang the phrase on the one warned: "warned Mr Blair and Mr Brown about")
    warned = [o for d in verb.children if d.dep_ == "dobj" for o in (d, *d.conjuncts)]
    return any(
        c.dep_ == "prep" and c.lower_ in ("against", "about", "over")
        for t in (verb, *warned)
        for c in t.children
    )


def _warned_of_a_state(verb: Token) -> bool:
    """A verb of warning whose content is a state of things ("He warned the Abstentions Party
    was the real challenge to Labour"): an assessment, no threat and no event."""
    if verb.pos_ != "VERB" or verb.lower_ not in _WARNING:
        return False
    content = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if content is None or content.lower_ not in _COPULA:
        return False
    return not any(c.dep_ == "aux" for c in content.children)


# forms of "be" (the pipeline's lemmas are not relied on)
_COPULA = {"is", "are", "was", "were", "be", "been", "'s"}


def _armed(head: Token | None) -> bool:
    """An actor that fights (rebels, armed forces, police, gunmen, criminals, spies): its
    attack is physical whatever it is aimed at."""
    actor = _table_actor(head, phrase=True) if head is not None else None
    return actor is not None and actor.sector in _ARMED_SECTORS


def _verbal_target(head: Token, *, words: bool = True) -> bool:
    """A target a physical attack does not have: a person (by the NER or the actor table:
    "Trump" tagged ORG), a policy or remark or a political party (``words``), something a
    person owns ("Romney's work")."""
    if _person(head) or (words and head.text.lower() in _VERBAL_TARGETS):
        return True
    if words and _quoted(head):
        return True  # "UKIP MEP attacked German 'empire'": a word quoted is someone's remark
    if words and (party := _table_actor(head, phrase=True)) is not None and party.sector == "PTY":
        return True  # "attacking the party he once wanted to lead": a rival, not a target
    return any(_person(c) and c.dep_ in ("compound", "poss") for c in head.children)


#: Quote marks, straight and curly (one token each in spaCy's reading).
QUOTE_MARKS = frozenset("'\"‘’“”")


def _quoted(tok: Token) -> bool:
    """A word set off by quotation marks on both sides ("'empire'")."""
    doc = tok.doc
    return (
        0 < tok.i < len(doc) - 1
        and doc[tok.i - 1].text in QUOTE_MARKS
        and doc[tok.i + 1].text in QUOTE_MARKS
    )


def _person(tok: Token) -> bool:
    """A named person: tagged so, or a proper name the actor table reads as a person."""
    if tok.ent_type_ == "PERSON":
        return True
    if tok.pos_ != "PROPN" or tok.ent_type_ in ("GPE", "NORP", "LOC"):
        return False  # ("an attack on a Kuwaiti ship": a nationality, in whatever record)
    actor = _table_actor(tok)
    return actor is not None and actor.kind == "person"


def _speech_content(verb: Token) -> Token | None:
    """The root of a reporting verb's clause of content."""
    content = next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis")), None)
    if content is None and verb.dep_ in ("parataxis", "ccomp") and verb.head.i < verb.i:
        content = verb.head  # '"...," Axelrod said': the quote's root governs the verb
    return content


def _speech_candidate(verb: Token, seg: Span) -> Candidate | None:
    """A reporting verb with a speaker and a clause of content, as a possible accusation: the
    speaker is the actor, the subject of the content (when it is a name or a noun, not a
    pronoun) the recipient."""
    speaker = _verb_subject(verb, seg)
    if speaker is None or not _in(speaker, seg) or speaker.text.lower() in _NON_AGENTS:
        return None
    content = _speech_content(verb)
    if content is None:
        return None
    actor = arg_span(speaker, seg)
    target = next(
        (
            c
            for c in content.children
            if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("PROPN", "NOUN")
        ),
        None,
    )
    recipient = arg_span(target, seg) if target is not None and _in(target, seg) else None
    if recipient is not None and recipient.start < actor.end and actor.start < recipient.end:
        recipient = None
    return Candidate(verb, seg, actor, recipient, mark(verb, seg, actor, recipient), None, True)


#: What is rejected as untrue, not as unwanted: "rejected the claims", "rejected newspaper
#: speculation that ..." (not "rejected the idea of quotas", "rejected suggestions for talks":
#: proposals).
_FACT_CLAIMS = _CLAIM_NOUNS - {
    "idea", "notion", "suggestion", "suggestions", "version", "account",
    "it", "that", "them", "this",
}  # fmt: skip
#: Modals that make a claim a demand ("the claim that there should be a legal presumption").
_OUGHT = frozenset({"should", "must", "ought"})


def _rejects_a_claim(verb: Token) -> bool:
    """Whether "reject" denies something said (guideline: denying a claim is no event of its
    own) rather than refusing something asked for or offered."""
    return any(
        c.dep_ == "dobj"
        and c.lower_ in _FACT_CLAIMS
        and not any(t.lower_ in _OUGHT for t in c.subtree)
        for c in verb.children
    )


def _denies_a_claim(verb: Token) -> bool:
    """Whether a verb of denying denies something said or a state of affairs (a claim, a
    report, a clause of content, "denied Mr Yeo said", "denies split over ID cards") rather
    than refusing something asked for or granted ("was denied defector status", "denied
    entry to a journalist", "dismissed the proposal") or someone ("dismissed the
    minister")."""
    for child in verb.children:
        if child.dep_ == "ccomp" or (child.dep_ == "xcomp" and verb.lower_ in _DENY):
            return True  # (also "denied launching the attack": the attack is denied)
    head = verb.head
    if (
        verb.dep_ == "ccomp"
        and head.i > verb.i
        and head.lower_ in _SPEECH
        and not any(c.dep_ == "nsubj" for c in head.children)
    ):
        return True  # "denied Mr Yeo, his spokesman, said the plans 'stink'" (inverted)
    for child in verb.children:
        if child.dep_ not in ("dobj", "nsubjpass"):
            continue
        low = child.lower_
        if low in _CLAIM_NOUNS:
            return True
        if low in _GRANTABLE or actorish(child) or child.pos_ in ("PRON", "PROPN"):
            return False
        # "denies split over ID cards": a state of affairs denied (dismissing or refuting
        # a thing is left to the classifier: "refuted Trump's comments" is criticism,
        # "dismissed the electoral protest" a refusal)
        return child.pos_ == "NOUN" and verb.lower_ in _DENY
    if verb.lower_ in _DENY and not any(c.dep_ in ("dobj", "dative") for c in verb.children):
        # a headline's passive with its auxiliary left out ("Brown's poll campaign move
        # denied"): the subject is what is denied, a claim or an act unless it was asked for
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ == "NOUN" and not actorish(subject):
            return subject.lower_ not in _GRANTABLE
    return False


def _label_candidate(verb: Token, seg: Span) -> Candidate | None:
    """A verb of saying that labels its object harshly ("described the plan as 'absurd'"):
    its subject accuses the object (:func:`sitrep.events.criticism.harsh_label`)."""
    if harsh_label(verb) is None:
        return None
    subject = _verb_subject(verb, seg)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if subject is None or obj is None or not (_in(subject, seg) and _in(obj, seg)):
        return None
    actor, recipient = arg_span(subject, seg), arg_span(obj, seg)
    return Candidate(verb, seg, actor, recipient, mark(verb, seg, actor, recipient), None)


#: what a source asks or declines to be: unnamed ("asked not to be named", "declined to be
#: identified"): the reporting frame, no request or refusal (issue 13)
_NAMING = frozenset({"named", "identified", "quoted", "cited", "disclosed"})


def _anonymity(verb: Token) -> bool:
    """Whether a verb asks or declines for its subject to go unnamed ("who asked not to be
    named", "declined to be identified")."""
    return any(
        c.dep_ == "xcomp" and c.lower_ in _NAMING and any(a.dep_ == "auxpass" for a in c.children)
        for c in verb.children
    )


def _no_act(verb: Token, low: str) -> bool:
    """A verb that names no act here: a rally verb with people as object (campaigning), an
    infinitive of purpose ("designed to appeal to voters"), a fight over an election, an attack
    on a social ill ("attacking ignorance"), a question ("was asked about the article")."""
    if verb.dep_ == "xcomp" and verb.head.lower_ in _PURPOSE:
        return True
    if _anonymity(verb):
        return True  # "an official, who asked not to be named, said": the reporting frame
    if low in _ASSESS:
        return True  # "posing a greater threat": an assessment of risk, no threat made
    if any(o.lower_ in _PRESS for o in _spoken_to(verb)):
        return True  # "speaking to reporters after talks": the reporting frame
    if low in _MOBILIZING and moves_no_force(verb):
        return True  # "deploys an array of tactics": no force is moved
    if low in _RALLY:
        # (people rallied: "rallied outside parliament" may parse as an object)
        return any(c.dep_ in ("dobj", "obj") and c.tag_ in ("NNS", "NNPS") for c in verb.children)
    if low.startswith("ask"):
        # "was asked about the article", "asked whether he would run", "asking Mr Finegold if
        # he is ...": a question
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        after = obj.right_edge.i + 1 if obj is not None else len(verb.doc)
        if after < len(verb.doc) and verb.doc[after].lower_ in _QUESTION:
            return True
        return not any(c.dep_ == "xcomp" for c in verb.children) and any(
            (c.dep_ == "prep" and c.lower_ in _QUESTION)
            or (c.dep_ == "ccomp" and any(g.lower_ in _QUESTION for g in c.children if g.i < c.i))
            for c in verb.children
        )
    # ("is to contest the Derbyshire seat": standing for election, as fighting one is)
    fight = low.startswith(("fight", "fought", "battl", "contest"))
    if not (fight or low.startswith(("attack", "combat", "tackl"))):
        return False
    ills = _SOCIAL_ILL | _CONTEST if fight else _SOCIAL_ILL
    return any(
        t.lower_ in ills
        for c in verb.children
        for t in ([c] if c.dep_ in ("dobj", "obj") else c.children if c.dep_ == "prep" else [])
        if t.dep_ in ("dobj", "obj", "pobj")
    )


def moves_no_force(verb: Token) -> bool:
    """Whether a verb's direct object is something other than armed force or a place it is
    moved on ("deploys an array of tactics", "to raise funds"; not "surrounded the building"):
    then it mobilises nothing (PLOVER MOBILIZE moves forces)."""
    return any(
        c.dep_ in ("dobj", "obj")
        and c.pos_ == "NOUN"
        and not _force(c)
        and c.lower_ not in PEACEKEEPING  # ("deployed election observers": people moved)
        and c.lower_ not in PLACE_NOUNS
        and c.ent_type_ not in ("GPE", "LOC", "FAC")
        for c in verb.children
    )


def _force(obj: Token) -> bool:
    """An object that is (or is made of) armed force: "troops", "an array of warships"."""
    return (
        obj.lower_ in OWN_FORCES
        or actorish(obj)
        or any(t.lower_ in OWN_FORCES for t in obj.subtree if t.dep_ == "pobj")
    )


def _asked_party(verb: Token) -> Token | None:
    """The party a verb of wanting asks to act, when it names one: the subject of its clause
    ("the unions want the government to withdraw the regulations") or its object before an
    infinitive ("wants Britain to take its share"); None for a thing ("wants the law to
    change"), no one, or a state wished for ("want Norwich to be the nightspot")."""
    if verb.pos_ != "VERB" or verb.lower_ not in _DESIRE:
        return None
    for c in verb.children:
        if (
            c.dep_ not in ("ccomp", "xcomp")
            or c.lower_ in _WISHED_STATE
            or not any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
        ):
            continue  # (wanting someone to be or know something asks no act: a wish)
        subject = next((g for g in c.children if g.dep_ == "nsubj"), None)
        if subject is None and c.dep_ == "xcomp":
            subject = next((o for o in verb.children if o.dep_ == "dobj"), None)
        if subject is not None and subject.lower_ not in _NOT_ASKED and actorish(subject):
            return subject
    return None


def _asks_someone(verb: Token) -> bool:
    """Whether a verb of wanting or needing asks someone to act: a clause of its own with a
    subject ("wants pubs and clubs to pay", "we need Germany to act")."""
    return any(
        c.dep_ in ("ccomp", "xcomp") and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        for c in verb.children
    )


def _violent_cause(verb: Token, lexicon: TriggerLexicon) -> bool:
    """Whether a death verb's clause names violence as its cause ("died as a result of
    torture"): a noun of violence in its prepositional phrases that is no trigger of its own
    ("died in the shelling" is the shelling's event)."""
    found = False
    for prep in verb.children:
        if prep.dep_ not in ("prep", "agent"):
            continue
        for tok in prep.subtree:
            if tok.pos_ != "NOUN":
                continue
            low = tok.text.lower()
            if lexicon.entries.get((low, "NOUN")) is not None:
                return False  # the noun is the event
            found = found or low in _VIOLENT_CAUSE
    return found


def _hazard(tok: Token) -> bool:
    """A natural or accidental cause, which cannot act politically ("hailstorms", "the
    earthquake"); an explosion or a blast only when nothing makes it an attack ("a bomb blast"
    is one: guideline section 3)."""
    low = tok.lower_
    if low in _NON_AGENTS:
        return True
    if low in _ACCIDENTAL:
        return not any(
            c.lower_ in _ATTACK_MARKS for c in tok.subtree if c.i < tok.i or c.dep_ == "prep"
        )
    return False


def _hazard_clause(verb: Token) -> bool:
    """A verb without an agent whose clause names a natural or accidental cause: "were killed
    in an explosion at the plant", "after a dam collapsed", "the fire, in which one worker was
    killed". Coordinated verbs share the cause ("were killed and 22 are missing after a dam
    collapsed", "a fire that burned for hours and killed one miner"), and a verb of an
    accident is such a cause for the verbs coordinated with it ("the vessel sank off the coast
    and one of its crew was killed")."""
    return any(
        _hazard_in(v) or (v.i != verb.i and v.lower_ in _HAZARD_VERBS)
        for v in (verb, *verb.conjuncts)
    )


def _hazard_in(verb: Token) -> bool:
    for child in verb.children:
        if child.dep_ in ("prep", "agent"):
            if any(_hazard(t) for p in _children(child, "pobj") for t in (p, *p.conjuncts)):
                return True
            if any(  # "after a dam collapsed"
                _hazard(s) or c.lower_ in _HAZARD_VERBS
                for c in _children(child, "pcomp")
                for s in (*_children(c, "nsubj"), c)
            ):
                return True
        if child.dep_ == "advcl" and (
            child.lower_ in _HAZARD_VERBS or any(_hazard(s) for s in _children(child, "nsubj"))
        ):
            return True
    if verb.dep_ == "relcl":
        head = verb.head
        return any(_hazard(t) for t in (head, *head.conjuncts))
    return False


#: Determiners that make an event noun refer back to an event already reported ("the raid").
_DEFINITE = {"the", "this", "that", "these", "those"}


def event_anaphors(doc: Doc, *, lexicon: TriggerLexicon) -> list[tuple[Token, Span, LexEntry]]:
    """Event nouns that name an event reported before ("the raid took place off the coast",
    "Monday's attack", "the talks were held under ..."): a noun of a strong nominal trigger
    entry with a definite determiner or a date as possessor, with its segment and entry. The
    events stage makes each a further mention of the latest earlier event of its type
    (:func:`sitrep.events.mentions.with_anaphors`); one with no such event stays no event."""
    out: list[tuple[Token, Span, LexEntry]] = []
    for seg in segments(doc):
        for tok in seg:
            if tok.pos_ not in ("NOUN", "PROPN"):
                continue
            lex = lexicon.lookup(tok)
            if lex is None or lex.pos != "NOUN" or not lex.strong:
                continue
            if any(
                (c.dep_ == "det" and c.lower_ in _DEFINITE)
                or (c.dep_ == "poss" and c.ent_type_ in _WHEN_ENTS)
                for c in tok.children
            ):
                out.append((tok, seg, lex))
    return out


#: Marks that end a sentence of running text (a headline has none).
_SENTENCE_END = {".", "!", "?", '"', "\u201d", "'"}


def _headline_passive(verb: Token, seg: Span) -> bool:
    """A past participle heading a headline with its subject and no object or auxiliary
    ("Straw attacked on China arms"), or on the headline's head noun ("Former executives
    arrested in Japan"): headlines drop the "is" of the passive, and an active headline is in
    the present ("Rebels attack town")."""
    if verb.tag_ not in ("VBN", "VBD") or len(seg) > 14:
        return False
    if _children(verb, "aux", "auxpass", "dobj", "obj", "nsubjpass"):
        return False
    if verb.dep_ == "acl":
        # "Former gold firm executives arrested in Japan": the participle on the headline's
        # head noun, the parse's reading of the same dropped "were"
        if not (_reduced_passive(verb) and verb.head.dep_ == "ROOT"):
            return False
    elif verb.dep_ != "ROOT" or not _children(verb, "nsubj"):
        return False
    words = [t for t in seg if not t.is_space]
    return bool(words) and words[-1].text not in _SENTENCE_END


#: Prepositions heading an adjunct of time or concession whose understood subject is the
#: clause's ("despite being arrested", "after being freed"; not "prevented from being
#: deployed", a complement).
_ADJUNCT_PREPS = frozenset({"despite", "after", "before", "following", "upon", "since"})


def _reduced_passive(verb: Token) -> bool:
    """A past participle on the noun before it, with no subject of its own ("people arrested
    during the riots", "a soldier killed by rebels"): a reduced passive relative clause."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.head.pos_ in ("NOUN", "PROPN")
        and verb.head.i < verb.i
        and not _children(verb, "nsubj", "nsubjpass", "dobj", "obj")
    )


def _by_agent(verb: Token) -> Token | None:
    """The agent of a passive: the object of its "by" ("a soldier killed by rebels")."""
    return next(
        (
            o
            for p in _children(verb, "prep", "agent")
            if p.lower_ == "by"
            if (o := _pobj(p)) is not None
        ),
        None,
    )


def _takes_part_in_event(
    verb: Token, lexicon: TriggerLexicon, *, protest_only: bool = False
) -> bool:
    """A verb of taking part whose object is an event noun ("joined the strike"; with
    ``protest_only``, a PROTEST noun: "miners call general strike")."""
    if any(c.dep_ == "prt" for c in verb.children):
        return False  # "called off the strike": a retreat of its own
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        objs += [c for c in prep.children if c.dep_ == "pobj"]
    for obj in objs:
        lex = lexicon.lookup(obj)
        if lex is not None and lex.pos == "NOUN" and (lex.event == "PROTEST" or not protest_only):
            return True
    return False


def _striking_people(verb: Token) -> Token | None:
    """The plural noun right after "striking" parsed as a verb ("by striking civil servants"):
    the strikers, when the verb has no subject of its own."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None or obj.tag_ != "NNS" or obj.left_edge.i != verb.i + 1:
        return None
    return obj


def _spoken_to(verb: Token) -> list[Token]:
    """Whom a verb of speaking addresses: its object ("told a meeting", "addressed a rally")
    or the object of its "to" ("spoke to a conference", "speaking to reporters")."""
    if verb.pos_ != "VERB" or verb.lower_ not in _AUDIENCE:
        return []
    out = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    out += [o for p in _children(verb, "prep") if p.lower_ == "to" for o in _children(p, "pobj")]
    return out


def _audience(noun: Token) -> bool:
    """Whether an event noun is the audience of a verb of speaking ("told a meeting of the
    ruling Golkar party", "addressed a rally", "spoke to a conference"): no event of the
    speaker's (guideline section 1: the reporting frame)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return noun in _spoken_to(verb)


def _poll_finding(tok: Token) -> bool:
    """Whether a word stands in what a poll, a survey or a study finds ("A poll suggests
    two-thirds of Britons support the couple's decision"): a statistic, no event."""
    for _ in range(3):
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _FINDINGS for c in tok.children):
            return True
        if tok.dep_ not in ("ccomp", "xcomp", "conj") or tok.head is tok:
            return False
        tok = tok.head
    return False


def _answers_request(verb: Token) -> bool:
    """ "respond to a request from Haaretz": answering what was asked (refusing it rejects
    the request, PLOVER REJECT), not speaking to the press."""
    return any(
        p.dep_ == "prep"
        and p.lower_ == "to"
        and (o := _pobj(p)) is not None
        and o.lower_ in _GRANTABLE
        for p in verb.children
    )


def _declines_to_speak(verb: Token) -> bool:
    """A refusal whose complement is speaking ("declined to comment", "would not discuss")."""
    low = verb.text.lower()
    if any(c.dep_ == "neg" for c in verb.children) and low in _NO_COMMENT:
        return True  # "would not discuss reports" (the pipeline has no lemmatizer: base forms)
    if not low.startswith(("declin", "refus")):
        return False
    if any(c.dep_ == "dobj" and c.lower_ in ("comment", "comments") for c in verb.children):
        return True  # "declined comment on the decision" (guideline: no one's call refused)
    return any(
        c.dep_ == "xcomp"
        and (
            (
                c.text.lower() in _NO_COMMENT
                and not _answers_request(c)
                # ("refusing to discuss a draft budget": a measure refused, not a comment)
                and not any(o.dep_ == "dobj" and o.lower_ in _MEASURES for o in c.children)
            )
            # "declined to give her view of Mr Kilroy-Silk": an opinion withheld (not
            # "refused repeated requests ... to give its view": the requests are refused)
            or (
                not _children(verb, "dobj")
                and any(o.dep_ == "dobj" and o.lower_ in _VIEWS for o in c.children)
                # (not "refused to give his view to the inquiry": refused someone)
                and not any(p.dep_ == "prep" and p.lower_ == "to" for p in c.children)
            )
        )
        for c in verb.children
    )


def _opened_inquiry(noun: Token) -> bool:
    """An investigation the sentence opens or conducts: the object of a verb ("launched a
    probe", "ordered an inquiry") or one with what it looks into ("an investigation into the
    killing", "a probe of the approval")."""
    if noun.dep_ in ("dobj", "obj") and noun.head.pos_ == "VERB":
        return True
    return any(
        c.dep_ == "prep" and c.lower_ in ("into", "of", "over", "against") for c in noun.children
    )


def _aimed_at_act(verb: Token, lex: LexEntry) -> bool:
    """A yielding verb with its object ("end the strike", "lift sanctions") as the goal of a
    noun ("talks to end the strike", "aimed at ending the war") or of a purpose clause."""
    if verb.pos_ != "VERB" or lex.event not in ("CONCEDE", "RETREAT"):
        return False
    if verb.dep_ in ("acl", "pcomp"):
        return True
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def find_candidates(doc: Doc, *, lexicon: TriggerLexicon) -> list[Candidate]:
    """All candidate events of a parsed document, in text order, one per trigger token."""
    out: list[Candidate] = []
    for seg in segments(doc):
        for tok in seg:
            lex = lexicon.lookup(tok)
            if lex is not None and " " in lex.form and _aimed_at_act(tok, lex):
                # "talks to end the strike", "a plan aimed at lifting sanctions": the yielding
                # is what the talks or the plan are for, not done; the classifier reads it
                lex = None
            low = tok.text.lower()
            actor_head: Token | None = None
            headline = False  # a headline's passive verb ("Straw attacked on China arms")
            recip_head: Token | None = None
            if tok.pos_ == "VERB" and tok.tag_ != "MD":
                if low in _PATIENT_SUBJECT:
                    # "Sarah Brady died": no agent acts; "died as a result of torture": the
                    # subject is the victim of an ASSAULT by someone unnamed
                    victim = _verb_subject(tok, seg)
                    if victim is None or not _in(victim, seg) or not _violent_cause(tok, lexicon):
                        continue
                    victims = arg_span(victim, seg)
                    out.append(
                        Candidate(tok, seg, None, victims, mark(tok, seg, None, victims), lex)
                    )
                    continue
                asked = _asked_party(tok) if lex is None else None
                if lex is None and _ruled_unlawful(tok):
                    # "the Law Lords ruled that the detention was unlawful": a court's
                    # verdict without prison (guideline section 3, PLOVER SANCTION)
                    verdict = lexicon.entries.get(("sanctioned", "VERB"))
                    lex = dataclasses.replace(verdict, strong=True) if verdict else None
                if asked is not None:
                    # "the unions want the government to withdraw the regulations": a demand
                    # on someone else, PLOVER REQUEST (guideline section 3), whatever light
                    # use the verb has elsewhere ("wanted an inquiry": the noun's event)
                    lex = lexicon.entries.get(("urged", "VERB"))
                elif (
                    (lex is None and low in _SPEECH)
                    or (low.startswith(_ORDERING) and not _forces_ordered(tok))
                ) and _told_to_act(tok):
                    # "Gandhi told ministries to curb spending": an order, PLOVER REQUEST
                    # (guideline section 3: "ordering"), not the report of a statement
                    lex = lexicon.entries.get(("urged", "VERB"))
                elif lex is None and low in _SPEECH:
                    said = _speech_candidate(tok, seg) or _label_candidate(tok, seg)
                    if said is not None:
                        out.append(said)
                    continue
                if (
                    lex is None
                    and low in _TRANSFER
                    and _hands_over_material(tok)
                    and not any(
                        (e := lexicon.lookup(t)) is not None and e.event == "AID"
                        for t in tok.subtree
                        if t.pos_ == "NOUN"
                    )  # ("provided $2 million in assistance": the noun is the trigger)
                ):
                    # "gave $2 million to Nigeria", "handed over medical equipment to the
                    # ministry": aid (PLOVER manual, AID), whatever light use the verb has
                    lex = lexicon.entries.get(("aid", "VERB"))
                if lex is None and (
                    low in _LIGHT
                    or low in _UNDERGO
                    or low in _CAUSAL
                    or not lexicon.is_event_verb(tok)
                ):
                    continue  # ("faces charges": the charges are the event, not the facing)
                if (
                    tok.dep_ in ("csubj", "csubjpass")
                    and tok.tag_ == "VBG"
                    and not any(c.dep_ in ("nsubj", "poss") for c in tok.children)
                ):
                    continue  # "detaining suspects without trial breaks the law": generic
                if (low in _PARTICIPATE or low in CALLING) and _takes_part_in_event(
                    tok, lexicon, protest_only=low in CALLING
                ):
                    continue  # "joined the strike": the strike is the event
                if low == "striking" and _striking_people(tok) is not None:
                    # "pickets were held by striking civil servants": the parse made the
                    # adjective a verb; the people on strike protest
                    strikers = arg_span(_striking_people(tok), seg)  # type: ignore[arg-type]
                    strike = lexicon.entries.get(("strike", "NOUN"))
                    # (sure of it: the noun's entry is weak only against "air strike")
                    lex = dataclasses.replace(strike, strong=True) if strike else lex
                    out.append(
                        Candidate(tok, seg, strikers, None, mark(tok, seg, strikers, None), lex)
                    )
                    continue
                if (low in _DENYING and _denies_a_claim(tok)) or (
                    low in _REJECTING and _rejects_a_claim(tok)
                ):
                    # "denied a claim that he was paid", "rejected newspaper speculation that
                    # ...": a stance on something said, no REJECT (guideline, Is it an event)
                    continue
                if low in _DESIRE and not _asks_someone(tok):
                    continue  # "the party needs him": an opinion, not a demand
                if _no_act(tok, low):
                    continue  # "rallies voters", "designed to appeal", "fight the election"
                # (on the head noun, only a sure trigger: "minister delayed for talks" is no act)
                headline = _headline_passive(tok, seg) and (
                    tok.dep_ != "acl" or (lex is not None and lex.strong)
                )
                if headline or (
                    _reduced_passive(tok)
                    and lex is not None
                    and lex.strong
                    and (actorish(tok.head) or _table_actor(tok.head, phrase=True) is not None)
                ):
                    # a passive whose "is"/"was" is dropped: a headline's ("Straw attacked on
                    # China arms", "Former executives arrested in Japan") or a participle on an
                    # actor noun ("500 people arrested during the riots"); the subject or the
                    # noun was acted on, the "by" phrase acts
                    recip_head = tok.head if tok.dep_ == "acl" else _children(tok, "nsubj")[0]
                    actor_head = _by_agent(tok)
                else:
                    actor_head = _verb_subject(tok, seg)
                    if actor_head is not None and not _in(actor_head, seg):
                        # the parse's subject lies in another segment (a merged headline)
                        actor_head = _adjacent_np(tok, seg)
                    recip_head = _verb_recipient(tok)
                    if asked is not None and recip_head is None:
                        recip_head = asked
            elif tok.pos_ in ("NOUN", "PROPN") and lex is not None and lex.pos == "NOUN":
                if lex.strong and lex.mode == "investigate" and not _opened_inquiry(tok):
                    # "the inquiry famously settled on the theory", "since the investigation":
                    # an inquiry named again is no investigation opened; the classifier decides
                    lex = dataclasses.replace(lex, strong=False)
                actor_head = _noun_actor(tok, seg)
                recip_head = _noun_recipient(tok, criticism=lex.event == "ACCUSE")
            else:
                continue
            if actor_head is not None and _hazard(actor_head):
                continue
            if (
                tok.pos_ == "VERB"
                and actor_head is None
                and recip_head is not None
                and recip_head.i == tok.head.i
                and any(_hazard(t) for t in recip_head.lefts)
            ):
                # "FLOOD VICTIMS KILLED IN BANGLADESH": the victims' own phrase names the cause
                continue
            if tok.pos_ == "VERB" and actor_head is None and _hazard_clause(tok):
                continue  # "were killed after a dam collapsed", "a fire in which one was killed"
            actor = arg_span(actor_head, seg) if actor_head and _in(actor_head, seg) else None
            recipient = arg_span(recip_head, seg) if recip_head and _in(recip_head, seg) else None
            if (
                recipient is not None
                and actor is not None
                and (recipient.start < actor.end and actor.start < recipient.end)
            ):
                recipient = None
            if actor is None and recipient is None:
                continue
            if recipient is None and low in NEEDS_RECIPIENT:
                continue  # "the FAO has warned that ...": a prediction, not a threat
            if tok.pos_ == "VERB" and (
                _declines_to_speak(tok)
                or (
                    tok.dep_ == "xcomp"
                    and _declines_to_speak(tok.head)
                    and not any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)
                )
            ):
                # "declined to comment", "refused to discuss reports" (either verb; but
                # "refused to respond to a request" refuses the request)
                continue
            if _poll_finding(tok):
                continue  # "a poll suggests two-thirds of Britons support": a statistic
            if _audience(tok):
                continue  # "told a meeting of the ruling party": the speaker's audience
            verbal = lex is not None and _verbal_attack(
                tok,
                lex,
                recip_head,
                armed=_armed(actor_head),
                headline=headline,
            )
            if verbal:
                pos = "VERB" if tok.pos_ == "VERB" else "NOUN"
                lex = lexicon.entries.get(
                    ("criticised" if pos == "VERB" else "criticism", pos), lex
                )
            elif _warned_to_act(tok) or _warned_of_consequences(tok):
                lex = lexicon.entries.get(("urged", "VERB"), lex)
            elif _warned_against(tok):
                lex = lexicon.entries.get(("criticised", "VERB"), lex)
            elif _warned_of_a_state(tok):
                continue  # "warned the party was the real challenge": an assessment
            weak = (
                lex is None
                and tok.pos_ == "VERB"
                and lexicon.is_pattern_verb(tok)
                and not any(c.dep_ in ("dobj", "obj") for c in tok.children)
            )  # ("lifted a ban", "returned the artifacts": the object makes the pattern)
            if weak and (actor is None or recipient is None):
                continue  # a weak trigger needs both arguments ("the poll shows that ...")
            marked = mark(tok, seg, actor, recipient)
            out.append(Candidate(tok, seg, actor, recipient, marked, lex, verbal=verbal, weak=weak))
    # a report of an event the lexicon is sure of is that event's attribution, not an
    # accusation of its own ("Russia accused Ukraine, the Kremlin said"); criticism in other
    # words stays one ("X said the firms misled physicians": X accuses the firms)
    triggers = {c.trigger.i for c in out if not c.speech and c.lex is not None and c.lex.strong}
    # the object a verb's entry includes ("struck a deal") is no trigger of its own
    consumed = {
        obj.i
        for c in out
        if c.lex is not None and c.lex.pos == "VERB" and " " in c.lex.form
        for obj in c.trigger.children
        if obj.dep_ == "dobj" and c.lex.form.endswith(" " + obj.text.lower())
    }
    return [
        c
        for c in out
        if c.trigger.i not in consumed and (not c.speech or not _reports_event(c.trigger, triggers))
    ]


def speech_content(verb: Token) -> Span | None:
    """The words a reporting verb reports: its clause of content, or the quote before it
    ('"...," Axelrod said': up to the verb's own words)."""
    content = _speech_content(verb)
    if content is None:
        return None
    doc = verb.doc
    if content.i < verb.i and verb.dep_ in ("parataxis", "ccomp"):
        end = min([verb.i, *(t.i for t in verb.subtree)])
        return doc[content.left_edge.i : end]
    return doc[content.left_edge.i : content.right_edge.i + 1]


def _reports_event(verb: Token, triggers: set[int]) -> bool:
    span = speech_content(verb)
    return span is not None and any(t.i in triggers for t in span)


def on_legislation(trigger: Token) -> bool:
    """Whether a trigger acts on a bill or a part of one: its object ("backed the bill"), its
    passive subject ("the amendment was rejected") or what it is voted for or against."""
    aux = [c for c in trigger.children if c.dep_ == "auxpass"]
    if aux and not any(c.dep_ == "nsubjpass" for c in trigger.children):
        # "as a cross-party amendment was rejected": the parser hung the subject elsewhere
        before = trigger.doc[aux[0].i - 1] if aux[0].i > 0 else None
        if before is not None and before.lower_ in _LEGISLATION:
            return True
    for child in trigger.children:
        if child.dep_ in ("dobj", "nsubjpass") and child.lower_ in _LEGISLATION:
            return True
        if child.dep_ != "prep" or child.lower_ not in ("for", "against", "in"):
            continue
        for obj in _children(child, "pobj"):
            if obj.lower_ in _LEGISLATION:
                return True
            # "voted in favour of the bill"
            if any(
                o.lower_ in _LEGISLATION
                for p in _children(obj, "prep")
                if p.lower_ == "of"
                for o in _children(p, "pobj")
            ):
                return True
    return False
