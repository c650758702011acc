"""quotes/detect.py on hand-built documents: which spans are quotes, their cue and source."""

from __future__ import annotations

from docbuilder import build, span

from wiezegtwat.lang.nl import NL
from wiezegtwat.quotes.detect import Candidate, Detector
from wiezegtwat.quotes.mentions import find_mentions
from wiezegtwat.records import Doc

Row = tuple[str, str, str | None, str | None]  # (quote text, type, cue, source mention)


def _detect(source: str) -> tuple[Doc, list[Candidate]]:
    doc = build(source)
    cands = Detector(doc, find_mentions(doc, NL), NL).run()
    return doc, cands


def _rows(source: str) -> list[Row]:
    doc, cands = _detect(source)
    return [
        (doc.text[c.start : c.end], c.type, c.cue.text if c.cue else None,
         c.speaker.text if c.speaker else None)
        for c in cands
    ]


def test_detect_x_says_that_y() -> None:
    doc, cands = _detect("""
        Wethouder/NOUN Anouk/PROPN/B-PER Verbeek/PROPN/I-PER zegt/VERB:Fin/=zeggen dat/SCONJ
          de brug/NOUN in het voorjaar/NOUN opengaat/VERB:Fin/=opengaan .
    """)
    assert len(cands) == 1
    c = cands[0]
    assert (c.start, c.end) == span(doc.text, "de brug in het voorjaar opengaat")
    assert (c.type, c.sent, c.attributed) == ("indirect", 0, True)
    assert c.cue is not None and (c.cue.text, c.cue.lemma, c.cue.statement) == ("zegt", "zeggen", "says")
    assert (c.cue.start, c.cue.end) == span(doc.text, "zegt")
    assert c.speaker is not None and c.speaker.text == "Anouk Verbeek"


def test_detect_x_asks_whether_y_and_thinks_statement() -> None:
    assert _rows("""
        Kees/PROPN/B-PER vraagt/VERB:Fin/=vragen of/SCONJ de bus/NOUN nog/ADV rijdt/VERB:Fin/=rijden .
        Els/PROPN/B-PER vreest/VERB:Fin/=vrezen dat/SCONJ het/PRON:Prs misgaat/VERB:Fin/=misgaan .
    """) == [
        ("de bus nog rijdt", "indirect", "vraagt", "Kees"),
        ("het misgaat", "indirect", "vreest", "Els"),
    ]
    _, cands = _detect("Els/PROPN/B-PER vreest/VERB:Fin/=vrezen dat/SCONJ het/PRON:Prs misgaat/VERB:Fin .")
    assert cands[0].cue is not None and cands[0].cue.statement == "thinks"


def test_detect_y_comma_says_x() -> None:
    assert _rows("""
        De bouw/NOUN loopt/VERB:Fin/=lopen flinke/ADJ vertraging/NOUN op/ADP:Post , zegt/VERB:Fin/=zeggen
          Kees/PROPN/B-PER Bakker/PROPN/I-PER .
    """) == [("De bouw loopt flinke vertraging op", "indirect", "zegt", "Kees Bakker")]


def test_detect_y_comma_says_titled_x() -> None:
    assert _rows("""
        De prijzen/NOUN:Plur stijgen/VERB:Fin/=stijgen nog/ADV even/ADV door/ADP:Post , denkt/VERB:Fin/=denken
          econoom/NOUN Sanne/PROPN/B-PER Bakker/PROPN/I-PER .
    """) == [("De prijzen stijgen nog even door", "indirect", "denkt", "Sanne Bakker")]


def test_detect_volgens_x() -> None:
    assert _rows("""
        Volgens/ADP Kees/PROPN/B-PER Bakker/PROPN/I-PER is/AUX:Fin/=zijn de brug/NOUN te/ADV smal/ADJ .
    """) == [("Volgens Kees Bakker is de brug te smal.", "indirect", "Volgens", "Kees Bakker")]


def test_detect_volgens_a_norm_is_no_source() -> None:
    assert _rows("""
        Volgens/ADP de regels/NOUN:Plur is/AUX:Fin/=zijn de brug/NOUN te/ADV smal/ADJ .
    """) == []


def test_detect_volgens_a_described_source() -> None:
    assert _rows("""
        Volgens/ADP een omstander/NOUN reed/VERB:Fin/=rijden de auto/NOUN veel/ADV te/ADV hard/ADJ .
    """) == [("Volgens een omstander reed de auto veel te hard.", "indirect", "Volgens", "een omstander")]


