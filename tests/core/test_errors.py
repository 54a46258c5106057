"""The one refusal type: message and per-field messages, across processes, onto forms."""

import pickle
import re
from pathlib import Path

import pytest
from django import forms

from lantoa.campaigns.services import CampaignError
from lantoa.core.errors import Refused, add_refusal_to_form, return_reason
from lantoa.core.uploads import UploadRefused
from lantoa.reporting.services import ReportingError


class _Form(forms.Form):
    title = forms.CharField(required=False)
    file = forms.CharField(required=False)


def test_it_keeps_a_message_and_messages_per_field():
    plain = UploadRefused("Tệp quá lớn.")
    assert plain.message == str(plain) == "Tệp quá lớn." and plain.fields == {}
    fields = ReportingError({"title": "Thiếu tên.", "": "Kỳ đã khóa."})
    # One sentence each: joined with "; " they read "Thiếu tên.; Kỳ đã khóa.".
    assert fields.message == "Thiếu tên. Kỳ đã khóa." and fields.errors == fields.fields
    assert ReportingError({"a": "Thiếu tên", "b": " "}).message == "Thiếu tên."
    assert isinstance(fields, Refused) and isinstance(fields, ValueError)


def test_it_keeps_its_fields_when_sent_from_the_parsing_child():
    sent = pickle.loads(pickle.dumps(ReportingError({"evidence": "Ảnh hỏng."})))  # noqa: S301
    assert type(sent) is ReportingError and sent.fields == {"evidence": "Ảnh hỏng."}
    again = pickle.loads(pickle.dumps(UploadRefused("Tệp hỏng.")))  # noqa: S301
    assert type(again) is UploadRefused and again.message == "Tệp hỏng."


def test_it_puts_a_refusal_on_a_form_field_by_field():
    form = _Form({})
    assert form.is_valid()
    add_refusal_to_form(
        form,
        ReportingError({"title": "Thiếu tên.", "evidence": "Ảnh hỏng.", "": "Kỳ đã khóa."}),
        aliases={"evidence": "file"},
    )
    assert form.errors["title"] == ["Thiếu tên."] and form.errors["file"] == ["Ảnh hỏng."]
    assert form.non_field_errors() == ["Kỳ đã khóa."]
    whole = _Form({})
    whole.is_valid()
    add_refusal_to_form(whole, UploadRefused("Tệp quá lớn."))
    assert whole.non_field_errors() == ["Tệp quá lớn."]


def test_it_has_views_show_refusals_only_through_the_helper_or_their_message():
    # A view's own loop over a refusal's fields lost the message of a refusal without fields.
    src = Path(__file__).resolve().parents[2] / "src" / "lantoa"
    loops = re.compile(r"exc\.(errors|fields)\.(items|values)\(\)")
    found = [str(p.relative_to(src)) for p in src.rglob("views*.py") if loops.search(p.read_text())]
    assert found == []


def test_it_lists_a_refusal_of_several_problems_one_line_each():
    refusal = CampaignError(["Chưa có tên đợt.", "Chưa có loại văn bản."])
    assert refusal.message == "Chưa có tên đợt. Chưa có loại văn bản."  # the API's one message
    form = _Form({})
    form.is_valid()
    add_refusal_to_form(form, refusal)
    assert form.non_field_errors() == ["Chưa có tên đợt.", "Chưa có loại văn bản."]
    sent = pickle.loads(pickle.dumps(refusal))  # noqa: S301
    assert type(sent) is CampaignError and sent.problems == refusal.problems
    assert UploadRefused("Tệp quá lớn.").problems == ["Tệp quá lớn."]


def test_it_keeps_a_return_reason_trimmed_and_bounded():
    assert return_reason("  Thiếu số liệu tháng 5 \n") == "Thiếu số liệu tháng 5"
    assert return_reason("x" * 2500) == "x" * 2000


def test_it_refuses_a_return_without_its_reason_as_the_caller_refuses():
    with pytest.raises(ReportingError) as refused:
        return_reason(" \n ", refusal=ReportingError)
    assert refused.value.fields == {"reason": "Cần nêu lý do trả lại."}
    assert refused.value.problems == ["Cần nêu lý do trả lại."]


def test_it_puts_each_problem_on_its_own_form_and_the_rest_above_the_page(db):
    from lantoa.campaigns.proposal import CampaignProposal, GroupProposal, TaskProposal
    from lantoa.campaigns.services import proposal_errors

    proposal = CampaignProposal(
        title="",
        subject_type="Kết luận",
        groups=[GroupProposal(heading="", tasks=[TaskProposal(text="Tuyên truyền")])],
    )
    refusal = CampaignError([*proposal_errors(proposal=proposal), "Đợt này đã có."])
    # The API and the logs read every problem, each said with where it is.
    assert refusal.problems == [
        "Chưa có tên đợt tuyên truyền.",
        "Nhóm 1: chưa có tên nhóm đơn vị.",
        "Nhóm “”: chưa xác định được đơn vị nào để giao nhiệm vụ.",
        "Đợt này đã có.",
    ]
    assert refusal.fields["groups.0.heading"] == "Chưa có tên nhóm đơn vị."
    page, group = _Form({}), _Form({})
    assert page.is_valid() and group.is_valid()
    add_refusal_to_form(page, refusal, places={"groups.0.heading": (group, "title")})
    assert group.errors == {"title": ["Chưa có tên nhóm đơn vị."]}
    assert page.errors["title"] == ["Chưa có tên đợt tuyên truyền."]
    # A field the page does not show, said with where it is, and a problem of no field, go
    # above the page's fields.
    assert page.non_field_errors() == [
        "Nhóm “”: chưa xác định được đơn vị nào để giao nhiệm vụ.",
        "Đợt này đã có.",
    ]
    sent = pickle.loads(pickle.dumps(refusal))  # noqa: S301
    assert sent.general == ["Đợt này đã có."] and sent.fields == refusal.fields
