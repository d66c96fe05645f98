"""What a letter says, judged by how concrete it is.

A sentence is *concrete* when it names or echoes something real: it shares content
words with the interview's notes or the user's answers, or it carries a quantity
(a number with what it counts, a rate, a time span), a name (a product, a place, a
former employer) or a day. Buzzwords ("efficiency", "save money", "streamline")
never make a sentence concrete; a sentence that promises such a benefit with nothing
concrete behind it, or a figure with no mechanism ("10x", "300% ROI", "24/7"), is a
hollow claim and earns nothing.

The parts of a strong letter are recognised by their shape, not by set phrases:
- a reference: a concrete sentence that echoes the notes, or quotes what the reader
  said or showed ("the Saturday queues you described");
- a result: a quantity of something real, told in the first person, as a change
  ("went from 40 minutes to 12") or as experience that names something of the
  writer's own ("six years running payroll"), not only the notes' words;
- an offer (``offers``): the candidate acts on something real for them, by meaning,
  or points back at the writer's own concrete story ("happy to explain how I did it");
  or a result of the writer's side that moved the very thing they are losing
  (``result_for_them``: "second washes fell to almost none"), their fix shown working;
  echoing the notes, names and dates is never value;
- a next step: a concrete offer, a concrete question, or a proposal with a time.

Whose letter it is (``about_the_writer``): a letter with several sentences about "I" and
"my" and not one about the reader's situation is about the writer, whatever it seems to
offer ("I know I'd smash it there").
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from letters.quality import lexicon
from letters.quality.context import Context, is_content
from letters.quality.offers import is_number, read_offer, real_thing
from letters.quality.patterns import (
    BACK_REFERENCES,
    BUZZWORDS,
    CHANGE_WORDS,
    CLAIMS,
    FIRST_PERSON,
    JOB_HEADS,
    ROLE_NOUNS,
    SECOND_PERSON,
    STOPWORDS,
    TIME_WORDS,
)
from letters.quality.quantities import (
    CHANGED_BY,
    has_clock_time,
    has_hollow_figure,
    has_quantity,
)
from letters.quality.text import Sentence, content_parts, fold, name_tokens, stem
from letters.quality.words import DETERMINERS, PREPOSITIONS

IDEA_WORDS = frozenset({"idea", "suggest", "suggestion", "propose", "proposal"})
CONVERSATION_CUES = frozenset(
    {"story", "point", "tour", "walk-through", "conversation", "discussion", "question"}
)
# What the reader said or showed in the interview.
REPORTED = frozenset(
    {"described", "mentioned", "said", "showed", "shown", "explained", "told", "asked",
     "raised", "pointed", "story", "tour", "walk-through", "point", "question"}
)  # fmt: skip
PROPOSALS = frozenset({"call", "meet", "talk", "chat", "minutes", "suit", "works", "free"})


@dataclass(frozen=True)
class Reading:
    """What one sentence of the letter does."""

    sentence: Sentence
    echoes: frozenset[str]  # stems shared with the notes and answers
    specifics: frozenset[str]  # content words, echoed or not
    quantity: bool  # a number of something real, a rate or a time span
    counts_thing: bool  # a number of something real (not "a 20-minute call")
    real_things: int  # nouns (or jargon) naming real things, not buzzwords
    own_things: int  # those not echoing the notes: the writer's own
    named: bool  # a capitalised name inside the sentence
    dated: bool  # a day, a date or a time
    claims: bool  # promises a benefit (saves, cuts, boosts, efficiency ...)
    offers: bool  # the candidate steps forward to do something: "I can", "happy to"
    offered: tuple[str, ...] = ()  # what the offer acts on, concrete things only
    points_back: bool = False  # the offer acts on "it", "this", "the same"
    proposal: bool = False  # "my idea", "I suggest": value, but no next step by itself
    hollow_figure: bool = False  # "10x", "300% ROI", "110% effort", "24/7"
    rates_importance: bool = False  # "... is very important", "key parts of"

    @property
    def concrete(self) -> bool:
        return bool(self.echoes) or self.quantity or (self.named and len(self.specifics) >= 1)

    @property
    def hollow(self) -> bool:
        if self.hollow_figure or (self.claims and not self.concrete and self.real_things < 2):
            return True
        # "I will transform your finance operations": a promise beside one echoed noun,
        # with nothing of the writer's own and no figure, is as hollow as none.
        if self.claims and not self.quantity and not self.own_things and len(self.echoes) <= 1:
            return True
        # "Pallet damage in the freezer aisles is a very important issue": the notes' own
        # topics judged important, with nothing of the writer's and no figure, parrots them.
        return (
            self.rates_importance
            and bool(self.echoes)
            and not self.own_things
            and not (self.quantity or self.offers)
        )


def read(sentences: list[Sentence], context: Context) -> list[Reading]:
    readings = [_read(s, context) for s in sentences]
    # "It costs nothing and protects revenue" says what the concrete sentence before
    # it would change: it is not a hollow claim.
    for i in range(1, len(readings)):
        r = readings[i]
        if r.hollow and readings[i - 1].concrete and set(r.sentence.words[:3]) & BACK_REFERENCES:
            readings[i] = replace(r, claims=False)
    return readings


def _read(sentence: Sentence, context: Context) -> Reading:
    words = sentence.words
    specifics, echoes = set(), set()
    for word in words:
        if word in BUZZWORDS:
            continue  # "world-class" is no world and no class
        for part in content_parts(word):
            if is_content(part) and fold(part) not in context.name_words:
                specifics.add(part)
                if stem(part) in context.note_stems:
                    echoes.add(stem(part))
    hollow_figure = has_hollow_figure(sentence.text, words)
    offered, points_back, offers, proposal = read_offer(words, context.interview_stems)
    return Reading(
        sentence=sentence,
        echoes=frozenset(echoes),
        specifics=frozenset(specifics),
        quantity=has_quantity(words) and not hollow_figure,
        counts_thing=has_quantity(words, spans=False) and not hollow_figure,
        real_things=len({w for w in specifics if real_thing(w)}),
        own_things=len(
            {
                w
                for w in specifics
                if real_thing(w) and not is_number(w) and stem(w) not in context.interview_stems
            }
        ),
        named=_has_name(sentence, context),
        dated=any(w in TIME_WORDS for w in words) or has_clock_time(words),
        claims=_claims(words, context),
        offers=offers,
        offered=offered,
        points_back=points_back,
        proposal=proposal,
        hollow_figure=hollow_figure,
        rates_importance=bool(set(words) & IMPORTANCE),
    )


def _claims(words: list[str], context: Context) -> bool:
    """Promises a benefit ("save", "revenue", "boost"), outside a job's title: "the revenue
    analyst job", "the Growth Marketing Manager role" name the job, and promise nothing."""
    titled = _job_title_places(words, context)
    return any(w in CLAIMS for i, w in enumerate(words) if i not in titled)


