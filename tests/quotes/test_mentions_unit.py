"""quotes/mentions.py on hand-built documents: names, titles, descriptions, pronouns."""

from __future__ import annotations

import pytest
from docbuilder import build, span

from wiezegtwat.lang.en import EN
from wiezegtwat.lang.nl import NL
from wiezegtwat.quotes.mentions import Ment, find_mentions


def _ments(source: str) -> tuple[str, list[Ment]]:
    doc = build(source)
    ments = find_mentions(doc, NL)
    for m in ments:
        assert doc.text[m.start : m.end] == m.text
        assert (doc.tokens[m.t0].start, doc.tokens[m.t1 - 1].end) == (m.start, m.end)
    return doc.text, ments


def _summary(ments: list[Ment]) -> list[tuple[str, str, str]]:
    return [(m.text, m.kind, m.label) for m in ments]


def test_mentions_name_from_an_entity_span() -> None:
    text, ments = _ments("""
        Anouk/PROPN/B-PER Verbeek/PROPN/I-PER opent/VERB:Fin/=openen de brug/NOUN .
    """)
    assert _summary(ments) == [("Anouk Verbeek", "name", "PER")]
    assert (ments[0].start, ments[0].end) == span(text, "Anouk Verbeek")
    assert (ments[0].t0, ments[0].t1, ments[0].sent) == (0, 2, 0)


def test_mentions_organisation_and_place_keep_their_labels() -> None:
    _, ments = _ments("""
        Het Waterschap/PROPN/B-ORG Rijnland/PROPN/I-ORG sluit/VERB:Fin/=sluiten de dijk/NOUN
          bij/ADP Leiden/PROPN/B-LOC .
    """)
    assert _summary(ments) == [("Waterschap Rijnland", "name", "ORG"), ("Leiden", "name", "LOC")]


@pytest.mark.parametrize(
    "source",
    [
        # the entity covers the whole name
        "Marieke/PROPN/B-PER van/ADP/I-PER der/DET/I-PER Laan/PROPN/I-PER lacht/VERB:Fin .",
        # only the first name is tagged: the particles and surname follow it
        "Marieke/PROPN/B-PER van/ADP der/DET Laan/PROPN lacht/VERB:Fin .",
        # two entities, one multiword name in the parse
        "Marieke/PROPN/B-PER van/ADP/@0:flat der/DET/@0:flat Laan/PROPN/B-PER/@0:flat lacht/VERB:Fin .",
    ],
)
def test_mentions_particles_stay_in_the_name(source: str) -> None:
    _, ments = _ments(source)
    assert _summary(ments) == [("Marieke van der Laan", "name", "PER")]


def test_mentions_grown_name_swallows_the_entity_it_grew_over() -> None:
    _, ments = _ments("Marieke/PROPN/B-PER van/ADP der/DET Laan/PROPN/B-PER lacht/VERB:Fin .")
    assert _summary(ments) == [("Marieke van der Laan", "name", "PER")]


def test_mentions_capitalised_particle_after_a_first_name() -> None:
    _, ments = _ments("Wouter/PROPN/B-PER De/PROPN Smedt/PROPN lacht/VERB:Fin .")
    assert _summary(ments) == [("Wouter De Smedt", "name", "PER")]


def test_mentions_lowercase_van_after_a_full_name_is_an_affiliation() -> None:
    _, ments = _ments("""
        Kees/PROPN/B-PER Bakker/PROPN/I-PER van/ADP De/PROPN/B-ORG Fietsbond/PROPN/I-ORG lacht/VERB:Fin .
    """)
    assert [m.text for m in ments if m.kind == "name"] == ["Kees Bakker", "De Fietsbond"]


def test_mentions_verb_is_never_inside_a_name() -> None:
    _, ments = _ments("""
        Kees/PROPN/B-PER Bakker/PROPN/I-PER heeft/AUX:Fin/=hebben/I-PER gelachen/VERB:Part .
    """)
    assert _summary(ments) == [("Kees Bakker", "name", "PER")]


