"""`newscheck stance --pairs`: one result line per good input line, an error line per bad one."""

import io
import json

from newscheck.stance import stance_jsonl

# Fictional example written for newscheck's tests.
GOOD = {
    "id": "p1",
    "headline": "Lake Mirren ferry service suspended after engine fire",
    "body": "The Lake Mirren ferry service was suspended on Monday after a fire broke out in the engine room. "
    "No passengers were hurt, the operator said.",
}


def test_malformed_line_is_reported_and_the_rest_answered(stance_model):
    lines = [json.dumps(GOOD), "{not json", json.dumps({"id": "p3", "headline": "x"}), json.dumps({**GOOD, "id": "p4"})]
    out, err = io.StringIO(), io.StringIO()
    code = stance_jsonl(io.StringIO("\n".join(lines) + "\n"), out, err)
    assert code == 1
    answers = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [a["id"] for a in answers] == ["p1", "p4"]
    errors = err.getvalue().splitlines()
    assert len(errors) == 2
    assert errors[0].startswith("error: line 2:")
    assert errors[1].startswith("error: line 3:") and "body" in errors[1]


def test_every_answer_has_label_and_four_scores(stance_model):
    out, err = io.StringIO(), io.StringIO()
    assert stance_jsonl(io.StringIO(json.dumps(GOOD) + "\n"), out, err) == 0
    answer = json.loads(out.getvalue())
    assert answer["label"] in {"agree", "disagree", "discuss", "unrelated"}
    assert set(answer["scores"]) == {"agree", "disagree", "discuss", "unrelated"}
    assert abs(sum(answer["scores"].values()) - 1) < 1e-6
    assert err.getvalue() == ""


def test_empty_headline_or_body_is_an_error_line_not_a_guess(stance_model):
    lines = [json.dumps({**GOOD, "headline": "  "}), json.dumps({**GOOD, "id": "p2", "body": ""}), json.dumps(GOOD)]
    out, err = io.StringIO(), io.StringIO()
    assert stance_jsonl(io.StringIO("\n".join(lines) + "\n"), out, err) == 1
    assert [json.loads(line)["id"] for line in out.getvalue().splitlines()] == ["p1"]
    assert err.getvalue().splitlines() == ["error: line 1: headline is empty", "error: line 2: body is empty"]


def test_half_surrogate_escape_is_answered_and_written_as_utf8(stance_model):
    line = json.dumps({**GOOD, "id": "s1\ud800", "body": GOOD["body"] + " \udc00"})
    out = io.BytesIO()
    writer = io.TextIOWrapper(out, encoding="utf-8")
    err = io.StringIO()
    assert stance_jsonl(io.StringIO(line + "\n" + json.dumps(GOOD) + "\n"), writer, err) == 0
    writer.flush()
    answers = [json.loads(text) for text in out.getvalue().decode("utf-8").splitlines()]
    assert [a["id"] for a in answers] == ["s1\ufffd", "p1"]
    assert answers[0]["label"] == answers[1]["label"]


class _FailsOnOnePair:
    """The shipped model, except that one body makes it raise, as an unforeseen input would."""

    def __init__(self, model, poison: str) -> None:
        self.model, self.poison = model, poison

    def predict(self, claims, texts):
        if self.poison in texts:
            raise RuntimeError("tokenizer rejected the text")
        return self.model.predict(claims, texts)


def test_a_pair_the_model_fails_on_costs_only_its_own_line(stance_model, monkeypatch):
    import newscheck.stance

    poison = "A body the fictional tokenizer cannot take."
    monkeypatch.setattr(newscheck.stance, "get_model", lambda: _FailsOnOnePair(stance_model, poison))
    lines = [json.dumps(GOOD), json.dumps({**GOOD, "id": "p2", "body": poison}), json.dumps({**GOOD, "id": "p3"})]
    out, err = io.StringIO(), io.StringIO()
    assert stance_jsonl(io.StringIO("\n".join(lines) + "\n"), out, err) == 1
    assert [json.loads(line)["id"] for line in out.getvalue().splitlines()] == ["p1", "p3"]
    assert err.getvalue().splitlines() == ["error: line 2: could not be read (RuntimeError: tokenizer rejected the text)"]


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from newscheck.stance.jsonl import _parse  # noqa: E402


@settings(max_examples=300, deadline=None)
@given(st.one_of(
    st.text(st.characters(codec=None), max_size=200),
    st.fixed_dictionaries({"id": st.one_of(st.none(), st.integers(), st.text()), "headline": st.one_of(st.text(), st.integers()),
                           "body": st.one_of(st.text(), st.none())}).map(json.dumps),
))  # fmt: skip
def test_a_pairs_line_is_read_or_refused_with_a_reason(line):
    try:
        pair_id, headline, body = _parse(line)
    except ValueError as error:
        assert str(error)
    else:
        assert isinstance(headline, str) and isinstance(body, str) and headline.strip() and body.strip()
