"""The claim-level judge on the failure modes cross-checks had: each pair is fictional and written for
these tests (none is in the gold sets the judge was fitted on)."""

import pytest

from newscheck.judge import get_judge

CLAIM = "Norland and Valdoria signed a defence pact in Brisvik on Monday, committing each to help the other if attacked."


@pytest.fixture(scope="module")
def judge():
    return get_judge()


def one(judge, claim, sentence, context=None):
    return judge.judge([claim], [sentence], [context])[0]


def test_a_paraphrase_in_other_words_agrees(judge):
    sentence = (
        "On Monday in Brisvik, Valdoria and Norland put their names to a mutual defence treaty under which each "
        "promised to come to the other's aid in case of attack."
    )
    assert one(judge, CLAIM, sentence).label == "agree"


def test_an_explicit_denial_contradicts_and_names_the_denial(judge):
    sentence = "Valdoria's foreign ministry denied on Tuesday that it had signed any defence pact with Norland."
    judgement = one(judge, CLAIM, sentence)
    assert judgement.label == "disagree"
    assert judgement.clash.kind in ("denial", "negation")
    assert sentence[judgement.clash.sentence_start : judgement.clash.sentence_end] in sentence


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Reports that the drug will be offered to all over-65s next winter are without foundation.", "without foundation"),
        ("There is no truth in reports that the ministry will offer the drug to all over-65s.", "no truth"),
    ],
)
def test_a_report_said_to_lack_grounds_is_denied(judge, sentence, cue):
    claim = "The Health Ministry is expected to offer the drug to everyone over 65 next winter."
    judgement = one(judge, claim, sentence)
    assert judgement.label == "disagree"
    assert cue in judgement.clash.description or cue in sentence[judgement.clash.sentence_start : judgement.clash.sentence_end]


def test_a_negated_predicate_contradicts(judge):
    sentence = "Norland and Valdoria did not sign a defence pact in Brisvik on Monday, officials from both sides said."
    judgement = one(judge, CLAIM, sentence)
    assert judgement.label == "disagree"
    assert judgement.clash.kind == "negation"
    assert "not sign" in judgement.clash.description


def test_a_negation_about_something_else_is_no_contradiction(judge):
    sentence = "The two governments did not say how much the pact signed in Brisvik on Monday would cost."
    assert one(judge, CLAIM, sentence).label != "disagree"


def test_a_denial_of_negotiations_contradicts_a_report_of_talks(judge):
    claim = (
        "Marlow Group is in advanced talks to sell its shipping arm Tessel to the investment firm Brandt Partners, "
        "people familiar with the matter said."
    )
    sentence = "Marlow is not in negotiations with Brandt Partners or any other party regarding a sale of its subsidiary Tessel."
    judgement = one(judge, claim, sentence)
    assert judgement.label == "disagree"
    assert "negotiations" in judgement.clash.description


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        pytest.param(
            "Halden Foods is in advanced talks to buy Ostrand Dairy for about 900 million crowns, two people said.",
            "Halden Foods agreed on Monday to buy Ostrand Dairy for 950 million crowns, a week after Ostrand publicly "
            "denied that the two companies were negotiating.",
            id="a denial the sentence dates before its event",
        ),
        pytest.param(
            "Norvale Buses has offered drivers 4 percent this year, an offer the union rejected last week.",
            "The chief executive said the company could not afford more than its current offer without cutting routes.",
            id="a negation of more than the claim's offer",
        ),
        pytest.param(
            "Harlan Motors is in advanced talks to acquire the battery maker Voltrem, three people said.",
            "Voltrem's board has been discussing a sale to Harlan Motors since February, according to minutes seen by "
            "the paper, despite the carmaker's insistence this week that there were no such talks.",
            id="a denial the sentence sets aside with despite",
        ),
    ],
)
def test_a_denial_overtaken_or_set_aside_and_a_negated_comparison_are_no_contradiction(judge, claim, sentence):
    assert one(judge, claim, sentence).label != "disagree"


def test_a_negation_about_another_party_is_no_contradiction(judge):
    claim = "Valdoria supplies drone engines to Norland's army, two officials said."
    sentence = "It is not Estravia that supplies the drone engines, the officials added."
    assert one(judge, claim, sentence).label != "disagree"


def test_a_scoped_not_only_still_agrees(judge):
    claim = "The ministry said it would respond to the sanctions with more than statements."
    sentence = "The ministry said it would react to the sanctions, and not only with words."
    assert one(judge, claim, sentence).label != "disagree"


def test_another_number_for_the_same_count_contradicts(judge):
    claim = "The fire at the Lessa warehouse injured 12 workers on Friday, the fire service said."
    sentence = "Thirty workers were injured in Friday's fire at the Lessa warehouse, the fire service said."
    judgement = one(judge, claim, sentence)
    assert judgement.label == "disagree"
    assert judgement.clash.kind == "number"
    assert "12" in judgement.clash.description


def test_a_bounded_number_that_allows_the_claim_is_no_contradiction(judge):
    claim = "The fire at the Lessa warehouse injured 43 workers on Friday, the fire service said."
    sentence = "More than 40 workers were injured in Friday's fire at the Lessa warehouse, the fire service said."
    assert one(judge, claim, sentence).label != "disagree"


@pytest.mark.parametrize(
    "claim, sentence",
    [
        (
            "The Brisvik city council approved the new tram line on Thursday by 31 votes to 12.",
            "The Brisvik city council rejected the new tram line on Thursday after a heated debate.",
        ),
        (
            "Orsk released the six fishermen of the trawler Gull on Tuesday, the Varnian embassy said.",
            "Orsk on Tuesday jailed the six fishermen of the trawler Gull for another month, the Varnian embassy said.",
        ),
        (
            "Tessaly's parliament extended the state of emergency in the flooded north by 60 days on Monday.",
            "Tessaly's state of emergency in the flooded north lapsed on Monday after parliament failed to vote on it.",
        ),
        (
            "The Ostrenian delegation agreed on Monday to a 48-hour truce around the town of Merrin.",
            "The Ostrenian delegation rejected a 48-hour truce around the town of Merrin on Monday.",
        ),
    ],
)
def test_the_opposite_outcome_of_a_vote_a_detention_a_renewal_or_an_agreement_contradicts(judge, claim, sentence):
    judgement = one(judge, claim, sentence)
    assert judgement.label == "disagree"
    assert judgement.clash.kind == "outcome"


def test_an_earlier_standing_position_contradicts(judge):
    sentence = "Valdoria's president said last year that his country would never sign a defence pact with Norland."
    judgement = one(judge, CLAIM, sentence)
    assert judgement.label == "disagree"


def test_a_denial_of_the_report_before_it_contradicts_through_its_context(judge):
    context = "Reports on Monday said Norland and Valdoria had signed a defence pact in Brisvik."
    sentence = "The Valdorian foreign ministry dismissed the reports as fabricated."
    assert one(judge, CLAIM, sentence, context).label == "disagree"
    assert one(judge, CLAIM, sentence).label != "disagree"


def test_a_report_of_reactions_is_no_corroboration(judge):
    sentence = "Opposition leaders in Norland said the government should have put the pact to a parliamentary vote."
    assert one(judge, CLAIM, sentence).label in ("discuss", "unrelated")


def test_another_story_is_unrelated(judge):
    sentence = "Wheat prices in Brisvik rose for a third week as dry weather hit the spring harvest."
    assert one(judge, CLAIM, sentence).label == "unrelated"


@pytest.mark.parametrize(
    "sentence",
    [
        "A Valdorian government spokesman called reports of a defence pact signed in Brisvik on Monday 'pure fiction'.",
        "Norland's foreign ministry branded the account of a defence pact signed with Valdoria 'an invention'.",
    ],
)
def test_calling_the_reports_fiction_contradicts_though_the_parser_hangs_the_quote_inside_the_object(judge, sentence):
    judgement = one(judge, CLAIM, sentence)
    assert judgement.label == "disagree"
    assert judgement.clash.kind == "denial"


def test_a_word_of_fiction_outside_a_verb_of_calling_denies_nothing(judge):
    sentence = "The pact signed in Brisvik on Monday was hailed as the invention of a new kind of northern alliance."
    assert one(judge, CLAIM, sentence).label != "disagree"


def test_a_count_the_sentence_gives_elliptically_is_no_other_number(judge):
    claim = "Two members voted to keep the harbour fee at 40 euros."
    sentence = (
        "The decision by the port board was not unanimous: five members voted for the rise and two preferred to keep "
        "the fee, according to a statement released after the meeting."
    )
    assert one(judge, claim, sentence).label != "disagree"


def test_a_count_the_sentence_corrects_is_still_another_number(judge):
    claim = "Each battery will have four launchers, according to officials in Brisvik."
    sentence = "The minister said each battery would have six launchers rather than the four reported in Brisvik."
    judgement = one(judge, claim, sentence)
    assert judgement.label == "disagree" and judgement.clash.kind == "number"


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (
            "The mayor called an emergency meeting on Monday.",
            "The mayor called an emergency meeting on Monday after false reports of a gas leak spread across the town.",
        ),
        (
            "The novel is the author's first in a decade.",
            "Critics called the novel a gripping fantasy, the author's first in a decade.",
        ),
        (
            "Investors bought Lessa Mining shares on Monday.",
            "Analysts described Monday's buying of Lessa Mining shares as speculation ahead of the results.",
        ),
    ],
)
def test_a_word_of_falsity_that_calls_no_report_false_is_no_denial(judge, claim, sentence):
    assert one(judge, claim, sentence).label != "disagree"


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (
            "Five people died in the fire at the Orlen depot on Tuesday.",
            "Two people died in the fire at the Orlen depot on Tuesday, and five were taken to hospital.",
        ),
        (
            "The blast at the Vesk plant injured 12 workers.",
            "Thirty workers were injured in the blast at the Vesk plant, and 12 remain in hospital.",
        ),
    ],
)
def test_the_claims_number_counting_something_else_in_the_sentence_still_clashes(judge, claim, sentence):
    judgement = one(judge, claim, sentence)
    assert judgement.label == "disagree" and judgement.clash.kind == "number"


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (  # a "not" in what someone is urged to do
            "Morvania signed the river treaty in Selka on Thursday.",
            "Farmers' unions in Morvania had urged the government not to sign the river treaty without compensation.",
        ),
        (  # a "not" of a verb of stopping: the plans it would stop go on
            "The Ostrava port authority will dredge the harbour channel to 15 metres.",
            "The port authority said it would not suspend plans to dredge the harbour channel despite the protest.",
        ),
        (  # a refusal to comment leaves the outcome open
            "The first trains are scheduled to run on the new line in March, the operator said.",
            "The operator declined to comment on whether the new line was still on schedule.",
        ),
        (  # none of another group
            "Fourteen passengers were injured when the ferry struck the pier, the harbour police said.",
            "None of the ferry's 12 crew members was injured, the operator said.",
        ),
        (  # a rule and a condition, not what happened
            "The regulator required Pellan Foods to label every imported batch.",
            "The regulator said Pellan Foods must not require its growers to sell only through its own depots.",
        ),
        (
            "The electoral board referred the Harbour Party to prosecutors on Monday over undeclared donations.",
            "The board said it would not refer the matter to prosecutors if the party corrected its accounts by May.",
        ),
    ],
)
def test_a_negation_that_states_nothing_done_or_undone_is_no_contradiction(judge, claim, sentence):
    assert one(judge, claim, sentence).label != "disagree"


