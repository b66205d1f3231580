"""The page's HTML (for QTextDocument): header, summary, entity columns, timeline, footer."""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass, replace

from inbrief.core.brief import Brief, DateMention, Entity, Sentence
from inbrief.core.dates.timex import chronological_key
from inbrief.core.language import is_rtl
from inbrief.export.content import (
    ENTITY_SECTIONS,
    brief_title,
    date_context,
    ellipsize,
    facts_line,
    format_date_value,
    key_dates,
    key_entities,
    meta_parts,
    now_label,
    timeline_note,
    version_label,
)
from inbrief.export.fonts import css_families

INK = "#1b1d21"
MUTED = "#5c6370"
ACCENT = "#1d4f7c"
RULE = "#b9c0c8"
FOOTER_PT = 7.0


@dataclass(frozen=True)
class Fit:
    """How much of the brief goes on the page and how large; one step of the fitting."""

    summary: int
    entities: int  # per column
    dates: int
    keywords: int
    font_pt: float
    title_chars: int = 220
    sentence_chars: int | None = None
    phrase_chars: int = 150
    name_chars: int = 44

    def with_(self, **changes: object) -> Fit:
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass
class Page:
    """The HTML of one page and what was left out or cut to make it fit."""

    body: str
    footer: str
    dropped: dict[str, int]
    shortened: bool


def esc(text: str) -> str:
    return html.escape(text, quote=False)


class _Cutter:
    """Ellipsizes text and remembers whether it had to."""

    def __init__(self) -> None:
        self.cut = False

    def __call__(self, text: str, limit: int | None) -> str:
        short = ellipsize(text, limit)
        if short != " ".join(text.split()):
            self.cut = True
        return short


def _pick_dates(brief: Brief, count: int) -> tuple[list[DateMention], int]:
    """Return up to ``count`` dates (those in the best sentences), in time order, and the rest."""
    dates = key_dates(brief)

    def importance(pair: tuple[int, DateMention]) -> tuple[int, int]:
        position, mention = pair
        if 0 <= mention.sentence < len(brief.sentences):
            return brief.sentences[mention.sentence].rank, position
        return 1_000_000, position

    chosen = sorted(enumerate(dates), key=importance)[:count]

    in_time_order = sorted(chosen, key=lambda pair: (chronological_key(pair[1].value), pair[0]))
    return [m for _, m in in_time_order], len(dates) - len(chosen)


def _label(text: str, size: float) -> str:
    return (
        f'<p style="font-family: {css_families()}; font-size: {size:.2f}pt; font-weight: 700;'
        f' color: {ACCENT}; margin-top: 0; margin-bottom: 0;">{esc(text.upper())}</p>'
    )


def _entity_cell(
    kind_label: str, found: tuple[Entity, ...], fit: Fit, cut: _Cutter, size: float, unit: float
) -> str:
    items = [
        f'<p style="margin-top: {unit * 0.25:.0f}px; margin-bottom: 0;">'
        f'{esc(cut(e.name, fit.name_chars))}&nbsp;<span style="color: {MUTED};">'
        f"×{e.count}</span></p>"
        for e in found[: fit.entities]
    ]
    rest = len(found) - min(len(found), fit.entities)
    if rest:
        items.append(
            f'<p style="margin-top: {unit * 0.25:.0f}px; color: {MUTED};">and {rest} more</p>'
        )
    return (
        f'<td width="33%" valign="top" style="padding-right: {unit * 8:.0f}px;">'
        f"{_label(kind_label, size * 0.8)}{''.join(items)}</td>"
    )


def _timeline_row(
    brief: Brief, mention: DateMention, fit: Fit, sans: str, serif: str, unit: float
) -> str:
    """Return one timeline row: the normalised date, then the phrase it came from."""
    pad = f"padding-bottom: {unit * 2:.0f}px;"
    rtl = is_rtl(brief.language.code)
    # The date label is English: keep it left to right even on a right-to-left page.
    when = (
        f'<td width="19%" valign="top" style="{pad} padding-right: {unit * 6:.0f}px;'
        f' font-family: {sans}; font-weight: 700; color: {ACCENT};">'
        f'<p dir="ltr" align="{"right" if rtl else "left"}">'
        f"{esc(format_date_value(mention.value))}</p></td>"
    )
    what = (
        f'<td valign="top" style="{pad} font-family: {serif};">'
        f"{esc(date_context(brief, mention, fit.phrase_chars))}</td>"
    )
    return f"<tr>{what + when if rtl else when + what}</tr>"


def _spacer(size: float) -> str:
    """Return an empty line about one body line high (Qt ignores margins on tables)."""
    style = f"margin-top: 0; margin-bottom: 0; font-size: {size * 0.95:.2f}pt;"
    return f'<p style="{style}">&nbsp;</p>'


