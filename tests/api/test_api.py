"""The REST API of ``sitrep serve`` over the demo store: filters, pages, errors, auth, limits."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from tests.api.conftest import TOKEN, copy_store

from sitrep.store.queries import actor_key

AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _all_events(client, **params):
    r = client.get("/api/events", params={"limit": 500, **params})
    assert r.status_code == 200, r.text
    return r.json()


def test_openapi_and_docs_are_served_without_a_cdn(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/actors", "/api/actors/{key}",
                 "/api/claims", "/api/articles/{article_id}", "/api/report", "/api/code",
                 "/api/ingest"):  # fmt: skip
        assert path in spec["paths"], path
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "cdn" not in docs.text.lower() and "https://" not in docs.text
    assert client.get("/static-offline-docs/swagger-ui-bundle.js").status_code == 200


def test_events_first_page(client):
    body = client.get("/api/events", params={"limit": 5}).json()
    assert len(body["items"]) == 5 and body["limit"] == 5 and body["next_offset"] == 5
    assert body["total"] >= 50  # the demo codes about 60 events
    first = body["items"][0]
    assert first["id"] == f"{first['article_id']}-{first['event_id']}"
    assert set(first) >= {"event", "modality", "confidence", "actor", "recipient", "trigger",
                          "sentence", "attribution", "outlet", "day"}  # fmt: skip


def test_pages_cover_every_event_once(client):
    whole = _all_events(client)
    seen, offset = [], 0
    while offset is not None:
        body = client.get("/api/events", params={"limit": 7, "offset": offset}).json()
        seen += [e["id"] for e in body["items"]]
        offset = body["next_offset"]
    assert seen == [e["id"] for e in whole["items"]]
    assert len(set(seen)) == whole["total"]


@pytest.mark.parametrize(
    ("params", "check"),
    [
        ({"event": "ASSAULT"}, lambda e: e["event"] == "ASSAULT"),
        ({"quad_class": 3}, lambda e: e["quad_class"] == 3),
        ({"modality": "negated"}, lambda e: e["modality"] == "negated"),
        ({"min_confidence": 0.6}, lambda e: e["confidence"] >= 0.6),
        ({"actor_country": "XKE"}, lambda e: "XKE" in [p["country"] for p in e["actor"]]),
        ({"recipient_country": "xva"}, lambda e: "XVA" in [p["country"] for p in e["recipient"]]),
        ({"q": "SHELL"}, lambda e: "shell" in e["sentence"]["text"].lower()),
        ({"outlet": "Kestria Today"}, lambda e: e["outlet"] == "Kestria Today"),
        ({"since": "2025-03-05", "until": "2025-03-06"},
         lambda e: "2025-03-05" <= e["day"] <= "2025-03-06"),
        ({"actor": actor_key("Kestria")}, lambda e: "Kestria" in [p["name"] for p in e["actor"]]),
        ({"event": "ACCUSE", "actor_country": "XVA"},
         lambda e: e["event"] == "ACCUSE" and "XVA" in [p["country"] for p in e["actor"]]),
    ],
)  # fmt: skip
def test_event_filters(client, params, check):
    body = _all_events(client, **params)
    assert body["total"] > 0, f"the demo store has events for {params}"
    assert body["total"] < _all_events(client)["total"]
    assert all(check(e) for e in body["items"]), params


@pytest.mark.parametrize(
    "params",
    [{"q": "no such words in any sentence"}, {"event": "AID", "quad_class": 4},
     {"since": "2030-01-01"}, {"actor": "0" * 12}],
)  # fmt: skip
def test_event_filters_that_match_nothing(client, params):
    body = _all_events(client, **params)
    assert body == {"total": 0, "limit": 500, "offset": 0, "next_offset": None, "items": []}


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({"limit": 0}, "limit"),
        ({"limit": "ten"}, "limit"),
        ({"limit": 100_000}, "limit"),
        ({"offset": -1}, "offset"),
        ({"event": "INVADE"}, "event"),
        ({"quad_class": 5}, "quad_class"),
        ({"modality": "maybe"}, "modality"),
        ({"min_confidence": 1.5}, "min_confidence"),
        ({"min_confidence": "nan"}, "min_confidence"),
        ({"since": "last week"}, "since"),
        ({"since": "2025-03-06", "until": "2025-03-01"}, "since"),
        ({"actor": "Kestria"}, "actor"),
        ({"actor_country": "X1"}, "actor_country"),
        ({"q": "a\x00b"}, "q"),
        ({"q": "x" * 201}, "q"),
    ],
)
def test_bad_parameters_answer_422_naming_them(client, params, parameter):
    r = client.get("/api/events", params=params)
    assert r.status_code == 422, r.text
    body = r.json()
    assert body["parameter"] == parameter
    assert parameter in body["error"]


def test_one_event_and_unknown_ids(client):
    listed = _all_events(client, event="ASSAULT")["items"][0]
    one = client.get(f"/api/events/{listed['id']}").json()
    assert one == listed
    r = client.get(f"/api/events/{listed['article_id']}-e999")
    assert r.status_code == 404 and r.json()["parameter"] == "event_id"
    r = client.get("/api/events/not-an-id")
    assert r.status_code == 422 and r.json()["parameter"] == "event_id"
    assert client.get("/api/articles/0123456789abcdef").status_code == 404
    assert client.get(f"/api/actors/{'0' * 12}").status_code == 404
    r = client.get("/api/nothing-here")
    assert r.status_code == 404 and r.headers["content-type"].startswith("application/json")


def test_actors_and_one_actor(client):
    body = client.get("/api/actors", params={"q": "kestr"}).json()
    names = [a["name"] for a in body["items"]]
    assert "Kestria" in names and all("kestr" in n.lower() for n in names)
    key = actor_key("Kestria")
    kestria = client.get(f"/api/actors/{key}").json()
    assert kestria["name"] == "Kestria" and kestria["country"] == "XKE"
    assert kestria["events"] and kestria["events_per_day"]
    assert all(
        "Kestria" in [p["name"] for p in e["actor"] + e["recipient"]] for e in kestria["events"]
    )
    # Kestria denies the shelling in the demo: a claim of its own with stance deny
    assert any(c["stance"] == "deny" for c in kestria["claims"])
    assert any(c["name"] == "Valdoria" for c in kestria["counterparts"])


def test_claims_filters_and_contested(client):
    denials = client.get("/api/claims", params={"stance": "deny"}).json()
    assert denials["total"] >= 2 and all(c["stance"] == "deny" for c in denials["items"])
    contested = client.get("/api/claims", params={"contested": "true"}).json()
    assert contested["total"] >= 1
    for item in contested["items"]:
        assert item["rejection"]["stance"] in ("deny", "dispute")
        assert item["how"] in ("linked", "paired", "unpaired")
    paired = [i for i in contested["items"] if i["claim"] is not None]
    assert paired, "the demo pairs at least one denial with the claim it answers"
    assert paired[0]["claim"]["outlet"] and paired[0]["rejection"]["published"]


def test_article_and_its_dispatch(client):
    event = _all_events(client, event="ASSAULT")["items"][0]
    article = client.get(f"/api/articles/{event['article_id']}").json()
    assert article["dispatch"]["article"]["id"] == event["article_id"]
    t = event["trigger"]
    assert article["text"][t["start"] : t["end"]] == t["text"]


def test_report_is_the_report_model(client, app, demo_settings):
    from sitrep.report import build_report

    body = client.get("/api/report", params={"since": "2025-03-04", "per_day": 3}).json()
    store = app.state.sitrep.store
    expected = build_report(
        store, settings=demo_settings, since=dt.date(2025, 3, 4), per_day=3
    ).to_dict()
    assert body == expected
    assert min(body["timeline"]) >= "2025-03-04"


def test_write_endpoints_need_the_token(client):
    doc = {"text": "Valdoria accused Kestria of shelling Dren.", "published": "2025-03-04"}
    r = client.post("/api/code", json=doc)
    assert r.status_code == 401 and r.json()["parameter"] == "Authorization"
    assert r.headers["www-authenticate"] == "Bearer"
    r = client.post("/api/code", json=doc, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401
    r = client.post("/api/ingest", json={"documents": [doc]})
    assert r.status_code == 401


def test_code_returns_a_dispatch(client):
    doc = {
        "text": "Kestria's army shelled the Valdorian village of Dren on Tuesday, officials said.",
        "published": "2025-03-04",
        "outlet": "Test Wire",
    }
    r = client.post("/api/code", json=doc, headers=AUTH)
    assert r.status_code == 200, r.text
    dispatch = r.json()
    assert dispatch["schema"] == "sitrep.dispatch/1"
    assert dispatch["article"]["outlet"] == "Test Wire"
    assert any(e["event"] == "ASSAULT" for e in dispatch["events"])
    # nothing stored
    stored = client.get(f"/api/articles/{dispatch['article']['id']}")
    assert stored.status_code == 404


@pytest.mark.parametrize(
    ("body", "parameter"),
    [({"text": ""}, "text"), ({"text": "x", "published": "soon"}, "published"),
     ({"text": "x", "colour": "red"}, "colour"), ({}, "text")],
)  # fmt: skip
def test_code_rejects_bad_bodies(client, body, parameter):
    r = client.post("/api/code", json=body, headers=AUTH)
    assert r.status_code == 422, r.text
    assert r.json()["parameter"] == parameter


def test_ingest_stores_once(store_dir, tmp_path, demo_settings, demo_coder):
    from fastapi.testclient import TestClient

    from sitrep.api import create_app

    db = copy_store(store_dir, tmp_path)
    app = create_app(db, settings=demo_settings, token=TOKEN, coder=demo_coder)
    text = "The United Nations urged Valdoria and Kestria to resume talks in Geneva on Monday."
    lines = json.dumps({"text": text, "published": "2025-03-11", "outlet": "Test Wire"}) + "\n"
    with TestClient(app) as client:
        before = client.get("/api/events").json()["total"]
        r = client.post("/api/ingest", content=lines.encode(), headers={
            **AUTH, "Content-Type": "application/x-ndjson"})  # fmt: skip
        assert r.status_code == 200, r.text
        (result,) = r.json()["results"]
        assert result["status"] == "stored" and result["events"] >= 1
        assert client.get(f"/api/articles/{result['article_id']}").json()["outlet"] == "Test Wire"
        assert client.get("/api/events").json()["total"] == before + result["events"]
        again = client.post("/api/ingest", json={"text": text}, headers=AUTH).json()
        assert again["results"][0]["status"] == "skipped"
        bad = client.post("/api/ingest", content=b"{not json", headers=AUTH)
        assert bad.status_code == 400 and bad.json()["parameter"] == "body"


def test_request_bodies_are_size_limited(store_dir, tmp_path, demo_settings):
    from fastapi.testclient import TestClient

    from sitrep.api import create_app

    app = create_app(copy_store(store_dir, tmp_path), settings=demo_settings, token=TOKEN,
                     max_body=1000)  # fmt: skip
    with TestClient(app) as client:
        r = client.post("/api/code", json={"text": "x" * 5000}, headers=AUTH)
        assert r.status_code == 413 and r.json()["parameter"] == "body"


def test_read_only_server_refuses_writes(store_dir, tmp_path, demo_settings):
    from fastapi.testclient import TestClient

    from sitrep.api import create_app

    app = create_app(copy_store(store_dir, tmp_path), settings=demo_settings)
    with TestClient(app) as client:
        r = client.post("/api/ingest", json={"text": "x"}, headers=AUTH)
        assert r.status_code == 401 and "read-only" in r.json()["error"]
        assert client.get("/api/events", params={"limit": 1}).status_code == 200


@pytest.mark.parametrize("path", ["/", "/events", "/claims", "/actors", "/actors?q=val"])
def test_pages_render(client, path):
    r = client.get(path)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "Content-Security-Policy" in r.headers
    assert "http://" not in r.text and "https://" not in r.text  # nothing from elsewhere


def test_page_with_a_bad_parameter_names_it(client):
    r = client.get("/events", params={"quad_class": 9})
    assert r.status_code == 422 and r.headers["content-type"].startswith("text/html")
    assert "quad_class" in r.text


def test_hostile_article_text_is_escaped(client, hostile_id):
    r = client.get(f"/articles/{hostile_id}")
    assert r.status_code == 200
    assert "&lt;script&gt;window.__pwned" in r.text
    assert "<script>" not in r.text and "<img src=x" not in r.text
    assert "&lt;i&gt;Hostile&lt;/i&gt; markup" in r.text  # the title too
