"""Ingest stage: whatever the user points at → Documents (or one-line InputErrors).

Inputs are paths, globs, directories, URLs, feed URLs, WARC(.gz), JSONL and stdin
("-"). The kind is sniffed from the content, not trusted from the extension.
Containers (feeds, WARC, JSONL) stream record by record, so one bad record costs
that record alone.
"""

from __future__ import annotations

import contextlib
import glob
import gzip
import io
import json
import re
import sys
import threading
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import feedparser
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newscheck.config import Settings
from newscheck.encoding import looks_binary, repair_surrogates
from newscheck.fetch import FetchError, fetch_url
from newscheck.records import Document, InputError

__all__ = ["ingest", "expand_inputs", "sniff_kind"]

_URL = re.compile(r"^https?://", re.I)
_HTML_MARK = re.compile(rb"<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]|<article[\s>]|<p[\s>]|<div[\s>]", re.I)
_FEED_MARK = re.compile(rb"<rss[\s>]|<feed[\s>][^>]*|<rdf:RDF", re.I)
_JSONL_TEXT = ("text", "body", "content", "maintext")  # the article text under the names data sets give it
_SNIFF_BYTES = 64 * 1024
_PAGE_EXTENSIONS = (".txt", ".text", ".html", ".htm", ".xhtml", ".xml", ".rss", ".atom", ".warc", ".warc.gz", ".jsonl")
_MIN_INLINE_CONTENT = 400  # feed content shorter than this is a summary, not the article
_STDERR_LOCK = threading.Lock()  # sys.stderr is the process's: one reader redirects it at a time


