"""dnnd plugin: pages of baolaocai.vn (Báo Lào Cai) scraped as text."""

from dnnd_baolaocai.parser import BaolaocaiParser

__all__ = ["BaolaocaiParser"]