# The nouns a title ends in, less the metaphors a claim makes of them: "your cost driver",
# "a strong value position" promise, where "the revenue analyst job" names a job.
TITLE_ENDS = (JOB_HEADS - {"driver"}) | (ROLE_NOUNS - {"position", "post"})
# What comes before a title: "about the", "as", "for your", "head of".
BEFORE_A_TITLE = DETERMINERS | PREPOSITIONS | {"as"}
MAX_TITLE_WORDS = 4


def _job_title_places(words: list[str], context: Context) -> set[int]:
    """The places of the words of a job's title: the role of the interview as the letter
    writes it ("revenue analyst"; one word only before "job", "role" ...), and the words
    between a determiner or preposition and a job's noun ("about the profit recovery
    auditor job", "head of growth job"). Linear in the sentence's words."""
    places: set[int] = set()
    role = [fold(w) for w in name_tokens(context.role)][:8]
    if role:
        for i in range(len(words) - len(role) + 1):
            if words[i : i + len(role)] != role:
                continue
            following = words[i + len(role)] if i + len(role) < len(words) else ""
            if len(role) > 1 or following in ROLE_NOUNS:
                places.update(range(i, i + len(role)))
    for i, word in enumerate(words):
        if word not in TITLE_ENDS:
            continue
        for start in range(i - 1, max(-1, i - 1 - MAX_TITLE_WORDS), -1):
            if words[start] in BEFORE_A_TITLE:
                places.update(range(start + 1, i))
                break
    return places


