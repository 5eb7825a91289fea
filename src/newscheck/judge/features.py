"""What one sentence does with one claim: how much of the claim it says, and what in it clashes.

The claim's tokens are aligned to the sentence's by their contextual MiniLM
vectors ("aiding" ~ "helping", "cut" ~ "slashed"); the same stem or the same
name (countries by ISO3: "the Kremlin" ~ "Moscow") counts as a full match. From
the alignment come the similarity features (how much of the claim, of its core
predicate and of its names the sentence covers) and the clashes, read off the
parse, each naming what clashes:

- negation: the claim's key predicate (its main verb and that verb's object or
  attribute) is aligned to a token the sentence negates ("not", "never", "no
  agreement was signed": the negated word and its complements, never a clause
  it only introduces) and the claim does not negate it, or the other way round.
  Negations that negate nothing ("not only", "no longer denies") or that leave
  the outcome open ("it was not clear whether", "did not comment") do not count,
  nor does a negation about a party the claim does not name ("it is not Iran
  that supplies the drones");
- denial: a verb of denial or a word of falsity whose complement states the
  claim ("denied that it had signed", "reports that ... were false"), or that
  points back to a report the sentence before it tells ("dismissed the report
  as fabricated");
- number: the same thing counted differently under the same predicate ("12
  workers were injured" against "30 employees were hurt"; bounds respected:
  "more than 40" and "43" agree);
- outcome: the opposite outcome of the claim's event ("rejected" against
  "approved", ``terms.outcome_spans``);
- party: the claim's predicate told of another place or actor ("signed in
  Ankara" against "signed in Cairo").
"""

from __future__ import annotations

import re
from copy import copy
from dataclasses import dataclass, replace

import numpy as np

from newscheck.actors import country_table
from newscheck.judge.text import (
    SUBJECTS,
    TextView,
    calls_off,
    forborne,
    main_predicate,
    rules_out,
    source_names,
    yet_to,
)
from newscheck.records import Clash
from newscheck.terms import (
    ADDITIVE_WORDS,
    CALLED_FALSE_WORDS,
    CALLING_VERB_STEMS,
    CHANGE_VERB_STEMS,
    CHANGED_STATE_WORDS,
    CONDITIONAL_MARKS,
    CONFIRMING_VERB_STEMS,
    CONTINUE_STEM,
    CONTINUING_STATE_WORDS,
    CONTINUITY_VERB_STEMS,
    CONTRAST_PAIRS,
    COPULAS,
    CORRECTED_NUMBER,
    DAY_WORDS,
    DEFINITE_DETERMINERS,
    DENIAL_VERB_STEMS,
    DEONTIC_MODALS,
    DIRECTIVE_VERB_STEMS,
    DOING_AUXILIARIES,
    DURATION_MINUTES,
    EARLIER_REPORT_WORDS,
    FABRICATING_WORDS,
    FALSE_WORDS,
    FALSITY_ADVERBS,
    FRAMING_STEMS,
    FURTHER_WORDS,
    GENERIC_NAME_STEMS,
    GROUNDS_NOUNS,
    INTENTION_STEMS,
    JOB_STEMS,
    JUDGING_WORDS,
    KNOWN_STATES,
    MEASURE_UNITS,
    MISSAYING_VERBS,
    NEGATED_DENIAL,
    NEGATING_VERB_STEMS,
    NEGATION_WORDS,
    NON_NEGATING,
    OPEN_OUTCOME_WORDS,
    ORDINALS,
    OTHER_COUNT_WORDS,
    OTHER_VICTIM_HARMS,
    OVERTAKEN_ACCOUNT,
    PACT_VERB_STEMS,
    PARTITIVE_WORDS,
    PEOPLE_STEMS,
    PERIOD_PICKS,
    PERIOD_WORDS,
    PROPOSAL_STEMS,
    PROSPECT_WORDS,
    QUANTIFIER_WORDS,
    REFUSING_VERB_STEMS,
    REJECTED_NUMBER,
    REJECTING_VERB_STEMS,
    REPORT_NOUNS,
    REPORTING_VERBS,
    SAME_SENSE,
    SCALE_WORDS,
    SHARE_WORDS,
    SPEECH_VERBS,
    STATED_THINGS,
    STOPPING_VERB_STEMS,
    SYMMETRIC_VERBS,
    TEST_RESULT_VERB_STEMS,
    TITLE_WORDS,
    TOPIC_PREPOSITIONS,
    TOTALITY_WORDS,
    UNKNOWN_STATES,
    UNMADE_DENIAL_WORDS,
    VAGUE_COUNT_WORDS,
    WEEKDAYS,
    close_crowd_sizes,
    compatible,
    crowd_estimator,
    is_crowd_size,
    other_gathering,
    outcome_spans,
    outcomes,
    same_crowd_size,
)

DISTINCTIVE_NUMBER = 10  # a number from which two texts giving it likely tell one figure, however worded
WORD_MATCH = 0.6  # contextual cosine at which two different words count as the same
SCOPE_MATCH = 0.5  # ... at which a claim word counts as the one a negation or denial covers
SENSE_MATCH = 0.8  # words of one sense (`terms.SAME_SENSE`: "talks", "negotiations") align at least this close
UNIT_MATCH = 0.6  # ... at which two counted words ("workers", "employees") count the same thing
VERB_MATCH = 0.5  # ... at which two predicates governing a count are the same predicate
ALIGNED_SLACK = 0.15  # how far below a threshold a claim token's best match may stay and still stand for it
PARTY_MATCH = 0.45  # ... at which another name stands in the claim's name's place
NAME_WEIGHT = 1.5  # names and numbers weigh more than other content words in the coverage
DENIAL_COVERAGE = 0.5  # share of the claim's core a denial's complement must state (or two core words)
PARTY_COVERAGE = 0.7  # share of the claim's core a sentence must state for a swapped name to clash
RESTATED_KEYS = 0.6  # share of a claim's key predicate a restatement states ...
RESTATED_COSINE = 0.6  # ... and how close to the claim it is in meaning
CALLER_STEPS = 8  # heads climbed from a falsity word to the verb that calls something false
_CALLED_OR_FALSE = FALSE_WORDS | CALLED_FALSE_WORDS
_OWN_ROLES = frozenset(("agent", "prep", "dobj", "ccomp", "advcl", "xcomp"))  # a participle's own roles
ELLIPTIC_KEYS = 0.5  # share of the claim's key predicate an elliptic count's clause must state
_CLAUSES = frozenset(("ccomp", "advcl", "relcl"))  # clauses of their own under a word
_NO_COUNT = frozenset(("a", "an", "half"))  # read as numbers ("a hundred", "half a point"), alone they count nothing
# What a verb of denial governs but does not deny: who denies, how, and what it goes on to do ("denied the report
# and called for talks").
_NOT_DENIED = SUBJECTS | {"aux", "neg", "advmod", "punct", "conj", "cc"}
_NEGATED_MATERIAL = frozenset(("dobj", "attr", "acomp", "xcomp", "oprd", "prt", "auxpass", "nsubjpass", "dative"))
COMMON_NOUNS = frozenset(("NN", "NNS"))
PRONOUNS = frozenset("one nobody nothing none anyone anything everyone everything someone something".split())
PREDICATE_DEPS = frozenset(("ROOT", "conj", "xcomp", "ccomp", "pcomp", "advcl", "relcl"))  # a verb's own roles
# Verbs that say little beyond their object: "has no plans", "is not an alliance".
LIGHT_VERBS = frozenset(
    "be is are was were been being has have had having make makes made take takes took do does did get gets got give gives gave hold holds held".split()
)
# Verbs that deny only what is a report or a clause: "rejected the bill" and "dismissed the minister" deny nothing.
OBJECT_DENIALS = frozenset(("reject", "dismis", "dismiss", "rubbish", "disput"))  # "disputed the border"
# A verb's roles where the text states it, not where another verb governs it ("barred from selling").
_STATED_DEPS = frozenset(("ROOT", "ccomp", "conj", "parataxis"))
_PLACE_PREPOSITIONS = frozenset("in at near from to into off inside outside".split())
_YEAR = re.compile(r"(1[89]|20)\d\d")
# A count told as risen to its latest figure ("the death toll has risen to six"): lower counts of it are earlier ones.
_RISEN_TO = re.compile(r"\b(?:risen|rose|rises|climbed|climbs|increased|grown|jumped|mounted)\s+to\s+(?:at\s+least\s+)?", re.I)

FEATURES = (
    "cosine",
    "recall",
    "precision",
    "matched",
    "core_matched",
    "exact",
    "names_missing",
    "names_extra",
    "numbers_agree",
    "key_matched",
    "key_asserted",
    "sentence_key_matched",
    "sentence_hedged",
    "claim_hedged",
    "length_ratio",
)


@dataclass
class Reading:
    features: np.ndarray
    clashes: list[Clash]
    through_context: bool = False  # the clash denies the report the context tells, not the sentence's own words
    withholds_agreement: bool = False  # the sentence cannot agree (see `_withholds_agreement`)
    tells_proposition: bool = False  # the sentence tells the claim's proposition however much else it says (`_tells_proposition`)


class Alignment:
    """Claim tokens aligned to sentence tokens: the best match of each, and its score."""

    def __init__(self, claim: TextView, sentence: TextView) -> None:
        self.claim, self.sentence = claim, sentence
        n, m = len(claim.words), len(sentence.words)
        sim = claim.vectors @ sentence.vectors.T if n and m else np.zeros((n, m))
        if n and m:
            sim = np.where(np.equal.outer(np.array(claim.forms, dtype=object), np.array(sentence.forms, dtype=object)), 1.0, sim)
            senses = [np.array([SAME_SENSE.get(w, -1) for w in view.words]) for view in (claim, sentence)]
            one_sense = np.equal.outer(*senses) & (senses[0] >= 0)[:, None]
            sim = np.where(one_sense, np.maximum(sim, SENSE_MATCH), sim)
            sim[:, ~sentence.content] = np.minimum(sim[:, ~sentence.content], 0.5)  # a stop word stands for nothing
            for i, key in claim.names.items():
                for j, other in sentence.names.items():
                    if key == other:
                        sim[i, j] = 1.0
        self.sim = sim
        self.best = sim.argmax(axis=1) if m else np.zeros(n, dtype=int)
        self.score = sim.max(axis=1) if m else np.zeros(n)
        numbers = np.array([w[:1].isdigit() for w in claim.words], dtype=bool)
        named = np.zeros(n, dtype=bool)
        named[list(claim.names)] = True
        self.weights = np.where(claim.content, np.where(named | numbers, NAME_WEIGHT, 1.0), 0.0)
        self.predicate = claim.content & ~named & ~numbers  # what is said, as against of whom and how many
        self._foreign: bool | None = None
        self._other_doer: tuple[int, int, str] | None | bool = False  # False: not read yet
        self._slot_clashes: list[Clash] | None = None

    def with_sentence(self, sentence: TextView) -> Alignment:
        """The same alignment over another reading of the same sentence (its tokens and vectors unchanged)."""
        other = copy(self)
        other.sentence, other._foreign, other._other_doer, other._slot_clashes = sentence, None, False, None
        return other

    @property
    def other_doer(self) -> tuple[int, int, str] | None:
        """See `_other_doer`, read once."""
        if self._other_doer is False:
            self._other_doer = _other_doer(self)
        return self._other_doer

    @property
    def slot_clashes(self) -> list[Clash]:
        """See `_slot_clashes`, read once: agreement and the party clash both ask."""
        if self._slot_clashes is None:
            self._slot_clashes = _slot_clashes(self)
        return self._slot_clashes

    @property
    def foreign_sentence(self) -> bool:
        """The sentence is about another party (see `_foreign_party`), read over all of it."""
        if self._foreign is None:
            self._foreign = _foreign_party(self, set(range(len(self.sentence.words))))
        return self._foreign

    def covered(self, mask: np.ndarray, threshold: float | None = None) -> float:
        weights = self.weights * mask
        if weights.sum() == 0:
            return 0.0
        values = self.score if threshold is None else (self.score >= threshold).astype(float)
        return float((weights * values).sum() / weights.sum())

    def hits(self, inside: set[int], mask: np.ndarray) -> list[int]:
        """Claim tokens under `mask` whose best match lies in `inside`, closely enough."""
        return [i for i in np.nonzero(mask)[0] if int(self.best[i]) in inside and self.score[i] >= SCOPE_MATCH]


def read(claim: TextView, sentence: TextView, context: TextView | None = None) -> Reading:
    """The features (in FEATURES order) and the clashes of one claim–sentence pair."""
    align = Alignment(claim, sentence)
    everything = np.ones(len(claim.words), dtype=bool)
    back = align.sim.max(axis=0) if align.sim.size else np.zeros(len(sentence.words))  # each sentence word's best
    precision = float((sentence.content * back).sum() / max(float(sentence.content.sum()), 1e-9))
    # Names of what is stated, not of who states it ("Minera Cordillera Sur said"); a name of the claim
    # counts as present when the sentence has it as a name or as a word.
    claim_names = {key for i, key in claim.names.items() if claim.core[i]} or claim.name_keys
    present = sentence.name_keys | set(sentence.stems)
    extra = {key for j, key in sentence.names.items() if sentence.core[j]} - claim.name_keys - set(claim.stems)
    clashes = [
        *_negation_clashes(align),
        *_denial_clashes(align, context),
        *_number_clashes(align),
        *_crowd_clashes(align),
        *_outcome_clashes(align),
        *_party_clashes(align),
        *_called_off_clashes(align),
        *_continuity_clashes(align),
    ]
    exact_terms = {s for s, c in zip(claim.stems, claim.content) if c}
    keys, sentence_keys = claim.keys, sentence.keys
    matched_keys = [i for i in keys if align.score[i] >= WORD_MATCH]
    features = np.array(
        [
            float(claim.sentence @ sentence.sentence),
            align.covered(everything),
            precision,
            align.covered(everything, WORD_MATCH),
            align.covered(claim.core & align.predicate, WORD_MATCH),
            len(exact_terms & set(sentence.stems)) / max(1, len(exact_terms)),
            len(claim_names - present) / max(1, len(claim_names)),
            min(len(extra), 4) / 4,
            float(_numbers_agree(align)),
            len(matched_keys) / max(1, len(keys)),
            sum(bool(sentence.core[align.best[i]]) for i in matched_keys) / max(1, len(keys)),
            sum(back[j] >= WORD_MATCH for j in sentence_keys) / max(1, len(sentence_keys)),
            float(sentence.hedged and not claim.hedged),
            float(claim.hedged),
            min(len(sentence.words), 80) / max(len(claim.words), 1) / 4,
        ]
    )
    through_context = (
        bool(clashes) and clashes[0].kind == "denial" and context is not None and "before it" in clashes[0].description
    )
    return Reading(features, clashes, through_context, _withholds_agreement(align), _tells_proposition(align, clashes))


def _withholds_agreement(align: Alignment) -> bool:
    """Whether the sentence cannot agree, though nothing clashes by name: it negates some of the claim's words,
    states the verb the claim negates through its object ("found no contamination"), states what the claim reports denied ("is preparing to cut 2,000 jobs" for "denied a report that it
    planned to cut 2,000 jobs"), or counts what the claim counts with another number."""
    claim, sentence = align.claim, align.sentence
    negated = set(negated_tokens(sentence)) | denied_tokens(sentence)
    claim_negated = set(negated_tokens(claim)) | denied_tokens(claim) | _lacked(claim)
    if not _stops_something(claim):
        negated |= set(called_off(sentence)) & {int(align.best[k]) for k in claim.keys if align.score[k] >= SCOPE_MATCH}
    if any(
        int(align.best[i]) in negated and i not in claim_negated and align.score[i] >= SCOPE_MATCH
        for i in np.nonzero(claim.core & align.predicate)[0]
    ):
        return True
    in_claim = negated_tokens(claim)
    if any(
        _negated_through_object(claim, i, in_claim) and align.score[i] >= SCOPE_MATCH and int(align.best[i]) not in negated
        for i in claim.keys
    ):
        return True  # "found no contamination" is not told by "found sewage bacteria", whether or not the objects align
    stated = {claim.forms[k] for k in range(len(claim.words)) if k not in in_claim}
    undone = {claim.forms[i] for i in in_claim if claim.core[i] and claim.tags[i].startswith("VB")} - stated
    if any(
        sentence.forms[k] in undone and sentence.deps[k] in _STATED_DEPS and k not in negated
        for k in range(len(sentence.words))
        if sentence.tags[k].startswith("VB")
    ):
        return True  # "did not sell any shares" is not told by "Lumora sold 206 million shares", of whomever it is said
    cues = {cue for cue, _ in denials(sentence)}
    asserted = [
        i
        for i in denied_tokens(claim)
        if claim.content[i]
        and align.score[i] >= SCOPE_MATCH
        and int(align.best[i]) not in negated | cues  # the sentence's own word of denial ("called the reports a fabrication")
        and (i not in claim.names or claim.names[i] == sentence.names.get(int(align.best[i])))  # another name asserts nothing
    ]
    return (
        len(asserted) >= 2
        or _other_count(align)
        or _dated_apart(align)
        or _other_ordinal(align)
        or (_ahead(sentence) and _done(claim))
        or _overtaken(align)
        or _unconfirmed(align)
        or align.other_doer is not None
        or bool(align.slot_clashes)  # another name where it happened, however little else of the claim it states
    )


