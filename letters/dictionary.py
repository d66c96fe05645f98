"""The user's own dictionary: words the spelling check never flags for them."""

from __future__ import annotations

from letters.models import PersonalWord
from letters.quality.text import fold


class DictionaryError(Exception):
    """Why a word cannot be added; the message is shown to the user."""


def personal_word_add(*, owner, word: str) -> PersonalWord:
    """Add ``word`` (as the checker compares it: lower case, no accents) to ``owner``'s
    dictionary. Bounded: one word of letters, up to 40 characters, 500 words a user."""
    cleaned = fold(word.strip())
    if not cleaned or len(cleaned) > PersonalWord.MAX_LENGTH:
        raise DictionaryError(f"A word has 1 to {PersonalWord.MAX_LENGTH} letters.")
    if not all(c.isalpha() or c in "'-" for c in cleaned) or not cleaned[0].isalpha():
        raise DictionaryError("Only a single word of letters can go in your dictionary.")
    existing = PersonalWord.objects.filter(owner=owner, word=cleaned).first()
    if existing:
        return existing
    if PersonalWord.objects.filter(owner=owner).count() >= PersonalWord.MAX_PER_USER:
        raise DictionaryError(f"Your dictionary is full ({PersonalWord.MAX_PER_USER} words).")
    word_row, _ = PersonalWord.objects.get_or_create(owner=owner, word=cleaned)
    return word_row