def test_mentions_two_names_run_together_across_a_verb_are_two() -> None:
    _, ments = _ments("""
        Volgens/ADP Anouk/PROPN/B-PER zou/AUX:Fin/=zullen/I-PER Kees/PROPN/I-PER winnen/VERB:Inf .
    """)
    assert _summary(ments) == [("Anouk", "name", "PER"), ("Kees", "name", "PER")]


def test_mentions_title_before_a_name_is_its_role() -> None:
    _, ments = _ments("""
        De Finse/ADJ minister/NOUN Aino/PROPN/B-PER Lahti/PROPN/I-PER lacht/VERB:Fin .
    """)
    assert _summary(ments) == [("Aino Lahti", "name", "PER")]
    assert ments[0].roles == ["minister"]


def test_mentions_title_inside_the_entity_is_cut_off() -> None:
    _, ments = _ments("""
        Wethouder/NOUN/B-PER Anouk/PROPN/I-PER Verbeek/PROPN/I-PER lacht/VERB:Fin .
    """)
    assert _summary(ments) == [("Anouk Verbeek", "name", "PER")]
    assert ments[0].roles == ["wethouder"]


def test_mentions_role_compound_before_a_name() -> None:
    _, ments = _ments("""
        XYZ-leider/PROPN/B-MISC Anouk/PROPN/B-PER Verbeek/PROPN/I-PER lacht/VERB:Fin .
    """)
    assert _summary(ments) == [("Anouk Verbeek", "name", "PER")]
    assert (ments[0].roles[0], ments[0].affiliation) == ("xyz-leider", "XYZ")


def test_mentions_role_compound_is_attached_once() -> None:
    _, ments = _ments("""
        XYZ-leider/PROPN/B-MISC Anouk/PROPN/B-PER Verbeek/PROPN/I-PER lacht/VERB:Fin .
    """)
    assert ments[0].roles == ["xyz-leider"]


def test_mentions_role_in_apposition() -> None:
    _, ments = _ments("""
        Joris/PROPN/B-PER Kramer/PROPN/I-PER , de woordvoerder/NOUN van de haven/NOUN ,
          lacht/VERB:Fin .
    """)
    assert _summary(ments)[0] == ("Joris Kramer", "name", "PER")
    assert ments[0].roles == ["woordvoerder"]


def test_mentions_affiliation_in_brackets() -> None:
    _, ments = _ments("Kees/PROPN/B-PER Bakker/PROPN/I-PER ( XYZ/PROPN/B-ORG ) lacht/VERB:Fin .")
    assert ments[0].text == "Kees Bakker" and ments[0].affiliation == "XYZ"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # the organisation inside the description is a mention of its own
        ("een woordvoerder/NOUN van de gemeente/NOUN lacht/VERB:Fin .",
         [("een woordvoerder van de gemeente", "role", "PER"), ("de gemeente", "org", "ORG")]),
        ("De oude/ADJ burgemeester/NOUN lacht/VERB:Fin .", [("De oude burgemeester", "role", "PER")]),
        ("De 48-jarige/ADJ lacht/VERB:Fin .", [("De 48-jarige", "role", "PER")]),
        ("De economen/NOUN:Plur lachen/VERB:Fin .", [("De economen", "group", "GRP")]),
        ("De politie/NOUN lacht/VERB:Fin .", [("De politie", "org", "ORG")]),
        ("De brug/NOUN kraakt/VERB:Fin .", []),
    ],
)
def test_mentions_role_group_and_organisation_descriptions(
    source: str, expected: list[tuple[str, str, str]]
) -> None:
    _, ments = _ments(source)
    assert _summary(ments) == expected


def test_mentions_personal_pronouns_but_not_possessives() -> None:
    _, ments = _ments("""
        Hij/PRON:Prs geeft/VERB:Fin haar/PRON:Prs,Poss zijn/PRON:Prs,Poss fiets/NOUN .
        Ze/PRON:Prs lacht/VERB:Fin .
    """)
    assert _summary(ments) == [("Hij", "pronoun", "PER"), ("Ze", "pronoun", "PER")]


