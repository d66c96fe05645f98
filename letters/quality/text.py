"""Small text helpers the checks share: sentences, tokens, word stems and names.

Every helper runs in time linear in its input: the regular expressions here have one
quantifier each (no nested or adjacent ones that could backtrack), and the rest is
plain string work.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property

from letters.quality import lexicon
from letters.quality.patterns import (
    ABBREVIATIONS,
    IRISH_COUNTIES,
    NAME_TITLES,
    RANK_ABBREVIATIONS,
    TITLE_ABBREVIATIONS,
    word_set,
)
from letters.quality.words import (
    DETERMINERS,
    FUNCTION_WORDS,
    OPENERS,
    RELATIVE_MARKERS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
)

# A word ("night-shift", "don't", "NetSuite's") or a number ("1.8%", "$11", "5:15").
TOKEN_RE = re.compile(r"[$€£]?\d[\d.,:]*%?|[^\W\d_][\w'’-]*")
# Letters only: for names.
NAME_RE = re.compile(r"[^\W\d_][^\W\d_'’-]*")
SENTENCE_END = ".!?"
# A quotation: one bounded negated class each, no backtracking.
QUOTED_RE = re.compile(r'"[^"\n]{1,200}"|“[^“”\n]{1,200}”')
CLOSING_MARKS = "\"'”’)"
# A capitalised word after "Capt." or "Co." that starts a sentence rather than names
# someone or somewhere: "… Smith & Co. Then I moved …", "… the Capt. He said …".
SENTENCE_OPENERS = (
    DETERMINERS
    | FUNCTION_WORDS
    | OPENERS
    | RELATIVE_MARKERS
    | SUBJECT_PRONOUNS
    | SUBORDINATORS
    | word_set("i my me him her them hi hey ok okay oh well thanks")
)
ABBREVIATED = 3.5  # Zipf: "spp" 3.1; a word that ends a sentence is more common ("ok" 5.1)
CONTRACTIONS = {
    "i'd": ("i", "would"), "i'll": ("i", "will"), "i'm": ("i", "am"), "i've": ("i", "have"),
    "won't": ("will", "not"), "can't": ("can", "not"), "don't": ("do", "not"),
    "didn't": ("did", "not"), "doesn't": ("does", "not"), "isn't": ("is", "not"),
    "wasn't": ("was", "not"), "it's": ("it", "is"), "that's": ("that", "is"),
    "we'll": ("we", "will"), "we'd": ("we", "would"), "we're": ("we", "are"),
    "you're": ("you", "are"), "let's": ("let", "us"), "couldn't": ("could", "not"),
    "wouldn't": ("would", "not"), "shouldn't": ("should", "not"), "aren't": ("are", "not"),
    "you'd": ("you", "would"), "you'll": ("you", "will"), "you've": ("you", "have"),
    "they'd": ("they", "would"), "they're": ("they", "are"), "we've": ("we", "have"),
    "they'll": ("they", "will"), "haven't": ("have", "not"), "hasn't": ("has", "not"),
    "weren't": ("were", "not"),
}  # fmt: skip


def split_sentences(body: str) -> list[str]:
    """Lines split after . ! ? and a space (a greeting or a sign-off is a sentence of its
    own); "Dr.", "e.g.", "Capt. Dubois", "Co. Cavan" and "No. 4" do not end a sentence."""
    sentences: list[list[str]] = []  # pieces joined at the end: no quadratic concatenation
    for line in body.splitlines():
        pieces, start = [], 0
        for end in _sentence_ends(line):
            pieces.append(line[start:end].strip())
            start = end
        pieces.append(line[start:].strip())
        pieces = [p for p in pieces if p]
        for i, piece in enumerate(pieces):
            if i and _continues(pieces[i - 1], piece):
                sentences[-1].append(piece)  # "at St. Anne's" goes on
            else:
                sentences.append([piece])
    return [" ".join(parts) for parts in sentences]


def _sentence_ends(line: str):
    """Offsets just past each sentence end: a . ! ? (and closing quotes) before a space."""
    i, n = 0, len(line)
    while i < n:
        if line[i] in SENTENCE_END:
            j = i + 1
            while j < n and line[j] in CLOSING_MARKS:
                j += 1
            if j < n and line[j].isspace():
                yield j
            i = j
        else:
            i += 1


def _continues(previous: str, piece: str) -> bool:
    """ "Dr. Park" and "6 a.m. doses" go on: after a title, or after an abbreviation
    when the next word starts in lower case."""
    if piece[:1].islower() and _ends_in_ellipsis_or_quote(previous):
        return True  # 'a two-line "Today I..." slip', '"Ready?" she asked'
    if not previous.endswith("."):
        return False
    tail = previous[-12:-1]  # an abbreviation is short: never scan a long piece
    last = tail.rsplit(None, 1)[-1].lower().lstrip("(") if tail.strip() else ""
    if last in TITLE_ABBREVIATIONS:
        return True
    written = tail.rsplit(None, 1)[-1].lstrip("(") if tail.strip() else ""
    if piece[:1].islower():
        return last in ABBREVIATIONS or _abbreviated(written)
    return _names_what_follows(previous, written, piece)


# A short form written as capitals with their stops: "U.S.", "U.K.", "D.C." (the last stop
# is the piece's end, cut off before this is matched).
DOTTED_LETTERS_RE = re.compile(r"(?:[A-Z]\.){1,3}[A-Z]")


def _names_what_follows(previous: str, written: str, piece: str) -> bool:
    """ "Capt. Dubois", "Co. Cavan", "Ft. McMurray", "Engine No. 4": the stop shortens a
    word that names what comes next. After "Co." only a county or a word no dictionary
    holds goes on ("… Smith & Co. Then I moved …" is two sentences); after "Ft." not
    a measure ("40 ft. RF scanner")."""
    last = written.lower()
    if last == "no":
        return piece[:1].isdigit() and " " in previous.strip()  # not "Hurt? No. 3 weeks on"
    first = piece.split(None, 1)[0].strip(",;:).!?").removesuffix("'s").removesuffix("’s")
    if not (first[:1].isupper() and first.isalpha()) or first.lower() in SENTENCE_OPENERS:
        return False
    if last in RANK_ABBREVIATIONS:
        return True
    if DOTTED_LETTERS_RE.fullmatch(written):
        return True  # "the U.S. Army", "a U.K. Visa": letters naming what follows
    if written == "Ft":
        before = previous[-24:-3].rsplit(None, 1)[-1:]
        return not (before and before[0][:1].isdigit())
    if last == "co":
        word = first.lower()
        return word in IRISH_COUNTIES or not lexicon.is_english_word(word)
    return False


def _abbreviated(word: str) -> bool:
    """ "B.Sc.", "spp.": a word with a stop inside it, or a rare one no dictionary
    holds, cut short by its stop; a lower-case word after it goes on with the sentence.
    A sentence ends on a word ("... the drains. then ..." still starts one in lower case)."""
    if not word.isalpha():
        return "." in word and word.replace(".", "").isalpha()
    rare = not lexicon.is_english_word(word) and lexicon.zipf(word) < ABBREVIATED
    return word.islower() and rare  # not "ICU.": an acronym may end a sentence


def _ends_in_ellipsis_or_quote(piece: str) -> bool:
    """An ellipsis ("...") or a closing quote after the stop: a lower-case word after it
    goes on with the sentence; it does not start one."""
    stripped = piece.rstrip(CLOSING_MARKS)
    return stripped.endswith("...") or (len(stripped) < len(piece) and piece[-1:] != ")")


def tokens(text: str) -> list[str]:
    """Lower-case words and numbers, contractions spread out ("I'd" -> "i", "would")."""
    words = []
    for raw in TOKEN_RE.findall(text):
        word = raw.lower().replace("’", "'").strip("'-")
        if not word:
            continue
        if word in CONTRACTIONS:
            words.extend(CONTRACTIONS[word])
        else:
            words.append(word[:-2] if word.endswith("'s") else word)
    return words


def stem(word: str) -> str:
    """A crude stem, the same on both sides of a comparison: "errors" ~ "error",
    "missed" ~ "miss", "handovers" ~ "handover"."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 5 and word.endswith("ing"):
        return word[:-3]
    if len(word) > 4 and word.endswith("ed"):
        return word[:-2]
    if len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def content_parts(word: str) -> list[str]:
    """A token's parts for comparing content: "night-shift" -> night, shift."""
    return [p for p in word.split("-") if p]


