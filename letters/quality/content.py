"""The letter's frame: a specific subject, a length a busy person reads, and no
company other than the one it goes to."""

from __future__ import annotations

from letters.quality.context import Context
from letters.quality.patterns import GENERIC_SUBJECT_WORDS
from letters.quality.rules import CAPPED_LENGTH, Finding, finding
from letters.quality.text import fold, name_tokens, tokens

MIN_WORDS = 75
IDEAL_MAX_WORDS = 200
MAX_WORDS = 250
MAX_OTHER_COMPANIES = 50


def check_subject(subject: str) -> list[Finding]:
    words = set(tokens(subject[:500]))
    if not words:
        return [finding("vague_subject", "The subject line is empty.")]
    if words <= GENERIC_SUBJECT_WORDS:
        message = f"The subject “{subject.strip()}” could be any candidate's follow-up."
        return [finding("vague_subject", message)]
    return []


def check_length(word_count: int, counted_words: int) -> list[Finding]:
    """``counted_words`` leaves out hollow sentences: padding never makes a letter long
    enough."""
    if counted_words < MIN_WORDS:
        words = f"{counted_words} words" + (" of substance" if counted_words < word_count else "")
        message = f"At {words} there is no room for a moment, a result and an idea."
        return [finding("too_short", message)]
    if word_count > CAPPED_LENGTH:
        message = (
            f"At {word_count} words, over {CAPPED_LENGTH}, few decision-makers read it to the end."
        )
        return [finding("too_long", message, capped=True)]
    if word_count > MAX_WORDS:
        return [finding("too_long", f"At {word_count} words it reads like a second cover letter.")]
    if word_count > IDEAL_MAX_WORDS:
        message = f"At {word_count} words it is a little long for a busy decision-maker."
        return [finding("long", message)]
    return []


def check_other_companies(subject: str, body: str, context: Context) -> list[Finding]:
    """The letter names a company of another of the user's interviews: a reused letter."""
    words = [fold(w) for w in name_tokens(f"{subject}\n{body}")]
    if not words:
        return []
    present = set(words)  # a company whose first word is not in the letter is not in it
    for company in context.other_companies[:MAX_OTHER_COMPANIES]:
        wanted = [fold(w) for w in name_tokens(company)]
        if wanted and wanted[0] in present and _contains(words, wanted):
            message = (
                f"The letter names {company.strip()}, not {context.company or 'this company'}."
            )
            return [
                finding(
                    "other_company", message, capped=True, name=company.strip(),
                    company=context.company or "this company",
                )
            ]  # fmt: skip
    return []


def _contains(words: list[str], wanted: list[str]) -> bool:
    first, size = wanted[0], len(wanted)
    return any(w == first and words[i : i + size] == wanted for i, w in enumerate(words))
