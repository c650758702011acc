"""The quote engine on hand-built English documents: English word order, no backend.

The engine is the one Dutch uses; only the Language differs. These cover the
English orders the engine learned for it: a complement clause without
"that" ("X said Y"), the report after the statement with the subject first
("Y, X said."), "according to X", and quotes in marks with "she said".
"""

from __future__ import annotations

from docbuilder import build

from wiezegtwat.lang.en import EN
from wiezegtwat.quotes import extract

Row = tuple[str, str, str | None]  # (quote text, type, speaker name)


def _quotes(source: str) -> list[Row]:
    doc = build(source)
    quotes, _ = extract(doc, lang=EN)
    return [(q.text, q.type, q.speaker.name if q.speaker else None) for q in quotes]


def _earlier_report(first: str, last: str) -> str:
    """A first sentence in which someone else speaks: "<first> <last> said the plan works." """
    return (f"{first}/PROPN/B-PER {last}/PROPN/I-PER/@{first}:flat said/VERB:Fin,Past/=say/@root the/DET:Art\n"
            "          plan/NOUN/@works:nsubj works/VERB:Fin/=work/@said:ccomp ./PUNCT")


def test_said_with_a_bare_complement_clause() -> None:
    rows = _quotes("""
        Mayor/NOUN/@Hale:compound Ruth/PROPN/B-PER/@Hale:flat Hale/PROPN/I-PER/@said:nsubj
          said/VERB:Fin,Past/=say/@root the/DET:Art/@bridge:det bridge/NOUN/@open:nsubj would/AUX:Fin/@open:aux
          open/VERB:Inf/@said:ccomp in/ADP/@spring:case spring/NOUN/@open:obl ./PUNCT/@said:punct
    """)
    assert rows == [("the bridge would open in spring", "indirect", "Ruth Hale")]


def test_said_that_y() -> None:
    rows = _quotes("""
        Ruth/PROPN/B-PER Hale/PROPN/I-PER/@Ruth:flat said/VERB:Fin,Past/=say/@root that/SCONJ
          the/DET:Art bridge/NOUN/@open:nsubj would/AUX:Fin open/VERB:Inf/@said:ccomp soon/ADV .
    """)
    assert rows == [("the bridge would open soon", "indirect", "Ruth Hale")]


def test_statement_then_comma_subject_and_cue() -> None:
    rows = _quotes("""
        The/DET:Art council/NOUN/@voted:nsubj voted/VERB:Fin,Past/=vote/@said:ccomp against/ADP
          the/DET:Art plan/NOUN ,/PUNCT Tom/PROPN/B-PER Reyes/PROPN/I-PER/@Tom:flat
          said/VERB:Fin,Past/=say/@root ./PUNCT
    """)
    assert rows == [("The council voted against the plan", "indirect", "Tom Reyes")]


def test_a_fronted_phrase_before_the_subject_is_no_statement() -> None:
    # "For his part, X said Y": the phrase before the comma has no finite verb.
    rows = _quotes("""
        For/ADP his/PRON:Prs part/NOUN ,/PUNCT Tom/PROPN/B-PER Reyes/PROPN/I-PER/@Tom:flat
          said/VERB:Fin,Past/=say/@root he/PRON:Prs/@left:nsubj left/VERB:Fin,Past/=leave/@said:ccomp
          early/ADV ./PUNCT
    """)
    assert rows == [("he left early", "indirect", "Tom Reyes")]


def test_according_to_x() -> None:
    rows = _quotes("""
        The/DET:Art road/NOUN/@close:nsubj will/AUX:Fin close/VERB:Inf/@root in/ADP
          May/PROPN ,/PUNCT according/VERB:Part/=accord to/ADP the/DET:Art
          Harbour/PROPN/B-ORG Authority/PROPN/I-ORG ./PUNCT
    """)
    assert len(rows) == 1
    text, kind, speaker = rows[0]
    assert text.startswith("The road will close in May") and kind == "indirect"
    assert speaker == "the Harbour Authority"


def test_direct_quote_split_by_she_said() -> None:
    rows = _quotes("""
        Ruth/PROPN/B-PER Hale/PROPN/I-PER/@Ruth:flat opened/VERB:Fin,Past/=open the/DET:Art bridge/NOUN .

        “/PUNCT We/PRON:Prs waited/VERB:Fin,Past/=wait long/ADV enough/ADV ,/PUNCT ”/PUNCT
          she/PRON:Prs said/VERB:Fin,Past/=say ./PUNCT “/PUNCT It/PRON:Prs is/AUX:Fin finished/ADJ ./PUNCT ”/PUNCT
    """)
    assert [(t, k) for t, k, _ in rows] == [("We waited long enough,", "direct"), ("It is finished.", "direct")]
    assert {s for _, _, s in rows} == {"Ruth Hale"}


def test_subject_then_cue_after_the_quote() -> None:
    rows = _quotes("""
        Ruth/PROPN/B-PER Hale/PROPN/I-PER/@Ruth:flat opened/VERB:Fin,Past/=open the/DET:Art bridge/NOUN .

        Tom/PROPN/B-PER Reyes/PROPN/I-PER/@Tom:flat was/AUX:Fin there/ADV too/ADV .
          “/PUNCT It/PRON:Prs is/AUX:Fin late/ADJ ,/PUNCT ”/PUNCT Ruth/PROPN/B-PER Hale/PROPN/I-PER/@Ruth:flat
          said/VERB:Fin,Past/=say ./PUNCT
    """)
    assert rows == [("It is late,", "direct", "Ruth Hale")]


def test_a_title_case_phrase_in_marks_is_a_title() -> None:
    rows = _quotes("""
        Ruth/PROPN/B-PER Hale/PROPN/I-PER/@Ruth:flat said/VERB:Fin,Past/=say the/DET:Art law/NOUN
          “/PUNCT Homes/NOUN for/ADP Every/DET Street/PROPN ”/PUNCT was/AUX:Fin late/ADJ ./PUNCT
    """)
    assert all("Homes for Every Street" not in text or kind != "direct" for text, kind, _ in rows)


def test_a_courtesy_title_tells_the_gender() -> None:
    from wiezegtwat.quotes.mentions import gender_fits

    assert not gender_fits("Mrs. Hale", "m", EN) and gender_fits("Mrs. Hale", "f", EN)
    assert gender_fits("Mr. Reyes", "m", EN) and not gender_fits("Mr. Reyes", "f", EN)


def test_a_rank_title_does_not_hide_the_first_name() -> None:
    from wiezegtwat.quotes.mentions import gender_fits

    assert not gender_fits("Sen. Tom Reyes", "f", EN) and gender_fits("Sen. Tom Reyes", "m", EN)
    assert not gender_fits("Gov. Ruth Hale", "m", EN)


def test_a_participle_takes_its_head_verbs_subject() -> None:
    rows = _quotes("""
        Ruth/PROPN/B-PER Hale/PROPN/I-PER/@Ruth:flat/@backed:nsubj backed/VERB:Fin,Past/=back/@root
          Tom/PROPN/B-PER Reyes/PROPN/I-PER/@Tom:flat ,/PUNCT saying/VERB:Part/=say/@backed:advcl
          that/SCONJ the/DET:Art plan/NOUN/@work:nsubj would/AUX:Fin work/VERB:Inf/@saying:ccomp ./PUNCT
    """)
    assert rows == [("the plan would work", "indirect", "Ruth Hale")]


def test_a_dateline_is_no_source() -> None:
    rows = _quotes("""
        LEEDS/PROPN/B-LOC (/PUNCT Wirepress/PROPN/B-ORG )/PUNCT –/PUNCT The/DET:Art council/NOUN/@said:nsubj
          said/VERB:Fin,Past/=say/@root the/DET:Art/@bridge:det bridge/NOUN/@shut:nsubj would/AUX:Fin
          shut/VERB:Inf/@said:ccomp ./PUNCT
    """)
    assert [s for _, _, s in rows] == ["The council"]
    from wiezegtwat.quotes.mentions import find_mentions

    doc = build("""
        LEEDS/PROPN/B-LOC (/PUNCT Wirepress/PROPN/B-ORG )/PUNCT –/PUNCT Ruth/PROPN/B-PER
          Hale/PROPN/I-PER/@Ruth:flat left/VERB:Fin,Past/=leave ./PUNCT
    """)
    assert [m.text for m in find_mentions(doc, EN)] == ["Ruth Hale"]


def test_said_that_past_a_title_in_marks() -> None:
    rows = _quotes("""
        Ruth/PROPN/B-PER Hale/PROPN/I-PER/@Ruth:flat told/VERB:Fin,Past/=tell the/DET:Art show/NOUN
          "/PUNCT Harbour/PROPN Hour/PROPN "/PUNCT that/SCONJ the/DET:Art ferry/NOUN/@sails:nsubj
          sails/VERB:Fin/=sail soon/ADV ./PUNCT
    """)
    assert rows == [("the ferry sails soon", "indirect", "Ruth Hale")]


