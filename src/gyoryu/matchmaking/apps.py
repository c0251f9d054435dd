from django.apps import AppConfig


class MatchmakingConfig(AppConfig):
    name = "gyoryu.matchmaking"
    label = "matchmaking"
