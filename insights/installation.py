"""Figures across every user who allows anonymous use of theirs: ``/insights/installation/``.

Anonymous means a group is shown only when at least ``MIN_PEOPLE`` different people are in
it. Counting interviews was not enough: one busy user filled a group of 20 alone, and the
chart was that one person's record.
"""

from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth import get_user_model

from insights import figures, selectors
from insights.figures import SCORE_BANDS, Group, timing_groups
from interviews.models import follow_up_window_hours

MIN_PEOPLE = 20
PERIOD = "365"


@dataclass(frozen=True)
class PeopleGroup:
    """A split group and the number of different people whose interviews are in it."""

    group: Group
    people: int


@dataclass(frozen=True)
class InstallationFigures:
    people: int  # different people with an interview in the period
    interviews: int
    by_timing: list[PeopleGroup]
    by_score: list[PeopleGroup]


def _groups_of_enough_people(facts, *, key, groups: dict[str, str]) -> list[PeopleGroup]:
    people: dict[str, set] = {group_key: set() for group_key in groups}
    for fact in facts:
        people[key(fact)].add(fact.owner_id)
    return [
        PeopleGroup(group, len(people[group.key]))
        for group in figures.split(facts, key=key, groups=groups, minimum=MIN_PEOPLE)
        if len(people[group.key]) >= MIN_PEOPLE
    ]


def installation_splits(facts, *, window_hours: float) -> InstallationFigures:
    """The timing and score splits; a group with fewer than ``MIN_PEOPLE`` people is left out."""
    facts = list(facts)
    sent = [f for f in facts if f.followed_up]
    return InstallationFigures(
        people=len({f.owner_id for f in facts}),
        interviews=len(facts),
        by_timing=_groups_of_enough_people(
            facts, key=lambda f: f.timing(window_hours), groups=timing_groups(window_hours)
        ),
        by_score=_groups_of_enough_people(sent, key=lambda f: f.score_band, groups=SCORE_BANDS),
    )


def installation_figures(*, now: datetime) -> InstallationFigures:
    """The last 12 months of every active user who shares their figures."""
    sharing = get_user_model().objects.filter(share_anonymous_stats=True, is_active=True)
    start, end = figures.period_bounds(PERIOD, now=now)
    facts = selectors.load_facts(owners=sharing.values("pk"), start=start, end=end)
    return installation_splits(facts, window_hours=follow_up_window_hours())
