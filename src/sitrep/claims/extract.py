"""Rule-based attribution extraction over a spaCy parse.

Cues come from the cue lexicon (reporting verbs and nouns, ``according to``, colons before
quotes). For each cue the source is found in the parse (subject, passive agent, possessor,
``by``/``from`` phrase, the subject of the governing verb for ``…, saying …``) and the content is
the complement clause, the adjacent quotation(s), or the rest of the sentence (``according to``).
The result is a list of :class:`RawAttribution` with character offsets; chains, disputes and
actor resolution happen in :mod:`sitrep.claims.link`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

import numpy as np
from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from sitrep.claims.lexicon import Cue, load_cues
from sitrep.claims.quotes import Quote, find_quotes
from sitrep.text.lexicon import load_lexicon, word_set
from sitrep.text.spans import doc_text, token_end, tokens_span, trim_separators

CharSpan = tuple[int, int]

_SUBJ = {"nsubj", "nsubjpass", "csubj"}
_REL_PRONOUNS = {"who", "which", "that", "whom"}
_CLAUSE_DEPS = {"ccomp"}
_XCOMP_VERBS = word_set("attribution_words", cls="xcomp_content")
_OBJ_OK = load_lexicon("reporting_verbs").items("object")
_CLAUSE_EXTRA = {"dobj", "dative", "advmod", "npadvmod", "prep", "aux", "auxpass", "neg"}
_OBJ_STANCES = {"accuse", "deny", "dispute", "predict", "report"}
_HEADLINE_COLON = re.compile(
    r"(?m)^[ \t]*[\"“]?([A-Z][\w.'’&-]*(?:[ \t]+[\w.'’&-]+){0,6}?)[ \t]*(:)[ \t]+(\S[^\n]*)$"
)
_DASH_SIGNATURE = re.compile(
    r"[^\S\n]*([―—–]|--)[^\S\n]*([A-Z][\w.'’-]*(?:[^\S\n]+[A-Z][\w.'’-]*){0,4})"
)
_LINE_END = re.compile(r"[^\S\n]*\.?[^\S\n]*(?:\n|$)")
_NOT_SPEAKERS = word_set("attribution_words", cls="not_speaker")
_COLON_NOT_NAMES = word_set("attribution_words", cls="colon_not_name")
_NOMINAL_SOURCE_PREPS = {"by", "from", "of"}
_MEDIA_NOUNS = {"report", "story", "article", "newspaper", "paper", "piece", "dispatch"}


@dataclass
class RawAttribution:
    """An attribution before linking: character spans into the text."""

    cue: CharSpan
    source: CharSpan | None
    content: list[CharSpan]
    kind: str
    stance: str
    confidence: float
    cue_token: int  # index of the cue's head token (for linking)
    source_token: int | None = None
    antecedent: CharSpan | None = None  # what a relative-pronoun source ("who") stands for
    target_token: int | None = None  # the noun a dismissal/denial is about, if any
    notes: list[str] = field(default_factory=list)
    fixed: bool = False  # boundaries set by layout (headline colon, dash signature): keep them


def _subtree_span(tok: Token, *, exclude: set[int] | None = None) -> CharSpan:
    """The contiguous char span of ``tok``'s subtree, cut before any excluded token."""
    toks = sorted(tok.subtree, key=lambda t: t.i)
    if exclude:
        # keep the contiguous run around tok that avoids excluded tokens
        left = [t for t in toks if t.i <= tok.i]
        right = [t for t in toks if t.i > tok.i]
        keep = [tok]
        for t in reversed(left[:-1]):
            if t.i in exclude:
                break
            keep.insert(0, t)
        for t in right:
            if t.i in exclude:
                break
            keep.append(t)
        toks = keep
    return tokens_span(toks)


