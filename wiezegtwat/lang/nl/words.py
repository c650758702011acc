"""Dutch word lists for the quote engine: marks, cues, pronouns, roles.

Only word lists and small tables live here; the algorithm in ``quotes/``
receives them through ``wiezegtwat.lang.nl.NL`` and is the same for every
language. Every list says where it came from. Lemmas are Frog's (MBLEM) lemma
forms; verbs are listed by infinitive.
"""

from __future__ import annotations

# Quote marks: opening mark → the closing marks accepted for it.
# Source: Dutch typographic practice (Taalunie "aanhalingstekens") plus the
# German, French and English styles that Dutch and Flemish outlets also print.
QUOTE_PAIRS: dict[str, tuple[str, ...]] = {
    "„": ("”", "“", '"'),
    # A curly opening mark may be closed by the straight one typed on a keyboard,
    # as a straight opening mark may be closed by a curly one (mixed typography).
    "“": ("”", "“", '"'),
    '"': ('"', "”", "“"),
    "‘": ("’", "‘", "'"),
    "'": ("'", "’"),
    "‚": ("‘", "’"),
    ",,": ("''", "”", '"', "“"),
    "«": ("»",),
    "»": ("«",),
    "‹": ("›",),
}
SINGLE_MARKS = frozenset("‘'‚’")
# Dashes that open a line of dialogue.
DIALOGUE_DASHES = ("–", "—", "-")
# A short paragraph right under a quote that opens with a dash and a name credits
# the quote to that name ("— X, place"); typists write it with a hyphen too.
CREDIT_DASHES = ("—", "–", "-")
# Contractions that start with an apostrophe, not a quote ("'s avonds", "'t").
# Clitic forms written with an apostrophe and one letter: 's (des), 't (het),
# 'n (een), 'k (ik), 'm (hem), 'r (haar/er) — Woordenlijst Nederlandse Taal,
# "apostrof". An apostrophe before one of these letters and a non-letter is no mark.
CONTRACTION_LETTERS = frozenset("stnkmr")
APOSTROPHE_WORDS = ("'s ", "'t ", "'n ", "'k ", "’s ", "’t ", "’n ", "’k ", "‘s ", "‘t ", "‘n ", "‘k ")

# Reporting and thought verbs: infinitive → statement type.
# Source: written for this project from Dutch grammar (ANS §19 "indirecte rede")
# and the verbs observed in Dutch news; "thinks" = cognition/belief,
# "writes" = written channels, "says" = speech acts.
CUE_VERBS: dict[str, str] = {}


def _add(statement: str, words: str) -> None:
    for word in words.split():
        CUE_VERBS[word] = statement


_add(
    "says",
    """zeggen vertellen verklaren stellen melden benadrukken onderstrepen waarschuwen
    erkennen ontkennen bevestigen beweren opmerken toevoegen uitleggen aankondigen beloven
    eisen verzoeken oproepen pleiten betogen concluderen constateren reageren antwoorden
    roepen schreeuwen fluisteren mededelen meedelen rapporteren berichten beschrijven
    verduidelijken toelichten uiteenzetten herhalen onthullen suggereren opperen voorspellen
    verwijten beschuldigen klagen bekritiseren claimen garanderen verzekeren toezeggen dreigen
    aandringen voorstellen adviseren aanraden afraden aanbevelen aangeven toegeven vaststellen
    laten_weten wijzen_op uitspreken beklemtonen aanvoeren stipuleren bezweren zweren
    aanklagen opwerpen tegenwerpen benoemen preciseren aankaarten signaleren getuigen
    verkondigen uitroepen mompelen zuchten lachen grappen bekennen prijzen loven
    opbiechten toegeven vragen verzuchten betreuren bepleiten hameren vermelden noemen
    stellen erop_wijzen verdedigen aanvullen citeren spreken aankaarten beamen bijvallen
    ontkrachten weerspreken tegenspreken rechtvaardigen verantwoorden inzien""",
)
_add(
    "thinks",
    """denken vinden menen geloven beseffen weten vrezen hopen verwachten betwijfelen
    twijfelen aannemen vermoeden veronderstellen inschatten achten beseffen
    realiseren begrijpen""",
)
_add("says", "duidelijk_maken bekendmaken")
_add("thinks", "eens_zijn overtuigd_zijn")
_add("writes", "schrijven twitteren tweeten posten publiceren mailen noteren")

