"""The lexicon: every word list, pattern and stemmer the stages share, in one place.

Tokens, stop words and one suffix stemmer; the words that frame reported speech
(speech verbs, reporting verbs); negation, hedging, denial and falsity words; the
cue families the stance model counts; modality markers the event coder reads;
opposed outcomes and quantities, for what contradicts a claim without denying it.
Deliberately light (a regex tokenizer and a suffix stemmer) so it runs over tens of
thousands of sentences without a parser; the sentences were already parsed by the
annotate stage where parsing matters.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]|[A-Za-z]")

STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before being below between
    both but by can could did do does doing down during each few for from further had has have having he her here
    hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off
    on once only or other our ours ourselves out over own same she should so some such than that the their theirs
    them themselves then there these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your yours yourself today yesterday tomorrow week year years day days
    monday tuesday wednesday thursday friday saturday sunday new first last one two three many much may might must
    shall us upon amid among via per since toward towards whether either neither yet still even
    """.split()
)

# Words that frame who said something (to whom) rather than what happened: a headline's
# "announce" or "say" is not part of the claim a source has to back, and two quotes
# "told reporters" share nothing for it.
REPORTING_VERBS = frozenset(
    """
    say says said saying tell tells told announce announces announced announcing report reports reported reporting
    reporter reporters journalist journalists
    claim claims claimed state states stated stating add adds added according confirm confirms confirmed reveal
    reveals revealed unveil unveils unveiled declare declares declared note notes noted
    """.split()
)

# What frames a news statement without being its content: the reporting verbs and an outlet's "has learned" or
# "understands" ("the minister has resigned, the Patriot has learned": the resignation is the claim).
FRAME_VERBS = REPORTING_VERBS | frozenset("learn learns learned learnt understand understands understood".split())
# Verbs whose maker is the source of the clause they take, not its party ("a campaign group estimates that the ship
# was carrying ..."), though the word itself says something ("at an estimated cost of 45 million euros").
ESTIMATING_VERBS = frozenset("estimate estimates estimated".split())
SOURCE_VERBS = FRAME_VERBS | ESTIMATING_VERBS  # whose subject is the source of the clause they take
# Adverbs that make a saying verb a denial of what was said ("an article wrongly stated that she had resigned"),
# and verbs that are such a saying by themselves ("misstated", "misreported").
FALSITY_ADVERBS = frozenset("wrongly incorrectly falsely erroneously mistakenly inaccurately wrong".split())
MISSAYING_VERBS = frozenset("misstate misstates misstated misreport misreports misreported misquote misquotes misquoted".split())

# Verbs that introduce reported speech, for the attribution stage ("said", "warned", "insisted", ...): wider
# than REPORTING_VERBS, which only frame a statement.
SPEECH_VERBS = frozenset(
    """say says said saying state states stated stating tell tells told telling add adds added adding warn warns
    warned warning emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising stress
    stresses stressed stressing argue argues argued arguing claim claims claimed claiming insist insists insisted
    insisting allege alleges alleged alleging note notes noted noting explain explains explained explaining
    announce announces announced confirm confirms confirmed declare declares declared acknowledge acknowledges
    acknowledged assert asserts asserted maintain maintains maintained suggest suggests suggested hint hints
    hinted write writes wrote tweeted reply replied respond responded predict predicted reveal revealed disclose
    disclosed admit admits admitted concede conceded cite cites cited citing report reports reported reporting
    recall recalled comment commented remark remarked observe observed caution cautioned assure assured promise
    promised vow vowed pledge pledged believe believes believed estimate estimated contend contended testify
    testified conclude concluded accuse accused""".split()
)
# Speech verbs that hedge what they introduce ("alleged that", "hinted that").
HEDGING_VERBS = frozenset("alleged alleging claimed claiming hinted suggested believed".split())
# Verbs that deny what they take ("denied that ...", "rejected the reports"), and their stems.
# Verbs by which a document or data set reports ("figures showed", "the audit found that"): a source when
# their subject is one of DOCUMENT_NOUNS.
EVIDENCE_VERBS = frozenset(
    """show shows showed shown find finds found reveal reveals revealed indicate indicates indicated""".split()
)
DOCUMENT_NOUNS = frozenset(
    """data figures statistics report reports study studies survey surveys poll polls analysis audit review
    investigation inquiry records documents document filing filings census estimates assessment""".split()
)
DENIAL_VERBS = frozenset(
    """deny denies denied denying refute refutes refuted refuting reject rejects rejected rejecting dismiss
    dismisses dismissed dismissing rebut rebuts rebutted debunk debunks debunked dispute disputes disputed
    contradict contradicts contradicted rubbish rubbished""".split()
)
# Negation words, as tokens ("n't" endings count too), and the contractions that carry one.
NEGATION_WORDS = frozenset("not n't never no none nobody nothing neither nor cannot".split())
NEGATED_CONTRACTIONS = frozenset(
    "isn't aren't wasn't weren't don't doesn't didn't won't wouldn't can't couldn't hasn't haven't hadn't shouldn't".split()
)
# Markers of what is yet to happen, and of what only may happen (the event coder's modes).
FUTURE_MARKERS = frozenset(
    "will shall 'll intend intends intended intentions plan plans planned planning going set poised prepare prepares preparing".split()
)
HYPOTHETICAL_MARKERS = frozenset("could may might would should if unless potential possible possibly".split())


# Irregular forms of verbs that news tells events with -> their base ("sent" is "send", "rose" is "rise"). Forms as
# often read as other words are left out ("saw", "left", "lay", "bound", "struck" beside a strike, "said" and "did").
IRREGULAR_VERB_FORMS = {
    form: base
    for base, forms in (
        entry.split(":")
        for entry in """arise:arose arisen|beat:beaten|become:became|begin:began begun|bend:bent|bite:bitten
        |blow:blew blown|break:broke broken|bring:brought|build:built|buy:bought|catch:caught|choose:chose chosen
        |come:came|deal:dealt|dig:dug|draw:drew drawn|drive:drove driven|eat:ate eaten|fall:fell fallen|feed:fed
        |feel:felt|fight:fought|find:found|flee:fled|fly:flew flown|forbid:forbade forbidden|forget:forgot forgotten
        |forgive:forgave forgiven|freeze:froze frozen|give:gave given|grow:grew grown|hang:hung|hear:heard
        |hide:hid hidden|hold:held|keep:kept|know:knew known|lead:led|lend:lent|lose:lost|make:made|mean:meant
        |meet:met|mislead:misled|overcome:overcame|overrun:overran|oversee:oversaw overseen|overtake:overtook overtaken
        |overthrow:overthrew overthrown|pay:paid|rise:rose risen|ride:rode ridden|run:ran|seek:sought|sell:sold
        |send:sent|shake:shook shaken|shoot:shot|show:shown|shrink:shrank shrunk|sink:sank sunk|sit:sat|sleep:slept
        |speak:spoke spoken|spend:spent|stand:stood|steal:stole stolen|stick:stuck|swear:swore sworn|sweep:swept
        |take:took taken|teach:taught|tear:tore torn|tell:told|think:thought|throw:threw thrown
        |undergo:underwent undergone|understand:understood|undertake:undertook undertaken|uphold:upheld|wear:wore worn
        |win:won|withdraw:withdrew withdrawn|withhold:withheld|write:wrote written""".split("|")
    )
    for form in forms.split()
}


# PLOVER event triggers (the event coder's lexicon).


def verb_forms(*bases: str) -> frozenset[str]:
    """Inflections of verbs written "base", with their irregular forms (IRREGULAR_VERB_FORMS), or "base/past/..."
    listing forms the rules miss ("expel/expelled")."""
    out: set[str] = set()
    for base in bases:
        parts = base.split("/")
        word = parts[0]
        out.update(parts)
        out.update(form for form, its_base in IRREGULAR_VERB_FORMS.items() if its_base == word)
        stem_ = word[:-1] if word.endswith("e") else word
        out.update({word, stem_ + "ed", stem_ + "ing", word + "es" if word.endswith(("s", "sh", "ch", "x")) else word + "s"})
        if word.endswith("y") and word[-2] not in "aeiou":
            out.update({word[:-1] + "ies", word[:-1] + "ied"})
    return frozenset(out)


