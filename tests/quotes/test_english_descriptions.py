"""English descriptions on hand-built documents: a source the article does not name,
written as the article writes it (GUIDELINES).

Unnamed and counted groups, the phrases that modify a description's noun (up to a
relative clause, a comma or a day), coordinated nouns, plural names as groups.
Who the source is — names, titles, roles, subjects up the parse — is in
test_english_sources.py.
"""

from __future__ import annotations

from english_doc import earlier_report, quotes_of


def test_an_unnamed_source_keeps_its_prepositional_phrase() -> None:
    # GUIDELINES: a source the article never names keeps its description as written.
    rows = quotes_of("""
        A/DET:Art spokesman/NOUN/@said:nsubj for/ADP the/DET:Art harbour/NOUN board/NOUN
          said/VERB:Fin,Past/=say/@root that/SCONJ the/DET:Art bridge/NOUN/@open:nsubj would/AUX:Fin
          open/VERB:Inf/@said:ccomp soon/ADV .
    """)
    assert rows == [("the bridge would open soon", "indirect", "A spokesman for the harbour board")]


def test_a_counted_subject_is_an_unnamed_group_not_the_last_name() -> None:
    # "…, but 58 percent of residents said …": the parse's subject counts people; the
    # person named before it in the sentence is not the source.
    rows = quotes_of("""
        Ann/PROPN/B-PER/@Vos:flat Vos/PROPN/I-PER/@leads:nsubj leads/VERB:Fin/=lead/@root ,/PUNCT but/CCONJ/@said:cc
          58/NUM/@percent:nummod percent/NOUN/@said:nsubj of/ADP/@residents:case residents/NOUN:Plur/@percent:nmod
          said/VERB:Fin,Past/=say/@leads:conj they/PRON:Prs/@doubt:nsubj doubt/VERB:Fin/@said:ccomp
          her/PRON:Prs/@doubt:obj ./PUNCT
    """)
    assert ("they doubt her", "indirect", "58 percent of residents") in rows


def test_a_quantity_pronoun_subject_is_an_unnamed_group() -> None:
    rows = quotes_of("""
        As/SCONJ/@described:mark described/VERB:Part/=describe/@think:advcl by/ADP/@Vos:case Ann/PROPN/B-PER/@Vos:flat
          Vos/PROPN/I-PER/@described:obl ,/PUNCT many/ADJ/@think:nsubj think/VERB:Fin/=think/@root
          the/DET:Art/@plan:det plan/NOUN/@failed:nsubj failed/VERB:Fin,Past/=fail/@think:ccomp ./PUNCT
    """)
    assert ("the plan failed", "indirect", "many") in rows


def test_a_bare_noun_subject_is_a_source_as_written() -> None:
    rows = quotes_of("""
        New/ADJ/@polling:amod polling/NOUN/@finds:nsubj finds/VERB:Fin/=find/@root that/SCONJ/@leads:mark
          Ann/PROPN/B-PER/@Vos:flat Vos/PROPN/I-PER/@leads:nsubj leads/VERB:Fin/=lead/@finds:ccomp ./PUNCT
    """)
    assert rows == [("Ann Vos leads", "indirect", "New polling")]


def test_a_possessed_description_keeps_its_possessor_as_written() -> None:
    # "X's spokesman said …" is someone else than X, named as the article names him.
    rows = quotes_of(f"""
        {earlier_report("Ann", "Vos")}
        Hale/PROPN/B-PER/@spokesman:nmod:poss ^'s/PART/@Hale:case spokesman/NOUN/@said:nsubj
          said/VERB:Fin,Past/=say/@root the/DET:Art/@bridge:det bridge/NOUN/@open:nsubj would/AUX:Fin/@open:aux
          open/VERB:Inf/@said:ccomp ./PUNCT
    """)
    assert rows[-1] == ("the bridge would open", "indirect", "Hale's spokesman")


