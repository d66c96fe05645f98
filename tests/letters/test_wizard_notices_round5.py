"""What a user sees at a step for what the blind graders of the fifth wizard round named
(issue 19): phone shorthand left in the letter, names typed in lower case, the reader
spoken of in the third person, and notes kept as sentences. The answers are invented."""

import pytest

from tests.letters.letter_helpers import notice_for, wizard_draft


def draft(answers, *, role="Boat Builder", recipient="Nadia Oakes", company="Oakes Marine"):
    return wizard_draft(answers, role=role, recipient=recipient, company=company)


def shown(result, answer, number=0):
    found = notice_for(result, answer, number)
    return found.message + (found.fix or "") + result.body


# --- shorthand spelled out where it is certain, asked about where it is not ---------------


@pytest.mark.parametrize(
    ("typed", "spelled"),
    [
        ("we both sailed at Pevensey n raced the same dinghy", "Pevensey and raced"),
        ("you rmbrd my old skipper from the regatta", "remembered my old skipper"),
        ("happy 2 come in for a trial week if you want", "appy to come in"),
        ("thanks 4 showing me the moulds and the new jig", "Thanks for showing me"),
        ("we talked about the late nite launches in the yard", "late night launches"),
    ],
)
def test_phone_shorthand_is_spelled_out_in_the_fix(typed, spelled):
    result = draft({"connection": typed})
    assert spelled in shown(result, "connection")


def test_a_day_after_start_is_spelled_out():
    result = draft({"closing": "can start mon"})
    assert "I can start Monday." in result.body


@pytest.mark.parametrize(
    ("typed", "spelled"),
    [
        ("about 12 hulls/wk at my old yard", "12 hulls a week"),
        ("2 fitters at £18/hr saved most of a day", "£18 an hour"),
        ("cut fairing time to 40ish hours a boat", "about 40 hours"),
        ("saved about £300ish a hull at my old yard", "saved about £300 a hull"),
    ],
)
def test_rates_and_ish_are_said_in_words(typed, spelled):
    result = draft({"value_gain_detail": typed})
    assert spelled in shown(result, "value_gain_detail")
    assert "ish" not in notice_for(result, "value_gain_detail").fix


def test_a_hedge_on_a_figure_is_never_dropped():
    result = draft({"value_gain_detail": "we went from 3 days to about 1 day per hull"})
    assert "about 1 day" in result.body


def test_a_dot_after_shortened_including_does_not_end_the_sentence():
    result = draft({"fit": ["I did 9 yrs on yachts incl. Oyster and Discovery builds"]})
    assert "including. Oyster" not in shown(result, "fit", 1)
    assert "including Oyster" in shown(result, "fit", 1)


def test_visiting_cos_are_companies_not_because():
    result = draft(
        {"value_problem": "visiting cos turn up with no drawings so the fit-out waits a week"}
    )
    assert "because" not in shown(result, "value_problem")


def test_to_each_co_is_to_each_company():
    result = draft({"value_idea": "I would send a checklist to each co 2 weeks before they arrive"})
    assert "to each company 2 weeks" in result.body


def test_at_old_yard_reads_at_my_old_yard():
    result = draft({"fit": ["I ran the paint shop at old yard for 4 years"]})
    assert "at my old yard" in result.body


@pytest.mark.parametrize(("typed", "word"), [("less OT for the fitters", "OT")])
def test_unsure_shorthand_is_named_in_the_notice(typed, word):
    result = draft({"value_gain": typed})
    message = notice_for(result, "value_gain").message
    assert f"“{word}”" in message
    assert "in full" in message


def test_a_request_shortened_to_req_is_named():
    result = draft({"value_idea": "I would send a parts req to the supplier every Monday"})
    message = notice_for(result, "value_idea").message
    assert "“req”" in message


def test_times_between_figures_is_asked_about():
    result = draft({"value_gain_detail": "about 3 hours saved, 4 fitters x £18 an hour"})
    message = notice_for(result, "value_gain_detail").message
    assert "“x”" in message


def test_r_u_at_the_start_of_a_question_is_are_you():
    result = draft({"question": "r u planning a second shed this year?"})
    assert "Are you planning a second shed this year?" in shown(result, "question")


def test_hw_many_is_how_many():
    result = draft({"question": "hw many hulls a year"})
    assert "How many hulls a year" in shown(result, "question")


# --- names typed in lower case ----------------------------------------------------------


def test_a_city_known_as_a_name_is_capitalised_in_one_click():
    result = draft({"fit": ["I have 6 years of fit-out work at a yard in portland"]})
    assert "a yard in Portland" in result.body
    assert "capitalised names" in notice_for(result, "fit", 1).message


def test_a_surname_known_as_a_name_is_capitalised():
    result = draft({"connection": "we both trained under old mr. hawthorne at the college"})
    assert "Hawthorne" in shown(result, "connection")