def test_asked_opening_a_sentence_is_the_question_not_a_quote() -> None:
    rows = _quotes("""
        Asked/VERB:Part,Past/=ask/@said:advcl whether/SCONJ the/DET:Art ferry/NOUN/@runs:nsubj
          runs/VERB:Fin/=run/@Asked:ccomp ,/PUNCT Ruth/PROPN/B-PER Hale/PROPN/I-PER/@Ruth:flat
          said/VERB:Fin,Past/=say/@root no/INTJ ./PUNCT
    """)
    assert all(not text.startswith("the ferry runs") for text, _, _ in rows)


def test_the_article_tells_a_persons_gender() -> None:
    # The name list knows no gender for "Casey"; "Reyes said he" tells Reyes is a man,
    # so "she" goes back past him to the woman named before.
    rows = _quotes("""
        Jane/PROPN/B-PER Hale/PROPN/I-PER/@Jane:flat/@left:nsubj left/VERB:Fin,Past/=leave/@root early/ADV ./PUNCT

        Casey/PROPN/B-PER Reyes/PROPN/I-PER/@Casey:flat/@said:nsubj said/VERB:Fin,Past/=say/@root
          he/PRON:Prs/@go:nsubj would/AUX:Fin/@go:aux go/VERB:Inf/@said:ccomp ./PUNCT
        “/PUNCT It/PRON:Prs is/AUX:Fin fine/ADJ ,/PUNCT ”/PUNCT she/PRON:Prs said/VERB:Fin,Past/=say ./PUNCT
    """)
    assert ("It is fine,", "direct", "Jane Hale") in rows


def test_a_name_and_a_colon_label_the_rest_of_the_paragraph() -> None:
    rows = _quotes("""
        Was/AUX:Fin the/DET:Art plan/NOUN late/ADJ ?/PUNCT

        Hale/PROPN/B-PER :/PUNCT We/PRON:Prs waited/VERB:Fin,Past/=wait too/ADV long/ADV ./PUNCT
        The/DET:Art bridge/NOUN opens/VERB:Fin/=open in/ADP May/PROPN ./PUNCT
    """)
    assert rows == [("We waited too long. The bridge opens in May", "indirect", "Hale")]


def test_an_unnamed_source_keeps_its_prepositional_phrase() -> None:
    # GUIDELINES: a source the article never names keeps its description as written.
    rows = _quotes("""
        A/DET:Art spokesman/NOUN/@said:nsubj for/ADP the/DET:Art harbour/NOUN board/NOUN
          said/VERB:Fin,Past/=say/@root that/SCONJ the/DET:Art bridge/NOUN/@open:nsubj would/AUX:Fin
          open/VERB:Inf/@said:ccomp soon/ADV .
    """)
    assert rows == [("the bridge would open soon", "indirect", "A spokesman for the harbour board")]



def test_an_adjective_of_nationality_is_no_name() -> None:
    # Tagged as an entity, "American" is still an adjective: never a name that
    # could become a speaker or the article's main person.
    from wiezegtwat.quotes.mentions import find_mentions

    doc = build("""
        The/DET:Art American/ADJ/B-MISC/@admiral:amod admiral/NOUN/@spoke:nsubj spoke/VERB:Fin,Past/=speak/@root
          of/ADP his/PRON:Poss American/ADJ/B-MISC/@identity:amod identity/NOUN again/ADV .
    """)
    assert [(m.text, m.kind) for m in find_mentions(doc, EN)] == [("The American admiral", "role")]


def test_by_her_own_account_makes_the_sentence_her_statement() -> None:
    rows = _quotes("""
        By/ADP her/PRON:Poss own/ADJ account/NOUN ,/PUNCT Ruth/PROPN/B-PER/@saved:nsubj Hale/PROPN/I-PER/@Ruth:flat
          saved/VERB:Fin,Past/=save/@root the/DET:Art bridge/NOUN ./PUNCT
    """)
    assert rows == [("By her own account, Ruth Hale saved the bridge.", "indirect", "Ruth Hale")]


def test_a_name_titled_by_a_person_noun_is_a_person_whatever_the_tagger_said() -> None:
    from wiezegtwat.quotes.mentions import find_mentions

    doc = build("""
        "/PUNCT I/PRON:Prs will/AUX:Fin vote/VERB:Inf ,/PUNCT "/PUNCT said/VERB:Fin,Past/=say/@root
          Dunmore/PROPN/B-LOC resident/NOUN Wendela/PROPN/B-ORG Brookhuis/PROPN/I-ORG ./PUNCT
    """)
    labels = {m.text: m.label for m in find_mentions(doc, EN)}
    assert labels["Wendela Brookhuis"] == "PER"


def test_a_title_in_title_case_is_no_longer_form_of_the_name_it_ends_on() -> None:
    rows = _quotes("""
        Voters/PROPN/B-MISC Share/PROPN/I-MISC Their/PRON:Poss/I-MISC Views/NOUN/I-MISC On/ADP/I-MISC
          Ruth/PROPN/I-MISC Hale/PROPN/I-MISC ./PUNCT

        Ruth/PROPN/B-PER Hale/PROPN/I-PER/@Ruth:flat said/VERB:Fin,Past/=say/@root that/SCONJ
          the/DET:Art bridge/NOUN/@open:nsubj would/AUX:Fin open/VERB:Inf/@said:ccomp soon/ADV .
    """)
    assert rows == [("the bridge would open soon", "indirect", "Ruth Hale")]


def test_a_speaker_name_drops_the_title_before_it() -> None:
    rows = _quotes("""
        Sen./PROPN/B-PER Ruth/PROPN/I-PER Hale/PROPN/I-PER/@Ruth:flat said/VERB:Fin,Past/=say/@root that/SCONJ
          the/DET:Art bridge/NOUN/@open:nsubj would/AUX:Fin open/VERB:Inf/@said:ccomp soon/ADV .
    """)
    assert rows == [("the bridge would open soon", "indirect", "Ruth Hale")]


def test_a_titled_subject_after_a_fronted_phrase_takes_the_floor() -> None:
    # "In an interview, Mr. X described the meeting. '…'": the title hangs under the
    # surname, which is the subject; the quote after is X's, not the earlier speaker's.
    rows = _quotes(f"""
        {_earlier_report("Ann", "Vos")}

        In/ADP/@interview:case an/DET:Art interview/NOUN/@described:obl ,/PUNCT
          Mr./PROPN/@Lane:flat Lane/PROPN/B-PER/@described:nsubj described/VERB:Fin,Past/=describe/@root
          the/DET:Art meeting/NOUN/@described:obj ./PUNCT
        " We/PRON:Prs talked/VERB:Fin,Past/=talk/@root for/ADP hours/NOUN:Plur ./PUNCT "
    """)
    assert rows[-1] == ("We talked for hours.", "direct", "Lane")


def test_a_name_that_modifies_the_subject_is_not_the_source() -> None:
    # '"…," Lee campaign manager Ann Vos said': the parse's subject is the manager.
    rows = _quotes("""
        " We/PRON:Prs won/VERB:Fin,Past/=win/@said:ccomp the/DET:Art vote/NOUN/@won:obj ,/PUNCT "
          Lee/PROPN/B-PER/@manager:compound campaign/NOUN/@manager:compound manager/NOUN/@Vos:compound
          Ann/PROPN/B-PER/@Vos:flat Vos/PROPN/I-PER/@said:nsubj said/VERB:Fin,Past/=say/@root ./PUNCT
    """)
    assert rows == [("We won the vote,", "direct", "Ann Vos")]


def test_a_described_subject_with_an_apposed_name_is_that_person() -> None:
    # '"…," said another user, Ann Vos.': the name in apposition to the description.
    rows = _quotes(f"""
        {_earlier_report("Tom", "Reyes")}
        " We/PRON:Prs are/AUX:Fin/=be/@said:ccomp anxious/ADJ/@are:xcomp ,/PUNCT "
          said/VERB:Fin,Past/=say/@root another/DET/@user:det user/NOUN/@said:nsubj ,/PUNCT
          Ann/PROPN/B-PER/@Vos:flat Vos/PROPN/I-PER/@user:appos ./PUNCT
    """)
    assert rows[-1] == ("We are anxious,", "direct", "Ann Vos")


