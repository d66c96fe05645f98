"""Wizard round 17: two missing words that are certain (the first in ``own_last``, the
second in ``the_title_said``).

"I helped on about 40 solar installs with last boss" -> "with my last boss": a result
of the person's own, where "last" or "previous" before their workplace is theirs.
"Site manager said racking damage is costing a lot" -> "The site manager said …": a
job title opening a sentence before "said" is someone, with "the".
"""

import pytest

from letters.answer_case import Facts
from letters.fragments import check_answer

FACTS = Facts(names=("Mick Dawson", "Dawson Electrical"), recipient="Mick Dawson",
              company="Dawson Electrical")  # fmt: skip


@pytest.mark.parametrize(
    ("key", "typed", "said"),
    [("fit", "I helped on about 40 solar installs with last boss.",
      "I helped on about 40 solar installs with my last boss."),
     ("fit", "I cut returns by 30% at previous company.",
      "I cut returns by 30% at my previous company."),
     ("value_gain_detail", "At last job the callbacks went from 1 in 8 to 1 in 30.",
      "At my last job the callbacks went from 1 in 8 to 1 in 30."),
     ("value_idea", "I would do the same checklist I used in old workplace.",
      "I would do the same checklist I used in my old workplace.")],
)  # fmt: skip
def test_last_or_previous_workplace_of_the_person_takes_my(key, typed, said):
    check = check_answer(key, typed, facts=FACTS)
    assert " ".join(check.sentences) == said


@pytest.mark.parametrize(
    ("typed", "said"),
    [("Site manager said racking damage from reach trucks is costing a lot.",
      "The site manager said racking damage from reach trucks is costing a lot."),
     ("Store manager mentioned that shrinkage is high.",
      "The store manager mentioned that shrinkage is high."),
     ("Manager told me the rota is short on weekends.",
      "The manager told me the rota is short on weekends.")],
)  # fmt: skip
def test_a_job_title_opening_what_was_said_takes_the(typed, said):
    check = check_answer("value_problem", typed, facts=FACTS)
    assert " ".join(check.sentences) == said


@pytest.mark.parametrize(
    ("key", "typed"),
    [("fit", "At last we finished the job early."),
     ("fit", "I worked with my last boss for 3 years."),
     ("fit", "I was the last one to leave the site."),
     ("value_problem", "The site manager said racking damage is costing a lot."),
     ("value_problem", "Chef said the pass gets backed up on Fridays."),
     ("value_problem", "Kevin said vendors are paid late."),
     ("value_problem", "Management said overtime is too high.")],
)  # fmt: skip
def test_words_already_right_stay(key, typed):
    check = check_answer(key, typed, facts=FACTS)
    assert " ".join(check.sentences) == typed