def test_a_lower_case_name_the_wizard_cannot_be_sure_of_is_asked_about():
    result = draft({"connection": "we both grew up around te awamutu and sailed on the lake"})
    message = notice_for(result, "connection").message
    assert "te awamutu" in message
    assert "capitals" in message


def test_a_rare_brand_in_a_mostly_lower_case_answer_is_asked_about():
    result = draft({"fit": ["I know CNC routing and the old sargent fittings"]})
    message = notice_for(result, "fit", 1).message
    assert "sargent" in message


# --- the reader in the third person ------------------------------------------------------


def test_the_readers_name_with_s_from_is_you_are():
    result = draft({"connection": "Nadia's from Brixham and knew the pub where I worked"})
    assert "You're from Brixham" in result.body
    assert "Nadia's" not in result.body


def test_the_readers_name_with_s_before_a_noun_is_your():
    result = draft({"connection": "Nadia's dad built boats at the same yard as my uncle"})
    assert "Your dad built boats" in result.body


def test_they_for_their_business_is_pointed_at():
    result = draft(
        {
            "value_problem": (
                "You said the moulds keep cracking and they end up buying hulls in, "
                "which costs a lot"
            )
        }
    )
    message = notice_for(result, "value_problem").message
    assert "“they”" in message
    assert "you end up buying" in message


# --- notes kept as sentences ------------------------------------------------------------


def test_a_gain_after_a_comma_with_no_verb_is_pointed_at():
    result = draft({"value_gain": "That frees the fitters' time, more boats out"})
    message = notice_for(result, "value_gain").message
    assert "more boats out" in message
    assert "no verb" in message


def test_a_gain_said_as_a_noun_phrase_is_a_note_with_an_example():
    result = draft(
        {"value_gain": "steady supply of hulls for the fit-out team, less spent on buying in"}
    )
    message = notice_for(result, "value_gain").message
    assert "reads as a note" in message
    assert "a steady supply of hulls" in message.lower()


def test_if_useful_at_the_end_of_a_closing_is_said_in_full():
    result = draft({"closing": "can send a sample fit-out plan if useful"})
    assert "if it's useful" in result.body


def test_a_thing_tacked_on_after_a_comma_is_pointed_at():
    result = draft({"value_idea": "I would check every hull before launch, checklist"})
    message = notice_for(result, "value_idea").message
    assert "“checklist” after a comma has no verb" in message


def test_an_offer_with_no_a_is_shown_with_a():
    result = draft({"closing": "I can send sample fit-out plan if you like"})
    message = notice_for(result, "closing").message
    assert "without “a” or “the”" in message
    assert "I can send a sample fit-out plan if you like." in message


def test_an_offer_of_something_said_without_a_is_not_asked_about():
    result = draft({"closing": "I can send feedback on the drawings if you like"})
    assert "without “a”" not in notice_for(result, "closing").message


def test_title_case_keeps_a_known_city_and_the_place_it_names():
    result = draft({"connection": "We Both Trained At The North Kelloway Street School In Boston"})
    assert "the North Kelloway Street School in Boston" in result.body


def test_an_example_never_garbles_a_figure_that_is_not_a_change():
    result = draft(
        {"value_gain_detail": "each day down in winter costs them about £9,000 she said"}
    )
    message = notice_for(result, "value_gain_detail").message
    assert "I got each day" not in message
    assert "“costs you about £9,000" in message


def test_a_credential_acronym_gets_its_article():
    result = draft({"fit": ["RGN, NMC registered"]})
    assert "I am an RGN, NMC registered." in result.body


def test_a_heading_problem_is_exampled_without_that():
    result = draft(
        {
            "value_problem": "summer losses from osmosis, repairs going in late because "
            "the crews are still launching boats"
        }
    )
    message = notice_for(result, "value_problem").message
    assert "You mentioned summer losses from osmosis" in message
    assert "You mentioned that summer" not in message


def test_a_verb_after_a_comma_with_no_subject_is_asked_for_it():
    result = draft({"value_idea": "I would photo every job before quoting, takes 5 minutes"})
    message = notice_for(result, "value_idea").message
    assert "and it takes 5 minutes" in message


def test_he_d_after_the_readers_name_is_you_d():
    result = draft({"connection": "Nadia told me she'd built her first dinghy at twelve"})
    assert "You told me you'd built your first dinghy at twelve." in result.body


def test_the_readers_first_name_with_an_honorific_after_it_is_you():
    result = wizard_draft(
        {"connection": "Arjun sir and I found we both sailed at Mumbai, he was a year senior"},
        role="Boat Builder",
        recipient="Mr. Arjun Mehta (Hiring)",
        company="Oakes Marine",
    )
    assert "You and I found we both sailed" in result.body
    assert "sir" not in result.body.split("\n\n")[1]


def test_a_short_plural_that_is_letters_is_asked_about():
    result = draft({"value_problem": "the new gps units losing signal in the shed every morning"})
    message = notice_for(result, "value_problem").message
    assert "“gps”" in message or "“gps units”" in message


