"""newscheck: claims, sources and cross-checks from the news, with evidence."""

import sys

__version__ = "0.1.0"


def _thinc_without_torch() -> None:
    """spaCy's thinc imports torch wherever it is installed (for torch layers no pipeline here uses): about
    180 MB and a second of start-up in every process that parses, parse workers and Ray actors included.
    thinc is imported once here with torch hidden, so it runs on numpy alone; torch stays importable
    afterwards (the encoder's export imports it). A process that imported torch first keeps it."""
    if "torch" in sys.modules or "thinc.compat" in sys.modules:
        return
    sys.modules["torch"] = None  # type: ignore[assignment] - makes `import torch` raise ImportError
    try:
        import thinc.compat  # noqa: F401
    finally:
        del sys.modules["torch"]


_thinc_without_torch()

from newscheck.config import Settings  # noqa: E402


def analyze(inputs, settings: Settings | None = None, **kwargs):
    """Python API: run the whole pipeline over inputs (see newscheck.pipeline.analyze)."""
    from newscheck.pipeline import analyze as run_pipeline

    return run_pipeline(inputs, settings, **kwargs)


def actor_graph(db: str, actor: str | None = None, pair: str | None = None, since: str | None = None):
    """Python API: the actor and event graph of a store (a networkx MultiDiGraph) and the event mentions it
    is built from, their timeline by date (see newscheck.graph.stored_graph)."""
    from newscheck.graph import stored_graph, timeline
    from newscheck.store import Store

    with Store(Settings(db_url=db).resolved_db_url()) as store:
        built, mentions = stored_graph(store, actor, pair, since)
    return built, timeline(mentions)


__all__ = ["Settings", "actor_graph", "analyze", "__version__"]
