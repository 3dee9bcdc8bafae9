"""Name keys are cached; page-sized texts are not, so that a long run's memory stays flat."""

from __future__ import annotations

from dnnd.text import normalize
from dnnd.text.normalize import ascii_key, match_key


def test_a_page_sized_text_is_keyed_without_growing_the_cache() -> None:
    page = "Liên hiệp các tổ chức hữu nghị tỉnh Lào Cai. " * 2000
    before = (normalize._match_key.cache_info().currsize, normalize._ascii_key.cache_info().currsize)
    assert match_key(page) == match_key(page.upper())
    assert ascii_key(page).startswith("lien hiep cac to chuc huu nghi tinh lao cai.")
    after = (normalize._match_key.cache_info().currsize, normalize._ascii_key.cache_info().currsize)
    assert after == before


def test_a_name_is_keyed_the_same_whether_cached_or_not() -> None:
    name = "Liên Hiệp  các tổ chức hữu nghị  Thừa Thiên Huế"
    assert match_key(name) == normalize._match_key.__wrapped__(name)
    assert ascii_key(name) == "lien hiep cac to chuc huu nghi thua thien hue"
