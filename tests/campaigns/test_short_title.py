"""A campaign's title in a choice list (Campaign.short_title)."""

from lantoa.campaigns.models import Campaign

KL51 = (
    "Nghiên cứu, quán triệt, tuyên truyền, phổ biến và triển khai thực hiện Kết luận số "
    "51-KL/TW, ngày 17/6/2026 của Bộ Chính trị"
)


def test_it_cuts_a_long_title_at_a_word_and_marks_the_cut():
    # Cut at 100 characters it ended "… ngày 17", read as a date in the press and material forms.
    label = Campaign(title=KL51).short_title
    assert label.endswith("…") and len(label) <= 101
    assert KL51.startswith(label.removesuffix("…")) and not label.removesuffix("…").endswith(" ")
    assert not label.removesuffix("…").endswith("17")


def test_it_keeps_a_short_title_whole():
    assert Campaign(title="Đợt tuyên truyền Nghị quyết 57").short_title == (
        "Đợt tuyên truyền Nghị quyết 57"
    )
