"""The wizard in the browser's shoes: start, steps, Back and Next, resume, assembly."""

from datetime import timedelta
from html import unescape

import pytest
from django.urls import reverse

from letters import preview, wizard
from letters.models import Letter
from tests.factories import UserFactory
from tests.letters.letter_helpers import (
    DM_ANSWERS,
    assembled_letter,
    interview_with_panel,
    started_letter,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def panel_setup(client):
    interview, panel = interview_with_panel(panel_size=2)
    client.force_login(interview.owner)
    return interview, panel


def step_url(letter, step):
    return reverse("letter_wizard", args=[letter.pk, step])


# --- starting ---------------------------------------------------------------------


def test_the_recipient_step_preselects_the_decision_maker(client, panel_setup):
    interview, (dana, sam) = panel_setup

    response = client.get(reverse("letter_start", args=[interview.pk]))

    assert response.status_code == 200
    assert response.context["form"].initial == {"recipient": dana.interviewer_id}
    html = response.content.decode()
    assert 'aria-current="step"' in html
    assert "Dana Whitfield, Engineering Manager (decision-maker)" in html


def test_the_recipient_can_be_preselected_in_the_link(client, panel_setup):
    interview, (dana, sam) = panel_setup

    response = client.get(
        reverse("letter_start", args=[interview.pk]), {"recipient": sam.interviewer_id}
    )

    assert response.context["form"].initial == {"recipient": sam.interviewer_id}


def test_someone_who_was_not_on_the_panel_cannot_be_preselected_or_chosen(client, panel_setup):
    interview, (dana, sam) = panel_setup
    stranger = interview_with_panel(owner=interview.owner)[1][0].interviewer
    url = reverse("letter_start", args=[interview.pk])

    assert client.get(url, {"recipient": stranger.pk}).context["form"].initial == {
        "recipient": dana.interviewer_id
    }
    response = client.post(url, {"recipient": stranger.pk})
    assert response.status_code == 200
    assert response.context["form"].errors["recipient"]
    assert not Letter.objects.filter(recipient=stranger).exists()


def test_an_interview_without_interviewers_asks_to_add_them_first(client):
    interview, _ = interview_with_panel(panel_size=1)
    interview.panelists.all().delete()
    client.force_login(interview.owner)

    response = client.get(reverse("letter_start", args=[interview.pk]))

    assert "Add the people you met" in response.content.decode()
    assert reverse("interview_edit", args=[interview.pk]) in response.content.decode()


def test_choosing_a_recipient_creates_the_letter_and_opens_step_two(client, panel_setup):
    interview, (dana, sam) = panel_setup

    response = client.post(
        reverse("letter_start", args=[interview.pk]), {"recipient": dana.interviewer_id}
    )

    letter = Letter.objects.get()
    assert response.url == step_url(letter, 2)
    assert (letter.owner, letter.interview, letter.recipient) == (
        interview.owner,
        interview,
        dana.interviewer,
    )
    assert (letter.status, letter.wizard_step) == (Letter.Status.DRAFT, 2)


def test_choosing_the_same_recipient_again_reuses_the_letter_at_its_saved_step(client, panel_setup):
    interview, (dana, sam) = panel_setup
    letter = started_letter(interview, dana)
    Letter.objects.filter(pk=letter.pk).update(wizard_step=5)

    response = client.post(
        reverse("letter_start", args=[interview.pk]), {"recipient": dana.interviewer_id}
    )

    assert Letter.objects.count() == 1
    assert response.url == step_url(letter, 5)


def test_each_panel_member_gets_their_own_letter(client, panel_setup):
    interview, (dana, sam) = panel_setup
    url = reverse("letter_start", args=[interview.pk])

    client.post(url, {"recipient": dana.interviewer_id})
    client.post(url, {"recipient": sam.interviewer_id})

    assert sorted(Letter.objects.values_list("recipient__name", flat=True)) == [
        "Dana Whitfield",
        "Sam Colleague1",
    ]


# --- the steps --------------------------------------------------------------------


def test_the_connection_step_shows_the_notes_beside_it_instead_of_gluing_them_in(
    client, panel_setup
):
    interview, (dana, sam) = panel_setup
    letter = started_letter(interview, dana)

    response = client.get(step_url(letter, 2))

    assert "connection" not in response.context["form"].initial
    html = response.content.decode()
    assert "Their plan to move the nightly batch jobs to streaming." in html
    assert wizard.step(2).why in html
    assert "For example" in html
    assert '<li class="small" aria-current="step">' in html


def test_the_value_step_offers_the_problem_they_mentioned_as_a_note_to_start_from(
    client, panel_setup
):
    # Issue 19: a note is not a sentence to send, so it is offered, never prefilled.
    interview, (dana, sam) = panel_setup
    letter = started_letter(interview, dana)

    response = client.get(step_url(letter, 4))

    assert "value_problem" not in response.context["form"].initial
    html = unescape(response.content.decode())
    assert (
        'data-fix-field="id_value_problem" data-fix-text="Reports arrive a day late because '
        'the ETL runs overnight."'
    ) in html


def test_next_saves_the_answer_and_the_step_to_resume_at(client, panel_setup):
    interview, (dana, sam) = panel_setup
    letter = started_letter(interview, dana)

    response = client.post(
        step_url(letter, 3),
        {"fit_1": "cut reporting from 6 days to 2", "fit_2": "", "fit_3": "", "direction": "next"},
    )

    assert response.url == step_url(letter, 4)
    letter.refresh_from_db()
    assert letter.answers == {"fit": ["cut reporting from 6 days to 2"]}
    assert letter.wizard_step == 4


def test_next_with_a_missing_answer_shows_the_error_and_keeps_the_typing(client, panel_setup):
    interview, (dana, sam) = panel_setup
    letter = started_letter(interview, dana)

    response = client.post(
        step_url(letter, 4),
        {"value_problem": "late reports", "value_idea": "", "direction": "next"},
    )

    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"value_idea"}
    assert "late reports" in response.content.decode()
    letter.refresh_from_db()
    assert (letter.answers, letter.wizard_step) == ({}, 2)