# Words that rate a topic without saying anything of it.
IMPORTANCE = frozenset({"important", "key", "crucial", "essential", "vital", "critical"})


def _has_name(sentence: Sentence, context: Context) -> bool:
    """A capitalised word after the first: a product, a place, an employer."""
    for word in sentence.raw_words[1:]:
        word = word[:-2] if word.lower().endswith("'s") else word
        if (
            word[:1].isupper()
            and word.lower() not in STOPWORDS
            and word != "I"
            and not word.startswith("I'")
            and fold(word) not in context.name_words
            and word.lower() not in TIME_WORDS
        ):
            return True
    return False


# --- the parts of a letter -------------------------------------------------------------


def references(readings: list[Reading], context: Context) -> bool:
    """Recalls something concrete from the conversation: echoes the notes while speaking
    to the reader or of the conversation, or names two things from the notes outside
    the writer's own story."""
    for r in readings:
        if r.hollow:
            continue
        words = set(r.sentence.words)
        addressed = bool(words & (SECOND_PERSON | {"we", "our"} | CONVERSATION_CUES))
        if r.echoes and addressed:
            return True
        if len(r.echoes) >= 2 and not words & {"i", "my"} and not r.offers:
            return True
        if words & SECOND_PERSON and words & REPORTED and r.real_things >= 2:
            return True  # "the Saturday queues you described", "you pointed out that ..."
        if (
            not context.notes
            and words & (SECOND_PERSON | CONVERSATION_CUES)  # not "our", the writer's own
            and not words & PROPOSALS
            and (r.counts_thing or (r.named and r.real_things >= 2))
        ):
            return True  # no notes to compare with: a number or a name will do
    return False


def reminds_of_result(readings: list[Reading]) -> bool:
    """A result or experience of the writer's, with a quantity of something real. A
    change ("went from 40 minutes to 12") may be told in the notes' words; experience
    ("eight years ...") must name something of the writer's own, not only echo the notes
    ("eight years as a plumber, I can help with the callbacks")."""
    for r in readings:
        words = set(r.sentence.words)
        if not r.quantity or len(r.specifics) < 1 or set(r.sentence.unquoted_words) & SECOND_PERSON:
            continue  # "you said the team spends 2 days" is their problem, not a result
        changed = (
            bool(words & CHANGE_WORDS)
            or ("from" in words and "to" in words)
            or (bool(words & CHANGED_BY) and "by" in words)  # "cut the backlog by half"
        )
        if not changed and not r.own_things:
            continue
        if words & FIRST_PERSON or changed:
            return True
        if words & {"years", "months"}:
            return True
    return any(
        _named_experience(r) or result_for_them(readings, i) for i, r in enumerate(readings)
    ) or any(_rated_change(readings, i) for i in range(1, len(readings)))


def _rated_change(readings: list[Reading], i: int) -> bool:
    """ "At the follow-up inspection the medicines section went from 'requires improvement'
    to 'good'": a thing of the writer's story moved from one rating to another, within
    ``STORY_REACH`` sentences of that story, told in the first person and not to the
    reader ("In my current home we had the same finding")."""
    r, words = readings[i], readings[i].sentence.words
    if r.hollow or set(words) & (SECOND_PERSON | FIRST_PERSON) or not r.own_things:
        return False
    moved = any(
        a in CHANGE_WORDS - {"from"} and b == "from" for a, b in zip(words, words[1:], strict=False)
    )
    story = readings[max(0, i - STORY_REACH) : i]
    return moved and "to" in words and any(_own_story(b) for b in story)


def _own_story(r: Reading) -> bool:
    """Told of the writer ("we had the same finding"), not of the reader's problem."""
    words = set(r.sentence.words)
    return bool(words & FIRST_PERSON) and not words & SECOND_PERSON


STORY_REACH = 2


