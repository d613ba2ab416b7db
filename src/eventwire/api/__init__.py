"""The HTTP API and web page: ``create_app(db_path)`` gives a read-only FastAPI app.

Run it with ``eventwire serve --db FILE``; the routes are listed at ``/docs``
(bundled, works offline) and ``/openapi.json``.
"""

from __future__ import annotations

from eventwire.api.app import create_app

__all__ = ["create_app"]
