"""Opinion pages: submission, collaborator isolation, audit of raw views, imports, report."""

import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from docx import Document
from pypdf import PdfReader

from lantoa.audit.models import AuditAction, AuditEntry
from lantoa.opinion.models import Claim, ClaimState, Correction, ImportJob, ImportState, Item
from lantoa.opinion.services import import_run
from lantoa.organization.models import Unit
from tests.conftest import client_for
from tests.opinion.helpers import ingest, opinion_world

pytestmark = pytest.mark.django_db


def test_it_takes_a_collaborators_note_masked():
    w = opinion_world()
    client = client_for(w.collaborator_a)
    response = client.post(
        reverse("opinion:submit"),
        {
            "text": "Ông bạn (0912 345 678) nói phí nhãn hiệu đắt",
            "observed_on": timezone.localdate().strftime("%d/%m/%Y"),
            "unit": Unit.objects.get(code="03127").pk,
            "audience": "Nông dân",
            "channel": "Zalo",
        },
    )
    assert response.status_code == 302
    item = Item.objects.filter(submitted_by=w.collaborator_a).latest("pk")
    assert "0912" not in item.text and item.audience == "Nông dân"


def test_it_refuses_an_emoji_only_note():
    w = opinion_world()
    response = client_for(w.collaborator_a).post(
        reverse("opinion:submit"),
        {"text": "😡😡", "observed_on": "01/01/2026", "unit": Unit.objects.get(code="03127").pk},
    )
    assert response.status_code == 400
    assert "chỉ có biểu tượng" in response.content.decode()


def test_it_asks_for_the_date_of_a_note_sent_without_one():
    w = opinion_world()
    before = Item.objects.count()
    response = client_for(w.collaborator_a).post(
        reverse("opinion:submit"),
        {
            "text": "Bà con hỏi về phí nhãn hiệu",
            "observed_on": "",
            "unit": Unit.objects.get(code="03127").pk,
        },
    )
    assert response.status_code == 400
    assert "Cần nhập ngày" in response.content.decode()
    assert Item.objects.count() == before


def test_it_refuses_a_note_dated_after_today_on_its_date_field():
    w = opinion_world()
    before = Item.objects.count()
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    response = client_for(w.collaborator_a).post(
        reverse("opinion:submit"),
        {
            "text": "Bà con hỏi về phí nhãn hiệu",
            "observed_on": tomorrow.strftime("%d/%m/%Y"),
            "unit": Unit.objects.get(code="03127").pk,
        },
    )
    assert response.status_code == 400
    assert response.context["form"].errors["observed_on"] == [
        "Ngày ghi nhận không được sau ngày hôm nay."
    ]
    assert Item.objects.count() == before


def test_it_shows_collaborators_only_their_own_items():
    w = opinion_world()
    client = client_for(w.collaborator_a)
    assert client.get(reverse("opinion:item", args=[w.item_a.pk])).status_code == 200
    assert client.get(reverse("opinion:item", args=[w.item_b.pk])).status_code == 404
    mine = client.get(reverse("opinion:mine")).content.decode()
    assert w.item_a.text in mine and w.item_b.text not in mine
    for name in ("items", "imports", "claims", "report", "models", "topics"):
        assert client.get(reverse(f"opinion:{name}")).status_code == 403, name
    assert client.get(reverse("opinion:dashboard")).status_code == 302


def test_it_audits_every_view_of_raw_items(board_user):
    w = opinion_world()
    client = client_for(board_user)
    before = AuditEntry.objects.filter(action=AuditAction.VIEW_RAW).count()
    client.get(reverse("opinion:items"))
    client.get(reverse("opinion:item", args=[w.item_a.pk]))
    entries = AuditEntry.objects.filter(action=AuditAction.VIEW_RAW).order_by("pk")
    assert entries.count() == before + 2
    assert entries.last().target == f"opinion:item:{w.item_a.pk}"


