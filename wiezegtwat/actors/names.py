"""Person and organisation names: strip roles and titles, find the surname, build match keys.

Names are compared across languages (a Dutch "Boelgakov" and an English "Bulgakov" are one
actor), so every function reads the lists of all supported languages at once
(``wiezegtwat.lang.merged.name_data``) and holds no word of any language itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from anyascii import anyascii

from wiezegtwat.lang.merged import NameData, name_data
from wiezegtwat.records import ActorType

_WS = re.compile(r"\s+")
# Quote marks and brackets around a speaker string, and a bracketed party after a name.
_EDGE = "\"'“”‘’„‚«»()[]{}:;,.!?–—-"
_BRACKETED = re.compile(r"\s*\([^)]*\)")
_KEY_DROP = re.compile(r"[^a-zA-Z0-9 ]+")
# The merged name data of every supported language, read once.
_N: NameData = name_data()
# Longest portfolio first, so "Justitie en Veiligheid" wins over "Justitie".
_PORTFOLIOS = sorted(_N.portfolios, key=len, reverse=True)
# Particles that stand alone ("van", "de"), not only inside a longer one ("in 't").
_SINGLE_PARTICLES = frozenset(p for p in _N.particles if " " not in p)
# Lower-case words that follow a given name inside a name or its complement ("Jan van
# Dijk", "Johan uit Zwolle", "Ian from Leeds", "Jan jr."): before one of these a word is
# no nationality adjective, whatever its ending ("-an" of "Russian" is also "Jan").
_NAME_FOLLOWERS = frozenset(
    _SINGLE_PARTICLES
    | _N.complement_prepositions
    | _N.role_complement_prepositions
    | set(_N.generation_suffixes)
)
# Separators of a joint source ("VVD en D66", "Smith and Jones").
_JOINT = re.compile(
    r"\s+(?:" + "|".join(re.escape(w) for w in sorted(_N.joint_conjunctions)) + r")\s+"
)


@dataclass(frozen=True)
class ParsedName:
    """A cleaned person name cut into given names, surname and generation suffix."""

    given: tuple[str, ...]  # given names or initials as written ("Hugo", "H.")
    surname: str  # with its particles ("de Jonge")
    suffix: str | None  # "jr", "sr", "ii" ...


def _is_capitalised(token: str) -> bool:
    return bool(token) and token[0].isupper()


def _is_all_caps(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _is_role_word(low: str) -> bool:
    if low in _N.role_words:
        return True
    for prefix in _N.role_prefixes:
        if low.startswith(prefix) and low[len(prefix) :] in _N.role_words:
            return True
    return False


def _is_nationality(token: str, following: str | None) -> bool:
    """A capitalised adjective like "Russische" that stands before a lower-case noun."""
    if not _is_capitalised(token) or following is None or _is_capitalised(following):
        return False
    if following.lower() in _NAME_FOLLOWERS:
        return False  # "Jan van Dijk", "Stefan uit Zwolle": a given name, not "Russian"
    return token.lower().endswith(_N.nationality_endings)


def _particle_width(tokens: list[str], i: int) -> int:
    """How many tokens from ``i`` form a surname particle followed by a capital, or 0."""
    for width in (3, 2, 1):
        chunk = " ".join(tokens[i : i + width]).lower()
        if i + width < len(tokens) and chunk in _N.particles:
            if _is_capitalised(tokens[i + width]):
                return width
    return 0


def _plural_role(low: str) -> bool:
    """A plural of a role noun, compound or not ("experts", "ai-experts"): -s plurals,
    the form both languages use for borrowed and agent nouns."""
    head = low.rsplit("-", 1)[-1]
    return head.endswith("s") and len(head) > 3 and _is_role_word(head[:-1])


def _is_compound_role(token: str, following: str | None) -> bool:
    """"NAVO-lidstaat", "VVD-leider" before a name: a hyphenated noun with a lower-case head."""
    head = token.rsplit("-", 1)[-1]
    return (
        "-" in token
        and following is not None
        and _is_capitalised(following)
        and head.isalpha()
        and head == head.lower()
    )


def _lower_role(token: str) -> str:
    """Sentence-initial "President" becomes "president"; "NAVO-chef" stays as written."""
    if token[1:] == token[1:].lower():
        return token[0].lower() + token[1:]
    return token


def _match_portfolio(tokens: list[str], i: int) -> int:
    """How many tokens from ``i`` spell a ministry portfolio ("Buitenlandse Zaken"), or 0."""
    rest = " ".join(tokens[i:])
    for portfolio in _PORTFOLIOS:
        if rest == portfolio or rest.startswith(portfolio + " "):
            return len(portfolio.split())
    return 0


def _is_org_word(low: str) -> bool:
    if low in _N.org_words:
        return True
    # Compounds ("gemeenteraad", "NAVO-top") end in an organisation word in languages
    # that write them as one word; org_suffixes lists those words.
    head = low.rsplit("-", 1)[-1]
    return head.endswith(_N.org_suffixes) if _N.org_suffixes else False


def _complement_width(tokens: list[str], i: int) -> int:
    """How many tokens from ``i`` (after a role and "van"/"of") belong to the role, not the name.

    "woordvoerder van Verbeek" names Verbeek's spokesperson, not Verbeek: all of it is role.
    "voorzitter van de Tweede Kamer Anna Bakker": the role ends at the institution.
    """
    last_org = max(
        (k for k in range(i, len(tokens)) if _is_org_word(tokens[k].lower())
         or _is_all_caps(tokens[k])),
        default=None,
    )
    if last_org is not None and last_org + 1 < len(tokens):
        if all(_is_capitalised(t) for t in tokens[last_org + 1 :]):
            return last_org + 1 - i
    return len(tokens) - i


def _trim_complement(tokens: list[str]) -> list[str]:
    """Cut "van het RIVM" off "Anouk Verbeek van het KNMI", "uit Amsterdam" off a name."""
    for j in range(len(tokens) - 1, 0, -1):
        low = tokens[j].lower()
        if not any(_is_capitalised(t) for t in tokens[:j]):
            break
        if any(_is_org_word(t.lower()) for t in tokens[:j]):
            break  # "Nationaal Bureau voor de Verkeersveiligheid" is one organisation name
        if low in _N.complement_prepositions:
            return tokens[:j]
        if low in _N.role_complement_prepositions and _opens_affiliation(tokens, j):
            return tokens[:j]
    return tokens


def _opens_affiliation(tokens: list[str], j: int) -> bool:
    """Whether "van"/"of" at ``j`` starts an affiliation after a name ("Jaap de Wit van het
    KNMI", "Jane Doe of the council"), not the particles of a surname ("Anna van der Laan")."""
    if j + 1 >= len(tokens):
        return False
    low = tokens[j].lower()
    if low not in _SINGLE_PARTICLES:
        # "of" never starts a surname, but it is also the Dutch "or" ("Kramer of
        # Verbeek"): as an affiliation it follows a full name ("Jane Doe of Leeds").
        full_name = sum(_is_capitalised(t) for t in tokens[:j]) >= 2
        return low not in _N.alternative_conjunctions or full_name
    width = _particle_width(tokens, j)
    if width >= 2 and sum(_is_capitalised(t) for t in tokens[:j]) == 1 \
            and not _is_all_caps(tokens[j + width]):
        # Right after a lone given name, "van der Laan" / "Van den Bossche" are the
        # particles of a surname; after a full name "van de X" is an affiliation.
        return False
    k = j + 1
    while k < len(tokens) - 1 and tokens[k].lower() in _N.name_articles:
        k += 1
    nxt = tokens[k]
    return _is_all_caps(nxt) or not _is_capitalised(nxt) or _is_org_word(nxt.lower())


def _tokens(text: str) -> list[str]:
    text = _BRACKETED.sub("", _WS.sub(" ", text)).strip()
    stripped = text.strip(_EDGE).strip()
    # Keep the dot of a trailing "jr." that the edge stripping would take away.
    last = text.rsplit(" ", 1)[-1].lower()
    if last in _N.generation_suffixes and last.endswith(".") and not stripped.endswith("."):
        stripped += "."
    # And the dot of a final initial ("Karel V."): without it the initial reads as a surname.
    if len(last) == 2 and last[0].isalpha() and last.endswith(".") and not stripped.endswith("."):
        stripped += "."
    return [t.strip("\"“”„«»,;:") for t in stripped.split(" ") if t.strip("\"“”„«»,;:")]


def _describes(word: str, after: str | None) -> bool:
    """Whether ``word`` (before ``after``) is a role, a nationality or an abbreviation.

    After an article such a word continues a description ("de Franse president",
    "an MP"); any other capitalised word after it is a name ("de Jonge", "An Peeters").
    """
    return (
        _is_role_word(word.lower())
        or _is_compound_role(word, after)
        or _is_nationality(word, after)
        or _is_all_caps(word)
    )


def _is_given_name_article(tokens: list[str], i: int) -> bool:
    """Whether the article at ``i`` is a given name of another language ("An Peeters").

    The merged lists make "an" both the English article and the Flemish given name;
    written capitalised before a capitalised word that does not continue a description
    ("An MP", "An American"), it is the given name.
    """
    token = tokens[i]
    if token.lower() not in _N.article_given_names or not _is_capitalised(token):
        return False
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    if following is None or not _is_capitalised(following):
        return False
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    return not (_describes(following, after) or following.lower().endswith(_N.nationality_endings))


def _article_opens_description(tokens: list[str], i: int) -> bool:
    """Whether an article that is also a particle ("de") at ``i`` opens a description.

    "de Jonge" is a surname, unless what follows "de" continues a description
    ("de Franse president") or is a multi-word organisation name ("de Verenigde Naties").
    """
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    return _describes(tokens[i + 1], after) or (
        len(tokens) - i > 2 and all(_is_capitalised(t) for t in tokens[i + 1 :])
    )


def _role_complement_width(tokens: list[str], i: int) -> int:
    """How many tokens from ``i`` complete the role just before it, or 0.

    "van"/"of"/"for" after a role opens a complement ("minister van Defensie", "Secretary
    of State", "woordvoerder van Verbeek"), unless it starts a longer particle
    ("burgemeester van der Laan").
    """
    if i >= len(tokens) or tokens[i] not in _N.role_complement_prepositions:
        return 0
    if _particle_width(tokens, i) >= 2:
        return 0
    return 1 + (_match_portfolio(tokens, i + 1) or _complement_width(tokens, i + 1))


def _is_role_adjective(low: str, following: str | None) -> bool:
    """"nieuwe" in "de nieuwe premier", "Former" in "Former President": before a role."""
    if low not in _N.role_adjectives or following is None:
        return False
    return not _is_capitalised(following) or _is_role_word(following.lower())


def _is_role_modifier(tokens: list[str], i: int) -> bool:
    """Whether the capitalised words from ``i`` qualify a role after them, before a name.

    English writes apart what Dutch hyphenates ("Harbour Authority spokesman Anna Berg"
    for "Havenbedrijf-woordvoerder"): capitalised words right before a lower-case role
    that a name follows belong to the role. Before a capitalised role only a portfolio
    ("Housing Minister Anna Berg") or abbreviations ("U.S. Secretary of State Anna Berg")
    do: other capitals there may be a name with a surname that is a role ("Bishop").
    """
    j = i
    while j < len(tokens) and _is_capitalised(tokens[j]) and not _is_role_word(tokens[j].lower()):
        j += 1
    if j == i or j + 1 >= len(tokens) or not _is_role_word(tokens[j].lower()):
        return False
    portfolio = _match_portfolio(tokens[:j], i) == j - i  # "Housing Minister", "Health Secretary"
    if _is_capitalised(tokens[j]) and not portfolio and not all(_is_all_caps(t) for t in tokens[i:j]):
        return False
    return any(_is_capitalised(t) for t in tokens[j + 1 :])


def _split_head(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Leading articles, titles, adjectives and role nouns, and the name that follows them."""
    role: list[str] = []
    i = 0
    n = len(tokens)
    while i < n:
        token = tokens[i]
        low = token.lower()
        following = tokens[i + 1] if i + 1 < n else None
        if low in _N.titles:
            i += 1
            continue
        if _is_given_name_article(tokens, i):
            break
        if low in _N.opening_articles and following is not None and not role:
            i += 1  # "het Kremlin", "the Pentagon": these never open a surname
            continue
        width = _particle_width(tokens, i)
        if width > 1 or (width == 1 and low not in _N.articles):
            break  # "van der Laan", "ter Haar": the surname starts here
        if width == 1 and following is not None:
            if not _article_opens_description(tokens, i):
                break  # "de Jonge"
            i += 1
            continue
        if low in _N.articles and not role:
            i += 1
            continue
        if i == n - 1 and _is_capitalised(token):
            break  # a lone capitalised word is the name, even if it looks like a role
        if (
            _is_role_word(low)
            or _is_compound_role(token, following)
            or (not _is_capitalised(token) and any(_is_capitalised(t) for t in tokens[i + 1 :]))
        ):
            width = _role_complement_width(tokens, i + 1)
            role += [_lower_role(token), *tokens[i + 1 : i + 1 + width]]
            i += 1 + width
            continue
        if _is_role_modifier(tokens, i):
            role.append(token)
            i += 1
            continue
        if _is_role_adjective(low, following) or _is_nationality(token, following):
            # "Deputy Prime Minister": a role adjective is lower-cased like the role itself;
            # a nationality keeps its capital ("de Franse president").
            role.append(_lower_role(token) if low in _N.role_adjectives else token)
            i += 1
            continue
        if not _is_capitalised(token):
            role.append(token)
            i += 1
            continue
        break
    return role, tokens[i:]


def split_role(text: str, *, organisation: bool = False) -> tuple[str, str | None]:
    """Cut a speaker string into (name, role): "de Franse president Volkov" → ("Volkov", …).

    The name is "" when the string names nobody ("een woordvoerder van de politie").
    organisation: the string names an organisation, whose name may hold a preposition
    ("Forum voor X", "Artsen zonder Grenzen"): no complement is cut off it.
    """
    head, _, tail = text.partition(",")
    role_tokens, name_tokens = _split_head(_tokens(head))
    # Titles may also stand right before the surname ("Jan dr. Kramer" does not occur,
    # but "prof. dr. De Vries" does): drop any that are left inside the name.
    name_tokens = [t for t in name_tokens if t.lower() not in _N.titles]
    if not organisation:
        name_tokens = _trim_complement(name_tokens)
    if not any(_is_capitalised(t) for t in name_tokens):
        role_tokens += name_tokens
        name_tokens = []
    roles = [" ".join(role_tokens)] if role_tokens else []
    if tail.strip():
        tail_role, tail_name = _split_head(_tokens(tail))
        appositive = " ".join(tail_role + tail_name)
        if appositive:
            roles.append(appositive)
    role = ", ".join(roles) if roles else None
    return " ".join(name_tokens), role


def clean_name(name: str) -> str:
    """The name without articles, titles and roles: "premier Anouk Verbeek" → "Anouk Verbeek"."""
    return split_role(name)[0]


def parse_name(name: str) -> ParsedName:
    """Given names, surname (with particles) and generation suffix of a cleaned person name."""
    tokens = _tokens(name)
    suffix = None
    if len(tokens) > 1 and tokens[-1].lower() in _N.generation_suffixes:
        suffix = _N.generation_suffixes[tokens[-1].lower()]
        tokens = tokens[:-1]
    if not tokens:
        return ParsedName(given=(), surname="", suffix=suffix)
    start = len(tokens) - 1
    # The surname starts at the first particle after the given names ("Hugo de Jonge").
    for i in range(len(tokens) - 1):
        for width in (3, 2, 1):
            chunk = " ".join(tokens[i : i + width]).lower()
            if i + width < len(tokens) and chunk in _N.particles:
                start = min(start, i)
                break
        if start == i:
            break
    return ParsedName(given=tuple(tokens[:start]), surname=" ".join(tokens[start:]), suffix=suffix)


def surname(name: str) -> str:
    """The surname with its particles: "Hugo de Jonge" → "de Jonge"."""
    return parse_name(clean_name(name) or name).surname


def strip_particles(surname_text: str) -> str:
    """The surname without leading particles: "van der Laan" → "Laan"."""
    tokens = surname_text.split()
    i = 0
    while i < len(tokens) - 1:
        for width in (3, 2, 1):
            if i + width < len(tokens) and " ".join(tokens[i : i + width]).lower() in (
                _N.particles
            ):
                i += width
                break
        else:
            break
    return " ".join(tokens[i:])


def name_key(name: str) -> str:
    """A key that is blind to case, accents and Cyrillic romanisation ("Boelgakov" = "Bulgakov")."""
    text = anyascii(name).lower().replace("-", " ").replace("'", "").replace("’", "")
    text = _WS.sub(" ", _KEY_DROP.sub(" ", text)).strip()
    for pattern, repl in _N.translit_rules:
        text = pattern.sub(repl, text)
    for marker, letters in _N.markers.items():
        text = text.replace(marker, letters)
    return text


def surname_key(name: str) -> str:
    """The match key of the surname without particles: "Hugo de Jonge" → "jonge"."""
    return name_key(strip_particles(surname(name)))


def given_key(given: str) -> str:
    """The key of one given name or initial: "H." → "h", "Wolodymyr" → "volodimir"."""
    return name_key(given)


def is_description(text: str) -> bool:
    """Whether a speaker string describes someone without naming them ("een woordvoerder")."""
    tokens = _tokens(text)
    if not tokens:
        return True
    name = clean_name(text)
    if not name:
        return True
    if (tokens[0].lower() in _N.indefinite_articles and not _is_given_name_article(tokens, 0)) \
            or is_joint(text):
        return True
    words = _WS.split(name)
    if (words[-1].lower() in _N.group_words or words[0].lower() in _N.group_words) \
            and not _is_named_organisation(words):
        return True
    if len(words) == 1 and (_plural_role(words[0].lower())
                            or words[0].rsplit("-", 1)[-1].lower() in _N.group_words):
        return True  # "AI-experts", "XYZ-personeel": people described by their role or group
    # A name ends in a capitalised word (or "jr."): "Veel liberalen" is no name.
    last = words[-1]
    return not (_is_capitalised(last) or last.lower() in _N.generation_suffixes
                or last[:1].isdigit())


def _is_named_organisation(words: list[str]) -> bool:
    """"Severnside Police": capitalised words ending in a noun that is both a group and an
    organisation word name one force or body, not a group of people ("the police")."""
    return (
        len(words) >= 2
        and all(_is_capitalised(w) for w in words)
        # or an acronym's body written out after it ("XYZ Personeel")
        and (words[-1].lower() in _N.org_words or _is_all_caps(words[0]))
    )


def is_joint(text: str) -> bool:
    """Whether a speaker string names several sources at once ("VVD en D66", "Kramer en Verbeek")."""
    parts = _JOINT.split(text.strip())
    if len(parts) < 2:
        return False
    left = _tokens(parts[0])
    # "Ministerie van Justitie en Veiligheid" is one organisation, not two sources.
    if any(_is_org_word(t.lower()) for t in left) and not _is_all_caps(left[-1]):
        return False
    return all(any(_is_capitalised(t) for t in _tokens(p)) for p in parts[:1]) and any(
        _tokens(p) for p in parts[1:]
    )


def guess_type(name: str) -> ActorType:
    """"organisation" for abbreviations and institution names ("RIVM", "het Kremlin"), else "person".

    Only the name counts, not its role: "MP Jane Doe" and "Secretary of State Jane Doe"
    are persons although "MP" is an abbreviation and "State" an organisation word.
    """
    tokens = _tokens(name)
    if not tokens:
        return "person"
    if tokens[0].lower() in _N.thing_articles:
        return "organisation"
    named = _tokens(split_role(name)[0]) or tokens
    if any(_is_all_caps(t) and len(t) <= 8 for t in named):
        return "organisation"
    if any(_is_org_word(t.lower()) for t in named):
        return "organisation"
    return "person"


def acronym(name: str) -> str | None:
    """The initials of a multi-word organisation name: "Verenigde Naties" → "VN"."""
    words = [t for t in _tokens(name) if _is_capitalised(t)]
    if len(words) < 2:
        return None
    return "".join(w[0] for w in words).upper()
