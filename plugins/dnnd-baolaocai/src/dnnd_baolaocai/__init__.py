"""dnnd plugin: pages of baolaocai.vn (Báo Lào Cai) scraped as text."""

# The parser lives in dnnd_baolaocai.parser, imported when dnnd first reads a page (see dnnd_baolaocai.plugin),
# so that loading the entry point, which imports this package, stays cheap.

__all__ = ["BaolaocaiParser"]


def __getattr__(name: str) -> object:
    """``from dnnd_baolaocai import BaolaocaiParser`` works: imported on first use (PEP 562)."""
    if name == "BaolaocaiParser":
        from dnnd_baolaocai.parser import BaolaocaiParser

        return BaolaocaiParser
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
