"""Whom the letter greets: the recipient by name, or someone else, or nobody."""

from __future__ import annotations

from dataclasses import dataclass

from letters.quality.context import Context
from letters.quality.patterns import GENERIC_ADDRESSEES, GREETING_WORDS, NOT_NAMES, RANKS, TITLES
from letters.quality.rules import Finding, finding
from letters.quality.text import (
    first_name,
    fold,
    may_be_short_for,
    name_tokens,
    near_miss,
    salutation,
)

# Addressees that greet a group: the people met, if not by name. "Dear Hiring Manager" or
# "Sir or Madam" stands where one person's name belongs, the blank of a form letter.
GROUPS = frozenset(
    {"team", "panel", "committee", "all", "everyone", "everybody", "folks", "colleagues",
     "interviewers", "recruiters", "managers", "guys", "y'all"}
)  # fmt: skip
GREETING_SCAN = 200  # a greeting is short; never scan a long first line
NAME_STOPS = ",:;!?—–()\n"
# Greetings of more than one word, or spelt with an apostrophe, as the regions write them:
# "G'day Karen,", "Kia ora Sam,", "Dia dhuit Aoife,". Matched on the line as written.
GREETING_PHRASES = (
    "g'day", "g’day", "gday", "kia ora", "dia dhuit", "dia duit", "good day", "howdy",
    "hiya", "aloha", "morena", "bore da", "ahoy",
)  # fmt: skip


@dataclass(frozen=True)
class Greeting:
    words: tuple[str, ...]  # the words naming whom it greets, as written

    @property
    def folded(self) -> set[str]:
        return {fold(w) for w in self.words}


def read_greeting(body: str) -> Greeting | None:
    """The greeting on the letter's first line, or None without one."""
    first_line = next((line for line in body.splitlines() if line.strip()), "")
    line = first_line.strip()[:GREETING_SCAN]
    words = name_tokens(line)
    if not words:
        return None
    lowered = [w.lower() for w in words]
    if lowered[:4] == ["to", "whom", "it", "may"]:
        return Greeting(("whom", "concern"))
    opener = next((p for p in GREETING_PHRASES if _opens_with(line.lower(), p)), None)
    if opener:
        cut = min((i for i, c in enumerate(line) if c in NAME_STOPS), default=len(line))
        named = name_tokens(line[len(opener) : max(cut, len(opener))])
        named = named or _named_after_comma(line[len(opener) :])
        return Greeting(tuple(w for w in named if w.lower() not in TITLES)[:4])
    if lowered[0] in GREETING_WORDS:
        skip = (
            2
            if lowered[:2] in (["good", "morning"], ["good", "afternoon"], ["good", "evening"])
            else 1
        )
        cut = min((i for i, c in enumerate(line) if c in NAME_STOPS), default=len(line))
        named = name_tokens(line[:cut])[skip:]
        if not named:
            end = 0
            for word in lowered[:skip]:
                end = line.lower().find(word, end) + len(word)
            named = _named_after_comma(line[end:])
        return Greeting(tuple(w for w in named if w.lower() not in TITLES)[:4])
    if (
        line.endswith((",", "-", "–", "—"))
        and len(words) <= 3
        and all(w[:1].isupper() for w in words)
    ):
        return Greeting(tuple(w for w in words if w.lower() not in TITLES))  # "Margaret,"
    return None


NAME_WORDS = 4  # "Dr. Ma. Luisa Santos": a title, an initial, two names


def _named_after_comma(rest: str) -> list[str]:
    """ "Good day, Dr. Venter!", "Hi, Pieter,": the name after the greeting's comma,
    when what follows it is a name (capitalised words, no "I"), not "Hello, hope you're
    well" or "Hi, I'm Tom"."""
    if not rest.startswith(","):
        return []
    rest = rest[1:]
    cut = min((i for i, c in enumerate(rest) if c in NAME_STOPS), default=len(rest))
    words = name_tokens(rest[:cut])
    if not words or len(words) > NAME_WORDS:
        return []
    if any(not w[:1].isupper() or w.lower() == "i" or w.lower().startswith("i'") for w in words):
        return []
    return words


def _opens_with(line: str, phrase: str) -> bool:
    """The line opens with the phrase as whole words ("g'day karen", not "gdayton")."""
    return line.startswith(phrase) and not line[len(phrase) : len(phrase) + 1].isalnum()


def check_greeting(greeting: Greeting | None, context: Context) -> list[Finding]:
    recipient = context.recipient_words
    name = salutation(context.recipient) or "FirstName"
    if greeting is None or not greeting.words:
        message = (
            f"The letter doesn't open with {context.recipient or 'the decision-maker'}'s name."
        )
        return [finding("missing_name", message, name=name)]
    greeted = greeting.folded - NOT_NAMES
    if greeted and greeted <= GENERIC_ADDRESSEES and recipient <= GENERIC_ADDRESSEES:
        # "Dear Hiring Team" with "Hiring Team" on record: still nobody in particular.
        return [finding("generic_greeting", "The greeting addresses nobody in particular.",
                        name="FirstName")]  # fmt: skip
    known = [w for n in (context.recipient, *context.known_names) for w in name_tokens(n)]
    for word in greeting.words:
        if fold(word) not in GENERIC_ADDRESSEES | NOT_NAMES and (near := near_miss(word, known)):
            message = f"The greeting spells the name “{word}”; did you mean “{near}”?"
            return [finding("misspelled_name", message, name=near)]
    if greeted & recipient:
        return []
    if greeted and greeted <= RANKS:
        return []  # "Hi Chef,", "Dear Captain,": how their trade greets them, by rank
    if greeting.folded & GENERIC_ADDRESSEES:
        if recipient:
            # The team you met, greeted as a team, is impersonal; a form letter's blank
            # where their name belongs tells them the letter was written for anyone.
            message = f"“{' '.join(greeting.words)}” to {context.recipient}, whom you met."
            capped = not greeting.folded & GROUPS
            return [finding("generic_greeting", message, capped=capped, name=name)]
        return [finding("generic_greeting", "The greeting addresses nobody in particular.",
                        name=name)]  # fmt: skip
    company = {fold(w) for w in name_tokens(context.company)}
    others = greeted - company
    if recipient and others:
        wrong = " ".join(w for w in greeting.words if fold(w) in others)
        first = first_name(context.recipient)
        if len(others) == 1 and may_be_short_for(next(iter(others)), first):
            # "Hi Liz," to Elizabeth, "Hi Mike," to Michael: what they may go by. Told,
            # but no cap: the writer heard the name they were introduced by.
            message = (
                f"The greeting says {wrong}; the letter is for {context.recipient}. "
                f"Keep it if {wrong} is what they asked to be called."
            )
            return [finding("wrong_name", message, name=name)]
        message = f"The greeting names {wrong}, but the letter is for {context.recipient}."
        return [finding("wrong_name", message, capped=True, name=name)]
    if not recipient and others:
        return []  # any name will do without a recipient
    message = f"The letter doesn't open with {context.recipient or 'the decision-maker'}'s name."
    return [finding("missing_name", message, name=name)]
