"""English word lists for the quote engine: marks, cues, pronouns, roles.

Only word lists and small tables live here; the algorithm in ``quotes/``
receives them through ``wiezegtwat.lang.en.EN`` and is the same for every
language. Every list says where it came from. Lemmas are spaCy's (the
``en_core_web_sm`` lemmatiser: verbs by their base form).
"""

from __future__ import annotations

from .. import shared
from .verbs import forms

# Quote marks: opening mark → the closing marks accepted for it.
# Source: English typographic practice (The Chicago Manual of Style §6.9, the
# Guardian and AP style guides): double marks, single marks inside them, and
# straight marks as typed.
QUOTE_PAIRS: dict[str, tuple[str, ...]] = {
    # A curly opening mark may be closed by the straight one typed on a keyboard,
    # as a straight opening mark may be closed by a curly one (mixed typography).
    "“": ("”", "“", '"'),
    '"': ('"', "”", "“"),
    "‘": ("’", "‘", "'"),
    "'": ("'", "’"),
    "«": ("»",),
    # Two apostrophes for a double mark, open and close (as some newspapers print it).
    "''": ("''",),
    "``": ("''",),
}
SINGLE_MARKS = frozenset("‘'’")
# Dashes that open a line of dialogue (rare in English news, kept for transcripts).
DIALOGUE_DASHES = ("—", "–")
# A short paragraph right under a quote that opens with a dash and a name credits
# the quote to that name ("— X, place"); typists write it with a hyphen too.
CREDIT_DASHES = ("—", "–", "-")
# Contractions that start with an apostrophe, not a quote ("'em", "'til", "'90s").
# Source: Merriam-Webster's list of aphetic forms with an apostrophe.
CONTRACTION_LETTERS = frozenset("etn0123456789")
APOSTROPHE_WORDS = ("'em ", "'til ", "'tis ", "'n ", "’em ", "’til ", "’tis ", "’n ")

# Reporting and thought verbs: lemma → statement type.
# Source: written for this project from English grammar (Quirk et al. §14.31
# "reporting verbs"; Biber et al., Longman Grammar §10.2.1, verbs of speech
# and cognition controlling that-clauses); "thinks" = cognition and belief,
# "writes" = written channels, "says" = speech acts.
CUE_VERBS: dict[str, str] = {}


def _add(statement: str, words: str) -> None:
    for word in words.split():
        CUE_VERBS[word] = statement


_add(
    "says",
    """say tell state declare announce add explain note observe remark comment report
    claim assert argue contend maintain insist stress emphasize emphasise underline warn
    caution acknowledge admit concede confirm deny reject dispute affirm reiterate repeat
    suggest propose recommend urge demand ask call plead promise pledge vow swear guarantee
    assure predict forecast threaten allege accuse charge complain criticize criticise
    praise boast brag joke quip concede counter retort reply respond answer recall recount
    describe reveal disclose divulge mention point_out spell_out testify tell_off
    conclude indicate signal tout cite quote shout yell whisper mutter scream exclaim
    lament bemoan grumble concur agree disagree object protest contend acknowledge
    clarify elaborate inform notify advise caution speculate posit reason surmise
    estimate project hint imply insinuate announce proclaim pronounce show find learn
    acknowledge muse marvel scoff snap sigh laugh chuckle""",
)
_add(
    "thinks",
    """think believe feel know expect hope fear worry doubt suspect assume suppose
    realize realise understand recognize recognise wonder imagine consider reckon
    figure guess conclude estimate anticipate presume trust bet""",
)
_add("writes", "write tweet post publish email blog text read")
CUE_FORMS = shared.surface_table(CUE_VERBS, forms)

# Adjectives of belief that take a that-clause ("X is confident (that) Y"); feelings
# ("worried that") are attitudes, not statements (GUIDELINES.md).
# Source: Quirk et al. §16.69 (adjective complementation by that-clauses).
CUE_ADJECTIVES = {w: "thinks" for w in """confident hopeful sure certain convinced optimistic
    pessimistic skeptical sceptical adamant""".split()}
