"""Loads everything `lantoa demo` shows, each part idempotent."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings

from lantoa.accounts.demo import DEMO_PASSWORD, DemoLogin, demo_users_create
from lantoa.accounts.models import Role
from lantoa.campaigns.models import Assignment
from lantoa.guidance.demo import campaign_load_demo
from lantoa.organization.demo import province_load_demo
from lantoa.organization.models import Unit


@dataclass
class DemoSummary:
    """What the demo holds, to print for the person who started it."""

    units: int
    logins: list[DemoLogin]
    extras: list[str] = field(default_factory=list)

    def describe(self) -> str:
        """Return the summary and the logins as text for the terminal."""
        unit_names = dict(
            Unit.objects.filter(code__in=[x.unit_code for x in self.logins]).values_list(
                "code", "name"
            )
        )
        lines = [
            f"Tỉnh Điện Biên (demo): {self.units} đơn vị.",
            *self.extras,
            "",
            f"Tài khoản demo (mật khẩu chung: {DEMO_PASSWORD}):",
        ]
        for login in self.logins:
            lines.append(
                f"  {login.username:<18} {Role(login.role).label:<30} "
                f"{unit_names.get(login.unit_code, '')}"
            )
        if settings.MFA_REQUIRED_ROLES:
            roles = ", ".join(
                Role(role).label for role in sorted(settings.MFA_REQUIRED_ROLES) if role in Role
            )
            lines += [
                "",
                f"Vai trò {roles} đăng nhập hai bước: lần đăng nhập đầu, trang hiện mã QR và khóa "
                "cho ứng dụng xác thực (TOTP, chạy không cần mạng).",
                "Dùng thử nhanh không cần điện thoại: LANTOA_MFA_REQUIRED_ROLES=none lantoa demo",
            ]
        return "\n".join(lines)


def demo_load() -> DemoSummary:
    """Load the demo province and users; a second call changes nothing."""
    province_load_demo()
    logins = demo_users_create()
    campaign = campaign_load_demo()
    from lantoa.reporting.demo import activities_load_demo

    activities_load_demo(campaign)
    from lantoa.showcase.demo import showcase_load_demo

    showcase_entries = showcase_load_demo()
    from lantoa.press.demo import press_load_demo

    press = press_load_demo(campaign)
    from lantoa.materials.demo import materials_load_demo

    materials = materials_load_demo(campaign)
    from lantoa.opinion.demo import opinion_models_load_demo

    opinion_models = opinion_models_load_demo()
    from lantoa.opinion.demo import opinion_items_load_demo

    opinion_items = opinion_items_load_demo()
    from lantoa.opinion.demo import opinion_report_load_demo

    opinion_report = opinion_report_load_demo()
    from lantoa.awareness.demo import awareness_load_demo

    awareness = awareness_load_demo(campaign)
    from lantoa.awareness.demo_contests import contest_load_demo

    contest = contest_load_demo(campaign)
    from lantoa.awareness.surveys.demo import survey_load_demo

    survey = survey_load_demo(campaign)
    tasks = campaign.tasks.count()
    assignments = Assignment.objects.filter(task__campaign=campaign).count()
    return DemoSummary(
        units=Unit.objects.count(),
        logins=logins,
        extras=[
            f"Đợt demo: {campaign.title[:90]}… ({tasks} nhiệm vụ, {assignments} lượt giao, "
            f"{campaign.activities.kept().count()} hoạt động).",
            f"Trang theo dõi của Ban: /bao-cao/theo-doi/dot/{campaign.pk}/",
            f"Mô hình, sản phẩm tiêu biểu: {showcase_entries} mục minh họa, /tieu-bieu/",
            press,
            materials,
            opinion_models,
            opinion_items,
            opinion_report,
            awareness,
            contest,
            survey,
        ],
    )
