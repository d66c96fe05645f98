"""Facts the app knows, checked against the letter: the firm where the employer belongs,
the role, the interview's day, the people met and the sender's own name.

A letter copied from another application gives itself away in these: "the Marlow
Manufacturing finance team" to Pellham Foods, "the Data Analyst role" for a nursing
post, "Thank you for Tuesday" after a Thursday interview, "Sarah" who was not on the
panel, a signature with someone else's name, "so that Clearpane Glazing Ltd can show
the client" in the writer's offer of work to come. Each is checked only when the app (or
``letter_check``'s options) knows the fact.

Work is linear: names are read token by token, never by a regular expression over the
letter.
"""

from __future__ import annotations

import re
from datetime import date

from letters.quality import lexicon
from letters.quality.context import Context
from letters.quality.jobterms import JOB_TERMS
from letters.quality.patterns import (
    FIRST_PERSON,
    JOB_HEADS,
    ROLE_NOUNS,
    SECOND_PERSON,
    TIME_WORDS,
    TITLES,
    word_set,
)
from letters.quality.readiness import PLACEHOLDER_RE
from letters.quality.rules import Finding, finding
from letters.quality.sentences import WORD_RE, is_not_judged
from letters.quality.spelling import is_sign_off
from letters.quality.text import (
    PARENTHESIS_RE,
    first_name,
    fold,
    may_be_short_for,
    name_tokens,
    split_sentences,
    stem,
)
from letters.quality.words import DETERMINERS, PREPOSITIONS

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")  # fmt: skip
# What an employer has: "the Marlow Manufacturing finance team", "the Tidepool pipeline".
ORG_NOUNS = word_set(
    "team teams staff crew crews finance office offices store stores site sites ward wards "
    "unit units department departments pipeline plant plants warehouse warehouses board "
    "kitchen kitchens shop shops clinic clinics school schools hospital floor fleet branch "
    "branches group engineering operations ops accounts payroll customers clients "
    "patients students leadership managers lads guys folks engineers techs nurses drivers "
    "fitters chefs cooks"
)
# Places a firm has: a name before one is a town or a branch ("the Dayton store").
PLACES = word_set(
    "store stores site sites branch branches location locations plant plants warehouse "
    "warehouses station stations clinic clinics depot depots yard yards campus campuses "
    "ward wards office offices"
)
PAST_WORK = frozenset({"worked", "work", "led", "ran", "managed", "was", "were", "built"})
JOINING = frozenset({"join", "joining", "joined"})
OFFERING = frozenset(
    {"i'd", "happy", "glad", "can", "could", "would", "shall", "send", "bring", "share", "offer"}
)
MEETING_CUES = word_set(
    "thank thanks met meeting meet interview interviewing conversation talking talk spoke "
    "speaking chat chatting visit tour showing showed"
)
PLANNING = frozenset({"will", "can", "could", "would", "shall", "i'll", "i'd", "let's"})
FUTURE_CUES = word_set("next by until before from this will can could would shall")
ROLE_COMPOUND_RE = re.compile(r"\b(?:role|position|job|opening|post|vacancy)-\w+", re.IGNORECASE)
MAX_SPANS = 60
# Words as written, and "&" (it joins firm names: "Whitmore & Pryce").
FIRM_WORD_RE = re.compile(WORD_RE.pattern + "|&")


def check_facts(subject: str, letter_body: str, body: str, context: Context) -> list[Finding]:
    """``letter_body``: up to the sign-off; ``body``: the whole text (the signature)."""
    sentences = [s for s in split_sentences(letter_body) if not is_not_judged(s)]
    return [
        *_other_firm(sentences, context),
        *_role(subject, sentences, context),
        *_day(sentences, context),
        *_people(sentences, context),
        *_signature(letter_body, body, context),
    ]


# --- another firm where the employer belongs -------------------------------------------


def _words(sentence: str) -> list[str]:
    words = [w.replace("’", "'").rstrip(".") for w in FIRM_WORD_RE.findall(sentence[:4000])]
    return [w for w in words if w][:200]


