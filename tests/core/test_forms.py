"""Shared form fields: a date box typed dd/mm/yyyy, read by core.dates; the form page answer."""

import ast
import datetime
from pathlib import Path

import pytest
from django import forms
from django.contrib.messages import get_messages
from django.contrib.messages.storage.cookie import CookieStorage
from django.test import RequestFactory

from lantoa.core.errors import Refused
from lantoa.core.forms import (
    VnDateField,
    action_run,
    choices_read_once,
    form_save,
    posted_form_run,
    render_form,
)
from lantoa.organization.models import Unit


class DateForm(forms.Form):
    day = VnDateField(label="Ngày", required=True)


def test_it_renders_a_text_box_holding_the_date_dd_mm_yyyy_for_a_number_pad():
    # Not the browser's picker: it sent an impossible date (31/02) empty, saved as "no date".
    html = str(DateForm(initial={"day": datetime.date(2026, 6, 25)})["day"])
    assert 'type="text"' in html and 'value="25/06/2026"' in html
    assert 'inputmode="numeric"' in html and 'placeholder="dd/mm/yyyy"' in html


def test_it_gives_back_a_refused_date_as_typed():
    html = str(DateForm({"day": "31/02/2026"})["day"])
    assert 'value="31/02/2026"' in html


def test_it_reads_a_date_typed_as_digits_only_day_first():
    # A phone's number pad has no "/": 25062026 is 25/06/2026.
    form = DateForm({"day": "25062026"})
    assert form.is_valid() and form.cleaned_data["day"] == datetime.date(2026, 6, 25)
    said = {
        "31022026": "Ngày không hợp lệ: tháng 02/2026 không có ngày 31.",
        "20260625": "Ngày không hợp lệ: nhập theo dạng dd/mm/yyyy (ngày trước, tháng sau).",
        "2506202": "Ngày không hợp lệ: nhập theo dạng dd/mm/yyyy.",
    }
    for typed, message in said.items():
        assert DateForm({"day": typed}).errors["day"] == [message], typed


def test_it_accepts_the_pickers_iso_date_and_a_typed_vietnamese_one():
    for typed in ("2026-06-25", "25/06/2026", "25-06-2026"):
        form = DateForm({"day": typed})
        assert form.is_valid(), typed
        assert form.cleaned_data["day"] == datetime.date(2026, 6, 25)


def test_it_reads_a_typed_date_as_the_excel_upload_does():
    # core.dates.typed_date is the one reading: a unit's clerk types the same in both places.
    for typed in ("25.6.2026", "25/6/26", "2026-06-25 08:30"):
        form = DateForm({"day": typed})
        assert form.is_valid(), typed
        assert form.cleaned_data["day"] == datetime.date(2026, 6, 25)
    # A year no record holds (0001, 9999) overflowed the date arithmetic after it: a 500.
    for typed in ("25/06-2026", "2026-06-251", "25/06/2026abc", "01/01/0001", "9999-12-31"):
        assert not DateForm({"day": typed}).is_valid(), typed


def test_it_refuses_a_month_first_date_in_vietnamese():
    form = DateForm({"day": "06/25/2026"})
    assert not form.is_valid()
    assert form.errors["day"] == [
        "Ngày không hợp lệ: không có tháng 25; nhập theo dạng dd/mm/yyyy (ngày trước, tháng sau)."
    ]


def test_it_says_why_a_date_in_the_right_form_is_refused():
    # 31/02 is typed dd/mm/yyyy already: «nhập theo dạng dd/mm/yyyy» told the clerk nothing.
    said = {
        "31/02/2026": "Ngày không hợp lệ: tháng 02/2026 không có ngày 31.",
        "00/05/2026": "Ngày không hợp lệ: tháng 05/2026 không có ngày 00.",
        "01/01/0001": "Ngày không hợp lệ: năm 0001 nằm ngoài khoảng 1900–2200.",
        "hôm qua": "Ngày không hợp lệ: nhập theo dạng dd/mm/yyyy.",
    }
    for typed, message in said.items():
        assert DateForm({"day": typed}).errors["day"] == [message], typed


