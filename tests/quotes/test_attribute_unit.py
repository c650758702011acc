"""quotes/attribute.py on hand-built documents: who a quote's source is.

The learned ranker is left out (``weights=None``): these tests pin the rules.
"""

from __future__ import annotations

import pytest
from docbuilder import build

from wiezegtwat.lang.nl import NL
from wiezegtwat.quotes import extract
from wiezegtwat.quotes.attribute import attribute
from wiezegtwat.quotes.detect import Detector
from wiezegtwat.quotes.mentions import find_mentions

Row = tuple[str, str | None]  # (quote text, speaker name)


def _attributed(source: str) -> list[tuple[str, str | None, str]]:
    doc = build(source)
    ments = find_mentions(doc, NL)
    cands = Detector(doc, ments, NL).run()
    return [(doc.text[c.start : c.end], name, how) for c, name, how in attribute(doc, ments, cands, NL, weights=None)]


def _speakers(source: str) -> list[Row]:
    return [(text, name) for text, name, _ in _attributed(source)]


def test_attribute_name_is_its_own_speaker() -> None:
    assert _attributed("""
        Kees/PROPN/B-PER Bakker/PROPN/I-PER zegt/VERB:Fin/=zeggen dat/SCONJ de bus/NOUN
          te/ADV laat/ADJ is/AUX:Fin/=zijn .
    """) == [("de bus te laat is", "Kees Bakker", 'subject of "zegt"')]


def test_attribute_pronoun_to_the_subject_of_an_earlier_sentence() -> None:
    rows = _attributed("""
        Pieter/PROPN/B-PER de/PROPN/I-PER Vries/PROPN/I-PER traint/VERB:Fin/=trainen de club/NOUN
          al/ADV jaren/NOUN:Plur .
        Hij/PRON:Prs vindt/VERB:Fin/=vinden dat/SCONJ de spelers/NOUN:Plur te/ADV weinig/ADV
          rust/NOUN krijgen/VERB:Fin/=krijgen .
    """)
    assert rows == [(
        "de spelers te weinig rust krijgen", "Pieter de Vries",
        'subject of "vindt"; "Hij" → Pieter de Vries: subject of an earlier sentence',
    )]


def test_attribute_pronoun_prefers_the_subject_over_a_later_object() -> None:
    assert _speakers("""
        Kees/PROPN/B-PER Bakker/PROPN/I-PER/@Kees:flat belde/VERB:Fin/=bellen gisteren/ADV met/ADP
          Joris/PROPN/B-PER Kramer/PROPN/I-PER/@Joris:flat .
        Hij/PRON:Prs zei/VERB:Fin,Past/=zeggen dat/SCONJ de kade/NOUN te/ADV laag/ADJ is/AUX:Fin/=zijn .
    """) == [("de kade te laag is", "Kees Bakker")]


def test_attribute_he_never_resolves_to_a_woman() -> None:
    # The woman is the subject of the sentence before: only the gender rules her out.
    assert _speakers("""
        Lotte/PROPN/B-PER Visser/PROPN/I-PER sprak/VERB:Fin,Past/=spreken met trainer/NOUN
          Kees/PROPN/B-PER Bakker/PROPN/I-PER .
        Hij/PRON:Prs zei/VERB:Fin,Past/=zeggen dat/SCONJ de ploeg/NOUN beter/ADJ moet/AUX:Fin/=moeten
          verdedigen/VERB:Inf/=verdedigen .
    """) == [("de ploeg beter moet verdedigen", "Kees Bakker")]


def test_attribute_she_never_resolves_to_a_man() -> None:
    assert _speakers("""
        Pieter/PROPN/B-PER Zuidhoek/PROPN/I-PER bezocht/VERB:Fin,Past/=bezoeken de school/NOUN met
          wethouder/NOUN Sanne/PROPN/B-PER Mulder/PROPN/I-PER .
        Zij/PRON:Prs zei/VERB:Fin,Past/=zeggen dat/SCONJ het gebouw/NOUN dit/DET:Dem jaar/NOUN
          wordt/AUX:Fin/=worden vernieuwd/VERB:Part/=vernieuwen .
    """) == [("het gebouw dit jaar wordt vernieuwd", "Sanne Mulder")]


def test_attribute_pronoun_with_no_person_of_its_gender_has_no_name() -> None:
    # Only a woman was named: "hij" must not become her.
    rows = _speakers("""
        Lotte/PROPN/B-PER Visser/PROPN/I-PER opende/VERB:Fin,Past/=openen de zaak/NOUN .
        Hij/PRON:Prs zei/VERB:Fin,Past/=zeggen dat/SCONJ de huur/NOUN te/ADV hoog/ADJ is/AUX:Fin/=zijn .
    """)
    assert rows == [("de huur te hoog is", None)]


def test_attribute_relative_pronoun_to_the_person_before_it() -> None:
    assert _speakers("""
        Het plan/NOUN komt/VERB:Fin/=komen van wethouder/NOUN Anouk/PROPN/B-PER Verbeek/PROPN/I-PER ,
          die/PRON:Rel zegt/VERB:Fin/=zeggen dat/SCONJ het/PRON:Prs snel/ADJ moet/AUX:Fin/=moeten .
    """) == [("het snel moet", "Anouk Verbeek")]