@dataclass(frozen=True)
class Sentence:
    """A sentence with its tokens, computed once."""

    text: str

    @cached_property
    def words(self) -> list[str]:
        return tokens(self.text)

    @cached_property
    def unquoted_words(self) -> list[str]:
        """The tokens outside quoted speech: 'like "want me to grab you a Tuesday?"' is
        what the writer said to a client, not words to the reader."""
        return tokens(QUOTED_RE.sub(" ", self.text))

    @cached_property
    def raw_words(self) -> list[str]:
        """The tokens as written (capitals kept), for telling names apart."""
        return [w.replace("’", "'").strip("'-") for w in TOKEN_RE.findall(self.text)]

    @property
    def is_question(self) -> bool:
        return self.text.rstrip(CLOSING_MARKS + " ").endswith("?")


def word_count(text: str) -> int:
    return len(TOKEN_RE.findall(text))  # every token holds a letter or a digit


def name_tokens(text: str) -> list[str]:
    return NAME_RE.findall(text or "")


def fold(word: str) -> str:
    """Lower case without accents, so “José” and “jose” compare equal."""
    if word.isascii():  # nothing to decompose: most words, and the same result
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.casefold().replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# What follows a person's name on record is no part of it: "Rohit Sharma (Talent
# Acquisition)", "Dana Whitfield, Head Chef", "Sam Ortiz - Operations".
NAME_TAIL_RE = re.compile(r"(?:\(|,|\s[-–—]\s|/).*$")
# A short aside inside a name: "Sergeant (ret.) Mark Delaney" is Sergeant Mark Delaney.
# A bracketed aside of a name or a title: "(Pty)", "(Band 3)", "(for Harbor Freight Foods)".
PARENTHESIS_RE = re.compile(r"\([^()]{0,80}\)")
NAME_ASIDE_RE = re.compile(r"\s\([^()]{1,20}\)(?=\s\S)")
# Said before a name in some Englishes ("Ma'am Cora"): in a letter, "Ms" and the surname.
MADAM_BEFORE = frozenset({"ma'am", "maam", "madam", "mam"})


