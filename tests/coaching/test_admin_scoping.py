"""A coach sees their own clients in the admin, and nothing else."""

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from coaching.models import CoachAccess
from letters.models import Letter
from tests.coaching.conftest import letter_for, make_coach
from tests.factories import InterviewerFactory, ReviewCommentFactory, UserFactory

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:letters_letter_changelist")


def change_url(letter):
    return reverse("admin:letters_letter_change", args=[letter.pk])


def shown(response):
    return {letter.pk for letter in response.context["cl"].result_list}


def test_coach_sees_exactly_their_clients_letters(client, coach, client_1, client_2):
    mine = [letter_for(client_1), letter_for(client_1)]
    letter_for(client_2)
    letter_for(UserFactory())  # nobody's client
    client.force_login(coach)
    response = client.get(CHANGELIST)
    assert response.status_code == 200
    assert shown(response) == {letter.pk for letter in mine}


def test_superuser_sees_every_letter(client, client_1, client_2):
    letters = {letter_for(client_1).pk, letter_for(client_2).pk}
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    assert shown(client.get(CHANGELIST)) == letters


def test_staff_without_clients_see_an_empty_queue(client, client_1):
    letter_for(client_1)
    client.force_login(make_coach())
    assert shown(client.get(CHANGELIST)) == set()


def test_other_coachs_client_letter_is_404_by_get_and_post(client, coach, client_2):
    letter = letter_for(client_2, status=Letter.Status.IN_REVIEW)
    client.force_login(coach)
    assert client.get(change_url(letter)).status_code == 404
    response = client.post(
        change_url(letter),
        {
            "comments-TOTAL_FORMS": "1",
            "comments-INITIAL_FORMS": "0",
            "comments-0-verdict": "approved",
            "comments-0-body": "Looks good",
            "_save": "Save",
        },
    )
    assert response.status_code == 404
    for view in ("history", "delete"):
        url = reverse(f"admin:letters_letter_{view}", args=[letter.pk])
        assert client.get(url).status_code in (403, 404)
        assert client.post(url, {"post": "yes"}).status_code in (403, 404)
    letter.refresh_from_db()
    assert (letter.status, letter.comments.count()) == (Letter.Status.IN_REVIEW, 0)


def test_action_on_other_coachs_client_letter_is_403(client, coach, client_1, client_2):
    own, other = letter_for(client_1), letter_for(client_2)
    client.force_login(coach)
    response = client.post(
        CHANGELIST, {"action": "approve", "_selected_action": [own.pk, other.pk]}
    )
    assert response.status_code == 403
    other.refresh_from_db()
    own.refresh_from_db()
    assert (own.approved_at, other.approved_at) == (None, None)


def test_change_form_action_on_other_coachs_client_letter_is_404(client, coach, client_2):
    other = letter_for(client_2)
    client.force_login(coach)
    response = client.post(
        change_url(other),
        {"CHANGE_FORM-action": "approve", "_selected_action": [other.pk], "index": "0"},
    )
    assert response.status_code == 404
    other.refresh_from_db()
    assert other.approved_at is None


USER_ADMIN_URLS = {
    "user list": lambda user: reverse("admin:accounts_user_changelist"),
    "add user": lambda user: reverse("admin:accounts_user_add"),
    "user": lambda user: reverse("admin:accounts_user_change", args=[user.pk]),
    "password": lambda user: reverse("admin:auth_user_password_change", args=[user.pk]),
    "groups": lambda user: reverse("admin:auth_group_changelist"),
    "coach accesses": lambda user: reverse("admin:coaching_coachaccess_changelist"),
    "reminders": lambda user: reverse("admin:reminders_reminder_changelist"),
}


@pytest.mark.parametrize("page", USER_ADMIN_URLS)
def test_coach_cannot_open_or_edit_user_accounts(client, coach, client_1, page):
    url = USER_ADMIN_URLS[page](client_1)
    client.force_login(coach)
    assert client.get(url).status_code == 403
    response = client.post(
        url, {"password1": "n3w-Passw0rd-long", "password2": "n3w-Passw0rd-long"}
    )
    assert response.status_code == 403
    client_1.refresh_from_db()
    assert client_1.check_password("n3w-Passw0rd-long") is False


def test_coach_admin_index_lists_only_what_coaches_use(client, coach, client_1):
    client.force_login(coach)
    response = client.get(reverse("admin:index"))
    assert response.status_code == 200
    models = {
        model["object_name"] for app in response.context["app_list"] for model in app["models"]
    }
    assert models == {"Letter", "Interview", "Interviewer"}


def test_coach_group_has_exactly_the_review_permissions():
    group = Group.objects.get(name="Career coaches")
    assert sorted(f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()) == [
        "coaching.add_reviewcomment",
        "coaching.view_reviewcomment",
        "interviews.view_interview",
        "interviews.view_interviewer",
        "interviews.view_panelist",
        "letters.change_letter",
        "letters.view_letter",
    ]


