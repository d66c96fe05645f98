"""The words of a wizard answer as the user typed them: phone shorthand spelled out,
names the app knows with their capitals (people, peoples and languages, "march" beside
another month, words the interview's details or other answers write with a capital, an
unknown word before "river" or "road", the part of a town or the civic body after a kept
name: "Paarl East", "Drakenstein Municipality"), sentence case where the keyboard gave Title
Case or none, "she"/"he" turned to "you" in a letter to that person. Each change is a
fix the step shows (``letters.fragments``); pure functions, plain word lookups.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from letters import gazetteer
from letters.answer_shorthand import (
    AMOUNT_HEDGES,
    COMPANIES_AFTER,
    COMPANY_AFTER,
    CONDITIONS,
    DOWN_SYNDROME,
    HOW_NEXT,
    LEADING_ON,
    LOWER_SHORTHAND,
    MISSPELLED_UNLESS_NEXT,
    MISSPELLINGS,
    MONTH_BEFORE,
    MONTHS,
    SHORTHAND,
    SHORTHAND_AFTER,
    UNITS,
    about_here,
    ampersand_kept,
    are_opening,
    are_too_here,
    between_amounts,
    could_opening,
    day_spelled,
    digit_word,
    ends_phrase,
    experience_here,
    figure_before,
    figure_ish,
    first_here,
    forward_here,
    hour_here,
    i_would_here,
    i_would_within,
    is_said_of_it,
    know_here,
    last_minute,
    like_about,
    lower_shorthand_here,
    month_here,
    next_word,
    no_shows_here,
    number_and_unit,
    own_company_here,
    own_last,
    per_unit,
    previous_word,
    right_now_here,
    said_here,
    same_day_describes,
    shorthand_here,
    talked_what,
    the_here,
    there_here,
    tilde_spelled,
    with_here,
    you_are_here,
)
from letters.answer_words import (
    ACRONYMS,
    CALENDAR_WORDS,
    CLOSED_WORDS,
    CURRENCY_CODES,
    DETERMINERS,
    FILLERS,
    LANGUAGE_WORDS,
    NAMED_PLACES,
    NATIONALITY_WORDS,
    NOT_AFTER_HER,
    OTHER_PEOPLE,
    QUESTION_WORDS,
    THIRD_SUBJECTS,
    TRADE_SHORT,
)
from letters.answer_writer import WROTE_I, writer_name, writer_to_first
from letters.brands import air_con_here, vehicle_name
from letters.quality import lexicon, patterns
from letters.quality import sentences as grammar
from letters.quality.jobterms import JOB_TERMS
from letters.quality.text import NAME_PARTICLES, fold, name_tokens, person_name, rank_run

COMMON_ZIPF = 4.5  # as common as "invoice": an ordinary word, not a name


# Days and months take their capital; a month's short form is spelled out (``MONTHS``).
CALENDAR = {w: MONTHS.get(w, w.capitalize()) for w in CALENDAR_WORDS if w != "mar"}  # a verb too


LANGUAGES = {w: w.capitalize() for w in LANGUAGE_WORDS | NATIONALITY_WORDS}
# A language that is an ordinary word too ("scale and polish"): never capitalised by the
# wizard; a user who means the language types the capital.
COMMON_LANGUAGES = frozenset({"polish"})


# A verb after "he"/"she" that changes form after "you".
THIRD_PERSON = {"has": "have", "is": "are", "was": "were", "does": "do", "doesn't": "don't"}


@dataclass(frozen=True)
class Facts:
    """What the app knows around the answers: names keep their capitals."""

    names: tuple[str, ...] = ()  # recipient, sender, company, and the like
    recipient: str = ""  # the reader: "she" and their name become "you"
    sender: str = ""  # the writer: their own first name in an answer is "I"
    seed: str = ""  # picks among phrasings: the same letter always reads the same
    trade: str = ""  # the trade whose examples the messages quote (``letters.trades``)
    company: str = ""
    role: str = ""  # the job: its words ("Distributor") keep their capitals
    said: str = ""  # the letter's words so far: a lead is not used twice ("We talked about")
    # the user's other answers and fields as typed: "Core Payroll" typed with its capitals
    # in a sentence that is not Title Case keeps them in one that is
    typed: tuple[str, ...] = ()
    # what the user noted of the talk (discussed, problem): its words are the user's own
    # terms ("lyne arm", "kienyeji"), never an unknown word
    noted: tuple[str, ...] = ()
    # The reader decides on the hire: they were at the interview, so an example may say
    # "You told me about …"; to a recruiter or HR it may not claim they said it.
    decision_maker: bool = True

    def typed_names(self) -> str:
        """The fields typed not in Title Case, where capitals are the user's own choice."""
        fields = (*self.typed, self.company, self.role)
        return "\n".join(f for f in fields if f.strip() and not all_capitals(f))

    def noted_lower(self) -> frozenset[str]:
        """The words the user's notes of the talk write in lower case where the same note
        gives other words their capitals ("SOC, phishing, Splunk"): the user's own way of
        writing them, so no name typed in lower case."""
        words = set()
        for note in self.noted:
            if note != note.lower():
                words |= {w.strip(".,;:!?()\"'") for w in note.split() if w.islower()}
        return frozenset(words)

    def keep(self) -> frozenset[str]:
        """Names that keep their capitals: the people, the company, languages."""
        # "Seamus Doyle (Course Manager)": the job title is no name ("the course")
        people = (person_name(n) for n in self.names)
        named = {n.strip() for n in (*people, self.company) if n.strip()}
        return frozenset(named | set(LANGUAGES.values()))

    def name_words(self) -> frozenset[str]:
        """The words of the names, less "The" and "of" ("The Grand Hotel")."""
        words = {w for n in self.keep() if n != self.company for w in name_tokens(n)}
        # A company's ordinary words are not names on their own: "my last school" at
        # "St Anne's Primary School", "industrial products" at "Apex Industrial Supply".
        words |= {
            w
            for w in name_tokens(self.company)
            if not common_word(w.lower()) and not everyday_word(w.lower())  # "Tasman Lab"
        }
        return frozenset(w for w in words if w.lower() not in CLOSED_WORDS)

    def recorded(self) -> tuple[dict[str, str], tuple[str, ...], frozenset[str]]:
        """What the interview's details and the other answers write with capitals, where
        capitals are the user's own choice (``typed_names``): (one word no dictionary
        knows, lower case -> as written: "talek" -> "Talek", "kpsga" -> "KPSGA"; runs of
        two or more capitalised words: "Coastal Classic"; first names, of the people on
        record and of such runs: "mark" of "Mark Petersen")."""
        # not the role: "Wall and Floor Tiler" is a job title's capitals, "a tiler" no name
        fields = (*self.typed, self.company)
        typed = "\n".join(f for f in fields if f.strip() and not all_capitals(f))
        return _recorded(typed, tuple(self.names))

    def capitalised_words(self) -> dict[str, str]:
        """Words the details and answers write with a capital inside a sentence, where
        capitals are the user's own choice, though they are words too: lower case -> as
        written ("rise" -> "Rise" of "30 modules in Storyline and Rise")."""
        found: dict[str, str] = {}
        for field in self.typed_names().splitlines():
            words = [*field.split()[:MAX_FIELD_WORDS], "."]
            cores = [w.strip(".,;:!?()\"'“”") for w in words]
            opens = True
            for i, core in enumerate(cores[:-1]):
                named = core[:1].isupper() and core[1:].islower() and core.isalpha()
                # alone, not a word of a run: "Storyline and Rise"; not "Finance Manager",
                # "Brightwell Recruitment", "Leeds General Infirmary"
                alone = not (i and cores[i - 1][:1].isupper() and words[i - 1][-1:].isalpha())
                alone = alone and not (cores[i + 1][:1].isupper() and words[i][-1:].isalpha())
                if named and alone and not opens and core.lower() not in CLOSED_WORDS:
                    found.setdefault(core.lower(), core)
                opens = words[i][-1:] in ".!?:;" or words[i] in ("-", "–", "—")
        return found

    def titles(self) -> dict[str, str]:
        """The reader's title as written in their name: {"chef": "Chef"} for "Chef Marco
        Bellini"; none for "Marco Bellini"."""
        parts = person_name(self.recipient).split()
        return {fold(p.rstrip(".")): p.rstrip(".") for p in parts[: rank_run(parts)]}

    def spelled(self) -> dict[str, str]:
        """Lower-case spelling -> the name's own spelling ("walt" -> "Walt"), for the
        people's names (a company's "Plumbing" is an ordinary word on its own)."""
        # A rank's words are no names on their own: "my fire course" for "Chief Fire Officer"
        people = [w for n in self.names for w in name_tokens(_without_rank(person_name(n)))]
        found = {fold(w): w for w in people if len(w) > 1 and w[:1].isupper()}
        # "mr noel o'sullivan" typed all in lower case: a name's word no dictionary holds
        # as a word takes its capital ("anytime noel"); "will", "rose" stay as typed, and
        # "van der Merwe" as written
        lowered = [
            w for n in self.names if n == n.lower()
            for w in name_tokens(_without_rank(person_name(n)))
        ]  # fmt: skip
        found |= {
            fold(w): w.capitalize()
            for w in lowered
            if len(w) > 1 and w.isalpha() and fold(w) not in found
            and w not in CLOSED_WORDS and w.rstrip(".") not in TITLES
            and w not in NAME_PARTICLES and not lexicon.is_english_word(w)
        }  # fmt: skip
        languages = {k: v for k, v in LANGUAGES.items() if k not in COMMON_LANGUAGES}
        return {**CALENDAR, **languages, **found}


def _recorded(
    fields: str, names: tuple[str, ...]
) -> tuple[dict[str, str], tuple[str, ...], frozenset[str]]:
    """``Facts.recorded`` of the fields (one a line) and the people's names."""
    single: dict[str, str] = {}
    runs: list[str] = []
    first = {fold(person_name(n).split()[0]) for n in names if person_name(n).split()}
    for field in fields.splitlines():
        run: list[str] = []
        opens = True  # the first word of a sentence has its capital anyway
        for word in [*field.split(), "."]:
            core = word.strip(".,;:!?()\"'“”")
            capital = core[:1].isupper() and core.replace("-", "").isalpha() and not opens
            capital = capital or bool(RECORDED_CODE_RE.fullmatch(core))  # "their PM2"
            capital = capital and core != "I"
            if capital:
                run.append(core)
            if not capital or word[-1:] in ".,;:!?)":
                if len(run) > 1:
                    runs.append(" ".join(run))
                if len(run) == 2 and not _as_word(run[1].lower()):
                    first.add(fold(run[0]))  # "Mark Petersen": "marks job" is Mark's
                if len(run) == 1 and not _as_word(run[0].lower()):
                    # "Talek", "KPSGA" standing alone; not "IT", "UP", nor a word of a run
                    # ("Millwright Red Seal": a user's habit as much as a name)
                    single.setdefault(run[0].lower(), run[0])
                run = []
            opens = word[-1:] in ".!?:;" or word in ("-", "–", "—")
    return single, tuple(dict.fromkeys(runs)), frozenset(first)


# A machine's, a line's or a form's code in capitals: "PM2", "RTG3", "P45".
RECORDED_CODE_RE = re.compile(r"[A-Z]{1,4}\d{1,4}")


def _as_word(word: str) -> bool:
    """Written as a word too, so its capital on record may be a sentence's or a habit's
    ("The Depot", "Rota"): "talek", "kpsga" are not."""
    return (
        word in CLOSED_WORDS
        or word in CALENDAR
        or word.rstrip(".") in TITLES
        or word in JOB_TERMS  # "as a Tiler": a job, capitalised as a habit
        or len(word) < 3
        or common_word(word)
        or ordinary_word(word)
        or everyday_word(word)
    )


# A code typed in lower case: one or two letters and a number ("pm2", "q3", "co2", "a4").
LOWER_CODE_RE = re.compile(r"([a-z]{1,2})\d{1,3}")
# Letters before a number that are no code's: a unit ("m2", "cm3", "ft2"), a version or a
# count ("v2", "x2", "no1", "yr10", "wk3", "pg4", "pt2"), text-speak ("b4", "w8", "u2",
# "ne1"), a chip's lower-case maker's style ("i7").
NOT_CODES = frozenset({
    "m", "cm", "mm", "km", "ft", "in", "sq", "yd", "mi", "kg", "lb", "g", "l", "ml", "kw",
    "mw", "hp", "gb", "mb", "kb", "tb", "hz", "v", "x", "no", "nr", "yr", "wk", "pg", "pp",
    "pt", "ch", "ep", "hr", "ex", "b", "w", "u", "ne", "r", "i", "th", "st", "nd", "rd",
})  # fmt: skip


def _lower_code(word: str) -> bool:
    """ "pm2" (paper machine 2), "q3", "p45", "co2": one or two letters and a number,
    typed in lower case, are a code whose capitals the keyboard left out; not a unit, a
    version or text-speak (``NOT_CODES``)."""
    code = LOWER_CODE_RE.fullmatch(word)
    return bool(code) and code.group(1) not in NOT_CODES


def _without_rank(name: str) -> str:
    """ "Chief Fire Officer Niamh Ryan" -> "Niamh Ryan"."""
    parts = name.split()
    return " ".join(parts[rank_run(parts) :])


def all_capitals(text: str) -> bool:
    words = [w for w in text.split() if w[:1].isalpha()]
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


# "i b working" is no sentence: "b" after these is "be".
BE_AFTER = frozenset({
    "i", "will", "would", "can", "could", "should", "might", "may", "must", "to", "wd",
    "cd", "shd", "wont", "won't", "gonna", "i'll", "ill", "we'll", "you'll", "u'll",
})  # fmt: skip


# "take a block and b on a backup list": "b" after "and" is "be" when one of these says
# earlier in the clause what someone can or will do.
BE_AND_LEADS = BE_AFTER - {"i"}


# "would you b open", "can we b there": "b" after someone asked about with these is "be".
ASKING_MODALS = frozenset({
    "would", "will", "can", "could", "should", "might", "may", "must", "wd", "cd", "shd",
})  # fmt: skip
ASKED_SUBJECTS = frozenset({"you", "u", "we", "they", "i", "he", "she"})


def _asked_be(words: list[str]) -> bool:
    """ "Would you b open to me …", "could we b there": a "b" after a modal and who."""
    return previous_word(words) in ASKED_SUBJECTS and previous_word(words, 2) in ASKING_MODALS


# "v much", "v good": "very" before these only ("Leeds v Hull", "section v" stay).
VERY_NEXT = frozenset({
    "much", "many", "well", "little", "good", "happy", "busy", "keen", "grateful", "glad",
    "pleased", "proud", "excited", "interested", "nice", "helpful", "useful", "quick",
    "important", "impressed", "lucky", "hard", "easy", "kind", "welcome",
})  # fmt: skip


def _very_here(core: str, words: list[str], typed: list[str], place: int) -> bool:
    """ "thx again, v much enjoyed", "V much": "very"; a capital "V" only where a
    sentence or a clause opens, as "Leeds V Hull" is a match."""
    if core not in ("v", "V") or typed[place] != core:
        return False
    if core == "V" and words and words[-1][-1:] not in ".,;:!?":
        return False
    return next_word(typed, place) in VERY_NEXT


def _be_after_and(words: list[str], typed: list[str], place: int) -> bool:
    """ "I can take a standing block and b on a backup list": a lower-case "b" after "and"
    with "can", "will", "to" ... earlier in its clause; "sections a and b on Monday" (a
    letter before "and") or no such verb ("salt and b vitamins") stay as typed."""
    if typed[place] != "b" or previous_word(words) != "and" or len(words) < 3:
        return False
    if not words[-1].isalpha() or len(words[-2].strip(".,;:!?")) < 2:
        return False
    following = next_word(typed, place)
    if len(following) < 2 or not following.isalpha():
        return False
    tags = lexicon.verb_tags(following)
    said = following in CLOSED_WORDS or lexicon.is_adjective(following) or following == "part"
    if not (said or {"VBG", "VBN"} & tags):
        return False  # "salt and b vitamins"
    for word in reversed(words[:-1]):
        if word[-1:] in ".,;:!?":
            return False
        if word.lower() in BE_AND_LEADS:
            return True
    return False


def thanks_comma(sentence: str, facts: Facts, changes: list[str]) -> str:
    """ "Thanks Walt" -> "Thanks, Walt": a name after thanks takes a comma."""
    words = sentence.rstrip(".!").split()
    if len(words) < 2 or words[0].lower() not in ("thanks", "thank") or "," in sentence:
        return sentence
    name = words[-1].strip(".!")
    lead = words[:-1]
    if name in facts.name_words() and [w.lower() for w in lead] in (["thanks"], ["thank", "you"]):
        changes.append("added a comma before the name")
        return f"{' '.join(lead)}, {name}{sentence[len(sentence.rstrip('.!')) :]}"
    return sentence


def _plain(word: str) -> bool:
    """A lower-case word that could be a town's name: no small word, no shorthand."""
    return (
        word.isalpha()
        and word.islower()
        and len(word) > 3
        and word not in CLOSED_WORDS
        and word not in TRADE_SHORT
        and word not in ACRONYMS
        and word not in SHORTHAND
        and word not in CALENDAR
        and word not in JOB_TERMS
    )


def _city_here(core: str, typed: list[str], place: int) -> str | None:
    """ "stockport" -> "Stockport", "palmerston north" -> "Palmerston North": a city's
    name (``letters.gazetteer``) typed in lower case that is no English word; a city that
    is a word too ("reading", "bologna", "nice") is only asked about (``answer_names``)."""
    following = next_word(typed, place)
    typed_next = typed[place + 1] if place + 1 < len(typed) else ""
    if (
        core in CITY_FIRST_WORDS
        and typed_next[:1].islower()
        and not core.endswith(tuple(".,;:!?"))
        and _plain(following)
        and not ordinary_word(following)
        and gazetteer.two_word_city(core, following)
    ):
        return f"{core.capitalize()} {following.capitalize()}"  # "san antonio"
    if not _plain(core):
        return None
    if (
        following
        and typed_next[:1].islower()
        and not core.endswith(tuple(".,;:!?"))
        and _plain(following)
        and not (ordinary_word(core) and ordinary_word(following))
        and gazetteer.two_word_city(core, following)
    ):
        return f"{core.capitalize()} {following.capitalize()}"
    if following in NAMED_PLACES:
        return None  # "kalk bay", "kentucky lake": the step asks about the whole name
    if not gazetteer.known_city(core) or ordinary_word(core) or lexicon.is_name(core.capitalize()):
        return None  # "toledo": ``_known_name`` capitalises lemminflect's names
    written = lexicon.zipf(core)
    # "tafe in parramatta", "a lad from galway": where a place goes
    after_in = place > 0 and typed[place - 1].lower() in TOWN_PLACE_LEADS
    if written >= CITY_AS_WORD or (
        written >= CITY_WRITTEN and gazetteer.population(core) < BIG_TOWN and not after_in
    ):
        return None  # "rugby", "alot", "magna cum laude", "parkland": written as words
    return core.capitalize()


TOWN_PLACE_LEADS = frozenset({"in", "at", "from", "near"})
# Short first words of two-word towns: "san antonio", "los angeles", "el paso".
CITY_FIRST_WORDS = frozenset({"san", "los", "las", "el", "la", "st", "port", "fort"})
CITY_AS_WORD = 3.5  # Zipf: a town's name written this often is a word too ("rugby")
CITY_WRITTEN = 2.8  # written this often, a name only for a big town ("croydon", not "magna")
BIG_TOWN = 50_000


THANKS_WORDS = frozenset({"thanks", "thank", "again", "you", "cheers", "hi", "hello", "soon"})


def _addressed(words: list[str], typed: list[str], place: int) -> bool:
    """ "thanks again chef", "see you soon, chef", "chef, ...": the reader called by their
    title at the end or the start of a sentence; not "I was head chef there"."""
    here = typed[place]
    if place == 0 or words and words[-1][-1:] in ".!?":
        return here.endswith(",")
    if not (place + 1 == len(typed) or here[-1:] in ".!?"):
        return False
    return words[-1][-1:] == "," or words[-1].lower() in THANKS_WORDS


# Words that make one name with a known name after them.
PLACE_PREFIXES = frozenset({"lake", "mount", "mt", "fort", "port", "saint", "st", "cape", "isle"})


