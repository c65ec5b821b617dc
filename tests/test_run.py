"""Batch coding: several worker processes give the same dispatches, in the same order, as one."""

from __future__ import annotations

from tests.conftest import EXAMPLES

from sitrep.ingest import Article
from sitrep.ingest.readers import Rejected, read_paths
from sitrep.run import code_articles


def test_two_processes_match_one(coder, settings):
    articles = [
        a for a in read_paths([EXAMPLES], settings=settings.ingest) if isinstance(a, Article)
    ]
    assert len(articles) >= 12
    one = list(code_articles(coder, articles, n_process=1, batch_size=4))
    two = list(code_articles(coder, articles, n_process=2, batch_size=4))
    assert [d.article.id for d in two] == [a.id for a in articles]
    assert [d.to_json_dict() for d in two] == [d.to_json_dict() for d in one]


def test_errors_reject_isolates_the_failing_article(coder):
    good = Article("The foreign minister said on Monday that talks would resume.", path="good")
    broken = Article(None, id="broken", path="broken.txt")  # type: ignore[arg-type]
    out = list(code_articles(coder, [good, broken, good], n_process=1, errors="reject"))
    assert [type(x).__name__ for x in out] == ["Dispatch", "Rejected", "Dispatch"]
    assert isinstance(out[1], Rejected) and out[1].path == "broken.txt"
    assert "coding failed" in out[1].reason
