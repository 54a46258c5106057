"""Text normalisation: teen code as whole words; each word of a text counted for its language."""

from __future__ import annotations

from lantoa.opinion.textnorm import detect_language, expand_teen_code, normalise_for_model


def test_it_expands_teen_code_written_as_a_whole_word():
    assert expand_teen_code("ko bit dc k, sđt đây") == "không biết được không, số điện thoại đây"
    assert normalise_for_model("KO BIT Đc") == "không biết được"


def test_it_leaves_teen_code_inside_a_longer_word():
    assert expand_teen_code("kho kg1 ok_ dck xk") == "kho kg1 ok_ dck xk"


def test_it_counts_a_repeated_foreign_word_each_time():
    # Once each, "nyob" would be one foreign word of three: Vietnamese by its two marked words.
    assert detect_language("nyob nyob nyob nyob Điện Biên") == "other"
    assert detect_language("nyob Điện Biên") == "vi"
