"""Task deadlines as printed: a month, quarter or year stays text, a printed date is read."""

from __future__ import annotations

from datetime import date

import pytest

from lantoa.guidance.parsing.deadlines import find_deadline


@pytest.mark.parametrize(
    ("text", "kind", "printed"),
    [
        ("Tổ chức sơ kết trong năm 2026.", "year", "trong năm 2026"),
        ("Hoàn thành trong quý III/2026.", "quarter", "trong quý III/2026"),
        ("Báo cáo kết quả quý III/2026 về Ban.", "quarter", "quý III/2026"),
        ("Tổ chức hội nghị trong tháng 7/2026.", "month", "trong tháng 7/2026"),
        ("Xây dựng kế hoạch trước tháng 7/2026.", "month", "trước tháng 7/2026"),
        ("Thời gian thực hiện: tháng 9/2026.", "month", "Thời gian thực hiện: tháng 9/2026"),
        ("Thời hạn: tháng 6 năm 2026.", "month", "Thời hạn: tháng 6 năm 2026"),
        ("Thời hạn hoàn thành: năm 2026.", "year", "Thời hạn hoàn thành: năm 2026"),
    ],
)
def test_it_keeps_a_period_as_printed_without_inventing_a_day(
    text: str, kind: str, printed: str
) -> None:
    deadline = find_deadline(text, doc_date=date(2026, 6, 23))
    assert deadline is not None
    assert (deadline.kind, deadline.text, deadline.date) == (kind, printed, None)


def test_it_still_reads_a_printed_date() -> None:
    deadline = find_deadline("Báo cáo trước ngày 15/12/2026.", doc_date=date(2026, 6, 23))
    assert deadline is not None
    assert (deadline.kind, deadline.date) == ("date", date(2026, 12, 15))


@pytest.mark.parametrize(
    ("text", "kind", "printed"),
    [
        ("Báo cáo kết quả trước ngày 15 hằng tháng về Sở.", "month", "trước ngày 15 hằng tháng"),
        (
            "Định kỳ trước ngày 01/6 và 15/11 hằng năm báo cáo Ủy ban nhân dân tỉnh.",
            "year",
            "Định kỳ trước ngày 01/6 và 15/11 hằng năm",
        ),
        (
            "Gửi kết quả về Sở, hạn cuối ngày 15 tháng 12 hàng năm.",
            "year",
            "hạn cuối ngày 15 tháng 12 hàng năm",
        ),
    ],
)
def test_it_keeps_a_recurring_day_as_printed(text: str, kind: str, printed: str) -> None:
    deadline = find_deadline(text, doc_date=date(2026, 6, 23))
    assert deadline is not None
    assert (deadline.kind, deadline.text, deadline.date) == (kind, printed, None)


def test_it_invents_no_year_for_a_day_printed_without_one() -> None:
    deadline = find_deadline("Báo cáo kết quả trước ngày 20/11 về Sở.", doc_date=date(2025, 10, 1))
    assert deadline is not None
    assert (deadline.kind, deadline.text, deadline.date) == ("date", "trước ngày 20/11", None)
    assert find_deadline("Báo cáo trước ngày 31/2 về Sở.", doc_date=date(2025, 10, 1)) is None


def test_it_reads_a_date_with_an_hour_before_it() -> None:
    for text, when in (
        ("Báo cáo về Sở trước 16 giờ ngày 20/11/2025.", date(2025, 11, 20)),
        ("Gửi trước 9h00 ngày 05/12/2025 để tổng hợp.", date(2025, 12, 5)),
    ):
        deadline = find_deadline(text, doc_date=date(2025, 10, 1))
        assert deadline is not None
        assert (deadline.kind, deadline.date) == ("date", when)


def test_it_reads_a_date_after_thoi_han() -> None:
    deadline = find_deadline("Thời hạn: ngày 30/6/2026.", doc_date=date(2026, 1, 5))
    assert deadline is not None
    assert (deadline.kind, deadline.date) == ("date", date(2026, 6, 30))


def test_it_counts_days_only_from_the_documents_own_date() -> None:
    signed = find_deadline("Báo cáo trong 30 ngày kể từ ngày ký.", doc_date=date(2026, 6, 23))
    assert signed is not None and signed.date == date(2026, 7, 23)
    received = find_deadline(
        "Gửi kế hoạch trong thời hạn 10 ngày kể từ ngày nhận Kế hoạch này.",
        doc_date=date(2025, 11, 17),
    )
    assert received is not None
    assert (received.kind, received.days, received.date) == ("within_days", 10, None)
    assert received.text == "trong thời hạn 10 ngày kể từ ngày nhận Kế hoạch này"