def test_back_saves_what_was_typed_even_if_incomplete(client, panel_setup):
    interview, (dana, sam) = panel_setup
    letter = started_letter(interview, dana)

    response = client.post(
        step_url(letter, 4),
        {"value_problem": "late reports", "value_idea": "", "direction": "back"},
    )

    assert response.url == step_url(letter, 3)
    letter.refresh_from_db()
    assert letter.answers == {
        "value_problem": "late reports",
        "value_idea": "",
        "value_gain": "",
        "value_gain_detail": "",
    }
    assert letter.wizard_step == 3
    # And the answer is there when the user comes forward again.
    assert client.get(step_url(letter, 4)).context["form"].initial["value_problem"] == (
        "late reports"
    )


def test_the_progress_list_links_to_every_other_step(client, panel_setup):
    interview, (dana, sam) = panel_setup
    letter = started_letter(interview, dana)

    html = client.get(step_url(letter, 3)).content.decode()

    for step in (1, 2, 4, 5, 6):
        assert f'href="{step_url(letter, step)}"' in html
    assert f'href="{step_url(letter, 3)}"' not in html


def test_the_value_step_is_optional_for_a_panel_member(client, panel_setup):
    interview, (dana, sam) = panel_setup
    letter = started_letter(interview, sam)

    response = client.post(step_url(letter, 4), {"direction": "next"})

    assert response.url == step_url(letter, 5)


def test_a_step_that_does_not_exist_is_404(client, panel_setup):
    interview, (dana, sam) = panel_setup
    letter = started_letter(interview, dana)

    assert client.get(step_url(letter, 0)).status_code == 404
    assert client.get(step_url(letter, 7)).status_code == 404


