"""``wzw serve``: the REST API and the web pages over a corpus database."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from ..errors import WzwError, require


def serve(db: str, *, host: str = "127.0.0.1", port: int = 8000, workers: int = 1,
          pipeline: str | None = None, max_body: int | None = None) -> None:
    """Run uvicorn with ``workers`` processes over ``db`` until interrupted.

    pipeline: ``module:callable`` making the Pipeline for /analyse (default: Frog).
    """
    for module in ("uvicorn", "fastapi", "jinja2", "python_multipart"):
        require(module, extra="serve", feature="wzw serve")
    import uvicorn

    from .api import _ensure_database, load_callable

    _ensure_database(db)  # fail here, once, with the store's message
    os.environ["WZW_DB"] = db
    if pipeline:
        load_callable(pipeline)
        os.environ["WZW_PIPELINE"] = pipeline
    if max_body is not None:
        os.environ["WZW_MAX_BODY"] = str(max_body)
    # The factory string lets every worker process build its own app (own pool, own Frog).
    uvicorn.run("wiezegtwat.serve.api:app_from_env", factory=True, host=host, port=port,
                workers=workers, log_level="info", proxy_headers=False)


def register(app: typer.Typer) -> None:
    @app.command(name="serve")
    def serve_command(
        db: Annotated[str, typer.Option(help="Database file (env WZW_DB).")] = os.environ.get(
            "WZW_DB", "wzw.db"),
        host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
        port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
        workers: Annotated[int, typer.Option(help="Server processes (each starts its own Frog "
                                                  "on the first /analyse).")] = 1,
        pipeline: Annotated[str | None, typer.Option(
            help="module:callable that makes the analysis Pipeline (env WZW_PIPELINE).")] =
            os.environ.get("WZW_PIPELINE"),
        max_body: Annotated[int | None, typer.Option(help="Largest request body in bytes.")] = None,
    ) -> None:
        """Serve the corpus: REST API under /api, web pages, OpenAPI docs at /docs.

        Example: wzw serve --db wzw.db --port 8000
        """
        from .cli import fail

        if workers < 1:
            raise typer.BadParameter("--workers must be 1 or more")
        try:
            serve(db, host=host, port=port, workers=workers, pipeline=pipeline, max_body=max_body)
        except (WzwError, ImportError, AttributeError) as e:
            fail(e)
