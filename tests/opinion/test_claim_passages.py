"""A long post is read passage by passage: a claim is told in a few sentences, not gathered."""

from lantoa.opinion.claimeval import load_claims, matcher_for, split_claims
from lantoa.opinion.claimindex import ClaimMatch
from lantoa.opinion.claimpassages import PASSAGE_ALONE, PASSAGE_WORDS, passages, read_by_passages
from lantoa.opinion.claimtext import Stance
from tests.opinion.test_claim_matching import LONG_POSTS

# Five claim-free comments of the development round dev4, posted as one: read whole, the
# matcher gathered dev4's "kl51-bo-ho-tro" from words of several of them (0.43).
GATHERED = (
    "Bài hát của nhạc sĩ người Thái bị đem đi làm nhạc chuông mà không xin phép ai, bất công "
    "Nhận đăng ký nhãn hiệu trọn gói 3 ngày có số đơn, bảo hộ toàn quốc, LH [số điện thoại] "
    "dm bon ban hang gia, cho chet het di Bọn buôn gạo giả khốn nạn, bắt hết đi cho tù mọt gông "
    "Kết luận 51 là của Ban Bí thư ban hành năm nào vậy?"
)
TOLD = "Nghe nói gạo Điện Biên bị thu hồi chỉ dẫn địa lý rồi, buồn thật."


def test_it_reads_a_short_text_whole():
    assert passages(TOLD) == [TOLD]


def test_it_cuts_a_long_post_into_runs_of_sentences_that_cover_it():
    found = passages(LONG_POSTS[0])
    assert len(found) > 1
    assert all(len(run.split()) <= PASSAGE_WORDS for run in found)
    assert {w for run in found for w in run.split()} == set(LONG_POSTS[0].split())
    # A run joins neighbouring sentences: a claim told over two of them is read together.
    assert any(run.count(". ") >= 1 for run in found)


def test_it_cuts_a_long_sentence_without_stops_into_overlapping_windows():
    words = GATHERED.replace("?", "").split()
    found = passages(" ".join(words))
    assert len(found) >= 2 and all(len(run.split()) <= PASSAGE_WORDS for run in found)
    assert {w for run in found for w in run.split()} == set(words)


def test_it_does_not_gather_a_claim_from_words_of_several_comments():
    assert matcher_for(split_claims("dev4")).match(GATHERED) is None


def test_it_scores_a_claim_told_in_one_sentence_of_a_long_post_as_the_sentence_alone():
    matcher = matcher_for(load_claims())
    alone = matcher.match(TOLD)
    sentences = LONG_POSTS[0].split(". ")
    post = ". ".join(sentences[:3]) + ". " + TOLD + " " + ". ".join(sentences[3:])
    found = matcher.match(post)
    assert alone is not None and alone.claim_key == "gao-cddl-thu-hoi"
    assert found is not None and (found.claim_key, found.stance) == (alone.claim_key, "spreads")
    assert found.score == alone.score


# A day's talk at a village meeting, two sentences and fifty words, that says no claim.
MEETING = (
    "Hôm qua cả xóm mình đi họp ở nhà văn hóa từ sáng đến trưa, bàn chuyện làm đường bê tông, "
    "chuyện dọn vệ sinh, chuyện chia tiền quỹ khuyến học cho các cháu học giỏi. Ai cũng góp ý "
    "nhiệt tình, đến trưa mới về ăn cơm nghỉ ngơi một chút rồi chiều lại ra đồng làm cỏ lúa tiếp."
)


def test_it_takes_a_long_posts_stance_from_the_whole_text_not_the_claims_sentence():
    # The claim's words in one sentence, its denial in the next: the post refutes the claim.
    matcher = matcher_for(load_claims())
    for post in (
        "Mấy hôm nay nhiều người chia sẻ tin gạo Điện Biên bị thu hồi chỉ dẫn địa lý. Đây là tin "
        f"sai, mọi người đừng tin. {MEETING}",
        f"{MEETING} Có người bảo gạo Điện Biên bị thu hồi chỉ dẫn địa lý. Bịa đặt hoàn toàn, Sở đã "
        "khẳng định chỉ dẫn vẫn còn hiệu lực.",
    ):
        found = matcher.match(post)
        assert found is not None and (found.claim_key, found.stance) == (
            "gao-cddl-thu-hoi",
            "refutes",
        ), post


def _match(claim_id: int, score: float, stance: Stance = "spreads") -> ClaimMatch:
    return ClaimMatch(f"k{claim_id}", "", score, stance, claim_id, score)


def _read(whole: ClaimMatch | None, runs: dict[str, ClaimMatch | None]) -> ClaimMatch | None:
    """Read LONG_POSTS[0] with answers given for the whole text and for runs holding a word."""

    def match_texts(texts: list[str], languages: list[str]) -> list[ClaimMatch | None]:
        if texts == [LONG_POSTS[0]]:
            return [whole]
        return [next((m for word, m in runs.items() if word in text), None) for text in texts]

    return read_by_passages([LONG_POSTS[0]], ["vi"], match_texts)[0]


def test_it_keeps_a_runs_claim_that_the_whole_text_has_or_that_stands_alone():
    assert _read(_match(1, 0.45), {"tổng đài": _match(1, 0.42)}) == _match(1, 0.42)
    assert _read(None, {"tổng đài": _match(2, PASSAGE_ALONE - 0.01)}) is None
    assert _read(None, {"tổng đài": _match(2, PASSAGE_ALONE)}) == _match(2, PASSAGE_ALONE)
    # A run naming another claim than the whole text's, under the floor, is no claim of it.
    assert _read(_match(1, 0.45), {"tổng đài": _match(2, 0.5)}) is None


def test_it_keeps_the_whole_texts_claim_only_at_the_floor_when_no_run_has_it():
    assert _read(_match(1, PASSAGE_ALONE - 0.01), {}) is None
    assert _read(_match(1, PASSAGE_ALONE), {}) == _match(1, PASSAGE_ALONE)


def test_it_refutes_a_claim_that_one_run_of_a_long_text_refutes():
    found = _read(None, {"tổng đài": _match(1, 0.6), "quản lý": _match(1, 0.4, "refutes")})
    assert found is not None and (found.claim_id, found.stance) == (1, "refutes")
    assert _read(_match(1, 0.45, "spreads"), {"tổng đài": _match(1, 0.42, "refutes")}) == _match(
        1, 0.42, "spreads"
    )
