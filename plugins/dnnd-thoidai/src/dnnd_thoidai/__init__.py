"""dnnd plugin for thoidai.com.vn (Tạp chí Thời Đại), scraped as text."""

# The parser lives in dnnd_thoidai.parser, imported when dnnd first reads a page (see dnnd_thoidai.plugin),
# so that loading the entry point, which imports this package, stays cheap.
