"""English sources on hand-built documents: who the cue's subject is, read from the parse.

Names, titles and roles before or after the cue, appositions, possessors that are
not the source. Cues without a subject of their own (participles, infinitives,
coordinated verbs) are in test_english_subjectless.py; how an unnamed source is
written in test_english_descriptions.py; where a quote ends in test_english_spans.py;
pronouns in test_english_pronouns.py.
"""

from __future__ import annotations

from docbuilder import build
from english_doc import earlier_report, quotes_of

from wiezegtwat.lang.en import EN
from wiezegtwat.quotes.mentions import find_mentions


def test_subject_then_cue_after_the_quote() -> None:
    rows = quotes_of("""
        Ruth/PROPN/B-PER Hale/PROPN/I-PER/@Ruth:flat opened/VERB:Fin,Past/=open the/DET:Art bridge/NOUN .

        Tom/PROPN/B-PER Reyes/PROPN/I-PER/@Tom:flat was/AUX:Fin there/ADV too/ADV .
          “/PUNCT It/PRON:Prs is/AUX:Fin late/ADJ ,/PUNCT ”/PUNCT Ruth/PROPN/B-PER Hale/PROPN/I-PER/@Ruth:flat
          said/VERB:Fin,Past/=say ./PUNCT
    """)
    assert rows == [("It is late,", "direct", "Ruth Hale")]


def test_a_dateline_is_no_source() -> None:
    rows = quotes_of("""
        LEEDS/PROPN/B-LOC (/PUNCT Wirepress/PROPN/B-ORG )/PUNCT –/PUNCT The/DET:Art council/NOUN/@said:nsubj
          said/VERB:Fin,Past/=say/@root the/DET:Art/@bridge:det bridge/NOUN/@shut:nsubj would/AUX:Fin
          shut/VERB:Inf/@said:ccomp ./PUNCT
    """)
    assert [s for _, _, s in rows] == ["The council"]
    doc = build("""
        LEEDS/PROPN/B-LOC (/PUNCT Wirepress/PROPN/B-ORG )/PUNCT –/PUNCT Ruth/PROPN/B-PER
          Hale/PROPN/I-PER/@Ruth:flat left/VERB:Fin,Past/=leave ./PUNCT
    """)
    assert [m.text for m in find_mentions(doc, EN)] == ["Ruth Hale"]
    # The tagger may run the place, the dash and the name into one entity.
    doc = build("""
        LEEDS/PROPN/B-ORG –/PUNCT/I-ORG Ruth/PROPN/I-ORG Hale/PROPN/I-ORG/@left:nsubj
          left/VERB:Fin,Past/=leave/@root ./PUNCT
    """)
    assert [(m.text, m.label) for m in find_mentions(doc, EN)] == [("Ruth Hale", "PER")]
    # A date in the dateline; the parse makes the place the subject, the name its apposition.
    rows = quotes_of("""
        LEEDS/PROPN/B-LOC/@told:nsubj ,/PUNCT May/PROPN/@LEEDS:obl:npmod 19/NUM/@May:nummod (/PUNCT
          Wirepress/PROPN/B-ORG/@May:appos )/PUNCT –/PUNCT Ruth/PROPN/B-PER/@Hale:flat Hale/PROPN/I-PER/@LEEDS:appos
          told/VERB:Fin,Past/=tell/@root voters/NOUN:Plur/@told:obj that/SCONJ/@works:mark the/DET:Art/@plan:det
          plan/NOUN/@works:nsubj works/VERB:Fin/=work/@told:ccomp ./PUNCT/@told:punct
    """)
    assert rows == [("the plan works", "indirect", "Ruth Hale")]


def test_an_adjective_of_nationality_is_no_name() -> None:
    # Tagged as an entity, "American" is still an adjective: never a name that
    # could become a speaker or the article's main person.
    doc = build("""
        The/DET:Art American/ADJ/B-MISC/@admiral:amod admiral/NOUN/@spoke:nsubj spoke/VERB:Fin,Past/=speak/@root
          of/ADP his/PRON:Poss American/ADJ/B-MISC/@identity:amod identity/NOUN again/ADV .
    """)
    assert [(m.text, m.kind) for m in find_mentions(doc, EN)] == [("The American admiral", "role")]


def test_a_name_titled_by_a_person_noun_is_a_person_whatever_the_tagger_said() -> None:
    doc = build("""
        "/PUNCT I/PRON:Prs will/AUX:Fin vote/VERB:Inf ,/PUNCT "/PUNCT said/VERB:Fin,Past/=say/@root
          Dunmore/PROPN/B-LOC resident/NOUN Wendela/PROPN/B-ORG Brookhuis/PROPN/I-ORG ./PUNCT
    """)
    labels = {m.text: m.label for m in find_mentions(doc, EN)}
    assert labels["Wendela Brookhuis"] == "PER"


def test_a_title_in_title_case_is_no_longer_form_of_the_name_it_ends_on() -> None:
    rows = quotes_of("""
        Voters/PROPN/B-MISC Share/PROPN/I-MISC Their/PRON:Poss/I-MISC Views/NOUN/I-MISC On/ADP/I-MISC
          Ruth/PROPN/I-MISC Hale/PROPN/I-MISC ./PUNCT

        Ruth/PROPN/B-PER Hale/PROPN/I-PER/@Ruth:flat said/VERB:Fin,Past/=say/@root that/SCONJ
          the/DET:Art bridge/NOUN/@open:nsubj would/AUX:Fin open/VERB:Inf/@said:ccomp soon/ADV .
    """)
    assert rows == [("the bridge would open soon", "indirect", "Ruth Hale")]


def test_a_speaker_name_drops_the_title_before_it() -> None:
    rows = quotes_of("""
        Sen./PROPN/B-PER Ruth/PROPN/I-PER Hale/PROPN/I-PER/@Ruth:flat said/VERB:Fin,Past/=say/@root that/SCONJ
          the/DET:Art bridge/NOUN/@open:nsubj would/AUX:Fin open/VERB:Inf/@said:ccomp soon/ADV .
    """)
    assert rows == [("the bridge would open soon", "indirect", "Ruth Hale")]


