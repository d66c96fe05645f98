from django.contrib import admin
from django.urls import include, path

from accounts import views as account_views

admin.site.site_header = "Followup"
admin.site.site_title = "Followup"
admin.site.index_title = "Followup"

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
    path("", include("insights.urls")),
]