def test_it_keeps_no_phone_number_or_email_typed_in_the_search_in_the_audit_log(board_user):
    # The audit log is kept for years and never edited: a number pasted into the search box
    # (stored comments hold none, it finds nothing) must not stay there in the clear.
    opinion_world()
    client = client_for(board_user)
    client.get(reverse("opinion:items"), {"q": "0912.345.678 tranvanb (a) gmail.com phí"})
    entry = AuditEntry.objects.filter(action=AuditAction.VIEW_RAW).order_by("pk").last()
    assert "0912" not in str(entry.detail) and "tranvanb" not in str(entry.detail)
    assert "phí" in entry.detail["filters"]["q"]


def test_it_keeps_no_phone_number_typed_into_any_list_filter_in_the_audit_log(board_user):
    opinion_world()
    client_for(board_user).get(reverse("opinion:items"), {"don_vi": "0912 345 678"})
    entry = AuditEntry.objects.filter(action=AuditAction.VIEW_RAW).order_by("pk").last()
    assert "345" not in str(entry.detail)


def test_it_ignores_unknown_list_parameters_and_keeps_filters_in_the_pager(board_user):
    opinion_world()
    ingest([f"Ý kiến số {n} về phí đăng ký nhãn hiệu" for n in range(60)])
    client = client_for(board_user)
    url = reverse("opinion:items")
    response = client.get(url, {"target": "x", "count": "2", "sac_thai": "neutral&x=1"})
    assert response.status_code == 200
    entry = AuditEntry.objects.filter(action=AuditAction.VIEW_RAW).order_by("pk").last()
    assert entry.detail["filters"] == {"sac_thai": "neutral&x=1"}  # no invented keys
    listed = client.get(url, {"chu_de": "", "trang_thai": "ok"}).content.decode()
    assert "?trang_thai=ok&amp;trang=2" in listed  # empty filters are not carried along


def test_it_finds_items_by_words_typed_with_or_without_diacritics(board_user):
    ingest(
        [
            "Nghe nói gạo Điện Biên bị thu hồi chỉ dẫn địa lý rồi",
            "chè Tủa Chùa bi thu hoi tem truy xuat nguon goc a",
            "Hàng giả bày bán ở chợ phiên Mường Ảng",
        ],
        day=datetime.date.today() - datetime.timedelta(days=500),
    )
    client = client_for(board_user)
    url = reverse("opinion:items")

    def found(q: str) -> set[str]:
        page = client.get(url, {"q": q})
        assert page.status_code == 200
        return {item.text[:12] for item in page.context["page"].object_list}

    assert found("thu hoi") == found("THU HỒI") == {"Nghe nói gạo", "chè Tủa Chùa"}
    assert found("gạo thu hồi") == {"Nghe nói gạo"}  # every word, anywhere
    assert found("mường ảng") == {"Hàng giả bày"}
    assert 'value="gạo thu hồi"' in client.get(url, {"q": "gạo thu hồi"}).content.decode()
    # An anonymised item is found by nothing it said (retention clears the folded copy too).
    from lantoa.opinion.retention import retention_run

    retention_run(days=365)
    assert found("thu hoi") == set()
    assert not Item.objects.exclude(search_key="").exists()


def test_it_saves_staff_corrections(board_user, leader_user):
    w = opinion_world()
    url = reverse("opinion:item", args=[w.item_a.pk])
    data = {"sentiment": "negative", "topic": "thu-tuc", "toxicity": "clean"}
    assert client_for(leader_user).post(url, data).status_code == 403
    assert client_for(board_user).post(url, data).status_code == 302
    item = Item.objects.get(pk=w.item_a.pk)
    assert item.sentiment == "negative" and item.topic.slug == "thu-tuc" and item.corrected
    assert Correction.objects.filter(item=item).count() == 3


def test_it_names_corrected_labels_in_vietnamese(board_user):
    w = opinion_world()
    url = reverse("opinion:item", args=[w.item_a.pk])
    client = client_for(board_user)
    client.post(url, {"sentiment": "negative", "topic": "thu-tuc", "toxicity": "clean"})
    page = client.get(url).content.decode()
    assert "Sắc thái: Tiêu cực" in page and "Độc hại, xúc phạm: Không" in page
    assert "negative" not in page.split("Đã hiệu chỉnh")[1].split("</p>")[0]


