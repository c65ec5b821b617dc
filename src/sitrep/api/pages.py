"""The dashboard: server-rendered pages (Jinja2, autoescaped) over the same queries as the API.

No JavaScript and nothing loaded from elsewhere: charts and the map are SVG drawn here, the
world outline is ``static/world.svg`` (built by ``scripts/build_world_outline.py``). Filters
are plain GET forms, so every view is a URL that can be shared or bookmarked.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from sitrep.api import charts, highlight
from sitrep.api.app import (
    ACTOR_KEY,
    ARTICLE_ID,
    COUNTRY,
    TEXT,
    ApiError,
    AppState,
    ClaimFiltersDep,
    EventFiltersDep,
    Offset,
    State,
    contested_claims,
)
from sitrep.records import PLOVER_EVENTS
from sitrep.store import queries as Q

__all__ = ["pages", "render_error"]

HERE = Path(__file__).resolve().parent
templates = Jinja2Templates(directory=str(HERE / "templates"))
MODALITIES = (
    "asserted", "negated", "planned", "predicted", "conditional", "hypothetical",
    "reported_denied",
)  # fmt: skip
STANCES = ("assert", "deny", "dispute", "accuse", "predict", "report")
#: Rows per page in the dashboard's lists.
PAGE = 50
RECORD_ID = "^[a-z]+[0-9]+$"


def qs(params: dict[str, Any], **overrides: Any) -> str:
    """``?key=value&…`` of ``params`` updated with ``overrides`` (None and "" dropped)."""
    merged = {**params, **overrides}
    kept = {k: v for k, v in merged.items() if v is not None and v != ""}
    return ("?" + urlencode(kept)) if kept else ""


templates.env.globals.update(
    qs=qs,
    QUAD_CLASSES=charts.QUAD_CLASSES,
    ROLES=highlight.ROLES,
    PLOVER_EVENTS=PLOVER_EVENTS,
    MODALITIES=MODALITIES,
    STANCES=STANCES,
)

pages = APIRouter(tags=["dashboard"], default_response_class=HTMLResponse)


def _render(request: Request, name: str, status_code: int = 200, **context: Any) -> Response:
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def render_error(request: Request, status: int, message: str, parameter: str | None) -> Response:
    """An error as a page (the API answers JSON instead)."""
    return _render(request, "error.html", status, status=status, message=message,
                   parameter=parameter, title=f"Error {status}")  # fmt: skip


def _summary(state: AppState) -> dict[str, Any]:
    counts = state.store.counts()
    first, last = state.store.query("SELECT min(published), max(published) FROM articles")[0]
    return {"counts": counts, "first": first, "last": last, "store": state.store.path.name}


def _claim_ids(state: AppState, claims: list[dict[str, Any]]) -> None:
    """Add the attribution id to the report's claims (they carry article and offsets only)."""
    wanted = {(c["article_id"], c["start"], c["end"]) for c in claims}
    if not wanted:
        return
    rows = state.store.query(
        """
        SELECT article_id, attribution_id,
               least(cue_start, coalesce(content_start, cue_start),
                     coalesce(source_start, cue_start)),
               greatest(cue_end, coalesce(content_end, cue_end), coalesce(source_end, cue_end))
        FROM attributions WHERE list_contains(?, article_id)
        """,
        [sorted({a for a, _, _ in wanted})],
    )
    found = {(a, s, e): aid for a, aid, s, e in rows}
    for c in claims:
        c["attribution_id"] = found.get((c["article_id"], c["start"], c["end"]))


def _contested(state: AppState, limit: int) -> list[dict[str, Any]]:
    items = contested_claims(state, limit=limit)
    _claim_ids(state, [side for c in items for side in (c["rejection"], c["claim"]) if side])
    return items


@pages.get("/", summary="Dashboard overview")
def overview(request: Request, state: State, filters: EventFiltersDep) -> Response:
    """Events per day by quad class, the map, top dyads and the most contested claims."""
    from sitrep.report import build_report

    with state.lock:
        per_day = Q.events_per_day(state.store, filters)
        places = Q.locations(state.store, filters)
        report = build_report(
            state.store, settings=state.settings, since=filters.since, until=filters.until,
            per_day=0, dyads_in_range=True,
        )  # fmt: skip
        contested = _contested(state, 6)
        outlets = Q.outlets(state.store)
        summary = _summary(state)
    chart = charts.day_chart(
        [(d, f"q{q}", n) for d, q, n in per_day], series=["q4", "q3", "q2", "q1", "q0"]
    )
    return _render(
        request, "overview.html", title="Overview", filters=filters.as_params(),
        chart=chart, map=charts.map_view(places), places=places, dyads=report.dyads,
        contested=contested, outlets=outlets, summary=summary,
        total=sum(n for _, _, n in per_day),
    )  # fmt: skip


