"""Benchmark: `inbrief brief` on every dev-set article, a 100,000-word text and every script.

Checks each PDF as a reader would: exactly one page (pdfinfo), every font embedded (pdffonts),
and pdftotext returns the summary sentences. Needs poppler-utils. The evaluation articles are
read from ../shared/data/eval/summ at run time and written only to a temporary folder.

Run: python tests/bench/brief_pages.py [--limit N]   (N articles per data set; default all)
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT.parent / "shared" / "data" / "eval" / "summ"
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT / "tests" / "bench"))

SCRIPTS = {
    "english": "The harbour council approved the new flood barrier on Tuesday. Mayor Ann Lee said "
    "work would start in spring. Critics worried about the cost of the project.",
    "greek": "Το δημοτικό συμβούλιο ενέκρινε το νέο φράγμα την Τρίτη. Ο δήμαρχος είπε ότι οι "
    "εργασίες θα ξεκινήσουν την άνοιξη. Οι επικριτές ανησυχούν για το κόστος.",
    "russian": "Городской совет одобрил строительство новой дамбы во вторник. Мэр сказал, что "
    "работы начнутся весной. Критики беспокоятся о стоимости проекта.",
    "arabic": "وافق مجلس المدينة على بناء السد الجديد يوم الثلاثاء. وقال رئيس البلدية إن العمل "
    "سيبدأ في الربيع. ويخشى المنتقدون من تكلفة المشروع.",
    "hebrew": "מועצת העיר אישרה ביום שלישי את בניית הסכר החדש. ראש העיר אמר שהעבודות יתחילו "
    "באביב. המבקרים חוששים מעלות הפרויקט.",
    "thai": "สภาเมืองอนุมัติการสร้างเขื่อนใหม่เมื่อวันอังคาร นายกเทศมนตรีกล่าวว่างานจะเริ่มในฤดูใบไม้ผลิ "
    "ผู้วิจารณ์กังวลเรื่องค่าใช้จ่ายของโครงการ",
    "japanese": "市議会は火曜日、新しい防潮堤の建設を承認した。市長は工事が春に始まると述べた。"
    "批判的な人々は事業の費用を心配している。",
    "chinese": "市议会周二批准了新防洪堤的建设。市长说工程将在春天开始。批评者担心项目的费用。",
    "korean": "시의회는 화요일에 새 방조제 건설을 승인했다. 시장은 공사가 봄에 시작된다고 말했다. "
    "비판자들은 사업 비용을 걱정한다.",
}


def squash(text: str) -> str:
    """Return text with compatibility forms folded, spaces and bidi marks removed, to compare."""
    folded = unicodedata.normalize("NFKC", text)
    return "".join(c for c in folded if not c.isspace() and unicodedata.category(c) != "Cf")


def write_inputs(folder: Path, limit: int | None) -> dict[str, str]:
    """Write every input as a .txt file; return {file stem: group}."""
    from pipeline_speed import make_article

    groups: dict[str, str] = {}
    for name in ("cnndm", "bbc", "orangesum_fr"):
        path = EVAL / f"{name}.dev.jsonl"
        if not path.is_file():
            continue
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle):
                if limit is not None and number >= limit:
                    break
                record = json.loads(line)
                if record.get("duplicate_of"):
                    continue
                stem = f"{name}-{number:04d}"
                (folder / f"{stem}.txt").write_text(record["text"], encoding="utf-8")
                groups[stem] = name
    (folder / "long-100k.txt").write_text(make_article(100_000), encoding="utf-8")
    groups["long-100k"] = "100k words"
    for script, text in SCRIPTS.items():
        (folder / f"script-{script}.txt").write_text(text, encoding="utf-8")
        groups[f"script-{script}"] = "scripts"
    return groups


def check(pdf: Path, source: Path) -> list[str]:
    """Return the problems of one brief (empty when it is right)."""
    from inbrief.core.ingest import load_path
    from inbrief.core.pipeline import analyze

    problems = []
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    pages = re.search(r"^Pages:\s+(\d+)", info, re.M)
    if not pages or pages.group(1) != "1":
        problems.append(f"pages={pages.group(1) if pages else '?'}")
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    for row in fonts.splitlines()[2:]:
        columns = row.split()
        if len(columns) >= 5 and columns[-5] != "yes":  # the "emb" column
            problems.append(f"font not embedded: {columns[0]}")
    text = squash(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                 text=True).stdout)
    brief = analyze(load_path(source))
    # A sentence may be shortened with an ellipsis to fit: compare its opening words.
    openings = [squash(s.text)[:40] for s in brief.summary]
    if not any(opening in text for opening in openings):
        # poppler misorders some Thai vowel signs; pypdf reads the same text correctly.
        from pypdf import PdfReader

        other = squash(PdfReader(pdf).pages[0].extract_text())
        if any(opening in other for opening in openings):
            problems.append("pdftotext misreads the text (pypdf reads it)")
        else:
            problems.append("no summary sentence in the PDF's text")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="articles per data set")
    args = parser.parse_args()
    for tool in ("pdfinfo", "pdffonts", "pdftotext"):
        if shutil.which(tool) is None:
            print(f"{tool} is missing: apt-get install poppler-utils")
            return 0
    if not EVAL.is_dir():
        print(f"no evaluation data at {EVAL}: only the long text and the scripts are checked")
    with tempfile.TemporaryDirectory(prefix="inbrief-pages-") as tmp:
        inputs, out = Path(tmp) / "in", Path(tmp) / "out"
        inputs.mkdir()
        groups = write_inputs(inputs, args.limit)
        files = sorted(inputs.glob("*.txt"))
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-m", "inbrief", "brief", *map(str, files), "-o", str(out)],
            capture_output=True, text=True, env={"PYTHONPATH": str(ROOT / "desktop"),
                                                 "QT_QPA_PLATFORM": "offscreen",
                                                 "PATH": "/usr/bin:/bin"},
        )
        seconds = time.perf_counter() - started
        written = {}
        for line in result.stdout.splitlines():
            source, _, target = line.partition(" -> ")
            written[Path(source).stem] = Path(target.replace(" (shortened to fit)", ""))
        table: dict[str, list[int]] = {}
        failures = []
        for stem, group in groups.items():
            row = table.setdefault(group, [0, 0])
            row[0] += 1
            pdf = written.get(stem)
            problems = ["not written"] if pdf is None else check(pdf, inputs / f"{stem}.txt")
            if problems:
                failures.append(f"{stem}: {', '.join(problems)}")
            else:
                row[1] += 1
    print(f"{'inputs':<14} {'briefs':>7} {'all good':>9}")
    for group, (count, good) in table.items():
        print(f"{group:<14} {count:7d} {good:9d}")
    print(f"\n`inbrief brief` on {len(groups)} files in one run: {seconds:.1f} s "
          f"({seconds / max(1, len(groups)):.2f} s per brief); exit status {result.returncode}")
    for failure in failures[:20]:
        print("  problem:", failure)
    if result.stderr.strip():
        print("stderr:", result.stderr.strip()[:2000])
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