def _spans(words: list[str]) -> list[tuple[int, int, bool]]:
    """Capitalised names (start, end, possessive): "Marlow Manufacturing",
    "Tidepool's", "Whitmore & Pryce"."""
    spans, i = [], 0
    while i < len(words) and len(spans) < MAX_SPANS:
        word = words[i]
        if not _capitalised(word) or (i == 0 and _ordinary(word)):
            i += 1  # "If Tidepool's ...": "If" only starts the sentence
            continue
        j = i + 1
        possessive = word.lower().endswith("'s")
        while not possessive and j < len(words):
            nxt = words[j]
            if _capitalised(nxt):
                possessive = nxt.lower().endswith("'s")
                j += 1
            elif nxt in {"&", "and", "of"} and j + 1 < len(words) and _capitalised(words[j + 1]):
                j += 1
            else:
                break
        spans.append((i, j, possessive))
        i = j
    return spans


def _ordinary(word: str) -> bool:
    lower = word.lower()
    return lexicon.zipf(lower) >= 5 or lexicon.is_english_word(lower)


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word.lower() not in {"i", "i'd", "i'm", "i've", "i'll"}


def _name_of(words: list[str], start: int, end: int) -> str:
    parts = [w[:-2] if w.lower().endswith("'s") else w for w in words[start:end]]
    return " ".join(parts)


def _is_firm_like(name: str, start: int, context: Context) -> bool:
    """A name that could be another company: not the context's people or company, no
    day or title, no ordinary word at a sentence start, no product the trades use."""
    parts = name_tokens(name)
    if not parts:
        return False
    folded = [fold(p) for p in parts]
    known = (
        context.name_words | context.proper_nouns | {fold(w) for w in name_tokens(context.sender)}
    )
    # The trade word of the employer's name names no one: "Ridgeline Roofing" is not
    # "Summit Roofing Co." for sharing "Roofing".
    shared_trade = _trade_words(context.company) if len(folded) > 1 else set()
    if any(f in known and f not in shared_trade for f in folded):
        return False
    if all(f in TIME_WORDS or f in TITLES or f in JOB_TERMS for f in folded):
        return False
    if len(folded) > 1 and folded[0] in TITLES:
        return False  # "Prof. Mahlangu's old group", "Dr Okafor's team": a person by title
    if len(parts) == 1:
        word = parts[0]
        if word.isupper() or (start == 0 and lexicon.is_english_word(word.lower())):
            return False
        return not lexicon.is_english_word(word.lower()) and lexicon.zipf(word.lower()) < 4.5
    return not all(lexicon.zipf(f) >= 4.5 for f in folded)


# The closing word of a firm's name: a business form ("Ltd", "Co") or a word for what
# firms of a trade sell. A trade's -ing word ("Roofing", "Heating") counts too.
FIRM_ENDINGS = word_set(
    "ltd ltd. inc inc. llc llp plc co co. company corp corporation group services solutions "
    "construction contractors contracting partners associates industries builders electric "
    "electrical mechanical logistics haulage transport farms dairy bakery salon studio "
    "practice surgery clinic pharmacy veterinary dental"
)


def _trade_words(company: str) -> set[str]:
    """The words of the employer's name after its first: its trade and business form;
    not a client named in brackets ("Meridian Staffing (for Harbor Freight Foods)")."""
    return {fold(w) for w in name_tokens(PARENTHESIS_RE.sub(" ", company))[1:]}


def _firm_shaped(name: str) -> bool:
    """A proper name then a business word: "Ridgeline Roofing", "Acme Heating Ltd",
    "Harbor Logistics" (not "Google Sheets", not a person)."""
    parts = name_tokens(name)
    if len(parts) < 2 or lexicon.zipf(fold(parts[0])) >= 5:
        return False
    last = fold(parts[-1])
    return last in FIRM_ENDINGS or (
        last.endswith("ing") and lexicon.GERUND in lexicon.verb_tags(last)
    )


def _reported_subject(lowered: list[str], start: int, end: int, first_person_before: bool) -> bool:
    """ "You mentioned that Ridgeline Roofing keeps over-ordering": the firm is what the
    reader spoke of as theirs: after "you said/mentioned (that)", the subject of a verb,
    and nothing of the reader's ("your", "you") after it, as a supplier or rival has."""
    if first_person_before or start < 2 or not set(lowered[:start]) & SECOND_PERSON:
        return False
    if not set(lowered[max(0, start - 3) : start]) & (SAID | {"that"}):
        return False
    verb = lowered[end] if end < len(lowered) else ""
    if not verb or not lexicon.verb_tags(verb) & {lexicon.THIRD_PERSON, lexicon.PAST}:
        return False
    return not set(lowered[end:]) & SECOND_PERSON


