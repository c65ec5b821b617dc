"""Exceptions raised by sitrep.

The hierarchy::

    SitrepError                 base of everything sitrep raises on purpose
    ├── InputError              a document or file we cannot read (bad path, encoding, format)
    │   └── DateError           a value that is not an ISO date (also a ValueError)
    ├── SettingsError           a settings file with unknown keys or bad values
    ├── ModelError              a model or data file missing, corrupt or incompatible
    ├── StoreError              the DuckDB store cannot be opened, migrated or written
    └── EvalError               gold data for an ``sitrep eval`` command is missing or malformed

Each carries optional context (``path``, ``article_id``, ``stage``) and a message that names the
bad value, what was expected and the next step. A *rejected document* (empty, binary, duplicate)
is not an exception: readers return it as a :class:`sitrep.ingest.Rejected` result with a reason.
"""

from __future__ import annotations


class SitrepError(Exception):
    """Base class for all sitrep errors."""

    exit_code = 1

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        article_id: str | None = None,
        stage: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.article_id = article_id
        self.stage = stage

    def __str__(self) -> str:
        where = ", ".join(
            f"{k}={v}"
            for k, v in (("path", self.path), ("article", self.article_id), ("stage", self.stage))
            if v
        )
        return f"{self.message} ({where})" if where else self.message


class InputError(SitrepError):
    """Input we cannot read: a missing path, an unknown format, undecodable bytes."""

    exit_code = 2


class DateError(InputError, ValueError):
    """A value that is not an ISO ``YYYY-MM-DD`` date (:func:`sitrep.text.dates.parse_iso_date`).

    Also a ``ValueError``, so code that validates values (pydantic, argument parsers) treats it
    as one.
    """


class SettingsError(SitrepError):
    """A settings file that does not validate."""

    exit_code = 3


class ModelError(SitrepError):
    """A model or shipped data file that is missing or incompatible."""

    exit_code = 4


class StoreError(SitrepError):
    """The store cannot be opened, migrated or written."""

    exit_code = 5


class EvalError(SitrepError):
    """Gold data for an evaluation is missing or malformed."""

    exit_code = 6