# Brands, platforms and holidays people type in lower case, written only as names: their
# capitals in the fix ("tiktok", "whatsapp", "youtube", "linkedin" are in ``SHORTHAND``).
NAMED_THINGS = {
    "xmas": "Christmas", "christmas": "Christmas", "easter": "Easter", "diwali": "Diwali",
    "eid": "Eid", "ramadan": "Ramadan", "hanukkah": "Hanukkah", "halloween": "Halloween",
    "thanksgiving": "Thanksgiving", "instagram": "Instagram", "facebook": "Facebook",
    "google": "Google", "twitter": "Twitter", "snapchat": "Snapchat", "pinterest": "Pinterest",
    "gmail": "Gmail", "iphone": "iPhone", "ipad": "iPad", "powerpoint": "PowerPoint",
    "paypal": "PayPal", "ebay": "eBay", "etsy": "Etsy", "shopify": "Shopify", "canva": "Canva",
    "xero": "Xero", "quickbooks": "QuickBooks", "netflix": "Netflix", "spotify": "Spotify",
    "vegemite": "Vegemite", "marmite": "Marmite", "sharepoint": "SharePoint",
}  # fmt: skip
# Tools and frameworks of work that are no English word: names ("testng" is no typo of
# "testing").
TOOL_NAMES = {
    "testng": "TestNG", "junit": "JUnit", "jira": "Jira", "autocad": "AutoCAD",
    "github": "GitHub", "gitlab": "GitLab", "jmeter": "JMeter", "appium": "Appium",
    "solidworks": "SolidWorks", "sketchup": "SketchUp", "revit": "Revit",
    "photoshop": "Photoshop", "javascript": "JavaScript", "typescript": "TypeScript",
    "mysql": "MySQL", "postgresql": "PostgreSQL", "kubernetes": "Kubernetes",
    "salesforce": "Salesforce", "hubspot": "HubSpot", "trello": "Trello",
    "bitbucket": "Bitbucket", "nunit": "NUnit", "testrail": "TestRail",
    "bugzilla": "Bugzilla", "matlab": "MATLAB", "excel": "Excel",
}  # fmt: skip
# Tools whose names are words too ("the sap rose", "the postman", "selenium levels"): their
# capitals only beside another tool ("selenium java + testng") or, for the ones no other
# work writes of in a system, after "in", "on", "using" ("counts in sap", "in postman").
TOOL_WORDS = {
    "selenium": "Selenium", "java": "Java", "python": "Python", "cypress": "Cypress",
    "postman": "Postman", "sap": "SAP", "jenkins": "Jenkins", "docker": "Docker",
    "tableau": "Tableau",
}  # fmt: skip
TOOLS_IN_A_SYSTEM = frozenset({"postman", "sap", "jenkins", "docker", "tableau"})
TOOL_LEADS = frozenset({"in", "on", "using", "via", "into"})
# Between two tools in a list: "selenium java + testng", "junit and jira".
TOOL_JOINS = frozenset({"+", "and", "&", "/", "n", "with", "w/", "or"})
# Products of two words, typed in lower case (set AA): their makers' capitals.
NAMED_RUNS = ("Power BI", "Alfa Laval", "Google Sheets", "Microsoft Teams", "MS Teams")
# "excel" is a verb too ("I excel at"): Microsoft's only after these or before a file.
EXCEL_BEFORE = frozenset({"in", "on", "into", "with", "using", "use", "used", "an", "ms", "via"})
EXCEL_AFTER = frozenset({
    "sheet", "sheets", "spreadsheet", "spreadsheets", "file", "files", "formulas", "macros",
    "tracker", "template", "templates", "skills", "workbook",
})  # fmt: skip


def _named_thing(word: str, words: list[str], typed: list[str], place: int) -> str:
    """ "xmas" -> "Christmas", "instagram" -> "Instagram", "in excel" -> "Excel"; "" for
    other words ("I excel at")."""
    if word == "excel":
        ms = previous_word(words) in EXCEL_BEFORE or next_word(typed, place) in EXCEL_AFTER
        return "Excel" if ms else ""
    if word in TOOL_WORDS:
        return TOOL_WORDS[word] if _among_tools(word, words, typed, place) else ""
    return NAMED_THINGS.get(word, "") or TOOL_NAMES.get(word, "")


def _tool(word: str) -> bool:
    return word in TOOL_WORDS or word in TOOL_NAMES


def _among_tools(word: str, words: list[str], typed: list[str], place: int) -> bool:
    """ "selenium java + testng": a tool beside another (a joining word between them at
    most); "counts in sap", "the APIs in postman": a system's tool after "in", "using"."""
    previous = previous_word(words)
    if word in TOOLS_IN_A_SYSTEM and previous in TOOL_LEADS:
        return True
    joined = previous in TOOL_JOINS and _tool(previous_word(words, 2))
    if words and words[-1][-1:].isalpha() and (_tool(previous) or joined):
        return True
    if typed[place][-1:] in ".,;:!?":
        return False
    following = next_word(typed, place)
    if _tool(following):
        return True
    return following in TOOL_JOINS and _tool(next_word(typed, place + 1))


# "river Wharfe", "lake Taupo", "mount Snowdon": the kind of place takes the name's capital.
PLACE_KINDS = frozenset({"river", "lake", "mount", "loch", "lough"})


def _capital_name(following: str, typed_next: list[str]) -> bool:
    """The next word typed with a capital and no more ("Wharfe", not "I" or "NHS")."""
    word = typed_next[0].strip(".,;:!?'’s") if typed_next else ""
    return len(word) > 1 and word[:1].isupper() and word[1:].islower() and following.isalpha()


# Towns that are English words too ("in reading", "from cork"): asked about
# (``answer_names``), never capitalised.
TOWNS_AS_WORDS = frozenset({
    "reading", "cork", "bath", "derby", "hull", "wells", "sale", "deal", "bury", "nice",
    "split", "mobile", "buffalo", "phoenix", "darwin",
})  # fmt: skip


def _known_name(word: str, before: list[str], following: str) -> bool:
    """A lower-case word known only as a name ("eugene", "portland", "hawthorne"): not an
    English word ("mark", "will"), nor a small word ("may"), nor after "a", "my own" (a
    thing: "my own ute"), nor before "lake", "college" (the step asks: "Kentucky Lake")."""
    return (
        previous_word(before) not in DETERMINERS | {"own"}
        and following not in NAMED_PLACES
        and word.isalpha()
        and word.islower()
        and len(word) > 2
        and word not in CLOSED_WORDS
        and word not in lexicon.MODALS
        and word not in MONTH_WORDS  # "i can march the group": only by ``month_word_here``
        and word not in TRADE_SHORT
        and lexicon.is_name(word.capitalize())
        and not _agent_noun(word)
    )


def _family_name_here(core: str, words: list[str], typed: list[str], place: int) -> bool:
    """ "off cesar chavez", "john deere": a lower-case word no dictionary knows right after
    a first name this fix just capitalised is the rest of that name."""
    if not place or not words or core != core.lower() or not core.isalpha() or len(core) < 3:
        return False
    typed_before, made = typed[place - 1], words[-1]
    if (
        not typed_before.isalpha()
        or not typed_before.islower()
        or made != typed_before.capitalize()
    ):
        return False  # the first name ends no phrase, and was typed in lower case
    return (
        lexicon.is_name(made)
        and typed_before not in NAMED_THINGS  # "the christmas and easter rotas": no one
        and core not in CLOSED_WORDS
        and not lexicon.is_english_word(core)
        and not lexicon.is_english_word(core.removesuffix("s"))  # "rotas"
        and not ordinary_word(core)
    )


def _agent_noun(word: str) -> bool:
    """ "fisher", "tanner": a verb's doer, a common noun as much as a surname (set AA:
    "a sport fisher")."""
    return word.endswith("er") and len(word) > 4 and lexicon.BASE in lexicon.verb_tags(word[:-2])


ROMAN = frozenset({"ii", "iii", "iv", "vi"})
ROMAN_AFTER = frozenset({"cert", "certificate", "level", "tier", "stage", "band", "grade"})

# Degrees and the like typed with dots: "B.Sc.", "M.D.", "Ph.D.", "B.A." (not "e.g.").
DOTTED_RE = re.compile(r"(?<![\w.])(?:[A-Z][a-z]?\.){1,2}[A-Z][a-z]{0,2}\.(?=\s|$|,)")

# The space an emoji left before a stop or comma that ends its word ("anytime 😊." ->
# "anytime."), not the space before ".NET".
EMOJI_GAP_RE = re.compile(r"\s+([.,])(?=\s|$)")
# A space typed before a question mark, an exclamation mark or a comma that ends its word
# ("a fix day off ?", "on a roster , or"): the mark belongs to the word before it.
MARK_GAP_RE = re.compile(r"(?<=\w) +([?!,]+)(?=\s|$)")
# Degrees written without their dots; any other dotted short form ("the U.S.") keeps the
# stop that may end its sentence.
DEGREES = frozenset({
    "bsc", "msc", "ba", "ma", "bed", "med", "phd", "md", "rn", "bs", "ms", "mba", "llb",
    "dds", "dvm", "bn", "bsn", "msn", "np", "pa", "do", "od", "pharmd", "dnp",
})  # fmt: skip


def _undotted(match: re.Match) -> str:
    """ "B.Sc." -> "BSc": a degree loses its dots; any other dotted short form keeps all of
    them, as typed ("the U.S. Army", "the U.K."): the sentence splitter reads "U.S." as one
    word, and half its dots ("US.") would read as a sentence's end."""
    dotted = match.group(0)
    undotted = dotted.replace(".", "")
    return undotted if undotted.lower() in DEGREES else dotted


EMOJI_RE = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d\u2300-\u23ff]+")


VOCATIVES = patterns.RANKS | {"sir", "madam", "ma'am", "boss"}
ASKING_WORDS = frozenset({
    "do", "does", "did", "you", "u", "is", "are", "can", "could", "would", "will", "what",
    "how", "when", "where", "which", "who", "i", "thanks", "thank",
})  # fmt: skip


def _vocative_comma(text: str, changes: list[str]) -> str:
    """ "chef do u want ..." -> "chef, do u want ...": the reader addressed, then asked."""
    words = text.split(maxsplit=2)
    if len(words) < 3 or words[0].lower() not in VOCATIVES:
        return text
    if words[1].lower() not in ASKING_WORDS:
        return text
    changes.append("put a comma after the name you call them by")
    return f"{words[0]}, {words[1]} {words[2]}"


# Where a product or a system is named: "modules in Rise", "the log in Access".
PRODUCT_LEADS = frozenset({"in", "on", "with", "using", "into", "via", "through"})
MAX_FIELD_WORDS = 200  # words of one field read for its capitals

# Nouns a span is said before in the plural: "2 hours overtime", "20 minutes travel".
SPAN_OF = frozenset({"overtime", "travel", "time", "work", "driving", "notice", "drive"})


# After "15 min training": the "-ing" word is a thing ("a 15-minute training for staff")
ING_THING_NEXT = frozenset({"for", "on", "at", "per", "every", "each", "session", "sessions"})


def _describes_next(words: list[str], typed: list[str], place: int) -> bool:
    """ "15 min puppy groom": a span before a noun describes it ("a 15-minute groom").
    Not the end of a change ("from 34 to 22 min doing that", "cut it 14 to 9 min"), and
    an "-ing" word only after "a", "the", "my" ("a 10 min briefing") or before "for",
    "on" ("15 min training for ward staff"); "22 min doing that" is minutes spent."""
    following = next_word(typed, place)
    if not following.isalpha() or following in CLOSED_WORDS or following in SPAN_OF:
        return False
    before = [w.lower() for w in words[-4:-1]]
    if before[-1:] == ["to"]:
        return False  # "from 34 (min) to 22 min": the second figure of a change
    if following.endswith("ing") and "VBG" in lexicon.verb_tags(following):
        thing = before and before[-1] in DETERMINERS
        if not thing and next_word(typed, place + 1) not in ING_THING_NEXT:
            return False
    if _particle_noun(following):
        return True  # "15 min walkaround", "a 5 min handover"
    return lexicon.is_noun(following) and not lexicon.is_adjective(following)


# The particle that ends a noun made of a verb and a particle: "walkaround", "handover".
NOUN_PARTICLES = ("around", "over", "through", "out", "up", "down", "off", "back")


def _particle_noun(word: str) -> bool:
    """ "walkaround", "handover", "changeover": a verb and its particle written as one
    word, which no dictionary may hold, yet only a noun ("a 15-minute walkaround")."""
    if lexicon.is_english_word(word):
        return False
    for particle in NOUN_PARTICLES:
        verb = word.removesuffix(particle)
        if verb != word and len(verb) > 2 and "VB" in lexicon.verb_tags(verb):
            return True
    return False


def _are_after(words: list[str], typed: list[str], place: int) -> bool:
    """ "u r welcome", "we r short", "drivers r on the route": "are" after "you", "we",
    "they" or a plural noun, before a word."""
    previous = words[-1].lower()
    if previous in ("you", "we", "they"):
        return True
    following = next_word(typed, place)
    if previous in ("that", "which", "who") and typed[place] == "r":
        # "cuts that r losing money": "are" before an -ing word only ("the ones that r" alone
        # may say "that are" or be a note)
        return following.endswith("ing") and "VBG" in lexicon.verb_tags(following)
    plural = previous.endswith("s") and lexicon.is_noun(previous.removesuffix("s"))
    return previous.isalpha() and plural and following.isalpha() and typed[place] == "r"


