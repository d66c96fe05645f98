"""Admin registrations for letters (coach review queue, reminders)."""

from django import forms
from django.contrib import admin, messages
from django.contrib.contenttypes import views as contenttype_views
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator
from django.views.decorators.http import require_safe

from accounts import timefmt
from accounts.scoping import OwnerScopedAdmin, may_see_owner
from coaching import review
from coaching.consent import make_coach
from coaching.models import CoachAccess, ReviewComment
from letters import selectors
from letters.models import Letter


@admin.site.admin_view
@require_safe
def view_on_site_for_superusers(request, content_type_id, object_id):
    """The admin's "view on site" redirect (``/admin/r/<type>/<id>/``), off for coaches.

    It redirects to any object's page when the object exists and answers 404 otherwise,
    whoever owns it: for a coach, who may see only their clients' rows, that would say
    which ids exist. Coaches never need it (the letter page is its author's alone), so
    anyone but a superuser gets 404, existing object or not.
    """
    if not request.user.is_superuser:
        raise Http404("No such page.")
    return contenttype_views.shortcut(request, content_type_id, object_id)


class WindowStateFilter(admin.SimpleListFilter):
    title = "follow-up window"
    parameter_name = "window"

    def lookups(self, request, model_admin):
        return review.Window.CHOICES

    def queryset(self, request, queryset):
        if self.value() in dict(review.Window.CHOICES):
            return queryset.filter(review.window_filter(self.value(), now=timezone.now()))
        return queryset


class ClientFilter(admin.RelatedOnlyFieldListFilter):
    """Lists only the clients whose letters are in this (scoped) queue."""

    def __init__(self, field, request, params, model, model_admin, field_path):
        super().__init__(field, request, params, model, model_admin, field_path)
        self.title = "client"


