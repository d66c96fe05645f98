from django.conf import settings
from django.contrib import admin
from django.contrib.auth.decorators import login_required
from django.templatetags.static import static
from django.urls import include, path
from django.utils.functional import lazy
from django.views.generic import RedirectView, TemplateView

from accounts import views as account_views
from coaching import admin as coaching_admin

admin.site.site_header = "Followup"
admin.site.site_title = "Followup"
admin.site.index_title = "Followup"

urlpatterns = [
    path("", account_views.home, name="home"),
    path("healthz", account_views.healthz, name="healthz"),
    # Browsers and the admin ask for /favicon.ico; answer with the icon, never a 404.
    path("favicon.ico", RedirectView.as_view(url=lazy(static, str)("favicon.svg"), permanent=True)),
    # Before the admin's own routes: its login goes through allauth's lockout, and its
    # "view on site" redirect is for superusers only (coaching.admin says why).
    path("admin/login/", account_views.admin_login, name="admin_login"),
    path(
        "admin/r/<int:content_type_id>/<path:object_id>/",
        coaching_admin.view_on_site_for_superusers,
    ),
    path("admin/", admin.site.urls),
    path("accounts/", include("allauth.urls")),
    path("", include("accounts.urls")),
    path("", include("interviews.urls")),
    path("", include("letters.urls")),
    path("", include("reminders.urls")),
    path("", include("inbox.urls")),
    path("", include("coaching.urls")),
    path("", include("insights.urls")),
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
