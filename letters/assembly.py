"""How a letter is assembled from the wizard's answers.

The letter is the user's own sentences, in order: the connection, the results, the
problem with the idea and what it gains, the question, the closing. Assembly adds only
a greeting, a thanks line and a sign-off, each one of several vetted variants chosen
per letter, and may give a sentence a capital first letter or a final full stop. It
changes nothing else: every other change is a fix the step offered (``fragments``),
and an answer that is still a note is left out with a notice that says so.

Pure functions of plain values, no database.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field, replace
from datetime import date

from accounts.names import proper_case
from letters.answer_case import LANGUAGES, NUMBERED_GRADES, common_word, numbered_grade
from letters.answer_confusions import name_typo
from letters.answer_fixes import TITLE_NOUNS
from letters.answer_slips import slips_hint
from letters.answer_spelling import corrected_word
from letters.answer_words import CLOSED_WORDS, TRADE_SHORT
from letters.draft_repeats import told_twice
from letters.fragments import (
    FIXED,
    LEFT_OUT,
    NEXT_STEP_RE,
    OTHER_THANKS,
    USED,
    Check,
    Facts,
    check_answer,
    is_sign_off_phrase,
    opens_with_thanks,
    sign_off_phrase,
)
from letters.quality.content import check_subject
from letters.quality.context import is_content
from letters.quality.patterns import RANKS
from letters.quality.sentences import split_sentences
from letters.quality.text import (
    NAME_PARTICLES,
    PARENTHESIS_RE,
    content_parts,
    fold,
    name_tokens,
    person_name,
    salutation,
    stem,
    tokens,
)
from letters.trades import offered_closings

SUGGESTED = "suggested"  # an empty answer the step offers one for; the letter has none
MAX_FIT_ITEMS = 3
MIN_WORDS, MAX_WORDS = 75, 200  # a follow-up that gets read: say what to add or cut
PENDING_SLACK = 15  # left-out answers may come back shorter than typed
# Old letters stored the gain as one of three choices; it is not a sentence to carry.
LEGACY_GAIN_CHOICES = frozenset({"efficiency", "profit", "savings"})
VALUE_KEYS = ("value_problem", "value_idea", "value_gain", "value_gain_detail")
ANSWER_ORDER = ("connection", "fit", *VALUE_KEYS, "question", "closing")


RECENT_DAYS = 6  # "on Thursday" is clear for a week; after that it is not the last one


def interview_weekday(day: date | None, *, today: date | None = None) -> str:
    """ "Thursday" for an interview on a Thursday, for the thanks line; "" when the day
    is unknown, or more than a week before ``today`` (when the letter is written)."""
    if day is None:
        return ""
    if today is not None and not 0 <= (today - day).days <= RECENT_DAYS:
        return ""
    return day.strftime("%A")


def choose(options: tuple[str, ...], *, seed: str, part: str) -> str:
    """One of ``options``, the same for the same letter and part, different across
    letters: two letters from the app rarely share a line."""
    return options[zlib.crc32(f"{seed}:{part}".encode()) % len(options)]


@dataclass(frozen=True)
class Notice:
    """What the wizard says about one answer: used, offered a fix, or left out and why.
    ``answer`` is the answer's key; "draft" for the letter's length."""

    answer: str
    message: str
    status: str = USED  # USED, FIXED, LEFT_OUT, SUGGESTED, or "length"
    typed: str = ""
    fix: str = ""
    number: int = 0  # the fit item's place (1-3)
    label: str = ""  # "Result 2", "Your idea"

    @property
    def field(self) -> str:
        """The wizard form's field for this answer: "fit_2", "value_idea", ..."""
        return f"fit_{self.number}" if self.answer == "fit" else self.answer

    @property
    def fixed(self) -> bool:
        return self.status == FIXED

    def as_dict(self) -> dict:
        return {"answer": self.answer, "message": self.message}

    @property
    def left_out(self) -> bool:
        return self.status == LEFT_OUT

    @property
    def suggested(self) -> bool:
        """An empty answer with a suggestion to take in one click (the closing)."""
        return self.status == SUGGESTED

    @property
    def trimmed(self) -> bool:
        """An answer the letter uses without one or more of its sentences, left out to
        keep the letter short (``_without``)."""
        return not self.left_out and CUT_FOR_LENGTH in self.message


@dataclass(frozen=True)
class Draft:
    subject: str
    body: str
    notices: tuple[Notice, ...] = field(default=())

    @property
    def left_out(self) -> list[Notice]:
        return [n for n in self.notices if n.left_out]


# --- the lines assembly adds ------------------------------------------------------

# Each reads like a person writing, and each fits a recruiter or HR as well as the person
# who decides: no "your part in my interview", no "having me in". ``{when}`` is " on
# Thursday" when the interview's day is known and recent, else empty.
# (Seven and four, each about as long as the line it replaced at its place: the same
# letter keeps its length.)
# Each names the company when the record has one: a reader at a firm of several (or HR)
# sees at once which job the letter is about. Each thanks them: a thanks in the closing is
# left out as said twice (set AF: "It was good to speak with you" thanked no one).
THANKS = (
    "Thank you for talking with me{when} about the {role} job{at}.",
    "Thanks for meeting me{when} and telling me more about the {role} job{at}.",
    "Thanks for meeting with me{when} about the {role} position{at}.",
    "Thank you for meeting me{when} about the {role} job{at}.",
    "Thanks for meeting me{when} and talking me through the {role} role{at}.",
    "Thank you for meeting with me{when} about the {role} position{at}.",
    "Thank you for seeing me{when} about the {role} role{at}.",
)
PANEL_THANKS = (
    "Thank you for talking with me{when} about the {role} role{at}.",
    "Thanks for talking with me{when} about the {role} position{at}.",
    "Thanks for speaking with me{when} about the {role} role{at}.",
    "Thank you for speaking with me{when} about the {role} job{at}.",
)
# When the role cannot go in a sentence as typed ("gen ops fx"), or there is none.
NO_ROLE_THANKS = (
    "Thank you for meeting with me{when} about the role{at}.",
    "Thanks for seeing me{when} about the job{at}.",
    "Thanks for meeting me{when} to talk about the role{at}.",
    "Thank you for talking with me{when} about the role{at}.",
)
PANEL_NO_ROLE_THANKS = (
    "Thank you for talking with me{when} about the role{at}.",
    "Thanks for talking with me{when} about the job{at}.",
    "Thanks for speaking with me{when} about the role{at}.",
)
SIGN_OFFS = (
    "Best regards",
    "Kind regards",
    "Best wishes",
    "All the best",
    "With thanks",
    "Warm regards",
    "Many thanks",
    "Regards",
    "Sincerely",
    "Best",
)
THANKS_SIGN_OFFS = frozenset({"With thanks", "Many thanks"})
SUBJECTS = (
    "Thank you for the {role} interview",
    "Following up on the {role} interview",
    "After our conversation about the {role} job",
    "{Role} interview: thank you",
    "Thank you, from {sender}",
)
# When the role cannot go in the subject, the company does: "Following up on our
# conversation" and "Thank you for meeting with me" could be any candidate's, and the
# checker says so (``vague_subject``) about words the user never wrote. "The role at"
# holds for an interview with the company and with a recruiter hiring for it alike.
COMPANY_SUBJECTS = (
    "Following up on the role at {company}",
    "After our conversation about the job at {company}",
    "My interview for the role at {company}",
)
SENDER_SUBJECT = "Thank you, from {sender}"
# Nothing known to name: no role, no company, no sender.
UNKNOWN_SUBJECTS = ("Following up on our conversation", "Thank you for meeting with me")
MAX_SUBJECT_COMPANY_WORDS = 6  # "Royal Berkshire NHS Foundation Trust"; longer is no subject
# A company's legal form that begins in brackets is part of its name: "(Pty) Ltd",
# "(Pvt) Ltd", "(Private) Limited", "(M) Sdn Bhd", "(S) Pte Ltd".
LEGAL_FORM_RE = re.compile(
    r"\([^()]{1,12}\)(?=\s+(?:ltd|limited|llc|inc|plc|sdn|pte|gmbh|bhd)\b\.?)", re.IGNORECASE
)


def greeting(name: str) -> str:
    """ "Dear Dana", or "Dear Dr. Raman" when the name starts with a title; "Dear Chef
    Bellini", "Dear Sister Okafor": the checker's own ``salutation``, with capitals. The
    title keeps its style as typed: "Dr Okafor" (British, no stop) is greeted "Dear Dr
    Okafor", as the user's own sentences name her."""
    who = salutation(name)
    typed = person_name(name).split()
    if who.startswith("Dr. ") and typed and typed[0].lower() == "dr":
        who = f"{typed[0]} {who[4:]}"
    if not who and len(typed) == 1 and typed[0].lower().rstrip(".") in RANKS:
        who = typed[0]  # "Dear Postmaster", "Dear Captain": a rank greets on its own
    return f"Dear {capitalised(who)}" if who else "Dear"


def capitalised(name: str) -> str:
    """ "maya okafor" -> "Maya Okafor": a name's first letters only, nothing else; a
    particle inside it stays as its owner writes it ("Joost van der Berg", "Mr. du
    Plessis"). A word typed all in lower case gets the capitals a name always has
    (``accounts.names.proper_case``: "McLeod", "O'Brien", "Smith-Jones"; "Macdonald" stays,
    as Mackay and Macey are names too); one typed with capitals stays as its owner wrote it."""
    return " ".join(
        w if i and w in NAME_PARTICLES else proper_case(w) if w.islower() else w[:1].upper() + w[1:]
        for i, w in enumerate(name.split())
    )


DETAIL_CUTS = (", ", " - ", " – ", " — ", " / ")
LOOSE_SLASH_RE = re.compile(r" /(?! )|(?<! )/ ")


def _first_part(name: str) -> str:
    """ "Night Cleaning Supervisor – Manchester Airport" -> "Night Cleaning Supervisor":
    the name, not its details (a place, a shift, a section). A slash with a space on one
    side only ("panel beater/ spray painter") separates two titles too."""
    name = LOOSE_SLASH_RE.sub(" / ", name)
    for cut in DETAIL_CUTS:
        name = name.split(cut)[0]
    return name.strip(" ,")


# The last word of a job title: "installer" in "heat pump installer".
TITLE_HEADS = TITLE_NOUNS | {
    "hand", "rider", "messenger", "dispenser", "painter", "gasfitter", "tender", "barista",
    "firefighter", "roofer", "beater", "porter", "cleaner", "carer", "operative", "keeper",
    "diver",
}  # fmt: skip


def _title(role: str) -> str:
    """The role as a title: its first part, or both of two titles joined by a slash
    ("plumber / heat pump installer" -> "plumber and heat pump installer": the interview
    was for both). A part after a slash or a dash ("Butcher / counter", "Data Analyst -
    Supply Chain", "Cabin Crew / Flight Attendant") is left off: blind graders read the
    advertised title whole in a sentence as a form field pasted in (set V)."""
    role = LOOSE_SLASH_RE.sub(" / ", role)
    first, slash, second = role.partition(" / ")
    if slash and " / " not in second:
        one, two = _first_part(first), _first_part(second)
        ends = [part.split()[-1].lower() if part.split() else "" for part in (one, two)]
        if one == first.strip(" ,") and all(end in TITLE_HEADS for end in ends):
            return f"{one} and {two}"
    return _first_part(role)


def _legal_form_kept(bracket: re.Match[str]) -> str:
    return bracket[0] if LEGAL_FORM_RE.match(bracket.string, bracket.start()) else ""


CLIENT_RE = re.compile(r"\((?:for:?|client:?|on behalf of)\s+([^()]{2,80})\)", re.IGNORECASE)


# An agency named after the company it hires for: "X via Y", "X through Y", "X (via Y)".
# Typed in lower case outside brackets: "Walk Through Studios" is a name of its own.
AGENCY_RE = re.compile(
    r"(?<=\S)\s+(?:\((?i:via|through)\s+[^()]{2,80}\)|(?:via|through)\s+[^()]{2,80})\s*$"
)


def company_phrase(company: str) -> str:
    """ "National Ambulance Service – Emergency Operations Centre" -> "National Ambulance
    Service", "Polished Nail Bar, Southport" -> "Polished Nail Bar": a letter names the
    company as people say it."""
    if client := CLIENT_RE.search(company or ""):
        # "Meridian Staffing (for Harbor Freight Foods)": an agency placing for a client;
        # the job is at the client, and the letter may be forwarded there.
        return company_phrase(client.group(1))
    if agency := AGENCY_RE.search(company or ""):
        # "Amazon DFW7 via Staffmark", "Northwind (through Skyline Recruitment)": a site
        # hired through an agency; the job, and the reader, are at the site.
        return company_phrase(company[: agency.start()])
    name = " ".join(PARENTHESIS_RE.sub(_legal_form_kept, company or "").split())
    short = _first_part(name)
    return short if len(short.split()) >= 1 and len(short) > 2 else name.strip()


