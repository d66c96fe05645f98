"""The wizard's wording: letters assembled from answers a coach would send unchanged."""

import pytest

from letters import quality, selectors, wizard
from letters.quality.text import split_sentences
from tests.letters.letter_helpers import DM_ANSWERS

ACME = {"company": "Acme Corp", "role": "Data Engineer"}
NAMES = ("Dana Whitfield", "Sam Ortiz", "Acme Corp", "Data Engineer", "Alex Morgan")


def decision_maker_letter(answers=DM_ANSWERS, seed="1"):
    return wizard.assemble(
        answers=answers,
        recipient_name="Dana Whitfield",
        sender_name="Alex Morgan",
        is_decision_maker=True,
        seed=seed,
        **ACME,
    )


def panel_letter(answers=DM_ANSWERS, seed="1"):
    return wizard.assemble(
        answers=answers,
        recipient_name="Sam Ortiz",
        sender_name="Alex Morgan",
        is_decision_maker=False,
        seed=seed,
        **ACME,
    )


def check(draft, recipient, answers=DM_ANSWERS, other_bodies=()):
    """The checker as the app runs it: with the answers as context."""
    return quality.check_letter(
        subject=draft.subject,
        body=draft.body,
        recipient_name=recipient,
        company="Acme Corp",
        role="Data Engineer",
        known_names=NAMES,
        answers=selectors.answer_texts(answers),
        other_bodies=other_bodies,
    )


def sentences_of(body: str) -> list[str]:
    return split_sentences(body)


def test_the_decision_makers_letter_reads_as_one_letter_from_the_answers():
    draft = decision_maker_letter()

    assert draft.subject == "Data Engineer at Acme Corp: one idea after our talk"
    assert draft.body == (
        "Dear Dana,\n\n"
        "I appreciated our conversation about the Data Engineer role. Your plan to move the "
        "nightly batch jobs to streaming stuck with me.\n\n"
        "I cut month-end reporting from 6 days to 2 at Globex. I also migrated 40 batch jobs "
        "to Kafka streams.\n\n"
        "You could run the ETL incrementally every hour. It could free up about 10 hours a "
        "week.\n\n"
        "Is the delay worst at month-end, or every day? Shall I send you a one-page sketch of "
        "the idea by Friday?\n\n"
        "Best regards,\nAlex Morgan"
    )


def test_a_letter_assembled_from_good_answers_has_no_finding():
    report = check(decision_maker_letter(), "Dana Whitfield")

    assert (report.score, report.findings) == (100, ())
    assert 75 <= report.word_count <= 200


@pytest.mark.parametrize("gain", [wizard.Gain.EFFICIENCY, wizard.Gain.PROFIT, wizard.Gain.SAVINGS])
def test_each_gain_without_a_detail_still_passes_the_checker(gain):
    answers = DM_ANSWERS | {"value_gain": gain, "value_gain_detail": ""}

    report = check(decision_maker_letter(answers), "Dana Whitfield", answers)

    assert report.findings == ()


def test_the_same_letter_always_reads_the_same_and_letters_differ_between_each_other():
    first = decision_maker_letter(seed="41")
    again = decision_maker_letter(seed="41")
    others = [decision_maker_letter(seed=str(n)) for n in range(42, 52)]

    assert first == again
    openings = {sentences_of(d.body)[1] for d in [first, *others]}
    subjects = {d.subject for d in [first, *others]}
    assert len(openings) >= 3 and len(subjects) >= 2


def test_a_panel_members_letter_is_phrased_apart_from_the_decision_makers():
    decision_maker = decision_maker_letter()
    answers = DM_ANSWERS | {
        "connection": "You asked how I design Airflow DAGs for backfills, which I enjoyed.",
        "question": "How long does a typical backfill block the nightly run?",
        "closing": wizard.DEFAULT_PANEL_CLOSING,
    }
    colleague = panel_letter(answers)

    assert colleague.body.startswith("Dear Sam,\n\n")
    assert "Shall I send you a one-page sketch" not in colleague.body
    assert colleague.subject != decision_maker.subject
    codes = {f.code for f in check(colleague, "Sam Ortiz", answers, [decision_maker.body]).findings}
    assert "too_similar" not in codes


def test_missing_answers_leave_their_part_out_instead_of_leaving_gaps():
    draft = decision_maker_letter({"connection": "we talked about dashboards"})

    assert draft.subject == "Data Engineer at Acme Corp: one idea after our talk"
    assert draft.body == (
        "Dear Dana,\n\nI appreciated our conversation about the Data Engineer role. We "
        "talked about dashboards.\n\nBest regards,\nAlex Morgan"
    )


def test_a_question_without_a_question_mark_gets_one():
    draft = decision_maker_letter(DM_ANSWERS | {"question": "how do you measure the delay."})

    assert "\n\nHow do you measure the delay? " in draft.body


def test_a_statement_is_not_forced_into_a_question():
    draft = decision_maker_letter(
        DM_ANSWERS | {"question": "I'm curious whether the delays peak on Saturday nights"}
    )

    assert " I'm curious whether the delays peak on Saturday nights. " in draft.body
    assert "nights?" not in draft.body


