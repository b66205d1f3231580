"""Print a saved web page's text as a browser shows it: headless Chromium's innerText of the
page's body, which is what select-all + copy in a browser puts on the clipboard as plain text
(lines per block, a tab between a table's cells, no bullets before list items).

Run: python tests/bench/browser_text.py PAGE.html   (needs `chromium`: apt-get install chromium)

The page is decoded as InBrief decodes a saved page and written again as UTF-8 (with a byte
order mark, which a browser honours over the page's own charset), with a script at its end
that replaces the document with its body's innerText as soon as it is parsed. The page's own
scripts are taken out (offline, some send the browser elsewhere), and Chromium runs with no
network (every host name resolves to nothing): the page is laid out with its inline styles
only, as w3m and lynx lay it out.
"""

from __future__ import annotations

import html
import os
import re
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

from inbrief.core import ingest

# Run where it stands, the document's last element: the whole page is parsed, and the page's
# own scripts that would run later (on load, after a delay) find nothing left to change.
_SCRIPT = (
    "<script>(function () {"
    " var text = document.body ? document.body.innerText : '';"
    " document.documentElement.innerHTML = '<body><pre id=\"inbrief-text\"></pre></body>';"
    " document.getElementById('inbrief-text').textContent = text; })();</script>"
)
# The page's own scripts and refreshes are taken out first: offline, some send the browser to
# another address (an ad blocker's check, a consent page) before the page is shown.
_PAGE_SCRIPTS = re.compile(r"<script\b.*?</script\s*>|<meta[^>]+http-equiv=[\"']?refresh[^>]*>",
                           re.IGNORECASE | re.DOTALL)
# Offline, a picture shows its alt text where it would stand, and innerText gives it; a browser
# that has the picture copies no text for it. So pictures are hidden, as if they had loaded.
# A page may also hide itself until its scripts have run (an analytics script's "flicker
# control": body { visibility: hidden }); a browser shows it once they have, or when they time
# out, so the page is shown here as it would be.
_NO_PICTURES = ("<style>img, picture, svg { display: none !important; }"
                " html, body { visibility: visible !important; opacity: 1 !important; }</style>")
# A page whose end is swallowed by an element left open (an ``<iframe ... />``, whose text runs
# to the document's end) never runs a script placed at its end; a browser still shows the text
# above that element. Such a page is read again with the same script run when the document has
# been parsed, from its start.
_SCRIPT_AT_START = ("<script>document.addEventListener('DOMContentLoaded', function () {"
                    + _SCRIPT[len("<script>(function () {"):-len("})();</script>")]
                    + "});</script>")
_PRE = re.compile(r'<pre id="inbrief-text">(.*?)</pre>', re.DOTALL)
COMMAND = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--mute-audio",
           "--host-resolver-rules=MAP * ~NOTFOUND", "--timeout=20000", "--dump-dom"]


def browser_text(path: Path, timeout: float = 60.0) -> str:
    """Return the innerText of the page at ``path`` (empty when Chromium fails)."""
    page = _PAGE_SCRIPTS.sub("", ingest.decode_html(path.read_bytes(), path.name)) + _NO_PICTURES
    return (_inner_text(page + _SCRIPT, timeout)
            or _inner_text(_SCRIPT_AT_START + page, timeout))


def _inner_text(page: str, timeout: float) -> str:
    """Return the text Chromium's run of ``page`` leaves in its ``<pre>`` (empty if none)."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "page.html"
        copy.write_bytes(b"\xef\xbb\xbf" + page.encode("utf-8"))
        # In a process group of its own: on a time-out its helper processes are ended too.
        with subprocess.Popen([*COMMAND, copy.as_uri()], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, start_new_session=True) as browser:
            try:
                output, _ = browser.communicate(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.killpg(browser.pid, signal.SIGKILL)
                browser.communicate()
                return ""
    found = _PRE.search(output.decode("utf-8", errors="replace"))
    return html.unescape(found.group(1)) if found else ""


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    sys.stdout.write(browser_text(Path(sys.argv[1])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