class UnitRowForm(forms.Form):
    unit = forms.ModelChoiceField(queryset=Unit.objects.order_by("sort_key"), required=False)


UnitRows = forms.formset_factory(UnitRowForm, extra=4)


@pytest.mark.django_db
def test_it_reads_a_formsets_model_options_once_for_every_row(django_assert_num_queries):
    rows = UnitRows(prefix="rows")
    with django_assert_num_queries(1):
        choices_read_once(rows.forms, "unit")
        shown = [str(form["unit"]) for form in rows.forms]
    first = Unit.objects.order_by("sort_key").first()
    assert first is not None
    assert all(f'<option value="{first.pk}">{first}</option>' in html for html in shown)
    # Every row lists the same options; only its <select> tag's name differs.
    assert len(shown) == 4 and len({html.split("\n", 1)[1] for html in shown}) == 1


@pytest.mark.django_db
def test_it_still_refuses_a_posted_option_the_queryset_does_not_hold():
    unit = Unit.objects.order_by("sort_key").first()
    assert unit is not None
    missing = Unit.objects.order_by("-pk").values_list("pk", flat=True).first() + 1
    for posted, valid in ((unit.pk, True), (missing, False)):
        data = {"rows-TOTAL_FORMS": "1", "rows-INITIAL_FORMS": "0", "rows-0-unit": str(posted)}
        rows = UnitRows(data, prefix="rows")
        choices_read_once(rows.forms, "unit")
        assert rows.is_valid() is valid, posted
        if valid:
            assert rows.forms[0].cleaned_data["unit"] == unit


def test_it_answers_a_form_page_with_400_only_when_a_posted_form_comes_back():
    factory = RequestFactory()
    shown = render_form(factory.get("/"), "errors/csrf.html", {})
    refused = render_form(factory.post("/"), "errors/csrf.html", {})
    assert (shown.status_code, refused.status_code) == (200, 400)


def _posted() -> object:
    request = RequestFactory().post("/")
    request._messages = CookieStorage(request)
    return request


def _said(request: object) -> list[tuple[str, str]]:
    return [(message.level_tag, message.message) for message in get_messages(request)]


def test_it_saves_a_valid_form_and_says_so_with_what_was_saved():
    request = _posted()
    form = DateForm({"day": "25/06/2026"})
    saved = form_save(request, form, lambda data: data["day"], success=lambda day: f"{day:%d/%m}")
    assert saved == datetime.date(2026, 6, 25)
    assert _said(request) == [("success", "25/06")]


def test_it_puts_a_refusal_on_the_form_and_saves_nothing():
    def refuse(data: dict) -> None:
        raise Refused({"day": "Ngày đã khóa số liệu.", "": "Không lưu được."})

    request = _posted()
    form = DateForm({"day": "25/06/2026"})
    assert form_save(request, form, refuse, success="Đã lưu.") is None
    assert form.errors["day"] == ["Ngày đã khóa số liệu."]
    assert form.non_field_errors() == ["Không lưu được."]
    assert _said(request) == []


def test_it_does_not_call_the_service_for_an_invalid_form():
    called = []
    form = DateForm({"day": "06/25/2026"})
    assert form_save(_posted(), form, called.append, success="Đã lưu.") is None
    assert called == []


def test_it_shows_a_buttons_refusal_as_the_pages_message():
    def refuse() -> None:
        raise Refused("Chỉ gửi duyệt được bản nháp.")

    request = _posted()
    assert not action_run(request, refuse, success="Đã gửi duyệt.")
    assert action_run(request, lambda: 3, success=lambda n: f"Đã gửi {n}.")
    assert _said(request) == [("error", "Chỉ gửi duyệt được bản nháp."), ("success", "Đã gửi 3.")]