def test_the_claims_own_negation_of_another_party_is_not_contradicted_by_what_the_others_did(judge):
    claim = "Rastia and Molvay signed the fisheries accord in Tarn on Friday, but Essland declined to sign."
    others = "The accord was signed by the fisheries ministers of Rastia and Molvay."
    assert one(judge, claim, others).label != "disagree"
    same_party = "Essland signed the fisheries accord in Tarn on Friday after a last-minute concession."
    judgement = one(judge, claim, same_party)
    assert judgement.label == "disagree" and judgement.clash.kind == "negation"


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (  # a noun of quarrel, not a denial
            "Valmora imposed entry bans on eight Dravish officials on Monday over smuggling across the border.",
            "Relations between the two neighbours have long been strained by disputes over fishing and smuggling across the border.",
        ),
        (  # a denial of the accusation does not deny that it was made
            "Norland imposed sanctions on Castel Metals on Thursday, accusing it of smuggling gold for armed groups.",
            "Castel Metals on Friday rejected Norland's accusations that it had smuggled gold for armed groups.",
        ),
    ],
)
def test_a_quarrel_or_a_denial_of_the_accusation_the_claim_only_reports_is_no_contradiction(judge, claim, sentence):
    assert one(judge, claim, sentence).label != "disagree"


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (
            "Nine people were treated for smoke inhalation after the fire, officials said.",
            "Seven others were treated at the scene and released, officials said.",
        ),
        (
            "Eleven executives, including the chief executive, Ida Morrow, were placed under travel bans.",
            "Ida Morrow, the chief executive and one of the executives placed under a travel ban, did not sign the letter.",
        ),
        (
            "The inspector was paid about 90,000 dollars over four years, prosecutors said.",
            "According to the indictment, the inspector was paid up to 4,000 dollars per visit.",
        ),
    ],
)
def test_a_count_of_others_of_one_member_or_a_rate_is_no_other_number(judge, claim, sentence):
    judgement = one(judge, claim, sentence)
    assert not (judgement.label == "disagree" and judgement.clash.kind == "number")


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (  # opposite instructions
            "The tribunal ordered the Orvik refinery not to restart its furnace.",
            "The tribunal ordered the Orvik refinery to restart its furnace.",
        ),
        (  # opposite rules
            "Under the new code, taxis must not carry more than six passengers.",
            "Under the new code, taxis must carry more than six passengers.",
        ),
        (  # a refusal of something other than saying
            "Brava Airways returned the ticket deposits to its passengers in May.",
            "Brava Airways refused to return the ticket deposits to its passengers.",
        ),
        (  # said whatever the condition
            "Selvia will join the customs union if Ostmark lifts its steel tariffs.",
            "Selvia will not join the customs union even if Ostmark lifts its steel tariffs.",
        ),
        (
            "The finance minister said she would resign if parliament passed the amendment.",
            "The finance minister said she would never resign over an amendment.",
        ),
    ],
)
def test_the_same_thing_put_the_same_way_and_denied_still_contradicts(judge, claim, sentence):
    judgement = one(judge, claim, sentence)
    assert judgement.label == "disagree" and judgement.clash.kind == "negation"


def test_a_negated_rule_is_not_contradicted_by_the_same_thing_not_done(judge):
    claim = "The regulator said Pellan Foods must not sell its grain depots."
    sentence = "Pellan Foods did not sell its grain depots, the regulator said."
    assert one(judge, claim, sentence).label != "disagree"


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (
            "Eighteen workers were injured in the blast at the Vesk plant.",
            "Half of the 36 workers at the Vesk plant were injured in the blast.",
        ),
        (
            "About 600 soldiers were sent to the Tarn border on Monday.",
            "The army sent 580 additional soldiers to the Tarn border on Monday, for a total of 2,400.",
        ),
    ],
)
def test_the_group_a_share_is_taken_from_and_a_total_beside_an_added_count_are_no_other_number(judge, claim, sentence):
    judgement = one(judge, claim, sentence)
    assert not (judgement.label == "disagree" and judgement.clash.kind == "number")


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        ("Twelve others were treated in hospital after the fire.", "Thirty others were treated in hospital after the fire."),
        (
            "One of the four suspects was released on bail on Friday.",
            "Three of the four suspects were released on bail on Friday.",
        ),
    ],
)
def test_counts_of_the_same_kind_still_clash(judge, claim, sentence):
    judgement = one(judge, claim, sentence)
    assert judgement.label == "disagree" and judgement.clash.kind == "number"


def test_counts_told_of_different_dates_are_two_counts_and_of_the_same_date_still_clash(judge):
    claim = "Shares of Orvik Bank fell 12% on Thursday after the lender cut its profit forecast."
    this_year = "Orvik Bank's shares have fallen 30% this year on worries about its property loans."
    judgement = one(judge, claim, this_year)
    assert not (judgement.label == "disagree" and judgement.clash.kind == "number")
    same_day = "Orvik Bank's shares fell 20% on Thursday after the lender cut its profit forecast."
    judgement = one(judge, claim, same_day)
    assert judgement.label == "disagree" and judgement.clash.kind == "number"


@pytest.mark.parametrize(
    ("claim", "sentence", "kind"),
    [
        (
            "The Selvan senate signed the river bill on Friday.",
            "The Selvan senate did not end up signing the river bill.",
            "negation",
        ),
        (
            "Brava Foods cut 300 jobs at its Lessa plant.",
            "Brava Foods did not cut 300 jobs at its Lessa plant, if the union's figures are right.",
            "negation",
        ),
        (
            "Orvik Mining's third-quarter profit rose 12%.",
            "Orvik Mining's profit rose 20% in the July-September quarter.",
            "number",
        ),
    ],
)
def test_a_denial_with_a_hedge_a_phrasal_verb_or_a_period_in_other_words_still_clashes(judge, claim, sentence, kind):
    judgement = one(judge, claim, sentence)
    assert judgement.label == "disagree" and judgement.clash.kind == kind


def test_counts_of_two_years_are_two_counts(judge):
    judgement = one(judge, "Sales at Orvik Mining rose 8% this year.", "Sales at Orvik Mining rose 15% last year.")
    assert not (judgement.label == "disagree" and judgement.clash.kind == "number")


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (  # the same share in another count of the same thing
            "Councillor Mira Oswin was elected mayor of Tallow on Sunday, taking 58 percent of the vote.",
            "Oswin was elected with 51 percent of the vote, according to the final count published on Monday.",
        ),
        (  # another number of cancelled trains, by another verb
            "The rail strike forced Westline to cancel 410 trains on Thursday, the operator said.",
            "Westline scrapped 260 trains on Thursday as drivers stayed away.",
        ),
        (  # another length of time, in other units
            "Firefighters took nearly five hours to bring the blaze at the Ebbing depot under control, the fire chief said.",
            "The blaze at the Ebbing depot was put out within 35 minutes, the fire chief said.",
        ),
        (  # another toll under the same verb, the noun left out
            "The explosion at the Ebbing depot killed three workers on Monday, officials said.",
            "The explosion at the Ebbing depot killed seven, officials said on Tuesday.",
        ),
        (  # another sentence, the same counted word
            "Former mayor Ilse Varn was jailed for nine years on Tuesday for taking bribes from builders.",
            "A court on Tuesday sentenced former mayor Ilse Varn to seven years in prison for accepting bribes.",
        ),
        (  # another magnitude for the quake
            "A magnitude 6.4 earthquake struck the coastal province of Dorran on Saturday, the seismology office said.",
            "A magnitude 5.1 earthquake shook Dorran province on Saturday, the seismology office said.",
        ),
    ],
)
def test_a_sentence_counting_the_claims_thing_with_another_number_never_agrees(judge, claim, sentence):
    judgement = one(judge, claim, sentence)
    assert judgement.label != "agree"
    assert judgement.scores["agree"] == 0.0


def test_a_number_the_sentence_says_is_wrong_contradicts_the_claim_that_gives_it(judge):
    claim = "Ines Calder won the mayoral election on Sunday with 61 percent of the vote."
    sentence = "Calder won the election with 57 percent of the vote, not 61 percent as first reported."
    judgement = one(judge, claim, sentence)
    assert judgement.label == "disagree"
    assert judgement.clash.kind == "number"


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (
            "Ines Calder won the mayoral election on Sunday with 61 percent of the vote.",
            "Her rival, Tomas Weil, won 36 percent.",
        ),
        (
            "The Tallow lira fell 1.2 percent against the dollar after the announcement.",
            "The central bank raised its main rate to 8.5 percent on Wednesday.",
        ),
    ],
)
def test_shares_of_different_things_are_no_other_number(judge, claim, sentence):
    assert one(judge, claim, sentence).label != "disagree"


def test_a_sentence_stating_what_the_claim_reports_denied_does_not_corroborate_it(judge):
    claim = "Brenmoor Foods on Monday denied a newspaper report that it planned to close its Alder Street bakery."
    sentence = "Brenmoor Foods is preparing to close its Alder Street bakery, three people familiar with the plan said."
    assert one(judge, claim, sentence).label != "agree"


@pytest.mark.parametrize(
    "sentence",
    [
        "A report on Tuesday wrongly stated that Harbour Minister Olek Brant had resigned.",
        "An earlier version of this story incorrectly said that Harbour Minister Olek Brant had resigned.",
    ],
)
def test_a_saying_called_wrong_denies_what_was_said(judge, sentence):
    claim = "Harbour Minister Olek Brant has resigned over the ferry contract, the Courier has learned."
    judgement = one(judge, claim, sentence)
    assert judgement.label == "disagree"
    assert judgement.clash.kind == "denial"


