"""Tone: begging, pressure, salary demands, apologising for the interview and blaming a
former employer or colleague each cost the candidate more than any typo, and each keeps
the letter below 70 (``rules.CAPS``).

Each is a family of phrasings, told by meaning: the words that carry the act (an
apology, a demand, a deadline) together with what it is about (the interview, pay, a
decision), anywhere in one sentence, plus the set phrases of ``patterns``. "I'm sorry I
rambled about the rota", "I apologise for my nerves", "my answers were a mess" are all
one apology; "sorry to hear the rota is short" is none.

Hedging (``check_hedging``) is counted across the letter: a letter that hedges
everything talks its own idea down.
"""

from __future__ import annotations

from collections.abc import Callable

from letters.quality import lexicon
from letters.quality.patterns import (
    APOLOGY,
    BEGGING,
    BLAME,
    HEDGES,
    PRESSURE,
    SALARY,
    SECOND_PERSON,
    word_set,
)
from letters.quality.rules import Finding, finding
from letters.quality.text import Sentence, split_sentences

FIRST_PERSON = word_set("i me my we our")
APOLOGISING = word_set(
    "sorry apologise apologize apologised apologized apologies apology apologising "
    "apologizing forgive regret excuse"
)
# What a candidate apologises for: how the interview went.
OWN_SHOWING = word_set(
    "interview answer answers answered nervous nerves nervously rambled rambling ramble "
    "rambly blank blanked froze freeze frozen stumbled stumbling fumbled messed mess "
    "botched flubbed choked flustered unprepared underprepared performance late tongue-tied "
    "badly poorly incoherent waffled waffling unclear awkward clumsy"
)
POOR_SHOWING = word_set(
    "rambled rambling blanked froze stumbled fumbled messed botched flubbed choked "
    "flustered unprepared underprepared waffled incoherent nervous nerves hash fluffed "
    "bombed tanked"
)
# What the writer did in the interview: "not answering your question properly".
INTERVIEW_ACTS = word_set("question questions answering explaining explained")
SYMPATHY = word_set("hear see learn read")
FORMER = word_set("former previous last old ex ex-")
# People one worked for or with, not the work itself ("my last job was chaotic until I
# rebuilt the rota" blames nobody).
WORKPLACE = word_set(
    "boss bosses manager managers employer employers company supervisor supervisors "
    "director colleague colleagues coworker coworkers co-workers management leadership "
    "owner owners foreman foremen forewoman gaffer superintendent"
)
FAULT = word_set(
    "incompetent toxic terrible awful useless clueless lazy dysfunctional fault blamed "
    "blame micromanaged micromanaging micromanager sabotaged unfair mismanaged hopeless "
    "idiots idiot nightmare unprofessional dishonest favourites favorites favouritism "
    "favoritism backstabbing clown clowns moron morons liar liars bully bullies crooked"
)
# The place one left, written off: "that place is going under anyway", "a sinking ship".
PLACE = word_set("place company firm shop outfit business site yard crew")
# Said of it now, not told as a story ("I joined a firm that was going under and ...").
FAILING = frozenset(
    {("is", "going", "under"), ("is", "going", "bust"), ("is", "going", "bankrupt"),
     ("is", "going", "downhill"), ("is", "a", "sinking"), ("are", "going", "under"),
     ("so", "no", "loss"), ("is", "no", "loss"), ("will", "not", "last")}
)  # fmt: skip
PAY = word_set("salary salaries compensation wage wages remuneration bonus equity hourly")
# Words that are pay only next to a sum or "my": "a base of $250,000", "my pay".
PAY_NEAR_MONEY = word_set("base pay package rate")
DEMANDING = word_set(
    "expect expecting expectation expectations require requires required need needs "
    "minimum least accept firm non-negotiable negotiate asking want looking"
)
STRONG_DEMANDS = word_set(
    "expect expecting expectation expectations minimum non-negotiable negotiate asking"
)
OFFERS = word_set("offer offers")
RIVALS = word_set("another other competing second two three several")
DECISION = word_set("decision answer hear know respond response reply decide")
DEMAND = word_set("need must expect require")
SKIPPING = word_set("skip skipping bypass fast-track fast-tracking shortcut")
PROCESS = word_set("process interviews interview rounds round steps formalities stages stage")
SKIP_PAIRS = frozenset({("cut", "out"), ("go", "straight"), ("straight", "to"),
                        ("jump", "straight"), ("do", "without"), ("leave", "out")})  # fmt: skip
