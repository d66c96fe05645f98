"""What a user sees for names and capitals the simulated users of the seventh blind round
named (issue 19): a multi-word name is capitalised whole or not at all. The answers are
invented."""

from tests.letters.letter_helpers import wizard_draft


def draft(
    answers, *, role="Station Firefighter", recipient="Assistant Chief Fire Officer Niamh Ryan"
):
    return wizard_draft(
        answers, role=role, recipient=recipient, company="Kerry Airport Fire Service"
    )


# --- a rank's words in the reader's name are no names of their own ------------------------


def test_a_rank_word_from_the_readers_name_is_not_capitalised_alone():
    result = draft({"fit": ["i did my fire course at the curragh in 2016"]})
    assert "fire course" in result.body
    assert "Fire course" not in result.body


def test_a_multi_word_name_is_capitalised_whole_or_not_at_all():
    result = draft({"fit": ["i have 6 years with the air corps fire service at baldonnel"]})
    assert "Air Corps Fire service" not in result.body
    assert "air corps fire service" in result.body.lower()
    assert "Fire service" not in result.body
