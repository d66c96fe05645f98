"""What the checker knows about the interview a letter follows up on.

The app fills it from the interview (recipient, company, role, the panel's names, the
notes on what was discussed and the problem mentioned), the user's wizard answers and
the companies of the user's other interviews; ``manage.py letter_check`` from its
options. Every field may be empty: the checks then judge the letter on its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from letters.quality.patterns import BUZZWORDS, GENERIC_NOUNS, STOPWORDS, TITLES
from letters.quality.text import content_parts, fold, name_tokens, stem, tokens

MAX_NOTES_CHARS = 20_000  # notes beyond this tell the checker nothing more


@dataclass(frozen=True)
class Context:
    recipient: str = ""
    company: str = ""
    role: str = ""
    sender: str = ""  # the user's own name: the signature's
    interview_date: date | None = None  # the interview's day, in the user's zone
    known_names: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()  # what was discussed, the problem mentioned
    answers: tuple[str, ...] = ()  # the user's wizard answers
    other_companies: tuple[str, ...] = ()
    personal_words: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def build(
        cls,
        *,
        recipient: str = "",
        company: str = "",
        role: str = "",
        sender: str = "",
        interview_date: date | None = None,
        known_names: Iterable[str] = (),
        notes: Iterable[str] = (),
        answers: Iterable[str] = (),
        other_companies: Iterable[str] = (),
        personal_words: Iterable[str] = (),
    ) -> Context:
        def clean(values: Iterable[str]) -> tuple[str, ...]:
            return tuple(v[:MAX_NOTES_CHARS] for v in values if v and v.strip())

        role = (role or "").strip()
        return cls(
            recipient=(recipient or "").strip(),
            company=(company or "").strip(),
            role=role,
            sender=(sender or "").strip()[:200],
            interview_date=interview_date,
            # The app lists the role among the names; it is no name to capitalise.
            known_names=tuple(n for n in clean(known_names) if fold(n.strip()) != fold(role)),
            notes=clean(notes),
            answers=clean(answers),
            other_companies=tuple(
                c for c in clean(other_companies) if fold(c.strip()) != fold(company or "")
            ),
            personal_words=frozenset(fold(w) for w in personal_words if w),
        )

    @cached_property
    def name_words(self) -> set[str]:
        """Folded words of the people, the company and the role: naming them says
        nothing concrete about the conversation."""
        names = (self.recipient, self.company, self.role, *self.known_names)
        return {fold(w) for n in names for w in name_tokens(n)} - TITLES

    @cached_property
    def names_as_written(self) -> frozenset[str]:
        """The people and the company as the user wrote them: their casing is right."""
        names = (self.recipient, self.company, self.sender, *self.known_names)
        return frozenset(n for n in names if n)

    @cached_property
    def recipient_words(self) -> set[str]:
        return {fold(w) for w in name_tokens(self.recipient)} - TITLES

    @cached_property
    def note_stems(self) -> frozenset[str]:
        """Stems of the content words of the notes and answers: a letter that shares
        them echoes something real from the interview."""
        stems = set()
        for text in (*self.notes, *self.answers):
            for word in tokens(text):
                for part in content_parts(word):
                    if is_content(part) and fold(part) not in self.name_words:
                        stems.add(stem(part))
        return frozenset(stems)

    @cached_property
    def interview_stems(self) -> frozenset[str]:
        """Stems of the interview notes alone (not the user's own answers): what the
        reader said, which an offer must add to, not only repeat."""
        return frozenset(
            stem(part)
            for text in self.notes
            for word in tokens(text)
            for part in content_parts(word)
            if is_content(part) and fold(part) not in self.name_words
        )

    @cached_property
    def used_words(self) -> frozenset[str]:
        """Folded words of the notes and answers: the trade's words as the interviewer and
        the user write them ("mise", "perio"), never spelling mistakes."""
        return frozenset(fold(w) for t in (*self.notes, *self.answers) for w in name_tokens(t))

    @cached_property
    def proper_nouns(self) -> frozenset[str]:
        """Folded capitalised words from everything the user told us: never misspelled."""
        texts = (self.recipient, self.company, self.role, *self.known_names, *self.notes,
                 *self.answers, *self.other_companies)  # fmt: skip
        return frozenset(fold(w) for t in texts for w in name_tokens(t) if w[:1].isupper())


def is_content(word: str) -> bool:
    """A word that can name something: not grammar, not a buzzword, not a generic noun."""
    return (
        len(word) >= 3
        and word not in STOPWORDS
        and word not in BUZZWORDS
        and word not in GENERIC_NOUNS
        and not word[:1].isdigit()
    )