STEPS = word_set("trial shift ride-along test assessment offer contract start references")
OTHER_WORK = word_set(
    "job jobs role roles position positions offer offers options option opportunity company "
    "firm employer"
)
# Words of hurry ("a quick answer would help"); "hear" or "answer" alone is no hurry ("I'd
# love to hear more about the other roles").
HURRY = word_set("quick quickly soon asap fast urgent urgently")
# What an ultimatum says will happen: "I'll assume it's a no", "move on", "go elsewhere"
# ("move" alone is no giving up: "let me know by Friday if you'd like me to move our call").
GIVING_UP = word_set("assume elsewhere withdraw otherwise")
DESPERATE = word_set("desperate desperately beg begging")


def _apology(words: list[str]) -> bool:
    seen = set(words)
    sympathy = any(
        w == "sorry" and words[i + 1 : i + 2] == ["to"] and set(words[i + 2 : i + 3]) & SYMPATHY
        for i, w in enumerate(words)
    )  # "sorry to hear the interviews ran late" is sympathy, not an apology
    if seen & APOLOGISING and seen & OWN_SHOWING and not sympathy:
        return True  # "I'm sorry I rambled", "apologies for my nerves", "sorry for going blank"
    if seen & APOLOGISING and seen & INTERVIEW_ACTS and seen & {"i", "my"} and "if" not in seen:
        return True  # "I regret not answering your question properly" (not "sorry if this
        # is a daft question")
    # "I rambled", "I blanked": the poor showing is the writer's. Nerves are a feeling:
    # "I haven't been that nervous since my driving test" is a remark; "I was so nervous I
    # forgot my licence" tells of a showing that suffered, and is the apology.
    showing = set()
    for i, w in enumerate(words):
        if w in {"i", "my"}:
            showing |= set(words[i + 1 : i + 6]) & POOR_SHOWING
    return bool(showing - NERVES) or bool(showing and _showing_suffered(words))


NERVES = word_set("nervous nerves nervously")
# How a showing suffered: "forgot", "got it wrong", "badly", "went off track", "got the
# better of me" (not "felt better after the tour").
SPOILED = word_set("forgot forget forgetting forgotten wrong badly poorly muddled")
SPOILED_PAIRS = frozenset({("off", "track"), ("better", "of")})
# What the writer did in the interview, when it is denied: "didn't come across", "don't
# think I explained it well".
SHOWING_ACTS = word_set(
    "explain explained answer answered come came say said show showed express expressed "
    "get got convey conveyed do did justice"
)


def _showing_suffered(words: list[str]) -> bool:
    if set(words) & SPOILED or set(zip(words, words[1:], strict=False)) & SPOILED_PAIRS:
        return True
    return any(
        w in {"not", "never"} and set(words[i + 1 : i + 4]) & SHOWING_ACTS
        for i, w in enumerate(words)
    )


LEAVING = word_set("left leave leaving quit quitting")


