"""Letters and clipped words typed for a word in a wizard answer, spelled out only where the
words around them make the meaning certain: "n"/"w"/"co", "nt", "rm", "acc", "ur" ("you're"
or "your"), "rn", "its", "bout", "sed", "id" ("I'd"), "r", "cd", "d", "der", "knw", "fwd".
Pure functions of plain values; plain word lookups, no regular expressions.
"""

from __future__ import annotations

from letters.answer_digit_words import OBJECT_NEXT, TOO_NEXT
from letters.answer_figures import counted_next
from letters.answer_shorthand_words import (
    MISSPELLINGS,
    OBJECT_LEADS,
    SHORTHAND,
    SHORTHAND_AFTER,
    ends_phrase,
    next_word,
    previous_word,
)
from letters.answer_words import CLOSED_WORDS
from letters.quality import lexicon
from letters.quality.spelling import edits

# "in nt", "the nt": a place's slot, where "nt" may be the Northern Territory.
NT_PLACE_BEFORE = frozenset({"in", "to", "from", "the", "across", "around", "of", "outside"})
# "acc no", "acc. number": an account's number, written as the form's label.
ACC_LABEL_NEXT = frozenset({"no", "no.", "number", "num", "#"})


def lower_shorthand_here(word: str, before: list[str], typed: list[str], place: int) -> bool:
    """ "invoices nt matching", "engine rm", "40 accs", "gd with excel", "late bc the truck":
    the word, typed in lower case; not "in the nt" or "in bc" (a place), "rm 500"
    (ringgit), "acc. no." (a label)."""
    previous = previous_word(before)
    following = next_word(typed, place)
    if word == "nt":
        return previous not in NT_PLACE_BEFORE and following.isalpha()
    if word == "bc":
        # "trucks in bc for two winters": a place; "walking in bc of the storm": because
        return following == "of" or previous not in NT_PLACE_BEFORE
    if word == "rm":
        return not (following[:1].isdigit() or previous[:1].isdigit())
    if word in ("engr", "engrs"):
        later = typed[place + 1] if place + 1 < len(typed) else ""
        titled = typed[place][-1:] not in ",;:!?" and later[:1].isupper()
        return not titled  # "Engr. Balogun", "engr Dizon": a title; "3rd engr, Alfa Laval"
    if word in ("acc", "accs"):
        return typed[place].lower().strip(".,;:") == word and following not in ACC_LABEL_NEXT
    return True


def shorthand_here(
    word: str, before: list[str], *, ends: bool, following: str = "", next_typed: str = ""
) -> bool:
    """ "w" between two lower-case words ("meet w owners"), "co" after "last", "my", ...
    at the end of a phrase ("at last co."): shorthand; a "w" or "co" anywhere else
    ("the co op", "W Main St") is left as typed. "n" also after a code ("did i-9s n
    e-verify") or a figure before a verb ("day 1 n track it"); not "hwy 9 n to Macon"."""
    previous = before[-1].lower().strip(".,;:") if before else ""
    if word == "n" and (previous, following.lower().strip(".,;:!?")) in NAMES_WITH_N:
        return False  # "Pick n Pay" is the shop's own name
    if word == "n" and before and not ends and _capitals(next_typed):
        return True  # "(engine watch) n MARPOL", "CSCS n IPAF": "and" before letters
    if word == "w" and (previous == "with" or len(following.strip(".,;:!?")) == 1):
        return False  # "with w t r endorsements": letters of a licence, not "with with"
    if word in ("w", "n"):
        # "Merrist Wood n had"; "after the 1st groom, n take a deposit": after a comma too
        ended = before[-1][-1:].isalpha() or (word == "n" and before[-1].endswith(","))
        plain = bool(previous) and previous.isalpha() and ended
        if word == "n" and not plain and before and before[-1][-1:].isalnum():
            plain = _and_after_code(previous, following, before)
        if word == "n" and before and before[-1][-1:] in "?!" and not ends:
            # "will there be a van? n is there a fuel card?": a question or a clause led
            # by "n" after a question; no compass point starts one
            return following.lower().strip(".,;:!?") in N_OPENS
        return plain and not ends
    return ends and previous in SHORTHAND_AFTER[word][1]


