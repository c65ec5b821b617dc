"""The FastAPI app of ``sitrep serve``: the REST API under ``/api`` and the dashboard pages.

Design: one :class:`~sitrep.store.Store` connection per app, used under a lock (a DuckDB
connection is not meant for concurrent use from several threads); read-only unless a token is
set, in which case the server is the store's one writer and ``POST /api/ingest`` writes through
:meth:`Store.write`. Every filter is validated by its declared type and range before it reaches
the parameterised SQL of :mod:`sitrep.store.queries`; a bad parameter answers 422 with a JSON
body naming it, an unknown id 404, and nothing a client sends can cause a 500.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import secrets
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any
from urllib.parse import parse_qsl, urlencode

from fastapi import APIRouter, Depends, FastAPI, Query, Request, Security
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi_offline import FastAPIOffline
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sitrep import __version__
from sitrep.errors import InputError, SitrepError
from sitrep.records import PLOVER_EVENTS
from sitrep.store import Store
from sitrep.store import queries as Q

if TYPE_CHECKING:
    from sitrep.pipeline import Coder
    from sitrep.settings import Settings

log = logging.getLogger(__name__)

__all__ = ["ApiError", "create_app"]

HERE = Path(__file__).resolve().parent
#: Request bodies larger than this are refused with 413 (bytes; about 2,000 news articles).
MAX_BODY = 8 * 1024 * 1024
#: One text to code or ingest, at most (characters; spaCy's default max_length is 1,000,000).
MAX_TEXT = 200_000
#: Documents per ingest request, at most.
MAX_DOCUMENTS = 500
#: Page sizes.
MAX_LIMIT = 500
MAX_OFFSET = 10_000_000

EVENT_PATTERN = "^(" + "|".join(PLOVER_EVENTS) + ")$"
MODALITY_PATTERN = "^(asserted|negated|planned|predicted|conditional|hypothetical|reported_denied)$"
STANCE_PATTERN = "^(assert|deny|dispute|accuse|predict|report)$"
ARTICLE_ID = "^[0-9a-f]{16}$"
ACTOR_KEY = "^[0-9a-f]{12}$"
EVENT_ID = "^[0-9a-f]{16}-[a-z]+[0-9]+$"
COUNTRY = "^[A-Za-z]{2,8}$"
#: Free text in filters: no control characters.
TEXT = r"^[^\x00-\x1f\x7f]*$"


class ApiError(StarletteHTTPException):
    """An HTTP error whose JSON body names the parameter at fault."""

    def __init__(
        self,
        status_code: int,
        message: str,
        *,
        parameter: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(status_code, message, headers=headers)
        self.parameter = parameter


# --------------------------------------------------------------------------------- app state


class AppState:
    """What the routes share: the store (under a lock), settings, token and a lazy Coder."""

    def __init__(
        self,
        db: str | os.PathLike[str],
        *,
        settings: Settings,
        settings_path: str | None,
        token: str | None,
        coder: Coder | None = None,
    ) -> None:
        self.token = token or None
        self.db = db
        self.store = Store(db, read_only=self.token is None)
        self.closed = False
        self.lock = threading.RLock()
        self.settings = settings
        self.settings_path = settings_path
        self._coder: Coder | None = coder
        self._coder_lock = threading.Lock()
        #: one text coded at a time: the pipeline's components are not made for threads
        self.code_lock = threading.Lock()

    def reopen(self) -> None:
        """Open the store again after :meth:`close` (an ASGI server may restart the app)."""
        with self.lock:
            if self.closed:
                self.store = Store(self.db, read_only=self.token is None)
                self.closed = False

    def close(self) -> None:
        """Close the store (checkpointing what ``POST /api/ingest`` wrote)."""
        with self.lock:
            if not self.closed:
                self.store.close()
                self.closed = True

    def coder(self) -> Coder:
        """The pipeline, loaded on first use (10-20 s) and kept."""
        with self._coder_lock:
            if self._coder is None:
                from sitrep.pipeline import Coder

                log.info("loading the pipeline for POST /api/code and /api/ingest")
                self._coder = Coder(self.settings, settings_path=self.settings_path)
            return self._coder


def get_state(request: Request) -> AppState:
    state: AppState = request.app.state.sitrep
    return state


State = Annotated[AppState, Depends(get_state)]


# ------------------------------------------------------------------------------ parameters

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page size.")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Rows to skip.")]


def event_filters(
    since: Annotated[
        dt.date | None, Query(description="First day (event date, else publication date).")
    ] = None,
    until: Annotated[dt.date | None, Query(description="Last day.")] = None,
    actor: Annotated[
        str | None, Query(pattern=ACTOR_KEY, description="Actor key (see /api/actors).")
    ] = None,
    recipient: Annotated[
        str | None, Query(pattern=ACTOR_KEY, description="Recipient actor key.")
    ] = None,
    actor_country: Annotated[
        str | None, Query(pattern=COUNTRY, description="Actor country code, e.g. RUS.")
    ] = None,
    recipient_country: Annotated[
        str | None, Query(pattern=COUNTRY, description="Recipient country code.")
    ] = None,
    event: Annotated[str | None, Query(pattern=EVENT_PATTERN, description="PLOVER type.")] = None,
    quad_class: Annotated[
        int | None, Query(ge=1, le=4, description="1 verbal coop … 4 material conflict.")
    ] = None,
    modality: Annotated[str | None, Query(pattern=MODALITY_PATTERN)] = None,
    outlet: Annotated[str | None, Query(max_length=200, pattern=TEXT)] = None,
    min_confidence: Annotated[float | None, Query(ge=0.0, le=1.0, allow_inf_nan=False)] = None,
    q: Annotated[
        str | None,
        Query(max_length=200, pattern=TEXT, description="Words the sentence contains."),
    ] = None,
    article: Annotated[str | None, Query(pattern=ARTICLE_ID, description="Article id.")] = None,
) -> Q.EventFilters:
    """The events filters, validated (shared by the API and the pages)."""
    if since and until and since > until:
        raise ApiError(422, f"since {since} is after until {until}", parameter="since")
    return Q.EventFilters(
        since=since,
        until=until,
        actor=actor,
        recipient=recipient,
        actor_country=actor_country.upper() if actor_country else None,
        recipient_country=recipient_country.upper() if recipient_country else None,
        event=event,
        quad_class=quad_class,
        modality=modality,
        outlet=outlet or None,
        min_confidence=min_confidence,
        q=q or None,
        article=article,
    )


EventFiltersDep = Annotated[Q.EventFilters, Depends(event_filters)]


def claim_filters(
    source: Annotated[str | None, Query(pattern=ACTOR_KEY, description="Source actor key.")] = None,
    stance: Annotated[str | None, Query(pattern=STANCE_PATTERN)] = None,
    outlet: Annotated[str | None, Query(max_length=200, pattern=TEXT)] = None,
    since: Annotated[dt.date | None, Query(description="First publication day.")] = None,
    until: Annotated[dt.date | None, Query(description="Last publication day.")] = None,
    q: Annotated[
        str | None, Query(max_length=200, pattern=TEXT, description="Words the claim contains.")
    ] = None,
    article: Annotated[str | None, Query(pattern=ARTICLE_ID)] = None,
) -> Q.ClaimFilters:
    """The claims filters, validated."""
    if since and until and since > until:
        raise ApiError(422, f"since {since} is after until {until}", parameter="since")
    return Q.ClaimFilters(
        source=source,
        stance=stance,
        outlet=outlet or None,
        since=since,
        until=until,
        q=q or None,
        article=article,
    )


ClaimFiltersDep = Annotated[Q.ClaimFilters, Depends(claim_filters)]

_bearer = HTTPBearer(auto_error=False, description="SITREP_TOKEN or `sitrep serve --token`.")


def require_token(
    state: State,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)],
) -> None:
    """Check the bearer token of a write endpoint (401 without the right one)."""
    challenge = {"WWW-Authenticate": "Bearer"}
    if state.token is None:
        raise ApiError(
            401,
            "this server is read-only: start it with --token TOKEN (or SITREP_TOKEN) to enable "
            "POST /api/code and /api/ingest",
            parameter="Authorization",
            headers=challenge,
        )
    if credentials is None or not secrets.compare_digest(
        credentials.credentials.encode("utf-8"), state.token.encode("utf-8")
    ):
        raise ApiError(
            401,
            "missing or wrong bearer token; send the header 'Authorization: Bearer TOKEN'",
            parameter="Authorization",
            headers=challenge,
        )


# ----------------------------------------------------------------------------- bodies


class Document(BaseModel):
    """A text to code, with its publication date and optional metadata."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=MAX_TEXT, description="The article text.")
    published: dt.date | None = Field(None, description="Publication date (YYYY-MM-DD).")
    title: str | None = Field(None, max_length=1000)
    outlet: str | None = Field(None, max_length=200)
    url: str | None = Field(None, max_length=2000)