def _other_firm(sentences: list[str], context: Context) -> list[Finding]:
    if not context.company:
        return []
    own: set[str] = set()
    slotted: list[str] = []
    firms: dict[str, str] = {}  # a firm-shaped name's first word -> the name
    for sentence in sentences:
        words = _words(PLACEHOLDER_RE.sub(" ", sentence))  # "[Clinic Name]" is told apart
        lowered = [w.lower() for w in words]
        for start, end, possessive in _spans(words):
            name = _name_of(words, start, end)
            if not _is_firm_like(name, start, context):
                continue
            before = lowered[max(0, start - 6) : start]
            first_person_before = bool(set(lowered[:start]) & FIRST_PERSON)
            preposition = lowered[start - 1] if start else ""
            past = _writers_past(lowered, start, end)
            side = _readers_side(lowered, start, end, possessive)
            if side and not past:
                slotted.append((name, side == SURE))  # "the team at The Gannet", "join X"
                continue
            if past or (first_person_before and preposition in {"with", "of"}):
                own.add(fold(name))  # "At Harlow Industries I built", "my old team at X"
                continue
            if start == 0 and set(lowered[end : end + 4]) & FIRST_PERSON:
                own.add(fold(name))  # "Loomwork taught me"
            if _firm_shaped(name):
                firms.setdefault(fold(name_tokens(name)[0]), name)
            slot = _in_employer_slot(lowered, start, end, possessive, first_person_before, before)
            slot = slot or _in_work_to_come(name, lowered, start, first_person_before)
            if slot:
                slotted.append((name, slot == SURE or _names_the_role(lowered, context)))
            elif _firm_shaped(name) and _reported_subject(lowered, start, end, first_person_before):
                slotted.append((name, False))  # what they said of it: a supplier, perhaps
    firms = {short: name for short, name in firms.items() if fold(name) not in own}
    if firms:
        # An offer of work to come on "the next five Ridgeline jobs": no past of the writer's.
        slotted += [(n, True) for n in _short_forms_offered(sentences, firms)]
    wrong = [(n, sure) for n, sure in slotted if fold(n) not in own]
    if not wrong:
        return []
    # The name, sure when any of its places is the employer's beyond doubt ("join X"), or
    # when it stands there twice: a reused letter names its firm throughout.
    name = next((n for n, sure in wrong if sure), wrong[0][0])
    head = name_tokens(name)[0]
    places = [sure for n, sure in wrong if fold(name_tokens(n)[0]) == fold(head)]
    named = sum(head in {w.removesuffix("'s") for w in _words(sentence)} for sentence in sentences)
    sure = any(places) or max(len(places), named) >= SEVERAL_PLACES
    message = f"The letter names {name} where {context.company} belongs."
    return [
        finding(
            "other_company", message, capped=True, sure=sure, name=name, company=context.company
        )
    ]


# How sure a place is the employer's: "join X", "the team at X" beyond doubt; "you ... at
# X" may be the writer's own past or a customer of theirs.
SURE, UNSURE = "sure", "unsure"
SEVERAL_PLACES = 2


def _names_the_role(lowered: list[str], context: Context) -> bool:
    """The sentence names the role applied for ("the sous chef job at X")."""
    role = [fold(w) for w in name_tokens(context.role)]
    if not role:
        return False
    text = " ".join(lowered)
    return " ".join(role) in text


