"""Frog as a separate program: a local ``frog -S`` server and one persistent socket.

Running Frog out of process keeps its GPL code out of ours, lets concurrent
connections share one server's memory (it forks per connection, copy on
write) and lets us kill and restart it when it hangs. The server is started
once per process run, on a free loopback port, in its own process group, and
SIGKILLed at exit (it ignores SIGTERM for seconds) or, when we are killed
ourselves, by the kernel (see ``launch``).
"""

from __future__ import annotations

import atexit
import concurrent.futures
import contextlib
import ctypes
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO

from ..errors import BackendError, TextAnalysisError
from ..records import Doc, Paragraph, Sentence, Token
from .align import FoldedText, align_tokens
from .blocks import blocks
from .frog_tags import ud_dep, ud_ner, upos_feats

FROG_CONFIG = "/usr/share/frog/nld/frog.cfg"
# Measured start-up is 5–15 s (../shared/notes/frog.md); allow for a loaded machine.
START_TIMEOUT = 180.0
# Frog parses ~600 tokens/s; a request gets a generous fixed allowance plus time
# per character (≈6 characters a token) before we call it hung.
REQUEST_BASE_TIMEOUT = 60.0
REQUEST_CHARS_PER_SECOND = 200.0
EOT = "EOT"


@dataclass
class FrogRow:
    """One line of Frog's tab-separated output."""

    word: str
    lemma: str
    pos: str
    ner: str
    head: int  # 1-based within the sentence, 0 = root
    dep: str


def frog_available() -> bool:
    """Whether the ``frog`` program and its Dutch data are installed."""
    return shutil.which("frog") is not None and os.path.exists(FROG_CONFIG)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    # The group even when Frog itself is gone (e.g. killed with its launcher thread
    # at exit): the children it forked per connection are in it too.
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=10)


# -- a server that dies with us ------------------------------------------------------
# atexit and the finalizer stop Frog when Python exits normally; after a SIGKILL
# (the OOM killer, `kill -9`) nothing of ours runs, and a 1.8 GB Frog would live on
# under PID 1. The kernel kills it instead: PR_SET_PDEATHSIG, set in the child
# before exec and kept across it, sends SIGKILL when its parent goes away.
_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
_launcher: tuple[int, concurrent.futures.ThreadPoolExecutor] | None = None
_launcher_lock = threading.Lock()


def launch(cmd: list[str], *, cwd: str, log: IO[bytes]) -> subprocess.Popen[bytes]:
    """Start ``cmd`` in its own process group, SIGKILLed by the kernel when we die.

    The kernel's "parent" is the thread that forked, and the signal fires when that
    thread ends: so the fork happens on one thread that lives as long as the process
    (a Dask or pool thread that starts Frog may end long before the process does).
    """
    global _launcher
    with _launcher_lock:
        if _launcher is None or _launcher[0] != os.getpid():  # a forked child needs its own
            _launcher = (os.getpid(), concurrent.futures.ThreadPoolExecutor(
                max_workers=1, thread_name_prefix="wzw-frog-launcher"))
        executor = _launcher[1]
    return executor.submit(_popen, cmd, cwd, log).result()


def _popen(cmd: list[str], cwd: str, log: IO[bytes]) -> subprocess.Popen[bytes]:
    preexec = None
    if sys.platform == "linux":
        prctl = ctypes.CDLL(None, use_errno=True).prctl  # looked up before the fork
        parent = os.getpid()

        def preexec() -> None:
            prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
            if os.getppid() != parent:  # we died between fork and prctl
                os._exit(1)

    return subprocess.Popen(
        cmd,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # own process group: we can kill it and its children
        preexec_fn=preexec,
    )


