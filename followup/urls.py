from django.conf import settings
from django.contrib import admin
from django.contrib.auth.decorators import login_required
from django.urls import include, path
from django.views.generic import TemplateView

from accounts import views as account_views

urlpatterns = [
    path("", account_views.home, name="home"),
    path("healthz", account_views.healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("accounts/", include("allauth.urls")),
    path("", include("accounts.urls")),
    path("", include("interviews.urls")),
    path("", include("letters.urls")),
    path("", include("reminders.urls")),
    path("", include("coaching.urls")),
]

if settings.BENCH:
    # The benchmark's baseline: base.html, signed in, no data, through the same middleware.
    urlpatterns.append(
        path(
            "bench/baseline/",
            login_required(TemplateView.as_view(template_name="base.html")),
            name="bench_baseline",
        )
    )
