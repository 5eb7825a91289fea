"""Analysis jobs: submitted inputs analysed in worker processes beside the server, progress in the store.

A job's texts, pages and URLs travel as JSONL (each named for what it is: "submitted text 2 (9f3a...)",
"uploaded report.html"); uploaded containers (WARC, feeds, JSONL, gzip) as files in a folder of their own.
The worker runs the same ``pipeline.analyze`` as the CLI and writes its progress to the job's row, so the
server (and its event stream) reads it from the store whatever process runs the job. A job the server
stopped during is marked interrupted when it starts again.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import os
import shutil
import tempfile
import time
import uuid
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

from newscheck.config import Settings
from newscheck.encoding import DecodeError, decode_bytes, repair_surrogates
from newscheck.ingest import sniff_kind
from newscheck.records import InputError, Job
from newscheck.store import Store
from newscheck.workers import exit_when_orphaned

CONTAINER_KINDS = {"warc", "feed", "jsonl", "binary"}  # read from a file by ingest, which names what is wrong


@dataclasses.dataclass
class Submission:
    """What one job analyses: inline texts, HTML pages, URLs, and uploaded files (name, bytes)."""

    texts: list[str] = dataclasses.field(default_factory=list)
    html: list[str] = dataclasses.field(default_factory=list)
    urls: list[str] = dataclasses.field(default_factory=list)
    files: list[tuple[str, bytes]] = dataclasses.field(default_factory=list)

    def count(self) -> int:
        return len(self.texts) + len(self.html) + len(self.urls) + len(self.files)


def _named(kind: str, n: int, value: str) -> str:
    digest = hashlib.sha256(repair_surrogates(value).encode("utf-8")).hexdigest()[:10]
    return f"submitted {kind} {n} ({digest})"


def job_inputs(submission: Submission, folder: Path) -> tuple[bytes, list[str]]:
    """The JSONL the job reads on its standard input, and the paths of uploaded containers (saved in ``folder``)."""
    lines = [
        *({"text": t, "source": _named("text", n, t)} for n, t in enumerate(submission.texts, start=1)),
        *({"html": h, "source": _named("html", n, h)} for n, h in enumerate(submission.html, start=1)),
        *({"url": u, "source": u} for u in submission.urls),
    ]
    paths = []
    for n, (name, data) in enumerate(submission.files, start=1):
        safe = "".join(c if c.isalnum() or c in "._-" else "_" for c in Path(name or f"file-{n}").name)[:100] or f"file-{n}"
        kind = sniff_kind(data[:4096])
        text = None
        if kind not in CONTAINER_KINDS:
            try:
                text = decode_bytes(data).text
            except DecodeError:
                pass
        if text is None:
            path = folder / f"{n:03d}-{safe}"
            path.write_bytes(data)
            paths.append(str(path))
        else:
            lines.append({"html" if kind == "html" else "text": text, "source": f"uploaded {safe}"})
    payload = "\n".join(json.dumps(line, ensure_ascii=False) for line in lines).encode("utf-8")
    return payload, paths


def run_job(job_id: str, payload: bytes, paths: list[str], settings: Settings) -> None:
    """Analyse one job's inputs into the store (in a worker process), its progress written as it goes."""
    from newscheck.pipeline import analyze

    with Store(settings.resolved_db_url() or "") as store:
        job = store.job(job_id)
        if job is None:
            return
        job.status, job.updated = "running", time.time()
        store.save_job(job)
        last = [0.0]

        def progress(stage: str, done: int, _total: int | None) -> None:
            if stage not in ("analyzing", "storing") or time.time() - last[0] < 0.2 and done < job.total:
                return
            last[0] = job.updated = time.time()
            job.done = min(done, job.total)
            job.message = stage
            store.save_job(job)

        try:
            inputs = ["-"] * bool(payload) + paths
            report = analyze(inputs, settings, on_progress=progress, stdin=io.BytesIO(payload))
        except Exception as error:  # noqa: BLE001 (a job's failure is reported on the job, never raised into the pool)
            job.status, job.message = "failed", f"{type(error).__name__}: {error}"
        else:
            job.status, job.message = "done", None
            job.article_ids = [a.article.id for a in report.articles]
            job.errors = report.errors
            job.done = job.total
        job.updated = time.time()
        store.save_job(job)
    for path in paths:
        shutil.rmtree(Path(path).parent, ignore_errors=True)


class JobRunner:
    """A pool of worker processes running jobs; the store holds their state."""

    def __init__(self, settings: Settings, store: Store) -> None:
        self.settings = dataclasses.replace(settings, workers=1, progress=False, run_report=True)  # a job lists its articles
        self.store = store
        self.pool = ProcessPoolExecutor(
            max_workers=max(1, settings.serve.job_workers),
            mp_context=get_context("spawn"),
            initializer=exit_when_orphaned,
            initargs=(os.getpid(),),
        )  # a killed server's workers must not wait on its queue forever

    def submit(self, submission: Submission) -> Job:
        now = time.time()
        job = Job(uuid.uuid4().hex, "queued", 0, submission.count(), created=now, updated=now)
        folder = Path(tempfile.mkdtemp(prefix=f"newscheck-job-{job.id[:8]}-"))
        payload, paths = job_inputs(submission, folder)
        if not paths:
            folder.rmdir()
        self.store.save_job(job)
        future = self.pool.submit(run_job, job.id, payload, paths, self.settings)
        future.add_done_callback(lambda done: self._crashed(job.id, done))
        return job

    def _crashed(self, job_id: str, future: Future) -> None:
        """A worker that died (killed, out of memory) fails its job instead of leaving it running."""
        error = future.exception() if not future.cancelled() else None
        if error is None:
            return
        job = self.store.job(job_id)
        if job is not None and job.status in ("queued", "running"):
            job.status, job.message, job.updated = "failed", f"the worker stopped: {type(error).__name__}", time.time()
            job.errors = job.errors or [InputError("job", str(error) or type(error).__name__)]
            self.store.save_job(job)

    def close(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
