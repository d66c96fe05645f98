"""The panel picker offers the recent people and a search, never every interviewer."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from interviews.models import Interviewer
from interviews.selectors import PICKER_SIZE
from tests.factories import InterviewerFactory, InterviewFactory, PanelistFactory
from tests.interviews.helpers import interview_data

pytestmark = pytest.mark.django_db


def many_people(owner, count, *, name="Person"):
    return Interviewer.objects.bulk_create(
        Interviewer(owner=owner, name=f"{name} {n:05}", email=f"p{n}@example.com")
        for n in range(count)
    )


def options(html: str, row: int) -> list[str]:
    select = re.search(rf'<select name="panel-{row}-interviewer".*?</select>', html, re.S)
    return re.findall(r"<option value=\"(\d+)\"", select.group(0))


def test_the_edit_page_of_an_account_with_10000_people_is_small_and_quick_to_build(
    signed_in, user, django_assert_max_num_queries
):
    many_people(user, 10_000)
    interview = InterviewFactory(owner=user)
    panel = [PanelistFactory(interview=interview).interviewer for _ in range(3)]

    with django_assert_max_num_queries(8):
        response = signed_in.get(reverse("interview_edit", args=[interview.pk]))

    assert response.status_code == 200
    assert len(response.content) < 400_000
    html = response.text
    # Each of the four rows (three people and a blank one) offers the same few people,
    # the panel among them.
    for row in range(4):
        offered = options(html, row)
        assert len(offered) == PICKER_SIZE
        assert {str(person.pk) for person in panel} <= set(offered)
    assert f'<option value="{panel[0].pk}" selected>' in html


def test_the_picker_offers_the_people_met_most_recently(signed_in, user):
    now = timezone.now()
    old = InterviewFactory(owner=user, starts_at=now - timedelta(days=90))
    recent = InterviewFactory(owner=user, starts_at=now - timedelta(days=1))
    long_ago = PanelistFactory(interview=old, interviewer__name="Long Ago").interviewer
    for n in range(PICKER_SIZE):
        PanelistFactory(interview=recent, interviewer__name=f"Recent {n}")

    html = signed_in.get(reverse("interview_create")).text

    assert "Recent 0" in html and "Recent 19" in html
    assert "Long Ago" not in html
    assert str(long_ago.pk) not in options(html, 0)


def test_a_person_found_by_search_can_be_picked_and_saved(signed_in, user):
    zoe = InterviewerFactory(owner=user, name="Zoe Archer")  # the oldest: not a recent one
    many_people(user, PICKER_SIZE + 5)
    html = signed_in.get(reverse("interview_create")).text
    assert "Zoe Archer" not in html

    found = signed_in.get(
        reverse("interviewer_search"), {"row": "panel-0", "q": "arch"}, headers={"HX-Request": "1"}
    )
    assert options(found.text, 0) == [str(zoe.pk)]
    assert "1 match in the list above." in found.text

    data = interview_data(panel=[{"interviewer": zoe.pk, "is_decision_maker": True}])
    response = signed_in.post(reverse("interview_create"), data)
    assert response.status_code == 302
    assert user.interviews.get().panelists.get().interviewer.name == "Zoe Archer"


def test_the_search_finds_only_the_users_own_people_and_at_most_twenty(signed_in, user, other_user):
    many_people(user, 30, name="Mine")
    many_people(other_user, 5, name="Theirs")

    html = signed_in.get(reverse("interviewer_search"), {"row": "panel-3", "q": "e"}).text

    assert 'name="panel-3-interviewer"' in html and 'id="id_panel-3-interviewer"' in html
    assert len(options(html, 3)) == PICKER_SIZE
    assert "Theirs" not in html
    assert "the first 20: type more to narrow it" in html
    nobody = signed_in.get(reverse("interviewer_search"), {"row": "panel-3", "q": "Theirs"})
    assert options(nobody.text, 3) == []
    assert "Nobody you have met matches" in nobody.text


@pytest.mark.parametrize(
    "query",
    [
        {},
        {"row": "panel-20"},
        {"row": "panel-x"},
        {"row": "other-1"},
        {"row": "panel-1", "q": "x" * 101},
    ],
)
def test_the_search_answers_nonsense_with_404(signed_in, query):
    assert signed_in.get(reverse("interviewer_search"), query).status_code == 404


def test_the_search_is_for_signed_in_users_only(client):
    response = client.get(reverse("interviewer_search"), {"row": "panel-0", "q": "a"})
    assert response.status_code == 302


def test_the_search_box_is_labelled_and_shown_only_with_scripts(signed_in):
    html = signed_in.get(reverse("interview_create")).text
    assert '<label class="form-label small" for="id_panel-0-find">' in html
    assert 'id="id_panel-0-find"' in html and "data-needs-js hidden" in html
    assert 'aria-controls="id_panel-0-interviewer"' in html


def test_without_scripts_the_panel_keeps_its_people_and_a_new_name_adds_one(signed_in, user):
    many_people(user, 50)
    interview = InterviewFactory(owner=user)
    dana = PanelistFactory(interview=interview, is_decision_maker=True).interviewer
    data = interview_data(
        initial_rows=1,
        panel=[
            {"interviewer": dana.pk, "is_decision_maker": True},
            {"name": "Omar Haddad"},
        ],
    )

    response = signed_in.post(reverse("interview_edit", args=[interview.pk]), data)

    assert response.status_code == 302
    names = set(interview.panelists.values_list("interviewer__name", flat=True))
    assert names == {dana.name, "Omar Haddad"}
