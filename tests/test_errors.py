"""Errors for optional extras: one clear line naming the pip command, no traceback."""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from wiezegtwat.cli import app
from wiezegtwat.errors import MissingExtraError, WzwError, require


def test_missing_extra_error_names_the_extra_and_pickles() -> None:
    e = MissingExtraError("wzw serve", "serve", "No module named 'uvicorn'")
    assert isinstance(e, WzwError) and isinstance(e, ImportError)
    assert str(e).endswith("install them with: pip install 'wiezegtwat[serve]'")
    assert str(pickle.loads(pickle.dumps(e))) == str(e)


def test_require_missing_module_raises_missing_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # as if not installed
    with pytest.raises(MissingExtraError, match=r"'dask'"):
        require("pyarrow", extra="dask", feature="Parquet output")


@pytest.mark.parametrize(
    ("missing", "args", "extra"),
    [
        ("uvicorn", ["serve"], "serve"),
        ("distributed", ["ingest", "--dask", "examples/articles/"], "dask"),
        ("cassis", ["xmi", "export", "--all", "-o", "never-written.zip"], "xmi"),
        ("cassis", ["xmi", "import", "never-read.zip"], "xmi"),
    ],
)
def test_cli_command_without_its_extra_fails_in_one_line(
    missing: str, args: list[str], extra: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, missing, None)
    monkeypatch.delitem(sys.modules, "wiezegtwat.run.dask", raising=False)
    root = Path(__file__).resolve().parent.parent
    args = [str(root / a) if a.startswith("examples/") else a for a in args]
    result = CliRunner().invoke(app, [*args, "--db", str(tmp_path / "wzw.db")])
    assert result.exit_code == 1
    assert f"pip install 'wiezegtwat[{extra}]'" in result.output
    assert "Traceback" not in result.output
