"""newscheck: claims, sources and cross-checks from the news, with evidence."""

__version__ = "0.1.0"


from newscheck.config import Settings  # noqa: E402


def analyze(inputs, settings: Settings | None = None, **kwargs):
    """Python API: run the whole pipeline over inputs (see newscheck.pipeline.analyze)."""
    from newscheck.pipeline import analyze as run_pipeline

    return run_pipeline(inputs, settings, **kwargs)


__all__ = ["Settings", "analyze", "__version__"]