# Cue verbs that only count with a complement clause (that/whether/if, a quote):
# on their own they are everyday verbs ("knew the area", "called a meeting").
# Source: written for this project (the verbs above with a common non-report sense).
WEAK_CUES = frozenset(
    """know understand feel recognize recognise realize realise consider figure guess
    call ask add note observe project post text agree object charge cite quote
    describe mention indicate signal answer respond reply bet trust show find learn read
    laugh sigh""".split()
)
# Cues that never introduce an inverted attribution ('…, knew X'): the weak
# ones, and those whose next noun phrase is the addressee or the object
# ("told reporters", "accused the mayor", "polls show Smith ahead").
NO_INVERSION = frozenset(
    """know understand feel realize realise recognize recognise tell accuse assure
    show find urge call blame criticize criticise praise inform notify advise remind
    promise charge thank""".split()
)
# English main clauses keep subject before verb; '"…," said X' is the one inversion
# of reporting verbs (Quirk et al. §14.31, §18.50).
VERB_SECOND = False
# English finite forms differ from the infinitive with "to" before it (Quirk et al.
# on finite and non-finite verb phrases): a report without a finite verb ("urged
# the party to unite") is an act.
FINITE_MARKS_PROPOSITION = True
# American usage puts a closing period or comma inside the quotation marks, even
# after a title or a single word (Chicago Manual of Style, 17th ed., §6.9).
PUNCTUATION_INSIDE_MARKS = True

# Phrasal verbs that report: verb lemma → particle → cue. Source: Quirk et al.
# §16.2–16.5 (phrasal verbs), the reporting ones.
PARTICLE_VERBS: dict[str, dict[str, str]] = {
    "point": {"out": "point_out"},
    "spell": {"out": "spell_out"},
    "lay": {"out": "lay_out"},
    "sound": {"off": "sound_off"},
    "speak": {"out": "speak_out", "up": "speak_up"},
    "let": {"know": "let_know"},
    # "made (it) clear that …": a verb with an adjective complement that reports.
    "make": {"clear": "make_clear"},
}
for _v in PARTICLE_VERBS.values():
    for _cue in _v.values():
        CUE_VERBS.setdefault(_cue, "says")
PARTICLES = frozenset(w for v in PARTICLE_VERBS.values() for key in v for w in key.split())
# The second verb of a verbal report ("let us know").
REPORT_VERB_COMPLEMENTS = frozenset({"know"})

# Complementisers that open a reported clause. Source: Quirk et al. §15.3.
COMPLEMENTISERS = frozenset({"that", "whether", "if"})
# Prepositions that name a source: "according to X" (span = the sentence).
ACCORDING_TO = frozenset({"according"})
# A source after the statement without a verb: "…, per the agency" (AP style).
ALDUS = frozenset({"per"})
# A comment clause that attributes its sentence: "As X reported, Y", "Y, as X said",
# "As reported by X, Y" (Quirk et al. §15.54, comment clauses with "as").
AS_MARKERS = frozenset({"as"})
# Fixed phrases that make the sentence its subject's own statement (Oxford English
# Dictionary, "account": "by one's own account").
OWN_ACCOUNT: tuple[str, ...] = tuple(f"by {pronoun} own account" for pronoun in ("his", "her", "their", "its"))
# Nouns after "according to" that are not sources but documents or norms
# ("according to the rules"): a sentence with them is no quote.
NON_SOURCE_NOUNS = frozenset(
    """rule rules law laws plan plans schedule tradition protocol definition calendar
    guidelines guideline custom constitution script timetable""".split()
)
# Phrases of attribution without a verb of their own.
OWN_WORDS = ("in his own words", "in her own words", "by his own account", "by her own account")
# Words that open a subordinate clause after a comma: "…, which according to X …".
CLAUSE_OPENERS = frozenset("which who that where but while because although so whereas".split())

# Personal pronouns that can be speakers: form → (gender, number).
# Source: Quirk et al. §6.4; "they" is plural (and singular of unknown gender).
PRONOUNS: dict[str, tuple[str, str]] = {
    "he": ("m", "sg"),
    "him": ("m", "sg"),
    "she": ("f", "sg"),
    "her": ("f", "sg"),
    "they": ("", "pl"),  # singular "they" is rare as a speaker in news
    "them": ("", "pl"),
    "we": ("", "pl"),
    "i": ("", "sg"),
    "you": ("", "sg"),
}
FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})
# Second-person pronouns (English grammar): the reader or the one asked.
SECOND_PERSON = frozenset({"you"})
RELATIVES = frozenset({"who", "which", "that", "whom"})
# Relative pronouns that stand for persons only (English grammar: "who"/"whom" for
# people, "which" for things; "whose" serves both): a name a comma and one of these
# follow ("X, who …", "X, with whom …") is a person's.
PERSON_RELATIVES = frozenset({"who", "whom"})
ARTICLES = frozenset({"the", "a", "an", "this", "that", "these", "those"})
INDEFINITE_ARTICLES = frozenset({"a", "an"})
DEFINITE_ARTICLES = frozenset({"the"})
QUANTIFIERS = frozenset({"a", "an", "some", "several", "two", "three", "many", "one"})

