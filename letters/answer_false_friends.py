"""Probable false friends of a second language, named in a hint; never mended.

A word that looks like one of the writer's own language but means something else in English
changes what the letter says, and no notice pointed at it: "I pretend to organize the station
with two persons" (Portuguese "pretender", to intend), "Actually I am working in a mussel farm"
("atualmente", currently), "if the formation on the new plows is before December" (French
"formation", training) were in graded answer sets. Each is named with the likely fix, and the
user decides (``letters.answer_slips`` joins them):

- "I pretend to organize", "you pretend to use" -> "plan to", "intend to" (Portuguese,
  Spanish "pretender", French "prétendre", Italian "pretendere"): "I", "we" or "you" straight
  before "pretend" in the present, and a verb after "to". Not "I don't pretend to know", "we
  pretended to be customers", "they pretend to work", nor with "be", "know", "like" … after
  it, where English says make-believe or modesty;
- "Actually I am working in", "actually I work 2 years like" -> "currently", "now"
  ("atualmente", "actualmente", "aktuell", "aktualnie"): "actually" opening the sentence or
  its clause, then "I" or "we" and a present statement of where one works, lives or studies.
  Not "I actually enjoyed it", "Actually, it was the second shift", "Actually, I work well
  under pressure";
- "assisted to the meeting" -> "attended" ("assistir a", "asistir a", "assister à"): "assist"
  and "to" before an event ("assist to the best of my ability" is left alone);
- "I did a formation in food safety", "the formation on the new plows" -> "training" or
  "course" ("formação", "formación", "formation"): after a verb one takes a course with, or
  before "on" and what is taught. Not "the formation of the company", "a 4-4-2 formation".

"eventually" for "possibly" ("we could eventually add a second oven") reads right in English
too, so it gets no hint; "since 5 years" and "I am agree" are mended by the grammar already.
Every check looks a bounded number of words ahead of each word, so the work is linear.
"""

from __future__ import annotations

from letters.answer_words import WORD_MARKS, bare_word, ends_clause, typed_span
from letters.quality import lexicon

PRETEND = frozenset({"pretend"})
# Who intends: a third person pretending ("they pretend to work") is plain English.
PRETENDERS = frozenset({"i", "we", "you"})
# Between the subject and "pretend": "I also pretend to open".
PRETEND_ADVERBS = frozenset({"also", "really", "still", "now", "then", "first", "soon"})
# After "pretend to" these read as make-believe or modesty in English ("pretend to be busy",
# "I pretend to know", "pretend to like it").
MAKE_BELIEVE = frozenset({
    "be", "know", "understand", "like", "love", "enjoy", "care", "agree", "listen", "sleep",
    "read", "laugh", "cry", "smile", "feel", "have", "see", "hear", "forget", "remember",
})  # fmt: skip

# Where "actually" opens a clause: the sentence's start, after a comma, "and", "but", "so".
CLAUSE_JOINS = frozenset({"and", "but", "so"})
ACTUALLY_SUBJECTS = frozenset({"i", "we"})
BE_PRESENT = frozenset({"am", "are", "i'm", "we're"})
# "I am working in", "we are living at"; "I am based in", "I am employed as".
PRESENT_STATES = frozenset({"working", "living", "studying", "volunteering"})
SETTLED = frozenset({"employed", "unemployed", "based"})
PRESENT_VERBS = frozenset({"work", "live", "study"})
# After "I work" a place, a role or a length: "work at", "work 2 years like kitchen porter".
WORK_FOLLOWS = frozenset({
    "in", "at", "as", "for", "on", "like", "near", "from", "with", "part-time", "full-time",
    "nights", "weekends", "there", "here", "two", "three", "four", "five", "six", "one",
})  # fmt: skip