def _lacked(view: TextView) -> set[int]:
    """What a text says is lacking ("left 1.2 million households without electricity", "were without drinking
    water"): the "without" and what it takes. A sentence that negates it ("had no electricity") tells the same,
    though "without" negates no deed (see `_done_without`)."""
    found: set[int] = set()
    for cue, word in enumerate(view.words):
        objects = [c for c in view.children(cue) if view.deps[c] in ("pobj", "pcomp")] if word == "without" else []
        if objects:
            found |= {cue, *(t for c in objects for t in view.subtree(c))}
    return found


def _ahead(view: TextView) -> bool:
    """Whether what the text states is still to happen (see `_taken_by_prospect`)."""
    p = main_predicate(view)
    return p is not None and _taken_by_prospect(view, p)


def _done(view: TextView) -> bool:
    """Whether what the text states has happened: its main predicate in the past ("approved", "has approved")."""
    p = main_predicate(view)
    if p is None or _taken_by_prospect(view, p):
        return False
    return view.tags[p] == "VBD" or (
        view.tags[p] == "VBN"
        and any(view.deps[c] == "aux" and view.words[c] in ("have", "has", "had", "'ve") for c in view.children(p))
    )


def _taken_by_prospect(view: TextView, p: int) -> bool:
    """Whether a main predicate is taken by a word of prospect ("is due to vote", "is expected to approve"). A future's
    auxiliary is no such sign: a report tells what a deed done will bring ("shareholders will get 500 million pounds
    back", "will not race again for four years after the panel banned him")."""
    takers = [p, *(c for c in view.children(p) if view.deps[c] == "acomp")]
    return any(view.words[t] in PROSPECT_WORDS and any(view.deps[c] == "xcomp" for c in view.children(t)) for t in takers)


_NUMBERED_ROLES = frozenset(("attr", "nsubj", "nsubjpass", "dobj"))  # "was the third rise", "won a second term"


def _other_ordinal(align: Alignment) -> bool:
    """Whether the sentence numbers what the claim numbers with another ordinal ("the second rise of the year" of "the
    bank's third increase this year", "the first time since 2008" of "the second time"): it tells another count of
    them, whether a correction or another event."""
    claim, sentence = align.claim, align.sentence
    for t, word in enumerate(claim.words):
        if word not in ORDINALS or claim.deps[t] != "amod" or claim.deps[claim.heads[t]] not in _NUMBERED_ROLES:
            continue  # (not an ordinal of a place or time: "down from 47 percent in the first round")
        nouns = [  # "rise" as well as a later "increase"
            n for n in np.nonzero(align.sim[claim.heads[t]] >= SCOPE_MATCH)[0] if sentence.deps[n] in _NUMBERED_ROLES
        ]
        theirs = {ORDINALS[sentence.words[c]] for n in nouns for c in sentence.children(int(n)) if sentence.words[c] in ORDINALS}
        if theirs and ORDINALS[word] not in theirs:
            return True
    return False


def _unconfirmed(align: Alignment) -> bool:
    """Whether the sentence says a report of what it tells is unconfirmed ("Reports that ... have not been confirmed",
    "Officials could not verify that ...") or that it is not known ("It was not clear how many ...") where the claim
    states it: such a sentence stands behind none of it. Not where another detail is unconfirmed ("have not verified
    the identities of the twelve who died")."""
    claim, sentence = align.claim, align.sentence
    unvouched = _leaves_unvouched(sentence) and not (claim.hedged or _leaves_unvouched(claim))
    return unvouched or _leaves_open(sentence) and not _leaves_open(claim)


def _leaves_open(view: TextView) -> bool:
    """Whether the text's one main clause says what it asks is not known ("It was not immediately clear how many cars
    would be lost", "It is unclear whether the plant will reopen"): it tells none of it."""
    roots = [i for i, h in enumerate(view.heads) if h == i]
    if len(roots) != 1:
        return False
    root = roots[0]
    negated = any(view.deps[c] == "neg" for c in view.children(root))  # "was not clear": the "not" hangs on the copula
    states = [root, *(c for c in view.children(root) if view.deps[c] in ("acomp", "attr"))]
    return any(
        (view.words[s] in UNKNOWN_STATES or view.words[s] in KNOWN_STATES and negated)
        and any(view.deps[c] in ("ccomp", "csubj", "advcl") for t in (s, root) for c in view.children(t))
        for s in states
    )


def _leaves_unvouched(view: TextView) -> bool:
    """Whether the text's only main verb is a negated "confirm", "verify" ... of a report or of a that-clause."""
    roots = [i for i, h in enumerate(view.heads) if h == i]
    if len(roots) != 1 or view.stems[roots[0]] not in CONFIRMING_VERB_STEMS or roots[0] not in negated_tokens(view):
        return False
    vouched = [c for c in view.children(roots[0]) if view.deps[c] in ("nsubjpass", "dobj", "ccomp")]
    return any(
        view.stems[c] in REPORT_NOUNS
        or (view.deps[c] == "ccomp" and any(view.words[m] == "that" and view.deps[m] == "mark" for m in view.children(c)))
        for c in vouched
    )


def _overtaken(align: Alignment) -> bool:
    """Whether the sentence tells what the claim states as an account since overtaken ("Officials initially said
    twelve people were killed", "We originally reported that 12,000 people marched"): a revision or a correction
    repeats the figure it replaces, and does not stand behind it."""
    return bool(OVERTAKEN_ACCOUNT.search(align.sentence.text)) and not OVERTAKEN_ACCOUNT.search(align.claim.text)


def _dated_apart(align: Alignment) -> bool:
    """Whether the sentence tells the claim's event on another day than the claim ("an aftershock shook the province
    on Thursday" against "an earthquake struck the province early on Tuesday"): what the claim's predicate meets
    there is another event of the story, whatever words they share. The verbs the claim's predicate meets count
    ("began on Tuesday to free prisoners, a day after it signed a truce" still tells the signing), else, where it
    meets none, the sentence's main predicate. Neighbouring weekdays are one night's event ("late on Sunday",
    "early on Monday"), and a sentence naming the claim's weekday anywhere may date it there (the parser's
    attachments of dates are loose). So with a year ("would flow in 2031" against "could flow in 2030"): it withholds
    agreement only, since a yearly event ("prices rose in 2024") is another event, not a contradiction."""
    claim, sentence = align.claim, align.sentence
    verbs = _key_verbs(claim)
    claim_years, claim_days = _years(claim, verbs), _days(claim, verbs)
    if not claim_years and not claim_days:
        return False
    met = {_verb_of(sentence, int(align.best[v])) for v in verbs if align.score[v] >= SCOPE_MATCH}
    if claim_years and not claim_years & set(sentence.words):
        years = _years(sentence, met)  # "the first gas would flow in 2031" of "could flow in 2030"
        if years and not years & claim_years:
            return True
    if not claim_days or claim_days & set(sentence.words):
        return False
    if not met:  # the predicate worded otherwise ("struck", "shook"): the sentence's own main event
        met = _key_verbs(sentence)
    days = _days(sentence, met)
    return bool(days) and all(_days_between(a, b) > 1 for a in claim_days for b in days)


def _years(view: TextView, verbs: set[int]) -> set[str]:
    """The years that date these verbs as the time they happen ("would flow in 2031"; not "by 2031", "since 2019")."""
    return {
        word
        for t, word in enumerate(view.words)
        if _YEAR.fullmatch(word) and t and view.words[t - 1] == "in" and _verb_of(view, t) in verbs
    }


def _key_verbs(view: TextView) -> set[int]:
    """The verbs among the text's key tokens: its main predicate and the verbs joined to it."""
    return {k for k in view.keys if view.tags[k].startswith("VB")}


def _days_between(a: str, b: str) -> int:
    """How many days apart two weekdays lie, the shorter way round the week."""
    gap = abs(WEEKDAYS.index(a) - WEEKDAYS.index(b))
    return min(gap, 7 - gap)


def _days(view: TextView, verbs: set[int]) -> set[str]:
    """The weekdays that date these verbs, however deep under them ("early on Tuesday"). A day that dates a verb of
    saying or announcing dates the telling ("announced on Monday the withdrawal"), as does a day between such a verb
    and the subject of what was said, wherever the parser hangs it ("said on Thursday it had won an order")."""
    days = set()
    for t, word in enumerate(view.words):
        verb = _verb_of(view, t) if word in DAY_WORDS else None
        if verb not in verbs or view.stems[verb] in FRAMING_STEMS:
            continue
        frame = view.heads[verb]
        subjects = [c for c in view.children(verb) if view.deps[c] in SUBJECTS]
        if view.deps[verb] == "ccomp" and view.stems[frame] in FRAMING_STEMS and frame < t < min(subjects, default=verb):
            continue
        days.add(word)
    return days


def _spared(view: TextView) -> list[tuple[int, int]]:
    return [m.span() for pattern in (NON_NEGATING, NEGATED_DENIAL) for m in pattern.finditer(view.text)]


def negated_tokens(view: TextView) -> dict[int, int]:
    """Tokens a negation covers -> the negation's token: the negated word and its complements ("did not
    sign the deal": sign, deal), or a noun "no" negates and its verb ("no deal was signed"). Read once
    per text."""
    if view.negated is None:
        view.negated = _negated_tokens(view)
    return view.negated


_NONE_OF = ("one ", "a single", "any ", "single ")  # after "not": none at all ("is not a military alliance" is no count)


def _negated_tokens(view: TextView) -> dict[int, int]:
    spared = _spared(view)
    open_outcome = {i for i, w in enumerate(view.words) if w in OPEN_OUTCOME_WORDS}
    covered: dict[int, int] = {}
    for cue, word in enumerate(view.words):
        if any(a <= view.spans[cue][0] < b for a, b in spared):
            continue
        if view.stems[cue] in NEGATING_VERB_STEMS or rules_out(view, cue):
            # "declined to approve", "ruled out a rescue": what the verb governs is not done
            governed = [c for c in view.children(cue) if view.deps[c] in ("xcomp", "dobj")]
            for token in (t for c in governed for t in _refused(view, cue, c)):
                covered.setdefault(token, cue)
            continue
        proposed = _proposed(view, cue)
        if proposed:  # "rejected a proposal to build 40 stations": none built
            for token in proposed:
                covered.setdefault(token, cue)
            continue
        undone = _left_undone(view, cue)
        if undone:
            for token in undone:
                covered.setdefault(token, cue)
            continue
        if word == "without":
            # "scrapped the tender without choosing a supplier": not chosen (but "no visitor entered without signing"
            # says everyone signed)
            if not _denied_outright(view, view.heads[cue]):
                for token in _done_without(view, cue):
                    covered.setdefault(token, cue)
            continue
        if word == "negative" and view.stems[view.heads[cue]] in TEST_RESULT_VERB_STEMS:
            # "tested negative for harmful bacteria": no bacteria were found (the testing was done)
            for token in _tested_for(view, cue):
                covered.setdefault(token, cue)
            continue
        if word == "non" and _prefixes_noun(view, cue):
            covered.setdefault(cue + 2, cue)  # "based on non-alliance": no alliance
            continue
        if not (word in NEGATION_WORDS or word.endswith("n't")):
            continue
        head = view.heads[cue]
        # "not one arrest was made", "not a single shot": no such thing; "the board of X, not Y, rejected": not Y
        # (but "won 52 percent, not 54 percent" corrects a number)
        after = " ".join(view.words[cue + 1 : cue + 4])
        none_of = view.deps[cue] == "neg" and after.startswith(_NONE_OF) and " but " not in f" {after} "  # not "not one but two"
        if none_of and view.tags[head] == "CD" and view.deps[head] in ("nummod", "quantmod"):
            head = view.heads[head]  # the count's noun
        contrast = _contrasted(view, cue, head)
        if contrast is not None:
            material = set(view.subtree(contrast))  # "partners, not allies": the parser hangs "not" on "partners"
        elif view.deps[cue] == "neg" and view.tags[head] in ("NNP", "NNPS") and not none_of:
            material = set(view.subtree(head))  # "the board of X, not Y, rejected": Y only
        elif view.deps[cue] in ("det", "amod") or none_of:  # "no shots were fired", "not a single shot": the noun and its verb
            if not (view.tags[head].startswith("NN") or none_of):
                continue  # a "no" the parser hung on a verb ("in a way no antibiotic does")
            verb = view.heads[head]
            material = set(view.subtree(head if head != cue else cue)) | {verb}
            if view.deps[head] == "nsubj" and view.deps[verb] in ("ROOT", "ccomp"):
                # "neither country would join an alliance": nor what it would do (but "no company has received a
                # bigger fine than" grants the comparison, and a clause about something else keeps its own scope)
                complements = _complements(view, verb)
                if not any(view.tags[t] in ("JJR", "RBR") for t in complements):
                    material |= complements
        else:  # "did not sign the deal", "nothing happened": the negated verb and its complements
            material = {head} | _complements(view, head)
        if material & open_outcome:
            # "it was not clear whether", "did not comment": the outcome stays open, only the saying is denied
            material = {head} & open_outcome
        for token in material:
            covered.setdefault(token, cue)
    return covered


def _proposed(view: TextView, verb: int) -> list[int]:
    """What a verb that turns down a proposal leaves undone: the proposal's "to" clause, "that" clause or "for" thing
    ("shelved a proposal to freeze the assets", "rejected a request for a 12% increase", "voted down a motion to open
    an inquiry"); "voted against applying" too."""
    children = view.children(verb)
    if not view.tags[verb].startswith("VB") or any(view.deps[c] == "neg" for c in children):
        return []  # "did not reject the proposal to build": it may be built
    if view.words[verb] in ("vote", "votes", "voted", "voting"):
        against = [p for p in children if view.deps[p] == "prep" and view.words[p] == "against"]
        clauses = [c for p in against for c in view.children(p) if view.deps[c] == "pcomp"]
        if clauses:
            return [t for c in clauses for t in view.subtree(c)]
        if not any(view.deps[c] == "prt" and view.words[c] == "down" for c in children):
            return []
    elif view.stems[verb] not in REJECTING_VERB_STEMS:
        return []
    proposals = [c for c in children if view.deps[c] in ("dobj", "nsubjpass") and view.stems[c] in PROPOSAL_STEMS]
    return [
        t
        for noun in proposals
        for c in view.children(noun)
        if view.deps[c] in ("acl", "relcl", "ccomp") or (view.deps[c] == "prep" and view.words[c] == "for")
        for t in view.subtree(c)
    ]


def _prefixes_noun(view: TextView, cue: int) -> bool:
    """Whether "non" is hyphened to the noun after it, written as one word, and that noun heads its phrase
    ("based on non-alliance"; not "non-profit groups", "a non-executive director", "the Non-Proliferation Treaty")."""
    noun = cue + 2
    if noun >= len(view.words) or view.words[cue + 1] != "-" or not view.tags[noun].startswith("NN"):
        return False
    if view.deps[noun] in ("compound", "amod", "nmod") or view.heads[noun] > noun:
        return False
    return view.spans[cue][1] == view.spans[cue + 1][0] and view.spans[cue + 1][1] == view.spans[cue + 2][0]


def _done_without(view: TextView, cue: int) -> set[int]:
    """What "without" says a stated verb was done without doing ("scrapped the tender without choosing a supplier"): the
    gerund with what it takes. Not a manner ("stored recordings without consent", "repaired without charge"), nor
    what a verb the text does not state was done without ("fined for storing recordings without asking")."""
    if view.deps[view.heads[cue]] not in _STATED_DEPS:
        return set()
    found: set[int] = set()
    for child in view.children(cue):
        if view.deps[child] == "pcomp" and view.tags[child] == "VBG":
            found |= {child} | _complements(view, child)
    return found


def _denied_outright(view: TextView, verb: int) -> bool:
    """Whether a verb is negated or has a subject that denies it for all ("did not enter", "no visitor entered")."""
    return any(
        view.deps[c] == "neg"
        or view.deps[c] in SUBJECTS
        and (view.words[c] in NEGATION_WORDS or any(view.words[d] == "no" for d in view.children(c)))
        for c in view.children(verb)
    )


