"""Word lists the wizard's answer checks (``answer_case``, ``answer_fixes``) look words up in:
plain sets of lower-case words, so a lookup is the whole cost; and ``bare_word``, a typed
word in the form those lists hold."""

from letters.quality import words as quality_words


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Trade acronyms people type in lower case on a phone.
ACRONYMS = _words(
    """
    hr ascp ase cdl cma cna cnc cpa crm cvt emt epa erp eta fai fifo gpa hvac icu kpi lpn
    mlt nate osha ppe pta rda rn sla usps
    cisrs cscs ipaf pasma
    """
)

FILLERS = _words(
    """
    haha hahaha imo lmao lol lolol tbh
    """
)

PREPOSITIONS = _words(
    """
    about across after around as at before behind between by during for from in into of
    on onto over through to under with within without
    """
)

QUESTION_WORDS = _words(
    """
    are can could did do does has have how is may might shall should was were what
    what's whats when where which who why will would how's how’s what’s where's where’s
    who's who’s when's when’s
    """
)

# Verbs a note may start with ("slot the fast movers near packing", "ran my own calls").
BASE_VERBS = _words(
    """
    photo photograph video email film text
    add answer ask audit batch book bring build call check clean close coach come cost
    count cover create cut do draft drop fill fix get give go hire hold keep label lead
    load make manage map mark measure meet move offer order organise organize paint pair
    pick plan post precool prep print put rebuild record reorder replace review rotate
    route run schedule send set share show sit slot sort split stagger start stock swap
    switch take talk teach test text track train try update use walk write
    """
)

PAST_VERBS = _words(
    """
    became began booked brought built cleared coached created cut designed dropped drove
    fixed found gave got grew handled held hired improved increased kept knew launched
    led lowered made managed met moved opened oversaw put raised ran rebuilt reduced
    saved set sold spent started supervised taught took trained won worked wrote
    """
)

# A word before "years" in "Seven years clinical experience".
NUMBER_WORDS = _words(
    """
    eight eleven fifteen five four nine one seven six ten three twelve twenty two
    """
)

SPAN_UNITS = _words(
    """
    months seasons summers year years
    """
)

# "I am ..." before these; "I am a ..." when a noun follows the credential.
STATE_WORDS = _words(
    """
    able bilingual comfortable experienced familiar fluent happy proficient ready
    strong confident skilled good great solid
    """
)

CREDENTIALS = _words(
    """
    certified credentialed licensed qualified registered
    """
)

GAIN_STARTS = _words(
    """
    better bigger cleaner consistent faster fewer happier higher less lower more no
    quicker safer same-day shorter smaller
    """
)

# A problem said in the user's own voice already: "You said ...", "Our ...".
OWN_STARTS = _words(
    """
    i i'd my our their they we you your
    """
)

AMOUNT_STARTS = _words(
    """
    about almost around half maybe nearly over roughly up
    """
)

PAST_MARKERS = _words(
    """
    got had last my our previous was went were
    """
)

FIRST_PERSON = _words(
    """
    i i'd i'll i'm i've let's me my our us we we'd we'll we're we've
    """
)

THIRD_SUBJECTS = _words(
    """
    he he's he’s she she's she’s he'd she'd he’d she’d he'll she'll
    """
)

# People other than the reader an answer may speak of: "she" or "her" after one of them
# may mean that person ("my nan ... and she remembered her"), so "you" is not certain.
OTHER_PEOPLE = _words(
    """
    nan nana nanna gran granny grandma grandmother grandad granddad grandpa grandfather
    nonna nonno yiayia papou mum mom mam ma dad da pa mother father aunt auntie aunty
    uncle cousin brother bro sister sis wife husband partner son daughter boyfriend
    girlfriend mate mates friend friends pal colleague colleagues boss teacher professor
    prof lecturer tutor coach guy bloke lad lass girl boy woman man lady neighbour
    neighbor kid kids baby
    """
)

# "I told her mine was the same", "I gave her my CV", "I thanked her for the tour": "her"
# is the reader as an object ("you"), not an owner, before these ("hear from her soon").
NOT_AFTER_HER = _words(
    """
    about and how so that what when why i i'd i'm i've we you they he she it there
    mine yours ours theirs hers me us them him my our your their
    to for with at from by of into onto over through after before since during until till
    as than like on in off out up down around round across along
    soon again later today tomorrow tonight too also now then here yet once
    personally directly anytime sometime
    """
)

# Words that make a place's name with the one before it: "kentucky lake", "boston college".
NAMED_PLACES = _words(
    """
    academy college school club hospital centre center street road park hotel university
    church hall arena stadium store lake river county beach valley bay island mountains
    depot garage yard works plant mill station
    """
)

CALENDAR_WORDS = _words(
    """
    easter christmas
    monday tuesday wednesday thursday friday saturday sunday january february
    april june july august september october november december jan feb mar apr jun jul
    aug sep sept oct nov dec mondays tuesdays wednesdays thursdays fridays saturdays
    sundays
    """
)

LANGUAGE_WORDS = _words(
    """
    english spanish french german italian portuguese chinese mandarin cantonese
    vietnamese korean japanese arabic russian polish tagalog hindi
    """
)

