"""The figures of /insights/ as pure arithmetic on ``InterviewFacts``: no query here.

``insights.selectors`` reads the rows into facts; everything here is tested on hand-built
facts with known answers.

The unit is the interview: it is followed up when its first letter goes out, and that
letter's timing and checker score are the interview's. A reply is a reply recorded for
the interview (the form, the email link, or "They replied" on the outcome form); it
moved forward when the outcome is the next round or an offer. Rates need at least
``MIN_FOR_RATE`` interviews in their group: below that the page shows counts only.
"""

import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from interviews.models import Interview

MIN_FOR_RATE = 5

FORWARD = (Interview.Outcome.NEXT_ROUND, Interview.Outcome.OFFER)

# The window's length is FOLLOWUP_WINDOW_HOURS, passed in by the caller (this module reads
# no settings). "24h" stays the group's key whatever the window: the CSV and the page's
# element ids name it.


def timing_groups(window_hours: float) -> dict[str, str]:
    return {
        "24h": f"Within {window_hours:g} hours",
        "1-3d": "1–3 days",
        "later": "Later",
        "none": "None sent",
    }


DM_GROUPS = {
    "dm": "Letter to the decision-maker",
    "others": "Letters to others only",
    "none": "No letter",
}
SCORE_BANDS = {
    "80+": "Score 80–100",
    "60-79": "Score 60–79",
    "<60": "Score below 60",
    "none": "No score",
}
PERIODS = {"30": 30, "90": 90, "365": 365, "all": None}
DEFAULT_PERIOD = "90"


@dataclass(frozen=True)
class InterviewFacts:
    """One interview as the figures see it."""

    ended_at: datetime
    outcome: str = Interview.Outcome.AWAITING
    sent_at: tuple[datetime, ...] = ()  # every letter that went out, first first
    first_score: int | None = None
    to_decision_maker: bool = False
    replied_on: date | None = None
    zone: ZoneInfo = field(default=ZoneInfo("UTC"))
    owner_id: int | None = None  # who it belongs to: installation groups count people

    @property
    def first_sent_at(self) -> datetime | None:
        return self.sent_at[0] if self.sent_at else None

    @property
    def followed_up(self) -> bool:
        return bool(self.sent_at)

    @property
    def hours_to_send(self) -> float | None:
        if not self.sent_at:
            return None
        return (self.sent_at[0] - self.ended_at).total_seconds() / 3600

    @property
    def replied(self) -> bool:
        return self.replied_on is not None

    @property
    def moved_forward(self) -> bool:
        return self.outcome in FORWARD

    @property
    def days_to_reply(self) -> int | None:
        if not (self.sent_at and self.replied_on):
            return None
        return max((self.replied_on - self.sent_at[0].astimezone(self.zone).date()).days, 0)

    def timing(self, window_hours: float) -> str:
        hours = self.hours_to_send
        if hours is None:
            return "none"
        if hours <= window_hours:
            return "24h"
        return "1-3d" if hours <= 72 else "later"

    @property
    def decision_maker_group(self) -> str:
        if not self.sent_at:
            return "none"
        return "dm" if self.to_decision_maker else "others"

    @property
    def score_band(self) -> str:
        score = self.first_score
        if score is None:
            return "none"
        if score >= 80:
            return "80+"
        return "60-79" if score >= 60 else "<60"


@dataclass(frozen=True)
class Rate:
    """``count`` of ``total``; a percentage only when the group is big enough."""

    count: int
    total: int
    minimum: int = MIN_FOR_RATE

    @property
    def enough(self) -> bool:
        return self.total >= self.minimum and self.total > 0

    @property
    def percent(self) -> int | None:
        return round(100 * self.count / self.total) if self.enough else None

    def __str__(self):
        if self.total == 0:
            return "none yet"
        if not self.enough:
            return f"{self.count} of {self.total}"
        return f"{self.percent}% ({self.count} of {self.total})"


@dataclass(frozen=True)
class Group:
    key: str
    label: str
    size: int
    replies: Rate
    forward: Rate


