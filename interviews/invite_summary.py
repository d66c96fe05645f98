"""Guess the company and the role from an invite's title.

Pure, like the parser it serves: "Backend Engineer at Acme", "Acme | Final round |
Product Manager", "Invitation: Interview with Globex @ Tue 10 Mar ..." all name
who is hiring and for what; a title that does not say is ("", "") and the user
fills the form in.
"""

import re

_GOOGLE_PREFIX = re.compile(r"^(?:updated\s+)?invitation(?:\s+with\s+note)?\s*:\s*", re.I)
_GOOGLE_DATE_SUFFIX = re.compile(r"\s+@\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b.*$", re.I)
_LABEL_PREFIX = re.compile(
    r"^(?:(?:zoom|teams|google meet|video|phone)\s+)?(?:interview|meeting|call)\s*:\s*", re.I
)
_TRAILING_PARENTHESIS = re.compile(r"\s*\(([^()]+)\)$")
_ROLE_AT_COMPANY = re.compile(r"^(?P<role>.+?)\s+(?:interview\s+)?at\s+(?P<company>.+)$", re.I)
_ROLE_WITH_COMPANY = re.compile(r"^(?:(?P<role>.+?)\s+)?interview\s+with\s+(?P<company>.+)$", re.I)
_COMPANY_X_PERSON = re.compile(r"^(?P<company>.+?)\s+(?:x|×|<>)\s+.+$", re.I)
_SEPARATOR = re.compile(r"\s+[-–—/]\s+|\s*\|\s*|:\s+")
_INTERVIEW_WORD = re.compile(r"\binterview\b", re.I)
_STAGE_WORDS = frozenset({
    "interview", "final", "first", "second", "third", "round", "technical", "phone", "video",
    "screen", "screening", "onsite", "on-site", "panel", "loop", "hiring", "manager",
    "recruiter", "intro", "introductory", "culture", "fit", "behavioral", "behavioural",
    "coding", "call", "chat", "debrief", "remote", "hybrid", "virtual", "in-person",
    "rescheduled", "updated", "tentative",
})  # fmt: skip


def guess_company_and_role(summary: str) -> tuple[str, str]:
    """Best guess at (company, role) from an event title; ("", "") when unsure."""
    text = _GOOGLE_DATE_SUFFIX.sub("", _GOOGLE_PREFIX.sub("", summary.strip()))
    text = _LABEL_PREFIX.sub("", text)
    company = ""
    if match := _TRAILING_PARENTHESIS.search(text):
        if not _is_stage(match[1]):
            company = match[1]
        text = text[: match.start()]
    for pattern in (_ROLE_AT_COMPANY, _ROLE_WITH_COMPANY, _COMPANY_X_PERSON):
        if match := pattern.match(text):
            found = match.groupdict()
            return tidy(company or found["company"]), tidy(found.get("role") or "")

    parts = [part for part in _SEPARATOR.split(text) if part.strip() and not _is_stage(part)]
    named_interview = [part for part in parts if _INTERVIEW_WORD.search(part)]
    if company:  # "Jane Doe and Sam Lee - Backend Engineer (Globex)"
        role = (named_interview or parts or [""])[-1]
    elif named_interview:  # "Acme Corp - Senior Data Engineer Interview"
        role = named_interview[0]
        company = next((part for part in parts if part != role), "")
    elif len(parts) > 1:  # "Acme | Final round | Product Manager"
        company, role = parts[0], parts[-1]
    elif parts and _INTERVIEW_WORD.search(text):  # "Acme Corp - Interview"
        company, role = parts[0], ""
    else:
        role = ""
    return tidy(company), tidy(_INTERVIEW_WORD.sub("", role))


def _is_stage(part: str) -> bool:
    """'Final round', 'Round 2', 'Hiring manager interview': when, not who or what."""
    words = part.lower().replace("#", "").split()
    return all(word in _STAGE_WORDS or word[0].isdigit() for word in words)


def tidy(text: str) -> str:
    """One line, without the dashes, bars and commas a title leaves around a part."""
    return re.sub(r"\s+", " ", text).strip(" -–—|:,;")
