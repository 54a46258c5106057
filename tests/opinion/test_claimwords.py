"""The predicate table: synonyms read as one act, look-alike words read as none."""

import pytest

from lantoa.opinion.claimcanon import canonical, predicate_mask
from lantoa.opinion.claimtext import normalise
from lantoa.opinion.claimwords import GROUPS


def groups(text):
    mask = predicate_mask(normalise(text))
    return {group for bit, group in enumerate(GROUPS) if mask >> bit & 1}


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("gạo Điện Biên bị thu hồi chỉ dẫn địa lý", "remove"),
        ("gạo Điện Biên mất chỉ dẫn địa lý rồi", "remove"),
        ("bị tước chỉ dẫn địa lý", "remove"),
        ("Dien Bien rice lost its geographical indication", "remove"),
        ("cấm bán chè", "ban"),
        ("không cho bán chè", "ban"),
        ("bán gạo không tem bị phạt 20tr", "fine"),
        ("ban gao ko tem bi xu phat", "fine"),
        ("làm nhãn hiệu mất 50 triệu", "pay"),
        ("xã thu 5k mỗi tem", "pay"),
        ("công an đến bắt", "arrest"),
        ("nhãn hiệu về tay công ty nước ngoài", "own"),
        ("hợp tác xã hết được hỗ trợ", "remove"),
        ("cán bộ in ra bán cho dân", "resell"),
        ("bán tem lấy lời", "resell"),
        ("xã thu hai trăm nghìn mỗi người", "pay"),
        ("không ai được bán mật ong", "ban"),
        ("múa xòe phải xin phép công ty", "force"),
        ("Cục rút chỉ dẫn địa lý của gạo", "remove"),
        ("sao OCOP là chạy tiền mà có", "bribe"),
        ("tên cà phê giờ là của doanh nghiệp ngoại", "own"),
        ("phải lập công ty mới đăng ký được", "ban"),
        ("không có quy định nào phạt người bán gạo", "fine"),
        ("gạo Điện Biên bị gạch tên khỏi danh sách", "remove"),
        ("Cục đã ra quyết định hủy", "remove"),
        ("năm sau hết được mang chỉ dẫn địa lý", "remove"),
        ("hết hạn là nhà nước lấy luôn", "remove"),
        ("đăng ký xong là bị nhà nước thu đất", "remove"),
        ("nhà nước đưa ruộng nhà mình vào quản lý", "remove"),
        ("hết được nhà nước hỗ trợ", "remove"),
        ("ra chợ phiên bán cũng bị đuổi", "ban"),
        ("chợ phiên bắt người bán phải có nhãn hiệu", "force"),
        ("chỉ cần chung tiền cho hội đồng", "bribe"),
        ("đưa phong bì cho quản lý thị trường", "bribe"),
        ("có tiền là có sao", "bribe"),
        ("đăng ký nhãn hiệu phải nộp tới 50 triệu", "pay"),
        ("chỉ dẫn địa lý hết hiệu lực rồi", "remove"),
        ("bán gạo không tem là ăn phạt", "fine"),
        ("làm nhãn hiệu hết 50 triệu", "pay"),
        ("dùng phần mềm crack là ngồi tù", "arrest"),
        ("cứ đút lót cho quản lý thị trường", "bribe"),
        ("in tem chống giả để trục lợi", "resell"),
        ("bắt thay tên sản phẩm", "rename"),
        ("thương lái dìm giá lúa", "price"),
        ("hàng giả bị đem đi tiêu hủy", "destroy"),
        ("lô chè bị đốt bỏ", "destroy"),
        ("công an tịch thu cả lô hàng", "seize"),
        ("bán đĩa lậu bị thu xe máy", "seize"),
        ("đăng ảnh lên mạng là bị kiện", "sue"),
        ("người có bằng sáng chế bị đánh thuế", "tax"),
        ("tỉnh đã bán thương hiệu rồi", "sell"),
        ("sản phẩm bị tụt xuống ba sao", "lower"),
        ("phải chờ cả chục năm mới có bằng", "wait"),
        ("cà phê bị đổi thành tên khác", "rename"),
        ("muốn quay phim ở bản phải có giấy phép", "force"),
        ("hợp tác xã bị ép mua phân bón", "force"),
        ("in logo sai là đi tù", "arrest"),
        ("farmers are losing the name", "remove"),
        ("mỗi hộ đóng ba triệu", "pay"),
        ("hợp tác xã bị giải thể hết", "dissolve"),
        ("fanpage bán mật ong bị khóa rồi", "lock"),
        ("clip hát then bị gỡ sạch", "takedown"),
        ("lô mật ong xuất sang Nhật bị trả về", "refuse"),
        ("tỉnh cho không mỗi hộ hai chục triệu", "give"),
        ("mật ong rừng pha trộn đường", "adulterate"),
        ("đơn sáng chế bị gửi sang Hàn Quốc để duyệt", "send"),
        ("bị trích 5% lợi nhuận", "pay"),
        ("muốn bán chè phải có giấy chứng nhận", "force"),
        ("the tea bushes will be cut down", "destroy"),
        ("you need a permit to sell honey", "force"),
        ("quỹ hỗ trợ bị sáp nhập vào quỹ khác", "merge"),
        ("sản phẩm phải chấm lại từ đầu", "redo"),
        ("cán bộ bị đình chỉ công tác", "suspend"),
        ("có bằng sáng chế phải trình báo xã", "report"),
        ("bao bì đặt in bên Trung Quốc", "abroad"),
        ("thương hiệu đem bán đấu giá", "sell"),
        ("công ty nước ngoài mua lại vùng chè", "sell"),
        ("lô chè ấy lại đem bán lại", "resell"),
        ("quán bị bắt tháo biển", "force"),
        ("hồ sơ phải có chữ ký của xã", "force"),
        ("honey can't be exported any more", "ban"),
        ("giáo viên bị đuổi việc", "suspend"),
        ("thầy cô bị cho nghỉ việc", "suspend"),
        ("xã bị trừ ngân sách", "remove"),
        ("nhãn hiệu sắp bị ngân hàng siết", "seize"),
        ("giáo viên phải mua bản quyền phim", "force"),
        ("khách sạn phải trả cho công ty", "pay"),
        ("chỉ dẫn địa lý chỉ áp dụng cho lúa cấy ở Mường Thanh", "ban"),
        ("chỉ còn dành cho hợp tác xã", "ban"),
        ("gạo chỉ được dán tem khi xay ở nhà máy của tỉnh", "ban"),
        ("farmers keep paying a seed firm every season", "pay"),
        ("hàng chưa vào siêu thị thì chưa được công nhận OCOP", "ban"),
        ("Kết luận bắt hộ dân nào đăng ký nhãn hiệu", "force"),
        ("đơn nhãn hiệu không cần công chứng", "force"),
        ("OCOP đâu cần vào siêu thị", "force"),
        ("the land will be taken for a factory", "seize"),
        ("traders pushed rice prices down", "price"),
        ("nhà mạng sẽ ngắt đường truyền của cả hộ", "remove"),
        ("xem phim lậu là bị cắt mạng cả nhà", "remove"),
        ("nhà mạng khóa wifi cả nhà luôn", "lock"),
        ("bộ công an sẽ chặn máy luôn", "lock"),
        ("bán hàng nhái là bị phong tỏa tài khoản", "lock"),
        ("chỉ dẫn địa lý đã quá hạn bảo hộ", "expire"),
        ("gạo Điện Biên hết hạn mười năm rồi", "expire"),
        ("in chữ Thái lên bao bì cũng phải xin", "force"),
        ("phải lên Sở Văn hóa xin phép vì chữ có bản quyền", "force"),
        ("vi phạm lần đầu chỉ nhắc, ba lần mới phạt", "fine"),
    ],
)
def test_it_reads_synonyms_of_a_predicate_as_one_group(text, group):
    assert groups(text) == {group}