def _capitals(word: str) -> bool:
    """ "MARPOL", "IPAF": letters in capitals, two or more."""
    core = word.strip(".,;:!?()")
    return len(core) > 1 and core.isalpha() and core.isupper()


# Names spelled with "n" for "and": the South African retailer, not "Pick and Pay".
NAMES_WITH_N = frozenset({("pick", "pay")})
# "day 1 n i track it": who does the next thing, after a figure.
SUBJECTS = frozenset({"i", "we", "he", "she", "they", "you", "u"})

# What opens a clause or a question after "?": "n is there staff housing?", "n we ..."
N_OPENS = SUBJECTS | frozenset({
    "is", "are", "was", "were", "will", "would", "can", "could", "do", "does", "did",
    "should", "what", "how", "when", "where", "who", "which", "also",
})  # fmt: skip
# Before a figure, a road or a grid reference: "hwy 9 n", "exit 12 n", "grid 4 n".
ROAD_WORDS = frozenset({
    "hwy", "highway", "route", "rte", "rt", "road", "rd", "exit", "junction", "jct", "j",
    "interstate", "i", "sr", "us", "a", "m", "mile", "miles", "st", "street", "ave",
    "avenue", "grid", "lat", "latitude", "zone", "pier", "berth", "gate", "runway", "dock",
})  # fmt: skip
# After a compass "n": "9 n side", "hwy 9 n bound".
COMPASS_AFTER = frozenset({
    "side", "bound", "end", "lane", "lanes", "exit", "ramp", "wing", "entrance", "gate",
    "face", "wall", "slope", "shore", "coast", "quay", "pole", "star", "latitude",
})  # fmt: skip


def _and_after_code(previous: str, following: str, before: list[str]) -> bool:
    """ "i-9s n e-verify", "covid-19 jabs n flu jabs" end in a letter: a word, so "n"
    after it is "and"; after a bare figure ("day 1 n track it", "4 n scrap bill
    dropped") only before a verb, someone doing it or a word that starts the next part,
    and not after a road's number ("hwy 9 n", "exit 12 n side"), where "n" may be a
    compass point."""
    if previous[-1:].isalpha() and any(c.isalpha() for c in previous):
        return following[:1].isalpha()
    if not previous.isdigit() or not following.isalpha():
        return False
    tags = lexicon.verb_tags(following)
    if following in SUBJECTS or (bool({"VB", "VBD"} & tags) and following not in CLOSED_WORDS):
        return True
    road = len(before) > 1 and before[-2].lower().strip(".,;:!?#") in ROAD_WORDS
    return following not in CLOSED_WORDS and following not in COMPASS_AFTER and not road


# After "ur" these say "you are": "ur from Sunderland", "ur right", "ur hiring".
YOU_ARE_NEXT = frozenset({
    "from", "in", "at", "on", "a", "an", "the", "so", "too", "right", "still", "not",
    "both", "also", "looking", "hiring", "going", "doing", "welcome", "busy", "based",
})  # fmt: skip


def you_are_here(typed: list[str], place: int) -> bool:
    """ "ur losing customers", "ur busy." (an -ing verb, or a describing word that ends
    its phrase), besides ``YOU_ARE_NEXT``: "you're"; "ur new shop", "ur building is"
    stay "your"."""
    following = next_word(typed, place)
    if following in YOU_ARE_NEXT:
        return True
    if not following.isalpha() or place + 1 >= len(typed):
        return False
    after = next_word(typed, place + 1)
    ends = typed[place + 1][-1:] in ".,;:!?" or not after
    if following.endswith("ing") and "VBG" in lexicon.verb_tags(following):
        return not lexicon.is_noun(following) or after in OBJECT_NEXT
    if following in OWNED_ADJECTIVES:
        return False  # "ur own", "ur usual": "your"
    adjective = lexicon.is_adjective(following) and not lexicon.is_noun(following)
    return adjective and (ends or after in CLOSED_WORDS)


# Describing words said of what someone has ("on ur own", "ur usual order"): "your".
OWNED_ADJECTIVES = frozenset({
    "own", "usual", "favourite", "favorite", "best", "last", "first", "next", "other",
    "only", "main", "whole", "old", "new", "latest", "current", "previous", "biggest",
    "worst", "busiest", "fave", "regular", "local",
})  # fmt: skip

