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

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newscheck.actors import appos_role, country_of, country_table, role_before, strip_det
from newscheck.nlp import parse
from newscheck.records import Actor, Annotation, Article, Entity, Quote, SourceType
from newscheck.terms import DENIAL_VERBS, DOCUMENT_NOUNS, EVIDENCE_VERBS, SPEECH_VERBS, TITLE_WORDS, WIRE_DATELINE

OPENERS = "“„«"
CLOSERS = "”»"
STRAIGHT = '"'

CUE_VERBS = SPEECH_VERBS | DENIAL_VERBS
# Verbs that introduce a quoted phrase but not reported speech ("called the vote “a war ...”").
QUOTE_ONLY_VERBS = frozenset(
    """call calls called calling describe describes described describing dub dubbed label labelled labeled branded""".split()
)
# Definite role nouns that name an institution ("the ministry", "the county"): a named source.
ORG_NOUNS = frozenset(
    """ministry department government company firm trust council union authority agency commission committee court
    army military police embassy office administration county city party campaign bank board organisation
    organization institute university hospital operator group kremlin cabinet regulator watchdog service""".split()
)
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
CLIMB_DEPS = {"advcl", "xcomp", "conj", "acl", "pcomp"}
PRONOUNS_PERSON = {"he", "she", "him", "her"}
PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
# Words that tell a person's gender where the text names them ("spokeswoman Ana Moll", "Mr Okafor").
GENDERED_WORDS = {
    **dict.fromkeys("mr mr. sir lord king prince spokesman chairman councilman congressman businessman".split(), "m"),
    **dict.fromkeys(
        "mrs mrs. ms ms. miss dame lady queen princess spokeswoman chairwoman councilwoman congresswoman businesswoman".split(),
        "f",
    ),
}
PRONOUNS_GROUP = {"they", "them", "we"}
MEDIA_HEADS = frozenset(
    """media newspaper newspapers paper daily outlet outlets press broadcaster broadcasters television tv tabloid
    magazine network channel report reports reporting wire website station radio""".split()
)
NEWS_AGENCY_WORDS = frozenset({"news", "press", "wire"})  # an agency is an outlet only as a news agency
MEDIA_NAME = re.compile(
    r"\b(?:Reuters|AP|Associated Press|AFP|Agence France-Presse|Bloomberg|CNN|BBC|NHK|TASS|RIA(?: Novosti)?|"
    r"Interfax|Xinhua|Kyodo|Yonhap|Al Jazeera|Sputnik|RT|Politico|Axios|NPR|CNBC|NBC|CBS|ABC|Fox News|"
    r"Sky News|Nikkei|Asahi|Yomiuri|Mainichi|Global Times|Haaretz|Kommersant|Izvestia|Pravda|Le Monde|"
    r"Spiegel|Bild|El País|Substack|Times|Post|Journal|Herald|Gazette|Tribune|Telegraph|Guardian|Diario|Ledger|Mirror|Zeitung|"
    r"Chronicle|Observer|Courier|Clarion|Sentinel|Examiner|Inquirer|Enquirer|Dispatch|Bulletin|Courant|Kurier|Gazeta|"
    r"Corriere|\w+posten|\w+bladet|\w+avisen|Evening \w+|Morning \w+|"
    r"Daily \w+|\w+ Daily|\w+ News|News \w+|\w+ Radio|\w+ TV|\w+ Television|"
    r"\w+ Broadcasting(?: \w+)?|\w+ Press|\w+ News Agency|\w+ Insider)\b"
)
# Definite plurals that stand for parties the article has named ("the two powers", "the governments").
COLLECTIVE_HEADS = {"powers", "nations", "countries", "governments", "states", "sides", "capitals", "allies"}
# Organisation nouns that stand for whichever organisation spoke last ("the company").
GENERIC_ORG_NOUNS = {"company", "firm", "group", "operator", "maker", "business", "carrier"}
# Role nouns that stand for an earlier speaker ("the spokesperson", "the ministry").
ROLE_SYNONYMS = {
    "spokesperson": ("spokesperson", "spokesman", "spokeswoman"),
    "spokesman": ("spokesperson", "spokesman", "spokeswoman"),
    "spokeswoman": ("spokesperson", "spokesman", "spokeswoman"),
}
# Titles that name one office holder when definite ("the education secretary", "Port Mirren's mayor"):
# a reader can tell who spoke, so the source is named, unlike "the official" or "a senior diplomat".
OFFICES = frozenset(
    """minister secretary president chancellor ambassador mayor governor premier king queen pope emir
    commissioner prosecutor chairman chairwoman ceo judge archbishop coroner ombudsman""".split()
)
# "the district's chief medical officer": a "chief ..." of one place or body is one office too.
CHIEF_WORDS = frozenset({"chief", "head"})
POSSESSIVE_OPENING = re.compile(r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s\s")
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
    doc = annotation.parse_of(body) or parse([body])[0]
    return Attributor(body, doc, annotation.entities, annotation.actors).run()


def _surname_map(entities: list[Entity]) -> dict[str, str]:
    """Last names (and, failing those, first tokens, for family-name-first names) of people."""
    names: dict[str, str] = {}
    people = [e.actor or e.text for e in entities if e.label == "PERSON"]
    for full in people:
        parts = full.split()
        if len(parts) > 1:
            names.setdefault(parts[-1], full)
    for full in people:
        parts = full.split()
        if len(parts) > 1:
            names.setdefault(parts[0], full)
    return names


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
                elif ch in "‘'" and _looks_opening(body, i):
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
        if text[j] in "’'" and (j + 1 >= len(text) or not text[j + 1].isalnum()) and not text[j - 1].isspace():
            return j
    return None


def _reports_clause(token: Token) -> bool:
    """Whether a reporting verb's child is what it reports: its clause, or a "that" clause the parser hung on it as
    an adverbial after a phrase between ("reported on Monday, citing unnamed insiders, that the governor ...")."""
    return token.dep_ in ("ccomp", "parataxis") or (
        token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)
    )


