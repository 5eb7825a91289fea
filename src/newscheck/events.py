"""PLOVER event coding of claim sentences: who does what to whom.

A trigger (a verb such as "attacked", or "alliance ... against X") needs a source actor in its
subject and, for every type except MOBILIZE, a target actor in its object or in a directional
phrase ("to", "against", "on", "with"). Places after "in" are locations, never targets. When
either side is missing, no event is coded: a missing event is better than a wrong one.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newscheck.actors import country_table
from newscheck.records import Event
from newscheck.terms import (
    ALLIANCE_NOUNS,
    DENIAL_VERBS,
    EVENT_NOUNS,
    EVENT_VERBS,
    FUTURE_MARKERS,
    GATED_EVENT_VERBS,
    HOSTILE_MARKERS,
    HYPOTHETICAL_MARKERS,
    MUTUAL_EVENT_TYPES,
    NEGATION_WORDS,
    PARTICLE_EVENT_VERBS,
    PLACE_PREPOSITIONS,
    PREPOSITION_EVENT_VERBS,
    TARGET_PREPOSITIONS,
    TYPE_TARGET_PREPOSITIONS,
    UNTARGETED_EVENT_TYPES,
    WARNING_VERBS,
)

ActorLookup = Callable[[int, int], list[str]]  # actor keys mentioned between two body offsets
SpeakerLookup = Callable[[int], "str | None"]  # the cue of the source whose words cover a body offset
VERB_TYPE = {form: kind for kind, forms in EVENT_VERBS.items() for form in forms}
PRONOUNS = frozenset({"it", "they", "he", "she", "we"})  # subjects that stand for the speaker of the clause above


def code_events(sent: SpacySpan, actors_between: ActorLookup, said_by: SpeakerLookup = lambda _: None) -> list[Event]:
    """Events stated in one sentence (or clause), each with its PLOVER type, mode and polarity. ``said_by``
    gives the cue of the source whose words cover a body offset, if any ("said", "denied"): an event
    inside them is reported, and denied when the cue is a denial."""
    if sent.text.rstrip().endswith("?"):
        return []
    events: list[Event] = []
    for tok in sent:
        found: list[Event] = []
        if tok.pos_ == "VERB":
            kind = _verb_type(tok)
            if kind is None:
                continue
            accuser = _accusation(tok)
            targets = _targets(tok, kind, actors_between)
            if accuser is not None:
                targets += [a for a in _accuser_as_owner(tok, accuser, actors_between) if a not in targets]
            found = _pairs(kind, _sources(tok, actors_between), targets, *_mode(tok))
            if accuser is not None:  # an allegation: the accuser's word, not the outlet's
                found = _sourced(found, "said")
        elif tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in ALLIANCE_NOUNS:
            found = _alliance(tok, actors_between)
        elif tok.pos_ == "NOUN" and tok.lower_ in EVENT_NOUNS:
            found = _nominal(tok, EVENT_NOUNS[tok.lower_], actors_between)
        events += _sourced(found, said_by(tok.idx))
    unique: dict[tuple[str, str | None, str | None], Event] = {}
    for event in events:
        unique.setdefault((event.type, event.source, event.target), event)
    return list(unique.values())


def _sourced(events: list[Event], cue: str | None) -> list[Event]:
    """Events inside a source's words are reported, and denied when the source denies them; a denial is
    always someone's word, so a denied event is reported too."""
    for event in events:
        if cue is not None and event.polarity == "affirmed" and cue.lower() in DENIAL_VERBS:
            event.polarity = "denied"
        if event.mode == "asserted" and (cue is not None or event.polarity == "denied"):
            event.mode = "reported"
    return events


def _verb_type(tok: Token) -> str | None:
    word = tok.lower_
    children = list(tok.children)
    for child in children:
        if child.dep_ == "prep" and (word, child.lower_) in PREPOSITION_EVENT_VERBS:
            return PREPOSITION_EVENT_VERBS[(word, child.lower_)]
        if child.dep_ == "prt" and (word, child.lower_) in PARTICLE_EVENT_VERBS:
            return PARTICLE_EVENT_VERBS[(word, child.lower_)]
    objects = {t.lower_ for c in children if c.dep_ in ("dobj", "prep", "nsubjpass") for t in c.subtree}
    for verbs, kind, gate in GATED_EVENT_VERBS:
        if word in verbs and objects & gate:
            return kind
    if word in WARNING_VERBS:
        return "THREATEN" if any(c.dep_ == "dobj" for c in children) else None  # "warned Oslo that ...": a threat to Oslo
    kind = VERB_TYPE.get(word)
    if kind == "ASSAULT" and word.startswith(("strik", "struck")) and not any(c.dep_ in ("dobj", "nsubjpass") for c in children):
        return None  # "workers struck", "the storm struck"
    return kind


