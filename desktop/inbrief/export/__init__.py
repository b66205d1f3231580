"""Brief -> PDF (Qt), Markdown, plain text and JSON; reads a Brief, never analyses.

Import the format you need: ``inbrief.export.pdf`` and ``inbrief.export.fonts`` import Qt,
``markdown``, ``jsonfile`` and ``atomic`` do not.
"""