def test_detect_aldus_x() -> None:
    assert _rows("""
        De bouw/NOUN loopt/VERB:Fin/=lopen vertraging/NOUN op/ADP:Post , aldus/ADV een woordvoerder/NOUN
          van de gemeente/NOUN .
    """) == [("De bouw loopt vertraging op", "indirect", "aldus", "een woordvoerder van de gemeente")]


def test_detect_direct_quote_after_aldus() -> None:
    assert _rows("""
        „ Het/PRON:Prs was/AUX:Fin/=zijn een zware/ADJ wedstrijd/NOUN ” , aldus/ADV trainer/NOUN
          Rob/PROPN/B-PER Meijer/PROPN/I-PER .
    """) == [("Het was een zware wedstrijd", "direct", "aldus", "Rob Meijer")]


def test_detect_name_colon_quote() -> None:
    doc, cands = _detect("""
        Marieke/PROPN/B-PER Jansen/PROPN/I-PER : " Dit/PRON:Dem had/AUX:Fin/=hebben nooit
          mogen/AUX:Inf/=mogen gebeuren/VERB:Inf/=gebeuren . "
    """)
    assert [(doc.text[c.start : c.end], c.type, c.cue, c.speaker.text if c.speaker else None)
            for c in cands] == [("Dit had nooit mogen gebeuren.", "direct", None, "Marieke Jansen")]
    assert cands[0].how == "name before the colon"


def test_detect_a_transcript_label_the_splitter_ends_at_its_colon() -> None:
    # "VELT:" as a sentence of its own, the turn after it in the same paragraph.
    doc, cands = _detect("""
        VELT/PROPN/B-PER :/PUNCT
        Denkt/VERB:Fin/=denken u/PRON:Prs dat/SCONJ de brug/NOUN/@opengaat:nsubj opengaat/VERB:Fin/=opengaan ?/PUNCT
    """)
    assert [(doc.text[c.start : c.end], c.speaker.text if c.speaker else None, c.how) for c in cands] == [
        ("Denkt u dat de brug opengaat", "VELT", "name before the colon")]


def test_detect_cue_colon_quote() -> None:
    assert _rows("""
        Kees/PROPN/B-PER zei/VERB:Fin,Past/=zeggen : " Ik/PRON:Prs kom/VERB:Fin/=komen morgen/ADV niet . "
    """) == [("Ik kom morgen niet.", "direct", "zei", "Kees")]


def test_detect_quote_comma_cue_x() -> None:
    assert _rows("""
        " We/PRON:Prs openen/VERB:Fin/=openen de brug/NOUN in het voorjaar/NOUN " , zegt/VERB:Fin/=zeggen
          wethouder/NOUN Anouk/PROPN/B-PER Verbeek/PROPN/I-PER .
    """) == [("We openen de brug in het voorjaar", "direct", "zegt", "Anouk Verbeek")]


def test_detect_inverted_frame_with_any_finite_verb() -> None:
    assert _rows("""
        " Eindelijk/ADV hebben/AUX:Fin/=hebben we/PRON:Prs de beker/NOUN gewonnen/VERB:Part " ,
          juichte/VERB:Fin,Past/=juichen Daan/PROPN/B-PER Hoekstra/PROPN/I-PER .
    """) == [("Eindelijk hebben we de beker gewonnen", "direct", "juichte", "Daan Hoekstra")]


def test_detect_inverted_frame_with_a_title_before_the_name() -> None:
    assert _rows("""
        " Eindelijk/ADV hebben/AUX:Fin/=hebben we/PRON:Prs de beker/NOUN gewonnen/VERB:Part " ,
          juichte/VERB:Fin,Past/=juichen spits/NOUN Daan/PROPN/B-PER Hoekstra/PROPN/I-PER .
    """) == [("Eindelijk hebben we de beker gewonnen", "direct", "juichte", "Daan Hoekstra")]


def test_detect_mixed_quote() -> None:
    assert _rows("""
        Minister/NOUN Karel/PROPN/B-PER Visser/PROPN/I-PER zei/VERB:Fin,Past/=zeggen dat/SCONJ
          het voorstel/NOUN " volstrekt/ADV onhaalbaar/ADJ " is/AUX:Fin/=zijn .
    """) == [('het voorstel "volstrekt onhaalbaar" is', "mixed", "zei", "Karel Visser")]