def test_mentions_relative_pronoun_but_not_demonstrative() -> None:
    _, ments = _ments("""
        Kees/PROPN/B-PER , die/PRON:Rel lacht/VERB:Fin , ziet/VERB:Fin die/PRON:Dem fiets/NOUN .
    """)
    assert _summary(ments) == [("Kees", "name", "PER"), ("die", "pronoun", "REL")]


def test_mentions_coordinated_names_make_a_group() -> None:
    text, ments = _ments("""
        Anouk/PROPN/B-PER Verbeek/PROPN/I-PER en Kees/PROPN/B-PER Bakker/PROPN/I-PER lachen/VERB:Fin .
    """)
    assert _summary(ments) == [
        ("Anouk Verbeek en Kees Bakker", "group", "GRP"),
        ("Anouk Verbeek", "name", "PER"),
        ("Kees Bakker", "name", "PER"),
    ]
    assert [m.text for m in ments[0].members] == ["Anouk Verbeek", "Kees Bakker"]


def test_mentions_untagged_surname_the_article_knows_is_a_person() -> None:
    _, ments = _ments("""
        Kees/PROPN/B-PER Bakker/PROPN/I-PER lacht/VERB:Fin .
        Bakker/PROPN fietst/VERB:Fin weg/ADV .
    """)
    assert _summary(ments) == [("Kees Bakker", "name", "PER"), ("Bakker", "name", "PER")]


def test_mentions_unknown_sentence_initial_capital_is_no_name() -> None:
    _, ments = _ments("Gisteren/ADV fietst/VERB:Fin Kees/PROPN/B-PER weg/ADV .")
    assert _summary(ments) == [("Kees", "name", "PER")]


def test_mentions_single_word_in_capitals_is_an_organisation() -> None:
    _, ments = _ments("De NVB/PROPN/B-PER lacht/VERB:Fin .")
    assert _summary(ments) == [("NVB", "name", "ORG")]


def test_mentions_are_sorted_by_position_longest_first() -> None:
    _, ments = _ments("""
        Anouk/PROPN/B-PER en Kees/PROPN/B-PER zeggen/VERB:Fin dat/SCONJ zij/PRON:Prs winnen/VERB:Fin .
    """)
    assert [(m.t0, m.t1) for m in ments] == sorted(((m.t0, m.t1) for m in ments), key=lambda x: (x[0], -(x[1] - x[0])))
    assert ments[0].kind == "group"


def test_mentions_a_first_name_the_tagger_left_out_joins_the_surname() -> None:
    _text, ments = _ments("""
        Wendela/X Brookhuis/PROPN/B-PER opent/VERB:Fin/=openen de brug/NOUN .
    """)
    assert _summary(ments)[0] == ("Wendela Brookhuis", "name", "PER")


def test_mentions_a_capitalised_adverb_before_a_surname_stays_out() -> None:
    _text, ments = _ments("""
        Dan/ADV Brookhuis/PROPN/B-PER opent/VERB:Fin/=openen de brug/NOUN .
    """)
    assert _summary(ments)[0] == ("Brookhuis", "name", "PER")


@pytest.mark.parametrize(("description", "gender", "fits"), [
    ("zijn moeder", "m", False), ("zijn moeder", "f", True), ("de politievrouw", "m", False),
    ("een buurman van de familie", "f", False), ("een woordvoerder", "m", True), ("een woordvoerder", "f", True),
])
def test_a_description_whose_noun_fixes_the_sex_fits_only_that_gender(description: str, gender: str,
                                                                        fits: bool) -> None:
    from wiezegtwat.quotes.mentions import gender_fits

    assert gender_fits(description, gender, NL) is fits


def test_mentions_an_organisation_name_runs_over_its_preposition() -> None:
    _text, ments = _ments("""
        Forum/NOUN/B-MISC voor/ADP Dijkbeheer/NOUN eiste/VERB:Fin,Past/=eisen een debat/NOUN .
    """)
    assert _summary(ments)[0] == ("Forum voor Dijkbeheer", "name", "ORG")