@pytest.mark.parametrize(
    ("item", "sentence"),
    [
        ("I led a team of 5 engineers.", "I led a team of 5 engineers."),
        ("Reduced weekend overtime by 30%", "I reduced weekend overtime by 30%."),
        ("led a team of six nurses", "I led a team of six nurses."),
        ("Cut ETL costs by $4,000 a month", "I cut ETL costs by $4,000 a month."),
        ("At Globex I rebuilt the billing sync", "At Globex I rebuilt the billing sync."),
    ],
)
def test_results_are_spliced_in_sentence_case_without_doubling_the_i(item, sentence):
    draft = decision_maker_letter(DM_ANSWERS | {"fit": [item]})

    assert f"\n\n{sentence}\n\n" in draft.body


def test_a_result_that_says_nothing_done_is_left_out_and_suggested_instead():
    answers = DM_ANSWERS | {"fit": ["Journeyman license", "migrated 40 batch jobs to Kafka"]}

    draft = decision_maker_letter(answers)

    assert "ourneyman" not in draft.body
    assert "\n\nI migrated 40 batch jobs to Kafka.\n\n" in draft.body
    [suggestion] = wizard.suggestions(answers)["fit"]
    assert suggestion.startswith("“Journeyman license” doesn't say what you did")


def test_a_topic_as_the_connection_gets_a_sentence_around_it_in_lower_case():
    draft = decision_maker_letter(DM_ANSWERS | {"connection": "Overtime on the surgical ward"})

    assert "overtime on the surgical ward." in draft.body
    assert "Overtime" not in draft.body


def test_names_and_acronyms_keep_their_capitals_where_a_fragment_is_spliced():
    answers = DM_ANSWERS | {"value_idea": "ETL jobs that load Kafka topics every hour"}

    draft = decision_maker_letter(answers)

    assert "ETL jobs that load Kafka topics every hour." in draft.body


def test_an_idea_written_as_an_imperative_reads_as_a_suggestion_in_lower_case():
    draft = decision_maker_letter(
        DM_ANSWERS | {"value_idea": "Ask the six night nurses to hand over at the bedside"}
    )

    assert "ou could ask the six night nurses to hand over at the bedside." in draft.body


def test_the_problem_from_the_notes_is_not_restated_word_for_word():
    problem = "reports arrive a day late because the ETL runs overnight"

    draft = decision_maker_letter(DM_ANSWERS | {"value_problem": problem})

    assert problem not in draft.body.lower()


@pytest.mark.parametrize(
    ("problem", "subject_topic"),
    [
        ("half of your A/B tests end without a clear answer", "half of your A/B tests"),
        ("the nightly invoice sync takes 40 minutes", "the nightly invoice sync"),
        ("weekend overtime on the surgical ward", "weekend overtime on the surgical ward"),
    ],
)
def test_a_subject_names_the_problem_as_a_whole_phrase(problem, subject_topic):
    subjects = {
        decision_maker_letter(DM_ANSWERS | {"value_problem": problem}, seed=str(n)).subject
        for n in range(12)
    }

    assert all(subject_topic.lower() in s.lower() for s in subjects if "idea after" not in s)
    assert not any(s.endswith(("…", ":")) or " without:" in s for s in subjects)


def test_a_problem_too_long_for_a_subject_is_left_out_of_it_not_cut():
    problem = "clinicians in the three surgical wards of the north site wait two days"

    subject = decision_maker_letter(DM_ANSWERS | {"value_problem": problem}).subject

    assert subject == "Data Engineer at Acme Corp: one idea after our talk"


def test_the_greeting_uses_the_first_name_or_a_title_with_the_last_name():
    assert wizard.greeting("Dana Whitfield") == "Dear Dana"
    assert wizard.greeting("Dr. Priya Raman") == "Dear Dr. Raman"
    assert wizard.greeting("Dr Priya Raman") == "Dear Dr. Raman"
    assert wizard.greeting("") == "Dear"


def test_the_connection_is_never_prefilled_and_the_problem_is_the_users_note():
    answers = wizard.initial_answers(
        discussed="Walked through my design; he asked about retries.",
        problem_mentioned="Reports arrive a day late because the ETL runs overnight.",
        is_decision_maker=True,
        seed="7",
    )

    assert "connection" not in answers
    assert answers["value_problem"] == "Reports arrive a day late because the ETL runs overnight"
    assert answers["closing"] in wizard.DEFAULT_CLOSINGS


def test_a_panel_member_is_invited_differently_than_the_decision_maker():
    closing = wizard.closing_prefill(is_decision_maker=False, seed="3")

    assert closing in wizard.DEFAULT_PANEL_CLOSINGS
    assert closing not in wizard.DEFAULT_CLOSINGS


def test_every_step_has_an_example_and_a_reason_and_the_six_steps_are_in_order():
    assert [s.name for s in wizard.STEPS] == [
        "recipient", "connection", "fit", "value", "question", "closing"
    ]  # fmt: skip
    assert [s.number for s in wizard.STEPS] == [1, 2, 3, 4, 5, 6]
    assert all(s.example and s.why for s in wizard.STEPS)
    assert wizard.FINISHED == 7