def test_an_outlets_has_learned_frames_the_claim_and_a_negation_of_the_resignation_contradicts_it(judge):
    claim = "Harbour Minister Olek Brant has resigned over the ferry contract, the Courier has learned."
    sentence = "Harbour Minister Olek Brant has not resigned, his office said on Wednesday."
    assert one(judge, claim, sentence).label == "disagree"


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (  # a hyphenated "no-" names a vote, it negates nothing
            "Ines Calder said on Monday that the council would not discuss the budget this week.",
            "Calder survived a no-confidence vote in the council on Tuesday by 31 votes to 20.",
        ),
        (  # a dispute over territory denies no report
            "Tallow troops crossed the frontier near the village of Ebbing on Friday, the defence ministry said.",
            "The two countries have disputed the frontier around Ebbing for decades.",
        ),
        (  # the dead and the injured of one disaster are other victims
            "More than 90 people were injured when the stand collapsed, hospital officials said.",
            "At least a dozen people were killed when the stand collapsed.",
        ),
    ],
)
def test_compound_negations_disputes_over_things_and_other_victims_are_no_contradiction(judge, claim, sentence):
    assert one(judge, claim, sentence).label != "disagree"


def test_the_same_victims_hurt_rather_than_killed_still_contradict(judge):
    claim = "Three miners were killed when a tunnel collapsed at the Ebbing colliery on Friday."
    sentence = "A tunnel collapse at the Ebbing colliery injured three miners on Friday, the mine's owner said."
    judgement = one(judge, claim, sentence)
    assert judgement.label == "disagree"
    assert judgement.clash.kind == "outcome"


def test_a_measure_hyphened_to_a_noun_is_no_count_of_people(judge):
    claim = "A ferry carrying 140 passengers and 12 crew ran aground off Skell on Friday, the coastguard said."
    sentence = "The 2,600-tonne ferry was carrying about 150 people when it struck the rocks."
    assert one(judge, claim, sentence).label != "disagree"


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (
            "The walkout forced Norrland Railways to cancel around 450 trains on Tuesday, the operator said.",
            "Norrland Railways scrapped some 450 services across the network on Tuesday.",
        ),
        (
            "Police estimated the crowd in Halder Square at 7,500.",
            "City police said about 7,500 people took part in the rally in Halder Square.",
        ),
    ],
)
def test_a_distinctive_number_told_in_other_words_agrees(judge, claim, sentence):
    assert one(judge, claim, sentence).label == "agree"


def test_a_number_the_claim_itself_rejects_is_not_its_figure(judge):
    claim = "The journal corrected the study, saying the enzyme took 30 days, not twelve, to break down the film."
    sentence = "Scientists said the enzyme can break down the film in twelve days at room temperature."
    assert one(judge, claim, sentence).label != "agree"


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (
            "There were no arrests at the march in Velden on Saturday.",
            "Not one arrest was made during Saturday's march in Velden.",
        ),
        ("The ferry company did not comment on the report.", "The ferry company declined to comment."),
        (
            "Orlavia and Brenmark agreed on Monday to hold joint naval patrols but stopped short of any formal defence commitment.",
            "Brenmark is not party to any mutual defence agreement and will not enter into one.",
        ),
    ],
)
def test_a_negation_met_by_another_negation_is_no_contradiction(judge, claim, sentence):
    assert one(judge, claim, sentence).label != "disagree"


@pytest.mark.parametrize(
    ("claim", "sentence", "kind"),
    [
        (
            "The board of Orrin Mills rejected a 1.2 billion crown offer from Tessel Capital on Monday.",
            "It was the board of Dunmore Foods, not Orrin Mills, that rejected a 1.2 billion crown offer from Tessel Capital.",
            "negation",
        ),
        (
            "More than 30,000 postal votes cast in the Orrin county election have gone missing.",
            "The county returning officer said the claim that more than 30,000 postal votes had gone missing was fabricated.",
            "denial",
        ),
    ],
)
def test_another_party_said_to_do_it_and_a_claim_called_fabricated_contradict(judge, claim, sentence, kind):
    judgement = one(judge, claim, sentence)
    assert judgement.label == "disagree"
    assert judgement.clash.kind == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents said the council's decision to close the Elm Street library was wrong.",
        "The union's leader is wrong, the mayor said after the council closed the Elm Street library.",
    ],
)
def test_a_deed_or_a_person_called_wrong_is_no_denial(judge, sentence):
    assert one(judge, "The council closed the Elm Street library.", sentence).label != "disagree"


@pytest.mark.parametrize(
    "sentence",
    [
        "A council spokesman said reports that the Elm Street library had closed were wrong.",
        "The council said the photos of a closed Elm Street library were fake.",
    ],
)
def test_a_report_or_a_picture_called_false_still_denies(judge, sentence):
    judgement = one(judge, "The council closed the Elm Street library.", sentence)
    assert judgement.label == "disagree"
    assert judgement.clash.kind == "denial"


def test_a_position_told_in_the_past_perfect_is_background_not_a_denial(judge):
    claim = "Ostria will raise fuel duty by four cents a litre from January, the finance minister announced."
    overtaken = "The finance minister had ruled out any rise in fuel duty when he spoke to hauliers in March."
    assert one(judge, claim, overtaken).label != "disagree"
    reported = "The finance ministry said on Friday that it had never planned a rise in fuel duty."
    assert one(judge, claim, reported).label == "disagree"


def test_a_figure_called_exaggerated_is_denied(judge):
    claim = "Harlow Mills is to cut 450 jobs at its Denby paper plant."
    judgement = one(judge, claim, "A Harlow Mills spokesman called a report of 450 job losses greatly exaggerated.")
    assert judgement.label == "disagree"
    assert judgement.clash.kind == "denial"
    assert "450" in judgement.clash.description


def test_workers_laid_off_and_jobs_cut_are_one_count(judge):
    claim = "Harlow Mills is to lay off 450 workers at its Denby paper plant."
    judgement = one(judge, claim, "Harlow Mills will cut 300 jobs at the Denby plant, the company said.")
    assert judgement.label == "disagree"
    assert judgement.clash.kind == "number"
    assert one(judge, claim, "About 450 workers at the Denby plant went on strike on Friday.").label != "disagree"


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        ("Veltron will cut 120 jobs in Harlow.", "Veltron denied a report that 120 managers would get bonuses."),
        (
            "The Marwick ferry carried 45 passengers when it sank.",
            "The captain of the ferry that sank was 54, not 45 as first reported.",
        ),
        ("Harmon Ltd was fined 2,000 crowns under the new rules.", "Firms can be fined up to 10,000 crowns under the new rules."),
        ("Veltron will cut 800 jobs.", "Veltron will cut wages for 3,000 workers."),
        (
            "Regulators said 50,000 cars had faults.",
            "Regulators described the report of 50,000 cars with faults inflated by sales as sound.",
        ),
    ],
)
def test_the_same_number_of_another_thing_a_limit_or_a_participle_is_no_clash(judge, claim, sentence):
    assert one(judge, claim, sentence).label != "disagree"


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        ("The Tarvel ferry carried oil.", "The Tarvel ferry had never carried oil, according to the operator."),
        ("The Halden mine was flooded on Tuesday.", "Rescue teams found the Halden mine had not been flooded."),
        ("Mayor Tilda Dunmore resigned on Friday.", "Dunmore's resignation is a lie, her office said."),
        ("Veltron will cut 800 jobs.", "Fears of 800 job losses at Veltron are unfounded, the company said."),
        ("Veltron will cut 800 jobs.", "Veltron called reports of 800 job cuts exaggerated."),
    ],
)
def test_a_negated_event_in_the_past_perfect_and_an_event_called_a_lie_still_contradict(judge, claim, sentence):
    assert one(judge, claim, sentence).label == "disagree"


def test_a_crowd_size_stated_as_fact_is_contradicted_by_another_count_of_that_march(judge):
    claim = "More than 40,000 people poured into the streets of Tarrow on Sunday to protest against the toll."
    judgement = one(judge, claim, "About 8,000 people joined the march through central Tarrow, according to police.")
    assert judgement.label == "disagree"
    assert judgement.clash.kind == "crowd"
    assert "40,000" in judgement.clash.description and "8,000" in judgement.clash.description


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        # what the police said stands whatever the organisers say
        ("Police put the crowd in Tarrow at about 8,000.", "More than 40,000 people poured into the streets of Tarrow."),
        # a march in another town
        ("More than 40,000 people poured into the streets of Tarrow on Sunday.", "In Lisk, about 900 people marched."),
        # the sentence gives the claim's size beside another
        (
            "More than 40,000 people poured into the streets of Tarrow on Sunday.",
            "Police put the Tarrow crowd at 8,000, while organisers said 45,000 people took part.",
        ),
    ],
)
def test_a_crowd_size_given_by_others_of_another_march_or_beside_the_claims_own_is_no_clash(judge, claim, sentence):
    assert one(judge, claim, sentence).label != "disagree"


def test_a_figure_attributed_to_police_agrees_with_their_count_beside_another_partys_figure(judge):
    claim = "Police put the turnout at about 14,000."
    sentence = "Velden police said officers counted around 14,000 marchers at the peak; the Alliance put the number at 50,000."
    assert one(judge, claim, sentence).label == "agree"


@pytest.mark.parametrize(
    "sentence",
    [
        "About 200 people were arrested during the Kelvaston protest, police said.",
        "About 300 people staged a counter-protest outside Kelvaston town hall.",
        "About 2,000 people have joined a Facebook group calling for the Kelvaston march to be banned.",
        "The Kelvaston march, organised by a coalition of 120 groups, passed off peacefully.",
        "Last year about 12,000 people marched through Kelvaston in a similar protest.",
        "A smaller rally in Kelvaston on Saturday drew a crowd of 2,000.",
        "A total of 41,230 people took part in the Kelvaston march, organisers said.",
    ],
)
def test_arrests_groups_other_marches_and_a_close_count_are_no_other_crowd_size(judge, sentence):
    claim = "More than 40,000 people marched through the streets of Kelvaston on Sunday."
    assert one(judge, claim, sentence).label != "disagree"


def test_a_size_given_of_a_crowd_elsewhere_does_not_agree(judge):
    claim = "About 5,000 people marched through Tarrow on Sunday."
    assert one(judge, claim, "Police said 5,000 people joined the march in Lisk.").label != "agree"


def test_the_same_estimate_of_a_crowd_in_other_words_agrees(judge):
    claim = "Police put the crowd in Tarrow at about 8,000, the interior ministry said."
    assert one(judge, claim, "Police said only 8,000 people attended the Tarrow march.").label == "agree"


