"""Section III of a provincial regulation: how its «Tổ chức thực hiện» articles are titled."""

from __future__ import annotations

from lantoa.guidance.parsing import parse_document

DECISION = """ỦY BAN NHÂN DÂN
TỈNH PHÚ THỌ

Số: 102/2025/QĐ-UBND

Phú Thọ, ngày 28 tháng 11 năm 2025

QUYẾT ĐỊNH

BAN HÀNH QUY CHẾ PHỐI HỢP QUẢN LÝ NHÀ NƯỚC VỀ TÍN NGƯỠNG, TÔN GIÁO

Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp quản lý nhà nước về tín ngưỡng,
tôn giáo trên địa bàn tỉnh.

Điều 2. Quyết định này có hiệu lực từ ngày 10 tháng 12 năm 2025.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn A

QUY CHẾ

PHỐI HỢP QUẢN LÝ NHÀ NƯỚC VỀ TÍN NGƯỠNG, TÔN GIÁO
(Ban hành kèm theo Quyết định số 102/2025/QĐ-UBND ngày 28 tháng 11 năm 2025 của Ủy ban
nhân dân tỉnh Phú Thọ)

Chương I

QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Quy chế này quy định việc phối hợp quản lý nhà nước về tín ngưỡng, tôn giáo.

Chương III

TỔ CHỨC THỰC HIỆN

{article}

1. Sở Dân tộc và Tôn giáo

a) Hướng dẫn, theo dõi, đôn đốc, kiểm tra việc thực
hiện các quy định của Quy chế này.

b) Chủ trì phối hợp với các cơ quan, đơn vị liên
quan xây dựng Kế hoạch triển khai thực hiện Quyết định này.

2. Công an tỉnh chủ trì nắm tình hình, phối hợp xử lý các vụ việc liên quan.
"""


def _groups(article: str) -> list[tuple[str, int]]:
    parsed = parse_document(DECISION.format(article=article))
    return [(g.heading, len(g.tasks)) for g in parsed.unit_groups]


def test_an_article_titled_responsibility_for_carrying_out_names_no_body() -> None:
    # "Điều 17. Trách nhiệm tổ chức thực hiện" names the part, not an organisation ("tổ chức").
    want = [("Sở Dân tộc và Tôn giáo", 2), ("Công an tỉnh", 1)]
    assert _groups("Điều 17. Trách nhiệm tổ chức\nthực hiện") == want
    assert _groups("Điều 17. Tổ chức thực hiện") == want


DUTIES_CHAPTER = """Chương III

TRÁCH NHIỆM CỦA CÁC CƠ QUAN, TỔ CHỨC, CÁ NHÂN

Điều 14. Trách nhiệm của Sở Khoa học và Công nghệ

1. Hướng dẫn các cơ quan, đơn vị quản lý, sử dụng chữ ký số.

2. Tổng hợp nhu cầu cấp chứng thư chữ ký số của các cơ quan.

Điều 16. Trách nhiệm của thuê bao

Thuê bao có trách nhiệm thực hiện các nhiệm vụ được quy định tại Điều 80 Nghị định số
23/2025/NĐ-CP và bảo quản thiết bị lưu khóa bí mật.

Chương IV

TỔ CHỨC THỰC HIỆN
"""


def test_a_duties_article_of_one_paragraph_heads_its_partys_group() -> None:
    # "Điều 16. Trách nhiệm của thuê bao" / "Thuê bao có trách nhiệm …": the paragraph is the task.
    article = DUTIES_CHAPTER + "\nĐiều 17. Tổ chức thực hiện"
    text = DECISION.replace("Chương III\n\nTỔ CHỨC THỰC HIỆN\n", "").format(article=article)
    groups = [(g.heading, len(g.tasks)) for g in parse_document(text).unit_groups]
    assert groups[:2] == [("Sở Khoa học và Công nghệ", 2), ("Thuê bao", 1)]


def test_a_duties_article_whose_of_runs_into_the_name_still_names_the_body() -> None:
    # "Điều 4. Trách nhiệm củaTrung tâm Phục vụ hành chính công tỉnh": a space lost in the copy.
    glued = "củaTrung tâm Phục vụ hành chính công tỉnh"
    article = DUTIES_CHAPTER.replace("của Sở Khoa học và Công nghệ", glued)
    text = DECISION.replace("Chương III\n\nTỔ CHỨC THỰC HIỆN\n", "").format(article=article)
    groups = [(g.heading, len(g.tasks)) for g in parse_document(text).unit_groups]
    assert groups[0] == ("Trung tâm Phục vụ hành chính công tỉnh", 2)