PAST_TAGS = frozenset({lexicon.PAST})
# Past verbs that tell of a move or a feeling, not of work done: "why I left Eastline".
NOT_WORK = frozenset(
    {"left", "quit", "wanted", "got", "came", "went", "thought", "felt", "was", "were",
     "had", "enjoyed", "loved", "liked", "learned", "learnt", "joined", "applied", "moved"}
)  # fmt: skip


def _named_experience(r: Reading) -> bool:
    """ "In my final year with Kestrel Electrical I did most of the testing on our
    consumer unit changes": work the writer did ("I" or "we" and a past verb of work),
    at a named workplace ("at" or "with" a capitalised name), on three things of their
    own."""
    words, raw = r.sentence.words, r.sentence.raw_words
    if r.own_things < 3 or set(words) & SECOND_PERSON or r.hollow:
        return False
    at_workplace = any(
        raw[k - 1].lower() in {"at", "with"} and raw[k][:1].isupper() for k in range(1, len(raw))
    )
    return at_workplace and any(
        w in {"i", "we"}
        and any(
            lexicon.verb_tags(v) & PAST_TAGS and v not in NOT_WORK for v in words[j + 1 : j + 3]
        )
        for j, w in enumerate(words)
    )


def offers_value(readings: list[Reading]) -> bool:
    """A concrete offer (or one pointing back to a concrete sentence), an idea for them
    that names something real ("One idea: pair payouts with invoices nightly"), or a
    result of the writer's side that moved the very thing they are losing ("we brought
    that down to under forty minutes", "second washes fell to almost none"): the fix,
    shown working."""
    return any(
        _concrete_offer(readings, i)
        or _concrete_idea(r)
        or result_for_them(readings, i)
        or _carried_over(readings, i)
        for i, r in enumerate(readings)
    )


MODALS = frozenset({"would", "could", "should", "might", "will"})
# What a method does for a place: "would suit", "could work for", "would fit".
FITS = frozenset({"suit", "work", "fit", "help", "serve"})


def _carried_over(readings: list[Reading], i: int) -> bool:
    """The writer's method put forward for the reader's place: "I'm fairly sure the same
    overnight retard would work for Harbourside over the summer markets". The writer says
    it (first person); before "would suit" stands "the same" or a word naming something of
    the writer's story told earlier; after it, their situation (you, here, the notes'
    words), not the writer ("would suit me")."""
    r = readings[i]
    words = r.sentence.words
    if r.hollow or not set(words) & FIRST_PERSON:
        return False
    at = next(
        (j for j in range(1, len(words) - 1) if words[j] in MODALS and words[j + 1] in FITS),
        None,
    )
    if at is None:
        return False
    method, place = words[:at], words[at + 2 :]
    if set(place) & {"me", "my", "myself", "us", "our"}:
        return False
    theirs = bool(set(place) & (SECOND_PERSON | {"here"})) or any(
        stem(w) in r.echoes for w in place
    )
    told = {stem(w) for b in readings[:i] if _own_story(b) for w in b.sentence.words if _named(w)}
    own = "same" in method or any(_named(w) and stem(w) in told for w in method)
    return theirs and own


def _named(word: str) -> bool:
    """A word that names something: "retard", "shaping", "roster", not "the" or "work"."""
    return is_content(word) and word not in STOPWORDS and word not in FIRST_PERSON


# Verbs that move an amount up or down ("fell", "cut", "saved", "lifted"); the loose ones
# ("went", "brought", "took") only with "down", "up", "off" or "from ... to".
MOVERS = frozenset(
    {"drop", "fall", "cut", "reduce", "lower", "rise", "increase", "raise", "grow", "improve",
     "halve", "double", "triple", "save", "lift", "shrink", "climb", "sink", "jump", "slash",
     "shorten", "trim", "boost", "decrease", "decline", "shave", "ease", "speed", "go",
     "come", "bring", "get", "take", "knock"}
)  # fmt: skip
LOOSE_MOVERS = frozenset({"go", "come", "bring", "get", "take", "knock"})
PARTICLES = frozenset({"down", "up", "off"})
# How far it moved: "to almost none", "by half", "down", "from six to two".
EXTENTS = PARTICLES | frozenset({"to", "by", "from", "nothing", "none", "away", "zero"})
# "Finished three weeks earlier", "one house per day faster": a comparison with a figure.
COMPARATIVES = frozenset(
    {"faster", "quicker", "sooner", "earlier", "fewer", "less", "lower", "higher", "cheaper",
     "shorter"}
)  # fmt: skip
MOVE_REACH = 6  # words after the verb that say how far the amount moved
MOVED = frozenset({lexicon.PAST, lexicon.PARTICIPLE, lexicon.THIRD_PERSON})