def _subject(tok: Token) -> Token | None:
    """The grammatical subject of a verb, through conjunctions and infinitive chains."""
    head = tok
    for _ in range(4):
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "agent")), None)
        if subj is not None:
            if subj.dep_ == "agent":
                subj = next((c for c in subj.children if c.dep_ == "pobj"), subj)
            return subj
        if any(c.dep_ == "nsubjpass" for c in head.children):
            agent = next((c for c in head.children if c.dep_ == "agent"), None)
            return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if head.dep_ == "pcomp" and head.head.head is not head.head:  # "retaliated by restricting exports"
            head = head.head.head
        elif head.dep_ in ("conj", "xcomp", "advcl") and head.head is not head:
            head = head.head
        else:
            return None
    return None


def _accusation(verb: Token) -> Token | None:
    """The accusing verb when ``verb`` is what someone is accused of ("accused Belarus of shelling ...",
    "blamed Moscow for attacking ..."): the accused did it, by the accuser's word."""
    preposition = verb.head
    if verb.dep_ == "pcomp" and preposition.lower_ in ("of", "for") and VERB_TYPE.get(preposition.head.lower_) == "ACCUSE":
        return preposition.head
    return None


def _accuser_as_owner(verb: Token, accuser: Token, actors_between: ActorLookup) -> list[str]:
    """The accuser, where "its" or "their" in what the accused did stands for it ("accused Belarus of shelling
    its border posts" is shelling Poland's)."""
    if any(t.lower_ in ("its", "their") and t.dep_ == "poss" for c in verb.children for t in c.subtree):
        return _actors_of(_subject(accuser), actors_between)
    return []


def _sources(verb: Token, actors_between: ActorLookup) -> list[str]:
    """The verb's subject's actors; for "it" or "they", those of the subject of the clause that reports or
    denies it ("Cairo denied reports that it had supplied ...", "the ministry confirmed it had withdrawn");
    for what someone is accused of, the accused."""
    accuser = _accusation(verb)
    if accuser is not None:
        return _actors_of(next((c for c in accuser.children if c.dep_ == "dobj"), None), actors_between)
    subject = _subject(verb)
    if subject is None or subject.lower_ not in PRONOUNS:
        return _actors_of(subject, actors_between)
    for above in list(verb.ancestors)[:4]:
        speaker = next((c for c in above.children if c.dep_ == "nsubj" and c.lower_ not in PRONOUNS), None)
        if speaker is not None:
            return _actors_of(speaker, actors_between)
    return []


def _actors_of(tok: Token | None, actors_between: ActorLookup) -> list[str]:
    if tok is None or tok.pos_ == "PRON":
        return []
    sub = list(tok.subtree)
    # Stop the subject at a relative clause: "the group that attacked Israel" is about the group.
    end = next((_first(t).idx for t in sub if t.dep_ == "relcl"), sub[-1].idx + len(sub[-1]))
    return _prefer_countries(actors_between(sub[0].idx, end))


def _prefer_countries(keys: list[str]) -> list[str]:
    """ "China's Commerce Ministry" is China: where a phrase names a country, its other actors
    (here the ministry, whose own country is unknown) are not separate parties."""
    countries = [k for k in keys if k in country_table().names]
    return countries or keys


def _targets(tok: Token, kind: str, actors_between: ActorLookup) -> list[str]:
    """Actors in the verb's object, the prepositions that point at a target, or a passive's subject when an
    agent acts on it ("the boat was struck by a Russian drone")."""
    own = TYPE_TARGET_PREPOSITIONS.get(kind, frozenset())
    preps = own if kind in UNTARGETED_EVENT_TYPES else TARGET_PREPOSITIONS | own
    passive = any(c.dep_ == "agent" for c in tok.children)
    found: list[str] = []
    for child in tok.children:
        if (
            child.dep_ == "dobj"
            and kind not in UNTARGETED_EVENT_TYPES
            or child.dep_ == "dative"
            or child.dep_ == "prep"
            and child.lower_ in preps
            or child.dep_ == "nsubjpass"
            and passive
        ):
            found += [a for a in _phrase_actors(child, actors_between) if a not in found]
        elif child.dep_ == "dobj":  # "staged a protest outside the embassy"
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ in own:
                    found += [a for a in _phrase_actors(prep, actors_between) if a not in found]
    return found


def _phrase_actors(head: Token, actors_between: ActorLookup) -> list[str]:
    """Actors of a phrase up to a place ("in Japan") or a relative clause ("a pact that ... aimed at X")."""
    sub = list(head.subtree)
    cut = next(
        (_first(t).idx for t in sub if t.dep_ == "prep" and t.lower_ in PLACE_PREPOSITIONS or t.dep_ == "relcl"),
        sub[-1].idx + len(sub[-1]),
    )
    return _prefer_countries(actors_between(sub[0].idx, cut))


