"""`lantoa opinion classify --file FILE.jsonl --format jsonl`: one result a line, in order."""

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from lantoa.opinion import demo, ml
from lantoa.opinion.claimsfile import ClaimInput, claims_read
from lantoa.opinion.services_claims import claims_load

pytestmark = pytest.mark.django_db

KEYS = {"language", "sentiment", "topic", "toxicity", "masked_text", "abstained", "claim"}
RUMOUR = "Chỉ dẫn địa lý gạo Điện Biên đã bị thu hồi"


def _classify(tmp_path, lines: list[str]) -> list[dict]:
    path = tmp_path / "items.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = io.StringIO()
    call_command("opinion", "classify", "--file", str(path), "--format", "jsonl", stdout=out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_it_answers_each_line_in_order_with_the_contract_keys(tmp_path):
    claims_load(
        claims=[
            ClaimInput(
                key="gi-revoked",
                statement=RUMOUR,
                variants=(
                    "Gạo Điện Biên mất chỉ dẫn địa lý rồi",
                    "Nghe nói chỉ dẫn địa lý gạo Điện Biên bị hủy",
                ),
                rebuttal="Chỉ dẫn địa lý gạo Điện Biên vẫn còn hiệu lực.",
            )
        ]
    )
    texts = [
        "Tự hào gạo Điện Biên có chỉ dẫn địa lý, cảm ơn tỉnh đã quan tâm 🌾",
        "Nghe nói chỉ dẫn địa lý gạo Điện Biên đã bị thu hồi rồi, thật không mọi người",
        "Bán chè Tủa Chùa giá rẻ, gọi 0912 345 678 hoặc email ban.che@gmail.com",
        "The market is full of fake products and nobody does anything about it",
        "😂😂😂",
    ]
    results = _classify(tmp_path, [json.dumps({"text": t}, ensure_ascii=False) for t in texts])
    assert len(results) == len(texts)
    assert all(set(r) == KEYS for r in results)
    proud, rumour, advert, english, emoji = results
    assert proud["language"] == "vi" and proud["toxicity"]["label"] == "clean"
    assert set(proud["sentiment"]) == {"label", "score"} and 0 <= proud["sentiment"]["score"] <= 1
    assert proud["claim"] is None and proud["masked_text"] == texts[0]
    assert rumour["claim"]["id"] == "gi-revoked" and rumour["claim"]["statement"] == RUMOUR
    assert rumour["claim"]["stance"] in {"spreads", "refutes"} and rumour["claim"]["score"] > 0
    assert "0912" not in advert["masked_text"] and "gmail" not in advert["masked_text"]
    assert english["language"] != "vi" and english["sentiment"] is None
    # The labelling guide's answer for a text of emoji alone (seed/indomain rows "👍", "😂😂😂").
    assert emoji["sentiment"] == {"label": "neutral", "score": 1.0} and emoji["abstained"] == []
    assert emoji["topic"]["label"] == "khac" and emoji["toxicity"]["label"] == "clean"
    assert all(isinstance(r["abstained"], list) for r in results)


def test_it_loads_the_models_once_for_a_whole_file(tmp_path, monkeypatch):
    calls = []
    real = ml.active_models

    def counted():  # type: ignore[no-untyped-def]
        calls.append(1)
        return real()

    monkeypatch.setattr("lantoa.opinion.classify.active_models", counted)
    lines = [json.dumps({"text": f"Hàng giả bán tràn lan ở chợ số {i}"}) for i in range(1500)]
    results = _classify(tmp_path, lines)
    assert len(results) == 1500 and len(calls) == 1


def test_it_refuses_a_line_without_text_in_vietnamese(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "một"}\n{"body": "hai"}\n', encoding="utf-8")
    with pytest.raises(CommandError, match="Dòng 2"):
        call_command("opinion", "classify", "--file", str(path), "--format", "jsonl")


def test_it_names_the_loaded_claim_not_the_demos_sample_of_the_same_rumour(tmp_path):
    shipped = Path(demo.__file__).parent / "claimdata" / "claims.json"
    claims_load(claims=[c for c in claims_read(shipped) if c.key in demo.DEMO_CLAIMS], demo=True)
    checkers = ClaimInput("C-001", "Gạo Điện Biên không còn được bảo hộ chỉ dẫn địa lý", (), "")
    claims_load(claims=[checkers])
    # Word for word one of the sample's variants: in force, the sample would take it.
    line = json.dumps({"text": "Nhà nước lấy lại chỉ dẫn địa lý của gạo Điện Biên rồi"})
    (result,) = _classify(tmp_path, [line])
    assert result["claim"]["id"] == "C-001"
