"""English reports on hand-built documents: which words are a quote, and where it ends.

The engine is the one Dutch uses; only the Language differs. These cover the
English orders it reads: a complement clause without "that" ("X said Y"), the
statement before its source ("Y, X said."), "according to X", comment clauses
("as X said"), quoted fragments inside a report, and titles in marks that are no
quotes. Who speaks is in test_english_sources.py; pronouns in test_english_pronouns.py.
"""

from __future__ import annotations

from english_doc import earlier_report, quotes_of


def test_said_with_a_bare_complement_clause() -> None:
    rows = quotes_of("""
        Mayor/NOUN/@Hale:compound Ruth/PROPN/B-PER/@Hale:flat Hale/PROPN/I-PER/@said:nsubj
          said/VERB:Fin,Past/=say/@root the/DET:Art/@bridge:det bridge/NOUN/@open:nsubj would/AUX:Fin/@open:aux
          open/VERB:Inf/@said:ccomp in/ADP/@spring:case spring/NOUN/@open:obl ./PUNCT/@said:punct
    """)
    assert rows == [("the bridge would open in spring", "indirect", "Ruth Hale")]


def test_said_that_y() -> None:
    rows = quotes_of("""
        Ruth/PROPN/B-PER Hale/PROPN/I-PER/@Ruth:flat said/VERB:Fin,Past/=say/@root that/SCONJ
          the/DET:Art bridge/NOUN/@open:nsubj would/AUX:Fin open/VERB:Inf/@said:ccomp soon/ADV .
    """)
    assert rows == [("the bridge would open soon", "indirect", "Ruth Hale")]


def test_statement_then_comma_subject_and_cue() -> None:
    rows = quotes_of("""
        The/DET:Art council/NOUN/@voted:nsubj voted/VERB:Fin,Past/=vote/@said:ccomp against/ADP
          the/DET:Art plan/NOUN ,/PUNCT Tom/PROPN/B-PER Reyes/PROPN/I-PER/@Tom:flat
          said/VERB:Fin,Past/=say/@root ./PUNCT
    """)
    assert rows == [("The council voted against the plan", "indirect", "Tom Reyes")]


def test_a_fronted_phrase_before_the_subject_is_no_statement() -> None:
    # "For his part, X said Y": the phrase before the comma has no finite verb.
    rows = quotes_of("""
        For/ADP his/PRON:Prs part/NOUN ,/PUNCT Tom/PROPN/B-PER Reyes/PROPN/I-PER/@Tom:flat
          said/VERB:Fin,Past/=say/@root he/PRON:Prs/@left:nsubj left/VERB:Fin,Past/=leave/@said:ccomp
          early/ADV ./PUNCT
    """)
    assert rows == [("he left early", "indirect", "Tom Reyes")]


def test_according_to_x() -> None:
    rows = quotes_of("""
        The/DET:Art road/NOUN/@close:nsubj will/AUX:Fin close/VERB:Inf/@root in/ADP
          May/PROPN ,/PUNCT according/VERB:Part/=accord to/ADP the/DET:Art
          Harbour/PROPN/B-ORG Authority/PROPN/I-ORG ./PUNCT
    """)
    assert len(rows) == 1
    text, kind, speaker = rows[0]
    assert text.startswith("The road will close in May") and kind == "indirect"
    assert speaker == "the Harbour Authority"


def test_a_title_case_phrase_in_marks_is_a_title() -> None:
    rows = quotes_of("""
        Ruth/PROPN/B-PER Hale/PROPN/I-PER/@Ruth:flat said/VERB:Fin,Past/=say the/DET:Art law/NOUN
          “/PUNCT Homes/NOUN for/ADP Every/DET Street/PROPN ”/PUNCT was/AUX:Fin late/ADJ ./PUNCT
    """)
    assert all("Homes for Every Street" not in text or kind != "direct" for text, kind, _ in rows)


def test_said_that_past_a_title_in_marks() -> None:
    rows = quotes_of("""
        Ruth/PROPN/B-PER Hale/PROPN/I-PER/@Ruth:flat told/VERB:Fin,Past/=tell the/DET:Art show/NOUN
          "/PUNCT Harbour/PROPN Hour/PROPN "/PUNCT that/SCONJ the/DET:Art ferry/NOUN/@sails:nsubj
          sails/VERB:Fin/=sail soon/ADV ./PUNCT
    """)
    assert rows == [("the ferry sails soon", "indirect", "Ruth Hale")]


def test_asked_opening_a_sentence_is_the_question_not_a_quote() -> None:
    rows = quotes_of("""
        Asked/VERB:Part,Past/=ask/@said:advcl whether/SCONJ the/DET:Art ferry/NOUN/@runs:nsubj
          runs/VERB:Fin/=run/@Asked:ccomp ,/PUNCT Ruth/PROPN/B-PER Hale/PROPN/I-PER/@Ruth:flat
          said/VERB:Fin,Past/=say/@root no/INTJ ./PUNCT
    """)
    assert all(not text.startswith("the ferry runs") for text, _, _ in rows)


