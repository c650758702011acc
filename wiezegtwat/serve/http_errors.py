"""The one error shape of ``wzw serve``: its model, its responses and its exception handlers."""

from __future__ import annotations

import json
import logging
from http import HTTPStatus
from typing import Any, cast

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import QueryError, StoreError
from .params import PATTERN_HINTS

logger = logging.getLogger("wiezegtwat.serve")

SERVER_ERROR = "unexpected server error; see the server log"


class ErrorInfo(BaseModel):
    status: int
    title: str
    detail: str


class ErrorOut(BaseModel):
    """The body of every error response."""

    error: ErrorInfo


_WHEN = {
    400: "Malformed or over-long search query (or, for a POST, a body that is not JSON).",
    403: "Cross-site request (Origin or Sec-Fetch-Site from another site).",
    404: "No such article, actor or route.",
    413: "Request body over the server's limit.",
    422: "Invalid parameter or body.",
    500: "Unexpected server error.",
    503: "Over the query time budget, too many searches at once, or no analysis backend.",
}


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` for ``statuses``, all in the one error shape."""
    return {s: {"model": ErrorOut, "description": _WHEN[s]} for s in statuses}


def json_error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """Like error_responses, for routes whose success is not JSON.

    FastAPI documents a ``model`` in the route's own media type (text/csv for an
    export), so the JSON media type of the error body is spelled out here.
    """
    schema = {"$ref": "#/components/schemas/ErrorOut"}
    return {s: {"description": _WHEN[s], "content": {"application/json": {"schema": schema}}}
            for s in statuses}


def error_body(status: int, detail: str) -> dict[str, Any]:
    """The one error shape of the whole API."""
    title = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else "Error"
    return {"error": {"status": status, "title": title, "detail": detail}}


def _wants_html(request: Request) -> bool:
    path = request.url.path
    if path.startswith(("/api/", "/static/", "/openapi.json")) or path == "/api":
        return False
    accept = request.headers.get("accept", "")
    return "application/json" not in accept or "text/html" in accept


def error_response(request: Request, status: int, detail: str) -> Response:
    """The error as JSON for the API, as an HTML page for the web pages."""
    body = error_body(status, detail)
    if _wants_html(request):
        from .web import render_error

        return render_error(request, body["error"])
    return JSONResponse(body, status_code=status)


def _validation_detail(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "path", "body"))
        msg = err.get("msg", "invalid")
        if err.get("type") == "string_pattern_mismatch":
            # The date patterns are long regular expressions: say what to write instead.
            msg = PATTERN_HINTS.get(str(err.get("ctx", {}).get("pattern")), msg)
        parts.append(f"{loc or 'request'}: {msg}")
    return "; ".join(parts) or "the request is invalid"


def install_error_handlers(app: FastAPI) -> None:
    """Every known error becomes its status in the one shape (500s: see ServerErrors).

    A query over the time budget is an OverBudget, a StoreError: 503 (see StorePool).
    """

    async def http_error(request: Request, exc: Exception) -> Response:
        exc = cast(StarletteHTTPException, exc)
        detail = exc.detail if isinstance(exc.detail, str) else json.dumps(exc.detail)
        response = error_response(request, exc.status_code, detail)
        if exc.headers:
            response.headers.update(exc.headers)
        return response

    async def validation_error(request: Request, exc: Exception) -> Response:
        return error_response(request, 422, _validation_detail(cast(RequestValidationError, exc)))

    async def query_error(request: Request, exc: Exception) -> Response:
        return error_response(request, 400, str(exc))

    async def store_error(request: Request, exc: Exception) -> Response:
        return error_response(request, 503, str(exc))

    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(QueryError, query_error)
    app.add_exception_handler(StoreError, store_error)
