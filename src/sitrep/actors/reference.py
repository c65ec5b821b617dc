"""Reference resolution: which named actor a pronoun, short name or title stands for.

The actors stage is the only reader of this module: it registers every named mention it
finds (:meth:`References.note`) and then asks for

- short names: "Wang" after "Wang Yi", "Mrs. Clinton" only for a Clinton who may be a woman
  (:meth:`References.short_name`);
- definite descriptions: "the minister" after "Foreign Minister Wang Yi", "the Russian
  president" after "Vladimir Putin, the President of Russia", "the report" for the outlet named
  nearest (:meth:`References.description`);
- pronouns: he/him/his, she/her, it/its (a state, government or organisation), they/them/their
  (a group), and the relative pronouns who/which (:meth:`References.resolve_pronouns`);
- pairs: "the two countries", "both sides", "the two men" stand for two actors named before,
  together (:meth:`References.resolve_pairs`).

The resolved mentions go into the document's :class:`~sitrep.actors.table.ActorTable`; the
claims and events stages read them there and resolve nothing themselves, so a pronoun has one
actor in the table, in the attribution it speaks and in the event it does.

How a pronoun is resolved (a salience ranking over the dependency parse, after Hobbs 1978 and
Lappin & Leass 1994, reduced to what news text needs):

1. candidates are the mentions before the pronoun in its sentence and the two before it
   (resolved pronouns count too, so a chain carries the actor further);
2. they must agree with the pronoun: a person for he/she, of a compatible gender (from
   honorifics, gendered roles, earlier pronouns and a first name that the 1990 US Census lists
   almost only for one sex: :func:`~sitrep.actors.given_names.given_name_gender`); a state/organisation/group for it (singular)
   and they (plural groups first); a candidate never contains the pronoun, and an object pronoun
   is never the subject of its own verb ("Putin met Macron and thanked him");
3. the best candidate is the main-clause subject, then any subject, then other roles; within a
   rank the nearer sentence, then the later mention;
4. it/they are left unresolved when the most salient subject is a non-actor noun phrase
   ("The talks collapsed. They had lasted…") or when "it" is an expletive ("it is likely that").

The closed-class words (pronouns with gender and number, honorifics, gendered roles, title
nouns, expletive verbs) are data: ``src/sitrep/data/lexicons/reference.tsv``.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache

from spacy.tokens import Doc, Span, Token

from sitrep.actors.given_names import given_name_gender
from sitrep.actors.kb import GENERIC_HEADS, INSTITUTIONS
from sitrep.actors.name_origin import NameOrigin
from sitrep.actors.table import ActorTable
from sitrep.text.lexicon import inflect, load_lexicon, word_set
from sitrep.text.spans import doc_text

# verbs of saying ("said", "added", "told"): their subject is a speaker
_SAYING = word_set("reporting_verbs", cls="say", pos="V")

# generic heads that name a body, not one person ("the group said Mr Nour ..., but he")
_COLLECTIVE_HEADS = {"group", "team", "staff", "member", "members"}
#: How many sentences before a pronoun's own one may hold its antecedent.
PRONOUN_WINDOW = 2
#: How far back he/she look for a person who was a subject when the near window has none.
FAR_WINDOW = 6
#: How many times the article must have named a person before a description by occupation
#: ("the singer") may stand for them: a person named once is as often a passer-by (a producer,
#: a band) as the one the story is about (read on BBC entertainment, business and politics).
_PROTAGONIST = 2
#: How many mentions make a person the story's topic, whom he/she in a quotation stand for
#: when the quotation names no one before them.
_TOPIC = 4
#: How many sentences back a title ("the minister") may find its named holder.
DESCRIPTION_WINDOW = 5

_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
#: Plural subjects that are no name ("those opposed to the tax", "others", "many").
_PLURAL_PRONOMINALS = frozenset({"those", "these", "others", "many", "some", "most", "all"})
_OBJECT_DEPS = {"dobj", "dative", "pobj", "iobj"}
_NONPERSON_KINDS = {"state", "org", "group"}
# spaCy entity labels of phrases "it"/"they" never stand for ("on Tuesday", "100 troops")
_NOT_THINGS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}


@dataclass(frozen=True)
class Form:
    """One closed-class word of ``reference.tsv``."""

    form: str
    cls: str  # pronoun | relative | honorific | role | title | expletive
    gender: str | None  # "m" | "f" | None
    number: str | None  # "sg" | "pl" | None
    refers: str  # person | nonperson | any


@lru_cache(maxsize=1)
def grammar() -> dict[str, dict[str, Form]]:
    """The reference lexicon by class, then by (lower-case) form."""
    out: dict[str, dict[str, Form]] = {}
    for entry in load_lexicon("reference").entries:
        row = entry.fields
        form = Form(
            form=entry.lemma,
            cls=row["class"],
            gender=None if row["gender"] == "-" else row["gender"],
            number=None if row["number"] == "-" else row["number"],
            refers=row["refers"],
        )
        out.setdefault(form.cls, {})[form.form] = form
    return out


def pronoun(token: Token) -> Form | None:
    """The third-person pronoun form of a token, if it is one."""
    return grammar()["pronoun"].get(token.lower_)


# peerage titles: "Lord Roberts" names a peer by his title, not a commoner named Roberts
_PEERAGE = frozenset({"lord", "baroness", "baron"})


@dataclass
class _Mention:
    start: int  # char offsets
    end: int
    head: Token
    actor_id: str
    sent: int
    pronoun: bool = False
    person: bool = False  # stands for a person (a name, a title, he/she), else a group/state/org


@dataclass
class References:
    """Reference resolution for one document, fed by the actors stage as it fills ``table``.

    Args:
        doc: the parsed document.
        table: the document's actor table (written only by the actors stage).
        demonyms: demonym -> country code (the KB's ``demonyms``), for "the Russian president".
    """

    doc: Doc
    table: ActorTable
    demonyms: dict[str, str] = field(default_factory=dict)
    #: the names model, to tell a family name written first ("Yang Jike") from a first name
    names: NameOrigin | None = None
    _mentions: list[_Mention] = field(default_factory=list)
    _gender: dict[str, str] = field(default_factory=dict)  # actor id -> "m" | "f"
    # (first word, last word) of multi-word person names -> [(char start, actor id)]
    _names: list[tuple[str, str, int, str]] = field(default_factory=list)
    _sent_of: list[int] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list)  # of _mentions, while pronouns resolve
    _sent_start: list[int] = field(default_factory=list)  # token -> first token of its sentence
    _sent_root: list[int] = field(default_factory=list)  # sentence -> its root token
    _text: str = ""
    _quoted: list[tuple[int, int]] = field(default_factory=list)  # token ranges in quotes
    _in_speaker: bool = False  # resolving a quotation's pronoun speaker
    # they/them standing for coordinated actors: (pronoun, the spans of their mentions)
    _plural: list[tuple[Token, list[tuple[int, int]]]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._quoted = _quotations(self.doc)
        self._sent_of = [0] * len(self.doc)
        self._sent_start = [0] * len(self.doc)
        # (Doc.has_annotation scans every token: asked once per document, not per mention)
        if not self.doc.has_annotation("SENT_START") and not self.doc.has_annotation("DEP"):
            return
        for n, sent in enumerate(self.doc.sents):
            for i in range(sent.start, sent.end):
                self._sent_of[i] = n
                self._sent_start[i] = sent.start
            self._sent_root.append(sent.root.i)

    # (Token.sent scans the doc for the sentence's bounds on every access: read from the
    # tables above, built once, when the doc has sentences)
    def _first_of_sentence(self, tok: Token) -> int:
        return self._sent_start[tok.i] if self._sent_root else tok.sent.start

    def _root_of_sentence(self, tok: Token) -> Token:
        if self._sent_root:
            return self.doc[self._sent_root[self._sent_of[tok.i]]]
        return tok.sent.root

    # -- named mentions -----------------------------------------------------------------------

    def note(
        self, span: Span, actor_id: str, *, name: Span | None = None, person: bool | None = None
    ) -> None:
        """Register a named mention as a possible antecedent.

        Args:
            span: the whole mention (with its title: "Foreign Minister Wang Yi").
            actor_id: its actor in the table.
            name: the name part of a person's mention ("Wang Yi"), for later short names.
            person: whether the mention stands for a person, when the caller knows it (a
                description in apposition to a named person); else read from the actor and
                the head noun.
        """
        actor = self.table.actors[actor_id]
        head = span.root
        known = person
        person = actor.kind == "person" if known is None else known
        if known is None and person and head.pos_ == "NOUN":
            # the KB gives singular sector nouns the kind "person" ("government", "minister"):
            # only a title or role noun stands for a person
            person = any(
                head.lower_ in grammar()[c] for c in ("title", "role", "honorific", "occupation")
            )
        self._mentions.append(
            _Mention(
                span.start_char,
                span.end_char,
                head,
                actor_id,
                self._sent_of[span.start],
                person=person,
            )
        )
        gender = self._gender_of(span)
        if gender is None and actor.title:
            gender = words_gender(actor.title.lower().split())
        if (
            gender is None
            and name is not None
            and len(name) >= 2
            and name[0].is_title
            and not self._surname_first(name.text)
        ):
            gender = given_name_gender(name[0].text)  # "Nicola Sturgeon": f
        if gender is not None:
            self._gender.setdefault(actor_id, gender)
        if name is not None and len(name) >= 2:
            words = [t.lower_ for t in name if not t.is_punct]
            if len(words) >= 2:
                self._names.append((words[0], words[-1], span.start_char, actor_id))
        elif (
            name is not None
            and len(name) == 1
            and actor.kind == "person"
            and (actor.wikidata or actor.sector)
            and " " in actor.name
        ):
            # "President Reagan", whom the KB knows: a later bare "Reagan" may be him as well
            # as a "Mrs Reagan" named after him (the KB's full name stands for the name)
            full = actor.name.lower().split()
            if full[-1] == name[0].lower_:
                self._names.append((full[0], full[-1], span.start_char, actor_id))

    def _gender_of(self, span: Span) -> str | None:
        """The gender an honorific or gendered role in a mention, or in the two words before it
        in its sentence, tells ("Mrs.", "spokeswoman")."""
        start = max(span.start - 2, self._sent_start[span.start] if len(self.doc) else 0)
        return words_gender([t.lower_ for t in self.doc[start : span.end]])

    def forget(self, start: int, end: int) -> None:
        """Drop a mention the actors stage replaced ("Russian" inside "Russian troops")."""
        self._mentions = [m for m in self._mentions if (m.start, m.end) != (start, end)]

    def _known_gender(self, actor_id: str, default: str) -> str:
        """The gender the story gave an actor (an honorific, a pronoun), else the one the first
        name of its record tells (the KB's "Ronald Reagan"), else ``default``."""
        known = self._gender.get(actor_id)
        if known is not None:
            return known
        actor = self.table.actors.get(actor_id)
        first = actor.name.split()[0] if actor is not None and actor.name.split() else ""
        if actor is not None and self._surname_first(actor.name):
            return default
        return given_name_gender(first) or default

    def _surname_first(self, name: str) -> bool:
        """Whether a name writes its family name first ("Yang Jike": no woman, though the US
        census lists "Yang" as a woman's first name; the pronoun dev set's Reuters batch lost
        five he's of a Chinese vice-governor to it)."""
        return self.names is not None and self.names.surname_first(name)

    def short_name(self, name: Span, span: Span) -> str | None:
        """The actor of an earlier full name that a one-word name continues ("Wang" after
        "Wang Yi", "Brennick" after "Halvard Brennick"); an honorific in ``span`` must fit
        the earlier person's gender ("Mrs. Clinton" is not Bill Clinton once he is "Mr.").

        Args:
            name: the name itself (one token, else None is returned).
            span: the mention with its title or honorific ("Mrs. Clinton").
        """
        words = [t.lower_ for t in name if not t.is_punct]
        if len(words) != 1:
            return None
        gender = self._gender_of(span)
        peer = span[0].lower_ if span[0].lower_ in _PEERAGE else None
        fitting: list[str] = []  # nearest first
        for first, last, start, actor_id in reversed(self._names):
            if start >= span.start_char or words[0] not in (first, last):
                continue
            if peer is not None and not any(
                m.text.lower().startswith(peer) for m in self.table.actors[actor_id].mentions
            ):
                continue  # "Lord Roberts of Conwy" is not the "Sion Aubrey Roberts" before him
            if gender is not None and self._known_gender(actor_id, gender) != gender:
                continue  # ("Mrs Reagan" is not President Reagan, whom the KB names Ronald)
            if actor_id not in fitting:
                fitting.append(actor_id)
        if not fitting:
            return None
        if gender is None and len(fitting) > 1:
            # a bare surname is not the one a story names only with an honorific ("President
            # Reagan ... Mrs Reagan ... Reagan replied": news style names the wife "Mrs
            # Reagan" throughout, the President "Reagan")
            plain = [a for a in fitting if not self._only_with_honorific(a)]
            fitting = plain or fitting
        # two people of that name before it: the nearer, when the story made them a subject
        # ("Former President Bill Clinton, campaigning ..., attacked Obama. Clinton said");
        # else the one it has named most so far ("Michael Howard ... Mr Howard ... helped
        # Australia's PM, John Howard, ... Mr Howard appointed Mr Crosby"), on a tie the one the
        # KB knows ("President Reagan ... Mrs Reagan ... Reagan replied": the President), then
        # the nearer
        actor_id = fitting[0]
        if len(fitting) > 1 and not self._named_as_subject(actor_id, span.start_char):
            named = Counter(
                m.actor_id for m in self._mentions if m.start < span.start_char and not m.pronoun
            )
            actor_id = max(
                fitting,
                key=lambda a: (named[a], bool(self.table.actors[a].sector), -fitting.index(a)),
            )
        if gender is not None:
            self._gender.setdefault(actor_id, gender)
        return actor_id

    def _only_with_honorific(self, actor_id: str) -> bool:
        """Whether every name of the actor so far starts with an honorific ("Mrs Reagan")."""
        honorifics = grammar()["honorific"]
        names = [m.text.split() for m in self.table.actors[actor_id].mentions]
        names = [n for n in names if n and n[0][0].isupper()]
        return bool(names) and all(n[0].lower().rstrip(".") in honorifics for n in names)

    def _named_as_subject(self, actor_id: str, before: int) -> bool:
        """Whether the last naming of ``actor_id`` before char ``before`` is a clause's subject."""
        last = max(
            (
                m
                for m in self._mentions
                if m.actor_id == actor_id and m.start < before and not m.pronoun
            ),
            key=lambda m: m.start,
            default=None,
        )
        return last is not None and last.head.dep_ in ("nsubj", "nsubjpass")

    def description(self, span: Span) -> str | None:
        """The named person a definite title stands for ("the minister", "the Russian
        president"), or None (then the noun phrase is read as a generic actor, if at all)."""
        if len(span) > 2 and span[0].dep_ == "preconj":
            span = span[1:]  # "both the chancellor and the Tories"
        if len(span) < 2 or span[0].lower_ not in ("the", "this", "that"):
            return None
        head = span.root
        # ("the Evening Standard newspaper" names its own outlet: no anaphor)
        if (
            head.lower_ in grammar()["media"]
            and head.i == span.end - 1
            and not any(t.pos_ == "PROPN" for t in span[1:-1])
        ):
            if head.dep_ in _SUBJECT_DEPS and not _says(head.head):
                # "told Reuters the report was incorrect": a document that is something, not
                # the outlet that says or reports it
                return None
            return self._outlet(span)
        if head.i == span.end - 1 and INSTITUTIONS.get(head.lower_) == "org":
            return self._institution(span)
        titles = grammar()["title"]
        if head.lower_ not in titles or head.i != span.end - 1:
            return None
        mods = [t for t in span[1:-1] if not t.is_punct]
        if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in head.children):
            return None  # "the prime minister of Japan, Mr Nakasone": the apposition names him
        of_country = self._of_country(head)
        gender = words_gender([head.lower_])
        for m in self._named_before(span):
            actor = self.table.actors[m.actor_id]
            if not m.person:
                continue
            known = self._gender.get(m.actor_id)
            if gender is not None and known is not None and known != gender:
                continue
            if not self._text:
                self._text = doc_text(self.doc)
            said = " ".join([self._text[m.start : m.end].lower(), (actor.title or "").lower()])
            if head.lower_ not in said.split() or _subordinate(head.lower_, said, mods):
                continue
            if of_country is not None and actor.country != of_country:
                continue  # ("the prime minister of Japan" is no British prime minister)
            if all(self._modifier_fits(t, said, actor.country) for t in mods):
                return m.actor_id
        return None

    def _of_country(self, head: Token) -> str | None:
        """The country a title's "of" phrase names ("the prime minister of Japan"), or None."""
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                found = self.table.actor_at(obj.idx, obj.idx + len(obj.text))
                actor = self.table.actors.get(found) if found else None
                if actor is not None and actor.kind in ("state", "place") and actor.country:
                    return str(actor.country)
        return None

    def lede_holder(self, span: Span) -> str | None:
        """The person a lede's title stands for (:meth:`lede_title`, else
        :meth:`lede_cataphor`), unless the article gives that title to someone else ("The home
        secretary said" after a detainee's words, where it names "Home Secretary Charles
        Clarke": the title is his)."""
        holder = self.lede_title(span) or self.lede_cataphor(span)
        if holder is None:
            return None
        words = span[1:] if span[0].lower_ in ("the", "a", "an") else span
        title = words.text.lower()
        for aid, actor in self.table.actors.items():
            if (
                aid != holder
                and actor.kind == "person"
                and any(title in m.text.lower() for m in actor.mentions)
            ):
                return None
        return holder

    def lede_title(self, span: Span) -> str | None:
        """The person a definite title opening a sentence stands for when the sentence before
        named only them ("The law is very clear, Alun Michael has said. The rural affairs
        minister said ..."): the news lede's way of giving a person's office the knowledge
        base does not hold on the date (so only someone with no current office on record:
        the caller then codes them by the title), of a fitting gender."""
        head = span.root
        # or the speaker after what they said ("How was it right ..., the Lib Dem leader
        # asked."), who stands for the previous sentence's speaker ("..., Charles Kennedy has
        # said.")
        verb = head.head
        after = (
            span.start > 0
            and self.doc[span.start - 1].text == ","
            and head.dep_ == "nsubj"
            and verb.dep_ == "ROOT"
            and verb.i == span.end
            and all(t.is_punct for t in self.doc[verb.i + 1 : verb.sent.end])
        )
        if (
            len(span) < 2
            or span[0].lower_ != "the"
            or head.i != span.end - 1
            or not (span.start == span.sent.start or after)
            or head.dep_ not in ("nsubj", "nsubjpass")
            or head.lower_ not in grammar()["title"]
            or any(c.dep_ == "appos" for c in head.children)
            or (span.end < len(self.doc) and self.doc[span.end].text == ",")
        ):
            return None  # (not "The regional governor, Petra Lind, blamed": she is named)
        sent = self._sent_of[span.start]
        before = {
            m.actor_id
            for m in self._mentions
            if m.sent == sent - 1
            and m.person
            and not m.pronoun
            and (not after or (m.head.dep_ == "nsubj" and m.head.head.dep_ == "ROOT"))
        }
        if len(before) != 1:
            return None
        (actor_id,) = before
        actor = self.table.actors[actor_id]
        if actor.kind != "person" or actor.sector not in (None, "ELI"):
            return None
        gender = words_gender([head.lower_])
        known = self._gender.get(actor_id)
        if gender is not None and known is not None and known != gender:
            return None
        return actor_id

    def lede_cataphor(self, span: Span) -> str | None:
        """The person an indefinite title opening a story stands for, named as the subject of
        the next sentence ("A former Home Office minister has called for ... . Barbara Roche
        said ..."; "A Plaid Cymru MP believes ... . Elfyn Llwyd told ..."): the news lede's way
        of naming someone in the second sentence. Only in the first three sentences (the
        headline and the lede), for a person not named before, of a fitting gender."""
        head = span.root
        if (
            len(span) < 2
            or span[0].lower_ not in ("a", "an")
            or head.i != span.end - 1
            or head.dep_ not in ("nsubj", "nsubjpass")
            or head.lower_ not in grammar()["title"]
        ):
            return None
        sent = self._sent_of[span.start]
        if sent > 2:
            return None
        after = [
            m
            for m in self._mentions
            if m.sent == sent + 1 and m.person and not m.pronoun and m.head.dep_ == "nsubj"
        ]
        if not after:
            return None
        first = min(after, key=lambda m: m.start)
        if any(m.actor_id == first.actor_id and m.start < span.start_char for m in self._mentions):
            return None  # (named before: the title is someone else)
        gender = words_gender([head.lower_])
        known = self._gender.get(first.actor_id)
        if gender is not None and known is not None and known != gender:
            return None
        return first.actor_id

    def role_holder(self, span: Span, sector: str) -> str | None:
        """The named person a definite description by occupation stands for ("The
        businessman, whose latest venture is a casino" after "Mr Bannatyne said"): of the
        people named before it who hold that sector, or whom the KB does not know and no
        words have given a sector yet, of a fitting gender, the one the article has named
        most so far, at least twice (the one the story is about: "the tycoon" after a passing
        mention of his banker is still the tycoon), the nearest on a tie. A person named once
        is as often someone the description does not name (read on BBC entertainment,
        business and politics stories). Only a subject description refers back so surely
        ("the lawyer said"; an object "hired the lawyer" may introduce someone new), and only
        one that is not told apart by whose it is or by what follows it ("the families'
        lawyer", "the surgeon who carried out his operation")."""
        head = span.root
        if (
            len(span) < 2
            or span[0].lower_ != "the"
            or head.i != span.end - 1
            or head.dep_ not in ("nsubj", "nsubjpass")
            or head.lower_ not in grammar()["occupation"]
            or any(_restrictive(c) for c in head.children)
            # (an office, not an occupation: "the home secretary", "the foreign secretary")
            or any(c.dep_ in ("compound", "nmod") for c in head.children)
        ):
            return None
        gender = words_gender([head.lower_])
        named = Counter(m.actor_id for m in self._mentions if m.start < span.start_char)
        before = sorted(
            (m for m in self._mentions if m.start < span.start_char and not m.pronoun),
            key=lambda m: -m.start,
        )
        sent = self._sent_of[span.start]
        for m in before:
            if sent - m.sent > DESCRIPTION_WINDOW:
                break
            if m.head.lower_ == head.lower_ and m.head.ent_type_ != "PERSON":
                # "Another senior banker agreed ... The banker added": the one just described
                # in those words, not a banker named further back (judge43 gave it Mulholland)
                return m.actor_id
        best: tuple[int, int] | None = None
        found: str | None = None
        for rank, m in enumerate(before):
            if not m.person or m.head.ent_type_ != "PERSON":
                continue
            known = self._gender.get(m.actor_id)
            if gender is not None and known is not None and known != gender:
                continue
            actor = self.table.actors[m.actor_id]
            if actor.sector != sector and (actor.sector or actor.wikidata):
                continue
            key = (named[m.actor_id], -rank)
            if key[0] >= _PROTAGONIST and (best is None or key > best):
                best, found = key, m.actor_id
        return found

    def _named_before(self, span: Span) -> Iterator[_Mention]:
        """The named (non-pronoun) mentions before ``span`` within the description window,
        nearest first: the antecedents a definite description may stand for."""
        sent = self._sent_of[span.start]
        for m in sorted(self._mentions, key=lambda m: -m.start):
            if m.start < span.start_char and sent - m.sent <= DESCRIPTION_WINDOW and not m.pronoun:
                yield m

    def _institution(self, span: Span) -> str | None:
        """The organisation "the commission" or "the council" stands for: the nearest one
        named before it (in the description window) whose name ends in the same noun, when
        its other words fit ("the Electoral Commission" for "the commission", not for "the
        European commission")."""
        head = span.root.lower_
        mods = [t for t in span[1:-1] if not t.is_punct]
        fitting: list[str] = []
        for m in self._named_before(span):
            actor = self.table.actors[m.actor_id]
            words = actor.name.lower().split()
            if actor.kind != "org" or not words or words[-1] != head:
                continue
            if all(t.lower_ in words for t in mods) and m.actor_id not in fitting:
                fitting.append(m.actor_id)
        if not fitting:
            return None
        # the most named of them, then the nearest ("the bank" of a story about the Asian
        # Development Bank that names the World Bank once: judged sample 34)
        named = Counter(
            m.actor_id for m in self._mentions if not m.pronoun and m.end <= span.start_char
        )
        return max(fitting, key=lambda a: (named[a], -fitting.index(a)))

    def _outlet(self, span: Span) -> str | None:
        """The outlet "the report" or "the story" stands for: the news medium (sector MED, an
        organisation that "reported", or credited "via …") named nearest before it, else the
        first named after it."""
        media = [m for m in self._mentions if not m.pronoun and self._is_outlet(m)]
        before = [m for m in media if m.start < span.start_char]
        if before:
            return max(before, key=lambda m: m.start).actor_id
        after = [m for m in media if m.start >= span.end_char]
        return min(after, key=lambda m: m.start).actor_id if after else None

    def _is_outlet(self, m: _Mention) -> bool:
        actor = self.table.actors[m.actor_id]
        if actor.sector in ("MED", "JRN") and actor.kind == "org":
            return True  # news media (CAMEO agent codes; journalists, "reporters", are none)
        if (
            m.head.ent_type_ != "PERSON"
            and m.head.dep_ == "nsubj"
            and m.head.head.lower_ in _verb_forms("media_verb")
        ):
            return True  # "The Harbour Gazette reported"
        first = self.doc[m.head.left_edge.i]
        return first.i > 0 and self.doc[first.i - 1].lower_ == "via"

    def _modifier_fits(self, tok: Token, said: str, country: str | None) -> bool:
        """A modifier of a title agrees with the named holder ("the foreign minister" needs
        "foreign" in the name or title; "the Russian president" needs a Russian)."""
        low = tok.lower_
        if low in said.split():
            return True
        iso = self.demonyms.get(low)
        return iso is not None and iso == country

    # -- pronouns -----------------------------------------------------------------------------

    def _sync(self) -> None:
        """The actor each mention has now (the stage may have merged records since)."""
        for m in self._mentions:
            now = self.table.mention_at(m.start, m.end)
            if now is not None and now != m.actor_id:
                if m.actor_id in self._gender:
                    self._gender.setdefault(now, self._gender[m.actor_id])
                m.actor_id = now
        self._mentions.sort(key=lambda m: m.start)
        self._starts = [m.start for m in self._mentions]

    def _add(
        self,
        start: int,
        end: int,
        tok: Token,
        actor_id: str,
        *,
        pronoun: bool,
        person: bool = False,
    ) -> None:
        """A resolved mention, an antecedent from now on (a chain carries its actor further)."""
        pos = bisect.bisect_right(self._starts, start)
        self._starts.insert(pos, start)
        self._mentions.insert(
            pos,
            _Mention(
                start, end, tok, actor_id, self._sent_of[tok.i], pronoun=pronoun, person=person
            ),
        )

    def resolve_country_descriptions(self) -> None:
        """ "The country needs foreign exchange", "the kingdom's national guard": a definite
        singular noun of ``state_noun`` class with no modifier stands for the one state named
        before it in its sentence, else in its sentence and the one before
        (:meth:`_one_state_before`), where it acts, owns or is acted on, not where it is a
        place ("across the country"). Judge51 found "the kingdom's national guard" of Saudi
        Arabia coded American, from the dateline."""
        self._sync()
        nouns = grammar().get("state_noun", {})
        for tok in self.doc:
            if tok.lower_ not in nouns or tok.tag_ != "NN":
                continue
            kids = list(tok.children)
            if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in kids) or any(
                c.dep_ in ("amod", "compound", "nmod", "nummod", "prep", "relcl", "acl")
                for c in kids
            ):
                continue  # ("the neighbouring country", "the country of origin")
            if tok.dep_ == "pobj" and (tok.head.lower_ in _AROUND or _where_like(tok.head)):
                continue  # "across the country", "in the kingdom": a place
            if tok.dep_ not in _SUBJECT_DEPS | _OBJECT_DEPS | {"poss"}:
                continue
            start = min(c.idx for c in kids if c.dep_ == "det")
            end = tok.idx + len(tok.text)
            if self.table.actors_in(start, end):
                continue
            found = self._one_state_before(tok, start)
            if found is None:
                continue
            self.table.alias(start, end, self.doc.text[start:end], found)
            self._add(start, end, tok, found, pronoun=False)

    def _one_state_before(self, tok: Token, start: int) -> str | None:
        """The one state the sentence of ``tok`` names before ``start``, else the one it and
        the sentence before name, else the one it and the two before name (by name, or a
        country's name inside another's: "China's finance ministry"); None when there is none
        or the nearest sentences that name any name several (the three donors of "the U.S.,
        Britain and Italy" before "the country's crisis": Mozambique's)."""
        states = {
            a.country: aid
            for aid, a in self.table.actors.items()
            if a.kind == "state" and a.country
        }
        first = self._first_of_sentence(tok)
        for back in range(PRONOUN_WINDOW + 1):
            if back and first > 0:
                first = self._first_of_sentence(self.doc[first - 1])
            found: set[str] = set()
            for ent in self.doc.ents:
                if ent.label_ != "GPE" or ent.start < first or ent.end_char > start:
                    continue
                aid = self.table.actor_at(ent.start_char, ent.end_char)
                actor = self.table.actors.get(aid) if aid else None
                if actor is not None and actor.country in states and ent.root.pos_ == "PROPN":
                    found.add(states[actor.country])
            for m in self._window(tok, back):
                if m.start < self.doc[first].idx or m.end > start or m.pronoun:
                    continue
                if self.table.actors[m.actor_id].kind == "state" and m.head.pos_ == "PROPN":
                    found.add(m.actor_id)
            if len(found) > 1:
                return None
            if found:
                return found.pop()
        return None

    def resolve_pronouns(self) -> None:
        """Resolve every third-person and relative pronoun, in text order, into the table."""
        self._sync()
        relatives = grammar()["relative"]
        for tok in self.doc:
            low = tok.lower_
            if low in relatives:
                found = self._relative(tok)
                person = low == "who"
            else:
                form = pronoun(tok)
                if form is None:
                    continue
                found = self._pronoun(tok, form)
                person = form.refers == "person"
                own = _clause_verb(tok) if tok.dep_ == "poss" else None
                if (
                    form.number == "pl"
                    and (tok.dep_ in _SUBJECT_DEPS or own is not None)
                    # (a quotation's "they" is most often what the speaker talks of)
                    and not self._in_quotation(tok.i)
                    and not self._document_pronoun(tok, form)
                ):
                    pair = self._coordinated_subject(tok)
                    if own is not None and pair and pair[0].head.head.i != own.i:
                        # "Britain, West Germany and the Netherlands maintained their
                        # opposition": a possessive is of its own clause's coordinated subject
                        pair = []
                    if pair and (
                        own is not None
                        or found is None
                        or found in {m.actor_id for m in pair}
                        or not self._was_subject(found, tok)
                    ):
                        # "Britain and France sent envoys. They urged Russia": both of them,
                        # the subject before any object (made a plural mention once the
                        # table's actors are final)
                        self._plural.append((tok, [(m.start, m.end) for m in pair]))
                        continue
                if found is not None and form.gender is not None:
                    self._gender.setdefault(found, form.gender)
            if found is None:
                continue
            start, end = tok.idx, tok.idx + len(tok.text)
            if self.table.mention_at(start, end) is not None:
                continue
            self.table.alias(start, end, tok.text, found)
            self._add(start, end, tok, found, pronoun=True, person=person)

    def resolve_pairs(self) -> None:
        """ "the two countries", "both sides", "the two men": a plural noun of ``pair`` class
        with "the two" or "both" (or "the two" alone) stands for two actors named before it
        in its sentence or the two before, that fit the noun (countries: states of two
        countries; men: people). The nearest coordinated pair ("Egypt and Uganda", "between
        Blair and Brown") wins, else the subject and object of one verb ("Turkey accused
        Greece"), else the two nearest that fit, when only two do. Run last, when the table's
        actors are final (after :meth:`resolve_pronouns` and the countries the context gives)."""
        pairs = grammar().get("pair", {})
        last: dict[str, tuple[int, tuple[str, str]]] = {}  # noun -> (sentence, the pair)
        for tok in self.doc:
            form = _pair_form(tok, pairs)
            if form is None:
                continue
            left = min(
                (t.i for t in tok.lefts if t.dep_ in ("det", "predet", "nummod")), default=tok.i
            )
            span = self.doc[left : tok.i + 1]
            read = self.table.actors_in(span.start_char, span.end_char)
            generic = [
                a
                for a in read
                if self.table.actors[a].kind == "group"
                and self.table.actors[a].name.lower().split()[-1] == tok.lower_
            ]
            if read and generic != read:
                continue  # (the actors stage read it already: "both Koreas")
            # (the actor each mention has now: the table may have merged or recoded it)
            window = [
                dataclasses.replace(m, actor_id=now)
                for m in self._window(self.doc[left], PRONOUN_WINDOW)
                if m.end <= span.start_char
                and (now := self.table.mention_at(m.start, m.end)) is not None
            ]
            window = [m for m in window if self._fits_pair(m, form)]
            earlier = last.get(tok.lower_)
            # ("the two sides narrowly avoided ... when Spain and Portugal joined. But if both
            # sides drew back": the sides the story just named so, judge40 a01)
            # (a pair named as actors before one named on a thing: "Yugoslavia and the UAE"
            # over the nearer "the Iraq-Iran war", judge50; but "the Japan-U.S. talks ... the
            # two sides" where no other pair is named)
            acting = [m for m in window if not self.table.is_modifier(m.start, m.end)]
            found = (
                earlier[1]
                if earlier is not None and self._sent_of[tok.i] - earlier[0] <= 1
                else _coordinated_pair(acting) or _coordinated_pair(window) or _verb_pair(window)
            )
            if found is None:
                # the story's last coordinated pair that fits, named earlier ("opposition from
                # Britain and West Germany ... he had given the two states until April 3":
                # judged sample 32 gave the United States), before the two nearest
                before = [
                    dataclasses.replace(m, actor_id=now)
                    for m in self._window(self.doc[left], len(self._sent_of))
                    if m.end <= span.start_char
                    and (now := self.table.mention_at(m.start, m.end)) is not None
                ]
                found = _coordinated_pair([m for m in before if self._fits_pair(m, form)])
            found = found or _nearest_pair(window)
            if (
                found is not None
                and len({self.table.actors[a].kind == "person" for a in found}) == 1
            ):
                # (two sides are two people or two bodies: not a professor and a commission,
                # judged sample 31); a generic reading of the noun ("two states" GOV) gives way
                for s, e in self.table.spans_in(span.start_char, span.end_char):
                    self.table.remove_mention(s, e)
                self.table.add_group(span.start_char, span.end_char, span.text, found)
                last[tok.lower_] = (self._sent_of[tok.i], found)
                for aid in generic:  # (and the pronouns that stood for it: "their")
                    for m in list(self.table.actors[aid].mentions):
                        self.table.remove_mention(m.start, m.end)
                        self.table.add_group(m.start, m.end, m.text, found)
        for tok, spans in self._plural:
            ids = {a: None for s, e in spans if (a := self.table.mention_at(s, e)) is not None}
            self.table.add_group(tok.idx, tok.idx + len(tok.text), tok.text, tuple(ids))

    def _in_quotation(self, i: int) -> bool:
        """Whether token ``i`` stands inside a quotation."""
        return any(start <= i < end for start, end in self._quoted)

    def _was_subject(self, actor_id: str, tok: Token) -> bool:
        """Whether the actor's last mention before ``tok`` (in its sentence or the one
        before) is a subject."""
        last = [m for m in self._window(tok, 1) if m.actor_id == actor_id and m.end <= tok.idx]
        return bool(last) and last[-1].head.dep_ in _SUBJECT_DEPS

    def _coordinated_subject(self, tok: Token) -> list[_Mention]:
        """The mentions of the nearest coordinated subject before a plural subject pronoun,
        in its sentence or the one before ("Britain and France sent envoys. They ..."), when
        every conjunct is an actor's mention (none: empty)."""
        window = [m for m in self._window(tok, 1) if m.end <= tok.idx and not m.pronoun]
        by_head = {m.head.i: m for m in window}
        speaking = tok.head.lower_ in _SAYING
        for m in reversed(window):
            if m.head.dep_ not in _SUBJECT_DEPS or not m.head.conjuncts:
                continue
            if speaking and _reported(m.head):
                # "Diplomats said Britain, West Germany and the Netherlands maintained their
                # opposition. They added ...": who says more are the speakers, not those
                # the report is about
                return []
            members = [m, *(by_head.get(c.i) for c in m.head.conjuncts)]
            if any(x is None for x in members):
                return []  # (a conjunct that is no actor: "Britain and its allies")
            found = [x for x in members if x is not None]
            if len({x.actor_id for x in found}) < 2 or any(
                self.table.actors[x.actor_id].kind == "place" for x in found
            ):
                return []
            return found
        return []

    def _fits_pair(self, m: _Mention, form: Form) -> bool:
        actor = self.table.actors[m.actor_id]
        if actor.kind == "place" or actor.sector == "JRN":
            return False  # (nor the reporters told, nor the outlet that reports)
        if form.refers == "person":
            known = self._gender.get(m.actor_id)
            return m.person and not (form.gender and known and known != form.gender)
        if form.refers == "state":
            return actor.country is not None and (
                actor.kind == "state" or (actor.sector == "GOV" and not m.person)
            )
        if form.refers == "nonperson":
            return not m.person and actor.kind != "state"
        return True

    def resolve_speakers(self) -> None:
        """First-person pronouns (I/me/my, we/us/our) inside a quotation stand for its speaker:
        the subject of the verb outside the quotation that governs it ("'We will respond,'
        he said"), or the speaker of the quotation it goes on from; a person's "we" stands for
        the side they speak for where the article names it (:meth:`_side_of`). Run after
        :meth:`resolve_pronouns`, so a pronoun speaker is resolved."""
        first_person = grammar()["speaker"]
        for n, (start, end) in enumerate(self._quoted):
            # (not "US", the country, in capitals: "the US government must act")
            words = [
                t
                for t in self.doc[start:end]
                if t.lower_ in first_person and not (t.is_upper and len(t) > 1)
            ]
            if not words:
                continue
            # (a quotation that goes on from the one before: that one's speaker)
            speaker = self._speaker(start, end) or self._quote_speaker(n)
            if speaker is None:
                continue
            side = None
            for tok in words:
                s, e = tok.idx, tok.idx + len(tok.text)
                if self.table.mention_at(s, e) is not None:
                    continue
                who = speaker
                if first_person[tok.lower_].number == "pl":
                    # "'We will respond,' the minister said": the side a person speaks for
                    # (a government member's state, where the article names it), else a
                    # group of their own, not the person ("'our net income fell,' the
                    # chairman said": the company he speaks for, which the text may not name)
                    side = side or self._side_of(speaker, start) or self.table.side_of(speaker)
                    who = side
                self.table.alias(s, e, tok.text, who)

    def _side_of(self, actor_id: str, before: int) -> str | None:
        """The side a speaker's "we" stands for: the speaker when not a person; for a member of
        a government, the state of their country named as an agent (the mention last before
        token ``before``, or first after it); else None."""
        actor = self.table.actors[actor_id]
        if actor.kind != "person":
            return actor_id
        if actor.sector != "GOV" or not actor.country:
            # (only a government's: an MP's or a company officer's "we" may be a party's, a
            # committee's or the civil servants' they quote, and an article names several)
            return None
        at = self.doc[before].idx if before < len(self.doc) else len(self.doc.text)
        best: tuple[tuple[int, int], str] | None = None
        for aid, other in self.table.actors.items():
            if (
                aid == actor_id
                or other.kind != "state"
                or other.country != actor.country
                # (named as an agent, not only as a modifier: "Japanese exports")
                or all(self.table.is_modifier(m.start, m.end) for m in other.mentions)
            ):
                continue
            # (the state named most often: "Britain", "the government", not "a modern
            # government"; then the one named last before the quotation)
            dist = min(at - m.start if m.start < at else 10**6 + m.start for m in other.mentions)
            rank = (-len(other.mentions), dist)
            if best is None or rank < best[0]:
                best = (rank, aid)
        return best[1] if best else None

    def _speaker(self, start: int, end: int) -> str | None:
        subject = self._speaker_token(start, end)
        return self._actor_of_token(subject) if subject is not None else None

    def _window(self, tok: Token, sentences: int) -> list[_Mention]:
        """The mentions that start before ``tok`` in its sentence and the ``sentences`` before."""
        first = self._first_of_sentence(tok)
        for _ in range(sentences):
            if first > 0:
                first = self._first_of_sentence(self.doc[first - 1])
        lo = bisect.bisect_left(self._starts, self.doc[first].idx)
        hi = bisect.bisect_left(self._starts, tok.idx)
        return self._mentions[lo:hi]

    def _relative(self, tok: Token) -> str | None:
        """who/which/that heading a relative clause stand for the noun the clause modifies."""
        if tok.tag_ not in ("WP", "WDT") or tok.head.dep_ != "relcl":
            return None
        found = self._actor_of_token(tok.head.head)
        if found is not None and self.table.actors[found].kind == "place":
            # "the summit in Venice, which ...", "a trip to Washington, which ...": a clause
            # after a place most often tells of the thing before it; a place's own "which"
            # makes no actor (judge42)
            return None
        return found

    def _mention_of_token(self, tok: Token) -> _Mention | None:
        """The innermost mention holding ``tok`` (None if none does)."""
        hi = bisect.bisect_right(self._starts, tok.idx)
        for m in reversed(self._mentions[max(0, hi - 50) : hi]):  # mentions are short
            if m.start <= tok.idx < m.end:
                return m
        return None

    def _actor_of_token(self, tok: Token) -> str | None:
        """The actor of the innermost mention holding ``tok`` (None if none does)."""
        hi = bisect.bisect_right(self._starts, tok.idx)
        for m in reversed(self._mentions[max(0, hi - 50) : hi]):  # mentions are short
            if m.start <= tok.idx < m.end:
                return m.actor_id
        return None

    def _pronoun(self, tok: Token, form: Form) -> str | None:
        if form.refers == "nonperson" and form.number == "sg" and _expletive(tok):
            return None
        if (
            form.refers != "person"
            and tok.dep_ in _SUBJECT_DEPS
            and tok.head.lower_ in _verb_forms("thing_verb")
        ):
            return None  # "an agreement which supports the price ... when it expires"
        if form.refers != "person" and _a_cause(tok):
            return None  # "Rha said it was also due to a shift in exchange rates"
        if form.refers != "person" and _a_quantity_changing(tok):
            # "It rose 3.6 pct", "they fell by 20 pct": a figure, not a party (judged sample 36
            # joined industrial output to the Soviet Union)
            return None
        if (
            tok.lower_ == "it"
            and tok.dep_ in ("dobj", "pobj")
            and tok.head.lower_ not in grammar().get("object_control", {})
        ):
            # "rob it", "do it for them", "opposed to it": in news an "it" that is an object
            # is a thing or a deed (15 of 16 on the pronoun dev set), seldom a party (but
            # "accused it of betraying", "urged it to act")
            return None
        if (
            tok.lower_ == "them"
            and tok.dep_ == "dobj"
            and tok.head.lower_ not in grammar().get("object_control", {})
        ):
            # "scrap price controls and replace them", "tried to introduce them": a "them"
            # that is a direct object is most often things (6 of 8 on the pronoun dev set;
            # judged sample 32 joined price controls to Finland); a preposition's ("pressures
            # on them") is most often people
            return None
        if self._document_pronoun(tok, form):
            return None
        if tok.lower_ in _REFLEXIVES:
            # "Blair distanced himself", "the US said it would defend itself": a reflexive
            # is bound by the subject of its own clause (Chomsky's principle A), nothing else
            subject = _clause_subject(tok)
            if subject is not None:
                return self._actor_of_token(subject)
        if tok.dep_ == "poss" and form.refers != "person" and self._thing_subject(tok, form):
            return None
        reason = (_reason_object(tok) or _with_owner(tok)) if tok.dep_ == "poss" else None
        if reason is not None:
            # "praised the committee for its cooperation", "blamed Japan for its surplus":
            # the one praised or blamed, or no actor when it is none (judge38 gave "its
            # cooperation" to Argentina, which the undersecretary spoke for)
            own = self._mention_of_token(reason)
            return own.actor_id if own is not None and self._agreement(own, form) == 0 else None
        controller = _possessive_controller(tok) if tok.dep_ == "poss" else None
        own = self._mention_of_token(controller) if controller is not None else None
        if own is not None and not own.pronoun and self._agreement(own, form) == 0:
            # "urged Blair to sack his deputy", "expected Conable also to express his
            # support", "pressing Japan for speedy action to reduce its trade surplus": the
            # infinitive's understood subject, its governor's object (judged sample 36 gave
            # it the speaker, judge38 the US)
            return own.actor_id
        if tok.dep_ == "poss" and form.refers == "person" and form.number == "sg":
            subject = _own_subject(tok)
            own = self._mention_of_token(subject) if subject is not None else None
            if (
                own is not None
                and subject is not None
                and subject.i < tok.i
                and not own.pronoun
                and self._agreement(own, form) == 0
            ):
                # "said Nakasone had endangered his political standing": a his/her is most
                # often its own clause's subject, named before it, when that fits (judge51
                # gave both to Reagan, the subject of the sentence)
                return own.actor_id
        if tok.dep_ == "poss" and form.refers != "person":
            subject = _clause_subject(tok, possessive=True)
            if subject is not None and subject.i < tok.i:
                if subject.lower_ in ("which", "that", "who") and subject.head.dep_ == "relcl":
                    # "Societe Generale, which began its flotation": the possessive of a
                    # relative clause is its relative pronoun's (judged sample 31 gave it the
                    # ministry that spoke of the bank); a relative no actor stands for, a
                    # thing's
                    return self._actor_of_token(subject)
                members = [self._mention_of_token(t) for t in (subject, *subject.conjuncts)]
                if form.number == "pl" and len(members) > 1:
                    if all(x is not None and not x.pronoun for x in members) and len(
                        {x.actor_id for x in members if x is not None}
                    ) == len(members):
                        # "urged Japan and West Germany to stimulate growth in their
                        # countries": both of them (judged sample 32 gave it the US officials
                        # who urged)
                        self._plural.append(
                            (tok, [(x.start, x.end) for x in members if x is not None])
                        )
                    return None
                own = members[0]
                if own is None and subject.lower_ in _PLURAL_PRONOMINALS:
                    # "most of the 1,100 seamen offered their resignations": the seamen
                    of = [g for c in subject.children if c.lower_ == "of" for g in c.children]
                    own = next(
                        (x for g in of if (x := self._mention_of_token(g)) is not None), None
                    )
                if (
                    own is None
                    and form.number == "pl"
                    and (
                        (subject.pos_ == "NOUN" and subject.tag_ == "NNS")
                        or subject.lower_ in _PLURAL_PRONOMINALS
                    )
                ):
                    # "many countries would prefer U.S. retaliation to opening their own
                    # markets": the countries' own, of no actor (judged sample 34 gave it the
                    # United States; judge51: "those originally opposed to the tax were under
                    # pressure to change their position" joined to the EC)
                    return None
                if (
                    own is not None
                    and self._agreement(own, form) == 0
                    and not (
                        own.pronoun
                        and (_copular(own.head) or _conjoined_owner(tok, form) is not None)
                    )
                ):
                    # "Ecuador would have to import crude to meet its needs": the subject of
                    # its own clause, named, that fits (judged sample 32 gave it the minister
                    # who said so); or a pronoun subject already resolved ("whether it
                    # would open its markets": the same party; not a copula's "it was a
                    # problem between Brazil and its banks")
                    return own.actor_id
        conjoined = _conjoined_owner(tok, form)
        owner = self._actor_of_token(conjoined) if conjoined is not None else None
        if owner is not None:
            # "a problem between Brazil and its creditor banks": the conjunct before it (when
            # an actor: "women's legs or their persuasion" reads on)
            return owner
        forward = self._cataphor(tok, form)
        if forward is not None:
            return forward
        sayer = _sayer_above(tok) if tok.dep_ in _SUBJECT_DEPS else None
        own = self._mention_of_token(sayer) if sayer is not None else None
        if own is not None and not own.pronoun and self._agreement(own, form) == 0:
            # "Republicans said they were kept in the dark": the subject of what someone says
            # is most often the sayer (judge39 gave it the Democrats of the sentence before)
            return own.actor_id
        controller = _controller_above(tok) if tok.dep_ in _SUBJECT_DEPS else None
        own = self._mention_of_token(controller) if controller is not None else None
        if own is not None and not own.pronoun and self._agreement(own, form) == 0:
            # "pressing the government to explain how it proposes to pay": the subject of a
            # clause under an infinitive is most often that infinitive's own subject, the
            # object its governor controls (judged sample 35 gave it the newspaper that
            # quoted the story)
            return own.actor_id
        sent = self._sent_of[tok.i]
        window = [m for m in self._window(tok, PRONOUN_WINDOW) if m.end <= tok.idx]
        quoted = self._quote_said_by(tok)
        if quoted is not None:
            # ("'Kelly wants to ditch the Tomlinson report,' he said": the speaker of a
            # quotation is not someone it names)
            window = [m for m in window if not quoted[0] <= m.head.i < quoted[1]]
        # an object pronoun is not its verb's subject, nor another mention of that actor
        bound = {m.actor_id for m in window if _bound(tok, m.head)}
        if form.refers == "person" and not self._in_speaker:
            # 'Lord Hattersley said: "He was a decent, kindly man"': he/him/his inside a
            # quotation are not its speaker, who would say I/me/my
            self._in_speaker = True  # (a pronoun speaker is resolved without this step)
            try:
                bound |= self._speakers_of_quote_at(tok)
            finally:
                self._in_speaker = False
        infinitival = _infinitive(tok.head)
        best: tuple[tuple[int, int, int], str] | None = None
        best_quoted = False
        best_head: Token | None = None
        outside = not self._in_quotation(tok.i)
        for m in window:
            penalty = self._agreement(m, form)
            if penalty is None or m.actor_id in bound:
                continue
            if outside and self._in_quotation(m.head.i):
                # the reporter's pronoun goes on with the story's parties, not with those a
                # quotation names ('"Robert Kilroy Silk is not a team player." ... How will
                # he achieve the breakthrough?': the speaker)
                penalty += 1
            if tok.dep_ in _SUBJECT_DEPS and not infinitival:
                key = (_role_rank(m.head) + penalty, sent - m.sent, -m.start)
            else:
                # an object pronoun, or the subject of an infinitive ("wrote to Mr McConnell,
                # accusing him ... and calling for him to apologise"): its own sentence first
                # (recency outweighs a subject further back; Lappin and Leass 1994)
                key = (sent - m.sent, _role_rank(m.head) + penalty, -m.start)
            if best is None or key < best[0]:
                best = (key, m.actor_id)
                best_head = m.head
                best_quoted = outside and self._in_quotation(m.head.i)
        if best is not None and best_quoted and form.refers == "person":
            # only a quotation's people are near: the last subject outside quotations further
            # back, when one fits, is whom the reporter's he/she goes on with
            for m in reversed(self._window(tok, FAR_WINDOW)):
                if (
                    m.end <= tok.idx
                    and m.head.dep_ in _SUBJECT_DEPS
                    and not self._in_quotation(m.head.i)
                    and self._agreement(m, form) == 0
                    and m.actor_id not in bound
                ):
                    best = ((0, 0, 0), m.actor_id)
                    break
        if form.refers == "person" and not self._in_speaker:
            topic = self._quoted_topic(tok, form, window, bound, best[1] if best else None)
            if topic is not None:
                return topic
        if best is None and form.refers == "person":
            # he/she further back: the last person who was a subject (the story's protagonist)
            for m in reversed(self._window(tok, FAR_WINDOW)):
                if m.head.dep_ in _SUBJECT_DEPS and self._agreement(m, form) == 0:
                    return m.actor_id if m.actor_id not in bound else None
        if best is None:
            return None
        if (
            tok.lower_ == "it"
            and _copular(tok)
            and best_head is not None
            and (
                self._sent_of[best_head.i] != sent
                # ('told researchers: "Lots of people say it's like an old boys club"': a
                # quotation's copular "it" is a situation, not a party named outside it)
                or (self._in_quotation(tok.i) and not self._in_quotation(best_head.i))
            )
        ):
            # "It is a huge task", "it is anger", "it was no good": an "it" that a copula
            # describes is a situation more often than a party named before (the pronoun dev
            # set); "the Commission said it was satisfied" names its party in the sentence
            return None
        recency_first = tok.dep_ in _OBJECT_DEPS  # (not an owner: "its management team")
        if form.refers == "nonperson" and self._thing_first(
            tok, form, best[0], best_head, recency_first=recency_first
        ):
            return None
        if form.refers == "person" and self._unnamed_first(tok, form, best[0][:2]):
            return None
        return best[1]

    def _thing_subject(self, tok: Token, form: Form) -> bool:
        """Whether a possessive "its"/"their" belongs to the thing that is the subject of its
        own verb, named before it ("if the dollar resumes its slide", "exports fell below
        their level"): a noun no actor stands for, of the pronoun's number, not a phrase the
        pronoun is in (judged sample 30: "its" of the dollar joined to the EC, to the Senate)."""
        verb = tok.head
        for _ in range(8):  # up through the phrase the pronoun is in, to its own verb
            if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
                break
            verb = verb.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        modified = verb.dep_ == "acl" and verb.head.i < verb.i and subject is None
        if modified:
            subject = verb.head  # "countries not offering access to their markets"
        if subject is None or subject.i > tok.i or subject.pos_ not in ("NOUN", "PROPN"):
            return False
        if not modified and subject.left_edge.i <= tok.i <= subject.right_edge.i:
            return False
        if (
            subject.ent_type_ in _NOT_THINGS
            or self._actor_of_token(subject) is not None
            or self.table.actor_at(subject.idx, subject.idx + len(subject.text)) is not None
        ):
            return False
        return (subject.tag_ in ("NNS", "NNPS")) == (form.number == "pl")

    def _quoted_topic(
        self,
        tok: Token,
        form: Form,
        window: list[_Mention],
        bound: set[str],
        best: str | None,
    ) -> str | None:
        """he/she inside a quotation that names no one before it: the story's protagonist
        (the person mentioned most so far, at least ``_TOPIC`` times and more often than the
        nearest candidate), not whoever the reporter named last ('Tony Blair called him a
        giant. Lord Hattersley said: "... He was a decent kindly man"': the late Lord
        Callaghan the obituary is about). Quoted speakers talk about the story's subject."""
        quote = next(((s, e) for s, e in self._quoted if s <= tok.i < e), None)
        if quote is None:
            return None
        if any(quote[0] <= m.head.i < tok.i and self._agreement(m, form) == 0 for m in window):
            return None  # (someone the quotation itself names comes first)
        counts = Counter(m.actor_id for m in self._mentions if m.end <= tok.idx and m.person)
        fitting = [
            (n, a)
            for a, n in counts.items()
            if a not in bound
            and self.table.actors[a].kind == "person"  # (not "pupils, who ...")
            and not (form.gender and self._gender.get(a) not in (None, form.gender))
        ]
        if not fitting:
            return None
        n, topic = max(fitting)
        if n < _TOPIC or (best is not None and counts[best] >= n):
            return None
        return topic

    def _speakers_of_quote_at(self, tok: Token) -> set[str]:
        """The speaker of the quotation ``tok`` stands in, as an actor id (empty when it stands
        in none, or its speaker is unknown)."""
        for n, (start, end) in enumerate(self._quoted):
            if start <= tok.i < end:
                speaker = self._quote_speaker(n)
                return {speaker} if speaker is not None else set()
        return set()

    def _quote_speaker(self, n: int, depth: int = 0) -> str | None:
        """The speaker of the ``n``-th quotation: the subject of the verb of saying that governs
        it, a pronoun subject resolved ('"...," he said'); for a quotation with no verb of its
        own that goes on from the one before within a sentence or two ('"..." he said. "He was
        a decent man."'), that one's speaker."""
        start, end = self._quoted[n]
        speaker = self._speaker(start, end)
        if speaker is not None:
            return speaker
        subject = self._speaker_token(start, end)
        if subject is not None:
            form = pronoun(subject) if subject.pos_ == "PRON" else None
            return self._pronoun(subject, form) if form is not None and depth < 2 else None
        if n > 0 and depth < 2:
            prev_start, prev_end = self._quoted[n - 1]
            gap = self._sent_of[start] - self._sent_of[max(prev_end - 1, prev_start)]
            if 0 <= gap <= 2:
                return self._quote_speaker(n - 1, depth + 1)
        return None

    def _speaker_token(self, start: int, end: int) -> Token | None:
        """The subject of the verb outside a quotation that governs it, if any."""
        for tok in self.doc[start:end]:
            verb = tok.head
            if start <= verb.i < end or verb.pos_ not in ("VERB", "AUX"):
                continue
            for child in verb.children:
                if child.dep_ in _SUBJECT_DEPS and not start <= child.i < end:
                    return child
        return None

    def _quote_said_by(self, tok: Token) -> tuple[int, int] | None:
        """The quotation (token range) whose verb of saying has ``tok`` as its subject ("...,"
        he said), if any: a quotation that ends before it in its sentence (it may begin
        sentences before) and holds a word whose head is that verb."""
        if tok.dep_ not in _SUBJECT_DEPS:
            return None
        verb, first = tok.head, self._first_of_sentence(tok)
        for start, end in self._quoted:
            # (one that began sentences before: '"X has let us down. He broke his promise,"
            # he said')
            if first <= end <= tok.i and any(t.head.i == verb.i for t in self.doc[start:end]):
                return start, end
        return None

    def _cataphor(self, tok: Token, form: Form) -> str | None:
        """A possessive in a phrase that opens the sentence refers forward to the subject of
        the clause ("As part of its spending plans, the government said"; "In his speech,
        the minister warned"), when that subject is a mention that agrees with it."""
        if tok.dep_ != "poss":
            return None
        root = self._root_of_sentence(tok)
        subj = next((c for c in root.children if c.dep_ in _SUBJECT_DEPS), None)
        if subj is None or subj.i <= tok.i:
            return None
        opener = tok
        while opener.head.i != root.i and opener.head.i != opener.i:
            opener = opener.head
        if opener.dep_ not in ("prep", "advcl", "npadvmod") or opener.i > subj.i:
            return None
        # the mentions are in text order here: the subject's is among the last few that
        # start at or before it
        pos = bisect.bisect_right(self._starts, subj.idx)
        for m in reversed(self._mentions[max(0, pos - 8) : pos]):
            if m.start <= subj.idx < m.end and not m.pronoun:
                return m.actor_id if self._agreement(m, form) is not None else None
        return None

    def _agreement(self, m: _Mention, form: Form) -> int | None:
        """None when the mention cannot be the pronoun's antecedent, else a rank penalty."""
        actor = self.table.actors[m.actor_id]
        plural = m.head.tag_ in ("NNS", "NNPS") and not m.pronoun
        if m.pronoun:
            plural = (pronoun(m.head) or form).number == "pl"
        if form.refers == "person":
            if not m.person or (m.pronoun and form.number == "sg" and actor.kind != "person"):
                return None  # (nor "who" of a group: "other people, who ...")
            known = self._gender.get(m.actor_id)
            if form.gender is not None and known is not None and known != form.gender:
                return None
            return 0
        if m.person or actor.kind not in _NONPERSON_KINDS | {"person"}:
            return None
        if (
            form.number == "sg"
            and actor.kind == "person"
            and m.head.pos_ == "NOUN"
            and not m.pronoun
        ):
            # ("The information commissioner is to look into how Labour uses its call
            # centres": a person named by a common noun is no "it"; a name NER mistyped as a
            # person may be an organisation's)
            return None
        if form.number == "sg":
            return None if plural else 0
        # they/them/their: plural groups first, a singular government ("the ministry said
        # they") only after every plural candidate
        return 0 if plural or actor.kind == "group" else 3

    def _unnamed_first(self, tok: Token, form: Form, best: tuple[int, int]) -> bool:
        """Whether he/she, a subject, has an unnamed person as subject before it, in its own
        sentence or the one before, who outranks the best named one (``best``: its role rank
        and sentence distance): "A Labour Party spokesman said the date was a matter for Mr
        Blair, but he was unaware of any plan": the spokesman, whom no record names, not Alan
        Milburn of the sentence before; "Asked if the trip by Baker had been dropped, the
        Treasury spokesman replied ... He described the trip": the spokesman, not Baker
        (judge54). The pronoun is then left unresolved: no record is better than one that
        merges two people."""
        if tok.dep_ not in _SUBJECT_DEPS or form.number == "pl":
            return False
        people = grammar()
        sent = self._sent_of[tok.i]
        first = self._first_of_sentence(tok)
        if first > 0:
            first = self._first_of_sentence(self.doc[first - 1])
        for cand in self.doc[first : tok.i]:
            if cand.dep_ not in _SUBJECT_DEPS or cand.tag_ != "NN":
                continue
            if self._sent_of[cand.i] == sent:
                if _role_rank(cand) > best[0]:
                    continue
            elif (
                cand.lower_ not in people.get("unnamed_source", {})
                or (_role_rank(cand), sent - self._sent_of[cand.i]) > best
            ):
                continue  # (the sentence before: a source's noun that outranks the best)
            low = cand.lower_
            role = people.get("role", {}).get(low) or people.get("title", {}).get(low)
            if (low not in GENERIC_HEADS or low in _COLLECTIVE_HEADS) and role is None:
                continue  # (a person's role; not "the group said", "the team said")
            if role is not None and role.gender and form.gender and role.gender != form.gender:
                continue  # ("the spokeswoman said he")
            if self._actor_of_token(cand) is None:
                return True  # (one the table names is a candidate of its own)
        return False

    def _document_pronoun(self, tok: Token, form: Form) -> bool:
        """Whether it/they is what is approved or signed, a document named before ("consider
        the bill ... they expect it will be approved", "five weeks after they were signed"):
        judge43 joined the bill to the committee, the Paris accords to the five states."""
        return (
            form.refers == "nonperson"
            and tok.dep_ == "nsubjpass"
            and tok.head.lower_ in _ADOPTED
            # (not what a party says of itself: "Japan said it was rejected")
            and _sayer_above(tok) is None
            and self._thing_before(tok, form)
        )

    def _thing_before(self, tok: Token, form: Form) -> bool:
        """Whether a noun no actor stands for, of the pronoun's number, is a subject or object
        before it in its sentence or the one before."""
        return next(self._things_before(tok, form, 1), None) is not None

    def _things_before(self, tok: Token, form: Form, back: int) -> Iterator[Token]:
        """The subjects and objects before a pronoun, in its sentence and the ``back`` before
        it, that no actor stands for, of its number, not a phrase it is in: the things it may
        stand for."""
        first = self._first_of_sentence(tok)
        for _ in range(back):
            if first > 0:
                first = self._first_of_sentence(self.doc[first - 1])
        for cand in self.doc[first : tok.i]:
            if cand.dep_ not in _SUBJECT_DEPS | _OBJECT_DEPS or cand.pos_ not in ("NOUN", "PROPN"):
                continue
            if cand.ent_type_ in _NOT_THINGS or self._actor_of_token(cand) is not None:
                continue
            if cand.left_edge.i <= tok.i <= cand.right_edge.i:
                continue  # (a phrase the pronoun is in: "the pressures on them")
            if (cand.tag_ in ("NNS", "NNPS")) == (form.number == "pl"):
                yield cand

    def _thing_first(
        self,
        tok: Token,
        form: Form,
        key: tuple[int, int, int],
        best: Token | None = None,
        *,
        recency_first: bool = False,
    ) -> bool:
        """Whether a non-actor noun phrase (a subject or object) outranks the best actor for
        it/they ("…criticized the sanctions. It said they would hurt trade": not the
        government), or holds it ("favoured a return to the IMF, arguing that it would make
        negotiations easier": the return, not the IMF). ``key`` is ordered as the pronoun's
        candidates are: role first, or with ``recency_first`` the sentence first ("finding
        ways to ease them": the controls of its own sentence, not the government before)."""
        sent = self._sent_of[tok.i]
        for cand in self._things_before(tok, form, PRONOUN_WINDOW):
            if _parallel_subjects(cand, tok):
                return True  # "said the cards would not solve crime and that they would cost"
            if best is not None and best.i != cand.i and _modifies(best, cand):
                return True  # (the actor only modifies the thing: "a return to the IMF")
            other = (_role_rank(cand), sent - self._sent_of[cand.i], -cand.idx)
            if recency_first and (other[1], other[0]) < key[:2]:
                return True  # (a nearer sentence or role, not only a later word)
            if not recency_first and other < key:
                return True
            if (
                tok.dep_ in _SUBJECT_DEPS
                and not recency_first
                and other[1] == 0 < key[1]
                and tok.head.dep_ != "ROOT"
            ):
                # "Byrd has opposed the legislation, saying it would prevent solutions": a
                # thing of the pronoun's own sentence before an actor of one before it, when
                # the pronoun's clause is not the sentence's main one (judge51 gave "it" to
                # Congress)
                return True
        return False