def test_attribute_standalone_quote_continues_the_previous_speaker() -> None:
    rows = _attributed("""
        " We/PRON:Prs openen/VERB:Fin/=openen de brug/NOUN in het voorjaar/NOUN " , zegt/VERB:Fin/=zeggen
          wethouder/NOUN Anouk/PROPN/B-PER Verbeek/PROPN/I-PER .
        " Dat/PRON:Dem is/AUX:Fin/=zijn echt/ADV beloofd/VERB:Part/=beloven . "
    """)
    assert rows == [
        ("We openen de brug in het voorjaar", "Anouk Verbeek", 'subject after "zegt"'),
        ("Dat is echt beloofd.", "Anouk Verbeek", "continues the quotes of Anouk Verbeek"),
    ]


def test_attribute_standalone_quote_after_a_sentence_about_a_person() -> None:
    rows = _attributed("""
        Burgemeester/NOUN Jan/PROPN/B-PER Zuidhoek/PROPN/I-PER opende/VERB:Fin,Past/=openen de vergadering/NOUN .
        " Ik/PRON:Prs ben/AUX:Fin/=zijn trots/ADJ op/ADP deze/DET:Dem stad/NOUN . "
    """)
    assert rows == [("Ik ben trots op deze stad.", "Jan Zuidhoek", "standalone quote after a sentence about Jan Zuidhoek")]


def test_attribute_described_source_after_a_cue_stays_a_description() -> None:
    assert _speakers("""
        Burgemeester/NOUN Els/PROPN/B-PER de/PROPN/I-PER Graaf/PROPN/I-PER bezocht/VERB:Fin,Past/=bezoeken
          de straat/NOUN .
        " Ik/PRON:Prs schrok/VERB:Fin,Past/=schrikken wakker/ADJ van een harde/ADJ knal/NOUN " ,
          vertelt/VERB:Fin/=vertellen een buurvrouw/NOUN/@vertelt:nsubj .
    """) == [("Ik schrok wakker van een harde knal", "een buurvrouw")]


def test_attribute_definite_described_source_is_not_the_last_person_named() -> None:
    assert _speakers("""
        Burgemeester/NOUN Els/PROPN/B-PER de/PROPN/I-PER Graaf/PROPN/I-PER bezocht/VERB:Fin,Past/=bezoeken
          de straat/NOUN .
        " Ik/PRON:Prs schrok/VERB:Fin,Past/=schrikken wakker/ADJ van een harde/ADJ knal/NOUN " ,
          vertelt/VERB:Fin/=vertellen de buurvrouw/NOUN/@vertelt:nsubj .
    """) == [("Ik schrok wakker van een harde knal", "de buurvrouw")]


def test_attribute_role_resolves_to_the_person_introduced_with_it() -> None:
    rows = _attributed("""
        Joris/PROPN/B-PER Kramer/PROPN/I-PER , de woordvoerder/NOUN van de haven/NOUN ,
          opende/VERB:Fin,Past/=openen de vergadering/NOUN .
        De boten/NOUN:Plur zijn/AUX:Fin/=zijn te/ADV groot/ADJ voor/ADP de kade/NOUN , zegt/VERB:Fin/=zeggen
          de woordvoerder/NOUN .
    """)
    assert rows == [(
        "De boten zijn te groot voor de kade", "Joris Kramer",
        'subject after "zegt"; "de woordvoerder" → Joris Kramer: introduced as woordvoerder',
    )]


def test_attribute_role_resolves_to_the_person_titled_with_it() -> None:
    assert _speakers("""
        Econoom/NOUN Sanne/PROPN/B-PER Bakker/PROPN/I-PER schreef/VERB:Fin,Past/=schrijven een rapport/NOUN .
        De econoom/NOUN verwacht/VERB:Fin/=verwachten dat/SCONJ de rente/NOUN stijgt/VERB:Fin/=stijgen .
    """) == [("de rente stijgt", "Sanne Bakker")]


def test_attribute_unnamed_indefinite_role_stays_as_written() -> None:
    assert _attributed("""
        Sanne/PROPN/B-PER Bakker/PROPN/I-PER schreef/VERB:Fin,Past/=schrijven een rapport/NOUN .
        De rente/NOUN stijgt/VERB:Fin/=stijgen , zegt/VERB:Fin/=zeggen een econoom/NOUN .
    """) == [("De rente stijgt", "een econoom", 'subject after "zegt"; unnamed source, as described')]


def test_attribute_lone_first_name_to_the_full_name() -> None:
    assert _speakers("""
        Anouk/PROPN/B-PER Verbeek/PROPN/I-PER opende/VERB:Fin,Past/=openen de vergadering/NOUN .
        Anouk/PROPN/B-PER zei/VERB:Fin,Past/=zeggen dat/SCONJ de brug/NOUN in mei/NOUN
          opengaat/VERB:Fin/=opengaan .
    """) == [("de brug in mei opengaat", "Anouk Verbeek")]


def test_attribute_lone_first_name_shared_by_two_people_stays_alone() -> None:
    assert _speakers("""
        Anouk/PROPN/B-PER Verbeek/PROPN/I-PER sprak/VERB:Fin,Past/=spreken met Anouk/PROPN/B-PER
          Zuidhoek/PROPN/I-PER .
        Anouk/PROPN/B-PER zei/VERB:Fin,Past/=zeggen dat/SCONJ de brug/NOUN in mei/NOUN
          opengaat/VERB:Fin/=opengaan .
    """) == [("de brug in mei opengaat", "Anouk")]


