"""Deleting an account: everything the user stored goes, nothing of theirs stays behind
except what the README says stays (a coach's comments on a client's letters)."""

from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from django.apps import apps
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.contrib.sessions.models import Session
from django.core import mail
from django.db import models
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from coaching.models import CoachAccess, ReviewComment
from interviews.models import Interview, Interviewer, Panelist
from letters.models import Letter
from reminders import dispatch
from reminders.models import Reminder
from tests.accounts.cache_traces import traces
from tests.factories import (
    PASSWORD,
    CoachAccessFactory,
    CoachFactory,
    InterviewFactory,
    LetterFactory,
    PanelistFactory,
    ReminderFactory,
    ReviewCommentFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

EMAIL = "quincy.marlowe@example.com"


def sign_in(client, user):
    """A real password sign-in, so a session row exists in the database."""
    assert client.login(email=user.email, password=PASSWORD)
    return client


def delete_account(client, password=PASSWORD):
    return client.post(reverse("profile_delete"), {"password": password})


def a_full_account():
    """A job seeker who is also a coach: every kind of row, on both sides."""
    user = UserFactory(email=EMAIL, name="Quincy Marlowe")  # with its confirmed address
    their_coach = CoachFactory()
    CoachAccessFactory(client=user, coach=their_coach)
    interview = InterviewFactory(owner=user, notes="Quincy Marlowe met the CTO.")
    person = PanelistFactory(interview=interview, is_decision_maker=True).interviewer
    letter = LetterFactory(interview=interview, recipient=person)
    ReminderFactory(interview=interview, due_at=timezone.now() + timedelta(hours=2))
    ReviewCommentFactory(letter=letter, author=their_coach, body="Shorter, please.")
    # As a coach of someone else.
    client = UserFactory(name="Casey Client")
    CoachAccessFactory(client=client, coach=user, coach_email=user.email)
    clients_letter = LetterFactory(interview__owner=client)
    kept = ReviewCommentFactory(letter=clients_letter, author=user, body="Lead with the idea.")
    # Someone else's untouched data.
    LetterFactory(interview__owner=UserFactory())
    return user, kept


def rows_of(user) -> dict[type, set]:
    """Every row the user owns, model by model, found from their side."""
    letters = Letter.objects.filter(owner=user)
    return {
        User: {user.pk},
        EmailAddress: set(EmailAddress.objects.filter(user=user).values_list("pk", flat=True)),
        Interview: set(Interview.objects.filter(owner=user).values_list("pk", flat=True)),
        Interviewer: set(Interviewer.objects.filter(owner=user).values_list("pk", flat=True)),
        Panelist: set(Panelist.objects.filter(interview__owner=user).values_list("pk", flat=True)),
        Letter: set(letters.values_list("pk", flat=True)),
        Reminder: set(
            Reminder.objects.filter(
                models.Q(user=user) | models.Q(interview__owner=user)
            ).values_list("pk", flat=True)
        ),
        CoachAccess: set(
            CoachAccess.objects.filter(models.Q(client=user) | models.Q(coach=user)).values_list(
                "pk", flat=True
            )
        ),
        ReviewComment: set(
            ReviewComment.objects.filter(letter__in=letters).values_list("pk", flat=True)
        ),
    }


def leftovers(owned: dict[type, set], *, text: list[str]) -> list[str]:
    """Rows, in any table of any app, that are the user's, point at them, or quote them."""
    found = []
    for model in apps.get_models():
        manager = model._default_manager
        if owned.get(model) and manager.filter(pk__in=owned[model]).exists():
            found.append(f"{model.__name__} rows")
        for field in model._meta.concrete_fields:
            targets = owned.get(field.related_model) if field.is_relation else None
            if targets and manager.filter(**{f"{field.name}__in": targets}).exists():
                found.append(f"{model.__name__}.{field.name}")
            if isinstance(field, models.CharField | models.TextField):
                for needle in text:
                    if manager.filter(**{f"{field.name}__icontains": needle}).exists():
                        found.append(f"{model.__name__}.{field.name} quotes {needle!r}")
    for model, pks in owned.items():
        entries = LogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(model),
            object_id__in=[str(pk) for pk in pks],
        )
        if entries.exists():
            found.append(f"admin history about {model.__name__}")
    for session in Session.objects.all():
        if session.get_decoded().get("_auth_user_id") in {str(pk) for pk in owned[User]}:
            found.append("a session")
    return found


def test_nothing_of_the_user_remains_in_any_table_but_their_comments_as_a_coach(client):
    user, kept = a_full_account()
    owned = rows_of(user)
    # An admin's history quotes the interview.
    admin = UserFactory(is_staff=True, is_superuser=True)
    interview = Interview.objects.get(owner=user)
    LogEntry.objects.log_actions(user_id=admin.pk, queryset=[interview], action_flag=CHANGE)
    sign_in(client, user)
    assert leftovers(owned, text=[EMAIL, "Quincy Marlowe"]) != []

    response = delete_account(client)

    assert response.status_code == 302
    assert response.url == reverse("home")
    assert leftovers(owned, text=[EMAIL, "Quincy Marlowe"]) == []
    kept.refresh_from_db()
    assert (kept.author, kept.body) == (None, "Lead with the idea.")
    assert kept.author_name == "a former coach"
    assert Letter.objects.count() == 2  # the client's letter and the stranger's


