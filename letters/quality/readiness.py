"""Is it ready to send? Sentences a reader would stop at: a fragment, a lower-case start
or "i", a name from the interview in lower case, Title Case mid-sentence, a placeholder,
a pasted note. Each keeps the score below 70 (``rules.CAPS``) when its evidence is
unambiguous (several fragments, a letter in lower case, a placeholder); one line that may be
meant (a line for effect, a signature, a name written as its owner does) takes points off.

The sentence tests are ``sentences``'s, shared with the wizard. The placeholder patterns
have one bounded quantifier each over a negated class: no backtracking.
"""

from __future__ import annotations

import re
from dataclasses import replace

from letters.quality import lexicon
from letters.quality.context import Context
from letters.quality.patterns import TITLES
from letters.quality.rules import NOT_READY, Finding, finding
from letters.quality.sentences import (
    BULLETS,
    casing_problem,
    is_fragment,
    is_not_judged,
    lower_names,
    split_sentences,
)
from letters.quality.text import fold, name_tokens, tokens
from letters.quality.words import FUNCTION_WORDS, PREPOSITIONS

PLACEHOLDER_RE = re.compile(
    r"\[[^\[\]\n]{1,40}\]"  # [Company], [Your Name]
    r"|<[A-Za-z][^<>\n]{0,30}>"  # <name>
    r"|\{\{?[^{}\n]{1,30}\}\}?"  # {first_name}
    r"|\b[Xx]{2,4}\b"  # XX%, $XX
    r"|\b(?:TBD|TBC|INSERT|FIXME|TODO)\b"
    r"|_{3,}"  # ____
)
# Brackets an editor puts in a quotation, no blank to fill: "payed [sic]", "[emphasis mine]".
EDITORIAL_MARKS = frozenset(
    {"sic", "emphasis mine", "emphasis added", "redacted", "sp", "sp?", "translated", "my emphasis"}
)
LOWER_THROUGHOUT = 3  # sentences, and half the letter or more
# A whole letter in lower case is worse than one slip (65), short of a copy-paste tell (50).
LOWER_THROUGHOUT_CAP = NOT_READY - 10
NOTE_RUN = 5  # this many words in a row from the notes, in a fragment: a pasted note
NOTE_WORDS = 2  # of them words of the notes' own saying, not names, figures or "and"
SEVERAL = 2  # findings of a kind that are a habit, not a line that may be meant
MAX_QUOTED = 2


