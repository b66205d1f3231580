"""Future and past wording outside English moves a month named without a year."""

from __future__ import annotations

import datetime as dt

import pytest

from inbrief.core.dates import find_dates

REF = dt.date(2025, 11, 12)


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("fr", "Le pont rouvrira en mars.", "2026-03"),
        ("es", "El puente abrirá en marzo.", "2026-03"),
        ("it", "Il ponte riaprirà a marzo.", "2026-03"),
        ("pt", "A ponte reabrirá em março.", "2026-03"),
        ("de", "Die Brücke wird im März eröffnet.", "2026-03"),
        ("ru", "Мост откроется в марте.", "2026-03"),
        ("es", "El puente se cerró para obras en marzo, y fue un mes difícil.", "2025-03"),
    ],
)
def test_future_wording_moves_a_month_into_next_year(language: str, text: str, value: str) -> None:
    assert [d.value for d in find_dates(text, language, REF)] == [value]


def test_spanish_para_is_not_a_future_cue() -> None:
    # "para" ends like a future verb without the accent; March stays the nearest one.
    text = "En marzo se presentó el plan para la ciudad."
    assert [d.value for d in find_dates(text, "es", REF)] == ["2025-03"]
