from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone


def follow_up_window_hours() -> float:
    """``FOLLOWUP_WINDOW_HOURS``: the one place pages, emails and the checker read it from."""
    return float(getattr(settings, "FOLLOWUP_WINDOW_HOURS", 24))


def follow_up_window_text() -> str:
    """The window as pages and emails say it: "24", or "1.5"."""
    return f"{follow_up_window_hours():g}"


def follow_up_window() -> timedelta:
    return timedelta(hours=follow_up_window_hours())


class InterviewQuerySet(models.QuerySet):
    """The three groups every page agrees on: upcoming, awaiting follow-up, past."""

    def for_user(self, user):
        return self.filter(owner=user)

    def upcoming(self, *, now):
        return self.filter(ends_at__gt=now).order_by("starts_at")

    def awaiting_follow_up(self, *, now):
        """Ended, no letter has gone out yet, and the decision is still open."""
        return self.filter(_awaiting_follow_up(now)).order_by("ends_at")

    def overdue(self, *, now):
        """Awaiting follow-up with the window closed: the coach's "Overdue follow-ups"."""
        return self.filter(_awaiting_follow_up(now), ends_at__lte=now - follow_up_window())

    def past(self, *, now):
        """Ended, and either followed up or settled (offer, rejection, ...)."""
        return self.filter(ends_at__lte=now).exclude(_awaiting_follow_up(now)).order_by("-ends_at")

    def with_group(self, *, now):
        """Annotate ``group`` (see Interview.Group) and order by group, then by urgency.

        Upcoming soonest first, awaiting follow-up by the window that closes first,
        past most recent first, so one paginated list can show all three groups.
        """
        group = models.Case(
            models.When(ends_at__gt=now, then=models.Value(Interview.Group.UPCOMING)),
            models.When(_awaiting_follow_up(now), then=models.Value(Interview.Group.AWAITING)),
            default=models.Value(Interview.Group.PAST),
            output_field=models.PositiveSmallIntegerField(),
        )
        soonest_first = models.Case(
            models.When(ends_at__gt=now, then=F("starts_at")),
            models.When(_awaiting_follow_up(now), then=F("ends_at")),
            output_field=models.DateTimeField(),
        )
        return self.annotate(group=group, soonest_first=soonest_first).order_by(
            "group", F("soonest_first").asc(nulls_last=True), "-ends_at", "-pk"
        )

    def with_panel(self):
        """Panelists and their people in one extra query, decision-maker first."""
        return self.prefetch_related(
            models.Prefetch("panelists", queryset=Panelist.objects.select_related("interviewer"))
        )


def _awaiting_follow_up(now) -> Q:
    return Q(ends_at__lte=now, follow_up_done_at__isnull=True, outcome=Interview.Outcome.AWAITING)


class Interview(models.Model):
    class Round(models.TextChoices):
        SCREENING = "screening", "Screening"
        FIRST = "first", "First round"
        SECOND = "second", "Second round"
        FINAL = "final", "Final round"
        OTHER = "other", "Other"

    # The round after each one, for "Log the next round"; after the final, it is "Other".
    NEXT_ROUND = {
        Round.SCREENING: Round.FIRST,
        Round.FIRST: Round.SECOND,
        Round.SECOND: Round.FINAL,
        Round.FINAL: Round.OTHER,
        Round.OTHER: Round.OTHER,
    }

    class Format(models.TextChoices):
        PHONE = "phone", "Phone"
        VIDEO = "video", "Video"
        ONSITE = "onsite", "On-site"

    class Outcome(models.TextChoices):
        AWAITING = "awaiting", "Awaiting decision"
        NEXT_ROUND = "next_round", "Next round"
        OFFER = "offer", "Offer"
        REJECTED = "rejected", "Rejected"
        WITHDRAWN = "withdrawn", "Withdrawn"
        NO_ANSWER = "no_answer", "No answer"

    class Group(models.IntegerChoices):
        """Where an interview sits on the list; see InterviewQuerySet.with_group."""

        UPCOMING = 1, "Upcoming"
        AWAITING = 2, "Awaiting follow-up"
        PAST = 3, "Past"

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="interviews"
    )
    company = models.CharField(max_length=200)
    role = models.CharField(max_length=200)
    round = models.CharField(max_length=20, choices=Round, default=Round.FIRST)
    format = models.CharField(max_length=20, choices=Format, default=Format.VIDEO)
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    location = models.CharField("location or meeting link", max_length=500, blank=True)
    job_posting_url = models.URLField("job posting URL", max_length=500, blank=True)
    notes = models.TextField(blank=True)
    decision_expected_by = models.DateField(null=True, blank=True)
    outcome = models.CharField(max_length=20, choices=Outcome, default=Outcome.AWAITING)
    # Set when the first letter for this interview goes out: the follow-up is done.
    follow_up_done_at = models.DateTimeField(null=True, blank=True, editable=False)
    reply_received_at = models.DateTimeField(null=True, blank=True)
    # RFC 5545 SEQUENCE of its calendar events: bumped when its times change.
    calendar_sequence = models.PositiveIntegerField(default=0, editable=False)
    interviewers = models.ManyToManyField(
        "Interviewer", through="Panelist", related_name="interviews", blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = InterviewQuerySet.as_manager()

    class Meta:
        ordering = ["-starts_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=F("starts_at")), name="interview_ends_after_it_starts"
            )
        ]
        indexes = [models.Index(fields=["owner", "ends_at"])]

    def __str__(self):
        return f"{self.role} at {self.company}"

    def get_absolute_url(self):
        return reverse("interview_detail", args=[self.pk])

    @property
    def window_closes_at(self):
        """The letter is due within ``FOLLOWUP_WINDOW_HOURS`` real hours of the interview's end."""
        return self.ends_at + follow_up_window()

    def time_left(self, *, now=None):
        return self.window_closes_at - (now or timezone.now())

    def follow_up_state(self, *, now=None) -> str:
        """One of: upcoming, due, late, done."""
        now = now or timezone.now()
        if self.follow_up_done_at:
            return "done"
        if self.ends_at > now:
            return "upcoming"
        return "due" if now < self.window_closes_at else "late"

    @property
    def decision_maker(self):
        """The Panelist who decides, or None; uses prefetched panelists when present."""
        return next((p for p in self.panelists.all() if p.is_decision_maker), None)


class InterviewerQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(owner=user)


class Interviewer(models.Model):
    """A person the user met. The same person met in two rounds is one record."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="interviewers"
    )
    name = models.CharField(max_length=200)
    job_title = models.CharField(max_length=200, blank=True)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=50, blank=True)
    linkedin_url = models.URLField("LinkedIn URL", max_length=500, blank=True)
    company = models.CharField(max_length=200, blank=True)
    notes = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = InterviewerQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["owner", "name"])]

    def __str__(self):
        return f"{self.name} ({self.job_title})" if self.job_title else self.name

    def get_absolute_url(self):
        return reverse("interviewer_detail", args=[self.pk])

    @property
    def first_name(self) -> str:
        return (self.name.split() or [""])[0]


class Panelist(models.Model):
    """An interviewer in one interview: what was discussed, and who decides."""

    interview = models.ForeignKey(Interview, on_delete=models.CASCADE, related_name="panelists")
    interviewer = models.ForeignKey(Interviewer, on_delete=models.CASCADE, related_name="panelists")
    is_decision_maker = models.BooleanField("decision-maker", default=False)
    discussed = models.TextField(
        "what you discussed", blank=True, help_text="A specific moment or topic to recall."
    )
    problem_mentioned = models.TextField(
        "problem they mentioned", blank=True, help_text="Your letter can offer an idea for it."
    )

    class Meta:
        ordering = ["-is_decision_maker", "interviewer__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["interview", "interviewer"], name="interviewer_once_per_interview"
            ),
            models.UniqueConstraint(
                fields=["interview"],
                condition=Q(is_decision_maker=True),
                name="one_decision_maker_per_interview",
            ),
        ]

    def __str__(self):
        return f"{self.interviewer} in {self.interview}"


class Reply(models.Model):
    """What the company answered after the follow-up: one per interview, kept up to date.

    The one-click link in a check-in email records that a reply came (``kind`` still
    empty); the reply form completes it later with the date, what it was and a note.
    """

    class Kind(models.TextChoices):
        NEXT_ROUND = "next_round", "Invited to the next round"
        OFFER = "offer", "An offer"
        REJECTION = "rejection", "A rejection"
        MORE_INFO = "more_info", "Asked for more information"
        OTHER = "other", "Something else"

    # What a reply says about the interview's outcome; the others leave it as it is.
    OUTCOMES = {
        Kind.NEXT_ROUND: Interview.Outcome.NEXT_ROUND,
        Kind.OFFER: Interview.Outcome.OFFER,
        Kind.REJECTION: Interview.Outcome.REJECTED,
    }

    class Source(models.TextChoices):
        USER = "user", "Recorded by you"
        MAILBOX = "mailbox", "Found in your mailbox"

    interview = models.OneToOneField(Interview, on_delete=models.CASCADE, related_name="reply")
    source = models.CharField(max_length=10, choices=Source, default=Source.USER)
    received_on = models.DateField("date of the reply")
    # Empty until the user says what it was (a reply recorded from the email link).
    kind = models.CharField("what it was", max_length=20, choices=Kind, blank=True)
    note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "replies"

    def __str__(self):
        return f"Reply from {self.interview.company} on {self.received_on}"

    @property
    def is_complete(self) -> bool:
        return bool(self.kind)
