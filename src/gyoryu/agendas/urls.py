from django.urls import path

from gyoryu.agendas import views

app_name = "agendas"
urlpatterns = [
    path("<int:pk>/agenda/", views.agenda, name="master"),
    path("<int:pk>/agenda.<str:fmt>", views.agenda, name="master_file"),
    path("<int:pk>/agenda/feeds/", views.feed_create, name="master_feed_create"),
    path("<int:pk>/agenda/feeds/<int:feed>/revoke/", views.feed_revoke, name="feed_revoke"),
    path("<int:pk>/agenda/settings/", views.master_settings, name="master_settings"),
    path("<int:pk>/agenda/<str:who>/<int:item>/", views.agenda, name="agenda"),
    path("<int:pk>/agenda/<str:who>/<int:item>.<str:fmt>", views.agenda, name="agenda_file"),
    path("<int:pk>/agenda/<str:who>/<int:item>/feeds/", views.feed_create, name="feed_create"),
]