class Attributor:
    """Finds quotes and speakers in one parsed article."""

    def __init__(self, body: str, doc: Doc, entities: list[Entity], actors: list[Actor]):
        self.body = body
        self.doc = doc
        self.entities = entities
        self.speakers: list[Speaker] = []
        self.inside: list[tuple[int, int]] = []
        self.inside_mask = bytearray(len(body))  # 1 where a character is inside quotation marks
        self.sents = list(doc.sents)
        self.sent_of_token = [0] * len(doc)
        for index, sent in enumerate(self.sents):
            self.sent_of_token[sent.start : sent.end] = [index] * len(sent)
        self.reported: list[tuple[int, int, Speaker]] = []  # reported-speech spans and their speakers
        self.surnames = _surname_map(entities)
        self.actor_roles = {a.key: a.role for a in actors if a.role}
        self.table = country_table()

    def run(self) -> list[Quote]:
        raw = find_direct_quotes(self.body)
        self.inside = [(q.start, q.end) for q in raw]
        for q in raw:
            self.inside_mask[q.start : q.end] = b"\x01" * (q.end - q.start)
        self.direct_cues = {raw_quote.start: self._cue_for_quote(raw_quote) for raw_quote in raw}
        # A cue right next to a quote belongs to it alone, except "according to", which also
        # sources the rest of its sentence ('X was convicted of "treason," according to Y').
        taken = {
            cue.i for cue, adjacent in self.direct_cues.values() if cue is not None and adjacent and cue.lower_ != "according"
        }
        items: list[tuple[int, str, object]] = [(q.start, "direct", q) for q in raw]
        items += [(tok.idx, "cue", tok) for tok in self.doc if tok.i not in taken and self._is_free_cue(tok)]
        items.sort(key=lambda item: item[0])
        quotes: list[Quote] = []
        for _, kind, item in items:
            if kind == "direct":
                quote = self._direct(item)  # type: ignore[arg-type]
            else:
                quote = self._reported(item)  # type: ignore[arg-type]
            if quote is not None:
                quotes.append(quote)
        quotes.sort(key=lambda q: (q.start, q.end))
        return quotes

    # ---- direct quotes -------------------------------------------------------------------
    def _direct(self, raw: RawQuote) -> Quote | None:
        text = self.body[raw.start : raw.end]
        cue, adjacent = self.direct_cues[raw.start]
        speaker = None
        outer = next((sp for s, e, sp in reversed(self.reported) if s <= raw.start and raw.end <= e + 1), None)
        if outer is not None and (not adjacent or cue is not None and self._in_reported(cue.idx)):
            speaker = self._remember_again(outer, raw.start)
        elif cue is not None:
            speaker = self._speaker_of_cue(cue)
        if speaker is None:
            speaker = self._continuation_speaker(raw)
        if speaker is None and len(text.split()) < MIN_UNATTRIBUTED_QUOTE_WORDS:
            return None  # a scare-quoted phrase, not a quotation
        speaker = speaker or Speaker(None, None, "unnamed", None, "unknown", raw.start)
        return self._quote(text, speaker, True, raw.complete, raw.start, raw.end, cue)

    def _cue_for_quote(self, raw: RawQuote) -> tuple[Token | None, bool]:
        """The reporting verb of a quote (right after it, right before it, or elsewhere in its
        sentence) and whether it is adjacent to the quote."""
        first = self._sent_at(raw.start)
        last = self._sent_at(max(raw.start, raw.end - 1)) if raw.complete else first
        if first is None:
            return None, False
        after = [t for t in last if t.idx >= raw.end and self._is_free_cue(t, any_use=True)] if last is not None else []
        before = [
            t
            for t in first
            if t.idx < raw.start
            and (self._is_free_cue(t, any_use=True) or t.lower_ in QUOTE_ONLY_VERBS and not self._inside(t.idx))
        ]
        if after and self._gap_is_short(raw.end, after[0].idx, 10):
            return after[0], True
        if before and self._introduces(before[-1], raw.start - 1):
            return before[-1], True
        if before:
            return before[-1], False
        return (after[0], False) if after else (None, False)

    def _introduces(self, cue: Token, quote_mark: int) -> bool:
        """'said: "', 'stating, "', 'told reporters: "': the cue introduces the whole quote.
        A quote opening mid-clause ('said it was "deeply concerned"') is a partial quote
        inside reported speech instead."""
        gap = self.body[cue.idx + len(cue) : quote_mark].strip()
        return self._gap_is_short(cue.idx + len(cue), quote_mark, 3) and (not gap or gap[-1] in ",:")

    def _gap_is_short(self, start: int, end: int, max_words: int) -> bool:
        """Only punctuation and a short subject between a quote and its cue (no new clause)."""
        gap = self.body[start:end]
        if re.search(r"\b(?:and|but|while|whereas)\b|;", gap):
            return False
        return len([w for w in gap.split() if re.search(r"\w", w)]) <= max_words and "." not in gap.strip(' ,:—–-"”’').rstrip(".")

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
        outside = self.body[sent.start_char : raw.start].strip(" \"'“”‘’") if sent is not None else ""
        paragraphs_between = self.body.count("\n\n", last.at, raw.start)
        if not outside and paragraphs_between <= CONTINUATION_PARAGRAPHS and last.name is not None:
            return last
        return None

    # ---- reported speech -----------------------------------------------------------------
    def _reported(self, cue: Token) -> Quote | None:
        if any(s <= cue.idx < e for s, e, _ in self.reported) or any(c.dep_ == "neg" for c in cue.children):
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
        self.reported.append((start, end, speaker))
        return self._quote(self.body[start:end], speaker, False, True, start, end, cue)

    def _only_direct(self, start: int, end: int) -> bool:
        """True when the content is a direct quote plus punctuation (handled as direct)."""
        rest = "".join(ch for i, ch in enumerate(self.body[start:end], start) if not self._inside(i))
        return not re.search(r"\w", rest)

    def _content_span(self, cue: Token) -> tuple[int, int] | None:
        """Character span of what the cue reports, trimmed of punctuation."""
        sent = self._sent_of(cue)
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
        clause = next((c for c in cue.children if _reports_clause(c) and c.i != cue.i), None)
        if clause is None and cue.lower_ in DENIAL_VERBS:
            clause = next((c for c in cue.children if c.dep_ == "dobj"), None)
        if clause is None:
            return self._loose_content(cue, sent)
        if clause.i > cue.i:
            first = min(t.i for t in clause.subtree)
            # from its "that": what the parser hangs before it is a phrase between ("citing two people close to the board")
            first = next((c.i for c in clause.children if c.dep_ == "mark" and c.lower_ in ("that", "whether")), first)
            if self.doc[first].lower_ in ("that", "whether") and self.doc[first].dep_ == "mark":
                first += 1
            last = (
                max(t.i for c in cue.children if c.i > cue.i and (c.dep_ == "dobj" or _reports_clause(c)) for t in c.subtree) + 1
            )
            cut = next(
                (
                    t.i
                    for t in self.doc[first:last]
                    if t.lower_ in ("while", "whereas") and t.i > first and self.doc[t.i - 1].text == ","
                ),
                None,
            )
            return self._trim(self.doc[first : cut or last])
        last = max(t.i for t in clause.subtree) + 1
        return self._trim(self.doc[sent.start : last])

    def _loose_content(self, cue: Token, sent: SpacySpan) -> tuple[int, int] | None:
        """Content the parser did not attach to the cue: "said in a statement that ..." or a
        trailing "..., Russian state news agency TASS reported." """
        window = self.doc[cue.i + 1 : min(sent.end, cue.i + 7)]
        that = next((t for t in window if t.lower_ == "that"), None)
        if that is not None and all(
            t.pos_ in ("ADP", "DET", "NOUN", "PROPN", "ADJ", "NUM") for t in self.doc[cue.i + 1 : that.i]
        ):
            return self._trim(self.doc[that.i + 1 : sent.end])
        rest = [t for t in self.doc[cue.i + 1 : sent.end] if not t.is_punct]
        comma = next((t for t in reversed(self.doc[sent.start : cue.i]) if t.text == ","), None)
        if rest or comma is None:
            return None
        between = self.doc[comma.i + 1 : cue.i]
        if len(between) > 8 or any(t.pos_ in ("VERB", "AUX") for t in between):
            return None
        return self._trim(self.doc[sent.start : comma.i])

    def _trim(self, span: SpacySpan) -> tuple[int, int] | None:
        start, end = span.start_char, span.end_char
        while start < end and (
            self.body[start] in " ,;:—–-\n" or self.body[start] in OPENERS + STRAIGHT and not self._inside(start + 1)
        ):
            start += 1
        while end > start and self.body[end - 1] in " ,;:.—–-\n":
            end -= 1
        dateline = WIRE_DATELINE.match(self.body, start, end)
        if dateline:
            start = dateline.end()
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
        document = self._document_subject(cue) if cue.lower_ in EVIDENCE_VERBS else None
        if document is not None:
            return self._document_speaker(document)
        head = cue
        for _ in range(4):
            subjects = [c for c in head.children if c.dep_ in SUBJECT_DEPS and not self._inside(c.idx)]
            subj = next((c for c in subjects if c.pos_ == "PROPN"), subjects[0] if subjects else None)
            if subj is not None:
                return self._speaker_from_head(subj)
            if head.dep_ in CLIMB_DEPS and head.head is not head:
                head = head.head
            else:
                break
        # "X, the trust's chief executive, wrote:" parsed without a subject: the name just before.
        before = [
            e
            for e in self.entities
            if e.label in ("PERSON", "ORG") and self._sent_of(cue).start_char <= e.start and e.end <= cue.idx
        ]
        if before and self._gap_is_short(before[-1].end, cue.idx, 1):
            span = self.doc.char_span(before[-1].start, before[-1].end, alignment_mode="expand")
            if span is not None:
                return self._speaker_from_head(span.root)
        if cue.lower_ in ("tell", "tells", "told", "telling"):
            return None  # the object of "told" is the listener, never the speaker
        # Inverted order the parser missed: "..., stated a Ukrainian defense spokesperson."
        for tok in self.doc[cue.i + 1 : min(self._sent_of(cue).end, cue.i + 8)]:
            if tok.pos_ in ("NOUN", "PROPN", "PRON") and tok.dep_ in ("dobj", "attr", "nsubj", "npadvmod", "appos", "dative"):
                return self._speaker_from_head(tok)
        return None

    def _speaker_from_head(self, head: Token) -> Speaker | None:
        if self._inside(head.idx):
            return None
        if head.lower_ in ("who", "which", "that") and head.head.dep_ in ("relcl", "acl") and head.head.head is not head.head:
            head = head.head.head  # "her lawyer, who said ...": the lawyer
        if head.pos_ == "PRON":
            return self._resolve_pronoun(head)
        tokens = self._phrase(head)
        start_char = tokens[0].idx
        end_char = tokens[-1].idx + len(tokens[-1])
        phrase = self.body[start_char:end_char]
        phrase = re.sub(r"^.*\s[-–—]\s+", "", phrase)  # "March 15 - Norland's defence ministry"
        start_char = end_char - len(phrase)
        bare = strip_det(re.sub(r"^(?:both|all|some|several|many|two|three)\s+", "", phrase, flags=re.I))
        ents = [e for e in self.entities if start_char <= e.start and e.end <= end_char]
        people = [e for e in ents if e.label == "PERSON"]
        # The name the phrase is about: the one holding its head ("Hallberg analyst Sofia Lindgren").
        person = next((e for e in people if e.start <= head.idx < e.end), None)
        if person is None and people:
            # A name inside the phrase names the speaker only next to a proper-noun or title head
            # ("spokesperson Maria Zakharova"), not in a modifier ("the captain of the trawler Marisol").
            after_head = head.i + 1 < len(self.doc) and people[-1].start in (
                self.doc[head.i + 1].idx,
                self.doc[min(head.i + 2, len(self.doc) - 1)].idx,
            )
            if head.pos_ == "PROPN" or (head.lower_ in TITLE_WORDS or head.lower_ in ROLE_SYNONYMS) and after_head:
                person = people[-1]
        named_by_appos = self._appos_name(head)
        if named_by_appos is not None:  # "the company's spokeswoman, Ingrid Bosch,"
            return named_by_appos
        if person is not None:
            return self._named_person(person, tokens, head)
        if head.text in self.surnames and head.pos_ == "PROPN":
            full = self.surnames[head.text]
            first = head
            while first.i > tokens[0].i and self.doc[first.i - 1].text in full.split():
                first = self.doc[first.i - 1]
            return self._named_person(Entity(full, "PERSON", first.idx, head.idx + len(head), actor=full), tokens, head)
        words = {t.lower_ for t in tokens}
        org = next((e for e in ents if e.label == "ORG"), None)
        news_agency = "agency" in words and words & NEWS_AGENCY_WORDS
        if words & MEDIA_HEADS or news_agency or MEDIA_NAME.search(bare) and (org is not None or bare.split()[-1][:1].isupper()):
            name = org.text if org is not None else self._trailing_name(tokens) or bare
            role = strip_det(self.body[start_char : org.start]) if org is not None and org.start > start_char else None
            return self._remember(Speaker(strip_det(name), role or None, "media", country_of(bare), "media", start_char))
        if org is not None and org.start <= head.idx < org.end:
            role = strip_det(self.body[start_char : org.start]) if org.start > start_char else None
            name = strip_det(org.text)
            if role and role.endswith(("'s", "’s")):  # "China's Commerce Ministry"
                name, role = f"{role} {name}", None
            return self._remember(Speaker(name, role or None, "named", country_of(bare), "org", start_char))
        if bare in self.table.forms or ents and head.pos_ == "PROPN" and head.tag_ != "NNPS":
            return self._remember(Speaker(bare, None, "named", country_of(bare), "org", start_char))
        definite = phrase.lower().startswith(("the ", "his ", "her ", "its ", "their ")) or POSSESSIVE_OPENING.match(phrase)
        if definite:
            resolved = self._resolve_role(bare, head, start_char)
            if resolved is not None:
                return resolved
            one_office = head.lower_ in OFFICES or words & CHIEF_WORDS
            if one_office and head.tag_ not in ("NNS", "NNPS"):  # "the education secretary": one office
                return self._remember(Speaker(bare, bare, "named", country_of(bare), "person", start_char))
            if head.lower_ in ORG_NOUNS or head.lower_ in COLLECTIVE_HEADS:  # "the ministry", "the two governments"
                return self._remember(Speaker(bare, None, "named", country_of(bare), "org", start_char))
        plural = head.tag_ in ("NNS", "NNPS")
        return self._remember(Speaker(bare, None, "unnamed", country_of(bare), "group" if plural else "unknown", start_char))

    def _appos_name(self, head: Token) -> Speaker | None:
        """A role noun followed by the name in apposition names the speaker."""
        if head.pos_ != "NOUN":
            return None
        # "Ukraine's ambassador in Washington, Olena Hrytsenko," hangs the name off "Washington".
        for child in (t for t in head.subtree if t.i > head.i):
            if (
                child.dep_ != "appos"
                or child.pos_ != "PROPN"
                or self.doc[child.left_edge.i - 1].text != ","
                and child.left_edge.i != head.i + 1
            ):
                continue
            sub = list(child.subtree)
            start, end = sub[0].idx, sub[-1].idx + len(sub[-1])
            role_tokens = [t for t in head.subtree if t.i < sub[0].i and not t.is_punct]
            role = strip_det(self.body[role_tokens[0].idx : role_tokens[-1].idx + len(role_tokens[-1])]) if role_tokens else None
            person = next((e for e in self.entities if start <= e.start and e.end <= end and e.label == "PERSON"), None)
            if person is not None or child.text in self.surnames or head.lower_ in TITLE_WORDS or head.lower_ in ROLE_SYNONYMS:
                name = (
                    person.actor
                    if person is not None and person.actor
                    else self.surnames.get(child.text, strip_det(self.body[start:end].strip(" ,")))
                )
                return self._remember(Speaker(name, role, "named", country_of(role or ""), "person", start))
            name = strip_det(self.body[start:end].strip(" ,"))
            kind = "media" if role and set(role.lower().split()) & MEDIA_HEADS else "org"
            return self._remember(
                Speaker(name, role, "media" if kind == "media" else "named", country_of(role or ""), kind, start)
            )
        return None

    @staticmethod
    def _trailing_name(tokens: list[Token]) -> str | None:
        run: list[Token] = []
        for tok in reversed(tokens):
            if tok.pos_ != "PROPN":
                break
            run.insert(0, tok)
        return " ".join(t.text for t in run) if run else None

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
                stop = next(
                    (t.i for t in self.doc[child.i : sub_right + 1] if t.text in ",;:" or t.text in OPENERS + CLOSERS + STRAIGHT),
                    None,
                )
                right = (stop - 1) if stop is not None else sub_right
            else:
                break
        tokens = list(self.doc[left : right + 1])
        relcl = next((t for t in tokens if t.dep_ in ("relcl", "acl") and t.i > head.i), None)
        if relcl is not None:
            first = min(t.i for t in relcl.subtree)
            tokens = [t for t in tokens if t.i < first]
        return tokens

    def _is_subject(self, entity: Entity) -> bool:
        """A name in subject position (or a title phrase), not the object someone spoke to."""
        span = self.doc.char_span(entity.start, entity.end, alignment_mode="expand")
        return span is not None and span.root.dep_ in ("nsubj", "nsubjpass", "appos", "compound", "ROOT")

    @staticmethod
    def _same_person(name: str, other: str | None) -> bool:
        """ "Lindqvist" and "Marcus Lindqvist" are the same person."""
        return other is not None and set(name.split()) <= set(other.split())

    def _named_person(self, person: Entity, tokens: list[Token], head: Token) -> Speaker:
        name = person.actor or person.text
        if " " not in name:  # a bare surname: the full name of an earlier speaker or mention
            earlier = next(
                (s.name for s in reversed(self.speakers) if s.kind == "person" and self._same_person(name, s.name)), None
            )
            name = earlier or self.surnames.get(name, name)
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
            role = earlier.role if earlier else self.actor_roles.get(name, "")
        country = country_of(role) if role else None
        if country is None:
            earlier = next((s for s in reversed(self.speakers) if s.name == name and s.country), None)
            country = earlier.country if earlier else None
        return self._remember(Speaker(name, role or None, "named", country, "person", person.start))

    def _gender_of(self, name: str | None, context: str | None) -> str | None:
        """A person's gender where the text tells it: a gendered title or honorific in their role or just
        before a mention of their name ("spokeswoman", "Mr"); None when it does not (no guess from names)."""
        words = [w.lower() for w in (context or "").split()[-3:]]
        for mention in self._mentions_of(name):
            words += [w.lower() for w in self.body[max(0, mention - 24) : mention].split()[-2:]]
        found = {GENDERED_WORDS[w] for w in words if w in GENDERED_WORDS}
        return found.pop() if len(found) == 1 else None

    def _mentions_of(self, name: str | None) -> list[int]:
        if not name:
            return []
        last = name.split()[-1]
        return [e.start for e in self.entities if e.label == "PERSON" and (e.actor == name or e.text.split()[-1] == last)]

    def _resolve_pronoun(self, pron: Token) -> Speaker | None:
        word = pron.lower_
        before = pron.idx
        if word in PRONOUNS_PERSON:
            gender = PRONOUN_GENDER[word]
            speaker = next(
                (
                    s
                    for s in reversed(self.speakers)
                    if s.kind == "person" and s.at < before and self._gender_of(s.name, s.role) in (None, gender)
                ),
                None,
            )
            person = next(
                (
                    e
                    for e in reversed(self.entities)
                    if e.label == "PERSON"
                    and e.end <= before
                    and self._is_subject(e)
                    and not self._inside(e.start)
                    and not self._in_reported(e.start)
                    and self._gender_of(e.actor or e.text, self.body[max(0, e.start - 24) : e.start]) in (None, gender)
                ),
                None,
            )
            if person is not None and (
                speaker is None or person.start > speaker.at and not self._same_person(person.actor or person.text, speaker.name)
            ):
                name = person.actor or person.text
                known = next((s for s in reversed(self.speakers) if s.name == name), None)
                if known is not None:
                    return self._remember_again(known, before)
                role = self.actor_roles.get(name)
                return self._remember(Speaker(name, role, "named", country_of(role or ""), "person", before))
            return self._remember_again(speaker, before) if speaker is not None else None
        if word == "it":
            speaker = next((s for s in reversed(self.speakers) if s.kind in ("org", "media") and s.at < before), None)
            return self._remember_again(speaker, before) if speaker is not None else None
        if word in PRONOUNS_GROUP:
            speaker = next((s for s in reversed(self.speakers) if s.kind in ("group", "org") and s.at < before), None)
            return self._remember_again(speaker, before) if speaker is not None else None
        return None

    def _resolve_role(self, bare: str, head: Token, at: int) -> Speaker | None:
        """ "the spokesperson" -> the last speaker with that title; "the ministry" -> the last
        organisation with that word; "the officials" -> the last group of officials."""
        word = head.lower_.rstrip("s") if head.tag_ in ("NNS", "NNPS") else head.lower_
        words = ROLE_SYNONYMS.get(word, (word,))
        is_org = head.lower_ in ORG_NOUNS
        is_title = word in TITLE_WORDS or word in ROLE_SYNONYMS
        for speaker in reversed(self.speakers):
            if speaker.at >= at:
                continue
            generic = head.lower_ in GENERIC_ORG_NOUNS and speaker.kind == "org"
            if is_org and speaker.kind in ("org", "media") and (generic or any(w in (speaker.name or "").lower() for w in words)):
                return self._remember_again(speaker, at)
            if is_title and speaker.kind == "person" and any(w in (speaker.role or "").lower() for w in words):
                return self._remember_again(speaker, at)
            if (
                not is_org
                and speaker.kind in ("group", "unknown")
                and any(
                    w in (speaker.name or "").lower().split()[-1:] or w + "s" in (speaker.name or "").lower().split()[-1:]
                    for w in words
                )
            ):
                return self._remember_again(speaker, at)
        if is_org:
            generic = head.lower_ in GENERIC_ORG_NOUNS  # "the company": the last company named
            for ent in reversed(self.entities):
                if (
                    ent.label == "ORG"
                    and ent.end <= at
                    and (generic and not MEDIA_NAME.search(ent.text) or any(w in ent.text.lower() for w in words))
                ):
                    name = strip_det(ent.text)
                    return self._remember(Speaker(name, None, "named", country_of(name), "org", at))
        return None

    def _remember(self, speaker: Speaker) -> Speaker:
        self.speakers.append(speaker)
        return speaker

    def _remember_again(self, speaker: Speaker, at: int) -> Speaker:
        return self._remember(Speaker(speaker.name, speaker.role, speaker.source_type, speaker.country, speaker.kind, at))

    # ---- helpers -------------------------------------------------------------------------
    def _quote(
        self, text: str, speaker: Speaker, direct: bool, complete: bool, start: int, end: int, cue: Token | str | None
    ) -> Quote:
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

    def _in_reported(self, offset: int) -> bool:
        return any(s <= offset < e for s, e, _ in self.reported)

    def _inside(self, offset: int) -> bool:
        return 0 <= offset < len(self.inside_mask) and self.inside_mask[offset] == 1

    def _document_subject(self, verb: Token) -> Token | None:
        """The document or data set that reports by this verb ("the audit found that ..."), when it has a
        clause or object to report."""
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        reports = any(c.dep_ in ("ccomp", "dobj") for c in verb.children)
        return subject if subject is not None and subject.lower_ in DOCUMENT_NOUNS and reports else None

    def _document_speaker(self, document: Token) -> Speaker:
        """Who stands behind a document: the organisation it is by or from ("a report by the Audit Office",
        "data from the statistics office"), else the document itself, unnamed ("figures showed")."""
        for prep in (c for c in document.children if c.dep_ == "prep" and c.lower_ in ("by", "from", "of")):
            owner = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if owner is not None:
                speaker = self._speaker_from_head(owner)
                if speaker is not None and speaker.source_type != "unnamed":
                    return speaker
        bare = strip_det(self.body[document.left_edge.idx : document.idx + len(document)])
        return self._remember(Speaker(bare, None, "unnamed", country_of(bare), "document", document.idx))

    def _is_free_cue(self, tok: Token, any_use: bool = False) -> bool:
        """A reporting verb outside quotation marks ("according" only as "according to")."""
        word = tok.lower_
        if word == "according":
            return tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "to" and not self._inside(tok.idx)
        if word in EVIDENCE_VERBS and tok.pos_ == "VERB" and not self._inside(tok.idx):
            return self._document_subject(tok) is not None
        if word not in CUE_VERBS or tok.pos_ not in ("VERB", "AUX") or self._inside(tok.idx):
            return False
        if any_use:
            return True
        return tok.tag_ != "VBN" or any(c.dep_ == "aux" for c in tok.children)

    def _sent_of(self, tok: Token) -> SpacySpan:
        return self.sents[self.sent_of_token[tok.i]]

    def _sent_at(self, offset: int) -> SpacySpan | None:
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        return self._sent_of(span[0]) if span is not None and len(span) else None

    def _previous_sentence_text(self, offset: int) -> SpacySpan | None:
        sent = self._sent_at(offset)
        if sent is None or sent.start == 0:
            return None
        return self._sent_of(self.doc[sent.start - 1])
