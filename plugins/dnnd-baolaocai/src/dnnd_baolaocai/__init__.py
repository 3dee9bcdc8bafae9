"""dnnd plugin: pages of baolaocai.vn (Báo Lào Cai) scraped as text."""

# The parser lives in dnnd_baolaocai.parser, imported when dnnd first reads a page (see dnnd_baolaocai.plugin),
# so that loading the entry point, which imports this package, stays cheap.
