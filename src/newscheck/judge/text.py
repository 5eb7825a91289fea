"""One text as the claim-level judge reads it: its parse, one MiniLM vector per word, and its slots.

A claim or an evidence sentence is read once, whatever number of pairs it meets:
its spaCy tokens (tags and dependencies; the pipeline's own parse where the
annotate stage made one, else a tagger-and-parser-only pass), one contextual
vector per token (the mean of its MiniLM word pieces, from the same encoder pass
as the sentence embedding), its names (proper nouns, and countries as ISO3 so
that "the Kremlin" meets "Moscow"), its quantities, and its *core*: the main
predicate with its complements, behind any attribution ("officials said that
..." has the core of its "that" clause).
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from spacy.tokens import Doc

from newscheck.actors import find_countries
from newscheck.encoder import TokenVectors
from newscheck.terms import (
    CALLING_OFF_PARTICLE_VERBS,
    CALLING_OFF_STEMS,
    COPULAS,
    FORBEARING_PHRASES,
    FRAME_VERBS,
    HEDGES,
    NAME_STOPWORDS,
    PENDING_AUXILIARIES,
    SOURCE_VERBS,
    STOPWORDS,
    Quantity,
    form_key,
    quantities,
    stem,
)

PROPER = frozenset(("NNP", "NNPS"))
SUBJECTS = frozenset(("nsubj", "nsubjpass", "csubj", "csubjpass", "expl"))
ATTRIBUTION = frozenset(("according",))


@dataclass
class TextView:
    """A text's tokens with their parse, vectors (unit rows, one per token) and slots."""

    text: str
    words: list[str]  # lower-cased token texts
    spans: list[tuple[int, int]]
    stems: list[str]
    forms: list[str]  # `terms.form_key` of each word: "rammed" and "ram" alike, "rose" "rise" only as a verb
    tags: list[str]
    deps: list[str]
    heads: list[int]
    content: np.ndarray  # bool per token: carries meaning (no stop word, punctuation or reporting verb)
    vectors: np.ndarray  # tokens × DIM
    sentence: np.ndarray  # the sentence embedding
    core: np.ndarray  # bool per token: in the main predicate (see module docstring)
    names: dict[int, str] = field(default_factory=dict)  # token index -> name key (ISO3 for countries)
    quantities: list[Quantity] = field(default_factory=list)
    hedged: bool = False
    keys: list[int] = field(default_factory=list)  # the main predicate, verbs joined to it, their objects
    negated: dict[int, int] | None = field(default=None, repr=False)  # see features.negated_tokens
    denied: list[tuple[int, set[int]]] | None = field(default=None, repr=False)  # see features.denials
    stated: list[Quantity] | None = field(default=None, repr=False)  # see features._stated
    crowds: list[tuple[Quantity, str | None]] | None = field(default=None, repr=False)  # see features._crowds
    called_off: dict[int, int] | None = field(default=None, repr=False)  # see features.called_off
    _children: list[list[int]] | None = field(default=None, repr=False)

    @property
    def name_keys(self) -> set[str]:
        return set(self.names.values())

    def children(self, index: int) -> list[int]:
        if self._children is None:
            self._children = [[] for _ in self.heads]
            for i, head in enumerate(self.heads):
                if head != i:
                    self._children[head].append(i)
        return self._children[index]

    def subtree(self, index: int, skip: frozenset[str] = frozenset()) -> list[int]:
        """Token indices under `index` (itself included), not entering dependents whose relation is in `skip`."""
        out, todo = [], [index]
        while todo:
            node = todo.pop()
            out.append(node)
            todo.extend(c for c in self.children(node) if self.deps[c] not in skip)
        return sorted(out)

    def token_at(self, offset: int) -> int:
        """Index of the token covering (or first after) a character offset."""
        for index, (_, end) in enumerate(self.spans):
            if end > offset:
                return index
        return len(self.spans) - 1

    def phrase(self, first: int, last: int) -> str:
        return self.text[self.spans[min(first, last)][0] : self.spans[max(first, last)][1]]


@lru_cache(maxsize=1)
def parser():  # noqa: ANN201 - spacy Language
    """Tagger and parser alone: the judge reads tags and dependencies, never entities or lemmas."""
    import spacy

    from newscheck.nlp import MODEL

    return spacy.load(MODEL, exclude=["ner", "lemmatizer", "attribute_ruler", "senter"])


