"""newscheck: claims, sources and cross-checks from the news, with evidence."""

__version__ = "0.1.0"


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
