"""Spelling and phone shorthand missed or mended wrongly in set AB (AB04, AB14, AB16, AB17).

"testng" (TestNG, a test framework) was "corrected" to "testing"; "d" (the), "der"
(there), "r 2 high", "knws", "knw", "fwd 2" were kept while the notice said "spelled out
the shorthand"; "And is der staff bus from town." kept its full stop; "cases 1st" and
"wfo" were kept unnamed; "cords lasted there full rated jumps" and "aswell" were kept;
"bolishing" (polishing) got no likely word. The answers here are invented, from other
trades, in the same patterns; the negative cases must stay as typed."""

import pytest

from tests.letters.letter_helpers import checked_plain, said_plain

# --- tool names typed in lower case are names, not typos --------------------------------


@pytest.mark.parametrize(
    ("key", "typed", "said"),
    [
        (
            "fit",
            "I have 2 years automation with selenium java and testng.",
            "Selenium Java and TestNG",
        ),
        (
            "fit",
            "i wrote unit tests in junit and logged bugs in jira",
            "in JUnit and logged bugs in Jira",
        ),
        ("fit", "i drew the site plans in autocad for 3 years", "in AutoCAD for"),
        ("fit", "I tested the APIs in postman and ran them on jenkins.", "in Postman"),
        ("fit", "i kept the stock counts in sap at the depot", "in SAP at"),
        ("fit", "I built the pipelines on github and jenkins.", "on GitHub"),
    ],
)
def test_tool_names_take_their_capitals(key, typed, said):
    assert said in said_plain(key, typed)


def test_testng_is_not_corrected_to_testing():
    check = checked_plain("fit", "I have 2 years automation with selenium java and testng.")
    assert "testing" not in " ".join(check.sentences) + check.message


@pytest.mark.parametrize(
    ("key", "typed", "kept"),
    [
        ("fit", "I tapped the maple trees and boiled the sap every spring.", "boiled the sap"),
        ("fit", "I was the postman for the village for 6 years.", "the postman for"),
        ("value_problem", "You mentioned selenium levels in the soil were low.", "selenium levels"),
    ],
)
def test_words_that_are_also_tool_names_stay(key, typed, kept):
    assert kept in said_plain(key, typed)


# --- shorthand spelled out where it is certain --------------------------------------------


@pytest.mark.parametrize(
    ("key", "typed", "said"),
    [
        ("connection", "we found out my uncle knws your father", "my uncle knows your father"),
        ("question", "pls let me knw when the next round is", "let me know when"),
        ("closing", "thx 4 ur time, looking fwd 2 ur reply", "looking forward to your reply"),
        ("closing", "thanks again, look fwd 2 meeting the crew", "look forward to meeting"),
        ("connection", "we both trained at the same college, diff batches", "different batches"),
        ("connection", "we both worked at Tesco, diff shifts", "different shifts"),
        (
            "connection",
            "her uncle knows my father from d fishing festival",
            "from the fishing festival",
        ),
        ("value_idea", "I would rest d paddy 4-6 hrs after drying", "rest the paddy"),
        ("value_idea", "I would check d tyre pressures every morning", "check the tyre pressures"),
        ("fit", "I loaded the trucks at d depot for 3 years", "at the depot"),
        ("question", "is d roster weekly or monthly?", "Is the roster weekly"),
        ("question", "is der staff bus from town?", "Is there staff bus"),
        ("question", "are der any night shifts?", "Are there any night"),
        ("value_problem", "You mentioned brokens r 2 high after milling.", "brokens are too high"),
        ("value_problem", "You mentioned the tills r 2 slow at lunch.", "tills are too slow"),
        (
            "value_idea",
            "I would plate the starters 1st, then the mains.",
            "plate the starters first",
        ),
        ("value_idea", "I would automate the top 200 regression cases 1st.", "cases first"),
    ],
)
def test_certain_shorthand_is_spelled_out(key, typed, said):
    assert said in said_plain(key, typed)


@pytest.mark.parametrize(
    ("key", "typed", "kept"),
    [
        ("fit", "I got a d in maths but passed my trade test.", "a d in maths"),
        ("fit", "I got a D in maths but passed my trade test.", "a D in maths"),
        (
            "value_idea",
            "If that fails we go to Plan D and call the co-op.",
            "Plan D and call the co-op",
        ),
        ("fit", "I ran the vitamin d checks on the ward.", "vitamin d checks"),
        (
            "fit",
            "I worked over there for 3 years and there are 40 staff.",
            "over there for 3 years",
        ),
        ("question", "Can I start on the 1st of May?", "on the 1st of May"),
        ("fit", "I came 1st in the regional barista cup.", "came 1st in the"),
        ("fit", "I worked the 1st shift at the bakery.", "the 1st shift"),
        ("fit", "I look after the diff locks on the fleet.", "diff locks"),
        ("value_gain_detail", "We cut it from 5 days to 2 days.", "5 days to 2 days"),
    ],
)
def test_other_readings_stay_as_typed(key, typed, kept):
    assert kept in said_plain(key, typed)