# Cue verbs written in full (particle verbs keep their infinitive with "_").
from .. import shared  # noqa: E402
from .verbs import forms  # noqa: E402

CUE_FORMS = shared.surface_table(CUE_VERBS, forms)

# Adjectives of belief that take a dat-clause ("X is ervan overtuigd dat Y").
# Source: ANS §8.6 (adjectives with a complement clause).
CUE_ADJECTIVES = {w: "thinks" for w in "overtuigd hoopvol optimistisch".split()}

# Perception and persuasion verbs ("zag dat", "voelde dat", "overtuigde hen dat")
# are deliberately absent: on dev news they were actions, not reports.

# Cue verbs that only count with a complement clause (dat/of/te or a quote):
# on their own they are everyday verbs ("zag de bal", "vond een baan").
WEAK_CUES = frozenset(
    """zien merken voelen weten begrijpen spreken noemen lachen zuchten prijzen loven
    vragen verdedigen citeren realiseren overtuigen beamen bijvallen""".split()
)
# Weak cues that still never introduce an inverted attribution ("…, ziet X" is rare
# and usually a perception, not a report).
NO_INVERSION = frozenset("zien merken voelen begrijpen realiseren overtuigen".split())

# Dutch main clauses put the finite verb second: "Gisteren zei de minister" (ANS §21.2).
VERB_SECOND = True
# The Dutch plural present is the infinitive's form ("dat klanten wegblijven";
# ANS, the present tense), so a tagger's finiteness cannot tell a proposition
# from an act.
FINITE_MARKS_PROPOSITION = False
# Dutch puts a period inside the closing mark only when the quoted words are a
# sentence of their own (Taaladvies.net, "Aanhalingstekens en punt").
PUNCTUATION_INSIDE_MARKS = False

# Separable verbs split by Frog: finite stem lemma → particles that make it a cue.
# Source: ANS §10 "scheidbaar samengestelde werkwoorden"; the cue verbs above.
PARTICLE_VERBS: dict[str, dict[str, str]] = {
    "geven": {"aan": "aangeven", "toe": "toegeven"},
    "merken": {"op": "opmerken"},
    "voegen": {"toe": "toevoegen", "eraan toe": "toevoegen"},
    "leggen": {"uit": "uitleggen"},
    "kondigen": {"aan": "aankondigen"},
    "roepen": {"op": "oproepen", "uit": "uitroepen"},
    "delen": {"mee": "meedelen"},
    "lichten": {"toe": "toelichten"},
    "zetten": {"uiteen": "uiteenzetten"},
    "stellen": {"vast": "vaststellen", "voor": "voorstellen"},
    "wijzen": {"op": "wijzen_op", "erop": "wijzen_op"},
    "spreken": {"uit": "uitspreken", "tegen": "tegenspreken"},
    "dringen": {"aan": "aandringen"},
    "raden": {"aan": "aanraden", "af": "afraden"},
    "bevelen": {"aan": "aanbevelen"},
    "nemen": {"aan": "aannemen"},
    "schatten": {"in": "inschatten"},
    "zeggen": {"toe": "toezeggen"},
    "voeren": {"aan": "aanvoeren"},
    "werpen": {"op": "opwerpen", "tegen": "tegenwerpen"},
    "zien": {"in": "inzien"},
    "biechten": {"op": "opbiechten"},
    "vullen": {"aan": "aanvullen"},
    "vallen": {"bij": "bijvallen"},
    "kaarten": {"aan": "aankaarten"},
    "laten": {"weten": "laten_weten"},
    "maken": {"duidelijk": "duidelijk_maken", "bekend": "bekendmaken"},
    "zijn": {"eens": "eens_zijn", "overtuigd": "overtuigd_zijn"},
}
# Words that are particles of the verbs above (Frog tags them VZ(fin) or BW).
PARTICLES = frozenset(w for v in PARTICLE_VERBS.values() for key in v for w in key.split())