def tidy(text: str, facts: Facts) -> tuple[str, list[str]]:
    """Shorthand spelled out, fillers dropped, known names and days capitalised."""
    changes: list[str] = []
    if EMOJI_RE.search(text):
        # "too!! 🐶 showed me", "anytime 😊": a letter carries no emoji
        text = EMOJI_GAP_RE.sub(r"\1", " ".join(EMOJI_RE.sub(" ", text).split()))
        changes.append("left out the emoji")
    if DOTTED_RE.search(text):
        # "my B.Sc. MIT there": the dots would end the sentence at "B.Sc."
        text = DOTTED_RE.sub(_undotted, text)
    text = MARK_GAP_RE.sub(r"\1", text)  # "fix day off ?" -> "fix day off?"
    text = _vocative_comma(text, changes)
    text = writer_to_first(text, facts, changes)  # "Dana appreciates" -> "I appreciate"
    text = _recorded_runs(text, facts.recorded()[1], changes)  # "the coastal classic"
    text = _recorded_runs(text, NAMED_RUNS, changes)  # "power bi" -> "Power BI"
    spelled = facts.spelled()
    words = []
    typed = text.split()
    for place, word in enumerate(typed):
        if not word:
            continue  # "day" joined to "same-day" before it
        core = word.strip(".,!?;:")
        lead = word[: len(word) - len(word.lstrip(".,!?;:"))]
        tail = word[len(lead) + len(core) :]
        lowered = core.lower()
        if lowered in FILLERS:
            changes.append("left out “lol” and the like")
            if tail and words and words[-1][-1:].isalnum():
                words[-1] += tail  # "balayage lol, she told me" keeps its comma
            continue
        if lowered in ("ur", "u r") and you_are_here(typed, place):
            words.append(lead + "you're" + tail)  # "ur from Sunderland": "you're"
            changes.append("spelled out the shorthand")
        elif lowered == "its" and is_said_of_it(typed, place):
            words.append(lead + "it's" + tail)  # "the same day its rejected"
            changes.append("spelled out the shorthand")
        elif lowered == "talked" and talked_what(typed, place):
            words += [word, "about"]  # "talked browns" -> "talked about browns"
            changes.append("spelled out the shorthand")
        elif lowered == "bout" and about_here(words, typed, place):
            words.append(lead + "about" + tail)  # "talked bout the game"; not "a bout of flu"
            changes.append("spelled out the shorthand")
        elif lowered == "sed" and core == lowered and said_here(words, typed, place):
            words.append(lead + "said" + tail)  # "Greg sed the", "he sed"; not "use sed to"
            changes.append("spelled out the shorthand")
        elif lowered == "rn" and right_now_here(typed, place):
            words.append(lead + "right now" + tail)  # "on the north route rn?"
            changes.append("spelled out the shorthand")
        elif are_too_here(words, typed, place):
            words.append(lead + "are" + tail)  # "brokens r 2 high" -> "brokens are too high"
            typed[place + 1] = "too" + typed[place + 1][1:]
            changes.append("spelled out the shorthand")
        elif the_here(words, typed, place):
            words.append(lead + "the" + tail)  # "frm d fishing festival", "rest d paddy"
            changes.append("spelled out the shorthand")
        elif with_here(words, typed, place):
            words.append(lead + "with" + tail)  # "too strict wit blending"
            changes.append("spelled out the shorthand")
        elif there_here(words, typed, place):
            words.append(lead + ("There" if core == "Der" else "there") + tail)  # "is der bus"
            changes.append("spelled out the shorthand")
        elif first_here(words, typed, place):
            words.append(lead + "first" + tail)  # "automate the regression cases 1st, run ..."
            changes.append("spelled out the shorthand")
        elif know_here(words, typed, place):
            words.append(lead + "know" + tail)  # "pls let me knw nxt round"
            changes.append("spelled out the shorthand")
        elif forward_here(words, typed, place):
            words.append(lead + "forward" + tail)  # "looking fwd 2 your reply"
            if not tail and place + 1 < len(typed) and typed[place + 1].startswith("2"):
                typed[place + 1] = "to" + typed[place + 1][1:]  # "forward 2" is "forward to"
            changes.append("spelled out the shorthand")
        elif lowered == "r" and words and _are_after(words, typed, place):
            words.append(lead + "are" + tail)  # "u r welcome", "we r short-staffed"
            changes.append("spelled out the shorthand")
        elif lowered[:1] == "x" and lowered[1:].isdigit() and len(lowered) <= 3:
            count = {"1": "once", "2": "twice"}.get(lowered[1:], f"{lowered[1:]} times")
            words.append(lead + count + tail)  # "x3 a month", "x2 a week" -> "twice a week"
            changes.append("spelled out the shorthand")
        elif (
            lowered == "class"
            and next_word(typed, place) in ("a", "b", "c")
            and (next_word(typed, place + 1) in ("cdl", "license", "licence", ""))
        ):
            words.append(lead + "Class" + tail)  # "class b CDL" -> "Class B CDL"
            typed[place + 1] = typed[place + 1].upper()
            changes.append("capitalised names")
        elif (
            core == lowered
            and (lowered in NUMBERED_GRADES or (lowered, previous_word(words)) == ("stage", "key"))
            and numbered_grade(lowered, next_word(typed, place), next_word(typed, place + 1))
            and not (words and _unknown_lower(words[-1]))
        ):
            # "band 5" -> "Band 5", "year 4", "class c+e" -> "Class C+E", "key stage 2"
            if lowered == "stage" and words[-1] == "key":
                words[-1] = "Key"  # typed in lower case as the grade word itself
            words.append(lead + core.capitalize() + tail)
            if lowered == "class" and not typed[place + 1][:1].isdigit():
                typed[place + 1] = typed[place + 1].upper()
            changes.append("capitalised names")
        elif lowered in ROMAN and words and words[-1].lower() in ROMAN_AFTER:
            # "cert iii" -> "Cert III", "level ii" -> "Level II"
            if words[-1] == words[-1].lower():
                words[-1] = words[-1].capitalize()
            words.append(lead + core.upper() + tail)
            changes.append("capitalised names")
        elif lowered in ("->", "=>") and between_amounts(words, typed, place):
            words.append(lead + "to" + tail)  # "40 -> 90 a night", "20 min -> 12 min"
            changes.append("spelled out the shorthand")
        elif lowered == "prob" and words and words[-1].lower() == "no":
            words.append(lead + "problem" + tail)  # "no prob"
            changes.append("spelled out the shorthand")
        elif lowered == "btw":
            # "split btw techs": between; "btw, ..." at the start: by the way
            opening = not words or words[-1][-1:] in ".!?"
            words.append(lead + ("by the way" if opening else "between") + tail)
            changes.append("spelled out the shorthand")
        elif lowered in ("useful", "helpful") and previous_word(words) == "if":
            words += ["it's", word]  # "I can send a plan if useful": "if it's useful"
            changes.append("spelled out the shorthand")
        elif (
            lowered in MISSPELLINGS
            and core in (lowered, lowered.capitalize())
            and next_word(typed, place) not in MISSPELLED_UNLESS_NEXT.get(lowered, ())
        ):
            fixed = MISSPELLINGS[lowered]
            words.append(lead + (fixed.capitalize() if core[:1].isupper() else fixed) + tail)
            changes.append("corrected the spelling")  # "seperate" -> "separate"
        elif lowered == "r" and are_opening(core, words, typed, place):
            words.append(lead + "are" + tail)  # "r u planning ...?", "R the night lifts ...?"
            changes.append("spelled out the shorthand")
        elif lowered == "cd" and could_opening(core, words, typed, place):
            words.append(lead + "could" + tail)  # "cd we meet on weds?"
            changes.append("spelled out the shorthand")
        elif lowered == "b" and _be_after_and(words, typed, place):
            words.append(lead + "be" + tail)  # "can take a block and b on a backup list"
            changes.append("spelled out the shorthand")
        elif (
            lowered == "b"
            and (previous_word(words) in BE_AFTER or _asked_be(words))
            and (next_word(typed, place).isalpha() or next_word(typed, place) in ("w/", "@"))
        ):
            words.append(lead + "be" + tail)  # "would i b working", "will b there"
            changes.append("spelled out the shorthand")
        elif lowered == "v" and _very_here(core, words, typed, place):
            words.append(lead + ("Very" if core == "V" and not words else "very") + tail)
            changes.append("spelled out the shorthand")  # "v much enjoyed", "V much"
        elif lowered == "hw" and next_word(typed, place) in HOW_NEXT:
            words.append(lead + "how" + tail)  # "hw many horses"
            changes.append("spelled out the shorthand")
        elif lowered in ("cos", "coz") and previous_word(words) in COMPANIES_AFTER:
            words.append(lead + "companies" + tail)  # "visiting cos arriving with motors"
            changes.append("spelled out the shorthand")
        elif (
            lowered == "co"
            and previous_word(words) in COMPANY_AFTER
            and next_word(typed, place) not in ("op", "ops", "operative")
        ):
            words.append(lead + "company" + tail)  # "to each co 4 weeks out"
            changes.append("spelled out the shorthand")
        elif lowered == "exp" and core in ("exp", "Exp") and experience_here(words, typed, place):
            words.append(lead + "experience" + tail)  # "5 yrs exp", "freezer exp at Sysco"
            changes.append("spelled out the shorthand")
        elif lowered == "co" and core in ("co", "Co") and own_company_here(words, typed, place):
            words.append(lead + "company" + tail)  # "at my previous co we", "prev co -"
            changes.append("spelled out the shorthand")
        elif lowered in ("shows", "show") and no_shows_here(words, typed, place):
            words[-1] += "-" + lowered + tail  # "cut the no shows", "No shows went from 12 a week"
            changes.append("spelled out the shorthand")
        elif (spelled_digit := digit_word(lowered, words, typed, place)) is not None:
            words.append(lead + spelled_digit + tail)  # "happy 2 come", "thanks 4 coming"
            changes.append("spelled out the shorthand")
        elif "~" in core and (rough := tilde_spelled(core)) is not None:
            if rough.startswith("about ") and previous_word(words) in AMOUNT_HEDGES:
                rough = rough.removeprefix("about ")  # "approx ~250": about once
            words += (lead + rough + tail).split()  # "~25/month", "~$40", "6~8 weeks"
            changes.append("spelled out the shorthand")
        elif (rate := per_unit(core)) is not None:
            words.append(lead + rate + tail)  # "£14/hr" -> "£14 an hour"
            changes.append("spelled out the shorthand")
        elif (rough := figure_ish(core)) is not None or (lowered == "ish" and figure_before(words)):
            # "£250ish" -> "about £250"; "40 ish" -> "about 40"; never twice ("about £300ish")
            hedged = previous_word(words, back=2 if rough is None else 1) in AMOUNT_HEDGES
            if rough is None:
                if tail and words:
                    words[-1] += tail
                if not hedged:
                    words[-1] = "about " + words[-1]
            else:
                words.append(lead + ("" if hedged else "about ") + rough + tail)
            changes.append("spelled out the shorthand")
        elif lowered == "pts" and previous_word(words)[:1].isdigit():
            words.append(lead + "points" + tail)  # "10 pts": points, not patients
            changes.append("spelled out the shorthand")
        elif lowered == "&" and ampersand_kept(
            words, typed, place, (facts.company, facts.recipient, *facts.names)
        ):
            words.append(word)  # "Mason & Hamlin", "Hollis & Sons": the name's own "&"
        elif lowered in SHORTHAND:
            spelled_out = SHORTHAND[lowered]
            if (
                tail.startswith(".")
                and spelled_out in LEADING_ON
                and place + 1 < len(typed)
                and not _opens_sentence(next_word(typed, place))
            ):
                # "incl. West End": the dot was the shorthand's; not "fell thru. i told
                # her": a subject after it starts the user's next sentence
                tail = tail[1:]
            if spelled_out in UNITS.values() and previous_word(words).lstrip("~") == "1":
                spelled_out = spelled_out.removesuffix("s")  # "1 hrs", "1 yrs": "1 hour"
            words.append(lead + spelled_out + tail)
            if spelled_out.lower() != lowered:
                changes.append("spelled out the shorthand")
            elif spelled_out != core:
                changes.append("capitalised names")  # "whatsapp" -> "WhatsApp"
        elif (
            core == lowered
            and lowered in LOWER_SHORTHAND
            and lower_shorthand_here(lowered, words, typed, place)
        ):
            # "nt matching", "engine rm", "gd with excel"; "NT", "RM" in capitals are letters
            words.append(lead + LOWER_SHORTHAND[lowered] + tail)
            named = LOWER_SHORTHAND[lowered] != LOWER_SHORTHAND[lowered].lower()
            changes.append("capitalised names" if named else "spelled out the shorthand")
        elif core in SHORTHAND_AFTER and shorthand_here(
            core,
            words,
            ends=ends_phrase(word, typed, place),
            following=next_word(typed, place),
            next_typed=typed[place + 1] if place + 1 < len(typed) else "",
        ):
            words.append(lead + SHORTHAND_AFTER[lowered][0] + tail)
            changes.append("spelled out the shorthand")
        elif lowered in ("last", "old", "previous") and own_last(words, typed, place):
            words += ["my", word]  # "at last job" -> "at my last job"
            changes.append("spelled out the shorthand")
        elif lowered == "id" and i_would_within(core, words, typed, place):
            words.append(lead + "I'd" + tail)  # "planned, id like to know if id be part of it"
            changes.append("spelled out the shorthand")
        elif (
            lowered == "min"
            and core == "min"
            and (minute := last_minute(words, typed, place)) is not None
        ):
            if minute == "describes":
                words[-1] += "-minute"  # "last min cancels" -> "last-minute cancels"
                if tail:
                    words[-1] += tail
            else:
                # "aides cancel last min" -> "at the last minute"; "at last min" -> "at the"
                words[-1:] = [*minute.split(), words[-1], "minute" + tail]
            changes.append("spelled out the shorthand")
        elif (
            lowered == "same"
            and core == "same"
            and previous_word(words) == "for"
            and not tail
            and same_day_describes(typed, place)
        ):
            words.append(lead + "same-day")  # "4 same day cancels" -> "for same-day cancels"
            typed[place + 1] = ""
            changes.append("spelled out the shorthand")
        elif lowered == "id" and not words and i_would_here(core, typed, place):
            words.append("I'd" + tail)  # "id run the CMM" at the start
            changes.append("spelled out the shorthand")
        elif core == "dr" and next_word(typed, place) in ("office", "offices"):
            words.append(lead + "doctor's" + tail)  # "call the dr office"
            changes.append("spelled out the shorthand")
        elif core in ("hr", "hrs") and (hour := hour_here(core, words, next_word(typed, place))):
            words.append(lead + hour + tail)  # "sold per hr", "£28 an hr": not "HR"
            changes.append("spelled out the shorthand")
        elif lowered in UNITS and words and words[-1].split()[-1][:1].isdigit():
            if not tail and _describes_next(words, typed, place):
                # "a 15 min puppy groom" -> "a 15-minute puppy groom", not "15 minutes puppy"
                words[-1] += "-" + UNITS[lowered].removesuffix("s")
            elif words[-1].split()[-1].lstrip("~") == "1":
                words.append(lead + UNITS[lowered].removesuffix("s") + tail)  # "1 hr": "1 hour"
            else:
                words.append(lead + UNITS[lowered] + tail)  # "5 min": after a number only
            changes.append("spelled out the shorthand")
        elif (joined := number_and_unit(core)) is not None:
            words.append(lead + joined + tail)  # "1hr" -> "1 hour", "24h" -> "24 hours"
            changes.append("spelled out the shorthand")
        elif lowered == "~" or (core.startswith("~") and core[1:2].isdigit()):
            words.append(lead + ("about " + core[1:] if core[1:] else "about") + tail)
            changes.append("spelled out the shorthand")
        elif lowered == "like" and like_about(words, typed, place):
            words.append(lead + "about" + tail)  # "like £40 a week", "in like two months"
            changes.append("spelled out the shorthand")
        elif (day := day_spelled(lowered, words, typed, place)) is not None:
            words.append(lead + day + tail)  # "fri and sat nights", "on sat"
            changes.append("spelled out the shorthand")
        elif (
            lowered in MONTHS
            and core in (lowered, lowered.capitalize())
            and month_here(lowered, words, typed, place)
        ):
            words.append(lead + MONTHS[lowered] + tail)  # "in feb", "the Nov shutdown"
            changes.append("spelled out the shorthand")
        elif "/" in core and all(fold(p) in spelled for p in core.split("/")) and core.islower():
            joined = "/".join(spelled[fold(p)] for p in core.split("/"))
            words.append(lead + joined + tail)  # "english/spanish" -> "English/Spanish"
            changes.append("capitalised names")
        elif core and core == lowered and fold(core) in spelled and spelled[fold(core)] != core:
            words.append(lead + spelled[fold(core)] + tail)
            changes.append("capitalised names")
        elif (
            lowered in CONDITIONS
            and core == lowered
            and (lowered != "parkinsons" or previous_word(words) != "the")  # a family
        ):
            words.append(lead + CONDITIONS[lowered] + tail)  # "alzheimers" -> "Alzheimer's"
            changes.append("capitalised names")
        elif (
            lowered in DOWN_SYNDROME
            and core == lowered
            and not tail
            and next_word(typed, place) == "syndrome"
        ):
            words.append(lead + DOWN_SYNDROME[lowered])  # "downs syndrome" -> "Down syndrome"
            changes.append("capitalised names")
        elif core == "ap" and "accounts payable" in f"{facts.role} {facts.company}".lower():
            words.append(lead + "AP" + tail)  # "4 years of ap" for an accounts payable clerk
            changes.append("capitalised names")
        elif core == lowered and (
            vehicle := vehicle_name(lowered, previous_word(words).lower(), next_word(typed, place))
        ):
            words.append(lead + vehicle + tail)  # "an old nissan patrol", "a camry"
            changes.append("capitalised names")
        elif core == "ac" and air_con_here(words):
            words.append(lead + "AC" + tail)  # "a camry with broken ac": air conditioning
            changes.append("corrected the capital letters")
        elif core == lowered and (named := _named_thing(lowered, words, typed, place)):
            words.append(lead + named + tail)  # "xmas" -> "Christmas", "in excel" -> "Excel"
            changes.append("capitalised names")
        elif (
            lowered in PLACE_KINDS
            and core == lowered
            and not tail
            and _capital_name(next_word(typed, place), typed[place + 1 : place + 2])
        ):
            words.append(lead + core.capitalize())  # "river Wharfe" -> "River Wharfe"
            changes.append("capitalised names")
        elif lowered in ACRONYMS and core != core.upper():
            words.append(lead + core.upper() + tail)
            changes.append("capitalised names")
        elif lowered in CURRENCY_CODES and core == lowered and _beside_figure(words, typed, place):
            words.append(lead + core.upper() + tail)  # "usd 60", "300 gbp": "USD 60", "300 GBP"
            changes.append("capitalised names")
        elif core == lowered and lowered in MONTH_WORDS and month_word_here(words, typed, place):
            words.append(lead + core.capitalize() + tail)  # "november to march", "may 4"
            changes.append("capitalised names")
        elif core == lowered and not tail and _named_place_here(core, typed, place):
            words.append(lead + core.capitalize())  # "the talek river" -> "the Talek River"
            typed[place + 1] = typed[place + 1][:1].upper() + typed[place + 1][1:]
            changes.append("capitalised names")
        elif (
            core == lowered
            and previous_word(words) in PRODUCT_LEADS
            and next_word(typed, place) != "of"
            and lowered in (products := facts.capitalised_words())
        ):
            words.append(lead + products[lowered] + tail)  # "in rise" where "Rise" is typed
            changes.append("capitalised names")
        elif core == lowered and lowered in (recorded := facts.recorded())[0]:
            words.append(lead + recorded[0][lowered] + tail)  # "talek" on record as "Talek"
            changes.append("capitalised names")
        elif core == lowered and _lower_code(lowered):
            words.append(lead + core.upper() + tail)  # "pm2", "q3", "p45": "PM2", "Q3", "P45"
            changes.append("capitalised names")
        elif core == lowered and _whose_here(core, words, typed, place, facts):
            words.append(lead + core[:-1].capitalize() + "'s" + tail)  # "marks job": "Mark's"
            changes.append("capitalised names")
        elif _known_name(core, words, next_word(typed, place)):
            if words and words[-1].rstrip(".") in PLACE_PREFIXES:
                words[-1] = words[-1].capitalize()  # "lake murray", "st. johns": "St. Johns"
            words.append(lead + core.capitalize() + tail)  # "in eugene" -> "in Eugene"
            changes.append("capitalised names")
        elif _family_name_here(core, words, typed, place):
            words.append(lead + core.capitalize() + tail)  # "cesar chavez" -> "Cesar Chavez"
            changes.append("capitalised names")
        elif (city := _city_here(core, typed, place)) is not None:
            if " " in city:  # "palmerston north": the second word's capital too
                typed[place + 1] = city.split()[1] + typed[place + 1][len(city.split()[1]) :]
                city = city.split()[0]
            words.append(lead + city + tail)  # "the stockport contract", "salford"
            changes.append("capitalised names")
        elif (
            core == lowered
            and lowered in (titles := facts.titles())
            and _addressed(words, typed, place)
        ):
            words.append(lead + titles[lowered] + tail)  # "thanks again chef": "Chef"
            changes.append("capitalised names")

        else:
            words.append(word)
    text = _titles_capitalised(" ".join(words), facts, changes)
    company = facts.company.strip()
    if company and company != company.lower():
        at = text.lower().find(company.lower())
        if at >= 0 and text[at : at + len(company)] != company:
            text = text[:at] + company + text[at + len(company) :]
            changes.append("capitalised names")
    squeezed = text.replace("!!!", "!").replace("!!", "!").replace("??", "?")
    if squeezed != text:
        changes.append("one exclamation mark is enough")
    return squeezed, changes


# "march" and "may" are words too: months only beside another month or a day's number.
MONTH_WORDS = frozenset({"march", "may"})
# Words between two months: "november to march", "may and june".
MONTH_JOINS = frozenset({"to", "and", "or", "through", "thru", "till", "until", "-", "&"})
# Words before "may 4", "march 15th": "on may 4"; not "to" ("I want to march 10 miles").
DAY_LEADS = frozenset({
    "on", "by", "from", "until", "till", "til", "since", "before", "after", "of", "early",
    "late", "mid", "end", "starting", "start",
})  # fmt: skip
DAY_NUMBER_RE = re.compile(r"(?:[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?")


def _month(word: str) -> bool:
    """A month's name with no other reading: "november", "nov"; not "may", "march"."""
    return word in MONTHS or word in MONTH_NAMES and word not in MONTH_WORDS


def month_word_here(words: list[str], typed: list[str], place: int) -> bool:
    """ "november to march", "march to june", "may and june", "on may 4", "3 march": a
    month beside another month or a day's number; not "we may need", "i can march the
    group", "2 may need"."""
    before, following = previous_word(words), next_word(typed, place)
    if before in MONTH_JOINS and _month(previous_word(words, 2)) and words[-1][-1:].isalpha():
        return True
    ends = typed[place][-1:] in ".,;:!?"
    if not ends and following in MONTH_JOINS and _month(next_word(typed, place + 1)):
        return True
    if not ends and DAY_NUMBER_RE.fullmatch(following) and before in DAY_LEADS:
        return True  # "on may 4"
    if DAY_NUMBER_RE.fullmatch(before) and (len(words) < 2 or previous_word(words, 2) in DAY_LEADS):
        return ends or not following or lexicon.BASE not in lexicon.verb_tags(following)
    return False


# Kinds of place a name goes before, typed in lower case: "the talek river", "tuakau road".
# Both words take a capital, as "Lake Murray" and "River Wharfe" do here.
PLACE_NAMED = frozenset({
    "river", "lake", "mountain", "mountains", "bay", "creek", "island", "street", "road",
})  # fmt: skip


def _named_place_here(core: str, typed: list[str], place: int) -> bool:
    """ "the talek river", "kaiteriteri bay": a lower-case word no dictionary knows and no
    name list has (those are asked about), before a kind of place typed in lower case; not
    "the cargo bay", "the hgv road" (letters), "the back road"."""
    typed_next = typed[place + 1] if place + 1 < len(typed) else ""
    if typed_next.rstrip(".,;:!?") not in PLACE_NAMED:
        return False
    return (
        core.isalpha()
        and len(core) > 3
        and core not in CLOSED_WORDS
        and core not in TRADE_SHORT
        and core not in ACRONYMS
        and core not in SHORTHAND
        and core not in JOB_TERMS
        and core not in CALENDAR
        and core not in LANGUAGES
        and not lexicon.is_english_word(core)
        and not lexicon.is_name(core.capitalize())
        and not common_word(core)
        and not ordinary_word(core)
        and not everyday_word(core)
        and not plain_made_word(core)
    )


# Words after "Mark's job" that end the phrase: "is that marks job or mine".
WHOSE_ENDS = frozenset({"or", "and", "too", "as", "then", "now", "but", "so", "either"})
NOT_WHOSE_BEFORE = frozenset({"he", "she", "it", "who", "which", "this", "i", "you", "they"})


def _whose_here(core: str, words: list[str], typed: list[str], place: int, facts: Facts) -> bool:
    """ "is that marks job or mine": a known person's first name with its "'s" left out,
    before a noun that ends the phrase; "mark" is on record ("Mark Petersen"). Not "the
    tide marks the start", "he marks jobs done", "that marks job numbers"."""
    if not core.endswith("s") or len(core) < 4 or fold(core[:-1]) not in facts.recorded()[2]:
        return False
    following = next_word(typed, place)
    if typed[place][-1:] in ".,;:!?" or previous_word(words) in NOT_WHOSE_BEFORE:
        return False
    if following in CLOSED_WORDS or not lexicon.is_noun(following) or following.endswith("s"):
        return False
    after = next_word(typed, place + 1)
    return typed[place + 1][-1:] in ".,;:!?" or not after or after in WHOSE_ENDS


def _recorded_runs(text: str, runs: tuple[str, ...], changes: list[str]) -> str:
    """ "the coastal classic" -> "the Coastal Classic": a run of capitalised words on
    record, typed here all in lower case."""
    for run in runs:
        found = re.search(rf"(?<![\w'’-]){re.escape(run)}(?![\w'’-])", text, re.IGNORECASE)
        if found is None or found.group() == run:
            continue
        if found.group().islower():  # typed in lower case; "IPASS diploma" is the user's
            text = text[: found.start()] + run + text[found.end() :]
            changes.append("capitalised names")
    return text


# A title typed in lower case before a name: "mr James", "dr okafor" -> "Dr Okafor".
LOWER_TITLES = frozenset({"mr", "mrs", "ms", "dr"})


def _titles_capitalised(text: str, facts: Facts, changes: list[str]) -> str:
    """ "mr James" -> "Mr James", "dr okafor" -> "Dr Okafor": a lower-case title before a
    name (capitalised, known only as a name, or no English word) takes its capital, and
    the name too. Not after "the", "my" ("me and the mrs"), not "dr appointments", and
    "ms" only before a person's name ("ms excel", "ms SQL" are Microsoft's)."""
    words = text.split(" ")
    people = {fold(w) for n in facts.names for w in name_tokens(person_name(n))}
    changed = False
    for i in range(len(words) - 1):
        title, name = words[i], words[i + 1].strip(".,;:!?")
        bare = name.removesuffix("'s").removesuffix("’s")
        if title.rstrip(".") not in LOWER_TITLES or title[-1:] in ",;:!?" or not bare.isalpha():
            continue
        if i and words[i - 1].lower() in DETERMINERS:
            continue  # "the mrs", "my dr": a person, no title
        if bare.lower() in CALENDAR:
            continue  # "on maple dr Tuesday": the street, then the day
        known = lexicon.is_name(bare.capitalize()) or fold(bare) in people
        capital = bare[:1].isupper() and not (len(bare) > 1 and bare.isupper())
        unknown = (
            len(bare) > 2
            and bare.lower() not in CLOSED_WORDS
            and not lexicon.is_english_word(bare.lower())
            and not ordinary_word(bare.lower())
        )
        if not (known or title.rstrip(".") != "ms" and (capital or bare.islower() and unknown)):
            continue
        words[i] = title.capitalize()
        if bare.islower():
            words[i + 1] = words[i + 1].replace(bare, bare.capitalize(), 1)
        changed = True
    if changed:
        changes.append("capitalised names")
    return " ".join(words)


def _unknown_lower(word: str) -> bool:
    """ "irata" in "irata level 2": a word no dictionary lists typed in lower case, asked
    about as it is, so the grade after it keeps its case too ("irata Level 2" is neither)."""
    if not (word.isalpha() and word.islower()) or word in CLOSED_WORDS:
        return False  # "my level 5", "a level 3 diploma", "and year 1"
    return not (lexicon.is_english_word(word) or lexicon.is_noun(word) or lexicon.verb_tags(word))


# Grade words that take a capital before their number (UK usage): "Band 5", "Year 4",
# "Class C+E", "Level 3", "Grade 2", "Ward 7", "Key Stage 2".
SPANS_COUNTED = frozenset({
    "years", "year", "months", "weeks", "days", "hours", "minutes", "times", "beds", "ago",
})  # fmt: skip
NUMBERED_GRADES = frozenset({"band", "year", "class", "level", "grade", "ward"})
LICENCE_CODE_RE = re.compile(r"[a-d][1e]?(?:\+e)?")


def numbered_grade(grade: str, following: str, then: str = "") -> bool:
    """Whether ``following`` is the number (or, after "class", the licence code) the grade
    word names: "band 5", "class c+e"; not "year round", "a class of 30", nor "the same
    ward 20 years ago" (a count of what comes ``then``)."""
    following = following.rstrip(".,;:!?")
    if following.isdigit() and len(following) <= 2:
        return not _counted(then)
    return grade == "class" and LICENCE_CODE_RE.fullmatch(following.lower()) is not None


def _counted(word: str) -> bool:
    """ "20 years", "10 minutes": the number counts this word, so it is no grade."""
    word = word.lower().strip(".,;:!?")
    return word in UNITS or word in SPANS_COUNTED


