"""The letters list shows one page at a time, unsent letters first."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from letters.models import Letter
from letters.views import PAGE_SIZE
from tests.factories import LetterFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_the_letter_list_is_paginated_with_unsent_letters_first(client):
    user = UserFactory()
    sent = LetterFactory.create_batch(
        PAGE_SIZE, owner=user, interview__owner=user, status=Letter.Status.SENT
    )
    draft = LetterFactory(owner=user, interview__owner=user, status=Letter.Status.DRAFT)
    client.force_login(user)

    first = client.get(reverse("letter_list"))
    second = client.get(reverse("letter_list"), {"page": 2})

    assert [letter.pk for letter in first.context["letters"]][0] == draft.pk
    assert len(first.context["letters"]) == PAGE_SIZE
    assert len(second.context["letters"]) == 1
    assert second.context["letters"][0].pk in {letter.pk for letter in sent}
    assert "Page 1 of 2" in first.content.decode()
    assert 'href="?page=2"' in first.content.decode()


@pytest.fixture
def letters(user):
    acme = LetterFactory(
        interview__owner=user, interview__company="Acme Corp", recipient__name="Dana Whitfield"
    )
    globex = LetterFactory(
        interview__owner=user, interview__company="Globex", recipient__name="Priya Raman"
    )
    return acme, globex


def shown(response) -> list[int]:
    return [letter.pk for letter in response.context["letters"]]


def test_searching_by_company_keeps_only_its_letters(signed_in, letters):
    acme, _ = letters

    response = signed_in.get(reverse("letter_list"), {"q": "acme"})

    assert shown(response) == [acme.pk]
    assert 'value="acme"' in response.text


def test_searching_by_recipient_finds_them_even_once_the_person_is_deleted(signed_in, letters):
    _, globex = letters
    assert shown(signed_in.get(reverse("letter_list"), {"q": "raman"})) == [globex.pk]

    globex.recipient.delete()

    assert shown(signed_in.get(reverse("letter_list"), {"q": "raman"})) == [globex.pk]


def test_a_search_never_shows_another_users_letters(signed_in, letters, other_user):
    LetterFactory(interview__owner=other_user, interview__company="Acme Corp")

    assert len(shown(signed_in.get(reverse("letter_list"), {"q": "Acme"}))) == 1


def test_a_search_with_no_match_says_so_and_offers_to_clear_it(signed_in, letters):
    response = signed_in.get(reverse("letter_list"), {"q": "Initech"})

    assert shown(response) == []
    assert "No letters match this search." in response.text
    assert "No letters yet" not in response.text


def test_an_overlong_search_is_refused_with_its_error_and_the_list_stays(signed_in, letters):
    response = signed_in.get(reverse("letter_list"), {"q": "x" * 101})

    assert len(shown(response)) == 2
    assert "Ensure this value has at most 100 characters" in response.text


def test_the_pages_of_a_search_keep_the_search(signed_in, user):
    LetterFactory.create_batch(PAGE_SIZE + 1, interview__owner=user, interview__company="Acme")

    html = signed_in.get(reverse("letter_list"), {"q": "acme"}).text

    assert 'href="?q=acme&amp;page=2"' in html


def test_the_list_runs_as_many_queries_for_one_letter_as_for_a_full_page(
    signed_in, user, django_assert_max_num_queries
):
    LetterFactory(interview__owner=user, interview__company="Acme")
    with CaptureQueriesContext(connection) as one:
        signed_in.get(reverse("letter_list"), {"q": "acme"})
    LetterFactory.create_batch(PAGE_SIZE + 5, interview__owner=user, interview__company="Acme")

    with django_assert_max_num_queries(len(one)):
        response = signed_in.get(reverse("letter_list"), {"q": "acme"})
    assert len(shown(response)) == PAGE_SIZE
