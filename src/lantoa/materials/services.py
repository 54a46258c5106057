"""Writes of materials: create, edit (a new version once approved), submit, approve, return."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import User
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from lantoa.accounts.selectors import drafted_by, own_draft_refusal
from lantoa.audit.services import audit_change
from lantoa.campaigns.models import Audience, Campaign
from lantoa.core.errors import Refused, return_reason
from lantoa.core.text import fold
from lantoa.core.uploads import UploadRefused
from lantoa.core.userfiles import CleanFile, clean_upload, user_file_store
from lantoa.materials.models import (
    Language,
    Material,
    MaterialKind,
    MaterialVersion,
    VersionStatus,
)


class MaterialError(Refused):
    """Input that cannot be stored; `errors` maps a field (or "") to a Vietnamese message."""


@dataclass
class VersionContent:
    """The text of a version, as typed (plain text, sections by field)."""

    key_messages: str = ""
    body: str = ""
    questions: str = ""
    contact: str = ""
    speaking_rate_wpm: int | None = None


def _content_errors(
    content: VersionContent, upload: UploadedFile | None, has_file: bool
) -> tuple[dict[str, str], CleanFile | None]:
    """Return what is wrong with a version's content, and its file once checked."""
    errors: dict[str, str] = {}
    checked = None
    if not (content.key_messages.strip() or content.body.strip() or upload or has_file):
        errors["body"] = "Chưa có nội dung: nhập nội dung hoặc đính kèm tệp."
    rate = content.speaking_rate_wpm
    if rate is not None and not 40 <= rate <= 400:
        errors["speaking_rate_wpm"] = "Tốc độ đọc từ 40 đến 400 từ/phút."
    if upload is not None:
        try:
            # The "material" upload point: images re-encoded, PDFs without active content.
            checked = clean_upload(upload, point="material", fallback="tai-lieu")
        except UploadRefused as exc:
            errors["file"] = exc.message
    return errors, checked


def _fill(
    version: MaterialVersion,
    content: VersionContent,
    upload: UploadedFile | None,
    checked: CleanFile | None,
) -> None:
    version.key_messages = content.key_messages.strip()
    version.body = content.body.strip()
    version.questions = content.questions.strip()
    version.contact = content.contact.strip()
    version.speaking_rate_wpm = content.speaking_rate_wpm
    if upload is not None and checked is not None:
        try:
            user_file_store(version, checked, upload)
        except UploadRefused as exc:
            raise MaterialError({"file": exc.message}) from None
    version.audio = ""
    version.audio_state = ""


@transaction.atomic
def material_create(
    *,
    campaign: Campaign,
    kind: str,
    audience: str,
    language: str,
    title: str,
    content: VersionContent,
    user: User | None,
    upload: UploadedFile | None = None,
    translation_of: Material | None = None,
) -> Material:
    """Create a material with version 1 as a draft; refuse it whole if any part is wrong."""
    errors, checked = _content_errors(content, upload, has_file=False)
    if kind not in MaterialKind.values:
        errors["kind"] = "Loại tài liệu không hợp lệ."
    if audience not in Audience.values:
        errors["audience"] = "Đối tượng không hợp lệ."
    if language not in Language.values:
        errors["language"] = "Ngôn ngữ không hợp lệ."
    if not title.strip():
        errors["title"] = "Chưa nhập tên tài liệu."
    if translation_of is not None and translation_of.campaign_id != campaign.pk:
        errors["translation_of"] = "Bản gốc phải thuộc cùng đợt tuyên truyền."
    if errors:
        raise MaterialError(errors)
    material = Material.objects.create(
        campaign=campaign,
        kind=kind,
        audience=audience,
        language=language,
        title=title.strip()[:300],
        translation_of=translation_of,
        search_key=fold(title)[:600],
        created_by=user,
    )
    version = MaterialVersion(material=material, number=1, created_by=user)
    _fill(version, content, upload, checked)
    version.save()
    audit_change(
        op="material_create",
        user=user,
        target=f"Tài liệu {material.pk}: {material.title}",
        detail={"material": material.pk, "campaign": campaign.pk},
    )
    return material