def test_a_correction_denies_what_the_earlier_version_said_and_only_that():
    judge = get_judge()
    correction = "An earlier version of this story said four firefighters were injured in the blaze."
    assert one(judge, "Four firefighters were hurt fighting the fire at the Orrin depot.", correction).label == "disagree"
    corrected = one(judge, "Two firefighters were hurt fighting the fire at the Orrin depot.", correction)
    assert corrected.label != "disagree"


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        ("Orrinia sent two warships to the strait.", "Orrinia, not Veldland, sent two warships to the strait."),
        ("Hale scored two goals in the final.", "Hale scored not one but two goals in the final."),
        (
            "All drivers will have to carry insurance.",
            "An earlier version of the bill said all drivers would have to carry insurance.",
        ),
    ],
)
def test_negations_of_another_party_a_count_or_a_bill_do_not_contradict(judge, claim, sentence):
    assert one(judge, claim, sentence).label != "disagree"


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (
            "Police blocked 14 roads around the Orrin stadium on Sunday.",
            "Police reopened 14 roads around the Orrin stadium on Sunday.",
        ),
        ("The Orrin school board hired 40 new teachers this year.", "The Orrin school board shed 40 teachers this year."),
    ],
)
def test_the_same_figure_with_the_opposite_outcome_contradicts(judge, claim, sentence):
    judgement = one(judge, claim, sentence)
    assert judgement.label == "disagree"
    assert judgement.clash.kind == "outcome"


def test_a_report_called_fabricated_before_its_object_is_denied(judge):
    # the small parser reads "called fabricated a claim" as "fabricated a claim", "called" hung on the subject
    claim = "Nearly 9,000 absentee votes were thrown away in the Harl county count."
    judgement = one(
        judge, claim, "Orland's election board called fabricated a claim that nearly 9,000 absentee votes had been thrown away."
    )
    assert judgement.label == "disagree"
    assert judgement.clash.kind == "denial"


def test_a_denial_of_something_else_said_of_the_claims_subject_is_no_contradiction(judge):
    claim = "The county clerk said 61,000 absentee votes were returned before the deadline."
    denial = "The county clerk denied that more than 9,000 absentee votes had been thrown away."
    assert one(judge, claim, denial).label != "disagree"
    assert one(judge, "More than 9,000 absentee votes were thrown away.", denial).label == "disagree"


def test_the_claims_event_told_on_another_weekday_is_another_event_not_a_corroboration(judge):
    claim = "A magnitude 5.7 earthquake struck the hill district of Orsa early on Monday, killing at least 11 people."
    aftershock = (
        "A magnitude 4.6 aftershock shook Orsa district on Wednesday, two days after an earthquake that killed 17 people."
    )
    assert one(judge, claim, aftershock).label != "agree"
    same_day = "An earthquake of magnitude 5.7 hit the Orsa hill district on Monday, killing at least 11 people."
    assert one(judge, claim, same_day).label == "agree"
    told_later = "The agency said on Wednesday that a magnitude 5.7 earthquake had struck the hill district of Orsa, killing 11."
    assert one(judge, claim, told_later).label == "agree"


def test_another_ordinal_of_what_the_claim_numbers_is_no_corroboration(judge):
    claim = "It was the Marvel Bank's third increase this year."
    assert one(judge, claim, "It was the second rise of the year, after an increase in February.").label != "agree"
    assert one(judge, claim, "It was the bank's third rise of the year.").label == "agree"
    turnout = "Turnout in the Tessel runoff was 41 percent, down from 47 percent in the first round."
    runoff = "Only 41 percent of voters cast ballots in the second round, against 47 percent in the first."
    assert one(judge, turnout, runoff).label == "agree"


def test_a_report_of_what_is_due_or_expected_to_happen_does_not_corroborate_it_done(judge):
    claim = "The Harl council approved the new bus depot at Mossbank on Monday."
    for ahead in (
        "The Harl council is due to vote on the new bus depot at Mossbank on Monday.",
        "The Harl council is expected to approve the new bus depot at Mossbank on Monday.",
    ):
        assert one(judge, claim, ahead).label != "agree"
    consequence = "Mossbank will get its new bus depot after the Harl council approved it on Monday."
    assert one(judge, claim, consequence).label == "agree"


def test_the_claims_event_dated_in_another_year_is_no_corroboration(judge):
    claim = "Tessel Gas said the first gas could flow through the Harrow pipeline in 2030."
    later = "Under the timetable agreed by the negotiators, the first gas would flow through the Harrow pipeline in 2031."
    assert one(judge, claim, later).label != "agree"
    same_year = "The first gas is expected to flow through the Harrow pipeline in 2030, Tessel Gas said."
    assert one(judge, claim, same_year).label == "agree"


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (
            "The Dunmore dam burst late on Sunday, flooding three villages.",
            "Three villages were flooded when the Dunmore dam burst early on Monday.",
        ),
        (
            "The Varnian central bank raised its main rate to 4% on Thursday.",
            "The Varnian central bank's decision on Thursday to raise its main rate to 4% surprised markets on Friday.",
        ),
        (
            "Varnian troops withdrew from Ossel on Sunday.",
            "The Varnian army announced on Wednesday the withdrawal of its troops from Ossel on Sunday.",
        ),
    ],
)
def test_one_nights_event_and_a_later_telling_of_it_still_corroborate(judge, claim, sentence):
    assert one(judge, claim, sentence).label == "agree"


@pytest.mark.parametrize(
    ("claim", "sentence", "label"),
    [
        (
            "Harl Diagnostics has developed a test that detects the Ravel virus in ten minutes.",
            "Harl Diagnostics invented a test that detects the Ravel virus in ten minutes, the company said.",
            "agree",
        ),
        (
            "Harl Mining's chief executive has resigned.",
            "Harl Mining denied that its chief executive had stepped down.",
            "disagree",
        ),
        (
            "Two Kessan fishing boats were seized by the Varnian coast guard.",
            "The Varnian coast guard denied that two Kessan fishing boats had been detained.",
            "disagree",
        ),
    ],
)
def test_making_something_is_no_falsity_and_a_denial_in_other_words_still_denies(judge, claim, sentence, label):
    assert one(judge, claim, sentence).label == label


def test_a_figure_told_as_an_account_since_overtaken_does_not_corroborate(judge):
    miners = "Twelve miners were killed in the blast at the Orvik pit on Monday."
    revised = "The mine rescue service had initially reported twelve miners killed in the blast at the Orvik pit."
    assert one(judge, miners, revised).label != "agree"
    corrected = "We originally reported that 12,000 people marched through Orrin on Sunday."
    assert one(judge, "About 12,000 people marched through Orrin on Sunday.", corrected).label != "agree"
    told = "The mine rescue service said twelve miners were killed in the blast at the Orvik pit on Monday."
    assert one(judge, miners, told).label == "agree"


def test_a_negated_subject_covers_what_it_would_do_so_two_refusals_of_one_pact_agree(judge):
    claim = "Norland and Valdoria said on Friday that neither country would join a defence pact aimed at a third state."
    sentence = "The two governments also said they had no intention of forming a defence pact against any other country."
    assert one(judge, claim, sentence).label != "disagree"
    # the claim's negation still meets a report of the pact signed
    assert one(judge, claim, "Norland and Valdoria joined a defence pact aimed at Estravia on Friday.").label != "agree"


def test_a_length_of_time_in_other_units_is_the_same_length(judge):
    claim = (
        "Norland on Thursday ordered 9,000 people to leave villages along the Lenna River as floodwaters rose to their "
        "highest level in 40 years, the interior ministry said."
    )
    sentence = (
        "Nine thousand inhabitants of riverside villages were told to get out on Thursday as the Lenna reached a height "
        "unseen for four decades, according to the interior ministry."
    )
    assert one(judge, claim, sentence).label != "disagree"


SOURCED = "Tessaly is training and arming militias in the Varn valley, the Osk Institute said in a report on Thursday."


@pytest.mark.parametrize(
    "sentence",
    [
        "Tessaly's foreign ministry dismissed a report by the Osk Institute as a fabrication from start to finish.",
        "Officials in Tessaly rejected the Osk Institute's findings about the militias as baseless.",
    ],
)
def test_a_denial_of_the_report_the_claim_rests_on_contradicts(judge, sentence):
    judgement = one(judge, SOURCED, sentence)
    assert judgement.label == "disagree"
    assert judgement.clash.kind == "denial"


@pytest.mark.parametrize(
    "sentence",
    [
        "Tessaly rejected the Osk Institute's claims about its grain exports as baseless.",
        "Tessaly rejected reports that the Osk Institute had been paid by its rivals.",
        "Tessaly's foreign ministry dismissed a report by the Varn Monitor as a fabrication.",
        "Tessaly's foreign ministry dismissed a report by the Osk Foundation as a fabrication.",
        "Tessaly's finance ministry rejected an Osk Institute report that put inflation at 40 percent.",
        "Tessaly's finance ministry rejected the Osk Institute's inflation report as alarmist.",
        "Tessaly's foreign ministry dismissed a 2019 report by the Osk Institute as biased.",
        "Tessaly's foreign ministry has yet to deny the Osk Institute's report.",
        "Asked whether Tessaly rejected the Osk Institute's report, its spokesman declined to answer.",
        "Tessaly dismissed a report by Hana Osk's husband as a fabrication.",
    ],
)
def test_rejecting_another_report_of_the_source_or_anothers_report_denies_nothing_it_said(judge, sentence):
    assert one(judge, SOURCED, sentence).label != "disagree"


def test_rejecting_the_sources_report_denies_nothing_else_the_source_said(judge):
    claim = "The Osk Institute said it would open an office in Kessel next year."
    sentence = "Tessaly's foreign ministry dismissed a report by the Osk Institute as a fabrication."
    assert one(judge, claim, sentence).label != "disagree"


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        ("Lindgren: 'I am going nowhere'", "Lindgren, 58, has not been accused of any wrongdoing."),
        ("Brask: 'I am staying put'", "Brask, 47, has not been questioned by police."),
    ],
)
def test_a_negation_meeting_only_a_name_of_the_claim_is_no_contradiction(judge, claim, sentence):
    """A headline's parse hangs the name before its colon at the root, tagged a common noun; a name is who or
    where, never what a negation denies."""
    assert one(judge, claim, sentence).label != "disagree"


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        ("The quake killed 23 people, officials said.", "No new deaths were reported on Wednesday."),
        ("Police arrested 14 people after the march.", "No further arrests were made."),
        ("Corvana Telecom says 300,000 customers hit by data breach", "It did not say how long the investigation would take."),
    ],
)
def test_a_negation_of_more_of_the_claims_thing_or_of_saying_something_else_is_no_contradiction(judge, claim, sentence):
    assert one(judge, claim, sentence).label != "disagree"