def test_mentions_a_first_name_keeps_a_surname_tagged_as_an_adjective() -> None:
    _text, ments = _ments("""
        Eigenaar/NOUN Anouk/PROPN/B-PER Zwart/ADJ/B-MISC haalt/VERB:Fin/=halen de stoelen/NOUN:Plur binnen/ADV .
    """)
    assert ("Anouk Zwart", "name", "PER") in _summary(ments)


def test_mentions_a_person_typed_as_organisation_makes_the_lone_surname_known() -> None:
    # The tagger types "Anouk Verbeek" as an organisation (a first name of the
    # dictionary says person) and leaves the later lone surname untagged as a noun.
    _, ments = _ments("""
        Presentator/NOUN Anouk/PROPN/B-ORG Verbeek/PROPN/I-ORG opent/VERB:Fin/=openen de brug/NOUN .
        Toen/ADV zei/VERB:Fin,Past/=zeggen Verbeek/NOUN/@zei:nsubj het/PRON:Prs .
    """)
    assert ("Verbeek", "name", "PER") in _summary(ments)


def test_a_tagged_span_the_parse_hangs_on_two_words_is_two_phrases() -> None:
    # "minister van [Binnenlandse Zaken] [Bram Okafor]" tagged as one span: the
    # ministry hangs on "van", the name (apposed to the role noun) on "minister".
    _, ments = _ments("""
        De/DET/@minister:det minister/NOUN/@zei:nsubj van/ADP/@minister:obl Binnenlandse/ADJ/B-MISC/@Zaken:amod
          Zaken/NOUN/I-MISC/@van:obj Bram/PROPN/I-MISC/@minister:appos Okafor/PROPN/I-MISC/@Bram:flat
          zei/VERB:Fin,Past/=zeggen/@root niets/PRON/@zei:obj .
    """)
    names = [(m.text, m.label) for m in ments if m.kind == "name"]
    assert ("Bram Okafor", "PER") in names
    assert not any("Zaken Bram" in text for text, _ in names)


def test_two_parts_of_one_name_hanging_apart_stay_one_name() -> None:
    # A bad parse may hang a surname elsewhere; a name of proper nouns is not split.
    _, ments = _ments("""
        Mirre/PROPN/B-PER/@zegt:nsubj Dekker/PROPN/I-PER/@zegt:obj zegt/VERB:Fin/=zeggen/@root niets/PRON/@zegt:obj .
    """)
    assert [(m.text, m.label) for m in ments if m.kind == "name"] == [("Mirre Dekker", "PER")]


def test_a_title_with_its_field_before_the_name_is_the_names_role() -> None:
    # "hoogleraar middeleeuwse geschiedenis X": the field stands between title and name.
    _, ments = _ments("""
        Hoogleraar/NOUN middeleeuwse/ADJ geschiedenis/NOUN Bram/PROPN/B-PER Okafor/PROPN/I-PER
          twijfelt/VERB:Fin/=twijfelen .
    """)
    name = next(m for m in ments if m.kind == "name")
    assert name.text == "Bram Okafor" and "hoogleraar" in name.roles


def test_a_description_runs_over_a_second_of_phrase() -> None:
    # "een woordvoerder van het bureau van X": the second "van" after a noun goes on.
    _, ments = _ments("""
        Een/DET:Art woordvoerder/NOUN van/ADP het/DET:Art bureau/NOUN van/ADP Statistiek/PROPN
          meldt/VERB:Fin/=melden dat/SCONJ de prijzen/NOUN:Plur stijgen/VERB:Fin/=stijgen .
    """)
    roles = [m.text for m in ments if m.kind == "role"]
    assert roles == ["Een woordvoerder van het bureau van Statistiek"]


def test_mentions_capital_particle_tagged_apart_opens_the_name_it_is_tied_to() -> None:
    # Flemish surnames open with a capital particle; the tagger may give it a label
    # of its own and the rest another ("Van" PER, the surname LOC).
    _, ments = _ments("""
        "/PUNCT Het/PRON:Prs regent/VERB:Fin/=regenen "/PUNCT ,/PUNCT aldus/ADV Van/PROPN/B-PER
          Oosterwijck/PROPN/B-LOC/@Van:flat ./PUNCT
    """)
    assert _summary(ments) == [("Van Oosterwijck", "name", "PER")]


