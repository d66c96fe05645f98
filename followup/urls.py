from django.contrib import admin
from django.urls import include, path

from accounts import views as account_views
from coaching import admin as coaching_admin

admin.site.site_header = "Followup"
admin.site.site_title = "Followup"
admin.site.index_title = "Followup"

urlpatterns = [
    path("", account_views.home, name="home"),
    path("healthz", account_views.healthz, name="healthz"),
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
    path("", include("coaching.urls")),
]
