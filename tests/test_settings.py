"""One settings table: defaults, environment variables, and the page generated from it."""

from __future__ import annotations

from pathlib import Path

import pytest

from wiezegtwat import settings

ROOT = Path(__file__).resolve().parent.parent


def test_settings_page_is_the_table() -> None:
    page = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    assert settings.markdown() in page


def test_settings_read_the_environment_with_the_default_type(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WZW_QUERY_BUDGET", "2.5")
    monkeypatch.setenv("WZW_MAX_SEARCHES", "7")
    monkeypatch.delenv("WZW_DB", raising=False)
    assert settings.get("query_budget") == 2.5
    assert settings.get("max_searches") == 7
    assert settings.get("db") == "wzw.db"


def test_settings_names_and_variables_are_unique() -> None:
    names = [s.name for s in settings.SETTINGS]
    envs = [s.env for s in settings.SETTINGS]
    assert len(set(names)) == len(names) and len(set(envs)) == len(envs)
    assert all(e.startswith("WZW_") for e in envs)


def test_no_module_reads_a_wzw_variable_itself() -> None:
    offenders = []
    for path in (ROOT / "wiezegtwat").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if path.name != "settings.py" and ('environ.get("WZW_' in text or "getenv(\"WZW_" in text):
            offenders.append(str(path.relative_to(ROOT)))
    assert not offenders, offenders