def test_user_autocomplete_is_closed_to_coaches(client, coach, client_1):
    client.force_login(coach)
    url = reverse("admin:autocomplete")
    params = {"app_label": "interviews", "model_name": "interview", "field_name": "owner"}
    assert client.get(url, params).status_code == 403


def test_interviewer_autocomplete_lists_only_the_coachs_clients(client, coach, client_1, client_2):
    mine = InterviewerFactory(owner=client_1, name="Mina Own")
    InterviewerFactory(owner=client_2, name="Mina Other")
    client.force_login(coach)
    response = client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "interviews",
            "model_name": "panelist",
            "field_name": "interviewer",
            "term": "Mina",
        },
    )
    assert response.status_code == 200
    assert [r["id"] for r in response.json()["results"]] == [str(mine.pk)]


def test_coach_sees_only_their_clients_interviews_and_interviewers(
    client, coach, client_1, client_2
):
    own, other = letter_for(client_1), letter_for(client_2)
    client.force_login(coach)
    interviews = client.get(reverse("admin:interviews_interview_changelist"))
    assert {i.pk for i in interviews.context["cl"].result_list} == {own.interview_id}
    interviewers = client.get(reverse("admin:interviews_interviewer_changelist"))
    assert {i.pk for i in interviewers.context["cl"].result_list} == {own.recipient_id}
    for url in (
        reverse("admin:interviews_interview_change", args=[other.interview_id]),
        reverse("admin:interviews_interviewer_change", args=[other.recipient_id]),
    ):
        assert client.get(url).status_code == 404
        assert client.post(url, {"company": "Hijacked"}).status_code == 404
    own_url = reverse("admin:interviews_interview_change", args=[own.interview_id])
    response = client.get(own_url)
    assert response.status_code == 200
    assert 'name="_save"' not in response.text  # view only
    assert client.post(own_url, {"company": "Edited"}).status_code == 403


def test_client_filter_lists_only_the_coachs_clients(client, coach, client_1, client_2):
    letter_for(client_1)
    letter_for(client_2)
    client.force_login(coach)
    response = client.get(CHANGELIST)
    assert client_1.email in response.text
    assert client_2.email not in response.text
    assert client_2.name not in response.text


def test_revoked_consent_removes_access_at_once(client, coach, client_1):
    letter = letter_for(client_1)
    client.force_login(coach)
    assert client.get(change_url(letter)).status_code == 200
    CoachAccess.objects.filter(client=client_1).update(revoked_at=timezone.now())
    assert client.get(change_url(letter)).status_code == 404
    assert shown(client.get(CHANGELIST)) == set()
    response = client.post(CHANGELIST, {"action": "approve", "_selected_action": [letter.pk]})
    assert response.status_code == 403


def test_review_form_approves_and_is_logged(
    client, coach, client_1, django_capture_on_commit_callbacks
):
    letter = letter_for(client_1, status=Letter.Status.IN_REVIEW)
    client.force_login(coach)
    with django_capture_on_commit_callbacks() as callbacks:
        response = client.post(
            change_url(letter),
            {
                "comments-TOTAL_FORMS": "1",
                "comments-INITIAL_FORMS": "0",
                "comments-MIN_NUM_FORMS": "0",
                "comments-MAX_NUM_FORMS": "1000",
                "comments-0-verdict": "approved",
                "comments-0-body": "Send it.",
                "_save": "Save",
            },
        )
    assert response.status_code == 302, response.context and response.context["errors"]
    letter.refresh_from_db()
    assert letter.status == Letter.Status.READY and letter.approved_at is not None
    comment = letter.comments.get()
    assert (comment.author, comment.verdict, comment.body) == (coach, "approved", "Send it.")
    assert len(callbacks) == 1
    entry = LogEntry.objects.get(user=coach, object_id=str(letter.pk))
    assert "Approved by Coach Alice" in entry.get_change_message()


def test_a_sent_letter_has_no_review_form_and_ignores_a_posted_review(client, coach, client_1):
    letter = letter_for(client_1, status=Letter.Status.SENT)
    client.force_login(coach)
    assert 'name="comments-0-verdict"' not in client.get(change_url(letter)).text
    response = client.post(
        change_url(letter),
        {
            "comments-TOTAL_FORMS": "1",
            "comments-INITIAL_FORMS": "0",
            "comments-0-verdict": "approved",
            "comments-0-body": "Too late, but fine.",
            "_save": "Save",
        },
    )
    assert response.status_code == 302
    letter.refresh_from_db()
    assert (letter.status, letter.approved_at, letter.comments.count()) == ("sent", None, 0)


