from django.urls import path

from gyoryu.privacy import views

app_name = "privacy"
urlpatterns = [
    path("", views.page, name="page"),
    path("consent/", views.consent, name="consent"),
    path("withdraw/", views.withdraw, name="withdraw"),
    path("people/<int:pk>/export.json", views.export, name="export"),
    path("people/<int:pk>/erase/", views.erase, name="erase"),
]
