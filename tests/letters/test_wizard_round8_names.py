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


# --- the company as recorded, its legal form in brackets too -----------------------------


def test_a_legal_form_in_brackets_stays_in_the_company_name():
    result = wizard_draft(
        {"fit": ["i have 3 years treating for termites"]},
        role="Pest Control Technician",
        recipient="Thandi Nkosi",
        company="Kleenhome Pest Control (Pty) Ltd",
    )
    assert "Kleenhome Pest Control (Pty) Ltd" in result.body


def test_a_company_recorded_in_lower_case_gets_the_one_notice_with_its_brackets():
    result = wizard_draft(
        {"fit": ["i have 3 years treating for termites"]},
        role="Pest Control Technician",
        recipient="Thandi Nkosi",
        company="kleenhome pest control (pty) ltd",
    )
    assert "kleenhome pest control (pty) ltd" in result.body
    said = " ".join(n.message for n in result.notices)
    assert said.count("all in lower case") == 1
    assert "“Kleenhome Pest Control (Pty) Ltd”" in said


def test_a_place_in_brackets_after_the_company_is_still_left_out():
    result = wizard_draft(
        {"fit": ["i have 3 years treating for termites"]},
        role="Pest Control Technician",
        recipient="Thandi Nkosi",
        company="Kleenhome Pest Control Ltd (Durban North)",
    )
    assert "Durban North" not in result.body


# --- "his"/"her" for the reader: the same rule everywhere --------------------------------


def reader_draft(connection):
    return wizard_draft(
        {"connection": connection, "fit": ["i have 4 years milking 600 cows"]},
        role="Farm Assistant",
        recipient="Aroha Tane",
        company="Tane Farms",
    )


def test_his_after_a_place_named_with_the_is_the_readers():
    result = reader_draft(
        "we had a yarn about the Rotorua floods, her sister's place was near the lake"
    )
    assert "your sister's place" in result.body


def test_his_after_an_acronym_is_the_readers():
    result = reader_draft("we talked about NZQA courses and her brother who did one too")
    assert "your brother" in result.body


def test_his_after_a_persons_name_stays_theirs():
    result = reader_draft("we talked about Hemi and his quad bike")
    assert "your quad bike" not in result.body


# --- Every Word Capitalised: ordinary words lowered, names and grades kept --------------


def title_case_draft(answers):
    return wizard_draft(
        answers, role="Banker Mason", recipient="Owain Price", company="Price Heritage Stone"
    )


def test_title_case_lowers_a_word_made_of_ordinary_ones():
    result = title_case_draft({"closing": "I Can Bring In A Recut Plinth And A Carved Corbel"})
    assert "a recut plinth" in result.body


def test_title_case_keeps_a_place_after_at_a_grade_and_an_awarding_body():
    result = title_case_draft(
        {
            "fit": ["I Have City & Guilds Level 2 And 6 Years At Tintern On A Grade II* Barn"],
            "connection": "We Both Worked On The Old Abbey Job At Tintern",
        }
    )
    assert "City and Guilds" in result.body or "City & Guilds" in result.body
    assert "Grade II*" in result.body
    assert "at Tintern" in result.body


# --- "may be a name", "may stand for": not an ordinary word in its place ----------------


def said_about(answers):
    result = wizard_draft(answers, role="Deckhand", recipient="Calum Boyd", company="Boyd Ferries")
    return " ".join(n.message for n in result.notices)


def test_a_verb_after_would_is_not_asked_as_a_street_name():
    said = said_about({"value_idea": "i would mark lane numbers on the pier before the boat comes"})
    assert "“mark” may be" not in said


def test_a_plural_of_two_words_run_together_is_not_asked_as_a_name():
    said = said_about({"value_gain": "that should mean less food in the bin from sendbacks"})
    assert "“sendbacks” may be" not in said


def test_a_word_said_twice_is_not_asked_as_letters():
    said = said_about({"fit": ["i have five years deckhand on a ro ro ferry doing the islands"]})
    assert "“ro” may stand for" not in said


def test_a_short_form_of_an_ordinary_word_is_not_asked_as_letters():
    said = said_about({"value_gain_detail": "roughly 40 fewer delays a qtr on the eng side"})
    assert "QTR" not in said
    assert "ENG" not in said
