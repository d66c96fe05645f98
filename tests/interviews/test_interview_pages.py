"""Logging, editing, deleting an interview with its panel, and recording the outcome."""

from datetime import UTC, datetime, timedelta

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from interviews.models import Interview, Interviewer, Panelist
from tests.factories import (
    InterviewerFactory,
    InterviewFactory,
    LetterFactory,
    PanelistFactory,
)
from tests.interviews.helpers import interview_data

pytestmark = pytest.mark.django_db


def test_logs_an_interview_with_a_known_and_a_new_interviewer(signed_in, user):
    dana = InterviewerFactory(owner=user, name="Dana Whitfield")
    data = interview_data(
        panel=[
            {"interviewer": dana.pk, "is_decision_maker": True, "discussed": "Streaming"},
            {
                "name": "Omar Haddad",
                "job_title": "Staff Engineer",
                "email": "omar@acme.example",
                "problem_mentioned": "Late reports",
            },
        ]
    )
    response = signed_in.post(reverse("interview_create"), data)

    interview = Interview.objects.get()
    assert response.status_code == 302
    assert response.url == interview.get_absolute_url()
    assert interview.owner == user
    # Entered as 14:00 in London (GMT in early March), stored in UTC.
    assert interview.starts_at == datetime(2026, 3, 10, 14, 0, tzinfo=UTC)
    panel = {p.interviewer.name: p for p in interview.panelists.select_related("interviewer")}
    assert set(panel) == {"Dana Whitfield", "Omar Haddad"}
    assert panel["Dana Whitfield"].is_decision_maker
    assert panel["Dana Whitfield"].discussed == "Streaming"
    omar = panel["Omar Haddad"].interviewer
    assert (omar.owner, omar.job_title, omar.email, omar.company) == (
        user,
        "Staff Engineer",
        "omar@acme.example",
        "Acme Corp",
    )
    assert not panel["Omar Haddad"].is_decision_maker


def test_times_are_read_in_the_users_time_zone(signed_in, user):
    user.time_zone = "America/Los_Angeles"
    user.save()
    signed_in.post(reverse("interview_create"), interview_data())
    interview = Interview.objects.get()
    # 14:00 PDT (DST started on 8 March 2026) is 21:00 UTC.
    assert interview.starts_at == datetime(2026, 3, 10, 21, 0, tzinfo=UTC)
    html = signed_in.get(reverse("interview_edit", args=[interview.pk])).text
    assert 'value="2026-03-10T14:00"' in html


def test_a_new_person_with_a_known_email_is_the_same_interviewer(signed_in, user):
    dana = InterviewerFactory(owner=user, name="Dana Whitfield", email="dana@acme.example")
    data = interview_data(panel=[{"name": "Dana W.", "email": "DANA@acme.example"}])
    signed_in.post(reverse("interview_create"), data)
    assert Interviewer.objects.count() == 1
    assert Interview.objects.get().panelists.get().interviewer == dana


def test_two_decision_makers_are_refused_with_a_clear_message(signed_in):
    data = interview_data(
        panel=[
            {"name": "Dana Whitfield", "is_decision_maker": True},
            {"name": "Omar Haddad", "is_decision_maker": True},
        ]
    )
    response = signed_in.post(reverse("interview_create"), data)
    assert response.status_code == 200
    assert "Mark only one interviewer as the decision-maker" in response.text
    # What the user typed is still there.
    assert 'value="Omar Haddad"' in response.text
    assert not Interview.objects.exists()
    assert not Interviewer.objects.exists()


def test_the_database_also_refuses_a_second_decision_maker(user):
    interview = InterviewFactory(owner=user)
    PanelistFactory(interview=interview, is_decision_maker=True)
    with pytest.raises(IntegrityError), transaction.atomic():
        PanelistFactory(interview=interview, is_decision_maker=True)


def test_the_end_must_be_after_the_start(signed_in):
    data = interview_data(starts_at="2026-03-10T15:00", ends_at="2026-03-10T14:30")
    response = signed_in.post(reverse("interview_create"), data)
    form = response.context["form"]
    assert form.errors == {"ends_at": ["The end must be after the start."]}
    assert not Interview.objects.exists()


