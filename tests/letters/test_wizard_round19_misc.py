"""Round 19: an arrow between figures is "to"; informal words are no acronyms; the
reader named after a comma is "you"."""

from tests.letters.letter_helpers import notices_text, wizard_draft


def test_arrow_between_figures_reads_to():
    answers = {"value_gain_detail": "At my last job we brought queries ~60/month -> ~15."}
    result = wizard_draft(answers, role="Payroll Executive", company="Acme")
    assert "about 60 a month to about 15" in result.body
    assert "so about 15" not in result.body


def test_arrow_between_words_still_so():
    answers = {"value_problem": "late OT data -> late salary"}
    result = wizard_draft(answers, role="Payroll Executive", company="Acme")
    assert "late OT data so late salary" in notices_text(result, "value_problem")


def test_informal_words_not_asked_as_acronyms():
    answers = {"value_idea": "i would get the tix sorted for my mam"}
    result = wizard_draft(answers, role="Line Cook", company="Acme")
    assert "may stand for something" not in notices_text(result, "value_idea")


def test_reader_named_after_comma_is_you():
    answers = {"value_gain_detail": "last quarter, Sophie said 3 went overdue"}
    result = wizard_draft(answers, role="Recruiter", company="Acme", recipient="Sophie Turner")
    assert "Last quarter, you said 3 went overdue." in result.body


def test_reader_named_after_and_is_you():
    answers = {"value_gain_detail": "340 gas certs a year and Sophie said 3 went overdue last year"}
    result = wizard_draft(
        answers, role="Office Administrator", company="Acme", recipient="Sophie Grant (Redline)"
    )
    assert "and you said 3 went overdue last year" in notices_text(result, "value_gain_detail")


def test_his_after_a_place_near_abbreviated_is_asked():
    answers = {"connection": "we both grew up nr Morrinsville, his dad n my grandad shore together"}
    result = wizard_draft(answers, role="Farm Assistant", company="Acme", recipient="Graham")
    assert "write “you” and “your” wherever you mean them" in notices_text(result, "connection")
