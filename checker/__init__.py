"""checker: find dated facts in news articles and flag where sources disagree."""

__version__ = "0.1.0"