def _blame(words: list[str], follows_past: bool = False) -> bool:
    seen = set(words)
    if seen & {"fault"} and seen & {"not", "no"} and _own_fault(words):
        return True  # "it was not my fault", "through no fault of my own"; not "it isn't
        # your fault", which clears the reader
    if seen & TURNAROUND:
        return False  # "a terrible backlog until I rebuilt the rota with my manager"
    if seen & WORKPLACE and "reason" in seen and seen & LEAVING and not _readers(words):
        return True  # "the management there was the reason I left", "the reason I'm leaving"
    if seen & WORKPLACE and seen & (FAULT - {"fault"}) and not _readers(words):
        # "The supervisors played favourites", "management was incompetent": people one
        # worked with, judged, and not the reader's ("a fault" is an electrician's word).
        return True
    if seen & FORMER and seen & WORKPLACE and seen & FAULT:
        return True
    if _runs_down_former_people(words, follows_past):
        return True
    # "That place is going under anyway, so no loss": the old place written off (not
    # "my last shop closed", a plain fact, nor the reader's own place).
    runs = set(zip(words, words[1:], words[2:], strict=False))
    there = seen & {"that", "there"} or seen & FORMER
    return bool(runs & FAILING and seen & PLACE and there and not seen & SECOND_PERSON)


def _own_fault(words: list[str]) -> bool:
    """ "my fault", "our fault", "no fault of my own": the writer's fault denied."""
    pairs = set(zip(words, words[1:], strict=False))
    return bool(pairs & {("my", "fault"), ("our", "fault"), ("my", "own"), ("our", "own")})


NEGATIONS = word_set("not never no hardly")


def _unnegated(words: list[str]) -> list[str]:
    """The words less any a negation just before denies: "I'm not desperate to leave"."""
    kept = []
    for i, word in enumerate(words):
        before = words[max(0, i - 2) : i]
        if any(b in NEGATIONS or b.endswith("n't") for b in before):
            continue
        kept.append(word)
    return kept


# The people of a workplace, as a letter names them: "the boss", "the lads", "my workmates".
PEOPLE = WORKPLACE | word_set(
    "lads guys blokes fellas girls crew staff team people workmates teammates peers "
    "gaffers bosses chef chefs"
)
THEY = word_set("he she they them his her their")
# What puts a sentence in the writer's past workplace: "my last ...", "the boss there",
# "why I left".
PAST_PLACE = FORMER | LEAVING
# A turnaround or a rescue the writer took part in is a story, not blame: "it was losing
# money when I joined and we turned it around", "until I rebuilt the rota".
TURNAROUND = word_set(
    "fixed fix turned turnaround rebuilt rebuild solved sorted cleared improved introduced "
    "helped covered taught trained mentored supported together learned learnt"
)
# Contempt VADER's single words miss: "hadn't a clue", "a joke", "to save their lives".
CONTEMPT_RUNS = frozenset(
    {("a", "clue"), ("no", "clue"), ("no", "idea"), ("save", "their"),
     ("save", "his"), ("save", "her"), ("his", "side"), ("her", "side"), ("their", "side"),
     ("blamed", "us"), ("blamed", "me"), ("a", "shambles"), ("a", "circus"),
     ("waste", "of"), ("like", "dirt"), ("like", "rubbish"), ("like", "garbage"),
     ("like", "crap"), ("like", "slaves"), ("like", "animals"), ("like", "children")}
)  # fmt: skip
# "couldn't cook an egg", "couldn't shoe a donkey", said of them: incompetence, unless it
# is praise or surprise ("couldn't have been kinder", "couldn't believe").
NOT_ABLE = frozenset({("could", "not"), ("can", "not"), ("cannot",)})
ABLE_PRAISE = word_set("have believe thank wait help stop resist praise")
CONTEMPT = word_set("idiots idiot shambles clowns clown cowboys cowboy morons useless clueless")
NEGATIVE = -1.4  # VADER valence at or below which a word runs someone down ("lazy" -1.5)
# Words VADER rates negative that name the work, not the people: "a problem", "the backlog".
NEUTRAL_HERE = word_set(
    "problem problems sick ill illness losing loss lost pain hard difficult tough busy short "
    "demanding pressure stress stressed stressful emergency urgent fire fires injury injured "
    "accident death died dead cancer grief crisis killed kill missed miss risk risks trouble late"
)


def _readers(words: list[str]) -> bool:
    """The people are the reader's: "your team", "your new boss" (not "honest with you:
    my old manager")."""
    return any(w in PEOPLE and "your" in words[max(0, i - 3) : i] for i, w in enumerate(words))