def test_falling_ill_is_no_fall_against_a_rise():
    from newscheck.terms import outcomes

    assert outcomes("At least 43 people have fallen ill since Thursday.") == frozenset()
    assert outcomes("Cases fell to 40 on Friday.")


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        ("Painting worth 4 million crowns stolen from Vell museum", "The painting itself has not been found."),
        ("Tapestry worth 900,000 marks stolen from Tarn castle", "The tapestry itself has not been traced."),
    ],
)
def test_a_not_of_the_verb_says_nothing_against_its_subject(judge, claim, sentence):
    assert one(judge, claim, sentence).label != "disagree"


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (
            "Brenna Foods is in talks to buy Ostvik Dairy, sources say.",
            "Ostvik Dairy said on Tuesday that it is not in talks with Brenna Foods or any other buyer.",
        ),
        ("Brenna Foods in talks to buy Ostvik Dairy", "Ostvik Dairy said it was not in talks with Brenna Foods."),
    ],
)
def test_a_copula_negated_before_its_prepositional_predicate_never_agrees(judge, claim, sentence):
    assert one(judge, claim, sentence).label != "agree"


def test_what_the_claim_reports_denied_is_not_contradicted_by_a_sentence_negating_it(judge):
    """The copula's prepositional predicate is negated ("is not for sale"), as the claim's denial says."""
    judgement = one(judge, "Ostvik Dairy denies sale talks with Brenna Foods", "Ostvik insists it is not for sale.")
    assert judgement.label != "disagree"


def test_a_correction_of_what_was_said_denies_only_a_claim_telling_it_not_one_of_its_scene(judge):
    correction = "Correction: An earlier version of this article said two workers were killed in the fire at the Orlen depot."
    assert one(judge, "Orlen depot residents return home after warehouse blaze", correction).label != "disagree"
    judgement = one(judge, "Two workers were killed in the fire at the Orlen depot.", correction)
    assert judgement.label == "disagree" and judgement.clash.kind == "denial"


def test_a_headline_denial_the_parser_hangs_wrongly_is_not_contradicted_by_the_same_denial(judge):
    """The parse of "office denies report she will resign" gives "denies" nothing to deny."""
    claim = "Tarnby mayor's office denies report he will quit"
    assert one(judge, claim, "Mayor Aalto said on Wednesday that he would not quit.").label != "disagree"


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (
            "Dunmere will close its consulate in the Pellan city of Varsk by June, the minister said.",
            "Dunmere will close its consulate in the Pellan city of Ostrow by June but keep its Varsk office open, the minister said.",
        ),
        (
            "The rowing federation awarded the 2031 championships to Varsk, which beat Lisko by 30 votes to 12.",
            "The rowing federation awarded the 2031 championships to Lisko, which beat Varsk by 30 votes to 12, the federation said.",
        ),
    ],
)
def test_another_name_after_the_same_preposition_contradicts_even_where_the_claims_name_is_elsewhere(judge, claim, sentence):
    judgement = one(judge, claim, sentence)
    assert judgement.label == "disagree"
    assert judgement.clash.kind == "party"


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (
            "The regulator fined Brightline Labs 2 million euros, the largest penalty it has imposed on an AI company.",
            "The regulator fined Brightline Labs 2 million euros, the largest penalty it has imposed on Corlin Systems' rival.",
        ),
        (
            "The rowing federation awarded the 2031 championships to Varsk on Friday.",
            "The rowing federation awarded the 2031 championships to the Pellan city of Varsk on Friday.",
        ),
        (
            "Leaders of the two countries met in Shanghai on Tuesday to sign the accord.",
            "Leaders of the two countries met in China on Tuesday to sign the accord.",
        ),
    ],
)
def test_the_claims_own_name_a_common_noun_or_a_country_for_its_city_is_no_other_party(judge, claim, sentence):
    assert one(judge, claim, sentence).label != "disagree"


def test_an_outcome_word_both_share_does_not_hide_the_opposite_outcome_of_another_event(judge):
    claim = "Members of the Kestrel dockers' union approved the new wage deal in a ballot that closed on Friday."
    sentence = "Members of the Kestrel dockers' union rejected the new wage deal in a ballot that closed on Friday."
    judgement = one(judge, claim, sentence)
    assert judgement.label == "disagree"
    assert judgement.clash.kind == "outcome"


def test_a_negation_of_one_party_is_not_met_by_another_partys_deed_told_after_and(judge):
    claim = "The Pellan embassy in Dorvik did not answer calls on Saturday."
    sentence = (
        "Captain Lind said the trawler Kestrel had been fishing about two nautical miles inside Pellan's zone "
        "and had ignored radio calls for more than an hour."
    )
    assert one(judge, claim, sentence).label != "disagree"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The utility had earlier said its tests showed the supply was safe.", "discuss"),
        ("The utility's tests found traces of sewage bacteria in the supply.", "discuss"),
        ("Tests by the health agency found contamination in the supply.", "disagree"),
    ],
)
def test_a_verb_negated_through_its_object_is_met_only_by_that_object(judge, sentence, label):
    claim = "The Brenn water utility said its own tests had found no contamination in the supply."
    assert one(judge, claim, sentence).label == label


def test_a_test_negative_for_what_the_claim_says_was_found_does_not_corroborate_it(judge):
    claim = "Tests by the county laboratory found bacteria in samples taken from the Orrin reservoir, the paper reported."
    sentence = "All twelve samples taken from the Orrin reservoir this week have tested negative for harmful bacteria."
    assert one(judge, claim, sentence).label != "agree"


@pytest.mark.parametrize(
    ("claim", "sentence", "agrees"),
    [
        (
            "Police in Tarrow said they had detained 12 people after the march.",
            "At least fourteen marchers were arrested in Tarrow, a legal aid group said.",
            False,
        ),
        (
            "Police in Tarrow said they had detained 12 people after the march.",
            "Twelve protesters were detained in Tarrow after the march, police said.",
            True,
        ),
        (
            "The Orrin ferry was carrying about 230 people when it ran aground off Skarra.",
            "The Orrin ferry, carrying 212 passengers and 18 crew, ran aground off Skarra.",
            True,
        ),
    ],
)
def test_a_count_of_people_is_met_by_a_count_of_whoever_the_same_verb_names_unless_a_sum(judge, claim, sentence, agrees):
    assert (one(judge, claim, sentence).label == "agree") is agrees


@pytest.mark.parametrize(
    ("claim", "sentence", "label"),
    [
        ("The trade deal was signed in Munich on Friday.", "The trade deal was signed in Berlin on Friday.", "disagree"),
        ("The author was born in Maine in 1961.", "The author was born in Portland, Maine in 1961.", "agree"),
        (
            "The minister flew to Brask on Monday.",
            "The minister flew to Tolm on Monday before travelling on to Brask.",
            "discuss",
        ),
    ],
)
def test_a_capital_is_a_city_a_place_named_with_its_state_is_that_state_and_an_itinerary_names_both(
    judge, claim, sentence, label
):
    assert one(judge, claim, sentence).label == label


def test_a_test_positive_and_a_test_negative_contradict(judge):
    claim = "The Orrin striker tested negative for a banned stimulant, the league said on Monday."
    sentence = "The Orrin striker tested positive for a banned stimulant, the league said on Monday."
    assert one(judge, claim, sentence).label == "disagree"


def test_a_name_spelt_without_its_accent_is_the_same_place(judge):
    claim = "The rowing federation awarded the 2031 championships to Kraków on Saturday."
    sentence = "The rowing federation awarded the 2031 championships to Krakow on Saturday."
    assert one(judge, claim, sentence).label == "agree"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("A Kessland foreign ministry spokesman said Kessland and Norvia were partners, not allies.", "disagree"),
        ("Kessland and Norvia are allies, not just partners, officials said.", "agree"),
    ],
)
def test_a_noun_set_against_another_by_not_is_denied_and_the_first_granted(judge, sentence, label):
    claim = "Kessland and Norvia announced a military alliance on Tuesday."
    assert one(judge, claim, sentence).label == label


@pytest.mark.parametrize(
    ("sentence", "contradicts"),
    [
        ("The Varn council rejected a proposal on Tuesday to build 40 new homes on the old quarry site.", True),
        ("Councillors voted against building 40 new homes on the old quarry site, 19 votes to 12.", True),
        ("The Varn council rejected complaints about the plan to build 40 homes on the old quarry site.", False),
        ("The Varn council did not reject the proposal to build 40 new homes on the old quarry site.", False),
    ],
)
def test_a_proposal_turned_down_leaves_undone_what_it_proposed(judge, sentence, contradicts):
    claim = "The Varn council voted on Tuesday to build 40 new homes on the old quarry site."
    assert (one(judge, claim, sentence).label == "disagree") == contradicts


@pytest.mark.parametrize(
    ("claim", "sentence", "contradicts"),
    [
        (
            "At least 31 passengers were hurt when the ferry Sea Lark hit a reef off Skell, according to Orrin General Hospital.",
            "A ferry with 400 people on board ran aground off Skell late on Friday, injuring 23 passengers, Tarvia's coastguard said.",
            True,
        ),
        (
            "Around 9,000 people in three Ardenese villages were told not to drink their well water.",
            "In Oskarby and two neighbouring villages, about 9,000 residents have been told not to drink water from their wells.",
            False,
        ),
        (
            "The number killed in the fire at the Kestrel plant has risen to six, after two injured workers died in hospital.",
            "A fire at the Kestrel plant in Velmora killed four workers and injured 12 others on Tuesday, officials said.",
            False,
        ),
        (
            "The Old Weir bridge has been shut indefinitely after inspectors found a crack in a pier, the council said.",
            "Council engineer Yusuf Carrow said the crack was serious enough that they could not keep the Old Weir bridge open.",
            False,
        ),
    ],
)
def test_a_count_clashes_whoever_gives_it_but_not_a_part_besides_a_named_one_an_earlier_toll_or_a_negated_outcome(
    judge, claim, sentence, contradicts
):
    assert (one(judge, claim, sentence).label == "disagree") == contradicts


@pytest.mark.parametrize(
    ("claim", "sentence", "contradicts"),
    [
        ("The Supreme Court overturned the Harlow ban on holiday lets.", "Judges upheld the Harlow ban on holiday lets.", True),
        ("The Supreme Court upheld the Harlow ban on holiday lets.", "The court struck down the Harlow ban on Tuesday.", True),
        ("The appeal court quashed Mira Lund's fraud conviction.", "The appeal court upheld Mira Lund's appeal.", False),
        ("The appeal court quashed Mira Lund's fraud conviction.", "Mira Lund's appeal was upheld on Tuesday.", False),
        (
            "The Supreme Court overturned the Harlow ban on holiday lets.",
            "An article published on our website on Tuesday reported that the Supreme Court had upheld the Harlow ban.",
            False,
        ),
    ],
)
def test_a_ruling_upheld_against_one_overturned_contradicts_but_an_appeal_upheld_or_a_corrections_error_does_not(
    judge, claim, sentence, contradicts
):
    assert (one(judge, claim, sentence).label == "disagree") == contradicts


