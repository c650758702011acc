"""Fixtures for tests/store (defined in store_support.py, importable by name)."""

from store_support import *  # noqa: F403
