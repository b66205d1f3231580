"""spaCy without the other 70 languages and its test suite (replaces hooks-contrib's hook)."""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

# spacy.lang holds shared modules (char_classes, punctuation...) next to one package per
# language; InBrief loads only the English pipeline.
_SHARED = {"char_classes", "lex_attrs", "norm_exceptions", "punctuation", "tokenizer_exceptions"}


def _wanted(name: str) -> bool:
    parts = name.split(".")
    if "tests" in parts:
        return False
    if len(parts) >= 3 and parts[1] == "lang":
        return parts[2] == "en" or parts[2] in _SHARED
    return True


hiddenimports = collect_submodules("spacy", filter=_wanted)
datas = [
    (src, dest)
    for src, dest in collect_data_files("spacy")
    if "tests" not in dest.replace("\\", "/").split("/")
    and not (dest.replace("\\", "/").startswith("spacy/lang/") and "/en" not in dest)
]
