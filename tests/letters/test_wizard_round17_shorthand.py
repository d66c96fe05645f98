"""Wizard round 17: shorthand a simulated user saw mended wrongly or left as typed.

"ID" in capitals is an identification, never "I'd"; "&" in a name ("Mason & Hamlin") stays;
"what's the roster like 4 new starters?" is "like for", not a hedge "about"; a "2" after
"~", "about" or in a range is a number (no "too" hint); "upto", "throught the year", "diff
contractors", "v keen" and South African "v" for "we" where no other reading is left.
"""

import pytest

from letters.answer_case import Facts
from letters.fragments import check_answer


def _check(key, typed, facts=None):
    return check_answer(key, typed, facts=facts or Facts())


def _said(key, typed, facts=None):
    return " ".join(_check(key, typed, facts).sentences)


@pytest.mark.parametrize(
    ("key", "typed", "said"),
    [("fit", "I cut ID near misses on night admissions by half.",
      "I cut ID near misses on night admissions by half."),
     ("value_idea", "id run the CMM program myself", "I'd run the CMM program myself."),
     ("closing", "id love to come in for a trial", "I'd love to come in for a trial."),
     ("fit", "I sold Mason & Hamlin pianos for 6 years.",
      "I sold Mason & Hamlin pianos for 6 years."),
     ("fit", "I did cuts & colours for 6 years.", "I did cuts and colours for 6 years."),
     ("question", "What's the roster like 4 new starters?",
      "What's the roster like for new starters?"),
     ("question", "What's the roster like 4 weeks out?", "What's the roster like 4 weeks out?"),
     ("value_gain_detail", "it took like 10 min per patient",
      "It took about 10 minutes per patient."),
     ("fit", "I did it upto 3 times a week.", "I did it up to 3 times a week."),
     ("fit", "I kept the yard going throught the year.",
      "I kept the yard going through the year."),
     ("fit", "I managed diff contractors on site.", "I managed different contractors on site."),
     ("closing", "I'm v keen to start.", "I'm very keen to start."),
     ("question", "do v just stop the line when it jams?",
      "Do we just stop the line when it jams?")],
)  # fmt: skip
def test_shorthand_is_spelled_out_only_where_certain(key, typed, said):
    assert _said(key, typed) == said


def test_a_company_name_with_an_ampersand_keeps_it_typed_in_lower_case():
    facts = Facts(company="Hollis & Sons Ltd", names=("Hollis & Sons Ltd",))
    assert "Hollis & Sons" in _said("fit", "I did 3 rewires for hollis & sons last year.", facts)


def test_id_in_capitals_opening_an_answer_is_never_i_would():
    check = _check("value_problem", "ID near misses on night admissions")
    assert "I'd" not in check.message
    assert "You mentioned ID near misses" in check.message


def test_thought_or_through_is_left_when_either_could_be_meant():
    assert "throught" in _said("fit", "I throught the plan was good and I ran it for 2 years.")


def test_v_is_left_where_it_may_be_versus():
    assert "v Hull" in _said("connection", "We both watched Leeds v Hull at the weekend.")
    assert "v old rivals" in _said("connection", "we both played for city v old rivals")


def test_diff_before_a_part_or_a_check_is_left():
    assert "diff locks" in _said("fit", "I fix diff locks on trucks")
    assert "diff checks" in _said("fit", "I ran the diff checks every night")


def test_a_two_after_about_or_in_a_range_gets_no_too_hint():
    for typed in (
        "It cut the wait from 6 hrs to ~2",
        "we went from 8 a night to maybe 2",
        "we had 1-2 a week and now 2",
    ):
        assert "“too”" not in _check("value_gain_detail", typed).message
    assert "“too”" in _check("connection", "we both support west ham 2").message