# A team named before the person: "HR - Mrs Adebayo", "Recruitment: Dan Cole".
DEPARTMENT_LEAD_RE = re.compile(
    r"^\s*(?:HR|H\.R\.|Human Resources|Recruitment|Recruiting|Talent Acquisition|Talent"
    r"|People Team|People|Hiring Team|Hiring Manager)\s*(?:[-–—:/|]|\s[-–—]\s)\s*(?=\S)",
    re.IGNORECASE,
)
# Said after a name out of respect ("Rajesh Sir", "Kaur ji"): no part of the name.
HONORIFICS_AFTER = frozenset({"sir", "madam", "ma'am", "maam", "ji", "sahab", "saab", "saheb"})
# Letters after a name, typed in capitals ("Conor Fahy MVB", "Ann Lee FRCS"): degrees,
# honours and registrations, no part of the name. Only in capitals, since "Ma" is a surname.
POST_NOMINALS = frozenset({
    "mvb", "mrcvs", "bvsc", "dvm", "vmd", "md", "mbbs", "frcs", "mrcp", "frcp", "mrcgp", "dds",
    "dmd", "rn", "rgn", "rmn", "bsn", "msn", "np", "cpa", "aca", "fca", "acca", "fcca", "cima",
    "cfa", "mba", "msc", "bsc", "ma", "ba", "beng", "meng", "ceng", "phd", "dphil", "edd", "llb",
    "llm", "mbe", "obe", "cbe", "kbe", "dbe", "qc", "kc", "sc", "esq", "jr", "sr", "ii", "iii",
    "pe", "fcipd", "mcipd", "cipd", "shrm-cp", "phr", "sphr", "pmp",
})  # fmt: skip
# The same in the mixed case people give them.
POST_NOMINALS_MIXED = frozenset({"PhD", "DPhil", "MSc", "BSc", "MEng", "BEng", "CEng", "EdD",
                                 "Esq", "Jr", "Sr", "BVSc", "MBBS"})  # fmt: skip