def test_attribute_surname_to_the_full_name() -> None:
    assert _speakers("""
        Anouk/PROPN/B-PER Verbeek/PROPN/I-PER opende/VERB:Fin,Past/=openen de vergadering/NOUN .
        Verbeek/PROPN/B-PER zei/VERB:Fin,Past/=zeggen dat/SCONJ de brug/NOUN in mei/NOUN
          opengaat/VERB:Fin/=opengaan .
    """) == [("de brug in mei opengaat", "Anouk Verbeek")]


def test_attribute_coordinated_names_speak_together() -> None:
    assert _speakers("""
        Anouk/PROPN/B-PER Verbeek/PROPN/I-PER en Kees/PROPN/B-PER Bakker/PROPN/I-PER zeggen/VERB:Fin,Plur/=zeggen
          dat/SCONJ de brug/NOUN opengaat/VERB:Fin/=opengaan .
    """) == [("de brug opengaat", "Anouk Verbeek en Kees Bakker")]


def test_attribute_organisation_keeps_its_article() -> None:
    assert _speakers("""
        Het OM/PROPN/B-ORG laat/VERB:Fin/=laten weten/VERB:Inf/=weten dat/SCONJ de verdachte/NOUN
          langer/ADJ vastzit/VERB:Fin/=vastzitten .
    """) == [("de verdachte langer vastzit", "het OM")]


@pytest.mark.parametrize("pronoun", ["Ik/PRON:Prs", "We/PRON:Prs"])
def test_attribute_unresolved_first_person_has_no_name(pronoun: str) -> None:
    assert _speakers(f"""
        {pronoun} denk/VERB:Fin/=denken dat/SCONJ het/PRON:Prs misgaat/VERB:Fin/=misgaan .
    """) == [("het misgaat", None)]


def test_extract_end_to_end_speaker_record() -> None:
    doc = build("""
        Pieter/PROPN/B-PER de/PROPN/I-PER Vries/PROPN/I-PER traint/VERB:Fin/=trainen de club/NOUN .
        " We/PRON:Prs spelen/VERB:Fin/=spelen te/ADV slordig/ADJ " , zei/VERB:Fin,Past/=zeggen hij/PRON:Prs .
    """)
    quotes, mentions = extract(doc)
    assert len(quotes) == 1
    q = quotes[0]
    assert (q.text, q.type, q.sentence) == ("We spelen te slordig", "direct", 1)
    assert doc.text[q.start : q.end] == q.text
    assert q.cue is not None and (q.cue.text, q.cue.statement) == ("zei", "says")
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind) == ("Pieter de Vries", "pronoun")
    assert doc.text[q.speaker.start or 0 : q.speaker.end or 0] == "hij"
    assert [(m.text, m.start) for m in q.speaker.mentions] == [
        ("Pieter de Vries", 0), ("hij", doc.text.index("hij"))
    ]
    assert 0.0 <= (q.speaker.confidence or 0.0) <= 1.0
    # Mentions inside the quote ("We") are mentions too.
    assert [(m.text, m.kind, m.label) for m in mentions] == [
        ("Pieter de Vries", "name", "PER"), ("de club", "organisation", "ORG"),
        ("We", "pronoun", "PER"), ("hij", "pronoun", "PER"),
    ]


def test_extract_end_to_end_unattributed_quote_has_no_speaker() -> None:
    doc = build("""
        " Dit/PRON:Dem gaat/VERB:Fin/=gaan echt/ADV nooit/ADV meer/ADV goed/ADJ . "
    """)
    quotes, _ = extract(doc)
    assert [(q.text, q.speaker, q.evidence) for q in quotes] == [
        ("Dit gaat echt nooit meer goed.", None, "no attribution found")
    ]


def test_extract_rejects_other_languages() -> None:
    with pytest.raises(ValueError):
        extract(build("Hello/INTJ ."), lang="fr")


def test_attribute_plural_pronoun_to_the_last_group() -> None:
    assert _attributed("""
        De ouders/NOUN:Plur zijn/AUX:Fin,Plur/=zijn boos/ADJ .
        Zij/PRON:Prs/@zeggen:nsubj zeggen/VERB:Fin,Plur/=zeggen dat/SCONJ de school/NOUN te/ADV klein/ADJ
          is/AUX:Fin/=zijn .
    """) == [(
        "de school te klein is", "De ouders",
        'subject of "zeggen"; "Zij" → De ouders: the last group named',
    )]


def test_attribute_role_with_nationality_to_the_person_of_that_nationality() -> None:
    # Two presidents: the nationality given with the role decides.
    assert _speakers("""
        De Zweedse/ADJ president/NOUN Erik/PROPN/B-PER Lund/PROPN/I-PER sprak/VERB:Fin/=spreken met
          de Finse/ADJ president/NOUN Aino/PROPN/B-PER Lahti/PROPN/I-PER .
        De Zweedse/ADJ president/NOUN zei/VERB:Fin/=zeggen dat/SCONJ de grens/NOUN dichtgaat/VERB:Fin/=dichtgaan .
    """) == [("de grens dichtgaat", "Erik Lund")]


def test_attribute_standalone_quotes_over_a_paragraph_break() -> None:
    assert _attributed("""
        Trainer/NOUN Rob/PROPN/B-PER Meijer/PROPN/I-PER was/AUX:Fin/=zijn na/ADP afloop/NOUN duidelijk/ADJ .
        " We/PRON:Prs speelden/VERB:Fin/=spelen slecht/ADJ .

        " Volgende/ADJ week/NOUN moet/AUX:Fin/=moeten het/PRON:Prs beter/ADJ . "
    """) == [
        ("We speelden slecht.", "Rob Meijer", "standalone quote after a sentence about Rob Meijer"),
        ("Volgende week moet het beter.", "Rob Meijer", "continues the quotes of Rob Meijer"),
    ]