@dataclass(frozen=True)
class Week:
    starts_on: date
    interviews: int
    letters: int
    replies: int


@dataclass(frozen=True)
class Figures:
    interviews: int
    followed_up: int
    within_24h: Rate
    median_hours_to_send: float | None
    reply_rate: Rate
    median_days_to_reply: float | None
    by_timing: list[Group]
    by_decision_maker: list[Group]
    by_score: list[Group]
    funnel: list[tuple[str, int]]
    weekly: list[Week]

    @property
    def small_sample(self) -> bool:
        return self.followed_up < MIN_FOR_RATE


def split(facts, *, key, groups: dict[str, str], minimum=MIN_FOR_RATE) -> list[Group]:
    """Reply and next-round rates of each group (in the order of ``groups``)."""
    result = []
    for group_key, label in groups.items():
        members = [f for f in facts if key(f) == group_key]
        result.append(
            Group(
                key=group_key,
                label=label,
                size=len(members),
                replies=Rate(sum(f.replied for f in members), len(members), minimum),
                forward=Rate(sum(f.moved_forward for f in members), len(members), minimum),
            )
        )
    return result


def funnel(facts) -> list[tuple[str, int]]:
    """Interviews → followed up → replied → next round → offer; each stage within the last."""
    sent = [f for f in facts if f.followed_up]
    replied = [f for f in sent if f.replied]
    forward = [f for f in replied if f.moved_forward]
    offers = [f for f in forward if f.outcome == Interview.Outcome.OFFER]
    return [
        ("Interviews", len(facts)),
        ("Letters sent", len(sent)),
        ("Replies", len(replied)),
        ("Next round", len(forward)),
        ("Offers", len(offers)),
    ]


def weekly(facts, *, start: date, end: date, zone: ZoneInfo) -> list[Week]:
    """Interviews, letters sent and replies per week (Monday first), ``start``..``end``."""
    monday = start - timedelta(days=start.weekday())
    interviews, letters, replies = Counter(), Counter(), Counter()

    def week_of(day: date) -> date:
        return day - timedelta(days=day.weekday())

    for f in facts:
        interviews[week_of(f.ended_at.astimezone(zone).date())] += 1
        for sent in f.sent_at:
            letters[week_of(sent.astimezone(zone).date())] += 1
        if f.replied_on:
            replies[week_of(f.replied_on)] += 1
    weeks = []
    while monday <= end:
        weeks.append(Week(monday, interviews[monday], letters[monday], replies[monday]))
        monday += timedelta(days=7)
    return weeks


def _median(values) -> float | None:
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def from_facts(
    facts,
    *,
    start: date,
    end: date,
    zone: ZoneInfo,
    window_hours: float,
) -> Figures:
    """Every figure of the page, from the facts of the period ``start``..``end``, with a
    follow-up window of ``window_hours``."""
    facts = list(facts)
    sent = [f for f in facts if f.followed_up]
    replied = [f for f in sent if f.replied]
    return Figures(
        interviews=len(facts),
        followed_up=len(sent),
        within_24h=Rate(sum(f.timing(window_hours) == "24h" for f in sent), len(sent)),
        median_hours_to_send=_median(f.hours_to_send for f in sent),
        reply_rate=Rate(len(replied), len(sent)),
        median_days_to_reply=_median(f.days_to_reply for f in replied),
        by_timing=split(
            facts, key=lambda f: f.timing(window_hours), groups=timing_groups(window_hours)
        ),
        by_decision_maker=split(facts, key=lambda f: f.decision_maker_group, groups=DM_GROUPS),
        by_score=split(sent, key=lambda f: f.score_band, groups=SCORE_BANDS),
        funnel=funnel(facts),
        weekly=weekly(facts, start=start, end=end, zone=zone),
    )


def period_bounds(period: str, *, now: datetime, first: datetime | None = None):
    """(start, end) datetimes of a period ending now; "all" starts at the first interview."""
    days = PERIODS.get(period, PERIODS[DEFAULT_PERIOD])
    return ((first or now) if days is None else now - timedelta(days=days)), now