# PLOVER types two actors do with each other ("signed an agreement", "met", "formed a partnership"): no direction.
MUTUAL_EVENT_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})
# Verbs that code their type whatever their object.
EVENT_VERBS: dict[str, frozenset[str]] = {
    "AGREE": verb_forms("agree", "accept"),
    "CONSULT": verb_forms("meet", "visit", "host"),
    "SUPPORT": verb_forms("support", "back", "endorse", "praise", "welcome"),
    "COOPERATE": verb_forms("cooperate", "partner/partnered/partnering", "collaborate"),
    "AID": verb_forms("aid", "assist", "arm"),
    "RETREAT": verb_forms("withdraw", "retreat"),
    "REQUEST": verb_forms("urge", "appeal", "ask", "demand", "request", "press/pressed/pressing/presses", "implore"),
    "ACCUSE": verb_forms("accuse", "blame", "condemn", "criticize", "criticise", "denounce", "rebuke", "censure"),
    "REJECT": verb_forms("veto/vetoed/vetoes/vetoing", "refuse", "rebuff"),
    "THREATEN": verb_forms("threaten/threatened/threatening/threatens"),
    "PROTEST": verb_forms("protest", "demonstrate", "rally/rallied/rallying/rallies"),
    "SANCTION": verb_forms("sanction", "expel/expelled/expelling", "embargo/embargoed", "boycott"),
    "MOBILIZE": verb_forms("mobilize", "mobilise", "deploy", "station", "mass"),
    "COERCE": verb_forms(
        "arrest", "detain", "seize", "blockade", "deport", "abduct", "kidnap", "jail", "imprison", "intercept", "capture"
    ),
    "ASSAULT": verb_forms(
        "attack",
        "strike/struck/striking",
        "bomb",
        "shell/shelled/shelling",
        "invade",
        "kill",
        "shoot/shot/shooting",
        "pound",
        "raid",
        "ambush",
        "hack",
        "torpedo/torpedoed",
    ),
}
# Verbs whose doer and the party they act with may trade places without changing what is said ("X met Y", "Y met
# X"), and that several parties may do at once: meeting and cooperating verbs and a few more.
SYMMETRIC_VERBS = (
    EVENT_VERBS["CONSULT"]
    | EVENT_VERBS["COOPERATE"]
    | verb_forms(
        "talk", "negotiate", "trade", "clash", "fight/fought/fighting", "merge", "border", "draw/drew/drawn/drawing",
        "tie/tied/tying", "sign", "ally/allied/allies", "exchange", "swap/swapped/swapping", "discuss",
        "speak",
    )
)  # fmt: skip
# Words that add a party to a deed another did ("Tellan also froze the assets", "joined Velmar in", "as did Velmar"):
# the one named is not set against the other.
ADDITIVE_WORDS = frozenset("also too likewise similarly joined".split())
DOING_AUXILIARIES = frozenset("did does do has have had will would".split())  # "as did Velmar", "as has Tellan"
# Verbs that code a type only with one of its objects ("lifted restrictions", "held talks", "released the
# crew"): (verbs, type, objects), the first whose objects the verb has wins.
GATED_EVENT_VERBS: tuple[tuple[frozenset[str], str, frozenset[str]], ...] = tuple(
    (verb_forms(*verbs.split()), kind, frozenset(objects.split()))
    for verbs, kind, objects in (
        ("lift ease relax loosen scrap drop waive", "CONCEDE",
         "restrictions sanctions ban embargo curbs tariffs tariff controls charges blockade"),
        ("release free/freed/freeing", "CONCEDE",
         "prisoners prisoner hostages hostage detainees crew crews sailors fishermen captives journalists citizens "
         "nationals trawler vessel tanker ship soldiers"),
        ("grant", "CONCEDE", "exemption exemptions waiver waivers concession concessions amnesty access"),
        ("impose slap/slapped tighten announce widen extend", "SANCTION",
         "sanctions tariffs tariff embargo restrictions ban penalties controls duties levies curbs quotas"),
        ("restrict curb ban/banned/banning halt suspend block", "SANCTION", "exports imports sales shipments trade flights visas"),
        ("reject dismiss", "REJECT",
         "proposal offer demand demands plan request call deal bid ultimatum resolution peace proposals"),
        ("warn", "THREATEN", "consequences retaliation response reprisals sanctions action"),
        ("sign reach/reached seal conclude", "AGREE", "deal agreement treaty accord pact ceasefire truce memorandum"),
        ("launch fire/fired/firing carry/carried", "ASSAULT",
         "strike strikes attack attacks missiles missile rockets rocket drones drone offensive raid raids airstrikes "
         "airstrike assault cyberattack cyberattacks"),
        ("supply/supplied/supplying provide deliver send/sent/sending bolster fund/funded/funding fly/flew/flown ship/shipped/shipping", "AID",
         "aid support assistance weapons arms ammunition drones missiles technology components equipment funding loans "
         "money troops supplies tanks jets shells help fuel food base industry military army forces capabilities effort "
         "efforts vehicles artillery aircraft helicopters warships rifles munitions grain medicine medicines vaccines "
         "shipments shipment relief package packages frigates specialists defences defenses"),
        ("hold/held/holding", "CONSULT", "talks meeting meetings consultations summit negotiations call"),
        ("hold/held/holding stage", "PROTEST", "protest protests demonstration demonstrations rally rallies march sit-in"),
        ("dispatch", "MOBILIZE",
         "troops forces warships ships vessel vessels corvettes submarine submarines tanks units soldiers frigates jets"),
    )
)  # fmt: skip
# "warned Oslo that ...": a warning to an actor is a threat to it (GATED_EVENT_VERBS reads "warned of consequences").
WARNING_VERBS = verb_forms("warn")
# Verbs that code a type only with this preposition: "called on Seoul to", "stood with Kyiv", "spoke with".
PREPOSITION_EVENT_VERBS: dict[tuple[str, str], str] = {
    **{(f, "on"): "REQUEST" for f in verb_forms("call")},
    **{(f, "with"): "SUPPORT" for f in verb_forms("stand")},
    **{(f, "with"): "CONSULT" for f in verb_forms("speak", "talk", "confer/conferred/conferring")},
}
# Phrasal verbs: "pulled back", "pulled out".
PARTICLE_EVENT_VERBS: dict[tuple[str, str], str] = {
    **{(f, p): "RETREAT" for f in verb_forms("pull") for p in ("back", "out")},
}
# Nouns that state an event when an actor owns them and another is its object: "Norway's detention of the
# crew", "the Russian invasion of Ukraine", "talks between Seoul and Tokyo".
EVENT_NOUNS: dict[str, str] = {
    **dict.fromkeys("detention arrest seizure capture blockade abduction kidnapping".split(), "COERCE"),
    **dict.fromkeys("release".split(), "CONCEDE"),
    **dict.fromkeys("invasion attack attacks bombing bombardment shelling offensive assault raid incursion incursions".split(), "ASSAULT"),
    **dict.fromkeys("sanctions embargo expulsion boycott".split(), "SANCTION"),
    **dict.fromkeys("withdrawal pullout pullback".split(), "RETREAT"),
    **dict.fromkeys("deployment buildup build-up".split(), "MOBILIZE"),
    **dict.fromkeys("talks meeting summit consultations negotiations".split(), "CONSULT"),
    **dict.fromkeys("agreement accord treaty ceasefire truce".split(), "AGREE"),
    **dict.fromkeys("accusation accusations condemnation".split(), "ACCUSE"),
}  # fmt: skip
ALLIANCE_NOUNS = frozenset({"alliance", "pact", "coalition", "bloc", "partnership", "axis"})
HOSTILE_MARKERS = frozenset({"against", "countering", "counter", "targeting", "aimed", "confront", "confronting"})
TARGET_PREPOSITIONS = frozenset({"to", "against", "on", "at", "with", "into", "toward", "towards", "upon", "for"})
# Prepositions that name a target for one type only: what a force retreats from, where a protest stands.
TYPE_TARGET_PREPOSITIONS = {
    "RETREAT": frozenset({"from"}),
    "PROTEST": frozenset({"outside", "against", "at"}),
    "MOBILIZE": frozenset({"against", "toward", "towards", "at"}),
}
PLACE_PREPOSITIONS = frozenset({"in", "inside", "within", "near"})  # "troops in Estonia": a place, not a target
# Types stated without a target ("deployed troops", "protesters rallied"): a target only by their own prepositions.
UNTARGETED_EVENT_TYPES = frozenset({"MOBILIZE", "PROTEST"})

# The stance model's cue families (stems, see stance/text.py): refutation, hedging, assertion and doubt words
# as FNC-1's headlines and bodies use them. Trained features: change a list, retrain the stance model.
REFUTATION_WORDS = frozenset(
    """fake fraud hoax false falsely deny denies denied denial debunk debunked debunks untrue bogus fabricated
    fabrication myth rumor rumour rumors rumours prank pranks satire satirical spoof parody nonsense misleading
    retract retracted retraction refute refuted refutes dismiss dismissed dismisses baseless unfounded incorrect
    wrong lie lies lying liar doctored photoshopped staged scam fiction fictional disputed dispute disputes
    rejects rejected reject contradicts contradicted""".split()
)
HEDGE_WORDS = frozenset(
    """reportedly allegedly alleged claim claims claimed purportedly supposedly apparently rumored rumoured
    unconfirmed unverified may might could possibly perhaps appears appear seems seem suggest suggests speculation
    speculate speculated believed thought if whether report reports reported according sources source unclear
    uncertain unknown potential possible likely""".split()
)
ASSERTION_WORDS = frozenset(
    """confirmed confirms confirm announced announces official officially revealed reveals proved proven shows
    showed evidence indeed actually verified true genuine real""".split()
)
DOUBT_WORDS = frozenset(
    """question questions questioned doubt doubts doubtful skeptical sceptical skepticism suspicious suspicion
    investigate investigating""".split()
)
# Words that put a sentence in someone's mouth, for the stance model: narrower than SPEECH_VERBS (verbs of
# claiming, reporting and believing are hedges there).
ATTRIBUTION_WORDS = frozenset(
    """said says say saying told tells tell according stated states statement statements spokesman spokeswoman
    spokesperson spokespeople insisted insists added explained wrote tweeted posted quoted""".split()
)