def cased(sentence: str, facts: Facts, changes: list[str]) -> str:
    if grammar.casing_problem(sentence, keep=facts.keep()) is None:
        return _stray_capitals(sentence, facts, changes)
    fixed = _days_capitalised(
        _kept_names(
            sentence,
            grammar.fix_casing(sentence, keep=facts.keep()),
            facts.keep(),
            facts.typed_names(),
            "\n".join(facts.typed),
            facts.company.strip(),
            facts.noted_lower() - facts.capitalised_words().keys(),
        )
    )
    fixed = _stray_capitals(fixed, facts, [])  # "each key Distributor" left by sentence case
    fixed = _figure_words(sentence, fixed)
    fixed = _lone_name_words_lowered(sentence, fixed, facts)
    if fixed != sentence:
        changes.append("corrected the capital letters")
    return fixed


# Beside a figure (set AA): a currency keeps its capital ("Rs 3.2"), a measure or an
# Indian count is lower case mid sentence ("2,200 kg", "3.2 lakh").
FIGURE_CURRENCIES = {"rs": "Rs"}
FIGURE_LOWER = frozenset({
    "kg", "kgs", "km", "kms", "cm", "mm", "ml", "lb", "lbs", "lakh", "lakhs", "crore",
    "crores", "tonnes", "litres", "metres",
})  # fmt: skip


def _figure_words(typed: str, fixed: str) -> str:
    before, after = typed.split(" "), fixed.split(" ")
    if len(before) != len(after):
        return fixed
    for i in range(1, len(after)):
        core = after[i].strip(".,!?;:()")
        low = core.lower()
        following = after[i + 1][:1] if i + 1 < len(after) else ""
        if low in FIGURE_CURRENCIES and following.isdigit():
            after[i] = after[i].replace(core, FIGURE_CURRENCIES[low], 1)
        elif low in FIGURE_LOWER and after[i - 1].rstrip(".,")[-1:].isdigit():
            after[i] = after[i].replace(core, low, 1)
    return " ".join(after)


def _lone_name_words_lowered(typed: str, fixed: str, facts: Facts) -> str:
    """ "a microfinance bank" where the company is "Crestfield Microfinance Bank": a word
    of the company made of ordinary words, typed in lower case on its own, is no name
    there (the whole name typed in lower case still takes its capitals)."""
    before, after = typed.split(" "), fixed.split(" ")
    if len(before) != len(after) or not facts.company:
        return fixed
    company = {w.lower() for w in name_tokens(facts.company)}

    def raised(k: int) -> bool:
        return 0 < k < len(after) and before[k][:1].islower() and after[k][:1].isupper()

    for i in range(1, len(after)):
        low = before[i].strip(".,!?;:()").lower()
        alone = not raised(i - 1) and not raised(i + 1)
        if raised(i) and alone and low in company and ordinary_word(low):
            after[i] = before[i]
    return " ".join(after)


# Words before a noun that say whose or which: "each key Distributor", "my old Café";
# not "the", "a", "this": "the Cork final", "a Hunter machine" are names more often.
WHICH_WORDS = frozenset({
    "my", "our", "your", "his", "her", "their", "each", "every", "which", "any", "all",
    "other",
})  # fmt: skip
# Words written with a capital by many as a matter of course: "my Mum", "God".
CAPITALISED_BY_CUSTOM = frozenset({
    "mum", "mom", "dad", "nan", "nana", "gran", "granny", "grandma", "grandad", "grandpa",
    "god", "bible", "internet", "web", "earth", "church", "mass",
})  # fmt: skip


KEY_WORDS = frozenset({"key", "main", "top", "head", "core", "former", "previous"})


def _after_which(words: list[str], i: int) -> bool:
    """ "each Distributor", "each key Distributor", "Which Distributors": a word saying
    whose or which just before, or before one lower-case word that describes."""
    previous = words[i - 1]
    if previous.lower() in WHICH_WORDS and (previous.islower() or i == 1):
        return True
    if i < 2 or not previous.isalpha() or not previous.islower():
        return False
    if previous in CLOSED_WORDS or not (lexicon.is_adjective(previous) or previous in KEY_WORDS):
        return False  # "her dog Max": a name after a noun
    before = words[i - 2]
    return before.lower() in WHICH_WORDS and (before.islower() or i == 2)


def _stray_capital(words: list[str], i: int, facts_words: frozenset[str]) -> bool:
    """ "with each key Distributor", "Which Distributors would", "In my old Café": one
    ordinary word with a capital mid sentence after a word that says whose or which,
    in no run of capitals ("Ikeja Depot", "Opera PMS", "the Dog and Duck"), no name on
    record, no title."""
    core = words[i].rstrip(".,!?;:")
    following = words[i + 1] if i + 1 < len(words) else ""
    then = words[i + 2] if i + 2 < len(words) else ""
    if not (core[:1].isupper() and core[1:].islower() and core.isalpha() and len(core) > 2):
        return False
    if following[:1].isupper() or following[:1].isdigit() or words[i - 1][-1:] in '.!?:;,"“(':
        return False  # "Ward 7", "Key Account", "…: Distributors"
    if following.lower() in ("and", "&", "of", "de") and then[:1].isupper():
        return False  # "the old Dog and Duck"
    ends = words[i][-1:] in ".,!?;:" or not following
    heads = ends or following.lower() in CLOSED_WORDS | lexicon.MODALS
    if not heads or following.lower().rstrip(".") in ("v", "vs"):
        return False  # "your Google page", "his Navy stories": a name before its noun
    lowered = core.lower()
    if lowered.endswith("ing"):
        return False  # "my Working at Heights ticket": a course's name
    return (
        _after_which(words, i)
        and lowered not in facts_words
        and lowered not in CAPITALISED_BY_CUSTOM
        and lowered.rstrip(".") not in TITLES
        and core not in CALENDAR.values()
        and core not in LANGUAGES.values()
        and lowered not in MONTH_NAMES
        and not lexicon.is_name(core)
        and lexicon.zipf(lowered) >= STRAY_CAPITAL_ZIPF
        and (common_word(lowered) or ordinary_word(lowered) or _derived_noun(lowered))
    )


STRAY_CAPITAL_ZIPF = 3.0  # a word written this often: "distributor", "supervisor"
NOUN_ENDINGS = ("or", "er", "ist", "ment", "tion", "ance", "ence", "ness")


def _derived_noun(word: str) -> bool:
    """A noun made from an English word: "distributor(s)" from "distribute", which
    lemminflect lacks; "Walmart", "Uber" are no such thing."""
    word = word.removesuffix("s")
    for ending in NOUN_ENDINGS:
        stem = word.removesuffix(ending)
        english = lexicon.is_english_word(stem) or lexicon.is_english_word(stem + "e")
        if stem != word and len(stem) > 3 and english:
            return True
    return False


def _stray_capitals(sentence: str, facts: Facts, changes: list[str]) -> str:
    """ "I would call each key Distributor" -> "each key distributor": a capital the
    keyboard or a habit put on one ordinary word mid sentence."""
    words = sentence.split(" ")
    named = " ".join((*facts.names, facts.company, facts.role)).lower()
    facts_words = frozenset(name_tokens(named)) | {w.lower() for w in facts.name_words()}
    found = [i for i in range(1, len(words)) if _stray_capital(words, i, facts_words)]
    for i in found:
        words[i] = words[i][:1].lower() + words[i][1:]
    if found:
        changes.append("corrected the capital letters")
    return " ".join(words)


def fewer(sentence: str, changes: list[str]) -> str:
    """ "less sick calves", "less missed calls" -> "fewer ...": things one counts; not
    "less waste", "less drive time"."""
    words = sentence.split(" ")
    for i, word in enumerate(words[:-1]):
        if word.lower() != "less":
            continue
        for at in range(i + 1, min(i + 3, len(words))):
            ahead = words[at]
            core = ahead.lower().strip(".,;:!?")
            if _plural_noun(core):
                following = words[at + 1].lower().strip(".,;:!?") if at + 1 < len(words) else ""
                if following in AMOUNT_NOUNS and ahead[-1:] not in ",;.":
                    break  # "less ingredients cost": "less" goes with "cost"
                words[i] = "Fewer" if word[:1].isupper() else "fewer"
                changes.append("wrote “fewer” for things you count")
                break
            if at == i + 1 and i + 2 < len(words) and ahead[-1:] not in ",;.":
                following = words[i + 2].lower().strip(".,;:!?")
                if lexicon.is_noun(core) and not core.endswith("s") and _plural_noun(following):
                    continue  # "less return trips": a noun naming the things counted
            tags = lexicon.verb_tags(core)
            if not (lexicon.is_adjective(core) or "VBN" in tags) or ahead[-1:] in ",;.":
                break
    return " ".join(words)


# Trade words for things counted that no dictionary lists: "less callbacks" -> "fewer".
COUNTED_WORDS = frozenset({
    "callbacks", "sendbacks", "comebacks", "redos", "remakes", "no-shows", "noshows",
    "rebookings", "walkouts", "chargebacks", "reworks", "recalls", "snags", "comps", "carers",
    "callouts",
})  # fmt: skip


# Nouns of an amount a plural may modify: "less ingredients cost", "less parts waste".
AMOUNT_NOUNS = frozenset({
    "cost", "costs", "waste", "time", "bill", "bills", "spend", "spending", "price",
    "prices", "usage",
})  # fmt: skip


# Plurals without an "s": "less people" -> "fewer people".
IRREGULAR_PLURALS = frozenset({"people", "children", "men", "women", "teeth", "feet", "mice"})


def _plural_noun(word: str) -> bool:
    if word in COUNTED_WORDS or word in IRREGULAR_PLURALS:
        return True
    if len(word) < 4 or not word.endswith("s") or word.endswith(("ss", "us", "is", "ics")):
        return False
    for ending, back in (("ves", "f"), ("ies", "y"), ("es", ""), ("s", "")):
        if word.endswith(ending) and lexicon.is_noun(word[: -len(ending)] + back):
            return True
    return False


def _kept_names(
    typed: str,
    fixed: str,
    keep: frozenset[str] = frozenset(),
    names: str = "",
    people: str = "",
    company: str = "",
    noted_lower: frozenset[str] = frozenset(),
) -> str:
    """Words typed with a capital that are no ordinary word keep it ("Chef Marcus" in
    Title Case typing stays "chef Marcus"; "Brightwheel" stays), and a title before
    such a name keeps its capital too ("Chef Marcus"). In Title Case typing, a word the
    user's notes write only in lower case (``noted_lower``: "natural rattan peel") is
    their word for a thing, no name: "the rattan"."""
    before, after = typed.split(" "), fixed.split(" ")
    if len(before) != len(after):
        return fixed
    # every word capitalised: only a title tells a name; a small word in lower case may
    # be the grammar pass's ("At the Same Time" of "At Same Time")
    keyboard = all_capitals(" ".join(w for w in before if w.lower() not in CLOSED_WORDS))
    for i in range(1, len(after)):
        core = before[i].strip(".,!?;:()")
        titled = before[i - 1].strip(".,").lower() in TITLES
        if core[:1].isupper() and core.rstrip("+#").isalnum() and core[-1:] in "+#":
            after[i] = before[i]  # "A+", "Network+", "C#": an acronym's case is its own
            continue
        if core[:1].isupper() and _grade_or_body(before, i):
            after[i] = before[i]  # "Grade II*", "City & Guilds"
            continue
        if keyboard and not titled:
            if lexicon.is_name(core):
                after[i] = before[i]  # "In Boston": a word known only as a name
            elif _keyboard_capital(before, after, i, keep, company, noted_lower):
                after[i] = after[i][:1].lower() + after[i][1:]  # "A Recut Mullion"
            continue  # every word capitalised: the step asks about the other names
        if (
            core[:1].isupper()
            and core[1:].islower()
            and not ordinary_word(core.lower())
            and core.lower() not in noted_lower
        ):
            after[i] = before[i]
            title = before[i - 1].strip(".,").lower()
            if i > 1 and title in TITLES:
                after[i - 1] = before[i - 1]
    kept = _place_names_kept(before, after)
    if not keyboard:
        return kept
    titled = _title_names_kept(
        before, _known_runs_kept(before, kept.split(" "), keep), names, people, noted_lower
    )
    # "Drakenstein Municipality": the kind of place after a name kept only just now
    return _place_names_kept(before, titled.split(" "))


# Holidays of more than one word, typed In Title Case: "Christmas Day shifts" (not
# "Christmas day"), "Boxing Day", "New Year's Eve".
HOLIDAYS = (
    "Christmas Day", "Christmas Eve", "Boxing Day", "New Year's Day", "New Year's Eve",
    "New Years Day", "New Years Eve", "Good Friday", "Easter Sunday", "Easter Monday",
    "Mother's Day", "Father's Day", "Valentine's Day", "Labor Day", "Labour Day",
    "Memorial Day", "Anzac Day", "Australia Day", "Canada Day", "Independence Day",
    "Remembrance Day", "St Patrick's Day", "Thanksgiving Day", "Waitangi Day",
)  # fmt: skip


def _known_runs_kept(before: list[str], after: list[str], keep: frozenset[str]) -> list[str]:
    """Names the app knows, typed In Title Case, keep the capitals as typed: the company
    and the people of the interview ("Bayside Property Group" of "Bayside Property
    Group, Melbourne"), and holidays ("Christmas Day"). A name of one word that is an
    ordinary word ("Target") is not one the words tell."""
    if len(before) != len(after):
        return after
    cores = [w.strip(".,!?;:()\"'“”").replace("’", "'").lower() for w in before]
    parts = {p.strip() for name in keep for p in name.split(",") if p.strip()}
    runs = [p.replace("’", "'").lower().split() for p in (*parts, *HOLIDAYS)]
    runs = [r for r in runs if len(r) > 1 or not common_word(r[0])]
    # "At Greenway Landscaping" of "Greenway Landscaping Ltd": the name's first words, one
    # of them no ordinary word, are the name typed short
    runs += [
        run[:size]
        for run in runs
        for size in range(2, len(run))
        if run[size - 1] not in CLOSED_WORDS | {"&"}
        and not all(ordinary_word(w) for w in run[:size])
    ]
    for run in runs:
        size = len(run)
        for i in range(len(before) - size + 1):
            typed = before[i : i + size]
            if cores[i : i + size] != run or not all(w[:1].isupper() for w in typed):
                continue
            if any(w[-1:] in ".,;:!?" for w in typed[:-1]):
                continue  # "... at Bayside. Property ...": a stop between
            for k in range(i, i + size):
                after[k] = before[k]
    return after


# Awarding bodies typed with capitals are names even of ordinary words: "City & Guilds".
AWARDING_BODIES = (
    "City & Guilds", "City and Guilds", "City & Guild", "Open University",
    "Red Seal",  # Canada's trade certificate: "Red Seal Baker Certificate"
)  # fmt: skip
GRADE_WORDS = frozenset({"grade", "level", "cert", "certificate", "category", "class", "band"})


def _grade_or_body(before: list[str], i: int) -> bool:
    """ "Grade II*", "Level III", "Grade 4", "City & Guilds", "Junior A": kept as typed in
    Title Case typing."""
    if _letter_label(before, i) or i + 1 < len(before) and _letter_label(before, i + 1):
        return True  # "Junior A", "Plan B", "Bay C": the letter and the word it labels
    core = before[i].strip(".,!?;:()")
    if core.rstrip("*").lower() in ROMAN and core.rstrip("*").isupper():
        return True
    following = before[i + 1].strip(".,!?;:()").rstrip("*") if i + 1 < len(before) else ""
    if core.lower() in GRADE_WORDS and following.lower() in ROMAN and following.isupper():
        return True
    then = before[i + 2] if i + 2 < len(before) else ""
    if core.lower() in NUMBERED_GRADES and numbered_grade(core.lower(), following, then):
        return True  # "Grade 4", "Band 5": capitalised in sentence case too, so kept
    around = " ".join(before[max(0, i - 2) : i + 3])
    return any(body in around and core in body.split() for body in AWARDING_BODIES)


# Words a letter labels, a grade or a league's tier: "a Junior A team", "a Grade A welder".
# Only after these is a capital "A" a letter ("I Plan A Route": an article, as in "Told The
# Team A Story", so no word one tells or gives things to is here).
LETTERED = frozenset({
    "junior", "senior", "midget", "juvenile", "division", "grade", "class", "plan", "tier",
    "type", "category", "level", "band", "option", "vitamin", "hepatitis", "block", "wing",
    "ward", "bay", "gate", "dock", "zone", "phase", "stage", "schedule", "platoon",
})  # fmt: skip
LABEL_DETERMINERS = frozenset({"a", "an", "the", "my", "our", "their", "his", "her", "your"})
# Letters typed for a word, no label: "I", "Hockey N Football" (and), "If U Need" (you).
SAID_LETTERS = frozenset({"I", "N", "U", "R", "Y"})
# Verbs that take two objects: "Gave The Junior A Lift", "Told The Senior A Story".
TWO_OBJECT_VERBS = frozenset({
    "bring", "give", "send", "show", "make", "buy", "get", "teach", "offer", "cook", "bake",
    "lend", "pass", "find", "save", "tell", "ask", "pay", "hand", "leave", "win", "cost",
    "owe", "wish", "throw", "write", "read", "sell", "promise", "allow", "fetch", "pour",
    "book", "set",
})  # fmt: skip


def _letter_label(before: list[str], i: int) -> bool:
    """ "Junior A", "Division B", "Bay C": one capital letter typed after a capitalised
    noun it labels (no sentence's "I"). "A" is a letter only after a grade's word, and
    where no article can be: before a small word or a stop ("From Bay A To Bay C"), or
    after "a", "the" + the grade's word, before a noun ("For A Junior A Team"); not
    after a verb that takes two objects ("I Gave The Junior A Lift")."""
    if i < 2 or i >= len(before):
        return False
    core = before[i].strip(".,!?;:()")
    word = before[i - 1]
    label = word.lower()
    if len(core) != 1 or not core.isupper() or core in SAID_LETTERS or not _titled(word):
        return False
    if label in CLOSED_WORDS or not (lexicon.is_noun(label) or label in LETTERED):
        return False  # "From A To B": no label
    if core != "A":
        return True
    if label not in LETTERED:
        return False
    lead = before[i - 2].lower()
    verb = lead if lead not in LABEL_DETERMINERS else before[i - 3].lower() if i > 2 else ""
    if lexicon.verb_lemma(verb) in TWO_OBJECT_VERBS:
        return False
    following = before[i + 1].strip(".,!?;:()").lower() if i + 1 < len(before) else ""
    if before[i][-1:] in ".,;:!?)" or not following or following in CLOSED_WORDS:
        return True  # "Bay A To", "Plan A."
    noun = lexicon.is_noun(following) or ACRONYM_RE.fullmatch(before[i + 1].strip(".,;:!?()"))
    return lead in LABEL_DETERMINERS and bool(noun)  # "My Class A CDL"


def _keyboard_capital(
    before: list[str],
    after: list[str],
    i: int,
    keep: frozenset[str],
    company: str = "",
    noted_lower: frozenset[str] = frozenset(),
) -> bool:
    """A capital sentence case left on an ordinary word typed in Title Case: "A Recut
    Mullion" -> "A recut mullion", "A Barcode Inventory" -> "a barcode inventory". Not a
    sentence's first word, an acronym, a word of a person's name on record or of the
    company's beside another of its words ("At Headrow Lettings"; alone, "A Lettings
    Negotiator" is the job's word), nor a word after "at", "in", "from" ("at Llandaff")."""
    word = after[i]
    core = word.strip(".,!?;:()")
    if not core[:1].isupper() or not core[1:].islower() or not core.isalpha():
        return False
    if before[i - 1][-1:] in ".!?:" or any(
        core in name.split() for name in keep if name != company
    ):
        return False
    firm = [w.strip(".,;:()") for w in company.split()]
    if core in firm and _beside_its_name(before, i, firm):
        return False
    if before[i - 1].lower() in PLACE_LEADS:
        return False
    # a word no dictionary knows may be a name ("Salesforce"): the step asks about it
    lowered = core.lower()
    redone = lowered.startswith("re") and len(lowered) > 4 and common_word(lowered[2:])
    ordinary = common_word(lowered) or ordinary_word(lowered) or redone  # "Recut"
    ordinary = ordinary or jargon_noun(lowered) or everyday_word(lowered)  # "Rota", "Lab"
    ordinary = ordinary or counted_run_together(lowered)  # "Barcode"
    ordinary = ordinary or lowered in noted_lower  # "Rattan" where the notes say "rattan"
    return ordinary and core not in CALENDAR.values() and core not in LANGUAGES.values()


def _beside_its_name(before: list[str], i: int, name: list[str]) -> bool:
    """ "At Headrow Lettings": the word typed next to another word of the same name, with
    its capital and no stop between."""
    left = before[i - 1] if i > 0 else ""
    right = before[i + 1] if i + 1 < len(before) else ""
    return (
        left[-1:].isalpha()
        and left.strip("(") in name
        or before[i][-1:].isalpha()
        and right.strip(".,;:!?()") in name
    )


PLURAL_SEEN = 1.0  # Zipf: "barcodes" is written; "salesforces", "dropboxes" hardly are
PLURAL_GAP = 1.2  # and not much less than the word itself: "facebooks" is a joke's