def test_an_unnamed_source_keeps_the_phrases_that_modify_its_noun() -> None:
    # GUIDELINES: a source the article never names keeps its description as written.
    rows = quotes_of("""
        “/PUNCT It/PRON:Prs/@is:nsubj is/AUX:Fin/@said:ccomp late/ADJ ,/PUNCT ”/PUNCT said/VERB:Fin,Past/=say/@root
          a/DET:Art/@voice:det voice/NOUN/@said:nsubj loyal/ADJ/@voice:amod to/ADP/@mayor:case
          the/DET:Art/@mayor:det mayor/NOUN/@loyal:obl ./PUNCT/@said:punct
        A/DET:Art/@survey:det survey/NOUN/@found:nsubj of/ADP/@Institute:case the/DET:Art/@Institute:det
          Harbour/PROPN/B-ORG/@Institute:compound Institute/PROPN/I-ORG/@survey:nmod found/VERB:Fin,Past/=find/@root
          that/SCONJ/@back:mark most/ADJ/@voters:amod voters/NOUN:Plur/@back:nsubj back/VERB:Fin/=back/@found:ccomp
          the/DET:Art/@plan:det plan/NOUN/@back:obj ./PUNCT/@found:punct
    """)
    assert [s for _t, _k, s in rows] == ["a voice loyal to the mayor", "A survey of the Harbour Institute"]


def test_an_unnamed_group_keeps_its_quantifier_and_the_phrases_after_its_noun() -> None:
    rows = quotes_of("""
        Some/DET/@voters:det voters/NOUN:Plur/@said:nsubj in/ADP/@town:case the/DET:Art/@town:det
          town/NOUN/@voters:nmod said/VERB:Fin,Past/=say/@root the/DET:Art/@plan:det
          plan/NOUN/@works:nsubj works/VERB:Fin/=work/@said:ccomp ./PUNCT/@said:punct
    """)
    assert rows == [("the plan works", "indirect", "Some voters in the town")]


def test_an_organisation_described_by_a_noun_keeps_the_words_of_its_phrase() -> None:
    rows = quotes_of("""
        Ann/PROPN/B-PER/@Lee:flat Lee/PROPN/I-PER/@campaign:nmod:poss ’s/PART/@Lee:case
          campaign/NOUN/@said:nsubj said/VERB:Fin,Past/=say/@root the/DET:Art/@plan:det
          plan/NOUN/@works:nsubj works/VERB:Fin/=work/@said:ccomp ./PUNCT/@said:punct
    """)
    assert rows == [("the plan works", "indirect", "Ann Lee ’s campaign")]  # (the builder spaces tokens)


def test_a_description_with_a_prepositional_phrase_is_written_whole() -> None:
    # "A spokeswoman for X said …" in the parse's shape, where the preposition hangs on
    # the noun and the name on the preposition: the spokeswoman speaks, as written.
    rows = quotes_of(f"""
        {earlier_report("Ann", "Vos")}
        A/DET:Art/@spokeswoman:det spokeswoman/NOUN/@said:nsubj for/ADP/@spokeswoman:case
          Vos/PROPN/B-PER/@for:obl said/VERB:Fin,Past/=say/@root the/DET:Art/@bridge:det bridge/NOUN/@open:nsubj
          would/AUX:Fin/@open:aux open/VERB:Inf/@said:ccomp ./PUNCT
    """)
    assert rows[-1] == ("the bridge would open", "indirect", "A spokeswoman for Vos")


def test_supporters_of_a_person_are_not_that_person() -> None:
    rows = quotes_of("""
        Supporters/NOUN:Plur/@say:nsubj of/ADP/@Supporters:case Ruth/PROPN/B-PER/@Hale:flat
          Hale/PROPN/I-PER/@of:obl say/VERB:Fin/=say/@root the/DET:Art/@bridge:det bridge/NOUN/@open:nsubj
          should/AUX:Fin/@open:aux open/VERB:Inf/@say:ccomp ./PUNCT
    """)
    assert rows == [("the bridge should open", "indirect", "Supporters of Ruth Hale")]


