import re
import unicodedata

import pytest

from crawler.extraction.text import (
    any_of_words,
    classic_tone_placement,
    clean_body,
    clean_text,
    fold,
    nfc,
    unify_tone_placement,
)


def test_eth_lookalike_reads_as_vietnamese_d():
    assert nfc("\u00d0ảng ủy") == "Đảng ủy"
    assert nfc("\u00d0ảng ủy")[0] == "\u0110"


def test_an_icelandic_text_keeps_its_eth_and_search_finds_either():
    # no Vietnamese letter in it: the ð is Icelandic's, and an Icelandic page is stored as written
    assert nfc("Hellisheiði og Þrengsli hafa verið lokuð") == "Hellisheiði og Þrengsli hafa verið lokuð"
    # a Vietnamese word in capitals with the look-alike and no other Vietnamese letter folds as Đ does
    assert fold("\u00d0OÀN THANH NIÊN") == fold("ĐOÀN THANH NIÊN") == "doan thanh nien"


def test_nfd_text_is_stored_as_nfc():
    decomposed = unicodedata.normalize("NFD", "Đảng uỷ Khối")
    assert nfc(decomposed) == "Đảng uỷ Khối"
    assert len(nfc(decomposed)) == len("Đảng uỷ Khối")


@pytest.mark.parametrize("old, new", [("hòa", "hoà"), ("Đảng ủy", "Đảng uỷ"), ("khỏe", "khoẻ"), ("thủy", "thuỷ")])
def test_tone_placement_is_unified(old, new):
    assert unify_tone_placement(old) == new
    assert unify_tone_placement(new) == new


def test_classic_placement_puts_the_tone_on_the_first_vowel_of_a_final_pair():
    assert classic_tone_placement("Tỉnh uỷ, hoà bình, khoẻ, Uỷ ban") == "Tỉnh ủy, hòa bình, khỏe, Ủy ban"
    # "qu" is a consonant; before a final consonant the tone stays on the second vowel
    assert classic_tone_placement("quý, hoàn thành, Huỳnh, khoảng") == "quý, hoàn thành, Huỳnh, khoảng"


def test_fold_drops_diacritics_and_d_bar():
    assert fold("ĐẢNG ỦY Khối") == "dang uy khoi"
    assert fold("Đảng") == fold("đang") == "dang"
    assert fold("ΔΙΑΦΗΜΙΣΗ") == fold("Διαφήμιση") == "διαφημιση"  # Greek capitals drop their accents


def test_clean_body_keeps_paragraphs_and_collapses_spaces():
    assert clean_body("  Một\u00a0\u00a0 hai \n\n\n\n  Ba  ") == "Một hai\n\nBa"
    assert clean_text(None) is None


def test_a_word_list_as_a_pattern_matches_its_words_and_no_other_and_the_longest_first():
    words = ["in", "in bai", "in bai viet", "share", "a", "a+", "a-", "印刷"]
    pattern = re.compile(any_of_words(words))
    assert [bool(pattern.fullmatch(word)) for word in words] == [True] * len(words)
    assert [bool(pattern.fullmatch(other)) for other in ("", "i", "in ba", "shares", "a++", "印")] == [False] * 6
    assert pattern.match("in bai viet nay").group() == "in bai viet"
    assert pattern.match("a+b").group() == "a+"