# Peoples and their languages, written only with a capital ("a dutch group", "kiswahili
# and maa"): taken with the languages. Not "danish" (a pastry), "welsh" (a verb), "afghan"
# (a blanket), "roman" ("roman numerals"), "kiwi" (a fruit), "swede" (a turnip).
NATIONALITY_WORDS = _words(
    """
    dutch afrikaans swahili kiswahili maori zulu xhosa sesotho setswana filipino irish
    scottish british american canadian australian african kenyan nigerian ghanaian
    ugandan tanzanian indian pakistani bangladeshi punjabi urdu bengali tamil gujarati
    malay indonesian thai samoan tongan fijian greek turkish swedish norwegian finnish
    icelandic hungarian romanian bulgarian ukrainian croatian serbian somali amharic
    ethiopian yoruba igbo hausa maasai mexican brazilian european asian scandinavian
    hebrew farsi nepali sinhala burmese egyptian moroccan lebanese jamaican
    colombian peruvian chilean argentinian hawaiian
    """
)

# English's small closed classes, as the wizard's fixes need them: the checker's
# determiners, and the words these fixes may lower-case or join.
DETERMINERS = quality_words.DETERMINERS

CLOSED_WORDS = DETERMINERS | _words(
    """
    about across after around as at before between but by can could did do does during
    for from had has have i if in into is it me not of on onto or over per should so
    than then through to under us via was we were will with within without would you and
    are be been he she they them him
    """
)


# Shortened trade words no one capitalises: "first aid cert current", "a falcon ute"
# ("Ute" is a name too).
TRADE_SHORT = frozenset({
    "cert", "certs", "spec", "specs", "temp", "temps", "prep", "admin", "reno", "renos",
    "rego", "ute", "utes", "uni", "ops", "comms", "dev", "devs", "info", "docs", "vet",
    "eco", "mpg",  # "the eco driving course", "9.1 mpg": written in lower case
    "physio", "physios",  # a physiotherapist, or the therapy: "a physio assistant"
    # everyday words cut short that no dictionary lists: "lab techs", "a condo tower"
    "lab", "labs", "condo", "condos", "rehab",
    # chemotherapy, paediatrics, orthopaedics: the clinic's clipped words
    # ("her chemo trial", "a peds unit"), no name and no letters
    "chemo", "peds", "paeds", "ortho", "onc", "neuro", "cardio",
    # battery, auxiliary, detonator, diagnostic, electrician: the garage's, the ship's
    # and the quarry's clipped words, no name and no letters ("flat aux batts")
    "batt", "batts", "aux", "det", "dets", "diag", "diags", "elec", "elecs",
    "ag",  # agricultural, the farm trades' clipped word: "ag pilot", "ag contractor"
    "isos",  # isometric drawings, the pipefitter's plural ("read isos"); "ISO 9001" is one
})  # fmt: skip
# A trade's own words that the dictionaries lack or take for a slip of a common word:
# the still's "lyne arm" (not "line"), a "feinty" spirit, the cooper's "cooperage", the
# actuary's "persistency" (policies kept in force). Never corrected, never asked about.
TRADE_WORDS = frozenset({
    "lyne", "lynes", "feinty", "cooperage", "cooperages", "persistency",
})  # fmt: skip
# Currency codes, written in capitals ("USD 60", "300 GBP"); "cad" and "php" are words
# too, so a code is capitalised only beside a figure.
CURRENCY_CODES = _words(
    """
    usd gbp eur aud nzd cad zar kes tzs ugx inr jpy chf sek nok dkk sgd hkd aed ngn ghs
    """
)

# Finite verb forms a clause has and a note has not: "is", "can", "didn't".
FINITE_FORMS = frozenset({
    "is", "are", "was", "were", "am", "be", "been", "being", "has", "have", "had", "do",
    "does", "did", "can", "could", "will", "would", "shall", "should", "may", "might",
    "must", "isn't", "aren't", "wasn't", "weren't", "don't", "doesn't", "didn't", "won't",
    "can't", "couldn't", "wouldn't", "shouldn't", "hasn't", "haven't", "hadn't",
})  # fmt: skip


# Marks around a word that are no part of it: stops, commas, quotes and brackets.
WORD_MARKS = '.,;:!?"“”()'
# Marks after a word that end its clause (or a list item).
CLAUSE_END = ",.;:!?"


def bare_word(word: str) -> str:
    """ "(Tuesday’s," -> "tuesday's": the word without the marks around it, its curly
    apostrophe made straight, in lower case; the form the slip checks look words up in."""
    return word.strip(WORD_MARKS).replace("’", "'").lower()


def ends_clause(word: str) -> bool:
    """ "shift," "(late)." : a mark after the word, past any closing quote or bracket,
    ends the clause (or a list item) there."""
    return word.rstrip('"”)')[-1:] in CLAUSE_END


def typed_span(words: list[str], start: int, end: int) -> str:
    """The words from ``start`` to ``end`` as typed, without the marks around each."""
    return " ".join(w.strip(WORD_MARKS) for w in words[start:end])
