"""Phone shorthand in a wizard answer, spelled out where its meaning is certain ("n",
"rmbrd", "happy 2 come", "£14/hr", "£250ish", "in feb", "start mon") and named where it
is not ("req", "OT"): the tables and word tests ``answer_case.tidy`` uses, word by word.
Pure functions of plain values; plain word lookups, no regular expressions.
"""

from __future__ import annotations

from letters.answer_words import CLOSED_WORDS
from letters.quality import lexicon
from letters.quality.spelling import edits

# Phone shorthand spelled out, whole words only (matched lower case).
SHORTHAND = {
    "yrs": "years", "yr": "year", "hrs": "hours", "wks": "weeks",
    "wk": "week", "w/": "with", "w/o": "without", "u": "you", "ur": "your",
    "thx": "thanks", "thanx": "thanks", "thnks": "thanks", "qtrs": "quarters",
    "pls": "please", "plz": "please",
    "b/c": "because", "abt": "about", "mgr": "manager", "incl": "including",
    "avg": "average", "approx": "about", "resi": "residential", "yoy": "year over year",
    "+": "and", "&": "and", "->": "so", "=>": "so", "dont": "don't", "cant": "can't",
    "didnt": "didn't", "doesnt": "doesn't", "isnt": "isn't", "wasnt": "wasn't",
    "werent": "weren't", "arent": "aren't", "hasnt": "hasn't", "havent": "haven't",
    "hadnt": "hadn't", "shouldnt": "shouldn't", "youve": "you've",
    "theyve": "they've",
    "theres": "there's", "whats": "what's", "thats": "that's", "im": "I'm", "ive": "I've",
    "youre": "you're", "couldnt": "couldn't", "wouldnt": "wouldn't",
    "b4": "before", "every1": "everyone", "some1": "someone", "any1": "anyone",
    "@": "at", "lmk": "let me know", "asap": "as soon as possible", "pls.": "please",
    "thru": "through", "txt": "text", "txts": "texts", "dept": "department",
    "esp": "especially", "prev": "previous", "std": "standard", "bc": "because",
    "ppl": "people", "govt": "government", "jr": "junior", "asst": "assistant",
    "notifs": "notifications", "notif": "notification", "maint": "maintenance",
    "accts": "accounts", "acct": "account", "mgmt": "management", "appt": "appointment",
    "appts": "appointments", "tmrw": "tomorrow", "tmr": "tomorrow", "2moro": "tomorrow",
    "2day": "today", "no1": "no one", "btwn": "between",
    "gr8": "great", "ty": "thank you", "thnx": "thanks", "thks": "thanks", "cos": "because",
    "coz": "because", "gonna": "going to", "wanna": "want to", "kinda": "kind of",
    "sorta": "sort of", "shd": "should", "wud": "would", "cld": "could", "mths": "months",
    "mth": "month", "wld": "would",
    "w/in": "within", "b/w": "between", "pics": "photos", "pic": "photo",
    "convo": "conversation", "rly": "really", "bday": "birthday", "yday": "yesterday",
    "wknd": "weekend", "wknds": "weekends", "wkend": "weekend", "wkends": "weekends",
    "nxt": "next", "mtg": "meeting", "wd": "would", "tho": "though",
    "insta": "Instagram", "ig": "Instagram", "tiktok": "TikTok", "fb": "Facebook",
    "whatsapp": "WhatsApp", "youtube": "YouTube", "linkedin": "LinkedIn",
    "cuz": "because", "lvl": "level", "mornin": "morning", "arvo": "afternoon",
    "theyre": "they're", "hmu": "let me know",
    "shes": "she's", "wouldve": "would've", "couldve": "could've", "shouldve": "should've",
    "rmbrd": "remembered", "rmbr": "remember", "nite": "night", "nites": "nights",
    "tonite": "tonight", "l8r": "later", "bcoz": "because", "bcos": "because",
    "becos": "because", "becoz": "because", "altho": "although", "probs": "probably",
    "defo": "definitely", "deffo": "definitely", "obvs": "obviously", "msg": "message",
    "msgs": "messages", "cud": "could", "shud": "should", "wiv": "with", "thot": "thought",
    "wat": "what", "wht": "what", "luv": "love", "luvd": "loved", "luvs": "loves", "wen": "when",
    "c/out": "call-out", "c/outs": "call-outs", "hes": "he's",
    "pts": "patients", "shld": "should", "walkthru": "walk-through",
    "walkthrus": "walk-throughs", "qtr": "quarter", "ctrl": "control",
    "pkg": "package", "pkgs": "packages", "sumthing": "something", "sumthin": "something",
    "sumone": "someone", "sumwhere": "somewhere", "frm": "from",
    "trng": "training", "mnth": "month",
    "mnths": "months", "sched": "schedule", "knws": "knows",
}  # fmt: skip
# Shorthand typed in lower case only: in capitals it is letters ("NT" the territory, "RM"
# the Royal Marines, "ACC") or a title ("Engr. Dizon"), so "nt", "rm", "acc" are spelled
# out only as typed, and not where a label, a figure or a name says otherwise
# (``lower_shorthand_here``).
LOWER_SHORTHAND = {
    "nt": "not", "rm": "room", "acc": "account", "accs": "accounts",
    "gd": "good", "bsc": "BSc", "engr": "engineer", "engrs": "engineers",
}  # fmt: skip
# "in nt", "the nt": a place's slot, where "nt" may be the Northern Territory.
NT_PLACE_BEFORE = frozenset({"in", "to", "from", "the", "across", "around", "of", "outside"})
# "acc no", "acc. number": an account's number, written as the form's label.
ACC_LABEL_NEXT = frozenset({"no", "no.", "number", "num", "#"})
# Shorthand that ends in a dot ("incl.", "approx.") and words that lead on to more: the
# dot is the shorthand's, not a full stop ("incl. West End" is not two sentences).
LEADING_ON = frozenset({
    "including", "about", "especially", "because", "with", "without", "through", "between",
    "within", "before", "approximately",
})  # fmt: skip
# Shorthand whose meaning the wizard cannot be sure of: the step names it and asks.
UNSURE_SHORTHAND = {
    "req": "request", "reqs": "requests", "ot": "overtime", "op": "operator",
    "prob": "probably", "def": "definitely", "w/e": "weekend", "vol": "volume",
    "comm": "commercial", "cust": "customer", "custs": "customers",
    "spore": "Singapore", "wfo": "work from office", "wfh": "work from home",
}  # fmt: skip
# A word of politeness in Filipino ("thanks po", "yes po"): named, for a letter in English
# leaves it out.
POLITE_WORDS = frozenset({"po", "opo"})
# "happy 2 come", "thanks 4 showing": a digit for a word, after these only.
TO_BEFORE = frozenset({
    "happy", "glad", "able", "want", "wanted", "need", "needed", "have", "had", "going",
    "got", "like", "love", "keen", "ready", "free", "hoping", "trying", "try", "used",
    "forward", "way", "time", "nice", "easy", "hard", "plan", "planning", "looking",
    "back", "pleased", "excited", "chance", "due", "come", "came", "went", "go", "talk",
    "talked", "spoke", "speak", "send", "sent", "similar", "next", "close", "new", "hope",
    "hopes", "moved", "move", "moving", "switched", "switch", "wish", "expect",
})  # fmt: skip
# "free 4 a road test", "happy 4 u", "responsible 4 ordering": "for"; before a plural a
# figure may count ("free 4 weekends a month"), so these go in ``FOR_OR_COUNT`` too.
FOR_ADJECTIVES = frozenset({
    "free", "happy", "responsible", "eligible", "suitable", "known", "famous", "qualified",
})  # fmt: skip
FOR_BEFORE = FOR_ADJECTIVES | frozenset({
    "thanks", "thank", "thx", "ty", "you", "good", "great", "ready", "looking", "wait",
    "waiting", "ask", "asking", "asked", "time", "pay", "paid", "worked", "work", "cover",
    "covered", "here", "there", "perfect", "available", "thankful", "grateful", "sorry",
})  # fmt: skip
FOR_AFTER_MOVES = frozenset({
    "in", "out", "round", "around", "over", "back", "by", "come", "pop", "go", "stay",
})  # fmt: skip
# After these a figure may count what follows ("worked 4 weekends", "covered 4 stores",
# "asked 4 references"): "for" only before what no figure counts ("paid 4 it").
FOR_OR_COUNT = frozenset({
    "ask", "asking", "asked", "pay", "paid", "worked", "work", "cover", "covered",
    *FOR_ADJECTIVES,
})  # fmt: skip
FOR_NEXT = frozenset({"u", "you", "me", "us", "them", "your", "ur", "it", "that", "this"})
# "£14/hr", "consults/wk": a rate said in words.
PER_UNITS = {
    "hr": "an hour", "hour": "an hour", "h": "an hour", "wk": "a week", "week": "a week",
    "day": "a day", "yr": "a year", "year": "a year", "mo": "a month", "mth": "a month",
    "mnth": "a month",
    "month": "a month", "shift": "a shift", "night": "a night",
}  # fmt: skip
# "visiting cos", "the other cos": companies, not "because".
COMPANIES_AFTER = frozenset({
    "the", "other", "visiting", "touring", "incoming", "all", "some", "many", "these",
    "those", "both", "big", "small", "large", "partner", "client", "member", "most",
    "few", "several", "hire", "hiring", "production", "producing", "two", "three", "four",
})  # fmt: skip
COMPANY_AFTER = frozenset({"each", "every", "another", "per", "a", "the", "which", "any"})
HOW_NEXT = frozenset({
    "many", "much", "long", "often", "far", "soon", "do", "does", "did", "is", "are",
    "was", "would", "will", "can",
})  # fmt: skip
# Shorthand only in its place: "w owners" (with), "at last co" (company); "co" alone
# elsewhere may be a state or a prefix, "w" a compass point in an address.
SHORTHAND_AFTER = {
    "w": ("with", frozenset()),
    "n": ("and", frozenset()),  # "sash n case", "come out n see a job"
    "co": ("company", frozenset({
        "last", "old", "previous", "prior", "my", "our", "this", "that", "same",
        "former", "current", "other",
    })),
}  # fmt: skip


# A month's short form is spelled out ("in feb" -> "in February", "the Nov shutdown");
# the rest of the calendar takes its capital.
MONTHS = {
    "jan": "January", "feb": "February", "mar": "March", "apr": "April", "jun": "June",
    "jul": "July", "aug": "August", "sep": "September", "sept": "September",
    "oct": "October", "nov": "November", "dec": "December",
}  # fmt: skip