ASSIST = {
    "assist": "attend", "assists": "attends", "assisted": "attended", "assisting": "attending",
}  # fmt: skip
EVENT_DETERMINERS = frozenset({
    "the", "a", "an", "my", "our", "your", "their", "this", "that", "these", "those", "every",
    "some", "all",
})  # fmt: skip
EVENTS = frozenset({
    "meeting", "meetings", "course", "courses", "class", "classes", "training", "conference",
    "conferences", "interview", "session", "sessions", "lecture", "lectures", "workshop",
    "workshops", "seminar", "seminars", "event", "events", "ceremony", "presentation",
    "induction", "briefing", "briefings", "talk", "talks", "lesson", "lessons", "fair",
    "congress", "mass", "webinar", "demonstration", "demo", "open",
})  # fmt: skip

FORMATION = frozenset({"formation", "formations"})
# The verbs one takes a course with: "did a formation", "finished my formation".
COURSE_VERBS = frozenset({
    "do", "did", "does", "doing", "done", "make", "made", "making", "take", "took", "taking",
    "taken", "follow", "followed", "following", "complete", "completed", "finish",
    "finished", "attend", "attended", "attending", "start", "started", "receive", "received",
})  # fmt: skip
OWN_DETERMINERS = frozenset({
    "a", "an", "the", "my", "our", "your", "their", "his", "her", "this", "that", "some", "any",
    "one", "two", "three", "more", "new",
})  # fmt: skip
# What is taught after "formation on": not a place on a pitch or a day.
NOT_TAUGHT = frozenset({
    "pitch", "field", "left", "right", "wing", "ground", "day", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "weekend", "weekends", "top",
})  # fmt: skip


def _pretend(words: list[str]) -> list[tuple[str, str]]:
    """ "I pretend to organize" -> ("pretend to organize", "if you mean a plan, say
    “plan to organize” or “intend to organize” …")."""
    found = []
    bares = [bare_word(w) for w in words]
    for at in range(1, len(words) - 2):
        if bares[at] not in PRETEND or bares[at + 1] != "to" or ends_clause(words[at]):
            continue
        subject = at - 1
        if bares[subject] in PRETEND_ADVERBS and subject and not ends_clause(words[subject - 1]):
            subject -= 1
        if (
            bares[subject] not in PRETENDERS
            or ends_clause(words[subject])
            or ends_clause(words[at + 1])
        ):
            continue
        verb = words[at + 2].rstrip(WORD_MARKS)
        if verb != verb.lower() or not verb.isalpha() or verb in MAKE_BELIEVE:
            continue
        if lexicon.BASE not in lexicon.verb_tags(verb):
            continue
        said = typed_span(words, at, at + 3)
        found.append((
            said,
            f"if you mean a plan, say “plan to {verb}” or “intend to {verb}” "
            "(in English “pretend” means to make believe)",
        ))  # fmt: skip
    return found


def _opens_clause(words: list[str], at: int) -> bool:
    """Whether a clause starts at ``at``: the sentence's start, after a comma or after
    "and", "but", "so"."""
    if at == 0:
        return True
    before = words[at - 1]
    return before.endswith((",", ";", ":")) or (
        bare_word(before) in CLAUSE_JOINS and before == bare_word(before)
    )


def _present_work(bares: list[str], at: int) -> int:
    """The index after "I am working", "I work", "we are based" … at ``at`` (the subject)
    when what follows says where one works, lives or studies now; or -1."""
    verb = at + 1
    if bares[at] in ACTUALLY_SUBJECTS and verb < len(bares) and bares[verb] in BE_PRESENT:
        verb += 1
    elif bares[at] not in ("i'm", "we're") and bares[at] not in ACTUALLY_SUBJECTS:
        return -1
    if verb + 1 >= len(bares):
        return -1
    word, after = bares[verb], bares[verb + 1]
    if verb == at + 1 and bares[at] in ACTUALLY_SUBJECTS:
        working = word in PRESENT_VERBS  # "I work at", "we live in"
    elif word in SETTLED:
        return verb + 1  # "I am based in", "I am unemployed"
    else:
        working = word in PRESENT_STATES  # "I am working in", "I'm living at"
    if not working or not (after in WORK_FOLLOWS or after.isdigit()):
        return -1
    if after == "on" and verb + 2 < len(bares) and bares[verb + 2] in ("it", "that", "this"):
        return -1  # "Actually, I'm working on it": in fact, not now
    return verb + 1