# Where a name stands for the employer: "the team at X", "here at X", "the people at X".
READER_SIDE_BEFORE = ORG_NOUNS | word_set(
    "here people folks everyone everybody start starting gang bunch family lot"
)
# The employer's people, named by the firm: "the Foxglove crew", "the Pemberton customers"
# (not "the Riverside floor" or "the Dayton store", a place of theirs).
FIRM_PEOPLE = word_set(
    "team teams staff crew crews customers clients patients guests diners lads gang family "
    "chefs cooks drivers nurses engineers fitters folks"
)
# The writer's past: "my last/previous/old ...", "back at", "before that", "years at".
FORMER_CUES = word_set("last previous old former ex ex- back before years months current currently")
VISITED = word_set("met visited interviewed toured")
# A stretch of the writer's working life: "my time at X", "my stint at X".
SPELLS = word_set("time days stint spell tenure years months apprenticeship placement")
SERVING = word_set("represent representing serve serving help")
# The writer's future with the employer: "I'd ...", "count me in for ... at X".
FUTURE_FRAME = word_set("i'd i'll would will could can count hope hoping")
GROWING = word_set("grow growing work working contribute contributing career future")
# What a firm has, said of it by the reader: "X has a backlog", "X needs a cook".
HAVING = word_set("has had needs needed wants wanted")
RARE = 3.5  # Zipf: a coined name ("Kestrel" 2.6), not a product of common words


def _coined(lowered: list[str], start: int, end: int) -> bool:
    """A name with a word nobody writes much ("Foxglove" 2.6), not "the Google team"."""
    return any(lexicon.zipf(w.removesuffix("'s")) < RARE for w in lowered[start:end])


def _is_named_like_a_firm(lowered: list[str], start: int, end: int) -> bool:
    """ "The Kestrel has a backlog", "Pennywhistle keeps running short of cooks": a coined
    name, the subject of a verb of having, or of any verb with people or a team of its
    own after it; not "Google Sheets keeps losing the order list", a product."""
    if end >= len(lowered) or not _coined(lowered, start, end):
        return False
    return lowered[end] in HAVING or bool(set(lowered[end + 1 :]) & ORG_NOUNS)


# Words of the reader's future with the writer: "from my first week", "from day one".
FUTURE_WITH_YOU = word_set("first start starting join joining once when")


# What the writer took in at the interview, not where they worked.
PERCEIVED = word_set("enjoyed loved liked heard learned learnt saw noticed admired appreciated")
# Words that open a clause of the name's own: "how X has grown", "that X keeps ...".
CLAUSE_OPENERS = word_set("how what why that whether")


def _writers_past(lowered: list[str], start: int, end: int) -> bool:
    """The name is where the writer worked: "my last job at X", "I worked at X", "At X I
    built ...", "back at X". Told by a word of the past before the name, or by a verb in
    the past tense of the writer's near it ("I worked at", "At X I ran")."""
    before = lowered[max(0, start - 6) : start]
    if set(before) & FORMER_CUES:
        return True
    if any(a in {"my", "our"} and b in SPELLS for a, b in zip(before, before[1:], strict=False)):
        return True  # "from my time at X", "my stint at X", "our days at X"
    if before[-2:] in (["as", "at"], ["like", "at"]):
        return True  # "As at Harbour Lane, I'd cost every dish": a comparison with the past
    if 0 < start <= 2 and lowered[0] in PREPOSITIONS and set(lowered[end : end + 3]) & {"i", "we"}:
        return True  # "On the Tararua gang we put ...", "At Delta, we ...": where the writer was
    for i in range(max(0, start - 5), min(len(lowered), end + 4)):
        word = lowered[i]
        if start <= i < end or not lexicon.verb_tags(word) & {lexicon.PAST}:
            continue
        if word in VISITED or word in PERCEIVED:
            continue  # "everyone I met at X", "I enjoyed hearing ...": the interview
        if i < start and set(lowered[i + 1 : start]) & CLAUSE_OPENERS:
            continue  # "I enjoyed hearing how X has grown": X's own story, not the writer's
        if lexicon.verb_tags(word) & {lexicon.BASE, lexicon.THIRD_PERSON} and word != "had":
            continue  # "put", "cut", "read": not told apart from the present
        if set(lowered[max(0, i - 3) : i]) & (FIRST_PERSON | {"who", "where"}):
            return True  # "I worked at X", "we had it at X", "At X I built"
    return False