#: Past participles of verbs whose passive subject is most often a document, a plan or a law
#: ("it will be approved", "they were signed"; the pipeline may run without a lemmatizer).
_ADOPTED = frozenset(
    {"approved", "signed", "adopted", "passed", "ratified", "implemented", "enacted"}
    | {"amended", "vetoed", "accepted", "rejected", "introduced", "submitted", "published"}
    | {"drafted", "finalized", "finalised", "supported", "renewed", "extended", "scrapped"}
    | {"shelved", "endorsed"}
)


def _conjoined_owner(tok: Token, form: Form) -> Token | None:
    """For a possessive "its"/"their" on a noun coordinated after another ("Brazil and its
    creditor banks", "the ministry and its agencies"), the noun before it, the owner (judged
    sample 30: "its" there was read as the United Kingdom named before); else None."""
    if tok.dep_ != "poss" or form.refers == "person":
        return None
    owned = tok.head
    if owned.dep_ != "conj" or owned.head.i >= tok.i:
        return None
    first = owned.head
    if first.pos_ not in ("NOUN", "PROPN"):
        return None
    if (first.tag_ in ("NNS", "NNPS")) != (form.number == "pl"):
        return None
    return first


def _modifies(mention: Token, thing: Token) -> bool:
    """Whether a mention only modifies a noun, inside its phrase and in no clause of it ("a
    return to the IMF", "obligations of Philippine borrowers", "the IMF loan"); not the
    thing's owner ("Britain's loan") nor a subject inside it ("a complaint about how Labour
    uses its call centres")."""
    if mention.dep_ == "poss" and mention.head.i == thing.i:
        return False
    tok = mention
    for _ in range(8):
        if tok.dep_ in _SUBJECT_DEPS or tok.head is tok:
            return False
        tok = tok.head
        if tok.i == thing.i:
            return True
        if tok.pos_ in ("VERB", "AUX"):
            return False
    return False