def test_detect_mixed_quote_ending_on_the_mark_keeps_it() -> None:
    assert _rows("""
        Kees/PROPN/B-PER noemt/VERB:Fin/=noemen het plan/NOUN " een/DET:Art grote/ADJ vergissing/NOUN " .
    """) == [('het plan "een grote vergissing"', "mixed", "noemt", "Kees")]


def test_detect_negated_inverted_report_is_no_quote() -> None:
    assert _rows("""
        De brug/NOUN gaat/VERB:Fin/=gaan in mei/NOUN dicht/ADJ , zegt/VERB:Fin/=zeggen Kees/PROPN/B-PER
          niet .
    """) == []


def test_detect_negated_report_before_dat_is_no_quote() -> None:
    assert _rows("""
        Kees/PROPN/B-PER zegt/VERB:Fin/=zeggen niet dat/SCONJ de brug/NOUN in mei/NOUN
          dichtgaat/VERB:Fin/=dichtgaan .
    """) == []


def test_detect_adjectival_participle_is_no_cue() -> None:
    source = """
        Het vaak/ADV gestelde/VERB:Part,Past,Attr/=stellen argument/NOUN dat/SCONJ de brug/NOUN
          te/ADV smal/ADJ is/AUX:Fin/=zijn , klopt/VERB:Fin/=kloppen niet .
    """
    assert _rows(source) == []
    doc = build(source)
    det = Detector(doc, find_mentions(doc, NL), NL)
    assert det.cue_lemma(2) is None
    # The same word read as a verb is a cue: the feature, not the word, decides.
    doc.tokens[2].feats.pop("Attributive")
    assert det.cue_lemma(2) is not None


def test_detect_nominal_verb_is_no_cue() -> None:
    doc = build("Het zeggen/VERB:Inf,Nom/=zeggen dat/SCONJ het/PRON:Prs kan/AUX:Fin/=kunnen , helpt/VERB:Fin niet .")
    assert Detector(doc, find_mentions(doc, NL), NL).run() == []


def test_detect_title_in_marks_is_no_quote() -> None:
    assert _rows("""
        De film/NOUN ' De laatste/ADJ trein/NOUN van de avond/NOUN ' draait/VERB:Fin/=draaien
          vanaf/ADP donderdag/NOUN .
    """) == []


def test_detect_scare_quoted_word_is_no_quote() -> None:
    assert _rows("""
        Het begrip/NOUN ' duurzaam/ADJ ' wordt/AUX:Fin/=worden vaak/ADV misbruikt/VERB:Part .
    """) == []


def test_detect_long_unattributed_quote_is_a_quote_without_source() -> None:
    doc, cands = _detect("""
        De raad/NOUN vergaderde/VERB:Fin/=vergaderen .
        " Dit/PRON:Dem gaat/VERB:Fin/=gaan echt/ADV nooit/ADV meer/ADV goed/ADJ . "
    """)
    assert [(doc.text[c.start : c.end], c.type, c.speaker, c.attributed, c.sent) for c in cands] == [
        ("Dit gaat echt nooit meer goed.", "direct", None, False, 1)
    ]


def test_detect_cue_inside_a_direct_quote_is_the_quoted_persons_words() -> None:
    assert _rows("""
        " Ik/PRON:Prs denk/VERB:Fin/=denken dat/SCONJ het/PRON:Prs misgaat/VERB:Fin , " zegt/VERB:Fin/=zeggen
          Els/PROPN/B-PER .
    """) == [("Ik denk dat het misgaat,", "direct", "zegt", "Els")]


def test_detect_dialogue_line_with_aside() -> None:
    assert _rows("""
        – Ik/PRON:Prs kom/VERB:Fin/=komen morgen/ADV terug/ADV , zei/VERB:Fin,Past/=zeggen Anouk/PROPN/B-PER .
    """) == [("Ik kom morgen terug", "direct", "zei", "Anouk")]


def test_detect_relative_pronoun_is_the_source() -> None:
    assert _rows("""
        Het plan/NOUN komt/VERB:Fin/=komen van wethouder/NOUN Anouk/PROPN/B-PER Verbeek/PROPN/I-PER ,
          die/PRON:Rel zegt/VERB:Fin/=zeggen dat/SCONJ het/PRON:Prs snel/ADJ moet/AUX:Fin/=moeten .
    """) == [("het snel moet", "indirect", "zegt", "die")]


def test_detect_te_infinitive_complement() -> None:
    assert _rows("""
        Kees/PROPN/B-PER zei/VERB:Fin,Past/=zeggen open/ADJ te/ADP staan/VERB:Inf/=staan voor
          een gesprek/NOUN .
    """) == [("open te staan voor een gesprek", "indirect", "zei", "Kees")]


