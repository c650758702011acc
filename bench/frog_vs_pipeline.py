"""(a) Frog alone vs (b) wiezegtwat end to end, the quote layer's CPU time, selective parsing.

Usage: .venv/bin/python bench/frog_vs_pipeline.py [--quick]
"""

from __future__ import annotations

import argparse
import os
import stat
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (  # noqa: E402
    Timing,
    bench_articles,
    fresh,
    markdown_table,
    timed,
    write_result,
)

from wiezegtwat.analyse.blocks import blocks  # noqa: E402
from wiezegtwat.analyse.frog import FrogBackend, frog_available  # noqa: E402
from wiezegtwat.analyse.langid import check_language  # noqa: E402
from wiezegtwat.lang.nl.words import ACCORDING_TO, ALDUS, CUE_FORMS, QUOTE_PAIRS  # noqa: E402
from wiezegtwat.pipeline import Pipeline  # noqa: E402
from wiezegtwat.quotes import extract  # noqa: E402
from wiezegtwat.records import Article, Doc  # noqa: E402

FULL_TOKENS, QUICK_TOKENS = 20_000, 2_500
# Frog's server command is fixed in FrogServer; this wrapper swaps its --skip=a for
# --skip=ap (no dependency parser) so the same client code talks to it.
NO_PARSER_WRAPPER = """#!{python}
import os, sys
args = ["--skip=ap" if a == "--skip=a" else a for a in sys.argv[1:]]
os.execvp("frog", ["frog", *args])
"""
_MARKS = set(QUOTE_PAIRS) | {c for closers in QUOTE_PAIRS.values() for c in closers}
_CUE_WORDS = set(CUE_FORMS) | set(ACCORDING_TO) | set(ALDUS)


def block_texts(articles: Sequence[Article]) -> list[str]:
    """Every block we send to Frog, over all articles."""
    return [a.text[b.start : b.end] for a in articles for b in blocks(a.text)]


def needs_parse(text: str) -> bool:
    """Whether a block has a quote mark or a cue word: the quote engine looks at its tree."""
    if any(m in text for m in _MARKS):
        return True
    words = {w.strip(".,;:!?()").lower() for w in text.split()}
    return bool(words & _CUE_WORDS)


def frog_alone(backend: FrogBackend, texts: Sequence[str]) -> None:
    for text in texts:
        backend.raw(text)


def end_to_end(pipe: Pipeline, articles: Sequence[Article]) -> list[Article]:
    return [pipe.analyse_article(a) for a in articles]


def quote_layer_cpu(docs: Sequence[Doc], *, repeat: int) -> Timing:
    """process_time around extract() only (the quote engine, in this process)."""
    return timed(lambda: [extract(d) for d in docs], repeat=repeat, clock=time.process_time)


def langid_cpu(articles: Sequence[Article], *, repeat: int) -> Timing:
    return timed(lambda: [check_language(a.text, source="bench") for a in articles],
                 repeat=repeat, clock=time.process_time)


def no_parser_backend(tmp: Path) -> FrogBackend:
    wrapper = tmp / "frog-no-parser"
    wrapper.write_text(NO_PARSER_WRAPPER.format(python=sys.executable), encoding="utf-8")
    wrapper.chmod(wrapper.stat().st_mode | stat.S_IXUSR)
    return FrogBackend(executable=str(wrapper))


def run(*, quick: bool, repeat: int = 3) -> dict[str, Any]:
    """Measure and write bench/results/frog_vs_pipeline.md and selective_parsing.md."""
    articles = bench_articles(QUICK_TOKENS if quick else FULL_TOKENS)
    texts = block_texts(articles)
    backend = FrogBackend()
    t0 = time.perf_counter()
    backend.start()
    startup = time.perf_counter() - t0
    pipe = Pipeline(backend=backend)  # language detection on, as `wzw ingest` runs it
    try:
        # Interleave (a) and (b) per round, so that load from other sessions hits both.
        frog_alone(backend, texts[:10])
        end_to_end(pipe, fresh(articles[:2]))
        a_runs: list[float] = []
        b_runs: list[float] = []
        done: list[Article] = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            frog_alone(backend, texts)
            a_runs.append(time.perf_counter() - t0)
            copies = fresh(articles)
            t0 = time.perf_counter()
            done = end_to_end(pipe, copies)
            b_runs.append(time.perf_counter() - t0)
        docs = [a.doc for a in done if a.doc is not None]
        tokens = sum(len(d.tokens) for d in docs)
        quotes = sum(len(a.quotes) for a in done)
        extract_cpu = quote_layer_cpu(docs, repeat=repeat)
        lang_cpu = langid_cpu(articles, repeat=repeat)
        selective = selective_parsing(backend, texts, docs, repeat=repeat)
    finally:
        backend.close()
    a, b = Timing(a_runs), Timing(b_runs)
    result = {"articles": len(articles), "tokens": tokens, "quotes": quotes, "blocks": len(texts),
              "frog": a, "pipeline": b, "extract_cpu": extract_cpu, "langid_cpu": lang_cpu,
              "startup": startup, **selective}
    _write(result, quick=quick)
    return result


