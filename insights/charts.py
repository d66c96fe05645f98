"""Figures as charts: one spec per chart, drawn by static/js/insights.js with Chart.js.

Each spec carries the Chart.js configuration (read by the script from a JSON data
element, never inline code, so it runs under a strict CSP) and the same numbers as a
table, shown under the chart for screen readers and offered as CSV.
"""

from dataclasses import dataclass

from accounts import timefmt
from insights.selectors import Figures, Group

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


def _split_chart(key: str, title: str, groups: list[Group]) -> Chart:
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
    return Chart(
        key=key,
        title=title,
        summary="Groups with fewer than 5 interviews show counts in the table and no bar.",
        config=config,
        headers=["Group", "Interviews", "Replies", "Reply rate", "Next round", "Next-round rate"],
        rows=rows,
    )


def split_charts(by_timing, by_score, by_decision_maker=None) -> list[Chart]:
    charts = [_split_chart("timing", "Replies by when the letter went out", by_timing)]
    if by_decision_maker is not None:
        charts.append(
            _split_chart("decision-maker", "Replies by who got a letter", by_decision_maker)
        )
    charts.append(_split_chart("score", "Replies by the checker’s score", by_score))
    return charts


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
    weeks = [timefmt.day(w.starts_on) for w in figures.weekly]
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
            [label, w.interviews, w.letters, w.replies]
            for label, w in zip(weeks, figures.weekly, strict=True)
        ],
    )
    return [
        *split_charts(figures.by_timing, figures.by_score, figures.by_decision_maker),
        funnel,
        weekly,
    ]