# Role nouns: functions, professions and descriptions used to refer to people.
# Source: written for this project from common English news usage.
ROLE_NOUNS = frozenset(
    """president senator governor mayor minister secretary chancellor premier king queen
    prince princess ambassador diplomat envoy congressman congresswoman congressmember
    representative lawmaker legislator delegate councillor councilor councilman
    councilwoman alderman commissioner spokesman spokeswoman spokesperson chairman
    chairwoman chairperson chair director executive chief ceo cfo founder cofounder
    co-founder owner manager official officer administrator adviser advisor aide staffer
    strategist consultant pollster analyst economist professor researcher scientist
    expert scholar historian lawyer attorney prosecutor judge justice magistrate detective
    sheriff deputy constable inspector investigator coach player striker goalkeeper
    captain forward defender midfielder quarterback pitcher rider driver runner athlete
    champion winner doctor physician surgeon nurse psychologist epidemiologist
    virologist journalist reporter correspondent columnist editor commentator anchor
    host author writer novelist poet artist singer musician actor actress filmmaker
    producer entrepreneur businessman businesswoman farmer worker employee employer
    activist campaigner organizer organiser protester demonstrator leader general
    commander colonel major lieutenant sergeant soldier admiral pope bishop cardinal
    imam rabbi pastor priest reverend candidate nominee frontrunner challenger incumbent
    rival opponent successor predecessor counterpart negotiator mediator superintendent
    principal teacher student dean provost regulator ombudsman treasurer comptroller
    auditor clerk surrogate donor fundraiser operative insider whistleblower witness
    victim suspect defendant plaintiff survivor eyewitness resident neighbor neighbour
    mother father son daughter brother sister wife husband widow friend colleague
    president-elect vice-president speaker whip leader""".split()
)
# Nouns for people by sex, age and relation that are no roles ("a woman").
# Source: written for this project (the general person nouns of English).
PERSON_NOUNS = frozenset(
    """man woman boy girl child person lady gentleman guy people teenager adult
    visitor passerby passer-by bystander customer shopper traveler traveller fan
    spectator onlooker local pensioner retiree citizen voter
    quadragenarian quinquagenarian sexagenarian septuagenarian octogenarian
    nonagenarian centenarian""".split()
)
# Endings that make a noun a person ("chairperson", "businesswoman").
PERSON_SUFFIXES = ("person", "woman")
# Role noun endings: compounds written as one word or hyphenated ("co-chair",
# "ex-senator", "anchorwoman") count as roles.
ROLE_SUFFIXES = tuple(
    sorted({n for n in ROLE_NOUNS if len(n) >= 5} | {"year-old", "spokesman", "leader"},
           key=len, reverse=True)
)
# Collective human nouns that can be sources ("economists", "officials").
GROUP_NOUNS = frozenset(
    """economists experts analysts researchers scientists doctors physicians parents
    residents neighbors neighbours farmers protesters demonstrators critics officials
    politicians media sources insiders fans supporters employees workers members voters
    lawmakers legislators ministers leaders witnesses victims students teachers
    police officers players organizers organisers negotiators activists authorities
    diplomats candidates democrats republicans conservatives liberals progressives
    soldiers opponents advocates aides advisers advisors staffers donors delegates
    senators representatives strategists pollsters observers allies investigators
    prosecutors lawyers attorneys judges historians scholars analysts commentators
    spokespeople spokesmen executives
    staff crew""".split()  # and collective nouns for a group of people
)
# Publics the news speaks to or about more than it quotes.
PUBLIC_NOUNS = frozenset("citizens customers people children patients travelers travellers".split())
# Common nouns that head names of institutions.
ORG_NOUNS = frozenset(
    """government administration cabinet ministry department agency council city county
    state police court parliament congress senate house assembly committee commission
    foundation association union bank party campaign club team organization organisation
    institute university college hospital school company firm corporation group
    network newspaper paper channel station service bureau office army military navy
    pentagon kremlin embassy consulate coalition alliance federation movement center
    centre fund board authority regulator inspectorate caucus convention""".split()
)
# Nationality and origin adjectives and nouns ("the French president", "a Briton").
# Source: written for this project; the stems match both the adjective and the demonym.
NATIONALITY_STEMS = (
    "america", "brit", "english", "scot", "welsh", "irish", "canad", "mexic", "french",
    "german", "dutch", "belgian", "flemish", "spanish", "spaniard", "portugu", "italian",
    "greek", "turk", "russia", "ukrain", "polish", "pole", "czech", "hungar", "romanian",
    "bulgar", "serb", "croat", "swed", "swiss", "norweg", "danish", "dane", "finn",
    "austrian", "chinese", "japanese", "korean", "indian", "pakistan", "afghan", "iran",
    "iraq", "syria", "israel", "palestin", "egypt", "saudi", "libya", "morocc", "algeria",
    "tunisia", "nigeria", "kenya", "south african", "brazil", "argentin", "colombia",
    "venezuela", "cuban", "australia", "european", "arab", "kurd", "belarus", "georgian",
    "armenia", "azerbaijan",
)
# Endings of demonyms ("Americans", "Chinese", "Britons", "Israelis").
DEMONYM_ENDINGS = ("an", "ans", "ese", "ish", "is", "ons")
PLURAL_S = "s"
# Words that can precede a name as a title without being a role of their own.
# Source: AP Stylebook "courtesy titles" and "titles".
TITLES = frozenset(
    """mr. mrs. ms. dr. prof. sir lord dame mr mrs ms dr prof rev. rev sen. rep. gov. gen.
    lt. col. capt. sgt. sen rep gov gen lt col capt sgt hon. hon adm. adm maj. maj cmdr.
    cmdr supt. supt insp. insp pres. sen.-elect""".split()
)
# Courtesy titles that tell the gender (AP Stylebook "courtesy titles").
TITLE_GENDERS = {"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f",
                 "sir": "m", "lord": "m", "dame": "f", "lady": "f"}
