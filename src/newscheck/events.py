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
from newscheck.terms import DENIAL_VERBS, FUTURE_MARKERS, HYPOTHETICAL_MARKERS, MUTUAL_EVENT_TYPES, NEGATION_WORDS

ActorLookup = Callable[[int, int], list[str]]  # actor keys mentioned between two body offsets


def _forms(*bases: str) -> set[str]:
    """Regular inflections of verbs written "base" or "base/past/ing" for irregular ones."""
    out: set[str] = set()
    for base in bases:
        parts = base.split("/")
        word = parts[0]
        out.update(parts)
        stem = word[:-1] if word.endswith("e") else word
        out.update(
            {word, word + "s", stem + "ed", stem + "ing", word + "es" if word.endswith(("s", "sh", "ch", "x")) else word + "s"}
        )
        if word.endswith("y") and word[-2] not in "aeiou":
            out.update({word[:-1] + "ies", word[:-1] + "ied"})
    return out


VERB_TRIGGERS: dict[str, set[str]] = {
    "AGREE": _forms("agree", "accept"),
    "CONSULT": _forms("meet/met/meeting", "visit", "host"),
    "SUPPORT": _forms("support", "back", "endorse", "praise", "welcome"),
    "COOPERATE": _forms("cooperate", "partner/partnered/partnering"),
    "AID": _forms("aid", "assist", "arm"),
    "RETREAT": _forms("withdraw/withdrew/withdrawn/withdrawing", "retreat"),
    "REQUEST": _forms("urge", "appeal", "ask", "demand"),
    "ACCUSE": _forms("accuse", "blame", "condemn", "criticize", "criticise", "denounce"),
    "REJECT": _forms("veto/vetoed/vetoes/vetoing", "refuse"),
    "THREATEN": _forms("threaten/threatened/threatening/threatens"),
    "PROTEST": _forms("protest", "demonstrate", "rally/rallied/rallying/rallies"),
    "SANCTION": _forms("sanction", "expel/expelled/expelling", "embargo/embargoed"),
    "MOBILIZE": _forms("mobilize", "mobilise", "deploy", "station"),
    "COERCE": _forms("arrest", "detain", "seize", "blockade", "deport"),
    "ASSAULT": _forms(
        "attack", "strike/struck/striking", "bomb", "shell/shelled/shelling", "invade", "kill", "shoot/shot/shooting", "shell"
    ),
}
VERB_TYPE = {form: kind for kind, forms in VERB_TRIGGERS.items() for form in forms}
# Verbs that code an event only with one of these objects.
OBJECT_GATED = {
    "AID": set(
        """aid support assistance weapons arms ammunition drones missiles technology components equipment
        funding loans money troops supplies tanks jets shells help fuel food base industry military army
        forces capabilities effort efforts vehicles artillery aircraft helicopters warships rifles munitions grain
        medicine medicines vaccines shipments shipment relief package packages""".split()
    ),
    "CONCEDE": set("restrictions sanctions ban embargo curbs tariffs prisoners hostages".split()),
    "SANCTION": set("sanctions tariffs embargo restrictions ban penalties diplomats".split()),
    "REJECT": set("proposal offer demand demands plan request call deal bid ultimatum resolution peace".split()),
    "THREATEN": set("consequences retaliation response reprisals sanctions action".split()),
    "AGREE": set("deal agreement treaty accord pact ceasefire truce".split()),
}
# verb -> type when its object is one of OBJECT_GATED[type] ("lifted restrictions", "imposed sanctions").
GATED_VERBS = {
    **{f: "CONCEDE" for f in _forms("lift", "ease", "release", "relax", "loosen")},
    **{f: "SANCTION" for f in _forms("impose", "slap/slapped", "tighten")},
    **{f: "REJECT" for f in _forms("reject", "dismiss")},
    **{f: "THREATEN" for f in _forms("warn")},
    **{f: "AGREE" for f in _forms("sign", "reach/reached", "seal")},
    **{f: "ASSAULT" for f in _forms("launch", "fire/fired/firing", "carry/carried")},
    **{
        f: "AID"
        for f in _forms("supply/supplied/supplying", "provide", "deliver", "send/sent/sending", "bolster", "fund/funded/funding")
    },
}
ASSAULT_OBJECTS = frozenset(
    """strike strikes attack attacks missiles missile rockets drones offensive raid raids airstrikes assault""".split()
)
ALLIANCE_NOUNS = {"alliance", "pact", "coalition", "bloc", "partnership", "axis"}
HOSTILE_MARKERS = {"against", "countering", "counter", "targeting", "aimed", "confront", "confronting"}
TARGET_PREPS = {"to", "against", "on", "at", "with", "into", "toward", "towards", "upon", "for"}
UNTARGETED_TYPES = {"MOBILIZE", "PROTEST"}


