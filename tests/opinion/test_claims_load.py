"""`lantoa opinion claims load`: upsert by id, idempotent, audited, bad files refused whole."""

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from lantoa.audit.models import AuditAction, AuditEntry
from lantoa.opinion.models import Claim, ClaimState

pytestmark = pytest.mark.django_db

CLAIMS = [
    {
        "id": "gao-cddl",
        "statement": "Gạo Điện Biên đã bị thu hồi chỉ dẫn địa lý",
        "variants": ["gao dien bien bi thu hoi chi dan dia ly", "Chỉ dẫn địa lý gạo bị rút"],
        "rebuttal": "Chỉ dẫn địa lý vẫn được bảo hộ.",
    },
    {"id": "phi-50", "statement": "Đăng ký nhãn hiệu phải nộp năm mươi triệu", "variants": []},
]


def load(tmp_path, data, name="claims.json"):
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    out = io.StringIO()
    call_command("opinion", "claims", "load", str(path), stdout=out)
    return out.getvalue()


def snapshot():
    return list(
        Claim.objects.order_by("key").values_list(
            "key", "statement", "variants", "rebuttal", "state", "updated_at"
        )
    )


def test_it_loads_claims_by_their_id(tmp_path):
    assert "thêm mới 2" in load(tmp_path, CLAIMS)
    claim = Claim.objects.get(key="gao-cddl")
    assert claim.variants == CLAIMS[0]["variants"] and claim.state == ClaimState.DRAFT
    assert Claim.objects.get(key="phi-50").rebuttal == ""


def test_it_changes_nothing_when_the_same_file_is_loaded_twice(tmp_path):
    load(tmp_path, CLAIMS)
    before, entries = snapshot(), AuditEntry.objects.count()
    assert "thêm mới 0, cập nhật 0, giữ nguyên 2" in load(tmp_path, CLAIMS)
    assert snapshot() == before
    assert AuditEntry.objects.count() == entries


def test_it_updates_a_changed_claim_and_audits_the_load(tmp_path):
    load(tmp_path, CLAIMS)
    changed = [dict(CLAIMS[0], variants=["Gạo Điện Biên mất chỉ dẫn địa lý rồi"]), CLAIMS[1]]
    assert "thêm mới 0, cập nhật 1, giữ nguyên 1" in load(tmp_path, changed)
    assert Claim.objects.get(key="gao-cddl").variants == changed[0]["variants"]
    entry = AuditEntry.objects.filter(action=AuditAction.CHANGE).order_by("-seq").first()
    assert entry.detail["op"] == "claims_load" and entry.detail["updated"] == 1


@pytest.mark.parametrize(
    ("data", "says"),
    [
        ('[{"id": "x", ', "không phải JSON hợp lệ"),
        ({"id": "x"}, "phải là một danh sách"),
        ([], "Tệp không có luận điệu nào"),
        ([CLAIMS[0], {"statement": "Một luận điệu đủ dài"}], "Luận điệu thứ 2: thiếu “id”"),
        ([CLAIMS[0], {"id": ["y"], "statement": "Một luận điệu đủ dài"}], "“id” phải là"),
        ([CLAIMS[0], {"id": "y"}], "Luận điệu thứ 2 (y): thiếu “statement”"),
        ([CLAIMS[0], {"id": "y", "statement": 5}], "“statement” phải là một chuỗi chữ"),
        ([CLAIMS[0], {"id": "y", "statement": "ngắn"}], "cần ít nhất 3 từ"),
        ([CLAIMS[0], dict(CLAIMS[1], variants="một chuỗi")], "“variants” phải là một danh sách"),
        (
            [CLAIMS[0], dict(CLAIMS[1], variants=["Phí nhãn hiệu năm mươi triệu", None])],
            "Luận điệu thứ 2 (phi-50): cách nói thứ 2 trong “variants” phải là một chuỗi chữ",
        ),
        ([CLAIMS[0], CLAIMS[0]], "bị lặp lại"),
    ],
)
def test_it_refuses_a_malformed_file_in_vietnamese_and_changes_nothing(tmp_path, data, says):
    with pytest.raises(CommandError) as refused:
        load(tmp_path, data)
    assert says in str(refused.value)
    assert Claim.objects.count() == 0


def test_it_takes_a_whole_number_id_as_its_text(tmp_path):
    load(tmp_path, [dict(CLAIMS[0], id=7)])
    assert Claim.objects.filter(key="7").exists()


def test_it_refuses_a_file_that_is_not_json_by_name(tmp_path):
    with pytest.raises(CommandError, match="Định dạng tệp không được hỗ trợ"):
        load(tmp_path, CLAIMS, name="claims.csv")


def test_it_retires_the_demos_sample_claims_when_a_registry_file_is_loaded(tmp_path):
    from lantoa.opinion.claimsfile import ClaimInput
    from lantoa.opinion.services_claims import claims_load

    sample = ClaimInput("gao-cddl-thu-hoi", "Gạo Điện Biên đã bị thu hồi chỉ dẫn địa lý", (), "")
    claims_load(claims=[sample], demo=True)
    own = dict(CLAIMS[0], id="C-001")
    out = load(tmp_path, [own, CLAIMS[1]])
    assert "thêm mới 2, cập nhật 0, giữ nguyên 0" in out
    assert "Đã ngừng theo dõi 1 luận điệu mẫu" in out
    demo = Claim.objects.get(key="gao-cddl-thu-hoi")
    assert demo.is_demo and demo.state == ClaimState.RETIRED
    assert not Claim.objects.get(key="C-001").is_demo
    before = snapshot()
    assert "thêm mới 0, cập nhật 0, giữ nguyên 2" in load(tmp_path, [own, CLAIMS[1]])
    assert snapshot() == before


def test_it_keeps_the_demos_sample_claims_while_the_demo_loads_its_own():
    from lantoa.opinion.claimsfile import ClaimInput
    from lantoa.opinion.services_claims import claims_load

    sample = ClaimInput("gao-cddl-thu-hoi", "Gạo Điện Biên đã bị thu hồi chỉ dẫn địa lý", (), "")
    claims_load(claims=[sample], demo=True)
    loaded = claims_load(claims=[sample], demo=True)
    assert loaded.demo_retired == 0
    assert Claim.objects.get(key="gao-cddl-thu-hoi").state == ClaimState.DRAFT