def role_phrase(role: str) -> str:
    """The role to go mid-sentence: "Journeyman Electrician" -> "journeyman electrician",
    "OTR Driver (CDL-A, reefer)" -> "OTR driver"; acronyms keep their capitals. Shorthand
    is written out ("tower crane op" -> "tower crane operator") and a role typed in
    capitals is not shouted ("SOUS CHEF" -> "sous chef")."""
    role = " ".join(PARENTHESIS_RE.sub("", role or "").split())
    # "Healthcare Assistant (Band 3), Ward 7 Elderly Care" -> "healthcare assistant";
    # "Forklift Operator - Nights" -> "forklift operator": the role, not its details.
    role = _title(role.replace(" ,", ","))
    shouted = role.isupper() and len(role.split()) > 1
    words = []
    typed = role.split()
    for place, word in enumerate(typed):
        plain = word.lower()
        following = typed[place + 1] if place + 1 < len(typed) else ""
        then = typed[place + 2] if place + 2 < len(typed) else ""
        if plain in NUMBERED_GRADES and numbered_grade(plain, following.lower(), then):
            words.append(plain.capitalize())  # "band 5 staff nurse" -> "Band 5 staff nurse"
            continue
        if plain in ROLE_SHORTHAND:
            words.append(ROLE_SHORTHAND[plain])
            continue
        if plain in ROLE_ACRONYMS:
            words.append(plain.upper())
            continue
        if shouted and (len(word) > 3 or common_word(plain)):
            words.append(plain)
            continue
        # "Full-Charge" is Title Case of two words; "CDL-A", "McKinsey" keep theirs
        parts = word.replace("/", "-").split("-")
        upper_inside = any(c.isupper() for part in parts for c in part[1:])
        upper_inside = upper_inside or any(c.isdigit() for c in word)
        if not upper_inside and any(part.lower() in LANGUAGES for part in parts):
            # "French-to-English Translator", "Spanish Teacher": a language keeps its capital
            pieces = re.split(r"([-/])", word)
            plain = "".join(LANGUAGES.get(piece.lower(), piece.lower()) for piece in pieces)
        words.append(word if upper_inside or len(word) == 1 else plain)
    if len(words) > 1 and _numbered_title(typed[-1]):
        # "Wastewater Treatment Plant Operator II": a grade's numeral makes the role a
        # title of its own, written with capitals ("the operator II job" reads as a slip)
        words = [_title_word(w) for w in words[:-1]] + [typed[-1].upper()]
    return " ".join(words) or "the"


ROMAN_GRADES = frozenset({"ii", "iii", "iv", "v", "vi"})


def _numbered_title(last: str) -> bool:
    """ "II", "iii", "I" (a capital "I" only, as "i" may be the pronoun): a grade's
    numeral ending the role."""
    return last.lower() in ROMAN_GRADES or last == "I"


def _title_word(word: str) -> str:
    """ "operator" -> "Operator", "of" stays, "CFAA" stays."""
    if not word.islower() or word in CLOSED_WORDS:
        return word
    return word[:1].upper() + word[1:]


# Shorthand people type for a job title, written out for the letter.
ROLE_SHORTHAND = {
    "op": "operator", "opr": "operator", "ops": "operations", "mgr": "manager",
    "asst": "assistant", "sr": "senior", "sr.": "senior", "snr": "senior", "jr": "junior",
    "jr.": "junior", "jnr": "junior", "coord": "coordinator", "tech": "technician",
    "eng": "engineer", "engr": "engineer", "rep": "representative", "supv": "supervisor",
    "dev": "developer", "spec": "specialist", "mech": "mechanic", "maint": "maintenance",
    "gen": "general", "admin": "admin", "mgmt": "management", "dept": "department",
    "exec": "executive", "acct": "accounts", "svc": "service", "cust": "customer",
    "yr": "year",
}  # fmt: skip
# Acronyms a role typed in lower case still means ("hr generalist", "rn case manager").
ROLE_ACRONYMS = frozenset({
    "hr", "it", "qa", "ux", "ui", "rn", "lpn", "cna", "hca", "hgv", "lgv", "cdl", "otr",
    "hvac", "cnc", "icu", "cad", "cam", "cctv", "ev", "pa", "ea", "seo", "ppc", "cfo", "ceo",
    "cto", "coo", "vp", "avp", "sql", "aws", "gp",
})  # fmt: skip


def role_for_letter(role: str) -> str:
    """The role as the thanks line and the subject say it, or "" when it cannot go in a
    sentence as typed: its job noun in shorthand ("forklift op"), or a short word nobody
    can spell out ("gen ops fx")."""
    phrase = role_phrase(role)
    if phrase == "the":
        return ""
    typed_words = _title(" ".join(PARENTHESIS_RE.sub("", role).split())).split()
    head = typed_words[-1].lower() if typed_words else ""
    if ROLE_SHORTHAND.get(head, head) != head:
        # "tower crane op": the job's own noun written out is a title the interview
        # never had ("operator"), and the checker would rightly ask which role it is.
        return ""
    typed = {w.lower() for w in role.split()}
    for word in phrase.split():
        if not word.isalpha() or word.isupper() or word.lower() not in typed or len(word) > 3:
            continue
        if not common_word(word.lower()) and word.lower() not in TRADE_SHORT:
            return ""  # "gen ops fx"; not "lab" of "Lab Technician III"
    return phrase


# --- assembling -------------------------------------------------------------------


def check_answers(answers: dict, *, facts: Facts) -> list[Check]:
    """Every answer checked, in the letter's order (fit items one by one)."""
    checks = []
    typed = [v for k, v in answers.items() if k != "fit" and isinstance(v, str)]
    # "Core Payroll" typed so elsewhere keeps its capitals in a Title Case answer
    facts = replace(facts, typed=(*facts.typed, *typed, *fit_items(answers)))
    for key in ANSWER_ORDER:
        if key == "fit":
            for number, item in enumerate(fit_items(answers), start=1):
                if check := check_answer("fit", item, facts=facts, number=number):
                    checks.append(check)
            continue
        value = answers.get(key, "")
        if not isinstance(value, str) or (
            key == "value_gain" and value.strip().lower() in LEGACY_GAIN_CHOICES
        ):
            continue
        said = " ".join(s for c in checks for s in c.sentences)
        if check := check_answer(key, value, facts=replace(facts, said=said)):
            checks.append(_split_kept(check, facts=replace(facts, said=said)))
    return _with_their_idea(checks)


SPLIT_HINT = "so split it if you can."
SPLIT_SAYS_WHO = {
    "value_idea": "“I would …”",
    "value_problem": "“You mentioned …”",
    "connection": "“You …” or “We …”",
}


def _split_kept(check: Check, *, facts: Facts) -> Check:
    """An answer told to split its long sentence, which a split at its last comma would
    take out of the letter (each half then lacks its "I would"): the notice says what
    each sentence needs, so following it never loses the idea and what hangs on it."""
    if not check.used or SPLIT_HINT not in check.message:
        return check
    text = " ".join(check.sentences)
    first, comma, rest = text.rpartition(", ")
    if not comma or len(rest.split()) < 3:
        return check
    split = f"{first}. {rest[:1].upper()}{rest[1:]}"
    after = check_answer(check.key, split, facts=facts, number=check.number)
    if after is None or after.used:
        return check
    who = SPLIT_SAYS_WHO.get(check.key, "“I …”")
    if check.key == "value_problem" and not facts.decision_maker:
        who = "“I understand …”"  # to a recruiter or HR: not "You mentioned"
    return replace(
        check,
        message=check.message.replace(
            SPLIT_HINT,
            f"{SPLIT_HINT[:-1]}: start each new sentence with {who}, so each one says who "
            "does it, or the letter leaves it out.",
        ),
    )


def _with_their_idea(checks: list[Check]) -> list[Check]:
    """The problem and the gain belong to the idea: without the idea in the letter, a
    gain sentence points at nothing, so they are left out too, and say why."""
    idea = next((c for c in checks if c.key == "value_idea"), None)
    if idea is not None and idea.used:
        return checks
    why = (
        (
            "nothing to change here: your idea is not in the letter yet, and this "
            "belongs with it. Change Your idea as its notice says, and this comes back."
        )
        if idea
        else "you have not written an idea yet, and this belongs with it. Write the idea "
        "as a sentence and this comes back."
    )
    return [
        c.left_out(f"Not in your letter: {why}") if c.key in VALUE_KEYS and c.used else c
        for c in checks
    ]


def assemble(
    *,
    answers: dict,
    recipient_name: str,
    sender_name: str,
    company: str,
    role: str,
    is_decision_maker: bool,
    seed: str = "",
    trade: str = "",
    interview_day: str = "",
    discussed: str = "",
    problem: str = "",
) -> Draft:
    """The letter the answers add up to, with a notice on every answer. ``seed`` (the
    letter's id) picks among the variants: the same letter always reads the same.
    ``interview_day`` ("Thursday"), when the caller knows the interview was this past
    week, goes in the thanks line."""
    seed = seed or f"{recipient_name}|{company}|{role}"
    facts = Facts(
        names=(recipient_name, sender_name),
        company=company,
        role=role,
        recipient=recipient_name,
        sender=sender_name,
        seed=seed,
        trade=trade,
        typed=tuple(t for t in (discussed, problem) if t),  # what the user noted of the talk
        noted=tuple(t for t in (discussed, problem) if t),
        decision_maker=is_decision_maker,
    )
    checks = _same_openers(check_answers(answers, facts=facts))
    checks = _one_thanks(checks, recipient_name, trade=trade)
    checks = _figures_given(checks)
    checks = told_twice(checks, names=(recipient_name, sender_name, company), label=_label)
    employer = company
    if not is_decision_maker and (client := _client_in_role(company, role)):
        employer = client  # "Talent Bridge Recruitment", "Credit Controller - Southern …"
    at = f" at {company_phrase(employer)}" if employer.strip() else ""
    thanks = _thanks(
        role=role_for_letter(role),
        at=at,
        when=f" on {interview_day}" if interview_day else "",
        is_decision_maker=is_decision_maker,
        seed=seed,
    )

    def compose(checks):
        return _compose(
            checks,
            thanks=thanks,
            recipient_name=recipient_name,
            sender_name=sender_name,
            seed=seed,
        )

    said, composed, body = compose(checks)
    # What the talk was about, for the length notice to keep: a result or a sentence on it
    # is the one they remember.
    topic = _topic_stems(
        (*facts.typed, *said["value_problem"], *said["value_idea"]),
        names=(recipient_name, sender_name, company, role),
    )
    # what the user noted of the talk alone: a result sharing a word with it, or with a
    # figure, is said shorter rather than cut (set AC)
    noted = _topic_stems(facts.typed, names=(recipient_name, sender_name, company, role))
    # Over the length that gets read: the sentences the letter can best do without are
    # left out now, each with a notice saying so, and the length notice names only what
    # is left to do (set AD: users acted on few of the cuts they were told).
    if len(body.split()) > MAX_WORDS and (cut := _whole_cuts(composed, len(body.split()), topic)):
        checks = _without(checks, cut)
        said, composed, body = compose(checks)
    checks = composed
    subject = _subject(
        role=role, company=company_phrase(employer), sender=capitalised(sender_name), seed=seed
    )
    notices = [_notice(c) for c in checks]
    if length := _length_notice(body, checks, trade=trade, topic=topic, noted=noted):
        if _thin(words := len(body.split()), checks):
            notices.extend(thin_notices(checks, trade, words))
        notices.append(length)
    elif (words := len(body.split())) < NEARLY_THIN and not _pending(checks):
        # Long enough to be read, still short, with steps left empty: those steps (and
        # only those) say what they can add; the letter as a whole is told nothing.
        notices.extend(thin_notices(checks, trade, words, empty_only=True))
    if names := _company_capitals(company, body) or _company_small_words(company, body):
        notices.append(names)
    if typo := _role_spelling(role, body):
        notices.append(typo)
    if typo := _company_spelling(company, body):
        notices.append(typo)
    return Draft(subject=subject, body=body, notices=tuple(notices))


