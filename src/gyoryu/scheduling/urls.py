from django.urls import path

from gyoryu.agendas import views as agendas
from gyoryu.scheduling import views

app_name = "scheduling"
urlpatterns = [
    path("<int:pk>/schedule/", views.overview, name="overview"),
    path("<int:pk>/schedule/<int:number>/", views.detail, name="detail"),
    path("<int:pk>/schedule/<int:number>/status/", views.status, name="status"),
    path("<int:pk>/schedule/<int:number>/publish/", views.publish, name="publish"),
    path("<int:pk>/schedule/<int:number>/move/", views.move, name="move"),
    # the agendas feature serves these; the names stay for links written before it moved
    path("<int:pk>/agenda/<str:who>/<int:item>/", agendas.agenda, name="agenda"),
    path("<int:pk>/agenda/<str:who>/<int:item>.<str:fmt>", agendas.agenda, name="agenda_file"),
]
