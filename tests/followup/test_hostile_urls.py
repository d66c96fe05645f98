"""NUL bytes and absurd numbers in URLs and admin filters: a 400 or 404, never a 500.

PostgreSQL refuses NUL in text and numbers beyond its integer types, so these failed
only there; CI runs this file on PostgreSQL and on SQLite.
"""

import pytest
from django.urls import reverse

from tests.coaching.conftest import letter_for, make_coach
from tests.factories import CoachAccessFactory, InterviewerFactory, ReminderFactory, UserFactory

pytestmark = pytest.mark.django_db

HUGE = "99999999999999999999"


@pytest.fixture
def raw(client):
    client.raise_request_exception = False
    return client


@pytest.fixture
def superuser(db):
    return UserFactory(is_staff=True, is_superuser=True)


@pytest.fixture
def coach_with_data(db):
    coach = make_coach()
    owner = UserFactory()
    CoachAccessFactory(client=owner, coach=coach)
    letter = letter_for(owner)
    ReminderFactory(user=owner, interview=letter.interview)
    InterviewerFactory(owner=owner, name="Mina")
    return coach


def ok(response) -> bool:
    return response.status_code in {400, 404}


@pytest.mark.parametrize(
    "path",
    [
        "/coach/invitations/%00/",
        "/coach/invitations/a%00b/",
        "/unsubscribe/%00/",
        "/r/%00/reply/",
        "/interviews/%00/",
        "/%00",
        "/accounts/password/reset/key/%00-%00/",
        "/accounts/confirm-email/%00/",
        "/admin/letters/letter/%00/change/",
        "/admin/interviews/interview/%00/change/",
        "/admin/r/%00/%00/",
        f"/interviews/{HUGE}/",
        f"/letters/{HUGE}/",
        f"/letters/{HUGE}/step/{HUGE}/",
        f"/interviewers/{HUGE}/",
        f"/admin/letters/letter/{HUGE}/change/",
        f"/admin/interviews/interview/{HUGE}/change/",
    ],
)
def test_nul_bytes_and_huge_ids_in_paths_are_not_found(raw, superuser, path):
    raw.force_login(superuser)
    assert ok(raw.get(path)), path


@pytest.mark.parametrize(
    "query",
    [
        "status__exact=%00",
        "window=%00",
        "owner=%00",
        f"owner={HUGE}",
        "q=%00",
        "q=a%00",
        "o=%00",
        "p=%00",
        f"p={HUGE}",
        f"interview__ends_at__year={HUGE}",
        f"interview__ends_at__year=2026&interview__ends_at__month={HUGE}",
        f"interview__ends_at__year=2026&interview__ends_at__month=1&interview__ends_at__day={HUGE}",
        "interview__ends_at__year=%00",
        f"status__exact={HUGE}",
    ],
)
def test_hostile_filters_on_the_letter_review_queue_are_refused(
    raw, coach_with_data, superuser, query
):
    for staff in (coach_with_data, superuser):
        raw.force_login(staff)
        response = raw.get(f"{reverse('admin:letters_letter_changelist')}?{query}")
        assert response.status_code in {200, 302, 400, 404}, (staff, query)


@pytest.mark.parametrize(
    ("changelist", "query"),
    [
        ("admin:reminders_reminder_changelist", f"due_at__year={HUGE}"),
        ("admin:reminders_reminder_changelist", f"due_at__gte={HUGE}-01-01"),
        ("admin:reminders_reminder_changelist", "due_at__gte=%00"),
        ("admin:reminders_reminder_changelist", "state__exact=%00"),
        ("admin:reminders_reminder_changelist", f"id__exact={HUGE}"),
        ("admin:interviews_interview_changelist", f"starts_at__year={HUGE}"),
        ("admin:interviews_interview_changelist", "outcome__exact=%00"),
        ("admin:interviews_interview_changelist", "q=%00"),
        ("admin:interviews_interviewer_changelist", "q=%00"),
        ("admin:accounts_user_changelist", "q=%00"),
        ("admin:accounts_user_changelist", f"groups__id__exact={HUGE}"),
        ("admin:coaching_coachaccess_changelist", "q=%00"),
        ("admin:coaching_coachaccess_changelist", "revoked_at__isempty=%00"),
    ],
)
def test_hostile_filters_on_other_admin_lists_are_refused(raw, superuser, changelist, query):
    raw.force_login(superuser)
    response = raw.get(f"{reverse(changelist)}?{query}")
    assert response.status_code in {200, 302, 400, 404}, query


@pytest.mark.parametrize("term", ["%00", "a%00", "%00" * 50])
@pytest.mark.parametrize(
    ("model_name", "field_name"), [("panelist", "interviewer"), ("interview", "owner")]
)
def test_nul_bytes_in_autocomplete_terms_are_refused(
    raw, superuser, coach_with_data, term, model_name, field_name
):
    for staff in (superuser, coach_with_data):
        raw.force_login(staff)
        response = raw.get(
            f"{reverse('admin:autocomplete')}?app_label=interviews&model_name={model_name}"
            f"&field_name={field_name}&term={term}"
        )
        assert response.status_code in {400, 403, 404}


def test_nul_bytes_in_the_query_of_a_public_page_are_refused(raw):
    assert raw.get("/accounts/login/?next=%00").status_code == 400
    assert raw.get("/?x=%00").status_code == 400
