"""Fit the block model's weights on one half of the paste benchmark, score the other half.

Run: python tests/bench/block_fit.py [--renderer w3m|lynx|both] [--l2 X] [--pooled] [--drop F]

Reads the pages of paste_quality.py that have a hand-checked article body
(../shared/data/eval/extract/, rendered with w3m and lynx; skips cleanly without them). Each
page pasted as plain text is split into blocks as clean.blocks.find_article splits it; every
block from the body's first one on is a row of clean.block_model.FEATURES, labelled the
article's text when most of its 4-token shingles are in the page's body (a block of fewer
tokens: when its tokens stand in the body in a row), and weighted by its tokens over the
body's (what keeping or dropping it moves the page's precision or recall by). A logistic
model with an L2 penalty on the weights but the bias is fit by gradient descent on one half
and scored on the other, both ways (two-fold), as paste_quality.py scores it: body P, R and F1
of the pages cleaned with the weights fit, against the rules alone (no weights) and against
the shipped clean.block_model.WEIGHTS.

- ``--pooled``: the fit on both halves pooled (in-sample figures only: the two-fold ones are
  the estimate for unseen pages), printed as WEIGHTS to ship;
- ``--drop F``: the two-fold figures with FEATURES[F] left out (its weight held at 0).

Only counts are printed (no page names): the check half is for measuring, not for reading.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import paste_quality as bench  # noqa: E402

from inbrief.core import ingest  # noqa: E402
from inbrief.core.clean import block_model, clean_article  # noqa: E402
from inbrief.core.errors import InBriefError  # noqa: E402

L2_GRID = (0.001, 0.003, 0.01, 0.03)
FOLDS = 4


@dataclass
class Rendering:
    """One page as one renderer shows it: its text, body, and its blocks' rows."""

    half: str
    page: str
    renderer: str
    text: str
    body: str
    rows: np.ndarray  # one row per block from the body's first on
    labels: np.ndarray  # 1 for the article's text
    weights: np.ndarray  # the block's tokens over the body's


def tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def label(text: str, body_shingles: set[tuple[str, ...]], body_tokens: str) -> bool:
    """Return True when most of the 4-token shingles of ``text`` are in the body (fewer than
    four tokens: when they stand in the body in a row)."""
    found = tokens(text)
    if len(found) < 4:
        return bool(found) and f" {' '.join(found)} " in body_tokens
    grams = [tuple(found[i : i + 4]) for i in range(len(found) - 3)]
    return sum(g in body_shingles for g in grams) * 2 > len(grams)


def judged_blocks(text: str) -> list[tuple[str, tuple[float, ...]]]:
    """Return the text and features of each block of the pasted page ``text`` that the block
    model judges, as clean_article hands them to it (after every rule, with no weights)."""
    found: list[tuple[str, tuple[float, ...]]] = []
    original = block_model.revise

    def spy(page: block_model.Page, drop: set[int], fixed: Collection[int]) -> set[int]:
        found.extend((page.texts[index], row)
                     for index, row in block_model.judged(page, drop, fixed))
        return original(page, drop, fixed)

    block_model.revise = spy
    try:
        clean_article(ingest.load_text(text))
    finally:
        block_model.revise = original
    return found


def renderings(pages: list[bench.Page], renderers: list[str]) -> list[Rendering]:
    """Return each page with a body as each renderer shows it, read as a whole page."""
    found: list[Rendering] = []
    saved = block_model.WEIGHTS
    block_model.WEIGHTS = ()  # the rows read the rules' decisions only
    try:
        for page in pages:
            if page.body is None:
                continue
            body_shingles = set(bench.shingles(page.body))
            body_tokens = f" {' '.join(tokens(page.body))} "
            size = max(1, len(tokens(page.body)))
            for renderer in renderers:
                try:
                    text = ingest.load_text(bench.render(page, renderer)).text
                except (InBriefError, ValueError):
                    continue
                rows: list[tuple[float, ...]] = []
                labels: list[bool] = []
                weights: list[float] = []
                for model, row in judged_blocks(text):
                    rows.append(row)
                    labels.append(label(model, body_shingles, body_tokens))
                    weights.append(max(1, len(tokens(model))) / size)
                found.append(Rendering(
                    page.half, page.key, renderer, text, page.body,
                    np.array(rows, dtype=float).reshape(-1, len(block_model.FEATURES)),
                    np.array(labels, dtype=float), np.array(weights, dtype=float)))
    finally:
        block_model.WEIGHTS = saved
    return found


def fit(train: list[Rendering], l2: float, dropped: tuple[int, ...] = (),
        steps: int = 30) -> np.ndarray:
    """Return the weights maximising the weighted, penalised log-likelihood of the labels
    (Newton's method: the model has a few dozen weights)."""
    rows = np.vstack([r.rows for r in train])
    labels = np.concatenate([r.labels for r in train])
    weights = np.concatenate([r.weights for r in train])
    weights = weights / weights.sum()
    used = [n for n in range(rows.shape[1]) if n not in dropped]
    rows_used = rows[:, used]
    penalty = np.full(len(used), l2)
    penalty[used.index(block_model.FEATURES.index("bias"))] = 0.0
    w = np.zeros(len(used))
    for _ in range(steps):
        probability = 1 / (1 + np.exp(-(rows_used @ w)))
        gradient = rows_used.T @ (weights * (labels - probability)) - penalty * w
        curvature = (rows_used * (weights * probability * (1 - probability))[:, None]).T @ rows_used
        step = np.linalg.solve(curvature + np.diag(penalty) + 1e-9 * np.eye(len(used)), gradient)
        w += step
        if np.abs(step).max() < 1e-6:
            break
    full = np.zeros(rows.shape[1])
    full[used] = w
    return full