def _readers_side(lowered: list[str], start: int, end: int, possessive: bool) -> str:
    """The name stands where the employer belongs: "the team at The Gannet", "here at X",
    "join X", "X's customers", "the people at X", "your X crew", "grow with X",
    "everyone I met at X", "you said X keeps ..." (not "the X store", a place of theirs).
    ``SURE`` when the words leave no doubt, ``UNSURE`` when the name may also be the
    writer's own past ("on your backlog: I quote jobs at X"), "" when it is no such place."""
    preposition = lowered[start - 1] if start else ""
    two_before = lowered[start - 2] if start > 1 else ""
    after = lowered[end : end + 2]
    if after[:1] and after[0] in PLACES or _names_a_thing(lowered, start, end):
        return ""  # "your Hartley site", "at Dunmore pit": a place of theirs
    if preposition == "at" and two_before in READER_SIDE_BEFORE:
        return SURE  # "the crew at Pennywhistle", "here at Ostrava Mills", "start at X"
    if preposition in JOINING or two_before in JOINING or preposition in SERVING:
        return SURE  # "join X", "represent X"
    if preposition == "your" and set(after) & ORG_NOUNS:
        return SURE  # "your Brackenford crew"
    if (
        preposition == "the"
        and after[:1]
        and after[0] in FIRM_PEOPLE
        and _coined(lowered, start, end)
    ):
        return SURE  # "the Foxglove crew", "the Pemberton customers"
    if preposition == "of" and two_before == "part":
        return SURE  # "part of Wexcombe's next chapter"
    if preposition in {"with", "for", "at"} and two_before in GROWING:
        return SURE  # "grow with X", "to work for X" (a past "worked for" is told first)
    if preposition == "at" and set(lowered[max(0, start - 4) : start]) & VISITED:
        return SURE  # "everyone I met at Marrowgate"
    forward = set(lowered[:start]) & (FUTURE_FRAME | SECOND_PERSON)
    if preposition == "at" and two_before not in {"be", "am", "i'm"} and forward:
        # "count me in for the Sunday rota at X"; "what you've built at X" may also be
        # "on your backlog: I quote jobs at X", the writer's own firm. Not "I'll be at
        # Heathrow on Monday" (the writer's whereabouts).
        return SURE if forward & FUTURE_FRAME else UNSURE
    if _reported_subject(lowered, start, end, False) and _is_named_like_a_firm(lowered, start, end):
        return UNSURE  # "you said Pennywhistle keeps running short of cooks"
    if possessive and set(after) & ORG_NOUNS:
        return SURE  # "Tallowmere's finance team", "X's customers"
    return SURE if preposition == "at" and set(lowered[end : end + 4]) & FUTURE_WITH_YOU else ""


PLACE_PREPOSITIONS = word_set("at in on from to near")
NOT_A_THING = word_set("i today tonight yesterday tomorrow")


def _names_a_thing(lowered: list[str], start: int, end: int) -> bool:
    """ "at Dunmore pit", "in Carrow signal box", "on Ruakura blocks": after a preposition of
    place, the name before a plain noun (no people, no team, no work of a firm's, no verb
    of which it is the subject) names a place or asset, a pit, a signal box, a seam; not
    an employer ("at Tidepool today", "at Kestrel we ...", "at Pennywhistle kitchen")."""
    if not start or lowered[start - 1] not in PLACE_PREPOSITIONS or end >= len(lowered):
        return False
    thing = lowered[end]
    if thing in NOT_A_THING or thing in ORG_NOUNS or thing in FIRM_PEOPLE or thing in WORK_NOUNS:
        return False
    if lexicon.is_adjective(thing) or lexicon.is_adverb(thing):
        return False
    if lexicon.verb_tags(thing) & {lexicon.THIRD_PERSON, lexicon.PAST}:
        return False  # "at X has", "at X needed": a verb, not a thing
    return lexicon.is_noun(thing)


# What an offer does its work on: "the next five Ridgeline jobs", "your Ridgeline customers".
WORK_NOUNS = ORG_NOUNS | word_set("job jobs project projects order orders contract contracts")


def _short_forms_offered(sentences: list[str], firms: dict[str, str]) -> list[str]:
    """A firm-shaped name's first word reused in an offer, before what the work is done on
    ("I'd be glad to do the order check on the next five Ridgeline jobs"): the firm the
    offer is for, so the employer's place. Not the writer's past ("on the Acme jobs I ran")."""
    found = []
    for sentence in sentences:
        words = _words(sentence)
        lowered = [w.lower() for w in words]
        offering = set(lowered) & OFFERING and not set(lowered) & PAST_WORK
        if not offering:
            continue
        for i, word in enumerate(words[1:-1], 1):
            name = firms.get(fold(word))
            if name and _capitalised(word) and lowered[i + 1] in WORK_NOUNS:
                found.append(name)
    return found


