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

    help = "Excel round trip: `template` writes a pre-filled workbook, `import` reads one back."

    def add_actions(self, actions: Any) -> None:
        """Declare the template and import subcommands."""
        template = actions.add_parser("template", help="write a pre-filled .xlsx template")
        template.add_argument("--campaign", type=int, required=True)
        template.add_argument("--unit", help="unit code; omit for the board's workbook")
        template.add_argument("-o", "--output", required=True)
        imp = actions.add_parser("import", help="check a filled workbook, print the preview, apply")
        imp.add_argument("file")
        imp.add_argument("--dry-run", action="store_true", help="check and preview only")
        imp.add_argument(
            "--as", dest="username", help="upload as this user (the units they may write for)"
        )
        imp.add_argument("--campaign", type=int, help="campaign id for a file without identity")

    def do_template(self, options: dict[str, Any]) -> None:
        campaign = Campaign.objects.filter(pk=options["campaign"]).first()
        if campaign is None:
            raise CommandError(f"No campaign with id {options['campaign']}.")
        if options["unit"]:
            unit = Unit.objects.filter(
                code=options["unit"], assignments__task__campaign=campaign
            ).first()
            if unit is None:
                raise CommandError(
                    f"Unit {options['unit']} has no tasks in campaign {campaign.pk}."
                )
            data = unit_template(campaign=campaign, unit=unit)
        else:
            data = board_workbook(campaign=campaign)
        Path(options["output"]).write_bytes(data)
        self.stdout.write(f"Wrote {options['output']} ({len(data):,} bytes).")

    def do_import(self, options: dict[str, Any]) -> None:
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        user = None
        if options["username"]:
            user = get_user_model().objects.filter(username=options["username"]).first()
            if user is None:
                raise CommandError(f"No user {options['username']}.")
        try:
            parsed = excel_read(path=path, filename=path.name)
        except UploadRefused as exc:
            raise CommandError(f"Refused: {exc.message}") from exc
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
            raise CommandError(upload.message or "Import refused.")
        if options["dry_run"] or not has_changes(upload):
            self.stdout.write("Nothing applied" + (" (dry run)." if options["dry_run"] else "."))
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
                raise CommandError("The file's identity cell is forged; refused.") from exc
        if campaign_id is None:
            raise CommandError("The file carries no campaign identity; pass --campaign ID.")
        campaign = Campaign.objects.filter(pk=campaign_id).first()
        if campaign is None:
            raise CommandError(f"No campaign with id {campaign_id}.")
        return campaign
