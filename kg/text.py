"""Cleaning of text as it is read, so that nothing downstream can write an unreadable literal.

Text is cleaned once, when an article or fact sheet is read: Unicode NFC; line ends made ``\\n``;
control characters other than tab and newline removed; lone surrogates replaced by U+FFFD;
the non-characters U+FFFE and U+FFFF removed (XML cannot carry them). Character offsets of
evidence are offsets into the cleaned text.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["clean_text"]

# C0 and C1 controls except tab and newline, DEL, and the two non-characters XML 1.0 forbids.
_UNWANTED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Return ``text`` normalised to NFC with controls, surrogates and non-characters made safe.

    >>> clean_text("Serbia\\r\\nand\\x00 NATO\\ud800")
    'Serbia\\nand NATO\\ufffd'
    """
    if text.isprintable():  # no line break, control, surrogate or non-character: most fields of a sheet
        return unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SURROGATE.sub("\ufffd", text)
    text = _UNWANTED.sub("", text)
    return unicodedata.normalize("NFC", text)
