"""PDFs made for the tests: a two-column paper (reportlab) and hand-written small PDFs."""

from __future__ import annotations

import io
import itertools

from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

TITLE = "Tidal Power at the Old Harbour"
AUTHORS = "Ana Lima*, Tomas Berg† and Eva Noor*"
AFFILIATION = "*University of Porto, †Institute of Marine Research"
EMAIL = "{ana.lima,eva.noor}@example.org"
HEADER = "HARBOUR REVIEW, VOLUME 7"
FOOTNOTE = "1 Funded by the Coastal Energy Trust under grant number 42."

# Each page: (left column lines, right column lines). Line ends are where the layout broke.
PAGES: list[tuple[list[str], list[str]]] = [
    (
        [
            "Abstract",
            "The old harbour has tides of six metres, and",
            "engineers have long wanted to use them. This",
            "paper describes the TideMill turbine and its",
            "first year of service beside the sea-",
            "wall, where it powered two hundred homes.",
            "",
            "Keywords tidal power, turbines, harbours",
            "",
            "1 Introduction",
            "Harbour towns along the coast have tried tidal",
            "power before. The early plants failed because",
            "their turbines were too large for the narrow",
            "channels of the estuary.",
        ],
        [
            "The new design is small enough to sit beside",
            "the quay. We call the resulting system Tide-",
            "Mill; it costs a tenth of the older plants and",
            "it can be serviced from a rowing boat at low",
            "water. Fishermen were asked about the Anglo-",
            "Saxon names of the channel beds, a well-known",
            "source of local knowledge about the currents.",
            "Their advice placed the turbine in the deepest",
            "part of the channel, away from the moorings.",
        ],
    ),
    (
        [
            "2 Design",
            "The rotor has three blades of laminated larch",
            "and turns at most forty times a minute, slowly",
            "enough for fish to pass through it unharmed.",
            "A gearbox raises the speed for the generator,",
            "which sits above the water on a steel frame.",
            "The frame can be lifted for repairs in spring.",
        ],
        [
            "3 First year",
            "Over the first year the turbine delivered four",
            "hundred megawatt hours, close to the forecast.",
            "Two storms in February stopped it for a week,",
            "and the crew replaced one blade in the summer.",
            "Maintenance cost less than the council feared.",
            "Noise measured on the quay stayed below limits.",
        ],
    ),
    (
        [
            "4 Costs",
            "Building the turbine cost two million euros,",
            "paid by the council and a regional grant. The",
            "electricity sold in the first year repaid one",
            "tenth of that sum, as the business plan hoped.",
            "Insurance was the largest of the running costs.",
            "A second turbine would cost a third less.",
        ],
        [
            "5 Conclusions",
            "Small tidal turbines can serve harbour towns",
            "where large plants failed. The council plans a",
            "second machine at the northern pier next year,",
            "and two other towns have asked for the plans.",
            "The authors thank the harbour master for help.",
            "All measurements are published with the paper.",
        ],
    ),
]
LEFT_X, RIGHT_X = 56, 312  # column starts on A4 (595 points wide)


def two_column_paper() -> bytes:
    """Return a three-page two-column paper: running header and page numbers, front matter
    on page 1, a footnote at the foot of the first column, hyphenated line ends."""
    buffer = io.BytesIO()
    drawing = canvas.Canvas(buffer, pagesize=A4)
    for number, (left, right) in enumerate(PAGES, start=1):
        drawing.setFont("Times-Roman", 8)
        drawing.drawString(LEFT_X, 810, HEADER)
        drawing.drawRightString(539, 810, str(number))
        drawing.drawCentredString(297, 30, f"Page {number} of {len(PAGES)}")
        top = 770
        if number == 1:
            drawing.setFont("Times-Bold", 18)
            drawing.drawCentredString(297, 760, TITLE)
            drawing.setFont("Times-Roman", 11)
            drawing.drawCentredString(297, 735, AUTHORS)
            drawing.drawCentredString(297, 720, AFFILIATION)
            drawing.drawCentredString(297, 705, EMAIL)
            top = 670
        drawing.setFont("Times-Roman", 10)
        # Row by row, as many word processors write columns: content order interleaves them.
        for row, (one, two) in enumerate(itertools.zip_longest(left, right, fillvalue="")):
            for x, line in ((LEFT_X, one), (RIGHT_X, two)):
                if line:
                    drawing.drawString(x, top - 13 * row, line)
        if number == 1:
            drawing.setFont("Times-Roman", 7)
            drawing.drawString(LEFT_X, 60, FOOTNOTE)
        drawing.showPage()
    drawing.save()
    return buffer.getvalue()


def raw_pdf(pages: list[tuple[str, bytes]], *, broken_xref: bool = False,
            info: str = "") -> bytes:
    """Return a PDF written by hand: one (font dictionary, content stream) per page.

    ``broken_xref`` shifts every offset in the cross-reference table, as damaged files have.
    """
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    kids = " ".join(f"{3 + 3 * i} 0 R" for i in range(len(pages)))
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    for i, (font, content) in enumerate(pages):
        base = 3 + 3 * i
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font "
            f"<< /F1 {base + 2} 0 R >> >> /Contents {base + 1} 0 R >>".encode())
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        objects.append(font.encode())
    if info:
        objects.append(info.encode())
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    shift = 7 if broken_xref else 0
    for offset in offsets:
        out += b"%010d 00000 n \n" % (offset + shift)
    info_ref = f" /Info {len(objects)} 0 R" if info else ""
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, info_ref.encode(), xref + (3 if broken_xref else 0))
    return bytes(out)


HELVETICA = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
# A font whose glyphs have names but no Unicode values: text comes out as "/g22/g10/g7".
GLYPH_NAMES = " ".join(f"/g{i}" for i in range(3, 29))
UNMAPPED_FONT = (f"<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+Unmapped /Encoding "
                 f"<< /Type /Encoding /Differences [97 {GLYPH_NAMES}] >> >>")


def text_page(*lines: str) -> bytes:
    """Return a content stream drawing ``lines`` in the page's font F1."""
    body = b"BT /F1 12 Tf 72 700 Td 16 TL "
    for line in lines:
        body += b"(" + line.encode("latin-1") + b") ' "
    return body + b"ET"


def encrypt(pdf: bytes, user_password: str) -> bytes:
    """Return ``pdf`` encrypted with pypdf (RC4 needs no extra crypto library)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password, owner_password="owner-secret", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()