def _compose(
    checks: list[Check], *, thanks: str, recipient_name: str, sender_name: str, seed: str
) -> tuple[dict, list[Check], str]:
    """(what each answer says, the checks with the closing's sign-off taken out, the
    body): the user's sentences in order between the greeting, the thanks line and the
    sign-off."""
    said = {key: [s for c in checks if c.key == key for s in c.sentences] for key in ANSWER_ORDER}
    closing = said["closing"]
    sign_off = _sign_off(closing, seed=seed)
    if len(closing) == 1 and (
        _only_thanks(closing[0], recipient_name) or is_sign_off_phrase(closing[0])
    ):
        # "Thank you." alone is the user's own sign-off: "Thank you,\nRosa Delgado".
        sign_off = sign_off_phrase(closing[0]) or closing[0].rstrip(".!").split(",")[0]
        closing = []  # "Cheers Dave." signs off "Cheers,": the greeting has their name
        checks = [_as_sign_off(c, sign_off) if c.key == "closing" else c for c in checks]
    elif len(closing) > 1 and _signs_off(closing[-1], recipient_name):
        # "I can start any time. God bless.", "… soon. Cheers", "… Thanks!": the last
        # words sign the letter off
        sign_off = sign_off_phrase(closing[-1]) or closing[-1].rstrip(".!").split(",")[0]
        closing = closing[:-1]
        checks = [_signed_off_with(c, sign_off) if c.key == "closing" else c for c in checks]
    paragraphs = [
        f"{greeting(recipient_name)},",
        _join([_one_stop(thanks), *said["connection"]]),
        _join(said["fit"]),
        _join([s for key in VALUE_KEYS for s in said[key]]),
        _join([*said["question"], *closing]),
        f"{sign_off},\n{capitalised(sender_name)}".strip(),
    ]
    return said, checks, "\n\n".join(p for p in paragraphs if p)


def _subject(*, role: str, company: str, sender: str, seed: str) -> str:
    """The subject: the role, else its title without a shorthand tail ("commis chef pt"
    -> "commis chef"), else the company, else the sender's name; never one the checker
    calls vague, while the record knows something to name. A company typed all in lower
    case is not put in the reader's inbox so (the body names it as typed, and a notice
    asks for its capitals)."""
    if role_words := role_for_letter(role) or _title_before_tail(role):
        options = [
            s.format(role=role_words, Role=role_words[:1].upper() + role_words[1:], sender=sender)
            for s in SUBJECTS
            if sender or "{sender}" not in s
        ]
    elif company != company.lower() and len(company.split()) <= MAX_SUBJECT_COMPANY_WORDS:
        options = [s.format(company=company) for s in COMPANY_SUBJECTS]
    elif sender:
        options = [SENDER_SUBJECT.format(sender=sender)]
    else:
        options = []
    specific = tuple(s for s in options if not check_subject(s))
    return choose(specific or UNKNOWN_SUBJECTS, seed=seed, part="subject")


def _title_before_tail(role: str) -> str:
    """ "registered nurse med surg" -> "registered nurse", "commis chef pt" -> "commis
    chef": a role unusable only for short words after its job noun (a ward, hours) is
    named by the title they follow. Not when a dropped word is a job noun in shorthand
    ("nurse mgr" is no nurse's job), nor a title with no job noun of its own."""
    typed = _title(" ".join(PARENTHESIS_RE.sub("", role or "").split())).split()
    for end in range(len(typed) - 1, 0, -1):
        head = typed[end - 1].lower()
        if any(w.lower() in ROLE_SHORTHAND for w in typed[end - 1 :]):
            return ""
        if head in TITLE_HEADS and (words := role_for_letter(" ".join(typed[:end]))):
            return words
    return ""


THANKS_ONLY = frozenset(["thank", "thanks", "you", "so", "much", "again", "many", "very"])
OTHER_SIGN_OFFS = tuple(s for s in SIGN_OFFS if s not in THANKS_SIGN_OFFS)


def _sign_off(closing: list[str], *, seed: str) -> str:
    """The letter's sign-off, the same while the user edits any answer: it depends on the
    closing only where it would thank twice. "With thanks" or "Many thanks" under a
    closing that ends by thanking gives way to another, the same one every time; any other
    sign-off stays whatever the closing says (choosing again from a shorter list moved
    every letter's: Warm regards -> All the best -> Warm regards between edits)."""
    sign_off = choose(SIGN_OFFS, seed=seed, part="sign_off")
    if sign_off in THANKS_SIGN_OFFS and closing and opens_with_thanks(closing[-1]):
        return choose(OTHER_SIGN_OFFS, seed=seed, part="sign_off")
    return sign_off


# The last word of a recruiter's firm: "Talent Bridge Recruitment", "Hays Staffing".
AGENCY_HEADS = frozenset({
    "recruitment", "recruiting", "recruiters", "staffing", "personnel", "resourcing",
    "agency", "appointments", "talent",
})  # fmt: skip


def _client_in_role(company: str, role: str) -> str:
    """ "Credit Controller - Southern Cross Building Supplies" typed with a recruiter's
    firm as the company: the employer the role names after its dash (three to six words,
    each with a capital), where the job is; "" else."""
    heads = company.split()
    if not heads or heads[-1].lower().strip(".,") not in AGENCY_HEADS:
        return ""
    _, dash, after = role.partition(" - ")
    words = after.split()
    if not dash or not 3 <= len(words) <= 6 or not all(w[:1].isupper() for w in words):
        return ""
    if "," in after or {w.lower() for w in words} & PROJECT_WORDS:
        return ""  # "Fall Turnaround, Lake Charles": the job's project and town
    return after.strip()


# Words that name a piece of work, not a firm: "Pipefitter - Spring Shutdown Project"
PROJECT_WORDS = frozenset({
    "turnaround", "shutdown", "outage", "project", "season", "contract", "rotation",
    "shift", "site",
})  # fmt: skip


def _thanks(*, role: str, at: str, when: str, is_decision_maker: bool, seed: str) -> str:
    if role:
        options = THANKS if is_decision_maker else PANEL_THANKS
    else:
        options = NO_ROLE_THANKS if is_decision_maker else PANEL_NO_ROLE_THANKS
    return choose(options, seed=seed, part="thanks").format(role=role, at=at, when=when)


# Words of a thanks that says nothing the first line has not: "Thank you again for your
# time", "Thanks again for meeting with me today".
STOCK_THANKS = THANKS_ONLY | frozenset({
    "for", "your", "the", "time", "today", "meeting", "meet", "with", "me", "talking",
    "speaking", "to", "chatting", "chat", "interview", "interviewing", "opportunity",
    "considering", "consideration", "my", "application", "once", "more", "taking", "and",
    "of", "all", "cheers", "ta", "appreciate", "appreciated", "grateful", "i", "i'm", "i’m",
    "am", "really", "truly",
})  # fmt: skip


REST_KEPT = "The rest is in your letter"  # what a closing keeps after its thanks went
THANKED_AGAIN = (
    "your letter already thanks them in its first line, and a second thanks reads like "
    "a form letter."
)


# A thanks before the closing's own words: "Thanks again for the tour, and I'd be glad to
# come in", "Thank you Kavya ma'am, kindly convey …", "Thanks for the ride-along on the
# 11:30, I'm available to start in April".
# "Thank you Dr Tan — time and clinic tour": what it thanks for, as a note after a dash
THANKED_NOTE = r"(?:\s*[—–]\s*|\s+-\s+)(?!(?i:and)\b)[^,.;!?—–]{1,80}"
THANKS_HEAD_RE = re.compile(
    rf"(?i:{OTHER_THANKS}|"
    r"many\s+thanks|thanks|(?:i\s+)?thank\s+you|cheers|much\s+appreciated|ta(?=\s+for\b)"
    # "I say thanks to you for the tour" (a third person's "Jarrah says thanks to Steve")
    r"|(?:i\s+)?(?:say|send|give)\s+(?:my\s+|a\s+big\s+|big\s+)?thanks\s+to\s+you"
    r"|(?:i'm\s+|i’m\s+|i\s+am\s+)?(?:so\s+|very\s+|really\s+)?grateful"
    r"|(?:i\s+)?(?:really\s+)?appreciate(?:\s+it|\s+your\s+time)?)"
    r"(?i:\s+(?:so\s+much|very\s+much|again|heaps|a\s+lot|once\s+again|a\s+million"
    r"|a\s+bunch|loads|a\s+ton))*"
    # their name or title ("Dr Tan", "Ms. Okafor"), or a polite word ("sir", Tagalog "po")
    r"(?:,?\s+(?:[A-Z][\w'’-]*\.?(?:\s+[A-Z][\w'’-]+){0,2}(?:\s+(?:ma'am|ma’am|sir|madam))?"
    r"|(?i:sir|ma'am|ma’am|madam|po)\b))?"
    rf"(?:(?i:\s+for\s+)[^,.;!?]{{1,80}}|{THANKED_NOTE})?"
)
THANKS_GAP_RE = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s+-\s+|\s*[—–]\s*", re.IGNORECASE)
# A pleasantry beside a thanks, no moment and no next step of its own: "really enjoyed
# the chat", "I really enjoyed it", "it was lovely to meet you".
PLEASANTRY = (
    r"(?:i\s+)?(?:really\s+|truly\s+|thoroughly\s+|so\s+|very\s+much\s+)?enjoyed\s+"
    r"(?:it|that|meeting\s+you|talking\s+(?:with|to)\s+you|(?:our|the)\s+(?:chat|talk"
    r"|conversation|visit|tour|coffee|morning|afternoon|day|meeting|interview))"
    r"(?:\s+(?:so\s+much|very\s+much|a\s+lot|too))?"
    r"|(?:it\s+was\s+)?(?:great|lovely|nice|good|a\s+pleasure)\s+(?:to\s+meet|meeting)\s+you"
)
LEADING_PLEASANTRY_RE = re.compile(rf"(?:{PLEASANTRY})(?:\s*,\s*|\s+)(?:and\s+)?", re.I)
TRAILING_PLEASANTRY_RE = re.compile(rf"\s*,?\s+(?:and\s+)?(?:{PLEASANTRY})\s*$", re.I)
# What a closing's own words start with once the thanks before them goes: a sentence.
OWN_WORDS = frozenset({
    "i", "i'm", "i’m", "i'd", "i’d", "i'll", "i’ll", "i've", "i’ve", "we", "happy", "glad",
    "please", "kindly", "let", "if", "feel", "do", "could", "would",
})  # fmt: skip


def _after_thanks(sentence: str) -> str:
    """ "Thanks again, and I'd be glad to come in for a trial tuning." -> "I'd be glad to
    come in for a trial tuning.": the letter thanked them in its first line; "" when
    what follows the thanks is no sentence of its own ("Thanks again, v keen.")."""
    if not THANKS_HEAD_RE.match(sentence):
        return ""
    for gap in THANKS_GAP_RE.finditer(sentence[:200]):
        head = sentence[: gap.start()]
        if not THANKS_HEAD_RE.fullmatch(head) or _asks_to_pass_on(head):
            continue
        rest = sentence[gap.end() :].strip()
        # "…, I really enjoyed it and I can come in Saturday": the pleasantry goes with
        # the thanks it was about
        if (pleasantry := LEADING_PLEASANTRY_RE.match(rest)) and pleasantry.end() < len(rest):
            rest = rest[pleasantry.end() :]
        words = rest.split()
        lead = words[0].lower().strip(",") if words else ""
        if len(words) >= 3 and lead in OWN_WORDS:
            return rest[:1].upper() + rest[1:]
        if len(words) >= 2 and lead in SUBJECT_FOR and words[1].lower() not in SUBJECT_WORDS:
            # "Thanks for your time ma, hope to hear from you soon" -> "I hope to hear …":
            # the subject the thanks had, put back
            return f"{SUBJECT_FOR[lead]} {rest[:1].lower()}{rest[1:]}"
    return ""


# The subject a closing's words had after the thanks: "…, hope to hear back", "…, hoping
# for your reply", "… and look forward to hearing from you".
SUBJECT_FOR = {
    "hope": "I", "hoping": "I'm", "looking": "I'm", "look": "I", "waiting": "I'm",
}  # fmt: skip
SUBJECT_WORDS = frozenset({"i", "you", "we", "he", "she", "they", "it", "that", "this"})


PASS_ON_RE = re.compile(r"\b(?:pass|passing|forward|forwarding|shar(?:e|ing)|send|sending)\b", re.I)


def _asks_to_pass_on(sentence: str) -> bool:
    """ "Thank you for passing this on to the operations manager": a request, not a
    second thanks for the interview."""
    return bool(PASS_ON_RE.search(sentence[:200]))


def _passes_on(sentence: str) -> bool:
    """An ask to pass the letter on, not "I look forward to hearing from you" (a stock
    closing, the first to go)."""
    return _asks_to_pass_on(LOOK_FORWARD_RE.sub("", sentence[:200]))


LOOK_FORWARD_RE = re.compile(r"\blook(?:ing)?\s+forward\b", re.I)


def _thanks_part(sentence: str, rest: str) -> str:
    """The thanks before ``rest`` as typed ("Thanks for your time ma" before "I hope to
    hear …", whose "I" the thanks had)."""
    own = rest.split(" ", 1)[1] if rest.split()[0] in SUBJECT_FOR.values() else rest
    typed = rest if sentence.endswith(rest) else own
    part = sentence[: len(sentence) - len(typed)].strip(" ,-")
    return part.removesuffix(" and").rstrip(" ,")


# The step's advice on a closing that thanks again, and the hints after it on the words
# the rest keeps (``fragments``): "The wizard left “fwd 2 your” as you typed it: …".
THANKS_ADVICE = " Your letter already opens with a thank-you:"


