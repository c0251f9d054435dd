from django.urls import include, path

from gyoryu.api import api

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/", api.urls),
    path("", include("gyoryu.accounts.urls")),
    path("organisations/", include("gyoryu.organizations.urls")),
    path("missions/", include("gyoryu.missions.urls")),
    path("match/", include("gyoryu.matchmaking.urls")),
    path("notifications/", include("gyoryu.notifications.urls")),
    path("followup/", include("gyoryu.followup.urls")),
    path("partnerships/", include("gyoryu.partnerships.urls")),
    path("missions/", include("gyoryu.meetings.urls")),
    path("missions/", include("gyoryu.scheduling.urls")),
    path("missions/", include("gyoryu.programme.urls")),
]
