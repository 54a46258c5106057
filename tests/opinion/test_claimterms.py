"""A claim's act words read from its own rebuttal, and rebuttals that state the true fact."""

import pytest

from lantoa.opinion.claimindex import ClaimMatcher
from lantoa.opinion.claimterms import act_terms, denied_terms, denies_terms
from lantoa.opinion.claimtext import normalise

SEALED = "Lò rượu Sín Chải bị niêm phong vì chưa có nhãn hiệu"
SEALED_REBUTTAL = "Không có lò rượu nào bị niêm phong; các lò vẫn nấu và bán rượu bình thường."
SHUT = "Chợ phiên Sín Chải bị cấm họp từ tháng sau"


def matcher(rebuttal: str = SEALED_REBUTTAL) -> ClaimMatcher:
    return ClaimMatcher(
        [
            (1, [SEALED, "lò rượu Sín Chải chưa có nhãn hiệu là bị cấm nấu, niêm phong hết"]),
            (2, [SHUT, "cho phien sin chai bi cam hop"]),
        ],
        keys={1: "niem-phong", 2: "cam-cho"},
        stream=[
            "Rượu Sín Chải thơm, bà con nấu quanh năm",
            "Chợ phiên Sín Chải đông vui",
            "Lò rượu nhà em mới mở thêm",
        ],
        rebuttals={1: rebuttal, 2: "Chợ phiên Sín Chải vẫn họp mỗi chủ nhật."},
    )


def test_it_reads_the_act_a_rebuttal_denies_after_its_doer():
    assert denied_terms(SEALED_REBUTTAL, normalise) == {"niem", "niem phong"}


def test_it_reads_an_act_joined_to_the_first_one():
    found = denied_terms("Không có quyết định xóa bỏ hay sáp nhập chương trình", normalise)
    assert {"xoa bo", "sap nhap"} <= found


def test_it_keeps_no_act_word_that_many_claims_or_the_stream_share():
    claims = [
        (1, ["Chè bị niêm phong"], "Chè không bị niêm phong"),
        (2, ["Chè bị niêm phong ở xã"], "Chè không bị niêm phong"),
        (3, ["Chè bị niêm phong ở huyện"], "Chè không bị niêm phong"),
    ]
    assert act_terms(claims, [], normalise)[1] == frozenset()
    stream = ["niêm phong kho"] * 5
    assert act_terms(claims[:1], stream, normalise)[1] == frozenset()


def test_it_reads_a_denied_act_term():
    own = frozenset({"niem phong"})
    assert denies_terms(normalise("lò nhà em có bị niêm phong đâu"), own) is False
    assert denies_terms(normalise("chẳng lò nào bị niêm phong cả"), own) is True
    assert denies_terms(normalise("lò rượu Tủa Chùa bị niêm phong"), own) is False


def test_it_matches_an_act_said_only_in_the_rebuttals_words():
    found = matcher().match("Nghe nói lò rượu Sín Chải chưa có nhãn hiệu đã bị niêm phong rồi")
    assert found is not None and (found.claim_key, found.stance) == ("niem-phong", "spreads")


def test_it_matches_an_act_said_only_in_the_rebuttals_words_in_a_short_text():
    found = matcher().match("Lò rượu Sín Chải bị niêm phong rồi à")
    assert found is not None and (found.claim_key, found.stance) == ("niem-phong", "spreads")


def test_it_matches_no_claim_without_the_rebuttals_act_word():
    # A text this far from any whole wording (0.49) needs the rebuttal's act word; one near a
    # wording with no predicate group is matched by that wording (test_claim_wordings).
    assert matcher(rebuttal="").match("Lò rượu Sín Chải bị niêm phong rồi à") is None
    assert matcher().match("Lò rượu Sín Chải chưa có nhãn hiệu, rượu vẫn thơm") is None


def test_it_reads_a_denial_of_the_rebuttals_act_word_as_refuting():
    found = matcher().match(
        "Lò rượu Sín Chải chưa có nhãn hiệu có ai niêm phong đâu, không niêm phong lò nào"
    )
    assert found is not None and (found.claim_key, found.stance) == ("niem-phong", "refutes")


def test_it_matches_a_text_stating_the_rebuttals_fact_as_refuting():
    found = matcher().match("Chợ phiên Sín Chải vẫn họp mỗi chủ nhật mà, hôm qua em vừa đi")
    assert found is not None and (found.claim_key, found.stance) == ("cam-cho", "refutes")


def test_it_matches_no_rebuttal_in_a_text_that_sets_nothing_against_it():
    assert matcher().match("Chợ phiên Sín Chải họp mỗi chủ nhật, mời bà con ghé") is None


@pytest.mark.django_db
def test_it_reads_the_stored_rebuttal_of_a_registry_claim():
    from lantoa.opinion.matching import claim_match, registry_forget
    from tests.opinion.helpers import claim

    registry_forget()
    claim(
        SHUT, "cho phien sin chai bi cam hop", rebuttal="Chợ phiên Sín Chải vẫn họp mỗi chủ nhật."
    )
    found = claim_match(
        "Chợ phiên Sín Chải vẫn họp mỗi chủ nhật mà, hôm qua em vừa đi", language="vi"
    )
    registry_forget()
    assert found is not None and found.stance == "refutes"
