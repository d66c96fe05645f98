"""What the checker can say about a letter: one rule per finding, and the finding itself."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import NamedTuple


class Rule(NamedTuple):
    weight: int  # points taken off a perfect 100
    severity: str  # "error" | "warning" | "tip"
    fix: str


# One row per finding, in the order findings are reported. The four things that
# make a follow-up worth sending (the decision-maker's name, a moment from the
# conversation, a result, something of value) weigh most; polish weighs least.
# A fatal error (the wrong person, the wrong company, a letter nobody reads to the
# end) caps the score instead: see CAPS. Timing weighs nothing: the score rates the
# words, and a late letter is still worth sending today, which its own finding says.
RULES: dict[str, Rule] = {
    "vague_subject": Rule(6, "warning", "Name the role or the topic you discussed, e.g. "
                          "“Backend Engineer: an idea for the invoice backlog”."),
    "wrong_name": Rule(15, "error", "This letter is for {name}: open with “Dear {name},”."),
    "misspelled_name": Rule(15, "error", "Write “{name}” exactly as they spell it; check "
                            "their email signature."),
    "generic_greeting": Rule(12, "error", "Open with “Dear {name},”: the letter is for the "
                             "person who decides."),
    "missing_name": Rule(10, "error", "Start with “Dear {name},” on its own line."),
    "other_company": Rule(15, "error", "Remove {name}: this letter goes to {company}, and a "
                          "reused letter tells them they are one of many."),
    "placeholder": Rule(10, "error", "Replace each placeholder with the real name, figure "
                        "or date before you send it."),
    "wrong_role": Rule(10, "error", "Name the role you interviewed for: {role}."),
    "wrong_day": Rule(10, "error", "Check the day: the interview was on {day}."),
    "wrong_person": Rule(10, "error", "Name only the people you met: {names}."),
    "wrong_signature": Rule(10, "error", "Sign with your own name: {sender}."),
    "missing_signature": Rule(10, "error", "Sign with your name under the sign-off: {sender}."),
    "pasted_note": Rule(10, "error", "Turn the note into a sentence that says who does what, "
                        "e.g. “You said prior auths take three days; I cut ours to one.”"),
    "fragment": Rule(10, "error", "Give it a subject and a verb, e.g. “The nightly batch "
                     "misses the 6 a.m. SLA, so dispatch waits.”, or join it to the next "
                     "sentence."),
    "lower_case": Rule(8, "error", "Start each sentence with a capital letter and write "
                       "“I”, not “i”."),
    "name_case": Rule(8, "error", "Write the name as its owner does: “{name}”."),
    "text_speak": Rule(8, "error", "Write the words out (“you”, “thanks”, “going to”) and "
                       "leave out emoji and “!!”: a follow-up is a letter, not a text message."),
    "title_case": Rule(8, "error", "Use sentence case: a capital only for the first word, "
                       "names and acronyms (“I cut cancellations by 18% at Plated Box.”)."),
    "too_short": Rule(10, "error", "Aim for 75-200 words: a sentence each for the moment you "
                      "recall, your result and your idea."),
    "too_long": Rule(15, "error", "Cut to under 200 words: keep one result and one idea."),
    "long": Rule(5, "warning", "Trim to 200 words or fewer: drop a sentence that repeats your CV."),
    "no_specific_reference": Rule(15, "error", "Recall something concrete from the "
                                  "conversation, e.g. “the two-day invoice backlog you "
                                  "described”, so they remember you."),
    "no_skill_reminder": Rule(12, "warning", "Add one concrete result with a number and what "
                              "it counts: “month-end close went from 6 days to 3”."),
    "no_value_offer": Rule(15, "error", "Offer something concrete for their problem: “I can "
                           "bring the checklist we used on Thursday.”"),
    "hollow_claim": Rule(15, "error", "Say what would change and how, with something real "
                         "(a number, a name, their problem), or drop the sentence."),
    "no_next_step": Rule(10, "warning", "End with a concrete next step: an offer (“Shall I "
                         "send the sketch?”) or a question about their problem."),
    "begging": Rule(30, "error", "Drop the pleading: show what you would do for them instead."),
    "pressure": Rule(30, "error", "Drop the deadline or ultimatum; if you have another offer, "
                     "tell the recruiter by phone."),
    "salary_demand": Rule(30, "error", "Leave pay out of the follow-up: discuss it when they "
                          "make an offer."),
    "apology": Rule(25, "error", "Don't apologise for the interview: add the answer you wish "
                    "you had given, briefly."),
    "late_apology": Rule(20, "warning", "Drop the apology for the delay: thank them, recall "
                         "the conversation and get to your idea. A late letter needs no "
                         "excuse; an excuse is what they remember."),
    "blame": Rule(30, "error", "Never blame a former employer or colleague in writing; say "
                  "what you learned or leave it out."),
    "talks_down": Rule(20, "error", "Describe their problem in their words and offer your "
                       "fix: calling their set-up a mess tells them you would be hard to "
                       "work with."),
    "hedging": Rule(12, "warning", "Say it plainly: “I can sketch a phased plan”, not “I "
                    "might possibly be able to, if it's not overstepping”."),
    "generic_phrases": Rule(3, "warning", "Replace each with something only you could say: "
                            "a fact from the interview, a result, an idea."),
    "spelling": Rule(4, "warning", "Correct them; spell names and products the way their "
                     "owners do."),
    "hard_to_read": Rule(6, "warning", "Split long sentences and prefer plain words; aim for "
                         "under 25 words a sentence."),
    "too_similar": Rule(10, "warning", "Interviewers compare notes: recall what this person "
                        "asked and offer them their own idea."),
    "before_interview": Rule(10, "error", "Send it after the interview. Written ahead? Keep "
                             "the thanks for after it, or thank them for the invitation instead."),
    "late": Rule(0, "warning", "Send it today anyway: a late, specific letter beats none."),
    "send_soon": Rule(0, "tip", "Fix the errors, then send it now: good enough today beats "
                      "perfect tomorrow."),
}  # fmt: skip
RULE_ORDER = {code: i for i, code in enumerate(RULES)}

# The highest score a letter with this fatal error can get, when the finding is sure of
# its evidence (``Finding.sure``); an ambiguous one caps only beside another (``settle_caps``).
NOT_READY = 65  # a letter with one of these is not ready to send, whatever else it has
# A copy-and-paste tell (a placeholder left in, someone else's signature, another role,
# day or person) shows the letter was written for someone else: worse than a slip of the
# keyboard, it tells the reader they are one of many.
COPIED = 50
CAPS = {
    "wrong_name": 20,  # the greeting names someone else
    "other_company": 20,  # names another firm where the employer belongs
    "placeholder": COPIED,
    "wrong_role": COPIED,
    "wrong_day": COPIED,
    "wrong_person": COPIED,
    "wrong_signature": COPIED,
    "missing_signature": NOT_READY,
    "pasted_note": NOT_READY,
    "fragment": NOT_READY,
    "lower_case": NOT_READY,
    "name_case": NOT_READY,
    "title_case": NOT_READY,
    "text_speak": NOT_READY,
    "no_value_offer": NOT_READY,  # only with no result or no recall: nothing is for them
    "spelling": NOT_READY,  # only with five typos or more
    "begging": 50,
    "pressure": 50,
    "salary_demand": 50,
    "apology": 50,
    "blame": 50,
    "talks_down": NOT_READY,  # "your rota is clearly a mess": a tone rewrite before sending
    "generic_greeting": 50,  # "Dear Hiring Manager" to a named interviewer
    "too_long": 30,  # over 300 words
}
CAPPED_LENGTH = 300


@dataclass(frozen=True)
class Finding:
    code: str
    message: str
    fix: str
    severity: str  # "error" | "warning" | "tip"
    weight: int = 0  # points off
    cap: int | None = None  # the highest score the letter can get with it
    words: tuple[str, ...] = ()  # the words it is about (spelling: each can be added)
    # Is the evidence unambiguous? One short verbless line may be a signature or a line
    # for effect, one organisation-looking name the writer's own past: such a finding caps
    # only beside another (see ``settle_caps``).
    sure: bool = True


# An ambiguous capping finding alone takes this many points off, at least and at most,
# and names its fix: enough to notice, not enough to call a strong letter unready.
UNSURE_WEIGHT = (10, 20)
UNSURE_TOGETHER = 2  # ambiguous findings that cap together: poor letters have several
# Findings read from the same evidence: verbless lines read as a fragment or as a pasted
# note are one doubt seen twice, not two independent ones.
SAME_EVIDENCE = {"fragment": "verbless lines", "pasted_note": "verbless lines"}


def settle_caps(findings: list[Finding]) -> list[Finding]:
    """The findings with their caps as they apply: a sure finding caps; an ambiguous one
    caps only with ``UNSURE_TOGETHER`` or more of them read from independent evidence
    (``SAME_EVIDENCE``), and otherwise takes off its weight within ``UNSURE_WEIGHT``."""
    unsure = [f for f in findings if f.cap is not None and not f.sure]
    if len({SAME_EVIDENCE.get(f.code, f.code) for f in unsure}) >= UNSURE_TOGETHER:
        return findings
    low, high = UNSURE_WEIGHT
    return [
        replace(f, cap=None, weight=min(max(f.weight, low), high)) if f in unsure else f
        for f in findings
    ]


def finding(
    code: str,
    message: str,
    *,
    times: int = 1,
    capped: bool = False,
    sure: bool = True,
    words: tuple[str, ...] = (),
    **fix_args: object,
) -> Finding:
    """The finding ``code`` with its rule's fix and severity; ``fix_args`` fill the fix's
    blanks; ``times`` multiplies its weight (one per hollow sentence); ``capped`` caps
    the score at the rule's cap, on its own only when ``sure``."""
    rule = RULES[code]
    cap = CAPS[code] if capped else None
    fix = rule.fix.format(**fix_args)
    return Finding(code, message, fix, rule.severity, rule.weight * times, cap, words, sure)
