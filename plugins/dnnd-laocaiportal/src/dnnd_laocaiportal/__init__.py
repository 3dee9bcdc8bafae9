"""dnnd plugin: Báo Lào Cai articles republished on the Lào Cai provincial portal, scraped as text."""

# The parser lives in dnnd_laocaiportal.parser, imported when dnnd first reads a page (see dnnd_laocaiportal.plugin),
# so that loading the entry point, which imports this package, stays cheap.

__all__ = ["LaocaiPortalParser"]


def __getattr__(name: str) -> object:
    """``from dnnd_laocaiportal import LaocaiPortalParser`` works: imported on first use (PEP 562)."""
    if name == "LaocaiPortalParser":
        from dnnd_laocaiportal.parser import LaocaiPortalParser

        return LaocaiPortalParser
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
