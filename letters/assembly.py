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

from letters.fragments import FIXED, LEFT_OUT, USED, Check, Facts, check_answer
from letters.quality.patterns import RANKS
from letters.quality.text import person_name, salutation

SUGGESTED = "suggested"  # an empty answer the step offers one for; the letter has none
MAX_FIT_ITEMS = 3
MIN_WORDS, MAX_WORDS = 75, 200  # a follow-up that gets read: say what to add or cut
PENDING_SLACK = 15  # left-out answers may come back shorter than typed
# Old letters stored the gain as one of three choices; it is not a sentence to carry.
LEGACY_GAIN_CHOICES = frozenset({"efficiency", "profit", "savings"})
VALUE_KEYS = ("value_problem", "value_idea", "value_gain", "value_gain_detail")
ANSWER_ORDER = ("connection", "fit", *VALUE_KEYS, "question", "closing")


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


@dataclass(frozen=True)
class Draft:
    subject: str
    body: str
    notices: tuple[Notice, ...] = field(default=())

    @property
    def left_out(self) -> list[Notice]:
        return [n for n in self.notices if n.left_out]


# --- the lines assembly adds ------------------------------------------------------

THANKS = (
    "Thank you for talking with me about the {role} job{at}.",
    "Thank you for sitting down with me about the {role} job.",
    "Thanks for meeting with me about the {role} position{at}.",
    "Thank you for the conversation about the {role} job.",
    "Thanks for taking the time to talk with me about the {role} opening.",
    "Thank you for meeting with me about the {role} position.",
    "Thank you for having me in for the {role} interview{at}.",
)
PANEL_THANKS = (
    "Thank you for joining my {role} interview{at}.",
    "Thanks for talking with me about the {role} position{at}.",
    "Thank you for your part in my {role} interview.",
    "Thank you for speaking with me about the {role} job.",
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
PARENTHESIS_RE = re.compile(r"\([^()]{0,80}\)")


def greeting(name: str) -> str:
    """ "Dear Dana", or "Dear Dr. Raman" when the name starts with a title; "Dear Chef
    Bellini", "Dear Sister Okafor"."""
    parts = person_name(name).split()
    uk_style = parts[:1] in (["Mrs"], ["Mr"], ["Ms"], ["Miss"], ["Mx"])  # typed with no stop
    if len(parts) > 1 and (uk_style or parts[0].rstrip(".").lower() in RANKS):
        return f"Dear {capitalised(parts[0])} {capitalised(parts[-1])}"
    who = salutation(name)
    return f"Dear {capitalised(who)}" if who else "Dear"


def capitalised(name: str) -> str:
    """ "maya okafor" -> "Maya Okafor": a name's first letters only, nothing else."""
    return " ".join(w[:1].upper() + w[1:] for w in name.split())


DETAIL_CUTS = (", ", " - ", " – ", " — ", " / ")


def _first_part(name: str) -> str:
    """ "Night Cleaning Supervisor – Manchester Airport" -> "Night Cleaning Supervisor":
    the name, not its details (a place, a shift, a second title)."""
    for cut in DETAIL_CUTS:
        name = name.split(cut)[0]
    return name.strip(" ,")


def company_phrase(company: str) -> str:
    """ "National Ambulance Service – Emergency Operations Centre" -> "National Ambulance
    Service", "Polished Nail Bar, Southport" -> "Polished Nail Bar": a letter names the
    company as people say it."""
    name = " ".join(PARENTHESIS_RE.sub("", company or "").split())
    short = _first_part(name)
    return short if len(short.split()) >= 1 and len(short) > 2 else name.strip()


def role_phrase(role: str) -> str:
    """The role to go mid-sentence: "Journeyman Electrician" -> "journeyman electrician",
    "OTR Driver (CDL-A, reefer)" -> "OTR driver"; acronyms keep their capitals."""
    role = " ".join(PARENTHESIS_RE.sub("", role or "").split())
    # "Healthcare Assistant (Band 3), Ward 7 Elderly Care" -> "healthcare assistant";
    # "Forklift Operator - Nights" -> "forklift operator": the role, not its details.
    role = _first_part(role.replace(" ,", ","))
    words = []
    for word in role.split():
        # "Full-Charge" is Title Case of two words; "CDL-A", "McKinsey" keep theirs
        parts = word.replace("/", "-").split("-")
        upper_inside = any(c.isupper() for part in parts for c in part[1:])
        upper_inside = upper_inside or any(c.isdigit() for c in word)
        words.append(word if upper_inside or len(word) == 1 else word.lower())
    return " ".join(words) or "the"


# --- assembling -------------------------------------------------------------------


def check_answers(answers: dict, *, facts: Facts) -> list[Check]:
    """Every answer checked, in the letter's order (fit items one by one)."""
    checks = []
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
            checks.append(check)
    return _with_their_idea(checks)


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
) -> Draft:
    """The letter the answers add up to, with a notice on every answer. ``seed`` (the
    letter's id) picks among the variants: the same letter always reads the same."""
    seed = seed or f"{recipient_name}|{company}|{role}"
    facts = Facts(
        names=(recipient_name, sender_name),
        company=company,
        recipient=recipient_name,
        seed=seed,
        trade=trade,
    )
    checks = _same_openers(check_answers(answers, facts=facts))
    said = {key: [s for c in checks if c.key == key for s in c.sentences] for key in ANSWER_ORDER}
    at = f" at {company_phrase(company)}" if company.strip() else ""
    role_words = role_phrase(role)
    thanks = choose(THANKS if is_decision_maker else PANEL_THANKS, seed=seed, part="thanks")
    closing = said["closing"]
    sign_off = choose(SIGN_OFFS, seed=seed, part="sign_off")
    if closing and closing[-1].lower().startswith(("thank", "thanks")):
        sign_off = choose(
            tuple(s for s in SIGN_OFFS if s not in THANKS_SIGN_OFFS), seed=seed, part="sign_off"
        )
    if len(closing) == 1 and _only_thanks(closing[0], recipient_name):
        # "Thank you." alone is the user's own sign-off: "Thank you,\nRosa Delgado".
        sign_off, closing = closing[0].rstrip(".!").split(",")[0], []
        checks = [_as_sign_off(c, sign_off) if c.key == "closing" else c for c in checks]
    paragraphs = [
        f"{greeting(recipient_name)},",
        _join([_one_stop(thanks.format(role=role_words, at=at)), *said["connection"]]),
        _join(said["fit"]),
        _join([s for key in VALUE_KEYS for s in said[key]]),
        _join([*said["question"], *closing]),
        f"{sign_off},\n{capitalised(sender_name)}".strip(),
    ]
    body = "\n\n".join(p for p in paragraphs if p)
    subject = choose(SUBJECTS, seed=seed, part="subject").format(
        role=role_words,
        Role=role_words[:1].upper() + role_words[1:],
        sender=capitalised(sender_name) or "me",
    )
    notices = [_notice(c) for c in checks]
    if length := _length_notice(body, checks):
        notices.append(length)
    return Draft(subject=subject, body=body, notices=tuple(notices))


