from django.urls import path

from gyoryu.matchmaking import views

app_name = "matchmaking"
urlpatterns = [
    path("organisations/<int:pk>/", views.suggestions, name="suggestions"),
    path("codes/", views.code_suggestions, name="codes"),
]
