from django.urls import path

from accounts import userdata_views, views

urlpatterns = [
    path("profile/", views.profile, name="profile"),
    path("profile/name/", views.name_capitals, name="profile_name_capitals"),
    path("name-suggestion/", views.name_suggestion, name="name_suggestion"),
    path("preferences/", views.preferences, name="preferences"),
    path("profile/export/", userdata_views.export_json, name="profile_export"),
    path(
        "profile/export/interviews.csv",
        userdata_views.export_interviews_csv,
        name="profile_export_interviews_csv",
    ),
    path("profile/delete/", userdata_views.account_delete, name="profile_delete"),
]
