"""dnnd plugin for thoidai.com.vn (Tạp chí Thời Đại), scraped as text."""

from dnnd_thoidai.parser import ThoidaiParser

__all__ = ["ThoidaiParser"]
