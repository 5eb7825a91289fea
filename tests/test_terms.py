"""Opposed outcomes, conflicting counts and denials: what headline support and cross-checks read beyond the model.

Sentences are fictional.
"""

from __future__ import annotations

import pytest

from newscheck.terms import (
    compatible,
    conflicting_count,
    crowd_estimator,
    figure_giver,
    form_key,
    is_crowd_size,
    is_denial,
    name_words,
    opposite_outcome,
    outcomes,
    quantities,
)


def test_the_sentence_stating_the_opposite_outcome_is_found():
    sentences = ["Lawmakers met on Thursday.", "Corvana's parliament voted down the new mining law, 61 votes to 48."]
    assert opposite_outcome("Corvana's parliament passes the new mining law", sentences) == 1
    assert opposite_outcome("Erik Lund convicted of fraud", ["A Halden court acquitted Erik Lund on Wednesday."]) == 0
    assert opposite_outcome("The Kestrel Bay food festival will go ahead as planned", ["Organisers shelved the festival."]) == 0
    assert opposite_outcome("Police arrested two men over the Orla Island raid", ["The raiders remain at large."]) == 0
    assert opposite_outcome("Kelston's population rose to 41,000", ["The town's population shrank last year."]) == 0


def test_a_sentence_stating_the_claims_own_outcome_means_no_contradiction():
    sentences = ["The plant opened in 1990.", "It will close in May, the company said."]
    assert opposite_outcome("Brenna Corp to close its Halden plant", sentences) is None
    assert opposite_outcome("Brenna Corp to close its Halden plant", sentences[:1]) == 0


def test_no_outcome_word_or_both_sides_in_the_claim_give_nothing():
    assert opposite_outcome("Velo bank names a new chief executive", ["Velo bank shut two branches."]) is None
    assert opposite_outcome("Stores open late and close early", ["Stores closed at noon."]) is None


def test_a_death_negated_is_no_opposite_of_an_injury():
    injured = "Fourteen people were injured in the Sorrin earthquake."
    assert opposite_outcome(injured, ["Nobody was killed, officials said, but 14 people were taken to hospital."]) is None
    assert opposite_outcome(injured, ["No deaths were reported."]) is None
    assert opposite_outcome(injured, ["Fourteen people were killed in the Sorrin earthquake."]) == 0


def test_outcome_words_match_whole_words_and_phrases():
    assert outcomes("The closet was closely guarded.") == frozenset()
    assert outcomes("The tour will go ahead as planned.") == {("plan", 1)}
    assert outcomes("Staff were laid off.") == {("jobs", 1)}


def test_another_count_of_the_same_thing_in_the_same_context_conflicts():
    assert conflicting_count("A fire in Halden killed 12 people", "The Halden fire killed 30 people.") == (
        "12 people",
        "30 people",
    )
    assert conflicting_count("12 people were killed in the fire", "The fire killed 30 people on Tuesday.") == (
        "12 people",
        "30 people",
    )
    assert conflicting_count("Inflation rose to 5% in May", "Inflation rose to 6% in May.") == ("5 percent", "6 percent")
    assert conflicting_count("Velo bank will cut 2,000 jobs", "Velo bank will cut 1,500 jobs.") == ("2000 jobs", "1500 jobs")


def test_sums_of_money_conflict_as_written_with_their_currency_sign():
    """A currency sign is no word: reading it as the counted word once crashed headline support."""
    paid = conflicting_count("Orvel Mining paid $5 million for the site", "Orvel Mining paid $7 million for the site.")
    assert paid == ("$5 million", "$7 million")
    assert conflicting_count("Fans raised €20,000 for the shelter", "Fans raised €25,000 for the shelter.") == (
        "€20000",
        "€25000",
    )


def test_counts_of_other_things_or_that_include_the_claims_number_do_not_conflict():
    assert conflicting_count("A fire killed 12 people", "30 people were evacuated from nearby homes.") is None
    warehouse = "A fire at a warehouse in Halden killed 12 people"
    assert conflicting_count(warehouse, "About 30 people were evacuated from the Halden warehouse fire.") is None
    assert conflicting_count("Halden killed 12 people", "Halden evacuated 30 people") is None  # a name says where, not what
    assert conflicting_count("A fire killed 12 people", "The fire killed 12 people, up from 10 people last year.") is None
    assert conflicting_count("Inflation rose to 5% in May", "Inflation rose from 4% to 5% in May.") is None