def test_another_users_interviewer_id_is_rejected(signed_in, other_user):
    stranger = InterviewerFactory(owner=other_user)
    data = interview_data(panel=[{"interviewer": stranger.pk, "is_decision_maker": True}])
    response = signed_in.post(reverse("interview_create"), data)
    assert response.status_code == 200
    row = response.context["formset"].forms[0]
    assert row.errors["interviewer"] == ["Pick one of your own interviewers."]
    assert not Interview.objects.exists()
    assert not stranger.panelists.exists()


def test_a_row_needs_a_person(signed_in):
    data = interview_data(panel=[{"discussed": "Something", "is_decision_maker": True}])
    response = signed_in.post(reverse("interview_create"), data)
    row = response.context["formset"].forms[0]
    assert row.errors["name"] == ["Pick someone you have met or type the new person’s name."]


def test_a_blank_extra_row_is_ignored(signed_in):
    data = interview_data(panel=[{"name": "Dana Whitfield"}, {"interviewer": ""}])
    signed_in.post(reverse("interview_create"), data)
    assert Interview.objects.get().panelists.count() == 1


def test_the_same_person_twice_is_refused(signed_in, user):
    dana = InterviewerFactory(owner=user, name="Dana Whitfield", email="dana@acme.example")
    data = interview_data(
        panel=[{"interviewer": dana.pk}, {"name": "Dana", "email": "dana@acme.example"}]
    )
    response = signed_in.post(reverse("interview_create"), data)
    assert "Dana is listed twice" in response.text
    assert not Interview.objects.exists()


def test_the_new_interview_form_starts_with_one_blank_row(signed_in, user):
    InterviewerFactory(owner=user, name="Dana Whitfield", job_title="CTO", company="Acme")
    response = signed_in.get(reverse("interview_create"))
    formset = response.context["formset"]
    assert formset.total_form_count() == 1
    assert "Dana Whitfield (CTO, Acme)" in response.text
    assert 'type="datetime-local"' in response.text


def test_the_add_row_button_returns_the_next_row_and_the_new_count(signed_in, user):
    InterviewerFactory(owner=user, name="Dana Whitfield")
    response = signed_in.get(
        reverse("interview_panel_row"), {"panel-TOTAL_FORMS": "1"}, headers={"HX-Request": "true"}
    )
    html = response.text
    assert response.status_code == 200
    assert 'name="panel-1-interviewer"' in html
    assert 'name="panel-1-is_decision_maker"' in html
    assert "Interviewer 2" in html
    assert "Dana Whitfield" in html
    assert 'id="id_panel-TOTAL_FORMS" hx-swap-oob="true"' in html
    assert 'name="panel-TOTAL_FORMS" value="2"' in html


@pytest.mark.parametrize("count", ["", "x", "-1", "20"])
def test_the_add_row_button_refuses_nonsense_counts(signed_in, count):
    response = signed_in.get(reverse("interview_panel_row"), {"panel-TOTAL_FORMS": count})
    assert response.status_code == 404


def test_editing_moves_the_decision_maker_and_removes_a_row(signed_in, user):
    interview = InterviewFactory(owner=user)
    dana = PanelistFactory(interview=interview, is_decision_maker=True).interviewer
    omar = PanelistFactory(interview=interview).interviewer
    lee = PanelistFactory(interview=interview).interviewer
    data = interview_data(
        initial_rows=3,
        panel=[
            {"interviewer": dana.pk, "is_decision_maker": False},
            {"interviewer": omar.pk, "is_decision_maker": True, "discussed": "Kafka"},
            {"interviewer": lee.pk, "DELETE": True},
        ],
    )
    response = signed_in.post(reverse("interview_edit", args=[interview.pk]), data)
    assert response.status_code == 302
    panel = {p.interviewer: p for p in interview.panelists.all()}
    assert set(panel) == {dana, omar}
    assert panel[omar].is_decision_maker and panel[omar].discussed == "Kafka"
    assert not panel[dana].is_decision_maker
    assert Interviewer.objects.filter(pk=lee.pk).exists()  # the person stays in the list


