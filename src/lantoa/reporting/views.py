"""Reporting pages: a unit's work list, activities, evidence and report submissions."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


@login_required
def unit_home(request: HttpRequest) -> HttpResponse:
    """Show the unit its tasks, what is due and what came back."""
    return render(request, "reporting/unit_home.html", {})
