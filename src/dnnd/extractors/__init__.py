"""Built-in extractors, one module per kind of mention (the function is :func:`dnnd.extract`)."""
