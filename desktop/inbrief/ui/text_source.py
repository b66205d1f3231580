"""Where the editor's text came from: the Article of a loaded file or of a paste read from HTML."""

from __future__ import annotations

import dataclasses
import difflib
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
        if meta is not None and (self.from_file or meta.format == "html"
                                 and edited(meta.text, text)):
            # The user edited a loaded file, or the article a paste read from HTML: keep its
            # title, date and source, and read it as the article it is (not as a whole page
            # to find an article in: its lists would go as menus). A paste's text undone to
            # the clipboard's, or to the text before, is not the article.
            return lambda: dataclasses.replace(meta, text=text)
        return lambda: load_text(text)

    def reopenable(self) -> tuple[str, str] | None:
        """Return (path, encoding it was read with) of the text file the editor shows, or None
        (pasted or typed text, PDF and Word files: no encoding to choose)."""
        article = self.article
        if not self.from_file or article is None or not article.encoding or not self.path:
            return None
        return self.path, article.encoding


# An edit of a text, not another text: at most this share of its lines new or gone (two
# whatever its length), half of them kept. The clipboard's plain text a paste's Ctrl+Z gives
# back has the page's menus and teasers around the article: many lines the article lacks. A
# text of a few lines is compared character by character.
EDIT_SHARE = 0.2
EDIT_LINES = 2
SHORT_LINES = 3
SHORT_SIMILAR = 0.8


def edited(before: str, after: str) -> bool:
    """Return True when ``after`` is ``before`` edited: a word fixed, a line or paragraph
    added or removed."""
    old = [line.strip() for line in before.split("\n") if line.strip()]
    new = [line.strip() for line in after.split("\n") if line.strip()]
    if not old or not new:
        return False
    if len(old) <= SHORT_LINES:
        return difflib.SequenceMatcher(None, before, after).ratio() >= SHORT_SIMILAR
    old_set, new_set = set(old), set(new)
    added = sum(line not in old_set for line in new)
    gone = sum(line not in new_set for line in old)
    return (added + gone <= max(EDIT_LINES, EDIT_SHARE * len(old))
            and len(old) - gone >= len(old) / 2)
