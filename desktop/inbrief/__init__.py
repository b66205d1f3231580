"""InBrief: offline article summaries with people, places, dates and a one-page PDF brief."""

__version__ = "0.1.0"
