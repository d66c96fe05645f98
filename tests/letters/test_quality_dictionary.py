"""A user's own dictionary: "Add to my dictionary" beside a spelling finding, on the draft
page. The word is never flagged again for that user, and only for that user."""

import pytest
from django.test import Client
from django.urls import reverse

from letters.dictionary import DictionaryError, personal_word_add
from letters.models import PersonalWord
from tests.factories import UserFactory
from tests.letters.letter_helpers import assembled_letter, interview_with_panel

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}
TYPO_BODY = "Dear Dana,\n\nOur reconbot matched 40,000 payouts a month.\n\nBest regards,\nAlex"


@pytest.fixture
def letter(client):
    interview, (dana, _) = interview_with_panel()
    letter = assembled_letter(interview, dana)
    client.force_login(interview.owner)
    return letter


def add_word(client, letter, word, **extra):
    data = {"word": word, "subject": letter.subject, "body": TYPO_BODY}
    return client.post(reverse("letter_add_word", args=[letter.pk]), data, **extra)


def check_panel(client, letter):
    data = {"subject": letter.subject, "body": TYPO_BODY}
    return client.post(reverse("letter_check", args=[letter.pk]), data).content.decode()


def test_the_checker_offers_to_add_each_flagged_word(client, letter):
    html = check_panel(client, letter)

    assert "Possible spelling mistakes: reconbot" in html
    assert 'data-add-word="reconbot"' in html
    assert "Add “reconbot” to my dictionary" in html


def test_adding_a_word_stores_it_for_the_user_and_answers_the_checker_without_it(
    client, letter, django_assert_max_num_queries
):
    with django_assert_max_num_queries(13):
        response = add_word(client, letter, "Reconbot", **HTMX)

    assert response.status_code == 200
    assert list(PersonalWord.objects.values_list("owner", "word")) == [
        (letter.owner.pk, "reconbot")
    ]
    assert "reconbot" not in response.content.decode().lower()
    assert "reconbot" not in check_panel(client, letter).lower()


def test_another_users_words_are_not_mine(client, letter):
    PersonalWord.objects.create(owner=UserFactory(), word="reconbot")

    assert "Possible spelling mistakes: reconbot" in check_panel(client, letter)


def test_adding_a_word_twice_keeps_one(client, letter):
    add_word(client, letter, "reconbot", **HTMX)
    add_word(client, letter, "RECONBOT", **HTMX)

    assert PersonalWord.objects.count() == 1


@pytest.mark.parametrize(
    ("word", "error"),
    [
        ("x" * 41, "A word has at most 40 letters."),
        ("two words", "Only a single word of letters can go in your dictionary."),
        ("<script>", "Only a single word of letters can go in your dictionary."),
        ("", "This field is required."),
    ],
)
def test_a_word_that_is_not_one_word_is_refused_with_a_message(client, letter, word, error):
    response = add_word(client, letter, word, **HTMX)

    assert response.status_code == 200
    assert error in response.content.decode()
    assert PersonalWord.objects.count() == 0


def test_a_full_dictionary_refuses_more_words(client, letter):
    PersonalWord.objects.bulk_create(
        PersonalWord(owner=letter.owner, word=f"word{n}") for n in range(PersonalWord.MAX_PER_USER)
    )

    response = add_word(client, letter, "reconbot", **HTMX)

    assert "Your dictionary is full (500 words)." in response.content.decode()
    assert not PersonalWord.objects.filter(word="reconbot").exists()


def test_without_htmx_adding_a_word_returns_to_the_draft(client, letter):
    response = add_word(client, letter, "reconbot")

    assert response.status_code == 302
    assert response.url == reverse("letter_detail", args=[letter.pk])
    assert PersonalWord.objects.filter(owner=letter.owner, word="reconbot").exists()


def test_another_users_letter_adds_nothing(client, letter):
    client.force_login(UserFactory())

    assert add_word(client, letter, "reconbot", **HTMX).status_code == 404
    assert PersonalWord.objects.count() == 0


def test_adding_a_word_needs_the_csrf_token(letter):
    client = Client(enforce_csrf_checks=True)
    client.force_login(letter.owner)

    assert add_word(client, letter, "reconbot", **HTMX).status_code == 403
    assert PersonalWord.objects.count() == 0


def test_the_service_folds_accents_and_case():
    user = UserFactory()

    word = personal_word_add(owner=user, word="  Müller ")

    assert word.word == "muller"
    with pytest.raises(DictionaryError):
        personal_word_add(owner=user, word="a b")
