"""Materials pages: library, create and edit, review, downloads, leaflet PDF, newsletter page."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models.fields.files import FieldFile
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from lantoa.accounts.capabilities import Capability
from lantoa.accounts.selectors import (
    drafted_by,
    is_province_wide,
    require_board_staff,
    signed_in_user,
)
from lantoa.audit.models import AuditAction
from lantoa.audit.services import audit_record
from lantoa.campaigns.models import Audience
from lantoa.campaigns.selectors import campaigns_for
from lantoa.core.exports import PDF_TYPE, file_response
from lantoa.core.forms import action_run, form_save, render_form
from lantoa.core.numbers import whole_number
from lantoa.core.userfiles import user_file_response
from lantoa.materials import audio as audio_mod
from lantoa.materials.forms import MaterialForm, ReviewForm, VersionForm
from lantoa.materials.models import Language, MaterialKind, MaterialVersion, VersionStatus
from lantoa.materials.outputs import (
    format_duration,
    leaflet_pdf,
    newsletter_pdf,
    print_html,
    reading_seconds,
    script_text,
    speaking_rate,
    word_count,
)
from lantoa.materials.selectors import (
    can_manage,
    material_get,
    material_list,
    version_for_output,
    version_get,
)
from lantoa.materials.services import (
    OWN_APPROVAL,
    material_approve,
    material_create,
    material_edit,
    material_return,
    material_submit,
)

PAGE_SIZE = 50


@login_required
@require_GET
def material_index(request: HttpRequest) -> HttpResponse:
    """The library: the board sees every material, a unit the approved ones of its campaigns."""
    get = request.GET
    materials = material_list(
        user=request.user,
        q=get.get("q", "")[:200],
        campaign_id=whole_number(get.get("dot")),
        kind=get.get("loai", "") if get.get("loai") in MaterialKind.values else "",
        audience=get.get("doi_tuong", "") if get.get("doi_tuong") in Audience.values else "",
        language=get.get("ngon_ngu", "") if get.get("ngon_ngu") in Language.values else "",
    )
    page = Paginator(materials, PAGE_SIZE).get_page(get.get("trang"))
    query = get.copy()
    query.pop("trang", None)
    return render(
        request,
        "materials/list.html",
        {
            "page": page,
            "query": query.urlencode(),
            "get": get,
            "kinds": MaterialKind.choices,
            "audiences": Audience.choices,
            "languages": Language.choices,
            "can_manage": can_manage(user=request.user),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def material_new(request: HttpRequest) -> HttpResponse:
    """Create a material with its first draft version (board staff)."""
    require_board_staff(user=request.user)
    form = MaterialForm(
        request.POST or None,
        request.FILES or None,
        campaigns=campaigns_for(user=request.user, can=Capability.MATERIALS_READ),
        initial={"campaign": request.GET.get("dot")},
    )
    material = form_save(
        request,
        form,
        lambda data: material_create(
            campaign=data["campaign"],
            kind=data["kind"],
            audience=data["audience"],
            language=data["language"],
            title=data["title"],
            content=form.content(),
            upload=data.get("file"),
            user=signed_in_user(request),
        ),
        success="Đã tạo tài liệu (bản nháp).",
    )
    if material is not None:
        return redirect("materials:detail", material_id=material.pk)
    return render_form(request, "materials/form.html", {"form": form})


@login_required
@require_GET
def material_detail(request: HttpRequest, material_id: int) -> HttpResponse:
    """Show a material: the version units use, reading time, outputs and (board) all versions."""
    material = material_get(user=request.user, material_id=material_id)
    province = is_province_wide(user=request.user)
    version = version_for_output(user=request.user, material=material)
    versions = list(material.versions.all()) if province else []
    text = script_text(version)
    rate = speaking_rate(version)
    return render(
        request,
        "materials/detail.html",
        {
            "material": material,
            "version": version,
            "versions": versions,
            # A writer may take back their own version (return) but never approve it.
            "own": {
                v.pk for v in versions if drafted_by(user=request.user, drafter_id=v.created_by_id)
            },
            "words": word_count(text),
            "rate": rate,
            "duration": format_duration(reading_seconds(text, wpm=rate)),
            "can_manage": can_manage(user=request.user),
            "can_approve": province,
            "province": province,
            "espeak": audio_mod.espeak_path() is not None,
            "machine_label": audio_mod.MACHINE_LABEL,
            "newsletter_html": print_html(version, template="materials/print/newsletter_body.html"),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def material_change(request: HttpRequest, material_id: int) -> HttpResponse:
    """Edit the newest draft, or start a new version when the newest is approved (board staff)."""
    require_board_staff(user=request.user)
    material = material_get(user=request.user, material_id=material_id)
    latest = material.versions.order_by("-number").first()
    initial: dict[str, object] = {"title": material.title}
    if latest is not None:
        initial.update(
            key_messages=latest.key_messages,
            body=latest.body,
            questions=latest.questions,
            contact=latest.contact,
            speaking_rate_wpm=latest.speaking_rate_wpm,
        )
    form = VersionForm(request.POST or None, request.FILES or None, initial=initial)
    if form_save(
        request,
        form,
        lambda data: material_edit(
            material=material,
            content=form.content(),
            upload=data.get("file"),
            title=data["title"],
            user=signed_in_user(request),
        ),
        success=lambda version: f"Đã lưu phiên bản {version.number} (bản nháp).",
    ):
        return redirect("materials:detail", material_id=material.pk)
    return render_form(
        request, "materials/form.html", {"form": form, "material": material, "latest": latest}
    )


@login_required
@require_POST
def version_submit(request: HttpRequest, version_id: int) -> HttpResponse:
    """Send a draft for review (board staff)."""
    return _version_button(
        request,
        version_id,
        lambda version: material_submit(version=version, user=signed_in_user(request)),
        success=lambda version: f"Đã gửi duyệt phiên bản {version.number}.",
    )


def _version_button(
    request: HttpRequest,
    version_id: int,
    run: Callable[[MaterialVersion], object],
    *,
    success: Callable[[MaterialVersion], str],
) -> HttpResponse:
    """Run a board staff button on a version, then show its material with what happened."""
    require_board_staff(user=request.user)
    version = version_get(user=request.user, version_id=version_id)
    action_run(request, lambda: run(version), success=success(version))
    return redirect("materials:detail", material_id=version.material_id)


@login_required
@require_http_methods(["GET", "POST"])
def version_review(request: HttpRequest, version_id: int) -> HttpResponse:
    """Read a version and approve it or return it with a reason (board staff and leaders)."""
    if not is_province_wide(user=request.user):
        raise PermissionDenied("Chỉ chuyên viên và lãnh đạo Ban được duyệt tài liệu.")
    version = version_get(user=request.user, version_id=version_id)
    form = ReviewForm(request.POST or None)
    if form_save(
        request,
        form,
        lambda data: (
            material_approve(version=version, user=signed_in_user(request))
            if data["action"] == "approve"
            else material_return(
                version=version, user=signed_in_user(request), reason=data["reason"]
            )
        ),
        success=lambda done: (
            f"Đã duyệt phiên bản {done.number}."
            if form.cleaned_data["action"] == "approve"
            else f"Đã trả lại phiên bản {done.number}."
        ),
    ):
        return redirect("materials:detail", material_id=version.material_id)
    return render_form(
        request,
        "materials/review.html",
        {
            "version": version,
            "material": version.material,
            "form": form,
            "in_review": version.status == VersionStatus.IN_REVIEW,
            "own": drafted_by(user=request.user, drafter_id=version.created_by_id),
            "own_approval": OWN_APPROVAL,
        },
    )


def _download(request: HttpRequest, field: FieldFile, name: str, content_type: str) -> FileResponse:
    audit_record(action=AuditAction.DOWNLOAD, request=request, target=request.path)
    return user_file_response(field, filename=name, content_type=content_type)


@login_required
@require_GET
def version_file(request: HttpRequest, version_id: int) -> FileResponse:
    """Download a version's attached file (units: approved versions only)."""
    version = version_get(user=request.user, version_id=version_id)
    if not version.file:
        raise Http404("Phiên bản này không có tệp đính kèm.")
    return _download(request, version.file, version.original_name, version.content_type)


