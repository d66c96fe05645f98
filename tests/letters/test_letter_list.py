"""The letters list shows one page at a time, unsent letters first."""

import pytest
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
