"""A signed-in user's pages come from the cache until any of their data changes.

Every test reads pages through the test client against the real cache (the database
cache table, as in production without Redis): the first view renders, the next one is
answered from the cache, and a change made any way the app makes changes shows on the
very next request.
"""

import re
import time
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from accounts import freshness
from coaching.models import ReviewComment
from interviews.models import Interview, Panelist
from letters.models import Letter
from tests.factories import (
    CoachAccessFactory,
    InterviewerFactory,
    InterviewFactory,
    LetterFactory,
    PanelistFactory,
    ReminderFactory,
    ReviewCommentFactory,
    UserFactory,
)
from tests.interviews.helpers import interview_data

pytestmark = pytest.mark.django_db

# A page from the cache costs the session, the user and the cache read.
HIT_QUERIES = 3


def version(user) -> int:
    return get_user_model().objects.values_list("data_version", flat=True).get(pk=user.pk)


def page(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def test_the_second_view_of_a_page_comes_from_the_cache(
    signed_in, user, django_assert_max_num_queries
):
    InterviewFactory(owner=user, company="Initech")
    first = page(signed_in, reverse("interview_list"))
    with django_assert_max_num_queries(HIT_QUERIES):
        second = page(signed_in, reverse("interview_list"))
    assert second == first
    assert "Initech" in second


def test_an_edit_through_the_form_shows_on_the_next_request(signed_in, user):
    interview = InterviewFactory(owner=user, company="Initech")
    url = interview.get_absolute_url()
    assert "Initech" in page(signed_in, url)
    data = interview_data(company="Globex", role=interview.role)
    response = signed_in.post(reverse("interview_edit", args=[interview.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    html = page(signed_in, url)
    assert "Globex" in html and "Initech" not in html


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(
            lambda i: Interview.objects.filter(pk=i.pk).update(company="Globex"), id="update"
        ),
        pytest.param(
            lambda i: Interview.objects.get(pk=i.pk).__class__.objects.bulk_update(
                [_renamed(i)], ["company"]
            ),
            id="bulk_update",
        ),
        pytest.param(lambda i: _renamed(i).save(), id="save"),
    ],
)
def test_a_change_by_any_write_shows_on_the_next_request(signed_in, user, change):
    interview = InterviewFactory(owner=user, company="Initech")
    url = reverse("interview_list")
    assert "Initech" in page(signed_in, url)
    change(interview)
    html = page(signed_in, url)
    assert "Globex" in html and "Initech" not in html


def _renamed(interview):
    interview = Interview.objects.get(pk=interview.pk)
    interview.company = "Globex"
    return interview


def test_a_new_panelist_and_a_deleted_one_show_on_the_next_request(signed_in, user):
    interview = InterviewFactory(owner=user)
    url = interview.get_absolute_url()
    page(signed_in, url)
    person = InterviewerFactory(owner=user, name="Priya Raman")
    Panelist.objects.bulk_create([Panelist(interview=interview, interviewer=person)])
    assert "Priya Raman" in page(signed_in, url)
    Panelist.objects.filter(interview=interview).delete()
    assert "Priya Raman" not in page(signed_in, url)


def test_a_coach_comment_shows_on_the_clients_letter(signed_in, user):
    letter = LetterFactory(owner=user, interview=InterviewFactory(owner=user))
    access = CoachAccessFactory(client=user)
    url = reverse("letter_detail", args=[letter.pk])
    page(signed_in, url)
    ReviewCommentFactory(letter=letter, author=access.coach, body="Lead with the idea.")
    assert "Lead with the idea." in page(signed_in, url)
    ReviewComment.objects.filter(letter=letter).update(body="Shorter, please.")
    assert "Shorter, please." in page(signed_in, url)


def test_a_new_time_zone_shows_on_the_next_request(signed_in, user):
    start = timezone.now().replace(hour=9, minute=0, second=0, microsecond=0) + timedelta(days=2)
    interview = InterviewFactory(owner=user, starts_at=start, ends_at=start + timedelta(hours=1))
    url = interview.get_absolute_url()
    assert "09:00 GMT" in page(signed_in, url)  # user is in Europe/London
    user.time_zone = "Asia/Tokyo"
    user.save()
    html = page(signed_in, url)
    assert "18:00 JST" in html and "09:00 GMT" not in html


def test_sending_a_reminder_changes_the_owners_version(user):
    from reminders.dispatch import dispatch_due

    before = version(user)
    ReminderFactory(interview=InterviewFactory(owner=user), due_at=timezone.now())
    created = version(user)
    assert created != before
    dispatch_due(now=timezone.now() + timedelta(minutes=1))
    assert version(user) != created


def test_another_users_url_is_404_after_the_owner_cached_it(signed_in, user, other_user):
    interview = InterviewFactory(owner=user)
    letter = LetterFactory(owner=user, interview=interview)
    urls = [
        interview.get_absolute_url(),
        reverse("letter_detail", args=[letter.pk]),
        reverse("letter_wizard", args=[letter.pk, 2]),
    ]
    for url in urls:
        signed_in.get(url)
    other = Client()
    other.force_login(other_user)
    for url in urls:
        assert other.get(url).status_code == 404, url
    assert other.post(reverse("letter_check", args=[letter.pk]), {"body": "x"}).status_code == 404


def test_a_second_browser_of_the_same_user_gets_a_form_it_can_post(user):
    letter = LetterFactory(owner=user, interview=InterviewFactory(owner=user))
    url = reverse("letter_detail", args=[letter.pk])
    laptop, phone = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    for client in (laptop, phone):
        client.force_login(user)
    page(laptop, url)
    html = page(phone, url)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    response = phone.post(
        url,
        {"csrfmiddlewaretoken": token, "subject": "Thank you", "body": "Dear Dana,\n\nThanks."},
    )
    assert response.status_code == 302
    assert Letter.objects.get(pk=letter.pk).subject == "Thank you"


def test_a_message_is_shown_on_a_page_that_was_cached(signed_in, user):
    letter = LetterFactory(owner=user, interview=InterviewFactory(owner=user))
    url = reverse("letter_detail", args=[letter.pk])
    page(signed_in, url)
    response = signed_in.post(
        url, {"subject": "Hello", "body": "Dear Dana,\n\nThanks."}, follow=True
    )
    assert "Draft saved" in response.content.decode()
    assert "Draft saved" not in page(signed_in, url)  # shown once


def test_signing_out_is_not_undone_by_the_cache(signed_in, user):
    url = reverse("dashboard")
    page(signed_in, url)
    signed_in.post(reverse("account_logout"))
    response = signed_in.get(url)
    assert response.status_code == 302 and "login" in response["Location"]


def test_what_a_page_says_about_the_clock_is_at_most_the_cache_time_old(signed_in, user, settings):
    settings.PAGE_CACHE_SECONDS = 1
    ends = timezone.now() + timedelta(seconds=1)
    InterviewFactory(
        owner=user, company="Initech", starts_at=ends - timedelta(hours=1), ends_at=ends
    )
    before = page(signed_in, reverse("dashboard"))
    assert "Upcoming interviews" in before and "Write the letter" not in before
    time.sleep(2.1)
    assert "Write the letter" in page(signed_in, reverse("dashboard"))


def test_the_cache_can_be_turned_off(signed_in, user, settings):
    settings.PAGE_CACHE_SECONDS = 0
    InterviewFactory(owner=user, company="Initech")
    url = reverse("interview_list")
    page(signed_in, url)
    with CaptureQueriesContext(connection) as queries:
        page(signed_in, url)
    assert len(queries) > HIT_QUERIES


def test_the_live_check_answers_the_same_text_from_the_cache(
    signed_in, user, django_assert_max_num_queries
):
    letter = LetterFactory(owner=user, interview=InterviewFactory(owner=user))
    url = reverse("letter_check", args=[letter.pk])
    typed = {"subject": "Thanks", "body": "Dear Dana,\n\nThank you. I am so sorry to bother you."}
    first = signed_in.post(url, typed, HTTP_HX_REQUEST="true").content
    with django_assert_max_num_queries(HIT_QUERIES):
        again = signed_in.post(url, typed, HTTP_HX_REQUEST="true").content
    assert again == first
    other = signed_in.post(url, {**typed, "body": "Dear Dana,\n\nThank you."}).content
    assert other != first


# --- The version itself -------------------------------------------------------------


def test_every_tracked_write_changes_the_owners_version(user):
    seen = {version(user)}

    def changed():
        now = version(user)
        assert now not in seen
        seen.add(now)

    interview = InterviewFactory(owner=user)
    changed()
    panelist = PanelistFactory(interview=interview)
    changed()
    letter = LetterFactory(owner=user, interview=interview, recipient=panelist.interviewer)
    changed()
    Letter.objects.filter(pk=letter.pk).update(subject="New")
    changed()
    letter.delete()
    changed()
    Interview.objects.bulk_create(
        [
            Interview(
                owner=user, company="X", role="Y", starts_at=timezone.now(), ends_at=timezone.now()
            )
        ]
    )
    changed()


def test_a_change_to_one_user_leaves_anothers_pages_cached(user, other_user):
    before = version(other_user)
    InterviewFactory(owner=user)
    assert version(other_user) == before


def test_a_coaching_access_changes_both_sides(user):
    coach = UserFactory(is_staff=True)
    client_before, coach_before = version(user), version(coach)
    CoachAccessFactory(client=user, coach=coach)
    assert version(user) != client_before and version(coach) != coach_before


@pytest.mark.django_db(transaction=True)
def test_a_change_counts_once_committed_and_not_when_rolled_back():
    user = UserFactory()
    start = version(user)
    with pytest.raises(RuntimeError), transaction.atomic():
        InterviewFactory(owner=user)
        assert version(user) == start  # not before the commit
        raise RuntimeError
    assert version(user) == start
    with transaction.atomic():
        InterviewFactory(owner=user)
        InterviewFactory(owner=user)
        assert version(user) == start
    assert version(user) != start


@pytest.mark.django_db(transaction=True)
def test_a_rolled_back_savepoint_does_not_lose_the_next_change():
    user = UserFactory()
    start = version(user)
    with transaction.atomic():
        try:
            with transaction.atomic():
                InterviewFactory(owner=user)
                raise RuntimeError
        except RuntimeError:
            pass
        freshness.changed(user.pk)
    assert version(user) != start


def test_a_search_is_not_kept(signed_in, user, django_assert_max_num_queries):
    InterviewFactory(owner=user, company="Initech")
    url = reverse("interview_list") + "?q=Initech"
    page(signed_in, url)
    with CaptureQueriesContext(connection) as queries:
        assert "Initech" in page(signed_in, url)
    assert len(queries) > HIT_QUERIES
    # A page number is an ordinary address: kept.
    page(signed_in, reverse("interview_list") + "?page=1")
    with django_assert_max_num_queries(HIT_QUERIES):
        page(signed_in, reverse("interview_list") + "?page=1")


def test_a_cache_that_is_down_costs_speed_not_pages(signed_in, user, settings, caplog):
    settings.CACHES = {
        **settings.CACHES,
        # Nothing listens on port 1: every read and write fails.
        "pages": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        },
    }
    InterviewFactory(owner=user, company="Initech")
    assert "Initech" in page(signed_in, reverse("interview_list"))
    assert "The page cache could not be read" in caplog.text


def test_confirming_the_address_shows_on_the_cached_letter_page(signed_in, user):
    from allauth.account.models import EmailAddress

    letter = LetterFactory(owner=user, interview=InterviewFactory(owner=user))
    url = reverse("letter_detail", args=[letter.pk])
    EmailAddress.objects.filter(user=user).delete()
    address = EmailAddress.objects.create(user=user, email=user.email, verified=False)
    assert "Confirm your email address" in page(signed_in, url)
    address.verified = True
    address.save()
    assert "Confirm your email address" not in page(signed_in, url)


def test_a_new_release_renders_afresh(signed_in, user, monkeypatch):
    from accounts import pagecache

    url = reverse("interview_list")
    page(signed_in, url)
    monkeypatch.setattr(pagecache, "release", lambda: "the next release")
    with CaptureQueriesContext(connection) as queries:
        page(signed_in, url)
    assert len(queries) > HIT_QUERIES