def counted_run_together(word: str) -> bool:
    """ "barcode", "wetsuit", "keycard": two English words run together that people write
    in the plural too, so a thing counted, not a brand ("Salesforce", "Dropbox",
    "Blademaster" have no plural people write)."""
    from letters.answer_spelling import corrected_word  # noqa: PLC0415 - it imports this module

    if word in NAMED_THINGS or not compound_word(word) or corrected_word(word):
        return False  # "mullion": the spelling pass would read it as "million" lowered
    plural = lexicon.zipf(f"{word}es" if word.endswith(("s", "x", "ch", "sh")) else f"{word}s")
    return plural >= PLURAL_SEEN and lexicon.zipf(word) - plural <= PLURAL_GAP


# How an English word may start and end when its letters are not said one by one.
WORD_STARTS = frozenset({
    "bl", "br", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "pl", "pr", "sc", "sk", "sl",
    "sm", "sn", "sp", "st", "sw", "tr", "th", "sh", "ch", "wh", "tw", "qu", "str", "spr",
    "scr",
})  # fmt: skip
WORD_ENDS = frozenset({
    "ck", "ng", "nd", "nt", "st", "sk", "sp", "rd", "rk", "rt", "rn", "rm", "rb", "rp",
    "rs", "ld", "lt", "lk", "lm", "lp", "mp", "nk", "ft", "pt", "ct", "th", "sh", "ch",
    "ll", "ss", "ff", "wn", "ws", "ts", "ds", "ks", "ps", "ns", "ms", "ls", "rg", "rl",
    "lf", "lv", "rv", "rch", "nch", "tch", "gh", "lth", "rth", "nth", "mb",
})  # fmt: skip
CONSONANTS_RE = re.compile(r"[^aeiouy]+")


def said_as_word(word: str) -> bool:
    """Letters read as a word, not one by one: "rota", "handover"; not "eicr", "gcse",
    "rcbo" (no English word starts "gc" or ends "cr")."""
    word = word.replace("-", "")
    if not word.isalpha() or len(word) < 4:
        return False
    runs = CONSONANTS_RE.findall(word)
    first = runs[0] if word[0] not in "aeiouy" else ""
    last = runs[-1] if word[-1] not in "aeiouy" else ""
    if len(first) > 1 and first not in WORD_STARTS or len(last) > 1 and last not in WORD_ENDS:
        return False
    return all(len(run) < 4 for run in runs)


def jargon_noun(word: str) -> bool:
    """A trade's own noun, lower case in writing: "rota", "handover", "planogram" (the
    jargon list holds its plural too, as no brand has one: "Jira", "Xero"), said as a
    word (not "kpi", "eicr")."""
    plural = word + "s" in JOB_TERMS or word.endswith("s") and word[:-1] in JOB_TERMS
    return word in JOB_TERMS and plural and said_as_word(word) and word not in ACRONYMS


def everyday_word(word: str) -> bool:
    """A word of everyday or trade writing that no dictionary lists and no name is: one
    cut short ("lab", "condo"), or a noun made with an ending no brand has, from an English
    word ("exceedances" of "exceed") or of a process ("nitrification")."""
    if word in TRADE_SHORT:
        return word not in UNIT_SHORT
    single = word.removesuffix("s")
    if len(single) > 9 and single.endswith(PROCESS_ENDINGS):
        return True
    stems = [single.removesuffix(e) for e in MADE_NOUN_ENDINGS if single.endswith(e)]
    stems += [stem.removeprefix(p) for stem in stems for p in PREFIXES if stem.startswith(p)]
    return any(len(stem) > 3 and lexicon.is_english_word(stem) for stem in stems)


UNIT_SHORT = frozenset({"ops"})  # "Hazmat Ops", "Ops Manager": a level's or a unit's name
PROCESS_ENDINGS = ("ification", "isation", "ization")
MADE_NOUN_ENDINGS = ("ance", "ence", "ment", "ness")  # "exceedance", "offboardment"


# Words typed with a capital next to a kept name that make one name with it: "North
# Bennet Street School", "Port Hedland", "Lake Taupo".
NAME_PREFIXES = frozenset({
    "north", "south", "east", "west", "new", "saint", "st", "port", "mount", "lake", "fort",
    "upper", "lower", "great", "little", "old",
})  # fmt: skip


# The kind of place a name ends with: "Eyre Square", "Baggot Street", "Ikeja Depot".
PLACE_TYPES = NAMED_PLACES | {
    "square", "lane", "avenue", "market", "bridge", "quay", "gardens", "terrace", "centre",
    "center", "mall", "plaza", "parade", "crescent", "junction", "airport", "harbour",
    "harbor", "retail", "shopping",
    # the lie of the land: "Harlow Creek", "Cedar Falls", "Bondi Heights"
    "creek", "brook", "falls", "springs", "ridge", "hill", "hills", "heights", "cove",
    "glen", "canyon", "forest", "woods", "reservoir", "dam", "wharf", "downs", "meadows",
    "plain", "plains", "flats", "vale",
    # a part of a town, and a civic body (set Y): "Paarl East", "Ballarat Central",
    # "Drakenstein Municipality", "Waikato Region"; after an ordinary word ("the east
    # side", "a car park") the word before is no kept name, so it is lowered
    "east", "west", "north", "south", "central", "municipality", "council", "district",
    "province", "region", "township", "borough", "shire", "parish",
}  # fmt: skip
# The tail of a firm's name (set AA): "Dunlop Carr Lawyers", "Golden Valley Farms".
FIRM_SUFFIXES = frozenset({
    "lawyers", "solicitors", "attorneys", "partners", "associates", "accountants", "ltd",
    "limited", "llp", "pty", "inc", "group", "holdings", "bank", "hospital", "clinic",
    "farms", "services", "traders", "cranes", "haulage", "logistics", "construction",
})  # fmt: skip


def _place_names_kept(before: list[str], after: list[str]) -> str:
    def kept(i: int) -> bool:
        return i > 0 and after[i][:1].isupper() and after[i] == before[i]

    def capital(i: int) -> bool:
        return before[i][:1].isupper() and after[i] != before[i]

    for i in range(2, len(after)):
        place = before[i].strip(".,!?;:()").lower()
        named = place in PLACE_TYPES or place in FIRM_SUFFIXES
        if named and capital(i) and kept(i - 1) and before[i - 1][-1:].isalpha():
            after[i] = before[i]  # "Bennet Street", then "Street School"
    for i in range(len(after) - 2, 0, -1):
        prefix = before[i].lower() in NAME_PREFIXES and not _old_days(before, i)
        # "the Old SAP system", "a New ERP": a describing word before letters, no place
        letters = before[i + 1].strip(".,!?;:()").isupper()
        if prefix and capital(i) and kept(i + 1) and not letters:
            after[i] = before[i]  # "North Bennet"
    return " ".join(after)


# Words before "old" + a town that make it the town in its old days: "the Old Tiruppur
# days", "my Old Leeds depot"; not "in Old Delhi", "at Old Trafford".
OLD_DAYS_LEADS = frozenset({"the", "my", "our", "your", "his", "her", "their", "those", "that"})


def _old_days(before: list[str], i: int) -> bool:
    """ "the Old Tiruppur days": "Old" typed In Title Case after "the" or "my", before a
    town known on its own that no town's name starts with "Old" ("Old Trafford", "Old
    Harbour" are towns), is the Title Case habit on a describing word."""
    town = before[i + 1].strip(".,!?;:()").lower()
    return (
        before[i].lower() == "old"
        and before[i - 1].lower() in OLD_DAYS_LEADS
        and gazetteer.known_city(town)
        and not gazetteer.two_word_city("old", town)
    )


# After "in", "at the": a town that is a word too is a name before the kind of place it
# has ("at the Cork plant", "in the Reading office"); "the cork plant" is a thing.
TOWN_LEADS = frozenset({"in", "from", "near", "at", "to"})
TOWN_SITES = frozenset({
    "plant", "office", "depot", "site", "branch", "store", "hospital", "campus", "factory",
    "warehouse", "facility", "plants", "offices", "depots", "sites", "branches", "stores",
})  # fmt: skip
# "(PTG)", "(CNAs),": letters in brackets after a title's words
BRACKETED_RE = re.compile(r"\(([A-Z]{2,6})s?\)[.,;:!?]?")
SUBJECTS = frozenset({"i", "we", "you", "they", "he", "she"})
OPENING_SUBJECTS = SUBJECTS | {"it"}  # the words a sentence after a stop may open with


def _opens_sentence(word: str) -> bool:
    """ "i", "she", "we'd", or a past verb ("fell thru. told her …"): a subject pronoun or
    a verb typed without one, which starts the next sentence after a stop; shorthand's
    own dot leads on to a thing ("incl. VAT", "approx. 40", "esp. weekends")."""
    if word.replace("’", "'").split("'")[0] in OPENING_SUBJECTS:
        return True
    return "VBD" in lexicon.verb_tags(word) and not lexicon.is_noun(word)


def _title_names_kept(
    before: list[str],
    after: list[str],
    names: str = "",
    people: str = "",
    noted_lower: frozenset[str] = frozenset(),
) -> str:
    """Names that sentence case lowered in Title Case typing, where the words themselves
    tell: a town of the gazetteer that is no English word ("Ballincollig"), a two-word
    town ("Palmerston North"), a town that is a word too where a place goes before the
    kind of place it is ("at the Cork plant"), a title's words before its letters in
    brackets ("Registered Piano Technician (PTG)"), and words typed with the same
    capitals where the user wrote in sentence case (``names``: "Core Payroll")."""
    if len(before) != len(after):
        return " ".join(after)
    cores = [w.strip(".,!?;:()\"'") for w in before]

    def capital(i: int) -> bool:
        core = cores[i]
        return core[:1].isupper() and core[1:].islower() and core.isalpha()

    def ends(i: int) -> bool:
        return before[i][-1:] in ".,;:!?)"

    for i in range(1, len(before)):
        low = cores[i].lower()
        if not capital(i) or low in CLOSED_WORDS:
            continue
        nxt = i + 1 < len(before) and capital(i + 1) and not ends(i)
        if (
            nxt
            and gazetteer.two_word_city(low, cores[i + 1].lower())
            and not (ordinary_word(low) and ordinary_word(cores[i + 1].lower()))
        ):
            after[i], after[i + 1] = before[i], before[i + 1]  # "Palmerston North"
        elif len(low) > 3 and gazetteer.known_city(low) and not ordinary_word(low):
            after[i] = before[i]  # "Ballincollig"
        elif _town_where_a_place_goes(cores, i) and not ends(i):
            after[i] = before[i]  # "at the Cork plant"
        elif (
            nxt
            and cores[i - 1].lower() in PLACE_LEADS | {"off"}
            and not ends(i - 1)
            and cores[i + 1].lower() in NAMED_PLACE_KINDS
        ):
            after[i], after[i + 1] = before[i], before[i + 1]  # "In Causeway Bay"
    for i in range(1, len(before) - 1):
        # "Mason & Hamlin": two capitalised words about an "&", one no English word, are a
        # firm's name ("Salt & Pepper" may be words, left to the hint)
        if before[i] == "&" and capital(i - 1) and capital(i + 1):
            sides = (cores[i - 1].lower(), cores[i + 1].lower())
            if not all(ordinary_word(w) for w in sides):
                after[i - 1], after[i + 1] = before[i - 1], before[i + 1]
    for run in (*_bracketed_titles(before, cores), *_named_elsewhere(before, cores, names)):
        for i in run:
            after[i] = before[i]
    _own_names_kept(before, cores, after, noted_lower)
    _paired_with_name(before, cores, after)
    _first_names_kept(before, cores, after, people)
    _trading_names_kept(before, cores, after)
    _firm_names_kept(before, cores, after, people)
    for i in range(1, len(before) - 1):
        # "Yaba College Of Technology", "University Of Lagos": a place of learning or a
        # bank before "of", with a name's capital kept on one side, is one name
        if (
            before[i] in ("Of", "of")
            and cores[i - 1].lower() in NAMED_BODIES
            and capital(i - 1)
            and capital(i + 1)
            and cores[i + 1].lower() not in CLOSED_WORDS
            and not ends(i - 1)
            and not ends(i)
            and ((i > 1 and after[i - 1][:1].isupper()) or after[i + 1][:1].isupper())
        ):
            after[i - 1], after[i + 1] = before[i - 1], before[i + 1]
            start = i - 2  # "The Veterinary Council Of Ireland": the words of the name before
            while (
                start > 0
                and capital(start)
                and cores[start].lower() not in CLOSED_WORDS
                and not ends(start)
                and not VERB_FORMS & set(lexicon.verb_tags(cores[start].lower()))
            ):
                after[start] = before[start]
                start -= 1
    return " ".join(after)


# "In Causeway Bay", "At Bondi Beach", "Off Sheikh Zayed Road": a capitalised word right
# after a place's preposition (no "the" between) and before a kind of place is its name;
# "In The Cargo Bay" has its "the", so it stays lowered.
NAMED_PLACE_KINDS = PLACE_NAMED | {
    "beach", "lane", "avenue", "square", "harbour", "harbor", "hill", "hills", "valley",
    "quay", "wharf", "park", "point", "heights", "bridge", "village", "estate",
}  # fmt: skip
# Bodies whose name runs on after "of": "College of Technology", "Bank of Ireland".
NAMED_BODIES = frozenset({
    "college", "university", "institute", "polytechnic", "academy", "school", "bank",
    "museum", "society", "department", "ministry", "council",
})  # fmt: skip


# "Mrs D'Souza", "Dr Okafor", "Capt. Reyes": a title before a name keeps its capital.
HONORIFICS = frozenset({
    "mr", "mrs", "ms", "mx", "miss", "dr", "prof", "capt", "sr", "sgt", "fr", "rev", "sir",
    "dame", "lt", "col", "cllr",
})  # fmt: skip
ACRONYM_RE = re.compile(r"[A-Z]{2,5}s?")
CODE_RE = re.compile(r"[A-Z]{1,3}-?\d{2,5}[A-Z]?")  # "Launch X431", "Volvo FH16": a model
VERB_FORMS = frozenset({"VBD", "VBN", "VBG", "VBZ"})


def _own_names_kept(
    before: list[str], cores: list[str], after: list[str], noted_lower: frozenset[str]
) -> None:
    """Capitals sentence case took from names the words themselves show: a title before a
    capitalised name ("Mrs D'Souza"), a product's word before its acronym ("Opera PMS"),
    and a word no English dictionary knows that the spelling pass would not correct
    ("Haas"), unless the user's notes write it in lower case ("rattan")."""
    from letters.answer_spelling import corrected_word  # noqa: PLC0415 - it imports this module

    def lowered(i: int) -> bool:
        return after[i] != before[i] and before[i][:1].isupper()

    for i in range(1, len(before)):
        low = cores[i].lower()
        if not lowered(i) or low in CLOSED_WORDS or before[i][-1:] in ",;:!?)":
            continue
        nxt = cores[i + 1] if i + 1 < len(before) and before[i][-1:] != "." else ""
        if low.rstrip(".") in HONORIFICS and i + 1 < len(before):
            name = cores[i + 1]
            if name[:1].isupper() and after[i + 1][:1].isupper():
                after[i] = before[i]  # "Mrs D'Souza"
                continue
        title = cores[i][:1].isupper() and cores[i][1:].islower() and cores[i].isalpha()
        if (
            title
            and (ACRONYM_RE.fullmatch(nxt) or CODE_RE.fullmatch(nxt))
            and not VERB_FORMS & set(lexicon.verb_tags(low))
            and not lexicon.is_adjective(low)
            and not lexicon.is_adverb(low)  # "and How KC need to …": no product's word
            and not _verb_opens(before, i)
        ):
            after[i] = before[i]  # "Opera PMS"
        elif (
            title
            and len(low) > 2
            and low not in noted_lower
            and not _in_a_dictionary(low)
            and not corrected_word(low)
        ):
            after[i] = before[i]  # "Haas"


def _titled(core: str) -> bool:
    return core[:1].isupper() and core[1:].islower() and core.isalpha()


def _surname(core: str) -> bool:
    """ "Petersen", "Kowalczyk": a capitalised word no dictionary knows nor the spelling
    pass would correct."""
    from letters.answer_spelling import corrected_word  # noqa: PLC0415 - it imports this module

    low = core.lower()
    if not _titled(core) or len(low) < 3:
        return False
    if lexicon.is_name(core):
        return True  # "Petersen", "Jensen": known only as a name
    return not (
        _in_a_dictionary(low)
        or lexicon.is_noun(low)
        or lexicon.is_english_word(low)  # "Distributor"
        or corrected_word(low)
    )


# Words before a noun, never before a person's name: "each Key Distributor".
NOUN_DETERMINERS = frozenset({
    "a", "an", "the", "each", "every", "any", "our", "my", "your", "their", "its", "this",
    "that", "these", "those", "some", "no", "per",
})  # fmt: skip


def _first_names_in(text: str) -> set[str]:
    """The words typed with a capital just before a surname ("If Mark Petersen wants"):
    a person's first name, whether or not it is an English word too ("Mark", "Bill")."""
    found = set()
    for line in text.splitlines()[:40]:
        words = line.split()[:200]
        cores = [w.strip(".,!?;:()\"'") for w in words]
        for i in range(1, len(words) - 1):
            low = cores[i].lower()
            if (
                _titled(cores[i])
                and words[i][-1:].isalpha()
                and low not in CLOSED_WORDS
                and lexicon.is_noun(low)
                and not lexicon.is_adjective(low)  # "The Same Roastery", "Setting Up Haas"
                and not low.endswith(("ing", "ed"))  # "Making Tajarin", "Shared Inbox"
                and words[i - 1].lower().strip(",") not in VERB_OPENERS | NOUN_DETERMINERS
                and _surname(cores[i + 1])
            ):
                found.add(cores[i])
    return found


def _first_names_kept(before: list[str], cores: list[str], after: list[str], people: str) -> None:
    """ "Do You Know If Mark Petersen Wants …": sentence case lowered "Mark", an English
    word, before the surname it kept; a first name keeps its capital there, and the same
    first name alone in any answer ("When Mark Has Time") keeps it too."""
    firsts = _first_names_in(" ".join(before)) | _first_names_in(people)
    for i in range(1, len(before)):
        if cores[i] in firsts and after[i] != before[i]:
            after[i] = before[i]


# Before a trading name: "At Rivers Timber & Hardware we …", "from Hollis Paint & Paper".
TRADING_LEADS = frozenset({"at", "from", "with", "for", "by", "joined", "join"})


def _trading_names_kept(before: list[str], cores: list[str], after: list[str]) -> None:
    """ "At Rivers Timber & Hardware": an "&" between capitalised words, after two or
    three of them that follow "at", "from" or the like, is a trading name's; the name
    keeps its capitals ("Salt & Pepper" alone stays for the hint to ask about)."""
    for i in range(2, len(before) - 1):
        if before[i] != "&" or not (_titled(cores[i - 1]) and _titled(cores[i + 1])):
            continue
        start = i - 1
        while (
            start > 1
            and i - start < 3
            and _titled(cores[start - 1])
            and cores[start - 1].lower() not in CLOSED_WORDS
            and before[start - 1][-1:].isalpha()
        ):
            start -= 1
        if i - start >= 2 and cores[start - 1].lower() in TRADING_LEADS:
            for j in (*range(start, i), i + 1):
                after[j] = before[j]


def _firm_stems(text: str) -> set[tuple[str, ...]]:
    """ "At Ruby Linen Services", "With Dunlop Carr Lawyers": two or three capitalised
    words after "at", "with", "for" and before a firm's suffix are the firm's own name."""
    stems = set()
    for line in text.splitlines()[:40]:
        words = line.split()[:200]
        cores = [w.strip(".,!?;:()\"'") for w in words]
        for i, core in enumerate(cores):
            if core.lower() not in FIRM_SUFFIXES or not _titled(core) and not core.isupper():
                continue
            for size in (3, 2):
                start = i - size
                stem = cores[start:i]
                if (
                    start > 0
                    and cores[start - 1].lower() in TRADING_LEADS
                    and all(_titled(w) and w.lower() not in CLOSED_WORDS for w in stem)
                    and all(w[-1:].isalpha() for w in words[start:i])
                ):
                    stems.add(tuple(stem))
                    break
    return stems


def _firm_names_kept(before: list[str], cores: list[str], after: list[str], people: str) -> None:
    """ "At Ruby Linen We Reduced …" where the record says "At Ruby Linen Services": the
    firm's name after "at", "with", "for" keeps its capitals, with its suffix if typed."""
    stems = _firm_stems(f"{people}\n{' '.join(before)}")
    for stem in stems:
        size = len(stem)
        for i in range(1, len(cores) - size + 1):
            if cores[i - 1].lower() not in TRADING_LEADS or tuple(cores[i : i + size]) != stem:
                continue
            if any(before[k][-1:] in ".,;:!?" for k in range(i, i + size - 1)):
                continue
            for k in range(i, i + size):
                after[k] = before[k]
            tail = i + size
            if tail < len(cores) and cores[tail].lower() in FIRM_SUFFIXES:
                after[tail] = before[tail]


# Words after which a verb's base form is an order or what one would do: ", check DO".
VERB_OPENERS = frozenset({
    "and", "or", "then", "to", "please", "i", "we", "would", "will", "can", "could",
    "should", "must", "i'd", "we'd", "i'll", "we'll",
})  # fmt: skip


def _verb_opens(before: list[str], i: int) -> bool:
    """ "…, Check DO Setpoints", "And Test PH": a verb where a clause opens, not a
    product's word before its acronym ("Opera PMS")."""
    lead = before[i - 1]
    opens = lead[-1:] in ",;:" or lead.lower().replace("’", "'") in VERB_OPENERS
    return opens and lexicon.BASE in lexicon.verb_tags(before[i].strip(".,!?;:()").lower())


