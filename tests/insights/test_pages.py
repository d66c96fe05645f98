"""The insights pages: the user's own, a coach's view of a client, and staff's view."""

import csv
import io
import json
import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone

from coaching.models import CoachAccess
from interviews.models import Interview, Reply
from letters.models import Letter
from tests.coaching.conftest import make_coach
from tests.factories import (
    CoachAccessFactory,
    CoachFactory,
    InterviewFactory,
    LetterFactory,
    PanelistFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

CHART_KEYS = ["timing", "decision-maker", "score", "funnel", "weekly"]


def history(owner, *, count, replied_every=2):
    """``count`` interviews over the last weeks, each followed up within 24 hours."""
    now = timezone.now()
    for n in range(count):
        ended = now - timedelta(days=3 + 4 * n)
        interview = InterviewFactory(
            owner=owner, starts_at=ended - timedelta(hours=1), ends_at=ended
        )
        dm = PanelistFactory(interview=interview, is_decision_maker=True)
        LetterFactory(
            interview=interview,
            recipient=dm.interviewer,
            status=Letter.Status.SENT,
            sent_at=ended + timedelta(hours=6),
            score=82,
        )
        if n % replied_every == 0:
            Reply.objects.create(interview=interview, received_on=ended.date(), kind="next_round")
            Interview.objects.filter(pk=interview.pk).update(
                reply_received_at=ended + timedelta(days=1), outcome="next_round"
            )


def test_insights_are_in_the_navigation(signed_in):
    html = signed_in.get(reverse("dashboard")).text
    assert 'href="/insights/">Insights</a>' in html


def test_the_page_shows_figures_charts_tables_csv_links_and_sources(
    signed_in, user, django_assert_max_num_queries
):
    history(user, count=6)

    with django_assert_max_num_queries(9):
        response = signed_in.get(reverse("insights"))

    html = response.text
    assert "100% (6 of 6)" in html  # sent within 24 hours
    assert "50% (3 of 6)" in html  # reply rate
    for key in CHART_KEYS:
        assert f'<canvas id="chart-{key}" data-chart="chart-{key}-data"' in html
        data = re.search(
            rf'<script id="chart-{key}-data" type="application/json">(.*?)</script>', html, re.S
        )
        assert json.loads(data.group(1))["type"] == "bar"
        assert f"/insights/figures.csv?chart={key}&amp;period=90" in html
    assert html.count('class="table table-sm align-middle mb-2 chart-table"') == 5
    # No inline script: only JSON data blocks and files from our static.
    for tag in re.findall(r"<script[^>]*>", html):
        assert 'type="application/json"' in tag or "src=" in tag, tag
    assert "style=" not in html
    for source in ["Accountemps, 2017", "TopResume, 2017", "CareerBuilder, 2011"]:
        assert source in html


def test_the_page_costs_the_same_queries_with_2_or_12_interviews(
    signed_in, user, django_assert_num_queries
):
    history(user, count=2)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        signed_in.get(reverse("insights"))
    history(user, count=10)
    with django_assert_num_queries(len(few)):
        signed_in.get(reverse("insights"))


def test_a_small_sample_shows_counts_and_says_why(signed_in, user):
    history(user, count=3)
    html = signed_in.get(reverse("insights")).text
    assert "Fewer than 5 letters sent in this period" in html
    assert "3 of 3" in html and "100%" not in html


def test_no_data_says_so(signed_in):
    html = signed_in.get(reverse("insights")).text
    assert "No interview ended in this period yet" in html


def test_the_period_narrows_the_figures_and_a_bad_one_falls_back(signed_in, user):
    history(user, count=12)  # ended 3, 7, ..., 47 days ago
    assert "100% (7 of 7)" in signed_in.get(reverse("insights"), {"period": "30"}).text
    assert "100% (12 of 12)" in signed_in.get(reverse("insights"), {"period": "all"}).text
    assert signed_in.get(reverse("insights"), {"period": "<script>"}).status_code == 200


def test_a_chart_downloads_as_csv(signed_in, user):
    history(user, count=6)
    response = signed_in.get(reverse("insights_csv"), {"chart": "funnel", "period": "90"})

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows == [
        ["Stage", "Interviews"],
        ["Interviews", "6"],
        ["Letters sent", "6"],
        ["Replies", "3"],
        ["Next round", "3"],
        ["Offers", "0"],
    ]
    assert signed_in.get(reverse("insights_csv"), {"chart": "nope"}).status_code == 404


def test_figures_never_include_another_users_interviews(signed_in, user, other_user):
    history(other_user, count=6)
    html = signed_in.get(reverse("insights")).text
    assert "No interview ended in this period yet" in html


# Coaches


def test_a_coach_sees_a_consenting_clients_insights_and_no_one_elses(client, user, other_user):
    coach = CoachFactory()
    CoachAccessFactory(coach=coach, client=user)
    history(user, count=6)
    client.force_login(coach)

    html = client.get(reverse("client_insights", args=[user.pk])).text
    assert f"Insights for {user.get_full_name()}" in html and "100% (6 of 6)" in html
    assert f'href="/insights/clients/{user.pk}/"' in client.get(reverse("insights")).text
    csv_response = client.get(reverse("insights_csv"), {"chart": "funnel", "client": user.pk})
    assert "Letters sent,6" in csv_response.content.decode()

    assert client.get(reverse("client_insights", args=[other_user.pk])).status_code == 404
    assert (
        client.get(reverse("insights_csv"), {"chart": "funnel", "client": other_user.pk})
    ).status_code == 404


def test_a_revoked_consent_closes_the_clients_insights(client, user):
    coach = CoachFactory()
    access = CoachAccessFactory(coach=coach, client=user)
    CoachAccess.objects.filter(pk=access.pk).update(revoked_at=timezone.now())
    client.force_login(coach)
    assert client.get(reverse("client_insights", args=[user.pk])).status_code == 404


def test_a_client_cannot_open_another_clients_insights(signed_in, other_user):
    assert signed_in.get(reverse("client_insights", args=[other_user.pk])).status_code == 404


# Across the installation: superusers (the insights.view_installation permission) only


def superuser():
    return UserFactory(is_staff=True, is_superuser=True)


def test_splits_count_only_users_who_share_and_only_groups_of_twenty_people(client):
    sharing = [UserFactory(share_anonymous_stats=True) for _ in range(20)]
    for person in sharing:
        history(person, count=1)
    history(sharing[0], count=4)  # one person's many interviews still make one person
    history(UserFactory(), count=25)  # does not share: never counted
    client.force_login(superuser())

    html = client.get(reverse("installation_insights")).text

    assert "20 people who allow anonymous use" in html and "(24 interviews)" in html
    assert '<th scope="row">Within 24 hours</th><td>20</td><td>24</td>' in html
    assert "None sent</th>" not in html  # an empty group is never shown
    csv_text = client.get(reverse("installation_insights"), {"csv": "timing"}).content.decode()
    assert csv_text.splitlines()[0].startswith("Group,People,Interviews,")
    assert csv_text.splitlines()[1].startswith("Within 24 hours,20,24,")


def test_one_persons_twenty_interviews_never_make_a_group(client):
    history(UserFactory(share_anonymous_stats=True), count=20)
    client.force_login(superuser())

    html = client.get(reverse("installation_insights")).text
    csv_text = client.get(reverse("installation_insights"), {"csv": "timing"}).content.decode()

    assert "1 person who allows" not in html  # the sentence is about people, not users
    assert "of 1 person who allow anonymous use" in html
    assert "Within 24 hours</th>" not in html
    assert "No group has 20 different people in it yet." in html
    assert csv_text.splitlines() == [
        "Group,People,Interviews,Replies,Reply rate,Next round,Next-round rate"
    ]


def test_nineteen_people_are_not_enough_for_a_group(client):
    for _ in range(19):
        history(UserFactory(share_anonymous_stats=True), count=2)
    client.force_login(superuser())

    html = client.get(reverse("installation_insights")).text

    assert "19 people" in html and "(38 interviews)" in html
    assert "Within 24 hours</th>" not in html


def test_a_coach_who_is_not_a_superuser_is_refused(client):
    client.force_login(make_coach())
    assert client.get(reverse("installation_insights")).status_code == 403
    assert client.get(reverse("installation_insights"), {"csv": "timing"}).status_code == 403
    assert "Figures across all users" not in client.get(reverse("insights")).text


def test_staff_without_the_permission_are_refused_and_a_grant_opens_the_page(client):
    staff = CoachFactory()
    client.force_login(staff)
    assert client.get(reverse("installation_insights")).status_code == 403

    staff.user_permissions.add(Permission.objects.get(codename="view_installation"))
    assert client.get(reverse("installation_insights")).status_code == 200
    assert "Figures across all users" in client.get(reverse("insights")).text


def test_the_installation_view_is_refused_to_a_job_seeker(signed_in):
    assert signed_in.get(reverse("installation_insights")).status_code == 403


def test_no_group_is_given_the_installation_permission(db):
    make_coach()
    assert not Group.objects.filter(permissions__codename="view_installation").exists()


def test_sharing_is_off_by_default_and_a_preference(signed_in, user):
    assert user.share_anonymous_stats is False
    html = signed_in.get(reverse("preferences")).text
    assert 'name="share_anonymous_stats"' in html


def test_the_coachs_review_queue_links_to_each_clients_insights(client, user):
    coach = make_coach()
    CoachAccessFactory(coach=coach, client=user)
    LetterFactory(interview=InterviewFactory(owner=user), review_requested_at=timezone.now())
    client.force_login(coach)

    html = client.get("/admin/letters/letter/").text

    assert f'<a href="/insights/clients/{user.pk}/">Their insights</a>' in html
