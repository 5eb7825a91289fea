"""Polarity: labels implied by FNC-style stance labels, and the shipped polarity scores.

All headlines and bodies here are fictional examples written for newscheck's tests.
"""

from newscheck.stance.polarity import ASSERT, DEBUNK, polarity_labels

BODIES = {
    1: "The ferry company said on Monday that the story was a hoax. No ferry sank and no passenger was hurt.",
    2: "A ferry sank off Port Adley on Sunday with 40 passengers on board, the coastguard said.",
    3: "The council approved the new bus timetable on Tuesday after a short debate.",
}


def test_agree_shares_and_disagree_flips_polarity_with_the_debunking_side_read_from_cues():
    stances = [
        ("Ferry sinks off Port Adley", 2, "agree"),
        ("Ferry sinks off Port Adley", 1, "disagree"),
        ("Ferry sinking story is a hoax, company says", 1, "agree"),
        ("Ferry sinking story is a hoax, company says", 2, "disagree"),
    ]
    labels = polarity_labels(stances, BODIES)
    assert labels.headlines == {"Ferry sinks off Port Adley": ASSERT, "Ferry sinking story is a hoax, company says": DEBUNK}
    assert labels.bodies == {1: DEBUNK, 2: ASSERT}


def test_a_body_or_headline_takes_a_side_when_any_related_counterpart_agrees_or_disagrees_with_it():
    stances = [
        ("Ferry sinks off Port Adley", 2, "agree"),
        ("Ferry sinks off Port Adley", 1, "discuss"),
        ("Council approves bus timetable", 1, "unrelated"),
        ("Council approves bus timetable", 3, "discuss"),
        ("Ferry sinks off Port Adley", 3, "unrelated"),
        ("Ferry sinking story is a hoax, company says", 1, "disagree"),
    ]
    labels = polarity_labels(stances, BODIES)
    assert labels.committed == {1: 1, 2: 1, 3: 0}
    assert labels.claims_committed == {
        "Ferry sinks off Port Adley": 1,
        "Council approves bus timetable": 0,
        "Ferry sinking story is a hoax, company says": 1,
    }
    only_reports = polarity_labels([("New timetable for buses", 3, "discuss"), ("Ferry sinks", 2, "unrelated")], BODIES)
    assert only_reports.committed == {3: 0}
    assert only_reports.claims_committed == {"New timetable for buses": 0}


def test_a_group_with_no_readable_debunking_side_gives_no_labels():
    stances = [("Council approves bus timetable", 3, "agree"), ("New timetable for buses", 3, "discuss")]
    labels = polarity_labels(stances, BODIES)
    assert labels.headlines == {} and labels.bodies == {}


def test_a_large_asserting_side_with_stray_negations_is_not_read_as_the_debunking_side():
    # Six asserting headlines with one incidental "not" each outweigh one hoax headline if the
    # evidence is summed per side; per member, the hoax headline's side is the debunking one.
    asserting = [
        "Ferry sinks off Port Adley, not far from shore",
        "Ferry carrying 40 sinks; cause not yet known",
        "Port Adley ferry sinks, passengers not all found",
        "Ferry goes down off Port Adley, crew could not stop it",
        "Storm not to blame as ferry sinks off Port Adley",
        "Ferry sinks near Port Adley; harbour not reopened",
    ]
    stances = [(h, 2, "agree") for h in asserting] + [("Ferry sinking story is a hoax", 2, "disagree")]
    labels = polarity_labels(stances, BODIES)
    assert labels.headlines["Ferry sinking story is a hoax"] == DEBUNK
    assert {labels.headlines[h] for h in asserting} == {ASSERT}
    assert labels.bodies == {2: ASSERT}


def test_shipped_model_scores_a_debunking_text_above_an_asserting_one(stance_model):
    featurizer = stance_model.estimators.featurizer
    debunking, asserting = featurizer.prepare_texts(
        [
            "Officials dismissed the viral report as false. The photo was doctored and the event never happened.",
            "The bridge collapsed on Friday evening, police said. Three cars fell into the river.",
        ],
        stance_model.encoder.encode,
    )
    assert debunking.debunks > asserting.debunks + 0.2, (debunking.debunks, asserting.debunks)
    hoax_claim, plain_claim = featurizer.prepare_claims(
        ["Bridge collapse story is a hoax", "Bridge collapses into river"], stance_model.encoder.encode
    )
    assert hoax_claim.debunks > plain_claim.debunks, (hoax_claim.debunks, plain_claim.debunks)


def test_shipped_model_reads_a_text_that_takes_a_side_as_more_committed_than_a_rumour_report(stance_model):
    featurizer = stance_model.estimators.featurizer
    denial, report = featurizer.prepare_texts(
        [
            "The mayor did not resign. Her office said on Monday that the report was false and that she "
            "remains in post; the letter shared online was a forgery, officials confirmed.",
            "Reports on social media claim the mayor may have resigned. It is not clear whether the letter "
            "shared online is genuine, and her office could not be reached for comment. Rumours have circulated "
            "since Sunday, according to local outlets.",
        ],
        stance_model.encoder.encode,
    )
    assert denial.commits > report.commits + 0.1, (denial.commits, report.commits)


def test_shipped_model_reads_a_headline_that_takes_a_side_as_more_committed_than_a_rumour_report(stance_model):
    featurizer = stance_model.estimators.featurizer
    sided, rumour = featurizer.prepare_claims(
        ["Mayor of Eastbury resigns after budget row", "Mayor of Eastbury may have resigned, unconfirmed reports claim"],
        stance_model.encoder.encode,
    )
    assert sided.commits > rumour.commits + 0.1, (sided.commits, rumour.commits)
