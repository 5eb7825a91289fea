"""Segment a scraped plain-text page (its visible text, no markup) into the main article.

A scraper that keeps only visible text leaves the article between theme toggles, menus,
teaser rails, share bars, paywall and cookie blurbs and footers, sometimes with a teaser's
snippet glued to the next headline because two block elements met with no line break.

The segmenter works on lines:

1. normalise line endings and spaces, rejoin paragraphs of a hard-wrapped page, and split
   lines where an unterminated snippet runs into a title-like line with no break
   ("...Foreign MinisterRussia-Ukraine War Updates: ...");
2. classify every line from cheap features (length, terminal punctuation, title-case ratio,
   chrome vocabulary, date / byline / credit patterns);
3. mark teaser rails: a rail header ("Latest News", "Related") and the items after it, or
   a repeated title + truncated-snippet pattern;
4. take the main article as the densest run of prose lines (maximum-sum window, where prose
   earns its word count and chrome, titles and rail lines cost);
5. take the headline from the title-like line just before that run (skipping date, byline
   and credit lines; a live blog's first entry title goes to the body, a standfirst does not), and
   the date (dateparser, only on date-like lines), byline and dateline from the header;
6. parse rail lines outside the article into teasers (label / title / snippet) with a
   small Viterbi pass, so kickers such as "EuroBasket 2025" are not mistaken for headlines.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

import dateparser
import numpy as np

from newscheck.extract.linear import LinearModel
from newscheck.records import Teaser
from newscheck.terms import REPORTING_VERBS, WIRE_DATELINE, stem, word_count

__all__ = ["PageParts", "segment_page"]


@dataclass
class PageParts:
    """What the segmenter found on one page; newscheck.extract wraps it into an Article."""

    headline: str = ""
    published: str | None = None  # YYYY-MM-DD; None when absent or only relative ("3 hours ago")
    byline: str | None = None
    dateline: str | None = None  # e.g. "MOSCOW, Sept 11 (Reuters) -", cut from the first paragraph
    paragraphs: list[str] = field(default_factory=list)
    teasers: list[Teaser] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------
# Vocabulary and patterns

_STOPWORDS = frozenset(
    "a an the and or but nor of to in on at by for with from as into onto over under after before "
    "about above across against along amid among around between during through toward towards upon "
    "via vs is are was were be been has have had its it this that these those his her their our "
    "than then so if not no up out off".split()
)

# Whole lines that are site chrome (compared lower-cased, outer punctuation stripped).
_CHROME_LINES = frozenset(
    item.strip()
    for item in """dark|light|dark mode|light mode|theme|switch theme|menu|main menu|open menu|close menu|search|
    search news|home|homepage|subscribe|subscribe now|sign in|log in|login|log out|sign out|sign up|
    register|my account|account|profile|share|share this|share this article|share this story|
    share article|tweet|print|email|e-mail|copy link|link copied|comments|comment|show comments|
    advertisement|advert|ad|ads|sponsored|sponsored content|promoted|paid content|partner content|
    skip to content|skip to main content|skip to navigation|close|toggle navigation|back to top|
    go ad free|go ad-free|ad free|logo|site logo|listen|listen live|play|pause|stop|mute|unmute|
    volume|now playing|on air|on air now|live|live now|watch live|watch|video|audio|podcast|
    podcasts|loading|load more|show more|see more|view all|view more|more|next|previous|prev|top|
    follow|follow us|accept|accept all|accept cookies|reject|reject all|manage preferences|
    cookie settings|settings|got it|ok|okay|continue|facebook|twitter|instagram|youtube|whatsapp|
    linkedin|telegram|tiktok|x|rss|reddit|pinterest|newsletter|newsletters|download the app|
    get the app|contact|contact us|about|about us|privacy|privacy policy|terms|terms of use|
    terms of service|terms and conditions|careers|jobs|advertise|advertise with us|sitemap|
    edition|donate|support us|weather|breaking|breaking news|opinion|news|sections|all sections|
    trending topics|topics|tags|filed under|notifications|enable notifications|save|saved|
    bookmark|gift article|gift this article|listen to this article|read in app|open in app|
    key events|show key events only|show all|pinned|pinned post|refresh|new posts|new updates|
    got a story|reply|report|reply report|have your say|posted on|posted|updated|save for later|
    save story|save article|read later|send to a friend|send to a colleague|email this story|
    email this article|print this story|print this article|play episode|play video|play audio|transcript|
    download|enter email|enter your email|enter your email address|your email|email address""".split("|")
)

# Headers that open a rail of other stories; what follows them is teasers, not the article.
RAIL_HEADER = re.compile(
    r"^(?:latest|latest news|latest stories|latest headlines|the latest|related|related articles|"
    r"related stories|related news|related content|related coverage|related topics|"
    r"more stories|more news|more headlines|more on this story|more on this|more to read|"
    r"more from [\w' ]+|latest from [\w' ]+|more in [\w' ]+|more \w+|more (?:\w+ ){0,2}(?:stories|news|reads|articles|headlines|videos|releases)|"
    r"also in [\w' ]+|most read|most popular|most viewed|"
    r"most shared|popular|popular now|popular stories|trending|trending now|trending stories|"
    r"(?:trending|popular|most read|latest) (?:on|at) [\w'.]+(?: [\w'.]+)?|"
    r"(?:most read|most shared|most viewed|most popular|popular|trending) (?:this week|this month|today|(?:right )?now)|"
    r"top stories|top news|top headlines|recommended|recommended for you|recommended stories|"
    r"you may also like|you might also like|you may have missed|editor ?s picks|"
    r"what to read next|read next|up next|in other news|don ?t miss|must read|featured|"
    r"featured stories|news in brief|just in|other stories|around the web|from our partners|"
    r"more like this|keep reading|further reading)"
    r"(?: (?:for you|in your feed))?$"  # "up next in your feed", "more for you"
)

# Headers after which a page has no more article: comments, author and company boxes.
_END_MARKER = re.compile(
    r"^(?:\d+ )?(?:comments?|responses?|replies|reader comments)(?: \d+)?$|"
    r"^(?:leave|post|add|write) a (?:reply|comment|response)$|^join the (?:conversation|discussion)$|"
    r"^(?:show|view|read|see) (?:all )?comments(?: \d+)?$|^about (?:the )?(?:authors?|writers?|reporters?)$|"
    r"^(?:your|readers'?|readers’) letters$|^letters? to the editor$|^letter of the week$|"  # a letters section under the story
    r"^(?:commenting|comments) (?:is|are|has been|have been) (?:now )?closed(?: for this (?:story|article))?$"
)
# A blog's comment thread header, the story's headline quoted: "2 thoughts on “...”", "One response to “...”".
_THREAD_HEADER = re.compile(
    r"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:thoughts?|responses?|comments?|replies|reactions?)"
    r" (?:on|to) [“\"‘'][^“”\"]+[”\"’']$",
    re.I,
)
_THREAD_HEADER_WORDS = 30  # the header quotes the story's headline, and nothing after it
_ABOUT_BOX = re.compile(r"^About (?:the )?[A-Z][\w&.'’-]*(?: (?:[A-Z][\w&.'’-]*|of|the|and|for|&)){1,5}$")
# A press release ends at its contacts, its notes to editors, its "SOURCE" line or its end mark ("###", "-30-", "ENDS"),
# whatever their case; not at "Press enquiries", a story's subhead too. (A table of contents listing "Notes to editors"
# stands above the release's text, where an end marker ends nothing.)
_RELEASE_END = re.compile(
    r"^(?i:(?:media|press) contacts?|contacts?|for further information|notes? (?:to|for) editors|editor'?s'? notes?)\s*:?$|^SOURCE\s+[A-Z]|^#{3}$|^-\s?30\s?-$|^-*\s?ENDS\s?-*$"
)

# Inline links to other stories inside an article ("Read more: ...").
_INLINE_LINK_PREFIX = re.compile(
    r"^(?:read more|read also|also read|related|see also|more|watch|listen|read|recommended|"
    r"audio|video|podcast)\s*[:|»›>]\s*",
    re.IGNORECASE,
)
_INLINE_LINK = re.compile(_INLINE_LINK_PREFIX.pattern + r"\S", re.IGNORECASE)
# A link under a label in capitals of up to three words ("RELATED STORY: Port reopens", "TRENDING | Fares rise"): a
# link when what follows reads as a headline, not a sentence ("UPDATE: The council said on Monday ..." is text).
_LABELLED_LINK_PREFIX = re.compile(r"^[A-Z][A-Z'’&]+(?: [A-Z0-9][A-Z0-9'’&]*){0,2}\s*[:|]\s+(?=[A-Z0-9“\"‘'])")

_CHROME_SHORT = re.compile(
    r"\b(?:subscribe|sign in|log in|sign up|newsletters?|go ad[- ]?free|cookies?|advertisement|"
    r"share (?:this|on|via)|follow us|download (?:our|the) app|all rights reserved|copyright|"
    r"listen live|now playing|on air|min read|minute read|min listen|mins? read|"
    r"listen to this article|skip to|back to top|privacy policy|terms of (?:use|service)|"
    r"javascript|ad ?blocker|reading time|comments? \(\d+\)|\d+ comments?|view comments|"
    r"join the conversation|leave a comment|story continues below|continue reading below|"
    r"scroll to continue|tap to unmute|click to play|press play|media contacts?|press contacts?|"
    r"page \d+ of \d+|sort by)\b|[©ⓒ]|^(?:[\w'&.-]+ ){0,3}logo$|"
    r"\S+@\w[\w.-]*\.[a-z]{2,}\b",
)

# A site telling the reader what it keeps on their device, however worded ("Longlens stores a handful of files on your
# device", "The Messenger and its partners would like to use cookies", "This archive sets no cookies"): chrome where
# the line reports nothing (no saying, no quotation; "the regulator said the app used cookies" is news).
_DATA_NOTICE = re.compile(
    r"\b(?:cookies|files|data|identifiers|local storage) on (?:your|this) (?:device|browser|computer|phone)\b|"
    r"\b(?:uses?|sets?|stores?|keeps?|places?|would like to (?:use|set|store|place))\s+(?:[\w-]+\s+){0,5}?"
    r"(?:cookies|local storage)\b"
)
_REPORTED = re.compile(r"\b(?:said|says|told|according to|reported|ruled|fined|found|alleged)\b|[\"“”]")
# A download link with its file's size, or a wire's provider line: chrome when it is no sentence.
_UTILITY = re.compile(r"\(\d+(?:[.,]\d+)?\s?[km]b\)|^news provided by\b")
_CHROME_PROSE = re.compile(
    r"we use cookies|this (?:site|website) uses cookies|cookie (?:policy|settings|preferences|notice)|"
    r"use of cookies|accept (?:all )?cookies|by continuing to (?:use|browse)|\buse cookies and similar|"
    r"by signing up,? you agree|we use your sign-?up to|email (?:our|the) news ?desk|we pay for stories|"
    r"\bfollow us on (?:social media|facebook|twitter|x|instagram|tiktok|whatsapp|telegram|linkedin|youtube)\b|"
    r"this (?:article|story|post) is (?:free|open) to read|\bregister (?:for|to (?:get|read)) (?:\w+ )?free articles?\b|"
    r"^thanks for reading\b[^.!?]*[.!?]\s*this post is public|this post is public,? so feel free to share|"
    r"^(?:have|got) (?:a|any) (?:photos?|pictures?|videos?|footage)\b[^?\"“”]{0,60}\?\s*(?:send|email|share|upload)\b[^\"“”]*$|"
    r"this (?:article|story) (?:appears|appeared) in the [\w ]+ (?:issue|edition)\b|"
    r"^a version of this (?:article|story) (?:appears|appeared) in print\b|^in the (?:paper|print edition)\s*:|"
    r"^this (?:article|story|piece|post|report)(?: by [^.]{2,80}?)? (?:was |is )?(?:originally |first )(?:published|appeared|ran)\b|"
    r"^(?:written|reported|produced) by [^.]{2,80}? for (?:the )?[^.]{2,60}? and (?:is |was )?"
    r"(?:republished|reproduced|reprinted|shared)\b|"  # a partner's story, its syndication note
    r"^(?:this |the )?(?:article|story|piece|report|post|column|interview|(?:live )?coverage)(?: by [^.]{2,80}?)? "
    r"(?:is|was|has been) (?:reproduced|republished|reprinted) with (?:the )?(?:kind )?permission\b|"
    r"^(?:this )?(?:story|article|report) (?:was |is )?(?:supplied|provided) by\b|"  # a partner's or a service's story
    r"^this translation (?:was|has been) (?:checked|reviewed|edited|made)\b|"
    r"^saved (?:with|from|by|using) (?:the )?[\w' -]{0,40}(?:extension|app|reader|bookmarklet|add-on)\b|"  # a read-later copy
    r"^the post .{3,300} appeared first on\b|"  # a blog feed's footer under every item
    r"^(?:journalists|reporters|the media) (?:can|should|may) (?:reach|contact|call|email)\b|"
    r"^was this (?:page|article|information|answer) (?:helpful|useful)\?|"
    r"all rights reserved|copyright \d{4}|[©ⓒ]\s*\d{4}|"
    r"sign up (?:for|to) (?:our|the)\b[^.]*newsletter|(?:subscribe|sign up) to (?:our|the) [\w ]*newsletter|"
    r"delivered (?:straight )?to your inbox|support (?:our|independent|quality)(?: [\w'’-]+)? journalism|"
    r"\bfree to read because\b|^join (?:them|us|our \w+) (?:from|for) [£$€]\s?\d|"  # a members' appeal
    r"become a (?:member|supporter|subscriber)\b|(?:disable|turn off|pause) your ad ?blocker|"
    r"please enable javascript|email address will not be published|required fields are marked|"
    r"get (?:unlimited|full)(?: digital)? access|^catch (?:all )?the latest [\w ,]{0,60}news\b|"
    r"\bread (?:more )?about our (?:editorial )?(?:standards|ethics|policies|principles)\b|this (?:article|story|content) (?:contains|includes) affiliate links|"
    r"we may earn a commission|(?:in|to) your inbox|contributed (?:reporting )?to this (?:report|story|article)|"
    r"views expressed (?:here |in this \w+ )?are (?:those of )?the (?:author|writer)|^views expressed (?:here )?are personal\b|"
    r"this (?:is a )?(?:developing|breaking)(?: news)? story|"
    r"this (?:article|story) (?:is developing|will be updated|has been updated|was updated)|^stay with [\w.-]+ for updates\b|"
    r"^\(?disclaimer: this is a (?:press release|sponsored|paid)\b|"  # a portal's note under a release it carries
    r"^additional reporting by|^(?:\()?reporting by|^editing by|^compiled by|^writing by|^\(?with (?:inputs|files) from\b",
)

# A transcript's cue: a running time, then its words ("0:04 us. We begin", "- 1:02:15 and then").
_CUE = re.compile(r"^[-–•*]?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s+\S")
_FIRST_CUE = re.compile(r"^[-–•*]?\s*0:[0-5]\d\s")  # a track starts at 0:00-0:59, a clock's "00:05" is no start
_TRANSCRIPT_CUES = 3
_CUE_WORDS = 14  # a cue's median length: a live blog's entries run longer
# What a consent dialog asks about, and the buttons under it.
_CONSENT_SUBJECT = re.compile(
    r"\b(?:cookies?|your device|this device|identifiers?|personal data|your data|your information|vendors|"
    r"(?:advertising|trusted|our|\d+) partners|tracking|adverts?|advertising)\b",
    re.IGNORECASE,
)
_SPONSORED = re.compile(
    r"^(?:sponsored|promoted|paid (?:post|content|partnership)|partner content|advertisement feature|advertorial|"
    r"in association with|brought to you by)\b",
    re.IGNORECASE,
)
# a dialog or the outlet asks the reader; a report tells of others ("the US embassy" asks no one)
_READER = re.compile(r"\b(?:[Yy]ou|YOU|[Yy]our|YOUR|[Ww]e|WE|[Uu]s|[Oo]ur|OUR)\b")
_CONSENT_BUTTON = re.compile(
    r"^(?:accept|agree|allow|approve|consent|reject|decline|refuse|manage|customi[sz]e|choose|review|only|"
    r"essential|necessary|options|settings|preferences|i agree|yes|no|ok|got it|decide|more options|"
    r"view (?:our |the )?(?:vendors|partners))\b",
    re.IGNORECASE,
)
_CONSENT_MAX_WORDS = 120

_PAYWALL = re.compile(
    r"subscribe (?:now )?to (?:continue|read|keep reading|unlock)|to continue reading|"
    r"(?:continue|keep) reading (?:with|for)|already a subscriber|subscribers? only|"
    r"exclusive(?:ly)? for (?:subscribers|members)|you(?:['’]ve| have) reached (?:your|the) "
    r"(?:free )?(?:article|story|monthly)? ?limit|free (?:articles?|stories) (?:left|remaining)|"
    r"this (?:article|content|story) is (?:available )?(?:only )?(?:for|to) (?:paying )?"
    r"(?:subscribers|members)|unlock (?:this|the full|full) (?:article|story|access)|"
    r"start your (?:free )?trial|create a free account to (?:continue|read)|"
    r"register (?:for free )?to (?:continue|read)|the rest of this (?:article|story) is",
)

_ROLE_WORDS = re.compile(
    r"\b(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|producer|"
    r"analyst|critic|reviewer|chief|staff|freelance|intern|desk|bureau|presenter|anchor|host|newsroom)s?\b",
    re.IGNORECASE,
)
# A desk's byline: a paper's or agency's name before a role word ("By Dispatch staff", "Tidewater newsroom", "Tribune Web
# Desk": a title-case headline may end on "Staff", "Team" or "Newsroom", seldom on "Desk").
_DESK = re.compile(
    r"^(?:(?:the|our)\s+)?(?:(?:[A-Z0-9][\w&.'’-]*|news|live|graphics|data|investigations|press|media|communications)\s+){0,3}"
    r"(?:staff|reporters?|correspondents?|writers?|[Dd]esk|newsroom|team|bureau|(?:press|media|communications) office)$"
)
_BYLINE = re.compile(
    r"^(?:by|written by|words by|story by|article by|report by|posted by|presented by|live reporting by|von|par|por|door|av"
    r"|author|(?:[a-z]+\s+)?(?:reporter|correspondent|writer|editor)(?=\s*:))\s*:?\s+(.+)$",  # "Court reporter: Ana Vey"
    re.IGNORECASE,
)
# A name run into its role in sentence case, without a separator ("Ana Vey Health correspondent").
_NAME_THEN_ROLE = re.compile(
    r"^([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}) [A-Z][a-z]+(?: [a-z]+){0,2} (?:editor|correspondent|reporter|writer|columnist)$"
)
# "By Ana Vey, a senior reporter covering health and science": a byline with the writer's bio run on.
_BIO_BYLINE = re.compile(r"^(?:By|BY) ([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}), (?:a|an|the|our) ")
_BIO_BYLINE_WORDS = 32
_AFFILIATION = re.compile(r"\s*\([^()]{1,40}\)")  # "Dominic Farrow (KVRN)"
_BYLINE_PLACE = re.compile(r"\s+(?:at|in)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}$")  # "By Ana Vey at Harbour Road"
_NAME_LIST = re.compile(r",|\band\b|&")
_DATED_BYLINE = re.compile(r"^(.+?)\s+by\s+(.+)$", re.IGNORECASE)
_NAME_WORD = re.compile(r"^(?:[A-Z][\w.'’-]*|and|&|de|da|del|der|van|von|la|le|al|bin|ibn|y)$")
_SEPARATORS = re.compile(r"\s+[|·•–—-]\s+|\s*[|·•]\s*")
_WIRE_TAGLINE = re.compile(r"^\(?(?:reporting|additional reporting|writing) by\s+([^;()]+)", re.IGNORECASE)

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DATE = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\.?,?\s+\d{{4}}"
    rf"|{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{4})\b",
    re.IGNORECASE,
)
# "12. März 2025", "3 de marzo de 2025": a day, a month word and a year in another language.
_FOREIGN_DATE = re.compile(r"\b\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,12}\.?,?\s+(?:de\s+)?\d{4}\b")
_OTHER_LANGUAGES = ["de", "fr", "es", "it", "nl", "pt", "sv", "da", "nb", "pl"]
# A numeric date, or a year with a clock time: a date line in any language ("Yayınlanma: 20.09.2024 14:10",
# "प्रकाशित: 14 अक्टूबर 2024, 06:20 PM IST").
_STAMPED = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})\b|\b(?:19|20)\d\d\b\D{0,12}\b\d{1,2}:\d{2}\b")
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\b|\b\d{1,2}\s*[ap]\.?m\.?\b", re.IGNORECASE)
# A player's running time alone on its line: "38 min", "1 hr 5 min".
_DURATION_LINE = re.compile(r"^\d{1,3}\s*(?:mins?|hrs?)(?:\s+\d{1,2}\s*mins?)?$", re.IGNORECASE)
_RELATIVE = re.compile(
    r"\b(?:\d+|an?|one|few)\s+(?:sec|second|min|minute|hour|hr|day|week|month|year)s?\s+ago\b|"
    r"\b(?:just now|yesterday|today)\b",
    re.IGNORECASE,
)
# A comment's header, a reader's handle and how long ago they posted ("@kaldous 2 days ago"), and the reactions row
# under a comment ("👍 39 Reply"): a comment thread's, never a story's date.
_COMMENT_STAMP = re.compile(
    r"^@[\w.]+\s+(?:\d+|an?|one)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago(?:\s*\(edited\))?$", re.I
)
_REACTIONS_ROW = re.compile(r"^(?:👍\s*)?[\d.,]+[km]?\s+(?:reply|replies)$", re.I)
# Where a byline's date or time begins: "By Ana Moll 17 Feb 2025, 14:32", "By Ana Moll Wednesday 9 April".
_BYLINE_STAMP = re.compile(
    rf"\b(?:(?:on\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\b|(?:on\s+)?{_MONTH}\.?\s+\d{{1,2}}\b|(?:on\s+)?\d{{1,2}}[:./]\d{{2}}|"
    rf"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|satur|sun)day,?\s+(?:\d|{_MONTH}\b)|updated|published|posted)\b",
    re.IGNORECASE,
)
# A live blog entry's stamp, with or without its author: "Posted at 07:14 Lise Varro", "Updated at 09:16 GMT".
_ENTRY_STAMP = re.compile(
    r"^(?:(?:[Pp]osted|[Uu]pdated|[Pp]ublished)\s+(?:at\s+)?)?\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?"
    r"(?:\s+[A-Z][\w.'’-]*){0,3}$"
)  # the stamp, then at most a time zone and the entry's author
_TIME_GLUED = re.compile(r"(?<=\b\d\d[:.]\d\d)(?=[A-Z][a-z])|(?<=\b\d[:.]\d\d)(?=[A-Z][a-z])")  # "07:14Lise Varro"
_COPYRIGHT_NOTICE = re.compile(
    r"(?:[©ⓒ]|\bcopyright\b)\s*(?:\d{4}|\(c\))|^ⓒ|\ball rights reserved\b", re.IGNORECASE
)  # "ⓒ": a circled c for ©, as some Asian sites set it
_DATE_FILLER = re.compile(
    r"\b(?:published|updated|posted|last|first|modified|on|at|date|time|am|pm|a\.m|p\.m|gmt|utc|embargoed|until|"
    r"edt|est|cdt|cst|pdt|pst|bst|cet|cest|eet|msk|ist|jst|aest|"
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|ago|just|now|yesterday|today|and|since|read|min|mins|minutes?|hours?|"
    r"days?|weeks?|months?|years?|secs?|seconds?|hrs?|an?|one|few|by|\d+)\b|[^\w\s]",
    re.IGNORECASE,
)

# Words that label a picture's credit, in the languages pages come in ("Photo:", "Фото:", "Φωτογραφία:", "צילום:").
_CREDIT_WORDS = (
    r"source|photo|photos|photograph|photography|image|images|picture|pic|credit|"
    r"photo credit|image credit|image source|illustration|graphic|file photo|cover image|"
    r"main image|top image|header image|featured image|video|"
    r"foto|fotos|фото|фотография|bild|bildquelle|quelle|crédit|crédits|crédit photo|imagen|immagine|beeld|"
    r"φωτογραφία|φωτογραφίες|φωτ\.|צילום|ภาพ|صورة|تصوير|写真|사진|图片|照片"
)
_CREDIT_LABEL = re.compile(rf"^\(?(?:{_CREDIT_WORDS})\s*[:：|]\s*(.{{2,100}}?)\)?\.?$", re.IGNORECASE)
# A broadcaster's picture labels: "IMAGE SOURCE, NORTHLIGHT", "Image caption, Boats at the quay."
_PICTURE_LABEL = re.compile(r"^(?:image|picture|photo) (?:source|credit)\s*,\s*(.{2,100}?)\.?$", re.IGNORECASE)
_PICTURE_CAPTION = re.compile(r"^(?:image|picture|photo) caption\s*,", re.IGNORECASE)
_CREDIT_BY = re.compile(
    r"^\(?(?:photo|photograph|image|picture|illustration)s?\s+(?:by|courtesy of|courtesy|via)\s+"
    r"(.{2,100}?)\)?\.?$",
    re.IGNORECASE,
)
# A caption ending in its credit: "Firefighters at the pier on Monday. (Photo: Jane Doe/Agency)", "(Φωτογραφία: ...)".
_CAPTION_CREDIT = re.compile(
    r"(?:^|[.!?)\s])[(\[]?(?:photo|photograph|image|picture|credit|source|illustration|foto|фото|φωτογραφία|צילום)"
    r"\s*(?::|by)\s*"
    r"([^()\[\]]{2,100}?)[)\]]?\.?$|"
    r"\(((?:[\w.'’-]+ ){1,3}photo\s*/\s*[^()]{2,60})\)\.?$",  # "(AP Photo/Jane Doe)"
    re.IGNORECASE,
)
# A caption ending in a bare "Name/Agency" credit: "Crowds on the quay. Jane Roe/Northlight Images".
_SLASH_CREDIT = re.compile(
    r"[.!?][\"”’)]?\s+((?:[A-Z][\w.'’-]+ ){1,3}[A-Z][\w.'’-]+\s?/\s?[A-Z][\w&.'’-]*(?: [A-Z&][\w&.'’-]*){0,4})$"
)
_AGENCY_CREDIT = re.compile(
    r"^(?:[\w.'’ -]{2,60}/\s*)?(?:getty images|afp|reuters|ap photo|ap|epa|epa-efe|shutterstock|"
    r"alamy|bloomberg|anadolu|xinhua|tass|sipa|pa images|pa wire|ap images|afp via getty images)"
    r"(?:\s+via\s+[\w ]+)?$",
    re.IGNORECASE,
)

# A wire dateline alone on its line, its text on the next: "PORTHALLOW, March 4 (Halyard)", "OSLO, 4 March (NTB) -".
_DATELINE_LINE = re.compile(
    rf"^[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*,\s+(?i:{_MONTH}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}\.?)"
    r"\s*(?:\([A-Za-z][\w .&'’-]*\))?\s*[-–—]*$"
)

_LETTER = re.compile(r"[^\W\d_]")
_TERMINATED = re.compile(r"(?:[.!?:;。！？]|[.!?,]['\"”’)\]]+|['\"”’)\]]*[.!?]['\"”’)\]]*)$")
_INITIALISM_END = re.compile(r"\b(?:[A-Z]\.){2,}$")
_ELLIPSIS = re.compile(r"(?:\.\.\.|…)['\"”’)\]]*$")
# Words a sentence goes on after and a headline does not end on: an article, a possessive, a preposition
# that takes a noun, a conjunction.
_ENDS_MID_PHRASE = re.compile(
    r"\s(?:a|an|the|of|to|and|or|but|with|from|for|at|as|that|which|whose|its|their|his|her|our|than|into|"
    r"during|between|against|among|by)$|\d\s+on$",  # "talks drag on" ends a headline, "24 votes to 23 on" does not
)  # lower case only: "drawn with Denmark in Group A" and "near Bend, OR" end headlines
# A word that leads a number ("which represents around" + "6,000 crew members and boat owners, had asked for any
# cut to"): joined only where that next line stops mid-phrase too ("... is finally over" + "300 crew members return to
# work on Monday." are a headline and its standfirst).
_ENDS_BEFORE_NUMBER = re.compile(r"\s(?:around|about|some|nearly|almost|roughly|approximately|over|under|just)$")
# A body that publishes: "Infrastructure and Transport Committee", "Department of Marine Sciences", "Press Office".
_PUBLISHER_LABEL = re.compile(
    r"^(?:(?:the )?(?:department|faculty|school|institute|office|ministry|directorate|division) of\b|"
    r"(?:[A-Z][\w'’&-]*\s+|and\s+|of\s+|&\s+){0,5}(?:Committee|Department|Council|Office|Ministry|Institute|Centre|Center|Unit|"
    r"Agency|Service|Directorate|Division|Board|Desk|Team|Faculty|School)$)",
    re.IGNORECASE,
)
# A word character right before a capitalised word with no space: two block elements glued.
_GLUE = re.compile(r"(?<=[a-z0-9])(?=[A-Z][a-z])|(?<=[a-z][.!?])(?=[A-Z][a-z])")
_SENTENCE_GLUE = re.compile(r"(?<=[a-z0-9]{2}[.!?])(?=[A-Z][a-z])")  # "ended.Officials", "40,000.The": two sentences glued
_ABBREVIATIONS = frozenset(
    """prof gov capt rev dr mr mrs ms sen rep gen col maj sgt lt st mt jr sr inc corp ltd co bros dept univ fig vol
    no nos est approx ave blvd rd cmdr adm supt insp det""".split()
)
_WEB_SUFFIX = re.compile(r"(?:Com|Org|Net|Gov|Edu|Info|Io|News)\b")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_NON_WORD = re.compile(r"[^\w]+")
# A page's filing and counters, not its text: "Tags: ammonia, refrigeration", "Reference: PR-2024-187", "COMMENTS 1.2k".
_META_LINE = re.compile(
    r"^(?:tags?|topics?|filed under|categor(?:y|ies)|keywords?|reference|ref\.?)\s*:|^comments?\s*\(?[\d.,]+k?\)?$",
    re.IGNORECASE,
)
# The buttons of a share bar, which a flattened page keeps as a line of their names.
_SHARE_BUTTONS = frozenset(
    "share shares facebook x twitter whatsapp email e mail print linkedin reddit telegram messenger pinterest copy link"
    " save comment comments bluesky threads".split()
)
_BREADCRUMB = re.compile(r"\s[>›»]\s")
_TRAIL_LABEL = re.compile(r"^(?:you are here|you are in|location)\s*:\s*", re.IGNORECASE)
_NAV_SEPARATORS = re.compile(r"\s*[|•·›»>/]\s*")
_CAPITALISED = re.compile(r"[A-Z][a-z]+")
_SEPT = re.compile(r"\bsept\b", re.IGNORECASE)
_BULLET_LINE = re.compile(r"^\s*[•·▪●*–-]\s+")
_SUMMARY_LABELS = frozenset(("key points", "key takeaways", "at a glance", "in brief", "summary", "the essentials"))
_POINTS_LABELS = _SUMMARY_LABELS - {"in brief"}  # over the story's own points ("In brief" heads a rail of other stories)
# A series or package a story belongs to, named over its headline: "Part of the series: Who Pays".
_SERIES_LABEL = re.compile(
    r"^(?:part (?:\d+ )?of (?:the |a |our )?(?:series|investigation|project)|series|from the series)\s*:", re.I
)
_BYLINE_REACH = 40  # lines a byline may stand over the text, with no prose between (a transcript, a scorecard)
_BIO_LINE = re.compile(r"^[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*){1,3} (?:is|was) (?:a|an|the|our)\b")
_FOREIGN_BYLINE = re.compile(r"^(?:كتب|بقلم|إعداد|автор|текст|συντάκτης|συντάκτρια)\s*:?\s+\S", re.IGNORECASE)

# ---------------------------------------------------------------------------------------------
# Weights: the main article is the window of lines with the largest summed weight.

_WEIGHT_PER_PROSE_WORD = 1.0
_WEIGHT = {
    "title": -2.0,  # a subheading costs little, so a run of prose crosses it
    "date": -1.0,
    "byline": -1.0,
    "credit": -1.0,
    "link": -1.0,
    "embed": -1.0,  # another party's post shown inside the story: crossed like an inline link
    "chrome": -5.0,
    "paywall": -30.0,
    "rail_header": -25.0,
    "end_marker": -40.0,
}
_RAIL_LINE_WEIGHT = -3.0
_END_MARKER_WORDS = 8  # an end marker is a header, never a paragraph
_RAIL_ITEM_WORDS = 30  # a teaser's snippet is shorter: a paragraph this long under a byline is an article's
_FALLBACK_WORDS = 8  # a sentence this long that only chrome words made chrome is text where nothing else is
_SKIPPED_KINDS = frozenset(("date", "credit", "byline", "chrome", "link", "embed"))  # lines between a text's contents
_SUBHEAD_WORDS = 8  # a title this short between paragraphs is a subhead
_NEXT_STORY_TITLE_WORDS = 6  # a title this long over a paragraph retelling it opens another story
_NEXT_STORY_RETOLD = 0.6  # share of its content words that paragraph tells again
_NEXT_STORY_SHARED = 0.34  # below this share of its content words in the page's headline, it is about something else
_SIGNED_ENTRIES = 2  # signed headline blocks after the opening from which they are entries, not a next story
_OPENING_BONUS = 40.0  # the weight of a paragraph under the page's headline block, besides its words
_HEADER_LINES = 8  # lines of byline, date, credits and share buttons between a headline and its article
_FACT_ROW_WORDS = 12  # a fact box's row under a byline is no longer
# What a page puts between a headline and its article: a share bar's "Comments (12)" is no end of it.
_HEADER_KINDS = frozenset(("date", "byline", "credit", "chrome", "link", "end_marker"))
_LONG_PROSE_WORDS = 30  # an unterminated line this long is a (truncated) paragraph, not a title
_RAIL_BREAK_WORDS = 50  # a paragraph this long ends a teaser rail
_HEADLINE_LOOKBACK = 12
_STANDFIRST_MAX_WORDS = 40
_KICKER_WORDS = 3  # a title over the headline this short (in title case; shorter in any case) is its kicker
_LABEL_WORDS = 6  # a line under the headline this short, naming a body, may label it (a department, a committee)
_CUT_PARAGRAPH_WORDS = 12
_STAMPED_LINE_WORDS = 10  # a numeric date with labels in another language ("Atualizado há 2 horas")
_STANDFIRST_WORDS = 6  # under the headline, a title this long is its standfirst (a site name or a label is shorter)
_DATE_LINE_WORDS = 18  # "March 4, 2025 at 6:30 a.m. EST Updated March 4, 2025 at 9:12 a.m. EST" is 16
_PULL_QUOTE_WORDS = 40
_GLUE_MAX_CHARS = 600  # a teaser snippet glued to a headline is far shorter; longer lines are prose
_WRAP_MAX_WIDTH = 100  # a hard-wrapped page has no line longer than this
_WRAP_SLACK = 20  # a wrapped line ends within this many characters of the width
_WRAP_FULL_SHARE = 0.2
_WRAP_MIN_LINES = 6
_NOTE_MAX_WORDS = 40  # a covering note this short ...
_FORWARD_MARKER = re.compile(r"^\W*(?:begin )?(?:forwarded message|original message)\b", re.IGNORECASE)
_POINTS_AHEAD = re.compile(  # ... that points to what follows
    r"\b(?:copied|pasted|forwarded|see|find|share|read)\b[^.!?]{0,40}\bbelow\b", re.IGNORECASE
)
_WRAP_BLOCK_SLACK = 12  # a wrapped paragraph's lines but its last end within this many characters of its longest
_WRAP_MIN_BLOCKS = 3  # ... and a page wrapped in part has this many such paragraphs of one width,
_WRAP_WIDTH_SPREAD = 2  # ... whose longest lines are this much longer than the usual longest at most
_WRAP_MIN_WIDTH = 60  # ... a terminal's or an e-mail's (a list of short items fills its lines alike too)
_TAIL_CHARS = 40  # enough of a line's end to read how it ends
# A line of prose that runs on past a full stop into a sentence it does not end ("... on 54. The nationalist Homeland"):
# no headline does that, so the next line that ends like a sentence is that sentence's rest.
_RUNS_ON_PAST_STOP = re.compile(
    r"[a-z0-9]{2,}[%)]?[.!?][\"”’]?\s+(?:The|A|An|It|Its|He|She|They|Their|His|Her|This|That|These|Those|In|On|At|But|"
    r"And|After|Before|When|While|As)(?:\s[^\s.!?:|]+)+$"
)  # (a sentence's first words after a stop, not a credit such as "Photo: X" or "Ana Vey for Halcyon")
_RUN_ON_MIN_WORDS = 12
_REJOIN_MIN_PREVIOUS = 6  # a lower-case line goes on a line this long that stops mid-sentence
_UNGLUE_MIN_WORDS = 6  # a line this long has sentences glued at a full stop split
_LABELLED_LINK_WORDS = 24  # a linked headline under a label in capitals is no longer
_CHROME_MAX_CHARS = 2000  # a line longer than this is no cookie notice, menu or share button
_SHORT_LINE_WORDS = 60  # longer lines are paragraphs; their case and chrome vocabulary need no check
_CAPTION_TAIL_CHARS = 120
_LONGEST_TITLE_WORDS = 20  # a line longer than this is not one headline
_PARAGRAPH_CHROME_WORDS = 40  # a longer paragraph another extractor kept is the article's, not a promo
_QUESTION_HEADLINE_WORDS = 16  # a question opening the text, up to this long, is its headline

# Teaser parsing (Viterbi over label / title / snippet / other).
_ITEM_BONUS = 1.5
_TITLE_ONLY_COST = -0.3
_DROP_IN_RAIL = -1.5  # under a rail header nearly every line belongs to some item
_LABEL_OVERLAP_BONUS = 3.0
_SNIPPET_MIN_CHARS = 60  # a teaser snippet is cut at a length; shorter lines need a snippet's marks
_NEG = float("-inf")


@dataclass
class _Line:
    text: str
    kind: str  # prose | title | date | byline | credit | link | embed | chrome | paywall | rail_header | end_marker
    words: int
    cap: float  # share of capitalised content words after the first: high for Title Case
    terminated: bool
    credit: str | None = None
    rail: int = 0  # id of the teaser rail holding this line; 0 when none
    headed_rail: bool = False
    opens_article: bool = False  # the first paragraph after the page's headline, byline and date
    after_article: bool = False  # after the wall or end marker that follows the article's opening
    cut_paragraph: bool = False  # a paragraph cut off mid-sentence right after the article (a title by its shape)
    sentence_headline: bool = False  # a headline that ends like a sentence, over its byline and date


# ---------------------------------------------------------------------------------------------
# Line features


def _cap_ratio(words: list[str]) -> float:
    """Share of capitalised words among the content words after the first."""
    content = 0
    capital = 0
    for raw in words[1:]:
        word = raw.strip("\"'“”‘’()[]:,;.!?-–—")
        if not word or word.lower() in _STOPWORDS or not word[0].isalpha():
            continue
        content += 1
        if word[0].isupper():
            capital += 1
    return capital / content if content else 1.0


@lru_cache(maxsize=16_384)
def norm(text: str) -> str:
    """Lower case, words only (cached: the learned readings' features norm each line several times)."""
    return _NON_WORD.sub(" ", text.lower()).strip()


def content_words(text: str) -> set[str]:
    return {w for w in norm(text).split() if w not in _STOPWORDS}


def _is_terminated(text: str) -> bool:
    return bool(_TERMINATED.search(text)) and not _ELLIPSIS.search(text)


def _looks_like_name(part: str) -> bool:
    words = part.replace(",", " ").split()
    return 1 <= len(words) <= 10 and all(_NAME_WORD.match(w) for w in words) and part[:1].isupper()


def _byline_names(text: str) -> str | None:
    """The names in a byline line ("By Jane Doe and John Roe", "Jane Doe | Staff Writer",
    "Posted on March 5, 2025 by Jane Doe"), without roles and dates; None for other lines."""
    bio = _BIO_BYLINE.match(text)
    if bio and _ROLE_WORDS.search(text[bio.end(1) :]):
        return bio.group(1)  # "By Ana Vey, a senior reporter covering health"
    dated = _DATED_BYLINE.match(text)
    if dated and _is_date_line(dated.group(1), len(dated.group(1).split())):
        names = dated.group(2).strip(" .")
        return names if _looks_like_name(names) else None
    match = _BYLINE.match(text)
    named = _AFFILIATION.sub("", match.group(1)) if match else text
    if match and text[:3] in ("By ", "BY "):
        named = _BYLINE_PLACE.sub("", named)  # "By Ana Vey at Quay Road" (not "Story by Teen Wins Prize in London")
    if match and (stamp := _BYLINE_STAMP.search(named)) and stamp.start() > 0:
        named = named[: stamp.start()].rstrip(" ,|·•-–—")  # "By Oona Prescott Wednesday 9 April 2025"
    parts = [p.strip() for p in _SEPARATORS.split(named) if p.strip()]
    if not parts:
        return None
    role = None if match else _NAME_THEN_ROLE.match(text)
    if role and not any(w.endswith("s") for w in text[role.end(1) :].split()[:-1]):
        return role.group(1)  # "Tobias Renshaw Political editor" (not "New York Times fires columnist")
    # "Jane Doe, Staff Writer": a role after a comma is not a name.
    comma_parts = [p.strip() for p in parts[0].split(",")]
    if match and len(comma_parts) > 1 and _looks_like_name(comma_parts[0]):
        # "By Marcus Tembo, Ridgeline 6": after a comma, what is no name is the writer's outlet, not part of the name
        comma_parts = [comma_parts[0], *(p for p in comma_parts[1:] if _looks_like_name(p) or _ROLE_WORDS.search(p))]
    names = ", ".join(p for p in comma_parts if p and not _ROLE_WORDS.search(p))
    desk = comma_parts[0] if _DESK.match(comma_parts[0]) else None  # "Dispatch staff", "Standard reporters"
    if not names and (match or desk):
        names = comma_parts[0]  # "By Staff Reporter": a desk's byline
    if not names or not (_looks_like_name(names) or names == desk):
        return None
    # Without "By", a name counts only beside a role or a date.
    extras = parts[1:] + comma_parts[1:]
    if not match and not desk and not any(_ROLE_WORDS.search(p) or _DATE.search(p) for p in extras):
        return None
    return names


def _is_date_line(text: str, words: int) -> bool:
    if words <= 6 and _FOREIGN_DATE.search(text) and len(_FOREIGN_DATE.sub(" ", text).split()) <= 2:
        return True
    if words <= _STAMPED_LINE_WORDS and _STAMPED.search(text) and not _is_terminated(text):
        return True  # "05/09/2024 - 16:22 | Atualizado há 2 horas", "Yayınlanma: 20.09.2024 14:10"
    if words > _DATE_LINE_WORDS or not (_DATE.search(text) or _RELATIVE.search(text) or _TIME.search(text)):
        return False
    rest = _DATE.sub(" ", text)
    rest = _TIME.sub(" ", rest)
    rest = _DATE_FILLER.sub(" ", rest)
    return len(rest.split()) <= 1


def _credit_of(text: str, words: int) -> str | None:
    if words <= 14:
        for pattern in (_CREDIT_LABEL, _CREDIT_BY):
            match = pattern.match(text)
            if match:
                return match.group(1).strip(" .")
        if _AGENCY_CREDIT.match(text.strip("() .")):
            return text.strip("() .")
    if words <= 40 and (label := _PICTURE_LABEL.match(text)):
        return label.group(1).strip(" .")
    if words <= 60:
        tail = text[-_CAPTION_TAIL_CHARS:]
        match = _CAPTION_CREDIT.search(tail) or _SLASH_CREDIT.search(tail)
        credit = match and next(g for g in match.groups() if g)
        if credit and len(credit.split()) <= 8:
            return credit.strip(" .")
    return None


def _shaped(text: str) -> _Line:
    """A line read by its shape alone (length, case, how it ends): a paragraph ("prose") or a "title"."""
    tokens = text.split()
    words = len(tokens)
    # Case matters only for lines that may be titles, snippets or a rail's items.
    cap = _cap_ratio(tokens) if words <= _SHORT_LINE_WORDS else 0.0
    # "... against the U.S." ends with an initialism's full stop, not a sentence's.
    terminated = _is_terminated(text) and not (words <= 16 and _INITIALISM_END.search(text))
    kind = "title"
    if terminated and words >= 3:
        question = text.rstrip("\"'”’)").endswith(("?", "!"))
        kind = "title" if question and words <= 16 and cap >= 0.6 else "prose"
    elif words >= _LONG_PROSE_WORDS:
        kind = "prose"
    return _Line(text=text, kind=kind, words=words, cap=cap, terminated=terminated)


def _classify(text: str, cleaned: bool = False) -> _Line:
    line = _shaped(text)
    words = line.words
    low = text.lower()  # the chrome patterns are written lower-case: faster than IGNORECASE
    lower = norm(text) if words <= 8 else ""

    if RAIL_HEADER.match(lower) and words <= 6:
        line.kind = "rail_header"
    elif _is_end_marker(text, lower):
        line.kind = "end_marker"
    elif (early := _early_chrome(text, words, low, lower)) is not None:
        line.kind, line.credit = early
    elif (words <= 16 or (words <= _BIO_BYLINE_WORDS and _BIO_BYLINE.match(text))) and _byline_names(text):
        line.kind = "byline"
    elif (
        words <= 16
        and not line.terminated
        and (_FOREIGN_BYLINE.match(text) or (_BIO_LINE.match(text) and _ROLE_WORDS.search(text)))
    ):
        line.kind = "byline"
    elif _is_date_line(text, words) or (words <= 8 and (_ENTRY_STAMP.match(text) or _DATELINE_LINE.match(text))):
        line.kind = "date"
    elif _late_chrome(text, words, low, sentences_are_prose=cleaned) or (words <= 6 and not _LETTER.search(text)):
        line.kind = "chrome"  # ... or a short line without a letter: "1934 – 2026", "16" (a share count)
    return line


def _is_end_marker(text: str, lower: str) -> bool:
    """A header after which a page holds no more article: comments, an author or company box, a release's
    contacts. `lower` is the normalised text of a short line, empty for a longer one."""
    thread = len(text.split()) <= _THREAD_HEADER_WORDS and _THREAD_HEADER.match(text) is not None
    return bool(_END_MARKER.match(lower)) or thread or is_release_end(text)


def is_release_end(text: str) -> bool:
    """A press release's company box header ("About the Tidewater Trust"), contacts, "SOURCE" tag or end mark."""
    return len(text.split()) <= _END_MARKER_WORDS and bool(_ABOUT_BOX.match(text) or _RELEASE_END.match(text))


def _early_chrome(text: str, words: int, low: str, lower: str) -> tuple[str, str | None] | None:
    """(kind, credit) for a menu item, paywall, inline link or credit line; checked before bylines and dates."""
    if words == 0 or (words <= 8 and (not lower or lower in _CHROME_LINES)) or (words <= 20 and _META_LINE.match(text)):
        return "chrome", None
    if _DURATION_LINE.match(text):
        return "chrome", None  # a player's running time
    if words <= 8 and (_COMMENT_STAMP.match(text) or _REACTIONS_ROW.match(text)):
        return "chrome", None
    if words <= 10 and set(_NON_WORD.split(low)) - {""} <= _SHARE_BUTTONS:
        return "chrome", None  # "SHARE   FACEBOOK   X   WHATSAPP", "Share | Email | Print"
    if words <= 60 and _PAYWALL.search(low):
        return "paywall", None
    if _INLINE_LINK.match(text) and words <= 30:
        return "link", None
    if _LABELLED_LINK_PREFIX.match(text) and words <= _LABELLED_LINK_WORDS and not _is_terminated(text):
        return "link", None
    if (credit := _credit_of(text, words)) is not None:
        return "credit", credit
    if words <= _PULL_QUOTE_WORDS and _PICTURE_CAPTION.match(text):
        return "credit", None  # a broadcaster's "Image caption, ...": with the picture's credit, not the text
    return None


def _late_chrome(text: str, words: int, low: str, sentences_are_prose: bool = False) -> bool:
    """Chrome prose ("We use cookies ..."), short chrome ("Share this"), a lone word or a row of menu items.
    With `sentences_are_prose`, a line that ends like a sentence is chrome only by its prose ("The firm will
    appeal the copyright ruling.", "Why?" stay)."""
    if len(text) > _CHROME_MAX_CHARS:
        return False  # far longer than any notice or menu (and too long to scan with every chrome pattern)
    if words <= 80 and (_CHROME_PROSE.search(low) or (_DATA_NOTICE.search(low) and not _REPORTED.search(low))):
        return True
    if sentences_are_prose and _is_terminated(text):
        return False
    return (
        (words <= 12 and bool(_CHROME_SHORT.search(low)))
        or (words <= 12 and bool(_UTILITY.search(low)) and not _is_terminated(text))  # "Download PDF (212 KB)"
        or words <= 1  # a lone word is a menu item, toggle or label, never body or headline
        or _is_nav_row(text)
    )


def line_kind(text: str) -> tuple[str, str | None]:
    """(kind, credit) of a paragraph another extractor kept: "chrome", "paywall", "link", "credit", "date",
    "byline" ("By ..." only) or "end_marker" as the segmenter reads such lines, else "prose". HTML extraction
    drops the chrome paragraphs trafilatura keeps ("ADVERTISEMENT", "Sign up for our newsletter", "May 6,
    2025, 09:00 ET") and stops at an end marker."""
    text = " ".join(text.split())
    words = word_count(text)  # a run of unspaced script (Japanese, Chinese) counts as its words
    low = text.lower()
    lower = norm(text) if words <= 8 else ""
    if _is_end_marker(text, lower):
        return "end_marker", None
    early = _early_chrome(text, words, low, lower)
    if early is not None:
        return early
    if _is_date_line(text, words):
        return "date", None
    if words <= 16 and _BYLINE.match(text) and _byline_names(text):
        return "byline", None
    chrome = words <= _PARAGRAPH_CHROME_WORDS and _late_chrome(text, words, low, sentences_are_prose=True)
    return ("chrome", None) if chrome else ("prose", None)


def inline_link_title(text: str) -> str:
    """The linked headline of an inline link line: "Read more: Port reopens" -> "Port reopens"."""
    return _LABELLED_LINK_PREFIX.sub("", _INLINE_LINK_PREFIX.sub("", text, count=1), count=1).strip()


def _is_nav_row(text: str) -> bool:
    """ "Home | World | Politics" or "News › World › Europe": several short parts between separators. A trail
    of three or more may end on the page's own headline ("You are here: Home > News > Ferry fares to rise")."""
    parts = [p for p in _NAV_SEPARATORS.split(_TRAIL_LABEL.sub("", text, count=1)) if p.strip()]
    trail = _BREADCRUMB.search(text) is not None
    crumbs = 2 if trail else 3  # "Valmoreau > Vie locale": a trail of two is a trail
    leading = parts[:-1] if trail and len(_BREADCRUMB.findall(text)) >= 2 else parts
    return len(parts) >= crumbs and all(len(p.split()) <= 3 for p in leading)


# ---------------------------------------------------------------------------------------------
# Lines


def _split_glued(raw: str) -> list[str]:
    """Split "...ahead of Greek Foreign MinisterRussia-Ukraine War Updates: ..." into its two lines.

    Only unterminated lines qualify (a teaser snippet is cut short, a headline has no full
    stop), the left part must read as sentence-case text and the right part as a title:
    Title Case, or, in a line too long to be one title, a long run after a word of four
    letters or more ("...before the vote nextLakeside council approves ...").
    Brand names such as "iPhone", "YouTube" or "PlayStation" in a title fail these tests.
    """
    if len(raw) > _GLUE_MAX_CHARS or _is_terminated(raw) or len(raw.split()) < 7:
        return [raw]
    for match in _GLUE.finditer(raw):
        left, right = raw[: match.start()].rstrip(), raw[match.start() :]
        left_words, right_words = left.split(), right.split()
        if len(left_words) < 4 or len(right_words) < 3 or _cap_ratio(left_words) >= 0.6:
            continue
        last_left = _NON_WORD.sub("", left_words[-1])
        first_right = _CAPITALISED.match(right)
        title_case = _cap_ratio(right_words) >= 0.6
        long_join = (
            len(left_words) >= 8
            and len(right_words) >= 5
            and len(left_words) + len(right_words) > _LONGEST_TITLE_WORDS
            and len(last_left) >= 4
            and first_right is not None
            and len(first_right.group()) >= 4
        )
        if title_case or long_join:
            return [left, *_split_glued(right)]
    return [raw]


def wrap_width(raw_lines: list[str]) -> int | None:
    """The width a page's text was hard-wrapped at, or None where it was not. A whole page is wrapped when no line
    is longer than a terminal line and many lines come close to the longest. Part of a page is (an e-mail forwarded
    into a web archive, among its menus and links) when several of its paragraphs, each of lines no longer than a
    terminal line, fill every line but their last to about one width, an e-mail's or a terminal's."""
    lengths = [len(line) for line in raw_lines if line]
    if len(lengths) < _WRAP_MIN_LINES:
        return None
    if max(lengths) <= _WRAP_MAX_WIDTH:
        width = max(lengths)
        near_width = sum(1 for n in lengths if n >= width - _WRAP_SLACK)
        if near_width >= _WRAP_MIN_LINES and near_width >= _WRAP_FULL_SHARE * len(lengths):
            return width
    blocks, block = [], []
    for line in [*raw_lines, ""]:
        if line:
            block.append(len(line))
        elif block:
            blocks.append(block)
            block = []
    filled = [
        b
        for b in blocks
        if len(b) >= 2 and _WRAP_MIN_WIDTH <= max(b) <= _WRAP_MAX_WIDTH and min(b[:-1]) >= max(b) - _WRAP_BLOCK_SLACK
    ]
    if not filled:
        return None
    usual = Counter(max(b) for b in filled).most_common(1)[0][0]
    alike = [b for b in filled if usual - _WRAP_BLOCK_SLACK <= max(b) <= usual + _WRAP_WIDTH_SPREAD]
    if len(alike) < _WRAP_MIN_BLOCKS or sum(len(b) for b in alike) < _WRAP_MIN_LINES:
        return None
    return max(max(b) for b in alike)


def _unwrap(raw_lines: list[str]) -> list[str]:
    """Rejoin paragraphs of a page hard-wrapped at a fixed width (text dumps, e-mail): a line that nearly fills the
    width continues on the next one when the next line's first word would not have fitted on it, unless the line
    ends a sentence and the next begins one (a wrap there only splits the paragraph). A line longer than the width
    was never wrapped."""
    width = wrap_width(raw_lines)
    if width is None:
        return raw_lines
    full = width - _WRAP_SLACK
    out: list[str] = []
    previous = ""
    for line in raw_lines:
        first_word = line.split(" ", 1)[0]
        wrapped = full <= len(previous) <= width and len(previous) + 1 + len(first_word) > width
        sentence_break = _is_terminated(previous) and first_word[:1].isupper()
        if out and line and wrapped and not sentence_break and not _is_date_line(line, len(line.split())):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        previous = line
    return out


def _rejoin(raw_lines: list[str]) -> list[str]:
    """Decide by the text, not its shape: a line that stops mid-sentence and one that goes on in lower case, or
    one that stops on a word no headline ends on ("... by 24 votes to 23 on" + "Thursday night."; a line stopping
    so again goes on too), are one sentence, and sentences glued at a full stop are two lines ("ended.Officials said": a flattened page lost
    the break between two blocks there, and a note glued to a paragraph is chrome of its own)."""
    joined: list[list[str]] = []  # each output line's parts: joined once at the end (a long run stays linear)
    words: list[int] = []
    for raw in raw_lines:
        tail = " ".join(joined[-1][-2:])[-_TAIL_CHARS:] if joined else ""  # what the line so far ends with
        # (a teaser snippet cut on "that" and the next teaser's headline stay apart: that headline ends unstopped)
        n_raw = len(raw.split())
        starts_word = raw[:1].isalnum() or raw[:1] in "£$€¥"
        goes_on = (
            (
                raw[:1].islower()
                and not _BYLINE.match(raw)
                and not _is_date_line(raw, n_raw)
                and not (n_raw <= 3 and not _is_terminated(raw))
            )
            or (bool(joined) and starts_word and _ENDS_MID_PHRASE.search(tail) is not None and _carries_on(raw))
            or (
                bool(joined)
                and raw[:1].isdigit()
                and _ENDS_BEFORE_NUMBER.search(tail) is not None
                and _ENDS_MID_PHRASE.search(raw) is not None  # a wrapped middle line, not a sentence of its own
            )
            or (bool(joined) and starts_word and tail.endswith(",") and (_carries_on(raw) or n_raw >= 12))
            or (
                bool(joined)
                and starts_word
                and words[-1] >= _RUN_ON_MIN_WORDS
                and _is_terminated(raw)
                and _RUNS_ON_PAST_STOP.search(joined[-1][-1]) is not None
            )
        )
        if goes_on and joined and words[-1] >= _REJOIN_MIN_PREVIOUS and not _is_terminated(tail):
            joined[-1].append(raw)
            words[-1] += len(raw.split())
        else:
            joined.append([raw])
            words.append(len(raw.split()))
    out = [" ".join(parts) for parts in joined]
    return [part for line, n in zip(out, words) for part in (_unglued(line) if n >= _UNGLUE_MIN_WORDS else [line])]


def _carries_on(raw: str) -> bool:
    """Whether a line can be the rest of a sentence broken before it: it ends like a sentence, or it stops mid-phrase
    itself ("6,000 crew members and boat owners, had asked for any cut to"), which no headline does."""
    return _is_terminated(raw) or _ENDS_MID_PHRASE.search(raw) is not None


def _unglued(line: str) -> list[str]:
    """A line cut where two sentences were glued at a full stop; after an abbreviation ("Prof.Helen Carter") only a
    space goes in, and a web address ("Booking.Com") stays as it is."""
    parts, piece, start = [], [], 0
    for match in _SENTENCE_GLUE.finditer(line):
        if _WEB_SUFFIX.match(line, match.start()):
            continue
        before = line[start : match.start()]
        word = before[:-1].rsplit(None, 1)[-1].lower().strip("(\"'“‘") if before[:-1].split() else ""
        piece.append(before)
        start = match.start()
        if word in _ABBREVIATIONS:
            piece.append(" ")
        else:
            parts.append("".join(piece))
            piece = []
    return [*parts, "".join([*piece, line[start:]])]


def _lines(text: str, cleaned: bool = False) -> list[_Line]:
    text = _INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    out: list[_Line] = []
    for raw in _rejoin(_unwrap([_TIME_GLUED.sub(" ", _SPACES.sub(" ", raw)).strip() for raw in text.split("\n")])):
        if raw:
            out.extend(_classify(part, cleaned) for part in _split_glued(raw))
    _mark_nav_runs(out)
    _mark_name_role_pairs(out)
    _mark_consent_dialogs(out)
    _mark_embeds(out)
    _mark_transcripts(out)
    _mark_announced_figures(out)
    return out


_EMBED_START = re.compile(r"^skip (?!to\b|past\b)(?:[\w.-]+ ){1,2}(?:post|content|video|embed)\b", re.IGNORECASE)
_EMBED_END = re.compile(r"^end of (?:[\w.-]+ ){1,2}(?:post|content|video|embed)\b", re.IGNORECASE)
_EMBED_MAX_LINES = 20
# A quoted post's signature as an embed shows it when its script has not run: "— Harbour Police (@HarbourPolice) May 3,
# 2026" (or "3 May 2026"), the post's words on the line or lines above it.
_POST_SIGNATURE = re.compile(
    r"^[—–-]{1,2}\s*[^()]{1,80}\(@\w{1,30}\)\s+(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4})\s*$"
)


def _mark_embeds(lines: list[_Line]) -> None:
    """An embedded social post is no part of the text: another party's words, which the article only shows; the
    story goes on after it. Between a broadcaster's "Skip <platform> post by ..." and "End of <platform> post" (with
    its consent prompt), and a quoted post over its signature (its paragraph and any link line under it)."""
    for k, line in enumerate(lines):
        if _POST_SIGNATURE.match(line.text):
            line.kind = "embed"
            for above in reversed(lines[max(0, k - 3) : k]):
                if above.kind not in ("prose", "title", "link", "chrome"):
                    break
                words = above.kind in ("prose", "title")  # the post's paragraph: nothing above it is the post's
                above.kind = "embed"
                if words:
                    break
            continue
        if not _EMBED_START.match(line.text):
            continue
        end = next((e for e in range(k + 1, min(len(lines), k + _EMBED_MAX_LINES)) if _EMBED_END.match(lines[e].text)), None)
        for inside in lines[k : end + 1] if end is not None else ():
            inside.kind = "embed"


def _mark_announced_figures(lines: list[_Line]) -> None:
    """A line without a letter is chrome ("1934 – 2026", "16"), unless the line before announces it: "The final
    score was:" over "2 – 1" is the article's."""
    for before, line in zip(lines, lines[1:]):
        if line.kind == "chrome" and not _LETTER.search(line.text) and before.kind == "prose" and before.text.endswith(":"):
            line.kind = "prose"


def _mark_nav_runs(lines: list[_Line]) -> None:
    """Three or more consecutive one-to-three-word lines are a menu."""
    run: list[_Line] = []
    for line in [*lines, None]:
        if line is not None and line.kind in ("title", "chrome") and line.words <= 3 and not line.terminated:
            run.append(line)
            continue
        if len(run) >= 3:
            for item in run:
                item.kind = "chrome"
        run = []


def transcript_cues(texts: list[str]) -> set[int]:
    """Indices of the cues of a media transcript or caption track: three or more short lines in a row that each open
    on a running time ("0:04 us. We begin tonight in Rookwood."), the first at "0:" and none earlier than the one
    before. A live blog's entries open on clock times ("00:05", "23:48") and run longer."""
    found: set[int] = set()
    run: list[tuple[int, int]] = []  # (index, seconds)
    for index, text in enumerate([*texts, ""]):
        cue = _CUE.match(text)
        seconds = None
        if cue:
            parts = [int(g) for g in cue.groups() if g is not None]
            seconds = sum(value * 60**power for power, value in enumerate(reversed(parts)))
        if seconds is not None and run and seconds >= run[-1][1]:
            run.append((index, seconds))
            continue
        if len(run) >= _TRANSCRIPT_CUES and sorted(len(texts[i].split()) for i, _ in run)[len(run) // 2] <= _CUE_WORDS:
            found.update(i for i, _ in run)
        run = [(index, seconds)] if seconds is not None and _FIRST_CUE.match(text) else []
    return found


def _mark_transcripts(lines: list[_Line]) -> None:
    for index in transcript_cues([line.text for line in lines]):
        lines[index].kind = "chrome"


def _mark_consent_dialogs(lines: list[_Line]) -> None:
    """A paragraph asking the reader about cookies, tracking or data kept on their device, right above two or more
    buttons ("Accept everything", "Choose purposes"), is a consent dialog, whatever its wording: it and its buttons
    are chrome. A report that mentions consent or privacy, above a subhead or an advert slot, is no dialog."""
    for k, line in enumerate(lines):
        if line.kind not in ("prose", "chrome") or line.words > _CONSENT_MAX_WORDS:
            continue  # (a cookie notice may be chrome by its words already; its buttons are not)
        buttons = list(
            itertools.takewhile(
                lambda b: (
                    b.words <= 4
                    and not b.terminated
                    and (b.kind in ("title", "chrome") or (b.kind == "rail_header" and _CONSENT_BUTTON.search(b.text)))
                ),
                lines[k + 1 : k + 5],
            )
        )
        if len(buttons) < 2 or not any(_CONSENT_BUTTON.search(b.text) for b in buttons[:3]):
            continue
        if _asks_about_data(line.text):
            for part in (line, *(b for b in buttons if _CONSENT_BUTTON.search(b.text))):  # ("View our vendors" between)
                part.kind = "chrome"


def _asks_about_data(text: str) -> bool:
    """Whether a text asks the reader about cookies, tracking or data kept on their device: a consent dialog's."""
    return _CONSENT_SUBJECT.search(text) is not None and _READER.search(text) is not None


def _mark_name_role_pairs(lines: list[_Line]) -> None:
    """ "Jane Doe" then "Staff Writer" on the next line is a byline over two lines."""
    for prev, line in zip(lines, lines[1:]):
        if norm(prev.text) in ("news provided by", "provided by") and line.kind == "title" and line.words <= 6:
            prev.kind, line.kind = "chrome", "byline"
            continue
        if (
            line.kind == "date"
            and prev.kind == "title"
            and 2 <= prev.words <= 4
            and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in prev.text.split())
        ):
            prev.kind = "byline"  # "Jane Doe" over "March 4, 2025"
            continue
        if (
            line.words <= 4
            and _ROLE_WORDS.search(line.text)
            and not line.terminated
            and prev.kind == "title"
            and 2 <= prev.words <= 4
            and _looks_like_name(prev.text)
        ):
            prev.kind = "byline"
            line.kind = "chrome"


# ---------------------------------------------------------------------------------------------
# Rails


def _next_content_at(lines: list[_Line], i: int) -> int | None:
    """Index of the next line after i that is not a date, credit, byline or chrome line."""
    return next((k for k in range(i + 1, len(lines)) if lines[k].kind not in _SKIPPED_KINDS), None)


def _next_content(lines: list[_Line], i: int) -> _Line | None:
    """The next line after i that is not a date, credit, byline or chrome line."""
    k = _next_content_at(lines, i)
    return None if k is None else lines[k]


def _ends_rail(lines: list[_Line], i: int) -> bool:
    """A long paragraph, or two paragraphs in a row, is an article, not a teaser rail."""
    line = lines[i]
    if line.kind != "prose":
        return False
    following = _next_content(lines, i)
    return line.words >= _RAIL_BREAK_WORDS or (following is not None and following.kind == "prose")


def _mark_headed_rails(lines: list[_Line]) -> int:
    """Mark the lines under each rail header ("Most read") as that rail's; the number of rails marked. A rail
    ends at a paragraph (`_ends_rail`) and at a headline over a byline: a rail's items carry none."""
    rail_id = 0
    for i, line in enumerate(lines):
        if line.kind != "rail_header":
            continue
        rail_id += 1
        j = i + 1
        while (
            j < len(lines)
            and lines[j].kind not in ("rail_header", "end_marker")
            and not _ends_rail(lines, j)
            and not _over_byline(lines, j)
        ):
            lines[j].rail, lines[j].headed_rail = rail_id, True
            j += 1
    return rail_id


def _unmark_lone_items(lines: list[_Line]) -> bool:
    """Unmark each headed rail that holds a single paragraph (a section label over the page's one story is no
    rail of teasers); whether any was. Read only when nothing else on the page is an article."""
    prose = defaultdict(list)
    for line in lines:
        if line.headed_rail:
            prose[line.rail].append(line.kind == "prose")
    lone = {rail for rail, kinds in prose.items() if sum(kinds) == 1}
    for line in lines:
        if line.headed_rail and line.rail in lone:
            line.rail, line.headed_rail = 0, False
    return bool(lone)


def _over_byline(lines: list[_Line], k: int) -> bool:
    """Whether line k is a headline with a byline under it (a standfirst may come between), within the header
    lines, and an article's paragraph after those (a rail's items may carry bylines, but only a snippet)."""
    if not _headline_eligible(lines[k]):
        return False
    bylined = False
    for j in range(k + 1, min(len(lines), k + 1 + 2 * _HEADER_LINES)):
        if j == k + 1 and lines[j].kind == "title":
            continue  # the standfirst
        if lines[j].kind == "prose":
            return bylined and (lines[j].words >= _RAIL_ITEM_WORDS or _ends_rail(lines, j))
        if bylined and lines[j].kind == "title":
            continue  # under the byline, a promotion, a live page's label or its first entry's title
        if lines[j].kind not in _HEADER_KINDS and not (bylined and _SEPARATORS.search(lines[j].text)):
            return False  # (a row of utilities under the byline: "Listen · 4 min")
        if not bylined and j > k + _HEADER_LINES:
            return False
        bylined = bylined or lines[j].kind == "byline"
    return False


def _mark_headerless_rails(lines: list[_Line], rail_id: int) -> None:
    """Two or more teaser items in a row are a rail even without a header.

    A teaser item is a title and a snippet that is cut short or carries the story's date
    on the next line; an article's paragraphs are neither, and the paragraph under the page's
    headline block (a flash: a title, a date, one sentence) is no item, nor are the points under a summary's
    label ("Key takeaways": the story's first sentences cut short).
    """
    position = {id(line): k for k, line in enumerate(lines)}

    def teaser_like(snippet: _Line) -> bool:
        k = position[id(snippet)] + 1
        return not snippet.terminated or (
            k < len(lines) and lines[k].kind == "date" and bool(_DATE.search(lines[k].text) or _RELATIVE.search(lines[k].text))
        )

    i = 0
    while i < len(lines):
        if norm(lines[i].text) in _POINTS_LABELS:  # "Key takeaways" over the story's points: no teasers
            i += 1
            while i < len(lines) and lines[i].kind == "title" and not lines[i].rail:
                i += 1
            continue
        if lines[i].rail or lines[i].kind not in ("title", "prose") or _ends_rail(lines, i):
            i += 1
            continue
        j = i
        while j < len(lines) and not lines[j].rail and lines[j].kind not in ("rail_header", "end_marker", "paywall"):
            if lines[j].kind == "prose" and (lines[j].words > 40 or lines[j].opens_article or _ends_rail(lines, j)):
                break
            if norm(lines[j].text) in _POINTS_LABELS:
                break
            j += 1
        run = [k for k in range(i, j) if lines[k].kind in ("title", "prose")]
        items = _parse_items([lines[k] for k in run], headed=False)
        teasers = [title for title, snippet in items if snippet is not None and teaser_like(snippet)]
        if len(teasers) >= 2:
            # The rail starts at its first teaser: a headline and one whole sentence before it (a one-sentence
            # flash above a "More long reads" box) is the article, not an item.
            rail_id += 1
            for k in range(position[id(teasers[0])], j):
                lines[k].rail = rail_id
        i = max(j, i + 1)


# ---------------------------------------------------------------------------------------------
# Teaser items


def _title_score(line: _Line) -> float:
    if not 3 <= line.words <= 30:
        return _NEG
    text = line.text
    score = 0.5 + (line.cap - 0.5) * 2
    score += 0.8 if ":" in text else 0.0
    score -= 2.5 if text.endswith(",") else 0.0
    score -= 1.5 if _ELLIPSIS.search(text) else 0.0
    score -= 1.0 if _starts_sentence(text) else 0.0
    score -= 1.5 if text.endswith(".") else 0.0
    score -= 0.05 * max(0, line.words - 14)
    return score


def _snippet_score(line: _Line) -> float:
    text = line.text
    marked = text.endswith(",") or _ELLIPSIS.search(text) or line.terminated or _starts_sentence(text)
    if line.words < 4 or (len(text) < _SNIPPET_MIN_CHARS and not marked):
        return _NEG  # a short unmarked line is one more title in a list of titles
    score = 0.5 - (line.cap - 0.5) * 2
    score += 2.0 if text.endswith(",") or _ELLIPSIS.search(text) else 0.0
    score += 1.0 if _starts_sentence(text) else 0.0
    score += 0.5 if line.terminated else 0.0
    score -= 1.0 if ":" in text else 0.0
    score += 0.05 * max(0, line.words - 10)
    return score


def _starts_sentence(text: str) -> bool:
    """'The committee said ...': an article word then a lower-case word, as prose begins."""
    words = text.split()
    return len(words) > 1 and words[0] in ("A", "An", "The") and words[1][:1].islower()


def _label_score(line: _Line, following: _Line | None) -> float:
    score = 0.5 if line.words <= 4 else -1.5
    if following is not None:
        mine = content_words(line.text)
        if mine and len(mine & content_words(following.text)) >= 0.5 * len(mine):
            score += _LABEL_OVERLAP_BONUS  # a kicker repeats words of the title it labels
    return score


def _parse_items(lines: list[_Line], headed: bool) -> list[tuple[_Line, _Line | None]]:
    """Viterbi over states other / label / title / snippet; returns (title, snippet-or-None) items."""
    n = len(lines)
    if not n:
        return []
    other, label, title, snippet = range(4)
    drop = _DROP_IN_RAIL if headed else 0.0
    title_only = _TITLE_ONLY_COST if headed else _NEG
    emit = [
        (
            drop,
            _label_score(line, lines[k + 1] if k + 1 < n else None),
            _title_score(line),
            _snippet_score(line),
        )
        for k, line in enumerate(lines)
    ]

    def move(prev: int, cur: int) -> float:
        if prev == label:
            return 0.0 if cur == title else _NEG
        if cur == snippet:
            return _ITEM_BONUS if prev == title else _NEG
        if prev == title:
            return title_only  # the title before stays alone
        return 0.0

    score = [[_NEG] * 4 for _ in range(n)]
    back = [[0] * 4 for _ in range(n)]
    for state in (other, label, title):
        score[0][state] = emit[0][state]
    for k in range(1, n):
        for cur in range(4):
            best, arg = _NEG, 0
            for prev in range(4):
                value = score[k - 1][prev] + move(prev, cur)
                if value > best:
                    best, arg = value, prev
            score[k][cur] = best + emit[k][cur]
            back[k][cur] = arg
    end = [score[n - 1][s] + (title_only if s == title else _NEG if s == label else 0.0) for s in range(4)]
    state = max(range(4), key=lambda s: end[s])
    if end[state] == _NEG:
        return []
    states = [state]
    for k in range(n - 1, 0, -1):
        state = back[k][state]
        states.append(state)
    states.reverse()
    items: list[tuple[_Line, _Line | None]] = []
    for k, state in enumerate(states):
        if state == title:
            items.append((lines[k], None))
        elif state == snippet:
            items[-1] = (items[-1][0], lines[k])
    return items


def _teasers(lines: list[_Line], article: set[int]) -> list[Teaser]:
    """Teasers from every rail, leaving out the article's own lines."""
    teasers: list[Teaser] = []
    rails: dict[int, list[_Line]] = {}
    for k, line in enumerate(lines):
        if line.rail and k not in article and line.kind in ("title", "prose"):
            rails.setdefault(line.rail, []).append(line)
    for members in rails.values():
        headed = members[0].headed_rail
        items = _parse_items(members, headed=headed)
        paired = [item for item in items if item[1] is not None]
        if not headed and len(paired) < 2:
            continue
        # In a rail of headline + snippet items, a lone title line is some other line (an address,
        # a label); only a rail of bare titles ("Most read") gives teasers without text.
        for head, text in paired or items:
            teasers.append(Teaser(headline=head.text, text=text.text if text else ""))
    return teasers


# ---------------------------------------------------------------------------------------------
# Main article


def _mark_article_opening(lines: list[_Line]) -> None:
    """The first paragraph under the page's first headline block (a title outside any rail, then a byline or
    a date within a few header lines) opens the article: a one-sentence flash there outweighs the longer
    comments or teaser snippets further down the page. What follows the end marker, copyright notice or paywall
    after that paragraph (offers, comments, an author box, other stories), or the next story's own headline block
    (a title over a byline and a date: an infinite-scroll page's next story), is no longer the article. But a
    covering note that points to that story ("Copied in full below", "please share the release below": an
    e-mail in a list archive or a webmail page) opens nothing: the story under it is the article."""
    for k in range(len(lines)):
        j = _headline_block(lines, k)
        if j is None:
            j = _sentence_headline_block(lines, k)
        if j is None:
            continue
        j = _sent_story(lines, j)
        end = _article_end(lines, k, j)
        lines[j].opens_article = True
        for later in lines[end:]:
            later.after_article = True
        return
    # No headline block: a paywall that the article does not go on after still ends what came before it.
    prose_words = 0
    for k, line in enumerate(lines):
        if line.kind == "paywall" and prose_words >= _RAIL_ITEM_WORDS and _ends_article(lines, k):
            for later in lines[k + 1 :]:
                later.after_article = True
            return
        prose_words += line.words if line.kind == "prose" else 0


def _article_end(lines: list[_Line], k: int, j: int) -> int:
    """Where the article opened at line `j` under the headline block at `k` ends."""
    # Two signed blocks or more after it are a live blog's entries or a page of stories, not one next story.
    signed = {e for e in range(j + 1, len(lines)) if _headline_block(lines, e, signed=True, short=True) is not None}
    for e in range(j + 1, len(lines)):
        if _ends_article(lines, e):
            return e + 1
        if e in signed and len(signed) < _SIGNED_ENTRIES and _headline_eligible(lines[e]):
            return e
        if _opens_another_story(lines, e, lines[k]):
            return e
    return len(lines)


def _sent_story(lines: list[_Line], j: int) -> int:
    """Where the story a covering note sends begins, when the paragraph at `j` opens such a note: a few words that
    point to it ("Copied in full below", "please share the release below") or stand over a forwarding mark
    ("---------- Forwarded message ---------"), then the story's own header (a title, a byline, the e-mail's
    fields) and its first paragraph. Else `j` itself."""
    words, points_ahead = 0, False
    for m in range(j, len(lines)):
        line = lines[m]
        if line.kind == "prose" and m > j and _starts_story(lines, m):
            return m if points_ahead else j
        if _FORWARD_MARKER.match(line.text):
            return next((p for p in range(m + 1, len(lines)) if lines[p].kind == "prose"), j)
        if line.kind == "prose":
            words += line.words
            points_ahead = points_ahead or _POINTS_AHEAD.search(line.text) is not None
        if words > _NOTE_MAX_WORDS:
            return j
    return j


def _starts_story(lines: list[_Line], m: int) -> bool:
    """Whether the prose line at `m` stands under a title of its own (a headline, a release's header)."""
    return (
        m >= 1
        and lines[m - 1].kind in ("title", "byline", "date")
        and any(lines[p].kind == "title" for p in range(max(0, m - 3), m))
    )


def _stems(text: str) -> set[str]:
    return {stem(w) for w in content_words(text)}


def _opens_another_story(lines: list[_Line], k: int, headline: _Line) -> bool:
    """Whether line k is another story's headline over its lead: a headline's length, about something else than the
    page's headline, and told again by the paragraph under it (a station's next bulletin item, a newsletter's next
    story, an archive's list). A subhead is shorter or is not retold; a line broken off its paragraph is its start."""
    line = lines[k]
    if line.kind != "title" or line.rail or line.terminated or line.words < _NEXT_STORY_TITLE_WORDS:
        return False
    if _QUOTE_MARKS.match(line.text) or _stamped(lines, k):
        return False  # a pull quote retells its paragraph too; a live blog's entry is stamped with its time
    under = _next_content(lines, k)
    if under is None or under.kind != "prose" or norm(under.text).startswith(norm(line.text)):
        return False
    told, own = _stems(line.text), _stems(headline.text)
    return len(told & _stems(under.text)) >= _NEXT_STORY_RETOLD * len(told) and len(told & own) < _NEXT_STORY_SHARED * len(told)


def _stamped(lines: list[_Line], k: int) -> bool:
    """Whether the title at line k is stamped with a time: a date right above it, or above a short label between
    them ("9:55pm", "KEY POST", then the entry's title)."""
    above = k - 1
    if above > 0 and lines[above].kind in ("title", "chrome") and lines[above].words <= _KICKER_WORDS:
        above -= 1  # the label
    return above >= 0 and lines[above].kind == "date"


def _sentence_headline_block(lines: list[_Line], k: int) -> int | None:
    """Index of the paragraph under a headline that ends like a sentence ("Water bills are going up 11%. Here's
    where the money goes."), else None: a short line of prose, perhaps with a standfirst under it, right over a
    byline and a date (both: a signed header, as a newsletter's post has). The headline and its standfirst are
    titles from here on, not the article's text."""
    line = lines[k]
    if line.kind != "prose" or line.rail or line.words > _LONGEST_TITLE_WORDS:
        return None
    heads = [k]
    if k + 1 < len(lines) and lines[k + 1].kind == "prose" and lines[k + 1].words <= _STANDFIRST_MAX_WORDS:
        heads.append(k + 1)  # its standfirst
    first = heads[-1] + 1
    if first + 1 >= len(lines) or lines[first].kind != "byline" or lines[first + 1].kind != "date":
        return None
    if any(_SPONSORED.match(lines[h].text) for h in (heads[-1] - 1, heads[-1]) if h >= 0):
        return None  # a promo's "Sponsored" label
    j = _paragraph_under_header(lines, heads[-1], signed=True)
    if j is not None:
        for h in heads:
            lines[h].kind = "title"
        line.sentence_headline = True
    return j


def _headline_block(lines: list[_Line], k: int, signed: bool = False, short: bool = False) -> int | None:
    """Index of the paragraph under a headline block starting at line k (a title outside any rail, a byline or
    a date within a few header lines, then prose), else None. A `signed` block has both a byline and a dated
    line (a live blog's entries carry a time, not a story's byline and date); a `short` one may have a title of a
    word or two (a live blog entry's "Power cut")."""
    line = lines[k]
    if line.kind != "title" or line.rail or not (short or _headline_eligible(line)) or _SPONSORED.match(line.text):
        return None
    if k and _SPONSORED.match(lines[k - 1].text):
        return None  # "Sponsored" over a promo's headline, byline and date
    return _paragraph_under_header(lines, k, signed)


def _paragraph_under_header(lines: list[_Line], k: int, signed: bool) -> int | None:
    """Index of the paragraph under the header lines after line k (a byline or a date within a few lines; both
    where `signed`), else None."""
    j, seen, buttons = k + 1, set(), 0
    standfirst = j + 1 < len(lines) and lines[j].kind == "prose" and lines[j + 1].kind in ("date", "byline")
    j += standfirst  # a standfirst between the headline and its byline (then no fact box: a list's next title)
    while (
        j < len(lines)
        and j <= k + _HEADER_LINES + buttons  # a player's or a share bar's buttons under the byline do not count
        and (
            lines[j].kind in _HEADER_KINDS
            or (seen - {"time"} and not standfirst and lines[j].kind == "title" and _fact_row(lines[j]))
        )
    ):  # a row of utilities under the byline ("Printer-friendly version | Email this story"), a fact box's rows
        if lines[j].kind == "byline" or (lines[j].kind == "date" and _DATE.search(lines[j].text)):
            seen.add(lines[j].kind)
            if lines[j].kind == "byline" and _DATE.search(lines[j].text):
                seen.add("date")  # "By John Roe | March 4, 2025"
        elif lines[j].kind == "date":
            seen.add("time")
        # a share bar, a player or a fact box ("Incident details", "Call received 13:47") under the byline, not a menu
        buttons += lines[j].kind in ("chrome", "title") and bool(seen)
        if seen - {"time"} and norm(lines[j].text) in _POINTS_LABELS:  # "Key takeaways" and its points, cut short
            while j + 1 < len(lines) and lines[j + 1].kind in ("title", "credit") and not lines[j + 1].rail:
                j, buttons = j + 1, buttons + 1
        j += 1
    dated = seen >= {"byline", "date"} if signed else bool(seen)
    return j if dated and j < len(lines) and lines[j].kind == "prose" and not lines[j].rail else None


def _fact_row(line: _Line) -> bool:
    """A short row under a byline: utilities split by separators, or a fact box's label or field
    ("Incident details", "Status Closed: crews left at 02:10", "Telvora TLV 38.16 +1.22%")."""
    return bool(_SEPARATORS.search(line.text)) or (line.words <= _FACT_ROW_WORDS and not line.rail and not line.terminated)


def _sentences_as_prose(lines: list[_Line]) -> bool:
    """Where the page's shape leaves no article, its whole sentences that were chrome or a wall only by their words
    are prose: a short report on a streaming service losing subscribers, a copyright ruling or a scrapped
    newsletter says what chrome says. A consent dialog, asking the reader about cookies or data, stays chrome.
    Whether any line changed."""
    changed = False
    for line in lines:
        if line.kind not in ("chrome", "paywall") or line.rail or not line.terminated or line.words < _FALLBACK_WORDS:
            continue
        if _asks_about_data(line.text):
            continue
        line.kind, changed = "prose", True
    return changed


def _bullets_as_prose(lines: list[_Line]) -> bool:
    """Where nothing else on the page is an article, its bullet points of a sentence's length outside any rail are
    its text: a wire brief is a headline over a few "* COMPANY - ..." points. Whether any line changed."""
    changed = False
    for line in lines:
        if line.kind in ("title", "chrome") and not line.rail and line.words >= _FALLBACK_WORDS and _BULLET_LINE.match(line.text):
            line.kind, changed = "prose", True
    return changed


def _ends_article(lines: list[_Line], k: int) -> bool:
    """An end marker, a copyright notice, or a paywall that the article does not go on after (a paragraph right
    after "Subscribe to keep reading" makes it a promo inside the article)."""
    line = lines[k]
    if line.kind == "end_marker" or (line.kind == "chrome" and _COPYRIGHT_NOTICE.search(line.text) is not None):
        return True
    return line.kind == "paywall" and not _goes_on_after(lines, k)


def _goes_on_after(lines: list[_Line], k: int) -> bool:
    """Whether the article goes on after line k: a paragraph follows, or a subhead and then a paragraph (a promo
    inside the article: "Subscribers only: get our politics newsletter", "What happens next", more story)."""
    at = _next_content_at(lines, k)
    if at is None:
        return False
    if lines[at].kind == "prose":
        return True
    if not (lines[at].kind == "title" and lines[at].words <= _SUBHEAD_WORDS):
        return False
    after = _next_content_at(lines, at)
    if after is None or lines[after].kind != "prose":
        return False
    # a paragraph an article's length, or two in a row (a teaser under a headline has one short snippet)
    further = _next_content(lines, after)
    return lines[after].words >= _RAIL_ITEM_WORDS or (further is not None and further.kind == "prose")


def _weight(line: _Line) -> float:
    if (line.rail or line.after_article) and line.kind not in ("rail_header", "end_marker", "paywall"):
        return _RAIL_LINE_WEIGHT
    if line.kind == "prose":
        return _WEIGHT_PER_PROSE_WORD * line.words + (_OPENING_BONUS if line.opens_article else 0.0)
    if line.kind == "chrome":
        return _WEIGHT["chrome"] - line.words  # a cookie notice or wire tagline costs what it weighs
    return _WEIGHT[line.kind]


def _densest_run(lines: list[_Line]) -> range:
    """Maximum-sum window of line weights (Kadane); empty when no window scores above zero."""
    best, best_start, best_end = 0.0, 0, 0
    total, start = 0.0, 0
    for k, line in enumerate(lines):
        if total <= 0:
            total, start = 0.0, k
        total += _weight(line)
        if total > best:
            best, best_start, best_end = total, start, k + 1
    return range(best_start, best_end)


# ---------------------------------------------------------------------------------------------
# Lines inside the window: the window's bounds come from the weights above; which of its lines are the article
# is decided by a logistic regression over each line and its place among them (`newscheck.extract.segmenter_train`),
# since chrome worded as prose (a station's text line, a caption, a teaser's snippet between two stories) reads
# as prose to any rule of its own shape. Fitted on the fictional pages of bench/pages.py, each split's figure
# read from a model fitted without it.

_ENGLISH_STOPWORD_SHARE = 0.15  # English prose runs at 0.17 or more; the other languages of the reviewed pages at 0.11 or less
LINE_FEATURES = (
    "words (log)",
    "terminated",
    "capitalised share",
    "place in the window",
    "first",
    "last",
    "lines after it (log)",
    "opens the article",
    "words told by another line",
    "words of the headline",
    "words of the first line",
    "reader addressed",
    "contact",
    "opens on a time",
    "separators",
    "quotation",
    "ends in an ellipsis",
    "caption credit",
    "dateline",
    "dateline after the first line",
    "lines skipped before it (log)",
    "titles skipped before it (log)",
    "under a title",
    "under prose",
    "over a title",
    "over prose",
    "under a title-case title",
)
# What a line's text or place shows of chrome; a paragraph showing none of it is never dropped. A contact or words to
# the reader alone are no sign: reporting gives police numbers ("call 101") and explainers answer "you can ...".
_SUSPECT_FEATURES = (
    "separators",
    "ends in an ellipsis",
    "caption credit",
    "dateline after the first line",
    "titles skipped before it (log)",
)
_WEAK_SUSPECT_FEATURES = ("reader addressed", "contact")
_CONTACT = re.compile(r"@|\bwww\.|https?:|\.example\b|\b\d{5,}\b|\b(?:email|e-mail|call|text|phone|tel)\b", re.IGNORECASE)
_OPENS_ON_TIME = re.compile(r"^\s*\d{1,2}:\d{2}\b")
_LINE_SEPARATOR = re.compile(r"\s[|·•]\s|\s[|·•]$")
_QUOTE_MARKS = re.compile(r"[\"“”«»]")
_CREDIT_TAIL = re.compile(
    r"\((?:[A-Z][\w'’-]+ ?){1,4}(?:for|/) [^()]+\)$|\s\|\s*[A-Z][^|]{2,40}$"
)  # "(Ana Vey for X)", "| Ana Vey"


def line_features(lines: list[_Line], chosen: list[int], headline: str) -> np.ndarray:
    """One row of `LINE_FEATURES` per chosen line: its shape, its place among the chosen lines and what lies
    around it, and how much of its vocabulary the headline, the first line and the other chosen lines share
    (a teaser, a schedule or a station's appeal shares little with the story it sits beside)."""
    if not chosen:
        return np.zeros((0, len(LINE_FEATURES)))
    head = content_words(headline) if headline else set()
    words_of = {k: content_words(lines[k].text) for k in chosen}
    counts: dict[str, int] = defaultdict(int)
    for k in chosen:
        for word in words_of[k]:
            counts[word] += 1
    first = chosen[0]
    rows = []
    for i, k in enumerate(chosen):
        line, words = lines[k], words_of[k]
        size = max(1, len(words))
        previous = chosen[i - 1] if i else None
        skipped = range(previous + 1, k) if previous is not None else range(0)
        before = lines[k - 1] if k else None
        after = lines[k + 1] if k + 1 < len(lines) else None
        # a quotation or a reported statement ("Send us your photos, the mayor told residents") asks no reader
        quoted = _QUOTE_MARKS.search(line.text) is not None or not REPORTING_VERBS.isdisjoint(norm(line.text).split())
        dateline = WIRE_DATELINE.match(line.text) is not None
        rows.append(
            (
                np.log1p(line.words),
                line.terminated,
                line.cap,
                i / max(1, len(chosen) - 1),
                i == 0,
                i == len(chosen) - 1,
                np.log1p(len(chosen) - 1 - i),
                line.opens_article,
                sum(1 for word in words if counts[word] > 1) / size,
                len(words & head) / size,
                len(words & words_of[first]) / size if k != first else 1.0,
                0.0 if quoted else len(_READER.findall(line.text)) / max(1, line.words),
                _CONTACT.search(line.text) is not None,
                _OPENS_ON_TIME.match(line.text) is not None,
                _LINE_SEPARATOR.search(line.text) is not None,
                quoted,
                _ELLIPSIS.search(line.text) is not None,
                _CREDIT_TAIL.search(line.text) is not None,
                dateline,
                dateline and i > 0,
                np.log1p(len(skipped)),
                np.log1p(sum(1 for j in skipped if lines[j].kind == "title")),
                before is not None and before.kind == "title",
                before is not None and before.kind == "prose",
                after is not None and after.kind == "title",
                after is not None and after.kind == "prose",
                before is not None and before.kind == "title" and before.cap >= 0.5,
            )
        )
    return np.array(rows, dtype=float).reshape(len(chosen), len(LINE_FEATURES))


@lru_cache(maxsize=1)
def _line_model() -> LinearModel:
    """P(a paragraph of the window is the article's); paragraphs below its threshold may go (`kept_lines`)."""
    return LinearModel.load("lines", LINE_FEATURES)


def _reads_english(lines: list[_Line], chosen: list[int]) -> bool:
    """Whether the chosen lines' words are English by their share of English function words: the line model's
    word-overlap features were fitted on English pages only."""
    words = [word for k in chosen for word in norm(lines[k].text).split()]
    return sum(1 for word in words if word in _STOPWORDS) >= _ENGLISH_STOPWORD_SHARE * len(words)


_SUSPECT_COLUMNS = [LINE_FEATURES.index(name) for name in _SUSPECT_FEATURES]
_WEAK_SUSPECT_COLUMNS = [LINE_FEATURES.index(name) for name in _WEAK_SUSPECT_FEATURES]


def suspect_lines(features: np.ndarray) -> np.ndarray:
    """Lines whose text or place shows chrome: one strong mark, or both weak ones (a contact given to the reader)."""
    return (features[:, _SUSPECT_COLUMNS] > 0).any(axis=1) | (features[:, _WEAK_SUSPECT_COLUMNS] > 0).all(axis=1)


@dataclass
class WindowMasks:
    """Per chosen line: a paragraph; kept whatever the model reads (a paragraph cut mid-sentence); announcing a
    list under it (ending in a colon); a list's bullet item."""

    prose: np.ndarray
    held: np.ndarray
    announces: np.ndarray
    bullets: np.ndarray


def kept_lines(masks: WindowMasks, suspect: np.ndarray, probability: np.ndarray, threshold: float) -> np.ndarray:
    """Which of the window's lines stay. A paragraph goes only where the model reads it as no part of the article
    and it shows chrome: a short last paragraph is the article's, however unlike the rest its words are. The model
    reads paragraphs only (its pages have no subheads), so a title stays with what is under it (a subhead, a live
    blog entry's title), and a list's items with the kept paragraph that announces them or that they follow."""
    prose = masks.prose
    keep = prose & ~(suspect & (probability < threshold))
    if prose.any() and not keep.any():
        keep[np.flatnonzero(prose)[np.argmax(probability[prose])]] = True
    listed = announced = False
    for i in range(len(keep)):  # items after a kept paragraph: bullets, or anything after a colon
        if prose[i] or masks.held[i]:
            listed = bool(keep[i])
            announced = listed and bool(masks.announces[i])
        elif listed and (masks.bullets[i] or announced):
            keep[i] = True
        else:
            listed = False
    for i in range(len(keep) - 2, -1, -1):  # a subhead over a kept paragraph or a kept list
        if not prose[i] and not keep[i] and keep[i + 1] and (prose[i + 1] or masks.bullets[i + 1]):
            keep[i] = True
    return keep | masks.held


def window_masks(lines: list[_Line], chosen: list[int]) -> WindowMasks:
    picked = [lines[k] for k in chosen]
    return WindowMasks(
        np.array([line.kind == "prose" for line in picked], dtype=bool),
        np.array([line.cut_paragraph for line in picked], dtype=bool),
        np.array([line.text.rstrip().endswith(":") for line in picked], dtype=bool),
        np.array([_BULLET_LINE.match(line.text) is not None for line in picked], dtype=bool),
    )


def _article_lines(lines: list[_Line], chosen: list[int], headline: str) -> list[int]:
    """The chosen lines that are the article's by the line model, on an English page."""
    if not chosen or not _reads_english(lines, chosen):
        return chosen
    model = _line_model()
    features = line_features(lines, chosen, headline)
    keep = kept_lines(window_masks(lines, chosen), suspect_lines(features), model.probability(features), model.threshold)
    return [k for k, kept in zip(chosen, keep) if kept]


def paragraph_reading(headline: str, paragraphs: list[str]) -> tuple[list[_Line], np.ndarray, WindowMasks]:
    """Another extractor's paragraphs read as a window of their own: their lines, features and masks
    (`window_masks`), for the line model fitted on that extractor's output (`html_lines`). They are read by their
    shape alone: the HTML path has already dropped what `line_kind` reads as chrome, dates and bylines."""
    lines = [_shaped(paragraph) for paragraph in paragraphs]
    chosen = list(range(len(lines)))
    return lines, line_features(lines, chosen, headline), window_masks(lines, chosen)


@lru_cache(maxsize=1)
def _html_line_model() -> LinearModel:
    """P(a paragraph trafilatura kept is the article's); fitted on the HTML pages of bench/pages.py."""
    return LinearModel.load("html_lines", LINE_FEATURES)


def article_paragraphs(headline: str, paragraphs: list[str]) -> list[str]:
    """The paragraphs of an HTML page's extracted text that the line model reads as the article's, on an English
    page (`kept_lines`: only those showing something of chrome may go)."""
    if not paragraphs:
        return paragraphs
    lines, features, masks = paragraph_reading(headline, paragraphs)
    if not _reads_english(lines, list(range(len(lines)))):
        return paragraphs
    model = _html_line_model()
    keep = kept_lines(masks, suspect_lines(features), model.probability(features), model.threshold)
    return [paragraph for paragraph, kept in zip(paragraphs, keep) if kept]


# ---------------------------------------------------------------------------------------------
# The headline: the rules above (`_find_headline`) name one; a logistic regression (`models/extract/headlines`)
# chooses among every title or short line over the window, the rules' choice one of its features. What the rules
# cannot see is the strongest sign on pages of layouts they have not met: a headline tells what the article's
# opening tells, in its words; a caption, a player's title or a "Published ..." line does not.

HEADLINE_FEATURES = (
    "words told by the opening",
    "words told by the text",
    "share of the opening's words",
    "words (log)",
    "terminated",
    "question",
    "lines over the text (log)",
    "candidates nearer the text (log)",
    "the rules' headline",
    "over a byline",
    "over a date",
    "under chrome or a link",
    "under a title",
    "under a title of three words or more",
    "a time",
    "a date",
    "separators",
    "opens on a pictograph",
    "a credit",
    "repeated on the page",
    "the page's first line",
    "in a rail",
    "prose",
    "a web address",
    "all capitals",
)
_HEADLINE_MAX_WORDS = 40
_STANDFIRST_HEADLINE_WORDS = 4  # a headline over its standfirst has at least these words ...
_STANDFIRST_HEADLINE_TOLD = 0.3  # ... and this share of them told by the article's opening
_WEB_ADDRESS = re.compile(r"\b[\w-]+\.(?:[a-z]{2,6})/|https?://|\bwww\.", re.IGNORECASE)
_PICTOGRAPHS = frozenset(("So", "Mn", "Cf"))  # emoji, arrows and their variation selectors and joiners


def _without_opening_pictographs(text: str) -> str:
    """A headline without the emoji or arrows a channel puts before it ("📣 ", "➡️ "); "-10C", "#MeToo", "«…»",
    "¿Qué…?" and "₹50 crore" keep their first character."""
    cut = 0
    while cut < len(text) and unicodedata.category(text[cut]) in _PICTOGRAPHS:
        cut += 1
    return text[cut:].lstrip() if cut and (cut == len(text) or text[cut].isspace()) else text


def headline_candidates(lines: list[_Line], body: range, rule_head: int | None) -> list[int]:
    """The lines that could head the window: titles and short lines of prose over it, and the rules' choice."""
    found = [k for k in range(body.start) if lines[k].kind in ("title", "prose") and 2 <= lines[k].words <= _HEADLINE_MAX_WORDS]
    if rule_head is not None and rule_head not in found:
        found.append(rule_head)
    return found


def _body_prose(lines: list[_Line], body: range) -> list[int]:
    """The window's paragraphs outside any rail (all its lines where it has none): what a headline tells."""
    return [k for k in body if lines[k].kind == "prose" and not lines[k].rail] or list(body)


def _words_of(lines: list[_Line], indices: list[int]) -> set[str]:
    return set().union(*(content_words(lines[k].text) for k in indices))


def headline_features(lines: list[_Line], body: range, candidates: list[int], rule_head: int | None) -> np.ndarray:
    """One row of `HEADLINE_FEATURES` per candidate."""
    prose = _body_prose(lines, body)
    opening, text = _words_of(lines, prose[:2]), _words_of(lines, prose)
    normal = [norm(line.text) for line in lines]
    repeats = defaultdict(int)
    for value in normal:
        repeats[value] += 1
    nearer = {k: rank for rank, k in enumerate(sorted(candidates, reverse=True))}
    rows = []
    for k in candidates:
        line, words = lines[k], content_words(lines[k].text)
        size = max(1, len(words))
        below = [lines[j].kind for j in range(k + 1, min(len(lines), k + 4))]
        above = lines[k - 1].kind if k else None
        rows.append(
            (
                len(words & opening) / size,
                len(words & text) / size,
                len(words & opening) / max(1, len(opening)),
                np.log1p(line.words),
                line.terminated,
                line.text.rstrip().endswith("?"),
                np.log1p(max(0, body.start - k)),
                np.log1p(nearer[k]),
                k == rule_head,
                "byline" in below,
                "date" in below,
                above in ("chrome", "link"),
                above == "title",
                above == "title" and lines[k - 1].words >= 3,  # a standfirst under its headline, not one under a label
                _TIME.search(line.text) is not None,
                _DATE.search(line.text) is not None,
                _SEPARATORS.search(line.text) is not None,
                _without_opening_pictographs(line.text) != line.text,
                _credit_of(line.text, line.words) is not None or _CAPTION_CREDIT.search(line.text) is not None,
                repeats[normal[k]] > 1,
                k == 0,
                line.rail > 0,
                line.kind == "prose",
                _WEB_ADDRESS.search(line.text) is not None,
                line.text.isupper(),
            )
        )
    return np.array(rows, dtype=float).reshape(len(candidates), len(HEADLINE_FEATURES))


@lru_cache(maxsize=1)
def _headline_model() -> LinearModel:
    """P(a candidate line is the page's headline); the likeliest candidate heads the article."""
    return LinearModel.load("headlines", HEADLINE_FEATURES)


def _over_its_standfirst(lines: list[_Line], body: range, candidates: list[int], chosen: int) -> int:
    """The headline over a standfirst the model chose: a shorter title line right above it that tells what the
    article's opening tells ("Port opens QD 1.1 billion terminal" over "Terminal 4 more than doubles the port's
    capacity ..."), not a label, a menu row or a source line ("Home / Business News", "Season 4 · Episode 12")."""
    over = chosen - 1
    if over not in candidates:
        return chosen
    line = lines[over]
    if (
        line.kind != "title"
        or line.terminated
        or line.words < _STANDFIRST_HEADLINE_WORDS
        or line.text.isupper()
        or line.words >= lines[chosen].words
        or _SEPARATORS.search(line.text) is not None
    ):
        return chosen
    told = content_words(line.text) & _words_of(lines, _body_prose(lines, body)[:2])
    return over if len(told) >= 2 and len(told) >= _STANDFIRST_HEADLINE_TOLD * len(content_words(line.text)) else chosen


def _chosen_headline(lines: list[_Line], body: range, rule_head: int | None) -> int | None:
    candidates = headline_candidates(lines, body, rule_head)
    if not candidates:
        return rule_head
    probability = _headline_model().probability(headline_features(lines, body, candidates, rule_head))
    return _over_its_standfirst(lines, body, candidates, candidates[int(np.argmax(probability))])


def _with_cut_paragraph(lines: list[_Line], body: range) -> range:
    """Take in a paragraph cut off mid-sentence right after the body (a paywall or a scraper
    stopped it): a long sentence-case line with no full stop and nothing but chrome after it."""
    if not body or body.stop >= len(lines):
        return body
    cut = lines[body.stop]
    rest = lines[body.stop + 1 :]
    if (
        cut.kind == "title"
        and not cut.rail
        and cut.words >= _CUT_PARAGRAPH_WORDS
        and cut.cap < 0.5
        and all(line.kind in ("chrome", "paywall", "rail_header", "end_marker") for line in rest[:1])
    ):
        cut.cut_paragraph = True
        return range(body.start, body.stop + 1)
    return body


def _headline_eligible(line: _Line) -> bool:
    """A title that can head an article: not a label of two words, not cut at a comma."""
    return line.kind == "title" and (line.words >= 3 or len(line.text) >= 12) and not line.text.endswith(",")


def _skip_back(lines: list[_Line], k: int) -> int:
    """Index of the nearest line at or before k that is not a header line (`_HEADER_KINDS`); -1 if none."""
    steps = 0
    while (
        k >= 0
        and steps < _HEADLINE_LOOKBACK
        and (lines[k].kind in _HEADER_KINDS or _BULLET_LINE.match(lines[k].text) or norm(lines[k].text) in _SUMMARY_LABELS)
    ):
        k -= 1
        steps += 1
    return k if steps < _HEADLINE_LOOKBACK else -1


def _under_byline_is_no_headline(lines: list[_Line], byline: int, near: int, over: int) -> bool:
    """Whether the title nearest the text, under the byline, is a caption, a summary point, a utility line or the
    writer's role rather than a headline the byline stands over (a section label or a menu over the byline): other
    header lines (a date, a credit) or titles come between, or it reads as a caption (a full stop), a row of
    utilities ("Listen · 4 min") or a role, or the title over the byline is the longer."""
    text = lines[near].text
    return (
        byline + 1 < near
        or text.rstrip().endswith(".")
        or _SEPARATORS.search(text) is not None
        or _ROLE_WORDS.search(text) is not None
        or lines[over].words > lines[near].words
    )


def _is_kicker(line: _Line) -> bool:
    """A short label over the headline: two words, or three in title case or capitals ("Press release", "The Long
    Read"); "Ferry route axed" is a headline."""
    return line.words < _KICKER_WORDS or (line.words == _KICKER_WORDS and line.cap >= 1.0)


def _above_summary(lines: list[_Line], k: int) -> int:
    """Line k, or, where k ends a summary's points under their label ("Key points", then short titles) and a
    byline or date follows it, the nearest line above the label that is not a header line: the points are no
    headline. (A title right over the text is its headline even under a rail of briefs: "In brief".)"""
    if not (0 <= k < len(lines) - 1 and lines[k + 1].kind in _HEADER_KINDS):
        return k
    j = k
    while j > 0 and k - j < _HEADLINE_LOOKBACK and lines[j].kind == "title":
        j -= 1
        if norm(lines[j].text) in _POINTS_LABELS:
            above = _skip_back(lines, j - 1)
            return above if above >= 0 and _headline_eligible(lines[above]) else k
    return k


def _byline_above(lines: list[_Line], k: int) -> int | None:
    """The byline among the lines above line k that are not prose, if any: right over the text, or over a video's
    transcript or a match's scorecard ("By Ana Vey, Ridgeline 6", "Play", "0:04 We begin tonight in ...")."""
    for j in range(k - 1, max(k - _BYLINE_REACH, -1), -1):
        if lines[j].kind == "byline":
            return j
        if lines[j].kind == "prose":
            return None
    return None


def _over_label(lines: list[_Line], k: int) -> int:
    """The headline over a label: a short line nearest the text naming a body ("Infrastructure and Transport Committee",
    "Department of Biological Sciences") under a sentence-case title of six words or more (over its date, byline or
    standfirst) names who published it, not what happened; that title is the headline. Else k. (A title-case
    headline under a tagline or a series line stays: "Marrow Bridge Reopens After Repairs".)"""
    if k < 1 or lines[k].words > _LABEL_WORDS or lines[k].terminated or not _PUBLISHER_LABEL.match(lines[k].text):
        return k
    upper = _skip_back(lines, k - 1)
    if upper > 0 and lines[upper].kind == "prose" and lines[upper].words <= _STANDFIRST_MAX_WORDS:
        upper = _skip_back(lines, upper - 1)  # a standfirst between the headline and the label
    if upper >= 0 and _headline_eligible(lines[upper]) and lines[upper].cap < 0.5 and lines[upper].words >= _STANDFIRST_WORDS:
        return upper
    return k


def _find_headline(lines: list[_Line], body: range) -> tuple[int | None, int | None]:
    """(headline index, index of a line between it and the body that belongs to the body)."""
    first = body.start
    marked = [k for k in range(first) if lines[k].sentence_headline]
    if marked:
        return marked[-1], None
    # A short question or exclamation opening the window, followed by header lines, is the headline.
    if len(body) > 1 and lines[first].kind == "prose" and lines[first].words <= 20:
        after = lines[first + 1]
        if after.kind in ("date", "byline", "credit") and not lines[first].text.endswith("."):
            return first, None
        # A text that opens on a short question: a plain-text article's question headline.
        if first == 0 and lines[first].words <= _QUESTION_HEADLINE_WORDS and lines[first].text.rstrip("\"'”’)").endswith("?"):
            return first, None
    near = _skip_back(lines, first - 1)
    # the byline nearest the text; a standfirst between it and the headline stops the walk back at itself
    byline = _byline_above(lines, near) or _byline_above(lines, first)
    if byline is not None:
        # Titles between the byline and the text are captions, summary points or a writer's role: the headline
        # is over the byline.
        over = _skip_back(lines, byline - 1)
        if over > 0 and lines[over].kind == "prose" and lines[over].words <= _STANDFIRST_MAX_WORDS:
            over = _skip_back(lines, over - 1)  # a standfirst between the headline and the byline
        if over >= 0 and _headline_eligible(lines[over]) and _under_byline_is_no_headline(lines, byline, near, over):
            near = over
    if near >= 0 and _is_kicker(lines[near]):  # "Press release" under the date, the headline over it
        upper = _skip_back(lines, near - 1)
        # a title of three words does not give way to the page's first line right over it: "Kelvaston Mill Closes"
        # under the masthead is the headline
        short = sum(1 for word in lines[near].text.split() if _LETTER.search(word)) < _KICKER_WORDS  # "Ana Vey ·"
        apart = short or (upper, near) != (0, 1)
        if upper >= 0 and apart and _headline_eligible(lines[upper]) and not _is_kicker(lines[upper]):
            near = upper
    near = _over_label(lines, near)
    near = _above_summary(lines, near)
    if near < 0 or not _headline_eligible(lines[near]):
        return None, None
    above = lines[near - 1] if near else None
    # Live blog: "2:15 PM" above the nearest title makes it an entry's title; the page title is higher up.
    if above is not None and above.kind == "date" and _TIME.search(above.text) and not _DATE.search(above.text):
        upper = _above_summary(lines, _skip_back(lines, near - 1))
        if upper >= 0 and _headline_eligible(lines[upper]):
            return upper, near
    # Standfirst: a longer sentence-case line right under the headline.
    if (
        above is not None
        and _headline_eligible(above)
        and not above.rail
        and not above.text.endswith(",")
        and not _is_kicker(above)
        and not _SERIES_LABEL.match(above.text)
    ):
        stand = lines[near]
        looks_like_standfirst = stand.cap < 0.5 and stand.words >= 10
        if looks_like_standfirst and (stand.words > above.words or above.cap >= stand.cap + 0.25):
            return near - 1, None
        top = lines[near - 2] if near >= 2 else None
        opens_header = top is None or (top.kind != "prose" and not _headline_eligible(top))  # not a teaser's
        if opens_header and stand.cap < 0.5 and min(stand.words, above.words) >= _STANDFIRST_WORDS:
            return near - 1, None  # two sentence-case titles over the byline: the headline, then its standfirst
    return near, None


_DATE_SETTINGS = {
    "PREFER_DAY_OF_MONTH": "first",
    "RETURN_AS_TIMEZONE_AWARE": False,
    "REQUIRE_PARTS": ["day", "month", "year"],  # "Sept 11" alone is no publication date
}


@lru_cache(maxsize=4096)
def _parse_date(text: str) -> str | None:
    """YYYY-MM-DD of the first absolute date in a short line; relative dates give None."""
    match = _DATE.search(text)
    if match:
        found = _SEPT.sub("Sep", match.group(0))  # dateparser does not read "Sept"
        parsed = dateparser.parse(found, languages=["en"], settings=_DATE_SETTINGS)
    elif match := _FOREIGN_DATE.search(text):
        parsed = dateparser.parse(match.group(0), languages=_OTHER_LANGUAGES, settings=_DATE_SETTINGS)
    else:
        return None
    return parsed.strftime("%Y-%m-%d") if parsed else None


def _published(lines: list[_Line], zone: list[int]) -> str | None:
    for k in zone:
        line = lines[k]
        if line.kind in ("date", "byline", "chrome"):
            found = _parse_date(line.text)
            if found:
                return found
    return None


def _byline(lines: list[_Line], zone: list[int], body: range) -> str | None:
    for k in zone:
        if lines[k].kind == "byline":
            text = lines[k].text
            names = _byline_names(text) or (text if _looks_like_name(text) else None)
            if names is None and _FOREIGN_BYLINE.match(text):
                names = text.split(None, 1)[1].lstrip(" :")  # "Συντάκτης: Ελένη Παππά"
            if names:
                return names
    for line in lines[body.start :]:
        tagline = _WIRE_TAGLINE.match(line.text)
        if tagline:
            return tagline.group(1).strip(" .;")
    return None


def _is_author_bio(text: str, byline: str | None) -> bool:
    """ "Jane Doe is a staff writer covering ..." after the article, naming its author."""
    if not byline:
        return False
    names = [n.strip() for n in _NAME_LIST.split(byline) if n.strip()]
    return any(re.match(rf"{re.escape(name)}\s+(?:is|was|covers|writes|has|reports|joined)\b", text) for name in names)


def _drop_pull_quotes(paragraphs: list[str]) -> list[str]:
    """A short line repeating part of another paragraph is a pull quote; keep the paragraph.
    A paragraph repeated word for word is kept once.

    Candidates come from an index of word triples, through the line's rarest triple, so a
    page of thousands of paragraphs is not compared pair by pair.
    """
    normal = [norm(p) for p in paragraphs]
    triples_of = [_triples(text) for text in normal]
    holders: dict[tuple[str, ...], set[int]] = {}
    for k, triples in enumerate(triples_of):
        for triple in triples:
            holders.setdefault(triple, set()).add(k)
    kept, seen = [], set()
    for k, (paragraph, text) in enumerate(zip(paragraphs, normal)):
        inside_another = False
        triples = triples_of[k]
        if triples and len(triples) + 2 <= _PULL_QUOTE_WORDS:
            rarest = min((holders[t] for t in triples), key=len)
            inside_another = any(j != k and normal[j] != text and text in normal[j] for j in rarest)
        if text not in seen and not inside_another:
            kept.append(paragraph)
        seen.add(text)
    return kept


def _triples(text: str) -> list[tuple[str, ...]]:
    words = text.split()
    return [tuple(words[i : i + 3]) for i in range(len(words) - 2)]


def _header_zone(lines: list[_Line], top: int, body: range) -> list[int]:
    """Where a page puts the article's date and byline, nearest first: between the headline and
    the body, just above the headline, the body's first lines, and just after the body."""
    after = [k for k in range(body.stop, min(len(lines), body.stop + 4)) if not lines[k].rail]
    return [
        *range(top, body.start),
        *range(max(0, top - 3), top),
        *range(body.start, min(body.stop, body.start + 3)),
        *after,
    ]


def _warnings(lines: list[_Line], body: range, paragraphs: list[str]) -> list[str]:
    warnings = []
    if any(line.kind == "paywall" for line in lines):
        warnings.append("paywall notice removed")
    cut_by_paywall = any(lines[k].kind == "paywall" for k in range(body.stop, min(len(lines), body.stop + 3)))
    if paragraphs and (cut_by_paywall or not _is_terminated(paragraphs[-1])):
        warnings.append("body looks truncated")
    return warnings


@dataclass
class ArticleWindow:
    """The segmenter's reading of a page before the line model: its lines, the article's window, the headline's
    line and the window's candidate lines (a lead-in under the headline first)."""

    lines: list[_Line]
    body: range
    head: int | None
    rule_head: int | None  # the headline by the rules alone (`_find_headline`)
    chosen: list[int]
    warnings: list[str]

    @property
    def headline(self) -> str:
        return _without_opening_pictographs(self.lines[self.head].text) if self.head is not None else ""


def article_window(text: str, cleaned: bool = False, headline_model: bool = True) -> ArticleWindow:
    """Lines, the densest run of them (after the fallbacks a page with no article by its shape gets) and the
    headline over it: the rules' choice, or the headline model's among the lines over the window."""
    lines = _lines(text, cleaned)
    rails = _mark_headed_rails(lines)
    _mark_article_opening(lines)
    _mark_headerless_rails(lines, rails)
    body = _with_cut_paragraph(lines, _densest_run(lines))
    warnings = []
    if not body and _unmark_lone_items(lines):  # "Top News" over a one-paragraph flash: the flash is the article
        body = _with_cut_paragraph(lines, _densest_run(lines))
    if not body and _sentences_as_prose(lines):
        body = _with_cut_paragraph(lines, _densest_run(lines))
        warnings.append("no article by the page's shape: sentences with chrome words read as its text")
    if not body and _bullets_as_prose(lines):  # a wire brief: "* ACME CORP - Q1 OUTPUT UP 4%"
        body = _with_cut_paragraph(lines, _densest_run(lines))
        warnings.append("no article by the page's shape: its bullet points read as its text")
    if not body:
        return ArticleWindow(lines, body, None, None, [], warnings)
    rule_head, lead_in = _find_headline(lines, body)
    head = _chosen_headline(lines, body, rule_head) if headline_model else rule_head
    chosen = [k for k in body if k != head and not lines[k].rail and lines[k].kind in ("prose", "title")]
    if lead_in is not None and head == rule_head:  # a live blog's first entry title under the rules' headline
        chosen.insert(0, lead_in)
    return ArticleWindow(lines, body, head, rule_head, chosen, warnings)


def segment_page(text: str, cleaned: bool = False, page: bool = True) -> PageParts:
    """Find the main article, its headline, date, byline, dateline and credits, and the teasers. A `cleaned`
    text is another extractor's lines: one that ends like a sentence is chrome only by its prose ("The bank
    will appeal the copyright ruling." stays). The learned readings (fitted on flattened pages) are asked only of
    a `page`: neither of a cleaned text nor of an article's body given with its headline (a JSONL record, a feed
    item), where a paragraph after a caption or cut with "..." by a scraper is still the article's."""
    learned = page and not cleaned
    window = article_window(text, cleaned, headline_model=learned)
    lines, body, head = window.lines, window.body, window.head
    parts = PageParts(warnings=list(window.warnings))
    if not body:
        parts.teasers = _teasers(lines, set())
        parts.warnings.append("no article text found")
        return parts
    top = head if head is not None else body.start
    if head is None:
        parts.warnings.append("no headline found")
    else:
        parts.headline = window.headline
    zone = _header_zone(lines, top, body)
    parts.published = _published(lines, zone)
    parts.byline = _byline(lines, zone, body)
    chosen = _article_lines(lines, window.chosen, window.headline) if learned else window.chosen
    paragraphs = [lines[k].text for k in chosen if not _is_author_bio(lines[k].text, parts.byline)]
    paragraphs = _drop_pull_quotes(paragraphs)
    dateline = WIRE_DATELINE.match(paragraphs[0]) if paragraphs else None
    if dateline and len(paragraphs[0]) > dateline.end():
        parts.dateline = dateline.group(1)
        paragraphs[0] = paragraphs[0][dateline.end() :]
    parts.paragraphs = paragraphs

    article = {k for k in range(top, body.stop) if not lines[k].rail} | {top, *chosen}
    parts.teasers = _teasers(lines, article)
    credits = (
        line.credit
        for k, line in enumerate(lines)
        if line.kind == "credit" and line.credit and (not line.rail or top <= k < body.stop)
    )
    parts.credits = list(dict.fromkeys(credits))
    parts.warnings.extend(_warnings(lines, body, paragraphs))
    return parts
