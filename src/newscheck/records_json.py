"""Records as the JSON of SPEC.md and back: the report renderer, the store and the server all use it."""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from typing import Any

from newscheck.records import Actor, Annotation, Article, ArticleReport, Report

_ARTICLE_FIELDS = [f.name for f in dataclasses.fields(Article) if f.name != "paragraphs"]


def article_to_dict(item: ArticleReport) -> dict[str, Any]:
    """One article as SPEC.md lays it out: article fields, then what the later stages found."""
    data = {name: dataclasses.asdict(item.article)[name] for name in _ARTICLE_FIELDS}
    actors = item.annotation.actors if item.annotation else []
    data["actors"] = [{k: v for k, v in dataclasses.asdict(a).items() if k != "mentions"} for a in actors]
    data["quotes"] = [dataclasses.asdict(q) for q in item.quotes]
    data["claims"] = [dataclasses.asdict(c) for c in item.claims]
    data["headline_claim"] = dataclasses.asdict(item.headline_claim) if item.headline_claim else None
    data["headline_support"] = dataclasses.asdict(item.headline_support) if item.headline_support else None
    data["signals"] = [dataclasses.asdict(s) for s in item.signals]
    return data


def to_dict(report: Report) -> dict[str, Any]:
    return {
        "articles": [article_to_dict(a) for a in report.articles],
        "stories": [dataclasses.asdict(s) for s in report.stories],
        "crosschecks": [dataclasses.asdict(c) for c in report.crosschecks],
        "errors": [dataclasses.asdict(e) for e in report.errors],
        "notices": [dataclasses.asdict(n) for n in report.notices],
        "summary": report.summary(),
    }


def build(kind: Any, value: Any) -> Any:
    """Rebuild a typed value from JSON data, following the dataclass type hints."""
    if value is None:
        return None
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = [k for k in typing.get_args(kind) if k is not type(None)]
        for option in options:
            if dataclasses.is_dataclass(option) and isinstance(value, dict):
                return build(option, value)
        return value
    if origin is list:
        (inner,) = typing.get_args(kind)
        return [build(inner, v) for v in value]
    if dataclasses.is_dataclass(kind):
        hints = field_hints(kind)
        return kind(**{k: build(hints[k], v) for k, v in value.items() if k in hints})
    return value


@functools.cache
def field_hints(kind: type) -> dict[str, Any]:
    """A dataclass's fields with their resolved types, worked out once per class (resolving them is what
    rebuilding a stored report spent most of its time on)."""
    hints = typing.get_type_hints(kind)
    return {f.name: hints[f.name] for f in dataclasses.fields(kind)}


def article_report_from_dict(data: dict[str, Any]) -> ArticleReport:
    article = build(Article, {**data, "paragraphs": data.get("body", "").split("\n\n")})
    hints = field_hints(ArticleReport)
    report = ArticleReport(article=article)
    for name in ("quotes", "claims", "headline_claim", "headline_support", "signals"):
        setattr(report, name, build(hints[name], data.get(name)) or getattr(report, name))
    if data.get("actors"):
        report.annotation = Annotation(article_id=article.id, actors=[build(Actor, a) for a in data["actors"]])
    return report


def from_dict(data: dict[str, Any]) -> Report:
    hints = field_hints(Report)
    return Report(
        articles=[article_report_from_dict(a) for a in data.get("articles", [])],
        stories=build(hints["stories"], data.get("stories", [])),
        crosschecks=build(hints["crosschecks"], data.get("crosschecks", [])),
        errors=build(hints["errors"], data.get("errors", [])),
        notices=build(hints["notices"], data.get("notices", [])),
    )
