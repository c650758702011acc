"""``wzw serve``: the REST API and the web pages over a corpus database."""

from __future__ import annotations

import ipaddress
import os
from typing import Annotated

import typer

from ..errors import WzwError, require
from ..settings import setting
from .options import DEFAULT_DB, DbOption

# Printed when --public opens the server to other machines: it has no authentication.
PUBLIC_NOTICE = (
    "warning: wzw serve is listening on {host}:{port}, reachable from other machines, "
    "without authentication. Anyone who can reach it can read the whole corpus "
    "(articles, quotes, speakers, exports) and run /analyse, including storing articles "
    "with \"store\": true. Put a reverse proxy with authentication in front of it."
)


def is_loopback(host: str) -> bool:
    """Whether ``host`` is reachable from this machine only (127.0.0.0/8, ::1, localhost)."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip().strip("[]")).is_loopback
    except ValueError:
        return False  # a host name: it may resolve to any address


def serve(db: str, *, host: str = "127.0.0.1", port: int = 8000, workers: int = 1,
          pipeline: str | None = None, max_body: int | None = None,
          query_budget: float | None = None) -> None:
    """Run uvicorn with ``workers`` processes over ``db`` until interrupted.

    pipeline: ``module:callable`` making the Pipeline for /analyse (default: Frog).
    query_budget: seconds of database work per request before it is a 503.
    """
    for module in ("uvicorn", "fastapi", "jinja2", "python_multipart"):
        require(module, extra="serve", feature="wzw serve")
    import uvicorn

    from ..serve.api import _ensure_database, load_pipeline

    _ensure_database(db)  # fail here, once, with the store's message
    # uvicorn's worker processes build the app from the settings (serve.api.app_from_env).
    os.environ[setting("db").env] = db
    if pipeline:
        load_pipeline(pipeline)
        os.environ[setting("pipeline").env] = pipeline
    if max_body is not None:
        os.environ[setting("max_body").env] = str(max_body)
    if query_budget is not None:
        os.environ[setting("query_budget").env] = str(query_budget)
    # The factory string lets every worker process build its own app (own pool, own Frog).
    uvicorn.run("wiezegtwat.serve.api:app_from_env", factory=True, host=host, port=port,
                workers=workers, log_level="info", proxy_headers=False)


def register(app: typer.Typer) -> None:
    @app.command(name="serve")
    def serve_command(
        db: DbOption = DEFAULT_DB,
        host: Annotated[str, typer.Option(help="Address to listen on (a non-loopback address "
                                               "needs --public).")] = "127.0.0.1",
        port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
        public: Annotated[bool, typer.Option(
            "--public", help="Allow a non-loopback --host: the server has no authentication."
        )] = False,
        workers: Annotated[int, typer.Option(help="Server processes (each starts its own Frog "
                                                  "on the first /analyse).")] = 1,
        pipeline: Annotated[str | None, typer.Option(
            help="module:callable that makes the analysis Pipeline (env WZW_PIPELINE).")] =
            setting("pipeline").value(),
        max_body: Annotated[int | None, typer.Option(help="Largest request body in bytes.")] = None,
        query_budget: Annotated[float | None, typer.Option(
            help="Seconds of database work per request before it is a 503 (default 10).",
            min=0.001)] = None,
    ) -> None:
        """Serve the corpus: REST API under /api, web pages, OpenAPI docs at /docs.

        Example: wzw serve --db wzw.db --port 8000
        """
        from .app import err, fail

        if workers < 1:
            raise typer.BadParameter("--workers must be 1 or more")
        if not is_loopback(host):
            if not public:
                fail(WzwError(f"--host {host} is reachable from other machines and the server "
                              "has no authentication; add --public to serve it anyway, or "
                              "use --host 127.0.0.1"))
            err.print(PUBLIC_NOTICE.format(host=host, port=port), style="yellow", markup=False,
                      soft_wrap=True)
        try:
            serve(db, host=host, port=port, workers=workers, pipeline=pipeline,
                  max_body=max_body, query_budget=query_budget)
        except (WzwError, ImportError, AttributeError) as e:
            fail(e)
