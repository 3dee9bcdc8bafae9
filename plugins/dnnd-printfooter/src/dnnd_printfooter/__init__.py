"""dnnd plugin: text pages laid out with a print link and doubled related headlines (outlet unidentified)."""

# The parser lives in dnnd_printfooter.parser, imported when dnnd first reads a page (see dnnd_printfooter.plugin),
# so that loading the entry point, which imports this package, stays cheap.