def _in_employer_slot(
    lowered: list[str],
    start: int,
    end: int,
    possessive: bool,
    first_person_before: bool,
    before: list[str],
) -> str:
    """``SURE``, ``UNSURE`` (see ``_readers_side``) or ""."""
    after = lowered[end : end + 3]
    if after[:1] and after[0] in PLACES or _names_a_thing(lowered, start, end):
        return ""  # "the Dayton and Kettering stores": the employer's own places
    preposition = lowered[start - 1] if start else ""
    second_person = bool(set(lowered) & SECOND_PERSON)
    place = preposition in {"at", "from", "in", "with", "of"}  # "at St. Anne's I introduced"
    if possessive and not place and second_person and not first_person_before:
        return UNSURE  # "If Tidepool's flaky tests cluster ..., you could"; not "Epic's
        # scheduling module" told of the writer's own work
    several = end - start > 1  # "the Riverside floor" is a place; "the Marlow Manufacturing
    # finance team" a firm
    if preposition == "the" and several and set(after[:2]) & ORG_NOUNS and not first_person_before:
        return SURE  # "the Marlow Manufacturing finance team"; not "I took over the X store"
    if preposition in JOINING or (start > 1 and lowered[start - 2] in JOINING):
        return SURE  # "join Tidepool", "joining the Tidepool team"
    giving = preposition in {"to", "for"} or (
        preposition == "the" and start > 1 and lowered[start - 2] in {"to", "for"}
    )
    if giving and set(lowered[:start]) & OFFERING and not set(before) & PAST_WORK:
        return SURE  # "I'd be glad to send the template to Whitmore & Pryce": an offer
        # of work to come, so no past of the writer's
    return UNSURE if preposition == "at" and second_person and not first_person_before else ""


# A company by its legal form: nobody names a person or a product "... Ltd".
BUSINESS_FORMS = word_set("ltd limited inc llc llp plc co corp corporation gmbh pty")
# Before a firm the writer would buy from, work through or measure against: "order the
# clips from X Ltd", "beat X Ltd on price", not the firm the work is for.
NOT_FOR_THE_FIRM = word_set(
    "from with via through by than like unlike against versus vs beat beating using into "
    "onto supplier suppliers"
)


def _in_work_to_come(name: str, lowered: list[str], start: int, first_person_before: bool) -> str:
    """ "I could put a cure log together by Friday, so that Clearpane Glazing Ltd can show
    the client": a firm by its shape, in the writer's own sentence of work to come (a
    modal of theirs, no past of theirs), is the firm that work is for, so the employer's
    place, wherever it stands. ``SURE`` with a legal form ("Ltd"), ``UNSURE`` with a trade
    word only ("Ridgeline Roofing"), "" for a supplier or a rival."""
    writer = first_person_before or any(w.startswith("i'") for w in lowered[:start])  # "I'd"
    if not _firm_shaped(name) or not writer:
        return ""
    if not set(lowered[:start]) & FUTURE_FRAME or set(lowered) & (PAST_WORK | FORMER_CUES):
        return ""
    if start and lowered[start - 1] in NOT_FOR_THE_FIRM | (PREPOSITIONS - {"for", "to", "at"}):
        return ""
    return SURE if fold(name_tokens(name)[-1]) in BUSINESS_FORMS else UNSURE


# --- the people met -------------------------------------------------------------------

SAID = word_set("mentioned said asked showed explained described told pointed raised suggested")
MET = word_set("thank thanks meeting met")
REMARKS = word_set("point question tour story comment walk-through idea")


