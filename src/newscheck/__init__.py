"""newscheck: claims, sources and cross-checks from the news, with evidence."""

__version__ = "0.1.0"