# "rn" is "right now" where it ends its clause, unless the answer speaks of nursing.
NURSE_WORDS = frozenset({
    "nurse", "nurses", "nursing", "ward", "wards", "patient", "patients", "pts", "hospital",
    "registered", "clinical", "clinic", "icu", "nmc", "lpn", "cna", "bsn", "care", "shift",
    "shifts", "nights", "an", "as",
})  # fmt: skip


def right_now_here(typed: list[str], place: int) -> bool:
    """ "how many drivers on the north route rn?": "right now"; "I'm an rn", "rn on
    nights", "rn at St Mary's" keep "RN"."""
    if typed[place].strip(".,;:!?") != "rn" or place == 0:
        return False
    if any(w.lower().strip(".,;:!?") in NURSE_WORDS for w in typed):
        return False
    ends = typed[place][-1:] in ".,;:!?" or place + 1 == len(typed)
    return ends or next_word(typed, place) in ("and", "n", "but", "so", "if", "because")


def is_said_of_it(typed: list[str], place: int) -> bool:
    """ "its rejected", "its not", "its going": "it's"; not "its own", "its registered
    office" (a word that describes the noun after it)."""
    following = next_word(typed, place)
    after = next_word(typed, place + 1)
    if following in ("not", "been", "going", "a", "an", "still", "just", "already", "too"):
        return True
    tags = lexicon.verb_tags(following)
    ends = not after or typed[place + 1][-1:] in ".,;:!?" or after in CLOSED_WORDS
    return "VBN" in tags and not lexicon.is_noun(following) and ends


TALKED_ON = frozenset({
    "about", "to", "with", "through", "over", "shop", "it", "for", "and", "a", "lot",
    "up", "on", "in", "at", "all", "together", "again", "more", "briefly",
    # "you talked me through the menu", "I talked them into it": someone talked to
    "me", "him", "her", "them", "us", "you", "people", "myself", "everyone", "everybody",
    "into", "out", "down", "back", "nonsense", "sense",
    "bout",  # "talked bout the game": "about" already, phone style
})  # fmt: skip
# "talked bout the game", "thinking bout it": "bout" is "about" after these.
BOUT_AFTER = frozenset({
    "talked", "talk", "talking", "chatted", "chatting", "spoke", "asked", "joked", "laughed",
    "thinking", "thought", "know", "knew", "worry", "worried", "forgot", "heard", "told",
    "complain", "complained", "complaining", "complains", "care", "cared", "cares", "ask",
    "asking", "wondering", "wondered", "hear", "hearing", "tell", "telling", "talks",
    "chat", "chats", "learn", "learned", "learnt", "learning", "read", "reading", "said",
    "all", "just", "mostly", "more", "less", "much", "was", "is", "are", "were", "questions",
    "question", "calls", "complaints", "info", "information", "details", "news", "story",
})  # fmt: skip
# "told me bout ur Hilux", "bout 20 mins", "bout the vibration": "about" before what it is
# about; a noun "bout" ("a bout of flu", "her bout with it") has one of these before it.
BOUT_WHAT = frozenset({
    "ur", "your", "the", "my", "his", "their", "our", "it", "this", "that", "these",
    "those", "what", "how", "why", "when", "where", "who", "whether", "them", "him", "me",
    "us", "you", "u", "everything", "anything", "something", "nothing", "all", "any",
    "some", "getting", "having", "being", "doing", "doin", "making", "working", "a", "an",
})  # fmt: skip
BOUT_NOUN_AFTER = frozenset({
    "a", "an", "the", "this", "that", "another", "one", "each", "every", "first", "second",
    "last", "next", "his", "her", "their", "my", "your", "ur", "our", "its", "title",
    "boxing", "bad", "nasty", "long", "short", "latest", "recent",
})  # fmt: skip
# "me", "them": someone told or asked "bout" something ("told me bout", "asked them bout")
BOUT_WHOM = frozenset({"me", "him", "us", "them", "you", "u"})


