"""Ingest: every input form becomes Documents; every bad input becomes one clear error."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from conftest import HTML_EXAMPLES
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newscheck.config import FetchSettings, Settings
from newscheck.ingest import ingest, sniff_kind
from newscheck.records import Document, InputError

HARBOR = (HTML_EXAMPLES / "harbor-strike.html").read_bytes()
VACCINE = (HTML_EXAMPLES / "vaccine-plant.html").read_bytes()

RSS_TEMPLATE = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Fictional Ledger feed</title><link>{base}/</link>
<description>Fictional feed for newscheck tests</description>
<item><title>Dock workers in Port Selwyn end nine-day strike after pay deal</title>
<link>{base}/harbor.html</link><pubDate>Fri, 14 Mar 2025 08:30:00 GMT</pubDate>
<description>Short teaser only.</description></item>
<item><title>Valdria opens vaccine plant</title>
<link>{base}/vaccine.html</link><pubDate>Mon, 02 Jun 2025 09:00:00 GMT</pubDate>
<description>Short teaser only.</description></item>
</channel></rss>"""

ATOM_INLINE = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Fictional Atom feed</title><id>urn:x:feed</id>
<updated>2025-04-01T10:00:00Z</updated>
<entry><title>Ferry service to Orla Island resumes after storm</title><id>urn:x:1</id>
<link href="https://ferries.example.test/orla"/><updated>2025-04-01T10:00:00Z</updated>
<author><name>Tomas Reed</name></author>
<content type="html">&lt;p&gt;Ferry crossings to the fictional Orla Island resumed on Tuesday after a storm closed the harbour for three days, the operator Northsound Lines said.&lt;/p&gt;&lt;p&gt;"All six vessels are back in service and the timetable is normal," said operations director Hanna Lund, adding that 2,300 stranded passengers had been carried since dawn.&lt;/p&gt;&lt;p&gt;The island council said shops had run short of fresh food during the closure, according to a statement posted on its website.&lt;/p&gt;</content>
</entry></feed>"""


def documents(items):
    return [i for i in items if isinstance(i, Document)]


def errors(items):
    return [i for i in items if isinstance(i, InputError)]


def write_warc(path: Path, pages: dict[str, bytes], gz: bool) -> None:
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gz)
        for uri, body in pages.items():
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers))
        writer.write_record(writer.create_warc_record("urn:x", "warcinfo", payload=io.BytesIO(b"software: test")))


def test_sniff_kind_reads_content_not_extension():
    assert sniff_kind(HARBOR) == "html"
    assert sniff_kind(b"Dark\nLight\n\nA headline\n\nSome text.") == "text"
    assert sniff_kind(RSS_TEMPLATE.encode()) == "feed"
    assert sniff_kind(ATOM_INLINE.encode()) == "feed"
    assert sniff_kind(b'{"text": "x"}\n{"text": "y"}') == "jsonl"
    assert sniff_kind(b"WARC/1.1\r\n") == "warc"


def test_directory_and_glob_expand_to_files_in_order(tmp_path):
    (tmp_path / "b.html").write_bytes(VACCINE)
    (tmp_path / "a.txt").write_bytes(HARBOR)  # the extension says text: the content says HTML
    (tmp_path / "README.md").write_text("# notes")  # not a page: skipped inside directories
    docs = documents(ingest([str(tmp_path)], Settings()))
    assert [Path(d.source).name for d in docs] == ["a.txt", "b.html"]
    assert {d.kind for d in docs} == {"html"}
    globbed = documents(ingest([str(tmp_path / "*.html")], Settings()))
    assert [Path(d.source).name for d in globbed] == ["b.html"]


def test_stdin_dash_is_read(tmp_path):
    docs = documents(ingest(["-"], Settings(), stdin=io.BytesIO(HARBOR)))
    assert docs[0].source == "stdin" and docs[0].kind == "html"


@pytest.mark.parametrize("gz", [False, True], ids=["warc", "warc.gz"])
def test_warc_response_records_become_documents(tmp_path, gz):
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    write_warc(path, {"https://ledger.example.test/harbor": HARBOR, "https://wire.example.test/vaccine": VACCINE}, gz)
    docs = documents(ingest([str(path)], Settings()))
    assert [d.url for d in docs] == ["https://ledger.example.test/harbor", "https://wire.example.test/vaccine"]
    assert all(d.kind == "html" and d.metadata.get("charset") == "utf-8" for d in docs)


def test_truncated_warc_keeps_earlier_records_and_reports_the_rest(tmp_path):
    path = tmp_path / "broken.warc"
    write_warc(path, {"https://a.example.test/1": HARBOR, "https://a.example.test/2": VACCINE}, gz=False)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - len(VACCINE) // 2] + b"\r\nWARC/garbage")
    items = list(ingest([str(path)], Settings()))
    assert len(documents(items)) >= 1
    assert errors(items) and "broken.warc" in errors(items)[0].line()


def test_jsonl_lines_with_html_text_url_and_a_malformed_line(tmp_path, local_site):
    url = local_site.add("/vaccine.html", VACCINE)
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"html": HARBOR.decode(), "url": "https://ledger.example.test/harbor"}),
        "{not json",
        json.dumps({"text": "Body text of a fictional report.", "headline": "A fictional headline", "published": "2025-01-02"}),
        json.dumps({"url": url}),
        json.dumps({"nothing": 1}),
    ]
    path.write_text("\n".join(lines))
    settings = Settings(fetch=FetchSettings(allow_private=True))
    items = list(ingest([str(path)], settings))
    docs = documents(items)
    assert [d.kind for d in docs] == ["html", "text", "html"]
    assert docs[1].metadata["headline"] == "A fictional headline"
    assert [e.source for e in errors(items)] == [f"{path}:2", f"{path}:5"]


def test_rss_feed_entries_are_fetched_from_their_links(local_site):
    local_site.add("/harbor.html", HARBOR)
    local_site.add("/vaccine.html", VACCINE)
    feed = local_site.add("/feed.xml", RSS_TEMPLATE.format(base=local_site.base), ctype="application/rss+xml")
    docs = documents(ingest([feed], Settings(fetch=FetchSettings(allow_private=True))))
    assert [d.url for d in docs] == [local_site.base + "/harbor.html", local_site.base + "/vaccine.html"]
    assert docs[0].metadata["headline"].startswith("Dock workers")
    assert docs[0].metadata["published"].startswith("Fri, 14 Mar 2025")


def test_atom_feed_inline_content_is_used_without_fetching(tmp_path):
    path = tmp_path / "feed.atom"
    path.write_text(ATOM_INLINE)
    docs = documents(ingest([str(path)], Settings()))
    assert len(docs) == 1
    assert b"Orla Island resumed" in docs[0].content
    assert docs[0].metadata["byline"] == "Tomas Reed"


def test_malformed_feed_is_one_error(tmp_path):
    path = tmp_path / "broken.xml"
    path.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>unclosed')
    items = list(ingest([str(path)], Settings()))
    assert len(items) == 1 and isinstance(items[0], InputError)
    assert "feed" in items[0].reason


@pytest.mark.parametrize(
    "name,content,reason",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n ", "empty"),
        ("image.bin", bytes(range(256)) * 64, "binary"),
    ],
)
def test_bad_files_give_one_clear_error(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    items = list(ingest([str(path)], Settings()))
    assert len(items) == 1 and isinstance(items[0], InputError)
    assert reason in items[0].reason and items[0].source == str(path)


def test_fifty_megabyte_file_is_refused_unread(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.write(b"word " * (10 * 1024 * 1024))
    items = list(ingest([str(path)], Settings()))
    assert isinstance(items[0], InputError) and "limit" in items[0].reason


def test_missing_path_and_empty_glob_are_errors_and_the_batch_goes_on(tmp_path):
    good = tmp_path / "good.html"
    good.write_bytes(HARBOR)
    items = list(ingest([str(tmp_path / "missing.txt"), str(tmp_path / "*.nothing"), str(good)], Settings()))
    assert [type(i).__name__ for i in items] == ["InputError", "InputError", "Document"]


def test_url_on_loopback_is_refused_without_allow_private(local_site):
    url = local_site.add("/harbor.html", HARBOR)
    items = list(ingest([url], Settings()))
    assert isinstance(items[0], InputError)
    assert "refusing" in items[0].reason and "--allow-private" in items[0].reason


def test_url_fetch_follows_redirects_within_the_cap(local_site):
    target = local_site.add("/harbor.html", HARBOR)
    local_site.redirect("/r1", "/r2")
    start = local_site.redirect("/r2", "/harbor.html")
    start = local_site.base + "/r1"
    docs = documents(ingest([start], Settings(fetch=FetchSettings(allow_private=True))))
    assert docs[0].url == target and docs[0].metadata["charset"] == "utf-8"
    loop = local_site.redirect("/loop", "/loop")
    items = list(ingest([loop], Settings(fetch=FetchSettings(allow_private=True, max_redirects=3))))
    assert isinstance(items[0], InputError) and "redirects" in items[0].reason


def test_url_errors_name_the_url(local_site):
    missing = local_site.base + "/missing"
    big = local_site.add("/big", b"x" * 5000)
    settings = Settings(fetch=FetchSettings(allow_private=True, max_bytes=1000, timeout_s=2))
    items = list(ingest([missing, big, "http://127.0.0.1:9/unreachable", "http://no-such-host.invalid/"], settings))
    assert all(isinstance(i, InputError) for i in items)
    assert "404" in items[0].reason
    assert "limit" in items[1].reason
    assert "cannot reach" in items[2].reason
    assert "resolve" in items[3].reason


def test_gzip_that_is_not_warc_is_binary(tmp_path):
    path = tmp_path / "notes.gz"
    path.write_bytes(gzip.compress(b"plain words"))
    items = list(ingest([str(path)], Settings()))
    assert isinstance(items[0], InputError) and "binary" in items[0].reason


def test_jsonl_article_text_may_come_under_the_names_data_sets_use(tmp_path):
    path = tmp_path / "dataset.jsonl"
    records = [
        {"headline": "A fictional headline", "body": "Body of a fictional report."},
        {"title": "Another fictional headline", "content": "Content of a fictional report."},
        {"maintext": "Main text of a fictional report."},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records))
    docs = documents(list(ingest([str(path)], Settings())))
    assert [d.content for d in docs] == [r[k].encode() for r, k in zip(records, ("body", "content", "maintext"))]
    assert [d.metadata["headline"] for d in docs[:2]] == ["A fictional headline", "Another fictional headline"]


def test_jsonl_half_surrogate_escape_becomes_a_replacement_character_not_a_crash(tmp_path):
    # A JSON "\ud800" escape decodes to half a UTF-16 pair, which no UTF-8 writer accepts.
    path = tmp_path / "broken.jsonl"
    path.write_text(
        '{"title": "Harbour \\ud800 reopens", "text": "The fictional harbour reopened \\udc00 on Monday."}\n'
        '{"text": "A second fictional report, intact."}\n'
    )
    docs = documents(list(ingest([str(path)], Settings())))
    assert [d.content.decode("utf-8") for d in docs] == [
        "The fictional harbour reopened \ufffd on Monday.",
        "A second fictional report, intact.",
    ]
    assert docs[0].metadata["headline"] == "Harbour \ufffd reopens"


def test_jsonl_metadata_of_other_json_types_is_text_or_nothing(tmp_path):
    path = tmp_path / "dataset.jsonl"
    records = [
        {"title": {"en": "x"}, "authors": ["Ana Vell", "Rui Sato"], "date": 20250314, "url": 7, "text": "A fictional report."},
        {"title": ["not", "a", "title"], "author": "", "published": True, "text": "Another fictional report."},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records))
    docs = documents(list(ingest([str(path)], Settings())))
    assert [d.metadata.get("headline") for d in docs] == [None, None]
    assert docs[0].metadata["byline"] == "Ana Vell, Rui Sato"
    assert docs[0].metadata["published"] == "20250314"
    assert docs[0].url is None and docs[0].source.endswith("dataset.jsonl:1")
    assert not docs[1].metadata.get("byline") and not docs[1].metadata.get("published")


@pytest.mark.parametrize(
    "kind, page",
    [
        ("text", "The fictional port of Dunmere reopened on Monday, officials said."),
        ("html", "<html><body><p>Dunmere port reopened.</p></body></html>"),
    ],
)
def test_utf16_with_byte_order_mark_is_sniffed_by_its_characters(tmp_path, kind, page):
    path = tmp_path / "page"
    path.write_bytes(page.encode("utf-16"))
    (doc,) = documents(list(ingest([str(path)], Settings())))
    assert doc.kind == kind


def _arc(records: list[tuple[str, bytes]], gz: bool) -> bytes:
    """An ARC (version 1) file: a filedesc record, then one record per page; gzipped one member per record
    as archives write it."""
    version = b"1 0 newscheck-tests\nURL IP-address Archive-date Content-type Archive-length\n"
    parts = [b"filedesc://tests.arc 0.0.0.0 20250314083000 text/plain %d\n" % len(version) + version + b"\n"]
    for url, html in records:
        payload = b"HTTP/1.0 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
        parts.append(b"%s 192.0.2.1 20250314083000 text/html %d\n" % (url.encode(), len(payload)) + payload + b"\n")
    return b"".join(gzip.compress(p) for p in parts) if gz else b"".join(parts)


@pytest.mark.parametrize("gz", [False, True], ids=["arc", "arc.gz"])
def test_arc_web_archives_of_the_older_format_are_read_as_archives(tmp_path, gz):
    path = tmp_path / ("crawl.arc.gz" if gz else "crawl.arc")
    path.write_bytes(_arc([("https://ledger.example.test/harbor", HARBOR), ("https://wire.example.test/vaccine", VACCINE)], gz))
    items = list(ingest([str(path)], Settings()))
    assert not errors(items)
    docs = documents(items)
    assert [d.url for d in docs] == ["https://ledger.example.test/harbor", "https://wire.example.test/vaccine"]
    assert all(d.kind == "html" and d.source.startswith(str(path) + "#") for d in docs)


def test_a_warc_gzipped_as_one_member_is_still_read(tmp_path):
    plain = tmp_path / "crawl.warc"
    write_warc(plain, {"https://ledger.example.test/harbor": HARBOR}, gz=False)
    whole = tmp_path / "crawl.warc.gz"
    whole.write_bytes(gzip.compress(plain.read_bytes()))
    assert [d.url for d in documents(ingest([str(whole)], Settings()))] == ["https://ledger.example.test/harbor"]


def test_jsonl_whose_first_record_is_longer_than_the_sniffed_head_keeps_every_record(tmp_path):
    long_text = "Harbour workers in the fictional port of Lessa walked out on Tuesday. " * 1200  # ~80 KB
    lines = [
        {"headline": "Lessa strike", "text": long_text},
        {"headline": "Orsk ferry", "text": "The Orsk ferry resumed on Monday. " * 20},
    ]
    path = tmp_path / "big.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    assert len(lines[0]["text"]) > 64 * 1024
    docs = documents(ingest([str(path)], Settings()))
    assert [d.metadata["headline"] for d in docs] == ["Lessa strike", "Orsk ferry"]
    assert [d.source for d in documents(ingest(["-"], Settings(), stdin=io.BytesIO(path.read_bytes())))] == ["stdin:1", "stdin:2"]


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from newscheck.extract import ExtractError, extract  # noqa: E402

HOSTILE_TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=400)  # surrogates and controls too


def _read(data: bytes) -> None:
    for item in ingest(["-"], Settings(progress=False), stdin=io.BytesIO(data)):
        if isinstance(item, Document):
            try:
                extract(item, Settings())
            except ExtractError:
                pass


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(
    st.binary(max_size=3000),
    HOSTILE_TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.builds(lambda d, t: ("<div>" * d + f"<p>{t}</p>").encode("utf-8", "surrogatepass"), st.integers(0, 600), HOSTILE_TEXT),
    st.lists(st.one_of(HOSTILE_TEXT, st.dictionaries(st.sampled_from(["text", "html", "url", "headline"]), HOSTILE_TEXT)), max_size=4)
    .map(lambda lines: "\n".join(json.dumps(x) if isinstance(x, dict) else x for x in lines).encode("utf-8", "surrogatepass")),
))  # fmt: skip
def test_any_bytes_are_read_or_refused_never_a_crash(data):
    _read(data)
