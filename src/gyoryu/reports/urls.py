from django.urls import path

from gyoryu.reports import views

app_name = "reports"
urlpatterns = [
    path("", views.overview, name="overview"),
    path("missions/<int:pk>/", views.dashboard, name="dashboard"),
    path("missions/<int:pk>/download/", views.download, name="download"),
    path("missions/<int:pk>/firms/<int:org_id>/", views.firm_sheet, name="firm"),
]
