"""Wizard round 17: a list of gains run on with "and".

"fewer queries and corrections and happier staff and less time spent on reruns" is a
list of three gains written with an "and" before each; the list takes commas, keeping
the last "and": "fewer queries and corrections, happier staff and less time …". Only
where each joined item starts with a word of comparison, so an "and" inside one item
("queries and corrections") stays.
"""

import pytest

from letters.answer_case import Facts
from letters.fragments import check_answer

FACTS = Facts(names=("Ms Mokoena", "Cape Harvest Foods"), recipient="Ms Mokoena",
              company="Cape Harvest Foods")  # fmt: skip


@pytest.mark.parametrize(
    ("typed", "said"),
    [("That would mean fewer queries and corrections and happier staff and less time spent "
      "on reruns.",
      "That would mean fewer queries and corrections, happier staff and less time spent on "
      "reruns."),
     ("That would mean more repeat clients and more bookings and less downtime.",
      "That would mean more repeat clients, more bookings and less downtime."),
     ("It would mean fewer callbacks and fewer failed inspections and lower costs and "
      "happier customers.",
      "It would mean fewer callbacks, fewer failed inspections, lower costs and happier "
      "customers.")],
)  # fmt: skip
def test_a_list_of_gains_takes_commas_and_keeps_its_last_and(typed, said):
    check = check_answer("value_gain", typed, facts=FACTS)
    assert check.sentences == (said,)
    assert "corrected the grammar" in check.message


@pytest.mark.parametrize(
    "typed",
    ["That would mean fewer queries and happier staff.",
     "That would mean fewer queries, happier staff and less time spent on reruns.",
     "I would work faster and more carefully and you would see it."],
)  # fmt: skip
def test_two_items_or_a_list_with_commas_stays_as_typed(typed):
    check = check_answer("value_gain", typed, facts=FACTS)
    assert " ".join(check.sentences) == typed
