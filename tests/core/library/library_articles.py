"""Invented articles analysed once for the library tests."""

from __future__ import annotations

import functools

from inbrief.core.brief import Brief

# Invented news stories (not from any evaluation set).
ARTICLES = {
    "bridge": (
        "Kellin Bridge closes for repairs\n\n"
        "The Kellin Bridge will close on 4 March 2026 for six weeks of repairs, the county "
        "engineer Marta Oyelaran said on Monday. Cracks were found in two steel girders during "
        "an inspection in January. Oyelaran said buses would be diverted over the Alder Street "
        "crossing while the bridge is closed. The repairs will cost 2.3 million pounds, paid "
        "from the county's road budget. Traders near the bridge fear losing customers."
    ),
    "orchestra": (
        "Harbour orchestra plays its last season\n\n"
        "The Wenmouth Harbour Orchestra will give its final concert on 12 June 2026 after "
        "ninety years, its conductor Teodor Lamprecht announced. Ticket sales fell by half since "
        "2019 and the county withdrew its grant. Lamprecht said the musicians hoped a new "
        "ensemble would form. Marta Oyelaran, who sings in the choir, called the news sad. The "
        "last programme includes a symphony written for the orchestra in 1936."
    ),
    "wind": (
        "Offshore wind farm approved near Dunhollow\n\n"
        "Regulators approved an offshore wind farm eleven miles from Dunhollow on Tuesday. The "
        "farm of forty turbines will supply 300,000 homes from 2029, said Priya Castellane of "
        "the Northern Energy Board. Fishermen in Dunhollow asked for compensation for lost "
        "grounds. The turbines will be built by Sorvik Heavy Industries. Construction starts "
        "in 2027 if the wind farm's financing is agreed."
    ),
    "tram": (
        "南川市、路面電車を延伸へ\n\n"
        "南川市は十日、路面電車の路線を駅の東口まで延伸する計画を発表した。工事は二〇二七年春に"
        "始まり、総事業費はおよそ八十億円となる見込みだ。市長の森田晴美氏は、高齢者の移動を"
        "支える重要な事業だと述べた。沿線の商店街は計画を歓迎している。"
    ),
}


@functools.cache
def analysed(name: str) -> Brief:
    """Return the Brief of the invented article ``name`` (analysed once per test run)."""
    from inbrief.core.ingest import load_text
    from inbrief.core.pipeline import analyze

    return analyze(load_text(ARTICLES[name]))
