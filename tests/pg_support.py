"""A throw-away PostgreSQL server for the tests of the ``--db postgresql://`` store.

``WZW_TEST_PG=postgresql://user@host/db`` uses a server you run (the user must be
allowed to create databases). Otherwise the session starts its own: initdb in a
temporary folder, a server listening only on a Unix socket there, stopped at the
end. As root (CI containers) PostgreSQL refuses to run, so it runs as the
``postgres`` user that Debian's package creates.

When no server can be had, the PostgreSQL tests fail in CI (``CI=true``), where a
missing server is a broken setup, and are skipped elsewhere with the reason.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from wiezegtwat.errors import StoreError

TEMPLATE = "wzw_template"
_numbers = itertools.count()


def _bin(name: str) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found[-1] if found else shutil.which(name)


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


@contextlib.contextmanager
def _own_server() -> Iterator[str]:
    """Start a private PostgreSQL server; yield the URL of its ``postgres`` database."""
    initdb, pg_ctl = _bin("initdb"), _bin("pg_ctl")
    if initdb is None or pg_ctl is None:
        raise RuntimeError("initdb/pg_ctl not found; install the Debian package postgresql")
    folder = Path(tempfile.mkdtemp(prefix="wzw-pg-"))
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        os.chown(folder, user.pw_uid, user.pw_gid)
    data = folder / "data"
    try:
        subprocess.run(_as_server_user([initdb, "-D", str(data), "-A", "trust", "-U", "postgres",
                                        "--no-sync", "-E", "UTF8", "--locale", "C.UTF-8"]),
                       check=True, capture_output=True, text=True)
        # fsync off: a test server's data is thrown away, so durability buys nothing.
        options = f"-k {folder} -c listen_addresses='' -p 5432 -F"
        subprocess.run(_as_server_user([pg_ctl, "-D", str(data), "-o", options, "-l",
                                        str(folder / "log"), "-w", "start"]),
                       check=True, capture_output=True, text=True)
    except (subprocess.CalledProcessError, KeyError) as e:
        detail = getattr(e, "stderr", "") or str(e)
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"cannot start PostgreSQL: {detail.strip()[:300]}") from e
    try:
        yield f"postgresql://postgres@/postgres?host={folder}&port=5432"
    finally:
        subprocess.run(_as_server_user([pg_ctl, "-D", str(data), "-m", "immediate", "stop"]),
                       capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


def database_url(server: str, name: str) -> str:
    """The URL of database ``name`` on the server of ``server``."""
    parts = urlsplit(server)
    return urlunsplit(parts._replace(path=f"/{name}"))


def _admin(server: str, *statements: str) -> None:
    import psycopg

    with psycopg.connect(server, autocommit=True) as conn:
        for statement in statements:
            conn.execute(statement)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """The admin URL of a PostgreSQL server with an empty migrated template database."""
    given = os.environ.get("WZW_TEST_PG")
    try:
        import psycopg

        unreachable: tuple[type[BaseException], ...] = (psycopg.Error, StoreError)
    except ImportError:
        unreachable = (StoreError,)
    try:
        with contextlib.ExitStack() as stack:
            server = given or stack.enter_context(_own_server())
            _admin(server, f"DROP DATABASE IF EXISTS {TEMPLATE}", f"CREATE DATABASE {TEMPLATE}")
            from wiezegtwat.store import Store

            # Migrated once: each test's database is a copy of it, which is quick.
            Store.open(database_url(server, TEMPLATE)).close()
            yield server
            _admin(server, f"DROP DATABASE IF EXISTS {TEMPLATE}")
    except (RuntimeError, ImportError, OSError, *unreachable) as e:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"PostgreSQL tests cannot run in CI: {e}")
        pytest.skip(f"no PostgreSQL for the tests (set WZW_TEST_PG or install postgresql): {e}")


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """The URL of a fresh wiezegtwat database (schema applied, no rows), dropped after."""
    name = f"wzw_test_{os.getpid()}_{next(_numbers)}"
    _admin(pg_server, f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
    yield database_url(pg_server, name)
    _admin(pg_server, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def pg_empty_url(pg_server: str) -> Iterator[str]:
    """The URL of an empty database without the wiezegtwat schema, dropped after."""
    name = f"wzw_empty_{os.getpid()}_{next(_numbers)}"
    _admin(pg_server, f"CREATE DATABASE {name}")
    yield database_url(pg_server, name)
    _admin(pg_server, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