# Person nouns whose meaning fixes the sex of the person: kinship terms, -man/-woman
# compounds and -ess forms (Quirk et al., A Comprehensive Grammar, §5.104 "gender of
# nouns"), as English news uses them for sources.
_FEMALE_NOUNS = """mother mom mum wife daughter sister grandmother granddaughter aunt niece
    widow woman girl lady queen princess actress waitress stepmother girlfriend fiancee
    spokeswoman chairwoman congresswoman businesswoman councilwoman policewoman
    sportswoman anchorwoman""".split()
_MALE_NOUNS = """father dad husband son brother grandfather grandson uncle nephew widower
    man boy gentleman king prince stepfather boyfriend fiance spokesman chairman
    congressman businessman councilman policeman sportsman anchorman""".split()
NOUN_GENDERS = {**{w: "f" for w in _FEMALE_NOUNS}, **{w: "m" for w in _MALE_NOUNS}}
# Surname particles, longest first. Source: name particles common in English-language
# news (Dutch, German, French, Spanish, Italian, Arabic origins).
NAME_PARTICLE_SEQUENCES: tuple[str, ...] = (
    "van der", "van den", "van de", "de la", "de los", "del", "della", "van", "von", "de",
    "da", "di", "du", "le", "la", "dos", "al", "el", "bin", "ibn", "abu", "st.",
)
NAME_PARTICLES = frozenset(p for p in NAME_PARTICLE_SEQUENCES if " " not in p)
# Capitalised words that start sentences but are never names. Source: the
# closed classes of English (articles, pronouns, conjunctions, prepositions,
# sentence adverbs) and the names of days and months.
NOT_NAMES = frozenset(
    """The A An And But Or So Yet For Nor If When While Although Though Because Since As
    After Before Until Unless Whether That This These Those There Here Then Now Also Still
    However Meanwhile Moreover Furthermore Instead Indeed Yes No Not Only Even Just
    According Asked Speaking Earlier Later Today Yesterday Tomorrow Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday January February March April May June July
    August September October November December Who What Where Why How Which I You He She
    It We They Him Her His Its Our Their My Your In On At By With From Of To Into Over
    Under About Against Without Within During Through Between Among Despite""".split()
)
# Interviewer labels in Q&A articles ("Q:", "Question:").
INTERVIEW_LABELS = frozenset({"q", "question", "interviewer"})

