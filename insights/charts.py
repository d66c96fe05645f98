"""Figures as charts: one spec per chart, drawn by static/js/insights.js with Chart.js.

Each spec carries the Chart.js configuration (read by the script from a JSON data
element, never inline code, so it runs under a strict CSP) and the same numbers as a
table, shown under the chart for screen readers and offered as CSV.
"""

from dataclasses import dataclass

from insights.figures import Figures, Group
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

    @property
    def element_id(self) -> str:
        return f"chart-{self.key}-data"


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
    if people is not None:
        # Across users the table says how many people each group holds, not only interviews.
        rows = [[row[0], count, *row[1:]] for row, count in zip(rows, people, strict=True)]
        headers = [headers[0], "People", *headers[1:]]
        summary = f"Only groups of at least {MIN_PEOPLE} different people are shown."
    return Chart(key=key, title=title, summary=summary, config=config, headers=headers, rows=rows)


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


def charts_for(figures: Figures) -> list[Chart]:
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
            "options": {"indexAxis": "y", "scales": {"x": {"beginAtZero": True}}},
        },
        headers=["Stage", "Interviews"],
        rows=[[label, n] for label, n in figures.funnel],
    )
    weeks = [f"{w.starts_on:%d %b}" for w in figures.weekly]
    weekly = Chart(
        key="weekly",
        title="Week by week",
        summary="Interviews held, letters sent and replies received each week (from Monday).",
        config={
            "type": "bar",
            "data": {
                "labels": weeks,
                "datasets": [
                    {
                        "label": "Interviews",
                        "data": [w.interviews for w in figures.weekly],
                        "backgroundColor": REPLY_COLOUR,
                    },
                    {
                        "label": "Letters sent",
                        "data": [w.letters for w in figures.weekly],
                        "backgroundColor": LETTER_COLOUR,
                    },
                    {
                        "label": "Replies",
                        "data": [w.replies for w in figures.weekly],
                        "backgroundColor": FORWARD_COLOUR,
                    },
                ],
            },
            "options": {"scales": {"y": {"beginAtZero": True, "ticks": {"precision": 0}}}},
        },
        headers=["Week of", "Interviews", "Letters sent", "Replies"],
        rows=[
            [w.starts_on.isoformat(), w.interviews, w.letters, w.replies] for w in figures.weekly
        ],
    )
    return [
        *split_charts(figures.by_timing, figures.by_score, figures.by_decision_maker),
        funnel,
        weekly,
    ]
