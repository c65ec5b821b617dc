"""``sitrep serve``: a REST API and a server-rendered dashboard over a store.

Needs the optional extra ``sitrep[web]`` (FastAPI, uvicorn, Jinja2). The API lives under
``/api`` (OpenAPI at ``/openapi.json``, docs at ``/docs``); the dashboard pages at ``/``,
``/events``, ``/articles/{id}``, ``/actors``, ``/actors/{key}`` and ``/claims``.

Example:
    >>> from sitrep.api import create_app
    >>> app = create_app("news.duckdb")            # read-only, no write endpoints
    >>> import uvicorn; uvicorn.run(app, host="127.0.0.1", port=8000)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sitrep.errors import SitrepError

if TYPE_CHECKING:
    from fastapi import FastAPI

__all__ = ["create_app"]


def create_app(db: Any, **options: Any) -> FastAPI:
    """Build the ASGI app over the store at ``db`` (see :func:`sitrep.api.app.create_app`).

    Raises:
        SitrepError: the ``web`` extra is not installed.
    """
    try:
        from sitrep.api.app import create_app as _create
    except ImportError as e:  # fastapi, jinja2 or starlette missing
        raise SitrepError(
            f"`sitrep serve` needs the web extra ({e.name} is missing); install it with "
            "pip install 'sitrep[web]'"
        ) from e
    return _create(db, **options)