def _hints_on(message: str, rest: str) -> str:
    """The hints of the step's ``message`` after its advice to thank once on words it
    left as typed ("fwd 2 your"), when the kept ``rest`` still has them; "" else."""
    _, found, after = message.partition(THANKS_ADVICE)
    hints = after.partition("”")[2] if found else ""
    left = re.search(r"The wizard left “([^”]{1,80})” as you typed it", hints)
    return hints[left.start() - 1 :] if left and left[1] in rest else ""


# What a thanks may call them besides their name: "Thank you for the time, Dr Nakato",
# "Thanks for your time ma".
CALLS = frozenset({
    "sir", "madam", "ma'am", "ma’am", "maam", "ma", "mam", "dr", "mr", "mrs", "ms", "miss",
    "chef", "engr", "prof", "boss",
})  # fmt: skip


def _stock_thanks(sentence: str, recipient: str = "") -> bool:
    """ "Thank you again for your time.", "Thank you for the time, Dr Nakato.", not
    "Thanks." before a next step: a bare thanks is how people talk, a second thank-you
    line is a form letter's."""
    words = [w.strip(".,!").lower() for w in sentence.split()]
    names = {w.strip(".,").lower() for w in recipient.split()} | CALLS
    said = {w for w in words if w not in names}
    return len(words) > 2 and opens_with_thanks(sentence) and said <= STOCK_THANKS


def _signs_off(sentence: str, recipient: str) -> bool:
    """The last words of a longer closing that sign it off: "Cheers", "Cheers, Tom",
    "Best.", "Regards", "Thanks!", "Thank you." (a thanks of two words at most, their
    name aside); not "Thank you so much for the tour." (a second thanks)."""
    if is_sign_off_phrase(sentence):
        return True
    names = {w.strip(".,").lower() for w in recipient.split()}
    words = [w.strip(".,!").lower() for w in sentence.split()]
    return _only_thanks(sentence, recipient) and len([w for w in words if w not in names]) <= 2


def _one_thanks(checks: list[Check], recipient: str, trade: str = "") -> list[Check]:
    """One rule for a closing that thanks them again after the letter's own thanks line:
    the second thanks is left out, whatever it thanks for and however it is typed
    ("Cheers for showing me round.", "Grateful for the opportunity"), and the step says
    so. Left with nothing, the step offers a next step instead; a thanks before the
    closing's own words ("Thank you sir for your time and I am ready to start") keeps the
    words. A thanks alone ("Thank you.") stays: it becomes the sign-off, as a lone
    sign-off after the closing's own words does ("… soon. Cheers", "… Thanks!"). A thanks that
    asks something or goes on to words of its own ("… and say bye to Biscuit for me")
    cannot go without them: it stays, and the step advises (``fragments``)."""
    from letters.trades import example_for  # trades reads nothing of assembly

    # the example the closing step shows, as the step's own advice gives it (fragments)
    step = (
        "A small next step reads better here, one you would really offer, in your own "
        f"words; for example “{example_for('closing', trade)}”"
    )
    out = []
    for check in checks:
        if check.key != "closing":
            out.append(check)
            continue
        if not check.used:
            typed = check.typed.strip()
            if opens_with_thanks(typed) and _thanks_alone(typed):
                # "Grateful for the opportunity" is a note, and a second thanks said as a
                # sentence would be left out too: the step says the one thing that holds.
                message = f"“{_quote_typed(typed)}” is left out: {THANKED_AGAIN} {step}"
                check = replace(check, message=message, fix="")
            out.append(check)
            continue
        if len(check.sentences) == 1 and (
            _only_thanks(check.sentences[0], recipient) or is_sign_off_phrase(check.sentences[0])
        ):
            out.append(check)
            continue
        # "… hope to hear from you soon. Cheers": the last word is the sign-off, no thanks
        last = check.sentences[-1]
        signs_off = len(check.sentences) > 1 and _signs_off(last, recipient)
        again = [
            s
            for s in check.sentences
            if (_stock_thanks(s, recipient) or _thanks_alone(s)) and not (signs_off and s == last)
        ]
        leads = {s: rest for s in check.sentences if s not in again and (rest := _after_thanks(s))}
        if not again and not leads:
            out.append(check)
            continue
        kept = tuple(leads.get(s, s) for s in check.sentences if s not in again)
        # "Thank you for your time, and": the thanks itself, without its joining word
        dropped = again + [_thanks_part(s, leads[s]) for s in leads]
        why = f"“{' '.join(dropped)}” is left out: {THANKED_AGAIN}"
        if not kept:
            moment = next((m for s in again if (m := _thanked_for(s))), "")
            where = (
                f" If “{moment}” is a moment to recall, say it in your Connection instead."
                if moment
                else ""
            )
            out.append(replace(check.left_out(f"{why} {step}{where}"), fix=""))
            continue
        # the sign-off is in the letter as its sign-off, not its closing
        rest = " ".join(k for k in kept if not (signs_off and k == last))
        # "Thank you for your time. Cheers": only the sign-off is left
        said = f"{REST_KEPT}: “{rest}”" if rest else step
        said += _it_meant(again, kept[0]) if rest else ""
        # the step's own hints went with its message: "I stay waiting your answer" keeps its
        slips = slips_hint([k for k in kept if not (signs_off and k == last)])
        out.append(
            replace(
                check,
                status=FIXED,
                sentences=kept,
                message=f"{why} {said}{slips}" + _hints_on(check.message, rest),
                fix=" ".join(kept),
            )
        )
    return out


# What a thanks may go on to thank for after "and": "Thank you for the tour and for your
# time", "Thanks for the coffee and the chat". Any other word after "and" starts words of
# the person's own ("… and say bye to Biscuit for me", "… and I am ready to start").
THANKED_FOR_START = frozenset({
    "for", "the", "your", "a", "an", "all", "everything", "showing", "letting", "taking",
    "giving", "having", "meeting", "introducing", "explaining", "answering", "walking",
    "telling", "talking", "my", "his", "her", "their", "those", "these", "making",
})  # fmt: skip
# A word that starts a clause of its own inside the thanks: "Thanks for the tour it was
# great to see the ovens" says more than thanks.
CLAUSE_WORDS = frozenset({
    "i", "i'm", "i’m", "i'd", "i’d", "i'll", "i’ll", "i've", "i’ve", "it", "it's", "it’s",
    "we", "we're", "we’re", "he", "she", "they", "there's", "there’s", "hope", "look",
    "looking", "please", "can", "could", "would", "will",
})  # fmt: skip
# Words that make what follows a dash more than a note of what it thanks for.
NOT_A_NOTE = SUBJECT_WORDS | frozenset({"me", "us", "see", "let", "call", "talk", "speak"})
NOUN_BEFORE = frozenset({"the", "a", "your", "that", "this", "our", "quick"})
STOCK_THANKED = 3  # words other than a stock thanks's: what it thanks for is a moment
# Words of a thanks that name no moment: "a really enjoyable conversation", "the chat".
PLAIN_THANKED = frozenset({
    "a", "an", "the", "lovely", "great", "good", "nice", "enjoyable", "conversation",
    "chat", "talk", "welcome", "kind", "warm", "everything", "having", "in", "making",
    "busy", "day", "so", "such",
})  # fmt: skip


def _thanks_alone(sentence: str) -> bool:
    """ "Cheers for showing me round.", "Thank you for the tour and for your time.",
    "Grateful for the opportunity": a sentence that only thanks, whatever for. Not one
    that asks to pass the letter on, offers a step or goes on to words of its own."""
    core = sentence.strip().rstrip(" .!")
    # "Thanks for the time Wanjiru, really enjoyed the chat": a pleasantry says no more
    core = TRAILING_PLEASANTRY_RE.sub("", core) if opens_with_thanks(core) else core
    if not THANKS_HEAD_RE.fullmatch(core) or _asks_to_pass_on(core) or NEXT_STEP_RE.search(core):
        return False
    words = [w.strip(",;:").lower() for w in core.split()]
    # "the look around the yard" is a thing it thanks for, not "look forward to …"
    if any(w in CLAUSE_WORDS and words[i] not in NOUN_BEFORE for i, w in enumerate(words[1:])):
        return False
    # "Thank you Dr Tan — time and clinic tour": a note after a dash lists what it thanks
    # for; only the words before it may go on to words of the person's own
    head, *note = re.split(f"({THANKED_NOTE})", core, maxsplit=1)
    if note and NOT_A_NOTE & {w.lower() for w in note[0].split()}:
        return False  # "Thanks again — see you Monday at 7": words of their own
    words = [w.strip(",;:").lower() for w in head.split()]
    after_and = [words[i + 1] for i, w in enumerate(words[:-1]) if w == "and"]
    return all(w in THANKED_FOR_START for w in after_and)


THING_OWNERS = frozenset({"the", "your", "that", "this"})


def _it_meant(dropped: list[str], kept: str) -> str:
    """ "Thank you for showing me the Skinner console." left out before "I would be glad
    to help bring it back to life.": the "it" meant the thing the thanks named, which
    the letter no longer says; the notice offers the sentence with the thing named."""
    words = kept.split()
    at = next((i for i, w in enumerate(words) if i and w.lower() == "it"), -1)
    if at < 0:
        return ""
    for sentence in dropped:
        moment = sentence.rstrip(" .!").partition(" for ")[2].split()
        start = max((i for i, w in enumerate(moment) if w.lower() in THING_OWNERS), default=-1)
        thing = moment[start:] if start >= 0 else []
        if _stock_part(" ".join(thing)):
            continue  # "your time", "the opportunity": no thing an "it" goes back to
        if 1 < len(thing) <= 4 and all(w.isalpha() or w[:-1].isalpha() for w in thing[1:]):
            owner = "the" if thing[0].lower() in ("this", "that") else thing[0].lower()
            named = " ".join([*words[:at], owner, *thing[1:], *words[at + 1 :]])
            return (
                f" Its “it” meant what your thanks named, which the letter no longer says: "
                f"name it there, for example “{named}”"
            )
    return ""


def _thanked_for(sentence: str) -> str:
    """ "letting me watch the Saturday rush on the four bays" for a thanks that names
    something that happened; "" for a stock one ("for your time and the chance")."""
    # "…, really enjoyed our chat" names no moment of its own
    core = TRAILING_PLEASANTRY_RE.sub("", sentence.rstrip(" .!"))
    _, found, said = core.partition(" for ")
    if not found:
        return ""
    own = [w for w in said.split() if w.strip(",").lower() not in STOCK_THANKS | PLAIN_THANKED]
    if len(own) < STOCK_THANKED:
        return ""
    # "your time sir and for the test drive": the moment is "the test drive", not the
    # stock part before it
    parts = said.replace(", and ", " and ").split(" and ")
    kept = [p for p in parts if not _stock_part(p)]
    return " and ".join(kept).removeprefix("for ") if kept else said


# Words that address the reader, no moment of their own: "your time sir".
ADDRESS_WORDS = frozenset({"sir", "ma'am", "maam", "mam", "madam", "po"})
# What a thanks names when it names no moment: "the time", "your time sir".
STOCK_PART_WORDS = STOCK_THANKS | PLAIN_THANKED | ADDRESS_WORDS


def _stock_part(part: str) -> bool:
    """ "your time sir", "the time": a part of a thanks that names no moment."""
    return all(w.strip(",").lower() in STOCK_PART_WORDS for w in part.split())


def _quote_typed(typed: str) -> str:
    return typed[:1].upper() + typed[1:]


# A figure: "71%", "£1,200", "3.5", "40"; a span of time ("in 6 months", "within 4
# weeks") is when, not how much, and no figure of the gain.
AMOUNT_RE = re.compile(r"(?<!\w)[£$€]?\d+(?:[.,]\d+)*(?: ?%)?")
TIME_WORDS = frozenset({
    "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "hr", "hrs",
    "hour", "hours", "day", "days", "week", "weeks", "wk", "wks", "month", "months", "mo",
    "mos", "year", "years", "yr", "yrs", "shift", "shifts", "season", "seasons", "term",
    "terms", "quarter", "quarters", "fortnight", "fortnights", "night", "nights",
})  # fmt: skip
SPAN = frozenset({"in", "within", "over", "after", "across", "inside", "for"})
FIGURE_GIVEN = "Give a different figure here, or leave it empty."


def _figures(sentence: str) -> list[re.Match[str]]:
    """The figures of a sentence, spans of time left aside."""
    found = []
    for figure in AMOUNT_RE.finditer(sentence):
        if _unit(sentence, figure.end()) in TIME_WORDS and _word_before(sentence, figure) in SPAN:
            continue  # "in 6 months", "within 4 weeks": when, not how much
        found.append(figure)
    return found


def _unit(sentence: str, end: int) -> str:
    after = sentence[end:].split()[:1]
    return after[0].strip(".,;:!?").lower() if after else ""


def _word_before(sentence: str, figure: re.Match[str]) -> str:
    before = sentence[: figure.start()].split()[-1:]
    return before[0].lower() if before else ""