def test_attribute_cued_quote_speaker_wins_over_the_discourse() -> None:
    assert _speakers("""
        Els/PROPN/B-PER Zuidhoek/PROPN/I-PER kwam/VERB:Fin/=komen ook/ADV .
        " De kade/NOUN is/AUX:Fin/=zijn veel/ADV te/ADV laag/ADJ " , zegt/VERB:Fin/=zeggen
          havenmeester/NOUN Joris/PROPN/B-PER Kramer/PROPN/I-PER/@zegt:nsubj .
    """) == [("De kade is veel te laag", "Joris Kramer")]


def test_attribute_a_new_paragraph_that_opens_on_another_person_hands_the_floor() -> None:
    rows = _attributed("""
        " We/PRON:Prs openen/VERB:Fin/=openen de brug/NOUN in het voorjaar/NOUN " , zegt/VERB:Fin/=zeggen
          wethouder/NOUN Anouk/PROPN/B-PER Verbeek/PROPN/I-PER .

        Tjalling/PROPN/B-PER Oosterbeek/PROPN/I-PER/@Tjalling:flat woont/VERB:Fin/=wonen/@root
          naast/ADP de brug/NOUN .
        " Ik/PRON:Prs hoor/VERB:Fin/=horen elke/DET nacht/NOUN het verkeer/NOUN . "
    """)
    assert rows[1][:2] == ("Ik hoor elke nacht het verkeer.", "Tjalling Oosterbeek")


def test_attribute_a_named_person_acting_within_the_paragraph_is_narration() -> None:
    rows = _attributed("""
        " We/PRON:Prs openen/VERB:Fin/=openen de brug/NOUN in het voorjaar/NOUN " , zegt/VERB:Fin/=zeggen
          wethouder/NOUN Anouk/PROPN/B-PER Verbeek/PROPN/I-PER .
          Tjalling/PROPN/B-PER Oosterbeek/PROPN/I-PER/@Tjalling:flat knikt/VERB:Fin/=knikken/@root .
        " Dat/PRON:Dem is/AUX:Fin/=zijn echt/ADV beloofd/VERB:Part/=beloven . "
    """)
    assert rows[1][:2] == ("Dat is echt beloofd.", "Anouk Verbeek")


def test_attribute_a_quote_inside_a_sentence_about_a_person_is_that_persons() -> None:
    # No reporting verb, but the sentence is about what its subject does with the words.
    rows = _attributed("""
        " We/PRON:Prs openen/VERB:Fin/=openen de brug/NOUN in het voorjaar/NOUN " , zegt/VERB:Fin/=zeggen
          wethouder/NOUN Anouk/PROPN/B-PER Verbeek/PROPN/I-PER .
        Tjalling/PROPN/B-PER Oosterbeek/PROPN/I-PER/@Tjalling:flat stuurde/VERB:Fin,Past/=sturen/@root
          een brief/NOUN over " een veel/ADV te/ADV smalle/ADJ brug/NOUN voor/ADP de bussen/NOUN:Plur " .
    """)
    assert rows[1][:2] == ("een veel te smalle brug voor de bussen", "Tjalling Oosterbeek")


def test_attribute_a_verb_the_parse_gives_two_subjects_has_the_first() -> None:
    # Object-first order is possible in Dutch, so parsers sometimes mark both
    # people as the verb's subject; the one before the verb is the subject.
    assert _speakers("""
        Voorzitter/NOUN/@begrijpt:nsubj Kees/PROPN/B-PER/@Voorzitter:appos Bakker/PROPN/I-PER/@Kees:flat
          begrijpt/VERB:Fin/=begrijpen/@root Joris/PROPN/B-PER/@begrijpt:nsubj wel/ADV .
        Hij/PRON:Prs/@zei:nsubj zei/VERB:Fin,Past/=zeggen/@root dat/SCONJ de kade/NOUN te/ADV laag/ADJ is/AUX:Fin/=zijn .
    """) == [("de kade te laag is", "Kees Bakker")]


def test_attribute_two_first_names_share_the_surname_after_the_second() -> None:
    rows = _attributed("""
        Het huis/NOUN van Wendela/PROPN/B-PER en Tjalling/PROPN/B-PER Oosterbeek/PROPN/I-PER/@Tjalling:flat
          brandde/VERB:Fin,Past/=branden af/ADP:Post .
        Wendela/PROPN/B-PER/@zei:nsubj zei/VERB:Fin,Past/=zeggen/@root dat/SCONJ de brand/NOUN
          snel/ADJ ging/VERB:Fin,Past/=gaan .
    """)
    assert rows[0][:2] == ("de brand snel ging", "Wendela Oosterbeek")


def test_attribute_the_name_after_a_preposition_before_a_colon_is_the_topic() -> None:
    # A headline "X over Y: '…'": X speaks about Y.
    assert _speakers("""
        Anouk/PROPN/B-PER Verbeek/PROPN/I-PER over/ADP Pieter/PROPN/B-PER Zuidhoek/PROPN/I-PER :
          " Hij/PRON:Prs/@heeft:nsubj heeft/AUX:Fin/=hebben/@root gelijk/NOUN/@heeft:obj . "
    """) == [("Hij heeft gelijk.", "Anouk Verbeek")]


