from django.contrib import admin
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import include, path

from accounts import views as account_views


def favicon(request):
    # Browsers ask for /favicon.ico on every page, the admin's too; a 404 is a console error.
    return redirect(static("favicon.svg"), permanent=True)


urlpatterns = [
    path("favicon.ico", favicon),
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