def test_detect_that_said_x_reports_the_previous_sentence() -> None:
    assert _rows("""
        De brug/NOUN gaat/VERB:Fin/=gaan in mei/NOUN dicht/ADJ .
        Dat/PRON:Dem zei/VERB:Fin,Past/=zeggen Kees/PROPN/B-PER Bakker/PROPN/I-PER gisteren/ADV .
    """) == [("De brug gaat in mei dicht.", "indirect", "zei", "Kees Bakker")]


def test_detect_inverted_perfect_zo_heeft_x_getweet() -> None:
    assert _rows("""
        De brug/NOUN gaat/VERB:Fin/=gaan in mei/NOUN dicht/ADJ , zo/ADV heeft/AUX:Fin/=hebben
          Kees/PROPN/B-PER getweet/VERB:Part,Past/=twitteren .
    """) == [("De brug gaat in mei dicht", "indirect", "getweet", "Kees")]


def test_detect_particle_verb_cue() -> None:
    doc, cands = _detect("""
        Kees/PROPN/B-PER legt/VERB:Fin/=leggen uit/ADP:Post dat/SCONJ de brug/NOUN te/ADV oud/ADJ is/AUX:Fin/=zijn .
    """)
    assert [(doc.text[c.start : c.end], c.cue.lemma if c.cue else None) for c in cands] == [
        ("de brug te oud is", "uitleggen")
    ]


def test_detect_subject_from_the_dependency_parse() -> None:
    # The first person of the clause is not the subject, and the subject is not
    # right before the cue: only the parse (subject of the auxiliary that heads
    # the cue) says that Kees, not Els, said it.
    assert _rows("""
        Na/ADP overleg/NOUN met/ADP Els/PROPN/B-PER heeft/AUX:Fin/=hebben/@root Kees/PROPN/B-PER/@heeft:nsubj
          gezegd/VERB:Part,Past/=zeggen/@heeft:xcomp dat/SCONJ hij/PRON:Prs stopt/VERB:Fin/=stoppen .
    """) == [("hij stopt", "indirect", "gezegd", "Kees")]


def test_detect_demonstrative_dat_after_a_cue_opens_no_clause() -> None:
    assert _rows("Kees/PROPN/B-PER zegt/VERB:Fin/=zeggen dat/PRON:Dem niet .") == []


def test_detect_interrupted_quote_is_two_direct_quotes() -> None:
    assert _rows("""
        " De kade/NOUN is/AUX:Fin/=zijn te/ADV laag/ADJ , " zegt/VERB:Fin/=zeggen Joris/PROPN/B-PER
          Kramer/PROPN/I-PER , " en dat/PRON:Dem weten/VERB:Fin/=weten we/PRON:Prs al jaren/NOUN:Plur . "
    """) == [
        ("De kade is te laag,", "direct", "zegt", "Joris Kramer"),
        ("en dat weten we al jaren.", "direct", None, None),
    ]


def test_detect_report_interrupted_by_its_attribution_is_two_quotes() -> None:
    assert _rows("""
        De bouw/NOUN loopt/VERB:Fin/=lopen op/ADP:Post schema/NOUN , zegt/VERB:Fin/=zeggen
          Kees/PROPN/B-PER Bakker/PROPN/I-PER , maar/CCONJ de kosten/NOUN:Plur stijgen/VERB:Fin/=stijgen .
    """) == [("De bouw loopt op schema", "indirect", "zegt", "Kees Bakker"),
             ("de kosten stijgen", "indirect", "zegt", "Kees Bakker")]


def test_detect_one_clause_around_its_attribution_is_one_quote() -> None:
    # The subject before the attribution, its verb after it: one statement.
    assert _rows("""
        Zijn/PRON:Poss plannen/NOUN:Plur voor de haven/NOUN , geeft/VERB:Fin/=geven Kees/PROPN/B-PER
          aan/ADP:Post , kosten/VERB:Fin/=kosten veel/ADJ geld/NOUN .
    """) == [("Zijn plannen voor de haven, geeft Kees aan, kosten veel geld", "indirect", "geeft", "Kees")]