def test_attribute_first_person_outside_quotes_is_the_person_of_the_headline() -> None:
    # An interview printed as questions and answers: the headline names whom it is
    # about, even when the answers mention someone else more often.
    rows = _speakers("""
        Gesprek/NOUN met/ADP Anna/PROPN/B-PER Visser/PROPN/I-PER

        Pieter/PROPN/B-PER Zuidhoek/PROPN/I-PER/@won:nsubj won/VERB:Fin,Past/=winnen/@root de race/NOUN .
        Pieter/PROPN/B-PER Zuidhoek/PROPN/I-PER/@lachte:nsubj lachte/VERB:Fin,Past/=lachen/@root .
        Ik/PRON:Prs/@denk:nsubj denk/VERB:Fin/=denken/@root dat/SCONJ de prijs/NOUN/@is:nsubj
          hoog/ADJ is/AUX:Fin/=zijn/@denk:ccomp .
    """)
    assert rows[-1] == ("de prijs hoog is", "Anna Visser")


def test_attribute_pronoun_to_a_name_after_its_title_and_field() -> None:
    # "Lector X-kunde Y, …, is kritisch. Hij wijst erop dat …": the titled name opens
    # the sentence; "hij" is Y, not the man quoted before.
    rows = _speakers("""
        Kees/PROPN/B-PER Bakker/PROPN/I-PER zegt/VERB:Fin/=zeggen dat/SCONJ de bus/NOUN te/ADV laat/ADJ is/AUX:Fin/=zijn .

        Hoogleraar/NOUN/@is:nsubj Duitse/ADJ/@letterkunde:amod letterkunde/NOUN/@Hoogleraar:appos Bram/PROPN/B-PER/@letterkunde:appos
          Okafor/PROPN/I-PER/@Bram:flat ,/PUNCT geen/DET familie/NOUN ,/PUNCT is/AUX:Fin/=zijn/@root kritisch/ADJ/@is:xcomp .
        Hij/PRON:Prs,Gender=Masc wijst/VERB:Fin/=wijzen erop/ADV dat/SCONJ de bus/NOUN vaak/ADV stilstaat/VERB:Fin/=stilstaan .
    """)
    assert rows[-1] == ("de bus vaak stilstaat", "Bram Okafor")


def test_nationality_comes_from_an_adjective_in_the_names_own_phrase() -> None:
    # "hulp aan Finland, zei X": a country nearby says nothing of X; "de Finse
    # minister van Handel, Y" gives Y the nationality, past the apposition's comma.
    from wiezegtwat.quotes.attribute import Resolver

    doc = build("""
        Wij/PRON:Prs helpen/VERB:Fin/=helpen Finland/PROPN/B-LOC ,/PUNCT zei/VERB:Fin,Past/=zeggen
          Kees/PROPN/B-PER Bakker/PROPN/I-PER/@Kees:flat .
        De/DET:Art Finse/ADJ minister/NOUN van/ADP Handel/PROPN/B-ORG ,/PUNCT Aino/PROPN/B-PER
          Virtanen/PROPN/I-PER/@Aino:flat ,/PUNCT komt/VERB:Fin/=komen ook/ADV .
    """)
    res = Resolver(doc, find_mentions(doc, NL), [], NL)
    assert res.nationality.get("virtanen") == "fin"
    assert "bakker" not in res.nationality


def test_attribute_a_title_coordinated_before_a_name_is_that_person() -> None:
    rows = _speakers("""
        Volgens/ADP festivalorganisator/NOUN en gemeenteraadslid/NOUN Jan/PROPN/B-PER
          Mertens/PROPN/I-PER valt/VERB:Fin/=vallen de schade/NOUN mee/ADV ./PUNCT
    """)
    assert [name for _, name in rows] == ["Jan Mertens"]


def test_attribute_an_organisation_set_beside_a_role_is_who_it_describes() -> None:
    rows = _speakers("""
        Jan/PROPN/B-PER Mertens/PROPN/I-PER/@Jan:flat zegt/VERB:Fin/=zeggen dat/SCONJ het/PRON:Prs
          regent/VERB:Fin/=regenen ./PUNCT
        De eigenaar/NOUN/@maakte:nsubj ,/PUNCT de Britse/ADJ brouwerijgroep/NOUN Brewco/PROPN/B-LOC Holdings/PROPN/I-LOC
          ,/PUNCT maakte/VERB:Fin/=maken/@root bekend/ADJ dat/SCONJ de verkoop/NOUN doorgaat/VERB:Fin/=doorgaan ./PUNCT
    """)
    assert rows == [("het regent", "Jan Mertens"), ("de verkoop doorgaat", "Brewco Holdings")]


def test_attribute_a_title_with_its_field_right_before_a_name_is_that_person() -> None:
    rows = _speakers("""
        Jan/PROPN/B-PER Mertens/PROPN/I-PER/@Jan:flat zegt/VERB:Fin/=zeggen dat/SCONJ het/PRON:Prs
          regent/VERB:Fin/=regenen ./PUNCT
        Volgens/ADP minister/NOUN van Verkeer/PROPN/B-MISC Ria/PROPN/B-PER Smeets/PROPN/I-PER is/AUX:Fin/=zijn
          de weg/NOUN dicht/ADJ ./PUNCT
    """)
    assert [name for _, name in rows] == ["Jan Mertens", "Ria Smeets"]