def _runs_down_former_people(words: list[str], follows_past: bool) -> bool:
    """The writer's old boss, workmates or place run down, judged by what the sentence
    says of them: words VADER rates clearly negative ("lazy", "hopeless", "incompetent",
    "blamed") or contempt it misses ("hadn't a clue"), in a sentence about the people of
    the place the writer left ("my last ...", "... there", "why I left", or straight
    after such a sentence). Not the reader's people, and not a turnaround the writer
    took part in."""
    seen = set(words)
    if not (seen & PEOPLE or seen & CONTEMPT or seen & THEY and follows_past):
        return False  # "cowboys" are people too
    if not (_at_former_place(words) or follows_past) or _readers(words) or seen & {"we", "our"}:
        return False  # "we" shares the story: "at my previous lab we brought rejections down"
    return bool(_contempt(words) or _negative_of_them(words))


def _contempt(words: list[str]) -> bool:
    """Contempt for people that no situation explains: "idiots", "hadn't a clue",
    "couldn't shoe a donkey", "the owner was a joke"."""
    pairs = set(zip(words, words[1:], strict=False))
    if pairs & CONTEMPT_RUNS or set(words) & CONTEMPT:
        return True
    if any(_cannot(words, j) and _said_of_them(words, j) for j in range(len(words))):
        return True  # "half of them couldn't shoe a donkey"
    return any(
        w == "joke" and words[max(0, i - 2) : i - 1] in (["was"], ["is"], ["were"])
        for i, w in enumerate(words)
    )  # "the owner was a joke" (not "we shared a joke")


def _negative_of_them(words: list[str]) -> bool:
    """A clearly negative word after the people ("the lads were lazy"); it may also tell
    how a situation felt to them ("the staff were miserable on Saturdays")."""
    return any(
        lexicon.valence(w) <= NEGATIVE and _judges(w) and _said_of_them(words, j)
        for j, w in enumerate(words)
        if w not in NEUTRAL_HERE
    )


def clear_blame(words: list[str], follows_past: bool = False) -> bool:
    """Blame beyond doubt: a word of fault for the people one worked with, the writer's
    fault denied, the reason one left, contempt, the old place written off. Not a
    negative word that may tell a situation rather than judge people."""
    if not _blame(words, follows_past):
        return False
    seen = set(words)
    if seen & (FAULT - {"fault"}) or _own_fault(words) or seen & LEAVING:
        return True
    runs = set(zip(words, words[1:], words[2:], strict=False))
    return bool(runs & FAILING or _contempt(words))


WRITER = frozenset({"i", "i'd", "i'm", "i've", "i'll"})
RELATIVES = frozenset({"where", "who", "whom", "that"})


def _said_of_them(words: list[str], j: int) -> bool:
    """The word at ``j`` follows the people with no "I" between: said of them ("the lads
    were lazy"), not of the writer's own work ("on my last crew I kept a waste factor")."""
    for k in range(j - 1, -1, -1):
        relative = k and (
            words[k - 1] in RELATIVES
            or (words[k - 1] in PEOPLE and words[k - 2 : k - 1] in (["the"], ["those"]))
        )  # "the team I left were lazy", not "on my last crew I kept a waste factor"
        if words[k] in WRITER and not relative:
            return False  # (not "the chef where I was before", "the team I left were lazy")
        if words[k] in PEOPLE or words[k] in THEY:
            return True
    return False


def _cannot(words: list[str], j: int) -> bool:
    """ "could not cook", "can not organise": not able to, and not praise."""
    two = tuple(words[j : j + 2])
    one = tuple(words[j : j + 1])
    if two in NOT_ABLE:
        following = words[j + 2 : j + 3]
    elif one in NOT_ABLE:
        following = words[j + 1 : j + 2]
    else:
        return False
    return bool(following) and following[0] not in ABLE_PRAISE


def _judges(word: str) -> bool:
    """A word that can describe or accuse people ("lazy", "blamed", "a bully"), not only
    name a thing that went wrong ("errors", "rejections")."""
    return not lexicon.is_noun(word) or bool(lexicon.is_adjective(word) or lexicon.verb_tags(word))


