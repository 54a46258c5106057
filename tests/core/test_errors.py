"""The one refusal type: message and per-field messages, across processes, onto forms."""

import pickle

from django import forms

from lantoa.core.errors import Refused, add_refusal_to_form
from lantoa.core.uploads import UploadRefused
from lantoa.reporting.services import ReportingError


class _Form(forms.Form):
    title = forms.CharField(required=False)
    file = forms.CharField(required=False)


def test_it_keeps_a_message_and_messages_per_field():
    plain = UploadRefused("Tệp quá lớn.")
    assert plain.message == str(plain) == "Tệp quá lớn." and plain.fields == {}
    fields = ReportingError({"title": "Thiếu tên.", "": "Kỳ đã khóa."})
    assert fields.message == "Thiếu tên.; Kỳ đã khóa." and fields.errors == fields.fields
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
