"""Set V (users/log.md): three answers used "as you wrote it" though they are notes or
not the user's own act. A gain typed as a list of comparatives with no verb of its own
("More drilling time per shift and more metres blasted, …", "blasted" read as a verb;
"Shorter dwell times … and fewer trams running late …", "dwell" read as one) is a note,
as "Fewer emergency callouts, rounds stay on track" is. A result typed as a CV line after
a count of years ("5 years tattooing, …, fully booked 6 weeks out at my current studio")
does not say it is the user, whatever "my" comes later. An idea said of someone else
("He could try announcements …, like we did at busy bus stops") is not the user's idea,
though a "we" comes later in it; it was rejected in V10 and used in V13. Real sentences
of the same look keep being used."""

import pytest

from letters.fragments import LEFT_OUT, Facts, check_answer

FACTS = Facts(names=("Dana Whitfield", "Dean Morris"), company="Elm Court", recipient="Dana")


def checked(key, typed):
    return check_answer(key, typed, facts=FACTS)


@pytest.mark.parametrize(
    "typed",
    [
        "More drilling time per shift and more metres blasted, without cutting any safety checks",
        "Shorter dwell times in the city centre and fewer trams running late across the network",
        "Fewer missed bins and more streets cleared before lunch",
    ],
)
def test_a_gain_listed_as_comparatives_is_a_note(typed):
    check = checked("value_gain", typed)
    assert check.status == LEFT_OUT
    assert "reads as a note" in check.message
    assert "That " in check.message  # the step's example, "That would mean …"


@pytest.mark.parametrize(
    "typed",
    [
        "More customers come back when the bins are clean.",
        "Fewer trams would run late.",
        "More customers would come back and fewer would complain.",
        "Fewer trams run late and more passengers get a seat.",
    ],
)
def test_a_gain_said_as_a_sentence_is_used(typed):
    check = checked("value_gain", typed)
    assert check.status != LEFT_OUT, check.message


@pytest.mark.parametrize(
    "typed",
    [
        "5 years tattooing, fine line and blackwork, fully booked 6 weeks out at my current studio",
        "11 years drilling, 6 years as rock drill operator, fully certified at my old shaft",
    ],
)
def test_a_result_as_a_cv_line_after_a_count_does_not_say_it_is_you(typed):
    check = checked("fit", typed)
    assert check.status == LEFT_OUT
    assert "does not say it is you" in check.message
    assert "I have" in check.message


@pytest.mark.parametrize(
    "typed",
    [
        "5 years tattooing and I'm fully booked 6 weeks out at my current studio",
        "I have 5 years tattooing, fully booked 6 weeks out at my current studio",
        "6 years at my current studio, where I do fine line and blackwork",
    ],
)
def test_a_result_that_says_i_is_not_rejected_as_not_you(typed):
    check = checked("fit", typed)
    assert "does not say it is you" not in check.message


@pytest.mark.parametrize(
    "typed",
    [
        "He could try announcements a stop early asking passengers to move down inside, "
        "and drivers closing up promptly once the platform is clear, like we did at busy "
        "bus stops",
        "He could let the team leader go in early, so we start drilling straight away",
        "They should put a sign on the door like we had at my last job",
        "Someone could check the bins every morning, as we did at my old site",
        "She could run the rota on a whiteboard",
    ],
)
def test_an_idea_said_of_someone_else_does_not_say_it_is_you(typed):
    check = checked("value_idea", typed)
    assert check.status == LEFT_OUT
    assert "does not say it is you" in check.message
    assert "I would" in check.message


@pytest.mark.parametrize(
    "typed",
    [
        "We could try announcements a stop early, like we did at busy bus stops",
        "I would try announcements a stop early, so he could see the difference",
        "I think they could try announcements a stop early, and I would help set it up",
        "They could put a sign on the door and I would make it",
        "He could ask the crews first, and we could start with the night shift",
    ],
)
def test_an_idea_with_we_or_i_is_used(typed):
    check = checked("value_idea", typed)
    assert check.status != LEFT_OUT, check.message