def check_readiness(body: str, letter_body: str, context: Context) -> list[Finding]:
    """``letter_body``: the body up to the sign-off (the sentences to judge); ``body``
    the whole text (a name in the signature must be cased too)."""
    sentences = [s for s in split_sentences(letter_body) if not is_not_judged(s)]
    keep = context.names_as_written
    findings = [*_placeholders(body)]
    listed = _list_lines(letter_body)
    notes, fragments = _notes_and_fragments(letter_body, sentences, context, listed)
    voice = _terse_voice(fragments, notes, len(sentences))
    fragments = _without_spoken_ellipsis(fragments, notes, len(sentences))
    if not notes and _list_is_the_letter(listed, sentences):
        notes = sorted(listed)
    if notes:
        message = f"This reads as a pasted note, not a letter: {_quoted(notes)}."
        # One short line may be a signature or a label; several, or the interview notes
        # copied word for word, are notes.
        # A line spoken to the reader ("Your problem: ...") restates their problem in the
        # notes' words: the letter's own, unless there are several.
        runs = _runs(context.notes)
        sure = len(notes) >= SEVERAL or any(
            _copies(n, runs) and not _to_the_reader(n) for n in notes
        )
        findings.append(finding("pasted_note", message, capped=True, sure=sure))
    if fragments:
        message = f"This reads as a note, not a sentence: {_quoted(fragments)}."
        # One verbless line may be said for effect; several are notes, unless the letter
        # is mostly proper sentences around them (a terse voice); a noun phrase carrying
        # its verb in a relative clause is a sentence broken at a full stop.
        several = len(fragments) >= SEVERAL and not voice
        sure = several or any(_broken_sentence(f) for f in fragments)
        findings.append(finding("fragment", message, capped=True, sure=sure))
    problems: dict[str, list[str]] = {}
    noted = {n.lstrip(BULLETS).strip() for n in notes} | listed
    for sentence in sentences:
        if sentence.lstrip(BULLETS).strip() in noted:
            continue  # a pasted note is told once
        problem = casing_problem(sentence, keep=keep)
        if problem == "lower_start" and _lower_case_brand(sentence):
            continue  # "dbt tests caught 40 bad joins": the tool's name as its makers write it
        if problem:
            problems.setdefault(problem, []).append(sentence)
    lowered = problems.get("lower_start", []) + problems.get("lower_i", [])
    if lowered:
        what = "lower-case “i”" if not problems.get("lower_start") else "a lower-case start"
        message = f"A sentence with {what}: {_quoted(lowered)}."
        # Issue 19 names both as not ready to send; a name its owner writes in lower
        # case ("dbt") is not counted (``_lower_case_brand``).
        found = finding("lower_case", message, capped=True)
        if len(lowered) >= max(LOWER_THROUGHOUT, len(sentences) // 2):
            # Not a slip but the whole letter: it reads as careless as a pasted template.
            message = f"Most sentences are in lower case: {_quoted(lowered)}."
            found = replace(found, message=message, cap=LOWER_THROUGHOUT_CAP)
        findings.append(found)
    if titled := problems.get("title_case"):
        message = f"Title Case in the middle of a sentence: {_quoted(titled)}."
        # One sentence may name a product or a scheme; several, or capitals on its little
        # words ("By Half At"), are typing.
        sure = len(titled) >= SEVERAL or any(_capital_function_words(t) >= SEVERAL for t in titled)
        findings.append(finding("title_case", message, capped=True, sure=sure))
    if slang := _text_speak(letter_body):
        listed = ", ".join(f"“{w}”" for w in slang)
        findings.append(finding("text_speak", f"Text-message style: {listed}.", capped=True))
    names = _names(context)
    written = []
    for sentence in split_sentences(body):
        written += [n for n in lower_names(sentence, names) if n not in written]
    if written:
        proper = {n.lower(): n for n in names}
        listed = ", ".join(f"“{w}”" for w in written[:3])
        right = next((proper[w.lower()] for w in written if w.lower() in proper), written[0])
        message = f"A name written in lower case: {listed}."
        # A name the app knows (the reader's, the firm's, the writer's) is never meant so.
        findings.append(finding("name_case", message, capped=True, name=right))
    return findings


DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "your", "our", "my"})
RELATIVES = frozenset({"that", "which", "who", "whom", "whose", "where", "you", "we", "they"})


def _broken_sentence(fragment: str) -> bool:
    """ "The 6 a.m. load that leaves the dashboards empty.", "The afternoons you lose to
    demos.": a noun phrase, then a clause about it before any comma: the sentence's main
    verb went missing, unlike a line for effect ("One page, posted in the pit.")."""
    words = tokens(fragment.split(",")[0])
    if len(words) < 3 or words[0] not in DETERMINERS:
        return False
    return any(w in RELATIVES for w in words[2:])


def _capital_function_words(sentence: str) -> int:
    """ "I Cut Close Times By Half At Brightpath": "By" and "At", capitals no name has."""
    words = sentence.split()[1:]
    return sum(w[:1].isupper() and w.lower().strip(".,;:!?") in FUNCTION_WORDS for w in words)


def _lower_case_brand(sentence: str) -> bool:
    """The first word is jargon written in lower case ("dbt", "npm", "x-rays"): in no
    dictionary and rare, so no ordinary word or name missing its capital."""
    first = sentence.strip().lstrip(BULLETS).split(maxsplit=1)[:1]
    word = first[0].rstrip(".,;:!?").lower() if first else ""
    if not word or word != first[0].rstrip(".,;:!?") or word in {"i"} or word.startswith("i'"):
        return False
    return not lexicon.is_english_word(word) and lexicon.zipf(word) < RARE


RARE = 3.0  # Zipf: "dbt" 2.4, "npm" 2.4; "maria" 4.3, "the" 7.7


# Shorthand that reads as a text message, not a letter.
TEXT_SPEAK = frozenset(
    {"u", "ur", "thx", "thnx", "pls", "plz", "lol", "btw", "idk", "tbh", "imo", "gonna",
     "wanna", "cuz", "coz", "omg", "tmrw", "2moro", "gr8", "b4"}
)  # fmt: skip


EMOTICONS = frozenset({":)", ":-)", ";)", ";-)", ":(", ":-(", ":d", ":p", "<3", "xo", "xoxo"})