def _post_nominal(word: str) -> bool:
    bare = word.rstrip(".,")
    return (bare.isupper() and bare.lower() in POST_NOMINALS) or bare in POST_NOMINALS_MIXED


# Words that make a rank of several: "Deputy Chief", "Assistant Chief Officer", "Head Chef".
RANK_MODIFIERS = frozenset({
    "deputy", "assistant", "acting", "senior", "vice", "head", "station", "fire", "police",
    "executive", "sous", "chief", "first", "watch", "crew", "group", "area", "divisional",
})  # fmt: skip


def person_name(name: str) -> str:
    """The name itself, without a job or team written after it, or a respectful "Sir"."""
    name = DEPARTMENT_LEAD_RE.sub("", name)  # "HR - Mrs Adebayo" is Mrs Adebayo
    parts = NAME_TAIL_RE.sub("", NAME_ASIDE_RE.sub("", name)).split()
    while len(parts) > 1 and (
        parts[-1].lower().rstrip(".") in HONORIFICS_AFTER
        or (len(parts) > 2 and _post_nominal(parts[-1]))
    ):
        parts.pop()
    return " ".join(parts)


def rank_run(parts: list[str]) -> int:
    """How many of a name's first words are its rank: 2 for "Deputy Chief Karen Whitlock",
    1 for "Chef Marco Bellini", 0 for "Dana Whitfield" (and for a rank with no name after)."""
    run = 0
    while run < len(parts) - 1 and (parts[run].lower().rstrip(".") in NAME_TITLES | RANK_MODIFIERS):
        run += 1
    ranked = any(p.lower().rstrip(".") in NAME_TITLES for p in parts[:run])
    return run if ranked else 0


# Words that begin a family name: "du Plessis", "van der Merwe", "de la Cruz", "Di Stefano".
NAME_PARTICLES = frozenset({
    "van", "von", "der", "den", "de", "du", "da", "di", "del", "della", "des", "dos", "das",
    "le", "la", "ter", "ten", "bin", "binti", "binte", "bint", "ibn", "al", "el", "st", "st.",
    "dela", "delos", "delas", "mac", "mag", "nic", "ní", "ó", "ua", "uí", "giolla", "ap", "ab",
    "verch",
})  # fmt: skip


# Particles of Irish and Scottish family names: "Ní Bhriain", "Ó Briain", "Mac Giolla".
GAELIC_PARTICLES = frozenset({"mac", "mag", "nic", "ní", "ó", "ua", "uí"})


def family_name(parts: list[str], *, titled: bool = False) -> str:
    """The family name in a name's words after any title, with its particles: "du Plessis"
    for ["Johan", "du", "Plessis"], "de la Cruz" for ["Maria", "de", "la", "Cruz"]. A first
    word counts as a particle only when typed in lower case ("van Wyk", not "Van Morrison"),
    or when a title stands before an Irish or Scottish one, which is never a given name
    ("Dr Ní Bhriain", "Mr Ó Briain"; "Mr Al Green" and "Mr Van Jones" have given names)."""
    if not parts:
        return ""
    start = len(parts) - 1
    while start > 0 and parts[start - 1].lower() in NAME_PARTICLES:
        first = start - 1 == 0
        if (
            first
            and not parts[0].islower()
            and not (titled and parts[0].lower() in GAELIC_PARTICLES)
        ):
            break
        start -= 1
    return " ".join(parts[start:])


def salutation(name: str) -> str:
    """How to greet someone: "Dana" for Dana Whitfield, "Dr. Patel" for Dr. Nora Patel."""
    parts = person_name(name).split()
    if not parts:
        return ""
    if (run := rank_run(parts)) > 1:
        family = family_name(parts[run:], titled=True)
        return f"{' '.join(parts[:run])} {family}"  # "Deputy Chief Whitlock"
    if parts[0].rstrip(".").lower() in NAME_TITLES and len(parts) > 1:
        # As typed ("Mr Sharma" is British usage, "Chef Bellini" has none), but a bare
        # "Dr" takes its stop.
        title = f"{parts[0]}." if parts[0].lower() == "dr" else parts[0]
        return f"{title} {family_name(parts[1:], titled=True)}"
    if parts[0].rstrip(".").lower() in NAME_TITLES:
        return ""
    if parts[0].replace("’", "'").lower() in MADAM_BEFORE and len(parts) > 1:
        return f"Ms {family_name(parts[1:], titled=True)}"  # "Ma'am Corazon Villanueva"
    if parts[0].endswith(".") and len(parts) > 1 and parts[0][:-1].isalpha():
        # "Arch. Maria Santos", "Atty. Jose Rizal", "Dott. Marco Rossi": a title
        # shortened, which no first name is, greeted with the family name
        return f"{parts[0]} {family_name(parts[1:], titled=True)}"
    return parts[0]


