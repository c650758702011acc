"""English pronouns and the floor on hand-built documents: whom "he", "she", "they"
and a quote without a cue stand for.

Gender the article tells, antecedents among subjects, the speaker quoted since,
groups and things that are no "he", names in marks that are titles.
"""

from __future__ import annotations

from english_doc import earlier_report, quotes_of

from wiezegtwat.lang.en import EN
from wiezegtwat.quotes.mentions import gender_fits


def test_direct_quote_split_by_she_said() -> None:
    rows = quotes_of("""
        Ruth/PROPN/B-PER Hale/PROPN/I-PER/@Ruth:flat opened/VERB:Fin,Past/=open the/DET:Art bridge/NOUN .

        “/PUNCT We/PRON:Prs waited/VERB:Fin,Past/=wait long/ADV enough/ADV ,/PUNCT ”/PUNCT
          she/PRON:Prs said/VERB:Fin,Past/=say ./PUNCT “/PUNCT It/PRON:Prs is/AUX:Fin finished/ADJ ./PUNCT ”/PUNCT
    """)
    assert [(t, k) for t, k, _ in rows] == [("We waited long enough,", "direct"), ("It is finished.", "direct")]
    assert {s for _, _, s in rows} == {"Ruth Hale"}


def test_a_courtesy_title_tells_the_gender() -> None:
    assert not gender_fits("Mrs. Hale", "m", EN) and gender_fits("Mrs. Hale", "f", EN)
    assert gender_fits("Mr. Reyes", "m", EN) and not gender_fits("Mr. Reyes", "f", EN)


def test_a_rank_title_does_not_hide_the_first_name() -> None:
    assert not gender_fits("Sen. Tom Reyes", "f", EN) and gender_fits("Sen. Tom Reyes", "m", EN)
    assert not gender_fits("Gov. Ruth Hale", "m", EN)


def test_the_article_tells_a_persons_gender() -> None:
    # The name list knows no gender for "Casey"; "Reyes said he" tells Reyes is a man,
    # so "she" goes back past him to the woman named before.
    rows = quotes_of("""
        Jane/PROPN/B-PER Hale/PROPN/I-PER/@Jane:flat/@left:nsubj left/VERB:Fin,Past/=leave/@root early/ADV ./PUNCT

        Casey/PROPN/B-PER Reyes/PROPN/I-PER/@Casey:flat/@said:nsubj said/VERB:Fin,Past/=say/@root
          he/PRON:Prs/@go:nsubj would/AUX:Fin/@go:aux go/VERB:Inf/@said:ccomp ./PUNCT
        “/PUNCT It/PRON:Prs is/AUX:Fin fine/ADJ ,/PUNCT ”/PUNCT she/PRON:Prs said/VERB:Fin,Past/=say ./PUNCT
    """)
    assert ("It is fine,", "direct", "Jane Hale") in rows


def test_a_titled_subject_after_a_fronted_phrase_takes_the_floor() -> None:
    # "In an interview, Mr. X described the meeting. '…'": the title hangs under the
    # surname, which is the subject; the quote after is X's, not the earlier speaker's.
    rows = quotes_of(f"""
        {earlier_report("Ann", "Vos")}

        In/ADP/@interview:case an/DET:Art interview/NOUN/@described:obl ,/PUNCT
          Mr./PROPN/@Lane:flat Lane/PROPN/B-PER/@described:nsubj described/VERB:Fin,Past/=describe/@root
          the/DET:Art meeting/NOUN/@described:obj ./PUNCT
        " We/PRON:Prs talked/VERB:Fin,Past/=talk/@root for/ADP hours/NOUN:Plur ./PUNCT "
    """)
    assert rows[-1] == ("We talked for hours.", "direct", "Lane")