_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ers", "er", "ed", "es", "s", "ly")


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens with possessives dropped ("Russia's" -> "russia")."""
    out = []
    for token in _TOKEN.findall(text):
        token = token.lower().replace("’", "'")
        if token.endswith("'s"):
            token = token[:-2]
        out.append(token.strip("'-"))
    return [t for t in out if t]


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A crude suffix stemmer: enough for "alliances"/"alliance", "denied"/"denies", "strikes"/"strike"."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            return base + "y" if suffix in ("ies", "ied") else base
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


# Words news uses for one thing, that the encoder's word vectors set apart ("talks" and "negotiations" at 0.47):
# the claim-level judge aligns them as it aligns one word's forms.
SAME_SENSE_GROUPS = (
    "talk talks negotiation negotiations negotiate negotiates negotiated negotiating",
    "strike strikes walkout walkouts stoppage stoppages",
)
SAME_SENSE = {word: n for n, group in enumerate(SAME_SENSE_GROUPS) for word in group.split()}


@lru_cache(maxsize=200_000)
def form_key(word: str, verb: bool = True) -> str:
    """What the forms of one word share, for matching a word of one text to a word of another: its stem, with a
    verb's irregular forms ("sent", "send"), a doubled final consonant ("rammed", "ram"; "expelled", "expel") and a
    final "e" ("moved", "move") read alike; irregular forms only of a verb (`verb`: "a red rose" is no "rise"). Words
    of one stem always share it; the stem itself stays as the stance model was fitted on."""
    key = stem(IRREGULAR_VERB_FORMS.get(word, word) if verb else word)
    if key in STOPWORDS:
        return key
    if len(key) > 3 and key.endswith("e") and key[:-1] not in STOPWORDS:
        key = key[:-1]  # "move" (the stemmer keeps a short word's "e") and "moved"
    if len(key) > 3 and key[-1] == key[-2] and key[-1] not in "aeiouy" and key[:-1] not in STOPWORDS:
        key = key[:-1]  # "ramm" of "rammed", "expell" of "expelled", "kill" of "killed"
    return key


def content_terms(text: str, drop: frozenset[str] = frozenset()) -> list[str]:
    """Stems of the words that carry meaning: no stop words, no reporting verbs, nothing in ``drop``."""
    terms = []
    for token in tokens(text):
        if len(token) < 3 or token in STOPWORDS or token in REPORTING_VERBS or token in drop:
            continue
        terms.append(stem(token))
    return list(dict.fromkeys(terms))


# Denials: shared by cross-checks (what a sentence denies) and the stance model's cue counts. A denial that
# is itself negated is none: "police have not ruled out foul play", "she did not deny that she will resign".
NEGATOR = r"not|\w*n['’]t|never"
_DENY = r"den(?:y|ies|ied)|refute[sd]?"
_RULING_OUT = r"rul(?:e|es|ed|ing) out"
DENIAL = rf"{_DENY}|{_RULING_OUT}"
RULING_OUT = re.compile(rf"\b{_RULING_OUT}\b", re.I)
NEGATED_DENIAL = re.compile(
    rf"\b(?:{NEGATOR})\s+(?:(?:be|been|being|yet|fully|entirely|completely)\s+)*(?:{DENIAL}|dispute[sd]?|exclude[sd]?)\b",
    re.I,
)

# Verbs that deny or reject what they take, and words that call something false.
_DENYING = rf"{_DENY}|reject(?:s|ed)?|dismiss(?:es|ed)?|rubbish(?:es|ed)?|debunk(?:s|ed)?"
_FALSE_WORDS = r"false|untrue|baseless|unfounded|groundless|fabricated|nonsense|made up"

# A denial of "the story" told earlier in the article, in other words than the claim's: "a spokesman said
# the story was completely false", "the ministry dismissed the reports", "called the claims baseless". The
# report word must stand alone ("reports that she was sacked were false" denies something else).
_REPORT_NOUN = r"(?:story|stories|reports?|claims?|rumou?rs?|allegations?|suggestions?|speculation)"
_REPORT_WORD = rf"(?:the|these|those|such|this|that)\s+(?:[a-z]+\s+)?{_REPORT_NOUN}"
_CALLED_FALSE = (
    r"(?:(?:was|were|is|are|had been|has been|have been)\s+)?"
    r"(?:(?:completely|entirely|totally|simply|wholly|utterly|absolutely|just)\s+)?"
    rf"(?:{_FALSE_WORDS}|fake|wrong|incorrect|inaccurate|a hoax|a fabrication|a lie|lies)\b"
)
ANAPHORIC_DENIAL = re.compile(
    rf"\b{_REPORT_WORD}\s+{_CALLED_FALSE}"
    rf"|\b(?:{_DENYING})\s+{_REPORT_WORD}\b(?!\s+(?:of|that|about|on|over|regarding|in)\b)",
    re.I,
)
# A headline that reports a denial ("Ministry denies minister has quit", "Kremlin rejects reports of ...") and
# what a denial says in the body: a denial verb, a word of falsity, or a denial of "the story".
DENYING_VERB = re.compile(rf"\b(?:{_DENYING})\b", re.I)
_FALSITY = re.compile(rf"(?<!\bnot )(?<!n't )\b(?:{_FALSE_WORDS}|not true|fabrication|no truth)\b", re.I)


def is_denial(text: str) -> bool:
    """The text denies something: a denial verb or a word of falsity that is not itself negated."""
    text = NEGATED_DENIAL.sub(" ", text)
    return bool(DENYING_VERB.search(text) or _FALSITY.search(text) or ANAPHORIC_DENIAL.search(text))


# Opposed outcomes of one event, as words and phrases of each side. A sentence that reports the other
# outcome ("acquitted" against "convicts", "left rates unchanged" against "raises rates") contradicts a
# claim without any negation or denial word, and the stance model, trained on FNC-1 (which teaches no
# antonymy), reads it as agreement. Headline support and cross-checks use `opposite_outcome` so as not to
# take it for support.
OPPOSED_OUTCOMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "contest": (("win", "wins", "won", "winning"), ("lose", "loses", "lost", "losing", "defeated")),
    "verdict": (
        ("convict", "convicts", "convicted", "conviction", "guilty"),
        ("acquit", "acquits", "acquitted", "acquittal", "exonerated", "exonerates"),
    ),
    "vote": (
        (
            "pass",
            "passes",
            "passed",
            "approve",
            "approves",
            "approved",
            "adopt",
            "adopts",
            "adopted",
            "agree",
            "agrees",
            "agreed",
        ),
        ("reject", "rejects", "rejected", "veto", "vetoes", "vetoed", "voted down", "votes down", "vote down"),
    ),
    "opening": (
        ("open", "opens", "opened", "reopen", "reopens", "reopened"),
        ("close", "closes", "closed", "closing", "closure", "shut", "shuts", "shutting", "block", "blocks", "blocked"),
    ),
    "rate": (
        ("raise", "raises", "raised", "raising", "hike", "hikes", "hiked", "lift", "lifts", "lifted"),
        ("cut", "cuts", "cutting", "lower", "lowers", "lowered", "unchanged", "on hold"),
    ),
    "trend": (
        ("rise", "rises", "rose", "risen", "increase", "increases", "increased", "climb", "climbs", "climbed"),
        (
            "fall",
            "falls",
            "fell",
            "fallen",
            "decrease",
            "decreases",
            "decreased",
            "drop",
            "drops",
            "dropped",
            "shrank",
            "shrinks",
            "shrunk",
        ),
    ),
    "office": (
        ("resign", "resigns", "resigned", "resignation", "quit", "quits", "step down", "steps down", "stepped down"),
        ("stay", "stays", "stayed", "remain in", "remains in", "remained in"),
    ),
    "plan": (
        (
            "cancel",
            "cancels",
            "cancelled",
            "canceled",
            "cancellation",
            "scrap",
            "scraps",
            "scrapped",
            "call off",
            "calls off",
            "called off",
            "shelve",
            "shelves",
            "shelved",
            "abandon",
            "abandons",
            "abandoned",
        ),
        ("proceed", "proceeds", "proceeded", "go ahead", "goes ahead", "went ahead", "as planned", "on schedule"),
    ),  # fmt: skip
    "jobs": (
        ("hire", "hires", "hired", "hiring"),
        (
            "cut",
            "cuts",
            "cutting",
            "layoffs",
            "lay off",
            "lays off",
            "laid off",
            "eliminate",
            "eliminates",
            "eliminated",
            "slash",
            "slashes",
            "slashed",
            "shed",
            "sheds",
            "shedding",
        ),
    ),  # fmt: skip
    "custody": (
        ("release", "releases", "released", "freed", "frees"),
        ("detain", "detains", "detained", "remanded", "remands", "jailed", "jails"),
    ),
    "capture": (
        ("arrest", "arrests", "arrested", "caught", "captured"),
        ("at large", "on the run", "evaded capture", "evaded arrest"),
    ),
    "renewal": (
        ("extend", "extends", "extended", "renew", "renews", "renewed"),
        ("expire", "expires", "expired", "lapse", "lapses", "lapsed"),
    ),
    "ruling": (
        ("uphold", "upholds", "upheld", "upholding"),
        (
            *("overturn", "overturns", "overturned", "quash", "quashes", "quashed", "annul", "annuls", "annulled"),
            *("strike down", "strikes down", "struck down", "struck it down"),
        ),
    ),
    "offer": (("accept", "accepts", "accepted"), ("refuse", "refuses", "refused", "turn down", "turns down", "turned down")),
    "test": (("tested positive", "tests positive", "test positive"), ("tested negative", "tests negative", "test negative")),
    "harm": (
        ("killed", "kills", "kill", "killing", "dead", "died", "dies", "death", "deaths", "fatal", "fatally"),
        (
            *("injured", "injures", "injure", "wounded", "hurt", "survived", "unharmed", "unhurt", "recovering"),
            *("no one was killed", "nobody was killed", "no one died", "nobody died", "no deaths", "no fatalities"),
            *("zero deaths", "zero fatalities"),
        ),
    ),
}
# Idioms an outcome word opens that tell no outcome: "fell ill" is no fall, "fell silent" none either; nor, of a fall,
# "fallen behind" (lagged), "fell through" (failed), "fell apart", "fell short", "dropped out".
_IDIOM_AFTER = r"(?!\s+(?:ill|sick|asleep|silent|victim)\b)"
_FALL_IDIOM_AFTER = r"(?!\s+(?:behind|through|apart|short|out)\b)"
# To uphold an appeal or a complaint is to find for whoever brought it, as overturning what it contests does: no
# outcome of the ruling's side ("the appeal was upheld and the conviction quashed").
_CONTESTS = r"(?:appeals?|complaints?|challenges?|objections?|petitions?|claims?|grievances?)"
_UPHELD_CONTEST = (
    r"(?<!appeal was )(?<!appeal is )(?<!appeals were )(?<!complaint was )(?<!complaints were )(?<!challenge was )"
    r"(?<!appeal has been )(?<!appeal had been )(?<!complaint has been )"
)
_UPHOLDING_CONTEST_AFTER = rf"(?!\s+(?:(?:the|his|her|their|its|an?|this|that)\s+)?(?:[\w'’]+\s+){{0,2}}{_CONTESTS}\b)"
_OUTCOME_PATTERNS = {
    (event, side): re.compile(
        (_UPHELD_CONTEST if (event, side) == ("ruling", 0) else "")
        + r"\b(?:"
        + "|".join(re.escape(p) for p in phrases)
        + r")\b"
        + _IDIOM_AFTER
        + (_FALL_IDIOM_AFTER if (event, side) == ("trend", 1) else "")
        + (_UPHOLDING_CONTEST_AFTER if (event, side) == ("ruling", 0) else ""),
        re.I,
    )
    for event, sides in OPPOSED_OUTCOMES.items()
    for side, phrases in enumerate(sides)
}


# Words that make a run of tokens before a name a role ("Foreign Ministry spokesperson"): a name that carries one
# is a person's, who may act for an institution or a country ("Fisheries Minister Jorunn Stavik" for Lusmark).
TITLE_WORDS = frozenset(
    """spokesperson spokesman spokeswoman minister secretary president chancellor ambassador envoy general gen.
    colonel col. admiral senator sen. representative rep. mayor governor gov. chief director commissioner premier
    king queen prince leader chairman chairwoman chair ceo head official officer adviser advisor analyst professor
    prof. dr. judge prosecutor commander lawmaker mp deputy vice foreign defense defence economist researcher
    expert lawyer attorney founder executive editor correspondent coach captain manager diplomat negotiator aide
    emir sheikh pope archbishop bishop police army minister's counsel councillor councilor councilman councilwoman
    mr mr. mrs mrs. ms ms. sir dame lord lady engineer challenger incumbent candidate owner""".split()
)
# Counted words that name no kind of person ("12 people", "14 individuals"): under the same verb they count
# whoever the other text names ("detained 12 people" and "at least 14 marchers were arrested"), as stems.
PEOPLE_STEMS = frozenset(stem(w) for w in "people persons individuals".split())

# Counted words of jobs, which cuts count alike ("lay off 800 workers", "cut 600 jobs"), as stems.
JOB_STEMS = frozenset(
    stem(w) for w in "job jobs post posts position positions role roles worker workers employee employees staff".split()
)

# Outcomes of harm that a report can tell of other victims than the dead ("more than 200 injured" beside "dozens
# killed"): they are the opposite of a death only for the same victims, counted alike.
OTHER_VICTIM_HARMS = frozenset("injured injures injure wounded hurt".split())


@lru_cache(maxsize=16_384)
def outcomes(text: str) -> frozenset[tuple[str, int]]:
    """The (event, side) outcomes `text` states, by OPPOSED_OUTCOMES. A word of one side inside a phrase of the
    other is that phrase's ("deaths" in "zero deaths", "killed" in "no one was killed")."""
    spans = {key: [m.span() for m in pattern.finditer(text)] for key, pattern in _OUTCOME_PATTERNS.items()}
    return frozenset(
        (event, side)
        for (event, side), found in spans.items()
        if any(not any(a <= start and end <= b for a, b in spans[(event, 1 - side)]) for start, end in found)
    )