def lower_shorthand_here(word: str, before: list[str], typed: list[str], place: int) -> bool:
    """ "invoices nt matching", "engine rm", "40 accs", "gd with excel": the word, typed in
    lower case; not "in the nt" (a place), "rm 500" (ringgit), "acc. no." (a label)."""
    previous = previous_word(before)
    following = next_word(typed, place)
    if word == "nt":
        return previous not in NT_PLACE_BEFORE and following.isalpha()
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


# "at last job": where "last" goes with "my" (``own_last``).
WORKPLACES = frozenset({
    "job", "company", "shop", "store", "place", "clinic", "unit", "team", "property",
    "plant", "hospital", "kitchen", "site", "center", "centre", "practice", "office",
    "pharmacy", "bakery", "salon", "restaurant", "employer", "co", "venue", "firm", "yard",
    "theatre", "theater", "brewery", "school", "depot", "garage", "farm", "workshop",
    "surgery", "warehouse", "hotel", "bar", "pub", "gym", "studio", "lab", "mill",
    "station", "agency", "branch", "ward", "org", "crew", "rig", "mine", "workplace",
    "boss", "employers",
})  # fmt: skip


UNITS = {
    "min": "minutes", "mins": "minutes", "hr": "hours", "hrs": "hours",
    "wk": "weeks", "wks": "weeks", "mth": "months", "mths": "months", "yr": "years",
    "yrs": "years", "mo": "months", "mos": "months",  # "5 mos": after a figure only
    "mnth": "months", "mnths": "months",
}  # fmt: skip
DAYS = {
    "mon": "Monday", "tue": "Tuesday", "tues": "Tuesday", "wed": "Wednesday",
    "thu": "Thursday", "thur": "Thursday", "thurs": "Thursday", "fri": "Friday",
    "sat": "Saturday", "sun": "Sunday", "weds": "Wednesday",
}  # fmt: skip
DAY_BEFORE = frozenset({
    "on", "every", "this", "next", "last", "for", "and", "or", "by", "until", "til",
    "through", "thru", "a", "weekend", "busy", "from", "to", "start", "starting", "after",
    "before", "till", "since",
})  # fmt: skip
DAY_AFTER = frozenset({
    "night", "nights", "morning", "mornings", "afternoon", "afternoons", "evening",
    "evenings", "shift", "shifts", "and", "or", "no", "rush", "lunch", "brunch", "service",
    "too", "mornin", "arvo", "arvos",
})  # fmt: skip
WEEKDAYS = frozenset(day.lower() for day in DAYS.values())
SAT_VERB_AFTER = frozenset({
    "on", "down", "in", "at", "with", "there", "beside", "by", "up", "next", "around",
    "outside", "back", "quietly", "still", "together", "through", "behind", "near",
})  # fmt: skip
# Short forms that are only ever a day ("a trial shift fri if that works"): spelled out
# wherever they stand; "sat", "sun", "mon" and "wed" are words too, so they need a place.
ONLY_DAYS = frozenset({"tue", "tues", "thu", "thur", "thurs", "fri"})


def day_spelled(word: str, before: list[str], typed: list[str], place: int) -> str | None:
    """ "fri and sat nights", "on sat", "fri/sat": a day's short form spelled out; not
    "I sat down", "the sun"."""
    if "/" in word and all(p in DAYS for p in word.split("/")):
        return "/".join(DAYS[p] for p in word.split("/"))
    if "+" in word and all(p in DAYS for p in word.split("+")):
        *first, last = (DAYS[p] for p in word.split("+"))
        return f"{', '.join(first)} and {last}"  # "sat+sun" -> "Saturday and Sunday"
    if word.count("-") == 1 and all(p in DAYS for p in word.split("-")):
        first, last = word.split("-")
        return f"{DAYS[first]} to {DAYS[last]}"  # "mon-sat" -> "Monday to Saturday"
    if word not in DAYS:
        return None
    previous = before[-1].lower().strip(".,;:") if before else ""
    following = next_word(typed, place)
    following = SHORTHAND.get(following, following)  # "fri nite": night
    daytime = following in DAY_AFTER - {"and", "or", "no", "too"}
    if (
        previous in ("i", "we", "he", "she", "they", "you")
        or (
            previous == "the" and not daytime  # "the sat mornin queue" is Saturday's
        )
        or (word == "sun" and not previous)
    ):
        return None
    if previous in ("and", "or") and word not in ONLY_DAYS and following not in DAY_AFTER:
        # "fri and sat" is a day; "he came and sat", "wed and" alone is not certain
        earlier = before[-2].lower().strip(".,;:") if len(before) > 1 else ""
        return DAYS[word] if earlier in DAYS or earlier in WEEKDAYS else None
    if word == "sat" and following in SAT_VERB_AFTER:
        return None  # "we sat down", "sat on my foot": the verb
    if previous in DAY_BEFORE or following in DAY_AFTER or (not previous and following):
        return DAYS[word]
    if word in ONLY_DAYS:
        return DAYS[word]
    return None


def number_and_unit(word: str) -> str | None:
    """ "1hr" -> "1 hour", "24h" -> "24 hours", "3wks" -> "3 weeks"; None for others."""
    digits = len(word) - len(word.lstrip("0123456789"))
    number, unit = word[:digits], word[digits:].lower()
    if not digits or unit not in UNITS or not number.isdigit():
        return None
    spelled = UNITS[unit]
    return f"{number} {spelled[:-1] if number == '1' else spelled}"


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


def between_amounts(words: list[str], typed: list[str], place: int) -> bool:
    """An arrow from one amount to another ("40 -> 90", "20 min -> 12 min", "~60/month ->
    ~15", "about 60 a month -> about 15"): a figure on both sides, so "to", not "so"."""
    back = [w.lower().strip(".,;:!?") for w in words[-4:]]
    while back and not any(c.isdigit() for c in back[-1]) and back[-1] in AMOUNT_TAILS:
        back.pop()  # "60 a month", "20 min", "40 per night": the figure's unit after it
    if not back or not any(c.isdigit() for c in back[-1]):
        return False
    following = next_word(typed, place)
    if following in AMOUNT_HEDGES and place + 2 < len(typed):
        following = typed[place + 2].lower()  # "-> about 15"
    return following.lstrip("~$£€≈<>")[:1].isdigit()


# What may stand between a figure and an arrow: its unit or rate ("60 a month ->").
AMOUNT_TAILS = frozenset({
    "a", "an", "per", "each", "every", "month", "months", "week", "weeks", "day", "days",
    "year", "years", "hour", "hours", "hr", "hrs", "h", "min", "mins", "minute", "minutes",
    "night", "nights", "shift", "shifts", "%", "percent", "k", "m", "mo", "wk", "wks", "yr",
})  # fmt: skip


def previous_word(words: list[str], back: int = 1) -> str:
    """The word ``back`` places before, as the fix has it so far, lower case."""
    return words[-back].lower().strip(".,;:!?") if len(words) >= back else ""


AMOUNT_HEDGES = frozenset({
    "about", "around", "roughly", "approximately", "approx", "abt", "arnd", "maybe", "nearly",
    "almost", "~",
})  # fmt: skip