def test_a_participle_hung_inside_a_clause_takes_the_main_subject() -> None:
    # "X rejected the idea that Acme would fail, saying …": the parse hangs
    # "saying" on "fail"; its subject is still the main clause's.
    rows = _quotes("""
        Ann/PROPN/B-PER/@Vos:flat Vos/PROPN/I-PER/@rejected:nsubj rejected/VERB:Fin,Past/=reject/@root
          the/DET:Art idea/NOUN/@rejected:obj that/SCONJ/@fail:mark Acme/PROPN/B-ORG/@fail:nsubj
          would/AUX:Fin/@fail:aux fail/VERB:Inf/@idea:acl ,/PUNCT saying/VERB:Part/=say/@fail:advcl
          the/DET:Art/@costs:det costs/NOUN:Plur/@rose:nsubj rose/VERB:Fin,Past/=rise/@saying:ccomp ./PUNCT
    """)
    assert rows[-1] == ("the costs rose", "indirect", "Ann Vos")



def test_a_quote_whose_long_words_are_a_name_is_no_title() -> None:
    # Title case leaves no content word lower-case; here only a name has capitals.
    rows = _quotes("""
        " I/PRON:Prs/@am:nsubj am/AUX:Fin/=be/@said:ccomp a/DET:Art/@fan:det big/ADJ/@fan:amod
          fan/NOUN/@am:xcomp of/ADP/@Marlowe:case Anna/PROPN/B-PER/@Marlowe:flat Marlowe/PROPN/I-PER/@fan:nmod
          ,/PUNCT " Tom/PROPN/B-PER/@Reyes:flat Reyes/PROPN/I-PER/@said:nsubj said/VERB:Fin,Past/=say/@root ./PUNCT
    """)
    assert rows == [("I am a big fan of Anna Marlowe,", "direct", "Tom Reyes")]


def test_a_question_quoted_inside_the_quote_leaves_it_open_for_its_source() -> None:
    # '"… she asked, 'why?'" Ann Vos said.': the inner quote's close does not end the sentence.
    rows = _quotes(f"""
        {_earlier_report("Tom", "Reyes")}
        " She/PRON:Prs/@asked:nsubj asked/VERB:Fin,Past/=ask/@said:ccomp me/PRON:Prs/@asked:obj ,/PUNCT
          ‘/PUNCT why/ADV/@asked:ccomp ?/PUNCT ’/PUNCT " Ann/PROPN/B-PER/@Vos:flat Vos/PROPN/I-PER/@said:nsubj
          said/VERB:Fin,Past/=say/@root ./PUNCT
    """)
    assert rows[-1][2] == "Ann Vos"


def test_said_then_a_role_that_a_name_qualifies() -> None:
    # '"…," said former Lee adviser Ann Vos.': the adviser, not the name in the title.
    rows = _quotes("""
        " We/PRON:Prs/@won:nsubj won/VERB:Fin,Past/=win/@said:ccomp the/DET:Art/@vote:det vote/NOUN/@won:obj ,/PUNCT "
          said/VERB:Fin,Past/=say/@root former/ADJ/@adviser:amod Lee/PROPN/B-PER/@adviser:compound
          adviser/NOUN/@Vos:compound Ann/PROPN/B-PER/@Vos:flat Vos/PROPN/I-PER/@said:nsubj ./PUNCT
    """)
    assert rows == [("We won the vote,", "direct", "Ann Vos")]


def test_according_to_a_description_ends_before_its_relative_clause() -> None:
    rows = _quotes("""
        The/DET:Art road/NOUN/@close:nsubj will/AUX:Fin close/VERB:Inf/@root in/ADP
          May/PROPN ,/PUNCT according/VERB:Part/=accord/@close:advcl to/ADP/@according:prep
          local/ADJ/@officials:amod officials/NOUN:Plur/@to:pobj who/PRON/@worked:nsubj
          worked/VERB:Fin,Past/=work/@officials:relcl on/ADP/@worked:prep it/PRON:Prs/@on:pobj ./PUNCT
    """)
    assert rows[0][2] == "local officials"


def test_a_colon_that_ends_a_paragraph_introduces_the_quote_below() -> None:
    rows = _quotes(f"""
        {_earlier_report("Tom", "Reyes")}
        The/DET:Art/@council:det council/NOUN/@voted:nsubj voted/VERB:Fin,Past/=vote/@root ,/PUNCT
          and/CCONJ Ann/PROPN/B-PER/@Vos:flat Vos/PROPN/I-PER/@responded:nsubj
          responded/VERB:Fin,Past/=respond/@voted:conj :/PUNCT

        " We/PRON:Prs/@lost:nsubj lost/VERB:Fin,Past/=lose/@root this/DET/@round:det round/NOUN/@lost:obj ./PUNCT "
    """)
    assert rows[-1] == ("We lost this round.", "direct", "Ann Vos")


def test_a_person_and_a_group_said_it_together() -> None:
    rows = _quotes("""
        Ann/PROPN/B-PER/@Vos:flat Vos/PROPN/I-PER/@said:nsubj and/CCONJ/@lawyers:cc her/PRON:Prs,Poss=Yes/@lawyers:poss
          lawyers/NOUN:Plur/=lawyer/@Vos:conj said/VERB:Fin,Past/=say/@root the/DET:Art/@deal:det
          deal/NOUN/@was:nsubj was/AUX:Fin/=be/@said:ccomp fair/ADJ/@was:acomp ./PUNCT
    """)
    assert rows == [("the deal was fair", "indirect", "Ann Vos and her lawyers")]


def test_a_person_and_any_verb_right_after_the_quote() -> None:
    # '"…?" X went on': subject then verb after an open-ended quote, whatever the verb.
    rows = _quotes(f"""
        {_earlier_report("Ann", "Vos")}
        " Is/AUX:Fin/=be/@root it/PRON:Prs/@Is:nsubj fair/ADJ/@Is:acomp ?/PUNCT "
          Tom/PROPN/B-PER/@Reyes:flat Reyes/PROPN/I-PER/@went:nsubj went/VERB:Fin,Past/=go/@root on/ADP/@went:prt ./PUNCT
    """)
    assert rows[-1] == ("Is it fair?", "direct", "Tom Reyes")


def test_an_inverted_cue_after_a_quote_reports_no_clause_of_its_own() -> None:
    # '"…," said Ann Vos, half joking.': no indirect quote "Ann Vos, half joking".
    rows = _quotes("""
        " I/PRON:Prs/@like:nsubj like/VERB:Fin/=like/@said:ccomp my/PRON:Prs,Poss=Yes/@work:poss work/NOUN/@like:obj ,/PUNCT "
          said/VERB:Fin,Past/=say/@root Ann/PROPN/B-PER/@Vos:flat Vos/PROPN/I-PER/@said:ccomp ,/PUNCT
          half/ADV/@joking:advmod joking/VERB:Part/=joke/@Vos:advcl ./PUNCT
    """)
    assert rows == [("I like my work,", "direct", "Ann Vos")]


def test_a_full_name_keeps_its_own_first_name() -> None:
    # Two people of one surname: the second's full name is not completed to the first's.
    rows = _quotes(f"""
        {_earlier_report("Tom", "Hale")}
        Ruth/PROPN/B-PER Hale/PROPN/I-PER/@Ruth:flat/@said:nsubj said/VERB:Fin,Past/=say/@root the/DET:Art
          bridge/NOUN/@open:nsubj would/AUX:Fin open/VERB:Inf/@said:ccomp ./PUNCT
    """)
    assert [s for _, _, s in rows] == ["Tom Hale", "Ruth Hale"]


def test_a_participle_after_a_comma_takes_the_main_subject_whatever_its_relation() -> None:
    # ', writing "…"': the parse hangs the participle on the quoted verb as its subject;
    # after a comma it still adjoins the main clause, whose subject is the source.
    rows = _quotes("""
        Ann/PROPN/B-PER/@Vos:flat Vos/PROPN/I-PER/@shared:nsubj shared/VERB:Fin,Past/=share/@root
          the/DET:Art news/NOUN/@shared:obj on/ADP/@Radio:case Vale/PROPN/B-ORG/@Radio:compound
          Radio/PROPN/I-ORG/@news:nmod ,/PUNCT
          writing/VERB:Part/=write/@Looks:nsubj “/PUNCT Looks/VERB:Fin/=look/@shared:conj good/ADJ/@Looks:xcomp
          to/PART/@help:aux help/VERB:Inf/@Looks:xcomp ./PUNCT ”/PUNCT
    """)
    assert [s for _, _, s in rows] == ["Ann Vos"]