def test_detect_an_answer_after_a_question_about_a_work_is_a_quote() -> None:
    # The word for a work ends the question; the answer in marks is speech, not its title.
    rows = _rows("""
        Wat/PRON kunnen/AUX:Fin we/PRON:Prs van je/PRON:Poss album/NOUN verwachten/VERB:Inf ?

        ' Ik/PRON:Prs schreef/VERB:Fin,Past/=schrijven elk/DET nummer/NOUN zelf/ADV .
          Daar/ADV ben/AUX:Fin/=zijn ik/PRON:Prs trots/ADJ op/ADP:Post . '
    """)
    assert [(text, kind) for text, kind, _cue, _src in rows] == [
        ("Ik schreef elk nummer zelf. Daar ben ik trots op.", "direct")]


def test_detect_a_report_whose_content_opens_with_marks_gives_its_source_to_the_quote() -> None:
    # The quote runs past the reported clause, so the direct quote wins the span; its
    # source is the reporter all the same.
    rows = _rows("""
        Kees/PROPN/B-PER Bakker/PROPN/I-PER/@Kees:flat meldde/VERB:Fin,Past/=melden/@root dat/SCONJ
          " de brug/NOUN/@dichtgaat:nsubj dichtgaat/VERB:Fin/=dichtgaan/@meldde:ccomp .
        Dat/PRON:Dem is/AUX:Fin/=zijn zeker/ADJ . "
    """)
    assert rows == [("de brug dichtgaat. Dat is zeker.", "direct", "meldde", "Kees Bakker")]


def test_detect_a_name_inside_the_quoted_words_is_never_the_cues_source() -> None:
    # The parse makes the quoted name the subject of the verb outside the marks.
    doc, cands = _detect("""
        Er/ADV kwam/VERB:Fin,Past/=komen kritiek/NOUN op/ADP het plan/NOUN .
        " Dit/PRON:Dem is/AUX:Fin/=zijn echt/ADV een idee/NOUN van Kees/PROPN/B-PER/@zei:nsubj
          Brookhuis/PROPN/I-PER/@Kees:flat " , zei/VERB:Fin,Past/=zeggen/@root toen/ADV iemand/PRON .
    """)
    assert [(doc.text[c.start : c.end], c.speaker) for c in cands] == [
        ("Dit is echt een idee van Kees Brookhuis", None)]


def test_detect_a_dialogue_line_that_goes_on_after_its_aside_is_two_quotes() -> None:
    assert _rows("""
        – Ik/PRON:Prs kom/VERB:Fin/=komen morgen/ADV terug/ADV , zei/VERB:Fin,Past/=zeggen Anouk/PROPN/B-PER .
        Dan/ADV is/AUX:Fin/=zijn de brug/NOUN weer/ADV open/ADJ .
    """) == [("Ik kom morgen terug", "direct", "zei", "Anouk"),
             ("Dan is de brug weer open.", "direct", "zei", "Anouk")]


def test_detect_naar_eigen_zeggen_makes_the_sentence_its_subjects_statement() -> None:
    assert _rows("""
        Anouk/PROPN/B-PER/@werkt:nsubj Verbeek/PROPN/I-PER/@Anouk:flat werkt/VERB:Fin/=werken/@root naar/ADP eigen/ADJ
          zeggen/VERB:Inf al/ADV jaren/NOUN:Plur aan/ADP de brug/NOUN .
    """) == [("Anouk Verbeek werkt naar eigen zeggen al jaren aan de brug.", "indirect", None, "Anouk Verbeek")]


def test_detect_volgens_eigen_zeggen_names_no_source_of_its_own() -> None:
    rows = _rows("""
        Volgens/ADP eigen/ADJ zeggen/VERB:Inf werkt/VERB:Fin/=werken/@root Kees/PROPN/B-PER/@werkt:nsubj
          al/ADV jaren/NOUN:Plur aan/ADP de brug/NOUN .
    """)
    assert [(src, cue) for _text, _type, cue, src in rows] == [("Kees", None)]


def test_detect_a_statement_around_its_attribution_with_an_infinitive_after_is_one_quote() -> None:
    # "om … te" after the attribution is no statement of its own: one quote, as written.
    rows = _rows("""
        Dit/PRON:Dem is/AUX:Fin/=zijn nodig/ADJ , betoogt/VERB:Fin/=betogen de gewonde/ADJ , om/ADP de brug/NOUN
          te/ADP kunnen/AUX:Inf openen/VERB:Inf .
    """)
    assert rows == [("Dit is nodig, betoogt de gewonde, om de brug te kunnen openen", "indirect", "betoogt",
                     "de gewonde")]


