"""thinc without its test suite and deep-learning shims (replaces hooks-contrib's hook)."""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

_SKIP = ("tests", "pytorch", "tensorflow", "mxnet", "torchscript")

hiddenimports = collect_submodules(
    "thinc", filter=lambda name: not any(part in _SKIP for part in name.split("."))
)
datas = [pair for pair in collect_data_files("thinc") if "tests" not in pair[1]]