def test_dates_and_times_are_not_counts():
    found = quantities("On March 10 police said that in 2019 at 9 a.m. 40 more people arrived.")
    assert [(q.value, q.unit) for q in found if not q.year] == [(40.0, "peopl")]
    assert [q.value for q in found if q.year] == [2019.0]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("At least 14 marchers were arrested.", 14.0, "march"),
        ("12 marines were killed in the raid.", 12.0, "marin"),
        ("Police looked into 5 separate incidents.", 5.0, "separat"),
        ("The 14 mayors met on Friday.", 14.0, "mayor"),
        ("As many as 12 may have died.", 12.0, ""),
    ],
)
def test_a_count_of_a_word_that_starts_like_a_month_is_no_date(text, value, unit):
    assert [(q.value, q.unit) for q in quantities(text) if not q.year] == [(value, unit)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The leak put a dozen and more workers in hospital.", [(12.0, "more", "work")]),
        ("Twelve or more passengers were hurt.", [(12.0, "more", "passeng")]),
        ("The party will win 20 or fewer seats.", [(20.0, "less", "seat")]),
        ("Between 12 and more than 40 people came.", [(12.0, "exact", ""), (40.0, "more", "peopl")]),
    ],
)
def test_a_number_followed_by_or_more_is_a_floor_of_the_word_after(text, found):
    assert [(q.value, q.bound, q.unit) for q in quantities(text)] == found


def test_month_names_and_abbreviations_still_date_a_number():
    for text in ("On Sept. 14 the port reopened.", "It opened on 10 Mar. this year.", "On May 5 the vote was held."):
        assert [q for q in quantities(text) if not q.year] == [], text


def test_a_denial_is_a_denial_verb_or_falsity_not_negated():
    assert is_denial("A spokesman said the story was completely false.")
    assert is_denial("She denied the claims.")
    assert not is_denial("The report was not false.")
    assert not is_denial("Police have not ruled out foul play.")
    assert not is_denial("The minister said the budget would rise.")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("a 1,400-tonne ferry", 1400.0, "tonn"),
        ("a 48-hour strike", 48.0, "hour"),
        ("a four-month inquiry", 4.0, "month"),
        ("an eight-storey tower", 8.0, "storey"),
        ("a ten-year ban", 10.0, ""),
    ],
)
def test_a_number_hyphened_to_its_unit_and_a_number_word_after_a_are_read_as_such(text, value, unit):
    (found,) = quantities(text)
    assert (found.value, found.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("a forecast of 3.1-3.4 billion crowns", [(3.1e9, "crown"), (3.4e9, "crown")]),
        ("a 2.5-to-2.8-billion-dollar range", [(2.5e9, "dollar"), (2.8e9, "dollar")]),
        ("prices rose 4 to 6 percent", [(4.0, "percent"), (6.0, "percent")]),
        ("a 3-1 win before 40 thousand fans", [(3.0, ""), (1.0, "win"), (40_000.0, "fan")]),
    ],
)
def test_the_low_end_of_a_range_takes_the_scale_and_unit_written_after_the_high_end(text, read):
    assert [(round(q.value, 3), q.unit) for q in quantities(text)] == read


def test_as_many_as_is_an_estimate_s_top_that_a_far_lower_figure_does_not_fit():
    (found,) = quantities("the plan could cut as many as 2,400 jobs")
    assert found.bound == "top"
    assert compatible(found, quantities("2,350 jobs")[0])
    assert not compatible(found, quantities("600 jobs")[0])
    assert compatible(quantities("fewer than 2,400 jobs")[0], quantities("600 jobs")[0])


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("some two point three million account holders", 2_300_000.0),
        ("one and a half million customers", 1_500_000.0),
        ("well over half a billion florens", 500_000_000.0),
        ("half a million marchers", 500_000.0),
        ("half a dozen boats", 6.0),
    ],
)
def test_numbers_spelt_out_with_a_point_or_a_half_are_read_whole(text, value):
    (found,) = quantities(text)
    assert found.value == value


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("roughly a third of the cases", 33.3),
        ("rents up by about two-fifths", 40.0),
        ("only two in three children", 66.7),
        ("one in five adults", 20.0),
        ("six out of ten voters", 60.0),
    ],
)
def test_fractions_and_ratios_are_shares_in_percent_that_fit_the_figure_they_round(text, share):
    (found,) = quantities(text)
    assert (round(found.value, 1), found.unit) == (share, "percent")
    assert compatible(found, quantities(f"{round(share)} percent")[0])
    assert not compatible(found, quantities(f"{round(share) + 15} percent")[0])


