"""English cues without a subject of their own on hand-built documents: whose words a
participle, an infinitive or a coordinated verb reports.

", saying …", "After stating …, X vowed", "X noted that Y lags and asked …", "led X to say
…": the parse gives the cue no subject, or one inside another clause, and the source is
read from the verb it hangs on. Who a cue's own subject is: test_english_sources.py.
"""

from __future__ import annotations

from english_doc import quotes_of


def test_a_participle_takes_its_head_verbs_subject() -> None:
    rows = quotes_of("""
        Ruth/PROPN/B-PER Hale/PROPN/I-PER/@Ruth:flat/@backed:nsubj backed/VERB:Fin,Past/=back/@root
          Tom/PROPN/B-PER Reyes/PROPN/I-PER/@Tom:flat ,/PUNCT saying/VERB:Part/=say/@backed:advcl
          that/SCONJ the/DET:Art plan/NOUN/@work:nsubj would/AUX:Fin work/VERB:Inf/@saying:ccomp ./PUNCT
    """)
    assert rows == [("the plan would work", "indirect", "Ruth Hale")]


def test_a_participle_hung_inside_a_clause_takes_the_main_subject() -> None:
    # "X rejected the idea that Acme would fail, saying …": the parse hangs
    # "saying" on "fail"; its subject is still the main clause's.
    rows = quotes_of("""
        Ann/PROPN/B-PER/@Vos:flat Vos/PROPN/I-PER/@rejected:nsubj rejected/VERB:Fin,Past/=reject/@root
          the/DET:Art idea/NOUN/@rejected:obj that/SCONJ/@fail:mark Acme/PROPN/B-ORG/@fail:nsubj
          would/AUX:Fin/@fail:aux fail/VERB:Inf/@idea:acl ,/PUNCT saying/VERB:Part/=say/@fail:advcl
          the/DET:Art/@costs:det costs/NOUN:Plur/@rose:nsubj rose/VERB:Fin,Past/=rise/@saying:ccomp ./PUNCT
    """)
    assert rows[-1] == ("the costs rose", "indirect", "Ann Vos")


def test_a_participle_after_a_comma_takes_the_main_subject_whatever_its_relation() -> None:
    # ', writing "…"': the parse hangs the participle on the quoted verb as its subject;
    # after a comma it still adjoins the main clause, whose subject is the source.
    rows = quotes_of("""
        Ann/PROPN/B-PER/@Vos:flat Vos/PROPN/I-PER/@shared:nsubj shared/VERB:Fin,Past/=share/@root
          the/DET:Art news/NOUN/@shared:obj on/ADP/@Radio:case Vale/PROPN/B-ORG/@Radio:compound
          Radio/PROPN/I-ORG/@news:nmod ,/PUNCT
          writing/VERB:Part/=write/@Looks:nsubj “/PUNCT Looks/VERB:Fin/=look/@shared:conj good/ADJ/@Looks:xcomp
          to/PART/@help:aux help/VERB:Inf/@Looks:xcomp ./PUNCT ”/PUNCT
    """)
    assert [s for _, _, s in rows] == ["Ann Vos"]


def test_a_passive_first_conjunct_gives_its_subject_to_the_cue() -> None:
    # "Acme officials were angered by the deal and predicted …": the officials predict.
    rows = quotes_of("""
        Acme/PROPN/B-ORG/@officials:compound officials/NOUN:Plur/@angered:nsubj:pass were/AUX:Fin/@angered:aux:pass
          angered/VERB:Part/=anger/@root by/ADP/@deal:case the/DET:Art/@deal:det deal/NOUN/@angered:obl
          and/CCONJ/@predicted:cc predicted/VERB:Fin,Past/=predict/@angered:conj it/PRON:Prs/@fail:nsubj
          would/AUX:Fin/@fail:aux fail/VERB:Inf/@predicted:ccomp ./PUNCT
    """)
    sources = [s for t, _, s in rows if t.startswith("it would fail")]
    assert len(sources) == 1 and sources[0].endswith("officials")


def test_a_subjectless_conjunct_shares_its_sibling_conjuncts_subject() -> None:
    # "Speaking in A, X blamed rivals in B, and emphasized that …" parsed as two
    # conjuncts of the participle: the place before the cue is an object, not the source.
    rows = quotes_of("""
        Speaking/VERB:VerbForm=Ger/=speak/@root in/ADP/@Ostend:case Ostend/PROPN/B-LOC/@Speaking:obl ,/PUNCT
          Mara/PROPN/B-PER/@Quist:flat Quist/PROPN/I-PER/@blamed:nsubj blamed/VERB:Fin,Past/=blame/@Speaking:conj
          rivals/NOUN:Plur/@blamed:obj in/ADP/@Ghent:case Ghent/PROPN/B-LOC/@rivals:nmod ,/PUNCT and/CCONJ/@emphasized:cc
          emphasized/VERB:Fin,Past/=emphasize/@Speaking:conj that/SCONJ/@growing:mark trade/NOUN/@growing:nsubj
          was/AUX:Fin,Past/@growing:aux growing/VERB:VerbForm=Ger/=grow/@emphasized:ccomp ./PUNCT
    """)
    assert rows == [("trade was growing", "indirect", "Mara Quist")]


