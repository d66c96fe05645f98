"""Read the company, the role and the round from an interview invite's title.

Pure and bounded: the title is cut to MAX_TITLE_CHARS, split into words once, and
every step is a single pass over those words (no regular expression that could
backtrack). The title is cut into parts at separators ("-", "|", ":", "<>", "x",
"at", "with", "for", "between", a parenthesis), each part is classed as a stage
("Final round"), a person (a name known from the invite), a role (it holds a job
noun such as "Engineer" or "Nurse") or unknown, and the connectors decide which
part names the company: "Role at Company", "Interview with Company",
"Candidate <> Company", "Company | Role | Round", "Role – Round – Company".
A person's name is never taken as the company.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass

from interviews import title_words as vocab

MAX_TITLE_CHARS = 300
JOB_NOUNS = vocab.JOB_NOUNS
MAX_FIELD_CHARS = 200  # Interview.company and Interview.role

ROUND_OTHER = "other"
# Interview.Round values, most telling first; plain words, so the search is linear.
_ROUND_WORDS = (
    ("final", r"final|last round|onsite loop"),
    ("screening", r"screen(?:ing)?|recruiter|intro(?:ductory)? call|phone call"),
    ("second", r"second|2nd|round 2|round two"),
    ("first", r"first|1st|round 1|round one"),
)
_ROUND_PATTERNS = tuple(
    (value, re.compile(rf"\b(?:{words})\b", re.IGNORECASE)) for value, words in _ROUND_WORDS
)


@dataclass(frozen=True)
class TitleGuess:
    company: str = ""
    role: str = ""
    round: str = ROUND_OTHER


def guess_round(text: str) -> str:
    """'Final round - Acme' -> final; 'Recruiter call' -> screening; unsure -> other."""
    for value, pattern in _ROUND_PATTERNS:
        if pattern.search(text):
            return value
    return ROUND_OTHER


def guess_company_and_role(summary: str) -> tuple[str, str]:
    """(company, role) from a title alone, when nobody's name is known."""
    guess = read_title(summary)
    return guess.company, guess.role


def read_title(
    summary: str, *, names: Iterable[str] = (), domains: Iterable[str] = ()
) -> TitleGuess:
    """Best guess at company, role and round; empty strings when the title does not say.

    ``names`` are the people of the invite (the user first): never the company.
    ``domains`` are company labels from their email addresses ("harborfreight"):
    a part that spells one is the company.
    """
    text = " ".join(_without_wrappers(summary[:MAX_TITLE_CHARS]))
    main, asides = _split_asides(text)
    people = _People(names)
    parts = [*_parts(main.split()), *asides]
    for part in parts:
        part.kind = _kind(part, people)
    company, role = _choose(parts, domains=[_squash(d) for d in domains if len(_squash(d)) > 2])
    return TitleGuess(company=tidy(company), role=tidy(role), round=guess_round(text))


def tidy(text: str, *, limit: int = MAX_FIELD_CHARS) -> str:
    """One line, without the dashes, bars and commas a title leaves around a part."""
    return " ".join(text.split()).strip(" -–—|:,;/")[:limit].strip()


def _plain(word: str) -> str:
    return word.strip(".,;!?#()[]\"'").lower()


def _squash(text: str) -> str:
    return "".join(char for char in text.lower() if char.isalnum())


def _without_wrappers(text: str) -> list[str]:
    """The title's words without "Invitation:", "FW:" and Google's "@ Tue Mar 10, …"."""
    for glued, spaced in vocab.GLUED:
        text = text.replace(glued, spaced)
    for _ in range(3):  # "FW: Updated invitation: …"
        lowered = text.lower()
        wrapper = next((w for w in vocab.WRAPPERS if lowered.startswith(w)), "")
        if not wrapper:
            break
        text = text[len(wrapper) :].lstrip()
    words = text.split()
    for index, word in enumerate(words[:-1]):
        if word == "@" and words[index + 1][:3].lower() in vocab.WEEKDAYS:
            return words[:index]
    return words


# Parts


@dataclass
class _Part:
    text: str
    connector: str = ""  # what came before it: "-", "party", "at", "with", "for", "between"
    source: str = "title"  # or "paren", "bracket"
    kind: str = ""  # "stage", "person", "role", "company", "unknown"
    next_connector: str = ""


def _split_asides(text: str) -> tuple[str, list[_Part]]:
    """'Acme (Platform Engineer)' -> 'Acme', [Platform Engineer]; '[Initech] …' too."""
    main, aside, asides, depth = [], [], [], 0
    for char in text:
        if char in "([":
            if depth == 0:
                aside = []
            depth += 1
            if depth == 1:
                continue
        elif char in ")]" and depth:
            depth -= 1
            if depth == 0:
                source = "bracket" if char == "]" else "paren"
                asides.append(_Part("".join(aside).strip(), source=source))
                main.append(" ")
                continue
        (aside if depth else main).append(char)
    if depth:  # an unclosed parenthesis: keep its words in the title
        main += [" ", *aside]
    return "".join(main), [part for part in asides if part.text]


