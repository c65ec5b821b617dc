"""Readers: every bad-input kind is a Rejected result with a reason; good inputs keep metadata."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from sitrep.ingest import Article, article_id
from sitrep.ingest.dedupe import NearDuplicates, from_bytes, signature, to_bytes
from sitrep.ingest.readers import Rejected, headline, read_file, read_paths, walk

BODY = (
    "The defence ministry said on Monday that troops had been moved to the border, and "
    "officials in the capital warned that talks could collapse within days."
)


def _one(path: Path, settings) -> Article | Rejected:
    items = list(read_file(path, settings=settings.ingest))
    assert len(items) == 1
    return items[0]


# ------------------------------------------------------------------------------ bad inputs


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty document"),
        ("blank.txt", b"  \n\t\n  ", "empty document"),
        ("short.txt", b"Too short.", "too short"),
        ("binary.txt", b"PK\x03\x04\x00\x00binary zip header" * 5, "binary file"),
        ("latin1.txt", "Le ministre a déclaré lundi que".encode("latin-1") * 3, "not UTF-8"),
        ("cp1252.html", "<p>Caf\u00e9 \u201cquotes\u201d</p>".encode("cp1252") * 5, "not UTF-8"),
        ("empty.html", b"", "empty document"),
        ("nothing.html", b"<html><body><script>var x=1;</script></body></html>", "no article"),
        ("notes.docx", b"irrelevant", "unsupported file type"),
        ("empty.jsonl", b"\n\n", "empty document"),
    ],
)
def test_bad_file_is_rejected_with_reason(tmp_path, settings, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    item = _one(path, settings)
    assert isinstance(item, Rejected), item
    assert reason in item.reason
    assert item.path == str(path)


def test_huge_file_is_rejected_without_reading(tmp_path, settings):
    path = tmp_path / "huge.txt"
    limit = settings.ingest.max_bytes
    with path.open("wb") as fh:  # a real file just over the default 5 MB limit
        fh.write(b"word " * (limit // 5 + 10))
    item = _one(path, settings)
    assert isinstance(item, Rejected)
    assert "too large" in item.reason and f"{limit:,}" in item.reason


def test_missing_path_is_rejected(tmp_path, settings):
    items = list(read_paths([tmp_path / "nope.txt"], settings=settings.ingest))
    assert [type(i) for i in items] == [Rejected]
    assert "no such file" in items[0].reason


def test_malformed_sidecar_is_rejected(tmp_path, settings):
    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "a.meta.json").write_text('{"published": "last Tuesday"}')
    item = _one(tmp_path / "a.txt", settings)
    assert isinstance(item, Rejected)
    assert "sidecar" in item.reason and "last Tuesday" in item.reason


def test_jsonl_bad_lines_rejected_with_line_numbers(tmp_path, settings):
    lines = [
        json.dumps({"text": BODY, "published": "2025-03-03", "outlet": "Wire", "title": "T1"}),
        "{not json",
        json.dumps({"title": "no text"}),
        json.dumps(["a", "list"]),
        json.dumps({"text": BODY + " Second.", "published": "March 3rd"}),
        "",
        json.dumps({"text": "tiny"}),
        json.dumps({"text": BODY + " Third.", "url": "https://example.org/3"}),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n")
    items = list(read_file(path, settings=settings.ingest))
    rejected = {i.line: i.reason for i in items if isinstance(i, Rejected)}
    articles = [i for i in items if isinstance(i, Article)]
    assert set(rejected) == {2, 3, 4, 5, 7}
    assert "not a JSON object" in rejected[2]
    assert "missing 'text'" in rejected[3]
    assert "expected a JSON object" in rejected[4]
    assert "March 3rd" in rejected[5]
    assert "too short" in rejected[7]
    assert [a.path for a in articles] == [f"{path}:1", f"{path}:8"]
    assert articles[0].published == dt.date(2025, 3, 3)
    assert (articles[0].outlet, articles[0].title) == ("Wire", "T1")
    assert articles[1].url == "https://example.org/3"
    assert str(next(i for i in items if isinstance(i, Rejected))).startswith(f"{path}:2: ")


def test_jsonl_binary_line_rejected_others_read(tmp_path, settings):
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"text": BODY}).encode()
    path.write_bytes(
        good + b"\n" + b'{"text": "\x00\x01"}\n' + b'{"text": "caf\xe9 ' + b"x" * 30 + b'"}\n'
    )
    items = list(read_file(path, settings=settings.ingest))
    assert isinstance(items[0], Article)
    assert isinstance(items[1], Rejected) and "binary" in items[1].reason and items[1].line == 2
    assert isinstance(items[2], Rejected) and "not UTF-8" in items[2].reason


# ----------------------------------------------------------------------------- good inputs


def test_txt_keeps_text_exactly_and_takes_headline(tmp_path, settings):
    text = "Troops massed at the border\n\n" + BODY + "\n"
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    item = _one(path, settings)
    assert isinstance(item, Article)
    assert item.text == text  # offsets index into the text as read
    assert item.title == "Troops massed at the border"
    assert item.id == article_id(text)
    assert item.published is None


def test_txt_bom_is_stripped_and_sidecar_read(tmp_path, settings):
    path = tmp_path / "story.txt"
    path.write_bytes(b"\xef\xbb\xbf" + BODY.encode())
    (tmp_path / "story.meta.json").write_text(
        json.dumps(
            {"published": "2025-03-04", "outlet": "Ledger", "title": "Side", "url": None, "x": 1}
        )
    )
    item = _one(path, settings)
    assert isinstance(item, Article)
    assert item.text == BODY
    assert (item.published, item.outlet, item.title, item.url) == (
        dt.date(2025, 3, 4),
        "Ledger",
        "Side",
        None,
    )


def test_html_extracts_text_and_metadata(tmp_path, settings):
    html = (
        "<html><head><title>Border talks collapse</title>"
        "<meta property='og:url' content='https://news.example.org/talks'>"
        "<meta name='date' content='2025-03-06'></head><body><nav>Home | World</nav>"
        f"<article><h1>Border talks collapse</h1><p>{BODY}</p>"
        "<p>Diplomats said a new round could be held next week in a neutral city.</p>"
        "</article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html)
    item = _one(path, settings)
    assert isinstance(item, Article)
    assert "troops had been moved to the border" in item.text
    assert "Home | World" not in item.text
    assert item.title == "Border talks collapse"
    assert item.published == dt.date(2025, 3, 6)
    assert item.url == "https://news.example.org/talks"


def test_directory_walk_is_recursive_sorted_and_skips_sidecars(tmp_path, settings):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(BODY + " Two.")
    (tmp_path / "1.txt").write_text(BODY + " One.")
    (tmp_path / "1.meta.json").write_text('{"outlet": "Wire"}')
    (tmp_path / "README.md").write_text("not news")
    (tmp_path / ".hidden.txt").write_text(BODY)
    (tmp_path / "c.jsonl").write_text(json.dumps({"text": BODY + " Three."}) + "\n")
    assert [p.relative_to(tmp_path).as_posix() for p in walk(tmp_path)] == [
        "1.txt",
        "b/2.txt",
        "c.jsonl",
    ]
    items = list(read_paths([tmp_path], settings=settings.ingest))
    assert all(isinstance(i, Article) for i in items)
    assert [i.text.rsplit(" ", 1)[-1] for i in items] == ["One.", "Two.", "Three."]
    assert items[0].outlet == "Wire"


def test_empty_directory_is_rejected(tmp_path, settings):
    items = list(read_paths([tmp_path], settings=settings.ingest))
    assert len(items) == 1 and isinstance(items[0], Rejected)
    assert "holds no" in items[0].reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops mass at the border\n\nThe ministry said.", "Troops mass at the border"),
        ("  Talks collapse in Geneva\nDiplomats said.", "Talks collapse in Geneva"),
        ("The ministry said on Monday that talks failed.\nMore text.", None),
        ("Only one line without a body", None),
        ("Officials warned:\nmore text", None),
        ("x" * 250 + "\nbody", None),
    ],
)
def test_headline(text, expected):
    assert headline(text) == expected


# ---------------------------------------------------------------------------- near duplicates


def test_near_duplicate_found_and_unrelated_not():
    story = (
        "Valdoria accused Kestria on Monday of massing troops and armoured vehicles along their "
        "shared border near the town of Orsk, and put its border guard on high alert. The "
        "foreign minister said the build-up was a direct threat to the country's sovereignty "
        "and called on Kestria to withdraw its forces from the frontier without delay."
    )
    edited = story.replace("on Monday", "late on Monday")
    other = (
        "The Red Cross said it was delivering food and blankets to about 600 people sheltering "
        "in schools, and aid workers said hundreds of residents had fled the border villages."
    )
    index = NearDuplicates(threshold=0.8)
    index.add("story", signature(story))
    hit = index.find(signature(edited))
    assert hit is not None and hit[0] == "story" and hit[1] >= 0.8
    assert index.find(signature(other)) is None
    # signatures survive the round trip through the store
    again = NearDuplicates(threshold=0.8)
    again.add("story", from_bytes(to_bytes(signature(story))))
    assert again.find(signature(edited)) is not None
    # an article that could not be coded is forgotten: its edit is not a duplicate of it
    again.remove("story")
    again.remove("never added")  # a no-op
    assert again.find(signature(edited)) is None and len(again) == 0
