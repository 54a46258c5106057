"""`lantoa report template|import`: the Excel round trip from the command line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.core import signing
from django.core.files import File
from django.core.management.base import CommandError

from lantoa.campaigns.models import Campaign
from lantoa.core.commands import ActionCommand
from lantoa.core.numbers import format_vn_number
from lantoa.core.uploads import UploadRefused
from lantoa.organization.models import Unit
from lantoa.reporting.excel.importer import (
    ImportRefused,
    excel_import_apply,
    excel_import_apply_start,
    excel_import_check,
    excel_import_start,
    excel_read,
    has_changes,
)
from lantoa.reporting.excel.layout import identity_read
from lantoa.reporting.excel.preview import plan_preview, preview_text
from lantoa.reporting.excel.template import board_workbook, unit_template
from lantoa.reporting.models import ExcelImportStatus


class Command(ActionCommand):
    """Write a unit's template, or check and apply a filled workbook."""

    help = (
        "Báo cáo qua tệp Excel: `template` ghi tệp mẫu đã điền sẵn, `import` đọc lại tệp đã điền."
    )

    def add_actions(self, actions: Any) -> None:
        """Declare the template and import subcommands."""
        template = actions.add_parser("template", help="ghi tệp mẫu .xlsx đã điền sẵn")
        template.add_argument("--campaign", type=int, required=True)
        template.add_argument("--unit", help="mã đơn vị; bỏ trống để lấy tệp tổng hợp của Ban")
        template.add_argument("-o", "--output", required=True)
        imp = actions.add_parser(
            "import", help="kiểm tra tệp đã điền, in bản xem trước, rồi ghi vào"
        )
        imp.add_argument("file")
        imp.add_argument(
            "--dry-run", action="store_true", help="chỉ kiểm tra và xem trước, không ghi"
        )
        imp.add_argument(
            "--as",
            dest="username",
            help="tải lên với tư cách người dùng này (chỉ các đơn vị người đó được phép nhập)",
        )
        imp.add_argument(
            "--campaign", type=int, help="số đợt tuyên truyền, cho tệp không mang mã nhận dạng"
        )

    def do_template(self, options: dict[str, Any]) -> None:
        campaign = Campaign.objects.filter(pk=options["campaign"]).first()
        if campaign is None:
            raise CommandError(f"Không có đợt tuyên truyền số {options['campaign']}.")
        if options["unit"]:
            unit = Unit.objects.filter(
                code=options["unit"], assignments__task__campaign=campaign
            ).first()
            if unit is None:
                raise CommandError(
                    f"Đơn vị {options['unit']} không có nhiệm vụ trong đợt {campaign.pk}."
                )
            data = unit_template(campaign=campaign, unit=unit)
        else:
            data = board_workbook(campaign=campaign)
        Path(options["output"]).write_bytes(data)
        self.stdout.write(f"Đã ghi {options['output']} ({format_vn_number(len(data))} byte).")

    def do_import(self, options: dict[str, Any]) -> None:
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"Không có tệp: {path}")
        user = None
        if options["username"]:
            user = get_user_model().objects.filter(username=options["username"]).first()
            if user is None:
                raise CommandError(f"Không có người dùng {options['username']}.")
        try:
            parsed = excel_read(path=path, filename=path.name)
        except UploadRefused as exc:
            raise CommandError(f"Bị từ chối: {exc.message}") from exc
        campaign = self._campaign(options, parsed)
        with path.open("rb") as handle:
            upload = excel_import_start(
                campaign=campaign,
                user=user,
                filename=path.name,
                content=File(handle, name=path.name),
                enqueue=False,
            )
        excel_import_check(upload=upload, parsed=parsed)
        self.stdout.write(preview_text(plan_preview(upload)))
        if upload.status == ExcelImportStatus.FAILED:
            raise CommandError(upload.message or "Tệp bị từ chối.")
        if options["dry_run"] or not has_changes(upload):
            self.stdout.write("Không ghi gì" + (" (chạy thử)." if options["dry_run"] else "."))
            return
        try:
            excel_import_apply_start(upload=upload, user=user, enqueue=False)
        except ImportRefused as exc:
            raise CommandError(exc.message) from exc
        excel_import_apply(upload=upload)
        if upload.status != ExcelImportStatus.APPLIED:
            raise CommandError(upload.message)
        self.stdout.write(upload.message)

    def _campaign(self, options: dict[str, Any], parsed: dict[str, Any]) -> Campaign:
        campaign_id = options["campaign"]
        if campaign_id is None and parsed.get("identity"):
            try:
                campaign_id = identity_read(parsed["identity"]).campaign_id
            except signing.BadSignature as exc:
                raise CommandError("Mã nhận dạng của tệp đã bị sửa; tệp bị từ chối.") from exc
        if campaign_id is None:
            raise CommandError(
                "Tệp không mang mã nhận dạng đợt tuyên truyền; hãy thêm --campaign ID."
            )
        campaign = Campaign.objects.filter(pk=campaign_id).first()
        if campaign is None:
            raise CommandError(f"Không có đợt tuyên truyền số {campaign_id}.")
        return campaign