class IngestRequest(BaseModel):
    """Documents to code and store."""

    model_config = ConfigDict(extra="forbid")

    documents: list[Document] = Field(min_length=1, max_length=MAX_DOCUMENTS)


def _article(doc: Document, where: str) -> Any:
    from sitrep.ingest.article import Article

    if not doc.text.strip():
        raise ApiError(422, f"{where}: text is empty (only whitespace)", parameter="text")
    return Article(
        doc.text, title=doc.title, url=doc.url, outlet=doc.outlet, published=doc.published,
        path=where,
    )  # fmt: skip


def _parse_ingest_body(raw: bytes, content_type: str) -> IngestRequest:
    """JSON ``{"documents": [...]}``, one JSON document, or JSON lines (one document a line)."""
    from pydantic import ValidationError

    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ApiError(400, f"request body is not UTF-8 ({e.reason})", parameter="body") from e
    try:
        if "ndjson" in content_type or "jsonl" in content_type or "json-lines" in content_type:
            docs = []
            for i, line in enumerate(text.splitlines(), 1):
                if line.strip():
                    try:
                        docs.append(json.loads(line))
                    except json.JSONDecodeError as e:
                        raise ApiError(
                            400, f"line {i} of the JSON lines body is not JSON: {e.msg}",
                            parameter="body",
                        ) from e  # fmt: skip
            return IngestRequest.model_validate({"documents": docs})
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            raise ApiError(
                400, f"request body is not JSON: {e.msg} at character {e.pos}", parameter="body"
            ) from e
        if isinstance(data, dict) and "documents" not in data:
            data = {"documents": [data]}
        return IngestRequest.model_validate(data)
    except ValidationError as e:
        first = e.errors()[0]
        loc = ".".join(str(p) for p in first["loc"])
        raise ApiError(422, f"body {loc}: {first['msg']}", parameter=loc or "body") from e


