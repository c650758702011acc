"""Fictional Dutch articles and helpers shared by the ingest tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from wiezegtwat.errors import InputError
from wiezegtwat.ingest import iter_articles
from wiezegtwat.records import Article

Read = Callable[..., tuple[list[Article], list[InputError]]]


@pytest.fixture
def read() -> Read:
    """iter_articles with errors collected: returns (articles, errors)."""

    def run(*paths: str | Path, **options: object) -> tuple[list[Article], list[InputError]]:
        errors: list[InputError] = []
        articles = list(iter_articles(list(paths), on_error=errors.append, **options))  # type: ignore[arg-type]
        return articles, errors

    return run


@pytest.fixture
def zwembad() -> dict[str, str]:
    """A short fictional article: its paragraphs, title and metadata."""
    return {
        "title": "Raad stemt in met nieuw zwembad",
        "p1": "De gemeenteraad van Zuiderveen heeft dinsdag ingestemd met de bouw van een "
        "nieuw zwembad. \"Dit is een mooie dag voor de stad,\" zei wethouder Jan Bakker.",
        "p2": "De oppositie is kritisch. Volgens raadslid Fatima el Amrani is het plan veel "
        "te duur.",
        "p3": "De bouw begint volgend jaar en moet in 2027 klaar zijn, aldus de gemeente.",
        "author": "Els de Wit",
        "url": "https://www.dagbladzuid.nl/nieuws/zwembad",
    }


def page(title: str, paragraphs: list[str], *, head: str = "", url: str | None = None) -> str:
    """An HTML news page with navigation, scripts and footer around ``paragraphs``."""
    canonical = f'<link rel="canonical" href="{url}">' if url else ""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>{title} - Dagblad Zuid</title>{canonical}
<meta property="og:site_name" content="Dagblad Zuid">{head}
<script>var volg = "script in de kop";</script></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/regio">Regio</a></li></ul></nav>
<article><h1>{title}</h1>
{body}
</article>
<aside><h3>Meest gelezen</h3><ul><li><a href="/a">Brand in loods</a></li></ul></aside>
<footer><p>Copyright 2024 Dagblad Zuid. Alle rechten voorbehouden.</p></footer>
</body></html>"""


@pytest.fixture
def make_page() -> Callable[..., str]:
    return page