def scores(test: list[Rendering], weights: tuple[float, ...]) -> tuple[float, float, float]:
    """Return body P, R, F1 of the pages of ``test`` cleaned with the block model's
    ``weights`` (none: the rules alone)."""
    saved = block_model.WEIGHTS
    block_model.WEIGHTS = weights
    try:
        pairs = [bench.precision_recall(clean_article(ingest.load_text(r.text)).article.text,
                                        r.body) for r in test]
    finally:
        block_model.WEIGHTS = saved
    return bench.f1_of_means(pairs)


def chosen_l2(train: list[Rendering], dropped: tuple[int, ...]) -> float:
    """Return the L2 penalty of L2_GRID with the best body F1 in a FOLDS-fold cross
    validation within ``train`` (a page's renderings in one fold)."""
    pages = sorted({r.page for r in train})
    fold = {page: number % FOLDS for number, page in enumerate(pages)}
    best, best_f1 = L2_GRID[0], -1.0
    for l2 in L2_GRID:
        pairs_f1 = []
        for number in range(FOLDS):
            inside = [r for r in train if fold[r.page] != number]
            weights = tuple(fit(inside, l2, dropped))
            pairs_f1.append(scores([r for r in train if fold[r.page] == number], weights)[2])
        if np.mean(pairs_f1) > best_f1:
            best, best_f1 = l2, float(np.mean(pairs_f1))
    return best


def line(label_: str, test: list[Rendering], weights: tuple[float, ...],
         renderers: list[str]) -> str:
    parts = []
    for renderer in renderers:
        p, r, f1 = scores([x for x in test if x.renderer == renderer], weights)
        parts.append(f"{renderer} P {p:.3f} R {r:.3f} F1 {f1:.3f}")
    return f"  {label_:30} " + ", ".join(parts)


def named(weights: np.ndarray) -> str:
    return ", ".join(f"{n} {w:+.2f}" for n, w in zip(block_model.FEATURES, weights, strict=True))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--renderer", choices=("w3m", "lynx", "both"), default="both")
    parser.add_argument("--l2", type=float, default=None,
                        help="L2 penalty (default: chosen by cross validation in the half)")
    parser.add_argument("--pooled", action="store_true", help="fit on both halves pooled")
    parser.add_argument("--drop", type=int, action="append", default=[],
                        help="leave FEATURES[N] out (repeatable)")
    parser.add_argument("--margin", type=float, default=0.0)
    args = parser.parse_args()
    block_model.MARGIN = args.margin
    pages = bench.load_pages(None)
    if not pages:
        print(f"No evaluation pages under {bench.EVAL}: skipped.")
        return 0
    renderers = ["w3m", "lynx"] if args.renderer == "both" else [args.renderer]
    renderers = [name for name in renderers if shutil.which(name)]
    if not renderers:
        print("w3m/lynx not installed (apt-get install -y w3m lynx): skipped.")
        return 0
    found = renderings(pages, renderers)
    dropped = tuple(args.drop)
    if dropped:
        print("left out: " + ", ".join(block_model.FEATURES[n] for n in dropped))
    halves = {half: [r for r in found if r.half == half] for half in ("tune", "check")}
    for half, listed in halves.items():
        blocks = sum(len(r.labels) for r in listed)
        article = int(sum(r.labels.sum() for r in listed))
        print(f"{half}: {len(listed)} renderings, {blocks} blocks, {article} of the article")
        print(line("rules alone", listed, (), renderers))
        if block_model.WEIGHTS:
            print(line("shipped WEIGHTS", listed, block_model.WEIGHTS, renderers))
    for half, other in (("tune", "check"), ("check", "tune")):
        l2 = args.l2 if args.l2 is not None else chosen_l2(halves[half], dropped)
        weights = fit(halves[half], l2, dropped)
        print(f"fit on {half} (L2 {l2}): {named(weights)}")
        print(line(f"scored on {other} (held out)", halves[other], tuple(weights), renderers))
        print(line(f"scored on {half} (fit on)", halves[half], tuple(weights), renderers))
    if args.pooled:
        pooled = halves["tune"] + halves["check"]
        l2 = args.l2 if args.l2 is not None else chosen_l2(pooled, dropped)
        weights = fit(pooled, l2, dropped)
        print(f"fit on both halves pooled (L2 {l2}), in-sample only: {named(weights)}")
        print("  WEIGHTS = (" + ", ".join(f"{w:.2f}" for w in weights) + ")")
        for half in ("tune", "check"):
            print(line(f"pooled fit on {half}", halves[half], tuple(weights), renderers))
    return 0


if __name__ == "__main__":
    sys.exit(main())