def opposite_outcome(claim: str, sentences: Sequence[str]) -> int | None:
    """Index of the first of `sentences` that states the opposite of an outcome the claim states, provided
    none of them states the claim's own outcome: an article that says the plant "opened in 1990" and "will
    close" restates a closure; one that says only that it "stays open" contradicts it."""
    stated = outcomes(claim)
    own = {(event, side) for event, side in stated if (event, 1 - side) not in stated}
    if not own:
        return None
    found = [outcomes(s) for s in sentences]
    if any(own & f for f in found):
        return None
    for index, f in enumerate(found):
        if any((event, 1 - side) in f for event, side in own):
            return index
    return None


NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_WORD_AT = re.compile(r"[A-Za-z][A-Za-z'’-]*")
CONTEXT_WORDS = 2  # words either side of a count that say what is counted ("killed 12 people", "12 people died")


def _unit_word(text: str, q: Quantity) -> re.Match[str] | None:
    """The counted word ("people" of "12 people"); none for a currency sign or a percent sign."""
    return _WORD_AT.match(text, q.unit_start) if q.unit_start >= 0 else None


def _count_phrase(text: str, q: Quantity) -> str:
    """ "12 people", "2000 jobs", "3 million euros", "5 percent": the number as counted, and what it counts."""
    number = text[q.start : q.end].replace(",", "")
    scale = [
        w
        for w in re.findall(r"[a-z]+", text[q.end : q.unit_start if q.unit_start > q.end else q.end].lower())
        if w in _MULTIPLIERS
    ]
    word = _unit_word(text, q)
    if 0 <= q.unit_start < q.start:  # "$5 million" as written: the sign before the number
        sign = text[q.unit_start : q.start].strip()
        scale = [w for w in re.findall(r"[a-z]+", text[q.end :].lower())[:1] if w in _MULTIPLIERS]
        return " ".join([sign + number, *scale]).strip()
    unit = "percent" if q.unit == "percent" else (word.group(0) if word else "")
    return " ".join([number, *scale[:1], unit]).strip()


def _count_context(text: str, q: Quantity) -> frozenset[str]:
    """Content stems next to a count that say what is counted ("killed", "evacuated"); names say where, not what."""
    word = _unit_word(text, q)
    end = word.end() if word and q.unit != "percent" else q.end
    before = text[: q.start].split()[-CONTEXT_WORDS:]
    after = text[end:].split()[:CONTEXT_WORDS]
    return frozenset(content_terms(" ".join(w for w in [*before, *after] if w[:1].islower())))


def conflicting_count(claim: str, text: str) -> tuple[str, str] | None:
    """(the claim's count, the text's) when both count the same thing in the same context ("killed 12 people"
    against "30 people were killed") and `text` never gives the claim's number; None when they agree or
    count different things ("30 people were evacuated"). Dates and clock times count nothing."""
    theirs = [b for b in quantities(text) if b.unit and not b.year]
    for a in quantities(claim):
        if not a.unit or a.year:
            continue
        same = [b for b in theirs if b.unit == a.unit]
        if not same or any(compatible(a, b) for b in same):
            continue
        mine = _count_context(claim, a)
        for b in same:
            if mine & _count_context(text, b):
                return _count_phrase(claim, a), _count_phrase(text, b)
    return None


# Hedges: a statement that only may be so, or that is only said to be so. Claims mark themselves hedged by
# these; the claim-level judge does not take a hedged sentence for a restatement of a plain claim.
HEDGES = re.compile(
    r"\b(?:could|may|might|reportedly|allegedly|alleged|alleging|allegations?|potential(?:ly)?|possibl[ey]|"
    r"likely|unlikely|apparently|appears?|seems?|suggests?|suggested|indications?|purportedly|rumou?red|"
    r"unconfirmed|perhaps|hinted|hints|speculat\w+|believed to|thought to|expected to|said to be|claims? that|"
    r"whether|unclear|not clear|not known|unknown|rumou?rs?|unverified|considering|weighing|mulling)\b",
    re.IGNORECASE,
)
# A negation whose scope is not the statement it sits in: "not only X but Y" affirms X, "no longer denies"
# admits, "not the first time" tells of another time. Read as no negation at all.
NON_NEGATING = re.compile(
    r"\b(?:not|n't)\s+(?:only|just|merely|simply|solely|least|alone|hesitate|hesitated|stop(?:ped)?\s+short)\b"
    r"|\bnot\s+(?:the\s+first|for\s+the\s+first)\b|\bno\s+(?:less|fewer)\s+than\b|\bnothing\s+less\b"
    r"|\bno\s+longer\s+(?:den(?:y|ies|ied)|disputes?|rejects?)\b|\bnot\s+without\b|\bno\s+doubt\b"
    r"|\bwhether\s+or\s+not\b|\bif\s+not\b|\bnot\s+to\s+mention\b"
    r"|\bno-(?=\w)",  # "a no-confidence vote", "a no-fly zone", "a no-deal exit": a name, no negation
    re.IGNORECASE,
)
# Capitalised words that name nobody: sentence openers, calendar words, titles before a name.
NAME_STOPWORDS = STOPWORDS | frozenset(
    """mr mrs ms dr president prime minister ministry spokesperson spokesman spokeswoman secretary general chief
    january february march april june july august september october november december
    according officials official government police reuters""".split()
)


@dataclass(frozen=True)
class Quantity:
    """A number in a text with what it counts: "more than 40 people" -> (40, "more", "peopl")."""

    value: float
    bound: str  # "exact" | "about" | "more" | "less" | "top" (an estimate's top: "as many as 1.2 million")
    unit: str  # stem of the counted word ("peopl", "percent"), "" when nothing follows
    start: int  # character offsets of the number ...
    end: int
    unit_start: int  # ... and of the counted word (-1 when none)
    year: bool = False
    vague: bool = False  # a plural of a number's word ("dozens of", "thousands of"): a floor, never a figure of its own


_NUMBER_WORDS = {
    w: float(v)
    for v, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
                          " sixteen seventeen eighteen nineteen twenty".split())
} | {"thirty": 30.0, "forty": 40.0, "fifty": 50.0, "sixty": 60.0, "seventy": 70.0, "eighty": 80.0, "ninety": 90.0,
     "dozen": 12.0, "hundred": 100.0, "thousand": 1000.0, "half": 0.5}  # fmt: skip
SCALE_WORDS = frozenset(("hundred", "thousand", "million", "billion", "trillion"))  # written after a number's digits
_MULTIPLIERS = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9,
                "trillion": 1e12, "dozen": 12.0}  # fmt: skip
_BOUNDS = (
    ("more", r"more than|over|at least|upwards of|in excess of|above|exceeding|no fewer than|no less than"),
    ("less", r"less than|fewer than|under|below"),
    ("cap", r"up to|at most|no more than|a maximum of"),
    ("top", r"as many as|as much as|as high as"),
    ("about", r"about|around|some|nearly|almost|roughly|approximately|close to|an estimated|estimated|just over|"
              r"just under|more or less"),
)  # fmt: skip
_WORD_NUMBERS = "|".join(sorted((w for w in _NUMBER_WORDS if w not in ("hundred", "thousand", "dozen")), key=len, reverse=True))
_UNITS_WORDS = "one|two|three|four|five|six|seven|eight|nine"
_DIGIT_WORDS = f"zero|{_UNITS_WORDS}"
_WORD_NUMBER = rf"(?:{_WORD_NUMBERS})(?:[- ](?:{_UNITS_WORDS}))?\b"
_SPELT_SCALES = r"(?:[\s-]+(?:hundred|thousand|million|billion)\b)"
# A number spelt out past its first scale: "two thousand four hundred", "three hundred and fifty".
# "and" joins only what has no scale of its own: "between three hundred and four hundred" is two numbers
_SPELT_COMPOUND = (
    rf"\b(?:a\b|an\b|{_WORD_NUMBER}){_SPELT_SCALES}+"
    rf"(?:\s+and\s+{_WORD_NUMBER}(?!{_SPELT_SCALES})|\s+{_WORD_NUMBER}{_SPELT_SCALES}*)+"
)
_NUMBER = (
    rf"(?P<num>(?<![\w.,])\d+(?:[.,]\d+)*|{_SPELT_COMPOUND}|\b(?:an?(?!\s+(?:{_WORD_NUMBERS})\b)|{_WORD_NUMBERS})"
    rf"(?:[- ](?:{_UNITS_WORDS}))?\b"  # "a ten-day strike" is ten days, not "a" of "ten-day"
    rf"(?:\s+point(?:\s+(?:{_DIGIT_WORDS})\b)+(?=\s+(?:hundred|thousand|million|billion|trillion|percent|per\s+cent)\b)"
    rf"|\s+and\s+a\s+half\b)?)"  # "two point three million" (not "at one point three men"), "one and a half"
)
_QUANTITY_RE = re.compile(
    rf"(?:(?P<bound>{'|'.join(p for _, p in _BOUNDS)})\s+)?"
    rf"(?P<currency>[$€£]\s?)?{_NUMBER}"
    r"(?P<scale>(?:(?<=half)\s+an?(?=\s+(?:hundred|thousand|million|billion|trillion|dozen)\b))?"  # "half a billion"
    r"(?:[\s-]+(?:hundred|thousand|million|billion|trillion|dozen))+|\s?(?:m|mn|bn)\b)?"
    r"(?P<percent>\s?%|\s+(?:percent|per\s+cent|percentage\s+points?))?"
    r"(?:\s+(?:or|and)\s+(?P<plus>more|over|above|upwards|fewer|less|under)\b(?!\s+than))?"  # "a dozen and more", "12 or fewer"
    r"(?:\s+(?:more|additional|new|extra|other|of\s+the|of\s+its|of))?"
    r"(?:(?:\s+|-)(?P<unit>[A-Za-z][A-Za-z'’-]*))?",  # "18 crew", "a 1,400-tonne ship"
    re.IGNORECASE,
)
# Whole month names or their abbreviations ("March", "Sept."), never the start of another word ("14 marchers",
# "5 separate incidents", "20 decades"); "May" only capitalised ("12 may die" is no date).
_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|(?-i:May)|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
_MONTH_BEFORE = re.compile(rf"\b{_MONTHS}\s+$", re.I)
_MONTH_AFTER = re.compile(rf"\s*(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}(?:\s|,|$)", re.I)
_RANGE = re.compile(r"\s*(?:-|–|to|-to-)\s*", re.I)  # between the two numbers of a range
_BOUND_OF = {word: name for name, pattern in _BOUNDS for word in pattern.split("|")}


