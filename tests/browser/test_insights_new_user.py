"""/insights/ for someone who has just started: what will show and when, never bare axes."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from interviews.models import Interview
from letters import services
from letters.models import Letter
from tests.factories import UserFactory
from tests.letters.letter_helpers import assembled_letter, interview_with_panel

pytestmark = pytest.mark.browser

SPLITS = ["timing", "decision-maker", "score"]

# Words a header broke inside: a Range over each word of a <th> that spans two lines.
SPLIT_WORDS = """() => {
    const broken = [];
    for (const th of document.querySelectorAll("table.chart-table th")) {
        const node = th.firstChild;
        if (!node || node.nodeType !== Node.TEXT_NODE) continue;
        const text = node.textContent;
        const re = /[^\\s\\-–]+/g;
        let match;
        while ((match = re.exec(text))) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
            if (tops.size > 1) broken.push(match[0]);
        }
    }
    return broken;
}"""


@pytest.fixture
def one_letter_sent(transactional_db):
    """A job seeker with one interview and its letter sent, both on a Wednesday one to two
    weeks ago: the same week whatever hour and day the suite runs."""
    owner = UserFactory(name="Maya Okafor")
    interview, panel = interview_with_panel(owner=owner)
    letter = assembled_letter(interview, panel[0])
    services.letter_mark_sent(letter=letter, via=Letter.SentVia.MANUAL)
    local = timezone.localtime(timezone.now(), owner.zone)
    wednesday = (local - timedelta(days=(local.weekday() - 2) % 7 + 7)).replace(
        hour=10, minute=0, second=0, microsecond=0
    )
    Interview.objects.filter(pk=interview.pk).update(
        starts_at=wednesday - timedelta(hours=1),
        ends_at=wednesday,
        follow_up_done_at=wednesday + timedelta(hours=2),
    )
    Letter.objects.filter(pk=letter.pk).update(sent_at=wednesday + timedelta(hours=2))
    return owner


def test_a_new_user_reads_what_each_chart_will_show_and_when(page, live_server, log_in):
    user = UserFactory()
    log_in(page, user)

    page.goto(f"{live_server.url}/insights/")

    expect(page.locator("canvas")).to_have_count(0)
    expect(page.locator("table.chart-table")).to_have_count(0)
    for key in [*SPLITS, "funnel", "weekly"]:
        expect(page.locator(f"#chart-{key}-empty")).to_contain_text("It starts once")
    expect(page.locator("#chart-score-empty")).to_contain_text("once you have sent a letter")
    expect(page.locator("#chart-timing-empty")).to_contain_text("a bar when it holds 5 interviews")


def test_after_one_interview_the_funnel_counts_whole_interviews_and_one_week_shows(
    page, live_server, log_in, one_letter_sent
):
    log_in(page, one_letter_sent)

    page.goto(f"{live_server.url}/insights/")

    funnel = page.locator("canvas#chart-funnel")
    expect(funnel).to_have_attribute("data-drawn", "true")
    ticks = page.evaluate("Chart.getChart('chart-funnel').scales.x.ticks.map(t => t.value)")
    assert ticks[:2] == [0, 1] and all(float(t).is_integer() for t in ticks), ticks

    # The week of the interview only, not 13 empty weeks around it.
    weeks = page.locator("#chart-weekly-title ~ .table-responsive tbody tr")
    expect(weeks).to_have_count(1)
    expect(weeks.first.locator("td")).to_have_text(["1", "1", "0"])
    expect(page.locator("canvas#chart-weekly")).to_have_attribute("data-drawn", "true")

    # A group of one draws no bar: the splits say when one will show, over their counts.
    for key in SPLITS:
        expect(page.locator(f"canvas#chart-{key}")).to_have_count(0)
        expect(page.locator(f"#chart-{key}-empty")).to_contain_text("the largest has 1 so far")
    expect(page.locator("table.chart-table")).to_have_count(5)


def test_at_phone_width_the_table_headers_wrap_between_words(
    page, live_server, log_in, one_letter_sent
):
    page.set_viewport_size({"width": 390, "height": 844})
    log_in(page, one_letter_sent)

    page.goto(f"{live_server.url}/insights/")
    expect(page.locator("canvas#chart-funnel")).to_have_attribute("data-drawn", "true")

    # Some header does wrap at this width, so the check below looks at real line breaks.
    heights = page.locator("table.chart-table thead th").evaluate_all(
        "ths => ths.map(th => th.getBoundingClientRect().height)"
    )
    assert max(heights) > min(heights)
    assert page.evaluate(SPLIT_WORDS) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
