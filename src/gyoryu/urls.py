from django.urls import include, path

from gyoryu.agendas import views as agenda_views
from gyoryu.api import api

urlpatterns = [
    path("calendar/<str:token>.ics", agenda_views.feed, name="calendar_feed"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/", api.urls),
    path("", include("gyoryu.accounts.urls")),
    path("organisations/", include("gyoryu.organizations.urls")),
    path("missions/", include("gyoryu.missions.urls")),
    path("match/", include("gyoryu.matchmaking.urls")),
    path("notifications/", include("gyoryu.notifications.urls")),
    path("followup/", include("gyoryu.followup.urls")),
    path("reports/", include("gyoryu.reports.urls")),
    path("partnerships/", include("gyoryu.partnerships.urls")),
    path("valuechains/", include("gyoryu.valuechains.urls")),
    path("history/", include("gyoryu.audit.urls")),
    path("privacy/", include("gyoryu.privacy.urls")),
    path("missions/", include("gyoryu.meetings.urls")),
    path("missions/", include("gyoryu.agendas.urls")),
    path("missions/", include("gyoryu.scheduling.urls")),
    path("missions/", include("gyoryu.programme.urls")),
    path("missions/", include("gyoryu.brochure.urls")),
]
