from lantoa.core.partydoc.layout import recipient_lines
from lantoa.core.partydoc.sample import sample_document


def test_it_ends_each_recipient_with_a_semicolon_and_the_last_with_a_full_stop():
    doc = sample_document()
    doc.recipients = ["Như trên,", " Thường trực Tỉnh ủy (b/c) ", "", "- Lưu VT, Phòng LLCT;"]
    lines = [line.text for line in recipient_lines(doc)]
    assert lines == [
        "Nơi nhận:",
        "- Như trên;",
        "- Thường trực Tỉnh ủy (b/c);",
        "- Lưu VT, Phòng LLCT.",
    ]


def test_it_leaves_out_the_label_without_recipients():
    doc = sample_document()
    doc.recipients = ["  ", ","]
    assert recipient_lines(doc) == []