def _parts(words: list[str]) -> list[_Part]:
    parts: list[_Part] = []
    current: list[str] = []
    connector = ""

    def flush(next_connector: str) -> None:
        nonlocal current
        if current:
            parts.append(_Part(" ".join(current), connector=connector))
            current = []
        if parts:
            parts[-1].next_connector = next_connector

    for word in words:
        separator = vocab.SEPARATORS.get(word.lower())
        if separator == "party" and not current:  # "X Æ A-12" is a word, "A x B" a party
            separator = None
        if separator:
            flush(separator)
            connector = separator
        elif word.endswith(":") and len(word) > 1:
            current.append(word[:-1])
            flush("-")
            connector = "-"
        else:
            current.append(word)
    flush("")
    return parts


class _People:
    """The names of the invite's people, to recognise them in a title."""

    def __init__(self, names: Iterable[str]):
        self.names = [words for name in names if (words := _plain_words(name))]

    def includes(self, text: str) -> bool:
        """'Sam Lee', 'Sam', 'Jane Doe and Sam Lee' are people when a name matches."""
        words = _plain_words(text)
        if not words:
            return False
        halves = _split_words(words, {"and", "&", "+", ","})
        return any(self._is_name(half) for half in halves)

    def _is_name(self, words: list[str]) -> bool:
        return bool(words) and any(set(words) <= set(name) for name in self.names)


def _plain_words(text: str) -> list[str]:
    return [plain for word in text.split() if (plain := _plain(word))]


def _split_words(words: list[str], separators: set[str]) -> list[list[str]]:
    groups: list[list[str]] = [[]]
    for word in words:
        if word in separators:
            groups.append([])
        else:
            groups[-1].append(word)
    return [group for group in groups if group]


def _without_stage(words: list[str]) -> list[str]:
    """'Senior Data Engineer Interview' -> 'Senior Data Engineer'; 'Final round' -> ''."""
    words = [word for word in words if not _is_requisition(word)]
    end, after_noun = len(words), False
    while end:
        word = _plain(words[end - 1])
        before = _plain(words[end - 2]) if end > 1 else ""
        if word in vocab.EVENT_NOUNS:
            end, after_noun = end - 1, True
        elif (
            word in vocab.FILLERS or word.isdigit() and (after_noun or before in vocab.EVENT_NOUNS)
        ):
            end -= 1
        elif after_noun and (before, word) in vocab.MODIFIER_PAIRS:
            end -= 2
        elif after_noun and word in vocab.MODIFIERS:
            end -= 1
        else:
            break
    return words[:end]


def _is_requisition(word: str) -> bool:
    """'R0045123', 'JR104512', 'REQ-2231', '#4410': a job board's number, not a name."""
    plain = word.strip("()[]#,").replace("-", "")
    letters = len(plain) - len(plain.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"))
    digits = plain[letters:]
    return len(digits) >= 3 and digits.isdigit() and letters <= 4


def _kind(part: _Part, people: _People) -> str:
    if part.connector == "between" or people.includes(part.text):
        return "person"
    words = _without_stage(part.text.split())
    part.text = " ".join(words)
    plain = [_plain(word) for word in words]
    if not words or all(word in vocab.TOOLS or word in vocab.MODIFIERS for word in plain):
        return "stage"
    if " ".join(plain).replace("-", " ") in vocab.DECIDERS:  # "(Hiring Manager)": who, not the role
        return "stage"
    if people.includes(part.text):
        return "person"
    if plain[-1] in vocab.COMPANY_WORDS:
        return "company"
    if any(word in vocab.JOB_NOUNS or word.removesuffix("s") in vocab.JOB_NOUNS for word in plain):
        return "role"
    return "unknown"


# Choosing


def _choose(parts: list[_Part], *, domains: list[str]) -> tuple[str, str]:
    companies: list[tuple[int, int, str]] = []  # (rank, position, text): lowest rank wins
    roles: list[tuple[int, int, str]] = []
    pool: list[tuple[int, str]] = []  # unknown parts in title order
    for position, part in enumerate(parts):
        kind, text = part.kind, part.text
        if kind in ("stage", "person"):
            continue
        named = kind in ("company", "unknown")
        if named and any(_spells(text, domain) for domain in domains):
            companies.append((0, position, text))
        elif part.source in ("bracket", "paren"):
            # "Registered Nurse (ICU)": a short capitalised aside qualifies, and names
            # the company only when nothing else does.
            rank = 4 if text.isupper() and len(text) <= 4 else 1
            (companies if named else roles).append((rank, position, text))
        elif part.connector == "at":
            companies.append((1, position, text))
        elif part.connector == "for" or part.next_connector == "at":
            (roles if kind == "role" or kind == "unknown" else companies).append(
                (1, position, text)
            )
        elif named and (
            part.connector == "with" or "party" in (part.connector, part.next_connector)
        ):
            companies.append((2, position, text))
        elif named and part.next_connector == "between":
            companies.append((3, position, text))
        elif kind == "role":
            roles.append((2, position, text))
        elif kind == "company":
            companies.append((3, position, text))
        else:
            pool.append((position, text))
    role = min(roles)[2] if roles else ""
    if companies:
        return min(companies)[2], role
    if not pool or len(parts) == 1:  # a bare "Sam Lee and Jordan Kim" names nobody who hires
        return "", role
    # "Acme | Backend": the first unnamed part is who hires, the next one the role.
    company = pool[0][1]
    if not role and len(pool) > 1:
        role = pool[1][1]
    return company, role


def _spells(text: str, domain: str) -> bool:
    """'HarborFreight Logistics' spells harborfreight.com; 'Acme Corp' acme-corp.com."""
    squashed = _squash(text)
    return len(squashed) > 2 and (squashed.startswith(domain) or domain.startswith(squashed))
