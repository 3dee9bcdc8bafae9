"""Testing helpers for dnnd and its plugins (hypothesis strategies, renderers)."""
