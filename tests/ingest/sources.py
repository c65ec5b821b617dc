"""Small original feeds, web archives and newswire SGML, written at test time."""

from __future__ import annotations

import io
from pathlib import Path

STORY_1 = (
    "The foreign ministers of Turkey and Ukraine met in Ankara on Friday to discuss the grain "
    "corridor, officials said. Ukraine's minister said the talks had been productive."
)
STORY_2 = (
    "Police in the capital arrested twelve protesters on Saturday after a march against the "
    "new fuel tax turned violent, the interior ministry said in a statement."
)
STORY_3 = (
    "The central bank raised its main interest rate by half a point on Thursday, and the "
    "finance minister said the decision would help bring inflation under control."
)

RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Morning Wire</title><link>http://wire.example/</link>
<item><title>Ministers meet over grain corridor</title><link>http://wire.example/1</link>
<pubDate>Sat, 02 Mar 2024 10:00:00 GMT</pubDate>
<description>&lt;p&gt;{STORY_1}&lt;/p&gt;</description></item>
<item><title>Protesters arrested</title><link>http://wire.example/2</link>
<pubDate>Sun, 03 Mar 2024 08:30:00 GMT</pubDate><description>{STORY_2}</description></item>
<item><title>Placeholder date</title><link>http://wire.example/3</link>
<pubDate>Fri, 31 Dec 9999 00:00:00 GMT</pubDate><description>{STORY_3}</description></item>
<item><title>Empty</title><description></description></item>
</channel></rss>
"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title><id>urn:x</id>
<updated>2024-03-04T00:00:00Z</updated>
<entry><title>Rates up</title><id>urn:1</id><link href="http://atom.example/rates"/>
<published>2024-03-04T09:00:00Z</published><updated>2024-03-04T09:00:00Z</updated>
<content type="html">&lt;p&gt;{STORY_3}&lt;/p&gt;&lt;p&gt;Markets were calm.&lt;/p&gt;</content>
</entry></feed>
"""


def page(title: str, body: str, date: str) -> bytes:
    return (
        f"<html><head><title>{title}</title>"
        f'<meta property="article:published_time" content="{date}">'
        f'<meta property="og:site_name" content="The Ledger"></head><body><article>'
        f"<h1>{title}</h1><p>{body}</p><p>{body.split('.')[0]}, a spokesman added.</p>"
        f"</article></body></html>"
    ).encode()


def write_warc(path: Path, *, gzip: bool) -> None:
    """Two HTML pages, an image, a redirect and a page without text, as HTTP responses."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    def response(writer, uri, status, content_type, body):
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            uri, "response", payload=io.BytesIO(body), http_headers=headers
        )
        writer.write_record(record)

    with path.open("wb") as fh:
        w = WARCWriter(fh, gzip=gzip)
        html = "text/html; charset=utf-8"
        response(w, "http://ledger.example/a", "200 OK", html, page("Grain", STORY_1, "2024-03-02"))
        response(w, "http://ledger.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n")
        response(w, "http://ledger.example/old", "301 Moved", html, b"<html>moved</html>")
        response(
            w, "http://ledger.example/b", "200 OK", html, page("Arrests", STORY_2, "2024-03-03")
        )
        response(w, "http://ledger.example/empty", "200 OK", html, b"<html><body></body></html>")


def sgml(stories: list[tuple[str, str, str | None]]) -> bytes:
    """Reuters-style SGML of ``(date, title, body)`` stories, with the wire's odd bytes (no
    ``<BODY>`` when body is None: a headline-only brief)."""
    out = [b'<!DOCTYPE lewis SYSTEM "lewis.dtd">\n']
    for n, (date, title, body) in enumerate(stories, 1):
        out.append(
            (
                f'<REUTERS TOPICS="NO" NEWID="{n}">\n<DATE>{date}</DATE>\n'
                f"<UNKNOWN>&#5;&#5;&#5;A\n&#22;&#1;f0001&#31;reute</UNKNOWN>\n"
                f"<TEXT>&#2;\n<TITLE>{title}</TITLE>\n<DATELINE>    ANKARA, March 2 - </DATELINE>"
                + (f"<BODY>{body}\n Reuter\n&#3;</BODY>" if body is not None else "")
                + "</TEXT>\n</REUTERS>\n"
            ).encode("latin-1")
        )
    return b"".join(out)