# First names by the gender a pronoun most likely refers to. Source: the name
# dictionary of the gender-guesser package (GPL-3.0), asked for the USA and
# Great Britain first, then for all countries; only a clear answer counts.
NAME_COUNTRIES = ("usa", "great_britain")


def first_name_gender(first: str) -> str:
    """"m", "f" or "" (unknown or used for both) for a first name."""
    # The name list holds a few closed-class words ("The"): those are never first
    # names. Month names stay names ("April", "June").
    if first.capitalize() in NOT_NAMES and first.lower() not in MONTHS:
        return ""
    return shared.first_name_gender(first, NAME_COUNTRIES)


# -- Function words the algorithm asks about by their job ----------------------
# Source for all of them: Quirk et al., the chapters on the words named; each
# set is closed and complete for its job.
# '"…," as X put it' has no adverb that points back at a fronted quote in English
# news; "thus" is the nearest written one.
REPORT_ADVERBS = frozenset({"thus"})
CLAUSE_FILLERS = frozenset({"also", "but", "and", "then", "later"})
EXPLETIVES = frozenset({"there"})
OF_PREPOSITIONS = frozenset({"of", "at", "from", "for"})
OF_WORD = "of"
# Prepositions that build organisation names (Chicago Manual of Style §8.62 on
# names of organisations: "Center for X", "Doctors Without Borders", "Mothers Against X").
NAME_PREPOSITIONS = frozenset({"of", "for", "without", "against"})
CONTRASTIVE = frozenset({"but", "while", "whereas"})
AND_WORD = "and"
CLAUSE_INTERNAL_CONJUNCTIONS = frozenset({"and", "as", "or"})
PASSIVE_AUXILIARIES = frozenset({"be"})
REPORT_AUXILIARIES = frozenset({"have", "be", "do", "will", "would"})
NEGATIONS = frozenset({"not", "n't", "never"})
# Words after "that" that make it a pronoun, not a complementiser ("that too").
DEMONSTRATIVE_MARKERS = frozenset({"too", "is", "was", "will", "would"})
ANAPHORIC_NEUTER = frozenset({"that", "this"})
ANAPHORIC_COMMON = frozenset({"these", "those"})
INFINITIVE_MARKER = "to"
FORMER_PREFIXES = ("ex-", "former-")
# "The 61-year-old": the ending of an age used as a person.
AGE_SUFFIX = "year-old"
PLURAL_PRONOUNS = frozenset(w for w, (_g, n) in PRONOUNS.items() if "pl" in n and w not in FIRST_PERSON)
ROLE_COMPOUND_HEADS = ("leader", "spokesman", "spokeswoman", "chief")
AFFILIATION_PREPOSITIONS = frozenset({"of", "at", "for"})
# The preposition of a passive's agent (grammar).
AGENT_PREPOSITIONS = frozenset({"by"})
# Nouns that announce a title in marks, not a quote ("the film 'X'"): kinds of
# works, documents and campaigns (written for this project).
TITLE_WORDS = frozenset(
    """film movie book series programme program show title titled entitled song album
    documentary play campaign operation project slogan hashtag motto novel single musical
    exhibition column podcast article report episode memoir bill act""".split()
)

# -- Dates --------------------------------------------------------------------
# Month names and the abbreviations English datelines use ("Mar. 5, 2024").
# Source: the English month names and the AP Stylebook abbreviations ("months").
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
# Words around a clock time in a dateline. None so far: the date parser has read
# English datelines without them ("March 5, 2024 10:15"), and "at" is kept out until
# an English export that writes it is tested.
CLOCK_PREPOSITIONS: tuple[str, ...] = ()
CLOCK_SUFFIXES: tuple[str, ...] = ()
# Cue verbs whose to-infinitive is no report but knowledge of how to do something
# (Quirk et al. §16.35: "know (how) to").
NO_INFINITIVE_REPORT = frozenset({"know"})
# Nouns that take a that-clause of content (Quirk et al. §17.26, appositive clauses),
# as news uses them for claims made by others.
CONTENT_NOUNS = frozenset(
    """claim claims report reports remark remarks rumor rumors rumour rumours accusation accusations allegation allegations suggestion suggestions idea notion fact fear fears hope hopes impression criticism sign signs evidence belief""".split()
)
