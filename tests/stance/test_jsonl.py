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
