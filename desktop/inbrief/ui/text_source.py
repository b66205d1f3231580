"""Where the editor's text came from: the Article of a loaded file or of a paste read from HTML."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from inbrief.core.article import Article
from inbrief.ui.analysis_job import load_text


@dataclass
class TextSource:
    """The Article the editor's text came from, if any: its title, byline and date apply to
    the text (a file's to its edits too, a paste's only to its own text)."""

    article: Article | None = None
    from_file: bool = False
    path: str | None = None  # the file the editor's text was loaded from

    def article_for(self, text: str) -> Callable[[], Article]:
        """Return how to build the Article for ``text`` (in the worker: parsing may be slow)."""
        meta = self.article
        if meta is not None and text == meta.text:
            return lambda: meta
        if meta is not None and self.from_file:
            # The user edited a loaded file: keep its title, date and source. (A paste's
            # text undone to the clipboard's, or to the text before, is not the article.)
            return lambda: dataclasses.replace(meta, text=text)
        return lambda: load_text(text)

    def reopenable(self) -> tuple[str, str] | None:
        """Return (path, encoding it was read with) of the text file the editor shows, or None
        (pasted or typed text, PDF and Word files: no encoding to choose)."""
        article = self.article
        if not self.from_file or article is None or not article.encoding or not self.path:
            return None
        return self.path, article.encoding
