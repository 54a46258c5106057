"""A claim's wording rendered in the other language through the glossary (claimgloss)."""

import pytest

from lantoa.opinion.claimcanon import predicate_mask
from lantoa.opinion.claimgloss import ACT_WORDS, render
from lantoa.opinion.claimtext import normalise
from lantoa.opinion.claimwords import GROUPS


def test_it_turns_noun_phrases_round():
    assert render("Tourists must pay a fee at the Hoa Ban festival", "vi") == (
        "khach du lich phai tra tien tra tien o le hoi hoa ban"
    )
    assert render("Nhãn hiệu cà phê Mường Ảng bị thu hồi", "en") == (
        "muong ang coffee trademark revoked"
    )


def test_it_carries_an_act_over_as_its_group():
    rendered = render("You can be fined for uploading photos you took at the Victory Museum", "vi")
    assert predicate_mask(normalise(rendered)) == 1 << GROUPS.index("fine")
    assert "bao tang chien thang" in rendered


@pytest.mark.parametrize(("group", "words"), sorted(ACT_WORDS.items()))
def test_each_act_word_reads_back_as_its_group(group, words):
    vietnamese, english = words
    assert predicate_mask(english) == 1 << GROUPS.index(group)
    # "phải" alone is no group in Vietnamese: it makes the words after it one ("phải trả tiền").
    if group != "force":
        assert predicate_mask(vietnamese) == 1 << GROUPS.index(group)


def test_it_keeps_names_and_leaves_out_words_it_does_not_know():
    assert (
        render("Heard that Shopee sells Dien Bien rice", "vi")
        == "nghe noi shopee ban gao dien bien"
    )


def test_it_gives_no_rendering_when_the_act_does_not_carry_over():
    # A wait counted in years has no word of its own in English: without it the wording would
    # read as one with no act, which any comment on the topic comes near.
    assert render("Đơn sáng chế chờ cả chục năm mới có kết quả", "en") == ""
    assert render("Đơn sáng chế bị đánh thuế mười năm", "en") == "invention taxed year"


def test_it_reads_the_longer_of_an_act_and_a_phrase_starting_alike():
    # "take" alone is a seizure; "take photos" is a phrase of the glossary, and longer.
    assert render("Tourists must pay to take photos at the festival", "vi") == (
        "khach du lich phai tra tien chup anh o le hoi"
    )
    assert render("The province will take the land of macadamia farmers", "vi") == (
        "tinh se tich thu dat nong dan mac ca"
    )