def test_a_day_the_parse_hangs_on_the_source_is_not_written_with_it() -> None:
    rows = quotes_of("""
        The/DET:Art/@council:det council/NOUN/@said:nsubj on/ADP/@council:case Monday/PROPN/@on:obl
          said/VERB:Fin,Past/=say/@root the/DET:Art/@bridge:det bridge/NOUN/@open:nsubj
          would/AUX:Fin/@open:aux open/VERB:Inf/@said:ccomp ./PUNCT
    """)
    assert rows == [("the bridge would open", "indirect", "The council")]


def test_a_quantity_of_a_group_with_a_relative_clause_is_written_without_it() -> None:
    # "Many of the leaders who backed X said …": the unnamed group, not X, and not
    # the relative clause that the parse hangs inside its phrase.
    rows = quotes_of("""
        Many/ADJ/@said:nsubj of/ADP/@Many:case the/DET:Art/@leaders:det county/NOUN/@leaders:compound
          leaders/NOUN:Plur/@of:obl who/PRON/@backed:nsubj backed/VERB:Fin,Past/=back/@leaders:acl:relcl
          Ruth/PROPN/B-PER/@Hale:flat Hale/PROPN/I-PER/@backed:obj in/ADP/@backed:case the/DET:Art/@spring:det
          spring/NOUN/@in:obl said/VERB:Fin,Past/=say/@root they/PRON:Prs/@rallied:nsubj
          rallied/VERB:Fin,Past/=rally/@said:ccomp ./PUNCT
    """)
    assert rows == [("they rallied", "indirect", "Many of the county leaders")]


def test_a_participle_phrase_of_an_unnamed_source_ends_at_its_comma() -> None:
    # "Voters interviewed at the fair, including Ann Lee, said …": the description
    # keeps its participle phrase up to the comma that opens an aside.
    rows = quotes_of("""
        Most/ADJ/@voters:amod voters/NOUN:Plur/@said:nsubj interviewed/VERB:Part,Past/@voters:acl at/ADP/@fair:case
          the/DET:Art/@fair:det fair/NOUN/@interviewed:obl ,/PUNCT/@interviewed:punct including/VERB/@Lee:case
          Ann/PROPN/B-PER/@Lee:flat Lee/PROPN/I-PER/@interviewed:obl ,/PUNCT/@voters:punct
          said/VERB:Fin,Past/=say/@root the/DET:Art/@plan:det plan/NOUN/@works:nsubj works/VERB:Fin/=work/@said:ccomp
          ./PUNCT
    """)
    assert rows == [("the plan works", "indirect", "Most voters interviewed at the fair")]


def test_a_hyphen_inside_a_word_does_not_cut_a_description() -> None:
    rows = quotes_of("""
        A/DET:Art/@survey:det survey/NOUN/@showed:nsubj of/ADP/@survey:case caucus/NOUN/@goers:compound
          ^-/PUNCT/@goers:punct ^goers/NOUN:Plur/@of:obl showed/VERB:Fin,Past/=show/@root that/SCONJ/@works:mark
          the/DET:Art/@plan:det plan/NOUN/@works:nsubj works/VERB:Fin/=work/@showed:ccomp ./PUNCT
    """)
    assert rows == [("the plan works", "indirect", "A survey of caucus-goers")]


def test_coordinated_nouns_of_a_description_stay_together() -> None:
    # spaCy hangs the "and" on the first noun, the second noun on it as conj.
    rows = quotes_of("""
        Surveys/NOUN:Plur/@show:nsubj and/CCONJ/@Surveys:cc interviews/NOUN:Plur/@Surveys:conj
          show/VERB:Fin/=show/@root that/SCONJ/@works:mark the/DET:Art/@plan:det plan/NOUN/@works:nsubj
          works/VERB:Fin/=work/@show:ccomp ./PUNCT
    """)
    assert rows == [("the plan works", "indirect", "Surveys and interviews")]