THANKS_ONLY = frozenset(["thank", "thanks", "you", "so", "much", "again", "many", "very"])


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
ADD_ADVICE = {
    "connection": "a moment from your conversation (Connection step)",
    "fit": "a result with a number (Fit step)",
    "value_idea": "what you would do about their problem (Value step)",
    "question": "a question about their work (Question step)",
    "closing": "a small next step (Closing step)",
}


def _length_notice(body: str, checks: list[Check]) -> Notice | None:
    words = len(body.split())
    # The answers left out come back once rewritten: the target counts them now, so it
    # does not move between rounds.
    pending = sum(len(c.typed.split()) for c in checks if not c.used)
    coming = words + pending
    if MIN_WORDS <= words <= MAX_WORDS and coming <= MAX_WORDS + PENDING_SLACK:
        return None
    if words > MAX_WORDS or coming > MAX_WORDS + PENDING_SLACK:
        over = coming - MAX_WORDS + 5
        later = (
            f" With the answers still left out it will be about {coming}, so cut about "
            f"{over} words as you rewrite"
            if pending and coming > words
            else f" Cut about {over} words"
        )
        return Notice(
            "draft",
            f"Your letter is {words} words; one that gets read is under {MAX_WORDS}."
            f"{later}: {_to_cut(checks, over)}.",
            status="length",
        )
    used = {c.key for c in checks if c.used}
    missing = [advice for key, advice in ADD_ADVICE.items() if key not in used]
    results = sum(1 for c in checks if c.used and c.key == "fit")
    more = (
        "one more sentence about your idea, or what it would bring them (Value step)"
        if results >= 2
        else "a second result, or one more sentence about your idea"
    )
    add = "; ".join(missing) or more
    return Notice(
        "draft",
        f"Your letter is {words} words; one that is worth reading has at least "
        f"{MIN_WORDS}. Add {add}.",
        status="length",
    )


MAX_CUT_PARTS = 3  # a notice naming more parts than this is not one a person follows
LONG_IDEA = 50  # words: an idea longer than this is named among the parts to shorten
CUT_FIRST = ("connection", "value_gain_detail", "fit", "question", "value_problem")


def _to_cut(checks: list[Check], over: int) -> str:
    """What to cut, enough to come under the limit: a third result first (it could go),
    then the longest of the answers the letter can most easily do with less (the
    connection, the figure, a result); the idea only when it is much the longest: the
    idea is what the letter is for."""
    used = [c for c in checks if c.used]
    size = {id(c): len(" ".join(c.sentences).split()) for c in used}
    results = [c for c in used if c.key == "fit"]
    named, cut = [], 0
    if len(results) >= 3:
        named.append(f"Result 3 could go ({size[id(results[2])]} words)")
        cut = size[id(results[2])]
    if cut >= over:
        return named[0]
    spare = [c for c in used if c.key in CUT_FIRST and c not in results[2:]]
    idea = next((c for c in used if c.key == "value_idea"), None)
    longest = max(spare, key=lambda c: size[id(c)], default=None)
    if idea and (longest is None or size[id(idea)] > 2 * size[id(longest)]):
        longest = idea
    elif idea and size[id(idea)] > LONG_IDEA:
        spare.append(idea)  # an idea of 60 words can say the same in 40
    if longest is None:
        return ", and ".join(named) or "the longest answer"
    # A part is shortened by at most about half of it: a cut of more words than it
    # holds is no cut anyone can make, so the next longest parts share the rest.
    order = [longest, *sorted((c for c in spare if c is not longest), key=lambda c: -size[id(c)])]
    for part in order[:MAX_CUT_PARTS]:
        need = over - cut
        if need <= 0:
            break
        can = max(1, size[id(part)] // 2)
        take = min(need, can)
        label = f"Result {part.number}" if part.key == "fit" else ANSWER_LABELS[part.key]
        named.append(f"shorten {label} ({size[id(part)]} words) by about {take}")
        cut += take
    return ", and ".join(named) or "the longest answer"


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
