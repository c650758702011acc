"""Fixtures for tests/serve (defined in serve_support.py, importable by name)."""

from serve_support import *  # noqa: F403
