"""`lantoa audit verify|reanchor`: check the keyed chain and its anchor, or restart the anchor."""

from __future__ import annotations

from typing import Any

from django.core.management.base import CommandError

from lantoa.audit.anchor import anchor_path
from lantoa.audit.services import (
    ANCHOR_DAMAGED,
    CHANGED,
    MISSING,
    RELINKED,
    REPLACED,
    TRUNCATED,
    ChainCheck,
    audit_anchor_restart,
    audit_chain_verify,
    audit_head_status,
)
from lantoa.core.commands import ActionCommand


def describe(check: ChainCheck) -> str:
    """Return what a failed check found, naming the first bad entry."""
    at = f"dòng số {check.first_broken_seq} (mã dòng {check.first_broken_id})"
    return {
        CHANGED: f"{at} không khớp mã xác thực: một trường đã bị sửa hoặc mã đã bị tính lại",
        RELINKED: f"{at} không nối với dòng trước nó",
        MISSING: f"thiếu dòng số {check.first_broken_seq} (đã bị xóa), phát hiện tại mã dòng "
        f"{check.first_broken_id}",
        REPLACED: f"{at} khác với dòng đã neo ở số này: các dòng đã bị xóa rồi ghi thay",
        TRUNCATED: f"thiếu các dòng từ số {check.first_broken_seq} đến số {check.anchor_seq}: "
        f"mốc neo {anchor_path()} đi trước cơ sở dữ liệu (các dòng cuối đã bị xóa)",
        ANCHOR_DAMAGED: f"dòng {check.anchor_line} của tệp mốc neo {anchor_path()} bị hỏng",
    }[check.fault]


class Command(ActionCommand):
    help = (
        "Nhật ký hệ thống: `verify` tính lại chuỗi mã xác thực và so với mốc neo (mã thoát 1 khi "
        "có sai lệch); `reanchor --reason …` đặt mốc neo mới tại dòng mới nhất của cơ sở dữ liệu "
        "sau khi khôi phục (tệp mốc neo cũ được giữ lại riêng)."
    )

    def add_actions(self, actions: Any) -> None:
        """Declare the verify and reanchor subcommands."""
        actions.add_parser("verify", help="tính lại chuỗi mã xác thực và so với mốc neo")
        reanchor = actions.add_parser("reanchor", help="đặt mốc neo mới sau khi khôi phục")
        reanchor.add_argument("--reason", default="", help="lý do đặt lại mốc neo")

    def do_reanchor(self, options: dict[str, Any]) -> None:
        """Start a new anchor at the database's head, keeping the old file aside."""
        if not options["reason"].strip():
            raise CommandError("reanchor cần --reason (lý do được ghi vào nhật ký hệ thống).")
        aside = audit_anchor_restart(reason=options["reason"].strip())
        kept = f"tệp mốc neo cũ được giữ lại tại {aside}" if aside else "không có tệp mốc neo cũ"
        self.stdout.write(f"Đã đặt mốc neo mới; {kept}.")

    def do_verify(self, options: dict[str, Any]) -> None:
        """Recompute the keyed chain; exit 1 when it or the anchor is wrong."""
        check = audit_chain_verify()
        if not check.intact:
            raise CommandError(
                f"Nhật ký hệ thống KHÔNG TOÀN VẸN: {describe(check)} (đã đọc {check.entries} dòng)."
            )
        head = audit_head_status()
        lag = f", mốc neo đi sau {head.lag} dòng" if head.lag else ""
        anchored = (
            "chưa có mốc neo" if head.anchor_seq is None else f"mốc neo tại số {head.anchor_seq}"
        )
        self.stdout.write(
            f"Nhật ký hệ thống toàn vẹn: {check.entries} dòng, dòng mới nhất số {head.seq or 0} "
            f"{head.short_mac or '-'}, {anchored}{lag}."
        )