def _pair_form(tok: Token, pairs: dict[str, Form]) -> Form | None:
    """The ``pair`` form of a plural noun with "the two" or "both" ("the two countries",
    "both sides"), or of "the two" standing alone as a subject or object ("the two met")."""
    deps = {c.lower_: c.dep_ for c in tok.lefts}
    if tok.tag_ == "NNS" and tok.lower_ in pairs:
        if deps.get("both") in ("det", "predet", "preconj") or (
            deps.get("two") == "nummod" and deps.get("the") == "det"
        ):
            return pairs[tok.lower_]
        return None
    if (
        tok.lower_ == "two"
        and deps.get("the") == "det"
        and tok.dep_ in _SUBJECT_DEPS | _OBJECT_DEPS
    ):
        return Form("two", "pair", None, "pl", "any")
    return None


def _distinct(a: _Mention, b: _Mention) -> tuple[str, str] | None:
    return (a.actor_id, b.actor_id) if a.actor_id != b.actor_id else None


def _clause_verb(tok: Token) -> Token | None:
    """The verb of the clause a possessive's noun phrase is the object of ("maintained their
    opposition"), else None."""
    head = tok.head
    if head.dep_ in ("dobj", "obj") and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return None


def _reported(subject: Token) -> bool:
    """Whether a subject's clause is the content of a reporting verb ("said Britain ...")."""
    verb = subject.head
    return verb.dep_ in ("ccomp", "parataxis") and verb.head.lower_ in _SAYING


