"""Shared fixtures: one Frog backend for the whole test session."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from wiezegtwat.analyse.frog import FrogBackend, frog_available

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("WZW_SHARED", ROOT.parent / "shared"))
DEV_GOLD = SHARED / "eval" / "nl-dev.jsonl"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # A test that takes the real Frog is a `frog` test even when its module forgot the
    # mark, so that `make test-fast` (-m "not frog ...") never starts Frog.
    for item in items:
        if "frog" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.frog)


@pytest.fixture(scope="session")
def frog() -> Iterator[FrogBackend]:
    """A started Frog backend shared by every test that needs real analysis."""
    if not frog_available():
        pytest.skip("Frog is not installed (apt-get install frog frogdata ucto uctodata)")
    backend = FrogBackend()
    backend.start()
    yield backend
    backend.close()


@pytest.fixture(scope="session")
def dev_gold() -> list[dict]:
    """The Dutch development gold set, when ../shared is present."""
    if not DEV_GOLD.exists():
        pytest.skip(f"no development gold set at {DEV_GOLD}")
    from wiezegtwat.scoring import load_gold

    return load_gold(DEV_GOLD)


# The PostgreSQL server fixtures (pg_server, pg_url, pg_empty_url) for every test folder.
from pg_support import pg_empty_url, pg_server, pg_url  # noqa: E402, F401