def test_mentions_a_word_cut_short_before_a_coordinator_keeps_its_tail() -> None:
    # "Bank- en Verzekeringswezen": the hyphen stands for the shared second half.
    _, ments = _ments("""
        Gisteren/ADV maakte/VERB:Fin/=maken de Commissie/NOUN/B-ORG voor het Bank-/PROPN/B-MISC
          en Verzekeringswezen/PROPN/B-ORG bekend/ADJ dat/SCONJ het/PRON:Prs klopt/VERB:Fin/=kloppen .
    """)
    assert ("Commissie voor het Bank- en Verzekeringswezen", "name", "ORG") in _summary(ments)


def test_mentions_a_day_ends_a_description() -> None:
    _, ments = _ments("""
        "/PUNCT Het/PRON:Prs regent/VERB:Fin/=regenen "/PUNCT ,/PUNCT zei/VERB:Fin/=zeggen de
          directeur/NOUN van de havens/NOUN:Plur zaterdag/PROPN in de krant/NOUN ./PUNCT
    """)
    assert [m.text for m in ments if m.kind == "role"] == ["de directeur van de havens"]


def test_mentions_two_coordinated_titles_before_a_name_are_both_its_titles() -> None:
    _, ments = _ments("""
        Volgens/ADP festivalorganisator/NOUN en gemeenteraadslid/NOUN Jan/PROPN/B-PER
          Mertens/PROPN/I-PER valt/VERB:Fin/=vallen het/PRON:Prs mee/ADV ./PUNCT
    """)
    role = next(m for m in ments if m.kind == "role")
    name = next(m for m in ments if m.kind == "name")
    assert role.text == "festivalorganisator" and role.titles is name
    assert sorted(name.roles) == ["festivalorganisator", "gemeenteraadslid"]


def test_mentions_an_elided_particle_glued_before_a_surname_opens_it() -> None:
    # The tokenizer splits "D'Haene" in three and the tagger may tag only the last.
    _, ments = _ments("""
        Patrice/PROPN/B-PER D/PROPN/I-PER ^'/PUNCT/I-PER ^Haene/PROPN/I-PER lacht/VERB:Fin/=lachen ./PUNCT
        "/PUNCT Het/PRON:Prs regent/VERB:Fin/=regenen "/PUNCT ,/PUNCT zegt/VERB:Fin/=zeggen D/NOUN ^'/PUNCT
          ^Haene/NOUN/B-MISC ./PUNCT
    """)
    assert [(m.text, m.label) for m in ments if m.kind == "name"] == [("Patrice D'Haene", "PER"), ("D'Haene", "PER")]


def test_mentions_a_first_name_tagged_apart_from_its_surname_is_one_person() -> None:
    # The tagger may call the surname an organisation; the parse ties the two.
    _, ments = _ments("""
        "/PUNCT Het/PRON:Prs klopt/VERB:Fin/=kloppen "/PUNCT ,/PUNCT zegt/VERB:Fin/=zeggen Peter/PROPN/B-PER
          Wouters/PROPN/B-ORG/@Peter:flat ./PUNCT
    """)
    assert _summary(ments) == [("Peter Wouters", "name", "PER")]


def test_mentions_a_person_entity_run_over_a_coordinator_is_two_people() -> None:
    _, ments = _ments("""
        Tussen/ADP Eddie/PROPN/B-PER Vos/PROPN/I-PER en/PROPN/I-PER Bakker/PROPN/I-PER boterde/VERB:Fin/=boteren
          het/PRON:Prs niet/ADV ./PUNCT
    """)
    assert [(m.text, m.kind) for m in ments if m.kind in ("name", "group")] == [
        ("Eddie Vos en Bakker", "group"), ("Eddie Vos", "name"), ("Bakker", "name")]


