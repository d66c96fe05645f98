"""Wizard round 17: digits for words a blind shorthand typer used.

"hope 2 hear from you" -> "hope to hear"; "we moved 2 RF scanning" -> "moved to RF
scanning"; "talked about the finals 4 5 minutes before" -> "for 5 minutes". Figures stay:
"we had 2 cook on", "4 5 hour shifts", "level 4 3 days".
"""

import pytest

from letters.answer_case import Facts
from letters.fragments import check_answer

FACTS = Facts(names=("Dave Cole", "Coastline Freight"), recipient="Dave Cole",
              company="Coastline Freight")  # fmt: skip


@pytest.mark.parametrize(
    ("key", "typed", "said"),
    [("closing", "hope 2 hear from you soon", "hope to hear from you soon"),
     ("fit", "i helped set up new bin locations when we moved 2 RF scanning",
      "moved to RF scanning"),
     ("connection", "we both go for the sharks, talked about the finals 4 5 minutes before we "
      "started", "the finals for 5 minutes before we started")],
)  # fmt: skip
def test_a_digit_for_a_word_is_spelled_out(key, typed, said):
    check = check_answer(key, typed, facts=FACTS)
    assert said in " ".join(check.sentences)


@pytest.mark.parametrize(
    ("key", "typed", "kept"),
    [("fit", "i did 4 5 hour shifts a week on the reach truck", "4 5"),
     ("fit", "we moved 2 pallets of stock a minute at peak", "2 pallets"),
     ("fit", "i ran 4 12 hour nights in a row", "4 12")],
)  # fmt: skip
def test_a_figure_stays_a_figure(key, typed, kept):
    check = check_answer(key, typed, facts=FACTS)
    assert kept in " ".join(check.sentences)
