"""Fit the headline picker's weights on one half of the paste benchmark, score the other half.

Run: python tests/bench/headline_fit.py [--renderer w3m|lynx|chromium|both|all] [--l2 X] [--try]
[--pooled]

Reads the pages of paste_quality.py (../shared/data/eval/, rendered with w3m and lynx; skips
cleanly without them). For each page pasted as plain text, every candidate headline that
clean.headline.pick_headline chooses from is listed with its features (clean.headline.FEATURES)
and whether it is the page's title (paste_quality.title_right). A conditional logit (a softmax
over the page's candidates plus "no headline", whose utility is 0; L2 penalty on the weights
but the bias, its strength chosen by cross validation within the half fit on) is fit by
gradient descent on one half and scored on the other, both ways:

- fit on tune -> titles right on check, fit on check -> titles right on tune (two-fold);
- the weights shipped in clean.headline.WEIGHTS on both halves, for comparison;
- how many pages have the right title among the candidates at all (the ceiling);
- ``--try``: the two-fold titles right with each feature of clean.headline_tried.TRIED added to
  FEATURES, adding the best while the two-fold total grows (forward selection; with
  ``--outside``, its pages are in both folds' fits);
- ``--pooled``: the fit on both halves pooled, the one shipped in WEIGHTS (in-sample figures
  only: the two-fold ones are the estimate for unseen pages);
- ``--outside DIR``: other extractors' test pages (outside_pages.py, fetched once with
  ``--fetch``) as a third set: the weights shipped scored on it, each half fit with it added
  (its pages without the right title among the candidates left out: their titles are the
  least sure) and scored on the other half, the two halves' fit scored on it, and the fit on
  all three pooled (``--pooled``).

Only counts are printed (no page names): the check half is for measuring, not for reading.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import outside_pages  # noqa: E402
import paste_quality as bench  # noqa: E402

from inbrief.core import ingest  # noqa: E402
from inbrief.core.clean.blocks import _article_run, _Run, headline_candidates  # noqa: E402
from inbrief.core.clean.headline import FEATURES, WEIGHTS, utility  # noqa: E402
from inbrief.core.clean.headline_tried import TRIED, tried_features  # noqa: E402
from inbrief.core.clean.rules import BoilerplateLines  # noqa: E402
from inbrief.core.clean.title_like import _BREADCRUMB, not_headline_because  # noqa: E402
from inbrief.core.errors import InBriefError  # noqa: E402


@dataclass
class Choice:
    """One page as one renderer shows it: its candidates' features, and which is right."""

    half: str
    page: str
    renderer: str
    features: np.ndarray  # one row per candidate
    right: list[int]  # the rows of the right title (one text can stand twice on a page)
    texts: list[str]
    absent: str = ""  # when no candidate is right: why the right title is not one
    tried: np.ndarray | None = None  # one row per candidate: clean.headline_tried.TRIED

    def with_columns(self, tried: list[int]) -> Choice:
        """Return this page with the TRIED features ``tried`` added to its features."""
        assert self.tried is not None
        rows = np.hstack([self.features, self.tried[:, tried]])
        return Choice(self.half, self.page, self.renderer, rows, self.right, self.texts,
                      self.absent)


def choices(pages: list[bench.Page], renderers: list[str],
            known: dict[str, list[str]] | None = None) -> tuple[list[Choice], int]:
    """Return the pages with candidates, and how many pages were not whole pages at all
    (their right titles from ``known`` by page key, else paste_quality.expected_titles)."""
    found: list[Choice] = []
    skipped = 0
    for page in pages:
        titles = (known or {}).get(page.key) or bench.expected_titles(page)
        if not titles:
            continue
        for renderer in renderers:
            try:
                text = ingest.load_text(bench.render(page, renderer)).text
            except (InBriefError, ValueError):
                skipped += 1
                continue
            listed = headline_candidates(text)
            run = _article_run(text.split("\n"), BoilerplateLines())
            if listed is None or run is None:
                skipped += 1
                continue
            rows = np.array([f for _, _, f in listed], dtype=float).reshape(-1, len(FEATURES))
            right = [n for n, (_, t, _) in enumerate(listed) if bench.title_right(t, titles)]
            half = "outside" if known else page.half
            choice = Choice(half, page.key, renderer, rows, right, [t for _, t, _ in listed])
            blocks = [block.text for block in run.blocks]
            choice.tried = np.array([tried_features(blocks, run.opening, index, run.lead)
                                     for index, _, _ in listed],
                                    dtype=float).reshape(-1, len(TRIED))
            if not right:
                choice.absent = why_absent(text, titles)
            found.append(choice)
    return found, skipped


