"""The word tables of phone shorthand in a wizard answer: what is spelled out wherever it
stands ("thx", "ppl", "dont"), what only as typed in lower case ("nt", "rm"), what only in
its place ("w", "n", "co"), what the step names and asks about ("req", "OT"), the calendar's
short forms, units, common misspellings, and the word-position helpers (``previous_word``,
``next_word``, ``ends_phrase``) every shorthand test reads its neighbours with.
Plain data and pure functions; no regular expressions.
"""

from __future__ import annotations

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
    "esp": "especially", "prev": "previous", "std": "standard",
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
# the Royal Marines, "ACC", "BC" British Columbia) or a title ("Engr. Dizon"), so "nt",
# "rm", "acc", "bc" are spelled out only as typed, and not where a label, a figure or a
# name says otherwise (``lower_shorthand_here``).
LOWER_SHORTHAND = {
    "nt": "not", "rm": "room", "acc": "account", "accs": "accounts",
    "gd": "good", "bsc": "BSc", "engr": "engineer", "engrs": "engineers", "bc": "because",
}  # fmt: skip
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
WEEKDAYS = frozenset(day.lower() for day in DAYS.values())


def previous_word(words: list[str], back: int = 1) -> str:
    """The word ``back`` places before, as the fix has it so far, lower case."""
    return words[-back].lower().strip(".,;:!?") if len(words) >= back else ""


def next_word(typed: list[str], place: int) -> str:
    return typed[place + 1].lower().strip(".,;:!?") if place + 1 < len(typed) else ""


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
    # set AE (a drainage engineer, an internal auditor typing fast)
    "arnt": "aren't", "wernt": "weren't", "reconcilation": "reconciliation",
    "reconcilations": "reconciliations", "apprentiship": "apprenticeship",
    "apprenticship": "apprenticeship", "apprentiships": "apprenticeships",
    # two letters of the commonest short words swapped (set AF: "teh same show", "adn
    # packing"), which the spelling pass leaves to words of four letters or more
    "teh": "the", "hte": "the", "adn": "and", "wiht": "with", "yuo": "you", "thsi": "this",
    "tihs": "this", "ahve": "have", "hvae": "have", "woudl": "would", "coudl": "could",
    "shoudl": "should", "wehn": "when", "whihc": "which", "becasue": "because",
}  # fmt: skip
# "teh tarik", "teh o": the Malay word for tea, before the drink's own word, is no typo.
MISSPELLED_UNLESS_NEXT = {
    "teh": frozenset({"tarik", "halia", "o", "c", "peng", "ais", "susu", "botol", "manis"}),
}
# A doing word then these ("id run the CMM", "id check it"): what it is done to.
OBJECT_LEADS = frozenset({
    "the", "a", "an", "my", "your", "our", "their", "his", "it", "them", "this", "that",
    "these", "those", "every", "each", "all", "some", "any", "you", "u", "him", "us",
})  # fmt: skip

# Conditions named after a person, typed in lower case: their capital and apostrophe.
CONDITIONS = {
    "alzheimers": "Alzheimer's", "alzheimer's": "Alzheimer's", "alzheimer’s": "Alzheimer’s",
    "parkinsons": "Parkinson's", "parkinson's": "Parkinson's", "parkinson’s": "Parkinson’s",
    "aspergers": "Asperger's", "asperger's": "Asperger's", "asperger’s": "Asperger’s",
    "tourettes": "Tourette's", "tourette's": "Tourette's", "tourette’s": "Tourette’s",
    "crohns": "Crohn's", "crohn's": "Crohn's", "crohn’s": "Crohn’s",
}  # fmt: skip
DOWN_SYNDROME = {"down": "Down", "downs": "Down", "down's": "Down's", "down’s": "Down’s"}

MONTH_NAMES = frozenset(month.lower() for month in MONTHS.values())
