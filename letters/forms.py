from django import forms
from django.core.exceptions import ValidationError

from letters import wizard
from letters.assembly import LEGACY_GAIN_CHOICES
from letters.models import Letter

TEXTAREA = {"rows": 3}


def checked_as_typed(form, check_url: str, *, target: str, delay_ms: int) -> None:
    """Every field posts the form to ``check_url`` as it is typed (htmx), the newest
    request replacing one still running, and its answer fills ``target``."""
    for field in form.fields.values():
        field.widget.attrs.update(
            {
                "hx-post": check_url,
                "hx-trigger": f"input changed delay:{delay_ms}ms",
                "hx-target": target,
                "hx-include": "closest form",
                "hx-sync": "closest form:replace",
            }
        )


class RecipientForm(forms.Form):
    recipient = forms.TypedChoiceField(
        coerce=int,
        widget=forms.RadioSelect,
        label="Who is this letter for?",
        help_text="Start with the decision-maker; other panel members get a shorter letter.",
    )

    def __init__(self, *args, panel, **kwargs):
        """``panel`` is the interview's ``Panelist`` rows with their interviewers."""
        super().__init__(*args, **kwargs)
        self._interviewers = {p.interviewer_id: p.interviewer for p in panel}
        self.fields["recipient"].choices = [(p.interviewer_id, _recipient_label(p)) for p in panel]

    def clean_recipient(self):
        return self._interviewers[self.cleaned_data["recipient"]]


def _recipient_label(panelist) -> str:
    person = panelist.interviewer
    label = person.name
    if person.job_title:
        label += f", {person.job_title}"
    if panelist.is_decision_maker:
        label += " (decision-maker)"
    if not person.email:
        label += " · no email address on file"
    letter = getattr(panelist, "letter", None)  # set by the view when it knows
    if letter is not None:
        label += " · letter sent" if letter.is_sent else " · draft started"
    return label


class StepForm(forms.Form):
    """A wizard step. ``answers()`` gives what to store; ``partial_answers()`` keeps
    whatever was typed when the user goes Back, even if it is not complete yet. With
    ``check_url`` each field is checked as it is typed (an htmx partial)."""

    def __init__(self, *args, check_url="", **kwargs):
        super().__init__(*args, **kwargs)
        if check_url:
            checked_as_typed(self, check_url, target="#step-check", delay_ms=500)

    def answers(self) -> dict:
        return dict(self.cleaned_data)

    def partial_answers(self) -> dict:
        kept = {}
        for name, field in self.fields.items():
            raw = field.widget.value_from_datadict(self.data, self.files, self.add_prefix(name))
            try:
                kept[name] = field.clean(raw)
            except ValidationError:
                if not raw:
                    kept[name] = field.to_python(raw)
        return kept


class ConnectionForm(StepForm):
    connection = forms.CharField(
        label="A moment from your conversation, in a sentence or two",
        widget=forms.Textarea(attrs=TEXTAREA),
        max_length=600,
        help_text="Write it to them, as you would say it: “You showed me …”, “We both …”.",
    )


class FitForm(StepForm):
    fit_1 = forms.CharField(
        label="A result or skill that matches what they need",
        max_length=300,
        help_text="A sentence about you, with a number if you have one.",
    )
    fit_2 = forms.CharField(label="Another one (optional)", max_length=300, required=False)
    fit_3 = forms.CharField(label="A third one (optional)", max_length=300, required=False)

    def __init__(self, *args, initial=None, **kwargs):
        initial = dict(initial or {})
        for number, item in enumerate(initial.pop("fit", [])[: wizard.MAX_FIT_ITEMS], start=1):
            initial[f"fit_{number}"] = item
        super().__init__(*args, initial=initial, **kwargs)

    def answers(self) -> dict:
        return {"fit": _fit_list(self.cleaned_data)}

    def partial_answers(self) -> dict:
        return {"fit": _fit_list(super().partial_answers())}


def _fit_list(data: dict) -> list[str]:
    items = (data.get(f"fit_{n}") or "" for n in range(1, wizard.MAX_FIT_ITEMS + 1))
    return [item.strip() for item in items if item and item.strip()]


