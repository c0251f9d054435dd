from django.contrib.auth import views as auth_views
from django.urls import path

from gyoryu.accounts import views

urlpatterns = [
    path("", views.home, name="home"),
    path("login/", views.SignIn.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("invite/<str:token>/", views.accept_invitation, name="invitation"),
    path("account/tokens/", views.tokens, name="tokens"),
    path("account/tokens/<int:pk>/revoke/", views.revoke_token, name="revoke_token"),
    path("account/invitations/", views.invitations, name="invitations"),
    path("account/invitations/<int:pk>/revoke/", views.revoke_invitation, name="revoke_invitation"),
    path("account/organiser/", views.choose_organiser, name="choose_organiser"),
]
