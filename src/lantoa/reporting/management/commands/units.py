"""`lantoa units load`: the shipped unit tree on a new installation; `lantoa units merge OLD NEW
--date dd/mm/yyyy`: record a merger as the unit page does."""

from __future__ import annotations

from typing import Any

from django.core.management.base import CommandError

from lantoa.core.commands import ActionCommand, typed_day
from lantoa.organization.models import LOCAL_KINDS, Unit
from lantoa.organization.province import province_units_load
from lantoa.reporting.handover import unit_handover_plan
from lantoa.reporting.services import ReportingError, unit_merge


def _unit(code: str) -> Unit:
    unit = Unit.objects.filter(code=code).first()
    if unit is None:
        raise CommandError(f"Không có đơn vị mã {code}.", returncode=1)
    return unit


class Command(ActionCommand):
    """Unit commands; `load` the shipped tree, `merge` records a merger and hands on what the
    old unit owed."""

    help = (
        "Lệnh về đơn vị: load; merge MÃ_CŨ MÃ_MỚI --date dd/mm/yyyy [--source CĂN_CỨ] [--dry-run]."
    )

    def add_actions(self, actions: Any) -> None:
        """Declare the load and merge subcommands."""
        actions.add_parser(
            "load",
            help="Nạp cây đơn vị của tỉnh kèm theo phần mềm (Ban, 45 xã/phường, đảng ủy trực "
            "thuộc, báo chí), không kèm số liệu, không kèm tài khoản; chạy lại không thay đổi gì",
        )
        merge = actions.add_parser(
            "merge", help="Ghi nhận đơn vị OLD sáp nhập vào NEW và chuyển việc còn chờ"
        )
        merge.add_argument("old", help="mã đơn vị sáp nhập")
        merge.add_argument("new", help="mã đơn vị tiếp nhận")
        merge.add_argument("--date", required=True, help="ngày sáp nhập có hiệu lực, dd/mm/yyyy")
        merge.add_argument("--source", default="", help="căn cứ: số, ngày quyết định")
        merge.add_argument("--dry-run", action="store_true", help="chỉ in những gì sẽ chuyển")

    def do_load(self, options: dict[str, Any]) -> None:
        """Load the shipped unit tree and say what the installation now holds."""
        before = Unit.objects.count()
        board = province_units_load()
        in_force = Unit.objects.exclude(code=None)
        communes = in_force.filter(kind__in=LOCAL_KINDS).count()
        if Unit.objects.count() == before:
            self.stdout.write(f"Cây đơn vị đã có ({in_force.count()} đơn vị), không thay đổi gì.")
            return
        self.stdout.write(
            f"Đã nạp cây đơn vị của {board.name}: {in_force.count()} đơn vị, trong đó "
            f"{communes} đảng ủy xã, phường (mã {board.code} là Ban). Số đảng viên, chi bộ, dân số "
            "của từng đơn vị do cán bộ Ban nhập trên trang đơn vị; tài khoản quản trị đầu tiên "
            f"tạo bằng `lantoa createuser TÊN --unit {board.code} --role board --user-admin`."
        )

    def do_merge(self, options: dict[str, Any]) -> None:
        """Record the merger (or, with --dry-run, print what it would hand on)."""
        old, new = _unit(options["old"]), _unit(options["new"])
        effective = typed_day(options["date"])
        if options["dry_run"]:
            plan = unit_handover_plan(predecessor=old)
        else:
            try:
                plan = unit_merge(
                    predecessor=old, successor=new, effective=effective, source=options["source"]
                )
            except ReportingError as refusal:
                raise CommandError(" ".join(refusal.problems), returncode=1) from refusal
            self.stdout.write(f"Đã ghi nhận {old.name} sáp nhập vào {new.name}.")
        self.stdout.write(plan.summary(new.name))