def test_approve_action_reviews_each_letter_and_logs_it(client, coach, client_1):
    letters = [letter_for(client_1, status=Letter.Status.IN_REVIEW) for _ in range(2)]
    sent = letter_for(client_1, status=Letter.Status.SENT)
    client.force_login(coach)
    response = client.post(
        CHANGELIST,
        {"action": "request_changes", "_selected_action": [*(x.pk for x in letters), sent.pk]},
        follow=True,
    )
    text = response.text
    assert "Asked for changes to 2 letters" in text
    assert "Skipped" in text and "already been sent" in text
    for letter in letters:
        letter.refresh_from_db()
        assert letter.status == Letter.Status.DRAFT
        assert LogEntry.objects.filter(user=coach, object_id=str(letter.pk)).count() == 1
    assert not LogEntry.objects.filter(object_id=str(sent.pk)).exists()


def test_change_view_shows_letter_interview_notes_and_findings(client, coach, client_1):
    letter = letter_for(client_1, body="Hi there, thanks for the chat.")
    panelist = letter.interview.panelists.get()
    client.force_login(coach)
    response = client.get(change_url(letter))
    assert response.status_code == 200
    text = response.text
    assert "Hi there, thanks for the chat." in text
    assert str(letter.interview) in text
    assert panelist.discussed in text and panelist.problem_mentioned in text
    assert "Findings" in text and "words" in text
    assert 'name="comments-0-verdict"' in text


def test_queue_is_sorted_by_time_left_with_sent_letters_last(client, coach, client_1):
    later = letter_for(client_1, ended_hours_ago=1)
    sooner = letter_for(client_1, ended_hours_ago=20)
    sent = letter_for(client_1, ended_hours_ago=22, status=Letter.Status.SENT)
    closed = letter_for(client_1, ended_hours_ago=30)
    client.force_login(coach)
    response = client.get(CHANGELIST)
    assert [x.pk for x in response.context["cl"].result_list] == [
        closed.pk,
        sooner.pk,
        later.pk,
        sent.pk,
    ]
    soon = client.get(CHANGELIST, {"window": "closing_soon"})
    assert shown(soon) == {sooner.pk}
    assert shown(client.get(CHANGELIST, {"window": "closed"})) == {closed.pk}
    assert shown(client.get(CHANGELIST, {"window": "open"})) == {later.pk}
    assert shown(client.get(CHANGELIST, {"window": "sent"})) == {sent.pk}


# session, user, 2 x permissions, the scoped client ids for the client filter, 2 counts,
# the page of letters, 2 for the date hierarchy, and whether the coach has interviews of
# their own ("View site")
QUEUE_QUERIES = 11
# session, user, letter, 2 x permissions, client ids, comments, content type (admin log
# link), panel, other letters' bodies and the owner's other companies and words for the
# checker, storing the checker's report the first time, the number of earlier reviews
# (one new review form after them) and "View site"
CHANGE_VIEW_QUERIES = 14


@pytest.mark.parametrize("letters", [1, 3])
def test_queue_query_count_does_not_grow_with_letters(
    client, coach, client_1, letters, django_assert_num_queries
):
    for _ in range(letters):
        letter_for(client_1)
    client.force_login(coach)
    with django_assert_num_queries(QUEUE_QUERIES):
        assert client.get(CHANGELIST).status_code == 200


@pytest.mark.parametrize("comments", [1, 3])
def test_change_view_query_count_does_not_grow_with_comments(
    client, coach, client_1, comments, django_assert_max_num_queries
):
    letter = letter_for(client_1, status=Letter.Status.IN_REVIEW)
    ReviewCommentFactory.create_batch(comments, letter=letter, author=coach)
    client.force_login(coach)
    with django_assert_max_num_queries(CHANGE_VIEW_QUERIES):
        response = client.get(change_url(letter))
    assert response.text.count('<div class="readonly">by Coach Alice on') == comments


def test_admin_index_summarises_the_coachs_clients(client, coach, client_1, client_2):
    letter_for(client_1, status=Letter.Status.IN_REVIEW)
    on_time = letter_for(client_1, status=Letter.Status.SENT)
    Letter.objects.filter(pk=on_time.pk).update(sent_at=timezone.now())
    letter_for(client_1, ended_hours_ago=30)  # overdue: window closed, nothing sent
    letter_for(client_2, status=Letter.Status.IN_REVIEW)  # not this coach's
    client.force_login(coach)
    response = client.get(reverse("admin:index"))
    text = response.text
    assert 'id="coach-summary"' in text
    assert "Pending reviews</a></th>\n        <td>1</td>" in text
    assert "<td>1 of 1 sent</td>" in text
    overdue = reverse("admin:interviews_interview_changelist") + "?follow_up=overdue"
    assert (
        f'<a href="{overdue}">Overdue follow-ups</a> (window closed, nothing sent)</th>\n'
        "        <td>1</td>"
    ) in text