def _text_speak(text: str) -> list[str]:
    """Shorthand ("u", "lol"), emoticons and emoji, and "!!": a text message's marks.
    Shorthand written in capitals ("IMO", "LOL", "OMG") is as often an acronym (the
    International Maritime Organization, a league, a standards body): it counts only
    beside an unambiguous mark, such as shorthand in lower case, an emoticon or "!!"."""
    found, acronyms = [], []
    for raw in text[:20_000].split():
        word = raw.strip(".,;:!?()\"'“”‘’").lower()
        if word in TEXT_SPEAK or raw.lower().strip(".,") in EMOTICONS:
            mark = word or raw
            written = raw.strip(".,;:!?()\"'“”‘’")
            if word in TEXT_SPEAK and written.isupper() and "!!" not in raw:
                if mark not in acronyms:
                    acronyms.append(mark)
                continue
        elif "!!" in raw or any(_is_emoji(c) for c in raw):
            mark = raw
        else:
            continue
        if mark not in found:
            found.append(mark)
            if len(found) >= 3:
                break
    if not found:
        return []
    return (found + [a for a in acronyms if a not in found])[:3]


def _is_emoji(char: str) -> bool:
    code = ord(char)
    return 0x1F300 <= code <= 0x1FAFF or 0x2600 <= code <= 0x27BF


def _names(context: Context) -> list[str]:
    """The names to write as their owners do: the company and each person's full name,
    first name and last name ("Hi dana," is as wrong as "dana whitfield")."""
    people = [context.recipient, context.sender, *context.known_names]
    names = [n for n in (*people, context.company) if n]
    for person in people:
        if fold(person) == fold(context.company):
            continue
        parts = [p for p in name_tokens(person) if fold(p) not in TITLES and len(p) > 2]
        if len(parts) > 1:
            names += [parts[0], parts[-1]]
    return list(dict.fromkeys(names))


PARENTHESIS_RE = re.compile(r"\(([^()\n]{1,80})\)")  # one bounded negated class
# A note to self opens with an instruction: "(check the filing limit??)", "(add figure)".
SELF_NOTE_VERBS = frozenset(
    {"check", "confirm", "verify", "add", "insert", "fix", "find", "update", "double-check",
     "ask", "remember", "todo", "tbd", "look", "fill", "change", "replace", "edit"}
)  # fmt: skip


def _placeholders(body: str) -> list[Finding]:
    found = []
    for match in PLACEHOLDER_RE.finditer(body):
        editorial = match.group().strip("[]").strip(" .!").lower() in EDITORIAL_MARKS
        if match.group() not in found and any(c.isalpha() for c in match.group()) and not editorial:
            found.append(match.group())
        if len(found) >= 3:
            break
    for match in PARENTHESIS_RE.finditer(body[:20_000]):
        inside = match.group(1).strip()
        first = inside.split(maxsplit=1)[0].lower().strip(":,.") if inside else ""
        if ("??" in inside or first in SELF_NOTE_VERBS) and match.group() not in found:
            found.append(match.group())  # a note to self left in the letter
        if len(found) >= 3:
            break
    if not found:
        return []
    listed = ", ".join(f"“{p}”" for p in found)
    return [finding("placeholder", f"Placeholders left in the letter: {listed}.", capped=True)]


def _notes_and_fragments(
    letter_body: str, sentences: list[str], context: Context, listed: set[str]
) -> tuple[list[str], list[str]]:
    """Lines pasted from notes (a bullet or an unpunctuated line that is no sentence, or
    a fragment copying the notes word for word) and the other fragments."""
    note_runs = _runs(context.notes)
    fragments: list[str] = []
    # A list is no note ("Two ideas:" and its items), unless an item copies the notes.
    notes = [item for item in sorted(listed) if _copies(item, note_runs)]
    bare_lines = set(listed)
    for line in letter_body.splitlines():
        text = line.strip()
        if not text or is_not_judged(text) or text.lstrip(BULLETS).strip() in bare_lines:
            continue
        bulleted = text[:1] in BULLETS
        unpunctuated = not text.endswith((".", "!", "?", ":", ",", ";"))
        if (bulleted and unpunctuated) or (unpunctuated and is_fragment(text)):
            notes.append(text)
            bare_lines.add(text.lstrip(BULLETS).strip())
    for sentence in sentences:
        if sentence.lstrip(BULLETS).strip() in bare_lines or not is_fragment(sentence):
            continue
        if _copies(sentence, note_runs):
            notes.append(sentence)
        else:
            fragments.append(sentence)
    return _each_once(notes), fragments


