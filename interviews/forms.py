"""Forms for interviews, their panel of interviewers, the invite upload and the outcome."""

from datetime import UTC, datetime, timedelta

from django import forms
from django.core.exceptions import ValidationError

from accounts.names import validate_person_name
from interviews.calendar import MAX_ICS_BYTES
from interviews.models import Interview, Interviewer, Reply
from interviews.services import MAX_PANEL_ROWS, PanelEntry

DATETIME_INPUT = "%Y-%m-%dT%H:%M"
PANEL_PREFIX = "panel"
INVITE_TOO_LARGE = "The file is larger than 1 MB; an invite is usually a few kilobytes."
# Interviews happen between these; a date outside is a typo (and year 9999 would break
# every date computed from it).
EARLIEST_INTERVIEW = datetime(1970, 1, 1, tzinfo=UTC)
LATEST_INTERVIEW = datetime(2101, 1, 1, tzinfo=UTC)
# They said they would decide within this long after the interview.
MAX_DECISION_AFTER = timedelta(days=2 * 365 + 1)
# Free text is bounded before anything else looks at it (the models' TextFields are not).
NOTES_MAX_LENGTH = 5000
PANEL_NOTE_MAX_LENGTH = 2000


def notes_field(**kwargs) -> forms.CharField:
    return forms.CharField(
        required=False,
        max_length=NOTES_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        **kwargs,
    )


class DateTimeLocalInput(forms.DateTimeInput):
    """The browser's date-time picker; the value is read in the user's active zone."""

    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format=DATETIME_INPUT)


