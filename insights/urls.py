from django.urls import path

from insights import feed_views, views

urlpatterns = [
    path("insights/", views.insights, name="insights"),
    path("insights/figures.csv", views.insights_csv, name="insights_csv"),
    path("insights/clients/<int:client_pk>/", views.client_insights, name="client_insights"),
    path("insights/installation/", views.installation_insights, name="installation_insights"),
    path("calendar/<str:token>.ics", feed_views.calendar_feed, name="calendar_feed"),
    path("calendar/feed/", feed_views.calendar_feed_manage, name="calendar_feed_manage"),
]
