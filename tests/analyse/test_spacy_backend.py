"""The English backend: spaCy's en_core_web_sm mapped to the neutral model, and the
engine on its analyses (a fictional article of ours)."""

from __future__ import annotations

import pytest

from wiezegtwat.analyse.spacy_backend import SpacyBackend
from wiezegtwat.analyse.spacy_tags import feats, ud_dep, ud_ner
from wiezegtwat.pipeline import Pipeline

ARTICLE = (
    "Harbour officials in Port Alden expect the new ferry to sail in June.\n\n"
    "Mayor Ruth Hale said on Monday that the crossing would halve travel times. "
    "\u201cWe have waited ten years for this,\u201d she told reporters. "
    "\u201cThe island deserves it.\u201d\n\n"
    "The budget is under pressure, according to the finance committee. "
    "Costs rose by a third last year, council member Tom Reyes said."
)


@pytest.fixture(scope="module")
def backend() -> SpacyBackend:
    b = SpacyBackend()
    b.start()
    return b


def test_the_model_is_the_official_pipeline(backend: SpacyBackend) -> None:
    # The PyPI re-upload renames the package only: the pipeline is Explosion's 3.8.0.
    meta = backend._nlp.meta
    assert meta["version"] == "3.8.0" and meta["lang"] == "en" and meta["license"] == "MIT"
    assert meta["author"] == "Explosion" and meta["name"].startswith("core_web_sm")
    assert any(s["name"] == "OntoNotes 5" for s in meta["sources"])
    assert backend._nlp.pipe_names == ["tok2vec", "tagger", "parser", "attribute_ruler",
                                       "lemmatizer", "ner"]


def test_tokens_align_and_carry_universal_tags(backend: SpacyBackend) -> None:
    doc = backend.analyse(ARTICLE)
    assert all(ARTICLE[t.start : t.end] == t.text and t.text.strip() for t in doc.tokens)
    assert len(doc.paragraphs) == 3 and doc.sentences[-1].paragraph == 2
    said = next(t for t in doc.tokens if t.text == "said")
    assert (said.upos, said.lemma, said.feats.get("VerbForm")) == ("VERB", "say", "Fin")
    hale = next(t for t in doc.tokens if t.text == "Hale")
    assert hale.ner == "I-PER" and hale.dep == "nsubj"
    ruth = next(t for t in doc.tokens if t.text == "Ruth")
    assert ruth.dep == "flat"  # a name's parts are flat, as in UD
    assert {t.dep for t in doc.tokens} <= _UD_NAMES


def test_an_abbreviated_title_keeps_its_period_and_its_sentence(backend: SpacyBackend) -> None:
    # spaCy alone splits "Capt." and ends the sentence at it, parting name and verb.
    doc = backend.analyse("\u201cThe harbour is safe,\u201d said Harbour Police Capt. Ruth Hale.")
    assert "Capt." in [t.text for t in doc.tokens] and len(doc.sentences) == 1
    assert backend.name.endswith("-rules3")  # the cache keys on the name


def test_a_typographic_apostrophe_in_a_contraction_reads_as_a_straight_one(backend: SpacyBackend) -> None:
    text = "Ruth Hale said she\u2019d open the ferry line."
    doc = backend.analyse(text)
    would = next(t for t in doc.tokens if t.text == "\u2019d")  # the token keeps the text's own mark
    assert text[would.start : would.end] == "\u2019d" and would.lemma == "would" and would.is_finite


_UD_NAMES = {
    "root", "nsubj", "nsubj:pass", "csubj", "csubj:pass", "obj", "iobj", "obl", "obl:agent",
    "obl:npmod", "case", "ccomp", "xcomp", "xcomp:pred", "advcl", "advmod", "amod", "appos",
    "aux", "aux:pass", "cc", "cc:preconj", "compound", "compound:prt", "conj", "dep", "det",
    "det:predet", "expl", "mark", "nmod", "nmod:poss", "nummod", "parataxis", "punct", "acl",
    "acl:relcl", "flat", "discourse",
}


def test_label_mapping() -> None:
    assert ud_dep("dobj", "NOUN", "VERB") == "obj"
    assert ud_dep("compound", "PROPN", "PROPN") == "flat"
    assert ud_dep("compound", "NOUN", "NOUN") == "compound"
    assert ud_dep("nonsense", "X", "X") == "dep"
    assert ud_ner("B", "GPE") == "B-LOC" and ud_ner("I", "PERSON") == "I-PER"
    assert ud_ner("B", "DATE") == "O" and ud_ner("O", "") == "O"
    # A modal is finite whatever the model's morphology says ("'ll", the "wo" of "won't").
    assert feats({"VerbType": "Mod"}, "AUX", "MD")["VerbForm"] == "Fin"
    assert "VerbForm" not in feats({}, "AUX", "VBZ")