@pytest.mark.parametrize("text", ["a quarter of a mile", "into the quarter-finals", "aged 5 in 2024", "three of the 12 boats"])
def test_lengths_rounds_years_and_counts_of_a_group_are_no_shares(text):
    assert all(q.unit != "percent" for q in quantities(text))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("won the national 400m title", 400.0, "metr"), ("a £20m deal", 20e6, "pound"), ("1.5m homes", 1.5e6, "hom")],
)
def test_an_m_after_a_whole_number_before_a_singular_noun_is_metres_not_millions(text, value, unit):
    (found,) = quantities(text)
    assert (found.value, found.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("sales rose from 800,000 to 1.1 million cars", [800_000.0, 1_100_000.0]),
        ("at one point three men entered the building", [1.0, 3.0]),
        ("the council spent 20m on repairs", [20_000_000.0]),
    ],
)
def test_full_numbers_points_in_prose_and_millions_are_not_misread(text, read):
    assert [q.value for q in quantities(text)] == read


@pytest.mark.parametrize(
    ("text", "sizes"),
    [
        (
            "Police put the crowd at about 2,500, while organisers said 9,000 people took part.",
            [(2500, "police"), (9000, "organisers")],
        ),
        ("Nine thousand ordinary Tarrowans took to the streets on Sunday.", [(9000, None)]),
        ("About 3,000 people marched through Durrow on Saturday, police said.", [(3000, "police")]),
        ("The plant employs 2,500 people and the union has 900 members.", []),
        ("About 2,000 police officers were deployed and 300 counter-protesters gathered nearby.", []),
        ("Organisers put the number at 15,000.", [(15000, "organisers")]),
        ("Police put the number at 140 after a night of arrests.", []),
        ("Organisers put the number of coaches at 120.", []),
        ("Organisers of the Velden march estimated the number at about 15,000.", [(15000, "organisers")]),
        ("Organisers of the Velden marathon put the number at 3,200 runners.", []),
        ("Organisers of the ferry petition put the total at 15,000.", []),
        ("Police in Velden said organisers had put the number at 15,000.", []),
        ("Velden police said officers counted around 14,000 marchers at the peak.", [(14000, "police")]),
        ("Velden police said officers arrested 140 protesters after the march.", []),
    ],
)
def test_crowd_sizes_and_who_gave_them(text, sizes):
    assert [(q.value, crowd_estimator(text, q)) for q in quantities(text) if is_crowd_size(text, q)] == sizes


@pytest.mark.parametrize(
    ("text", "giver"),
    [
        ("Organizers claimed a much higher figure of 80,000.", "organisers"),
        ("The union said 320 flights were grounded.", "union"),
        ("City police said about 6,000 people took part.", "police"),
        ("Fifteen thousand residents filled the streets.", None),
    ],
)
def test_the_party_giving_a_figure_is_named_in_one_spelling(text, giver):
    assert figure_giver(text) == giver


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Twenty people were admitted to Vorran County Hospital on Tuesday.", {"vorran"}),
        ("KESSEL, Norvia, May 4 (Tidewire) - A ferry ran aground, the Deputy Mayor said.", {"norvia"}),
        ("Officials said Jörg Müller of the Ålund Institute had resigned.", {"jörg", "müller", "ålund"}),
        ("The ministers met NATO and UNHCR envoys with Ana McAllister.", {"nato", "unhcr", "ana", "mcallister"}),
        ('He said: "Prices will rise," and the talks ended on Christmas Eve.', set()),
        ("No injuries were reported.", set()),
    ],
)
def test_name_words_are_the_names_a_text_gives_without_titles_kinds_of_place_or_bracketed_agencies(text, names):
    assert name_words(text) == names


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("the missile flew about 2,400 kilometres", "a rocket that travelled roughly 2,400 km"),
        ("worth 900 million dollars a year", "about 900 million dollars' worth of imports"),
        ("stones worth 800,000 euros", "gems valued at roughly €0.8m"),
        ("a $5 million fine", "a fine of 5 million dollars"),
    ],
)
def test_a_unit_written_short_as_a_sign_or_with_a_possessive_is_the_same_unit(first, second):
    (a,), (b,) = quantities(first), quantities(second)
    assert (a.value, a.unit) == (b.value, b.unit)