def moves_an_amount(words: list[str]) -> bool:
    """The sentence tells of an amount that moved: a verb of change with how far ("waste
    dropped to nearly nothing", "we brought that down", "went from six to two"), or a
    comparison with a figure ("finished three weeks earlier")."""
    for j, w in enumerate(words):
        # A finite or perfect form: "trim" and "cutting" name the work, not a change.
        if not lexicon.verb_tags(w) & MOVED or lexicon.verb_lemma(w) not in MOVERS:
            continue
        after = words[j + 1 : j + 1 + MOVE_REACH]
        how_far = set(after) & EXTENTS or any(is_number(a) for a in after)
        if lexicon.verb_lemma(w) not in LOOSE_MOVERS:
            if how_far:
                return True
        elif "from" in after and "to" in words[j + 2 :]:
            return True  # "went from six to two"
        elif set(after[:4]) & PARTICLES and (
            set(after) & {"to", "by"} or any(is_number(a) for a in after)
        ):
            return True  # "brought the close down to six days", not "went off track"
    # "Three weeks earlier": the figure says by how much; "less than £38,000" is a demand.
    return any(
        w in COMPARATIVES and any(is_number(b) for b in words[max(0, j - 4) : j])
        for j, w in enumerate(words)
    )


def result_for_them(readings: list[Reading], i: int) -> bool:
    """A result of the writer's side that bears on the reader's problem: an amount moved
    (``moves_an_amount``), told in the first person or just after the writer's story
    ("We split the gang in two. Finished three weeks earlier."), not of the reader,
    not hollow; and tied to their situation by a word of the notes or of the letter's
    own account of it ("You said ..."), here or in that story. A name or a place shared
    is no tie: echoes of names and places are never value."""
    r = readings[i]
    words = r.sentence.unquoted_words
    if r.hollow or set(words) & SECOND_PERSON or not moves_an_amount(words):
        return False
    story = [b for b in readings[max(0, i - STORY_REACH) : i] if _own_story(b)]
    if not (set(words) & FIRST_PERSON or story):
        return False
    theirs = {
        stem(w) for b in readings[:i] if set(b.sentence.words) & SECOND_PERSON
        for w in b.sentence.words if is_content(w) and w not in STOPWORDS
    }  # fmt: skip
    return any(_tied(b, theirs) for b in [*story, r]) or any(
        _points_back_to_them(readings, readings.index(b)) for b in [*story, r]
    )


BACK_REACH = 6  # "In Leeds we brought that down ...": "that" early in the sentence


def _points_back_to_them(readings: list[Reading], k: int) -> bool:
    """ "You said Sunday lockouts wait hours ... In Leeds we brought that down ...": the writer's
    sentence acts on "it", "that", "the same", right after the reader's account."""
    if not k or not set(readings[k].sentence.words[:BACK_REACH]) & BACK_REFERENCES:
        return False
    # Their account names real things ("whole fish left over on a Saturday"), not "your
    # goals and challenges going forward".
    account = readings[k - 1]
    told = set(account.sentence.unquoted_words) & SECOND_PERSON
    return bool(told) and account.real_things >= ACCOUNT_THINGS and not account.hollow


ACCOUNT_THINGS = 2


def _tied(r: Reading, theirs: set[str]) -> bool:
    """A lower-case word (not a name or a place) of the notes or of the reader's account."""
    return any(
        w[:1].islower() and (stem(w.lower()) in r.echoes or stem(w.lower()) in theirs)
        for w in r.sentence.raw_words
        if w.lower() not in STOPWORDS and real_thing(w.lower())
    )


