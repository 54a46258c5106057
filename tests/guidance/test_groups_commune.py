"""Section III as a commune's Front plans print it: officers and bodies named inline or by post."""

from __future__ import annotations

from .test_groups import plan_groups


def test_it_splits_an_inline_heading_at_a_later_verb_when_the_first_word_is_one() -> None:
    # "Các tổ chức …": "tổ chức" after the first word is a noun, the verb comes later.
    groups = plan_groups(
        "1. Ban Thường trực Ủy ban MTTQ Việt Nam phường xây dựng Kế hoạch kiểm tra, giám sát.\n"
        "2. Các tổ chức thành viên của MTTQ Việt Nam phường tham gia kiểm tra, giám sát công "
        "tác bầu cử theo phân công của Ủy ban Mặt trận Tổ quốc Việt Nam phường.\n"
        "3. Đoàn kiểm tra trong quá trình kiểm tra, giám sát nếu có vướng mắc thì báo cáo kịp "
        "thời để hướng dẫn xử lý.\n"
    )
    assert [h for h, _t in groups] == [
        "Ban Thường trực Ủy ban MTTQ Việt Nam phường",
        "Các tổ chức thành viên của MTTQ Việt Nam phường tham gia",
        "Đoàn kiểm tra trong quá trình",
    ]
    assert groups[1][1] == [
        "kiểm tra, giám sát công tác bầu cử theo phân công của Ủy ban Mặt trận Tổ quốc Việt Nam "
        "phường."
    ]


def test_it_keeps_a_body_named_by_a_verb_whole_when_no_later_verb_follows() -> None:
    # "Đoàn kiểm tra" over its dashes: the only verb is inside the name, so nothing is split.
    groups = plan_groups(
        "1. Đoàn kiểm tra\n"
        "- Làm việc với Ban công tác Mặt trận các thôn theo lịch đã thông báo.\n"
        "2. Các tổ chức chính trị - xã hội xã\n"
        "- Tăng cường công tác tuyên truyền vận động đoàn viên, hội viên đi bầu cử.\n"
    )
    assert [(h, len(t)) for h, t in groups] == [
        ("Đoàn kiểm tra", 1),
        ("Các tổ chức chính trị - xã hội xã", 1),
    ]