def test_a_name_and_a_colon_label_the_rest_of_the_paragraph() -> None:
    rows = quotes_of("""
        Was/AUX:Fin the/DET:Art plan/NOUN late/ADJ ?/PUNCT

        Hale/PROPN/B-PER :/PUNCT We/PRON:Prs waited/VERB:Fin,Past/=wait too/ADV long/ADV ./PUNCT
        The/DET:Art bridge/NOUN opens/VERB:Fin/=open in/ADP May/PROPN ./PUNCT
    """)
    assert rows == [("We waited too long. The bridge opens in May", "indirect", "Hale")]


def test_by_her_own_account_makes_the_sentence_her_statement() -> None:
    rows = quotes_of("""
        By/ADP her/PRON:Poss own/ADJ account/NOUN ,/PUNCT Ruth/PROPN/B-PER/@saved:nsubj Hale/PROPN/I-PER/@Ruth:flat
          saved/VERB:Fin,Past/=save/@root the/DET:Art bridge/NOUN ./PUNCT
    """)
    assert rows == [("By her own account, Ruth Hale saved the bridge.", "indirect", "Ruth Hale")]


def test_a_quote_whose_long_words_are_a_name_is_no_title() -> None:
    # Title case leaves no content word lower-case; here only a name has capitals.
    rows = quotes_of("""
        " I/PRON:Prs/@am:nsubj am/AUX:Fin/=be/@said:ccomp a/DET:Art/@fan:det big/ADJ/@fan:amod
          fan/NOUN/@am:xcomp of/ADP/@Marlowe:case Anna/PROPN/B-PER/@Marlowe:flat Marlowe/PROPN/I-PER/@fan:nmod
          ,/PUNCT " Tom/PROPN/B-PER/@Reyes:flat Reyes/PROPN/I-PER/@said:nsubj said/VERB:Fin,Past/=say/@root ./PUNCT
    """)
    assert rows == [("I am a big fan of Anna Marlowe,", "direct", "Tom Reyes")]


def test_a_question_quoted_inside_the_quote_leaves_it_open_for_its_source() -> None:
    # '"… she asked, 'why?'" Ann Vos said.': the inner quote's close does not end the sentence.
    rows = quotes_of(f"""
        {earlier_report("Tom", "Reyes")}
        " She/PRON:Prs/@asked:nsubj asked/VERB:Fin,Past/=ask/@said:ccomp me/PRON:Prs/@asked:obj ,/PUNCT
          ‘/PUNCT why/ADV/@asked:ccomp ?/PUNCT ’/PUNCT " Ann/PROPN/B-PER/@Vos:flat Vos/PROPN/I-PER/@said:nsubj
          said/VERB:Fin,Past/=say/@root ./PUNCT
    """)
    assert rows[-1][2] == "Ann Vos"


def test_according_to_a_description_ends_before_its_relative_clause() -> None:
    rows = quotes_of("""
        The/DET:Art road/NOUN/@close:nsubj will/AUX:Fin close/VERB:Inf/@root in/ADP
          May/PROPN ,/PUNCT according/VERB:Part/=accord/@close:advcl to/ADP/@according:prep
          local/ADJ/@officials:amod officials/NOUN:Plur/@to:pobj who/PRON/@worked:nsubj
          worked/VERB:Fin,Past/=work/@officials:relcl on/ADP/@worked:prep it/PRON:Prs/@on:pobj ./PUNCT
    """)
    assert rows[0][2] == "local officials"


def test_a_colon_that_ends_a_paragraph_introduces_the_quote_below() -> None:
    rows = quotes_of(f"""
        {earlier_report("Tom", "Reyes")}
        The/DET:Art/@council:det council/NOUN/@voted:nsubj voted/VERB:Fin,Past/=vote/@root ,/PUNCT
          and/CCONJ Ann/PROPN/B-PER/@Vos:flat Vos/PROPN/I-PER/@responded:nsubj
          responded/VERB:Fin,Past/=respond/@voted:conj :/PUNCT

        " We/PRON:Prs/@lost:nsubj lost/VERB:Fin,Past/=lose/@root this/DET/@round:det round/NOUN/@lost:obj ./PUNCT "
    """)
    assert rows[-1] == ("We lost this round.", "direct", "Ann Vos")


