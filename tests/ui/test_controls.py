"""Tests for the brief's controls: the algorithm list comes from the summary registry."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from inbrief.core.summary.algorithms import ALGORITHMS
from inbrief.ui.controls import BriefControls


def test_the_algorithm_list_is_the_registry_in_order(qtbot: Any) -> None:
    controls = BriefControls()
    qtbot.addWidget(controls)
    combo = controls.algorithm
    shown = [
        (combo.itemData(i), combo.itemText(i), combo.itemData(i, Qt.ItemDataRole.ToolTipRole))
        for i in range(combo.count())
    ]
    assert shown == [(a.name, a.label, a.description) for a in ALGORITHMS.values()]
    assert combo.currentData() == "auto"
