"""The outcome form's "next" goes back to a page of this site, whatever it holds."""

import pytest

from tests.factories import InterviewFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("next_url", "lands_on"),
    [
        ("/dashboard/", "/dashboard/"),
        ("0", None),
        ("dashboard", None),
        ("https://evil.example/", None),
        ("//evil.example/", None),
        ("", None),
    ],
)
def test_outcome_returns_to_a_page_of_this_site(signed_in, user, next_url, lands_on):
    interview = InterviewFactory(owner=user)
    response = signed_in.post(
        f"/interviews/{interview.pk}/outcome/", {"outcome": "offer", "next": next_url}
    )
    assert response.status_code == 302
    assert response["Location"] == (lands_on or f"/interviews/{interview.pk}/")