def called_off(view: TextView) -> dict[int, int]:
    """Tokens a verb of calling off leaves undone -> that verb: what it takes ("shelved a proposal to freeze the assets",
    "the vote was postponed"). Read once per text."""
    if view.called_off is None:
        negated = negated_tokens(view)
        view.called_off = {
            token: cue
            for cue in range(len(view.words))
            if calls_off(view, cue) and cue not in negated  # "refused to postpone its vote": it voted
            for governed in view.children(cue)
            if view.deps[governed] in ("xcomp", "dobj", "nsubjpass")
            for token in _refused(view, cue, governed)
        }
    return view.called_off


def _called_off_clashes(align: Alignment) -> list[Clash]:
    """The claim's deed called off in the sentence ("called off the strike" against "called a strike"), read as a
    negation of what the verb of calling off takes; not where the claim calls something off itself (its denials and
    negations keep their own reading)."""
    undone = called_off(align.sentence)
    if not undone or _stops_something(align.claim):
        return []
    return _negation_clashes(align.with_sentence(replace(align.sentence, negated={**undone, **negated_tokens(align.sentence)})))


def _stops_something(view: TextView) -> bool:
    """Whether a text stops, delays or calls off something itself ("cancelled his visit", "delayed its vote")."""
    return any(view.stems[t] in STOPPING_VERB_STEMS or calls_off(view, t) for t in range(len(view.words)))


def _left_undone(view: TextView, cue: int) -> list[int]:
    """What a cue without a "not" leaves undone or sets aside: "a partnership rather than an alliance" (an alliance),
    "has yet to reopen" (only the saying where the verb is one: "have yet to say how many"), "stopped short of a formal
    alliance", "refrained from naming the buyer"."""
    replaced = _replaced(view, cue)
    if replaced:
        return replaced
    pending = yet_to(view, cue)
    if pending is not None:
        return [pending] if view.words[pending] in OPEN_OUTCOME_WORDS else _refused(view, cue, pending)
    return [t for c in forborne(view, cue) for t in _refused(view, cue, c)]


def _contrast_nouns(view: TextView) -> list[int]:
    """The nouns a text denies by setting them against another with "not" ("were partners, not allies": allies)."""
    return [
        c
        for cue, w in enumerate(view.words)
        if w in NEGATION_WORDS
        for c in [_contrasted(view, cue, view.heads[cue])]
        if c is not None
    ]


def _contrasted(view: TextView, cue: int, head: int) -> int | None:
    """The noun a "not" sets against the noun before it ("were partners, not allies"; "seafarers, not saboteurs"),
    where the parser hangs the "not" on the noun it follows: that noun is granted, the one after denied."""
    if view.deps[cue] != "neg" or head > cue or view.tags[head] not in COMMON_NOUNS:
        return None  # names keep their own reading ("the board of X, not Y")
    after = [c for c in view.children(head) if c > cue and view.deps[c] in ("appos", "conj") and view.tags[c] in COMMON_NOUNS]
    return after[0] if after else None


def _replaced(view: TextView, cue: int) -> list[int]:
    """What "rather than" or "instead of" sets aside (the cue being "than" or "of"): the first phrase after the cue
    hung on it or on what it contrasts with, however the parser joins them."""
    if cue == 0 or (view.words[cue - 1], view.words[cue]) not in CONTRAST_PAIRS:
        return []
    owners = (cue, view.heads[cue])
    after = next((t for t in range(cue + 1, len(view.words)) if view.heads[t] in owners and view.heads[t] != t), None)
    if after is None:
        return []
    first = view.heads[cue]
    if view.tags[after].startswith("VB") and not any(view.deps[c] == "dobj" for c in view.children(first)):
        return [after]  # "repair rather than replace the old bridge": the parser hangs the shared object on "replace"
    return view.subtree(after, skip=_CLAUSES)


def _tested_for(view: TextView, result: int) -> list[int]:
    """What a test's result is for: the object of "for" under the result word or its verb."""
    return [
        t
        for owner in (result, view.heads[result])
        for prep in view.children(owner)
        if view.deps[prep] == "prep" and view.words[prep] == "for"
        for noun in view.children(prep)
        if view.deps[noun] == "pobj"
        for t in view.subtree(noun)
    ]


def _complements(view: TextView, verb: int) -> set[int]:
    """What a negated verb's negation covers beside it: its objects and complements ("did not sign the deal"), a
    copula's prepositional phrase ("is not in talks"), not what follows a verb of stopping ("did not suspend plans
    to deepen": deepening goes on), nor a phrase set off by a comma ("was not unanimous, with one of the five
    members voting against": that one voted is told, not denied)."""
    if view.stems[verb] in STOPPING_VERB_STEMS | REJECTING_VERB_STEMS:
        return set()  # ("did not reject the proposal to build": the building may go ahead)
    material = _NEGATED_MATERIAL | {"prep"} if view.words[verb] in COPULAS else _NEGATED_MATERIAL
    return {
        t
        for child in view.children(verb)
        if view.deps[child] in material or (view.deps[child] == "prep" and _takes_any(view, child))
        if not (view.deps[child] == "prep" and child and view.words[child - 1] == ",")
        for t in view.subtree(child, skip=_CLAUSES | {"conj"})
    }


def _takes_any(view: TextView, preposition: int) -> bool:
    """Whether a preposition's object is "any" thing: under a negated verb that "any" puts it in the negation's scope
    ("had not entered into any alliance", "did not take part in any talks"), as a place or time is not."""
    return any(
        view.words[d] == "any" and view.deps[d] == "det"
        for o in view.children(preposition)
        if view.deps[o] == "pobj"
        for d in view.children(o)
    )


def _refused(view: TextView, cue: int, governed: int) -> list[int]:
    """What a verb of declining or failing leaves undone: what it governs, but only the verb itself when that is
    a verb of stopping ("declined to suspend plans to dredge": the dredging goes on) or, after a refusal, a verb
    of saying ("declined to comment on whether the order was on schedule": the schedule stays open)."""
    if view.stems[governed] in STOPPING_VERB_STEMS or (
        view.stems[cue] in REFUSING_VERB_STEMS and view.words[governed] in OPEN_OUTCOME_WORDS
    ):
        return [governed]
    return view.subtree(governed, skip=_CLAUSES)


def _mode(view: TextView, verb: int) -> str:
    """How a text puts what a verb says: as what someone is urged or told to do ("urged the government not to
    sign"), as a rule ("must not require"), as a condition ("would not refer it if ..."), or as what happens.
    A negation clashes only with the same thing put the same way."""
    head = view.heads[verb]
    if view.deps[verb] == "xcomp" and head != verb and view.stems[head] in DIRECTIVE_VERB_STEMS:
        return "directed"
    modal = any(view.deps[c] == "aux" and view.tags[c] == "MD" for c in view.children(verb))
    for c in view.children(verb):
        if view.deps[c] == "aux" and view.words[c] in DEONTIC_MODALS:
            return "rule"
        if view.deps[c] != "advcl":
            continue
        marks = [m for m in view.children(c) if view.words[m] in CONDITIONAL_MARKS]
        if any(view.words[m - 1] == "even" for m in marks):
            return "regardless"  # "will not sign even if ...": said whatever the condition
        if any(view.words[m - 1] != "as" for m in marks) and modal:
            return "condition"  # "would not refer it if ..." (not "did not resign, if the rumours say so")
    return "stated"


def _earlier(view: TextView, verb: int) -> bool:
    """Whether a verb of denial is in the past perfect ("had ruled out a sugar tax in August"): the text tells a
    position taken before the time it reports, since overtaken, not a denial standing now. Not in reported speech,
    where the past perfect is the speaker's present ("said it had ruled out"); a negated event ("had never carried
    oil") is no position and is not asked."""
    if view.tags[verb] != "VBN" or not any(view.deps[c] == "aux" and view.words[c] in ("had", "'d") for c in view.children(verb)):
        return False
    node = verb
    while view.heads[node] != node:
        node = view.heads[node]
        if view.stems[node] in FRAMING_STEMS:
            return False
    return True


def _dated_before(view: TextView, verb: int) -> bool:
    """Whether a denial stands in a clause that dates the sentence's event after it ("agreed to buy Korvane a week
    after Korvane denied that they were negotiating"): a position the event has overtaken."""
    return any(view.deps[c] == "mark" and view.words[c] in ("after", "since") for c in view.children(verb))


def _party_of(view: TextView, head: int) -> set[int]:
    """The tokens naming who does what `head` says: its subject or its passive's agent, or what "it is not ..."
    puts forward; a verb joined to another by "and" without a subject of its own has the other's ("the trawler
    had been fishing ... and had ignored radio calls")."""
    for _ in range(3):
        party = {t for c in view.children(head) if view.deps[c] in SUBJECTS | {"attr", "agent"} for t in view.subtree(c)}
        if party or view.deps[head] not in ("conj", "xcomp") or view.heads[head] == head:
            return party
        head = view.heads[head]
    return set()


def _other_party(align: Alignment, claim_head: int, sentence_head: int) -> bool:
    """The claim says its negated predicate of a party it names, and the sentence says its own of others or of no
    one it names ("Kyrgyzstan declined to sign" and "was signed by the ministers of the other three")."""
    claim, sentence = align.claim, align.sentence
    theirs = {claim.names[t] for t in _party_of(claim, claim_head) if t in claim.names}
    if not theirs:
        return False
    party = _party_of(sentence, sentence_head)
    if any(t in sentence.names for t in party):
        return not theirs & {sentence.names.get(t, sentence.stems[t]) for t in party}
    return not theirs & (sentence.name_keys | set(sentence.stems))


def _foreign_party(align: Alignment, tokens: set[int]) -> bool:
    """`tokens` name someone the claim does not, while a name of the claim is missing from the sentence:
    what they say is about another party. Names of who says it are no party ("Brevania's coastguard said", "according
    to figures from Pellacombe Infirmary")."""
    claim, sentence = align.claim, align.sentence
    foreign = {sentence.names[j] for j in tokens if j in sentence.names} - source_names(sentence)
    foreign -= claim.name_keys | set(claim.stems)
    return bool(foreign) and bool(claim.name_keys - source_names(claim) - sentence.name_keys - set(sentence.stems))


def _negation_clashes(align: Alignment) -> list[Clash]:
    claim, sentence = align.claim, align.sentence
    in_claim, in_sentence = negated_tokens(claim), negated_tokens(sentence)
    denied_in_claim = _denied_words(claim)
    verbs = {
        k
        for k in claim.keys
        if claim.tags[k].startswith("VB")
        and claim.deps[k] in PREDICATE_DEPS
        and claim.words[k] not in LIGHT_VERBS | REPORTING_VERBS  # "announced the formation of an alliance"
    }
    other_intentions = _other_intentions(align)
    for i in dict.fromkeys([*claim.keys, *_contrast_nouns(claim)]):  # "partners, not allies": "allies" too
        j = int(align.best[i])
        if align.score[i] < SCOPE_MATCH or (i in in_claim) == (j in in_sentence) or claim.deps[i] in SUBJECTS:
            continue  # (a negation denies what is said, not of whom: "the collapse occurred" is in the keys)
        if _negated_through_object(claim, i, in_claim) or _negated_through_object(sentence, j, in_sentence):
            continue  # "found no contamination" is met by finding contamination, not by "showed the supply was safe"
        if i in denied_in_claim and j in in_sentence:
            continue  # what the claim reports denied, the sentence negates: "denies sale talks", "is not for sale"
        if i in claim.names or j in sentence.names:
            continue  # nor who or where, however the parser tags or hangs a name ("Aalto: 'I am going nowhere'")
        if claim.words[i] in REPORTING_VERBS:
            continue  # nor that it was said: "did not say how long it would take" against "says 300,000 were hit"
        if j in in_sentence and any(sentence.words[c] in FURTHER_WORDS for c in sentence.children(j)):
            continue  # "no new deaths were reported" denies more of them, not those the claim counts
        if j in in_sentence and sentence.deps[j] in SUBJECTS and sentence.heads[in_sentence[j]] != j:
            continue  # a "not" of the verb says nothing against its subject: "the painting has not been found"
        if i not in verbs and verbs and not any(_governs(align, v, j) for v in verbs):
            continue  # the object negated under another predicate: "no trains will run" against "use trains"
        if not _same_subject(align, _verb_of(claim, i), _verb_of(sentence, j)):
            continue  # "the night bus had never been busier" says nothing of "the market square"
        if j in other_intentions:
            continue  # "had no plans to intervene" says nothing of "plans to convert two berths"
        if j in in_sentence and sentence.words[j] in OPEN_OUTCOME_WORDS and sentence.stems[j] != claim.stems[i]:
            continue  # "would not discuss the price" refuses to say; it denies no "talks"
        if i in in_claim and claim.words[i] in OPEN_OUTCOME_WORDS and not sentence.tags[j].startswith("VB"):
            continue  # nor is a claim's "declined to speak to reporters" denied by "held four hours of talks" (but by "spoke")
        if j in in_sentence and _set_aside(sentence, in_sentence[j]):
            continue  # "despite the carmaker's insistence that there were no such talks": told only to be set aside
        if j in in_sentence and _compared(sentence, j):
            continue  # "could not afford more than its current offer" denies more, not the offer
        if j in in_sentence and _presupposed(sentence, j):
            continue  # "no fatalities had been connected to the recall" takes the recall as given
        if j in in_sentence and _negated_by_both(align, j, in_claim):
            continue  # "not party to any defence agreement" of "agreed to talks but stopped short of a defence commitment"
        cue = in_sentence[j] if j in in_sentence else in_claim[i]
        negated_by = (sentence if j in in_sentence else claim).words[cue]
        if not _modes_meet(_mode(claim, _verb_of(claim, i)), _mode(sentence, _verb_of(sentence, j)), negated_by):
            continue  # "urged the government not to sign" says nothing of whether it signed
        if j in in_sentence:
            if _foreign_party(align, _party_of(sentence, sentence.heads[cue])):
                continue
            if negated_by == "without" and not _acts_on_the_claims(align, j):
                continue  # "met without choosing a new chair" says nothing of "chose Kohl as chief executive"
            if _earlier(sentence, cue):
                continue  # "had ruled out any rise in March": a position since overtaken (not "had never carried")
            said = sentence.phrase(cue, j)
            return [_clash("negation", f"“{said}” against “{claim.phrase(i, i)}”", claim, i, i, sentence, cue, j)]
        if j not in sentence.keys:
            continue  # the sentence must state it: "the night bus had cost" does not state "busier"
        if _other_party(align, _verb_of(claim, cue), _verb_of(sentence, j)):
            continue
        said = claim.phrase(cue, i)
        return [_clash("negation", f"“{sentence.phrase(j, j)}” against “{said}”", claim, cue, i, sentence, j, j)]
    return []


def _presupposed(view: TextView, index: int) -> bool:
    """Whether a noun is a definite object of a preposition ("connected to the recall", "no part in its talks"): a
    negation over the clause denies the link, not the thing the text takes as given."""
    if not view.tags[index].startswith("NN"):
        return False
    phrase = index
    while view.deps[phrase] == "conj" and view.heads[phrase] != phrase:  # "a link between the illnesses and the recall"
        phrase = view.heads[phrase]
    return view.deps[phrase] == "pobj" and any(
        view.deps[c] == "poss" or view.words[c] in DEFINITE_DETERMINERS for c in view.children(index)
    )


def _set_aside(view: TextView, cue: int) -> bool:
    """Whether a negation stands in what a sentence sets itself against ("has been discussing a sale since February,
    despite the carmaker's insistence that there were no such talks"): it is told to be overruled, not stated."""
    node = cue
    for _ in range(_SET_ASIDE_DEPTH):
        if view.heads[node] == node:
            return False
        node = view.heads[node]
        if view.words[node] == "despite":
            return True
    return False


_SET_ASIDE_DEPTH = 6  # how many heads above a negation "despite" may stand


def _compared(view: TextView, index: int) -> bool:
    """Whether a word is what something is compared with ("more than its current offer"): a negation over the
    comparison denies the excess, not the thing."""
    than = view.heads[index]
    return view.deps[index] == "pobj" and view.words[than] == "than" and view.tags[view.heads[than]] in ("JJR", "RBR")