def _actually(words: list[str]) -> list[tuple[str, str]]:
    """ "Actually I am working in a pizzeria" -> ("Actually I am working", "if you mean “now”,
    say “Currently I am working” …")."""
    found = []
    bares = [bare_word(w) for w in words]
    for at in range(len(words) - 2):
        if bares[at] != "actually" or not _opens_clause(words, at):
            continue
        subject = at + 1
        if words[at].rstrip('"”)').endswith((";", ":", ".", "!", "?")):
            continue
        end = _present_work(bares, subject)
        if end < 0 or any(ends_clause(w) for w in words[subject : end - 1]):
            continue
        if end < len(bares) and bares[end] in ("now", "currently"):
            continue
        said = typed_span(words, at, end)
        currently = "Currently" if words[at][:1].isupper() else "currently"
        found.append((
            said,
            f"if you mean “now”, say “{currently}{said[8:]}” (in English “actually” means "
            "“in fact”)",
        ))  # fmt: skip
    return found


def _assist_to(words: list[str]) -> list[tuple[str, str]]:
    """ "assisted to the meeting" -> ("assisted to the meeting", "say “attended the meeting”
    (“assist” means help)")."""
    found = []
    bares = [bare_word(w) for w in words]
    for at in range(len(words) - 3):
        if bares[at] not in ASSIST or bares[at + 1] != "to" or ends_clause(words[at]):
            continue
        if ends_clause(words[at + 1]) or bares[at + 2] not in EVENT_DETERMINERS:
            continue
        for noun in range(at + 3, min(len(words), at + 6)):
            if bares[noun] in EVENTS and words[noun - 1] == words[noun - 1].rstrip(WORD_MARKS):
                said = typed_span(words, at, noun + 1)
                rest = typed_span(words, at + 2, noun + 1)
                found.append((said, f"say “{ASSIST[bares[at]]} {rest}” (“assist” means help)"))
                break
            if ends_clause(words[noun]):
                break
    return found


def _formation(words: list[str]) -> list[tuple[str, str]]:
    """ "did a formation in food safety" -> ("a formation", "if you mean a course, say “a
    training course” …"); "the formation on the new plows" -> ("formation", "… “training” …")."""
    found = []
    bares = [bare_word(w) for w in words]
    for at, bare in enumerate(bares):
        if bare not in FORMATION or words[at].strip(WORD_MARKS) != bare:
            continue
        after = bares[at + 1] if at + 1 < len(words) and not ends_clause(words[at]) else ""
        if after == "of":
            continue  # "the formation of the company"
        verb = at - 1
        while verb >= 0 and at - verb <= 2 and bares[verb] in OWN_DETERMINERS:
            verb -= 1
        taken = verb >= 0 and at - verb <= 3 and bares[verb] in COURSE_VERBS
        taken = taken and not any(ends_clause(w) for w in words[verb:at])
        taught = after == "on" and at + 2 < len(words) and bares[at + 2] not in NOT_TAUGHT
        taught = taught and (at + 3 >= len(words) or bares[at + 3] not in NOT_TAUGHT)
        if not (taken or taught):
            continue
        one = words[at].strip(WORD_MARKS)
        if bare == "formations":
            fix = "“training courses”"
        elif at and bares[at - 1] in ("a", "an") and not ends_clause(words[at - 1]):
            one, fix = f"{words[at - 1]} {one}", "“a training course” or “a course”"
        else:
            fix = "“training”"
        found.append((
            one,
            f"if you mean a course, say {fix} (in English “formation” is a shape or how "
            "something is formed)",
        ))  # fmt: skip
    return found


def false_friends(words: list[str]) -> list[tuple[str, str]]:
    """The probable false friends of one sentence's words: (the words, the fix said)."""
    return _pretend(words) + _actually(words) + _assist_to(words) + _formation(words)