def view(doc: Doc, tokens: TokenVectors) -> TextView:
    """Read a parsed text, whose encoder output is `tokens`."""
    text = doc.text
    kept = [t for t in doc if not t.is_space]
    position = {t.i: k for k, t in enumerate(kept)}
    words = [t.lower_.replace("’", "'") for t in kept]
    spans = [(t.idx, t.idx + len(t.text)) for t in kept]
    heads = [position.get(t.head.i, k) for k, t in enumerate(kept)]
    deps = [t.dep_ for t in kept]
    tags = [t.tag_ for t in kept]
    # A reporting verb frames a statement ("officials said that ..."), except where it takes a thing
    # ("announced the formation of an alliance", "declared a joint initiative"): then it is the predicate.
    content = np.array(
        [
            (
                w[:1].isdigit()
                or (w[:1].isalpha() and len(w) > 1 and w not in STOPWORDS and (w not in FRAME_VERBS or _takes_object(t)))
            )
            and not t.is_punct
            and w != "'s"
            for w, t in zip(words, kept)
        ],
        dtype=bool,
    )
    names: dict[int, str] = {}
    for mention in find_countries(text):
        for index, (start, end) in enumerate(spans):
            if start < mention.end and mention.start < end:
                names[index] = mention.iso3
    for index, tag in enumerate(tags):
        if index not in names and tag in PROPER and words[index] not in NAME_STOPWORDS and words[index][:1].isalpha():
            names[index] = stem(words[index])
    found = TextView(
        text=text,
        words=words,
        spans=spans,
        stems=[stem(w) if w.isalpha() else w for w in words],
        forms=[form_key(w, t.startswith("VB")) if w.isalpha() else w for w, t in zip(words, tags)],
        tags=tags,
        deps=deps,
        heads=heads,
        content=content,
        vectors=_token_vectors(spans, tokens),
        sentence=tokens.sentence,
        core=np.zeros(len(kept), dtype=bool),
        names=names,
        quantities=quantities(text),
        hedged=HEDGES.search(text) is not None,
    )
    found.core[_core(found)] = True
    found.keys = key_tokens(found)
    return found


def _takes_object(token) -> bool:  # noqa: ANN001 - spacy Token
    deps = {child.dep_ for child in token.children}
    return "dobj" in deps and "ccomp" not in deps


def views(texts: Sequence[str], encode_tokens, docs: Sequence[Doc] | None = None) -> list[TextView]:  # noqa: ANN001
    """Read many texts: one encoder call and, unless their docs are given, one parser pass beside it (the
    encoder runs in onnxruntime, which lets the parser have the interpreter meanwhile)."""
    texts = list(texts)
    with ThreadPoolExecutor(1) as pool:
        encoded = pool.submit(encode_tokens, texts)
        docs = list(docs) if docs is not None else list(parser().pipe(texts, batch_size=64))
        return [view(doc, tokens) for doc, tokens in zip(docs, encoded.result(), strict=True)]


def main_predicate(view_: TextView) -> int | None:
    """The token heading what the text states: its root, or, when the root only reports ("officials said
    that ..."), the reported clause's head."""
    roots = [i for i, h in enumerate(view_.heads) if h == i and view_.deps[i] == "ROOT"]
    if not roots:
        return None
    node = roots[0]
    for _ in range(3):
        if view_.words[node] not in SOURCE_VERBS:
            break
        reported = [c for c in view_.children(node) if view_.deps[c] in ("ccomp", "xcomp", "parataxis")]
        if not reported:
            break
        node = reported[0]
    return node


def rules_out(view: TextView, index: int) -> bool:
    """Whether the token is "rule" with the particle "out" ("ruled out a rescue")."""
    return view.words[index] in ("rule", "rules", "ruled", "ruling") and any(view.words[c] == "out" for c in view.children(index))


def calls_off(view: TextView, index: int) -> bool:
    """Whether the token is a verb that calls off what it takes ("shelved the plan", "called off the strike")."""
    if not view.tags[index].startswith("VB"):
        return False
    if view.words[index] in CALLING_OFF_PARTICLE_VERBS:
        return any(view.words[c] == "off" and view.deps[c] == "prt" for c in view.children(index))
    return view.stems[index] in CALLING_OFF_STEMS


def yet_to(view: TextView, index: int) -> int | None:
    """The verb "has yet to" or "is yet to" leaves undone ("has yet to reopen": reopen), when the token is that "yet"."""
    if view.words[index] != "yet" or index + 2 >= len(view.words) or view.words[index + 1] != "to":
        return None
    verb = view.heads[index + 1]
    if view.deps[verb] != "xcomp" or view.words[view.heads[verb]] not in PENDING_AUXILIARIES:
        return None
    return verb


def forborne(view: TextView, index: int) -> list[int]:
    """What a verb of forbearing leaves undone: the object of its preposition ("stopped short of a formal
    alliance": alliance; "refrained from naming the buyer": naming), or nothing when the token is no such verb."""
    phrase = FORBEARING_PHRASES.get(view.stems[index])
    if phrase is None or not view.tags[index].startswith("VB"):
        return []
    if any(view.words[c] == "until" or view.deps[c] == "neg" for c in view.children(index)) or view.deps[index] == "relcl":
        return []  # "refrained from commenting until the vote", "never shied away from", "who has long shied away"
    particle, preposition = phrase
    owners = [index]
    if particle:
        owners = [c for c in view.children(index) if view.words[c] == particle]
        owners += [index] if owners else []
    return [
        taken
        for owner in owners
        for prep in view.children(owner)
        if view.words[prep] == preposition and view.deps[prep] == "prep"
        for taken in view.children(prep)
        if view.deps[taken] in ("pobj", "pcomp")
    ]