def test_changing_the_recipient_of_an_unassembled_letter_moves_it_and_keeps_typed_answers(
    client, panel_setup
):
    interview, (dana, sam) = panel_setup
    letter = started_letter(interview, dana)
    client.post(step_url(letter, 2), {"connection": "the streaming plan", "direction": "next"})
    client.post(step_url(letter, 3), {"fit_1": "cut costs by 20%", "direction": "back"})
    client.post(step_url(letter, 2), {"connection": "the streaming plan", "direction": "back"})

    response = client.post(step_url(letter, 1), {"recipient": sam.interviewer_id})

    assert response.url == step_url(letter, 2)
    letter.refresh_from_db()
    assert letter.recipient == sam.interviewer
    assert letter.answers["fit"] == ["cut costs by 20%"]
    assert letter.answers["connection"] == "the streaming plan"
    # The notes beside the step are now Sam's.
    assert "Airflow DAG design" in client.get(step_url(letter, 2)).content.decode()


def test_changing_the_recipient_of_an_assembled_letter_starts_a_letter_to_them(client, panel_setup):
    interview, (dana, sam) = panel_setup
    letter = assembled_letter(interview, dana)

    response = client.post(step_url(letter, 1), {"recipient": sam.interviewer_id})

    other = Letter.objects.get(recipient=sam.interviewer)
    assert response.url == step_url(other, 2)
    letter.refresh_from_db()
    assert letter.recipient == dana.interviewer


def walk_the_wizard(client, letter, answers=DM_ANSWERS):
    posts = {
        2: {"connection": answers["connection"]},
        3: {f"fit_{n}": item for n, item in enumerate(answers["fit"], start=1)},
        4: {key: answers[key] for key in answers if key.startswith("value_")},
        5: {"question": answers["question"]},
        6: {"closing": answers["closing"]},
    }
    response = None
    for step, data in posts.items():
        response = client.post(step_url(letter, step), data | {"direction": "next"})
    return response


def test_the_last_step_assembles_the_draft_and_opens_the_editor(client, panel_setup):
    interview, (dana, sam) = panel_setup
    letter = started_letter(interview, dana)

    response = walk_the_wizard(client, letter)

    assert response.url == reverse("letter_detail", args=[letter.pk])
    letter.refresh_from_db()
    assert letter.wizard_step == wizard.FINISHED
    assert letter.subject == letter.assembled_subject
    assert letter.body == letter.assembled_body
    assert letter.body.startswith("Dear Dana,\n\n")
    assert "run the ETL incrementally every hour." in letter.body
    assert letter.score == 100


# --- resuming -----------------------------------------------------------------------


def test_the_letter_list_continues_an_unfinished_wizard_at_the_saved_step(client, panel_setup):
    interview, (dana, sam) = panel_setup
    letter = started_letter(interview, dana)
    client.post(step_url(letter, 3), {"fit_1": "cut costs by 20%", "direction": "next"})

    response = client.get(reverse("letter_list"))

    assert f'href="{step_url(letter, 4)}"' in response.content.decode()


def test_opening_an_unfinished_letter_resumes_the_wizard(client, panel_setup):
    interview, (dana, sam) = panel_setup
    letter = started_letter(interview, dana)
    Letter.objects.filter(pk=letter.pk).update(wizard_step=4)

    response = client.get(reverse("letter_detail", args=[letter.pk]))

    assert response.url == step_url(letter, 4)


def test_the_recipient_page_offers_to_continue_a_started_draft(client, panel_setup):
    interview, (dana, sam) = panel_setup
    letter = started_letter(interview, dana)

    html = client.get(reverse("letter_start", args=[interview.pk])).content.decode()

    assert "draft started" in html
    assert reverse("letter_detail", args=[letter.pk]) in html


# --- re-assembly never overwrites the user's edits -----------------------------------