def _number_value(text: str) -> float | None:
    text = text.lower().replace("-", " ")
    if " point " in text:  # "two point three": the whole part, then each digit after the point
        whole, _, digits = text.partition(" point ")
        value = _number_value(whole)
        decimals = "".join(str(int(_NUMBER_WORDS.get(w, 0))) for w in digits.split())
        return None if value is None else float(f"{int(value)}.{decimals}")
    if text.endswith(" and a half"):
        value = _number_value(text.removesuffix(" and a half"))
        return None if value is None else value + 0.5
    if text[0].isdigit():
        if re.fullmatch(r"\d{1,3}(?:,\d{3})+", text):
            return float(text.replace(",", ""))
        try:
            return float(text.replace(",", "."))
        except ValueError:
            return None
    words = text.split()
    if words[0] in ("a", "an"):
        return _number_value(" ".join(words[1:])) if len(words) > 1 else 1.0  # "a four-month inquiry": four
    if SCALE_WORDS & set(words):  # "two thousand four hundred": each scale multiplies what came since the last
        total, current = 0.0, 0.0
        for w in words:
            if w not in SCALE_WORDS:
                current += _NUMBER_WORDS.get(w, 0.0)
            elif w == "hundred":
                current = max(current, 1.0) * 100.0
            else:
                total, current = total + max(current, 1.0) * _MULTIPLIERS[w], 0.0
        return total + current or None
    total = sum(_NUMBER_WORDS.get(w, 0.0) for w in words)
    return total if total or words == ["zero"] else None  # "zero deaths" counts none


# What "<number>m" measures in metres ("the 200m title", "a 10m fall"); before other words it is millions.
_METRE_WORDS = frozenset(
    """title race sprint relay final heat freestyle backstroke breaststroke butterfly medley hurdles dash run swim
    record champion fall drop jump dive climb high tall long deep wide wall tower cliff stretch""".split()
)


def _in_metres(number: str, currency: str | None, unit_word: str) -> bool:
    """Whether "<number>m" is a distance: a whole number, no currency, before a word of races or heights."""
    return number.replace(",", "").isdigit() and not currency and unit_word in _METRE_WORDS


# A unit however written: "km" and "kilometres", "$" and "dollars", "dollars'" (of "900 million dollars' worth").
CURRENCY_SIGNS = {"$": "dollar", "€": "euro", "£": "pound"}
_UNIT_ABBREVIATIONS = {
    "km": "kilometre", "kms": "kilometre", "kg": "kilogram", "kgs": "kilogram", "lb": "pound", "lbs": "pound",
    "ft": "foot", "mi": "mile", "ha": "hectare", "hr": "hour", "hrs": "hour", "min": "minute", "mins": "minute",
    "yr": "year", "yrs": "year", "pct": "percent", "usd": "dollar", "eur": "euro", "gbp": "pound",
}  # fmt: skip


def unit_stem(word: str) -> str:
    """The stem a counted word is compared by: its possessive dropped, an abbreviation written out."""
    word = re.sub(r"'s?$", "", word.lower())
    return stem(_UNIT_ABBREVIATIONS.get(word, word))


# How often, in words: "twice a week" counts times as "three times a week" does.
_FREQUENCY = re.compile(r"\b(once|twice|thrice)(?=\s+(?:a|an|per|every)\s+(?:day|week|fortnight|month|year)\b)", re.I)
_TIMES = {"once": 1.0, "twice": 2.0, "thrice": 3.0}
# Counts told by a plural of a number's word, read as their least: "dozens of members" are more than a dozen
# ("six members" is no such count), "thousands of" a thousand or more.
_VAGUE_FLOOR = {"dozens": 12.0, "scores": 20.0, "hundreds": 100.0, "thousands": 1e3, "tens of thousands": 1e4,
                "hundreds of thousands": 1e5, "millions": 1e6, "tens of millions": 1e7}  # fmt: skip