def test_it_says_each_problem_of_a_buttons_refusal_as_its_own_message():
    def refuse() -> None:
        raise Refused({"dong_2": "Dòng 2: thiếu câu hỏi."}, problems=["Dòng 2.", "Dòng 3."])

    request = _posted()
    assert not action_run(request, refuse, success="Đã nhập.")
    assert _said(request) == [("error", "Dòng 2."), ("error", "Dòng 3.")]


def test_it_says_a_small_posted_forms_invalid_answer_as_a_message():
    request = _posted()
    ran = posted_form_run(
        request, DateForm({"day": "x"}), lambda data: data, success="Đã lưu.", invalid="Sai ngày."
    )
    assert not ran
    assert _said(request) == [("error", "Sai ngày.")]


# Views that take a POST yet render without render_form, each for a reason: a POST they answer
# with a page is a success shown once, or their render() is reached by a GET only.
RENDER_WITHOUT_REFUSAL = {
    "accounts/mfa_views.py:mfa_enrol": "the recovery codes, shown once after a right code",
    "api/views.py:token_list": "an issued token's secret, shown once",
    "reporting/views_board.py:submission_reopen_view": "the confirm step after a valid reason",
    "awareness/surveys/views.py:survey": "a POST is an open/close button, redirected",
    "opinion/views.py:model_versions": "a POST queues a retraining, redirected",
    "reporting/views.py:activity_create": "the figure fields' htmx partial, a GET",
    "reporting/views.py:activity_edit": "the figure fields' htmx partial, a GET",
    "reporting/views_review.py:review_queue": "a POST is a decision, redirected",
}


def _renders_without_status(function: ast.FunctionDef) -> bool:
    return any(
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "render"
        and not any(keyword.arg == "status" for keyword in node.keywords)
        for node in ast.walk(function)
    )


def test_it_has_every_view_that_takes_a_post_answer_a_refusal_through_render_form():
    # Ten form pages once answered a refused POST with 200, each with its own render().
    src = Path(__file__).resolve().parents[2] / "src" / "lantoa"
    found = set()
    for path in src.rglob("*views*.py"):
        text = path.read_text()
        for node in ast.walk(ast.parse(text)):
            if not isinstance(node, ast.FunctionDef):
                continue
            if "POST" in (ast.get_source_segment(text, node) or "") and _renders_without_status(
                node
            ):
                found.add(f"{path.relative_to(src).as_posix()}:{node.name}")
    assert found == set(RENDER_WITHOUT_REFUSAL)


class UnitsGroupForm(forms.Form):
    units = forms.ModelMultipleChoiceField(
        queryset=Unit.objects.order_by("sort_key"), required=False
    )


UnitGroups = forms.formset_factory(UnitsGroupForm, extra=2)


@pytest.mark.django_db
def test_it_fills_a_second_formset_from_the_objects_the_first_read(django_assert_num_queries):
    groups, rows = UnitGroups(prefix="groups"), UnitRows(prefix="rows")
    with django_assert_num_queries(1):
        units = choices_read_once(groups.forms, "units")
        choices_read_once(rows.forms, "unit", objects=units)
        shown_groups = [str(form["units"]) for form in groups.forms]
        shown_rows = [str(form["unit"]) for form in rows.forms]
    first = Unit.objects.order_by("sort_key").first()
    assert first is not None and units is not None and units[0] == first
    # The single pick keeps its empty choice; the multiple one has none.
    assert all('<option value="" selected>---------</option>' in html for html in shown_rows)
    assert not any('value=""' in html for html in shown_groups)
    assert all(f'<option value="{first.pk}">{first}</option>' in html for html in shown_rows)
    assert all(f'<option value="{first.pk}">{first}</option>' in html for html in shown_groups)


def test_it_reads_nothing_and_returns_none_for_no_form():
    assert choices_read_once([], "unit") is None
