"""Longest-match segmentation on underthesea's dictionary."""

from __future__ import annotations

from lantoa.opinion.segment import lexicon, segment


def test_it_joins_the_longest_dictionary_word_first():
    assert "sở hữu trí tuệ" in lexicon() and "sở hữu" in lexicon()
    assert segment("bảo vệ sở hữu trí tuệ") == ["bảo_vệ", "sở_hữu_trí_tuệ"]
    assert segment("sở hữu nhà") == ["sở_hữu", "nhà"]


def test_it_leaves_a_syllable_that_starts_no_dictionary_word_alone():
    assert segment("zzqx đăng ký 2025") == ["zzqx", "đăng_ký", "2025"]
    assert segment("") == []