def why_absent(text: str, titles: list[str]) -> str:
    """Return why no candidate of the page ``text`` is its title: the title is no block of
    the page (inside a longer block, where; split over blocks; nowhere), sits below the
    body's start or too far above it, or is no headline because
    (clean.headline.not_headline_because, with the reason a two-sentence title fails too)."""
    run = _article_run(text.split("\n"), BoilerplateLines())
    if run is None:
        return "no whole page"
    texts = [block.text for block in run.blocks]
    at = next((i for i, t in enumerate(texts) if bench.title_right(t, titles)), None)
    if at is None:
        return "not a block of its own: " + where_inside(run, texts, titles)
    where = "below the body's start" if at >= run.opening else ""
    reason = not_headline_because(texts[at])
    if reason == "two sentences":
        reason += " and " + (not_headline_because(texts[at], two_sentences=True) or "none")
    if reason and reason.endswith("breadcrumb"):
        match = _BREADCRUMB.search(texts[at])
        reason += f" ({match.group().strip() or 'blank'})" if match else " (/)"
    if reason and reason.endswith("first character"):
        reason += " (a quote or bracket)" if texts[at][:1] in "„»‚「『《([<‹" else " (other)"
    if reason == "length":
        reason += " (long)" if len(texts[at].split()) > 10 else " (short)"
    if where:
        return f"{where}, " + (f"not title-like: {reason}" if reason else "title-like")
    return f"not title-like: {reason}" if reason else "too far above the body"


def where_inside(run: _Run, texts: list[str], titles: list[str]) -> str:
    """Return where the title stands when no block is the title: in a longer block (at its
    start, end or middle; one of its lines or not), over consecutive blocks, or nowhere."""
    keys = [bench.key(t) for t in titles if len(bench.key(t)) >= 8]
    for index, text in enumerate(texts):
        block_key = bench.key(text)
        found = next((k for k in keys if k in block_key), None)
        if found is None:
            continue
        place = ("start" if block_key.startswith(found) else
                 "end" if block_key.endswith(found) else "middle")
        block = run.blocks[index]
        lines = block.last - block.first + 1
        side = "above" if index < run.opening else "in or below"
        return f"in a longer block ({place}, {lines} lines, {side} the body's start)"
    for index in range(len(texts)):
        joined = ""
        for end in range(index, min(index + 4, len(texts))):
            joined += bench.key(texts[end])
            if any(joined == k for k in keys):
                return f"over {end - index + 1} blocks"
            if not any(k.startswith(joined) for k in keys):
                break
    return "nowhere"