def test_mentions_a_capital_particle_mid_sentence_opens_the_name_after_it() -> None:
    # No parse tie here: mid-sentence a capital "De" before a name is its particle.
    _, ments = _ments("""
        Volgens/ADP voorzitter/NOUN Rudy/PROPN De/DET/B-MISC Wolf/PROPN/B-PER is/AUX:Fin/=zijn het/PRON:Prs
          voorbij/ADJ ./PUNCT
    """)
    assert [(m.text, m.label) for m in ments if m.kind == "name"] == [("Rudy De Wolf", "PER")]


def test_mentions_a_first_name_is_not_glued_to_an_untied_place_or_across_sentences() -> None:
    _, ments = _ments("""
        Gisteren/ADV bezocht/VERB:Fin/=bezoeken Jan/PROPN/B-PER Gent/PROPN/B-LOC ./PUNCT
        Toen/ADV lachte/VERB:Fin/=lachen Marc/PROPN/B-PER

        Gent/PROPN/B-LOC is/AUX:Fin/=zijn mooi/ADJ ./PUNCT
    """)
    assert [(m.text, m.label) for m in ments if m.kind == "name"] == [
        ("Jan", "PER"), ("Gent", "LOC"), ("Marc", "PER"), ("Gent", "LOC")]


@pytest.mark.parametrize(
    "source",
    [
        # a capitalised pronoun or auxiliary the entity tagger marks as a person
        "Ge/PRON/B-PER moet/AUX:Fin/=moeten gaan/VERB , zegt/VERB:Fin/=zeggen Anouk/PROPN/B-PER .",
        "Moet/AUX:Fin/B-PER/=moeten ik/PRON gaan/VERB ? vroeg/VERB:Fin/=vragen Anouk/PROPN/B-PER .",
        # a name particle alone, without any capital
        "Toen/ADV zei/VERB:Fin/=zeggen den/DET/B-PER man/NOUN iets/PRON , en/CCONJ Anouk/PROPN/B-PER lachte/VERB:Fin .",
    ],
)
def test_mentions_one_function_word_is_no_name(source: str) -> None:
    _, ments = _ments(source)
    assert [m.text for m in ments if m.kind == "name"] == ["Anouk"]


def test_mentions_subject_and_object_names_run_together_after_the_verb_are_two_people() -> None:
    # "Gisteren feliciteerde Verbeek Bakker": verb-second order puts the subject and the
    # object side by side and the tagger reads one name; the article uses each alone.
    _, ments = _ments("""
        Verbeek/PROPN/B-PER won/VERB:Fin,Past/=winnen de rit/NOUN .
        Bakker/PROPN/B-PER werd/AUX:Fin,Past/=worden tweede/ADJ .
        Gisteren/ADV feliciteerde/VERB:Fin,Past/=feliciteren Verbeek/PROPN/B-PER Bakker/PROPN/I-PER/@Verbeek:flat
          met/ADP de zege/NOUN .
    """)
    assert [m.text for m in ments if m.kind == "name"] == ["Verbeek", "Bakker", "Verbeek", "Bakker"]


def test_mentions_a_known_first_name_keeps_the_full_name_after_the_verb() -> None:
    _, ments = _ments("""
        Anouk/PROPN/B-PER won/VERB:Fin,Past/=winnen de rit/NOUN .
        Bakker/PROPN/B-PER werd/AUX:Fin,Past/=worden tweede/ADJ .
        Gisteren/ADV won/VERB:Fin,Past/=winnen Anouk/PROPN/B-PER Bakker/PROPN/I-PER/@Anouk:flat de rit/NOUN .
    """)
    assert "Anouk Bakker" in [m.text for m in ments]


def test_a_name_in_a_title_case_headline_ends_where_the_article_ends_it() -> None:
    # In title case the tagger runs the name on into the verb after it.
    text, ments = _ments("""
        Anouk/PROPN/B-PER Verbeek/PROPN/I-PER Kraakt/PROPN/I-PER Nieuwe/PROPN Brugplannen/PROPN

        Anouk/PROPN/B-PER Verbeek/PROPN/I-PER opent/VERB:Fin/=openen de brug/NOUN .
    """)
    assert _summary(ments)[0] == ("Anouk Verbeek", "name", "PER")
    assert (ments[0].start, ments[0].end) == span(text, "Anouk Verbeek")
    assert [m.text for m in ments if m.label == "PER"] == ["Anouk Verbeek", "Anouk Verbeek"]