# Complementisers that open a reported clause.
COMPLEMENTISERS = frozenset({"dat", "of"})
# Prepositions that name a source: "volgens X" (span = the sentence), "aldus X".
ACCORDING_TO = frozenset({"volgens"})
ALDUS = frozenset({"aldus", "dixit"})
# A comment clause that attributes its sentence: "Zoals X meldde, Y", "Y, zoals X zei"
# (ANS §10.3.10, "zoals" opening a comment clause).
AS_MARKERS = frozenset({"zoals"})
# Fixed phrases that make the sentence its subject's own statement (Van Dale:
# "naar eigen zeggen", "volgens eigen zeggen").
OWN_ACCOUNT: tuple[str, ...] = ("naar eigen zeggen", "volgens eigen zeggen")
# Nouns after "volgens" that are not sources but documents or norms
# ("volgens de regels"): a sentence with them is no quote.
NON_SOURCE_NOUNS = frozenset(
    """regel regels wet wetten plan plannen planning schema afspraak afspraken akkoord
    akkoorden raming ramingen cijfers cijfer data gegevens berekening berekeningen
    peiling peilingen traditie protocol verwachting verwachtingen prognose prognoses
    model modellen statistiek boekje norm normen richtlijn richtlijnen letter
    definitie kalender""".split()
)
# Phrases of attribution without a verb lemma of their own.
OWN_WORDS = ("naar eigen zeggen",)
# Words that open a subordinate clause after a comma: "…, wat volgens X …"
# limits the "volgens" report to that clause.
CLAUSE_OPENERS = frozenset("wat die dat waar maar terwijl omdat hoewel zodat want".split())

# Personal pronouns that can be speakers: form → (gender, number).
# Source: ANS §5.2; "ze" is ambiguous between singular feminine and plural.
PRONOUNS: dict[str, tuple[str, str]] = {
    "hij": ("m", "sg"),
    "hem": ("m", "sg"),
    "zij": ("f", "sg/pl"),
    "ze": ("f", "sg/pl"),
    "haar": ("f", "sg"),
    "wij": ("", "pl"),
    "we": ("", "pl"),
    "ik": ("", "sg"),
    "jij": ("", "sg"),
    "u": ("", "sg"),
    "zij-zelf": ("f", "sg"),
    "hen": ("", "pl"),
    "hun": ("", "pl"),
}
FIRST_PERSON = frozenset({"ik", "wij", "we", "mij", "me", "ons"})
# Second-person pronouns (ANS §5.2; "gij", "ge" in older and Flemish writing): the
# reader or the one asked.
SECOND_PERSON = frozenset({"u", "jij", "je", "jullie", "gij", "ge"})
RELATIVES = frozenset({"die", "dat", "wie"})
# Relative pronouns that stand for persons only (Dutch grammar: "wie" after a
# preposition, "met wie"; "die" and "dat" also stand for things).
PERSON_RELATIVES = frozenset({"wie"})
ARTICLES = frozenset({"de", "het", "een", "'t", "die", "deze", "dit", "dat"})
# Indefinite articles: a noun phrase with one brings a new person into the text.
INDEFINITE_ARTICLES = frozenset({"een", "'n"})