def test_of_two_parsed_subjects_the_person_next_to_the_verb() -> None:
    # "Speaking in a town, a region, X turned on Y, calling him …": the parse makes
    # the region a second subject of "turned"; the person beside the verb is the one.
    rows = _quotes("""
        Speaking/VERB:Part/=speak/@turned:advcl in/ADP/@Brookvale:case Brookvale/PROPN/B-LOC/@Speaking:obl ,/PUNCT
          Upper/PROPN/B-LOC/@Vale:flat Vale/PROPN/I-LOC/@turned:nsubj ,/PUNCT Tom/PROPN/B-PER/@Reyes:flat
          Reyes/PROPN/I-PER/@turned:nsubj turned/VERB:Fin,Past/=turn/@root on/ADP/@Hale:case
          Hale/PROPN/B-PER/@turned:obl ,/PUNCT calling/VERB:Part/=call/@turned:advcl him/PRON:Prs/@calling:obj
          “/PUNCT a/DET:Art sad/ADJ/@failure:amod failure/NOUN/@calling:xcomp ./PUNCT ”/PUNCT
    """)
    assert [s for _, _, s in rows] == ["Tom Reyes"]


def test_a_title_case_headline_does_not_lengthen_a_name() -> None:
    # The tagger runs a title-case headline's words into the name; the running
    # text's form of the name is the full one.
    rows = _quotes("""
        Bold/PROPN/B-PER Pledges/PROPN/I-PER Tom/PROPN/I-PER Reyes/PROPN/I-PER Backed/PROPN Again/PROPN

        Tom/PROPN/B-PER Reyes/PROPN/I-PER/@Tom:flat said/VERB:Fin,Past/=say/@root the/DET:Art
          plan/NOUN/@works:nsubj works/VERB:Fin/=work/@said:ccomp ./PUNCT
    """)
    assert [s for _, _, s in rows] == ["Tom Reyes"]


def test_words_run_into_a_name_before_its_first_name_are_not_its_full_form() -> None:
    # "Democrat Tom Reyes" (the tagger's span) and later "Reyes": the full name is "Tom Reyes".
    rows = _quotes("""
        Democrat/PROPN/B-PER/@Reyes:compound Tom/PROPN/I-PER/@Reyes:flat Reyes/PROPN/I-PER/@won:nsubj
          won/VERB:Fin,Past/=win/@root ./PUNCT
        Reyes/PROPN/B-PER/@said:nsubj said/VERB:Fin,Past/=say/@root the/DET:Art
          plan/NOUN/@works:nsubj works/VERB:Fin/=work/@said:ccomp ./PUNCT
    """)
    assert [s for _, _, s in rows] == ["Tom Reyes"]


def test_a_source_opening_the_sentence_after_a_closing_question() -> None:
    # "''…?'' / Mr. X asked." (two apostrophes as marks): the splitter ends the
    # sentence at the close; the source and its cue open the next sentence.
    rows = _quotes(f"""
        {_earlier_report("Ann", "Vos")}

        ''/PUNCT Why/ADV/@work:advmod would/AUX:Fin/@work:aux it/PRON:Prs/@work:nsubj work/VERB:Inf/@root ?/PUNCT ''/PUNCT
        Mr./PROPN/@Reyes:flat Reyes/PROPN/B-PER/@asked:nsubj asked/VERB:Fin,Past/=ask/@root ./PUNCT
    """)
    assert rows[-1] == ("Why would it work?", "direct", "Reyes")


def test_a_source_with_an_apposition_holding_a_verb_after_the_quote() -> None:
    # '"…," X, who was Y under Z, told …': the apposition has a verb of its own.
    rows = _quotes(f"""
        {_earlier_report("Ann", "Vos")}

        “/PUNCT We/PRON:Prs/@cope:nsubj will/AUX:Fin/@cope:aux cope/VERB:Inf/@told:ccomp ,/PUNCT ”/PUNCT
          Tom/PROPN/B-PER/@Reyes:flat Reyes/PROPN/I-PER/@was:nsubj ,/PUNCT who/PRON:Rel/@was:nsubj
          was/AUX:Fin,Past/=be/@root mayor/NOUN/@was:attr under/ADP/@Hale:case Ruth/PROPN/B-PER/@Hale:flat
          Hale/PROPN/I-PER/@mayor:nmod ,/PUNCT told/VERB:Fin,Past/=tell/@was:conj reporters/NOUN:Plur/@told:obj ./PUNCT
    """)
    assert any(s == "Tom Reyes" and t.startswith("We will cope") for t, _, s in rows)


def test_a_quote_ending_its_paragraph_takes_no_source_from_the_next() -> None:
    # The subject that opens the next paragraph is not the source of the quote before it.
    rows = _quotes("""
        “/PUNCT Is/AUX:Fin/=be/@root that/PRON/@Is:nsubj all/PRON/@Is:attr ?/PUNCT ”/PUNCT Ann/PROPN/B-PER/@Vos:flat
          Vos/PROPN/I-PER/@said:nsubj said/VERB:Fin,Past/=say ./PUNCT
        “/PUNCT We/PRON:Prs/@need:nsubj need/VERB:Fin/@root a/DET:Art/@plan:det plan/NOUN/@need:obj !/PUNCT ”/PUNCT

        Tom/PROPN/B-PER/@Reyes:flat Reyes/PROPN/I-PER/@said:nsubj ,/PUNCT a/DET:Art/@rival:det rival/NOUN/@Reyes:appos ,/PUNCT
          said/VERB:Fin,Past/=say/@root the/DET:Art/@speech:det speech/NOUN/@failed:nsubj failed/VERB:Fin,Past/=fail/@said:ccomp ./PUNCT
    """)
    assert ("We need a plan!", "direct", "Tom Reyes") not in rows


def test_a_counted_subject_is_an_unnamed_group_not_the_last_name() -> None:
    # "…, but 58 percent of residents said …": the parse's subject counts people; the
    # person named before it in the sentence is not the source.
    rows = _quotes("""
        Ann/PROPN/B-PER/@Vos:flat Vos/PROPN/I-PER/@leads:nsubj leads/VERB:Fin/=lead/@root ,/PUNCT but/CCONJ/@said:cc
          58/NUM/@percent:nummod percent/NOUN/@said:nsubj of/ADP/@residents:case residents/NOUN:Plur/@percent:nmod
          said/VERB:Fin,Past/=say/@leads:conj they/PRON:Prs/@doubt:nsubj doubt/VERB:Fin/@said:ccomp
          her/PRON:Prs/@doubt:obj ./PUNCT
    """)
    assert ("they doubt her", "indirect", "58 percent of residents") in rows


def test_a_quantity_pronoun_subject_is_an_unnamed_group() -> None:
    rows = _quotes("""
        As/SCONJ/@described:mark described/VERB:Part/=describe/@think:advcl by/ADP/@Vos:case Ann/PROPN/B-PER/@Vos:flat
          Vos/PROPN/I-PER/@described:obl ,/PUNCT many/ADJ/@think:nsubj think/VERB:Fin/=think/@root
          the/DET:Art/@plan:det plan/NOUN/@failed:nsubj failed/VERB:Fin,Past/=fail/@think:ccomp ./PUNCT
    """)
    assert ("the plan failed", "indirect", "many") in rows


def test_a_passive_first_conjunct_gives_its_subject_to_the_cue() -> None:
    # "Acme officials were angered by the deal and predicted …": the officials predict.
    rows = _quotes("""
        Acme/PROPN/B-ORG/@officials:compound officials/NOUN:Plur/@angered:nsubj:pass were/AUX:Fin/@angered:aux:pass
          angered/VERB:Part/=anger/@root by/ADP/@deal:case the/DET:Art/@deal:det deal/NOUN/@angered:obl
          and/CCONJ/@predicted:cc predicted/VERB:Fin,Past/=predict/@angered:conj it/PRON:Prs/@fail:nsubj
          would/AUX:Fin/@fail:aux fail/VERB:Inf/@predicted:ccomp ./PUNCT
    """)
    sources = [s for t, _, s in rows if t.startswith("it would fail")]
    assert len(sources) == 1 and sources[0].endswith("officials")


def test_a_particle_the_parse_calls_compound_prt_makes_a_phrasal_cue() -> None:
    rows = _quotes("""
        Ann/PROPN/B-PER/@Vos:flat Vos/PROPN/I-PER/@pointed:nsubj pointed/VERB:Fin,Past/=point/@root
          out/ADP/@pointed:compound:prt that/SCONJ/@failed:mark the/DET:Art/@plan:det plan/NOUN/@failed:nsubj
          failed/VERB:Fin,Past/=fail/@pointed:ccomp ./PUNCT
    """)
    assert rows == [("the plan failed", "indirect", "Ann Vos")]