def _negated_by_both(align: Alignment, index: int, in_claim: dict[int, int]) -> bool:
    """Whether the thing a sentence negates is, by a word of its noun phrase, one the claim negates too ("any mutual
    defence agreement" of a claim that "stopped short of any formal defence commitment"): the two negations agree."""
    claim, sentence = align.claim, align.sentence
    negated = {claim.stems[k] for k in in_claim if claim.content[k]}
    noun = index
    while sentence.deps[noun] in _QUALIFYING and sentence.heads[noun] != noun:
        noun = sentence.heads[noun]  # "mutual" qualifies "defence", which qualifies "agreement"
    phrase, todo = set(), [noun]
    while todo:
        word = todo.pop()
        phrase.add(word)
        todo.extend(c for c in sentence.children(word) if sentence.deps[c] in _QUALIFYING)
    return any(sentence.stems[w] in negated for w in phrase if sentence.content[w])


_QUALIFYING = ("compound", "amod")


def _acts_on_the_claims(align: Alignment, verb: int) -> bool:
    """Whether what the sentence's verb takes is something the claim tells (or it takes nothing named by a noun)."""
    sentence = align.sentence
    objects = [c for c in sentence.children(verb) if sentence.deps[c] == "dobj" and sentence.tags[c] in COMMON_NOUNS]
    return not objects or not align.sim.size or any(float(align.sim[:, c].max()) >= SCOPE_MATCH for c in objects)


def _intended(view: TextView, index: int) -> int | None:
    """The verb of what a word of intending intends ("no plans to intervene": intervene), else None."""
    if view.stems[index] not in INTENTION_STEMS:
        return None
    for child in view.children(index):
        if view.deps[child] in ("xcomp", "acl") and view.tags[child] == "VB":
            if any(view.words[t] == "to" for t in view.children(child)):
                return child
    return None


def _other_intentions(align: Alignment) -> set[int]:
    """The sentence's negated words of intending and all they intend, where that is not what the claim does or
    intends ("had no plans to intervene", "no plans to object to the dredging" of "will dredge the channel"): such a
    negation denies only that intention. The same intention: its verb is one of the claim's verbs, or what it acts on
    is what one of them acts on ("no plans to seek a third term" of "plans to run for a third term", "no plans to
    conclude a defence agreement" of "signed a defence pact")."""
    claim, sentence = align.claim, align.sentence
    intentions = [(k, verb) for k in negated_tokens(sentence) if (verb := _intended(sentence, k)) is not None]
    if not intentions:
        return set()
    claim_verbs = _key_verbs(claim) | {v for i in range(len(claim.words)) if (v := _intended(claim, i)) is not None}
    claim_objects = {t for v in claim_verbs for t in _objects(claim, v)}
    # what a deed told as a noun acts on: "announced the formation of a military alliance"
    claim_objects |= {o for t in claim_objects for o in _objects(claim, t)}
    others: set[int] = set()
    for k, verb in intentions:
        same_verb = any(align.score[c] >= SCOPE_MATCH and int(align.best[c]) == verb for c in claim_verbs)
        objects = _objects(sentence, verb)
        same_object = any(align.score[c] >= WORD_MATCH and int(align.best[c]) in objects for c in claim_objects)
        if not (same_verb or same_object):
            others |= set(sentence.subtree(verb)) | {k}
    return others


def _objects(view: TextView, verb: int) -> set[int]:
    """The nouns a verb acts on, with the nouns compounded with them: its object, or the object of its preposition
    ("run for a third term": term; "extend export restrictions": export, restrictions)."""
    found = {c for c in view.children(verb) if view.deps[c] == "dobj"}
    found |= {o for c in view.children(verb) if view.deps[c] == "prep" for o in view.children(c) if view.deps[o] == "pobj"}
    found |= {c for t in found for c in view.children(t) if view.deps[c] == "compound"}
    return {t for t in found if view.tags[t].startswith("NN")}


def _negated_through_object(view: TextView, verb: int, negated: dict[int, int]) -> bool:
    """Whether a verb is negated only by a "no" on its object ("found no contamination", "has no plans"): what
    the negation denies is the object, which another text must state to meet it."""
    cue = negated.get(verb)
    if cue is None or view.deps[cue] not in ("det", "amod"):
        return False
    noun = view.heads[cue]
    return noun != verb and view.heads[noun] == verb and view.deps[noun] in ("dobj", "attr", "oprd")


def _denied_words(view: TextView) -> set[int]:
    """The words a text reports denied: its denials' complements, and the words after a verb of denial the parser
    gave nothing to deny (a headline's parse of "office denies report she will resign" hangs "denies" under
    "report"). Read only to spare a negation clash."""
    found = denials(view)
    denied = {t for _, complement in found for t in complement}
    given = {cue for cue, complement in found if complement}
    cues = [i for i, s in enumerate(view.stems) if s in DENIAL_VERB_STEMS and view.tags[i].startswith("VB") and i not in given]
    return denied | set(range(cues[0] + 1, len(view.words))) if cues else denied


def _modes_meet(claim_mode: str, sentence_mode: str, negation: str) -> bool:
    """Whether a negation in one text can deny the other's predicate: both put it the same way, or one says it
    whatever the condition the other makes ("would never resign", "will not sign even if ..." against "would
    resign if ...", "will sign if ...")."""
    modes = {claim_mode, sentence_mode}
    if len(modes) == 1 or modes == {"stated", "regardless"}:
        return True
    return "condition" in modes and ("regardless" in modes or (negation == "never" and "stated" in modes))


def _verb_of(view: TextView, index: int) -> int:
    """The verb a token belongs to: itself, or the nearest verb above it."""
    return _governor(view, index) or index


def _governs(align: Alignment, verb: int, j: int) -> bool:
    """Whether the claim's verb is aligned to a predicate over sentence token j (j itself or one of the
    heads above it)."""
    sentence, target = align.sentence, int(align.best[verb])
    aligned = align.score[verb] >= SCOPE_MATCH and sentence.words[target] not in LIGHT_VERBS  # "have no trains": no "use"
    pact = align.claim.stems[verb] in PACT_VERB_STEMS  # "sealed an alliance" is told by "entered into an alliance"
    if not (aligned or pact):
        return False
    for _ in range(4):
        if (aligned and j == target) or (pact and sentence.stems[j] in PACT_VERB_STEMS and sentence.tags[j].startswith("VB")):
            return True
        if sentence.heads[j] == j:
            return False
        j = sentence.heads[j]
    return False


def _denial_clashes(align: Alignment, context: TextView | None) -> list[Clash]:
    """A denial whose complement covers the claim's core, or that points back to a report the context
    tells (the sentence before it restates the claim)."""
    claim, sentence = align.claim, align.sentence
    if any(claim.core[t] for t in negated_tokens(claim)) or denials(claim):
        return []  # a denial does not contradict a negated claim (in what it states: "..., according to officials who
        # were not authorised to speak" is no negated claim), nor one that itself denies
    core = claim.core & align.predicate
    keys = np.zeros(len(claim.words), dtype=bool)
    keys[claim.keys] = True
    framed = _framed(claim)
    for cue, complement in denials(sentence):
        word = _denial_words(sentence, cue)
        if sentence.stems[cue] in claim.stems:
            continue  # the very rejection the claim reports ("rejected two bids")
        if _earlier(sentence, cue) or _dated_before(sentence, cue):
            continue  # "had ruled out a sugar tax in August": a position the text tells as overtaken
        if _missaid(sentence, cue) and _denies_another_figure(claim, sentence, complement):
            continue  # "an earlier version said eight years" denies no claim of six
        if _denies_the_other_outcome(claim, sentence, complement):
            continue  # "an article wrongly reported that the court had upheld the ban" denies no claim that it overturned it
        if _denies_own_part_only(align, cue) or _another_partys_own_denial(align, cue):
            continue  # "an armed group denied carrying out the ambush that killed peacekeepers": who, not whether
        hits = [i for i in align.hits(complement, keys | core) if i not in framed]
        figure = _figure_denied(align, complement)
        if _missaid(sentence, cue) and not any(claim.tags[i].startswith("VB") for i in hits):
            hits = []  # a correction of what was said denies a claim telling that, not one only of its scene
        covers = len(hits) >= 2 or (hits and align.covered(core, WORD_MATCH) >= DENIAL_COVERAGE)
        if (covers and not _denies_other_units(align, complement)) or figure is not None:
            i = hits[0] if len(hits) >= 2 or figure is None else figure
            what = f"“{word}” of “{claim.phrase(i, i)}”"
            return [_clash("denial", what, claim, i, i, sentence, cue, int(align.best[i]))]
        if context is not None and _names_a_report(sentence, complement) and _restates(claim, context):
            i = int(np.argmax(align.weights))
            return [_clash("denial", f"“{word}” of the report before it", claim, i, i, sentence, cue, cue)]
        if _denies_the_source(align, cue, complement):
            i = int(np.argmax(align.weights))
            return [_clash("denial", f"“{word}” of the report the claim rests on", claim, i, i, sentence, cue, cue)]
    return []


def _denies_the_other_outcome(claim: TextView, sentence: TextView, complement: set[int]) -> bool:
    """Whether what a denial denies is the opposite of the outcome the claim states: denying it grants the claim."""
    spans = outcome_spans(claim.text, sentence.text)
    return spans is not None and sentence.token_at(spans[1][0]) in complement


def _denies_own_part_only(align: Alignment, cue: int) -> bool:
    """Whether a denial disputes only the denier's own part in an event the claim tells without saying who did it
    (a passive with no "by": "peacekeepers were killed when their convoy was ambushed", "five aid workers were
    abducted"): the denier denies its own deed ("denied carrying out the ambush", "denied kidnapping them"), and the
    claim names no such party (no noun of the claim is the denier's head noun or a word before it: "an armed group",
    "the army"), so the claim's event stands whoever did it."""
    claim, sentence = align.claim, align.sentence
    verb = main_predicate(claim)
    if verb is None:
        return False
    roles = {claim.deps[c] for c in claim.children(verb)}
    head = _denier(sentence, cue)
    if "nsubjpass" not in roles or "agent" in roles or not _own_deeds(sentence, cue):
        return False
    if head is None or not sentence.tags[head].startswith("NN"):
        return False
    party = {sentence.stems[t] for t in sentence.subtree(head) if t <= head and sentence.tags[t].startswith("NN")}
    return not party & {claim.stems[t] for t in range(len(claim.words)) if claim.tags[t].startswith("NN")}


def _denier(view: TextView, cue: int) -> int | None:
    """The head of who makes a denial: its verb's subject."""
    return next((c for c in view.children(cue) if view.deps[c] == "nsubj"), None)


def _own_deeds(view: TextView, cue: int, told: bool = False) -> list[int]:
    """The denier's own deeds a verb of denial takes: a participle ("denied carrying out the ambush") and, with `told`,
    a clause whose subject is a pronoun ("denied that it was preparing to sell")."""
    return [
        c
        for c in view.children(cue)
        if (view.deps[c] == "xcomp" and view.tags[c] == "VBG")
        or (
            told and view.deps[c] == "ccomp" and any(view.deps[x] in SUBJECTS and view.tags[x] == "PRP" for x in view.children(c))
        )
    ]


def _another_partys_own_denial(align: Alignment, cue: int) -> bool:
    """Whether a named party denies its own act ("Halmer Insurance denied that it was preparing to sell its stake",
    "denied selling") where the claim tells of another named party's ("Velden Bank is preparing to sell its
    insurance arm"): one party's denial of its deed says nothing of another's."""
    claim, sentence = align.claim, align.sentence
    denier = _denier(sentence, cue)
    verb = main_predicate(claim)
    if denier is None or not _own_deeds(sentence, cue, told=True) or verb is None:
        return False
    doer = _subject(claim, verb)
    deniers = {sentence.names[t] for t in sentence.subtree(denier) if t in sentence.names}
    doers = {claim.names[t] for t in claim.subtree(doer) if t in claim.names} if doer is not None else set()
    return bool(deniers) and bool(doers) and not deniers & doers


def _denies_the_source(align: Alignment, cue: int, complement: set[int]) -> bool:
    """Whether a denial rejects a report by the very source the claim rests on ("dismissed a report by the Halden
    Institute as a fabrication" of "Orenthia is financing ..., the Halden Institute said in a report"). Each guard
    answers a misreading found in review:
    - the denial is made, not asked, expected, refused or habitual (`_denial_made`);
    - the report's author (a name heading "by ...", "from ...", a possessive or a name before it) is the claim's
      source and nothing else ("the Osk Foundation" is not "the Osk Institute", nor "Norvia's Defence Ministry"
      Tessaly's; "a report by Hana Bell's husband" is no report by Bell);
    - the report is not dated apart ("a 2019 report", "a previous report"), and what it is of ("on grain exports",
      "that sailors went unpaid", "an inflation report") is what the claim says;
    - the sentence names something the claim tells of besides its source ("Tessaly's ministry dismissed the
      report" of "Tessaly is training militias ..."; not of "the institute said it would open an office in Kessel").
    Reports about the source ("reports that Korvel had announced") are no reports by it."""
    claim, sentence = align.claim, align.sentence
    source = source_names(claim)
    told = {key for key in claim.names.values() if key not in source}
    if not source or not told or not _denial_made(sentence, cue) or not _names_any_of(sentence, told):
        return False
    distinctive = source - GENERIC_NAME_STEMS
    stated = align.sim[claim.core & claim.content]  # what the claim tells, not who tells it
    for report in (r for r in complement if sentence.stems[r] in REPORT_NOUNS):
        authors: set[str] = set()
        topics: list[int] = []
        for c in sentence.children(report):
            by = c if sentence.deps[c] in ("poss", "compound", "nmod") else None
            if sentence.deps[c] == "prep" and sentence.words[c] in ("by", "from"):
                by = next((o for o in sentence.children(c) if sentence.deps[o] == "pobj"), None)
            if by is not None and (by in sentence.names or sentence.deps[c] == "prep"):
                # the names heading the author ("US officials"), not those of whom it belongs to ("Bell's husband")
                owners = (
                    set()
                    if by in sentence.names
                    else {t for o in sentence.children(by) if sentence.deps[o] == "poss" for t in sentence.subtree(o)}
                )
                authors.update(sentence.names[t] for t in sentence.subtree(by) if t in sentence.names and t not in owners)
            elif (
                sentence.deps[c] == "compound"
                or sentence.deps[c] in _CLAUSES | {"acl"}
                or (sentence.deps[c] == "prep" and sentence.words[c] in TOPIC_PREPOSITIONS)
            ):
                topics += [t for t in sentence.subtree(c) if sentence.content[t] and t not in sentence.names]
        dated_apart = any(
            sentence.words[t] in EARLIER_REPORT_WORDS or (sentence.tags[t] == "CD" and _YEAR.fullmatch(sentence.words[t]))
            for t in sentence.subtree(report)
        )
        if not authors or not authors <= source or not authors & distinctive or dated_apart:
            continue
        matched = sum(stated[:, t].max(initial=0.0) >= WORD_MATCH for t in topics)
        if 2 * matched >= len(topics):
            return True
    return False


def _denial_made(view: TextView, cue: int) -> bool:
    """Whether a verb of denial says a denial was made: a finite verb, neither negated nor in a question, a
    modal, an infinitive ("refused to deny", "has yet to deny", "wrong to dismiss") or a habit ("has long
    dismissed"), nor the second half of "neither confirmed nor denied"."""
    if view.tags[cue] not in ("VBD", "VBZ", "VBP", "VBN") or view.deps[cue] not in ("ROOT", "ccomp", "conj", "parataxis"):
        return False
    if cue in negated_tokens(view):
        return False
    around = [*view.children(cue), *(view.children(view.heads[cue]) if view.deps[cue] == "conj" else ())]
    return not any(view.tags[c] == "MD" or view.words[c] in UNMADE_DENIAL_WORDS for c in around)


def _names_any_of(view: TextView, keys: set[str]) -> bool:
    """Whether a text names one of these name keys, or has a word made from one ("Orenthian" of "Orenthia")."""
    return bool(view.name_keys & keys) or any(word.startswith(key) for word in view.words for key in keys if len(key) >= 4)


def _denies_other_units(align: Alignment, complement: set[int]) -> bool:
    """Whether what the denial covers is another number of the claim's subject under another predicate: a denial
    that "more than 40,000 postal ballots had gone missing" says nothing of "212,000 postal ballots were received"."""
    claim, sentence = align.claim, align.sentence
    verbs = _key_verbs(claim)
    if any(align.score[v] >= SCOPE_MATCH and int(align.best[v]) in complement for v in verbs):
        return False  # the claim's predicate is denied ("denied that 212,000 ballots were received")
    subjects = {t for k, dep in enumerate(claim.deps) if dep in SUBJECTS for t in claim.subtree(k, skip=_CLAUSES)}
    for a in claim.quantities:
        _, unit_a, _ = _counted(claim, a)
        if a.year or unit_a not in subjects:
            continue
        others = []
        for b in sentence.quantities:
            number_b, unit_b, _ = _counted(sentence, b)
            if not b.year and number_b in complement and _same_unit(align, unit_a, unit_b):
                others.append(b)
        if others and all(b.value != a.value for b in others):
            return True
    return False