def test_changing_an_answer_updates_an_unedited_draft(client, panel_setup):
    interview, (dana, sam) = panel_setup
    letter = assembled_letter(interview, dana)

    client.post(step_url(letter, 5), {"question": "Who owns the ETL?", "direction": "finish"})

    letter.refresh_from_db()
    assert "Who owns the ETL?" in letter.body
    assert letter.body == letter.assembled_body


def test_changing_an_answer_keeps_an_edited_draft_and_offers_the_new_one(client, panel_setup):
    interview, (dana, sam) = panel_setup
    letter = assembled_letter(interview, dana)
    edited = letter.body.replace("Dear Dana,", "Hi Dana,")
    client.post(
        reverse("letter_detail", args=[letter.pk]), {"subject": letter.subject, "body": edited}
    )

    response = client.post(
        step_url(letter, 5), {"question": "Who owns the ETL?", "direction": "finish"}, follow=True
    )

    letter.refresh_from_db()
    assert letter.body == edited
    assert "Who owns the ETL?" in letter.assembled_body
    html = response.content.decode()
    assert "we kept your text" in html
    assert "Replace my edits with the re-assembled draft" in html


def test_replacing_the_edits_takes_the_re_assembled_draft(client, panel_setup):
    interview, (dana, sam) = panel_setup
    letter = assembled_letter(interview, dana)
    Letter.objects.filter(pk=letter.pk).update(body="My own words.", subject="My subject")

    letter.refresh_from_db()
    version = preview.draft_version(letter)

    response = client.post(reverse("letter_replace_draft", args=[letter.pk]), {"version": version})

    assert response.url == reverse("letter_detail", args=[letter.pk])
    letter.refresh_from_db()
    assert (letter.subject, letter.body) == (letter.assembled_subject, letter.assembled_body)
    assert letter.score >= 70


def test_an_unedited_draft_shows_no_re_assembly_notice(client, panel_setup):
    interview, (dana, sam) = panel_setup
    letter = assembled_letter(interview, dana)

    html = client.get(reverse("letter_detail", args=[letter.pk])).content.decode()

    assert "Replace my edits" not in html


# --- the editor ---------------------------------------------------------------------


def test_saving_the_draft_stores_the_text_and_its_score(client, panel_setup):
    interview, (dana, sam) = panel_setup
    letter = assembled_letter(interview, dana)

    response = client.post(
        reverse("letter_detail", args=[letter.pk]),
        {"subject": "Thanks", "body": "Dear Dana,\r\n\r\nThank you for your time."},
    )

    assert response.url == reverse("letter_detail", args=[letter.pk])
    letter.refresh_from_db()
    assert (letter.subject, letter.body) == ("Thanks", "Dear Dana,\n\nThank you for your time.")
    assert letter.score < 40


def test_an_empty_draft_is_refused_and_keeps_what_was_typed(client, panel_setup):
    interview, (dana, sam) = panel_setup
    letter = assembled_letter(interview, dana)

    response = client.post(
        reverse("letter_detail", args=[letter.pk]), {"subject": "Still here", "body": ""}
    )

    assert response.status_code == 200
    assert response.context["form"].errors == {"body": ["This field is required."]}
    assert 'value="Still here"' in response.content.decode()


def test_editing_an_approved_letter_marks_it_changed_since_approval(client, panel_setup):
    interview, (dana, sam) = panel_setup
    letter = assembled_letter(interview, dana)
    Letter.objects.filter(pk=letter.pk).update(approved_at=letter.created_at)

    client.post(
        reverse("letter_detail", args=[letter.pk]),
        {"subject": letter.subject, "body": letter.body + "\nP.S. One more idea."},
    )

    letter.refresh_from_db()
    assert letter.changed_since_approval is True


def test_saving_an_approved_letter_unchanged_keeps_the_approval(client, panel_setup):
    interview, (dana, sam) = panel_setup
    letter = assembled_letter(interview, dana)
    Letter.objects.filter(pk=letter.pk).update(approved_at=letter.created_at)

    client.post(
        reverse("letter_detail", args=[letter.pk]), {"subject": letter.subject, "body": letter.body}
    )

    letter.refresh_from_db()
    assert letter.changed_since_approval is False