def test_detect_volgens_ends_at_a_semicolon() -> None:
    rows = _rows("""
        Volgens/ADP Kees/PROPN/B-PER lag/VERB:Fin,Past/=liggen het plan/NOUN klaar/ADJ ; de raad/NOUN
          ziet/VERB:Fin/=zien dat/PRON:Dem anders/ADV .
    """)
    assert [(text, src) for text, _type, _cue, src in rows] == [("Volgens Kees lag het plan klaar", "Kees")]


def test_detect_a_verb_final_report_ends_where_the_reporting_clause_goes_on() -> None:
    rows = _rows("""
        Kees/PROPN/B-PER zei/VERB:Fin,Past/=zeggen dat/SCONJ het/PRON:Prs om/ADP een fout/NOUN
          ging/VERB:Fin,Past/=gaan en/CCONJ belde/VERB:Fin,Past/=bellen de wethouder/NOUN .
    """)
    assert [(text, src) for text, _type, _cue, src in rows] == [("het om een fout ging", "Kees")]


def test_detect_an_event_before_a_colon_is_no_source() -> None:
    # "Zomerfeest: …" is a headline about an event (an entity of no person or organisation).
    rows = _rows("""
        Zomerfeest/PROPN/B-MISC Dijkdorp/PROPN/I-MISC : de kermis/NOUN komt/VERB:Fin/=komen dit/DET jaar/NOUN
          niet/ADV naar/ADP het dorp/NOUN .
    """)
    assert rows == []


def test_detect_a_title_in_marks_before_the_colon_is_no_source() -> None:
    doc, cands = _detect("""
        Maak/VERB:Fin/=maken kennis/NOUN met/ADP de kandidaten/NOUN:Plur ' Zomerfeest/PROPN 2025/NUM ' :
          ' We/PRON:Prs willen/AUX:Fin/=willen meer/ADV lef/NOUN tonen/VERB:Inf '
    """)
    assert [(doc.text[c.start : c.end], c.speaker.text if c.speaker else None) for c in cands] != [
        ("We willen meer lef tonen", "Zomerfeest")]
    assert all(c.speaker is None or c.speaker.text != "Zomerfeest" for c in cands)


def test_detect_dat_noemde_x_een_fragment_is_xs_own_mixed_quote() -> None:
    rows = _rows("""
        De raad/NOUN wil/AUX:Fin/=willen een nieuwe/ADJ brug/NOUN .
        Dat/PRON:Dem noemde/VERB:Fin,Past/=noemen Kees/PROPN/B-PER daarop/ADV een " dure/ADJ grap/NOUN " .
    """)
    assert [(text, kind, src) for text, kind, _cue, src in rows] == [
        ('Dat noemde Kees daarop een "dure grap"', "mixed", "Kees")]


def test_detect_dat_stelt_x_in_a_titled_work_reports_the_sentence_before() -> None:
    rows = _rows("""
        De oogst/NOUN valt/VERB:Fin/=vallen tegen/ADP:Post .
        Dat/PRON:Dem stelt/VERB:Fin/=stellen Kees/PROPN/B-PER in zijn/PRON:Poss blad/NOUN ' Boer/PROPN en Tuin/PROPN ' .
    """)
    assert [(text, src) for text, _kind, _cue, src in rows][0] == ("De oogst valt tegen.", "Kees")


def test_detect_weten_te_is_no_report() -> None:
    # "weet de schade te beperken": manages to, no statement.
    assert _rows("""
        De brandweer/NOUN weet/VERB:Fin/=weten de schade/NOUN tot/ADP de schuur/NOUN
          te/ADP beperken/VERB:Inf .
    """) == []


def test_detect_a_single_word_after_a_cue_is_no_quote() -> None:
    assert _rows("""
        Kees/PROPN/B-PER zei/VERB:Fin,Past/=zeggen dat/SCONJ ja/INTJ .
    """) == []


def test_detect_a_clause_after_a_content_noun_is_not_the_verbs_report() -> None:
    assert _rows("""
        Kees/PROPN/B-PER verdedigt/VERB:Fin/=verdedigen zich/PRON tegen/ADP de kritiek/NOUN dat/SCONJ
          de brug/NOUN te/ADV duur/ADJ is/AUX:Fin/=zijn .
    """) == []


def test_detect_a_verbless_phrase_in_marks_inside_a_sentence_is_no_quote() -> None:
    assert _rows("""
        De keuze/NOUN ' voor/ADP of/CCONJ tegen/ADP de nieuwe/ADJ brug/NOUN ' leidde/VERB:Fin,Past/=leiden
          tot/ADP een hevig/ADJ debat/NOUN .
    """) == []


