"""Bytes to text: declared charset first, then detection, so legacy pages read right."""

from __future__ import annotations

import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)


def repair_surrogates(text: str) -> str:
    """Half a UTF-16 pair (a JSON `\\ud800` escape) becomes U+FFFD: no UTF-8 writer or tokenizer takes one.

    Each lone surrogate is one character and so is its replacement, so offsets into the text still hold.
    """
    if not _LONE_SURROGATE.search(text):
        return text
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


class DecodeError(ValueError):
    """The bytes are not text in any charset we can recognise (binary data)."""


def looks_binary(data: bytes) -> bool:
    """NUL bytes or a high share of control bytes in the first 8 KB mean binary, not text."""
    head = data[:8192]
    if not head:
        return False
    if b"\x00" in head:  # UTF-16 is never judged here: callers read its byte-order mark first
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls / len(head) > 0.05


_WESTERN_MARKS = frozenset("‘’‚“”„–—…•€™«»°£§©®·¡¿×")


def _sparse_western(data: bytes) -> str | None:
    """Windows-1252 text with a few accented letters ("Café", "José Müller") when that is what it looks like.

    Detection guesses badly on short undeclared text (a Latin-1 paragraph reads as a Baltic DOS code page),
    while English and Western European news is what we read most. Cyrillic or Greek bytes also decode under
    Windows-1252, but as whole words of accented letters, so the accented share of the letters tells them apart.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    high = [c for c in text if ord(c) > 127]
    letters = sum(c.isalpha() for c in text)
    if all(c.isalpha() or c in _WESTERN_MARKS for c in high) and len(high) <= 0.1 * max(letters, 1):
        return text
    return None


DECODING_WARNING = "decoding:"  # how a decoding warning begins (the pipeline reports it per input)
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
MOSTLY_UTF8 = 0.05  # invalid bytes per valid multi-byte UTF-8 sequence below which a text is UTF-8 with errors


@dataclass
class Decoded:
    text: str
    warning: str | None = None  # what decoding had to replace, and where


def _mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few stray bytes (a cut character, one byte of another charset) stays UTF-8: the stray
    bytes become U+FFFD and a warning says where, rather than the whole page being read in a legacy charset."""
    valid = len(_UTF8_SEQUENCE.findall(data))
    if not valid:
        return None
    try:
        data.decode("utf-8")
        return None
    except UnicodeDecodeError as exc:
        first = exc.start
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") - data.count("\ufffd".encode())
    if invalid > max(2, MOSTLY_UTF8 * valid):
        return None
    note = f"{DECODING_WARNING} invalid UTF-8, {invalid} sequence(s) replaced by U+FFFD, the first at byte offset {first}"
    return Decoded(text, note)


def _with_bom(data: bytes, codec: str, skip: int) -> Decoded:
    """Text after a byte-order mark; bytes that are not of its encoding become U+FFFD, and a warning says so."""
    text = data[skip:].decode(codec, errors="replace")
    replaced = text.count("\ufffd") - data.count("\ufffd".encode(codec))
    note = f"{DECODING_WARNING} invalid {codec.upper()} after its byte-order mark, {replaced} sequence(s) replaced by U+FFFD"
    return Decoded(text, note if replaced > 0 else None)


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """Decode page bytes: BOM, declared/meta charset, strict UTF-8, UTF-8 with a few stray bytes, then
    charset detection."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _with_bom(data, "utf-8", 3)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _with_bom(data, "utf-16", 0)
    if looks_binary(data):
        raise DecodeError("binary content, not text")
    candidates = [declared] if declared else []
    meta = _META_CHARSET.search(data[:4096])
    if meta:
        candidates.append(meta.group(1).decode("ascii", "ignore"))
    candidates.append("utf-8")
    for charset in candidates:
        try:
            return Decoded(data.decode(charset))
        except (LookupError, UnicodeDecodeError):
            continue
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly
    fallback = f"{DECODING_WARNING} no charset declared and not UTF-8, read as"
    western = _sparse_western(data)
    if western is not None:
        return Decoded(western, f"{fallback} windows-1252")
    best = from_bytes(data[: 1024 * 1024]).best()
    if best is None or best.encoding is None:
        raise DecodeError("undecodable bytes in no known charset")
    return Decoded(data.decode(best.encoding, errors="replace"), f"{fallback} {best.encoding} (detected)")
