"""Hypothesis settings for every test of the repository: the library's and the bundled plugins'.

CI draws the same examples every run (a landing must not hang on a lucky draw) and sets no per-example
deadline (a loaded machine is slow, not wrong); the dev profile explores new examples each time: run
`HYPOTHESIS_PROFILE=dev pytest` while working. Loaded here, at the root, so that a plugin's tests run
alone get the same settings as in the full run.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
