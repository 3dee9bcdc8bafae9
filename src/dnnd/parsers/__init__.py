"""Built-in parsers: generic scraped text and generic HTML, plus the shared machinery."""