class ReviewCommentForm(forms.ModelForm):
    body = forms.CharField(
        label="Comment for your client",
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    class Meta:
        model = ReviewComment
        fields = ["verdict", "body"]
        labels = {"verdict": "Verdict"}

    def clean(self):
        data = super().clean()
        if self.instance.pk is None:
            problem = review.review_problem(
                letter=self.instance.letter,
                body=data.get("body") or "",
                verdict=data.get("verdict") or ReviewComment.Verdict.COMMENT,
            )
            if problem:
                raise ValidationError(problem)
        return data


class ReviewCommentInline(admin.StackedInline):
    """The review form: earlier comments read-only, and one new comment with a verdict."""

    model = ReviewComment
    form = ReviewCommentForm
    fields = ["written", "verdict", "body"]
    readonly_fields = ["written"]
    radio_fields = {"verdict": admin.HORIZONTAL}
    extra = 0  # the new review comes from get_min_num
    can_delete = False
    verbose_name = "review"
    verbose_name_plural = "reviews"

    def get_queryset(self, request):
        # The inline label is str(comment), which names the letter and its recipient.
        return super().get_queryset(request).select_related("author", "letter__recipient")

    @admin.display(description="Written")
    def written(self, comment):
        if comment.pk is None:
            return "New review: by you, when you save"
        return f"by {comment.author_name} on {timefmt.when(comment.created_at)}"

    def has_add_permission(self, request, obj=None):
        return (
            super().has_add_permission(request, obj)
            and obj is not None
            and obj.status in review.REVIEWABLE
            and may_see_owner(request, obj.owner_id)
        )

    def has_change_permission(self, request, obj=None):
        return False  # a review is a record: a coach adds a new one rather than rewriting

    def get_min_num(self, request, obj=None, **kwargs):
        # The earlier reviews and exactly one new one, which is the form rather than an
        # optional extra: no "Remove" on it, no "Add another review", and saving it empty
        # says what is missing.
        if obj is None or not self.has_add_permission(request, obj):
            return 0
        if not hasattr(obj, "_review_count"):  # asked twice per page: counted once
            obj._review_count = obj.comments.count()
        return obj._review_count + 1

    def get_max_num(self, request, obj=None, **kwargs):
        return self.get_min_num(request, obj, **kwargs)

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Letter)
class LetterAdmin(OwnerScopedAdmin, admin.ModelAdmin):
    """The coach's review queue: their clients' letters, the most urgent first."""

    list_display = [
        "letter",
        "client",
        "recipient_and_interview",
        "checker_score",
        "status",
        "window",
        "client_insights",
    ]
    list_display_links = ["letter"]
    list_filter = ["status", WindowStateFilter, ("owner", ClientFilter)]
    list_select_related = ["owner", "interview", "recipient"]
    search_fields = [
        "subject",
        "body",
        "owner__email",
        "owner__name",
        "recipient__name",
        "interview__company",
        "interview__role",
    ]
    date_hierarchy = "interview__ends_at"
    view_on_site = False  # the letter page is its author’s alone

    actions = ["approve", "request_changes"]
    inlines = [ReviewCommentInline]

    # Its styles (static/css/admin.css) come with every admin page: templates/admin/base_site.html.

    fieldsets = [
        (None, {"fields": ["client", "status", "window", "letter_text"]}),
        ("Interview", {"fields": ["interview_details", "interviewer_notes"]}),
        ("Checker", {"fields": ["checker_score", "checker_findings"]}),
        (
            "Review",
            {"fields": ["review_requested", "approved", "changed_since_approval_badge"]},
        ),
    ]
    # The letter is the client's own words: in the admin it is read, reviewed and
    # commented on, never edited. Its fields are all read-only, for staff as well.
    readonly_fields = [
        "client",
        "status",
        "window",
        "letter_text",
        "interview_details",
        "interviewer_notes",
        "checker_score",
        "checker_findings",
        "review_requested",
        "approved",
        "changed_since_approval_badge",
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("owner", "interview", "recipient")

    def get_ordering(self, request):
        return review.queue_ordering()

    def has_add_permission(self, request):
        return False  # letters are written in the app, by their authors

    def changelist_view(self, request, extra_context=None):
        return super().changelist_view(request, {"title": "Review queue", **(extra_context or {})})

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        # Review words, not database words: "Review letter", and one save button, the
        # review's own ("Save the review", templates/admin/letters/letter/change_form.html).
        # The letter's fields are read-only here, so the stock save row would save nothing.
        if obj is not None:
            context["title"] = "Review letter" if obj.status in review.REVIEWABLE else "Letter"
        context.update(
            show_save=False, show_save_and_continue=False, show_save_and_add_another=False
        )
        return super().render_change_form(request, context, add, change, form_url, obj)

    def response_change(self, request, obj):
        # A save here only records a review, and save_formset has said how that went:
        # not Django's "The letter … was changed successfully".
        return HttpResponseRedirect(request.get_full_path())

    # --- columns ---

    @admin.display(description="Letter", ordering="subject")
    def letter(self, obj):
        return Truncator(str(obj)).chars(60)

    @admin.display(description="Client", ordering="owner__name")
    def client(self, obj):
        return f"{obj.owner} <{obj.owner.email}>" if obj.owner.name else obj.owner.email

    @admin.display(description="Insights")
    def client_insights(self, obj):
        # The client's figures, shown to their coach while the consent lasts (insights app).
        return format_html(
            '<a href="{}">Their insights</a>', reverse("client_insights", args=[obj.owner_id])
        )

    @admin.display(description="Recipient and interview")
    def recipient_and_interview(self, obj):
        return format_html(
            "{}<br><small>{} · ended {}</small>",
            obj.to_name,
            obj.interview,
            timefmt.when(obj.interview.ends_at),
        )

    @admin.display(description="Score", ordering="score")
    def checker_score(self, obj):
        return "—" if obj.score is None else f"{obj.score}/100"

    @admin.display(description="Window", ordering="interview__ends_at")
    def window(self, obj):
        now = timezone.now()
        closes_at = obj.interview.window_closes_at
        state = review.window_state(closes_at=closes_at, is_sent=obj.is_sent, now=now)
        if state == review.Window.SENT:
            return f"Sent {timefmt.when(obj.sent_at, now=now)}" if obj.sent_at else "Sent"
        hours = abs(closes_at - now).total_seconds() / 3600
        if state == review.Window.CLOSED:
            return f"Closed {hours:.0f} h ago"
        label = "Closing soon" if state == review.Window.CLOSING_SOON else "Open"
        return f"{label}: {hours:.1f} h left"

    # --- the change view ---

    @admin.display(description="Review requested")
    def review_requested(self, obj):
        return timefmt.when(obj.review_requested_at) or "—"

    @admin.display(description="Approved")
    def approved(self, obj):
        return timefmt.when(obj.approved_at) or "Not approved"

    @admin.display(description="Changed since approval")
    def changed_since_approval_badge(self, obj):
        # Neutral on purpose: editing after approval is the client's right, not an error.
        if obj.approved_at is None:
            return "—"
        if not obj.changed_since_approval:
            return "No: the approved words are unchanged"
        return format_html(
            # Styled in static/css/admin.css: the CSP forbids style="" attributes.
            '<span class="approval-changed">{}</span>',
            "Edited since approval",
        )

    @admin.display(description="Letter")
    def letter_text(self, obj):
        return format_html(
            "<p><strong>To:</strong> {}</p><p><strong>Subject:</strong> {}</p>"
            '<div class="review-letter-text">{}</div>',
            obj.to_name,
            obj.subject or "(no subject yet)",
            obj.body or "(empty)",
        )

    @admin.display(description="Interview")
    def interview_details(self, obj):
        interview = obj.interview
        return format_html(
            "{} · {} · {}<br>{} – {}{}",
            interview,
            interview.get_round_display(),
            interview.get_format_display(),
            timefmt.when(interview.starts_at),
            timezone.localtime(interview.ends_at).strftime("%H:%M"),
            format_html('<div class="review-notes">{}</div>', interview.notes)
            if interview.notes
            else "",
        )

    @admin.display(description="Interviewer notes")
    def interviewer_notes(self, obj):
        panelists = self._panelists(obj)
        if not panelists:
            return "No interviewers recorded."
        return format_html_join(
            "",
            "<p><strong>{}</strong>{}<br>Discussed: {}<br>Problem they mentioned: {}</p>",
            (
                (
                    p.interviewer,
                    " (decision-maker)" if p.is_decision_maker else "",
                    p.discussed or "—",
                    p.problem_mentioned or "—",
                )
                for p in panelists
            ),
        )

    @admin.display(description="Findings")
    def checker_findings(self, obj):
        report = self._report(obj)
        if not report.findings:
            return f"No findings ({report.word_count} words)."
        return format_html(
            "<p>{} words, score {}/100</p><ul>{}</ul>",
            report.word_count,
            report.score,
            format_html_join(
                "",
                "<li><strong>{}</strong>: {} <em>{}</em></li>",
                ((f.severity, f.message, f.fix) for f in report.findings),
            ),
        )

    def _context(self, obj):
        # The same panel and checker the job seeker's editor uses (two queries, once).
        if not hasattr(obj, "_review_context"):
            obj._review_context = selectors.letter_context(obj)
        return obj._review_context

    def _panelists(self, obj):
        return self._context(obj).panel

    def _report(self, obj):
        return self._context(obj).report(now=timezone.now())

    def save_model(self, request, obj, form, change):
        if form.has_changed():  # nothing on the letter itself is editable here
            super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        if formset.model is not ReviewComment:
            return super().save_formset(request, form, formset, change)
        recorded = []
        for comment in formset.save(commit=False):
            try:
                recorded.append(
                    review.record_review(
                        letter=form.instance,
                        coach=request.user,
                        body=comment.body,
                        verdict=comment.verdict,
                    )
                )
            except ValidationError as error:
                self.message_user(request, " ".join(error.messages), messages.ERROR)
        if recorded:  # an empty review never gets here: the form refuses it
            client = form.instance.owner.get_full_name()
            self.message_user(request, f"Your review was sent to {client}.", messages.SUCCESS)
        # The admin log names what was saved: "Added review “Approved by … on …”".
        formset.new_objects = recorded

    # --- actions: the same domain calls as the review form ---

    @admin.action(description="Approve", permissions=["change"])
    def approve(self, request, queryset):
        self._record(request, queryset, verdict=ReviewComment.Verdict.APPROVED, done="Approved")

    @admin.action(description="Request changes", permissions=["change"])
    def request_changes(self, request, queryset):
        self._record(
            request,
            queryset,
            verdict=ReviewComment.Verdict.CHANGES_REQUESTED,
            done="Asked for changes to",
        )

    def _record(self, request, queryset, *, verdict, done):
        now = timezone.now()
        reviewed, skipped = [], []
        for letter in queryset.select_related("owner", "recipient"):
            if not self.has_change_permission(request, letter):
                raise PermissionDenied
            try:
                comment = review.record_review(
                    letter=letter, coach=request.user, verdict=verdict, now=now
                )
            except ValidationError as error:
                skipped.append(f"{letter}: {' '.join(error.messages)}")
                continue
            self.log_change(
                request, letter, [{"added": {"name": "review", "object": str(comment)}}]
            )
            reviewed.append(letter)
        if reviewed:
            self.message_user(
                request,
                f"{done} {len(reviewed)} letter{'s' if len(reviewed) != 1 else ''}; "
                "the client gets an email.",
                messages.SUCCESS,
            )
        for line in skipped:
            self.message_user(request, f"Skipped {line}", messages.WARNING)


class CoachAccessForm(forms.ModelForm):
    class Meta:
        model = CoachAccess
        fields = ["client", "coach", "coach_email", "accepted_at", "revoked_at"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["coach_email"].required = False
        self.fields["coach_email"].help_text = "Filled from the coach's account when left empty."

    def clean(self):
        cleaned = super().clean()
        coach = cleaned.get("coach")
        if not cleaned.get("coach_email"):
            if not coach:
                raise forms.ValidationError("Pick a coach account or enter the coach's email.")
            cleaned["coach_email"] = coach.email
            self.instance.coach_email = coach.email
        return cleaned


@admin.register(CoachAccess)
class CoachAccessAdmin(admin.ModelAdmin):
    """Staff assign clients to coaches here (or with `manage.py assign_coach`)."""

    list_display = ["client", "coach_email", "coach", "created_at", "accepted_at", "revoked_at"]
    list_select_related = ["client", "coach"]
    list_filter = [("revoked_at", admin.EmptyFieldListFilter)]
    search_fields = ["client__email", "coach_email", "coach__email"]
    raw_id_fields = ["client", "coach"]
    form = CoachAccessForm

    def get_changeform_initial_data(self, request):
        return {"accepted_at": timezone.now(), **super().get_changeform_initial_data(request)}

    def save_model(self, request, obj, form, change):
        if obj.coach_id:
            # Assigning a coach makes that account a coach: staff, in the coaches group.
            coach, _ = make_coach(email=obj.coach.email)
            obj.coach_email = obj.coach_email or coach.email
            obj.accepted_at = obj.accepted_at or timezone.now()
        super().save_model(request, obj, form, change)
