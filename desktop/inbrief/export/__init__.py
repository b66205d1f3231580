"""Brief -> PDF (Qt), Markdown, plain text and JSON; reads a Brief, never analyses.

``formats.FORMATS`` is the one registry of formats (label, extension, render) the window and
the command line share; ``formats.write`` writes one atomically. Only ``pdf`` and ``fonts``
import Qt (the PDF format imports them when it renders).
"""