def fit(train: list[Choice], l2: float, steps: int = 2000, rate: float = 0.5) -> np.ndarray:
    """Return the weights maximising the penalised log-likelihood of the right choices (on a
    page without the right title among its candidates, "no headline")."""
    train = [c for c in train if len(c.features)]
    rows = np.vstack([c.features for c in train])
    starts = np.cumsum([0] + [len(c.features) for c in train])[:-1]
    group = np.repeat(np.arange(len(train)), [len(c.features) for c in train])
    right = np.zeros(len(rows), dtype=bool)
    for number, choice in enumerate(train):
        right[starts[number] + np.array(choice.right, dtype=int)] = True
    has_right = np.add.reduceat(right.astype(float), starts) > 0
    weights = np.zeros(rows.shape[1])
    penalty = np.ones(rows.shape[1])
    penalty[FEATURES.index("bias")] = 0.0
    for _ in range(steps):
        scores = rows @ weights
        top = np.maximum(np.maximum.reduceat(scores, starts), 0.0)
        exp = np.exp(scores - top[group])
        total = np.add.reduceat(exp, starts) + np.exp(-top)  # "no headline" has utility 0
        probability = exp / total[group]
        expected = np.add.reduceat(probability[:, None] * rows, starts)
        # The features expected given that one of the right rows won (0 when none is right).
        won = np.where(right, probability, 0.0)
        won_total = np.add.reduceat(won, starts)
        share = np.divide(won, won_total[group], out=np.zeros_like(won),
                          where=won_total[group] > 0)
        observed = np.add.reduceat(share[:, None] * rows, starts)
        observed[~has_right] = 0.0
        gradient = (observed - expected).sum(axis=0) - l2 * penalty * weights
        weights += rate * gradient / len(train)
    return weights


L2_GRID = (0.03, 0.1, 0.3, 1.0, 3.0)
FOLDS = 4


def chosen_l2(train: list[Choice]) -> float:
    """Return the L2 penalty of L2_GRID with the most titles right in a FOLDS-fold cross
    validation within ``train`` (a page's renderings in one fold; ties to the larger)."""
    pages = sorted({c.page for c in train})
    fold = {page: number % FOLDS for number, page in enumerate(pages)}
    best, best_right = L2_GRID[0], -1
    for l2 in L2_GRID:
        right = 0
        for number in range(FOLDS):
            inside = [c for c in train if fold[c.page] != number]
            right += right_count([c for c in train if fold[c.page] == number], fit(inside, l2))
        if right >= best_right:
            best, best_right = l2, right
    return best


def right_count(test: list[Choice], weights: np.ndarray | tuple[float, ...]) -> int:
    """Return on how many pages the candidate of the highest utility above 0 is right."""
    count = 0
    for choice in test:
        if not len(choice.features) or not choice.right:
            continue
        scores = [utility(tuple(row), tuple(weights)) for row in choice.features]
        best = int(np.argmax(scores))
        count += scores[best] > 0 and best in choice.right
    return count


def misses(test: list[Choice], weights: np.ndarray) -> None:
    """Print the pages of ``test`` whose best candidate is wrong: it and the right one."""
    print("misses on the tune half (fit on tune):")
    for choice in test:
        if not choice.right or not len(choice.features):
            continue
        scores = choice.features @ weights
        best = int(np.argmax(scores))
        if best in choice.right and scores[best] > 0:
            continue
        for label, row in (("got", best), ("right", choice.right[0])):
            features = " ".join(f"{n}={x:.2f}" for n, x in
                                zip(FEATURES[1:], choice.features[row][1:], strict=True))
            print(f"  {choice.renderer:4} {label:5} {scores[row]:+.2f} "
                  f"{choice.texts[row][:60]!r} {features}")


def miss_summary(test: list[Choice], weights: np.ndarray | tuple[float, ...]) -> None:
    """Print, over the pages of ``test`` whose best candidate is wrong, the mean features of
    the candidate picked and of the right one (counts and means only, no page)."""
    got, right = [], []
    for choice in test:
        if not choice.right or not len(choice.features):
            continue
        scores = choice.features @ np.asarray(weights)
        best = int(np.argmax(scores))
        if best in choice.right and scores[best] > 0:
            continue
        got.append(choice.features[best])
        right.append(choice.features[max(choice.right, key=lambda row: scores[row])])
        right[-1] = np.append(right[-1], float(len(choice.features)))
    if not got:
        return
    print(f"  {len(got)} misses; mean features of the candidate picked / the right one:")
    for number, name in enumerate(FEATURES[1:], start=1):
        print(f"    {name:14} {np.mean([g[number] for g in got]):5.2f} / "
              f"{np.mean([r[number] for r in right]):5.2f}")
    print(f"    candidates a page: {np.mean([r[-1] for r in right]):.1f}")


