"""Write requirements.lock: every installed package pinned by version and sha256.

Run in a working .venv after adding a dependency:
    .venv/bin/python scripts/lock_hashes.py
It downloads (from pip's cache or the index) the exact file pip would install
for each pin and records its hash, so `pip install --require-hashes` refuses
any other file.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HEADER = ("# Every dependency pinned by version and by the sha256 of the file pip installs\n"
          "# (Debian 12, CPython 3.11, x86-64). Regenerate: scripts/lock_hashes.py.\n")


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def main() -> None:
    lock = Path(__file__).resolve().parent.parent / "requirements.lock"
    freeze = subprocess.run([sys.executable, "-m", "pip", "list", "--format=freeze",
                             "--exclude-editable"],
                            check=True, capture_output=True, text=True).stdout.split()
    # pip, setuptools and wheel belong to the venv, not to the project.
    tools = {"pip", "setuptools", "wheel"}
    pins = sorted((p for p in freeze if "==" in p and _norm(p.split("==")[0]) not in tools), key=str.lower)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", tmp,
                        *pins], check=True)
        files: dict[str, list[Path]] = {}
        for f in Path(tmp).iterdir():
            files.setdefault(_norm(f.name.split("-")[0]), []).append(f)
        lines = []
        for pin in pins:
            name = pin.split("==")[0]
            hashes = [hashlib.sha256(f.read_bytes()).hexdigest() for f in files[_norm(name)]]
            lines.append(" \\\n".join([pin, *(f"    --hash=sha256:{h}" for h in hashes)]))
    lock.write_text(HEADER + "\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
