"""Mixed load on `wzw serve`: pages, API routes and malformed requests; no 500 allowed.

Every request kind has the status it must get; the table in
bench/results/load_serve.md gives p50/p99 per kind and how many answers differed.
Exits non-zero on any 5xx or unexpected status.

Example: .venv/bin/python bench/load_serve.py --db bench/work/load.db --clients 20
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
from collections import Counter
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from search_latency import (  # noqa: E402
    RESULTS,
    corpus_size,
    percentile,
    run_load,
    search_request,
    versions,
)

from wiezegtwat.serve.process import start_server, stop_server  # noqa: E402

# kind: (weight, expected status)
KINDS: dict[str, tuple[int, int]] = {
    "search": (25, 200),
    "articles": (10, 200),
    "article": (10, 200),
    "actors": (8, 200),
    "actor": (8, 200),
    "network": (3, 200),
    "page-home": (4, 200),
    "page-search": (6, 200),
    "page-article": (6, 200),
    "page-actor": (4, 200),
    "bad-fts": (4, 400),
    "bad-limit": (3, 422),
    "unknown-article": (3, 404),
    "unknown-page": (2, 404),
    "wrong-method": (2, 405),
    "traversal": (1, 404),
    "too-large": (1, 413),
}
TOO_LARGE = b'{"text": "' + b"x" * 310_000 + b'"}'  # over the default 300,000-byte limit


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=1500)
    parser.add_argument("--seconds", type=float, default=120)
    args = parser.parse_args()
    proc, base = start_server(args.db)
    try:
        ids = [h["id"] for h in httpx.get(base + "/api/articles", params={"limit": 200}).json()[
            "hits"]]
        actors = [a["actor_id"] for a in httpx.get(base + "/api/actors").json()["actors"]
                  if a["actor_id"]]
        if not ids or not actors:
            raise SystemExit("the corpus needs articles and actors; run bench/make_corpus.py")
        kinds = list(KINDS)
        weights = [KINDS[k][0] for k in kinds]

        def make(rng: random.Random) -> tuple[str, str, dict[str, str]]:
            kind = rng.choices(kinds, weights)[0]
            if kind == "search":
                return search_request(rng)
            routes = {
                "articles": ("/api/articles", {"offset": str(rng.randint(0, 100))}),
                "article": (f"/api/articles/{rng.choice(ids)}", {}),
                "actors": ("/api/actors", {}),
                "actor": (f"/api/actors/{rng.choice(actors)}", {}),
                "network": ("/api/network", {}),
                "page-home": ("/", {}),
                "page-search": ("/search", {"q": rng.choice(["brug", "school", "plan"])}),
                "page-article": (f"/articles/{rng.choice(ids)}", {}),
                "page-actor": (f"/actors/{rng.choice(actors)}", {}),
                "bad-fts": ("/api/quotes", {"q": rng.choice(['"open', "NEAR(", "AND OR"])}),
                "bad-limit": ("/api/quotes", {"limit": rng.choice(["-1", "999", "veel"])}),
                "unknown-article": ("/api/articles/ffffffffffffffff", {}),
                "unknown-page": ("/bestaat/niet", {}),
                "wrong-method": ("/api/articles", {}),
                "traversal": ("/static/..%2f..%2fetc%2fpasswd", {}),
                "too-large": ("/api/analyse", {}),
            }
            path, params = routes[kind]
            return kind, path, params

        def method(kind: str) -> str:
            return {"wrong-method": "DELETE", "too-large": "POST"}.get(kind, "GET")

        def body(kind: str) -> bytes | None:
            return TOO_LARGE if kind == "too-large" else None

        samples, wall = asyncio.run(run_load(base, make, clients=args.clients,
                                             requests=args.requests, seconds=args.seconds,
                                             method=method, body=body))
    finally:
        stop_server(proc)
    lines = ["| kind | expected | requests | unexpected | p50 ms | p99 ms |",
             "|---|---:|---:|---:|---:|---:|"]
    statuses: Counter[int] = Counter()
    unexpected = 0
    for kind in kinds:
        mine = [(status, s) for k, status, s in samples if k == kind]
        if not mine:
            continue
        statuses.update(status for status, _ in mine)
        wrong = sum(status != KINDS[kind][1] for status, _ in mine)
        unexpected += wrong
        times = [s for _, s in mine]
        lines.append(f"| {kind} | {KINDS[kind][1]} | {len(mine)} | {wrong} | "
                     f"{percentile(times, 50) * 1000:.1f} | {percentile(times, 99) * 1000:.1f} |")
    server_errors = sum(n for status, n in statuses.items() if status >= 500 or status == 0)
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / "load_serve.md"
    out.write_text(
        "# Mixed load on `wzw serve`\n\n"
        f"Made by `bench/load_serve.py --db {Path(args.db).name} --clients {args.clients} "
        f"--requests {args.requests}` on a corpus of {corpus_size(args.db)}: "
        f"{len(samples)} requests in {wall:.1f} s ({len(samples) / wall:.1f} req/s), "
        f"{server_errors} server errors or dropped connections, {unexpected} unexpected "
        f"statuses. Statuses seen: "
        + ", ".join(f"{s}×{n}" for s, n in sorted(statuses.items())) + ".\n\n"
        + "\n".join(lines) + f"\n\nVersions: {versions()}.\n",
        encoding="utf-8",
    )
    print(out.read_text(encoding="utf-8"))
    if server_errors or unexpected:
        raise SystemExit(f"{server_errors} server errors, {unexpected} unexpected statuses")


if __name__ == "__main__":
    main()
