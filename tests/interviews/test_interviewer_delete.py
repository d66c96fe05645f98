"""Deleting an interviewer: third-party data the user can remove; letters keep the name."""

import pytest
from django.urls import reverse

from interviews.models import Interview, Interviewer, Panelist
from letters.models import Letter
from letters.services import letter_mark_sent
from tests.factories import InterviewerFactory, LetterFactory, PanelistFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def dana(user):
    return InterviewerFactory(owner=user, name="Dana Whitfield", email="dana@acme.example")


def test_the_page_asks_first_and_says_what_stays(signed_in, dana):
    panelist = PanelistFactory(interviewer=dana, interview__owner=dana.owner)
    LetterFactory(interview=panelist.interview, recipient=dana)
    html = signed_in.get(reverse("interviewer_delete", args=[dana.pk])).text
    assert "Delete Dana Whitfield?" in html
    assert "they leave the panel of one interview" in html
    assert "Your letter to them stays and keep" in html
    assert Interviewer.objects.filter(pk=dana.pk).exists()


def test_the_detail_page_links_to_delete(signed_in, dana):
    html = signed_in.get(dana.get_absolute_url()).text
    assert reverse("interviewer_delete", args=[dana.pk]) in html


def test_deleting_removes_the_person_and_their_panel_rows_but_not_the_interview(signed_in, dana):
    panelist = PanelistFactory(interviewer=dana, interview__owner=dana.owner)
    response = signed_in.post(reverse("interviewer_delete", args=[dana.pk]))
    assert response.status_code == 302
    assert response.url == reverse("interviewer_list")
    assert not Interviewer.objects.filter(pk=dana.pk).exists()
    assert not Panelist.objects.exists()
    assert Interview.objects.filter(pk=panelist.interview_id).exists()


def test_a_letter_to_a_deleted_interviewer_keeps_their_name(signed_in, dana):
    letter = LetterFactory(interview__owner=dana.owner, recipient=dana, subject="")
    dana.name = "Dana Whitfield-Okafor"  # renamed after the letter was started
    dana.save()
    signed_in.post(reverse("interviewer_delete", args=[dana.pk]))
    letter.refresh_from_db()
    assert (letter.recipient, letter.recipient_name) == (None, "Dana Whitfield-Okafor")
    assert letter.to_name == "Dana Whitfield-Okafor"
    assert str(letter) == "Letter to Dana Whitfield-Okafor"


def test_a_sent_letter_keeps_the_address_it_went_to(signed_in, dana):
    letter = LetterFactory(interview__owner=dana.owner, recipient=dana)
    letter_mark_sent(letter=letter, via=Letter.SentVia.MANUAL)
    signed_in.post(reverse("interviewer_delete", args=[dana.pk]))
    letter.refresh_from_db()
    assert (letter.to_name, letter.to_email) == ("Dana Whitfield", "dana@acme.example")


def test_the_letter_pages_still_open_once_the_recipient_is_deleted(signed_in, dana):
    draft = LetterFactory(interview__owner=dana.owner, recipient=dana)
    sent = LetterFactory(interview=draft.interview, recipient=InterviewerFactory(owner=dana.owner))
    letter_mark_sent(letter=sent, via=Letter.SentVia.MANUAL)
    sent_to = sent.recipient
    dana.delete()
    sent_to.delete()
    draft_page = signed_in.get(reverse("letter_detail", args=[draft.pk]))
    assert draft_page.status_code == 200
    assert "Letter to Dana Whitfield" in draft_page.text
    assert "We have no email address for Dana Whitfield" in draft_page.text
    for name in ("letter_detail", "letter_list", "dashboard", "interview_detail"):
        args = [draft.interview_id] if name == "interview_detail" else []
        args = [sent.pk] if name == "letter_detail" else args
        response = signed_in.get(reverse(name, args=args))
        assert response.status_code == 200, name
    eml = signed_in.get(reverse("letter_eml", args=[sent.pk]))
    assert eml.status_code == 200
    assert sent_to.email in eml.content.decode()


def test_another_users_interviewer_is_404_and_stays(signed_in, other_user):
    stranger = InterviewerFactory(owner=other_user)
    url = reverse("interviewer_delete", args=[stranger.pk])
    assert signed_in.get(url).status_code == 404
    assert signed_in.post(url).status_code == 404
    assert Interviewer.objects.filter(pk=stranger.pk).exists()


def test_visitors_must_sign_in(client, dana):
    response = client.post(reverse("interviewer_delete", args=[dana.pk]))
    assert response.status_code == 302
    assert Interviewer.objects.filter(pk=dana.pk).exists()


def test_the_wizard_checker_and_coach_admin_cope_without_the_recipient(client, user, dana):
    letter = LetterFactory(interview__owner=user, recipient=dana)
    dana.delete()
    client.force_login(user)
    for step in (1, 2, 4):
        page = client.get(reverse("letter_wizard", args=[letter.pk, step]))
        assert page.status_code == 200, step
        assert "Dana Whitfield" in page.text
    check = client.post(
        reverse("letter_check", args=[letter.pk]), {"subject": "Hi", "body": "Dear Dana,"}
    )
    assert check.status_code == 200
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    admin_pages = [
        reverse("admin:letters_letter_changelist"),
        reverse("admin:letters_letter_change", args=[letter.pk]),
    ]
    for url in admin_pages:
        page = client.get(url)
        assert page.status_code == 200, url
        assert "Dana Whitfield" in page.text
