"""After sending: the letter and interview pages say what happens next and offer the rest."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from interviews import services as interview_services
from letters import services
from letters.models import Letter
from reminders.models import Reminder
from tests.letters.letter_helpers import assembled_letter, interview_with_panel

pytestmark = pytest.mark.django_db


@pytest.fixture
def sent(client):
    """Dana's letter went out by hand; Sam Colleague1 and Sam Colleague2 have none yet."""
    interview, panel = interview_with_panel(panel_size=3)
    letter = assembled_letter(interview, panel[0])
    services.letter_mark_sent(letter=letter, via=Letter.SentVia.MANUAL)
    client.force_login(interview.owner)
    return letter


def test_the_sent_letter_shows_the_planned_check_in_and_what_sends_it(client, sent):
    check_in = Reminder.objects.get(interview=sent.interview, kind="check_in", sequence=1)

    html = client.get(reverse("letter_detail", args=[sent.pk])).text

    assert "What happens next" in html
    local = timezone.localtime(check_in.due_at, sent.owner.zone)
    assert f'datetime="{local.isoformat()}"' in html
    assert "5 business days after your letter went out, if they have not replied" in html


def test_the_sent_letter_offers_a_letter_to_each_other_panel_member_and_the_test_follows_it(
    client, sent
):
    html = client.get(reverse("letter_detail", args=[sent.pk])).text
    links = re.findall(
        r'href="(/interviews/\d+/letter/\?recipient=(\d+))">Write their letter', html
    )
    others = {p.interviewer_id for p in sent.interview.panelists.exclude(is_decision_maker=True)}
    assert {int(pk) for _, pk in links} == others

    url, recipient = links[0]
    page = client.get(url)
    assert re.search(rf'value="{recipient}"[^>]*checked', page.text)
    response = client.post(url, {"recipient": recipient})

    letter = Letter.objects.get(interview=sent.interview, recipient_id=int(recipient))
    assert response.url == reverse("letter_wizard", args=[letter.pk, 2])
    html = client.get(reverse("letter_detail", args=[sent.pk])).text
    assert html.count("Write their letter") == 1
    assert f'href="/letters/{letter.pk}/">Draft' in html


def test_the_interview_page_shows_the_same_panel_and_the_reply_form(client, sent):
    html = client.get(reverse("interview_detail", args=[sent.interview.pk])).text

    assert "What happens next" in html
    assert html.count("Write their letter") == 2
    assert f'action="/interviews/{sent.interview.pk}/reply/"' in html
    assert 'name="received_on"' in html and 'name="kind"' in html


def test_the_reply_form_on_the_letter_page_records_the_reply_and_ends_the_check_ins(client, sent):
    today = timezone.localdate(timezone.now(), sent.owner.zone)
    html = client.get(reverse("letter_detail", args=[sent.pk])).text
    assert f'value="{today.isoformat()}"' in html

    client.post(
        reverse("interview_reply", args=[sent.interview.pk]),
        {"received_on": today.isoformat(), "kind": "next_round"},
    )

    html = client.get(reverse("letter_detail", args=[sent.pk])).text
    assert "invited to the next round" in html and "No more check-ins" in html
    assert not Reminder.objects.filter(interview=sent.interview, state="scheduled").exists()


def test_an_interview_not_yet_followed_up_has_no_after_sending_panel(client):
    interview, _ = interview_with_panel(panel_size=2, ended_ago=timedelta(hours=1))
    client.force_login(interview.owner)
    assert "What happens next" not in client.get(interview.get_absolute_url()).text


@pytest.mark.parametrize("page", ["letter_detail", "interview_detail"])
def test_the_panel_costs_the_same_queries_with_two_or_five_people(
    client, django_assert_num_queries, page
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def sent_with(panel_size):
        interview, panel = interview_with_panel(panel_size=panel_size)
        letter = assembled_letter(interview, panel[0])
        services.letter_mark_sent(letter=letter, via=Letter.SentVia.MANUAL)
        for panelist in panel[2:]:
            assembled_letter(interview, panelist)
        client.force_login(interview.owner)
        pk = letter.pk if page == "letter_detail" else interview.pk
        return reverse(page, args=[pk])

    url = sent_with(2)
    with CaptureQueriesContext(connection) as two:
        assert client.get(url).status_code == 200
    url = sent_with(5)
    with django_assert_num_queries(len(two)):
        client.get(url)
    assert len(two) <= 14


def test_with_a_decision_date_the_check_in_waits_for_it(client, sent):
    interview = sent.interview
    interview.decision_expected_by = (timezone.now() + timedelta(days=10)).date()

    interview_services.interview_save(
        interview=interview,
        panel=[
            interview_services.PanelEntry(
                interviewer=p.interviewer, is_decision_maker=p.is_decision_maker
            )
            for p in interview.panelists.all()
        ],
    )
    day = interview.decision_expected_by

    html = client.get(reverse("letter_detail", args=[sent.pk])).text

    assert (
        f"2 business days after the decision they expected by {day:%a} {day.day} {day:%b}" in html
    )