def about_here(before: list[str], typed: list[str], place: int) -> bool:
    """ "talked bout the game", "told me bout ur Hilux", "complaining bout vibration",
    "bout 20 mins": "about"; "a bout of flu", "her bout with cancer" stay the noun."""
    previous = previous_word(before)
    if previous in BOUT_NOUN_AFTER or (previous and lexicon.is_adjective(previous)):
        return previous in BOUT_AFTER  # "all", "more": "all bout the timing"
    if previous in BOUT_AFTER or previous in BOUT_WHOM:
        return True
    following = next_word(typed, place)
    return following in BOUT_WHAT or following.lstrip("~$£€")[:1].isdigit()


# Who "sed" something: "Greg sed", "he sed", "the boss sed"; "use sed to" is the command.
SAYERS = frozenset({
    "i", "we", "he", "she", "they", "you", "u", "boss", "manager", "mgr", "supervisor",
    "super", "foreman", "gaffer", "chef", "owner", "director", "everyone", "someone",
    "mate", "also", "just", "then", "and", "she'd", "he'd", "they'd", "never", "always",
})  # fmt: skip


def said_here(before: list[str], typed: list[str], place: int) -> bool:
    """ "Greg sed neighbours are", "he sed", "the boss sed that": "said", after someone
    who says it (a person's name, or "he", "the boss"); "the sed command", "use sed to"
    (the Unix tool) are left as typed."""
    if not before:
        return False
    last = before[-1].strip('.,;:!?"“”')
    if before[-1][-1:] in ".,;:!?":
        return False
    previous = last.lower()
    if next_word(typed, place) in SED_TOOL_NEXT:
        return False  # "Linux sed scripts", "sed to strip it"
    named = last[:1].isupper() and last[1:].islower() and last.isalpha()
    named = named and (lexicon.is_name(last) or not lexicon.is_english_word(previous))
    return previous in SAYERS or named


SED_TOOL_NEXT = frozenset({
    "to", "and", "or", "script", "scripts", "command", "commands", "expression",
    "expressions", "one-liner", "one-liners", "in", "with", "",
})  # fmt: skip


def talked_what(typed: list[str], place: int) -> bool:
    """ "talked browns", "talked fishing": phone style for "talked about ..."."""
    following = next_word(typed, place)
    following = SHORTHAND.get(following, following)  # "talked abt it": about already
    following = MISSPELLINGS.get(following, following)  # "talked abot it": the same
    if following in ABOUT_SLIPS:
        return False  # "talked abuot how": the spelling step makes it "about"
    if sorted(following) == sorted("about"):
        return False  # "talked abuot how": "about" with its letters swapped, not left out
    return bool(following) and following.isalpha() and following not in TALKED_ON


ABOUT_SLIPS = frozenset(edits("about"))  # "abuot", "abotu", "abouy": "about" mistyped
# "a d in maths", "my d grade": a grade's letter after these or before a grade's word.
GRADE_LEADS = frozenset({"a", "an", "the", "my", "his", "her", "their", "our", "your", "one"})
GRADE_WORDS = frozenset({"grade", "grades", "average", "minus", "plus", "rating", "student"})
# "plan b", "vitamin b", "section v": a letter naming which one.
LETTER_LABELS = frozenset({
    "plan", "vitamin", "vitamins", "type", "option", "class", "grade", "section", "part",
    "level", "hep", "block", "unit", "side", "team", "group", "row", "bay", "exhibit",
    "appendix", "schedule", "box", "shed", "ward", "wing", "floor", "hall", "zone", "line",
    "category", "cat", "form", "model", "version", "size", "gate", "room", "and", "or",
})  # fmt: skip

# After a lower-case "id" these say "I would" / "I had": "id love to", "id be glad".
I_WOULD_NEXT = frozenset({
    "be", "love", "like", "have", "rather", "say", "need", "want", "been", "had", "prefer",
    "suggest", "never", "also", "just", "probably", "definitely", "really", "happily",
    "already", "always", "still", "gladly",
})  # fmt: skip


def i_would_here(core: str, typed: list[str], place: int) -> bool:
    """ "id love to", "id run the CMM": "I'd"; "ID near misses", "IDs", "id badges" (an
    identification) stay: in capitals never, in lower case only before a doing word."""
    if core not in ("id", "Id") or typed[place][-1:] in ".,;:!?":
        return False
    following = next_word(typed, place)
    if following in I_WOULD_NEXT:
        return True
    then = next_word(typed, place + 1)
    return (
        "VB" in lexicon.verb_tags(following)
        and typed[place + 1][-1:].isalpha()
        and then in OBJECT_LEADS
    )