def _coordinated_pair(window: list[_Mention]) -> tuple[str, str] | None:
    """The nearest two mentions whose heads are coordinated, just the two of them ("Egypt
    and Uganda"; not two of "France, Germany and Italy")."""
    by_head = {m.head.i: m for m in window}
    by_end = {m.end: m for m in window}
    for m in reversed(window):
        if m.head.dep_ == "conj" and m.head.head.i in by_head and len(m.head.conjuncts) == 1:
            found = _distinct(by_head[m.head.head.i], m)
            if found is not None:
                return found
        doc = m.head.doc
        before = by_end.get(m.start - 1)
        if before is not None and doc.text[m.start - 1] == "-":
            # ("U.S.-EC cooperation", "the U.S.-Japan row": two parties joined by a hyphen)
            found = _distinct(before, m)
            if found is not None:
                return found
    return None


def _verb_pair(window: list[_Mention]) -> tuple[str, str] | None:
    """The nearest subject and object of one verb ("Turkey accused Greece")."""
    for m in reversed(window):
        if m.head.dep_ not in ("dobj", "pobj"):
            continue
        verb = m.head.head if m.head.dep_ == "dobj" else m.head.head.head
        for other in window:
            if other.head.dep_ == "nsubj" and other.head.head.i == verb.i:
                found = _distinct(other, m)
                if found is not None:
                    return found
    return None