def digit_word(word: str, before: list[str], typed: list[str], place: int) -> str | None:
    """ "happy 2 come" -> "to", "thanks 4 coming" -> "for": a digit for a word only after
    a word that goes with one; "2 fitters", "level 2", "4 years" stay figures."""
    previous = previous_word(before)
    following = next_word(typed, place)
    if _after_to(before):
        return None  # "from 9 to 2 over 6 months", "to just 2": the figure of a range
    if word == "2" and _range_of_figures(before, following, typed, place):
        return "to"  # "from 80 2 130 customers", "from 22% 2 about 35%"
    if not previous[-1:].isalpha() or not before[-1][-1:].isalpha():
        return None  # after a word or a code ("e-verify 4 30+ hires"), not after a figure
    if _labelled_figure(word, before) and not _either_side(previous, following, typed, place):
        return None  # "a class 2 licence", "level 2 and up": a figure naming which one
    if word == "2" and following == "b" and previous in TO_BEFORE:
        return "to"  # "I would love 2 b part of the team": "to be"
    if word == "2" and previous in ("down", "up") and _how_far(before, typed, place):
        return "to"  # "from 15 a year down 2 2", "up 2 40%"; not "picked up 2 10kg bags"
    if word == "2" and following in OWNERS_NEXT and _thing_before(previous, before):
        return "to"  # "no risk 2 the licence", "a note 2 your team"; not "sold 2 the same day"
    if word == "2" and previous in WHOM_TO_DO and _to_do_after_whom(following, typed, place):
        return "to"  # "wants me 2 come out", "asked them 2 sign"; not "gave her 2 shifts"
    if word == "2" and _either_side(previous, following, typed, place):
        return "to"  # "week 2 week", "door 2 door", "start 2 finish"
    if word == "2" and _to_someone(before, previous, typed, place):
        return "to"  # "take activities 2 them", "send the plan 2 you"
    if word == "2" and previous in TO_SOMEONE and _person_named(typed, place + 1):
        return "to"  # "send 2 Mick same day", "report 2 Ciara"; not "had 2 Daves"
    if word == "2" and _too_at_end(before, typed, place):
        return "too"  # "you support Leeds, me 2", "your son went there, mine did 2"
    if word == "4" and _for_work(previous, following, typed, place, before):
        return "for"  # "ops 4 night work"; "4 night shifts" counts
    if word == "2" and _word_to_word(typed, place):
        # "who would i report 2 day to day?": "to"; "had 2 back to back shifts" counts
        ends = _ends_after(typed, place + 3)
        return "to" if previous in REPORT_TO and ends else None
    if word == "2" and previous in TO_BEFORE and following.isalpha():
        tags = lexicon.verb_tags(following)
        if following in ("u", "you", "me", "them", "the") or typed[place + 1] == "us":
            return "to"
        if previous in MOVED_TO and typed[place + 1].isupper() and len(following) > 1:
            return "to"  # "we moved 2 RF scanning": a system, not two of them
        if "VB" in tags and not _counted_noun(following, typed, place):
            return "to"  # "happy 2 come", "used 2 drive the 16"; not "had 2 staff off"
    if word == "2" and _to_whom_described(previous, following, before):
        return "to"  # "would you be open 2 me", "kind 2 us"
    if word == "2" and _too_here(following, typed, place):
        return "too"  # "the queue is 2 long", "2 much": never a count
    if word == "2" and previous not in FIGURE_BEFORE and _to_do_here(following, typed, place):
        return "to"  # "push ppl 2 tap their card", "the senior 2 open or close"
    if word == "2" and following in RANGE_NEXT and _from_before(before, typed, place):
        return "to"  # "from ~6 min 2 under 3": a range, "to under 3"
    if word == "2" and _range_from_rate(before, typed, place):
        return "to"  # "from like 6 a month 2 1 or 2", "from 12 a month 2 3-4"
    if word == "2" and _to_do_after_thing(previous, following, before, typed, place):
        return "to"  # "on paper 2 start.", "a whiteboard 2 begin with"; not "had 2 start"
    if word == "4" and following in SEASONS and _for_season(previous, typed, place):
        return "for"  # "the 4th crew 4 spring"; "4 winters" counts, "4 december" is a date
    if following in SHARE_WORDS and next_word(typed, place + 1)[:1].isdigit():
        return None  # "4 from 5 new carers", "2 of 3 sites", "4 out of 5": a share
    counted = following in COUNTED_SPANS  # "worked 4 years", "paid 2 days": a figure
    if (
        word == "4"
        and following.isalpha()
        and not counted
        and (previous in FOR_BEFORE or following in FOR_NEXT)
        and not (previous in FOR_OR_COUNT and _counts_next(following, typed, place))
        and not (following in ("a", "an") and next_word(typed, place + 1) in RATE_UNITS)
    ):
        return "for"  # "thanks 4 coming", "4 u"; not "worked 4 weekends"
    if word == "4" and previous == "like" and what_like(before[:-1], the=True):
        return (
            "for" if _people_or_things(typed, place) else None
        )  # "What's the roster like 4 new starters?"
    if word == "4" and following in ("a", "an") and _for_a(previous, typed, place):
        return "for"  # "mum 4 a bit", "free 4 a road test"; not "did 4 a day"
    if word == "4" and following in ("same", "same-day") and _for_same_day(before, typed, place):
        return "for"  # "a backup list 4 same day cancels"; not "we had 4 same day cancels"
    if word == "4" and _for_doing(before, following, typed, place):
        return "for"  # "a spotter 4 backing at hotels"; not "Year 4 reading"
    if word == "4" and previous in FOR_AFTER_MOVES and following in ("a", "an", "the", "my"):
        return "for"  # "come in 4 a trial day", "pop round 4 a look"; not "at 4 a day"
    if word == "4" and previous not in FIGURE_BEFORE and following in ("the", "my", "our"):
        return "for"  # "a par sheet 4 the grill": no count stands before "the"
    if word == "4" and _for_whose(before, following):
        return "for"  # "posts a day 4 their focus kids", "a slot 4 your regulars"
    if (
        word == "4"
        and following in ("like", "about", "around", "nearly", "almost")
        and next_word(typed, place + 1)[:1].isdigit()
    ):
        return "for"  # "talked bbq 4 like 10 min": for about ten minutes
    if (
        word == "4"
        and previous not in FIGURE_BEFORE
        and not _labelled(before)
        and following.removesuffix("+").isdigit()
        and next_word(typed, place + 1) in PEOPLE_COUNTED
    ):
        return "for"  # "half a day 4 2 guys", "i-9s 4 30+ hires": for them; not "Year 4 30 kids"
    if word == "4" and _for_a_span(previous, following, typed, place):
        return "for"  # "talked about the finals 4 5 minutes before"; not "4 5-hour shifts"
    if word == "4" and _for_whom(before, following, typed, place):
        return "for"  # "less scrambling 4 managers"; not "hiring 4 managers"
    if word in ("2", "4") and previous not in FIGURE_BEFORE and _each_of(typed, place):
        return "to" if word == "2" else "for"  # "email 2 every client", "4 all 3 sites"
    return None


# "2 the licence", "4 your team": a figure counts no "the" or "your" after it.
OWNERS_NEXT = frozenset({"the", "my", "our", "your", "their", "his"})


def _thing_before(previous: str, before: list[str]) -> bool:
    """A noun that is no verb's past or "-s" form and no label ("day 2 the fridge died"):
    "risk", "note"; not "sold", "sells", "day", "level"."""
    if previous in FIGURE_BEFORE or previous in NUMBER_LABELS or _labelled(before):
        return False
    if previous in CLOSED_WORDS or not lexicon.is_noun(previous):
        return False
    return not lexicon.verb_tags(previous) - {"NN", "NNS", "VB", "VBP"}


def _how_far(before: list[str], typed: list[str], place: int) -> bool:
    """ "from 15 a year down 2 2", "cut them down 2 3 a week", "up 2 40%": a figure after
    "down 2"/"up 2" that is where it went ("from" earlier, or the figure ends the clause
    or has its rate after it), not a count of things ("picked up 2 10kg bags")."""
    figure = typed[place + 1] if place + 1 < len(typed) else ""
    if not figure.lstrip("~$£€")[:1].isdigit():
        return False
    if "from" in (w.lower() for w in before[-8:]):
        return True
    after = next_word(typed, place + 1)
    return figure[-1:] in ".,;:!?%" or not after or after in ("a", "an", "per", "each", "%")


# "start 2 finish", "top 2 bottom": pairs said with "to" between them.
TO_PAIRS = frozenset({
    ("start", "finish"), ("top", "bottom"), ("head", "toe"), ("nose", "tail"),
    ("cradle", "grave"), ("floor", "ceiling"), ("front", "back"), ("coast", "coast"),
})  # fmt: skip
# "activities 2 them", "talk 2 me": someone "to" whom; "2 US stores" (capitals) counts.
TO_WHOM = frozenset({"him", "her", "them", "me", "you", "u", "us"})
# "mine did 2": whose, then a verb that stands for the earlier one.
OWNERS = frozenset({"mine", "ours", "yours", "theirs", "hers"})
# "ops 4 night work", "available 4 weekend work": a kind of work, never counted.
WORK_KINDS = frozenset({
    "night", "day", "weekend", "shift", "agency", "contract", "temp", "casual", "relief",
    "evening", "seasonal", "overnight", "weekday", "holiday", "cover",
})  # fmt: skip


def _either_side(previous: str, following: str, typed: list[str], place: int) -> bool:
    """ "week 2 week", "door 2 door", "back 2 back", "start 2 finish": the same noun (or a
    known pair) either side of "2", nothing between; "had 2 back to back" counts."""
    if not following.isalpha() or not typed[place][-1:].isalnum():
        return False
    if (previous, following) in TO_PAIRS:
        return True
    return following == previous and lexicon.is_noun(following)


def _to_someone(before: list[str], previous: str, typed: list[str], place: int) -> bool:
    """ "activities 2 them", "the plan 2 you", "talk 2 me": after a noun or a verb said
    with "to", a "2" before someone is "to" (no figure counts "them"); "trained 2 them",
    "2 US stores" stay as typed."""
    if place + 1 >= len(typed) or typed[place + 1].strip(".,;:!?") not in TO_WHOM:
        return False
    if previous in FIGURE_BEFORE or previous in CLOSED_WORDS or _labelled(before):
        return False
    noun = lexicon.is_noun(previous) and not lexicon.verb_tags(previous) - {"NN", "NNS", "VBZ"}
    return noun or previous in TO_BEFORE or previous in REPORT_TO or previous in TO_ONLY


# Verbs that take no count of people after them: "happen 2 me", "listen 2 them" ("trained
# 2 them" may be two of them, so it stays).
TO_ONLY = frozenset({
    "happen", "happened", "happens", "happening", "listen", "listened", "listening",
    "belong", "belonged", "belongs", "reply", "replied", "respond", "responded", "write",
    "wrote", "writing", "explain", "explained", "explaining", "apply", "applied", "listens",
    "matter", "matters", "mattered", "mean", "meant", "means", "talk", "talking", "speak",
    "speaking", "chatting", "chatted", "go", "goes", "went", "come", "came",
})  # fmt: skip
# "wants me 2 come", "told us 2 wait": someone, then "to" and what they are to do.
WHOM_TO_DO = frozenset({"me", "him", "her", "us", "them", "you", "u"})


def _to_do_after_whom(following: str, typed: list[str], place: int) -> bool:
    """A verb in its plain form after "me 2" ("come", "sign"), not a noun that may be
    counted ("her 2 kids", "them 2 shifts", "me 2 weeks")."""
    if not following.isalpha() or following in CLOSED_WORDS:
        return False
    if "VB" not in lexicon.verb_tags(following) or following in COUNTED_SPANS:
        return False
    return not _counted_noun(following, typed, place) and not _plural(following)


def _person_named(typed: list[str], at: int) -> bool:
    """ "Mick", "ciara" of "send 2 Mick same day": one person's name (lemminflect knows it
    only as a name, or it is typed with a capital and is no English word), with no noun
    after it that it would name ("2 Boston marathons" counts them)."""
    if at >= len(typed):
        return False
    word = typed[at].strip(".,;:!?")
    if not word.isalpha() or (len(word) > 1 and word.isupper()):
        return False
    known = lexicon.is_name(word.capitalize())
    capital = word[:1].isupper() and not lexicon.is_english_word(word.lower())
    if not (known or capital) or word.lower().endswith("s") and not known:
        return False
    following = next_word(typed, at) if typed[at][-1:].isalpha() else ""
    return not (following and following not in CLOSED_WORDS and lexicon.is_noun(following))


def _too_at_end(before: list[str], typed: list[str], place: int) -> bool:
    """ "Leeds fan, me 2": "me 2" opening its clause; "your son went there, mine did 2"
    with no other figure in the answer: "too". "give me 2", "mine did 2" after "3 games"
    may count, and the notice asks."""
    if typed[place][-1:] not in ".,;:!?" and place + 1 < len(typed):
        return False
    previous = previous_word(before)
    opening = len(before) < 2 or before[-2][-1:] in ".,;:!?"
    if previous == "me":
        return opening or previous_word(before, 2) in ("and", "n", "so")
    if previous not in ("did", "do", "does") or previous_word(before, 2) not in OWNERS:
        return False
    return sum(any(c.isdigit() for c in w) for w in typed) == 1


def _for_work(previous: str, following: str, typed: list[str], place: int, before) -> bool:
    """ "ops 4 night work", "free 4 weekend work": "work" after a kind of work is never
    counted, so the "4" is "for"; "4 night shifts", "4 weekends" count."""
    if following not in WORK_KINDS or next_word(typed, place + 1) != "work":
        return False
    if not typed[place + 1][-1:].isalpha():
        return False
    return previous not in FIGURE_BEFORE and not _labelled(before)