def _people(sentences: list[str], context: Context) -> list[Finding]:
    """ "Sarah mentioned the rota", "meeting you and Sarah", "Sarah's question": a person
    from the interview who was not on it. Checked only when the panel is known (the app
    passes it as ``known_names``)."""
    if not context.recipient or not _people_met(context):
        return []  # without the panel, nobody can say who was not on it
    met = {fold(w) for n in (context.recipient, *context.known_names) for w in name_tokens(n)}
    for sentence in sentences:
        words = _words(sentence)
        lowered = [w.lower() for w in words]
        for i, word in enumerate(words):
            plain = word[:-2] if word.lower().endswith("'s") else word
            if i == 0 or not _person_like(plain) or fold(plain) in met:
                continue
            if fold(plain) in context.proper_nouns:
                continue
            after = lowered[i + 1 : i + 2]
            before = lowered[max(0, i - 3) : i]
            possessive = word.lower().endswith("'s")
            if (
                (after and after[0] in SAID)
                or (possessive and after and after[0] in REMARKS)
                or (set(before) & MET and "you" in before + lowered[i + 1 : i + 3])
            ):
                met_names = (context.recipient, *_people_met(context))
                names = ", ".join(dict.fromkeys(n for n in met_names if n))
                message = f"The letter names {plain}, who was not among the people you met."
                return [finding("wrong_person", message, capped=True, names=names)]
    return []


def _person_like(word: str) -> bool:
    """A capitalised word that is no ordinary word: "Sarah", not "The", "Monday" or "I'd"."""
    return (
        word[:1].isupper()
        and word[1:2] not in {"'", "’"}
        and word[1:].islower()
        and len(word) > 2
        and fold(word) not in TIME_WORDS
        and not lexicon.is_english_word(word.lower())
    )


def _people_met(context: Context) -> list[str]:
    company, role = fold(context.company), fold(context.role)
    return [n for n in context.known_names if fold(n) not in {company, role}]


# --- the role --------------------------------------------------------------------------


def _role(subject: str, sentences: list[str], context: Context) -> list[Finding]:
    """ "the Data Analyst role" when the interview was for a Charge Nurse."""
    if not context.role:
        return []
    role_words = {stem(fold(w)) for w in name_tokens(context.role)}
    heads = {stem(h) for h in JOB_HEADS}
    # A subject names the role by its title: "Backend Engineer at Ledgerly: an idea".
    subject_words = name_tokens(subject[:300])
    for i, word in enumerate(subject_words):
        head = stem(word.lower())
        titled = word[:1].isupper() and head == word.lower()  # "Engineer", not "Drivers"
        after_owner = i and subject_words[i - 1].lower() in {"your", "the", "for", "our", "my"}
        other_job = head in heads - {"lead"} and not _names_role(head, role_words)
        if titled and not after_owner and other_job and not _names_a_topic(subject, word):
            message = f"The subject names a {word} role; the interview was for {context.role}."
            return [finding("wrong_role", message, capped=True, role=context.role)]
    for sentence in [subject, *sentences]:
        # "post-payroll corrections", "job-ready": a compound, no job named
        words = [w.lower() for w in name_tokens(ROLE_COMPOUND_RE.sub(" ", sentence[:2000]))]
        for i, word in enumerate(words):
            if word not in ROLE_NOUNS or i == 0:
                continue
            title = []
            for previous in reversed(words[max(0, i - 4) : i]):
                if previous in {"the", "a", "an", "this", "your", "for", "as", "of"}:
                    break
                title.insert(0, previous)
            named_heads = [w for w in title if stem(w) in heads]
            if named_heads and not any(_names_role(stem(w), role_words) for w in named_heads):
                named = " ".join(title)
                message = (
                    f"The letter names the {named} {word}; the interview was for {context.role}."
                )
                return [finding("wrong_role", message, capped=True, role=context.role)]
    return []


def _names_a_topic(subject: str, word: str) -> bool:
    """ "Driver overtime - a cut-off", "Nurse rota gaps": the job word right before a noun
    in lower case names the people the topic is about, not the role applied for (as
    "Data Analyst - an idea", "Sous Chef interview" or "Engineer at Ledgerly" would)."""
    after = re.search(rf"\b{re.escape(word)}\s+([a-z][\w'’-]*)", subject)
    if not after:
        return False
    following = after.group(1)
    ending = ROLE_NOUNS | DETERMINERS | PREPOSITIONS | {"and", "or", "interview", "application"}
    return following not in ending


# Titles the trades use for the same job.
SAME_JOB = (frozenset({"developer", "engineer", "programmer"}),)