def _in_a_dictionary(word: str) -> bool:
    """A word (or a form of one, or one with a prefix: "recutting", "paramedicine") an
    English dictionary or the trades' list knows, or a word run together from them."""
    bases = [word] + [word[len(p) :] for p in PREFIXES if word.startswith(p) and len(word) > 4]
    stems = list(bases)
    for base in bases:
        for ending, back in (
            ("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""),
            ("ing", "e"), ("er", ""), ("ers", ""), ("ly", ""),
        ):  # fmt: skip
            if base.endswith(ending) and len(base) > len(ending) + 2:
                stem = base[: -len(ending)] + back
                doubled = ending in ("ed", "ing") and stem[-1:] == stem[-2:-1]
                stems += [stem, stem[:-1]] if doubled else [stem]  # "recutting"
    return (
        any(
            lexicon.is_english_word(w)
            or w in JOB_TERMS
            or w in CLOSED_WORDS
            or w in ACRONYMS
            or lexicon.zipf(w) >= EVERYDAY_ZIPF  # "three", "techs"
            for w in stems
        )
        or compound_word(word)
        or plain_made_word(word)
        or word.endswith(FIELD_ENDINGS)
        or everyday_word(word)
    )


EVERYDAY_ZIPF = 4.0


def _town_where_a_place_goes(cores: list[str], i: int) -> bool:
    """ "At The Cork Plant", "In Reading Office": a town that is a word too, after "at",
    "in" (and "the") and before the kind of place; not "mobile", "split" ("a mobile
    site"), words that describe a place."""
    from letters.answer_names import _town_as_word  # noqa: PLC0415 - it imports this module

    low = cores[i].lower()
    lead = cores[i - 1].lower()
    if lead == "the" and i > 1:
        lead = cores[i - 2].lower()
    following = cores[i + 1].lower() if i + 1 < len(cores) else ""
    describes = lexicon.is_adjective(low) and not low.endswith("ing")
    return lead in TOWN_LEADS and following in TOWN_SITES and _town_as_word(low) and not describes


def _bracketed_titles(before: list[str], cores: list[str]) -> list[range]:
    """ "Registered Piano Technician (PTG)": two or more words with capitals just before
    letters in brackets are the title the letters stand for; a closing word or a comma
    ends them, and a verb after "I" is no part of them ("I Hold …")."""
    runs = []
    for i, word in enumerate(before):
        if not (match := BRACKETED_RE.fullmatch(word)) or i < 2:
            continue
        start = i
        while (
            start > 1
            and cores[start - 1][:1].isupper()
            and cores[start - 1].isalpha()
            and cores[start - 1].lower() not in CLOSED_WORDS
            and (start == i or before[start - 1][-1:] not in ".,;:!?")
        ):
            start -= 1
        letters = match.group(1)
        initials = "".join(c[:1] for c in cores[start:i])
        if len(letters) <= i - start and initials.endswith(letters):
            start = i - len(letters)  # "Completed Advanced Cardiac Life Support (ACLS)"
        elif start < i and cores[start - 1].lower() in SUBJECTS:
            start += 1  # "I Hold Registered …": the verb
        if i - start >= 2:
            runs.append(range(start, i))
    return runs


def _named_elsewhere(before: list[str], cores: list[str], names: str) -> list[range]:
    """Runs of two or more capitalised words typed with the same capitals in a field
    that is not Title Case: "Core Payroll" in "we moved to Core Payroll in May"."""
    if not names:
        return []
    runs = []
    i = 1
    while i < len(cores):
        longest = 0
        for j in range(min(len(cores), i + 6), i + 1, -1):
            words = cores[i:j]
            if not all(w[:1].isupper() and w.isalpha() for w in words):
                continue
            if words[0].lower() in CLOSED_WORDS or words[-1].lower() in CLOSED_WORDS:
                continue
            if any(before[k][-1:] in ".,;:!?" for k in range(i, j - 1)):
                continue
            if re.search(rf"(?<![\w-]){re.escape(' '.join(words))}(?![\w-])", names):
                longest = j - i
                break
        if not longest and _named_alone_elsewhere(cores[i], names):
            longest = 1
        if longest:
            runs.append(range(i, i + longest))
            i += longest
        else:
            i += 1
    return runs


def _named_alone_elsewhere(word: str, names: str) -> bool:
    """ "moving their sites over to Simplex": a word no everyday one, typed with its
    capital mid sentence (after a lower-case word, not opening a sentence or an item of a
    list, nor before another capital) in a field that is not Title Case."""
    low = word.lower()
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha()) or len(word) < 3:
        return False
    if low in CLOSED_WORDS or lexicon.zipf(low) >= EVERYDAY_ZIPF or everyday_word(low):
        return False
    # alone, not a word of a longer name: "the IPASS Diploma in Payroll Technology"
    return re.search(rf"[a-z0-9] {re.escape(word)}(?![\w-])(?! +[A-Z])", names) is not None


def _paired_with_name(before: list[str], cores: list[str], after: list[str]) -> None:
    """ "Simplex And Edwards Panels": a rare word paired by "and" or "or" with a person's
    name that kept its capital, both before one noun, is a maker's name as that one is
    ("Simplex and Edwards panels"); "Pneumatic And Hilti Tools" keeps "pneumatic", a
    word that only describes."""
    for i in range(2, len(before) - 2):
        if cores[i].lower() not in ("and", "or", "&") or before[i - 1][-1:] in ",;:.!?":
            continue
        head = after[i + 2].strip(".,!?;:()")
        if (
            before[i + 1][-1:] in ",;:.!?"
            or not head.islower()
            or not lexicon.is_noun(head.removesuffix("s"))
        ):
            continue
        for word, other in ((i - 1, i + 1), (i + 1, i - 1)):
            low = cores[word].lower()
            named = after[other] == before[other] and lexicon.is_name(cores[other])
            if (
                named
                and after[word] != before[word]
                and cores[word][:1].isupper()
                and cores[word][1:].islower()
                and lexicon.is_noun(low)
                and not low.endswith("s")
                and not lexicon.verb_tags(low)
                and lexicon.zipf(low) < BRAND_PAIR_ZIPF
            ):
                after[word] = before[word]


BRAND_PAIR_ZIPF = 3.5  # "simplex": rare as a word; "boiler", "vinyl" are written more


def common_word(word: str) -> bool:
    """An ordinary English word, not a name: "laser", "the", "morning"."""
    if word in CALENDAR or word in LANGUAGES:
        return False
    return (
        lexicon.is_english_word(word)
        or word in CLOSED_WORDS
        or word in UNACCENTED
        or lexicon.zipf(word) >= COMMON_ZIPF
    )


# Everyday words the dictionary spells only with an accent: "the Cafes" is no name.
UNACCENTED = frozenset({"cafe", "cafes"})


def ordinary_word(word: str) -> bool:
    """An ordinary word, or made of them: "post-op", "techs", "credentialed"."""
    parts = [p for p in word.split("-") if p]
    stems = [word]
    for ending, back in (
        ("s", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"),
    ):  # fmt: skip
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)] + back
            stems += [stem, stem[:-1]] if stem[-1:] == stem[-2:-1] else [stem]
    if word.startswith(PREFIXES) and len(word) > 6:
        stems += [word[len(p) :] for p in PREFIXES if word.startswith(p)]  # "repitch"
    if word.startswith("micro") and len(word) > 10:
        stems.append(word[5:])  # "microfinance"; not "Microsoft"
    return any(common_word(w) for w in stems) or (len(parts) > 1 and common_word(parts[0]))


PREFIXES = ("re", "pre", "un", "sub", "over", "under", "multi", "non", "para")


def compound_word(word: str) -> bool:
    """Two English words run together: "taproom", "homebrew" (a trade word, not a name)."""
    return any(
        lexicon.is_english_word(word[:at]) and lexicon.is_english_word(word[at:])
        for at in range(3, len(word) - 2)
    )


CAPITALISED_NAMES = "capitalised names"


def names_capitalised(typed: str, sentences: tuple[str, ...]) -> bool:
    """Whether the letter's sentences still hold a capital the user did not type, as a
    name's ("fiona" -> "Fiona", "alzheimers" -> "Alzheimer's"); not when that name became
    "you" ("fiona said she …" -> "You said you …"), nor a sentence's first word that is
    an ordinary one ("we" -> "We")."""
    capitals = {
        w.strip(".,;:!?()\"'“”").replace("’", "'").lower() for w in typed.split() if w.lower() != w
    }
    for sentence in sentences:
        for place, word in enumerate(sentence.split()):
            core = word.strip(".,;:!?()\"'“”").replace("’", "'")
            low = core.lower()
            if core == low or low in capitals or low == "i" or low.startswith("i'"):
                continue
            if place == 0 and (low in CLOSED_WORDS or ordinary_word(low)):
                continue  # "We both had …": a sentence's capital
            return True
    return False


def _days_capitalised(sentence: str) -> str:
    """ "on fridays" -> "on Fridays": days and months, which sentence case lowers."""
    words = sentence.split(" ")
    for i, word in enumerate(words):
        core = word.strip(".,!?;:")
        if core in CALENDAR and len(core) > 3:
            words[i] = word.replace(core, CALENDAR[core], 1)
    return " ".join(words)


def to_second_person(text: str, facts: Facts, changes: list[str]) -> str:
    """ "she showed me her truck" -> "you showed me your truck": the letter is to her.
    Only when the answer speaks of one person as "he" or "she", "about her ...", or
    by the recipient's name: that person is the reader."""
    typed = text
    named = _name_to_you(text, facts)
    text, named = named, named != text
    words = text.split()
    lowered = _others_marked([w.lower().strip(".,!?;:") for w in words], facts)
    lowered = _complement_same(lowered, words)  # "Your mother was my teacher": one woman
    called = _called_by_title(lowered, facts)
    speaks_of = (
        named
        or called
        or set(lowered) & THIRD_SUBJECTS
        or any(
            lowered[i] == "about" and lowered[i + 1] in ("her", "his")
            for i in range(len(lowered) - 1)
        )
        or (lowered[:1] in (["her"], ["his"]) and len(lowered) > 2)  # "her kelpie Rusty"
        # "it turned out his young lad plays for ...": no one else named, so the reader's
        or ("his" in lowered[1:] or "her" in lowered[1:])
        and not _named_before(words)
    )
    lone_him = "him" in lowered and not _named_before(words)
    # "your lad … him": someone else named first, whom "him" may mean
    someone = lone_him and any(
        _person_word(w) in OTHER_PEOPLE for w in lowered[: lowered.index("him")]
    )
    if not speaks_of and lone_him and not someone:
        # "him class of '98": no verb makes "you" of it safely, so the notice asks
        changes.append(f"{UNSURE_YOU}{LONE_HIM}")
        return typed
    if not speaks_of:
        return text
    if takes_up_a_noun(lowered, words):
        return typed  # "The millwright who does it, is he on shifts?": he is the millwright
    others = not_the_reader(facts)
    if not (named or called) and _someone_named_first(words, lowered, facts, others):
        # "Declan was telling about his holiday …" to Siobhán in HR: the story is of
        # Declan, rightly "he"; nothing to change, nothing to ask
        return typed
    # "You told me her mother …, and I told her …": each "her" is certainly theirs
    exchange = _told_back(lowered, words, others) if named else frozenset()
    others = exchange or others
    if not (named or called) and set(lowered) & (MALE_WORDS | FEMALE_WORDS) <= others:
        # To Ms Raghavan, "he said his batch was 1998" is someone else: left as typed.
        return typed
    if mine := _after_the_writer(lowered, facts, others):
        # "Tamara told Danielle she had her first son …, Danielle had her daughter": the
        # writer named, then "she": whose daughter is not certain, so not "your daughter"
        changes.append(f"{UNSURE_YOU}{mine}")
        return typed
    if pair := _pair_with_me(lowered, facts):
        # "You said you hurled … and my father was …, so the two of them had a laugh":
        # "them" is two of "you", "I" and someone else: not certain which, so as typed
        changes.append(f"{UNSURE_YOU}{PAIR}{pair}")
        return typed
    said = set(lowered)
    if named and not others and said & MALE_WORDS and said & FEMALE_WORDS:
        # "Tasha said her brother …, she couldn't believe it": "her" right after what
        # the reader said is theirs, so "he" is the brother and "she" is the reader
        others = _sex_said_by_owner(lowered, words)
    if named and not others and said & MALE_WORDS and said & FEMALE_WORDS:
        # "Kelsey said he never does that for anyone except her": Kelsey is the reader,
        # the dog is "he"; which pronoun is hers is not certain, so they stay and the
        # notice asks ("you said you never do that … except you" was wrong)
        changes.append(WROTE_YOU)
        changes.append(f"{UNSURE_YOU}{NAMED_THEN}{next(w for w in lowered if w in PRONOUNS)}")
        return _agreed(text)
    if not named and said & YOU_WORDS and said & PRONOUNS:
        # "you remembered him from pony club days": the reader is "you" already, so a
        # "he" or "him" left is someone else ("you remembered you" was wrong): as typed
        return typed
    if not others and not named and said & MALE_WORDS and said & FEMALE_WORDS:
        # To "sarah mcnab", "she said he never does that": one of them is not the reader
        # (the dog), and which is not certain, so the notice asks.
        changes.append(f"{UNSURE_YOU}{next(w for w in lowered if w in PRONOUNS)}")
        return typed
    if not (named or set(lowered) & THIRD_SUBJECTS) and _maybe_named_before(lowered, words):
        # "we talked about kev and his van": "kev" may be the one whose van it is
        owner = next(w for w in lowered if w in ("his", "her"))
        changes.append(f"{UNSURE_YOU}{owner}")
        return typed
    if not exchange and named and _someone_else_of(lowered, others) and _other_first(lowered):
        # "Dr Okafor trained in Enugu, where my mother … she may have been": the name is
        # the reader, so "You trained"; which "she" is them is not certain, so it stays
        # and the notice asks.
        first = next((w for w in lowered if w in PRONOUNS), "she")
        changes.append(WROTE_YOU)
        changes.append(f"{UNSURE_YOU}{NAMED_THEN}{first}")
        return _agreed(text)
    if named and not exchange and (first := _name_then_pronoun(words, lowered, others)):
        # "Mr van Wyk also did his time …, the old foreman Koos Smit …, he was very
        # strict": "he" may be Koos, so the answer stays as typed and the notice asks
        changes.append(f"{UNSURE_YOU}{first}")
        return typed
    if not exchange and _someone_else_of(lowered, others) and _about_others_only(lowered):
        return typed  # "you were happy to hear that she is still teaching": she is the prof
    if not exchange and _someone_else_of(lowered, others):
        # "I said my nan was a dinner lady and she remembered her": which "she" is the
        # reader is not certain, so the answer stays as typed and its notice says so,
        # with the first "he" or "she": the one most likely the reader.
        first = next((w for w in lowered if w in PRONOUNS), "she")
        changes.append(f"{UNSURE_YOU}{first}")
        return typed
    out = []
    for i, word in enumerate(words):
        core = word.strip(".,!?;:")
        lead = word[: len(word) - len(word.lstrip(".,!?;:"))]
        tail = word[len(lead) + len(core) :]
        lowered_word = core.lower()
        before = out[-1].lower().strip(".,!?;:") if out else ""
        if before in ADVERBS_AFTER_YOU and len(out) > 1 and out[-2].lower() == "you":
            before = "you"  # "you also builds" -> "you also build"
        following = lowered[i + 1] if i + 1 < len(words) and not tail else ""
        for ending in ("'s", "’s"):  # "her mum's bakery": "mum" is the noun
            following = following.removesuffix(ending)
        swapped = None
        if i in called:
            swapped = "you"  # "and madam said that is why she started" to Mrs Adeyemi
        elif lowered_word in others:
            pass  # "he said she doesn't do that" to Mr Fahy: "she" is his dog
        elif lowered_word == "him" and _let_do(before, following):
            swapped = _let_one(lowered, facts, changes)  # "for letting him drive the mower"
        elif lowered_word in ("him", "her") and _done_by_the_thanked(lowered, i):
            # "Priya thanks Helen … for introducing her to the team": Helen introduced
            # someone else, the writer
            swapped = _let_one(lowered, facts, changes)
        elif lowered_word in ("he", "she", "him"):
            swapped = "you"
        elif lowered_word in ("himself", "herself"):
            swapped = "yourself"
        elif lowered_word in ("he'd", "she'd", "he’d", "she’d"):
            swapped = "you'd"  # "Marc told me he'd been on the crew"
        elif lowered_word in ("he'll", "she'll", "he’ll", "she’ll"):
            swapped = "you'll"
        elif lowered_word in ("he's", "she's", "he’s", "she’s"):
            # "she's been cooking" -> "you've been cooking", "she's from" -> "you're from";
            # "hes ever seen", "he's never worked": the participle after the adverb
            if following in ADVERBS_AFTER_YOU | {"ever", "not"} and i + 2 < len(words):
                following = lowered[i + 2]
            done = following == "been" or (
                "VBN" in lexicon.verb_tags(following) and not lexicon.is_adjective(following)
            )
            swapped = "you've" if done else "you're"
        elif lowered_word == "his":
            # "his was a 98 XR6": his own, said as "yours"; "his van": "your van"
            swapped = "yours" if following in OWN_IS_NEXT else "your"
        elif lowered_word == "her":
            owned = lowered[i + 1].endswith(("'s", "’s")) if i + 1 < len(words) else False
            noun_follows = following and (
                owned
                or bool(ORDINAL_RE.fullmatch(following))  # "her 1st placement": her own
                or lexicon.is_noun(following)
                or lexicon.is_adjective(following)
                or not lexicon.verb_tags(following)
                and following.isalpha()
                and following not in CLOSED_WORDS
            )
            swapped = "your" if noun_follows and following not in NOT_AFTER_HER else "you"
            if _let_do(before, following):
                swapped = _let_one(lowered, facts, changes)
            given = lowered[i + 2] if i + 2 < len(lowered) else ""
            second_object = given in SECOND_OBJECT or given[:1].isdigit()
            if swapped == "your" and before in GIVING_VERBS and not second_object:
                # "I promised to bring her recipe from my mother": "her" may be the one
                # given it ("bring you …") or its owner ("your recipe"): kept, and asked.
                swapped = None
                changes.append(f"{UNSURE_YOU}{NAMED_THEN}her")
        elif before == "you" and lowered_word in THIRD_PERSON:
            swapped = THIRD_PERSON[lowered_word]
        elif (
            before == "you"
            and lowered_word.endswith("s")
            and "VBZ" in lexicon.verb_tags(lowered_word)
        ):
            swapped = _base_form(lowered_word)
        if swapped is None:
            out.append(word)
            continue
        if core[:1].isupper():
            swapped = swapped[:1].upper() + swapped[1:]
        out.append(lead + swapped + tail)
    _agree_after_and(out, [i for i, w in enumerate(lowered) if w in ("he", "she")])
    changes.append(WROTE_YOU)
    said = AUX_BEFORE_YOU_RE.sub(_aux_for_you, " ".join(out))
    # "Please thank him for his time" to him: "Please thank you …" is asked of no one
    return PLEASE_THANK_YOU_RE.sub(lambda m: m[1].capitalize(), said)


LET_FORMS = frozenset({"let", "lets", "letting"})
# "thanks Helen for introducing her": whom the thanks go to did what follows "for"
THANKED = frozenset({
    "thank", "thanks", "thanked", "thanking", "grateful", "appreciate", "appreciates",
    "appreciated",
})  # fmt: skip


def _done_by_the_thanked(lowered: list[str], at: int) -> bool:
    """ "thanks Helen for introducing her to the team": "her" right after "for" and a verb
    in -ing, in a sentence of thanks, is the one the thanked reader did it for, so not the
    reader (who would be "herself"); not "for her time" (no verb before it)."""
    if at < 2 or lowered[at - 2] != "for" or not lowered[at - 1].endswith("ing"):
        return False
    if "VBG" not in lexicon.verb_tags(lowered[at - 1]):
        return False
    following = lowered[at + 1] if at + 1 < len(lowered) else ""
    owned = following and (lexicon.is_noun(following) or lexicon.is_adjective(following))
    if owned and lowered[at] == "her" and following not in NOT_AFTER_HER:
        return False  # "for showing her kitchen": whose kitchen is not certain
    return bool(THANKED & set(lowered[: at - 2]))


# the verb after "you" made of "he" or "she", said of "you": "remembers" -> "remember"
# "she is" -> "you are": the verb that agrees with "you" (also ``answer_reader``'s)
VERB_FOR_YOU = {"is": "are", "was": "were", "has": "have", "does": "do", "doesn't": "don't"}
# after these a later "and" may join another clause with a subject of its own
CLAUSE_BREAKS = frozenset({
    "i", "we", "you", "they", "he", "she", "it", "there", "this", "that", "who", "which",
    "because", "when", "while", "if", "where", "but", "so", "or",
    "until", "since", "though", "although",
})  # fmt: skip
# after the verb, what shows "misses" is one ("and misses the ward"), not a noun
OBJECT_LEADS = frozenset({
    "the", "a", "an", "your", "my", "his", "her", "their", "our", "it", "them", "me", "us",
    "to", "that", "this", "every", "all",
})  # fmt: skip