def _figure(match: re.Match[str]) -> str:
    """ "71%", "£1,200"; a bare number with the word after it, its unit: "5 hours" is not
    "5 years"."""
    figure = match[0].replace(" ", "")
    if "%" in figure or not figure[0].isdigit():
        return figure
    return f"{figure} {_unit(match.string, match.end())}"


def _figures_given(checks: list[Check]) -> list[Check]:
    """A gain's figure a result already gives ("from 71% to 94%" in both): the letter
    says it once, in the result, and the figure step says so. A detail with any figure
    of its own stays."""
    results = [(s, c) for c in checks if c.key == "fit" and c.used for s in c.sentences]
    out = []
    for check in checks:
        figures = {_figure(f) for s in check.sentences for f in _figures(s)}
        if check.key != "value_gain_detail" or not check.used or not figures:
            out.append(check)
            continue
        given = [
            (sentence, result, found)
            for sentence, result in results
            if (found := [f for f in _figures(sentence) if _figure(f) in figures])
        ]
        if figures - {_figure(f) for _, _, found in given for f in found}:
            out.append(check)
            continue
        quotes, labels = [], []
        for sentence, result, found in given:
            end = found[-1].end()
            if "%" not in found[-1][0] and _unit(sentence, end) in TIME_WORDS | {"percent"}:
                end += len(sentence[end:]) - len(sentence[end:].lstrip())
                end += len(sentence[end:].split()[0].rstrip(".,;:!?"))  # "10 to 5 days"
            span = sentence[found[0].start() : end]
            shown = span if len(span.split()) <= 6 else " … ".join(f[0] for f in found)
            quotes.append(f"“{shown}”")
            labels.append(_label(result))
        where = " and ".join(dict.fromkeys(labels))
        message = (
            f"Left out: your letter already gives {' and '.join(quotes)} in {where}. {FIGURE_GIVEN}"
        )
        out.append(replace(check, status=LEFT_OUT, sentences=(), message=message, fix=""))
    return out


def _only_thanks(sentence: str, recipient: str = "") -> bool:
    """ "Thank you.", "Thanks so much!", "Thanks, Walt.": a thanks and nothing else (the
    reader's name aside), short enough to sign off with."""
    names = {w.strip(".,").lower() for w in recipient.split()}
    words = [w.strip(".,!").lower() for w in sentence.split()]
    words = [w for w in words if w not in names] if len(words) > 1 else words
    return 0 < len(words) <= 4 and words[0] in ("thank", "thanks") and set(words) <= THANKS_ONLY


def _as_sign_off(check: Check, sign_off: str) -> Check:
    fix = check.fix if (check.fix or check.typed).rstrip(".!") == sign_off else f"{sign_off},"
    return Check(
        check.key,
        check.typed,
        check.status,
        check.sentences,
        f"{check.message} It closes your letter as your sign-off: “{sign_off},”",
        fix,
        check.number,
    )


def _signed_off_with(check: Check, sign_off: str) -> Check:
    message = f"{check.message} Its last words close your letter as your sign-off: “{sign_off},”"
    return Check(
        check.key, check.typed, check.status, check.sentences, message, check.fix, check.number
    )


def _notice(check: Check) -> Notice:
    label = ANSWER_LABELS.get(check.key, check.key)
    if check.number:
        label = f"{label} {check.number}"
    return Notice(
        answer=check.key,
        message=f"{label}: {check.message}",
        status=check.status,
        typed=check.typed,
        fix=check.fix,
        number=check.number,
        label=label,
    )


ANSWER_LABELS = {
    "connection": "Connection",
    "fit": "Result",
    "value_problem": "Their problem",
    "value_idea": "Your idea",
    "value_gain": "What it gains them",
    "value_gain_detail": "How much",
    "question": "Question",
    "closing": "Closing",
}
THIN = "thin"  # a step's notice saying what to add to a letter under MIN_WORDS
NEARLY_THIN = 90  # words: under this, an empty step still says what it can add


def _length_notice(
    body: str,
    checks: list[Check],
    *,
    trade: str = "",
    topic: frozenset[str] = frozenset(),
    noted: frozenset[str] = frozenset(),
) -> Notice | None:
    words = len(body.split())
    # The answers left out come back once rewritten: the target counts them now, so it
    # does not move between rounds.
    pending = _pending(checks)
    coming = words + pending
    if MIN_WORDS <= words <= MAX_WORDS and coming <= MAX_WORDS + PENDING_SLACK:
        return None
    if words > MAX_WORDS or words > TARGET_WORDS and coming > MAX_WORDS + PENDING_SLACK:
        # The cuts are named now, counting the answers still to come back, so that one
        # round of edits lands inside: sentences left out are never named to cut.
        now = " now" if words <= MAX_WORDS else ""
        later = ""
        if pending:
            later = f"; with the answers still left out back in, it will be about {coming}"
        head = (
            f"Your letter is {words} words{now}{later}, {coming - MAX_WORDS} over the "
            f"{MAX_WORDS} that get read. Aim for about {TARGET_WORDS}, which leaves room for "
            f"small edits: cut about {coming - TARGET_WORDS} words."
        )
        return Notice("draft", f"{head} {_cuts(checks, coming, topic, noted)}", status="length")
    if coming > MAX_WORDS + PENDING_SLACK:
        # Nothing to cut yet: the letter is short of the aim without them, and which
        # sentence can go depends on the answers coming back.
        return Notice(
            "draft",
            f"Your letter is {words} words now; with the answers still left out back in, "
            f"it will be about {coming}, over the {MAX_WORDS} that get read. Bring them "
            "back first, as each one's notice says; then this notice names what can go.",
            status="length",
        )
    return Notice(
        "draft",
        f"Your letter is {words} words; one that is worth reading has at least "
        f"{MIN_WORDS}. {_to_add(checks, trade, coming)}",
        status="length",
    )


SMALL_WORDS = frozenset({"and", "of", "the", "for", "at", "on", "in", "to", "by", "&"})


def _company_capitals(company: str, body: str) -> Notice | None:
    """The company as the interview record holds it, all in lower case: asked about once
    here, not in every answer. The wizard writes a name only as the record spells it (a
    name's capitals are a fact about it), so the record is where to correct it."""
    name = " ".join(company.split())
    if not name or name != name.lower() or not any(ch.isalpha() for ch in name):
        return None
    if company_phrase(name) not in body.lower():
        return None  # the letter does not name it: nothing to check
    titled = " ".join(_titled_word(w, i) for i, w in enumerate(name.split()))
    return Notice(
        "draft",
        f"Your letter names the company as the interview's details have it, “{name}”, all "
        f"in lower case. If its name has capitals (“{titled}”), correct it once in the "
        "interview's details and the letter follows.",
        status="names",
    )


MIDDLE_WORDS = frozenset({"of", "and", "the", "for"})  # "Bank of Ireland", "C of E"


def _company_small_words(company: str, body: str) -> Notice | None:
    """ "St Aidan's C Of E Primary School": a small word in capitals in the middle of the
    company's name, as Title Case typing gives it. Asked about once, as a name all in
    lower case is; the record is where to correct it."""
    words = " ".join(company.split()).split()
    if company_phrase(" ".join(words)).lower() not in body.lower():
        return None
    small = [
        word
        for word in words[1:-1]
        if word.lower() in MIDDLE_WORDS and word == word.lower().capitalize()
    ]
    if not small:
        return None
    name = " ".join(words)
    meant = " ".join(
        w.lower() if 0 < i < len(words) - 1 and w in small else w for i, w in enumerate(words)
    )
    shown = " and ".join(f"“{word}”" for word in dict.fromkeys(small))
    return Notice(
        "draft",
        f"Your letter names the company as the interview's details have it, “{name}”: "
        f"{shown} in the middle of a name is most often written in lower case "
        f"(“{meant}”). If that is how the company writes it, correct it once in the "
        "interview's details and the letter follows.",
        status="names",
    )


def _company_spelling(company: str, body: str) -> Notice | None:
    """A typo in the company as the interview record holds it ("BrightPath Facilty
    Services"): the letter names it as recorded, so the record is where to correct it.
    Only a word after the first (the brand's own) that ``name_typo`` finds one slip from
    a common word; a word that looks like a brand ("BrightPath", "HSBC") is left alone."""
    name = " ".join(company.split())
    said = company_phrase(name)
    if not name or said.lower() not in body.lower():
        return None
    for word in said.split()[1:]:  # the first word is the brand's own ("Fiix Repairs")
        core = word.strip(".,()&'’\"")
        if meant := name_typo(core):
            return Notice(
                "draft",
                f"Your letter names the company as the interview's details have it, "
                f"“{name}”: “{core}” may be a typo of “{_cased_like(meant, core)}”. If so, "
                "correct it once in the interview's details and the letter follows.",
                status="names",
            )
    return None


def _cased_like(word: str, typed: str) -> str:
    return word[:1].upper() + word[1:] if typed[:1].isupper() else word


def _role_spelling(role: str, body: str) -> Notice | None:
    """A typo in the role as the interview record holds it ("Senior Care Assitant"): the
    letter names the role as recorded, so the record is where to correct it, once."""
    said = [w for w in role_for_letter(role).split() if w.lower() in body.lower()]
    # "PADI", "SAIT": letters in capitals are an acronym, no typo of "paid" or "said"
    said = [w for w in said if not (len(w) >= 3 and w.isalpha() and w.isupper())]
    slips = {w: fixed for w in said if (fixed := corrected_word(w.lower()))}
    if not slips:
        return None
    shown = ", ".join(f"“{w}” (“{fixed}”?)" for w, fixed in slips.items())
    return Notice(
        "draft",
        f"Your letter names the role as the interview's details have it, “{role.strip()}”, "
        f"and it may have a typo: {shown}. Correct it once in the interview's details and "
        "the letter follows.",
        status="names",
    )


def _titled_word(word: str, place: int) -> str:
    """ "mull" -> "Mull", "(pty)" -> "(Pty)", "o'sullivan" -> "O'Sullivan"; "of" inside a
    name stays."""
    if place and word in SMALL_WORDS:
        return word
    lead = len(word) - len(word.lstrip("("))
    rest = word[lead:]
    if "'" in rest or "’" in rest:
        return word[:lead] + proper_case(rest)
    return word[:lead] + rest[:1].upper() + rest[1:]


MAX_ASKS = 3  # more asks than this is a list nobody works through
BARE_RESULT = 15  # words: a single result this short says what, not how well
SHORT_IDEA = 14  # words: an idea of one sentence this short says what, not how


@dataclass(frozen=True)
class Ask:
    """One thing a thin letter is told to add: the answer it goes in, the step that asks
    for it, and what to write there with an example."""

    key: str
    step: str
    text: str
    number: int = 0


def _to_add(checks: list[Check], trade: str, coming: int) -> str:
    """What to add: first the answers left out (each one's notice says how), then, if the
    letter is still short, the asks (``thin_asks``), numbered, most useful first."""
    left = [c for c in checks if _comes_back(c)]
    back = (
        f"Add back what is left out ({', '.join(_label(c) for c in left)}): each one's "
        "notice says how."
    )
    if left and coming >= MIN_WORDS:
        return back
    asks = thin_asks(checks, trade)
    if not asks:
        return back  # what is left out is all there is to add
    if len(asks) == 1:
        add = f"Add, in the {asks[0].step}, {_ends(asks[0].text)}"
    else:
        listed = " ".join(f"{i}. {a.step}: {_ends(a.text)}" for i, a in enumerate(asks, 1))
        add = f"Add these, most useful first: {listed}"
    return f"{back} Then {add[:1].lower()}{add[1:]}" if left else add


def _pending(checks: list[Check]) -> int:
    """Words of the answers left out, which come back once rewritten."""
    return sum(len(c.typed.split()) for c in checks if _comes_back(c))


def _comes_back(check: Check) -> bool:
    """An answer left out that comes back once rewritten: not a second thanks, nor a
    figure the letter already gives."""
    said_twice = THANKED_AGAIN in check.message or FIGURE_GIVEN in check.message
    return not check.used and not said_twice and CUT_FOR_LENGTH not in check.message


def _thin(words: int, checks: list[Check]) -> bool:
    """The letter is short, and still will be with the answers left out back in: the
    steps say what to add."""
    return words < MIN_WORDS and words + _pending(checks) < MIN_WORDS


def _ends(text: str) -> str:
    """An ask ends with its example's own stop inside the quotes, or a full stop."""
    return text if text.endswith(("”", ".")) else f"{text}."