def _counts_next(following: str, typed: list[str], place: int) -> bool:
    """ "worked 4 weekends", "covered 4 night shifts": what a figure may count, there or
    after a word that describes it."""
    if _plural(following):
        return True
    if following in FOR_NEXT or not typed[place + 1][-1:].isalpha():
        return False
    return _plural(next_word(typed, place + 1))


# "report 2 day to day": verbs said with "to" before someone or a span of time.
REPORT_TO = frozenset({
    "report", "reports", "reporting", "reported", "answer", "answering", "talk", "talking",
    "speak", "speaking", "listen", "listening", "reply", "replying", "respond", "responding",
    "write", "writing", "explain", "explaining",
})  # fmt: skip
# Verbs said with "to" someone: "send 2 Mick", "talk 2 Ciara".
TO_SOMEONE = REPORT_TO | frozenset({
    "send", "sent", "give", "gave", "pass", "passed", "hand", "handed", "show", "showed",
    "email", "emailed", "text", "texted", "forward", "forwarded", "talked", "spoke", "said",
    "mention", "mentioned", "introduce", "introduced",
})  # fmt: skip


# Nouns that count in their own form: "2 staff", "2 people" are figures.
PLURAL_FORMS = frozenset({
    "people", "staff", "men", "women", "children", "kids", "crew", "police", "personnel",
    "sheep", "cattle", "fish", "deer", "stock", "feet", "teeth", "mice", "geese",
})  # fmt: skip
# "less scrambling 4 managers", "more time 4 staff": an amount of something, then whom
# it is for.
AMOUNT_BEFORE = frozenset({"less", "more", "fewer", "no", "extra", "enough"})
# "night shift 4 US clients": a kind of shift, so "shift" names no shift's number.
SHIFT_KINDS = frozenset({
    "night", "day", "late", "early", "weekend", "double", "split", "morning", "evening",
    "graveyard", "swing", "back", "relief", "extra",
})  # fmt: skip
# "Year 4 30 kids", "on day 1": a figure naming which one, not a count.
NUMBER_LABELS = frozenset({
    "year", "level", "band", "grade", "class", "ward", "stage", "tier", "phase", "step",
    "page", "room", "floor", "unit", "bay", "gate", "zone", "route", "no", "number", "day",
    "week", "month", "key", "section", "platform", "lane", "line", "table", "team", "group",
    "round", "terminal", "exit", "junction", "hwy", "highway", "area", "block", "aisle",
    "dock", "door", "bus", "shift", "module", "part", "chapter", "session", "wave",
    "type", "division", "category", "cat", "cohort", "version", "pier", "berth",
    "hangar", "runway", "standard", "tranche", "wing", "plot", "mk", "pen", "shed", "hall",
})  # fmt: skip
# "half a day 4 2 guys", "a day": a span of time, not the day's number.
SPAN_BEFORE = frozenset({"half", "a", "per", "each", "every", "full", "whole", "one", "all"})


def _plural(word: str) -> bool:
    """ "weekends", "stores", "staff": what a figure before it may count."""
    if word in PLURAL_FORMS or word in PEOPLE_COUNTED or word[:-1] in WEEKDAYS:
        return True
    return word.endswith("s") and (lexicon.is_noun(word) or lexicon.is_noun(word[:-1]))


def _labelled_figure(word: str, before: list[str]) -> bool:
    """ "a class 2", "key stage 2": a "2" after a label is its number, never "to" (a
    "4" after one is weighed where it is mended); "night shift 2" names no number."""
    return word == "2" and _labelled(before) and previous_word(before, 2) not in SHIFT_KINDS


def _labelled(before: list[str]) -> bool:
    """ "Year 4", "on day 4": the figure names which one ("a day", "half day" do not)."""
    previous = previous_word(before)
    spans = previous in ("day", "week", "month", "year", "shift", "session")
    spanned = previous_word(before, 2).lstrip("~") in SPAN_BEFORE  # "~half day"
    return previous in NUMBER_LABELS and not (spans and spanned)


def _ends_after(typed: list[str], at: int) -> bool:
    """Whether the phrase ends with ``typed[at]``: a stop or comma after it, the end, or a
    closed word next ("day to day, you or ...", "day to day with ...")."""
    if at >= len(typed) - 1 or typed[at][-1:] in ".,;:!?":
        return True
    return next_word(typed, at) in CLOSED_WORDS


def _word_to_word(typed: list[str], place: int) -> bool:
    """ "2 day to day", "2 back to back": the digit stands before "W to W"."""
    if place + 3 >= len(typed):
        return False
    first, to, last = (w.lower() for w in typed[place + 1 : place + 4])
    return first.isalpha() and to == "to" and last.strip(".,;:!?") == first


def _counted_noun(following: str, typed: list[str], place: int) -> bool:
    """ "had 2 staff off", "need 2 bed flats": the word after the digit may be what it
    counts, a noun in its plural form ("staff") or one that describes the next noun
    ("2 bed flats"); "used 2 drive the 16", "happy 2 help" are not."""
    if not lexicon.is_noun(following):
        return False
    if following in PLURAL_FORMS:
        return True
    if typed[place + 1][-1:] in ".,;:!?":
        return False
    after = next_word(typed, place + 1)
    return after.isalpha() and lexicon.is_noun(after) and after not in CLOSED_WORDS


def _for_whom(before: list[str], following: str, typed: list[str], place: int) -> bool:
    """ "less scrambling 4 managers", "more time 4 staff": after an amount of something
    ("less", "more", "no" and a noun or an -ing word) the people after "4" are whom it
    is for; "hiring 4 managers", "the same 4 managers", "extra pay 4 weekends" count."""
    noun = previous_word(before)
    if previous_word(before, 2) not in AMOUNT_BEFORE or not before[-1][-1:].isalpha():
        return False
    if noun in CLOSED_WORDS or noun in COUNTED_SPANS or not noun.isalpha():
        return False
    if not (lexicon.is_noun(noun) or noun.endswith("ing")) or lexicon.is_adjective(noun):
        return False
    return following in PEOPLE_COUNTED or following in PLURAL_FORMS  # not "4 weekends"


# "4 from 5", "2 of 3", "4 out of 5": a figure's share of another.
SHARE_WORDS = frozenset({"from", "of", "out", "in"})
COUNTED_SPANS = frozenset({
    "years", "months", "weeks", "days", "hours", "minutes", "shifts", "nights", "yrs",
    "mths", "wks", "hrs", "mins", "times", "seasons", "summers", "winters",
})  # fmt: skip
# "4 2 guys": people a job takes, so the "4" before their number is "for".
PEOPLE_COUNTED = frozenset({
    "guys", "people", "men", "lads", "blokes", "staff", "carers", "techs", "fitters",
    "workers", "nurses", "drivers", "porters", "cleaners", "chefs", "electricians",
    "hires", "starters", "employees", "customers", "clients", "patients", "students",
    "kids", "children", "guests", "residents", "tenants", "members", "managers",
    "candidates", "volunteers", "visitors", "passengers",
})  # fmt: skip
# "at 4 all day", "cost 2 each": a figure after these, however "each" or "all" follows.
FIGURE_BEFORE = frozenset({
    "at", "cost", "costs", "costing", "was", "were", "is", "are", "about", "around", "by",
    "of", "from", "and", "or", "till", "until", "ordered", "order", "buy", "bought", "sold",
})  # fmt: skip


# "2 long", "2 much": "too" before these, where no noun follows ("2 late shifts" counts).
TOO_NEXT = frozenset({
    "long", "late", "busy", "early", "slow", "expensive", "much", "many", "hard", "short",
    "quiet", "far", "soon",
})  # fmt: skip
# After "2 long", "2 late": these end the phrase, so the "2" is "too".
PHRASE_ENDS = frozenset({
    "and", "n", "&", "+", "but", "so", "or", "for", "to", "at", "in", "on", "because", "cos",
    "with", "now", "already", "",
})  # fmt: skip
# "push ppl 2 tap their card": a base verb before these is what someone is to do.
OBJECT_NEXT = frozenset({
    "the", "a", "an", "their", "your", "ur", "our", "my", "his", "her", "its", "it", "them",
    "or", "and", "n",
})  # fmt: skip
RANGE_NEXT = frozenset({"under", "over", "about", "around", "below", "above", "less"})


def _too_here(following: str, typed: list[str], place: int) -> bool:
    """ "2 long n ur losing", "2 much": "too"; not "2 late shifts", "2 long days"."""
    if following not in TOO_NEXT:
        return False
    if following in ("much", "many"):
        return True
    ends = typed[place + 1][-1:] in ".,;:!?"
    return ends or next_word(typed, place + 1) in PHRASE_ENDS


def _to_do_here(following: str, typed: list[str], place: int) -> bool:
    """ "ppl 2 tap their card", "senior 2 open or close": a base verb that no figure can
    count; "2 guys", "2 cut offs", "2 tap machines" stay figures. "educator 2 do 2-3
    posts": a verb that is no noun, before a figure, is "to" it."""
    if not following.isalpha() or "VB" not in lexicon.verb_tags(following):
        return False
    if typed[place + 1][-1:] in ".,;:!?":
        return False
    after = next_word(typed, place + 1)
    if after[:1].isdigit() and not lexicon.is_noun(following):
        return following == "do" or following not in CLOSED_WORDS
    return after in OBJECT_NEXT


# "4 their focus kids", "4 your regulars": whose, after a noun; no figure counts them.
WHOSE_NEXT = frozenset({"their", "your", "his", "its", "ur"})


def _for_whose(before: list[str], following: str) -> bool:
    """ "a day 4 their focus kids", "a slot 4 your regulars": a "4" after a noun (not a
    label, "Year 4 their") before "their", "your": "for"; "ran 4 their sites" (after a
    verb, a figure may count what is theirs) stays."""
    previous = previous_word(before)
    if following not in WHOSE_NEXT or not before or not before[-1][-1:].isalpha():
        return False
    if previous in FIGURE_BEFORE or previous in CLOSED_WORDS or _labelled(before):
        return False
    return lexicon.is_noun(previous) and not lexicon.verb_tags(previous) - {"NN", "NNS", "VBZ"}


def _to_whom_described(previous: str, following: str, before: list[str]) -> bool:
    """ "would you be open 2 me", "so kind 2 us": a describing word (no verb, no noun),
    then "2" and someone: "to"; no figure counts "me"."""
    if following not in ("me", "us", "you", "u") or previous in FIGURE_BEFORE:
        return False
    if not before[-1][-1:].isalpha() or previous in CLOSED_WORDS:
        return False
    return lexicon.is_adjective(previous) and not lexicon.is_noun(previous)


