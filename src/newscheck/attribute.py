"""Attribute stage: direct quotes, reported speech and who stands behind each.

Direct quotes come from a character scan of the body (straight or curly marks, nested single
marks, quotes carried over paragraphs, unclosed ones). Reported speech comes from reporting
verbs in the dependency parse ("X said that ...", "..., officials said", "according to X").
The speaker is the subject of the reporting verb; pronouns and role nouns ("she", "the
spokesperson", "the ministry") go back to the nearest compatible earlier speaker or name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span as SpacySpan, Token

from newscheck.actors import appos_role, country_of, country_table, role_before, strip_det
from newscheck.nlp import parse
from newscheck.records import Annotation, Article, Entity, Quote, SourceType

OPENERS = "“„«"
CLOSERS = "”»"
STRAIGHT = '"'

SPEECH_VERBS = {
    "say", "says", "said", "saying", "state", "states", "stated", "stating", "tell", "tells", "told",
    "telling", "add", "adds", "added", "adding", "warn", "warns", "warned", "warning", "emphasize",
    "emphasizes", "emphasized", "emphasizing", "emphasise", "emphasises", "emphasised", "emphasising",
    "stress", "stresses", "stressed", "stressing", "argue", "argues", "argued", "arguing", "claim",
    "claims", "claimed", "claiming", "insist", "insists", "insisted", "insisting", "allege", "alleges",
    "alleged", "alleging", "note", "notes", "noted", "noting", "explain", "explains", "explained",
    "explaining", "announce", "announces", "announced", "confirm", "confirms", "confirmed", "declare",
    "declares", "declared", "acknowledge", "acknowledges", "acknowledged", "assert", "asserts", "asserted",
    "maintain", "maintains", "maintained", "suggest", "suggests", "suggested", "hint", "hints", "hinted",
    "write", "writes", "wrote", "tweeted", "reply", "replied", "respond", "responded", "predict",
    "predicted", "reveal", "revealed", "disclose", "disclosed", "admit", "admits", "admitted", "concede",
    "conceded", "cite", "cites", "cited", "citing", "report", "reports", "reported", "reporting",
    "recall", "recalled", "comment", "commented", "remark", "remarked", "observe", "observed",
    "caution", "cautioned", "assure", "assured", "promise", "promised", "vow", "vowed", "pledge",
    "pledged", "believe", "believes", "believed", "estimate", "estimated", "contend", "contended",
    "testify", "testified", "conclude", "concluded", "accuse", "accused",
}
DENIAL_VERBS = {"deny", "denies", "denied", "denying", "refute", "refutes", "refuted", "reject", "rejects", "rejected", "dismiss", "dismissed"}
CUE_VERBS = SPEECH_VERBS | DENIAL_VERBS
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
CLIMB_DEPS = {"advcl", "xcomp", "conj", "acl", "pcomp"}
PRONOUNS_PERSON = {"he", "she", "him", "her"}
PRONOUNS_GROUP = {"they", "them", "we"}
MEDIA_HEADS = {
    "media", "newspaper", "newspapers", "paper", "daily", "outlet", "outlets", "press", "broadcaster",
    "broadcasters", "television", "tv", "tabloid", "magazine", "network", "channel", "report", "reports",
    "reporting", "agency", "wire", "website", "station", "radio",
}
MEDIA_NAME = re.compile(
    r"\b(?:Reuters|AP|Associated Press|AFP|Agence France-Presse|Bloomberg|CNN|BBC|NHK|TASS|RIA(?: Novosti)?|"
    r"Interfax|Xinhua|Kyodo|Yonhap|Al Jazeera|Sputnik|RT|Politico|Axios|NPR|CNBC|NBC|CBS|ABC|Fox News|"
    r"Sky News|Nikkei|Asahi|Yomiuri|Mainichi|Global Times|Haaretz|Kommersant|Izvestia|Pravda|Le Monde|"
    r"Spiegel|Bild|El País|Substack|Times|Post|Journal|Herald|Gazette|Tribune|Telegraph|Guardian|"
    r"Chronicle|Observer|Courier|Daily \w+|\w+ Daily|\w+ News|News \w+|\w+ Radio|\w+ TV|\w+ Television|"
    r"\w+ Broadcasting(?: \w+)?|\w+ Press|\w+ News Agency|\w+ Insider)\b"
)
# Role nouns that stand for an earlier speaker ("the spokesperson", "the ministry").
ROLE_SYNONYMS = {
    "spokesperson": ("spokesperson", "spokesman", "spokeswoman"),
    "spokesman": ("spokesperson", "spokesman", "spokeswoman"),
    "spokeswoman": ("spokesperson", "spokesman", "spokeswoman"),
}
MIN_UNATTRIBUTED_QUOTE_WORDS = 4
CONTINUATION_PARAGRAPHS = 2


@dataclass
class Speaker:
    name: str | None
    role: str | None
    source_type: SourceType
    country: str | None
    kind: str  # person | org | group | media | unknown
    at: int = 0  # body offset where it was named


@dataclass
class RawQuote:
    start: int  # first character inside the marks
    end: int  # character after the last one inside
    complete: bool


def attribute(article: Article, annotation: Annotation) -> list[Quote]:
    """Every direct quote and piece of reported speech in the article, in body order."""
    body = article.body
    doc = annotation.doc if annotation.doc is not None and annotation.doc.text == body else parse([body])[0]
    return Attributor(body, doc, annotation.entities).run()


def find_direct_quotes(body: str) -> list[RawQuote]:
    """Spans inside quotation marks; a quote left open at a paragraph end carries on when the
    next paragraph opens with a mark (the news convention) and is otherwise unclosed."""
    quotes: list[RawQuote] = []
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", body)]
    open_at: int | None = None
    for index, (p_start, p_end) in enumerate(paragraphs):
        i = p_start
        if open_at is not None:  # carried over: skip the re-opening mark
            i = _skip_space(body, i, p_end)
            if i < p_end and body[i] in OPENERS + STRAIGHT:
                i += 1
        while i < p_end:
            ch = body[i]
            if open_at is None:
                if ch in OPENERS or ch == STRAIGHT or ch == "”" and _looks_opening(body, i):
                    open_at = i + 1
                elif ch == "‘" and _looks_opening(body, i):
                    close = _single_close(body, i + 1, p_end)
                    if close is not None and len(body[i + 1 : close].split()) >= MIN_UNATTRIBUTED_QUOTE_WORDS:
                        quotes.append(RawQuote(i + 1, close, True))
                        i = close
            elif ch in CLOSERS or ch == STRAIGHT or ch == "“" and not _looks_opening(body, i):
                if i > open_at:
                    quotes.append(RawQuote(open_at, i, True))
                open_at = None
            i += 1
        if open_at is not None:
            nxt = paragraphs[index + 1][0] if index + 1 < len(paragraphs) else None
            carries = nxt is not None and body[_skip_space(body, nxt, len(body))] in OPENERS + STRAIGHT
            if not carries:
                quotes.append(RawQuote(open_at, _rstrip(body, open_at, p_end), False))
                open_at = None
    return quotes


def _skip_space(text: str, i: int, end: int) -> int:
    while i < end and text[i].isspace():
        i += 1
    return i


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _looks_opening(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([—–-") and not after.isspace()


def _single_close(text: str, start: int, end: int) -> int | None:
    for j in range(start, end):
        if text[j] == "’" and (j + 1 >= len(text) or not text[j + 1].isalpha()) and not text[j - 1].isspace():
            return j
    return None


class Attributor:
    """Finds quotes and speakers in one parsed article."""

    def __init__(self, body: str, doc: Doc, entities: list[Entity]):
        self.body = body
        self.doc = doc
        self.entities = entities
        self.speakers: list[Speaker] = []
        self.inside: list[tuple[int, int]] = []
        self.table = country_table()

    def run(self) -> list[Quote]:
        raw = find_direct_quotes(self.body)
        self.inside = [(q.start, q.end) for q in raw]
        self.direct_cues = {raw_quote.start: self._cue_for_quote(raw_quote) for raw_quote in raw}
        taken = {cue.i for cue in self.direct_cues.values() if cue is not None}
        items: list[tuple[int, str, object]] = [(q.start, "direct", q) for q in raw]
        items += [(tok.idx, "cue", tok) for tok in self.doc if tok.i not in taken and self._is_free_cue(tok)]
        items.sort(key=lambda item: item[0])
        quotes: list[Quote] = []
        covered: list[tuple[int, int]] = []
        for _, kind, item in items:
            if kind == "direct":
                quote = self._direct(item)  # type: ignore[arg-type]
            else:
                quote = self._reported(item, covered)  # type: ignore[arg-type]
            if quote is not None:
                quotes.append(quote)
                if not quote.direct:
                    covered.append((quote.start, quote.end))
        quotes.sort(key=lambda q: (q.start, q.end))
        return quotes

    # ---- direct quotes -------------------------------------------------------------------
    def _direct(self, raw: RawQuote) -> Quote | None:
        text = self.body[raw.start : raw.end]
        cue = self.direct_cues[raw.start]
        speaker = None
        if cue is not None:
            speaker = self._speaker_of_cue(cue)
        if speaker is None:
            speaker = self._continuation_speaker(raw)
        if speaker is None and len(text.split()) < MIN_UNATTRIBUTED_QUOTE_WORDS:
            return None  # a scare-quoted phrase, not a quotation
        speaker = speaker or Speaker(None, None, "unnamed", None, "unknown", raw.start)
        return self._quote(text, speaker, True, raw.complete, raw.start, raw.end, cue)

    def _cue_for_quote(self, raw: RawQuote) -> Token | None:
        """The reporting verb of a quote: right after it, right before it, or governing it."""
        first = self._sent_at(raw.start)
        last = self._sent_at(max(raw.start, raw.end - 1)) if raw.complete else first
        if first is None:
            return None
        after = [t for t in last if t.idx >= raw.end and self._is_free_cue(t, any_use=True)] if last is not None else []
        before = [t for t in first if t.idx < raw.start and self._is_free_cue(t, any_use=True)]
        if after and self._gap_is_short(raw.end, after[0].idx):
            return after[0]
        if before and self._gap_is_short(before[-1].idx + len(before[-1]), raw.start - 1):
            return before[-1]
        if before:
            return before[-1]
        return after[0] if after else None

    def _gap_is_short(self, start: int, end: int) -> bool:
        gap = self.body[start:end]
        return len(gap.split()) <= 6 and "." not in gap.strip(" ,:—–-\"”’")

    def _continuation_speaker(self, raw: RawQuote) -> Speaker | None:
        """A quote standing alone continues the previous speaker, or the speaker of an
        introducing sentence ending in a colon."""
        prev = self._previous_sentence_text(raw.start)
        if prev is not None and prev.text.rstrip().endswith(":"):
            for tok in reversed(list(prev)):
                if self._is_free_cue(tok, any_use=True):
                    return self._speaker_of_cue(tok)
        if not self.speakers:
            return None
        last = self.speakers[-1]
        sent = self._sent_at(raw.start)
        outside = self.body[sent.start_char : raw.start].strip(" \"“”‘’") if sent is not None else ""
        paragraphs_between = self.body.count("\n\n", last.at, raw.start)
        if not outside and paragraphs_between <= CONTINUATION_PARAGRAPHS and last.name is not None:
            return last
        return None

    # ---- reported speech -----------------------------------------------------------------
    def _reported(self, cue: Token, covered: list[tuple[int, int]]) -> Quote | None:
        if any(s <= cue.idx < e for s, e in covered):
            return None
        span = self._content_span(cue)
        if span is None:
            return None
        start, end = span
        if any(s <= start and end <= e for s, e in self.inside):  # all of it is a direct quote already
            return None
        if self._only_direct(start, end):
            return None
        speaker = self._speaker_of_cue(cue)
        if speaker is None:
            return None
        cue_text = "according to" if cue.lower_ == "according" else cue.text
        return self._quote(self.body[start:end], speaker, False, True, start, end, cue_text)

    def _only_direct(self, start: int, end: int) -> bool:
        """True when the content is a direct quote plus punctuation (handled as direct)."""
        rest = self.body[start:end]
        for s, e in self.inside:
            if start - 1 <= s and e <= end + 1:
                rest = rest.replace(self.body[s:e], "")
        return not re.search(r"\w", rest)

    def _content_span(self, cue: Token) -> tuple[int, int] | None:
        """Character span of what the cue reports, trimmed of punctuation."""
        sent = cue.sent
        if cue.lower_ == "according":
            pobj = self._according_object(cue)
            if pobj is None:
                return None
            phrase_start = cue.i
            phrase_end = max(t.i for t in pobj.subtree) + 1
            left = self.doc[sent.start : phrase_start]
            right = self.doc[phrase_end : sent.end]
            content = right if len(right.text.strip(" ,.;:")) > len(left.text.strip(" ,.;:")) else left
            return self._trim(content)
        if cue.dep_ == "parataxis":  # "The reaction, she said, will be swift."
            return self._trim(sent)
        clause = next((c for c in cue.children if c.dep_ in ("ccomp", "parataxis") and c.i != cue.i), None)
        if clause is None and cue.lower_ in DENIAL_VERBS:
            clause = next((c for c in cue.children if c.dep_ == "dobj"), None)
        if clause is None:
            return None
        if clause.i > cue.i:
            first = min(t.i for t in clause.subtree)
            if self.doc[first].lower_ in ("that", "whether") and self.doc[first].dep_ == "mark":
                first += 1
            return self._trim(self.doc[first : sent.end])
        last = max(t.i for t in clause.subtree) + 1
        return self._trim(self.doc[sent.start : last])

    def _trim(self, span: SpacySpan) -> tuple[int, int] | None:
        start, end = span.start_char, span.end_char
        while start < end and (self.body[start] in " ,;:—–-\n" or self.body[start] in OPENERS + STRAIGHT and not self._inside(start + 1)):
            start += 1
        while end > start and self.body[end - 1] in " ,;:.—–-\n":
            end -= 1
        if len(self.body[start:end].split()) < 3:
            return None
        return start, end

    def _according_object(self, cue: Token) -> Token | None:
        to = next((c for c in cue.children if c.lower_ == "to"), None)
        if to is None and cue.i + 1 < len(self.doc) and self.doc[cue.i + 1].lower_ == "to":
            to = self.doc[cue.i + 1]
        if to is None:
            return None
        return next((c for c in to.children if c.dep_ == "pobj"), None)

    # ---- speakers ------------------------------------------------------------------------
    def _speaker_of_cue(self, cue: Token) -> Speaker | None:
        if cue.lower_ == "according":
            pobj = self._according_object(cue)
            return self._speaker_from_head(pobj) if pobj is not None else None
        if cue.tag_ == "VBG":  # "X emphasized that ..., stressing that ...": X stresses too
            outer = next((a for a in cue.ancestors if a.i < cue.i and self._is_free_cue(a)), None)
            if outer is not None:
                return self._speaker_of_cue(outer)
        head = cue
        for _ in range(4):
            subj = next((c for c in head.children if c.dep_ in SUBJECT_DEPS and not self._inside(c.idx)), None)
            if subj is not None:
                return self._speaker_from_head(subj)
            if head.dep_ in CLIMB_DEPS and head.head is not head:
                head = head.head
            else:
                break
        # Inverted order the parser missed: "..., stated a Ukrainian defense spokesperson."
        for tok in self.doc[cue.i + 1 : min(cue.sent.end, cue.i + 8)]:
            if tok.pos_ in ("NOUN", "PROPN", "PRON") and tok.dep_ in ("dobj", "attr", "nsubj", "npadvmod", "appos", "dative"):
                return self._speaker_from_head(tok)
        return None

    def _speaker_from_head(self, head: Token) -> Speaker | None:
        if self._inside(head.idx):
            return None
        if head.pos_ == "PRON":
            return self._resolve_pronoun(head)
        tokens = self._phrase(head)
        start_char = tokens[0].idx
        end_char = tokens[-1].idx + len(tokens[-1])
        phrase = self.body[start_char:end_char]
        bare = strip_det(re.sub(r"^(?:both|all|some|several|many|two|three)\s+", "", phrase, flags=re.I))
        ents = [e for e in self.entities if start_char <= e.start and e.end <= end_char]
        person = next((e for e in ents if e.label == "PERSON"), None)
        if person is not None:
            return self._named_person(person, tokens, head)
        if MEDIA_NAME.search(bare) and (any(e.label == "ORG" for e in ents) or bare.split()[-1][0].isupper()):
            return self._remember(Speaker(bare, None, "media", country_of(bare), "media", start_char))
        if head.lower_ in MEDIA_HEADS and not head.text[0].isupper():
            return self._remember(Speaker(bare, None, "media", country_of(bare), "media", start_char))
        org = next((e for e in ents if e.label == "ORG"), None)
        if org is not None and head.pos_ == "PROPN" or bare in self.table.forms or (
            ents and all(e.label in ("GPE", "ORG", "NORP") and e.actor in self.table.names for e in ents) and head.pos_ == "PROPN"
        ):
            kind = "org"
            return self._remember(Speaker(bare, None, "named", country_of(bare), kind, start_char))
        if phrase.lower().startswith("the ") and not head.tag_.endswith("S"):
            resolved = self._resolve_role(bare, head, start_char)
            if resolved is not None:
                return resolved
        plural = head.tag_ in ("NNS", "NNPS")
        return self._remember(Speaker(bare, None, "unnamed", country_of(bare), "group" if plural else "unknown", start_char))

    def _phrase(self, head: Token) -> list[Token]:
        """The noun phrase of a speaker: its left modifiers and its right "of"/conjunct parts,
        stopping at a comma, a quote mark, a relative clause or a verb."""
        left = head.left_edge.i
        while left < head.i and (self.doc[left].is_punct or self._inside(self.doc[left].idx)):
            left += 1
        right = head.i
        for child in head.rights:
            if child.dep_ in ("prep", "conj", "cc", "compound", "flat", "nmod", "nummod") and not child.is_punct:
                if any(t.is_punct and t.text in ",;:" or t.pos_ == "VERB" for t in self.doc[right + 1 : child.i]):
                    break
                sub_right = max(t.i for t in child.subtree)
                stop = next((t.i for t in self.doc[child.i : sub_right + 1] if t.text in ",;:" or t.text in OPENERS + CLOSERS + STRAIGHT), None)
                right = (stop - 1) if stop is not None else sub_right
            else:
                break
        return list(self.doc[left : right + 1])

    def _named_person(self, person: Entity, tokens: list[Token], head: Token) -> Speaker:
        name = person.actor or person.text
        role_tokens = [t for t in tokens if t.idx + len(t) <= person.start]
        role = strip_det(self.body[role_tokens[0].idx : person.start]) if role_tokens else ""
        if not role:
            name_tok = self.doc.char_span(person.start, person.end, alignment_mode="expand")
            found = None
            if name_tok is not None:
                found = role_before(self.doc, name_tok.start) or appos_role(name_tok.root)
            if found is not None and not self._inside(found.start_char):
                role = strip_det(found.text)
        if not role:
            earlier = next((s for s in reversed(self.speakers) if s.name == name and s.role), None)
            role = earlier.role if earlier else ""
        country = country_of(role) if role else None
        if country is None:
            earlier = next((s for s in reversed(self.speakers) if s.name == name and s.country), None)
            country = earlier.country if earlier else None
        return self._remember(Speaker(name, role or None, "named", country, "person", person.start))

    def _resolve_pronoun(self, pron: Token) -> Speaker | None:
        word = pron.lower_
        before = pron.idx
        if word in PRONOUNS_PERSON:
            speaker = next((s for s in reversed(self.speakers) if s.kind == "person" and s.at < before), None)
            if speaker is not None:
                return self._remember_again(speaker, before)
            person = next((e for e in reversed(self.entities) if e.label == "PERSON" and e.end <= before), None)
            if person is not None:
                return self._remember(Speaker(person.actor or person.text, None, "named", None, "person", before))
            return None
        if word == "it":
            speaker = next((s for s in reversed(self.speakers) if s.kind in ("org", "media") and s.at < before), None)
            return self._remember_again(speaker, before) if speaker is not None else None
        if word in PRONOUNS_GROUP:
            speaker = next((s for s in reversed(self.speakers) if s.kind in ("group", "org") and s.at < before), None)
            return self._remember_again(speaker, before) if speaker is not None else None
        return None

    def _resolve_role(self, bare: str, head: Token, at: int) -> Speaker | None:
        """ "the spokesperson" -> the last speaker with that role; "the ministry" -> the last
        organisation named with that word."""
        words = ROLE_SYNONYMS.get(head.lower_, (head.lower_,))
        key = bare.lower()
        for speaker in reversed(self.speakers):
            haystack = f"{speaker.role or ''} {speaker.name or ''}".lower()
            if speaker.source_type == "named" and (key in haystack or any(w in haystack for w in words)):
                if speaker.kind == "person" and key in (speaker.name or "").lower():
                    continue
                if speaker.kind == "person" and not any(w in (speaker.role or "").lower() for w in words) and key not in (speaker.role or "").lower():
                    continue
                return self._remember_again(speaker, at)
        for ent in reversed(self.entities):
            if ent.label == "ORG" and ent.end <= at and any(w in ent.text.lower() for w in words):
                name = strip_det(ent.text)
                return self._remember(Speaker(name, None, "named", country_of(name), "org", at))
        return None

    def _remember(self, speaker: Speaker) -> Speaker:
        self.speakers.append(speaker)
        return speaker

    def _remember_again(self, speaker: Speaker, at: int) -> Speaker:
        return self._remember(Speaker(speaker.name, speaker.role, speaker.source_type, speaker.country, speaker.kind, at))

    # ---- helpers -------------------------------------------------------------------------
    def _quote(self, text: str, speaker: Speaker, direct: bool, complete: bool, start: int, end: int, cue: Token | str | None) -> Quote:
        cue_text = cue if isinstance(cue, str) or cue is None else ("according to" if cue.lower_ == "according" else cue.text)
        return Quote(
            text=text,
            speaker=speaker.name,
            speaker_role=speaker.role,
            source_type=speaker.source_type,
            direct=direct,
            complete=complete,
            start=start,
            end=end,
            cue=cue_text,
            speaker_country=speaker.country,
        )

    def _inside(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self.inside)

    def _is_free_cue(self, tok: Token, any_use: bool = False) -> bool:
        """A reporting verb outside quotation marks ("according" only as "according to")."""
        if self._inside(tok.idx):
            return False
        if tok.lower_ == "according":
            return tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "to"
        if tok.lower_ not in CUE_VERBS or tok.pos_ not in ("VERB", "AUX"):
            return False
        if any_use:
            return True
        return tok.tag_ != "VBN" or any(c.dep_ == "aux" for c in tok.children)

    def _sent_at(self, offset: int) -> SpacySpan | None:
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        return span[0].sent if span is not None and len(span) else None

    def _previous_sentence_text(self, offset: int) -> SpacySpan | None:
        sent = self._sent_at(offset)
        if sent is None or sent.start == 0:
            return None
        return self.doc[sent.start - 1].sent
