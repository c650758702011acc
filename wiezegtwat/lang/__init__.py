"""Languages as data: everything the engine knows of one language, in one object.

The quote engine, the mention finder and attribution receive the ``Language`` of
the article; they hold no word of any language themselves. A language is a
package ``wiezegtwat/lang/<code>/`` whose word lists each say where they come
from, and whose ``__init__`` builds the ``Language``. ``tests/lang`` checks that
every field is filled. See ``docs/languages.md`` for adding one.

Stages that compare across languages (actors, dates) hold no word either: they
read the lists of every supported language at once (``wiezegtwat.lang.merged``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from importlib import import_module

# The languages wiezegtwat ships data for (ISO 639-1), in the order their data win
# where a merged dict has one key twice (``wiezegtwat.lang.merged``).
CODES: tuple[str, ...] = ("nl", "en")


@dataclass(frozen=True)
class Language:
    """One language's quote marks, cues, function words and name data."""

    code: str
    # Quotation marks (opening → accepted closers), apostrophes and dialogue dashes.
    quote_pairs: Mapping[str, tuple[str, ...]]
    single_marks: frozenset[str]
    dialogue_dashes: tuple[str, ...]
    # Dashes that open a credit line under a quote ("— X, place"), also a hyphen.
    credit_dashes: tuple[str, ...]
    contraction_letters: frozenset[str]
    apostrophe_words: tuple[str, ...]
    # Cue verbs (lemma → statement type), their inflected forms, particle verbs.
    cue_verbs: Mapping[str, str]
    cue_forms: Mapping[str, str]
    weak_cues: frozenset[str]
    # Adjectives of belief that report a clause ("confident that", "ervan overtuigd dat").
    cue_adjectives: Mapping[str, str]
    no_inversion: frozenset[str]
    # Word order: a verb-second language inverts subject and verb after any fronted
    # phrase ("Gisteren zei X"); others only after a quote ('"…," said X').
    verb_second: bool
    # Whether a finite verb shows a reported proposition ("said X would go") apart
    # from an act or attitude ("urged X to go", "touted her plan"). Not where the
    # plural present is the infinitive's form ("dat klanten wegblijven"): a tagger
    # cannot tell the two apart, so finiteness proves nothing there.
    finite_marks_proposition: bool
    # Whether a period or comma goes inside the closing mark whatever the grammar
    # (American English): then a full stop in the marks does not show that the
    # words in them are a sentence ('on the show "Morning Talk."').
    punctuation_inside_marks: bool
    particle_verbs: Mapping[str, Mapping[str, str]]
    particles: frozenset[str]
    report_verb_complements: frozenset[str]
    # Reporting constructions without a verb: complementisers, "according to", "aldus".
    complementisers: frozenset[str]
    according_to: frozenset[str]
    aldus: frozenset[str]
    # Words that open a comment clause of attribution: "As X reported, Y", "Y, as X said".
    as_markers: frozenset[str]
    # "naar eigen zeggen", "by her own account": the sentence is its subject's statement.
    own_account: tuple[str, ...]
    non_source_nouns: frozenset[str]
    own_words: tuple[str, ...]
    title_words: frozenset[str]
    clause_openers: frozenset[str]
    # Pronouns: form → (gender m/f/"", number sg/pl/sg/pl).
    pronouns: Mapping[str, tuple[str, ...]]
    first_person: frozenset[str]
    # Second-person pronouns: the reader or the one interviewed, never resolved to a
    # person named in the text.
    second_person: frozenset[str]
    relatives: frozenset[str]
    person_relatives: frozenset[str]
    plural_pronouns: frozenset[str]
    # Articles and determiners.
    articles: frozenset[str]
    indefinite_articles: frozenset[str]
    definite_articles: frozenset[str]
    quantifiers: frozenset[str]
    # People, roles, groups and organisations.
    role_nouns: frozenset[str]
    role_suffixes: tuple[str, ...]
    role_compound_heads: tuple[str, ...]
    former_prefixes: tuple[str, ...]
    age_suffix: str
    person_nouns: frozenset[str]
    person_suffixes: tuple[str, ...]
    group_nouns: frozenset[str]
    org_nouns: frozenset[str]
    nationality_stems: tuple[str, ...]
    demonym_endings: tuple[str, ...]
    plural_s: str
    # Names.
    titles: frozenset[str]
    # Titles that tell a person's gender ("Mrs.", "mevrouw"): title → "m"/"f".
    title_genders: Mapping[str, str]
    # Person nouns whose meaning fixes the sex ("mother", "zoon"): the head noun of
    # a description → "m"/"f", so "he" never resolves to "his mother".
    noun_genders: Mapping[str, str]
    name_particles: frozenset[str]
    not_names: frozenset[str]
    interview_labels: frozenset[str]
    name_countries: tuple[str, ...]
    first_name_gender: Callable[[str], str]
    # Function words the algorithm asks about by their job.
    report_adverbs: frozenset[str]
    clause_fillers: frozenset[str]
    expletives: frozenset[str]
    of_prepositions: frozenset[str]
    of_word: str
    # Prepositions inside organisation names ("Partij voor de Dieren", "Doctors
    # Without Borders"): an organisation's name runs on over them.
    name_prepositions: frozenset[str]
    affiliation_prepositions: frozenset[str]
    # The preposition of a passive's agent ("door X geprezen", "praised by X").
    agent_prepositions: frozenset[str]
    contrastive: frozenset[str]
    and_word: str
    clause_internal_conjunctions: frozenset[str]
    passive_auxiliaries: frozenset[str]
    report_auxiliaries: frozenset[str]
    negations: frozenset[str]
    demonstrative_markers: frozenset[str]
    anaphoric_neuter: frozenset[str]
    anaphoric_common: frozenset[str]
    infinitive_marker: str
    # Cue verbs whose infinitive complement is no report ("weet X te beperken": manages to).
    no_infinitive_report: frozenset[str]
    # Nouns that take a content clause ("de kritiek dat …", "the claim that …"): a clause
    # right after one is that noun's content, not the report of a verb before it.
    content_nouns: frozenset[str]

    @classmethod
    def from_module(cls, code: str, module: object, **extra: object) -> Language:
        """A language from a words module whose UPPER_CASE names are the fields."""
        names = {f.name for f in fields(cls)}
        data = {k.lower(): v for k, v in vars(module).items() if k.isupper() and k.lower() in names}
        return cls(code=code, **data, **extra)  # type: ignore[arg-type]


def get_language(code: str) -> Language:
    """The language with this ISO 639-1 code (``wiezegtwat/lang/<code>/``)."""
    try:
        module = import_module(f"{__name__}.{code}")
    except ModuleNotFoundError as e:
        raise ValueError(f"no language data for {code!r}") from e
    language: Language = module.LANGUAGE
    return language
