"""The summary algorithms, one record each, in the order the command line and the window list them.

Cheap to import (no numpy, no sumy): the command line and the window read it at start-up.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

Ranker = Literal["auto", "lead", "sumy"]


@dataclass(frozen=True)
class Algorithm:
    """A way to rank sentences that the user can choose."""

    name: str  # the --algorithm value and AnalysisOptions.algorithm (a stable contract)
    label: str  # what the window's list and the notes call it
    description: str  # one line, the list's tool tip
    ranker: Ranker  # the code that ranks: InBrief's own, document order, or sumy's summarizer
    # The most sentences a sumy summarizer rates at once (its cost grows with the square or
    # worse): beyond it, it rates the best candidates chosen by InBrief's own ranker.
    candidate_limit: int | None = None


_ALL = (
    Algorithm(
        "auto",
        "Auto",
        "InBrief's ranker: position, centrality, keywords, title and names, no repeats",
        "auto",
    ),
    Algorithm("lead", "Lead", "The opening sentences, in document order", "lead"),
    Algorithm(
        "lexrank", "LexRank", "LexRank (sumy): sentences most similar to many others", "sumy", 150
    ),
    Algorithm(
        "textrank",
        "TextRank",
        "TextRank (sumy): PageRank over shared words between sentences",
        "sumy",
        200,
    ),
    Algorithm(
        "lsa",
        "LSA",
        "LSA (sumy): sentences that best cover the text's main latent topics",
        "sumy",
        200,
    ),
    Algorithm(
        "luhn", "Luhn", "Luhn (sumy): sentences dense in the text's frequent words", "sumy", 2000
    ),
    Algorithm(
        "edmundson",
        "Edmundson",
        "Edmundson (sumy): cue words, key words, title words and position",
        "sumy",
        2000,
    ),
    Algorithm(
        "kl",
        "KL-Sum",
        "KL-Sum (sumy): keeps the summary's word distribution close to the text's",
        "sumy",
        60,
    ),
    Algorithm(
        "sumbasic",
        "SumBasic",
        "SumBasic (sumy): frequent words, down-weighted once covered",
        "sumy",
        300,
    ),
    Algorithm(
        "reduction",
        "Reduction",
        "Reduction (sumy): sentences sharing the most words with the others",
        "sumy",
        100,
    ),
)

# name -> Algorithm, in the order users see them.
ALGORITHMS: Mapping[str, Algorithm] = MappingProxyType({a.name: a for a in _ALL})


def get_algorithm(name: str) -> Algorithm:
    """Return the algorithm called ``name``; raise ValueError naming the valid ones."""
    found = ALGORITHMS.get(name)
    if found is None:
        raise ValueError(
            f"Unknown summary algorithm {name!r}: choose one of {', '.join(ALGORITHMS)}."
        )
    return found
