"""The hostile-input corpus, generated at test time (no binary blobs in the repository).

``build(root)`` writes every kind of hostile input issue 17 names into ``root`` and returns what
should happen to each: the documents that must be stored (odd but valid text) and, for the ones
that must be rejected, a piece of the reason the reject line must carry. All texts are short
originals written for these tests.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

# Four different texts (so no two are near duplicates), each with accented names; each is
# written in one Unicode normal form.
ACCENTED = {
    "NFC": (
        "Mr Erdoğan met the Peruvian envoy José Núñez in Ankara on Tuesday. The envoy said "
        "both governments would sign a trade accord before the end of the year."
    ),
    "NFD": (
        "Officials in Zürich said on Monday that Ms Søren-Bjørnstad had resigned as head of "
        "the mediation team after the talks in Genève collapsed without an agreement."
    ),
    "NFKC": (
        "The ﬁnance minister of Côte d’Ivoire said ２０ observers would arrive in Abidjan on "
        "Friday, and the opposition accused the government of delaying the vote."
    ),
    "NFKD": (
        "Protesters gathered outside the parliament in Reykjavík on Sunday, and Prime Minister "
        "Þórðarson said the police would not use force against the crowd of about 3,000."
    ),
}

MIXED_ENDINGS = (
    "Border guards fired warning shots on Thursday, the interior ministry said.\r\n"
    "The ministry said two smugglers were arrested near the crossing.\r"
    "A spokesman denied reports that soldiers had crossed the border.\n\r\n"
    "Talks between the two governments are due to resume next week.\n"
)

BIDI = (
    "The foreign minister \u202eknil\u202c met his counterpart from \u05d9\u05e9\u05e8\u05d0\u05dc "
    "in Cairo on Wednesday. \u2067\u0645\u0635\u0631\u2069 said the meeting was constructive, "
    "and both sides agreed to meet again after the holiday.\u200f"
)

ZERO_WIDTH = (
    "Pre\u200dsident Vladi\u200cmir Pu\u200btin said on Friday that Rus\u2060sia would "
    "withdraw some troops from the border, but NA\u200dTO officials said they saw no sign of "
    "a pull\ufeffback."
)

QUOTES = (
    '„We will not retreat,“ the general said. ‚Never‘, he added, "and ‘that is final.\n'
    "«The army has ‹crossed› the line», the opposition leader said on Monday — ``this "
    'is an invasion\'\' — while the ministry said """ nothing "" happened “at all.'
    ' "Unbalanced quote at the end, said a spokesman on Tuesday.'
)

UTF16 = (
    "The health ministry said on Saturday that 40 people had been injured when a bridge "
    "collapsed in the north of the country, and rescue teams were searching for survivors."
)

NEWLINE_NAME = (
    "Farmers blocked roads into the capital on Monday to protest against the new fuel tax, "
    "and the agriculture minister said she would meet their leaders on Wednesday."
)

JSONL_GOOD = (
    "The central bank said on Thursday it would raise interest rates by half a point, and "
    "the finance minister welcomed the decision as necessary to curb inflation."
)


@dataclass
class Corpus:
    """What the corpus holds: files that must be stored, and reject reasons by file."""

    root: Path
    stored: list[str] = field(default_factory=list)  # article paths as the store keeps them
    rejected: dict[str, str] = field(default_factory=dict)  # where -> piece of the reason
    either: list[str] = field(default_factory=list)  # stored or rejected with a reason


def _write(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


def build(root: Path, *, big_line_bytes: int = 10_000_000) -> Corpus:
    """Write the hostile corpus into ``root`` (a folder) and say what must become of each file."""
    root.mkdir(parents=True, exist_ok=True)
    c = Corpus(root)
    # ------------------------------------------------------------ odd but valid: all stored
    for form, text in ACCENTED.items():
        c.stored.append(
            _write(root / f"unicode_{form.lower()}.txt", unicodedata.normalize(form, text).encode())
        )
    c.stored.append(_write(root / "mixed_line_endings.txt", MIXED_ENDINGS.encode()))
    c.stored.append(_write(root / "bidi_controls.txt", BIDI.encode()))
    c.stored.append(_write(root / "zero_width_in_names.txt", ZERO_WIDTH.encode()))
    c.stored.append(_write(root / "quote_chaos.txt", QUOTES.encode()))
    c.stored.append(_write(root / "utf16_bom.txt", UTF16.encode("utf-16")))
    c.stored.append(_write(root / "new\nline name.txt", NEWLINE_NAME.encode()))
    # ----------------------------------------------------------------- must be rejected
    # an HTML bomb: 100,000 nested elements around one short paragraph
    depth = 100_000
    bomb = "<html><body>" + "<div>" * depth + "<p>Deep.</p>" + "</div>" * depth + "</body></html>"
    c.either.append(_write(root / "html_bomb.html", bomb.encode()))
    # a 10 MB JSON line (over ingest.max_bytes), then a good line: the good one is stored
    big = root / "big_line.jsonl"
    with big.open("wb") as fh:
        fh.write(b'{"text": "' + b"a" * big_line_bytes + b'"}\n')
        fh.write(json.dumps({"text": JSONL_GOOD, "published": "2024-05-02"}).encode() + b"\n")
        fh.write(json.dumps({"text": JSONL_GOOD + " Again.", "published": "9999-12-31"}).encode())
        fh.write(b"\n" + b'{"text": "control \x01 character inside a string"}\n')
    c.rejected[f"{big}:1"] = "too large"
    c.stored.append(f"{big}:2")
    c.rejected[f"{big}:3"] = "out of range (year 9999)"
    c.rejected[f"{big}:4"] = "Invalid control character at column"
    # compressed files handed over as text
    c.rejected[_write(root / "gzipped.txt", gzip.compress(UTF16.encode()))] = "gzip-compressed"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("article.txt", UTF16)
    c.rejected[_write(root / "zipped.txt", buf.getvalue())] = "zip archive"
    # UTF-8 cut in the middle of a character
    cut = "Le ministre a déclaré lundi que les négociations reprendraient à Genève".encode()
    c.rejected[_write(root / "truncated_utf8.txt", cut[: cut.index("è".encode()) + 1])] = (
        "truncated UTF-8"
    )
    # not regular files
    fifo = root / "x.txt"
    os.mkfifo(fifo)
    c.rejected[str(fifo)] = "FIFO"
    zero = root / "zero.txt"
    zero.symlink_to("/dev/zero")
    c.rejected[str(zero)] = "character device"
    loop = root / "loop.txt"
    loop.symlink_to(loop.name)
    c.rejected[str(loop)] = "symlink loop"
    broken = root / "broken_link.txt"
    broken.symlink_to("does-not-exist.txt")
    c.rejected[str(broken)] = "broken symlink"
    # a rejected file with a newline in its name: the reject line must stay one line
    c.rejected[_write(root / "empty\nname.txt", b"")] = "empty document"
    # a bad date in a sidecar
    dated = root / "future_date.txt"
    dated.write_text(UTF16.replace("bridge", "tunnel").replace("40", "12"))
    (root / "future_date.meta.json").write_text(json.dumps({"published": "9999-12-31"}))
    c.rejected[str(dated)] = "out of range"
    # an XML entity bomb ("billion laughs") in a feed: not expanded, the entry is too short
    lol = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    laughs = root / "laughs.rss"
    laughs.write_text(
        f'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">{lol}]>'
        '<rss version="2.0"><channel><title>&lol9;</title><item><title>x</title>'
        "<description>&lol9;</description></item></channel></rss>"
    )
    c.rejected[f"{laughs}:1"] = "too short"
    return c
