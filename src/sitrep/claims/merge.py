"""Combine the CRF's role spans with the rule extractor's attributions.

The CRF (trained on PolNeAR) is better at *boundaries* and finds cues the rules miss; the rules
know the *structure* (which source and content belong to which cue, nesting, stance). For each
CRF cue: if a rule attribution has an overlapping cue, its spans are replaced by the CRF spans
that overlap them; otherwise a new attribution is built from the nearest CRF source and content
spans. Rule attributions the CRF does not confirm are kept when nested in another's content
(chains) or confident.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from sitrep.claims.extract import RawAttribution
from sitrep.claims.lexicon import load_cues
from sitrep.claims.quotes import Quote
from sitrep.text.spans import doc_text, trim_span

Span3 = tuple[str, int, int]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _para_bounds(text: str, pos: int) -> tuple[int, int]:
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    return lo, len(text) if hi < 0 else hi


def merge(
    doc: Doc,
    raws: list[RawAttribution],
    spans: list[Span3],
    quotes: list[Quote],
    *,
    keep_rule_confidence: float = 0.5,
    keep_rule_content: bool = True,
    keep_rule_source: bool = True,
    keep_contested: bool = True,
    attach_leftovers: bool = True,
    reach_back: bool = False,
    require_content: bool = True,
    snap_quotes: float = 0.5,
    text: str | None = None,
) -> list[RawAttribution]:
    """Attributions from rule output ``raws`` and CRF ``spans`` (role, start, end).

    Args:
        doc: the parsed document.
        raws: rule attributions.
        spans: CRF spans with roles ``CUE``, ``SRC``, ``CON``.
        quotes: the quotations of the document.
        keep_rule_confidence: rule attributions without a CRF cue are kept at or above this.
        keep_rule_content: keep rule content fragments the CRF has no span for.
        keep_contested: keep rule denials, disputes and accusations the CRF does not confirm
            (they carry ``disputes`` links analysts need).
        attach_leftovers: give unused CRF source/content spans to the nearest cue.
        reach_back: leftover content may attach to a cue in a later paragraph.
        require_content: drop attributions left without content.
        snap_quotes: a content span covering at least this share of a quotation (and not
            reaching past it) becomes the whole quotation; 0 turns snapping off.
        text: ``doc.text``, if the caller has it.

    Returns:
        Attributions with CRF boundaries where the CRF found the role.
    """
    text = doc_text(doc) if text is None else text
    cues = [(s, e) for r, s, e in spans if r == "CUE"]
    srcs = [(s, e) for r, s, e in spans if r == "SRC"]
    cons = [(s, e) for r, s, e in spans if r == "CON"]
    used_src: set[int] = set()
    used_con: set[int] = set()
    out: list[RawAttribution] = []
    matched_rules: set[int] = set()
    orphan_cues: list[tuple[int, int]] = []
    for cue in cues:
        hit = next(
            (k for k, r in enumerate(raws) if k not in matched_rules and _overlaps(r.cue, cue)),
            None,
        )
        if hit is None:
            orphan_cues.append(cue)
            continue
        matched_rules.add(hit)
        raw = raws[hit]
        if raw.fixed:
            out.append(raw)
            continue
        raw.cue = cue
        if raw.source is not None:
            for k, s in enumerate(srcs):
                if k not in used_src and _overlaps(s, raw.source):
                    raw.source = s
                    used_src.add(k)
                    break
            else:
                if not keep_rule_source:
                    raw.source = None
        new_content: list[tuple[int, int]] = []
        for frag in raw.content:
            repl = [k for k, c in enumerate(cons) if k not in used_con and _overlaps(c, frag)]
            if repl:
                for k in repl:
                    used_con.add(k)
                    new_content.append(cons[k])
            elif keep_rule_content:
                new_content.append(frag)
        raw.content = sorted(set(new_content))
        raw.confidence = min(0.99, raw.confidence + 0.1)
        out.append(raw)
    # rule attributions the CRF did not confirm
    for k, raw in enumerate(raws):
        if k in matched_rules:
            continue
        nested = any(
            o is not raw and any(c[0] <= raw.cue[0] and raw.cue[1] <= c[1] for c in o.content)
            for o in raws
        )
        contested = raw.stance in ("deny", "dispute", "accuse") or raw.target_token is not None
        if nested or raw.confidence >= keep_rule_confidence or (keep_contested and contested):
            out.append(raw)
    # new attributions from CRF cues alone: nearest free source / content spans
    lex = load_cues()
    taken = [a.cue for a in out]
    for cue in orphan_cues:
        p_lo, p_hi = _para_bounds(text, cue[0])
        source = None
        best = None
        for k, s in enumerate(srcs):
            if k in used_src or s[0] < p_lo or s[1] > p_hi:
                continue
            dist = cue[0] - s[1] if s[1] <= cue[0] else s[0] - cue[1]
            if dist < 0 or dist > 80:
                continue
            if any(s[1] <= t[0] < cue[0] or cue[1] <= t[0] < s[0] for t in taken):
                continue
            if best is None or dist < best[0]:
                best = (dist, k)
        if best is not None:
            used_src.add(best[1])
            source = srcs[best[1]]
        content = []
        for k, c in enumerate(cons):
            if k in used_con:
                continue
            # content in the same paragraph, or a quotation ending the previous paragraph(s)
            if c[1] < p_lo - 2 or c[0] > p_hi:
                continue
            blockers = [t for t in taken if min(c[1], cue[1]) <= t[0] < max(c[0], cue[0])]
            if blockers:
                continue
            content.append(c)
            used_con.add(k)
        if not content and require_content:
            continue
        words = re.findall(r"\w+", text[cue[0] : cue[1]].lower())
        head = next((w for w in words if (w, "V") in lex or (w, "N") in lex), "")
        entry = lex.get((head, "V")) or lex.get((head, "N"))
        stance = entry.stance if entry else "assert"
        if head in ("reported", "reports", "revealed"):
            stance = "report"
        direct = all(
            any(
                abs(qs - c[0]) <= 1 and abs(qe - c[1]) <= 1
                for q in quotes
                for qs, qe in q.fragments
            )
            for c in content
        )
        kind = "according_to" if "according" in words else ("direct" if direct else "indirect")
        span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
        src_span = doc.char_span(source[0], source[1], alignment_mode="expand") if source else None
        out.append(
            RawAttribution(
                cue=cue,
                source=source,
                content=sorted(content),
                kind=kind,
                stance=stance,
                confidence=0.6 if source else 0.45,
                cue_token=span.root.i if span is not None else doc[0].i,
                source_token=src_span.root.i if src_span is not None else None,
            )
        )
        taken.append(cue)
    out.sort(key=lambda a: a.cue[0])
    if attach_leftovers:
        _attach_leftovers(text, out, srcs, cons, used_src, used_con, reach_back)
    if snap_quotes:
        frags = [f for q in quotes for f in q.fragments]
        for att in out:
            att.content = sorted({_snap(c, frags, snap_quotes) for c in att.content})
    _one_cue_per_content(out, text)
    _no_patient_source(doc, out)
    if require_content:
        out = [a for a in out if a.content]
    return out


def _cue_gap(att: RawAttribution, frag: tuple[int, int]) -> int:
    """Characters between a cue and a content fragment (a cue inside it cannot report it)."""
    if frag[0] <= att.cue[0] and att.cue[1] <= frag[1]:
        return 1 << 30
    return max(frag[0] - att.cue[1], att.cue[0] - frag[1], 0)


def _one_cue_per_content(atts: list[RawAttribution], text: str) -> None:
    """A content fragment two attributions share stays with the nearer cue only.

    The rules and the CRF sometimes hang the same quotation on two cues ("…," he said, accusing
    …); PolNeAR, and a reader, give each claim one cue. The farther attribution keeps its cue
    and any other content. A cue inside the shared fragment is a report within it ("“Washington
    says Russia has massed…,” the report stated"): that attribution keeps the rest of the
    fragment after its cue. Measured (top-level exact F1, content): PolNeAR dev 0.608 -> 0.615,
    held-out fifth of train 0.604 -> 0.611; cue and source unchanged.
    """
    owner: dict[tuple[int, int], RawAttribution] = {}
    for att in atts:
        for frag in att.content:
            best = owner.get(frag)
            if best is None or _cue_gap(att, frag) < _cue_gap(best, frag):
                owner[frag] = att
    for att in atts:
        if all(owner[f] is att for f in att.content):
            continue
        kept: list[tuple[int, int]] = []
        for f in att.content:
            if owner[f] is att:
                kept.append(f)
            elif f[0] <= att.cue[0] and att.cue[1] <= f[1]:
                rest = trim_span(text, att.cue[1], f[1])
                if len(text[rest[0] : rest[1]].split()) >= 2 and rest not in owner:
                    kept.append(rest)
        att.content = kept


def _no_patient_source(doc: Doc, atts: list[RawAttribution]) -> None:
    """ "X, seen as Y" / "a ceasefire … touted as the framework": the noun before a participle
    cue with "as" and no subject of its own is what is described, not who describes it (PolNeAR
    leaves such sources empty; "which he described as" keeps "he", the verb's subject)."""
    for att in atts:
        if att.source is None or att.source[1] > att.cue[0]:
            continue
        span = doc.char_span(att.cue[0], att.cue[1], alignment_mode="expand")
        if span is None or len(span) != 2 or span[1].lower_ != "as":
            continue
        verb = span[0]
        if verb.tag_ in ("VBN", "VBD") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
        ):
            att.source = None
            att.source_token = None


def _snap(span: tuple[int, int], frags: list[tuple[int, int]], share: float) -> tuple[int, int]:
    """A content span covering most of a quotation becomes the whole quotation."""
    for qs, qe in frags:
        inter = min(span[1], qe) - max(span[0], qs)
        if inter > 0 and inter >= share * (qe - qs) and span[0] >= qs - 2 and span[1] <= qe + 2:
            return qs, qe
    return span


def _attach_leftovers(
    text: str,
    atts: list[RawAttribution],
    srcs: list[tuple[int, int]],
    cons: list[tuple[int, int]],
    used_src: set[int],
    used_con: set[int],
    reach_back: bool,
) -> None:
    """CRF source/content spans no attribution took go to the nearest cue of their paragraph
    (content may also continue a quotation from the paragraphs before), when no other cue
    lies between them."""
    cue_pos = [a.cue for a in atts]
    rebuttal_cues = [a.cue for a in atts if a.kind == "nominal" and a.target_token is not None]

    def nearest(span: tuple[int, int], *, reach_back: bool) -> RawAttribution | None:
        p_lo, p_hi = _para_bounds(text, span[0])
        best: tuple[int, RawAttribution] | None = None
        for att in atts:
            c = att.cue
            in_para = p_lo <= c[0] <= p_hi
            if not in_para and not (reach_back and c[1] <= span[0] and span[0] - c[1] < 600):
                continue
            lo, hi = (c[1], span[0]) if c[1] <= span[0] else (span[1], c[0])
            if hi < lo:
                continue
            if any(lo <= o[0] < hi for o in cue_pos if o != c):
                continue
            dist = hi - lo
            if best is None or dist < best[0]:
                best = (dist, att)
        return best[1] if best else None

    for k, s in enumerate(srcs):
        if k in used_src:
            continue
        att = nearest(s, reach_back=False)
        if att is not None and att.source is None:
            att.source = s
            used_src.add(k)
    for k, c in enumerate(cons):
        if k in used_con:
            continue
        if any(c[0] <= o[0] and o[1] <= c[1] for o in rebuttal_cues):
            continue  # a rebuttal of the claim ("a claim dismissed by …") is not its content
        att = nearest(c, reach_back=reach_back)
        if att is not None and not any(_overlaps(c, f) for f in att.content):
            att.content = sorted([*att.content, c])
            used_con.add(k)