def test_deleting_signs_the_user_out_with_a_message(client):
    user, _ = a_full_account()
    sign_in(client, user)
    response = delete_account(client)
    page = client.get(response.url, follow=True)
    assert "Your account and everything you stored are deleted." in page.text
    assert client.get(reverse("profile")).status_code == 302
    assert not Session.objects.exists()


def test_the_confirmation_page_says_what_goes_and_what_stays(client, user):
    sign_in(client, user)
    html = client.get(reverse("profile_delete")).text
    assert "What is deleted" in html
    assert "What stays" in html
    assert "signed “a former coach”" in html
    assert reverse("profile_export") in html
    assert 'type="password"' in html


@pytest.mark.parametrize("password", ["", "not-my-password"])
def test_a_wrong_password_deletes_nothing(client, user, password):
    InterviewFactory(owner=user)
    sign_in(client, user)
    response = delete_account(client, password=password)
    assert response.status_code == 200
    assert User.objects.filter(pk=user.pk).exists()
    assert Interview.objects.filter(owner=user).count() == 1
    if password:
        assert "That is not your password. Nothing was deleted." in response.text


def test_ten_wrong_passwords_in_a_minute_lock_deletion_even_with_the_right_one(client, user):
    sign_in(client, user)
    for _ in range(10):
        assert "That is not your password." in delete_account(client, password="guess").text
    response = delete_account(client)
    assert response.status_code == 200
    assert "Too many tries. Wait a minute, then try again." in response.text
    assert User.objects.filter(pk=user.pk).exists()


def test_visitors_must_sign_in(client, user):
    response = client.post(reverse("profile_delete"), {"password": PASSWORD})
    assert response.status_code == 302
    assert User.objects.filter(pk=user.pk).exists()


def test_a_reminder_a_worker_already_claimed_is_not_sent(client, user):
    interview = InterviewFactory(owner=user)
    ReminderFactory(interview=interview, due_at=timezone.now() - timedelta(minutes=1))
    claims = dispatch.claim_due(now=timezone.now(), limit=10)
    assert len(claims) == 1
    sign_in(client, user)
    delete_account(client)
    assert dispatch.send_claimed(claims) == {"lost": 1}
    assert mail.outbox == []


def test_a_deleted_coach_loses_access_and_their_pending_reviews_go_back_to_draft(client):
    coach = CoachFactory()
    access = CoachAccessFactory(coach=coach)
    letter = LetterFactory(
        interview__owner=access.client,
        status=Letter.Status.IN_REVIEW,
        review_requested_at=timezone.now(),
    )
    ReviewCommentFactory(letter=letter, author=coach, body="Nearly there.")
    sign_in(client, coach)
    delete_account(client)
    letter.refresh_from_db()
    assert letter.status == Letter.Status.DRAFT
    assert not CoachAccess.objects.exists()
    (comment,) = letter.comments.all()
    assert (comment.author, comment.body) == (None, "Nearly there.")
    client.force_login(access.client)
    assert "a former coach" in client.get(letter.get_absolute_url()).text


def test_a_coachs_comments_go_when_the_client_deletes_the_letter(client):
    coach = CoachFactory()
    access = CoachAccessFactory(coach=coach)
    letter = LetterFactory(interview__owner=access.client)
    ReviewCommentFactory(letter=letter, author=coach)
    sign_in(client, coach)
    delete_account(client)
    client.force_login(access.client)
    client.post(reverse("letter_delete", args=[letter.pk]))
    assert not ReviewComment.objects.exists()


# --- the admin ---------------------------------------------------------------------------


@pytest.fixture
def superuser_client(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


def test_the_admin_deletes_a_user_who_has_letters(superuser_client):
    user, kept = a_full_account()
    owned = rows_of(user)
    url = reverse("admin:accounts_user_delete", args=[user.pk])
    confirm = superuser_client.get(url)
    assert confirm.status_code == 200
    assert "Cannot delete" not in confirm.text
    response = superuser_client.post(url, {"post": "yes"})
    assert response.status_code == 302
    assert leftovers(owned, text=[EMAIL, "Quincy Marlowe"]) == []
    kept.refresh_from_db()
    assert (kept.author, kept.body) == (None, "Lead with the idea.")


def test_the_admin_deletes_a_coach_and_keeps_their_comments(superuser_client):
    coach = CoachFactory()
    access = CoachAccessFactory(coach=coach)
    comment = ReviewCommentFactory(letter__interview__owner=access.client, author=coach)
    response = superuser_client.post(
        reverse("admin:accounts_user_changelist"),
        {"action": "delete_selected", "_selected_action": [coach.pk], "post": "yes"},
    )
    assert response.status_code == 302
    assert not User.objects.filter(pk=coach.pk).exists()
    comment.refresh_from_db()
    assert (comment.author, comment.author_name) == (None, "a former coach")
    assert str(comment).startswith("Comment only by a former coach on ")


def test_deleting_the_account_leaves_nothing_of_the_user_in_the_cache(client):
    user = UserFactory(email="alex@example.com")
    for _ in range(2):  # allauth counts failed sign-ins by address
        client.post(reverse("account_login"), {"login": user.email, "password": "wrong"})
    client.post(reverse("account_reset_password"), {"email": user.email})
    client.force_login(user)
    client.post(reverse("profile_delete"), {"password": "wrong"})  # counted by user id
    assert traces(pk=user.pk, email=user.email)

    client.post(reverse("profile_delete"), {"password": PASSWORD})

    assert not User.objects.filter(pk=user.pk).exists()
    assert traces(pk=user.pk, email=user.email) == []