def test_shorthand_left_as_typed_is_named_and_not_claimed():
    check = checked_plain("value_idea", "I would sort the paddy, d new line is faster")
    assert "“spelled out the shorthand”" not in check.message
    assert "spelled out the shorthand," not in check.message
    assert "“the”" in check.message


def test_unsure_der_is_named():
    check = checked_plain("fit", "I drove der trucks for 4 years.")
    assert "der" in " ".join(check.sentences)
    assert "“there”" in check.message or "“their”" in check.message


@pytest.mark.parametrize(
    ("key", "typed", "named"),
    [
        ("question", "Is the role hybrid or full wfo?", "“wfo”"),
        ("value_gain_detail", "In my last co regression went from 4 days to 6 hours.", "“co”"),
    ],
)
def test_unsure_shorthand_is_named(key, typed, named):
    assert named in checked_plain(key, typed).message


# --- a question typed with a full stop -------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "pls is d shift 12hrs or 8hrs? n is der staff bus frm town",
            "And is there staff bus from town?",
        ),
        ("Is the roster weekly? And are the shifts 10 hours.", "And are the shifts 10 hours?"),
        (
            "What is the start date? Also can I bring my own knives.",
            "Also can I bring my own knives?",
        ),
        (
            "Is parking free? Please will the uniform be provided.",
            "Please will the uniform be provided?",
        ),
    ],
)
def test_a_question_after_and_or_please_gets_its_question_mark(typed, said):
    assert said in said_plain("question", typed)


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("Is the roster weekly? And do send me the forms.", "And do send me the forms."),
        ("Is parking free? Please do call me on Monday.", "Please do call me on Monday."),
    ],
)
def test_a_request_after_and_or_please_keeps_its_full_stop(typed, kept):
    assert kept in said_plain("question", typed)


# --- typos ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "typed", "said"),
    [
        (
            "value_gain_detail",
            "and cords lasted there full rated jumps",
            "lasted their full rated jumps",
        ),
        ("fit", "I helped the drivers do there daily checks.", "do their daily checks"),
        ("fit", "I booked there yearly services for each van.", "booked their yearly services"),
        (
            "question",
            "Will the jump masters be trained on the swing aswell?",
            "on the swing as well?",
        ),
        ("fit", "I ran the till aswell as the coffee machine.", "the till as well as"),
    ],
)
def test_typos_are_corrected(key, typed, said):
    assert said in said_plain(key, typed)


@pytest.mark.parametrize(
    ("key", "typed", "kept"),
    [
        ("fit", "I worked over there full time for 3 years.", "over there full time"),
        ("fit", "I was there full time in 2019.", "there full time"),
        ("fit", "I started there last year as a packer.", "started there last year"),
    ],
)
def test_there_as_a_place_stays(key, typed, kept):
    assert kept in said_plain(key, typed)


@pytest.mark.parametrize(
    ("key", "typed", "meant"),
    [
        ("value_problem", "You mentioned the edge bolishing is slow.", "“polishing”"),
        ("value_idea", "I would do the final bolish by hand.", "“polish”"),
        ("fit", "I cut granit and marble for 11 years.", "“granite”"),
    ],
)
def test_a_typo_notice_offers_the_likely_word(key, typed, meant):
    assert meant in checked_plain(key, typed).message


@pytest.mark.parametrize(
    ("key", "typed", "said"),
    [
        ("closing", "happy to knw more about the role", "happy to know more"),
        ("question", "can u let me knw if the role is on nights?", "let me know if"),
    ],
)
def test_knw_is_know_where_no_tense_is_asked(key, typed, said):
    assert said in said_plain(key, typed)


def test_knw_after_he_is_named_not_spelled_out():
    check = checked_plain("connection", "You and me both from Mysuru, and you said he knw my dad.")
    assert "knw" in " ".join(check.sentences)
    assert "“knw”" in check.message


def test_the_after_and_is_named():
    check = checked_plain("value_problem", "You mentioned brokens r 2 high and d dryer is uneven.")
    assert "“the”" in check.message
    assert "spelled out the shorthand we are sure of" in check.message
