"""Errors that carry a code and tell the reader what to do next.

Library code raises these; only the CLI boundary turns them into friendly
messages and exit codes. The code makes an error searchable in the docs and in
the rejects table.
"""

from __future__ import annotations


class EventwireError(Exception):
    """Base class: ``code`` like ``E012`` and a message that says what to do."""

    code = "E000"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        if code:
            self.code = code
        super().__init__(message)

    def __str__(self) -> str:
        return f"{self.code} {self.args[0]}"


class InputError(EventwireError):
    """An input could not be read as what it claims to be."""

    code = "E010"


class StoreLockedError(EventwireError):
    """Another process holds the database for writing."""

    code = "E020"


class StoreError(EventwireError):
    """The database file is unusable (wrong schema, corrupt, newer version)."""

    code = "E021"


class DictionaryError(EventwireError):
    """A dictionary or ontology data file failed validation."""

    code = "E030"


class ModelMissingError(EventwireError):
    """The spaCy English pipeline is not installed."""

    code = "E040"


class UsageError(EventwireError):
    """A bad option value: the CLI exits 2 for these."""

    code = "E050"