def test_a_name_that_modifies_the_subject_is_not_the_source() -> None:
    # '"…," Lee campaign manager Ann Vos said': the parse's subject is the manager.
    rows = quotes_of("""
        " We/PRON:Prs won/VERB:Fin,Past/=win/@said:ccomp the/DET:Art vote/NOUN/@won:obj ,/PUNCT "
          Lee/PROPN/B-PER/@manager:compound campaign/NOUN/@manager:compound manager/NOUN/@Vos:compound
          Ann/PROPN/B-PER/@Vos:flat Vos/PROPN/I-PER/@said:nsubj said/VERB:Fin,Past/=say/@root ./PUNCT
    """)
    assert rows == [("We won the vote,", "direct", "Ann Vos")]


def test_a_described_subject_with_an_apposed_name_is_that_person() -> None:
    # '"…," said another user, Ann Vos.': the name in apposition to the description.
    rows = quotes_of(f"""
        {earlier_report("Tom", "Reyes")}
        " We/PRON:Prs are/AUX:Fin/=be/@said:ccomp anxious/ADJ/@are:xcomp ,/PUNCT "
          said/VERB:Fin,Past/=say/@root another/DET/@user:det user/NOUN/@said:nsubj ,/PUNCT
          Ann/PROPN/B-PER/@Vos:flat Vos/PROPN/I-PER/@user:appos ./PUNCT
    """)
    assert rows[-1] == ("We are anxious,", "direct", "Ann Vos")


def test_said_then_a_role_that_a_name_qualifies() -> None:
    # '"…," said former Lee adviser Ann Vos.': the adviser, not the name in the title.
    rows = quotes_of("""
        " We/PRON:Prs/@won:nsubj won/VERB:Fin,Past/=win/@said:ccomp the/DET:Art/@vote:det vote/NOUN/@won:obj ,/PUNCT "
          said/VERB:Fin,Past/=say/@root former/ADJ/@adviser:amod Lee/PROPN/B-PER/@adviser:compound
          adviser/NOUN/@Vos:compound Ann/PROPN/B-PER/@Vos:flat Vos/PROPN/I-PER/@said:nsubj ./PUNCT
    """)
    assert rows == [("We won the vote,", "direct", "Ann Vos")]


def test_a_person_and_a_group_said_it_together() -> None:
    rows = quotes_of("""
        Ann/PROPN/B-PER/@Vos:flat Vos/PROPN/I-PER/@said:nsubj and/CCONJ/@lawyers:cc her/PRON:Prs,Poss=Yes/@lawyers:poss
          lawyers/NOUN:Plur/=lawyer/@Vos:conj said/VERB:Fin,Past/=say/@root the/DET:Art/@deal:det
          deal/NOUN/@was:nsubj was/AUX:Fin/=be/@said:ccomp fair/ADJ/@was:acomp ./PUNCT
    """)
    assert rows == [("the deal was fair", "indirect", "Ann Vos and her lawyers")]


def test_a_person_and_any_verb_right_after_the_quote() -> None:
    # '"…?" X went on': subject then verb after an open-ended quote, whatever the verb.
    rows = quotes_of(f"""
        {earlier_report("Ann", "Vos")}
        " Is/AUX:Fin/=be/@root it/PRON:Prs/@Is:nsubj fair/ADJ/@Is:acomp ?/PUNCT "
          Tom/PROPN/B-PER/@Reyes:flat Reyes/PROPN/I-PER/@went:nsubj went/VERB:Fin,Past/=go/@root on/ADP/@went:prt ./PUNCT
    """)
    assert rows[-1] == ("Is it fair?", "direct", "Tom Reyes")


def test_a_full_name_keeps_its_own_first_name() -> None:
    # Two people of one surname: the second's full name is not completed to the first's.
    rows = quotes_of(f"""
        {earlier_report("Tom", "Hale")}
        Ruth/PROPN/B-PER Hale/PROPN/I-PER/@Ruth:flat/@said:nsubj said/VERB:Fin,Past/=say/@root the/DET:Art
          bridge/NOUN/@open:nsubj would/AUX:Fin open/VERB:Inf/@said:ccomp ./PUNCT
    """)
    assert [s for _, _, s in rows] == ["Tom Hale", "Ruth Hale"]