def _figure_denied(align: Alignment, complement: set[int]) -> int | None:
    """The claim's token of a distinctive figure it gives that a denial covers, the same number in the sentence
    ("called a report of 800 job losses wildly inflated" against "to lay off 800 workers": in one story, one
    figure), else None."""
    claim, sentence = align.claim, align.sentence
    for mine in _stated(claim):
        if not _distinctive(mine):
            continue
        tokens = [i for i, (a, _) in enumerate(claim.spans) if mine.start <= a < mine.end]
        unit = _counted(claim, mine)[1]
        for i in tokens:
            j = int(align.best[i])
            if j not in complement or align.score[i] < SCOPE_MATCH:
                continue
            theirs = [q for q in sentence.quantities if q.start <= sentence.spans[j][0] < q.end]
            for q in theirs:
                other_unit = _counted(sentence, q)[1]
                counted_alike = _same_unit(align, unit, other_unit) or _job_words(claim, unit, sentence, other_unit)
                if q.value == mine.value and _measured_alike(mine, q) and counted_alike:
                    return i
    return None


def _denies_another_figure(claim: TextView, sentence: TextView, complement: set[int]) -> bool:
    """Whether what a sentence denies gives figures the claim gives otherwise, and none of the claim's own."""
    starts = {sentence.spans[t][0] for t in complement}
    denied = [b for b in sentence.quantities if not b.year and b.start in starts]
    claimed = _stated(claim)
    if any(compatible(a, b) for a in claimed for b in denied):
        return False
    return any(_measured_alike(a, b) for a in claimed for b in denied)


def points_back(view: TextView) -> bool:
    """Whether the text denies a report it does not tell ("rejected the reports"): only then does the
    judge need the sentence before it."""
    return any(_names_a_report(view, complement) for _, complement in denials(view))


def _names_a_report(view: TextView, words: set[int]) -> bool:
    return any(view.stems[t] in REPORT_NOUNS for t in words)


def _framed(view: TextView) -> set[int]:
    """The words of what a text reports another as saying beside its own statement ("imposed sanctions, accusing
    them of smuggling gold"): a denial of the accusation does not deny that it was made."""
    return {
        t
        for k, dep in enumerate(view.deps)
        if dep == "advcl" and view.tags[k].startswith("VB") and view.stems[k] in FRAMING_STEMS
        for t in view.subtree(k)
    }


def denials(view: TextView) -> list[tuple[int, set[int]]]:
    """(cue, what it denies) for each denial in the text: a verb of denial and its complement ("denied that
    it had signed", "rejected reports that ..."; "rejected the bill" is an outcome, not a denial), or a word
    of falsity and what it calls false ("reports that ... were false"). A negated denial denies nothing.
    Read once per text."""
    if view.denied is None:
        view.denied = _denials(view)
    return view.denied


def _denials(view: TextView) -> list[tuple[int, set[int]]]:
    spared = [m.span() for m in NEGATED_DENIAL.finditer(view.text)]
    found = []
    for cue, word in enumerate(view.words):
        if _missaid(view, cue):  # "an article wrongly stated that she had resigned": what was said is denied
            found.append((cue, _missaid_complement(view, cue)))
            continue
        groundless = _groundless(view, cue)
        if groundless is not None:
            found.append((cue, groundless))
            continue
        denying = (view.stems[cue] in DENIAL_VERB_STEMS and view.tags[cue][:2] in ("VB", "NN")) or rules_out(view, cue)
        called = _called_false(view, cue) if word in _CALLED_OR_FALSE and not denying else None
        if not (denying or word in FALSE_WORDS or called is not None) or any(a <= view.spans[cue][0] < b for a, b in spared):
            continue
        if any(view.deps[c] == "neg" for c in view.children(cue)):
            continue
        if denying:
            governed = [c for c in view.children(cue) if view.deps[c] not in _NOT_DENIED]
            if view.stems[cue] in OBJECT_DENIALS and not any(
                view.deps[c] in ("ccomp", "xcomp") or view.stems[c] in REPORT_NOUNS for c in governed
            ):
                continue
            if view.tags[cue].startswith("NN") and not any(
                (view.deps[c] in ("acl", "ccomp", "relcl") and _tells(view, c)) or view.stems[t] in REPORT_NOUNS
                for c in governed
                for t in view.subtree(c)
            ):
                continue  # "disputes over migrants": a quarrel, not a denial ("a denial that ...", "of the reports")
            complement = {t for c in governed for t in view.subtree(c)} - _what_it_did(view, governed)
        elif called is not None:  # what the verb calls false: its object ("called reports of a payment 'pure fiction'")
            complement = called
        else:
            head = view.heads[cue]
            subjects = [
                c for c in view.children(cue) if view.deps[c] in ("nsubj", "nsubjpass") and view.tags[cue] in ("JJ", "VBN")
            ]
            made_up = _reports_made_up(view, cue)
            if subjects:  # "the claim that ... was fabricated": what its subject tells
                complement = {t for c in subjects for t in view.subtree(c)}
            elif made_up:  # "fabricated a claim that ..."
                complement = {t for c in made_up for t in view.subtree(c)}
            else:  # "reports that ... were false"
                subjects = [c for c in view.children(head) if view.deps[c] in SUBJECTS] if head != cue else []
                complement = set(view.subtree(head)) - set(view.subtree(cue)) if head != cue else set()
            if word in JUDGING_WORDS and not all(_can_be_false(view, s) for s in subjects):
                continue  # "the decision to close the library was wrong": a judgement of a deed, not a denial
        found.append((cue, complement))
    return found


def _denial_words(view: TextView, cue: int) -> str:
    """How a denial's cue reads in a clash: its word, or with what says it lacks ("without foundation", "no truth")."""
    lacking = [t for t in (view.heads[cue], *view.children(cue)) if view.words[t] in ("without", "no") and t < cue]
    return view.phrase(min(lacking), cue) if view.words[cue] in GROUNDS_NOUNS and lacking else view.words[cue]


def _groundless(view: TextView, cue: int) -> set[int] | None:
    """What a report said to lack grounds tells, for a noun of grounds under "without" or "no": the report it
    names ("there is no truth in reports that ..."), else the subject of the clause ("reports that ... are without
    foundation", "the claims had no basis in fact"). None where the noun says no such thing."""
    if view.words[cue] not in GROUNDS_NOUNS:
        return None
    head = view.heads[cue]
    if view.deps[cue] == "pobj" and view.words[head] == "without":
        clause = view.heads[head]
    elif any(view.deps[c] == "det" and view.words[c] == "no" for c in view.children(cue)):
        clause = head
    else:
        return None
    reports = [
        p
        for prep in view.children(cue)
        if view.deps[prep] == "prep" and view.words[prep] in ("in", "to", "behind")
        for p in view.children(prep)
        if view.deps[p] == "pobj" and view.stems[p] in REPORT_NOUNS
    ]
    if not reports:
        reports = [c for c in view.children(clause) if view.deps[c] in SUBJECTS and view.stems[c] in REPORT_NOUNS]
    return {t for r in reports for t in view.subtree(r)} or None


def _reports_made_up(view: TextView, cue: int) -> list[int]:
    """The reports a fabricating verb takes, each telling something ("fabricated a claim that ...", also as the small
    parser reads "called fabricated a claim that ...": the falsity word as the verb, "called" hung on the subject)."""
    if view.words[cue] not in FABRICATING_WORDS or not view.tags[cue].startswith("VB"):
        return []
    return [
        c
        for c in view.children(cue)
        if view.deps[c] == "dobj"
        and view.stems[c] in REPORT_NOUNS
        and any(view.deps[k] in ("acl", "ccomp", "relcl") and _tells(view, k) for k in view.children(c))
    ]


_EARLIER_VERSION = re.compile(
    r"\b(?:earlier|previous|original) version of (?:this|the) (?:story|article|report|post)\b"
    r"|\bour (?:website|site|article|story|report|edition|paper|newspaper)\b"  # "an article published on our website"
)


def _missaid(view: TextView, verb: int) -> bool:
    """Whether a verb says something was said wrongly: "misstated", or a verb of saying with "wrongly",
    "incorrectly", "falsely" ("a report on Tuesday incorrectly stated that ...")."""
    if not view.tags[verb].startswith("VB"):
        return False
    if view.stems[verb] in FRAMING_STEMS and any(
        view.deps[c] == "nsubj" and _EARLIER_VERSION.search(" ".join(view.words[t] for t in view.subtree(c)))
        for c in view.children(verb)
    ):
        return True  # a correction: "an earlier version of this story said three were injured"
    return view.words[verb] in MISSAYING_VERBS or (
        view.stems[verb] in FRAMING_STEMS
        and any(view.deps[c] == "advmod" and view.words[c] in FALSITY_ADVERBS for c in view.children(verb))
    )


def _can_be_false(view: TextView, subject: int) -> bool:
    """Whether a subject a falsity word is said of can be true or false: a report, picture or statement
    ("the figures are wrong"), a clause ("that he resigned is untrue", "the claim that ... "), or a word
    pointing back to one ("this is false"); not a deed or a person ("the decision was wrong"). Asked only of
    `JUDGING_WORDS`: "a lie", "unfounded" or "fabricated" deny whatever they are said of."""
    if not view.tags[subject].startswith("NN") or view.deps[subject] in ("csubj", "csubjpass", "expl"):
        return True
    return view.stems[subject] in STATED_THINGS or any(
        view.deps[c] in ("acl", "ccomp", "relcl") and _tells(view, c) for c in view.children(subject)
    )


def _what_it_did(view: TextView, governed: list[int]) -> set[int]:
    """The words of relative clauses under what a verb denies that tell what the denied thing did, not what it says
    ("rejected a newspaper report that caused the airline's shares to jump": the jump is not denied; but "reports
    which said the plant would close" say it)."""
    return {
        t
        for c in governed
        for k in view.subtree(c)
        if view.deps[k] == "relcl" and _relative_subject(view, k) and view.words[k] not in REPORTING_VERBS | SPEECH_VERBS
        for t in view.subtree(k)
    }


def _relative_subject(view: TextView, clause: int) -> bool:
    """Whether a relative clause's subject is its relative pronoun ("a report that caused ...", "reports which said")."""
    return any(view.deps[c] in ("nsubj", "nsubjpass") and view.tags[c] in ("WDT", "WP") for c in view.children(clause))


def _tells(view: TextView, clause: int) -> bool:
    """Whether a clause under a noun tells what the noun says ("a denial that it had signed", "reports that the
    plant would close": the parser calls some of these relative clauses), not which thing it is."""
    return view.stems[view.heads[clause]] in REPORT_NOUNS or any(view.deps[c] == "mark" for c in view.children(clause))


def _called_false(view: TextView, cue: int) -> set[int] | None:
    """What a falsity word calls false through a verb of calling, when that is a report: the verb's object without
    the word ("called the story 'pure fiction'", "dismissed the account as guesswork"); else None. The small parser
    often hangs the quoted words inside the object's own phrase ("reports of a rate increase on Wednesday 'pure
    fiction'"), so the verb is looked for up to CALLER_STEPS heads above, entering it through its object or its
    "as"; an attributive word ("after false reports") or a word under another role of the verb ("called a meeting
    after false reports") is no verdict on its object. Nor is a word that calls a thing, not a report, so
    ("called the novel a gripping fantasy")."""
    if view.deps[cue] in ("amod", "compound", "nmod") and cue < view.heads[cue]:
        return None  # attributive ("after false reports"); after its noun it may be what the verb calls it
    if view.tags[cue] in ("VBN", "VBG") and cue > view.heads[cue] and any(view.deps[c] in _OWN_ROLES for c in view.children(cue)):
        return None  # a participle with roles of its own describes its noun ("faults inflated by sales")
    node = cue
    for _ in range(CALLER_STEPS):
        if view.heads[node] == node:
            return None
        child, node = node, view.heads[node]
        if view.stems[node] in CALLING_VERB_STEMS and view.tags[node].startswith("VB"):
            entered = view.deps[child] in ("dobj", "oprd", "xcomp", "attr", "ccomp") or (
                view.deps[child] == "prep" and view.words[child] == "as"
            )
            objects = [c for c in view.children(node) if view.deps[c] in ("dobj", "nsubjpass")]
            inside = not objects and view.deps[child] in ("ccomp", "xcomp")  # "called reports of 800 cuts exaggerated"
            if inside:
                objects = [c for c in view.children(child) if view.deps[c] in ("nsubj", "nsubjpass")]
            if not (entered and any(view.stems[t] in REPORT_NOUNS for c in objects for t in view.subtree(c))):
                return None
            told = {t for c in objects if c != cue for t in view.subtree(c)}
            return told if inside else told - set(view.subtree(cue))
    return None


def denied_tokens(view: TextView) -> set[int]:
    """Every token some denial of the text covers."""
    return {t for _, complement in denials(view) for t in complement}


def _restates(claim: TextView, other: TextView) -> bool:
    """Whether `other` tells the claim: its key predicate and much of its meaning."""
    align = Alignment(claim, other)
    keys = [i for i in claim.keys if align.score[i] >= WORD_MATCH]
    return len(keys) >= RESTATED_KEYS * len(claim.keys) > 0 and float(claim.sentence @ other.sentence) >= RESTATED_COSINE


def _governor(view: TextView, index: int) -> int | None:
    """The verb a counted word hangs from ("12 workers were injured": injured)."""
    for _ in range(5):
        if view.tags[index].startswith("VB"):
            return index
        if view.heads[index] == index:
            return None
        index = view.heads[index]
    return None


def _counted(view: TextView, q) -> tuple[int, int, int | None]:  # noqa: ANN001 - Quantity
    """The number's token, the noun it counts ("two Kestrian coast guard cutters": cutters) and its verb."""
    number = view.token_at(q.start)
    if view.deps[number] in ("nummod", "quantmod", "compound") and view.heads[number] != number:
        unit = view.heads[number]
        while view.deps[unit] in ("nummod", "quantmod", "compound") and view.heads[unit] != unit:
            unit = view.heads[unit]  # "about 1.8 billion dollars", "9,500 cubic metres"
    else:
        unit = view.token_at(q.unit_start) if q.unit_start >= 0 else number
        if q.vague:
            while view.deps[unit] == "compound" and view.heads[unit] != unit:
                unit = view.heads[unit]  # "dozens of coalition members": members
    return number, unit, _governor(view, unit)


def _elliptic(view: TextView, q) -> bool:  # noqa: ANN001 - Quantity
    """Whether a number counts no noun of its own ("two preferred to hold": the word after it is no noun) and is
    not what the text corrects ("six launchers rather than the four reported")."""
    if CORRECTED_NUMBER.search(view.text[: q.start]):
        return False
    return q.unit_start < 0 or not view.tags[view.token_at(q.unit_start)].startswith(("NN", "JJ", "CD"))


def _states_predicate(align: Alignment, q) -> bool:  # noqa: ANN001 - Quantity
    """Whether the clause a number of the sentence stands in says what the claim's key predicate says ("two
    preferred to hold rates steady" of "two members voted to keep the rate"; not "five were taken to hospital"
    of "five people died")."""
    claim, sentence = align.claim, align.sentence
    verb = _governor(sentence, sentence.token_at(q.start))
    if verb is None or not claim.keys:
        return False
    clause = set(sentence.subtree(verb))
    told = [i for i in claim.keys if int(align.best[i]) in clause and align.score[i] >= SCOPE_MATCH]
    return len(told) >= ELLIPTIC_KEYS * len(claim.keys)


