"""Command line: a thin typer shell over newscheck.pipeline, newscheck.stance and the server."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from newscheck import __version__
from newscheck.config import FetchSettings, RaySettings, Settings

if TYPE_CHECKING:
    from newscheck.records import Report

EXAMPLES = """
Examples:

  newscheck analyze examples/pages/ --format html -o report.html

  newscheck analyze page.html https://example.org/feed.xml --format json

  cat article.txt | newscheck analyze - --format md

  newscheck analyze shards/*.jsonl crawl.warc.gz --engine ray --db postgresql://localhost/news

  newscheck stance --pairs pairs.jsonl

  newscheck serve --port 8000
"""

app = typer.Typer(
    name="newscheck",
    help="Reads the news and shows, with evidence, what each article claims and who stands behind it." + EXAMPLES,
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
)
stderr = Console(stderr=True)


class Engine(StrEnum):
    local = "local"
    ray = "ray"


class ReportFormat(StrEnum):
    json = "json"
    md = "md"
    html = "html"
    parquet = "parquet"  # a folder of tables (-o names it)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newscheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        Optional[bool], typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = None,
) -> None:
    """newscheck: claims, sources and cross-checks from the news."""


class _StageProgress:
    """One rich progress bar per pipeline stage, on stderr."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.tasks: dict[str, int] = {}

    def __call__(self, stage: str, done: int, total: int | None) -> None:
        if stage not in self.tasks:
            self.tasks[stage] = self.progress.add_task(stage, total=total)
        self.progress.update(self.tasks[stage], completed=done, total=total)


@app.command()
def analyze(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories, globs, URLs, feeds, WARC, JSONL, or - for stdin.")],
    fmt: Annotated[ReportFormat, typer.Option("--format", "-f", help="Report format.")] = ReportFormat.json,
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write the report here instead of stdout.")] = None,
    db: Annotated[
        Optional[str],
        typer.Option(
            "--db", help="Store into this database URL (sqlite:///path or postgresql://...); 'default' for the user data dir."
        ),
    ] = None,
    allow_private: Annotated[
        bool, typer.Option("--allow-private", help="Allow fetching loopback/private/link-local addresses.")
    ] = False,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds per network request.")] = 15.0,
    no_verify: Annotated[bool, typer.Option("--no-verify", help="Skip stories and cross-checks.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    engine: Annotated[
        Engine, typer.Option("--engine", help="Run the per-article stages here or on Ray Data (pip install newscheck[ray]).")
    ] = Engine.local,
    address: Annotated[
        Optional[str], typer.Option("--address", help="Ray cluster to join (ray://host:10001, auto); default: start Ray here.")
    ] = None,
    ray_workers: Annotated[int, typer.Option("--ray-workers", min=1, help="Analysis actors on Ray, one CPU each.")] = 2,
    summary_only: Annotated[
        bool,
        typer.Option(
            "--summary-only",
            help="Report only the run's counts (JSON) and errors: memory stays flat over any corpus. Needs --db; "
            "read the store with newscheck report.",
        ),
    ] = False,
) -> None:
    """Run the whole pipeline on INPUT... together; exit 1 when some inputs failed."""
    from newscheck.pipeline import analyze as run_pipeline

    settings = Settings(
        db_url=db,
        fetch=FetchSettings(timeout_s=timeout, allow_private=allow_private),
        verify=not no_verify,
        progress=not quiet,
        ray=RaySettings(engine=engine.value, address=address, workers=ray_workers),
        run_report=not summary_only,
    )
    if summary_only and not db:
        stderr.print("--summary-only keeps the analysis only in a store: name one with --db", markup=False)
        raise typer.Exit(2)
    if summary_only and fmt is not ReportFormat.json:
        stderr.print(f"--summary-only writes the run's counts as JSON, not {fmt.value}: drop --format", markup=False)
        raise typer.Exit(2)
    _check_output(fmt, output)
    if engine is Engine.ray:
        _check_ray(inputs)
    show_progress = settings.progress and len(inputs) > 5 or any(Path(i).is_dir() for i in inputs if i != "-")
    columns = (TextColumn("{task.description:>10}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=stderr, transient=True, disable=not (show_progress and settings.progress)) as bar:
        report = run_pipeline(inputs, settings, on_progress=_StageProgress(bar))
    for line in [*(n.line() for n in report.notices), *(e.line() for e in report.errors)]:
        stderr.print(line, markup=False, highlight=False, soft_wrap=True)
    summary = report.summary()
    stderr.print(", ".join(f"{count} {what}" for what, count in summary.items()), markup=False, highlight=False)
    if summary_only:
        _write(json.dumps(summary), output, "the run's counts")
    else:
        _write_report(report, fmt, output)
    if report.errors:
        raise typer.Exit(1)


def _check_ray(inputs: list[str]) -> None:
    """Refuse, in one line, what the Ray engine cannot run, before anything starts."""
    import importlib.util

    if importlib.util.find_spec("ray") is None:
        stderr.print("--engine ray needs the ray extra: pip install 'newscheck[ray]'", markup=False)
        raise typer.Exit(2)
    if "-" in inputs:
        stderr.print("--engine ray reads files, directories and URLs, not stdin ('-')", markup=False)
        raise typer.Exit(2)


@app.command("report")
def report_command(
    db: Annotated[str, typer.Option("--db", help="Database URL to read stored analyses from; 'default' for the user data dir.")],
    fmt: Annotated[ReportFormat, typer.Option("--format", "-f", help="Report format.")] = ReportFormat.html,
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write the report here instead of stdout.")] = None,
) -> None:
    """Render everything stored in a database as one report, without analysing again."""
    from newscheck.store import Store

    _check_output(fmt, output)
    with Store(Settings(db_url=db).resolved_db_url()) as store:
        report = store.load_report()
    _write_report(report, fmt, output)


def _check_output(fmt: ReportFormat, output: Path | None) -> None:
    """Refuse a report that could not be written before any work is done."""
    import importlib.util

    if fmt is ReportFormat.parquet and output is None:
        stderr.print("--format parquet writes a folder of tables: name it with -o", markup=False)
        raise typer.Exit(2)
    if fmt is ReportFormat.parquet and importlib.util.find_spec("pyarrow") is None:
        stderr.print("--format parquet needs pyarrow: pip install 'newscheck[ray]'", markup=False)
        raise typer.Exit(2)


def _write_report(report: Report, fmt: ReportFormat, output: Path | None) -> None:
    what = f"{fmt.value} report of {len(report.articles)} article(s)"
    if fmt is ReportFormat.parquet:
        from newscheck.report.parquet import write_parquet

        write_parquet(report, output)
        stderr.print(f"wrote {what} to {output}/ (one .parquet file per table)", markup=False)
        return
    from newscheck.report import render

    _write(render(report, fmt.value), output, what)


def _write(text: str, output: Path | None, what: str) -> None:
    if output:
        output.write_text(text, encoding="utf-8")
        stderr.print(f"wrote {what} to {output}", markup=False)
    else:
        sys.stdout.write(text + "\n")


db_app = typer.Typer(help="The store itself: its schema and its integrity.")
app.add_typer(db_app, name="db")


@db_app.command("check")
def db_check(
    db: Annotated[str, typer.Option("--db", help="Database URL; 'default' for the user data dir.")] = "default",
) -> None:
    """Bring the schema up to date, then verify referential integrity; exit 1 when something points nowhere."""
    from newscheck.store import Store, check

    with Store(Settings(db_url=db).resolved_db_url()) as store:
        problems = check(store.engine)
        articles = store.count_articles()
    for line in problems:
        stderr.print(line, markup=False, highlight=False)
    typer.echo(f"{articles} article(s); {len(problems)} integrity problem(s)")
    raise typer.Exit(1 if problems else 0)


@app.command()
def stance(
    pairs: Annotated[str, typer.Option("--pairs", help="JSONL file of {id, headline, body} lines, or - for stdin.")],
    claim_level: Annotated[
        bool,
        typer.Option("--claim-level", help="Judge each line as a claim (headline) against a sentence or passage (body)."),
    ] = False,
) -> None:
    """Label each headline/body pair agree, disagree, discuss or unrelated (one JSON line each)."""
    from newscheck.stance import stance_jsonl

    if claim_level:
        from newscheck.judge import get_judge

        model = get_judge
    else:
        from newscheck.stance import get_model

        model = get_model
    if pairs == "-":
        code = stance_jsonl(sys.stdin, sys.stdout, sys.stderr, model)
    else:
        path = Path(pairs)
        if not path.is_file():
            stderr.print(f"error: {pairs}: no such file", markup=False)
            raise typer.Exit(2)
        with path.open(encoding="utf-8", errors="replace") as handle:
            code = stance_jsonl(handle, sys.stdout, sys.stderr, model)
    raise typer.Exit(code)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    db: Annotated[str, typer.Option("--db", help="Database URL; 'default' for the user data dir.")] = "default",
    token: Annotated[
        Optional[str], typer.Option("--token", envvar="NEWSCHECK_TOKEN", help="Require this token on every route but /healthz.")
    ] = None,
    allow_host: Annotated[
        Optional[list[str]], typer.Option("--allow-host", help="Also answer this Host header (the server's public name).")
    ] = None,
    cors_origin: Annotated[
        Optional[list[str]], typer.Option("--cors-origin", help="Let browser pages from this origin call the API.")
    ] = None,
    job_workers: Annotated[int, typer.Option("--job-workers", help="Analysis processes beside each server process.")] = 1,
    processes: Annotated[
        Optional[int], typer.Option("--processes", help="Server processes answering requests (default: 2, or 1 on one core).")
    ] = None,
    reads_per_minute: Annotated[
        int, typer.Option("--reads-per-minute", help="Reads a client may make a minute; 0: no limit.")
    ] = 3000,
    writes_per_minute: Annotated[
        int, typer.Option("--writes-per-minute", help="Submissions a client may make a minute; 0: no limit.")
    ] = 60,
    allow_private: Annotated[bool, typer.Option("--allow-private", help="Allow fetching private addresses.")] = False,
) -> None:
    """HTTP API (/api/jobs, /api/articles, /api/stories, /api/claims, /api/graph; OpenAPI at /docs) and the web workbench."""
    import os

    import uvicorn

    from newscheck.config import ServeSettings
    from newscheck.server import create_app

    hosts = ServeSettings().allowed_hosts + tuple(allow_host or ())
    if host not in ("0.0.0.0", "::", *hosts):
        hosts += (host,)
    serve_settings = ServeSettings(
        token=token,
        allowed_hosts=hosts,
        cors_origins=tuple(cors_origin or ()),
        job_workers=job_workers,
        reads_per_minute=reads_per_minute,
        writes_per_minute=writes_per_minute,
    )
    settings = Settings(db_url=db, fetch=FetchSettings(allow_private=allow_private), progress=False, serve=serve_settings)
    if host not in ("127.0.0.1", "localhost", "::1") and not token:
        stderr.print(f"warning: serving on {host} without --token: anyone who can reach it can read and submit", markup=False)
    if processes is None:
        processes = min(2, os.cpu_count() or 1)
    if processes <= 1:
        uvicorn.run(create_app(settings), host=host, port=port, log_level="info")
        return
    import dataclasses

    from newscheck.server import SETTINGS_VARIABLE
    from newscheck.store import Store

    with Store(settings.resolved_db_url() or "") as store:  # once, before the processes start
        store.interrupt_unfinished_jobs()
    os.environ[SETTINGS_VARIABLE] = json.dumps(dataclasses.asdict(settings))
    uvicorn.run("newscheck.server:app_from_environment", factory=True, workers=processes, host=host, port=port, log_level="info")


class GraphFormat(StrEnum):
    json = "json"
    graphml = "graphml"
    gexf = "gexf"
    csv = "csv"


@app.command()
def graph(
    db: Annotated[
        str, typer.Option("--db", help="Database URL to read stored claims from; 'default' for the user data dir.")
    ] = "default",
    actor: Annotated[
        Optional[str], typer.Option("--actor", help="Only events with this actor on either side (ISO3 or a name).")
    ] = None,
    pair: Annotated[Optional[str], typer.Option("--pair", help="Only events between two actors, either way: A,B.")] = None,
    since: Annotated[Optional[str], typer.Option("--since", help="Only events reported on or after this date.")] = None,
    fmt: Annotated[GraphFormat, typer.Option("--format", "-f", help="json, graphml, gexf, or csv (one row per event).")] = (
        GraphFormat.json
    ),
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write the graph here instead of stdout.")] = None,
) -> None:
    """The actor and event graph of the stored claims: who did what to whom, each edge with its claims,
    weighted by independent sources and split by verdict. With --pair, the JSON has the pair's timeline."""
    from newscheck.graph import render_graph, stored_graph
    from newscheck.store import Store

    with Store(Settings(db_url=db).resolved_db_url()) as store:
        try:
            result, mentions = stored_graph(store, actor, pair, since)
        except ValueError as error:
            stderr.print(f"error: --{error}", markup=False)
            raise typer.Exit(2) from None
    what = f"{fmt.value} graph of {result.number_of_nodes()} actor(s), {result.number_of_edges()} edge(s)"
    _write(render_graph(result, mentions, fmt.value, timeline_too=pair is not None), output, what)


def main() -> None:
    app()