def test_of_two_parsed_subjects_the_person_next_to_the_verb() -> None:
    # "Speaking in a town, a region, X turned on Y, calling him …": the parse makes
    # the region a second subject of "turned"; the person beside the verb is the one.
    rows = quotes_of("""
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
    rows = quotes_of("""
        Bold/PROPN/B-PER Pledges/PROPN/I-PER Tom/PROPN/I-PER Reyes/PROPN/I-PER Backed/PROPN Again/PROPN

        Tom/PROPN/B-PER Reyes/PROPN/I-PER/@Tom:flat said/VERB:Fin,Past/=say/@root the/DET:Art
          plan/NOUN/@works:nsubj works/VERB:Fin/=work/@said:ccomp ./PUNCT
    """)
    assert [s for _, _, s in rows] == ["Tom Reyes"]


def test_words_run_into_a_name_before_its_first_name_are_not_its_full_form() -> None:
    # "Democrat Tom Reyes" (the tagger's span) and later "Reyes": the full name is "Tom Reyes".
    rows = quotes_of("""
        Democrat/PROPN/B-PER/@Reyes:compound Tom/PROPN/I-PER/@Reyes:flat Reyes/PROPN/I-PER/@won:nsubj
          won/VERB:Fin,Past/=win/@root ./PUNCT
        Reyes/PROPN/B-PER/@said:nsubj said/VERB:Fin,Past/=say/@root the/DET:Art
          plan/NOUN/@works:nsubj works/VERB:Fin/=work/@said:ccomp ./PUNCT
    """)
    assert [s for _, _, s in rows] == ["Tom Reyes"]


def test_a_source_opening_the_sentence_after_a_closing_question() -> None:
    # "''…?'' / Mr. X asked." (two apostrophes as marks): the splitter ends the
    # sentence at the close; the source and its cue open the next sentence.
    rows = quotes_of(f"""
        {earlier_report("Ann", "Vos")}

        ''/PUNCT Why/ADV/@work:advmod would/AUX:Fin/@work:aux it/PRON:Prs/@work:nsubj work/VERB:Inf/@root ?/PUNCT ''/PUNCT
        Mr./PROPN/@Reyes:flat Reyes/PROPN/B-PER/@asked:nsubj asked/VERB:Fin,Past/=ask/@root ./PUNCT
    """)
    assert rows[-1] == ("Why would it work?", "direct", "Reyes")


def test_a_source_with_an_apposition_holding_a_verb_after_the_quote() -> None:
    # '"…," X, who was Y under Z, told …': the apposition has a verb of its own.
    rows = quotes_of(f"""
        {earlier_report("Ann", "Vos")}

        “/PUNCT We/PRON:Prs/@cope:nsubj will/AUX:Fin/@cope:aux cope/VERB:Inf/@told:ccomp ,/PUNCT ”/PUNCT
          Tom/PROPN/B-PER/@Reyes:flat Reyes/PROPN/I-PER/@was:nsubj ,/PUNCT who/PRON:Rel/@was:nsubj
          was/AUX:Fin,Past/=be/@root mayor/NOUN/@was:attr under/ADP/@Hale:case Ruth/PROPN/B-PER/@Hale:flat
          Hale/PROPN/I-PER/@mayor:nmod ,/PUNCT told/VERB:Fin,Past/=tell/@was:conj reporters/NOUN:Plur/@told:obj ./PUNCT
    """)
    assert any(s == "Tom Reyes" and t.startswith("We will cope") for t, _, s in rows)


def test_coordinated_subjects_with_their_places_say_it_together() -> None:
    # "X of A and Y of B said …": the parse's conjuncts are one source.
    rows = quotes_of("""
        Tom/PROPN/B-PER/@Reyes:flat Reyes/PROPN/I-PER/@said:nsubj of/ADP/@Vale:case Vale/PROPN/B-LOC/@Reyes:nmod
          and/CCONJ/@Vos:cc Ann/PROPN/B-PER/@Vos:flat Vos/PROPN/I-PER/@Reyes:conj of/ADP/@Dell:case
          Dell/PROPN/B-LOC/@Vos:nmod said/VERB:Fin,Past/=say/@root the/DET:Art/@plan:det plan/NOUN/@works:nsubj
          works/VERB:Fin/=work/@said:ccomp ./PUNCT
    """)
    assert rows == [("the plan works", "indirect", "Tom Reyes and Ann Vos")]


def test_a_thing_a_name_owns_is_the_source_not_the_name() -> None:
    # "Vos's study finds …": the study, as written, not Vos.
    rows = quotes_of("""
        Ann/PROPN/B-PER/@Vos:flat Vos/PROPN/I-PER/@study:nmod:poss ^'s/PART/@Vos:case study/NOUN/@finds:nsubj
          finds/VERB:Fin/=find/@root tenants/NOUN:Plur/@move:nsubj may/AUX:Fin/@move:aux
          move/VERB:Inf/@finds:ccomp ./PUNCT
    """)
    assert rows == [("tenants may move", "indirect", "Ann Vos's study")]


def test_a_possessor_after_the_quote_is_not_the_source() -> None:
    # '"…," X's campaign manager, Y, said': Y speaks, not X.
    rows = quotes_of(f"""
        {earlier_report("Ruth", "Hale")}

        “/PUNCT It/PRON:Prs/@holds:nsubj holds/VERB:Fin/@said:ccomp ,/PUNCT ”/PUNCT Hale/PROPN/B-PER/@manager:nmod:poss
          ^'s/PART/@Hale:case campaign/NOUN/@manager:compound manager/NOUN/@said:nsubj ,/PUNCT Tom/PROPN/B-PER/@Reyes:flat
          Reyes/PROPN/I-PER/@manager:appos ,/PUNCT said/VERB:Fin,Past/=say/@root ./PUNCT
    """)
    assert rows[-1] == ("It holds,", "direct", "Tom Reyes")


def test_an_inverted_cue_with_a_possessor_names_the_person_beside_the_role() -> None:
    # '"…," said the firm's chief executive, X': X speaks, not the firm.
    rows = quotes_of(f"""
        {earlier_report("Ruth", "Hale")}

        “/PUNCT It/PRON:Prs/@holds:nsubj holds/VERB:Fin/@said:ccomp ,/PUNCT ”/PUNCT said/VERB:Fin,Past/=say/@root
          the/DET:Art/@firm:det firm/NOUN/B-ORG/@executive:nmod:poss ^'s/PART/@firm:case chief/ADJ/@executive:amod
          executive/NOUN/@said:nsubj ,/PUNCT Tom/PROPN/B-PER/@Reyes:flat Reyes/PROPN/I-PER/@executive:appos ./PUNCT
    """)
    assert rows[-1] == ("It holds,", "direct", "Tom Reyes")


def test_an_inverted_cue_with_a_name_titled_by_a_role_after_it() -> None:
    # '"…," said Hale campaign manager X': the name before the role only qualifies it.
    rows = quotes_of(f"""
        {earlier_report("Ann", "Vos")}

        “/PUNCT It/PRON:Prs/@holds:nsubj holds/VERB:Fin/@said:ccomp ,/PUNCT ”/PUNCT said/VERB:Fin,Past/=say/@root
          Hale/PROPN/B-PER/@Reyes:compound campaign/NOUN/@manager:compound manager/NOUN/@Reyes:compound
          Tom/PROPN/B-PER/@Reyes:flat Reyes/PROPN/I-PER/@said:nsubj ./PUNCT
    """)
    assert rows[-1] == ("It holds,", "direct", "Tom Reyes")


def test_a_hyphenated_given_name_in_lowercase_stays_whole() -> None:
    # The tagger's entity runs over "Seo-yeon"; the lowercase piece is part of the name.
    rows = quotes_of("""
        Park/PROPN/B-PER/@yeon:flat Seo/PROPN/I-PER/@yeon:flat ^-/PUNCT/I-PER ^yeon/PROPN/I-PER/@said:nsubj
          said/VERB:Fin,Past/=say/@root the/DET:Art/@talks:det talks/NOUN:Plur/@resume:nsubj would/AUX:Fin/@resume:aux
          resume/VERB:Inf/@said:ccomp ./PUNCT
    """)
    assert rows == [("the talks would resume", "indirect", "Park Seo-yeon")]


def test_an_inverted_cue_with_a_name_the_parse_makes_a_compound() -> None:
    # '"…," said X ally Y': the parse makes X a compound of a noun that no role list
    # holds; the name after it speaks.
    rows = quotes_of(f"""
        {earlier_report("Ann", "Vos")}

        “/PUNCT It/PRON:Prs/@holds:nsubj holds/VERB:Fin/@said:ccomp ,/PUNCT ”/PUNCT said/VERB:Fin,Past/=say/@root
          Hale/PROPN/B-PER/@ally:compound ally/NOUN/@Reyes:compound
          Tom/PROPN/B-PER/@Reyes:flat Reyes/PROPN/I-PER/@said:nsubj ./PUNCT
    """)
    assert rows[-1] == ("It holds,", "direct", "Tom Reyes")


def test_a_name_inside_the_subjects_compound_is_not_the_source() -> None:
    rows = quotes_of("""
        The/DET:Art/@veteran:det Harbour/PROPN/B-ORG/@Guard:flat Guard/PROPN/I-ORG/@veteran:compound
          veteran/NOUN/@believes:nsubj believes/VERB:Fin/=believe/@root that/SCONJ/@works:mark
          the/DET:Art plan/NOUN/@works:nsubj works/VERB:Fin/=work/@believes:ccomp ./PUNCT/@believes:punct
    """)
    assert rows == [("the plan works", "indirect", "The Harbour Guard veteran")]


def test_a_description_with_an_apposed_name_after_the_statement() -> None:
    # "Y, a spokeswoman, Ann Lee, said.": the name apposed to the subject speaks.
    rows = quotes_of("""
        The/DET:Art ferry/NOUN/@sails:nsubj sails/VERB:Fin/=sail/@said:ccomp in/ADP June/PROPN/@sails:obl
          ,/PUNCT a/DET:Art/@spokeswoman:det spokeswoman/NOUN/@said:nsubj ,/PUNCT Ruth/PROPN/B-PER/@Hale:flat
          Hale/PROPN/I-PER/@spokeswoman:appos ,/PUNCT said/VERB:Fin,Past/=say/@root ./PUNCT/@said:punct
    """)
    assert rows == [("The ferry sails in June", "indirect", "Ruth Hale")]


def test_an_organisation_that_opens_the_quotes_own_sentence_is_its_source() -> None:
    # No cue: the sentence's subject does something with the words, and it is an organisation.
    rows = quotes_of("""
        Dunmore/PROPN/B-ORG/@Radio:compound Radio/PROPN/I-ORG/@ran:nsubj
          ran/VERB:Fin,Past/=run/@root a/DET:Art piece/NOUN/@ran:obj on/ADP/@plan:case the/DET:Art
          plan/NOUN/@piece:nmod that/PRON/@ended:nsubj ended/VERB:Fin,Past/=end/@piece:acl:relcl
          with/ADP/@costs:mark "/PUNCT It/PRON:Prs/@costs:nsubj costs/VERB:Fin/=cost/@ended:advcl
          too/ADV much/ADV ./PUNCT "/PUNCT
    """)
    assert rows == [("It costs too much.", "direct", "Dunmore Radio")]


def test_an_organisation_in_a_subordinate_clause_is_not_the_quotes_source() -> None:
    rows = quotes_of("""
        After/SCONJ/@ruled:mark the/DET:Art/@Court:det High/PROPN/B-ORG/@Court:compound Court/PROPN/I-ORG/@ruled:nsubj
          ruled/VERB:Fin,Past/=rule/@called:advcl ,/PUNCT Ruth/PROPN/B-PER/@Hale:flat Hale/PROPN/I-PER/@called:nsubj
          called/VERB:Fin,Past/=call/@root it/PRON:Prs/@called:obj "/PUNCT a/DET:Art sad/ADJ day/NOUN/@called:xcomp
          ./PUNCT "/PUNCT
    """)
    assert rows and rows[-1][2] == "Ruth Hale"


def test_a_bare_title_before_the_name_after_the_quote() -> None:
    # The parse hangs a pronoun inside the marks on the cue as a second subject;
    # the name after the quote, behind its bare title, is the source.
    rows = quotes_of("""
        “/PUNCT They/PRON:Prs/@said:nsubj vote/VERB:Fin/=vote/@said:dep soon/ADV ,/PUNCT ”/PUNCT
          campaign/NOUN/@manager:compound manager/NOUN/@Lee:compound Ann/PROPN/B-PER/@Lee:flat
          Lee/PROPN/I-PER/@said:nsubj said/VERB:Fin,Past/=say/@root ./PUNCT/@said:punct
    """)
    assert rows == [("They vote soon,", "direct", "Ann Lee")]


def test_an_inverted_cue_with_a_long_title_before_the_name() -> None:
    rows = quotes_of("""
        “/PUNCT It/PRON:Prs/@is:nsubj is/AUX:Fin/@said:ccomp late/ADJ ,/PUNCT ”/PUNCT said/VERB:Fin,Past/=say/@root
          harbour/NOUN/@ranking:obl:npmod ranking/VERB:VerbForm=Ger/@member:amod
          member/NOUN/@Lee:compound Liberal/PROPN/B-MISC/@Lee:flat Ann/PROPN/@Lee:flat Lee/PROPN/@said:obj
          ./PUNCT/@said:punct
    """)
    # (The tagger typed the name only by its party word, so the party stays in front.)
    assert len(rows) == 1 and rows[0][:2] == ("It is late,", "direct") and (rows[0][2] or "").endswith("Ann Lee")


def test_a_capitalised_title_before_a_name_is_not_the_subject_the_surface_finds() -> None:
    # No parsed subject: the first mention before the cue is a title in capitals
    # (tagged as an organisation) and the person's name right after it is the source.
    rows = quotes_of("""
        Harbour/PROPN/B-ORG/@Chair:flat Board/PROPN/I-ORG/@Chair:flat Chair/PROPN/I-ORG/@Lee:flat
          Ann/PROPN/B-PER/@Lee:flat Lee/PROPN/I-PER/@said:dep said/VERB:Fin,Past/=say/@root
          that/SCONJ/@close:mark the/DET:Art/@pier:det pier/NOUN/@close:nsubj will/AUX:Fin/@close:aux
          close/VERB:Inf/=close/@said:ccomp ./PUNCT/@said:punct
    """)
    assert rows == [("the pier will close", "indirect", "Ann Lee")]


def test_a_long_subject_phrase_with_names_in_it_is_the_source_not_the_names() -> None:
    rows = quotes_of("""
        A/DET:Art/@survey:det Harbour/PROPN/B-ORG/@Times:flat Times/PROPN/I-ORG/@survey:compound
          and/CCONJ/@Radio:cc Dunmore/PROPN/B-ORG/@Radio:flat Radio/PROPN/I-ORG/@Times:conj
          survey/NOUN/@found:nsubj found/VERB:Fin,Past/=find/@root that/SCONJ/@back:mark
          most/ADJ/@voters:amod voters/NOUN:Plur/@back:nsubj back/VERB:Fin/=back/@found:ccomp
          the/DET:Art/@plan:det plan/NOUN/@back:obj ./PUNCT/@found:punct
    """)
    assert rows == [("most voters back the plan", "indirect", "A Harbour Times and Dunmore Radio survey")]


def test_a_courtesy_title_tells_which_of_two_people_of_one_surname_speaks() -> None:
    rows = quotes_of(f"""
        {earlier_report("Tom", "Lee")}
        {earlier_report("Ann", "Lee")}
        Mrs./PROPN/@Lee:flat Lee/PROPN/B-PER/@said:nsubj said/VERB:Fin,Past/=say/@root the/DET:Art/@pier:det
          pier/NOUN/@opens:nsubj opens/VERB:Fin/=open/@said:ccomp ./PUNCT/@said:punct
        Mr./PROPN/@Lee:flat Lee/PROPN/B-PER/@said:nsubj said/VERB:Fin,Past/=say/@root the/DET:Art/@bridge:det
          bridge/NOUN/@shuts:nsubj shuts/VERB:Fin/=shut/@said:ccomp ./PUNCT/@said:punct
    """)
    assert [s for _t, _k, s in rows[2:]] == ["Ann Lee", "Tom Lee"]


def test_a_title_opened_by_a_possessive_before_the_name_after_the_quote() -> None:
    rows = quotes_of("""
        “/PUNCT It/PRON:Prs/@is:nsubj is/AUX:Fin/@added:ccomp late/ADJ ,/PUNCT ”/PUNCT
          her/PRON:Prs,Poss=Yes/@aide:nmod:poss aide/NOUN/@added:nsubj Ann/PROPN/B-PER/@Lee:flat
          Lee/PROPN/I-PER/@added:nsubj added/VERB:Fin,Past/=add/@root ./PUNCT/@added:punct
    """)
    assert rows == [("It is late,", "direct", "Ann Lee")]


def test_an_inverted_cue_with_two_titles_before_the_name() -> None:
    rows = quotes_of("""
        “/PUNCT It/PRON:Prs/@is:nsubj is/AUX:Fin/@said:ccomp late/ADJ ,/PUNCT ”/PUNCT said/VERB:Fin,Past/=say/@root
          former/ADJ/@Gov.:amod Harbour/PROPN/B-LOC/@Gov.:flat Gov./PROPN/@said:nsubj and/CCONJ/@Lee:cc
          Party/PROPN/B-ORG/@Chairman:flat National/PROPN/I-ORG/@Chairman:flat Committee/PROPN/I-ORG/@Chairman:flat
          Chairman/PROPN/I-ORG/@Lee:flat
          Ann/PROPN/B-PER/@Lee:flat Lee/PROPN/I-PER/@Gov.:conj ./PUNCT/@said:punct
    """)
    assert rows == [("It is late,", "direct", "Ann Lee")]


def test_the_possessor_of_the_subject_phrase_is_not_the_source() -> None:
    # No parsed subject: the first name before the cue owns the subject ("X's aides").
    rows = quotes_of("""
        Ann/PROPN/B-PER/@Lee:flat Lee/PROPN/I-PER/@aides:nmod:poss ’s/PART/@Lee:case aides/NOUN:Plur/@said:dep
          said/VERB:Fin,Past/=say/@root the/DET:Art/@plan:det plan/NOUN/@works:nsubj
          works/VERB:Fin/=work/@said:ccomp ./PUNCT/@said:punct
    """)
    assert rows == [("the plan works", "indirect", "Ann Lee ’s aides")]


def test_a_report_in_a_subordinate_clause_does_not_take_the_floor() -> None:
    # '"A," X told Y, after Y told X that B. "C"': C continues X's quote.
    rows = quotes_of("""
        “/PUNCT It/PRON:Prs/@holds:nsubj holds/VERB:Fin/=hold/@7:ccomp ,/PUNCT ”/PUNCT
          Tom/PROPN/B-PER/@6:flat Reyes/PROPN/I-PER/@7:nsubj told/VERB:Fin,Past/=tell/@root
          Ann/PROPN/B-PER/@9:flat Vos/PROPN/I-PER/@7:obj ,/PUNCT after/SCONJ/@13:mark
          Vos/PROPN/B-PER/@13:nsubj told/VERB:Fin,Past/=tell/@7:advcl Reyes/PROPN/B-PER/@13:obj
          that/SCONJ/@works:mark the/DET:Art/@plan:det plan/NOUN/@works:nsubj works/VERB:Fin/=work/@13:ccomp
          ./PUNCT
        “/PUNCT We/PRON:Prs/@win:nsubj win/VERB:Fin/=win/@root ./PUNCT ”/PUNCT
    """)
    assert rows[1] == ("the plan works", "indirect", "Ann Vos")
    assert rows[-1] == ("We win.", "direct", "Tom Reyes")


def test_one_of_a_group_with_a_name_in_apposition_is_that_person() -> None:
    rows = quotes_of("""
        One/NUM/@said:nsubj of/ADP/@One:case the/DET:Art/@aides:det aides/NOUN:Plur/@of:obl in/ADP/@aides:case
          the/DET:Art/@office:det mayor/NOUN/@office:compound ^'s/PART/@mayor:case office/NOUN/@in:obl ,/PUNCT
          Ann/PROPN/B-PER/@Vos:flat Vos/PROPN/I-PER/@One:appos ,/PUNCT said/VERB:Fin,Past/=say/@root
          they/PRON:Prs/@rallied:nsubj rallied/VERB:Fin,Past/=rally/@said:ccomp ./PUNCT
    """)
    assert rows == [("they rallied", "indirect", "Ann Vos")]


def test_the_name_before_a_parenthesis_and_a_participle_phrase_speaks() -> None:
    # "Sen. X (D-Ore.), noting Y's record, said, '…'": the parse hangs the cue on the
    # participle; the person is the name before the parenthesis, not Y.
    rows = quotes_of("""
        Sen./PROPN/@Vos:flat Ann/PROPN/B-PER/@Vos:flat Vos/PROPN/I-PER/@noting:nsubj (/PUNCT/@Vos:punct
          D/PROPN/@Ore.:flat ^-/PUNCT/@D:punct ^Ore./PROPN/@Vos:appos )/PUNCT/@Vos:punct ,/PUNCT/@Vos:punct
          noting/VERB:VerbForm=Ger/=note/@root the/DET:Art/@size:det size/NOUN/@noting:obj of/ADP/@size:case
          Tom/PROPN/B-PER/@Reyes:flat Reyes/PROPN/I-PER/@list:nmod:poss ^'s/PART/@Reyes:case list/NOUN/@of:obl
          ,/PUNCT/@size:punct said/VERB:Fin,Past/=say/@noting:parataxis ,/PUNCT/@said:punct
          “/PUNCT We/PRON:Prs/@wait:nsubj wait/VERB:Fin/=wait/@said:ccomp for/ADP/@wait:case the/DET:Art/@vote:det
          vote/NOUN/@for:obl ./PUNCT ”/PUNCT
    """)
    assert rows[-1] == ("We wait for the vote.", "direct", "Ann Vos")


def test_a_name_that_only_qualifies_the_subject_noun_is_not_the_source() -> None:
    # "…, a Harbour Board official who … said Y" where the parse gives the cue no
    # subject: the official, as written, not the organisation named inside.
    rows = quotes_of("""
        In/ADP/@said:case May/PROPN/@In:obl ,/PUNCT/@May:punct a/DET:Art/@official:det
          Harbour/PROPN/B-ORG/@Board:flat Board/PROPN/I-ORG/@official:compound official/NOUN/@May:appos
          who/PRON/@spoke:nsubj spoke/VERB:Fin,Past/=speak/@official:acl:relcl anonymously/ADV/@spoke:advmod
          said/VERB:Fin,Past/=say/@root the/DET:Art/@fee:det fee/NOUN/@rise:nsubj would/AUX:Fin/@rise:aux
          rise/VERB:Inf/@said:ccomp ./PUNCT
    """)
    assert rows == [("the fee would rise", "indirect", "a Harbour Board official")]


def test_a_question_asked_by_someone_is_theirs_not_the_answerers() -> None:
    # "When asked by a neighbour whether Y, X …": the neighbour asks; without an agent
    # the question is put to X by someone unnamed, and is no quote of X.
    asked = """
        When/SCONJ/@asked:advmod asked/VERB:VerbForm=Part,Tense=Past/=ask/@smiled:advcl {agent}
          whether/SCONJ/@rise:mark the/DET:Art/@fee:det fee/NOUN/@rise:nsubj would/AUX:Fin/@rise:aux
          rise/VERB:Inf/@asked:ccomp ,/PUNCT Ann/PROPN/B-PER/@Vos:flat Vos/PROPN/I-PER/@smiled:nsubj
          smiled/VERB:Fin,Past/=smile/@root ./PUNCT
    """
    by = "by/ADP/@asked:obl:agent a/DET:Art/@neighbour:det neighbour/NOUN/@by:obl"
    assert quotes_of(asked.format(agent=by)) == [("the fee would rise", "indirect", "a neighbour")]
    assert all(speaker != "Ann Vos" for _text, _kind, speaker in quotes_of(asked.format(agent="")))


def test_a_role_is_not_the_thing_or_group_that_spoke_before() -> None:
    # "The summary said A. … The employee said B": a person noun never stands for a
    # document or a group quoted before it.
    rows = quotes_of("""
        The/DET:Art/@summary:det summary/NOUN/@said:nsubj said/VERB:Fin,Past/=say/@root
          the/DET:Art/@plan:det plan/NOUN/@works:nsubj works/VERB:Fin/=work/@said:ccomp ./PUNCT
        Ann/PROPN/B-PER/@Vos:flat Vos/PROPN/I-PER/@and:nsubj and/CCONJ/@Lee:cc Tom/PROPN/B-PER/@Lee:flat
          Lee/PROPN/I-PER/@Vos:conj said/VERB:Fin,Past/=say/@root the/DET:Art/@fee:det fee/NOUN/@rose:nsubj
          rose/VERB:Fin,Past/=rise/@said:ccomp ./PUNCT
        The/DET:Art/@employee:det employee/NOUN/@said:nsubj said/VERB:Fin,Past/=say/@root he/PRON:Prs/@left:nsubj
          left/VERB:Fin,Past/=leave/@said:ccomp ./PUNCT
    """)
    assert rows[-1][2] not in (rows[0][2], rows[1][2])


def test_a_name_inside_the_roles_own_phrase_is_not_its_referent() -> None:
    # '"…," the X employee wrote' where the tagger took X for a person: the employee
    # is someone else than X.
    rows = quotes_of("""
        “/PUNCT It/PRON:Prs/@holds:nsubj holds/VERB:Fin/=hold/@wrote:ccomp ,/PUNCT ”/PUNCT the/DET:Art/@employee:det
          Gawk/PROPN/B-PER/@employee:compound employee/NOUN/@wrote:nsubj wrote/VERB:Fin,Past/=write/@root ./PUNCT
    """)
    assert rows[-1][0] == "It holds," and rows[-1][2] != "Gawk"


def test_a_role_after_a_fronted_place_is_the_subject_not_its_apposition() -> None:
    # "In Leeds, the mayor said …": the role is the verb's subject after a fronted
    # phrase; the place is no mayor, and the description may not resolve to it.
    text = """
        Ruth/PROPN/B-PER Hale/PROPN/I-PER/@Ruth:flat runs/VERB:Fin/=run/@root the/DET:Art city/NOUN ./PUNCT

        In/ADP the/DET:Art town/NOUN of/ADP Leeds/PROPN/B-LOC ,/PUNCT the/DET:Art/@mayor:det
          mayor/NOUN/@said:nsubj said/VERB:Fin,Past/=say/@root the/DET:Art/@bridge:det
          bridge/NOUN/@open:nsubj would/AUX:Fin open/VERB:Inf/@said:ccomp soon/ADV ./PUNCT
    """
    leeds = [m for m in find_mentions(build(text), EN) if m.text == "Leeds"]
    assert len(leeds) == 1 and leeds[0].roles == []
    rows = quotes_of(text)
    assert rows == [("the bridge would open soon", "indirect", "Ruth Hale")]
    # A true apposition, its verb after the closing comma, still titles the name.
    doc = build("""
        Tom/PROPN/B-PER Reyes/PROPN/I-PER/@Tom:flat/@said:nsubj ,/PUNCT the/DET:Art/@mayor:det
          mayor/NOUN/@Reyes:appos ,/PUNCT said/VERB:Fin,Past/=say/@root no/DET ./PUNCT
    """)
    assert [m.roles for m in find_mentions(doc, EN) if m.text == "Tom Reyes"] == [["mayor"]]


def test_according_to_a_possessed_title_gives_the_named_person_not_the_possessor() -> None:
    rows = quotes_of("""
        The/DET:Art/@plan:det plan/NOUN/@works:nsubj works/VERB:Fin/=work/@root ,/PUNCT according/VERB/@works:case
          to/ADP/@according:case Ann/PROPN/B-PER/@Lee:flat Lee/PROPN/I-PER/@secretary:nmod:poss ^'s/PART/@Lee:case
          former/ADJ/@secretary:amod secretary/NOUN/@Reyes:compound Tom/PROPN/B-PER/@Reyes:flat
          Reyes/PROPN/I-PER/@5:obl ./PUNCT
    """)
    assert [s for _, _, s in rows] == ["Tom Reyes"]


def test_a_quote_that_trails_off_takes_the_source_after_it() -> None:
    # '"… people…" X said.': an ellipsis leaves the quote open like a comma does.
    rows = quotes_of(f"""
        {earlier_report("Ann", "Vos")}

        “/PUNCT We/PRON:Prs/@look:nsubj will/AUX:Fin look/VERB:Inf/=look/@said:ccomp at/ADP/@people:case
          many/ADJ people/NOUN:Plur/@look:obl …/PUNCT ”/PUNCT Tom/PROPN/B-PER Reyes/PROPN/I-PER/@said:nsubj
          said/VERB:Fin,Past/=say/@root ./PUNCT
    """)
    assert ("We will look at many people…", "direct", "Tom Reyes") in rows


def test_a_cue_the_parse_hangs_on_the_name_past_an_unclosed_apposition() -> None:
    # The apposition lacks its closing comma, so the tagger reads the cue as a
    # participle on the name; the parse still says whose words they are.
    rows = quotes_of("""
        Tom/PROPN/B-PER Reyes/PROPN/I-PER/@Tom:flat opened/VERB:Fin,Past/=open the/DET:Art bridge/NOUN .
          “/PUNCT It/PRON:Prs is/AUX:Fin far/ADV too/ADV late/ADJ ,/PUNCT ”/PUNCT Ruth/PROPN/B-PER
          Hale/PROPN/I-PER/@Ruth:flat ,/PUNCT the/DET:Art planner/NOUN/@Hale:appos who/PRON/@drew:nsubj
          drew/VERB:Fin,Past/=draw/@planner:acl:relcl it/PRON:Prs/@drew:obj
          posted/VERB:Part,Past/=post/@Hale:acl on/ADP Friday/PROPN ./PUNCT
    """)
    assert rows == [("It is far too late,", "direct", "Ruth Hale")]


def test_a_name_right_before_the_verb_the_parse_left_without_subject() -> None:
    # An aside between dashes before the name: the parse hangs the name in it.
    rows = quotes_of("""
        In/ADP an/DET:Art interview/NOUN/@tried:obl -/PUNCT held/VERB:Part,Past/=hold/@interview:acl
          in/ADP Leeds/PROPN/B-LOC/@held:obl -/PUNCT Tom/PROPN/B-PER/@Reyes:flat Reyes/PROPN/I-PER/@Leeds:obl
          tried/VERB:Fin,Past/=try/@root to/PART explain/VERB:Inf/=explain/@tried:xcomp
          that/SCONJ the/DET:Art plan/NOUN/@work:nsubj would/AUX:Fin work/VERB:Inf/=work/@explain:ccomp ./PUNCT
    """)
    assert rows == [("the plan would work", "indirect", "Tom Reyes")]


def test_a_name_set_beside_a_described_subject_speaks_the_quote_after_its_colon() -> None:
    # "One supporter, X, tried it on Tuesday: '…'": the quote after the colon is the
    # subject's, and the name beside the subject names it.
    rows = quotes_of(f"""
        {earlier_report("Kees", "Bakker")}

        One/NUM supporter/NOUN/@tried:nsubj ,/PUNCT Joris/PROPN/B-PER Velt/PROPN/I-PER/@supporter:appos ,/PUNCT
          tried/VERB:Fin,Past/=try/@root it/PRON:Prs in/ADP an/DET:Art interview/NOUN with/ADP the/DET:Art
          paper/NOUN on/ADP Tuesday/PROPN :/PUNCT “/PUNCT The/DET:Art harbour/NOUN/@is:nsubj
          is/AUX:Fin/=be/@tried:parataxis a/DET:Art failure/NOUN ./PUNCT ”/PUNCT
    """)
    assert ("The harbour is a failure.", "direct", "Joris Velt") in rows


def test_one_of_a_group_with_a_name_set_beside_it_is_that_person() -> None:
    rows = quotes_of("""
        One/NUM/@aides:nummod of/ADP her/PRON:Prs,Poss=Yes aides/NOUN:Plur/@told:nsubj ,/PUNCT Joris/PROPN/B-PER
          Velt/PROPN/I-PER/@aides:appos ,/PUNCT told/VERB:Fin,Past/=tell/@root reporters/NOUN:Plur/@told:obj
          that/SCONJ/@wait:mark the/DET:Art vote/NOUN/@wait:nsubj would/AUX:Fin wait/VERB/=wait/@told:ccomp
          until/ADP May/PROPN ./PUNCT
    """)
    assert rows == [("the vote would wait until May", "indirect", "Joris Velt")]


def test_a_that_clause_after_a_cue_is_no_inverted_subject() -> None:
    # "The minister, X, suggested that officials should …": "that officials" is the
    # report, not a subject after the cue.
    rows = quotes_of("""
        The/DET:Art minister/NOUN/@suggested:nsubj ,/PUNCT Joris/PROPN/B-PER Velt/PROPN/I-PER/@minister:appos ,/PUNCT
          suggested/VERB:Fin,Past/=suggest/@root that/SCONJ/@lower:mark local/ADJ officials/NOUN:Plur/@lower:nsubj
          should/AUX:Fin lower/VERB/=lower/@suggested:ccomp their/PRON:Prs,Poss=Yes fees/NOUN:Plur/@lower:obj ./PUNCT
    """)
    assert rows == [("local officials should lower their fees", "indirect", "Joris Velt")]


def test_a_quote_between_its_own_cue_and_the_next_quotes_cue_is_the_first_speakers() -> None:
    # 'X said, "A?" Y answered, "B."': the frame after A opens B.
    rows = quotes_of("""
        Anna/PROPN/B-PER Zuidhoek/PROPN/I-PER/@said:nsubj said/VERB:Fin,Past/=say/@root ,/PUNCT " Why/ADV/@late:advmod
          so/ADV late/ADJ/@said:ccomp ?/PUNCT " Joris/PROPN/B-PER Velt/PROPN/I-PER/@answered:nsubj then/ADV
          answered/VERB:Fin,Past/=answer/@said:parataxis ,/PUNCT " The/DET:Art ferry/NOUN/@was:nsubj
          was/AUX:Fin/=be/@answered:ccomp full/ADJ ./PUNCT "
    """)
    assert [(t, s) for t, _, s in rows] == [("Why so late?", "Anna Zuidhoek"), ("The ferry was full.", "Joris Velt")]


def test_a_quote_with_its_own_cue_after_it_is_no_fragment_of_a_report_before_it() -> None:
    # The parse makes the quote the report of "denies"; its own cue after the marks
    # ("asked X") says it is X's question, not part of that report.
    rows = quotes_of("""
        Officials/NOUN:Plur/@deny:nsubj deny/VERB:Fin/=deny/@root —/PUNCT “/PUNCT why/ADV/@wait:advmod
          would/AUX:Fin you/PRON:Prs/@wait:nsubj wait/VERB/=wait/@deny:ccomp for/ADP the/DET:Art ferry/NOUN ?/PUNCT ”/PUNCT
          asked/VERB:Fin,Past/=ask Joris/PROPN/B-PER Velt/PROPN/I-PER/@asked:nsubj ,/PUNCT now/ADV a/DET:Art
          partner/NOUN ./PUNCT
    """)
    assert [(t, k, s) for t, k, s in rows] == [("why would you wait for the ferry?", "direct", "Joris Velt")]


def test_a_lower_case_frame_after_a_closed_sentence_in_marks_goes_on_with_it() -> None:
    # '"… everyone." screenwriter X wrote': the lower-case word says the sentence goes
    # on, so the frame is the quote's, full stop or not.
    rows = quotes_of(f"""
        {earlier_report("Kees", "Bakker")}

        " I/PRON:Prs/@saw:nsubj saw/VERB:Fin,Past/=see/@wrote:ccomp the/DET:Art tweet/NOUN/@saw:obj ./PUNCT "
          screenwriter/NOUN/@Velt:compound Joris/PROPN/B-PER Velt/PROPN/I-PER/@wrote:nsubj
          wrote/VERB:Fin,Past/=write/@root on/ADP Sunday/PROPN ./PUNCT
    """)
    assert ("I saw the tweet.", "direct", "Joris Velt") in rows


def test_a_noun_phrase_of_time_after_the_cue_is_no_subject() -> None:
    # "A blogger, X, reported this month that …": "this month" is when, not who.
    rows = quotes_of("""
        A/DET:Art blogger/NOUN/@reported:nsubj ,/PUNCT Anna/PROPN/B-PER Zuidhoek/PROPN/I-PER/@blogger:appos ,/PUNCT
          reported/VERB:Fin,Past/=report/@root this/DET month/NOUN/@reported:obl:npmod that/SCONJ/@had:mark
          she/PRON:Prs/@had:nsubj had/VERB:Fin,Past/=have/@reported:ccomp the/DET:Art video/NOUN ./PUNCT
    """)
    assert rows == [("she had the video", "indirect", "Anna Zuidhoek")]


def test_a_name_past_an_apposition_with_an_auxiliary_before_the_cue() -> None:
    # "after X, asked about Y, had said, '…'": the parse hangs X on "after" and leaves
    # the cue without a subject; the name before the apposition is the source.
    rows = quotes_of("""
        It/PRON:Prs/@came:nsubj came/VERB:Fin,Past/=come/@said:ccomp up/ADP after/ADP/@came:case Joris/PROPN/B-PER
          Velt/PROPN/I-PER/@after:obl ,/PUNCT asked/VERB:Part/=ask/@came:advcl about/ADP Kees/PROPN/B-PER
          Bakker/PROPN/I-PER/@about:obl ,/PUNCT had/AUX:Fin/=have said/VERB:Part/=say/@root ,/PUNCT “/PUNCT
          We/PRON:Prs/@do:nsubj do/VERB:Fin/=do/@said:ccomp enough/ADV ./PUNCT ”/PUNCT
    """)
    assert ("We do enough.", "direct", "Joris Velt") in rows


def test_a_quote_in_a_sentence_after_a_fronted_clause_is_the_main_subjects() -> None:
    # "After X criticised Y, Z shot back, '…'": the main clause's subject speaks.
    rows = quotes_of(f"""
        {earlier_report("Kees", "Bakker")}

        After/SCONJ/@criticised:mark Joris/PROPN/B-PER Velt/PROPN/I-PER/@criticised:nsubj
          criticised/VERB:Fin,Past/=criticise/@shot:advcl the/DET:Art/@plan:det plan/NOUN/@criticised:obj ,/PUNCT
          Anna/PROPN/B-PER Zuidhoek/PROPN/I-PER/@shot:nsubj shot/VERB:Fin,Past/=shoot/@root back/ADV ,/PUNCT
          “/PUNCT I/PRON:Prs/@chose:nsubj chose/VERB:Fin,Past/=choose/@shot:ccomp my/PRON:Prs,Poss=Yes
          work/NOUN/@chose:obj ./PUNCT ”/PUNCT
    """)
    assert ("I chose my work.", "direct", "Anna Zuidhoek") in rows
