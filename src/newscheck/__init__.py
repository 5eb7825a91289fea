"""newscheck: claims, sources and cross-checks from the news, with evidence."""

import importlib.abc
import importlib.machinery
import sys

__version__ = "0.1.0"


class _WithoutOptionalImports(importlib.abc.MetaPathFinder):
    """Keeps two libraries from importing what they only offer: spaCy's thinc imports torch wherever it is
    installed (for torch layers no pipeline here uses; torch is here for the encoder's export) and
    scikit-learn imports pandas (for DataFrame input we never give it): about 180 and 70 MB in every process
    that parses or loads a model, parse workers and Ray actors included. While `thinc.compat` or
    `sklearn.utils.fixes` runs, the library it would import reads as absent; it stays importable afterwards.
    A process that imported it first keeps it."""

    HIDDEN = {"thinc.compat": "torch", "sklearn.utils.fixes": "pandas"}

    def find_spec(self, name, path, target=None):  # noqa: ANN001, ANN201 - importlib's signature
        hidden = self.HIDDEN.get(name)
        if hidden is None or hidden in sys.modules:
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path, target)
        if spec is not None and spec.loader is not None:
            spec.loader = _Hiding(spec.loader, hidden)
        return spec


class _Hiding(importlib.abc.Loader):
    """A module's loader that runs it with one library hidden (see `_WithoutOptionalImports`)."""

    def __init__(self, loader: importlib.abc.Loader, hidden: str) -> None:
        self.loader, self.hidden = loader, hidden

    def create_module(self, spec):  # noqa: ANN001, ANN201 - importlib's signature
        return self.loader.create_module(spec)

    def exec_module(self, module) -> None:  # noqa: ANN001 - a module
        sys.modules[self.hidden] = None  # type: ignore[assignment] - makes `import` of it raise ImportError
        try:
            self.loader.exec_module(module)
        finally:
            if sys.modules.get(self.hidden, 0) is None:
                del sys.modules[self.hidden]


sys.meta_path.insert(0, _WithoutOptionalImports())

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