def _ingest_schema() -> dict[str, Any]:
    """IngestRequest's JSON schema, its Document pointing at the component /api/code declares."""
    schema = IngestRequest.model_json_schema(ref_template="#/components/schemas/{model}")
    schema.pop("$defs", None)
    return schema


# ------------------------------------------------------------------------------- API routes

api = APIRouter(prefix="/api", tags=["api"])


def _page(total: int, items: list[Any], limit: int, offset: int) -> dict[str, Any]:
    nxt = offset + len(items)
    return {
        "total": total,
        "limit": limit,
        "offset": offset,
        "next_offset": nxt if nxt < total else None,
        "items": items,
    }


@api.get("/events", summary="Events, filtered and paginated")
def list_events(
    state: State, filters: EventFiltersDep, limit: Limit = 50, offset: Offset = 0
) -> dict[str, Any]:
    """Events in time order (event date, else publication date), one page at a time."""
    with state.lock:
        total, items = Q.events(state.store, filters, limit=limit, offset=offset)
    return _page(total, items, limit, offset)


@api.get("/events/{event_id}", summary="One event")
def get_event(
    state: State,
    event_id: Annotated[
        str, PathParam(pattern=EVENT_ID, description="ARTICLE-EVENT, e.g. 79bcb19eaa075789-e1")
    ],
) -> dict[str, Any]:
    article_id, _, eid = event_id.partition("-")
    with state.lock:
        found = Q.event(state.store, article_id, eid)
    if found is None:
        raise ApiError(404, f"no event {event_id!r} in this store", parameter="event_id")
    return found