def _same_count(align: Alignment, a, b, kinds: bool = True) -> bool:  # noqa: ANN001 - Quantity
    """Whether two quantities count the same thing under the same predicate (and, with `kinds`, in the same way:
    "one of the individuals" is no count of "eleven individuals", "46 other farms" none of "23 farms")."""
    claim, sentence = align.claim, align.sentence
    number_a, unit_a, verb_a = _counted(claim, a)
    number_b, unit_b, verb_b = _counted(sentence, b)
    if kinds and _count_kind(claim, number_a, unit_a) != _count_kind(sentence, number_b, unit_b):
        return False
    if a.unit != b.unit and (a.unit in MEASURE_UNITS or b.unit in MEASURE_UNITS):
        return False  # "3,200 tonnes" and "60 miles", "two bids" and "130 million euros"
    jobs = (
        _job_words(claim, unit_a, sentence, unit_b) and _jobs_cut(claim, unit_a, verb_a) and _jobs_cut(sentence, unit_b, verb_b)
    )
    # one counts no noun of its own, as its verb's object or subject: "kills four", "six died" (not "put it at 64")
    bare = (unit_a == number_a and claim.deps[number_a] in _BARE_COUNT_ROLES) != (
        unit_b == number_b and sentence.deps[number_b] in _BARE_COUNT_ROLES
    )
    if not (_same_unit(align, unit_a, unit_b) or jobs or bare):
        return False
    if verb_a is None or verb_b is None:
        return not bare
    if _other_dates(_when(claim, verb_a), _when(sentence, verb_b)):
        return False  # "fell 19% on Tuesday" and "had fallen 11% this year": two dates, two counts
    aligned = _aligned(align, verb_a, verb_b, VERB_MATCH)
    same_outcome = _same_outcome(claim, verb_a, sentence, verb_b)
    if not (aligned or same_outcome):
        return False
    if bare and not (
        _things_counted(claim, verb_a) == _things_counted(sentence, verb_b) == 1
        and (_counts_people(claim, unit_a) or _counts_people(sentence, unit_b))
    ):
        return False  # a count without its noun is of whom the other text counts, under one verb of harm
    if claim.words[unit_a] in SHARE_WORDS or sentence.words[unit_b] in SHARE_WORDS:
        return _shares_of_one_thing(align, verb_a, verb_b)  # "the crown rose 0.8 percent", "raised its rate to 6.25 percent"
    if same_outcome and {claim.deps[unit_a], sentence.deps[unit_b]} == {"dobj", "nsubj"}:
        return True  # "kills four" and "three people died": the victims are one verb's object, the other's subject
    return _same_subject(align, verb_a, verb_b)


_BARE_COUNT_ROLES = frozenset(("dobj", "nsubj", "nsubjpass"))


def _counts_people(view: TextView, unit: int) -> bool:
    """Whether a counted word counts people ("people", "persons", "individuals")."""
    return view.stems[unit] in PEOPLE_STEMS


def _shares_of_one_thing(align: Alignment, claim_verb: int, sentence_verb: int) -> bool:
    """Whether two shares are said of the same thing: both predicates' subjects named alike or standing for
    each other ("Dace won 52 percent" and "Dace took 54 percent"; not "he won", whose "he" may be anyone)."""
    a, b = _subject(align.claim, claim_verb, True), _subject(align.sentence, sentence_verb, True)
    if a is None or b is None:
        return False
    name_a, name_b = align.claim.names.get(a), align.sentence.names.get(b)
    return (name_a is not None and name_a == name_b) or _aligned(align, a, b, WORD_MATCH)


def _when(view: TextView, verb: int) -> set[tuple[str, str | None]]:
    """The dates in a verb's own modifiers and in its subject, as (kind, the word that picks it): ("day",
    "tuesday"), ("year", "this"), ("quarter", "third"), ("month", "march")."""
    dates = set()
    for c in view.children(verb):
        if view.deps[c] not in ("prep", "npadvmod", "tmod", "nsubj", "nsubjpass"):
            continue
        for t in view.subtree(c, skip=_CLAUSES):
            word = view.words[t]
            if word in DAY_WORDS:
                dates.add(("day", word))
            elif view.tags[t] == "CD" and _YEAR.fullmatch(word):
                dates.add(("year", word))  # "in 2019"
            elif word in ("year", "quarter"):
                dates.add((word, next((view.words[m] for m in view.children(t) if view.words[m] in PERIOD_PICKS), None)))
            elif word in PERIOD_WORDS:
                dates.add(("month", word))
    return dates


def _other_dates(when_a: set[tuple[str, str | None]], when_b: set[tuple[str, str | None]]) -> bool:
    """Whether two counts are dated apart: one only by a day and the other by a period ("on Tuesday", "this
    year"), or by two periods of one kind picked apart ("this year" and "last year", "second quarter" and "third
    quarter", "in March" and "in April"). A quarter and the months it spans, or two weekdays, are never told
    apart."""
    if not when_a or not when_b or when_a & when_b:
        return False
    periods_a = {d for d in when_a if d[0] != "day"}
    periods_b = {d for d in when_b if d[0] != "day"}
    if not periods_a or not periods_b:
        return bool(periods_a or periods_b)  # a day against a period; two days stay one count
    for kind in {k for k, _ in periods_a} & {k for k, _ in periods_b}:
        picks_a = {pick for k, pick in periods_a if k == kind}
        picks_b = {pick for k, pick in periods_b if k == kind}
        if None not in picks_a | picks_b and not picks_a & picks_b:
            return True
    return False


def _subject(view: TextView, verb: int, resolving: bool = False) -> int | None:
    """The head of a verb's subject, climbing through auxiliaries and conjoined verbs to find one; `resolving`
    also climbs from a participle to the verb it hangs from ("won, taking 54 percent": who won) and reads a
    relative pronoun as the noun it stands for ("Orzel Capital, which holds 27 percent")."""
    for _ in range(3):
        subjects = [_quantified(view, c) for c in view.children(verb) if view.deps[c] in SUBJECTS]
        if resolving and view.deps[verb] == "relcl":
            subjects = [view.heads[verb] if view.tags[c] in ("WDT", "WP") else c for c in subjects]
        subjects = [c for c in subjects if view.tags[c] not in ("PRP", "EX", "DT") and view.words[c] not in PRONOUNS]
        if subjects:
            return subjects[0]
        participle = resolving and view.deps[verb] == "advcl" and view.tags[verb] == "VBG"
        if not (view.deps[verb] in ("conj", "xcomp") or participle) or view.heads[verb] == verb:
            return None
        verb = view.heads[verb]
    return None


def _quantified(view: TextView, subject: int) -> int:
    """The group a quantifier picks from ("none of its 21 crew members": members), or what a plural of a number's word
    counts ("dozens of coalition members", "tens of thousands of workers"), else the subject itself."""
    if view.words[subject] in QUANTIFIER_WORDS | VAGUE_COUNT_WORDS:
        for prep in view.children(subject):
            if view.words[prep] == "of":
                for group in view.children(prep):
                    if view.deps[group] == "pobj":
                        return _quantified(view, group) if view.words[group] in VAGUE_COUNT_WORDS else group
    return subject


def _same_subject(align: Alignment, claim_verb: int, sentence_verb: int) -> bool:
    """Whether two predicates may be said of the same thing: unless both subjects are common nouns that do
    not stand for each other ("the night bus" and "the market square"); a name, a pronoun or no subject
    leaves it open ("his country" and "Norland")."""
    if _passive(align.claim, claim_verb) != _passive(align.sentence, sentence_verb):
        return True  # "the fire injured 12 workers" and "30 workers were injured": the roles swap
    a, b = _subject(align.claim, claim_verb), _subject(align.sentence, sentence_verb)
    if a is None or b is None:
        return True
    if _possessed_by(align.sentence, b, align.claim, a) or _possessed_by(align.claim, a, align.sentence, b):
        return False  # "Voss's deputy signed" says nothing of whether Voss signed
    if not (align.claim.tags[a] in COMMON_NOUNS and align.sentence.tags[b] in COMMON_NOUNS):
        return True
    if not _aligned(align, a, b, WORD_MATCH):
        return False
    # members of two groups ("no member of the opposition voted" and "six members of the coalition voted")
    groups = _of_group(align.claim, a), _of_group(align.sentence, b)
    return None in groups or _aligned(align, *groups, WORD_MATCH)


def _of_group(view: TextView, noun: int) -> int | None:
    """The common noun of the group an "of" phrase picks a noun from ("members of the opposition": opposition)."""
    return next(
        (
            o
            for p in view.children(noun)
            if view.deps[p] == "prep" and view.words[p] == "of"
            for o in view.children(p)
            if view.deps[o] == "pobj" and view.tags[o] in COMMON_NOUNS
        ),
        None,
    )


def _possessed_by(view: TextView, noun: int, other: TextView, name: int) -> bool:
    """Whether a common noun belongs to the party the other text names ("Voss's deputy" of "Voss")."""
    key = other.names.get(name)
    return (
        key is not None
        and view.tags[noun] in COMMON_NOUNS
        and any(view.deps[c] == "poss" and view.names.get(c) == key for c in view.children(noun))
    )


def _same_unit(align: Alignment, unit_a: int, unit_b: int) -> bool:
    """Whether two counted words count the same thing: the same word ("years", whatever the parser made of it) or
    words that stand for each other ("workers", "employees")."""
    return align.claim.stems[unit_a] == align.sentence.stems[unit_b] or _aligned(align, unit_a, unit_b, UNIT_MATCH)


def _job_words(claim: TextView, unit_a: int, sentence: TextView, unit_b: int) -> bool:
    """Whether two counted words both count jobs ("workers", "jobs", "posts", "job losses"), which cuts count alike."""
    return _counts_jobs(claim, unit_a) and _counts_jobs(sentence, unit_b)


def _counts_jobs(view: TextView, unit: int) -> bool:
    return view.stems[unit] in JOB_STEMS or any(
        view.deps[c] == "compound" and view.stems[c] in JOB_STEMS for c in view.children(unit)
    )


def _jobs_cut(view: TextView, unit: int, verb: int | None) -> bool:
    """Whether a counted word of jobs is what its verb cuts or hires ("lay off 800 workers", "600 jobs will go"),
    not whom something else of it touches ("cut wages for 3,000 workers", "the hours of 2,500 staff")."""
    return verb is not None and view.heads[unit] == verb and view.deps[unit] in ("dobj", "nsubjpass", "nsubj")


def _same_outcome(claim: TextView, verb_a: int, sentence: TextView, verb_b: int) -> bool:
    """Whether two verbs (with their particles: "lay off") state the same side of one outcome ("cut", "laid off")."""

    def said(view: TextView, verb: int) -> frozenset[tuple[str, int]]:
        return outcomes(" ".join(view.words[t] for t in [verb, *view.children(verb)] if t == verb or view.deps[t] == "prt"))

    return bool(said(claim, verb_a) & said(sentence, verb_b))


def _aligned(align: Alignment, i: int, j: int, threshold: float) -> bool:
    """Claim token i and sentence token j stand for each other: close enough, or each the other's best
    match and not far apart."""
    score = float(align.sim[i, j])
    return score >= threshold or (int(align.best[i]) == j and score >= threshold - ALIGNED_SLACK)


def _count_kind(view: TextView, number: int, unit: int) -> str:
    """What a count counts besides its noun: others ("46 other farms", "nine others"), a member of a group named
    beside someone ("Kyrou, one of the individuals"), the group a share is taken from ("half of the 30 workers":
    30), a rate ("5,000 dollars per meeting"), those besides a named one ("Marlow and three other farms"), or the
    thing itself. Two counts of different kinds are not the same
    count. ("Seven of its nine judges" is left alone: the small parser hangs such numbers every which way.)"""
    if view.words[unit] in OTHER_COUNT_WORDS:
        return "other"
    for head in {number, unit}:
        for c in view.children(head):
            if view.words[c] in OTHER_COUNT_WORDS:
                return "other"
            if view.words[c] == "per":
                return "rate"
            if view.words[c] == "of" and view.words[head] == "one" and view.deps[head] in ("appos", "conj", "attr"):
                return "member"  # "Kyrou, one of the individuals placed under a ban": who he is, not how many
    of = view.heads[unit]
    if view.words[of] == "of" and view.heads[of] != of and view.words[view.heads[of]] in QUANTIFIER_WORDS:
        return "group"
    if view.deps[unit] == "conj" and view.tags[view.heads[unit]] in ("NNP", "NNPS"):
        return "besides"  # "Valea Seaca and two neighbouring villages": three villages, two of them counted
    return "itself"


def _rejected(view: TextView, q) -> bool:  # noqa: ANN001 - Quantity
    """Whether the text says a number is wrong ("52 percent, not 54 percent", "an earlier version said eight")."""
    if REJECTED_NUMBER.search(view.text[: q.start]) is not None:
        return True
    return any(view.spans[t][0] == q.start for t in _missaid_words(view))


def _missaid_complement(view: TextView, verb: int) -> set[int]:
    return {t for c in view.children(verb) if view.deps[c] in ("ccomp", "dobj") for t in view.subtree(c)}


def _missaid_words(view: TextView) -> set[int]:
    """The words of what the text says was said wrongly ("an earlier version said eight", "an article on our website
    reported that the court had upheld the ban")."""
    return {t for k in range(len(view.words)) if _missaid(view, k) for t in _missaid_complement(view, k)}


def _of_this_time(view: TextView, quantities: list) -> list:
    """The quantities but those told of a year the text sets apart as background: in a clause hanging from that year
    ("the deadliest accident since 2017, when five miners died")."""
    years = {t for y in view.quantities if y.year for t in range(len(view.words)) if y.start <= view.spans[t][0] < y.end}

    def of_another_time(q) -> bool:  # noqa: ANN001 - Quantity
        node = view.token_at(q.start)
        while view.heads[node] != node:
            if view.deps[node] in ("relcl", "advcl") and view.heads[node] in years:
                return True
            node = view.heads[node]
        return False

    return [q for q in quantities if not (years and of_another_time(q))]


def _stated(view: TextView) -> list:
    """The text's numbers but years and those it rejects. Read once per text."""
    if view.stated is None:
        view.stated = [q for q in view.quantities if not q.year and not _rejected(view, q)]
    return view.stated


def _numbers_agree(align: Alignment) -> bool:
    """Whether the sentence gives one of the claim's numbers for the same thing: counted alike under aligned
    predicates, or a figure distinctive enough to tell the fact in other words ("scrapped some 300 services" for
    "cancel around 300 trains"; a small count such as "three" must be counted alike)."""
    stated = _stated(align.sentence)
    return any(
        compatible(a, b) and (_same_count(align, a, b) or (_distinctive(a) and not b.vague and _measured_alike(a, b)))
        for a in _stated(align.claim)
        for b in stated
    )


def _distinctive(quantity) -> bool:  # noqa: ANN001 - Quantity
    return quantity.value >= DISTINCTIVE_NUMBER or not float(quantity.value).is_integer()


def _measured_alike(a, b) -> bool:  # noqa: ANN001 - Quantity
    """Whether two numbers may measure the same thing: the same unit where either is a measure (percent, days,
    crowns), anything where both count things."""
    return a.unit == b.unit or not (a.unit in MEASURE_UNITS or b.unit in MEASURE_UNITS)


def _other_count(align: Alignment) -> bool:
    """Whether the sentence counts something the claim counts (the same noun, counted the same way), never with
    the claim's number: "won 52 percent" or "the carrier scrapped 280 flights" for "taking 54 percent" and "cancel
    320 flights". Weaker than a clash (the predicates may not align), it only keeps the sentence from agreeing."""
    claim, sentence = align.claim, align.sentence
    stated = [_in_minutes(b) for b in _stated(sentence)]
    told = {_in_minutes(q).value for q in claim.quantities}
    for a in map(_in_minutes, claim.quantities):
        if a.year or any(b.value == a.value for b in stated):
            continue  # the sentence gives this number, whatever it hung it on ("150 from each side")
        number_a, unit_a, verb_a = _counted(claim, a)
        kind = _count_kind(claim, number_a, unit_a)
        same = []
        for b in stated:
            if b.value in told:
                continue  # the sentence gives another of the claim's numbers ("41%" of "41 percent, down from 47")
            number_b, unit_b, verb_b = _counted(sentence, b)
            if a.unit == b.unit == "minut":  # "took six hours", "was put out within 40 minutes"
                same.append(b)
                continue
            measured_alike = _measured_alike(a, b)
            same_verb = verb_a is not None and verb_b is not None and _aligned(align, verb_a, verb_b, VERB_MATCH)
            counted_alike = _same_unit(align, unit_a, unit_b) or (
                same_verb
                and (
                    # "killed six" of "killed four workers": the sentence counts under the claim's verb, its noun left out
                    (unit_b == number_b and sentence.text[b.start : b.end].split()[0].lower() not in _NO_COUNT)
                    # "at least 14 marchers were arrested" of "detained 12 people": people are whoever is named, but
                    # not where one text counts several groups under the verb ("212 passengers and 18 crew": a sum)
                    or (
                        bool(PEOPLE_STEMS & {claim.stems[unit_a], sentence.stems[unit_b]})
                        and _things_counted(claim, verb_a) == _things_counted(sentence, verb_b) == 1
                    )
                )
            )
            if measured_alike and counted_alike and _count_kind(sentence, number_b, unit_b) == kind:
                same.append(b)
        if same and not any(compatible(a, b) for b in same):
            return True
    return False


def _things_counted(view: TextView, verb: int) -> int:
    """How many counts of things (not measures: "18 weeks", "5 percent") the verb governs."""
    return sum(
        1
        for q in _stated(view)
        if q.unit not in MEASURE_UNITS and q.unit not in DURATION_MINUTES and _counted(view, q)[2] == verb
    )