def _first(tok: Token) -> Token:
    """The first token of a token's phrase ("that" of "that officials said was aimed at X")."""
    return next(iter(tok.subtree))


def _nominal(noun: Token, kind: str, actors_between: ActorLookup) -> list[Event]:
    """An event a noun states: its owner ("Norway's", "Russian", "by Moscow") does it to its object ("of the
    crew", "on Kyiv", "against Iran"); "talks between X and Y" is mutual. Nothing without both sides."""
    owners: list[str] = []
    targets: list[str] = []
    for child in noun.children:
        if child.dep_ == "poss" or child.dep_ in ("amod", "compound") and child.i < noun.i:
            owners += [a for a in _phrase_actors(child, actors_between) if a not in owners]
        elif child.dep_ == "prep" and child.lower_ == "by":
            owners += [a for a in _phrase_actors(child, actors_between) if a not in owners]
        elif child.dep_ == "prep" and child.lower_ == "between" and kind in MUTUAL_EVENT_TYPES:
            owners += [a for a in _phrase_actors(child, actors_between) if a not in owners]
        elif child.dep_ == "prep" and child.lower_ in ("of", "on", "against", "with", "from", "to", "into"):
            targets += [a for a in _phrase_actors(child, actors_between) if a not in targets]
    mode, polarity = _mode(noun.head) if noun.head is not noun else ("asserted", "affirmed")
    targets = [t for t in targets if t not in owners]
    if not targets and kind in MUTUAL_EVENT_TYPES and len(owners) >= 2:
        return [Event(kind, owners[0], owners[1], mode, polarity)]
    return [Event(kind, s, t, mode, polarity) for s in owners for t in targets] if owners else []


def _mode(tok: Token) -> tuple[str, str]:
    """The event's mode (asserted, hypothetical, future) and polarity (affirmed, negated, denied) from the
    verb, the clauses it sits in and the words that govern it ("denied supplying", "would not attack")."""
    chain = [tok, *[a for a in tok.ancestors if a.dep_ in ("xcomp", "ccomp", "conj") or a is tok.head][:3]]
    words = {c.lower_ for t in chain for c in t.children if c.dep_ in ("aux", "neg", "mark", "advmod", "det", "amod")}
    heads = {t.lower_ for t in chain}
    conditional = any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for t in (tok, *tok.ancestors) for c in t.children)
    polarity = "negated" if words & NEGATION_WORDS else "denied" if _denied(tok) else "affirmed"
    if conditional or words & HYPOTHETICAL_MARKERS or heads & HYPOTHETICAL_MARKERS:
        return "hypothetical", polarity
    if words & FUTURE_MARKERS or heads & FUTURE_MARKERS:
        return "future", polarity
    return "asserted", polarity


def _denied(tok: Token) -> bool:
    """Whether a denial verb governs the event ("denied supplying", "rejected reports that it struck"), up
    to three steps up; a verb conjoined to a denial ("rejected the plan and attacked") is not denied."""
    node = tok
    for _ in range(3):
        if node.dep_ in ("conj", "ROOT") or node.head is node:
            return False
        node = node.head
        if node.lower_ in DENIAL_VERBS:
            return True
    return False


def _alliance(noun: Token, actors_between: ActorLookup) -> list[Event]:
    """ "X and Y formed an alliance against Z": X, Y mobilise against Z and cooperate."""
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return []
    sources = _actors_of(_subject(verb), actors_between)
    hostile = [
        c for c in noun.children if c.dep_ in ("acl", "prep", "relcl") and any(t.lower_ in HOSTILE_MARKERS for t in c.subtree)
    ]
    targets: list[str] = []
    for child in hostile:
        sub = list(child.subtree)
        targets += [a for a in actors_between(sub[0].idx, sub[-1].idx + len(sub[-1])) if a not in targets and a not in sources]
    mode, polarity = _mode(verb)
    events = _pairs("MOBILIZE", sources, targets, mode, polarity) if targets else []
    if len(sources) >= 2:
        events.append(Event("COOPERATE", sources[0], sources[1], mode, polarity))
    return events


def _pairs(kind: str, sources: list[str], targets: list[str], mode: str, polarity: str) -> list[Event]:
    if not sources:
        return []
    if not targets:
        if kind in MUTUAL_EVENT_TYPES and len(sources) >= 2:
            return [Event(kind, sources[0], sources[1], mode, polarity)]
        return [Event(kind, s, None, mode, polarity) for s in sources] if kind in UNTARGETED_EVENT_TYPES else []
    return [Event(kind, s, t, mode, polarity) for s in sources for t in targets if s != t]