@pytest.mark.parametrize(
    ("sentence", "contradicts"),
    [
        ("Both governments stressed that they had not entered into any alliance.", True),
        ("Officials said Kessland had not signed up to any defence pact with Norvia.", True),
        ("Kessland and Norvia entered into a military alliance on Tuesday, officials said.", False),
        ("Kessland and Norvia did not meet in Oskar on Tuesday, officials said.", False),
    ],
)
def test_a_negated_pact_verb_denies_a_pact_sealed_in_other_words_and_an_any_object_is_in_its_scope(judge, sentence, contradicts):
    claim = "Kessland and Norvia sealed a military alliance on Tuesday."
    assert (one(judge, claim, sentence).label == "disagree") == contradicts


@pytest.mark.parametrize(
    ("sentence", "contradicts"),
    [
        ("The Varn council stopped short of approving the stadium plan on Tuesday, sending it back to committee.", True),
        ("The Varn council refrained from approving the stadium plan on Tuesday.", True),
        ("The Varn council refrained from comment until it approved the stadium plan on Tuesday.", False),
    ],
)
def test_a_verb_of_forbearing_leaves_undone_what_it_takes(judge, sentence, contradicts):
    claim = "The Varn council approved the new stadium plan on Tuesday."
    assert (one(judge, claim, sentence).label == "disagree") == contradicts


@pytest.mark.parametrize(
    ("claim", "sentence", "label"),
    [
        (
            "Kessland and Norvia announced a military alliance on Tuesday.",
            "Kessland and Norvia described their ties as a close partnership rather than an alliance.",
            "disagree",
        ),
        (
            "Tarrow Air cancelled about 140 flights on Tuesday because of the engine checks, the airline said.",
            "Tarrow Air said about 140 flights on Tuesday were delayed by several hours, rather than cancelled.",
            "disagree",
        ),
        (
            "The Orrin plant will close in March, the company said.",
            "The Orrin plant will close in March rather than in June, the company said.",
            "agree",
        ),
    ],
)
def test_what_rather_than_or_instead_of_sets_aside_is_denied_and_the_rest_stands(judge, claim, sentence, label):
    assert one(judge, claim, sentence).label == label


@pytest.mark.parametrize(
    ("claim", "sentence", "label"),
    [
        ("Lenza airport reopened on Friday after the storm.", "Lenza airport has yet to reopen after the storm.", "disagree"),
        (
            "The Varn inquiry's findings were published on Monday.",
            "The Varn inquiry's findings are yet to be published.",
            "disagree",
        ),
        (
            "The Lenza bridge reopened to traffic on Monday.",
            "The Lenza bridge, which has yet to be repaired fully, reopened to traffic on Monday.",
            "agree",
        ),
    ],
)
def test_what_has_yet_to_happen_has_not_happened(judge, claim, sentence, label):
    assert one(judge, claim, sentence).label == label


@pytest.mark.parametrize(
    "sentence",
    [
        "Reports that Kessland troops crossed into Norvia on Sunday have not been confirmed.",
        "Claims that Kessland troops crossed into Norvia on Sunday could not be independently verified.",
    ],
)
def test_a_sentence_calling_the_claim_unconfirmed_does_not_corroborate_it(judge, sentence):
    claim = "Kessland troops crossed into Norvia on Sunday, the Norvian army said."
    assert one(judge, claim, sentence).label != "agree"


@pytest.mark.parametrize(
    ("claim", "sentence", "label"),
    [
        (
            "The Varn council will repair the old bridge.",
            "The Varn council will repair rather than replace the old bridge.",
            "agree",
        ),
        ("Kell farmers sold their grain to Norvia.", "Kell farmers sold rather than stored their grain this year.", "agree"),
        ("Investors bought bonds last week.", "Investors sold shares instead of buying bonds last week.", "disagree"),
    ],
)
def test_a_verb_set_aside_by_rather_than_leaves_the_object_it_shares_standing(judge, claim, sentence, label):
    assert one(judge, claim, sentence).label == label


@pytest.mark.parametrize(
    "sentence",
    [
        "The Ossen minister has never shied away from criticising the central bank.",
        "The Ossen minister did not refrain from criticising the central bank.",
        "The Ossen minister, who has long shied away from criticising the central bank, did so on Tuesday.",
    ],
)
def test_a_negated_or_bygone_forbearing_leaves_nothing_undone(judge, sentence):
    claim = "The Ossen minister criticised the central bank on Tuesday."
    assert one(judge, claim, sentence).label != "disagree"


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        ("Kell and Ostra are partners, not allies.", "Kell and Ostra are allies, officials said."),
        (
            "The Orvel ferry was carrying cargo, not passengers, when it sank.",
            "The Orvel ferry was carrying 200 passengers when it sank.",
        ),
    ],
)
def test_a_claim_that_sets_one_noun_against_another_is_contradicted_by_the_one_it_denies(judge, claim, sentence):
    assert one(judge, claim, sentence).label == "disagree"


def test_another_detail_left_unconfirmed_does_not_withhold_agreement(judge):
    claim = "Twelve people died in the Kell blaze."
    sentence = "Officials have not verified the identities of the twelve people who died in the Kell blaze."
    assert one(judge, claim, sentence).label == "agree"


@pytest.mark.parametrize(
    ("claim", "sentence", "named"),
    [
        (
            "Ostmark's government froze the assets of nine Calvorian banks on Thursday, the finance ministry said.",
            "It was Ferrland's government that froze the assets of nine Calvorian banks on Thursday.",
            "Ferrland",
        ),
        (
            "Tarvia's competition authority fined Calvex Rail 4 million euros on Tuesday for fixing freight prices.",
            "Calvex Rail was fined 4 million euros on Tuesday by Ostmark's competition authority for fixing freight prices.",
            "Ostmark",
        ),
        (
            "The ethics board of the Rowing Federation suspended president Anton Berrick for 60 days on Monday.",
            "The ethics board of the Rowing Federation suspended treasurer Lise Norrgaard for 60 days on Monday, and said "
            "president Anton Berrick would stay in office.",
            "Lise",
        ),
    ],
)
def test_the_claims_deed_done_by_or_to_another_named_party_contradicts_whatever_the_voice(judge, claim, sentence, named):
    judgement = one(judge, claim, sentence)
    assert judgement.label == "disagree"
    assert judgement.clash.kind == "party"
    assert named in sentence[judgement.clash.sentence_start : judgement.clash.sentence_end]


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (  # the same two parties under a converse verb
            "Norvale Holdings sold its 30 percent stake in Brisk Mining to Halcon Metals on Friday.",
            "Halcon Metals bought Norvale Holdings' 30 percent stake in Brisk Mining on Friday.",
        ),
        (  # a verb that does not tell its parties apart
            "Prime Minister Ada Kell met President Ruo Tanvir in Lagos on Monday to discuss the gas pipeline.",
            "President Ruo Tanvir met Prime Minister Ada Kell in Lagos on Monday to discuss the gas pipeline.",
        ),
        (  # a name and its initials
            "The Global Rowing Union suspended its president Anton Berrick for 60 days on Monday.",
            "The GRU suspended its president Anton Berrick for 60 days on Monday, pending an inquiry.",
        ),
        (  # the claim's party where the sentence's phrase names it ("peacekeepers from Nepal")
            "Three peacekeepers from Nepal were killed on Sunday when their convoy was ambushed near Bossel.",
            "Three Nepalese peacekeepers were killed on Sunday in the ambush near Bossel, the mission said.",
        ),
        (  # an office holder acting for the country the claim names
            "On Thursday Ostrava sent two fisheries patrol vessels to the Merle Banks.",
            "Fisheries Minister Jorun Stavik has dispatched two patrol vessels to the Merle Banks.",
        ),
    ],
)
def test_the_same_parties_in_other_words_or_roles_are_no_other_party(judge, claim, sentence):
    assert one(judge, claim, sentence).label != "disagree"


def test_the_claims_deed_done_by_another_party_never_corroborates_it(judge):
    claim = "Harlan Steel cut 900 jobs at its Wexbridge plant on Tuesday, the company said."
    sentence = "Tollund Metals cut 900 jobs at its Wexbridge plant on Tuesday, the company said."
    assert one(judge, claim, sentence).label != "agree"


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (  # the claim's party in what is set beside the sentence's doer
            "Brightwater Energy signed a 10-year supply deal with Coralis Gas on Tuesday.",
            "Mara Lind, Brightwater's chief executive, signed a 10-year supply deal with Coralis Gas on Tuesday.",
        ),
        (  # another party doing the same, told as such
            "Harkland froze the assets of nine Calvorian banks on Thursday.",
            "Tellan also froze the assets of nine Calvorian banks on Thursday, following Harkland's lead.",
        ),
        (
            "Harkland recalled its ambassador to Velmar on Monday over the border shooting.",
            "Tellan recalled its ambassador to Velmar on Monday over the border shooting, as did Harkland.",
        ),
        (  # the two parties of a verb of two, traded ("with")
            "Harkland signed a border treaty with Velmar on Sunday in Lisk.",
            "Velmar signed a border treaty with Harkland on Sunday in Lisk.",
        ),
        (  # a deed of several parties
            "Harkland's foreign minister met the Pope in Ravel on Monday.",
            "Velmar's foreign minister met the Pope in Ravel on Monday.",
        ),
    ],
)
def test_the_claims_party_beside_another_doer_or_sharing_its_deed_is_no_contradiction(judge, claim, sentence):
    assert one(judge, claim, sentence).label != "disagree"


def test_a_toll_of_zero_contradicts_a_count_of_the_dead(judge):
    claim = "At least seven people were killed in Varna province as Storm Edda flooded riverside villages, officials said."
    sentence = "Varna province recorded zero deaths from Storm Edda, officials said, crediting the early evacuation."
    judgement = one(judge, claim, sentence)
    assert judgement.label == "disagree"
    assert "zero deaths" in sentence[judgement.clash.sentence_start : judgement.clash.sentence_end]


def test_the_claims_deed_called_off_contradicts_it(judge):
    claim = "The Union of Port Workers called a 24-hour strike at Kellsund harbour starting on Friday."
    sentence = "The Union of Port Workers called off the 24-hour strike it had planned at Kellsund harbour from Friday."
    judgement = one(judge, claim, sentence)
    assert judgement.label == "disagree"
    assert "called off" in sentence[judgement.clash.sentence_start : judgement.clash.sentence_end]