@transaction.atomic
def material_edit(
    *,
    material: Material,
    content: VersionContent,
    user: User | None,
    upload: UploadedFile | None = None,
    title: str | None = None,
) -> MaterialVersion:
    """Change the newest draft, or start version N+1 when the newest is approved."""
    Material.objects.select_for_update().filter(pk=material.pk).first()
    latest = material.versions.order_by("-number").first()
    if latest is not None and latest.status == VersionStatus.IN_REVIEW:
        raise MaterialError(
            {"": "Phiên bản mới nhất đang chờ duyệt; hãy duyệt hoặc trả lại trước khi sửa."}
        )
    errors, checked = _content_errors(content, upload, has_file=bool(latest and latest.file))
    if title is not None and not title.strip():
        errors["title"] = "Chưa nhập tên tài liệu."
    if errors:
        raise MaterialError(errors)
    if title is not None:
        material.title = title.strip()[:300]
        material.search_key = fold(material.title)[:600]
        material.save(update_fields=["title", "search_key"])
    if latest is None or latest.status == VersionStatus.APPROVED:
        # An approved version is never changed: the edit becomes the next version.
        number = (material.versions.aggregate(n=Max("number"))["n"] or 0) + 1
        version = MaterialVersion(material=material, number=number, created_by=user)
        if upload is None and latest is not None and latest.file:
            version.file = latest.file.name
            version.original_name = latest.original_name
            version.content_type = latest.content_type
            version.size = latest.size
    else:
        version = latest
        version.status = VersionStatus.DRAFT
    _fill(version, content, upload, checked)
    version.save()
    _audit_version(version, op="material_edit", user=user, step="sửa")
    return version


def _locked(version: MaterialVersion) -> MaterialVersion:
    return MaterialVersion.objects.select_for_update().select_related("material").get(pk=version.pk)


def _audit_version(version: MaterialVersion, *, op: str, user: User | None, step: str) -> None:
    """Record the one entry of a write to a version (edit, submit, approve, return)."""
    audit_change(
        op=op,
        user=user,
        target=f"Tài liệu {version.material_id} bản {version.number} ({step})",
        detail={"material": version.material_id, "version": version.pk},
    )


@transaction.atomic
def material_submit(*, version: MaterialVersion, user: User | None) -> MaterialVersion:
    """Send a draft (or a returned version) for review."""
    version = _locked(version)
    if version.status not in (VersionStatus.DRAFT, VersionStatus.RETURNED):
        raise MaterialError({"": "Chỉ gửi duyệt được bản nháp hoặc bản bị trả lại."})
    version.status = VersionStatus.IN_REVIEW
    version.save(update_fields=["status"])
    _audit_version(version, op="material_submit", user=user, step="gửi duyệt")
    return version


OWN_APPROVAL = own_draft_refusal(
    noun="phiên bản tài liệu", approvers="một chuyên viên khác hoặc lãnh đạo Ban"
)


@transaction.atomic
def material_approve(*, version: MaterialVersion, user: User | None) -> MaterialVersion:
    """Approve a version under review; it becomes the one units use and never changes."""
    version = _locked(version)
    if version.status != VersionStatus.IN_REVIEW:
        raise MaterialError({"": "Chỉ duyệt được phiên bản đang chờ duyệt."})
    if user is not None and drafted_by(user=user, drafter_id=version.created_by_id):
        raise MaterialError({"": OWN_APPROVAL})
    now = timezone.now()
    version.status = VersionStatus.APPROVED
    version.reviewed_by = user
    version.reviewed_at = now
    version.return_reason = ""
    version.save(update_fields=["status", "reviewed_by", "reviewed_at", "return_reason"])
    material = version.material
    current = material.approved_version
    if current is None or current.number < version.number:
        material.approved_version = version
    material.first_approved_at = material.first_approved_at or now
    material.save(update_fields=["approved_version", "first_approved_at"])
    _audit_version(version, op="material_approve", user=user, step="duyệt")
    return version


@transaction.atomic
def material_return(*, version: MaterialVersion, user: User | None, reason: str) -> MaterialVersion:
    """Return a version under review with a reason; it can be edited and sent again."""
    version = _locked(version)
    if version.status != VersionStatus.IN_REVIEW:
        raise MaterialError({"": "Chỉ trả lại được phiên bản đang chờ duyệt."})
    kept = return_reason(reason, refusal=MaterialError)
    version.status = VersionStatus.RETURNED
    version.return_reason = kept
    version.reviewed_by = user
    version.reviewed_at = timezone.now()
    version.save(update_fields=["status", "return_reason", "reviewed_by", "reviewed_at"])
    _audit_version(version, op="material_return", user=user, step="trả lại")
    return version
