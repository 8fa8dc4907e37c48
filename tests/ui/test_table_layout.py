"""The task table's width arithmetic: the fast cell count agrees with rich's for any text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from dithub.ui.table_layout import cells


@given(st.text())
def test_cells_counts_like_rich(text: str) -> None:
    assert cells(text) == cell_len(text)


def test_cells_of_vietnamese_wide_and_combining() -> None:
    assert cells("Kiểm tra IPv6 tại Sở “Đài truyền thanh” – 2020") == 46
    assert cells("日本") == 4  # wide: two cells each
    assert cells("e\u0301") == 1  # a combining accent takes no cell