def build_page(
    brief: Brief,
    summary: tuple[Sentence, ...],
    fit: Fit,
    unit: float,
    now: dt.datetime,
) -> Page:
    """Return the page's HTML for ``fit``; ``unit`` is the size of one point in device units."""
    cut = _Cutter()
    lang = brief.language.code
    sans, serif = css_families(lang), css_families(lang, serif=True)
    size = fit.font_pt
    dropped: dict[str, int] = {}
    gap = unit * size * 1.15  # space above a section
    parts: list[str] = []

    title = cut(brief_title(brief), fit.title_chars)
    title_pt = max(size * 1.9, 13.0) if len(title) < 90 else max(size * 1.55, 11.5)
    # The CJK faces have no bold: Qt would fake it by drawing every glyph twice, and text
    # extracted from the PDF would repeat.
    weight = 400 if lang[:2] in ("ja", "zh", "ko") else 700
    parts.append(
        f'<p style="font-family: {serif}; font-size: {title_pt:.2f}pt; font-weight: {weight};'
        f' color: {INK}; margin-top: 0; margin-bottom: {unit * 3:.0f}px;">{esc(title)}</p>'
    )
    meta = " · ".join(cut(part, 80) for part in meta_parts(brief, now))
    parts.append(
        f'<p style="font-family: {sans}; font-size: {size * 0.82:.2f}pt; color: {MUTED};'
        f' margin-top: 0; margin-bottom: {unit * 5:.0f}px;">{esc(meta)}</p>'
    )
    parts.append(f'<hr style="background-color: {RULE};" />')

    shown = _best(summary, fit.summary)
    if len(summary) > len(shown):
        dropped["summary"] = len(summary) - len(shown)
    parts.append(
        f'<div style="margin-top: {gap * 0.6:.0f}px;">{_label("Summary", size * 0.8)}</div>'
    )
    if shown:
        items = "".join(
            f'<li style="margin-bottom: {unit * size * 0.45:.0f}px;">'
            f"{esc(cut(s.shown, fit.sentence_chars))}</li>"
            for s in shown
        )
        parts.append(
            f'<ol style="font-family: {serif}; font-size: {size * 1.05:.2f}pt; color: {INK};'
            f' margin-top: {unit * 3:.0f}px; margin-bottom: 0; line-height: 128%;">{items}</ol>'
        )
    else:
        parts.append(f'<p style="color: {MUTED};">No summary: the text has no sentences.</p>')

    cells = []
    for kind, heading in ENTITY_SECTIONS:
        found = key_entities(brief, kind)
        if fit.entities and found:
            cells.append(_entity_cell(heading, found, fit, cut, size, unit))
        if len(found) > fit.entities:
            dropped[kind] = len(found) - fit.entities
    if cells:
        cells += ['<td width="33%"></td>'] * (3 - len(cells))  # same column widths always
        if is_rtl(brief.language.code):
            cells.reverse()  # Qt keeps table columns left to right; People go on the right
        parts.append(_spacer(size))
        parts.append(
            f'<table width="100%" cellspacing="0" cellpadding="0" style="font-family: {sans};'
            f' font-size: {size * 0.9:.2f}pt; color: {INK};"><tr>{"".join(cells)}</tr></table>'
        )

    dates, rest = _pick_dates(brief, fit.dates)
    if rest:
        dropped["dates"] = rest
    if dates:
        rows = "".join(_timeline_row(brief, d, fit, sans, serif, unit) for d in dates)
        parts.append(
            f'<div style="margin-top: {gap:.0f}px;">{_label("Timeline", size * 0.8)}</div>'
        )
        parts.append(
            f'<table width="100%" cellspacing="0" cellpadding="0" style="margin-top:'
            f' {unit * 3:.0f}px; font-size: {size * 0.88:.2f}pt; color: {INK};">{rows}</table>'
        )
        note = timeline_note(brief)
        if note:
            parts.append(
                f'<div style="margin-top: {unit * 2:.0f}px; font-size: {size * 0.75:.2f}pt;'
                f' color: {MUTED};">{esc(note)}</div>'
            )

    keywords = brief.keywords[: fit.keywords]
    if len(brief.keywords) > len(keywords):
        dropped["keywords"] = len(brief.keywords) - len(keywords)
    if keywords:
        words = " · ".join(esc(cut(k.text, fit.name_chars)) for k in keywords)
        parts.append(
            f'<div style="margin-top: {gap:.0f}px;">{_label("Keywords", size * 0.8)}</div>'
        )
        parts.append(
            f'<p style="font-family: {sans}; font-size: {size * 0.88:.2f}pt; color: {INK};'
            f' margin-top: {unit * 3:.0f}px; line-height: 125%;">{words}</p>'
        )
    direction = ' dir="rtl"' if is_rtl(brief.language.code) else ""
    body = f'<body style="color: {INK};"{direction}>{"".join(parts)}</body>'
    return Page(body, build_footer(brief, shown, cut.cut, unit, now), dropped, cut.cut)


def _best(summary: tuple[Sentence, ...], count: int) -> tuple[Sentence, ...]:
    """Return the ``count`` best-ranked summary sentences, in document order."""
    if count >= len(summary):
        return summary
    best = sorted(summary, key=lambda s: (s.rank, s.index))[: max(0, count)]
    return tuple(sorted(best, key=lambda s: s.index))


def build_footer(
    brief: Brief, shown: tuple[Sentence, ...], shortened: bool, unit: float, now: dt.datetime
) -> str:
    """Return the footer's HTML: facts on the left, provenance on the right."""
    sans = css_families(brief.language.code)
    left = " · ".join(facts_line(brief, shown))
    right = [version_label()]
    if brief.file_name:
        right.append(ellipsize(brief.file_name, 48))
    right.append(f"generated {now_label(now)}")
    note = ""
    if shortened:
        note = (
            f'<p style="color: {ACCENT}; font-weight: 700; margin-bottom: {unit:.0f}px;">'
            "Shortened to fit on one page: some text ends in “…”.</p>"
        )
    provenance = " · ".join(right)
    if len(left) + len(provenance) <= 120:  # one line: facts left, provenance right
        lines = (
            f'<table width="100%" cellspacing="0" cellpadding="0"><tr><td>{esc(left)}</td>'
            f'<td align="right">{esc(provenance)}</td></tr></table>'
        )
    else:  # two cells would both wrap: stack them instead
        lines = f'<p style="margin: 0;">{esc(left)}</p><p style="margin: 0;">{esc(provenance)}</p>'
    return (
        f'<body style="font-family: {sans}; font-size: {FOOTER_PT}pt; color: {MUTED};">'
        f'<hr style="background-color: {RULE};" />{note}{lines}</body>'
    )