def test_made_it_clear_that_reports() -> None:
    rows = _quotes("""
        Ann/PROPN/B-PER/@Vos:flat Vos/PROPN/I-PER/@made:nsubj made/VERB:Fin,Past/=make/@root it/PRON:Prs/@made:obj
          clear/ADJ/@made:xcomp that/SCONJ/@failed:mark the/DET:Art/@plan:det plan/NOUN/@failed:nsubj
          failed/VERB:Fin,Past/=fail/@made:ccomp ./PUNCT
    """)
    assert rows == [("the plan failed", "indirect", "Ann Vos")]


def test_a_conjunct_of_the_reporting_verb_ends_the_reported_clause() -> None:
    # "X said she wants a park and has funded Y": "has funded" is X's own act.
    rows = _quotes("""
        Ann/PROPN/B-PER/@Vos:flat Vos/PROPN/I-PER/@said:nsubj said/VERB:Fin,Past/=say/@root she/PRON:Prs/@wants:nsubj
          wants/VERB:Fin/=want/@said:ccomp a/DET:Art/@park:det new/ADJ/@park:amod park/NOUN/@wants:obj
          and/CCONJ/@funded:cc has/AUX:Fin/@funded:aux funded/VERB:Part/=fund/@said:conj two/NUM/@schools:nummod
          schools/NOUN:Plur/@funded:obj ./PUNCT
    """)
    assert rows == [("she wants a new park", "indirect", "Ann Vos")]


def test_a_report_without_a_finite_verb_is_an_act_not_a_quote() -> None:
    # "urged the council to act": a request, no reported proposition (GUIDELINES).
    rows = _quotes("""
        Ann/PROPN/B-PER/@Vos:flat Vos/PROPN/I-PER/@urged:nsubj urged/VERB:Fin,Past/=urge/@root the/DET:Art/@council:det
          council/NOUN/@urged:obj to/PART/@act:mark act/VERB:Inf/@urged:xcomp quickly/ADV/@act:advmod ./PUNCT
    """)
    assert rows == []


def test_coordinated_subjects_with_their_places_say_it_together() -> None:
    # "X of A and Y of B said …": the parse's conjuncts are one source.
    rows = _quotes("""
        Tom/PROPN/B-PER/@Reyes:flat Reyes/PROPN/I-PER/@said:nsubj of/ADP/@Vale:case Vale/PROPN/B-LOC/@Reyes:nmod
          and/CCONJ/@Vos:cc Ann/PROPN/B-PER/@Vos:flat Vos/PROPN/I-PER/@Reyes:conj of/ADP/@Dell:case
          Dell/PROPN/B-LOC/@Vos:nmod said/VERB:Fin,Past/=say/@root the/DET:Art/@plan:det plan/NOUN/@works:nsubj
          works/VERB:Fin/=work/@said:ccomp ./PUNCT
    """)
    assert rows == [("the plan works", "indirect", "Tom Reyes and Ann Vos")]


def test_a_report_in_a_fronted_subordinate_clause_ends_where_the_main_clause_resumes() -> None:
    rows = _quotes("""
        While/SCONJ/@says:mark Ann/PROPN/B-PER/@Vos:flat Vos/PROPN/I-PER/@says:nsubj says/VERB:Fin/=say/@doubt:advcl
          the/DET:Art/@plan:det plan/NOUN/@works:nsubj works/VERB:Fin/=work/@says:ccomp ,/PUNCT
          other/ADJ/@members:amod members/NOUN:Plur/@doubt:nsubj doubt/VERB:Fin/=doubt/@root it/PRON:Prs/@doubt:obj ./PUNCT
    """)
    assert ("the plan works", "indirect", "Ann Vos") in rows


def test_a_complement_without_subject_takes_the_noun_phrase_hung_on_the_cue() -> None:
    # "The office said about a third of the gap came from tax cuts": the parse hangs
    # "about a third …" on "said"; it is the reported clause's subject.
    rows = _quotes("""
        The/DET:Art/@office:det office/NOUN/@said:nsubj said/VERB:Fin,Past/=say/@root about/ADP/@third:case
          a/DET:Art/@third:det third/NOUN/@said:obl of/ADP/@gap:case the/DET:Art/@gap:det gap/NOUN/@third:nmod
          came/VERB:Fin,Past/=come/@said:ccomp from/ADP/@cuts:case tax/NOUN/@cuts:compound cuts/NOUN:Plur/@came:obl ./PUNCT
    """)
    assert [t for t, _, _ in rows] == ["about a third of the gap came from tax cuts"]


def test_a_thing_a_name_owns_is_the_source_not_the_name() -> None:
    # "Vos's study finds …": the study, as written, not Vos.
    rows = _quotes("""
        Ann/PROPN/B-PER/@Vos:flat Vos/PROPN/I-PER/@study:nmod:poss ^'s/PART/@Vos:case study/NOUN/@finds:nsubj
          finds/VERB:Fin/=find/@root tenants/NOUN:Plur/@move:nsubj may/AUX:Fin/@move:aux
          move/VERB:Inf/@finds:ccomp ./PUNCT
    """)
    assert rows == [("tenants may move", "indirect", "Ann Vos's study")]


def test_a_bare_noun_subject_is_a_source_as_written() -> None:
    rows = _quotes("""
        New/ADJ/@polling:amod polling/NOUN/@finds:nsubj finds/VERB:Fin/=find/@root that/SCONJ/@leads:mark
          Ann/PROPN/B-PER/@Vos:flat Vos/PROPN/I-PER/@leads:nsubj leads/VERB:Fin/=lead/@finds:ccomp ./PUNCT
    """)
    assert rows == [("Ann Vos leads", "indirect", "New polling")]


def test_a_plural_or_capitals_name_is_no_singular_pronouns_antecedent() -> None:
    # "Christians" (a plural name) and "PHOTO CREDITS" (a label) are no "she".
    rows = _quotes("""
        Ann/PROPN/B-PER/@Vos:flat Vos/PROPN/I-PER/@spoke:nsubj spoke/VERB:Fin,Past/=speak/@root ./PUNCT
        Christians/PROPN:Plur/B-MISC/@gathered:nsubj gathered/VERB:Fin,Past/=gather/@root ./PUNCT
        She/PRON:Prs/@said:nsubj said/VERB:Fin,Past/=say/@root the/DET:Art/@plan:det plan/NOUN/@works:nsubj
          works/VERB:Fin/=work/@said:ccomp ./PUNCT
    """)
    assert rows == [("the plan works", "indirect", "Ann Vos")]


def test_a_possessor_after_the_quote_is_not_the_source() -> None:
    # '"…," X's campaign manager, Y, said': Y speaks, not X.
    rows = _quotes(f"""
        {_earlier_report("Ruth", "Hale")}

        “/PUNCT It/PRON:Prs/@holds:nsubj holds/VERB:Fin/@said:ccomp ,/PUNCT ”/PUNCT Hale/PROPN/B-PER/@manager:nmod:poss
          ^'s/PART/@Hale:case campaign/NOUN/@manager:compound manager/NOUN/@said:nsubj ,/PUNCT Tom/PROPN/B-PER/@Reyes:flat
          Reyes/PROPN/I-PER/@manager:appos ,/PUNCT said/VERB:Fin,Past/=say/@root ./PUNCT
    """)
    assert rows[-1] == ("It holds,", "direct", "Tom Reyes")


def test_an_inverted_cue_with_a_possessor_names_the_person_beside_the_role() -> None:
    # '"…," said the firm's chief executive, X': X speaks, not the firm.
    rows = _quotes(f"""
        {_earlier_report("Ruth", "Hale")}

        “/PUNCT It/PRON:Prs/@holds:nsubj holds/VERB:Fin/@said:ccomp ,/PUNCT ”/PUNCT said/VERB:Fin,Past/=say/@root
          the/DET:Art/@firm:det firm/NOUN/B-ORG/@executive:nmod:poss ^'s/PART/@firm:case chief/ADJ/@executive:amod
          executive/NOUN/@said:nsubj ,/PUNCT Tom/PROPN/B-PER/@Reyes:flat Reyes/PROPN/I-PER/@executive:appos ./PUNCT
    """)
    assert rows[-1] == ("It holds,", "direct", "Tom Reyes")


def test_an_inverted_cue_with_a_name_titled_by_a_role_after_it() -> None:
    # '"…," said Hale campaign manager X': the name before the role only qualifies it.
    rows = _quotes(f"""
        {_earlier_report("Ann", "Vos")}

        “/PUNCT It/PRON:Prs/@holds:nsubj holds/VERB:Fin/@said:ccomp ,/PUNCT ”/PUNCT said/VERB:Fin,Past/=say/@root
          Hale/PROPN/B-PER/@Reyes:compound campaign/NOUN/@manager:compound manager/NOUN/@Reyes:compound
          Tom/PROPN/B-PER/@Reyes:flat Reyes/PROPN/I-PER/@said:nsubj ./PUNCT
    """)
    assert rows[-1] == ("It holds,", "direct", "Tom Reyes")