def sniff_kind(head: bytes, first_line: bytes | None = None) -> str:
    """warc | feed | jsonl | html | text, from the first bytes of the content. A JSON object is judged on
    its whole `first_line` when the caller has it: a record longer than the head is still a record."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with its byte-order mark: sniff the characters
        head = head.decode("utf-16", "ignore").encode("utf-8")
        first_line = None
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith((b"WARC/", b"filedesc://")):  # WARC, or the older ARC format
        return "warc"
    if head[:2] == b"\x1f\x8b":
        try:
            inner = gzip.GzipFile(fileobj=io.BytesIO(head)).read(16)
        except (OSError, EOFError):
            inner = b""
        return "warc" if inner.startswith((b"WARC/", b"filedesc://")) else "binary"
    if stripped.startswith(b"<?xml") or stripped[:1] == b"<":
        if _FEED_MARK.search(stripped[:4096]) and not re.search(rb"<html[\s>]", stripped[:4096], re.I):
            return "feed"
    if stripped.startswith(b"{"):
        first = (first_line or stripped).lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 1)[0]
        try:
            if isinstance(json.loads(first), dict):
                return "jsonl"
        except ValueError:
            pass
    if looks_binary(head):
        return "binary"
    if _HTML_MARK.search(stripped[:_SNIFF_BYTES]):
        return "html"
    return "text"


def _first_line(data: bytes) -> bytes:
    """The first line that is not blank (a JSONL record may follow an empty line)."""
    return data.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 1)[0]


def _is_page_file(relative: Path) -> bool:
    """Inside a directory, read page-like files only: not hidden files, READMEs or gold JSON."""
    if any(part.startswith(".") for part in relative.parts):
        return False
    suffixes = "".join(relative.suffixes[-2:]).lower()
    return not relative.suffix or any(suffixes.endswith(ext) for ext in _PAGE_EXTENSIONS)


def expand_inputs(inputs: Iterable[str]) -> Iterator[str | InputError]:
    """Paths, globs and directories → files in a stable order; URLs and '-' pass through."""
    for item in inputs:
        if item == "-" or _URL.match(item):
            yield item
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and _is_page_file(p.relative_to(path)))
            if not files:
                yield InputError(item, "directory holds no files")
            yield from (str(p) for p in files)
        elif path.exists():
            yield item
        elif glob.has_magic(item):
            matches = sorted(p for p in glob.glob(item, recursive=True) if Path(p).is_file())
            if not matches:
                yield InputError(item, "pattern matches no files")
            yield from matches
        else:
            yield InputError(item, "no such file or directory")


def _document(source: str, content: bytes, settings: Settings, url: str | None = None, **meta) -> Document | InputError:
    if not content.strip():
        return InputError(source, "empty input")
    if len(content) > settings.max_input_bytes:
        return InputError(source, f"{len(content)} bytes is over the {settings.max_input_bytes}-byte limit for one page")
    kind = sniff_kind(content[:_SNIFF_BYTES])
    if kind == "binary":
        return InputError(source, "binary content, not a page")
    return Document(
        source=source,
        content=content,
        kind="html" if kind == "html" else "text",
        url=url,
        fetched_at=meta.pop("fetched_at", None),
        metadata={k: v for k, v in meta.items() if v not in (None, "")},
    )


def _fetch(url: str, settings: Settings, source: str | None = None) -> Iterator[Document | InputError]:
    try:
        page = fetch_url(url, settings.fetch)
    except FetchError as exc:
        yield InputError(source or url, str(exc))
        return
    kind = sniff_kind(page.content[:_SNIFF_BYTES], _first_line(page.content))
    if kind in ("feed", "warc", "jsonl"):
        yield from _container(source or url, kind, io.BytesIO(page.content), settings)
        return
    yield _document(source or url, page.content, settings, url=page.url, charset=page.charset, fetched_at=page.fetched_at)


def _feed(source: str, stream: BinaryIO, settings: Settings) -> Iterator[Document | InputError]:
    parsed = feedparser.parse(stream.read())
    if not parsed.entries:
        reason = str(parsed.get("bozo_exception") or "no entries")
        yield InputError(source, f"malformed or empty feed: {reason}")
        return
    for index, entry in enumerate(parsed.entries):
        entry_source = entry.get("link") or f"{source}#entry{index + 1}"
        meta = {
            "headline": entry.get("title"),
            "published": entry.get("published") or entry.get("updated"),
            "byline": entry.get("author"),
            "feed": source,
        }
        inline = max((c.get("value", "") for c in entry.get("content", [])), key=len, default="")
        inline = inline or entry.get("summary", "")
        if len(inline) >= _MIN_INLINE_CONTENT or not entry.get("link"):
            if not inline.strip():
                yield InputError(entry_source, "feed entry has neither a link nor content")
                continue
            yield _document(entry_source, inline.encode("utf-8"), settings, url=entry.get("link"), **meta)
            continue
        for item in _fetch(entry["link"], settings, source=entry_source):
            if isinstance(item, Document):
                item.metadata = {**{k: v for k, v in meta.items() if v}, **item.metadata}
            yield item


def _warc(source: str, stream: BinaryIO, settings: Settings) -> Iterator[Document | InputError]:
    """HTML response records of a WARC or ARC file, plain or gzipped (one gzip member per record, as the
    formats want, or the whole file in one member, as `gzip` makes it)."""
    start = stream.tell()
    gzipped = stream.read(2) == b"\x1f\x8b"
    stream.seek(start)
    if gzipped and _single_gzip_member(stream, start):
        stream = gzip.GzipFile(fileobj=stream)
    count = 0
    try:
        for record in _quiet(ArchiveIterator(stream, arc2warc=True)):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            if "html" not in content_type and "text/plain" not in content_type:
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI")
            count += 1
            charset = None
            if "charset=" in content_type:
                charset = content_type.split("charset=", 1)[1].split(";")[0].strip()
            body = record.content_stream().read()
            if getattr(record.raw_stream, "limit", 0) > 0:
                raise EOFError(f"record {uri} is cut short")
            yield _document(
                f"{source}#{uri or count}",
                body,
                settings,
                url=uri,
                charset=charset,
                fetched_at=record.rec_headers.get_header("WARC-Date"),
            )
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
        reason = next((line.strip() for line in str(exc).splitlines() if line.strip()), type(exc).__name__)
        yield InputError(source, f"malformed WARC after {count} records: {reason}")
        return
    if count == 0:
        yield InputError(source, "WARC holds no HTML response records")


def _quiet(records: Iterator) -> Iterator:
    """The records, with what warcio writes to stderr on its own (a multi-line note for each record whose
    length is off) kept out of the user's terminal: a record it cannot read still ends in one error line."""
    while True:
        with _STDERR_LOCK, contextlib.redirect_stderr(io.StringIO()):
            record = next(records, None)
        if record is None:
            return
        yield record


