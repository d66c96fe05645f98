"""Figures as charts: one spec per chart, drawn by static/js/insights.js with Chart.js.

Each spec carries the Chart.js configuration (read by the script from a JSON data
element, never inline code, so it runs under a strict CSP) and the same numbers as a
table, shown under the chart for screen readers and offered as CSV. A chart with nothing
to draw yet carries ``empty`` instead: what it will show, and when, in place of bare axes.
"""

from dataclasses import dataclass
from datetime import datetime

from accounts import timefmt
from insights.figures import MIN_FOR_RATE, Figures, Group
from insights.installation import MIN_PEOPLE

REPLY_COLOUR = "#0d6efd"
FORWARD_COLOUR = "#198754"
LETTER_COLOUR = "#6f42c1"


@dataclass(frozen=True)
class Chart:
    key: str
    title: str
    summary: str
    config: dict
    headers: list[str]
    rows: list[list]
    empty: str = ""  # what will show and when, for a chart with no bar yet

    @property
    def element_id(self) -> str:
        return f"chart-{self.key}-data"


# What each split compares, and what puts the first interview in one of its groups.
SPLIT_PROMISES = {
    "timing": (
        "This compares how often you got a reply when your letter went out within the "
        "follow-up window, within 3 days, or later",
        "your first interview in this period has ended",
    ),
    "decision-maker": (
        "This compares how often you got a reply when a letter went to the decision-maker, "
        "and when letters went only to others",
        "your first interview in this period has ended",
    ),
    "score": (
        "This compares how often you got a reply by the checker’s score of your letter",
        "you have sent a letter in this period",
    ),
}


def _split_empty(key: str, groups: list[Group]) -> str:
    """'' when a bar shows; otherwise what the chart will show, and from when."""
    if any(g.replies.percent is not None for g in groups):
        return ""
    minimum = groups[0].replies.minimum if groups else MIN_FOR_RATE
    promise, first = SPLIT_PROMISES[key]
    largest = max((g.size for g in groups), default=0)
    if largest == 0:
        return (
            f"{promise}. It starts once {first}; a group shows a bar when it holds "
            f"{minimum} interviews."
        )
    return (
        f"{promise}. A group shows a bar when it holds {minimum} interviews; the largest "
        f"has {largest} so far, so the table below gives the counts until then."
    )


def _split_chart(
    key: str, title: str, groups: list[Group], *, people: list[int] | None = None
) -> Chart:
    labels = [g.label for g in groups]
    config = {
        "type": "bar",
        "data": {
            "labels": labels,
            "datasets": [
                {
                    "label": "Reply rate (%)",
                    "data": [g.replies.percent for g in groups],
                    "backgroundColor": REPLY_COLOUR,
                },
                {
                    "label": "Next-round rate (%)",
                    "data": [g.forward.percent for g in groups],
                    "backgroundColor": FORWARD_COLOUR,
                },
            ],
        },
        "options": {"scales": {"y": {"beginAtZero": True, "max": 100}}},
    }
    rows = [
        [g.label, g.size, g.replies.count, str(g.replies), g.forward.count, str(g.forward)]
        for g in groups
    ]
    headers = ["Group", "Interviews", "Replies", "Reply rate", "Next round", "Next-round rate"]
    summary = "Groups with fewer than 5 interviews show counts in the table and no bar."
    empty = _split_empty(key, groups)
    if people is not None:
        # Across users the table says how many people each group holds, not only interviews.
        rows = [[row[0], count, *row[1:]] for row, count in zip(rows, people, strict=True)]
        headers = [headers[0], "People", *headers[1:]]
        summary = f"Only groups of at least {MIN_PEOPLE} different people are shown."
        empty = "" if groups else f"No group holds {MIN_PEOPLE} different people yet."
    if not any(g.size for g in groups):
        rows = []  # a table of zeros says nothing the empty state does not
    return Chart(
        key=key,
        title=title,
        summary=summary,
        config=config,
        headers=headers,
        rows=rows,
        empty=empty,
    )


TIMING_TITLE = "Replies by when the letter went out"
SCORE_TITLE = "Replies by the checker’s score"


def split_charts(by_timing, by_score, by_decision_maker) -> list[Chart]:
    return [
        _split_chart("timing", TIMING_TITLE, by_timing),
        _split_chart("decision-maker", "Replies by who got a letter", by_decision_maker),
        _split_chart("score", SCORE_TITLE, by_score),
    ]


def installation_charts(by_timing: list, by_score: list) -> list[Chart]:
    """The timing and score splits across users (``PeopleGroup``s), with each group's people."""
    return [
        _split_chart(key, title, [g.group for g in groups], people=[g.people for g in groups])
        for key, title, groups in (
            ("timing", TIMING_TITLE, by_timing),
            ("score", SCORE_TITLE, by_score),
        )
    ]


def charts_for(figures: Figures, *, now: datetime | None = None) -> list[Chart]:
    """Every chart of /insights/; ``now`` decides whether a week's label needs its year."""
    funnel_labels = [label for label, _ in figures.funnel]
    funnel = Chart(
        key="funnel",
        title="From interview to offer",
        summary="Each stage counts the interviews that reached it.",
        config={
            "type": "bar",
            "data": {
                "labels": funnel_labels,
                "datasets": [
                    {
                        "label": "Interviews",
                        "data": [n for _, n in figures.funnel],
                        "backgroundColor": REPLY_COLOUR,
                    }
                ],
            },
            # Whole interviews: ticks 0, 1, 2, never 0.1 … 1.0.
            "options": {
                "indexAxis": "y",
                "scales": {"x": {"beginAtZero": True, "ticks": {"precision": 0}}},
            },
        },
        headers=["Stage", "Interviews"],
        rows=[[label, n] for label, n in figures.funnel] if figures.interviews else [],
        empty=""
        if figures.interviews
        else (
            "This shows how many of your interviews led to a letter, a reply, a next round "
            "and an offer. It starts once your first interview in this period has ended."
        ),
    )
    # Only the weeks with something in them: a new user's 13 empty weeks around one
    # interview would bury it, and the week labels show where time passed.
    active = [w for w in figures.weekly if w.interviews or w.letters or w.replies]
    weeks = [timefmt.day(w.starts_on, now=now) for w in active]
    weekly = Chart(
        key="weekly",
        title="Week by week",
        summary="Interviews held, letters sent and replies received each week (from Monday); "
        "weeks with none of them are left out.",
        config={
            "type": "bar",
            "data": {
                "labels": weeks,
                "datasets": [
                    {
                        "label": "Interviews",
                        "data": [w.interviews for w in active],
                        "backgroundColor": REPLY_COLOUR,
                    },
                    {
                        "label": "Letters sent",
                        "data": [w.letters for w in active],
                        "backgroundColor": LETTER_COLOUR,
                    },
                    {
                        "label": "Replies",
                        "data": [w.replies for w in active],
                        "backgroundColor": FORWARD_COLOUR,
                    },
                ],
            },
            "options": {"scales": {"y": {"beginAtZero": True, "ticks": {"precision": 0}}}},
        },
        headers=["Week of", "Interviews", "Letters sent", "Replies"],
        rows=[
            [label, w.interviews, w.letters, w.replies]
            for label, w in zip(weeks, active, strict=True)
        ],
        empty=""
        if active
        else (
            "This shows the interviews, letters and replies of each week. It starts once "
            "your first interview in this period has ended."
        ),
    )
    return [
        *split_charts(figures.by_timing, figures.by_score, figures.by_decision_maker),
        funnel,
        weekly,
    ]