def test_a_relative_pronoun_without_a_pronoun_type_is_read_from_the_parse() -> None:
    # spaCy's English tags "who" with no PronType: the relative clause's verb tells.
    # The clause hangs on the person, not on the town named nearer the cue.
    rows = _quotes("""
        Support/NOUN/@came:nsubj came/VERB:Fin,Past/=come/@root from/ADP/@Ortiz:case Lena/PROPN/B-PER/@Ortiz:flat
          Ortiz/PROPN/I-PER/@came:obl of/ADP/@Greenport:case Greenport/PROPN/B-LOC/@Ortiz:nmod ,/PUNCT
          who/PRON/@said:nsubj said/VERB:Fin,Past/=say/@Ortiz:acl:relcl the/DET:Art/@fund:det fund/NOUN/@was:nsubj
          was/AUX:Fin,Past/=be/@said:ccomp empty/ADJ/@was:xcomp ./PUNCT
    """)
    assert rows == [("the fund was empty", "indirect", "Lena Ortiz")]


def test_a_cue_in_a_relative_clause_of_the_subject_reports_nothing_past_it() -> None:
    # "A clerk who asked not to be named said …": the report is the main verb's.
    rows = _quotes("""
        A/DET:Art/@clerk:det clerk/NOUN/@said:nsubj who/PRON/@asked:nsubj asked/VERB:Fin,Past/=ask/@clerk:acl:relcl
          not/PART/@named:advmod to/PART/@named:aux be/AUX:Inf/@named:aux:pass named/VERB:Part/@asked:xcomp
          said/VERB:Fin,Past/=say/@root the/DET:Art/@office:det office/NOUN/@close:nsubj would/AUX:Fin/@close:aux
          close/VERB:Inf/@said:ccomp ./PUNCT
    """)
    assert [(t, k) for t, k, _ in rows] == [("the office would close", "indirect")]
    assert rows[0][2] is not None and rows[0][2].lower().startswith("a clerk")


def test_a_subjectless_conjunct_shares_its_sibling_conjuncts_subject() -> None:
    # "Speaking in A, X blamed rivals in B, and emphasized that …" parsed as two
    # conjuncts of the participle: the place before the cue is an object, not the source.
    rows = _quotes("""
        Speaking/VERB:VerbForm=Ger/=speak/@root in/ADP/@Ostend:case Ostend/PROPN/B-LOC/@Speaking:obl ,/PUNCT
          Mara/PROPN/B-PER/@Quist:flat Quist/PROPN/I-PER/@blamed:nsubj blamed/VERB:Fin,Past/=blame/@Speaking:conj
          rivals/NOUN:Plur/@blamed:obj in/ADP/@Ghent:case Ghent/PROPN/B-LOC/@rivals:nmod ,/PUNCT and/CCONJ/@emphasized:cc
          emphasized/VERB:Fin,Past/=emphasize/@Speaking:conj that/SCONJ/@growing:mark trade/NOUN/@growing:nsubj
          was/AUX:Fin,Past/@growing:aux growing/VERB:VerbForm=Ger/=grow/@emphasized:ccomp ./PUNCT
    """)
    assert rows == [("trade was growing", "indirect", "Mara Quist")]


def test_an_infinitive_of_purpose_takes_the_subject_of_its_verb() -> None:
    # "X of A, B, stood at a Y rally to say that …": Y only names the rally.
    rows = _quotes("""
        Lena/PROPN/B-PER/@Ortiz:flat Ortiz/PROPN/I-PER/@stood:nsubj of/ADP/@Greenport:case
          Greenport/PROPN/B-LOC/@Ortiz:nmod ,/PUNCT Maine/PROPN/B-LOC/@Greenport:appos ,/PUNCT
          stood/VERB:Fin,Past/=stand/@root at/ADP/@rally:case a/DET:Art/@rally:det Baker/PROPN/B-PER/@rally:compound
          rally/NOUN/@stood:obl to/PART/@say:aux say/VERB:Inf/@stood:advcl that/SCONJ/@backed:mark
          she/PRON:Prs/@backed:nsubj backed/VERB:Fin,Past/=back/@say:ccomp the/DET:Art/@plan:det plan/NOUN/@backed:obj ./PUNCT
    """)
    assert rows == [("she backed the plan", "indirect", "Lena Ortiz")]


def test_a_hyphenated_given_name_in_lowercase_stays_whole() -> None:
    # The tagger's entity runs over "Seo-yeon"; the lowercase piece is part of the name.
    rows = _quotes("""
        Park/PROPN/B-PER/@yeon:flat Seo/PROPN/I-PER/@yeon:flat ^-/PUNCT/I-PER ^yeon/PROPN/I-PER/@said:nsubj
          said/VERB:Fin,Past/=say/@root the/DET:Art/@talks:det talks/NOUN:Plur/@resume:nsubj would/AUX:Fin/@resume:aux
          resume/VERB:Inf/@said:ccomp ./PUNCT
    """)
    assert rows == [("the talks would resume", "indirect", "Park Seo-yeon")]


def test_a_possessed_description_keeps_its_possessor_as_written() -> None:
    # "X's spokesman said …" is someone else than X, named as the article names him.
    rows = _quotes(f"""
        {_earlier_report("Ann", "Vos")}
        Hale/PROPN/B-PER/@spokesman:nmod:poss ^'s/PART/@Hale:case spokesman/NOUN/@said:nsubj
          said/VERB:Fin,Past/=say/@root the/DET:Art/@bridge:det bridge/NOUN/@open:nsubj would/AUX:Fin/@open:aux
          open/VERB:Inf/@said:ccomp ./PUNCT
    """)
    assert rows[-1] == ("the bridge would open", "indirect", "Hale's spokesman")


def test_an_inverted_cue_with_a_name_the_parse_makes_a_compound() -> None:
    # '"…," said X ally Y': the parse makes X a compound of a noun that no role list
    # holds; the name after it speaks.
    rows = _quotes(f"""
        {_earlier_report("Ann", "Vos")}

        “/PUNCT It/PRON:Prs/@holds:nsubj holds/VERB:Fin/@said:ccomp ,/PUNCT ”/PUNCT said/VERB:Fin,Past/=say/@root
          Hale/PROPN/B-PER/@ally:compound ally/NOUN/@Reyes:compound
          Tom/PROPN/B-PER/@Reyes:flat Reyes/PROPN/I-PER/@said:nsubj ./PUNCT
    """)
    assert rows[-1] == ("It holds,", "direct", "Tom Reyes")


def test_words_in_title_case_with_a_sentence_end_are_no_title() -> None:
    # '"Like A. Or B," X said': every word capitalised, but a title holds no full stop.
    rows = _quotes("""
        “/PUNCT Like/ADP/@Ostend:case Ostend/PROPN/B-LOC/@root ./PUNCT
        Or/CCONJ/@Ghent:cc Ghent/PROPN/B-LOC/@said:obl ,/PUNCT ”/PUNCT Tom/PROPN/B-PER/@Reyes:flat
          Reyes/PROPN/I-PER/@said:nsubj said/VERB:Fin,Past/=say/@root ./PUNCT
    """)
    assert rows == [("Like Ostend. Or Ghent,", "direct", "Tom Reyes")]


def test_a_copula_after_a_coordinated_subject_does_not_end_the_report() -> None:
    # "…, noting that A and B are allies": "are" is the clause's own verb (a copula
    # the parse makes its head), not an auxiliary of the reporting verb.
    rows = _quotes("""
        Tom/PROPN/B-PER/@Reyes:flat Reyes/PROPN/I-PER/@kept:nsubj kept/VERB:Fin,Past/=keep/@root to/ADP/@plan:case
          the/DET:Art/@plan:det plan/NOUN/@kept:obl ,/PUNCT noting/VERB:VerbForm=Ger/=note/@kept:advcl
          that/SCONJ/@are:mark the/DET:Art/@council:det council/NOUN/@are:nsubj and/CCONJ/@mayor:cc
          the/DET:Art/@mayor:det mayor/NOUN/@council:conj are/AUX:Fin/=be/@noting:ccomp
          allies/NOUN:Plur/@are:xcomp:pred ./PUNCT
    """)
    assert rows == [("the council and the mayor are allies", "indirect", "Tom Reyes")]


def test_a_cue_participle_after_a_comma_ends_the_report() -> None:
    # "X said A, touting B": the participle is X's next act, whatever the parse
    # hangs it on (here on the reported clause's verb).
    rows = _quotes("""
        Tom/PROPN/B-PER/@Reyes:flat Reyes/PROPN/I-PER/@said:nsubj said/VERB:Fin,Past/=say/@root the/DET:Art/@plan:det
          plan/NOUN/@works:nsubj works/VERB:Fin/=work/@said:ccomp ,/PUNCT touting/VERB:VerbForm=Ger/=tout/@works:advcl
          its/PRON:Poss=Yes/@cost:nmod:poss low/ADJ/@cost:amod cost/NOUN/@touting:obj ./PUNCT
    """)
    assert rows == [("the plan works", "indirect", "Tom Reyes")]


