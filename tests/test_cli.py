"""CLI contract of SPEC.md: formats, exit codes, errors named on stderr, the rest still reported."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import HTML_EXAMPLES, fingerprint

CLI = [sys.executable, "-m", "newscheck"]


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], input=stdin, capture_output=True, timeout=600)


def test_version_and_help_with_examples():
    version = run_cli("--version")
    assert version.returncode == 0 and version.stdout.decode().startswith("newscheck ")
    helptext = run_cli("--help").stdout.decode()
    assert "analyze" in helptext and "stance" in helptext and "serve" in helptext and "Examples" in helptext


def test_usage_error_exits_2():
    assert run_cli("analyze").returncode == 2
    assert run_cli("analyze", "x.txt", "--format", "pdf").returncode == 2


def test_the_ray_engine_refuses_stdin_in_one_line_before_starting():
    done = run_cli("analyze", "-", "--engine", "ray", stdin=b"Ferry fares rise\n\nFares rise by 6% in March, the board said.")
    assert done.returncode == 2
    assert done.stderr.decode().strip() == "--engine ray reads files, directories and URLs, not stdin ('-')"


def test_parquet_output_without_a_folder_is_refused_before_any_analysis(seed_000):
    done = run_cli("analyze", str(seed_000), "-q", "--format", "parquet")
    assert done.returncode == 2
    assert "--format parquet writes a folder of tables: name it with -o" in done.stderr.decode()


def test_analyze_seeds_and_bad_inputs_reports_good_ones_and_exits_1(tmp_path, seed_000, seed_001):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40)
    out = tmp_path / "report.json"
    result = run_cli("analyze", str(seed_000), str(empty), str(seed_001), str(binary), "--format", "json", "-o", str(out))
    assert result.returncode == 1
    stderr = result.stderr.decode()
    assert f"{empty}: empty input" in stderr
    assert f"{binary}: binary" in stderr
    report = json.loads(out.read_text())
    headlines = [a["headline"] for a in report["articles"]]
    assert [fingerprint(h) for h in headlines] == ["6719fa42233a", "fce98a70718c"]  # the seeds' headlines (conftest)
    first = report["articles"][0]
    for key in (
        "id",
        "source",
        "published",
        "byline",
        "body",
        "teasers",
        "credits",
        "warnings",
        "quotes",
        "claims",
        "headline_support",
        "signals",
    ):
        assert key in first
    assert first["published"] == "2024-09-12"
    assert {"stories", "crosschecks"} <= report.keys()


def test_analyze_stdin_markdown_and_html_formats(tmp_path):
    page = (HTML_EXAMPLES / "harbor-strike.html").read_bytes()
    md = run_cli("analyze", "-", "--format", "md", "--no-verify", stdin=page)
    assert md.returncode == 0, md.stderr.decode()
    assert "Dock workers in Port Selwyn end nine-day strike" in md.stdout.decode()
    html_out = tmp_path / "r.html"
    html = run_cli("analyze", str(HTML_EXAMPLES / "harbor-strike.html"), "--format", "html", "-o", str(html_out))
    assert html.returncode == 0, html.stderr.decode()
    text = html_out.read_text()
    assert text.lstrip().lower().startswith("<!doctype html") and "Dock workers" in text
    assert "http://" not in text.split("<body", 1)[0] and "https://" not in text.split("<body", 1)[0]


def test_analyze_summary_only_writes_the_counts_and_leaves_the_articles_in_the_store(tmp_path):
    page = str(HTML_EXAMPLES / "harbor-strike.html")
    refused = run_cli("analyze", page, "--summary-only")
    assert refused.returncode == 2
    assert "--summary-only keeps the analysis only in a store: name one with --db" in refused.stderr.decode()
    as_html = run_cli("analyze", page, "--summary-only", "--db", "sqlite://", "--format", "html")
    assert as_html.returncode == 2
    assert "--summary-only writes the run's counts as JSON, not html: drop --format" in as_html.stderr.decode()
    db = f"sqlite:///{tmp_path / 'news.db'}"
    counted = run_cli("analyze", page, "--summary-only", "--db", db, "--no-verify")
    assert counted.returncode == 0, counted.stderr.decode()
    assert json.loads(counted.stdout) == {"read": 1, "analyzed": 1, "duplicate": 0, "refused": 0}
    stored = run_cli("report", "--db", db, "--format", "json")
    assert [a["headline"] for a in json.loads(stored.stdout)["articles"]] == [
        "Dock workers in Port Selwyn end nine-day strike after pay deal"
    ]


def test_stance_claim_level_judges_a_passage_and_names_the_clash_in_body_offsets(tmp_path):
    pairs = tmp_path / "pairs.jsonl"
    lines = [
        {
            "id": "tram",
            "headline": "The Brisvik city council approved the new tram line on Thursday by 31 votes to 12.",
            "body": "Councillors met for six hours. The Brisvik city council rejected the new tram line on Thursday.",
        },
        {"id": "weather", "headline": "The Brisvik city council approved the new tram line.", "body": "Wheat prices rose again."},
        {"id": "broken", "headline": "x"},
    ]
    pairs.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    result = run_cli("stance", "--pairs", str(pairs), "--claim-level")
    assert result.returncode == 1
    assert "line 3: missing body" in result.stderr.decode()
    tram, weather = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert tram["label"] == "disagree" and weather["label"] == "unrelated"
    body = lines[0]["body"]
    assert body[tram["clash"]["sentence_start"] : tram["clash"]["sentence_end"]] == "rejected"
    assert body[tram["evidence"][0]["start"] : tram["evidence"][0]["end"]] == tram["evidence"][0]["sentence"]
    assert set(tram["scores"]) == {"agree", "disagree", "discuss", "unrelated"}


def test_duplicates_and_replaced_bytes_are_named_on_stderr_and_counted(tmp_path, seed_000):
    copy = tmp_path / "copy.txt"
    copy.write_bytes(seed_000.read_bytes())
    stray = tmp_path / "stray.txt"
    stray.write_bytes(seed_000.read_bytes().replace(b"historic", b"histor\xffic", 1))
    out = tmp_path / "report.json"
    result = run_cli("analyze", str(seed_000), str(copy), str(stray), "--no-verify", "-q", "-o", str(out))
    assert result.returncode == 0  # a duplicate is no failure
    stderr = result.stderr.decode()
    assert f"warning: {copy}: same article as {seed_000}" in stderr
    assert f"warning: {stray}: decoding: invalid UTF-8, 1 sequence(s) replaced by U+FFFD, the first at byte offset" in stderr
    assert "3 read, 2 analyzed, 1 duplicate, 0 refused" in stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["summary"] == {"read": 3, "analyzed": 2, "duplicate": 1, "refused": 0}
    stray_article = next(a for a in report["articles"] if a["source"] == str(stray))
    assert "“the American threat,”" in stray_article["body"]  # the rest of the page is not read as a legacy charset


def test_db_check_reports_a_sound_store_and_exits_1_on_a_broken_one(tmp_path, seed_000):
    db = f"sqlite:///{tmp_path / 'news.db'}"
    assert run_cli("analyze", str(seed_000), "--db", db, "--no-verify", "-q", "-o", str(tmp_path / "r.json")).returncode == 0
    sound = run_cli("db", "check", "--db", db)
    assert sound.returncode == 0 and "1 article(s); 0 integrity problem(s)" in sound.stdout.decode()
    import sqlite3

    with sqlite3.connect(tmp_path / "news.db") as conn:
        conn.execute("INSERT INTO claims (id, article_id, text) VALUES ('c9', 'missing', 'x')")
    broken = run_cli("db", "check", "--db", db)
    assert broken.returncode == 1 and "claim of no stored article: c9" in broken.stderr.decode()