def _concrete_idea(r: Reading) -> bool:
    """An idea the candidate puts forward ("One idea: I'd pair payouts with invoices"),
    about something real. Echoing the notes is not enough: the candidate must act."""
    words = r.sentence.words
    suggests = bool(set(words) & IDEA_WORDS) or any(
        a == "we" and b in {"could", "might"} or (a, b) == ("what", "if")
        for a, b in zip(words, words[1:], strict=False)
    )
    acts = bool(set(words) & {"i", "we", "my", "our"})
    if not (suggests and acts):
        # "I wonder whether adding a gated checklist to the top posts ...", "it might be
        # worth looking at ...", "you could try ...": an idea put forward as a question.
        suggests = acts = _tentative_idea(words) and r.own_things >= 1  # not only echoes
        # "It might be worth you getting quotes for a contractor": the reader spends,
        # the writer does nothing; advice to buy or hire in is no value from the candidate.
        acts = acts and not set(words) & BUYING_IN
        # "I wonder if there might be ways ..., maybe a gaming club or something": an
        # idea hedged again inside its own sentence is a sketch, not yet an idea to act on.
        acts = acts and not _hedged_again(words)
    return suggests and acts and not r.hollow and (bool(r.echoes) or r.quantity)


BUYING_IN = frozenset(
    {"hire", "hiring", "contractor", "contractors", "outsource", "outsourcing", "agency",
     "agencies", "consultant", "consultants", "quote", "quotes", "invest", "investing",
     "purchase", "purchasing", "buy", "buying", "vendor", "vendors"}
)  # fmt: skip
TENTATIVE_IDEAS = (
    ("i", "wonder", "whether"), ("i", "wonder", "if"), ("might", "be", "worth"),
    ("may", "be", "worth"), ("could", "be", "worth"), ("you", "could", "try"),
    ("you", "could", "consider"), ("you", "might", "try"), ("you", "might", "consider"),
)  # fmt: skip


SECOND_HEDGES = frozenset({"maybe", "perhaps", "possibly"})
VAGUE_TAILS = (("or", "something"), ("sort", "of"), ("kind", "of"), ("or", "whatever"))


def _hedged_again(words: list[str]) -> bool:
    """A second hedge in the tentative idea's sentence: "maybe", "or something"."""
    if set(words) & SECOND_HEDGES:
        return True
    return any(pair in VAGUE_TAILS for pair in zip(words, words[1:], strict=False))


# What an offer pointing back may point to in its own sentence, naming nothing.
UNNAMED = frozenset({"ideas", "thoughts", "suggestions"})
HEDGING_PAIRS = frozenset({("may", "be"), ("might", "be"), ("could", "be"), ("i", "wonder")})


def _hedged_twice(words: list[str]) -> bool:
    """Two hedges in one sentence ("there may be scope to ... and perhaps ..."): an idea
    not yet put forward."""
    pairs = sum(pair in HEDGING_PAIRS for pair in zip(words, words[1:], strict=False))
    return pairs + len(set(words) & SECOND_HEDGES) >= 2


def _tentative_idea(words: list[str]) -> bool:
    return any(tuple(words[i : i + 3]) in TENTATIVE_IDEAS for i in range(len(words) - 2))


def proposes_next_step(readings: list[Reading]) -> bool:
    """A concrete offer, a question about something real, or a proposal with a time."""
    for i, r in enumerate(readings):
        if _concrete_offer(readings, i) and not r.proposal:
            return True
        if r.sentence.is_question and (r.echoes or len(r.specifics) >= 2 or r.dated):
            return True
        if r.sentence.is_question and r.quantity:
            return True
        words = set(r.sentence.words)
        if r.dated and words & PROPOSALS and words & {"could", "can", "would", "shall", "let"}:
            return True
    return False