def test_a_quote_ending_its_paragraph_takes_no_source_from_the_next() -> None:
    # The subject that opens the next paragraph is not the source of the quote before it.
    rows = quotes_of("""
        “/PUNCT Is/AUX:Fin/=be/@root that/PRON/@Is:nsubj all/PRON/@Is:attr ?/PUNCT ”/PUNCT Ann/PROPN/B-PER/@Vos:flat
          Vos/PROPN/I-PER/@said:nsubj said/VERB:Fin,Past/=say ./PUNCT
        “/PUNCT We/PRON:Prs/@need:nsubj need/VERB:Fin/@root a/DET:Art/@plan:det plan/NOUN/@need:obj !/PUNCT ”/PUNCT

        Tom/PROPN/B-PER/@Reyes:flat Reyes/PROPN/I-PER/@said:nsubj ,/PUNCT a/DET:Art/@rival:det rival/NOUN/@Reyes:appos ,/PUNCT
          said/VERB:Fin,Past/=say/@root the/DET:Art/@speech:det speech/NOUN/@failed:nsubj failed/VERB:Fin,Past/=fail/@said:ccomp ./PUNCT
    """)
    assert ("We need a plan!", "direct", "Tom Reyes") not in rows


def test_a_plural_or_capitals_name_is_no_singular_pronouns_antecedent() -> None:
    # "Christians" (a plural name) and "PHOTO CREDITS" (a label) are no "she".
    rows = quotes_of("""
        Ann/PROPN/B-PER/@Vos:flat Vos/PROPN/I-PER/@spoke:nsubj spoke/VERB:Fin,Past/=speak/@root ./PUNCT
        Christians/PROPN:Plur/B-MISC/@gathered:nsubj gathered/VERB:Fin,Past/=gather/@root ./PUNCT
        She/PRON:Prs/@said:nsubj said/VERB:Fin,Past/=say/@root the/DET:Art/@plan:det plan/NOUN/@works:nsubj
          works/VERB:Fin/=work/@said:ccomp ./PUNCT
    """)
    assert rows == [("the plan works", "indirect", "Ann Vos")]


def test_a_relative_pronoun_without_a_pronoun_type_is_read_from_the_parse() -> None:
    # spaCy's English tags "who" with no PronType: the relative clause's verb tells.
    # The clause hangs on the person, not on the town named nearer the cue.
    rows = quotes_of("""
        Support/NOUN/@came:nsubj came/VERB:Fin,Past/=come/@root from/ADP/@Ortiz:case Lena/PROPN/B-PER/@Ortiz:flat
          Ortiz/PROPN/I-PER/@came:obl of/ADP/@Greenport:case Greenport/PROPN/B-LOC/@Ortiz:nmod ,/PUNCT
          who/PRON/@said:nsubj said/VERB:Fin,Past/=say/@Ortiz:acl:relcl the/DET:Art/@fund:det fund/NOUN/@was:nsubj
          was/AUX:Fin,Past/=be/@said:ccomp empty/ADJ/@was:xcomp ./PUNCT
    """)
    assert rows == [("the fund was empty", "indirect", "Lena Ortiz")]


def test_he_never_stands_for_a_thing_that_spoke() -> None:
    # "X said A. The affidavit said B. He said C.": "he" is X, not the affidavit.
    rows = quotes_of(f"""
        {earlier_report("Tom", "Reyes")}
        The/DET:Art/@affidavit:det affidavit/NOUN/@said:nsubj said/VERB:Fin,Past/=say/@root the/DET:Art/@loan:det
          loan/NOUN/@was:nsubj was/AUX:Fin,Past/=be/@said:ccomp legal/ADJ/@was:xcomp ./PUNCT
        He/PRON:Prs,Gender=Masc/@said:nsubj said/VERB:Fin,Past/=say/@root the/DET:Art/@costs:det costs/NOUN:Plur/@fell:nsubj
          fell/VERB:Fin,Past/=fall/@said:ccomp ./PUNCT
    """)
    assert rows[-1] == ("the costs fell", "indirect", "Tom Reyes")