def _in_minutes(q):  # noqa: ANN001, ANN202 - Quantity
    """A length of time in minutes, so that hours and minutes compare; any other number as it is."""
    if q.unit not in DURATION_MINUTES:
        return q
    return replace(q, value=q.value * DURATION_MINUTES[q.unit], unit="minut")


def _number_clashes(align: Alignment) -> list[Clash]:
    """A count of the claim met by another count of the same thing and never by its own."""
    claim, sentence = align.claim, align.sentence
    if align.foreign_sentence:
        return []  # another party's count ("a 16 million fee for another player")
    stated = _stated(sentence)
    for a in claim.quantities:  # "52 percent, not 54 percent" against "taking 54 percent"
        rejected = [b for b in sentence.quantities if b not in stated and not b.year and b.value == a.value]
        if a.year or not rejected:
            continue
        number_a, unit_a, _ = _counted(claim, a)
        number_b, unit_b, _ = _counted(sentence, rejected[0])
        best = int(align.best[unit_a])
        named = _same_unit(align, unit_a, best) or _job_words(claim, unit_a, sentence, best)
        bare = not rejected[0].unit and _distinctive(a) and named  # "the number of jobs is 600, not 800 as reported"
        if bare or _same_unit(align, unit_a, unit_b):  # the very number, said to be wrong
            what = f"“{claim.phrase(number_a, unit_a)}” said to be wrong"
            return [_clash("number", what, claim, number_a, unit_a, sentence, number_b, unit_b)]
    # A number of the sentence that the claim gives too, or that some number of the claim allows for the same
    # count, tells nothing against the others ("two preferred to hold" and "two members voted to hold"). Lengths
    # of time compare in minutes ("in 40 years" and "for four decades").
    stated = [_in_minutes(b) for b in _of_this_time(sentence, stated)]
    given = [_in_minutes(a) for a in _of_this_time(claim, claim.quantities)]
    told = [
        b
        for b in stated
        if any(
            (a.value == b.value and _may_count_alike(align, a, b)) or (compatible(a, b) and _same_count(align, a, b, kinds=False))
            for a in given
        )
    ]
    latest = _risen_to(claim)
    crowd_told = _crowd_sizes_told(align)
    for a in given:
        if a.value in crowd_told:
            continue  # the sentence gives the claim's crowd size: its others are another party's ("the Front put it at 60,000")
        if a.year or (
            not _elliptic(claim, a)
            and any(b.value == a.value and _elliptic(sentence, b) and _states_predicate(align, b) for b in sentence.quantities)
        ):
            continue  # the sentence gives the claim's count elliptically ("five voted for it and two preferred to hold")
        same = [b for b in stated if b not in told and _same_count(align, a, b) and not (latest and b.value < latest)]
        if same and not any(compatible(a, b) for b in stated if _same_count(align, a, b, kinds=False)):
            b = same[0]
            number_a, unit_a, _ = _counted(claim, a)
            number_b, unit_b, _ = _counted(sentence, b)
            what = f"“{claim.phrase(number_a, unit_a)}” against “{sentence.phrase(number_b, unit_b)}”"
            return [_clash("number", what, claim, number_a, unit_a, sentence, number_b, unit_b)]
    return []


def _risen_to(view: TextView) -> float | None:
    """The latest figure of a count the text tells as risen to it ("has risen to six, after two injured workers
    died"): a lower count of the same thing elsewhere is an earlier figure, and the text's other counts tell the rise."""
    found = _RISEN_TO.search(view.text)
    if found is None:
        return None
    return next((q.value for q in view.quantities if q.start == found.end() and not q.year), None)


def _may_count_alike(align: Alignment, a, b) -> bool:  # noqa: ANN001 - Quantity
    """Whether a number of the claim and one of the sentence may count one thing: either counts no noun of its own
    ("two preferred to hold"), or their nouns are one ("two officials" is no count of "two radar units")."""
    number_a, unit_a, _ = _counted(align.claim, a)
    number_b, unit_b, _ = _counted(align.sentence, b)
    nouns = align.claim.tags[unit_a].startswith("NN") and align.sentence.tags[unit_b].startswith("NN")
    return unit_a == number_a or unit_b == number_b or not nouns or _same_unit(align, unit_a, unit_b)


def _crowd_sizes(align: Alignment, unnamed: bool = False) -> tuple[list, list]:
    """The claim's sizes of a gathering, and the sentence's sizes of the same gathering that whoever gave the
    claim's could have given ("Police put the crowd at 2,500" is what the police said: only the police's sizes bear
    on it). The same gathering: the two texts share a name (a march in another town is another crowd; with
    `unnamed`, a text that names nothing passes too) and the sentence does not make it another day's or another march
    ("a smaller rally", "last year")."""
    claim, sentence = align.claim, align.sentence
    mine, theirs = _crowds(claim), _crowds(sentence)
    if not mine or not theirs or align.foreign_sentence or other_gathering(claim.text, sentence.text):
        return [], []
    named_claim, named_sentence = _capitalised(claim), _capitalised(sentence)
    if not named_claim & named_sentence and not (unnamed and not (named_claim and named_sentence)):
        return [], []
    said_by = mine[0][1]
    return [q for q, _ in mine], [q for q, by in theirs if said_by is None or by == said_by]


def _crowds(view: TextView) -> list:
    """(size, who gave it) for each size of a gathering the text gives. Read once per text."""
    if view.crowds is None:
        view.crowds = [(q, crowd_estimator(view.text, q)) for q in _stated(view) if is_crowd_size(view.text, q)]
    return view.crowds


def _capitalised(view: TextView) -> set[str]:
    """The text's names: its name keys and the words it capitalises after its first (the small parser tags some
    towns as common nouns: "marched through Tarrow")."""
    return view.name_keys | {
        view.words[k] for k in range(1, len(view.words)) if view.text[view.spans[k][0]].isupper() and view.words[k].isalpha()
    }


def _tells_proposition(align: Alignment, clashes: list[Clash]) -> bool:
    """Whether the sentence tells the claim's proposition, however much else it says: it gives the claim's crowd size,
    another toll of the claim's dead or hurt, or the opposite outcome of the claim's event said of the claim's own
    parties ("acquitted the company's site manager" of "site manager convicted")."""
    if not clashes:
        return _crowd_told(align)
    if clashes[0].kind == "number":
        return _a_toll(align, clashes[0])
    return clashes[0].kind == "outcome" and _outcome_of_the_same_parties(align)


def _a_toll(align: Alignment, clash: Clash) -> bool:
    """Whether a number clash sets one toll against another: of the dead, or of the hurt, on both sides ("four people
    were killed", "kills four", "three people died"), which a report gives of its event as a whole."""
    verbs = []
    for view, start in ((align.claim, clash.claim_start), (align.sentence, clash.sentence_start)):
        found = [q for q in view.quantities if q.start <= start < q.end or q.unit_start == start]
        verbs.append(_counted(view, found[0])[2] if found else None)
    if None in verbs:
        return False
    sides = [
        {side for event, side in outcomes(view.words[verb]) if event == "harm"}
        for view, verb in zip((align.claim, align.sentence), verbs)
    ]
    return len(sides[0]) == 1 and sides[0] == sides[1]


def _outcome_of_the_same_parties(align: Alignment) -> bool:
    """Whether the two texts' opposite outcome words are said of the same parties: each noun or name heading a
    subject, object or agent of the claim's outcome verb (or a word compounded with it: "Finance Minister Oskar
    Tellvik" and "the finance minister") stands for a word of the sentence's outcome verb's parties, and no other
    party is named as the doer."""
    claim, sentence = align.claim, align.sentence
    spans = outcome_spans(claim.text, sentence.text)
    if spans is None or align.other_doer is not None:
        return False
    (ca, cb), (sa, _) = spans
    if any(event in _MOVING_EVENTS for event, _ in outcomes(claim.text[ca:cb])):
        return False  # prices and rates rise and fall by turns: "rose 12 percent on Monday", "had fallen this year"
    mine = _parties(claim, _verb_of(claim, claim.token_at(ca)))
    theirs = set().union(*_parties(sentence, _verb_of(sentence, sentence.token_at(sa))))
    return bool(mine) and all(any(int(align.best[t]) in theirs and align.score[t] >= WORD_MATCH for t in party) for party in mine)


_MOVING_EVENTS = frozenset(("trend", "rate"))


def _parties(view: TextView, verb: int) -> list[set[int]]:
    """The nouns and names heading a verb's doer and undergoer (`_role_heads`), each with the content words compounded
    with it."""
    heads = [h for role in ("agent", "patient") for h in _role_heads(view, verb, role)]
    parties = (
        {t for t in [h, *(c for c in view.children(h) if view.deps[c] == "compound")] if view.content[t]}
        for h in heads
        if view.tags[h].startswith("NN")
    )
    return [p for p in parties if p]


def _crowd_told(align: Alignment) -> bool:
    """Whether the sentence gives the claim's size of a gathering ("organisers said 9,000 people took part" of
    "Nine thousand Kestrians took to the streets"; "Police, who put the turnout at around 18,000" of "Police
    estimated the crowd at about 18,000", where neither names the town)."""
    return bool(_crowd_sizes_told(align))


def _crowd_sizes_told(align: Alignment) -> set[float]:
    """The claim's sizes of a gathering that the sentence gives too (`_crowd_told`)."""
    mine, theirs = _crowd_sizes(align, unnamed=True)
    return {a.value for a in mine if any(close_crowd_sizes(a, b) for b in theirs)}


def _crowd_clashes(align: Alignment) -> list[Clash]:
    """The claim's size of a gathering met by another size of it and never by its own ("Nine thousand Kestrians
    took to the streets of Orvane" against "Police put the Orvane crowd at about 2,500"): police, organisers and
    partisan outlets count one march apart, in any words."""
    claim, sentence = align.claim, align.sentence
    mine, theirs = _crowd_sizes(align)
    if not mine or not theirs or any(same_crowd_size(a, b) for a in mine for b in theirs):
        return []
    (c1, c2), (s1, s2) = _number_tokens(claim, mine[0]), _number_tokens(sentence, theirs[0])
    what = f"a crowd of “{claim.phrase(c1, c2)}” against “{sentence.phrase(s1, s2)}”"
    return [_clash("crowd", what, claim, c1, c2, sentence, s1, s2)]


def _number_tokens(view: TextView, q) -> tuple[int, int]:  # noqa: ANN001 - Quantity
    """The first and last token of a number with its scale words ("Nine thousand", "1.2 million")."""
    first = last = view.token_at(q.start)
    while last + 1 < len(view.words) and view.words[last + 1] in SCALE_WORDS:
        last += 1
    return first, last


def _outcome_clashes(align: Alignment) -> list[Clash]:
    """The opposite outcome stated where the claim states its own: both in their texts' key predicates."""
    claim, sentence = align.claim, align.sentence
    spans = outcome_spans(claim.text, sentence.text)
    if spans is None or align.foreign_sentence:
        return []
    (ca, cb), (sa, sb) = spans
    if claim.token_at(ca) not in claim.keys or not sentence.core[sentence.token_at(sa)]:
        return []
    if sentence.token_at(sa) in _missaid_words(sentence):
        return []  # a correction's account of its own error: "an article on our website reported that the court had upheld"
    if claim.token_at(ca) in negated_tokens(claim) or sentence.token_at(sa) in negated_tokens(sentence):
        return []  # "no reports of deaths" states no death; "could not keep the bridge open" states no opening
    if _told_as_open(sentence, sentence.token_at(sa)):
        return []  # "declined to say when the line would reopen" tells no reopening
    if _other_patient(align, claim.token_at(ca), sentence.token_at(sa)):
        return []  # "fined the company but acquitted its site manager" of "the company was convicted"
    if {claim.text[ca:cb].lower(), sentence.text[sa:sb].lower()} & OTHER_VICTIM_HARMS and not (
        {q.value for q in claim.quantities if not q.year} & {q.value for q in sentence.quantities if not q.year}
    ):
        return []  # "dozens were killed" and "more than 200 were injured": other victims
    what = f"“{sentence.text[sa:sb]}” against “{claim.text[ca:cb]}”"
    return [Clash("outcome", what, ca, cb, sa, sb)]


def _patient(view: TextView, verb: int) -> int | None:
    """The head of who or what an outcome befalls: a passive's subject ("was convicted"), else the object ("acquitted
    the site manager"); None for a pronoun or none."""
    deps = ("nsubjpass",) if _passive(view, verb) else ("dobj",)
    found = next((c for c in view.children(verb) if view.deps[c] in deps), None)
    return None if found is None or view.tags[found] in ("PRP", "DT") or view.words[found] in PRONOUNS else found


def _other_patient(align: Alignment, claim_verb: int, sentence_verb: int) -> bool:
    """Whether two outcomes befall two parties the texts name apart ("Stenmark Construction was convicted" and
    "acquitted the company's site manager, Joran Lisker"): names in both, none shared."""
    a, b = _patient(align.claim, claim_verb), _patient(align.sentence, sentence_verb)
    if a is None or b is None:
        return False
    theirs = {align.claim.names[t] for t in align.claim.subtree(a) if t in align.claim.names}
    ours = {align.sentence.names[t] for t in align.sentence.subtree(b) if t in align.sentence.names}
    return bool(theirs) and bool(ours) and not theirs & ours


def _told_as_open(view: TextView, token: int) -> bool:
    """Whether a token stands under a saying the text denies or leaves open ("declined to say when the line would
    reopen", "did not disclose whether it would close the site", "it is unclear when it will reopen"): the text
    tells none of it."""
    negated = negated_tokens(view)
    node = token
    while view.heads[node] != node:
        node = view.heads[node]
        states = [node, *(c for c in view.children(node) if view.deps[c] in ("acomp", "attr"))]  # "was unclear when"
        not_so = any(view.deps[c] == "neg" for c in view.children(node))  # "was not clear": "not" on the copula
        if any(
            view.words[s] in OPEN_OUTCOME_WORDS and (s in negated or not_so) or view.words[s] in UNKNOWN_STATES for s in states
        ):
            return True
    return False


_STATE_DEPS = frozenset(("dobj", "acomp", "xcomp", "attr", "oprd"))


def _continuity_clashes(align: Alignment) -> list[Clash]:
    """The claim's change told as no change: its main verb changes someone or something ("dismissed Interior Minister
    Balbuena", "will scrap national exams", "lost control of two cell blocks") and the sentence says that one
    remained, was kept or stayed ("Balbuena remains interior minister", "keeps national exams", "kept full control").
    Not where the sentence goes on doing it ("will keep cutting jobs")."""
    claim, sentence = align.claim, align.sentence
    verb = main_predicate(claim)
    if verb is None or claim.stems[verb] not in CHANGE_VERB_STEMS or verb in negated_tokens(claim) or align.foreign_sentence:
        return []
    changed = [c for c in claim.children(verb) if claim.deps[c] in ("dobj", "nsubjpass")] or [
        c for c in claim.children(verb) if claim.deps[c] == "nsubj"
    ]
    things = {t for c in changed for t in claim.subtree(c, skip=_CLAUSES) if claim.content[t] and align.score[t] >= SCOPE_MATCH}
    in_claim = {int(align.best[t]) for t in range(len(claim.words)) if claim.content[t] and align.score[t] >= SCOPE_MATCH}
    negated = negated_tokens(sentence)
    for kept in range(len(sentence.words)):
        if sentence.stems[kept] not in CONTINUITY_VERB_STEMS or not sentence.tags[kept].startswith("VB") or kept in negated:
            continue
        children = sentence.children(kept)
        if any(
            sentence.deps[c] in ("xcomp", "ccomp")
            and sentence.tags[c] == "VBG"
            and sentence.words[c] not in CONTINUING_STATE_WORDS
            for c in children
        ):
            continue  # "will keep cutting jobs" (but "kept running" is no change)
        if any(sentence.words[t] in CONDITIONAL_MARKS | {"longer", "until"} for t in sentence.subtree(kept)):
            continue  # "if emissions stay high", "no longer keep it open", "remained open until Monday, when it closed"
        told = set(sentence.subtree(kept, skip=_CLAUSES))
        if sentence.deps[kept] == "xcomp":  # "allowed the trial to continue": what goes on is the object above it
            told |= {
                t for c in sentence.children(sentence.heads[kept]) if sentence.deps[c] == "dobj" for t in sentence.subtree(c)
            }
        if CHANGED_STATE_WORDS & {sentence.words[t] for t in told}:
            continue  # what stayed is the claim's change ("kept the runway out of use", "will remain shut")
        subject = {t for c in children if sentence.deps[c] in SUBJECTS for t in sentence.subtree(c)}
        partial = any(
            sentence.words[t] in PARTITIVE_WORDS and any(sentence.words[c] == "of" for c in sentence.children(t)) for t in subject
        )
        if partial and not TOTALITY_WORDS & set(claim.words):
            continue  # "the rest of the works kept running" says nothing against a halt of some of them
        state = told - subject - {kept}
        goes_on = sentence.stems[kept] == CONTINUE_STEM and not any(sentence.deps[c] in _STATE_DEPS for c in children)
        if not (goes_on or state & in_claim or CONTINUING_STATE_WORDS & {sentence.words[t] for t in state}):
            continue  # what stayed is not the claim's: "remained silent", "stays in custody", "kept a low profile"
        hit = next((t for t in sorted(things) if int(align.best[t]) in told), None)
        if hit is not None:
            what = f"“{sentence.phrase(kept, kept)}” against “{claim.phrase(verb, verb)}”"
            return [_clash("outcome", what, claim, verb, verb, sentence, kept, int(align.best[hit]))]
    return []