# Role nouns: functions, professions and descriptions used to refer to people.
# Source: written for this project from common Dutch news usage.
ROLE_NOUNS = frozenset(
    """premier minister president staatssecretaris burgemeester wethouder gedeputeerde
    commissaris gouverneur koning koningin prins prinses kanselier ambassadeur diplomaat
    oud-diplomaat oud-minister oud-premier ex-minister ex-premier oud-president
    kamerlid tweede-kamerlid europarlementariër senator fractievoorzitter fractieleider
    partijleider lijsttrekker voorzitter vicevoorzitter woordvoerder woordvoerster
    directeur topman topvrouw ceo cfo bestuurder bestuursvoorzitter topambtenaar ambtenaar
    advocaat advocate officier rechter raadsheer aanklager openbaar-aanklager verdachte
    hoofdverdachte slachtoffer getuige agent politieman politievrouw rechercheur
    trainer coach bondscoach captain aanvoerder keeper doelman spits verdediger
    middenvelder speler speelster renner rijder schaatser zwemmer atleet wielrenner
    coureur tennisser voetballer international teamgenoot ploeggenoot manager
    econoom hoogleraar professor onderzoeker onderzoekster wetenschapper deskundige
    expert analist viroloog epidemioloog arts dokter huisarts chirurg verpleegkundige
    psycholoog socioloog historicus politicoloog jurist criminoloog klimatoloog
    meteoroloog weerman weervrouw journalist verslaggever correspondent columnist
    schrijver schrijfster auteur kunstenaar zanger zangeres acteur actrice regisseur
    muzikant dirigent ondernemer eigenaar boer boerin bewoner buurtbewoner inwoner
    ooggetuige omwonende medewerker werknemer werkgever vakbondsman vakbondsleider
    actievoerder activist demonstrant leider opperbevelhebber generaal commandant
    militair soldaat minister-president vicepremier paus bisschop imam rabbijn dominee
    pastoor burgervader ombudsman inspecteur toezichthouder bondskanselier
    topdiplomaat buitenlandminister collega ambtgenoot moeder vader zoon dochter
    broer zus weduwe echtgenoot echtgenote vriend vriendin winnaar winnares
    kampioen kampioene debutant oud-international oud-speler student scholier
    leerling docent leraar lerares directrice rector decaan chef baas voorman
    initiatiefnemer organisator oprichter oprichtster bedenker ontwerper architect
    piloot kapitein schipper brandweerman landbouwminister premier-elect
    staatshoofd regeringsleider kroonprins oppositieleider oppositieleden
    partijgenoot coalitiegenoot gezant onderhandelaar bemiddelaar
    admiraal afgevaardigde autocraat ayatolla ayatollah bevelhebber dictator emir
    ex-president hoofd hoofdaanklager hoofdcommissaris kandidaat kardinaal kolonel
    korpschef lid luitenant-generaal majoor oorlogsleider opvolger parlementariër
    partijvoorzitter politiechef presentator procureur-generaal secretaris-generaal sjeik
    sultan tegenhanger tsaar vicepresident voorganger zegsman zegsvrouw""".split()
)
# Nouns for people by sex, age, kinship and neighbourhood, which are no roles
# ("een vrouw", "de buurman"): the general person nouns of Dutch (ANS §3.2,
# written for this project), with the nouns for a decade of life ("zeventiger"). Compounds ending in one ("buurtbewoonster",
# "oud-buurman") count too.
PERSON_NOUNS = frozenset(
    """man vrouw jongen meisje kind mens persoon dame heer meneer mevrouw jongeman
    buur buurman buurvrouw bewoonster inwoonster omstander voorbijganger passant
    bezoeker bezoekster klant reiziger reizigster fan toeschouwer ander
    tiener puber bejaarde oudere senior volwassene baby peuter kleuter burger
    twintiger dertiger veertiger vijftiger zestiger zeventiger tachtiger negentiger""".split()
)
# Person nouns whose meaning fixes the sex of the person: kinship terms and the
# -man/-vrouw pairs of the ANS (§3.2.2 "geslacht en sekse"), as Dutch news uses
# them for sources. Compounds take their last part's sex ("zegsvrouw").
_FEMALE_NOUNS = """moeder vrouw echtgenote dochter zus zuster oma grootmoeder tante nicht
    weduwe meisje dame koningin prinses vriendin schoonmoeder stiefmoeder
    buurvrouw zegsvrouw woordvoerster voorzitster""".split()
_MALE_NOUNS = """vader man echtgenoot zoon broer opa grootvader oom neef weduwnaar jongen
    heer koning prins vriend schoonvader stiefvader buurman zegsman""".split()