def test_the_edit_form_shows_the_panel(signed_in, user):
    interview = InterviewFactory(owner=user)
    panelist = PanelistFactory(interview=interview, is_decision_maker=True)
    response = signed_in.get(reverse("interview_edit", args=[interview.pk]))
    row = response.context["formset"].forms[0]
    assert row.initial["interviewer"] == panelist.interviewer.pk
    assert row.initial["is_decision_maker"] is True
    # Plus one blank row to add someone, which works without scripts too.
    assert response.context["formset"].total_form_count() == 2
    assert response.context["formset"].initial_form_count() == 1


def test_detail_shows_panel_decision_maker_notes_and_time_left(signed_in, user):
    now = timezone.now()
    interview = InterviewFactory(
        owner=user, starts_at=now - timedelta(hours=2), ends_at=now - timedelta(hours=1)
    )
    dm = PanelistFactory(interview=interview, is_decision_maker=True, discussed="Kafka rollout")
    letter = LetterFactory(interview=interview, recipient=dm.interviewer)
    html = signed_in.get(interview.get_absolute_url()).text
    assert dm.interviewer.name in html
    assert "Decision-maker" in html
    assert "Kafka rollout" in html
    assert "22 h 59 min left" in html or "23 h 0 min left" in html
    assert reverse("letter_detail", args=[letter.pk]) in html
    assert reverse("letter_start", args=[interview.pk]) in html


def test_delete_asks_first_then_deletes_with_its_letters(signed_in, user):
    interview = InterviewFactory(owner=user)
    LetterFactory(interview=interview)
    url = reverse("interview_delete", args=[interview.pk])
    assert "its letter" in signed_in.get(url).text
    response = signed_in.post(url)
    assert response.url == reverse("interview_list")
    assert not Interview.objects.exists()


def test_recording_the_outcome_and_a_reply(signed_in, user):
    interview = InterviewFactory(owner=user)
    url = reverse("interview_outcome", args=[interview.pk])
    response = signed_in.post(url, {"outcome": "next_round", "reply_received": "on"})
    assert response.url == interview.get_absolute_url()
    interview.refresh_from_db()
    assert interview.outcome == "next_round"
    assert interview.reply_received_at is not None

    signed_in.post(url, {"outcome": "next_round"})
    interview.refresh_from_db()
    assert interview.reply_received_at is None


def test_outcome_goes_back_where_it_was_asked_but_never_off_site(signed_in, user):
    interview = InterviewFactory(owner=user)
    url = reverse("interview_outcome", args=[interview.pk])
    data = {"outcome": "awaiting", "reply_received": "on"}
    assert signed_in.post(url, data | {"next": "/dashboard/"}).url == "/dashboard/"
    evil = signed_in.post(url, data | {"next": "https://evil.example/"})
    assert evil.url == interview.get_absolute_url()


def test_a_bad_outcome_re_renders_the_detail_page_with_the_error(signed_in, user):
    interview = InterviewFactory(owner=user)
    response = signed_in.post(
        reverse("interview_outcome", args=[interview.pk]), {"outcome": "hired"}
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.text
    interview.refresh_from_db()
    assert interview.outcome == "awaiting"


def test_panelist_rows_keep_interviewers_when_an_interview_is_deleted(user):
    interview = InterviewFactory(owner=user)
    person = PanelistFactory(interview=interview).interviewer
    interview.delete()
    assert not Panelist.objects.exists()
    assert Interviewer.objects.filter(pk=person.pk).exists()


def test_interview_and_panel_errors_show_together(signed_in):
    data = interview_data(
        starts_at="2026-03-10T15:00",
        ends_at="2026-03-10T14:00",
        panel=[
            {"name": "Dana Whitfield", "is_decision_maker": True},
            {"name": "Omar Haddad", "is_decision_maker": True},
        ],
    )
    response = signed_in.post(reverse("interview_create"), data)
    assert "The end must be after the start." in response.text
    assert "Mark only one interviewer as the decision-maker" in response.text
