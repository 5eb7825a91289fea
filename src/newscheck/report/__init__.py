"""Report stage: one Report rendered as JSON, Markdown or a self-contained HTML page."""

from __future__ import annotations

import json
from typing import Literal

from newscheck.records import Report
from newscheck.records_json import from_dict, to_dict

__all__ = ["render", "to_dict", "from_dict", "FORMATS"]

FORMATS = ("json", "md", "html")


def render(report: Report, fmt: Literal["json", "md", "html"] = "json") -> str:
    if fmt == "json":
        return json.dumps(to_dict(report), ensure_ascii=False, indent=2)
    if fmt == "md":
        from newscheck.report.markdown import render_markdown

        return render_markdown(report)
    if fmt == "html":
        from newscheck.report.html import render_html

        return render_html(report)
    raise ValueError(f"unknown report format {fmt!r}; choose one of {', '.join(FORMATS)}")