NOUN_GENDERS = {**{w: "f" for w in _FEMALE_NOUNS}, **{w: "m" for w in _MALE_NOUNS}}
# Female agent endings ("-ster", "-trice", "-euse"): a noun so formed names a person.
PERSON_SUFFIXES = ("ster", "trice", "euse")
# Role noun endings: compounds ending in these are roles ("ABC-econoom",
# "XYZ-leider", "ABC-kamerlid", "oud-bondscoach").
ROLE_SUFFIXES = tuple(
    sorted(
        {n for n in ROLE_NOUNS if len(n) >= 5}
        | {"jarige", "woordvoerder", "leider", "voorman", "kenner", "deskundige", "lid"},
        key=len,
        reverse=True,
    )
)
# Collective human nouns that can be sources ("de economen", "lokale media").
GROUP_NOUNS = frozenset(
    """economen experts deskundigen onderzoekers wetenschappers artsen ouders bewoners
    omwonenden buurtbewoners inwoners boeren vissers demonstranten actievoerders
    critici kenners analisten juristen ambtenaren politici media bronnen zegslieden
    ingewijden betrokkenen fans supporters medewerkers werknemers leden kiezers
    Kamerleden kamerleden oppositieleden ministers leiders virologen epidemiologen
    ooggetuigen getuigen slachtoffers nabestaanden studenten leerlingen docenten
    leraren agenten spelers speelsters coaches organisatoren onderhandelaars
    activisten autoriteiten christendemocraten diplomaten functionarissen kandidaten
    liberalen militairen omstanders socialisten soldaten tegenstanders voorstanders
    woordvoerders
    personeel bemanning achterban""".split()  # and collective nouns for a group of people
)
# Publics: groups the news speaks to or about more than it quotes ("burgers",
# "klanten"). A quote is rarely theirs, so the quote engine does not look for
# them as sources; the actor stage knows them as descriptions, not actors.
PUBLIC_NOUNS = frozenset("burgers klanten mensen kinderen patiënten reizigers".split())
# Organisation heads: common nouns that denote institutions.
ORG_NOUNS = frozenset(
    """regering kabinet ministerie gemeente provincie politie brandweer rechtbank hof
    ministerie rijksoverheid overheid parlement kamer senaat raad gemeenteraad
    commissie stichting vereniging bond vakbond bank partij fractie club ploeg
    organisatie instituut universiteit ziekenhuis school bedrijf concern koepel
    inspectie autoriteit toezichthouder omroep krant zender agentschap persbureau
    leger krijgsmacht defensie justitie openbaar ministerie oppositie coalitie
    delegatie kremlin pentagon witte huis vaticaan federatie unie alliantie
    veiligheidsdienst inlichtingendienst marechaussee douane waterschap
    veiligheidsregio ggd staatszender persagentschap nieuwsagentschap
    ambassade beweging bureau centrum college congres consulaat dienst fonds groep
    luchtmacht marine planbureau""".split()
)
# Nationality and origin adjectives and nouns ("de Finse president", "de Fin").
# Source: written for this project; the stems match both the adjective and the demonym.
NATIONALITY_STEMS = (
    "nederland", "belg", "vlaam", "duits", "frans", "brit", "engels", "amerika", "russ",
    "oekraï", "oekrai", "pool", "pools", "turk", "turks", "chin", "japan", "ital", "spaan",
    "portugees", "grie", "spanj", "mexic", "colombia", "venezola", "cubaan", "ier", "schot", "zweed", "zweeds", "noor", "deen", "deens", "fin", "oostenrijk",
    "zwitser", "hongaar", "roemeen", "bulgaar", "serv", "kroa", "iran", "irak", "israël",
    "israel", "palestijn", "syr", "egypt", "marokka", "algerij", "tunesi", "indi", "pakistan",
    "afghaan", "wit-russ", "belarus", "georgi", "armeen", "azerbeidzjaan", "europe",
    "canade", "mexica", "brazilia", "argentijn", "australi", "zuid-afrika", "nigeriaan",
    "amsterdam", "rotterdam", "limburg", "fries", "brabant", "groning",
)
# Words that can precede a name as a title without being a role of their own.
TITLES = frozenset(
    """dr. mr. prof. ir. drs. ing. dhr. mevr. sir lord mgr. ds. dr mr prof ir drs ing dhr
    mevr mgr ds mw mw. mevrouw meneer dame heer""".split()
)
# Titles that tell the gender (Taalunie, "aanspreekvormen").
TITLE_GENDERS = {"dhr.": "m", "dhr": "m", "meneer": "m", "heer": "m", "mevr.": "f", "mevr": "f",
                 "mevrouw": "f", "mw.": "f", "mw": "f", "dame": "f"}