def _names_role(head: str, role_words: set[str]) -> bool:
    """ "Technician" for an HVAC Service Tech, "Rep" for a Sales Representative,
    "Electrician" for an Electrical Improver, "Developer" for a Software Engineer: a short
    form, a word of the same family (seven letters in common) or the same job."""
    for word in role_words:
        if len(word) < 3:
            continue
        if head.startswith(word) or word.startswith(head) or head[:7] == word[:7]:
            return True
        if any(head in group and word in group for group in SAME_JOB):
            return True
    return False


# --- the interview's day ---------------------------------------------------------------


def _day(sentences: list[str], context: Context) -> list[Finding]:
    """ "Thank you for Tuesday" after a Thursday interview; "on March 3" after March 5."""
    interview = context.interview_date
    if interview is None:
        return []
    weekday = WEEKDAYS[interview.weekday()]
    said = {w.lower().replace("’", "'").removesuffix("'s") for s in sentences for w in _words(s)}
    if weekday in said:
        return []  # "Thank you for Thursday, and for the tour on Monday": two meetings
    for sentence in sentences:
        words = [w.lower().replace("’", "'") for w in _words(sentence)]
        plain = [w[:-2] if w.endswith("'s") else w for w in words]
        if not set(plain) & MEETING_CUES:
            continue
        for i, word in enumerate(plain):
            if word in WEEKDAYS and word != weekday:
                if set(plain[max(0, i - 3) : i]) & FUTURE_CUES or set(plain[:i]) & PLANNING:
                    continue  # "by Friday", "I could drop it off Friday": a plan
                return [_wrong_day(sentence, word.capitalize(), interview)]
            mentioned = _date_near(plain, i, interview) if word in MONTHS else None
            if mentioned and mentioned != interview:
                when = f"{word.capitalize()} {mentioned.day}"
                return [_wrong_day(sentence, when, interview)]
    return []


def _date_near(words: list[str], i: int, interview: date) -> date | None:
    """ "March 3" or "3 March" (the interview's year)."""
    for j in (i + 1, i - 1):
        number = (
            words[j].removesuffix("st").removesuffix("nd").removesuffix("rd")
            if (0 <= j < len(words))
            else ""
        )
        number = number.removesuffix("th")
        if number.isdigit() and len(number) <= 2:
            day = int(number)
            try:
                return date(interview.year, MONTHS.index(words[i]) + 1, day)
            except ValueError:
                return None
    return None


def _wrong_day(sentence: str, said: str, interview: date) -> Finding:
    day = f"{WEEKDAYS[interview.weekday()].capitalize()} {interview.day} " + (
        MONTHS[interview.month - 1].capitalize()
    )
    message = f"It says {said}, but the interview was on {day}: “{_short(sentence)}”."
    return finding("wrong_day", message, capped=True, day=day)


# --- the signature ---------------------------------------------------------------------


def _signature(letter_body: str, body: str, context: Context) -> list[Finding]:
    """The name under the sign-off is the sender's own (their first name will do), and
    a sign-off has a name under it."""
    if not context.sender:
        return []
    tail = body[len(letter_body) :] if body.startswith(letter_body) else ""
    # "Thank you.\nKind regards,\nAlex": the name follows the last sign-off line.
    lines = [line.strip() for line in tail.splitlines() if line.strip()]
    last_line = letter_body.rstrip().rsplit("\n", 1)[-1]
    signed_off = bool(lines) or is_sign_off(last_line)
    while lines and is_sign_off(lines[0]):
        lines = lines[1:]
    if not lines:
        if not signed_off:
            return []  # no sign-off at all: a note that ends with its last sentence
        message = "The letter ends with its sign-off and no name under it."
        return [finding("missing_signature", message, capped=True, sender=context.sender)]
    name_line = lines[0]
    words = {fold(w) for w in name_tokens(name_line)}
    sender = {fold(w) for w in name_tokens(context.sender)} - TITLES
    if not words or not sender or words & sender:
        return []
    first = first_name(context.sender)
    named = {w for w in words if len(w) > 1}  # "Dan R.": an initial is no name
    if len(named) == 1 and may_be_short_for(next(iter(named)), first):
        return []  # "Dan" for Daniel Reyes: the short form they go by
    if not is_not_judged(name_line) or any(c.isdigit() for c in name_line):
        return []  # a phone number or a sentence, not a name
    message = f"The letter is signed “{name_line}”, but you are {context.sender}."
    return [finding("wrong_signature", message, capped=True, sender=context.sender)]


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