def test_they_takes_the_plural_subject_before_it_when_no_list_names_it() -> None:
    rows = quotes_of("""
        Ruth/PROPN/B-PER Hale/PROPN/I-PER/@spoke:nsubj spoke/VERB:Fin,Past/=speak/@root on/ADP Monday/PROPN/@spoke:obl ./PUNCT
        Her/PRON:Prs,Poss/@cousins:nmod:poss closest/ADJ/@cousins:amod cousins/NOUN:Plur/@met:nsubj
          met/VERB:Fin,Past/=meet/@root later/ADV ./PUNCT
        They/PRON:Prs,Plur/@said:nsubj said/VERB:Fin,Past/=say/@root the/DET:Art/@plan:det plan/NOUN/@works:nsubj
          works/VERB:Fin/=work/@said:ccomp ./PUNCT
    """)
    assert rows == [("the plan works", "indirect", "Her closest cousins")]


def test_he_never_stands_for_two_people_quoted_together() -> None:
    rows = quotes_of("""
        Tom/PROPN/B-PER Reyes/PROPN/I-PER/@spoke:nsubj spoke/VERB:Fin,Past/=speak/@root first/ADV ./PUNCT
        Dan/PROPN/B-PER Moore/PROPN/I-PER/@arrived:nsubj arrived/VERB:Fin,Past/=arrive/@root late/ADV ./PUNCT
        Moore/PROPN/B-PER/@said:nsubj and/CCONJ Reyes/PROPN/B-PER/@Moore:conj
          said/VERB:Fin,Past/=say/@root the/DET:Art/@plan:det plan/NOUN/@works:nsubj works/VERB:Fin/=work/@said:ccomp ./PUNCT
        “/PUNCT It/PRON:Prs/@is:nsubj is/AUX:Fin/@said:ccomp fine/ADJ/@is:acomp ,/PUNCT ”/PUNCT
          he/PRON:Prs/@said:nsubj said/VERB:Fin,Past/=say/@root ./PUNCT
    """)
    assert rows[-1] != ("It is fine,", "direct", "Dan Moore and Tom Reyes")


def test_a_pronoun_keeps_the_subject_whose_gender_is_known_over_an_unknown_speaker_since() -> None:
    rows = quotes_of("""
        Ruth/PROPN/B-PER Hale/PROPN/I-PER/@caused:nsubj caused/VERB:Fin,Past/=cause/@root a/DET:Art stir/NOUN/@caused:obj
          when/SCONJ/@asked:advmod a/DET:Art/@voter:det voter/NOUN/@asked:nsubj asked/VERB:Fin,Past/=ask/@caused:advcl
          if/SCONJ/@run:mark she/PRON:Prs/@run:nsubj might/AUX:Fin/@run:aux run/VERB:Inf/@asked:ccomp again/ADV ./PUNCT
        “/PUNCT That/PRON/@sounds:nsubj sounds/VERB:Fin/=sound/@replied:ccomp fine/ADJ/@sounds:xcomp ,/PUNCT ”/PUNCT
          she/PRON:Prs/@replied:nsubj replied/VERB:Fin,Past/=reply/@root ./PUNCT
    """)
    assert rows[-1] == ("That sounds fine,", "direct", "Ruth Hale")


def test_a_name_alone_in_marks_is_a_title_not_a_person() -> None:
    rows = quotes_of("""
        The/DET:Art/@senator:det senator/NOUN/@spoke:nsubj spoke/VERB:Fin,Past/=speak/@root on/ADP Tuesday/PROPN/@spoke:obl ./PUNCT
        The/DET:Art/@governor:det governor/NOUN/@was:nsubj was/AUX:Fin,Past/@said:ccomp in/ADP the/DET:Art
          running/NOUN/@was:obl ,/PUNCT he/PRON:Prs/@said:nsubj said/VERB:Fin,Past/=say/@root on/ADP
          “/PUNCT Morning/PROPN/B-PER/@Talk:flat Talk/PROPN/I-PER/@said:obl ./PUNCT ”/PUNCT
        “/PUNCT The/DET:Art/@ferry:det ferry/NOUN/@sails:nsubj sails/VERB:Fin/=sail/@said:ccomp
          ,/PUNCT ”/PUNCT he/PRON:Prs/@said:nsubj said/VERB:Fin,Past/=say/@root ./PUNCT
    """)
    assert all(s != "Morning Talk" for _t, _k, s in rows)


