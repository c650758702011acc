"""The one door for plug-ins: a ``module:callable`` spec turned into the callable."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from .errors import WzwError


def load_callable(spec: str, *, setting: str, default_name: str | None = None) -> Callable[..., Any]:
    """The callable named by ``module:name`` (``name`` may default).

    setting: the environment variable or option the spec came from, named in errors.
    """
    module_name, _, name = spec.partition(":")
    name = name or (default_name or "")
    if not module_name or not name:
        raise WzwError(f"{setting}={spec!r} must look like module:callable")
    try:
        found = getattr(importlib.import_module(module_name), name)
    except (ImportError, AttributeError) as e:
        raise WzwError(f"cannot load {spec!r} ({e}); {setting} wants module:callable") from e
    if not callable(found):
        raise WzwError(f"{setting}={spec!r} names {type(found).__name__}, not a callable")
    return found  # type: ignore[no-any-return]
