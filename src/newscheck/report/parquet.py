"""A Report as Parquet tables, for analysis at scale (DuckDB, Spark, pandas, Ray Data read them).

One file per table in a folder: articles, quotes, claims, crosschecks, stories, errors. Each row is a
record of `newscheck.records` with its article id; nested records (evidence, spans, events, signals)
are JSON text, lists of names stay lists. pyarrow comes with the ``ray`` extra.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

from newscheck.records import Report
from newscheck.records_json import article_to_dict

TABLES = ("articles", "quotes", "claims", "crosschecks", "stories", "errors")
NESTED = {"quotes", "claims"}  # an article's lists that become tables of their own


def _nested(value: Any) -> bool:
    return isinstance(value, dict) or (isinstance(value, list) and any(isinstance(v, dict | list) for v in value))


def _flat(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A column holding records (dicts, lists of them) in any row is JSON text in every row; scalars and
    lists of scalars stay as they are."""
    nested = {key for row in rows for key, value in row.items() if _nested(value)}
    return [
        {k: json.dumps(v, ensure_ascii=False) if k in nested and v is not None else v for k, v in row.items()} for row in rows
    ]


def report_tables(report: Report) -> dict[str, list[dict[str, Any]]]:
    """The report's rows by table name."""
    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for item in report.articles:
        data = article_to_dict(item)
        headline = data.pop("headline_claim")  # a claim like the body's, told apart by its field
        data["claims"] = [headline, *data["claims"]] if headline else data["claims"]
        for name in NESTED:
            tables[name] += [{"article_id": item.article.id, **row} for row in data.pop(name)]
        tables["articles"].append(data)
    tables["crosschecks"] = [dataclasses.asdict(c) for c in report.crosschecks]
    tables["stories"] = [dataclasses.asdict(s) for s in report.stories]
    tables["errors"] = [dataclasses.asdict(e) for e in report.errors]
    return {name: _flat(rows) for name, rows in tables.items()}


def write_parquet(report: Report, folder: Path) -> list[Path]:
    """Write each table to ``folder/<table>.parquet``; the paths written."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise RuntimeError("Parquet output needs pyarrow: pip install -e '.[ray]'") from exc
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, rows in report_tables(report).items():
        path = folder / f"{name}.parquet"
        pq.write_table(pa.Table.from_pylist(rows) if rows else pa.table({}), path)
        written.append(path)
    return written