def test_a_plural_proper_noun_that_spoke_is_no_he_or_she() -> None:
    rows = quotes_of(f"""
        {earlier_report("Casey", "Lee")}
        Greens/PROPN:Plur/B-MISC/@said:nsubj said/VERB:Fin,Past/=say/@root the/DET:Art/@plan:det
          plan/NOUN/@fails:nsubj fails/VERB:Fin/=fail/@said:ccomp ./PUNCT/@said:punct
        “/PUNCT It/PRON:Prs/@is:nsubj is/AUX:Fin/@said:ccomp late/ADJ ,/PUNCT ”/PUNCT
          she/PRON:Prs/@said:nsubj said/VERB:Fin,Past/=say/@root ./PUNCT/@said:punct
    """)
    assert rows[-1] == ("It is late,", "direct", "Casey Lee")


def test_the_rest_of_an_interrupted_quote_keeps_its_first_speaker() -> None:
    # '… means "A," she says, "B."': B is hers, not the person the sentence opens on.
    rows = quotes_of(f"""
        {earlier_report("Ann", "Lee")}
        Tom/PROPN/B-PER/@Reyes:flat Reyes/PROPN/I-PER/@support:nmod:poss ’s/PART/@Reyes:case
          support/NOUN/@means:nsubj
          means/VERB:Fin/=mean/@root “/PUNCT he/PRON:Prs/@is:nsubj is/AUX:Fin/@means:ccomp right/ADJ/@is:xcomp
          ,/PUNCT ”/PUNCT she/PRON:Prs/@says:nsubj says/VERB:Fin/=say/@means:parataxis ,/PUNCT
          “/PUNCT but/CCONJ/@doubt:cc I/PRON:Prs/@doubt:nsubj doubt/VERB:Fin/=doubt/@means:parataxis
          it/PRON:Prs/@doubt:obj ./PUNCT ”/PUNCT
    """)
    assert rows[-1] == ("but I doubt it.", "direct", "Ann Lee")


def test_a_title_for_one_of_a_family_does_not_give_its_sex_to_the_others() -> None:
    rows = quotes_of(f"""
        {earlier_report("Tom", "Lee")}
        Mrs./PROPN/@Ann:flat {earlier_report("Ann", "Lee")}
        “/PUNCT It/PRON:Prs/@is:nsubj is/AUX:Fin/@said:ccomp late/ADJ ,/PUNCT ”/PUNCT
          he/PRON:Prs/@said:nsubj said/VERB:Fin,Past/=say/@root ./PUNCT/@said:punct
    """)
    assert rows[-1] == ("It is late,", "direct", "Tom Lee")


def test_a_pronoun_opening_the_next_sentence_tells_the_gender() -> None:
    # The name list calls "Tom" a man's name; the article goes on about Tom Vos as
    # "she" (the only person of the sentence before), so "she" is Vos, not Ann Lee.
    rows = quotes_of("""
        Ann/PROPN/B-PER Lee/PROPN/I-PER/@Ann:flat/@said:nsubj said/VERB:Fin,Past/=say/@root
          the/DET:Art/@plan:det plan/NOUN/@works:nsubj works/VERB:Fin/=work/@said:ccomp ./PUNCT

        Tom/PROPN/B-PER Vos/PROPN/I-PER/@Tom:flat/@runs:nsubj runs/VERB:Fin/=run/@root the/DET:Art/@office:det
          office/NOUN/@runs:obj ./PUNCT
        She/PRON:Prs/@said:nsubj said/VERB:Fin,Past/=say/@root the/DET:Art/@cost:det cost/NOUN/@low:nsubj
          was/AUX:Fin,Past/@low:cop low/ADJ/@said:ccomp ./PUNCT
    """)
    assert rows[-1] == ("the cost was low", "indirect", "Tom Vos")