def test_detect_maar_dat_coordinates_a_second_reported_clause() -> None:
    # "X zegt dat A, maar dat B": one report; "maar dat" as a pronoun ends it.
    assert _rows("""
        Els/PROPN/B-PER zegt/VERB:Fin/=zeggen dat/SCONJ de brug/NOUN opengaat/VERB:Fin/=opengaan ,
          maar/CCONJ dat/SCONJ de weg/NOUN later/ADV volgt/VERB:Fin/=volgen .
    """) == [("de brug opengaat, maar dat de weg later volgt", "indirect", "zegt", "Els")]
    assert _rows("""
        Els/PROPN/B-PER zegt/VERB:Fin/=zeggen dat/SCONJ de brug/NOUN opengaat/VERB:Fin/=opengaan ,
          maar/CCONJ dat/PRON:Dem is/AUX:Fin/=zijn onzeker/ADJ .
    """) == [("de brug opengaat", "indirect", "zegt", "Els")]


def test_detect_a_particle_inside_the_reported_clause_makes_no_cue() -> None:
    # "eens zijn" (to agree) needs its particle in its own clause: an "eens" of the
    # dat-clause ("nog eens", again) leaves "was" a plain copula.
    assert _rows("""
        Het resultaat/NOUN was/AUX:Fin/=zijn dat/SCONJ het bedrijf/NOUN nog/ADV eens/ADV
          vijf/NUM procent/NOUN verloor/VERB:Fin/=verliezen ./PUNCT
    """) == []
    rows = _rows("""
        De partijen/NOUN:Plur/B-MISC waren/AUX:Fin/=zijn het/PRON:Prs erover/ADV eens/ADV
          dat/SCONJ het plan/NOUN werkt/VERB:Fin/=werken ./PUNCT
    """)
    assert [(q, cue) for q, _, cue, _ in rows] == [("het plan werkt", "waren")]


def test_detect_a_name_behind_a_preposition_is_not_the_subject_before_the_cue() -> None:
    # Verb-second order with the subject first: the place inside the subject's own
    # phrase ("het in X genoteerde bedrijf Y") is not who speaks.
    rows = _rows("""
        Het in Utrecht/PROPN/B-LOC genoteerde/VERB:Part/=noteren bedrijf/NOUN Telmo/PROPN/B-ORG
          liet/VERB:Fin/=laten weten/VERB:Inf/=weten dat/SCONJ het/PRON:Prs klopt/VERB:Fin/=kloppen ./PUNCT
    """)
    assert [(q, src) for q, _, _, src in rows] == [("het klopt", "Telmo")]
    # A phrase of belonging still names the subject's people ("de helft van de X").
    rows = _rows("""
        De helft/NOUN van de Vlamingen/PROPN:Plur/B-MISC zegt/VERB:Fin/=zeggen dat/SCONJ het/PRON:Prs
          klopt/VERB:Fin/=kloppen ./PUNCT
    """)
    assert [q for q, _, _, _ in rows] == ["het klopt"]


def test_detect_dreigen_with_a_te_infinitive_is_aspect_not_a_threat_made() -> None:
    # ANS: "dreigen te" = to be about to; "het bedrijf dreigt failliet te gaan" reports nothing.
    assert _rows("""
        Het bedrijf/NOUN dreigt/VERB:Fin/=dreigen failliet/ADJ te/ADP gaan/VERB:Inf/=gaan ./PUNCT
    """) == []


def test_detect_a_title_abbreviation_after_the_cue_leads_to_the_name() -> None:
    # "In een interview met de krant X vertelde dr. Y dat …": Y, not the paper.
    rows = _rows("""
        In/ADP een interview/NOUN met/ADP de krant/NOUN Dagpost/PROPN/B-ORG vertelde/VERB:Fin/=vertellen
          dr./X/B-PER Veer/PROPN/I-PER dat/SCONJ het/PRON:Prs klopt/VERB:Fin/=kloppen ./PUNCT
    """)
    assert [(q, src) for q, _, _, src in rows] == [("het klopt", "Veer")]
    # The name may stand in a noun phrase behind the preposition ("in de stad X").
    rows = _rows("""
        Het in de stad/NOUN Utrecht/PROPN/B-LOC genoteerde/VERB:Part/=noteren bedrijf/NOUN Telmo/PROPN/B-ORG
          liet/VERB:Fin/=laten weten/VERB:Inf/=weten dat/SCONJ het/PRON:Prs klopt/VERB:Fin/=kloppen ./PUNCT
    """)
    assert [(q, src) for q, _, _, src in rows] == [("het klopt", "Telmo")]


