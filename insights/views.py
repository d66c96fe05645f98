"""The insights pages: the user's own, a coach's view of a consenting client, and the
installation-wide splits for its operators (insights.installation; superusers only).
Every figure is read by insights.selectors and worked out by insights.figures."""

from urllib.parse import urlencode

from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required, permission_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET

from accounts.csvfile import write_csv
from coaching.consent import clients_of, coaches
from insights import charts, figures, installation, selectors

SURVEYS = [
    (
        "80% of HR managers say thank-you notes weigh in their decision, yet only 24% of "
        "candidates send one.",
        "Accountemps, 2017",
    ),
    (
        "68% of recruiters and hiring managers say a thank-you note affects their decision.",
        "TopResume, 2017",
    ),
    (
        "22% of employers are less likely to hire a candidate who does not send one.",
        "CareerBuilder, 2011",
    ),
]


def _period(request) -> str:
    period = request.GET.get("period", "")
    return period if period in figures.PERIODS else figures.DEFAULT_PERIOD


def _csv_url(name: str, **query) -> str:
    return f"{reverse(name)}?{urlencode(query)}"


def _render_for(request, *, subject, is_self: bool):
    period = _period(request)
    client = {} if is_self else {"client": subject.pk}
    shown = selectors.user_figures(user=subject, period=period, now=timezone.now())
    return render(
        request,
        "insights/insights.html",
        {
            "subject": subject,
            "is_self": is_self,
            "figures": shown,
            "charts": [
                (chart, _csv_url("insights_csv", chart=chart.key, period=period, **client))
                for chart in charts.charts_for(shown)
            ],
            "period": period,
            "periods": PERIOD_LABELS,
            "min_for_rate": figures.MIN_FOR_RATE,
            "surveys": SURVEYS,
            "clients": clients_of(request.user).order_by("email") if is_self else [],
        },
    )


PERIOD_LABELS = [
    ("30", "Last 30 days"),
    ("90", "Last 90 days"),
    ("365", "Last 12 months"),
    ("all", "All time"),
]


@login_required
@require_GET
def insights(request):
    return _render_for(request, subject=request.user, is_self=True)


@login_required
@require_GET
def client_insights(request, client_pk):
    """A coach sees a client's insights while the client's consent lasts; others 404."""
    client = get_object_or_404(clients_of(request.user), pk=client_pk)
    return _render_for(request, subject=client, is_self=False)


@login_required
@require_GET
def insights_csv(request):
    """One chart's table as CSV: ``?chart=timing&period=90`` (``&client=ID`` for coaches)."""
    subject = request.user
    client_pk = request.GET.get("client", "")
    if client_pk:
        if not client_pk.isdigit() or not coaches(request.user, int(client_pk)):
            raise Http404("No such client.")
        subject = get_object_or_404(get_user_model(), pk=int(client_pk))
    shown = selectors.user_figures(user=subject, period=_period(request), now=timezone.now())
    wanted = request.GET.get("chart", "")
    chart = next((c for c in charts.charts_for(shown) if c.key == wanted), None)
    if chart is None:
        raise Http404("No such chart.")
    return _csv(chart, filename=f"followup-{chart.key}.csv")


def _csv(chart, *, filename: str) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    write_csv(response, header=chart.headers, rows=chart.rows)
    return response


@require_GET  # a method it does not take is a 405 for everyone, before the permission
@login_required
@permission_required("insights.view_installation", raise_exception=True)
def installation_insights(request):
    """Figures across every user who shares them, for holders of insights.view_installation
    (superusers; no group): coaches are staff, and anyone can become a coach."""
    shown = installation.installation_figures(now=timezone.now())
    chart_list = charts.installation_charts(shown.by_timing, shown.by_score)
    wanted = request.GET.get("csv", "")
    if wanted:
        chart = next((c for c in chart_list if c.key == wanted), None)
        if chart is None:
            raise Http404("No such chart.")
        return _csv(chart, filename=f"followup-installation-{chart.key}.csv")
    return render(
        request,
        "insights/installation.html",
        {
            "charts": [
                (chart, _csv_url("installation_insights", csv=chart.key)) for chart in chart_list
            ],
            "interviews": shown.interviews,
            "people": shown.people,
            "minimum": installation.MIN_PEOPLE,
            "surveys": SURVEYS,
        },
    )