def test_a_name_in_apposition_to_the_subject_is_a_subject_for_later_pronouns() -> None:
    # "His wife, X, called for …": the parse makes the noun the subject and hangs the
    # name beside it; "she" after is X, not the woman quoted before.
    rows = quotes_of(f"""
        {earlier_report("Ann", "Vos")}

        His/PRON:Prs/@wife:nmod:poss wife/NOUN/@called:nsubj ,/PUNCT Maren/PROPN/B-PER/@wife:appos ,/PUNCT
          called/VERB:Fin,Past/=call/@root for/ADP/@change:case a/DET:Art change/NOUN/@called:obl ./PUNCT
        “/PUNCT It/PRON:Prs is/AUX:Fin late/ADJ ,/PUNCT ”/PUNCT she/PRON:Prs/@said:nsubj said/VERB:Fin,Past/=say/@root ./PUNCT
    """)
    assert ("It is late,", "direct", "Maren") in rows


def test_a_name_that_only_modifies_the_noun_after_it_is_no_subject_for_later_pronouns() -> None:
    # "Voter turnout fell …": a capitalised word the parse makes a compound of the
    # subject opens the sentence, but it is not what the sentence is about; "she"
    # after is still the woman quoted before.
    rows = quotes_of(f"""
        {earlier_report("Ann", "Vos")}

        Voter/PROPN/@turnout:compound turnout/NOUN/@fell:nsubj fell/VERB:Fin,Past/=fall/@root
          sharply/ADV/@fell:advmod ./PUNCT
        “/PUNCT It/PRON:Prs is/AUX:Fin late/ADJ ,/PUNCT ”/PUNCT she/PRON:Prs/@said:nsubj said/VERB:Fin,Past/=say/@root ./PUNCT
    """)
    assert ("It is late,", "direct", "Ann Vos") in rows


def test_a_credit_line_under_a_quote_names_its_speaker() -> None:
    # A quote box or a post, credited on the line under it: "— X, place". Without the
    # credit the quote would continue the speaker quoted before.
    rows = quotes_of(f"""
        {earlier_report("Ann", "Vos")}

        “/PUNCT We/PRON:Prs won/VERB:Fin,Past/=win/@root again/ADV ./PUNCT ”/PUNCT

        -/PUNCT Tom/PROPN/B-PER Reyes/PROPN/I-PER/@Tom:flat ,/PUNCT writing/VERB:Part/=write/@Tom:acl
          after/ADP/@race:case the/DET:Art race/NOUN/@writing:obl ./PUNCT

        “/PUNCT It/PRON:Prs was/AUX:Fin,Past close/ADJ ./PUNCT ”/PUNCT
    """)
    assert rows[-2:] == [("We won again.", "direct", "Tom Reyes"), ("It was close.", "direct", "Tom Reyes")]


def test_a_long_paragraph_opening_with_a_dash_is_no_credit_line() -> None:
    rows = quotes_of(f"""
        {earlier_report("Ann", "Vos")}

        “/PUNCT We/PRON:Prs won/VERB:Fin,Past/=win/@root again/ADV ./PUNCT ”/PUNCT

        -/PUNCT Tom/PROPN/B-PER Reyes/PROPN/I-PER/@Tom:flat ,/PUNCT who/PRON/@lost:nsubj lost/VERB:Fin,Past/=lose
          the/DET:Art race/NOUN by/ADP/@margin:case a/DET:Art small/ADJ margin/NOUN in/ADP/@town:case the/DET:Art
          old/ADJ town/NOUN on/ADP/@day:case a/DET:Art cold/ADJ day/NOUN ,/PUNCT left/VERB:Fin,Past/=leave/@root early/ADV ./PUNCT
    """)
    assert ("We won again.", "direct", "Ann Vos") in rows