def _each_once(lines: list[str]) -> list[str]:
    """The lines less any that holds another whole: a numbered point read with its number
    and without it ("1. Your problem: ..."), or its first sentence, is one line."""
    return [line for line in lines if not any(o != line and o in line for o in lines)]


def _to_the_reader(line: str) -> bool:
    """ "Your problem: ...": said to the reader, as a letter speaks; notes speak of them."""
    return bool({"you", "your", "yours"} & set(tokens(line)))


# A letter speaks: "Quick follow-up from Thursday.", "Same idea for your vans.", "Three
# weeks, start to finish, from last fixture to final payment.", "One page, posted in the
# pit." A sentence that leaves its verb out for effect reads as a voice among proper
# sentences; a letter of them reads as notes. So it is judged by its share of the letter
# (``PROPER_PER_SPOKEN`` proper sentences for each, and no pasted note) and by its shape:
# short, or phrases set off by commas, as speech runs; a long unbroken noun phrase ("Ten
# years of payments work in busy teams.") is a CV line. A label before a colon ("Quick
# reminder: 12 years CNC, Mazatrol and G-code.") introduces a list run on one line.
SPOKEN_WORDS = 6  # content words at most, in one breath
SPOKEN_PHRASED_WORDS = 14  # at most, in phrases set off by commas
FIGURE_RE = re.compile(r"\d[\d,.]*(?:[\u2013-]\d[\d,.]*)?")  # "13–14" is one figure
MAX_LABEL_WORDS = 3  # "Quick reminder:", "In short:" before a summary set off by commas
PROPER_PER_SPOKEN = 3  # proper sentences for each


PROPER_PER_FRAGMENT = 2  # a terse voice: two proper sentences or more for each verbless one


def _terse_voice(fragments: list[str], notes: list[str], judged: int) -> bool:
    """ "Good yarn on Tuesday. Loved the dog." among a dozen sentences with their verbs: a
    clipped voice, not notes, when the letter is mostly proper sentences
    (``PROPER_PER_FRAGMENT`` for each fragment), nothing is pasted (a line spoken to the
    reader, ``_to_the_reader``, is the letter's own) and no fragment is jotted down ("menu
    variety - complaints", "28 on / 28 off", "tickets??")."""
    proper = judged - len(fragments) - len(notes)
    pasted = any(not _to_the_reader(n) for n in notes)
    if pasted or not fragments or proper < PROPER_PER_FRAGMENT * len(fragments):
        return False
    return not any(_jotted(f) for f in fragments)


def _jotted(fragment: str) -> bool:
    """Note marks, a lower-case start, or figures listed ("Two banks 2015-2019, one fintech
    2020-2024.", "Slots 6-7am, 9 trucks"): written down, not said."""
    text = fragment.strip()
    marks = (" - ", " \u2013 ", "/", "??")
    listed = len(FIGURE_RE.findall(text)) > 1
    return any(m in text for m in marks) or text[:1].islower() or listed


def _without_spoken_ellipsis(fragments: list[str], notes: list[str], judged: int) -> list[str]:
    """The fragments less the spoken ones, when the letter around them is made of
    sentences: no pasted note and ``PROPER_PER_SPOKEN`` proper sentences for each."""
    spoken = [f for f in fragments if _is_spoken_ellipsis(f)]
    proper = judged - len(fragments) - len(notes)
    if notes or not spoken or proper < PROPER_PER_SPOKEN * len(spoken):
        return fragments
    return [f for f in fragments if f not in spoken]