def _single_gzip_member(stream: BinaryIO, start: int) -> bool:
    """Whether a gzipped archive is one member over all its records (then it is read as one stream)."""
    stream.seek(start)
    decompressor = zlib.decompressobj(wbits=31)
    single = True  # the first member ends within the first record, or it runs on over all of them
    for _ in range(64):
        chunk = stream.read(64 * 1024)
        if not chunk:
            break
        try:
            while chunk and not decompressor.eof:
                decompressor.decompress(chunk, 1024 * 1024)
                chunk = decompressor.unconsumed_tail
        except zlib.error:
            single = False
            break
        if decompressor.eof:
            single = not decompressor.unused_data and not stream.read(1)
            break
    stream.seek(start)
    return single


def _field_text(value: object, many: bool = False) -> str | None:
    """A JSON metadata field as text: strings as they are, a number (a date such as 20250314) as its
    digits, and where a field may hold `many` (authors) a list of strings joined; anything else, nothing."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if many and isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return ", ".join(v.strip() for v in value if v.strip()) or None
    return None


def _jsonl(source: str, stream: BinaryIO, settings: Settings) -> Iterator[Document | InputError]:
    for lineno, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            obj = json.loads(raw)
        except ValueError as exc:
            yield InputError(where, f"malformed JSON line: {exc}")
            continue
        if not isinstance(obj, dict):
            yield InputError(where, "JSON line is not an object")
            continue
        obj = {key: repair_surrogates(value) if isinstance(value, str) else value for key, value in obj.items()}
        meta = {
            "headline": _field_text(obj.get("headline") or obj.get("title")),
            "published": _field_text(obj.get("published") or obj.get("date")),
            "byline": _field_text(obj.get("byline") or obj.get("author") or obj.get("authors"), many=True),
            "language": _field_text(obj.get("language")),
        }
        url = obj["url"].strip() or None if isinstance(obj.get("url"), str) else None
        line_source = _field_text(obj.get("source")) or url or where
        if isinstance(obj.get("html"), str):
            doc = _document(line_source, obj["html"].encode("utf-8"), settings, url=url, **meta)
            if isinstance(doc, Document):
                doc.kind = "html"
            yield doc
        elif (text := next((obj[k] for k in _JSONL_TEXT if isinstance(obj.get(k), str)), None)) is not None:
            doc = _document(line_source, text.encode("utf-8"), settings, url=url, **meta)
            if isinstance(doc, Document):
                doc.kind = "text"
            yield doc
        elif url:
            for item in _fetch(url, settings, source=line_source):
                if isinstance(item, Document):
                    item.metadata = {**{k: v for k, v in meta.items() if v}, **item.metadata}
                yield item
        else:
            yield InputError(where, "JSON object has none of 'html', 'text' (or 'body', 'content', 'maintext') or 'url'")


def _container(source: str, kind: str, stream: BinaryIO, settings: Settings) -> Iterator[Document | InputError]:
    reader = {"feed": _feed, "warc": _warc, "jsonl": _jsonl}[kind]
    yield from reader(source, stream, settings)


def _read_file(path: str, settings: Settings) -> Iterator[Document | InputError]:
    try:
        with open(path, "rb") as handle:
            head = handle.read(_SNIFF_BYTES)
            first_line = None
            if b"\n" not in head and head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{":
                first_line = head + handle.readline(settings.max_input_bytes)  # one record longer than the head
            kind = sniff_kind(head, first_line)
            handle.seek(0)
            if kind in ("warc", "jsonl", "feed"):
                yield from _container(path, kind, handle, settings)
                return
            size = Path(path).stat().st_size
            if size > settings.max_input_bytes:
                yield InputError(path, f"{size} bytes is over the {settings.max_input_bytes}-byte limit for one page")
                return
            yield _document(path, handle.read(), settings)
    except OSError as exc:
        yield InputError(path, f"cannot read: {exc.strerror or exc}")


def ingest(inputs: Iterable[str], settings: Settings, stdin: BinaryIO | None = None) -> Iterator[Document | InputError]:
    """Every input as Documents, in order; failures come back as InputError, never raised."""
    stdin_count = 0
    for item in expand_inputs(inputs):
        if isinstance(item, InputError):
            yield item
        elif item == "-":
            stdin_count += 1
            data = (stdin or sys.stdin.buffer).read()
            source = "stdin" if stdin_count == 1 else f"stdin:{stdin_count}"
            kind = sniff_kind(data[:_SNIFF_BYTES], _first_line(data))
            if kind in ("warc", "jsonl", "feed"):
                yield from _container(source, kind, io.BytesIO(data), settings)
            else:
                yield _document(source, data, settings)
        elif _URL.match(item):
            yield from _fetch(item, settings)
        else:
            yield from _read_file(item, settings)
