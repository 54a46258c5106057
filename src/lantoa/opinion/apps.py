from django.apps import AppConfig


class OpinionConfig(AppConfig):
    name = "lantoa.opinion"
    verbose_name = "Dư luận xã hội"
