"""The coach's review page in the admin: titled Followup, dates in the viewer's zone with
its name, one way to approve near the top, and a neutral "changed since approval"."""

from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse

from accounts.timefmt import when
from letters.models import Letter
from tests.coaching.conftest import letter_for, make_coach
from tests.factories import CoachAccessFactory, UserFactory

MOMENT = datetime(2026, 11, 27, 9, 24, tzinfo=UTC)


@pytest.mark.django_db
def test_the_admin_is_titled_followup(client):
    client.force_login(make_coach())

    html = client.get(reverse("admin:index")).text

    assert "<title>Followup | Followup</title>" in html
    assert '<a href="/admin/">Followup</a>' in html
    assert "Django administration" not in html


@pytest.fixture
def coach_in_tokyo():
    return make_coach(name="Kenji Coach", time_zone="Asia/Tokyo")


@pytest.fixture
def reviewed_letter(coach_in_tokyo):
    client_user = UserFactory(name="Jordan Client", time_zone="America/New_York")
    CoachAccessFactory(client=client_user, coach=coach_in_tokyo)
    letter = letter_for(client_user, status=Letter.Status.READY)
    Letter.objects.filter(pk=letter.pk).update(
        approved_at=MOMENT, review_requested_at=MOMENT, changed_since_approval=True
    )
    letter.refresh_from_db()
    return letter


@pytest.fixture
def the_next_day(time_machine):
    # A date of this year reads without its year; the clock is fixed so that MOMENT is
    # this year whatever year the suite runs in.
    time_machine.move_to(MOMENT + timedelta(days=1), tick=False)


@pytest.mark.django_db
def test_admin_dates_read_in_the_viewers_zone_with_its_name(
    the_next_day, client, coach_in_tokyo, reviewed_letter
):
    client.force_login(coach_in_tokyo)

    change = client.get(reverse("admin:letters_letter_change", args=[reviewed_letter.pk])).text
    queue = client.get(reverse("admin:letters_letter_changelist")).text

    ended = when(reviewed_letter.interview.ends_at, zone="Asia/Tokyo")
    assert ended.endswith("JST")
    assert f"ended {ended}" in queue
    assert when(MOMENT, zone="Asia/Tokyo") == "Fri 27 Nov, 18:24 JST"
    assert "Fri 27 Nov, 18:24 JST" in change
    assert when(reviewed_letter.interview.starts_at, zone="Asia/Tokyo") in change


@pytest.mark.django_db
def test_built_in_admin_date_columns_use_the_same_words(client, coach_in_tokyo):
    coach_in_tokyo.is_superuser = True
    coach_in_tokyo.save()
    client.force_login(coach_in_tokyo)
    UserFactory(email="joined@example.com", date_joined=MOMENT)

    html = client.get(reverse("admin:accounts_user_changelist")).text

    assert "Fri 27 Nov 2026, 18:24 JST" in html


@pytest.mark.django_db
def test_changed_since_approval_is_a_neutral_badge_not_a_red_cross(
    client, coach_in_tokyo, reviewed_letter
):
    client.force_login(coach_in_tokyo)

    html = client.get(reverse("admin:letters_letter_change", args=[reviewed_letter.pk])).text

    assert 'class="approval-changed"' in html
    assert "Edited since approval" in html
    assert "icon-no.svg" not in html


@pytest.mark.django_db
def test_the_review_page_offers_one_way_to_approve_right_under_the_letter(
    client, coach_in_tokyo, reviewed_letter
):
    Letter.objects.filter(pk=reviewed_letter.pk).update(status=Letter.Status.IN_REVIEW)
    client.force_login(coach_in_tokyo)

    html = client.get(reverse("admin:letters_letter_change", args=[reviewed_letter.pk])).text

    assert html.count('name="comments-0-verdict" value="approved"') == 1
    assert 'name="CHANGE_FORM-action"' not in html  # no second "Approve" in an actions menu
    assert html.index('name="comments-0-verdict"') < html.index("Interviewer notes")
    assert html.index("Save the review") < html.index("Interviewer notes")


@pytest.mark.django_db
def test_the_review_form_near_the_top_approves_and_stays_on_the_page(
    client, coach_in_tokyo, reviewed_letter
):
    Letter.objects.filter(pk=reviewed_letter.pk).update(status=Letter.Status.IN_REVIEW)
    client.force_login(coach_in_tokyo)
    url = reverse("admin:letters_letter_change", args=[reviewed_letter.pk])

    response = client.post(
        url,
        {
            "comments-TOTAL_FORMS": "1",
            "comments-INITIAL_FORMS": "0",
            "comments-MIN_NUM_FORMS": "0",
            "comments-MAX_NUM_FORMS": "1000",
            "comments-0-verdict": "approved",
            "comments-0-body": "Send it.",
            "_continue": "Save the review",
        },
    )

    assert response.status_code == 302
    assert response.url == url
    reviewed_letter.refresh_from_db()
    assert reviewed_letter.status == Letter.Status.READY