def test_it_makes_no_date_of_a_time_limit_that_says_not_from_when() -> None:
    # "Trong thời hạn 02 ngày làm việc, gửi Báo cáo …" counts from an event the sentence leaves
    # to the reader (a regulation's result, a request): no date is made up from the document's.
    limit = find_deadline(
        "Trong thời hạn 02 ngày làm việc, gửi Báo cáo kết quả giải quyết đến Văn phòng UBND tỉnh.",
        doc_date=date(2025, 11, 25),
    )
    assert limit is not None
    assert (limit.kind, limit.days, limit.date) == ("within_days", 2, None)


def test_it_reads_a_last_day_as_a_deadline_but_not_a_last_stage() -> None:
    deadline = find_deadline("Nộp hồ sơ, hạn cuối ngày 20/12/2025.", doc_date=date(2025, 10, 1))
    assert deadline is not None
    assert (deadline.kind, deadline.date) == ("date", date(2025, 12, 20))
    assert find_deadline("Đây là hạn cuối cùng của dự án.", doc_date=date(2025, 10, 1)) is None


@pytest.mark.parametrize(
    ("text", "kind", "printed"),
    [
        (
            "Khi nhận được hồ sơ, trong thời hạn không quá 15 (mười lăm) ngày làm việc kể từ "
            "ngày nhận hồ sơ có trách nhiệm:",
            "within_days",
            "trong thời hạn không quá 15 (mười lăm) ngày làm việc kể từ ngày nhận hồ sơ",
        ),
        (
            "Thời gian thực hiện tại cơ quan Thuế không quá 03 (ba) ngày làm việc.",
            "within_days",
            "không quá 03 (ba) ngày làm việc",
        ),
        (
            "Chi tạm ứng các khoản trợ cấp chậm nhất là ngày 10 hàng tháng.",
            "month",
            "chậm nhất là ngày 10 hàng tháng",
        ),
        (
            "Gửi báo cáo chậm nhất sau khi kết thúc quý 15 ngày (đối với báo cáo quý) và trước "
            "ngày 30 tháng 4 hàng năm (đối với báo cáo năm).",
            "quarter",
            "chậm nhất sau khi kết thúc quý 15 ngày",
        ),
    ],
)
def test_it_reads_a_limit_in_days_and_a_day_after_each_period(
    text: str, kind: str, printed: str
) -> None:
    deadline = find_deadline(text)
    assert deadline is not None and deadline.kind == kind and deadline.text.startswith(printed)


@pytest.mark.parametrize(
    "text",
    [
        "Mỗi đoàn không quá 03 (ba) người, tổ chức gặp mặt sau khi kết thúc hội nghị.",
        "Sau khi kết thúc năm học, tổ chức tổng kết, khen thưởng.",
    ],
)
def test_it_reads_no_limit_from_a_count_or_a_period_without_days(text: str) -> None:
    assert find_deadline(text) is None


def test_it_reads_a_day_of_each_quarters_last_month_as_a_recurring_deadline() -> None:
    for text, printed in (
        ("Báo cáo kết quả hàng quý trước ngày 15 của tháng cuối quý về Bộ.", "15 của tháng cuối"),
        ("Gửi Văn phòng Bộ trước ngày 15 tháng cuối quý để tổng hợp.", "15 tháng cuối quý"),
    ):
        deadline = find_deadline(text)
        assert deadline is not None and deadline.kind == "quarter" and deadline.date is None
        assert printed in deadline.text


def test_a_quarters_last_month_without_a_day_sets_no_deadline() -> None:
    assert find_deadline("Tổng kết vào tháng cuối quý, rút kinh nghiệm.") is None
    assert find_deadline("Báo cáo 15 tháng cuối quý đã qua.") is None


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        (
            "Sở Nông nghiệp báo cáo tình hình mưa lũ trước 13 giờ hằng ngày để tổng hợp.",
            "trước 13 giờ hằng ngày",
        ),
        ("Các xã gửi số liệu chậm nhất là 16h00 hàng ngày về Ban.", "chậm nhất là 16h00 hàng ngày"),
    ],
)
def test_it_keeps_an_hour_of_every_day_as_printed(text: str, printed: str) -> None:
    deadline = find_deadline(text, doc_date=date(2026, 6, 23))
    assert deadline is not None
    assert (deadline.kind, deadline.text, deadline.date) == ("date", printed, None)


def test_it_keeps_a_limit_in_months_or_years_counted_from_a_day_as_printed() -> None:
    deadline = find_deadline(
        "Các công ty hoàn thành việc chuyển đổi trong vòng 02 năm kể từ ngày Quyết định này có "
        "hiệu lực.",
        doc_date=date(2026, 6, 23),
    )
    assert deadline is not None
    assert (deadline.kind, deadline.text, deadline.date) == (
        "date",
        "trong vòng 02 năm kể từ ngày Quyết định này có hiệu lực",
        None,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Triển khai chương trình trong 3 năm để nâng cao nhận thức.",
        "Duy trì chế độ trực ban hằng ngày tại trụ sở.",
    ],
)
def test_it_reads_no_deadline_from_a_duration_or_a_daily_routine(text: str) -> None:
    assert find_deadline(text, doc_date=date(2026, 6, 23)) is None