@pytest.mark.parametrize(
    "text",
    [
        "Mật ong Mường Nhé ngon lắm",
        "phát triển thương hiệu nông sản",
        "cảm ơn tỉnh đã hỗ trợ",
        "nộp đơn đăng ký nhãn hiệu ở đâu",
        "đăng ký nhãn hiệu mất bao lâu",
        "không sợ mất thương hiệu",
        "mùa thu hoạch lúa",
        "họp chi bộ vào thứ hai",
        "in tờ rơi tuyên truyền",
        "rút kinh nghiệm sau buổi tập huấn",
        "ra ngân hàng rút tiền",
        "phát huy thế mạnh của tỉnh",
        "huy động vốn cho hợp tác xã",
        "tôi nộp tối qua, sáng nay đã có số đơn",
        "nhà nước phát hành tem mới",
        "hết tháng này mới có kết quả",
        "ý kiến của bà con về điều kiện đăng ký",
        "bán chè cho khách du lịch",
        "đội thanh niên tình nguyện",
        "Dien Bien rice sells for a better price now",
        "cảnh sát tạm giữ xe không chính chủ",
        "thuế thu nhập tính thế nào",
        "đơn của tôi chờ 14 tháng",
        "tour Hoa Ban giá rẻ, đặt chỗ ở fanpage",
        "đông bà con đến dự",
        "khăn thổ cẩm dệt tay",
        "cẩm nang đăng ký nhãn hiệu",
        "quản lý thị trường phát hiện lô hàng giả",
        "ngân hàng chuyển tiền cho KH chậm",
        "hồ sơ nộp 8 tháng chưa có kết quả",
        "Sở Khoa học tổ chức hội thi",
        "gạo tròn hạt, thơm dẻo",
        "xin chữ ký của bí thư chi bộ",
        "trưởng bản và bí thư đến dự",
        "nộp được hồ sơ rồi",
        "hợp tác xã cầm cố máy xát",
        "tỉnh siết chặt kiểm tra chất lượng",
        "ai cũng dùng được trừ khi làm giả",
        "cán bộ phải trả lời bà con",
        "quy chế áp dụng cho cả tỉnh",
        "chè Tủa Chùa được công nhận cây di sản",
        "hợp tác xã bắt đầu đăng ký nhãn hiệu",
        "làm không cẩn thận là hỏng",
        "không cán bộ nào đến",
        "Bố mẹ mất để lại mảnh vườn chè",
        "hồ sơ phải làm lại, mất thêm một tháng",
        "bằng sáng chế chỉ được bảo hộ mười năm",
        "giấy phép lái xe của tôi hết hạn tháng trước",
        "điện lực cắt điện cả tuần",
        "chăn nuôi lợn ở bản",
        "phải xin lỗi bà con",
        "xin hỏi thủ tục đăng ký nhãn hiệu",
        "quản lý thị trường mới phát hiện lô hàng",
        "khóa học đăng ký nhãn hiệu",
    ],
)
def test_it_reads_no_predicate_in_look_alike_words(text):
    assert groups(text) == set()


def test_it_writes_synonyms_as_the_same_word():
    assert canonical(normalise("không cho bán chè"))[0] == canonical(normalise("cấm bán chè"))[0]


def test_it_keeps_the_words_after_a_lookahead_predicate():
    assert canonical(normalise("phải lập công ty mới đăng ký được"))[0].endswith(
        "lap cong ty moi dang ky duoc"
    )


def test_it_keeps_the_words_after_a_sale_and_a_lower_rank():
    assert canonical(normalise("tỉnh bán tên gạo cho Lai Châu"))[0].endswith("ten gao cho lai chau")
    assert canonical(normalise("bị hạ xuống 3 sao"))[0].endswith("3 sao")