# Surname particles (tussenvoegsels), longest first so "van der" wins over "van".
# Source: the Dutch tussenvoegsel list of the civil registry, plus German/French ones.
NAME_PARTICLE_SEQUENCES: tuple[str, ...] = (
    "van de", "van der", "van den", "van het", "van 't", "in 't", "in de", "in het",
    "op de", "op den", "op het", "uit de", "uit den", "uit het", "aan de", "aan den",
    "bij de", "onder de", "over de", "ter", "ten", "te", "van", "de", "den", "der",
    "het", "'t", "la", "le", "du", "des", "di", "da", "dos", "del", "della", "von",
    "von der", "vom", "zu", "al", "el", "bin", "ibn", "ben", "abu", "mac", "st.",
)
# The particles that stand on their own inside a name ("van", "De", "ter"); the
# prepositions that only open a longer particle ("in 't", "uit de") are not among them.
NAME_PARTICLES = frozenset(p for p in NAME_PARTICLE_SEQUENCES if " " not in p)
# Capitalised words that start sentences but are never names.
NOT_NAMES = frozenset(
    """De Het Een Ook Maar En Of Dat Die Deze Dit Als Toen Nu Dan Daar Hier Zo Er Wel Niet
    Volgens Aldus Bovendien Daarom Daarna Intussen Inmiddels Eerder Later Vandaag Gisteren
    Morgen Maandag Dinsdag Woensdag Donderdag Vrijdag Zaterdag Zondag Wie Wat Waar Waarom
    Hoe Wanneer Welke Ik Jij Hij Zij Ze We Wij U Jullie Hun Hen Zijn Haar Mijn Ons Onze
    Hoewel Omdat Doordat Zodat Terwijl Nadat Voordat Sinds Tijdens Na Voor Door Met In Op
    Uit Bij Aan Over Onder Tegen Naar Om Van Te Tot Zonder Vanaf Binnen Buiten Behalve""".split()
)
# Interviewer labels in Q&A articles ("Vraag:", "V:").
INTERVIEW_LABELS = frozenset({"vraag", "v", "interviewer"})

# First names by the gender a pronoun ("hij", "zij") most likely refers to.
# Source: the name dictionary of the gender-guesser package (GPL-3.0, ~40,000
# first names with their use per country), asked for the Netherlands and
# Belgium first, then for all countries. Only a clear answer counts
# ("male"/"mostly_male", "female"/"mostly_female"); a name used for both or
# unknown means "unknown": the gender only ever rules an antecedent out.
NAME_COUNTRIES = ("the_netherlands", "belgium")


def first_name_gender(first: str) -> str:
    """"m", "f" or "" (unknown or used for both) for a first name."""
    # The name list holds a few closed-class words ("Dat"): those are never first
    # names.
    if first.capitalize() in NOT_NAMES:
        return ""
    return shared.first_name_gender(first, NAME_COUNTRIES)


