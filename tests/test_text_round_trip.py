"""The text parser gives back an article rendered as a scraped page with any furniture shape."""

from __future__ import annotations

from hypothesis import given, settings

import dnnd
from dnnd.testing.text_render import TextFurniture, expected_blocks, render_text_page, text_articles, text_furnitures


@settings(max_examples=150, deadline=None)
@given(text_articles(), text_furnitures())
def test_any_furniture_shape_gives_back_the_article(article: dnnd.Article, furniture: TextFurniture) -> None:
    page = render_text_page(article, furniture)
    parsed = dnnd.parse(page, parser="text")
    assert parsed.title == article.title, page
    assert parsed.blocks == expected_blocks(article, furniture), page
    assert parsed.published == article.published, page
    assert parsed.authors == article.authors, page
