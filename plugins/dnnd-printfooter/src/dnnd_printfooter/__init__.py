"""dnnd plugin: text pages laid out with a print link and doubled related headlines (outlet unidentified)."""

from dnnd_printfooter.parser import PrintFooterParser

__all__ = ["PrintFooterParser"]