def first_name(name: str) -> str:
    """The first name, folded, past any title: "daniel" for "Dr Daniel Reyes"."""
    words = [fold(w) for w in name_tokens(person_name(name))]
    return next((w for w in words if w.rstrip(".") not in NAME_TITLES), "")


# Short forms that are not the name's own beginning or a four-letter run of it (those are
# told by sight: "Dan", "Kate", "Beth").
SHORT_FORMS = {
    "mike": "michael", "mick": "michael", "liz": "elizabeth", "lizzie": "elizabeth",
    "tom": "thomas", "nick": "nicholas", "jim": "james", "jimmy": "james", "becky": "rebecca",
    "steve": "stephen", "tony": "anthony", "sue": "susan", "kathy": "katherine",
    "cathy": "catherine", "kate": "catherine", "jo": "joanne", "pete": "peter", "joe": "joseph",
    "tess": "teresa", "terry": "terence", "gerry": "gerald", "jerry": "gerald",
    "bob": "robert", "rob": "robert", "bill": "william", "will": "william", "liam": "william",
    "dick": "richard", "rick": "richard", "ted": "edward", "ned": "edward", "hank": "henry",
    "chuck": "charles", "peggy": "margaret", "maggie": "margaret", "sally": "sarah",
    "molly": "mary", "polly": "mary", "jack": "john", "bess": "elizabeth", "betty": "elizabeth",
    "kit": "christopher", "sandy": "alexander", "sasha": "alexander", "peg": "margaret",
}  # fmt: skip


def may_be_short_for(greeted: str, first: str) -> bool:
    """ "Mike" for Michael, "Liz" for Elizabeth, "Tom" for Thomas, "Bob" for Robert: a
    short name (shorter, six letters at most) that is a known short form, the name's own
    beginning ("Dan", "Danny" for Daniel) or a run of four letters of it ("Beth" for
    Elizabeth). "Sam" is not Sarah, "Dave" not Daniel, "Caroline" not Catherine."""
    if not greeted or not first or len(greeted) > SHORT_NAME or len(greeted) >= len(first):
        return False
    if SHORT_FORMS.get(greeted) == first:
        return True
    stem = greeted.rstrip("yie") if len(greeted) > 3 else greeted  # "Danny" -> "dann"
    if len(stem) > 2 and stem[-1] == stem[-2]:
        stem = stem[:-1]  # "dann" -> "dan"
    return (len(stem) >= 3 and first.startswith(stem)) or (len(stem) >= 4 and stem in first)


SHORT_NAME = 6  # letters at most in a short form: "Maggie", "Sandy", "Liz"


def near_miss(word: str, known: list[str]) -> str | None:
    """The known name that ``word`` nearly but not exactly spells: Jon for John."""
    folded = fold(word)
    # Names are capitalised: "of" in "Bank of America" is no name to misspell.
    candidates = [k for k in known if k[:1].isupper()]
    if any(fold(k) == folded for k in candidates):
        return None
    for candidate in candidates:
        limit = 1 if len(candidate) <= 5 else 2  # Jon/John; Stephen/Steven
        if abs(len(candidate) - len(folded)) <= limit and (
            _edit_distance(folded[:40], fold(candidate)[:40]) <= limit
        ):
            return candidate
    return None


def _edit_distance(a: str, b: str) -> int:
    """Levenshtein distance counting a swap of neighbours as one edit (“Jonh” → “John”)."""
    rows = [list(range(len(b) + 1))]
    for i, ca in enumerate(a, 1):
        row = [i]
        for j, cb in enumerate(b, 1):
            row.append(min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (ca != cb)))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]