def test_an_inverted_cue_after_a_quote_reports_no_clause_of_its_own() -> None:
    # '"…," said Ann Vos, half joking.': no indirect quote "Ann Vos, half joking".
    rows = quotes_of("""
        " I/PRON:Prs/@like:nsubj like/VERB:Fin/=like/@said:ccomp my/PRON:Prs,Poss=Yes/@work:poss work/NOUN/@like:obj ,/PUNCT "
          said/VERB:Fin,Past/=say/@root Ann/PROPN/B-PER/@Vos:flat Vos/PROPN/I-PER/@said:ccomp ,/PUNCT
          half/ADV/@joking:advmod joking/VERB:Part/=joke/@Vos:advcl ./PUNCT
    """)
    assert rows == [("I like my work,", "direct", "Ann Vos")]


def test_a_particle_the_parse_calls_compound_prt_makes_a_phrasal_cue() -> None:
    rows = quotes_of("""
        Ann/PROPN/B-PER/@Vos:flat Vos/PROPN/I-PER/@pointed:nsubj pointed/VERB:Fin,Past/=point/@root
          out/ADP/@pointed:compound:prt that/SCONJ/@failed:mark the/DET:Art/@plan:det plan/NOUN/@failed:nsubj
          failed/VERB:Fin,Past/=fail/@pointed:ccomp ./PUNCT
    """)
    assert rows == [("the plan failed", "indirect", "Ann Vos")]


def test_made_it_clear_that_reports() -> None:
    rows = quotes_of("""
        Ann/PROPN/B-PER/@Vos:flat Vos/PROPN/I-PER/@made:nsubj made/VERB:Fin,Past/=make/@root it/PRON:Prs/@made:obj
          clear/ADJ/@made:xcomp that/SCONJ/@failed:mark the/DET:Art/@plan:det plan/NOUN/@failed:nsubj
          failed/VERB:Fin,Past/=fail/@made:ccomp ./PUNCT
    """)
    assert rows == [("the plan failed", "indirect", "Ann Vos")]


def test_a_conjunct_of_the_reporting_verb_ends_the_reported_clause() -> None:
    # "X said she wants a park and has funded Y": "has funded" is X's own act.
    rows = quotes_of("""
        Ann/PROPN/B-PER/@Vos:flat Vos/PROPN/I-PER/@said:nsubj said/VERB:Fin,Past/=say/@root she/PRON:Prs/@wants:nsubj
          wants/VERB:Fin/=want/@said:ccomp a/DET:Art/@park:det new/ADJ/@park:amod park/NOUN/@wants:obj
          and/CCONJ/@funded:cc has/AUX:Fin/@funded:aux funded/VERB:Part/=fund/@said:conj two/NUM/@schools:nummod
          schools/NOUN:Plur/@funded:obj ./PUNCT
    """)
    assert rows == [("she wants a new park", "indirect", "Ann Vos")]


def test_a_report_without_a_finite_verb_is_an_act_not_a_quote() -> None:
    # "urged the council to act": a request, no reported proposition (GUIDELINES).
    rows = quotes_of("""
        Ann/PROPN/B-PER/@Vos:flat Vos/PROPN/I-PER/@urged:nsubj urged/VERB:Fin,Past/=urge/@root the/DET:Art/@council:det
          council/NOUN/@urged:obj to/PART/@act:mark act/VERB:Inf/@urged:xcomp quickly/ADV/@act:advmod ./PUNCT
    """)
    assert rows == []


def test_a_report_in_a_fronted_subordinate_clause_ends_where_the_main_clause_resumes() -> None:
    rows = quotes_of("""
        While/SCONJ/@says:mark Ann/PROPN/B-PER/@Vos:flat Vos/PROPN/I-PER/@says:nsubj says/VERB:Fin/=say/@doubt:advcl
          the/DET:Art/@plan:det plan/NOUN/@works:nsubj works/VERB:Fin/=work/@says:ccomp ,/PUNCT
          other/ADJ/@members:amod members/NOUN:Plur/@doubt:nsubj doubt/VERB:Fin/=doubt/@root it/PRON:Prs/@doubt:obj ./PUNCT
    """)
    assert ("the plan works", "indirect", "Ann Vos") in rows


def test_a_complement_without_subject_takes_the_noun_phrase_hung_on_the_cue() -> None:
    # "The office said about a third of the gap came from tax cuts": the parse hangs
    # "about a third …" on "said"; it is the reported clause's subject.
    rows = quotes_of("""
        The/DET:Art/@office:det office/NOUN/@said:nsubj said/VERB:Fin,Past/=say/@root about/ADP/@third:case
          a/DET:Art/@third:det third/NOUN/@said:obl of/ADP/@gap:case the/DET:Art/@gap:det gap/NOUN/@third:nmod
          came/VERB:Fin,Past/=come/@said:ccomp from/ADP/@cuts:case tax/NOUN/@cuts:compound cuts/NOUN:Plur/@came:obl ./PUNCT
    """)
    assert [t for t, _, _ in rows] == ["about a third of the gap came from tax cuts"]