# "if id be part of it", "think id need": "I'd" after these, within a sentence.
I_WOULD_AFTER = frozenset({
    "if", "that", "so", "because", "cos", "bc", "when", "then", "think", "thought", "hope",
    "guess", "said", "know", "wish", "whether", "but", "and", "or", "maybe", "probably",
})  # fmt: skip
# Within a sentence only these say "I'd" for certain ("passport and id need renewing" is
# the card); "like" only before "to" ("photo id like a passport").
I_WOULD_WITHIN = frozenset({"be", "love", "rather", "prefer", "guess", "suggest"})
I_WOULD_NOT_AFTER_AND = frozenset({"need", "want", "say", "think", "have"})


def i_would_within(core: str, words: list[str], typed: list[str], place: int) -> bool:
    """ "planned, id like to know if id be part of it": a lower-case "id" after a comma or
    a word that opens a clause ("if", "that", "and"), before "be", "love", "like to" ...:
    "I'd"; "my id had expired", "photo id like a passport", "bring id card" stay."""
    if core != "id" or not words or typed[place][-1:] in ".,;:!?":
        return False
    previous = previous_word(words)
    if not (words[-1][-1:] in ",.!?" or previous in I_WOULD_AFTER):
        return False
    following = next_word(typed, place)
    if following == "like":
        return typed[place + 1] == "like" and next_word(typed, place + 1) == "to"
    if following in I_WOULD_NOT_AFTER_AND:
        return previous not in ("and", "or")
    return following in I_WOULD_WITHIN


# "R the night lifts ...?": "are" opening a question before these.
ARE_NEXT = frozenset({
    "u", "you", "we", "they", "the", "your", "ur", "there", "these", "those", "all", "any",
    "our", "my", "his", "her", "their", "some", "most", "both",
})  # fmt: skip
# "cd we meet ...": "could" opening a sentence before these.
COULD_NEXT = frozenset({"i", "we", "you", "u", "they", "he", "she"})


def _opens(words: list[str]) -> bool:
    return not words or words[-1][-1:] in ".!?"


def _question(typed: list[str], place: int) -> bool:
    """The sentence from ``typed[place]`` ends with a question mark."""
    for word in typed[place:]:
        if word[-1:] == "?":
            return True
        if word[-1:] in ".!":
            return False
    return False


def are_opening(core: str, words: list[str], typed: list[str], place: int) -> bool:
    """ "R the night lifts on a fixed roster?", "r u free": "are"; not "R number"."""
    if core not in ("r", "R") or typed[place] != core or not _opens(words):
        return False
    following = next_word(typed, place)
    if following in ("u", "you", "we", "they") and not words:
        return True
    return following in ARE_NEXT and _question(typed, place)


def could_opening(core: str, words: list[str], typed: list[str], place: int) -> bool:
    """ "cd we meet on weds?": "could" opening a sentence before someone; "CD", "the cd
    player" stay."""
    if core not in ("cd", "Cd") or typed[place] != core or not _opens(words):
        return False
    return next_word(typed, place) in COULD_NEXT


# "frm d fishing festival", "rest d paddy", "is d shift": a lower-case "d" is "the" after
# a word that leads to a noun (a place word, "is", a doing word) and before a noun or a
# describing word; "a d in maths", "vitamin d", "grade d" are grades and labels.
THE_AFTER = frozenset({
    "from", "frm", "to", "at", "in", "on", "of", "for", "with", "about", "abt", "into",
    "onto", "by", "near", "after", "aftr", "before", "b4", "during", "over", "under",
    "through", "thru", "is", "are", "was", "were", "w/", "@", "all", "wit", "wid",
})  # fmt: skip


def the_here(before: list[str], typed: list[str], place: int) -> bool:
    """ "from d fishing festival", "rest d paddy", "is d shift 12 hours": "the"."""
    previous = previous_word(before)
    following = next_word(typed, place)
    if typed[place] != "d" or not before or not before[-1][-1:].isalpha():
        return False
    if previous in LETTER_LABELS or previous in GRADE_LEADS or following in GRADE_WORDS:
        return False
    if not (following.isalpha() and typed[place + 1][:1].islower()) or following in CLOSED_WORDS:
        return False
    doing = following.endswith("ing") and "VBG" in lexicon.verb_tags(following)  # "fishing"
    if not (lexicon.is_noun(following) or lexicon.is_adjective(following) or doing):
        return False
    if previous in THE_AFTER:
        return True
    tags = lexicon.verb_tags(previous)
    verb = bool({"VB", "VBD", "VBZ", "VBP", "VBG"} & tags) and previous not in CLOSED_WORDS
    return verb and previous not in lexicon.MODALS and not lexicon.is_adjective(previous)


