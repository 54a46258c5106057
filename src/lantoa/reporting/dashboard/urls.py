"""Routes of this part of reporting; included inside the `reporting` namespace."""

from django.urls import path  # noqa: F401

urlpatterns: list = []