@login_required
@require_GET
def material_leaflet(request: HttpRequest, material_id: int) -> HttpResponse:
    """The leaflet as a printable A4 PDF."""
    return _output_pdf(request, material_id, render=leaflet_pdf, name="to-roi")


@login_required
@require_GET
def material_newsletter_pdf(request: HttpRequest, material_id: int) -> HttpResponse:
    """The newsletter page as a printable A4 PDF."""
    return _output_pdf(request, material_id, render=newsletter_pdf, name="ban-tin")


def _output_pdf(
    request: HttpRequest, material_id: int, *, render: Callable[[MaterialVersion], bytes], name: str
) -> HttpResponse:
    """Render the version a user may print of a material as an A4 PDF shown in the browser."""
    material = material_get(user=request.user, material_id=material_id)
    version = version_for_output(user=request.user, material=material)
    return file_response(
        render(version),
        content_type=PDF_TYPE,
        filename=f"{name}-{material.pk}-v{version.number}.pdf",
        inline=True,
    )


@login_required
@require_POST
def version_audio_request(request: HttpRequest, version_id: int) -> HttpResponse:
    """Start the machine draft reading of a script (board staff; needs espeak-ng)."""
    return _version_button(
        request,
        version_id,
        lambda version: audio_mod.audio_request(version=version),
        success=lambda _version: (
            f"Đang tạo {audio_mod.MACHINE_LABEL.lower()}; tải lại trang sau ít phút."
        ),
    )


@login_required
@require_GET
def version_audio(request: HttpRequest, version_id: int) -> FileResponse:
    """Download the machine draft reading (board staff and leaders)."""
    if not is_province_wide(user=request.user):
        raise PermissionDenied("Bản đọc thử do máy tạo chỉ dành cho Ban.")
    version = version_get(user=request.user, version_id=version_id)
    if not version.audio:
        raise Http404("Chưa có bản đọc thử.")
    name = f"BAN-DOC-THU-DO-MAY-TAO-{version.material_id}-v{version.number}.wav"
    return _download(request, version.audio, name, "audio/wav")