def test_a_cue_in_a_relative_clause_of_the_subject_reports_nothing_past_it() -> None:
    # "A clerk who asked not to be named said …": the report is the main verb's.
    rows = quotes_of("""
        A/DET:Art/@clerk:det clerk/NOUN/@said:nsubj who/PRON/@asked:nsubj asked/VERB:Fin,Past/=ask/@clerk:acl:relcl
          not/PART/@named:advmod to/PART/@named:aux be/AUX:Inf/@named:aux:pass named/VERB:Part/@asked:xcomp
          said/VERB:Fin,Past/=say/@root the/DET:Art/@office:det office/NOUN/@close:nsubj would/AUX:Fin/@close:aux
          close/VERB:Inf/@said:ccomp ./PUNCT
    """)
    assert [(t, k) for t, k, _ in rows] == [("the office would close", "indirect")]
    assert rows[0][2] is not None and rows[0][2].lower().startswith("a clerk")


def test_words_in_title_case_with_a_sentence_end_are_no_title() -> None:
    # '"Like A. Or B," X said': every word capitalised, but a title holds no full stop.
    rows = quotes_of("""
        “/PUNCT Like/ADP/@Ostend:case Ostend/PROPN/B-LOC/@root ./PUNCT
        Or/CCONJ/@Ghent:cc Ghent/PROPN/B-LOC/@said:obl ,/PUNCT ”/PUNCT Tom/PROPN/B-PER/@Reyes:flat
          Reyes/PROPN/I-PER/@said:nsubj said/VERB:Fin,Past/=say/@root ./PUNCT
    """)
    assert rows == [("Like Ostend. Or Ghent,", "direct", "Tom Reyes")]