def key_tokens(view: TextView) -> list[int]:
    """What a negation must hit to deny the text: its main predicate, the verbs joined to it ("expelling
    ... and summoning", "responded by expelling", "agreed to buy"), and their objects or attributes, or what a
    copula's prepositional phrase says ("is in advanced talks")."""
    head = main_predicate(view)
    if head is None:
        return []
    verbs, todo = [], [head]
    while todo:
        verb = todo.pop()
        verbs.append(verb)
        for child in view.children(verb):
            joined = view.deps[child] in ("conj", "xcomp") and view.tags[child].startswith("VB")
            by_doing = view.deps[child] == "prep" and view.words[child] == "by"
            if joined:
                todo.append(child)
            elif by_doing:
                todo.extend(c for c in view.children(child) if view.deps[c] == "pcomp")
    keys = list(verbs)
    for verb in verbs:
        children = view.children(verb)
        # an intransitive predicate says something of its subject ("the collapse occurred")
        intransitive = not any(view.deps[c] in ("dobj", "attr", "acomp", "oprd", "xcomp", "ccomp") for c in children)
        for child in children:
            if view.deps[child] in ("dobj", "attr", "acomp", "oprd", "nsubjpass") or (
                intransitive and view.deps[child] == "nsubj"
            ):
                keys.extend(_noun_phrase(view, child))
        if intransitive and view.words[verb] in COPULAS:  # what a copula's phrase says: "is in talks", "are on strike"
            for prep in (c for c in children if view.deps[c] == "prep"):
                keys.extend(n for c in view.children(prep) if view.deps[c] == "pobj" for n in _noun_phrase(view, c))
    return [k for k in dict.fromkeys(keys) if view.content[k] and k not in view.names]


def _noun_phrase(view: TextView, head: int) -> list[int]:
    """A noun with its modifiers and what it is "of" ("the formation of a military alliance")."""
    found = [head]
    for child in view.children(head):
        if view.deps[child] in ("compound", "amod", "dobj", "pobj"):
            found.append(child)
        elif view.deps[child] == "prep" and view.words[child] == "of":
            for noun in view.children(child):
                if view.deps[noun] == "pobj":
                    found.append(noun)
                    found.extend(c for c in view.children(noun) if view.deps[c] in ("compound", "amod"))
    return found


def _core(view_: TextView) -> list[int]:
    """The main predicate's tokens: its head and complements, without its subject's words unless they are
    all there is, and without an attribution ("according to ...", "the ministry said")."""
    head = main_predicate(view_)
    if head is None:
        return []
    # A passive's subject is what the predicate is about ("warning sirens were sounded")
    core = view_.subtree(head, skip=SUBJECTS - {"nsubjpass"} | frozenset(("parataxis",)))
    frame = _attribution(view_, head)
    kept = [i for i in core if i not in frame]
    return kept if sum(view_.content[i] for i in kept) >= 2 else view_.subtree(head)


def _attribution(view_: TextView, head: int) -> set[int]:
    """The words under the main predicate that say whose account it is ("according to ...", "..., the ministry
    said")."""
    return {
        i
        for c in view_.children(head)
        if (view_.deps[c] == "prep" and view_.words[c] in ATTRIBUTION)
        or (view_.deps[c] in ("ccomp", "parataxis", "advcl") and view_.words[c] in SOURCE_VERBS)
        for i in view_.subtree(c)
    }


def source_names(view_: TextView) -> set[str]:
    """The names of whom the text rests on: those of its attribution, or of the reporting clause above its main
    predicate ("the Halden Institute said in a report that ...")."""
    head = main_predicate(view_)
    if head is None:
        return set()
    frame = _attribution(view_, head) | (set(range(len(view_.words))) - set(view_.subtree(head)))
    return {key for i, key in view_.names.items() if i in frame}


def _token_vectors(spans: list[tuple[int, int]], tokens: TokenVectors) -> np.ndarray:
    """Each token's vector: the mean of the word pieces over its characters, unit length. A token past the
    encoder's length limit gets the sentence embedding."""
    out = np.tile(tokens.sentence, (len(spans), 1)).astype(np.float32)
    if not spans or not tokens.spans:
        return out
    piece_starts = np.array([s for s, _ in tokens.spans])
    piece_ends = np.array([e for _, e in tokens.spans])
    token_starts = np.array([s for s, _ in spans])
    token_ends = np.array([e for _, e in spans])
    overlap = (piece_starts[None, :] < token_ends[:, None]) & (piece_ends[None, :] > token_starts[:, None])
    counts = overlap.sum(axis=1)
    summed = overlap.astype(np.float32) @ tokens.vectors
    covered = counts > 0
    norms = np.maximum(np.linalg.norm(summed[covered], axis=1, keepdims=True), 1e-9)
    out[covered] = summed[covered] / norms
    return out