def two_fold(halves: dict[str, list[Choice]], columns: list[int],
             l2: float | None) -> tuple[int, int]:
    """Return the titles right fit on tune scored on check, and fit on check scored on tune,
    with the TRIED features ``columns`` added (the L2 penalty chosen within the half fit on)."""
    counts = []
    for half, other in (("tune", "check"), ("check", "tune")):
        train = [c.with_columns(columns) for c in halves[half] + halves.get("outside", [])]
        test = [c.with_columns(columns) for c in halves[other]]
        counts.append(right_count(test, fit(train, l2 if l2 is not None else chosen_l2(train))))
    return counts[0], counts[1]


def try_features(halves: dict[str, list[Choice]], l2: float | None) -> None:
    """Print the two-fold titles right with FEATURES alone and with each TRIED feature added,
    then add the best one while the two-fold total grows (forward selection)."""
    print("two-fold titles right (fit tune -> check, fit check -> tune):")
    chosen: list[int] = []
    best = sum(two_fold(halves, chosen, l2))
    print(f"  FEATURES alone: total {best}")
    while True:
        scores = {}
        for column in range(len(TRIED)):
            if column in chosen:
                continue
            counts = two_fold(halves, [*chosen, column], l2)
            scores[column] = sum(counts)
            print(f"    + {TRIED[column]:20} tune->check {counts[0]}, check->tune {counts[1]}"
                  f"  total {sum(counts)}")
        if not scores or max(scores.values()) <= best:
            break
        column = max(scores, key=lambda c: scores[c])
        chosen.append(column)
        best = scores[column]
        print(f"  added {TRIED[column]}: total {best}")
    print("  chosen: " + (", ".join(TRIED[c] for c in chosen) or "none"))


def table(label: str, test: list[Choice], weights: np.ndarray | tuple[float, ...],
          renderers: list[str]) -> str:
    parts = []
    for renderer in renderers:
        chosen = [c for c in test if c.renderer == renderer]
        parts.append(f"{renderer} {right_count(chosen, weights)}/{len(chosen)}")
    return f"  {label:34} " + ", ".join(parts)