def test_two_estimates_agree_only_when_each_lies_within_the_others_span():
    (low,), (high,), (near,) = (
        quantities("about 90 million euros"),
        quantities("around 120 million euros"),
        quantities("roughly 95 million euros"),
    )
    assert not compatible(low, high)
    assert compatible(low, near)
    assert compatible(quantities("more than 40 people")[0], quantities("about 43 people")[0])


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Roughly two thousand four hundred villagers fled", 2400.0),
        ("some three hundred and fifty troops", 350.0),
        ("a hundred and fifty homes", 150.0),
        ("two million three hundred thousand voters", 2_300_000.0),
        ("four hundred and twenty-five jobs", 425.0),
    ],
)
def test_a_number_spelt_out_past_its_first_scale_is_read_whole(text, value):
    (found,) = quantities(text)
    assert found.value == value


def test_a_range_spelt_out_is_two_numbers_not_their_sum():
    assert [q.value for q in quantities("between three hundred and four hundred people")] == [300.0, 400.0]
    assert [q.value for q in quantities("between two thousand and three thousand people")] == [2000.0, 3000.0]


def test_a_fall_in_an_idiom_is_no_fall():
    claim = "Ardmouth teachers win a pay rise of 12 percent"
    assert opposite_outcome(claim, ["Their pay has fallen behind every other profession."]) is None
    assert opposite_outcome(claim, ["An earlier pay deal fell through in March."]) is None
    assert opposite_outcome(claim, ["Teachers' real pay fell 4 percent last year."]) == 0
    assert opposite_outcome("Ardmouth fares rose through the year", ["Fares fell in March."]) == 0


def test_zero_and_no_one_count_none_and_a_harm_they_deny_is_the_other_side():
    assert [(q.value, q.unit) for q in quantities("Odisha recorded zero deaths from the cyclone.")] == [(0.0, "death")]
    assert [q.value for q in quantities("No one was hurt, but one man is missing.")] == [0.0, 1.0]
    assert outcomes("There were no deaths in the flooded villages, officials said.") == {("harm", 1)}
    assert outcomes("Nine people were killed and no one else was hurt.") == {("harm", 0), ("harm", 1)}


def test_two_caps_of_one_thing_are_one_figure_but_a_cap_allows_what_lies_under_it():
    twelve, eight, five = (quantities(t)[0] for t in ("up to 12 years", "up to 8 years", "5 years"))
    assert not compatible(twelve, eight)
    assert compatible(twelve, quantities("at most 12 years")[0])
    assert compatible(twelve, five)


def test_how_often_in_words_is_a_count_of_times():
    assert [(q.value, q.unit) for q in quantities("He must report to police twice a week.")] == [(2.0, "tim")]
    assert [(q.value, q.unit) for q in quantities("He must report to police three times a week.")] == [(3.0, "tim")]
    assert quantities("Once the deal closes, the shares will be delisted.") == []


def test_a_plural_of_a_numbers_word_counts_at_least_its_floor():
    found = quantities("Dozens of coalition members and tens of thousands of workers joined.")
    assert [(q.value, q.bound, q.vague) for q in found] == [(12.0, "more", True), (10000.0, "more", True)]
    assert not compatible(found[0], quantities("six members")[0])


@pytest.mark.parametrize(
    ("a", "b"),
    [("rammed", "ram"), ("expelled", "expel"), ("moved", "move"), ("sent", "send"), ("rose", "rises"), ("cancelled", "cancel")],
)
def test_the_forms_of_one_word_share_a_form_key(a, b):
    assert form_key(a) == form_key(b)


def test_a_form_key_keeps_words_apart_that_would_fall_onto_a_stop_word():
    assert form_key("note") != form_key("not")
    assert form_key("here") != form_key("her")