def test_he_never_stands_for_a_thing_that_spoke() -> None:
    # "X said A. The affidavit said B. He said C.": "he" is X, not the affidavit.
    rows = _quotes(f"""
        {_earlier_report("Tom", "Reyes")}
        The/DET:Art/@affidavit:det affidavit/NOUN/@said:nsubj said/VERB:Fin,Past/=say/@root the/DET:Art/@loan:det
          loan/NOUN/@was:nsubj was/AUX:Fin,Past/=be/@said:ccomp legal/ADJ/@was:xcomp ./PUNCT
        He/PRON:Prs,Gender=Masc/@said:nsubj said/VERB:Fin,Past/=say/@root the/DET:Art/@costs:det costs/NOUN:Plur/@fell:nsubj
          fell/VERB:Fin,Past/=fall/@said:ccomp ./PUNCT
    """)
    assert rows[-1] == ("the costs fell", "indirect", "Tom Reyes")


def test_but_that_coordinates_a_second_reported_clause() -> None:
    # The parser may hang the second clause on the cue itself: the complementiser
    # after "but" still makes it the same report.
    rows = _quotes("""
        Ruth/PROPN/B-PER Hale/PROPN/I-PER/@Ruth:flat said/VERB:Fin,Past/=say/@root that/SCONJ/@open:mark
          the/DET:Art bridge/NOUN/@open:nsubj would/AUX:Fin/@open:aux open/VERB:Inf/@said:ccomp
          ,/PUNCT/@wait:punct but/CCONJ/@wait:cc that/SCONJ/@wait:mark the/DET:Art road/NOUN/@wait:nsubj
          would/AUX:Fin/@wait:aux wait/VERB:Inf/@said:conj ./PUNCT/@said:punct
    """)
    assert rows == [("the bridge would open, but that the road would wait", "indirect", "Ruth Hale")]


def test_but_that_as_a_pronoun_ends_the_report() -> None:
    rows = _quotes("""
        Ruth/PROPN/B-PER Hale/PROPN/I-PER/@Ruth:flat said/VERB:Fin,Past/=say/@root that/SCONJ/@open:mark
          the/DET:Art bridge/NOUN/@open:nsubj would/AUX:Fin/@open:aux open/VERB:Inf/@said:ccomp
          ,/PUNCT/@was:punct but/CCONJ/@was:cc that/PRON/@was:nsubj was/AUX:Fin,Past/@said:conj
          wrong/ADJ/@was:xcomp ./PUNCT/@said:punct
    """)
    assert rows == [("the bridge would open", "indirect", "Ruth Hale")]


def test_a_quoted_fragment_ending_the_statement_makes_it_mixed() -> None:
    # GUIDELINES rule 3: words before the marks make the clause one mixed report,
    # with the comma inside the marks as English writes it; both word orders.
    rows = _quotes("""
        The/DET:Art plan/NOUN/@was:nsubj was/AUX:Fin,Past/@said:ccomp “/PUNCT a/DET:Art costly/ADJ
          mistake/NOUN/@was:attr ,/PUNCT ”/PUNCT Tom/PROPN/B-PER Reyes/PROPN/I-PER/@said:nsubj
          said/VERB:Fin,Past/=say/@root ./PUNCT

        The/DET:Art road/NOUN/@is:nsubj is/AUX:Fin/@said:ccomp “/PUNCT far/ADV too/ADV narrow/ADJ/@is:acomp
          ,/PUNCT ”/PUNCT said/VERB:Fin,Past/=say/@root Ruth/PROPN/B-PER Hale/PROPN/I-PER/@said:nsubj ./PUNCT
    """)
    assert rows == [("The plan was “a costly mistake,”", "mixed", "Tom Reyes"),
                    ("The road is “far too narrow,”", "mixed", "Ruth Hale")]


def test_a_sentence_wholly_in_marks_stays_direct() -> None:
    rows = _quotes("""
        “/PUNCT The/DET:Art plan/NOUN/@was:nsubj was/AUX:Fin,Past/@said:ccomp a/DET:Art costly/ADJ
          mistake/NOUN/@was:attr ,/PUNCT ”/PUNCT Tom/PROPN/B-PER Reyes/PROPN/I-PER/@said:nsubj
          said/VERB:Fin,Past/=say/@root ./PUNCT
    """)
    assert rows == [("The plan was a costly mistake,", "direct", "Tom Reyes")]


def test_a_period_inside_marks_mid_sentence_shows_no_sentence() -> None:
    # American usage puts the period inside the marks even after a term.
    rows = _quotes("""
        Ruth/PROPN/B-PER Hale/PROPN/I-PER/@Ruth:flat runs/VERB:Fin/=run a/DET:Art plant/NOUN that/PRON
          is/AUX:Fin “/PUNCT carbon/NOUN free/ADJ ./PUNCT ”/PUNCT
    """)
    assert rows == []


def test_a_short_title_case_name_mid_sentence_is_a_title() -> None:
    rows = _quotes("""
        Ruth/PROPN/B-PER Hale/PROPN/I-PER/@Ruth:flat spoke/VERB:Fin,Past/=speak on/ADP “/PUNCT Sun/PROPN
          and/CCONJ Friends/PROPN ./PUNCT ”/PUNCT
    """)
    assert rows == []


def test_a_name_inside_the_subjects_compound_is_not_the_source() -> None:
    rows = _quotes("""
        The/DET:Art/@veteran:det Harbour/PROPN/B-ORG/@Guard:flat Guard/PROPN/I-ORG/@veteran:compound
          veteran/NOUN/@believes:nsubj believes/VERB:Fin/=believe/@root that/SCONJ/@works:mark
          the/DET:Art plan/NOUN/@works:nsubj works/VERB:Fin/=work/@believes:ccomp ./PUNCT/@believes:punct
    """)
    assert rows == [("the plan works", "indirect", "The Harbour Guard veteran")]


def test_a_description_with_an_apposed_name_after_the_statement() -> None:
    # "Y, a spokeswoman, Ann Lee, said.": the name apposed to the subject speaks.
    rows = _quotes("""
        The/DET:Art ferry/NOUN/@sails:nsubj sails/VERB:Fin/=sail/@said:ccomp in/ADP June/PROPN/@sails:obl
          ,/PUNCT a/DET:Art/@spokeswoman:det spokeswoman/NOUN/@said:nsubj ,/PUNCT Ruth/PROPN/B-PER/@Hale:flat
          Hale/PROPN/I-PER/@spokeswoman:appos ,/PUNCT said/VERB:Fin,Past/=say/@root ./PUNCT/@said:punct
    """)
    assert rows == [("The ferry sails in June", "indirect", "Ruth Hale")]


def test_a_cue_with_its_clause_after_it_reports_that_clause_not_the_phrase_before() -> None:
    rows = _quotes("""
        After/SCONJ/@failed:mark the/DET:Art court/NOUN/@failed:nsubj failed/VERB:Fin,Past/=fail/@said:advcl
          to/PART act/VERB:Inf/@failed:xcomp ,/PUNCT/@said:punct Ruth/PROPN/B-PER/@Hale:flat
          Hale/PROPN/I-PER/@said:nsubj said/VERB:Fin,Past/=say/@root the/DET:Art/@board:det
          board/NOUN/@deadlock:nmod:poss ’/PUNCT/@board:case deadlock/NOUN/@kept:nsubj has/AUX:Fin/@kept:aux
          kept/VERB:Part/@said:ccomp the/DET:Art/@port:det port/NOUN/@kept:obj open/ADJ/@kept:xcomp ./PUNCT/@said:punct
    """)
    assert rows == [("the board’ deadlock has kept the port open", "indirect", "Ruth Hale")]


def test_a_short_quote_introduced_by_a_comma_is_speech() -> None:
    rows = _quotes("""
        Ruth/PROPN/B-PER Hale/PROPN/I-PER/@told:nsubj told/VERB:Fin,Past/=tell/@root the/DET:Art agency/NOUN
          simply/ADV ,/PUNCT “/PUNCT We/PRON:Prs lost/VERB:Fin,Past/=lose ./PUNCT ”/PUNCT
    """)
    assert rows == [("We lost.", "direct", "Ruth Hale")]