def test_a_passive_relative_clause_ends_a_source_after_according_to() -> None:
    rows = quotes_of("""
        The/DET:Art/@plan:det plan/NOUN/@works:nsubj works/VERB:Fin/=work/@root ,/PUNCT according/VERB/@works:case
          to/ADP/@according:case an/DET:Art/@aide:det aide/NOUN/@5:obl who/PRON/@allowed:nsubj:pass
          was/AUX:Fin/@allowed:aux:pass not/PART/@allowed:advmod allowed/VERB:Part,Past/@aide:acl:relcl
          to/PART/@talk:aux talk/VERB/@allowed:xcomp ./PUNCT
    """)
    assert [s for _, _, s in rows] == ["an aide"]


def test_an_organisation_noun_opening_the_sentence_keeps_its_phrase() -> None:
    rows = quotes_of("""
        A/DET:Art/@group:det group/NOUN/@said:nsubj of/ADP/@group:case 40/NUM/@farmers:nummod
          farmers/NOUN:Plur/@of:obl said/VERB:Fin,Past/=say/@root the/DET:Art/@plan:det plan/NOUN/@works:nsubj
          works/VERB:Fin/=work/@said:ccomp ./PUNCT
    """)
    assert rows == [("the plan works", "indirect", "A group of 40 farmers")]


def test_a_plural_name_is_a_group_written_with_its_phrase() -> None:
    # "Democrats" names a group: the article's words about it stay with it.
    rows = quotes_of("""
        Democrats/PROPN:Plur/B-MISC/@say:nsubj trying/VERB:Part/@Democrats:acl to/PART/@win:aux win/VERB/@trying:xcomp
          the/DET:Art/@seat:det seat/NOUN/@win:obj say/VERB:Fin/=say/@root the/DET:Art/@plan:det plan/NOUN/@works:nsubj
          works/VERB:Fin/=work/@say:ccomp ./PUNCT
    """)
    assert rows == [("the plan works", "indirect", "Democrats trying to win the seat")]


def test_a_definite_description_takes_up_the_unnamed_person_brought_in_with_its_noun() -> None:
    # "… quoted a farmer … The farmer added …": the farmer, not the last speaker.
    rows = quotes_of(f"""
        {earlier_report("Kees", "Bakker")}

        The/DET:Art radio/NOUN/@quoted:nsubj quoted/VERB:Fin,Past/=quote/@root a/DET:Art farmer/NOUN/@quoted:obj ./PUNCT
        The/DET:Art farmer/NOUN/@added:nsubj added/VERB:Fin,Past/=add/@root the/DET:Art/@truck:det
          truck/NOUN/@sped:nsubj sped/VERB:Fin,Past/=speed/@added:ccomp up/ADP ./PUNCT
    """)
    assert ("the truck sped up", "indirect", "The farmer") in rows


def test_a_role_takes_the_subject_of_the_sentence_before_over_a_later_name_there() -> None:
    # "X says the race is between her and Y. The senator predicts …": X, the one the
    # sentence before is about, not Y, named last in it.
    rows = quotes_of("""
        Anna/PROPN/B-PER Zuidhoek/PROPN/I-PER/@says:nsubj says/VERB:Fin/=say/@root the/DET:Art/@race:det
          race/NOUN/@is:nsubj is/AUX:Fin/=be/@says:ccomp between/ADP her/PRON:Prs and/CCONJ Kees/PROPN/B-PER
          Bakker/PROPN/I-PER ./PUNCT
        The/DET:Art senator/NOUN/@predicts:nsubj predicts/VERB:Fin/=predict/@root that/SCONJ/@win:mark
          she/PRON:Prs/@win:nsubj will/AUX:Fin win/VERB/=win/@predicts:ccomp ./PUNCT
    """)
    assert ("she will win", "indirect", "Anna Zuidhoek") in rows
