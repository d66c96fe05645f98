"""Issue 19, set V: slips a blind grader quoted in letters the wizard left as typed
("to here from you", "paint waisted", "Witch paint system", "for you're time",
"going else were", "the colour is of.", "becuase"). Where the words around leave one
reading the step offers the corrected version; a sentence right as typed ("here you go",
"high-waisted", "Which", "he was off", "of course") is kept."""

import pytest

from letters.answer_case import Facts
from letters.fragments import check_answer


def _check(key: str, typed: str):
    return check_answer(key, typed, facts=Facts())


@pytest.mark.parametrize(
    ("key", "typed", "mended"),
    [("closing", "I look forward to here from you.", "to hearing from you"),
     ("closing", "I hope to here from you soon.", "hope to hear from you"),
     ("closing", "I look forward to here what you think.", "forward to hearing what"),
     ("question", "Witch paint system do you use?", "Which paint system"),
     ("value_problem", "You said a lot of paint waisted on each job.", "paint wasted"),
     ("value_problem", "You said there is time waisted on the rota.", "time wasted"),
     ("value_problem", "You said the crew waisted time on callbacks.", "wasted time"),
     ("closing", "Thank you for you're time.", "for your time"),
     ("closing", "Thanks for you're help with the rota.", "for your help"),
     ("fit", "I was going else were but I stayed.", "going elsewhere"),
     ("value_problem", "You said the colour is of, so the job gets redone.", "colour is off,"),
     ("value_problem", "You said the colour was of because the mix was old.",
      "colour was off because"),
     ("value_problem", "You said the paint is a bit of.", "a bit off."),
     ("fit", "I moved on becuase the shop closed.", "because the shop closed")],
)  # fmt: skip
def test_a_set_v_slip_is_offered_corrected(key, typed, mended):
    check = _check(key, typed)
    assert mended in " ".join(check.sentences) or mended in check.message
    assert "We suggest a corrected version" in check.message


@pytest.mark.parametrize(
    ("key", "typed", "kept"),
    [("closing", "Here you go, my CV is attached.", "Here you go"),
     ("fit", "I was here from 2019 until 2021.", "I was here from 2019"),
     ("fit", "I moved here from Leeds.", "moved here from"),
     ("question", "Which paint system do you use?", "Which paint system"),
     ("fit", "I sold the witch costumes at Halloween.", "witch costumes"),
     ("fit", "I fitted high-waisted trousers all day.", "high-waisted"),
     ("fit", "I altered high waisted trousers all day.", "high waisted"),
     ("fit", "I knew you're the one to ask.", "you're the one"),
     ("fit", "I said he was off, so I covered.", "was off, so"),
     ("fit", "I could of course cover the rota.", "of course"),
     ("fit", "I was one of the team.", "one of the team"),
     ("fit", "I was going elsewhere but I stayed.", "going elsewhere"),
     ("fit", "I did not know where else were hiring.", "else were hiring"),
     ("fit", "I looked for something else were I could grow.", "something else"),
     ("closing", "Thank you for you're patience and you're time.", "your patience"),
     ("value_problem", "You said the colour is of the old kind.", "is of the old"),
     ("fit", "I was in charge of, and paid for, the stock.", "charge of,")],
)  # fmt: skip
def test_a_sentence_right_as_typed_is_kept(key, typed, kept):
    assert kept in " ".join(_check(key, typed).sentences)


@pytest.mark.parametrize(
    ("key", "typed", "mended"),
    [("fit", "I asked wht the team needed first.", "what the team needed"),
     ("value_gain", "You said repeat orders went 8% 2 about 14% last year.",
      "8% to about 14%"),
     ("fit", "I grew margins from 8% 2 14% in a year.", "from 8% to 14%")],
)  # fmt: skip
def test_set_v_shorthand_is_spelled_out(key, typed, mended):
    assert mended in " ".join(_check(key, typed).sentences)


@pytest.mark.parametrize(
    ("key", "typed", "kept"),
    [("fit", "I ran it with 2 of us on the till.", "2 of us"),
     ("fit", "I did a 2 year course in Leeds.", "2-year course"),
     ("fit", "I grew margins from 8% to 14% in a year.", "8% to 14%"),
     ("fit", "I grew sales 8% 2 years running.", "8% 2 years"),
     ("fit", "I ran the co-op shop for 3 years.", "co-op"),
     ("fit", "I cut CO2 on the vans by a third.", "CO2")],
)  # fmt: skip
def test_set_v_figures_and_words_are_kept(key, typed, kept):
    assert kept in " ".join(_check(key, typed).sentences)


def test_a_2_between_figures_hedged_as_typed_is_to():
    """ "went 8% 2 approx 14%" (V18): the hedge is spelled out after, so "2" sees "approx"."""
    from letters.answer_case import Facts
    from letters.fragments import check_answer

    typed = "last co conversion went 8% 2 approx 14% after 1 hr callback rule"
    check = check_answer("value_gain_detail", typed, facts=Facts())
    assert "8% to about 14%" in " ".join(check.sentences)


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("I done alot of CO2 transcritical work for Pick n Pay stores", "Pick n Pay"),
     ("I used Proclaim n Leap at my last firm", "Proclaim and Leap")],
)  # fmt: skip
def test_a_shop_named_with_n_keeps_it(typed, kept):
    """ "Pick n Pay" (W09) is a name; "Proclaim n Leap" is two products, "and"."""
    from letters.answer_case import Facts
    from letters.fragments import check_answer

    assert kept in " ".join(check_answer("fit", typed, facts=Facts()).sentences)
