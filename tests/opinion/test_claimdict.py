"""A second reading of told rumours through a Vietnamese dictionary's definitions."""

from pathlib import Path
from typing import Any

import pytest

from lantoa.opinion import claimdict
from lantoa.opinion.claimeval import matcher_for

CLAIMS: list[dict[str, Any]] = [
    {
        "id": "gieng",
        "statement": "Hộ nào bơm nước giếng khoan lên ruộng lúa thì bị loại khỏi vùng chỉ dẫn địa"
        " lý gạo Điện Biên",
        "variants": [
            "Ruộng tưới bằng giếng khoan bị gạch khỏi vùng chỉ dẫn địa lý gạo Điện Biên",
            "bom nuoc gieng khoan len ruong thi bi loai khoi vung chi dan dia ly",
        ],
    },
    {"id": "gao", "statement": "Gạo Điện Biên không có tem chỉ dẫn địa lý sẽ bị cấm bán ở chợ"},
]
RETOLD = (
    "Nghe nói nhà nào cắm máy hút nước ngầm dưới lòng đất lên tưới thì bị gạch tên khỏi khu gạo"
    " đặc sản"
)


@pytest.fixture
def no_dictionary(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(claimdict, "glosses", lambda: {})


def test_it_ships_a_table_of_definition_words_with_its_source():
    table = claimdict.glosses()
    assert "suc vat" in table["gia suc"]
    assert all(0 < len(found) <= 3 for found in table.values())
    sources = (Path(claimdict.TABLE).parent / "SOURCES.md").read_text("utf-8")
    assert "dictionary_glosses.json" in sources and "GNU General Public License" in sources


def test_it_writes_definition_words_only_while_reading_through_the_dictionary():
    assert claimdict.expand("gia suc vao") == "gia suc vao"
    with claimdict.reading():
        assert claimdict.expand("gia suc vao").startswith("gia suc long mao suc vat")
    assert not claimdict.active()


def test_it_matches_a_told_rumour_only_its_definitions_connect(no_dictionary: None):
    assert matcher_for(CLAIMS).match(RETOLD) is None


def test_it_reads_a_told_rumour_again_through_the_dictionary():
    match = matcher_for(CLAIMS).match(RETOLD)
    assert match is not None and match.claim_key == "gieng"
    assert match.stance == "spreads"


def test_it_reads_no_text_again_that_is_not_told_as_a_rumour():
    matcher = matcher_for(CLAIMS)
    assert matcher.match("Máy hút nước ngầm dưới lòng đất tưới ruộng tốn điện quá") is None
    assert matcher._twin is None  # no told rumour went unanswered: no twin was built


def test_it_keeps_every_answer_of_the_plain_reading():
    text = "Ruộng tưới bằng giếng khoan bị gạch khỏi vùng chỉ dẫn địa lý gạo Điện Biên đấy"
    matcher = matcher_for(CLAIMS)
    match = matcher.match(text)
    assert match is not None and match.claim_key == "gieng"
    assert matcher._twin is None  # answered by the plain reading: not read again