def _concrete_offer(readings: list[Reading], i: int) -> bool:
    """The candidate offers to act on something real for them, or on "it" when the
    sentence before names something real."""
    r = readings[i]
    if not r.offers or r.hollow:
        return False
    if r.offered:
        return True
    if not r.points_back:
        return False
    # "it", "this plan", "how I did it": the sentence before, or the writer's own
    # concrete story earlier in the letter.
    if set(r.sentence.words) & UNNAMED:
        # "I have a few ideas about X, and I would love to try them out": "them" is the
        # ideas, never named.
        return False
    previous = readings[i - 1] if i > 0 else None
    if previous and _hedged_twice(previous.sentence.words):
        # "I think there may be scope to look at X and perhaps Y. I'd be happy to share my
        # thoughts on this.": it points back to a hedge, and offers no more than it.
        return False
    if previous and previous.concrete and not previous.hollow:
        return True
    return any(
        p.concrete and not p.hollow and set(p.sentence.words) & FIRST_PERSON for p in readings[:i]
    )


def hollow_sentences(readings: list[Reading]) -> list[str]:
    return [r.sentence.text for r in readings if r.hollow]


# --- whose letter it is ------------------------------------------------------------------

# What the reader told or showed: "you said", "you walked me through".
TOLD = frozenset(
    {"said", "told", "mentioned", "described", "explained", "showed", "asked", "spoke",
     "talked", "raised", "pointed", "shared", "walked", "noted", "flagged", "worried"}
)  # fmt: skip
THE_WRITER = FIRST_PERSON | frozenset({"me", "myself", "mine"})
ABOUT_THE_WRITER = 4  # sentences about the writer, with none about the reader's situation


def about_the_reader(readings: list[Reading], i: int) -> bool:
    """The sentence is about the reader's situation: something of theirs ("your
    backlog"), what they told ("you said"), their situation in the notes' words without
    the writer in it, or the writer acting on it (an offer on real things, a result that
    moved their problem)."""
    r = readings[i]
    words = r.sentence.unquoted_words
    for j, w in enumerate(words):
        if w == "your" and any(real_thing(x) for x in words[j + 1 : j + 4]):
            return True
        if w == "you" and set(words[j + 1 : j + 3]) & TOLD:
            return True
    if r.echoes and not set(words) & THE_WRITER and not r.hollow:
        return True
    if r.sentence.is_question and r.real_things and not set(words) & (PROPOSALS | THE_WRITER):
        return True  # "Is the delay mostly on the sales side?": a question on their situation
    # An offer counts when it is made to them or acts on their situation, not when it is
    # the writer's want: "I'd need Fridays free for competitions", "I would like to
    # restate my strengths" read as a step forward and are for the writer.
    to_them = bool(set(words) & SECOND_PERSON) or any(stem(w) in r.echoes for w in r.offered)
    wanted = _wants(words) or "own" in words
    offer = bool(r.offered) and (to_them or not wanted) and _concrete_offer(readings, i)
    return offer or result_for_them(readings, i)


# The writer's wants: "I'd need Fridays free", "I want somewhere I can ...".
WANTS = frozenset(
    {"need", "needs", "want", "wants", "like", "love", "hope", "expect", "looking", "prefer",
     "rather"}
)  # fmt: skip


def _wants(words: list[str]) -> bool:
    """The writer's want, "I" or "we" just before it: "I'd rather work days", "we'd need
    Fridays free"; not a choice of method for them ("spray on the risk alerts rather than
    the calendar") nor what their things need ("irrigate when a block needs it")."""
    return any(
        w in WANTS
        and set(words[max(0, j - WANT_REACH) : j]) & {"i", "we"}
        and not (w == "rather" and words[j + 1 : j + 2] == ["than"])
        for j, w in enumerate(words)
    )


WANT_REACH = 3  # "I would really like", "we'd need"


def about_the_writer(readings: list[Reading]) -> bool:
    """The letter is about the writer: ``ABOUT_THE_WRITER`` sentences or more about "I" and
    "my", and not one about the reader's situation. A boast's "I'd nail it" or a word
    shared with the notes by chance ("the best trainer you'll see this month") does not
    make it theirs."""
    mine = 0
    for i, r in enumerate(readings):
        if about_the_reader(readings, i):
            return False
        mine += bool(set(r.sentence.unquoted_words) & THE_WRITER)
    return mine >= ABOUT_THE_WRITER
