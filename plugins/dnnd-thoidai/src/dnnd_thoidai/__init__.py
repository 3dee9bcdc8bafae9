"""dnnd plugin for thoidai.com.vn (Tạp chí Thời Đại), scraped as text."""

# The parser lives in dnnd_thoidai.parser, imported when dnnd first reads a page (see dnnd_thoidai.plugin),
# so that loading the entry point, which imports this package, stays cheap.

__all__ = ["ThoidaiParser"]


def __getattr__(name: str) -> object:
    """``from dnnd_thoidai import ThoidaiParser`` works: imported on first use (PEP 562)."""
    if name == "ThoidaiParser":
        from dnnd_thoidai.parser import ThoidaiParser

        return ThoidaiParser
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