def test_the_checker_panel_scores_the_text_being_typed_without_saving_it(client, panel_setup):
    interview, (dana, sam) = panel_setup
    letter = assembled_letter(interview, dana)

    response = client.post(
        reverse("letter_check", args=[letter.pk]),
        {"subject": "Thank you", "body": "To whom it may concern,\n\nThank you for your time."},
        headers={"HX-Request": "true"},
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert 'data-code="generic_greeting"' in html
    assert 'data-score="' in html
    assert "<html" not in html
    letter.refresh_from_db()
    assert letter.body == letter.assembled_body


def test_the_checker_flags_a_draft_too_alike_to_another_letter_of_the_interview(
    client, panel_setup
):
    interview, (dana, sam) = panel_setup
    letter = assembled_letter(interview, dana)
    other = started_letter(interview, sam)
    Letter.objects.filter(pk=other.pk).update(body=letter.body, wizard_step=wizard.FINISHED)

    response = client.post(
        reverse("letter_check", args=[other.pk]), {"subject": "x", "body": letter.body}
    )

    assert 'data-code="too_similar"' in response.content.decode()


def test_the_editor_checker_watches_both_fields_with_a_debounced_htmx_post(client, panel_setup):
    interview, (dana, sam) = panel_setup
    letter = assembled_letter(interview, dana)

    html = client.get(reverse("letter_detail", args=[letter.pk])).content.decode()

    assert html.count(f'hx-post="{reverse("letter_check", args=[letter.pk])}"') == 2
    assert html.count('hx-trigger="input changed delay:400ms"') == 2


def test_a_late_letter_is_told_to_go_out_today_anyway(client):
    interview, (dana, _) = interview_with_panel(ended_ago=timedelta(hours=30))
    client.force_login(interview.owner)
    letter = assembled_letter(interview, dana)

    html = client.get(reverse("letter_detail", args=[letter.pk])).content.decode()

    assert 'data-code="late"' in html


# --- deleting -----------------------------------------------------------------------


def test_deleting_a_draft_asks_first_then_removes_it(client, panel_setup):
    interview, (dana, sam) = panel_setup
    letter = assembled_letter(interview, dana)
    url = reverse("letter_delete", args=[letter.pk])

    assert "Delete the letter to Dana Whitfield?" in client.get(url).content.decode()
    response = client.post(url)

    assert response.url == reverse("letter_list")
    assert not Letter.objects.exists()


def test_the_letter_list_shows_an_empty_state_with_a_next_step(client):
    interview, _ = interview_with_panel()
    client.force_login(interview.owner)

    html = client.get(reverse("letter_list")).content.decode()

    assert "No letters yet" in html
    assert reverse("interview_list") in html


@pytest.mark.parametrize(
    ("zone", "weekday"), [("America/Los_Angeles", "Thursday"), ("Europe/Berlin", "Friday")]
)
def test_the_thanks_line_names_the_interview_day_in_the_users_time_zone(
    client, time_machine, zone, weekday
):
    # 06:30 UTC on Friday 4 December is Thursday evening in Los Angeles, Friday morning in
    # Berlin: the day the user met them is the day in their own zone.
    from datetime import UTC, datetime

    time_machine.move_to(datetime(2026, 12, 4, 18, 0, tzinfo=UTC), tick=False)
    interview, (dana, _sam) = interview_with_panel(
        ended_ago=timedelta(hours=10, minutes=30), owner=UserFactory(time_zone=zone)
    )
    client.force_login(interview.owner)
    letter = started_letter(interview, dana)

    walk_the_wizard(client, letter)

    letter.refresh_from_db()
    assert f" on {weekday}" in letter.body.split("\n\n")[1], letter.body
