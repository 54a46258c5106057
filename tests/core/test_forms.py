"""Shared form fields: a real date picker that still takes dd/mm/yyyy; the form page answer."""

import datetime

from django import forms
from django.test import RequestFactory

from lantoa.core.forms import VnDateField, render_form


class DateForm(forms.Form):
    day = VnDateField(label="Ngày", required=True)


def test_it_renders_a_date_picker_holding_an_iso_value():
    html = str(DateForm(initial={"day": datetime.date(2026, 6, 25)})["day"])
    assert 'type="date"' in html and 'value="2026-06-25"' in html


def test_it_accepts_the_pickers_iso_date_and_a_typed_vietnamese_one():
    for typed in ("2026-06-25", "25/06/2026", "25-06-2026"):
        form = DateForm({"day": typed})
        assert form.is_valid(), typed
        assert form.cleaned_data["day"] == datetime.date(2026, 6, 25)


def test_it_refuses_a_month_first_date_in_vietnamese():
    form = DateForm({"day": "06/25/2026"})
    assert not form.is_valid()
    assert form.errors["day"] == ["Ngày không hợp lệ: nhập theo dạng dd/mm/yyyy."]


def test_it_answers_a_form_page_with_400_only_when_a_posted_form_comes_back():
    factory = RequestFactory()
    shown = render_form(factory.get("/"), "errors/csrf.html", {})
    refused = render_form(factory.post("/"), "errors/csrf.html", {})
    assert (shown.status_code, refused.status_code) == (200, 400)