MOVED_TO = frozenset({"moved", "move", "moving", "switched", "switch"})
SPAN_UNITS = frozenset({
    "min", "mins", "minutes", "hr", "hrs", "hour", "hours", "day", "days", "week", "weeks",
    "wk", "wks", "month", "months", "year", "years", "yrs",
})  # fmt: skip


def _for_a_span(previous: str, following: str, typed: list[str], place: int) -> bool:
    """ "talked about the finals 4 5 minutes": a "4" before a span of time that ends its
    phrase is "for"; "4 5 hour shifts" (four of them) and "level 4 3 days" stay."""
    if previous in FIGURE_BEFORE or not following.isdigit():
        return False
    unit = next_word(typed, place + 1)
    if unit not in SPAN_UNITS or typed[place + 1][-1:] in ".,;:!?":
        return False
    after = next_word(typed, place + 2)
    if not after or typed[place + 2][-1:] in ".,;:!?":
        return True
    return not lexicon.is_noun(after) or after in ("before", "after", "ago", "each", "then")


# A span's unit after a figure: "from 40 minutes 2 25".
TIME_UNITS = frozenset({
    "min", "mins", "minute", "minutes", "hour", "hours", "hr", "hrs", "h", "sec", "secs",
    "seconds", "day", "days", "week", "weeks", "wk", "wks",
})  # fmt: skip


FIGURE_HEDGES = AMOUNT_HEDGES | frozenset({"just", "only", "under", "over", "below", "above"})


def _after_to(before: list[str]) -> bool:
    """ "to 2", "to just 2", "to about 4": the range is joined already, so the digit is
    its second figure, never a word ("from 9 to to over 6 months" lost the result)."""
    back = [w.lower().strip(".,;:!?~") for w in before[-2:]]
    if back[-1:] == ["to"]:
        return True
    return len(back) == 2 and back[0] == "to" and back[1] in FIGURE_HEDGES


def _range_of_figures(before: list[str], following: str, typed: list[str], place: int) -> bool:
    """ "from 80 2 130", "from 22% 2 about 35%": a "2" between two figures after "from"
    (within a few words) joins them as "to"; "80 2 130" alone may be three counts."""
    back = before[-2:]
    if len(back) == 2 and back[-1].lower().strip(".,;:!?") in TIME_UNITS:
        # "from 40 minutes 2 25 at the depot": the first figure's unit after it; not
        # "from 40 minutes 2 25-minute slots" (a count of them)
        counted = next_word(typed, place + 1)
        if place + 1 < len(typed) and typed[place + 1][-1:].isalnum() and _plural(counted):
            return False
        back = back[:-1]
    if not back or not any(c.isdigit() for c in back[-1]):
        return False
    after = following
    if after in AMOUNT_HEDGES or after in RANGE_NEXT:
        after = next_word(typed, place + 1)  # "from 250 2 under 40", "from 80 2 about 130"
    near = [w.lower().strip(".,;:!?") for w in before[-5:]]
    if before[-1].rstrip(".,;:!?").endswith("%") and after[:1].isdigit():
        return after.rstrip(".,;:!?").endswith("%")  # "went 8% 2 about 14%"
    return "from" in near and after.lstrip("£$€~")[:1].isdigit()


def _from_before(before: list[str], typed: list[str], place: int) -> bool:
    """ "from ~6 min 2 under 3": a figure after "from" within a few words, another after
    "under"; the "2" joins them."""
    near = [w.lower().strip(".,;:!?~") for w in before[-5:]]
    after = next_word(typed, place + 1).lstrip("~£$€")
    return "from" in near and after[:1].isdigit() and any(c.isdigit() for w in near for c in w)


def _range_from_rate(before: list[str], typed: list[str], place: int) -> bool:
    """ "from like 6 a month 2 1 or 2", "from about 12 a week 2 3-4", "from 40 a day 2
    about 5": "from", a figure and its rate, then "2" and a figure that ends the clause,
    is one of two ("1 or 2") or has a rate of its own; "2 3-tonne trucks" counts them."""
    window = before[-7:]
    back = [w.lower().strip(".,;:!?~") for w in window]
    tail = 0
    while back and back[-1] in AMOUNT_TAILS and not back[-1][:1].isdigit():
        back.pop()
        tail += 1
    if not tail or not back or not back[-1].lstrip("£$€")[:1].isdigit():
        return False
    back.pop()
    while back and back[-1] in AMOUNT_HEDGES | {"like"}:
        back.pop()
    if not back or back[-1] != "from":
        return False
    if any(w[-1:] in ".,;:!?" for w in window[len(back) - 1 :]):
        return False  # "from 6 a month, 2 more": the range is broken off
    at = place + 1
    if next_word(typed, place) in AMOUNT_HEDGES:
        at += 1
    figure = typed[at] if at < len(typed) else ""
    if (
        not figure.lstrip("~£$€")[:1].isdigit()
        or not figure.rstrip(".,;:!?%").replace("-", "").isdigit()
    ):
        return False
    after = next_word(typed, at)
    return figure[-1:] in ".,;:!?%" or not after or after in ("or", "a", "an", "per", "each")


# "4 spring", "4 summer": a season no figure counts in the singular.
SEASONS = frozenset({"spring", "summer", "autumn", "fall", "winter"})


def _for_season(previous: str, typed: list[str], place: int) -> bool:
    """ "the 4th crew 4 spring or ...": after a noun (no label: "Year 4 spring"), a season
    with no noun after it is "for" it; "4 spring rolls", "4 summer shifts" may count."""
    if previous in FIGURE_BEFORE or previous in NUMBER_LABELS or previous in CLOSED_WORDS:
        return False
    if not lexicon.is_noun(previous) or typed[place + 1][-1:] == "s":
        return False
    then = next_word(typed, place + 1)
    ends = typed[place + 1][-1:] in ".,;:!?"
    return ends or not then or then in CLOSED_WORDS or not lexicon.is_noun(then)


def _to_do_after_thing(
    previous: str, following: str, before: list[str], typed: list[str], place: int
) -> bool:
    """ "on paper 2 start.", "a whiteboard 2 begin with": after a noun, a plain verb that
    ends the clause (or has only "with" and the like after it) is "to" it; no count
    stands before a lone verb. "2 starts", "2 start-ups" and "level 2 start" do not."""
    if not following.isalpha() or "VB" not in lexicon.verb_tags(following):
        return False
    if not _thing_before(previous, before):
        return False
    ends = typed[place + 1][-1:] in ".,;:!?" or place + 2 >= len(typed)
    if ends:
        return True
    then = typed[place + 2].lower().strip(".,;:!?")
    return (
        then in ("with", "from", "on", "off", "up")
        and not lexicon.is_noun(following)
        and (place + 3 >= len(typed) or typed[place + 2][-1:] in ".,;:!?")
    )


def _each_of(typed: list[str], place: int) -> bool:
    """ "2 every client", "4 each stage", "4 all 3": a figure can't count "every" or a
    group ("all 3"), so the digit is a word; "2 each" alone is a price."""
    ahead = [w.lower().strip(".,;:!?") for w in typed[place + 1 : place + 3]]
    if len(ahead) < 2 or not typed[place + 1][-1:].isalpha():
        return False
    quantifier, thing = ahead
    if quantifier == "every":
        return thing.isalpha() and thing not in CLOSED_WORDS
    if quantifier == "each":
        return lexicon.is_noun(thing) and thing not in ("time", "day", "week", "month")
    return quantifier == "all" and (thing.isdigit() or thing in ("of", "the", "our", "your"))


def per_unit(word: str) -> str | None:
    """ "£14/hr" -> "£14 an hour", "consults/wk" -> "consults a week"; None for others
    ("24/7", "fri/sat", "and/or")."""
    head, slash, unit = word.partition("/")
    if not slash or unit.lower() not in PER_UNITS or not head or "/" in unit:
        return None
    if not (head[-1:].isdigit() or (head.isalpha() and len(head) > 2 and head.islower())):
        return None
    return f"{head} {PER_UNITS[unit.lower()]}"


# "per hr", "£28 an hr", "half an hr", "extra hrs": an hour; "in hr", "the hr team" is HR.
HOUR_BEFORE = frozenset({"per", "an", "a", "each", "every", "one", "half", "by"})
HOURS_BEFORE = frozenset({"few", "extra", "more", "many", "long", "less", "fewer", "some", "the"})
HOUR_AFTER = frozenset({"team", "department", "dept", "manager", "managers", "side", "rep"})


def hour_here(word: str, before: list[str], following: str) -> str | None:
    """ "rounds sold per hr", "£28 an hr", "a few hrs": "hour" or "hours" where "hr" can
    only be the unit; None where it may be the department ("worked in hr")."""
    previous = before[-1].lower().strip(".,;:") if before else ""
    if following in HOUR_AFTER:
        return None
    if word == "hr" and previous in HOUR_BEFORE:
        return "hour"
    if word == "hrs" and (previous in HOURS_BEFORE or previous in HOUR_BEFORE):
        return "hours"
    return None


def figure_ish(word: str) -> str | None:
    """ "£250ish", "40-ish" -> "£250", "40"; None for a word that is not a figure."""
    lowered = word.lower()
    if not lowered.endswith("ish"):
        return None
    figure = word[:-3].rstrip("-")
    return figure if figure[-1:].isdigit() else None


def figure_before(words: list[str]) -> bool:
    return bool(words) and words[-1][-1:].isdigit()


MONTH_BEFORE = frozenset({
    "in", "by", "until", "til", "till", "since", "from", "early", "late", "mid", "end", "of",
    "the", "last", "next", "this", "every", "before", "after", "to", "through", "during",
})  # fmt: skip


def month_here(word: str, before: list[str], typed: list[str], place: int) -> bool:
    """ "in feb", "the Nov shutdown", "oct 1": a month; "mar" only where a month goes."""
    following = next_word(typed, place)
    dated = following[:1].isdigit() or previous_word(before) in MONTH_BEFORE
    return dated or (word != "mar" and not before)


def unsure_shorthand(text: str) -> list[str]:
    """Shorthand in an answer the wizard cannot spell out for certain ("req", "OT"), as
    typed, each with the word it may stand for."""
    found = {}
    typed = text.split()
    for place, word in enumerate(typed):
        core = word.strip(".,!?;:()")
        if core.lower() in UNSURE_SHORTHAND and core not in found:
            found[core] = UNSURE_SHORTHAND[core.lower()]
        elif core == "co" and previous_word(typed[:place]) in OWN_COMPANY_BEFORE:
            found[core] = "company"  # "in my last co regression went": "co worker" may follow
    return list(found.items())