def _at_former_place(words: list[str]) -> bool:
    """ "my last ...", "why I left", "the boss there", "that place"."""
    if set(words) & PAST_PLACE:
        return True
    if set(words) & MEETING:
        return False  # "good to meet the crew there": the reader's place, where they met
    return any(
        (w == "there" and set(words[max(0, i - 3) : i]) & PEOPLE)
        or (w == "there" and words[i + 1 : i + 2] and words[i + 1] not in EXISTENTIAL)
        or (w == "that" and words[i + 1 : i + 2] and words[i + 1] in PLACE)
        or (w == "where" and words[i + 1 : i + 2] in (["i"], ["we"]) and _past_next(words, i + 2))
        for i, w in enumerate(words)
    )


# The interview's own place: "the crew there" after "met" or "toured" is the reader's.
MEETING = word_set("meet met meeting visit visited visiting tour toured touring")
# "there is/was ...": no place meant ("there was a backlog"); any other "there" is one
# ("the boss there", "I got out of there because").
EXISTENTIAL = word_set("is are was were will would could might may has have had seems be 's")


def _past_next(words: list[str], i: int) -> bool:
    """ "where I *worked*", "where I *was* before": the writer's past place."""
    return bool(words[i : i + 1]) and lexicon.PAST in lexicon.verb_tags(words[i])


def about_former_place(words: list[str]) -> bool:
    """The sentence speaks of the writer's old workplace and its people."""
    return bool(set(words) & PEOPLE and _at_former_place(words) and not _readers(words))


def _salary(words: list[str]) -> bool:
    seen = set(words)
    if seen & PAY and seen & DEMANDING:
        return True  # "my salary expectation", "the hourly rate I would need"
    if ("my", "pay") in set(zip(words, words[1:], strict=False)):
        return True
    paid = any(w == "pay" and words[i - 1 : i] in PAY_OWNERS for i, w in enumerate(words))
    if paid and seen & {"need", "match", "expect", "must"} and seen & FIRST_PERSON:
        return True  # "the pay would need to match what I'm on now", not "I must pay self"
    if _pay_terms(words) and _asks(words):
        return True  # "could you confirm the day rate and whether travel time is paid?"
    money = any(
        _is_sum(w) or (w.isdigit() and words[i + 1 : i + 2] in (["k"], ["grand"]))
        for i, w in enumerate(words)
    )  # "£40", "60k" (read as "60 k")
    per = seen & {"hour", "year", "annum", "k"} or seen & PAY_NEAR_MONEY
    # A floor on the sum: "I'd want at least £48,000", "nothing under $30 an hour".
    floor = seen & {"least", "minimum", "under", "below", "less", "north", "upwards"}
    asking = (
        _demands(words)
        or bool(seen & {"looking", "expecting"})
        or (("will", "not") in set(zip(words, words[1:], strict=False)))
    )  # "I won't move for less than 60k"
    return money and bool(per or floor) and asking  # "I will need a base of $250,000"


# The reader's own words told back: "You mentioned …", "You said …", "You told me …".
READER_SAID = frozenset(
    {("you", "mentioned"), ("you", "said"), ("you", "told"), ("you", "explained")}
)
# Before "pay" the noun: "the pay", "my pay"; "I must pay" is the verb.
PAY_OWNERS = (["the"], ["my"], ["our"], ["your"], ["this"], ["that"], ["base"], ["of"])


# Asking what the job pays: "could you confirm", "let me know", "tell me".
ASKING = frozenset({("confirm",), ("clarify",), ("let", "me", "know"), ("tell", "me")})


def _asks(words: list[str]) -> bool:
    return any(tuple(words[i : i + len(p)]) == p for i in range(len(words)) for p in ASKING)


RATE_OF_PAY = word_set("day daily hourly weekly pay")


