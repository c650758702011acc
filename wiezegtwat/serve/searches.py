"""Saved searches on the web pages: save the search on screen under a name, delete one.

A saved search is the query string of the search page (``store/saved.py``), so the list
on the search page is a list of links. Writes go through the app's one Writer; the
CrossSiteGuard middleware refuses posts from other sites' pages (CSRF), as for /analyse.
HTML forms cannot send DELETE, so each delete button posts to ``…/delete`` instead.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Path, Request
from fastapi.responses import RedirectResponse, Response

from ..store.saved import MAX_NAME_CHARS, MAX_QUERY_CHARS, delete_search, save_search

SearchId = Annotated[int, Path(ge=1, le=2**62)]


def _search_url(query: str) -> str:
    return f"/search?{query}" if query else "/search"


def post_search(
    request: Request,
    name: Annotated[str, Form(max_length=MAX_NAME_CHARS)],
    query: Annotated[str, Form(max_length=MAX_QUERY_CHARS)] = "",
) -> RedirectResponse:
    """Save the search ``query`` (a query string) as ``name``; back to that search."""
    saved = request.app.state.writer.run(lambda store: save_search(store, name, query))
    return RedirectResponse(_search_url(saved.query), status_code=303)


def _delete(request: Request, id: int) -> None:
    if not request.app.state.writer.run(lambda store: delete_search(store, id)):
        raise HTTPException(404, f"no saved search with id {id}; the search page lists them")


def delete_saved(request: Request, id: SearchId) -> Response:
    """Delete a saved search (for scripts; the page's button posts to …/delete)."""
    _delete(request, id)
    return Response(status_code=204)


def delete_saved_form(request: Request, id: SearchId) -> RedirectResponse:
    """Delete a saved search from the search page's form; back to the search page."""
    _delete(request, id)
    return RedirectResponse("/search", status_code=303)


def register(router: APIRouter) -> None:
    """Add the saved-search routes to the web pages' router (its language, its docs check)."""
    router.add_api_route("/searches", post_search, methods=["POST"],
                         response_class=RedirectResponse, status_code=303)
    router.add_api_route("/searches/{id}", delete_saved, methods=["DELETE"],
                         response_class=Response, status_code=204)
    router.add_api_route("/searches/{id}/delete", delete_saved_form, methods=["POST"],
                         response_class=RedirectResponse, status_code=303)