@pages.get("/events", summary="Dashboard: event list")
def events_page(
    request: Request,
    state: State,
    filters: EventFiltersDep,
    offset: Offset = 0,
) -> Response:
    with state.lock:
        total, items = Q.events(state.store, filters, limit=PAGE, offset=offset)
        outlets = Q.outlets(state.store)
    return _render(
        request, "events.html", title="Events", filters=filters.as_params(), events=items,
        total=total, offset=offset, page=PAGE, outlets=outlets,
    )  # fmt: skip


@pages.get("/articles/{article_id}", summary="Dashboard: article view")
def article_page(
    request: Request,
    state: State,
    article_id: Annotated[str, PathParam(pattern=ARTICLE_ID)],
    event: Annotated[
        str | None, Query(pattern=RECORD_ID, description="Event to highlight, e.g. e1.")
    ] = None,
    claim: Annotated[
        str | None, Query(pattern=RECORD_ID, description="Attribution to highlight, e.g. a3.")
    ] = None,
) -> Response:
    """The article text with one event's (or one claim's) spans highlighted."""
    with state.lock:
        found = Q.article(state.store, article_id)
    if found is None:
        raise ApiError(404, f"no article {article_id!r} in this store", parameter="article_id")
    text, dispatch = found["text"], found["dispatch"]
    events = {e["id"]: e for e in dispatch["events"]}
    claims = {a["id"]: a for a in dispatch["attributions"]}
    actors = {a["id"]: a for a in dispatch["actors"]}
    spans: list[highlight.Span] = []
    focus_event = focus_claim = None
    if event is not None:
        if event not in events:
            raise ApiError(404, f"article {article_id} has no event {event!r}", parameter="event")
        focus_event = events[event]
        spans = highlight.event_spans(text, dispatch, focus_event)
        claim = claim or focus_event.get("attribution")
    if claim is not None:
        if claim not in claims:
            raise ApiError(404, f"article {article_id} has no claim {claim!r}", parameter="claim")
        focus_claim = claims[claim]
        if focus_event is None:
            spans = highlight.claim_spans(text, focus_claim)
    disputed = (
        claims.get(focus_claim["disputes"]) if focus_claim and focus_claim.get("disputes") else None
    )
    return _render(
        request, "article.html", title=found["title"] or f"Article {article_id}",
        article=found, segments=highlight.segments(text, spans), spans=spans,
        event=focus_event, claim=focus_claim, disputed=disputed, actors=actors,
        chain=highlight.chain(dispatch, claim), events=list(events.values()),
        claims=list(claims.values()),
        actor_keys={a["id"]: Q.actor_key(a["name"]) for a in dispatch["actors"]},
    )  # fmt: skip


@pages.get("/actors", summary="Dashboard: actors")
def actors_page(
    request: Request,
    state: State,
    q: Annotated[str | None, Query(max_length=200, pattern=TEXT)] = None,
    country: Annotated[str | None, Query(pattern=COUNTRY)] = None,
    offset: Offset = 0,
) -> Response:
    with state.lock:
        total, items = Q.actors(
            state.store, q=q or None, country=country.upper() if country else None,
            limit=PAGE, offset=offset,
        )  # fmt: skip
    return _render(
        request, "actors.html", title="Actors", actors=items, total=total, offset=offset,
        page=PAGE, filters={"q": q, "country": country},
    )  # fmt: skip


@pages.get("/actors/{key}", summary="Dashboard: one actor")
def actor_page(
    request: Request, state: State, key: Annotated[str, PathParam(pattern=ACTOR_KEY)]
) -> Response:
    with state.lock:
        found = Q.actor(state.store, key)
    if found is None:
        raise ApiError(404, f"no actor with key {key!r} in this store", parameter="key")
    chart = charts.day_chart(
        [(r["day"], r["role"], r["events"]) for r in found["events_per_day"]],
        series=["actor", "recipient"],
    )
    return _render(request, "actor.html", title=found["name"], actor=found, chart=chart)


@pages.get("/claims", summary="Dashboard: contested claims and all claims")
def claims_page(
    request: Request, state: State, filters: ClaimFiltersDep, offset: Offset = 0
) -> Response:
    with state.lock:
        contested = _contested(state, 50)
        total, items = Q.claims(state.store, filters, limit=PAGE, offset=offset)
        outlets = Q.outlets(state.store)
    params = {k: (v.isoformat() if hasattr(v, "isoformat") else v)
              for k, v in vars(filters).items() if v}  # fmt: skip
    return _render(
        request, "claims.html", title="Claims", contested=contested, claims=items, total=total,
        offset=offset, page=PAGE, filters=params, outlets=outlets,
    )  # fmt: skip