def test_an_infinitive_of_purpose_takes_the_subject_of_its_verb() -> None:
    # "X of A, B, stood at a Y rally to say that …": Y only names the rally.
    rows = quotes_of("""
        Lena/PROPN/B-PER/@Ortiz:flat Ortiz/PROPN/I-PER/@stood:nsubj of/ADP/@Greenport:case
          Greenport/PROPN/B-LOC/@Ortiz:nmod ,/PUNCT Maine/PROPN/B-LOC/@Greenport:appos ,/PUNCT
          stood/VERB:Fin,Past/=stand/@root at/ADP/@rally:case a/DET:Art/@rally:det Baker/PROPN/B-PER/@rally:compound
          rally/NOUN/@stood:obl to/PART/@say:aux say/VERB:Inf/@stood:advcl that/SCONJ/@backed:mark
          she/PRON:Prs/@backed:nsubj backed/VERB:Fin,Past/=back/@say:ccomp the/DET:Art/@plan:det plan/NOUN/@backed:obj ./PUNCT
    """)
    assert rows == [("she backed the plan", "indirect", "Lena Ortiz")]


def test_a_participle_on_the_object_takes_the_verbs_subject_behind_a_capitalised_title() -> None:
    # "X sent a note arguing …": the note is X's; a title in capitals
    # that the tagger took for an organisation is not X.
    rows = quotes_of("""
        Harbour/PROPN/B-ORG/@Chair:flat Board/PROPN/I-ORG/@Chair:flat Chair/PROPN/I-ORG/@Lee:flat
          Ann/PROPN/B-PER/@Lee:flat Lee/PROPN/I-PER/@sent:nsubj sent/VERB:Fin,Past/=send/@root
          a/DET:Art/@note:det note/NOUN/@sent:obj arguing/VERB:VerbForm=Ger/=argue/@note:acl
          that/SCONJ/@close:mark the/DET:Art/@pier:det pier/NOUN/@close:nsubj will/AUX:Fin/@close:aux
          close/VERB:Inf/=close/@arguing:ccomp ./PUNCT/@sent:punct
    """)
    assert rows == [("the pier will close", "indirect", "Ann Lee")]


def test_a_participle_the_parse_hangs_on_its_preposition_takes_the_clause_subject() -> None:
    rows = quotes_of("""
        Ruth/PROPN/B-PER/@Hale:flat Hale/PROPN/I-PER/@drew:nsubj ,/PUNCT a/DET:Art Tom/PROPN/B-PER Reyes/PROPN/I-PER/@Tom:flat
          supporter/NOUN/@Hale:appos ,/PUNCT drew/VERB:Fin,Past/=draw/@root boos/NOUN:Plur/@drew:obj
          upon/SCONJ/@drew:case saying/VERB:Part/=say/@upon:ccomp ,/PUNCT “/PUNCT The/DET:Art plan/NOUN
          will/AUX:Fin work/VERB:Inf/=work ./PUNCT ”/PUNCT
    """)
    assert rows == [("The plan will work.", "direct", "Ruth Hale")]


def test_a_participle_in_a_fronted_prepositional_phrase_takes_the_main_subject() -> None:
    # "Besides stating that …, X has vowed …": the parse hangs the participle on the
    # phrase of the preposition; the verb above the phrase has the subject.
    rows = quotes_of("""
        Apart/ADV/@vowed:advmod from/ADP/@Apart:case stating/VERB:VerbForm=Ger/=state/@from:pcomp
          that/SCONJ/@is:mark the/DET:Art harbour/NOUN/@is:nsubj is/AUX:Fin/=be/@stating:ccomp safe/ADJ ,/PUNCT
          Anna/PROPN/B-PER Zuidhoek/PROPN/I-PER/@vowed:nsubj has/AUX:Fin/=have vowed/VERB:Part/=vow/@root
          to/PART close/VERB/=close the/DET:Art pier/NOUN ./PUNCT
    """)
    assert rows == [("the harbour is safe", "indirect", "Anna Zuidhoek")]


def test_a_cue_the_parse_coordinates_inside_another_cues_report_is_that_speakers() -> None:
    # "X noted that traffic lags and asked whether Y …": the parse makes "asked" a
    # conjunct of "lags"; the one who asked is X.
    rows = quotes_of("""
        Joris/PROPN/B-PER Velt/PROPN/I-PER/@noted:nsubj noted/VERB:Fin,Past/=note/@root that/SCONJ/@lags:mark
          traffic/NOUN/@lags:nsubj lags/VERB:Fin/=lag/@noted:ccomp the/DET:Art target/NOUN/@lags:obj and/CCONJ
          asked/VERB:Fin,Past/=ask/@lags:conj whether/SCONJ/@reach:mark Kees/PROPN/B-PER Bakker/PROPN/I-PER/@reach:nsubj
          could/AUX:Fin reach/VERB/=reach/@asked:ccomp it/PRON:Prs ./PUNCT
    """)
    assert ("Kees Bakker could reach it", "indirect", "Joris Velt") in rows


def test_the_object_of_the_verb_above_an_infinitive_cue_says_it() -> None:
    # "The delay led councillors to argue …": the councillors argue it.
    rows = quotes_of("""
        The/DET:Art delay/NOUN/@led:nsubj led/VERB:Fin,Past/=lead/@root councillors/NOUN:Plur/@led:obj to/PART
          argue/VERB:Inf/=argue/@led:xcomp the/DET:Art/@ferry:det ferry/NOUN/@was:nsubj was/AUX:Fin/=be/@argue:ccomp
          late/ADJ ./PUNCT
    """)
    assert rows == [("the ferry was late", "indirect", "councillors")]
