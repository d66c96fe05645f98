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