def outside(args: argparse.Namespace, halves: dict[str, list[Choice]],
            renderers: list[str]) -> list[Choice]:
    """Print the titles right on the outside pages and with them added to each half's fit;
    return those with the right title among their candidates (for ``--try``'s fits)."""
    if args.fetch:
        outside_pages.fetch(args.outside)
    listed = outside_pages.pages(args.outside)
    if not listed:
        print(f"no outside pages in {args.outside}: run with --fetch once")
        return []
    third, _ = choices([page for page, _ in listed], renderers,
                       {page.key: titles for page, titles in listed})
    usable = [c for c in third if c.right]
    print(f"outside: {len(third)} renderings, right title among the candidates on "
          f"{len(usable)}")
    print(table("shipped WEIGHTS on outside", third, WEIGHTS, renderers))
    for half, other in (("tune", "check"), ("check", "tune")):
        train = halves[half] + usable
        l2 = args.l2 if args.l2 is not None else chosen_l2(train)
        print(table(f"fit on {half} + outside, on {other} (L2 {l2})", halves[other],
                    fit(train, l2), renderers))
    both = halves["tune"] + halves["check"]
    l2 = args.l2 if args.l2 is not None else chosen_l2(both)
    print(table(f"fit on tune + check, on outside (L2 {l2})", third, fit(both, l2), renderers))
    if args.pooled:
        pooled = both + usable
        l2 = args.l2 if args.l2 is not None else chosen_l2(pooled)
        weights = fit(pooled, l2)
        print(f"fit on tune + check + outside pooled (L2 {l2}), in-sample only:")
        print("  WEIGHTS = (" + ", ".join(f"{w:.2f}" for w in weights) + ")")
        for half, test in (("tune", halves["tune"]), ("check", halves["check"]),
                           ("outside", third)):
            print(table(f"that fit on {half} (in-sample)", test, weights, renderers))
    return usable


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--renderer", choices=("w3m", "lynx", "chromium", "both", "all"),
                        default="both", help="both: w3m and lynx; all: Chromium's copy too")
    parser.add_argument("--l2", type=float, default=None,
                        help="L2 penalty on the weights (default: chosen by cross validation "
                        "within the half fit on)")
    parser.add_argument("--try", dest="try_features", action="store_true",
                        help="score each TRIED feature added to FEATURES two-fold")
    parser.add_argument("--pooled", action="store_true",
                        help="fit on both halves pooled (the shipped WEIGHTS) and print it")
    parser.add_argument("--outside", type=Path, default=None,
                        help="outside_pages.py's folder: other extractors' test pages")
    parser.add_argument("--fetch", action="store_true", help="fetch them into --outside first")
    parser.add_argument("--misses", action="store_true",
                        help="list the tune half's misses (fit on tune) with their features")
    args = parser.parse_args()
    pages = bench.load_pages(None)
    if not pages:
        print(f"No evaluation pages under {bench.EVAL}: skipped.")
        return 0
    renderers = {"both": ["w3m", "lynx"], "all": ["w3m", "lynx", "chromium"]}.get(
        args.renderer, [args.renderer])
    renderers = [name for name in renderers if shutil.which(name)]
    if not renderers:
        print("w3m/lynx not installed (apt-get install -y w3m lynx): skipped.")
        return 0
    found, skipped = choices(pages, renderers)
    print(f"{len(found)} page renderings with candidates ({skipped} not read as whole pages); "
          "titles right (pages judged with a title, whole pages only):")
    halves = {half: [c for c in found if c.half == half] for half in ("tune", "check")}
    for half, listed in halves.items():
        ceiling = sum(bool(c.right) for c in listed)
        print(f"  {half}: right title among the candidates on {ceiling}/{len(listed)}")
        reasons = Counter(c.absent for c in listed if not c.right)
        for reason, count in reasons.most_common():
            print(f"    {count:3d} {reason}")
    for half, other in (("tune", "check"), ("check", "tune")):
        l2 = args.l2 if args.l2 is not None else chosen_l2(halves[half])
        weights = fit(halves[half], l2)
        print(f"fit on {half} (L2 {l2}): " + ", ".join(f"{n} {w:+.2f}" for n, w in
                                             zip(FEATURES, weights, strict=True)))
        print(table(f"scored on {other} (held out)", halves[other], weights, renderers))
        print(table(f"scored on {half} (fit on)", halves[half], weights, renderers))
    if args.outside:
        halves["outside"] = outside(args, halves, renderers)
    if args.try_features:
        try_features(halves, args.l2)
    if args.pooled:
        pooled = halves["tune"] + halves["check"]
        l2 = args.l2 if args.l2 is not None else chosen_l2(pooled)
        weights = fit(pooled, l2)
        print(f"fit on both halves pooled (L2 {l2}), in-sample only: " + ", ".join(
            f"{n} {w:+.2f}" for n, w in zip(FEATURES, weights, strict=True)))
        print("  WEIGHTS = (" + ", ".join(f"{w:.2f}" for w in weights) + ")")
        for half in ("tune", "check"):
            print(table(f"pooled fit on {half} (in-sample)", halves[half], weights, renderers))
    for half in ("tune", "check"):
        print(table(f"shipped WEIGHTS on {half}", halves[half], WEIGHTS, renderers))
    print("check half, shipped WEIGHTS:")
    miss_summary(halves["check"], WEIGHTS)
    if args.misses:
        misses(halves["tune"], fit(halves["tune"], args.l2 or chosen_l2(halves["tune"])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
