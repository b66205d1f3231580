"""The window's parts without a window: offset mapping, settings, drafts, controller."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from ui_helpers import PLAIN_TEXT, CountingAnalyze, simple_brief

from inbrief.export.formats import default_file_name
from inbrief.ui import exporting
from inbrief.ui.controller import Controller
from inbrief.ui.drafts import DraftCorrupt, DraftStore
from inbrief.ui.settings import SETTINGS, Settings

# Typed text with trailing spaces, surplus blank lines and boilerplate: ingest trims the first
# two, cleaning drops the rest; the brief must still land on the editor's own characters.
EDITOR_TEXT = (
    "ADVERTISEMENT   \n\n\n\n\n"
    "Engineers at the Vellmar dam began a safety inspection on Monday.   \n"
    "Share this article\n"
    "The inspection follows heavy rain that raised the reservoir.\t\n\n\n\n"
    "Inspector Hanna Seidl said the concrete showed no new cracks.  "
)


def test_controller_maps_the_brief_onto_the_editor_text_exactly(qtbot: Any) -> None:
    controller = Controller(analyze=CountingAnalyze(), warm_up=lambda: None)
    controller.use_text(EDITOR_TEXT)
    qtbot.waitUntil(lambda: controller.brief is not None, timeout=20_000)
    brief, offsets = controller.brief, controller.offsets
    assert brief is not None and offsets is not None
    assert offsets.source_length == len(EDITOR_TEXT)
    for sentence in brief.sentences:
        pieces = offsets.to_source_spans(sentence.start, sentence.end)
        assert "".join(EDITOR_TEXT[a:b] for a, b in pieces) == sentence.text
    removed = "".join(EDITOR_TEXT[a:b] for a, b in offsets.removed)
    assert "ADVERTISEMENT" in removed and "Share this article" in removed
    assert "inspection" not in removed
    controller.shutdown()


def test_settings_defaults_types_and_bad_values(tmp_path: Path) -> None:
    ini = tmp_path / "s.ini"
    settings = Settings.at(ini)
    assert settings.get("summary/sentences") == SETTINGS["summary/sentences"].default == 5
    assert settings.get("files/recent") == []
    settings.set("summary/sentences", 9)
    settings.set("window/geometry", b"\x00\x01binary")
    for number in range(12):
        settings.add_recent(f"/tmp/file{number}.txt")
    settings.sync()
    again = Settings.at(ini)
    assert again.get("summary/sentences") == 9
    assert again.get("window/geometry") == b"\x00\x01binary"
    assert again.get("files/recent")[0] == "/tmp/file11.txt"
    assert len(again.get("files/recent")) == 8
    raw = QSettings(str(ini), QSettings.Format.IniFormat)
    raw.setValue("summary/sentences", "many")
    raw.setValue("view/theme", "purple")
    raw.sync()
    damaged = Settings.at(ini)
    assert damaged.get("summary/sentences") == 5
    assert damaged.get("view/theme") == "system"
    with pytest.raises(KeyError):
        damaged.get("not/declared")


def test_draft_store_saves_atomically_and_loads(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "d")
    assert store.load() is None
    store.save("Ünïcode text, 日本語 too")
    assert json.loads(store.path.read_text(encoding="utf-8"))["text"] == "Ünïcode text, 日本語 too"
    assert not list(store.folder.glob("*.tmp"))  # no temporary left
    store.release()  # as when the process ends without clearing
    reopened = DraftStore(tmp_path / "d")
    draft = reopened.load()
    assert draft is not None and draft.text == "Ünïcode text, 日本語 too"
    reopened.save("   ")
    assert not reopened.path.exists()


def test_two_running_windows_keep_their_own_drafts(tmp_path: Path) -> None:
    first, second = DraftStore(tmp_path), DraftStore(tmp_path)  # two InBrief processes
    first.save("What the first window holds")
    assert second.load() is None  # not offered as if the first had crashed
    second.save("What the second window holds")
    assert first.path != second.path
    second.clear()  # the second closes cleanly
    assert first.path.exists()
    first.release()  # the first crashes: its slot is free, its draft stays
    third = DraftStore(tmp_path)
    draft = third.load()
    assert draft is not None and draft.text == "What the first window holds"


def test_a_left_draft_in_a_later_slot_is_claimed_without_locking_every_slot(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from inbrief.ui import drafts

    tried: list[str] = []

    class CountingLock(drafts.QLockFile):
        def tryLock(self, timeout: int = 0) -> bool:  # noqa: N802 - Qt's name
            tried.append(self.fileName())
            return super().tryLock(timeout)

    monkeypatch.setattr(drafts, "QLockFile", CountingLock)
    first, second = DraftStore(tmp_path), DraftStore(tmp_path)
    first.load(), second.load()  # slots 1 and 2
    second.save("Left by a window that crashed")
    second.release()
    third = DraftStore(tmp_path)
    draft = third.load()  # slot 1 is busy, slot 2 free with a draft: that one
    assert draft is not None and draft.text == "Left by a window that crashed"
    assert third.path == second.path
    fresh = DraftStore(tmp_path / "fresh")
    assert fresh.load() is None
    assert sorted(p.name for p in (tmp_path / "fresh").iterdir()) == ["draft-1.lock"]
    assert len(tried) == 1 + 2 + 1 + 1  # slots tried until one is free (was all 32 each)
    for store in (first, third, fresh):
        store.release()


def test_draft_of_an_older_version_is_offered_back(tmp_path: Path) -> None:
    (tmp_path / "draft.json").write_text(
        json.dumps({"version": 1, "saved": "2026-11-01T10:00:00", "text": "Old notes"}), "utf-8"
    )
    draft = DraftStore(tmp_path).load()
    assert draft is not None and draft.text == "Old notes"
    assert not (tmp_path / "draft.json").exists()  # taken over by the new slot


def test_draft_store_sets_corrupt_file_aside(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    store.path.write_text('["not", "a", "draft"]', encoding="utf-8")
    with pytest.raises(DraftCorrupt) as caught:
        store.load()
    assert caught.value.set_aside.exists()
    assert not store.path.exists()


def test_controller_resizes_summary_from_ranks(qtbot: Any) -> None:
    counting = CountingAnalyze(lambda article, *_: simple_brief(article.text))
    controller = Controller(analyze=counting, warm_up=lambda: None)
    shown: list[Any] = []
    controller.brief_changed.connect(shown.append)
    controller.use_text(PLAIN_TEXT)
    qtbot.waitUntil(lambda: controller.brief is not None, timeout=5_000)
    controller.set_length("sentences", 3)
    assert [s.rank for s in controller.brief.summary] == [1, 2, 3]
    controller.set_length("sentences", 1)
    assert len(shown[-1].summary) == 1
    assert counting.calls == 1
    controller.shutdown()


def test_summary_clipboard_formats() -> None:
    brief = simple_brief("One & two. Three <b>four</b>. Five", title="T & co")
    brief = brief.with_summary_length(2)
    text = exporting.summary_text(brief)
    assert text == "T & co\n\nOne & two\n\nThree <b>four</b>"
    html = exporting.summary_html(brief)
    assert "T &amp; co" in html and "&lt;b&gt;four" in html
    assert default_file_name(brief, "markdown").endswith(".md")


def test_reading_time_wording() -> None:
    from inbrief.ui.feedback import reading_time

    assert reading_time(0.2) == "12 s"
    assert reading_time(1.6) == "2 min"
    assert reading_time(434.8) == "7 h 15 min"
    assert reading_time(120) == "2 h"


def test_app_icon_and_bundled_fonts(qapp: Any) -> None:
    from inbrief.ui.app import app_icon, font_families

    icon = app_icon()
    assert not icon.isNull()
    assert not icon.pixmap(32, 32).isNull()
    families = font_families()
    assert families[0] == "InBrief Sans"
    assert any("CJK" in family for family in families)
    assert "InBrief Arabic" in families and "InBrief Hebrew" in families


def test_names_tab_says_quietly_that_names_are_being_found(qtbot: Any) -> None:
    from inbrief.ui.brief_panes import BriefPanes

    panes = BriefPanes()
    qtbot.addWidget(panes)
    panes.set_names_pending(True)
    assert panes.names.topLevelItemCount() == 1
    item = panes.names.topLevelItem(0)
    assert item is not None and item.text(0) == "finding names…"
    assert not item.flags() & Qt.ItemFlag.ItemIsEnabled
    panes.set_names_pending(False)
    assert panes.names.topLevelItemCount() == 0


def test_an_edit_is_told_from_another_text() -> None:
    from inbrief.ui.text_source import edited

    article = "\n\n".join(f"Paragraph {n} of the article, a sentence or two long."
                            for n in range(12))
    assert edited(article, article.replace("Paragraph 3 of", "Paragraph three of"))
    assert edited(article, article + "\n\nA paragraph the reader added.")
    assert edited("One short paragraph about the harbour.", "One short paragraph on the harbour.")
    page = "\n".join(f"Topic {n}" for n in range(40)) + "\n" + article + "\nSubscribe"
    assert not edited(article, page)  # the clipboard's page text a paste's Ctrl+Z gives back
    assert not edited(article, "Notes before.")
    assert not edited("One short paragraph about the harbour.", "Notes before.")
