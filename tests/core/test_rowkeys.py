"""Rows sorted apart from their hidden keys are told apart from twins stored alike."""

from lantoa.core.rowkeys import KeptRows, moved_row_message


def test_it_finds_the_row_whose_key_stores_the_values_sorted_onto_another_key():
    kept = KeptRows()
    kept.keep(values=("Hội nghị", 500), key="a", row=2)
    kept.keep(values=("Tọa đàm", 40), key="b", row=3)
    assert kept.moved_from(values=("Hội nghị", 500), key="b") == 2
    assert kept.moved_from(values=("Hội nghị", 500), key=None) == 2


def test_it_lets_each_twin_stored_alike_keep_its_own_row():
    kept = KeptRows()
    kept.keep(values=("Hội nghị", 500), key="a", row=2)
    kept.keep(values=("Hội nghị", 500), key="b", row=3)
    assert kept.moved_from(values=("Hội nghị", 500), key="b") is None
    assert kept.moved_from(values=("Buổi khác", 1), key="c") is None


def test_it_names_the_first_row_and_the_key_column_in_vietnamese():
    message = moved_row_message(first_row=2, what="số liệu của hoạt động", key_column="Mã dòng")
    assert message.startswith("dòng này có đúng số liệu của hoạt động đã có ở dòng 2")
    assert "sắp xếp cả cột 'Mã dòng'" in message