def test_those_to_be_rewarded_are_no_group() -> None:
    # "Điều 13. Khen thưởng và xử lý vi phạm" / "1. Tổ chức, cá nhân có thành tích … sẽ được khen
    # thưởng …": what a party is given, no duty it is charged with.
    rewards = (
        "\n\nĐiều 18. Khen thưởng và xử lý vi phạm\n\n1. Tổ chức, cá nhân có thành tích thực hiện "
        "nếp sống văn minh sẽ được khen thưởng theo quy định của pháp luật.\n\n2. Cán bộ, công "
        "chức, viên chức phải gương mẫu thực hiện Quy định này.\n"
    )
    parsed = parse_document(DECISION.format(article="Điều 17. Tổ chức thực hiện") + rewards)
    assert [g.heading for g in parsed.unit_groups] == ["Sở Dân tộc và Tôn giáo", "Công an tỉnh"]


ROLES = """Điều 17. Tổ chức thực hiện

1. Sở Dân tộc và Tôn giáo hướng dẫn, theo dõi việc thực hiện Quy chế này.

Điều 18. Trách nhiệm của các cơ quan, đơn vị

1. Thủ trưởng các cơ quan, đơn vị

a) Chỉ đạo việc sử dụng Hệ thống trong xử lý công việc.

b) Bố trí cán bộ quản trị Hệ thống tại cơ quan.

2. Cán bộ, công chức

a) Sử dụng Hệ thống để xử lý văn bản được giao.

b) Bảo mật tài khoản được cấp.

3. Trách nhiệm của văn thư

a) Tiếp nhận, đăng ký văn bản đến trên Hệ thống.
"""


def test_staff_named_alone_over_their_duties_are_a_group() -> None:
    # "2. Cán bộ, công chức" / "a) …", "b) …" beside bodies: the staff are charged as bodies are.
    text = DECISION.replace("Chương III\n\nTỔ CHỨC THỰC HIỆN\n\n{article}", ROLES)
    text = text.split("\n1. Sở Dân tộc và Tôn giáo\n")[0]
    groups = [(g.heading, len(g.tasks)) for g in parse_document(text).unit_groups]
    assert groups[-3:] == [
        ("Thủ trưởng các cơ quan, đơn vị", 2),
        ("Cán bộ, công chức", 2),
        ("Văn thư", 1),
    ]


LEADS = """Chương II

NỘI DUNG PHỐI HỢP

Điều 4. Nội dung phối hợp chung

1. Trao đổi thông tin về tình hình tín ngưỡng, tôn giáo trên địa bàn.

Điều 5. Nội dung Sở Dân tộc và Tôn giáo có trách nhiệm chủ trì

1. Tham mưu xây dựng, đánh giá việc thực hiện kế hoạch của Ủy ban nhân dân tỉnh.

2. Kiểm tra việc thực hiện chính sách, pháp luật về tín ngưỡng, tôn giáo.

3. Đào tạo, bồi dưỡng nghiệp vụ quản lý nhà nước cho cán bộ, công chức.

Điều 6. Nội dung Công an tỉnh có trách nhiệm chủ trì

Nắm tình hình, tham mưu giải quyết các vấn đề liên quan đến an ninh tôn giáo.

{article}"""


def test_an_article_of_what_a_body_leads_heads_that_bodys_group() -> None:
    # "Điều 5. Nội dung Sở Dân tộc và Tôn giáo có trách nhiệm chủ trì" over what it leads; "Điều
    # 4. Nội dung phối hợp chung" names no body.
    part = "Chương III\n\nTỔ CHỨC THỰC HIỆN\n\nĐiều 17. Tổ chức thực hiện"
    text = DECISION.replace("Chương III\n\nTỔ CHỨC THỰC HIỆN\n\n{article}", LEADS)
    groups = [
        (g.heading, len(g.tasks)) for g in parse_document(text.format(article=part)).unit_groups
    ]
    assert groups == [
        ("Sở Dân tộc và Tôn giáo", 3),
        ("Công an tỉnh", 1),
        ("Sở Dân tộc và Tôn giáo", 2),
        ("Công an tỉnh", 1),
    ]


AREAS = """Điều
12. Trách nhiệm của Sở Khoa học và Công nghệ

1. Trách nhiệm trong việc quản
lý Ứng dụng phản ánh kiến nghị

a) Chỉ đạo tổ chức quản trị, vận hành kỹ thuật để ứng dụng hoạt động ổn định.

b) Tổ chức cấp tài khoản cho các cơ quan, đơn vị để xử lý phản ánh kiến nghị.

2. Trách nhiệm trong việc quản
trị vận hành ứng dụng

a) Quản trị, vận hành, bảo đảm các điều kiện kỹ thuật để ứng dụng hoạt động liên tục.
"""


def test_the_area_a_body_answers_for_over_its_items_is_no_task() -> None:
    # "1. Trách nhiệm trong việc quản lý …" names what the lettered items below are about.
    groups = parse_document(DECISION.format(article=AREAS)).unit_groups
    assert [t.text for t in groups[0].tasks][:3] == [
        "Chỉ đạo tổ chức quản trị, vận hành kỹ thuật để ứng dụng hoạt động ổn định.",
        "Tổ chức cấp tài khoản cho các cơ quan, đơn vị để xử lý phản ánh kiến nghị.",
        "Quản trị, vận hành, bảo đảm các điều kiện kỹ thuật để ứng dụng hoạt động liên tục.",
    ]