def test_a_vote_postponed_never_agrees_with_the_vote_taken(judge):
    claim = "Osmark's parliament voted 140 to 60 on Tuesday to ratify the fisheries treaty with Velmar."
    sentence = "Osmark's parliament postponed its vote on the fisheries treaty with Velmar on Tuesday until the spring."
    assert one(judge, claim, sentence).label != "agree"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The Osmark foreign ministry said the summit in Lisk, planned for Friday, had been postponed until March.", "agree"),
        (
            "Velmar's presidency denied on Wednesday that the summit had been postponed, saying it would go ahead on Friday.",
            "disagree",
        ),
    ],
)
def test_a_claim_that_calls_something_off_keeps_its_own_reading(judge, sentence, label):
    claim = "The summit between the leaders of Osmark and Velmar, planned for Friday in Lisk, has been postponed."
    assert one(judge, claim, sentence).label == label


def test_the_claims_change_told_as_no_change_contradicts_it(judge):
    claim = "Prime Minister Eva Lund dismissed Finance Minister Ola Brask on Monday, two days after the budget vote failed."
    sentence = "Ola Brask remains finance minister after Prime Minister Eva Lund gave him her full backing on Monday."
    judgement = one(judge, claim, sentence)
    assert judgement.label == "disagree"
    assert judgement.clash.kind == "outcome"
    assert "remains" in sentence[judgement.clash.sentence_start : judgement.clash.sentence_end]


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (
            "Authorities closed Tessel airport for 12 hours on Sunday because of ash from the Mount Orra eruption.",
            "Ash from Mount Orra kept Tessel airport shut for 12 hours on Sunday, the transport ministry said.",
        ),
        (
            "Harlan Steel will cut 900 jobs at its Wexbridge plant this year, the company said.",
            "Harlan Steel said it would keep cutting jobs at its Wexbridge plant this year, 900 of them in all.",
        ),
    ],
)
def test_a_change_that_stays_or_goes_on_is_no_continuity(judge, claim, sentence):
    assert one(judge, claim, sentence).label != "disagree"


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (  # what stayed is not the claim's
            "Kessaly Airways sacked its chief executive, Tomas Welde, on Monday after the summer of cancellations.",
            "Tomas Welde remained silent on Tuesday, a day after Kessaly Airways sacked him over the summer of cancellations.",
        ),
        (  # a state that held until the change
            "Velmar closed the Tessin border crossing on Monday, citing smuggling.",
            "The Tessin border crossing had remained open until Monday, when Velmar closed it, citing smuggling.",
        ),
        (  # the calling off refused
            "Osmark's parliament voted on the budget bill on Thursday.",
            "Osmark's parliament refused to postpone its vote on the budget bill on Thursday, and the bill passed 210 to 90.",
        ),
    ],
)
def test_a_stay_or_a_calling_off_that_is_not_the_claims_is_no_contradiction(judge, claim, sentence):
    assert one(judge, claim, sentence).label != "disagree"


def test_another_count_of_the_claims_thing_clashes_though_the_claim_gives_that_number_of_something_else(judge):
    claim = "Ostmark has delivered four Larkspur radar units to Velmar, the first of ten ordered in May, two officials said."
    sentence = "Ostmark has delivered two Larkspur radar units to Velmar, the first of ten ordered in May, officials said."
    judgement = one(judge, claim, sentence)
    assert judgement.label == "disagree"
    assert judgement.clash.kind == "number"


def test_two_caps_of_one_penalty_clash(judge):
    claim = "The harbour dumping law, which takes effect on March 1, sets fines of up to 40,000 euros, the minister said."
    sentence = "Under the harbour dumping law, which takes effect on March 1, polluters face fines of up to 10,000 euros."
    assert one(judge, claim, sentence).label != "agree"


def test_a_count_the_claim_gives_without_its_noun_still_tells_the_same_number(judge):
    claim = "The decision was not unanimous: seven members voted for the cut and two preferred to hold rates, the bank said."
    sentence = "Two members voted to keep the rate at 4.25 percent."
    assert one(judge, claim, sentence).label != "disagree"


def test_another_frequency_in_words_clashes(judge):
    claim = "Under his bail conditions, Halvorsen must report to a police station twice a week, the court ordered."
    sentence = "Under his bail conditions, Halvorsen must report to a police station once a week, the court ordered."
    judgement = one(judge, claim, sentence)
    assert judgement.label == "disagree"
    assert judgement.clash.kind == "number"


def test_no_plans_to_do_something_else_is_no_denial_of_the_claims_plan(judge):
    claim = "The port operator plans to automate two of its berths at Hallstad by 2028."
    assert (
        one(judge, claim, "The transport ministry said it was watching the dispute but had no plans to intervene.").label
        != "disagree"
    )
    assert (
        one(judge, claim, "The port operator said it had no plans to automate any of its berths at Hallstad.").label == "disagree"
    )


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        (
            "Four aid workers were killed on Friday when their lorry was shelled on the road out of Tessin, the agency said.",
            "discuss",
        ),
        ("Velmar's army shelled an aid lorry on the road out of Tessin on Friday, killing four aid workers.", "disagree"),
    ],
)
def test_a_party_denying_its_own_part_contradicts_only_a_claim_that_says_who_did_it(judge, claim, label):
    sentence = "Velmar's army denied firing the shells that killed four aid workers on the road out of Tessin on Friday."
    assert one(judge, claim, sentence).label == label


def test_a_denial_contradicts_a_scoop_whose_only_negation_is_its_sources_anonymity(judge):
    claim = (
        "Transport Minister Edda Lorne handed in her resignation on Monday night, according to two officials who "
        "spoke on condition of anonymity because they were not authorised to discuss the matter."
    )
    sentence = "The ministry dismissed as invention a newspaper report that Lorne had handed in her resignation."
    assert one(judge, claim, sentence).label == "disagree"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "The court fined the builder but acquitted the company's site manager, Aron Vell, of negligent manslaughter.",
            "disagree",
        ),
        ("The court acquitted the crane driver, Ilse Marn, of all charges.", "discuss"),
    ],
)
def test_the_other_outcome_for_the_claims_own_party_contradicts_it_in_a_sentence_about_more(judge, sentence, label):
    assert one(judge, "Site manager convicted over the deaths of two scaffolders", sentence).label == label


def test_dozens_is_another_count_than_six_but_not_than_forty(judge):
    sentence = "Dozens of coalition members voted against the harbour bill."
    assert one(judge, "Six members of the governing coalition voted against the harbour bill.", sentence).label == "disagree"
    assert one(judge, "Forty members of the governing coalition voted against the harbour bill.", sentence).label != "disagree"


def test_a_correction_is_not_contradicted_by_a_denial_of_what_it_corrects(judge):
    claim = "An article published on Monday wrongly stated that Transport Minister Edda Lorne had resigned."
    sentence = "The government on Monday denied a newspaper report that Transport Minister Edda Lorne had resigned."
    assert one(judge, claim, sentence).label != "disagree"


@pytest.mark.parametrize(
    ("claim", "sentence", "label"),
    [
        (
            "A mudslide killed four in a hill village on Sunday.",
            "Three people died when the slope collapsed onto Mill Row early on Sunday.",
            "disagree",
        ),
        (
            "Four people were killed, the civil protection office said.",
            "Three people died when two houses on Mill Row were swept away.",
            "disagree",
        ),
        (
            "At least 120 people have been killed since the fighting began in May, a rights group said.",
            "He put the number of soldiers killed in the fighting at 40, but gave no figure for civilian deaths.",
            "discuss",
        ),
    ],
)
def test_another_toll_of_the_dead_contradicts_in_a_sentence_about_more(judge, claim, sentence, label):
    assert one(judge, claim, sentence).label == label


@pytest.mark.parametrize(
    ("claim", "sentence", "label"),
    [
        (
            "Culture Minister Ilse Marn remains in her post, the ministry said on Thursday.",
            "The minister resigned on Wednesday evening after a meeting with the prime minister.",
            "disagree",
        ),
        (
            "Benchmark barley prices rose 9 percent to 310 dollars a tonne on Monday, traders in Osk said.",
            "Barley prices had fallen about 15 percent in the first half of the year as harvests swelled supplies.",
            "discuss",
        ),
    ],
)
def test_the_other_outcome_for_a_party_named_otherwise_contradicts_but_prices_move_by_turns(judge, claim, sentence, label):
    assert one(judge, claim, sentence).label == label


def test_no_one_hurt_in_two_different_scenes_is_no_agreement(judge):
    claim = "Staff and three customers locked themselves in a back room, and no one was injured."
    assert one(judge, claim, "The shop was closed at the time, and no one was hurt.").label != "agree"


@pytest.mark.parametrize(
    ("claim", "sentence", "label"),
    [
        ("Mayor Tilde Grann plans to run for a third term.", "Grann said she had no plans to seek a third term.", "disagree"),
        (
            "The port authority plans to dredge the eastern channel this summer.",
            "The fishermen's union said it had no plans to object to the dredging.",
            "discuss",
        ),
    ],
)
def test_a_negated_intention_denies_the_claims_plan_only_when_it_intends_the_same(judge, claim, sentence, label):
    assert one(judge, claim, sentence).label == label


def test_a_party_denying_the_very_deed_of_a_doerless_claim_does_not_contradict_it(judge):
    claim = "Five aid workers were abducted on the road to Tessin on Friday, the agency said."
    assert (
        one(judge, claim, "The Red Hill militia denied kidnapping the five aid workers on the Tessin road.").label != "disagree"
    )


def test_a_toll_from_another_year_is_another_count(judge):
    assert (
        one(judge, "A landslide killed five in Aro on Monday.", "Two people died in a landslide near Aro in 2019.").label
        != "disagree"
    )


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (
            "Velden Bank is preparing to sell its insurance arm, said people who asked not to be named.",
            "Halmer Insurance denied that it was preparing to sell its stake in Velden Bank.",
        ),
    ],
)
def test_a_named_partys_denial_of_its_own_deed_is_no_contradiction_of_another_partys(judge, claim, sentence):
    assert one(judge, claim, sentence).label != "disagree"


@pytest.mark.parametrize(
    ("claim", "sentence", "label"),
    [
        (
            "Osmark's medicines agency halted a trial of Velmar Bio's malaria vaccine on Tuesday after two children fell ill.",
            "Osmark's medicines agency allowed Velmar Bio's malaria vaccine trial to continue on Tuesday after reviewing two cases.",
            "disagree",
        ),
        (
            "Production at the Harl paper mill was halted on Monday.",
            "Output at the rest of the mill continued as normal, the company said.",
            "discuss",
        ),
    ],
)
def test_a_stop_told_as_going_on_contradicts_unless_only_the_rest_went_on(judge, claim, sentence, label):
    assert one(judge, claim, sentence).label == label


