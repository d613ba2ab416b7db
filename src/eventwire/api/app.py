"""The FastAPI application: read-only store, JSON errors, the bundled web page.

Why these choices:

* The store is opened read-only, and only GET routes exist: the API cannot
  change the data (anything else gets a JSON 405).
* DuckDB connections are not thread-safe and FastAPI runs plain ``def``
  handlers in a thread pool, so each request gets its own cursor.
* FastAPI's stock ``/docs`` loads Swagger UI from a CDN, which offline users
  cannot reach. It is switched off; ``/openapi.json`` is served and ``/docs``
  is our own small page (bundled, no CDN) that renders that schema.
* Errors never carry stack traces: client mistakes are JSON 4xx with a
  message, anything unexpected a JSON 500 with a generic message (the
  traceback goes to the server log).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import duckdb
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from eventwire.api.params import ApiError
from eventwire.errors import EventwireError
from eventwire.store import Store

log = logging.getLogger(__name__)

#: Same-origin only: the page needs nothing from elsewhere, so nothing else may load.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; "
                               "script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def static_dir() -> Path:
    return Path(str(resources.files("eventwire") / "web" / "static"))


def create_app(db_path: str | Path) -> FastAPI:
    """An app serving the store at ``db_path`` (opened read-only, once)."""
    from eventwire.api import browse, events  # routes import this module's helpers

    store = Store(db_path, read_only=True)
    _harden(store.con)
    app = FastAPI(
        title="eventwire", version="1", docs_url=None, redoc_url=None,
        description="Read-only access to an eventwire store: events with evidence, articles, actors, dyads, "
                    "incidents and stories. Every route is GET; errors are JSON `{error: {status, message}}`.",
    )
    app.state.store = store
    app.state.cameo = _cameo_labels()
    app.router.add_event_handler("shutdown", store.close)
    app.include_router(events.router)
    app.include_router(browse.router)
    _add_error_handlers(app)
    _add_pages(app)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    return app


def cursor(request: Request) -> Iterator[duckdb.DuckDBPyConnection]:
    """FastAPI dependency: a cursor of its own for this request, closed after."""
    con = request.app.state.store.con.cursor()
    try:
        yield con
    finally:
        con.close()


def _harden(con: duckdb.DuckDBPyConnection) -> None:
    """No file or network access from SQL, even if a query were ever built wrong."""
    try:
        con.execute("SET enable_external_access = false")
        con.execute("SET lock_configuration = true")
    except duckdb.Error:  # older DuckDB: the read-only connection and bound parameters remain
        log.warning("could not disable DuckDB external access")


def _cameo_labels() -> dict[str, str]:
    """CAMEO code → label, to show names beside codes (empty if the table is unavailable)."""
    try:
        from eventwire.events.ontology import load_cameo

        return {code: entry.label for code, entry in load_cameo().items()}
    except Exception:  # the page still works with bare codes
        log.warning("CAMEO labels unavailable", exc_info=True)
        return {}


def _error(status: int, message: str, **extra) -> JSONResponse:
    return JSONResponse({"error": {"status": status, "message": message, **extra}}, status_code=status)


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError):
        return _error(exc.status, exc.message, **({"param": exc.param} if exc.param else {}))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        problems = [{"param": str(e["loc"][-1]) if e.get("loc") else None, "message": e.get("msg", "invalid")}
                    for e in exc.errors()]
        text = "; ".join(f"{p['param']}: {p['message']}" for p in problems)
        return _error(422, f"invalid parameters: {text}", errors=problems)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        messages = {404: f"no such path {request.url.path}: see /docs", 405: "read-only API: only GET is allowed"}
        message = messages.get(exc.status_code, str(exc.detail)) if exc.detail in (None, "Not Found",
                                                                                   "Method Not Allowed") else exc.detail
        return _error(exc.status_code, message)

    @app.exception_handler(EventwireError)
    async def library_error(request: Request, exc: EventwireError):
        log.warning("library error on %s: %s", request.url.path, exc)
        return _error(400, str(exc))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception):
        log.exception("unexpected error on %s", request.url.path)
        return _error(500, "internal error: the server log has the details")


def _add_pages(app: FastAPI) -> None:
    static = static_dir()
    app.mount("/static", StaticFiles(directory=static), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(static / "index.html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(static / "docs.html")