# A letter or a digit people type for a word, left where the wizard was not sure of it.
LEFT_LETTERS = {
    "b": "be", "r": "are", "u": "you", "v": "very", "2": "to", "4": "for", "d": "the",
    "der": "there",
}  # fmt: skip
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


def shorthand_left(text: str) -> list[tuple[str, str]]:
    """Letters and digits standing for a word the fix kept as typed, each with the words
    around it and the word it may stand for: ("hurling 4 westmeath", "for"), ("used 2
    buy", "to"), ("range 4 a month", "for"); figures that count ("4 weekends", "2 still
    there", "4 a day" after a verb) and labels ("plan b", "Year 4") are not named."""
    typed = text.split()
    found: list[tuple[str, str]] = []
    for place in range(1, len(typed) - 1):
        word, before, after = typed[place], typed[place - 1], typed[place + 1]
        if word not in LEFT_LETTERS and not (word == "V" and before[-1:] in ".,!?"):
            continue
        previous = before.lower().strip("(\"'“‘")
        following = after.lower().strip(".,;:!?)")
        if word in ("d", "der"):
            if left := _article_left(word, previous.rstrip(","), following, after):
                found.append((" ".join([before.rstrip(","), word, following]), left))
            continue
        if word.isdigit() and following in ("am", "pm"):
            continue  # "fewer 2 am call-outs": a time
        if not (previous.isalpha() and following.isalpha()) or before != previous:
            continue  # "9k 2 13k", "Leeds v Hull", "sales, 2 still there": not a word between
        if word == "2" and following in TOO_NEXT and not _counted_next(typed, place + 1):
            # "the tills were 2 slow most days": likely "too", not certain enough to mend
            found.append((" ".join([before, word, after.rstrip(".,;:!?")]), "too"))
            continue
        if word == "2" and following in TOO_THEN and _too_left(typed, place):
            # "my aunt was in a trial there 2 so ...": likely "too"; "gave them 2 so" counts
            found.append((" ".join([before, word, after.rstrip(".,;:!?")]), "too"))
            continue
        if previous in CLOSED_WORDS - {"that", "which", "who"} or previous in LETTER_LABELS:
            continue
        for_or_count = word == "4" and (
            previous in FOR_ADJECTIVES  # "free 4 paying jobs"
            or _things_then_things(previous, following, typed, place)
            or _thing_then_kind(previous, following, typed, place)
        )
        if (
            word.isdigit()
            and not for_or_count
            and not _figure_for_word(previous, following, typed, place)
        ):
            continue
        if word.isalpha() and (after[:1].isupper() or len(following) < 2):
            continue
        span = [before, word, after.rstrip(".,;:!?")]
        if following in ("a", "an") and after == following and place + 2 < len(typed):
            span.append(typed[place + 2].rstrip(".,;:!?"))  # "range 4 a month"
        found.append((" ".join(span), LEFT_LETTERS[word.lower()]))
    return found[:3]


def _article_left(word: str, previous: str, following: str, after: str) -> str:
    """ "sort the paddy, d new line", "drove der trucks": a lower-case "d" or "der" the
    fix kept, with the word it may be ("the", "there" or "their"); "" for a grade's
    letter ("a d in maths", "vitamin d levels") or a name after it."""
    if not (previous.isalpha() and following.isalpha()) or after[:1].isupper():
        return ""
    if word == "d":
        # "plan b and d" is a label; "after milling and d dryer" is "the"
        labels = LETTER_LABELS - {"and", "or"}
        grade = previous in GRADE_LEADS or previous in labels or following in GRADE_WORDS
        return "" if grade or following in CLOSED_WORDS else "the"
    owned = following not in CLOSED_WORDS and lexicon.is_noun(following)
    return "their" if owned else "there"


# "a trial there 2 so", "it happened to me 2 and": a place, or someone after a word said
# with them, then "2" and a word that joins a new clause: "too" reads well, but it is
# only named ("gave them 2 so they ..." counts).
TOO_PLACES = frozenset({"there", "here"})
TOO_PEOPLE = frozenset({"me", "us", "them", "him", "her", "it", "that"})
TOO_PEOPLE_AFTER = frozenset({"to", "with", "for", "at", "from", "and", "n", "about", "on"})
TOO_THEN = frozenset({"so", "and", "n", "but", "as", "though", "tho", "lol"})


def _too_left(typed: list[str], place: int) -> bool:
    """ "there 2 so", "to me 2 but": a "2" that is likely "too" (see above)."""
    previous = typed[place - 1].lower()
    if previous in TOO_PLACES:
        return True
    return previous in TOO_PEOPLE and place > 1 and typed[place - 2].lower() in TOO_PEOPLE_AFTER


def _thing_then_kind(previous: str, following: str, typed: list[str], place: int) -> bool:
    """ "have budget 4 local materials", "a kit 4 new starters": a noun in the singular
    that is no verb's past or "-ing" form, then "4" and a describing word or a noun:
    "for" reads well, but the "4" may count what follows, so it is only named. Not
    after a label ("Year 4 reading"), a span or a figure's word ("at 4 local shops")."""
    if previous in NUMBER_LABELS or previous in COUNTED_SPANS or previous in SPAN_UNITS:
        return False
    if previous in FIGURE_BEFORE or previous in CLOSED_WORDS or _plural(previous):
        return False
    if not following.isalpha() or following in CLOSED_WORDS or following in COUNTED_SPANS:
        return False
    if not lexicon.is_noun(previous) or lexicon.verb_tags(previous) - {"NN", "VB", "VBP"}:
        return False
    if place > 1 and any(c.isdigit() for c in typed[place - 2]):
        return False  # "3 vans 4 trailers"
    return lexicon.is_adjective(following) or lexicon.is_noun(following)


def _things_then_things(previous: str, following: str, typed: list[str], place: int) -> bool:
    """ "on overnights 4 tournaments": a plural noun that is no verb's form, then "4" and
    a plural; "for" reads well, but the "4" may count them, so it is only named. Not
    spans ("2 weeks 4 days"), nor after a figure ("3 vans 4 trailers")."""
    if previous in COUNTED_SPANS or following in COUNTED_SPANS or lexicon.verb_tags(previous):
        return False
    if place > 1 and any(c.isdigit() for c in typed[place - 2]):
        return False
    plural = previous.endswith("s") and not previous.endswith("ss") and len(previous) > 3
    things = _plural(previous) or lexicon.is_english_word(previous[:-1])  # "overnights"
    return plural and things and _plural(following)


def _counted_next(typed: list[str], place: int) -> bool:
    """ "2 late shifts", "2 slow days": a noun after the word, which the "2" counts."""
    if typed[place][-1:] in ".,;:!?" or place + 1 >= len(typed):
        return False
    after = typed[place + 1].lower().strip(".,;:!?")
    return after.isalpha() and after not in CLOSED_WORDS and lexicon.is_noun(after)


def _figure_for_word(previous: str, following: str, typed: list[str], place: int) -> bool:
    """ "hurling 4 westmeath", "used 2 buy", "range 4 a month": a figure between words
    where no count goes; "worked 4 weekends", "level 2 kids", "did 4 a day", "4 new
    starters" (a plural a few words on) may count."""
    if previous in FIGURE_BEFORE or previous in NUMBER_LABELS or previous in COUNTED_SPANS:
        return False
    if following in OWNERS_NEXT:
        return True  # "sold 2 the same day" may count, but "2 the" is asked about
    if following in ("a", "an"):
        # "range 4 a month": after a noun that is no verb's form, no count; "did 4 a day"
        noun = lexicon.is_noun(previous) and not previous.endswith("s")
        return noun and not lexicon.verb_tags(previous) - {"NN", "VB", "VBP"}
    if following in CLOSED_WORDS or _plural(following) or following in COUNTED_SPANS:
        return False
    if not lexicon.is_english_word(following):
        return True  # "hurling 4 westmeath minors": a name after it, asked about
    if "VB" in lexicon.verb_tags(following) and previous in TO_BEFORE:
        return True  # "used 2 buy cattle"; "moved up 2 colour bands" counts
    counted = next_word(typed, place + 1)
    plural = counted.endswith("s") and not counted.endswith("ss") and len(counted) > 3
    describes = lexicon.is_adjective(following) or lexicon.is_noun(following)
    if describes and plural:
        # "trained 2 new baristas", "mentored 4 trainee sonographers": "2 cold drinks";
        # not "4 cold food"
        return False
    for word in typed[place + 2 : place + 4]:
        core = word.lower().strip(".,;:!?")
        if _plural(core) and core.isalpha():
            return False  # "2 new starters", "4 night shifts": counted
        if word[-1:] in ".,;:!?" or core in CLOSED_WORDS:
            break
    return True


def times_sign(text: str) -> bool:
    """ "6 casuals x £14/hr": an "x" between figures, a sum written as a note."""
    words = text.split()
    for at, word in enumerate(words[1:-1], start=1):
        if word.lower() != "x":
            continue
        before = " ".join(words[max(0, at - 2) : at])
        if any(c.isdigit() for c in before) and any(c.isdigit() for c in words[at + 1]):
            return True
    return False


def next_word(typed: list[str], place: int) -> str:
    return typed[place + 1].lower().strip(".,;:!?") if place + 1 < len(typed) else ""


def own_last(before: list[str], typed: list[str], place: int) -> bool:
    """ "at last job", "with last boss": phone style for "at my last job" ("at last," alone
    means finally)."""
    after = typed[place + 1].lower().strip(".,;:!?") if place + 1 < len(typed) else ""
    previous = before[-1].lower() if before else ""
    return previous in ("at", "from", "in", "on", "with") and after in WORKPLACES


def ends_phrase(word: str, typed: list[str], place: int) -> bool:
    """The word ends a phrase: the last one, or one with a comma or a stop after it."""
    return place == len(typed) - 1 or word[-1:] in ".,;:!?"


