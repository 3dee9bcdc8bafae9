"""dnnd plugin: Báo Lào Cai articles republished on the Lào Cai provincial portal, scraped as text."""

# The parser lives in dnnd_laocaiportal.parser, imported when dnnd first reads a page (see dnnd_laocaiportal.plugin),
# so that loading the entry point, which imports this package, stays cheap.
