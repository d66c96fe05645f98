"""Every letter URL belongs to the letter's owner: anyone else gets a 404, visitors log in."""

import pytest
from django.core import mail
from django.urls import reverse

from letters.models import Letter
from tests.factories import UserFactory
from tests.letters.letter_helpers import assembled_letter, interview_with_panel

pytestmark = pytest.mark.django_db

# (URL name, what a POST would change, the methods it takes)
LETTER_URLS = [
    ("letter_detail", {"subject": "Mine now", "body": "Mine now"}, "GET POST"),
    ("letter_wizard", {"question": "Mine now?", "direction": "next"}, "GET POST"),
    ("letter_check", {"subject": "x", "body": "y"}, "POST"),
    ("letter_add_word", {"word": "zorblax", "subject": "x", "body": "y"}, "POST"),
    ("letter_replace_draft", {}, "GET POST"),
    ("letter_send", {}, "GET POST"),
    ("letter_send_test", {}, "POST"),
    ("letter_mark_sent", {"via": "manual"}, "POST"),
    ("letter_eml", {}, "GET"),
    ("letter_delete", {}, "GET POST"),
]
GETS = [name for name, _, methods in LETTER_URLS if "GET" in methods]
POSTS = [(name, data) for name, data, methods in LETTER_URLS if "POST" in methods]
POST_ONLY = [name for name, _, methods in LETTER_URLS if methods == "POST"]


def url_for(name, letter):
    return reverse(name, args=[letter.pk, 5] if name == "letter_wizard" else [letter.pk])


@pytest.fixture
def someone_elses_letter(client):
    interview, (dana, _) = interview_with_panel()
    letter = assembled_letter(interview, dana)
    client.force_login(UserFactory())
    return letter


@pytest.mark.parametrize("name", GETS)
def test_another_users_letter_is_404_by_get(client, someone_elses_letter, name):
    assert client.get(url_for(name, someone_elses_letter)).status_code == 404


@pytest.mark.parametrize(("name", "data"), POSTS, ids=[name for name, _ in POSTS])
def test_another_users_letter_is_404_by_post_and_stays_as_it_was(
    client, someone_elses_letter, name, data
):
    before = Letter.objects.values().get(pk=someone_elses_letter.pk)

    assert client.post(url_for(name, someone_elses_letter), data).status_code == 404

    assert Letter.objects.values().get(pk=someone_elses_letter.pk) == before
    assert mail.outbox == []


def test_another_users_wizard_step_one_is_404(client, someone_elses_letter):
    url = reverse("letter_wizard", args=[someone_elses_letter.pk, 1])
    recipient = {"recipient": someone_elses_letter.recipient_id}

    assert client.get(url).status_code == 404
    assert client.post(url, recipient).status_code == 404


def test_another_users_interview_cannot_start_a_letter(client, someone_elses_letter):
    url = reverse("letter_start", args=[someone_elses_letter.interview_id])

    assert client.get(url).status_code == 404
    assert client.post(url, {"recipient": someone_elses_letter.recipient_id}).status_code == 404
    assert Letter.objects.count() == 1


def test_the_letter_list_shows_only_the_users_own_letters(client, someone_elses_letter):
    html = client.get(reverse("letter_list")).content.decode()

    assert "Dana Whitfield" not in html
    assert "No letters yet" in html


@pytest.mark.parametrize("name", [n for n, _, _ in LETTER_URLS] + ["letter_list", "letter_start"])
def test_visitors_are_sent_to_log_in(client, name):
    interview, (dana, _) = interview_with_panel()
    letter = assembled_letter(interview, dana)
    if name == "letter_list":
        url = reverse(name)
    elif name == "letter_start":
        url = reverse(name, args=[interview.pk])
    else:
        url = url_for(name, letter)

    for response in (client.get(url), client.post(url)):
        assert response.status_code == 302
        assert response.url.startswith(reverse("account_login"))


@pytest.mark.parametrize("name", POST_ONLY)
def test_post_only_urls_refuse_a_get_alike_for_the_owner_and_anyone_else(
    client, someone_elses_letter, name
):
    theirs = client.get(url_for(name, someone_elses_letter))
    client.force_login(someone_elses_letter.owner)
    own = client.get(url_for(name, someone_elses_letter))

    # The same answer either way: a GET tells no one whether the letter exists.
    assert (own.status_code, theirs.status_code) == (405, 405)