def test_a_day_counted_from_an_event_runs_to_the_then_of_its_sentence() -> None:
    deadline = find_deadline(
        "Trong vòng 15 ngày kể từ ngày Hội đồng quản trị, Hội đồng thành viên thông qua mức "
        "tiền lương, thù lao thì gửi báo cáo về cơ quan đại diện chủ sở hữu.",
        doc_date=date(2026, 6, 23),
    )
    assert deadline is not None
    assert deadline.text == (
        "Trong vòng 15 ngày kể từ ngày Hội đồng quản trị, Hội đồng thành viên thông qua mức "
        "tiền lương, thù lao"
    )


def test_a_day_counted_from_an_event_stops_at_its_comma_without_a_then() -> None:
    deadline = find_deadline(
        "Trong vòng 10 ngày kể từ ngày nhận được văn bản, Sở Tài chính báo cáo kết quả; sau đó "
        "thì tổng hợp.",
        doc_date=date(2026, 6, 23),
    )
    assert deadline is not None
    assert deadline.text == "Trong vòng 10 ngày kể từ ngày nhận được văn bản"


def test_a_limit_after_trong_thoi_gian_keeps_those_words_and_stops_before_its_purpose() -> None:
    deadline = find_deadline(
        "Chuyển hồ sơ trong thời gian không quá 02 ngày làm việc kể từ khi hoàn thành thủ tục "
        "hành chính để cập nhật cơ sở dữ liệu.",
        doc_date=date(2026, 6, 23),
    )
    assert deadline is not None
    assert deadline.text == (
        "trong thời gian không quá 02 ngày làm việc kể từ khi hoàn thành thủ tục hành chính"
    )
    # How long the work lasts is no limit: "trong thời gian 01 ngày" names no "không quá".
    assert find_deadline("Tổ chức hội nghị trong thời gian 01 ngày tại tỉnh.") is None


def test_a_day_of_each_year_printed_as_trong_nam_is_kept_whole() -> None:
    # "định kỳ hằng năm (trước ngày 25/12 trong năm)": a day of every year, as "hằng năm" says.
    deadline = find_deadline("Định kỳ hằng năm (trước ngày 25/12 trong năm) rà soát danh mục.")
    assert deadline is not None
    assert (deadline.kind, deadline.text) == ("year", "trước ngày 25/12 trong năm")
    # "trong năm 2026" is that year: the date's own rule reads it.
    dated = find_deadline("Hoàn thành trước ngày 25/12 trong năm 2026.")
    assert dated is None or dated.text != "trước ngày 25/12 trong năm"


@pytest.mark.parametrize(
    ("text", "printed", "days"),
    [
        (
            "Hồ sơ gửi về Ban Thường vụ Thành ủy trước 30 ngày làm việc của các đợt trao tặng "
            "Huy hiệu Đảng.",
            "trước 30 ngày làm việc của các đợt trao tặng Huy hiệu Đảng",
            30,
        ),
        (
            "Đăng ký về Ban Tổ chức Thành ủy để tổng hợp, báo cáo thành lập đoàn trước 15 ngày "
            "của các đợt.",
            "trước 15 ngày của các đợt",
            15,
        ),
        (
            "Gửi danh sách trước 07 ngày so với ngày tổ chức hội nghị, để chuẩn bị.",
            "trước 07 ngày so với ngày tổ chức hội nghị",
            7,
        ),
    ],
)
def test_days_counted_back_from_an_event_are_kept_as_printed_without_a_date(
    text: str, printed: str, days: int
) -> None:
    # The event's day is not printed: no date is made up; the reviewer is asked for one.
    deadline = find_deadline(text, doc_date=date(2025, 8, 1))
    assert deadline is not None
    assert (deadline.kind, deadline.text, deadline.date, deadline.days) == (
        "within_days",
        printed,
        None,
        days,
    )
    # "báo trước 30 ngày" names no event to count back from: no deadline.
    assert find_deadline("Đơn vị thông báo trước 30 ngày cho người lao động.") is None


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        (
            "Xây dựng kế hoạch rà soát, báo cáo cấp ủy cấp trên trực tiếp trong tháng 1 hàng năm.",
            "trong tháng 1 hàng năm",
        ),
        ("Lập danh sách theo các mẫu quy định, xong trong Quý I hằng năm.", "trong Quý I hằng năm"),
    ],
)
def test_a_month_or_quarter_of_every_year_is_kept_as_printed(text: str, printed: str) -> None:
    deadline = find_deadline(text, doc_date=date(2025, 11, 1))
    assert deadline is not None
    assert (deadline.kind, deadline.text, deadline.date) == ("year", printed, None)
