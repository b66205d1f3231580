"""jieba's main dictionary only (replaces hooks-contrib's hook, which bundles 30 MB)."""

import os

from PyInstaller.utils.hooks import get_package_paths

# jieba.cut/tokenize need dict.txt; the HMM tables are Python modules the import graph finds.
# analyse/, posseg/ and the paddle model (lac_small/) are never used by InBrief.
_, _package = get_package_paths("jieba")
datas = [(os.path.join(_package, "dict.txt"), "jieba")]
