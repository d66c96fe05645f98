"""After a reply: the interview page shows it in one line with its note, and offers the
next round, filled in from this one."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.timefmt import day
from interviews import services
from interviews.models import Interview, Reply
from letters.models import Letter
from tests.factories import InterviewerFactory, InterviewFactory, LetterFactory, PanelistFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def followed_up(user):
    now = timezone.now()
    interview = InterviewFactory(
        owner=user,
        company="Globex",
        role="Data Engineer",
        round=Interview.Round.FIRST,
        format=Interview.Format.VIDEO,
        location="https://meet.example/abc",
        job_posting_url="https://globex.example/jobs/7",
        starts_at=now - timedelta(days=3, hours=1),
        ends_at=now - timedelta(days=3),
        follow_up_done_at=now - timedelta(days=2),
        notes="Bring the portfolio.",
    )
    priya = PanelistFactory(
        interview=interview,
        interviewer=InterviewerFactory(owner=user, name="Priya Raman"),
        is_decision_maker=True,
    )
    PanelistFactory(interview=interview, interviewer=InterviewerFactory(owner=user, name="Ole"))
    LetterFactory(
        interview=interview,
        recipient=priya.interviewer,
        status=Letter.Status.SENT,
        sent_at=now - timedelta(days=2),
    )
    return interview


def reply(interview, *, received_on, note=""):
    return services.interview_record_reply(
        interview=interview, received_on=received_on, kind=Reply.Kind.NEXT_ROUND, note=note
    )


def test_the_reply_note_is_shown_not_folded_into_the_form(signed_in, followed_up):
    reply(followed_up, received_on=timezone.localdate(), note="Priya: panel with the CTO next.")

    html = signed_in.get(followed_up.get_absolute_url()).text

    note = html.index("Priya: panel with the CTO next.")
    folded = html.index("<details")
    assert 'class="border-start border-3 ps-3 text-break reply-note"' in html
    assert note < folded


def test_one_line_says_when_they_replied_without_this_years_year(signed_in, followed_up, user):
    received = timezone.localdate(timezone.now(), user.zone)
    reply(followed_up, received_on=received)

    html = signed_in.get(followed_up.get_absolute_url()).text

    assert html.count("They replied on") == 1
    assert f"They replied on {day(received, zone=user.zone)}: invited to the next round." in html
    assert str(received.year) not in day(received, zone=user.zone)
    assert " ago" not in html


def test_a_reply_from_another_year_names_the_year(signed_in, followed_up, user):
    received = timezone.localdate(timezone.now(), user.zone).replace(day=1) - timedelta(days=400)
    reply(followed_up, received_on=received)

    html = signed_in.get(followed_up.get_absolute_url()).text

    assert f"They replied on {day(received, zone=user.zone)}" in html
    assert str(received.year) in day(received, zone=user.zone)


def test_log_the_next_round_is_offered_only_after_a_reply(signed_in, followed_up):
    link = f'href="/interviews/new/?after={followed_up.pk}">Log the next round'
    assert link not in signed_in.get(followed_up.get_absolute_url()).text

    reply(followed_up, received_on=timezone.localdate())

    assert link in signed_in.get(followed_up.get_absolute_url()).text


def test_the_next_round_form_is_filled_in_from_this_one_but_not_saved(signed_in, followed_up):
    response = signed_in.get(reverse("interview_create"), {"after": followed_up.pk})

    assert response.status_code == 200
    assert response.context["form"].initial == {
        "company": "Globex",
        "role": "Data Engineer",
        "round": Interview.Round.SECOND,
        "format": Interview.Format.VIDEO,
        "job_posting_url": "https://globex.example/jobs/7",
    }
    people = {p.interviewer.name: p for p in followed_up.panelists.all()}
    assert response.context["formset"].initial == [
        {"interviewer": people["Priya Raman"].interviewer_id, "is_decision_maker": True},
        {"interviewer": people["Ole"].interviewer_id, "is_decision_maker": False},
    ]
    assert "The next round at Globex" in response.text
    assert Interview.objects.count() == 1


def test_the_round_after_the_final_is_other_and_after_screening_the_first(signed_in, user):
    for previous, expected in [
        (Interview.Round.SCREENING, Interview.Round.FIRST),
        (Interview.Round.FINAL, Interview.Round.OTHER),
    ]:
        interview = InterviewFactory(owner=user, round=previous)
        response = signed_in.get(reverse("interview_create"), {"after": interview.pk})
        assert response.context["form"].initial["round"] == expected


def test_saving_the_next_round_form_creates_a_second_interview(signed_in, followed_up):
    starts = timezone.localtime(timezone.now() + timedelta(days=5)).replace(microsecond=0)
    people = list(followed_up.panelists.order_by("-is_decision_maker", "pk"))
    data = {
        "company": "Globex",
        "role": "Data Engineer",
        "round": "second",
        "format": "video",
        "starts_at": starts.strftime("%Y-%m-%dT%H:%M"),
        "ends_at": (starts + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M"),
        "panel-TOTAL_FORMS": "2",
        "panel-INITIAL_FORMS": "2",
        "panel-MIN_NUM_FORMS": "0",
        "panel-MAX_NUM_FORMS": "20",
        "panel-0-interviewer": people[0].interviewer_id,
        "panel-0-is_decision_maker": "on",
        "panel-1-interviewer": people[1].interviewer_id,
    }

    response = signed_in.post(f"{reverse('interview_create')}?after={followed_up.pk}", data)

    second = Interview.objects.exclude(pk=followed_up.pk).get()
    assert response.url == second.get_absolute_url()
    assert (second.company, second.round) == ("Globex", Interview.Round.SECOND)
    assert {p.interviewer_id for p in second.panelists.all()} == {p.interviewer_id for p in people}
    assert second.decision_maker.interviewer_id == people[0].interviewer_id


def test_the_next_round_of_another_users_interview_is_404(signed_in, other_user):
    theirs = InterviewFactory(owner=other_user)

    assert signed_in.get(reverse("interview_create"), {"after": theirs.pk}).status_code == 404
    assert signed_in.get(reverse("interview_create"), {"after": "x1"}).status_code == 404