def _agree_after_and(out: list[str], subjects: list[int]) -> None:
    """ "you started out as a waitress in 1996 and still remembers your first trainer" ->
    "and still remember": the second verb of a "he" or "she" made "you", joined by "and"
    in the same clause; only where no other verb, subject or clause comes between."""
    for at in subjects:
        if at + 1 >= len(out) or out[at].lower().strip(".,!?;:") != "you":
            continue
        if out[at][-1:] in ",;:.!?":
            continue
        for j in range(at + 2, min(len(out) - 1, at + 25)):
            low = out[j].lower().strip(".,!?;:")
            if low == "and" and out[j - 1][-1:].isalnum():
                _agree_one(out, j + 1)
                break
            tags = lexicon.verb_tags(low)
            if low in CLAUSE_BREAKS or out[j][-1:] in ",;:.!?" or tags & {"VBZ", "VBD", "MD"}:
                break


def _agree_one(out: list[str], at: int) -> None:
    """The verb at ``at`` (after an adverb: "still remembers") in the form "you" takes."""
    adverb = out[at].lower() in ADVERBS_AFTER_YOU
    at += adverb
    if at >= len(out):
        return
    core = out[at].strip(".,!?;:")
    low = core.lower()
    if core != low:
        return
    following = out[at + 1].lower() if at + 1 < len(out) else ""
    if low in VERB_FOR_YOU:
        said = VERB_FOR_YOU[low]
    elif low.endswith("s") and "VBZ" in lexicon.verb_tags(low):
        if lexicon.is_noun(low) and not adverb and following not in OBJECT_LEADS:
            return  # "and parts arrive": a noun
        said = _base_form(low)
    else:
        return
    out[at] = out[at].replace(core, said, 1)


ORDINAL_RE = re.compile(r"\d{1,3}(?:st|nd|rd|th)")


def _let_do(before: str, following: str) -> bool:
    """ "letting her ride", "let him drive": the one let do something."""
    return before in LET_FORMS and lexicon.BASE in lexicon.verb_tags(following)


def _let_one(lowered: list[str], facts: Facts, changes: list[str]) -> str | None:
    """The one the reader let do something is not the reader: the writer ("me") where
    the answer names them, as a reference would ("Hannah thanks … for letting her ride
    Jasper"); else kept as typed (a daughter, a colleague)."""
    writer = writer_name(facts)
    mine = WROTE_I in changes or (writer and writer in map(fold, lowered))
    return "me" if mine else None


PAIR = "pair:"  # "the two of them" with "I" and "you" in it: which two is not certain
PAIRS = ("the two of them", "both of them", "they both", "the pair of them", "them both")
MY_WORDS = frozenset({"i", "me", "my", "we", "us", "our", "i'm", "i've", "i'd", "i’m", "i’ve"})


def _after_the_writer(lowered: list[str], facts: Facts, others: frozenset[str]) -> str:
    """The first "she" or "her" (that may be the reader's) after the writer's own first
    name with the reader not named in between: "Danielle had her daughter there" may be
    the writer's daughter, so it is not made "your"; "" when there is none. "Danielle
    thanks Tamara for her time": the reader named last, so "her" is theirs."""
    first = writer_name(facts)
    if not first:
        return ""
    reader = {fold(w) for w in name_tokens(person_name(facts.recipient))}
    last = ""
    for word in lowered:
        bare = fold(word.removesuffix("'s").removesuffix("’s"))
        if bare == first:
            last = "writer"
        elif bare in reader or word in YOU_WORDS:
            last = "reader"
        elif last == "writer" and word in PRONOUNS and word not in others:
            return word
    return ""


def _pair_with_me(lowered: list[str], facts: Facts) -> str:
    """ "the two of them", "they both" in an answer that also speaks of the writer ("my
    father", "we", their own name): the two may be the reader and the writer ("we"), or
    the reader and someone else ("you both"), so the switch is not certain; ""."""
    said = " ".join(lowered)
    pair = next((p for p in PAIRS if f" {p} " in f" {said} "), "")
    first = writer_name(facts)
    if pair and (MY_WORDS & set(lowered) or (first and first in map(fold, lowered))):
        return pair
    return ""


PLEASE_THANK_YOU_RE = re.compile(r"\bplease\s+(thank\s+you)\b", re.IGNORECASE)


# "Does he want …?" -> "Does you want" -> "Do you want": the auxiliary agrees with "you"
AUX_FOR_YOU = {
    "does": "do", "doesn't": "don't", "doesn’t": "don’t", "has": "have", "hasn't": "haven't",
    "hasn’t": "haven’t", "is": "are", "isn't": "aren't", "isn’t": "aren’t", "was": "were",
    "wasn't": "weren't", "wasn’t": "weren’t",
}  # fmt: skip
AUX_BEFORE_YOU_RE = re.compile(
    r"\b(" + "|".join(re.escape(a) for a in AUX_FOR_YOU) + r")(\s+you\b)", re.IGNORECASE
)


# After "gave her mom", a second object ("one night off") makes "her" the mom's owner.
SECOND_OBJECT = frozenset({
    "a", "an", "the", "one", "some", "two", "three", "more", "every", "this", "that", "my",
})  # fmt: skip
# Verbs that take two objects: "bring her recipe" may be "bring you a recipe".
GIVING_VERBS = frozenset({
    "bring", "brought", "give", "gave", "send", "sent", "show", "showed", "make", "made",
    "buy", "bought", "get", "got", "teach", "taught", "offer", "offered", "cook", "cooked",
    "bake", "baked", "lend", "lent", "pass", "passed", "find", "found", "save", "saved",
})  # fmt: skip


def _aux_for_you(match: re.Match[str]) -> str:
    if not _aux_leads(match.string[: match.start()]):
        return match[0]  # "The best part is you showed me": "you" is the subject of "showed"
    aux = AUX_FOR_YOU[match[1].lower()]
    return (aux.capitalize() if match[1][:1].isupper() else aux) + match[2]


# Words a clause may open with before an inverted "does he", "is he": "And is he …?"
CLAUSE_OPENERS = frozenset({"and", "but", "or", "so", "also", "then", "plus", "nor", "neither"})
WH_WORDS = frozenset({"what", "when", "where", "why", "how", "who", "which", "whose"})
SUBJECT_WORDS = frozenset({"i", "we", "you", "they", "he", "she", "it", "there", "that", "this"})


def _aux_leads(before: str) -> bool:
    """The "does", "is" or "has" before the swapped "you" is inverted, so "you" is its
    subject: it opens its clause ("Does he want …", "and is he …") or follows a short
    question phrase ("How long has he …", "Which site is he …"). "The best part is he
    showed me" and "What I liked is he …" keep "is": "he" is the subject of what follows."""
    clause = before
    for mark in ".!?;:,":
        clause = clause.rsplit(mark, 1)[-1]
    words = [w.lower() for w in clause.split()]
    while words and words[0] in CLAUSE_OPENERS:
        words = words[1:]
    if not words:
        return True
    return words[0] in WH_WORDS and len(words) <= 3 and not SUBJECT_WORDS & set(words)


MALE_WORDS = frozenset(
    {"he", "him", "his", "himself", "he'd", "he'll", "he's", "he’d", "he’ll", "he’s"}
)
FEMALE_WORDS = frozenset(
    {"she", "her", "hers", "herself", "she'd", "she'll", "she's", "she’d", "she’ll", "she’s"}
)
MALE_TITLES = frozenset({"mr", "sir", "father", "brother", "monsieur"})
FEMALE_TITLES = frozenset({
    "ms", "mrs", "miss", "madam", "ma'am", "sister", "mother", "madame", "mme", "mlle",
})  # fmt: skip


def asks_the_reader(text: str, facts: Facts) -> bool:
    """ "Would he want me on the EV installs?" in a letter to Mr Parata: the question or
    closing speaks of the reader as "he"; only with a title that says "he" or "she", every
    such word of the reader's, and no one else spoken of."""
    others = not_the_reader(facts)
    lowered = [w.lower().strip(".,!?;:") for w in text.split()]
    mine = {w for w in lowered if w in PRONOUNS and w not in others}
    if not others or not mine or set(lowered) & others or {"ask", "asked", "tell"} & set(lowered):
        return False  # "I want to ask him if …": the question step asks it directly
    marked = _others_marked(lowered, facts)
    return not _someone_else_of(marked, others) and not _other_first(marked)


def not_the_reader(facts: Facts) -> frozenset[str]:
    """The pronouns that cannot be the reader: "she" and "her" in a letter to Mr Fahy."""
    title = facts.recipient.split()[0].lower().rstrip(".") if facts.recipient.split() else ""
    if title in MALE_TITLES:
        return FEMALE_WORDS
    if title in FEMALE_TITLES:
        return MALE_WORDS
    return frozenset()


def _others_marked(lowered: list[str], facts: Facts) -> list[str]:
    """ "Mr Kevin knows Brazil, he was in Florianopolis": someone named by a title who is
    not the reader is someone else, as "my nan" is, so a "he" after him is not certainly
    the reader: the title is read as one of ``OTHER_PEOPLE``."""
    reader = {fold(w) for w in name_tokens(person_name(facts.recipient))}
    marked = list(lowered)
    for at, word in enumerate(lowered[:-1]):
        if at and lowered[at - 1] in OWNERS:
            continue  # "her father bought": her own father, a person, not Father Ryan
        if word.rstrip(".") in TITLES and fold(lowered[at + 1]) not in reader:
            marked[at] = "colleague"
        elif (
            word in TITLES_BEFORE_A_NAME
            and fold(_person_word(lowered[at + 1])) not in reader
            and not common_word(_person_word(lowered[at + 1]))
        ):
            marked[at] = "colleague"  # "Sir Alcantara's class and his quizzes": his
    return marked


# Before a title word, these make it a person's word: "her father", "my sister", "the doctor"
OWNERS = frozenset({"her", "his", "my", "your", "our", "their", "the", "a", "an"})


def _called_by_title(lowered: list[str], facts: Facts) -> set[int]:
    """ "and madam said that is why she started" to Mrs Adeyemi, "sir told me" to Mr
    Okoye: "madam" or "sir" alone, saying or doing something, is how the reader is
    spoken of, so it is "you"; only when the reader's title says which of the two."""
    others = not_the_reader(facts)
    calls = MADAM_WORDS if others == MALE_WORDS else {"sir"} if others == FEMALE_WORDS else ()
    return {
        at
        for at, word in enumerate(lowered[:-1])
        if word in calls
        and (at == 0 or lowered[at - 1] in ("and", "but", "so", "then", "when", "as"))
        and lowered[at + 1] in SAYING_VERBS
    }


MADAM_WORDS = frozenset({"madam", "ma'am", "maam", "mam", "ma"})
# "madam said", "sir told me": the reader doing the saying
SAYING_VERBS = frozenset({
    "said", "says", "told", "tells", "mentioned", "asked", "explained", "showed", "laughed",
    "remembered", "knew", "knows", "was", "is", "has", "had",
})  # fmt: skip


def _sex_said_by_owner(lowered: list[str], words: list[str]) -> frozenset[str]:
    """ "You said her brother fits at Citgo … she couldn't believe it" (their name made
    "You"): the first "her" or "his" right after "You said" or "You told me", before a
    person of the other sex ("her brother"), is the reader's, so the pronouns of the other
    sex are someone else's: those are returned, as a title would rule them out. Not when
    anyone else is named, by a word ("her mum", "my dad") or a name ("and Megan"), or the
    owned word is no person ("her dog" may be the one "he" is): frozenset() then."""
    at = next((i for i, w in enumerate(lowered) if w in PRONOUNS), -1)
    said_by_you = at >= 2 and lowered[at - 2] == "you" and lowered[at - 1] in SAYING_VERBS
    if not said_by_you and not (at >= 3 and lowered[at - 3 : at - 1] == ["you", "told"]):
        return frozenset()  # "You said her …", "You told me her …" only
    owner, owned = lowered[at], _person_word(lowered[at + 1]) if at + 1 < len(lowered) else ""
    if owner == "her" and owned in MALE_PEOPLE:
        mine, theirs = FEMALE_WORDS, MALE_WORDS
    elif owner == "his" and owned in FEMALE_PEOPLE:
        mine, theirs = MALE_WORDS, FEMALE_WORDS
    else:
        return frozenset()
    for i in range(at + 2, len(lowered)):
        person = _person_word(lowered[i])
        if person in OTHER_PEOPLE and (person in FEMALE_PEOPLE) == (mine == FEMALE_WORDS):
            return frozenset()  # "her mum", "my nan": another "she"
        if person in OTHER_PEOPLE and person not in MALE_PEOPLE | FEMALE_PEOPLE:
            return frozenset()  # "her friend", "the boss": either
        owns = lowered[i] in theirs and lowered[i] in ("his", "her") and i + 1 < len(lowered)
        if owns and _person_word(lowered[i + 1]) in OTHER_PEOPLE:
            return frozenset()  # "his wife": someone else again
        if _a_name(words, i):
            return frozenset()  # "her brother and Megan …": Megan may be the "she"
    return theirs


# Words before a capital that is a place or a thing, not a person: "at Citgo", "the FCC job"
NOT_A_PERSON_BEFORE = frozenset({
    "at", "in", "on", "from", "for", "to", "into", "near", "by", "the", "a", "an", "our",
    "my", "your", "their", "his", "her", "its",
})  # fmt: skip


def _a_name(words: list[str], at: int) -> bool:
    """A capitalised word inside the sentence that may be someone's name: not "I", not an
    acronym ("FCC"), not at a sentence's start, and not after "at", "the" or the like."""
    word = words[at].strip('.,!?;:()"“”')
    if not word[:1].isupper() or word == "I" or word.startswith("I'") or word.isupper():
        return False
    if at == 0 or words[at - 1].endswith((".", "!", "?")):
        return False
    before = words[at - 1].lower().strip(".,!?;:")
    return before not in NOT_A_PERSON_BEFORE and not words[at - 1][:1].isupper()


def takes_up_a_noun(lowered: list[str], words: list[str]) -> bool:
    """ "The millwright who do the vibration, is he also on shifts?": an answer opening
    with "the" and a noun, then after a comma an auxiliary and "he" or "she", asks about
    that noun, not the reader."""
    if len(lowered) < 4 or lowered[0] not in ("the", "your", "that", "this"):
        return False
    for at in range(2, min(len(lowered) - 1, 14)):
        if (
            words[at - 1].endswith(",")
            and lowered[at] in QUESTION_AUX
            and lowered[at + 1] in ("he", "she")
        ):
            return True
    return False


# "is he", "will she": the auxiliary that opens a question after the noun it asks about
QUESTION_AUX = frozenset({
    "is", "was", "does", "did", "will", "would", "can", "could", "has", "should",
})  # fmt: skip


def _someone_named_first(
    words: list[str], lowered: list[str], facts: Facts, others: frozenset[str]
) -> bool:
    """ "Declan was telling about his holiday …", "Ma'am Brenda shared that her mother …":
    someone named who is not the reader nor the writer, and after them in the same
    sentence the answer's first "he" or "she", with every such word of one sex: the story
    is theirs, rightly in the third person (a letter to HR about the one who decides)."""
    mine = [i for i, w in enumerate(lowered) if w in PRONOUNS and w not in others]
    if not mine or sum(w[:1].isupper() for w in words) * 2 > len(words):
        return False  # in Title Case a capital names no one
    sexes = {lowered[i] in MALE_WORDS for i in mine}
    if len(sexes) > 1 or YOU_WORDS & set(lowered):
        return False
    first = mine[0]
    for at in range(first - 1, -1, -1):
        if words[at][-1:] in ".!?":
            return False  # the name in another sentence
        if _someone_else(words, at, facts):
            return True
    return False


def _someone_else(words: list[str], at: int, facts: Facts) -> bool:
    """The capitalised word at ``at`` names someone other than the reader and the writer:
    after a title ("Ma'am Brenda") or doing something ("Declan was telling", "Mike
    mentioned"), a name no dictionary holds as a word or one the notes give a capital."""
    core = words[at].strip('.,!?;:()"“”').removesuffix("'s").removesuffix("’s")
    if not (core[:1].isupper() and core[1:].islower() and core.isalpha()):
        return False
    lowered = core.lower()
    known = {fold(w) for w in name_tokens(f"{facts.recipient} {facts.company} {facts.role}")}
    if fold(core) in known or fold(core) == writer_name(facts) or lowered in CALENDAR:
        return False
    if gazetteer.city(lowered) or lowered in CLOSED_WORDS:
        return False
    before = words[at - 1].lower().rstrip(".").replace("’", "'") if at else ""
    titled = before in TITLES or before in TITLES_BEFORE_A_NAME
    following = words[at + 1].lower().strip(".,!?;:") if at + 1 < len(words) else ""
    # "Declan was telling", "Mike mentioned"; not "Three Peaks challenge" (a noun)
    doing = core == words[at] and bool(lexicon.verb_tags(following) & {"VBD", "VBZ"})
    doing = doing and not lexicon.is_noun(following)
    noted = re.search(rf"\b{re.escape(core)}\b", " ".join(facts.noted)) is not None
    return (titled or doing) and (noted or not lexicon.is_english_word(lowered))


def _other_first(lowered: list[str]) -> bool:
    """Someone else named before any "he" or "she" ("my mother … she"), so no pronoun
    is certainly the reader's ("Mrs Patel said her dad …" has one that is)."""
    for word in lowered:
        if _person_word(word) in OTHER_PEOPLE:
            return True
        if word in PRONOUNS:
            return False
    return False


NAMED_THEN = "named, then "  # the reader's name made "you"; a later "she" left to ask


def _agreed(text: str) -> str:
    """ "You trains" -> "You train", "You has" -> "You have": the verb after the "you"
    a name became, and nothing else."""
    words = text.split(" ")
    for i in range(len(words) - 1):
        if words[i].lower() != "you":
            continue
        core = words[i + 1].strip(".,!?;:")
        low = core.lower()
        swapped = THIRD_PERSON.get(low) or (
            _base_form(low) if low.endswith("s") and "VBZ" in lexicon.verb_tags(low) else ""
        )
        if swapped:
            words[i + 1] = words[i + 1].replace(core, swapped, 1)
        break
    return " ".join(words)


# "Sir Alcantara", "Madam Okoro": how a teacher or elder is named, before their name
TITLES_BEFORE_A_NAME = frozenset({"sir", "madam", "ma'am", "maam", "mam"})
MONTH_NAMES = frozenset(m.lower() for m in MONTHS.values())  # not "may": "This May Help"
MONTH_LEADS = MONTH_BEFORE - {"to", "the", "this"}  # "Want To March" is a verb

TITLES = patterns.NAME_TITLES
ADVERBS_AFTER_YOU = frozenset({
    "also", "still", "always", "never", "often", "usually", "just", "really", "even",
    "sometimes", "already", "now",
})  # fmt: skip
OWN_IS_NEXT = frozenset({"was", "is", "were", "has", "had", "too", "is,", "was,"})
WROTE_YOU = "wrote “you”: the letter is to them"
UNSURE_YOU = "unsure-you:"  # a change that is a question: which "she" is the reader
LONE_HIM = "him, alone"  # "him class of '98": the only one spoken of, left as typed
PRONOUNS = frozenset({"he", "she", "him", "her", "his", "he's", "she's", "he’s", "she’s"})


def _about_others_only(lowered: list[str]) -> bool:
    """The reader already "you", and every "he" or "she" after someone else is named:
    the pronouns are that person's, nothing to change or ask."""
    return bool({"you", "your", "you're", "you've"} & set(lowered)) and _other_first(lowered)


def _named_before(words: list[str]) -> bool:
    """A capitalised word after the first, before "his"/"her": someone the pronoun may be
    ("we talked about Ken and his torque wrench"), so it is not turned to "your"."""
    place = False
    for before, word in zip(words, words[1:], strict=False):
        core = word.strip(".,!?;:")
        if core.lower() in ("his", "her"):
            return False
        capital = core[:1].isupper() and core != "I"
        # "from Huntly", "to Lincoln Tech", a sentence's first word: no one "her" may be;
        # nor "the Kaikoura quake" or an acronym ("PSG college")
        place = capital and (
            before.lower() in PLACE_LEADS | {"the"}
            or (core.isupper() and len(core) > 1)
            or before[-1:] in ".!?"
            or (place and before[-1:].isalpha())
        )
        if capital and not place:
            return True
    return False


PLACE_LEADS = frozenset({
    "from", "in", "at", "to", "near", "nr", "around", "outside", "on",
})  # fmt: skip


# "the same gaffer, mick,": a person's word before a name set off by commas
NAMED_AFTER = frozenset({
    "gaffer", "boss", "foreman", "manager", "supervisor", "mate", "coach", "teacher",
    "lecturer", "instructor", "tutor", "owner", "neighbour", "neighbor", "friend", "landlord",
})  # fmt: skip


