"""Fixtures for tests/run (defined in run_support.py, importable by name)."""

from run_support import *  # noqa: F403