def _pay_terms(words: list[str]) -> bool:
    """The job's pay named: "the day rate", "the hourly rate", "overtime is paid"; not
    a rate of theirs ("the booking rate", "the failure rate")."""
    pairs = set(zip(words, words[1:], strict=False))
    rate = (
        any(a in RATE_OF_PAY and b == "rate" for a, b in pairs)
        or ("rate", "of") in pairs
        and "pay" in words
    )
    paid = "paid" in words and bool(set(words) & {"overtime", "travel", "mileage", "holiday"})
    return bool(set(words) & PAY) or rate or paid


def _is_sum(word: str) -> bool:
    """ "$250,000", "£40", "60k", "45k": a sum of money as a letter writes one."""
    return word[:1] in "$€£" or (word[-1:] == "k" and word[:-1].replace(".", "").isdigit())


def _demands(words: list[str]) -> bool:
    """The writer asks for it: "I expect", "I will need", "my minimum", not "saved $1.2M
    a year, at least"."""
    if set(words) & STRONG_DEMANDS:
        return True
    return any(
        w in {"need", "want", "require"}
        and bool(set(words[max(0, i - 2) : i]) & {"i", "i'd", "i'll", "i'm"})
        for i, w in enumerate(words)
    )


def _pressure(words: list[str]) -> bool:
    seen = set(words)
    if seen & OFFERS and seen & RIVALS and seen & FIRST_PERSON:
        return True  # "I have two other offers"
    if seen & SKIPPING and seen & PROCESS:
        return True  # "let's skip the rest of the process"
    pairs = set(zip(words, words[1:], strict=False))
    if pairs & SKIP_PAIRS and seen & (PROCESS | STEPS):
        return True  # "cut out the trial shift and go straight to a start date"
    if seen & {"another", "other"} and seen & OTHER_WORK and seen & HURRY and seen & FIRST_PERSON:
        return True  # "I'm weighing up another job, so a quick answer would help"
    giving_up = seen & GIVING_UP or pairs & {("go", "with"), ("move", "on")}  # "go with them"
    if seen & {"hear", "answer", "decision", "know"} and "by" in seen and giving_up:
        return True  # "if I don't hear back by Friday I'll assume it's a no and move on"
    if seen & DECISION and seen & DEMAND and "by" in seen and seen & FIRST_PERSON:
        return True  # "I will need a decision by Friday"
    # "or I will go elsewhere", "I'll withdraw if I don't hear by Monday"
    return bool(seen & {"elsewhere", "withdraw"}) and bool(seen & FIRST_PERSON)


def _begging(words: list[str]) -> bool:
    seen = set(words)
    return bool(seen & DESPERATE) or ("need" in seen and "this" in seen and "job" in seen)


TONES: tuple[tuple[str, tuple, Callable[[list[str]], bool], str], ...] = (
    ("begging", BEGGING, _begging, "It pleads: “{}”."),
    ("pressure", PRESSURE, _pressure, "It pressures the reader: “{}”."),
    ("salary_demand", SALARY, _salary, "It raises pay: “{}”."),
    ("apology", APOLOGY, _apology, "It apologises for the interview: “{}”."),
    ("blame", BLAME, _blame, "It blames someone you worked with: “{}”."),
)


def check_tone(sentences: list[Sentence]) -> list[Finding]:
    findings = []
    # A sentence straight after one about the old workplace is still about it: "Why I
    # left? The boss there ... The other lads were lazy."
    follows = [False, *(about_former_place(s.words[:200]) for s in sentences)][: len(sentences)]
    for code, _, family, message in TONES:
        index = TONE_INDEXES[code]
        hit = next(
            (
                s
                for s, after_past in zip(sentences, follows, strict=True)
                if _hits(code, family, s, after_past, index)
            ),
            None,
        )
        if hit is not None:
            # Blame read from a negative word alone may tell a hard situation, not people
            # run down: it caps only beside another doubt (``rules.settle_caps``).
            sure = code != "blame" or any(
                clear_blame(s.words[:200], after_past) or _matches(_said(s, code, 10_000), index)
                for s, after_past in zip(sentences, follows, strict=True)
            )
            message = message.format(_quote(hit.text))
            findings.append(finding(code, message, capped=True, sure=sure))
    return findings