_RELATIVE_PRONOUNS = frozenset(("that", "who", "which", "whom"))
_BESIDE_THE_HEAD = frozenset(("prep", "appos", "relcl", "acl", "advcl", "neg", "punct"))


def _role_heads(view: TextView, verb: int, role: str) -> list[int]:
    """The heads of the verb's doer ("agent") or undergoer ("patient") whatever its voice: the subject of an active verb
    or the "by" phrase of a passive one; the object of an active verb or the subject of a passive one. A relative
    pronoun stands for the noun its clause hangs on."""
    passive = _passive(view, verb)
    if role == "agent":
        roles = ("agent",) if passive else ("nsubj", "csubj")
    else:
        roles = ("nsubjpass", "csubjpass") if passive else ("dobj",)
    heads = []
    for child in view.children(verb):
        if view.deps[child] not in roles:
            continue
        if view.deps[child] == "agent":
            heads += [c for c in view.children(child) if view.deps[c] == "pobj"]
        elif view.words[child] in _RELATIVE_PRONOUNS:
            heads += [head for head in (_antecedent(view, verb),) if head is not None]
        else:
            heads.append(child)
    return heads


def _role_names(view: TextView, verb: int, role: str) -> tuple[dict[str, int], set[str]]:
    """Name keys of the verb's doer ("agent") or undergoer ("patient") whatever its voice (with a token of each), and
    every name key and stem of the phrase: the subject of an active verb or the "by" phrase of a passive one; the
    object of an active verb or the subject of a passive one. The names are the phrase's head and what is joined to
    it ("Austria's transport ministry", "X and Y"), not what hangs on a preposition or is set beside it ("shares of
    Brightwater", "Mara Lind, Brightwater's chief executive"); the phrase is all of it but what it sets against its
    head ("X, not Y"). A relative pronoun stands for the noun its clause hangs on ("It was Velmar that froze the
    assets": Velmar froze them)."""
    heads = _role_heads(view, verb, role)
    named = [t for head in heads for t in view.subtree(head, skip=_BESIDE_THE_HEAD)]
    set_against = {
        t for c in range(len(view.words)) if any(view.deps[n] == "neg" for n in view.children(c)) for t in view.subtree(c)
    }
    phrase = []
    for head in heads:
        tokens = set(view.subtree(head))
        clause = set(view.subtree(verb)) if verb in tokens else set()  # the antecedent's own relative clause
        phrase += [t for t in tokens - clause - set_against] + [head]
    return {view.names[t]: t for t in named if t in view.names}, {view.names.get(t, view.stems[t]) for t in phrase} | {
        view.stems[t] for t in phrase
    }


def _passive(view: TextView, verb: int) -> bool:
    return any(view.deps[c] in ("nsubjpass", "auxpass") for c in view.children(verb))


def _party_clashes(align: Alignment) -> list[Clash]:
    """The claim's predicate told of another party: its subject or object named otherwise under the same
    predicate ("the Arvenian navy fired" against "a Kestrian cutter fired"), or a name where it happened
    (where, by or to whom) answered by another name in the same place."""
    claim, sentence = align.claim, align.sentence
    corrected = _name_set_aside(align)
    if corrected is not None:
        i, j, k = corrected
        what = f"“{sentence.phrase(j, j)}, not {sentence.phrase(k, k)}” against “{claim.phrase(i, i)}”"
        return [_clash("party", what, claim, i, i, sentence, j, k)]
    stated = align.covered(claim.core & align.predicate, WORD_MATCH) >= PARTY_COVERAGE
    swapped = align.other_doer
    if swapped is not None and (swapped[2] == "cleft" or swapped[2] == "instead" and stated):
        i, j, _ = swapped
        what = f"“{sentence.phrase(j, j)}” against “{claim.phrase(i, i)}”"
        return [_clash("party", what, claim, i, i, sentence, j, j)]
    if not stated:
        return []
    missing = claim.name_keys - sentence.name_keys - set(sentence.stems)
    for i, key in claim.names.items():
        noun = i
        while claim.deps[noun] == "compound" and claim.heads[noun] != noun:
            noun = claim.heads[noun]  # "the San Aurelio mine": the mine is where the name stands
        placed = claim.deps[noun] == "pobj" and claim.words[claim.heads[noun]] in _PLACE_PREPOSITIONS
        if key not in missing or not (placed or claim.deps[noun] in SUBJECTS or len(key) == 3 and key.isupper()):
            continue
        j = int(align.best[i])
        other = sentence.names.get(j)
        one_kind = other is not None and _name_kind(sentence, j) == _name_kind(claim, i)
        if one_kind and other not in claim.name_keys and not _same_names({key}, {other}) and align.score[i] >= PARTY_MATCH:
            what = f"“{sentence.phrase(j, j)}” against “{claim.phrase(i, i)}”"
            return [_clash("party", what, claim, i, i, sentence, j, j)]
    return align.slot_clashes


def _name_set_aside(align: Alignment) -> tuple[int, int, int] | None:
    """A name of the claim the sentence sets aside by "not" for another name right before it, under the claim's own
    predicate ("Norwegian firm Fjordsub, and not Marisub as first planned, would carry out the repair", "detained in
    Brisbane, not in Perth as first reported"): (the claim's name, the other name, the name set aside). Read from the
    words, wherever the parser hangs the "not"."""
    claim, sentence = align.claim, align.sentence
    cues = [c for c, word in enumerate(sentence.words) if word == "not"]
    if not cues:
        return None
    sources = source_names(claim) | source_names(sentence)
    for cue in cues:
        aside = next((t for t in range(cue + 1, min(cue + 3, len(sentence.words))) if t in sentence.names), None)
        other = next((t for t in range(cue - 1, max(cue - 4, -1), -1) if t in sentence.names), None)
        if aside is None or other is None or sentence.names[aside] not in claim.name_keys - sources:
            continue
        if sentence.names[other] in claim.name_keys | sources:
            continue
        if any(sentence.words[t] not in (",", "and", "but") for t in range(other + 1, cue)):
            continue  # "X, not Y" or "X and not Y": Y set aside for X, not a "not" of another clause
        verb = _verb_of(sentence, aside)
        if not any(
            align.sim[v, verb] >= SCOPE_MATCH
            or align.score[v] >= SCOPE_MATCH
            and _verb_of(sentence, int(align.best[v])) == verb  # "carry out the repair"
            for v in claim.keys
            if int(align.best[v]) not in sentence.names  # "European" met by "France" says nothing of the deed
        ):
            continue  # what the sentence corrects is not the claim's deed
        i = next((i for i, name in claim.names.items() if name == sentence.names[aside]), None)
        if i is not None:
            return i, other, aside
    return None


def _other_doer(align: Alignment) -> tuple[int, int, str] | None:
    """The claim's main predicate told of another party: who does it, or to whom, named otherwise under the same
    predicate, whatever the voice ("Harkland froze the assets" against "the assets were frozen by Velmar"). Gives a
    token of each name and how the sentence tells its party: first in a cleft ("It was Velmar that froze them"),
    beside others ("Tellan also froze them"; a verb of several parties, "met the Pope") or instead."""
    claim, sentence = align.claim, align.sentence
    verb = main_predicate(claim)
    if verb is None or align.score[verb] < WORD_MATCH or not sentence.tags[int(align.best[verb])].startswith("VB"):
        return None
    other = int(align.best[verb])
    if other in negated_tokens(sentence) or _negated_focus(sentence, other):
        return None  # "It is not Estravia that supplies them": nothing said of the claim's party
    for role in ("agent", "patient"):
        (mine, my_words), (theirs, their_words) = _role_names(claim, verb, role), _role_names(sentence, other, role)
        if not mine or not theirs or _same_names(set(mine), set(theirs) | their_words) or _same_names(set(theirs), my_words):
            continue
        symmetric = claim.words[verb] in SYMMETRIC_VERBS
        # the claim's two parties in other roles: of another verb ("halted deliveries to X" against "X stopped
        # receiving"), of one that does not tell them apart ("X met Y"), or under a verb whose clause says what is done
        # ("agreed to sell to X" against "X agreed to sign")
        traded = (
            symmetric
            or claim.stems[verb] != sentence.stems[other]
            or any(claim.deps[c] in ("xcomp", "ccomp") for c in claim.children(verb))
        )
        if _same_names(set(theirs), claim.name_keys) and traded:
            continue
        if _abbreviates(list(mine), list(theirs)):
            continue
        if role == "agent" and any(_titled(claim, t) for t in mine.values()) != any(
            _titled(sentence, t) for t in theirs.values()
        ):
            continue  # an office holder may act for the institution or country the other names
        if _cleft(sentence, other):
            how = "cleft"
        elif symmetric or _adds_a_party(sentence):
            how = "beside"  # "X met the Pope" and "Y met the Pope"; "Tellan also froze them": no clash
        else:
            how = "instead"
        return next(iter(mine.values())), next(iter(theirs.values())), how
    return None


def _adds_a_party(view: TextView) -> bool:
    """Whether the text adds its party to a deed another did ("Tellan also froze them", "as did Velmar")."""
    words = view.words
    return bool(ADDITIVE_WORDS & set(words)) or any(a == "as" and b in DOING_AUXILIARIES for a, b in zip(words, words[1:]))


def _abbreviates(a: list[str], b: list[str]) -> bool:
    """Whether one name is the initials of the other's words ("GCU", "Global Cycling Union")."""
    return any(len(x) == 1 and len(y) > 1 and x[0] == "".join(w[0] for w in y) for x, y in ((a, b), (b, a)))


def _antecedent(view: TextView, verb: int) -> int | None:
    """What a relative pronoun of the verb's clause stands for: the noun the clause hangs on, or the focus of a
    cleft the parser reads as the copula's complement ("It was Velmar that froze": the verb under "was")."""
    if view.deps[verb] == "relcl":
        return view.heads[verb]
    if view.deps[verb] == "ccomp" and view.words[view.heads[verb]] in COPULAS:
        return next((c for c in view.children(view.heads[verb]) if view.deps[c] == "attr"), None)
    return None


def _negated_focus(view: TextView, verb: int) -> bool:
    """Whether the verb's clause hangs on a negated copula's focus ("It is not Estravia that supplies them")."""
    focus = _antecedent(view, verb)
    return (
        focus is not None and view.deps[focus] == "attr" and any(view.deps[c] == "neg" for c in view.children(view.heads[focus]))
    )


def _cleft(view: TextView, verb: int) -> bool:
    """Whether the verb's clause is the rest of a cleft ("It was Velmar that froze the assets")."""
    focus = _antecedent(view, verb)
    if focus is None or view.deps[focus] != "attr":
        return False
    copula = view.heads[focus]
    return view.words[copula] in COPULAS and any(
        view.words[c] == "it" and view.deps[c] in SUBJECTS for c in view.children(copula)
    )


_PREPOSITIONS = frozenset(("prep", "dative"))  # "awarded the games to Kraków": the parser's "to" is a dative


def _slot_clashes(align: Alignment) -> list[Clash]:
    """A name the claim puts after a preposition of its predicate ("marched through central Santiago", "the city
    of Brask", "awarded the games to Kraków") answered by another name after the same preposition of the aligned
    word ("marched through central Valparaíso", "the city of Tolm ... but keep its Brask mission open"), even where
    the sentence names the claim's elsewhere, but not after that preposition ("flew to Tolm before travelling on to
    Brask"). Only a name clashes with a name ("an AI company" is no name), and only one of its kind (a country
    against a city in it may be the same place; a capital is a city)."""
    claim, sentence = align.claim, align.sentence
    for noun in range(len(claim.words)):
        mine = _name_phrase(claim, noun)
        preposition = claim.heads[noun]
        if (
            noun not in claim.names
            or not claim.core[noun]
            or claim.deps[noun] != "pobj"
            or claim.deps[preposition] not in _PREPOSITIONS
        ):
            continue
        governor = claim.heads[preposition]
        if governor == preposition or align.score[governor] < WORD_MATCH:
            continue
        word = claim.words[preposition].lower()
        if _named_after(sentence, word, mine):
            continue  # the sentence puts the claim's name there too ("flew to Tolm before travelling on to Brask")
        for prep in sentence.children(int(align.best[governor])):
            if sentence.deps[prep] not in _PREPOSITIONS or sentence.words[prep].lower() != word:
                continue
            for other in (c for c in sentence.children(prep) if sentence.deps[c] == "pobj"):
                # with what stands beside it ("Portland, Maine"), not in a clause of its own ("Lisko, which beat Varsk")
                joined = {sentence.names[t] for t in sentence.subtree(other, skip=_CLAUSES | {"acl"}) if t in sentence.names}
                named = other in sentence.names and _is_country(sentence, other) == _is_country(claim, noun)
                # the claim's other party where a verb of two trades them ("X signed a treaty with Y")
                traded = claim.words[_verb_of(claim, governor)] in SYMMETRIC_VERBS and _same_names(joined, claim.name_keys)
                if named and not traded and not _same_names(mine, joined):
                    what = f"“{sentence.phrase(other, other)}” against “{claim.phrase(noun, noun)}”"
                    return [_clash("party", what, claim, noun, noun, sentence, other, other)]
    return []


def _name_phrase(view: TextView, noun: int) -> set[str]:
    """Name keys of a noun with its compounds, theirs too ("Tsavo East National Park", "the Vah River downstream")."""
    return {view.names[t] for t in _compounds(view, noun) if t in view.names}


def _compounds(view: TextView, noun: int) -> list[int]:
    """A noun and its compounds, theirs too."""
    words, todo = [], [noun]
    while todo:
        words.append(todo.pop())
        todo += [c for c in view.children(words[-1]) if view.deps[c] == "compound"]
    return words


def _name_kind(view: TextView, noun: int) -> tuple[bool, bool]:
    """(a country's, a titled person's): names of other kinds are no two parties, for a city may be in the country
    and an office holder act for it ("Fisheries Minister Jorunn Stavik" for Lusmark)."""
    return _is_country(view, noun), _titled(view, noun)


def _titled(view: TextView, noun: int) -> bool:
    """Whether a name is a person's with a title beside it ("Fisheries Minister Jorunn Stavik", "Mayor Lind")."""
    while view.deps[noun] == "compound" and view.heads[noun] != noun:
        noun = view.heads[noun]
    return any(view.words[t] in TITLE_WORDS for t in _compounds(view, noun))


def _is_country(view: TextView, noun: int) -> bool:
    """Whether a name is a country's: keyed by ISO3, as its capital is too, but not written as a capital."""
    key = view.names.get(noun, "")
    phrase = " ".join(view.words[t] for t in sorted(_compounds(view, noun)))
    return len(key) == 3 and key.isupper() and phrase not in country_table().cities


def _named_after(view: TextView, preposition: str, keys: set[str]) -> bool:
    """Whether one of these names is the object of the preposition anywhere in the text."""
    return any(
        view.deps[t] == "pobj" and view.words[view.heads[t]].lower() == preposition and _same_names(keys, _name_phrase(view, t))
        for t in range(len(view.words))
    )


def _same_names(a: set[str], b: set[str]) -> bool:
    """One name, however spelt out: a shared word, or words with the same first four letters ("Krakow", "Kraków")."""
    return bool(a & b) or any(x[:4] == y[:4] for x in a for y in b if min(len(x), len(y)) >= 4)


def _clash(kind: str, what: str, claim: TextView, c1: int, c2: int, sentence: TextView, s1: int, s2: int) -> Clash:
    """A clash with offsets: claim tokens c1..c2, sentence tokens s1..s2 (either order)."""
    return Clash(
        kind,
        what,
        claim.spans[min(c1, c2)][0],
        claim.spans[max(c1, c2)][1],
        sentence.spans[min(s1, s2)][0],
        sentence.spans[max(s1, s2)][1],
    )