def test_attribute_a_participle_after_its_finite_verb_takes_no_subject_after_it() -> None:
    # "De overheid heeft leraars gevraagd de leerlingen …": the pupils are not who asked.
    rows = _speakers("""
        De overheid/NOUN heeft/AUX:Fin/=hebben leraars/NOUN:Plur gevraagd/VERB:Part/=vragen de
          leerlingen/NOUN:Plur huiswerk/NOUN te/ADP geven/VERB:Inf/=geven ./PUNCT
    """)
    assert [name for _, name in rows] == ["De overheid"]


def test_attribute_a_party_in_brackets_after_a_person_is_no_acronym_of_that_person() -> None:
    # "Piet Bos (VVD)" gives his party; "de VVD zegt" is the party speaking, not him.
    rows = _speakers("""
        Piet/PROPN/B-PER Bos/PROPN/I-PER/@Piet:flat (/PUNCT VVD/PROPN/B-ORG )/PUNCT is/AUX:Fin/=zijn
          boos/ADJ ./PUNCT
        De VVD/PROPN/B-ORG/@zegt:nsubj zegt/VERB:Fin/=zeggen/@root dat/SCONJ het plan/NOUN te/ADV
          duur/ADJ is/AUX:Fin/=zijn ./PUNCT
    """)
    assert [name for _, name in rows] == ["de VVD"]


def test_attribute_a_credit_line_under_a_quote_is_its_speaker_not_a_line_of_dialogue() -> None:
    # A dash opening a paragraph starts a line of dialogue in Dutch; right under a
    # quote and holding only a name and its place, it credits that quote.
    rows = _speakers("""
        Kees/PROPN/B-PER Bakker/PROPN/I-PER/@Kees:flat opende/VERB:Fin,Past/=openen/@root de brug/NOUN .

        "/PUNCT Een/DET mooie/ADJ dag/NOUN voor/ADP de stad/NOUN ./PUNCT "/PUNCT

        —/PUNCT Anouk/PROPN/B-PER Verbeek/PROPN/I-PER/@Anouk:flat ,/PUNCT op/ADP/@media:case sociale/ADJ media/NOUN ./PUNCT
    """)
    assert rows == [("Een mooie dag voor de stad.", "Anouk Verbeek")]


def test_attribute_a_line_of_dialogue_addressing_someone_is_no_credit_line() -> None:
    rows = _speakers("""
        Kees/PROPN/B-PER Bakker/PROPN/I-PER/@Kees:flat opende/VERB:Fin,Past/=openen/@root de brug/NOUN .

        "/PUNCT Een/DET mooie/ADJ dag/NOUN voor/ADP de stad/NOUN ./PUNCT "/PUNCT

        —/PUNCT Anouk/PROPN/B-PER ,/PUNCT kom/VERB:Fin/=komen/@root hier/ADV !/PUNCT
    """)
    assert [text for text, _ in rows] == ["Een mooie dag voor de stad.", "Anouk, kom hier!"]


def test_attribute_a_title_parsed_as_subject_with_its_name_apposed_is_no_subject() -> None:
    # Frog may parse "Hij bracht premier X op de hoogte" with the title as a second
    # subject and the name in apposition; only a name set off by commas is apposed
    # to a subject.
    rows = _speakers("""
        Kees/PROPN/B-PER Bakker/PROPN/I-PER/@Kees:flat zegt/VERB:Fin/=zeggen/@root dat/SCONJ/@klopt:mark
          het/PRON:Prs/@klopt:nsubj klopt/VERB:Fin/=kloppen/@zegt:ccomp .
        Hij/PRON:Prs/@bracht:nsubj bracht/VERB:Fin,Past/=brengen/@root premier/NOUN/@bracht:nsubj
          Jan/PROPN/B-PER/@premier:appos Zuidhoek/PROPN/I-PER/@Jan:flat op/ADP de hoogte/NOUN .

        "/PUNCT Ik/PRON:Prs was/AUX:Fin,Past/=zijn/@root er/ADV niet/ADV bij/ADV ,/PUNCT "/PUNCT
          zei/VERB:Fin,Past/=zeggen hij/PRON:Prs ./PUNCT
    """)
    assert rows[-1] == ("Ik was er niet bij,", "Kees Bakker")


def test_attribute_comma_inside_the_marks_then_any_verb_and_its_subject() -> None:
    # '"…," glimlachte X': the quote's own comma and verb-first order say whose words
    # they are, whatever the verb (a verb no cue list holds).
    rows = _speakers("""
        Kees/PROPN/B-PER Bakker/PROPN/I-PER/@Kees:flat zegt/VERB:Fin/=zeggen/@root dat/SCONJ/@klopt:mark
          het/PRON:Prs/@klopt:nsubj klopt/VERB:Fin/=kloppen/@zegt:ccomp .

        "/PUNCT We/PRON:Prs gaan/VERB:Fin/=gaan/@root door/ADP ,/PUNCT "/PUNCT glimlachte/VERB:Fin,Past/=glimlachen
          Anouk/PROPN/B-PER Verbeek/PROPN/I-PER/@Anouk:flat ./PUNCT
    """)
    assert rows[-1] == ("We gaan door,", "Anouk Verbeek")