# The misspellings people make most in English (each one letter or a swap from the word),
# corrected in the fix: the checker does not flag a word the answers themselves use.
MISSPELLINGS = {
    "abot": "about", "foto": "photo", "fotos": "photos",  # not "foot": a photo's spelling
    "seperate": "separate", "seperately": "separately", "definately": "definitely",
    "definatly": "definitely", "recieve": "receive", "recieved": "received",
    "accomodate": "accommodate", "accomodation": "accommodation", "untill": "until",
    "occured": "occurred", "occuring": "occurring", "wich": "which", "thier": "their",
    "alot": "a lot", "goverment": "government", "tommorow": "tomorrow",
    "tommorrow": "tomorrow", "begining": "beginning", "beleive": "believe",
    "acheive": "achieve", "acheived": "achieved", "calender": "calendar",
    "enviroment": "environment", "existance": "existence", "experiance": "experience",
    "foward": "forward", "freind": "friend", "garantee": "guarantee", "greatful": "grateful",
    "immediatly": "immediately", "independant": "independent", "liase": "liaise",
    "maintainance": "maintenance", "maintenence": "maintenance", "neccessary": "necessary",
    "necessery": "necessary", "noticable": "noticeable", "occassion": "occasion",
    "persue": "pursue", "posession": "possession", "prefered": "preferred",
    "recomend": "recommend", "refered": "referred", "relevent": "relevant",
    "responsability": "responsibility", "succesful": "successful", "sucessful": "successful",
    "supercede": "supersede", "truely": "truly", "wierd": "weird", "writting": "writing",
    "managment": "management", "schedual": "schedule", "shedule": "schedule",
    "opportunites": "opportunities", "oppurtunity": "opportunity", "buisness": "business",
    "bussiness": "business", "intrested": "interested", "interveiw": "interview",
    "interviw": "interview", "availible": "available", "avaliable": "available",
    "dosnt": "doesn't", "evry": "every", "seperated": "separated", "seperating": "separating",
    "seperates": "separates", "seperation": "separation", "certifed": "certified",
    "aswell": "as well",
}  # fmt: skip


# "5 yrs exp", "freezer exp at Sysco": experience after a span or before these; not "exp
# 2026", "card exp in june" (a date: expiry).
EXPERIENCE_BEFORE = frozenset({"years", "year", "yrs", "yr", "months", "mths"})
EXPERIENCE_NEXT = frozenset({"in", "at", "with", "on", "as", "of", "from", "doing", "running"})
# "at my last co we ...", "prev co - about 3 weeks": the company where these name it.
OWN_COMPANY_BEFORE = frozenset({"last", "old", "previous", "prior", "former", "current"})
# "co" before these is a prefix ("my co workers") or a co-op: never the company.
CO_PREFIXED = frozenset({"op", "ops", "operative", "worker", "workers", "owner", "owners"})
# "cut the no shows", "loads of no shows": a noun there, so "no-shows"; "there were no
# shows on Monday", "we had no shows" (no performances) stay as typed.
NO_SHOWS_AFTER = frozenset({
    "the", "of", "fewer", "less", "more", "cut", "cutting", "cuts", "reduce", "reduced",
    "reducing", "reduces", "track", "tracking", "tracked", "chase", "chasing", "chased",
    "mentioned", "any", "many", "those", "these", "our", "your", "their", "my", "prevent",
    "preventing", "prevented", "stop", "stopping", "avoid", "avoiding", "handle", "handling",
    "manage", "managing", "a", "lost", "losing", "lose", "about", "on", "with", "for",
})  # fmt: skip
# "in like two months": "like" before a spelled-out count of these is "about".
SPELLED_COUNTS = frozenset({
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "hundred",
})  # fmt: skip
# After these "like" is no hedge: "more like 4", "something like 40", "felt like 10 min".
LIKE_COMPARES = frozenset({
    "more", "less", "something", "anything", "nothing", "look", "looks", "looked", "feel",
    "feels", "felt", "seem", "seems", "seemed", "sound", "sounds", "sounded", "just",
    "exactly", "much", "not", "i", "we", "you", "they", "he", "she", "would", "i'd", "really",
    "also", "don't", "didn't", "do", "did", "to", "who", "people",
})  # fmt: skip
# "in like two months", "for like five minutes": "like" there is a hedge.
LIKE_HEDGES_AFTER = frozenset({
    "in", "for", "took", "take", "takes", "taking", "was", "were", "is", "are", "be",
    "been", "after", "within", "at", "had", "got", "have", "has", "with", "maybe", "only",
    "around", "by", "over", "under", "waited", "worked", "spent", "lasted", "talked",
})  # fmt: skip


def experience_here(before: list[str], typed: list[str], place: int) -> bool:
    """ "5 yrs exp", "freezer exp at Sysco", "exp in retail": "experience"; "exp 2026",
    "exp date", "card exp in june" (an expiry) stay as typed."""
    following = next_word(typed, place)
    then = next_word(typed, place + 1)
    if following[:1].isdigit() or following in MONTHS or following in CALENDAR_DATES:
        return False
    if following in EXPERIENCE_NEXT:
        if then[:1].isdigit() or then in MONTHS or then in CALENDAR_DATES:
            return False
        return bool(before) and before[-1][-1:].isalpha()
    ends = typed[place][-1:] in ".,;:!?" or not following or following in CLOSED_WORDS
    return ends and previous_word(before) in EXPERIENCE_BEFORE


CALENDAR_DATES = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "date", "dates", "end", "next", "soon", "today",
    "tomorrow",
})  # fmt: skip


def own_company_here(before: list[str], typed: list[str], place: int) -> bool:
    """ "at my previous co we did", "prev co - about 3 weeks": the company, where a word
    of one's own workplace stands before it and no noun after it ("my last co worker")."""
    if previous_word(before) not in OWN_COMPANY_BEFORE:
        return False
    following = next_word(typed, place)
    if following in CO_PREFIXED or typed[place][-1:] == "-":
        return False
    ends = typed[place][-1:] in ".,;:!?" or not following or following in ("-", "–", "—")
    return ends or (following in CLOSED_WORDS and following not in ("op", "ops"))


def no_shows_here(before: list[str], typed: list[str], place: int) -> bool:
    """ "cut the no shows", "No shows went from 12 a week": "no-shows"; "there were no
    shows on Monday" (no performances) stays as typed."""
    if previous_word(before) != "no" or before[-1][-1:] not in "oO":
        return False
    ahead = previous_word(before, 2)
    if len(before) >= 2 and before[-2][-1:].isalpha() and ahead in NO_SHOWS_AFTER:
        return True
    if len(before) >= 2 and (ahead[:1].isdigit() and before[-2][-1:].isdigit()):
        return True  # "1 in 8 no shows"
    opening = len(before) == 1 or before[-2][-1:] in ".!?"
    if not opening or typed[place][-1:] in ".,;:!?":
        return False
    tags = lexicon.verb_tags(next_word(typed, place))
    return bool({"VBD", "VBZ", "VBP"} & tags) and next_word(typed, place) not in CLOSED_WORDS


def like_about(before: list[str], typed: list[str], place: int) -> bool:
    """ "in like two months", "for like 10 min": "like" as a hedge, "about"; "more like 4",
    "I like two things", "felt like 10 minutes" keep it."""
    previous = previous_word(before)
    following = next_word(typed, place)
    if previous in LIKE_COMPARES or what_like(before):
        return False  # "What's the roster like 4 new starters?": "what's it like", no hedge
    if following[:1] in tuple("0123456789£$€~"):
        return True  # "like £40 a week"
    if (
        not before
        or not before[-1][-1:].isalpha()
        or following not in SPELLED_COUNTS
        or previous not in LIKE_HEDGES_AFTER
    ):
        return False
    counted = next_word(typed, place + 1)
    return counted in COUNTED_SPANS or counted in PEOPLE_COUNTED


# "4 a day", "4 an hour", "4 a head": a count for each of these, so the "4" stays.
RATE_UNITS = frozenset({
    "day", "week", "month", "year", "hour", "minute", "second", "shift", "night", "session",
    "head", "piece", "pop", "side", "go", "time", "person", "weekend", "quarter", "term",
    "season", "dozen", "pair", "pound", "lb", "kilo", "kg", "bag", "box", "case", "unit",
    "pack", "room", "load", "trip", "visit", "round", "turn", "fortnight", "morning",
    "evening", "afternoon", "class", "table", "bed", "page", "pint", "cup", "job", "run",
    "lesson", "batch", "tray", "slot", "hr", "min", "wk", "yr", "mth", "sec", "penny",
})  # fmt: skip
# "for a bit", "for a chat", "for a road test": what a figure never counts one of.
FOR_A_THINGS = frozenset({
    "bit", "while", "chat", "look", "coffee", "cuppa", "trial", "test", "shadow", "tour",
    "walk", "quote", "drink", "catch", "reason", "change", "living", "road", "interview",
    "meeting", "start", "few",
})  # fmt: skip


def _for_a(previous: str, typed: list[str], place: int) -> bool:
    """ "mum 4 a bit", "free 4 a road test", "ready 4 a trial": "for a"; "did 4 a day",
    "4 a side", "£4 a pint" stay a count."""
    thing = next_word(typed, place + 1)
    if not previous.isalpha() or previous in FIGURE_BEFORE or thing in RATE_UNITS:
        return False
    return thing in FOR_A_THINGS or previous in FOR_BEFORE


def _for_doing(before: list[str], following: str, typed: list[str], place: int) -> bool:
    """ "a spotter 4 backing at hotels": a noun, "4", an -ing word ending its phrase;
    "Year 4 reading levels", "ran 4 housing estates", "4 training sessions" stay."""
    previous = previous_word(before)
    if not following.endswith("ing") or "VBG" not in lexicon.verb_tags(following):
        return False
    if previous in CLOSED_WORDS or previous in FIGURE_BEFORE or _labelled(before):
        return False
    if not before[-1].islower():
        return False  # "Cert 4 training", "NVQ 4 coaching": a name's number
    if not lexicon.is_noun(previous) or lexicon.verb_tags(previous) - {"NN"}:
        return False
    after = next_word(typed, place + 1)
    # "spotter 4 backing @ hotels": a mark standing for a word ends the phrase as the word would
    ends = after in CLOSED_WORDS or after in ("@", "&", "+", "w/", "->")
    return typed[place + 1][-1:] in ".,;:!?" or not after or ends


# "a list", "the backup list": what "4 same day ..." after them is for.
NOUN_LEADS = frozenset({"a", "an", "the", "my", "our", "your", "their", "his", "her", "this"})


def _for_same_day(before: list[str], typed: list[str], place: int) -> bool:
    """ "a backup list 4 same day cancels", "the rota 4 same-day cover": after a noun led by
    "a", "the", "my" (at most one word between), no figure counts "same day" work, so the
    "4" is "for"; "we had 4 same day cancels", "1 a week 4 same day" stay a count."""
    if typed[place + 1].lower() == "same" and next_word(typed, place + 1) != "day":
        return False
    noun = previous_word(before)
    if noun in CLOSED_WORDS or noun in RATE_UNITS or noun in COUNTED_SPANS or _labelled(before):
        return False
    if not lexicon.is_noun(noun) or len(before) < 2:
        return False
    lead = previous_word(before, 2)
    if lead in NOUN_LEADS:
        return True
    between = before[-2]
    plain = between.isalpha() and between.islower() and lead not in CLOSED_WORDS
    return plain and previous_word(before, 3) in NOUN_LEADS and lexicon.is_noun(lead)


