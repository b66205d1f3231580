"""thinc without its test suite (replaces hooks-contrib's hook)."""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

# The deep-learning shims stay: thinc.shims imports all of them (they probe for torch etc.).
hiddenimports = collect_submodules("thinc", filter=lambda name: "tests" not in name.split("."))
datas = [pair for pair in collect_data_files("thinc") if "tests" not in pair[1]]
