"""dnnd plugin: text pages laid out with a print link and doubled related headlines (outlet unidentified)."""

# The parser lives in dnnd_printfooter.parser, imported when dnnd first reads a page (see dnnd_printfooter.plugin),
# so that loading the entry point, which imports this package, stays cheap.

__all__ = ["PrintFooterParser"]


def __getattr__(name: str) -> object:
    """``from dnnd_printfooter import PrintFooterParser`` works: imported on first use (PEP 562)."""
    if name == "PrintFooterParser":
        from dnnd_printfooter.parser import PrintFooterParser

        return PrintFooterParser
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
