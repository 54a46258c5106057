"""Demo propaganda materials of the KL 51 campaign, one in each state, marked as demo data."""

from __future__ import annotations

from lantoa.audit.context import audit_covered
from lantoa.campaigns.models import Campaign
from lantoa.materials.models import Material
from lantoa.materials.services import (
    VersionContent,
    material_approve,
    material_create,
    material_return,
    material_submit,
)

# Every demo title carries this mark, so a demo material is never handed out as real.
DEMO_MARK = "[Minh họa] "
# (kind, audience, language, title, key messages, body, where its first version ends up)
MATERIALS = [
    (
        "leaflet",
        "ho_san_xuat_kinh_doanh",
        "vi",
        "Bảo hộ nhãn hiệu cho gạo Điện Biên",
        "Đăng ký nhãn hiệu giúp giữ giá và uy tín của gạo Điện Biên.\n"
        "Hộ sản xuất liên hệ Ủy ban nhân dân xã để được hướng dẫn miễn phí.",
        "Gạo Điện Biên đã có chỉ dẫn địa lý. Chỉ gạo trồng đúng vùng, đúng quy trình mới được "
        "dùng tên này. Bà con giữ hóa đơn, nhật ký sản xuất để chứng minh nguồn gốc.",
        "approved",
    ),
    (
        "loudspeaker",
        "dong_bao_dan_toc",
        "vi",
        "Bài phát thanh: Kết luận 51 và sở hữu trí tuệ ở bản",
        "Sản phẩm của bản có tên riêng thì phải giữ tên đó.",
        "Kính thưa bà con! Kết luận số 51-KL/TW của Bộ Chính trị yêu cầu bảo vệ tài sản trí tuệ. "
        "Chè, gạo, cà phê của bản ta có tên tuổi; ai làm giả là vi phạm pháp luật.",
        "in_review",
    ),
    (
        "qa",
        "doanh_nghiep",
        "vi",
        "Hỏi – đáp: doanh nghiệp đăng ký nhãn hiệu thế nào?",
        "Hồ sơ nộp trực tuyến; lệ phí thấp; thời gian thẩm định khoảng 12 tháng.",
        "Hỏi: Doanh nghiệp nhỏ có cần đăng ký nhãn hiệu không? Đáp: Có; nhãn hiệu chưa đăng ký "
        "thì không được bảo hộ khi bị người khác dùng trước.",
        "returned",
    ),
    (
        "outline",
        "can_bo_dang_vien",
        "vi",
        "Đề cương tuyên truyền Kết luận 51-KL/TW cho báo cáo viên",
        "Mục đích, yêu cầu; nội dung cốt lõi; liên hệ thực tiễn địa phương.",
        "I. Bối cảnh ban hành. II. Nội dung chủ yếu của Kết luận. III. Nhiệm vụ của tỉnh.",
        "draft",
    ),
]


def materials_load_demo(campaign: Campaign) -> str:
    """Create the demo materials once: approved, waiting for approval, returned, draft."""
    if not Material.objects.filter(campaign=campaign, title__startswith=DEMO_MARK).exists():
        with audit_covered("demo: tài liệu"):
            for kind, audience, language, title, key, body, state in MATERIALS:
                material = material_create(
                    campaign=campaign,
                    kind=kind,
                    audience=audience,
                    language=language,
                    title=DEMO_MARK + title,
                    content=VersionContent(key_messages=key, body=body),
                    user=None,
                )
                version = material.versions.get()
                if state == "draft":
                    continue
                version = material_submit(version=version, user=None)
                if state == "approved":
                    material_approve(version=version, user=None)
                elif state == "returned":
                    material_return(
                        version=version, reason="Bổ sung thời hạn thẩm định cụ thể.", user=None
                    )
    count = Material.objects.filter(campaign=campaign, title__startswith=DEMO_MARK).count()
    return (
        f"Tài liệu: {count} tài liệu minh họa (đã duyệt, chờ duyệt, trả lại, dự thảo), /tai-lieu/"
    )