def thin_asks(checks: list[Check], trade: str, *, empty_only: bool = False) -> list[Ask]:
    """What a short letter is told to add, in the person's own situation, most useful
    first and at most ``MAX_ASKS``: an empty connection (a moment from the interview), a
    result (one bearing on the problem they told them), the idea (how they would do it in
    their first week, or what they would do about the problem), what it gains, a small next
    step, a question. Never a figure: a person may have none, and asked for one first they
    add nothing (blind round 8, I10 and I15)."""
    from letters.trades import example_for, workplace  # trades reads nothing of assembly

    typed = {c.key for c in checks}
    used = {c.key: c for c in checks if c.used}
    results = [c for c in checks if c.key == "fit" and c.used]
    problem = _problem_words(checks)
    asks = []
    if "connection" not in typed:
        asks.append(
            Ask(
                "connection",
                "Connection step",
                "one moment from the interview, something you both laughed about, or "
                f"something they showed you, like “{example_for('connection', trade)}”",
            )
        )
    on = f" that bears on “{problem}”" if problem else ""
    if "fit" not in typed:
        asks.append(
            Ask(
                "fit",
                "Fit step",
                "a result with a number: one thing from your last job that went better "
                f"because of you, like “{example_for('fit', trade)}”",
                number=1,
            )
        )
    elif len(results) == 1 and len(" ".join(results[0].sentences).split()) <= BARE_RESULT:
        asks.append(
            Ask(
                "fit",
                "Fit step",
                f"one result from your last job{on}, in a sentence starting “At my last "
                f"{workplace(trade)} I …”",
                number=results[0].number,
            )
        )
    idea = used.get("value_idea")
    if "value_problem" in typed and "value_idea" not in typed:
        asks.append(
            Ask(
                "value_idea",
                "Value step",
                f"what you would do about “{problem}”, in a sentence starting “I would …”, "
                f"the way someone in your work might write “{example_for('value_idea', trade)}”",
            )
        )
    elif "value_idea" not in typed:
        asks.append(
            Ask(
                "value_idea",
                "Value step",
                "what you would do about a problem they mentioned, in a sentence like "
                f"“{example_for('value_idea', trade)}”",
            )
        )
    elif idea is not None and "value_gain" not in typed:
        asks.append(
            Ask(
                "value_gain",
                "Value step",
                "what your idea would bring them, in a sentence such as “That would mean …” "
                "and what would change for them",
            )
        )
    elif (
        idea is not None
        and len(idea.sentences) == 1
        and (len(idea.sentences[0].split()) <= SHORT_IDEA)
    ):
        asks.append(
            Ask(
                "value_idea",
                "Value step",
                "how you would do your idea in your first week, in a sentence starting "
                "“In my first week I would …”",
            )
        )
    if "closing" not in typed:
        asks.append(
            Ask(
                "closing",
                "Closing step",
                f"one small next step you would really take, like “{_next_step(idea, trade)}”",
            )
        )
    if "question" not in typed:
        asks.append(
            Ask(
                "question",
                "Question step",
                f"a question about their work, like “{example_for('question', trade)}”",
            )
        )
    if not asks and idea is not None:
        more = "how you would start it" if "value_gain" in typed else "what it would bring them"
        asks.append(Ask("value_idea", "Value step", f"one more sentence about your idea: {more}"))
    if empty_only:
        asks = [a for a in asks if a.key not in typed]
    return asks[:MAX_ASKS]


def _problem_words(checks: list[Check]) -> str:
    """Their problem in the person's own words, without "You mentioned": "too many failed
    deliveries"; "" when they gave none."""
    problem = next((c.typed for c in checks if c.key == "value_problem"), "")
    words = PROBLEM_LEADS.sub("", problem.strip()).rstrip(".!?").split()
    return " ".join(words[:MAX_QUOTED]) + ("…" if len(words) > MAX_QUOTED else "")


def _next_step(idea: Check | None, trade: str) -> str:
    """A small next step in the person's own words when their idea says "I would …": "I'd
    be glad to talk through how I would call ahead on big parcels."; else the trade's."""
    from letters.trades import example_for

    said = " ".join(idea.sentences) if idea is not None else ""
    if said.startswith("I would ") and len(idea.sentences) == 1:
        return f"I'd be glad to talk through how {said[:1]}{said[1:].rstrip('.!')}."
    return example_for("closing", trade)


def thin_notices(
    checks: list[Check], trade: str, words: int, *, empty_only: bool = False
) -> list[Notice]:
    """Each ask as the notice of the step it belongs to: "Result 1: Your letter is 56
    words, too short to be read as a letter. Add here one result …"."""
    notices = []
    idea = next((c for c in checks if c.key == "value_idea" and c.used), None)
    short = "For a letter long enough to read" if words < MIN_WORDS else "For a fuller letter"
    for ask in thin_asks(checks, trade, empty_only=empty_only):
        label = ANSWER_LABELS[ask.key] + (f" {ask.number}" if ask.number else "")
        notices.append(
            Notice(
                ask.key,
                # the word count is the draft's notice's, said once (set AA: four times)
                f"{label}: {short}, add here {_ends(ask.text)}",
                status=THIN,
                # the closing's: a next step in their own words, for its one-click option
                fix=_next_step(idea, trade) if ask.key == "closing" else "",
                number=ask.number,
                label=label,
            )
        )
    return notices


PROBLEM_LEADS = re.compile(
    r"^(?:(?:you|he|she|they)\s+(?:mentioned|said|told me|explained)|you\s+were\s+saying)"
    r"(?:\s+that)?\s+",
    re.IGNORECASE,
)
MAX_QUOTED = 14  # words of the person's problem the notice quotes back to them


# What a letter a little too long can do without, whole sentence by whole sentence: a
# sentence that says again what another says; the closing (the person's own offer, and
# optional); a question's second sentence; a second result (never the last one, the one
# with a number); only when the rest said shorter is not enough, a connection's sentence
# beside the shared moment (never the moment, nor one a kept sentence leans on, never a
# connection of one sentence). Never the problem, the idea, the gain or its figure, nor
# the letter's only figure: what the letter is for. A sentence is never shortened by the
# wizard: a shortened sentence can read as a note and drop out; when nothing can go
# whole, the notice names the longest sentence for the person to say in fewer words.
SPARE = ("connection", "closing", "question")
NAMED_RE = re.compile(r"[$£€%\d]")
FIGURE_RE = re.compile(r"[$£€%\d]")
NUMBER_WORDS = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "half", "double",
    "twice",
})  # fmt: skip
REPEATED = 0.6  # of a sentence's content words said already elsewhere: it repeats
MAX_CUTS = 3  # whole sentences named to cut: more is not a notice a person follows
MAX_SHORTER = 5  # sentences named to say shorter, as many in every round
MOST_SHORTER = 10  # and when those leave it near 200: enough to land near 180 in one round
TARGET_WORDS = 180  # what a cut aims at: under 200 with room for the next small edit
SHORT_ENOUGH = 10  # words: a sentence said shorter is asked for no fewer than this
MIN_TAKE = 5  # words: a sentence is named to say shorter for at least this many
FEW_WORDS = 6  # over after the cuts: said shorter rather than cut a result on the topic
SELF_WORDS = frozenset({"i", "i'm", "i'd", "i've", "my", "we", "our", "i’m", "i’d", "i’ve"})


def _cut_choice(
    checks: list[Check],
    coming: int,
    topic: frozenset[str] = frozenset(),
    noted: frozenset[str] = frozenset(),
) -> tuple[list, list, int, bool]:
    """(sentences cut whole, sentences said shorter, words taken off, whether one
    sentence is enough) to bring a letter of ``coming`` words to about ``TARGET_WORDS``
    in one round: whole sentences that can go, in order of what loses least (one when one is
    enough), then the longest sentences left to say in fewer words, each with the words
    to say it in. A result on the talk's ``topic`` or with a figure goes whole only when
    the other cuts and the rest said shorter leave the letter over the limit. The order
    is the same every round, so a person who did part of it is told the rest."""
    need, enough = coming - TARGET_WORDS, coming - TARGET_WORDS - FEW_WORDS
    found = _cut_candidates(checks, topic)
    spare = [f for f in found if f[0][0] < 2]
    if sum(f[2] for f in spare[:MAX_CUTS]) + FEW_WORDS >= coming - MAX_WORDS:
        found = spare  # a result on the talk's topic (the SQL they asked about) stays
    # A result with a figure or on the talk's topic goes only when the other cuts and the
    # rest said shorter leave the letter over (set AC: a glassblower told to cut "from
    # nine working days to four", a wheelchair technician the WHO training discussed).
    light = [f for f in found if not (f[1].key == "fit" and _counts(f[3], noted))]
    if light != found and (
        coming - _plan(checks, light, need, more=_spare_parts(checks))[2] <= MAX_WORDS - FEW_WORDS
    ):
        found = light
    # a connection's sentence that says again what another says is not the personal part
    rest = [f for f in found if f[1].key != "connection" or f[0][0] < 2]
    if rest != found and coming - _plan(checks, rest, need)[2] <= TARGET_WORDS + FEW_WORDS:
        found = rest  # the connection, the personal part, stays while the rest is enough
    capped = coming - _plan(checks, found, need)[2] <= TARGET_WORDS + FEW_WORDS
    one = next((f for f in found if f[2] >= enough), None)
    spare_enough = sum(f[2] for f in found if f[0][0] == 0) >= enough
    if one is not None and (one[0][0] == 0 or not spare_enough):
        return [one], [], one[2], True
    return *_plan(checks, found, need, capped=capped, more=_spare_parts(checks)), False


def _whole_cuts(checks: list[Check], words: int, topic: frozenset[str]) -> list[tuple]:
    """The sentences a letter of ``words`` words, over the limit, is best without, each
    (rank, check, size, sentence, why), as many as it takes to come near
    ``TARGET_WORDS`` and at most ``MAX_AUTO_CUTS``: first those the length notice names
    first (a sentence said twice, a stock closing, a third result that neither has a
    figure nor is on the talk's topic); then, only for a letter still far over, the parts
    that say more than it needs (an idea's third and later steps, the problem's, a
    result's and the figure's later sentences). Never a result on the topic, the
    connection's moment, a sentence a kept one leans on, a result with a figure or a name
    ("from 30 to 11", a credential), nor a sentence of a few words: those the person
    decides on, as the length notice asks (``_cut_candidates``, ``_spare_parts``)."""
    need = words - TARGET_WORDS - FEW_WORDS
    results = sum(1 for c in checks if c.used and c.key == "fit" and c.sentences)
    spared = _connection_spare(checks)
    # what the figure speaks of: an idea's step it leans on stays (set AE,
    # an organ builder's "jigs … as we did in Boston" cut, and "In Boston, jigs …" kept)
    gained = _topic_stems(
        [s for c in checks if c.used and c.key == "value_gain_detail" for s in c.sentences]
    )
    chosen, total = [], 0
    first = [f for f in _cut_candidates(checks, topic) if f[0][0] < 2]
    for phase in (first, _spare_parts(checks, parts=AUTO_SPARE_PARTS)):
        if phase is not first and words - total <= MAX_WORDS + FAR_OVER:
            break  # a little over: the person says a sentence shorter (set AB)
        for item in phase:
            if total >= need or len(chosen) == MAX_AUTO_CUTS:
                break
            _, check, size, sentence, _ = item
            if size < MIN_TAKE:
                continue  # a word or two is not worth a sentence
            if check.key in RESULT_KEYS and _named(sentence):
                continue  # a result's figure is what it shows ("about half"); a credential
            if check.key == "closing" and not _spare_closing(sentence):
                continue  # "Please say thank you also to Declan", "Or I could come out …"
            if check.key in LEANED_ON_KEYS and _topic_stems((sentence,)) & gained:
                continue  # the figure speaks of it
            if any(f[3] != sentence and (sentence in f[3] or f[3] in sentence) for f in chosen):
                continue  # inside a result already cut whole, or holding a part cut
            if check.key == "fit" and sentence == " ".join(check.sentences):
                if results <= MIN_RESULTS:
                    continue
                results -= 1
            if check.key == "connection":
                if not spared:
                    continue
                spared -= 1
            chosen.append(item)
            total += size
    return chosen


MAX_AUTO_CUTS = 5  # sentences a letter over the limit loses before the person is asked
# A closing line that only hopes to hear back: "I look forward to hearing from you", "I
# stay waiting your answer", "I hope to hear from you soon, bless".
HEAR_BACK_RE = re.compile(
    r"\b(?:hear(?:ing)?\s+(?:from|back)|look(?:ing)?\s+forward|waiting\s+(?:for\s+)?your)\b",
    re.IGNORECASE,
)
# ... and what a closing line does for them: an offer, an ask, a thanks to pass on
OFFER_OR_ASK_RE = re.compile(
    r"\b(?:could|can|please|let\s+me|happy\s+to|glad\s+to|available|send|bring|show)\b",
    re.IGNORECASE,
)


def _spare_closing(sentence: str) -> bool:
    """A closing line the letter can leave out by itself: a hope to hear back, or a line
    that neither names anyone nor offers or asks anything ("I really enjoyed meeting the
    team"). Never "Please say thank you also to Declan" (a thanks to pass on, typed as the
    wizard cannot tell), "Or I could come out on a Saturday" (an offer), nor a thanks
    naming someone: the person decides on those, as the length notice asks."""
    if any(w[:1].isupper() and w.strip(".,;:!?") not in FIRST_PERSON for w in sentence.split()[1:]):
        return False
    return bool(HEAR_BACK_RE.search(sentence)) or not OFFER_OR_ASK_RE.search(sentence)