def test_a_clause_before_the_quote_is_narration_whatever_the_parse_hangs_it_on() -> None:
    # The parse makes "Vos declared …" the complement of the "said" after the quote;
    # with the quote between them it is no report, and Vos is the sentence's subject.
    rows = quotes_of("""
        “/PUNCT We/PRON:Prs waited/VERB:Fin,Past/=wait long/ADV enough/ADV ,/PUNCT ”/PUNCT said/VERB:Fin,Past/=say
          Wexby/PROPN/B-PER ./PUNCT

        In/ADP her/PRON:Prs,Poss=Yes/@speech:nmod:poss speech/NOUN/@In:obl ,/PUNCT Ann/PROPN/B-PER/@Vos:flat
          Vos/PROPN/I-PER/@declared:nsubj declared/VERB:Fin,Past/=declare/@said:ccomp a/DET:Art
          need/NOUN/@declared:obj for/ADP change/NOUN :/PUNCT “/PUNCT Change/VERB:Fin/=change the/DET:Art
          world/NOUN again/ADV ,/PUNCT ”/PUNCT she/PRON:Prs/@said:nsubj said/VERB:Fin,Past/=say/@root ./PUNCT
    """)
    assert [(t, s) for t, _, s in rows] == [("We waited long enough,", "Wexby"), ("Change the world again,", "Ann Vos")]


def test_a_person_known_to_be_she_named_since_an_unsexed_speaker_takes_she() -> None:
    rows = quotes_of("""
        “/PUNCT It/PRON:Prs was/AUX:Fin,Past/=be hard/ADJ ,/PUNCT ”/PUNCT said/VERB:Fin,Past/=say a/DET:Art
          former/ADJ aide/NOUN ./PUNCT

        The/DET:Art board/NOUN/@met:nsubj met/VERB:Fin,Past/=meet/@root Ann/PROPN/B-PER/@Vos:flat
          Vos/PROPN/I-PER/@met:obj on/ADP Monday/PROPN ./PUNCT “/PUNCT We/PRON:Prs will/AUX:Fin
          appeal/VERB:Inf/=appeal ,/PUNCT ”/PUNCT she/PRON:Prs/@said:nsubj said/VERB:Fin,Past/=say/@root ./PUNCT
    """)
    assert [(t, s) for t, _, s in rows] == [("It was hard,", "a former aide"), ("We will appeal,", "Ann Vos")]


def test_the_sentences_of_a_long_quote_do_not_push_the_subject_out_of_reach() -> None:
    rows = quotes_of("""
        “/PUNCT It/PRON:Prs was/AUX:Fin,Past/=be hard/ADJ ,/PUNCT ”/PUNCT said/VERB:Fin,Past/=say Wexby/PROPN/B-PER ./PUNCT

        Tom/PROPN/B-PER/@Reyes:flat Reyes/PROPN/I-PER/@pointed:nsubj pointed/VERB:Fin,Past/=point/@root
          to/ADP the/DET:Art case/NOUN ./PUNCT

        “/PUNCT The/DET:Art bridge/NOUN/@fell:nsubj fell/VERB:Fin,Past/=fall/@root ./PUNCT
        The/DET:Art road/NOUN/@broke:nsubj broke/VERB:Fin,Past/=break/@root ./PUNCT
        The/DET:Art lights/NOUN:Plur/@went:nsubj went/VERB:Fin,Past/=go/@root out/ADP ./PUNCT
        The/DET:Art trains/NOUN:Plur/@stopped:nsubj stopped/VERB:Fin,Past/=stop/@root ./PUNCT
        We/PRON:Prs will/AUX:Fin fix/VERB:Inf/=fix it/PRON:Prs ,/PUNCT ”/PUNCT he/PRON:Prs/@said:nsubj
          said/VERB:Fin,Past/=say/@root ./PUNCT
    """)
    assert [s for _, _, s in rows] == ["Wexby", "Tom Reyes"]