def selective_parsing(full: FrogBackend, texts: Sequence[str], docs: Sequence[Doc], *,
                      repeat: int) -> dict[str, Any]:
    """Frog with and without the parser on the same blocks, interleaved, and the share of
    text that has no quote mark or cue word (where the parser could be skipped)."""
    with tempfile.TemporaryDirectory(prefix="wzw-bench-") as tmp:
        light = no_parser_backend(Path(tmp))
        light.start()
        try:
            frog_alone(light, texts[:10])
            full_runs: list[float] = []
            light_runs: list[float] = []
            for _ in range(repeat):
                t0 = time.perf_counter()
                frog_alone(full, texts)
                full_runs.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                frog_alone(light, texts)
                light_runs.append(time.perf_counter() - t0)
            has_deps = any(r.dep for s in light.raw(texts[0]) for r in s)
        finally:
            light.close()
    chars = sum(len(t) for t in texts)
    free_chars = sum(len(t) for t in texts if not needs_parse(t))
    sents = [d.text[s.start : s.end] for d in docs for s in d.sentences]
    sent_chars = sum(len(t) for t in sents)
    free_sent_chars = sum(len(t) for t in sents if not needs_parse(t))
    return {"full_all": Timing(full_runs), "light_all": Timing(light_runs),
            "light_has_deps": has_deps, "free_blocks": sum(not needs_parse(t) for t in texts),
            "free_block_share": free_chars / chars if chars else 0.0,
            "free_sent_share": free_sent_chars / sent_chars if sent_chars else 0.0,
            "sentences": len(sents), "free_sents": sum(not needs_parse(t) for t in sents)}


def _write(r: dict[str, Any], *, quick: bool) -> None:
    a, b = r["frog"], r["pipeline"]
    cores = 1  # one Frog server, one request at a time: one core's work
    overhead = (b.median - a.median) / a.median
    ext = r["extract_cpu"].median
    rows = [
        ["(a) Frog alone (raw, every block)", a.cell(), f"{r['articles'] / a.median:.2f}",
         f"{r['tokens'] / a.median / cores:.0f}"],
        ["(b) wiezegtwat end to end", b.cell(), f"{r['articles'] / b.median:.2f}",
         f"{r['tokens'] / b.median / cores:.0f}"],
    ]
    t1 = markdown_table(["run", "wall time (median, ±half-spread)", "articles/s per core",
                         "tokens/s per core"], rows)
    costs = markdown_table(["figure", "value", "goal"], [
        ["(b − a) / a: everything we add to Frog, wall time", f"{overhead * 100:.1f} %", "≤ 5 %"],
        ["quote layer CPU (process_time around extract())", f"{ext:.3f} s "
         f"(±{r['extract_cpu'].spread * 50:.0f} %) = {ext / a.median * 100:.1f} % of Frog", "≤ 5 %"],
        ["language check CPU (lingua, check_language)", f"{r['langid_cpu'].median:.3f} s "
         f"= {r['langid_cpu'].median / a.median * 100:.1f} % of Frog", "—"],
        ["Frog server start-up (not in the runs)", f"{r['startup']:.1f} s", "—"],
    ])
    sizes = (f"{r['articles']} articles, {r['tokens']:,} Frog tokens, {r['blocks']} blocks, "
             f"{r['quotes']} quotes found.")
    note = ("(b − a) also holds alignment of Frog's tokens to the text (build_doc), the language "
            "check and Python overhead; the shared 2-core machine makes single runs noisy, so "
            "the spread is given and a negative figure means the difference is within noise.")
    write_result("frog_vs_pipeline", "Frog alone vs wiezegtwat end to end",
                 [sizes, t1, costs, note], quick=quick)
    full, light = r["full_all"].median, r["light_all"].median
    ratio = light / full
    rows = [
        ["full Frog (parser on), all blocks", r["full_all"].cell(), "100 %"],
        ["no parser (--skip=ap), all blocks", r["light_all"].cell(), f"{ratio * 100:.0f} %"],
    ]
    for label, share in (("per block (what we send Frog now)", r["free_block_share"]),
                         ("per sentence (one request per sentence)", r["free_sent_share"])):
        rows.append([f"selective {label}: parser off for the {share * 100:.0f} % of text "
                     "with no quote mark or cue word", "estimate",
                     f"{(1 - share * (1 - ratio)) * 100:.0f} %"])
    sel = markdown_table(["run", "wall time", "vs full parse"], rows)
    write_result("selective_parsing", "Selective parsing: Frog without the parser where no quote "
                 "can be", [
                     f"{r['blocks']} blocks ({r['free_blocks']} without mark or cue), "
                     f"{r['sentences']} sentences ({r['free_sents']} without).",
                     sel,
                     "Estimate = full time × (1 − share × (1 − no-parser ratio)), the ratio "
                     "measured on the same blocks in interleaved runs. Dependency columns with "
                     f"--skip=ap: {'present' if r['light_has_deps'] else 'absent'}. The "
                     "generated articles are quote-dense; real news has more sentences "
                     "without any quote."], quick=quick)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="about 2,500 tokens, not 20,000")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    if not frog_available():
        print("Frog is not installed: skipping (apt-get install frog frogdata)", file=sys.stderr)
        return 0
    r = run(quick=args.quick, repeat=args.repeat)
    print(f"frog {r['frog'].median:.2f} s, pipeline {r['pipeline'].median:.2f} s, "
          f"extract CPU {r['extract_cpu'].median:.3f} s; no-parser ratio "
          f"{r['light_all'].median / r['full_all'].median:.0%}")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    raise SystemExit(main())
