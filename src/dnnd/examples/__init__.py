"""A sample page shipped with dnnd, so that examples run from any folder, installed or not.

>>> import dnnd
>>> from dnnd.examples import SAMPLE
>>> dnnd.parse(SAMPLE).title
'Liên hiệp các tổ chức hữu nghị Cụm số 2 tổng kết hoạt động năm 2024'

The page is the Báo Lào Cai sample of the repository's ``examples/pages``
(scraped as text); the test suite keeps the two copies equal.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["SAMPLE"]

#: A real page scraped as text from Báo Lào Cai: a friendship unions' year-end meeting.
SAMPLE: Path = Path(__file__).parent / "baolaocai.txt"
