"""The letters app's part of the user's data export (see ``accounts.userdata``).

The JSON section ``letters`` holds the stored columns. The CSV of interviews is built
here, not in ``interviews``: it says what became of each interview's letters, and
``letters`` is the lowest app that knows both.
"""

from django.db.models import Prefetch
from django.utils import timezone

from accounts.userdata import stored_rows
from interviews.models import Interview, Panelist
from letters.models import Letter

INTERVIEW_HEADERS = [
    "Company",
    "Role",
    "Round",
    "Format",
    "Starts",
    "Ends",
    "Location",
    "Panel",
    "Decision expected by",
    "Outcome",
    "Letter",
    "Letter sent",
    "Reply",
    "Reply received on",
    "Reply note",
    "Notes",
]


def letters(*, user) -> list[dict]:
    return stored_rows(Letter.objects.for_user(user))


def interview_rows(*, user) -> list[dict]:
    """One row per interview, as the pages say it: labels, the user's local time with
    its zone, the panel by name, each letter's status and the reply. Three queries."""
    zone = user.zone
    interviews = (
        Interview.objects.for_user(user)
        .select_related("reply")
        .prefetch_related(
            Prefetch("panelists", queryset=Panelist.objects.select_related("interviewer")),
            Prefetch("letters", queryset=Letter.objects.select_related("recipient")),
        )
        .order_by("starts_at", "pk")
    )
    return [_interview_row(interview, zone=zone) for interview in interviews]


def _interview_row(interview: Interview, *, zone) -> dict:
    reply = getattr(interview, "reply", None)
    letters = sorted(interview.letters.all(), key=lambda letter: letter.to_name)
    sent = [letter.sent_at for letter in letters if letter.is_sent and letter.sent_at]
    return {
        "Company": interview.company,
        "Role": interview.role,
        "Round": interview.get_round_display(),
        "Format": interview.get_format_display(),
        "Starts": _local(interview.starts_at, zone=zone),
        "Ends": _local(interview.ends_at, zone=zone),
        "Location": interview.location,
        "Panel": "; ".join(
            f"{p.interviewer.name} (decision-maker)" if p.is_decision_maker else p.interviewer.name
            for p in interview.panelists.all()
        ),
        "Decision expected by": _date(interview.decision_expected_by),
        "Outcome": interview.get_outcome_display(),
        "Letter": "; ".join(
            f"{letter.to_name}: {letter.get_status_display()}" for letter in letters
        ),
        "Letter sent": _local(min(sent), zone=zone) if sent else "",
        "Reply": (reply.get_kind_display() or "They replied") if reply else "",
        "Reply received on": _date(reply.received_on) if reply else "",
        "Reply note": reply.note if reply else "",
        "Notes": interview.notes,
    }


def _local(moment, *, zone) -> str:
    """'2026-12-08 14:00 Europe/London': sortable, with the year, in the user's zone."""
    if moment is None:
        return ""
    return f"{timezone.localtime(moment, zone):%Y-%m-%d %H:%M} {zone.key}"


def _date(value) -> str:
    return value.isoformat() if value else ""
