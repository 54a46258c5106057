"""Acts of false claims in the words people retell them with (claimacts.MORE_WORDS)."""

import pytest

from lantoa.opinion.claimcanon import predicate_mask
from lantoa.opinion.claimtext import normalise
from lantoa.opinion.claimwords import GROUPS


def groups(text):
    mask = predicate_mask(normalise(text))
    return {group for bit, group in enumerate(GROUPS) if mask >> bit & 1}


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("cho mượn tài khoản là đi bóc lịch đấy", "arrest"),
        ("làm vậy là phạt tù chứ chẳng chơi", "arrest"),
        ("bị đưa ra tòa vì chia sẻ phim", "arrest"),
        ("chuyển nhà là văn bằng coi như bỏ", "remove"),
        ("giấy chứng nhận thành giấy lộn", "remove"),
        ("văn bằng mất giá trị", "remove"),
        ("không mặc áo là bị dẹp quầy", "ban"),
        ("ai không mặc thì bị mời ra", "ban"),
        ("phải lên huyện làm cái giấy cho gạo", "force"),
        ("hàng OCOP phải in số điện thoại", "force"),
        ("túi hàng phải để cả địa chỉ xưởng", "force"),
        ("năm sau có thêm khoản thu hai triệu", "pay"),
        ("nghe bảo giá hạt sắp nhân ba", "rise"),
        ("giá chè leo lên 3 lần", "rise"),
        ("thương lái sẽ trả gấp mấy lần", "rise"),
        ("thương lái phải trả gấp mấy lần", "rise"),
        ("có bằng là khỏi thi", "force"),
        ("khỏi nộp đơn nhé", "force"),
        ("xã bắt dân cài ứng dụng", "force"),
        ("bị bắt nộp tiền quỹ", "force"),
        ("đỗ đại học khỏi ôn thi", "force"),
        ("trường nhận không qua kỳ thi", "force"),
        ("bày hàng ra vỉa hè là bị lập biên bản", "fine"),
        ("đi ngược chiều là ăn vé phạt", "fine"),
        ("ai vi phạm thì đóng tiền phạt", "fine"),
        ("chuyển nhà là hết quyền dùng nhãn hiệu", "remove"),
        ("công ty đó hưởng lợi từ tên gạo", "resell"),
        ("dùng phần mềm lậu thì đoàn kiểm tra xuống là phạt", "fine"),
        ("ai vắng họp là cắt lương cả tháng", "remove"),
        ("phải hạ biển không thì bị cưỡng chế", "force"),
        ("phí đăng ký đắt lên mười lần", "rise"),
    ],
)
def test_it_reads_a_retold_act_as_its_group(text, group):
    assert group in groups(text)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("hàng OCOP không phải in số điện thoại", "force"),  # a need denied, not stated
        ("phải để ý hạn dùng", "force"),  # heed, not a duty
        ("bị mời về dự họp", "ban"),  # an invitation, not sent away
        ("phải dẹp bỏ định kiến", "ban"),  # a prejudice, not a stall
        ("khoản thưởng cuối năm", "pay"),  # money given, not asked
        ("giá trị sản phẩm tăng", "remove"),  # value named, not lost
        ("giá chè năm nay lên một chút", "rise"),  # a rise, not many times over
        ("nhân ba quả trứng", "rise"),  # a count, not a price
        ("khởi kiện ra tòa", "force"),  # "khởi" folds onto "khỏi"
        ("khói bếp bay lên", "force"),
        ("bị bắt vì cài phần mềm lậu", "force"),  # an arrest, not a duty
        ("bắt đầu làm hồ sơ", "force"),  # a start, not a duty
        ("bán không qua thị trường", "force"),  # a market, not an exam
        ("dán tem là phát hiện ngay hàng giả", "fine"),  # found, not fined
        ("đi lại ba lần mới xong", "rise"),  # times, not a price
    ],
)
def test_it_reads_no_act_in_look_alike_words(text, group):
    assert group not in groups(text)
