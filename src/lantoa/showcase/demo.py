"""Demo entries of the showcase register from Điện Biên examples, marked as demo data."""

from __future__ import annotations

from lantoa.organization.models import Unit
from lantoa.showcase.models import AssetKind, AssetStatus, EntryKind, ShowcaseEntry
from lantoa.showcase.services import AssetInput, entry_save

ILLUSTRATIVE = (
    "Số liệu minh họa: số văn bằng, ngày cấp, số sao và tên cơ sở cần đối chiếu với "
    "Cục Sở hữu trí tuệ và Sở Khoa học và Công nghệ trước khi sử dụng."
)
# (name, kind, commune code, description, OCOP stars, assets)
DEMO_ENTRIES = [
    (
        "Gạo Điện Biên",
        EntryKind.PRODUCT,
        "03352",
        "Gạo của cánh đồng Mường Thanh mang chỉ dẫn địa lý “Điện Biên”.",
        0,
        [
            AssetInput(
                kind=AssetKind.GEOGRAPHICAL_INDICATION,
                title="Điện Biên (gạo)",
                status=AssetStatus.GRANTED,
            )
        ],
    ),
    (
        "Cà phê Mường Ảng",
        EntryKind.PRODUCT,
        "03256",
        "Vùng cà phê chè Mường Ảng; chỉ dẫn địa lý cho cà phê vùng Mường Ảng.",
        0,
        [AssetInput(kind=AssetKind.GEOGRAPHICAL_INDICATION, title="Mường Ảng (cà phê)")],
    ),
    (
        "Chè Shan tuyết Tủa Chùa",
        EntryKind.PRODUCT,
        "03217",
        "Chè Shan tuyết cổ thụ vùng Tủa Chùa; chỉ dẫn địa lý cho chè Shan tuyết Tủa Chùa.",
        0,
        [AssetInput(kind=AssetKind.GEOGRAPHICAL_INDICATION, title="Tủa Chùa (chè Shan tuyết)")],
    ),
    (
        "Hợp tác xã nông sản sạch (minh họa)",
        EntryKind.COOPERATIVE,
        "03328",
        "Hợp tác xã minh họa có sản phẩm OCOP và nhãn hiệu tập thể đang nộp đơn.",
        3,
        [AssetInput(kind=AssetKind.COLLECTIVE_MARK, status=AssetStatus.FILED)],
    ),
    (
        "Sản phẩm OCOP 4 sao (minh họa)",
        EntryKind.PRODUCT,
        "03256",
        "Sản phẩm minh họa đạt OCOP 4 sao, đã đăng ký nhãn hiệu.",
        4,
        [AssetInput(kind=AssetKind.TRADEMARK, status=AssetStatus.FILED)],
    ),
]


def showcase_load_demo() -> int:
    """Create the demo entries that are missing (matched by name); return how many exist."""
    units = {u.code: u for u in Unit.objects.filter(code__in=[e[2] for e in DEMO_ENTRIES])}
    for name, kind, code, description, stars, assets in DEMO_ENTRIES:
        if ShowcaseEntry.objects.filter(name=name, is_demo=True).exists():
            continue
        entry_save(
            name=name,
            kind=kind,
            commune=units.get(code),
            description=f"{description} {ILLUSTRATIVE}",
            ocop_stars=stars,
            assets=assets,
            is_demo=True,
            user=None,
        )
    return ShowcaseEntry.objects.filter(is_demo=True).count()
