"""Write examples/gold.jsonl (Dutch) and examples/gold-en.jsonl (English) from the
hand annotations below (offsets found by search).

Each annotation is (quote text, speaker, type, required) with an optional fifth
item, the occurrence index, for a quote text that occurs more than once in its
article. The script finds the offsets, checks that ``text[start:end]`` equals
the quote text, and writes one gold line per article in the format of
``shared/eval/GUIDELINES.md``, with the article's language as ``lang``: the
annotation's ``"lang"`` (Dutch when absent), which a non-Dutch article's file
name must repeat after its number (``13-en-housing-bill.txt``). Each language
has its own gold file, so that the Dutch gold set stays as it was.

Run from the repository root:  .venv/bin/python examples/make_gold.py
Check only (exit 1 when a gold file is stale):  .venv/bin/python examples/make_gold.py --check
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles"
GOLD = HERE / "gold.jsonl"
# One gold file per language; Dutch first (the set the CI gate scores).
GOLD_FILES = {"nl": GOLD, "en": HERE / "gold-en.jsonl"}

Ann = tuple[Any, ...]  # (text, speaker, type, required[, occurrence])

# The two storm articles are the same wire story (near-duplicates): same quotes.
_STORM_ALIASES = {
    "het Meteorologisch Instituut": ["het weerinstituut", "het instituut"],
    "Jesse Terpstra": ["Terpstra", "meteoroloog Jesse Terpstra"],
    "Mirjam Zwart": ["Zwart", "Eigenaar Mirjam Zwart"],
    "een woordvoerster van het waterschap": ["Waterschap Zeekant"],
}
_STORM: list[Ann] = [
    ("De storm bereikt de kust vrijdagochtend rond het begin van de spits", "Jesse Terpstra", "direct", True),
    ("Het zwaarste deel duurt een uur of zes. Daarna neemt de wind langzaam af, maar het blijft de hele dag onstuimig.", "Jesse Terpstra", "direct", True),
    ("omgewaaide bomen en rondvliegende takken het grootste gevaar vormen", "Jesse Terpstra", "indirect", True),
    ("Hij raadt mensen aan om niet onnodig de weg op te gaan en losse spullen in de tuin vast te zetten.", "Jesse Terpstra", "indirect", False),
    ("Volgens de spoorbeheerder rijden er vrijdagochtend minder treinen in het westen van het land.", "de spoorbeheerder", "indirect", True),
    ("We verwachten geen problemen, de dijken zijn sterk genoeg", "een woordvoerster van het waterschap", "direct", True),
    ("Maar bij hoogwater en storm tegelijk zijn we altijd alert.", "een woordvoerster van het waterschap", "direct", True),
    ("Vorig jaar lagen de stoelen ineens op de boulevard", "Mirjam Zwart", "direct", True),
    ("Dat wil ik niet nog eens meemaken.", "Mirjam Zwart", "direct", True),
    ("reizigers rekening moeten houden met vertragingen en annuleringen", "een woordvoerder van Schiphol", "indirect", True),
    ("Wie vrijdag vliegt, doet er goed aan de website van de luchtvaartmaatschappij te raadplegen.", "een woordvoerder van Schiphol", "indirect", False),
    ("de storm zaterdag is uitgeraasd", "het Meteorologisch Instituut", "indirect", True),
    ("Het weekend wordt rustig, met zon en een graad of acht", "Jesse Terpstra", "direct", True),
]

ANNOTATIONS: dict[str, dict[str, Any]] = {
    "01-steunpakket-kamer": {
        "aliases": {
            "Evert Schuttevaer": ["Schuttevaer", "Minister Evert Schuttevaer"],
            "Ostap Zaroedni": ["Zaroedni", "de Oekraïner", "de minister"],
            "Ingrid Wolthuis": ["Wolthuis", "Kamerlid Ingrid Wolthuis"],
            "Ruben Oosterveld": ["Oosterveld", "Fractievoorzitter Ruben Oosterveld"],
        },
        "quotes": [
            ("Wie nu de hand op de knip houdt, betaalt later een veel hogere prijs", "Evert Schuttevaer", "direct", True),
            ("Dit geld gaat naar luchtverdediging, naar stroomvoorziening en naar de wederopbouw van scholen.", "Evert Schuttevaer", "direct", True),
            ("Volgens Schuttevaer is de steun ook in het Nederlandse belang.", "Evert Schuttevaer", "indirect", True),
            ("Oekraïense graanexport via Rotterdam loopt en dat instabiliteit aan de oostgrens van Europa ook de Nederlandse economie raakt", "Evert Schuttevaer", "indirect", True),
            ("het bedrag “volstrekt onverantwoord” is zolang Nederlandse ziekenhuizen kampen met personeelstekorten", "Ingrid Wolthuis", "mixed", True),
            ("volstrekt onverantwoord", "Ingrid Wolthuis", "direct", False),
            ("Ik ben niet tegen hulp aan Oekraïne", "Ingrid Wolthuis", "direct", True),
            ("Maar ik wil wel dat de minister eerlijk is over wat dit ons kost. Dat hoor ik vandaag niet.", "Ingrid Wolthuis", "direct", True),
            ("zijn partij “met enige buikpijn” voor het pakket zal stemmen", "Ruben Oosterveld", "mixed", True),
            ("met enige buikpijn", "Ruben Oosterveld", "direct", False),
            ("De regio's waar zijn achterban woont, hebben volgens hem weinig gemerkt van eerdere beloften over lagere energieprijzen.", "Ruben Oosterveld", "indirect", True),
            ("Hij bedankte Nederland voor de steun", "Ostap Zaroedni", "indirect", False),
            ("zijn land “elke euro verantwoordt”", "Ostap Zaroedni", "mixed", True),
            ("elke euro verantwoordt", "Ostap Zaroedni", "direct", False),
            ("Oekraïne zal volgens de minister een onafhankelijke accountant aanstellen die de besteding van buitenlandse hulp controleert.", "Ostap Zaroedni", "indirect", True),
            ("We vragen geen cadeau", "Ostap Zaroedni", "direct", True),
            ("We vragen om een investering in de veiligheid van heel Europa.", "Ostap Zaroedni", "direct", True),
            ("het geld uit de bestaande begroting komt en dat er geen nieuwe bezuinigingen nodig zijn", "een woordvoerder van het ministerie van Financiën", "indirect", True),
            ("Ik reken op steun van iedereen die de zorg serieus neemt.", "Ingrid Wolthuis", "direct", True),
        ],
    },
    "02-molenbrug-apeldoorn": {
        "aliases": {
            "Sanne Kuipers": ["Kuipers", "de wethouder"],
            "de gemeente Apeldoorn": ["de gemeente"],
            "Ahmed Bouzid": ["Bouzid"],
            "een woordvoerder van de gemeente": ["de woordvoerder"],
            "Gerrit Wessels": ["Wessels"],
            "Marit Jonkman": ["Jonkman", "Raadslid Marit Jonkman"],
        },
        "quotes": [
            ("De Molenbrug over het Apeldoorns Kanaal gaat vanaf 3 maart vier maanden dicht voor groot onderhoud.", "de gemeente Apeldoorn", "indirect", False),
            ("Sanne Kuipers, wethouder van verkeer, noemt de sluiting onvermijdelijk.", "Sanne Kuipers", "indirect", False),
            ("De brug is ruim zestig jaar oud en de houten liggers zijn op meerdere plekken aangetast", "Sanne Kuipers", "direct", True),
            ("We kunnen het niet verantwoorden om daar nog langer duizenden fietsers per dag overheen te laten gaan.", "Sanne Kuipers", "direct", True),
            ("Volgens de wethouder is het onderhoud al twee keer uitgesteld vanwege de hoge kosten.", "Sanne Kuipers", "indirect", True),
            ("klanten wegblijven", "Ahmed Bouzid", "indirect", True),
            ("Vier maanden is voor een kleine zaak een eeuwigheid. Als de omzet in de zomer met een kwart daalt, overleven sommige winkels dat niet.", "Ahmed Bouzid", "direct", True),
            ("de vereniging een compensatieregeling wil", "Ahmed Bouzid", "indirect", True),
            ("De gemeente zou die in elk geval moeten onderzoeken", "Ahmed Bouzid", "indirect", True),
            ("Kuipers wees een financiële tegemoetkoming voorlopig van de hand.", "Sanne Kuipers", "indirect", False),
            ("Wel belooft ze extra bewegwijzering en een tijdelijke pont voor voetgangers op zaterdagen.", "Sanne Kuipers", "indirect", False),
            ("Een pont is sneller te regelen dan geld", "Sanne Kuipers", "indirect", True),
            ("de aannemer al is geselecteerd en dat de werkzaamheden uiterlijk 1 juli klaar moeten zijn", "een woordvoerder van de gemeente", "indirect", True),
            ("Bij vertraging krijgt de aannemer een boete", "een woordvoerder van de gemeente", "indirect", True),
            ("Ik fiets hier al veertig jaar elke dag naar mijn werk", "Gerrit Wessels", "direct", True),
            ("Dan rijd ik maar een stukje om.", "Gerrit Wessels", "direct", True),
            ("de gemeente het onderhoud veel te lang heeft laten liggen", "Marit Jonkman", "indirect", True),
        ],
    },
    "03-beker-eemstad": {
        "aliases": {
            "Ruud Mollema": ["Mollema", "de trainer", "Trainer Ruud Mollema"],
            "Dani Kwakman": ["Kwakman", "de 29-jarige", "Dani", "de spits"],
            "Youssef Amrani": ["Amrani", "Aanvoerder Youssef Amrani"],
            "Bert Haaksma": ["Haaksma", "Trainer Bert Haaksma"],
            "Joris Lammers": ["Lammers", "Scheidsrechter Joris Lammers"],
        },
        "quotes": [
            ("We hebben vandaag laten zien dat we met de grote clubs mee kunnen", "Ruud Mollema", "direct", True),
            ("In de eerste helft was het nog zoeken, maar na rust stond er een team.", "Ruud Mollema", "direct", True),
            ("hij met de wissel van Kwakman een gok had genomen", "Ruud Mollema", "indirect", True),
            ("Ik voelde het nog een beetje, maar in zo'n wedstrijd denk je daar niet aan", "Dani Kwakman", "direct", True),
            ("Bij de eerste goal wist ik niet eens precies wat er gebeurde. De bal viel voor mijn voeten en ik heb gewoon hard geschoten.", "Dani Kwakman", "direct", True),
            ("Dani is een echte wedstrijdspeler. Op de training zie je dat niet altijd, in het stadion wel.", "Youssef Amrani", "direct", True),
            ("zijn ploeg een strafschop had moeten krijgen toen verdediger Lars Brink in de 70ste minuut werd neergehaald", "Bert Haaksma", "indirect", True),
            ("Iedereen in het stadion zag het, behalve de scheidsrechter", "Bert Haaksma", "direct", True),
            ("Scheidsrechter Joris Lammers zag dat anders.", "Joris Lammers", "indirect", False),
            ("er sprake was van ,,een schouderduel, meer niet'' en dat hij de beelden later nog eens zou bekijken", "Joris Lammers", "mixed", True),
            ("een schouderduel, meer niet", "Joris Lammers", "direct", False),
            ("Haaksma wilde de nederlaag niet alleen aan de arbitrage wijten.", "Bert Haaksma", "indirect", False),
            ("We gaan ons hier niet achter verschuilen. We waren in de tweede helft gewoon niet goed genoeg.", "Bert Haaksma", "direct", True),
            ("Mollema heeft geen voorkeur", "Ruud Mollema", "indirect", True),
            ("Als je de beker wilt winnen, moet je iedereen kunnen verslaan.", "Ruud Mollema", "direct", True),
        ],
    },
    "04-griepgolf": {
        "aliases": {
            "het Instituut voor Infectieziekten": ["het instituut"],
            "Farida el Idrissi": ["El Idrissi"],
            "Joost van Wijk": ["Van Wijk"],
            "een woordvoerder van het Purmermeer Ziekenhuis": ["de woordvoerder"],
            "Marieke Stam": ["Stam", "Viroloog Marieke Stam"],
        },
        "quotes": [
            ("Het aantal mensen met griepachtige klachten is in twee weken bijna verdubbeld.", "het Instituut voor Infectieziekten", "indirect", False),
            ("We zien vooral veel kinderen en ouderen met hoge koorts", "Farida el Idrissi", "direct", True),
            ("Bij de meeste mensen gaat het na een week vanzelf over, maar voor kwetsbare groepen kan griep gevaarlijk zijn.", "Farida el Idrissi", "direct", True),
            ("Ze raadt ouderen aan om de griepprik alsnog te halen.", "Farida el Idrissi", "indirect", False),
            ("Volgens El Idrissi is het daarvoor niet te laat, omdat de piek pas over een paar weken wordt verwacht.", "Farida el Idrissi", "indirect", True),
            ("Mijn wachtkamer zit 's ochtends altijd vol", "Joost van Wijk", "direct", True),
            ("Wie alleen een verkoudheid heeft, hoeft echt niet langs te komen. Blijf thuis, drink veel en neem rust.", "Joost van Wijk", "direct", True),
            ("er vorige week zestig patiënten met griep zijn opgenomen, van wie elf op de intensive care", "een woordvoerder van het Purmermeer Ziekenhuis", "indirect", True),
            ("Dat is het hoogste aantal sinds jaren", "een woordvoerder van het Purmermeer Ziekenhuis", "direct", True),
            ("het virus dit jaar anders is dan gebruikelijk", "Marieke Stam", "indirect", True),
            ("Het gaat om een variant die de afgelopen jaren weinig rondging. Daardoor hebben veel mensen er minder afweer tegen opgebouwd.", "Marieke Stam", "direct", True),
            ("er geen reden is voor paniek", "Marieke Stam", "indirect", True),
            ("Het vaccin beschermt volgens haar nog altijd redelijk goed tegen ernstige ziekte.", "Marieke Stam", "indirect", True),
            ("de epidemie half februari haar hoogtepunt bereikt", "het Instituut voor Infectieziekten", "indirect", True),
            ("Het advies blijft om bij klachten thuis te blijven en contact met kwetsbare mensen zoveel mogelijk te beperken.", "het Instituut voor Infectieziekten", "indirect", False),
        ],
    },
    "05-distributiecentrum-tilburg": {
        "aliases": {
            "Erik Vandermeer": ["Vandermeer", "de 58-jarige", "Directeur Erik Vandermeer"],
            "Claire Lemarchand": ["Topvrouw Claire Lemarchand"],
            "Hans Korteweg": ["Korteweg", "Bestuurder Hans Korteweg"],
            "LogistiekNu": ["de bond", "de vakbond"],
            "Lotte Verhulst": ["Verhulst", "Wethouder Lotte Verhulst"],
            "Bram Theunissen": ["Theunissen", "Econoom Bram Theunissen"],
        },
        "quotes": [
            ("de sluiting “pijnlijk maar onvermijdelijk” is", "Erik Vandermeer", "mixed", True),
            ("pijnlijk maar onvermijdelijk", "Erik Vandermeer", "direct", False),
            ("De vraag naar opslag in Brabant is volgens hem in twee jaar met een derde gedaald, terwijl de huur en de energiekosten juist fors stegen.", "Erik Vandermeer", "indirect", True),
            ("We hebben alles geprobeerd om deze locatie open te houden", "Erik Vandermeer", "direct", True),
            ("Maar als je elke maand verlies draait, moet je op een gegeven moment eerlijk zijn tegen je mensen.", "Erik Vandermeer", "direct", True),
            ("Het Franse moederbedrijf Groupe Lemarchand, dat sinds vorig jaar een meerderheidsbelang heeft, steunt het besluit.", "Groupe Lemarchand", "indirect", False),
            ("Wij investeren liever in moderne centra dichter bij de grote havens.", "Claire Lemarchand", "direct", True),
            ("de gang van zaken “een klap in het gezicht” van de werknemers", "Hans Korteweg", "mixed", True),
            ("een klap in het gezicht", "Hans Korteweg", "direct", False),
            ("Vorig jaar kregen ze nog een bonus omdat de cijfers zo goed waren. Nu horen ze in een bijeenkomst van tien minuten dat ze eruit liggen.", "Hans Korteweg", "direct", True),
            ("Volgens Korteweg had het bedrijf de werknemers veel eerder moeten inlichten.", "Hans Korteweg", "indirect", True),
            ("De bond eist een sociaal plan met een ruime vertrekregeling en hulp bij het vinden van ander werk.", "LogistiekNu", "indirect", False),
            ("veel werknemers snel elders aan de slag kunnen", "Lotte Verhulst", "indirect", True),
            ("In de logistiek is nog altijd een groot tekort aan personeel. Wij gaan samen met het UWV banenmarkten organiseren.", "Lotte Verhulst", "direct", True),
            ("Econoom Bram Theunissen van onderzoeksbureau Markt & Magazijn ziet de sluiting als onderdeel van een bredere trend.", "Bram Theunissen", "indirect", False),
            ("Bedrijven bouwen nieuwe, volledig geautomatiseerde hallen en sluiten de oude. Dat kost banen, ook al groeit de sector als geheel.", "Bram Theunissen", "direct", True),
            ("Het personeel wordt volgende week per afdeling geïnformeerd over de gevolgen", "een woordvoerder van Vandermeer", "indirect", True),
        ],
    },
    "06-brandstichting-kampen": {
        "aliases": {
            "het Openbaar Ministerie": ["het OM"],
            "Maarten Roos": ["Roos", "Officier van justitie Maarten Roos"],
            "Dennis K.": ["de verdachte"],
            "Yvonne Hartsema": ["Hartsema", "Zijn advocaat"],
            "Kemal Aydın": ["Aydın", "de Kampenaar", "Eigenaar Kemal Aydın"],
        },
        "quotes": [
            ("Het Openbaar Ministerie heeft donderdag drie jaar cel geëist tegen een 45-jarige man uit Kampen die vorig jaar een snackbar aan de Oudestraat in brand zou hebben gestoken.", "het Openbaar Ministerie", "indirect", False),
            ("Volgens het OM handelde Dennis K. uit wraak, omdat de eigenaar hem een paar weken eerder de toegang had ontzegd.", "het Openbaar Ministerie", "indirect", True),
            ("Officier van justitie Maarten Roos schetste in de rechtbank in Zwolle het beeld van een man die zijn woede niet onder controle heeft.", "Maarten Roos", "indirect", False),
            ("De verdachte heeft bewust benzine over de drempel gegoten en aangestoken, terwijl er ’s nachts boven de zaak een gezin lag te slapen", "Maarten Roos", "direct", True),
            ("Dat er niemand is omgekomen, is puur geluk geweest. De buren werden wakker van de rook en konden via het dakraam ontsnappen.", "Maarten Roos", "direct", True),
            ("Wie zo handelt, neemt welbewust het risico dat er doden vallen. Dat rechtvaardigt een forse straf.", "Maarten Roos", "direct", True),
            ("De verdachte ontkent.", "Dennis K.", "indirect", False),
            ("hij die nacht thuis was en dat hij ‘nog nooit iets in brand heeft gestoken’", "Dennis K.", "mixed", True),
            ("nog nooit iets in brand heeft gestoken", "Dennis K.", "direct", False),
            ("het bewijs ‘flinterdun’ is", "Yvonne Hartsema", "mixed", True),
            ("flinterdun", "Yvonne Hartsema", "direct", False),
            ("Er zijn geen vingerafdrukken, er is geen DNA en de camerabeelden zijn zo korrelig dat je er iedereen op kunt herkennen", "Yvonne Hartsema", "direct", True),
            ("Ze vroeg de rechtbank haar cliënt vrij te spreken.", "Yvonne Hartsema", "indirect", False),
            ("hij de zaak inmiddels heeft heropend, maar dat zijn gezin nog elke nacht wakker schrikt van geluiden", "Kemal Aydın", "indirect", True),
            ("Mijn dochter van acht slaapt sinds de brand bij ons op de kamer", "Kemal Aydın", "direct", True),
            ("het onderzoek naar een mogelijke tweede betrokkene nog loopt", "een woordvoerder van de politie", "indirect", True),
        ],
    },
    "07-theater-antwerpen": {
        "aliases": {
            "Katrien Dewaele": ["Dewaele", "de minister"],
            "Lien Claeys": ["Claeys", "Artistiek leider Lien Claeys"],
            "Jelle Vanhecke": ["Vanhecke", "Schepen van Cultuur Jelle Vanhecke"],
            "Sofie Mertens": ["Mertens", "Oppositieparlementslid Sofie Mertens"],
        },
        "quotes": [
            ("Het Antwerpse stadstheater De Kaai krijgt de komende vier jaar geen werkingssubsidie meer van de Vlaamse overheid.", "Katrien Dewaele", "indirect", False),
            ('de beoordelingscommissie "een grondige en onafhankelijke analyse" heeft gemaakt', "Katrien Dewaele", "mixed", True),
            ("een grondige en onafhankelijke analyse", "Katrien Dewaele", "direct", False),
            ("Ik begrijp de ontgoocheling, maar ik ga niet in tegen het advies van experts", "Katrien Dewaele", "direct", True),
            ("doodvonnis", "Lien Claeys", "direct", False),
            ("We spelen al dertig jaar voor volle zalen. Zonder die steun kunnen we volgend seizoen de lonen van onze technici niet meer betalen.", "Lien Claeys", "direct", True),
            ("Het is ambetant dat we dit via de pers moeten vernemen", "Lien Claeys", "direct", True),
            ("Niemand van het kabinet heeft ons vooraf gebeld.", "Lien Claeys", "direct", True),
            ("Volgens Claeys trok die productie alleen al meer dan 20.000 bezoekers.", "Lien Claeys", "indirect", True),
            ("de stad het theater niet zal laten vallen", "Jelle Vanhecke", "indirect", True),
            ("We bekijken hoe we een overbruggingskrediet kunnen geven. Maar het kan niet de bedoeling zijn dat de stad telkens de rekening betaalt voor keuzes die in Brussel worden gemaakt.", "Jelle Vanhecke", "direct", True),
            ('de minister "met twee maten en twee gewichten" meet', "Sofie Mertens", "mixed", True),
            ("met twee maten en twee gewichten", "Sofie Mertens", "direct", False),
            ("Grote instellingen in Brussel en Gent zouden volgens haar wel een verhoging krijgen.", "Sofie Mertens", "indirect", True),
            ("Dat gaan we zeker doen. We geven niet op.", "Lien Claeys", "direct", True),
        ],
    },
    "08-storm-code-oranje": {"aliases": _STORM_ALIASES, "quotes": _STORM},
    "09-storm-code-oranje-b": {"aliases": _STORM_ALIASES, "quotes": _STORM},
    "10-geneve-gevangenen": {
        "aliases": {
            "Ostap Zaroedni": ["Zaroedni", "de Oekraïner"],
            "Arkadi Volzjanin": ["Volzjanin"],
            "Hanneke Roelofsen": ["oud-ambassadeur van Nederland in Kiev"],
            "Pieter Roelofsen": ["de hoogleraar"],
            "Evert Schuttevaer": ["Schuttevaer", "Minister Evert Schuttevaer"],
        },
        "quotes": [
            ("een eerste, voorzichtige stap", "Ostap Zaroedni", "direct", False),
            ("We hebben vandaag geen akkoord bereikt, maar we hebben wel afgesproken dat we elkaar over twee weken opnieuw zien", "Ostap Zaroedni", "direct", True),
            ("Voor de families van de gevangenen is dat misschien een klein lichtpuntje.", "Ostap Zaroedni", "direct", True),
            ("Kiev geen grondgebied zal opgeven in ruil voor gevangenen", "Ostap Zaroedni", "indirect", True),
            ("Volgens Zaroedni gaat het om ruim 1200 Oekraïense soldaten en burgers die in Russische kampen vastzitten.", "Ostap Zaroedni", "indirect", True),
            ("Volzjanin liet zich minder positief uit.", "Arkadi Volzjanin", "indirect", False),
            ("Moskou „geen enkele reden” ziet om aan Oekraïense voorwaarden tegemoet te komen", "Arkadi Volzjanin", "mixed", True),
            ("geen enkele reden", "Arkadi Volzjanin", "direct", False),
            ("Het Westen moet ophouden het bewind in Kiev van wapens te voorzien.", "het Russische ministerie van Buitenlandse Zaken", "direct", True),
            ("Hanneke Roelofsen, oud-ambassadeur van Nederland in Kiev, ziet toch reden voor optimisme.", "Hanneke Roelofsen", "indirect", False),
            ("Dat ze überhaupt in dezelfde kamer zitten, zegt veel", "Hanneke Roelofsen", "direct", True),
            ("Een half jaar geleden was dat ondenkbaar.", "Hanneke Roelofsen", "direct", True),
            ("Gevangenenruil is vaak het eerste onderwerp waarover partijen het eens worden. Het is concreet, het is menselijk en niemand lijdt er gezichtsverlies door.", "Hanneke Roelofsen", "direct", True),
            ("eerdere gesprekken in Istanboel ook hoopvol begonnen en binnen een maand strandden", "Pieter Roelofsen", "indirect", True),
            ("Rusland wil vooral tijd winnen", "Pieter Roelofsen", "indirect", True),
            ("Volzjanin is geen man die zonder toestemming van het Kremlin iets toezegt", "Pieter Roelofsen", "direct", True),
            ("Zolang Moskou geen ruimte geeft, blijft het bij praten.", "Pieter Roelofsen", "direct", True),
            ("het overleg „een belangrijk signaal” is", "Evert Schuttevaer", "mixed", True),
            ("een belangrijk signaal", "Evert Schuttevaer", "direct", False),
            ("Nederland is volgens hem bereid om bij een volgende ronde als gastland op te treden.", "Evert Schuttevaer", "indirect", True),
        ],
    },
    "11-interview-roelofsen": {
        "aliases": {
            "Hanneke Roelofsen": ["Roelofsen", "Oud-ambassadeur Hanneke Roelofsen"],
            "Ostap Zarudny": ["Zarudny", "minister Ostap Zarudny"],
            "Pieter Roelofsen": ["hoogleraar Pieter Roelofsen"],
        },
        "quotes": [
            ("Diplomatie is vooral wachten", "Hanneke Roelofsen", "direct", True),
            ("Nee, dat denk ik niet. Uitstel hoort bij dit soort onderhandelingen. Beide partijen willen laten zien dat ze niet te gretig zijn. Dat is toneel, maar wel toneel met een functie.", "Hanneke Roelofsen", "indirect", True),
            ("Hij is iemand die heel goed luistert en pas op het laatste moment zijn kaarten op tafel legt. Toen ik hem in 2019 voor het eerst ontmoette, was hij nog onderminister. Hij zei toen al tegen mij: „Wie als eerste een cijfer noemt, heeft verloren.” Dat typeert hem.", "Hanneke Roelofsen", "indirect", True),
            ("Wie als eerste een cijfer noemt, heeft verloren.", "Ostap Zarudny", "direct", True),
            ("Volzhanin is een vakman van de oude school. Hij zal nooit iets toezeggen zonder dat Moskou meekijkt. Maar hij is ook pragmatisch: hij weet dat Rusland zelf ook honderden soldaten terug wil.", "Hanneke Roelofsen", "indirect", True),
            ("Rusland vooral tijd wil winnen", "Pieter Roelofsen", "indirect", False),
            ("We zijn geen familie, hoor. Maar hij heeft een punt. Ik denk alleen dat tijd winnen en serieus praten elkaar niet uitsluiten. Ook in de koudste jaren van de Koude Oorlog werden er gevangenen geruild.", "Hanneke Roelofsen", "indirect", True),
            ("tijd winnen en serieus praten elkaar niet uitsluiten", "Hanneke Roelofsen", "indirect", False),
            ("Blijven aanbieden om gastland te zijn, zoals minister Schuttevaer heeft gedaan. En vooral niet te hard roepen. Stille diplomatie werkt hier beter dan grote woorden.", "Hanneke Roelofsen", "indirect", True),
            ("een nieuwe datum „binnenkort” wordt bekendgemaakt", "het Russische ministerie van Buitenlandse Zaken", "mixed", True),
            ("binnenkort", "het Russische ministerie van Buitenlandse Zaken", "direct", False),
        ],
    },
    "12-wilde-bijen-stad": {
        "aliases": {
            "Noor Hamidi": ["Hamidi", "hoofdonderzoeker Noor Hamidi"],
            "Tom Verbruggen": ["Verbruggen", "De Belgische bioloog Tom Verbruggen"],
            "een woordvoerder van Groen Dichtbij": ["een woordvoerder"],
            "Groen Dichtbij": ["Natuurorganisatie Groen Dichtbij"],
        },
        "quotes": [
            ("Wilde bijen doen het in Nederlandse steden beter dan op het platteland.", "de Rijksuniversiteit Zuiderzee", "indirect", False),
            ("In de stad vonden we gemiddeld twee keer zoveel soorten als in het agrarische buitengebied", "Noor Hamidi", "direct", True),
            ("Dat had ik eerlijk gezegd niet verwacht. Je denkt bij een stad toch eerder aan beton dan aan bloemen.", "Noor Hamidi", "direct", True),
            ("Volgens Hamidi komt het verschil vooral door de grote variatie aan planten in stadstuinen en het ontbreken van bestrijdingsmiddelen.", "Noor Hamidi", "indirect", True),
            ("Op akkers bloeit vaak maar één gewas tegelijk", "Noor Hamidi", "indirect", True),
            ("Als dat is uitgebloeid, is er voor een bij simpelweg niets meer te halen.", "Noor Hamidi", "direct", True),
            ("dit resultaat gevoelig ligt, omdat veel gemeenten er geld in steken", "Noor Hamidi", "indirect", True),
            ("Een bijenhotel is leuk voor de bewustwording. Maar een bij heeft meer aan een rommelig hoekje met brandnetels en klaver.", "Noor Hamidi", "direct", True),
            ("de studie een vertekend beeld geeft", "Tom Verbruggen", "indirect", True),
            ("Ze hebben in de stad vooral gekeken naar goed onderhouden tuinen en parken. Een industrieterrein of een nieuwbouwwijk met alleen tegels zit er nauwelijks in.", "Tom Verbruggen", "direct", True),
            ("de auteurs te weinig aandacht besteden aan de honingbij, die in steden met wilde bijen concurreert om voedsel", "Tom Verbruggen", "indirect", True),
            ("Dat is de olifant in de kamer", "Tom Verbruggen", "direct", True),
            ("een vervolgonderzoek naar juist die concurrentie al is begonnen", "Noor Hamidi", "indirect", True),
            ("Ze verwacht de eerste resultaten volgend voorjaar.", "Noor Hamidi", "indirect", False),
            ("gemeenten minder vaak maaien", "Groen Dichtbij", "indirect", False),
            ("Laat bermen en plantsoenen wat langer staan. Dat kost niets en het helpt meteen.", "een woordvoerder van Groen Dichtbij", "direct", True),
        ],
    },
}

# English articles: "lang": "en", and the file name carries the code (13-en-…).
ANNOTATIONS_EN: dict[str, dict[str, Any]] = {
    "13-en-housing-bill": {
        "lang": "en",
        "aliases": {
            "Eleanor Whitcombe": ["Whitcombe", "the minister", "Housing Minister Eleanor Whitcombe"],
            "Tobias Renshaw": ["Renshaw", "the 54-year-old", "Opposition leader Tobias Renshaw"],
            "Moira Lindqvist": ["Lindqvist", "Its chief executive"],
            "Gareth Pennington": ["Pennington"],
            "the National Builders' Federation": ["The National Builders' Federation"],
        },
        "quotes": [
            ('the country "cannot afford another decade of waiting" for new houses', "Eleanor Whitcombe", "mixed", True),
            ("cannot afford another decade of waiting", "Eleanor Whitcombe", "direct", False),
            ("We have talked about the housing shortage for twenty years,", "Eleanor Whitcombe", "direct", True),
            ("This bill finally puts spades in the ground.", "Eleanor Whitcombe", "direct", True),
            ("According to the minister, the first 40,000 homes could be finished before the end of 2027.", "Eleanor Whitcombe", "indirect", True),
            ("the plan was “dead on arrival” because it contained no money for roads, schools or doctors' surgeries", "Tobias Renshaw", "mixed", True),
            ("dead on arrival", "Tobias Renshaw", "direct", False),
            ("You cannot build a town without a bus stop and a classroom,", "Tobias Renshaw", "direct", True),
            ("The minister is promising houses and forgetting the people who will live in them.", "Tobias Renshaw", "direct", True),
            ("his party would table amendments next week to tie every new estate to a budget for school places", "Tobias Renshaw", "indirect", True),
            ("the cost of the scheme, estimated at 4.2 billion pounds over five years, would be met from existing budgets", "the finance ministry", "indirect", True),
            ("a shortage of bricklayers and electricians could slow the work", "the National Builders' Federation", "indirect", True),
            ("Land is only half of the problem. The other half is people who know how to build.", "Moira Lindqvist", "direct", True),
            ("villages would end up paying for the cities", "Gareth Pennington", "indirect", True),
            ("The market will not turn overnight", "Eleanor Whitcombe", "indirect", True),
            ("the direction was right and that the first sites would be named within a month", "Eleanor Whitcombe", "indirect", True),
        ],
    },
    "14-en-roofing-fraud-trial": {
        "lang": "en",
        "aliases": {
            "Naomi Strand": ["Strand", "the prosecutor"],
            "Callum Ashdown": ["Ashdown"],
            "Doreen Pike": ["Pike", "Mrs Pike"],
            "Julian Perrow": ["Perrow", "the lawyer", "Defence barrister Julian Perrow"],
            "Severnside Police": ["the statement"],
        },
        "quotes": [
            ("Callum Ashdown, 31, who traded as ‘Top Notch Roofing’, denies eleven counts of fraud by false representation.", "Callum Ashdown", "indirect", False),
            ("Ashdown had targeted people who lived alone and were unlikely to climb a ladder to check his work", "Naomi Strand", "indirect", True),
            ("He knocked on doors, pointed at a perfectly sound roof and invented a problem,", "Naomi Strand", "direct", True),
            ("Then he came back a week later and invented another one.", "Naomi Strand", "direct", True),
            ("According to the prosecutor, no work was ever done.", "Naomi Strand", "indirect", True),
            ("she had trusted Ashdown ‘because he was so polite and had such a clean van’", "Doreen Pike", "mixed", True),
            ("because he was so polite and had such a clean van", "Doreen Pike", "direct", False),
            ("he had ‘never forced anyone to pay for anything’ and that every customer had signed a contract", "Callum Ashdown", "mixed", True),
            ("never forced anyone to pay for anything", "Callum Ashdown", "direct", False),
            ("his client had run a badly organised business but had never set out to deceive anyone", "Julian Perrow", "indirect", True),
            ("Bad workmanship is not the same thing as fraud,", "Julian Perrow", "direct", True),
            ("The jury will have to decide whether these were broken promises or lies, and that’s a question only they can answer.", "Julian Perrow", "direct", True),
            ("Some of the paperwork was lost when a storage unit flooded in 2022", "Julian Perrow", "indirect", True),
            ("He asked the jury to keep an open mind until they had heard from his client, who is expected to give evidence next week.", "Julian Perrow", "indirect", False),
            ("officers had identified further possible victims after a public appeal last year", "Severnside Police", "indirect", True),
            ("We would urge anyone who believes they were affected to come forward, however small the sum,", "Severnside Police", "direct", True),
        ],
    },
    "15-en-bakery-plant-closure": {
        "lang": "en",
        "aliases": {
            "Larkfield Bakeries": ["Larkfield", "the company", "The statement"],
            "Gemma Castellano": ["Castellano"],
            "the Food Workers' Guild": ["The Food Workers' Guild", "The union"],
            "Dev Raman": ["Raman", "Its regional organiser"],
            "Priya Holloway": ["Holloway", "Analyst Priya Holloway"],
            "Simon Fairbairn": ["Fairbairn", "the 58-year-old", "Chief executive Simon Fairbairn"],
            "Ruth Adebayo": ["Adebayo", "Local MP Ruth Adebayo"],
        },
        "quotes": [
            ("Larkfield Bakeries will close its bread plant in Leicester next spring, putting 420 jobs at risk", "Larkfield Bakeries", "indirect", True),
            ("the decision followed “a sustained fall in demand for sliced white bread” and a doubling of energy costs since 2021", "Larkfield Bakeries", "mixed", True),
            ("a sustained fall in demand for sliced white bread", "Larkfield Bakeries", "direct", False),
            ("This was not an easy decision, and it is not a reflection on the people in Leicester,", "Gemma Castellano", "direct", True),
            ("They have done everything we asked of them.", "Gemma Castellano", "direct", True),
            ("the company would offer every worker a place at the Derby site and pay for their transport for the first year", "Gemma Castellano", "indirect", True),
            ("According to Castellano, about a third of the staff have already asked about moving.", "Gemma Castellano", "indirect", True),
            ("the announcement “a betrayal dressed up as an opportunity”", "the Food Workers' Guild", "mixed", True),
            ("a betrayal dressed up as an opportunity", "the Food Workers' Guild", "direct", False),
            ("Nobody on a night shift in Leicester can commute to Derby and still see their children. The company knows that.", "Dev Raman", "direct", True),
            ("The union wants talks on redundancy pay before Christmas and has not ruled out strike action", "Dev Raman", "indirect", True),
            ("Larkfield had been running three plants for the work of two since it lost a contract with a discount chain last year", "Priya Holloway", "indirect", True),
            ("Supermarkets have squeezed bakers on price for a decade,", "Priya Holloway", "direct", True),
            ("Whoever has the cheapest oven wins, and the oldest ovens are in Leicester.", "Priya Holloway", "direct", True),
            ('the closure was "the hardest call" of his career and that he would visit Leicester next week to answer questions in person', "Simon Fairbairn", "mixed", True),
            ("the hardest call", "Simon Fairbairn", "direct", False),
            ("she had asked for an urgent meeting with the company", "Ruth Adebayo", "indirect", True),
            ("Four hundred families will have a very difficult Christmas,", "Ruth Adebayo", "direct", True),
            ("The plant will keep baking until the end of April", "Gemma Castellano", "indirect", True),
        ],
    },
    "16-en-cup-comeback": {
        "lang": "en",
        "aliases": {
            "Lewis Darrow": ["Darrow", "the 46-year-old", "the manager", "Ashby manager Lewis Darrow"],
            "Jamal Pryce": ["Pryce", "the teenager"],
            "Graham Skelton": ["Skelton", "Kellsworth manager Graham Skelton"],
            "Kellsworth United": ["Kellsworth"],
            "Ollie Brandt": ["Brandt"],
        },
        "quotes": [
            ('his side had been "nowhere near good enough" in the first half', "Lewis Darrow", "mixed", True),
            ("nowhere near good enough", "Lewis Darrow", "direct", False),
            ("At half-time I told them to stop feeling sorry for themselves,", "Lewis Darrow", "direct", True),
            ("They listened, and that is all you can ask of a group of players.", "Lewis Darrow", "direct", True),
            ("he had considered taking Pryce off shortly before the equaliser", "Lewis Darrow", "indirect", True),
            ("I had the board ready,", "Lewis Darrow", "direct", True),
            ("Then he scored, and I put the board away again.", "Lewis Darrow", "direct", True),
            ("he had not dared to look at the linesman after his shot went in", "Jamal Pryce", "indirect", True),
            ("I just closed my eyes and waited for the noise,", "Jamal Pryce", "direct", True),
            ("My mum was in the stand, so I think she heard it before I did.", "Jamal Pryce", "direct", True),
            ("Kellsworth manager Graham Skelton blamed the defeat on the sending-off of his captain, Ollie Brandt, who received a second yellow card six minutes after the break.", "Graham Skelton", "indirect", False),
            ("It changes the whole game. With eleven men we win that comfortably,", "Graham Skelton", "direct", True),
            ("I have watched it back twice and I still don't know what the second yellow was for.", "Graham Skelton", "direct", True),
            ("the club would appeal against the red card", "Kellsworth United", "indirect", True),
            ('he had "barely touched" the Ashby winger', "Ollie Brandt", "mixed", True),
            ("barely touched", "Ollie Brandt", "direct", False),
            ("the comeback had been built by the whole squad", "Lewis Darrow", "indirect", True),
            ("Pryce will start the quarter-final if he is fit", "Lewis Darrow", "indirect", True),
            ("Nobody will fancy playing us now.", "Lewis Darrow", "direct", True),
        ],
    },
    "17-en-bus-route-vox-pop": {
        "lang": "en",
        "aliases": {
            "residents of the Heartsease estate": ["Residents of the Heartsease estate in Norwich"],
            "Eastline Buses": ["the company"],
            "Pauline Ferris": ["Ferris"],
            "one resident": ["One resident"],
            "a shopkeeper who asked not to be named": ["A shopkeeper who asked not to be named", "a shopkeeper"],
            "a woman waiting with her grandson": ["A woman waiting with her grandson"],
            "Delroy Whitfield": ["Whitfield", "its organiser"],
            "Harriet Quayle": ["Quayle"],
            "a spokesman for the hospital": ["A spokesman for the hospital"],
        },
        "quotes": [
            ("they will be cut off from the city centre when the number 14 bus stops running at the end of the month", "residents of the Heartsease estate", "indirect", False),
            ("passenger numbers had fallen by almost half since 2019 and that the route now lost money on every journey", "Eastline Buses", "indirect", True),
            ("We have kept it going for as long as we could,", "Eastline Buses", "direct", True),
            ("I don't drive and I'm not going to start at my age,", "Pauline Ferris", "direct", True),
            ("The taxi is eleven pounds each way. Who has that kind of money?", "Pauline Ferris", "direct", True),
            ('the estate had been "forgotten by everyone except the bin men"', "one resident", "mixed", True),
            ("forgotten by everyone except the bin men", "one resident", "direct", False),
            ("trade had dropped every time the timetable was cut", "a shopkeeper who asked not to be named", "indirect", True),
            ("Half my customers are pensioners. If they can't get here, they go to the big supermarket by taxi once a month and that's it.", "a shopkeeper who asked not to be named", "direct", True),
            ('she had signed the "Save the 14" petition twice, once on paper and once online', "a woman waiting with her grandson", "indirect", True),
            ("The petition has gathered more than 1,300 signatures, according to its organiser, Delroy Whitfield.", "Delroy Whitfield", "indirect", True),
            ("People here are not asking for a new railway,", "Delroy Whitfield", "direct", True),
            ("We are asking for one bus an hour.", "Delroy Whitfield", "direct", True),
            ("the council could not force a private operator to keep a loss-making route", "Harriet Quayle", "indirect", True),
            ("What we can do is look at a volunteer minibus, and I have asked officers to cost it,", "Harriet Quayle", "direct", True),
            ("Honestly, no. But I would rather promise less and deliver it.", "Harriet Quayle", "direct", True),
            ("outpatients who had trouble reaching appointments could ask for a free patient transport service, which is available for those with a medical need", "a spokesman for the hospital", "indirect", True),
        ],
    },
}
# One table for every article file, whatever its language.
ANNOTATIONS.update(ANNOTATIONS_EN)

TYPES = ("direct", "indirect", "mixed")


class AnnotationError(ValueError):
    """An annotation that does not fit its article (not found, ambiguous, malformed)."""


def locate(text: str, quote: str, occurrence: int | None) -> int:
    """The start offset of ``quote`` in ``text`` (its ``occurrence``-th match, from 0)."""
    starts = []
    at = text.find(quote)
    while at != -1:
        starts.append(at)
        at = text.find(quote, at + 1)
    if not starts:
        raise AnnotationError(f"not found: {quote[:60]!r}")
    if occurrence is None:
        if len(starts) > 1:
            raise AnnotationError(f"occurs {len(starts)} times, give an occurrence: {quote[:60]!r}")
        return starts[0]
    if not 0 <= occurrence < len(starts):
        raise AnnotationError(f"occurrence {occurrence} of {len(starts)}: {quote[:60]!r}")
    return starts[occurrence]


def article_lang(stem: str, spec: dict[str, Any]) -> str:
    """The language of ``articles/<stem>.txt``: the annotation's, checked against the file name."""
    lang = spec.get("lang", "nl")
    if lang not in GOLD_FILES:
        raise AnnotationError(f"{stem}: lang {lang!r} has no gold file (known: {', '.join(GOLD_FILES)})")
    named = next((code for code in GOLD_FILES if code != "nl" and re.match(rf"\d+-{code}-", stem)), "nl")
    if named != lang:
        raise AnnotationError(f"{stem}: the annotation says lang {lang!r}, the file name {named!r}; "
                              "name a non-Dutch article NN-<lang>-slug.txt")
    return lang