def test_a_report_with_a_contracted_modal_has_a_finite_verb(backend: SpacyBackend) -> None:
    doc = backend.analyse("Ruth Hale said they'll open the line.")
    assert next(t for t in doc.tokens if t.text == "'ll").is_finite


def test_english_article_end_to_end(backend: SpacyBackend) -> None:
    article = Pipeline(backend=backend, lang="en").analyse(ARTICLE)
    rows = [(q.text, q.type, q.speaker.name if q.speaker else None) for q in article.quotes]
    assert ("the crossing would halve travel times", "indirect", "Ruth Hale") in rows
    assert ("We have waited ten years for this,", "direct", "Ruth Hale") in rows
    assert ("The island deserves it.", "direct", "Ruth Hale") in rows
    assert ("Costs rose by a third last year", "indirect", "Tom Reyes") in rows
    budget = [r for r in rows if r[0].startswith("The budget is under pressure")]
    assert budget and budget[0][2] == "the finance committee"


def test_pipeline_routes_each_article_to_its_language() -> None:
    class Recorder:
        def __init__(self, lang: str) -> None:
            self.name, self.lang, self.started = f"rec-{lang}", lang, 0

        def start(self) -> None:
            self.started += 1

        def close(self) -> None:
            pass

        def analyse(self, text: str):  # noqa: ANN201
            return SpacyBackend().analyse(text) if self.lang == "en" else SpacyBackend().analyse(text)

    pipe = Pipeline()
    made: dict[str, Recorder] = {}

    def fake_default(lang: str = "nl", *, cache: str | None = None) -> Recorder:
        made[lang] = Recorder(lang)
        return made[lang]

    import wiezegtwat.pipeline as pl

    original = pl.default_backend
    pl.default_backend = fake_default  # type: ignore[assignment]
    try:
        assert pipe.analyse(ARTICLE).lang == "en"
        assert list(made) == ["en"] and made["en"].started == 1  # Frog never asked for
        pipe.analyse(ARTICLE)
        assert made["en"].started == 1  # started once
    finally:
        pl.default_backend = original  # type: ignore[assignment]
        pipe.close()


def test_analyse_keeps_one_pipeline_per_process(monkeypatch: pytest.MonkeyPatch) -> None:
    import wiezegtwat.pipeline as pl

    starts: list[str] = []

    class Counting(SpacyBackend):
        def start(self) -> None:
            if self._nlp is None:  # a real load, not the idempotent call in analyse()
                starts.append(self.model)
            super().start()

    monkeypatch.setattr(pl, "_SHARED", None)
    monkeypatch.setattr(pl, "default_backend", lambda lang="nl", cache=None: Counting())
    first = pl.analyse(ARTICLE)
    second = pl.analyse(ARTICLE.replace("June", "July"))
    assert first.lang == second.lang == "en" and first.quotes and second.quotes
    assert len(starts) == 1  # the second call reuses the warm backend
    assert pl._SHARED is not None
    pl._SHARED.close()


def test_each_backend_start_is_announced_once(backend: SpacyBackend) -> None:
    from contextlib import contextmanager

    seen: list[str] = []

    @contextmanager
    def starting(lang: str):  # noqa: ANN202
        seen.append(lang)
        yield

    pipe = Pipeline(starting=starting)
    pipe._backends["en"] = backend  # the warm test backend stands in for a fresh one
    pipe.analyse(ARTICLE)
    pipe.analyse(ARTICLE.replace("June", "July"))
    assert seen == ["en"]


def test_a_heading_in_capitals_is_no_antecedent_and_who_marks_a_person(backend: SpacyBackend) -> None:
    # With the real model: the tagger reads the woman's name as an organisation;
    # "who" makes her a person, so "she" is hers and no heading's.
    text = ("Tashir Veltrun joined the board.\n\nSECTION SUMMARY.\n\nREADER NOTE.\n\n"
            "Tashir Veltrun, who came with her brother, moved to the harbour town. Nobody objected.\n\n"
            "She said the plan would work.")
    article = Pipeline(backend=backend, lang="en").analyse(text)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == [
        ("the plan would work", "Tashir Veltrun")]