def code_events(sent: SpacySpan, actors_between: ActorLookup) -> list[Event]:
    """Events stated in one sentence (or clause), each with its PLOVER type and mode."""
    if sent.text.rstrip().endswith("?"):
        return []
    events: list[Event] = []
    for tok in sent:
        if tok.pos_ == "VERB":
            kind = _verb_type(tok)
            if kind is None:
                continue
            sources = _actors_of(_subject(tok), actors_between)
            targets = _targets(tok, kind, actors_between)
            events += _pairs(kind, sources, targets, *_mode(tok))
        elif tok.pos_ == "NOUN" and tok.lower_ in ALLIANCE_NOUNS:
            events += _alliance(tok, actors_between)
    unique: dict[tuple[str, str | None, str | None], Event] = {}
    for event in events:
        unique.setdefault((event.type, event.source, event.target), event)
    return list(unique.values())


def _verb_type(tok: Token) -> str | None:
    word = tok.lower_
    if word in GATED_VERBS:
        kind = GATED_VERBS[word]
        objects = {t.lower_ for c in tok.children if c.dep_ in ("dobj", "prep") for t in c.subtree}
        gate = ASSAULT_OBJECTS if kind == "ASSAULT" else OBJECT_GATED[kind]
        return kind if objects & gate else None
    kind = VERB_TYPE.get(word)
    if kind == "ASSAULT" and word.startswith(("strik", "struck")) and not any(c.dep_ == "dobj" for c in tok.children):
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
        if head.dep_ in ("conj", "xcomp", "advcl") and head.head is not head:
            head = head.head
        else:
            return None
    return None


def _actors_of(tok: Token | None, actors_between: ActorLookup) -> list[str]:
    if tok is None or tok.pos_ == "PRON":
        return []
    sub = list(tok.subtree)
    # Stop the subject at a relative clause: "the group that attacked Israel" is about the group.
    end = next((t.idx for t in sub if t.dep_ == "relcl"), sub[-1].idx + len(sub[-1]))
    return _prefer_countries(actors_between(sub[0].idx, end))


def _prefer_countries(keys: list[str]) -> list[str]:
    """ "China's Commerce Ministry" is China: where a phrase names a country, its other actors
    (here the ministry, whose own country is unknown) are not separate parties."""
    countries = [k for k in keys if k in country_table().names]
    return countries or keys


def _targets(tok: Token, kind: str, actors_between: ActorLookup) -> list[str]:
    found: list[str] = []
    for child in tok.children:
        if child.dep_ in ("dobj", "dative") or child.dep_ == "prep" and child.lower_ in TARGET_PREPS:
            if kind == "MOBILIZE" and child.lower_ not in ("against", "toward", "towards", "at"):
                continue
            sub = list(child.subtree)
            # "in Japan" inside the object is a place, not a target.
            cut = next(
                (t.idx for t in sub if t.dep_ == "prep" and t.lower_ in ("in", "inside", "within", "near")),
                sub[-1].idx + len(sub[-1]),
            )
            found += [a for a in _prefer_countries(actors_between(sub[0].idx, cut)) if a not in found]
    return found


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
        return [Event(kind, s, None, mode, polarity) for s in sources] if kind in UNTARGETED_TYPES else []
    return [Event(kind, s, t, mode, polarity) for s in sources for t in targets if s != t]
