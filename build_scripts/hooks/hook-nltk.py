"""nltk's own files only: never bundle a developer's downloaded nltk_data (replaces contrib)."""

from PyInstaller.utils.hooks import collect_data_files

# nltk/__init__ reads nltk/VERSION; InBrief uses no downloaded corpora (sumy's stemmers only).
datas = [pair for pair in collect_data_files("nltk", False) if "test" not in pair[1]]
