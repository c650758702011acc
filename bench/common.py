"""Shared benchmark helpers: fictional articles, timing, versions and Markdown tables."""

from __future__ import annotations

import copy
import os
import platform
import random
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
EXAMPLES = ROOT / "examples" / "articles"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from wiezegtwat.ids import article_id  # noqa: E402
from wiezegtwat.records import Article  # noqa: E402

_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")

# Everything below is invented for the benchmarks: no real people, places or events.
CITIES = ["Veendorp", "Noordmond", "Lindedam", "Oostwaard", "Zuiderhaven", "Bergelo", "Maasveld",
          "Kroonstad", "Wilgenrode", "Hoeverdam"]
PEOPLE = [("Anouk", "Verbeek"), ("Karel", "Dijkstra"), ("Fenna", "Hoekstra"), ("Ruud", "Meijer"),
          ("Sanne", "de Graaf"), ("Omar", "Haddou"), ("Ilse", "Mulder"), ("Henk", "Smit"),
          ("Joke", "Vermeulen"), ("Lotte", "van Rijn"), ("Pieter", "Zwart"), ("Noor", "Bakker"),
          ("Youssef", "el Amrani"), ("Marit", "Kuipers"), ("Bram", "Schouten")]
ROLES = ["wethouder", "burgemeester", "directeur", "woordvoerder", "onderzoeker", "voorzitter",
         "minister", "raadslid", "projectleider", "bewoner"]
ORGS = ["het waterschap", "de gemeente", "de provincie", "de vakbond", "het ziekenhuis",
        "de woningcorporatie", "het ministerie", "de universiteit"]
TOPICS = ["de nieuwe fietsbrug", "het tekort aan huurwoningen", "de sluiting van het zwembad",
          "de uitbreiding van de haven", "het plan voor windmolens", "de drukte op de snelweg",
          "de wachtlijst in de jeugdzorg", "de renovatie van het station", "het lerarentekort",
          "de hoge energierekening"]
QUOTES = ["We moeten nu doorpakken, anders is het te laat.",
          "Dit is geen gemakkelijke beslissing geweest.",
          "De inwoners verdienen een eerlijk antwoord.",
          "Ik had dit eerlijk gezegd niet verwacht.",
          "Er is meer geld nodig om dit goed te doen.",
          "We gaan de komende maanden goed luisteren naar de buurt.",
          "Het plan is zorgvuldig voorbereid en betaalbaar.",
          "Niemand wil dat de kosten nog verder stijgen."]
CLAIMS = ["de kosten hoger uitvallen dan gedacht", "het project een jaar vertraging oploopt",
          "er te weinig personeel is", "de buurt beter geïnformeerd had moeten worden",
          "de plannen nog niet rond zijn", "het budget voor volgend jaar al op is"]
FILLERS = ["De gemeenteraad praat er volgende week verder over.",
           "Het onderwerp staat al maanden op de agenda.",
           "Eerder dit jaar werd een vergelijkbaar voorstel nog afgewezen.",
           "De eerste werkzaamheden beginnen naar verwachting in het voorjaar.",
           "Omwonenden kunnen tot eind van de maand hun mening geven.",
           "Op de informatieavond kwamen ruim tweehonderd mensen af.",
           "Een definitief besluit volgt na de zomer.",
           "De kosten worden geschat op enkele miljoenen euro."]


def fictional_article(rng: random.Random, i: int) -> str:
    """One fictional Dutch news article of roughly 250-400 tokens."""
    city, topic = rng.choice(CITIES), rng.choice(TOPICS)
    people = rng.sample(PEOPLE, 3)
    roles = rng.sample(ROLES, 3)
    org = rng.choice(ORGS)
    (f1, l1), (f2, l2), (f3, l3) = people
    paras = [f"Discussie over {topic} in {city} ({i})"]
    paras.append(f"In {city} is opnieuw ophef ontstaan over {topic}. {org.capitalize()} "
                 f"maakte dinsdag bekend dat {rng.choice(CLAIMS)}. {rng.choice(FILLERS)}")
    q1, q2, q3, q4 = rng.sample(QUOTES, 4)
    paras.append(f"\"{q1.rstrip('.')}\", zei {roles[0]} {f1} {l1}. Volgens {l1} is "
                 f"het belangrijk dat {rng.choice(CLAIMS)}. {rng.choice(FILLERS)}")
    paras.append(f"{roles[1].capitalize()} {f2} {l2} is kritisch. \"{q2} {q3}\" "
                 f"De {roles[1]} stelt dat {rng.choice(CLAIMS)}. "
                 f"{rng.choice(FILLERS)} {rng.choice(FILLERS)}")
    paras.append(f"Ook {f3} {l3}, {roles[2]} bij {org}, reageerde. {l3} denkt dat "
                 f"{rng.choice(CLAIMS)}. \"{q4}\" {rng.choice(FILLERS)}")
    paras.append(f"{rng.choice(FILLERS)} {l1} zegt dat {rng.choice(CLAIMS)}, aldus een "
                 f"woordvoerder van {org}. {rng.choice(FILLERS)}")
    return "\n\n".join(paras) + "\n"


