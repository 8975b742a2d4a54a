from hypothesis import given, strategies as st

from eventwatch.text import fold, key


@given(st.text())
def test_fold_keeps_length_so_offsets_survive(s):
    assert len(fold(s)) == len(s)


def test_fold_unifies_spellings():
    assert key("Aïn al-Assad") == "ain al assad"
    assert key("d’Aïn") == key("d'Ain")
    assert key("قاعدة عين الأسد") == key("قاعده عين الاسد")
    assert fold("١٢") == "12"