def test_a_problem_with_an_adjective_before_its_noun_is_not_exampled_with_being():
    result = draft({"value_problem": "cracked moulds sitting in the yard an extra week"})
    message = notice_for(result, "value_problem").message
    assert "being cracked" not in message


def test_the_readers_first_name_inside_a_place_name_is_left_alone():
    result = wizard_draft(
        {"connection": "you told me about your first boat in San Nadia, we both sailed there"},
        role="Boat Builder",
        recipient="Chef Nadia Oakes",
        company="Oakes Marine",
    )
    assert "San Nadia" in result.body
    assert "San you" not in result.body


def test_a_place_of_something_typed_in_lower_case_is_asked_about():
    result = draft({"fit": ["I have 4 seasons of boat repair work in the isle of mull"]})
    assert "“isle of mull”" in notice_for(result, "fit", 1).message


def test_a_place_of_the_something_is_not_asked_about():
    result = draft({"fit": ["I have 4 seasons of repair work at the bay of the marina"]})
    assert "may be a name" not in notice_for(result, "fit", 1).message


@pytest.mark.parametrize(
    ("typed", "spelled"),
    [
        ("I would antifoul the whole fleet in feb before the season", "in February before"),
        ("I would check every hull during the Nov haul-out", "during the November haul-out"),
    ],
)
def test_a_months_short_form_is_spelled_out(typed, spelled):
    result = draft({"value_idea": typed})
    assert spelled in result.body


def test_mar_the_verb_is_not_a_month():
    result = draft({"value_idea": "I would tape the edges so grit cannot mar the gelcoat"})
    assert "March" not in result.body


def test_a_credential_held_for_years_reads_have_been():
    result = draft({"fit": ["Certified marine surveyor in Devon for 9 years."]})
    assert "I have been a certified marine surveyor in Devon for 9 years." in result.body
    assert "I am a certified marine surveyor in Devon for 9" not in result.body


def test_so_and_a_distance_says_who_is_that_near():
    typed = draft({"fit": ["I live in Brixham so 10 min from the yard"]})
    assert "I live in Brixham so I'm 10 minutes from the yard." in typed.body
    note = draft({"fit": ["live in Brixham so 10 min from the yard"]})
    assert "so I'm 10 minutes from the yard" in notice_for(note, "fit", 1).message


def test_an_example_keeps_one_experience():
    result = draft({"fit": ["6 years rigging experience in a boatyard"]})
    message = notice_for(result, "fit", 1).message
    assert "experience in rigging experience" not in message
    assert "6 years of rigging experience in a boatyard" in message


def test_good_before_a_noun_is_not_made_i_am_good():
    result = draft({"fit": ["Good hands on CNC routing and resin infusion"]})
    assert "I am good hands" not in shown(result, "fit", 1)


def test_a_gain_with_a_verb_after_its_comma_is_exampled_with_which():
    result = draft({"value_gain": "fewer leaks, saves resin and time"})
    assert "fewer leaks, which saves resin and time" in notice_for(result, "value_gain").message


def test_a_figure_sentence_with_an_adverb_before_its_verb_is_used():
    typed = "At my last yard, roughly a third of owners now choose antifouling, at £400 a hull."
    result = draft({"value_gain_detail": typed})
    assert typed in result.body


def test_lake_before_a_known_name_is_part_of_it():
    result = draft({"connection": "we both fish at lake murray on weekends"})
    assert "at Lake Murray on weekends" in result.body


def test_told_her_i_reads_told_you_i():
    result = draft(
        {"connection": "Nadia said she started in the paint shop and I told her I did too"}
    )
    assert "I told you I did too" in result.body
    assert "your I" not in result.body


def test_told_you_i_is_not_split_as_a_run_on():
    result = draft(
        {"connection": "Nadia said she started in the paint shop, and I told her I did too"}
    )
    assert "I told you. I" not in notice_for(result, "connection").message


def test_looking_forward_to_hear_reads_hearing():
    result = draft({"closing": "Looking forward to hear from you about the trial week"})
    assert "looking forward to hearing from you" in result.body


def test_let_me_know_is_not_asked_with_a_question_mark():
    result = draft({"question": "Kindly let me know when the yard visit can be arranged?"})
    assert "Kindly let me know when the yard visit can be arranged." in result.body


def test_years_in_a_slashed_trade_are_not_spent():
    result = draft({"fit": ["8 yrs paint/fairing incl. superyachts"]})
    assert "I have spent 8 years paint" not in shown(result, "fit", 1)
    assert "I have 8 years in paint/fairing including superyachts." in result.body


def test_a_common_misspelling_is_corrected_in_the_fix():
    result = draft({"question": "Is there a seperate crew for the paint shop?"})
    assert "Is there a separate crew for the paint shop?" in result.body
    assert "corrected the spelling" in notice_for(result, "question").message