FAR_OVER = 20  # words over MAX_WORDS: a letter this far over loses its spare parts too
RESULT_KEYS = ("fit", "value_gain_detail")
LEANED_ON_KEYS = ("value_problem", "value_idea")  # what a figure may speak of


CUT_FOR_LENGTH = "To keep your letter near"  # the notice of a sentence left out for length


def _without(checks: list[Check], cut: list[tuple]) -> list[Check]:
    """``checks`` with the sentences of ``cut`` left out, each answer's notice saying
    which and why: an answer that loses all its sentences is left out. Such a sentence
    comes back by itself once the letter has room (it is cut only while the letter is
    over ``MAX_WORDS``), so it is never counted as an answer still to come back."""
    gone: dict[tuple[str, int], list[tuple[str, str]]] = {}
    for _, check, _, sentence, why in cut:
        gone.setdefault((check.key, check.number), []).append((sentence, why))
    out = []
    for check in checks:
        cuts = gone.get((check.key, check.number), []) if check.used else []
        kept, dropped = _sentences(check), []
        for text, _ in cuts:
            if text == " ".join(check.sentences):
                dropped, kept = dropped + kept, []  # a result cut whole
                continue
            # the step named, once, from the end: the same words said twice lose one
            at = max((i for i, s in enumerate(kept) if s == text), default=None)
            if at is not None:
                dropped.append(kept.pop(at))
        if not dropped:
            out.append(check)
            continue
        kept = tuple(kept)
        told = (
            f"{CUT_FOR_LENGTH} {TARGET_WORDS} words, it leaves out “{' '.join(dropped)}”: "
            f"it {cuts[0][1]}. Nothing to do: it comes back by itself when other sentences "
            "are said in fewer words."
        )
        if kept:
            out.append(replace(check, sentences=kept, message=f"{check.message} {told}"))
        else:
            # "“Thank you for …” is left out: …" stays said, with what is cut now (set AF)
            earlier = check.message.split(f" {REST_KEPT}")[0]
            earlier = f"{earlier} " if THANKED_AGAIN in earlier else ""
            out.append(check.left_out(f"{earlier}{told}"))
    return out


def _cuts(
    checks: list[Check],
    coming: int,
    topic: frozenset[str] = frozenset(),
    noted: frozenset[str] = frozenset(),
) -> str:
    """What to do to bring a letter of ``coming`` words to about ``TARGET_WORDS`` in one
    round (``_cut_choice``), said as steps."""
    chosen, shorter, total, one = _cut_choice(checks, coming, topic, noted)
    if one:
        _, check, size, sentence, why = chosen[0]
        return (
            f"Cut one sentence and it comes to about {coming - size}: “{sentence}” "
            f"({_label(check)}, {size} words) {why}."
        )
    end = f"it comes to about {coming - total}"
    if not shorter:
        named = ", and ".join(f"“{f[3]}” ({_label(f[1])})" for f in chosen)
        return f"Cut these sentences whole and {end}: {named}."
    if len(chosen) + len(shorter) == 1:
        check, sentence, size, said = shorter[0]
        plan = (
            f"Each sentence in it is one the letter needs: say “{sentence}” ({_label(check)}, "
            f"{size} words) in about {said} words, keeping it a full sentence, and {end}."
        )
    else:
        steps = [f"Cut “{f[3]}” ({_label(f[1])}, {f[2]} words)." for f in chosen]
        steps += [
            f"Say “{sentence}” ({_label(check)}, {size} words) in about {said} words."
            for check, sentence, size, said in shorter
        ]
        listed = " ".join(f"{i}. {step}" for i, step in enumerate(steps, 1))
        plan = (
            f"Do these and {end}, each sentence said shorter still a full one: {listed}"
            if chosen
            else "Each sentence in it is one the letter needs: say these in fewer words, "
            f"each still a full sentence, and {end}: {listed}"
        )
    if coming - total > MAX_WORDS - FEW_WORDS:
        plan += " Then say other long sentences in fewer words too, until it is under 200."
    return plan


def _plan(
    checks: list[Check],
    found: list[tuple],
    need: int,
    *,
    capped: bool = True,
    more: list[tuple] = (),
) -> tuple[list, list, int]:
    """(sentences cut whole, sentences said shorter, words taken off) to take ``need``
    words off: whole cuts from ``found`` in its order, at most ``MAX_CUTS`` and, when
    ``capped`` (the letter gets to its aim so), no more of the connection than
    ``_connection_spare``; then the longest sentences said shorter for what is still
    missing. When that still leaves the letter over the limit, the sentences of ``more``
    (``_spare_parts``) are cut too, in its order, as many as it takes, the plan kept to
    ``MAX_STEPS``."""
    enough = need - FEW_WORDS
    chosen, total = [], 0
    spared = _connection_spare(checks) if capped else MAX_CUTS
    results = sum(1 for c in checks if c.used and c.key == "fit" and c.sentences)
    for item in found:
        if total >= enough or len(chosen) == MAX_CUTS:
            break
        if item[1].key == "connection":
            if not spared:
                continue  # the connection keeps two of its sentences
            spared -= 1
        if item[1].key == "fit":
            if results <= MIN_RESULTS:
                continue  # two results stay: one asked for a round before is not cut now
            results -= 1
        chosen.append(item)
        total += item[2]
    shorter = []
    if total < enough:
        shorter = _said_shorter(checks, need - total, but={f[3] for f in chosen})
        took = sum(size - said for _, _, size, said in shorter)
        if need - total - took > MAX_WORDS - FEW_WORDS - TARGET_WORDS:
            # still near 200: as many more sentences said shorter as it takes, so the plan
            # lands near its aim in one round (sets Y and AA: letters ended over after two)
            but = {f[3] for f in chosen}
            shorter = _said_shorter(checks, need - total, but=but, most=MOST_SHORTER)
    took = sum(size - said for _, _, size, said in shorter)
    if more and need - total - took > MAX_WORDS - FEW_WORDS - TARGET_WORDS:
        # Far over (set AB, a packhouse supervisor of 391 words was told to say ten
        # sentences shorter and was still at 292): the parts that say more than the letter
        # needs lose whole sentences before the rest is said shorter.
        for item in more:
            if total + took >= enough or len(chosen) >= MAX_STEPS - 1:
                break
            if any(item[3] in f[3] for f in chosen):
                continue  # inside a result already cut whole
            chosen.append(item)
            total += item[2]
            but = {f[3] for f in chosen}
            most = min(MOST_SHORTER, MAX_STEPS - len(chosen))
            shorter = _said_shorter(checks, need - total, but=but, most=most)
            took = sum(size - said for _, _, size, said in shorter)
    return chosen, shorter, total + took