def test_a_quote_that_ended_its_sentence_is_not_the_next_cues() -> None:
    rows = _quotes("""
        Tom/PROPN/B-PER Reyes/PROPN/I-PER/@said:nsubj said/VERB:Fin,Past/=say/@root the/DET:Art/@plan:det
          plan/NOUN/@caused:nsubj “/PUNCT caused/VERB:Fin,Past/=cause/@said:ccomp harm/NOUN/@caused:obj
          ./PUNCT ”/PUNCT
        Ruth/PROPN/B-PER Hale/PROPN/I-PER/@called:nsubj called/VERB:Fin,Past/=call/@root
          Reyes/PROPN/B-PER/@called:obj a/DET:Art “/PUNCT poor/ADJ loser/NOUN/@called:xcomp ./PUNCT ”/PUNCT
    """)
    assert [(t, s) for t, _k, s in rows] == [("the plan “caused harm.”", "Tom Reyes"),
                                          ("Reyes a “poor loser.”", "Ruth Hale")]


def test_a_comment_clause_with_as_attributes_the_clause_beside_it() -> None:
    rows = _quotes("""
        As/SCONJ/@reported:mark the/DET:Art/@Herald:det Dunmore/PROPN/B-ORG/@Herald:compound
          Herald/PROPN/I-ORG/@reported:nsubj reported/VERB:Fin,Past/=report/@accused:advcl ,/PUNCT
          the/DET:Art mayor/NOUN/@accused:nsubj:pass was/AUX:Fin,Past/@accused:aux:pass
          accused/VERB:Part/@root of/SCONJ selling/VERB:VerbForm=Ger/@accused:advcl the/DET:Art pier/NOUN ./PUNCT
        The/DET:Art bridge/NOUN/@close:nsubj will/AUX:Fin/@close:aux close/VERB:Inf/@root in/ADP May/PROPN/@close:obl
          ,/PUNCT as/SCONJ/@said:mark Ruth/PROPN/B-PER Hale/PROPN/I-PER/@said:nsubj
          said/VERB:Fin,Past/=say/@close:advcl ./PUNCT
        As/SCONJ/@reported:mark reported/VERB:Part/=report/@found:advcl by/ADP/@Times:case the/DET:Art
          Harbour/PROPN/B-ORG/@Times:compound Times/PROPN/I-ORG/@reported:obl ,/PUNCT
          investigators/NOUN:Plur/@found:nsubj found/VERB:Fin,Past/=find/@root emails/NOUN:Plur/@found:obj ./PUNCT
    """)
    assert [(t, s) for t, _k, s in rows] == [
        ("the mayor was accused of selling the pier", "the Dunmore Herald"),
        ("The bridge will close in May", "Ruth Hale"),
        ("investigators found emails", "the Harbour Times")]


def test_as_she_said_she_would_compares_and_attributes_nothing() -> None:
    rows = _quotes("""
        Ruth/PROPN/B-PER Hale/PROPN/I-PER/@left:nsubj left/VERB:Fin,Past/=leave/@root early/ADV ,/PUNCT
          as/SCONJ/@said:mark she/PRON:Prs/@said:nsubj said/VERB:Fin,Past/=say/@left:advcl
          she/PRON:Prs/@would:nsubj would/AUX:Fin/@said:ccomp ./PUNCT
    """)
    assert all(not t.startswith("Ruth Hale left") for t, _k, _s in rows)


def test_they_takes_the_plural_subject_before_it_when_no_list_names_it() -> None:
    rows = _quotes("""
        Ruth/PROPN/B-PER Hale/PROPN/I-PER/@spoke:nsubj spoke/VERB:Fin,Past/=speak/@root on/ADP Monday/PROPN/@spoke:obl ./PUNCT
        Her/PRON:Prs,Poss/@cousins:nmod:poss closest/ADJ/@cousins:amod cousins/NOUN:Plur/@met:nsubj
          met/VERB:Fin,Past/=meet/@root later/ADV ./PUNCT
        They/PRON:Prs,Plur/@said:nsubj said/VERB:Fin,Past/=say/@root the/DET:Art/@plan:det plan/NOUN/@works:nsubj
          works/VERB:Fin/=work/@said:ccomp ./PUNCT
    """)
    assert rows == [("the plan works", "indirect", "Her closest cousins")]


def test_he_never_stands_for_two_people_quoted_together() -> None:
    rows = _quotes("""
        Tom/PROPN/B-PER Reyes/PROPN/I-PER/@spoke:nsubj spoke/VERB:Fin,Past/=speak/@root first/ADV ./PUNCT
        Dan/PROPN/B-PER Moore/PROPN/I-PER/@arrived:nsubj arrived/VERB:Fin,Past/=arrive/@root late/ADV ./PUNCT
        Moore/PROPN/B-PER/@said:nsubj and/CCONJ Reyes/PROPN/B-PER/@Moore:conj
          said/VERB:Fin,Past/=say/@root the/DET:Art/@plan:det plan/NOUN/@works:nsubj works/VERB:Fin/=work/@said:ccomp ./PUNCT
        “/PUNCT It/PRON:Prs/@is:nsubj is/AUX:Fin/@said:ccomp fine/ADJ/@is:acomp ,/PUNCT ”/PUNCT
          he/PRON:Prs/@said:nsubj said/VERB:Fin,Past/=say/@root ./PUNCT
    """)
    assert rows[-1] != ("It is fine,", "direct", "Dan Moore and Tom Reyes")


def test_what_follows_an_inverted_source_as_its_relative_or_apposition_is_no_statement() -> None:
    rows = _quotes("""
        The/DET:Art plan/NOUN/@works:nsubj works/VERB:Fin/=work/@said:ccomp ,/PUNCT said/VERB:Fin,Past/=say/@root
          Tom/PROPN/B-PER Reyes/PROPN/I-PER/@said:nsubj ,/PUNCT who/PRON/@ran:nsubj ran/VERB:Fin,Past/=run/@Reyes:acl:relcl
          the/DET:Art board/NOUN/@ran:obj ./PUNCT
        The/DET:Art road/NOUN/@waits:nsubj waits/VERB:Fin/=wait/@said:ccomp ,/PUNCT said/VERB:Fin,Past/=say/@root
          Ann/PROPN/B-PER Vos/PROPN/I-PER/@said:nsubj ,/PUNCT another/DET/@builder:det builder/NOUN/@Vos:appos
          who/PRON/@worked:nsubj worked/VERB:Fin,Past/=work/@builder:acl:relcl there/ADV ./PUNCT
    """)
    assert [t for t, _k, _s in rows] == ["The plan works", "The road waits"]


def test_a_pronoun_keeps_the_subject_whose_gender_is_known_over_an_unknown_speaker_since() -> None:
    rows = _quotes("""
        Ruth/PROPN/B-PER Hale/PROPN/I-PER/@caused:nsubj caused/VERB:Fin,Past/=cause/@root a/DET:Art stir/NOUN/@caused:obj
          when/SCONJ/@asked:advmod a/DET:Art/@voter:det voter/NOUN/@asked:nsubj asked/VERB:Fin,Past/=ask/@caused:advcl
          if/SCONJ/@run:mark she/PRON:Prs/@run:nsubj might/AUX:Fin/@run:aux run/VERB:Inf/@asked:ccomp again/ADV ./PUNCT
        “/PUNCT That/PRON/@sounds:nsubj sounds/VERB:Fin/=sound/@replied:ccomp fine/ADJ/@sounds:xcomp ,/PUNCT ”/PUNCT
          she/PRON:Prs/@replied:nsubj replied/VERB:Fin,Past/=reply/@root ./PUNCT
    """)
    assert rows[-1] == ("That sounds fine,", "direct", "Ruth Hale")


def test_a_name_alone_in_marks_is_a_title_not_a_person() -> None:
    rows = _quotes("""
        The/DET:Art/@senator:det senator/NOUN/@spoke:nsubj spoke/VERB:Fin,Past/=speak/@root on/ADP Tuesday/PROPN/@spoke:obl ./PUNCT
        The/DET:Art/@governor:det governor/NOUN/@was:nsubj was/AUX:Fin,Past/@said:ccomp in/ADP the/DET:Art
          running/NOUN/@was:obl ,/PUNCT he/PRON:Prs/@said:nsubj said/VERB:Fin,Past/=say/@root on/ADP
          “/PUNCT Morning/PROPN/B-PER/@Talk:flat Talk/PROPN/I-PER/@said:obl ./PUNCT ”/PUNCT
        “/PUNCT The/DET:Art/@ferry:det ferry/NOUN/@sails:nsubj sails/VERB:Fin/=sail/@said:ccomp
          ,/PUNCT ”/PUNCT he/PRON:Prs/@said:nsubj said/VERB:Fin,Past/=say/@root ./PUNCT
    """)
    assert all(s != "Morning Talk" for _t, _k, s in rows)
