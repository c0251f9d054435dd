from django.urls import path

from gyoryu.audit import views

app_name = "audit"
urlpatterns = [
    path("", views.organiser_history, name="organiser"),
    path("export.<str:fmt>", views.organiser_export, name="organiser_export"),
    path("<str:kind>/<int:pk>/", views.object_history, name="object"),
    path("<str:kind>/<int:pk>/recent/", views.recent, name="recent"),
    path("<str:kind>/<int:pk>/export.<str:fmt>", views.object_export, name="object_export"),
]
