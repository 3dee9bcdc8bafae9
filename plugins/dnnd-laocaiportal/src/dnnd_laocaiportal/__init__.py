"""dnnd plugin: Báo Lào Cai articles republished on the Lào Cai provincial portal, scraped as text."""

from dnnd_laocaiportal.parser import LaocaiPortalParser

__all__ = ["LaocaiPortalParser"]