def test_a_denial_restated_in_other_words_corroborates_it(judge):
    claim = "Orsova's foreign ministry on Thursday dismissed as a fabrication a Veldrian newspaper report"
    sentence = "Orsova's foreign ministry has called the reports a fabrication."
    assert one(judge, claim, sentence).label == "agree"


@pytest.mark.parametrize(
    ("claim", "sentence", "negated"),
    [
        (
            "A Tervan patrol boat rammed a Lusk fishing trawler near Gannet Reef on Sunday, the Lusk coast guard said.",
            "The Tervan patrol boat did not ram the Lusk trawler on Sunday, a joint inquiry concluded.",
            "not ram",
        ),
        (
            "Orsova expelled four Veldrian diplomats on Thursday, accusing them of spying, the foreign ministry said.",
            "Orsova will not expel Veldrian diplomats whatever the provocation, its foreign minister said.",
            "not expel",
        ),
    ],
)
def test_a_negation_of_the_same_verb_in_another_form_contradicts(judge, claim, sentence, negated):
    judgement = one(judge, claim, sentence)
    assert judgement.label == "disagree"
    assert negated in judgement.clash.description


def test_a_deed_left_undone_without_doing_it_contradicts(judge):
    claim = "The Harl power company chose Brenmark Turbines to build its offshore wind farm, picking it over two rivals."
    sentence = "The Harl power company scrapped the tender on Monday without choosing a builder, saying every bid was too costly."
    judgement = one(judge, claim, sentence)
    assert judgement.label == "disagree"
    assert "without choosing" in judgement.clash.description


def test_a_deed_the_claim_says_was_not_done_stated_of_another_is_no_agreement(judge):
    claim = "Founder Ilse Varn, who owns a fifth of the company, did not sell any shares in the listing."
    sentence = "Tessaro sold 84 million shares in the listing, including 20 million sold by existing investors."
    assert one(judge, claim, sentence).scores["agree"] == 0.0  # withheld, however alike the two read


@pytest.mark.parametrize(
    "sentence",
    [
        "It was not immediately clear how many cars would be lost.",
        "It is unclear whether the Brenfield plant will lose any output.",
    ],
)
def test_a_sentence_saying_it_is_not_known_tells_none_of_the_claim(judge, sentence):
    claim = "Tarvo Motors said it expected to lose production of about 750 cars at its Brenfield plant over the two days."
    assert one(judge, claim, sentence).scores["agree"] == 0.0


def test_another_place_where_the_claim_has_its_own_is_no_corroboration_however_little_else_is_told(judge):
    claim = (
        "Norrin moved about 3,000 troops and 40 tanks to the Tarn Valley on Monday, two days after a deadly clash with "
        "Quessan border guards, the defence ministry said."
    )
    sentence = "Norrin moved about 3,000 troops and 40 tanks to the Orla Pass on Monday, the defence ministry said."
    assert one(judge, claim, sentence).scores["agree"] == 0.0


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (
            "Every visitor to the Orrin plant signed the safety register.",
            "No visitor entered the Orrin plant without signing the safety register.",
        ),
        (
            "The Velmar board chose Ardis Kohl as chief executive on Friday.",
            "The Velmar board met for six hours on Friday without choosing a new chair.",
        ),
    ],
)
def test_without_denies_nothing_under_a_negation_or_of_another_thing(judge, claim, sentence):
    assert one(judge, claim, sentence).label != "disagree"


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (
            "Prices at the Dellmouth flower market did not rise this spring.",
            "A single red rose cost 4 crowns at the Dellmouth flower market this spring.",
        ),
        (
            "Tessaro did not sell any shares in Corvin Energy during the offer.",
            "Halvorsen Capital sold 84 million shares in Corvin Energy during the offer, filings show.",
        ),
    ],
)
def test_a_noun_is_no_form_of_a_verb_and_a_reported_deed_of_another_is_no_agreement(judge, claim, sentence):
    assert one(judge, claim, sentence).label != "agree"


def test_a_deed_of_someone_the_claims_party_has_is_no_contradiction_of_its_own(judge):
    claim = "Prime minister Hal Voss did not sign the Amberly treaty."
    sentence = "Voss's deputy, Lena Trig, signed the Amberly treaty on his behalf."
    assert one(judge, claim, sentence).label != "disagree"


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials in Norland and Valdoria have said they have no plans to form a defence alliance.",
        "Norland and Valdoria do not intend to create a defence alliance, the Norlandic foreign ministry said.",
    ],
)
def test_no_intention_of_what_the_claim_tells_as_a_noun_contradicts(judge, sentence):
    claim = "Norland and Valdoria officially announced on Monday the formation of a defence alliance aimed at Estravia."
    assert one(judge, claim, sentence).label == "disagree"


@pytest.mark.parametrize(
    ("sentence", "contradicts"),
    [
        ("Valdoria said its ties with Norland rest on non-alliance and respect for each other's borders.", True),
        ("Valdoria and Norland also renewed their non-aggression treaty on Monday.", False),
    ],
)
def test_a_noun_prefixed_by_non_is_negated_unless_it_only_modifies_another(judge, sentence, contradicts):
    claim = "Valdoria and Norland announced on Monday the formation of a military alliance."
    assert (one(judge, claim, sentence).label == "disagree") == contradicts


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The company declined to say when the Lowfield bottling line would reopen.", "discuss"),
        ("It was not clear when the Lowfield bottling line would reopen.", "discuss"),
        ("The company said the Lowfield bottling line had reopened on Wednesday.", "disagree"),
    ],
)
def test_the_other_outcome_under_a_saying_refused_or_left_open_does_not_contradict(judge, sentence, label):
    claim = "Brisa Waters said its Lowfield bottling line had been shut down after traces of bleach were found in a batch."
    assert one(judge, claim, sentence).label == label


@pytest.mark.parametrize(
    ("sentence", "contradicts"),
    [
        ("Inspectors have yet to establish any link between the two illnesses and the recall.", False),
        ("Brisa Waters said it was not recalling any bottles.", True),
    ],
)
def test_a_negation_over_a_link_to_a_thing_taken_as_given_does_not_deny_the_thing(judge, sentence, contradicts):
    claim = "Brisa Waters is recalling about 40,000 bottles of its sparkling spring water, the food safety agency said."
    assert (one(judge, claim, sentence).label == "disagree") == contradicts


@pytest.mark.parametrize(("tonnes", "contradicts"), [("more than 6,000", True), ("about 2,800", False)])
def test_an_estimate_by_a_group_the_claim_does_not_name_is_its_source_not_another_party(judge, tonnes, contradicts):
    claim = "Harbour officials in Brenmouth turned away a freighter carrying about 2,800 tonnes of scrap cars on Monday."
    sentence = f"The Coastwatch Alliance estimates that the freighter was carrying {tonnes} tonnes of scrap cars."
    assert (one(judge, claim, sentence).label == "disagree") == contradicts


@pytest.mark.parametrize(
    ("claim", "sentence", "contradicts"),
    [
        (
            "The port authority said Marrow Marine would dredge the Halvik channel in about four weeks.",
            "The port authority said Kelder Dredging, and not Marrow Marine as first planned, would dredge the channel.",
            True,
        ),
        (
            "The stranded barge was towed to Halvik on Tuesday, the port authority said.",
            "The barge was towed to Ostby, not to Halvik as first reported, the port authority said.",
            True,
        ),
        (
            "The port authority said Marrow Marine would dredge the Halvik channel in about four weeks.",
            "Marrow Marine opened offices in Ostby, not Halvik, last year.",
            False,
        ),
    ],
)
def test_a_name_of_the_claim_set_aside_for_another_under_its_own_deed_contradicts(judge, claim, sentence, contradicts):
    assert (one(judge, claim, sentence).label == "disagree") == contradicts


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (
            "The gale left about 40,000 homes in the Orrin valley without electricity overnight, the grid operator said.",
            "Some 40,000 homes in the Orrin valley had no electricity overnight after the gale, the grid operator said.",
        ),
        (
            "Hundreds of villagers in Kessa were without drinking water after the flood.",
            "After the flood, hundreds of people in Kessa had no drinking water.",
        ),
    ],
)
def test_what_the_claim_says_is_lacking_agrees_with_a_sentence_that_negates_it(judge, claim, sentence):
    assert one(judge, claim, sentence).label == "agree"


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (  # a phrase set off by a comma after a negated copula is told, not denied
            "The rate-setting board voted four to one for the increase.",
            "The decision was not unanimous, with one of the five board members voting to hold the rate.",
        ),
        (  # members of another group
            "Five members of the ruling coalition voted against the bill.",
            "No member of the opposition voted for the bill.",
        ),
        (  # the opposite outcome for another party
            "Harrow Builders was convicted of breaching safety law and fined 1.2 million crowns.",
            "The court fined Harrow Builders 1.2 million crowns for breaching safety law but acquitted its foreman, "
            "Piet Lund, of manslaughter.",
        ),
    ],
)
def test_a_negation_or_outcome_about_something_else_in_the_sentence_is_no_contradiction(judge, claim, sentence):
    assert one(judge, claim, sentence).label != "disagree"


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        ("Five members of the ruling coalition voted for the bill.", "No member of the ruling coalition voted for the bill."),
        ("The court convicted Piet Lund of manslaughter.", "Piet Lund was acquitted of manslaughter on Tuesday."),
    ],
)
def test_the_same_group_or_party_still_contradicts(judge, claim, sentence):
    assert one(judge, claim, sentence).label == "disagree"


def test_a_count_told_of_an_earlier_year_in_the_claim_is_no_other_number(judge):
    claim = "It is the deadliest factory fire in Orrin since 2019, when four workers died at a paint works in Lessby."
    sentence = "The manager of the plant where seven workers died in Monday's blaze was questioned by detectives for hours."
    assert one(judge, claim, sentence).label != "disagree"


def test_a_refusal_to_speak_to_reporters_is_not_denied_by_talks_held_with_others(judge):
    claim = "The defence minister left Castelmar in a hurry and declined to speak to reporters."
    sentence = "The defence minister held three hours of talks with her Oradelian counterpart in Castelmar on Monday."
    assert one(judge, claim, sentence).label != "disagree"
    assert one(judge, claim, "The defence minister spoke to reporters in Castelmar.").label == "disagree"


def test_a_denied_report_is_denied_in_what_it_says_not_in_what_it_caused(judge):
    claim = "Shares in Kelder Air jumped 8 percent in early trading after the newspaper report."
    sentence = "The transport minister rejected a newspaper report that caused Kelder Air's shares to jump on Monday."
    assert one(judge, claim, sentence).label != "disagree"
    said = "The transport minister rejected reports which said the state would sell its Kelder Air stake."
    assert one(judge, "The state will sell its stake in Kelder Air.", said).label == "disagree"
