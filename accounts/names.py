"""People's names as users type them and as emails carry them.

A name (a user's display name, an interviewer's name) ends up in email headers (From,
To, Reply-To) and subjects that reach third parties. So a name is one line of text and
never a link: ``validate_person_name`` refuses control characters and URLs in forms, and
``one_line`` flattens what older rows may still hold whenever an email is built, so a
header never breaks.
"""

from __future__ import annotations

import re
import unicodedata

from django.core.exceptions import ValidationError

# Line and paragraph separators, and the bidirectional overrides used to disguise text.
_INVISIBLE_OR_BREAKING = {"Cc", "Zl", "Zp"}
_BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

# What a link looks like inside a name: a scheme, "www.", or a host name ending in a
# common top-level domain ("evil-login.com", "bit.ly/x"). A name such as "J.R. Smith" or
# "St. John" is none of these. Linear: no nested or overlapping quantifiers.
_COMMON_TLDS = (
    "com|net|org|info|biz|io|co|me|ly|gl|gd|to|app|dev|xyz|top|site|online|link|click|"
    "live|shop|store|club|ru|cn|tk|ml|ga|cf|us|uk|de|fr|nl|eu|ca|au|in|br|es|it|pl|se|ch"
)
_URL = re.compile(
    rf"[a-z][a-z0-9+.-]*://|\bwww\.|\b[a-z0-9-]+\.(?:{_COMMON_TLDS})\b",
    re.IGNORECASE,
)


def has_control_characters(value: str) -> bool:
    return any(
        unicodedata.category(char) in _INVISIBLE_OR_BREAKING or char in _BIDI_CONTROLS
        for char in value
    )


def validate_person_name(value: str) -> None:
    """A name on one line, without links (a form field validator)."""
    if has_control_characters(value):
        raise ValidationError(
            "A name can’t contain line breaks, tabs or other control characters: "
            "type it on one line.",
            code="control_characters",
        )
    if _URL.search(value):
        raise ValidationError(
            "A name can’t contain a web address or a link: it appears in emails to other "
            "people. Type just the name.",
            code="url",
        )


def one_line(value: str) -> str:
    """``value`` with control characters and line breaks turned into single spaces."""
    if not value:
        return ""
    cleaned = "".join(
        " "
        if unicodedata.category(char) in _INVISIBLE_OR_BREAKING or char in _BIDI_CONTROLS
        else char
        for char in value
    )
    return " ".join(cleaned.split())


# Capitals

# Words that stay lower case inside a name ("Ludwig van Beethoven", "Maria de la Cruz"),
# though not at its start.
_PARTICLES = frozenset({
    "da", "das", "de", "del", "della", "der", "des", "di", "do", "dos", "du", "la", "le",
    "van", "von", "den", "ter", "ten", "y", "e", "bin", "ibn", "bint", "zu", "af", "av",
    "dela", "delos", "delas",
})  # fmt: skip
_UPPER_WORDS = frozenset({"ii", "iii", "iv", "vi", "vii", "viii", "ix", "phd", "md"})
_TITLE_WORDS = {"jr": "Jr", "jr.": "Jr.", "sr": "Sr", "sr.": "Sr."}


def proper_case(name: str) -> str:
    """'maya okafor' -> 'Maya Okafor'; 'MARIA DE LA CRUZ' -> 'Maria de la Cruz';
    "sean o'brien-mcdonald" -> "Sean O'Brien-McDonald"."""
    words = name.split()
    return " ".join(_proper_word(word, first=index == 0) for index, word in enumerate(words))


def capitals_offer(name: str) -> str:
    """The proper-cased name when ``name`` is typed all in lower case or all in capitals
    ('maya okafor', 'MAYA OKAFOR'); '' when it has capitals of its own or nothing changes."""
    if not any(char.isalpha() for char in name):
        return ""
    if name != name.lower() and name != name.upper():
        return ""  # "Maya okafor", "McKenzie": capitals the user chose
    proper = proper_case(name)
    return proper if proper != " ".join(name.split()) else ""


def _proper_word(word: str, *, first: bool) -> str:
    lower = word.lower()
    if lower in _PARTICLES and not first:
        return lower
    if lower in _UPPER_WORDS and not first:
        return lower.upper()
    if lower in _TITLE_WORDS and not first:
        return _TITLE_WORDS[lower]
    return "-".join(_proper_part(part) for part in lower.split("-"))


def _proper_part(part: str) -> str:
    """'mcdonald' -> 'McDonald'; "o'brien" -> "O'Brien"; "d'angelo" -> "D'Angelo"."""
    for apostrophe in ("'", "’"):
        head, found, rest = part.partition(apostrophe)
        if found and len(head) == 1 and rest:
            return f"{head.upper()}{apostrophe}{_capitalised(rest)}"
    if part.startswith("mc") and len(part) > 3:
        return "Mc" + _capitalised(part[2:])
    return _capitalised(part)


def _capitalised(part: str) -> str:
    return part[:1].upper() + part[1:]