@api.get("/actors", summary="Actors across articles")
def list_actors(
    state: State,
    q: Annotated[str | None, Query(max_length=200, pattern=TEXT)] = None,
    country: Annotated[str | None, Query(pattern=COUNTRY)] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Actors grouped by name across articles (``key`` identifies one), most mentioned first."""
    with state.lock:
        total, items = Q.actors(
            state.store, q=q or None, country=country.upper() if country else None,
            limit=limit, offset=offset,
        )  # fmt: skip
    return _page(total, items, limit, offset)


@api.get("/actors/{key}", summary="One actor: events over time, counterparts, claims")
def get_actor(
    state: State, key: Annotated[str, PathParam(pattern=ACTOR_KEY, description="Actor key.")]
) -> dict[str, Any]:
    with state.lock:
        found = Q.actor(state.store, key)
    if found is None:
        raise ApiError(404, f"no actor with key {key!r} in this store", parameter="key")
    return found


@api.get("/claims", summary="Attributed claims; contested=true for claims and their rejections")
def list_claims(
    state: State,
    filters: ClaimFiltersDep,
    contested: Annotated[
        bool, Query(description="Denials and disputes, each with the claim it rejects.")
    ] = False,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Attributions, by publication date. With ``contested=true``: the report's contested
    claims instead (each denial or dispute with the claim it answers, linked by the stage or
    paired by wording), store-wide; the other filters do not apply to them."""
    if contested:
        with state.lock:
            found = contested_claims(state, limit=limit + offset)
        return _page(len(found), found[offset:], limit, offset)
    with state.lock:
        total, items = Q.claims(state.store, filters, limit=limit, offset=offset)
    return _page(total, items, limit, offset)


def contested_claims(state: AppState, *, limit: int) -> list[dict[str, Any]]:
    """The report's contested claims (each rejection with the claim it answers)."""
    from sitrep.report import build_report

    report_settings = state.settings.report.model_copy(update={"top_contested": limit})
    settings = state.settings.model_copy(update={"report": report_settings})
    report = build_report(state.store, settings=settings, per_day=0)
    out = []
    for c in report.contested:
        item = asdict(c)
        for side in ("rejection", "claim"):
            if item[side] is not None:
                item[side]["published"] = Q._iso(item[side]["published"])
        out.append(item)
    return out


@api.get("/articles/{article_id}", summary="An article's text and its whole dispatch")
def get_article(
    state: State, article_id: Annotated[str, PathParam(pattern=ARTICLE_ID)]
) -> dict[str, Any]:
    with state.lock:
        found = Q.article(state.store, article_id)
    if found is None:
        raise ApiError(404, f"no article {article_id!r} in this store", parameter="article_id")
    return found


@api.get("/report", summary="The situation report view model as JSON")
def get_report(
    state: State,
    since: Annotated[dt.date | None, Query()] = None,
    until: Annotated[dt.date | None, Query()] = None,
    per_day: Annotated[
        int | None, Query(ge=0, le=10_000, description="At most this many events a day.")
    ] = 12,
    all_modalities: Annotated[
        bool, Query(description="Count every modality in the dyad balance.")
    ] = False,
    all_events: Annotated[
        bool,
        Query(description="Every event, not only those at report.min_confidence or above."),
    ] = False,
) -> dict[str, Any]:
    """The same report as ``sitrep report --format json``."""
    from sitrep.report import build_report

    if since and until and since > until:
        raise ApiError(422, f"since {since} is after until {until}", parameter="since")
    with state.lock:
        report = build_report(
            state.store, settings=state.settings, since=since, until=until, per_day=per_day,
            asserted_only=not (all_modalities or all_events), all_events=all_events,
        )  # fmt: skip
    return report.to_dict()


@api.post(
    "/code",
    summary="Code one text into a dispatch (nothing stored); needs the bearer token",
    dependencies=[Depends(require_token)],
)
def code(state: State, document: Document) -> dict[str, Any]:
    article = _article(document, "POST /api/code")
    try:
        coder = state.coder()
        with state.code_lock:
            dispatch = coder.code(article)
    except InputError as e:
        raise ApiError(422, e.message, parameter="text") from e
    return dispatch.to_json_dict()


@api.post(
    "/ingest",
    summary="Code and store documents; needs the bearer token",
    dependencies=[Depends(require_token)],
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": _ingest_schema()}},
            "description": "JSON {documents: [...]}, one JSON document, or JSON lines "
            "(Content-Type: application/x-ndjson), each document as in POST /api/code.",
        }
    },
)
async def ingest(state: State, request: Request) -> dict[str, Any]:
    """Code the documents not yet stored and write each in one transaction."""
    body = _parse_ingest_body(await request.body(), request.headers.get("content-type", ""))
    # the coding is CPU-bound: run it off the event loop
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(_ingest, state, body)


def _ingest(state: AppState, body: IngestRequest) -> dict[str, Any]:
    articles = [_article(d, f"POST /api/ingest #{i}") for i, d in enumerate(body.documents)]
    coder = state.coder()
    results = []
    for article in articles:
        with state.lock:
            if state.store.has_article(article.id):
                results.append({"article_id": article.id, "status": "skipped",
                                "reason": "already stored"})  # fmt: skip
                continue
        try:
            with state.code_lock:
                dispatch = coder.code(article)
        except InputError as e:
            results.append({"article_id": article.id, "status": "rejected", "reason": e.message})
            continue
        with state.lock:
            stored = state.store.write(dispatch, article)
        results.append({"article_id": article.id, "status": "stored" if stored else "skipped",
                        "events": len(dispatch.events),
                        "attributions": len(dispatch.attributions)})  # fmt: skip
    return {"results": results}


# ------------------------------------------------------------------------------ middleware


