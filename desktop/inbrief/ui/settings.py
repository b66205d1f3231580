"""Every window setting declared once with its type and default, read through one object."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


@dataclass(frozen=True)
class Setting:
    """One remembered value: its QSettings key, Python type and default."""

    key: str
    type: type
    default: Any
    choices: tuple[Any, ...] = ()  # when set, any other stored value falls back to the default


SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting("window/geometry", bytes, b""),
        Setting("window/splitter", bytes, b""),
        Setting("files/last_folder", str, ""),
        Setting("files/recent", list, []),
        Setting("summary/sentences", int, 5),
        Setting("summary/percent", int, 20),
        Setting("summary/words", int, 100),
        Setting("summary/unit", str, "sentences", ("sentences", "percent", "words")),
        Setting("summary/avoid_quotations", bool, False),
        Setting("summary/algorithm", str, "auto"),
        Setting("export/paper", str, "", ("", "a4", "letter")),
        Setting("view/theme", str, "system", ("system", "light", "dark", "contrast")),
        Setting("view/zoom", int, 0),
        Setting("view/show_removed", bool, True),
        Setting("library/keep", bool, True),
        Setting("library/visible", bool, False),
        Setting("library/first_run_noted", bool, False),
    )
}


class Settings:
    """The window's settings on top of a QSettings store (a temporary INI file in tests)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings("InBrief", "InBrief")

    @classmethod
    def at(cls, path: Path) -> Settings:
        """Return settings kept in the INI file at ``path`` (tests, portable use)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    def get(self, key: str) -> Any:
        """Return the stored value of ``key`` converted to its declared type, else the default."""
        setting = SETTINGS[key]
        raw = self._store.value(key, None)
        if raw is None:
            return _copy(setting.default)
        try:
            value = _convert(raw, setting.type)
        except (TypeError, ValueError):
            # A hand-edited or older settings file must not stop the window from opening.
            return _copy(setting.default)
        if setting.choices and value not in setting.choices:
            return _copy(setting.default)
        return value

    def set(self, key: str, value: Any) -> None:
        """Store ``value`` under ``key`` (declared keys only)."""
        setting = SETTINGS[key]
        if setting.type is bytes:
            value = QByteArray(bytes(value))
        elif setting.type is list:
            value = [str(item) for item in value]
        else:
            value = setting.type(value)
        self._store.setValue(key, value)

    def sync(self) -> None:
        """Write pending changes to disk now."""
        self._store.sync()

    def file_name(self) -> str:
        """Return where the settings are kept (for "Copy diagnostics")."""
        return self._store.fileName()

    def add_recent(self, path: str) -> list[str]:
        """Put ``path`` first in the recent files and return the list."""
        recent = [p for p in self.get("files/recent") if p != path]
        recent.insert(0, path)
        recent = recent[:MAX_RECENT]
        self.set("files/recent", recent)
        return recent


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value


def _convert(raw: Any, kind: type) -> Any:
    """Return ``raw`` as read from QSettings (INI files give strings) converted to ``kind``."""
    if kind is bytes:
        if isinstance(raw, QByteArray):
            return bytes(raw.data())
        if isinstance(raw, (bytes, bytearray)):
            return bytes(raw)
        raise TypeError("not bytes")
    if kind is list:
        if isinstance(raw, str):
            return [raw] if raw else []
        if isinstance(raw, (list, tuple)):
            return [str(item) for item in raw]
        raise TypeError("not a list")
    if kind is int:
        return int(raw)
    if kind is bool:
        return raw in (True, "true", "1", 1)
    return kind(raw)
