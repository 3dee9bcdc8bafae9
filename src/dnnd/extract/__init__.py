"""Built-in extractors, one module per kind of mention."""