def _source_tokens(tok: Token) -> list[Token]:
    """The source phrase headed by ``tok``: its whole subtree (PolNeAR sources keep titles,
    appositions and relative clauses), without surrounding punctuation."""
    run = sorted(tok.subtree, key=lambda t: t.i)
    while run and (run[-1].is_punct or run[-1].is_space) and run[-1] is not tok:
        run.pop()
    while run and (run[0].is_punct or run[0].is_space) and run[0] is not tok:
        run.pop(0)
    return run or [tok]


class Extractor:
    """Finds attributions in a parsed Doc (see module docstring)."""

    def __init__(self) -> None:
        self.cues = load_cues()
        self._cue_ids = np.array(
            sorted({get_string_id(form) for form, _ in self.cues} | {get_string_id("according")}),
            dtype=np.uint64,
        )
        self._text = ""
        self._signed: set[int] = set()  # quotes signed after a dash (see _dash_signatures)

    # -- cue lookup ---------------------------------------------------------------------------
    def verb_cue(self, tok: Token) -> Cue | None:
        if not tok.tag_.startswith("VB") and tok.pos_ not in ("VERB",):
            return None
        return self.cues.get((tok.lower_, "V"))

    def noun_cue(self, tok: Token) -> Cue | None:
        if tok.pos_ not in ("NOUN",):
            return None
        return self.cues.get((tok.lower_, "N"))

    # -- main ---------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> list[RawAttribution]:
        return self.extract(doc)[0]

    def extract(
        self, doc: Doc, *, text: str | None = None
    ) -> tuple[list[RawAttribution], list[Quote]]:
        """The raw attributions of ``doc`` and the quotations found in it.

        Args:
            doc: a parsed document.
            text: ``doc.text`` if the caller has it (``Doc.text`` joins all tokens each time).
        """
        self._text = doc_text(doc) if text is None else text
        quotes = [q for q in find_quotes(self._text) if self._quote_words(doc, q) >= 1]
        q_starts = [q.start for q in quotes]
        used_quotes: set[int] = set()
        # signed quotations first: layout says who said them, whatever verb comes before
        out = self._dash_signatures(doc, quotes, used_quotes)
        self._signed = set(used_quotes)
        # only tokens whose word is in the cue lexicon (or "according") can start an attribution
        lower = doc.to_array(LOWER)
        for i in np.flatnonzero(np.isin(lower, self._cue_ids)).tolist():
            tok = doc[i]
            low = tok.lower_
            if low == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
                att = self._according(doc, tok)
            else:
                cue = self.verb_cue(tok)
                if cue is not None:
                    att = self._verbal(doc, tok, cue, quotes, q_starts, used_quotes)
                else:
                    ncue = self.noun_cue(tok)
                    att = self._nominal(doc, tok, ncue) if ncue is not None else None
            if att is not None:
                out.append(att)
        out.extend(self._colon_quotes(doc, quotes, used_quotes, out))
        out.extend(self._headline_colons(doc, out))
        out = [a for a in (self._clip(doc, a, quotes) for a in out) if a is not None]
        self._floating_quotes(doc, quotes, out)
        self.cut_at_targets(doc, out)
        out.sort(key=lambda a: a.cue[0])
        return out, quotes

    def _floating_quotes(self, doc: Doc, quotes: list[Quote], atts: list[RawAttribution]) -> None:
        """A quotation standing alone (no cue of its own) continues the previous speaker's
        quote: it becomes a further content fragment of the nearest earlier direct
        attribution, when no other attribution comes between."""
        text = self._text
        atts.sort(key=lambda a: a.cue[0])
        cue_starts = [a.cue[0] for a in atts]
        for q in quotes:
            if any(
                any(cs <= q.start and q.end <= ce + 1 for cs, ce in a.content)
                or any(
                    abs(cs - qs) <= 1 and abs(ce - qe) <= 1
                    for cs, ce in a.content
                    for qs, qe in q.fragments
                )
                for a in atts
            ):
                continue
            before = text[max(0, q.start - 3) : q.start]
            if before and not re.search(r"(^|[.!?\n”\"]\s*)$", before):
                continue  # a quote inside a sentence (scare quotes), not a standalone one
            if len(text[q.start : q.end].split()) < 3:
                continue
            k = bisect.bisect_left(cue_starts, q.start) - 1
            if k < 0:
                continue
            prev = atts[k]
            if prev.kind not in ("direct", "mixed") or not prev.content:
                continue
            last_end = max(e for _, e in prev.content)
            gap = text[last_end : q.start]
            if last_end > q.start or gap.count("\n") > 2 or len(gap) > 400:
                continue
            if any(last_end <= a.cue[0] < q.start for a in atts):
                continue
            prev.content.extend(q.fragments)
            prev.notes.append("floating quote")

    def cut_at_targets(
        self, doc: Doc, atts: list[RawAttribution], *, text: str | None = None
    ) -> None:
        """A reduced-relative attribution ("…, an accusation dismissed by Kyiv") comments on the
        clause before it: end that clause's content before the commented noun phrase.
        ``text``: ``doc.text`` (default: the text of the last :meth:`extract`)."""
        text = self._text if text is None else text
        for att in atts:
            if att.kind != "nominal" or att.target_token is None:
                continue
            t_start = min(t.idx for t in doc[att.target_token].subtree)
            for other in atts:
                if other is att:
                    continue
                new = []
                for s, e in other.content:
                    if s < t_start < e and other.cue[1] <= t_start:
                        tr = trim_separators(text, s, t_start)
                        if tr:
                            new.append(tr)
                    else:
                        new.append((s, e))
                other.content = new

    def _clip(self, doc: Doc, att: RawAttribution, quotes: list[Quote]) -> RawAttribution | None:
        """Keep spans inside the cue's paragraph (the parser joins headlines to the next
        paragraph) and, for a cue inside a quotation, inside that quotation."""
        text = self._text
        p_lo = text.rfind("\n", 0, att.cue[0]) + 1
        p_hi = text.find("\n", att.cue[1])
        p_hi = len(text) if p_hi < 0 else p_hi
        lo, hi = p_lo, p_hi
        for q in quotes:
            for qs, qe in q.fragments:
                if qs < att.cue[0] and att.cue[1] <= qe:
                    lo, hi = max(lo, qs + 1), min(hi, qe)
        if att.source is not None and not (lo <= att.source[0] and att.source[1] <= hi):
            att.source = None
            att.source_token = None
            att.confidence *= 0.7
        if att.kind != "direct":
            clipped = []
            for s, e in att.content:
                s, e = max(s, lo), min(e, hi)
                tr = trim_separators(self._text, s, e) if e > s else None
                if tr and re.search(r"\w", text[tr[0] : tr[1]]):
                    clipped.append(tr)
            att.content = clipped
        if not att.content:
            return None
        return att

    def _quote_words(self, doc: Doc, q: Quote) -> int:
        return sum(len(self._text[s:e].split()) for s, e in q.fragments)

    # -- verbal cues --------------------------------------------------------------------------
    def _cue_tokens(self, doc: Doc, tok: Token) -> list[Token]:
        toks = [tok]
        for child in tok.children:
            if child.dep_ == "neg" and child.i == tok.i - 1:
                toks.append(child)
            if child.dep_ == "prt" and child.i == tok.i + 1:
                toks.append(child)
        toks.sort(key=lambda t: t.i)
        # contiguous only
        run = [toks[0]]
        for t in toks[1:]:
            if t.i == run[-1].i + 1:
                run.append(t)
        return run

    def _find_source(self, tok: Token) -> tuple[Token | None, Token | None]:
        """(source head token, antecedent head for relative pronouns)."""
        cur: Token | None = tok
        hops = 0
        while cur is not None and hops < 3:
            for child in cur.children:
                if child.dep_ in ("nsubj", "csubj") or (
                    child.dep_ == "nsubjpass" and cur.lower_ in ("quoted", "cited")
                ):
                    ante = None
                    if child.lower_ in _REL_PRONOUNS and cur.dep_ == "relcl":
                        ante = cur.head
                    return child, ante
                if child.dep_ == "agent":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            return pobj, None
            if cur.dep_ in ("advcl", "xcomp", "conj", "pcomp") and cur.tag_ in (
                "VBG",
                "VB",
                "VBD",
                "VBZ",
                "VBP",
                "VBN",
            ):
                cur = cur.head
                hops += 1
                continue
            break
        return None, None

    def _adjacent_quotes(
        self, doc: Doc, lo: int, hi: int, quotes: list[Quote], q_starts: list[int]
    ) -> list[int]:
        """Indices of quotes that end just before char ``lo`` or start just after ``hi``."""
        text = self._text
        hits = []
        k = bisect.bisect_left(q_starts, lo) - 1
        if (
            k >= 0
            and k not in self._signed
            and quotes[k].end <= lo
            and re.fullmatch(r"[\s,—–-]*", text[quotes[k].end : lo])
        ):
            hits.append(k)
        k2 = bisect.bisect_left(q_starts, hi)
        if (
            k2 < len(quotes)
            and k2 not in self._signed
            and re.fullmatch(r"[\s,:—–-]*", text[hi : quotes[k2].start])
        ):
            hits.append(k2)
        # a quote ending just before the cue clause and closing with a comma ("“…,” he said")
        # may continue right after it ("“…,” he said, “…”"): that second part is taken above.
        return hits

    def _verbal(
        self,
        doc: Doc,
        tok: Token,
        cue: Cue,
        quotes: list[Quote],
        q_starts: list[int],
        used: set[int],
    ) -> RawAttribution | None:
        if tok.dep_ in ("amod", "compound") or (tok.tag_ == "VBN" and tok.dep_ == "amod"):
            return None
        src, ante = self._find_source(tok)
        cue_toks = self._cue_tokens(doc, tok)
        # the cue clause: source phrase + cue (+ adverbs/objects between/after, e.g. "told reporters")
        clause = list(cue_toks)
        src_toks: list[Token] = []
        if src is not None:
            src_toks = [src] if ante is not None else _source_tokens(src)
            clause.extend(src_toks)
        allowed: set[int] = set()
        for child in tok.children:
            if child.dep_ in _CLAUSE_EXTRA and not any(
                c.dep_ in _CLAUSE_DEPS for c in child.subtree
            ):
                allowed.update(t.i for t in child.subtree)
        lo_i = min(t.i for t in clause)
        hi_i = max(t.i for t in clause)
        while hi_i + 1 < len(doc) and hi_i + 1 in allowed:
            hi_i += 1
        while lo_i - 1 >= 0 and lo_i - 1 in allowed:
            lo_i -= 1
        lo, hi = doc[lo_i].idx, token_end(doc[hi_i])
        content: list[CharSpan] = []
        kind = "indirect"
        conf = 0.6
        # 1. adjacent quotations
        qs = self._adjacent_quotes(doc, lo, hi, quotes, q_starts)
        comp = [c for c in tok.children if c.dep_ in _CLAUSE_DEPS]
        if qs:
            for k in qs:
                content.extend(quotes[k].fragments)
                used.add(k)
            kind = "direct"
            conf = 0.9
        elif comp:
            c = comp[0]
            c_idx = {t.i for t in c.subtree}
            excl = {t.i for t in tok.subtree if t.i not in c_idx}
            span = _subtree_span(c, exclude=excl)
            tr = trim_separators(self._text, *span)
            if tr:
                content.append(tr)
                kind = (
                    "mixed"
                    if any(q.start >= tr[0] and q.end <= tr[1] + 1 for q in quotes)
                    else "indirect"
                )
                for k, q in enumerate(quotes):
                    if q.start >= tr[0] - 1 and q.end <= tr[1] + 1:
                        used.add(k)
                    if q.start <= tr[0] + 1 and q.end >= tr[1] - 1:
                        kind = "direct"
                        used.add(k)
                conf = 0.85 if src is not None else 0.6
        elif src is not None and (
            tok.dep_ == "parataxis"
            or (
                tok.dep_ == "ccomp"
                and tok.i > tok.head.i
                and lo_i > 0
                and doc[lo_i - 1].text in (",", "”", '"', "—", "–")
                and self.verb_cue(tok.head) is None
            )
        ):
            # "Prices, he said, will rise" / "Prices will rise, he said"
            head = tok.head
            excl = {t.i for t in tok.subtree}
            toks = [t for t in head.subtree if t.i not in excl]
            if toks:
                first, last = toks[0].i, toks[-1].i
                pieces: list[CharSpan] = []
                run_start = first
                for i in range(first, last + 1):
                    if i in excl:
                        if i > run_start:
                            pieces.append((doc[run_start].idx, token_end(doc[i - 1])))
                        run_start = i + 1
                if run_start <= last:
                    pieces.append((doc[run_start].idx, token_end(doc[last])))
                for p in pieces:
                    tr = trim_separators(self._text, *p)
                    if tr and re.search(r"\w", self._text[tr[0] : tr[1]]):
                        content.append(tr)
                conf = 0.75
        else:
            xc = [c for c in tok.children if c.dep_ == "xcomp"]
            ob = [c for c in tok.children if c.dep_ in ("dobj",)]
            if xc and tok.lower_ in _XCOMP_VERBS:
                first = min(t.idx for t in xc[0].subtree)
                if ob and ob[0].i < xc[0].i:
                    first = min(t.idx for t in ob[0].subtree)
                end = max(token_end(t) for t in xc[0].subtree)
                tr = trim_separators(self._text, first, end)
                if tr:
                    content.append(tr)
                    conf = 0.55
            elif ob and (tok.lower_ in _OBJ_OK or cue.stance in _OBJ_STANCES):
                toks = list(ob[0].subtree)
                for child in tok.children:
                    # "accuse Russia of preparing …": the object and what it is accused of
                    if child.dep_ == "prep" and child.i > ob[0].i and child.lower_ in ("of", "for"):
                        toks.extend(child.subtree)
                toks.sort(key=lambda t: t.i)
                tr = trim_separators(self._text, toks[0].idx, token_end(toks[-1]))
                if tr:
                    content.append(tr)
                    conf = 0.5
        reduced_rel = tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN") and src is not None
        if not content and reduced_rel:
            content = [tokens_span(_source_tokens(tok.head))]
        if not content:
            return None
        if src is None:
            conf -= 0.2
        # a reduced relative ("an accusation dismissed as … by Kyiv") is a nominal attribution
        target = None
        if reduced_rel:
            kind = "nominal"
            target = tok.head.i
        elif tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and tok.head.lower_ in _MEDIA_NOUNS:
            target = tok.head.i
        for child in tok.children:
            if child.dep_ in ("dobj", "nsubjpass") and child.pos_ in ("NOUN", "PRON"):
                target = target or child.i
        cue_span = tokens_span(cue_toks)
        source = antecedent = None
        if src is not None:
            # the source is the surface mention ("who" for a relative clause); the antecedent
            # (without the relative clause that holds the cue) is what it resolves to
            source = tokens_span(src_toks)
            if ante is not None:
                rel = {t.i for t in tok.subtree} | {tok.i}
                toks = [t for t in _source_tokens(ante) if t.i not in rel and t.i < src.i]
                while len(toks) > 1 and (toks[-1].is_punct or toks[-1].is_space):
                    toks.pop()
                antecedent = tokens_span(toks or [ante])
        return RawAttribution(
            cue=cue_span,
            source=source,
            content=content,
            kind=kind,
            stance=self._stance(cue, tok),
            confidence=max(0.05, min(conf * (0.5 + cue.rate), 0.99)),
            cue_token=tok.i,
            source_token=(ante.i if ante is not None else src.i) if src is not None else None,
            antecedent=antecedent,
            target_token=target,
        )

    @staticmethod
    def _stance(cue: Cue, tok: Token) -> str:
        stance = cue.stance
        if stance == "assert" and tok.lower_ in ("reported", "reports", "revealed", "reporting"):
            stance = "report"
        return stance

    # -- according to -------------------------------------------------------------------------
    def _according(self, doc: Doc, tok: Token) -> RawAttribution | None:
        to = doc[tok.i + 1]
        pobj = [c for c in to.children if c.dep_ == "pobj"]
        if not pobj:
            return None
        src_toks = _source_tokens(pobj[0])
        # content: the rest of the sentence, without the "according to X" phrase
        sent: Span = tok.sent
        excl_lo = tok.i
        excl_hi = max(t.i for t in pobj[0].subtree)
        pieces = []
        if excl_lo > sent.start:
            pieces.append((doc[sent.start].idx, token_end(doc[excl_lo - 1])))
        if excl_hi + 1 < sent.end:
            last = sent.end - 1
            pieces.append((doc[excl_hi + 1].idx, token_end(doc[last])))
        content = []
        for p in pieces:
            tr = trim_separators(self._text, *p)
            if tr and re.search(r"\w", self._text[tr[0] : tr[1]]):
                end = tr[1]
                while end > tr[0] and self._text[end - 1] in ".!?":
                    end -= 1
                content.append((tr[0], end))
        if not content:
            return None
        return RawAttribution(
            cue=(tok.idx, token_end(to)),
            source=tokens_span(src_toks),
            content=content,
            kind="according_to",
            stance="assert",
            confidence=0.85,
            cue_token=tok.i,
            source_token=pobj[0].i,
        )

    # -- nominal cues -------------------------------------------------------------------------
    def _nominal(self, doc: Doc, tok: Token, cue: Cue) -> RawAttribution | None:
        src = None
        for child in tok.children:
            if child.dep_ == "poss":
                src = child
            elif child.dep_ == "prep" and child.lower_ in _NOMINAL_SOURCE_PREPS:
                pobj = [c for c in child.children if c.dep_ == "pobj"]
                if pobj and (pobj[0].ent_type_ or pobj[0].pos_ == "PROPN"):
                    src = pobj[0]
        content = []
        for child in tok.children:
            if child.dep_ in ("acl", "ccomp", "appos") and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in child.children
            ):
                tr = trim_separators(self._text, *_subtree_span(child))
                if tr:
                    content.append(tr)
        if src is None or not content:
            return None
        return RawAttribution(
            cue=(tok.idx, token_end(tok)),
            source=tokens_span(_source_tokens(src)),
            content=content,
            kind="nominal",
            stance=cue.stance,
            confidence=0.6,
            cue_token=tok.i,
            source_token=src.i,
        )

    # -- headline colons and dash signatures --------------------------------------------------
    def _tokens_in(self, doc: Doc, start: int, end: int) -> list[Token]:
        span = doc.char_span(start, end, alignment_mode="expand")
        return [t for t in span if not t.is_space] if span is not None else []

    def _headline_colons(self, doc: Doc, found: list[RawAttribution]) -> list[RawAttribution]:
        """``Pence: Flowers Won't Be at Debate`` / ``WALLACE: Let's start…`` — a short
        capitalised name phrase opening a line, a colon, and what it says on that line."""
        out = []
        cue_starts = {a.cue[0] for a in found}
        for m in _HEADLINE_COLON.finditer(self._text):
            name, colon = m.group(1), m.start(2)
            if colon in cue_starts or name.split()[0].lower() in _NOT_SPEAKERS:
                continue
            if len(name.split()) > 7 or not re.search(r"\w", m.group(3)):
                continue
            src_toks = self._tokens_in(doc, m.start(1), m.end(1))
            if not src_toks:
                continue
            if any(t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB") for t in src_toks):
                continue  # a clause ("The pattern is clear:", "He added:"), not a speaker
            if src_toks[0].lower_ in _COLON_NOT_NAMES:
                continue  # "The Latest:", "For instance:", "Another problem for Sanders:"
            end = m.end(3)
            while end > m.start(3) and self._text[end - 1] in ".!? ":
                end -= 1
            out.append(
                RawAttribution(
                    cue=(colon, colon + 1),
                    source=(m.start(1), m.end(1)),
                    content=[(m.start(3), end)],
                    kind="direct",
                    stance="assert",
                    confidence=0.85,
                    fixed=True,
                    cue_token=src_toks[-1].i,
                    source_token=src_toks[-1].i,
                )
            )
        return out

    def _dash_signatures(
        self, doc: Doc, quotes: list[Quote], used: set[int]
    ) -> list[RawAttribution]:
        """``“…” ― Sonya Herridge``: a quotation signed after a dash. When the quote marks are
        out of step (a nested “…” or a mistyped mark), a paragraph that opens with a quote mark
        and ends with the signature is the signed quotation."""
        out = []
        text = self._text
        ending_at = {q.end: k for k, q in enumerate(quotes)}
        for m in _DASH_SIGNATURE.finditer(text):
            close = m.start()
            if close == 0 or text[close - 1] not in '”"»':
                continue
            k = ending_at.get(close)
            if k is not None:
                if k in used:
                    continue
                used.add(k)
                content = list(quotes[k].fragments)
            else:
                lo = text.rfind("\n", 0, close) + 1
                while lo < close and text[lo] in " \t\u00a0":
                    lo += 1
                if text[lo] not in '“”"«' or not _LINE_END.match(text, m.end()):
                    continue
                inside = [j for j, q in enumerate(quotes) if lo <= q.start and q.end <= close]
                if any(j in used for j in inside):
                    continue
                used.update(inside)
                content = [(lo, close)]
            src_toks = self._tokens_in(doc, m.start(2), m.end(2))
            if not src_toks:
                continue
            out.append(
                RawAttribution(
                    cue=(m.start(1), m.end(1)),
                    source=(m.start(2), m.end(2)),
                    content=content,
                    kind="direct",
                    stance="assert",
                    confidence=0.85,
                    fixed=True,
                    cue_token=src_toks[0].i,
                    source_token=src_toks[-1].i,
                )
            )
        return out

    # -- colon attributions -------------------------------------------------------------------
    def _colon_quotes(
        self, doc: Doc, quotes: list[Quote], used: set[int], found: list[RawAttribution]
    ) -> list[RawAttribution]:
        """``Commissioner Starks: “…”`` — a short name phrase, a colon, a quotation."""
        out = []
        text = self._text
        cue_starts = {a.cue[0] for a in found}
        for k, q in enumerate(quotes):
            if k in used:
                continue
            m = re.search(r"([^\n.!?:“”\"]{2,80}?)(:)\s*$", text[max(0, q.start - 90) : q.start])
            if not m:
                continue
            base = max(0, q.start - 90)
            colon = base + m.start(2)
            if colon in cue_starts:
                continue
            span = doc.char_span(base + m.start(1), colon, alignment_mode="contract")
            if span is None or len(span) == 0 or len(span) > 8:
                continue
            toks = [t for t in span if not t.is_space]
            if not toks or not any(
                t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in toks
            ):
                continue
            if any(t.pos_ == "VERB" for t in toks):
                continue
            used.add(k)
            out.append(
                RawAttribution(
                    cue=(colon, colon + 1),
                    source=tokens_span(toks),
                    content=list(q.fragments),
                    kind="direct",
                    stance="assert",
                    confidence=0.85,
                    fixed=True,
                    cue_token=toks[-1].i,
                    source_token=toks[-1].i,
                )
            )
        return out