VAGUE_COUNT_WORDS = frozenset(w for count in _VAGUE_FLOOR for w in count.split() if w != "of")
_VAGUE_COUNT = re.compile(
    rf"\b(?P<count>{'|'.join(sorted(_VAGUE_FLOOR, key=len, reverse=True))})"
    r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?P<unit>[A-Za-z][A-Za-z'’-]*)",
    re.I,
)
QUANTITIES_CACHED_CHARS = 1_000  # sentences and headlines are read again and again; whole bodies are not kept
# Shares written as fractions or ratios, read as the percentage they round ("roughly a third" of 33 percent, "two
# in three" of 67 percent, "two-fifths" of 40 percent): never a length ("a quarter of a mile") or a round of a game.
_DENOMINATORS = {"third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "eighth": 8, "tenth": 10}
_FRACTION = re.compile(
    rf"(?:(?P<bound>{'|'.join(p for _, p in _BOUNDS)})\s+)?"
    r"\b(?P<num>an?|one|two|three|four|five|seven|nine)[\s-]+(?P<den>third|quarter|fifth|sixth|eighth|tenth)s?\b"
    r"(?![\s-]+(?:of\s+an?\s+|finals?\b|mile|second|inch|hour|century|way\b|point))",
    re.IGNORECASE,
)
_RATIO = re.compile(
    rf"(?:(?P<bound>{'|'.join(p for _, p in _BOUNDS)})\s+)?"
    r"\b(?P<num>\d{1,2}|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+"
    r"(?P<den>\d{1,3}|three|four|five|six|seven|eight|nine|ten|a\s+hundred)\b(?![.,]\d)",
    re.IGNORECASE,
)


def _shares(text: str) -> list[Quantity]:
    """The fractions and ratios of `text` as percentages (see `_FRACTION`)."""
    found = []
    for pattern in (_FRACTION, _RATIO):
        for m in pattern.finditer(text):
            num = _number_value(m.group("num"))
            den = _DENOMINATORS.get(m.group("den").lower()) or _number_value(m.group("den"))
            if not num or not den or num >= den:
                continue
            bound = _BOUND_OF.get((m.group("bound") or "").lower(), "about")
            found.append(Quantity(100.0 * num / den, bound, "percent", m.start("num"), m.end(), m.start("num")))
    return found


def quantities(text: str) -> list[Quantity]:
    """Every number in `text` with its bound and counted word; numbers of dates and clock times are
    marked as years or left out ("on March 10", "at 9 a.m.")."""
    return list(_quantities(text) if len(text) <= QUANTITIES_CACHED_CHARS else _quantities.__wrapped__(text))


@lru_cache(maxsize=16_384)
def _quantities(text: str) -> tuple[Quantity, ...]:
    """`quantities`, cached: a sentence is read by the judge, the cross-checks and headline support alike."""
    found: list[Quantity] = []
    unscaled_end = -1  # where the last number without a scale or a percent sign ended
    for match in _QUANTITY_RE.finditer(text):
        number = match.group("num")
        if number.lower() in ("a", "an") and not match.group("scale"):
            continue  # "a" alone counts nothing
        value = _number_value(number)
        if number.lower() == "one" and re.search(r"\bno\s+$", text[: match.start("num")], re.IGNORECASE):
            value = 0.0  # "no one was hurt"
        if value is None:
            continue
        before = text[max(0, match.start() - 12) : match.start("num")]
        unit_word = (match.group("unit") or "").lower().replace("’", "'")
        if unit_word in ("am", "pm", "gmt", "utc", "o'clock") or re.match(r"\s*[ap]\.m\.", text[match.end("num") :]):
            continue
        is_year = bool(re.fullmatch(r"(?:19|20)\d\d", number)) and not match.group("scale") and not match.group("percent")
        after = text[match.end("num") : match.end("num") + 16]
        dated = _MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after)
        if not is_year and dated and value <= 31 and not match.group("scale"):
            continue  # a day of the month: "March 10", "10 March"
        multiplier = 1.0
        for scale in re.findall(r"hundred|thousand|million|billion|trillion|dozen|\bm\b|mn|bn", match.group("scale") or ""):
            multiplier *= _MULTIPLIERS[scale]
        metres = (match.group("scale") or "") == "m" and _in_metres(number, match.group("currency"), unit_word)
        if metres:  # "the 200m title", "a 10m fall": metres, not millions ("£20m", "1.5m homes", "20m people")
            multiplier = 1.0
        written, value = value, value * multiplier
        bound_text = (match.group("bound") or "").lower()
        bound = "exact" if not bound_text else _BOUND_OF.get(bound_text, "about")
        if match.group("plus") and bound == "exact":  # "a dozen and more": at least twelve
            bound = "less" if match.group("plus").lower() in ("fewer", "less", "under") else "more"
        if metres:
            unit, unit_start = "metr", match.start("scale")
        elif match.group("percent"):
            unit, unit_start = "percent", match.start("percent")
        elif match.group("currency"):
            unit, unit_start = CURRENCY_SIGNS[match.group("currency").strip()], match.start("currency")
        elif unit_word and unit_word not in STOPWORDS:
            unit, unit_start = unit_stem(unit_word), match.start("unit")
        else:
            unit, unit_start = "", -1
        ranged = (
            (multiplier > 1 or match.group("percent"))
            and found
            and found[-1].end == unscaled_end
            and not found[-1].year
            and found[-1].value < written  # "7.9-8.2 billion", not "from 800,000 to 1.1 million"
        )
        if ranged and _RANGE.fullmatch(text[unscaled_end : match.start("num")]):  # "7.9-8.2 billion", "5 to 10 percent"
            low = found[-1]
            found[-1] = replace(low, value=low.value * multiplier, unit=unit, unit_start=unit_start, year=False)
        found.append(Quantity(value, bound, unit, match.start("num"), match.end("num"), unit_start, is_year))
        unscaled_end = match.end("num") if multiplier == 1 and not match.group("percent") else -1
    shares = _shares(text)
    found = [q for q in found if not any(s.start <= q.start < s.end for s in shares)] + shares
    found += [
        Quantity(_TIMES[m.group(1).lower()], "exact", unit_stem("times"), m.start(), m.end(), m.start(), False)
        for m in _FREQUENCY.finditer(text)
    ]
    found += [
        Quantity(
            _VAGUE_FLOOR[m.group("count").lower()],
            "more",
            unit_stem(m.group("unit").lower()),
            m.start(),
            m.end("count"),
            m.start("unit"),
            vague=True,
        )
        for m in _VAGUE_COUNT.finditer(text)
    ]
    return tuple(sorted(found, key=lambda q: q.start))


ESTIMATE_TOP_SPAN = 0.5  # how far below an estimate's top ("as many as") a figure still fits it ("up to" is a limit)


def compatible(a: Quantity, b: Quantity) -> bool:
    """Whether two numbers for the same thing can both be true ("more than 40" and "43", "about 1,200" and
    "1.2 thousand"); exact numbers must match to within half a percent (rounded figures of one amount). Two
    estimates must each be within the other's span, not merely have spans that meet ("about 90 million" and
    "around 120 million" are two figures), and two caps must be one ("up to 12 years" and "up to 8 years")."""
    lo_a, hi_a = _interval(a)
    lo_b, hi_b = _interval(b)
    if a.bound == b.bound == "cap":  # "fines of up to 20,000 euros" and "up to 5,000 euros": two caps of one fine
        return abs(a.value - b.value) <= 0.005 * max(a.value, b.value)
    if a.bound == b.bound == "about":
        return lo_a <= b.value <= hi_a and lo_b <= a.value <= hi_b
    return lo_a <= hi_b and lo_b <= hi_a


def _interval(q: Quantity) -> tuple[float, float]:
    value = q.value
    if q.bound == "more":
        return value * 0.999, float("inf")
    if q.bound in ("less", "cap"):
        return 0.0, value * 1.001
    if q.bound == "top":  # "as many as 1.2 million" is no account of 300,000
        return value * ESTIMATE_TOP_SPAN, value * 1.001
    if q.bound == "about":
        return value * 0.85, value * 1.15
    return value * 0.995 - 1e-9, value * 1.005 + 1e-9


# The size of a gathering: the crowd "put at about 2,500", "a crowd of 9,000", "9,000 people marched", "Nine thousand
# Kestrians took to the streets". Police, organisers and partisan outlets give other sizes of one march.
_BOUND_WORDS = rf"(?:(?:{'|'.join(p for _, p in _BOUNDS)}|only|just)\s+)?"  # "at about 2,500", "of only 900"
_CROWD_BEFORE = re.compile(
    rf"\b(?:crowds?|turnout|attendance)\b(?:\s+of|\s+(?:that\s+)?[^.;,]{{0,30}}?\bat)\s+{_BOUND_WORDS}$", re.IGNORECASE
)
# The organisers' figure without saying of what, the organisers opening the sentence ("Organisers put the number at
# 15,000", "The march's organisers put the figure at ..."; not "Police said organisers had put ...", nor the
# organisers of a petition or a marathon), the number standing alone (not "at 3,200 runners", "at 15,000 for next
# year"). The police's "number" may be of arrests or injuries.
_ORGANISERS_FIGURE = re.compile(
    r"^\W*(?:[Tt]he\s+)?(?:(?:[A-Z][\w'’-]*|march|rally|protest|demonstration)(?:'s|’s)?\s+){0,2}[Oo]rgani[sz]ers"
    r"(?:\s+of\s+(?:the\s+|this\s+|[A-Z]\w*'?s?\s+)*(?:[A-Z]\w*\s+)?(?:march|rally|protest|demonstration)\w*)?"
    r"(?:\s+in\s+[A-Z]\w*)?\s+(?:put|puts|estimated|estimate|placed)\s+(?:the|their)\s+(?:number|figure|total)\s+at\s+"
    + _BOUND_WORDS
    + "$"
)
_FIGURE_ALONE = re.compile(r"\s*(?:[.;:!?)\"'’]|,|$|\s+(?:on|in|according|while|but|as|when)\b)")
_CROWD_PEOPLE = (
    r"(?:people|persons|protesters|protestors|demonstrators|marchers|residents|supporters|participants|citizens|"
    r"farmers|families|mourners|pilgrims|[A-Z][a-z]+(?:ans|ians|ese))"
)
_GATHERING = (
    r"(?:marched|march|gathered|gather|rallied|rally|protested|demonstrated|attended|took part|take part|turned out|"
    r"joined (?:a|the) (?:march|protest|rally|demonstration)|"
    r"(?:took|take|poured|flooded|filled|thronged|packed)\s+(?:in)?to\s+the\s+streets|(?:filled|flooded|thronged|packed)"
    r"\s+the\s+(?:streets|square|centre|center)|brought [^.;]{0,40}? to a standstill)"
)
# the counted people, then at once what they did (an aside between commas allowed): "9,000 people marched", "Nine
# thousand ordinary Kestrians took to the streets", "25,000 people, led by tractors, brought the town to a standstill"
_CROWD_AFTER = re.compile(
    rf"\s+(?:[a-z]+\s+){{0,2}}{_CROWD_PEOPLE}\s+(?:(?:had|have|were|are|reportedly)\s+)?(?:,[^.;]{{0,60}},\s*)?{_GATHERING}\b"
    rf"|\s+(?:[a-z]+\s+){{0,2}}{_CROWD_PEOPLE}\s*,[^.;]{{0,60}},\s*{_GATHERING}\b"
)
# a count of the people of a march itself: "officers counted around 18,000 marchers", "estimated 20,000 protesters"
# (not "arrested 120 protesters": only a verb of counting sizes the crowd)
_COUNTED_BEFORE = re.compile(rf"\b(?:counted|estimated|numbered|tallied)\s+{_BOUND_WORDS}$", re.IGNORECASE)
_COUNTED_AFTER = re.compile(r"\s+(?:marchers|protesters|protestors|demonstrators|participants|mourners)\b")
# What makes a crowd another gathering than the one a report sizes: another day, or another march
_OTHER_GATHERING = re.compile(
    r"\b(?:another|second|separate|smaller|bigger|larger|rival|similar|previous|counter[- ]|last (?:year|month|week)|"
    r"a year ago|in \d{4})",
    re.IGNORECASE,
)
_NEAR_DAYS = frozenset(("yesterday", "today", "tonight"))
CROWD_MIN = 50  # fewer people are a group, not a crowd whose size is disputed
CROWD_SPAN = 0.15  # two sizes of a crowd this close are one size (crowds are counted roughly)
_ESTIMATOR = re.compile(
    r"\b(?:police|organi[sz]ers|authorities|officials|the council|the city|the ministry|the government|the union|"
    r"the mayor|the interior ministry|fire service|stewards|local media|state media)\b",
    re.IGNORECASE,
)
_SAID = re.compile(r"\b(?:said|says|say|estimated|estimates|according to|reported|claimed)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[.;!?]|,\s*(?:while|but|whereas|and)\b", re.IGNORECASE)


# An account told as overtaken ("officials initially said twelve", "we originally reported", "police first put"),
# and, wider, any earlier account ("had said", "had put the number at").
_SAYING = r"(?:said|says|reported|put|gave|given|estimated|stated|announced|counted)"
OVERTAKEN_ACCOUNT = re.compile(rf"\b(?:initially|originally|at first|first)\s+{_SAYING}\b", re.IGNORECASE)
EARLIER_ACCOUNT = re.compile(
    rf"{OVERTAKEN_ACCOUNT.pattern}|\bhad\s+(?:(?:initially|originally|first|earlier|previously)\s+)?{_SAYING}\b", re.IGNORECASE
)


def _one_spelling(party: str) -> str:
    return party.lower().replace("organizers", "organisers")


def figure_giver(text: str) -> str | None:
    """The first party that gives figures of a gathering or a dispute that a text names ("Organisers put the number
    at 15,000": organisers), in one spelling."""
    found = _ESTIMATOR.search(text)
    return _one_spelling(found.group(0)).removeprefix("the ") if found else None


def crowd_estimator(text: str, q: Quantity) -> str | None:
    """Who gave a crowd's size ("police", "organisers"): the first named in its clause before it (the clause's
    subject: "Organisers rejected the police figure and said 30,000"), else one said after it ("..., police said");
    None where the text states the size itself ("Nine thousand people marched")."""
    before = _CLAUSE_BREAK.split(text[: q.start])[-1]
    found = _ESTIMATOR.findall(before)
    if not found:  # "About 3,000 people marched through Durrow ..., police said."
        tail = re.split(r"[.;!?]", text[q.end :])[0].rsplit(",", 1)[-1]
        found = _ESTIMATOR.findall(tail) if _SAID.search(tail) else []
    return _one_spelling(found[0]) if found else None


def is_crowd_size(text: str, q: Quantity) -> bool:
    """Whether a number of `text` gives the size of a gathering: "the crowd at about 2,500", "a crowd of 9,000",
    "9,000 people marched", "Twenty-five thousand people, led by tractors, brought the town to a standstill", "counted
    around 18,000 marchers"."""
    if q.year or q.unit in MEASURE_UNITS or q.value < CROWD_MIN:
        return False
    if _ORGANISERS_FIGURE.search(text[: q.start]) and _FIGURE_ALONE.match(text, q.end):
        return True
    if _COUNTED_BEFORE.search(text[: q.start]) and _COUNTED_AFTER.match(text, q.end):
        return True
    return bool(_CROWD_BEFORE.search(text[: q.start]) or _CROWD_AFTER.match(text, q.end))


def close_crowd_sizes(a: Quantity, b: Quantity) -> bool:
    """Whether two sizes of a crowd lie within `CROWD_SPAN` of each other: one size, counted roughly."""
    return abs(a.value - b.value) <= CROWD_SPAN * max(a.value, b.value)


def same_crowd_size(a: Quantity, b: Quantity) -> bool:
    """Whether two sizes of a crowd may be one: their bounds meet, or they are close (`close_crowd_sizes`)."""
    return compatible(a, b) or close_crowd_sizes(a, b)


def other_gathering(claim: str, sentence: str) -> bool:
    """Whether a sentence sizes another gathering than the claim's: it calls it another, earlier or rival one
    ("a smaller rally", "last year", "counter-protest"), or the two name different days."""
    if _OTHER_GATHERING.search(sentence) and not _OTHER_GATHERING.search(claim):
        return True
    days = [set(tokens(text)) & (DAY_WORDS | _NEAR_DAYS) for text in (claim, sentence)]
    return bool(days[0] and days[1] and not days[0] & days[1])


# Words of falsity as single tokens (the claim-level judge reads them off the parse; "made up", "a lie" and
# "no truth" are phrases the stance cues and `_FALSITY` read).
FALSE_WORDS = frozenset(
    "false untrue baseless unfounded groundless fabricated fabrication fiction fictitious fake faked nonsense hoax lie lies"
    " inaccurate incorrect wrong misleading invented bogus absurd disinformation misinformation".split()
)
# Nouns of what a true report rests on: lacking, they call it false ("reports ... are without foundation", "the
# claims have no basis in fact", "there is no truth in reports that ...").
GROUNDS_NOUNS = frozenset("foundation foundations basis grounds substance truth merit".split())
# Words of falsity that, as verbs, make up the report they take ("fabricated a claim that ..."; "invented a test"
# is no such thing).
FABRICATING_WORDS = frozenset("fabricated faked".split())
# Words of falsity that also judge deeds ("the decision to close the library was wrong"): they call false only
# what can be stated (`STATED_THINGS`); the others deny whatever they are said of ("his resignation is a lie").
JUDGING_WORDS = frozenset("wrong incorrect absurd misleading".split())
# Words that call a report false only as what a verb of calling makes of it ("called the reports 'pure fantasy'",
# "dismissed the account as guesswork"); elsewhere they deny nothing ("the invention of the printing press").
CALLED_FALSE_WORDS = frozenset(
    "fantasy invention guesswork speculation fairytale fairy-tale fable myth exaggeration exaggerated inflated overstated"
    " overblown".split()
)
# Verbs of calling, as stems: what they call false is their object ("branded reports of payments 'a fabrication'").
CALLING_VERB_STEMS = frozenset(
    stem(w) for w in "call called calls branded brand describe described label labelled labeled termed dismissed".split()
)


# What comes right before a number a text corrects rather than states ("six launchers rather than the four
# reported", "instead of the 12 announced").
def _right_before_a_number(markers: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{markers})\s+(?:the\s+|some\s+|about\s+)?$", re.IGNORECASE)


CORRECTED_NUMBER = _right_before_a_number("rather than|instead of|not|than|from")
# ... and of those, what marks a number the text rejects ("52 percent, not 54 percent", "rather than the four
# reported"): the text says the number is wrong, not what it was before.
REJECTED_NUMBER = _right_before_a_number("rather than|instead of|not")
# A negation over these leaves the outcome open rather than denying it: "it was not clear whether",
# "did not comment on", "did not say how much", "could not confirm", "would not discuss the price".
OPEN_OUTCOME_WORDS = frozenset(
    """clear known immediately certain sure clarify comment comments commented respond responded reply replied say
    said disclose disclosed specify specified elaborate elaborated confirm confirmed reveal revealed name named
    identify identified explain explained detail detailed address addressed know answer answered return returned discuss
    discussed speak spoke""".split()
)
# What a denial can point back to in other words than the claim's ("dismissed the report as fabricated"): stems.
REPORT_NOUNS = frozenset(
    stem(w)
    for w in """report reports story stories claim claims rumour rumours rumor rumors allegation allegations
    suggestion suggestions speculation account accounts accusation accusations assertion assertions article
    articles version figure figures estimate estimates tally finding findings result results data test tests""".split()
)

# What a word of falsity can be said of besides a report ("the photos were fake", "the quote is invented"):
# things that state or show something, as stems; a deed or a person is judged, not called false.
STATED_THINGS = REPORT_NOUNS | frozenset(
    stem(w)
    for w in """photo photos image images picture pictures video videos footage document documents letter letters
    statement statements quote quotes quotation post posts tweet tweets headline headlines news leak leaks record
    records map maps chart charts number numbers statistic statistics poll polls survey surveys information talk""".split()
)


def outcome_spans(claim: str, text: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where the claim states an outcome and where `text` states its opposite (character offsets in each), or
    None. Event by event: a text that also states the claim's own outcome of that event restates it ("approved
    a 12% increase" is opposed by "rejected a request for a 12% increase", though both tell of an increase)."""
    stated, told = outcomes(claim), outcomes(text)
    for event, side in sorted(stated):
        if (event, 1 - side) in stated or (event, side) in told:
            continue  # the claim states both sides of this event, or the text states the claim's own
        theirs = _OUTCOME_PATTERNS[(event, 1 - side)].search(text)
        if theirs:
            return _OUTCOME_PATTERNS[(event, side)].search(claim).span(), theirs.span()
    return None


# Denial verbs as stems, for readers of single tokens: "denying", "rejected", "dismisses".
DENIAL_VERB_STEMS = frozenset(stem(w) for w in DENIAL_VERBS)
# Stems of the words that frame what a claim reports ("accusing them of financing", "saying"): a denial of the
# accusation does not deny that it was made.
FRAMING_STEMS = frozenset(stem(w) for w in SPEECH_VERBS)
# A "not" under these states a rule, not what happened ("must not require"); a clause opened by these, a
# condition ("would not refer the matter if ...").
DEONTIC_MODALS = frozenset("must should shall".split())
CONDITIONAL_MARKS = frozenset("if unless".split())
# Verbs of refusing: "declined to comment on whether" leaves the outcome open, as "did not comment" does.
REFUSING_VERB_STEMS = frozenset(stem(w) for w in "decline declined refuse refused".split())
# Verbs that negate the clause they govern: "declined to approve" is "did not approve".
NEGATING_VERB_STEMS = REFUSING_VERB_STEMS | {stem("fail"), stem("failed")}
# A change a claim may state of someone or something ("dismissed the minister", "will scrap national exams", "shut
# down the pipeline"), and verbs that say it stayed as it was ("remains interior minister", "keeps national exams",
# "gas kept flowing"): the one against the other is the opposite outcome.
CHANGE_VERB_STEMS = frozenset(
    stem(w)
    for w in """dismiss dismissed sack sacked oust ousted remove removed replace replaced resign resigned quit scrap
    scrapped abolish abolished halt halted shut close closed suspend suspended stop stopped end ended lose lost
    withdraw withdrew withdrawn""".split()
)
CHANGED_STATE_WORDS = frozenset("shut closed out off down suspended halted offline unavailable dark".split())  # "kept shut"
# What a thing that stays as it was stays ("remains open", "stays in office", "kept running"), beside the claim's own words.
CONTINUING_STATE_WORDS = frozenset(
    "open available operational running unchanged intact office post power charge force service place schedule normal".split()
    + "normally operating working".split()
)
CONTINUITY_VERB_STEMS = frozenset(
    stem(w)
    for w in "remain remains remained stay stays stayed keep keeps kept retain retained continue continues continued".split()
)
CONTINUE_STEM = stem("continue")  # intransitive, what goes on is its subject: "the trial will continue"
# A claim of the whole ("production at the entire site was halted", "came to a complete halt"), which a part that went
# on ("the rest of the works kept running", "one of the two lines") contradicts; without such a word it may be told of a part.
TOTALITY_WORDS = frozenset("entire whole all complete completely every total totally fully".split())
PARTITIVE_WORDS = frozenset("rest part parts some one two three several half".split())
# Verbs that call off what they take, so that it is not done: "shelved a proposal to freeze the assets", "the vote was
# postponed"; "call" and "put" only with "off". Not "cancel", "scrap" or "abandon": what they take is as often the deed
# itself ("cancelled 140 flights", "will scrap national exams").
CALLING_OFF_STEMS = frozenset(
    stem(w) for w in "shelve shelves shelved shelving postpone postpones postponed postponing defer defers deferred".split()
)
CALLING_OFF_PARTICLE_VERBS = frozenset("call calls called calling put puts putting".split())
# Verbs that, with a particle and a preposition, leave undone what the preposition takes ("stopped short of a formal
# alliance", "refrained from naming"): verb stem -> (particle or "", preposition). Not "held off on" (until it did).
FORBEARING_PHRASES = {
    stem(form): phrase
    for forms, phrase in (
        ("refrain refrains refrained refraining", ("", "from")),
        ("abstain abstains abstained abstaining", ("", "from")),
        ("stop stops stopped stopping", ("short", "of")),
        ("shy shies shied shying", ("away", "from")),
    )
    for form in forms.split()
}
# Verbs that, before "yet to", leave what follows undone: "has yet to reopen", "is yet to confirm".
PENDING_AUXILIARIES = frozenset("has have had is are was were".split())
# Verbs that vouch for a report: negated ("have not been confirmed", "could not be verified"), the report stands unvouched.
CONFIRMING_VERB_STEMS = frozenset(
    stem(w) for w in "confirm confirmed verify verified corroborate corroborated substantiate substantiated".split()
)
# States of knowing that, negated, leave open what their clause asks ("it was not immediately clear how many cars would
# be lost"), and words that say so alone ("it is unclear whether the plant will reopen").
KNOWN_STATES = frozenset("clear known certain sure".split())
UNKNOWN_STATES = frozenset("unclear unknown uncertain".split())
# Determiners of a thing a text takes as given ("the recall", "this week's strike"); a possessive does the same.
DEFINITE_DETERMINERS = frozenset("the this that these those".split())
# Word pairs that set what follows aside: "a partnership rather than an alliance", "instead of a treaty".
CONTRAST_PAIRS = frozenset((("rather", "than"), ("instead", "of")))
# Verbs that ask or tell someone to do something: a "not" in what they ask is no statement that it was not done
# ("urged the government not to sign").
DIRECTIVE_VERB_STEMS = frozenset(
    stem(w)
    for w in "urge urged ask asked call called press pressed tell told advise advised implore beg order ordered".split()
    + "instruct instructed warn warned appeal appealed demand demanded encourage encouraged persuade persuaded".split()
)
# Verbs a test's result hangs on: "tested negative for", "came back negative for" say that what follows "for" was
# not found.
TEST_RESULT_VERB_STEMS = frozenset(stem(w) for w in "test tests tested testing came come comes returned".split())
# Words of intending whose "to" clause is what is intended: "had no plans to intervene" denies an intervention, not
# every plan ("plans to convert two berths").
INTENTION_STEMS = frozenset(
    stem(w) for w in "plan plans planned planning intend intends intended intention intentions aim aims aimed".split()
)
# Verbs that stop what their object names: "did not suspend plans to deepen the channel" denies the suspension,
# not the deepening.
STOPPING_VERB_STEMS = frozenset(
    stem(w)
    for w in "suspend suspended halt halted stop stopped abandon abandoned drop dropped cancel cancelled canceled".split()
    + "scrap scrapped shelve shelved freeze froze frozen postpone postponed delay delayed pause paused".split()
    + "reverse reversed withdraw withdrew withdrawn".split()
)
# Verbs that turn down a proposal, and the nouns of proposals: "rejected a proposal to build", "shelved a plan to
# freeze", "voted down a motion to open an inquiry", "rejected a request for a 12% increase": what is proposed is not
# done. ("Rejected the bill" is an outcome of its own, see OPPOSED_OUTCOMES.)
REJECTING_VERB_STEMS = frozenset(
    stem(w) for w in "reject rejected rejects shelve shelved veto vetoed dismiss dismissed block blocked".split()
)
PROPOSAL_STEMS = frozenset(
    stem(w)
    for w in "proposal proposals motion motions request requests plan plans bid bids demand demands call calls".split()
    + "application applications petition petitions".split()
)
# Verbs that make or join a pact, whatever its noun: "sealed a military alliance", "entered into an alliance" and
# "formed a pact" tell one deed of their object, so a negation of one denies the others ("had not entered into any
# alliance" against "sealed an alliance").
PACT_VERB_STEMS = frozenset(
    stem(w)
    for w in "form formed forge forged seal sealed sign signed conclude concluded enter entered strike struck".split()
    + "establish established create created join joined".split()
)
# Words that make a count another one than the count of the same noun told elsewhere ("46 other farms", "nine
# others"); "another 12 months" and "a further 260 flights" may be the very count in dispute.
OTHER_COUNT_WORDS = frozenset("other others additional extra".split())
# Words by which a negated thing is more of it than the claim tells ("no new deaths", "no further arrests").
FURTHER_WORDS = frozenset("new further more additional fresh other".split())
# Forms of "be": a copula's prepositional phrase is its predicate ("is not in talks", "was not at the scene").
COPULAS = frozenset("be is are was were been being 's 're 'm am".split())
# A headline opening on one of these explains rather than claims ("What we know", "How the vote works").
WH_WORDS = frozenset("what how why who where when which".split())
# A headline with these separators is where a page sits ("Sport | Football | Premier League"), not a claim.
SECTION_PATH = re.compile(r"\s[|›»]\s")
# Words that date a count: days ("on Tuesday") and periods ("this year", "in March", "third-quarter profit"). A
# daily count and a period's are two counts, as are two periods' ("this year", "last year"); two weekdays are not
# told apart, since the parser often hangs the day something was said on the count (the judge tells an event's
# weekdays apart only when they lie two days or more apart). Spans ("over five years", "within a week") and
# relative days ("yesterday") are left out.
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DAY_WORDS = frozenset(WEEKDAYS)
PERIOD_WORDS = frozenset(
    "january february march april may june july august september october november december year quarter".split()
)
# Words that put the verb they take ahead of the telling ("is due to vote", "is expected to approve", "are set to").
PROSPECT_WORDS = frozenset("due expected set scheduled poised likely going".split())
# Ordinal words by their place: "the bank's third increase this year" and "the second rise of the year" count the
# same rises differently.
ORDINALS = {
    word: place for place, word in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth".split(), start=1)
}
# Words that pick one period of a kind ("this year", "third quarter").
PERIOD_PICKS = frozenset("this last next past previous current first second third fourth".split())
# Words that quantify over a group named after "of" ("none of its 21 crew", "all of the passengers"): the group
# is who the verb is said of.
QUANTIFIER_WORDS = frozenset("none all some each both most many few several any neither either half".split())
# Units of time (stems) in minutes: "took six hours" and "within 40 minutes" are two lengths of one thing.
DURATION_MINUTES = {
    "second": 1 / 60, "minut": 1.0, "hour": 60.0, "day": 1440.0, "week": 10080.0,
    "year": 525600.0, "decad": 5256000.0, "centuri": 52560000.0,  # "40 years" and "four decades" are one length
}  # fmt: skip
# Words a share is counted in ("rose 0.8 percent", "6.25 per cent", "9.4%"): they name no thing counted, so two
# shares are of the same thing only when what they are said of is.
SHARE_WORDS = frozenset("percent per cent % pct percentage".split())
# Units of measure and money (stems): two of them count the same thing only when they are the same unit.
MEASURE_UNITS = frozenset(
    stem(w)
    for w in """percent metre metres meter meters kilometre kilometres kilometer kilometers km mile miles foot feet
    inch inches tonne tonnes ton tons kilogram kilograms kg gram grams pound pounds litre litres liter liters gallon
    gallons barrel barrels hectare hectares acre acres degree degrees hour hours minute minutes second seconds day
    days week weeks month months year years euro euros dollar dollars yen yuan rupee rupees rouble roubles ruble
    rubles franc francs krone kroner kronor crown crowns point points""".split()
)


# Scripts written without spaces between words: a word count by spaces says nothing there.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\u0e00-\u0e7f]")
UNSPACED_CHARS_PER_WORD = 2  # about two characters a word in Chinese and Japanese news


def unspaced_share(text: str) -> float:
    """Share of the letters written in a script without spaces (Chinese, Japanese, Korean, Thai)."""
    letters = sum(c.isalpha() for c in text)
    return len(_UNSPACED.findall(text)) / letters if letters else 0.0


def word_count(text: str) -> int:
    """Words by spaces, with runs of unspaced script counted at about two characters a word."""
    spaced = _UNSPACED.sub(" ", text)
    return len(spaced.split()) + len(_UNSPACED.findall(text)) // UNSPACED_CHARS_PER_WORD


# Capitalised words that name a kind of place, body, office or time, not one place or body ("Vorran County Hospital"
# is named by "Vorran"): a report sharing only these names nothing the claim names.
GENERIC_NAME_WORDS = frozenset(
    """county city town village district region province state national regional central north south east west
    northern southern eastern western upper lower new old great port harbour harbor street road avenue square lane
    bridge river lake valley bay coast airport station building palace hall tower park hospital school university
    college court council parliament assembly senate congress cabinet ministry department agency office authority
    commission committee board police army navy guard emergency services company bank group holdings ltd inc plc
    corporation exchange stock party union club association institute foundation centre center organisation
    organization international world general royal federal republic united saint st deputy foreign interior home
    defence defense finance justice health supreme senator mayor governor director chairman chairwoman commissioner
    judge king queen prince princess pope christmas easter eve spring summer autumn winter treaty""".split()
)
GENERIC_NAME_STEMS = frozenset(stem(w) for w in GENERIC_NAME_WORDS)
# A wire copy's dateline as the parser splits it off the lead: a place in capitals ("HESSLEIGH, Lusmark, Oct 13
# (Meridian) -") or an agency in brackets ("Paris (AFP) -"), then the dash that opens the story.
DATELINE = re.compile(r"^\s*(?:[A-Z][A-Z'.-]{2,}\b[^\n]{0,60}?|[^\n]{0,60}?\([A-Z][\w .&-]{1,30}\)\s*)[-\u2013\u2014]\s*$")
# A wire dateline opening a story's first paragraph, matched where the paragraph starts (group 1: up to its dash):
# a place in capitals, then perhaps a region or country and a date ("SALTREACH, Valmarra, July 10 (Northlight) -",
# "KYIV, Ukraine (AP) —", "LONDON, 5 October (IPS) -", "WASHINGTON, D.C., Jan. 5 -"), or a place of up to three
# capitalised words right before the agency in brackets ("Paris (AFP) -").
WIRE_DATELINE = re.compile(
    r"((?:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*"  # the place in capitals
    r"(?:,\s+[A-Z][A-Za-z.'’-]+(?:\s+[A-Z][A-Za-z.'’-]+)*){0,2}"  # ", Valmarra", ", July": a region, a month
    rf"(?:,?\s+\d{{1,2}}(?:\s+(?i:{_MONTHS}))?)?"  # " 10", ", 5 October"
    r"\s*(?:\([A-Za-z][\w .&'’-]*\))?"  # "(Northlight)"
    r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\s*\([A-Z][\w .&'’-]*\))"  # "Paris (AFP)"
    r"\s*[-–—]+)\s+"
)
# Words that date a denied report apart from the one a claim rests on ("a previous report", "last year's report").
EARLIER_REPORT_WORDS = frozenset("previous earlier prior past last old former".split())
# Words beside a verb of denial that say no denial was made ("asked whether it rejected", "has long dismissed",
# "has yet to deny", "neither confirmed nor denied").
UNMADE_DENIAL_WORDS = frozenset("whether if long neither nor yet".split())
TOPIC_PREPOSITIONS = frozenset("about on over into of for regarding concerning".split())  # what a report is of
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
_OPENS = frozenset("\"\u201c\u2018'(:.!?")  # a word right after these opens a sentence, a quote or a label
_BRACKETED = re.compile(r"\([^)]*\)")  # "(Tidewire)": an agency's name names no one thing of the story


def name_words(text: str, mention: bool = False) -> frozenset[str]:
    """The words a text names something by: capitalised words and acronyms that open no sentence, quote or label,
    lower-cased, without titles, days, months, words of a kind of place or body, or what stands in brackets
    ("admitted to Vorran County Hospital on Tuesday" gives "vorran", "NATO allies" gives "nato"). A `mention` (an
    entity's name as the parser found it) may name by its first word too."""
    text = _BRACKETED.sub(" ", text)
    found = set()
    for match in _WORD.finditer(text):
        word, k = match.group(), match.start() - 1
        while k >= 0 and text[k].isspace():
            k -= 1
        opens = (k < 0 and not mention) or (k >= 0 and text[k] in _OPENS)
        if opens or not word[0].isupper() or (word.isupper() and len(word) > 6):
            continue
        lowered = word.lower()
        if not (lowered in NAME_STOPWORDS or lowered in DAY_WORDS or lowered in PERIOD_WORDS or lowered in GENERIC_NAME_WORDS):
            found.add(lowered)
    return frozenset(found)
