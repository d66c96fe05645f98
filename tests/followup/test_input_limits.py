"""Bounded input: every free-text form field has a length limit, and request bodies are
capped at what the app needs."""

import pytest
from django import forms
from django.conf import settings

from accounts.forms import ProfileForm, ReminderPreferencesForm, SignupExtraForm
from coaching.admin import ReviewCommentForm
from coaching.views import CoachInviteForm
from interviews.forms import (
    InterviewerFilterForm,
    InterviewerForm,
    InterviewFilterForm,
    InterviewForm,
    OutcomeForm,
    PanelistForm,
)
from interviews.models import Interview, Interviewer
from letters.forms import STEP_FORMS, LetterDraftForm, MarkSentForm
from tests.factories import InterviewerFactory
from tests.interviews.helpers import interview_data

FORMS = [
    SignupExtraForm,
    ProfileForm,
    ReminderPreferencesForm,
    InterviewForm,
    PanelistForm,
    OutcomeForm,
    InterviewerForm,
    InterviewFilterForm,
    InterviewerFilterForm,
    *STEP_FORMS.values(),
    LetterDraftForm,
    MarkSentForm,
    CoachInviteForm,
    ReviewCommentForm,
]
# The draft body's limit (20,000 characters) comes with the checker's hardening (issue 11,
# letters/forms.py on its own branch).
ELSEWHERE = {(LetterDraftForm, "body")}


@pytest.mark.parametrize("form_class", FORMS, ids=lambda f: f.__name__)
def test_every_text_field_of_every_form_has_a_length_limit(form_class):
    unbounded = [
        name
        for name, field in form_class.base_fields.items()
        if isinstance(field, forms.CharField)
        and field.max_length is None
        and (form_class, name) not in ELSEWHERE
    ]
    assert unbounded == []


@pytest.mark.django_db
def test_overlong_interview_notes_are_refused_and_nothing_is_saved(signed_in):
    response = signed_in.post("/interviews/new/", interview_data(notes="n" * 5001))
    assert response.status_code == 200
    assert response.context["form"].errors["notes"] == [
        "Ensure this value has at most 5000 characters (it has 5001)."
    ]
    assert Interview.objects.count() == 0


@pytest.mark.django_db
def test_overlong_panel_notes_are_refused_and_nothing_is_saved(signed_in):
    row = {"name": "Dana Whitfield", "discussed": "d" * 2001, "problem_mentioned": "p" * 2001}
    response = signed_in.post("/interviews/new/", interview_data(panel=[row]))
    assert response.status_code == 200
    errors = response.context["formset"].forms[0].errors
    assert set(errors) == {"discussed", "problem_mentioned"}
    assert Interview.objects.count() == 0


@pytest.mark.django_db
def test_overlong_interviewer_notes_are_refused(signed_in, user):
    person = InterviewerFactory(owner=user, notes="")
    response = signed_in.post(
        f"/interviewers/{person.pk}/edit/", {"name": person.name, "notes": "x" * 5001}
    )
    assert response.status_code == 200
    person.refresh_from_db()
    assert person.notes == ""
    assert Interviewer.objects.get(pk=person.pk).notes == ""


def test_request_bodies_are_capped_at_what_the_app_needs():
    # A 20,000-character draft of 4-byte characters, percent-encoded, still fits.
    assert 20_000 * 4 * 3 < settings.DATA_UPLOAD_MAX_MEMORY_SIZE == 256 * 1024
    assert settings.FILE_UPLOAD_MAX_MEMORY_SIZE == 1024 * 1024


@pytest.mark.django_db
def test_a_body_over_the_cap_is_a_400_not_processed(client, user):
    client.force_login(user)
    client.raise_request_exception = False
    response = client.post("/profile/", {"name": "x" * (300 * 1024), "time_zone": "UTC"})
    assert response.status_code == 400
    user.refresh_from_db()
    assert user.name != "x" * (300 * 1024)


@pytest.mark.django_db
@pytest.mark.parametrize("total", ["21", "1000", "99999999999999999999"])
def test_a_huge_panel_row_count_builds_at_most_twenty_rows(signed_in, total):
    data = interview_data(panel=[{"name": "Dana Whitfield"}])
    data["panel-TOTAL_FORMS"] = total
    response = signed_in.post("/interviews/new/", data)
    assert response.status_code == 200
    formset = response.context["formset"]
    assert len(formset.forms) <= 20
    assert formset.non_form_errors() == ["Please submit at most 20 forms."]
    assert Interview.objects.count() == 0
