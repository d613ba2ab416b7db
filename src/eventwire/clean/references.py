"""Decode HTML character references left in plain text.

Text exported from web pages as "plain" often still carries the page's
character references: ``AT&amp;T``, ``Pel&#233;``, ``Russia&#39;s``. Some
pipelines also lose the ampersand on the way, leaving ``Russia #39;s`` or
``a #36;300K prize`` (a space where the ``&`` was). Left alone, both break
the words the later stages look up: "Japan #39;s Toshiba" is no possessive, so
the actors stage cannot tell a company from its country.

Two steps, each on the clean text only (spans in ``Removed`` still point into
the raw input, which is kept as read):

1. Well-formed references (``&name;``, ``&#NNN;``, ``&#xHH;``) are decoded
   as a browser decodes them (:func:`html.unescape`, which also maps the
   Windows-1252 range 128-159 to its intended characters).
2. A numeric reference that lost its ampersand is decoded only when its
   number names printable punctuation or a currency sign (``#39;`` but not
   ``#1;``) and it stands where an ``&`` stood: after a space or at the start
   of a line. Before a letter (an apostrophe inside a word, "Russia #39;s")
   the space that replaced the ``&`` goes too. Hashtags and issue numbers
   ("#39 on the list", "#metoo") have no closing semicolon and stay.
"""

from __future__ import annotations

import html
import re

#: A well-formed reference, named or numeric.
WELL_FORMED = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
#: A numeric reference whose ampersand became a space (or vanished at a line start).
LOST_AMPERSAND = re.compile(r"(^| )#([0-9]{2,4});", re.MULTILINE)
#: Code points a lost-ampersand reference may name: punctuation, symbols and currency signs
#: (ASCII, Latin-1, the Windows-1252 quotes and dashes at 145-151, typographic quotes and dashes).
DECODABLE = frozenset(range(33, 48)) | frozenset(range(58, 65)) | frozenset(range(91, 97)) \
    | frozenset(range(123, 127)) | frozenset(range(128, 192)) | frozenset(range(8211, 8231)) | {8364}


def decode_references(text: str) -> str:
    """The text with character references decoded (unchanged when it has none)."""
    if "&" in text:
        text = WELL_FORMED.sub(lambda m: html.unescape(m.group(0)), text)
    if "#" in text:
        text = LOST_AMPERSAND.sub(_lost_ampersand, text)
    return text


def _lost_ampersand(match: re.Match[str]) -> str:
    number = int(match.group(2))
    if number not in DECODABLE:
        return match.group(0)
    char = html.unescape(f"&#{number};")
    string, end = match.string, match.end()
    glued = match.start() > 0 and string[match.start() - 1].isalnum() and end < len(string) and string[end].isalnum()
    # "Russia #39;s": the apostrophe belongs to the word before; elsewhere the space stays ("cost #36;10").
    return char if glued and char in "'\u2019" else match.group(1) + char
