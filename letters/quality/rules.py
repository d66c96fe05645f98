"""What the checker can say about a letter: one rule per finding, and the finding itself."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple


class Rule(NamedTuple):
    weight: int  # points taken off a perfect 100
    severity: str  # "error" | "warning" | "tip"
    fix: str


# One row per finding, in the order findings are reported. The four things that
# make a follow-up worth sending (the decision-maker's name, a moment from the
# conversation, a result, something of value) weigh most; polish weighs least.
# Timing weighs nothing: the score rates the words, and a late letter is still
# worth polishing and sending today, which its own finding says.
RULES: dict[str, Rule] = {
    "vague_subject": Rule(6, "warning", "Name the role or the topic you discussed, e.g. "
                          "“Backend Engineer: an idea for the invoice backlog”."),
    "generic_greeting": Rule(12, "error", "Open with “Dear {name},”: the letter is for the "
                             "person who decides."),
    "missing_name": Rule(10, "error", "Start with “Dear {name},” on its own line."),
    "misspelled_name": Rule(15, "error", "Write “{name}” exactly as they spell it; check "
                            "their email signature."),
    "too_short": Rule(15, "error", "Aim for 75-200 words: a sentence each for the moment you "
                      "recall, your result and your idea."),
    "too_long": Rule(20, "error", "Cut to under 200 words: keep one result and one idea."),
    "long": Rule(5, "warning", "Trim to 200 words or fewer: drop a sentence that repeats your CV."),
    "no_specific_reference": Rule(20, "error", "Recall a moment, e.g. “When you mentioned the "
                                  "two-day invoice backlog, ...”, so they remember you."),
    "no_skill_reminder": Rule(15, "warning", "Add one concrete result, ideally with a number: "
                              "“At Acme I cut month-end close from 6 days to 3.”"),
    "no_value_offer": Rule(20, "error", "Offer one idea for a problem they mentioned and say "
                           "what it saves or earns: time, money, errors."),
    "no_question": Rule(6, "warning", "Ask one real question about their problem, e.g. “Is "
                        "the backlog worst at month-end?”"),
    "no_next_step": Rule(10, "warning", "Invite the next step: “Would you be open to a "
                         "20-minute call to walk through the idea?”"),
    "generic_phrases": Rule(12, "warning", "Replace each with something only you could say: "
                            "a fact from the interview, a result, an idea."),
    "spelling": Rule(4, "warning", "Correct them; spell names and products the way their "
                     "owners do."),
    "hard_to_read": Rule(6, "warning", "Split long sentences and prefer plain words; aim for "
                         "under 25 words a sentence."),
    "too_similar": Rule(10, "warning", "Interviewers compare notes: recall what this person "
                        "asked and offer them their own idea."),
    "late": Rule(0, "warning", "Send it today anyway: a late, specific letter beats none."),
    "send_soon": Rule(0, "tip", "Fix the errors, then send it now: good enough today beats "
                      "perfect tomorrow."),
}  # fmt: skip
RULE_ORDER = {code: i for i, code in enumerate(RULES)}


@dataclass(frozen=True)
class Finding:
    code: str
    message: str
    fix: str
    severity: str  # "error" | "warning" | "tip"


def finding(code: str, message: str, **fix_args: object) -> Finding:
    """The finding `code` with its rule's fix and severity; `fix_args` fill the fix's blanks."""
    rule = RULES[code]
    return Finding(code, message, rule.fix.format(**fix_args), rule.severity)