def _said_shorter(
    checks: list[Check], need: int, *, but: set[str], most: int = MAX_SHORTER
) -> list[tuple[Check, str, int, int]]:
    """(check, sentence, size, words to say it in) for the longest sentences, enough to
    take ``need`` words off in at most ``MAX_SHORTER`` of them: each said in about half its
    words (never fewer than ``SHORT_ENOUGH``), the last only as much shorter as it needs.
    The question last (a question cut down reads as a demand), sentences without a figure
    before those with one (a figure is what a sentence is worth keeping for), never the
    closing (the next step its notice asks for); the longest first within each, so the
    order is the same every round."""
    found = [
        (c.key == "question", FIGURE_RE.search(s) is not None, -len(s.split()), i, c, s)
        for i, (c, s) in enumerate((c, s) for c in checks if c.used for s in _sentences(c))
        if c.key != "closing" and s not in but and len(s.split()) > LONG_ENOUGH
    ]
    chosen, total = [], 0
    for *_, check, sentence in sorted(found, key=lambda f: f[:4]):
        if total >= need - FEW_WORDS or len(chosen) == most:
            break
        size = len(sentence.split())
        take = min(size - max(SHORT_ENOUGH, size - size // 2), need - total)
        if take < MIN_TAKE:
            continue  # a step for a word or two is not worth the person's time
        chosen.append((check, sentence, size, size - take))
        total += take
    return chosen


LONG_ENOUGH = 12  # words: a sentence this long can be said in fewer


MAX_STEPS = 12  # steps in a far-over letter's plan: more is not a list a person follows
KEPT_STEPS = 2  # an idea's first steps: what the idea is


def _spare_parts(checks: list[Check], *, parts: dict[str, int] | None = None) -> list[tuple]:
    """(rank, check, size, sentence, why) for the sentences a far-over letter can lose
    from the parts that say more than it needs: an idea's third and later steps (its
    first two say what it is), the problem's sentences after its first (they know their
    own problem), a result's sentences after its first (the result stays). Never one the
    next sentence leans on, one sharing a word with the question (why it is asked), a
    result's sentence with a figure or a short one naming something (a credential), nor
    the letter's only figure. The problem's and the
    idea's first, then the results'; the fewest figures and names, then the longest.
    ``parts`` (``AUTO_SPARE_PARTS``) says how many sentences each answer keeps, when not
    ``SPARE_PARTS``."""
    used = [c for c in checks if c.used]
    everything = [s for c in used for s in _sentences(c)]
    asked = _topic_stems(
        [s for c in used if c.key == "question" for s in _sentences(c) if s.endswith("?")]
    )
    found = []
    for check in used:
        kept = (parts or SPARE_PARTS).get(check.key)
        if kept is None:
            continue
        said = _sentences(check)
        for i in range(kept, len(said)):
            sentence = said[i]
            if _referred_back(said[i + 1 :]) or _topic_stems((sentence,)) & asked:
                continue
            if FIGURE_RE.search(sentence) and (
                check.key == "fit"
                or not any(FIGURE_RE.search(s) for s in everything if s != sentence)
            ):
                continue  # a result's figure, or the letter's only one, is what it shows
            size = len(sentence.split())
            if check.key == "fit" and size < LONG_ENOUGH and _named(sentence):
                continue  # "I have cleared CA Intermediate both groups.": a credential
            rank = (check.key == "fit", _named(sentence), -size)
            found.append((rank, check, size, sentence, "says more than the letter needs"))
    return sorted(found, key=lambda f: f[0])


# The sentences an answer keeps when a far-over letter cuts it down to its first ones.
SPARE_PARTS = {"value_idea": KEPT_STEPS, "value_problem": 1, "fit": 1}
# ... and when the letter leaves them out itself: a second figure for the gain too (the
# first says how much).
AUTO_SPARE_PARTS = SPARE_PARTS | {"value_gain_detail": 1}


def _connection_spare(checks: list[Check]) -> int:
    """How many of the connection's sentences may be named to cut: one of two, and of
    three or more all but two (the moment and what was said of it)."""
    said = [s for c in checks if c.used and c.key == "connection" for s in _sentences(c)]
    return 1 if len(said) == 2 else max(0, len(said) - 2)


def _cut_candidates(checks: list[Check], topic: frozenset[str] = frozenset()) -> list[tuple]:
    """(rank, check, size, sentence, why) for each sentence that can go whole, best
    first, in the tiers of ``_cut_tier``; within each, one that shares no word with the
    talk's ``topic`` (``_topic_stems``) first, then the fewest figures and names, then the
    longest. Never the closing's next step or its ask to pass the letter on."""
    used = [c for c in checks if c.used]
    results = [c for c in used if c.key == "fit"]
    kept = _kept_result(results)
    everything = [(s, c) for c in used for s in _sentences(c)]
    found = []
    asked = _topic_stems(
        [s for c in used if c.key == "question" for s in _sentences(c) if s.endswith("?")]
    )
    for check in used:
        if check.key == "closing":
            pieces = _sentences(check)
        elif check.key == "connection":
            # only a sentence it says twice: the rest is said shorter, never cut in part
            pieces = _beside_moment(_sentences(check))
        elif check.key == "fit" and len(results) > MIN_RESULTS and check is not kept:
            pieces = [" ".join(check.sentences)] if check.sentences else []
        else:
            # The connection is said shorter, never cut in part: its first half cut leaves
            # "My own father …" answering nothing (set AA, a lock keeper). A question's
            # second sentence is why it is asked ("My wife is a cook" for a couple's room).
            continue
        said = _sentences(check)
        for sentence in pieces:
            if sentence in said and _referred_back(said[said.index(sentence) + 1 :]):
                continue  # "… My own mother did the same": the next sentence leans on it
            stems = _topic_stems((sentence,))
            if stems & asked:
                continue  # "I have fired with wood" is why they ask about the wood kiln
            figure = FIGURE_RE.search(sentence)
            if figure and not any(FIGURE_RE.search(s) for s, c in everything if s not in sentence):
                continue  # the letter's only figure stays
            size = len(sentence.split())
            others = list(everything)
            for own in split_sentences(sentence):
                if (own, check) in others:
                    others.remove((own, check))  # itself once: words said twice repeat
            repeats = _repeats(sentence, others)
            if check.key == "connection" and repeats is None:
                continue
            if check.key == "fit" and figure and repeats is None:
                continue  # a result with its figure is what the letter shows: it stays
            if check.key == "closing" and _next_step_closing(sentence):
                # The closing's offer ("I can come in for a trial day", "Let me know about
                # next steps with Dr Patel") is the letter's next step, and its ask to pass
                # the letter on reaches the one who decides: the notices that asked for
                # them would be undone (set AC: users went round in a circle).
                continue
            # one that says again what another says loses nothing, on the topic or not;
            # a result with a figure or on the topic is worth its words even so (set AC:
            # "My rooms mortality is 9%." beside the gain's "from 13% to 9%")
            on_topic = bool(stems & topic)
            weighty = check.key == "fit" and (on_topic or _has_figure(sentence))
            on_topic = on_topic and repeats is None
            tier = _cut_tier(check, repeats, weighty=weighty)
            # A sentence of a suggested fix goes after the person's own: a cut named inside
            # a fix the answer's notice offers would ask two things of one sentence.
            fixed = check.status == FIXED
            rank = (tier, repeats is None, on_topic, fixed, _named(sentence), -size)
            if repeats is check:
                why = "says again what a sentence before it says"
            elif repeats is not None:
                why = f"says again what {_label(repeats)} says"
            elif tier == 0:
                why = "says the least of your sentences"
            else:
                why = "has the fewest figures and names of the sentences that can go whole"
            found.append((rank, check, size, sentence, why))
    return sorted(found, key=lambda f: f[0])


MIN_RESULTS = 2  # results a letter keeps when the person gave that many: cut the third


def _has_figure(sentence: str) -> bool:
    """A figure in digits or in words ("from nine working days to four"); "one" alone
    is not one ("one of the first"), nor a word of a name ("Seven Oaks Hospital")."""
    words = [w.strip(".,;:!?()“”\"'") for w in sentence.split()]
    # "Nine years on nights …" opens with one; "Seven Oaks Hospital" is a name
    small = {
        w.lower()
        for i, w in enumerate(words)
        if w.islower() or i == 0 and len(words) > 1 and words[1].islower()
    }
    return bool(FIGURE_RE.search(sentence) or small & (NUMBER_WORDS - {"one"}))


def _counts(result: str, noted: frozenset[str]) -> bool:
    """A result worth its words: with a figure, or sharing a word with what the user
    noted of the talk ("the WHO Wheelchair Service Training Package" discussed)."""
    return _has_figure(result) or bool(_topic_stems((result,)) & noted)


# A closing that names the next step without "I can" or "I'd be glad": "Let me know
# about next steps with Dr Patel!", "Please say thanks to Dave for me too.", "I will
# bring my tickets to the second interview."
NEXT_STEP_CLOSING_RE = re.compile(
    r"\bnext\s+steps?\b"
    r"|\b(?:second|next|final)\s+(?:round|interview|stage|meeting)\b"
    r"|\b(?:say|give|send|pass\s+on)\s+(?:my\s+|our\s+)?(?:thanks|hello|hi|regards)\s+to\s+(?!you\b)"
    r"|\bi(?:'ll|’ll|\s+will)\s+(?:be\s+)?(?:happy|glad|ready|free|available|come|start|send|"
    r"bring|call|show|do)\b",
    re.IGNORECASE,
)


def _next_step_closing(sentence: str) -> bool:
    """A closing the closing step's own notice asks for: a concrete next step, an ask to
    pass the letter on, or one of the closings the step offers in one click."""
    return bool(
        NEXT_STEP_RE.search(sentence)
        or NEXT_STEP_CLOSING_RE.search(sentence)
        or _passes_on(sentence)
        or " ".join(sentence.split()) in offered_closings()
    )


REFERS_BACK_RE = re.compile(
    r"^(?:he|she|they|it|this|that|these|those|there|his|her|their|my own|so)\b"
    r"|\b(?:too|same|also|either)\b",
    re.IGNORECASE,
)


def _referred_back(after: list[str]) -> bool:
    """The sentence after leans on the one before: a pronoun or "My own" first, or
    "too", "same", "also" in it."""
    return bool(after) and REFERS_BACK_RE.search(after[0]) is not None


def _cut_tier(check: Check, repeats, *, weighty: bool = False) -> int:
    """Which sentences go first: one that says again what another says, a stock closing
    or a question's second sentence (0); then a result of several (1), the one with the
    fewest figures and names first; a result that shares a word with their problem, the
    idea or what was discussed, or a connection's sentence beside its moment, goes last
    (2): the connection is the letter's personal part, cut only when the rest said
    shorter cannot bring the letter under the limit (set Y, a ramp agent told to cut the
    food the reader still missed). A result with a figure ("from nine working days to
    four") goes last too, even when it says again what another says: both are
    ``weighty``."""
    if weighty:
        return 2
    if repeats is not None or check.key in ("closing", "question"):
        return 0
    return 2 if check.key == "connection" else 1


def _kept_result(results: list[Check]) -> Check | None:
    """The result that is never named to cut, so the letter keeps a fit: the first with
    a figure ("cut setup from 40 minutes to 25"), else the first with a number in words
    ("four years"), else the first (set Y, a saddler told to cut both her results)."""

    def weight(check: Check) -> tuple[bool, bool]:
        text = " ".join(check.sentences)
        words = {w.strip(".,;:!?").lower() for w in text.split()}
        return bool(FIGURE_RE.search(text)), bool(words & NUMBER_WORDS)

    return max(results, key=weight, default=None)


def _beside_moment(sentences: list[str]) -> list[str]:
    """A connection's sentences other than its moment: the sentence where the person
    speaks of themselves beside the reader ("I said my grandad had a stall ... and he
    remembered him"), else the first. A connection of one sentence has none to spare.
    A sentence a kept one leans on stays too: "You told me you skied at Poiana Brasov."
    before "We laughed because I am from Brasov." is said shorter, never cut.
    A moment that is a bare opener ("We both talked about our grandmothers.") keeps the
    nearest sentence that says what was said: without it the opener says nothing. A kept
    sentence that points back ("My first job was the repair on its north side") keeps
    the one before it, which says what it points at."""
    if len(sentences) < 2:
        return []
    mine = [
        i
        for i, s in enumerate(sentences)
        if {w.strip(".,;:!?").lower() for w in s.split()} & SELF_WORDS
    ]
    moment = mine[0] if mine else 0
    keep = {moment}
    if _bare(sentences[moment]):
        after = [i for i in range(moment + 1, len(sentences)) if not _bare(sentences[i])]
        before = [i for i in range(moment) if not _bare(sentences[i])]
        keep |= set(after[:1] or before[-1:])
    for i in range(len(sentences) - 1, 0, -1):
        if i in keep and _points_back(sentences[i]):
            keep.add(i - 1)
    return [s for i, s in enumerate(sentences) if i not in keep]


# Words that point back at the sentence before: "its north side", "the same thing",
# "yours recovered", "a Bridgeport too,", "we both laughed", "I also"; at its start,
# "He still asks …", "So you know …", "We laughed because …"; "there" after the first
# word ("my grandad had a stall there"); "too" at its end.
POINTS_BACK = frozenset({"its", "yours", "same", "too", "also", "both"})
POINTS_BACK_FIRST = frozenset({
    "it", "it's", "it’s", "he", "she", "they", "that", "this", "these", "those", "his",
    "her", "their", "so", "yours", "we", "we're", "we’re",
})  # fmt: skip


def _points_back(sentence: str) -> bool:
    words = [w.strip(".,;:!?()“”\"'").lower() for w in sentence.split()]
    if not words:
        return False
    return bool(POINTS_BACK & set(words) or words[0] in POINTS_BACK_FIRST or "there" in words[1:])


BARE_OPENER = 8  # words: a connection's sentence this short, with no name or figure


def _bare(sentence: str) -> bool:
    """ "We both talked about our grandmothers.": says what the talk was about, not the
    moment itself (no name, no figure, a few words)."""
    return len(sentence.split()) <= BARE_OPENER and not _named(sentence)


def _topic_stems(texts, *, names=()) -> frozenset[str]:
    """Stems of the words that can name something ("inspections" ~ "inspection",
    "French-speaking" -> french), not those of the people, the company or the role: a
    sentence sharing one with their problem, the idea or the notes is on the talk's
    topic."""
    skip = {stem(stem(fold(w))) for n in names for w in name_tokens(n or "")}
    return frozenset(
        s
        for text in texts
        for word in tokens(text or "")
        for part in content_parts(word)
        if is_content(part)
        and part not in NUMBER_WORDS
        and part not in PLAIN_VERBS
        and (s := stem(stem(part))) not in skip
    )


# Verbs any talk uses, naming no topic: "your father starting the shop" is not about
# "the online orders that started in covid".
PLAIN_VERBS = frozenset({
    "start", "starts", "started", "starting", "work", "works", "worked", "working", "run",
    "runs", "running", "ran", "use", "uses", "used", "using", "keep", "keeps", "kept",
    "keeping", "set", "sets", "setting", "put", "puts", "putting", "find", "finds", "found",
    "finding", "show", "shows", "showed", "shown", "showing", "try", "tries", "tried",
    "trying", "turn", "turns", "turned", "move", "moves", "moved", "moving", "bring",
    "brings", "brought", "leave", "leaves", "left", "stay", "stays", "stayed", "live",
    "lives", "lived", "end", "ends", "ended", "sort", "sorted", "deal", "dealt",
})  # fmt: skip


def _sentences(check: Check) -> list[str]:
    """An answer's sentences as the letter reads them (one answer may hold several)."""
    return [s for text in check.sentences for s in split_sentences(text)]


def content_words(sentence: str) -> set[str]:
    return {
        w
        for w in (w.strip(".,;:!?()“”\"'").lower() for w in sentence.split())
        if len(w) > 3 and w not in PLAIN_WORDS or any(ch.isdigit() for ch in w)
    }


# Words any sentence may share with another without saying the same thing.
PLAIN_WORDS = frozenset({
    "that", "this", "with", "would", "could", "should", "have", "about", "from", "they",
    "them", "their", "there", "what", "when", "were", "your", "yours", "been", "will", "also",
    "just", "more", "some", "into", "than", "then", "very", "much", "make", "made", "only",
    "over", "each", "every", "which", "while", "after", "before", "because", "still",
    "being", "like", "mean", "happy", "really", "things", "thing",
})  # fmt: skip


def _repeats(sentence: str, others: list[tuple[str, Check]]) -> Check | None:
    """The answer among ``others`` that already says most of what ``sentence`` says."""
    mine = content_words(sentence)
    if len(mine) < 3:
        return None
    for other, check in others:
        if len(mine & content_words(other)) >= REPEATED * len(mine):
            return check
    return None


def _named(sentence: str) -> int:
    """How many figures and names a sentence holds: what makes it worth its words."""
    words = sentence.split()[1:]
    return sum(
        1
        for w in words
        if NAMED_RE.search(w)
        or w.strip(".,;:").lower() in NUMBER_WORDS
        or (w[:1].isupper() and w.strip(".,;:") not in FIRST_PERSON)
    )


FIRST_PERSON = frozenset({"I", "I'm", "I'd", "I've", "I'll", "I’m", "I’d", "I’ve", "I’ll"})


def _label(check: Check) -> str:
    return f"Result {check.number}" if check.key == "fit" else ANSWER_LABELS[check.key]


def fit_items(answers: dict) -> list[str]:
    items = answers.get("fit", [])
    if isinstance(items, str):
        items = [items]
    return [i for i in items if isinstance(i, str) and i.strip()][:MAX_FIT_ITEMS]


def _same_openers(checks: list[Check]) -> list[Check]:
    """Two sentences in a row from two answers that open alike ("At my current lab we
    also added ..." then "At my current lab labeling errors went ..."): the later
    answer's notice says so; the wizard changes neither."""
    out, before = [], set()
    for check in checks:
        openers = [" ".join(s.split()[:4]).rstrip(",") for s in check.sentences]
        again = next((o for o in openers if len(o.split()) == 4 and o.lower() in before), "")
        if again and check.key in VALUE_KEYS:
            check = replace(
                check,
                message=f"{check.message} It opens like a sentence just before it "
                f"(“{again}”): start it another way, or fold the two together.",
            )
        if check.key in VALUE_KEYS:
            before |= {o.lower() for o in openers}
        out.append(check)
    return out


def _one_stop(sentence: str) -> str:
    """ "... at Ground Floor Coffee Co.." -> "... Co.": a name's own stop ends it."""
    return sentence[:-1] if sentence.endswith("..") and not sentence.endswith("...") else sentence


def _join(sentences: list[str]) -> str:
    return " ".join(s for s in sentences if s)


__all__ = ["FIXED", "LEFT_OUT", "USED", "Draft", "Notice", "assemble", "check_answers"]
