"""one_space: the runs of white space made one space, with a fast path for strings spaced once already."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from dnnd.text.normalize import one_space

_SPACES = " \t\n\u00a0\u2003\u3000\x1c"


@given(st.text(alphabet=st.sampled_from(["a", "ễ", "Đ", "1", ".", *_SPACES])))
def test_one_space_is_the_plain_substitution(text: str) -> None:
    assert one_space(text) == re.sub(r"\s+", " ", text)


def test_one_space_keeps_single_spaces_and_edges_and_folds_the_rest() -> None:
    assert one_space(" triệu đồng ") == " triệu đồng "
    assert one_space("nghìn\u00a0tỷ  đồng") == "nghìn tỷ đồng"
    assert one_space("Ủy ban\nnhân dân\t\ttỉnh") == "Ủy ban nhân dân tỉnh"