class ValueForm(StepForm):
    value_problem = forms.CharField(
        label="Their problem, as you would say it back to them",
        widget=forms.Textarea(attrs=TEXTAREA),
        max_length=400,
        required=False,
        help_text="For example “You mentioned that …”.",
    )
    value_idea = forms.CharField(
        label="What you would do about it",
        widget=forms.Textarea(attrs=TEXTAREA),
        max_length=400,
        help_text="Start with “I would …” or “We could …”: a sketch, not a plan.",
    )
    value_gain = forms.CharField(
        label="What it would bring them (optional)",
        max_length=300,
        required=False,
        help_text="A sentence: “That would mean fewer callbacks.”",
    )
    value_gain_detail = forms.CharField(
        label="A number from your own work that backs it up (optional)",
        max_length=300,
        required=False,
        help_text="A sentence: “At my last shop that cut callbacks by half.”",
    )

    def __init__(self, *args, is_decision_maker=True, initial=None, **kwargs):
        initial = dict(initial or {})
        if str(initial.get("value_gain", "")).lower() in LEGACY_GAIN_CHOICES:
            # Letters begun before issue 19 stored a choice here, not a sentence.
            initial.pop("value_gain")
        super().__init__(*args, initial=initial, **kwargs)
        if not is_decision_maker:
            # A colleague of the decision-maker gets the idea only if the user wants to.
            for field in self.fields.values():
                field.required = False
            # They may not be the one who said it: no "You mentioned" in the example.
            self.fields[
                "value_problem"
            ].help_text = "For example “I understand that …” or “We talked about …”."


class QuestionForm(StepForm):
    question = forms.CharField(
        label="A question you still have about their work",
        max_length=300,
        required=False,
        help_text="About their work or their problem, not about salary or benefits.",
    )


class ClosingForm(StepForm):
    closing = forms.CharField(
        label="A small next step you offer",
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=400,
        required=False,
        help_text="One you could really do soon; leave it empty to end with your question.",
    )


STEP_FORMS: dict[str, type[StepForm]] = {
    "connection": ConnectionForm,
    "fit": FitForm,
    "value": ValueForm,
    "question": QuestionForm,
    "closing": ClosingForm,
}


MAX_BODY_CHARS = 20_000  # a letter is 1,000-2,000 characters; ten times that is no letter
BODY_TOO_LONG = (
    "Your letter is %(show_value)d characters long; the limit is %(limit_value)d. "
    "Cut it down: a follow-up reads best under 200 words."
)


class LetterDraftForm(forms.Form):
    """The draft editor. A plain form, not a ModelForm: the service compares the new text
    with the saved one (an edit after a coach's approval is flagged). The body's length
    is checked before anything else reads it."""

    subject = forms.CharField(max_length=Letter._meta.get_field("subject").max_length)
    body = forms.CharField(
        label="Letter",
        widget=forms.Textarea(attrs={"rows": 18}),
        max_length=MAX_BODY_CHARS,
        error_messages={"max_length": BODY_TOO_LONG},
    )

    def __init__(self, *args, check_url, **kwargs):
        super().__init__(*args, **kwargs)
        checked_as_typed(self, check_url, target="#checker", delay_ms=400)  # the panel follows

    def clean_body(self):
        # Browsers send CRLF; store the letter with plain newlines.
        return self.cleaned_data["body"].replace("\r\n", "\n")


class CheckForm(forms.Form):
    """The text the live checker reads as it is typed: never more than the draft form
    accepts, so a huge paste costs the checker no more than a long letter."""

    subject = forms.CharField(required=False, strip=False)
    body = forms.CharField(
        required=False,
        strip=False,
        max_length=MAX_BODY_CHARS,
        error_messages={"max_length": BODY_TOO_LONG},
    )

    def text(self) -> dict[str, str]:
        subject = str(self.data.get("subject", ""))[:SUBJECT_MAX]
        body = str(self.data.get("body", ""))
        if len(body) > MAX_BODY_CHARS:
            self.is_valid()  # records the error the panel shows
            body = body[:MAX_BODY_CHARS]
        return {"subject": subject, "body": body.replace("\r\n", "\n")}


SUBJECT_MAX = Letter._meta.get_field("subject").max_length


class PersonalWordForm(forms.Form):
    word = forms.CharField(
        max_length=40, error_messages={"max_length": "A word has at most 40 letters."}
    )


class MarkSentForm(forms.Form):
    via = forms.ChoiceField(
        label="How did you send it?",
        choices=[
            (Letter.SentVia.MAIL_CLIENT, "From my mail app"),
            (Letter.SentVia.MANUAL, "I copied it or used the .eml file"),
        ],
        widget=forms.RadioSelect,
        initial=Letter.SentVia.MANUAL,
    )


class LetterFilterForm(forms.Form):
    # Bounded: the search runs ``icontains`` on short columns (company, names).
    q = forms.CharField(label="Search company or recipient", required=False, max_length=100)
