"""Vietnamese text helpers: normalisation, numbers, dates, sentences."""