def _hits(code: str, family, sentence: Sentence, after_past: bool, index) -> bool:
    """The sentence reads as the tone family ``code``, by its meaning or a phrase."""
    if code == "salary_demand" and tuple(sentence.words[:2]) in READER_SAID:
        return False  # "You mentioned … so salary credit is delayed": their problem, told back
    return _reads_as(code, family, sentence, after_past) or _matches(
        _said(sentence, code, 10_000), index
    )


def _reads_as(
    code: str, family: Callable[[list[str]], bool], sentence: Sentence, after_past: bool
) -> bool:
    """The sentence reads as the tone family ``code`` by its words' meaning."""
    if code == "blame":
        return _blame(sentence.words[:200], after_past)
    if code == "salary_demand" and sentence.is_question and _pay_terms(sentence.words[:200]):
        return True  # "What is the pay rate?", "How much is the hourly rate?": asked outright
    return family(_said(sentence, code))


def raises_pay(text: str) -> str:
    """The first sentence of ``text`` that raises pay as ``check_tone`` reads it (its
    ``salary_demand``): "Salary and weekly off?", "What is the day rate?"; "" when none.
    The wizard's steps call it, so a step and the checker agree."""
    index = TONE_INDEXES["salary_demand"]
    for piece in split_sentences(text):
        sentence = Sentence(piece)
        if _hits("salary_demand", _salary, sentence, False, index):
            return piece
    return ""


def _said(sentence: Sentence, code: str, limit: int = 200) -> list[str]:
    """The words a tone family reads: for begging, less what a negation denies ("not
    desperate to leave")."""
    words = sentence.words[:limit]
    return _unnegated(words) if code == "begging" else words


# The writer's own verdict: "to be honest", "clearly", "frankly".
VERDICT = word_set("clearly obviously frankly honestly blunt offence offense")
REPORTED = word_set("said mentioned described called told explained")
READER_THING = word_set("your current")
VERDICT_NEGATIVE = -1.5  # "a mess" -1.5, "broken" -2.1; not "contagious" energy (-1.4)


def check_talks_down(sentences: list[Sentence]) -> list[Finding]:
    """ "To be honest, your current rota is clearly not working, a bit of a mess": the
    writer's own verdict, negative, on the reader's set-up. The reader's own words ("you
    said the close is a mess") and their problem told plainly are not it."""
    for s in sentences:
        if _talks_down(s.words[:200]):
            message = f"It talks down their set-up: “{_quote(s.text)}”."
            return [finding("talks_down", message, capped=True)]
    return []


def _talks_down(words: list[str]) -> bool:
    seen = set(words)
    if not seen & (READER_THING | SECOND_PERSON):
        return False
    pairs = set(zip(words, words[1:], strict=False))
    negative = [
        i
        for i, w in enumerate(words)
        if (lexicon.valence(w) <= VERDICT_NEGATIVE and _judges(w) and w not in NEUTRAL_HERE)
        or w in CONTEMPT
        or (w == "working" and words[i - 1 : i] == ["not"])
    ]
    if not negative:
        return False
    if seen & VERDICT or ("be", "honest") in pairs:
        # A verdict on their set-up names it before the judgment: "honestly, your rota is a
        # mess" (not "honestly, you were so kind after my awful week").
        return any(w in READER_THING for w in words[: negative[-1]])
    if seen & REPORTED:
        return False  # the reader's own words: "you said the close is a mess"
    # "your month-end is a mess": the reader's thing, then "is/are", then the verdict
    return any(
        w in READER_THING
        and any(
            v in {"is", "are", "was", "were"} and j < negative[-1]
            for j, v in enumerate(words[i + 1 : i + 5], i + 1)
        )
        for i, w in enumerate(words)
    )


