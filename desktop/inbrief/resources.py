"""The one place that knows where resources/ is: source tree, installed wheel or frozen bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """Return the directory holding fonts, icons and the sample article."""
    here = Path(__file__).resolve().parent
    candidates = [
        here / "resources",  # installed wheel (force-included) or frozen bundle layout
        here.parent.parent / "resources",  # source checkout: desktop/inbrief -> repo root
    ]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.insert(0, Path(frozen_root) / "inbrief" / "resources")
    for candidate in candidates:
        if (candidate / "sample-article.txt").is_file():
            return candidate
    raise FileNotFoundError("InBrief resources folder not found; the installation is incomplete")


def resource(*parts: str) -> Path:
    """Return the path of a file under resources/."""
    return resources_dir().joinpath(*parts)


def sample_article() -> Path:
    return resource("sample-article.txt")
