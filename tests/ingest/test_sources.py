"""Feeds, web archives and newswire SGML: one Article per entry/page/story with its metadata,
bad ones rejected with their number and reason, the rest read."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.conftest import shared_path
from tests.ingest.sources import ATOM, RSS, STORY_1, STORY_2, STORY_3, sgml, write_warc

from sitrep.ingest import Article
from sitrep.ingest.readers import Rejected, count_documents, read_file, read_paths


def _read(path, settings):
    return list(read_file(path, settings=settings.ingest))


def test_rss_entries_become_articles_with_metadata(tmp_path, settings):
    path = tmp_path / "wire.rss"
    path.write_text(RSS)
    items = _read(path, settings)
    assert [type(i).__name__ for i in items] == ["Article", "Article", "Rejected", "Rejected"]
    first, second, bad_date, empty = items
    assert first.text == STORY_1 and second.text == STORY_2
    assert first.title == "Ministers meet over grain corridor"
    assert first.url == "http://wire.example/1" and first.outlet == "Morning Wire"
    assert first.published == dt.date(2024, 3, 2) and second.published == dt.date(2024, 3, 3)
    assert first.path == f"{path}:1"
    assert bad_date.line == 3 and "out of range (year 9999)" in bad_date.reason
    assert empty.line == 4 and "empty document" in empty.reason


def test_atom_entry_full_content_as_paragraphs(tmp_path, settings):
    path = tmp_path / "desk.atom"
    path.write_text(ATOM)
    [item] = _read(path, settings)
    assert isinstance(item, Article)
    assert item.text == STORY_3 + "\n\nMarkets were calm."
    assert (item.title, item.url, item.outlet) == (
        "Rates up",
        "http://atom.example/rates",
        "Atom Desk",
    )
    assert item.published == dt.date(2024, 3, 4)


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("notes.xml", b"<notes><note>not a feed</note></notes>", "no entries"),
        ("junk.rss", b"\x00\x01\x02 binary", "no entries"),
        ("empty.atom", b"", "no entries"),
        ("fake.warc", b"hello world, not an archive", "not a WARC/ARC archive"),
        ("fake.warc.gz", b"\x1f\x8b\x08\x00garbage", "not a WARC/ARC archive"),
        ("nothing.sgm", b"<DOC>plain</DOC>", "no <REUTERS> stories"),
    ],
)
def test_files_that_are_no_feed_archive_or_sgml_are_rejected(
    tmp_path, settings, name, data, reason
):
    path = tmp_path / name
    path.write_bytes(data)
    [item] = _read(path, settings)
    assert isinstance(item, Rejected) and reason in item.reason, item


@pytest.mark.parametrize("gzip", [False, True])
def test_warc_html_responses_become_articles(tmp_path, settings, gzip):
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    write_warc(path, gzip=gzip)
    items = _read(path, settings)
    articles = [i for i in items if isinstance(i, Article)]
    rejected = [i for i in items if isinstance(i, Rejected)]
    assert [a.url for a in articles] == ["http://ledger.example/a", "http://ledger.example/b"]
    assert articles[0].title == "Grain" and articles[0].outlet == "The Ledger"
    assert articles[0].published == dt.date(2024, 3, 2)
    assert STORY_1 in articles[0].text and STORY_2 in articles[1].text
    # the image and the redirect are not documents; the empty page is a reject with its URI
    assert len(rejected) == 1 and "http://ledger.example/empty" in rejected[0].reason
    assert rejected[0].line == 5


def test_sgml_stories_with_odd_bytes(tmp_path, settings):
    body = "Turkey's foreign minister said on Monday that talks on the grain deal would resume."
    path = tmp_path / "wire.sgm"
    path.write_bytes(
        sgml(
            [
                ("26-FEB-1987 15:01:01.79", "GRAIN TALKS", body.replace("Turkey", "Türkiye")),
                (" 2-MAR-1987 09:00:00.00", "BRIEF ONLY", None),
                ("31-DEC-9999 00:00:00.00", "BAD DATE", body),
            ]
        )
    )
    items = _read(path, settings)
    first = items[0]
    assert isinstance(first, Article), first
    assert first.title == "GRAIN TALKS" and first.outlet == "Reuters"
    assert first.published == dt.date(1987, 2, 26)
    assert first.text == "ANKARA, March 2 - " + body.replace("Turkey", "Türkiye")  # 0xFC read as ü
    assert first.path == f"{path}:1"
    assert (
        isinstance(items[2], Rejected) and items[2].line == 3 and "out of range" in items[2].reason
    )
    assert count_documents([path]) == 3


def test_reuters_21578_file_streams_titles_and_dates(settings):
    path = shared_path("news", "reuters21578", "reut2-000.sgm")
    items = list(read_paths([path], settings=settings.ingest))
    articles = [i for i in items if isinstance(i, Article)]
    assert len(items) == 1000 == count_documents([path])
    assert len(articles) > 900
    assert all(a.published and a.published.year == 1987 and a.outlet == "Reuters" for a in articles)
    assert articles[0].title == "BAHIA COCOA REVIEW"
    assert articles[0].text.startswith("SALVADOR, Feb 26 - Showers continued")
    assert all(a.title for a in articles)
    assert all(i.reason for i in items if isinstance(i, Rejected))


def test_reuters_file_with_a_latin1_byte_is_read(settings):
    path = shared_path("news", "reuters21578", "reut2-017.sgm")
    items = list(read_paths([path], settings=settings.ingest))
    assert len(items) == 1000
    texts = [i.text for i in items if isinstance(i, Article)]
    assert any("ü" in t for t in texts)
    assert not any("\x03" in t or "&#3;" in t for t in texts)