# How long the letter took: "a fortnight after our chat", "the delay", "so late".
DELAY = word_set("late lateness delay delayed belated belatedly overdue slow")
# A span of time is the letter's delay only with what ties it to the letter: "a fortnight
# after our chat", "it's taken two weeks" (not "I'm away for two weeks from Monday").
SPAN = word_set("fortnight week weeks days month months")
SPAN_AFTER = word_set("after since later late past")
SPAN_BEFORE = word_set("taken took taking")


def check_late_apology(sentences: list[Sentence]) -> list[Finding]:
    """ "Sorry this is coming a fortnight after our chat", "Apologies for the delay": the
    letter excuses its own lateness, so the reader meets the excuse before the idea. Not
    sympathy ("sorry to hear the deliveries are late"), and not an apology for the
    interview, which ``apology`` tells."""
    for s in sentences:
        words = s.words[:60]
        seen = set(words)
        if not seen & APOLOGISING or _sympathy(words) or _apology(words):
            continue
        if _excuses_delay(words):
            message = f"It apologises for writing late: “{_quote(s.text)}”."
            return [finding("late_apology", message)]
    return []


def _excuses_delay(words: list[str]) -> bool:
    """A word of delay ("fortnight", "late", "so long") within the words after the
    apology: what it is sorry for."""
    for i, w in enumerate(words):
        if w not in APOLOGISING:
            continue
        after = words[i + 1 : i + 1 + APOLOGY_REACH]
        pairs = zip(after, after[1:], strict=False)
        if set(after) & DELAY or any(a in {"so", "this"} and b == "long" for a, b in pairs):
            return True
        if any(
            w in SPAN
            and (
                set(after[j + 1 : j + 4]) & SPAN_AFTER
                or set(after[max(0, j - 3) : j]) & SPAN_BEFORE
            )
            for j, w in enumerate(after)
        ):
            return True
    return False


APOLOGY_REACH = 8  # words


def _sympathy(words: list[str]) -> bool:
    return any(
        w == "sorry" and words[i + 1 : i + 2] == ["to"] and set(words[i + 2 : i + 3]) & SYMPATHY
        for i, w in enumerate(words)
    )


HEDGED = 4  # distinct hedges in one letter: it talks its own idea down
MAX_HEDGE_TIMES = 2


def check_hedging(sentences: list[Sentence]) -> list[Finding]:
    """A letter that hedges everything ("I might possibly", "just a thought", "if it's
    not overstepping", "perhaps") undersells the candidate: counted across the letter,
    since one "maybe" is natural."""
    found: list[tuple[str, ...]] = []
    for sentence in sentences:
        found += [h for h in phrase_hits(sentence.words[:200], HEDGES_BY_FIRST) if h not in found]
    if len(found) < HEDGED:
        return []
    listed = ", ".join(f"“{' '.join(h)}”" for h in found[:4])
    message = f"It hedges its own ideas {len(found)} times: {listed}."
    times = min(len(found) // HEDGED, MAX_HEDGE_TIMES)
    return [finding("hedging", message, times=times)]


def phrase_index(phrases: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    """The phrases by their first word, built once per list: what ``phrase_hits`` reads."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        by_first.setdefault(phrase[0], []).append(phrase)
    return by_first


TONE_INDEXES = {code: phrase_index(phrases) for code, phrases, _, _ in TONES}
HEDGES_BY_FIRST = phrase_index(HEDGES)


def _matches(words: list[str], index: dict[str, list[tuple[str, ...]]]) -> bool:
    return any(
        tuple(words[i : i + len(p)]) == p for i, w in enumerate(words) for p in index.get(w, ())
    )


def phrase_hits(words: list[str], index: dict[str, list[tuple[str, ...]]]) -> list[tuple[str, ...]]:
    """The phrases of ``index`` (``phrase_index``) found in ``words``, in order, each once."""
    found: list[tuple[str, ...]] = []
    for i, w in enumerate(words):
        for p in index.get(w, ()):
            if tuple(words[i : i + len(p)]) == p and p not in found:
                found.append(p)
    return found


def _quote(text: str, limit: int = 80) -> str:
    text = " ".join(text.split()[:20])
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