def test_attribute_a_question_after_a_question_in_marks_is_no_frame() -> None:
    # '"…?" Heb ik …?': a capital says a new sentence starts; "ik" is no source of the quote.
    rows = _attributed("""
        Kees/PROPN/B-PER Bakker/PROPN/I-PER/@Kees:flat zegt/VERB:Fin/=zeggen/@root :/PUNCT
          "/PUNCT Waarom/ADV gaan/VERB:Fin/=gaan we/PRON:Prs nu/ADV weg/ADV ?/PUNCT "/PUNCT
          Heb/AUX:Fin/=hebben ik/PRON:Prs dat/PRON gezegd/VERB:Part/=zeggen ?/PUNCT
    """)
    assert all(not how.startswith("quote, ") for _, _, how in rows)


def test_attribute_indefinite_description_with_a_capitalised_noun_and_a_verb_tagged_adjective() -> None:
    # Taggers take a demonym for a place and an inflected participle for a verb; the
    # phrase after an indefinite article in the subject slot is still a description.
    assert _attributed("""
        " De rij/NOUN was/AUX:Fin,Past/=zijn veel/ADV te/ADV lang/ADJ " , zegt/VERB:Fin/=zeggen
          een/DET:Art,Definite=Ind boze/VERB:Fin,Past/=bozen Zeeuw/PROPN/B-LOC tegen/ADP de krant/NOUN .
    """) == [("De rij was veel te lang", "een boze Zeeuw", 'subject after "zegt"; unnamed source, as described')]


def test_attribute_indefinite_article_before_a_persons_name_keeps_the_name() -> None:
    assert _speakers("""
        " Dit/PRON:Dem is/AUX:Fin/=zijn een schande/NOUN " , aldus/ADV een/DET:Art,Definite=Ind
          verbaasde/VERB:Part/=verbazen Kees/PROPN/B-PER Bakker/PROPN/I-PER .
    """) == [("Dit is een schande", "Kees Bakker")]


def test_attribute_description_keeps_a_word_split_at_its_apostrophe() -> None:
    assert _speakers("""
        " Dit/PRON:Dem is/AUX:Fin/=zijn een schande/NOUN " , aldus/ADV een/DET:Art,Definite=Ind
          ABC/PROPN/B-ORG ^'/PUNCT ^er/PRON:Dem uit/ADP de buurt/NOUN/@uit:obj .
    """) == [("Dit is een schande", "een ABC'er uit de buurt")]


def test_attribute_pronoun_to_a_name_that_closes_the_phrase_before_the_finite_verb() -> None:
    # Verb second: "Voorzitter van de bond X heeft …" — the name ends the one phrase
    # before the finite verb, which is the subject (the parse hangs it elsewhere).
    rows = _speakers("""
        De woordvoerster/NOUN zei/VERB:Fin,Past/=zeggen dat/SCONJ de bus/NOUN rijdt/VERB:Fin/=rijden .
        Voorzitter/NOUN/@root van/ADP de Fietsbond/PROPN/B-ORG Anna/PROPN/B-PER/@Fietsbond:flat
          Zuidhoek/PROPN/I-PER/@Fietsbond:flat heeft/AUX:Fin/=hebben/@root gisteren/ADV
          geklaagd/VERB:Part,Past/=klagen/@heeft:xcomp .
        Zij/PRON:Prs vindt/VERB:Fin/=vinden dat/SCONJ de brug/NOUN te/ADV smal/ADJ is/AUX:Fin/=zijn .
    """)
    assert rows == [("de bus rijdt", "De woordvoerster"), ("de brug te smal is", "Anna Zuidhoek")]


def test_attribute_pronoun_inside_a_report_stands_for_the_reporting_verbs_subject() -> None:
    # "De X zei dat … volgens hem …": "hem" is whoever "zei", named or described.
    rows = _speakers("""
        Piet/PROPN/B-PER Bos/PROPN/I-PER/@zegt:nsubj zegt/VERB:Fin/=zeggen/@root dat/SCONJ de brug/NOUN/@gaat:nsubj
          dicht/ADJ gaat/VERB:Fin/=gaan/@zegt:ccomp .
        De ambassadeur/NOUN/@zei:nsubj van/ADP Noorwegen/PROPN/B-LOC zei/VERB:Fin,Past/=zeggen/@root dat/SCONJ
          de bond/NOUN/@heeft:nsubj volgens/ADP/@bond:obl hem/PRON:Prs/@volgens:obj „/PUNCT met/ADP volle/ADJ
          opzet/NOUN en/CCONJ tegen/ADP beter/ADJ weten/NOUN in/ADP ”/PUNCT te/ADV laat/ADJ
          heeft/AUX:Fin/=hebben/@zei:ccomp gereageerd/VERB:Part,Past/=reageren/@heeft:xcomp .
    """)
    assert [s for _, s in rows] == ["Piet Bos", "De ambassadeur van Noorwegen"]


def test_attribute_pronoun_to_a_titled_name_right_after_the_first_verb() -> None:
    rows = _speakers("""
        De woordvoerster/NOUN zei/VERB:Fin,Past/=zeggen dat/SCONJ de bus/NOUN rijdt/VERB:Fin/=rijden .
        Vorig/ADJ jaar/NOUN werd/AUX:Fin,Past/=worden/@root wethouder/NOUN Anna/PROPN/B-PER/@wethouder:appos
          Zuidhoek/PROPN/I-PER/@Anna:flat verrast/VERB:Part,Past/=verrassen/@werd:xcomp .
        Zij/PRON:Prs vindt/VERB:Fin/=vinden dat/SCONJ de brug/NOUN te/ADV smal/ADJ is/AUX:Fin/=zijn .
    """)
    assert rows == [("de bus rijdt", "De woordvoerster"), ("de brug te smal is", "Anna Zuidhoek")]