# -- Function words the algorithm asks about by their job ----------------------
# Source for all of them: ANS (Algemene Nederlandse Spraakkunst), the chapters
# on the words named; each set is closed and complete for its job.
# "…, zo zegt X": the adverb that points back at a fronted quote.
REPORT_ADVERBS = frozenset({"zo"})
# Words that may open a reporting clause before its subject ("ook", "maar", "en").
CLAUSE_FILLERS = frozenset({"ook", "maar", "en", "toen", "dan"})
# The expletive "er" ("zegt er een woordvoerder").
EXPLETIVES = frozenset({"er"})
# Prepositions that tie a description to its organisation ("een medewerker van X").
OF_PREPOSITIONS = frozenset({"van", "bij", "uit"})
# The preposition of possession and affiliation that starts a name's complement.
OF_WORD = "van"
# Prepositions that build organisation names (ANS §14 on proper names: "Partij
# voor de Vrijheid", "Raad van State", "Artsen zonder Grenzen", "Vereniging tegen X").
NAME_PREPOSITIONS = frozenset({"van", "voor", "zonder", "tegen"})
# Conjunctions after which a new reported clause may start (", maar …").
CONTRASTIVE = frozenset({"maar", "terwijl"})
# The coordinating conjunction "and".
AND_WORD = "en"
# Conjunctions that do not end a reported clause ("en", "als").
CLAUSE_INTERNAL_CONJUNCTIONS = frozenset({"en", "als"})
# Auxiliaries of the passive and perfect ("werd gezegd", "is verklaard").
PASSIVE_AUXILIARIES = frozenset({"worden", "zijn"})
# Auxiliaries that can carry a participle or infinitive cue ("heeft gezegd", "liet weten").
REPORT_AUXILIARIES = frozenset({"hebben", "zijn", "worden", "laten"})
# Negations of a report ("zegt niet dat").
NEGATIONS = frozenset({"niet", "nooit"})
# Words after "dat" that make it a pronoun, not a complementiser ("dat wel").
DEMONSTRATIVE_MARKERS = frozenset({"niet", "ook", "wel", "nooit"})
# Demonstratives that pick up a statement ("Dat zei X", "Die prognose …").
ANAPHORIC_NEUTER = frozenset({"dat", "dit"})
ANAPHORIC_COMMON = frozenset({"die", "deze"})
# The infinitive marker ("te zeggen").
INFINITIVE_MARKER = "te"
# The second verb of a separable report ("laten weten").
REPORT_VERB_COMPLEMENTS = frozenset({"weten"})
# Definite articles ("de", "het"): an organisation keeps its article.
DEFINITE_ARTICLES = frozenset({"de", "het"})
# Quantifiers that make a description unnamed ("enkele artsen", "twee getuigen").
QUANTIFIERS = frozenset({"een", "enkele", "twee", "drie"})
# Prefixes of former roles ("oud-minister", "ex-premier").
FORMER_PREFIXES = ("oud-", "ex-")
# "De 61-jarige": the ending of an age used as a person.
AGE_SUFFIX = "jarige"
# Pronouns that may be plural ("ze zeggen"), decided by the verb.
PLURAL_PRONOUNS = frozenset(w for w, (_g, n) in PRONOUNS.items() if "pl" in n and w not in FIRST_PERSON)
# Role heads that make a capitalised compound a role ("XYZ-leider", "XYZ-woordvoerder").
ROLE_COMPOUND_HEADS = ("leider", "woordvoerder", "voorman")
# Endings of demonyms ("Fin", "Utrechter", "Noorse", "Portugees", "Afrikaan", "Parisiër").
DEMONYM_ENDINGS = ("er", "se", "aard", "ees", "aan", "ier")
# Plural endings of nouns ("economen" aside): the -s plural.
PLURAL_S = "s"
# Prepositions between a person's name and an organisation ("X van Y", "X bij Y").
AFFILIATION_PREPOSITIONS = frozenset({"van", "bij"})
# The preposition of a passive's agent (grammar).
AGENT_PREPOSITIONS = frozenset({"door"})
# Nouns that announce a title in marks, not a quote ("de film 'X'"): kinds of
# works, documents and campaigns (written for this project).
TITLE_WORDS = frozenset(
    """film boek serie programma titel getiteld lied nummer album documentaire voorstelling
    campagne operatie project actie motto slogan hashtag roman single musical show
    tentoonstelling expositie rubriek podcast artikel column rapport nota plan""".split()
)

# -- Dates --------------------------------------------------------------------
# Month names and the abbreviations Dutch datelines and exports use ("5 mrt. 2024").
# Source: the Dutch month names (Taalunie, Woordenlijst) and their common
# abbreviations; "mar" and "sep" as found in Dutch CMS exports.
MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "febr": 2, "maart": 3, "mrt": 3,
    "mar": 3, "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "augustus": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10,
    "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
# Words around a clock time in a dateline: "5 maart 2024 om 10.15 uur".
CLOCK_PREPOSITIONS: tuple[str, ...] = ("om",)
CLOCK_SUFFIXES: tuple[str, ...] = ("uur",)
# Cue verbs whose te-infinitive is no report but a verb of achievement or ability
# (ANS §18.5.4: "weten te" = erin slagen te), or of aspect: "dreigen te" = op het
# punt staan te ("het bedrijf dreigt failliet te gaan"; ANS lists it with the
# semi-aspectual verbs). A threat made is "dreigen met".
NO_INFINITIVE_REPORT = frozenset({"weten", "dreigen"})
# Nouns that take a dat-clause of content (ANS §19.3.2, "inhoudszinnen bij
# naamwoorden"), as news uses them for claims made by others.
CONTENT_NOUNS = frozenset(
    """opmerking opmerkingen bericht berichten kritiek verwijt verwijten beschuldiging beschuldigingen gerucht geruchten claim claims uitspraak uitspraken stelling suggestie suggesties idee indruk vrees hoop kans feit signaal signalen aanwijzing aanwijzingen vermoeden""".split()
)