class FrogServer:
    """A ``frog -S`` process we own: start, health-check, stop."""

    def __init__(self, *, executable: str = "frog", threads: int = 1) -> None:
        self.executable = executable
        self.threads = threads
        self.port = 0
        self.proc: subprocess.Popen[bytes] | None = None
        self._log = tempfile.TemporaryFile()
        self._finalizer: weakref.finalize | None = None
        self._workdir: tempfile.TemporaryDirectory[str] | None = None

    def start(self) -> None:
        """Start the server and wait until it accepts connections."""
        if shutil.which(self.executable) is None and not os.path.exists(self.executable):
            raise BackendError(
                f"the Frog program ({self.executable!r}) is not installed; run `make install` "
                "or `apt-get install frog frogdata ucto uctodata`"
            )
        self.port = free_port()
        cmd = [
            self.executable,
            "-S",
            str(self.port),
            # Morphological analysis is not used downstream; skipping it saves ~20 %.
            "--skip=a",
            f"--threads={self.threads}",
        ]
        self._log.seek(0)
        self._log.truncate()
        # Frog writes debug files into its working directory: give it its own.
        self._workdir = tempfile.TemporaryDirectory(prefix="wzw-frog-")
        self.proc = launch(cmd, cwd=self._workdir.name, log=self._log)
        self._finalizer = weakref.finalize(self, _kill_group, self.proc)
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise BackendError(f"Frog exited during start-up: {self.log_tail()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                time.sleep(0.25)
        self.stop()
        raise BackendError(f"Frog did not start within {START_TIMEOUT:.0f} s: {self.log_tail()}")

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def log_tail(self, n: int = 400) -> str:
        self._log.seek(0)
        data = self._log.read().decode("utf-8", "replace")
        return data[-n:].strip().replace("\n", " | ") or "(no output)"

    def stop(self) -> None:
        if self.proc is not None:
            _kill_group(self.proc)
        if self._finalizer is not None:
            self._finalizer.detach()
        self.proc = None


_SERVERS: list[FrogServer] = []


@atexit.register
def _stop_all() -> None:
    for server in _SERVERS:
        server.stop()


class FrogBackend:
    """The Dutch backend: Frog's tokens, POS, lemmas, NER and dependencies.

    One instance owns one server and one connection; use one instance per
    process (or per thread). Requests that time out or hit a dead server restart
    it and are retried once.
    """

    name = "frog"

    def __init__(self, *, executable: str = "frog", retries: int = 1,
                 timeout: float = REQUEST_BASE_TIMEOUT) -> None:
        """executable: the frog program (tests pass a stand-in); timeout: seconds a
        request may take before the server counts as hung (plus time per character)."""
        self.server = FrogServer(executable=executable)
        self.retries = retries
        self.timeout = timeout
        self._sock: socket.socket | None = None
        self._lock = threading.Lock()
        self.requests = 0
        self.restarts = 0

    # -- lifecycle ---------------------------------------------------------
    def start(self) -> None:
        if not self.server.alive():
            self.server.start()
            if self.server not in _SERVERS:
                _SERVERS.append(self.server)
        self._connect()

    def _connect(self) -> None:
        if self._sock is not None:
            with contextlib.suppress(OSError):
                self._sock.close()
        self._sock = socket.create_connection(("127.0.0.1", self.server.port), timeout=30)

    def restart(self) -> None:
        self.restarts += 1
        self.close()
        self.start()

    def close(self) -> None:
        if self._sock is not None:
            with contextlib.suppress(OSError):
                self._sock.close()
            self._sock = None
        self.server.stop()
        if self.server in _SERVERS:
            _SERVERS.remove(self.server)

    def __enter__(self) -> FrogBackend:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- requests ----------------------------------------------------------
    def raw(self, text: str) -> list[list[FrogRow]]:
        """Frog's sentences for one block of text (no newlines inside)."""
        with self._lock:
            attempt = 0
            while True:
                # A server that cannot start stops the run (BackendError); a text it
                # keeps failing on is that text's problem (TextAnalysisError).
                try:
                    if self._sock is None:
                        self.start()
                    elif not self.server.alive():
                        self.restart()  # the server died between requests
                except OSError as e:
                    raise BackendError(f"cannot connect to Frog: {e}") from e
                try:
                    return self._request(text)
                except (OSError, TimeoutError, BackendError) as e:
                    attempt += 1
                    if attempt > self.retries:
                        log = self.server.log_tail()
                        # A hung server child would still hold the socket: the next
                        # text starts on a fresh server instead of timing out first.
                        self.close()
                        raise TextAnalysisError(
                            f"Frog failed on a text of {len(text)} characters after "
                            f"{attempt} attempts ({e}); server log: {log}"
                        ) from e
                    self.restart()

    def _request(self, text: str) -> list[list[FrogRow]]:
        assert self._sock is not None  # for mypy: _connect ran
        # A line that is exactly "EOT" would end the request early; Frog reads lines.
        payload = " ".join(text.split("\n"))
        if payload.strip() == EOT:
            payload = payload.replace(EOT, "EOT ")
        timeout = self.timeout + len(payload) / REQUEST_CHARS_PER_SECOND
        self._sock.settimeout(timeout)
        self._sock.sendall((payload + "\r\n" + EOT + "\r\n").encode("utf-8", "replace"))
        chunks: list[bytes] = []
        deadline = time.monotonic() + timeout
        tail = b""
        while True:
            if time.monotonic() > deadline:
                raise TimeoutError(f"no answer within {timeout:.0f} s")
            chunk = self._sock.recv(1 << 16)
            if not chunk:
                raise BackendError("Frog closed the connection")
            chunks.append(chunk)
            tail = (tail + chunk)[-64:]
            if tail.rstrip().endswith(b"READY"):
                break
        self.requests += 1
        return parse_output(b"".join(chunks).decode("utf-8", "replace"))

    def analyse(self, text: str) -> Doc:
        """Analyse a whole article: paragraphs, sentences, aligned tokens."""
        return build_doc(text, self.raw)


def parse_output(data: str) -> list[list[FrogRow]]:
    """Frog's tab-separated table → sentences of rows (blank line = sentence end)."""
    sentences: list[list[FrogRow]] = []
    current: list[FrogRow] = []
    for line in data.split("\n"):
        line = line.rstrip("\r")
        if line.strip() == "READY":
            break
        if not line.strip():
            if current:
                sentences.append(current)
                current = []
            continue
        cols = line.split("\t")
        if len(cols) < 10:
            cols += [""] * (10 - len(cols))
        try:
            head = int(cols[8]) if cols[8] else 0
        except ValueError:
            head = 0
        current.append(FrogRow(cols[1], cols[2], cols[4], cols[6] or "O", head, cols[9]))
    if current:
        sentences.append(current)
    return sentences


def build_doc(text: str, request: Callable[[str], list[list[FrogRow]]]) -> Doc:
    """Run ``request(block_text)`` on every block and align the result to ``text``."""
    doc = Doc(text=text)
    folded = FoldedText(text)
    para_spans: dict[int, list[int]] = {}
    for block in blocks(text):
        span = para_spans.setdefault(block.paragraph, [block.start, block.end])
        span[1] = block.end
        for rows in request(text[block.start : block.end]):
            _add_sentence(doc, rows, block.start, block.end, block.paragraph, folded)
    doc.paragraphs = [Paragraph(i, s, e) for i, (s, e) in sorted(para_spans.items())]
    return doc


def _add_sentence(
    doc: Doc, rows: list[FrogRow], start: int, end: int, paragraph: int, folded: FoldedText
) -> None:
    # Expand glued multi-word units into one entry per word.
    words: list[str] = []
    origin: list[tuple[int, int]] = []  # (row index, part index)
    for r, row in enumerate(rows):
        parts = [p for p in row.word.split("_") if p] if "_" in row.word else [row.word]
        if "_" in row.word and text_has(folded, row.word, start, end):
            parts = [row.word]
        for k, part in enumerate(parts):
            words.append(part)
            origin.append((r, k))
    cursor = doc.tokens[-1].end if doc.tokens and doc.tokens[-1].end > start else start
    spans = align_tokens(doc.text, words, start=cursor, end=end, folded=folded)
    base = len(doc.tokens)
    row_first: dict[int, int] = {}  # row index → article token index of its first part
    kept: list[tuple[int, int, int, int]] = []  # (word idx, row, part, start)
    for w, span in enumerate(spans):
        if span is None:
            continue
        r, k = origin[w]
        row_first.setdefault(r, base + len(kept))
        kept.append((w, r, k, span[0]))
    if not kept:
        return
    sent_i = len(doc.sentences)
    for n, (w, r, k, _s) in enumerate(kept):
        span = spans[w]
        assert span is not None
        row = rows[r]
        n_parts = len([p for p in row.word.split("_") if p]) if "_" in row.word else 1
        pos = _part(row.pos, k, n_parts)
        ner = _part(row.ner, k, n_parts)
        if k == 0:
            head_row = row.head - 1
            head = row_first.get(head_row) if row.head > 0 else None
            dep = row.dep
        else:
            head = row_first[r]
            dep = "mwp"  # part of a multi-word unit, attached to its first word
        if n_parts == 1:
            lemma = row.lemma
        else:
            lemma = _part(row.lemma, k, n_parts) if "_" in row.lemma else words[w]
        upos, feats = upos_feats(pos, lemma)
        doc.tokens.append(
            Token(
                i=base + n,
                text=doc.text[span[0] : span[1]],
                start=span[0],
                end=span[1],
                lemma=lemma,
                upos=upos,
                feats=feats,
                ner=ud_ner(ner),
                head=head,
                dep=ud_dep(dep, upos),
                sent=sent_i,
                xpos=pos,
            )
        )
    first, last = doc.tokens[base], doc.tokens[-1]
    doc.sentences.append(Sentence(sent_i, first.start, last.end, base, len(doc.tokens), paragraph))


def text_has(folded: FoldedText, word: str, start: int, end: int) -> bool:
    """Whether a word with underscores occurs literally in the text (not a Frog glue)."""
    return word in folded.text[start:end]


def _part(value: str, k: int, n: int) -> str:
    """The k-th of n underscore-joined values (Frog glues tags as it glues words)."""
    if n == 1:
        return value
    parts = value.split("_")
    if len(parts) == n:
        return parts[k]
    return parts[min(k, len(parts) - 1)] if parts else value