def build_article(stem: str, spec: dict[str, Any]) -> dict[str, Any]:
    """One gold line for the article file ``articles/<stem>.txt``."""
    lang = article_lang(stem, spec)
    text = (ARTICLES / f"{stem}.txt").read_text(encoding="utf-8")
    quotes = []
    for ann in spec["quotes"]:
        quote, speaker, qtype, required = ann[:4]
        occurrence = ann[4] if len(ann) > 4 else None
        if qtype not in TYPES or not isinstance(required, bool):
            raise AnnotationError(f"{stem}: bad type/required in {ann!r:.80}")
        try:
            start = locate(text, quote, occurrence)
        except AnnotationError as e:
            raise AnnotationError(f"{stem}: {e}") from e
        end = start + len(quote)
        if text[start:end] != quote:
            raise AnnotationError(f"{stem}: offsets {start}:{end} do not slice to the quote")
        quotes.append({"start": start, "end": end, "text": quote, "speaker": speaker,
                       "type": qtype, "required": required})
    quotes.sort(key=lambda q: (q["start"], q["end"]))
    return {"id": f"ex-{stem}", "lang": lang, "text": text, "quotes": quotes,
            "aliases": spec["aliases"]}


def build(lang: str = "nl") -> list[dict[str, Any]]:
    """The gold lines of one language (Dutch by default), in file order."""
    stems = sorted(p.stem for p in ARTICLES.glob("*.txt"))
    missing = sorted(set(stems) ^ set(ANNOTATIONS))
    if missing:
        raise AnnotationError(f"articles and annotations differ: {missing}")
    return [build_article(stem, ANNOTATIONS[stem]) for stem in stems
            if article_lang(stem, ANNOTATIONS[stem]) == lang]


def render(golds: list[dict[str, Any]]) -> str:
    """The gold file's content: one JSON object per line."""
    return "".join(json.dumps(g, ensure_ascii=False) + "\n" for g in golds)


def main(argv: list[str]) -> int:
    try:
        contents = {path: render(build(lang)) for lang, path in GOLD_FILES.items()}
    except AnnotationError as e:
        sys.stderr.write(f"make_gold: {e}\n")
        return 2
    if "--check" in argv:
        stale = [path.name for path, content in contents.items()
                 if not path.exists() or path.read_text(encoding="utf-8") != content]
        if stale:
            sys.stderr.write(f"make_gold: {', '.join(stale)} stale; run examples/make_gold.py\n")
            return 1
        return 0
    for path, content in contents.items():
        path.write_text(content, encoding="utf-8")
        golds = [json.loads(line) for line in content.splitlines()]
        required = sum(q["required"] for g in golds for q in g["quotes"])
        total = sum(len(g["quotes"]) for g in golds)
        sys.stdout.write(f"wrote {path.name}: {len(golds)} articles, {total} quotes, {required} required\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