def _is_spoken_ellipsis(sentence: str) -> bool:
    """Short or phrased, with no figure, no note marks ("-", "/") and no verb form whose
    subject is missing ("talked Browns", "Reduced overtime"): the verb left out, not the
    subject. A participle after a comma and before a preposition describes the noun
    before it ("One page, posted in the pit.")."""
    text = sentence.strip()
    if " - " in text or "/" in text or " \u2013 " in text:
        return False
    label, colon, rest = text.partition(": ")
    summary = bool(colon) and len(label.split()) <= MAX_LABEL_WORDS and "," in rest
    if summary:
        text = rest  # "Quick reminder: 12 years CNC, Mazatrol and G-code.": the label's list
    words = [w for w in tokens(text) if w[:1].isalnum()]
    phrased = text.count(",") >= 1
    limit = SPOKEN_PHRASED_WORDS if phrased else SPOKEN_WORDS
    if not words or len(words) > limit:
        return False
    if words[0][:1].isdigit() and not summary:
        return False  # "12 years in CNC shops.": a CV line opens with its count
    if len(FIGURE_RE.findall(text)) > 1 and not summary:
        return False  # "ASE A5, A8.", "Start 12/14?": codes and dates jotted down
    conjugated = {lexicon.PAST, lexicon.PARTICIPLE, lexicon.THIRD_PERSON}
    for i, word in enumerate(words):
        if not lexicon.verb_tags(word) & conjugated or lexicon.is_noun(word):
            continue
        following = words[i + 1] if i + 1 < len(words) else ""
        describes = (
            i > 0 and lexicon.PARTICIPLE in lexicon.verb_tags(word) and following in PREPOSITIONS
        )
        if not describes:
            return False
    return True


def _list_is_the_letter(listed: set[str], sentences: list[str]) -> bool:
    """A list with a sentence or two around it ("Re Friday:" and seven bullet points,
    then "Thanks,"): notes standing for the letter, not a list within one."""
    items = [s for s in sentences if _list_item(s.strip()) and s.lstrip(BULLETS).strip() in listed]
    prose = len(sentences) - len(items)
    return len(items) >= LIST_AS_LETTER and prose <= len(items) // 2


LIST_AS_LETTER = 4  # items, at least


def _list_lines(letter_body: str) -> set[str]:
    """A list the writer laid out: a line ending with a colon and the bulleted lines under
    it ("Two things I could set up in my first week:" / "- a nightly matching job"). Its
    items are phrases by design, not pasted notes."""
    listed: set[str] = set()
    intro, in_list = "", False
    for line in letter_body.splitlines():
        text = line.strip()
        if not text:
            continue
        item = _list_item(text)
        if item and (intro or in_list):
            # The item is its first sentence ("- a chat with each player every term. Not
            # about football."): what follows it on the line is judged as sentences.
            first = split_sentences(item)[0] if item else ""
            listed.update({intro, item, first, text.lstrip(BULLETS).strip()} - {""})
            intro, in_list = "", True
            continue
        last = split_sentences(text)[-1] if text.endswith(":") else ""
        intro, in_list = last, False
    return listed


def _list_item(text: str) -> str:
    """The item of a bulleted ("- a checklist") or numbered ("1. A checklist.", "2) a log")
    line, or "" for any other line."""
    if text[:1] in BULLETS:
        return text.lstrip(BULLETS).strip()
    number, _, rest = text.partition(" ")
    if rest and len(number) <= 3 and number[:-1].isdigit() and number[-1:] in ".)":
        return rest.strip()
    return ""


def _runs(texts: tuple[str, ...]) -> set[tuple[str, ...]]:
    runs = set()
    for text in texts:
        words = tokens(text)
        runs.update(tuple(words[i : i + NOTE_RUN]) for i in range(len(words) - NOTE_RUN + 1))
    return runs


def _copies(sentence: str, runs: set[tuple[str, ...]]) -> bool:
    """``NOTE_RUN`` words in a row from the notes, in the notes' own wording: a run that is
    names and their "and" ("Siemens Gamesa and Vestas blades", "Otis Gen2 and Kone
    MonoSpace") names the same kit or place as the notes and copies nothing."""
    words = tokens(sentence)
    names = _names_in(sentence)
    for i in range(len(words) - NOTE_RUN + 1):
        run = words[i : i + NOTE_RUN]
        if tuple(run) in runs and len(_worded(run, names)) >= NOTE_WORDS:
            return True
    return False


def _names_in(sentence: str) -> set[str]:
    """Capitalised words after the first: names of people, places, makes and models."""
    raw = sentence.lstrip(BULLETS).split()[1:]
    return {w for r in raw if r[:1].isupper() for w in tokens(r)}


def _worded(run: list[str], names: set[str]) -> list[str]:
    return [w for w in run if w not in names and w not in FUNCTION_WORDS and not w[:1].isdigit()]


def _quoted(texts: list[str]) -> str:
    return "; ".join(f"“{_short(t)}”" for t in texts[:MAX_QUOTED])


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