def test_a_name_in_a_title_case_headline_the_article_never_shortens_stays() -> None:
    _, ments = _ments("""
        Stichting/PROPN/B-ORG Oude/PROPN/I-ORG Haven/PROPN/I-ORG Zoekt/VERB:Fin/=zoeken Nieuwe/PROPN Vrijwilligers/PROPN

        De stichting/NOUN opent/VERB:Fin/=openen de brug/NOUN .
    """)
    assert _summary(ments)[0] == ("Stichting Oude Haven", "name", "ORG")


def test_a_known_surname_the_tagger_reads_as_an_adjective_is_that_person_when_alone() -> None:
    _, ments = _ments("""
        Wethouder/NOUN Piet/PROPN/B-PER Klein/PROPN/I-PER opent/VERB:Fin/=openen de brug/NOUN .
        Klein/ADJ ,/PUNCT die/PRON er/ADV al/ADV jaren/NOUN:Plur woont/VERB:Fin/=wonen ,/PUNCT is/AUX:Fin/=zijn blij/ADJ .
        Klein/ADJ bier/NOUN is/AUX:Fin/=zijn ook/ADV bier/NOUN .
    """)
    names = [(m.text, m.sent) for m in ments if m.kind == "name"]
    assert names == [("Piet Klein", 0), ("Klein", 1)]


def test_a_preposition_in_a_person_span_parts_two_people() -> None:
    _, ments = _ments("""
        Toen/ADV liet/VERB:Fin,Past/=laten Anouk/PROPN/B-PER Verbeek/PROPN/I-PER aan/ADP/I-PER Kees/PROPN/I-PER
          Bakker/PROPN/I-PER weten/VERB:Inf/=weten dat/SCONJ de brug/NOUN opengaat/VERB:Fin/=opengaan .
    """)
    assert [(m.text, m.label) for m in ments if m.kind == "name"] == [("Anouk Verbeek", "PER"), ("Kees Bakker", "PER")]


def test_a_name_in_a_heading_in_capitals_is_no_one_unless_the_text_writes_it_as_a_name() -> None:
    # A section heading in capitals that the tagger reads as a person is no
    # speaker; a heading naming a person the text names ("M. BAKKER") stays.
    _, ments = _ments("""
        VOLLEDIGE/PROPN/B-PER TEKST/PROPN/I-PER .

        M./PROPN/B-PER BAKKER/PROPN/I-PER .

        Kees/PROPN/B-PER Bakker/PROPN/I-PER opent/VERB:Fin/=openen de brug/NOUN .
    """)
    assert [m.text for m in ments if m.kind == "name"] == ["M. BAKKER", "Kees Bakker"]


def test_a_name_a_relative_for_persons_hangs_on_is_a_person() -> None:
    # English "who" stands for persons only: the tagger's ORG is a person, unless the
    # relative clause hangs on someone else ("Y, the leader in X, who").
    doc = build("""
        Tavik/PROPN/B-ORG Zuidhoek/PROPN/I-ORG/@Tavik:flat ,/PUNCT who/PRON/@came:nsubj came/VERB:Fin/@Tavik:acl:relcl
          home/ADV ,/PUNCT smiled/VERB:Fin .
        Joris/PROPN/B-PER ,/PUNCT the/DET leader/NOUN/@Joris:appos in/ADP North/PROPN/B-LOC Harbour/PROPN/I-LOC ,/PUNCT
          who/PRON/@left:nsubj left/VERB:Fin/@Joris:acl:relcl ,/PUNCT smiled/VERB:Fin .
    """)
    labels = {m.text: m.label for m in find_mentions(doc, EN) if m.kind == "name"}
    assert labels["Tavik Zuidhoek"] == "PER"
    assert labels["North Harbour"] == "LOC"
