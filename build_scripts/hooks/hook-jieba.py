"""jieba's main dictionary only, xz-compressed (replaces hooks-contrib's hook, which bundles 30 MB).

InBrief's tokenizer (core/text.py) reads ``dict.txt.xz`` when ``dict.txt`` is absent: 5.1 MB
become 1.5 MB. The file is made once per dictionary content in PyInstaller's work folder.
"""

import hashlib
import lzma
import os

from PyInstaller import config
from PyInstaller.utils.hooks import get_package_paths

# jieba.cut/tokenize need dict.txt; the HMM tables are Python modules the import graph finds.
# analyse/, posseg/ and the paddle model (lac_small/) are never used by InBrief.
_, _package = get_package_paths("jieba")
with open(os.path.join(_package, "dict.txt"), "rb") as _handle:
    _text = _handle.read()
_folder = os.path.join(config.CONF["workpath"], "jieba", hashlib.sha1(_text).hexdigest()[:16])
_packed = os.path.join(_folder, "dict.txt.xz")
if not os.path.isfile(_packed):
    os.makedirs(_folder, exist_ok=True)
    with open(_packed + ".part", "wb") as _out:
        _out.write(lzma.compress(_text, preset=9 | lzma.PRESET_EXTREME))
    os.replace(_packed + ".part", _packed)
datas = [(_packed, "jieba")]
