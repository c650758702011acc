"""The command line, a thin shell over the library: ``wzw`` (``python -m wiezegtwat.cli``)."""

from __future__ import annotations

from .app import app, main

__all__ = ["app", "main"]