def test_a_copula_after_a_coordinated_subject_does_not_end_the_report() -> None:
    # "…, noting that A and B are allies": "are" is the clause's own verb (a copula
    # the parse makes its head), not an auxiliary of the reporting verb.
    rows = quotes_of("""
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
    rows = quotes_of("""
        Tom/PROPN/B-PER/@Reyes:flat Reyes/PROPN/I-PER/@said:nsubj said/VERB:Fin,Past/=say/@root the/DET:Art/@plan:det
          plan/NOUN/@works:nsubj works/VERB:Fin/=work/@said:ccomp ,/PUNCT touting/VERB:VerbForm=Ger/=tout/@works:advcl
          its/PRON:Poss=Yes/@cost:nmod:poss low/ADJ/@cost:amod cost/NOUN/@touting:obj ./PUNCT
    """)
    assert rows == [("the plan works", "indirect", "Tom Reyes")]


def test_but_that_coordinates_a_second_reported_clause() -> None:
    # The parser may hang the second clause on the cue itself: the complementiser
    # after "but" still makes it the same report.
    rows = quotes_of("""
        Ruth/PROPN/B-PER Hale/PROPN/I-PER/@Ruth:flat said/VERB:Fin,Past/=say/@root that/SCONJ/@open:mark
          the/DET:Art bridge/NOUN/@open:nsubj would/AUX:Fin/@open:aux open/VERB:Inf/@said:ccomp
          ,/PUNCT/@wait:punct but/CCONJ/@wait:cc that/SCONJ/@wait:mark the/DET:Art road/NOUN/@wait:nsubj
          would/AUX:Fin/@wait:aux wait/VERB:Inf/@said:conj ./PUNCT/@said:punct
    """)
    assert rows == [("the bridge would open, but that the road would wait", "indirect", "Ruth Hale")]


def test_but_that_as_a_pronoun_ends_the_report() -> None:
    rows = quotes_of("""
        Ruth/PROPN/B-PER Hale/PROPN/I-PER/@Ruth:flat said/VERB:Fin,Past/=say/@root that/SCONJ/@open:mark
          the/DET:Art bridge/NOUN/@open:nsubj would/AUX:Fin/@open:aux open/VERB:Inf/@said:ccomp
          ,/PUNCT/@was:punct but/CCONJ/@was:cc that/PRON/@was:nsubj was/AUX:Fin,Past/@said:conj
          wrong/ADJ/@was:xcomp ./PUNCT/@said:punct
    """)
    assert rows == [("the bridge would open", "indirect", "Ruth Hale")]


def test_a_quoted_fragment_ending_the_statement_makes_it_mixed() -> None:
    # GUIDELINES rule 3: words before the marks make the clause one mixed report,
    # with the comma inside the marks as English writes it; both word orders.
    rows = quotes_of("""
        The/DET:Art plan/NOUN/@was:nsubj was/AUX:Fin,Past/@said:ccomp “/PUNCT a/DET:Art costly/ADJ
          mistake/NOUN/@was:attr ,/PUNCT ”/PUNCT Tom/PROPN/B-PER Reyes/PROPN/I-PER/@said:nsubj
          said/VERB:Fin,Past/=say/@root ./PUNCT

        The/DET:Art road/NOUN/@is:nsubj is/AUX:Fin/@said:ccomp “/PUNCT far/ADV too/ADV narrow/ADJ/@is:acomp
          ,/PUNCT ”/PUNCT said/VERB:Fin,Past/=say/@root Ruth/PROPN/B-PER Hale/PROPN/I-PER/@said:nsubj ./PUNCT
    """)
    assert rows == [("The plan was “a costly mistake,”", "mixed", "Tom Reyes"),
                    ("The road is “far too narrow,”", "mixed", "Ruth Hale")]


def test_a_sentence_wholly_in_marks_stays_direct() -> None:
    rows = quotes_of("""
        “/PUNCT The/DET:Art plan/NOUN/@was:nsubj was/AUX:Fin,Past/@said:ccomp a/DET:Art costly/ADJ
          mistake/NOUN/@was:attr ,/PUNCT ”/PUNCT Tom/PROPN/B-PER Reyes/PROPN/I-PER/@said:nsubj
          said/VERB:Fin,Past/=say/@root ./PUNCT
    """)
    assert rows == [("The plan was a costly mistake,", "direct", "Tom Reyes")]


def test_a_period_inside_marks_mid_sentence_shows_no_sentence() -> None:
    # American usage puts the period inside the marks even after a term.
    rows = quotes_of("""
        Ruth/PROPN/B-PER Hale/PROPN/I-PER/@Ruth:flat runs/VERB:Fin/=run a/DET:Art plant/NOUN that/PRON
          is/AUX:Fin “/PUNCT carbon/NOUN free/ADJ ./PUNCT ”/PUNCT
    """)
    assert rows == []


def test_a_short_title_case_name_mid_sentence_is_a_title() -> None:
    rows = quotes_of("""
        Ruth/PROPN/B-PER Hale/PROPN/I-PER/@Ruth:flat spoke/VERB:Fin,Past/=speak on/ADP “/PUNCT Sun/PROPN
          and/CCONJ Friends/PROPN ./PUNCT ”/PUNCT
    """)
    assert rows == []


def test_a_cue_with_its_clause_after_it_reports_that_clause_not_the_phrase_before() -> None:
    rows = quotes_of("""
        After/SCONJ/@failed:mark the/DET:Art court/NOUN/@failed:nsubj failed/VERB:Fin,Past/=fail/@said:advcl
          to/PART act/VERB:Inf/@failed:xcomp ,/PUNCT/@said:punct Ruth/PROPN/B-PER/@Hale:flat
          Hale/PROPN/I-PER/@said:nsubj said/VERB:Fin,Past/=say/@root the/DET:Art/@board:det
          board/NOUN/@deadlock:nmod:poss ’/PUNCT/@board:case deadlock/NOUN/@kept:nsubj has/AUX:Fin/@kept:aux
          kept/VERB:Part/@said:ccomp the/DET:Art/@port:det port/NOUN/@kept:obj open/ADJ/@kept:xcomp ./PUNCT/@said:punct
    """)
    assert rows == [("the board’ deadlock has kept the port open", "indirect", "Ruth Hale")]


def test_a_short_quote_introduced_by_a_comma_is_speech() -> None:
    rows = quotes_of("""
        Ruth/PROPN/B-PER Hale/PROPN/I-PER/@told:nsubj told/VERB:Fin,Past/=tell/@root the/DET:Art agency/NOUN
          simply/ADV ,/PUNCT “/PUNCT We/PRON:Prs lost/VERB:Fin,Past/=lose ./PUNCT ”/PUNCT
    """)
    assert rows == [("We lost.", "direct", "Ruth Hale")]


def test_a_quote_that_ended_its_sentence_is_not_the_next_cues() -> None:
    rows = quotes_of("""
        Tom/PROPN/B-PER Reyes/PROPN/I-PER/@said:nsubj said/VERB:Fin,Past/=say/@root the/DET:Art/@plan:det
          plan/NOUN/@caused:nsubj “/PUNCT caused/VERB:Fin,Past/=cause/@said:ccomp harm/NOUN/@caused:obj
          ./PUNCT ”/PUNCT
        Ruth/PROPN/B-PER Hale/PROPN/I-PER/@called:nsubj called/VERB:Fin,Past/=call/@root
          Reyes/PROPN/B-PER/@called:obj a/DET:Art “/PUNCT poor/ADJ loser/NOUN/@called:xcomp ./PUNCT ”/PUNCT
    """)
    assert [(t, s) for t, _k, s in rows] == [("the plan “caused harm.”", "Tom Reyes"),
                                          ("Reyes a “poor loser.”", "Ruth Hale")]


def test_a_comment_clause_with_as_attributes_the_clause_beside_it() -> None:
    rows = quotes_of("""
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


def test_a_leading_comment_clause_attributes_the_whole_main_clause() -> None:
    # The main clause governs the comment clause; a coordinator inside it ends nothing.
    rows = quotes_of("""
        As/SCONJ/@reported:mark the/DET:Art/@Herald:det Dunmore/PROPN/B-ORG/@Herald:compound
          Herald/PROPN/I-ORG/@reported:nsubj reported/VERB:Fin,Past/=report/@gave:advcl ,/PUNCT/@reported:punct
          the/DET:Art/@owner:det owner/NOUN/@gave:nsubj and/CCONJ/@cook:cc cook/NOUN/@owner:conj
          gave/VERB:Fin,Past/=give/@root money/NOUN/@gave:obj to/ADP/@club:case the/DET:Art
          club/NOUN/@gave:obl ./PUNCT/@gave:punct
    """)
    assert [(t, s) for t, _k, s in rows] == [("the owner and cook gave money to the club", "the Dunmore Herald")]


def test_as_she_said_she_would_compares_and_attributes_nothing() -> None:
    rows = quotes_of("""
        Ruth/PROPN/B-PER Hale/PROPN/I-PER/@left:nsubj left/VERB:Fin,Past/=leave/@root early/ADV ,/PUNCT
          as/SCONJ/@said:mark she/PRON:Prs/@said:nsubj said/VERB:Fin,Past/=say/@left:advcl
          she/PRON:Prs/@would:nsubj would/AUX:Fin/@said:ccomp ./PUNCT
    """)
    assert all(not t.startswith("Ruth Hale left") for t, _k, _s in rows)


def test_what_follows_an_inverted_source_as_its_relative_or_apposition_is_no_statement() -> None:
    rows = quotes_of("""
        The/DET:Art plan/NOUN/@works:nsubj works/VERB:Fin/=work/@said:ccomp ,/PUNCT said/VERB:Fin,Past/=say/@root
          Tom/PROPN/B-PER Reyes/PROPN/I-PER/@said:nsubj ,/PUNCT who/PRON/@ran:nsubj ran/VERB:Fin,Past/=run/@Reyes:acl:relcl
          the/DET:Art board/NOUN/@ran:obj ./PUNCT
        The/DET:Art road/NOUN/@waits:nsubj waits/VERB:Fin/=wait/@said:ccomp ,/PUNCT said/VERB:Fin,Past/=say/@root
          Ann/PROPN/B-PER Vos/PROPN/I-PER/@said:nsubj ,/PUNCT another/DET/@builder:det builder/NOUN/@Vos:appos
          who/PRON/@worked:nsubj worked/VERB:Fin,Past/=work/@builder:acl:relcl there/ADV ./PUNCT
    """)
    assert [t for t, _k, _s in rows] == ["The plan works", "The road waits"]


def test_a_wish_is_no_statement() -> None:
    # "want" reports a desire, not a proposition (GUIDELINES: attitudes are no quotes).
    rows = quotes_of("""
        Ann/PROPN/B-PER/@Vos:flat Vos/PROPN/I-PER/@wants:nsubj wants/VERB:Fin/=want/@root
          to/PART/@see:mark see/VERB:Inf/=see/@wants:xcomp first/ADV/@see:advmod
          whether/SCONJ/@knew:mark he/PRON:Prs/@knew:nsubj knew/VERB:Fin,Past/=know/@wants:ccomp ./PUNCT/@wants:punct
    """)
    assert all(s != "Ann Vos" for _t, _k, s in rows)


def test_words_after_the_closing_mark_make_the_statement_one_mixed_report() -> None:
    # GUIDELINES rule 3: the marks hold only part of what the attribution reports.
    rows = quotes_of("""
        “/PUNCT We/PRON:Prs/@won:nsubj won/VERB:Fin,Past/=win/@said:ccomp it/PRON:Prs/@won:obj ”/PUNCT
          for/ADP/@team:case the/DET:Art/@team:det team/NOUN/@won:obl ,/PUNCT/@said:punct
          Ann/PROPN/B-PER/@Lee:flat Lee/PROPN/I-PER/@said:nsubj said/VERB:Fin,Past/=say/@root ./PUNCT/@said:punct
        “/PUNCT We/PRON:Prs/@lost:nsubj lost/VERB:Fin,Past/=lose/@said:ccomp it/PRON:Prs/@lost:obj ”/PUNCT
          for/ADP/@club:case the/DET:Art/@club:det club/NOUN/@lost:obl ,/PUNCT/@said:punct
          said/VERB:Fin,Past/=say/@root Tom/PROPN/B-PER/@Reyes:flat Reyes/PROPN/I-PER/@said:nsubj ./PUNCT/@said:punct
    """)
    assert rows == [("“We won it” for the team", "mixed", "Ann Lee"),
                    ("“We lost it” for the club", "mixed", "Tom Reyes")]


def test_a_mixed_report_keeps_an_opening_mark_the_splitter_left_in_the_sentence_before() -> None:
    rows = quotes_of("""
        Ann/PROPN/B-PER/@Lee:flat Lee/PROPN/I-PER/@left:nsubj left/VERB:Fin,Past/=leave/@root ./PUNCT/@left:punct
          “/PUNCT/@left:punct
        The/DET:Art/@plan:det plan/NOUN/@works:nsubj works/VERB:Fin/=work/@said:ccomp ”/PUNCT
          for/ADP/@club:case the/DET:Art/@club:det club/NOUN/@works:obl ,/PUNCT/@said:punct
          Tom/PROPN/B-PER/@Reyes:flat Reyes/PROPN/I-PER/@said:nsubj said/VERB:Fin,Past/=say/@root ./PUNCT/@said:punct
    """)
    assert rows == [("“The plan works” for the club", "mixed", "Tom Reyes")]


def test_an_adjunct_of_the_cue_before_its_subject_is_no_part_of_the_statement() -> None:
    rows = quotes_of("""
        Speaking/VERB:VerbForm=Ger/=speak/@called:advcl at/ADP/@fair:case the/DET:Art/@fair:det fair/NOUN/@Speaking:obl
          ,/PUNCT/@called:punct Ann/PROPN/B-PER/@Lee:flat Lee/PROPN/I-PER/@called:nsubj
          called/VERB:Fin,Past/=call/@root Tom/PROPN/B-PER/@Reyes:flat Reyes/PROPN/I-PER/@called:obj ,/PUNCT
          her/PRON:Prs,Poss=Yes/@rival:nmod:poss rival/NOUN/@Reyes:appos ,/PUNCT a/DET:Art/@coward:det
          “/PUNCT coward/NOUN/@rival:appos ./PUNCT ”/PUNCT
        If/SCONJ/@fails:mark the/DET:Art/@plan:det plan/NOUN/@fails:nsubj fails/VERB:Fin/=fail/@argues:advcl
          ,/PUNCT/@argues:punct Tom/PROPN/B-PER/@Reyes:flat Reyes/PROPN/I-PER/@argues:nsubj argues/VERB:Fin/=argue/@root
          ,/PUNCT the/DET:Art/@town:det town/NOUN/@pays:nsubj pays/VERB:Fin/=pay/@argues:parataxis ./PUNCT/@argues:punct
    """)
    assert not any(t.startswith("Speaking") for t, _k, _s in rows)
    # A finite clause before the comma is part of what is argued.
    assert ("If the plan fails, Tom Reyes argues, the town pays", "indirect", "Tom Reyes") in rows


def test_a_fronted_phrase_with_a_comma_does_not_stop_a_mixed_report() -> None:
    rows = quotes_of("""
        At/ADP/@fair:case the/DET:Art/@fair:det fair/NOUN/@is:obl ,/PUNCT/@is:punct the/DET:Art/@mayor:det
          mayor/NOUN/@is:nsubj is/AUX:Fin/=be/@said:ccomp “/PUNCT a/DET:Art/@sport:det good/ADJ/@sport:amod
          sport/NOUN/@is:xcomp ,/PUNCT ”/PUNCT Ann/PROPN/B-PER/@Lee:flat Lee/PROPN/I-PER/@said:nsubj
          said/VERB:Fin,Past/=say/@root ./PUNCT/@said:punct
    """)
    assert rows == [("At the fair, the mayor is “a good sport,”", "mixed", "Ann Lee")]


def test_a_statement_before_its_source_past_an_adverbial_clause_and_a_participle() -> None:
    # "Y when Z, X said, adding that W": the "when" clause is adverbial (no report of
    # the verb it hangs on), and the "that" clause is the participle's, not the cue's.
    rows = quotes_of("""
        The/DET:Art town/NOUN/@protest:nsubj did/AUX:Fin/@protest:aux not/PART/@protest:advmod
          protest/VERB:Inf/=protest/@said:ccomp when/SCONJ/@grew:advmod the/DET:Art port/NOUN/@grew:nsubj
          grew/VERB:Fin,Past/=grow/@protest:advcl ,/PUNCT/@said:punct an/DET:Art/@engineer:det
          engineer/NOUN/@said:nsubj said/VERB:Fin,Past/=say/@root ,/PUNCT/@said:punct
          adding/VERB:VerbForm=Ger/=add/@said:advcl that/SCONJ/@high:mark costs/NOUN:Plur/@high:nsubj
          were/AUX:Fin,Past/=be/@high:cop high/ADJ/@adding:ccomp ./PUNCT/@said:punct
    """)
    assert rows == [("The town did not protest when the port grew", "indirect", "an engineer"),
                    ("costs were high", "indirect", "an engineer")]


def test_a_participle_after_the_attribution_is_no_second_half() -> None:
    # "Y, X said, citing Z": the participle is the cue's adjunct, not more of Y.
    rows = quotes_of("""
        The/DET:Art fee/NOUN/@rose:nsubj rose/VERB:Fin,Past/=rise/@said:ccomp ,/PUNCT/@said:punct
          the/DET:Art/@mayor:det mayor/NOUN/@said:nsubj said/VERB:Fin,Past/=say/@root ,/PUNCT/@said:punct
          citing/VERB:VerbForm=Ger/=cite/@said:advcl higher/ADJ/@costs:amod costs/NOUN/@citing:obj
          ./PUNCT/@said:punct
    """)
    assert rows == [("The fee rose", "indirect", "the mayor")]


def test_a_report_inside_parentheses_stays_inside_them() -> None:
    # "X tells voters Y (which, critics say, is Z).": two reports, each on its side.
    rows = quotes_of("""
        Tom/PROPN/B-PER/@Reyes:flat Reyes/PROPN/I-PER/@tells:nsubj tells/VERB:Fin/=tell/@root
          voters/NOUN:Plur/@tells:obj the/DET:Art/@fee:det fee/NOUN/@rise:nsubj will/AUX:Fin/@rise:aux
          rise/VERB:Inf/=rise/@tells:ccomp (/PUNCT/@unfair:punct which/PRON/@unfair:nsubj ,/PUNCT/@say:punct
          critics/NOUN:Plur/@say:nsubj say/VERB:Fin/=say/@unfair:parataxis ,/PUNCT/@say:punct
          is/AUX:Fin/@unfair:cop unfair/ADJ/@rise:advcl )/PUNCT/@unfair:punct ./PUNCT/@tells:punct
    """)
    assert ("the fee will rise", "indirect", "Tom Reyes") in rows
    assert all(")" not in text and not text.startswith("Tom") for text, _kind, _speaker in rows)


def test_that_glued_to_its_verb_is_the_pronoun_that_opens_the_report() -> None:
    rows = quotes_of("""
        Ruth/PROPN/B-PER Hale/PROPN/I-PER/@Ruth:flat/@says:nsubj says/VERB:Fin/=say/@root
          that/PRON/@4:nsubj ^'s/AUX:Fin/=be/@says:ccomp how/SCONJ/@grow:advmod towns/NOUN:Plur/@grow:nsubj
          grow/VERB:Fin/=grow/@4:xcomp ./PUNCT
    """)
    assert rows == [("that's how towns grow", "indirect", "Ruth Hale")]


def test_a_that_clause_of_the_cue_after_a_content_noun_in_its_adjunct() -> None:
    # "X said in her speech that Y": the parse makes Y the cue's complement; the
    # noun before "that" is in the cue's adjunct, not the owner of the clause.
    rows = quotes_of("""
        Ann/PROPN/B-PER/@Vos:flat Vos/PROPN/I-PER/@said:nsubj said/VERB:Fin,Past/=say/@root in/ADP/@said:case
          her/PRON:Prs/@remarks:nmod:poss closing/ADJ/@remarks:amod remarks/NOUN:Plur/@in:obl that/SCONJ/@fall:mark the/DET:Art/@fee:det
          fee/NOUN/@fall:nsubj should/AUX:Fin/@fall:aux fall/VERB:Inf/@said:ccomp ./PUNCT
    """)
    assert rows == [("the fee should fall", "indirect", "Ann Vos")]


def test_a_bare_complement_after_a_long_adjunct_of_the_cue() -> None:
    rows = quotes_of("""
        Ann/PROPN/B-PER/@Vos:flat Vos/PROPN/I-PER/@said:nsubj said/VERB:Fin,Past/=say/@root in/ADP/@said:case
          a/DET:Art/@note:det note/NOUN/@in:obl issued/VERB:VerbForm=Part/=issue/@note:acl
          by/ADP/@issued:obl:agent the/DET:Art/@council:det council/NOUN/@by:obl the/DET:Art/@fee:det
          fee/NOUN/@fall:nsubj should/AUX:Fin/@fall:aux fall/VERB:Inf/@said:ccomp ./PUNCT
    """)
    assert rows == [("the fee should fall", "indirect", "Ann Vos")]


def test_a_report_does_not_open_on_the_comma_before_it() -> None:
    rows = quotes_of("""
        Ruth/PROPN/B-PER Hale/PROPN/I-PER/@Ruth:flat/@said:nsubj said/VERB:Fin,Past/=say/@root ,/PUNCT
          “/PUNCT as/SCONJ long/ADV as/SCONJ we/PRON:Prs/@win:nsubj win/VERB:Fin/=win/@said:ccomp ./PUNCT ”/PUNCT
    """)
    assert [text[:1] for text, _kind, _speaker in rows] == ["“"]
