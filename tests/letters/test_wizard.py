"""The wizard's wording: letters assembled from answers, and prefills from the notes."""

from letters import quality, wizard
from tests.letters.letter_helpers import DM_ANSWERS

ACME = {"company": "Acme Corp", "role": "Data Engineer"}


def decision_maker_letter(answers=DM_ANSWERS):
    return wizard.assemble(
        answers=answers,
        recipient_name="Dana Whitfield",
        sender_name="Alex Morgan",
        is_decision_maker=True,
        **ACME,
    )


def panel_letter(answers=DM_ANSWERS):
    return wizard.assemble(
        answers=answers,
        recipient_name="Sam Ortiz",
        sender_name="Alex Morgan",
        is_decision_maker=False,
        **ACME,
    )


def check(draft, recipient, other_bodies=()):
    return quality.check_letter(
        subject=draft.subject,
        body=draft.body,
        recipient_name=recipient,
        known_names=("Dana Whitfield", "Sam Ortiz", "Acme Corp", "Data Engineer", "Alex Morgan"),
        other_bodies=other_bodies,
    )


def test_the_decision_makers_letter_reads_as_one_letter_from_the_answers():
    draft = decision_maker_letter()

    assert draft.subject == "Reports arrive a day late: an idea after our Data Engineer interview"
    assert draft.body == (
        "Dear Dana,\n\n"
        "Thank you for talking with me about the Data Engineer role. I keep thinking about "
        "our conversation about your plan to move the nightly batch jobs to streaming.\n\n"
        "This is close to work I have done: I cut month-end reporting from 6 days to 2 at "
        "Globex. I also migrated 40 batch jobs to Kafka streams.\n\n"
        "You mentioned reports arrive a day late because the ETL runs overnight. One idea: "
        "run the ETL incrementally every hour, which could save your team time (about 10 "
        "hours a week). It is only a sketch, and I would gladly refine it with your team.\n\n"
        "Is the delay worst at month-end, or every day?\n\n"
        "Would you be open to a 20-minute call next week so I can walk you through the "
        "idea?\n\n"
        "Best regards,\nAlex Morgan"
    )


def test_a_letter_assembled_from_good_answers_scores_70_or_more():
    report = check(decision_maker_letter(), "Dana Whitfield")

    assert report.score >= 70, report.findings
    assert 75 <= report.word_count <= 200


def test_each_gain_is_phrased_so_the_checker_sees_an_offer_of_value():
    for gain in (wizard.Gain.EFFICIENCY, wizard.Gain.PROFIT, wizard.Gain.SAVINGS):
        draft = decision_maker_letter(DM_ANSWERS | {"value_gain": gain, "value_gain_detail": ""})

        codes = {f.code for f in check(draft, "Dana Whitfield").findings}

        assert "no_value_offer" not in codes, gain


def test_a_panel_members_letter_is_shorter_and_not_too_alike_to_the_decision_makers():
    decision_maker = decision_maker_letter()
    colleague = panel_letter(
        DM_ANSWERS
        | {
            "connection": "You asked how I design Airflow DAGs for backfills, which I enjoyed.",
            "question": "How long does a typical backfill block the nightly run?",
            "closing": wizard.DEFAULT_PANEL_CLOSING,
        }
    )

    assert colleague.body.startswith("Dear Sam,\n\nThank you for your part in my Data Engineer")
    assert len(colleague.body.split()) < len(decision_maker.body.split())
    assert colleague.subject != decision_maker.subject
    codes = {f.code for f in check(colleague, "Sam Ortiz", [decision_maker.body]).findings}
    assert "too_similar" not in codes


def test_missing_answers_leave_their_part_out_instead_of_leaving_gaps():
    draft = decision_maker_letter({"connection": "we talked about dashboards"})

    assert draft.subject == "An idea after our Data Engineer interview at Acme Corp"
    assert draft.body == (
        "Dear Dana,\n\nThank you for talking with me about the Data Engineer role. We talked "
        "about dashboards.\n\nBest regards,\nAlex Morgan"
    )


def test_a_question_without_a_question_mark_gets_one():
    draft = decision_maker_letter(DM_ANSWERS | {"question": "how do you measure the delay."})

    assert "\n\nHow do you measure the delay?\n\n" in draft.body


def test_results_written_with_a_leading_i_are_not_doubled():
    draft = decision_maker_letter(DM_ANSWERS | {"fit": ["I led a team of 5 engineers."]})

    assert "This is close to work I have done: I led a team of 5 engineers.\n" in draft.body


def test_the_greeting_uses_the_first_name_or_a_title_with_the_last_name():
    assert wizard.greeting("Dana Whitfield") == "Dear Dana"
    assert wizard.greeting("Dr. Priya Raman") == "Dear Dr. Raman"
    assert wizard.greeting("") == "Dear"


def test_notes_about_the_interviewer_are_prefilled_as_words_to_them():
    answers = wizard.initial_answers(
        discussed="Their plan to move the nightly batch jobs to streaming.",
        problem_mentioned="Reports arrive a day late because the ETL runs overnight.",
        is_decision_maker=True,
    )

    assert answers == {
        "connection": "I keep thinking about our conversation about your plan to move the "
        "nightly batch jobs to streaming.",
        "value_problem": "reports arrive a day late because the ETL runs overnight",
        "closing": wizard.DEFAULT_CLOSING,
    }


def test_a_panel_member_is_invited_differently_than_the_decision_maker():
    closing = wizard.closing_prefill(is_decision_maker=False)

    assert closing == wizard.DEFAULT_PANEL_CLOSING != wizard.DEFAULT_CLOSING


def test_empty_notes_prefill_nothing():
    answers = wizard.initial_answers(discussed="", problem_mentioned="  ", is_decision_maker=True)

    assert answers["connection"] == answers["value_problem"] == ""


def test_every_step_has_an_example_and_a_reason_and_the_six_steps_are_in_order():
    assert [s.name for s in wizard.STEPS] == [
        "recipient", "connection", "fit", "value", "question", "closing"
    ]  # fmt: skip
    assert [s.number for s in wizard.STEPS] == [1, 2, 3, 4, 5, 6]
    assert all(s.example and s.why for s in wizard.STEPS)
    assert wizard.FINISHED == 7