# "What's the roster like", "what is the pay like": "like" closes the question.
WHAT_LIKE_LEADS = (("what's",), ("what’s",), ("whats",), ("what", "is"), ("what", "was"),
                   ("what", "are"), ("what", "were"))  # fmt: skip


def what_like(before: list[str], *, the: bool = False) -> bool:
    """The clause so far opens "what's …" / "what is …" with a word or more after it: a
    "like" next is the question's own ("what's the roster like"), not a hedge."""
    start = max((at + 1 for at, w in enumerate(before) if w[-1:] in ".!?;:,"), default=0)
    clause = [w.lower().strip('"“‘(') for w in before[start:]]
    lead = next((lead for lead in WHAT_LIKE_LEADS if tuple(clause[: len(lead)]) == lead), None)
    if lead is None or len(clause) <= len(lead):
        return False
    return not the or clause[len(lead)] == "the"  # "what's the roster", not "what's it"


def _people_or_things(typed: list[str], place: int) -> bool:
    """ "like 4 new starters?": describing words then a plural noun that ends the phrase,
    not a span of time ("like 4 weeks out") or a rate's unit: "for" them."""
    for at in range(place + 1, min(place + 4, len(typed))):
        word = typed[at].lower().strip(".,;:!?")
        ends = typed[at][-1:] in ".,;:!?" or at + 1 == len(typed)
        if word in COUNTED_SPANS or word.removesuffix("s") in RATE_UNITS:
            return False
        if _plural(word) and not lexicon.verb_tags(word) - {"VBZ"}:
            return ends or next_word(typed, at) in CLOSED_WORDS
        if not (word.isalpha() and lexicon.is_adjective(word) and not lexicon.is_noun(word)):
            return False
    return False


# After a lower-case "id" these say "I would" / "I had": "id love to", "id be glad".
I_WOULD_NEXT = frozenset({
    "be", "love", "like", "have", "rather", "say", "need", "want", "been", "had", "prefer",
    "suggest", "never", "also", "just", "probably", "definitely", "really", "happily",
    "already", "always", "still", "gladly",
})  # fmt: skip
# A doing word then these ("id run the CMM", "id check it"): what it is done to.
OBJECT_LEADS = frozenset({
    "the", "a", "an", "my", "your", "our", "their", "his", "it", "them", "this", "that",
    "these", "those", "every", "each", "all", "some", "any", "you", "u", "him", "us",
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


# "aides cancel last min": a verb then "last min" ending the clause is "at the last minute".
LAST_MIN_PARTICLES = frozenset({"out", "off", "in", "up", "down"})
# "my last min wage job": "min" for "minimum" before these.
MINIMUM_NEXT = frozenset({"wage", "wages", "pay", "salary", "rate", "order", "spend", "age"})


def last_minute(words: list[str], typed: list[str], place: int) -> str | None:
    """How "last min" reads, ``words[-1]`` being "last": "describes" before a noun ("last
    min cancels" -> "last-minute cancels"); "at the" after a verb at the clause's end ("aides
    cancel last min"); "the" after "at", "until", "to" ("left it to last min"); "" after
    "the" ("the last min of the shift"); None where it is not certain ("my last min wage")."""
    if previous_word(words) != "last" or not words[-1][-1:].isalpha():
        return None
    following = next_word(typed, place)
    if following in MINIMUM_NEXT:
        return None
    mark = typed[place][-1:] in ".,;:!?"
    if not mark and following.isalpha() and following not in CLOSED_WORDS:
        return "describes" if noun_described(typed, place + 1) else None
    before = previous_word(words, 2)
    if len(words) >= 2 and not words[-2][-1:].isalpha():
        return None  # "cancels, last min": no verb before it
    if before == "the":
        return ""
    if not (mark or not following or following in CLOSED_WORDS):
        return None
    if before in ("at", "until", "till", "til", "to"):
        return "the"
    verb = before.isalpha() and before not in CLOSED_WORDS and bool(lexicon.verb_tags(before))
    if before in LAST_MIN_PARTICLES and len(words) >= 3 and words[-3][-1:].isalpha():
        earlier = previous_word(words, 3)
        verb = earlier not in CLOSED_WORDS and bool(lexicon.verb_tags(earlier))
    return "at the" if verb else None


def noun_described(typed: list[str], at: int) -> bool:
    """ "last min cancels.", "same day cancels and no-shows": ``typed[at]`` a noun (or a
    verb's plural used as one, "cancels") ending its phrase, so the words before it describe
    it; "cancel last min leaves us short" (a verb with its object after it) is not."""
    word = typed[at].strip(".,;:!?")
    if not (word.isalpha() and word.islower()) or word in CLOSED_WORDS:
        return False
    if lexicon.is_adverb(word):
        return False  # "left it to last min once"
    tags = lexicon.verb_tags(word)
    if not (lexicon.is_noun(word) or (word.endswith("s") and tags == {"VBZ"})):
        return False
    after = next_word(typed, at)
    if typed[at][-1:] in ".,;:!?" or not after:
        return True
    return after in CLOSED_WORDS and after not in OBJECT_LEADS


def same_day_describes(typed: list[str], place: int) -> bool:
    """ "for same day cancels": "same day" before a noun describes it, one word
    "same-day"; "for same day and next day" stays."""
    if place + 2 >= len(typed) or typed[place + 1] != "day":
        return False
    return noun_described(typed, place + 2)


# Conditions named after a person, typed in lower case: their capital and apostrophe.
CONDITIONS = {
    "alzheimers": "Alzheimer's", "alzheimer's": "Alzheimer's", "alzheimer’s": "Alzheimer’s",
    "parkinsons": "Parkinson's", "parkinson's": "Parkinson's", "parkinson’s": "Parkinson’s",
    "aspergers": "Asperger's", "asperger's": "Asperger's", "asperger’s": "Asperger’s",
    "tourettes": "Tourette's", "tourette's": "Tourette's", "tourette’s": "Tourette’s",
    "crohns": "Crohn's", "crohn's": "Crohn's", "crohn’s": "Crohn’s",
}  # fmt: skip
DOWN_SYNDROME = {"down": "Down", "downs": "Down", "down's": "Down's", "down’s": "Down’s"}


def ampersand_kept(words: list[str], typed: list[str], place: int, names: tuple[str, ...]) -> bool:
    """ "Mason & Hamlin", "Hollis & Sons": an "&" between two capitalised words, or one
    in the company's or the reader's name, is the name's own and stays."""
    before = words[-1].lstrip("(\"'“‘") if words else ""
    after = typed[place + 1].lstrip("(\"'“‘") if place + 1 < len(typed) else ""
    if before[:1].isupper() and after[:1].isupper():
        return True
    said_before = [w.strip(".,;:()").lower() for w in words]
    said_after = [w.strip(".,;:()").lower() for w in typed[place + 1 :]]
    for name in names:
        parts = [p.strip(".,;:()").lower() for p in name.split()]
        if "&" not in parts[1:-1]:
            continue
        at = parts.index("&")
        head, rest = parts[:at], parts[at + 1 :]
        if rest[-1:] and rest[-1] in LEGAL_ENDINGS:
            rest = rest[:-1]  # "Hollis & Sons Ltd" typed "hollis & sons"
        if said_before[len(said_before) - len(head) :] == head and said_after[: len(rest)] == rest:
            return True  # the whole name as typed: "hollis & sons", not "lift & escalator work"
    return False


LEGAL_ENDINGS = frozenset({"ltd", "limited", "inc", "llc", "plc", "llp", "co"})


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


def tilde_spelled(core: str) -> str | None:
    """ "~25" -> "about 25", "~$40", "~25/month" -> "about 25 a month", "~half", "6~8"
    -> "6 to 8"; None where "~" is no such shorthand."""
    if core == "~":
        return "about"
    if core.startswith("~"):
        rest = figure_ish(core[1:]) or core[1:]  # "~250ish": about 250, once
        figure = rest[:1].isdigit() or (rest[:1] in "£$€" and rest[1:2].isdigit())
        if not figure and rest.lower() != "half":
            return None
        return "about " + (per_unit(rest) or number_and_unit(rest) or rest)
    low, tilde, high = core.partition("~")
    if not tilde or not low.lstrip("£$€").isdigit() or not high[:1].isdigit() or "~" in high:
        return None
    return f"{low} to {per_unit(high) or number_and_unit(high) or high}"


# "frm d fishing festival", "rest d paddy", "is d shift": a lower-case "d" is "the" after
# a word that leads to a noun (a place word, "is", a doing word) and before a noun or a
# describing word; "a d in maths", "vitamin d", "grade d" are grades and labels.
THE_AFTER = frozenset({
    "from", "frm", "to", "at", "in", "on", "of", "for", "with", "about", "abt", "into",
    "onto", "by", "near", "after", "aftr", "before", "b4", "during", "over", "under",
    "through", "thru", "is", "are", "was", "were", "w/", "@",
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
    verb = bool({"VB", "VBD", "VBZ", "VBP"} & tags) and previous not in CLOSED_WORDS
    return verb and previous not in lexicon.MODALS and not lexicon.is_adjective(previous)


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
    return known and not _counted_next(typed, place + 2)


# "the 1st of May", "May 1st", "by the 1st": a date; "came 1st in the cup": a place won.
FIRST_NOT_AFTER = frozenset({"came", "come", "finished", "placed", "ranked", "won", "got"})
FIRST_NEXT = frozenset({"then", "and", "before", "n"})


def first_here(before: list[str], typed: list[str], place: int) -> bool:
    """ "automate the regression cases 1st, run ...", "plate the starters 1st": "first"
    ending a phrase after a noun or a doing word; not a date nor a rank."""
    if typed[place].strip(".,;:!?") != "1st" or not before or not before[-1][-1:].isalpha():
        return False
    previous = previous_word(before)
    if previous in CLOSED_WORDS or previous in FIRST_NOT_AFTER or previous in MONTHS:
        return False
    if previous in MONTH_NAMES or not previous.isalpha():
        return False
    return ends_phrase(typed[place], typed, place) or next_word(typed, place) in FIRST_NEXT


MONTH_NAMES = frozenset(month.lower() for month in MONTHS.values())
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