class BodyLimit:
    """Refuse request bodies over ``max_bytes`` with 413, before any route reads them."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_bytes):
            await self._refuse(scope, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await self._refuse(scope, receive, send)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = JSONResponse(
            {"error": f"request body over {self.max_bytes:,} bytes; send fewer documents "
                      "per request", "parameter": "body"},
            status_code=413,
        )  # fmt: skip
        await response(scope, receive, send)


class DropEmptyQuery:
    """Drop empty query parameters on dashboard pages (a GET form sends ``since=`` for a blank
    field); the API keeps them, so ``/api/events?since=`` still answers 422 naming ``since``."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and not scope["path"].startswith("/api"):
            pairs = parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True)
            kept = [(k, v) for k, v in pairs if v != ""]
            if len(kept) != len(pairs):
                scope = {**scope, "query_string": urlencode(kept).encode("latin-1")}
        await self.app(scope, receive, send)


#: Pages load nothing from elsewhere and run no inline script (article text is untrusted).
CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


# ------------------------------------------------------------------------------- errors


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or request.url.path.endswith(".json")


def _error_response(
    request: Request, status: int, message: str, parameter: str | None,
    headers: dict[str, str] | None = None, details: list[dict[str, Any]] | None = None,
) -> Response:  # fmt: skip
    if _wants_json(request):
        body: dict[str, Any] = {"error": message, "parameter": parameter}
        if details:
            body["details"] = details
        return JSONResponse(body, status_code=status, headers=headers)
    from sitrep.api.pages import render_error

    return render_error(request, status, message, parameter)


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def validation(request: Request, exc: RequestValidationError) -> Response:
        errors = exc.errors()
        details = []
        for e in errors:
            loc = [str(p) for p in e.get("loc", ())]
            value = e.get("input")
            details.append(
                {"parameter": loc[-1] if loc else None, "in": loc[0] if loc else None,
                 "message": e.get("msg"), "value": value if isinstance(value, str | int | float) else None}
            )  # fmt: skip
        first = details[0] if details else {"parameter": None, "message": "invalid request"}
        value = first.get("value")
        got = f" (got {str(value)[:80]!r})" if value is not None else ""
        message = f"bad parameter {first['parameter']}: {first['message']}{got}"
        return _error_response(request, 422, message, first["parameter"], details=details)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        parameter = getattr(exc, "parameter", None)
        message = str(exc.detail)
        if exc.status_code == 404 and parameter is None:
            message = f"no such page or endpoint: {request.url.path}"
        elif exc.status_code == 405:
            parameter = "method"
            message = f"method {request.method} is not allowed on {request.url.path}"
        return _error_response(request, exc.status_code, message, parameter,
                               headers=getattr(exc, "headers", None))  # fmt: skip

    @app.exception_handler(SitrepError)
    async def sitrep_error(request: Request, exc: SitrepError) -> Response:
        log.exception("sitrep error on %s", request.url.path)
        return _error_response(request, 500, str(exc), None)

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path)
        return _error_response(
            request, 500, f"internal error ({type(exc).__name__}); see the server log", None
        )


# --------------------------------------------------------------------------------- the app


def create_app(
    db: str | os.PathLike[str],
    *,
    settings: Settings | None = None,
    settings_path: str | None = None,
    token: str | None = None,
    max_body: int = MAX_BODY,
    coder: Coder | None = None,
) -> FastAPI:
    """The ASGI app serving the store at ``db``.

    Args:
        db: the DuckDB store (must exist).
        settings: settings (report sizes, pipeline for POST endpoints); default: the packaged
            defaults overlaid with ``settings_path``.
        settings_path: the TOML file the settings came from (passed on to the pipeline).
        token: the bearer token of the write endpoints; None keeps the store read-only and
            those endpoints answer 401.
        max_body: request bodies over this many bytes answer 413.
        coder: a loaded pipeline to code with (default: built on the first POST).

    Raises:
        StoreError: the store cannot be opened.
    """
    from sitrep.settings import load_settings

    settings = settings or load_settings(settings_path)
    state = AppState(db, settings=settings, settings_path=settings_path, token=token, coder=coder)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        state.reopen()
        yield
        state.close()

    app = FastAPIOffline(
        lifespan=lifespan,
        title="sitrep",
        version=__version__,
        description="Attributed claims and PLOVER-coded events from a sitrep store. Every "
        "record carries its article id and character offsets. Dashboard at `/`.",
    )
    app.state.sitrep = state
    app.include_router(api)
    from sitrep.api.pages import pages

    app.include_router(pages)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    _install_error_handlers(app)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        if not request.url.path.startswith(("/docs", "/redoc", "/static-offline-docs")):
            response.headers.setdefault("Content-Security-Policy", CSP)
        return response

    app.add_middleware(BodyLimit, max_bytes=max_body)
    app.add_middleware(DropEmptyQuery)

    return app
