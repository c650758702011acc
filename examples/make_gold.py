"""Write examples/gold.jsonl from the hand annotations below (offsets found by search).

Each annotation is (quote text, speaker, type, required) with an optional fifth
item, the occurrence index, for a quote text that occurs more than once in its
article. The script finds the offsets, checks that ``text[start:end]`` equals
the quote text, and writes one gold line per article in the format of
``shared/eval/GUIDELINES.md``.

Run from the repository root:  .venv/bin/python examples/make_gold.py
Check only (exit 1 when gold.jsonl is stale):  .venv/bin/python examples/make_gold.py --check
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles"
GOLD = HERE / "gold.jsonl"

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


def build_article(stem: str, spec: dict[str, Any]) -> dict[str, Any]:
    """One gold line for the article file ``articles/<stem>.txt``."""
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
    return {"id": f"ex-{stem}", "lang": "nl", "text": text, "quotes": quotes,
            "aliases": spec["aliases"]}


def build() -> list[dict[str, Any]]:
    """Every gold line, in file order."""
    stems = sorted(p.stem for p in ARTICLES.glob("*.txt"))
    missing = sorted(set(stems) ^ set(ANNOTATIONS))
    if missing:
        raise AnnotationError(f"articles and annotations differ: {missing}")
    return [build_article(stem, ANNOTATIONS[stem]) for stem in stems]


def render(golds: list[dict[str, Any]]) -> str:
    """The gold file's content: one JSON object per line."""
    return "".join(json.dumps(g, ensure_ascii=False) + "\n" for g in golds)


def main(argv: list[str]) -> int:
    try:
        content = render(build())
    except AnnotationError as e:
        sys.stderr.write(f"make_gold: {e}\n")
        return 2
    if "--check" in argv:
        if not GOLD.exists() or GOLD.read_text(encoding="utf-8") != content:
            sys.stderr.write("make_gold: gold.jsonl is stale; run examples/make_gold.py\n")
            return 1
        return 0
    GOLD.write_text(content, encoding="utf-8")
    golds = json.loads("[" + ",".join(content.splitlines()) + "]")
    required = sum(q["required"] for g in golds for q in g["quotes"])
    total = sum(len(g["quotes"]) for g in golds)
    sys.stdout.write(f"wrote {GOLD.name}: {len(golds)} articles, {total} quotes, {required} required\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