def _maybe_named_before(lowered: list[str], words: list[str]) -> bool:
    """A word before "his"/"her" that is no ordinary word: typed in lower case, it may
    be the name of whoever "his" is ("kev and his van"), so the wizard asks; not "her
    kelpie" at the start nor "about his ...". A word typed with capitals is for
    ``_named_before`` ("the Rotorua floods", "NZQA courses": no one "her" may be)."""
    at = next((i for i, w in enumerate(lowered) if i and w in ("his", "her")), 0)
    if not at:
        return False
    if lowered[at - 1] == "about":
        # "the same gaffer, mick, … a laugh about his flask": a name set off by commas
        # before it may be whose it is; "about his van" alone is the reader's
        return any(
            words[i - 1].endswith(",") and words[i].endswith(",") and lowered[i].isalpha()
            and (lowered[i - 1] in NAMED_AFTER
                 or words[i].islower() and not ordinary_word(lowered[i]))
            for i in range(1, at)
        )  # fmt: skip
    return any(
        w.isalpha() and w not in CLOSED_WORDS | TRADE_SHORT and not ordinary_word(w)
        for before, w, typed in zip(lowered, lowered[1:at], words[1:at], strict=False)
        if before not in PLACE_LEADS  # "from huntly": a place, not whose it is
        and typed.islower()
    )


MALE_PEOPLE = frozenset({
    "grandad", "granddad", "grandpa", "grandfather", "nonno", "papou", "dad", "da", "pa",
    "father", "uncle", "brother", "bro", "husband", "son", "boyfriend", "guy", "bloke", "lad",
    "boy", "man",
})  # fmt: skip
FEMALE_PEOPLE = frozenset({
    "nan", "nana", "nanna", "gran", "granny", "grandma", "grandmother", "nonna", "yiayia",
    "mum", "mom", "mam", "ma", "mother", "aunt", "auntie", "aunty", "sister", "sis", "wife",
    "daughter", "girlfriend", "lass", "girl", "woman", "lady",
})  # fmt: skip


def _someone_else_of(lowered: list[str], others: frozenset[str] = frozenset()) -> str:
    """The pronoun after a mention of someone else ("my nan ... she"), "" when every "he"
    or "she" comes before anyone else is named and so means the reader. ``others``, the
    pronouns the reader's title rules out, settles more: to Ms Rollins, "she told me about
    her own brother … and how respite gave her mom a night off" speaks only of her (a
    brother is no "she"), and "my cousin Eli … him" is not her."""
    opposite = MALE_PEOPLE if others == MALE_WORDS else FEMALE_PEOPLE if others else frozenset()
    other = False
    for word in lowered:
        bare = _person_word(word)
        if bare in OTHER_PEOPLE and bare not in opposite:
            other = True  # "his da served his time": the second "his" may be the da's
        elif other and word in PRONOUNS and word not in others:
            return word
    return ""


YOU_WORDS = frozenset({"you", "your", "you're", "you've", "you’re", "you’ve", "yours"})


def _person_word(word: str) -> str:
    """ "uncle's", "uncles" (the apostrophe left out, "my uncles dairy farm") -> "uncle"."""
    bare = word.removesuffix("'s").removesuffix("’s")
    if bare not in OTHER_PEOPLE and bare.endswith("s") and bare[:-1] in OTHER_PEOPLE:
        return bare[:-1]
    return bare


def _name_to_you(text: str, facts: Facts) -> str:
    """ "Dr. Brooks introduced me to her cat" -> "You introduced me to her cat"."""
    # "Mr. Rohit Sharma (Talent Acquisition)": the name without the bracket
    name = re.sub(r"\([^()]*\)", " ", facts.recipient).strip()
    parts = name.split()
    honorific = ""
    while parts and parts[-1].lower().strip(",.") in HONORIFICS_AFTER:
        honorific = parts.pop()  # "Mr. Rakesh Sharma Sir": how they are called, not a name
    opening = text.split(None, 2)
    called = len(opening) > 1 and opening[0].lower().strip(",") in HONORIFICS_AFTER
    if called and opening[1].lower().strip(",") == "you":
        text = text[len(opening[0]) :].lstrip(" ,")  # "Sir you told me" -> "You told me"
        return text[:1].upper() + text[1:]
    if called and honorific and opening[0].lower() == honorific.lower().strip(",."):
        return f"You{text[len(opening[0]) :]}"  # to "… Sharma Sir", "Sir told me …": them
    if not parts:
        return text
    name = " ".join(parts)
    forms = [name, " ".join(parts[:: len(parts) - 1]) if len(parts) > 2 else "", parts[-1]]
    if parts[0].rstrip(".").lower() in TITLES:
        forms.append(parts[0] + " " + parts[-1])
        if len(parts) > 2:
            forms.append(parts[1])  # "Rohit" of "Mr. Rohit Sharma": their own first name
        if len(parts) > 3:
            # "Mr Van Der Merwe", "Mr Ole Sankale": a family name of several words
            forms += [f"{parts[0]} {' '.join(parts[2:])}", " ".join(parts[2:])]
        rank = parts[0].rstrip(".").lower() in patterns.RANKS
        after_rank = text[len(parts[0]) :].split()[:1]
        named = bool(after_rank) and after_rank[0].lower() in {p.lower() for p in parts[1:]}
        if rank and not named and text.lower().startswith(parts[0].lower() + " "):
            # "Matron told me" to Matron Eileen Fahy: the rank alone opening the answer
            # is them ("the chef showed me" may be another chef)
            return f"You{text[len(parts[0]) :]}"
    elif parts[0].lower().replace("’", "'") in TITLES_BEFORE_A_NAME and len(parts) > 2:
        # "Ma'am Rowena Villanueva": called "Ma'am Rowena", or "Rowena", or "Ma'am"
        forms += [" ".join(parts[:2]), parts[1], parts[0]]
    else:
        forms.append(parts[0])
    for form in sorted((f for f in forms if len(f) > 2), key=len, reverse=True):
        # every place it occurs: "the same ramen place ... sam taught" is not "same"
        for found in re.finditer(rf"(?<![\w]){re.escape(form)}(?![\w])", text, re.IGNORECASE):
            at, end = found.start(), found.end()
            if _inside_a_name(text[:at].split()):
                continue  # "San Antonio" is a place, not Chef Antonio
            if text[end : end + 2] not in ("'s", "’s"):
                break
            if at == 0 and (said := _name_s(text[end + 2 :])):
                # "Fiona's from Thurso" -> "You're from Thurso", "Fiona's dad" -> "Your dad"
                return said
        else:
            continue
        at = _title_before(text, at)  # "dr shah speaks" -> "you speak", not "Dr you"
        after = text[end:]
        honorific = after.split(None, 1)[0].lower().strip(",") if after.strip() else ""
        if after[:1] == " " and honorific in HONORIFICS_AFTER:
            after = after[1 + len(after[1:].split(None, 1)[0]) :]  # "Rohit sir and I"
        elif at == 0 and after[:1] == " " and honorific in ("he", "she"):
            after = after[1 + len(honorific) :]  # "Ma'am Rowena she told me": one "You"
        return f"{text[:at]}{'You' if at == 0 else 'you'}{after}"
    return text


def _inside_a_name(head: list[str]) -> bool:
    """The word before is a capitalised word mid-sentence ("in San Antonio"), so what
    follows is part of another name; not "I told Marc", "Thanks Marc", "Dr. Marc"."""
    if len(head) < 2 or head[-2][-1:] in ".!?":
        return False  # the first word of a sentence has its capital anyway
    previous = head[-1]
    own = previous == "I" or previous.startswith(("I'", "I’"))
    titled = previous.rstrip(".").lower() in TITLES
    return previous[:1].isupper() and previous[-1:].isalpha() and not own and not titled


# Said after a name in some countries: "Rohit sir", "Priya ji", "Anna madam".
HONORIFICS_AFTER = frozenset({"sir", "ji", "madam", "ma'am", "mam", "saab", "sahib"})


# After "Fiona's" these say "Fiona is": "Fiona's from Thurso", "Fiona's also a diver".
IS_NEXT = frozenset({
    "from", "in", "at", "on", "a", "an", "the", "so", "too", "also", "still", "not",
    "originally", "really", "very", "just", "now", "always", "never", "into", "big",
    "based", "one", "like", "quite", "pretty", "only", "already",
})  # fmt: skip


def _name_s(rest: str) -> str:
    """The answer opening with the reader's name and "'s", said to them: "You're" before
    what "is" goes with, "You've been", "Your" before a noun; "" when unsure."""
    following = rest.split()[0].lower().strip(".,;:!?") if rest.split() else ""
    if not following.isalpha():
        return ""
    if following == "been":
        return "You've" + rest
    tags = lexicon.verb_tags(following)
    if following in IS_NEXT or ("VBG" in tags and not lexicon.is_noun(following)):
        return "You're" + rest
    if lexicon.is_noun(following) or lexicon.is_adjective(following):
        return "Your" + rest
    return ""


def _title_before(text: str, at: int) -> int:
    """Where the name at ``at`` starts with the title typed before it ("dr", "Dr.", "chef",
    "ma'am Maricel")."""
    head = text[:at].rstrip()
    word = head.rsplit(None, 1)[-1] if head else ""
    title = word.rstrip(".").lower().replace("’", "'")
    if (title in TITLES or title in TITLES_BEFORE_A_NAME) and len(head) < at:
        return len(head) - len(word)
    return at


def _base_form(verb: str) -> str:
    """ "likes" -> "like", "watches" -> "watch", "carries" -> "carry"."""
    lemma = lexicon.verb_lemma(verb)
    if lemma != verb and "VB" in lexicon.verb_tags(lemma):
        return lemma  # "goes" -> "go", "does" -> "do"
    for ending, base in (("ies", "y"), ("ches", "ch"), ("shes", "sh"), ("sses", "ss")):
        if verb.endswith(ending) and lexicon.verb_tags(verb[: -len(ending)] + base):
            return verb[: -len(ending)] + base
    return verb[:-1]


WH_WORDS = frozenset({
    "how", "what", "what's", "whats", "when", "where", "which", "who", "why",
    "how's", "how’s", "what’s", "where's", "where’s", "who's", "who’s", "when's", "when’s",
})  # fmt: skip
ASKED_OF = frozenset({
    "i", "you", "we", "they", "he", "she", "it", "there", "someone", "anyone",
    "ye", "yous", "youse", "y'all", "yall", "u",  # "Do ye do the surveys yourselves"
})  # fmt: skip
# "How I would do it is …", "What we need is …": a clause as the subject, not a question.
CLAUSE_SUBJECTS = frozenset({"i", "we", "you", "they", "he", "she", "i'd", "we'd", "you'd"})


def _asks(words: list[str]) -> bool:
    """A question by its first words: a question word ("When does …"), or an auxiliary
    and then who or what it asks about ("Would I …", "Is overtime …", "Are the shifts …"),
    not phone style with the "I" left out ("Would love to hear more", "Could start Monday")."""
    first = words[0].lower()
    if first not in QUESTION_WORDS:
        return False
    if first in WH_WORDS and len(words) > 3 and words[1].lower() in CLAUSE_SUBJECTS:
        said = [w.lower() for w in words[3:]]
        return not any(w in ("is", "was") for w in said) or any(w.endswith(",") for w in words)
    if first in WH_WORDS or len(words) < 2:
        return True
    second = words[1].strip(",.;:!?")
    low = second.lower()
    if low in ASKED_OF or low in DETERMINERS or second[:1].isupper() or second[:1].isdigit():
        return True
    return lexicon.is_noun(low) and lexicon.BASE not in lexicon.verb_tags(low)


# "And is there a staff bus.", "Please will the uniform be provided.": a question after
# these, asked with an auxiliary no request opens with ("Please do call", "And have it").
ASK_OPENERS = frozenset({"and", "also", "please", "so", "plus", "kindly", "n"})
ASKED_AFTER_OPENER = frozenset({
    "is", "are", "was", "were", "can", "could", "will", "would", "should", "does", "did",
    "shall", "may",
})  # fmt: skip


def _asks_after_opener(words: list[str]) -> bool:
    """ "And is der staff bus from town", "Also can I bring my own knives": an opener, then
    an auxiliary and who or what it asks about."""
    if len(words) < 3 or words[0].lower().strip(",") not in ASK_OPENERS:
        return False
    return words[1].lower() in ASKED_AFTER_OPENER and _asks(words[1:])


def as_question(text: str, changes: list[str]) -> str:
    asked, mark, last = text.rpartition("? ")  # "Are you …? I would be happy to mentor."
    words = last.split()
    if words and (_asks(words) or _asks_after_opener(words)) and not text.endswith("?"):
        changes.append("added the question mark")
        return asked + mark + last.rstrip(" .!,;:") + "?"
    asks = " ".join(w.lower() for w in words[:4])
    if text.endswith("?") and asks.removeprefix("kindly ").removeprefix("please ").startswith(
        "let me know"
    ):
        changes.append("ended a request with a full stop")  # "Kindly let me know when ...?"
        return text.rstrip("?") + "."
    return text


def forward_to(text: str, changes: list[str]) -> str:
    """ "Looking forward to hear from you" -> "to hearing": "to" here takes -ing."""
    words = text.split()
    for at, word in enumerate(words[2:], start=2):
        if [w.lower() for w in words[at - 2 : at]] != ["forward", "to"]:
            continue
        core = word.strip(".,!?;:")
        if "VB" not in lexicon.verb_tags(core.lower()) or core.lower().endswith("ing"):
            continue
        for form in (core + "ing", core[:-1] + "ing", core + core[-1:] + "ing"):
            if "VBG" in lexicon.verb_tags(form.lower()):
                words[at] = word.replace(core, form, 1)
                changes.append("wrote “looking forward to hearing”")
                return " ".join(words)
    return text


def plain_case(text: str, facts: Facts) -> str:
    """Ordinary words in lower case after the first ("I have Seven Years Clinical
    Experience" -> "I have seven years clinical experience"); names and acronyms kept."""
    if not text:
        return ""
    words = text.split()
    names = facts.name_words()
    out = words[:1]
    for place, word in enumerate(words[1:], start=1):
        core = word.strip(".,!?;:()")
        lowered = core.lower()
        plain = core[:1].isupper() and core[1:].islower() and core not in names
        own = core.replace("’", "'").split("'")[0] == "I"  # "I'm", "I'd" keep their "I"
        plain = plain and not own and not lexicon.is_name(core)
        plain = plain and not _grade_or_body(words, place)  # "City and Guilds", "Grade II*"
        # "Techs", "Relining": made of ordinary words, so lowered too
        following = words[place + 1].strip(".,!?;:()") if place + 1 < len(words) else ""
        made = plain_made_word(lowered) and not _where_a_name_goes(words, place, following)
        ordinary = common_word(lowered) or ordinary_word(lowered) or jargon_noun(lowered)
        plain = plain and (ordinary or made or everyday_word(lowered))
        if lowered in MONTH_NAMES and (
            following[:1].isdigit() or words[place - 1].lower() in MONTH_LEADS
        ):
            plain = False  # "In March", "by May 3": a month keeps its capital
        if lowered.rstrip(".") in TITLES and following[:1].isupper():
            plain = plain and ordinary_word(following.lower())  # "Chef Marcus" stays
        out.append(word.replace(core, core.lower(), 1) if plain else word)
    kept = _known_runs_kept(words, _place_names_kept(words, out).split(" "), facts.keep())
    return _figure_words(
        text,
        _title_names_kept(words, kept, facts.typed_names(), "\n".join(facts.typed))
        if len(kept) == len(words)
        else " ".join(kept),
    )


# Endings of the names of fields of work: "Radiography", "Phlebotomy", "Cardiology".
FIELD_ENDINGS = ("graphy", "ology", "otomy", "iatry", "iatrics", "ectomy", "therapy")
MADE_WORD_ZIPF = 2.5  # two words run together, written less often than this: no brand


NAME_GOES_AFTER = frozenset({"in", "at", "from", "on", "near", "to", "via", "with", "into"})


def _where_a_name_goes(words: list[str], place: int, following: str) -> bool:
    """ "in Dentally", "stuck on the Kingsway.": a made word where a product's or a
    place's name goes keeps its capital."""
    before = words[place - 1].lower()
    if before in NAME_GOES_AFTER:
        return True
    ends = words[place][-1:] in ".,;:!?" or not following
    return before == "the" and ends


def _beside_figure(words: list[str], typed: list[str], place: int) -> bool:
    """ "usd 60", "300 gbp", "about 45 aud.": a figure right before or after the word."""
    before = words[-1] if words else ""
    return before.rstrip(".,;:!?")[-1:].isdigit() or next_word(typed, place)[:1].isdigit()


def plain_made_word(word: str) -> bool:
    """A word made of English words or as a field of work is named, that no name is:
    "chairside", "offcuts", "radiography"; not "Salesforce", written often as a brand."""
    if len(word) > 7 and word.endswith(FIELD_ENDINGS):
        return True
    single = word[:-1] if word.endswith("s") else word
    joined = any(
        lexicon.is_english_word(w[:at])
        and lexicon.is_english_word(w[at:])
        and w[at:] not in WORD_TAILS
        for w in {word, single}
        for at in range(3, len(w) - 2)
    )
    return joined and lexicon.zipf(word) < MADE_WORD_ZIPF


# Words that end others as a suffix does, so "mull" + "ion" is no word made of two:
# "mullion", "dentally" ("dent" + "ally").
WORD_TAILS = frozenset({"ion", "ions", "ally", "ate", "ates", "ary", "ant", "ants", "age"})


def finished(sentence: str) -> str:
    """What assembly may do and no more: a capital first letter and a final stop."""
    sentence = sentence.strip()
    if not sentence:
        return ""
    sentence = sentence[:1].upper() + sentence[1:]
    return sentence if sentence[-1] in ".!?" else sentence.rstrip(",;:") + "."


# "I told her how …", "I asked him about …": the one spoken to, in a letter where the reader
# has just told the user something, is the reader
TOLD_BACK = frozenset({"told", "asked", "showed", "reminded", "thanked", "answered"})
# "You told me her …", "You said his …": what the reader said about their own
TOLD_ME = (("said",), ("told", "me"), ("told", "us"), ("mentioned",), ("explained",))
ARTICLES = frozenset({"a", "an", "the", "this", "that"})


def _told_back(lowered: list[str], words: list[str], others: frozenset[str]) -> frozenset[str]:
    """ "You told me her mother keeps hens, and I told her how my nan …" (their name made
    "You"): the "her" right after "You told me" is the reader's, and so is the one "I told
    her" speaks to, and any "her" before a rival: the pronouns of the other sex (someone
    else's) are returned, as a title would rule them out; frozenset() when any pronoun of
    the reader's sex may be another's: after a woman named ("her sister Mere", "a friend"),
    or a "she" after her own mother ("… and she sells pies")."""
    head = next((lead for lead in TOLD_ME if tuple(lowered[1 : 1 + len(lead)]) == lead), ())
    if lowered[:1] != ["you"] or not head:
        return frozenset()
    at = 1 + len(head) + (lowered[1 + len(head) : 2 + len(head)] == ["that"])
    owner = lowered[at] if at + 1 < len(lowered) else ""
    mine = FEMALE_WORDS if owner == "her" else MALE_WORDS if owner == "his" else frozenset()
    if not mine or mine <= others:
        return frozenset()
    theirs = MALE_WORDS if mine == FEMALE_WORDS else FEMALE_WORDS
    same = FEMALE_PEOPLE if mine == FEMALE_WORDS else MALE_PEOPLE
    owned_rival = rival = False
    for i in range(at + 1, len(lowered)):
        word, person = lowered[i], _person_word(lowered[i])
        if person in OTHER_PEOPLE and person not in same | MALE_PEOPLE | FEMALE_PEOPLE:
            rival = True  # "a friend", "the boss": either sex
        elif person in same:
            owned_rival = owned_rival or lowered[i - 1] == owner
            rival = rival or lowered[i - 1] != owner  # "her mother": hers; "my nan": another
        elif _a_name(words, i) and not ARTICLES & set(lowered[max(0, i - 2) : i]):
            rival = True  # "her sister Mere": Mere may be the "her"
        if word not in mine:
            continue
        told = i > 1 and lowered[i - 2] == "i" and lowered[i - 1] in TOLD_BACK
        owns = word == owner and i + 1 < len(lowered) and not owned_rival
        if rival or not (told or owns):
            return frozenset()
    return theirs


def _complement_same(lowered: list[str], words: list[str]) -> list[str]:
    """ "Your mother was my grade 4 teacher in Paarl, and he rang her": the teacher is the
    mother, no one else, so read as her."""
    if len(lowered) < 5 or lowered[0] != "your" or lowered[2] not in ("was", "is"):
        return lowered
    if _person_word(lowered[1]) not in MALE_PEOPLE | FEMALE_PEOPLE:
        return lowered
    marked = list(lowered)
    for j in range(3, min(len(lowered), 8)):
        if lowered[j] == "and":
            break
        if _person_word(lowered[j]) in OTHER_PEOPLE:
            marked[j] = lowered[1]
            break
        if words[j][-1:] in ",;:.!?":
            break
    return marked


def _name_then_pronoun(words: list[str], lowered: list[str], others: frozenset[str]) -> str:
    """The first "he" or "she" that may be the reader's after someone else is named by a
    capitalised name after a person's word ("the old foreman Koos Smit …, he was"; not
    "Dr Shah speaks Spanish", "in Mysore, where he …"); "" when there is none, or
    when every word has its capital (Title Case), where a capital names no one."""
    if sum(w[:1].isupper() for w in words) * 2 > len(words):
        return ""
    seen = False
    for i in range(1, len(words)):
        person = _person_word(lowered[i - 1])
        if _a_name(words, i) and (person in OTHER_PEOPLE or person in NAMED_AFTER):
            seen = True  # "the old foreman Koos", "my friend Mere": not "speaks Spanish"
        elif seen and lowered[i] in PRONOUNS and lowered[i] not in others:
            return lowered[i]
    return ""