def test_it_lists_least_sure_items_first(board_user):
    ingest(["Phí đăng ký nhãn hiệu cao quá", "ok", "Hàng giả bán tràn lan ở chợ"])
    page = client_for(board_user).get(reverse("opinion:items") + "?thu_tu=chua-chac")
    scores = [i.confidence for i in page.context["page"].object_list]
    assert scores == sorted(scores)


def test_it_imports_an_upload_in_the_background(board_user, django_capture_on_commit_callbacks):
    client = client_for(board_user)
    upload = SimpleUploadedFile("x.csv", "id,nội dung\n1,Phí cao quá\n2,Hàng giả\n".encode())
    with django_capture_on_commit_callbacks(execute=False):
        response = client.post(
            reverse("opinion:imports"),
            {"file": upload, "source": "Fanpage thử", "unit": Unit.objects.get(code="BTGDVTU").pk},
        )
    job = ImportJob.objects.get()
    assert response.status_code == 302 and job.state == ImportState.QUEUED
    progress = client.get(reverse("opinion:import_status", args=[job.pk]), HTTP_HX_REQUEST="true")
    assert 'hx-trigger="every 2s"' in progress.content.decode()
    import_run(job=job)
    job.refresh_from_db()
    assert (job.state, job.created) == (ImportState.DONE, 2)
    done = client.get(reverse("opinion:import_status", args=[job.pk]), HTTP_HX_REQUEST="true")
    assert "every 2s" not in done.content.decode()


def test_it_imports_an_excel_upload_in_the_background(
    board_user, django_capture_on_commit_callbacks
):
    # The upload is kept under a random name without its extension, which openpyxl refused
    # by name: every Excel file imported on the page failed as «tệp hỏng».
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["Tài khoản", "Thời gian", "Nội dung bình luận"])
    book.active.append(["@ha.giang.99", "06/12/2026", "Gọi em 0977.888.999 hỏi phí nhãn hiệu"])
    book.active.append(["Quàng Văn Minh", "06/12/2026", "Hồ sơ nhãn hiệu tập thể chưa có kết quả"])
    buffer = io.BytesIO()
    book.save(buffer)
    client = client_for(board_user)
    with django_capture_on_commit_callbacks(execute=False):
        client.post(
            reverse("opinion:imports"),
            {
                "file": SimpleUploadedFile("binh-luan.xlsx", buffer.getvalue()),
                "source": "Fanpage thử",
                "unit": Unit.objects.get(code="BTGDVTU").pk,
            },
        )
    job = ImportJob.objects.get()
    import_run(job=job)
    job.refresh_from_db()
    assert (job.state, job.error, job.created) == (ImportState.DONE, "", 2)
    assert "0977" not in "".join(Item.objects.values_list("text", flat=True))


def test_it_refuses_an_import_that_is_too_large(board_user, monkeypatch):
    from lantoa.opinion import services

    monkeypatch.setattr(services, "MAX_IMPORT_BYTES", 10)
    upload = SimpleUploadedFile("x.csv", b"id,text\n1,abcdefghijkl\n")
    response = client_for(board_user).post(
        reverse("opinion:imports"),
        {"file": upload, "source": "x", "unit": Unit.objects.get(code="BTGDVTU").pk},
    )
    assert response.status_code == 400 and "quá lớn" in response.content.decode()
    assert not ImportJob.objects.exists()


def test_it_approves_a_rebuttal_by_a_leader(board_user, leader_user):
    client = client_for(board_user)
    response = client.post(
        reverse("opinion:claims"),
        {
            "statement": "Đăng ký nhãn hiệu phải nộp năm mươi triệu",
            "variants": "nhan hieu 50 trieu",
            "rebuttal": "Lệ phí theo Thông tư 263/2016/TT-BTC chỉ vài triệu đồng.",
            "materials": "",
        },
    )
    claim = Claim.objects.get()
    assert response.status_code == 302 and claim.state == ClaimState.DRAFT
    # The writer may not approve their own rebuttal (four eyes); a leader may.
    refused = client.post(reverse("opinion:claim", args=[claim.pk]), {"action": "approve"})
    assert "không được tự phê duyệt" in refused.content.decode()
    claim.refresh_from_db()
    assert claim.state == ClaimState.DRAFT and claim.rebuttal_by == board_user
    client_for(leader_user).post(reverse("opinion:claim", args=[claim.pk]), {"action": "approve"})
    claim.refresh_from_db()
    assert claim.state == ClaimState.APPROVED and claim.approved_by == leader_user


