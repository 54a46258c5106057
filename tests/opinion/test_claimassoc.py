"""Claim words a rumour's teller says in other words, learned from the development rounds."""

from typing import Any

from lantoa.opinion.claimassoc import associates, lent_grams
from lantoa.opinion.claimeval import matcher_for
from lantoa.opinion.claimtext import ngrams, normalise

CLAIMS: list[dict[str, Any]] = [
    {
        "id": "sang-che",
        "statement": "Ai có bằng sáng chế máy nông nghiệp mà bán máy sang tỉnh khác là bị thu hồi"
        " bằng sáng chế",
        "variants": [
            "Bán máy có bằng sáng chế ra ngoài tỉnh thì bị thu hồi bằng",
            "co bang sang che ma ban may sang tinh khac la bi thu hoi bang",
        ],
    },
    {"id": "gao", "statement": "Gạo Điện Biên không có tem chỉ dẫn địa lý sẽ bị cấm bán ở chợ"},
]


def test_it_ships_a_learned_table_of_associates():
    table = associates()
    assert "sang che" in table["doc quyen"]
    assert all(0 < len(found) <= 2 for found in table.values())


def test_it_lends_a_told_rumour_its_words_associates():
    lent = lent_grams(normalise("nghe nói có giấy độc quyền cái máy là bị lấy lại"))
    assert ngrams("sang che") <= lent


def test_it_lends_nothing_to_a_text_not_told_as_a_rumour():
    assert lent_grams(normalise("Công ty nào làm hồ sơ độc quyền cái máy uy tín ạ?")) == set()


def test_it_matches_a_rumour_retold_in_its_tellers_words():
    text = (
        "Nghe nói làm ra cái máy được giấy độc quyền rồi mà đem bán cho người tỉnh khác là bị"
        " lấy lại giấy"
    )
    found = matcher_for(CLAIMS).match(text)
    assert found is not None
    assert found.claim_key == "sang-che"