def _nearest_pair(window: list[_Mention]) -> tuple[str, str] | None:
    """The two nearest different actors, when no third fits in the window."""
    ids = list(dict.fromkeys(m.actor_id for m in reversed(window)))
    return (ids[1], ids[0]) if len(ids) == 2 else None


def _quotations(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the outermost quotations.

    A mark is an opening one when it is written so (“) or stands before a word with a space
    before it (' said: "When'), a closing one when it is written so (”) or follows a word or
    punctuation with no space (' ago," he'); a mark with spaces on both sides toggles. Nested
    quotations ('he was the "Father of the House" and') are inside the outer one. A paragraph
    break closes a quotation: one that runs on into the next paragraph has no closing mark at
    the end of the first (the news convention: the next paragraph opens with a mark again).
    An opening mark right after the end of a sentence inside a quotation starts a new one
    (the closing mark before it was lost where paragraphs were run together).
    """
    out: list[tuple[int, int]] = []
    depth, start = 0, 0
    for tok in doc:
        if "\n" in tok.text:
            if depth and tok.i > start:
                out.append((start, tok.i))
            depth = 0
            continue
        if not tok.is_quote or tok.text in ("'", "’", "‘"):  # apostrophes are not quotes
            continue
        if tok.text == "“":
            opening = True
        elif tok.text == "”":
            opening = False
        else:
            before = tok.i == 0 or bool(doc[tok.i - 1].whitespace_) or "\n" in doc[tok.i - 1].text
            after = bool(tok.whitespace_) or tok.i + 1 == len(doc)
            opening = (before and not after) or (before == after and not depth)
        if opening and depth and tok.i and doc[tok.i - 1].text in (".", "?", "!", "..."):
            # '... is tackled. "I would like ...': a new quotation after a sentence whose
            # closing mark the text lost (a paragraph break flattened), not a nested one
            out.append((start, tok.i))
            start, depth = tok.i + 1, 1
        elif opening:
            if not depth:
                start = tok.i + 1
            depth += 1
        elif depth:
            depth -= 1
            if not depth:
                out.append((start, tok.i))
    if depth and len(doc) > start:
        out.append((start, len(doc)))
    return out


def _parallel_subjects(cand: Token, pron: Token) -> bool:
    """Whether a noun and a later pronoun are the subjects of coordinated clauses ("the
    cards would not solve crime and that they would cost too much"): parallel roles corefer
    first (Lappin and Leass 1994's parallelism reward)."""
    if cand.dep_ not in _SUBJECT_DEPS or pron.dep_ not in _SUBJECT_DEPS:
        return False
    first, second = cand.head, pron.head
    return second.dep_ == "conj" and second.head.i == first.i


#: Reflexive pronouns (reference.tsv comment "reflexive"): bound in their own clause.
_REFLEXIVES = frozenset(
    e.lemma for e in load_lexicon("reference").entries if e.fields.get("comment") == "reflexive"
)


def _clause_subject(tok: Token, *, possessive: bool = False) -> Token | None:
    """The subject of the nearest clause above ``tok`` that has one ("Howard should be
    ashamed of himself": Howard; "it would defend itself": it). With ``possessive`` (whom a
    possessive "its"/"their" is bound to): not a subject whose phrase holds the pronoun, a
    participle's noun ("countries not offering access to their markets": countries), and a
    purpose clause's subject its governor's, not its object ("Ecuador would have to import
    crude to meet its needs": Ecuador)."""
    control = ("xcomp", "ccomp") if possessive else ("xcomp", "ccomp", "advcl")
    head = tok.head
    for _ in range(8):
        subject = next(
            (
                c
                for c in head.children
                if c.dep_ in _SUBJECT_DEPS
                and c.i != tok.i
                and not (possessive and c.left_edge.i <= tok.i <= c.right_edge.i)
            ),
            None,
        )
        if subject is not None:
            return subject
        if head.head.i == head.i:
            return None
        if (
            possessive
            and head.dep_ == "acl"
            and head.head.i < head.i
            and head.pos_ == "VERB"
            and not _infinitive(head)
        ):
            return head.head  # (not "under pressure to change their position")
        if head.dep_ in control and _infinitive(head):
            # an infinitive's subject is its governor's object when it has one ("called on
            # industrialised nations to commit themselves", "urged Japan to open itself")
            controller = _object_of(head.head)
            if controller is not None and controller.i != tok.i:
                return controller
        head = head.head
    return None


def _own_subject(tok: Token) -> Token | None:
    """The subject of the verb a possessive's phrase hangs from, with no clause between
    ("said Nakasone had endangered his political standing": Nakasone; "would cause the
    president to back away from his plan": the president; not "Tower had agreed to serve as a
    member of his board", whose "his" is in an infinitive with no subject); else None."""
    head = tok.head
    for _ in range(6):
        if head.pos_ in ("VERB", "AUX"):
            break
        if head.dep_ in ("ccomp", "xcomp", "advcl", "relcl", "acl") or head.head.i == head.i:
            return None
        head = head.head
    else:
        return None
    if head.dep_ in ("acl", "relcl"):
        return None
    subject = next(
        (
            c
            for c in head.children
            if c.dep_ in _SUBJECT_DEPS and not c.left_edge.i <= tok.i <= c.right_edge.i
        ),
        None,
    )  # (not a subject whose phrase holds it: "William Webster, his new nominee, ...")
    if subject is None and _infinitive(head):
        return None  # (an infinitive's understood subject is found by its control)
    return subject


def _controller_above(tok: Token) -> Token | None:
    """The object that controls the infinitive a subject pronoun's clause hangs from
    ("pressing the government to explain how it proposes": the government; a verb of the
    grammar's ``object_control``), when no clause between them has a subject of its own;
    else None."""
    head = tok.head
    for _ in range(4):
        if head.dep_ not in ("ccomp", "advcl", "xcomp") or head.head.i == head.i:
            return None
        if head.i != tok.head.i and any(c.dep_ in _SUBJECT_DEPS for c in head.children):
            return None
        if head.dep_ == "xcomp" and _infinitive(head):
            # ("used his speech to say it": no object's act)
            return _controlling_object(head.head, tok)
        head = head.head
    return None


def _controlling_object(governor: Token, tok: Token, *, raising: bool = False) -> Token | None:
    """The object of a verb of object control (the grammar's ``object_control``; with
    ``raising``, "expect" and "want" too) that comes before ``tok``: the understood subject of
    the infinitive ``tok`` is in; else None."""
    if governor.lower_ not in grammar().get("object_control", {}) and not (
        raising and governor.lower_ in _OBJECT_RAISING
    ):
        return None
    controller = _object_of(governor)
    return controller if controller is not None and controller.i < tok.i else None


#: Verbs of a quantity's change, every form (the pipeline may run without a lemmatizer):
#: their subject is a figure when a number measures it.
_CHANGE_VERBS = frozenset(
    {"rise", "rises", "rose", "risen", "rising", "fall", "falls", "fell", "fallen", "falling"}
    | {"grow", "grows", "grew", "grown", "growing", "shrink", "shrinks", "shrank", "shrunk"}
    | {
        form
        for stem in ("increas", "decreas", "declin", "eas", "surg", "plung", "edg", "tumbl")
        for form in (stem + "e", stem + "es", stem + "ed", stem + "ing")
    }
    | {
        form
        for stem in ("jump", "climb", "slump", "soar")
        for form in (stem, stem + "s", stem + "ed", stem + "ing")
    }
    | {"drop", "drops", "dropped", "dropping", "slip", "slips", "slipped", "dip", "dipped"}
)


def _a_cause(tok: Token) -> bool:
    """Whether a subject is what a copula explains by a cause ("it was due to a shift in
    exchange rates", "it is because of"): a situation, not a party ("it is due to meet" is)."""
    verb = tok.head
    if tok.dep_ != "nsubj" or "be" not in (verb.lemma_, verb.lower_):
        return False
    for c in verb.children:
        if c.i < tok.i or c.dep_ not in ("prep", "acomp", "advcl", "mark"):
            continue
        if c.lower_ == "because":
            return True
        if c.lower_ == "due" and any(
            g.lower_ == "to" and any(p.dep_ == "pobj" for p in g.children) for g in c.children
        ):
            return True
    return False


#: Changes of level whose "it" is a figure even with no number after it (not "grow", "ease":
#: a company grows, a central bank eases).
_MOVES = frozenset(
    {"rose", "risen", "fell", "fallen"}
    | {
        form
        for lemma in (
            "rise",
            "fall",
            "increase",
            "decrease",
            "decline",
            "plunge",
            "surge",
            "tumble",
        )
        for form in inflect(lemma, "V")
    }
)


def _a_quantity_changing(tok: Token) -> bool:
    """Whether a subject pronoun's verb is a change of quantity measured by a number or a
    percentage ("It rose 3.6 pct", "they fell by 20 pct to 1.2 billion dlrs")."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lower_ not in _CHANGE_VERBS:
        return False
    if (
        tok.lower_ == "it"
        and verb.lower_ in _MOVES
        and not any(c.dep_ == "dobj" for c in verb.children)
    ):
        return True  # "do not see it falling significantly any time soon" (a figure's "it")
    return any(
        t.like_num or t.lower_ in ("pct", "percent", "%")
        for t in verb.subtree
        if not (tok.left_edge.i <= t.i <= tok.right_edge.i)
    )


#: Verbs whose object is the understood subject of their infinitive besides the grammar's
#: ``object_control`` ones ("expected Conable to express his support").
_OBJECT_RAISING = frozenset(
    {"expect", "expects", "expected", "expecting", "want", "wants", "wanted"}
)


def _possessive_controller(tok: Token) -> Token | None:
    """For a possessive in an infinitive clause with no subject of its own, under a verb of
    object control ("urged Blair to sack his deputy"), that verb's object; else None."""
    head = tok.head
    for _ in range(4):
        if head.pos_ in ("VERB", "AUX"):
            break
        head = head.head
    else:
        return None
    if head.dep_ not in ("xcomp", "advcl") or not _infinitive(head):
        return None  # (the parser hangs "pressing Japan for action to reduce" as a modifier)
    if any(c.dep_ in _SUBJECT_DEPS for c in head.children):
        return None
    return _controlling_object(head.head, tok, raising=True)


def _sayer_above(tok: Token) -> Token | None:
    """For the subject of a clause that a verb of saying governs ("Republicans said they
    were kept in the dark"), that verb's subject, when it comes before; else None."""
    verb = tok.head
    if verb.dep_ != "ccomp" or not _says(verb.head):
        return None
    sayer = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return sayer if sayer is not None and sayer.i < tok.i else None


def _with_owner(tok: Token) -> Token | None:
    """For a possessive in a "with" phrase set off by a comma right after a noun ("making
    Japan, with its enormous trade surplus, the symbol"), that noun: the phrase describes
    it; else None."""
    head = tok.head
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "with" or prep.i < 2:
        return None
    doc = tok.doc
    if doc[prep.i - 1].text != "," or doc[prep.i - 2].pos_ not in ("NOUN", "PROPN"):
        return None
    return doc[prep.i - 2]


def _reason_object(tok: Token) -> Token | None:
    """For a possessive in the "for" phrase of a verb of praise or blame ("praised the
    committee for its cooperation", "criticised Japan for its trade surplus"), that verb's
    object when it comes before; else None."""
    head = tok.head
    if head.dep_ != "pobj" or head.head.lower_ != "for" or head.head.dep_ != "prep":
        return None
    verb = head.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    return _controlling_object(verb, tok)


def _object_of(verb: Token) -> Token | None:
    """A verb's direct object, or the object of its "on" ("called on X"), else None."""
    for c in verb.children:
        if c.dep_ in ("dobj", "obj") and c.pos_ in ("NOUN", "PROPN"):
            return c
        if c.dep_ == "prep" and c.lower_ == "on":
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
                return obj
    return None


def _role_rank(head: Token) -> int:
    """0: main-clause subject, 1: other subject, 2: anything else (also the subject of a
    relative clause, which only describes: "a loss in this state - which Bill Clinton won in
    1992 - ... would be asking him to step aside" is not about Bill Clinton; Lappin and Leass
    1994 rank embedded mentions lower)."""
    if head.dep_ in _SUBJECT_DEPS:
        verb = head.head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ == "relcl":
            return 2
        return 0 if verb.dep_ == "ROOT" else 1
    if head.dep_ == "poss" and head.head.dep_ in _SUBJECT_DEPS:
        return 1
    if head.dep_ == "poss":
        # the owner of a thing inside another phrase is the least salient ("urging them not
        # to fight the election by exploiting people's fears. ... he called on them": the
        # parties; Lappin and Leass 1994 give embedded noun phrases no head-noun weight)
        return 3
    if head.dep_ == "pobj" and head.head.dep_ == "agent":
        # a passive's agent is its verb's logical subject ("His claims were denied by Jack
        # Straw, who ... he argued": Straw)
        verb = head.head.head
        return 0 if verb.dep_ == "ROOT" else 1
    if head.dep_ == "dobj" and head.head.lower_ in _verb_forms("quoting_verb"):
        # "The New China News Agency quoted Zhang Yan, a delegate, attacking grain policy. He
        # said": the one quoted speaks on, as a subject would (the pronoun dev set's Reuters
        # batch gave the he to the story's earlier speaker)
        return 0 if head.head.dep_ == "ROOT" else 1
    if (
        head.dep_ == "ROOT"
        and head.pos_ in ("PROPN", "NOUN")
        and any(c.dep_ == "acl" and c.tag_ == "VBD" and c.i > head.i for c in head.children)
    ):
        # "William Bywater, president of the union, called on President Reagan": the parse
        # makes the name the root and its verb a clause on it; it is the sentence's subject
        # (judge43 gave the next "He" to Reagan)
        return 0
    return 2


def _subordinate(title: str, said: str, mods: list[Token]) -> bool:
    """Whether the holder's ``title`` is a lesser office the description does not name: "the
    mayor" is not "Deputy Mayor Nicky Gavron" (but "the deputy mayor" is), "the prime minister"
    not the Deputy Prime Minister."""
    words = said.split()
    lesser = grammar().get("subordinate", {})
    named = {t.lower_ for t in mods}
    for i, w in enumerate(words):
        if w != title:
            continue
        j = i - 1
        while j >= 0 and words[j] in named:
            j -= 1  # "the prime minister" is not the deputy prime minister either
        if j >= 0 and words[j] in lesser:
            return True
    return False


def _restrictive(mod: Token) -> bool:
    """A modifier that tells one person of a kind apart: a possessor ("the families'
    lawyer"), a prepositional phrase ("the lawyer for the family") or a relative or
    participle clause without a comma before it ("the surgeon who carried out his
    operation"; ", whose latest venture is a casino" only adds to whom the words name)."""
    if mod.dep_ in ("poss", "prep"):
        return True
    if mod.dep_ not in ("relcl", "acl"):
        return False
    first = mod.left_edge
    return not (first.i > 0 and first.doc[first.i - 1].text == ",")


def _bound(pron: Token, cand: Token) -> bool:
    """An object pronoun cannot be the subject of its own verb ("Macron thanked him"), nor the
    object that controls its non-finite verb ("accused Finegold of doorstepping him": him is
    not Finegold; the lexicon's ``object_control`` verbs)."""
    if pron.dep_ not in _OBJECT_DEPS:
        return False
    verb = pron.head
    if pron.dep_ == "pobj" and verb.dep_ in ("prep", "agent", "dative"):
        verb = verb.head
    # "Blinken called Lavrov and warned him": a conjoined verb shares the first one's subject;
    # so does a non-finite verb its controller's ("Trump responded by accusing him")
    for _ in range(6):
        if any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
            break
        if verb.dep_ in ("xcomp", "pcomp") and verb.pos_ in ("VERB", "AUX"):
            gov = verb.head.head if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" else verb.head
            obj = next((c for c in gov.children if c.dep_ == "dobj"), None)
            if (
                gov.pos_ == "VERB"
                and gov.lower_ in grammar().get("object_control", {})
                and obj is not None
                and obj.i < verb.i
            ):
                return cand.i == obj.i  # (the governing verb's subject is free)
        if verb.dep_ not in ("conj", "xcomp", "pcomp", "advcl", "prep") or verb.head.i == verb.i:
            break
        verb = verb.head
    return cand.dep_ in _SUBJECT_DEPS and cand.head.i == verb.i


#: Prepositions whose object is where something is ("across the country", "in the kingdom").
_AROUND = frozenset(
    {"in", "across", "throughout", "around", "inside", "outside", "within", "into", "to"}
    | {"from", "over", "through", "near", "at", "out"}
)


def _where_like(prep: Token) -> bool:
    """Whether a preposition heads a phrase of place ("out of the country")."""
    return prep.lower_ == "of" and prep.head.lower_ in ("out", "rest", "parts", "part")


def _expletive(tok: Token) -> bool:
    """Non-referential "it": "it seems", "it was reported that", "it is likely that", "it
    would be naive not to", "found it hard to"; not "it was ready to talk" or "it is likely to
    raise rates", whose "it" acts."""
    if tok.dep_ == "expl":
        return True
    verb = tok.head
    if tok.dep_ == "dobj":
        # "found it hard to persuade them": the object of a verb with a predicate after it
        preds = [c for c in verb.children if c.dep_ in ("oprd", "acomp", "ccomp") and c.i > tok.i]
        return any(_extraposed(p, verb) for p in preds)
    if tok.dep_ not in _SUBJECT_DEPS:
        return False
    if verb.lemma_.lower() in grammar()["expletive"] or verb.lower_ in _expletive_forms():
        return True
    if verb.pos_ in ("ADJ", "NOUN"):
        return _extraposed(verb, verb.head)  # ("found it hard to", parsed as a small clause)
    if "be" in (verb.lemma_, verb.lower_):
        preds = [c for c in verb.children if c.dep_ in ("acomp", "attr")]
        if any(_extraposed(p, verb) for p in preds):
            return True  # "it is normal that it is done", "it would be naive not to use it"
        objects = [g for c in verb.children if c.dep_ == "prep" for g in c.children]
        if not preds and any(g.dep_ == "pobj" and _extraposed(g, verb) for g in objects):
            return True  # "it is not in the interests of either country to get in a conflict"
        if not preds and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
            return True  # "the criticism levelled at him, it is that he is too ready"
        if any(c.dep_ == "advcl" and c.i > verb.i and _for_to(c) for c in verb.children):
            return True  # "it was for the minister to decide"
    if verb.lower_ in ("take", "takes", "took", "taken", "taking") and any(
        c.dep_ in ("dobj", "npadvmod") and c.lower_ in _DURATIONS for c in verb.children
    ):
        # "it would take time to monitor any compliance", "it took years to agree": the
        # infinitive after is the real subject (judge51 gave "it" to Japan)
        return any(
            c.dep_ in ("xcomp", "advcl") and c.i > verb.i and _infinitive(c) for c in verb.children
        )
    if (
        verb.tag_ == "VBN"
        and verb.dep_ in ("ccomp", "xcomp")
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    ):
        return True  # "wanted it understood that": the subject of a participle clause
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return passive and any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)


#: Nouns of a stretch of time ("it would take time to", "it took two years to").
_DURATIONS = frozenset(
    form
    for noun in ("time", "while", "year", "month", "week", "day", "hour", "minute", "decade")
    for form in inflect(noun, "N")
) | {"long"}


def _infinitive(clause: Token) -> bool:
    """Whether a clause is a to-infinitive ("to monitor any compliance")."""
    return any(g.dep_ == "aux" and g.lower_ == "to" for g in clause.children)


def _for_to(clause: Token) -> bool:
    """Whether a clause is a for-to infinitive ("for the minister to decide")."""
    kids = list(clause.children)
    return any(g.dep_ == "mark" and g.lower_ == "for" for g in kids) and any(
        g.dep_ == "aux" and g.lower_ == "to" for g in kids
    )


def _copular(tok: Token) -> bool:
    """Whether a subject is described by a copula ("it is a huge task", "it was satisfied")."""
    verb = tok.head
    return (
        tok.dep_ in _SUBJECT_DEPS
        and "be" in (verb.lemma_, verb.lower_)
        and any(
            c.dep_ in ("acomp", "attr", "ccomp") or (c.dep_ == "prep" and c.lower_ == "like")
            for c in verb.children
        )
    )


def _says(verb: Token) -> bool:
    """Whether a verb is one of saying or reporting ("said", "reported", "quoted")."""
    low = verb.lower_
    return low in _verb_forms("media_verb") or low in _verb_forms("speech_verb")


@cache
def _verb_forms(cls: str) -> frozenset[str]:
    """The inflected forms of a verb class of the lexicon: ``speech_verb`` (what a report or a
    story may say: "the report said"), ``media_verb`` (verbs of reporting news: "reported",
    "publishes"), ``thing_verb`` ("expires", "cost"). The pipeline runs without a lemmatizer,
    so a lemma check never matches."""
    return frozenset(form for lemma in grammar().get(cls, {}) for form in inflect(lemma, "V"))


def _positive(adjective: str) -> str:
    """The positive degree of a regular comparative ("cheaper": cheap, "easier": easy) for the
    lexicon's adjectives ("made it cheaper to buy U.S. goods"); other words as they are."""
    if adjective.endswith("ier"):
        return adjective[:-3] + "y"
    return adjective[:-2] if adjective.endswith("er") else adjective


@cache
def _expletive_forms() -> frozenset[str]:
    """The inflected forms of the expletive verbs ("seems", "happened"): the pipeline runs
    without spaCy's lemmatizer, so most tokens have no lemma."""
    return frozenset(
        form
        for lemma in grammar()["expletive"]
        for form in (
            lemma,
            f"{lemma}s",
            f"{lemma}ed",
            f"{lemma.removesuffix('e')}ed",
            f"{lemma}ing",
        )
    )


#: Adjectives that raise their infinitive's subject: "it is likely to raise rates" is the bank.
_RAISING = frozenset({"likely", "unlikely"})


def _extraposed(pred: Token, verb: Token) -> bool:
    """Whether a predicate word of the extraposing kind ("likely", "naive", "time") has the
    clause that is the real subject after it: a that-clause, or an infinitive (not after a
    raising adjective)."""
    words = grammar()["extraposing"]
    if pred.lower_ not in words and _positive(pred.lower_) not in words:
        return False
    for c in (*pred.children, *verb.children):
        if c.i <= pred.i:
            continue
        if c.dep_ in ("ccomp", "csubj"):
            return True
        if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
            return True  # ("makes it clear that ...": the parser's that-clause as a modifier)
        infinitive = _infinitive(c)
        if c.dep_ in ("xcomp", "advcl", "relcl") and infinitive and pred.lower_ not in _RAISING:
            return True
    return False


def words_gender(words: list[str]) -> str | None:
    """The sex the honorific or role word nearest a name says ("Mrs", "wife"), or None."""
    table = {**grammar()["honorific"], **grammar()["role"]}
    for w in reversed(words):  # the word nearest the name
        form = table.get(w)
        if form is not None and form.gender is not None:
            return form.gender
    return None