# "a dry wit", "her quick wit": "wit" the noun after these
WIT_OWNERS = frozenset({
    "a", "the", "my", "his", "her", "your", "their", "our", "its", "quick", "dry", "sharp",
    "ready", "great", "no", "of", "with", "dark",
})  # fmt: skip
# What "with" leads to: "wit my own kit", "wit her", "wit d model"
WITH_LEADS = OBJECT_LEADS | {"her", "me", "d"}


def with_here(before: list[str], typed: list[str], place: int) -> bool:
    """ "too strict wit blending", "good wit oily skin", "come wit my own kit": "with"
    typed as said; "a dry wit", "wit and charm" stay."""
    if typed[place] not in ("wit", "wid") or not before or not before[-1][-1:].isalpha():
        return False
    if previous_word(before) in WIT_OWNERS or ends_phrase(typed[place], typed, place):
        return False
    following = next_word(typed, place)
    if following in WITH_LEADS:
        return True
    doing = following.endswith("ing") and "VBG" in lexicon.verb_tags(following)
    return following not in CLOSED_WORDS and (
        doing or lexicon.is_adjective(following) or lexicon.is_noun(following)
    )


# "is der staff bus", "are der any": "there" asked about; "der is", "der r": "there" opening.
THERE_ASKED = frozenset({"is", "are", "was", "were", "will", "would"})
THERE_BEFORE = frozenset({"is", "are", "was", "were", "r", "will", "would", "'s"})


def there_here(before: list[str], typed: list[str], place: int) -> bool:
    """ "is der staff bus from town", "der is a bus": "there"; "drove der trucks" (their?)
    is only named."""
    if typed[place] not in ("der", "Der"):
        return False
    opening = not before or before[-1][-1:] in ".!?"
    asked = len(before) >= 1 and previous_word(before) in THERE_ASKED
    asked = asked and (len(before) == 1 or before[-2][-1:] in ".!?" or previous_word(before, 2)
                       in ("and", "n", "also", "please", "pls", "so"))  # fmt: skip
    return asked or (opening and next_word(typed, place) in THERE_BEFORE)


def are_too_here(before: list[str], typed: list[str], place: int) -> bool:
    """ "brokens r 2 high", "the tills r 2 slow": "are too" before a describing word that
    no figure counts."""
    if typed[place] != "r" or place + 2 >= len(typed) or typed[place + 1] != "2":
        return False
    previous = previous_word(before)
    if not (previous.isalpha() and before[-1][-1:].isalpha()):
        return False
    state = next_word(typed, place + 1)
    known = state in TOO_NEXT or state in ("high", "low", "big", "small", "hot", "cold")
    return known and not counted_next(typed, place + 2)


LOOK_FORMS = frozenset({"look", "looks", "looking", "looked", "lookin"})

# "let me knw", "to knw", "didnt knw": "know" only where no tense is asked of it ("he knw
# my father" may be "knew", "knows"); elsewhere it is named.
KNOW_AFTER = frozenset({
    "me", "to", "do", "did", "dont", "don't", "didnt", "didn't", "doesnt", "doesn't", "not",
    "will", "would", "can", "could", "should", "might", "may", "must", "wud", "cud", "shd",
})  # fmt: skip


def know_here(before: list[str], typed: list[str], place: int) -> bool:
    """ "pls let me knw nxt round", "happy to knw more": "know"."""
    return typed[place].strip(".,;:!?") == "knw" and previous_word(before) in KNOW_AFTER


def forward_here(before: list[str], typed: list[str], place: int) -> bool:
    """ "looking fwd 2 your reply": "forward"; "FWD", "fwd the email" stay."""
    return typed[place].strip(".,;:!?") == "fwd" and previous_word(before) in LOOK_FORMS