def test_it_names_a_rebuttals_writer_and_approver_as_every_page_names_a_person(
    board_user, leader_user
):
    # The claim's page named them by login where every other page gives the full name.
    from lantoa.accounts.selectors import person_name
    from lantoa.opinion.services_claims import claim_approve, claim_save

    board_user.first_name, board_user.last_name = "Lò Thị", "Hoa"
    board_user.save()
    leader_user.first_name, leader_user.last_name = "Quàng Văn", "Bình"
    leader_user.save()
    claim = claim_save(
        claim=None,
        statement="Đăng ký nhãn hiệu phải nộp năm mươi triệu",
        variants="",
        rebuttal="Lệ phí theo Thông tư 263/2016/TT-BTC chỉ vài triệu đồng.",
        materials="",
        user=board_user,
    )
    claim_approve(claim=claim, user=leader_user)
    body = client_for(board_user).get(reverse("opinion:claim", args=[claim.pk])).content.decode()
    assert f"do {person_name(user=board_user)} soạn" in body
    assert f"bởi {person_name(user=leader_user)}" in body


def test_it_writes_the_opinion_report(board_user):
    opinion_world()
    ingest(
        ["Nghe nói bán gạo không tem nhãn bị phạt hai mươi triệu, gọi 0912 345 678"] * 1
        + [f"Nghe nói bán gạo không tem nhãn bị phạt hai mươi triệu {'!' * i}" for i in range(3)]
    )
    client = client_for(board_user)
    data = {"start": "01/01/2020", "end": "31/12/2030", "subject": "Kết luận 51", "fmt": "docx"}
    response = client.post(reverse("opinion:report"), data)
    assert response.status_code == 200
    text = "\n".join(p.text for p in Document(io.BytesIO(response.content)).paragraphs)
    assert "tình hình dư luận xã hội" in text and "0912" not in text
    assert "Những luồng dư luận nổi bật".upper() in text.upper()
    pdf = client.post(reverse("opinion:report"), data | {"fmt": "pdf"})
    pages = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.content)).pages)
    assert "BÁO CÁO" in pages and "dư luận xã hội" in pages


def test_it_refuses_reporters_and_press_everywhere(commune_reporter):
    w = opinion_world()
    client = client_for(commune_reporter)
    urls = [
        reverse(f"opinion:{n}")
        for n in (
            "dashboard",
            "submit",
            "mine",
            "items",
            "imports",
            "claims",
            "topics",
            "models",
            "report",
        )
    ]
    urls += [
        reverse("opinion:item", args=[w.item_a.pk]),
        reverse("opinion:claim", args=[w.claim.pk]),
    ]
    for url in urls:
        assert client.get(url).status_code in (403, 404), url


def test_it_keeps_the_first_approval_of_a_rebuttal_approved_twice(board_user, leader_user):
    # Two leaders, or one double click, approving the same rebuttal: the record keeps who
    # approved it first and the second is told so, with no second audit entry.
    client_for(board_user).post(
        reverse("opinion:claims"),
        {
            "statement": "Đăng ký nhãn hiệu phải nộp năm mươi triệu",
            "variants": "",
            "rebuttal": "Lệ phí theo Thông tư 263/2016/TT-BTC chỉ vài triệu đồng.",
            "materials": "",
        },
    )
    claim = Claim.objects.get()
    url = reverse("opinion:claim", args=[claim.pk])
    client_for(leader_user).post(url, {"action": "approve"})
    claim.refresh_from_db()
    first = (claim.approved_by, claim.approved_at)
    approvals = AuditEntry.objects.filter(detail__op="claim_approve").count()
    again = client_for(leader_user).post(url, {"action": "approve"}, follow=True)
    assert "đã được duyệt" in again.content.decode()
    claim.refresh_from_db()
    assert (claim.approved_by, claim.approved_at) == first
    assert AuditEntry.objects.filter(detail__op="claim_approve").count() == approvals
