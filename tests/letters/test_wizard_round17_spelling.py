"""Wizard round 17: common misspellings the spelling checks missed.

wordfreq lists "permenant", "occured" and "tommorow" (people write them), and the word
meant is two edits away or not far more common, so both the wizard and the checker let
them pass: a blind user's letter went out with "Is there a chance to go permenant after
the 12 months?". codespell's list of common misspellings, where it gives one
correction, now corrects them in the wizard's answers and flags them in the checker;
real words and the trades' words stay as typed.
"""

import pytest

from letters.answer_case import Facts
from letters.fragments import check_answer
from letters.management.commands.letter_draft import draft_from
from letters.quality.context import Context
from letters.quality.spelling import check_spelling, correction, in_dictionary


@pytest.mark.parametrize(
    ("key", "typed", "said", "typo"),
    [("question", "Is there a chance to go permenant after the 12 months?",
      "Is there a chance to go permanent after the 12 months?", "permenant"),
     ("fit", "I was made permenant after my first year.",
      "I was made permanent after my first year.", "permenant"),
     ("fit", "The incident occured on my second week and I handled it.",
      "The incident occurred on my second week and I handled it.", "occured"),
     ("closing", "I can come in tommorow if that suits.",
      "I can come in tomorrow if that suits.", "tommorow"),
     ("fit", "I got my traffic controler ticket last year.",
      "I got my traffic controller ticket last year.", "controler"),
     ("value_idea", "I would check the toilets every hour on a busy saterday.",
      "I would check the toilets every hour on a busy Saturday.", "saterday")],
)  # fmt: skip
def test_a_common_misspelling_is_corrected(key, typed, said, typo):
    check = check_answer(key, typed, facts=Facts())
    assert check.sentences == (said,)
    assert typo not in check.sentences[0]
    assert "corrected the spelling" in check.message


def test_the_misspelling_the_blind_user_sent_is_corrected_in_the_draft():
    data = {
        "recipient": "Ms Jane Hart",
        "sender": "Sam Lee",
        "company": "Hart Logistics",
        "role": "Warehouse Operative",
        "answers": {
            "connection": "we talked about the night shifts",
            "question": "Is there a chance to go permenant after the 12 months?",
        },
    }
    draft, _ = draft_from(data)
    assert "go permanent after the 12 months?" in draft.body
    assert "permenant" not in draft.body
    messages = " ".join(n.message for n in draft.notices)
    assert "corrected the spelling of “permenant”" in messages


@pytest.mark.parametrize(
    ("key", "typed"),
    [("question", "Is the role permanent after the 12 months?"),
     ("fit", "The incident occurred on my second week and I handled it."),
     ("fit", "I do the ehr notes every shift."),  # codespell: "her"; a health record
     ("fit", "I finish the tables with tung oil."),  # codespell: "tongue"; a wood finish
     ("fit", "I kept the mise en place tidy for the perio clinic."),
     ("fit", "I can cover a left hander on the line."),  # codespell: "handler"
     ("question", "Are you adding a brite tank soon?"),  # codespell: "bright"
     ("fit", "I specially asked for the night shifts.")],
)  # fmt: skip
def test_a_correct_word_and_a_trade_word_stay_as_typed(key, typed):
    check = check_answer(key, typed, facts=Facts())
    assert check.sentences == (typed,)
    assert "corrected the spelling" not in check.message


@pytest.mark.parametrize(
    ("typo", "meant"),
    [("permenant", "permanent"), ("tommorow", "tomorrow"), ("definately", "definitely")],
)
def test_the_checker_flags_a_common_misspelling_and_suggests_the_word(typo, meant):
    assert not in_dictionary(typo)
    assert correction(typo) == meant
    body = f"Dear Ms Hart,\n\nIt was good to meet you {typo} and talk shop.\n\nBest,\nSam"
    found = check_spelling("Thank you", body, Context.build(recipient="Ms Jane Hart"))
    assert f"{typo} ({meant}?)" in found[0].message


@pytest.mark.parametrize("word", ["permanent", "ehr", "caseload", "metadata"])
def test_the_checker_keeps_real_and_trade_words(word):
    assert in_dictionary(word)


def test_a_word_the_answers_use_is_still_never_flagged():
    """codespell lists some trade words ("brite": a brewery's bright-beer tank), so a word
    the notes or answers use stays the trade's; the wizard corrects a listed misspelling
    in the answers before it reaches the letter."""
    context = Context.build(recipient="Ms Jane Hart", answers=("a brite tank soon",))
    body = "Dear Ms Hart,\n\nWill you add a brite tank soon?\n\nBest,\nSam"
    assert check_spelling("Thank you", body, context) == []