class InterviewForm(forms.ModelForm):
    notes = notes_field()

    class Meta:
        model = Interview
        fields = [
            "company",
            "role",
            "round",
            "format",
            "starts_at",
            "ends_at",
            "location",
            "job_posting_url",
            "decision_expected_by",
            "notes",
        ]
        labels = {
            "starts_at": "Starts",
            "ends_at": "Ends",
            "decision_expected_by": "Decision expected by",
        }
        help_texts = {
            "ends_at": "Your time to send the letter starts here.",
            "decision_expected_by": "Optional: when they said they would decide.",
        }
        widgets = {
            "starts_at": DateTimeLocalInput(),
            "ends_at": DateTimeLocalInput(),
            "decision_expected_by": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    def clean(self):
        cleaned = super().clean()
        for name in ("starts_at", "ends_at"):
            moment = cleaned.get(name)
            if moment and not EARLIEST_INTERVIEW <= moment < LATEST_INTERVIEW:
                self.add_error(name, "Check the year: an interview date is between 1970 and 2100.")
                cleaned.pop(name, None)
        starts_at, ends_at = cleaned.get("starts_at"), cleaned.get("ends_at")
        if starts_at and ends_at and ends_at <= starts_at:
            self.add_error("ends_at", "The end must be after the start.")
        decision = cleaned.get("decision_expected_by")
        interview_at = ends_at or starts_at
        if decision and interview_at:
            latest = (interview_at + MAX_DECISION_AFTER).date()
            if decision > latest:
                self.add_error(
                    "decision_expected_by",
                    "Check the year: the decision date must be within two years after the "
                    f"interview (by {latest:%d %b %Y}).",
                )
        elif decision and not EARLIEST_INTERVIEW.date() <= decision < LATEST_INTERVIEW.date():
            self.add_error("decision_expected_by", "Check the year of the decision date.")
        return cleaned


class PanelistForm(forms.Form):
    """One person in the room: someone the user met before, or someone new."""

    interviewer = forms.TypedChoiceField(
        label="Someone you have met",
        coerce=int,
        required=False,
        empty_value=None,
        error_messages={"invalid_choice": "Pick one of your own interviewers."},
        help_text="The people on this interview and those you met most recently.",
    )
    name = forms.CharField(
        label="Or a new person: name",
        max_length=200,
        required=False,
        validators=[validate_person_name],
    )
    job_title = forms.CharField(label="Job title", max_length=200, required=False)
    email = forms.EmailField(label="Email", required=False)
    is_decision_maker = forms.BooleanField(label="Decision-maker", required=False)
    discussed = forms.CharField(
        label="What you discussed",
        required=False,
        max_length=PANEL_NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="A specific moment or topic to recall in your letter.",
    )
    problem_mentioned = forms.CharField(
        label="Problem they mentioned",
        required=False,
        max_length=PANEL_NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Your letter can offer an idea for it.",
    )

    def __init__(self, *args, interviewers, **kwargs):
        super().__init__(*args, **kwargs)
        # Only the user's own people: another user's id is not a valid choice.
        self.interviewers = {person.pk: person for person in interviewers}
        self.fields["interviewer"].widget.attrs["class"] = "select form-select"
        self.fields["interviewer"].choices = [("", "— Someone new —")] + [
            (person.pk, _choice_label(person)) for person in interviewers
        ]

    def clean(self):
        cleaned = super().clean()
        interviewer_id = cleaned.get("interviewer")
        name = cleaned.get("name", "").strip()
        if interviewer_id is not None and name:
            self.add_error(
                "name",
                f"You picked {self.interviewers[interviewer_id].name} above; "
                "clear this name or choose “Someone new”.",
            )
        elif interviewer_id is None and not name and "name" not in self.errors:
            self.add_error("name", "Pick someone you have met or type the new person’s name.")
        return cleaned

    def panel_entry(self) -> PanelEntry:
        data = self.cleaned_data
        return PanelEntry(
            interviewer=self.interviewers.get(data["interviewer"]),
            name=data["name"].strip(),
            job_title=data["job_title"].strip(),
            email=data["email"],
            is_decision_maker=data["is_decision_maker"],
            discussed=data["discussed"].strip(),
            problem_mentioned=data["problem_mentioned"].strip(),
        )

    def identity(self):
        """Who this row is, so the formset can spot one person entered twice."""
        data = self.cleaned_data
        if data.get("interviewer") is not None:
            return data["interviewer"]
        email = data.get("email", "").lower()
        known = next((p.pk for p in self.interviewers.values() if p.email.lower() == email), None)
        return known if email and known else (email or None)


def _choice_label(person: Interviewer) -> str:
    details = ", ".join(part for part in (person.job_title, person.company) if part)
    return f"{person.name} ({details})" if details else person.name


class BasePanelFormSet(forms.BaseFormSet):
    def __init__(self, *args, interviewers, **kwargs):
        kwargs.setdefault("prefix", PANEL_PREFIX)
        # Evaluated once for every row, instead of one query per row.
        kwargs["form_kwargs"] = {"interviewers": list(interviewers)}
        super().__init__(*args, **kwargs)

    def kept_forms(self):
        """Rows to save: every row already on the interview, and new rows filled in."""
        return [
            form
            for index, form in enumerate(self.forms)
            if not self._should_delete_form(form)
            and (index < self.initial_form_count() or form.has_changed())
        ]

    def clean(self):
        if any(self.errors):
            return
        kept = self.kept_forms()
        if sum(form.cleaned_data["is_decision_maker"] for form in kept) > 1:
            raise ValidationError(
                "Mark only one interviewer as the decision-maker: the person whose "
                "yes gets you the job.",
                code="decision_makers",
            )
        seen = set()
        for form in kept:
            identity = form.identity()
            if identity is not None and identity in seen:
                raise ValidationError(
                    f"{form.panel_entry().display_name} is listed twice; remove one row.",
                    code="duplicate",
                )
            seen.add(identity)

    def panel(self) -> list[PanelEntry]:
        return [form.panel_entry() for form in self.kept_forms()]

    def row_form(self, index: int):
        """A blank row at ``index``, as the formset would build it (for the htmx button)."""
        form = self.form(
            auto_id=self.auto_id,
            prefix=self.add_prefix(index),
            empty_permitted=True,
            use_required_attribute=False,
            renderer=self.renderer,
            **self.get_form_kwargs(None),
        )
        self.add_fields(form, index)
        # Keyboard users land in the row they just added.
        form.fields["interviewer"].widget.attrs["autofocus"] = True
        return form

    def add_fields(self, form, index):
        super().add_fields(form, index)
        if "DELETE" in form.fields:
            form.fields["DELETE"].label = "Remove from this interview"


def panel_formset(*, interviewers, data=None, initial=None, blank_rows=1):
    """The panel rows: ``initial`` ones, then ``blank_rows`` empty ones to add someone.

    The blank row also lets people add a person with scripts off; the "Add another
    interviewer" button (htmx) adds more in place.
    """
    formset_class = forms.formset_factory(
        PanelistForm,
        formset=BasePanelFormSet,
        extra=blank_rows if data is None else 0,
        can_delete=True,
        max_num=MAX_PANEL_ROWS,
        validate_max=True,
        # Never build more rows than that, whatever TOTAL_FORMS says (Django's default
        # allows 1,000 more: seconds of work for one request).
        absolute_max=MAX_PANEL_ROWS,
    )
    return formset_class(data, initial=initial or None, interviewers=interviewers)


def posted_interviewers(data) -> list[int]:
    """The interviewer ids a posted panel names (at most one per row): the picker offers
    them again, with the recent people, whether they came from the list or a search."""
    if not data:
        return []
    ids = []
    for index in range(MAX_PANEL_ROWS):
        value = data.get(f"{PANEL_PREFIX}-{index}-interviewer", "")
        if value.isascii() and value.isdigit() and len(value) < 19:
            ids.append(int(value))
    return ids


def panel_initial(interview: Interview) -> list[dict]:
    return [
        {
            "interviewer": panelist.interviewer_id,
            "is_decision_maker": panelist.is_decision_maker,
            "discussed": panelist.discussed,
            "problem_mentioned": panelist.problem_mentioned,
        }
        for panelist in interview.panelists.all()
    ]


def next_round_initial(interview: Interview) -> tuple[dict, list[dict]]:
    """ "Log the next round": the new interview's fields and panel rows, from ``interview``.

    The same company, role, format, job posting and people (the decision-maker still
    marked); not the times, the place or link, the notes or what was discussed: those
    belong to the new conversation.
    """
    fields = {
        "company": interview.company,
        "role": interview.role,
        "round": Interview.NEXT_ROUND.get(interview.round, Interview.Round.OTHER),
        "format": interview.format,
        "job_posting_url": interview.job_posting_url,
    }
    rows = [
        {"interviewer": panelist.interviewer_id, "is_decision_maker": panelist.is_decision_maker}
        for panelist in interview.panelists.all()
    ]
    return fields, rows


class InviteUploadForm(forms.Form):
    # Empty and damaged files are the parser's to refuse, in the same words as the
    # command. The view's upload handler stops storing a file past MAX_ICS_BYTES
    # and says so with ``too_large``.
    invite = forms.FileField(
        label="Calendar invite (.ics)",
        allow_empty_file=True,
        help_text="Save the invite from Google Calendar, Outlook, Zoom or the scheduling "
        "tool’s email, then choose the file here (up to 1 MB).",
        widget=forms.ClearableFileInput(attrs={"accept": ".ics,text/calendar"}),
    )

    def __init__(self, *args, too_large=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.too_large = too_large
        if too_large:  # the handler dropped the file; say why instead of "required"
            self.fields["invite"].required = False

    def clean_invite(self):
        invite = self.cleaned_data.get("invite")
        if self.too_large or (invite is not None and invite.size > MAX_ICS_BYTES):
            raise ValidationError(INVITE_TOO_LARGE, code="too_large")
        return invite


class OutcomeForm(forms.Form):
    outcome = forms.ChoiceField(label="Outcome", choices=Interview.Outcome.choices)
    reply_received = forms.BooleanField(label="They replied to my letter", required=False)
    next = forms.CharField(required=False, max_length=2000, widget=forms.HiddenInput)

    @classmethod
    def for_interview(cls, interview: Interview, **kwargs):
        initial = {
            "outcome": interview.outcome,
            "reply_received": interview.reply_received_at is not None,
        }
        return cls(initial=initial, **kwargs)


class ReplyForm(forms.Form):
    """ "They replied": when, what it was, and a note. The date defaults to today."""

    received_on = forms.DateField(
        label="Date of the reply", widget=forms.DateInput(attrs={"type": "date"})
    )
    kind = forms.ChoiceField(
        label="What was it?", choices=Reply.Kind.choices, widget=forms.RadioSelect
    )
    note = forms.CharField(
        label="Note (optional)",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="What they said, a name to follow up with, a date to keep in mind.",
    )
    # The page to go back to (the dashboard's short form); the view checks it is ours.
    next = forms.CharField(required=False, max_length=2000, widget=forms.HiddenInput)

    def __init__(self, *args, today, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today

    @classmethod
    def for_interview(cls, interview: Interview, *, today, data=None):
        reply = getattr(interview, "reply", None) if _has_reply(interview) else None
        initial = (
            {"received_on": reply.received_on, "kind": reply.kind, "note": reply.note}
            if reply
            else {"received_on": today}
        )
        return cls(data, initial=initial, today=today)

    def clean_received_on(self):
        received_on = self.cleaned_data["received_on"]
        if received_on > self.today:
            raise ValidationError("A reply can’t come in the future. Pick today or earlier.")
        return received_on


def _has_reply(interview: Interview) -> bool:
    try:
        interview.reply  # noqa: B018 - the reverse one-to-one raises when there is none
    except Reply.DoesNotExist:
        return False
    return True


class InterviewerForm(forms.ModelForm):
    notes = notes_field()

    class Meta:
        model = Interviewer
        fields = ["name", "job_title", "company", "email", "phone", "linkedin_url", "notes"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The name goes into the To header of the letter to this person.
        self.fields["name"].validators.append(validate_person_name)


class InterviewFilterForm(forms.Form):
    q = forms.CharField(label="Search company or role", required=False, max_length=100)
    outcome = forms.ChoiceField(
        label="Outcome", required=False, choices=[("", "Any outcome"), *Interview.Outcome.choices]
    )


class InterviewerSearchForm(forms.Form):
    """The panel picker's search (htmx): which row asks, and what was typed."""

    row = forms.RegexField(regex=rf"^{PANEL_PREFIX}-[0-9]{{1,2}}$", max_length=10)
    q = forms.CharField(required=False, max_length=100)

    def clean_row(self):
        row = self.cleaned_data["row"]
        if int(row.rpartition("-")[2]) >= MAX_PANEL_ROWS:
            raise ValidationError("No such row.")
        return row


class InterviewerFilterForm(forms.Form):
    q = forms.CharField(label="Search name, company or email", required=False, max_length=100)
