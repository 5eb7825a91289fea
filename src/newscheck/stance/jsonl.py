"""`newscheck stance --pairs FILE.jsonl`: one JSON result line per input pair, streamed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict
from typing import IO

from newscheck.encoding import repair_surrogates
from newscheck.stance.model import PREDICT_BATCH


def _parse(line: str) -> tuple[object, str, str]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise ValueError(f"not valid JSON ({error.msg})") from None
    if not isinstance(record, dict):
        raise ValueError("expected a JSON object with id, headline and body")
    missing = [key for key in ("id", "headline", "body") if key not in record]
    if missing:
        raise ValueError("missing " + ", ".join(missing))
    if not isinstance(record["headline"], str) or not isinstance(record["body"], str):
        raise ValueError("headline and body must be strings")
    empty = [key for key in ("headline", "body") if not record[key].strip()]
    if empty:
        raise ValueError(" and ".join(empty) + (" is" if len(empty) == 1 else " are") + " empty")
    # The model repairs the texts it reads; the id is echoed as given, so it is repaired here.
    pair_id = repair_surrogates(record["id"]) if isinstance(record["id"], str) else record["id"]
    return pair_id, record["headline"], record["body"]


def _batches(in_stream: IO[str], err_stream: IO[str], bad: list[int]) -> Iterator[list[tuple[int, object, str, str]]]:
    batch = []
    for number, line in enumerate(in_stream, start=1):
        if not line.strip():
            continue
        try:
            batch.append((number, *_parse(line)))
        except ValueError as error:
            bad.append(number)
            err_stream.write(f"error: line {number}: {error}\n")
            err_stream.flush()
            continue
        if len(batch) >= PREDICT_BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def stance_jsonl(in_stream: IO[str], out_stream: IO[str], err_stream: IO[str], load_model=None) -> int:  # noqa: ANN001
    """Read `{"id","headline","body"}` lines, write `{"id","label","scores","evidence"}` lines (and `"clash"`,
    what contradicts the headline, when the model names it).

    `load_model` gives the model, loaded only once a line is read: the FNC-1 stance model by default, the
    claim-level judge for `--claim-level` (anything with `predict(claims, texts) -> [StanceResult]`).
    A malformed line is reported on err_stream with its line number and skipped.
    Returns 0 when every line was answered, 1 when some were not.
    """
    if load_model is None:
        from newscheck.stance import get_model as load_model

    bad: list[int] = []
    model = None
    for batch in _batches(in_stream, err_stream, bad):
        model = model or load_model()
        for number, pair_id, result in _answers(model, batch):
            if isinstance(result, Exception):
                bad.append(number)
                err_stream.write(f"error: line {number}: could not be read ({type(result).__name__}: {result})\n")
                continue
            out_stream.write(
                json.dumps(
                    {
                        "id": pair_id,
                        "label": result.label,
                        "scores": result.scores,
                        "evidence": [asdict(e) for e in result.evidence],
                        **({"clash": asdict(result.clash)} if result.clash else {}),
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
        out_stream.flush()
        err_stream.flush()
    return 1 if bad else 0


def _answers(model, batch: list[tuple[int, object, str, str]]) -> list[tuple[int, object, object]]:
    """The batch's results; if the batch fails, each pair alone, so one bad pair costs only its own line."""
    numbers, ids, headlines, bodies = zip(*batch)
    try:
        return list(zip(numbers, ids, model.predict(list(headlines), list(bodies))))
    except Exception:  # whatever one pair trips on, the others still get their answers
        pass
    answers = []
    for number, pair_id, headline, body in batch:
        try:
            (result,) = model.predict([headline], [body])
        except Exception as error:
            result = error
        answers.append((number, pair_id, result))
    return answers