def test_detect_the_agent_before_a_past_participle_cue_is_its_source() -> None:
    # "X, door Y geprezen om zijn '…'": Y praised; the preposition marks the agent.
    rows = _rows("""
        Ruben/PROPN/B-PER ,/PUNCT door/ADP Anna/PROPN/B-PER Vos/PROPN/I-PER geprezen/VERB:Part,Past/=prijzen
          om/ADP zijn/PRON:Prs,Poss "/PUNCT grote/ADJ moed/NOUN "/PUNCT ,/PUNCT knikte/VERB:Fin/=knikken ./PUNCT
    """)
    assert [(src, cue) for _, _, cue, src in rows] == [("Anna Vos", "geprezen")]


def test_detect_a_subordinator_opens_the_cue_clause_in_verb_second_order() -> None:
    # "X trok het plan in nadat de commissie adviseerde …": the committee advised.
    rows = _rows("""
        Marc/PROPN/B-PER Vos/PROPN/I-PER trok/VERB:Fin/=trekken het plan/NOUN in/ADP nadat/SCONJ de
          commissie/NOUN adviseerde/VERB:Fin/=adviseren dat/SCONJ het/PRON:Prs niet/ADV kon/VERB:Fin/=kunnen ./PUNCT
    """)
    assert [(q, src) for q, _, _, src in rows] == [("het niet kon", "de commissie")]


def test_detect_the_person_whose_party_ends_the_phrase_before_an_apposition() -> None:
    # "X van de liberale Y, die …, zei dat …": X speaks, not the party Y.
    rows = _rows("""
        Secretaris-generaal/NOUN Joris/PROPN/B-PER Velt/PROPN/I-PER van/ADP de/DET:Art liberale/ADJ
          Havenpartij/PROPN/B-ORG ,/PUNCT die/PRON:Rel/@regeerde:nsubj jaren/NOUN:Plur regeerde/VERB:Fin,Past/=regeren ,/PUNCT
          zei/VERB:Fin,Past/=zeggen dat/SCONJ hij/PRON:Prs/@was:nsubj geschokt/ADJ was/AUX:Fin,Past/=zijn/@zei:ccomp ./PUNCT
    """)
    assert [(text, speaker) for text, _t, _c, speaker in rows] == [("hij geschokt was", "Joris Velt")]


def test_detect_a_phrase_before_a_participle_cue_is_its_agent_only_after_the_agent_preposition() -> None:
    # "Over X was gezegd dat …": X is what was talked about, not who said it;
    # "door X werd gezegd dat …" names the one who said it.
    about = _rows("""
        Over/ADP Kees/PROPN/B-PER Bakker/PROPN/I-PER was/AUX:Fin,Past/=zijn eerder/ADV gezegd/VERB:Part,Past/=zeggen
          dat/SCONJ hij/PRON:Prs/@stopt:nsubj stopt/VERB:Fin/=stoppen/@gezegd:ccomp ./PUNCT
    """)
    by = _rows("""
        Door/ADP Kees/PROPN/B-PER Bakker/PROPN/I-PER was/AUX:Fin,Past/=zijn eerder/ADV gezegd/VERB:Part,Past/=zeggen
          dat/SCONJ hij/PRON:Prs/@stopt:nsubj stopt/VERB:Fin/=stoppen/@gezegd:ccomp ./PUNCT
    """)
    assert [speaker for *_, speaker in about] == [None]
    assert [speaker for *_, speaker in by] == ["Kees Bakker"]


def test_detect_you_is_never_resolved_to_a_person_named_before() -> None:
    # "Tegenwoordig vindt u dat …": the reader, not the last speaker.
    from wiezegtwat.quotes import extract

    doc = build("""
        Kees/PROPN/B-PER Bakker/PROPN/I-PER/@zegt:nsubj zegt/VERB:Fin/=zeggen dat/SCONJ de brug/NOUN/@opengaat:nsubj
          opengaat/VERB:Fin/=opengaan/@zegt:ccomp .
        Misschien/ADV vindt/VERB:Fin/=vinden u/PRON:Prs/@vindt:nsubj dat/SCONJ de brug/NOUN/@mooi:nsubj
          mooi/ADJ/@vindt:ccomp is/AUX:Fin/=zijn .
    """)
    quotes, _ = extract(doc, lang=NL)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("de brug opengaat", "Kees Bakker"), ("de brug mooi is", None)]
