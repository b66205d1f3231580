"""Markdown's marks as patterns, shared by the .md reader (ingest.markdown: markup taken out of
the text) and the cleaning of Markdown pasted as plain text (clean.markdown_marks: markup left
out of the analysis, the source kept). Inline marks capture (opening, text, closing); each
mark's text is at most 300 characters and a link's address 2,000, so a line of marks never
closed is read once over, not once a mark (100,000 characters of "**a " took 70 s)."""

from __future__ import annotations

import re

FENCE = re.compile(r"^ {0,3}(?:```|~~~)")
RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
SETEXT = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
REF_DEFINITION = re.compile(r"^ {0,3}\[[^\]\n]{1,300}\]:\s*\S+")
QUOTE = re.compile(r"^ {0,3}(?:>[ \t]?)+")

IMAGE = re.compile(r"!\[[^\]\n]{0,300}\]\([^)\n]{0,2000}\)|!\[[^\]\n]{0,300}\]\[[^\]\n]{0,300}\]")
LINK = re.compile(r"(\[)([^\]\n]{1,300})(\]\((?:[^()\n]|\([^)\n]{0,200}\)){0,2000}\))")
REF_LINK = re.compile(r"(\[)([^\]\n]{1,300})(\]\[[^\]\n]{0,300}\])")
CODE = re.compile(r"(`+)([^`\n]{1,300}?)(`+)")
# (Not a text browser's form field, "____", nor two underscores round a soft hyphen.)
STRONG = re.compile(r"(\*\*|__)(?=[^\s*_\u00ad])([^\n]{1,300}?)(?<=[^\s*_\u00ad])(\1)")
EM_STAR = re.compile(r"(?<![\w*])(\*)(?=\S)([^\n*]{1,300}?)(?<=\S)(\*)(?![\w*])")
EM_UNDERSCORE = re.compile(r"(?<![\w_])(_)(?=\S)([^\n_]{1,300}?)(?<=\S)(_)(?![\w_])")
STRIKE = re.compile(r"(~~)(?=\S)([^\n]{1,300}?)(?<=\S)(~~)")
ESCAPE = re.compile(r"(\\)([\\`*_{}\[\]()#+\-.!|>~])")
# The marks around a text, in the order they are taken out (links before emphasis inside
# their text; emphasis twice over for nested marks such as ***both***).
WRAPPING = (LINK, REF_LINK, CODE, STRONG, EM_STAR, EM_UNDERSCORE, STRIKE)
EMPHASIS = (STRONG, EM_STAR, EM_UNDERSCORE)
