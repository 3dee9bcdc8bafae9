"""Outlet parsers claim their own outlet's HTML pages and read them with the generic machinery."""

from __future__ import annotations

import attrs
from hypothesis import assume, given

import dnnd
from dnnd import Article, RawDocument, Registry
from dnnd.parsers.outlet_html import host_of, page_url, sniff_outlet_html
from dnnd.parsers.text import TextParser
from dnnd.testing.html_render import Furniture, expected_blocks, furnitures, render_page
from dnnd.testing.strategies import articles
from dnnd.text.normalize import match_key


class ExampleOutlet(TextParser):
    """An outlet parser for the imaginary host example.vn."""

    name = "example"
    site = "Báo Ví Dụ"
    hosts = ("example.vn",)

    def sniff(self, doc: RawDocument) -> dnnd.Sniff:
        return self.sniff_html(doc)


class Plugin:
    __name__ = "example-plugin"

    @dnnd.hookimpl
    def dnnd_parsers(self) -> list:
        return [ExampleOutlet()]


REGISTRY = Registry(entry_points=False, plugins=[Plugin()])


def _heading_free(article: Article) -> bool:
    # The generic parser drops a sub-heading that repeats the headline (see test_html_parser).
    key = match_key(article.title or "")
    return not any(isinstance(b, dnnd.Heading) and match_key(b.text) == key for b in article.blocks)


@given(articles(), furnitures())
def test_outlet_html_round_trip(article: Article, furniture: Furniture) -> None:
    assume(_heading_free(article))
    article = attrs.evolve(article, url="https://www.example.vn/bai-viet-post1.html")
    parsed = dnnd.parse(RawDocument(render_page(article, furniture), source="page.html"), registry=REGISTRY)
    assert parsed.parser == "example"
    assert parsed.site == "Báo Ví Dụ"
    assert parsed.title == article.title
    assert parsed.blocks == expected_blocks(article)
    assert parsed.url == article.url


@given(articles())
def test_other_hosts_fall_to_the_generic_parser(article: Article) -> None:
    article = attrs.evolve(article, url="https://notexample.vn/a.html")
    page = RawDocument(render_page(article, Furniture()), source="page.html")
    assert dnnd.parse(page, registry=REGISTRY).parser == "html"


def test_host_matching() -> None:
    assert host_of("https://WWW.Thoidai.com.vn/x") == "thoidai.com.vn"
    assert host_of(None) is None
    html = '<html><head><link rel="canonical" href="https://m.example.vn/a"></head><body><p>x</p></body></html>'
    doc = RawDocument(html)
    assert page_url(doc) == "https://m.example.vn/a"
    assert sniff_outlet_html(doc, ("example.vn",)).confidence > 0.5
    assert sniff_outlet_html(doc, ("other.vn",)).confidence == 0
    assert sniff_outlet_html(RawDocument("plain text, not HTML"), ("example.vn",)).confidence == 0
