"""A long post is read passage by passage: a claim is told in a few sentences, not gathered."""

from lantoa.opinion.claimeval import load_claims, matcher_for, split_claims
from lantoa.opinion.claimpassages import PASSAGE_WORDS, passages
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