def test_attribute_a_second_subject_behind_a_preposition_is_no_source() -> None:
    # The parse gives "zegt" two subjects; the one after "tegen" is the addressee.
    rows = _speakers("""
        Een/NUM/@zegt:nsubj van/ADP/@Een:nmod de medewerkers/NOUN:Plur/=medewerker/@van:obj
          zegt/VERB:Fin/=zeggen/@root tegen/ADP/@zegt:xcomp de Dorpskrant/PROPN/B-ORG/@zegt:nsubj :/PUNCT
          "/PUNCT Wij/PRON:Prs gaan/VERB:Fin/=gaan door/ADV ./PUNCT "/PUNCT
    """)
    assert rows == [("Wij gaan door.", "de medewerkers")]


def test_attribute_a_description_with_a_name_set_beside_it_is_that_person() -> None:
    rows = _speakers("""
        Een/NUM van/ADP de bewoners/NOUN:Plur/=bewoner ,/PUNCT Anna/PROPN/B-PER Zuidhoek/PROPN/I-PER ,/PUNCT
          liet/VERB:Fin,Past/=laten weten/VERB:Inf/=weten dat/SCONJ de brug/NOUN te/ADV smal/ADJ is/AUX:Fin/=zijn .
    """)
    assert rows == [("de brug te smal is", "Anna Zuidhoek")]


def test_attribute_a_demonstrative_subject_is_the_person_named_last_before_it() -> None:
    # "Die zei …": not the earlier sentence's subject, the person named last.
    rows = _speakers("""
        Kees/PROPN/B-PER Bakker/PROPN/I-PER/@gaf:nsubj gaf/VERB:Fin,Past/=geven/@root de brief/NOUN aan/ADP
          wethouder/NOUN Anna/PROPN/B-PER Zuidhoek/PROPN/I-PER .
        Die/PRON:Dem/@zei:nsubj zei/VERB:Fin,Past,Sing/=zeggen/@root dat/SCONJ de brug/NOUN te/ADV smal/ADJ
          is/AUX:Fin/=zijn/@zei:ccomp .
    """)
    assert rows == [("de brug te smal is", "Anna Zuidhoek")]


def test_attribute_a_number_alone_counts_the_persons_named_before() -> None:
    rows = _speakers("""
        Anna/PROPN/B-PER Zuidhoek/PROPN/I-PER sprak/VERB:Fin,Past/=spreken met/ADP Kees/PROPN/B-PER Bakker/PROPN/I-PER .
        De twee/NUM/@vonden:nsubj vonden/VERB:Fin,Past/=vinden/@root dat/SCONJ
          de brug/NOUN open/ADJ moet/AUX:Fin/=moeten/@vonden:ccomp .
    """)
    assert rows == [("de brug open moet", "Anna Zuidhoek en Kees Bakker")]


def test_attribute_the_second_half_after_a_first_half_too_short_to_be_a_quote() -> None:
    # '"Tja", zei X, "…"': the one-word first half is no quote, so the cue is the second's.
    rows = _speakers("""
        Joris/PROPN/B-PER en/CCONJ Anna/PROPN/B-PER liepen/VERB:Fin,Past/=lopen naar/ADP huis/NOUN .
        "/PUNCT Tja/INTJ "/PUNCT ,/PUNCT zei/VERB:Fin,Past/=zeggen Kees/PROPN/B-PER Bakker/PROPN/I-PER ,/PUNCT
          "/PUNCT de brug/NOUN gaat/VERB:Fin/=gaan morgen/ADV weer/ADV open/ADJ ./PUNCT "/PUNCT
    """)
    assert rows == [("de brug gaat morgen weer open.", "Kees Bakker")]


def test_attribute_the_second_half_after_a_first_half_that_is_a_title() -> None:
    # '"Beste Anna," zei X, "…"': a capitalised two-word address reads as a title.
    rows = _speakers("""
        Joris/PROPN/B-PER en/CCONJ Anna/PROPN/B-PER liepen/VERB:Fin,Past/=lopen naar/ADP huis/NOUN .
        "/PUNCT Beste/ADJ Anna/PROPN/B-PER ,/PUNCT "/PUNCT zei/VERB:Fin,Past/=zeggen Kees/PROPN/B-PER
          Bakker/PROPN/I-PER ,/PUNCT "/PUNCT de brug/NOUN gaat/VERB:Fin/=gaan morgen/ADV weer/ADV open/ADJ ./PUNCT "/PUNCT
    """)
    assert rows[-1] == ("de brug gaat morgen weer open.", "Kees Bakker")


def test_attribute_a_dash_between_the_quote_and_its_cue() -> None:
    rows = _speakers("""
        Joris/PROPN/B-PER en/CCONJ Anna/PROPN/B-PER liepen/VERB:Fin,Past/=lopen naar/ADP huis/NOUN .
        "/PUNCT De brug/NOUN gaat/VERB:Fin/=gaan morgen/ADV weer/ADV open/ADJ "/PUNCT -/PUNCT zei/VERB:Fin,Past/=zeggen
          Kees/PROPN/B-PER Bakker/PROPN/I-PER ./PUNCT
    """)
    assert rows == [("De brug gaat morgen weer open", "Kees Bakker")]