def generated(n: int, *, seed: int = 7, start: int = 0) -> list[Article]:
    """``n`` fictional articles with stable ids."""
    rng = random.Random(seed)
    out = []
    for i in range(start, start + n):
        text = fictional_article(rng, i)
        out.append(Article(id=article_id(text), text=text, source=f"generated/{i:05d}"))
    return out


def examples() -> list[Article]:
    """The bundled example articles, when the folder is there."""
    if not EXAMPLES.is_dir():
        return []
    out = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out.append(Article(id=article_id(text), text=text, source=str(path)))
    return out


def count_tokens(text: str) -> int:
    """A Frog-like token count (words and punctuation), for sizing the sets."""
    return len(_TOKEN.findall(text))


def bench_articles(target_tokens: int) -> list[Article]:
    """The examples plus generated articles, until about ``target_tokens`` tokens."""
    arts = examples()
    total = sum(count_tokens(a.text) for a in arts)
    for article in generated(max(1, target_tokens // 150)):
        if total >= target_tokens:
            break
        arts.append(article)
        total += count_tokens(article.text)
    return arts


def fresh(articles: Sequence[Article]) -> list[Article]:
    """Deep copies, so that a run never sees the analysis of the previous one."""
    return [copy.deepcopy(a) for a in articles]


@dataclass
class Timing:
    runs: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.runs)

    @property
    def spread(self) -> float:
        """(max - min) / median, the relative spread of the runs."""
        return (max(self.runs) - min(self.runs)) / self.median if self.median else 0.0

    def cell(self) -> str:
        return f"{self.median:.2f} s (±{self.spread * 50:.0f} %, n={len(self.runs)})"


def timed(fn: Callable[[], Any], *, repeat: int = 3, warmup: int = 1,
          clock: Callable[[], float] = time.perf_counter) -> Timing:
    """Run ``fn`` ``warmup`` times untimed, then ``repeat`` times timed."""
    for _ in range(warmup):
        fn()
    runs = []
    for _ in range(repeat):
        t0 = clock()
        fn()
        runs.append(clock() - t0)
    return Timing(runs)


def versions() -> dict[str, str]:
    """The versions and the machine state the figures were measured on."""
    import dask
    import distributed

    import wiezegtwat

    try:
        done = subprocess.run(["frog", "--version"], capture_output=True, text=True, timeout=60)
        frog = (done.stdout + done.stderr).splitlines()[0].strip()
    except (OSError, IndexError, subprocess.TimeoutExpired):
        frog = "not installed"
    cpu = platform.processor() or "?"
    with open("/proc/cpuinfo", encoding="utf-8") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return {"python": platform.python_version(), "frog": frog, "dask": dask.__version__,
            "distributed": distributed.__version__, "wiezegtwat": wiezegtwat.__version__,
            "cpu": f"{cpu}, {os.cpu_count()} cores", "load average (1/5/15 min)": load,
            "date": time.strftime("%Y-%m-%d %H:%M")}


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def write_result(name: str, title: str, sections: Sequence[str], *, quick: bool) -> Path:
    """Write ``bench/results/<name>.md`` with the versions first; return the path."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    info = versions()
    head = [f"# {title}", "", f"Mode: {'quick' if quick else 'full'}. "
            + "; ".join(f"{k} {v}" for k, v in info.items()) + ".", ""]
    path = RESULTS / f"{name}.md"
    path.write_text("\n".join(head) + "\n" + "\n\n".join(sections) + "\n", encoding="utf-8")
    return path


def fake_pipeline() -> Any:
    """A Pipeline on the tests' regex backend (no Frog): reading + quotes + storing only."""
    here = str(ROOT / "tests" / "run")
    if here not in sys.path:
        sys.path.insert(0, here)
    from dask_fakes import word_pipeline

    return word_pipeline()
