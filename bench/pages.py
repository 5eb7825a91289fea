"""Fictional news pages with a known article: gold articles rendered through news-site templates.

Every article in ``bench/gold/pages_articles.jsonl`` (written by hand, all fictional) is rendered
through two or three site templates of its own split into

- an HTML page, with the chrome such sites carry (navigation, consent banner, breadcrumbs, share
  bars, "Most read" and "Related" rails with teaser headlines and one-sentence snippets, newsletter
  boxes, image captions with photo credits, author bio, tags, comments, footer), and
- the same page flattened to its visible text, as a page copied from a browser reads
  (line breaks at block elements, a blank line around paragraphs, hidden elements and scripts left out).

Every fourth page's flattened text is made harder: two sentences glued at a line join
("...ended.Officials said...") or one paragraph broken mid-sentence.

The gold body is the article's paragraphs joined by a blank line; on a paywalled page only the
paragraphs shown before the wall (a soft wall may keep the rest in the HTML, hidden). Pull quotes,
captions, "READ MORE" lines, live-blog timestamps, key-event summaries, "Key points" bullets,
subtitles, footnotes, corrections, author bios, press-release boilerplate and contacts are not body.

Templates are split like the articles, "tune", "test" and "final": each split's templates render only
that split's articles, so the test pages share neither article nor layout with anything an extractor
was adjusted on. The "final" templates and articles were written by other hands after the extractor's
rules were set, with chrome wording of their own, and are never tuned on. The extractor was later changed
while reading "final"; a "final2" split (articles P76-P100 and 7 more templates: a blogging platform, a
government newsroom, a town news network, an infinite-scroll page, a print magazine, an oldest-first live
blog and a story cut into sections around galleries) was then added the same way, with new chrome wording,
and is built after "final" so that every earlier page stays as it was. On its pages, live-entry headlines,
subheads between paragraphs, decks, "Top highlight" labels, "Notes to editors" and the next story loaded
below an infinite-scroll article are not body either.

A "final3" split (articles P101-P125 and 7 more templates: a metro paper carrying agency copy, a sports site, a
science magazine, a nonprofit investigative newsroom, a regional TV station, a live ticker laid out as a table and
a company's investor and media centre) was added after "final2" had been read, the same way and with new chrome
wording again, and is built after "final2" so that every earlier page stays as it was. The sports site and the
science magazine carry only the articles of their subject (`Template.only`). On its pages, the agency's
contributor line after a "___" rule, "Related coverage" boxes, a paid-content label and distribution note, the
match centre (score, scorers, match stats) and league tables, a "Jargon buster" glossary, reference lists and
"Cite this article", a partnership note, side-notes, "Help us report on this" callouts and "How we reported this
story", an automatic video transcript (cues repeating the story's opening sentences), a weather widget, the
ticker's writer initials and its video and advert rows, and an "About", forward-looking statements and contacts
after a release are not body either. The science magazine sets the first paragraph apart as a standfirst above
the byline: it is the article's first paragraph, so it is body. The nonprofit's "Republish this story" dialog
holds the whole story's HTML in a <textarea> inside a hidden element: never visible, so not gold a second time.

A "final4" split (articles P126-P150 and 7 more templates: a regional radio station, a tabloid with threaded
comments, a city council's press office, a national broadcaster's explainer, a national site republishing stories
from partner newsrooms and the agency, a business site with a hard paywall and a publisher's phone-app web view) was
added after "final3", the same way and with new chrome wording again, and is built after "final3" so that every
earlier page stays as it was. The business site carries only business stories and the council's press office only the
council's own release (`Template.only`); on the business site the rest of the story is not on the page, so only the
two paragraphs before "Keep reading with Capstan Pro" are gold. On its pages, the radio station's on-air strip,
"Listen again" player, audio clip, schedule and travel news, the times and reporter lines of a live blog's updates,
the tabloid's subheadline (the first sentence of the second paragraph), picture gallery, "READ MORE", "DON'T MISS"
and "MUST SEE" lines, video box and comments with replies and votes, the council's service alert, reference line,
"ENDS", "Notes for news desks" and press contacts, the explainer's question subheads, its open "What we know" box
(bullets repeating first sentences of the story) and a collapsed box, the market-data strip and "Market movers",
a "Partner story" label, "Originally published" and "Republished" dates, a "Translated from" line, a translator's
note and "This story was originally published by ...", and the app's topic chips, "Alerts for ..." card, reactions
and "Up next in your feed" are not body either. The app page ships the web edition's header, consent dialog and
footer in hidden elements: never visible.

A "final5" split (articles P151-P175 and 7 more templates: an open news wiki, a regional daily's e-edition showing its
printed pages, a news aggregator's reader view, a volunteer community radio station's podcast page, a messaging app's
public channel seen on the web, a freight trade magazine with a free registration wall and a university's news office)
was added after "final4", the same way and with new chrome wording again, and is built after "final4" so that every
earlier page stays as it was. The trade magazine carries only freight and shipping stories and the university's news
office only its own research stories and release (`Template.only`); on the trade magazine the rest of a story is not on
the page, so only the three paragraphs before "Carry on reading for free" are gold. On its pages, the wiki's date line
(a paragraph of its own above the story), "Related articles" infobox, "Sources" (outlets' headlines, one of them the
story's opening clause), opinions-page paragraph and categories; the e-edition's viewer controls and page thumbnails,
folio lines, section slug and town strap, capitals byline with role and email, "Photograph:" credit, pull quote, the
"Continued on page" and "Continued from page" lines with the next page's folio and a continuation head, "NEWS IN BRIEF"
box and paid advertisement; the aggregator's source line, "Name for Outlet" byline, times in UTC, "Quick take" bullets
(first sentences of the story), "Reader view" line, promoted card, "Plover pick", "Carry on at ..." and "Why this
story?"; the radio station's episode player with chapters, the automatic transcript (cues repeating the story's opening
sentences, the rest hidden), the "Viewpoint" and community-notice notes in a paragraph after the story, and a live
blog's update times with time zone, "Hear this update" clips and "Posted by" lines; the channel's name (the page's only
h1), pinned message and other posts, the story's headline in bold at the top of its post, "(1/3)" part marks,
"Forwarded from", the writer, hashtags, views, times and reactions; the trade magazine's "Partner content" strip,
lower-case "by" byline, numeric date, "Freight pulse" table and vacancies; and the university's "Words:" line, "Find
out more" box, the reference paragraph under "The research behind this story", "For journalists" and "Find an expert"
are not body either. On the channel a story too long for one post runs on over several posts, and a live blog is one
post per update, oldest first.

A "final6" split (articles P176-P200 and 7 more templates: a national daily's story page for phones, a town news site
run on forum software, a news agency's subscriber desk, the web version of a one-story weekend email, a photography
site's photo story, a weekly paper's briefs page and a broadcaster's text-only edition) was added after "final5", the
same way and with new chrome wording again, and is built after "final5" so that every earlier page stays as it was. The
briefs page carries only flashes, short news and wire items, and the email and the photo story only longer stories
(`fits`); no page cuts its story. On its pages, the daily's sticky audio bar ("Hear it read aloud"), portrait byline,
towns' hover cards (hidden, never visible), "Across the paper today" grid in the middle of a story with "Your story
resumes below", "In the paper" paragraph with the printed headline and a live page's entry times; the forum's topic
title (an <h2>: the page has no <h1>) and "Re:" subjects, the newsdesk's bold byline or "Press release received from"
line and the picture's caption line inside the opening post, each post's "by ... »" line, rank, post count, join date
and location, Quote and "Tell a moderator" buttons and signature, the members' replies (one quoting the opening
sentence of a paragraph of the story), a live thread's bold "Update" time lines and the replies between its updates,
"Who is online" and "Similar topics"; the agency desk's metadata table, embargo line, "ADVISORY" note, byline in a <p>,
PR service line, "(ends)" and the desk's sign-off, pictures, "Related stories" and "Version history"; the email's
preheader (hidden), web-version line, issue line, the editor's welcome (two paragraphs above the story), headline in a
table cell, "Words by" and "Pictures by" line, caption, sponsor's message, "Hit reply" note and "Worth your weekend";
the photo story's credits, long captions (two or three sentences of prose, each in a <p> of its own) with their
"Photograph ©" credits, "Enlarge" and "Buy a print", "Contact sheet", "About the photographer" and assignment note; the
briefs page's other briefs (whole short stories of the split under <h2> headlines after "More briefs"), their
"Earlier:" lines and the tide table; and the text-only edition's plain <p> lines (header, section path, byline, date,
"[Picture: ...]", a live page's bare time lines, the page-size note and the footer) are not body either. Only the brief
under the briefs page's <h1> is its article. On the forum a live blog is one newsdesk post per update, oldest first; on
the daily and the text-only edition it runs newest first.

A "final7" split (articles P201-P225 and 7 more templates: a fact-checking charity's verdict page, a volunteer community
paper on a generic website builder, a regional daily's opinion and analysis page, a data newsroom's scrolling story, a
tap-through visual story, a web archive's capture of a local paper's page and a weather channel's website) was added
after "final6", the same way and with new chrome wording again, and is built after "final6" so that every earlier page
stays as it was. The fact-checking site carries only the split's three fact checks and the weather channel only its
weather stories (`Template.only`); the visual story carries only flashes, wire items, short news and live blogs, the
opinion page only opinion, features and long news, and the data story only long news and features (`fits`); no page cuts
its story. On its pages, the fact check's claim card (the claim in quotation marks, who made it and where, "Our rating",
the five-step scale and a one-sentence ruling in a <p>), "Checked by" line, "Why we checked this" box, the <h2> subheads
"What the numbers show" and "Our verdict", "Sources we used", corrections note and checker's box; the website builder's
banner, post header with its "Writer" or "Admin" badge, reading time and "Updated:" line, empty spacer paragraphs,
"Photo courtesy of" caption, a bold one-line <p> subhead in a feature, the italic "Sent to us by" line above a release,
a live post's bold time lines, hashtags, counts, "Recent Posts", comments and the "Keep local news going" appeal; the
opinion page's meter strip, column name, portrait box, pull quote, "Read more:" line, the note on whose views these are,
the column's blurb, "More from this columnist" and the letters box with its rules; the data story's intro, the sticky
chart's bars, values, years and notes, the table chart, "How we did this" (two paragraphs of method) and credits; the
visual story's cover, "Image:" credits, a live story's page times, the sponsored page's text and "Swipe up for the full
story"; the archive's toolbar and capture notice, the archived page's "Posted by", "Posted:" and "Updated:" lines,
"[Image not archived]" with its caption, "Loading comments…", "Related stories" and "Most read today", and on a live
page the time in bold at the start of each update's <p> (the rest of that <p> is body); and the weather channel's
warnings banner, "Issued by" line, "Watch" box, "Latest observations" table, the presenter's forecast (prose paragraphs
under "Tonight", "Tomorrow" and "Outlook"), five-day strip and a live page's update times are not body either. The
opinion page sets the article's first paragraph apart as a large standfirst between the headline and the writer's
portrait: it is the article's first paragraph, so it is body. On the website builder and the visual story a live blog
runs oldest first, on the archive and the weather channel newest first.

A "final8" split (articles P226-P250 and 7 more templates: a subscription court-reporting service, a student newspaper on a
university's blogging platform, a football club's own website, a regional daily's print view, a chamber of commerce's news
page, a trade union branch's bulletin and a hyperlocal what's-on-and-news portal) was added after "final7", the same way and
with new chrome wording again, and is built after "final7" so that every earlier page stays as it was. The court service
carries only the split's court stories, the club's site only its own club's stories, the chamber only business stories and
the union's bulletin only stories about work and its own statement (`Template.only`); the student paper carries no wire
items or releases and the portal no wire items (`fits`). The court service shows readers who are not signed in the first
four paragraphs and keeps the rest of a report in the page, hidden: only the four shown are gold. On its pages, the court
service's free-trial strip, case panel (case, court, who sat, hearing, case number, outcome), "Reporting restrictions"
line, "Reported from court by" line, "Heard" line, "Subscribers read the full report" box, the note on privilege, "Case
history" and "In the lists tomorrow"; the student paper's platform bar, standfirst (a <p> that reads like a second
headline), "Article by" line with its ordinal date, "Content note", two-sentence captions with "Image:", <h2> subheads,
the writer's bio (a <p> of prose after the story), the note on editorial independence, "Filed under", "Related", "Pitch us
a story", "Join the Lectern", comments and "Leave a Reply"; the club's partner strip, "Latest from the Kingfishers" (other
stories' and this story's first sentences), "Club report" byline, fixture card, "Club shop" box between paragraphs,
line-up, "Player of the match" vote, "Next fixture" and partners; the print view's buttons, "Print-ready page", the
"Writer:", "First posted:" and "Last changed:" table, captions with "Image credit:", <h3> crossheads, a live page's "Entry
filed" lines, and the <p>s after the story with its address, the copyright notice and "Printed from", and "Links in this
article"; the chamber's breadcrumbs, "Submitted by" line, the italic disclaimer in a <p> above a member's release, "The
Chamber's view" (a paragraph of comment and its chief executive's name), "About this member", "Upcoming events", "Member
offers" and "More business news"; the union's join strip, bulletin number, label, "A member writes" and "Bulletin report"
bylines, pull quote, <h3> crosshead, a live page's "Picket line" time lines (each in a <p> of its own), the "In solidarity"
sign-off in a <p> after the story, "Know your rights", "Pass it on", "Branch diary" and "Latest from the branch"; and the
portal's area switcher, "This weekend" cards, "for Hereabouts" and "Added" line, "The short version" box (bullets repeating
the first sentences of the story's first three paragraphs), "Happening nearby" card, map credit, "More local news" and
"Noticeboard" are not body either. A subhead or crosshead between paragraphs is never body, as in earlier splits; a
correction that the article itself prints as its last paragraph (P239's "Correction:") is one of its paragraphs, so it is
body. On the club's site, the union's bulletin and the print view a live blog runs oldest first; on the student paper and
the portal newest first.

A "final9" split (articles P251-P275 and 7 more templates: a county fire and rescue service's newsroom, a village's volunteer
newsletter, a podcast network's episode page, a finance portal reprinting a business wire's releases and an agency's copy, a
member of parliament's own website, a regional TV station's mobile site and a local paper's lite edition for slow
connections) was added after "final8", the same way and with new chrome wording again, and is built after "final8" so that
every earlier page stays as it was. The fire service carries only its own release and the split's fire and rescue stories,
the MP's website only the stories she shares and her own column, and the finance portal only the agency's copy and the
shipbuilder's release (`Template.only`); the newsletter carries no wire items or live blogs, the podcast page only short and
long news, features and opinion, and the TV site no opinion (`fits`); no page cuts its story. On its pages, the fire
service's 999 strip, "Incident report" and "Live incident updates" labels, "Reported by ..., shared with permission" line,
incident table (number, time of call, type, location, what was sent, stations, status), "Stay safe" tips, <h2> subhead,
"Have your say", "Media enquiries", "Was this page helpful?", "Latest from the newsroom" and station finder; the
newsletter's strap in a <p>, issue line, "In this issue" with page numbers, "Thank you to our advertisers", label, italic
"Sent in by" line in a <p> above a release, caption with "(Photo: ...)", "Could you deliver the Pump?" box, the italic
sign-off in a <p> after the story ("Words: ...", a letter writer's name and village, "Compiled by the editor"), the note on
letters in a <p>, "Have your say" comments, "Dates for your diary", "Parish council corner" (a paragraph of prose), "Small
ads" and the copy deadline; the podcast page's show card, season and episode line, player, "Listen on", "In this episode"
chapters, the "Episode notes" intro (a <p> of prose above the story), "Written by" line, clip card quoting a sentence of the
story, sponsor's message, the transcript (hidden, never visible) with its note on automatic transcripts in a <p>, "Credits"
and "More episodes"; the finance portal's ticker tape, "Source:" line, "In this article" quote cards, the media contact and
the business wire's release note in <p>s after a release, the "(Reporting by ...; editing by ...)" line and the agency's
copyright in <p>s after its copy, chart, "Prices delayed" note, "Most active", "Latest market news" and disclaimer; the MP's
website's help links, label, the italic note in a <p> on where a shared story or her column first appeared, "Posted on"
line, caption with "Photo: Office of ...", "Delia's comment" (a paragraph of prose and her name in <p>s), "Sign the
petition", "Delia's surgeries", "Latest news" and the imprint; the TV site's app banner, hidden menu drawer, weather chip,
"Watch live", "BREAKING" tag, "Published" and "Updated" line, video box with its "WATCH:" title in a <p>, the italic note in
a <p> above a release, "ALSO ON VALE 3:" lines, advert, the agency line in a <p> after its copy, a live page's pinned note
and update times, "Got a story?", "Trending on Vale 3" and "Next up"; and the lite edition's title line, "no pictures"
note, one-line menu, section, byline line, "[Picture not loaded ...]" line, <h3> crosshead, "— Sternpost", the note on
opinion pieces in a <p>, a live page's bold times, "More from today's lite edition", the page-weight line and footer are not
body either. On the fire service and the TV site a live blog runs newest first; on the MP's website and the lite edition
oldest first.

A "final10" split (articles P276-P300 and 7 more templates: a football supporters' website, a river and coast agency's news
and flood bulletin page, a county police force's news and appeals page, an article on a professional networking site, a web
feed reader, a web portal reprinting partners' stories and a video-sharing site's watch page with the story in the video's
description) was added after "final9", the same way and with new chrome wording again, and is built after "final9" so that
every earlier page stays as it was. The supporters' site carries only the split's stories about its club, the agency only
its own release and the split's flood and river stories, and the police force only its own appeals and the split's crime
and court stories (`Template.only`); the networking site carries only opinion, features, releases, long and short news, and
the video site no opinion or live blogs (`fits`); no page cuts its story. On its pages, the supporters' site's "Unofficial"
strip, "Next up" countdown, label, "Via the Sedgemere Courier" and "Posted by" lines, caption, "Away travel" box and poll
between paragraphs, the Courier's permission note in a <p> after its story, the sign-off "Up the Ropers." in a <p> and the
columnist's box after a column, "Rate this", comments with votes, "Latest from the End", league table and podcast box, and
on a match thread the score panel, each update's match minute and clock time, the posts quoted from the thread between
updates and "Rate the players"; the agency's "Skip to main content", cookie question, "Flood warnings in force" strip,
label, the lead under the title (a sentence in a <p> of its own), "From:" and "Published" lines, "River levels" table, the
<p> saying a story from the paper is reproduced with permission, picture credit, "Get flood warnings" inset, "Contact",
"Related content" and "Is this page useful?", and on a flood bulletin each "Update issued at" line in a <p> of its own; the
police force's "Leave this site quickly" button, 999 line, label, the italic <p> saying whose court report it is, numeric
"Published" line, released picture and caption, "Can you help?" box with the incident reference, the note in a <p> after
the story (on speculating online, support for victims or claiming property), "Latest news", "Wanted" cards and "Report it
online"; the networking site's "Join now", the writer's or company's card with its professional headline, "Published" and
"+ Follow", the italic <p> saying where a piece first ran, an <h3> subhead, the hashtags in a <p> after the story,
reactions, comments with their writers' headlines, "More articles by", "Others also viewed", "Explore topics" and the
sign-in dialog; the feed reader's app bar, feeds with unread counts, the list of items with their first sentences (the open
item's among them), the feed's name, "by" line, buttons, a caption in a <p> inside the feed's HTML, "The post ... appeared
first on ..." in a <p> after the story, shortcuts, "More in your feeds" and the Pro offer, and on a live page each update's
time in bold in a <p> of its own; the portal's weather chip, partner line with "+ Follow", "Story by" line, "Key takeaways"
box marked as made by AI (the first sentences of the first three paragraphs, some cut), "Story continues below
advertisement" and "Related video" between paragraphs, "Continue reading", "Read the original on ..." and the partner's
copyright, "Was this helpful?", comments, "More for you" and sponsored cards, and on a live page the update times; and the
video site's player and advert, channel and subscribers, likes, the views, date and hashtags line above the description,
the channel's own lines after the story in the same block, "Show less", the transcript (hidden), the channel's pinned
comment, comments and "Up next" are not body either. The video's description holds the story's paragraphs in one block, set
apart by line breaks, not <p>s. On the supporters' site a match thread runs oldest first; on the agency's page, the feed
reader and the portal a live blog runs newest first.

A "final11" split (articles P301-P325 and 7 more templates: a city museum and art gallery's press room, a regional assembly's
committee news page, a regional train operator's news and travel updates page, a regional health board's newsroom, a
read-it-later app's view of a saved story, a press database's document view reached through a library and a TV channel's
teletext service seen on the web) was added after "final10", the same way and with new chrome wording again, and is built
after "final10" so that every earlier page stays as it was. The museum carries only its own release and notice and the
split's stories about it, the assembly only its committee's release, the chair's article and the split's stories on the
committees' inquiries, the train operator only its own travel update and the split's rail stories, and the health board only
its own release and news, its medical director's blog and the split's live page on its hospital (`Template.only`); the press
database carries no live blogs, and the teletext service only flashes, wire items, short and long news and live blogs
(`fits`); no page cuts its story. On its pages, the museum's opening-hours strip, "Donate", label, "Release date" or "Posted
by the Hallgarth press office" line, the italic <p> saying a paper's story is shared with permission, a caption of two
sentences, the "Victorian Galleries" card and a pull quote repeating a quotation from the story between paragraphs, "Press
images" (with a <p> on their use), numbered "Information for editors", "Press office", "Back to press coverage", "What's on",
the mailing list and "Keep the Hallgarth free"; the assembly's "Jump to main content", plenary strip, label, "Date:" line,
the italic <p> saying where the chair's article first appeared or that a paper's story is reproduced for Members, the
"Inquiry:" box between paragraphs, "What the committee is asking for" (three sentences restating the report's
recommendations), the <p> after a release saying the committee's clerks issued it, "Watch the evidence session" with its
times or "Evidence sessions" to come, "Documents", the committee card and "Latest committee news"; the train operator's "Line
status" table, "Plan your journey" form, label, "Dalelink customer information" or "From the Corrowdale Packet" line, the
italic <p> saying the paper's story is republished or its live coverage carried, caption, "Delay Refund" box between
paragraphs, "Should I still travel?" (a heading and a <p>) after a travel update, on a live page the "Latest" mark and the
"Ticket acceptance" box (a heading and a <p>) between updates, "More travel news" and the app box; the health board's 111 and
999 line, "Waiting times now" strip, "Read this page in another language", label, "Published:" or "Last updated:" line, the
blog's author card, the italic <p> saying whose live coverage is shared, the "Choose the right service" box and a pull quote
repeating the first sentence of a paragraph of the blog, the author's bio in a <p> after the blog, "Media information" (a
<p> about the board) and media enquiries after a release, the review dates, "How did we do?", "Latest news" and "Visiting
times"; the read-it-later app's bar, source line with "View original", "By" line with the publisher, reading time and
"Saved" line, the reader's tags, tools, the <p> on how the story was saved, the site's picture and caption, "Your
highlights" (first sentences of paragraphs, also marked in the text), the reader's note in a <p>, "Finished? Archive it"
and "Recommended for you"; the press database's access line, search box, "Document 5 of 73" line, tools, details table with
its "Abstract" (the story's first sentence, cut), the copyright line in a <p> after the text, "End of document", "Index
terms", "Cite this document" (a <p> holding the headline) and "Related documents"; and the teletext page's bar, header row
with page number, date and clock, section title, "1/5" screen counters, "More on next screen >>>", the rows pointing to
other pages, the travel and weather rows, the coloured page links and "Headlines 101" are not body either. The app's
highlights and the database's search terms are marked (<mark>) inside paragraphs: the marked text is body. On the train
operator's page, the health board's page, the app and the teletext page a live blog runs newest first, each update's time
in an element of its own.

A "final12" split (articles P326-P350 and 7 more templates: a regional paper's clear edition in large print and plain words,
the English edition of a news site that publishes in the region's own language, a trust port's newsroom, a football league's
official website, a national daily that shows its amendments, a public notices portal and a school trust's news page) was
added after "final11", the same way and with new chrome wording again, and is built after "final11" so that every earlier
page stays as it was. The port carries only its own notice and release and the split's stories about the harbour, the
league only its own disciplinary item and the split's stories about its clubs, the notices portal only the council's
traffic order and release and the split's stories about the notices, and the school trust only its own release, its chief
executive's column and the split's stories about its schools (`Template.only`); the English edition carries no wire items,
and the national daily no releases (`fits`); no page cuts its story. On its pages, the clear edition's "Skip to the story",
access bar, menu of plain divs, cookie question, "You are here:", label saying what kind of story it is, "Story by" or
"Story from" line, "Published on" and reading time, "The story in 3 points" (bullets shortening the first sentences of the
first three paragraphs), "Words to know" (plain definitions), "What the picture shows:", "Was this page easy to read?",
"Other stories in clear English", "Easy read guides" and contact box; the English edition's language switcher, note on the
English edition, tagline and menu in both languages, the cookie notice in both languages (two <p>s), section, "Translated
from the Ebbric by" or "Issued in Ebbric and English by" line, numeric date, "Redh an Ebbrek (Read in Ebbric)", "Skeusen /
Picture:" caption, "Translator's note" (a heading and a <p>) between paragraphs, the italic <p> after the story on how it
was translated or that a release is printed as issued, share row, "Word of the day", "Also in English today" and "Most read
in Ebbric"; the port's status strip, "Port user login", label, "Issued" line or "From the Ebbermoor Almanac" with the italic
<p> saying the paper's story or live coverage is reproduced with permission, caption, "Notice to Mariners" box (a heading,
the notice and the harbour master's name in <p>s) between paragraphs, "Vessel movements today" table, "Notes to editors"
and media contact after a release, "Tide times", the notices sign-up and "Latest port news"; the league's results ticker,
"Est. 1921" and official partner, label, match centre (teams, score, scorers, ground, attendance, tabs), "Report:" line,
short date, "Player of the Match" box between paragraphs, line-ups and match stats tables, the <p> on appeals after a
disciplinary item, league table and "Latest league news"; the national daily's support bar, cookie dialog, section, update
banner ("This article has been amended"), byline with role or "Gazetteer staff", published and "Last modified" times, share
row with the comment count, "Related:" card between paragraphs, the italic <p> after the story with the amendment note
("This article was amended on ..."), "Corrections and clarifications" with the open "Version history", comments and "Most
viewed"; the notices portal's "Place a notice", postcode search, menu of notice types, label, "Source:" and "Posted" lines,
the italic <p> above the paper's story, the statutory notice the story is about (type, reference, capitals heading, its
<p>s and the response line) between paragraphs, "Have your say", the <p> on how notices work, "Get notice alerts",
"Notices near ..." and "More notices news"; and the school trust's parents' links, closures line, values, menu (its list of
schools hidden, never visible), cookie banner, label, date, "Posted by" and categories or the chief executive's card, the
italic <p> saying the paper's story is shared with permission, caption with its consent note, "Quick links for parents"
between paragraphs, a pull quote repeating the first sentence of a column's last paragraph, the chief executive's bio in a
<p> after her column, "Notes to editors" and media enquiries after a release, "Upcoming events" and "Latest news" are not
body either. On the English edition, the port's page, the league's page and the national daily a live blog runs newest
first, each update after its time or match minute in an element of its own; on the clear edition oldest first, each update
after "Update at" and its time in an <h3>.

A "final13" split (articles P351-P375 and 7 more templates: a regional airport's media centre, a farmers' co-operative's
market news, a regional statistics office's release pages, a regional business journal, a search engine's cached copy of a
local paper's page, a weekly paper's story page with its readers' letters and a news weekly's tablet edition exported to the
web) was added after "final12", the same way and with new chrome wording again, and is built after "final12" so that every
earlier page stays as it was. The airport carries only its own release and update and the split's stories about it, the
co-operative only its own milk price notice and the split's farming stories, the statistics office only its own release,
news and headline figure, and the business journal only the split's business stories, the agency's deal and a company's
release (`Template.only`); the letters page carries only short and long news, features and opinion (`fits`); no page cuts
its story. On its pages, the airport's travel alert, "Book parking", "Live flight information" table, label ("Press release",
"Operational update", "Airport in the news", "Live coverage"), dotted date or "Source:" line, the italic <p> saying the
paper's report or live coverage is reproduced with permission, caption, "Facts and figures" table between paragraphs, the
advice <p>s after an update, "ENDS", "Notes to editors" and the 24-hour media line after a release, the media centre links
and "Latest from the media centre"; the co-operative's members' bar, strapline, label, "Reported by ... for the Tarnwold
Recorder" or "Member communications team" line, "Posted in:" line, the italic <p> on the paper's farming pages, "Market desk
comment" (a <p> of prose and the trader's name) between paragraphs, "Visit us at the show", "Market prices" with changes,
"Spray-day forecast", "Members' noticeboard" and "Meetings and events"; the statistics office's "Skip to main content",
cookie banner (a heading and a <p>), badge, label, details list, "Main points" (bullets restating the figures), the table
between paragraphs with its source and download links, the chart's title and axis years, "Quality and methodology" (a
heading and a <p>), "Notes to editors", "Related statistics" and "Is this page useful?"; the business journal's markets
strip, "Subscribe from £1", sector label, byline table with the time, the italic <p> above a release saying the company
supplied it, caption, "Related:" line and awards promotion between paragraphs, "About ..." and "Media contact" <p>s after a
release, the agency's copyright <p> after its copy, tags, "People on the move" (names, roles and a sentence on each), "Deal
of the week", "Most read", "Events" and the newsletter box; the search engine's banner (address, snapshot time, "The current
page could have changed", versions, find tip, "These search terms are highlighted:"), the paper's date line, masthead, menu,
"BREAKING" bar, cookie line, section, byline table with "Posted:" and "Updated:", caption, "Advertisement", the "RELATED:"
<p>, the italic <p> after a release saying it is published unedited, the agency's copyright, tags, comments and "More from
the Recorder"; the weekly paper's date and weather strip, masthead, "Subscribe to the print edition", cookie line, section,
"Reporter:", "Comment by" or "Pilot newsdesk" line, ordinal date, "Picture:" caption, "READ MORE:" line, the <p> after a
column on whose views these are, "Your letters" (each a heading, two <p>s of prose and the writer's name and town in a <p>,
the first under "Letter of the week"), "Write to the Pilot" (two <p>s) and "Most read"; and the tablet edition's reader bar,
cookie note, page counter, kicker, "Words ... · Pictures ..." or "Supplied by" line, "Tap to enlarge" caption, folio between
the columns, pull quote repeating the first sentence of a paragraph, end mark, "Next in this issue" and the pager are not
body either. The search engine marks its search terms (<b> in yellow) inside paragraphs and the tablet edition sets the
first letter of a story in a drop-cap <span>: that text is body. On the airport's page and the cached page a live blog runs
newest first; on the co-operative's page and the tablet edition oldest first, each update after its time in an element of
its own.

A "final14" split (articles P376-P400 and 7 more templates, this time the mainstream news web: a national broadsheet, a
regional newspaper group's shared CMS, a digital-native news site, a public broadcaster's article page, a news agency's
public website, a tabloid's page for phones and a business daily with a soft paywall) was added after "final13", the same
way and with new chrome wording again, and is built after "final13" so that every earlier page stays as it was. The
business daily carries only the split's business stories, the agency's rate story and the three companies' releases
(`Template.only`); the broadsheet and the digital site carry no releases, the public broadcaster no opinion or releases,
the tabloid no wire items or releases, and the agency's website no opinion (`fits`). The business daily shows readers the
first three paragraphs and keeps the rest of a story in the page, hidden: only the three shown are gold. On its pages, the
broadsheet's utility row, masthead, consent dialog, kicker, a columnist's name above the headline, deck in a <p>, picture
with "Photograph:" credit, byline, dotted times with "Last modified on" and comment count below the picture, "Related"
rich links and <h2> subheads between paragraphs, the newsletter promotion (a heading and <p>s between "skip past
newsletter promotion" and "after newsletter promotion"), after a comment piece the writer's line and the call for letters
in italic <p>s, "Explore more on these topics", "Reuse this content", comments, "Most viewed" and "More on this story", and
on a live page the "Key events" list and each update's time; the group site's leaderboard advert, notification prompt (a
<p> and its buttons), consent dialog, menus, breadcrumbs, standfirst in an <h2>, author block with role and "Bookmark",
time and "Updated" stamps, autoplay video ("Video Loading", "Click to play", the countdown), "(Image: ...)" captions,
adverts every few paragraphs, "Read More" box, the "READ NEXT:" <p> and its list, after a release the note on releases,
the "Got a story?" <p>, "More On", comments, "Recommended by Trellis" sponsored cards, "Top Stories", "Most Read" and the
group's footer, and on a live page each update's time, "KEY EVENT" mark, headline and writer; the digital site's tagline
and chips, cookie toast, topic, dek in a <p>, writers with "Updated" time and reading time, the sticky share bar ("Gift",
"Share", "Save", comment count, "Listen"), "Key takeaways" (the first sentences of the first three paragraphs, cut), the
"Go deeper" card (a headline and a <p>), <h2> subhead and newsletter box between paragraphs, the writers' bios, members'
appeal, "Filed under", the long comment thread with replies and votes, "Load more comments" and "Read next", and on a live
page each update's time and writer; the public broadcaster's "Skip to content", cookie banner (a heading and a <p>), menus,
relative time, byline block, "Image source," and "Image caption," lines, the embedded social post ("Skip Chatter post by
...", the consent question and its <p>, the post in a <blockquote> with its <p>, the <p> on external sites and "End of
Chatter post"), <h2> subheads, "Related topics", "More on this story", "Top stories" and "Features", and on a live page
the "Summary" bullets, "Live Reporting", "Edited by" line and each post's time, headline and "Posted at" line; the
agency's cookie banner, menu, section path, byline, date with "GMT" and "Updated ... ago", "Purchase Licensing Rights",
the newsletter line ("Sign up here.") and "Advertisement · Scroll to continue" between paragraphs, the "/File Photo"
caption, the note above a release that the agency's staff had no part in it, the "SOURCE:" <p> after a release, the
"Reporting by ...; Editing by ..." <p>, "Our Standards", "Suggested Topics", the "Companies" box, "Read Next", "Sponsored
Content" and the footer's quotes note; the tabloid's top bar, chips, "TRENDING" strip, consent sheet, capitals kicker,
sub-deck in an <h2>, byline with role, "Published:" and "Updated:" times, share row, a picture after every paragraph with
its capitals lead-in and "Credit:", "READ MORE ON VANTRY" and "MOST READ IN NEWS" between paragraphs, the tips line in a
bold <p> at the end of the story, "View comments" and "MORE FOR YOU", and on a live page each update's time and capitals
headline; and the business daily's markets data strip, cookie panel (a heading and a <p>), section path, standfirst,
byline with "in ...", tools, the quote card between paragraphs, the wall ("Keep reading for £1", its <p> and offers), the
copyright <p>, "Follow the topics in this article", "Latest on ..." and "Most read" are not body either. The agency sets
each paragraph in a <div> of its own, not a <p>, and the public broadcaster sets the first paragraph in bold: that text is
body. On every site of the split a live blog runs newest first.

A "final15" split (articles P401-P425 and 7 more templates, the mainstream news web again, this time as a scraper meets
it in a US-style market: a weekly news magazine's website, a big local daily on a newspaper chain's shared CMS, a
national TV news network's website, a statewide paper's live-updated page for a developing story, a foreign state
broadcaster's English-language service, a legacy news magazine's high-volume digital newsroom and a national news portal
built for volume) was added after "final14", the same way and with new chrome wording again, and is built after
"final14" so that every earlier page stays as it was. The weekly magazine carries only the split's long news, features
and opinion, and the foreign broadcaster only the agency's stories on its own country and on trade and the split's
Kellmont stories that made news abroad (`Template.only`); the developing-story page carries only flashes, wire items and
short and long news, and the network and the digital newsroom no releases (`fits`); no page cuts its story. On its
pages, the magazine's top bar, cookie dialog (a heading and a <p>), section and fly title above the headline, rubric in
an <h2>, "Photograph:" or "Illustration:" credit, date, dateline and reading time, "Listen to this story", "Save",
"Share" and "Give", the advert and the chart (title, subtitle, source and "Chart: The Compass") between paragraphs, the
end mark "■" inside the last paragraph, a guest writer's line in an italic <p>, the <p> naming the print edition's
headline, "From the ... edition", "More from ..." and the newsletter box; the chain daily's leaderboard advert,
"Subscribe for $1", weather, privacy notice with "Continue", section label, byline with the paper's name, "Published"
and "Updated" times, share row with "Gift article", "Key Points" marked as an AI-assisted summary (cut first sentences),
"Show Caption" and "Hide Caption", adverts every three paragraphs, "MORE:" lines, the newsletter box and "Recommended
for you" (headlines and standfirsts) between paragraphs, a live page's update times, headlines and writers, the
reporter's contact line in an italic <p> after the story, after an opinion piece the writer's line and the note on
views, after a release the wire's "View source version" <p>, "Contacts" and the note on releases, the subscription
prompt, "Sponsored stories" and "Most Popular"; the network's menu, "Ad Feedback" and "Video Ad Feedback", privacy
choices (a heading and a <p>), section, byline, "Updated" time and reading time, the video's title, length and source,
the source line ("Carrow Falls, Kellmont DCN —") in a <cite> at the start of the first paragraph (the rest of that <p>
is body), "Related article" cards, <h2> subheads, the newsletter line set as a <p> of its own between paragraphs, before
an opinion piece the editor's note in an italic <p>, the contributors' line in an italic <p> after the story, "See all
topics", "Paid Partner Content" and "More from DCN", and on a live page "What we're covering" and each post's "From
DCN's ..." line, time and headline; the developing-story page's "BREAKING" bar repeating the headline, cookie line,
"DEVELOPING" flag, byline, "Updated ... ago" and "Originally published" times, the italic note that the story is
developing, the banner on what was added, "The latest" (times and cut first sentences of the last paragraphs), the
free-to-read note, "(Photo: ...)" caption, the map with "Map data", the bold "UPDATE, ...:" at the start of the first
paragraph (the rest of that <p> is body), the "Earlier:" <p> between paragraphs, the italic <p> to stay with the paper
for updates, the tips box, "Recent coverage" and "Latest headlines"; the foreign broadcaster's skip links, language bar,
privacy settings (a heading and a <p>), breadcrumb and kicker, the standfirst in a bold <p>, the date twice (numeric and
in words), "Listen to this article", the share row, "Image:" credit, "Recommended Stories" with its screen-reader counts
("list of 3 items", "list 1 of 3", "end of list": clipped, not hidden, so a copy holds them), the video (title, length
and the <p> on JavaScript) between paragraphs, the initials and agencies in a <p> after the story ("av/kb (Keel, SNA)"),
"Related topics", "Send us your feedback", "Top stories" and "More from RSI", and on a live page the closed notice and
each post's date, time and headline; the digital newsroom's "Translate" chip (its AI note hidden, never visible),
consent toast, trust label (its definition hidden), byline cards with role and "Follow", "Published" and "Updated"
times, comment count, "Photo by" credit, the house subheads ("Why It Matters", "What To Know", "What People Are Saying",
"What Happens Next") in <h2>s, the embedded Parley post (a <blockquote> with its <p>), "Related Articles" and adverts
between paragraphs, after the story the update note, the opinion writer's line and the note on views and the tips line
(italic <p>s), the links row, "How Newsfront reports" (a heading and a <p>), comments, "Around the web" and "Top
Stories", and on a live page each update's time, headline and "Reporting by" line; and the portal's "Trending" strip,
cookie strip, breadcrumb, summary in an <h2>, byline with "Edited by" or the agency's name and city, "Updated on:" time,
"Follow us on" and the preferred-source button, "Share Via", the caption with its credit in brackets, "Also Read |"
<p>s, "Story continues below this ad" and "Also Watch" between paragraphs, after the story "(With inputs from Keel)",
the release's disclaimer or the opinion writer's line and "Views expressed are personal." (italic <p>s), the catch-all
<p> pointing to the app, "Topics:", "Trending Topics", "Top Stories" and "Web Stories", and on a live page each update's
time, headline and "Share this article" are not body either. The magazine sets the first letter of a story in a drop-cap
<span> and the next letters in <small>: that text is body. A correction the article prints as its last paragraph (P419's
"Correction:") is body, as in "final8". On every site of the split a live blog runs newest first.

A "final16" split (articles P426-P450 and 7 more templates: English-language news sites of other regions, as a scraper
meets them: an Asian daily's English edition, a Gulf-region English daily, an African news portal, a bilingual
federation's public broadcaster, a commercial TV network's news site, a European news channel's English service and a
Pacific islands news service) was added after "final15", the same way and with new chrome wording again, and is built
after "final15" so that every earlier page stays as it was. The split's stories happen in seven invented countries and
each site carries only the stories it would: its own country's, and those from abroad that its readers follow
(`Template.only`); the Gulf daily and the African portal carry no live pages; no page cuts its story. On its pages, the
English edition's language links, air-quality chip, "in English" masthead, consent strip with "Consent options", desk
label above the headline, italic deck, reporter line with "Input :" and "Revised :" dotted dates, font and share tools
("Chatpin", "Copy URL"), the note that the English desk translated the story ("Read in Menarran") and the longer italic
<p> after it on the AI tool and the editor, the caption with its credit in capitals between brackets, "Earlier
reporting" card, a pull quote repeating a quotation from the story, the writer's box and the note on a column's views,
the italic <p> after a release, the copyright line barring reproduction and AI training, keywords, "More by this
reporter", "Popular now" and the footer's registration number and youth protection manager; the Gulf daily's date bar
with the Hijri date, prayer times, exchange and gold rates, "Since 1978", cookie bar with "Accept & close", label above
the headline ("CORPORATE NEWS", "EXPAT COMMUNITIES"), summary, byline with "with agencies" or "Special to the Tribune",
"Published:" and "Updated:" times, "Picture by" or "Picture: Supplied" credit, "READ ALSO" box, the WhatsApp channel line
in a bold <p> and "ADVERTISING" between paragraphs, after a syndicated column the writer's line, "Distributed by
Commentary Exchange" and the disclaimer (italic <p>s), after a release "About ...", "Media contact:" and the note that it
is published as received, "Trending this week", "Our editors recommend" and the media licence; the African portal's
"HAPPENING NOW:" ticker, app offer, cookie line with "OK, got it", the site's tagline and the section label directly above
the headline, summary, byline with role and "Follow", ordinal date with time and reading time, "Prefer to listen? Press
play", the caption's "PHOTO | ..." credit, "RELATED STORY:" <p>s, "ADVERTISEMENT - CONTINUE READING BELOW" and the
WhatsApp line in a bold <p> between paragraphs, after a column "The writer is ..." and the note on views, after a release
the sponsored-content note, the Paybill appeal, readers' comments ("What readers are saying"), "Fresh on NyotaDaily" and
"Hot this week"; the broadcaster's "Jump to story", top links ("Radio-Orsenne", "Français"), local picker, consent panel
(a heading and a <p>), region label above the headline, deck in an <h2>, byline, "Published:" and "Updated:" times ("Sept.
11, 2025 7:58 a.m. CT"), "Share ⌄", the credit in brackets ("(Name/OBC)"), the "WATCH |" and "LISTEN |" embeds with their
lengths, the fact box or timeline ("By the numbers", "The winter road: a timeline") between paragraphs, the italic "With
files from Astrolabe", "Commenting is now closed for this story.", "Read about our editorial values" and "Popular on
OBC"; the TV network site's city picker, weather chip, "Watch 8 live", app sheet, capitals kicker above the headline,
standfirst in bold, byline with "8News" or "8News Pacific desk", time-first date ("11:30pm Mar 21, 2026"), video with
its title and length, the italic <p> pointing to the player, "TRENDING:" <p>s, the newsletter line in a <p>, adverts and
a pull quote repeating a quotation from the story between paragraphs, a live page's times, headlines and "KEY POST"
marks, the tip line in an italic <p>, "Promoted links by Nexa", "Latest from 8News" and the acknowledgement of the first
peoples; the European channel's language bar, "Watch the channel live", consent dialog (a heading and a <p>) with "Agree
and close" and "Refuse and subscribe", region label above the headline, the lead in a bold <p>, "... with Astrolabe"
byline, numeric date with "CET" or "CEST" and "Updated:", reading time and "Permalink", the report's player ("Watch the
report"), "Key facts" and "Further reading" between paragraphs, a live page's "Summary so far" and update times in
Central European time with their headlines, "Additional sources", "Around the world today" and "Top videos this week"; and the
Pacific service's radio strip (FM and shortwave frequencies), country tabs, country tag above the headline, byline with
"Vaka Pacific News journalist" or "Media release", date with time ("12 July 2025, 6:07 pm"), a caption with no credit,
"Hear this story in Ossine" and "Also from the region" between paragraphs, a live page's times with the place ("9:58 pm
Aloru time") and reporters' initials, the italic <p> "This story was first published in ... It is republished through
the Pacific Newsroom Share partnership.", "Issued by" after a release, readers' comments, "Region headlines" and "Vaka
Talk" are not body either. A paragraph that opens with a quotation, a one-line paragraph ("Then the wind dropped."), a
list set as one paragraph ("The main measures: ...; ...; ..."), reporting that mentions a newsletter, and a correction
the article prints as its last paragraph (P428's and P448's "Correction:") are body. On every site of the split a live
blog runs newest first.

    from pages import build_pages
    for page in build_pages(): page.html, page.text, page.gold
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from html import escape
from pathlib import Path

import lxml.html

GOLD = Path(__file__).parent / "gold" / "pages_articles.jsonl"

# ---------------------------------------------------------------------------------------------
# Articles


@dataclass
class Article:
    id: str
    split: str
    headline: str
    published: str
    byline: str | None
    paragraphs: list[str]
    kind: str

    @property
    def day(self) -> date:
        return date.fromisoformat(self.published)

    @property
    def author(self) -> str | None:
        """The name in the byline ("By Greta Vollmer, Health Correspondent" -> "Greta Vollmer")."""
        if not self.byline:
            return None
        return self.byline.removeprefix("By ").split(",")[0].strip()

    @property
    def is_team(self) -> bool:
        return bool(self.author) and bool(re.search(r"\b(?:team|desk|staff)\b", self.author, re.I))


def load_articles(path: Path = GOLD) -> list[Article]:
    with path.open(encoding="utf-8") as handle:
        return [Article(**json.loads(line)) for line in handle if line.strip()]


# ---------------------------------------------------------------------------------------------
# Chrome vocabulary (all invented)

SECTIONS = ["News", "Local", "Business", "Politics", "Sport", "Opinion", "Culture", "Weather", "Obituaries", "Jobs"]
COOKIE_BANNERS = [
    "We value your privacy. We and our 142 partners use cookies and similar technologies to store and access "
    "information on your device, to personalise content and ads and to analyse our traffic. You can accept all, "
    "reject all or change your choices at any time by clicking Privacy settings at the bottom of the page.",
    "This website uses cookies to improve your experience. By continuing to browse the site you are agreeing "
    "to our use of cookies. Find out more in our cookie policy.",
    "We use cookies to give you the best experience on our website and to show you relevant advertising. "
    "Some of them are essential, while others help us understand how you use the site.",
]
NEWSLETTERS = [
    ("The Morning Briefing", "The five stories you need to know, delivered to your inbox every weekday at 7am."),
    ("Evening Edition", "Our best journalism of the day, hand-picked by our editors and sent free every evening."),
    ("The Weekender", "Long reads, local secrets and the week's big stories, every Saturday morning."),
]
NEWSLETTER_SMALL_PRINT = (
    "By signing up you agree to our Terms of Use and acknowledge the data practices in our Privacy Policy. "
    "You may unsubscribe at any time."
)
CAPTIONS = [
    "Residents gathered outside the town hall on Tuesday evening.",
    "The harbour at dawn, seen from the end of the north pier.",
    "A view across the valley from the ridge road above the town.",
    "Officials arrive for a meeting at the regional assembly building.",
    "Traffic queues on the coast road during the morning rush hour.",
    "The building has stood empty since the spring of last year.",
    "Volunteers sort donations at a community centre in the old town.",
    "A file photograph of the site, taken earlier this year.",
    "Crowds lined the streets as the procession passed the market square.",
    "The main street in the late afternoon, a few hours before the announcement.",
]
PHOTOGRAPHERS = ["Jane Roe", "Tomasz Abel", "Luca Brenn", "Nell Arkwright", "Samir Dogan", "Ines Falk", "Owen Pryce"]
AGENCIES = ["Fictional Pictures", "Coastline Agency", "Northlight Images", "Harbour Photo Service"]
COMMENTS = [
    ("harbourwatcher", "Typical. They knew about this for years and did nothing until it made the papers."),
    ("Jen M", "Great piece, thank you for covering this properly and not just repeating the press release."),
    ("OldSelwynite", "Does anyone know if the number 11 bus is affected as well, or only the town centre routes?"),
    ("Paul K.", "I grew up round the corner from there and it has never been the same since the nineties."),
    ("ravenscar77", "Who exactly is paying for all of this? Not the people making the decisions, that is for sure."),
    ("Bea", "Brilliant news. About time something went right for this town after the year it has had."),
    ("tidewrack", "The photo caption is wrong, that is the old pier in the picture, not the new one."),
    ("M. Okafor", "My neighbour said the same thing happened in 2011 and nobody learned anything from it."),
    ("quietreader", "Sad to read this. Thoughts with everyone affected, and with the crews working through the night."),
    ("GeoffH", "Can we have a follow-up on this in six months please? These stories always vanish after a week."),
    ("selkie_22", "Reported this to the council twice last year and heard nothing back from anyone."),
    ("Dot", "Not sure the headline matches what the article actually says, but an interesting read all the same."),
]
BIO_ROLES = ["a senior reporter", "a staff writer", "a correspondent", "an editor", "a contributing writer"]
BIO_EXTRAS = [
    "Before joining the paper in 2016 they covered courts and local government across the north of the region.",
    "They have written about the coast and its communities for more than a decade and live in Harrow Point.",
    "Their reporting on public services was shortlisted for the regional press awards in 2023.",
    "They previously worked for a news agency and a weekly paper, and can be reached through the newsroom.",
]
PLACES = ["Brenmoor", "Port Selwyn", "Valdria", "Orla Island", "Kestrel Bay", "Marrow Hill", "Tessaly", "Lake Ovra",
          "Valley Cross", "Harrow Point"]  # fmt: skip


@dataclass
class Teaser:
    headline: str
    snippet: str
    slug: str


@dataclass
class Ctx:
    """What a template needs besides the article: a seeded random source and the site's other stories."""

    rng: random.Random
    site: str
    teasers: list[Teaser]
    comments: list[tuple[str, str]] = field(default_factory=list)
    others: list[Article] = field(default_factory=list)  # the split's other articles, in the teasers' order

    def pick_teasers(self, n: int) -> list[Teaser]:
        return self.teasers[:n]

    def later_teasers(self, n: int) -> list[Teaser]:
        return self.teasers[-n:]

    def caption(self) -> tuple[str, str]:
        return self.rng.choice(CAPTIONS), f"{self.rng.choice(PHOTOGRAPHERS)}/{self.rng.choice(AGENCIES)}"


def _first_sentence(text: str) -> str:
    match = re.match(r"(.+?[.!?][\"”’]?)(?:\s+[A-Z\"“]|$)", text)
    return match.group(1) if match else text


def _snippet(article: Article, rng: random.Random) -> str:
    sentence = _first_sentence(article.paragraphs[0])
    if rng.random() < 0.4 and len(sentence) > 110:  # some rails cut the snippet at a length
        cut = sentence[:100].rsplit(" ", 1)[0]
        return cut.rstrip(",;:") + "…"
    return sentence


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:70]


# ---------------------------------------------------------------------------------------------
# Small HTML helpers


def t(text: str) -> str:
    return escape(text, quote=False)


def attr(text: str) -> str:
    return escape(text, quote=True)


def _long_date(day: date) -> str:
    return f"{day.strftime('%A')} {day.day} {day.strftime('%B %Y')}"


def _us_date(day: date) -> str:
    return f"{day.strftime('%B')} {day.day}, {day.year}"


def _nav(sections: list[str], cls: str = "main-nav") -> str:
    items = "".join(f'<li class="menu-item"><a href="/{s.lower()}">{t(s)}</a></li>' for s in sections)
    return f'<nav class="{cls}" aria-label="Main"><ul class="menu">{items}</ul></nav>'


def _cookie(ctx: Ctx, variant: int) -> str:
    text = COOKIE_BANNERS[variant % len(COOKIE_BANNERS)]
    return (
        '<div id="consent-banner" class="cmp-banner" role="dialog" aria-label="Cookie consent">'
        f'<div class="cmp-title">Your privacy</div><p class="cmp-text">{t(text)}</p>'
        '<div class="cmp-buttons"><button>Accept all</button><button>Reject all</button>'
        "<button>Manage preferences</button></div></div>"
    )


def _breadcrumbs(parts: list[str]) -> str:
    items = "".join(f'<li><a href="/{_slug(p)}">{t(p)}</a></li>' for p in parts)
    return f'<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>{items}</ol></nav>'


def _share(labels: tuple[str, ...] = ("Facebook", "X", "WhatsApp", "Email", "Copy link")) -> str:
    items = "".join(f'<li><a class="share-{_slug(s)}" href="#">{t(s)}</a></li>' for s in labels)
    return f'<div class="share-bar"><span class="share-label">Share</span><ul>{items}</ul></div>'


def _figure(ctx: Ctx, credit_style: str = "Photo: {credit}") -> str:
    caption, credit = ctx.caption()
    return (
        f'<figure class="image"><img src="/img/{ctx.rng.randint(1000, 9999)}.jpg" alt="{attr(caption)}" width="800">'
        f'<figcaption>{t(caption)} <span class="credit">{t(credit_style.format(credit=credit))}</span></figcaption></figure>'
    )


def _newsletter(ctx: Ctx) -> str:
    name, pitch = ctx.rng.choice(NEWSLETTERS)
    return (
        '<div class="newsletter-signup"><h3>Sign up to ' + t(name) + "</h3>"
        f'<p>{t(pitch)}</p><form><input type="email" placeholder="Enter your email address"><button>Sign up</button></form>'
        f'<p class="small-print">{t(NEWSLETTER_SMALL_PRINT)}</p></div>'
    )


def _teaser_list(teasers: list[Teaser], title: str, cls: str, numbered: bool = False, snippets: bool = True) -> str:
    tag = "ol" if numbered else "ul"
    items = ""
    for teaser in teasers:
        snippet = f'<p class="teaser-snippet">{t(teaser.snippet)}</p>' if snippets else ""
        items += f'<li class="teaser"><a href="/news/{teaser.slug}"><h3 class="teaser-title">{t(teaser.headline)}</h3></a>{snippet}</li>'
    return f'<section class="{cls}"><h2>{t(title)}</h2><{tag}>{items}</{tag}></section>'


def _bio(article: Article, ctx: Ctx) -> str:
    if not article.author or article.is_team:
        return ""
    role = ctx.rng.choice(BIO_ROLES)
    extra = ctx.rng.choice(BIO_EXTRAS)
    return (
        f'<div class="author-bio"><img src="/authors/{_slug(article.author)}.jpg" alt="">'
        f"<h4>About {t(article.author)}</h4><p>{t(article.author)} is {role} at {t(ctx.site)}. {t(extra)}</p>"
        f'<a href="/authors/{_slug(article.author)}">More from {t(article.author)}</a></div>'
    )


def _comments(ctx: Ctx, n: int) -> str:
    items = ""
    for name, text in ctx.comments[:n]:
        items += (
            f'<li class="comment"><div class="comment-author"><b>{t(name)}</b> '
            f"<time>{ctx.rng.randint(2, 11)} hours ago</time></div><p>{t(text)}</p>"
            '<div class="comment-actions"><a href="#">Reply</a> <a href="#">Report</a></div></li>'
        )
    return f'<section id="comments" class="comments"><h2>Comments ({n})</h2><ol class="comment-list">{items}</ol></section>'


def _tags(article: Article) -> list[str]:
    text = " ".join(article.paragraphs)
    found = [p for p in PLACES if p in text][:3]
    return found + [{"press": "Press releases", "opinion": "Comment", "liveblog": "Live"}.get(article.kind, "News")]


def _tag_list(article: Article, title: str = "Topics") -> str:
    items = "".join(f'<li><a href="/topic/{_slug(tag)}">{t(tag)}</a></li>' for tag in _tags(article))
    return f'<div class="tags"><span>{t(title)}</span><ul>{items}</ul></div>'


def _footer(site: str, extra: str = "") -> str:
    links = ["About us", "Contact us", "Advertise", "Privacy policy", "Cookie policy", "Terms of use", "Careers"]
    items = "".join(f'<li><a href="/{_slug(x)}">{t(x)}</a></li>' for x in links)
    return (
        f'<footer class="site-footer"><ul class="footer-links">{items}</ul>{extra}'
        f"<p>© 2025 {t(site)}. All rights reserved.</p>"
        f"<p>{t(site)} is published by Fictional Media Group Ltd, 12 Harbour Street, Port Selwyn. Registered company no. 0482116.</p>"
        "</footer>"
    )


def _ad(label: str = "Advertisement") -> str:
    return f'<div class="ad-slot" data-ad="mpu"><span class="ad-label">{t(label)}</span><div class="ad-frame"></div></div>'


def _head(title: str, extra: str = "") -> str:
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{t(title)}</title>'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<style>.visually-hidden{{position:absolute}} .ad-slot{{min-height:250px}}</style>{extra}</head>"
    )


def _paras(paragraphs: list[str], cls: str = "", tag: str = "p") -> list[str]:
    klass = f' class="{cls}"' if cls else ""
    return [f"<{tag}{klass}>{t(p)}</{tag}>" for p in paragraphs]


def _interleave(blocks: list[str], inserts: dict[int, str]) -> str:
    """Paragraph blocks with extra blocks after paragraph i (only where paragraph i+1 exists, else at the end)."""
    out = []
    last = len(blocks) - 1
    for i, block in enumerate(blocks):
        out.append(block)
        if i in inserts and i < last:
            out.append(inserts[i])
    out += [inserts[i] for i in sorted(inserts) if i >= last]
    return "".join(out)


def _linked(text: str, rng: random.Random) -> str:
    """A paragraph with one place name made a link, as CMS editors do."""
    body = t(text)
    for place in rng.sample(PLACES, len(PLACES)):
        if place in body:
            return body.replace(place, f'<a href="/topic/{_slug(place)}">{place}</a>', 1)
    return body


# ---------------------------------------------------------------------------------------------
# Templates. Each returns the page's HTML; VISIBLE says which paragraphs a template shows.


def tpl_wordpress(a: Article, ctx: Ctx) -> str:
    """A WordPress news theme: entry-content, sidebar widgets, Jetpack share/related, comment form."""
    day = a.day
    blocks = [f"<p>{_linked(p, ctx.rng)}</p>" for p in a.paragraphs]
    inserts = {0: _figure(ctx, "(Photo: {credit})")}
    if len(blocks) > 4:
        inserts[3] = _ad()
    related = "".join(
        f'<div class="jp-relatedposts-post"><h4><a href="/{x.slug}">{t(x.headline)}</a></h4>'
        f"<p>{t(x.snippet)}</p><p class='jp-relatedposts-post-context'>In \"Local News\"</p></div>"
        for x in ctx.pick_teasers(3)
    )
    recent = "".join(
        f'<li><a href="/{x.slug}">{t(x.headline)}</a><span class="post-date">{_us_date(day)}</span></li>'
        for x in ctx.later_teasers(5)
    )
    return (
        _head(f"{a.headline} – {ctx.site}")
        + '<body class="post-template-default single single-post"><div id="page" class="site">'
        + '<a class="skip-link screen-reader-text" href="#content">Skip to content</a>'
        + f'<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">{t(ctx.site)}</a></p>'
        + '<p class="site-description">Community news for the coast since 1998</p></div>'
        + _nav(["Home", "Local News", "Schools", "Sport", "What's On", "Letters", "Contact"], "main-navigation")
        + "</header>"
        + '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">'
        + '<article class="post type-post status-publish format-standard hentry category-local-news">'
        + '<header class="entry-header"><span class="cat-links"><a href="/category/local-news">Local News</a></span>'
        + f'<h1 class="entry-title">{t(a.headline)}</h1><div class="entry-meta"><span class="posted-on">Posted on '
        + f'<time class="entry-date published" datetime="{a.published}T08:15:00+00:00">{_us_date(day)}</time></span>'
        + (
            f' <span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/x">{t(a.author)}</a></span></span>'
            if a.author
            else ""
        )
        + "</div></header>"
        + f'<div class="entry-content">{_interleave(blocks, inserts)}'
        + '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3>'
        + '<ul><li><a href="#">Facebook</a></li><li><a href="#">X</a></li><li><a href="#">Email</a></li><li><a href="#">Print</a></li></ul></div>'
        + '<div class="sharedaddy sd-like"><h3 class="sd-title">Like this:</h3><span>Like Loading...</span></div>'
        + f'<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>{related}</div>'
        + "</div>"
        + f'<footer class="entry-footer"><span class="tags-links">Tagged {", ".join(t(x) for x in _tags(a))}</span></footer>'
        + _bio(a, ctx)
        + "</article>"
        + '<nav class="navigation post-navigation"><div class="nav-previous"><a href="/prev">Previous post</a></div>'
        + f'<div class="nav-next"><a href="/{ctx.teasers[0].slug}">Next post: {t(ctx.teasers[0].headline)}</a></div></nav>'
        + _comments(ctx, 3)
        + '<div id="respond" class="comment-respond"><h3 class="comment-reply-title">Leave a Reply</h3>'
        + '<p class="comment-notes">Your email address will not be published. Required fields are marked *</p>'
        + '<form><textarea></textarea><input type="text"><input type="submit" value="Post Comment"></form></div>'
        + "</main></div>"
        + '<aside id="secondary" class="widget-area"><section class="widget widget_search"><form><input type="search"><button>Search</button></form></section>'
        + f'<section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>{recent}</ul></section>'
        + '<section class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul><li>Local News</li><li>Schools</li><li>Sport</li></ul></section>'
        + '<section class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul><li>March 2025</li><li>February 2025</li></ul></section></aside></div>'
        + _footer(ctx.site, '<p class="powered">Proudly powered by WordPress | Theme: Newsup</p>')
        + "</div></body></html>"
    )


def tpl_arc(a: Article, ctx: Ctx) -> str:
    """A big-publisher React page (Arc/Fusion-like): hashed classes, deep nesting, JSON-LD, app state in a script."""
    day = a.day
    h = ctx.rng.randint(100, 999)

    def wrap(inner: str, depth: int = 3) -> str:
        for i in range(depth):
            inner = f'<div class="c-{h}{i} sc-{h + i}x">{inner}</div>'
        return inner

    paragraphs = [
        f'<p data-testid="paragraph-{i}" class="c-paragraph article-body__paragraph--{h}">{t(p)}</p>'
        for i, p in enumerate(a.paragraphs)
    ]
    inserts = {1: wrap(_figure(ctx, "{credit}"), 2), 2: wrap(_ad("ADVERTISEMENT"), 2)}
    if len(paragraphs) > 6:
        inserts[5] = wrap(_newsletter(ctx), 1)
    body = _interleave([wrap(p, 2) for p in paragraphs], inserts)
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a.headline,
        "datePublished": f"{a.published}T06:30:00Z",
        "dateModified": f"{a.published}T09:12:00Z",
        "author": [{"@type": "Person", "name": a.author or ctx.site}],
        "publisher": {"@type": "Organization", "name": ctx.site},
        "description": _first_sentence(a.paragraphs[0]),
    }
    state = {
        "globalContent": {
            "headlines": {"basic": a.headline},
            "content_elements": [{"type": "text", "content": p} for p in a.paragraphs],
        }
    }
    most_read = "".join(
        f'<li class="c-{h}mr"><span class="rank">{i + 1}</span><a href="/{x.slug}"><span>{t(x.headline)}</span></a>'
        f'<div class="c-{h}desc">{t(x.snippet)}</div></li>'
        for i, x in enumerate(ctx.pick_teasers(5))
    )
    more = "".join(
        f'<div class="c-{h}card"><a href="/{x.slug}"><h3>{t(x.headline)}</h3></a><p>{t(x.snippet)}</p></div>'
        for x in ctx.later_teasers(3)
    )
    return (
        _head(
            f"{a.headline} - {ctx.site}",
            f'<script type="application/ld+json">{json.dumps(ld)}</script><meta property="og:title" content="{attr(a.headline)}">',
        )
        + f'<body><div id="fusion-app" class="fusion-app"><div class="c-{h}root">'
        + '<div class="c-banner"><a href="/subscribe">Subscribe now: 4 weeks for $1</a> <a href="/login">Sign in</a></div>'
        + f'<header class="c-{h}header"><div class="c-logo"><a href="/">{t(ctx.site)}</a></div>'
        + _nav(SECTIONS[:8], f"c-{h}nav")
        + "</header>"
        + _cookie(ctx, 0)
        + f'<main><article class="c-{h}article">'
        + wrap(f'<div class="c-overline"><a href="/local">{t(ctx.rng.choice(["Local", "Politics", "Business"]))}</a></div>', 1)
        + wrap(f'<h1 class="c-heading">{t(a.headline)}</h1>', 2)
        + wrap(
            (f'<div class="c-byline">By <a href="/people/x">{t(a.author)}</a></div>' if a.author else "")
            + f'<div class="c-timestamp"><time datetime="{a.published}">{_us_date(day)} at 6:30 a.m. EST</time>'
            + f" <span>Updated {_us_date(day)} at 9:12 a.m. EST</span></div>"
            + '<div class="c-tools"><button>Gift Article</button><button>Share</button><button>Save</button></div>',
            2,
        )
        + f'<div class="c-{h}body article-body">{body}</div>'
        + wrap(_bio(a, ctx), 1)
        + "</article>"
        + f'<aside class="c-{h}rail most-read"><h2>Most Read</h2><ol>{most_read}</ol></aside>'
        + f'<section class="c-{h}more"><h2>More from {t(ctx.site)}</h2>{more}</section>'
        + "</main>"
        + _footer(ctx.site)
        + f"</div></div><script>window.Fusion=window.Fusion||{{}};Fusion.globalContent={json.dumps(state)};</script></body></html>"
    )


def tpl_wire(a: Article, ctx: Ctx) -> str:
    """A wire agency's story page: dateline in the text, a reporting credit line, standards note, a latest rail."""
    day = a.day
    minutes = max(1, sum(len(p.split()) for p in a.paragraphs) // 220)
    reporter = a.author or ctx.rng.choice(["Tarik Olsen", "Mae Rundle", "Jo Kessler"])
    editor = ctx.rng.choice(["Alison Marsh", "Pieter Quill", "Hugo Dane"])
    paragraphs = "".join(f'<p class="text__paragraph" data-testid="paragraph-{i}">{t(p)}</p>' for i, p in enumerate(a.paragraphs))
    latest = "".join(
        f'<li><a href="/{x.slug}" data-testid="Heading">{t(x.headline)}</a><time>{ctx.rng.randint(2, 50)} min ago</time></li>'
        for x in ctx.pick_teasers(6)
    )
    related = "".join(
        f'<li class="story-card"><a href="/{x.slug}"><span data-testid="Heading">{t(x.headline)}</span></a>'
        f'<p data-testid="Body">{t(x.snippet)}</p></li>'
        for x in ctx.later_teasers(3)
    )
    return (
        _head(f"{a.headline} | {ctx.site}")
        + '<body><div id="root"><header class="site-header"><a class="logo" href="/">FICTIONAL WIRE</a>'
        + _nav(["World", "Business", "Markets", "Sustainability", "Legal", "Breakingviews", "Technology"], "nav-bar")
        + '<a href="/register">Register</a> <a href="/signin">Sign in</a></header>'
        + _cookie(ctx, 2)
        + '<main id="main-content"><article class="article">'
        + _breadcrumbs(["World", ctx.rng.choice(["Europe", "Americas", "Business"])])
        + f'<h1 data-testid="Heading">{t(a.headline)}</h1>'
        + f'<div class="article-header__meta"><address>By <a href="/authors/x">{t(reporter)}</a></address>'
        + f'<time datetime="{a.published}T10:04:00Z">{day.strftime("%B")} {day.day}, {day.year}10:04 AM GMT+0</time>'
        + f"<span>Updated {ctx.rng.randint(2, 9)} hours ago</span></div>"
        + _share(("Share", "X", "Facebook", "Linkedin", "Email", "Link", "Purchase Licensing Rights"))
        + f'<div class="article-body__content" data-testid="ArticleBody">{_figure(ctx, "{credit}/Fictional Wire Purchase Licensing Rights") if len(a.paragraphs) > 3 else ""}'
        + f"{paragraphs}"
        + f'<p class="sign-off">Reporting by {t(reporter)}; Editing by {t(editor)}</p></div>'
        + '<p class="trust-badge">Our Standards: <a href="/principles">The Fictional Wire Trust Principles.</a></p>'
        + f'<div class="read-next"><span>{minutes} minute read</span></div>'
        + "</article>"
        + f'<section class="related"><h2>Read Next</h2><ul>{related}</ul></section>'
        + f'<aside class="latest"><h2>Latest</h2><ul>{latest}</ul></aside>'
        + "</main>"
        + _footer(ctx.site, "<p>All quotes delayed a minimum of 15 minutes.</p>")
        + "</div></body></html>"
    )


def tpl_tabloid(a: Article, ctx: Ctx) -> str:
    """A tabloid: bold first paragraph, inline READ MORE links, a picture gallery, comments, 'Got a story?' box."""
    blocks = []
    for i, p in enumerate(a.paragraphs):
        blocks.append(f'<p class="lead"><strong>{t(p)}</strong></p>' if i == 0 else f"<p>{t(p)}</p>")
    inserts: dict[int, str] = {}
    for n, (i, teaser) in enumerate(zip(range(1, len(blocks), 3), ctx.pick_teasers(4))):
        label = ["READ MORE", "MORE", "READ MORE"][n % 3]
        inserts[i] = f'<p class="read-more"><strong>{label}:</strong> <a href="/{teaser.slug}">{t(teaser.headline)}</a></p>'
    gallery = "".join(
        f'<div class="gallery-slide"><img src="/g/{k}.jpg" alt=""><p class="gallery-caption">{t(c)} (Image: {t(cr)})</p><span>{k + 1}/4</span></div>'
        for k, (c, cr) in enumerate(ctx.caption() for _ in range(4))
    )
    inserts[0] = inserts.get(0, "") + f'<div class="gallery"><div class="gallery-title">Gallery</div>{gallery}</div>'
    top = "".join(
        f'<div class="teaser"><a href="/{x.slug}"><h3>{t(x.headline)}</h3></a><p>{t(x.snippet)}</p></div>'
        for x in ctx.later_teasers(4)
    )
    day = a.day
    return (
        _head(f"{a.headline} | {ctx.site}")
        + '<body class="tabloid"><div class="page">'
        + '<div class="topbar"><a href="/">THE DAILY CLARION</a> <a href="/signin">Sign in</a> <a href="/app">Get the app</a></div>'
        + _nav(["News", "Showbiz", "Sport", "Money", "TV", "Travel", "Puzzles", "Horoscopes"], "nav-primary")
        + _cookie(ctx, 1)
        + '<main><article class="article">'
        + '<div class="kicker">EXCLUSIVE</div>'
        + f"<h1>{t(a.headline).upper() if len(a.headline) < 70 else t(a.headline)}</h1>"
        + f'<div class="byline">{t(a.byline or "By Clarion Reporter")} <span class="time">{day.day} {day.strftime("%b")} {day.year}, 14:32</span>'
        + f' <span class="updated">Updated: {day.day} {day.strftime("%b")} {day.year}, 16:05</span></div>'
        + _share(("Facebook", "X", "WhatsApp", f"Comments ({len(COMMENTS)})"))
        + f'<div class="article-body">{_interleave(blocks, inserts)}</div>'
        + '<div class="got-a-story"><h4>Got a story?</h4><p>Email our news desk at tips@dailyclarion.example or call us on 0800 000 0000. We pay for stories.</p></div>'
        + "</article>"
        + _comments(ctx, 4)
        + f'<section class="top-stories"><h2>Top Stories</h2>{top}</section>'
        + "</main>"
        + _footer(ctx.site)
        + "</div></body></html>"
    )


def _live_times(n: int, rng: random.Random) -> list[str]:
    minutes = 6 * 60 + rng.randint(0, 90)
    times = []
    for _ in range(n):
        times.append(f"{minutes // 60:02d}:{minutes % 60:02d}")
        minutes += rng.randint(7, 48)
    return times


def _key_event(text: str) -> str:
    words = text.split()
    return " ".join(words[:8]).rstrip(".,;:") + "…"


def tpl_liveblog_a(a: Article, ctx: Ctx) -> str:
    """A live blog, newest entry first, with a 'Key events' box and per-entry timestamps and share links."""
    times = _live_times(len(a.paragraphs), ctx.rng)
    entries = []
    for i, (p, when) in enumerate(zip(a.paragraphs, times)):
        entries.append(
            f'<article class="block" id="block-{i}"><header class="block-time"><time datetime="{a.published}T{when}:00Z">{when}</time> '
            f'<span class="block-time__updated">Updated at {when} GMT</span></header>'
            f'<div class="block-elements"><p>{t(p)}</p></div>'
            '<footer class="block-share"><a href="#">Share</a></footer></article>'
        )
    entries.reverse()
    keys = "".join(
        f'<li><a href="#block-{i}"><time>{times[i]}</time> {t(_key_event(a.paragraphs[i]))}</a></li>'
        for i in range(0, len(times), 3)
    )
    return (
        _head(f"{a.headline} – live | {ctx.site}")
        + '<body><div class="page"><header>'
        + f'<a class="logo" href="/">{t(ctx.site)}</a>'
        + _nav(SECTIONS[:7])
        + '<div class="support"><a href="/support">Support us</a></div></header>'
        + _cookie(ctx, 0)
        + '<main><div class="live-header"><span class="badge">LIVE</span>'
        + f'<h1>{t(a.headline)}</h1><p class="meta">{t(a.byline or "")} · {_long_date(a.day)}</p>'
        + '<button class="toggle">Show key events only</button>'
        + '<p class="js-note">Please turn on JavaScript in your browser to get automatic updates.</p></div>'
        + _share()
        + f'<div class="key-events"><h2>Key events</h2><ul>{keys}</ul></div>'
        + f'<div class="live-blog" id="liveblog-body">{"".join(entries)}</div>'
        + '<div class="pagination"><a href="?page=1">Newest</a> <a href="?page=2">Older</a></div>'
        + "</main>"
        + _teaser_list(ctx.pick_teasers(5), "Most viewed", "most-viewed", numbered=True)
        + _footer(ctx.site)
        + "</div></body></html>"
    )


def _pull_quote(a: Article) -> str | None:
    quotes = re.findall(r"[\"“]([^\"”]{30,180})[\"”]", " ".join(a.paragraphs))
    if quotes:
        return quotes[len(quotes) // 2]
    sentence = _first_sentence(a.paragraphs[len(a.paragraphs) // 2])
    return sentence if len(sentence.split()) >= 8 else None


def tpl_magazine(a: Article, ctx: Ctx) -> str:
    """A magazine long read: hero image, drop cap, pull quotes repeating a line, reading time, print-issue note."""
    minutes = max(2, sum(len(p.split()) for p in a.paragraphs) // 230)
    blocks = []
    for i, p in enumerate(a.paragraphs):
        if i == 0:
            blocks.append(f'<p class="has-dropcap"><span class="dropcap">{t(p[0])}</span>{t(p[1:])}</p>')
        else:
            blocks.append(f"<p>{t(p)}</p>")
    quote = _pull_quote(a)
    inserts: dict[int, str] = {}
    if quote and len(blocks) > 2:
        inserts[len(blocks) // 3] = f'<aside class="pullquote"><blockquote><p>“{t(quote)}”</p></blockquote></aside>'
    if len(blocks) > 6:
        inserts[2 * len(blocks) // 3] = _figure(ctx, "Photograph: {credit} for The Meridian Review")
    return (
        _head(f"{a.headline} | {ctx.site}")
        + '<body class="longform"><header class="masthead">'
        + f'<a href="/" class="wordmark">{t(ctx.site)}</a>'
        + _nav(["Features", "Essays", "Culture", "Science", "Fiction", "Podcasts", "The Magazine"], "magazine-nav")
        + '<a class="subscribe" href="/subscribe">Subscribe</a></header>'
        + _cookie(ctx, 2)
        + '<main><article class="longread">'
        + f'<div class="hero">{_figure(ctx, "Illustration: {credit}")}</div>'
        + f'<p class="rubric">The Long Read</p><h1 class="title">{t(a.headline)}</h1>'
        + f'<div class="credits"><span class="byline">{t(a.byline or "")}</span> <span class="date">{_us_date(a.day)}</span>'
        + f' <span class="reading-time">{minutes} min read</span></div>'
        + '<div class="audio"><button>Listen to this article</button> <span>Narrated by a human voice actor</span></div>'
        + f'<div class="longread-body">{_interleave(blocks, inserts)}</div>'
        + f'<p class="print-note"><em>This article appears in the {a.day.strftime("%B")} issue of {t(ctx.site)}. '
        + '<a href="/subscribe">Subscribe to the print edition</a>.</em></p>'
        + _bio(a, ctx)
        + _tag_list(a, "Explore")
        + "</article>"
        + _teaser_list(ctx.pick_teasers(4), "More long reads", "more-longreads")
        + _newsletter(ctx)
        + "</main>"
        + _footer(ctx.site)
        + "</body></html>"
    )


PAYWALL_HARD_SHOWN = 2  # standfirst + one paragraph


def tpl_paywall(a: Article, ctx: Ctx) -> str:
    """A paywalled business paper: the first paragraph as standfirst, one more paragraph, then 'Subscribe to read'."""
    shown = a.paragraphs[:PAYWALL_HARD_SHOWN]
    standfirst, rest = shown[0], shown[1:]
    return (
        _head(f"{a.headline} | {ctx.site}")
        + '<body><div class="o-header"><a href="/" class="o-header__logo">'
        + t(ctx.site)
        + "</a>"
        + _nav(["Home", "World", "Companies", "Markets", "Climate", "Opinion", "Work & Careers", "Life & Arts"], "o-header__nav")
        + '<a href="/login">Sign In</a> <a href="/products">Subscribe</a></div>'
        + _cookie(ctx, 1)
        + '<main><article class="article" data-content-type="article">'
        + f'<div class="topper"><a class="topper__primary-theme" href="/companies">{t(ctx.rng.choice(["Companies", "Markets", "Regional economy"]))}</a>'
        + f'<h1 class="topper__headline"><span>{t(a.headline)}</span></h1>'
        + f'<div class="topper__standfirst"><p class="standfirst">{t(standfirst)}</p></div></div>'
        + f'<div class="article-info">{t(a.byline or "")} <time>{_long_date(a.day)}</time></div>'
        + _share(("Save", "Print this page", "Gift this article"))
        + "".join(f"<p>{t(p)}</p>" for p in rest)
        + '<div class="barrier" id="barrier-page"><h2>Subscribe to read</h2>'
        + f"<p>This article is for subscribers only. Subscribe to {t(ctx.site)} for unlimited access to our journalism "
        + "from just $1 a week for the first three months, then $69 a month. Cancel anytime during your trial.</p>"
        + "<ul><li>Complete digital access to quality journalism on any device</li><li>Expert analysis and commentary</li></ul>"
        + '<a class="button" href="/trial">Try full access for 4 weeks</a><p>Already a subscriber? <a href="/login">Sign in</a></p></div>'
        + "</article>"
        + _teaser_list(ctx.pick_teasers(5), "Promoted content and most read", "most-read", numbered=True)
        + "</main>"
        + _footer(ctx.site)
        + "</body></html>"
    )


def tpl_regional(a: Article, ctx: Ctx) -> str:
    """A regional daily: left section rail, right rail (weather, most read with snippets, notices), comments."""
    day = a.day
    blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
    inserts = {0: _figure(ctx, "Picture: {credit}"), 2: _ad()}
    if len(blocks) > 5:
        inserts[4] = _newsletter(ctx)
    most_read = "".join(
        f'<li><a href="/{x.slug}">{t(x.headline)}</a><p class="standfirst">{t(x.snippet)}</p></li>' for x in ctx.pick_teasers(5)
    )
    return (
        _head(f"{a.headline} | {ctx.site}")
        + '<body><div class="topbar"><span class="today">'
        + _long_date(day)
        + '</span> <a href="/epaper">Today\'s paper</a> <a href="/subscribe">Subscribe</a> <a href="/login">Log in</a></div>'
        + f'<header class="masthead"><a href="/" class="logo">{t(ctx.site)}</a><span class="motto">Serving the coast since 1871</span></header>'
        + _nav(SECTIONS)
        + _cookie(ctx, 0)
        + '<div class="layout"><aside class="left-rail"><h3>Sections</h3><ul>'
        + "".join(
            f'<li><a href="/{s.lower()}">{t(s)}</a></li>'
            for s in ["Local news", "Courts", "Council", "Schools", "Farming", "Letters"]
        )
        + "</ul></aside>"
        + '<main class="content">'
        + _breadcrumbs(["Home", "News", "Local news"])
        + f'<article class="story"><h1 class="headline">{t(a.headline)}</h1>'
        + f'<div class="byline-block"><span class="author">{t(a.byline or "Courier reporter")}</span> '
        + f'<span class="published">Published: {day.strftime("%d/%m/%Y")} 06:00</span></div>'
        + _share()
        + f'<div class="article-text">{_interleave(blocks, inserts)}</div>'
        + _tag_list(a, "Tags")
        + "</article>"
        + _comments(ctx, 2)
        + "</main>"
        + '<aside class="right-rail">'
        + f'<div class="weather-widget"><h3>Weather</h3><p>Kestrel Bay {ctx.rng.randint(6, 24)}°C</p><p>Light rain clearing later</p></div>'
        + f'<div class="most-read"><h3>Most Read</h3><ol>{most_read}</ol></div>'
        + '<div class="notices"><h3>Announcements</h3><ul><li>Deaths</li><li>Births</li><li>Marriages</li><li>Public notices</li></ul></div>'
        + _ad()
        + "</aside></div>"
        + _footer(ctx.site, "<p>Kestrel Bay Courier is a member of the Independent Press Standards Organisation.</p>")
        + "</body></html>"
    )


def tpl_broadsheet(a: Article, ctx: Ctx) -> str:
    """A broadsheet's article page: support banner, a contributions appeal inside the article, 'Most viewed' with snippets."""
    blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
    inserts = {1: _figure(ctx, "Photograph: {credit}")}
    if len(blocks) > 3:
        inserts[len(blocks) // 2] = (
            f'<aside class="rich-link"><a href="/{ctx.teasers[-1].slug}"><span>Related:</span> {t(ctx.teasers[-1].headline)}</a></aside>'
        )
    appeal = (
        '<div class="contributions-epic"><h2>Before you move on…</h2>'
        f"<p>… we have a small favour to ask. Thousands of readers turn to {t(ctx.site)} every day for open, independent "
        "journalism. We have no shareholders and no billionaire owner, so our reporting is free from commercial and political influence.</p>"
        "<p>If you can, please consider supporting us with a regular gift. It takes less than a minute, and every contribution, "
        'however big or small, helps to fund our journalism for the long term. Thank you.</p><a class="button" href="/support">Support us</a></div>'
    )
    return (
        _head(f"{a.headline} | {ctx.site}")
        + '<body><div class="top-bar"><a href="/support">Support us</a> <a href="/signin">Sign in</a> <a href="/search">Search jobs</a></div>'
        + f'<header><a class="logo" href="/"><span class="visually-hidden">{t(ctx.site)} - Back to home</span>The Lantern</a>'
        + _nav(["News", "Opinion", "Sport", "Culture", "Lifestyle"], "pillars")
        + _nav(["UK", "World", "Climate crisis", "Business", "Environment", "Science", "Tech"], "subnav")
        + "</header>"
        + _cookie(ctx, 0)
        + '<main><article class="content"><div class="series"><a href="/local">Regional news</a></div>'
        + f'<h1 class="headline">{t(a.headline)}</h1>'
        + f'<address class="byline">{t(a.byline or "")}</address>'
        + f'<div class="dateline">{day_time(a.day)}</div>'
        + _share(("Share on Facebook", "Share on X", "Share via Email"))
        + f'<div class="article-body-commercial-selector article-body">{_interleave(blocks, inserts)}</div>'
        + appeal
        + '<div class="submeta"><h3>Explore more on these topics</h3>'
        + "".join(f'<a href="/topic/{_slug(x)}">{t(x)}</a>' for x in _tags(a))
        + '<a href="/reuse">Reuse this content</a></div>'
        + "</article>"
        + _teaser_list(ctx.pick_teasers(5), "Most viewed", "most-viewed", numbered=True)
        + _teaser_list(ctx.later_teasers(3), "More on this story", "onward", snippets=False)
        + "</main>"
        + _footer(ctx.site)
        + "</body></html>"
    )


def day_time(day: date) -> str:
    return f"{day.strftime('%a')} {day.day} {day.strftime('%b %Y')} 14.32 GMT"


def tpl_amp(a: Article, ctx: Ctx) -> str:
    """An AMP page: amp-img, amp-ad, amp-social-share, amp-sidebar menu, compact related list."""
    blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
    caption, credit = ctx.caption()
    inserts = {
        0: f'<figure><amp-img src="/i/1.jpg" width="800" height="450" layout="responsive" alt=""></amp-img>'
        f"<figcaption>{t(caption)} Credit: {t(credit)}</figcaption></figure>",
        2: '<amp-ad width="300" height="250" type="doubleclick" data-slot="/1/news"><div placeholder>Advertisement</div></amp-ad>',
    }
    related = "".join(
        f'<li><a href="/amp/{x.slug}"><amp-img src="/t.jpg" width="80" height="60"></amp-img><h4>{t(x.headline)}</h4></a><p>{t(x.snippet)}</p></li>'
        for x in ctx.pick_teasers(4)
    )
    return (
        '<!doctype html><html ⚡ lang="en"><head><meta charset="utf-8">'
        f"<title>{t(a.headline)}</title>"
        '<link rel="canonical" href="https://coastline.example/news/story">'
        '<meta name="viewport" content="width=device-width"><script async src="https://cdn.ampproject.org/v0.js"></script>'
        "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>"
        "<noscript><style amp-boilerplate>body{-webkit-animation:none}</style></noscript>"
        "<style amp-custom>.hdr{display:flex}</style></head>"
        '<body><amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul>'
        + "".join(f'<li><a href="/amp/{s.lower()}">{t(s)}</a></li>' for s in SECTIONS[:8])
        + "</ul></amp-sidebar>"
        + f'<header class="hdr"><button on="tap:sidebar.toggle">Menu</button><a href="/">{t(ctx.site)}</a></header>'
        + '<amp-consent id="consent" layout="nodisplay"><div class="consent-ui">'
        + f"<p>{t(COOKIE_BANNERS[1])}</p><button>Accept</button></div></amp-consent>"
        + f'<article class="amp-article"><h1>{t(a.headline)}</h1>'
        + f'<div class="meta"><span>{t(a.byline or "Coastline News")}</span> <span>{_us_date(a.day)}</span></div>'
        + '<div class="social"><amp-social-share type="facebook"></amp-social-share><amp-social-share type="twitter"></amp-social-share>'
        + '<amp-social-share type="email"></amp-social-share></div>'
        + f'<div class="amp-body">{_interleave(blocks, inserts)}</div>'
        + '<a class="full-site" href="https://coastline.example/news/story">View the full site</a></article>'
        + f'<section class="related"><h3>More from {t(ctx.site)}</h3><ul>{related}</ul></section>'
        + f'<footer><p>© 2025 {t(ctx.site)}</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>'
        + "</body></html>"
    )


ISSUERS = {
    "P08": ("Corvane Energy Ltd", "Corvane Energy develops and operates wind, solar and storage projects on the northern coast."),
    "P20": ("Brenmoor University", "Founded in 1889, Brenmoor University is a public research university with 21,000 students."),
    "P33": (
        "The Tidewater Trust",
        "The Tidewater Trust is a registered charity that runs food hubs and community kitchens on the coast.",
    ),
    "P45": (
        "City of Valley Cross",
        "The City of Valley Cross serves about 160,000 residents through its council and public services.",
    ),
}


def tpl_press_portal(a: Article, ctx: Ctx) -> str:
    """A press-release distribution site: 'News provided by', release body, About boilerplate, media contact, more releases."""
    issuer, about = ISSUERS.get(
        a.id, ("Fictional Wire Syndication", "Fictional Wire Syndication distributes news from member agencies.")
    )
    contact = ctx.rng.choice(["Lena Dahl", "Marcus Ibe", "Sophie Tarrant"])
    more = "".join(
        f'<div class="card"><span class="date">{_us_date(a.day)}</span><a href="/{x.slug}"><h3>{t(x.headline)}</h3></a><p>{t(x.snippet)}</p></div>'
        for x in ctx.pick_teasers(4)
    )
    return (
        _head(f"{a.headline}")
        + '<body><header class="pr-header"><a href="/" class="logo">Fictional Newswire</a>'
        + _nav(["News", "Products", "Contact", "Send a Release", "Log in"], "pr-nav")
        + "</header>"
        + _cookie(ctx, 1)
        + '<main><div class="release-header">'
        + f'<h1>{t(a.headline)}</h1><p class="provider">NEWS PROVIDED BY <a href="/org">{t(issuer)}</a></p>'
        + f'<p class="release-date">{a.day.strftime("%b")} {a.day.day}, {a.day.year}, 09:00 ET</p>'
        + _share(("Share this article", "Facebook", "X", "LinkedIn", "Email"))
        + "</div>"
        + '<section class="release-body">'
        + "".join(f"<p>{t(p)}</p>" for p in a.paragraphs)
        + f"<p><b>About {t(issuer)}</b></p><p>{t(about)} For more information, visit our website.</p>"
        + f"<p><b>Media contact:</b><br>{t(contact)}<br>Communications Manager<br>press@{_slug(issuer)}.example<br>+00 555 0142</p>"
        + f"<p>SOURCE {t(issuer)}</p></section>"
        + f'<section class="more-releases"><h2>More news releases in similar topics</h2>{more}</section>'
        + "</main>"
        + _footer("Fictional Newswire")
        + "</body></html>"
    )


def tpl_liveblog_b(a: Article, ctx: Ctx) -> str:
    """A live page in time order: 'Posted at' with the writer's name on each post, a 'Load more' button."""
    times = _live_times(len(a.paragraphs), ctx.rng)
    writers = ["Jo Hart", "Emeka Dunn", "Lise Varro"]
    posts = "".join(
        f'<div class="lx-stream-post"><div class="lx-stream-post__header"><span class="time">Posted at {when}</span>'
        f'<span class="contributor">{ctx.rng.choice(writers)}</span></div>'
        f'<div class="lx-stream-post-body"><p>{t(p)}</p></div>'
        '<div class="lx-share"><button>Share</button></div></div>'
        for p, when in zip(a.paragraphs, times)
    )
    summary = "".join(f"<li>{t(_key_event(p))}</li>" for p in a.paragraphs[:3])
    return (
        _head(f"{a.headline} - {ctx.site}")
        + f'<body><header class="orb"><a href="/">{t(ctx.site)}</a>'
        + _nav(["Home", "News", "Sport", "Weather", "Travel", "Local"], "orb-nav")
        + "</header>"
        + _cookie(ctx, 2)
        + f'<main><div class="lx-header"><span class="live-label">LIVE</span><h1>{t(a.headline)}</h1>'
        + f'<p class="lx-summary-title">Summary</p><ul class="lx-summary">{summary}</ul></div>'
        + f'<div class="lx-stream"><div class="lx-commentary__title">Live Reporting</div><p class="lx-editors">Edited by {ctx.rng.choice(writers)}</p>'
        + posts
        + '<button class="lx-load-more">Load more updates</button></div>'
        + "</main>"
        + _teaser_list(ctx.pick_teasers(4), "Top Stories", "top-stories")
        + _footer(ctx.site)
        + "</body></html>"
    )


def tpl_localtv(a: Article, ctx: Ctx) -> str:
    """A local TV station's site: video player, paragraphs separated by <br><br> in one div, RELATED links, copyright line."""
    parts = []
    teasers = ctx.later_teasers(2)
    for i, p in enumerate(a.paragraphs):
        parts.append(t(p))
        if i == 1 and len(a.paragraphs) > 3:
            parts.append(f'<strong>RELATED: <a href="/{teasers[0].slug}">{t(teasers[0].headline)}</a></strong>')
        if i == 3 and len(a.paragraphs) > 5:
            parts.append('<em class="continue">Story continues below advertisement</em>')
    station = "North Coast 9"
    return (
        _head(f"{a.headline} | {station} News")
        + '<body><div class="alert-bar"><span>WATCH LIVE</span> <a href="/live">9 News at 6</a></div>'
        + f'<header><a href="/" class="logo">{station}</a>'
        + _nav(["News", "Weather", "Traffic", "Sports", "Video", "Contests", "Community"], "station-nav")
        + "</header>"
        + _cookie(ctx, 1)
        + f'<main><article><h1 class="story-headline">{t(a.headline)}</h1>'
        + f'<div class="story-meta">Author: {t(a.author or "9 News Staff")} <br>Published: 5:48 PM EST {_us_date(a.day)}</div>'
        + '<div class="video-player"><div class="video-title">Watch: our report from the scene</div><div class="loading">Loading…</div></div>'
        + _share(("Facebook", "X", "Email"))
        + f'<div class="story-text">{"<br><br>".join(parts)}<br><br><i>Copyright 2025 {station}. All rights reserved.</i></div>'
        + '<div class="app-promo"><p>Download the North Coast 9 app for breaking news alerts, live video and the latest forecast from our weather team.</p></div>'
        + "</article>"
        + _teaser_list(ctx.pick_teasers(4), "Trending on northcoast9", "trending")
        + "</main>"
        + _footer(f"{station} News")
        + "</body></html>"
    )


METERED_SHOWN = 3


def tpl_metered(a: Article, ctx: Ctx) -> str:
    """A metered paywall: three paragraphs, then 'You have reached your limit of free articles' and offers."""
    shown = a.paragraphs[:METERED_SHOWN]
    blocks = [f"<p>{t(p)}</p>" for p in shown]
    inserts = {0: _figure(ctx, "Photo: {credit}")}
    return (
        _head(f"{a.headline} | {ctx.site}")
        + f'<body><header><a href="/" class="logo">{t(ctx.site)}</a>'
        + _nav(["News", "Sport", "Business", "Lifestyle", "Opinion", "Puzzles", "Notices"], "header-nav")
        + '<a href="/login">Log in</a> <a href="/subscribe">Subscribe</a></header>'
        + _cookie(ctx, 2)
        + "<main>"
        + _breadcrumbs(["Home", "News"])
        + f'<article class="premium"><span class="premium-badge">Premium</span><h1>{t(a.headline)}</h1>'
        + f'<div class="byline">{t(a.byline or "")} <time>{_long_date(a.day)}</time></div>'
        + f'<div class="article-content">{_interleave(blocks, inserts)}</div>'
        + '<div class="meter-wall"><h2>You have reached your limit of free articles this month</h2>'
        + "<p>Subscribe from just £1 a week to keep reading award-winning local journalism, with fewer adverts and our daily e-edition.</p>"
        + '<a href="/subscribe">See subscription offers</a><p>Already a subscriber? <a href="/login">Log in</a></p></div>'
        + "</article>"
        + _teaser_list(ctx.pick_teasers(5), "Most read", "most-read", numbered=True)
        + "</main>"
        + _footer(ctx.site)
        + "</body></html>"
    )


# ---------------------------------------------------------------------------------------------
# "final" templates: written after the extractor's rules were set, with chrome vocabulary of their own
# (none of the constants above appear on these pages)

FINAL_CONSENT = [
    "Before you read on: this site and 96 vendors store cookies and read device identifiers to count visits, keep "
    "the site secure and pay for our reporting with ads matched to your interests. Choose Agree and continue to "
    "allow all of this, or Options to decide purpose by purpose. The Consent centre link at the foot of every page "
    "lets you change your mind later.",
    "Cookies keep this site running. The ones we need are always on; the ones for audience research and "
    "advertising stay off unless you switch them on.",
    "We and trusted partners process data such as your IP address and reading history for the purposes set out "
    "in our Cookie Notice. Some of this relies on legitimate interest, which you may object to at any time from "
    "the settings panel.",
]
FINAL_CAPTIONS = [
    "Fishing boats tied up three deep along the inner quay.",
    "A council worker clears debris from a storm drain on the ring road.",
    "Shoppers pass a row of shuttered units on the parade.",
    "Commuters wait on a crowded platform during the evening peak.",
    "The visitor centre, pictured while it was being built last autumn.",
    "Members of the public queue to give evidence at the hearing.",
    "Floodlights over the ground on a wet evening earlier in the season.",
    "Wind turbines offshore, seen from the cliff path.",
    "A mural painted by pupils on the wall of the old school hall.",
    "Market traders set up their stalls before sunrise.",
    "An aerial view of the estuary at low tide.",
    "The chamber was full for the vote, with people standing at the back.",
]
FINAL_PHOTOGRAPHERS = ["Maren Tolle", "Idris Vane", "Cosima Reyd", "Bram Heller", "Noor Castell", "Aino Valk", "Teodor Lusk"]
FINAL_AGENCIES = ["Saltmarsh Imaging", "Greyline Press Photos", "Tern Collective", "Bellwether Pictures"]
FINAL_COMMENTS = [
    ("kittiwake_ann", "Twenty years I have lived here and this is the first time anyone has asked us what we think."),
    ("R. Delacourt", "Good to see the numbers laid out plainly. Would be useful to know how they compare with last year."),
    ("bluewaterbarry", "Same old story. Plenty of announcements and not a spade in the ground."),
    ("Moira T", "My daughter works there and says the staff were told nothing until the morning it happened."),
    ("northshore_pete", "Anyone know whether the meeting on Thursday is open to the public or invitation only?"),
    ("Gwen A.", "Thank you for this. Sharing it with our residents' group tonight."),
    ("ferryman48", "The map in the second picture is out of date, the crossing moved two years ago."),
    ("S. Iqbal", "A fair article, though I think it lets the operator off rather lightly."),
    ("lowtide", "Wait until the winter, then we will see whether any of this actually works."),
    ("Ottilie", "We were there on Saturday and it was every bit as busy as the article says."),
    ("grumpy_in_marrow", "Who signed this off? That is the question nobody seems willing to answer."),
    ("H. Brandt", "Very sad. The town owes a lot to the people who kept it going all these years."),
]


def _final_caption(ctx: Ctx) -> tuple[str, str, str]:
    """(caption, photographer, agency) from the final templates' own lists."""
    return ctx.rng.choice(FINAL_CAPTIONS), ctx.rng.choice(FINAL_PHOTOGRAPHERS), ctx.rng.choice(FINAL_AGENCIES)


def _hashed(rng: random.Random, prefix: str = "css-") -> str:
    return prefix + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(6))


def _minutes(article: Article, per_minute: int = 200) -> int:
    return max(1, round(sum(len(p.split()) for p in article.paragraphs) / per_minute))


def _short_us_date(day: date) -> str:
    return f"{day.strftime('%b')} {day.day}, {day.year}"


def _role(article: Article) -> str | None:
    """The role in the byline ("By Greta Vollmer, Health Correspondent" -> "Health Correspondent")."""
    if not article.byline or "," not in article.byline:
        return None
    return article.byline.split(",", 1)[1].strip()


def _final_head(title: str, extra: str = "", lang: str = "en") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{t(title)}</title>'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">{extra}</head>'
    )


def tpl_nextjs(a: Article, ctx: Ctx) -> str:
    """A digital-native Next.js site: every paragraph a <div> with a hashed class (no <p> at all), the article also
    in JSON-LD and __NEXT_DATA__, a 'Hear this story' audio widget, 'Key points' bullets repeating body sentences
    above the body (not body), 'Read more:' links and ad slots between paragraphs, sometimes a correction note."""
    rng = ctx.rng
    c = {k: _hashed(rng) for k in ("para", "body", "fig", "more", "ad", "meta", "kp", "note", "rail", "card", "chip")}
    day = a.day
    author = a.author or "Dispatch staff"
    published = f"{rng.randint(5, 9)}:{rng.randint(0, 59):02d} AM"
    updated = f"{rng.randint(10, 11)}:{rng.randint(0, 59):02d} AM"
    blocks = [f'<div class="{c["para"]} e1{i % 3}x">{t(p)}</div>' for i, p in enumerate(a.paragraphs)]
    caption, photographer, _ = _final_caption(ctx)
    inserts = {
        0: f'<figure class="{c["fig"]}"><img src="/_next/image?url=%2Fimg%2F{rng.randint(10000, 99999)}.webp&amp;w=1200" '
        f'alt="" loading="lazy"><figcaption><span>{t(caption)}</span> <span class="{c["fig"]}-credit">'
        f"{t(photographer)} for Northpoint Dispatch</span></figcaption></figure>"
    }
    teasers = ctx.later_teasers(2)
    if len(blocks) > 3:
        inserts[1] = (
            f'<div class="{c["more"]}"><strong>Read more:</strong> <a href="/{teasers[0].slug}">{t(teasers[0].headline)}</a></div>'
        )
    if len(blocks) > 4:
        inserts[2] = (
            f'<div class="{c["ad"]}" data-slot="in-article-1"><div class="{c["ad"]}-label">AD</div>'
            '<div class="slot"></div><div class="' + c["ad"] + '-after">The article continues after this message</div></div>'
        )
    if len(blocks) > 7:
        inserts[len(blocks) // 2 + 2] = (
            f'<div class="{c["more"]}"><strong>Read more:</strong> <a href="/{teasers[1].slug}">{t(teasers[1].headline)}</a></div>'
        )
    key_points = ""
    several = [i for i, p in enumerate(a.paragraphs) if _first_sentence(p) != p]  # no bullet repeats a whole paragraph
    if len(a.paragraphs) >= 4 and len(several) >= 2:
        picks = sorted({several[0], several[len(several) // 2], several[-1]})
        items = "".join(f"<li>{t(_first_sentence(a.paragraphs[i]))}</li>" for i in picks)
        key_points = f'<section class="{c["kp"]}"><h2>Key points</h2><ul>{items}</ul></section>'
    correction = ""
    if rng.random() < 0.5:
        what = rng.choice(
            [
                "misspelled the name of a spokesperson",
                "gave the wrong day for one of the meetings described",
                "misstated the job title of one of the people quoted",
                "gave an incorrect figure in a photo caption",
            ]
        )
        correction = (
            f'<div class="{c["note"]}"><em>Correction, {_short_us_date(day)}: An earlier version of this article {what}. '
            "The article has been updated.</em></div>"
        )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a.headline,
        "datePublished": f"{a.published}T{published[:-3].zfill(5)}:00-05:00",
        "author": {"@type": "Person", "name": author},
        "publisher": {"@type": "NewsMediaOrganization", "name": ctx.site},
        "description": _first_sentence(a.paragraphs[0]),
    }
    next_data = {
        "props": {
            "pageProps": {"story": {"title": a.headline, "blocks": [{"type": "paragraph", "text": p} for p in a.paragraphs]}}
        },
        "page": "/[section]/[slug]",
        "buildId": _hashed(rng, "b"),
    }
    popular = "".join(
        f'<li class="{c["card"]}"><span class="n">{i + 1}</span><a href="/{x.slug}"><div>{t(x.headline)}</div></a><div class="dek">{t(x.snippet)}</div></li>'
        for i, x in enumerate(ctx.pick_teasers(5))
    )
    recommended = "".join(
        f'<div class="{c["card"]}"><a href="/{x.slug}"><div class="hed">{t(x.headline)}</div></a><div class="{c["card"]}-time">{rng.randint(2, 9)}h ago</div></div>'
        for x in ctx.pick_teasers(8)[5:]
    )
    chips = "".join(f'<li><a class="{c["chip"]}" href="/t/{_slug(x)}">{t(x)}</a></li>' for x in _final_tags(a))
    return (
        _final_head(
            f"{a.headline} | {ctx.site}",
            f'<script type="application/ld+json">{json.dumps(ld)}</script>'
            f'<meta property="og:title" content="{attr(a.headline)}"><link rel="preload" as="script" href="/_next/static/chunks/main.js">',
        )
        + f'<body><div id="__next"><div class="{_hashed(rng)}">'
        + f'<div class="{_hashed(rng)}" role="dialog" aria-label="Privacy"><div>{t(FINAL_CONSENT[0])}</div>'
        + "<button>Agree and continue</button><button>Options</button></div>"
        + f'<header class="{_hashed(rng)}"><a href="/" aria-label="Northpoint Dispatch home">NORTHPOINT <span>DISPATCH</span></a>'
        + _nav(["Latest", "Region", "Politics", "Money", "Climate", "Tech", "Life", "Ideas"], _hashed(rng))
        + '<button>Search</button><a href="/account">Log in</a> <a href="/join">Become a member</a></header>'
        + f'<main class="{_hashed(rng)}"><article>'
        + f'<div class="{_hashed(rng)}"><a href="/region">Region</a></div>'
        + f"<h1>{t(a.headline)}</h1>"
        + f'<div class="{c["meta"]}"><span>By <a href="/by/{_slug(author)}">{t(author)}</a></span><span> · </span>'
        + f'<time datetime="{a.published}">Updated {_short_us_date(day)}, {updated}</time></div>'
        + f'<div class="{_hashed(rng)}"><button aria-label="Play audio">Hear this story · {_minutes(a, 160)} min</button>'
        + "<span>Voiced by software. Something sound wrong? Tell us.</span></div>"
        + key_points
        + f'<div class="{c["body"]}" data-component="story-body">{_interleave(blocks, inserts)}</div>'
        + correction
        + f'<div class="{_hashed(rng)}"><span>Filed under</span><ul>{chips}</ul></div>'
        + f'<div class="{_hashed(rng)}"><button>Copy link</button><button>Post</button><button>Send</button></div>'
        + "</article>"
        + f'<aside class="{c["rail"]}"><h2>Popular right now</h2><ol>{popular}</ol></aside>'
        + f'<section class="{_hashed(rng)}"><h2>Recommended for you</h2>{recommended}</section>'
        + f'<div class="{_hashed(rng)}"><h3>Dispatch Daily</h3><div>One email before 8am with the stories that matter, and nothing else.</div>'
        + '<form><input type="email" placeholder="you@example.com"><button>Get it</button></form>'
        + "<div>Sent from an address you can reply to. Leave with one click.</div></div>"
        + "</main>"
        + f'<footer class="{_hashed(rng)}"><div>Northpoint Dispatch is an independent, member-funded newsroom.</div>'
        + "<ul><li>Our mission</li><li>Masthead</li><li>Ethics policy</li><li>Send us a tip</li><li>Accessibility</li>"
        + "<li>Do not sell or share my personal information</li><li>Consent centre</li></ul>"
        + "<div>© 2025 Northpoint Media Cooperative</div></footer>"
        + f'</div></div><script id="__NEXT_DATA__" type="application/json">{json.dumps(next_data)}</script></body></html>'
    )


def _final_tags(article: Article) -> list[str]:
    text = " ".join(article.paragraphs)
    found = [p for p in PLACES if p in text][:3]
    label = {"press": "Company news", "opinion": "Viewpoints", "liveblog": "Live coverage", "feature": "In depth"}
    return found + [label.get(article.kind, "Coast & Region")]


SOCIAL_POSTS = [
    "More on this tonight on Coast at Six, and on VPB Listen from 6am tomorrow.",
    "Our reporter has spent the day talking to people affected. Full report on the VPB News app.",
    "We will have reaction on Morning Coast from 7am. Send us your questions with the tag #AskVPB.",
]


def tpl_broadcaster(a: Article, ctx: Ctx) -> str:
    """A public broadcaster's story page: 'Share' and 'Save' buttons, a bold intro paragraph, pictures with
    'IMAGE SOURCE,' and 'Image caption,' labels, an embedded social post inside the body (not body), topic chips."""
    rng = ctx.rng
    day = a.day

    def picture() -> str:
        caption, _, agency = _final_caption(ctx)
        return (
            f'<figure class="ssrcss-picture"><div class="ssrcss-img"><span class="ssrcss-source">IMAGE SOURCE, {t(agency.upper())}</span>'
            f'<img src="/news/images/{rng.randint(100000, 999999)}.jpg" alt=""></div>'
            f'<figcaption><span class="ssrcss-vh">Image caption, </span>{t(caption)}</figcaption></figure>'
        )

    blocks = [
        f'<div data-component="text-block"><p>{"<b>" + t(p) + "</b>" if i == 0 else t(p)}</p></div>'
        for i, p in enumerate(a.paragraphs)
    ]
    inserts: dict[int, str] = {}
    if len(blocks) > 4:
        handle = "VPBCoast"
        inserts[2] = (
            '<div data-component="embed-block"><a class="skip" href="#end-of-chirp-1">Skip Chirp post by VPB Coast</a>'
            '<div class="gate"><p>Allow Chirp content?</p><p>This post comes from Chirp, an outside service that may set its '
            "own cookies once it loads. Switch it on to see the post here, or read it on Chirp.</p><button>Show Chirp post</button></div>"
            f'<blockquote class="chirp-post"><p>{t(rng.choice(SOCIAL_POSTS))}</p>— VPB Coast (@{handle}) '
            f'<a href="#">{_us_date(day)}</a></blockquote>'
            '<p id="end-of-chirp-1" class="end">End of Chirp post by VPB Coast</p></div>'
        )
    if len(blocks) > 6:
        inserts[5] = picture()
    contributor = ""
    if a.author:
        role = _role(a)
        contributor = f'<div data-component="byline-block"><div class="name">By {t(a.author)}</div>'
        contributor += f'<div class="role">{t(role)}</div></div>' if role else "</div>"
    follow = "".join(f'<li><a href="/news/{x.slug}">{t(x.headline)}</a></li>' for x in ctx.pick_teasers(3))
    chips = "".join(f'<li><a href="/news/topics/{_slug(x)}">{t(x)}</a></li>' for x in _final_tags(a))
    elsewhere = "".join(
        f'<li><a href="/news/{x.slug}"><h3>{t(x.headline)}</h3></a><p>{t(x.snippet)}</p>'
        f'<span class="meta">{rng.randint(2, 6)} hrs ago</span></li>'
        for x in ctx.pick_teasers(7)[3:]
    )
    worth = "".join(f'<li><a href="/news/{x.slug}">{t(x.headline)}</a></li>' for x in ctx.later_teasers(3))
    return (
        _final_head(f"{a.headline} - VPB News", lang="en-GB")
        + '<body><a class="skip-link" href="#main-content">Skip to content</a> <a href="/accessibility">Accessibility help</a>'
        + '<header class="vpb-masthead"><a href="/" class="logo">VPB</a>'
        + _nav(["Home", "News", "Sport", "Weather", "Listen", "Learning", "Local"], "vpb-global-nav")
        + '<a href="/account">Your account</a></header>'
        + '<div class="vpb-cookie" role="region" aria-label="Cookies"><h2>Cookies on VPB</h2>'
        + f"<p>{t(FINAL_CONSENT[1])}</p><button>Switch them on</button><button>Leave them off</button>"
        + '<a href="/cookies">How VPB uses cookies</a></div>'
        + '<div class="news-band"><a href="/news">NEWS</a>'
        + _nav(["Region", "Politics", "Business", "Climate", "Health", "VPB Checks", "In Pictures"], "news-nav")
        + "</div>"
        + '<main id="main-content"><article>'
        + f'<h1 id="main-heading">{t(a.headline)}</h1>'
        + '<div class="tools"><button>Share</button><button>Save</button></div>'
        + f'<time datetime="{a.published}">{day.day} {day.strftime("%B %Y")}</time>'
        + contributor
        + picture()
        + _interleave(blocks, inserts)
        + f'<section class="follow"><h2>Follow this story</h2><ul>{follow}</ul></section>'
        + f'<section class="topics"><h2>Related Topics</h2><ul>{chips}</ul></section>'
        + "</article>"
        + f'<section class="rail"><h2>Headlines elsewhere</h2><ul>{elsewhere}</ul></section>'
        + f'<section class="rail"><h2>Worth your time</h2><ul>{worth}</ul></section>'
        + "</main>"
        + '<footer class="vpb-footer"><p>Links to other sites are there for reference; VPB does not check or vouch for what '
        + 'they publish. <a href="/linking">How we choose links</a></p>'
        + "<ul><li>Terms of Use</li><li>About VPB</li><li>Privacy</li><li>Cookies</li><li>Help &amp; feedback</li>"
        + "<li>Contact VPB</li></ul><p>Copyright 2025 Valdria Public Broadcasting.</p></footer>"
        + "</body></html>"
    )


def tpl_oldschool(a: Article, ctx: Ctx) -> str:
    """An old-school island weekly: nested-table layout with <font> tags, the story in one <td> with paragraphs
    split by <br><br>, byline and date on one line, the headline again in the breadcrumb, a photo table between
    paragraphs, 'Reader comments', a page-view counter and a hidden keyword block."""
    rng = ctx.rng
    day = a.day
    role = _role(a)
    byline = f"By {a.author}" + (f", {role}" if role else "") if a.author else "By Gazette Staff"
    stamp = f"{day.strftime('%A')}, {_us_date(day)} at {rng.randint(1, 11)}:{rng.randint(0, 59):02d} p.m."
    caption, photographer, _ = _final_caption(ctx)
    photo = (
        '<table align="right" width="260" border="0" cellpadding="4" cellspacing="0" bgcolor="#eeeeee">\n'
        f'<tr><td><img src="/photos/{rng.randint(1000, 9999)}.jpg" width="250" height="180" border="0"></td></tr>\n'
        f'<tr><td><font face="Arial" size="1">{t(caption)} (Gazette photo/{t(photographer)})</font></td></tr>\n</table>\n'
    )
    parts = [t(p) for p in a.paragraphs]
    body = parts[0] + "<br><br>\n" + photo + "<br><br>\n".join(parts[1:]) if len(parts) > 1 else photo + parts[0]
    comments = "".join(
        f'<tr><td><font face="Arial" size="2"><b>{t(name)}</b> wrote on {day.month}/{day.day}/{day.year}:<br>{t(text)}</font>'
        f'<br><font size="1"><a href="#">Report abuse</a></font><hr size="1" noshade></td></tr>\n'
        for name, text in rng.sample(FINAL_COMMENTS, 4)
    )
    others = "".join(f'<a href="/news/{x.slug}.html">{t(x.headline)}</a><br>' for x in ctx.pick_teasers(5))
    sections = ["Front Page", "News", "Sports", "Ferry Times", "Tide Tables", "Classifieds", "Obituaries",
                "Church Notes", "Letters", "Archives"]  # fmt: skip
    views = rng.randint(300, 4000)
    return (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html><head>'
        f'<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{t(ctx.site)} - {t(a.headline)}</title>'
        '<meta name="keywords" content="orla island, gazette, news, ferry"></head>\n'
        '<body bgcolor="#ffffff" topmargin="0" leftmargin="0"><center>\n'
        '<table width="780" border="0" cellpadding="0" cellspacing="0">\n'
        '<tr><td colspan="3" bgcolor="#003366"><font face="Times New Roman" size="6" color="#ffffff"><b>'
        f"{t(ctx.site)}</b></font><br>"
        '<font face="Arial" size="1" color="#ffffff">Serving Orla Island and the Sound since 1902 &middot; '
        f"{day.strftime('%A')}, {_us_date(day)}</font></td></tr>\n"
        '<tr valign="top">\n<td width="140" bgcolor="#e8eef4"><table width="100%" cellpadding="6"><tr><td><font face="Arial" size="2">'
        "<b>SECTIONS</b><br>"
        + "".join(f'<a href="/{_slug(s)}.html">{t(s)}</a><br>' for s in sections)
        + "</font></td></tr></table></td>\n"
        '<td width="480"><table width="100%" cellpadding="8"><tr><td>\n'
        f'<font face="Arial" size="1">You are here: <a href="/">Home</a> &gt; <a href="/news.html">News</a> &gt; {t(a.headline)}</font>\n'
        "</td></tr><tr><td>\n"
        f'<font face="Times New Roman" size="5"><b>{t(a.headline)}</b></font>\n</td></tr><tr><td>\n'
        f'<font face="Arial" size="1" color="#666666">{t(byline)} | Posted: {stamp}</font>\n</td></tr><tr><td>\n'
        '<font face="Arial" size="1"><a href="?print=1">Printer-friendly version</a> | <a href="/mailto.html">Email this story</a>'
        " | Text size: <a>A+</a> <a>A-</a></font>\n</td></tr><tr><td>\n"
        f'<font face="Verdana, Arial, Helvetica, sans-serif" size="2">{body}</font>\n</td></tr><tr><td>\n'
        f'<font face="Arial" size="1"><i>This story has been viewed {views:,} times.</i></font>\n</td></tr><tr><td>\n'
        '<font face="Arial" size="3"><b>Reader comments (12)</b></font>\n'
        f'<table width="100%" cellpadding="4">\n{comments}</table>\n'
        '<font face="Arial" size="2"><a href="?comments=all">View all 12 comments &raquo;</a><br>'
        "You must be a registered reader to post a comment. <a>Register</a> | <a>Log in</a></font>\n</td></tr></table></td>\n"
        '<td width="160" bgcolor="#f4f4f4"><table width="100%" cellpadding="6"><tr><td><font face="Arial" size="2">'
        f"<b>Other stories in News</b><br>{others}</font></td></tr>\n"
        f'<tr><td><font face="Arial" size="2"><b>TIDES</b><br>High water {rng.randint(1, 5):02d}:{rng.randint(0, 59):02d} and '
        f"{rng.randint(13, 17)}:{rng.randint(0, 59):02d}<br>Ferry service: running to timetable</font></td></tr>\n"
        '<tr><td><font face="Arial" size="2"><b>Home delivery</b><br>Get the Gazette on your doormat every Thursday '
        "for $52 a year. <a>Start today</a></font></td></tr></table></td>\n</tr>\n"
        '<tr><td colspan="3"><center><font face="Arial" size="1">'
        f"Copyright &copy; 1998-2025 {t(ctx.site)}, an Islander Press title.<br>"
        "No part of this site may be copied or reprinted without written permission of the publisher.<br>"
        f"Site by Islandweb Design | Best viewed at 1024x768 | Visitors since 1998: {rng.randint(100000, 999999):07d}</font></center></td></tr>\n"
        "</table></center>\n"
        '<div style="display:none">orla island news ferry gazette local news tides classifieds</div>\n'
        '<div id="cookienote"><font face="Arial" size="1">This site keeps one small cookie so it remembers your text size. '
        'That is all it does. <a href="#">OK</a></font></div>\n'
        "</body></html>"
    )


FOOTNOTES = [
    "I put these points to the people responsible before publishing. I will add any reply here.",
    "Figures are rounded. Where sources disagreed I have used the lower number.",
    "Longtime readers will know I have written about this before; I have tried not to repeat myself.",
]


def tpl_newsletter_post(a: Article, ctx: Ctx) -> str:
    """A post on a newsletter platform: publication header, subtitle repeating a body sentence (not body), author
    and date, like and comment counts, a subscribe box inside the body, a pull quote repeating a line, a footnote
    marker after one paragraph with the footnote below the body (not body), and a comment thread."""
    rng = ctx.rng
    writer = a.author or ctx.site
    likes, replies = rng.randint(40, 900), rng.randint(3, 120)
    n = len(a.paragraphs)
    note_at = n // 2 if n >= 3 else None
    blocks = []
    for i, p in enumerate(a.paragraphs):
        anchor = '<a class="footnote-anchor" id="footnote-anchor-1" href="#footnote-1">1</a>' if i == note_at else ""
        blocks.append(f"<p>{t(p)}{anchor}</p>")
    inserts: dict[int, str] = {}
    if n > 3:
        inserts[1] = (
            '<div class="subscription-widget"><p class="cta">Low Water is free to read, and a few hundred paying readers '
            'keep it that way. Join 6,200 others.</p><form><input type="email" placeholder="Type your email…">'
            "<button>Subscribe</button></form></div>"
        )
    quote = _pull_quote(a)
    if quote and n > 4:
        inserts[n - 3] = f'<div class="pullquote"><p>{t(quote)}</p></div>'
    subtitle = ""
    if n > 1 and len(_first_sentence(a.paragraphs[1]).split()) >= 8:
        subtitle = f'<h3 class="subtitle">{t(_first_sentence(a.paragraphs[1]))}</h3>'

    def ufi() -> str:
        return (
            f'<div class="post-ufi"><button aria-label="Like">♡ {likes}</button><button aria-label="Comments">💬 {replies}</button>'
            "<button>Repost</button><button>Share</button></div>"
        )

    footnote = (
        f'<div class="footnotes"><div class="footnote" id="footnote-1"><a href="#footnote-anchor-1">1</a>'
        f'<div class="footnote-content"><p>{t(rng.choice(FOOTNOTES))}</p></div></div></div>'
        if note_at is not None
        else ""
    )
    comments = "".join(
        f'<div class="comment"><div class="comment-head"><a>{t(name)}</a> <span>{rng.randint(1, 20)}h</span></div>'
        f'<div class="comment-body"><p>{t(text)}</p></div><div class="comment-actions"><button>Like ({rng.randint(0, 30)})</button>'
        "<button>Reply</button></div></div>"
        for name, text in rng.sample(FINAL_COMMENTS, 3)
    )
    more = "".join(
        f'<div class="post-preview"><a href="/p/{x.slug}"><div class="post-preview-title">{t(x.headline)}</div></a>'
        f'<div class="post-preview-description">{t(x.snippet)}</div><div class="post-preview-meta">Linked in this week&rsquo;s letter</div></div>'
        for x in ctx.pick_teasers(3)
    )
    return (
        _final_head(
            f"{a.headline} - by {writer} - {ctx.site}",
            f'<meta property="og:description" content="{attr(_first_sentence(a.paragraphs[0]))}">',
        )
        + '<body><div id="entry"><div class="topbar"><a href="/" class="pub-logo"><img src="/logo.png" alt=""></a>'
        + f'<a href="/" class="pub-name">{t(ctx.site)}</a><button>Subscribe</button><button>Sign in</button></div>'
        + '<div class="main"><article class="post newsletter-post">'
        + f'<h1 class="post-title">{t(a.headline)}</h1>{subtitle}'
        + '<div class="post-header"><div class="byline-wrapper"><img class="avatar" src="/avatar.jpg" alt="">'
        + f'<div class="byline-names"><a href="/@{_slug(writer)}">{t(writer)}</a></div>'
        + f'<div class="post-date">{_short_us_date(a.day)}</div></div>{ufi()}</div>'
        + f'<div class="available-content"><div class="body markup">{_interleave(blocks, inserts)}</div>{footnote}</div>'
        + ufi()
        + '<div class="end-of-post"><h3>Enjoyed this? The next letter is a week away.</h3>'
        + '<form><input type="email" placeholder="Type your email…"><button>Subscribe</button></form></div>'
        + f'<section class="comments-section"><h4>Comments on this letter</h4><div>{replies} Comments</div>'
        + "<div><button>Top</button><button>Newest</button></div>"
        + '<form><textarea placeholder="Write a comment…"></textarea></form>'
        + f"{comments}</section>"
        + "</article>"
        + f'<section class="more"><h3>Elsewhere: what I have been reading</h3>{more}</section></div>'
        + f'<footer class="footer"><div>© 2025 {t(writer)}</div><div><a>Privacy</a> ∙ <a>Terms</a> ∙ <a>Data notice</a></div>'
        + "<div><a>Start your own letter</a> <a>Get the app</a></div>"
        + "<div>Quillpost is where independent writers publish and readers pay them directly.</div></footer>"
        + "</div></body></html>"
    )


SOFTWALL_SHOWN = 4


def tpl_softwall(a: Article, ctx: Ctx) -> str:
    """A business journal with a soft registration wall: a ticker strip of invented symbols, four paragraphs, a
    'Paid post' box between them, then 'Continue reading with a free account'. The rest of the article is still
    in the HTML, hidden (display:none) as such walls ship it; it is not visible, so it is not gold."""
    rng = ctx.rng
    shown, rest = a.paragraphs[:SOFTWALL_SHOWN], a.paragraphs[SOFTWALL_SHOWN:]
    ticker = ""
    for sym in ["HBJ 40", "CRVN", "ORRB", "TSLT", "PLWG", "HLVD", "SELWYN CRUDE"]:
        move = rng.uniform(-3.5, 3.5)
        arrow = "▲" if move >= 0 else "▼"
        ticker += f'<li><span class="sym">{sym}</span> <span>{rng.uniform(20, 900):,.2f}</span> <span>{arrow} {abs(move):.2f}%</span></li>'
    caption, photographer, agency = _final_caption(ctx)
    blocks = [f'<p class="body-text">{t(p)}</p>' for p in shown]
    inserts = {
        0: f'<figure><img src="/media/{rng.randint(1000, 9999)}.jpg" alt=""><figcaption>{t(caption)} '
        f"<span>(Credit: {t(photographer)}/{t(agency)})</span></figcaption></figure>"
    }
    if len(blocks) > 2:
        inserts[1] = (
            '<aside class="paid-post"><span class="label">Paid post</span><p>From our partner Tern Ledger Bank</p>'
            '<a href="/paid/succession"><h4>Five questions family firms should ask before they sell</h4></a></aside>'
        )
    locked = ""
    if rest:
        locked = (
            '<div class="locked-content" style="display:none">'
            + "".join(f'<p class="body-text">{t(p)}</p>' for p in rest)
            + "</div>"
        )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a.headline,
        "datePublished": a.published,
        "isAccessibleForFree": False,
        "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".locked-content"},
    }
    most_shared = "".join(
        f'<li><a href="/{x.slug}"><h3>{t(x.headline)}</h3></a><p>{t(x.snippet)}</p></li>' for x in ctx.pick_teasers(4)
    )
    more = "".join(f'<li><a href="/{x.slug}">{t(x.headline)}</a></li>' for x in ctx.later_teasers(3))
    kicker = rng.choice(["Economy", "Companies", "Energy & Utilities", "Property", "Workplace"])
    return (
        _final_head(f"{a.headline} - {ctx.site}", f'<script type="application/ld+json">{json.dumps(ld)}</script>')
        + f'<body><div class="ticker" aria-label="Markets"><ul>{ticker}</ul>'
        + "<span>Prices delayed by at least 20 minutes. For information only, not investment advice.</span></div>"
        + f'<header class="hbj-header"><a href="/" class="logo">{t(ctx.site)}</a>'
        + _nav(["Markets", "Companies", "Property", "Energy", "Careers", "Wealth", "Events", "Lists"], "hbj-nav")
        + '<a href="/register">Register free</a> <a href="/plans">Plans</a></header>'
        + f'<div class="consent" role="dialog"><p>{t(FINAL_CONSENT[2])}</p><button>Accept</button><button>Settings</button></div>'
        + f'<main><article><div class="kicker">{t(kicker)}</div><h1>{t(a.headline)}</h1>'
        + f'<div class="byline">By {t(a.author or "HBJ staff")} · {_short_us_date(a.day)} · {_minutes(a)} min read</div>'
        + '<div class="tools"><button>Send to a colleague</button><button>Bookmark</button></div>'
        + f'<div class="article-body">{_interleave(blocks, inserts)}{locked}</div>'
        + '<div class="regwall"><div class="regwall-fade" aria-hidden="true"></div><h2>Continue reading with a free account</h2>'
        + "<p>Register in under a minute to unlock this story and four more each month, plus our 7am markets note.</p>"
        + '<form><input type="email" placeholder="Work email"><button>Continue</button></form>'
        + "<button>Continue with your company login</button>"
        + '<p>Already registered? <a href="/login">Log in</a> · <a href="/plans">See all plans</a></p></div>'
        + "</article>"
        + f'<aside class="most-shared"><h2>Most shared this week</h2><ol>{most_shared}</ol></aside>'
        + f'<section class="more-in"><h2>More in {t(kicker)}</h2><ul>{more}</ul></section>'
        + '<div class="event-promo"><h3>HBJ Leaders Breakfast</h3><p>12 June, Port Selwyn. Three chief executives on hiring '
        + 'in a tight market. <a href="/events">Book a seat</a></p></div>'
        + "</main>"
        + "<footer><p>Harbourline Business Journal is part of Tern Street Media.</p><p><a>Reprints &amp; permissions</a> "
        + "<a>Advertise with HBJ</a> <a>Help centre</a> <a>Privacy notice</a> <a>Cookie settings</a></p>"
        + "<p>© 2025 Tern Street Media Inc.</p></footer>"
        + "</body></html>"
    )


def tpl_liveblog_c(a: Article, ctx: Ctx) -> str:
    """A live page newest first, with a pinned opening post: the first paragraph is pinned at the top (once), the
    others follow from the last paragraph back to the second, each with a time and a writer. A 'Key moments'
    box repeats the first sentences of some entries (not body). As for the other live blogs, the gold is the
    article's paragraphs in the article's own order (the order they were filed), not the order on the page."""
    rng = ctx.rng
    times = _live_times(len(a.paragraphs), rng)
    writers = ["Ilka Moss", "Dev Aranda", "Rhoswen Tait"]

    def entry(i: int, pinned: bool = False) -> str:
        label = '<span class="pin">Pinned</span> ' if pinned else ""
        return (
            f'<div class="lb-entry{" lb-entry--pinned" if pinned else ""}" id="entry-{i}"><div class="lb-entry__meta">{label}'
            f'<time datetime="{a.published}T{times[i]}">{times[i]}</time> <span class="lb-entry__author">{rng.choice(writers)}</span></div>'
            f'<div class="lb-entry__body"><p>{t(a.paragraphs[i])}</p></div>'
            '<div class="lb-entry__actions"><button>Link to this post</button></div></div>'
        )

    stream = "".join(entry(i) for i in range(len(a.paragraphs) - 1, 0, -1))
    moments = ""
    for i in range(len(a.paragraphs) - 1, 0, -3):
        sentence = _first_sentence(a.paragraphs[i])
        if len(sentence) > 90:
            sentence = sentence[:90].rsplit(" ", 1)[0].rstrip(",;:") + "…"
        moments += f'<li><a href="#entry-{i}"><time>{times[i]}</time> {t(sentence)}</a></li>'
    elsewhere = "".join(
        f'<li><a href="/{x.slug}"><h3>{t(x.headline)}</h3></a><p>{t(x.snippet)}</p></li>' for x in ctx.pick_teasers(4)
    )
    return (
        _final_head(f"LIVE: {a.headline} | {ctx.site}")
        + f'<body><header class="psh-header"><a href="/" class="logo">{t(ctx.site)}</a>'
        + _nav(["Home", "City", "Courts", "Port", "Sport", "Arts", "Property", "E-edition"], "psh-nav")
        + '<a href="/subscribe">Get unlimited access</a></header>'
        + f'<div class="consent"><p>{t(FINAL_CONSENT[1])}</p><button>Allow all</button><button>Necessary only</button></div>'
        + '<main class="liveblog"><div class="lb-head"><span class="lb-badge">● Updating live</span>'
        + f"<h1>{t(a.headline)}</h1>"
        + f'<div class="lb-byline">{t(a.byline or "Herald newsroom")} · {_us_date(a.day)}</div>'
        + f'<div class="lb-contributors">With contributions from {", ".join(writers[:2])} and {writers[2]}</div>'
        + f'<div class="lb-status">Last updated {times[-1]} <button>Refresh</button> <label>Auto-refresh <input type="checkbox" checked></label></div></div>'
        + f'<div class="lb-moments"><h2>Key moments</h2><ul>{moments}</ul></div>'
        + entry(0, pinned=True)
        + f'<div class="lb-stream"><button class="lb-new">Show {rng.randint(2, 14)} new updates</button>{stream}'
        + '<button class="lb-older">See earlier posts</button></div>'
        + "</main>"
        + f'<aside class="elsewhere"><h2>Elsewhere in the Herald</h2><ul>{elsewhere}</ul></aside>'
        + '<div class="alerts"><h3>Herald Breaking</h3><p>Alerts when it matters, never more than three a day.</p>'
        + '<form><input type="email"><button>Turn on alerts</button></form></div>'
        + "<footer><p>Port Selwyn Herald, Quay Buildings, Port Selwyn. Independent since 1888.</p>"
        + "<p><a>Complaints</a> <a>Corrections and clarifications</a> <a>Syndication</a> <a>Privacy</a></p></footer>"
        + "</body></html>"
    )


def _issuer(article: Article) -> str | None:
    """The organisation leading a press release's headline ("Tidewater Trust launches..." -> "Tidewater Trust")."""
    words: list[str] = []
    for word in article.headline.split():
        if word[:1].isupper() or (words and word in ("of", "and", "&", "for", "de")):
            words.append(word)
        else:
            break
    while words and words[-1] in ("of", "and", "&", "for", "de"):
        words.pop()
    return " ".join(words) if len(words) >= 2 and len(words) < len(article.headline.split()) else None


def tpl_press_wire(a: Article, ctx: Ctx) -> str:
    """A press-release distribution page of another network: subhead repeating a body sentence (not body),
    a logo, the release, then a cautionary forward-looking note, 'About', a media contact block, 'SOURCE:',
    a media assets box and a link to the issuer's newsroom. As on the other press page, only the release's
    paragraphs (dateline included) are gold."""
    rng = ctx.rng
    issuer = (_issuer(a) if a.kind == "press" else None) or "Ferrow Syndication Partners"
    text = " ".join(a.paragraphs)
    place = min((p for p in PLACES if p in text), key=text.find, default="the region")
    about = (
        f"{issuer} is based in {place}. Its online newsroom carries announcements, images and contact details for journalists."
        if issuer != "Ferrow Syndication Partners"
        else "Ferrow Syndication Partners distributes business and regional news on behalf of its member publishers."
    )
    contact = rng.choice(["Anouk Berger", "Tobiah Wren", "Salma Okonedo", "Rufus Eldane"])
    domain = _slug(issuer).replace("-", "") + ".example"
    subhead = f'<h2 class="subhead"><i>{t(_first_sentence(a.paragraphs[1]))}</i></h2>' if len(a.paragraphs) > 2 else ""
    cautionary = (
        '<p class="disclaimer"><b>Cautionary note on forward-looking information</b><br>This announcement contains '
        "statements about future plans, timings and figures. They reflect current expectations only and involve risks "
        "and uncertainties, including approvals, financing and market conditions, that could cause actual outcomes to "
        f"differ materially. {t(issuer)} takes on no duty to update them except where the law requires.</p>"
        if a.kind == "press"
        else ""
    )
    assets = "".join(
        f'<li><img src="/assets/{rng.randint(100, 999)}.jpg" alt=""><span>{t(caption)} Credit: {t(rng.choice(FINAL_PHOTOGRAPHERS))}</span></li>'
        for caption in rng.sample(FINAL_CAPTIONS, 2)
    )
    recent = "".join(
        f'<li><span class="date">{_short_us_date(a.day)}</span> <a href="/r/{x.slug}">{t(x.headline)}</a></li>'
        for x in ctx.pick_teasers(5)
    )
    topics = [("Health care", ("health", "hospital", "patients", "screening")), ("Transport", ("rail", "fares", "ferry", "bus")),
              ("Energy", ("energy", "battery", "wind")), ("Education", ("university", "school", "students")),
              ("Nonprofit", ("charity", "appeal", "volunteer"))]  # fmt: skip
    lowered = text.lower()
    category = next((name for name, words in topics if any(w in lowered for w in words)), "Business")
    return (
        _final_head(f"{a.headline} | Beacon Release Network")
        + '<body><header class="brn-top"><a href="/" class="brn-logo">beacon<b>release</b>network</a>'
        + _nav(["Browse releases", "Industries", "Regions", "Pricing", "Post a release"], "brn-nav")
        + '<a href="/journalists">Journalists: get release alerts</a></header>'
        + f'<div class="cookie-bar"><p>{t(FINAL_CONSENT[2])}</p><button>OK</button><button>Decline</button></div>'
        + '<main class="brn-main"><div class="release">'
        + f'<div class="release-cat">Category: {t(category)} · Region: {t(place if place != "the region" else "Coast")}</div>'
        + f"<h1>{t(a.headline)}</h1>{subhead}"
        + f'<div class="release-meta">Published {a.day.day} {a.day.strftime("%b %Y")} 07:00 GMT | Source: {t(issuer)}</div>'
        + f'<div class="release-logo"><img src="/logos/{_slug(issuer)}.png" alt="{attr(issuer)} logo"></div>'
        + '<div class="release-text">'
        + "".join(f"<p>{t(p)}</p>" for p in a.paragraphs)
        + "<p>###</p>"
        + cautionary
        + f"<h3>About {t(issuer)}</h3><p>{t(about)}</p>"
        + f'<div class="contact"><h3>Media enquiries</h3><p>{t(contact)}<br>Head of Communications, {t(issuer)}<br>'
        + f"media@{domain}<br>+00 555 0199 (office hours) / +00 555 0177 (out of hours)</p></div>"
        + f"<p>SOURCE: {t(issuer)}</p>"
        + f'<p class="orig">See the full release with images at <a href="https://newsroom.{domain}">newsroom.{domain}</a></p>'
        + "</div>"
        + f'<div class="media-assets"><h3>Media assets</h3><ul>{assets}<li>Logo (PNG, 2 files)</li></ul>'
        + "<a>Download all (ZIP, 18 MB)</a></div></div>"
        + f'<aside class="recent"><h2>Recently distributed</h2><ul>{recent}</ul></aside>'
        + "</main>"
        + '<footer class="brn-footer"><p>Beacon Release Network distributes releases on behalf of issuers, who are solely '
        + "responsible for what they contain.</p><p><a>Editorial guidelines</a> · <a>Service status</a> · <a>Privacy</a> · "
        + "<a>Terms of service</a></p><p>© 2025 Beacon Release Network Ltd.</p></footer>"
        + "</body></html>"
    )


# ---------------------------------------------------------------------------------------------
# "final2" templates: written after the extractor had been changed while reading "final", with chrome vocabulary
# of their own again (none of the constants above, final ones included, appear on these pages)

FINAL2_CONSENT = [
    "Hello. Before you carry on, tell us how your data should be handled. We and 57 advertising and measurement "
    "companies keep identifiers on this device to remember your settings, see how far people read and fund the "
    "newsroom with ads. Pick Accept everything, or Choose purposes to go through the list one at a time. The Your "
    "data link in the page footer reopens this window whenever you like.",
    "We put a few small files on your device. Some are needed for signing in and security and cannot be switched "
    "off; the rest tell us which pieces people finish. Allow the optional ones?",
    "This page loads tools from outside providers for video, maps and adverts, and they may read or store "
    "information on your device. Approve them all, approve only what the page strictly needs, or review the "
    "providers one by one.",
]
FINAL2_CAPTIONS = [
    "Lifeboat volunteers haul the launch trolley back up the slipway.",
    "Allotment holders inspect waterlogged beds after a night of heavy rain.",
    "A signal box on the branch line, now used as a store.",
    "The queue for the early ferry stretched past the ticket office.",
    "Scaffolding wraps the clock tower while repairs are carried out.",
    "A bus waits at the terminus beside the old tram depot.",
    "Nurses leave the infirmary at the end of a night shift.",
    "Sand martins nest in the soft cliff above the beach huts.",
    "Councillors take their seats before the start of the budget debate.",
    "Children race across the playing field on sports day.",
    "A lone walker on the causeway as the tide turns.",
    "Stallholders pack away at the close of the Sunday market.",
]
FINAL2_PHOTOGRAPHERS = [
    "Anneli Strand",
    "Kwame Oduya",
    "Perrin Voss",
    "Saoirse Lund",
    "Matthias Orre",
    "Yara Penhale",
    "Dorian Kell",
]
FINAL2_AGENCIES = ["Sandpiper Photo Desk", "Lowlight Collective", "Quaymark Images", "Brightwater Picture Agency"]
FINAL2_COMMENTS = [
    (
        "marsh_harrier",
        "I have read three stories about this today and this is the only one that explained what actually changes.",
    ),
    ("Priya V.", "Useful. I would still like to know who is paying for the extra staff."),
    ("tollgate_tom", "Funny how these announcements always land on a Friday afternoon."),
    ("Eluned R", "My mother went through this last winter. Nobody called her back for six weeks."),
    ("seawall_sam", "Can someone explain why this could not have happened five years ago?"),
    ("B. Okonkwo", "Fair to both sides, which is more than can be said for most of what I have read on this."),
    ("dunesider", "I walk past there every morning and had no idea any of this was going on."),
    ("Frieda L.", "Worth reading to the end. The last few paragraphs are the real story."),
    ("cloudberry", "Please keep following this one. We will need to know whether the promises are kept."),
    ("J. Thorvald", "Small point: the meeting was on the Wednesday, not the Thursday."),
    ("ropewalk_rita", "At last some good news from round here."),
    ("Casimir", "I am sceptical. We were told something very similar in 2019."),
    ("heronsgate", "Passed this on to the parents' group. Lots of questions about it at pick-up today."),
    ("Nan Ellery", "Clear and well put together. Thank you to whoever wrote it."),
]
FINAL2_TOWNS = ["Quillmouth", "Emberstow", "Fallowby", "Pennick", "Hollowmere", "Kelmira", "Ostrand", "Saltmere",
                "Dunhallow", "Ardmere", "Brenmoor", "Port Selwyn", "Kestrel Bay", "Marrow Hill", "Tessaly", "Valley Cross"]  # fmt: skip


def _caption_from(ctx: Ctx, captions: list[str], photographers: list[str], agencies: list[str]) -> tuple[str, str, str]:
    """(caption, photographer, agency) from a split's own lists."""
    return ctx.rng.choice(captions), ctx.rng.choice(photographers), ctx.rng.choice(agencies)


def _final2_caption(ctx: Ctx) -> tuple[str, str, str]:
    return _caption_from(ctx, FINAL2_CAPTIONS, FINAL2_PHOTOGRAPHERS, FINAL2_AGENCIES)


def _towns_in(article: Article, towns: list[str] = FINAL2_TOWNS) -> list[str]:
    """The towns (of a split's list) an article names, in the order it first names them."""
    text = article.headline + " " + " ".join(article.paragraphs)
    found = [(text.find(town), town) for town in towns if re.search(rf"\b{re.escape(town)}\b", text)]
    return [town for _, town in sorted(found)]


def _home_town(article: Article, rng: random.Random) -> str:
    towns = _towns_in(article)
    return towns[0] if towns else rng.choice(FINAL2_TOWNS)


def _long_snippet(article: Article, limit: int = 210) -> str:
    """A card's snippet: the start of another article's first paragraph, cut at a word near `limit` characters."""
    text = article.paragraphs[0]
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _clock(rng: random.Random, start: int = 7, end: int = 11) -> str:
    return f"{rng.randint(start, end)}:{rng.randint(0, 59):02d}"


def tpl_blog_platform(a: Article, ctx: Ctx) -> str:
    """A blogging platform's story page (Medium-like): 'Member-only story', the writer with a Follow button, clap
    and response counts with Listen and Share, a free-story meter, a 'Top highlight' label above one paragraph
    (not body), a stock-photo credit, 'Written by', responses, then 'More from <writer>' and 'Recommended from
    Quire' cards whose snippets quote the start of other stories."""
    rng = ctx.rng
    writer = a.author or rng.choice(["Tidemark Notes", "The Slow Coast", "Field Report Collective"])
    claps = f"{rng.randint(1, 9)}.{rng.randint(0, 9)}K"
    responses = rng.randint(6, 60)
    n = len(a.paragraphs)
    long_ones = [i for i, p in enumerate(a.paragraphs) if i > 0 and len(p.split()) >= 18]
    highlight = long_ones[len(long_ones) // 2] if long_ones else None
    blocks = []
    for i, p in enumerate(a.paragraphs):
        if i == highlight:
            blocks.append(
                '<div class="pw-highlight-label"><span>Top highlight</span></div>'
                f'<p class="pw-post-body-paragraph"><mark class="pw-hl">{t(p)}</mark></p>'
            )
        else:
            blocks.append(f'<p class="pw-post-body-paragraph">{t(p)}</p>')
    inserts: dict[int, str] = {}
    if n > 2:
        caption, photographer, _ = _final2_caption(ctx)
        inserts[0] = (
            f'<figure class="pw-figure"><img src="/v2/resize:fit:1400/{rng.randint(10**7, 10**8)}.jpeg" alt="{attr(caption)}">'
            f"<figcaption>Photo by {t(photographer)} on Lumenstock</figcaption></figure>"
        )

    def action_bar() -> str:
        return (
            '<div class="pw-actions"><div class="clap"><button aria-label="clap"><svg></svg></button>'
            f'<span>{claps}</span></div><div class="resp"><button aria-label="responses"><svg></svg></button><span>{responses}</span></div>'
            '<button aria-label="Add to list">Save</button><button aria-label="Listen"><svg></svg>Listen</button>'
            '<button aria-label="Share"><svg></svg>Share</button></div>'
        )

    others = ctx.others
    more_from = "".join(
        f'<div class="card"><a href="/@{_slug(writer)}/{o.id.lower()}"><h2>{t(o.headline)}</h2>'
        f"<h3>{t(_long_snippet(o))}</h3></a>"
        f'<div class="card-meta">{_short_us_date(o.day)} · <span>{rng.randint(40, 900)}</span> · <span>{rng.randint(1, 30)}</span></div></div>'
        for o in others[:2]
    )
    recommended = "".join(
        f'<div class="card"><div class="card-author">{t(o.author or "Quire Staff Picks")}</div>'
        f'<a href="/p/{o.id.lower()}"><h2>{t(o.headline)}</h2><h3>{t(_long_snippet(o, 160))}</h3></a>'
        f'<div class="card-meta">{_minutes(o, 230)}-minute read · {_short_us_date(o.day)}</div></div>'
        for o in others[2:6]
    )
    replies = "".join(
        f'<div class="response"><div class="response-head"><a href="/@{_slug(name)}">{t(name)}</a>'
        f"<span> · {_short_us_date(a.day)}</span></div><p>{t(text)}</p>"
        f'<div class="response-actions"><button aria-label="clap"><svg></svg></button><span>{rng.randint(1, 90)}</span>'
        f"<button>Reply</button></div></div>"
        for name, text in rng.sample(FINAL2_COMMENTS, 3)
    )
    tags = ["Local News", "Community", "Journalism"] + (["Opinion"] if a.kind == "opinion" else ["Society"])
    chips = "".join(f'<li><a class="tag" href="/tag/{_slug(x)}">{t(x)}</a></li>' for x in tags)
    return (
        _final_head(f"{a.headline} | by {writer} | Quire", f'<meta name="description" content="{attr(_long_snippet(a, 140))}">')
        + '<body><div id="root"><div class="pw-topbar"><a href="/" class="pw-logo" aria-label="Quire home">Quire</a>'
        + '<div class="pw-search"><input type="search" placeholder="Search"></div>'
        + '<a href="/new-story">Write</a><button aria-label="Notifications"><svg></svg></button><img class="avatar" alt=""></div>'
        + '<div class="pw-meter">You are reading one of this month\'s free member-only stories. '
        + '<a href="/plans">Join Quire</a> to read without limits and pay writers for their work.</div>'
        + '<main><article><div class="pw-member"><svg></svg><span>Member-only story</span></div>'
        + f'<h1 class="pw-post-title">{t(a.headline)}</h1>'
        + f'<div class="pw-author"><img class="avatar" alt=""><a href="/@{_slug(writer)}">{t(writer)}</a>'
        + '<span> · </span><button class="follow">Follow</button></div>'
        + f'<div class="pw-reading">{_minutes(a, 230)}-minute read · {_short_us_date(a.day)}</div>'
        + action_bar()
        + f'<section class="pw-body">{_interleave(blocks, inserts)}</section>'
        + f'<ul class="pw-tags">{chips}</ul>'
        + action_bar()
        + f'<div class="pw-written-by"><img class="avatar" alt=""><h2>Written by {t(writer)}</h2>'
        + f"<p>{rng.randint(2, 40)}.{rng.randint(1, 9)}K followers · {rng.randint(20, 400)} following</p>"
        + "<p>Notes from the coast, mostly about the things that do not make the evening bulletin.</p>"
        + '<button class="follow">Follow</button></div>'
        + f'<section class="pw-responses"><h2>Responses ({responses})</h2>'
        + '<div class="respond"><img class="avatar" alt=""><textarea placeholder="What are your thoughts?"></textarea></div>'
        + f"{replies}<button>See all responses</button></section>"
        + "</article>"
        + f'<section class="more-from"><h2>More from {t(writer)}</h2>{more_from}<a href="/@{_slug(writer)}">See all from {t(writer)}</a></section>'
        + f'<section class="recommended"><h2>Recommended from Quire</h2>{recommended}<a href="/explore">See more recommendations</a></section>'
        + "</main>"
        + '<footer class="pw-footer"><a>Help</a> <a>Status</a> <a>About Quire</a> <a>Jobs</a> <a>Press kit</a> '
        + "<a>Privacy</a> <a>House rules</a> <a>Read aloud</a></footer>"
        + "</div></body></html>"
    )


GOV_DEPARTMENTS = [
    (("screening", "hospital", "patients", "health", "measles", "vaccin", "clinic"), "Department of Health and Island Care",
     ["Health and social care", "Public health"]),
    (("rail", "fares", "ferry", "bus", "airport", "airline", "road", "bridge", "trains"), "Department of Transport and Ports",
     ["Transport", "Local transport"]),
    (("school", "university", "students", "pupils", "teacher"), "Department of Education and Skills",
     ["Education, training and skills", "Schools"]),
    (("energy", "wind", "battery", "solar", "grid"), "Department of Energy and Climate", ["Environment", "Energy"]),
    (("tax", "budget", "currency", "bank", "duty"), "Department of Finance", ["Money", "Public finances"]),
    (("police", "court", "prison", "crime"), "Department of Justice", ["Crime, justice and law", "Courts"]),
    (("farm", "barley", "crop", "seed", "harvest", "orchard"), "Department of Farming, Food and Fisheries",
     ["Farming and food", "Crops and growing"]),
    (("charity", "volunteer", "community", "housing", "library"), "Department of Communities and Local Government",
     ["Housing, local and community", "Communities"]),
]  # fmt: skip


def _department(article: Article) -> tuple[str, list[str]]:
    """The department whose words the release uses most (the first on a tie), or a catch-all one."""
    text = " ".join(article.paragraphs).lower()
    best, hits = ("Department of Business and Regional Growth", ["Business and industry", "Regional growth"]), 0
    for words, name, topic in GOV_DEPARTMENTS:
        count = sum(len(re.findall(rf"\b{w}", text)) for w in words)
        if count > hits:
            best, hits = (name, topic), count
    return best


def tpl_gov_newsroom(a: Article, ctx: Ctx) -> str:
    """A government newsroom page (an invented .gov portal): breadcrumbs, 'Press release' label, a one-line
    summary repeating the release's first sentence (not body), 'From:' and 'Published' lines, 'Contents', the
    release, then 'Notes to editors' and press office contacts (not body), 'Share this page', 'Last updated', 'Is
    this page useful?' and a long footer of topics."""
    rng = ctx.rng
    department, topic = _department(a)
    issuer = _issuer(a) if a.kind == "press" else None
    sources = [issuer, department] if issuer and issuer not in department else [department]
    from_line = " and ".join(f'<a href="/organisations/{_slug(x)}">{t(x)}</a>' for x in sources)
    published = f"{a.day.day} {a.day.strftime('%B %Y')}"
    dept_mail = f"newsdesk@{_slug(department.removeprefix('Department of '))[:24].strip('-')}.gov.example"
    notes = [
        "Photographs and broadcast-quality interview clips are available from the press office on request.",
        f"{issuer} works with the {department} under a delivery agreement published last year."
        if issuer
        else "Figures in this release are provisional and may be revised when the annual statistics are published.",
        "Journalists can receive this department's releases by email from the subscriptions page.",
    ]
    crumbs = "".join(f'<li><a href="/browse/{_slug(x)}">{t(x)}</a></li>' for x in ["Home", *topic])
    related = "".join(f'<li><a href="/government/news/{x.slug}">{t(x.headline)}</a></li>' for x in ctx.pick_teasers(3))
    footer_topics = ["Benefits", "Births, deaths and marriages", "Business and self-employed", "Driving and transport",
                     "Education and learning", "Housing and local services", "Money and tax", "Passports and travel",
                     "Working, jobs and pensions"]  # fmt: skip
    summary = _first_sentence(a.paragraphs[0])
    dateline = re.match(r"[A-Z][A-Z .'-]+,.{0,60}?(?:—|–|--)\s*", summary)  # the summary drops a release's dateline
    if dateline:
        summary = summary[dateline.end() :]
        summary = summary[:1].upper() + summary[1:]
    return (
        _final_head(f"{a.headline} - VALDRIA.GOV", lang="en-GB")
        + '<body class="govvd-template__body"><a href="#main-content" class="govvd-skip-link">Skip to main content</a>'
        + '<div class="govvd-cookie-banner" role="region" aria-label="Cookies on VALDRIA.GOV"><h2>Cookies on VALDRIA.GOV</h2>'
        + "<p>We use some essential cookies to make this website work.</p><p>We would also like to set optional cookies "
        + "to understand how you use the site and to remember your settings. We do not use cookies for advertising.</p>"
        + "<button>Allow optional cookies</button><button>Keep essential cookies only</button>"
        + '<a href="/help/cookies">Cookie details</a></div>'
        + '<header class="govvd-header"><a href="/" class="govvd-header__logo">VALDRIA.GOV</a>'
        + '<button class="govvd-header__menu">Menu</button><form><label>Search VALDRIA.GOV</label><input type="search">'
        + "<button>Search</button></form></header>"
        + '<div class="govvd-phase-banner"><strong>NEW</strong> <span>This part of the site has just been redesigned. '
        + '<a href="/feedback">Tell us what you think</a>.</span></div>'
        + f'<nav class="govvd-breadcrumbs" aria-label="Breadcrumb"><ol>{crumbs}</ol></nav>'
        + '<main id="main-content"><div class="govvd-title"><span class="govvd-caption">Press release</span>'
        + f"<h1>{t(a.headline)}</h1>"
        + (f'<p class="govvd-lead">{t(summary)}</p>' if summary != a.paragraphs[0] else "")
        + "</div>"
        + f'<div class="govvd-metadata"><dl><dt>From:</dt><dd>{from_line}</dd><dt>Published</dt><dd>{published}</dd></dl></div>'
        + '<nav class="govvd-contents" aria-label="Contents"><h2>Contents</h2><ol>'
        + '<li><a href="#notes">Notes to editors</a></li><li><a href="#press-office">Press office</a></li></ol></nav>'
        + '<div class="govvd-body govspeak">'
        + "".join(f"<p>{t(p)}</p>" for p in a.paragraphs)
        + '<h2 id="notes">Notes to editors</h2><ol>'
        + "".join(f"<li>{t(x)}</li>" for x in notes)
        + '</ol><h2 id="press-office">Press office</h2>'
        + f"<p>{t(department)} press office<br>Email: {dept_mail}<br>Weekdays 8am to 6pm: 0300 555 0148<br>"
        + "Out of hours, for journalists only: 0300 555 0190</p></div>"
        + '<div class="govvd-share"><h2>Share this page</h2><ul><li><a href="#">Share by email</a></li>'
        + '<li><a href="#">Copy the link</a></li><li><a href="#">Print this page</a></li></ul></div>'
        + f'<p class="govvd-updated">Last updated {published} <a href="#history">+ see all updates</a></p>'
        + f'<aside class="govvd-related"><h2>Also on VALDRIA.GOV</h2><ul>{related}</ul></aside>'
        + '<aside class="govvd-explore"><h2>Explore the topic</h2><ul>'
        + "".join(f'<li><a href="/browse/{_slug(x)}">{t(x)}</a></li>' for x in topic)
        + "</ul></aside>"
        + '<div class="govvd-feedback"><h2>Is this page useful?</h2><button>Yes</button><button>No</button>'
        + '<a href="/contact/problem">Report a problem with this page</a></div>'
        + "</main>"
        + '<footer class="govvd-footer"><h2>Services and information</h2><ul>'
        + "".join(f'<li><a href="/browse/{_slug(x)}">{t(x)}</a></li>' for x in footer_topics)
        + "</ul><h2>Government activity</h2><ul><li>Departments</li><li>News and announcements</li><li>Guidance and regulation</li>"
        + "<li>Research and statistics</li><li>Policy papers and consultations</li><li>How government works</li></ul>"
        + "<ul><li>Help</li><li>Privacy</li><li>Cookies</li><li>Accessibility statement</li><li>Contact</li>"
        + "<li>Terms and conditions</li></ul>"
        + "<p>All content is available under the Valdria Open Licence 2.1, except where otherwise stated.</p>"
        + f"<p>© Valdria Office of Public Information {rng.choice([2024, 2025])}</p></footer>"
        + "</body></html>"
    )


NEIGHBOR_POSTS = [
    ("Classifieds", "Free to a good home: a wooden garden bench, a little weathered. Collect from the end of Ropewalk Lane."),
    ("Lost & Found", "Lost: grey tabby with a white bib, answers to Biscuit. Last seen near the allotments on Tuesday."),
    ("Neighbor Question", "Does anyone know a plumber who will come out at weekends? Ours has retired."),
    ("Kudos", "Huge thanks to the two lads who helped push my car off the level crossing on Sunday."),
    ("Event", "Quiz night at the scout hut on Friday, teams of up to six, all proceeds to the roof fund."),
    ("Recommendation", "The new bakery by the bus station does a proper seeded loaf. Get there before ten."),
]


def tpl_local_network(a: Article, ctx: Ctx) -> str:
    """A network of town news sites (Patch-like): the town's edition, staff byline with a local-editor badge,
    Thank and Reply counts, a 'free updates' line above the story and a 'Subscribe' box inside it (not body),
    'Neighbor Posts', a 'Nearby' towns rail, 'Sign up for free alerts' and replies with Thank and Reply buttons."""
    rng = ctx.rng
    town = _home_town(a, rng)
    edition = f"{town} Porchlight"
    day = a.day
    posted = f"{day.strftime('%a')}, {day.strftime('%b')} {day.day}, {day.year} at {_clock(rng, 6, 11)} am"
    updated = f"{_clock(rng, 1, 5)} pm"
    blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
    inserts: dict[int, str] = {}
    if len(blocks) > 2:
        inserts[1] = (
            '<div class="inline-subscribe"><h4>Get more local news delivered straight to your inbox. It\'s free.</h4>'
            f'<form><input type="email" placeholder="Your email"><button>Subscribe</button></form>'
            f'<p class="fine">One morning email for {t(town)}. Stop any time.</p></div>'
        )
    caption, photographer, _ = _final2_caption(ctx)
    figure = (
        f'<figure class="lead-image"><img src="/img/{rng.randint(10000, 99999)}.jpg" alt="">'
        f"<figcaption>{t(caption)} ({t(photographer)}/Porchlight)</figcaption></figure>"
    )
    thanks, reply_count = rng.randint(2, 60), rng.randint(3, 12)
    nearby = [x for x in FINAL2_TOWNS if x != town]
    nearby = rng.sample(nearby, 5)
    posts = "".join(
        f'<li class="neighbor-post"><span class="cat">{t(cat)}</span><p>{t(text)}</p>'
        f'<span class="who">{t(name)} · {t(rng.choice(nearby[:2] + [town]))} · {rng.randint(1, 23)}h</span></li>'
        for (cat, text), (name, _) in zip(rng.sample(NEIGHBOR_POSTS, 3), rng.sample(FINAL2_COMMENTS, 3))
    )
    replies = "".join(
        f'<li class="reply"><div class="reply-head"><b>{t(name)}</b> · {t(town)} · {rng.randint(1, 20)}h</div><p>{t(text)}</p>'
        f'<div class="reply-actions"><button>Thank ({rng.randint(0, 15)})</button><button>Reply</button></div></li>'
        for name, text in rng.sample(FINAL2_COMMENTS, 2)
    )
    more_here = "".join(
        f'<li><a href="/{_slug(town)}/{x.slug}">{t(x.headline)}</a> <span>{rng.randint(2, 23)}h</span></li>'
        for x in ctx.pick_teasers(4)
    )
    return (
        _final_head(f"{a.headline} | {edition}")
        + '<body><header class="pl-header"><div class="pl-brand"><a href="/" class="pl-logo">Porchlight</a></div>'
        + f'<div class="pl-town"><a class="pl-edition" href="/{_slug(town)}">{t(edition)}</a> <button>Change town</button></div>'
        + _nav(["Local News", "Neighbor Posts", "Calendar", "Classifieds", "Homes", "Schools", "Weather"], "pl-nav")
        + '<button class="pl-alerts">Sign up for free alerts</button><a href="/login">Log in</a></header>'
        + f'<div class="pl-consent" role="dialog"><p>{t(FINAL2_CONSENT[2])}</p><button>Approve all</button>'
        + "<button>Only what is needed</button><button>Review providers</button></div>"
        + '<div class="pl-layout"><main><article class="pl-article">'
        + f'<a class="pl-kicker" href="/{_slug(town)}/local-news">Local News</a>'
        + f"<h1>{t(a.headline)}</h1>"
        + f'<p class="pl-updates">Keep up with {t(town)}: free, same-day updates from Porchlight.</p>'
        + f'<div class="pl-byline"><img class="avatar" alt=""><span class="name">{t(a.author + ", " if a.author else "")}Porchlight Staff</span> '
        + '<span class="badge">✓ Local editor</span>'
        + f'<div class="pl-date">Posted {posted} · Updated {updated}</div></div>'
        + f'<div class="pl-actions"><button>Thank ({thanks})</button><button>Reply ({reply_count})</button><button>Share</button></div>'
        + figure
        + f'<div class="pl-body">{_interleave(blocks, inserts)}</div>'
        + f'<div class="pl-actions"><button>Thank ({thanks})</button><button>Reply ({reply_count})</button><button>Share</button></div>'
        + "</article>"
        + '<section class="pl-replies"><h2>Replies</h2><p class="pl-rules">House rules for replies: be kind, keep it local, '
        + f'and no personal attacks. <a href="/rules">Read the full rules</a></p><ol>{replies}</ol>'
        + f"<button>Show all {reply_count} replies</button></section>"
        + f'<section class="pl-more"><h2>More from {t(edition)}</h2><ul>{more_here}</ul></section>'
        + "</main>"
        + '<aside class="pl-rail">'
        + f'<div class="pl-neighbors"><h2>Neighbor Posts</h2><ul>{posts}</ul><button>Post something to your neighbors</button></div>'
        + '<div class="pl-nearby"><h2>Nearby</h2><ul>'
        + "".join(f'<li><a href="/{_slug(x)}">{t(x)}</a> <span>{rng.randint(2, 19)} mi</span></li>' for x in nearby)
        + "</ul></div>"
        + f'<div class="pl-signup"><h3>Sign up for free alerts</h3><p>Breaking news from {t(town)} the moment it happens.</p>'
        + '<form><input type="email" placeholder="Your email"><button>Get alerts</button></form></div>'
        + "</aside></div>"
        + '<footer class="pl-footer"><p>Porchlight is an independent network of 300 town news sites.</p>'
        + "<ul><li>About Porchlight</li><li>Advertise locally</li><li>Community guidelines</li><li>Terms</li>"
        + "<li>Privacy</li><li>Help</li></ul><p>© 2025 Porchlight Local Media, Inc.</p></footer>"
        + "</body></html>"
    )


def tpl_infinite_scroll(a: Article, ctx: Ctx) -> str:
    """A page with infinite scroll: the article with an ad and 'Story continues below' after every second
    paragraph, then an 'Up next' marker and the NEXT story already loaded under it, with its own headline,
    byline, picture and first paragraphs (not body), then a loading line for the one after."""
    rng = ctx.rng

    def ad_break() -> str:
        return (
            f'<div class="sk-ad" data-slot="inline-{rng.randint(1, 99)}"><div class="sk-ad__tag">Ad content</div>'
            '<div class="sk-ad__unit"></div><div class="sk-ad__continue">Story continues below</div></div>'
        )

    def story(article: Article, paragraphs: list[str], first: bool) -> str:
        caption, photographer, agency = _final2_caption(ctx)
        blocks = [f'<p class="sk-p">{t(p)}</p>' for p in paragraphs]
        inserts = {i: ad_break() for i in range(1, len(blocks) - 1, 2)}
        kicker = rng.choice(["Region", "Money", "Health", "Frontline"])
        byline = article.byline or "By Standard reporters"
        stamp = f"{article.day.day} {article.day.strftime('%B %Y')} • {_clock(rng, 7, 11)}am"
        return (
            f'<article class="sk-story{"" if first else " sk-story--next"}" data-url="/{kicker.lower()}/{_slug(article.headline)}">'
            f'<a class="sk-kicker" href="/{_slug(kicker)}">{t(kicker)}</a><h1>{t(article.headline)}</h1>'
            f'<div class="sk-byline">{t(byline)}</div><div class="sk-date">Published {stamp}</div>'
            '<div class="sk-share"><button>Share this story</button><button>Save for later</button></div>'
            f'<figure><img src="/pics/{rng.randint(1000, 9999)}.jpg" alt=""><figcaption>{t(caption)} | '
            f"{t(photographer)} / {t(agency)}</figcaption></figure>"
            f'<div class="sk-body">{_interleave(blocks, inserts)}</div>'
            + ("" if first else f'<a class="sk-read-on" href="/{_slug(article.headline)}">Continue reading</a>')
            + "</article>"
        )

    upcoming = ctx.others[0] if ctx.others else None
    after = ""
    if upcoming is not None:
        after = (
            '<div class="sk-divider" role="separator"><span>Up next</span> <span>Keep scrolling</span></div>'
            + story(upcoming, upcoming.paragraphs[:3], first=False)
            + '<div class="sk-loading">Loading the next story…</div>'
        )
    talk = "".join(
        f'<li><a href="/{x.slug}">{t(x.headline)}</a><div class="sk-count">{rng.randint(40, 900)} comments</div></li>'
        for x in ctx.pick_teasers(5)[1:]
    )
    topics = _towns_in(a)[:3] or [rng.choice(FINAL2_TOWNS)]
    return (
        _final_head(f"{a.headline} | The Skerry Standard")
        + '<body><header class="sk-header"><a href="/" class="sk-logo">The Skerry Standard</a>'
        + _nav(["Headlines", "Region", "World", "Money", "Sport", "Health", "Travel", "Puzzles"], "sk-nav")
        + '<a href="/join">Join the Standard</a> <a href="/signin">Sign in</a></header>'
        + f'<div class="sk-consent" role="dialog"><p>{t(FINAL2_CONSENT[0])}</p><button>Accept everything</button>'
        + "<button>Choose purposes</button></div>"
        + '<div class="sk-page"><main class="sk-stream">'
        + story(a, a.paragraphs, first=True)
        + '<div class="sk-after"><span>More on:</span> '
        + " ".join(f'<a href="/topic/{_slug(x)}">{t(x)}</a>' for x in topics)
        + "</div>"
        + after
        + "</main>"
        + f'<aside class="sk-rail"><h2>Readers are talking about</h2><ol>{talk}</ol></aside></div>'
        + '<footer class="sk-footer"><ul><li>Contact the Standard</li><li>Complaints and corrections</li><li>Your data</li>'
        + "<li>Ad choices</li><li>Jobs at the Standard</li></ul><p>The Skerry Standard is published by Skerry News Holdings. "
        + "Copyright 2025.</p></footer>"
        + "</body></html>"
    )


PRINT_SUBHEADS = ["The long way round", "What the ledgers show", "A question of money", "Closer to home", "Counting down",
                  "The other side", "After the meeting", "Old habits", "Small print", "Into the evening"]  # fmt: skip
CONTRIBUTOR_NOTES = [
    "Their reporting from the coast has appeared in the magazine since 2019.",
    "They are working on a book about the islands and the people who left them.",
    "They live inland, which they say gives them a useful distance from the sea.",
]


def _print_headline(headline: str) -> str:
    for mark in (":", " – ", ", "):
        if mark in headline:
            return headline.split(mark, 1)[0].strip()
    return headline


def tpl_print_magazine(a: Article, ctx: Ctx) -> str:
    """A magazine's web page for a print-edition story: 'From the <month> issue', rubric, a deck repeating a body
    sentence (not body), a drop cap in its own <span> and small capitals on the opening words (the paragraph's
    visible text stays whole), <h2> section subheads between paragraphs (not body), a contributor box and a
    'This story was published in print on ... with the headline ...' note."""
    rng = ctx.rng
    n = len(a.paragraphs)
    day = a.day
    issue = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    printed = date(issue.year, issue.month, rng.randint(2, 20))
    rubric = {"feature": "Reportage", "opinion": "Argument", "long": "Dispatch"}.get(a.kind, "Notebook")
    first = a.paragraphs[0]
    words = first[1:].split(" ", 3)
    if len(words) == 4:
        opening = f'<span class="smallcaps">{t(" ".join(words[:3]))}</span>{t(" " + words[3])}'
    else:
        opening = t(first[1:])
    blocks = [f'<p class="lede"><span class="dropcap">{t(first[0])}</span>{opening}</p>']
    blocks += [f'<p class="body-copy">{t(p)}</p>' for p in a.paragraphs[1:]]
    inserts: dict[int, str] = {}
    caption, photographer, _ = _final2_caption(ctx)
    if n >= 5:
        inserts[n // 2] = (
            f'<figure class="inset"><img src="/issues/{issue:%Y-%m}/{rng.randint(10, 99)}.jpg" alt="">'
            f'<figcaption>{t(caption)} <span class="credit">{t(photographer)} for The Cormorant</span></figcaption></figure>'
        )
    heads = rng.sample(PRINT_SUBHEADS, 2)
    for at, head in [(n // 3 - 1, heads[0]), (2 * n // 3 - 1, heads[1])][: (n >= 6) + (n >= 9)]:
        inserts[at] = inserts.get(at, "") + f'<h2 class="subhead">{t(head)}</h2>'
    decks = [_first_sentence(p) for p in a.paragraphs[n // 2 :] if _first_sentence(p) != p] if n > 2 else []
    decks = [x for x in decks if 8 <= len(x.split()) <= 35]  # a deck never repeats a whole paragraph
    deck = f'<div class="deck">{t(decks[0])}</div>' if decks else ""
    contributor = ""
    if a.author and not a.is_team:
        contributor = (
            f'<aside class="contributor"><img alt=""><p><b>{t(a.author)}</b> is a contributing writer at The Cormorant. '
            f'{t(rng.choice(CONTRIBUTOR_NOTES))}</p><a href="/contributors/{_slug(a.author)}">All stories by {t(a.author)}</a></aside>'
        )
    in_issue = "".join(
        f'<li><a href="/{issue:%Y/%m}/{_slug(o.headline)}">{t(o.headline)}</a><div class="by">by {t(o.author or "the editors")}</div></li>'
        for o in ctx.others[:4]
    )
    return (
        _final_head(f"{a.headline} | The Cormorant")
        + '<body class="issue-story"><header class="crm-header"><a href="/" class="crm-wordmark">THE CORMORANT</a>'
        + _nav(["Current issue", "Archive", "Reporting", "Essays", "Criticism", "Photography", "Letters"], "crm-nav")
        + '<a href="/shop">Get the magazine</a> <a href="/signin">Sign in</a></header>'
        + f'<div class="crm-consent"><p>{t(FINAL2_CONSENT[1])}</p><button>Allow optional</button><button>Essential only</button></div>'
        + '<main><article class="crm-story">'
        + f'<div class="crm-issue"><a href="/issues/{issue:%Y-%m}">From the {issue:%B %Y} issue</a></div>'
        + f'<div class="crm-rubric">{rubric}</div><h1>{t(a.headline)}</h1>{deck}'
        + f'<div class="crm-credits"><div>By {t(a.author or "The Cormorant")}</div>'
        + f"<div>Photographs by {t(photographer)}</div></div>"
        + '<div class="crm-tools"><button>Save</button><button>Give this story</button><button>Print</button></div>'
        + f'<div class="crm-body">{_interleave(blocks, inserts)}</div>'
        + '<div class="crm-end">■</div>'
        + contributor
        + f'<p class="crm-print-note">This story was published in print on {_us_date(printed)}, in the {issue:%B %Y} issue of '
        + f"The Cormorant, with the headline “{t(_print_headline(a.headline))}”.</p>"
        + "</article>"
        + f'<section class="crm-in-issue"><h2>Also in this issue</h2><ul>{in_issue}</ul></section>'
        + '<div class="crm-shop"><h3>The Cormorant, in print</h3><p>Four issues a year, posted anywhere in the world. '
        + 'Every subscription includes the full archive.</p><a href="/shop">Get the magazine</a></div>'
        + '<div class="crm-letters"><p>Something to say about this story? Write to the editors at letters@cormorant.example. '
        + "Letters may be edited for length.</p></div>"
        + "</main>"
        + '<footer class="crm-footer"><p>The Cormorant is published quarterly by Tern Row Editions.</p>'
        + "<p><a>Masthead</a> <a>Submissions</a> <a>Stockists</a> <a>Privacy</a> <a>Your data</a></p></footer>"
        + "</body></html>"
    )


_HEAD_TAIL = {"the", "a", "an", "of", "to", "and", "in", "on", "at", "for", "by", "with", "that", "from", "as", "is", "was",
              "has", "have", "had", "were", "are", "be", "but", "or", "its", "their", "his", "her", "after", "who", "which",
              "than", "this", "will", "would", "st", "dr", "mr", "mrs", "ms"}  # fmt: skip
_HEAD_CUT = {"is", "was", "has", "have", "had", "were", "are", "will", "would", "after", "who", "which", "that", "as",
             "when", "while", "because", "but", "to", "for"}  # fmt: skip
LIVE_FALLBACK_HEADS = ["Update", "From our reporters", "In brief", "Quick update"]


def _entry_headline(text: str, index: int) -> str:
    """A live entry's headline: the opening clause of its first sentence, at most nine words."""
    clause = re.split(r"[,;:—–]|\s(?:said|says|told)\b", _first_sentence(text).replace("“", "").replace('"', ""))[0]
    words = clause.split()
    if len(words) > 9:  # cut before a small word, so the headline does not stop mid-phrase
        cut = [k for k in range(4, 10) if words[k].lower() in _HEAD_CUT]
        words = words[: cut[0] if cut else 9]
    while words and words[-1].lower().strip(".,'’”") in _HEAD_TAIL:
        words.pop()
    head = " ".join(words).rstrip(".,!?'’”")
    if len(words) < 3:
        return LIVE_FALLBACK_HEADS[index % len(LIVE_FALLBACK_HEADS)]
    return head[0].upper() + head[1:]


def _ago(minutes: int) -> str:
    return f"{minutes}m ago" if minutes < 60 else f"{minutes // 60}h ago"


def tpl_liveblog_d(a: Article, ctx: Ctx) -> str:
    """A live page in time order, oldest first: every entry has an <h3> headline taken from its opening clause
    (not body) and a relative stamp ('3h ago', '14m ago'), the newest carries a 'Latest' flag, and a reader poll
    sits in the middle of the stream. As for the other live pages, the gold is the paragraphs in filed order."""
    rng = ctx.rng
    n = len(a.paragraphs)
    ages = [rng.randint(3, 25)]
    for _ in range(n - 1):
        ages.append(ages[-1] + rng.randint(9, 50))
    ages.reverse()  # oldest entry first
    entries = []
    for i, (p, age) in enumerate(zip(a.paragraphs, ages)):
        flag = '<span class="bt-latest">Latest</span> ' if i == n - 1 else ""
        entries.append(
            f'<article class="bt-update" id="update-{i}"><div class="bt-update__stamp">{flag}'
            f'<time datetime="{a.published}">{_ago(age)}</time></div>'
            f'<h3 class="bt-update__title">{t(_entry_headline(p, i))}</h3>'
            f'<div class="bt-update__body"><p>{t(p)}</p></div>'
            '<div class="bt-update__tools"><button>Share update</button></div></article>'
        )
    poll = (
        '<aside class="bt-poll"><h4>Reader poll</h4><p class="bt-poll__q">Has today\'s news changed your plans for the week?</p>'
        "<ul><li><button>Yes, completely</button></li><li><button>A little</button></li><li><button>Not at all</button></li></ul>"
        f'<p class="bt-poll__meta">{rng.randint(300, 9000):,} votes so far · Not a scientific survey</p></aside>'
    )
    stream = _interleave(entries, {max(0, n // 2 - 1): poll})
    more = "".join(f'<li><a href="/{x.slug}"><h3>{t(x.headline)}</h3></a><p>{t(x.snippet)}</p></li>' for x in ctx.pick_teasers(4))
    return (
        _final_head(f"{a.headline} – follow live | Brackwater Times")
        + '<body><header class="bt-header"><a href="/" class="bt-logo">Brackwater Times</a>'
        + _nav(["Front page", "Region", "Assembly", "Business", "Sport", "Going out", "Puzzles"], "bt-nav")
        + '<a href="/trial">Try 30 days free</a></header>'
        + f'<div class="bt-consent" role="dialog"><p>{t(FINAL2_CONSENT[2])}</p><button>Approve all</button>'
        + "<button>Strictly necessary only</button></div>"
        + '<main class="bt-live"><div class="bt-live__head"><span class="bt-following">Following live</span>'
        + f"<h1>{t(a.headline)}</h1>"
        + f'<div class="bt-reported">Reported by {t(a.author or "the Times live team")}</div>'
        + '<div class="bt-order"><span>Showing:</span> <button aria-pressed="true">Oldest first</button> '
        + '<button aria-pressed="false">Newest first</button></div>'
        + f'<a class="bt-jump" href="#update-{n - 1}">Jump to the latest update</a></div>'
        + f'<div class="bt-stream">{stream}</div>'
        + '<div class="bt-end">That is everything so far. New updates will appear at the bottom of this page.</div>'
        + "</main>"
        + f'<aside class="bt-more"><h2>More from the Times</h2><ul>{more}</ul></aside>'
        + '<div class="bt-tips"><h3>Seen something?</h3><p>Send photos and video to the newsdesk on 0700 900 412 or '
        + "pictures@brackwater.example. Tell us where and when they were taken.</p></div>"
        + '<footer class="bt-footer"><p>Brackwater Times, Customs House Yard, Brackwater.</p>'
        + "<p><a>Contact the newsdesk</a> <a>Reader standards</a> <a>Privacy</a> <a>Your data</a> <a>Sitemap</a></p></footer>"
        + "</body></html>"
    )


def tpl_sectioned_gallery(a: Article, ctx: Ctx) -> str:
    """A page whose story is cut into several <section> elements with picture galleries between them (a
    visible slide with '1 / 6', 'Previous image' and 'Next image', the other slides hidden), and a sticky
    'Most read' bar across the top."""
    rng = ctx.rng
    n = len(a.paragraphs)
    parts = 1 if n == 1 else 2 if n <= 5 else 3
    cuts = [round(k * n / parts) for k in range(parts + 1)]
    captions = rng.sample(FINAL2_CAPTIONS, 10)
    sizes = [6, 4]

    def gallery(g: int) -> str:
        size = sizes[g]
        slides = ""
        for k in range(size):
            caption = captions[sum(sizes[:g]) + k]
            photographer, agency = rng.choice(FINAL2_PHOTOGRAPHERS), rng.choice(FINAL2_AGENCIES)
            hidden = "" if k == 0 else " hidden"
            slides += (
                f'<figure class="et-slide"{hidden}><img src="/gallery/{rng.randint(10000, 99999)}.jpg" alt="">'
                f'<figcaption><span class="et-count">{k + 1} / {size}</span> {t(caption)} '
                f'<span class="et-credit">Image: {t(photographer)} / {t(agency)}</span></figcaption></figure>'
            )
        return (
            f'<div class="et-gallery" role="region" aria-label="Picture set"><div class="et-gallery__title">Picture set</div>{slides}'
            '<div class="et-gallery__nav"><button>Previous image</button><button>Next image</button></div>'
            f'<a class="et-gallery__all" href="#">See all {size} pictures</a></div>'
        )

    body = ""
    for k in range(parts):
        paras = "".join(f"<p>{t(p)}</p>" for p in a.paragraphs[cuts[k] : cuts[k + 1]])
        body += f'<section class="et-part" data-part="{k + 1}">{paras}</section>'
        if k < 2 and (k < parts - 1 or parts == 1):
            body += gallery(k)
    most_read = "".join(f'<li><a href="/{x.slug}">{t(x.headline)}</a></li>' for x in ctx.pick_teasers(3))
    picks = "".join(
        f'<li><a href="/{x.slug}"><h3>{t(x.headline)}</h3></a><p>{t(x.snippet)}</p></li>' for x in ctx.later_teasers(3)
    )
    filed = _towns_in(a)[:2] + [{"press": "Announcements", "opinion": "Views", "liveblog": "Rolling news"}.get(a.kind, "Region")]
    return (
        _final_head(f"{a.headline} | Ebbside Today")
        + '<body><header class="et-header"><a href="/" class="et-logo">Ebbside <b>Today</b></a>'
        + _nav(["News", "Pictures", "Video", "What's on", "Food", "Homes", "Motors", "Jobs"], "et-nav")
        + "</header>"
        + '<div class="et-sticky" style="position:sticky;top:0"><span class="et-sticky__label">Most read</span>'
        + f'<ol>{most_read}</ol><button aria-label="Close">×</button></div>'
        + '<div class="et-cookies" role="dialog"><p>Ebbside Today uses cookies for adverts and to count visits. '
        + "You decide which ones run.</p><button>Accept</button><button>Decide for me later</button></div>"
        + '<main><article class="et-article">'
        + f'<div class="et-label">News</div><h1>{t(a.headline)}</h1>'
        + f'<div class="et-meta"><span>{t(a.byline or "Ebbside Today newsroom")}</span> · '
        + f"<span>{a.day.day} {a.day.strftime('%B %Y')}, {_clock(rng, 6, 11)}am</span></div>"
        + '<div class="et-share"><button>Send</button><button>Post</button><button>Copy</button></div>'
        + body
        + '<div class="et-filed"><span>Filed in</span> '
        + " ".join(f'<a href="/in/{_slug(x)}">{t(x)}</a>' for x in filed)
        + "</div></article>"
        + f'<section class="et-picks"><h2>Editor\'s picks</h2><ul>{picks}</ul></section>'
        + "</main>"
        + '<footer class="et-footer"><p>Ebbside Today, part of Strandline Regional Media.</p>'
        + "<p><a>Contact</a> <a>Editorial code</a> <a>Notices</a> <a>Privacy centre</a> <a>Terms</a></p></footer>"
        + "</body></html>"
    )


# ---------------------------------------------------------------------------------------------
# "final3" templates: written after "final2" had been read, with chrome vocabulary of their own again (none of the
# constants above, final and final2 ones included, appear on these pages)

FINAL3_CONSENT = [
    "We would like your permission to use cookies, pixels and similar tools. With them we and 38 partners measure "
    "readership, remember your preferences and show advertising that helps pay for local reporting. Press Accept to "
    "agree to all of it, Refuse to keep only the strictly necessary ones, or Customise to choose partner by partner.",
    "Quick question about tracking: may we count your visit and show you fewer, better-matched adverts? Nothing is "
    "set until you say yes.",
    "This site stores small data files on your device. Essential files keep you signed in; analytics files help us "
    "see which stories are useful to readers. Change this whenever you like under Privacy choices.",
]
FINAL3_CAPTIONS = [
    "A tractor crosses the flooded lane outside the village.",
    "The signal lamp in the window of the old harbourmaster's office.",
    "Pupils rehearse in the school hall ahead of the spring concert.",
    "Engineers inspect cracks in the footbridge over the canal.",
    "Shoppers shelter under the arcade during a heavy shower.",
    "The empty terraces of the ground on a weekday morning.",
    "Runners climb the final hill on the moor road.",
    "A researcher labels samples in the field station's laboratory.",
    "Delivery vans queue at the depot gates before dawn.",
    "Campaigners hand in a petition at the civic centre.",
    "Rain sweeps across the estate roofs in the late afternoon.",
    "Fog lifts over the reservoir above the town.",
]
FINAL3_PHOTOGRAPHERS = ["Hester Quayle", "Ravi Lindgren", "Ottavia Bresk", "Jonah Fairweather", "Mireille Daab",
                        "Sunniva Holt", "Casper Ngata"]  # fmt: skip
FINAL3_AGENCIES = ["Stillwater Pictures", "Kingfisher Press Images", "Fieldglass Agency", "Ashgrove Photo Pool"]
FINAL3_COMMENTS = [
    ("wagtail_wendy", "Lived here all my life and I still learned something from this. Thank you."),
    ("D. Achebe", "The numbers in the fourth paragraph do not quite add up to me. Can someone check?"),
    ("millpond", "Good to see this reported at last. It has been the talk of the pub for weeks."),
    ("Ros K", "I emailed my councillor about exactly this in January. Still waiting for a reply."),
    ("old_signalman", "We had the same argument in the eighties. Nothing new under the sun."),
    ("Tamsin B.", "Sending this to my mum, she will want to read it."),
    ("fenlander_jo", "Interesting, but I would have liked to hear from the other side as well."),
    ("Ibrahim S", "Credit where it is due, this is a well researched piece."),
    ("nightjar", "Let us see if anything has changed a year from now."),
    ("C. Lowther", "The photograph is of the east end, not the west end as the caption says."),
    ("harebell_h", "Cautiously optimistic. The detail will matter more than the headline."),
    ("P. Oyelaran", "Why does it always take a crisis before anyone acts?"),
]
FINAL3_TOWNS = ["Rookwood", "Cullerton", "Wexley Marsh", "Altenby", "Mossford", "Strand Amory", "Yarrowgate",
                "Caddon Ferry", "Lake Amory", "Northmere"]  # fmt: skip
WIRE3 = "Lodestar Press"


def _final3_caption(ctx: Ctx) -> tuple[str, str, str]:
    return _caption_from(ctx, FINAL3_CAPTIONS, FINAL3_PHOTOGRAPHERS, FINAL3_AGENCIES)


def _card_snippet(article: Article, limit: int = 120) -> str:
    sentence = _first_sentence(article.paragraphs[0])
    return sentence if len(sentence) <= limit else sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


SPONSORED3 = [
    "Homeowners over 55 are only now hearing about this equity release rule",
    "The cordless hedge trimmer that gardeners keep selling out of",
    "Why physiotherapists are quietly recommending this office chair",
    "Seven coastal cottages you can still book for August",
    "What a used electric car really costs after three winters",
    "The hearing test you can do at home in ten minutes",
]


def tpl_wire_client(a: Article, ctx: Ctx) -> str:
    """A metro paper carrying agency copy (a wire service's client site): a 'From the wire' label, the byline in
    capitals with the agency's name, an inline 'Related coverage' box of links between paragraphs, a '___' rule and
    an agency contributor line inside the story's own markup (not body), the agency's reproduction notice,
    'Sponsored stories' and a conversation; JSON-LD carries the story as articleBody. A press release carried by
    the site gets a paid-content label and a distribution note instead (not body)."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    press = a.kind == "press"
    writer = a.author if a.author and not a.is_team else None
    stamp = f"{rng.randint(5, 11)}:{rng.randint(0, 59):02d} AM"
    blocks = [f'<p class="story-p">{t(p)}</p>' for p in a.paragraphs]
    inserts: dict[int, str] = {}
    caption, photographer, _ = _final3_caption(ctx)
    if n >= 3:
        inserts[0] = (
            f'<figure class="story-photo"><img src="/wire-photos/{rng.randint(100000, 999999)}.jpg" alt="{attr(caption)}">'
            f'<figcaption><p class="story-photo__caption">{t(caption)}</p>'
            f'<p class="story-photo__credit">({WIRE3} photo/{t(photographer)})</p></figcaption></figure>'
        )
    if n >= 4:
        links = "".join(f'<li><a href="/wire/{x.slug}">{t(x.headline)}</a></li>' for x in ctx.pick_teasers(3))
        inserts[1] = (
            f'<aside class="related-coverage" aria-label="Related coverage"><h2>Related coverage</h2><ul>{links}</ul></aside>'
        )
    tail = ""
    if press:
        tail = (
            f'<p class="story-note">This release was distributed by {WIRE3} Business Service on behalf of the issuer, '
            "which is responsible for its content.</p>"
        )
    elif a.kind in ("wire", "short", "long") and n >= 2:
        helper = rng.choice(["Annika Rusk", "Joaquim Teller", "Beatrice Ondaatje", "Lars Whitmore"])
        dateline = re.match(r"([A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+)*),", a.paragraphs[0])
        town = dateline.group(1).title() if dateline else rng.choice(_towns_in(a, FINAL3_TOWNS) or FINAL3_TOWNS[:3])
        tail = (
            '<p class="story-p story-p--contrib">___</p>'
            f'<p class="story-p story-p--contrib"><i>{WIRE3} writer {helper} in {t(town)} contributed to this report.</i></p>'
        )
    if press:
        credit = '<div class="story-credit"><span class="paid-label">PRESS RELEASE</span> Paid content. The Register newsroom was not involved in its creation.</div>'
    else:
        who = f"By {t(writer.upper())}" if writer else ""
        credit = f'<div class="story-credit">{who} <span class="agency">{WIRE3}</span></div>'
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a.headline,
        "datePublished": f"{a.published}T{rng.randint(10, 16)}:{rng.randint(0, 59):02d}:00Z",
        "author": {"@type": "Person" if writer else "Organization", "name": writer or WIRE3},
        "sourceOrganization": {"@type": "NewsMediaOrganization", "name": WIRE3},
        "articleBody": "\n\n".join(a.paragraphs),
    }
    promoted = "".join(
        f'<div class="promoted-card"><a href="/go/{rng.randint(10000, 99999)}"><img src="/p/{k}.jpg" alt="">'
        f'<div class="promoted-card__title">{t(x)}</div></a><div class="promoted-card__src">{t(src)}</div></div>'
        for k, (x, src) in enumerate(
            zip(rng.sample(SPONSORED3, 4), ["Retire Wisely", "Garden Deals Today", "Comfort at Work", "Shore Lets"])
        )
    )
    trending = "".join(
        f'<li><a href="/news/{x.slug}">{t(x.headline)}</a> <span class="ago">{rng.randint(1, 9)} hrs ago</span></li>'
        for x in ctx.later_teasers(4)
    )
    talk = "".join(
        f'<div class="talk-item"><div class="talk-item__who">{t(name)}</div><div class="talk-item__text">{t(text)}</div>'
        f'<div class="talk-item__tools"><a href="#">Respond</a> · <a href="#">Flag</a> · {rng.randint(0, 25)} likes</div></div>'
        for name, text in rng.sample(FINAL3_COMMENTS, 2)
    )
    sections = ["Local", "Region", "Nation &amp; World", "Business", "Sports", "Life", "Obituaries", "Opinion", "e-Edition"]
    return (
        _final_head(f"{a.headline} | The Amory Valley Register", f'<script type="application/ld+json">{json.dumps(ld)}</script>')
        + '<body class="story-page wire-story"><div class="top-strip">'
        + f'<span class="top-strip__date">{day.strftime("%A")}, {_us_date(day)}</span> '
        + '<a href="/subscribe">Subscribe: 3 months for $5</a> <a href="/account">My account</a></div>'
        + '<header class="masthead"><a class="masthead__logo" href="/">The Amory Valley Register</a>'
        + '<nav class="section-nav">'
        + " ".join(f'<a href="/{_slug(s)}">{s}</a>' for s in sections)
        + "</nav></header>"
        + '<div id="privacy-prompt" class="pp-overlay" role="dialog"><div class="pp-box"><h2>Before you continue</h2>'
        + f"<p>{t(FINAL3_CONSENT[0])}</p><button>Accept</button><button>Refuse</button><button>Customise</button></div></div>"
        + '<main class="story-layout"><article class="story">'
        + f'<div class="story-label">{"Press release" if press else "From the wire"}</div>'
        + f'<h1 class="story-title">{t(a.headline)}</h1>'
        + credit
        + f'<div class="story-time">Updated {stamp} {_us_date(day)}</div>'
        + '<div class="story-tools"><button>Share</button><button>Copy link</button><button>Print</button></div>'
        + f'<div class="story-body">{_interleave(blocks, inserts)}{tail}</div>'
        + f'<p class="wire-rights">© {day.year} {WIRE3}. Reprinting, broadcast or redistribution of this material '
        + "needs the agency's written consent.</p>"
        + "</article>"
        + f'<aside class="trending"><h2>Trending in the valley</h2><ol>{trending}</ol></aside>'
        + f'<section class="promoted-grid"><div class="promoted-grid__head">Sponsored stories <span>by Linkloom</span></div>{promoted}</section>'
        + f'<section class="talk"><h2>Conversation</h2><div class="talk__count">{rng.randint(3, 40)} comments</div>{talk}'
        + '<p class="talk__rules">Comments are reviewed before they appear. <a href="/rules">Our community rules</a></p></section>'
        + "</main>"
        + '<footer class="register-footer"><p>The Amory Valley Register · 40 Mill Street, Rookwood</p>'
        + "<ul><li>Customer service</li><li>Place an obituary</li><li>Public notices</li><li>Newsroom ethics</li>"
        + "<li>Privacy notice</li><li>Terms of service</li></ul><p>© 2025 Amory Valley Publishing Co.</p></footer>"
        + "</body></html>"
    )


SPORT_CLUBS3 = ["Haverleigh Town", "Dunmore Rangers", "Cullerton United", "Altenby Wanderers", "Mossford Albion",
                "Yarrowgate Rovers", "Strand Amory FC", "Northmere City", "Rookwood Athletic", "Caddon Ferry"]  # fmt: skip
RUGBY_CLUBS3 = ["Haverleigh RFC", "Dunmore Harlequins", "Cullerton Pirates", "Mossford Vale", "Northmere Oaks",
                "Strand Amory Saints", "Yarrowgate Rams", "Altenby Griffins"]  # fmt: skip
SCOREBOXES = {
    "P107": {
        "competition": "Combination Cup, quarter-final",
        "status": "Full time",
        "home": "Rookwood Athletic",
        "away": "Caddon Ferry",
        "score": ("3", "1"),
        "events": (["Okafor 27', 38'", "Sandvik 90+3'"], ["Marsh 8'", "Reyes 55' (sent off)"]),
        "venue": "Millrace Park",
        "crowd": "Att: 6,412",
        "stats": [("Possession", "61%", "39%"), ("Shots", "17", "7"), ("Shots on target", "8", "2"),
                  ("Corners", "9", "3"), ("Fouls", "10", "14"), ("Yellow cards", "1", "2"), ("Red cards", "0", "1")],
    },
    "P114": {
        "competition": "Northmere County Cup, semi-final",
        "status": "Wexley Marsh won by 4 runs",
        "home": "Wexley Marsh",
        "away": "Altenby",
        "score": ("212-8 (50 ov)", "208 (49.5 ov)"),
        "events": (["Venkatesan 74", "Leclerc 4-29"], ["Oduya 66"]),
        "venue": "Beckside Road",
        "crowd": "Toss: Wexley Marsh, chose to bat",
        "stats": [("Run rate", "4.24", "4.20"), ("Fours", "17", "19"), ("Sixes", "3", "2"), ("Extras", "14", "11"),
                  ("Dot balls", "161", "148")],
    },
    "P122": {
        "competition": "Northmere County Cup, final",
        "status": "Strand Amory won by 6 wickets",
        "home": "Wexley Marsh",
        "away": "Strand Amory",
        "score": ("196 (46.3 ov)", "197-4 (47.1 ov)"),
        "events": (["Carrick 72"], ["Haddad 88*", "Okoro 5-38"]),
        "venue": "Beckside Road",
        "crowd": "Toss: Strand Amory, chose to bowl",
        "stats": [("Run rate", "4.22", "4.18"), ("Fours", "21", "18"), ("Sixes", "1", "4"), ("Extras", "9", "12"),
                  ("Dot balls", "158", "151")],
    },
}  # fmt: skip


SPORT_STORIES = frozenset({"P103", "P105", "P106", "P107", "P114", "P122"})  # the sports site carries these only


def tpl_sports_desk(a: Article, ctx: Ctx) -> str:
    """A sports site: a 'Latest scores' strip of invented fixtures, a match centre with the score, scorers, venue and a
    match stats table above the report where the article is a match report (SCOREBOXES), a highlights video box and an
    advert between paragraphs, a league table and 'Most popular' in the rail, a comments button (all not body)."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    text = a.headline + " " + " ".join(a.paragraphs)
    clubs = rng.sample([c for c in SPORT_CLUBS3 if c not in text], 8)
    strip = "".join(
        f'<li class="fixture"><span>{t(clubs[2 * k])}</span> <b>{rng.randint(0, 4)}-{rng.randint(0, 3)}</b> '
        f'<span>{t(clubs[2 * k + 1])}</span> <abbr title="Full time">FT</abbr></li>'
        for k in range(4)
    )
    box = ""
    info = SCOREBOXES.get(a.id)
    if info:
        home_events = "".join(f"<li>{t(x)}</li>" for x in info["events"][0])
        away_events = "".join(f"<li>{t(x)}</li>" for x in info["events"][1])
        stats = "".join(
            f'<tr><td class="h">{t(h)}</td> <th scope="row">{t(label)}</th> <td class="a">{t(w)}</td></tr>'
            for label, h, w in info["stats"]
        )
        box = (
            '<section class="match-centre" aria-label="Match centre">'
            f'<div class="match-centre__comp">{t(info["competition"])} · {t(info["status"])}</div>'
            '<div class="match-centre__teams">'
            f'<div class="team team--home"><span class="team__name">{t(info["home"])}</span> <span class="team__score">{t(info["score"][0])}</span>'
            f'<ul class="team__events">{home_events}</ul></div>'
            f'<div class="team team--away"><span class="team__score">{t(info["score"][1])}</span> <span class="team__name">{t(info["away"])}</span>'
            f'<ul class="team__events">{away_events}</ul></div></div>'
            f'<div class="match-centre__venue">{t(info["venue"])} · {t(info["crowd"])}</div>'
            f'<table class="match-stats"><caption>Match stats</caption>{stats}</table>'
            '<div class="match-centre__sponsor">Match centre in association with Brackenridge Tyres</div></section>'
        )
    blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
    inserts: dict[int, str] = {}
    if n > 2:
        inserts[0] = (
            '<div class="video-embed"><div class="video-embed__poster"><button aria-label="Play">▶</button>'
            f'<span class="video-embed__length">{rng.randint(1, 4)}:{rng.randint(10, 59)}</span></div>'
            '<div class="video-embed__title">Watch: the key moments</div>'
            '<div class="video-embed__note">Video clips are available to readers in this country only.</div></div>'
        )
    if n > 5:
        inserts[3] = '<div class="adunit"><span class="adunit__label">Advert</span><div class="adunit__box"></div></div>'
    played = rng.randint(6, 14)
    rows = []
    for club in RUGBY_CLUBS3:
        won = sum(rng.random() < 0.5 for _ in range(played))
        drawn = rng.randint(0, min(1, played - won))
        lost = played - won - drawn
        rows.append((4 * won + 2 * drawn, club, played, won, drawn, lost))
    rows.sort(key=lambda r: (-r[0], r[1]))
    standings = "".join(
        f"<tr><td>{k + 1}</td> <td>{t(club)}</td> <td>{played}</td> <td>{won}</td> <td>{drawn}</td> <td>{lost}</td> <td>{pts}</td></tr>"
        for k, (pts, club, played, won, drawn, lost) in enumerate(rows)
    )
    sport = [o for o in ctx.others if o.id in SPORT_STORIES]
    popular = "".join(f'<li><a href="/story/{_slug(o.headline)}">{t(o.headline)}</a></li>' for o in sport[:4])
    more = "".join(
        f'<div class="card"><a href="/story/{_slug(o.headline)}"><h3>{t(o.headline)}</h3></a><p>{t(_card_snippet(o))}</p></div>'
        for o in sport[-3:]
    )
    stamp = f"{day.strftime('%a')} {day.day} {day.strftime('%b %Y')} · {rng.randint(16, 22)}:{rng.randint(0, 59):02d}"
    sports = ["Football", "Rugby", "Cricket", "Athletics", "Tennis", "Golf", "Results", "Fixtures", "Tables"]
    return (
        _final_head(f"{a.headline} | Sideline")
        + '<body class="sl"><header class="sl-header"><a class="sl-logo" href="/">SIDELINE</a>'
        + '<ul class="sl-sports">'
        + "".join(f'<li><a href="/{s.lower()}">{s}</a></li>' for s in sports)
        + '</ul><a class="sl-login" href="/login">Log in</a></header>'
        + f'<div class="scores-strip"><span class="scores-strip__label">Latest scores</span><ul>{strip}</ul></div>'
        + f'<div class="sl-consent" role="dialog"><p>{t(FINAL3_CONSENT[1])}</p><button>Yes, that is fine</button>'
        + "<button>No thanks</button></div>"
        + '<div class="sl-grid"><main><article class="report">'
        + f'<div class="report__kicker">{"Match report" if info else "News"}</div>'
        + f'<h1 class="report__title">{t(a.headline)}</h1>'
        + f'<div class="report__by">{t(a.byline or "Sideline staff")}</div><div class="report__when">{stamp}</div>'
        + box
        + f'<div class="article__body">{_interleave(blocks, inserts)}</div>'
        + '<div class="report__share">Share this report <button>Copy</button><button>Message</button></div>'
        + "</article>"
        + f'<div class="report__comments"><button>Show comments ({rng.randint(5, 300)})</button></div>'
        + f'<section class="more"><h2>More from Sideline</h2>{more}</section></main>'
        + '<aside class="rail"><section class="standings"><h2>Coast Rugby Championship</h2><table>'
        + "<tr><th>Pos</th> <th>Team</th> <th>P</th> <th>W</th> <th>D</th> <th>L</th> <th>Pts</th></tr>"
        + f'{standings}</table><a href="/tables">Full table</a></section>'
        + f'<section class="rail-popular"><h2>Most popular</h2><ol>{popular}</ol></section></aside></div>'
        + '<footer class="sl-footer"><p>Sideline is an independent sports publisher.</p>'
        + "<p>Odds and betting features are for readers aged 18 and over. Bet only what you can afford to lose.</p>"
        + "<p><a>Contact</a> <a>Write for us</a> <a>Privacy choices</a> <a>Terms</a></p></footer>"
        + "</body></html>"
    )


GLOSSARY3 = [
    ("sediment core", "A tube of mud drilled from a lake or sea bed; its layers record what settled there year by year."),
    ("algal bloom", "A sudden growth of algae in water, often fed by excess nutrients, that can use up the oxygen fish need."),
    ("phosphorus", "A nutrient that plants and algae need to grow; too much of it in a lake feeds blooms."),
    ("peer-reviewed", "Checked by independent scientists in the same field before publication."),
    ("pollinator", "An animal, such as a bee or hoverfly, that carries pollen from flower to flower."),
    ("magnitude", "A measure of the energy an earthquake releases; each whole step means about 32 times more."),
    ("tailings", "The crushed rock and water left over after metal has been extracted from ore."),
    ("cryptosporidium", "A microscopic parasite that causes diarrhoea and is not killed by ordinary chlorine."),
    ("inflation", "The rate at which prices across an economy rise over a year."),
    ("species", "A group of living things that can breed with one another and produce fertile young."),
    ("beaver", "A large, mostly nocturnal rodent that fells trees and builds dams, making ponds other wildlife uses."),
    ("revetment", "A sloping wall of rock or concrete along a shore that absorbs the energy of breaking waves."),
    ("spring tides", "The highest high tides of the month, which come soon after a new or full moon."),
]
REF_AUTHORS3 = ["Strand, K.", "Obuya, L.", "Hartigan, P.", "Mäkelä, J.", "Ferreira da Luz, T.", "Whitcombe, R.",
                "Adjei, M.", "Lindqvist, E.", "Ramaswamy, D.", "Kowalczyk, A."]  # fmt: skip
REF_JOURNALS3 = ["Northern Journal of Limnology", "Coastal Ecology Letters", "Annals of Regional Health",
                 "Journal of Applied Field Studies", "Quarterly Review of Public Systems"]  # fmt: skip
REF_TITLES3 = [
    "Long-term change in a lowland system: evidence from repeated surveys",
    "A regional assessment of monitoring records, 1990-2024",
    "What the archive shows: reconstructing a century of change",
    "Field observations and their limits: a methodological note",
    "Drivers of decline and recovery in small catchments",
]


SCIENCE_STORIES = frozenset({"P101", "P111", "P115", "P120", "P125"})  # the science magazine carries these only


def _fathom_section(a: Article) -> str:
    text = " ".join(a.paragraphs).lower()
    for words, name in [(("lake", "earthquake", "water", "storm", "mine"), "Earth"), (("bee", "species", "fish"), "Life"),
                        (("hospital", "patients", "health"), "Health")]:  # fmt: skip
        if any(w in text for w in words):
            return name
    return "Society"


def tpl_science_mag(a: Article, ctx: Ctx) -> str:
    """A science magazine's article: the first paragraph set as a standfirst in the article header, above the byline
    and the hero picture (it is the article's first paragraph, so it is body), the rest in the body; a boxed
    'Jargon buster' glossary between paragraphs, a 'References' list, a 'Cite this article' box, subjects,
    'Read next' cards and a newsletter box (all not body)."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    split = n >= 3
    standfirst = f'<p class="article-header__standfirst">{t(a.paragraphs[0])}</p>' if split else ""
    body_paragraphs = a.paragraphs[1:] if split else a.paragraphs
    blocks = [f"<p>{t(p)}</p>" for p in body_paragraphs]
    text = " ".join(a.paragraphs).lower()
    terms = [(term, meaning) for term, meaning in GLOSSARY3 if term in text][:4]
    inserts: dict[int, str] = {}
    if terms:
        items = "".join(f"<dt>{t(term[0].upper() + term[1:])}</dt><dd>{t(meaning)}</dd>" for term, meaning in terms)
        inserts[max(0, len(blocks) // 2 - 1)] = f'<aside class="jargon-buster"><h3>Jargon buster</h3><dl>{items}</dl></aside>'
    refs = ""
    if a.kind in ("short", "long", "feature") and n >= 3:
        items = ""
        for _ in range(1 + (n > 8)):
            authors = rng.sample(REF_AUTHORS3, 3)
            first = rng.randint(100, 400)
            items += (
                f'<li><span class="ref-authors">{t(authors[0])}, {t(authors[1])} &amp; {t(authors[2])}</span> '
                f"({day.year - rng.randint(0, 3)}). {t(rng.choice(REF_TITLES3))}. <i>{t(rng.choice(REF_JOURNALS3))}</i> "
                f"{rng.randint(8, 60)}, {first}-{first + rng.randint(8, 30)}. "
                f'<a href="#">doi:10.5555/fthm.{rng.randint(10000, 99999)}</a></li>'
            )
        refs = f'<section class="references"><h2>References</h2><ol>{items}</ol></section>'
    caption, photographer, agency = _final3_caption(ctx)
    role = _role(a)
    who = (
        f'By <a href="/people/{_slug(a.author)}">{t(a.author)}</a>' + (f", {t(role)}" if role else "")
        if a.author
        else "Fathom news team"
    )
    section = _fathom_section(a)
    read_next = "".join(
        f'<div class="next-card"><a href="/{_fathom_section(o).lower()}/{_slug(o.headline)}"><h3>{t(o.headline)}</h3></a>'
        f"<p>{t(_card_snippet(o))}</p></div>"
        for o in [o for o in ctx.others if o.id in SCIENCE_STORIES][:3]
    )
    subjects = " · ".join(
        f'<a class="subject" href="/subject/{_slug(x)}">{t(x)}</a>' for x in [section, *_towns_in(a, FINAL3_TOWNS)[:2]]
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a.headline,
        "datePublished": a.published,
        "articleSection": section,
        "author": {"@type": "Person", "name": a.author or "Fathom"},
    }
    return (
        _final_head(f"{a.headline} | Fathom", f'<script type="application/ld+json">{json.dumps(ld)}</script>')
        + '<body><div class="fathom-shell"><header class="masthead"><a class="logo" href="/">FATHOM</a>'
        + '<div class="tagline">Science, explained carefully</div>'
        + '<nav class="topics"><a href="/space">Space</a> <a href="/earth">Earth</a> <a href="/life">Life</a> '
        + '<a href="/health">Health</a> <a href="/physics">Physics</a> <a href="/technology">Technology</a> <a href="/mind">Mind</a></nav>'
        + '<a class="masthead__offer" href="/subscribe">Print + digital: 12 issues for £12</a></header>'
        + f'<div class="privacy-bar"><p>{t(FINAL3_CONSENT[2])}</p><button>Allow analytics</button><button>Essential only</button></div>'
        + '<main><article class="article">'
        + f'<header class="article-header"><a class="article-header__section" href="/{section.lower()}">{section}</a>'
        + f"<h1>{t(a.headline)}</h1>{standfirst}"
        + f'<div class="article-header__meta">{who} · <time datetime="{a.published}">{day.day} {day.strftime("%B %Y")}</time>'
        + f" · {_minutes(a, 210)} min read</div></header>"
        + f'<figure class="hero"><img src="/images/{rng.randint(10000, 99999)}.jpg" alt=""><figcaption>{t(caption)} '
        + f'<span class="hero__credit">Image credit: {t(photographer)}/{t(agency)}</span></figcaption></figure>'
        + f'<div class="article-body">{_interleave(blocks, inserts)}</div>'
        + refs
        + '<section class="cite"><h2>Cite this article</h2>'
        + f"<p>{t(a.author or 'Fathom')} ({day.year}). {t(a.headline)}. <i>Fathom</i>, {day.day} {day.strftime('%B %Y')}.</p></section>"
        + f'<div class="subjects"><span>Subjects:</span> {subjects}</div>'
        + "</article>"
        + f'<section class="read-next"><h2>Read next</h2>{read_next}</section>'
        + '<div class="digest"><h3>The Fathom Digest</h3><p>One email on Fridays: the week\'s discoveries, explained without the hype.</p>'
        + '<form><input type="email" placeholder="Email address"><button>Send me the Digest</button></form></div>'
        + "</main>"
        + '<footer class="fathom-footer"><p>Fathom is published by Loamside Science Media Ltd.</p>'
        + "<p><a>About Fathom</a> <a>Corrections policy</a> <a>Contact the editors</a> <a>Privacy choices</a></p></footer>"
        + "</div></body></html>"
    )


PLUMBLINE_SERIES = ["Who Pays", "Public Money, Private Hands", "Left Behind", "The Long Wait"]
PLUMBLINE_PARTNERS = ["The Strand Amory Echo", "Rookwood Community Radio", "The Altenby Weekly"]


def tpl_nonprofit(a: Article, ctx: Ctx) -> str:
    """A nonprofit investigative newsroom: a series label, a partnership note above the story, a margin side-note and
    a 'Help us report on this' callout between paragraphs, 'How we reported this story' after it, a donation appeal
    (all not body), and a 'Republish this story' dialog that holds the whole story's HTML in a <textarea> inside a
    hidden element (in the HTML, never visible)."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    series = rng.choice(PLUMBLINE_SERIES)
    partner = rng.choice(PLUMBLINE_PARTNERS)
    blocks = [f'<p data-para="{i}">{t(p)}</p>' for i, p in enumerate(a.paragraphs)]
    inserts: dict[int, str] = {}
    if n > 6:
        inserts[1] = (
            '<aside class="sidenote"><span class="sidenote__mark">Note</span> Plumbline put the findings in this story '
            "to every organisation named in it before publication.</aside>"
        )
    if n > 3:
        inserts[n // 2] = (
            '<aside class="callout"><h3>Help us report on this</h3><p>Have you been affected by anything in this story, or '
            'do you work somewhere that has? We want to hear from you. <a href="/tips">Tell us what you know</a>.</p>'
            "<p>We read every message, and we will not publish your name without your permission.</p></aside>"
        )
    method = ""
    if a.kind in ("long", "feature"):
        method = (
            '<section class="method"><h2>How we reported this story</h2><p>Reporters reviewed documents obtained through '
            f"public records requests and interviewed {rng.randint(14, 60)} people, some of whom spoke on condition that "
            "they were not named because they feared losing their jobs. Figures were checked against the organisations' "
            "own published accounts.</p></section>"
        )
    story_html = "".join(f"<p>{t(p)}</p>" for p in a.paragraphs)
    republish = (
        '<div class="republish"><button aria-controls="republish-dialog">Republish this story for free</button></div>'
        '<div id="republish-dialog" class="republish-dialog" hidden><h2>Republish this story</h2>'
        "<p>You may republish this story under a Creative Commons licence, provided you credit Plumbline and do not "
        "edit it beyond small changes of style. Copy the HTML below.</p>"
        f'<textarea readonly rows="12">{escape(f"<h1>{t(a.headline)}</h1>" + story_html)}</textarea>'
        "<button>Copy to clipboard</button></div>"
    )
    author = f"by {t(a.author)}" if a.author else "by Plumbline staff"
    latest = "".join(
        f'<li><a href="/article/{x.slug}">{t(x.headline)}</a> <span class="latest__date">'
        f"{_short_us_date(date.fromordinal(day.toordinal() - k * rng.randint(1, 6)))}</span></li>"
        for k, x in enumerate(ctx.later_teasers(4))
    )
    return (
        _final_head(f"{a.headline} — Plumbline")
        + '<body class="plumbline"><div class="donate-bar"><span>Plumbline is a nonprofit newsroom.</span> '
        + '<a class="donate-bar__btn" href="/give">Give now</a></div>'
        + '<header class="pl-site"><a class="pl-site__logo" href="/">Plumbline</a>'
        + '<nav class="pl-site__nav"><ul><li><a href="/investigations">Investigations</a></li><li><a href="/series">Series</a></li>'
        + '<li><a href="/data">Data</a></li><li><a href="/partners">Partner newsrooms</a></li><li><a href="/about">About us</a></li>'
        + "</ul></nav></header>"
        + f'<div class="pl-cookies" role="dialog"><p>{t(FINAL3_CONSENT[1])}</p><button>Yes</button><button>No</button></div>'
        + '<main id="content"><article class="investigation">'
        + f'<div class="series-label">Part of the series: <a href="/series/{_slug(series)}">{t(series)}</a></div>'
        + f'<h1 class="investigation__title">{t(a.headline)}</h1>'
        + f'<div class="investigation__byline">{author}</div>'
        + f'<div class="investigation__date">{_short_us_date(day)}, {rng.randint(5, 9)} a.m.</div>'
        + f'<p class="partner-note"><em>This article was produced in partnership with {t(partner)}, a member of '
        + "Plumbline's Regional Partners Program.</em></p>"
        + f'<div class="investigation__body">{_interleave(blocks, inserts)}</div>'
        + method
        + republish
        + '<div class="appeal"><h3>Reporting like this takes months.</h3><p>Plumbline does not sell advertising or put its '
        + "stories behind a paywall. If this story told you something you did not know, a gift of any size helps pay for "
        + 'the next one.</p><a href="/give">Support Plumbline</a></div>'
        + "</article>"
        + f'<aside class="latest"><h2>Latest from Plumbline</h2><ul>{latest}</ul></aside>'
        + "</main>"
        + '<footer class="pl-foot"><p>Plumbline is an independent, charity-funded newsroom. Registered charity no. 1190422.</p>'
        + "<p><a>Our funders</a> <a>Code of ethics</a> <a>Send a tip securely</a> <a>Privacy choices</a></p></footer>"
        + "</body></html>"
    )


def _cues(text: str, rng: random.Random, start: int) -> tuple[list[tuple[str, str]], int]:
    """Caption cues of six to nine words each, with m:ss stamps, as an automatic video transcript shows them."""
    words = text.split()
    cues, seconds, k = [], start, 0
    while k < len(words):
        size = rng.randint(6, 9)
        cues.append((f"{seconds // 60}:{seconds % 60:02d}", " ".join(words[k : k + size])))
        k += size
        seconds += rng.randint(2, 4)
    return cues, seconds


def tpl_tv_station(a: Article, ctx: Ctx) -> str:
    """A regional TV station's story page: a 'Watch live' strip, a video player whose automatic transcript is open
    beside it above the story, cues of a few words each with m:ss stamps, some repeating the story's opening
    sentences (not body), the story, a news-tip box, a weather widget and 'Most watched' videos in the rail."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    reporter = a.author if a.author and not a.is_team else rng.choice(["Dana Whitlock", "Marcus Tembo", "Lise Farraday"])
    town = rng.choice(_towns_in(a, FINAL3_TOWNS) or ["Rookwood"])
    video = (
        '<div class="video-frame"><button class="video-frame__play" aria-label="Play video">Play</button>'
        f'<span class="video-frame__time">{rng.randint(1, 3)}:{rng.randint(10, 59)}</span></div>'
    )
    transcript = ""
    if n >= 3:
        intro = f"Good evening, and thanks for joining us. We begin tonight in {town}."
        cues, at = _cues(intro, rng, 0)
        for p in a.paragraphs[:2]:
            said = [s for s in re.split(r"(?<=[.!?])\s+", p) if len(s.split()) >= 6]  # not a bare "Good morning."
            more, at = _cues(said[0] if said else _first_sentence(p), rng, at + 1)
            cues += more
        outro, _ = _cues(f"Reporting for Ridgeline 6, I'm {reporter}.", rng, at + 2)
        cues += outro
        items = "".join(
            f'<li><span class="cue__time">{stamp}</span> <span class="cue__text">{t(x)}</span></li>' for stamp, x in cues
        )
        transcript = (
            '<div class="transcript"><div class="transcript__head">Transcript <button aria-expanded="true">Hide</button></div>'
            f'<ol class="transcript__cues">{items}</ol>'
            '<div class="transcript__note">This transcript was created automatically and may contain mistakes.</div></div>'
        )
    blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
    inserts: dict[int, str] = {}
    if n > 4:
        teaser = ctx.later_teasers(1)[0]
        inserts[2] = (
            f'<div class="also-on"><span class="also-on__label">ALSO ON RIDGELINE 6</span> <a href="/article/{teaser.slug}">'
            f"{t(teaser.headline)}</a></div>"
        )
    temp = rng.randint(38, 72)
    days = "".join(
        f"<li><b>{name}</b> {temp + rng.randint(-6, 8)}° / {temp - rng.randint(8, 16)}° {t(rng.choice(['Showers', 'Sunny spells', 'Cloudy', 'Breezy', 'Clear']))}</li>"
        for name in [
            "Tomorrow",
            date.fromordinal(day.toordinal() + 2).strftime("%A"),
            date.fromordinal(day.toordinal() + 3).strftime("%A"),
        ]
    )
    watched = "".join(
        f'<li><a href="/video/{x.slug}">{t(x.headline)}</a> <span class="dur">{rng.randint(0, 3)}:{rng.randint(10, 59)}</span></li>'
        for x in ctx.pick_teasers(4)
    )
    posted = f"{rng.randint(3, 6)}:{rng.randint(0, 59):02d} PM"
    updated = f"{rng.randint(7, 10)}:{rng.randint(0, 59):02d} PM"
    nav = ["Local", "Forecast", "Roads", "School Sports", "Ridgeline Investigates", "Watch", "Contact 6"]
    return (
        _final_head(f"{a.headline} | ridgeline6.example")
        + '<body><div class="live-strip"><span class="live-strip__dot">●</span> WATCH LIVE: <a href="/live">Ridgeline 6 News at 5</a>'
        + ' <a class="live-strip__closings" href="/closings">Closings &amp; delays (3)</a></div>'
        + '<header class="station"><a class="station__logo" href="/">RIDGELINE 6</a><nav class="station__nav">'
        + " ".join(f'<a href="/{_slug(x)}">{t(x)}</a>' for x in nav)
        + "</nav></header>"
        + f'<div class="station-consent"><p>{t(FINAL3_CONSENT[2])}</p><button>OK</button><button>Privacy choices</button></div>'
        + '<div class="station-page"><main><article class="station-story">'
        + f'<h1 class="station-story__headline">{t(a.headline)}</h1>'
        + f'<div class="station-story__by">By {t(reporter)}, Ridgeline 6</div>'
        + f'<div class="station-story__times">Posted {_us_date(day)} at {posted} · Last updated {updated}</div>'
        + f'<div class="video-module">{video}{transcript}</div>'
        + f'<div class="station-story__text">{_interleave(blocks, inserts)}</div>'
        + '<div class="news-tip"><b>See news happening?</b> Send photos and video to Ridgeline 6 through our app, '
        + "or email tips@ridgeline6.example.</div>"
        + "</article></main>"
        + '<aside class="station-rail"><div class="wx"><h3>Ridgeline 6 Weather Desk</h3>'
        + f'<div class="wx__now"><span class="wx__temp">{temp}°</span> <span class="wx__sky">{t(rng.choice(["Mostly cloudy", "Bright", "Drizzle", "Windy"]))}</span></div>'
        + f'<ul class="wx__days">{days}</ul><a href="/radar">Interactive radar</a></div>'
        + f'<div class="watched"><h3>Most watched</h3><ul>{watched}</ul></div></aside></div>'
        + '<footer class="station-foot"><p>Ridgeline 6 is operated by Summit Valley Broadcasting.</p>'
        + "<p><a>Public inspection file</a> <a>Captioning help</a> <a>Job openings</a> <a>Advertise on air</a></p></footer>"
        + "</body></html>"
    )


def tpl_live_ticker(a: Article, ctx: Ctx) -> str:
    """A live ticker laid out as a table, newest first: each row a time cell and a text cell with the entry and the
    writer's initials in brackets under it (not body), with a reader-video row and an advert row in the stream and
    an 'opened at' row at the bottom (not body). As for the other live pages, the gold is the paragraphs in filed
    order."""
    rng = ctx.rng
    n = len(a.paragraphs)
    minutes = rng.randint(6 * 60, 9 * 60)
    times = []
    for _ in range(n):
        times.append(_hhmm(minutes))
        minutes += rng.randint(6, 55)
    editors = [("Nell Quaritch", "nq"), ("Sefton Abara", "sa"), ("Vita Lindroos", "vl")]
    rows = []
    for i in range(n - 1, -1, -1):
        _, initials = rng.choice(editors)
        rows.append(
            f'<tr class="ticker__row" id="t{i}"><td class="ticker__time"><time>{times[i]}</time></td> '
            f'<td class="ticker__text"><p>{t(a.paragraphs[i])}</p><span class="ticker__sig">({initials})</span></td></tr>'
        )
    extras: dict[int, str] = {}
    if n > 3:
        extras[1] = (
            f'<tr class="ticker__row ticker__row--video"><td class="ticker__time"><time>{times[n - 2]}</time></td> '
            '<td class="ticker__text"><div class="ticker-video"><b>Video</b> Sent in by a reader <span>0:48</span></div></td></tr>'
        )
    if n > 6:
        extras[4] = '<tr class="ticker__ad"><td colspan="2"><div class="ad-box">Advertisement</div></td></tr>'
    rows.append(f'<tr class="ticker__start"><td colspan="2">Ticker opened at {times[0]}</td></tr>')
    stream = _interleave(rows, extras)
    more = "".join(f'<li><a href="/{x.slug}">{t(x.headline)}</a></li>' for x in ctx.pick_teasers(5))
    return (
        _final_head(f"Live ticker: {a.headline} - The Wexley Observer")
        + '<body><header class="obs-head"><a class="obs-head__logo" href="/">The Wexley Observer</a>'
        + '<div class="obs-head__links"><a href="/">Home</a> | <a href="/town">Town</a> | <a href="/county">County</a> | '
        + '<a href="/sport">Sport</a> | <a href="/notices">Notices</a> | <a href="/epaper">Digital edition</a></div></header>'
        + f'<div class="obs-consent" role="dialog"><p>{t(FINAL3_CONSENT[0])}</p><button>Accept</button><button>Refuse</button>'
        + "<button>Customise</button></div>"
        + '<main class="obs-live"><div class="obs-live__badge">LIVE TICKER</div>'
        + f"<h1>{t(a.headline)}</h1>"
        + f'<div class="obs-live__meta">{t(a.byline or "Observer newsroom")} · {a.day.day} {a.day.strftime("%B %Y")}</div>'
        + '<div class="obs-live__hint">Updated continuously, newest entries at the top. '
        + '<label><input type="checkbox"> Only important entries</label></div>'
        + f'<table class="ticker">{stream}</table>'
        + '<div class="obs-live__reload"><button>Reload ticker</button></div>'
        + "</main>"
        + f'<aside class="obs-more"><h2>Also in the Observer</h2><ul>{more}</ul></aside>'
        + '<footer class="obs-foot"><p>The Wexley Observer, Tannery Yard, Wexley Marsh.</p>'
        + "<p><a>Imprint</a> <a>Reader panel</a> <a>Privacy choices</a> <a>Advertise</a></p></footer>"
        + "</body></html>"
    )


ISSUERS3 = {
    "P117": (
        "Halvard Marine Systems",
        "Halvard Marine Systems designs and builds workboats, pilot vessels and patrol craft at its yard in Cullerton, "
        "where it employs about 400 people.",
    ),
    "P102": (
        "Kelderwick Water",
        "Kelderwick Water supplies drinking water to about 610,000 people and treats waste water for 540,000 across "
        "the Amory and Kelder valleys.",
    ),
}


def tpl_corporate_ir(a: Article, ctx: Ctx) -> str:
    """A company's own investor and media centre: breadcrumbs, a share-price widget, 'Download PDF', the release, then
    'About', a forward-looking statements paragraph and media and investor contacts (not body), 'More releases'
    and an email-alerts box. Only the release's own paragraphs (dateline included) are gold."""
    rng = ctx.rng
    day = a.day
    issuer, about = ISSUERS3.get(a.id, (_issuer(a) or "Corvay Holdings", ""))
    if not about:
        about = f"{issuer} is a regional business with operations across the north of the country."
    symbol = "".join(w[0] for w in issuer.split()).upper()[:4]
    price = rng.uniform(8, 90)
    move = rng.uniform(-2.5, 2.5)
    earlier = [
        f"{issuer} publishes results for the half year",
        f"{issuer} appoints a new chief financial officer",
        f"Notice of {issuer} annual general meeting",
        f"{issuer} opens apprenticeship applications for next year",
    ]
    back = 0
    more = ""
    for title in rng.sample(earlier, 3):
        back += rng.randint(9, 60)
        when = date.fromordinal(day.toordinal() - back)
        more += f'<li><time>{_short_us_date(when)}</time> <a href="/newsroom/{_slug(title)}">{t(title)}</a></li>'

    crumbs = " / ".join(f'<a href="/{_slug(x)}">{t(x)}</a>' for x in ["Home", "Newsroom", "Press releases", str(day.year)])
    return (
        _final_head(f"{a.headline} | {issuer}")
        + f'<body class="corp"><header class="corp-header"><a class="corp-header__logo" href="/">{t(issuer)}</a>'
        + '<nav class="corp-header__nav"><a href="/who-we-are">Who we are</a> <a href="/what-we-do">What we do</a> '
        + '<a href="/sustainability">Sustainability</a> <a href="/investors">Investors</a> <a href="/careers">Careers</a> '
        + '<a href="/newsroom">Newsroom</a></nav></header>'
        + f'<div class="corp-consent"><p>{t(FINAL3_CONSENT[2])}</p><button>Accept all</button><button>Essential only</button></div>'
        + f'<div class="corp-crumbs">{crumbs}</div>'
        + f'<div class="quote-widget"><span class="quote-widget__sym">{symbol}</span> <span>{price:.2f}</span> '
        + f'<span>{"+" if move >= 0 else "−"}{abs(move):.2f}%</span> <span class="quote-widget__note">Northern Securities Exchange, '
        + "delayed 15 minutes</span></div>"
        + '<main class="corp-main"><article class="ir-release">'
        + '<div class="ir-release__type">Press release</div>'
        + f"<h1>{t(a.headline)}</h1>"
        + f'<div class="ir-release__date">{day.strftime("%A")} {day.day} {day.strftime("%B %Y")} · 07:00</div>'
        + '<div class="ir-release__tools"><a href="/newsroom/release.pdf">Download PDF (208 KB)</a> <a href="#">Print</a> '
        + '<a href="#">Share</a></div>'
        + '<div class="ir-release__body">'
        + "".join(f"<p>{t(p)}</p>" for p in a.paragraphs)
        + "</div>"
        + f'<div class="ir-release__about"><h2>About {t(issuer)}</h2><p>{t(about)}</p></div>'
        + '<div class="ir-release__fls"><h2>Forward-looking statements</h2><p>Some statements in this release concern '
        + "future events, including delivery dates, costs and the number of jobs created. They rest on the company's "
        + "present plans and assumptions, which may change, and actual results may differ from them.</p></div>"
        + '<div class="ir-release__contacts"><h2>Contacts</h2><dl>'
        + f"<dt>Media relations</dt><dd>{t(rng.choice(['Oonagh Pryde', 'Felix Marangoni', 'Adaeze Holt']))}, "
        + f"press@{_slug(issuer).replace('-', '')}.example, +00 555 0161</dd>"
        + f"<dt>Investor relations</dt><dd>{t(rng.choice(['Stellan Voight', 'Imelda Croft']))}, "
        + f"investors@{_slug(issuer).replace('-', '')}.example</dd></dl></div>"
        + "</article>"
        + f'<aside class="corp-more"><h2>More releases</h2><ul>{more}</ul><a href="/newsroom">View all news</a></aside>'
        + '<aside class="corp-alerts"><h2>Email alerts</h2><p>Receive our press releases and results announcements by email.</p>'
        + '<form><input type="email" placeholder="Your email"><button>Register</button></form></aside>'
        + "</main>"
        + f'<footer class="corp-footer"><p>© {day.year} {t(issuer)}. All rights reserved.</p>'
        + "<p><a>Legal notices</a> <a>Modern slavery statement</a> <a>Accessibility</a> <a>Privacy choices</a></p></footer>"
        + "</body></html>"
    )


# ---------------------------------------------------------------------------------------------
# "final4" templates: written after "final3" had been read, with chrome vocabulary of their own again (none of the
# constants above, final, final2 and final3 ones included, appear on these pages)

FINAL4_CONSENT = [
    "Mind if we use cookies? We and 61 partners use them, along with device identifiers, to keep the player working, "
    "count how many people listen and read, and show adverts that help keep local news free. Say yes to all of it, or "
    "choose what to allow. The Cookie choices link at the bottom of every page lets you change your answer.",
    "This broadcaster uses strictly necessary cookies to run the site. With your agreement we would also use "
    "performance cookies to learn which explainers people find useful. We never use them to target advertising.",
    "We and our 203 advertising partners use your data, including cookies, approximate location and browsing "
    "history, to show personalised ads and content, measure how they perform and develop our products. Tap I'm happy "
    "to agree, or manage your choices. Withdraw consent at any time through Privacy Options.",
    "Tidings and the newsrooms it works with keep a few files on your device: so pages load, so we can tell which "
    "stories people read to the end, and so partner newsrooms can be paid for their work. Tell us which of these you "
    "are happy with.",
    "Capstan uses cookies to keep you signed in, remember your watchlists and see which coverage readers rely on. "
    "Advertising cookies stay off for Pro members. Accept them all or choose category by category.",
    "The council uses essential cookies to make this website work. We would also like to use analytics cookies to "
    "understand how residents find the services they need. We will not set them unless you agree.",
]
FINAL4_CAPTIONS = [
    "A pilot boat heads out past the breakwater at first light.",
    "Dog walkers on the towpath beneath the railway viaduct.",
    "Volunteers stack sandbags outside a row of terraced houses.",
    "The glassworks chimney seen from the allotments above the town.",
    "Rowers carry their boat down to the river from the clubhouse.",
    "Council officers hand out leaflets in the shopping precinct.",
    "A crane lifts steel beams onto the roof of the new building.",
    "Students leave the college library at the end of the afternoon.",
    "Mist over the reed beds on the edge of the estuary.",
    "The bandstand in the park, repainted this spring.",
    "Passengers step off the first bus of the morning at the interchange.",
    "A line of fishing cobles drawn up on the shingle.",
    "An empty corridor outside the courtrooms before the morning's hearings.",
    "Floodwater across the road at the bottom of the hill.",
]
FINAL4_PHOTOGRAPHERS = ["Linnea Crowhurst", "Tobenna Vass", "Margit Elland", "Rafferty Klein", "Yusra Penwarden",
                        "Ansel Moorcroft", "Delphine Ruiz-Hale"]  # fmt: skip
FINAL4_AGENCIES = ["Ropewalk Images", "Tidemill Photos", "Northbank Visuals", "Gullrock Press Pictures"]
FINAL4_COMMENTS = [
    ("riverbank_rosie", "Been saying this for years. Nice to finally see it in print."),
    ("T. Mansergh", "Does anyone know if this affects people on the south side of the river too?"),
    ("hotend_harry", "Worked in this town thirty years. Nobody listens until it is too late."),
    ("Grace O.", "Really clear, thank you. Passed it on to my neighbours."),
    ("wendle_watcher", "And who pays for it in the end? We do, as always."),
    ("Ffi", "My nan would have loved this story."),
    ("Big Kev 71", "Talk, talk, talk and nothing ever happens round here."),
    ("Sunil R", "The figure in the headline does not match the one further down, just saying."),
    ("wharf_rat_wendy", "Lived by the river my whole life and never seen anything like it."),
    ("Mags", "Fantastic news, well done everyone involved."),
    ("pelican_pete", "Why is this only coming out now?"),
    ("Dr J. Ferrand", "Worth noting that the report came out months ago. Where was the coverage then?"),
    ("estuary_ed", "Shame the photo is not from this year."),
    ("Wyn", "Good luck to them. They will need it."),
]
FINAL4_REPLIES = [
    ("gullwatcher", "Could not agree more."),
    ("Jo-Jo", "That is not what the article says though. Read it again."),
    ("M. Treloar", "Exactly this."),
    ("kettle_on", "Speak for yourself."),
    ("Stan the bus", "Same here. Nobody ever answers the phone."),
    ("hb1982", "Source?"),
    ("Rhoda", "You must be new round here."),
    ("cobbles", "Thank you for saying it."),
]
FINAL4_TOWNS = ["Wendlemouth", "Corrabeck", "Tarnholme", "Ashenmere", "Kilvarren", "Maddenford", "Lissendale", "Stowcastle",
                "Pellingham"]  # fmt: skip
WIRE4 = "Cairnwire"


def _final4_caption(ctx: Ctx) -> tuple[str, str, str]:
    return _caption_from(ctx, FINAL4_CAPTIONS, FINAL4_PHOTOGRAPHERS, FINAL4_AGENCIES)


def _final4_town(article: Article, rng: random.Random) -> str:
    towns = _towns_in(article, FINAL4_TOWNS)
    return towns[0] if towns else rng.choice(FINAL4_TOWNS[:4])


RADIO4_SHOWS = [("05:00", "Early Tide with Bex Lanyon"), ("06:30", "Wendle Breakfast with Jago and Priti"),
                ("10:00", "Mid-Morning with Delphine Aske"), ("13:00", "The Lunchtime Phone-in"),
                ("16:00", "Drivetime with Marlon Teague"), ("19:00", "Valley Sessions"), ("22:00", "Late Lights with Suze Corran")]  # fmt: skip
RADIO4_TRACKS = [("Slow Tide Rising", "Mabel Quarry"), ("Glasshouse Summer", "The Ferrymen's Daughters"),
                 ("Nine Bells", "Oskar Vane and the Lowlands"), ("Salt on the Window", "Juniper Row"),
                 ("Paper Boats", "Corin Aldous")]  # fmt: skip
RADIO4_TRAVEL = [
    "Harbour Road: slow traffic in both directions near the swing bridge.",
    "Kilvarren chain ferry: running to timetable.",
    "Trains between Wendlemouth and Tarnholme: minor delays after an earlier signal fault.",
    "Corrabeck bypass: one lane closed northbound for resurfacing until Friday.",
]


def tpl_radio_news(a: Article, ctx: Ctx) -> str:
    """A regional radio station's news page: an 'On air' strip with the show and the song playing, a 'Listen again'
    player for the bulletin the story ran in (its length and how long it stays up), a picture and an audio clip
    between paragraphs, a 'Text the newsroom' line, and the day's schedule, travel news and the newsroom's other stories
    in the rail (none of it body). A live blog runs as 'Rolling updates', newest first, each update with a time and a
    reporter line (not body); as on the other live pages, its gold is the paragraphs in filed order."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    show_at = rng.randrange(len(RADIO4_SHOWS))
    song, artist = rng.choice(RADIO4_TRACKS)
    live = a.kind == "liveblog"
    if live:
        times = _live_times(n, rng)
        reporters = ["Keturah Ambrose", "Finlo Castree", "Mira Ojukwu"]
        updates = "".join(
            f'<div class="rr-update" id="update-{i}"><div class="rr-update__time">{times[i]}</div>'
            f"<p>{t(a.paragraphs[i])}</p>"
            f'<div class="rr-update__by">{t(rng.choice(reporters))}, Wendle 97.2 News</div></div>'
            for i in range(n - 1, -1, -1)
        )
        body = (
            f'<div class="rr-rolling"><div class="rr-rolling__head">Rolling updates <span>Last update {times[-1]}</span></div>'
            f"{updates}</div>"
        )
    else:
        blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
        inserts: dict[int, str] = {}
        if n >= 3:
            caption, photographer, agency = _final4_caption(ctx)
            inserts[0] = (
                f'<figure class="rr-pic"><img src="/news/img/{rng.randint(10000, 99999)}.jpg" alt="">'
                f"<figcaption>{t(caption)} <small>Picture: {t(photographer)}/{t(agency)}</small></figcaption></figure>"
            )
        if n >= 4:
            inserts[1] = (
                '<div class="rr-clip"><button aria-label="Play clip">▶</button> <span class="rr-clip__title">'
                f'Hear more on this story from the Wendle 97.2 newsroom</span> <span class="rr-clip__len">0:{rng.randint(30, 59)}</span></div>'
            )
        body = f'<div class="rr-story">{_interleave(blocks, inserts)}</div>'
    hour = rng.choice([7, 8, 12, 13, 17, 18])
    listen = (
        '<div class="rr-listen"><div class="rr-listen__label">Listen again</div><button aria-label="Play bulletin">▶</button>'
        f'<div class="rr-listen__title">Wendle 97.2 News, the {hour:02d}:00 bulletin</div>'
        f'<div class="rr-listen__meta">{rng.randint(3, 5)}:{rng.randint(0, 59):02d} · Available for 28 days after broadcast</div></div>'
    )
    section = {"liveblog": "Live", "opinion": "Your say", "press": "Community notices"}.get(a.kind, "Local news")
    who = f"By {t(a.author)}" if a.author and not a.is_team else "Wendle 97.2 newsroom"
    stamp = f"{_clock(rng, 6, 11).zfill(5)} on {day.day} {day.strftime('%B %Y')}"
    schedule = "".join(
        f"<li{' class=now' if k == show_at else ''}><time>{when}</time> {t(name)}{' <b>On now</b>' if k == show_at else ''}</li>"
        for k, (when, name) in enumerate(RADIO4_SHOWS)
    )
    newsroom = "".join(
        f'<li><a href="/news/{x.slug}">{t(x.headline)}</a><p>{t(x.snippet)}</p></li>' for x in ctx.later_teasers(4)
    )
    travel = "".join(f"<li>{t(x)}</li>" for x in rng.sample(RADIO4_TRAVEL, 2))
    return (
        _final_head(f"{a.headline} - Wendle 97.2")
        + f'<body><div class="rr-onair"><span class="rr-onair__tag">On air</span> <span>{t(RADIO4_SHOWS[show_at][1])}</span> '
        + f'<span class="rr-onair__song">Now playing: {t(song)} by {t(artist)}</span> <button>Listen live</button></div>'
        + '<header class="rr-head"><a class="rr-logo" href="/">Wendle 97.2</a><nav class="rr-nav">'
        + " ".join(
            f'<a href="/{_slug(x)}">{t(x)}</a>'
            for x in ["News", "Listen again", "Schedule", "Podcasts", "Win", "Traffic and travel", "What's on"]
        )
        + "</nav></header>"
        + f'<div class="rr-consent" role="dialog"><p>{t(FINAL4_CONSENT[0])}</p><button>Sounds good</button>'
        + "<button>Let me choose</button></div>"
        + '<div class="rr-page"><main><article class="rr-article">'
        + f'<div class="rr-crumbs"><a href="/">Home</a> › <a href="/news">News</a> › <a href="/news/{_slug(section)}">{t(section)}</a></div>'
        + f"<h1>{t(a.headline)}</h1>"
        + f'<div class="rr-meta"><span>{who}</span> <span>Published {stamp}</span></div>'
        + '<div class="rr-share"><button>Share on WhatsApp</button><button>Copy link</button></div>'
        + listen
        + body
        + '<div class="rr-tip"><b>Text the newsroom</b> on 81972 or email news@wendle972.example. Texts cost your '
        + "standard network rate.</div>"
        + "</article></main>"
        + f'<aside class="rr-rail"><section><h2>On Wendle 97.2 today</h2><ol class="rr-schedule">{schedule}</ol></section>'
        + f"<section><h2>From the newsroom</h2><ul>{newsroom}</ul></section>"
        + f"<section><h2>Travel news</h2><ul>{travel}</ul></section></aside></div>"
        + '<footer class="rr-foot"><p>Wendle 97.2 broadcasts on FM, DAB and online across the Wendle Valley and is part '
        + "of the Lanternway Radio Group.</p><p><a>Contact the studio</a> <a>Advertise on air</a> <a>Complaints</a> "
        + "<a>Cookie choices</a></p></footer>"
        + "</body></html>"
    )


COUNCIL4 = frozenset({"P129"})  # the council's press office carries its own release only
COUNCIL4_RELEASES = [
    "Harbour Road resurfacing to finish a week early",
    "Have your say on the draft Local Plan",
    "Council tax bills for the coming year explained",
    "New opening hours for Saltings recycling centre",
    "Winter gritting routes published",
    "Community grants of up to £5,000 open for applications",
]


def tpl_council_office(a: Article, ctx: Ctx) -> str:
    """A city council's press office page: a strip of service links ('Report it', 'Pay it', 'Apply for it'), a service
    alert, breadcrumbs, 'News release' with a reference number and the date, a 'Listen' and 'Translate' toolbar, the
    release, then 'ENDS', 'Notes for news desks' and press office contacts (not body), more council releases, 'Was this
    page useful?' and the council's address."""
    rng = ctx.rng
    day = a.day
    ref = f"PR/{day.year}/{rng.randint(40, 260):03d}"
    back = 0
    more = ""
    for title in rng.sample(COUNCIL4_RELEASES, 4):
        back += rng.randint(2, 9)
        when = date.fromordinal(day.toordinal() - back)
        more += f'<li><a href="/news/{_slug(title)}">{t(title)}</a> <span>{when.day} {when.strftime("%B %Y")}</span></li>'
    notes = [
        "Photographs to go with this release are available from the press office.",
        "Cabinet members and officers are available for interview on request.",
        "Wendlemouth City Council serves around 151,000 residents in 19 wards.",
    ]
    crumbs = "".join(
        f'<li><a href="/{_slug(x)}">{t(x)}</a></li>' for x in ["Home", "Council and democracy", "Press office", "News releases"]
    )
    return (
        _final_head(f"{a.headline} | Wendlemouth City Council", lang="en-GB")
        + '<body class="wcc"><a class="wcc-skip" href="#content">Skip to main content</a>'
        + f'<div class="wcc-cookies" role="region" aria-label="Cookies"><p>{t(FINAL4_CONSENT[5])}</p>'
        + "<button>Accept analytics cookies</button><button>Reject analytics cookies</button></div>"
        + '<header class="wcc-header"><a class="wcc-logo" href="/">Wendlemouth City Council</a>'
        + '<ul class="wcc-tasks"><li><a href="/report">Report it</a></li><li><a href="/pay">Pay it</a></li>'
        + '<li><a href="/apply">Apply for it</a></li><li><a href="/account">My account</a></li></ul>'
        + '<form class="wcc-search"><label>Search the council website</label><input type="search"><button>Search</button></form></header>'
        + '<div class="wcc-alert"><b>Service update:</b> garden waste collections in Wharfside ward are running a day late this week.</div>'
        + f'<nav class="wcc-crumbs" aria-label="Breadcrumb"><ol>{crumbs}</ol></nav>'
        + '<main id="content" class="wcc-main"><article class="wcc-release">'
        + '<div class="wcc-release__type">News release</div>'
        + f"<h1>{t(a.headline)}</h1>"
        + f'<dl class="wcc-release__meta"><dt>Published</dt><dd>{day.day} {day.strftime("%B %Y")}</dd><dt>Reference</dt><dd>{ref}</dd></dl>'
        + '<div class="wcc-toolbar"><button>Listen</button><button>Translate</button><button>Print</button></div>'
        + '<div class="wcc-release__body">'
        + "".join(f"<p>{t(p)}</p>" for p in a.paragraphs)
        + "<p><b>ENDS</b></p></div>"
        + '<div class="wcc-notes"><h2>Notes for news desks</h2><ol>'
        + "".join(f"<li>{t(x)}</li>" for x in notes)
        + "</ol></div>"
        + '<div class="wcc-contact"><h2>Enquiries from journalists</h2><p>Press office: 0303 555 0190 (Monday to Friday, 8.30am to 5pm)<br>'
        + "press.office@wendlemouth.gov.example<br>Urgent out-of-hours media enquiries only: 07700 900 871</p>"
        + "<p>Members of the public should contact customer services instead.</p></div>"
        + "</article>"
        + f'<aside class="wcc-more"><h2>More council news</h2><ul>{more}</ul><a href="/news">All news releases</a></aside>'
        + '<div class="wcc-feedback"><h2>Was this page useful?</h2><button>Yes</button><button>No</button>'
        + '<a href="/feedback">Something wrong with this page? Tell us</a></div>'
        + f'<p class="wcc-updated">Page last updated: {day.day} {day.strftime("%B %Y")}</p>'
        + "</main>"
        + '<footer class="wcc-footer"><p>Wendlemouth City Council, The Guildhall, Guildhall Square, Wendlemouth WM1 1GH</p>'
        + "<ul><li>Accessibility statement</li><li>Privacy notices</li><li>Freedom of information</li><li>Jobs at the council</li>"
        + "<li>Follow the council</li></ul></footer>"
        + "</body></html>"
    )


EXPLAINER4_OPEN = ["What has happened?", "What do we know so far?", "What is going on?"]
EXPLAINER4_MIDDLE = ["Why does it matter?", "How did we get here?", "Who is affected?", "What are people saying?"]
EXPLAINER4_END = ["What happens next?", "What comes next?", "Where does this leave things?"]


def tpl_explainer(a: Article, ctx: Ctx) -> str:
    """A national broadcaster's explainer: an 'Explainer' label, the byline with its role, an open 'What we know' box
    above the story whose bullets repeat first sentences of the body (not body), the story cut into sections under
    question subheads (not body), a 'the story in 90 seconds' video box, a collapsed 'How we checked this' box whose
    panel is hidden, then 'More explained' and 'Latest from PBC' rails."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    cuts = [0] if n <= 2 else [0, (n + 1) // 2] if n <= 5 else [0, n // 3, 2 * n // 3]
    questions = [rng.choice(EXPLAINER4_OPEN)]
    questions += rng.sample(EXPLAINER4_MIDDLE, len(cuts) - 2) if len(cuts) > 2 else []
    questions += [rng.choice(EXPLAINER4_END)] if len(cuts) > 1 else []
    bounds = cuts + [n]
    sections = []
    for k, question in enumerate(questions):
        paras = "".join(f"<p>{t(p)}</p>" for p in a.paragraphs[bounds[k] : bounds[k + 1]])
        sections.append(f'<section class="pbc-qa"><h2 class="pbc-qa__q">{t(question)}</h2>{paras}</section>')
    video = (
        '<div class="pbc-video"><button aria-label="Play">▶</button><div class="pbc-video__title">Watch: the story in 90 seconds</div>'
        f'<div class="pbc-video__len">1:{rng.randint(20, 40)}</div></div>'
    )
    body = sections[0] + video + "".join(sections[1:])
    several = [i for i, p in enumerate(a.paragraphs) if _first_sentence(p) != p]
    know = ""
    if len(several) >= 2:
        picks = sorted({several[0], several[len(several) // 2], several[-1]})
        items = "".join(f"<li>{t(_first_sentence(a.paragraphs[i]))}</li>" for i in picks)
        know = (
            '<div class="pbc-box pbc-box--open"><button class="pbc-box__toggle" aria-expanded="true">What we know</button>'
            f'<div class="pbc-box__panel"><ul>{items}</ul></div></div>'
        )
    checked = (
        '<div class="pbc-box"><button class="pbc-box__toggle" aria-expanded="false">How we checked this</button>'
        '<div class="pbc-box__panel" hidden><p>Our correspondents check the figures in every explainer against the original '
        "documents. Where something is not yet known, we say so, and we update the page when that changes.</p></div></div>"
    )
    role = _role(a)
    byline = ""
    if a.author:
        byline = (
            f'<div class="pbc-byline"><b>{t(a.author)}</b>'
            + (f'<div class="pbc-role">{t(role)}</div>' if role else "")
            + "</div>"
        )
    more = "".join(
        f'<li><a href="/news/{x.slug}"><h3>{t(x.headline)}</h3></a><p>{t(x.snippet)}</p></li>' for x in ctx.pick_teasers(3)
    )
    latest = "".join(
        f'<li><a href="/news/{x.slug}">{t(x.headline)}</a> <span>{rng.randint(1, 7)}h</span></li>' for x in ctx.later_teasers(4)
    )
    return (
        _final_head(f"{a.headline} - PBC News", lang="en-GB")
        + '<body><header class="pbc-top"><a href="/" class="pbc-logo" aria-label="PBC">PBC</a>'
        + _nav(["Home", "News", "Explained", "Regions", "Sport", "Watch", "Listen"], "pbc-nav")
        + '<a href="/signin">Sign in</a></header>'
        + f'<div class="pbc-consent" role="dialog"><p>{t(FINAL4_CONSENT[1])}</p><button>Yes, I agree</button>'
        + '<button>No, thank you</button><a href="/cookies">Read about cookies at PBC</a></div>'
        + '<main><article class="pbc-explainer"><div class="pbc-label">Explainer</div>'
        + f"<h1>{t(a.headline)}</h1>"
        + byline
        + f'<time class="pbc-time" datetime="{a.published}">{day.day} {day.strftime("%B %Y")}</time>'
        + '<div class="pbc-tools"><button>Share</button><button>Add to my list</button></div>'
        + know
        + f'<div class="pbc-body">{body}</div>'
        + checked
        + "</article>"
        + f'<section class="pbc-rail"><h2>More explained</h2><ul>{more}</ul></section>'
        + f'<section class="pbc-rail"><h2>Latest from PBC</h2><ul>{latest}</ul></section>'
        + "</main>"
        + '<footer class="pbc-foot"><p>The Polaris Broadcasting Corporation is paid for by the viewing licence and '
        + "is independent of government.</p><ul><li>About PBC</li><li>Editorial standards</li><li>Complaints</li>"
        + "<li>Privacy</li><li>Cookies</li><li>Accessibility</li></ul><p>© 2025 PBC</p></footer>"
        + "</body></html>"
    )


REDTOP4_LABELS = ["READ MORE", "DON'T MISS", "MUST SEE"]
REDTOP4_KINDS = ("flash", "short", "long", "wire", "feature", "opinion", "liveblog")  # not press releases


def _twelve(hhmm: str) -> str:
    hours, minutes = (int(x) for x in hhmm.split(":"))
    return f"{(hours - 1) % 12 + 1}.{minutes:02d}{'am' if hours < 12 else 'pm'}"


def tpl_redtop(a: Article, ctx: Ctx) -> str:
    """A tabloid: a kicker, a subheadline repeating the first sentence of the second paragraph (not body), the first
    paragraph in bold, a picture gallery after it ('1 of 6', the other slides hidden), a 'READ MORE', 'DON'T MISS' or
    'MUST SEE' line after every second paragraph, a 'Klaxon TV' video box, a 'Know more?' tip box, comments with replies
    and up and down votes, a numbered 'Hot on the Klaxon' and 'Most commented' (none of it body). A live blog shows its
    posts newest first, each under a bold time (not body); its gold is the paragraphs in filed order."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    teasers = ctx.pick_teasers(8)
    if live:
        times = _live_times(n, rng)
        order = list(range(n - 1, -1, -1))
        blocks = [
            f'<div class="kx-post"><p class="kx-post__time"><b>{_twelve(times[i])}</b></p><p>{t(a.paragraphs[i])}</p></div>'
            for i in order
        ]
        step = 3
    else:
        blocks = [f'<p class="kx-lead"><b>{t(p)}</b></p>' if i == 0 else f"<p>{t(p)}</p>" for i, p in enumerate(a.paragraphs)]
        step = 2
    inserts: dict[int, str] = {}
    for k, i in enumerate(range(1, len(blocks) - 1, step)):
        x = teasers[k % len(teasers)]
        label = REDTOP4_LABELS[k % len(REDTOP4_LABELS)]
        inserts[i] = f'<p class="kx-more"><b>{label}</b> <a href="/news/{x.slug}">{t(x.headline)}</a></p>'
    captions = rng.sample(FINAL4_CAPTIONS, 6)
    slides = "".join(
        f'<figure class="kx-slide"{" hidden" if k else ""}><img src="/gallery/{rng.randint(100, 999)}-{k}.jpg" alt="">'
        f"<figcaption><span>{k + 1} of 6</span> {t(c)} <i>Credit: {t(rng.choice(FINAL4_PHOTOGRAPHERS))}/"
        f"{t(rng.choice(FINAL4_AGENCIES))}</i></figcaption></figure>"
        for k, c in enumerate(captions)
    )
    gallery = (
        f'<div class="kx-gallery"><div class="kx-gallery__head">In pictures</div>{slides}<button>Next picture</button></div>'
    )
    inserts[0] = gallery + inserts.get(0, "")
    if len(blocks) > 5:
        inserts[4] = inserts.get(4, "") + (
            '<div class="kx-tv"><span class="kx-tv__brand">KLAXON TV</span> <button>▶</button> '
            "<span>Today's biggest stories in 60 seconds</span></div>"
        )
    sub = ""
    if n > 1 and _first_sentence(a.paragraphs[1]) != a.paragraphs[1] and len(_first_sentence(a.paragraphs[1]).split()) >= 8:
        sub = f'<h2 class="kx-sub">{t(_first_sentence(a.paragraphs[1]))}</h2>'
    comments = ""
    replies = list(FINAL4_REPLIES)
    rng.shuffle(replies)
    for name, text in rng.sample(FINAL4_COMMENTS, 4):
        thread = ""
        for _ in range(rng.randint(0, 2)):
            rname, rtext = replies.pop()
            thread += (
                f'<li class="kx-reply"><b>{t(rname)}</b> <span>{rng.randint(1, 50)}m</span><p>{t(rtext)}</p>'
                f'<div class="kx-votes">▲ {rng.randint(0, 40)} ▼ {rng.randint(0, 12)}</div></li>'
            )
        comments += (
            f'<li class="kx-comment"><b>{t(name)}</b> <span>{rng.randint(1, 9)}h</span><p>{t(text)}</p>'
            f'<div class="kx-votes">▲ {rng.randint(5, 300)} ▼ {rng.randint(0, 60)} <button>Reply</button></div>'
            + (f'<ul class="kx-replies">{thread}</ul>' if thread else "")
            + "</li>"
        )
    count = rng.randint(40, 600)
    hot = "".join(
        f'<li><a href="/news/{x.slug}"><h3>{t(x.headline)}</h3></a><p>{t(x.snippet)}</p></li>' for x in ctx.later_teasers(5)
    )
    talked = "".join(
        f'<li><a href="/news/{x.slug}">{t(x.headline)}</a> <span>{rng.randint(80, 900)} comments</span></li>' for x in teasers[:3]
    )
    kicker = "LIVE" if live else rng.choice(["WATCH", "SHOCK", "REVEALED", "BREAKING"])
    stamp = f"{_clock(rng, 8, 11)}, {day.day} {day.strftime('%b %Y')}"
    return (
        _final_head(f"{a.headline} | The Klaxon")
        + '<body class="kx"><header class="kx-head"><a href="/" class="kx-logo">THE KLAXON</a>'
        + _nav(["UK News", "Celebs", "TV & Soaps", "Football", "Motors", "Your Money", "Deals", "Bingo"], "kx-nav")
        + "</header>"
        + f'<div class="kx-consent" role="dialog"><p>{t(FINAL4_CONSENT[2])}</p><button>I\'m happy</button>'
        + "<button>Manage my choices</button></div>"
        + '<main><article class="kx-article">'
        + f'<div class="kx-kicker">{kicker}</div><h1>{t(a.headline)}</h1>{sub}'
        + f'<div class="kx-byline">{t(a.byline or "By Klaxon Reporters")} <span>Published: {stamp}</span></div>'
        + f'<div class="kx-share"><button>Share</button><button>Comments ({count})</button></div>'
        + f'<div class="kx-body">{_interleave(blocks, inserts)}</div>'
        + '<div class="kx-tips"><b>Know more?</b> Tell the Klaxon newsdesk: tips@klaxon.example or message 07700 900 413.</div>'
        + "</article>"
        + f'<section class="kx-comments"><h2>Join the conversation ({count})</h2><ol>{comments}</ol>'
        + "<button>Load more comments</button></section>"
        + f'<aside class="kx-rail"><h2>Hot on the Klaxon</h2><ol>{hot}</ol><h2>Most commented</h2><ul>{talked}</ul></aside>'
        + "</main>"
        + '<footer class="kx-foot"><p>The Klaxon is published by Foghorn Media Ltd. Regulated by the Independent Press Board.</p>'
        + "<p><a>Terms</a> <a>Privacy Options</a> <a>Contact us</a> <a>Subscriptions</a></p></footer>"
        + "</body></html>"
    )


MARKETS4_SHOWN = 2
BUSINESS4 = frozenset({"P127", "P136", "P137", "P138"})  # the business site carries these only
MARKETS4_STRIP = [("WV 250", 6800, 8800), ("MVS 40", 21000, 26000), ("DRX", 900, 1400), ("Gold $/oz", 1900, 2700),
                  ("$/lira", 1.1, 1.4), ("10-yr yield", 3.2, 4.8)]  # fmt: skip
MOVERS4 = ["Tollbridge Utilities", "Hensley Ports", "Marram Foods", "Quillon Pharma", "Greymantle Insurance", "Sarn Energy"]


def tpl_markets_desk(a: Article, ctx: Ctx) -> str:
    """A business site with a hard paywall: a market-data strip, a 'Capstan Pro' label, a picture and the first two
    paragraphs, then 'Keep reading with Capstan Pro' (the rest is not on the page), a 'What readers forwarded this
    week' rail with snippets and a 'Market movers' table (none of it body)."""
    rng = ctx.rng
    day = a.day
    shown = a.paragraphs[:MARKETS4_SHOWN]
    strip = ""
    for name, low, high in MARKETS4_STRIP:
        move = rng.uniform(-1.8, 1.8)
        value = rng.uniform(low, high)
        shown_value = f"{value:,.2f}" if high < 100 else f"{value:,.1f}"
        strip += (
            f'<li><span class="cp-sym">{t(name)}</span> <span>{shown_value}</span> '
            f'<span class="{"up" if move >= 0 else "down"}">{"+" if move >= 0 else "−"}{abs(move):.2f}%</span></li>'
        )
    caption, photographer, agency = _final4_caption(ctx)
    blocks = [f'<p class="cp-p">{t(p)}</p>' for p in shown]
    inserts = {
        0: f'<figure class="cp-fig"><img src="/img/{rng.randint(10000, 99999)}.jpg" alt=""><figcaption>{t(caption)} '
        f"<span>{t(photographer)} | {t(agency)}</span></figcaption></figure>"
    }
    forwarded = "".join(
        f'<li><a href="/{x.slug}"><h3>{t(x.headline)}</h3></a><p>{t(x.snippet)}</p></li>' for x in ctx.pick_teasers(4)
    )
    movers = ""
    for name in rng.sample(MOVERS4, 4):
        price, change = rng.uniform(1, 60), rng.uniform(-6, 6)
        movers += f"<tr><td>{t(name)}</td><td>{price:.2f}</td><td>{'+' if change >= 0 else '−'}{abs(change):.1f}%</td></tr>"
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a.headline,
        "datePublished": f"{a.published}T06:{rng.randint(0, 59):02d}:00Z",
        "isAccessibleForFree": False,
        "publisher": {"@type": "Organization", "name": "Capstan"},
    }
    kicker = rng.choice(["Companies", "Economy", "Deals", "Industry"])
    return (
        _final_head(f"{a.headline} | Capstan", f'<script type="application/ld+json">{json.dumps(ld)}</script>')
        + f'<body><div class="cp-strip" aria-label="Market data"><ul>{strip}</ul>'
        + "<span>Prices shown are indicative and may lag the market.</span></div>"
        + '<header class="cp-head"><a href="/" class="cp-logo">Capstan</a>'
        + _nav(["Markets", "Companies", "Economy", "Deals", "Property", "Personal finance", "Data"], "cp-nav")
        + '<a href="/pro">Get Pro</a> <a href="/signin">Sign in</a></header>'
        + f'<div class="cp-consent" role="dialog"><p>{t(FINAL4_CONSENT[4])}</p>'
        + "<button>Accept</button><button>Choose</button></div>"
        + '<main><article class="cp-article">'
        + f'<div class="cp-kicker">{kicker} <span class="cp-pro">Capstan Pro</span></div>'
        + f"<h1>{t(a.headline)}</h1>"
        + f'<div class="cp-byline">{t(a.byline or "Capstan staff")}'
        + f' <time datetime="{a.published}">{day.day} {day.strftime("%B %Y")}</time></div>'
        + f'<div class="cp-tools"><button>Send as a free read</button><button>Save</button><button>Listen · {_minutes(a, 180)} min</button></div>'
        + f'<div class="cp-body">{_interleave(blocks, inserts)}</div>'
        + '<div class="cp-wall"><h2>Keep reading with Capstan Pro</h2>'
        + "<p>You have reached the end of the free preview. Pro members read every story in full, with live market data "
        + "and the 6am Capstan Briefing.</p><ul><li>Unlimited articles on any device</li><li>Prices and filings for 4,000 "
        + "listed companies</li><li>Members-only newsletters</li></ul><button>Start Pro: 1 a month for 3 months</button>"
        + '<p>Then 39 a month. Cancel online at any time.</p><p>Already a member? <a href="/signin">Sign in</a></p></div>'
        + "</article>"
        + f'<aside class="cp-rail"><h2>What readers forwarded this week</h2><ol>{forwarded}</ol>'
        + f'<h2>Market movers</h2><table class="cp-movers"><tr><th>Company</th><th>Price</th><th>Change</th></tr>{movers}</table></aside>'
        + "</main>"
        + '<footer class="cp-foot"><p>Capstan is published by Bollard House Media.</p><p><a>Licensing and reprints</a> '
        + "<a>Pro for teams</a> <a>Help</a> <a>Privacy</a> <a>Cookie choices</a></p></footer>"
        + "</body></html>"
    )


PARTNERS4 = [
    ("The Wendlemouth Argus", "The Argus has covered the city and the lower Wendle Valley since 1879."),
    ("Corrabeck Courant", "The Courant is an independent weekly owned by its readers."),
    ("The Valley Pennant", "The Pennant reports on the towns and villages of the upper valley."),
]
FOREIGN4 = {"Marvessa": "Marvessan", "Drevnia": "Drevnian", "Ithonia": "Ithonian"}


def tpl_syndicated(a: Article, ctx: Ctx) -> str:
    """A national site republishing stories from partner newsrooms and the agency: a 'Partner story' label with the
    partner's name, the byline with the partner's name after it, 'Originally published' and 'Republished' dates, a
    'Translated from ...' line above and a translator's note below a foreign agency story, an inline 'Related on
    Tidings' link, and 'This story was originally published by ...' with the partner's own line (none of it body);
    'More from our partners' and 'Across Tidings' rails."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    text = " ".join(a.paragraphs)
    language = next((lang for country, lang in FOREIGN4.items() if country in text), None) if a.kind == "wire" else None
    if a.kind == "wire":
        partner, pitch = WIRE4, f"{WIRE4} is an independent news agency with bureaus in 30 countries."
    else:
        partner, pitch = rng.choice(PARTNERS4)
    later = date.fromordinal(day.toordinal() + rng.randint(0, 2))
    byline = f"By {t(a.author)}, {t(partner)}" if a.author and not a.is_team else t(partner)
    caption, photographer, agency = _final4_caption(ctx)
    blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
    inserts: dict[int, str] = {}
    if n >= 3:
        inserts[0] = (
            f'<figure class="td-fig"><img src="/partner-img/{rng.randint(1000, 9999)}.jpg" alt="">'
            f"<figcaption>{t(caption)} Photo: {t(photographer)}/{t(agency)}, via {t(partner)}</figcaption></figure>"
        )
    if n >= 5:
        x = ctx.later_teasers(1)[0]
        inserts[n // 2] = (
            f'<aside class="td-inline"><span>Related on Tidings:</span> <a href="/story/{x.slug}">{t(x.headline)}</a></aside>'
        )
    translated = ""
    translator = ""
    if language:
        translated = f'<div class="td-translated"><i>Translated from {language}.</i> <a href="#">Read the original</a></div>'
        translator = (
            '<p class="td-translator"><i>Translator\'s note: the names of institutions and job titles are given in English; '
            "sums of money are given in the original currency.</i></p>"
        )
    origin = (
        f'<div class="td-origin"><p>This story was originally published by {t(partner)} on {day.day} {day.strftime("%B %Y")}'
        + (f" in {language}" if language else "")
        + " and is republished here under the Tidings partner programme.</p>"
        + f"<p>{t(pitch)}</p></div>"
    )
    partners = "".join(
        f'<li><a href="/story/{x.slug}"><h3>{t(x.headline)}</h3></a><p>{t(x.snippet)}</p></li>' for x in ctx.pick_teasers(4)
    )
    across = "".join(f'<li><a href="/story/{x.slug}">{t(x.headline)}</a></li>' for x in ctx.pick_teasers(7)[4:])
    return (
        _final_head(f"{a.headline} | Tidings", f'<link rel="canonical" href="https://partner.example/{_slug(a.headline)}">')
        + '<body><header class="td-head"><a href="/" class="td-logo">Tidings</a>'
        + '<div class="td-tagline">Local and world journalism from newsrooms we pay</div>'
        + _nav(["Front page", "Local partners", "World", "Business", "Sport", "Long reads", "Podcasts"], "td-nav")
        + "</header>"
        + f'<div class="td-consent" role="dialog"><p>{t(FINAL4_CONSENT[3])}</p><button>Happy with all</button>'
        + "<button>Just the essentials</button></div>"
        + '<main><article class="td-story">'
        + f'<div class="td-partner"><span>Partner story</span> <img src="/logos/{_slug(partner)}.svg" alt=""> <b>{t(partner)}</b></div>'
        + f"<h1>{t(a.headline)}</h1>"
        + f'<div class="td-byline">{byline}</div>'
        + f'<div class="td-dates">Originally published {day.day} {day.strftime("%B %Y")} · Republished {later.day} {later.strftime("%B %Y")}</div>'
        + translated
        + '<div class="td-share"><button>Share</button><button>Copy link</button></div>'
        + f'<div class="td-body">{_interleave(blocks, inserts)}</div>'
        + translator
        + origin
        + "</article>"
        + f'<aside class="td-rail"><h2>More from our partners</h2><ul>{partners}</ul></aside>'
        + f'<aside class="td-rail"><h2>Across Tidings</h2><ul>{across}</ul></aside>'
        + "</main>"
        + '<footer class="td-foot"><p>Tidings shares its revenue with the newsrooms whose journalism it carries.</p>'
        + "<p><a>Our partners</a> <a>Become a partner</a> <a>Corrections</a> <a>Privacy</a></p></footer>"
        + "</body></html>"
    )


def tpl_app_webview(a: Article, ctx: Ctx) -> str:
    """A story page served to a publisher's phone app (a web view): no visible site header, navigation or footer, an
    'Aa' and 'Open in browser' bar, a topic chip with a follow button, each paragraph in its own block, a picture with
    'Tap to enlarge' and a credit, an 'Alerts for ...' card, reaction counts and an 'Up next in your feed' list (none of
    it body); the web edition's header, consent dialog and footer are in the page but hidden. A live blog shows its
    entries newest first, each with an age (not body); its gold is the paragraphs in filed order."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    town = _final4_town(a, rng)
    live = a.kind == "liveblog"
    if live:
        ages = [rng.randint(2, 20)]
        for _ in range(n - 1):
            ages.append(ages[-1] + rng.randint(8, 45))
        ages.reverse()
        body = "".join(
            f'<div class="wv-block wv-live" data-type="live-entry"><span class="wv-live__age">{_ago(ages[i])}</span>'
            f'<p class="wv-p">{t(a.paragraphs[i])}</p></div>'
            for i in range(n - 1, -1, -1)
        )
    else:
        blocks = [f'<div class="wv-block" data-type="text"><p class="wv-p">{t(p)}</p></div>' for p in a.paragraphs]
        inserts: dict[int, str] = {}
        if n >= 2:
            caption, photographer, agency = _final4_caption(ctx)
            inserts[0] = (
                f'<div class="wv-block" data-type="image"><img src="app://img/{rng.randint(10000, 99999)}" alt="">'
                f'<div class="wv-cap">{t(caption)} <span>{t(photographer)} / {t(agency)}</span></div>'
                '<div class="wv-tap">Tap to enlarge</div></div>'
            )
        if n >= 5:
            inserts[2] = (
                f'<div class="wv-block wv-card" data-type="promo"><b>Alerts for {t(town)}</b>'
                "<div>Get a notification when we publish news from here.</div><button>Turn on</button></div>"
            )
        body = _interleave(blocks, inserts)
    feed = "".join(
        f'<li class="wv-feed__item"><a href="app://story/{x.slug}"><div class="wv-feed__title">{t(x.headline)}</div>'
        f'<div class="wv-feed__text">{t(x.snippet)}</div></a></li>'
        for x in ctx.pick_teasers(4)
    )
    web_chrome_top = (
        '<div class="web-only" hidden><header><a href="https://wendlenow.example/">Wendle Now</a>'
        + _nav(["News", "Sport", "What's on", "Property", "Jobs"], "web-nav")
        + f'</header><div class="web-consent"><p>{t(FINAL4_CONSENT[2])}</p><button>Accept</button></div></div>'
    )
    web_chrome_bottom = (
        '<div class="web-only" hidden><footer><p>Wendle Now, part of Riverlight Media.</p>'
        "<p><a>Contact</a> <a>Privacy</a> <a>Terms</a></p></footer></div>"
    )
    kind_label = "Live" if live else {"opinion": "Opinion", "press": "Announcement"}.get(a.kind, "News")
    return (
        _final_head(
            a.headline,
            '<meta name="apple-itunes-app" content="app-id=000000000"><style>.web-only{display:none}</style>',
        )
        + '<body class="wv" data-app="wendlenow" data-theme="light">'
        + web_chrome_top
        + '<div class="wv-bar"><button aria-label="Text size">Aa</button><button>Open in browser</button><button>Share</button></div>'
        + '<article class="wv-article">'
        + f'<div class="wv-chips"><span class="wv-chip">{t(kind_label)}</span> <span class="wv-chip">{t(town)}</span> '
        + "<button>+ Follow</button></div>"
        + f'<h1 class="wv-title">{t(a.headline)}</h1>'
        + f'<div class="wv-meta">{t(a.author or "Wendle Now")} · {day.day} {day.strftime("%b %Y")} · {_minutes(a, 220)} min read</div>'
        + f'<div class="wv-body">{body}</div>'
        + f'<div class="wv-react"><button>👍 {rng.randint(5, 400)}</button><button>😮 {rng.randint(0, 60)}</button>'
        + f"<button>😢 {rng.randint(0, 30)}</button></div>"
        + "</article>"
        + f'<section class="wv-feed"><h2>Up next in your feed</h2><ul>{feed}</ul></section>'
        + web_chrome_bottom
        + '<script>window.__APP_BRIDGE__={"screen":"article","canShare":true};</script>'
        + "</body></html>"
    )


# ---------------------------------------------------------------------------------------------
# "final5" templates: written after "final4" had been read, with chrome vocabulary of their own again (none of the
# constants above, final to final4 ones included, appear on these pages)

FINAL5_CONSENT = [
    "Skell FM runs on a shoestring, so we keep cookies to a minimum: one to remember this message, one to keep the "
    "stream playing as you move between pages and, if you agree, one that counts listens so we can show our funders "
    "that people tune in. Nothing is sold to advertisers.",
    "To show you the printed pages, the e-edition reader stores your subscription status and your place in the edition "
    "on this device. With your permission, the Enquirer's publisher and 38 named vendors may also use identifiers to "
    "measure readership and tailor offers to you.",
    "The University of Carrowick needs some cookies for this site to function. Others help us see how applicants and "
    "visitors find their way around, and support our recruitment campaigns on other sites. Choose which optional "
    "cookies you are willing to accept.",
    "Parley uses cookies on its web previews to keep you logged in and to count how many times a post has been seen.",
    "Gantry and Halberd Trade Media use cookies and similar tools to recognise registered readers, meter free stories and "
    "report audience figures to exhibitors and advertisers. Some are set by the partners named in our vendor notice.",
    "Plover learns what you like from the stories you open and the sources you follow. We use cookies and local storage "
    "for this, and to keep ads relevant. Turn personalisation off and you will see the same front page as everyone else.",
]
FINAL5_CAPTIONS = [
    "A container ship swings off the quay between two tugs.",
    "Hill sheep gathered in a pen below the fell road.",
    "The lifeboat station slipway at low water.",
    "Shoppers under umbrellas on a wet afternoon in the covered market.",
    "Frost on the railings of the footbridge over the river.",
    "A row of cottages beside the old mill race.",
    "Scaffolding around the clock tower of the town hall.",
    "Supporters wave scarves in the stand behind the goal.",
    "A tractor crosses the ford below the village.",
    "Rows of empty seats in a lecture theatre before the first class of term.",
    "A queue of lorries at the entrance to the distribution park.",
    "Snow on the moor above the reservoir.",
    "Teenagers on bikes outside the leisure centre.",
    "Lamps coming on along the promenade at dusk.",
]
FINAL5_PHOTOGRAPHERS = ["Isolde Brankin", "Kwabena Tarrant", "Freya Oddsdottir", "Lachlan Mirza", "Perpetua Gill",
                        "Soren Achterlonie", "Nkechi Waldron"]  # fmt: skip
FINAL5_AGENCIES = ["Fellgate Photographic", "Weirside Images", "Skylight Frame Agency", "Millrace Pictures"]
FINAL5_TOWNS = ["Carrowick", "Aldermoss", "Brackenfield", "Dunsellan", "Easterholm", "Fennick Cross", "Gallowmere",
                "Hythebrook", "Inchcarra"]  # fmt: skip
WIRE5 = "Halyard"
SPORT5 = frozenset({"P156", "P158", "P168", "P171"})  # the split's sport stories
UNI5 = frozenset({"P154", "P160", "P167", "P173"})  # the university's news office carries these only
TRADE5 = frozenset({"P152", "P161", "P162", "P163", "P174"})  # the freight trade magazine carries these only


def _final5_caption(ctx: Ctx) -> tuple[str, str, str]:
    return _caption_from(ctx, FINAL5_CAPTIONS, FINAL5_PHOTOGRAPHERS, FINAL5_AGENCIES)


def _final5_town(article: Article, rng: random.Random) -> str:
    towns = _towns_in(article, FINAL5_TOWNS)
    return towns[0] if towns else rng.choice(FINAL5_TOWNS[:4])


def _final5_place(article: Article, rng: random.Random) -> str:
    """The country in an agency story's dateline ("PORT ALVEN, Tamsulia, Oct 21 (Halyard) - ..."), else the town."""
    match = re.match(r"[A-Z][A-Z .'-]+, ([A-Z][a-z]+),", article.paragraphs[0])
    if article.kind == "wire" and match:
        return match.group(1)
    return _final5_town(article, rng)


def _zone(day: date) -> str:
    """The clock the valley keeps on that day (summer time from April to October, near enough)."""
    return "BST" if 4 <= day.month <= 10 else "GMT"


def _mmss(seconds: int) -> str:
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


SKELL5_SHOWS = [("06:00", "Dawn Chorus", "Maisie Rendall"), ("09:00", "The Valley Half Hour", "Tunde Ashworth"),
                ("10:00", "Kitchen Table Talk", "Bryony and Kas"), ("13:00", "Allotment Hour", "Fergus Penhale"),
                ("16:00", "Homeward", "the Carrowick College radio club"), ("19:00", "Folk in the Snug", "Orla Meeks"),
                ("22:00", "Small Hours", "Corrie Vane")]  # fmt: skip


def tpl_community_radio(a: Article, ctx: Ctx) -> str:
    """A volunteer-run community radio station's story page, built round its podcast: a 'Broadcasting now' strip, the
    episode player the story was heard in (skip and speed controls, running time, chapters, MP3 and feed links), a
    picture and a pull quote between paragraphs, an automatic episode transcript whose first cues repeat the story's
    opening sentences (the rest of it hidden), a 'Viewpoint' or community-notice note in a paragraph after the story,
    a donation box, the day's schedule and more valley news (none of it body). A live blog runs newest first, each
    update with a time and time zone, some with a 'Hear this update' clip, and a 'Posted by' line (not body); its gold
    is the paragraphs in filed order."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    zone = _zone(day)
    live = a.kind == "liveblog"
    now = rng.randrange(len(SKELL5_SHOWS))
    transcript = ""
    if live:
        times = _live_times(n, rng)
        reporters = ["Dilys Pemberton", "Arjun Falconer", "Morwenna Stitt"]
        updates = ""
        for i in range(n - 1, -1, -1):
            clip = f'<button class="sk-upd__clip">🔊 Hear this update · 0:{rng.randint(20, 55)}</button>' if i % 3 == 1 else ""
            updates += (
                f'<div class="sk-upd" id="u{i}"><div class="sk-upd__when">{times[i]} {zone}</div><p>{t(a.paragraphs[i])}</p>'
                f'{clip}<div class="sk-upd__src">Posted by {t(rng.choice(reporters))} in the Skell FM newsroom</div></div>'
            )
        body = (
            '<div class="sk-live"><div class="sk-live__head">Live from the newsroom <span>Refreshing every two minutes</span> '
            f'<a href="#u0">Jump to the first update</a></div>{updates}</div>'
        )
        player = (
            '<div class="sk-stream"><button>▶ Hear the stream</button> <span>Our rolling coverage carries on over the air '
            "on 104.6 FM and online.</span></div>"
        )
    else:
        blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
        inserts: dict[int, str] = {}
        if n >= 4:
            caption, photographer, agency = _final5_caption(ctx)
            inserts[0] = (
                f'<figure class="sk-pic"><img src="/uploads/{rng.randint(1000, 9999)}.jpg" alt="">'
                f"<figcaption>{t(caption)} <span>({t(photographer)} for {t(agency)})</span></figcaption></figure>"
            )
        quote = _pull_quote(a) if n >= 6 else None
        if quote:
            inserts[n // 2] = f'<blockquote class="sk-pull">“{t(quote.rstrip(",;:"))}”</blockquote>'
        body = f'<div class="sk-story">{_interleave(blocks, inserts)}</div>'
        host = "Tunde Ashworth"
        reporter = a.author if a.author and not a.is_team else "Skell FM reporter"
        length = rng.randint(11 * 60, 28 * 60)
        start = rng.randint(60, 200)
        chapters = [(0, "Headlines"), (start, "This story"), (start + rng.randint(240, 400), "Sport from around the valley"),
                    (length - rng.randint(120, 200), "Coming up this week")]  # fmt: skip
        player = (
            f'<div class="sk-pod"><div class="sk-pod__show">The Valley Half Hour · Episode {rng.randint(140, 260)}</div>'
            '<div class="sk-pod__controls"><button aria-label="Back 15 seconds">−15s</button>'
            '<button class="sk-pod__play">▶ Play episode</button><button aria-label="Forward 30 seconds">+30s</button>'
            "<button>Speed 1×</button></div>"
            f'<div class="sk-pod__time"><span>00:00</span> / <span>{_mmss(length)}</span></div>'
            '<ol class="sk-pod__chapters">'
            + "".join(f"<li><time>{_mmss(s)}</time> {t(x)}</li>" for s, x in chapters)
            + f'</ol><div class="sk-pod__get"><a href="/audio/vhh-{rng.randint(100, 999)}.mp3">Download MP3 '
            f'({length // 60 + rng.randint(1, 4)} MB)</a> <a href="/podcast.xml">Podcast RSS</a> '
            '<a href="#">Embed this player</a></div></div>'
        )
        cues = [(0, "PRESENTER", f"This is the Valley Half Hour on Skell FM. I'm {host}.")]
        at = start
        for i, p in enumerate(a.paragraphs):
            cues.append((at, host.upper() if i == 0 else reporter.upper(), _first_sentence(p)))
            at += rng.randint(9, 16)
        cue_html = [
            f'<div class="sk-cue"><span class="sk-cue__t">[{_mmss(s)}]</span> <b>{t(who)}:</b> {t(x)}</div>' for s, who, x in cues
        ]
        transcript = (
            '<section class="sk-transcript"><h2>Episode transcript</h2><div class="sk-transcript__note">Made by '
            "speech-recognition software and lightly checked by a volunteer, so expect the odd mistake.</div>"
            + "".join(cue_html[:3])
            + f'<div class="sk-transcript__rest" hidden>{"".join(cue_html[3:])}</div>'
            + "<button>Show the full transcript</button></section>"
        )
    note = ""
    if a.kind == "opinion":
        note = (
            "<p class=\"sk-note\">Views in our Viewpoint slot are the writer's own, not the station's. Fancy writing one? "
            "Email comment@skellfm.example.</p>"
        )
    elif a.kind == "press":
        issuer = _issuer(a) or "a local organisation"
        note = f'<p class="sk-note">This notice was sent to us by {t(issuer)}. Skell FM has not checked it independently.</p>'
    section = {"liveblog": "Live", "opinion": "Viewpoint", "press": "Community notice board"}.get(a.kind, "Valley news")
    if a.kind == "opinion" and a.author:
        who = f"Written by {t(a.author)}"
    elif a.author and not a.is_team:
        who = f"Reported by {t(a.author)} for Skell FM News"
    else:
        who = "Skell FM newsroom"
    stamp = f"{day.strftime('%a')} {day.day} {day.strftime('%b %Y')} · {_clock(rng, 7, 11).zfill(5)} {zone}"
    schedule = "".join(
        f"<li><time>{when}</time> {t(name)} <span>with {t(host)}</span></li>" for when, name, host in SKELL5_SHOWS[now:]
    )
    more = "".join(
        f'<li><a href="/valley-news/{x.slug}">{t(x.headline)}</a><div>{t(x.snippet)}</div></li>' for x in ctx.later_teasers(4)
    )
    _, show, host_now = SKELL5_SHOWS[now]
    return (
        _final_head(f"{a.headline} · Skell FM 104.6", lang="en-GB")
        + f'<body class="sk"><div class="sk-now"><span class="sk-now__dot">●</span> Broadcasting now: {t(show)} with '
        + f'{t(host_now)} <a href="/stream">Hear the stream</a></div>'
        + '<header class="sk-head"><a class="sk-logo" href="/">Skell FM 104.6</a>'
        + '<div class="sk-strap">Community radio for the Skell Valley, made by volunteers</div><nav class="sk-nav">'
        + " ".join(
            f'<a href="/{_slug(x)}">{t(x)}</a>'
            for x in ["Stream", "Catch-up and podcasts", "Presenters", "Get involved", "Support the station", "Valley news"]
        )
        + "</nav></header>"
        + f'<div class="sk-cookies" role="dialog"><p>{t(FINAL5_CONSENT[0])}</p><button>Fine by me</button>'
        + "<button>Only the essentials</button></div>"
        + f'<main class="sk-main"><article class="sk-article"><div class="sk-section">{t(section)}</div>'
        + f"<h1>{t(a.headline)}</h1>"
        + f'<div class="sk-byline">{who}</div><div class="sk-stamp">{stamp}</div>'
        + player
        + body
        + note
        + transcript
        + '<div class="sk-give"><h2>Keep the valley\'s voice on air</h2><p>Skell FM has no shareholders and no big sponsor. '
        + "More than 80 volunteers make our programmes, and £3 a month from listeners pays for an hour of broadcasting.</p>"
        + "<button>Chip in</button></div>"
        + "</article>"
        + f'<aside class="sk-rail"><section><h2>Coming up on Skell FM</h2><ol>{schedule}</ol></section>'
        + f"<section><h2>More from the valley</h2><ul>{more}</ul></section></aside></main>"
        + '<footer class="sk-foot"><p>Skell FM 104.6 is a not-for-profit community station licensed to broadcast to '
        + "Carrowick and the Skell Valley. Community Interest Company no. 11934725.</p><p><a>Studio line: 01632 960 104</a> "
        + "<a>How to complain</a> <a>Volunteer with us</a> <a>Cookie settings</a></p></footer>"
        + "</body></html>"
    )


ENQUIRER5_ADVERTS = [
    "Halloran & Sons, independent funeral directors. Caring for Carrowick families since 1921. Call 01632 960 418, day or night.",
    "Skell Valley Garden Centre: winter pansies, 12 for £6. Open every day, free parking, Aldermoss Road.",
    "Dunsellan Motors: quality used cars with 12 months' warranty on every vehicle. Part exchange welcome.",
]


def tpl_print_replica(a: Article, ctx: Ctx) -> str:
    """A regional daily's e-edition (a replica of the printed paper) in its 'Article text' view: the viewer's edition,
    page and zoom controls and a strip of page thumbnails, the printed page's folio line and section slug, a town strap
    above the headline, a capitals byline with the writer's role and email, a drop capital split from the first
    paragraph's opening letter, a caption with a capitals photo credit, a pull quote, a 'Continued on page' jump with the
    next page's folio, a continuation head and a 'Continued from page' line inside a long story, a 'News in brief' box
    of other stories from the same printed page and a paid advert (none of it body)."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    total = rng.choice([48, 56, 64])
    page = rng.randint(2, 21)
    if a.id in SPORT5:
        slug = "SPORT"
    elif a.id in TRADE5:
        slug = "BUSINESS"
    else:
        slug = {"flash": "IN BRIEF", "wire": "WORLD", "opinion": "COMMENT", "feature": "WEEKEND"}.get(a.kind, "LOCAL NEWS")
    printed = f"{day.strftime('%A')}, {day.strftime('%B')} {day.day}, {day.year}"

    def folio(number: int) -> str:
        return f'<div class="rp-folio"><span>{number}</span> <span>THE CARROWICK ENQUIRER</span> <span>{printed}</span></div>'

    towns = _towns_in(a, FINAL5_TOWNS)
    strap = f'<div class="rp-strap">{t(towns[0].upper())}</div>' if towns and a.kind not in ("flash", "wire") else ""
    byline = ""
    if a.author:
        byline = f'<div class="rp-by">By {t(a.author.upper())}</div>'
        role = _role(a)
        if role:
            byline += f'<div class="rp-role">{t(role)}</div>'
        if not a.is_team and a.kind != "wire":
            byline += f'<div class="rp-mail">{_slug(a.author).replace("-", ".")}@carrowickenquirer.example</div>'
    first = a.paragraphs[0]
    blocks = [f'<p class="rp-p rp-p--first"><span class="rp-dc">{t(first[0])}</span>{t(first[1:])}</p>']
    blocks += [f'<p class="rp-p">{t(p)}</p>' for p in a.paragraphs[1:]]
    inserts: dict[int, str] = {}
    if n >= 3:
        caption, photographer, _ = _final5_caption(ctx)
        inserts[0] = (
            f'<figure class="rp-fig"><img src="/replica/{day.isoformat()}/p{page}-{rng.randint(1, 9)}.jpg" alt="">'
            f"<figcaption>{t(caption)} <b>Photograph: {t(photographer.upper())}</b></figcaption></figure>"
        )
    if n >= 6:
        quote = _pull_quote(a)
        if quote:
            inserts[2] = f'<div class="rp-pq">“{t(quote.rstrip(",;:"))}”</div>'
    if n >= 7:
        jump = min(total, page + rng.randint(2, 6))
        words = a.headline.split()
        head = " ".join(words[:4]).rstrip(",:;'‘’").upper() + " …"
        at = n // 2 - 1 if n // 2 - 1 != 2 else n // 2
        inserts[at] = (
            f'<p class="rp-jump">Continued on page {jump} ►</p>'
            + folio(jump)
            + f'<div class="rp-conthead">{t(head)}</div><p class="rp-jump">◄ Continued from page {page}</p>'
        )
    brief = "".join(
        f"<li><h3>{t(o.headline)}</h3><div>{t(_long_snippet(o, 150))}</div></li>"
        for o in [o for o in ctx.others if o.kind in ("flash", "short")][:2]
    )
    thumbs = "".join(
        f'<li{" class=current" if k == page else ""}><img src="/replica/{day.isoformat()}/thumb-{k}.jpg" alt=""> {k}</li>'
        for k in range(max(1, page - 2), min(total, page + 2) + 1)
    )
    previous = "".join(
        f'<li><a href="/e-edition/{date.fromordinal(day.toordinal() - k).isoformat()}">'
        f"{date.fromordinal(day.toordinal() - k).strftime('%a')} {date.fromordinal(day.toordinal() - k).day}</a></li>"
        for k in range(1, 4)
    )
    return (
        _final_head(f"{a.headline} | The Carrowick Enquirer e-Edition", lang="en-GB")
        + '<body class="rp"><div class="rp-bar"><a class="rp-brand" href="/e-edition">The Carrowick Enquirer</a> '
        + '<span class="rp-bar__label">Digital replica edition</span>'
        + f'<div class="rp-edition">Edition: {day.strftime("%A")} {day.day} {day.strftime("%B %Y")} <button>Change edition</button></div>'
        + f'<div class="rp-pager"><button>◀ Previous page</button> <span>Page {page} of {total}</span> <button>Next page ▶</button></div>'
        + '<div class="rp-view"><button>Zoom −</button><button>Zoom +</button><button>Fit to width</button>'
        + '<button aria-pressed="true">Article text</button><button>Whole page</button><button>Download page as PDF</button></div></div>'
        + f'<ol class="rp-thumbs">{thumbs}</ol>'
        + f'<div class="rp-consent" role="dialog"><p>{t(FINAL5_CONSENT[1])}</p><button>Agree and read</button>'
        + "<button>See vendors and purposes</button></div>"
        + '<main class="rp-reader"><article class="rp-article">'
        + folio(page)
        + f'<div class="rp-slug">{slug}</div>'
        + strap
        + f'<h1 class="rp-head">{t(a.headline)}</h1>'
        + byline
        + f'<div class="rp-text">{_interleave(blocks, inserts)}</div>'
        + (f'<aside class="rp-brief"><h2>NEWS IN BRIEF</h2><ul>{brief}</ul></aside>' if brief else "")
        + f'<div class="rp-advert"><span>Paid advertisement</span><div>{t(rng.choice(ENQUIRER5_ADVERTS))}</div></div>'
        + "</article></main>"
        + f'<nav class="rp-back"><h2>Earlier editions</h2><ul>{previous}</ul><a href="/e-edition/archive">All editions since 2009</a></nav>'
        + '<footer class="rp-foot"><p>Replica edition © Skell Valley Newspapers Ltd. Pages may not be copied or passed on '
        + "without permission.</p><p><a>Help with the e-edition</a> <a>Manage my subscription</a> <a>Puzzles</a> "
        + "<a>Report a printing error</a></p></footer>"
        + "</body></html>"
    )


UNI5_REFERENCES = {
    "P160": "Quimby, F., Harrow-Lyle, D. and Easterholm Woods Volunteers (2025). Hazel dormouse nest-box survey of Carr Wood "
    "and Ravel Wood, 2023 to 2025. Skell Valley Woods Partnership, Technical Report 7.",
    "P167": "Markovic-Dunn, I., Pargeter, S., Okwuosa, T. and Bramhall, R. (2025). Juvenile eel passage before and after "
    "weir removal on a lowland river. Freshwater Pathways 14(3), 211-229. doi:10.55012/fp.2025.0431",
    "P173": "Aldermoss Observatory daily rainfall and temperature series, 1884 to 2024, School of Geography and Earth "
    "Sciences, University of Carrowick. Data available on request.",
}
UNI5_EXPERTS = [("Professor Annika Sollis", "Coastal engineering and marine renewables"),
                ("Dr Rhys Abernethy-Oke", "River restoration and fish migration"),
                ("Dr Clemency Wragg", "Woodland ecology and small mammals"),
                ("Professor Idris Kovalenko", "Long climate records and extreme rainfall")]  # fmt: skip
UNI5_LINKS = ["Study environmental science at Carrowick", "Our research on rivers, coasts and climate",
              "Work with our scientists and engineers", "Visit the public galleries at Salt Quay"]  # fmt: skip
UNI5_EVENTS = [("14 Oct", "Public lecture: What the river remembers", "Great Hall, 6.30pm"),
               ("22 Oct", "Postgraduate open evening", "Online, 5pm"),
               ("5 Nov", "Café Scientifique: living with floods", "The Boathouse Bar, 7pm"),
               ("19 Nov", "Inaugural lecture by Professor Annika Sollis", "Salt Quay Lecture Theatre, 6pm")]  # fmt: skip


def tpl_university_news(a: Article, ctx: Ctx) -> str:
    """A university's news office: a utility bar, an open-days banner, a cookie dialog, breadcrumbs, a 'Research news'
    or 'University news' label, 'Words:' and 'Published' lines, a hero image with a 'Photography:' credit, a 'Find out
    more' box between paragraphs, then a paragraph citing the paper or data under 'The research behind this story', 'For journalists', 'Find an
    expert' cards and research themes; 'Latest university news' (the office's other stories) and 'Events at Carrowick' rails
    (none of it body)."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    press = a.kind == "press"
    label = "University news" if press else "Research news"
    words = a.author if a.author else "Press and Media Relations Office"
    caption, photographer, agency = _final5_caption(ctx)
    blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
    links = "".join(f'<li><a href="/{_slug(x)}">{t(x)}</a></li>' for x in rng.sample(UNI5_LINKS, 2))
    inserts = {1: f'<aside class="uc-more"><h2>Find out more</h2><ul>{links}</ul></aside>'} if n >= 4 else {}
    reference = UNI5_REFERENCES.get(a.id)
    experts = "".join(
        f'<li><b>{t(name)}</b> <span>{t(field)}</span> <a href="/experts/{_slug(name)}">View profile</a></li>'
        for name, field in rng.sample(UNI5_EXPERTS, 2)
    )
    news = "".join(
        f'<li><a href="/news/{_slug(o.headline)}">{t(o.headline)}</a><div>{t(_card_snippet(o, 110))}</div></li>'
        for o in ctx.others
        if o.id in UNI5
    )
    events = "".join(
        f"<li><b>{t(when)}</b> {t(what)} <span>{t(where)}</span></li>" for when, what, where in rng.sample(UNI5_EVENTS, 3)
    )
    crumbs = "".join(f'<li><a href="/{_slug(x)}">{t(x)}</a></li>' for x in ["Home", "News and events", label])
    themes = ", ".join(rng.sample(["Sustainable futures", "Healthy environments", "Engineering the coast", "Climate"], 2))
    return (
        _final_head(f"{a.headline} | University of Carrowick", lang="en-GB")
        + '<body class="uc"><div class="uc-util"><a>Current students</a> <a>Staff</a> <a>Alumni and supporters</a> '
        + "<a>Library</a> <a>Jobs</a></div>"
        + '<header class="uc-head"><a class="uc-logo" href="/">University of Carrowick</a><nav class="uc-nav">'
        + " ".join(
            f'<a href="/{_slug(x)}">{t(x)}</a>'
            for x in ["Study", "Research", "Business and partnerships", "About the university", "News and events"]
        )
        + '</nav><form class="uc-search"><input type="search" placeholder="Search the University of Carrowick"><button>Go</button></form></header>'
        + '<div class="uc-promo">Undergraduate open days: Saturday 27 September and Saturday 18 October. <a>Book your place</a></div>'
        + f'<div class="uc-cookie" role="dialog"><h2>Cookies on the university website</h2><p>{t(FINAL5_CONSENT[2])}</p>'
        + "<button>Yes to all cookies</button><button>Necessary cookies only</button></div>"
        + f'<nav class="uc-crumbs" aria-label="Breadcrumb"><ol>{crumbs}</ol></nav>'
        + f'<main class="uc-main"><article class="uc-story"><div class="uc-label">{label}</div><h1>{t(a.headline)}</h1>'
        + f'<div class="uc-meta"><span>Words: {t(words)}</span> <span>Published {day.day} {day.strftime("%B %Y")}</span></div>'
        + '<div class="uc-tools"><a>Email this story</a> <a>Printer-friendly version</a></div>'
        + f'<figure class="uc-hero"><img src="/media/news/{rng.randint(10000, 99999)}.jpg" alt=""><figcaption>{t(caption)} '
        + f"<span>Photography: {t(photographer)}, {t(agency)}</span></figcaption></figure>"
        + f'<div class="uc-body">{_interleave(blocks, inserts)}</div>'
        + (f'<div class="uc-ref"><h2>The research behind this story</h2><p>{t(reference)}</p></div>' if reference else "")
        + '<div class="uc-media"><h2>For journalists</h2><div>Press and Media Relations Office: 01632 960 250, '
        + "press@carrowick.ac.example. Out of hours: 07700 900 625.</div></div>"
        + f'<section class="uc-experts"><h2>Find an expert</h2><ul>{experts}</ul></section>'
        + f'<div class="uc-themes">Research themes: {t(themes)}</div>'
        + "</article>"
        + f'<aside class="uc-news"><h2>Latest university news</h2><ul>{news}</ul><a href="/news/archive">News archive</a></aside>'
        + f'<aside class="uc-events"><h2>Events at Carrowick</h2><ul>{events}</ul></aside></main>'
        + '<footer class="uc-foot"><p>University of Carrowick, Salt Quay, Carrowick CW1 4UQ. Switchboard 01632 960 000.</p>'
        + "<p>The University of Carrowick is an exempt charity.</p><ul><li>Information requests (FOI)</li><li>Website accessibility</li>"
        + "<li>Legal information</li><li>Equality, diversity and inclusion</li><li>Jobs at Carrowick</li></ul></footer>"
        + "</body></html>"
    )


PARLEY5_EMOJI = {"flash": "⚡", "wire": "🌍", "opinion": "💬", "feature": "📖", "press": "📣"}
PARLEY5_TAGS = {"flash": "breaking", "wire": "world", "opinion": "comment", "feature": "longread", "press": "notices",
                "liveblog": "live"}  # fmt: skip


def tpl_channel_archive(a: Article, ctx: Ctx) -> str:
    """A messaging app's public channel seen on the web: the channel's name (the page's only h1), handle, subscriber
    count and 'Open channel' button, a pinned message, a day separator, the channel's posts before and after the story
    (other stories' headlines, snippets and links), and the story as one post or, when it is too long for one, several
    consecutive posts marked '(1/3)', with the headline in bold at the top, the paragraphs separated by line breaks,
    a 'Forwarded from' line over a press release, the writer, hashtags and a link at the end, view counts, times,
    'edited' marks and reactions (none of it body, the headline included). A live blog is one post per update, oldest
    first, the first marked '🔴 LIVE'."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    town = _final5_place(a, rng)
    clock = rng.randint(6 * 60, 8 * 60)

    def bubble(text: str, minutes: int, top: str = "", edited: bool = False) -> str:
        views = f"{rng.randint(28, 190) / 10:.1f}K"
        mark = ' <span class="pl-edited">edited</span>' if edited else ""
        return (
            f'<div class="pl-msg">{top}<div class="pl-msg__text">{text}</div><div class="pl-msg__meta">'
            f'<span class="pl-views">👁 {views}</span>{mark} <time>{_hhmm(minutes % (24 * 60))}</time></div></div>'
        )

    def teaser_post(x: Teaser, minutes: int) -> str:
        return bubble(
            f'<b>{t(x.headline)}</b><br><br>{t(x.snippet)}<br><br>➡️ <a href="https://skellside.example/{x.slug}">'
            f"skellside.example/{x.slug[:30]}</a>",
            minutes,
        )

    posts = ""
    for x in ctx.pick_teasers(2):
        posts += teaser_post(x, clock)
        clock += rng.randint(20, 70)
    tag = "sport" if a.id in SPORT5 else PARLEY5_TAGS.get(a.kind, "news")
    hashtags = f"#{town.replace(' ', '')} #{tag}"
    if live:
        stamps = [int(x[:2]) * 60 + int(x[3:]) for x in _live_times(n, rng)]
        shift = clock + rng.randint(15, 40) - stamps[0]  # the updates come after the posts above them
        for i, p in enumerate(a.paragraphs):
            text = f"<b>🔴 LIVE | {t(a.headline)}</b><br><br>{t(p)}" if i == 0 else t(p)
            if i == n - 1:
                text += f"<br><br>{hashtags}"
            posts += bubble(text, stamps[i] + shift, edited=i == 0)
        clock = stamps[-1] + shift
    else:
        chunks: list[list[str]] = [[]]
        for p in a.paragraphs:
            if chunks[-1] and sum(len(x) for x in chunks[-1]) + len(p) > 1400:
                chunks.append([])
            chunks[-1].append(p)
        emoji = PARLEY5_EMOJI.get(a.kind, "📰")
        issuer = _issuer(a) if a.kind == "press" else None
        for k, chunk in enumerate(chunks):
            text = "<br><br>".join(t(p) for p in chunk)
            if k == 0:
                text = f"<b>{emoji} {t(a.headline)}</b><br><br>{text}"
            if len(chunks) > 1:
                text += f"<br><br><i>({k + 1}/{len(chunks)})</i>"
            if k == len(chunks) - 1:
                if a.author and not a.is_team:
                    text += f"<br><br>✍️ {t(a.author)}"
                text += f'<br>{hashtags}<br>🔗 <a href="https://skellside.example/{_slug(a.headline)}">Read it on our website</a>'
            top = f'<div class="pl-fwd">Forwarded from <b>{t(issuer)}</b></div>' if issuer and k == 0 else ""
            posts += bubble(text, clock, top, edited=k == 0 and rng.random() < 0.5)
            clock += 1
    posts += (
        f'<div class="pl-react"><span>❤️ {rng.randint(40, 900)}</span> <span>🔥 {rng.randint(5, 200)}</span> '
        f"<span>👏 {rng.randint(3, 120)}</span> <span>😡 {rng.randint(0, 40)}</span></div>"
    )
    clock += rng.randint(25, 90)
    for x in ctx.later_teasers(1):
        posts += teaser_post(x, clock)
    return (
        _final_head("Skellside Updates – Parley", '<meta property="og:title" content="Skellside Updates">')
        + '<body class="pl"><header class="pl-top"><a class="pl-logo" href="https://parley.example/">Parley</a> '
        + '<a class="pl-get" href="https://parley.example/download">Get the Parley app</a></header>'
        + f'<div class="pl-cookie"><p>{t(FINAL5_CONSENT[3])}</p><button>Got it</button></div>'
        + '<section class="pl-channel"><img src="https://cdn.parley.example/avatars/skellside.jpg" alt="">'
        + '<h1 class="pl-channel__name">Skellside Updates</h1><div class="pl-channel__handle">@skellside</div>'
        + f'<div class="pl-channel__count">{rng.randint(18, 64)},{rng.randint(100, 999)} subscribers</div>'
        + '<div class="pl-channel__about">News from Carrowick and the Skell Valley as it happens. Tips and pictures: '
        + '@skellside_desk</div><a class="pl-btn" href="parley://channel/skellside">Open channel in Parley</a></section>'
        + '<div class="pl-pinned">📌 Pinned message · Spotted something? Send pictures and tips to @skellside_desk. We read '
        + "everything, and we never share your number.</div>"
        + f'<div class="pl-history"><div class="pl-day">{day.day} {day.strftime("%B")}</div>{posts}</div>'
        + '<div class="pl-join"><button>Join Skellside Updates</button><div>You are looking at a public preview. Scroll up '
        + "to load older posts.</div></div>"
        + '<footer class="pl-foot"><div>Parley is made by Loomwork Labs.</div><div><a>Parley for phones and desktop</a> '
        + "<a>Channel directory</a> <a>Report this channel</a></div></footer>"
        + "</body></html>"
    )


GANTRY5_SHOWN = 3
GANTRY5_PULSE = [("Container spot rate, Far East to North Europe ($ per 40ft)", 2400, 4200),
                 ("Road diesel (pence per litre)", 138, 156), ("Warehouse vacancy, Skell Valley (%)", 2.1, 4.9),
                 ("Carrowick port calls, last 7 days", 38, 71)]  # fmt: skip
GANTRY5_JOBS = [("Night operations manager, cold store", "Fennick Cross", "£41,000"), ("Marine pilot", "Carrowick", "Competitive"),
                ("Transport planner", "Hythebrook", "£34,500"), ("Crane maintenance engineer", "Carrowick", "£45,000 plus shift allowance"),
                ("Customs declarations officer", "Aldermoss", "£29,000")]  # fmt: skip


def _gantry_section(a: Article) -> str:
    text = " ".join(a.paragraphs).lower()
    if a.kind == "wire":
        return "International"
    if a.kind == "press":
        return "Company announcements"
    if re.search(r"\bhaul|\blorr(?:y|ies)\b", text):
        return "Road haulage"
    if re.search(r"\bwarehouse|\bpallets?\b", text):
        return "Warehousing and cold chain"
    return "Ports and shipping"


def tpl_trade_magazine(a: Article, ctx: Ctx) -> str:
    """A freight and ports trade magazine with a free registration wall: an issue line, a 'Partner content' strip, a
    section label, a lower-case 'by' byline with the writer's role (or the agency, or 'Company announcement'), a
    numeric date with the time zone and a reading time, a picture 'courtesy of' an agency and the first three
    paragraphs, then 'Carry on reading for free' with a sign-up form (the rest is not on the page); a 'Freight pulse'
    table of figures, 'Members are reading', an events box, a promotion and 'Vacancies' (none of it body)."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    section = _gantry_section(a)
    zone = _zone(day)
    role = _role(a)
    if a.kind == "press":
        byline = '<span class="gt-by">Company announcement</span>'
    elif a.kind == "wire" and a.author:
        byline = f'<span class="gt-by">by {t(a.author)}, {WIRE5}</span>'
    elif a.author:
        byline = f'<span class="gt-by">by {t(a.author)}</span>' + (f' <span class="gt-role">{t(role)}</span>' if role else "")
    else:
        byline = '<span class="gt-by">by Gantry reporters</span>'
    shown = a.paragraphs[:GANTRY5_SHOWN]
    blocks = [f"<p>{t(p)}</p>" for p in shown]
    inserts: dict[int, str] = {}
    if len(shown) >= 2:
        caption, _, agency = _final5_caption(ctx)
        inserts[0] = (
            f'<figure class="gt-fig"><img src="/assets/{rng.randint(10000, 99999)}.jpg" alt=""><figcaption>{t(caption)} '
            f"<em>Image courtesy of {t(agency)}</em></figcaption></figure>"
        )
    wall = ""
    if n > GANTRY5_SHOWN:
        wall = (
            '<div class="gt-regwall"><h2>Carry on reading for free</h2><p>Register with Gantry to read this story and three '
            "more each month. Registration is quick and costs nothing.</p><form><div><label>Your work email address</label> "
            '<input type="email"></div><div><label>Job title</label> <input type="text"></div><div><label>Company</label> '
            '<input type="text"></div>'
            "<button>Create my free account</button></form><div>Already registered? <a>Member login</a></div>"
            "<div>Unlimited stories and the weekly print issue: <a>see membership options</a></div></div>"
        )
    pulse = ""
    for name, low, high in GANTRY5_PULSE:
        value = rng.uniform(low, high)
        change = rng.uniform(-4, 4)
        shown_value = f"{value:,.1f}" if isinstance(low, float) else f"{value:,.0f}"
        pulse += f"<tr><td>{t(name)}</td><td>{shown_value}</td><td>{'▲' if change >= 0 else '▼'} {abs(change):.1f}%</td></tr>"
    reading = "".join(
        f'<li><a href="/news/{x.slug}">{t(x.headline)}</a></li>'
        for x in [Teaser(o.headline, "", _slug(o.headline)) for o in ctx.others if o.id in TRADE5][:3]
    )
    jobs = "".join(
        f"<li><b>{t(role_)}</b> <span>{t(where)}</span> <span>{t(pay)}</span></li>"
        for role_, where, pay in rng.sample(GANTRY5_JOBS, 3)
    )
    return (
        _final_head(f"{a.headline} | Gantry", '<meta name="robots" content="max-snippet:160">', lang="en-GB")
        + '<body class="gt"><div class="gt-issue"><span>Freight, ports and logistics intelligence since 1964</span> '
        + f"<span>Print edition: issue {rng.randint(3100, 3300):,}</span> <a>Register</a> <a>Member login</a></div>"
        + '<header class="gt-head"><a class="gt-logo" href="/">Gantry</a><nav class="gt-nav">'
        + " ".join(
            f'<a href="/{_slug(x)}">{t(x)}</a>'
            for x in [
                "Ports",
                "Shipping lines",
                "Road haulage",
                "Rail freight",
                "Warehousing",
                "People moves",
                "Events",
                "Vacancies",
            ]
        )
        + "</nav></header>"
        + f'<div class="gt-consent" role="dialog"><p>{t(FINAL5_CONSENT[4])}</p><button>Accept and continue</button>'
        + "<button>Review settings</button></div>"
        + '<div class="gt-partner"><span>Partner content</span> <a href="/partner/ambrel">Shore power without the shutdown: '
        + "how terminals are wiring up their berths, from Ambrel Electrics</a></div>"
        + f'<main class="gt-main"><article class="gt-article"><div class="gt-section">{t(section)}</div>'
        + f"<h1>{t(a.headline)}</h1>"
        + f'<div class="gt-meta">{byline} <span class="gt-date">{day.strftime("%d.%m.%Y")} · {_clock(rng, 7, 16).zfill(5)} '
        + f"{zone}</span> <span>Reading time: {_minutes(a, 230)} min</span></div>"
        + '<div class="gt-tools"><a>Email a colleague</a> <a>Add to reading list</a></div>'
        + f'<div class="gt-body">{_interleave(blocks, inserts)}</div>'
        + wall
        + f'<div class="gt-filed">Listed in: {t(section)} · {t(_final5_place(a, rng))}</div>'
        + "</article>"
        + '<aside class="gt-rail"><section><h2>Freight pulse</h2><table class="gt-pulse"><tr><th>Indicator</th><th>Latest</th>'
        + f"<th>Week</th></tr>{pulse}</table><div>Figures compiled by Gantry Data each Friday.</div></section>"
        + f"<section><h2>Members are reading</h2><ol>{reading}</ol></section>"
        + '<section class="gt-event"><h2>Gantry Ports and Logistics Summit</h2><div>14 and 15 October, Carrowick Exhibition '
        + "Halls. Two days of panels, site visits and the Gantry Awards dinner.</div><a>Book a delegate place</a></section>"
        + '<div class="gt-promo"><span>Promotion</span><div>Korvane Cranes: lift more, burn less.</div></div>'
        + f"<section><h2>Vacancies</h2><ul>{jobs}</ul><a>Post a vacancy</a></section></aside></main>"
        + '<footer class="gt-foot"><p>Gantry is published by Halberd Trade Media Ltd, Carrowick.</p><p><a>Advertise with Gantry</a> '
        + "<a>Editorial calendar</a> <a>Reprints and licensing</a> <a>Terms of membership</a></p></footer>"
        + "</body></html>"
    )


PLOVER5_SOURCES = ["The Carrowick Enquirer", "Skell FM News", "The Brackenfield Pilot", "The Gallowmere Fellsider"]
PLOVER5_PROMOTED = [
    "Ravelston Building Society: our easy-access saver pays 4.1% a year on balances from £1.",
    "Fellhouse Outdoor: waterproof jackets tested on the Skell Valley hills, now a third off.",
    "Carrowick Playhouse: tickets for the winter season are on sale now.",
]


def tpl_aggregator(a: Article, ctx: Ctx) -> str:
    """A news aggregator's reader view that embeds the whole story from its source: topic tabs, a personalisation
    dialog, the source's name with its age and an 'Add source' button, a byline of the form 'Name for Outlet', times in
    UTC, a 'Quick take' box whose bullets repeat first sentences of the story, a 'Reader view' line, a promoted card and
    a 'Plover pick' inside the story, 'Carry on at ...', comment count and buttons, 'Why this story?', 'More from your
    sources' and 'Trending on Plover' (none of it body). A live blog is embedded newest first, each update
    with its time and time zone (not body); its gold is the paragraphs in filed order."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    offset = 1 if _zone(day) == "BST" else 0
    zone = f"UTC+{offset}" if offset else "UTC"
    source = WIRE5 if a.kind == "wire" else rng.choice(PLOVER5_SOURCES)
    town = _final5_place(a, rng)
    if a.author and not a.is_team:
        byline = f"{t(a.author)} for {t(source)}"
    else:
        byline = t(source)
    hour = rng.randint(6, 12)
    published = f"{hour:02d}:{rng.randint(0, 59):02d}"
    if live:
        times = _live_times(n, rng)
        hour, published = int(times[0][:2]), times[0]  # a live page is published with its first update
        entries = "".join(
            f'<div class="pv-entry"><time>{times[i]} {zone}</time><p>{t(a.paragraphs[i])}</p></div>' for i in range(n - 1, -1, -1)
        )
        body = (
            f'<div class="pv-live"><div class="pv-live__badge">LIVE · updates from {t(source)}</div>'
            f'<div class="pv-live__fetched">Fetched {times[-1]} {zone} · this page refreshes on its own</div>{entries}</div>'
        )
        quick = ""
    else:
        blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
        inserts: dict[int, str] = {}
        if n >= 5:
            inserts[2] = f'<div class="pv-promoted"><span>Promoted</span> {t(rng.choice(PLOVER5_PROMOTED))}</div>'
        if n >= 8:
            x = ctx.later_teasers(1)[0]
            inserts[n - 3] = f'<div class="pv-pick"><span>Plover pick</span> <a href="/s/{x.slug}">{t(x.headline)}</a></div>'
        body = _interleave(blocks, inserts)
        several = [i for i, p in enumerate(a.paragraphs) if _first_sentence(p) != p]
        quick = ""
        if len(several) >= 3:
            picks = sorted({several[0], several[len(several) // 2], several[-1]})
            items = "".join(f"<li>{t(_first_sentence(a.paragraphs[i]))}</li>" for i in picks)
            quick = (
                '<div class="pv-quick"><h2>Quick take</h2><div class="pv-quick__note">Written by software from the article '
                f"text. It can miss things.</div><ul>{items}</ul></div>"
            )
    coverage = "".join(
        f'<li><span class="pv-cov__src">{t(rng.choice(PLOVER5_SOURCES))}</span> <a href="/s/{x.slug}">{t(x.headline)}</a></li>'
        for x in ctx.pick_teasers(4)
    )
    trending = "".join(f'<li><a href="/s/{x.slug}">{t(x.headline)}</a></li>' for x in ctx.later_teasers(4)[:3])
    topic = "Sport" if a.id in SPORT5 else {"wire": "World", "opinion": "Opinion"}.get(a.kind, "Valley news")
    return (
        _final_head(f"{a.headline} · Plover")
        + '<body class="pv"><header class="pv-top"><a class="pv-logo" href="/">Plover</a><nav class="pv-tabs">'
        + " ".join(
            f'<a href="/{_slug(x)}">{t(x)}</a>'
            for x in ["Top picks", "Following", "Near you", "World", "Money", "Science", "Sport"]
        )
        + '</nav><form><input type="search" placeholder="Search stories, topics and sources"></form><a href="/me">Your Plover</a></header>'
        + f'<div class="pv-consent" role="dialog"><p>{t(FINAL5_CONSENT[5])}</p><button>Keep personalisation on</button>'
        + "<button>Turn it off</button></div>"
        + '<main class="pv-main"><article class="pv-reader">'
        + f'<div class="pv-src"><img src="/logos/{_slug(source)}.png" alt=""> <b>{t(source)}</b> '
        + f"<span>· {rng.randint(1, 9)}h ago</span> <button>Add source</button></div>"
        + f"<h1>{t(a.headline)}</h1>"
        + f'<div class="pv-by">{byline}</div>'
        + f'<div class="pv-when">Published {published} {zone}, {day.day} {day.strftime("%b %Y")} · picked up by Plover '
        + f"{hour + 1:02d}:{rng.randint(0, 59):02d} {zone}</div>"
        + quick
        + f'<div class="pv-mode">Reader view · {_minutes(a, 210)}-minute read · <a href="#">Switch to the original layout</a></div>'
        + f'<div class="pv-body">{body}</div>'
        + f'<a class="pv-orig" href="https://source.example/{_slug(a.headline)}">Carry on at {t(source)} ↗</a>'
        + f'<div class="pv-engage"><span>💬 {rng.randint(3, 240)} comments</span> <button>Keep for later</button> '
        + "<button>Pass it on</button> <button>Show fewer like this</button></div>"
        + f'<div class="pv-why">Why this story? You follow {t(town)} and {t(topic)}.</div>'
        + "</article>"
        + f'<aside class="pv-coverage"><h2>More from your sources</h2><ul>{coverage}</ul></aside>'
        + f'<aside class="pv-trending"><h2>Trending on Plover</h2><ol>{trending}</ol></aside></main>'
        + '<footer class="pv-foot"><p>Plover gathers stories from more than 1,200 sources. It does not write the news.</p>'
        + "<p><a>How Plover ranks stories</a> <a>Sources we carry</a> <a>Send feedback</a> <a>Privacy at Plover</a></p></footer>"
        + "</body></html>"
    )


def _wikilinked(text: str) -> str:
    """A paragraph with the first mention of each of the split's towns made a wiki link."""
    body = t(text)
    for town in FINAL5_TOWNS:
        body = re.sub(rf"\b{re.escape(town)}\b", f'<a href="/wiki/{town.replace(" ", "_")}">{town}</a>', body, count=1)
    return body


def _wiki_category(a: Article) -> str:
    text = " ".join(a.paragraphs).lower()
    if a.id in SPORT5:
        return "Sports"
    if a.kind == "wire":
        return "World"
    if "court" in text or "police" in text:
        return "Crime and law"
    if "temperature" in text or "rain" in text:
        return "Weather"
    if a.id in TRADE5:
        return "Economy and business"
    if "university" in text or "researchers" in text:
        return "Science and technology"
    return "Local only"


def tpl_wiki_news(a: Article, ctx: Ctx) -> str:
    """An open news wiki: a call for volunteers, a side menu and tools, the article's tabs ('Collaboration', 'Edit',
    'View history'), 'From CommonsDesk, the open news wiki', a reviewed-and-archived notice, a 'Related articles'
    infobox with a locator map, the date on its own line above the story (a paragraph, not body), towns linked in the
    text, no byline, then 'Sources' (outlets' headlines), 'Spread the word', an opinions-page paragraph, categories and
    'This page was last edited on' (none of it body)."""
    rng = ctx.rng
    day = a.day
    town = _final5_place(a, rng)
    region = "the world" if a.kind == "wire" else "the Skell Valley"
    places = f"<a>{t(town)}</a>" if a.kind == "wire" else f"<a>Skell Valley</a> | <a>{t(town)}</a>"
    related = "".join(
        f'<tr><td colspan="2"><a href="/wiki/{_slug(o.headline)}">{t(o.headline)}</a></td></tr>' for o in ctx.others[:3]
    )
    outlets = rng.sample(PLOVER5_SOURCES, 2) if a.kind != "wire" else [WIRE5, rng.choice(PLOVER5_SOURCES)]
    when = f"{day.strftime('%B')} {day.day}, {day.year}"
    sources = f"<li>“{t(a.headline)}” — <i>{t(outlets[0])}</i>, {when}</li>"
    other = _entry_headline(re.sub(r"^.{0,80}?\) - ", "", a.paragraphs[0]), 0)
    if len(other.split()) >= 6 and not other[-1].isdigit():  # a second outlet's headline: the story's opening clause
        sources += f"<li>“{t(other)}” — <i>{t(outlets[1])}</i>, {when}</li>"
    edited = date.fromordinal(day.toordinal() + rng.randint(1, 12))
    return (
        _final_head(f"{a.headline} - CommonsDesk")
        + '<body class="cd"><div class="cd-notice">CommonsDesk is looking for volunteer reporters in the Skell Valley. '
        + '<a href="/wiki/Take_part">Find out how to take part</a> <button>Hide this message</button></div>'
        + '<div class="cd-side"><a class="cd-logo" href="/">CommonsDesk</a><ul>'
        + "".join(
            f"<li><a>{x}</a></li>"
            for x in ["Main page", "Latest stories", "Write an article", "Newsroom", "Style guide", "Random story", "Help desk"]
        )
        + "</ul><h3>Tools</h3><ul><li><a>What links here</a></li><li><a>Related changes</a></li><li><a>Permanent link</a></li>"
        + "<li><a>Page information</a></li><li><a>Cite this page</a></li></ul></div>"
        + '<div class="cd-main"><div class="cd-tabs"><a>Article</a> <a>Collaboration</a> <a>Read</a> <a>Edit</a> '
        + "<a>View history</a> <a>☆ Watch</a></div>"
        + f'<h1 class="cd-title">{t(a.headline)}</h1><div class="cd-sub">From CommonsDesk, the open news wiki</div>'
        + '<div class="cd-status">✔ This article has been reviewed and published. It is archived and can no longer be edited.</div>'
        + f'<table class="cd-infobox"><tr><th colspan="2">Related articles</th></tr>{related}'
        + f'<tr><td><img src="/maps/{_slug(town)}.svg" alt=""></td><td>Location of {t(town)} in {region}</td></tr></table>'
        + f'<p class="cd-dateline"><b>{day.strftime("%A")}, {when}</b></p>'
        + "".join(f"<p>{_wikilinked(p)}</p>" for p in a.paragraphs)
        + f'<h2>Sources</h2><ul class="cd-sources">{sources}</ul>'
        + '<div class="cd-share">Spread the word: <a>Email</a> <a>Copy short link</a> <a>Post to the fediverse</a></div>'
        + '<p class="cd-opinions">Have an opinion on this story? <a href="/wiki/Opinions">Add it to the opinions page</a>.</p>'
        + f'<div class="cd-cats">Categories: <a>{when}</a> | {places} | '
        + f"<a>{_wiki_category(a)}</a> | <a>Published</a> | <a>Archived</a></div></div>"
        + f'<footer class="cd-foot"><p>This page was last edited on {edited.day} {edited.strftime("%B %Y")}, at '
        + f"{_clock(rng, 8, 22).zfill(5)}.</p><p>Text is available under a free content licence; additional terms may apply. "
        + "Stories are archived two weeks after publication.</p><ul><li>Data protection</li><li>About CommonsDesk</li>"
        + "<li>Disclaimers</li><li>Mobile view</li></ul></footer>"
        + "</body></html>"
    )


# ---------------------------------------------------------------------------------------------
# "final6" templates: written after "final5" had been read, with chrome vocabulary of their own again (none of the
# constants above, final to final5 ones included, appear on these pages)

FINAL6_CONSENT = [
    "The Commonweal and 84 partners keep small files on this device and read identifiers from it, to remember your "
    "settings, learn which articles are read to the end and pay for our journalism with advertising. Choose Allow and "
    "read on to agree to all of it, or Choose settings to decide purpose by purpose. Your privacy dashboard, linked at "
    "the foot of every page, lets you change your mind.",
    "This board sets cookies to keep you logged on, to remember which topics you have already read and to count "
    "visitors. Carry on browsing and we will take that as a yes. Guests who would rather not can clear them with the "
    "link at the bottom of the page.",
    "Longlens stores a handful of files on your device: one so the pictures load at the right size for your screen, "
    "one that remembers this choice and, if you allow it, one that tells us which photo stories people look at to the "
    "end.",
    "The Messenger and a few carefully chosen partners would like to use cookies and local storage to count readers "
    "and show adverts from estuary businesses. Tap Yes please to allow this, or Not now to keep only what the site needs "
    "to work.",
]
FINAL6_CAPTIONS = [
    "Gulls wheel over the fish market as the first catch is landed.",
    "A cyclist passes the boarded-up windows of the former post office.",
    "The estuary at high tide, seen from the ferry slipway.",
    "Parents wait at the school gates on a grey morning.",
    "Hedges cut back along a single-track lane above the valley.",
    "The public gallery during a meeting in the Guildhall.",
    "A chalk board outside a café advertises the day's soup.",
    "Workmen repair the sea wall after the winter storms.",
    "A heron stands in the shallows below the old mill.",
    "Passengers queue for the ferry in driving rain.",
    "The allotments behind the railway cottages in late summer.",
    "Lights on in the signal box on a winter evening.",
]
FINAL6_LONG_CAPTIONS = [
    "First light over the estuary, looking west from the end of the ferry pier. At this time of year the tide turns a "
    "little before seven, and the mudflats are covered again within the hour.",
    "A hand-painted sign on a farm gate above the valley. The family who keep hens here have sold eggs from this spot "
    "for three generations, and they say the honesty box has never once come up short.",
    "Rain moves in over the rooftops of the old town in the middle of the afternoon. Within twenty minutes the street "
    "below was empty, and the market traders had pulled down their awnings.",
    "A kitchen table, a teapot and a stack of letters, some of them decades old. Almost everyone photographed for this "
    "story kept something on paper from the years they describe.",
    "The view from the top deck of the last bus of the evening. On weekdays it leaves the bus station at 10.40pm and is, "
    "more often than not, almost empty by the time it reaches the coast.",
    "Boots drying by a wood burner after a day outdoors. In the cold months this corner of the room is rarely without a "
    "pair of them, and sometimes a dog.",
    "A corridor of closed doors, lit by a single window at the far end. The building was designed in the 1960s to be "
    "busy from morning to night, and for long stretches of the day it is silent.",
    "Hands, photographed at the end of a long shift. We asked each person to hold them as they would at work, and "
    "almost nobody needed telling twice.",
    "A faded photograph pinned above a workbench, its corners curled by years of damp. Nobody now remembers who took "
    "it, or exactly when.",
    "The car park at dusk, with the lights of the town coming on behind it. For a few minutes each evening the whole "
    "valley turns the same shade of blue.",
    "Waves break over the end of the harbour wall during a spring tide. Fishermen say the sea here has grown rougher in "
    "their lifetimes, and the records suggest they are right.",
    "A chair left out on the pavement in the sun, a cushion on it and a newspaper folded on the cushion. Its owner was "
    "inside making tea, and came back out to sit with us.",
]
FINAL6_PHOTOGRAPHERS = ["Ludmila Farquharson", "Obiora Pennant", "Tove Rasmussen-Ure", "Ezra Quaintance",
                        "Marisol Etherington", "Hamish Ndlovu", "Clio Weatherall"]  # fmt: skip
FINAL6_AGENCIES = ["Slipway Photo Agency", "Greyfriars Pictures", "Estuary Light Collective", "Hobnail Images"]
FINAL6_TOWNS = ["Brindlecombe", "Tressick", "Kittering Bay", "Ellerholt", "Pellock", "Dunmarrow", "Wyncastle",
                "Oswy Bridge", "Morvaine"]  # fmt: skip
WIRE6 = "Sextant"


def _final6_caption(ctx: Ctx) -> tuple[str, str, str]:
    return _caption_from(ctx, FINAL6_CAPTIONS, FINAL6_PHOTOGRAPHERS, FINAL6_AGENCIES)


def _final7_caption(ctx: Ctx) -> tuple[str, str, str]:
    return _caption_from(ctx, FINAL7_CAPTIONS, FINAL7_PHOTOGRAPHERS, FINAL7_AGENCIES)


def _split_town(article: Article, rng: random.Random, towns: list[str]) -> str:
    """The first of a split's towns the article names, else one of its first three."""
    named = _towns_in(article, towns)
    return named[0] if named else rng.choice(towns[:3])


def _wire_country(article: Article) -> str | None:
    """The country in an agency story's dateline ("DRAVIK, Kestovia, Aug 21 (Sextant) - ...")."""
    match = re.match(r"[A-Z][A-Z .'-]+, ([A-Z][a-z]+),", article.paragraphs[0])
    return match.group(1) if article.kind == "wire" and match else None


def _final6_times(article: Article, rng: random.Random) -> list[str]:
    """A live page's update times, starting in the evening or the afternoon when its first update says so."""
    opening = article.paragraphs[0][:40].lower()
    if "good evening" in opening:
        minutes = 17 * 60 + rng.randint(20, 50)
    elif "good afternoon" in opening:
        minutes = 12 * 60 + rng.randint(0, 40)
    else:
        minutes = 6 * 60 + rng.randint(30, 90)
    times = []
    for _ in article.paragraphs:
        times.append(_hhmm(minutes))
        minutes += rng.randint(7, 34)
    return times


COMMONWEAL6_LABELS = {"wire": "Abroad", "feature": "Saturday", "opinion": "The argument", "liveblog": "As it happens"}


def _hover_towns(text: str) -> str:
    """A paragraph whose first-named town of the split carries a hover card, hidden until the reader points at it."""
    body = t(text)
    found = [(m.start(), m.end(), town) for town in FINAL6_TOWNS for m in [re.search(rf"\b{re.escape(town)}\b", body)] if m]
    if not found:
        return body
    start, end, town = min(found)
    card = f'<span class="cw-card" hidden>Follow {town}: we will tell you when the Commonweal publishes a story about it.</span>'
    return f'{body[:start]}<span class="cw-place" tabindex="0">{town}{card}</span>{body[end:]}'


def tpl_audio_first(a: Article, ctx: Ctx) -> str:
    """A national daily's story page for phones, in its print style: a sticky audio bar at the foot of the screen ('Hear
    it read aloud', a synthetic voice, elapsed and total time, speed), a section label, a byline with a portrait and the
    writer's role, a picture, towns in the text with hover cards that stay hidden until pointed at, an 'Across the paper
    today' grid of four other stories in the middle of a long story with a 'Your story resumes below' line, and after the
    story an 'In the paper' paragraph (the printed page and the printed headline), a toolbar and a corrections note (none
    of it body). A live page ('As it happens') runs newest first, each entry with a time like '6.25pm' (not body), the
    grid after the third entry; its gold is the paragraphs in filed order."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    label = COMMONWEAL6_LABELS.get(a.kind, "Nation")

    def grid(resume: str) -> str:
        cards = "".join(
            f'<li class="cw-grid__card"><a href="/{_slug(o.headline)}"><span class="cw-grid__kicker">'
            f'{t(COMMONWEAL6_LABELS.get(o.kind, "Nation"))}</span> <span class="cw-grid__head">{t(o.headline)}</span></a>'
            f'<div class="cw-grid__dek">{t(_long_snippet(o, 100))}</div></li>'
            for o in ctx.others[:4]
        )
        tail = f'<div class="cw-grid__resume">{resume}</div>' if resume else ""
        return f'<aside class="cw-grid" aria-label="Across the paper today"><h2>Across the paper today</h2><ul>{cards}</ul>{tail}</aside>'

    if live:
        times = _final6_times(a, rng)
        entries = [
            f'<article class="cw-entry" id="entry-{i}"><time class="cw-entry__time">{_twelve(times[i])}</time>'
            f"<p>{_hover_towns(a.paragraphs[i])}</p></article>"
            for i in range(n - 1, -1, -1)
        ]
        body = _interleave(entries, {2: grid("The live page carries on below")})
        bar = (
            f'<span class="cw-bar__live">● Live</span> <span>Newest entry {_twelve(times[-1])}</span> '
            "<button>Alert me to new entries</button>"
        )
    else:
        blocks = [f"<p>{_hover_towns(p)}</p>" for p in a.paragraphs]
        inserts: dict[int, str] = {}
        if n >= 3:
            caption, photographer, agency = _final6_caption(ctx)
            inserts[0] = (
                f'<figure class="cw-fig"><img src="/pictures/{day.year}/{rng.randint(10000, 99999)}.jpg" alt="">'
                f'<figcaption>{t(caption)} <span class="cw-fig__credit">{t(photographer)} / {t(agency)}</span></figcaption></figure>'
            )
        if n >= 6:
            inserts[n // 2] = grid("Your story resumes below")
        body = _interleave(blocks, inserts) + ("" if n >= 6 else grid(""))
        seconds = round(sum(len(p.split()) for p in a.paragraphs) / 2.5)
        bar = (
            '<button aria-label="Play">▶ Play</button> <span class="cw-bar__title">Hear it read aloud</span> '
            f'<span class="cw-bar__time">0:00 / {seconds // 60}:{seconds % 60:02d}</span> <button>Speed 1.25×</button> '
            '<span class="cw-bar__voice">Voiced by Oriel, a synthetic reader</span>'
        )
    if a.author and not a.is_team:
        role = _role(a) or {"wire": "Sextant", "liveblog": "Live reporters"}.get(a.kind, "Staff writer")
        byline = (
            f'<div class="cw-by"><img src="/people/{_slug(a.author)}.jpg" alt=""> <span class="cw-by__name">{t(a.author)}</span> '
            f'<span class="cw-by__role">{t(role)}</span></div>'
        )
    else:
        byline = f'<div class="cw-by"><span class="cw-by__name">{"Sextant" if a.kind == "wire" else "Commonweal newsroom"}</span></div>'
    started = f"from {_twelve(times[0])}" if live else _twelve(_clock(rng, 6, 21).zfill(5))
    page = rng.randint(2, 27)
    printed = date.fromordinal(day.toordinal() + (0 if live else 1))
    return (
        _final_head(f"{a.headline} | The Commonweal", lang="en-GB")
        + '<body class="cw"><header class="cw-head"><a class="cw-logo" href="/">The Commonweal</a> '
        + '<a class="cw-head__edition" href="/edition">This morning\'s edition</a> <a class="cw-head__join" href="/join">'
        + "Join for 50p a week</a>"
        + _nav(["Nation", "Abroad", "Money and work", "The argument", "Saturday", "Games and sport", "Crosswords"], "cw-sections")
        + "</header>"
        + f'<div class="cw-consent" role="dialog"><p>{t(FINAL6_CONSENT[0])}</p><button>Allow and read on</button>'
        + "<button>Choose settings</button></div>"
        + f'<main class="cw-main"><article class="cw-story"><div class="cw-label">{t(label)}</div>'
        + f"<h1>{t(a.headline)}</h1>"
        + byline
        + f'<div class="cw-when">{day.strftime("%A")} {day.day} {day.strftime("%B %Y")}, {started}</div>'
        + f'<div class="cw-bar" style="position:sticky;bottom:0">{bar}</div>'
        + f'<div class="cw-body">{body}</div>'
        + (
            ""
            if live
            else f'<p class="cw-print">In the paper: {printed.strftime("%A")} {printed.day} {printed.strftime("%B")}, page {page}, '
            f"headlined “{t(_print_headline(a.headline))}”.</p>"
        )
        + '<div class="cw-tools"><button>Keep this article</button><button>Send it to a friend</button>'
        + "<button>Larger text</button></div>"
        + '<p class="cw-fix">Spotted a mistake? Our readers\' editor answers every message: <a href="/readers-editor">write to '
        + "the readers' editor</a>.</p>"
        + "</article></main>"
        + '<footer class="cw-foot"><p>The Commonweal, founded 1851. Published by Commonweal Newspapers Ltd.</p>'
        + "<p><a>Standards and complaints</a> <a>Print subscriptions</a> <a>Archive since 1851</a> <a>Your privacy dashboard</a></p></footer>"
        + "</body></html>"
    )


FORUM6_MEMBERS = [
    ("estuary_bob", "Regular", 2811, "Jun 2009", "Kittering Bay", "Forty years on the ferries and still can't swim."),
    ("MillStreetMo", "Member", 414, "Jan 2016", "Tressick", "Tressick Tigers under-12s. Training Tuesdays, new players welcome"),
    ("Quayside_Jen", "Veteran", 9120, "Mar 2005", "Morvaine", "If you can read this you're too close to my signature."),
    ("oldgreydog", "Regular", 1733, "Oct 2011", "Pellock", "Tresk Valley Model Railway Club, open days first Sunday of the month"),
    ("Harkie", "New member", 12, "Feb 2025", "Dunmarrow", ""),
    ("wyncastle_wanderer", "Member", 655, "Aug 2018", "Wyncastle", "Walking every footpath in the valley. 212 down, 391 to go."),
    ("The Grumbler", "Veteran", 12004, "Nov 2004", "Brindlecombe", "Opinions my own. Spelling my own too."),
    ("ferrylass", "Regular", 2203, "May 2013", "Oswy Bridge", "Keep calm and check the tide times"),
]  # fmt: skip
FORUM6_REPLIES = [
    "Thanks for posting this. Saw the vans go past this morning and wondered what was going on.",
    "Not surprised in the slightest. This has been coming for years if anyone had bothered to look.",
    "Does anyone know if there will be a public meeting about it? Happy to go along if so.",
    "My brother-in-law was there and says it was even busier than the report makes out.",
    "Thanks for keeping on top of this. Will there be a follow-up?",
    "Same thing happened when I was a lad and everyone said it would never happen again.",
    "Can the newsdesk find out who actually made the decision? That's what I want to know.",
    "Shared this on the school parents' page, hope that's OK.",
    "Respectfully, I think people are reading too much into it. Let's wait and see.",
    "Mods, can this be made sticky? Plenty of people in town will want to see it.",
]
FORUM6_QUOTE_REPLIES = [
    "This is the bit that worries me.",
    "Well, that answers my question from last week.",
    "Is this right? I'd heard different down the pub.",
]


def _forum_time(day: date, minutes: int) -> str:
    """'Tue Feb 11, 2025 9:14 am', as the board prints a post's time."""
    day = date.fromordinal(day.toordinal() + minutes // (24 * 60))
    hours, mins = divmod(minutes % (24 * 60), 60)
    return f"{day.strftime('%a %b')} {day.day}, {day.year} {(hours - 1) % 12 + 1}:{mins:02d} {'am' if hours < 12 else 'pm'}"


def tpl_forum_thread(a: Article, ctx: Ctx) -> str:
    """A town news site run on community forum software: the story is the opening post of a topic, posted by the
    newsdesk's account, its paragraphs separated by line breaks inside one <div>, with the byline in bold (or a line
    saying a release was posted unedited) and a picture with a caption line between paragraphs. The topic title is an
    <h2> (the page has no <h1>) and every post repeats it as 'Re: ...' in an <h3>; each post has its 'by ... »' line
    in a <p>, the poster's rank, post count, join date and location, Quote and Tell a moderator buttons and a
    signature; members' replies follow, one quoting the opening sentence of a paragraph of the story. Breadcrumbs,
    pagination, 'Who is online', 'Similar topics' and the board's footer (none of it body). A live thread is one
    newsdesk post per update, oldest first, each starting with a bold 'Update' time line (not body), with two members'
    replies between updates and more after them."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    forum = {"press": "Notices and press releases", "wire": "World and national news", "opinion": "Have your say",
             "liveblog": "Live threads"}.get(a.kind, "Local news")  # fmt: skip
    staff = "TT_Newsdesk"
    staff_profile = (
        f'<dl class="postprofile"><dt><img src="/images/avatars/newsdesk.png" alt=""> <a class="username-coloured" '
        f'style="color:#AA0000">{staff}</a></dt><dd class="profile-rank">Site staff</dd>'
        f"<dd><strong>Posts:</strong> {rng.randint(14000, 26000):,}</dd><dd><strong>Joined:</strong> Sat Mar 13, 2004</dd>"
        "<dd><strong>Location:</strong> Tressick Talk office</dd></dl>"
    )
    staff_sig = (
        '<div class="signature">Tressick Talk newsdesk. Got a story? Send us a private message or ring 01632 960 772. '
        "Please read the posting rules before replying.</div>"
    )
    members = rng.sample(FORUM6_MEMBERS, 5)
    subject = t(a.headline)
    clock = rng.randint(7 * 60, 11 * 60)
    number = 0

    def post(who: str, profile: str, content: str, signature: str, when: int) -> str:
        nonlocal number
        number += 1
        head = subject if number == 1 else f"Re: {subject}"
        return (
            f'<div id="p{number}" class="post bg{number % 2 + 1}"><div class="inner"><div class="postbody">'
            '<ul class="post-buttons"><li><a href="#" class="button">Quote</a></li>'
            '<li><a href="#" class="button">Tell a moderator</a></li></ul>'
            f'<h3><a href="#p{number}">{head}</a></h3>'
            f'<p class="author"><span>by</span> <strong>{who}</strong> » {_forum_time(day, when)}</p>'
            f'<div class="content">{content}</div>{signature}</div>{profile}'
            '<div class="back2top"><a href="#top" title="Top">Top of topic</a></div></div></div>'
        )

    def member(k: int) -> tuple[str, str, str]:
        name, rank, count, joined, where, sig = members[k]
        profile = (
            f'<dl class="postprofile"><dt><a class="username">{t(name)}</a></dt><dd class="profile-rank">{t(rank)}</dd>'
            f"<dd><strong>Posts:</strong> {count:,}</dd><dd><strong>Joined:</strong> {joined}</dd>"
            f"<dd><strong>Location:</strong> {t(where)}</dd></dl>"
        )
        return t(name), profile, f'<div class="signature">{t(sig)}</div>' if sig else ""

    replies = rng.sample(FORUM6_REPLIES, 4)
    posts = ""
    if live:
        times = _final6_times(a, rng)
        for i, p in enumerate(a.paragraphs):
            stamp = int(times[i][:2]) * 60 + int(times[i][3:])
            lead = f"<strong>{t(a.byline)}</strong><br><br>" if i == 0 and a.byline else ""
            posts += post(staff, staff_profile, f"{lead}<strong>Update, {times[i]}</strong><br>{t(p)}", staff_sig, stamp)
            if i in (2, 6) and i < n - 1:
                who, profile, sig = member(i // 4)
                posts += post(who, profile, t(replies[i // 4]), sig, stamp + rng.randint(1, 6))
        clock = int(times[-1][:2]) * 60 + int(times[-1][3:])
        tail = [2, 3]
    else:
        lead = ""
        if a.kind == "press":
            lead = f"<em>Press release received from {t(_issuer(a) or 'a local organisation')}, posted unedited:</em><br><br>"
        elif a.byline:
            lead = f"<strong>{t(a.byline)}</strong><br><br>"
        parts = [t(p) for p in a.paragraphs]
        if n >= 4:
            caption, photographer, _ = _final6_caption(ctx)
            parts[1] += (
                f'<br><br><img class="postimage" src="/images/news/{rng.randint(1000, 9999)}.jpg" alt="Image"><br>'
                f'<span style="font-size:85%;line-height:116%">{t(caption)} Photo: {t(photographer)}</span>'
            )
        posts += post(staff, staff_profile, lead + "<br><br>".join(parts), staff_sig, clock)
        tail = [0, 1, 2, 3]
    quoted = a.paragraphs[n // 2]
    sentence = _first_sentence(quoted)
    if sentence == quoted and len(quoted.split()) > 14:
        sentence = " ".join(quoted.split()[:12]).rstrip(",;:") + " ..."
    for k, slot in enumerate(tail):
        clock += rng.randint(12, 240)
        who, profile, sig = member(slot)
        if k == 1:
            content = (
                f'<blockquote><div><cite>{staff} wrote: <a href="#p1">↑</a></cite><br>{t(sentence)}</div></blockquote>'
                f"{t(rng.choice(FORUM6_QUOTE_REPLIES))}"
            )
        else:
            content = t(replies[slot])
        posts += post(who, profile, content, sig, clock)
    bar = (
        '<div class="action-bar"><a class="button" href="/posting?mode=reply">Post a reply</a> '
        '<form class="search-box"><input type="search" placeholder="Search this topic…"></form> '
        f'<div class="pagination">{number} posts • Page 1 of 1</div></div>'
    )
    similar = "".join(
        f'<li><a href="/viewtopic?t={rng.randint(20000, 99999)}">{t(x.headline)}</a> by {staff} » in {t(forum)}</li>'
        for x in ctx.pick_teasers(4)
    )
    return (
        _final_head(f"{a.headline} - Tressick Talk", lang="en-GB")
        + '<body id="phpbb" class="section-viewtopic"><div id="wrap"><a id="top" accesskey="t"></a>'
        + '<div class="headerbar"><a class="site-logo" href="/">Tressick Talk</a>'
        + '<p class="site-description">The town\'s noticeboard since 2004: news, views and lost cats.</p></div>'
        + '<div class="navbar"><ul><li><a href="/faq">FAQ</a></li><li><a href="/join">Join the board</a></li>'
        + '<li><a href="/logon">Log on</a></li></ul>'
        + f'<ul class="crumbs"><li><a href="/">Board index</a> ‹ <a href="/news">News</a> ‹ <a href="/news/{_slug(forum)}">{t(forum)}</a></li></ul></div>'
        + f'<div class="cookie-notice"><p>{t(FINAL6_CONSENT[1])}</p><a class="button">Understood</a></div>'
        + f'<div id="page-body"><h2 class="topic-title"><a href="/viewtopic?t={rng.randint(20000, 99999)}">{subject}</a></h2>'
        + bar
        + posts
        + bar
        + f'<p class="jumpbox-return"><a href="/news/{_slug(forum)}">Return to “{t(forum)}”</a></p>'
        + '<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: '
        + f"{staff} and {rng.randint(3, 40)} guests</p></div>"
        + f'<div class="panel"><h3>Similar topics</h3><ul class="topiclist">{similar}</ul></div></div>'
        + '<div class="page-footer"><ul><li><a href="/">Board index</a></li><li><a href="/team">The team</a></li>'
        + '<li><a href="/ucp?mode=delete_cookies">Delete cookies</a></li><li><a href="/contact">Contact the moderators</a></li></ul>'
        + "<p>All times are UTC</p><p>Powered by Hearthboard Forum Software © Hearthboard Limited</p>"
        + "<p>Tressick Talk is run by volunteers and a two-person newsdesk. Posting rules | Privacy | Terms</p></div>"
        + "</div></body></html>"
    )


SEXTANT6_CLIENTS = ["Tresk Valley Post", "Morvaine & Estuary Messenger", "Brindlecombe Radio 4BC", "The Commonweal"]
SEXTANT6_EDITORS = ["jl", "kd", "rw", "pn", "sb"]
_SLUG_SKIP = {"after", "with", "from", "into", "than", "that", "this", "their", "first", "time", "wins", "gets"}


def _sextant_slug(a: Article) -> str:
    words = [w.upper() for w in re.findall(r"[A-Za-z]+", a.headline) if len(w) > 3 and w.lower() not in _SLUG_SKIP]
    return "-".join(words[:2]) or "REGIONAL"


def tpl_agency_desk(a: Article, ctx: Ctx) -> str:
    """A news agency's subscriber desk, the web terminal its client newsrooms read copy in: the subscribing newsroom,
    feed tabs, a 'Latest on this wire' list of times, slugs and priorities, the story's metadata table (slug, priority,
    version and what it changed, words, filing time, dateline, desk, keywords, usage), an embargo line above the
    headline of a release or a scheduled story and an 'ADVISORY' note, a byline in a <p> before the copy, '(ends)' and
    the desk's initials and time after it, the pictures moving with the story, 'Related stories' and 'Version
    history' (none of it body). A press release comes through the agency's PR service under a line saying the issuer
    supplied the text (not body)."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    press = a.kind == "press"
    slug = ("PR-" if press else "") + _sextant_slug(a)
    priority = {"flash": "2 · Urgent", "wire": "3 · Routine", "press": "5 · PR Service"}.get(a.kind, "4 · Regional")
    desk = {"wire": "World", "press": "PR Service"}.get(a.kind, "Regional")
    country = _wire_country(a)
    dateline = (country or _split_town(a, rng, FINAL6_TOWNS)).upper()
    filed = rng.randint(6 * 60, 19 * 60)
    scheduled = press or (a.kind == "long" and rng.random() < 0.5)
    filed_day = date.fromordinal(day.toordinal() - 1) if scheduled else day  # an embargoed story is filed the day before
    versions = [(filed, "First filing")]
    if n >= 4 and not press:
        versions.append((filed + rng.randint(20, 90), f"Adds detail and reaction in paragraphs {n - 1} and {n}"))
    if n >= 8 and rng.random() < 0.5:
        versions.append((versions[-1][0] + rng.randint(15, 60), "Corrects spelling of a name in paragraph 3"))
    last = versions[-1][0]
    initials = "".join(w[0] for w in (a.author or "Press Release").split()[:2]).lower()
    editor = rng.choice(SEXTANT6_EDITORS)
    embargo = ""
    if scheduled:
        embargo = (
            f'<div class="sx-embargo">EMBARGOED UNTIL 00:01 GMT {(day.strftime("%A")).upper()} {day.day} '
            f"{day.strftime('%B %Y').upper()}. Not for publication, broadcast or posting online before then.</div>"
        )
    advisory = ""
    if a.kind in ("long", "short") and rng.random() < 0.6:
        advisory = (
            '<p class="sx-advisory">ADVISORY: Pictures are moving on the Sextant photo service under the same slug. '
            "A later version may add detail.</p>"
        )
    topic = {"World": "world news", "PR Service": "company news"}.get(desk, "regional news")
    keywords = ", ".join(dict.fromkeys(([country] if country else _towns_in(a, FINAL6_TOWNS)[:2]) + [topic]))
    meta = [
        ("Slug", slug),
        ("Priority", priority),
        ("Version", f"{len(versions)} ({versions[-1][1]})" if len(versions) > 1 else "1"),
        ("Words", str(sum(len(p.split()) for p in a.paragraphs))),
        ("Filed", f"{filed_day.day} {filed_day.strftime('%b %Y')} {_hhmm(last)} GMT"),
        ("Dateline", dateline),
        ("Desk", desk),
        ("Keywords", keywords),
        ("Use", "Subscribers: print, online and broadcast" if not press else "Free to use; the issuer is responsible"),
    ]
    if embargo:
        meta.insert(5, ("Embargo", f"00:01 GMT {day.day} {day.strftime('%b %Y')}"))
    rows = "".join(f"<tr><th>{t(k)}</th> <td>{t(v)}</td></tr>" for k, v in meta)
    byline = f'<p class="sx-by">By {t(a.author)}</p>' if a.author and not a.is_team else ""
    if press:
        byline = (
            '<p class="sx-pr">Sextant PR Service: the text below was supplied by the issuer and has not been edited or '
            "checked by Sextant journalists.</p>"
        )
    pictures = ""
    if n >= 2:
        shots = "".join(
            f'<li><img src="/photo/{rng.randint(100000, 999999)}/thumb.jpg" alt=""> <span>{t(c)}</span> '
            f"<span>SEXTANT/{t(p.upper())}</span></li>"
            for c, p in zip(rng.sample(FINAL6_CAPTIONS, 2), rng.sample(FINAL6_PHOTOGRAPHERS, 2))
        )
        pictures = f'<section class="sx-pics"><h2>Pictures with this story (2)</h2><ul>{shots}</ul></section>'
    latest = "".join(
        f'<li><time>{_hhmm(filed - 7 * k - rng.randint(1, 6))}</time> <a href="/copy/{x.slug}">{t(x.headline)}</a></li>'
        for k, x in enumerate(ctx.pick_teasers(6))
    )
    related = "".join(
        f'<li><time>{_hhmm((filed - rng.randint(60, 600)) % (24 * 60))}</time> <a href="/copy/{x.slug}">{t(x.headline)}</a></li>'
        for x in ctx.later_teasers(3)
    )
    history = "".join(f"<li><time>{_hhmm(when)}</time> {t(what)}</li>" for when, what in versions)
    return (
        _final_head(f"{slug} | Sextant Desk")
        + '<body class="sx"><div class="sx-top"><span class="sx-logo">SEXTANT DESK</span> <span class="sx-client">Subscriber: '
        + f"{t(rng.choice(SEXTANT6_CLIENTS))} newsroom · {rng.randint(2, 9)} seats in use</span> "
        + '<form><input type="search" placeholder="Search copy, slugs and keywords"></form> <a href="/logout">Log out</a></div>'
        + '<nav class="sx-feeds">'
        + " ".join(
            f'<a href="/feed/{_slug(x)}">{x}</a>'
            for x in ["Top", "World", "Regional", "Money", "Sport", "Pictures", "Diary", "PR Service"]
        )
        + "</nav>"
        + f'<div class="sx-grid"><aside class="sx-latest"><h2>Latest on this wire</h2><ul>{latest}</ul></aside>'
        + '<main class="sx-story">'
        + '<div class="sx-tools"><button>Copy plain text</button><button>Download as NITF</button><button>Send to my CMS</button>'
        + "<button>Print copy</button></div>"
        + f'<table class="sx-meta">{rows}</table>'
        + embargo
        + advisory
        + f'<div class="sx-copy"><h1>{t(a.headline)}</h1>{byline}'
        + "".join(f"<p>{t(p)}</p>" for p in a.paragraphs)
        + f'<p class="sx-end">(ends)</p><p class="sx-sig">Sextant {initials}/{editor} {_hhmm(last).replace(":", "")} GMT</p></div>'
        + pictures
        + f'<section class="sx-related"><h2>Related stories</h2><ul>{related}</ul></section>'
        + f'<section class="sx-history"><h2>Version history</h2><ol>{history}</ol></section>'
        + "</main></div>"
        + '<footer class="sx-foot"><p>Sextant copy is licensed to subscribing organisations for the uses set out in their '
        + "agreement. Passing it to anyone else breaks the licence.</p><p>Duty editor, 24 hours: +00 555 0116 · Service "
        + "status: all feeds normal</p></footer>"
        + "</body></html>"
    )


FIRESIDE6_TEASE = "Read it →"


def tpl_email_edition(a: Article, ctx: Ctx) -> str:
    """The web version of a one-story weekend email from a regional paper, laid out in nested tables with inline
    styles: a hidden preheader repeating the story's opening (never visible), 'You are reading the web version of this
    email', the newsletter's name and issue line, a welcome note from the editor in two paragraphs, the story's headline
    in a table cell (no heading element), 'Words by' and 'Pictures by' lines, a picture with its caption, a sponsor's
    message between paragraphs, a note asking readers to reply, 'Worth your weekend' links and the email's footer with
    the unsubscribe and preferences links and the sender's address (none of it body)."""
    day = a.day
    n = len(a.paragraphs)
    saturday = date.fromordinal(day.toordinal() + (5 - day.weekday()) % 7)  # the email goes out on Saturdays
    issue = (saturday - date(2022, 1, 1)).days // 7 + 1  # weekly since its first Saturday
    serif = "font-family:Georgia,'Times New Roman',serif"
    sans = "font-family:Helvetica,Arial,sans-serif"

    def para(text: str) -> str:
        return f'<p style="margin:0 0 18px 0;{serif};font-size:18px;line-height:28px;color:#222222">{t(text)}</p>'

    blocks = [para(p) for p in a.paragraphs]
    inserts: dict[int, str] = {}
    photographer = None
    if n >= 3:
        caption, photographer, _ = _final6_caption(ctx)
        inserts[0] = (
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td style="padding:4px 0 18px 0">'
            f'<img src="https://img.treskvalleypost.example/fireside/{issue}-1.jpg" width="536" alt="" style="display:block;width:100%">'
            f'<div style="{sans};font-size:13px;line-height:18px;color:#6b6b6b;padding-top:6px">{t(caption)}</div></td></tr></table>'
        )
    if n >= 4:
        inserts[n // 2] = (
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr>'
            f'<td style="background:#f3efe6;padding:16px 20px;{sans}">'
            '<div style="font-size:11px;letter-spacing:1px;text-transform:uppercase;color:#8a7a55">A word from this week\'s sponsor</div>'
            '<div style="font-size:15px;line-height:22px;color:#333333;padding-top:6px">Brackwood Outdoor Co. makes waterproofs '
            "that have been up every hill in the valley. Fireside readers get 15% off with the code FIRESIDE until Sunday "
            "night.</div></td></tr></table><br>"
        )
    credits = f"Words by {t(a.author)}" if a.author and not a.is_team else "Words by the Post's reporters"
    if photographer:
        credits += f" · Pictures by {t(photographer)}"
    worth = "".join(
        f'<tr><td style="padding:0 0 16px 0;{sans}"><a href="https://treskvalleypost.example/{x.slug}" style="font-size:17px;'
        f'font-weight:bold;color:#1b1b1b;text-decoration:none">{t(x.headline)}</a><div style="font-size:14px;line-height:20px;'
        f'color:#555555">{t(x.snippet)} <a href="https://treskvalleypost.example/{x.slug}">{FIRESIDE6_TEASE}</a></div></td></tr>'
        for x in ctx.pick_teasers(3)
    )
    preheader = t(_first_sentence(a.paragraphs[0]))
    return (
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
        f"<title>Fireside: {t(a.headline)}</title></head>"
        '<body style="margin:0;padding:0;background:#ece8e1">'
        f'<div style="display:none;font-size:1px;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden">{preheader}'
        " &#847; &#847; &#847; &#847;</div>"
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#ece8e1"><tr><td align="center">'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">'
        f'<tr><td style="padding:10px 32px;{sans};font-size:12px;color:#777777;text-align:center">You are reading the web version of '
        'this email. <a href="https://treskvalleypost.example/newsletters/fireside">Sign up</a> to get Fireside in your inbox every '
        "Saturday.</td></tr>"
        f'<tr><td style="padding:24px 32px 8px 32px;{serif};font-size:40px;font-weight:bold;color:#b5432b">Fireside</td></tr>'
        f'<tr><td style="padding:0 32px 20px 32px;{sans};font-size:13px;color:#777777">A weekend read from the Tresk Valley Post · '
        f"Issue {issue} · {saturday.strftime('%A')} {saturday.day} {saturday.strftime('%B %Y')}</td></tr>"
        f'<tr><td style="padding:0 32px 8px 32px"><p style="margin:0 0 12px 0;{sans};font-size:15px;line-height:22px;color:#444444">'
        "Hello, and welcome to Fireside: one story every Saturday, with the room to do it justice. If someone forwarded this "
        f'to you, you can sign up for free on our website.</p><p style="margin:0 0 20px 0;{sans};font-size:15px;color:#444444">'
        "Ada Penrose, editor</p></td></tr>"
        f'<tr><td style="padding:0 32px 6px 32px;{serif};font-size:30px;line-height:36px;font-weight:bold">'
        f'<a href="https://treskvalleypost.example/{_slug(a.headline)}" style="color:#1b1b1b;text-decoration:none">{t(a.headline)}</a></td></tr>'
        f'<tr><td style="padding:0 32px 22px 32px;{sans};font-size:13px;color:#777777">{credits}</td></tr>'
        f'<tr><td style="padding:0 32px">{_interleave(blocks, inserts)}</td></tr>'
        f'<tr><td style="padding:8px 32px 24px 32px;{sans};font-size:15px;line-height:22px;color:#444444;border-top:1px solid #e2ddd3">'
        "Thanks for reading. Hit reply and tell us what you thought: every email is read by a person, usually on Monday "
        "morning.</td></tr>"
        f'<tr><td style="padding:0 32px 8px 32px;{sans};font-size:12px;letter-spacing:1px;text-transform:uppercase;color:#b5432b">'
        "Worth your weekend</td></tr>"
        f'<tr><td style="padding:0 32px 16px 32px"><table role="presentation" width="100%" cellpadding="0" cellspacing="0">{worth}</table></td></tr>'
        f'<tr><td style="padding:20px 32px;background:#f7f5f1;{sans};font-size:12px;line-height:18px;color:#888888">'
        "You are getting this email because you signed up for Fireside at treskvalleypost.example.<br>"
        '<a href="https://treskvalleypost.example/newsletters">Manage your newsletters</a> · '
        '<a href="https://treskvalleypost.example/unsubscribe">Unsubscribe</a> · '
        '<a href="https://treskvalleypost.example/privacy">Privacy notice</a><br>'
        "Tresk Valley Post, 3 Ropery Lane, Brindlecombe BC2 7QL</td></tr>"
        "</table></td></tr></table></body></html>"
    )


def tpl_photo_essay(a: Article, ctx: Ctx) -> str:
    """A photography site's photo story: a full-width opening picture with the headline over it, 'A photo story by' and
    'Words by' credits, a 'Scroll to begin' line, the paragraphs each followed by a large numbered picture ('3/8') whose
    long caption, two or three sentences of prose, sits in a <p> of its own with the credit in another <p> and 'Enlarge'
    and 'Buy a print' under it; at the end a 'Contact sheet' strip of frame numbers, 'About the photographer', a
    'Shot on assignment' note and 'More photo stories' (none of it body)."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    photographer = rng.choice(FINAL6_PHOTOGRAPHERS)
    after = list(range(n - 1)) if n - 1 <= 7 else sorted(rng.sample(range(n - 1), 7))
    total = len(after) + 1
    captions = rng.sample(FINAL6_LONG_CAPTIONS, total)
    blocks = [f'<p class="ll-text">{t(p)}</p>' for p in a.paragraphs]
    inserts: dict[int, str] = {}
    for k, i in enumerate(after, start=2):
        inserts[i] = (
            f'<div class="ll-frame"><img src="/stories/{_slug(a.headline)[:30]}/{k:02d}.jpg" alt="" loading="lazy">'
            f'<div class="ll-frame__meta"><span class="ll-frame__n">{k}/{total}</span>'
            f'<p class="ll-frame__caption">{t(captions[k - 1])}</p>'
            f'<p class="ll-frame__credit">Photograph © {t(photographer)} for Longlens</p>'
            '<div class="ll-frame__tools"><button>Enlarge</button> <a href="/prints">Buy a print</a></div></div></div>'
        )
    words = t(a.author) if a.author and not a.is_team else "Longlens"
    frames = "".join(
        f'<li><img src="/contact/{rng.randint(1000, 9999)}.jpg" alt=""><span>Frame {x:02d}</span></li>'
        for x in sorted(rng.sample(range(1, 37), 6))
    )
    more = "".join(
        f'<li><a href="/stories/{x.slug}"><span class="ll-more__head">{t(x.headline)}</span></a>'
        f'<div class="ll-more__count">Photo story · {rng.randint(6, 14)} pictures</div></li>'
        for x in ctx.later_teasers(3)
    )
    base = rng.choice(FINAL6_TOWNS)
    return (
        _final_head(f"{a.headline} — a Longlens photo story")
        + '<body class="ll"><header class="ll-head"><a class="ll-logo" href="/">Longlens</a>'
        + ' <div class="ll-tagline">Photo stories from the estuary and the hills</div>'
        + _nav(["Photo stories", "Portfolios", "Prints", "Workshops", "Submit your work", "About Longlens"], "ll-nav")
        + "</header>"
        + f'<div class="ll-consent" role="dialog"><p>{t(FINAL6_CONSENT[2])}</p><button>That is fine</button>'
        + "<button>Just the necessary ones</button></div>"
        + '<main><article class="ll-story">'
        + f'<header class="ll-hero"><img src="/stories/{_slug(a.headline)[:30]}/01.jpg" alt=""><div class="ll-hero__text">'
        + f'<div class="ll-kicker">Photo story</div><h1>{t(a.headline)}</h1>'
        + f'<div class="ll-credits">A photo story by {t(photographer)} · Words by {words}</div>'
        + f'<div class="ll-date">{day.strftime("%B %Y")} · {total} photographs</div></div>'
        + f'<div class="ll-hero__caption"><span>1/{total}</span> {t(captions[0])}</div></header>'
        + '<div class="ll-scroll">Scroll to begin ↓</div>'
        + f'<div class="ll-body">{_interleave(blocks, inserts)}</div>'
        + f'<section class="ll-contact"><h2>Contact sheet</h2><ol>{frames}</ol><a href="/prints">See every frame</a></section>'
        + f'<section class="ll-about"><h2>About the photographer</h2><p>{t(photographer)} is a documentary photographer based in '
        + f"{base}. Their long-running work on the estuary's working lives has been shown in Brindlecombe and Morvaine.</p></section>"
        + f'<p class="ll-note">Shot on assignment for Longlens in {day.strftime("%B %Y")}. Pictures edited by Ines Achebe-Ward.</p>'
        + "</article>"
        + f'<section class="ll-more"><h2>More photo stories</h2><ul>{more}</ul></section>'
        + "</main>"
        + '<footer class="ll-foot"><p>All photographs © the photographers. Please do not reproduce them without permission.</p>'
        + "<p><a>Commission a photographer</a> <a>Print shop terms</a> <a>Privacy</a> <a>Contact Longlens</a></p></footer>"
        + "</body></html>"
    )


def tpl_roundup(a: Article, ctx: Ctx) -> str:
    """A weekly paper's briefs page, where every brief is printed whole: the chosen brief under the page's only <h1>,
    with a section label, a date and byline line and a 'Copy link to this brief' button, then 'More briefs', up to three
    other short stories of the split printed in full under <h2> headlines with their own 'Earlier:' time lines and
    buttons, a note on the printed paper, and a tide table, the weather and a 'Notice board' in the rail (none of it
    body: only the chosen brief is the article)."""
    rng = ctx.rng
    world = a.kind == "wire"
    label = "World briefs" if world else "Estuary briefs"
    others = [o for o in ctx.others if o.kind in ("flash", "short", "wire") and len(o.paragraphs) <= 4][:3]

    clock = rng.randint(12 * 60, 17 * 60)

    def brief(o: Article, opened: bool) -> str:
        nonlocal clock
        who = t(o.author) if o.author and not o.is_team else ("Sextant" if o.kind == "wire" else "Messenger reporter")
        stamp = f"{o.day.day} {o.day.strftime('%B %Y')}, {_hhmm(clock)}" if opened else f"Earlier: {_hhmm(clock)}"
        clock -= rng.randint(25, 110)  # the briefs below the chosen one were posted before it
        head = f"<h1>{t(o.headline)}</h1>" if opened else f'<h2><a href="/in-brief/{_slug(o.headline)}">{t(o.headline)}</a></h2>'
        return (
            f'<article class="em-brief{" em-brief--open" if opened else ""}">{head}'
            f'<div class="em-brief__meta">{stamp} · {who}</div>'
            + "".join(f"<p>{t(p)}</p>" for p in o.paragraphs)
            + '<div class="em-brief__tools"><button>Copy link to this brief</button></div></article>'
        )

    tides = []
    at = rng.randint(0, 5 * 60)
    for k in range(4):
        kind = "High tide" if k % 2 == 0 else "Low tide"
        height = rng.uniform(4.2, 5.6) if k % 2 == 0 else rng.uniform(0.4, 1.3)
        tides.append(f"<tr><th>{kind}</th> <td>{_hhmm(at)}</td> <td>{height:.1f}m</td></tr>")
        at += 6 * 60 + rng.randint(5, 25)
    notices = "".join(
        f"<li><a>{x}</a></li>"
        for x in ["Family announcements", "Planning applications this week", "Road closures", "Lost and found"]
    )
    sky = rng.choice(["Blustery showers", "Bright spells", "Low cloud and drizzle", "Sunny and still"])
    return (
        _final_head(f"{a.headline} | The Estuary Messenger", lang="en-GB")
        + '<body class="em"><header class="em-head"><a class="em-logo" href="/">The Estuary Messenger</a>'
        + '<div class="em-strap">Morvaine, Kittering Bay and the estuary towns. In print every Thursday, online every day.</div>'
        + _nav(
            [
                "Messenger home",
                "Estuary news",
                "Briefs",
                "Estuary sport",
                "What's happening",
                "Notice board",
                "Contact the newsroom",
            ],
            "em-nav",
        )
        + "</header>"
        + f'<div class="em-consent" role="dialog"><p>{t(FINAL6_CONSENT[3])}</p><button>Yes please</button><button>Not now</button></div>'
        + f'<div class="em-page"><main><div class="em-section">{label}</div>'
        + brief(a, True)
        + (
            f'<section class="em-more"><h2 class="em-more__title">More briefs</h2>{"".join(brief(o, False) for o in others)}</section>'
            if others
            else ""
        )
        + '<div class="em-print">The Messenger in print: out every Thursday, £1.10 from shops across the estuary.</div></main>'
        + f'<aside class="em-rail"><table class="em-tides"><caption>Kittering Bay tides today</caption>{"".join(tides)}</table>'
        + f'<div class="em-weather"><h3>Estuary weather</h3><p>{rng.randint(4, 22)}° · {sky}</p></div>'
        + f'<div class="em-notices"><h3>Notice board</h3><ul>{notices}</ul></div></aside></div>'
        + '<footer class="em-foot"><p>The Estuary Messenger, Custom House Quay, Morvaine.</p>'
        + "<p><a>Advertise in the Messenger</a> <a>Deliver the Messenger</a> <a>Editorial complaints</a> <a>Privacy</a></p></footer>"
        + "</body></html>"
    )


def tpl_text_lite(a: Article, ctx: Ctx) -> str:
    """A national broadcaster's text-only, low-bandwidth edition: no stylesheet, no scripts and almost no classes, every
    line a plain <p> (the header and its links, the section path, the byline, the date, a '[Picture: ...]' line where
    the full site has an image, 'Top of page', the page-size note and the footer), the story's paragraphs among them.
    A live page lists its updates newest first, each after a <p> with its time alone in bold (not body); its gold is the
    paragraphs in filed order."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    zone = _zone(day)
    live = a.kind == "liveblog"
    country = _wire_country(a)
    path = ["News", "World", country] if country else ["News", "Tresk Valley"]
    if live:
        times = _final6_times(a, rng)
        body = "<p>Updates newest first. Reload this page to see new ones.</p>" + "".join(
            f"<p><b>{times[i]}</b></p><p>{t(a.paragraphs[i])}</p>" for i in range(n - 1, -1, -1)
        )
        stamp = f"{day.strftime('%A')} {day.day} {day.strftime('%B %Y')}, last updated {times[-1]} {zone}"
    else:
        blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
        inserts: dict[int, str] = {}
        if n >= 3:
            caption, _, _ = _final6_caption(ctx)
            inserts[0] = f"<p>[Picture: {t(caption)}]</p>"
        body = _interleave(blocks, inserts)
        stamp = f"{day.strftime('%A')} {day.day} {day.strftime('%B %Y')}, {_clock(rng, 6, 20).zfill(5)} {zone}"
    top = "".join(f'<li><a href="/lite/{x.slug}">{t(x.headline)}</a></li>' for x in ctx.pick_teasers(5))
    crumbs = " › ".join(f'<a href="/lite/{_slug(x)}">{t(x)}</a>' for x in path)
    kb = rng.randint(9, 31)
    return (
        f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{t(a.headline)} - EBS News (text only)</title>'
        '<meta name="viewport" content="width=device-width"></head><body>'
        "<p><b>EBS News</b> | Text-only edition</p>"
        '<p><a href="https://www.ebs.example/news">Go to the full site</a> | <a href="/lite">Top stories</a> | '
        '<a href="/lite/sections">All sections</a></p><hr>'
        f"<p>{crumbs}</p>"
        f"<h1>{t(a.headline)}</h1>"
        + (f"<p>{t(a.byline)}</p>" if a.byline else "<p>EBS News</p>")
        + f"<p>{stamp}</p>"
        + body
        + "<hr><p><b>Top stories</b></p>"
        + f"<ul>{top}</ul><hr>"
        + '<p><a href="#">Top of page</a> | <a href="https://www.ebs.example/news">Full site</a></p>'
        + f"<p>This page is about {kb} KB. It has no pictures, adverts or tracking.</p>"
        + f"<p>© {day.year} Eastmarch Broadcasting Service. EBS is not responsible for the content of external sites.</p>"
        + "</body></html>"
    )


# ---------------------------------------------------------------------------------------------
# "final7" templates: written after "final6" had been read, with chrome vocabulary of their own again (none of the
# constants above, final to final6 ones included, appear on these pages)

FINAL7_CONSENT = [
    "Straight Count uses a small number of cookies: some keep the site working, and, if you agree, others tell us how "
    "many people read each check and where they found it. We never use them to show you adverts, because we do not "
    "carry any.",
    "We use cookies so this site works properly and so we can see which stories get read. Nothing is sold on, and "
    "you can change your mind from the link at the bottom of every page.",
    "The Sentinel and its advertising partners store and read information on your device to measure how the site is "
    "used, to keep you signed in and to show adverts that suit the area you read us from. Select Agree and continue to "
    "allow all of this, or Let me choose to pick purpose by purpose.",
    "Tally sets one cookie to remember this choice and, if you say yes, one more that counts how far readers scroll "
    "through each chart. That is all.",
    "Coastwise stories load pictures and video from our partners, who may set cookies of their own. Tap Fine by me to "
    "allow them, or Essential only to turn the extra ones off.",
    "This archive sets no cookies of its own. The page below is shown as it was captured, and any banner on it belonged "
    "to the original site.",
    "Isobar uses your location, if you allow it, to show the forecast where you are, and cookies to count visitors and "
    "pay for the site with adverts. Choose Go ahead, or manage your choices one by one.",
]
FINAL7_CAPTIONS = [
    "Fishing boats moored three abreast in Abbotsreach harbour.",
    "The old railway viaduct above Drumlisk, now a footpath.",
    "A queue outside the bakery on Castlewray's Bridge Street.",
    "Sheep grazing the salt marsh at the mouth of the Marrach.",
    "Scaffolding on the front of the Castlewray Guildhall.",
    "A bus shelter on the valley road, timetable torn away.",
    "Lifeboat volunteers launch on a training exercise.",
    "Allotment sheds on the slope behind Stennock station.",
    "The ferry slipway at Inverbrae at low water.",
    "Rain sweeping across the fells above Pennelow.",
]
FINAL7_PHOTOGRAPHERS = ["Beatrix Olumide", "Corin Haverstock", "Yuki Farrelly", "Anselm Grieg", "Petra Moloney",
                        "Ruaridh Acheson", "Lowri Santangelo"]  # fmt: skip
FINAL7_AGENCIES = ["Skerrow Pictures", "Fellside Photo Library", "Marrach Press Photos", "Tideline Images"]
FINAL7_TOWNS = ["Castlewray", "Stennock", "Corvellan", "Drumlisk", "Saltrigg", "Pennelow", "Abbotsreach", "Inverbrae"]
FINAL7_COMMENTS = [
    ("Marion T", "Thank you for putting this up. Nobody else seems to be covering it."),
    ("Drum_Dad", "Heard about this at the school gate this morning and wanted to know more."),
    ("Pete (Saltrigg)", "Could you find out when the next meeting is? I would like to go."),
    ("Anya K", "Shared with our residents' group. Lots of people asking questions already."),
    ("HillWalker62", "Good to see it written down properly instead of rumours on social media."),
    ("bryony.c", "My mum used to work there, she will be really sad to read this."),
]
WIRE7 = "Keelson"
WEATHER7 = frozenset({"P207", "P210", "P213", "P220"})  # the weather channel carries these only
FACTCHECK7_SCALE = ["Accurate", "Needs context", "Misleading", "Wrong", "No evidence"]
FACTCHECK7 = {  # the fact-checking site carries these only: the claims it rated, its topic and the sources it lists
    "P205": {
        "topic": "Transport",
        "claims": [
            (
                "Stennock has lost half its bus services in ten years.",
                "Councillor Dermot Kilbride",
                "Marrach County Council transport debate, 4 March 2025",
                "Needs context",
                "Stennock has 43% fewer bus routes than in 2015, but about a quarter fewer weekday buses.",
            )
        ],
        "sources": [
            "Marrach County Council, bus timetables for Stennock, September 2015 and March 2025",
            "Marrach County Council, weekday and Sunday departures by stop, supplied to Straight Count on 10 March 2025",
            "Webcast of the county council meeting of 4 March 2025",
            "'Save Stennock's Buses' campaign leaflet, undated",
        ],
    },
    "P215": {
        "topic": "Environment",
        "claims": [
            (
                "The Corvellan incinerator will burn a million tonnes of rubbish a year.",
                "A post shared on social media",
                "Social media, 26 October 2025",
                "Wrong",
                "The planning application gives the plant a capacity of 235,000 tonnes a year.",
            )
        ],
        "sources": [
            "Venner Energy, planning application and environmental statement, August 2025",
            "National environment agency, register of permitted waste plants, October 2025",
            "Leaflet handed out at a public meeting in Corvellan, supplied by the author of the post",
        ],
    },
    "P218": {
        "topic": "Health",
        "claims": [
            (
                "Waits for planned operations have fallen sharply this year.",
                "Castlewray and Marrach Health Board",
                "Press statement, 28 October 2025",
                "Needs context",
                "Year-long waits have fallen, but the waiting list as a whole has grown.",
            ),
            (
                "Patients are waiting longer than ever.",
                "Save Our Infirmary campaign",
                "Social media, 30 October 2025",
                "Misleading",
                "True of orthopaedic patients, not of the infirmary as a whole.",
            ),
        ],
        "sources": [
            "Castlewray and Marrach Health Board, monthly waiting times, January to September 2025",
            "Castlewray and Marrach Health Board, waiting times by specialty, 2019 to 2025",
            "Statement by the health board, 28 October 2025, and interview with its chief operating officer",
            "Save Our Infirmary, social media posts of 30 October 2025, and interview with its spokesperson",
        ],
    },
}


def _final7_times(article: Article, rng: random.Random) -> list[str]:
    """A live page's update times: an evening count runs past midnight, a storm page through the morning."""
    evening = article.paragraphs[0][:40].lower().startswith("good evening")
    minutes = (21 * 60 + rng.randint(5, 35)) if evening else (6 * 60 + rng.randint(10, 50))
    times = []
    for _ in article.paragraphs:
        times.append(_hhmm(minutes % (24 * 60)))
        minutes += rng.randint(12, 32) if evening else rng.randint(20, 48)
    return times


def _writers(article: Article) -> list[str]:
    """The names in a byline ("By Kit Umeadi and Maud Ellingham" -> ["Kit Umeadi", "Maud Ellingham"])."""
    if not article.author:
        return []
    return [name.strip() for name in article.byline.removeprefix("By ").split(",")[0].split(" and ")]


def _day_month_year(day: date) -> str:
    return f"{day.day} {day.strftime('%B %Y')}"


def tpl_fact_check(a: Article, ctx: Ctx) -> str:
    """A fact-checking charity's verdict page: the claim card above the story (the claim in quotation marks, who made it
    and where, 'Our rating' on a five-step scale and a one-sentence ruling in a <p> of its own), 'Fact check by' and
    'Published' lines, a 'Why we checked this' box after the first paragraph, <h2> subheads between paragraphs ('What
    the numbers show' and 'Our verdict' before the paragraph that sums up), then 'Sources we used', a note on
    corrections, 'Was this check useful?', the checker's box, 'More of our checks' (the other checks' ratings), 'Also
    in the news', 'The Weekly Check' sign-up and a funding note (none of it body)."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    check = FACTCHECK7[a.id]
    claims = check["claims"]
    writers = _writers(a) or ["Straight Count team"]

    def card(k: int, claim: tuple[str, str, str, str, str]) -> str:
        text, by, where, rating, ruling = claim
        label = "The claim" if len(claims) == 1 else f"Claim {k + 1} of {len(claims)}"
        on = ' aria-current="true" class="sc-scale__on"'
        scale = "".join(f"<li{on if step == rating else ''}>{t(step)}</li>" for step in FACTCHECK7_SCALE)
        return (
            f'<div class="sc-claim"><div class="sc-claim__label">{label}</div>'
            f'<blockquote class="sc-claim__text">“{t(text)}”</blockquote>'
            f'<div class="sc-claim__who">Said by {t(by)} · {t(where)}</div>'
            f'<div class="sc-rating sc-rating--{_slug(rating)}"><span class="sc-rating__label">Our rating</span> '
            f'<strong>{t(rating)}</strong></div><ol class="sc-scale">{scale}</ol>'
            f'<p class="sc-claim__ruling">{t(ruling)}</p></div>'
        )

    blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
    inserts: dict[int, str] = {}
    if n >= 4:
        asked = rng.randint(6, 41)
        inserts[0] = (
            '<aside class="sc-why"><h2>Why we checked this</h2>'
            f"<p>{asked} readers asked us to look at {'this claim' if len(claims) == 1 else 'these claims'}. Anyone can "
            "send us something to check, and we publish "
            "what we find whichever way it falls.</p></aside>"
        )
    if n >= 5:
        inserts[1] = inserts.get(1, "") + '<h2 class="sc-sub">What the numbers show</h2>'
        verdict = next((i for i in range(2, n) if a.paragraphs[i].startswith("So ")), n - 1)
        inserts[verdict - 1] = inserts.get(verdict - 1, "") + '<h2 class="sc-sub">Our verdict</h2>'
    sources = "".join(f"<li>{t(s)}</li>" for s in check["sources"])
    others = [o for o in ctx.others if o.id in FACTCHECK7]
    more = "".join(
        f'<li><a href="/checks/{_slug(o.headline)}">{t(o.headline)}</a> '
        f'<span class="sc-chip sc-chip--{_slug(FACTCHECK7[o.id]["claims"][0][3])}">{t(FACTCHECK7[o.id]["claims"][0][3])}</span></li>'
        for o in others
    )
    news = "".join(
        f'<li><a href="/in-the-news/{x.slug}">{t(x.headline)}</a></li>'
        for x in [x for x in ctx.pick_teasers(8) if not x.headline.startswith("Fact check")][:4]
    )
    first = writers[0]
    return (
        _final_head(f"{a.headline} | Straight Count", lang="en-GB")
        + '<body class="sc"><header class="sc-head"><a class="sc-logo" href="/">Straight Count</a>'
        + '<div class="sc-strap">Independent fact checking for the Marrach coast since 2017</div>'
        + _nav(
            ["Fact checks", "Ratings explained", "Claims in the news", "Ask us to check", "Our funding", "Corrections log"],
            "sc-nav",
        )
        + "</header>"
        + f'<div class="sc-cookies" role="dialog"><p>{t(FINAL7_CONSENT[0])}</p><button>That is fine</button>'
        + "<button>Only the ones you need</button></div>"
        + f'<nav class="sc-crumbs"><a href="/checks">Fact checks</a> › <a href="/checks/{_slug(check["topic"])}">{t(check["topic"])}</a></nav>'
        + '<main class="sc-main"><article class="sc-check">'
        + f"<h1>{t(a.headline)}</h1>"
        + f'<div class="sc-meta"><span>Fact check by {" and ".join(t(w) for w in writers)}</span> · '
        + f"<span>Published {_day_month_year(day)}</span></div>"
        + f'<section class="sc-claims" aria-label="What we checked">{"".join(card(k, c) for k, c in enumerate(claims))}</section>'
        + '<div class="sc-share"><button>Copy the rating card</button> <button>Post it</button> <button>Send by email</button></div>'
        + f'<div class="sc-body">{_interleave(blocks, inserts)}</div>'
        + f'<section class="sc-sources"><h2>Sources we used</h2><ol>{sources}</ol></section>'
        + '<p class="sc-policy">Think we have got something wrong? Tell us and we will look again. Every change we make '
        + 'after publishing is listed, with its date, in our <a href="/corrections">corrections log</a>.</p>'
        + '<div class="sc-useful">Was this check useful? <button>Yes</button> <button>No</button></div>'
        + f'<div class="sc-checker"><img src="/team/{_slug(first)}.jpg" alt=""><p><b>{t(first)}</b> checks claims about '
        + f"transport, health and local services for Straight Count. Send {t(first.split()[0])} a claim: "
        + "claims@straightcount.example</p></div>"
        + "</article>"
        + f'<aside class="sc-rail"><section><h2>More of our checks</h2><ul>{more}</ul></section>'
        + f"<section><h2>Also in the news</h2><ul>{news}</ul></section>"
        + '<section class="sc-weekly"><h2>The Weekly Check</h2><p>Every Friday: the claims we looked at, what we found and '
        + 'what we are looking at next.</p><form><input type="email" placeholder="you@example.com"><button>Send me the '
        + "Weekly Check</button></form></section></aside></main>"
        + '<footer class="sc-foot"><p>Straight Count is a registered charity (no. 1187440). We take no money from political '
        + "parties or from anyone whose claims we check. Our funders and what they gave are listed on our funding page.</p>"
        + "<p><a>How we rate claims</a> <a>Our team</a> <a>Complaints</a> <a>Privacy</a></p></footer>"
        + "</body></html>"
    )


def tpl_site_builder(a: Article, ctx: Ctx) -> str:
    """A volunteer-run community newspaper on a generic website builder: the builder's promotional banner, a members'
    'Log In', the post header (writer's avatar, a 'Writer' or 'Admin' badge, date, reading time, sometimes 'Updated:'), each
    paragraph in a <p> wrapped in rich-content <div>s with empty <p><br></p> spacers between some of them, a picture
    with 'Photo courtesy of', a bold one-line <p> subhead in a long story, a release 'Sent to us by' line in italics
    and a live post's bold time lines (oldest first), then hashtags, view, comment and like counts, 'More Posts'
    with 'See All', comments with Like and Reply, a 'Keep local news going' appeal in a <p>, a sign-up form whose
    thank-you message stays hidden and the builder's footer (none of it body)."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    site = "Drumlisk & District News"

    def block(inner: str) -> str:
        return f'<div class="rc-block" data-hook="rcv-block"><p dir="auto" class="rc-p">{inner}</p></div>'

    def para(text: str) -> str:
        return block(f'<span style="color:#2b2b2b;font-weight:400">{t(text)}</span>')

    spacer = block("<br>")
    out: list[str] = []
    if a.kind == "press":
        issuer = _issuer(a) or "a local organisation"
        out.append(block(f"<em>Sent to us by {t(issuer)}. We publish community announcements as they reach us.</em>"))
    if live:
        times = _final7_times(a, rng)
        when = "evening" if int(times[0][:2]) >= 17 else "day"
        out.append(block(f"<em>We are adding to this post through the {when}. Refresh the page for the latest.</em>"))
        for i, p in enumerate(a.paragraphs):
            out.append(block(f'<span style="font-weight:700">{_twelve(times[i])}</span>'))
            out.append(para(p))
            if i % 3 == 2:
                out.append(spacer)
    else:
        subhead_at = n // 2 if n >= 7 and a.kind != "opinion" else -1
        for i, p in enumerate(a.paragraphs):
            if i == subhead_at:
                heading = rng.choice(["The background", "More details", "The full picture"])
                out.append(block(f'<span style="font-weight:700">{heading}</span>'))
            out.append(para(p))
            if rng.random() < 0.4 and i < n - 1:
                out.append(spacer)
            if i == 0 and n >= 3:
                caption, photographer, _ = _final7_caption(ctx)
                out.append(
                    f'<figure class="rc-image"><div class="rc-image__wrap"><img src="https://static.tessellate.example/media/'
                    f'{rng.randint(100000, 999999)}~mv2.jpg" alt=""></div><figcaption><span>{t(caption)} Photo courtesy of '
                    f"{t(photographer)}</span></figcaption></figure>"
                )
    writer, badge = (a.author, "Writer") if a.author and not a.is_team else ("D&D News desk", "Admin")
    updated = ""
    if rng.random() < 0.5:
        later = date.fromordinal(day.toordinal() + 1)
        updated = f'<div class="post-updated">Updated: {_short_us_date(later)}</div>'
    tags = [f"#{town}" for town in _towns_in(a, FINAL7_TOWNS)[:3]] + ["#LocalNews"]
    views, replies, likes = rng.randint(90, 2400), rng.randint(0, 14), rng.randint(2, 60)

    def card(x: Article) -> str:
        said = rng.randint(0, 9)
        return (
            f'<li class="recent-card"><a href="/post/{_slug(x.headline)}"><img src="https://static.tessellate.example/media/'
            f'{rng.randint(100000, 999999)}~mv2.jpg" alt=""><h3>{t(x.headline)}</h3></a><div class="recent-card__stats">'
            f"<span>{rng.randint(40, 900)} views</span> <span>{said} comment{'' if said == 1 else 's'}</span> "
            f"<span>♡ {rng.randint(0, 30)}</span></div></li>"
        )

    comments = "".join(
        f'<li class="comment"><div class="comment__head"><b>{t(name)}</b> <span>{rng.randint(1, 6)}d</span></div>'
        f"<p>{t(text)}</p><div><button>Like</button> <button>Reply</button></div></li>"
        for name, text in rng.sample(FINAL7_COMMENTS, 2)
    )
    return (
        _final_head(f"{a.headline}", lang="en-GB")
        + '<body><div id="SITE_CONTAINER"><div id="BUILDER_BANNER" class="builder-banner">This site was built with '
        + 'Tessellate. Make one like it in minutes. <a href="https://www.tessellate.example/start">Start for free</a></div>'
        + '<div id="masterPage"><header id="SITE_HEADER"><div class="logo-wrap"><img src="/logo.png" alt="">'
        + f'<span class="site-title">{t(site)}</span></div><p class="site-tagline">Your community, your news. Run by '
        + "volunteers since 2014.</p>"
        + _nav(["Home", "News", "What's On", "Clubs & Groups", "Advertise With Us", "Contact", "More"], "site-menu")
        + '<button class="login-button">Log In</button></header>'
        + f'<div class="cookie-bar" role="dialog"><p>{t(FINAL7_CONSENT[1])}</p><button>Fine with me</button><button>Cookie options</button></div>'
        + '<main id="PAGES_CONTAINER"><div data-hook="post-page"><article>'
        + '<div data-hook="post-header" class="post-header"><div class="author-avatar"><img src="/avatar.png" alt=""></div>'
        + f'<span class="author-name">{t(writer)}</span> <span class="author-badge">{badge}</span> '
        + f'<span data-hook="time-ago">{_short_us_date(day)}</span> · <span>{_minutes(a)} min read</span>{updated}'
        + '<button aria-label="More actions">⋮</button></div>'
        + f'<h1 data-hook="post-title"><span class="blog-post-title-font">{t(a.headline)}</span></h1>'
        + f'<div data-hook="post-description"><div class="rich-content">{"".join(out)}</div></div>'
        + '<div class="post-tags">'
        + " ".join(f'<a href="/blog/hashtags/{x[1:].lower()}">{x}</a>' for x in tags)
        + "</div>"
        + '<div class="post-share"><span>Share Post</span> <button aria-label="Share via Facebook"></button>'
        + '<button aria-label="Share via X"></button> <button>Copy post link</button></div>'
        + f'<div class="post-stats"><span>{views:,} views</span> <span>{replies} comment{"" if replies == 1 else "s"}</span> '
        + f'<button class="like-button" aria-label="Like post">♡ {likes}</button></div></article>'
        + '<section class="recent-posts"><h2>More Posts</h2><a href="/blog">See All</a><ul>'
        + "".join(card(x) for x in [o for o in ctx.others if o.kind != "wire"][:3])
        + "</ul></section>"
        + f'<section class="post-comments"><h2>Comments</h2><div class="comment-box">Add a comment...</div><ul>{comments}</ul></section>'
        + "</div></main>"
        + '<section class="strip-donate"><h2>Keep local news going</h2><p>Drumlisk &amp; District News is written by eleven '
        + "volunteers and costs about £90 a month to keep online. If you enjoyed this story, you could buy us "
        + 'a cup of tea.</p><a class="button" href="/support">Buy us a cuppa</a></section>'
        + '<section class="strip-subscribe"><h2>Never miss a story</h2><form><label>Email*</label><input type="email">'
        + '<button>Subscribe</button></form><div class="form-thanks" hidden>Thanks for submitting!</div></section>'
        + '<footer id="SITE_FOOTER"><p>Drumlisk &amp; District News · The Old Bank, Mill Street, Drumlisk</p>'
        + "<p>newsdesk@drumliskdistrict.example · 07700 900416</p>"
        + f"<p>© {day.year} by Drumlisk &amp; District News. Proudly made with Tessellate</p>"
        + "<p><a>Privacy &amp; Cookies</a> | <a>Accessibility Statement</a></p></footer>"
        + "</div></div></body></html>"
    )


COLUMNS7 = {
    "Bernadette Crewe": (
        "Standing Room",
        "Bernadette Crewe has not owned a car since 2009 and writes about getting around the valley without one, every "
        "other Friday.",
        [
            "I timed every bus in the valley for a week. Here is what I found",
            "Cycle lanes that end in hedges",
            "Why the 7.52 to Castlewray is the best-run thing in the county",
        ],  # fmt: skip
    ),
    "Lachlan Maclaren": (
        "Shop Talk",
        "Lachlan Maclaren sells second-hand books from a converted garage in Drumlisk and writes about small business on "
        "alternate Tuesdays.",
        [
            "What a Saturday market taught me about pricing",
            "The card machine fee nobody warns you about",
            "In praise of the shop that closes for lunch",
        ],  # fmt: skip
    ),
}
SENTINEL7_COLUMNISTS = [
    ("Esther Mulhall", "Fell Notes"),
    ("Rafe Durrington", "Saturday Sermon"),
    ("Ngozi Pendleton", "The Kitchen Table"),
    ("Alun Veitch", "From the Terraces"),
]


def tpl_columnist(a: Article, ctx: Ctx) -> str:
    """A regional daily's opinion and analysis page: a free-stories meter strip, the section label and the column's name,
    the headline, then the article's first paragraph set large as a standfirst between the headline and the writer's
    large portrait with name, role and a Follow button (the standfirst is body), the date and reading time, a pull quote
    repeating a sentence after the third paragraph, a 'See also:' line in a <p> after the fourth, then a note on whose
    views these are and the column's blurb, 'More from this columnist' (the column's earlier pieces) or 'More from the
    Sentinel', a letters box with its rules in a <p>, 'Our columnists' and 'Read the comments' (none of it body)."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    author = a.author if a.author and not a.is_team else None
    column = COLUMNS7.get(author or "")
    if column:
        label, role = "Opinion", "Columnist"
    elif a.kind == "opinion":
        label, role = "Opinion", "Guest writer"
    elif a.kind == "feature":
        label, role = "The Saturday essay", _role(a) or "Writer"
    else:
        label, role = "Analysis", _role(a) or "Sentinel reporter"
    column_name = f' <span class="sn-banner__column">{t(column[0])}</span>' if column else ""
    portrait = (
        f'<div class="sn-writer"><img class="sn-writer__portrait" src="/writers/{_slug(author)}-large.jpg" alt="" width="320">'
        f'<div class="sn-writer__name">{t(author)}</div><div class="sn-writer__role">{t(role)}</div>'
        "<button>Follow</button></div>"
        if author
        else '<div class="sn-writer"><div class="sn-writer__name">Sentinel opinion desk</div></div>'
    )
    quote = _pull_quote(a)
    blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs[1:]]
    inserts: dict[int, str] = {}
    if quote and n >= 5:
        inserts[1] = f'<blockquote class="sn-pull"><p>“{t(quote)}”</p></blockquote>'
    if n >= 6:
        other = next(o for o in ctx.others if not o.headline.startswith("Fact check"))
        inserts[2] = (
            f'<p class="sn-readmore"><strong>See also:</strong> <a href="/{_slug(other.headline)}">{t(other.headline)}</a></p>'
        )
    if a.kind == "opinion":
        note = "This is an opinion piece. The views in it are the writer's own and not necessarily those of the Sentinel."
    else:
        note = "Analysis and essays give the writer's reading of events, drawing on the reporting of the Sentinel's newsroom."
    if column:
        more_title = "More from this columnist"
        more = "".join(
            f'<li><a href="/opinion/{_slug(title)}">{t(title)}</a> <time>{_day_month_year(date.fromordinal(day.toordinal() - 14 * (k + 1)))}</time></li>'
            for k, title in enumerate(column[2])
        )
    else:
        more_title = "More from the Sentinel"
        more = "".join(f'<li><a href="/{x.slug}">{t(x.headline)}</a></li>' for x in ctx.later_teasers(3))
    team = "".join(
        f'<li><img src="/writers/{_slug(name)}.jpg" alt=""><b>{t(name)}</b> <span>{t(title)}</span></li>'
        for name, title in SENTINEL7_COLUMNISTS
    )
    read = rng.randint(2, 4)
    return (
        _final_head(f"{a.headline} | The Castlewray Sentinel", lang="en-GB")
        + '<body class="sn"><div class="sn-meter">You have read '
        + f'{read} of your 5 free stories this month. <a href="/subscribe">Subscribe from £1 for your first month</a></div>'
        + '<header class="sn-head"><a class="sn-logo" href="/">The Castlewray Sentinel</a> '
        + f'<span class="sn-date">{_long_date(day)}</span> <a href="/signin">Sign in</a>'
        + _nav(["News", "Harbour", "Valley", "Opinion", "Arts", "Sport", "Puzzles", "Notices"], "sn-nav")
        + "</header>"
        + f'<div class="sn-consent" role="dialog"><p>{t(FINAL7_CONSENT[2])}</p><button>Agree and continue</button>'
        + "<button>Let me choose</button></div>"
        + '<main class="sn-main"><article class="sn-article">'
        + f'<div class="sn-banner"><span class="sn-banner__section">{t(label)}</span>{column_name}</div>'
        + f"<h1>{t(a.headline)}</h1>"
        + f'<p class="sn-standfirst">{t(a.paragraphs[0])}</p>'
        + portrait
        + f'<div class="sn-when">{_day_month_year(day)} · {_minutes(a)} min read</div>'
        + '<div class="sn-tools"><button>Send as a gift</button> <button>Save</button> <button>Share</button></div>'
        + f'<div class="sn-body">{_interleave(blocks, inserts)}</div>'
        + f'<p class="sn-note"><em>{t(note)}</em></p>'
        + (f'<p class="sn-column-blurb">{t(column[1])}</p>' if column else "")
        + "</article>"
        + f'<section class="sn-more"><h2>{more_title}</h2><ul>{more}</ul></section>'
        + '<section class="sn-letters"><h2>Write to us</h2><p>Letters for publication should be no longer than 250 words '
        + "and include your name, full address and a daytime phone number. We may shorten letters, and we do not publish "
        + 'anonymous ones.</p><a class="sn-button" href="/letters">Write a letter to the editor</a></section>'
        + f'<section class="sn-columnists"><h2>Our columnists</h2><ul>{team}</ul></section>'
        + f'<div class="sn-talk"><button>Read the comments ({rng.randint(3, 80)})</button></div>'
        + "</main>"
        + '<footer class="sn-foot"><p>The Castlewray Sentinel, 9 Guildhall Yard, Castlewray. Part of Marrach Coast Media.</p>'
        + "<p><a>Subscribe</a> <a>Place a notice</a> <a>Editorial code</a> <a>Privacy and cookies</a></p></footer>"
        + "</body></html>"
    )


TALLY7_METHOD = [
    "We took every figure in this story from the latest published returns of the organisations named in it. Where a "
    "year was missing we have left a gap rather than estimate it, and percentages are rounded, so some may not add up.",
    "Before publishing, we sent our analysis to the organisations concerned and asked them to point out anything we had "
    "got wrong. A second member of the Tally team checked every number against its source.",
]


def tpl_data_story(a: Article, ctx: Ctx) -> str:
    """A data newsroom's scrolling story: a full-screen intro (kicker, headline, 'Words and analysis by' and 'Graphics by' line,
    'Scroll to explore'), a sticky chart whose bars, values, year labels and annotation are
    HTML text while the first paragraphs scroll past it in step boxes, the rest in plain prose with a table chart and
    its 'Chart:' and 'Source:' lines between paragraphs, then 'How we did this' (two paragraphs of method), 'Get the
    data', 'Embed this chart', credits and 'More from Tally' (none of it body)."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    steps = min(3, n - 1)
    writers = _writers(a)
    graphics = rng.choice(["Jonas Oyelowo-Hart", "Fenna Dalgarno", "Ilario Quist"])
    years = list(range(2019, min(day.year, 2025) + 1))
    values = [rng.randint(30, 99) for _ in years]
    values[rng.randrange(len(values))] = 100
    peak = years[values.index(100)]
    bars = "".join(
        f'<div class="tl-bar" style="height:{v}%"><span class="tl-bar__value">{v}</span> <span class="tl-bar__year">{y}</span></div>'
        for y, v in zip(years, values)
    )
    sticky = (
        '<div class="tl-sticky" style="position:sticky;top:0"><figure class="tl-chart">'
        f'<figcaption class="tl-chart__title">How the figures have moved since {years[0]}</figcaption>'
        f'<div class="tl-chart__bars">{bars}</div><div class="tl-chart__note">Highest: {peak}</div>'
        '<div class="tl-chart__source">Index, highest year = 100. Source: published returns. Chart: Tally</div></figure></div>'
    )
    step_html = "".join(f'<div class="tl-step" data-step="{k}"><p>{t(a.paragraphs[k])}</p></div>' for k in range(steps))
    towns = _towns_in(a, FINAL7_TOWNS)[:4] or FINAL7_TOWNS[:4]
    if len(towns) < 3:
        towns += [x for x in FINAL7_TOWNS if x not in towns][: 3 - len(towns)]
    rows = ""
    for town in towns:
        before, after = rng.randint(20, 90), rng.randint(20, 90)
        rows += f"<tr><th>{t(town)}</th><td>{before}</td><td>{after}</td><td>{after - before:+d}</td></tr>"
    table = (
        '<figure class="tl-table"><figcaption>Town by town</figcaption><table><thead><tr><th>Town</th>'
        f"<th>{years[0]}</th><th>{years[-1]}</th><th>Change</th></tr></thead><tbody>{rows}</tbody></table>"
        '<div class="tl-table__foot">Tap a row to see every year. Chart: Tally · Source: published returns</div></figure>'
    )
    rest = [f"<p>{t(p)}</p>" for p in a.paragraphs[steps:]]
    prose = _interleave(rest, {max(0, len(rest) // 2 - 1): table}) if len(rest) >= 2 else "".join(rest) + table
    byline = "Words and analysis by " + (" and ".join(t(w) for w in writers) if writers else "the Tally team")
    more = "".join(
        f'<li><a href="/stories/{x.slug}"><span class="tl-more__head">{t(x.headline)}</span></a></li>'
        for x in ctx.later_teasers(3)
    )
    return (
        _final_head(f"{a.headline} – Tally", lang="en-GB")
        + '<body class="tl"><header class="tl-head"><a class="tl-logo" href="/">Tally</a> '
        + '<span class="tl-strap">The numbers behind the Marrach coast</span>'
        + _nav(["Stories", "Data library", "Charts explained", "About Tally"], "tl-nav")
        + '<a class="tl-support" href="/support">Back our work</a></header>'
        + f'<div class="tl-consent" role="dialog"><p>{t(FINAL7_CONSENT[3])}</p><button>Yes, count me</button>'
        + "<button>No thanks</button></div>"
        + '<main><article class="tl-story"><section class="tl-intro"><div class="tl-kicker">Data story</div>'
        + f"<h1>{t(a.headline)}</h1>"
        + f'<div class="tl-byline">{byline} · Graphics by {t(graphics)}</div>'
        + f'<div class="tl-date">Published {_day_month_year(day)}</div><div class="tl-scroll">Scroll to explore ↓</div></section>'
        + f'<section class="tl-scrolly">{sticky}<div class="tl-steps">{step_html}</div></section>'
        + f'<section class="tl-prose">{prose}</section>'
        + '<section class="tl-method"><h2>How we did this</h2>'
        + "".join(f"<p>{t(x)}</p>" for x in TALLY7_METHOD)
        + "</section>"
        + '<div class="tl-data"><a class="tl-button" href="/data/download.csv">Get the data (CSV)</a> '
        + "<button>Embed this chart</button></div>"
        + f'<section class="tl-credits"><h2>Credits</h2><p>{byline}. Graphics and development: {t(graphics)}. Editing: '
        + "Saskia Brennan-Lowe.</p></section></article>"
        + f'<section class="tl-more"><h2>More from Tally</h2><ul>{more}</ul></section></main>'
        + '<footer class="tl-foot"><p>Tally is a not-for-profit data newsroom. Our charts are free to republish with a credit.</p>'
        + "<p><a>Methodology library</a> <a>Corrections</a> <a>Privacy</a></p></footer>"
        + "</body></html>"
    )


COASTWISE7_ADS = [
    "Fell socks hand-knitted in Pennelow. Twenty per cent off all this week with the code COAST.",
    "Winter breaks at the Harbour Lights, Abbotsreach: stay two nights and the third is on us.",
]


def tpl_visual_story(a: Article, ctx: Ctx) -> str:
    """A tap-through visual story: the publisher's bar, progress segments, Mute and Pause buttons, a cover page (kicker,
    headline, byline, date, 'Tap to begin'), then one page per paragraph over a full-bleed picture with a 'Picture
    credit:' line (a live story's pages each with its time), a sponsored page with its own line of text in a <p>, 'Swipe up
    for the full story' on the last page and a closing page ('You’re all caught up', 'Replay', 'Send this story', 'More
    visual stories'); the help layer is hidden (none of it body)."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    kicker = {"wire": "World", "liveblog": "Live", "flash": "Breaking"}.get(a.kind, "Local")
    times = _final7_times(a, rng) if live else []
    pages = []
    for i, p in enumerate(a.paragraphs):
        caption, photographer, agency = _final7_caption(ctx)
        stamp = f'<div class="vs-time">{_twelve(times[i])}</div>' if live else ""
        swipe = '<a class="vs-cta" href="/full-story">Swipe up for the full story</a>' if i == n - 1 else ""
        pages.append(
            f'<section class="vs-page" id="page-{i + 2}"><img class="vs-bg" src="/visual/{rng.randint(1000, 9999)}.jpg" '
            f'alt="{attr(caption)}"><div class="vs-text">{stamp}<p>{t(p)}</p></div>'
            f'<div class="vs-credit">Picture credit: {t(photographer)}, {t(agency)}</div>{swipe}</section>'
        )
    if n >= 4:
        ad = (
            '<section class="vs-page vs-ad"><div class="vs-ad__label">Paid partner</div>'
            f'<p class="vs-ad__text">{t(rng.choice(COASTWISE7_ADS))}</p><a href="#">Shop the offer</a></section>'
        )
        pages.insert(n // 2, ad)
    byline = " and ".join(t(w) for w in _writers(a)) if _writers(a) else "Coastwise newsroom"
    if a.kind == "wire":
        byline = (byline + f" · {WIRE7}") if _writers(a) else WIRE7
    segments = "".join('<span class="vs-seg"></span>' for _ in range(len(pages) + 2))
    more = "".join(
        f'<li><a href="/stories/{x.slug}"><img src="/visual/{rng.randint(1000, 9999)}-sq.jpg" alt="">'
        f"<span>{t(x.headline)}</span></a></li>"
        for x in ctx.pick_teasers(4)
    )
    return (
        _final_head(f"{a.headline} | Coastwise Stories", lang="en-GB")
        + '<body class="vs"><div class="vs-player"><div class="vs-bar"><a class="vs-logo" href="/">Coastwise</a> '
        + '<span class="vs-format">Visual story</span> <button>Mute</button> <button>Pause</button> '
        + '<button aria-label="Close">✕</button></div>'
        + f'<div class="vs-progress">{segments}</div>'
        + f'<div class="vs-consent" role="dialog"><p>{t(FINAL7_CONSENT[4])}</p><button>Fine by me</button>'
        + "<button>Essential only</button></div>"
        + '<div class="vs-help" hidden>Tap the right side of the screen to go forward and the left side to go back.</div>'
        + f'<section class="vs-page vs-cover" id="page-1"><img class="vs-bg" src="/visual/{rng.randint(1000, 9999)}.jpg" alt="">'
        + f'<div class="vs-kicker">{kicker}</div><h1>{t(a.headline)}</h1>'
        + f'<div class="vs-byline">Story by {byline}</div><div class="vs-date">{day.day} {day.strftime("%b %Y")}</div>'
        + '<div class="vs-start">Tap to begin ›</div></section>'
        + "".join(pages)
        + '<section class="vs-page vs-end"><h2>You’re all caught up</h2><button>Replay</button> <button>Send this story</button>'
        + f'<h3>More visual stories</h3><ul>{more}</ul><a href="/">Go to Coastwise</a></section>'
        + "</div></body></html>"
    )


EXAMINER7_SECTIONS = ["Home", "News", "Business", "Sport", "What's On", "Family Notices", "Jobs", "Motors"]


def tpl_web_archive(a: Article, ctx: Ctx) -> str:
    """A web archive's capture of a local paper's story page: the archive's toolbar (the original address, capture count
    and dates, a year strip, previous and next captures, 'Save this page now', Help and Close, an 'About this capture'
    panel that stays hidden), a capture notice, then the paper's page as it was: masthead and date line, a weather line,
    'Filed by', 'First published:' and 'Last modified:' lines, 'Send to a friend | Printable version' links, a picture that was not captured ('[Image not
    archived]') with its caption, 'Loading comments…' left by a script the archive did not run, 'Also on Examiner Online',
    'Most read today' and the paper's footer, and the archive's own footer (none of it body). A live page keeps its
    updates newest first, each with its time in bold at the start of its paragraph."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    section = {"wire": "World", "press": "Business", "opinion": "Opinion", "liveblog": "Live"}.get(a.kind, "News")
    url = f"https://www.marrachexaminer.example/{section.lower()}/{day.year}/{day.month:02d}/{day.day:02d}/{_slug(a.headline)}"
    captured = date.fromordinal(day.toordinal() + rng.randint(0, 3))
    grabbed = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    count = rng.randint(3, 61)
    last = date.fromordinal(captured.toordinal() + rng.randint(40, 300))
    stamp = f"{captured.year}{captured.month:02d}{captured.day:02d}{grabbed.replace(':', '')}"
    later = rng.randint(0, count - 1) if last.year > captured.year else 0  # captures in the year after the first one
    per_year = {captured.year - 1: 0, captured.year: count - later, captured.year + 1: later}
    years = "".join(f'<li><a href="/web/{y}*/{url}">{y}</a> <span>{k}</span></li>' for y, k in per_year.items())
    if live:
        times = _final7_times(a, rng)
        body = "".join(f"<p><b>{times[i]}</b> {t(a.paragraphs[i])}</p>" for i in range(n - 1, -1, -1))
        body = '<p class="ex-live-note">Live updating is paused in this copy. Most recent entries at the top.</p>' + body
    else:
        blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
        inserts: dict[int, str] = {}
        if n >= 3:
            caption, photographer, _ = _final7_caption(ctx)
            inserts[0] = (
                '<table class="ex-photo"><tr><td><div class="stx-missing">[Image not archived]</div></td></tr>'
                f'<tr><td class="ex-caption">{t(caption)} (Picture: {t(photographer)})</td></tr></table>'
            )
        body = _interleave(blocks, inserts)
    if a.kind == "press":
        issuer = _issuer(a) or "the company"
        posted_by = f"Submitted by {t(issuer)}"
    elif a.author and not a.is_team:
        posted_by = f"Filed by {t(a.byline.removeprefix('By '))}"
    elif a.kind == "wire":
        posted_by = f"From {WIRE7}"
    else:
        posted_by = "Filed by Examiner Reporter"
    minute = int(times[0][:2]) * 60 + int(times[0][3:]) if live else rng.randint(6 * 60, 21 * 60)
    posted = _hhmm(minute % (24 * 60))
    updated = (
        f'<span class="ex-updated"> | Last modified: {_hhmm((minute + rng.randint(10, 150)) % (24 * 60))}</span>'
        if rng.random() < 0.5
        else ""
    )
    related = "".join(
        f'<li><a href="/web/{stamp}/https://www.marrachexaminer.example/news/{x.slug}">{t(x.headline)}</a></li>'
        for x in ctx.pick_teasers(3)
    )
    most = "".join(f'<li><a href="/web/{stamp}/https://www.marrachexaminer.example/news/{x.slug}">{t(x.headline)}</a></li>'
                   for x in ctx.later_teasers(5))  # fmt: skip
    return (
        _final_head(f"{a.headline} - The Marrach Coast Examiner")
        + '<body><div id="stx-toolbar" class="stx"><a class="stx-logo" href="/">THE STACKS</a> <span>Web archive</span>'
        + f'<form><input type="text" value="{attr(url)}"><button>Go</button></form>'
        + f'<div class="stx-count">{count} captures · {captured.day} {captured.strftime("%b %Y")} – {last.day} {last.strftime("%b %Y")}</div>'
        + f'<ul class="stx-years">{years}</ul>'
        + f'<div class="stx-nav"><a href="#">◂ Previous capture</a> <b>{captured.day} {captured.strftime("%b %Y")} {grabbed}</b> '
        + '<a href="#">Next capture ▸</a></div>'
        + '<div class="stx-tools"><a href="/save">Save this page now</a> <button>About this capture</button> <a href="/help">Help</a> '
        + '<button aria-label="Close the toolbar">Close</button></div>'
        + '<div class="stx-about" hidden><p>Collected by an automatic crawl of local news sites. Capture made with '
        + f"a standard browser profile; {rng.randint(2, 9)} resources on the page could not be fetched.</p></div>"
        + f'<p class="stx-notice">{t(FINAL7_CONSENT[5])} Captured {captured.day} {captured.strftime("%B %Y")} at '
        + f"{grabbed} UTC; some images and scripts were not captured.</p></div>"
        + '<div id="stx-page"><table class="ex-frame" width="980"><tr><td colspan="2" class="ex-masthead">'
        + '<a href="/"><img src="/images/examiner-logo.gif" alt="The Marrach Coast Examiner"></a>'
        + '<div class="ex-strap">The Marrach Coast Examiner · Serving the coast since 1884</div>'
        + f'<div class="ex-dateline">{day.strftime("%A")}, {_us_date(day)} · Castlewray {rng.randint(4, 11) if day.month in (11, 12, 1, 2, 3) else rng.randint(10, 21)}°C</div></td></tr>'
        + '<tr><td colspan="2" class="ex-menu">'
        + " | ".join(f'<a href="/{_slug(s)}">{t(s)}</a>' for s in EXAMINER7_SECTIONS)
        + "</td></tr>"
        + f'<tr><td class="ex-main" width="640"><div class="ex-section">{t(section)}</div>'
        + f"<h1>{t(a.headline)}</h1>"
        + f'<div class="ex-posted">{posted_by}<br>First published: {day.day} {day.strftime("%b %Y")} | {posted}{updated}</div>'
        + '<div class="ex-tools"><a href="#">Send to a friend</a> | <a href="#">Printable version</a> | Type: <a>A</a> <a>A</a> <a>A</a></div>'
        + f'<div class="ex-storytext">{body}</div>'
        + '<div class="ex-comments"><h3>Readers’ comments</h3><p class="ex-loading">Loading comments…</p></div>'
        + f'<div class="ex-related"><h3>Also on Examiner Online</h3><ul>{related}</ul></div></td>'
        + f'<td class="ex-side" width="300"><h3>Most read today</h3><ol>{most}</ol>'
        + '<div class="ex-advert">Advertiser announcement</div><h3>Examiner Jobs</h3><p>Find work on the coast: '
        + f"{rng.randint(80, 400)} jobs listed</p></td></tr>"
        + '<tr><td colspan="2" class="ex-foot">© The Marrach Coast Examiner. All rights reserved. '
        + "<a>Contact us</a> | <a>Advertise</a> | <a>Terms</a></td></tr></table></div>"
        + '<div class="stx-foot"><p>The Stacks is a non-profit library of web pages. Captures are made automatically and '
        + 'may be incomplete. <a href="/report">Report this capture</a></p></div>'
        + "</body></html>"
    )


ISOBAR7_FORECASTS = [
    (
        "Tonight",
        "Rain clearing eastwards during the evening, leaving clear spells and a few showers near western coasts. "
        "Turning chilly inland. Minimum temperature 4 °C.",
    ),
    (
        "Tomorrow",
        "A bright start for most, but cloud thickening from the west through the afternoon, with patchy rain reaching "
        "the coast by dusk. Breezy. Maximum temperature 13 °C.",
    ),
    (
        "Outlook",
        "Unsettled through the weekend, with spells of rain and strong winds at times, especially on the coast. Drier "
        "and calmer early next week.",
    ),
    (
        "Tonight",
        "Dry with clear skies and light winds. A few mist patches forming in the valleys towards dawn. Minimum temperature 9 °C.",
    ),
    (
        "Tomorrow",
        "Another dry and warm day with long spells of sunshine. Light sea breezes keeping the coast a little cooler. "
        "Maximum temperature 26 °C.",
    ),
]
ISOBAR7_STATIONS = ["Pennelow Head", "Castlewray Park", "Drumlisk", "Abbotsreach", "Saltrigg Marsh"]
ISOBAR7_PRESENTERS = ["Tamara Keogh", "Owain Lisle", "Priya Castellan"]


def tpl_weather_channel(a: Article, ctx: Ctx) -> str:
    """A weather channel's website (its TV channel and app): the official warnings banner, 'Search for a place', a
    'Weather news', 'Live' or 'Press release' label, a byline or 'Issued by' line and the date, a 'Watch' video box
    with the latest forecast and its running time, a picture with its credit, a 'Latest observations' table
    (stations, times, temperatures, gusts, rain) between paragraphs, then the presenter's forecast beside the story
    (three paragraphs of forecast prose under 'Tonight', 'Tomorrow' and 'Outlook'), a five-day strip, 'More weather
    news' and 'Did you find this useful?' (none of it body). A live page runs newest first, each update under an <h3>
    time with 'Most recent' on the newest."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    press = a.kind == "press"
    stormy = live or day.month not in (6, 7, 8)
    low, high = (2, 9) if day.month in (11, 12, 1, 2) else (8, 16) if stormy else (19, 28)  # the day's temperatures
    if live:
        warning = "Amber warning of wind: Marrach coast and western fells. Valid 06:00 to 21:00 today."
    elif day.month in (6, 7, 8):
        warning = "No warnings in force for the Marrach region."
    else:
        warning = "Yellow warning of rain: Castlewray and the Marrach valley. Valid 09:00 to 23:59 today."
    label = "Live" if live else "Press release" if press else "Weather news"
    if press:
        who = f"Issued by the {_issuer(a) or 'Meteorological Bureau'}"
    elif a.author and not a.is_team:
        who = "By " + " and ".join(_writers(a))
    else:
        who = "Isobar weather desk"
    presenter = rng.choice(ISOBAR7_PRESENTERS)
    length = f"{rng.randint(1, 3)}:{rng.randint(0, 59):02d}"
    video = (
        f'<div class="ib-video"><img src="/tv/{rng.randint(1000, 9999)}.jpg" alt=""><button>▶ Watch</button> '
        f'<span class="ib-video__title">The latest forecast with {t(presenter)}</span> <span class="ib-video__time">{length}</span></div>'
    )
    if live:
        times = _final7_times(a, rng)
        flag = ' <span class="ib-latest">Most recent</span>'
        entries = [
            f'<div class="ib-update"><h3>{times[i]}{flag if i == n - 1 else ""}</h3><p>{t(a.paragraphs[i])}</p></div>'
            for i in range(n - 1, -1, -1)
        ]
        body = video + "".join(entries)
    else:
        blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
        inserts: dict[int, str] = {}
        if n >= 3:
            caption, photographer, _ = _final7_caption(ctx)
            inserts[0] = (
                f'<figure class="ib-figure"><img src="/media/{rng.randint(10000, 99999)}.jpg" alt=""><figcaption>{t(caption)} '
                f"<span>© {t(photographer)}</span></figcaption></figure>"
            )
        if n >= 2:
            hour = rng.randint(9, 17)
            rows = "".join(
                f"<tr><th>{t(x)}</th><td>{hour:02d}:00</td><td>{rng.randint(low, high)} °C</td>"
                f"<td>{rng.randint(30, 75) if stormy else rng.randint(8, 25)} mph</td>"
                f"<td>{rng.uniform(0, 12 if stormy else 0.4):.1f} mm</td></tr>"
                for x in rng.sample(ISOBAR7_STATIONS, 4)
            )
            inserts[min(2, n - 2)] = (
                '<table class="ib-obs"><caption>Latest observations</caption><thead><tr><th>Station</th><th>Time</th>'
                f"<th>Temperature</th><th>Gust</th><th>Rain, last hour</th></tr></thead><tbody>{rows}</tbody></table>"
            )
        body = video + _interleave(blocks, inserts)
    forecasts = ISOBAR7_FORECASTS[:3] if stormy else ISOBAR7_FORECASTS[3:] + ISOBAR7_FORECASTS[2:3]
    view = "".join(f"<p><b>{t(head)}:</b> {t(text)}</p>" for head, text in forecasts)
    days = []
    for k in range(5):
        d = date.fromordinal(day.toordinal() + k)
        hi = rng.randint(low + 2, high)
        sky = rng.choice(["Heavy rain", "Showers", "Cloudy", "Windy"] if stormy else ["Sunny", "Sunny intervals", "Clear"])
        name = "Today" if k == 0 else d.strftime("%a")
        days.append(f"<li><b>{name}</b> <span>{hi}°</span> <span>{hi - rng.randint(4, 8)}°</span> <span>{sky}</span></li>")
    related = "".join(f'<li><a href="/news/{_slug(o.headline)}">{t(o.headline)}</a></li>' for o in ctx.others if o.id in WEATHER7)
    return (
        _final_head(f"{a.headline} | Isobar", lang="en-GB")
        + '<body class="ib"><div class="ib-warning" role="alert"><b>Official warnings</b> '
        + f'<span>{t(warning)}</span> <a href="/warnings">Details from the Meteorological Bureau</a></div>'
        + '<header class="ib-head"><a class="ib-logo" href="/">Isobar</a> <div class="ib-strap">Weather on TV, online and in the '
        + 'app</div><form class="ib-search"><input type="search" placeholder="Search for a place"><button>Go</button></form>'
        + _nav(["Forecast", "Warnings", "Radar", "Weather news", "Isobar TV", "Climate", "Gardening weather"], "ib-nav")
        + "</header>"
        + f'<div class="ib-consent" role="dialog"><p>{t(FINAL7_CONSENT[6])}</p><button>Go ahead</button>'
        + "<button>Manage choices</button></div>"
        + f'<main class="ib-main"><article><div class="ib-label">{t(label)}</div><h1>{t(a.headline)}</h1>'
        + f'<div class="ib-meta"><span>{t(who)}</span> · <time>{_day_month_year(day)}</time></div>'
        + f'<div class="ib-body">{body}</div>'
        + '<div class="ib-share"><button>Share</button> <button>Copy page link</button></div></article>'
        + f'<aside class="ib-side"><section class="ib-view"><h2>{t(presenter)}\'s forecast</h2>{view}</section>'
        + f'<section class="ib-days"><h2>Castlewray: next five days</h2><ol>{"".join(days)}</ol></section>'
        + (f"<section><h2>More weather news</h2><ul>{related}</ul></section>" if related else "")
        + "</aside></main>"
        + '<div class="ib-useful">Did you find this useful? <button>👍</button> <button>👎</button></div>'
        + '<footer class="ib-foot"><p>Isobar Weather Ltd, Studio 2, Harbour Street, Castlewray. Observations and warnings '
        + "from the Meteorological Bureau, used under its open data licence.</p><p><a>Advertise</a> <a>Isobar on TV</a> "
        + "<a>Cookies</a> <a>Terms</a></p></footer>"
        + "</body></html>"
    )


# ---------------------------------------------------------------------------------------------
# The "final8" split: seven more kinds of site, written after "final7" with chrome wording of their own.

FINAL8_CONSENT = [
    "Assize uses cookies to keep subscribers signed in, to remember the courts you follow and to measure how the site is "
    "used. We never sell what we learn about you. Accept them all, or pick the ones you are happy with.",
    "The branch website uses a small number of cookies so that members can log in and so that we can see which pages get "
    "read. We do not use advertising cookies.",
    "This blog is hosted on QU Blogs, which sets the cookies the site needs to work and, if you allow it, analytics cookies "
    "that help the university's web team improve the platform.",
    "Lenwick Athletic and our commercial partners use cookies to sell tickets and kit online, to show you offers from our "
    "sponsors and to understand how supporters use the site. You can say no to everything but the essentials.",
    "Hereabouts is free because local businesses advertise with us. With your permission, we and nine advertising partners "
    "use cookies to show you offers near you and to count how many people see them.",
    "The Chamber's website uses essential cookies, plus optional ones for event-booking analytics and the map in our "
    "members' directory. Choose which optional cookies to allow.",
]
FINAL8_CAPTIONS = [
    "The footbridge over the Ambry at Lenwick on a grey afternoon. It was rebuilt in 2019 after winter floods washed the "
    "old one away.",
    "Market Street in Orrisdale, looking towards the clock tower. Most of the shops on the left have stood empty since the "
    "bypass opened.",
    "A train waits at Tamsford station before the morning rush. The Ambry Valley line carries about 9,000 passengers on a "
    "normal weekday.",
    "Fog lifting off the water meadows below Hestledge. The fields flood most winters, and cattle graze them in summer.",
    "Students cross the main quad at the University of Quarrendon. The campus was built on the site of an old barracks in "
    "the 1960s.",
    "The old corn exchange in Tamsford, which is now an arts centre. Its clock was restored last year by volunteers from "
    "the civic society.",
    "Boats pulled up on the shingle at Sandling. There has been a ferry across the estuary here since the fourteenth century.",
    "Terraced houses climb the hill above the mill at Pellinford. Many of them were built by the mill's owners for their "
    "workers.",
    "A bus on the Westraw road in the early evening. Passengers say the route has become less reliable since the spring.",
]
FINAL8_PHOTOGRAPHERS = ["Saoirse Kettleby", "Emeka Brandvold", "Philippa Arundel-Oke", "Tobias Lindqvist-Hale",
                        "Wren Castellane", "Jomo Thackeray", "Idunn Marchbanks"]  # fmt: skip
FINAL8_AGENCIES = ["Ambryside Pictures", "Kingpost Photo Agency", "Flintlock Images", "Weatherboard Press Photos"]
FINAL8_TOWNS = ["Tamsford", "Lenwick", "Quarrendon", "Brockhallow", "Orrisdale", "Hestledge", "Westraw", "Pellinford",
                "Sandling"]  # fmt: skip
FINAL8_COMMENTS = [
    ("Gethin R", "Thanks for writing this up properly. The rumours going round were far worse."),
    ("ambry_annie", "My grandad worked there for forty years. He would have had plenty to say about this."),
    ("Tom from Westraw", "Is there a public meeting planned? I would go."),
    ("Priya S.", "Really clear piece, shared it with my housemates."),
    ("lenwick_lad", "Same thing every year and nobody ever seems to learn from it."),
    ("M. Achterberg", "Good to see the figures set out. Would be interesting to see last year's too."),
]
WIRE8 = "Windlass"
COURT8 = frozenset({"P228", "P233", "P235", "P247"})  # the court reporting service carries these only
LABOUR8 = frozenset({"P227", "P229", "P232", "P236", "P240", "P241", "P244", "P248"})  # the union's bulletin: these only
SPORT8 = frozenset({"P226", "P230", "P231", "P249"})  # the football club's site: these only
BUSINESS8 = frozenset({"P234", "P236", "P238", "P250"})  # the chamber of commerce: these only
LIVE8_TIMES = {  # a live page's update times, as its reporters filed them
    "P231": ["13:31", "14:02", "14:24", "15:00", "15:19", "15:48", "16:04", "16:09", "16:40", "16:55", "17:08"],
    "P244": ["06:12", "06:40", "07:05", "07:38", "08:10", "08:47", "09:30", "10:15", "11:02", "11:45"],
}


def _final8_caption(ctx: Ctx) -> tuple[str, str, str]:
    return _caption_from(ctx, FINAL8_CAPTIONS, FINAL8_PHOTOGRAPHERS, FINAL8_AGENCIES)


def _final8_times(article: Article, rng: random.Random) -> list[str]:
    return LIVE8_TIMES.get(article.id) or _final6_times(article, rng)


def _ordinal_date(day: date) -> str:
    """'12th June 2025', as a blog theme prints a post's date."""
    suffix = "th" if 10 <= day.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
    return f"{day.day}{suffix} {day.strftime('%B %Y')}"


ASSIZE8_SHOWN = 4
ASSIZE8_CASES = {
    "P228": {
        "title": "R (Hestledge Birth Centre Action Group) v Ambry Valley Health Board",
        "court": "High Court, Administrative Court, sitting at Tamsford",
        "before": "Mrs Justice Adeyinka-Rowe",
        "hearing": "Judicial review: judgment handed down",
        "number": "AC-2024-TAM-000417",
        "outcome": "Claim allowed. The decision to close the birth centre is quashed.",
        "restrictions": "None known",
        "history": [("4 Sep 2024", "Claim issued"), ("19 Nov 2024", "Permission granted on the papers"),
                    ("13 May 2025", "Two-day hearing"), ("12 Jun 2025", "Judgment handed down")],
    },
    "P233": {
        "title": "Ambry Valley Council v Terrence Oakhill",
        "court": "Tamsford Magistrates' Court, courtroom 3",
        "before": "District Judge Helen Marsh-Adebayo",
        "hearing": "Sentence after guilty pleas",
        "number": "TM-25-01882",
        "outcome": "Fined £18,500, with £3,240 costs and a £2,000 victim surcharge",
        "restrictions": "None known",
        "history": [("16 Jan 2025", "Council inspection of the flat"), ("7 May 2025", "Summons issued"),
                    ("8 Jul 2025", "Guilty pleas to six offences; sentenced the same day")],
    },
    "P235": {
        "title": "R v Derek Hollins",
        "court": "Tamsford Crown Court, court 1",
        "before": "His Honour Judge Okereke-Vane and a jury",
        "hearing": "Trial: verdict",
        "number": "T20247719",
        "outcome": "Not guilty of misconduct in public office",
        "restrictions": "An order postponing reports of part of the evidence was lifted when the jury returned its verdict",
        "history": [("3 Apr 2025", "Charged after a police investigation"), ("6 Nov 2025", "Trial opens"),
                    ("27 Nov 2025", "Verdict")],
    },
    "P247": {
        "title": "Review of the Online Information Act",
        "court": "Constitutional Court of Tarsenia, Kovin",
        "before": "The full court of nine judges",
        "hearing": "Constitutional review: ruling",
        "number": "KS 41/2025",
        "outcome": "The law is struck down, unanimously",
        "restrictions": "Not applicable: a foreign court",
        "history": [("Mar 2025", "Law passed by parliament"), ("Apr 2025", "Referred to the court by 62 members of parliament"),
                    ("31 Jul 2025", "Ruling")],
    },
}  # fmt: skip
ASSIZE8_PANEL = [("Case", "title"), ("Court", "court"), ("Before", "before"), ("Hearing", "hearing"), ("Case no.", "number"),
                 ("Outcome", "outcome")]  # fmt: skip
ASSIZE8_LISTS = [
    ("10:00", "Tamsford Crown Court, court 2", "R v Kieran Dobbs-Aleyne", "Trial, day 3"),
    ("10:00", "Tamsford Magistrates' Court, courtroom 1", "Ambry Valley Council v Greenmoor Lettings Ltd", "Sentence"),
    ("10:30", "Coroner's Court, Tamsford", "Inquest touching the death of a Westraw man, 64", "Resumed inquest"),
    ("11:00", "Employment Tribunal, Quarrendon", "Hadley v Ambry Valley Buses Ltd", "Full hearing, day 2"),
    ("14:00", "Tamsford Crown Court, court 1", "R v Sasha Pell and another", "Plea and trial preparation hearing"),
]


def tpl_court_service(a: Article, ctx: Ctx) -> str:
    """A subscription court-reporting service's report page: a free-trial strip and 'Subscriber sign-in', a menu of courts,
    a case panel above the headline (the case's name, court, who sat, the hearing, the case number and the outcome), a
    'Reporting restrictions' line, a 'Reported from court by' byline and a 'Heard' date line, the first four paragraphs,
    and then, for readers who are not signed in, a 'Subscribers read the full report' box while the rest of the report
    stays in the page, hidden; after it the note on privilege, 'Case history', 'In the lists tomorrow', 'More reports'
    and the footer (none of it body). Gold is the four paragraphs shown."""
    rng = ctx.rng
    day = a.day
    case = ASSIZE8_CASES[a.id]
    shown, rest = a.paragraphs[:ASSIZE8_SHOWN], a.paragraphs[ASSIZE8_SHOWN:]
    panel = "".join(f'<div class="as-case__row"><dt>{label}</dt><dd>{t(case[key])}</dd></div>' for label, key in ASSIZE8_PANEL)
    if a.kind == "wire":
        byline = f"Reported for Assize by {WIRE8}" + (f" ({t(a.author)})" if a.author else "")
    elif a.author and not a.is_team:
        byline = f"Reported from court by {t(a.author)}"
    else:
        byline = "Assize court desk"
    filed = _hhmm(rng.randint(12 * 60, 18 * 60))
    body = "".join(f"<p>{t(p)}</p>" for p in shown)
    if rest:
        body += (
            '<div class="as-locked" hidden>' + "".join(f"<p>{t(p)}</p>" for p in rest) + "</div>"
            f'<div class="as-wall"><h2>Subscribers read the full report</h2><p>{len(rest)} more paragraphs, the judgment in '
            "full and alerts whenever this case is back in court. Newsrooms and law firms: ask about a team licence.</p>"
            '<a class="as-button" href="/trial">Start your 14-day free trial</a> <a href="/signin">I already subscribe</a></div>'
        )
    history = "".join(f"<li><time>{t(when)}</time> {t(what)}</li>" for when, what in case["history"])
    lists = "".join(
        f"<tr><td>{when}</td> <td>{t(court)}</td> <td>{t(name)}</td> <td>{t(kind)}</td></tr>"
        for when, court, name, kind in rng.sample(ASSIZE8_LISTS, 4)
    )
    more = "".join(
        f'<li><a href="/reports/{_slug(o.headline)}">{t(o.headline)}</a> <span>{_day_month_year(o.day)}</span></li>'
        for o in ctx.others
        if o.id in COURT8
    )
    return (
        _final_head(f"{a.headline} | Assize court reports", lang="en-GB")
        + '<body class="as"><div class="as-trial">Court reporting you can rely on. <a href="/trial">Try Assize free for 14 '
        + 'days</a></div><header class="as-head"><a class="as-logo" href="/">Assize</a> <span class="as-strap">Court reports '
        + 'from the Ambry valley and beyond</span> <a class="as-signin" href="/signin">Subscriber sign-in</a>'
        + _nav(["Today's lists", "Crown court", "Magistrates", "Inquests", "Tribunals", "Appeals", "Judgments"], "as-nav")
        + "</header>"
        + f'<div class="as-consent" role="dialog"><p>{t(FINAL8_CONSENT[0])}</p><button>Accept cookies</button>'
        + "<button>Pick cookies</button></div>"
        + '<main class="as-main"><article class="as-report">'
        + f'<dl class="as-case">{panel}</dl>'
        + f'<div class="as-restrictions"><b>Reporting restrictions:</b> {t(case["restrictions"])}</div>'
        + f"<h1>{t(a.headline)}</h1>"
        + f'<div class="as-by">{byline}</div><div class="as-when">Heard {_day_month_year(day)} · Report filed {filed}</div>'
        + f'<div class="as-text">{body}</div>'
        + '<p class="as-privilege"><small>This is a fair and accurate report of proceedings in open court, published as '
        + "soon as reasonably practicable after the hearing.</small></p>"
        + f'<section class="as-history"><h2>Case history</h2><ol>{history}</ol></section>'
        + "</article>"
        + '<aside class="as-side"><section class="as-lists"><h2>In the lists tomorrow</h2><table><thead><tr><th>Time</th> '
        + f"<th>Court</th> <th>Case</th> <th>Hearing</th></tr></thead><tbody>{lists}</tbody></table>"
        + '<a href="/lists">All of tomorrow\'s lists</a></section>'
        + (f'<section class="as-more"><h2>More reports</h2><ul>{more}</ul></section>' if more else "")
        + "</aside></main>"
        + '<footer class="as-foot"><p>Assize Court Reporting Ltd, 2 Sessions Yard, Tamsford. Our reporters follow the '
        + "editors' code and the guidance for reporters in the criminal courts.</p><p><a>Complaints</a> <a>Corrections</a> "
        + "<a>Licences for newsrooms</a> <a>Privacy</a></p></footer>"
        + "</body></html>"
    )


APTU8_RIGHTS = [
    "You have the right to bring a union rep to any disciplinary or grievance meeting.",
    "If you work more than six hours in a day, you are entitled to an unpaid rest break of at least 20 minutes.",
    "Your employer must give you a written statement of your pay and hours from your first day.",
    "You cannot be sacked or treated worse for taking part in lawful union activity.",
]
APTU8_DIARY = [
    ("Branch committee", "First Monday of the month, 7pm, Trades Hall, Tamsford"),
    ("New members' evening", "Second Wednesday of the month, 6.30pm, The Ferryman, Lenwick"),
    ("Reps' course: raising a grievance", "Two Saturdays, 10am to 4pm, Quarrendon campus (book through your rep)"),
    ("Pensions surgery", "Every other Thursday, 12 to 2pm, by phone"),
]
APTU8_CROSSHEADS = ["Where things stand", "What happens next", "The union's view"]


def tpl_union_bulletin(a: Article, ctx: Ctx) -> str:
    """A trade union branch's news bulletin: 'Members' area' and a join strip, the bulletin's number, a label ('Branch
    news', 'Press statement', 'From the press', 'A member writes', 'On the picket line'), a byline in the bulletin's own
    forms, a pull quote after the second paragraph, an <h3> crosshead in a long story, then an 'In solidarity' sign-off
    in a <p> after the story, 'Know your rights' bullets, 'Pass it on' buttons, 'Branch diary' and the footer's
    imprint (none of it body). A live page runs oldest first, each update after a 'Picket line' time line in a <p> of
    its own (not body)."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    issue = (day - date(2019, 1, 7)).days // 14 + 1  # fortnightly since January 2019
    label = {
        "press": "Press statement",
        "wire": "From the press",
        "opinion": "A member writes",
        "liveblog": "On the picket line",
    }.get(a.kind, "Branch news")
    writers = _writers(a)
    if a.kind == "press":
        byline = "Issued by the APTU press office"
    elif a.kind == "wire":
        byline = f"This report was first carried by {WIRE8}" + (f". Reporter: {t(a.author)}" if a.author else "")
    elif a.kind == "opinion" and writers:
        byline = f"A member writes: {t(writers[0])}"
    elif writers:
        byline = "Bulletin report · " + " and ".join(t(w) for w in writers)
    else:
        byline = "Bulletin report · Branch office"
    if live:
        times = _final8_times(a, rng)
        body = "".join(
            f'<div class="ub-update"><p class="ub-update__stamp"><strong>Picket line, {_twelve(times[i])}</strong></p>'
            f"<p>{t(p)}</p></div>"
            for i, p in enumerate(a.paragraphs)
        )
    else:
        blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
        inserts: dict[int, str] = {}
        quote = _pull_quote(a)
        if quote and n >= 5:
            inserts[1] = f'<blockquote class="ub-pull"><p>“{t(quote)}”</p></blockquote>'
        if n >= 8 and a.kind != "opinion":
            inserts[n * 2 // 3 - 1] = f'<h3 class="ub-crosshead">{rng.choice(APTU8_CROSSHEADS)}</h3>'
        body = _interleave(blocks, inserts)
    rights = "".join(f"<li>{t(x)}</li>" for x in APTU8_RIGHTS)
    diary = "".join(f"<li><b>{t(what)}</b> {t(when)}</li>" for what, when in APTU8_DIARY)
    latest = "".join(
        f'<li><a href="/bulletin/{_slug(o.headline)}">{t(o.headline)}</a></li>' for o in ctx.others if o.id in LABOUR8
    )
    return (
        _final_head(f"{a.headline} — APTU Ambry Valley Branch", lang="en-GB")
        + '<body class="ub"><div class="ub-strip"><a href="/members">Members\' area: log in</a> <span>Not a member yet? '
        + '<a href="/join">Join APTU from £2.35 a week</a></span></div>'
        + '<header class="ub-head"><img src="/img/aptu-logo.svg" alt="Allied Public and Transport Union"> '
        + '<div class="ub-title">Ambry Valley Branch</div>'
        + f'<div class="ub-issue">Branch bulletin No. {issue} · {_day_month_year(day)}</div>'
        + _nav(["Branch news", "Your rights at work", "Pay and campaigns", "Reps and officers", "Branch diary", "Join"], "ub-nav")
        + "</header>"
        + f'<div class="ub-consent" role="dialog"><p>{t(FINAL8_CONSENT[1])}</p><button>OK</button>'
        + "<button>No analytics, please</button></div>"
        + f'<main class="ub-main"><article class="ub-story"><div class="ub-label">{label}</div>'
        + f"<h1>{t(a.headline)}</h1>"
        + f'<div class="ub-by">{byline}</div>'
        + f'<div class="ub-body">{body}</div>'
        + '<p class="ub-signoff">In solidarity,<br>Niamh Ashworth-Kerr<br>Branch Secretary</p>'
        + f'<section class="ub-rights"><h2>Know your rights</h2><ul>{rights}</ul><p>Not sure where you stand? '
        + "Ring the branch office on 01632 960 214, Monday to Friday, 9am to 5pm.</p></section>"
        + '<div class="ub-pass"><span>Pass it on:</span> <button>Send to a workmate</button> '
        + "<button>Print for the noticeboard</button> <button>Email your rep</button></div>"
        + "</article>"
        + f'<aside class="ub-side"><section><h2>Branch diary</h2><ul>{diary}</ul></section>'
        + f"<section><h2>Latest from the branch</h2><ul>{latest}</ul></section></aside></main>"
        + '<footer class="ub-foot"><p>Allied Public and Transport Union, Ambry Valley Branch, Trades Hall, 14 Foundry Lane, '
        + "Tamsford. Promoted by N. Ashworth-Kerr on behalf of the branch.</p><p><a>Contact the branch</a> <a>Data "
        + "protection</a> <a>Rule book</a></p></footer>"
        + "</body></html>"
    )


LECTERN8_STANDFIRSTS = {
    "P226": "Harrowby departs two days after cup final heartbreak",
    "P228": "Parents celebrate as judge rules the closure was decided behind closed doors",
    "P230": "Meet the volunteers who kept Kingfisher Meadow playable all winter",
    "P231": "Kingfishers chase their first county silverware since the nineties",
    "P232": "A union organiser says it took a ballot, not goodwill, to win drivers a proper break",
    "P233": "Family of five found living with dead smoke alarms and black mould",
    "P235": "Three-week trial ends in not guilty verdict",
    "P236": "Village's biggest employer blames energy prices as production ends this autumn",
    "P237": "Road run-off blamed as Quarrendon scientists sample eleven sites",
    "P239": "Patients left waiting for hours as handover queues grow at Tamsford General",
    "P241": "Students and late-shift workers face taxis home as evening buses go",
    "P242": "Fire crews use boats to reach stranded residents",
    "P243": "Inside the last bell foundry in the valley",
    "P244": "Students with exams told to travel as normal",
    "P245": "A student who spent the summer house-hunting answers the councillor",
    "P246": "More than 2,000 shareholders save the town's old cinema",
    "P248": "Music to close as the vice-chancellor warns cash could run out by 2028",
    "P249": "Late header takes the Kingfishers to Riverside Park",
    "P250": "Thirty-six jobs at risk at the Brockhallow brewery",
}
LECTERN8_NOTES = {
    "P228": "this article discusses maternity services.",
    "P239": "this article describes an older man waiting for an ambulance after a fall.",
}
LECTERN8_SUBHEADS = ["The wider picture", "Behind the numbers", "How we got here", "Reaction"]
LECTERN8_YEARS = ["a first-year", "a second-year", "a third-year", "a final-year", "a master's"]
LECTERN8_SUBJECTS = ["History", "Politics", "English", "Geography", "Law", "Biology", "Economics"]


def tpl_student_paper(a: Article, ctx: Ctx) -> str:
    """A student newspaper on a university's blogging platform: the platform's admin bar ('QU Blogs', 'Create a blog',
    'Log in with your university account'), the paper's masthead and menu, a category label, the headline, a standfirst
    in a <p> that reads like a second headline, an 'Article by' line with an ordinal date, sometimes a 'Content note',
    a picture whose caption is two sentences of prose, an <h2> subhead in a long story; after the story the writer's
    bio, a paragraph of prose in a <p>, the note on editorial independence, 'Filed under' tags, sharing links, 'Related',
    'Pitch us a story' and 'Join the Lectern', comments with 'Leave a Reply' and the platform's footer (none of it body).
    A live page runs newest first, each update under an <h4> time, the newest marked 'Latest'."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    category = (
        "Sport" if a.id in SPORT8 else {"opinion": "Comment", "feature": "Features", "liveblog": "Live"}.get(a.kind, "News")
    )
    writers = _writers(a)
    by = " and ".join(t(w) for w in writers) if writers else "the Lectern news team"
    if live:
        times = _final8_times(a, rng)
        body = "".join(
            f'<div class="lc-live"><h4 class="lc-live__time"><time>{times[i]}</time>'
            f"{' <span>Latest</span>' if i == n - 1 else ''}</h4><p>{t(a.paragraphs[i])}</p></div>"
            for i in range(n - 1, -1, -1)
        )
    else:
        blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
        inserts: dict[int, str] = {}
        if n >= 3:
            caption, photographer, _ = _final8_caption(ctx)
            inserts[0] = (
                f'<figure class="wp-block-image size-large"><img src="/wp-content/uploads/sites/41/{day.year}/{day.month:02d}/'
                f'{rng.randint(1000, 9999)}.jpg" alt=""><figcaption class="wp-element-caption">{t(caption)} Image: '
                f"{t(photographer)}</figcaption></figure>"
            )
        if n >= 8 and a.kind != "opinion":
            inserts[n // 2 - 1] = f'<h2 class="wp-block-heading">{rng.choice(LECTERN8_SUBHEADS)}</h2>'
        body = _interleave(blocks, inserts)
    standfirst = LECTERN8_STANDFIRSTS.get(a.id)
    note = LECTERN8_NOTES.get(a.id)
    bio = ""
    if len(writers) == 1:
        desk = {"opinion": "comment", "feature": "features", "liveblog": "live"}.get(
            a.kind, "sport" if a.id in SPORT8 else "news"
        )
        bio = (
            f'<p class="lc-bio">{t(writers[0])} is {rng.choice(LECTERN8_YEARS)} {rng.choice(LECTERN8_SUBJECTS)} student and '
            f"writes for the Lectern's {desk} desk. When not chasing a story, they can usually be found in the library café "
            "or on the towpath by the Ambry.</p>"
        )
    tags = [category] + _towns_in(a, FINAL8_TOWNS)[:3]
    related = "".join(
        f'<li><a href="/{_slug(o.headline)}/">{t(o.headline)}</a><p>{t(_card_snippet(o))}</p></li>'
        for o in [o for o in ctx.others if o.kind != "wire"][:3]
    )
    comments = "".join(
        f'<li class="comment"><div class="comment-author"><b>{t(name)}</b> <span>says:</span></div>'
        f'<div class="comment-metadata">{_ordinal_date(date.fromordinal(day.toordinal() + 1))} at {_clock(rng, 9, 23)}</div>'
        f'<div class="comment-content"><p>{t(text)}</p></div><a class="comment-reply-link" href="#">Reply</a></li>'
        for name, text in rng.sample(FINAL8_COMMENTS, 2)
    )
    return (
        _final_head(f"{a.headline} – The Lectern", lang="en-GB")
        + '<body class="single-post"><div id="qub-bar"><a href="https://blogs.quarrendon.example/">QU Blogs</a> · '
        + '<a href="/">The Lectern</a> · <a href="https://blogs.quarrendon.example/create">Create a blog</a> · '
        + '<a href="/wp-login.php">Log in with your university account</a></div>'
        + '<header class="site-header"><p class="site-title"><a href="/">The Lectern</a></p>'
        + '<p class="site-description">Quarrendon\'s independent student newspaper since 1961</p>'
        + _nav(["News", "Campus", "City", "Comment", "Features", "Sport", "Arts", "Puzzles", "Write for us"], "lc-menu")
        + "</header>"
        + f'<div class="qub-cookies" role="dialog"><p>{t(FINAL8_CONSENT[2])}</p><button>Allow all</button>'
        + "<button>Necessary only</button></div>"
        + '<main id="primary"><article class="post type-post">'
        + f'<header class="entry-header"><span class="cat-links"><a href="/category/{_slug(category)}/">{t(category)}</a></span>'
        + f'<h1 class="entry-title">{t(a.headline)}</h1>'
        + (f'<p class="lc-standfirst">{t(standfirst)}</p>' if standfirst else "")
        + f'<div class="entry-meta"><span class="byline">Article by {by}</span> · <span class="posted-on">{_ordinal_date(day)}</span>'
        + f" · <span>{_minutes(a)} min read</span></div></header>"
        + (f'<div class="lc-cn"><strong>Content note:</strong> {t(note)}</div>' if note else "")
        + f'<div class="entry-content">{body}</div>'
        + bio
        + '<p class="lc-independence"><em>The Lectern is editorially independent of the University of Quarrendon and of '
        + "Quarrendon Students' Union.</em></p>"
        + '<footer class="entry-footer"><span class="tags-links">Filed under: '
        + ", ".join(f'<a href="/tag/{_slug(x)}/">{t(x)}</a>' for x in tags)
        + '</span><div class="sharedaddy"><h3>Share this:</h3><a>Email</a> <a>Copy link</a> <a>WhatsApp</a></div></footer>'
        + "</article>"
        + f'<section class="lc-related"><h2>Related</h2><ul>{related}</ul></section>'
        + '<section class="lc-pitch"><h2>Pitch us a story</h2><p>Seen something on campus or in town that nobody is '
        + "reporting? Email news@thelectern.example. We protect our sources.</p></section>"
        + '<section class="lc-join"><h2>Join the Lectern</h2><p>No experience needed. Come to our meetings every Wednesday at '
        + "6pm in the Media Hub, Students' Union level 2.</p></section>"
        + f'<section id="comments"><h2 class="comments-title">2 thoughts on “{t(a.headline)}”</h2><ol class="comment-list">'
        + f"{comments}</ol>"
        + '<div id="respond"><h3>Leave a Reply <small><a id="cancel-comment-reply-link" style="display:none">Cancel reply</a>'
        + "</small></h3><p>Your email address will not be published. Required fields are marked *</p><form><textarea>"
        + "</textarea><button>Post Comment</button></form></div></section>"
        + "</main>"
        + '<footer class="site-footer"><p>The Lectern, Media Hub, Students\' Union, University of Quarrendon.</p>'
        + "<p>Proudly hosted on QU Blogs · Theme: Newsprint by the QU web team</p></footer>"
        + "</body></html>"
    )


CLUB8_FIXTURES = {
    "P249": {"competition": "Ambry County Cup · Semi-final", "home": ("Orrisdale United", "1", ["Weir-Nkemelu 34'"]),
             "away": ("Lenwick Athletic", "2", ["Oduya 52'", "Addae-Burke 88'"]), "venue": "Bridge End, Orrisdale",
             "crowd": "1,350", "referee": "Pietro Castagna"},
    "P231": {"competition": "Ambry County Cup · Final", "home": ("Lenwick Athletic", "1", ["Addae-Burke 18'"]),
             "away": ("Tamsford Town", "2", ["Rennick 49', 81'"]), "venue": "Riverside Park, Tamsford", "crowd": "4,200",
             "referee": "Hollis Amankwah"},
}  # fmt: skip
CLUB8_XI = ["Sam Ferrier", "Jordan Okeke", "Callum Pryor", "Dominic Ashe", "Reuben Tait", "Liam Oduya", "Harvey Quince",
            "Matteo Brill", "Ollie Stannard", "Jake Mellor", "Kofi Addae-Burke"]  # fmt: skip
CLUB8_SUBS = ["Ben Arkwright-Lee", "Femi Castell", "Rory Dunnage", "Kit Selwood", "Ashley Pim"]
CLUB8_PARTNERS = ["Hallam Tyres", "Ambry Valley Building Society", "The Ferryman, Lenwick", "Quarrendon Print & Sign",
                  "Kettleby Motors"]  # fmt: skip


def tpl_club_site(a: Article, ctx: Ctx) -> str:
    """A football club's own website: the principal partner's strip, ticket and shop links, the crest and menu (the
    phone menu repeats it, hidden), a 'Latest from the Kingfishers' strip with headlines and first sentences of the
    club's stories (this story's first sentence among them), a label, a 'Club report' byline, a fixture card (teams,
    score, scorers, venue, attendance, referee) above a match report or a live page, a picture with its caption, a
    'Club shop' promotion between paragraphs, the line-up and substitutes, a 'Player of the match' vote, 'Next fixture',
    the partners' names and the footer (none of it body). A live page runs oldest first, each update after its time."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    fixture = CLUB8_FIXTURES.get(a.id)
    label = (
        "Match day live"
        if live
        else "Match report"
        if fixture
        else {"feature": "Feature", "flash": "Club news"}.get(a.kind, "News")
    )
    club = [a] + [o for o in ctx.others if o.id in SPORT8 and o.day <= day]  # the club's stories up to this one
    strip = "".join(
        f'<li><a href="/news/{_slug(o.headline)}"><b>{t(o.headline)}</b></a> <span>{t(_first_sentence(o.paragraphs[0]))}</span></li>'
        for o in sorted(club, key=lambda o: o.published, reverse=True)[:3]
    )
    writers = _writers(a)
    byline = "Club report · " + (" and ".join(t(w) for w in writers) if writers else "Lenwick Athletic media team")
    card = ""
    if fixture:
        (home, home_goals, home_scorers), (away, away_goals, away_scorers) = fixture["home"], fixture["away"]
        card = (
            f'<section class="la-fixture"><div class="la-fixture__comp">{t(fixture["competition"])}</div>'
            f'<div class="la-fixture__teams"><span>{t(home)}</span> <strong>{home_goals} – {away_goals}</strong> '
            f'<span>{t(away)}</span> <em>FT</em></div><ul class="la-fixture__goals"><li>{t(", ".join(home_scorers))}</li>'
            f'<li>{t(", ".join(away_scorers))}</li></ul><div class="la-fixture__info">{t(fixture["venue"])} · '
            f"Attendance: {fixture['crowd']} · Referee: {t(fixture['referee'])}</div></section>"
        )
    if live:
        times = _final8_times(a, rng)
        items = "".join(
            f'<li><span class="la-live__time">{times[i]}</span><p>{t(p)}</p></li>' for i, p in enumerate(a.paragraphs)
        )
        body = f'<ol class="la-live">{items}</ol>'
    else:
        blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
        inserts: dict[int, str] = {}
        if n >= 3:
            caption, photographer, agency = _final8_caption(ctx)
            inserts[0] = (
                f'<figure class="la-photo"><img src="/media/{rng.randint(10000, 99999)}.jpg" alt=""><figcaption>{t(caption)} '
                f'<span class="la-photo__credit">{t(photographer)} / {t(agency)}</span></figcaption></figure>'
            )
        if n >= 4:
            inserts[2] = (
                '<aside class="la-promo"><h4>Club shop</h4><p>The new home shirt is in. Order before Friday and we will print '
                'your name and number for free.</p><a href="/shop">Shop now</a></aside>'
            )
        body = _interleave(blocks, inserts)
    lineup = ""
    if fixture:
        lineup = (
            '<section class="la-lineup"><h2>Kingfishers line-up</h2><ol>'
            + "".join(f"<li>{t(name)}</li>" for name in CLUB8_XI)
            + f"</ol><p>Subs: {t(', '.join(CLUB8_SUBS))}</p></section>"
            '<section class="la-potm"><h2>Player of the match</h2><p>Sponsored by The Ferryman, Lenwick. Voting closes at '
            "midnight.</p>" + "".join(f"<button>{t(name)}</button> " for name in rng.sample(CLUB8_XI, 3)) + "</section>"
        )
    saturday = date.fromordinal(day.toordinal() + 7 + (5 - day.weekday()) % 7)
    friendly = saturday.month in (5, 6, 7)
    nxt = (
        f'<section class="la-next"><h2>Next fixture</h2><p>{"Pre-season friendly" if friendly else "League"}: Lenwick '
        f"Athletic v {rng.choice(['Hestledge Rovers', 'Westraw Albion', 'Quarrendon Wanderers'])}</p><p>"
        f"{saturday.strftime('%a')} {saturday.day} {saturday.strftime('%b')}, 3pm · Kingfisher Meadow</p>"
        '<a href="/tickets">Buy tickets</a></section>'
    )
    menu = ["News", "Fixtures & results", "Tables", "First team", "Academy", "Tickets", "Club shop", "Community"]
    return (
        _final_head(f"{a.headline} | Lenwick Athletic FC", lang="en-GB")
        + f'<body class="la"><div class="la-partner">Principal partner: {t(CLUB8_PARTNERS[0])}</div>'
        + '<div class="la-top"><a href="/tickets">Tickets</a> <a href="/shop">Club shop</a> <a href="/membership">'
        + 'Memberships 2025/26</a> <a href="/tv">Kingfishers TV</a></div>'
        + '<header class="la-head"><img src="/img/crest.png" alt="Lenwick Athletic crest"> <span class="la-name">Lenwick Athletic '
        + 'FC</span> <span class="la-nick">The Kingfishers · Est. 1889</span>'
        + _nav(menu, "la-nav")
        + f'<div class="la-phone-menu" hidden>{_nav(menu, "la-nav la-nav--phone")}</div></header>'
        + f'<div class="la-consent" role="dialog"><p>{t(FINAL8_CONSENT[3])}</p><button>Accept all</button>'
        + "<button>Only essentials</button></div>"
        + f'<section class="la-latest"><h2>Latest from the Kingfishers</h2><ul>{strip}</ul></section>'
        + f'<main class="la-main"><article class="la-article"><div class="la-label">{label}</div>'
        + f"<h1>{t(a.headline)}</h1>"
        + f'<div class="la-meta"><span>{byline}</span> · <time>{day.strftime("%a")} {_day_month_year(day)}</time></div>'
        + card
        + f'<div class="la-body">{body}</div>'
        + lineup
        + '<div class="la-share">Share this story <button>Facebook</button> <button>X</button> <button>Copy link</button></div>'
        + "</article>"
        + nxt
        + "</main>"
        + '<section class="la-partners"><h2>Our partners</h2><ul>'
        + "".join(f'<li><img src="/partners/{_slug(p)}.png" alt="{attr(p)}"></li>' for p in CLUB8_PARTNERS)
        + "</ul></section>"
        + '<footer class="la-foot"><p>Lenwick Athletic Football Club Ltd, Kingfisher Meadow, Ferry Lane, Lenwick. Affiliated to '
        + "the Ambry County FA.</p><p><a>Safeguarding</a> <a>Accessibility at Kingfisher Meadow</a> <a>Privacy</a></p></footer>"
        + "</body></html>"
    )


HEREABOUTS8_EVENTS = [
    ("Farmers' market", "Tamsford Corn Exchange", "9am–1pm", "Free entry"),
    ("Quiz night for the Sandling flood fund", "The Ferryman, Lenwick", "7.30pm", "£2 a head"),
    ("Lantern-making for families", "Brockhallow Library", "10.30am", "£4, booking needed"),
    ("Ambry Valley Orchestra: winter concert", "St Aldhelm's Church, Quarrendon", "7pm", "£12, under-18s free"),
    ("Repair café: bring your broken toaster", "Westraw Community Centre", "10am–2pm", "Free"),
    ("Guided walk: the mills of the Ambry", "Meet at Pellinford village hall", "1pm", "Free, dogs welcome"),
    ("Comedy upstairs", "The Old Bakehouse, Tamsford", "8pm", "£8"),
]
HEREABOUTS8_NOTICES = [
    "Lost: grey tabby cat with white paws, answers to Pilchard, last seen near Market Street, Orrisdale.",
    "Free to a good home: upright piano, needs tuning, collect from Hestledge.",
    "Volunteers wanted for Saturday morning litter picks on the riverside path in Tamsford.",
    "Choir seeks tenors and basses. No auditions. Tuesdays at Quarrendon Methodist Hall.",
]


def tpl_events_portal(a: Article, ctx: Ctx) -> str:
    """A hyperlocal what's-on-and-news portal built on a modern framework (hashed class names): an area switcher whose list
    stays hidden, 'Add your event' and 'List your business', a 'This weekend' strip of event cards (day, name, venue,
    time, price), a label ('Local news', 'Community notice', 'Soapbox', 'Long read', 'Just in', 'Live'), a '... for
    Hereabouts' or 'Notice from' line with an 'Added' date, a 'The short version' box of bullets that repeat first
    sentences of the story above a long one, a picture with its caption, a 'Happening nearby' event card between
    paragraphs, 'Send to a neighbour', a map with its credit, 'More local news' with snippets, the 'Noticeboard' and the
    footer (none of it body). A live page runs newest first, each update with its time."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    cls = {k: _hashed(rng, "hb_") for k in ("card", "post", "time", "box", "event")}
    town = _split_town(a, rng, FINAL8_TOWNS)
    label = {
        "press": "Community notice",
        "opinion": "Soapbox",
        "feature": "Long read",
        "flash": "Just in",
        "liveblog": "Live",
    }.get(a.kind, "Local news")
    saturday = date.fromordinal(day.toordinal() + (5 - day.weekday()) % 7)
    weekend = [saturday, saturday, date.fromordinal(saturday.toordinal() + 1)]
    cards = "".join(
        f'<li class="{cls["card"]}"><span>{d.strftime("%a")} {d.day} {d.strftime("%b")}</span> <b>{t(name)}</b> '
        f"<span>{t(venue)}</span> <span>{t(when)}</span> <span>{t(price)}</span></li>"
        for d, (name, venue, when, price) in zip(weekend, rng.sample(HEREABOUTS8_EVENTS, 3))
    )
    if a.kind == "press":
        who = f"Notice from {t(_issuer(a) or 'a local organisation')}"
    elif _writers(a):
        who = " and ".join(t(w) for w in _writers(a)) + " for Hereabouts"
    else:
        who = "Hereabouts newsroom"
    short = ""
    if live:
        times = _final8_times(a, rng)
        body = "".join(
            f'<article class="{cls["post"]}"><time class="{cls["time"]}">{times[i]}</time><p>{t(a.paragraphs[i])}</p></article>'
            for i in range(n - 1, -1, -1)
        )
        added = times[0]
    else:
        blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
        inserts: dict[int, str] = {}
        if n >= 3:
            caption, photographer, _ = _final8_caption(ctx)
            inserts[0] = (
                f'<figure class="{cls["box"]}"><img src="https://cdn.hereabouts.example/i/{rng.randint(100000, 999999)}.webp" '
                f'alt=""><figcaption>{t(caption)} Picture: {t(photographer)}</figcaption></figure>'
            )
        if n >= 4:
            name, venue, when, price = rng.choice(HEREABOUTS8_EVENTS)
            inserts[1] = (
                f'<aside class="{cls["event"]}"><h4>Happening nearby</h4><b>{t(name)}</b> <span>{t(venue)}</span> '
                f'<span>{t(when)}</span> <span>{t(price)}</span> <a href="/events">See all events</a></aside>'
            )
        body = _interleave(blocks, inserts)
        if n >= 6:
            bullets = "".join(f"<li>{t(_first_sentence(p))}</li>" for p in a.paragraphs[:3])
            short = f'<section class="{cls["box"]}"><h2>The short version</h2><ul>{bullets}</ul></section>'
        added = _clock(rng, 7, 19).zfill(5)
    more = "".join(
        f'<li><a href="/news/{_slug(o.headline)}">{t(o.headline)}</a><p>{t(_long_snippet(o, 140))}</p></li>'
        for o in [o for o in ctx.others if o.kind != "wire"][:4]
    )
    notices = "".join(f"<li>{t(x)}</li>" for x in rng.sample(HEREABOUTS8_NOTICES, 3))
    towns = "".join(f"<li>{t(x)}</li>" for x in FINAL8_TOWNS)
    return (
        _final_head(f"{a.headline} · Hereabouts {town}", lang="en-GB")
        + '<body><div id="__hb"><header class="hb_h2k9x1"><a class="hb_logo" href="/">Hereabouts</a> '
        + "<span>Tamsford &amp; the Ambry valley: what's on and what's new</span>"
        + f'<div class="hb_area"><button aria-expanded="false">{t(town)} ▾</button><ul class="hb_area__list" hidden>{towns}</ul></div>'
        + '<form><input type="search" placeholder="Search events, places and news"></form>'
        + '<a class="hb_btn" href="/events/new">Add your event</a> <a class="hb_btn" href="/directory/new">List your business</a>'
        + _nav(["What's on", "Local news", "Eat & drink", "Family days out", "Directory", "Noticeboard"], "hb_nav")
        + "</header>"
        + f'<div class="hb_consent" role="dialog"><p>{t(FINAL8_CONSENT[4])}</p><button>Sounds fine</button>'
        + "<button>Manage partners</button></div>"
        + f'<section class="hb_weekend"><h2>This weekend</h2><ul>{cards}</ul></section>'
        + f'<main><article class="hb_article"><div class="hb_label">{label}</div><h1>{t(a.headline)}</h1>'
        + f'<div class="hb_meta"><span>{who}</span> · <span>Added {day.day} {day.strftime("%b %Y")}, {added}</span></div>'
        + short
        + f'<div class="hb_body">{body}</div>'
        + '<div class="hb_share"><button>Send to a neighbour</button> <button>Copy link</button></div>'
        + f'<div class="hb_map"><img src="/maps/{_slug(town)}.png" alt="Map of {attr(town)}"><span class="hb_map__tip" '
        + 'style="display:none">Drag to move the map</span><small>Map data © Hereabouts contributors</small></div></article>'
        + f'<section class="hb_more"><h2>More local news</h2><ul>{more}</ul></section>'
        + f'<section class="hb_notices"><h2>Noticeboard</h2><ul>{notices}</ul><a href="/noticeboard/new">Post a notice, '
        + "free</a></section></main>"
        + '<footer class="hb_foot"><p>Hereabouts is an independent local website for Tamsford and the Ambry valley. Tell us '
        + "what is going on: hello@hereabouts.example</p><p><a>Advertise with us</a> <a>House rules</a> <a>Privacy</a></p></footer>"
        + "</div></body></html>"
    )


INTELLIGENCER8_CROSSHEADS = ["Warnings", "Behind the figures", "A long history", "The response", "Next steps"]
INTELLIGENCER8_SECTIONS = {"wire": "World", "opinion": "Opinion", "feature": "Weekend", "press": "Business", "liveblog": "Live"}


def tpl_print_view(a: Article, ctx: Ctx) -> str:
    """A regional daily's print view of a story, as its 'Print' button opens it: 'Print this page', 'Close window' and an
    'Include pictures' box, the masthead logo and 'Print-ready page', the section, a table of 'Writer:', 'First posted:'
    and 'Last changed:', a picture whose caption is two sentences of prose with its 'Image credit:', <h3> crossheads in a
    long story, and after the story the story's address, 'Links in this article' (addresses only), a copyright notice
    and a 'Printed from' line in <p>s of their own (none of it body); the site's menu stays in the page, hidden. A live
    page prints oldest first, each update after an 'Entry filed' line."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    section = INTELLIGENCER8_SECTIONS.get(a.kind, "News")
    site = "https://www.tamsfordintelligencer.example"
    url = f"{site}/{section.lower()}/{day.year}/{day.month:02d}/{_slug(a.headline)}"
    writers = _writers(a)
    if live:
        times = _final8_times(a, rng)
        body = "".join(
            f'<div class="pf-entry"><div class="pf-entry__meta">Entry filed {times[i]} · '
            f"{t(writers[i % len(writers)]) if writers else 'Intelligencer live desk'}</div><p>{t(p)}</p></div>"
            for i, p in enumerate(a.paragraphs)
        )
        posted = times[0]
    else:
        blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
        inserts: dict[int, str] = {}
        if n >= 3:
            caption, photographer, agency = _final8_caption(ctx)
            inserts[0] = (
                f'<div class="pf-figure"><img src="{site}/img/{rng.randint(100000, 999999)}-print.jpg" alt="" width="480">'
                f'<div class="pf-caption">{t(caption)}</div><div class="pf-credit">Image credit: {t(photographer)}/{t(agency)}</div></div>'
            )
        if n >= 8 and a.kind not in ("opinion", "feature"):
            heads = rng.sample(INTELLIGENCER8_CROSSHEADS, 2)
            inserts[n // 3] = inserts.get(n // 3, "") + f"<h3>{t(heads[0])}</h3>"
            inserts[n * 2 // 3] = inserts.get(n * 2 // 3, "") + f"<h3>{t(heads[1])}</h3>"
        body = _interleave(blocks, inserts)
        posted = _clock(rng, 6, 20).zfill(5)
    if a.kind == "wire":
        writer = f"{t(a.author)}, {WIRE8}" if a.author else WIRE8
    elif a.kind == "press":
        writer = "Business desk (company announcement)"
    else:
        writer = " and ".join(t(w) for w in writers) if writers else "Intelligencer reporter"
    changed = times[-1] if live else _hhmm(min(23 * 60 + 59, int(posted[:2]) * 60 + int(posted[3:]) + rng.randint(20, 240)))
    links = "".join(f"<li>{site}/news/{x.slug}</li>" for x in ctx.pick_teasers(rng.randint(2, 3)))
    printed = date.fromordinal(day.toordinal() + rng.randint(0, 40))
    return (
        _final_head(f"Print: {a.headline} | The Tamsford Intelligencer", lang="en-GB")
        + '<body class="pf" onload="window.print()">'
        + '<div class="pf-controls"><button onclick="window.print()">Print this page</button> '
        + '<button onclick="window.close()">Close window</button> <label><input type="checkbox" checked> Include pictures'
        + "</label></div>"
        + '<nav class="site-nav" style="display:none"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> '
        + '<a href="/weekend">Weekend</a> <a href="/notices">Notices</a></nav>'
        + '<div class="pf-masthead"><img src="/img/intelligencer-print.png" alt="The Tamsford Intelligencer"> '
        + '<span class="pf-kind">Print-ready page</span></div>'
        + f'<div class="pf-section">{t(section)}</div>'
        + f"<h1>{t(a.headline)}</h1>"
        + f'<table class="pf-meta"><tr><td>Writer:</td> <td>{writer}</td></tr>'
        + f"<tr><td>First posted:</td> <td>{day.day:02d}/{day.month:02d}/{day.year} {posted}</td></tr>"
        + f"<tr><td>Last changed:</td> <td>{day.day:02d}/{day.month:02d}/{day.year} {changed}</td></tr></table>"
        + f'<div class="pf-body">{body}</div>'
        + f'<p class="pf-url">This story: {url}</p>'
        + f'<div class="pf-links"><h4>Links in this article</h4><ol>{links}</ol></div>'
        + f'<p class="pf-copy">© {day.year} The Tamsford Intelligencer. This printout is for your own use and may not be copied '
        + "or passed on.</p>"
        + f'<p class="pf-printed">Printed from tamsfordintelligencer.example on {printed.day:02d}/{printed.month:02d}/{printed.year}</p>'
        + "</body></html>"
    )


CHAMBER8_MEMBERS = {"Harlenby Foods": ("Food manufacturing", "Westraw", 1998)}
CHAMBER8_EVENTS = [
    ("Export paperwork made simple", "Half-day workshop", "Chamber House, Tamsford", "£45 members, £90 others"),
    ("Business breakfast: getting energy costs down", "Networking", "The Weir Hotel, Lenwick", "£18 members"),
    ("Meet the buyer: hospitals and universities", "Procurement", "University of Quarrendon", "Free for members"),
    ("First aid at work", "Two-day course", "Chamber House, Tamsford", "£160 members"),
]
CHAMBER8_OFFERS = [
    "10% off van hire for members at Kettleby Motors, Westraw",
    "A free first hour of legal advice from Marrable & Dunne Solicitors",
    "Members' rate for meeting rooms at Chamber House: from £12 an hour",
]


def tpl_chamber_news(a: Article, ctx: Ctx) -> str:
    """A chamber of commerce's news page: members' login and room booking links, the menu, breadcrumbs, a label ('Member
    news', 'Business news', 'International trade'), a 'Submitted by' line or a byline in a sentence, the date, for a
    member's release an italic disclaimer in a <p> above the story, a picture with its caption, then 'The Chamber's view'
    (a paragraph of comment and its chief executive's name), an 'About this member' card, 'Upcoming events' with prices,
    'Member offers', 'More business news' and the footer (none of it body)."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    press = a.kind == "press"
    label = "Member news" if press else "International trade" if a.kind == "wire" else "Business news"
    issuer = _issuer(a) or "A Chamber member"
    if press:
        who = f"Submitted by {t(issuer)}"
    elif a.kind == "wire":
        who = f"Source: {WIRE8}, reproduced under licence"
    elif a.author and not a.is_team:
        who = f"News from the valley, by {t(a.author)}"
    else:
        who = "Chamber newsroom"
    blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
    inserts: dict[int, str] = {}
    if n >= 3:
        caption, photographer, _ = _final8_caption(ctx)
        inserts[0] = (
            f'<figure class="ch-figure"><img src="/uploads/news/{rng.randint(1000, 9999)}.jpg" alt=""><figcaption>{t(caption)} '
            f"({t(photographer)})</figcaption></figure>"
        )
    country = _wire_country(a)
    if press:
        view = (
            "Investment like this is a vote of confidence in the people of the Ambry valley. We are delighted for our member, "
            "and our skills team will help them fill these roles with local people."
        )
    elif country:
        view = (
            f"Members who trade with {country} should keep a close eye on this. Our international trade team can advise on "
            "contracts, payments and export documents."
        )
    else:
        view = (
            "This is hard news for the people affected and for the many firms in the valley that supply them. Our business "
            "support team is ready to help any member whose trade is hit."
        )
    view_box = (
        f'<aside class="ch-view"><h2>The Chamber\'s view</h2><p>{t(view)}</p><p>Ruth Penhallow, Chief Executive, Ambry Valley '
        "Chamber of Commerce</p></aside>"
    )
    member = ""
    if press:
        sector, town, since = CHAMBER8_MEMBERS.get(issuer, ("Business services", "Tamsford", 2010))
        member = (
            f'<aside class="ch-member"><h2>About this member</h2><p><b>{t(issuer)}</b></p><p>{t(sector)} · {t(town)} · Member '
            f'since {since}</p><a href="/directory/{_slug(issuer)}">View in the member directory</a></aside>'
        )
    events = "".join(
        f"<li><b>{t(name)}</b> <span>{t(kind)}</span> <span>{t(where)}</span> <span>{t(price)}</span> <a>Book</a></li>"
        for name, kind, where, price in rng.sample(CHAMBER8_EVENTS, 3)
    )
    offers = "".join(f"<li>{t(x)}</li>" for x in CHAMBER8_OFFERS)
    more = "".join(
        f'<li><a href="/news/{_slug(o.headline)}">{t(o.headline)}</a> <time>{_day_month_year(o.day)}</time></li>'
        for o in ctx.others
        if o.id in BUSINESS8
    )
    return (
        _final_head(f"{a.headline} - Ambry Valley Chamber of Commerce", lang="en-GB")
        + '<body class="ch"><div class="ch-util"><a href="/login">Members\' login</a> <a href="/rooms">Book a meeting room</a> '
        + '<a href="/export-documents">Export documents</a> <a class="ch-join" href="/join">Join the Chamber</a></div>'
        + '<header class="ch-head"><a class="ch-logo" href="/">Ambry Valley Chamber of Commerce</a> '
        + '<span class="ch-strap">Standing up for business in the valley since 1867</span>'
        + _nav(
            ["About", "Membership", "Events & training", "International trade", "Policy & campaigns", "News", "Member directory"],
            "ch-nav",
        )
        + "</header>"
        + f'<div class="ch-consent" role="dialog"><p>{t(FINAL8_CONSENT[5])}</p><button>Allow all</button>'
        + "<button>Save my choices</button></div>"
        + _breadcrumbs(["Home", "News", label])
        + f'<main class="ch-main"><article class="ch-article"><div class="ch-label">{label}</div><h1>{t(a.headline)}</h1>'
        + f'<div class="ch-meta"><span>{who}</span> · <time>{_long_date(day)}</time></div>'
        + (
            '<p class="ch-disclaimer"><em>Member news is written and supplied by the member concerned. Publishing it does not '
            "mean the Chamber endorses any product or service.</em></p>"
            if press
            else ""
        )
        + f'<div class="ch-body">{_interleave(blocks, inserts)}</div>'
        + view_box
        + member
        + "</article>"
        + f'<aside class="ch-side"><section><h2>Upcoming events</h2><ul>{events}</ul></section>'
        + f"<section><h2>Member offers</h2><ul>{offers}</ul></section>"
        + (f"<section><h2>More business news</h2><ul>{more}</ul></section>" if more else "")
        + "</aside></main>"
        + '<footer class="ch-foot"><p>Ambry Valley Chamber of Commerce, Chamber House, 3 Bridge Street, Tamsford. A company '
        + "limited by guarantee.</p><p><a>Contact us</a> <a>Membership terms</a> <a>Privacy</a></p></footer>"
        + "</body></html>"
    )


# ---------------------------------------------------------------------------------------------
# The "final9" split: seven more kinds of site, written after "final8" with chrome wording of their own.

FINAL9_CONSENT = [
    "We use a few cookies to make this website work and, if you agree, to count visits so that we know which safety advice "
    "people read. We never use cookies for advertising.",
    "The Pump's website is run by volunteers on a shared host. It sets one cookie to remember this choice and, if you say "
    "yes, a counter that tells us how many neighbours read us online.",
    "Underhill Audio and the companies that sell our adverts use cookies and device identifiers to measure downloads, "
    "remember where you stopped listening and play adverts that suit you. Choose what you allow; you can change it in Settings.",
    "Moneyfold and its 63 data partners store and read information on your device to keep you signed in, keep quotes "
    "streaming, personalise adverts and measure how they perform. Some partners rely on legitimate interest, which you can "
    "object to.",
    "This site uses cookies to remember your settings and, with your agreement, to see how many people use the help form. "
    "Your details are never passed to any political party.",
    "Vale 3 and our partners use cookies and similar tools to play video, remember your local weather and show you adverts. "
    "Tap Agree to allow them all, or Options to choose.",
]
FINAL9_CAPTIONS = [
    "The harbour at Gullhaven at low tide, with the lifeboat house on the left.",
    "Looking across Penwarden Moor towards the Longstone from the old drove road.",
    "Fishing boats moored along West Quay in Oxhithe on a still morning.",
    "The Shire Hall in Caddow, where the council has met since 1889.",
    "Marlbeck's high street, hung with bunting for the summer regatta.",
    "The cliffs at Skarrow Head, with the quarry's upper face just visible above the trees.",
    "Tallowford's market square on a Saturday morning.",
    "Cottages on Church Row in Ulverbrook, beside the old village pump.",
    "A train crosses the estuary viaduct on its way from Marlbeck to Caddow.",
]
FINAL9_PHOTOGRAPHERS = ["Ysolde Farrant", "Kwame Ostler", "Bettina Lowrie", "Fenwick Adebola", "Maren Chisholm-Ure",
                        "Tadhg Oyinlola", "Sunniva Pryde"]  # fmt: skip
FINAL9_AGENCIES = ["Vellan Picture Desk", "Slipway Images", "Headland Photo Agency", "Greywether Pictures"]
FINAL9_TOWNS = ["Marlbeck", "Caddow", "Gullhaven", "Oxhithe", "Skarrow", "Tallowford", "Penwarden", "Drennan Cross",
                "Ulverbrook", "Halse Green"]  # fmt: skip
FINAL9_COMMENTS = [
    ("Mo at the Quay", "Good to read the whole thing rather than the rumours on the village page."),
    ("gullhaven_gran", "My late husband would have been furious about this. He served on the crew for twenty years."),
    ("Pete D.", "Does anyone know if there is a meeting about it? Happy to help with leaflets."),
    ("Skarrow Sue", "Thank you for putting this in. Not everyone is on the internet round here."),
    ("A. Yeoman", "Worth saying the same thing was promised in 2019 and nothing came of it."),
    ("lizzie_t", "Lovely piece. Shared it with my mum, who grew up just down the road."),
]
WIRE9 = "Sternpost"
FIRE9 = frozenset({"P251", "P253", "P254", "P255", "P256"})  # the fire and rescue service's newsroom: these only
MEMBER9 = frozenset({"P257", "P258", "P259", "P260", "P271"})  # the MP's website: these only
MARKETS9 = frozenset({"P252", "P262", "P266", "P269", "P274"})  # the finance portal: these only
LIVE9_TIMES = {  # a live page's update times, as its reporters filed them
    "P255": ["13:05", "13:22", "13:50", "14:18", "14:45", "15:30", "16:10", "17:02", "17:48", "18:35", "19:40"],
    "P260": ["09:32", "09:58", "10:40", "11:25", "12:10", "13:05", "14:20", "15:45", "17:20", "17:55"],
}


def _final9_caption(ctx: Ctx) -> tuple[str, str, str]:
    return _caption_from(ctx, FINAL9_CAPTIONS, FINAL9_PHOTOGRAPHERS, FINAL9_AGENCIES)


def _final9_times(article: Article, rng: random.Random) -> list[str]:
    return LIVE9_TIMES.get(article.id) or _final6_times(article, rng)


FIRE9_INCIDENTS = {
    "P251": {"Incident number": "VF-2504-0318", "Call received": "13:47", "Type": "Fire in a commercial building",
             "Location": "West Quay, Oxhithe", "Sent": "8 fire engines, an aerial ladder platform and a water carrier",
             "Stations": "Oxhithe, Marlbeck, Caddow, Gullhaven", "Status": "Closed: crews left the scene at 02:10"},
    "P255": {"Incident number": "VF-2507-1164", "Call received": "11:04", "Type": "Wildfire", "Location":
             "Penwarden Moor, near Drennan Cross", "Sent": "12 fire engines, 2 all-terrain vehicles and a helicopter",
             "Stations": "Penwarden, Ulverbrook, Caddow, Marlbeck and neighbouring services", "Status": "Open: crews damping down"},
    "P256": {"Incident number": "VF-2502-0207", "Call received": "06:08", "Type": "Animal rescue", "Location": "Halse Green",
             "Sent": "2 fire engines and the animal rescue team", "Stations": "Ulverbrook, Caddow", "Status": "Closed"},
}  # fmt: skip
FIRE9_TIPS = [
    "Test your smoke alarms once a month by pressing the button until they beep.",
    "Close inside doors at night: a shut door can hold back fire and smoke long enough for you to get out.",
    "Keep the keys for doors and windows where everyone in the house can find them in the dark.",
    "Never leave cooking unattended, and switch appliances off at the plug before you go to bed.",
    "Keep hallways and exits clear of bikes, scooters and anything else that could burn.",
]
FIRE9_SUBHEADS = ["The proposals", "What the figures show", "Reaction", "What happens next"]


def tpl_fire_service(a: Article, ctx: Ctx) -> str:
    """A county fire and rescue service's newsroom: a strip on when to call 999, 'Book a home fire safety visit' and
    'On-call firefighters wanted', the menu and breadcrumbs, a label ('Incident report', 'Press release', 'Live incident
    updates', 'In the news'), a 'Reported by ..., shared with permission' or 'Corporate communications team' line with the
    date, an incident panel (number, time of call, type, location, what was sent, stations, status), a picture with its
    caption, a 'Stay safe' box of tips between paragraphs, an <h2> subhead in a long story, a 'Have your say' box, 'Media
    enquiries', 'Was this page helpful?', 'Latest from the newsroom' and the station finder (none of it body). A live page
    runs newest first, each update under an <h3> 'Update at' time, the newest marked 'Latest'."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    label = {"press": "Press release", "liveblog": "Live incident updates", "long": "In the news"}.get(a.kind, "Incident report")
    writers = _writers(a)
    if writers and a.kind != "press":
        who = "Reported by " + " and ".join(t(w) for w in writers) + ", Marlbeck Mercury, shared with permission"
    else:
        who = "Corporate communications team"
    incident = FIRE9_INCIDENTS.get(a.id)
    panel = ""
    if incident:
        rows = "".join(f"<tr><th>{t(k)}</th> <td>{t(v)}</td></tr>" for k, v in incident.items())
        panel = f'<table class="vf-incident"><caption>Incident details</caption>{rows}</table>'
    if live:
        times = _final9_times(a, rng)
        newest = ' <span class="vf-latest">Latest</span>'
        body = "".join(
            f'<div class="vf-update"><h3 class="vf-update__time">Update at {times[i]}{newest if i == n - 1 else ""}</h3>'
            f"<p>{t(a.paragraphs[i])}</p></div>"
            for i in range(n - 1, -1, -1)
        )
        stamp = f"Last updated {_day_month_year(day)} at {times[-1]}"
    else:
        blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
        inserts: dict[int, str] = {}
        if n >= 3:
            caption, photographer, _ = _final9_caption(ctx)
            inserts[0] = (
                f'<figure class="vf-figure"><img src="/media/news/{rng.randint(1000, 9999)}.jpg" alt=""><figcaption>'
                f"{t(caption)} <small>Image: {t(photographer)} for Vellan Fire and Rescue Service</small></figcaption></figure>"
            )
        if n >= 4 and a.kind in ("short", "press"):
            tips = "".join(f"<li>{t(x)}</li>" for x in rng.sample(FIRE9_TIPS, 3))
            inserts[1] = (
                f'<aside class="vf-tips"><h4>Stay safe</h4><ul>{tips}</ul><a href="/safety">More safety advice</a></aside>'
            )
        if n >= 8:
            inserts[n * 2 // 3 - 1] = f'<h2 class="vf-subhead">{t(rng.choice(FIRE9_SUBHEADS))}</h2>'
        body = _interleave(blocks, inserts)
        stamp = f"Published {_day_month_year(day)} at {_hhmm(rng.randint(9 * 60, 18 * 60))}"
    say = ""
    if a.kind == "long":
        say = (
            '<section class="vf-say"><h2>Have your say</h2><p>Our plan for 2026 to 2029 goes out to public consultation in the '
            "autumn. Read the proposals, come to a drop-in session at your local station or fill in the survey online.</p>"
            '<a href="/consultation">Take part in the consultation</a></section>'
        )
    latest = "".join(
        f'<li><a href="/news/{_slug(o.headline)}">{t(o.headline)}</a> <time>{_day_month_year(o.day)}</time></li>'
        for o in sorted((o for o in ctx.others if o.id in FIRE9), key=lambda o: o.published, reverse=True)
    )
    return (
        _final_head(f"{a.headline} | Vellan Fire and Rescue Service", lang="en-GB")
        + '<body class="vf"><div class="vf-emergency">Fire, flood or someone trapped? <strong>Always dial 999</strong> and ask '
        + "for the fire service. This website is not monitored around the clock.</div>"
        + '<header class="vf-head"><a class="vf-logo" href="/">Vellan Fire and Rescue Service</a> <span class="vf-strap">'
        + 'Making the Vellan coast and valleys safer</span> <a class="vf-btn" href="/home-safety">Book a home fire safety visit'
        + '</a> <a class="vf-btn" href="/careers/on-call">On-call firefighters wanted</a>'
        + _nav(["Incidents", "News", "Safety advice", "Your local station", "Careers", "About us", "Fire authority"], "vf-nav")
        + "</header>"
        + f'<div class="vf-consent" role="dialog"><p>{t(FINAL9_CONSENT[0])}</p><button>Accept analytics</button> '
        + "<button>Essential cookies only</button></div>"
        + _breadcrumbs(["Home", "News", "Press releases" if a.kind == "press" else "Incidents"])
        + f'<main class="vf-main"><article class="vf-article"><div class="vf-label">{label}</div><h1>{t(a.headline)}</h1>'
        + f'<div class="vf-meta"><span>{who}</span> · <span>{stamp}</span></div>'
        + panel
        + f'<div class="vf-body">{body}</div>'
        + say
        + '<section class="vf-media"><h2>Media enquiries</h2><p>Journalists can reach the press office on 01632 960 414, '
        + "day or night. Please do not call the control room.</p></section>"
        + '<div class="vf-helpful">Was this page helpful? <button>Yes</button> <button>No</button></div>'
        + "</article>"
        + f'<aside class="vf-side"><section><h2>Latest from the newsroom</h2><ul>{latest}</ul></section>'
        + '<section class="vf-station"><h2>Find your local station</h2><form><label>Postcode or town <input type="text">'
        + "</label><button>Find</button></form></section></aside></main>"
        + '<footer class="vf-foot"><p>Vellan Fire and Rescue Service, Headquarters, Ropewalk, Caddow. Governed by the Vellan '
        + "Fire Authority.</p><p><a>Accessibility</a> <a>Freedom of information</a> <a>Privacy</a> <a>Cookies</a></p></footer>"
        + "</body></html>"
    )


PUMP9_DIARY = [
    ("Coffee morning and cake stall", "Village hall, 10am to noon"),
    ("Parish council meeting, all welcome", "Village hall, 7.30pm"),
    ("Knit and natter", "The Reading Room, 2pm"),
    ("Mobile library", "Outside St Bride's church, 11.15 to 11.45am"),
    ("Quiz night for the playground fund", "The Plough, Halse Green, 8pm"),
    ("Litter pick along the brook", "Meet at the pump, 10am. Gloves provided"),
]
PUMP9_ADS = [
    "For sale: child's bike, 16-inch wheels, red, £15. Ring 01632 960 288.",
    "Reliable cleaner has two mornings free. References available. Ask for Gwen on 01632 960 731.",
    "Seasoned ash logs, delivered locally, £85 a load.",
    "Wanted: an allotment or a spare corner of garden to grow vegetables in. Will share the crop!",
    "Piano lessons for beginners of any age in Halse Green. First lesson free.",
]
PUMP9_ADVERTISERS = ["The Plough, Halse Green", "Drennan Cross Garage", "M. Yeoman, Plumbing & Heating", "Brookside Kennels",
                     "Tallowford Creamery farm shop"]  # fmt: skip
PUMP9_COUNCIL = [
    "At its last meeting the parish council agreed to repaint the bus shelter on Church Row and to ask Caddow Council, once "
    "again, for a 20mph limit past the school. The clerk reports that the grit bin at the top of Mill Lane has been filled. "
    "Minutes are on the noticeboard by the pump.",
    "The parish council thanks everyone who came to the open meeting about the playing field. A working group will report "
    "back in the autumn. Councillors also agreed a grant of £250 towards the Christmas lights and looked at three planning "
    "applications, objecting to none of them.",
]
PUMP9_MENU = ["This issue", "Back issues", "Dates for your diary", "Parish council", "Clubs & groups", "Small ads",
              "Contact the editor"]  # fmt: skip
PUMP9_LABELS = {"flash": "Stop press", "opinion": "Letters & views", "feature": "Feature", "press": "From our neighbours"}


def tpl_parish_newsletter(a: Article, ctx: Ctx) -> str:
    """The web edition of a village's volunteer newsletter: the masthead with its strap in a <p>, the issue line, the menu,
    an 'In this issue' list with page numbers, a label ('Village news', 'Stop press', 'Letters & views', 'Feature', 'From our
    neighbours'), for a release an italic 'Sent in by' line in a <p> above the story, a picture with its caption, a 'Could
    you deliver the Pump?' box between paragraphs, and after the story an italic sign-off in a <p> ('Words: ...', the
    letter writer's name and village, 'Compiled by the editor'), the note on whose views letters are, two readers' comments,
    'Dates for your diary', 'Parish council corner' (a paragraph of prose), 'Small ads', 'Thank you to our advertisers',
    the copy deadline and the footer (none of it body)."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    issue = (day.year - 2007) * 12 + day.month
    month = day.strftime("%B %Y")
    following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    label = PUMP9_LABELS.get(a.kind, "Village news")
    writers = _writers(a)
    town = _split_town(a, rng, ["Ulverbrook", "Halse Green", "Drennan Cross"])
    sent = ""
    if a.kind == "press":
        sent = f'<p class="pump-sent"><em>Sent in by {t(_issuer(a) or "a local organisation")}</em></p>'
        sign = ""
    elif a.kind == "opinion" and writers:
        sign = f'<p class="pump-sign"><em>{t(writers[0])}, {t(town)}</em></p>'
    elif writers:
        sign = f'<p class="pump-sign"><em>Words: {" and ".join(t(w) for w in writers)}</em></p>'
    else:
        sign = '<p class="pump-sign"><em>Compiled by the editor</em></p>'
    blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
    inserts: dict[int, str] = {}
    if n >= 3:
        caption, photographer, _ = _final9_caption(ctx)
        inserts[0] = (
            f'<div class="pump-pic"><img src="/pics/{day.year}-{day.month:02d}-{rng.randint(10, 99)}.jpg" alt="" width="560">'
            f'<div class="pump-pic__cap">{t(caption)} (Photo: {t(photographer)})</div></div>'
        )
    if n >= 6:
        inserts[n // 2] = (
            '<div class="pump-box"><h4>Could you deliver the Pump?</h4><div>We need two more volunteers for Mill Lane and '
            "Brook Terrace. It takes half an hour once a month. Speak to Alan at number 4.</div></div>"
        )
    contents = [o for o in ctx.others if o.kind != "wire" and o.kind != "liveblog"][:5]
    in_issue = "".join(
        f'<li><a href="/{day.year}/{day.month:02d}/{_slug(o.headline)}">{t(o.headline)}</a> <span>page {k + 2}</span></li>'
        for k, o in enumerate(contents)
    )
    start = date.fromordinal(day.toordinal() + 2)
    diary = "".join(
        f"<tr><td>{d.strftime('%a')} {d.day} {d.strftime('%b')}</td> <td>{t(what)}</td> <td>{t(where)}</td></tr>"
        for d, (what, where) in zip(
            (date.fromordinal(start.toordinal() + 4 * k + rng.randint(0, 3)) for k in range(4)), rng.sample(PUMP9_DIARY, 4)
        )
    )
    comments = "".join(
        f'<div class="pump-comment"><b>{t(name)}</b> <span>wrote on {_day_month_year(date.fromordinal(day.toordinal() + k + 1))}:</span>'
        f"<div>{t(text)}</div></div>"
        for k, (name, text) in enumerate(rng.sample(FINAL9_COMMENTS, 2))
    )
    return (
        _final_head(f"{a.headline} :: The Ulverbrook Pump", lang="en-GB")
        + '<body><div id="wrap"><div class="pump-mast"><a href="/"><img src="/img/pump-masthead.gif" alt="The Ulverbrook Pump">'
        + '</a><p class="pump-strap">News for Ulverbrook, Halse Green and Drennan Cross · Delivered free to every home</p>'
        + f'<div class="pump-issue">Issue {issue} · {month}</div></div>'
        + _nav(PUMP9_MENU, "pump-nav")
        + f'<div class="pump-cookie" role="dialog"><p>{t(FINAL9_CONSENT[1])}</p><button>That\'s fine</button> '
        + "<button>No thanks</button></div>"
        + '<table class="pump-layout"><tr><td class="pump-side">'
        + f'<div class="pump-contents"><h3>In this issue</h3><ul>{in_issue}</ul></div>'
        + '<div class="pump-ads"><h3>Thank you to our advertisers</h3><ul>'
        + "".join(f"<li>{t(x)}</li>" for x in PUMP9_ADVERTISERS)
        + '</ul><a href="/advertise">Advertise in the Pump from £12 a month</a></div></td><td class="pump-main">'
        + f'<div class="pump-label">{t(label)}</div><h1>{t(a.headline)}</h1>'
        + sent
        + f'<div class="pump-story">{_interleave(blocks, inserts)}</div>'
        + sign
        + (
            "<p class=\"pump-views\"><small>Letters and views are the writers' own. The Pump's volunteer team does not take "
            "sides, and will print a reply from anyone who disagrees.</small></p>"
            if a.kind == "opinion"
            else ""
        )
        + f'<div class="pump-comments"><h3>Have your say (2)</h3>{comments}<a href="/comment">Add a comment</a></div>'
        + f'<div class="pump-diary"><h2>Dates for your diary</h2><table>{diary}</table></div>'
        + f'<div class="pump-council"><h2>Parish council corner</h2><p>{t(rng.choice(PUMP9_COUNCIL))}</p></div>'
        + '<div class="pump-small"><h2>Small ads</h2><ul>'
        + "".join(f"<li>{t(x)}</li>" for x in rng.sample(PUMP9_ADS, 3))
        + "</ul><div>Small ads are free for residents. Up to 30 words, please.</div></div>"
        + f'<div class="pump-deadline"><b>Copy deadline for the {following.strftime("%B")} issue:</b> the 20th. Email '
        + "editor@ulverbrookpump.example or leave it in the box in the village hall porch.</div>"
        + "</td></tr></table>"
        + '<div class="pump-foot">The Ulverbrook Pump is written, edited and delivered by volunteers and printed by Tallowford '
        + "Print Works. Nothing in the Pump is the view of the parish council unless it says so. <a>Privacy</a></div>"
        + "</div></body></html>"
    )


UNDERHILL9_SHOW = "Out Along the Coast"
UNDERHILL9_TEAM = {"host": "Effie Marchbank", "producer": "Lowen Ashgrove", "editor": "Dara Quennell-Obi"}
UNDERHILL9_CHAPTERS = ["Where it started", "On the ground", "The people in it", "The other side", "What happens next",
                       "Your messages"]  # fmt: skip
UNDERHILL9_SPONSORS = [
    ("Tallowford Creamery", "Cheese from the Vellan valley since 1932. Use the code COAST for 10% off your first order."),
    ("Slipway Outdoor", "Waterproofs tested on the Vellan coast, in shops in Marlbeck and Oxhithe and online."),
]
UNDERHILL9_APPS = ["Underhill app", "Podwave", "Tunewell", "Castaway", "RSS feed"]


def _underhill_episode(day: date) -> tuple[int, int]:
    """(season, episode) of the show's episode on a day: two a week since the first Tuesday of 2022, a season a year."""
    return day.year - 2021, (day - date(2022, 1, 4)).days // 7 * 2 + (2 if day.weekday() >= 3 else 1)


def _clip_quote(a: Article) -> str | None:
    """A sentence someone in the story says, in the story's own words, for a clip card ("That's a good one." ...)."""
    quotes = re.findall(r'(?:^|(?<=\s))"(\S[^"]{28,178}[.!?,])"', " ".join(a.paragraphs))
    if not quotes:
        return None
    quote = quotes[len(quotes) // 2]
    return quote[:-1] + "…" if quote.endswith(",") else quote


def tpl_podcast_notes(a: Article, ctx: Ctx) -> str:
    """A podcast network's episode page for a show that publishes each story as an episode and in writing: the network's
    menu and 'Get the app', the show's card with 'Follow', the season and episode line, date and running time, the
    player, 'Listen on' links, 'In this episode' chapters with times, the 'Episode notes' intro (a <p> of prose above the
    story), a 'Written by' line, a clip card quoting the story between paragraphs, the sponsor's message, a transcript
    kept in the page, hidden, behind 'Show transcript' with a note on automatic transcripts, 'Credits', 'More episodes'
    with snippets and the footer (none of it body)."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    season, episode = _underhill_episode(day)
    team = UNDERHILL9_TEAM
    length = _minutes(a, 140) + rng.randint(9, 16)
    duration = f"{length} min"
    writers = _writers(a)
    names = " and ".join(writers) if writers else "the Underhill newsroom"
    if a.kind == "opinion":
        intro = (
            f"{names} reads this essay and then talks it through with {team['host']}: what prompted it, and what the "
            "replies have said since. You can read it in full below."
        )
        by = f"Written and read by {names}"
    else:
        intro = (
            f"{team['host']} talks to {names} about the reporting behind this story and the people in it. The written "
            "version follows, as it was published."
        )
        by = f"Written by {names}"
    chapters = ["Introduction"] + rng.sample(UNDERHILL9_CHAPTERS, 3) + ["Credits"]
    marks = [length * 60 * k // 5 + rng.randint(-40, 40) for k in range(1, 4)] + [length * 60 - rng.randint(50, 90)]
    chapter_list = "".join(f"<li><button>{_mmss(at)}</button> {t(name)}</li>" for at, name in zip([0] + marks, chapters))
    blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
    inserts: dict[int, str] = {}
    quote = _clip_quote(a)
    if quote and n >= 5:
        inserts[1] = (
            f'<aside class="uh-clip"><h4>Clip from this episode</h4><p>“{t(quote)}”</p><span>{_mmss(rng.randint(30, 75))}</span> '
            "<button>Play clip</button> <button>Share clip</button></aside>"
        )
    if n >= 6:
        sponsor, line = rng.choice(UNDERHILL9_SPONSORS)
        inserts[3] = (
            f'<aside class="uh-sponsor"><span>This episode is supported by</span> <b>{t(sponsor)}</b><div>{t(line)}</div>'
            "<small>Underhill members hear every episode without adverts. Join from £4 a month.</small></aside>"
        )
    cues = "".join(
        f"<p><span>{_mmss(40 + 25 * k)}</span> {t(team['host'] if k % 2 == 0 else names)}: {t(_first_sentence(p))}</p>"
        for k, p in enumerate(a.paragraphs[:4])
    )
    more = "".join(
        f'<li><span>S{_underhill_episode(o.day)[0]} E{_underhill_episode(o.day)[1]}</span> <a href="/out-along-the-coast/'
        f'{_slug(o.headline)}">{t(o.headline)}</a><div>{t(_card_snippet(o))}</div><span>{_minutes(o, 140) + 12} min</span></li>'
        for o in [o for o in ctx.others if o.kind in ("feature", "long", "opinion", "short")][:4]
    )
    apps = "".join(f'<li><a href="/listen/{_slug(x)}">{t(x)}</a></li>' for x in UNDERHILL9_APPS)
    return (
        _final_head(f"{a.headline} · {UNDERHILL9_SHOW} · Underhill Audio", lang="en-GB")
        + '<body class="uh"><header class="uh-top"><a class="uh-logo" href="/">Underhill Audio</a>'
        + _nav(["Shows", "New episodes", "Live shows", "Membership", "Advertise with us"], "uh-nav")
        + '<a href="/signin">Sign in</a> <a class="uh-app" href="/app">Get the app</a></header>'
        + f'<div class="uh-consent" role="dialog"><p>{t(FINAL9_CONSENT[2])}</p><button>Allow all</button> '
        + "<button>Reject non-essential</button> <button>Settings</button></div>"
        + f'<section class="uh-show"><img src="/art/out-along-the-coast.jpg" alt="{UNDERHILL9_SHOW} artwork"><div>'
        + f'<a class="uh-show__name" href="/out-along-the-coast">{UNDERHILL9_SHOW}</a><div>Stories from the Vellan coast, every '
        + "Tuesday and Friday</div><button>Follow</button></div></section>"
        + f'<main class="uh-main"><article><div class="uh-ep">Season {season} · Episode {episode}</div><h1>{t(a.headline)}</h1>'
        + f'<div class="uh-meta"><time>{_day_month_year(day)}</time> · {duration}</div>'
        + f'<div class="uh-player"><button>Play</button> <span>0:00 / {length}:{rng.randint(0, 59):02d}</span> '
        + "<button>Back 15 seconds</button> <button>Forward 30 seconds</button> <button>1×</button> "
        + '<a href="#">Download</a></div>'
        + f'<div class="uh-listen"><h3>Listen on</h3><ul>{apps}</ul></div>'
        + f'<section class="uh-chapters"><h2>In this episode</h2><ol>{chapter_list}</ol></section>'
        + f'<section class="uh-notes"><h2>Episode notes</h2><p class="uh-intro">{t(intro)}</p>'
        + f'<div class="uh-by">{t(by)}</div><div class="uh-story">{_interleave(blocks, inserts)}</div></section>'
        + '<section class="uh-transcript"><h2>Transcript</h2><button aria-expanded="false">Show transcript</button>'
        + f'<div class="uh-transcript__text" hidden>{cues}</div><p class="uh-auto"><small>Transcripts are made by a machine '
        + "and checked by a person, but may still contain mistakes. Please check quotes against the audio.</small></p></section>"
        + f'<section class="uh-credits"><h2>Credits</h2><ul><li>Host: {team["host"]}</li><li>Producer: {team["producer"]}</li>'
        + f"<li>Editor: {team['editor']}</li><li>Music: “Flood Tide” by The Ebbing Quartet</li></ul></section>"
        + "</article>"
        + f'<section class="uh-more"><h2>More episodes</h2><ul>{more}</ul><a href="/out-along-the-coast">All episodes</a></section>'
        + "</main>"
        + '<footer class="uh-foot"><p>Underhill Audio is an independent podcast network based in Marlbeck.</p><p><a>Contact</a> '
        + "<a>Pitch us a show</a> <a>Privacy</a> <a>Terms</a> <a>Advert choices</a></p></footer>"
        + "</body></html>"
    )


MONEYFOLD9_TAPE = [("Vellan 100", 6204.18), ("SVX 50", 1118.40), ("PX30", 2391.70), ("GBP/CVM", 7.19), ("Gold", 2410.60),
                   ("10-yr gilt", 4.18)]  # fmt: skip
MONEYFOLD9_QUOTES = {
    "P266": [("Oxhithe Marine Holdings", "OXM", 184.5, "GBX"), ("Saltway Ferries", "SWF", 62.1, "GBX")],
    "P274": [("Telvora", "TLV", 38.12, "CVM"), ("PX30 index", "PX30", 2391.7, "pts")],
    "P262": [("PX30 index", "PX30", 2391.7, "pts"), ("Carvessan mark", "GBP/CVM", 7.19, "")],
    "P252": [("SVX 50 index", "SVX", 1118.4, "pts")],
    "P269": [("SVX 50 index", "SVX", 1103.2, "pts")],
}
MONEYFOLD9_ACTIVE = [("Vellan Aggregates", "VAG", 241.0), ("Harbourgate Bank", "HGB", 388.4), ("Caddow Energy", "CDE", 97.3),
                     ("Quayline Logistics", "QLG", 156.8), ("Saltway Ferries", "SWF", 62.1)]  # fmt: skip
MONEYFOLD9_EDITORS = ["Tamsin Rhee", "Gideon Mavrou", "Oona Keswick"]
MONEYFOLD9_CITIES = {"Ildera": "Sarovec", "Carvessa": "Paleva"}


def _signed(value: float) -> str:
    return f"{'+' if value >= 0 else '−'}{abs(value):.2f}%"


def tpl_finance_reprint(a: Article, ctx: Ctx) -> str:
    """A finance portal's news page reprinting a business wire's releases and an agency's copy: a ticker tape of indices
    and rates, the search box, menu, 'Sign in' and 'Try Premium', breadcrumbs, a label, a 'Source:' line, the date and
    reading time, 'In this article' quote cards (name, symbol, price, change, 'Add to watchlist'), then after a release the
    media contact and the business wire's note in <p>s of their own, after agency copy the '(Reporting by ...; editing
    by ...)' line and the agency's copyright in <p>s, the intraday chart and its delay note, 'Most active', 'Latest market
    news' with snippets and the portal's disclaimer (none of it body)."""
    rng = ctx.rng
    day = a.day
    press = a.kind == "press"
    tape = "".join(
        f"<li><b>{t(name)}</b> {value * (1 + rng.uniform(-0.02, 0.02)):,.2f} <span>{_signed(rng.uniform(-1.2, 1.2))}</span></li>"
        for name, value in MONEYFOLD9_TAPE
    )
    cards = "".join(
        f'<li class="mf-card"><b>{t(name)}</b> <span class="mf-sym">{t(sym)}</span> <span>{price * (1 + rng.uniform(-0.01, 0.01)):,.2f}'
        f"{(' ' + unit) if unit else ''}</span> <span>{_signed(rng.uniform(-3, 4))}</span> <button>Add to watchlist</button></li>"
        for name, sym, price, unit in MONEYFOLD9_QUOTES.get(a.id, [])
    )
    stamp = f"{_short_us_date(day)}, {_hhmm(rng.choice([7 * 60, 7 * 60 + 30, rng.randint(8 * 60, 17 * 60)]))} GMT"
    if press:
        source = "Ledgerline Business Wire"
        after = (
            '<p class="mf-contact">Media contact: Imani Garside, Quayhead Communications, press@quayheadcomms.example, '
            "01632 960 519</p>"
            f'<p class="mf-ledger"><small>Ledgerline release LBW-{day.year}-{day.month:02d}{day.day:02d}{rng.randint(10, 99)}. '
            "This release is shown as issued: Moneyfold has not edited or checked it. The original, with pictures, is on "
            "ledgerline.example.</small></p>"
        )
    else:
        source = WIRE9
        country = _wire_country(a)
        city = MONEYFOLD9_CITIES.get(country or "", "Sarovec")
        reporter = a.author or "Sternpost staff"
        after = (
            f'<p class="mf-credit">(Reporting by {t(reporter)} in {t(city)}; editing by {t(rng.choice(MONEYFOLD9_EDITORS))})</p>'
            f'<p class="mf-copy"><small>© {day.year} {WIRE9}. Sternpost copy may not be republished, rebroadcast or stored '
            "without written permission.</small></p>"
        )
    first = MONEYFOLD9_QUOTES.get(a.id, [("Vellan 100", "V100", 0, "")])[0][0]
    active = "".join(
        f"<tr><td>{t(name)}</td> <td>{sym}</td> <td>{price * (1 + rng.uniform(-0.03, 0.03)):.2f}</td> "
        f"<td>{_signed(rng.uniform(-4, 4))}</td></tr>"
        for name, sym, price in rng.sample(MONEYFOLD9_ACTIVE, 4)
    )
    latest = "".join(
        f'<li><a href="/news/{_slug(o.headline)}">{t(o.headline)}</a><p>{t(_card_snippet(o, 110))}</p>'
        f"<span>{'Ledgerline' if o.kind == 'press' else WIRE9} · {_short_us_date(o.day)}</span></li>"
        for o in ctx.others
        if o.id in MARKETS9
    )
    return (
        _final_head(f"{a.headline} | Moneyfold", lang="en-GB")
        + f'<body class="mf"><div class="mf-tape" aria-label="Market summary"><ul>{tape}</ul></div>'
        + '<header class="mf-head"><a class="mf-logo" href="/">Moneyfold</a><form><input type="search" placeholder="Search '
        + 'quotes, news and funds"></form><a href="/signin">Sign in</a> <a class="mf-premium" href="/premium">Try Premium</a>'
        + _nav(["Markets", "Quotes", "News", "Funds", "Personal finance", "Portfolio", "Watchlist"], "mf-nav")
        + "</header>"
        + f'<div class="mf-consent" role="dialog"><p>{t(FINAL9_CONSENT[3])}</p><button>Accept all</button> '
        + "<button>Manage options</button> <button>Reject all</button></div>"
        + _breadcrumbs(["Home", "News", "Press releases" if press else "World markets"])
        + '<main class="mf-main"><article class="mf-article">'
        + f'<div class="mf-label">{"Press release" if press else "Markets news"}</div>'
        + f'<div class="mf-source">Source: {source}</div><h1>{t(a.headline)}</h1>'
        + f'<div class="mf-meta"><time>{stamp}</time> · {_minutes(a)} min read</div>'
        + (f'<aside class="mf-quotes"><h2>In this article</h2><ul>{cards}</ul></aside>' if cards else "")
        + '<div class="mf-body">'
        + "".join(f"<p>{t(p)}</p>" for p in a.paragraphs)
        + "</div>"
        + after
        + '<div class="mf-share"><button>Share</button> <button>Save</button></div></article>'
        + f'<aside class="mf-side"><section class="mf-chart"><h2>{t(first)}: today</h2><div><button>1D</button> '
        + "<button>5D</button> <button>1M</button> <button>1Y</button> <button>5Y</button></div>"
        + '<svg role="img" width="300" height="120"><title>Intraday price chart</title></svg>'
        + '<p class="mf-delay">Prices delayed by at least 15 minutes.</p></section>'
        + '<section class="mf-active"><h2>Most active</h2><table><thead><tr><th>Name</th> <th>Symbol</th> <th>Last</th> '
        + f"<th>Change</th></tr></thead><tbody>{active}</tbody></table></section>"
        + (f'<section class="mf-latest"><h2>Latest market news</h2><ul>{latest}</ul></section>' if latest else "")
        + "</aside></main>"
        + '<footer class="mf-foot"><p>Moneyfold is an information service, not an investment adviser. Nothing on this page '
        + "is a recommendation to buy or sell anything. Data from exchanges and from Ledgerline; prices may be delayed.</p>"
        + "<p><a>About</a> <a>Data sources</a> <a>Privacy</a> <a>Cookie options</a> <a>Terms</a></p></footer>"
        + "</body></html>"
    )


MEMBER9_COMMENTS = {  # 'Delia's comment' under a story she shares: prose, not body
    "P257": "I have written to the Health Secretary and asked the board to meet me urgently. If you have had to travel to "
    "Caddow at night for treatment, please tell me about it: your stories make the case far better than I can.",
    "P258": "Thank you to everyone who signed our petition, and to the station staff who have helped passengers on and off "
    "trains for years. I will keep pressing Vellan Rail to make sure the work finishes on time.",
    "P260": "Congratulations to every councillor elected, whatever their colours, and thank you to the count staff who "
    "worked through the night. I look forward to working with whoever leads Caddow Council.",
    "P271": "I know how disappointed many people in Skarrow are tonight. My office is happy to help anyone who wants advice "
    "on what they can do next, and I will post the minister's reply here as soon as I have it.",
}
MEMBER9_CAPTIONS = {
    "P257": "Delia with campaigners outside Marlbeck Community Hospital.",
    "P258": "Delia on the footbridge at Marlbeck station.",
    "P259": "Delia on the Gullhaven ferry on its early crossing.",
    "P260": "Delia at the Shire Hall in Caddow.",
    "P271": "Delia meets residents of Quarry Row, Skarrow.",
}
MEMBER9_CAMPAIGNS = [("Keep Marlbeck's minor injuries unit open at night", 5812), ("Save the Gullhaven ferry", 3390),
                     ("Make the coast road safe", 2144)]  # fmt: skip
MEMBER9_SURGERIES = [
    ("First Saturday of the month", "Marlbeck Library, 10am to 12pm"),
    ("Second Friday", "Gullhaven Harbour Rooms, 2pm to 4pm"),
    ("Last Thursday", "Skarrow Village Hall, 6pm to 7.30pm"),
    ("Every Monday", "By phone: book through the office"),
]


def tpl_mp_website(a: Article, ctx: Ctx) -> str:
    """A member of parliament's own website sharing press coverage and her own writing: the help and newsletter links, her
    name and seat, the menu, breadcrumbs, a label ('In the press', 'Delia writes', 'Count night'), for a shared story an
    italic note in a <p> above it saying where it was first published, a 'By ..., Marlbeck Mercury' or 'By Delia
    Strand-Okoro MP' line and 'Posted on' date, a picture of the member with its caption and credit, after her own piece
    an italic note in a <p> on where a version appeared, 'Delia's comment' (a paragraph of prose and her sign-off in
    <p>s), 'Sign the petition', 'Delia's surgeries', 'Latest news' and the imprint (none of it body). A live page runs
    oldest first, each update after its time."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    own = a.kind == "opinion" and a.author == "Delia Strand-Okoro"
    label = "Delia writes" if own else "Count night" if live else "In the press"
    writers = _writers(a)
    if own:
        by = "By Delia Strand-Okoro MP"
        origin_above = ""
        origin_below = (
            '<p class="ds-origin"><em>A version of this article was published in the Caddow Chronicle\'s Saturday comment '
            "pages.</em></p>"
        )
    else:
        by = "By " + (" and ".join(t(w) for w in writers) if writers else "Mercury reporters") + ", Marlbeck Mercury"
        origin_above = (
            f'<p class="ds-origin"><em>This story was first published by the Marlbeck Mercury on {_day_month_year(day)} and is '
            "shared here with the paper's permission.</em></p>"
        )
        origin_below = ""
    if live:
        times = _final9_times(a, rng)
        items = "".join(
            f'<li><span class="ds-live__time">{_twelve(times[i])}</span><p>{t(p)}</p></li>' for i, p in enumerate(a.paragraphs)
        )
        body = f'<ul class="ds-live">{items}</ul>'
    else:
        blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
        inserts: dict[int, str] = {}
        if n >= 3:
            inserts[0] = (
                f'<figure class="ds-photo"><img src="/wp-content/uploads/{day.year}/{day.month:02d}/delia-{rng.randint(100, 999)}'
                f'.jpg" alt=""><figcaption>{t(MEMBER9_CAPTIONS.get(a.id, "Delia in the constituency."))} '
                "<span>Photo: Office of Delia Strand-Okoro</span></figcaption></figure>"
            )
        body = _interleave(blocks, inserts)
    comment = MEMBER9_COMMENTS.get(a.id)
    comment_box = (
        f'<aside class="ds-comment"><h2>Delia\'s comment</h2><p>{t(comment)}</p><p class="ds-sig">Delia</p></aside>'
        if comment
        else ""
    )
    campaign, signed = MEMBER9_CAMPAIGNS[{"P257": 0, "P259": 1}.get(a.id, 2)]
    surgeries = "".join(f"<dt>{t(when)}</dt><dd>{t(where)}</dd>" for when, where in MEMBER9_SURGERIES)
    latest = "".join(
        f'<li><a href="/news/{_slug(o.headline)}">{t(o.headline)}</a> <time>{_day_month_year(o.day)}</time></li>'
        for o in sorted((o for o in ctx.others if o.id in MEMBER9), key=lambda o: o.published, reverse=True)
    )
    return (
        _final_head(f"{a.headline} – Delia Strand-Okoro MP", lang="en-GB")
        + '<body class="ds"><div class="ds-top"><a href="/help">Need help with a problem? Contact Delia\'s office</a> '
        + '<a href="/update">Get Delia\'s monthly update</a></div>'
        + '<header class="ds-head"><a class="ds-logo" href="/">Delia Strand-Okoro MP</a> <span class="ds-strap">Member of '
        + "Parliament for Marlbeck and Gullhaven</span>"
        + _nav(["Home", "About Delia", "News", "In Parliament", "Campaigns", "Surgeries", "Contact"], "ds-nav")
        + "</header>"
        + f'<div class="ds-cookies" role="dialog"><p>{t(FINAL9_CONSENT[4])}</p><button>OK</button> '
        + "<button>Only what is needed</button></div>"
        + _breadcrumbs(["Home", "News", label])
        + f'<main class="ds-main"><article class="ds-article"><div class="ds-label">{label}</div><h1>{t(a.headline)}</h1>'
        + origin_above
        + f'<div class="ds-meta"><span>{by}</span> · <span>Posted on {_day_month_year(day)}</span></div>'
        + f'<div class="ds-body">{body}</div>'
        + origin_below
        + '<div class="ds-share">Share: <a>Facebook</a> · <a>Email</a> · <a>Print</a></div>'
        + comment_box
        + "</article>"
        + f'<aside class="ds-side"><section class="ds-petition"><h2>Sign the petition</h2><div><b>{t(campaign)}</b></div>'
        + f'<div>{signed:,} people have signed. Add your name.</div><form><input type="text" placeholder="Your name">'
        + '<input type="email" placeholder="Email"><button>Sign</button></form></section>'
        + f'<section class="ds-surgeries"><h2>Delia\'s surgeries</h2><dl>{surgeries}</dl></section>'
        + (f'<section class="ds-latest"><h2>Latest news</h2><ul>{latest}</ul></section>' if latest else "")
        + "</aside></main>"
        + '<footer class="ds-foot"><p>Promoted by Tomas Reyle-Achebe on behalf of Delia Strand-Okoro, both at 14 Quay Street, '
        + "Marlbeck.</p><p>Casework is handled in confidence and is never used for campaigning.</p><p><a>Accessibility</a> "
        + "<a>Privacy notice</a></p></footer>"
        + "</body></html>"
    )


VALE9_LABELS = {"wire": "Around the world", "press": "Press release", "liveblog": "Live", "feature": "Features"}
VALE9_VIDEO = [
    "Vale 3's {reporter} reports from {town}",
    "What we know so far in {town}",
    "{town}: the scene this afternoon",
]


def tpl_tv_mobile(a: Article, ctx: Ctx) -> str:
    """A regional TV station's mobile site: the app banner ('Get'), a menu button whose drawer stays hidden, the logo, a
    weather chip and 'Watch live', the consent sheet, a 'BREAKING' tag over a flash, a label, a byline and 'Published' and
    'Updated' times, a video box ('Tap to unmute' and a 'WATCH:' title in a <p>), an italic note above a release, 'ALSO ON
    VALE 3:' lines and an advert between paragraphs, the agency's line in a <p> after its copy, 'Got a story?', 'Trending
    on Vale 3', a 'Next up' card with its snippet and the footer (none of it body). A live page has a pinned note and runs
    newest first, each update with its time."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    town = _split_town(a, rng, FINAL9_TOWNS)
    label = VALE9_LABELS.get(a.kind, "Local news")
    writers = _writers(a)
    if a.kind == "wire":
        by = f"By {t(a.author)}, {WIRE9}" if a.author else f"{WIRE9}"
    elif a.kind == "press":
        by = "Vale 3 News desk"
    else:
        by = "By " + " and ".join(t(w) for w in writers) if writers else "Vale 3 News staff"
    posted = rng.randint(7 * 60, 19 * 60)
    times = _final9_times(a, rng) if live else []
    if live:
        posted = int(times[0][:2]) * 60 + int(times[0][3:])
    updated = int(times[-1][:2]) * 60 + int(times[-1][3:]) if live else posted + rng.randint(15, 150)
    stamp = f"{_twelve(_hhmm(posted)).upper()} {_short_us_date(day)}"
    video = ""
    if a.kind in ("flash", "short", "long", "liveblog"):
        reporter = writers[0] if writers else rng.choice(["Niamh Corry", "Ade Salako", "Ross Pendle"])
        title = rng.choice(VALE9_VIDEO).format(reporter=reporter, town=town)
        video = (
            f'<div class="v3-video"><div class="v3-video__frame" data-src="/video/{rng.randint(100000, 999999)}.m3u8"></div>'
            f'<button>Tap to unmute</button><p class="v3-video__title">WATCH: {t(title)} ({rng.randint(1, 3)}:{rng.randint(0, 59):02d})</p></div>'
        )
    note = ""
    if a.kind == "press":
        note = (
            f'<p class="v3-note"><em>The following is a press release from {t(_issuer(a) or "the organisation named")}. '
            "Vale 3 News has not edited it.</em></p>"
        )
    if live:
        body = (
            '<div class="v3-pinned"><b>PINNED</b> Follow our live updates below. Pull down to refresh for the latest.</div>'
            + "".join(
                f'<div class="v3-post"><time>{_twelve(times[i]).upper()}</time><p>{t(a.paragraphs[i])}</p></div>'
                for i in range(n - 1, -1, -1)
            )
        )
    else:
        blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
        inserts: dict[int, str] = {}
        also = ctx.pick_teasers(2)
        if n >= 4:
            inserts[1] = (
                f'<div class="v3-also"><b>ALSO ON VALE 3:</b> <a href="/news/{also[0].slug}">{t(also[0].headline)}</a></div>'
            )
        if n >= 7:
            inserts[4] = _ad("Advertisement")
        if n >= 9:
            inserts[6] = (
                f'<div class="v3-also"><b>ALSO ON VALE 3:</b> <a href="/news/{also[1].slug}">{t(also[1].headline)}</a></div>'
            )
        if a.kind == "feature":
            caption, photographer, _ = _final9_caption(ctx)
            inserts[0] = (
                f'<figure class="v3-fig"><img src="/img/{rng.randint(10000, 99999)}.jpg" alt=""><figcaption>{t(caption)} '
                f"(Vale 3 / {t(photographer)})</figcaption></figure>"
            )
        body = _interleave(blocks, inserts)
    tail = ""
    if a.kind == "wire":
        tail = f'<p class="v3-wire">{WIRE9} copy, supplied to Vale 3 under licence.</p>'
    nxt = ctx.others[min(8, len(ctx.others) - 1)]  # the rails above show the first eight
    trending = "".join(f'<li><a href="/news/{x.slug}">{t(x.headline)}</a></li>' for x in ctx.later_teasers(4))
    return (
        _final_head(f"{a.headline} | Vale 3 News", lang="en-GB")
        + '<body class="v3"><div class="v3-appbar"><button aria-label="Close">×</button> <img src="/img/app-icon.png" alt=""> '
        + '<div><b>Vale 3 News</b> <span>Breaking news and live weather, free</span></div> <a href="/app">Get</a></div>'
        + '<header class="v3-head"><button class="v3-burger" aria-label="Open menu">☰</button> <a class="v3-logo" href="/">'
        + f'VALE 3</a> <a class="v3-wx" href="/weather">{t(town)} {rng.randint(4, 21)}°</a> <a class="v3-live" href="/live">'
        + "● Watch live</a></header>"
        + f'<div class="v3-drawer" hidden>{_nav(["News", "Weather", "Sport", "Traffic", "Vale 3 Investigates", "Watch"], "v3-nav")}</div>'
        + f'<div class="v3-sheet" role="dialog"><p>{t(FINAL9_CONSENT[5])}</p><button>Agree</button> <button>Options</button></div>'
        + '<main class="v3-main"><article>'
        + ('<div class="v3-breaking">BREAKING</div>' if a.kind == "flash" else "")
        + f'<div class="v3-label">{label}</div><h1>{t(a.headline)}</h1>'
        + f'<div class="v3-by">{by}</div><div class="v3-time">Published: {stamp} · Updated: '
        + f"{_twelve(_hhmm(min(updated, 23 * 60 + 59))).upper()}</div>"
        + video
        + note
        + f'<div class="v3-body">{body}</div>'
        + tail
        + '<div class="v3-tools"><a href="/typo">Report a typo</a> · <a href="/share">Share</a></div>'
        + '<div class="v3-tip"><b>Got a story?</b> Send it to Vale 3: newsdesk@vale3.example</div></article>'
        + f'<section class="v3-trending"><h2>Trending on Vale 3</h2><ol>{trending}</ol></section>'
        + f'<section class="v3-next"><h2>Next up</h2><a href="/news/{_slug(nxt.headline)}"><h3>{t(nxt.headline)}</h3></a>'
        + f"<div>{t(_card_snippet(nxt))}</div><span>Tap to read</span></section></main>"
        + f'<footer class="v3-foot"><p>© {day.year} Vale 3 Broadcasting Ltd. Serving the Vellan coast and valleys.</p><p>'
        + "<a>Complaints</a> <a>Accessibility</a> <a>Subtitles</a> <a>Privacy</a> <a>Cookie options</a></p></footer>"
        + "</body></html>"
    )


MERCURY9_SECTIONS = {"wire": "World", "opinion": "Opinion", "feature": "Weekend", "press": "Business", "liveblog": "Live"}
MERCURY9_CROSSHEADS = ["The background", "Reaction", "What comes next", "The numbers"]


def tpl_lite_edition(a: Article, ctx: Ctx) -> str:
    """A local paper's lite edition for slow connections: the title line with 'Full site', the note that the edition has no
    pictures, adverts or cookies, a one-line menu, the section, a byline with date and reading time, a '[Picture not
    loaded ...]' line with its caption and 'Load picture', an <h3> crosshead in a long story, the agency's name after its
    copy, the note on opinion pieces in a <p>, 'More from today's lite edition' with snippets, the page-weight line and
    the footer (none of it body). A live page runs oldest first, each update after its time in bold in a line of its own."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    section = MERCURY9_SECTIONS.get(a.kind, "Local")
    writers = _writers(a)
    if a.kind == "wire":
        by = WIRE9 + (f" · {t(a.author)}" if a.author else "")
    elif a.kind == "press":
        by = "Company announcement"
    else:
        by = "By " + " and ".join(t(w) for w in writers) if writers else "Mercury reporter"
    if live:
        times = _final9_times(a, rng)
        body = "".join(f'<div class="lt-time"><b>{times[i]}</b></div><p>{t(p)}</p>' for i, p in enumerate(a.paragraphs))
        clock = times[0]
    else:
        blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
        inserts: dict[int, str] = {}
        if n >= 3:
            caption, photographer, agency = _final9_caption(ctx)
            inserts[0] = (
                f'<div class="lt-pic">[Picture not loaded to save data: {t(caption)} {t(photographer)}/{t(agency)}] '
                f'<a href="/img/{rng.randint(100000, 999999)}.jpg">Load picture ({rng.randint(140, 420)} KB)</a></div>'
            )
        if n >= 8 and a.kind not in ("opinion", "feature"):
            inserts[n // 2 - 1] = f"<h3>{t(rng.choice(MERCURY9_CROSSHEADS))}</h3>"
        body = _interleave(blocks, inserts)
        clock = _hhmm(rng.randint(6 * 60, 21 * 60))
    tail = ""
    if a.kind == "wire":
        tail = f'<div class="lt-agency">— {WIRE9}</div>'
    elif a.kind == "opinion":
        tail = "<p class=\"lt-views\"><i>Opinion pieces give the writer's view, not the Mercury's.</i></p>"
    more = "".join(
        f'<li><a href="/lite/{x.slug}">{t(x.headline)}</a><br>{t(x.snippet)}</li>' for x in ctx.pick_teasers(rng.randint(4, 6))
    )
    kb = 6 + sum(len(p) for p in a.paragraphs) // 1000
    return (
        _final_head(f"{a.headline} (lite) - Marlbeck Mercury", lang="en-GB")
        + '<body id="top" class="lite"><div class="lt-top"><b>The Marlbeck Mercury</b> · lite edition · '
        + f'<a href="https://www.marlbeckmercury.example/{section.lower()}/{_slug(a.headline)}">Full site</a></div>'
        + '<div class="lt-note">Text only, for slow connections: no pictures, no adverts and no cookies.</div>'
        + '<div class="lt-menu"><a href="/lite/">Index</a> | <a href="/lite/local">Local</a> | <a href="/lite/world">World</a> | '
        + '<a href="/lite/sport">Sport</a> | <a href="/lite/opinion">Opinion</a> | <a href="/lite/weekend">Weekend</a></div>'
        + f'<hr><div class="lt-section">{section}</div><h1>{t(a.headline)}</h1>'
        + f'<div class="lt-meta">{by} · {day.strftime("%a")} {day.day} {day.strftime("%b %Y")}, {clock} · {_minutes(a)} min read</div>'
        + f'<div class="lt-body">{body}</div>'
        + tail
        + f"<hr><h2>More from today's lite edition</h2><ul>{more}</ul>"
        + f'<div class="lt-weight">This page: {kb} KB. The same story on the full site: {rng.randint(18, 34) / 10:.1f} MB.</div>'
        + f'<div class="lt-foot">© {day.year} Marlbeck Mercury Ltd · <a href="/contact">Contact</a> · <a href="/corrections">'
        + 'Corrections</a> · <a href="#top">Back to top</a></div>'
        + "</body></html>"
    )


# ---------------------------------------------------------------------------------------------
# The "final10" split: seven more kinds of site, written after "final9" with chrome wording of their own.

FINAL10_CONSENT = [
    "The Ropery End runs on a second-hand server and a lot of goodwill. We use cookies to keep you logged in to the forum "
    "and, if you let us, to show the adverts that pay the hosting bill.",
    "We'd like to set additional cookies to understand how you use this website and to improve our services. We also use "
    "cookies set by other sites to help us deliver content from their services.",
    "We use necessary cookies to make this site work. With your permission we would also like to set analytics cookies "
    "that help us improve it. We will not set optional cookies unless you turn them on.",
    "Linkwork and third parties use essential and non-essential cookies to provide, secure, analyse and improve our "
    "services, and to show you relevant ads, including professional and job ads, on and off Linkwork.",
    "Skimline sets one cookie to keep you signed in and remembers which stories you have read. We do not sell your reading "
    "history to anyone.",
    "Vista and our 218 partners process your data to show you personalised news, content and ads, to measure what you "
    "read and to develop our products. Select I accept to agree, or Manage choices to decline or choose.",
    "Reelhouse uses cookies and data to deliver and maintain its services, track outages, measure audiences and, if you "
    "accept, show personalised videos and ads based on what you have watched.",
]
FINAL10_CAPTIONS = [
    "The River Sedge at Cobbleford, looking upstream from the old town bridge.",
    "Hempfield Lane from the Ropery End on a Saturday afternoon.",
    "Kelderby's market place, with the rope walk's long roof behind the shops.",
    "Water meadows at Ashpool, where the Sedge spreads out in winter.",
    "The harbour wall at Larkhithe at high tide.",
    "Sedgemere's Town Bridge and the county offices beyond it.",
    "Cottages along the green at Merrowby.",
    "Fields above Brindle Moss, looking towards the hills where the Sedge rises.",
]
FINAL10_PHOTOGRAPHERS = ["Anwen Callow", "Dmitri Oakes-Bennet", "Harriet Sowande", "Linus Pemberthy", "Yara Stoddart-Kim",
                         "Baz Ugwuegbu", "Cressida Foulkes"]  # fmt: skip
FINAL10_AGENCIES = ["Sedgeshire Picture Agency", "Riverbank Images", "Lark Photo Desk", "Moorgate Pictures"]
FINAL10_TOWNS = ["Kelderby", "Cobbleford", "Sedgemere", "Larkhithe", "Brindle Moss", "Merrowby", "Ashpool", "Tarrow Bridge"]
FINAL10_COMMENTS = [
    ("Jude from Ashpool", "Nobody round here is surprised by this. We have been saying it for years."),
    ("sedgeside_mike", "Good to see this covered properly for once. Shared it with the street group."),
    ("K. Aldous", "Would be helpful to know what the council actually plans to do next, rather than what it regrets."),
    ("merrowby_marj", "My grandson was there and said it was even worse than the pictures show."),
    ("Pete in Larkhithe", "Read it twice. Still can't believe nobody noticed sooner."),
    ("Hollie B", "Thank you for writing this. It's the first article that explains it in plain English."),
]
WIRE10 = "Lodeline"
PAPER10 = "Sedgemere Courier"
SPORT10 = frozenset({"P278", "P283", "P285", "P286", "P292"})  # the supporters' site: these only
ENV10 = frozenset({"P279", "P280", "P288", "P295", "P298"})  # the river agency's bulletin page: these only
POLICE10 = frozenset({"P276", "P281", "P282", "P297"})  # the police force's newsroom: these only
LIVE10_TIMES = {  # a live page's update times, as its reporters filed them
    "P280": ["07:02", "07:31", "08:15", "09:04", "09:48", "10:35", "11:20", "12:26", "13:40", "15:05", "16:30"],
    "P285": ["14:05", "14:31", "15:01", "15:15", "15:33", "15:49", "16:22", "16:36", "16:55", "17:10"],
}


def _final10_caption(ctx: Ctx) -> tuple[str, str, str]:
    return _caption_from(ctx, FINAL10_CAPTIONS, FINAL10_PHOTOGRAPHERS, FINAL10_AGENCIES)


def _final10_times(article: Article, rng: random.Random) -> list[str]:
    return LIVE10_TIMES.get(article.id) or _final6_times(article, rng)


def _numeric_date(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


ROPERY10_MARKS = {"P285": ["Pre-match", "Team news", "KO", "14'", "31'", "HT", "65'", "78'", "FT", "Post-match"]}
ROPERY10_SCORE = {
    "P285": ("Kelderby Town", "2", "1", "Sedgemere Rovers", "Sedgeshire Senior Cup final · Hempfield Lane · Att: 3,512",
             "Ojo-Penhale 31', Reddy-Voss 78'", "Linwood-Grieve 14'; Pellerin sent off 65'"),
}  # fmt: skip
ROPERY10_THREAD = [  # posts from the match thread shown between updates: not body
    ("ropewalk_ronnie", "Asleep at the near post again. Every single week."),
    ("KTFC_Bev", "GET IN!!! Told you all he'd come good. Seventeen!"),
    ("lost_in_the_ropery", "Ten men. Now or never, lads."),
    ("hempfield_harry", "Can't hear myself think in here. Best atmosphere since the nineties."),
]
ROPERY10_RATINGS = {"P285": ["Brannigan", "Sowerby-Adu", "Ojo-Penhale", "Reddy-Voss"]}
ROPERY10_COMMENTS = [
    ("ropewalk_ronnie", "Been saying this since August. Nobody at the club listens to the people who actually pay in."),
    ("KTFC_Bev", "Whatever happens, see you all at the Ropemakers before kick-off. Same as always."),
    ("hempfield_harry", "Good read. Sent it to my brother in Larkhithe, who claims he's stopped caring. He hasn't."),
    ("Ropers_Since_72", "My dad took me to my first game in 1972. I'd like to take my grandson to his at the same ground."),
    ("lost_in_the_ropery", "Honestly, I'd settle for a season where we're not all on our phones checking the table in March."),
]
ROPERY10_CAPTIONS = [
    "Hempfield Lane from the Ropery End on a Saturday afternoon.",
    "The main stand at Hempfield Lane, built in 1927 and patched up ever since.",
    "Kelderby fans on the terrace behind the goal before kick-off.",
]
ROPERY10_LABELS = {"liveblog": "Match thread", "opinion": "Terrace talk", "flash": "Breaking", "long": "Club news"}
ROPERY10_TABLE = [("20", "Wrayton Athletic", 41), ("21", "Kelderby Town", 38), ("22", "Ashpool United", 36),
                  ("23", "Fenmoor Rangers", 31), ("24", "Mossbridge Town", 27)]  # fmt: skip
ROPERY10_POLLS = [
    ("How would you rate the board this season, out of ten?", ["0 to 3", "4 to 6", "7 to 10"]),
    ("Should the trust's bid for Hempfield Lane be accepted?", ["Yes, today", "Yes, with conditions", "No"]),
]


def tpl_fan_site(a: Article, ctx: Ctx) -> str:
    """A football supporters' website for one club: the strip saying it is unofficial, the menu, 'Next up' with a countdown,
    a label ('Match thread', 'Terrace talk', 'Breaking', 'Transfer news', 'Club news'), 'Via the Sedgemere Courier' and
    'Posted by' lines with date and reply count, a picture with its caption, an 'Away travel' box and a poll between
    paragraphs, the Courier's permission note in a <p> after its story, the columnist's box and the sign-off 'Up the
    Ropers.' in a <p> after a column, 'Rate this', comments with votes, 'Latest from the End', the bottom of the league
    table, the podcast box and the footer (none of it body). A match thread runs oldest first, each update after its
    match minute and clock time, with posts from the thread quoted between updates, the score panel above and 'Rate the
    players' below."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    label = ROPERY10_LABELS.get(a.kind, "Transfer news" if "sign" in a.headline.lower() else "Club news")
    writers = _writers(a)
    if a.kind == "opinion":
        via = f'<div class="re-by">By {" and ".join(t(w) for w in writers)}</div>'
        after = (
            f'<p class="re-sign">Up the Ropers.</p><div class="re-columnist"><b>{t(writers[0])}</b> writes a column for the '
            "Ropery End every other week. Views are their own, not the site's, and definitely not the club's.</div>"
        )
    elif writers:
        via = f'<div class="re-by">Via the {PAPER10} · words by {" and ".join(t(w) for w in writers)}</div>'
        after = (
            f'<p class="re-perm">Reproduced with the kind permission of the {PAPER10}. If you want local football covered '
            "properly, buy the paper.</p>"
        )
    else:
        via = '<div class="re-by">Posted by ropery_admin</div>'
        after = ""
    replies = rng.randint(40, 420)
    posted = f"{day.day} {day.strftime('%b %Y')}"
    score = ""
    if live:
        times = _final10_times(a, rng)
        marks = ROPERY10_MARKS.get(a.id) or [times[i] for i in range(n)]
        home, hs, aw, away, where, hgoals, agoals = ROPERY10_SCORE.get(
            a.id, ("Kelderby Town", "0", "0", "Opponents", "Hempfield Lane", "", "")
        )
        score = (
            f'<div class="re-score"><div class="re-score__teams"><b>{t(home)}</b> <span>{hs}–{aw}</span> <b>{t(away)}</b></div>'
            f'<div class="re-score__state">Full time</div><div class="re-score__where">{t(where)}</div>'
            f'<div class="re-score__goals">{t(hgoals)} | {t(agoals)}</div></div>'
        )
        thread = dict(zip((3, 4, 6, 7), ROPERY10_THREAD))
        parts = []
        for i, p in enumerate(a.paragraphs):
            parts.append(
                f'<div class="re-upd"><div class="re-upd__at"><b>{t(marks[i])}</b> <span>{times[i]}</span></div><p>{t(p)}</p></div>'
            )
            if i in thread and i < n - 1:
                user, text = thread[i]
                parts.append(f'<blockquote class="re-thread"><b>{t(user)}</b> in the thread: {t(text)}</blockquote>')
        ratings = " · ".join(f"{name} {rng.randint(55, 92) / 10:.1f}" for name in ROPERY10_RATINGS.get(a.id, ["Ojo-Penhale"]))
        body = (
            "".join(parts)
            + f'<div class="re-ratings"><h3>Rate the players</h3><div>{ratings}</div><button>Submit ratings</button></div>'
        )
    else:
        blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
        inserts: dict[int, str] = {}
        if n >= 4:
            caption, photographer, agency = _caption_from(ctx, ROPERY10_CAPTIONS, FINAL10_PHOTOGRAPHERS, FINAL10_AGENCIES)
            inserts[0] = (
                f'<figure class="re-pic"><img src="/uploads/{day.year}/{day.month:02d}/re-{rng.randint(100, 999)}.jpg" alt="">'
                f"<figcaption>{t(caption)} Photo: {t(photographer)}/{t(agency)}</figcaption></figure>"
            )
        if n >= 3:
            opponent = rng.choice(["Wrayton Athletic", "Fenmoor Rangers", "Mossbridge Town"])
            inserts[1 if n < 6 else 2] = (
                f'<div class="re-travel"><b>Away travel:</b> the supporters\' coach to {opponent} leaves the Ropemakers Arms at '
                "11am. £18 for members, £22 for everyone else. Book on the forum.</div>"
            )
        if n >= 6:
            question, options = ROPERY10_POLLS[0 if a.kind == "opinion" else 1]
            choices = "".join(f'<li><label><input type="radio" name="poll"> {t(o)}</label></li>' for o in options)
            inserts[n - 3] = (
                f'<div class="re-poll"><h4>Poll</h4><div>{t(question)}</div><ul>{choices}</ul><button>Vote</button> '
                f"<span>{rng.randint(400, 2400):,} votes so far</span></div>"
            )
        body = _interleave(blocks, inserts)
    comments = "".join(
        f'<li><b>{t(user)}</b> <span>{rng.randint(1, 23)}h</span><div>{t(text)}</div><span class="re-votes">▲ {rng.randint(2, 90)}</span> '
        "<a>Reply</a></li>"
        for user, text in rng.sample(ROPERY10_COMMENTS, 3)
    )
    latest = "".join(
        f'<li><a href="/{o.day.year}/{_slug(o.headline)}">{t(o.headline)}</a> <span>{o.day.day} {o.day.strftime("%b")}</span></li>'
        for o in sorted((o for o in ctx.others if o.id in SPORT10), key=lambda o: o.published, reverse=True)
    )
    table = "".join(f"<tr><td>{pos}</td> <td>{t(team)}</td> <td>{pts}</td></tr>" for pos, team, pts in ROPERY10_TABLE)
    return (
        _final_head(f"{a.headline} | The Ropery End", lang="en-GB")
        + '<body class="re"><div class="re-strip">Unofficial. Independent. Run by Kelderby fans since 2004.</div>'
        + '<header class="re-head"><a class="re-logo" href="/">THE ROPERY END</a> <span class="re-tag">Kelderby Town, from the '
        + "terraces</span>"
        + _nav(["News", "Match threads", "Player ratings", "Podcast", "Forum", "Away travel", "Shop"], "re-nav")
        + '<a href="/forum/login">Log in</a> <a href="/forum/register">Register</a></header>'
        + f'<div class="re-cookies" role="dialog"><p>{t(FINAL10_CONSENT[0])}</p><button>Fine by me</button> '
        + "<button>Forum cookies only</button></div>"
        + f'<div class="re-next">Next up: {rng.choice(["Wrayton Athletic (A)", "Fenmoor Rangers (H)", "Mossbridge Town (A)"])} · '
        + f"Sat 3pm · {rng.randint(1, 6)} days {rng.randint(1, 23)} hours</div>"
        + f'<main class="re-main"><article><div class="re-label">{label}</div><h1>{t(a.headline)}</h1>'
        + via
        + f'<div class="re-meta">{posted} · {replies} replies</div>'
        + score
        + f'<div class="re-body">{body}</div>'
        + after
        + f'<div class="re-rate">Rate this: <button>👍 {rng.randint(40, 600)}</button> <button>👎 {rng.randint(1, 40)}</button></div>'
        + f'<section class="re-comments"><h2>Comments ({replies})</h2><ol>{comments}</ol>'
        + f'<a href="/forum">Load {replies - 3} more comments</a></section></article>'
        + f'<aside class="re-side"><section><h2>Latest from the End</h2><ul>{latest}</ul></section>'
        + "<section><h2>Vanguard League North: the bottom five</h2><table><tr><th>Pos</th> <th>Club</th> <th>Pts</th></tr>"
        + f"{table}</table></section>"
        + '<section class="re-pod"><h2>The Ropery End podcast</h2><div>New episode every Monday night. Three fans, one '
        + "microphone, no media training.</div><a>Listen now</a></section></aside></main>"
        + '<footer class="re-foot"><p>The Ropery End is an independent supporters\' website and is not connected to Kelderby '
        + "Town FC, whose official site is kelderbytown.example.</p><p>Founded in the back room of the Ropemakers Arms. "
        + "<a>Contact the editors</a> <a>Write for us</a> <a>Privacy</a></p></footer>"
        + "</body></html>"
    )


RCA10_SUMMARIES = {  # the lead under the title on the agency's pages: not body
    "P279": "New walls, flood gates and a washland upstream now protect 620 homes and 85 businesses in Cobbleford.",
    "P280": "Live updates on flooding along the River Sedge, with the latest warnings, river levels and travel advice.",
    "P288": "The company was prosecuted by the agency after a pollution incident on a tributary of the Lark in 2023.",
    "P295": "A severe flood warning means there is a danger to life. Act now and follow the advice of the emergency services.",
    "P298": "How volunteer flood wardens in Cobbleford keep their neighbours safe when the River Sedge rises.",
}
RCA10_STATE = {"2025-11-22": (1, 4, 9), "2025-11-23": (2, 6, 11), "2026-01-31": (0, 0, 3)}  # severe, warnings, alerts
RCA10_LEVELS = [("Tarrow Bridge", 3.92, "0.20m to 2.35m"), ("Cobbleford, Bridge Street", 4.21, "0.35m to 2.60m"),
                ("Ashpool Weir", 2.64, "0.15m to 1.80m"), ("Sedgemere, Town Bridge", 3.05, "0.40m to 2.20m")]  # fmt: skip
RCA10_LABELS = {"press": "Press release", "liveblog": "Flood bulletin", "feature": "Case study", "flash": "Flood warning"}


def tpl_flood_bulletin(a: Article, ctx: Ctx) -> str:
    """A river and coast agency's news and flood bulletin page, on a government design: 'Skip to main content', the cookie
    question, the strip of flood warnings in force, breadcrumbs, a label ('Press release', 'Flood bulletin', 'Case study',
    'Flood warning', 'News story'), the lead under the title (a sentence of its own), 'From:' and 'Published' lines, a
    'River levels' table, for a story from the paper a <p> saying where it first appeared, a picture with its credit, the
    'Get flood warnings' inset between paragraphs, 'Contact' for journalists, 'Related content', 'Is this page useful?'
    and the footer (none of it body). A flood bulletin runs newest first, each update after an 'Update issued at' line in
    a <p> of its own."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    label = RCA10_LABELS.get(a.kind, "News story")
    severe, warnings, alerts = RCA10_STATE.get(a.published, (0, 0, 0))
    if severe or warnings or alerts:
        strip = (
            f'<div class="rca-warn"><b>Flood warnings in force:</b> {severe} severe flood warning{"s" if severe != 1 else ""}, '
            f"{warnings} flood warnings, {alerts} flood alerts. <a>Check flood warnings</a></div>"
        )
    else:
        strip = (
            '<div class="rca-warn">There are no flood warnings in force in the Sedge and Lark area at the moment. '
            "<a>Check the 5-day flood forecast</a></div>"
        )
    writers = _writers(a)
    reproduced = ""
    if writers:
        reproduced = (
            f'<p class="rca-reproduced">This article by {" and ".join(t(w) for w in writers)} was first published by the '
            f"{PAPER10} and is reproduced here with permission.</p>"
        )
    levels = ""
    if a.kind in ("flash", "liveblog"):
        high = 1.0 if live else 0.93
        rows = "".join(
            f"<tr><td>{t(place)}</td> <td>{value * high:.2f}m</td> <td>{'Falling' if live else 'Rising'}</td> <td>{normal}</td></tr>"
            for place, value, normal in RCA10_LEVELS
        )
        levels = (
            '<table class="rca-levels"><caption>River levels at nearby stations</caption><tr><th>Station</th> <th>Latest '
            f"level</th> <th>Trend</th> <th>Normal range</th></tr>{rows}</table>"
        )
    if live:
        times = _final10_times(a, rng)
        body = "".join(
            f'<div class="rca-update"><p class="rca-update__when">Update issued at {times[i]}'
            f"{' (latest)' if i == n - 1 else ''}</p><p>{t(a.paragraphs[i])}</p></div>"
            for i in range(n - 1, -1, -1)
        )
        stamp = f"Last updated {_day_month_year(day)}, {times[-1]}"
    else:
        blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
        inserts: dict[int, str] = {}
        if n >= 4:
            caption, photographer, _ = _final10_caption(ctx)
            inserts[0] = (
                f'<figure class="rca-fig"><img src="/media/{rng.randint(10000, 99999)}.jpg" alt=""><figcaption>{t(caption)} '
                f"Credit: {t(photographer)} for the Rivers and Coast Agency</figcaption></figure>"
            )
        if n >= 3:
            inserts[n // 2] = (
                '<div class="rca-inset"><h3>Get flood warnings</h3><div>Flood warnings by phone, text or email are free. Call '
                "Floodwatch on 0808 157 0420, 24 hours a day, or sign up online.</div></div>"
            )
        body = _interleave(blocks, inserts)
        stamp = f"Published {_day_month_year(day)}"
    contact = ""
    if a.kind in ("press", "liveblog", "flash"):
        contact = (
            '<section class="rca-contact"><h2>Contact</h2><div>Journalists: Sedge and Lark area press desk, 0808 157 0467 (24 '
            "hours). Members of the public should call Floodwatch.</div></section>"
        )
    related = "".join(
        f"<li><a>{t(x)}</a></li>"
        for x in ["Check if you're at risk of flooding", "Prepare for flooding", "What to do after a flood",
                  "Report an environmental incident"]
    )  # fmt: skip
    return (
        _final_head(f"{a.headline} - Rivers and Coast Agency", lang="en-GB")
        + '<body class="rca"><a class="rca-skip" href="#main">Skip to main content</a>'
        + '<div class="rca-cookies" role="region" aria-label="Cookies"><h2>Cookies on the Rivers and Coast Agency website</h2>'
        + f"<p>{t(FINAL10_CONSENT[1])}</p><button>Accept additional cookies</button> <button>Reject additional cookies</button> "
        + "<a>View cookies</a></div>"
        + '<header class="rca-head"><a class="rca-logo" href="/">Rivers and Coast Agency</a> <button>Menu</button> '
        + "<button>Search</button></header>"
        + strip
        + _breadcrumbs(["Home", "Environment", "Flooding and coastal change", "News", "Sedge and Lark area"])
        + f'<main id="main" class="rca-main"><div class="rca-label">{label}</div><h1>{t(a.headline)}</h1>'
        + f'<p class="rca-lead">{t(RCA10_SUMMARIES.get(a.id, "News from the Rivers and Coast Agency in the Sedge and Lark area."))}</p>'
        + f'<dl class="rca-meta"><dt>From:</dt><dd>Rivers and Coast Agency</dd><dt>{stamp}</dt></dl>'
        + levels
        + reproduced
        + f'<div class="rca-body">{body}</div>'
        + contact
        + f'<aside class="rca-related"><h2>Related content</h2><ul>{related}</ul></aside>'
        + '<div class="rca-useful">Is this page useful? <button>Yes</button> <button>No</button> '
        + "<a>Report a problem with this page</a></div></main>"
        + '<footer class="rca-foot"><ul><li><a>Help</a></li><li><a>Privacy</a></li><li><a>Cookies</a></li><li><a>Accessibility '
        + "statement</a></li><li><a>Contact</a></li></ul><p>All content is available under the Open Agency Licence, except "
        + "where otherwise stated.</p><p>© Rivers and Coast Agency</p></footer>"
        + "</body></html>"
    )


POLICE10_LABELS = {"P276": "Arrest", "P281": "Appeal", "P282": "Court result", "P297": "Recovered property"}
POLICE10_REFS = {"P276": "0077 of 18 March", "P281": "0412 of 22 February", "P297": "SC/25/18841"}
POLICE10_NOTES = {
    "P276": "We would ask people not to comment or speculate on social media about this case, as it could affect any "
    "future court proceedings.",
    "P282": "Anyone affected by fraud can get free and confidential support from Victim Care Sedgeshire on 0808 157 0655.",
    "P297": "If you think any of the recovered property is yours, please get in touch with a description or photographs "
    "and quote the reference above.",
}
POLICE10_CAPTIONS = {
    "P281": "The coast road near Saltings Farm, where the cyclist was found.",
    "P297": "Some of the recovered tractors in the barn near Ashpool.",
}
POLICE10_WANTED = [
    ("Dale Ferrow-Quinn", "Dale, 29, from Sedgemere, is wanted on recall to prison. Do not approach him; call 999 if you "
     "see him."),
    ("Shona Ravensworth", "Shona, 34, is wanted for failing to appear at Sedgemere Magistrates' Court. She has links to "
     "Larkhithe and Kelderby."),
]  # fmt: skip


def tpl_police_news(a: Article, ctx: Ctx) -> str:
    """A county police force's news and appeals page: the 'Leave this site quickly' button, the line on when to call 999
    and when 101, the menu, the cookie question, breadcrumbs, a label ('Appeal', 'Arrest', 'Court result', 'Recovered
    property'), 'Corporate communications' or, above a newspaper's court report, an italic <p> saying whose report it is,
    a numeric 'Published' line, a released picture with its caption, the 'Can you help?' box with the incident reference
    between paragraphs, a note in a <p> after the story (on speculating online, support for victims or claiming property),
    share links, 'Latest news', 'Wanted' cards, 'Report it online' and the footer (none of it body)."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    label = POLICE10_LABELS.get(a.id, "News")
    writers = _writers(a)
    whose = ""
    if writers:
        whose = (
            f'<p class="sc-whose"><em>This report by {" and ".join(t(w) for w in writers)}, of the {PAPER10}, is shared with '
            "the newspaper's permission.</em></p>"
        )
        who = "Shared from the " + PAPER10
    else:
        who = "Sedgeshire Constabulary corporate communications"
    stamp = f"Published {_numeric_date(day)} {_hhmm(rng.randint(8 * 60, 18 * 60))}"
    ref = POLICE10_REFS.get(a.id)
    help_box = ""
    if ref:
        help_box = (
            f'<div class="sc-help"><h2>Can you help?</h2><div>Call 101 quoting {t(ref)}, or report it on our website. You can '
            "also tell the independent charity Tipline what you know, anonymously, on 0808 157 0613.</div>"
            '<a class="sc-btn" href="/report">Give information online</a></div>'
        )
    blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
    inserts: dict[int, str] = {}
    if a.id == "P282":
        inserts[1] = (
            f'<figure class="sc-fig"><img src="/news/images/{rng.randint(1000, 9999)}.jpg" alt=""><figcaption>Martin '
            "Ebbage-Crane. Image released by Sedgeshire Constabulary</figcaption></figure>"
        )
    elif a.id in POLICE10_CAPTIONS:
        inserts[0] = (
            f'<figure class="sc-fig"><img src="/news/images/{rng.randint(1000, 9999)}.jpg" alt=""><figcaption>'
            f"{t(POLICE10_CAPTIONS[a.id])} Picture: Sedgeshire Constabulary</figcaption></figure>"
        )
    if help_box and n >= 3:
        inserts[n - 2] = help_box
        help_box = ""
    note = POLICE10_NOTES.get(a.id)
    latest = "".join(
        f'<li><a href="/news/{_slug(o.headline)}">{t(o.headline)}</a> <span>{_numeric_date(o.day)}</span></li>'
        for o in sorted((o for o in ctx.others if o.id in POLICE10), key=lambda o: o.published, reverse=True)
    )
    wanted = "".join(
        f'<li class="sc-wanted__card"><img src="/wanted/{_slug(name)}.jpg" alt=""><b>{t(name)}</b><div>{t(text)}</div></li>'
        for name, text in POLICE10_WANTED
    )
    report = "".join(
        f"<li><a>{t(x)}</a></li>"
        for x in ["Report a crime", "Report a road traffic collision", "Report antisocial behaviour", "Tell us about a "
                  "missing person", "Give information about a crime"]
    )  # fmt: skip
    return (
        _final_head(f"{a.headline} | Sedgeshire Constabulary", lang="en-GB")
        + '<body class="sc"><button class="sc-exit">Leave this site quickly</button>'
        + '<div class="sc-emergency">If a crime is happening now or someone is in danger, call 999. For anything else, report '
        + "online or call 101.</div>"
        + '<header class="sc-head"><a class="sc-logo" href="/">Sedgeshire Constabulary</a>'
        + _nav(["Report", "Contact us", "Advice", "News and appeals", "Your area", "Wanted", "Careers"], "sc-nav")
        + "</header>"
        + f'<div class="sc-cookies" role="dialog"><p>{t(FINAL10_CONSENT[2])}</p><button>Accept analytics cookies</button> '
        + "<button>Reject analytics cookies</button></div>"
        + _breadcrumbs(["Home", "News and appeals", label])
        + f'<main class="sc-main"><article><div class="sc-label">{label}</div><h1>{t(a.headline)}</h1>'
        + whose
        + f'<div class="sc-meta"><span>{t(who)}</span> · <span>{stamp}</span></div>'
        + f'<div class="sc-body">{_interleave(blocks, inserts)}</div>'
        + help_box
        + (f'<p class="sc-note">{t(note)}</p>' if note else "")
        + '<div class="sc-share">Share this page: <a>X</a> <a>Facebook</a> <a>Email</a> <a>Copy link</a></div></article>'
        + f'<aside class="sc-side"><section><h2>Latest news</h2><ul>{latest}</ul></section>'
        + f'<section class="sc-wanted"><h2>Wanted</h2><ul>{wanted}</ul><a>See everyone we are looking for</a></section>'
        + f"<section><h2>Report it online</h2><ul>{report}</ul></section></aside></main>"
        + '<footer class="sc-foot"><p>Sedgeshire Constabulary, Police Headquarters, Ember Lane, Sedgemere.</p><p><a>Accessibility'
        + "</a> <a>Freedom of information</a> <a>Complaints about the police</a> <a>Privacy notice</a></p>"
        + f"<p>© Sedgeshire Constabulary {day.year}</p></footer>"
        + "</body></html>"
    )


LINKWORK10_HEADLINES = {
    "Maren Quilliam-Bey": "GP partner at Brindle Moss Surgery | Rural health | GP trainer",
    "Tam Orchard-Rigg": "Season ticket holder, occasional writer and full-time worrier about Kelderby Town",
    "Fenella Gurney-Adair": "Freelance feature writer | Crafts, heritage and working lives | Commissions open",
}
LINKWORK10_COMMENTS = {
    "press": [("Owen Gathercole-Li", "Head of operations | Food manufacturing | Lean", "Great news for the valley. "
               "Congratulations to the whole team, and to everyone who worked on this."),
              ("Marcus Delahunt", "Retired civil engineer", "Good to see this finished. Would be interested to know more "
               "about the costs.")],
    "opinion": [("Rhian Matherson", "Practice manager, Sedge Valley Primary Care Network", "This is exactly what we see "
                 "every single morning. Thank you for putting it so clearly."),
                ("Ned Achterling", "Season ticket holder | Chartered accountant", "Well said. Somebody had to write it.")],
    "other": [("Sunita Ravel", "Journalism lecturer at Sedgemere College", "Sharing with my students as an example of how "
               "to tell a story from the ground up."),
              ("Bryn Osgathorpe", "Parish councillor, Merrowby | Retired teacher", "Shared with our community group. "
               "Thank you for posting it here.")],
}  # fmt: skip
LINKWORK10_TOPICS = ["Sales", "Marketing", "IT Services", "Business Administration", "HR Management", "Engineering",
                     "Soft Skills", "See all"]  # fmt: skip
LINKWORK10_SUBHEADS = ["Why this matters", "A closer look", "Looking ahead"]


def tpl_pro_network(a: Article, ctx: Ctx) -> str:
    """An article on a professional networking site, seen signed out: 'Join now' and 'Sign in', the cookie notice, the
    cover picture, the writer's or company's card (name, the one-line professional headline or sector and followers,
    'Published' date, '+ Follow'), for a story first printed in the paper an italic <p> above it saying so, an <h3> subhead
    in a long story, the hashtags in a <p> after the story, reactions, comments with their writers' headlines, 'To view
    or add a comment, sign in', 'More articles by', 'Others also viewed', 'Explore topics', the sign-in dialog and the
    footer (none of it body)."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    writers = _writers(a)
    press = a.kind == "press"
    if press:
        name = _issuer(a) or "Our company"
        line = "Food and Beverage Manufacturing" if "Foods" in name else "Government Administration"
        card = f"{line} · {rng.randint(2000, 19000):,} followers"
    elif not writers and a.id in POLICE10:
        name = "Sedgeshire Constabulary"
        card = f"Law Enforcement · {rng.randint(9000, 16000):,} followers"
    else:
        name = writers[0] if writers else PAPER10
        card = LINKWORK10_HEADLINES.get(name) or f"{_role(a) or 'Reporter'} at the {PAPER10} | Stories from the Sedge valley"
    first_printed = ""
    if writers and a.kind != "opinion":
        first_printed = (
            f"<p><em>This piece first ran in the {PAPER10} on {_day_month_year(day)}. Sharing it here with the editor's "
            "blessing.</em></p>"
        )
    blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
    inserts: dict[int, str] = {}
    if n >= 9:
        inserts[n // 2] = f"<h3>{t(rng.choice(LINKWORK10_SUBHEADS))}</h3>"
    towns = _towns_in(a, FINAL10_TOWNS)[:2]
    tags = ["#" + x.replace(" ", "") for x in towns] + (["#Jobs", "#Manufacturing"] if press else ["#SedgeValley", "#LocalNews"])
    reactions = rng.randint(60, 900)
    comments = "".join(
        f'<li><b>{t(who)}</b><div class="lw-hl">{t(hl)}</div><span>{rng.randint(1, 6)}d</span><div>{t(text)}</div>'
        "<span>Like · Reply</span></li>"
        for who, hl, text in LINKWORK10_COMMENTS.get(a.kind, LINKWORK10_COMMENTS["other"])
    )
    same = [o for o in ctx.others if set(_writers(o)) & set(writers)][:3]
    more = "".join(
        f'<li><a href="/pulse/{_slug(o.headline)}">{t(o.headline)}</a> <span>{_short_us_date(o.day)}</span></li>' for o in same
    )
    viewed = "".join(
        f'<li><a href="/pulse/{_slug(o.headline)}">{t(o.headline)}</a><div>{t(o.author or PAPER10)} · {_minutes(o)} min read</div></li>'
        for o in [o for o in ctx.others if o.kind in ("opinion", "feature", "long")][:4]
    )
    topics = "".join(f"<li><a>{t(x)}</a></li>" for x in LINKWORK10_TOPICS)
    return (
        _final_head(f"{a.headline} | Linkwork", lang="en")
        + '<body class="lw"><header class="lw-top"><a class="lw-logo" href="/">Linkwork</a>'
        + _nav(["Articles", "People", "Learning", "Jobs", "Games"], "lw-nav")
        + '<a class="lw-join" href="/signup">Join now</a> <a class="lw-signin" href="/login">Sign in</a></header>'
        + f'<div class="lw-cookie" role="dialog"><p>{t(FINAL10_CONSENT[3])}</p><button>Accept</button> <button>Reject</button></div>'
        + f'<main class="lw-main"><article><img class="lw-cover" src="/media/cover-{rng.randint(1000, 9999)}.jpg" alt="">'
        + f"<h1>{t(a.headline)}</h1>"
        + f'<div class="lw-author"><img src="/media/avatar-{_slug(name)}.jpg" alt=""><div><a class="lw-name">{t(name)}</a>'
        + f'<div class="lw-hl">{t(card)}</div><time>Published {_short_us_date(day)}</time></div><button>+ Follow</button></div>'
        + first_printed
        + f'<div class="lw-body">{_interleave(blocks, inserts)}</div>'
        + f'<p class="lw-tags">{" ".join(tags)}</p>'
        + f'<div class="lw-social"><span>{reactions}</span> <span>{rng.randint(3, 60)} Comments</span> '
        + f"<span>{rng.randint(1, 40)} Reposts</span></div>"
        + '<div class="lw-actions"><button>Like</button> <button>Comment</button> <button>Repost</button> <button>Send</button></div>'
        + f'<section class="lw-comments"><ul>{comments}</ul><div>To view or add a comment, sign in</div></section></article>'
        + (f'<section class="lw-more"><h2>More articles by {t(name)}</h2><ul>{more}</ul></section>' if more else "")
        + f'<section class="lw-viewed"><h2>Others also viewed</h2><ul>{viewed}</ul></section>'
        + f'<section class="lw-topics"><h2>Explore topics</h2><ul>{topics}</ul></section></main>'
        + '<div class="lw-modal" role="dialog"><h2>Sign in to view more content</h2><div>Create your free account or sign in to '
        + "continue your search</div><button>Continue with email</button> <div>New to Linkwork? <a>Join now</a></div>"
        + "<small>By clicking Continue to join or sign in, you agree to Linkwork's User Agreement, Privacy Policy and Cookie "
        + "Policy.</small></div>"
        + f'<footer class="lw-foot"><span>Linkwork © {day.year}</span> <a>About</a> <a>Accessibility</a> <a>User Agreement</a> '
        + "<a>Privacy Policy</a> <a>Cookie Policy</a> <a>Copyright Policy</a> <a>Brand Policy</a> <a>Guest Controls</a> "
        + "<a>Community Guidelines</a> <a>Language</a></footer>"
        + "</body></html>"
    )


SKIMLINE10_FEEDS = [(PAPER10, 38), ("The Ropery End", 7), ("Rivers and Coast Agency: Sedge and Lark", 3),
                    ("Lodeline: World", 214), ("Sedgeshire Constabulary news", 5), ("Brindlewood Foods newsroom", 1)]  # fmt: skip


def _skimline_feed(a: Article) -> str:
    if a.kind == "wire":
        return "Lodeline: World"
    if a.kind == "press":
        return "Rivers and Coast Agency: Sedge and Lark" if a.id in ENV10 else "Brindlewood Foods newsroom"
    if a.id in POLICE10 and not a.byline:
        return "Sedgeshire Constabulary news"
    return PAPER10


def _skim_date(day: date) -> str:
    return f"{day.day} {day.strftime('%b')}"


def tpl_feed_reader(a: Article, ctx: Ctx) -> str:
    """A web feed reader showing one item: the app bar (search, 'Add content', 'Upgrade'), the cookie line, the left pane
    of feeds with unread counts, the middle list of the folder's items, newest first (headline, source, date and the first
    sentence of each, the open item's among them), then the reading pane: the feed's name, the linked headline, 'by' line
    with date and reading time, buttons ('Visit website', 'Read later', 'Mark as unread'), a picture in the feed's HTML with its
    caption in a <p>, the feed's own line after a story ('The post ... appeared first on ...'), the keyboard shortcuts,
    'More in your feeds' and the Pro offer (none of it body). A live page's feed item runs newest first, each update
    after its time in bold in a <p> of its own."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    feed = _skimline_feed(a)
    feeds = "".join(
        f"<li{' class=sk-on' if name == feed else ''}><a>{t(name)}</a> <span>{count}</span></li>"
        for name, count in SKIMLINE10_FEEDS
    )
    items = sorted([*ctx.others[:6], a], key=lambda o: o.published, reverse=True)  # newest first, the open item among them
    listing = "".join(
        f'<li class="sk-item{" sk-item--open" if o is a else ""}"><a><b>{t(o.headline)}</b></a><div>{t(_skimline_feed(o))} · '
        f"{_skim_date(o.day)}</div><div>{t(_card_snippet(o, 140))}</div></li>"
        for o in items
    )
    writers = _writers(a)
    by = f"by {' and '.join(t(w) for w in writers)} / " if writers else ""
    if a.kind == "liveblog":
        times = _final10_times(a, rng)
        content = "".join(f"<p><strong>{times[i]}</strong></p><p>{t(a.paragraphs[i])}</p>" for i in range(n - 1, -1, -1))
    else:
        blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
        inserts: dict[int, str] = {}
        if n >= 4:
            caption, photographer, agency = _final10_caption(ctx)
            inserts[0] = (
                f'<div class="wp-caption"><img src="https://cdn.example/{rng.randint(100000, 999999)}.jpg" alt="">'
                f'<p class="wp-caption-text">{t(caption)} ({t(photographer)}/{t(agency)})</p></div>'
            )
        content = _interleave(blocks, inserts)
    tail = ""
    if feed in (PAPER10, "Brindlewood Foods newsroom"):
        tail = f"<p>The post <a>{t(a.headline)}</a> appeared first on <a>{t(feed)}</a>.</p>"
    more = "".join(f"<li><a>{t(x.headline)}</a></li>" for x in ctx.later_teasers(3))
    return (
        _final_head(f"{a.headline} - Skimline", lang="en")
        + '<body class="sk"><header class="sk-bar"><a class="sk-logo" href="/">Skimline</a> <form><input type="search" '
        + 'placeholder="Search your feeds"></form> <button>Add content</button> <a class="sk-up">Upgrade</a> <span>RM</span></header>'
        + f'<div class="sk-cookie" role="status">{t(FINAL10_CONSENT[4])} <button>Got it</button></div>'
        + '<div class="sk-app"><nav class="sk-left"><ul><li><a>Today</a></li><li><a>Read later</a> <span>7</span></li>'
        + f"<li><a>Recently read</a></li></ul><h3>Feeds</h3><h4>Sedge valley</h4><ul>{feeds}</ul></nav>"
        + f'<section class="sk-list"><h2>Sedge valley</h2><div>{sum(c for _, c in SKIMLINE10_FEEDS)} unread · <a>Mark all as read</a>'
        + f"</div><ul>{listing}</ul></section>"
        + f'<section class="sk-pane"><div class="sk-src">{t(feed)}</div><h1><a>{t(a.headline)}</a></h1>'
        + f'<div class="sk-meta">{by}{_skim_date(day)} {day.year} / {_minutes(a)} min read</div>'
        + '<div class="sk-tools"><button>Visit website</button> <button>Read later</button> <button>Mark as unread</button> '
        + "<button>Share</button></div>"
        + f'<div class="sk-content">{content}{tail}</div>'
        + '<div class="sk-keys">Shortcuts: j next, k previous, v open the original, s read later.</div>'
        + f'<div class="sk-more"><h3>More in your feeds</h3><ul>{more}</ul></div></section></div>'
        + '<div class="sk-pro"><b>Skimline Pro</b> Follow up to 1,000 feeds, search everything you have ever read and hide '
        + "adverts. Try it free for 30 days.</div>"
        + "</body></html>"
    )


def _shortened(text: str, limit: int) -> str:
    """The first sentence of a paragraph, cut at a word near `limit` characters."""
    sentence = _first_sentence(text)
    return sentence if len(sentence) <= limit else sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


VISTA10_PARTNERS = {"wire": WIRE10, "press": "Pressfeed"}
VISTA10_SPONSORED = [
    ("Thermacove", "Homeowners in Sedgeshire are switching to this heat pump grant before it closes"),
    ("Lumo Hearing", "The tiny hearing aid people are talking about this winter"),
    ("Brightmile Insurance", "Drivers over 50 are only now finding out about this simple rule"),
    ("Oakhurst Beds", "Why physios say your mattress may be older than you think"),
]


def tpl_portal_reprint(a: Article, ctx: Ctx) -> str:
    """A web portal's page reprinting a partner's story: the portal's search bar, weather chip and menu, the consent box,
    the partner's name with '+ Follow', 'Story by' with age and reading time, a 'Key takeaways' box marked as made by AI
    (bullets shortening the first sentences of the story's first three paragraphs), 'Story continues below advertisement'
    slots and a 'Related video' card between paragraphs, 'Continue reading', 'Read the original on ...' and the partner's
    copyright, 'Was this helpful?', comments, 'More for you' cards, sponsored cards and the footer (none of it body). A
    live page has a 'LIVE' badge and runs newest first, each update after its time."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    partner = VISTA10_PARTNERS.get(a.kind, PAPER10)
    writers = _writers(a)
    if a.kind == "press":
        story_by = _issuer(a) or "the company"
    else:
        story_by = " and ".join(writers) if writers else f"{partner} staff"
    summary = ""
    if n >= 3:
        bullets = "".join(f"<li>{t(_shortened(p, 110))}</li>" for p in a.paragraphs[:3])
        summary = (
            f'<aside class="vp-keys"><h2>Key takeaways</h2><ul>{bullets}</ul><small>Generated by AI and reviewed by Vista editors. '
            "<a>Learn more</a></small></aside>"
        )
    if live:
        times = _final10_times(a, rng)
        body = "".join(
            f'<div class="vp-live"><time>{times[i]} GMT</time><p>{t(a.paragraphs[i])}</p></div>' for i in range(n - 1, -1, -1)
        )
    else:
        blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
        inserts: dict[int, str] = {}
        for k in range(2, n - 1, 3):
            inserts[k] = (
                '<div class="vp-ad"><span>Story continues below advertisement</span><div class="vp-ad__frame"></div></div>'
            )
        if n >= 5:
            other = ctx.others[0]
            inserts[1] = (
                f'<div class="vp-video"><span>Related video</span> <b>{t(other.headline)}</b> '
                f"<span>{t(PAPER10)} · {rng.randint(1, 3)}:{rng.randint(0, 59):02d}</span></div>"
            )
        body = _interleave(blocks, inserts)
    comments = "".join(
        f"<li><b>{t(name)}</b> <span>{rng.randint(1, 9)}h</span><div>{t(text)}</div><span>👍 {rng.randint(0, 60)}</span></li>"
        for name, text in rng.sample(FINAL10_COMMENTS, 2)
    )
    cards = "".join(
        f'<li><div class="vp-src">{t(VISTA10_PARTNERS.get(o.kind, PAPER10))}</div><a href="/{_slug(o.headline)}">{t(o.headline)}</a> '
        f"<span>{rng.randint(3, 400)} reactions</span></li>"
        for o in ctx.others[:4]
    )
    sponsored = "".join(
        f"<li><a>{t(head)}</a> <span>Sponsored · {t(brand)}</span></li>" for brand, head in rng.sample(VISTA10_SPONSORED, 2)
    )
    return (
        _final_head(f"{a.headline}", lang="en-GB")
        + '<body class="vp"><header class="vp-head"><a class="vp-logo" href="/">Vista</a> <form><input type="search" '
        + f'placeholder="Search the web"></form> <a class="vp-wx">Sedgemere {rng.randint(2, 19)}°C</a> <a>Sign in</a>'
        + _nav(["Home", "News", "Sport", "Money", "Weather", "Entertainment", "Lifestyle", "Video", "Play"], "vp-nav")
        + "</header>"
        + f'<div class="vp-consent" role="dialog"><p>{t(FINAL10_CONSENT[5])}</p><button>I accept</button> '
        + "<button>Manage choices</button></div>"
        + f'<main class="vp-main"><article><div class="vp-partner"><img src="/logos/{_slug(partner)}.png" alt=""> <a>{t(partner)}</a>'
        + " <button>+ Follow</button></div>"
        + f'<div class="vp-by">Story by {t(story_by)} · {rng.randint(1, 20)}h · {_minutes(a)} min read</div>'
        + ('<span class="vp-livebadge">LIVE</span>' if live else "")
        + f"<h1>{t(a.headline)}</h1>"
        + summary
        + f'<div class="vp-body">{body}</div><button class="vp-continue">Continue reading</button>'
        + f'<div class="vp-orig"><a>Read the original on {t(partner)}</a></div>'
        + f'<div class="vp-copy">© {day.year} {t(partner)}. Distributed by the Vista Partner Network.</div>'
        + '<div class="vp-helpful">Was this helpful? <button>Yes</button> <button>No</button></div>'
        + f'<section class="vp-comments"><h2>Comments</h2><div>Join the conversation</div><ul>{comments}</ul></section></article>'
        + f'<section class="vp-more"><h2>More for you</h2><ul>{cards}</ul><ul class="vp-sponsored">{sponsored}</ul></section></main>'
        + f'<footer class="vp-foot"><span>© {day.year} Vista</span> <a>Privacy &amp; Cookies</a> <a>Terms of use</a> '
        + "<a>Advertise</a> <a>Feedback</a></footer>"
        + "</body></html>"
    )


REELHOUSE10_CHANNELS = {
    "wire": ("Lodeline Video", "1.3M subscribers", "Lodeline is an independent news agency. To license this footage, "
             "email video@lodeline.example."),
    "police": ("Sedgeshire Constabulary", "18K subscribers", "In an emergency always call 999. For anything else, call 101 "
               "or report online."),
    "env": ("Rivers and Coast Agency", "9.4K subscribers", "Check your flood risk and sign up for free flood warnings on our "
            "website."),
    "company": ("Brindlewood Foods", "2.1K subscribers", "Find out more about the new factory and apply for jobs at "
                "brindlewoodfoods.example/kelderby."),
    "tv": ("SVT News", "48.2K subscribers", "Watch SVT News every weeknight at 6.30pm on channel 7, and subscribe for more "
           "news from the Sedge valley."),
}  # fmt: skip


def _reelhouse_channel(a: Article) -> tuple[str, str, str]:
    if a.kind == "wire":
        return REELHOUSE10_CHANNELS["wire"]
    if a.kind == "press":
        return REELHOUSE10_CHANNELS["env" if a.id in ENV10 else "company"]
    if a.id in POLICE10 and not a.byline:
        return REELHOUSE10_CHANNELS["police"]
    return REELHOUSE10_CHANNELS["tv"]


def tpl_video_watch(a: Article, ctx: Ctx) -> str:
    """A video-sharing site's watch page with the story in the video's description: the site's menu, the consent box, the
    player with an advert's 'Skip' and the player's controls, the channel with its subscribers and 'Subscribe', likes and
    'Share', the views, date and hashtags above the description, the story's paragraphs in the description with the
    channel's own lines after them (all in one block, paragraphs set apart by line breaks), 'Show less', the transcript
    (hidden), comments with the channel's pinned comment, 'Up next' with channels, views and running times, and the footer
    (none of it body)."""
    rng = ctx.rng
    day = a.day
    channel, subs, own_line = _reelhouse_channel(a)
    handle = "@" + re.sub(r"[^A-Za-z0-9]", "", channel)
    length = f"{rng.randint(1, 4)}:{rng.randint(0, 59):02d}"
    views = rng.randint(900, 90000)
    towns = _towns_in(a, FINAL10_TOWNS)[:3]
    tags = " ".join("#" + x.replace(" ", "") for x in towns) or "#News"
    description = "<br><br>".join(t(p) for p in a.paragraphs)
    cues = "".join(f"<div><span>0:{10 + 9 * k:02d}</span> {t(_first_sentence(p))}</div>" for k, p in enumerate(a.paragraphs[:3]))
    comments = "".join(
        f"<li><b>@{_slug(name).replace('-', '')}</b> <span>{rng.randint(1, 6)} days ago</span><div>{t(text)}</div>"
        f"<span>👍 {rng.randint(0, 120)}</span> <a>Reply</a></li>"
        for name, text in rng.sample(FINAL10_COMMENTS, 3)
    )
    up_next = "".join(
        f'<li><a href="/watch?v={rng.randint(10**9, 10**10)}">{t(o.headline)}</a><div>{t(_reelhouse_channel(o)[0])}</div>'
        f"<div>{rng.randint(1, 90)}K views · {rng.randint(2, 11)} months ago</div><span>{rng.randint(1, 9)}:{rng.randint(0, 59):02d}</span></li>"
        for o in ctx.others[:5]
    )
    return (
        _final_head(f"{a.headline} - Reelhouse", lang="en")
        + '<body class="rh"><header class="rh-top"><button aria-label="Guide">☰</button> <a class="rh-logo" href="/">Reelhouse</a> '
        + '<form><input type="search" placeholder="Search"><button>Search</button></form> <a>Sign in</a></header>'
        + '<nav class="rh-guide"><a>Home</a> <a>Shorts</a> <a>Subscriptions</a> <a>You</a> <a>History</a></nav>'
        + f'<div class="rh-consent" role="dialog"><h2>Before you continue to Reelhouse</h2><p>{t(FINAL10_CONSENT[6])}</p>'
        + "<button>Reject all</button> <button>Accept all</button> <a>More options</a></div>"
        + '<main class="rh-main"><div class="rh-player"><div class="rh-ad">Sponsored · <a>Visit advertiser</a> <button>Skip</button>'
        + f'</div><div class="rh-controls"><button>Play (k)</button> <button>Mute (m)</button> <span>0:00 / {length}</span> '
        + "<button>Subtitles/closed captions (c)</button> <button>Settings</button> <button>Full screen (f)</button></div></div>"
        + f"<h1>{t(a.headline)}</h1>"
        + f'<div class="rh-owner"><img src="/avatars/{_slug(channel)}.jpg" alt=""> <a>{t(channel)}</a> <span>{subs}</span> '
        + "<button>Subscribe</button></div>"
        + f'<div class="rh-actions"><button>👍 {rng.randint(20, 900)}</button> <button>👎</button> <button>Share</button> '
        + "<button>Download</button> <button>Save</button></div>"
        + f'<div class="rh-desc"><div class="rh-desc__stats">{views:,} views · {_short_us_date(day)} {tags}</div>'
        + f'<span class="rh-desc__text">{description}<br><br>{t(own_line)}<br>Follow {handle} for more.</span>'
        + "<button>Show less</button></div>"
        + '<section class="rh-transcript"><h2>Transcript</h2><button>Open transcript</button>'
        + f'<div class="rh-transcript__cues" hidden>{cues}</div></section>'
        + f'<section class="rh-comments"><h2>{rng.randint(12, 300)} Comments</h2><button>Sort by</button>'
        + f'<div class="rh-pinned"><span>Pinned by {handle}</span> <b>{handle}</b><div>Thanks for watching. More on our website, '
        + f"and do leave your questions below.</div></div><ul>{comments}</ul></section></main>"
        + f'<aside class="rh-next"><h2>Up next</h2><div>Autoplay</div><ul>{up_next}</ul></aside>'
        + '<footer class="rh-foot"><a>About</a> <a>Press</a> <a>Copyright</a> <a>Contact us</a> <a>Creators</a> <a>Advertise</a> '
        + "<a>Developers</a> <a>Terms</a> <a>Privacy</a> <a>Policy &amp; Safety</a> <a>How Reelhouse works</a>"
        + f"<p>© {day.year} Reelhouse LLC</p></footer>"
        + "</body></html>"
    )


# ---------------------------------------------------------------------------------------------
# The "final11" split: seven more kinds of site, written after "final10" with chrome wording of their own.

FINAL11_CONSENT = [
    "The Hallgarth uses cookies to count visits, to remember what is in your basket in the museum shop and, if you agree, "
    "to see how our online appeals perform. Your choice applies to this browser only.",
    "The Corrowdale Assembly website needs some cookies to work. We would also like to use analytics cookies to find out "
    "which pages people read, so that we can make them clearer.",
    "Dalelink uses cookies to plan your journey, keep tickets in your basket and improve our website. Some are set by our "
    "partners, for example to show you our fares on other websites.",
    "Corrowdale Health Board uses cookies that this website needs to work. We never use cookies to collect information "
    "about your health.",
    "Shelfmark keeps a single cookie to remember that you are signed in. What you save and read stays in your account and "
    "is never passed to publishers.",
    "Quillbase uses a session cookie to keep you signed in through your library card. Your searches are deleted when you "
    "sign out or close the browser.",
    "Dalecast Text remembers your favourite page numbers in a cookie on this device. Nothing else is stored.",
]
FINAL11_CAPTIONS = [
    "The Corn Exchange clock tower seen from Haymarket, Ostmere, on a winter afternoon.",
    "A Dalelink train crosses the Halvane viaduct on the Corrowdale Valley Line.",
    "Dinghies drawn up on the shingle at Lowick Sands.",
    "Ostmere Royal Infirmary from the Infirmary Road entrance.",
    "The River Corrow below the old paper mill at Tolmarsh.",
    "Market day in the square at Gillanford.",
    "Low cloud over the headland at Drummel Head.",
    "Terraced streets climbing the hill above Stavewick.",
]
FINAL11_PHOTOGRAPHERS = ["Oona Threlkeld", "Bastien Amadi-Roe", "Gwilym Sarno", "Petra Langholm-Yeo", "Rafferty Nunn",
                         "Sabine Oyo-Kettle"]  # fmt: skip
FINAL11_AGENCIES = ["Corrowdale Picture Service", "Dale Images", "Eastlight Photo Agency"]
FINAL11_TOWNS = ["Ostmere", "Tolmarsh", "Stavewick", "Gillanford", "Skelder Bridge", "Halvane", "Drummel Head", "Lowick Sands"]
WIRE11 = "Tessera"
PAPER11 = "Corrowdale Packet"
MUSEUM11 = frozenset({"P304", "P308", "P316", "P322"})  # the museum's press room: these only
ASSEMBLY11 = frozenset({"P303", "P309", "P314", "P318"})  # the Assembly's committee news: these only
RAIL11 = frozenset({"P301", "P305", "P315", "P321"})  # the train operator's news and travel updates: these only
HEALTH11 = frozenset({"P306", "P310", "P317", "P323"})  # the health board's newsroom: these only
LIVE11_TIMES = {  # a live page's update times, as its reporters filed them
    "P305": ["06:12", "06:40", "07:18", "07:55", "08:31", "09:06", "10:14", "11:47", "14:22", "16:05", "17:30"],
    "P310": ["13:05", "13:28", "13:52", "14:20", "14:47", "15:16", "15:40", "16:34", "17:58", "19:10"],
}


def _final11_caption(ctx: Ctx) -> tuple[str, str, str]:
    return _caption_from(ctx, FINAL11_CAPTIONS, FINAL11_PHOTOGRAPHERS, FINAL11_AGENCIES)


def _final11_times(article: Article, rng: random.Random) -> list[str]:
    return LIVE11_TIMES.get(article.id) or _final6_times(article, rng)


def _final11_source(a: Article) -> str:
    """Who first published an article of the split: the agency, one of the four organisations, or the paper."""
    if a.kind == "wire":
        return WIRE11
    if not a.byline or (a.kind == "opinion" and a.id in HEALTH11):  # the medical director writes on the board's blog
        for ids, name in ((MUSEUM11, "Hallgarth Museum and Art Gallery"), (ASSEMBLY11, "Corrowdale Assembly"),
                          (RAIL11, "Dalelink"), (HEALTH11, "Corrowdale Health Board")):  # fmt: skip
            if a.id in ids:
                return name
    return PAPER11


def _spoken(a: Article) -> str | None:
    """The first quotation in the article that is a whole sentence or more, for a pull quote."""
    for p in a.paragraphs:
        match = re.search(r"\"([^\"]{40,}?[.!?])\"", p)
        if match:
            return match.group(1)
    return None


HALLGARTH11_LABELS = {"press": "Press release", "flash": "Museum news"}
HALLGARTH11_CAPTIONS = {  # captions of two sentences, as a museum writes them
    "P304": "The Long Gallery in September 2025, with the scaffolding gone and the frieze cleaned. The mosaic floor was laid "
    "in 1884 by craftsmen who had settled in Ostmere.",
    "P308": "Evening, Fish Quay by Agnes Fairley, 1893, oil on canvas. It shows the quay at dusk as the herring boats come in.",
    "P316": "Catrin Welford-Ames at work on the frieze in the spring of 2024. Every section was photographed before and after "
    "it was cleaned.",
}
HALLGARTH11_IMAGES = [
    ("HMAG_LongGallery_2025_01.jpg", "The Long Gallery after restoration, looking east."),
    ("HMAG_Frieze_detail_04.jpg", "Detail of the frieze: traders landing at Ostmere."),
    ("HMAG_HerringGirls_Fairley.jpg", "Agnes Fairley, The Herring Girls, 1889, after conservation."),
]
HALLGARTH11_EDITORS = [
    "The Hallgarth Museum and Art Gallery opened in 1884 and is run by Ostmere City Council for the people of the city. "
    "It cares for more than 140,000 objects.",
    "The restoration of the Victorian galleries was designed by Fallgate Conservation Architects and carried out by "
    "Mercer & Lorne Ltd.",
    "Interviews with the director and the conservation team can be arranged. Filming in the galleries is possible before "
    "opening time on weekdays.",
]
HALLGARTH11_EVENTS = [
    ("Family trail: creatures in the collection", "Saturdays, 10am to 4pm · Free"),
    ("Lunchtime talk: Agnes Fairley and the herring girls", "Thursday, 1pm · Lecture theatre · Free, booking advised"),
    ("The Hallgarth after dark", "Last Friday of the month, 6pm to 10pm · £8"),
]


def tpl_museum_press(a: Article, ctx: Ctx) -> str:
    """A city museum and art gallery's press room: the opening-hours strip, the menu with 'Donate', the cookie choice,
    breadcrumbs, a label ('Press release', 'Museum news', 'In the press'), 'Release date' or 'Posted by the press office'
    line, above a newspaper's story an italic <p> saying it is shared with the paper's permission, a picture with a
    caption of two sentences, the exhibition card between paragraphs, a pull quote repeating a quotation from the story,
    after a release 'Press images' (with a <p> on their use), numbered 'Information for editors' and the press office's
    contact, 'What's on', the mailing list, the appeal and the footer (none of it body)."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    source = _final11_source(a)
    label = HALLGARTH11_LABELS.get(a.kind, "In the press") if source != PAPER11 else "In the press"
    writers = _writers(a)
    shared = ""
    if a.kind == "press":
        meta = f"Release date: {_day_month_year(day)} · For immediate use"
    elif source == PAPER11:
        meta = f"Coverage · {_day_month_year(day)}"
        shared = (
            f'<p class="hg-shared"><em>This article by {" and ".join(t(w) for w in writers)} first appeared in the {PAPER11} '
            f"and is shared here with the paper's permission. © {PAPER11}.</em></p>"
        )
    else:
        meta = f"Posted by the Hallgarth press office · {_day_month_year(day)}"
    figure = ""
    if a.id in HALLGARTH11_CAPTIONS:
        figure = (
            f'<figure class="hg-fig"><img src="/media/press/{a.id.lower()}-{rng.randint(10, 99)}.jpg" alt="">'
            f"<figcaption>{t(HALLGARTH11_CAPTIONS[a.id])} <span>© Hallgarth Museum and Art Gallery</span></figcaption></figure>"
        )
    blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
    inserts: dict[int, str] = {}
    if n >= 4:
        inserts[1] = (
            f'<aside class="hg-card"><b>Victorian Galleries</b><div>{"Reopening" if a.published < "2025-11-15" else "Reopened"} '
            "Saturday 15 November 2025</div><div>Free, no need to book</div><div>East Wing, ground floor. Lift available</div>"
            "<a>Plan your visit</a></aside>"
        )
    quote = _spoken(a)
    if quote and n >= 6:
        inserts[n // 2 + 1] = f'<blockquote class="hg-pull"><p>“{t(quote)}”</p></blockquote>'
    after = ""
    if a.kind == "press":
        images = "".join(
            f'<li><a href="/press/images/{name}">{t(name)}</a> {t(caption)} Photo: {t(rng.choice(FINAL11_PHOTOGRAPHERS))}</li>'
            for name, caption in HALLGARTH11_IMAGES
        )
        editors = "".join(f"<li>{t(x)}</li>" for x in HALLGARTH11_EDITORS)
        after = (
            '<section class="hg-images"><h2>Press images</h2><p>High-resolution images may be downloaded for editorial use '
            f"in connection with this release only. Please credit as shown.</p><ul>{images}</ul></section>"
            f'<section class="hg-editors"><h2>Information for editors</h2><ol>{editors}</ol></section>'
            '<section class="hg-contact"><h2>Press office</h2><div>Tilly Marchbank, Communications Officer · 01632 960 583 · '
            "press@hallgarth.example</div></section>"
        )
    elif source == PAPER11:
        after = '<div class="hg-back"><a href="/press-room/coverage">Back to press coverage</a></div>'
    events = "".join(f"<li><a>{t(name)}</a> <span>{t(when)}</span></li>" for name, when in HALLGARTH11_EVENTS)
    return (
        _final_head(f"{a.headline} | The Hallgarth", lang="en-GB")
        + '<body class="hg"><div class="hg-open">Open today 10am–5pm · Free entry · Café and shop on the ground floor</div>'
        + '<header class="hg-head"><a class="hg-logo" href="/">The Hallgarth</a> <span>Museum and Art Gallery, Ostmere</span>'
        + _nav(["Visit", "What's on", "Collections", "Learn", "Support us", "Shop", "Press room"], "hg-nav")
        + '<a class="hg-donate" href="/donate">Donate</a></header>'
        + f'<div class="hg-cookies" role="dialog"><p>{t(FINAL11_CONSENT[0])}</p><button>Allow all</button> '
        + "<button>Necessary only</button></div>"
        + _breadcrumbs(["Home", "About us", "Press room", label])
        + f'<main class="hg-main"><article><div class="hg-label">{label}</div><h1>{t(a.headline)}</h1>'
        + f'<div class="hg-meta">{meta}</div>'
        + shared
        + figure
        + f'<div class="hg-body">{_interleave(blocks, inserts)}</div>'
        + after
        + "</article>"
        + f'<aside class="hg-side"><section><h2>What\'s on</h2><ul>{events}</ul></section>'
        + '<section class="hg-list"><h2>Join our mailing list</h2><div>News of exhibitions, talks and family days, once a '
        + 'month.</div><form><input type="email" placeholder="Your email"><button>Join</button></form></section>'
        + '<section class="hg-appeal"><h2>Keep the Hallgarth free</h2><div>Every donation helps keep entry free for everyone. '
        + "Text HALL 5 to 70085 to give £5.</div></section></aside></main>"
        + '<footer class="hg-foot"><p>The Hallgarth Museum and Art Gallery, Hallgarth Square, Ostmere. Run by Ostmere City '
        + "Council.</p><p>Hallgarth Museum Trust is a registered charity, no. 1123487.</p><p><a>Accessibility</a> <a>Privacy"
        + "</a> <a>Venue hire</a> <a>Jobs and volunteering</a></p></footer>"
        + "</body></html>"
    )


ASSEMBLY11_COMMITTEES = {
    "transport": ("Transport and Connectivity Committee", "Bethan Oduya-Marsh", "Rail performance in Corrowdale",
                  ["Gethin Ashworth-Sayed", "Morwenna Tripp", "Dafydd Lowther-Nash", "Aisling Marr-Okafor"]),
    "health": ("Health and Care Committee", "Llew Ambrose-Tate", "Stroke services in Corrowdale",
               ["Rosamund Ekwueme-Hart", "Iolo Brackenbury", "Cathal Neave", "Priyanka Dunmore"]),
}  # fmt: skip
ASSEMBLY11_SESSIONS = {
    "transport": [("00:03:40", "Piers Haldane-Quist, Managing Director, Dalelink"),
                  ("01:12:05", "Hal Merriweather, Coast Line Users' Association"),
                  ("01:58:30", "Cerys Adeyemi-Flint, Minister for Transport")],
    "health": [("Tuesday 13 January 2026, 10am", "Stavewick Town Hall: Corrowdale Health Board; Save Stavewick Hospital"),
               ("Tuesday 27 January 2026, 9.30am", "Committee Room 2: Corrowdale Ambulance Service; stroke survivors and "
                "their families")],
}  # fmt: skip
ASSEMBLY11_STATUS = {"P303": "Report published", "P309": "Report published", "P314": "Evidence being gathered",
                     "P318": "Open for written evidence until 9 January 2026"}  # fmt: skip
ASSEMBLY11_ASKS = [  # 'What the committee is asking for' on the report's story: not body
    "A recovery plan for Dalelink, with monthly targets published for passengers to see.",
    "Compensation paid automatically to season ticket holders when trains are cancelled.",
    "An independent review before any decision on renewing the contract in 2028.",
]
ASSEMBLY11_DOCS = {
    "transport": [("Rail performance in Corrowdale: report", "Report", "17/09/2025"),
                  ("Written evidence received (bundle 1)", "Evidence", "02/06/2025"),
                  ("Minister's response", "Government response", "Awaited")],
    "health": [("Terms of reference", "Inquiry", "19/11/2025"),
               ("Letter from the Chair to Corrowdale Health Board", "Correspondence", "21/11/2025"),
               ("Consultation document: Stroke care in Corrowdale", "External", "12/11/2025")],
}  # fmt: skip


def tpl_assembly_committee(a: Article, ctx: Ctx) -> str:
    """A regional assembly's committee news page: 'Jump to main content', the plenary strip, the menu, the cookie region,
    breadcrumbs, a label ('Committee news', "Chair's article", 'In the media'), the 'Date:' line, above the chair's article
    or a newspaper's story an italic <p> saying where it first appeared or that it is reproduced for Members, the inquiry box
    between paragraphs, 'What the committee is asking for' bullets, after the committee's own news a <p> saying the clerks
    issued it, 'Watch the evidence session' with its chapter times or 'Evidence sessions' to come, the 'Documents' table, the committee card with its
    members, 'Latest committee news' and the footer (none of it body)."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    which = "transport" if a.id in ("P303", "P309") else "health"
    committee, chair, inquiry, members = ASSEMBLY11_COMMITTEES[which]
    label = {"press": "Committee news", "opinion": "Chair's article"}.get(a.kind, "In the media")
    above = ""
    if a.kind == "opinion":
        above = (
            f'<p class="ca-first"><em>This article by the Committee\'s Chair first appeared in the {PAPER11} on '
            f"{_day_month_year(day)}.</em></p>"
        )
    elif a.kind != "press":
        above = (
            f'<p class="ca-media"><em>Reproduced from the {PAPER11} for Members\' information. The Assembly is not responsible '
            "for the content of external reports.</em></p>"
        )
    blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
    inserts: dict[int, str] = {
        0: f'<aside class="ca-inquiry"><b>Inquiry:</b> {t(inquiry)} <span>Status: {t(ASSEMBLY11_STATUS[a.id])}</span> '
        f"<a>Inquiry page</a></aside>"
    }
    if a.id == "P303":
        asks = "".join(f"<li>{t(x)}</li>" for x in ASSEMBLY11_ASKS)
        inserts[n // 2] = f'<div class="ca-asks"><h3>What the committee is asking for</h3><ul>{asks}</ul></div>'
    after = ""
    if a.kind == "press":
        after = (
            '<p class="ca-clerks">This news item was issued by the committee\'s clerking team on behalf of the Committee. It '
            "does not represent the view of the Assembly as a whole.</p>"
        )
    chapters = "".join(f"<li><a>{stamp}</a> {t(who)}</li>" for stamp, who in ASSEMBLY11_SESSIONS[which])
    if which == "transport":
        sessions = (
            '<section class="ca-watch"><h2>Watch the evidence session</h2><div>Assembly TV · recorded in Committee Room 2</div>'
            f"<ol>{chapters}</ol></section>"
        )
    else:
        sessions = f'<section class="ca-watch"><h2>Evidence sessions</h2><div>Open to the public. No ticket needed.</div><ul>{chapters}</ul></section>'
    docs = "".join(
        f"<tr><td><a>{t(d)}</a></td> <td>{t(kind)}</td> <td>{t(when)}</td></tr>" for d, kind, when in ASSEMBLY11_DOCS[which]
    )
    member_list = f"<li>{t(chair)} (Chair)</li>" + "".join(f"<li>{t(m)}</li>" for m in members)
    latest = "".join(
        f'<li><a href="/committees/news/{_slug(o.headline)}">{t(o.headline)}</a> <span>{_numeric_date(o.day)}</span></li>'
        for o in sorted((o for o in ctx.others if o.id in ASSEMBLY11), key=lambda o: o.published, reverse=True)
    )
    return (
        _final_head(f"{a.headline} - Corrowdale Assembly", lang="en-GB")
        + '<body class="ca"><a class="ca-jump" href="#content">Jump to main content</a>'
        + '<header class="ca-head"><a class="ca-logo" href="/">Corrowdale Assembly</a>'
        + _nav(["Assembly business", "Members", "Committees", "Get involved", "Visit us", "News"], "ca-nav")
        + '<form><input type="search" placeholder="Search the Assembly"><button>Search</button></form></header>'
        + f'<div class="ca-plenary">Plenary · Next sitting: Tuesday {rng.choice(["1.30pm", "2pm"])} · <a>Watch Assembly TV</a></div>'
        + f'<div class="ca-cookies" role="region" aria-label="Cookies"><h2>Cookies on this website</h2><p>{t(FINAL11_CONSENT[1])}</p>'
        + "<button>Accept analytics cookies</button> <button>Reject analytics cookies</button></div>"
        + _breadcrumbs(["Home", "Committees", committee, "News"])
        + f'<main id="content" class="ca-main"><article><div class="ca-label">{label}</div><h1>{t(a.headline)}</h1>'
        + f'<div class="ca-date">Date: {_long_date(day)}</div>'
        + above
        + f'<div class="ca-body">{_interleave(blocks, inserts)}</div>'
        + after
        + sessions
        + '<section class="ca-docs"><h2>Documents</h2><table><tr><th>Document</th> <th>Type</th> <th>Date</th></tr>'
        + f"{docs}</table></section></article>"
        + f'<aside class="ca-side"><section class="ca-card"><h2>{t(committee)}</h2><div>Chair: {t(chair)} MA</div>'
        + f"<h3>Members</h3><ul>{member_list}</ul><a>Committee remit</a> <a>Contact the clerks</a></section>"
        + f"<section><h2>Latest committee news</h2><ul>{latest}</ul></section></aside></main>"
        + '<footer class="ca-foot"><p>Corrowdale Assembly, Assembly Buildings, Quayside, Ostmere.</p><p><a>Contact the '
        + "Assembly</a> <a>Accessibility</a> <a>Privacy</a> <a>Freedom of information</a></p>"
        + f"<p>© Corrowdale Assembly Commission {day.year}. Published under the Open Assembly Licence.</p></footer>"
        + "</body></html>"
    )


DALELINK11_LINES = ["Valley Line", "Coast Line", "Ostmere Airport Link", "Tolmarsh Branch"]
DALELINK11_STATUS = {
    "P301": {"Valley Line": "Part closed: Skelder Bridge to Halvane. Buses replace trains"},
    "P305": {line: "Suspended: severe weather" for line in DALELINK11_LINES},
}
DALELINK11_LABELS = {"flash": "Travel update", "liveblog": "Live travel updates", "feature": "Our people"}
DALELINK11_CAPTIONS = {
    "P315": "One of the new trains at Lowick Sands on its first day in service. The fleet will be complete by the end of 2026.",
    "P321": "Kofi Brannagh-Lund checks the rail at the mouth of the second tunnel north of Skelder Bridge. Patrollers walk "
    "the line in all weathers.",
}


def tpl_rail_operator(a: Article, ctx: Ctx) -> str:
    """A regional train operator's news and travel updates page: the menu with 'Sign in' and the basket, the cookie choice,
    the 'Line status' table, the 'Plan your journey' form, breadcrumbs, a label ('Travel update', 'Live travel updates',
    'In the news', 'Our people'), the customer information or 'From the Corrowdale Packet' line, above the paper's story an
    italic <p> saying it is republished, a picture with a caption of two sentences, the 'Delay Refund' box between
    paragraphs, on a live page the 'Ticket acceptance' box (a heading and a <p>) between updates, after a travel update
    'Should I still travel?' (a heading and a <p>), share links, 'More travel news', the app box and the footer (none of it
    body). A live page runs newest first, each update after its time, the newest marked 'Latest'."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    source = _final11_source(a)
    label = DALELINK11_LABELS.get(a.kind, "In the news")
    status = DALELINK11_STATUS.get(a.id, {})
    rows = "".join(f"<tr><td>{t(line)}</td> <td>{t(status.get(line, 'Good service'))}</td></tr>" for line in DALELINK11_LINES)
    writers = _writers(a)
    note = ""
    if source == PAPER11:
        meta = f"From the {PAPER11} · {_day_month_year(day)}"
        if live:
            note = (
                f'<p class="dl-note"><em>Live coverage by {" and ".join(t(w) for w in writers)} of the {PAPER11}, carried here '
                "with permission. Our own service information is in the Line status panel.</em></p>"
            )
        else:
            note = (
                f'<p class="dl-note"><em>Written by {" and ".join(t(w) for w in writers)} for the {PAPER11} and republished '
                "with permission.</em></p>"
            )
    else:
        meta = f"Dalelink customer information · Updated {_hhmm(rng.randint(6 * 60, 9 * 60))}, {_long_date(day)}"
    figure = ""
    if a.id in DALELINK11_CAPTIONS:
        figure = (
            f'<figure class="dl-fig"><img src="/content/news/{rng.randint(1000, 9999)}.jpg" alt=""><figcaption>'
            f"{t(DALELINK11_CAPTIONS[a.id])} Photo: Dalelink/{t(rng.choice(FINAL11_PHOTOGRAPHERS))}</figcaption></figure>"
        )
    if live:
        times = _final11_times(a, rng)
        parts = []
        for k, i in enumerate(range(n - 1, -1, -1)):
            latest = ' <span class="dl-latest">Latest</span>' if k == 0 else ""
            parts.append(
                f'<div class="dl-live"><div class="dl-live__time">{times[i]}{latest}</div><p>{t(a.paragraphs[i])}</p></div>'
            )
            if k == 3:
                parts.append(
                    '<aside class="dl-accept"><h3>Ticket acceptance</h3><p>Your Dalelink ticket is valid today on Corrowdale '
                    "Buses routes 4, 4A and 17, and on the Lowick Sands ferry, at no extra cost.</p></aside>"
                )
        body = "".join(parts)
    else:
        blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
        inserts: dict[int, str] = {}
        if n >= 4:
            inserts[n // 2] = (
                '<div class="dl-refund"><b>Delayed by 15 minutes or more?</b> You could be owed money back. Claim with Delay '
                "Refund within 28 days of your journey. <a>Start a claim</a></div>"
            )
        body = _interleave(blocks, inserts)
    travel = ""
    if a.kind == "flash":
        travel = (
            '<section class="dl-should"><h3>Should I still travel?</h3><p>Allow an extra 40 minutes for journeys between Skelder '
            "Bridge and Halvane. Tickets dated for today can also be used tomorrow.</p></section>"
        )
    more = "".join(
        f'<li><a href="/news/{_slug(o.headline)}">{t(o.headline)}</a> <span>{_skim_date(o.day)} {o.day.year}</span></li>'
        for o in sorted((o for o in ctx.others if o.id in RAIL11), key=lambda o: o.published, reverse=True)
    )
    return (
        _final_head(f"{a.headline} | Dalelink", lang="en-GB")
        + '<body class="dl"><header class="dl-head"><a class="dl-logo" href="/">Dalelink</a>'
        + _nav(["Tickets", "Journey planner", "Live departures", "Travel updates", "Help and contact", "News"], "dl-nav")
        + '<a href="/account">Sign in</a> <a href="/basket">Basket (0)</a></header>'
        + f'<div class="dl-cookies" role="dialog"><p>{t(FINAL11_CONSENT[2])}</p><button>Accept all cookies</button> '
        + "<button>Essential cookies only</button> <a>Cookie settings</a></div>"
        + f'<section class="dl-status"><h2>Line status</h2><table><tr><th>Line</th> <th>Status</th></tr>{rows}</table>'
        + "<a>View all disruption</a></section>"
        + '<form class="dl-plan"><h2>Plan your journey</h2><label>From <input placeholder="Station"></label> <label>To '
        + '<input placeholder="Station"></label> <label>When <select><option>Leaving now</option></select></label> '
        + "<button>Find trains</button></form>"
        + _breadcrumbs(["Home", "News", label])
        + f'<main class="dl-main"><article><div class="dl-label">{label}</div><h1>{t(a.headline)}</h1>'
        + f'<div class="dl-meta">{meta}</div>'
        + note
        + figure
        + f'<div class="dl-body">{body}</div>'
        + travel
        + '<div class="dl-share">Share this: <a>X</a> <a>Facebook</a> <a>WhatsApp</a> <a>Copy link</a></div></article>'
        + f'<aside class="dl-side"><section><h2>More travel news</h2><ul>{more}</ul></section>'
        + '<section class="dl-app"><h2>Live departures in your pocket</h2><div>Get platform alerts, mobile tickets and Delay '
        + "Refund in the Dalelink app.</div><a>Download the app</a></section></aside></main>"
        + '<footer class="dl-foot"><p>Dalelink is the trading name of Corrowdale Rail Services Limited. Registered in Corrowdale, '
        + "company number 09874512. Registered office: Station House, Ostmere.</p><p><a>Accessibility</a> <a>Passenger "
        + "charter</a> <a>Privacy</a> <a>Cookies</a> <a>Modern slavery statement</a></p></footer>"
        + "</body></html>"
    )


HEALTH11_LABELS = {"press": "Press release", "opinion": "Blog", "liveblog": "Live updates"}
HEALTH11_SERVICES = [
    ("Pharmacy", "coughs, colds, sore throats, earache"),
    ("111, day and night", "advice on where to go, and a booked time slot"),
    ("Minor injuries units", "sprains, cuts, minor burns and suspected broken bones"),
    ("Emergency department", "serious and life-threatening emergencies only"),
]
HEALTH11_BIO = (
    "Dr Ifan Castellow-Reid has been the board's medical director since 2021. He trained in Ostmere and worked as a "
    "consultant in emergency medicine at the Royal Infirmary for fifteen years."
)
HEALTH11_MEDIA = (
    "Corrowdale Health Board plans and provides health services for about 410,000 people. It runs three hospitals and 34 "
    "health centres and employs around 9,200 staff."
)


def tpl_health_board(a: Article, ctx: Ctx) -> str:
    """A regional health board's newsroom: the line on when to call 111 and 999, the 'Waiting times now' strip, the menu,
    'Read this page in another language' and 'Text size', the cookie box, breadcrumbs, a label ('News', 'Blog', 'Live
    updates', 'Press release'), the 'Published:' line, on a blog the author's card and, after the post, the author's bio
    in a <p>, on a live page the italic <p> saying whose coverage it shares, the 'Choose the right service' box and a pull
    quote repeating a sentence of the post between paragraphs, after a release 'Media information' (a <p> about the board)
    and media enquiries, the review dates, 'How did we do?', 'Latest news', 'Visiting times' and the footer (none of it
    body). A live page runs newest first, each update after its time in an <h3>."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    label = HEALTH11_LABELS.get(a.kind, "News")
    writers = _writers(a)
    author = ""
    via = ""
    if a.kind == "opinion":
        author = (
            f'<div class="hb-author"><img src="/images/people/{_slug(writers[0])}.jpg" alt=""><b>{t(writers[0])}</b> '
            "<span>Medical Director</span></div>"
        )
    elif live:
        via = (
            f'<p class="hb-via"><em>We are sharing the {PAPER11}\'s live coverage by {" and ".join(t(w) for w in writers)} so '
            "that patients and families can find the latest information in one place.</em></p>"
        )
    if live:
        times = _final11_times(a, rng)
        body = "".join(f'<div class="hb-upd"><h3>{times[i]}</h3><p>{t(a.paragraphs[i])}</p></div>' for i in range(n - 1, -1, -1))
        stamp = f"Last updated: {_day_month_year(day)}, {times[-1]}"
    else:
        blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
        inserts: dict[int, str] = {}
        if n >= 4 and a.kind != "press":
            services = "".join(f"<li><b>{t(s)}:</b> {t(what)}</li>" for s, what in HEALTH11_SERVICES)
            inserts[1] = f'<aside class="hb-choose"><h3>Choose the right service</h3><ul>{services}</ul></aside>'
        if a.kind == "opinion":
            inserts[n // 2 + 1] = f'<blockquote class="hb-pull">{t(_first_sentence(a.paragraphs[3]))}</blockquote>'
        body = _interleave(blocks, inserts)
        stamp = f"Published: {_day_month_year(day)}"
    after = ""
    if a.kind == "opinion":
        after = f'<p class="hb-bio">{t(HEALTH11_BIO)}</p>'
    elif a.kind == "press":
        after = (
            f'<section class="hb-media"><h2>Media information</h2><p>{t(HEALTH11_MEDIA)}</p><div>Media enquiries: '
            "communications team, 01632 960 947 (out of hours: 01632 960 940).</div></section>"
        )
    waits = (
        f"<span>Ostmere Royal Infirmary emergency department: {rng.randint(3, 7)} hrs {rng.randint(0, 59)} mins</span> "
        f"<span>Stavewick minor injuries: {rng.randint(20, 55)} mins</span> <span>Gillanford minor injuries: "
        f"{rng.randint(10, 45)} mins</span>"
    )
    reviewed = date(day.year + 1, day.month, min(day.day, 28))
    latest = "".join(
        f'<li><a href="/news/{_slug(o.headline)}">{t(o.headline)}</a> <span>{_day_month_year(o.day)}</span></li>'
        for o in sorted((o for o in ctx.others if o.id in HEALTH11), key=lambda o: o.published, reverse=True)
    )
    return (
        _final_head(f"{a.headline} - Corrowdale Health Board", lang="en-GB")
        + '<body class="hb"><div class="hb-urgent">Need medical help now? Call 111. In a life-threatening emergency, dial '
        + "999.</div>"
        + f'<div class="hb-waits"><b>Waiting times now</b> {waits} <span>Updated {rng.randint(2, 14)} minutes ago</span></div>'
        + '<header class="hb-head"><a class="hb-logo" href="/">Corrowdale Health Board</a>'
        + _nav(["Find a service", "Hospitals", "Your health", "Visiting", "Work for us", "About us", "News"], "hb-nav")
        + '<a class="hb-lang">Read this page in another language</a> <button>Text size</button></header>'
        + f'<div class="hb-cookie" role="dialog"><p>{t(FINAL11_CONSENT[3])}</p><button>OK</button> <button>Cookie settings'
        + "</button></div>"
        + _breadcrumbs(["Home", "About us", "News", label])
        + f'<main class="hb-main"><article><div class="hb-label">{label}</div><h1>{t(a.headline)}</h1>'
        + f'<div class="hb-meta">{stamp}</div>'
        + author
        + via
        + f'<div class="hb-body">{body}</div>'
        + after
        + f'<div class="hb-review">Page last reviewed: {_day_month_year(day)} · Next review due: {_day_month_year(reviewed)}</div>'
        + '<div class="hb-rate">How did we do? <button>Helpful</button> <button>Not helpful</button></div></article>'
        + f'<aside class="hb-side"><section><h2>Latest news</h2><ul>{latest}</ul></section>'
        + '<section class="hb-visit"><h2>Visiting times</h2><div>General wards: 2pm to 8pm. One visitor per patient at a time '
        + "in the emergency department.</div></section></aside></main>"
        + '<footer class="hb-foot"><p>Corrowdale Health Board, Board Offices, Infirmary Road, Ostmere.</p><p><a>Contact us</a> '
        + "<a>Compliments and complaints</a> <a>Accessibility</a> <a>Privacy notice</a> <a>Freedom of information</a></p>"
        + f"<p>© Corrowdale Health Board {day.year}</p></footer>"
        + "</body></html>"
    )


SHELFMARK11_DOMAINS = {
    PAPER11: "corrowdalepacket.example",
    WIRE11: "tessera.example",
    "Hallgarth Museum and Art Gallery": "hallgarth.example",
    "Corrowdale Assembly": "corrowdaleassembly.example",
    "Dalelink": "dalelink.example",
    "Corrowdale Health Board": "corrowdalehealth.example",
}
SHELFMARK11_NOTES = [
    "Send this to Mum, she was asking about exactly this last weekend.",
    "Good example for Thursday's talk on local news. Check the figures first.",
    "Follow up in a month: did anything actually change?",
    "Compare with what they said last year.",
    "Read properly on the train home.",
]


def tpl_read_later(a: Article, ctx: Ctx) -> str:
    """A read-it-later app's view of a saved story: the app bar ('Get Shelfmark Plus'), the cookie line, the source site with
    'View original', the 'By' line with the publisher, reading time and when it was saved, the reader's tags, the tool
    buttons, a <p> saying how the story was saved, the site's picture with its caption, the reader's highlights marked in the
    text (the marks are inline, the text is body) and listed again under 'Your highlights', the reader's note in a <p>,
    'Finished? Archive it', 'Recommended for you' with first sentences and the footer (none of it body). A live page keeps
    the site's order, newest first, each update under its time in an <h4>."""
    rng = ctx.rng
    n = len(a.paragraphs)
    source = _final11_source(a)
    domain = SHELFMARK11_DOMAINS[source]
    writers = _writers(a)
    by = f"By {' and '.join(t(w) for w in writers)} · {t(source)}" if writers else t(source)
    highlights: list[str] = []
    marked = {}
    if n >= 3:
        picks = [1] + ([n - 2] if n >= 6 else [])
        for i in picks:
            sentence = _first_sentence(a.paragraphs[i])
            if sentence != a.paragraphs[i]:
                highlights.append(sentence)
                marked[i] = f"<mark>{t(sentence)}</mark>" + t(a.paragraphs[i])[len(t(sentence)) :]
    paras = [marked.get(i, t(p)) for i, p in enumerate(a.paragraphs)]
    if a.kind == "liveblog":
        times = _final11_times(a, rng)
        content = "".join(f"<h4>{times[i]}</h4><p>{paras[i]}</p>" for i in range(n - 1, -1, -1))
    else:
        blocks = [f"<p>{p}</p>" for p in paras]
        inserts: dict[int, str] = {}
        if n >= 5:
            caption, photographer, agency = _final11_caption(ctx)
            inserts[0] = (
                f'<figure><img src="https://{domain}/img/{rng.randint(10000, 99999)}.jpg" alt=""><figcaption>{t(caption)} '
                f"({t(photographer)}/{t(agency)})</figcaption></figure>"
            )
        content = _interleave(blocks, inserts)
    towns = _towns_in(a, FINAL11_TOWNS)[:1]
    tags = ["to-read"] + [x.lower().replace(" ", "-") for x in towns] + (["world"] if a.kind == "wire" else [])
    chips = "".join(f"<li><a>#{t(x)}</a></li>" for x in tags)
    saved = rng.randint(1, 9)
    mine = ""
    if highlights:
        quotes = "".join(f"<blockquote>{t(h)}</blockquote>" for h in highlights)
        mine = (
            f'<section class="sm-mine"><h3>Your highlights ({len(highlights)})</h3>{quotes}'
            f"<div>Highlighted {saved} days ago</div></section>"
        )
    if n >= 4:
        mine += f'<section class="sm-note"><h3>Your note</h3><p>{t(rng.choice(SHELFMARK11_NOTES))}</p></section>'
    recs = "".join(
        f"<li><a>{t(o.headline)}</a><div>{SHELFMARK11_DOMAINS[_final11_source(o)]} · {_minutes(o)} min</div>"
        f"<div>{t(_card_snippet(o, 130))}</div></li>"
        for o in ctx.others[:3]
    )
    return (
        _final_head(f"{a.headline} | Shelfmark", lang="en")
        + '<body class="sm"><header class="sm-bar"><a class="sm-logo" href="/">Shelfmark</a>'
        + _nav(["Home", "Saved", "Archive", "Highlights", "Tags"], "sm-nav")
        + '<form><input type="search" placeholder="Search your saves"></form> <a class="sm-plus">Get Shelfmark Plus</a> '
        + "<span>HK</span></header>"
        + f'<div class="sm-cookie" role="status">{t(FINAL11_CONSENT[4])} <button>OK</button></div>'
        + f'<main class="sm-main"><article><div class="sm-src"><img src="https://{domain}/favicon.ico" alt=""> {domain} · '
        + "<a>View original</a></div>"
        + f"<h1>{t(a.headline)}</h1>"
        + f'<div class="sm-by">{by}</div><div class="sm-meta">{_minutes(a)} min read · Saved {saved} days ago</div>'
        + f'<ul class="sm-tags">{chips}</ul>'
        + '<div class="sm-tools"><button>Listen</button> <button>Aa</button> <button>Archive</button> <button>Delete</button> '
        + "<button>Share</button></div>"
        + '<p class="sm-parsed">Saved with the Shelfmark browser extension. Some pictures and embedded posts may be missing.</p>'
        + f'<div class="sm-content">{content}</div>'
        + mine
        + '<div class="sm-done"><button>Finished? Archive it</button></div></article>'
        + f'<section class="sm-recs"><h2>Recommended for you</h2><ul>{recs}</ul></section></main>'
        + '<footer class="sm-foot"><a>Help</a> <a>Terms</a> <a>Privacy</a> <a>Browser extensions</a></footer>'
        + "</body></html>"
    )


QUILLBASE11_KEYS = ["Dalelink", "Hallgarth", "Stavewick", "Tolmarsh", "Gillanford", "Lowick Sands", "Vostrany", "Belmarra",
                    "Ostmere", "Corrowdale"]  # fmt: skip
QUILLBASE11_SECTIONS = {"wire": "World", "opinion": "Comment", "feature": "Weekend", "liveblog": "Live (online only)",
                        "press": "Press releases"}  # fmt: skip
QUILLBASE11_SUBJECTS = {"wire": "International news", "press": "Press releases", "opinion": "Opinion pieces"}


def _highlight_terms(text: str, terms: list[str]) -> str:
    """A paragraph with the search terms marked, as a database shows its hits."""
    body = t(text)
    for term in terms:
        body = re.sub(rf"\b{re.escape(term)}\b", lambda m: f"<mark>{m.group(0)}</mark>", body)
    return body


def tpl_press_database(a: Article, ctx: Ctx) -> str:
    """A press database's document view, reached through a library: the access line, the menu, the cookie line, the search
    box with the search terms, 'Document 3 of 41' and the result buttons, the tools, the document's details table (source,
    date, edition, section, page, length, byline, an 'Abstract' shortening the first sentence, language, document ID), the
    search terms marked in the text (the marks are inline, the text is body), the copyright line in a <p> after the text,
    'End of document', 'Index terms', 'Cite this document' (a <p> with the headline), 'Related documents' and the footer
    (none of it body). Live pages are not kept."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    source = _final11_source(a)
    text = a.headline + " " + " ".join(a.paragraphs)
    terms = [k for k in QUILLBASE11_KEYS if re.search(rf"\b{re.escape(k)}\b", a.headline)][:2] or [
        k for k in QUILLBASE11_KEYS if k in text
    ][:1]
    total = rng.randint(12, 90)
    position = rng.randint(1, min(9, total))
    words = sum(len(p.split()) for p in a.paragraphs)
    source_name = {WIRE11: "Tessera World Service", PAPER11: PAPER11}.get(
        source, f"{source} ({'press release' if a.kind == 'press' else 'website'})"
    )
    rows = [("Source", source_name), ("Date", _day_month_year(day))]
    if source == PAPER11:
        rows += [("Edition", "Final"), ("Section", QUILLBASE11_SECTIONS.get(a.kind, "News")), ("Page", str(rng.randint(2, 31)))]
    else:
        rows += [("Section", QUILLBASE11_SECTIONS.get(a.kind, "News"))]
    rows += [("Length", f"{words} words")]
    if a.byline:
        rows += [("Byline", a.byline.removeprefix("By "))]
    if n >= 3:
        rows += [("Abstract", _shortened(a.paragraphs[0], 120))]
    doc_id = re.sub(r"[^A-Z]", "", source_name.upper())[:6] + f"{day:%Y%m%d}e{rng.randint(100, 999)}{rng.choice('abcdefgh')}x"
    rows += [("Language", "English"), ("Document ID", doc_id)]
    details = "".join(f"<tr><th>{t(k)}</th> <td>{t(v)}</td></tr>" for k, v in rows)
    body = "".join(f"<p>{_highlight_terms(p, terms)}</p>" for p in a.paragraphs)
    if source == PAPER11:
        copyright_line = f"© {day.year} {PAPER11} Ltd. All rights reserved."
    elif source == WIRE11:
        copyright_line = f"© {day.year} Tessera. All rights reserved. Not for redistribution."
    else:
        copyright_line = f"Distributed by Quillbase from the newsroom of {source}."
    places = _towns_in(a, FINAL11_TOWNS)[:3] or ([m.group(0) for m in re.finditer(r"Vostrany|Belmarra", a.headline)][:1])
    subjects = QUILLBASE11_SUBJECTS.get(a.kind, "Regional news")
    index = (
        f"<dt>Subjects</dt><dd>{t(subjects)}</dd><dt>Places</dt><dd>{t('; '.join(places) or 'Corrowdale')}</dd>"
        f"<dt>Document type</dt><dd>{'Press release' if a.kind == 'press' else 'Article'}</dd>"
    )
    if writers := _writers(a):
        first = writers[0].removeprefix("Dr ").split()
        cite_by = f"{first[-1]}, {first[0][0]}."
    else:
        cite_by = source_name
    cite = f"{cite_by} ({day.year}) '{a.headline}', {source_name}, {day.day} {day.strftime('%B')}. Available at: Quillbase."
    related = "".join(
        f"<li><a>{t(o.headline)}</a><div>{t(_final11_source(o))} · {_day_month_year(o.day)} · "
        f"{sum(len(p.split()) for p in o.paragraphs)} words</div></li>"
        for o in ctx.others[:4]
    )
    return (
        _final_head(f"{a.headline} - Quillbase", lang="en")
        + '<body class="qb"><div class="qb-access">Access provided by Ostmere Libraries · <a>Sign out</a></div>'
        + '<header class="qb-head"><a class="qb-logo" href="/">Quillbase</a>'
        + _nav(["Search", "Sources", "Alerts", "Saved folders", "Help"], "qb-nav")
        + "</header>"
        + f'<div class="qb-cookie">{t(FINAL11_CONSENT[5])} <button>Close</button></div>'
        + f'<form class="qb-search"><input type="search" value="{attr(" AND ".join(terms))}"> <button>Search</button> '
        + "<a>Advanced search</a></form>"
        + f'<div class="qb-results">Document {position} of {total} · <a>« Previous result</a> · <a>Next result »</a> · '
        + "<a>Back to results</a></div>"
        + '<div class="qb-tools"><button>Print</button> <button>Email</button> <button>Download PDF</button> <button>Cite</button> '
        + "<button>Save to folder</button></div>"
        + f'<main class="qb-doc"><table class="qb-details">{details}</table>'
        + f"<h1>{t(a.headline)}</h1>"
        + f'<div class="qb-text">{body}</div>'
        + f'<p class="qb-copy">{t(copyright_line)}</p><div class="qb-end">End of document</div>'
        + f'<section class="qb-index"><h2>Index terms</h2><dl>{index}</dl></section>'
        + f'<section class="qb-cite"><h2>Cite this document</h2><p>{t(cite)}</p></section>'
        + f'<section class="qb-related"><h2>Related documents</h2><ul>{related}</ul></section></main>'
        + f'<footer class="qb-foot"><p>Quillbase © {day.year} Inkstone Information Services. Content is licensed from its '
        + "publishers for personal research only.</p><p>Your session will end after 30 minutes without activity.</p></footer>"
        + "</body></html>"
    )


DALECAST11_WEATHER = "OSTMERE 8C showers · LOWICK SANDS 9C windy · HALVANE 5C rain · STAVEWICK 6C cloudy"


def tpl_teletext(a: Article, ctx: Ctx) -> str:
    """A TV channel's teletext service seen on the web: the bar with the page box, 'Index 100' and 'Subtitles 888', the
    cookie line, the header row with page number, service name, date and clock, the section title, the story cut into
    screens of two paragraphs, each with its '1/3' counter, 'More on next screen' at the foot of all but the last, the rows
    pointing to other pages, the travel row, the weather row, the four coloured page links, the 'Headlines' index with page
    numbers and the footer (none of it body). A live page runs newest first, each update after its time."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    page = {"wire": 140, "liveblog": 110}.get(a.kind, 103) + rng.randint(1, 9)
    title = "WORLD NEWS" if a.kind == "wire" else ("LIVE: LATEST" if live else "CORROWDALE NEWS")
    order = list(range(n - 1, -1, -1)) if live else list(range(n))
    times = _final11_times(a, rng) if live else []
    units = [(f'<div class="tt-time">{times[i]}</div>' if live else "") + f"<p>{t(a.paragraphs[i])}</p>" for i in order]
    screens = [units[k : k + 2] for k in range(0, len(units), 2)]
    parts = []
    for k, screen in enumerate(screens):
        counter = f'<div class="tt-count">{k + 1}/{len(screens)}</div>' if len(screens) > 1 else ""
        more = '<div class="tt-more">More on next screen &gt;&gt;&gt;</div>' if k < len(screens) - 1 else ""
        parts.append(f'<section class="tt-screen">{counter}{"".join(screen)}{more}</section>')
    if live:  # the clock runs on from the last update
        last = int(times[-1][:2]) * 60 + int(times[-1][3:]) + rng.randint(3, 40)
        clock = f"{_hhmm(min(last, 23 * 60 + 59))}:{rng.randint(0, 59):02d}"
    else:
        clock = f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    header = f"P{page} DALECAST {day.strftime('%a')} {day.day:02d} {day.strftime('%b')} {clock}"
    see = "Travel 430 · Weather 401 · Sport 300" if a.kind != "wire" else "More world news 141 · Business 200 · Weather 401"
    travel = (
        "TRAVEL: Coast Line closed at Lowick Sands. Valley Line reduced service. See 431"
        if a.published == "2025-12-04"
        else "TRAVEL: No major problems reported on Corrowdale roads or trains. See 430"
    )
    index = "".join(
        f"<li><span>{t(o.headline)}</span> <b>{104 + k}</b></li>"
        for k, o in enumerate([o for o in ctx.others if o.kind in ("flash", "short", "long", "liveblog")][:6])
    )
    return (
        _final_head(f"Dalecast Text page {page}", lang="en-GB")
        + '<body class="tt"><div class="tt-bar"><a class="tt-logo" href="/">Dalecast Text</a> <form>Page <input value="'
        + f'{page}" size="3"> <button>Go</button></form> <a>Index 100</a> <a>Subtitles 888</a></div>'
        + f'<div class="tt-cookie">{t(FINAL11_CONSENT[6])} <button>OK</button></div>'
        + f'<div class="tt-page"><div class="tt-header">{header}</div><div class="tt-title">{title}</div>'
        + f"<h1>{t(a.headline)}</h1>"
        + "".join(parts)
        + f'<div class="tt-see">{see}</div><div class="tt-travel">{travel}</div>'
        + f'<div class="tt-weather">{DALECAST11_WEATHER}</div>'
        + '<div class="tt-fast"><a class="tt-red">Headlines</a> <a class="tt-green">Corrowdale</a> <a class="tt-yellow">Weather'
        + '</a> <a class="tt-cyan">Index</a></div></div>'
        + f'<aside class="tt-index"><h2>Headlines 101</h2><ul>{index}</ul></aside>'
        + '<footer class="tt-foot"><p>Dalecast Text is written by the Corrowdale Television newsroom and updated around the '
        + f"clock.</p><p>© Corrowdale Television {day.year}</p></footer>"
        + "</body></html>"
    )


FINAL12_CONSENT = [
    "Cookies are small files that websites put on your computer or phone. We use some to make this website work. We would "
    "like to use others to count how many people read each story. Is that OK?",
    "Kennow uses cookies to remember which language you read in and, if you agree, to count how many people read each "
    "story in Ebbric and in English.",
    "This website uses cookies to show you live port information and to understand how port users find their way around "
    "it. You can change your choice at any time.",
    "The Moorcoast League and our partners use cookies to run this website, to show you live scores and to measure how "
    "the website is used.",
    "The Gazetteer and its advertising partners use cookies and similar technologies to personalise what you see, to "
    "measure audiences and to pay for our journalism.",
    "Noticewell uses essential cookies to remember your postcode and your notice alerts. We do not sell your details to anyone.",
    "We use necessary cookies to make our website work. With your permission we would also like to set analytics cookies "
    "to help us improve it for parents and carers.",
]
FINAL12_CAPTIONS = [
    "The harbour wall at Wrackstone, looking towards Gull Point.",
    "Fishing boats tied up on the quay at Hob's Ferry at low tide.",
    "Fore Street, Pellamoor, on a Saturday morning.",
    "The coast road above Sallowby Bay.",
    "Looking up the Pell estuary from Merrivale Quay.",
    "The market hall in Kellingdown.",
    "Terraced cottages on the hill above Tallack.",
    "The old bridge over the River Pell at Carnwith.",
]
FINAL12_PHOTOGRAPHERS = ["Morwenna Kessell-Adu", "Tobiah Raine", "Ysella Quick", "Darius Penwith-Cole", "Annika Lowry",
                         "Benedek Hosken"]  # fmt: skip
FINAL12_AGENCIES = ["Pell Valley Pictures", "Westerly Images", "Gull Point Photo Agency"]
FINAL12_TOWNS = ["Pellamoor", "Wrackstone", "Kellingdown", "Sallowby", "Carnwith", "Hob's Ferry", "Merrivale Quay", "Tallack"]
WIRE12 = "Gimbal"
PAPER12 = "Ebbermoor Almanac"
PORT12 = frozenset({"P326", "P329", "P330", "P345"})  # the harbour board's newsroom: these only
LEAGUE12 = frozenset({"P331", "P340", "P343", "P350"})  # the league's website: these only
SCHOOLS12 = frozenset({"P334", "P336", "P337", "P349"})  # the school trust's news page: these only
NOTICES12 = frozenset({"P328", "P338", "P341", "P344"})  # the public notices portal: these only
LIVE12_TIMES = {  # a live page's update times, as its reporters filed them
    "P330": ["06:05", "06:28", "06:51", "07:20", "07:44", "08:15", "09:02", "09:47", "11:30", "16:10", "17:45"],
    "P340": ["14:05", "14:16", "15:00", "15:09", "15:23", "15:41", "15:49", "16:12", "16:28", "16:45", "16:53", "17:04"],
}


def _final12_caption(ctx: Ctx) -> tuple[str, str, str]:
    return _caption_from(ctx, FINAL12_CAPTIONS, FINAL12_PHOTOGRAPHERS, FINAL12_AGENCIES)


def _final12_times(article: Article, rng: random.Random) -> list[str]:
    return LIVE12_TIMES.get(article.id) or _final6_times(article, rng)


def _final12_source(a: Article) -> str:
    """Who first published an article of the split: the agency, one of the four organisations, or the paper."""
    if a.kind == "wire":
        return WIRE12
    if not a.byline or (a.kind == "opinion" and a.id in SCHOOLS12):  # the trust's chief executive writes on its site
        for ids, name in ((PORT12, "Wrackstone Harbour Board"), (LEAGUE12, "Moorcoast League"),
                          (SCHOOLS12, "Ebbermoor Learning Trust"), (NOTICES12, "Ebbermoor County Council")):  # fmt: skip
            if a.id in ids:
                return name
    return PAPER12


CLEAR12_WORDS = {  # 'Words to know' on the clear edition, shown when a story uses the word: not body
    "planning permission": "When the council says yes to a plan to build something.",
    "consultation": "When an organisation asks people what they think before it decides something.",
    "licence": "A permission from the council to do something, like sell drinks late at night.",
    "pleaded guilty": "Told the court that they did the crime.",
    "fraud": "Tricking people, or an organisation, to get money.",
    "dredging": "Digging sand and mud from the bottom of a river or the sea.",
    "midwives": "People trained to look after women before, during and after they have a baby.",
    "judicial review": "When a judge checks whether a decision was made in the right way.",
    "relegation": "When a team has to go down into a lower league.",
    "constitutional court": "A court that decides whether laws follow a country's most important rules.",
    "amber warning": "A warning that the weather could be dangerous to people.",
    "special measures": "When inspectors say a school must get better quickly, with extra help.",
    "orbit": "The path something takes as it goes around the Earth.",
    "stake": "A share of a company.",
    "inspectors": "People whose job is to check that something is being done properly.",
}
CLEAR12_LABELS = {
    "press": "Press release: written by the organisation, not by our reporters",
    "opinion": "Opinion: what one person thinks",
    "liveblog": "Live: we add new updates at the bottom",
    "wire": "World news",
    "feature": "Feature: a longer story",
}
CLEAR12_GUIDES = ["How to contact the council", "What to do if your home floods", "How to register to vote",
                  "Getting help with energy bills"]  # fmt: skip


def tpl_easy_read(a: Article, ctx: Ctx) -> str:
    """A regional paper's clear edition in large print and plain words: 'Skip to the story', the access bar (text size,
    colours, line spacing, read aloud) laid out as a table, the masthead and a menu of plain divs, the cookie question,
    'You are here:', a label saying what kind of story it is, 'Story by' or 'Story from', 'Published on' and reading
    time, 'The story in 3 points' (bullets shortening the first sentences of the first three paragraphs), 'Words to know'
    (plain definitions of words the story uses) between paragraphs, a picture with 'What the picture shows:', 'Was this
    page easy to read?', 'Other stories in clear English', 'Easy read guides', how to contact the paper and the footer
    (none of it body). A live page runs oldest first, each update after 'Update at' and its time in an <h3>."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    source = _final12_source(a)
    writers = _writers(a)
    if writers:
        by = "Story by " + " and ".join(t(w) for w in writers) + (f", {t(_role(a))}" if _role(a) else "")
    elif source == WIRE12:
        by = "Story from the Gimbal news agency"
    elif source == PAPER12:
        by = "Story by the Almanac news team"
    else:
        by = f"Story from {t(source)}"
    minutes = _minutes(a, 150)
    reading = "about 1 minute" if minutes == 1 else f"about {minutes} minutes"
    style = "font-size:1.3em;line-height:1.9;max-width:38em"
    points = ""
    if n >= 4 and not live:
        items = "".join(f"<li>{t(_shortened(a.paragraphs[i], 110))}</li>" for i in range(3))
        points = f'<div class="cl-points" style="border:3px solid #000;padding:1em"><h2>The story in 3 points</h2><ul>{items}</ul></div>'
    text = (a.headline + " " + " ".join(a.paragraphs)).lower()
    words = [(w, d) for w, d in CLEAR12_WORDS.items() if w in text][:3]
    know = ""
    if words:
        rows = "".join(f"<dt><b>{t(w.capitalize())}</b></dt><dd>{t(d)}</dd>" for w, d in words)
        know = f'<aside class="cl-words" style="background:#fff3a0;padding:1em"><h2>Words to know</h2><dl>{rows}</dl></aside>'
    if live:
        times = _final12_times(a, rng)
        body = "".join(
            f'<h3 class="cl-upd">Update at {_twelve(times[i])}</h3><p style="{style}">{t(p)}</p>'
            for i, p in enumerate(a.paragraphs)
        )
        body += know
    else:
        blocks = [f'<p style="{style}">{t(p)}</p>' for p in a.paragraphs]
        inserts: dict[int, str] = {}
        if n >= 5:
            caption, photographer, agency = _final12_caption(ctx)
            inserts[0] = (
                f'<figure class="cl-pic"><img src="/clear/img/{rng.randint(1000, 9999)}.jpg" alt="{attr(caption)}">'
                f"<figcaption><b>What the picture shows:</b> {t(caption)} <span>Photo: {t(photographer)}/{t(agency)}</span>"
                "</figcaption></figure>"
            )
        if know:
            inserts[1 if n >= 4 else n - 1] = know
        body = _interleave(blocks, inserts)
    others = "".join(
        f'<li style="margin-bottom:1em"><a href="/clear/{_slug(o.headline)}">{t(o.headline)}</a><div>{t(_card_snippet(o, 100))}</div></li>'
        for o in ctx.others[:4]
    )
    guides = "".join(f"<li><a>{t(g)}</a></li>" for g in CLEAR12_GUIDES)
    menu = "".join(
        f'<div style="padding:0.5em 1em"><a href="/clear/{_slug(s)}">{t(s)}</a></div>'
        for s in ["Home", "News", "Sport", "Weather", "What's on", "Help"]
    )
    return (
        _final_head(f"{a.headline} - Almanac Clear", lang="en-GB")
        + '<body class="cl"><a class="cl-skip" href="#story">Skip to the story</a>'
        + '<table class="cl-access" role="presentation"><tr><td>Text size: <button>A</button> <button>A+</button> '
        + "<button>A++</button></td> <td>Colours: <button>Normal</button> <button>Black on yellow</button> <button>White on "
        + "black</button></td> <td><button>Line spacing</button></td> <td><button>Read this page aloud</button></td></tr></table>"
        + '<header class="cl-head"><div style="font-size:2em"><b>The Ebbermoor Almanac</b></div>'
        + "<div>Clear edition: the news in large print and plain words</div>"
        + f'<div class="cl-menu" style="display:flex;flex-wrap:wrap">{menu}</div></header>'
        + f'<div class="cl-cookie" role="dialog" style="border:3px solid #000;padding:1em"><h2>Cookies</h2><p>{t(FINAL12_CONSENT[0])}</p>'
        + "<button>Yes, that is OK</button> <button>No, thank you</button></div>"
        + '<div class="cl-here">You are here: <a href="/clear">Home</a> &gt; <a href="/clear/news">News</a> &gt; This story</div>'
        + f'<main id="story"><div class="cl-label"><b>{t(CLEAR12_LABELS.get(a.kind, "News story"))}</b></div>'
        + f'<h1 style="font-size:2.4em">{t(a.headline)}</h1>'
        + f'<div class="cl-by">{by}</div><div class="cl-date">Published on {_long_date(day)}</div>'
        + f'<div class="cl-time">Reading time: {reading}</div>'
        + points
        + f'<div class="cl-body">{body}</div>'
        + '<div class="cl-help"><h2>Was this page easy to read?</h2><button>Yes</button> <button>No</button></div></main>'
        + f'<section class="cl-more"><h2>Other stories in clear English</h2><ul>{others}</ul></section>'
        + f'<section class="cl-guides"><h2>Easy read guides</h2><ul>{guides}</ul></section>'
        + '<section class="cl-contact"><h2>Contact us</h2><div>Ring us on 01632 961 220. If you are deaf or find it hard to '
        + "speak, you can use Text Relay.</div></section>"
        + '<footer class="cl-foot"><p><a href="/">Go to the full Almanac website</a></p><p>The Ebbermoor Almanac, Almanac House, '
        + f"Fore Street, Pellamoor. © Ebbermoor Almanac Ltd {day.year}</p></footer>"
        + "</body></html>"
    )


KENNOW12_TRANSLATORS = ["Elowen Trago-Basset", "Piran Achterberg", "Nessa Kitto-Quaye"]
KENNOW12_NOTES = [  # the translator's note between paragraphs: not body
    "Ebbric has no single word for a county council. The original uses the older 'kuntelles', which most readers will "
    "know from road signs; we have kept the usual English name.",
    "Place names are given in their English form. In the Ebbric original, Pellamoor is Pennvor and Wrackstone is Karrek Wragh.",
    "The Ebbric original puts the quotations in reported speech, as Ebbric newspapers often do. Where the speaker spoke in "
    "English, we have given their own words.",
]
KENNOW12_SECTIONS = {"opinion": ("Tuvadh", "Opinion"), "liveblog": ("Yn few", "Live"), "feature": ("Orlyn", "Culture")}
KENNOW12_READ = [  # 'Most read in Ebbric': the Ebbric edition's headlines, not body
    "Melinow an mor: an kuntelles a brof ya",
    "Kammor: Pennvor a gemmer an kopa",
    "Orlyn: gwariji Tallack a vew arta",
    "Glasow: hagerawel dhe Karrek Wragh",
]


def tpl_translated_edition(a: Article, ctx: Ctx) -> str:
    """The English edition of a news site that publishes in the region's own language: the language switcher with the
    note on the English edition, the masthead with its tagline in both languages, the two-language menu, the cookie
    notice in both languages (two <p>s), the section in both languages, 'By ... · Translated from the Ebbric by ...' (or
    'Issued in Ebbric and English by ...'), the numeric date and time, 'Redh an Ebbrek (Read in Ebbric)', a picture with
    'Skeusen / Picture:', a translator's note between paragraphs (a heading and a <p>), after the story an italic <p> on
    how it was translated or that a release is printed as issued, the share row, 'Word of the day', 'Also in English
    today', 'Most read in Ebbric' and the footer (none of it body). A live page runs newest first, each update after its
    time in a <time>."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    source = _final12_source(a)
    writers = _writers(a)
    translator = rng.choice(KENNOW12_TRANSLATORS)
    if a.id in LEAGUE12:
        section = ("Kammor", "Sport")
    else:
        section = KENNOW12_SECTIONS.get(a.kind, ("Telvath", "News"))
    if a.kind == "press":
        credit = f"Issued in Ebbric and English by {t(source)}"
    elif writers:
        credit = f"By {' and '.join(t(w) for w in writers)} · <span>Translated from the Ebbric by {t(translator)}</span>"
    else:
        credit = f"Kennow newsdesk · <span>Translated from the Ebbric by {t(translator)}</span>"
    stamp = f"{day.day:02d}.{day.month:02d}.{day.year} · {rng.randint(6, 21):02d}:{rng.choice(['05', '20', '35', '50'])}"
    if live:
        times = _final12_times(a, rng)
        body = "".join(
            f'<div class="kw-live"><time datetime="{a.published}T{times[i]}">{times[i]}</time><p>{t(a.paragraphs[i])}</p></div>'
            for i in range(n - 1, -1, -1)
        )
    else:
        blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
        inserts: dict[int, str] = {}
        if n >= 6:
            caption, photographer, _agency = _final12_caption(ctx)
            inserts[0] = (
                f'<figure class="kw-fig"><img src="/media/{rng.randint(10000, 99999)}.jpg" alt=""><figcaption>{t(caption)} '
                f"<i>Skeusen / Picture: {t(photographer)}</i></figcaption></figure>"
            )
        if n >= 4 and a.kind != "press":
            note = KENNOW12_NOTES[int(a.id[1:]) % len(KENNOW12_NOTES)]
            inserts[n // 2] = f'<aside class="kw-tnote"><h4>Translator\'s note</h4><p>{t(note)}</p></aside>'
        body = _interleave(blocks, inserts)
    if a.kind == "press":
        after = f'<p class="kw-issued"><i>This release is printed as issued by {t(source)}. Kennow has not edited it.</i></p>'
    else:
        after = (
            '<p class="kw-check"><i>This translation has been checked by a second translator. If something reads wrongly, '
            "tell us at english@kennow.example.</i></p>"
        )
    nav = "".join(
        f'<li><a href="/en/{_slug(en)}"><span lang="xeb">{eb}</span> · {en}</a></li>'
        for eb, en in [
            ("Telvath", "News"),
            ("Kammor", "Sport"),
            ("Orlyn", "Culture"),
            ("Tuvadh", "Opinion"),
            ("Glasow", "Weather"),
        ]
    )
    also = "".join(
        f'<li><a href="/en/{_slug(o.headline)}">{t(o.headline)}</a><div>{t(_card_snippet(o, 110))}</div></li>'
        for o in ctx.others[:3]
    )
    most = "".join(f'<li lang="xeb"><a>{t(h)}</a></li>' for h in KENNOW12_READ)
    return (
        _final_head(f"{a.headline} | Kennow in English", lang="en")
        + '<body class="kw"><div class="kw-langbar"><ul class="kw-lang"><li lang="xeb"><a href="/">Ebbrek</a></li>'
        + '<li aria-current="true"><b>English</b></li></ul><span>Kennow is published in Ebbric. This English edition is '
        + "translated by our own team.</span></div>"
        + '<header class="kw-head"><a class="kw-logo" href="/en">Kennow</a><div class="kw-tag"><span lang="xeb">Telvath '
        + "Ebbermoor</span> · Ebbermoor's news in Ebbric and English</div>"
        + f'<nav class="kw-nav"><ul>{nav}</ul></nav></header>'
        + '<div class="kw-cookie" role="dialog"><p lang="xeb">Kennow a vyn kukkelow rag dalgh kov a\'th yeth.</p>'
        + f"<p>{t(FINAL12_CONSENT[1])}</p><button>Ya / Yes</button> <button>Na / No</button></div>"
        + f'<main class="kw-main"><article><div class="kw-section"><span lang="xeb">{section[0]}</span> · {section[1]}</div>'
        + f"<h1>{t(a.headline)}</h1>"
        + f'<div class="kw-credit">{credit}</div><div class="kw-date">{stamp}</div>'
        + '<div class="kw-orig"><a lang="xeb" href="/">Redh an Ebbrek</a> (Read in Ebbric)</div>'
        + f'<div class="kw-body">{body}</div>'
        + after
        + '<div class="kw-share"><span lang="xeb">Kevrenna</span> · Share: <a>Facebook</a> <a>X</a> <a>WhatsApp</a> '
        + "<a>Email</a></div></article>"
        + '<aside class="kw-side"><section class="kw-word"><h2>Word of the day</h2><div><b lang="xeb">morlenn</b>: sea '
        + "wall, harbour wall</div></section>"
        + f"<section><h2>Also in English today</h2><ul>{also}</ul></section>"
        + f"<section><h2>Most read in Ebbric</h2><ol>{most}</ol></section></aside></main>"
        + '<footer class="kw-foot"><p>Kennow is published by Gwask Ebbrek Ltd with the support of the Ebbric Language Board.'
        + f'</p><p><a>About us</a> <a>Contact</a> <a>Privacy</a> <a lang="xeb">Ebbrek</a></p><p>© Gwask Ebbrek {day.year}</p>'
        + "</footer></body></html>"
    )


WHB12_LABELS = {"press": "Press release", "flash": "Port notice", "liveblog": "Live: port operations"}
WHB12_CLOSED = {"P326": "CLOSED to all vessel movements", "P330": "CLOSED: severe weather"}
WHB12_NOTICES = {  # the Notice to Mariners boxed between paragraphs: not body
    "P326": ("17 of 2025", "Mariners are advised that the main channel between No. 3 and No. 7 buoys is closed to navigation "
             "until further notice following the loss of containers overboard. No vessel may enter or leave the port without "
             "the permission of Wrackstone Harbour Radio on VHF channel 12."),
    "P329": ("14 of 2025", "Mariners are advised that the survey vessel Pell Surveyor will be working in the main channel and "
             "its approaches between 8 and 19 September 2025. Vessels should pass at slow speed and give her a wide berth."),
    "P330": ("21 of 2025", "Owing to severe weather the port of Wrackstone is closed to all vessel movements. Vessels at anchor "
             "in Sallowby Bay are to keep a continuous listening watch on VHF channel 12."),
    "P345": ("9 of 2025", "Mariners are reminded that the waters within 200 metres of Wrack Sands are closed to all craft from "
             "1 October to 31 January each year to protect the grey seal colony. Landing on the sandbank is prohibited."),
}  # fmt: skip
WHB12_VESSELS = [("Aldis Marin", "General cargo", "Gull Point 2"), ("Kestrel Trader", "Bulk carrier", "North Quay 4"),
                 ("Pell Venture", "Offshore supply", "Gull Point 1"), ("Sallowby Star", "Fishing", "Fish Quay"),
                 ("Merrivale", "Ro-ro ferry", "Ferry terminal")]  # fmt: skip
WHB12_CAPTIONS = {
    "P345": "Grey seals hauled out on Wrack Sands at low water. The sandbank is closed to boats and walkers from October to "
    "January.",
    "P329": "The deep-water quay at Gull Point, which the deepened channel will serve.",
}
WHB12_EDITORS = [
    "The Wrackstone Harbour Board is the trust port for Wrackstone, established by the Wrackstone Harbour Act 1874. It has "
    "no shareholders and reinvests all of its income in the port.",
    "The port handles about 1.9 million tonnes of cargo a year and is home to a fishing fleet of 34 vessels.",
    "Images of the channel and the Gull Point quay are available from the communications team.",
]


def tpl_port_authority(a: Article, ctx: Ctx) -> str:
    """A trust port's newsroom: the port status strip (status, wind, tides, pilotage), the menu with 'Port user login', the
    cookie notice, breadcrumbs, a label ('Press release', 'Port notice', 'Live: port operations', 'In the news'), the
    'Issued' line or 'From the Ebbermoor Almanac' with an italic <p> saying the paper's story or live coverage is
    reproduced with permission, a picture with its caption, the boxed 'Notice to Mariners' (a heading and <p>s) between
    paragraphs, the 'Vessel movements today' table, after a release numbered 'Notes to editors' and the media contact,
    'Tide times', the notices sign-up, 'Latest port news' and the footer (none of it body). A live page runs newest first,
    each update after its time in a <p> of its own."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    source = _final12_source(a)
    closed = WHB12_CLOSED.get(a.id)
    if source == PAPER12:
        label = "Live coverage" if live else "In the news"
    else:
        label = WHB12_LABELS.get(a.kind, "Port news")
    writers = _writers(a)
    shared = ""
    if a.kind == "press":
        meta = f"Issued: {_day_month_year(day)}, 10:00 · For immediate release"
    elif source == PAPER12:
        meta = f"From the {PAPER12} · {_day_month_year(day)}"
        what = "Live coverage" if live else "This article"
        shared = (
            f'<p class="whb-perm"><em>{what} by {" and ".join(t(w) for w in writers)} is reproduced with the permission of the '
            f"{PAPER12}. For official port information, see the port status at the top of this page.</em></p>"
        )
    else:
        meta = f"Issued by the Harbour Master's office · {_numeric_date(day)} {_hhmm(rng.randint(6 * 60, 8 * 60))}"
    figure = ""
    if a.id in WHB12_CAPTIONS:
        figure = (
            f'<figure class="whb-fig"><img src="/uploads/{day.year}/{rng.randint(100, 999)}.jpg" alt=""><figcaption>'
            f"{t(WHB12_CAPTIONS[a.id])} Photo: Wrackstone Harbour Board/{t(rng.choice(FINAL12_PHOTOGRAPHERS))}</figcaption></figure>"
        )
    number, notice = WHB12_NOTICES[a.id]
    ntm = (
        f'<div class="whb-ntm" style="border:2px solid #003a70;padding:12px"><div><b>Notice to Mariners No. {number}</b></div>'
        f"<p>{t(notice)}</p><p>Captain R. Teague-Okoro, Harbour Master</p></div>"
    )
    if live:
        times = _final12_times(a, rng)
        parts = []
        for k, i in enumerate(range(n - 1, -1, -1)):
            parts.append(
                f'<div class="whb-upd"><p class="whb-t"><strong>{times[i]}</strong></p><p>{t(a.paragraphs[i])}</p></div>'
            )
            if k == 2:
                parts.append(ntm)
        body = "".join(parts)
    else:
        blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
        body = _interleave(blocks, {min(1, n - 1): ntm})
    rows = ""
    for name, kind, berth in WHB12_VESSELS:
        eta = _hhmm(rng.randint(5 * 60, 22 * 60))
        state = (
            ("Held at anchor" if "Ferry" not in berth else "Cancelled")
            if closed
            else rng.choice(["Expected", "Alongside", "Sailed"])
        )
        rows += f"<tr><td>{t(name)}</td> <td>{t(kind)}</td> <td>{t(berth)}</td> <td>{eta}</td> <td>{state}</td></tr>"
    after = ""
    if a.kind == "press":
        editors = "".join(f"<li>{t(x)}</li>" for x in WHB12_EDITORS)
        after = (
            f'<div class="whb-notes"><h3>Notes to editors</h3><ol>{editors}</ol></div>'
            '<div class="whb-media"><h3>Media contact</h3><div>Lorcan Tappin, Communications Manager · 01632 960 771 · '
            "media@wrackstoneharbour.example</div></div>"
        )
    high = rng.randint(0, 5 * 60)
    tides = "".join(
        f"<tr><td>{kind}</td> <td>{_hhmm((high + k * 372) % (24 * 60))}</td> <td>{height}m</td></tr>"
        for k, (kind, height) in enumerate([("High", "5.1"), ("Low", "0.9"), ("High", "5.3"), ("Low", "0.7")])
    )
    latest = "".join(
        f'<li><a href="/news/{_slug(o.headline)}">{t(o.headline)}</a> <span>{_numeric_date(o.day)}</span></li>'
        for o in sorted((o for o in ctx.others if o.id in PORT12), key=lambda o: o.published, reverse=True)
    )
    status = closed or "OPEN"
    return (
        _final_head(f"{a.headline} | Wrackstone Harbour Board", lang="en-GB")
        + f'<body class="whb"><div class="whb-status"><b>Port status:</b> {status} · Wind {rng.choice(["SW", "W", "NW"])} '
        + f"{8 if closed else rng.randint(3, 5)} · High water {_hhmm(high)} (5.1m) · Pilotage: "
        + f"{'suspended' if closed else 'available'} · <a>VHF 12</a></div>"
        + '<header class="whb-head"><a class="whb-logo" href="/">Wrackstone Harbour Board</a>'
        + _nav(
            ["Port users", "Cargo & quays", "Ferry terminal", "Marina", "Fishing", "Environment", "Notices to Mariners", "News"],
            "whb-nav",
        )
        + '<a class="whb-login">Port user login</a></header>'
        + f'<div class="whb-cookie" role="dialog"><p>{t(FINAL12_CONSENT[2])}</p><button>Accept</button> <button>Reject</button></div>'
        + _breadcrumbs(["Home", "About the port", "News", label])
        + f'<main class="whb-main"><article><div class="whb-label">{label}</div><h1>{t(a.headline)}</h1>'
        + f'<div class="whb-meta">{meta}</div>'
        + shared
        + figure
        + f'<div class="whb-body">{body}</div>'
        + after
        + '<table class="whb-moves"><caption>Vessel movements today</caption><tr><th>Vessel</th> <th>Type</th> <th>Berth</th> '
        + f"<th>ETA/ETD</th> <th>Status</th></tr>{rows}</table></article>"
        + f'<aside class="whb-side"><section><h2>Tide times</h2><table>{tides}</table><div>Heights above chart datum</div></section>'
        + '<section><h2>Get Notices to Mariners by email</h2><form><input type="email" placeholder="Email address"> <button>'
        + f"Subscribe</button></form></section><section><h2>Latest port news</h2><ul>{latest}</ul></section></aside></main>"
        + '<footer class="whb-foot"><p>Wrackstone Harbour Board, Harbour Office, The Quay, Wrackstone.</p><p>Harbour Radio: VHF '
        + "channel 12 · Emergencies at sea: call the coastguard.</p><p><a>Port byelaws</a> <a>Port marine safety code</a> "
        + f"<a>Privacy</a> <a>Accessibility</a></p><p>© Wrackstone Harbour Board {day.year}</p></footer>"
        + "</body></html>"
    )


ML12_MATCHES = {  # the match centre above a report or a live page: not body
    "P343": ("Pellamoor Rovers", 3, "Kellingdown Town", 0, "Riverside Park", "2,104",
             "Veryan 44', Penhaligon 55', Kemp 85'", "",
             ["Ross Jewell", "Ben Carveth", "Luke Hambly", "Tom Nance", "Aaron Pascoe", "Josh Veryan", "Dan Rowe-Bassett",
              "Sami Penhaligon", "Finn Treloar", "Jack Udall", "Matty Prowse"],
             ["Sid Lawry", "Kyle Ankers", "Jon Bolitho", "Eli Maddock", "Harry Goss", "Nat Chirgwin", "Owen Tippett",
              "Luca Benney", "Ryan Kneebone", "Zak Edyvean", "Charlie Hocking"],
             [("Possession", "58%", "42%"), ("Shots", "17", "6"), ("Shots on target", "8", "2"), ("Corners", "9", "3"),
              ("Yellow cards", "1", "3")]),
    "P340": ("Sallowby Athletic", 2, "Wrackstone Harbour", 1, "Pellamoor Stadium (neutral)", "4,612",
             "Polglase 23', Rosewarne 76'", "Penrose 54'",
             ["Nicky Searle", "Aled Curnow", "Sam Opie", "Jamie Keast", "Liam Hendy", "Dylan Rosewarne", "Rob Tonkin",
              "Ash Kemp-Burrows", "Toby Lander", "Callum Pill", "Rhys Polglase"],
             ["Mark Dunstan", "Jago Ekwueme", "Ben Rablen", "Ewan Stoneman", "Kit Pengelly", "Tobias Hendra", "Joe Mewton",
              "Ryan Gilbert-Oke", "Adam Retallick", "Will Bennetts", "Dom Kitto"],
             [("Possession", "41%", "59%"), ("Shots", "8", "15"), ("Shots on target", "4", "6"), ("Corners", "3", "8"),
              ("Yellow cards", "2", "2")]),
}  # fmt: skip
ML12_MARKS = {"P340": ["Pre-match", "Team news", "KO", "9'", "23'", "41'", "HT", "54'", "70'", "76'", "FT", "Post-match"]}
ML12_LABELS = {"P331": "Club news", "P340": "Live commentary", "P343": "Match report", "P350": "Disciplinary"}
ML12_TABLE = [("1", "Pellamoor Rovers", 38, 81), ("2", "Tallack United", 38, 79), ("3", "Sallowby Athletic", 38, 72),
              ("4", "Wrackstone Harbour", 38, 66), ("5", "Hob's Ferry Rovers", 38, 58), ("6", "Carnwith Albion", 38, 51)]  # fmt: skip
ML12_TICKER = ["Tallack Utd 1-1 Hob's Ferry R", "Carnwith Alb 2-0 Merrivale", "Sallowby Ath 3-2 Wrackstone H",
               "Pellamoor R 3-0 Kellingdown T"]  # fmt: skip


def tpl_league_report(a: Article, ctx: Ctx) -> str:
    """A football league's official website: the results ticker, the masthead with 'Est. 1921' and the official partner,
    the menu, the cookie bar, a label ('Match report', 'Live commentary', 'Club news', 'Disciplinary'), the match centre
    (teams, score, scorers, ground, attendance) with its tabs, 'Report:' line naming the paper or 'Moorcoast League media',
    the short date, 'Player of the Match' between paragraphs, after a match the line-ups table and match stats, after a
    disciplinary item a <p> on appeals, the league table, 'Latest league news' and the footer (none of it body). A live
    page runs newest first, each update after its match minute in a <span>, in a list."""
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    source = _final12_source(a)
    writers = _writers(a)
    match = ML12_MATCHES.get(a.id)
    if source == PAPER12:
        by = f"Report: {' and '.join(t(w) for w in writers)} <span>({PAPER12})</span>"
    else:
        by = "Moorcoast League media"
    centre = ""
    if match:
        home, hs, away, aws, ground, crowd, hsc, asc = match[:8]
        tabs = ["Live", "Line-ups", "Stats"] if live else ["Report", "Line-ups", "Stats", "Highlights"]
        centre = (
            f'<table class="ml-centre"><tr><td class="ml-home">{t(home)}</td> <td class="ml-score">{hs} - {aws}</td> '
            f'<td class="ml-away">{t(away)}</td></tr><tr><td>{t(hsc)}</td> <td>FT</td> <td>{t(asc)}</td></tr></table>'
            f'<div class="ml-venue">{t(ground)} · Attendance: {crowd}</div>'
            f'<ul class="ml-tabs">{"".join(f"<li><a>{x}</a></li>" for x in tabs)}</ul>'
        )
    if live:
        marks = ML12_MARKS[a.id]
        items = "".join(
            f'<li><span class="ml-min">{marks[i]}</span><p>{t(a.paragraphs[i])}</p></li>' for i in range(n - 1, -1, -1)
        )
        body = f'<ol class="ml-live" reversed>{items}</ol>'
    else:
        blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
        inserts: dict[int, str] = {}
        if a.id == "P343":
            inserts[4] = (
                '<div class="ml-potm" style="background:#0b3d2e;color:#fff;padding:10px"><b>Player of the Match</b> '
                "<div>Sami Penhaligon (Pellamoor Rovers)</div><div>Sponsored by Ebbermoor Building Society</div></div>"
            )
        body = _interleave(blocks, inserts)
    after = ""
    if match:
        home, away = match[0], match[2]
        lineup = "".join(
            f"<tr><td>{k + 1}</td> <td>{t(h)}</td> <td>{t(w)}</td></tr>" for k, (h, w) in enumerate(zip(match[8], match[9]))
        )
        stats = "".join(f"<tr><td>{t(h)}</td> <th>{t(s)}</th> <td>{t(w)}</td></tr>" for s, h, w in match[10])
        after = (
            f'<section class="ml-lineups"><h3>Line-ups</h3><table><tr><th></th> <th>{t(home)}</th> <th>{t(away)}</th></tr>'
            f'{lineup}</table></section><section class="ml-stats"><h3>Match stats</h3><table>{stats}</table></section>'
        )
    elif a.kind == "flash":
        after = (
            '<p class="ml-appeal">Clubs may appeal against a decision of the League\'s Disciplinary Commission within 14 days, '
            "under Rule 8.4 of the League's rules.</p>"
        )
    table = "".join(
        f"<tr><td>{pos}</td> <td>{t(club)}</td> <td>{pld}</td> <td>{pts}</td></tr>" for pos, club, pld, pts in ML12_TABLE
    )
    latest = "".join(
        f'<li><a href="/news/{_slug(o.headline)}">{t(o.headline)}</a> <span>{o.day.strftime("%d %b")}</span></li>'
        for o in sorted((o for o in ctx.others if o.id in LEAGUE12), key=lambda o: o.published, reverse=True)
    )
    ticker = "".join(f"<span><b>FT</b> {t(x)}</span> " for x in ML12_TICKER)
    return (
        _final_head(f"{a.headline} - The Moorcoast League", lang="en-GB")
        + f'<body class="ml"><div class="ml-ticker">{ticker}</div>'
        + '<header class="ml-head"><a class="ml-logo" href="/">The Moorcoast League</a> <span>Est. 1921</span>'
        + '<div class="ml-partner">Official partner: Ebbermoor Building Society</div>'
        + _nav(["Fixtures", "Results", "Tables", "Clubs", "League Cup", "Discipline", "Referees", "News"], "ml-nav")
        + "</header>"
        + f'<div class="ml-cookies">{t(FINAL12_CONSENT[3])} <button>Accept</button> <button>Settings</button></div>'
        + f'<main class="ml-main"><article><div class="ml-label">{ML12_LABELS[a.id]}</div>'
        + centre
        + f"<h1>{t(a.headline)}</h1>"
        + f'<div class="ml-by">{by}</div><div class="ml-date">{day.strftime("%a %d %b %Y")}</div>'
        + f'<div class="ml-body">{body}</div>'
        + after
        + '<div class="ml-share">Share <a>X</a> <a>Facebook</a> <a>WhatsApp</a></div></article>'
        + '<aside class="ml-side"><section><h2>League table</h2><table><tr><th>Pos</th> <th>Club</th> <th>P</th> <th>Pts</th></tr>'
        + f"{table}</table><a>Full table</a></section>"
        + f"<section><h2>Latest league news</h2><ul>{latest}</ul></section></aside></main>"
        + '<footer class="ml-foot"><p>The Moorcoast League is affiliated to the Ebbermoor County Football Association.</p>'
        + f"<p><a>Contact the League</a> <a>Safeguarding</a> <a>Privacy</a></p><p>© Moorcoast League {day.year}</p></footer>"
        + "</body></html>"
    )


GAZETTEER12_CORRECTIONS = [  # the amendment notes on The Gazetteer's pages: not body
    "An earlier version of this article misspelled the surname of one of the people quoted. This has been corrected.",
    "An earlier version gave the wrong day of the week for the events described. This has been corrected.",
    "This article was amended to make clear which organisation provided the figures quoted.",
    "A picture caption in an earlier version gave the wrong location. This has been corrected.",
    "The headline of this article was changed after publication to reflect the story more accurately.",
]
GAZETTEER12_SECTIONS = {"wire": "World news", "opinion": "Opinion", "liveblog": "Live", "feature": "The long read"}
GAZETTEER12_COMMENTS = [
    ("pellriverside", "Good to see this covered nationally. The local paper has been on it for months."),
    ("Hester W", "Thank you for correcting the article. It is the reason I still pay for this paper."),
    ("north_of_the_bay", "Has anyone asked what happens to the people who live there while all this goes on?"),
    ("MikeRD", "The correction at the bottom changes less than people on here are claiming."),
]


def tpl_corrections_page(a: Article, ctx: Ctx) -> str:
    """A national daily that shows its amendments: the support bar, the menu, the cookie dialog, the section, the update
    banner above the headline ('This article has been amended'), the byline with role or 'Gazetteer staff and agencies',
    the published and 'Last modified' times, the share row with the comment count, a 'Related:' card between paragraphs,
    after the story an italic <p> with the amendment note ('This article was amended on ...'), the 'Corrections and
    clarifications' box with the readers' editor's address and an open 'Version history', comments, 'Most viewed' and the
    footer (none of it body). A live page runs newest first, each update under its time in a <header>, one of them with an
    'Updated at' note."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    source = _final12_source(a)
    writers = _writers(a)
    section = GAZETTEER12_SECTIONS.get(a.kind, "Ebbermoor")
    correction = GAZETTEER12_CORRECTIONS[int(a.id[1:]) % len(GAZETTEER12_CORRECTIONS)]
    if writers:
        names = " and ".join(f'<a rel="author" href="/profile/{_slug(w)}">{t(w)}</a>' for w in writers)
        by = names + (f' <span class="gz-role">{t(_role(a))}</span>' if _role(a) else "")
        if source == WIRE12:
            by += " <span>for Gimbal</span>"
    else:
        by = "Gazetteer staff and agencies" if source == WIRE12 else "Gazetteer staff"
    times = _final12_times(a, rng) if live else []
    first = int(times[0][:2]) * 60 + int(times[0][3:]) if live else rng.randint(7 * 60, 18 * 60)
    changed = int(times[-1][:2]) * 60 + int(times[-1][3:]) + 4 if live else first + rng.randint(90, 300)
    stamp = f"{day.strftime('%a')} {day.day} {day.strftime('%b %Y')} {_hhmm(first).replace(':', '.')}"
    modified = f"{day.strftime('%a')} {day.day} {day.strftime('%b %Y')} {_hhmm(min(changed, 23 * 60 + 50)).replace(':', '.')}"
    if live:
        parts = []
        for k, i in enumerate(range(n - 1, -1, -1)):
            note = ""
            if k == n // 2:
                note = f'<div class="gz-upd-note">Updated at {times[i].replace(":", ".")}: this post has been amended.</div>'
            parts.append(
                f'<div class="gz-block"><header><time>{times[i].replace(":", ".")}</time></header>{note}'
                f"<p>{t(a.paragraphs[i])}</p></div>"
            )
        body = "".join(parts)
    else:
        blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
        inserts: dict[int, str] = {}
        if n >= 5 and ctx.others:
            other = ctx.others[0]
            inserts[2] = (
                f'<aside class="gz-related"><b>Related:</b> <a href="/{_slug(other.headline)}">{t(other.headline)}</a></aside>'
            )
        body = _interleave(blocks, inserts)
    later = day.toordinal() + (0 if live else 1)
    amended = _day_month_year(date.fromordinal(later))
    versions = "".join(
        f"<li><time>{x}</time> {t(what)}</li>"
        for x, what in [(stamp, "First published"), (modified, "Updated"), (amended, "Correction appended")]
    )
    comments = "".join(
        f"<li><b>{t(name)}</b> <span>{rng.randint(2, 40)} recommendations</span><div>{t(text)}</div></li>"
        for name, text in rng.sample(GAZETTEER12_COMMENTS, 3)
    )
    most = "".join(f"<li><a>{t(o.headline)}</a></li>" for o in ctx.others[1:6])
    return (
        _final_head(f"{a.headline} | The Gazetteer", lang="en-GB")
        + '<body class="gz"><div class="gz-support">Support The Gazetteer: fund independent journalism from £4 a month. '
        + "<a>Support us</a> <a>Sign in</a></div>"
        + '<header class="gz-head"><a class="gz-logo" href="/">The Gazetteer</a>'
        + _nav(["News", "Opinion", "Sport", "Culture", "Lifestyle", "Regions"], "gz-nav")
        + "</header>"
        + f'<div class="gz-cmp" role="dialog"><h2>Your privacy</h2><p>{t(FINAL12_CONSENT[4])}</p><button>Yes, I\'m happy</button> '
        + "<button>Manage my cookies</button></div>"
        + f'<main class="gz-main"><article><div class="gz-section"><a>{section}</a></div>'
        + '<div class="gz-banner" role="note">This article has been amended. See the note at the end.</div>'
        + f"<h1>{t(a.headline)}</h1>"
        + f'<div class="gz-byline">{by}</div>'
        + f'<div class="gz-dates"><span>{stamp}</span> <span>Last modified on {modified}</span></div>'
        + f'<div class="gz-share"><a>Share</a> <a>Gift</a> <a>View comments ({rng.randint(40, 480)})</a></div>'
        + f'<div class="gz-body">{body}</div>'
        + f'<p class="gz-amended"><em>This article was amended on {amended}. {t(correction)}</em></p>'
        + '<section class="gz-corrections"><h2>Corrections and clarifications</h2><div>To contact the readers\' editor about '
        + "this article, email corrections@gazetteer.example. <a>Read our editorial code</a></div>"
        + f"<details open><summary>Version history</summary><ol>{versions}</ol></details></section></article>"
        + f'<section class="gz-comments"><h2>Comments</h2><div>Comments on this piece are premoderated.</div><ol>{comments}</ol>'
        + "<button>Show more comments</button></section>"
        + f'<aside class="gz-most"><h2>Most viewed</h2><ol>{most}</ol></aside></main>'
        + '<footer class="gz-foot"><p><a>About us</a> <a>Complaints and corrections</a> <a>Terms and conditions</a> '
        + f"<a>Privacy policy</a></p><p>© {day.year} Gazetteer News and Media Limited or its affiliated companies.</p></footer>"
        + "</body></html>"
    )


NOTICEWELL12_NOTICES = {  # the statutory notice each story is about, boxed between paragraphs: not body
    "P328": ("Planning", "24/03311/FUL", "EBBERMOOR COUNTY COUNCIL · TOWN AND COUNTRY PLANNING · NOTICE OF DECISION",
             ["Application 24/03311/FUL: onshore substation, underground cable route of 11km and operations and maintenance "
              "base, Sallowby Bank Offshore Wind Farm, land at Sallowby, Kellingdown and Gull Point, Wrackstone.",
              "Notice is hereby given that planning permission was GRANTED, subject to 46 conditions, on 8 July 2025. The "
              "decision notice and conditions may be inspected at County Hall, Pellamoor."],
             "A claim for judicial review must be made within six weeks of the decision."),
    "P338": ("Roads & traffic", "TTRO/25/0412", "THE EBBERMOOR COUNTY COUNCIL (A3095 KELLINGDOWN BYPASS) (TEMPORARY "
             "PROHIBITION OF TRAFFIC) ORDER 2025",
             ["Notice is hereby given that the Council has made an Order prohibiting any vehicle from proceeding on the A3095 "
              "between the Mill Meadow roundabout and the Tallack Road roundabout, Kellingdown.",
              "The Order will apply from 8pm on each Friday to 6am on the following Monday on 8, 15 and 22 August 2025. The "
              "alternative route is via Mill Meadow Road, Fore Street and Tallack Road."],
             "Questions about this order: highways@ebbermoor.example."),
    "P341": ("Licensing", "LIC/25/1187", "LICENSING · NOTICE OF DETERMINATION",
             ["Premises: The Slipway, 4 Merrivale Quay. Application to vary the premises licence to permit the sale of "
              "alcohol and regulated entertainment until 2am on Fridays and Saturdays.",
              "Determination of the Licensing Sub-Committee, 27 October 2025: REFUSED. The existing licence remains in force."],
             "Appeals may be made to the magistrates' court within 21 days of the determination."),
    "P344": ("Council notices", "TRO/26/0007", "EBBERMOOR COUNTY COUNCIL (OFF-STREET PARKING PLACES) (VARIATION OF CHARGES) "
             "ORDER 2026 · NOTICE OF PROPOSALS",
             ["The Council proposes to vary the charges in its car parks in Pellamoor, Wrackstone, Kellingdown, Carnwith, "
              "Tallack and Hob's Ferry, and to introduce evening charges in Pellamoor and Wrackstone.",
              "The draft Order, a map of the car parks and a statement of the Council's reasons may be inspected at any "
              "council library. Objections must be made in writing, stating their grounds."],
             "Respond by 19 January 2026."),
}  # fmt: skip
NOTICEWELL12_NEARBY = [
    ("Probate", "Estate of Mary Joan Tregenza, deceased, late of Carnwith", "PR/25/3390"),
    ("Planning", "Two-storey rear extension, 14 Chapel Row, Tallack", "25/02214/HOU"),
    ("Roads & traffic", "Fore Street, Pellamoor: temporary closure for water main repairs", "TTRO/25/0398"),
    ("Environment", "Permit application: anaerobic digestion plant, Treworden Farm, Kellingdown", "EPR/KB4471"),
]


def tpl_public_notices(a: Article, ctx: Ctx) -> str:
    """A public notices portal that carries news about the notices: the masthead with 'Place a notice', the postcode search,
    the menu of notice types, the cookie bar, breadcrumbs, a label ('Notices news', 'Council announcement', 'Traffic
    order'), the 'Source:' and 'Posted' lines, above the paper's story an italic <p> on where it came from, the statutory
    notice it relates to (type, reference, capitals heading and its <p>s, the response line) between paragraphs, 'Have your
    say', after the story a <p> on how notices work, 'Get notice alerts', 'Notices near ...', 'More notices news' and the
    footer (none of it body)."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    source = _final12_source(a)
    writers = _writers(a)
    category, ref, heading, notice, respond = NOTICEWELL12_NOTICES[a.id]
    if a.kind == "flash":
        label = "Traffic order"
    elif a.kind == "press":
        label = "Council announcement"
    else:
        label = "Notices news"
    above = ""
    if source == PAPER12:
        src = f"Source: {PAPER12} (local democracy reporting) · {' and '.join(t(w) for w in writers)}"
        above = (
            f'<p class="nw-from"><em>Story supplied by the {PAPER12}\'s local democracy reporter. The notice it relates to is '
            "shown below.</em></p>"
        )
    else:
        src = f"Source: {t(source)}"
    box = (
        f'<div class="nw-notice" style="border:1px solid #999;background:#f7f7f2;padding:1em"><table><tr><td>Notice type</td> '
        f"<td>{t(category)}</td></tr><tr><td>Reference</td> <td>{t(ref)}</td></tr><tr><td>Published by</td> <td>Ebbermoor County "
        f"Council</td></tr></table><h3>{t(heading)}</h3>{''.join(f'<p>{t(x)}</p>' for x in notice)}<div><b>{t(respond)}</b>"
        "</div></div>"
    )
    blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
    body = _interleave(blocks, {n // 2 if n >= 4 else n - 1: box})
    town = _split_town(a, rng, FINAL12_TOWNS)
    nearby = "".join(
        f'<li><div class="nw-type">{t(kind)}</div><a>{t(title)}</a><div>Ref: {t(r)} · Published {_numeric_date(day)}</div></li>'
        for kind, title, r in NOTICEWELL12_NEARBY
    )
    more = "".join(
        f'<li><a href="/news/{_slug(o.headline)}">{t(o.headline)}</a></li>'
        for o in sorted((o for o in ctx.others if o.id in NOTICES12), key=lambda o: o.published, reverse=True)
    )
    return (
        _final_head(f"{a.headline} | Noticewell", lang="en-GB")
        + '<body class="nw"><header class="nw-head"><a class="nw-logo" href="/">Noticewell</a> <span>Public notices for '
        + 'Ebbermoor</span> <a class="nw-place">Place a notice</a>'
        + '<form class="nw-search"><input placeholder="Enter a postcode or town"> <button>Find notices</button></form>'
        + _nav(
            ["Planning", "Roads & traffic", "Licensing", "Environment", "Probate & estates", "Council notices", "News"], "nw-nav"
        )
        + "</header>"
        + f'<div class="nw-cookie">{t(FINAL12_CONSENT[5])} <button>OK</button></div>'
        + _breadcrumbs(["Home", "Ebbermoor", category, "News"])
        + f'<main class="nw-main"><article><div class="nw-label">{label}</div><h1>{t(a.headline)}</h1>'
        + f'<div class="nw-src">{src}</div><div class="nw-posted">Posted {_numeric_date(day)}</div>'
        + above
        + f'<div class="nw-body">{body}</div>'
        + f'<div class="nw-say"><h3>Have your say</h3><div>{t(respond)} <a>View the full notice</a></div></div>'
        + '<p class="nw-how">Councils and other public bodies must publish some decisions and proposals as public notices. '
        + "Noticewell publishes them free to read, alongside news about what they mean.</p>"
        + '<form class="nw-alerts"><h3>Get notice alerts</h3><input placeholder="Your postcode"> <input type="email" '
        + 'placeholder="Email"> <button>Create alert</button></form></article>'
        + f'<aside class="nw-side"><section><h2>Notices near {t(town)}</h2><ul>{nearby}</ul></section>'
        + f"<section><h2>More notices news</h2><ul>{more}</ul></section></aside></main>"
        + '<footer class="nw-foot"><p>Noticewell is run by Pennyroyal Media Services Ltd for publishers and public bodies in '
        + f"Ebbermoor.</p><p><a>About</a> <a>Advertise a notice</a> <a>Privacy</a></p><p>© Noticewell {day.year}</p></footer>"
        + "</body></html>"
    )


ELT12_LABELS = {"press": "Trust news", "opinion": "From our Chief Executive"}
ELT12_CATEGORIES = {"P334": "Wellbeing, Breakfast clubs", "P336": "Science, Carnwith Academy", "P337": "Behaviour, Phones",
                    "P349": "Inspections, Kellingdown School"}  # fmt: skip
ELT12_CAPTIONS = {
    "P334": "Breakfast club at one of the six pilot schools in Wrackstone during the spring term.",
    "P336": "Members of the Pellwatch team with their satellite in the physics lab at Carnwith Academy.",
    "P349": "Pupils at Kellingdown School in the new library, which opened in September.",
}
ELT12_SCHOOLS = ["Carnwith Academy", "Kellingdown School", "Wrackstone Primary", "Sallowby Bay Primary", "Pellamoor Park Academy",
                 "Hob's Ferry Primary", "Tallack Community Primary"]  # fmt: skip
ELT12_EVENTS = [("12 Jun", "Trust board meeting (public session)"), ("19 Jun", "Year 6 transition evening, Carnwith Academy"),
                ("3 Jul", "Trust awards evening, Pellamoor")]  # fmt: skip
ELT12_BIO = (
    "Dr Maren Oyelaran-Pike has been Chief Executive of the Ebbermoor Learning Trust since 2022. She taught chemistry for "
    "fourteen years and was headteacher of Pellamoor Park Academy."
)
ELT12_ABOUT = [
    "The Ebbermoor Learning Trust runs 23 primary and secondary schools in Ebbermoor, with about 11,400 pupils and 1,600 staff.",
    "The Trust is a charitable company limited by guarantee. Its schools are funded by the state and free to attend.",
]


def tpl_school_trust(a: Article, ctx: Ctx) -> str:
    """A school trust's news page: the parents' links bar, the closures line, the masthead with its values, the menu (its
    list of schools hidden), the cookie banner, breadcrumbs, a label ('Trust news', 'From our Chief Executive', 'In the
    press'), the date, 'Posted by' and categories list or the chief executive's card, above the paper's story an italic
    <p> saying it is shared with permission, a picture with its caption and consent note, 'Quick links for parents'
    between paragraphs, a pull quote repeating the first sentence of the last paragraph of a column, after it the chief
    executive's bio in a <p>, after a release 'Notes to editors' and media enquiries, the share row, 'Upcoming events',
    'Latest news' and the footer (none of it body)."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    source = _final12_source(a)
    writers = _writers(a)
    label = ELT12_LABELS.get(a.kind, "In the press") if source != PAPER12 else "In the press"
    meta = f'<ul class="elt-meta"><li>{day.day:02d} {day.strftime("%B %Y")}</li>'
    above = ""
    if a.kind == "opinion":
        meta += (
            f'</ul><div class="elt-ceo"><img src="/media/staff/{_slug(writers[0])}.jpg" alt=""><b>{t(writers[0])}</b> '
            "<span>Chief Executive Officer</span></div>"
        )
    else:
        who = "Communications Team" if source != PAPER12 else "Trust website editor"
        meta += f"<li>Posted by {who}</li><li>Categories: {t(ELT12_CATEGORIES[a.id])}</li></ul>"
    if source == PAPER12:
        above = (
            f'<p class="elt-shared"><em>This article by {" and ".join(t(w) for w in writers)} was first published in the '
            f"{PAPER12} and is shared here with permission.</em></p>"
        )
    figure = ""
    if a.id in ELT12_CAPTIONS:
        figure = (
            f'<figure class="elt-fig"><img src="/media/news/{rng.randint(1000, 9999)}.jpg" alt=""><figcaption>'
            f"{t(ELT12_CAPTIONS[a.id])} <span>Photo shared with the consent of pupils and their parents.</span></figcaption>"
            "</figure>"
        )
    blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
    inserts: dict[int, str] = {}
    if n >= 4:
        inserts[1] = (
            '<div class="elt-quick" style="background:#e8f1f8;padding:1em"><h4>Quick links for parents</h4><a>Report an '
            "absence</a> · <a>Free school meals</a> · <a>Uniform</a> · <a>Term dates 2025/26</a></div>"
        )
    if a.kind == "opinion":
        inserts[n // 2] = f'<blockquote class="elt-pull">{t(_first_sentence(a.paragraphs[-1]))}</blockquote>'
    after = ""
    if a.kind == "opinion":
        after = f'<p class="elt-bio">{t(ELT12_BIO)}</p>'
    elif a.kind == "press":
        about = "".join(f"<li>{t(x)}</li>" for x in ELT12_ABOUT)
        after = (
            f'<div class="elt-notes"><h3>Notes to editors</h3><ol>{about}</ol><div>Media enquiries: communications@'
            "ebbermoorlearning.example · 01632 960 318</div></div>"
        )
    schools = "".join(f"<li><a>{t(s)}</a></li>" for s in ELT12_SCHOOLS)
    events = "".join(f"<tr><td>{when}</td> <td>{t(what)}</td></tr>" for when, what in ELT12_EVENTS)
    latest = "".join(
        f'<li><a href="/news/{_slug(o.headline)}">{t(o.headline)}</a> <span>{o.day.day:02d} {o.day.strftime("%B %Y")}</span></li>'
        for o in sorted((o for o in ctx.others if o.id in SCHOOLS12), key=lambda o: o.published, reverse=True)
    )
    return (
        _final_head(f"{a.headline} - Ebbermoor Learning Trust", lang="en-GB")
        + '<body class="elt"><div class="elt-top"><a>Term dates</a> <a>Parent portal</a> <a>Pay for school meals</a> '
        + "<a>Vacancies</a> <a>Contact us</a></div>"
        + '<div class="elt-closures">All Trust schools are open as normal today. <a>Check closures</a></div>'
        + '<header class="elt-head"><a class="elt-logo" href="/">Ebbermoor Learning Trust</a> <span>Curious · Kind · Brave</span>'
        + _nav(["About the Trust", "Our schools", "Parents & carers", "Join us", "Governance", "News & events"], "elt-nav")
        + f'<ul class="elt-schools" hidden>{schools}</ul></header>'
        + f'<div class="elt-cookie" role="dialog"><p>{t(FINAL12_CONSENT[6])}</p><button>Accept all</button> <button>Reject '
        + "non-essential</button></div>"
        + _breadcrumbs(["Home", "News & events", "News", label])
        + f'<main class="elt-main"><article><div class="elt-label">{label}</div><h1>{t(a.headline)}</h1>'
        + meta
        + above
        + figure
        + f'<div class="elt-body">{_interleave(blocks, inserts)}</div>'
        + after
        + '<div class="elt-share">Share this: <a>Facebook</a> <a>X</a> <a>Email</a></div></article>'
        + f'<aside class="elt-side"><section><h2>Upcoming events</h2><table>{events}</table></section>'
        + f"<section><h2>Latest news</h2><ul>{latest}</ul></section></aside></main>"
        + '<footer class="elt-foot"><p>Ebbermoor Learning Trust, Trust House, Quay Road, Pellamoor.</p><p>A charitable company '
        + "limited by guarantee, company number 08123456.</p><p><a>Policies</a> <a>Statutory information</a> <a>Privacy</a> "
        + f"<a>Accessibility</a></p><p>© Ebbermoor Learning Trust {day.year}</p></footer>"
        + "</body></html>"
    )


# ---------------------------------------------------------------------------------------------
# The "final13" split: seven more kinds of site, written after "final12" with chrome wording of their own.

FINAL13_CONSENT = [
    "Tarnwold Airport uses cookies to show you live flight information, to remember your parking searches and, if you "
    "agree, to measure how our website is used.",
    "We use essential cookies to keep members signed in. We would also like to set optional cookies to see which market "
    "reports members read most.",
    "We use some essential cookies to make this website work. We would like to set additional cookies to understand how "
    "you use the website so that we can improve our statistics service.",
    "Counting House and its partners use cookies to personalise content and advertising, to provide social media features "
    "and to analyse our traffic. Choose Accept to agree or Options to see your choices.",
    "The Recorder uses cookies to give you a better experience, to show you adverts that matter to you and to help us "
    "understand how the site is used.",
    "The Pilot uses cookies so that our website works and so that we can see which stories our readers like. Carry on "
    "browsing if you are happy with that.",
    "Marlstone Weekly keeps a few files on your device so that this edition can be read offline and your place is remembered.",
]
FINAL13_CAPTIONS = [
    "The River Quell at Quellham, looking towards the estuary.",
    "Market day on the square in Ravelstone.",
    "The terminal building at Tarnwold Airport, Ketterby Cross.",
    "Fields near Amberfen, with the Quell embankment in the distance.",
    "Stannock from the road over Highfield Moor.",
    "Terraced streets below the old mill chimney in Gorsebeck.",
    "The Guildhall in Mirrowby on a winter afternoon.",
    "Boats on the mud at low tide below Lodden church.",
]
FINAL13_PHOTOGRAPHERS = ["Perpetua Ollerenshaw", "Dashiell Amofah-Reed", "Kerensa Vail", "Ottilie Brackwell-Ng", "Jory Sandiford",
                         "Wilhelmina Osgood"]  # fmt: skip
FINAL13_AGENCIES = ["Quell Valley Pictures", "Tarnlight Images", "Fenedge Photo Agency"]
FINAL13_TOWNS = ["Mirrowby", "Quellham", "Stannock", "Ketterby Cross", "Amberfen", "Gorsebeck", "Ravelstone", "Lodden"]
WIRE13 = "Tenon"
PAPER13 = "Tarnwold Recorder"
AIRPORT13 = frozenset({"P351", "P353", "P360", "P368"})  # the airport's media centre: these only
FARM13 = frozenset({"P354", "P357", "P362", "P372"})  # the growers' co-operative's market news: these only
STATS13 = frozenset({"P355", "P361", "P370"})  # the statistics office's release pages: these only
BUSINESS13 = frozenset({"P358", "P363", "P366", "P371"})  # the business journal: these only
LIVE13_TIMES = {  # a live page's update times, as its reporters filed them
    "P360": ["06:18", "06:35", "06:52", "07:15", "07:41", "08:20", "09:05", "10:58", "12:26", "13:40", "14:15"],
    "P372": ["07:32", "08:10", "08:45", "09:20", "10:05", "12:02", "12:40", "14:00", "15:25", "15:50", "17:30", "18:05"],
}


def _final13_caption(ctx: Ctx) -> tuple[str, str, str]:
    return _caption_from(ctx, FINAL13_CAPTIONS, FINAL13_PHOTOGRAPHERS, FINAL13_AGENCIES)


def _final13_times(article: Article, rng: random.Random) -> list[str]:
    return LIVE13_TIMES.get(article.id) or _final6_times(article, rng)


def _final13_source(a: Article) -> str:
    """Who first published an article of the split: the agency, one of the four organisations, or the paper."""
    if a.kind == "wire":
        return WIRE13
    if a.kind == "press" or not a.byline:
        for ids, name in ((AIRPORT13, "Tarnwold Airport"), (FARM13, "Tarnwold Growers"),
                          (STATS13, "Office for Tarnwold Statistics"), (BUSINESS13, "Tervane Power Systems")):  # fmt: skip
            if a.id in ids:
                return name
    return PAPER13


def _final13_names(a: Article) -> str:
    """The byline's names joined with 'and', escaped."""
    return " and ".join(t(w) for w in _writers(a))


TJA13_DISRUPTED = {"P351": "Runway closed: all flights suspended", "P360": "Air traffic control fault: all flights suspended"}
TJA13_FLIGHTS = [("BW 412", "Corrano", "06:50"), ("SY 208", "Haldervik", "07:10"), ("SY 215", "Corrano", "07:40"),
                 ("BW 630", "Vessenby", "09:25"), ("TA 77", "Marosco", "11:05")]  # fmt: skip
TJA13_FACTS = [("Passengers in 2024", "2.3 million"), ("Destinations served", "38"), ("People working on the airport", "1,900"),
               ("Runway", "2,599 metres"), ("Opened to passengers", "1958")]  # fmt: skip
TJA13_CAPTIONS = {
    "P353": "An aircraft on its final approach to Tarnwold Airport, over the rooftops of Lodden.",
    "P368": "A Brightwing aircraft on stand 6 at Tarnwold Airport.",
}
TJA13_NOTES = [
    "Tarnwold Airport is owned by Tarnwold County Council and Corwen Capital. It handled 2.3 million passengers in 2024.",
    "The airport serves 38 destinations and supports about 1,900 jobs on the airport site.",
    "High-resolution images of the terminal and airfield are available from the media relations team on request.",
]


def tpl_airport_media(a: Article, ctx: Ctx) -> str:
    """A regional airport's media centre: the travel alert bar, the masthead with 'Book parking', the live flight
    information table, the cookie notice, breadcrumbs, a label ('Press release', 'Operational update', 'Airport in the news',
    'Live coverage'), the dotted date or 'Source:' line, the italic <p> saying the paper's report or live coverage is
    reproduced with permission, a picture with its caption, the 'Facts and figures' table between paragraphs, after an
    update the advice <p>s, after a release 'ENDS', 'Notes to editors' and the 24-hour media line, the media centre links,
    'Latest from the media centre', 'Follow us' and the footer (none of it body). A live page runs newest first, each update
    after its time in a <span> of its own."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    source = _final13_source(a)
    disrupted = TJA13_DISRUPTED.get(a.id)
    shared = ""
    if source == PAPER13:
        label = "Live coverage" if live else "Airport in the news"
        meta = f"Source: {PAPER13} · {day.day} {day.strftime('%b %Y')}"
        what = "Live coverage" if live else "This report"
        shared = (
            f'<p class="tja-perm"><em>{what} by {_final13_names(a)} first appeared in the {PAPER13} and is reproduced with '
            "permission. For the latest on your flight, see Live flight information above.</em></p>"
        )
    elif a.kind == "press":
        label = "Press release"
        meta = f"Published {day.day} {day.strftime('%b %Y')} · For immediate release"
    else:
        label = "Operational update"
        meta = f"{day.day:02d}.{day.month:02d}.{day.year} | {_hhmm(rng.randint(9 * 60, 12 * 60))} · Airport Duty Manager"
    figure = ""
    if a.id in TJA13_CAPTIONS:
        figure = (
            f'<figure class="tja-fig"><img src="/media-centre/images/{rng.randint(1000, 9999)}.jpg" alt="">'
            f"<figcaption>{t(TJA13_CAPTIONS[a.id])} <small>© Tarnwold Airport</small></figcaption></figure>"
        )
    facts = "".join(f"<tr><th>{t(k)}</th> <td>{t(v)}</td></tr>" for k, v in TJA13_FACTS)
    facts = f'<table class="tja-facts" style="float:right;width:40%"><caption>Facts and figures</caption>{facts}</table>'
    if live:
        times = _final13_times(a, rng)
        body = "".join(
            f'<div class="tja-upd"><span class="tja-time" style="display:block;font-weight:bold">{times[i]}</span>'
            f"<p>{t(a.paragraphs[i])}</p></div>"
            for i in range(n - 1, -1, -1)
        )
    else:
        blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
        body = _interleave(blocks, {3: facts} if n >= 8 else {})
    after = ""
    if a.kind == "press":
        notes = "".join(f"<li>{t(x)}</li>" for x in TJA13_NOTES)
        after = (
            f'<p class="tja-ends"><b>ENDS</b></p><div class="tja-notes"><h3>Notes to editors</h3><ol>{notes}</ol></div>'
            '<div class="tja-media"><h3>Media relations</h3><div>24-hour media line: 01632 960 455 · '
            "media@tarnwoldairport.example</div><div>Filming and photography on the airport must be arranged in advance.</div></div>"
        )
    elif a.kind == "flash":
        after = (
            '<div class="tja-advice"><p>Flights are operating again, but some delays are likely for the rest of the day. If '
            "your flight has been affected, please contact your airline for the latest information.</p><p>This page was last "
            "updated by the Airport Duty Manager.</p></div>"
        )
    rows = ""
    for flight, to, sched in TJA13_FLIGHTS:
        state = (
            rng.choice(["Cancelled", "Delayed", "Please wait"]) if disrupted else rng.choice(["On time", "Gate 4", "Boarding"])
        )
        rows += f"<tr><td>{flight}</td> <td>{to}</td> <td>{sched}</td> <td>{state}</td></tr>"
    if disrupted:
        alert = f"<b>Travel alert:</b> {t(disrupted)}. Check with your airline before you travel to the airport."
    else:
        alert = "<b>Good to know:</b> The drop-off zone charge is £5 for up to 10 minutes. Blue Badge holders can drop off free."
    latest = "".join(
        f'<li><a href="/media-centre/{_slug(o.headline)}">{t(o.headline)}</a> <span>{o.day.strftime("%d %b %Y")}</span></li>'
        for o in sorted((o for o in ctx.others if o.id in AIRPORT13), key=lambda o: o.published, reverse=True)
    )
    return (
        _final_head(f"{a.headline} | Media centre | Tarnwold Airport", lang="en-GB")
        + f'<body class="tja"><div class="tja-alert" role="alert" style="background:#ffd200;padding:8px">{alert} <a>More</a></div>'
        + '<header class="tja-head"><a class="tja-logo" href="/">Tarnwold Airport</a>'
        + _nav(["Arrivals", "Departures", "Parking", "At the airport", "Destinations", "Business", "Media centre"], "tja-nav")
        + '<a class="tja-book" href="/parking">Book parking</a></header>'
        + '<section class="tja-flights"><h2>Live flight information</h2><table><tr><th>Flight</th> <th>To</th> '
        + f"<th>Scheduled</th> <th>Status</th></tr>{rows}</table><a>All departures</a> <a>All arrivals</a></section>"
        + f'<div class="tja-cookie" style="position:fixed;bottom:0"><p>{t(FINAL13_CONSENT[0])}</p><button>Accept cookies</button> '
        + "<button>Essential only</button></div>"
        + '<div class="tja-crumbs"><a>Home</a> › <a>Corporate</a> › <a>Media centre</a> › <span>News</span></div>'
        + f'<main class="tja-main"><article><div class="tja-label">{label}</div><h1>{t(a.headline)}</h1>'
        + f'<div class="tja-meta">{meta}</div>'
        + shared
        + figure
        + f'<div class="tja-body">{body}</div>'
        + after
        + '<div class="tja-share">Share: <a>X</a> <a>LinkedIn</a> <a>Email</a></div></article>'
        + '<aside class="tja-side"><section><h2>Media centre</h2><ul><li><a>Press releases</a></li><li><a>Image library</a>'
        + "</li><li><a>Filming and photography requests</a></li><li><a>Facts and figures</a></li></ul></section>"
        + f"<section><h2>Latest from the media centre</h2><ul>{latest}</ul></section>"
        + "<section><h2>Follow us</h2><a>X</a> <a>Facebook</a> <a>Instagram</a></section></aside></main>"
        + '<footer class="tja-foot"><p>Tarnwold Airport Ltd, Terminal Building, Ketterby Cross, Tarnwold. Registered company '
        + "no. 0290417.</p><p><a>Accessibility</a> <a>Privacy</a> <a>Conditions of use</a> <a>Careers</a></p>"
        + f"<p>© Tarnwold Airport {day.year}</p></footer>"
        + "</body></html>"
    )


TG13_LABELS = {"flash": "Co-op news", "liveblog": "Show day live"}
TG13_TOPICS = {"P354": "Potatoes", "P357": "Dairy", "P362": "Vegetables", "P372": "Events"}
TG13_PRICES = [("Feed wheat, ex-farm", "£/t", 171.5), ("Milling wheat, delivered", "£/t", 198.0),
               ("Feed barley, ex-farm", "£/t", 152.25), ("Oilseed rape, delivered", "£/t", 386.0),
               ("Potatoes, free-buy", "£/t", 265.0), ("Prime lambs, deadweight", "p/kg", 742.0),
               ("Standard milk, co-op price", "ppl", 43.0)]  # fmt: skip
TG13_COMMENTS = {  # the market desk's comment boxed between paragraphs: not body
    "P354": ("Rain across the county has slowed lifting and drilling alike, and buyers know it. Free-buy potato prices have "
             "moved up strongly, but contracts remain the safer route for most growers next season.",
             "Nia Ruddock-Penn, potatoes and combinable crops"),
    "P357": ("Dairy markets continue to firm, led by butter and cream. We keep our milk price under monthly review and will "
             "always give members at least 30 days' notice of a change.", "Aled Pargeter, head of dairy"),
    "P362": ("Irrigated vegetable crops are holding up well, but dryland cereals on the lighter soils are short of straw and "
             "yield. Talk to the desk before committing any more of this harvest forward.",
             "Nia Ruddock-Penn, potatoes and combinable crops"),
    "P372": ("Show week is usually quiet on the trading floor, and this year is no exception. Wheat has drifted a little on "
             "the size of the harvest abroad, but we see good support at current levels.",
             "Nia Ruddock-Penn, potatoes and combinable crops"),
}  # fmt: skip
TG13_NOTICES = [
    "FOR SALE: 24m trailed sprayer, 2016, 4,000 litre tank, one owner. £18,500 ono. Amberfen.",
    "WANTED: Grass keep for 60 ewes, Ravelstone or Lodden area, from October.",
    "FOR SALE: 400 small bales of meadow hay, stored inside. Stannock.",
    "Contract hedge cutting and ditching, fully insured. Ring Gorsebeck 01632 960 744.",
]
TG13_MEETINGS = [("Tue 7pm", "Grain marketing open evening, Fen Road store"), ("Thu 10am", "Dairy members' forum, Ravelstone"),
                 ("Sat", "Sprayer operator refresher course (NRoSO points)")]  # fmt: skip


def tpl_coop_market(a: Article, ctx: Ctx) -> str:
    """A farmers' co-operative's market news: the members' bar with the grain desk's number, the masthead with its
    strapline, the menu, the cookie notice (fixed at the foot), a label ('Co-op news', 'From the farming pages', 'Show day
    live'), 'Reported by ... for the Tarnwold Recorder' or 'Member communications team', the date and 'Posted in:' line,
    the italic <p> on the Recorder's farming pages, the market desk's comment (a <p> of prose and the trader's name)
    between paragraphs, on a live page the 'Visit us at the show' box, the 'Market prices' table with its changes and note,
    the 'Spray-day forecast' table, 'Members' noticeboard', 'Meetings and events' and the footer (none of it body). A live
    page runs oldest first, each update after its time in bold."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    source = _final13_source(a)
    above = ""
    if source == PAPER13:
        label = TG13_LABELS.get(a.kind, "From the farming pages")
        by = f"Reported by {_final13_names(a)} for the {PAPER13}"
        above = (
            f'<p class="tg-arr"><em>Members can read the {PAPER13}\'s farming pages free with their membership. This report '
            "appears here by arrangement with the paper.</em></p>"
        )
    else:
        label = TG13_LABELS.get(a.kind, "Co-op news")
        by = "Member communications team"
    text, trader = TG13_COMMENTS[a.id]
    comment = (
        '<div class="tg-desk" style="border-left:5px solid #6b8e23;padding:8px 14px;background:#f6f8ef"><h4>Market desk comment'
        f'</h4><p>{t(text)}</p><div class="tg-trader">{t(trader)}</div></div>'
    )
    if live:
        times = _final13_times(a, rng)
        parts = []
        for i, p in enumerate(a.paragraphs):
            parts.append(f'<div class="tg-entry"><b>{times[i]}</b><p>{t(p)}</p></div>')
            if i == 4:
                parts.append(
                    '<div class="tg-stand" style="background:#f3efe2;padding:10px"><b>Visit us at the show</b><div>Find '
                    "Tarnwold Growers on stand 114, next to the machinery ring. Free tea and bacon rolls for members all day."
                    "</div></div>"
                )
            if i == 7:
                parts.append(comment)
        body = "".join(parts)
    else:
        blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
        body = _interleave(blocks, {min(1, n - 1): comment})
    prices = ""
    for name, unit, base in TG13_PRICES:
        change = rng.choice([-2.5, -1.0, -0.5, 0.0, 0.5, 1.25, 2.0, 3.5])
        arrow = "▲" if change > 0 else "▼" if change < 0 else "–"
        prices += f"<tr><td>{t(name)}</td> <td>{unit}</td> <td>{base + change:,.2f}</td> <td>{arrow} {abs(change):.2f}</td></tr>"
    forecast = "".join(
        f"<tr><td>{d}</td> <td>{rng.choice(['SW', 'W', 'NW', 'S'])} {rng.randint(4, 16)}</td> <td>{rng.choice(['0.0', '0.2', '1.4', '4.8'])}</td> "
        f"<td>{rng.choice(['Good', 'Fair', 'Poor'])}</td></tr>"
        for d in ["Today", "Tomorrow", day.strftime("%a"), "Sun"]
    )
    notices = "".join(f"<li>{t(x)}</li>" for x in TG13_NOTICES)
    meetings = "".join(f"<li><b>{t(w)}</b> {t(x)}</li>" for w, x in TG13_MEETINGS)
    return (
        _final_head(f"{a.headline} - Market news - Tarnwold Growers", lang="en-GB")
        + '<body class="tg"><div class="tg-bar"><a>Members\' area login</a> · Grain desk 01632 960 612 · Livestock desk 01632 '
        + "960 618</div>"
        + '<header class="tg-head"><a class="tg-logo" href="/">Tarnwold Growers</a><div class="tg-strap">Farmer-owned since '
        + "1919 · 1,450 members</div>"
        + _nav(
            ["Grain & combinables", "Livestock", "Dairy", "Farm inputs", "Machinery", "Market news", "Become a member"], "tg-nav"
        )
        + "</header>"
        + f'<main class="tg-main"><article><div class="tg-label">{label}</div><h1>{t(a.headline)}</h1>'
        + f'<div class="tg-by">{by}</div><div class="tg-date">{day.day} {day.strftime("%B %Y")} · Posted in: Market news, '
        + f"{TG13_TOPICS[a.id]}</div>"
        + above
        + f'<div class="tg-body">{body}</div>'
        + '<div class="tg-share"><a>Print</a> · <a>Email to a neighbour</a></div></article>'
        + '<aside class="tg-side"><section class="tg-prices"><h2>Market prices</h2><table><tr><th>Commodity</th> <th>Unit</th> '
        + f"<th>Price</th> <th>Change</th></tr>{prices}</table><div>Prices at 12:00 on {_numeric_date(day)}. Indicative only: "
        + "call the grain desk to trade.</div></section>"
        + '<section class="tg-spray"><h2>Spray-day forecast</h2><table><tr><th>Day</th> <th>Wind (mph)</th> <th>Rain (mm)</th> '
        + f"<th>Spraying</th></tr>{forecast}</table></section>"
        + f"<section><h2>Members' noticeboard</h2><ul>{notices}</ul><a>Place a free notice</a></section>"
        + f"<section><h2>Meetings and events</h2><ul>{meetings}</ul></section></aside></main>"
        + f'<div class="tg-cookie" style="position:fixed;bottom:0"><p>{t(FINAL13_CONSENT[1])}</p><button>Accept</button> '
        + "<button>Essential only</button></div>"
        + '<footer class="tg-foot"><p>Tarnwold Growers Ltd is a registered society, no. 4471R. Grain Store, Fen Road, Amberfen.'
        + f"</p><p><a>Contact</a> <a>Terms of trading</a> <a>Privacy</a></p><p>© Tarnwold Growers {day.year}</p></footer>"
        + "</body></html>"
    )


OTS13_RELEASES = {  # the bulletin each item comes from: title, theme, next release, team
    "P355": ("Population estimates for Tarnwold: mid-2024", "People, population and community", "25 June 2026",
             "Population Statistics"),
    "P361": ("Labour market in Tarnwold: October 2025", "Work and earnings", "18 November 2025", "Labour Market Statistics"),
    "P370": ("House price index for Tarnwold: October 2025", "Housing", "21 January 2026", "Housing Statistics"),
}  # fmt: skip
OTS13_POINTS = {  # 'Main points' above the text, restating the figures: not body
    "P355": ["Tarnwold's population was an estimated 912,400 at mid-2024, up 11,300 (1.3%) on a year earlier.",
             "Net migration added an estimated 14,900 people; there were 3,600 more deaths than births.",
             "Mirrowby was the fastest-growing district (up 2.1%); Stannock and the Uplands fell for a third year (down 0.2%)."],
    "P361": ["The unemployment rate for people aged 16 and over was 3.8% in June to August 2025, down 0.5 percentage points "
             "on the year.",
             "The employment rate for people aged 16 to 64 was 76.9%, up 0.6 percentage points.",
             "Average weekly earnings for full-time employees were £684, up 4.6% on the year."],
    "P370": ["The average house price in Tarnwold was £231,600 in October 2025.",
             "Prices fell by 2.3% over the year, the first annual fall since 2012.",
             "Prices fell in five of the six districts; Mirrowby was the only district where they rose (up 0.4%)."],
}  # fmt: skip
OTS13_TABLES = {  # caption, headings and rows of the table between paragraphs: not body
    "P355": ("Table 1: Estimated population by district, mid-2024", ("District", "Population", "Change on year"),
             [("Mirrowby", "248,700", "+2.1%"), ("Quellham and the Estuary", "171,300", "+1.6%"),
              ("Gorsebeck Vale", "142,600", "+1.1%"), ("Ravelstone", "129,500", "+1.0%"), ("Amberfen", "118,900", "+0.9%"),
              ("Stannock and the Uplands", "101,400", "-0.2%"), ("Tarnwold", "912,400", "+1.3%")]),
    "P361": ("Table 1: Headline labour market indicators, Tarnwold, June to August 2025", ("Indicator", "Level", "Change on year"),
             [("Employment rate (16 to 64)", "76.9%", "+0.6pp"), ("Unemployment rate (16 and over)", "3.8%", "-0.5pp"),
              ("Economic inactivity rate (16 to 64)", "21.4%", "+0.2pp"),
              ("Average weekly earnings (full-time)", "£684", "+4.6%")]),
    "P370": ("Table 1: Average house price by district, October 2025", ("District", "Average price", "Change on year"),
             [("Mirrowby", "£268,400", "+0.4%"), ("Ravelstone", "£246,100", "-3.4%"),
              ("Quellham and the Estuary", "£224,900", "-2.9%"), ("Stannock and the Uplands", "£209,800", "-4.0%"),
              ("Amberfen", "£198,300", "-3.1%"), ("Gorsebeck Vale", "£187,200", "-2.6%"), ("Tarnwold", "£231,600", "-2.3%")]),
}  # fmt: skip
OTS13_FIGURES = {  # the chart's title and axis: not body
    "P355": ("Figure 1: Annual population change, Tarnwold, mid-2014 to mid-2024", ["2014", "2016", "2018", "2020", "2022", "2024"]),
    "P361": ("Figure 1: Unemployment rate, Tarnwold, 2008 to 2025", ["2008", "2011", "2014", "2017", "2020", "2023", "2025"]),
    "P370": ("Figure 1: Annual change in average house price, Tarnwold, 2012 to 2025", ["2012", "2015", "2018", "2021", "2025"]),
}  # fmt: skip
OTS13_LABELS = {"press": "News release", "short": "Statistical news", "flash": "Headline figure"}
OTS13_QUALITY = (
    "These are accredited official statistics. They are based on surveys and administrative data, so they are estimates "
    "and are subject to uncertainty. Figures for the latest period may be revised when the next release is published."
)


def tpl_stats_office(a: Article, ctx: Ctx) -> str:
    """A regional statistics office's release page: 'Skip to main content', the masthead with its search box, the menu, the
    cookie banner (a heading and a <p>), breadcrumbs, the 'Accredited official statistics' badge, a label ('News release',
    'Statistical news', 'Headline figure'), the details list (release date, next release, contact, the bulletin), the 'Main
    points' box (bullets restating the figures), a table of figures between paragraphs or after a one-line item, the chart
    with its title, axis years and source, the download links, 'Quality and methodology' (a heading and a <p>), after a
    release 'Notes to editors' and the press office's contact, 'Related statistics', 'Is this page useful?' and the footer
    (none of it body)."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    title, theme, following, team = OTS13_RELEASES[a.id]
    points = "".join(f"<li>{t(x)}</li>" for x in OTS13_POINTS[a.id])
    caption, heads, rows = OTS13_TABLES[a.id]
    head = " ".join(f"<th>{t(h)}</th>" for h in heads)
    cells = "".join("<tr>" + " ".join(f"<td>{t(c)}</td>" for c in row) + "</tr>" for row in rows)
    table = (
        f'<div class="ots-table"><table><caption>{t(caption)}</caption><tr>{head}</tr>{cells}</table>'
        '<div class="ots-source">Source: Office for Tarnwold Statistics</div><div class="ots-dl">Download this table: '
        f"<a>.xlsx ({rng.randint(12, 40)} KB)</a> <a>.csv ({rng.randint(2, 9)} KB)</a></div></div>"
    )
    blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
    body = _interleave(blocks, {min(1, n - 1): table})
    chart_title, years = OTS13_FIGURES[a.id]
    axis = " ".join(f'<span style="display:inline-block;width:60px">{y}</span>' for y in years)
    chart = (
        f'<figure class="ots-chart"><figcaption><b>{t(chart_title)}</b></figcaption><div class="ots-plot" role="img" '
        f'aria-label="{attr(chart_title)}" style="height:240px"></div><div class="ots-axis">{axis}</div>'
        '<div class="ots-chart-src">Source: Office for Tarnwold Statistics</div><a>Download this chart</a></figure>'
    )
    after = ""
    if a.kind == "press":
        after = (
            '<div class="ots-notes"><h2>Notes to editors</h2><ol><li>The Office for Tarnwold Statistics is the independent '
            "statistics body for Tarnwold. It reports to the Tarnwold Assembly, not to ministers.</li><li>Mid-year estimates "
            "refer to the population on 30 June of the year shown.</li></ol><div>Press office: 01632 960 201 · "
            "press@tarnwoldstats.example</div></div>"
        )
    related = "".join(
        f"<li><a>{t(x)}</a></li>"
        for x in [OTS13_RELEASES[o][0] for o in sorted(OTS13_RELEASES) if o != a.id]
        + ["Household projections for Tarnwold: 2022-based", "Gross value added by district: 2023"]
    )
    return (
        _final_head(f"{a.headline} - Office for Tarnwold Statistics", lang="en-GB")
        + '<body class="ots"><a class="ots-skip" href="#main">Skip to main content</a>'
        + '<div class="ots-cookie" role="region"><h2>Cookies on this website</h2>'
        + f"<p>{t(FINAL13_CONSENT[2])}</p><button>Accept additional cookies</button> <button>Reject additional cookies</button></div>"
        + '<header class="ots-head"><a class="ots-logo" href="/">Office for Tarnwold Statistics</a>'
        + '<form class="ots-search"><input placeholder="Search for a keyword or time series ID"> <button>Search</button></form>'
        + _nav(
            ["Economy", "Business and trade", "People and population", "Housing", "Work and earnings", "Health", "Methods"],
            "ots-nav",
        )
        + "</header>"
        + _breadcrumbs(["Home", theme, "Releases"])
        + '<main id="main" class="ots-main"><div class="ots-badge">Accredited official statistics</div>'
        + f'<div class="ots-type">{OTS13_LABELS[a.kind]}</div><h1>{t(a.headline)}</h1>'
        + f'<dl class="ots-meta"><dt>Release date:</dt> <dd>{day.day} {day.strftime("%B %Y")}</dd> <dt>Next release:</dt> '
        + f"<dd>{following}</dd> <dt>Contact:</dt> <dd><a>{team} team</a></dd> <dt>Statistical bulletin:</dt> "
        + f"<dd><a>{t(title)}</a></dd></dl>"
        + '<div class="ots-points" style="background:#eef3f8;border-left:6px solid #206095;padding:12px"><h2>Main points</h2>'
        + f"<ul>{points}</ul></div>"
        + f'<div class="ots-text">{body}</div>'
        + chart
        + f'<section class="ots-quality"><h2>Quality and methodology</h2><p>{t(OTS13_QUALITY)}</p><a>Quality and methodology '
        + "information</a></section>"
        + after
        + f'<section class="ots-related"><h2>Related statistics</h2><ul>{related}</ul></section>'
        + '<div class="ots-useful">Is this page useful? <button>Yes</button> <button>No</button> <a>Report a problem with '
        + "this page</a></div></main>"
        + '<footer class="ots-foot"><p>Office for Tarnwold Statistics, Statistics House, Mirrowby.</p><p><a>Release calendar</a> '
        + "<a>Accessibility</a> <a>Cookies</a> <a>Privacy</a></p><p>All content is available under the Open Government "
        + f"Licence, except where otherwise stated. © Office for Tarnwold Statistics {day.year}</p></footer>"
        + "</body></html>"
    )


CH13_NAV = ["News", "Property", "Manufacturing", "Energy", "Retail", "Finance", "Tech", "People on the move", "Events", "Awards"]
CH13_SECTORS = {"P358": "International", "P363": "Company announcements", "P366": "Food and drink", "P371": "Manufacturing"}
CH13_MOVES = [  # 'People on the move': appointments beside the story, not body
    ("Rhian Faulkner-Oduro", "Finance director, Skelthorpe Ales", "Joins from a Mirrowby accountancy firm, where she was a "
     "partner for eight years."),
    ("Marcus Penberthy-Bose", "Managing partner, Quell & Mossop", "Takes over from the firm's founder, who retires after 31 "
     "years in the role."),
    ("Dr Amira Holcombe", "Head of innovation, Tarnwold Airport", "Previously led the University of Mirrowby's engineering "
     "partnerships team."),
    ("Benedict Achterlonie", "Chair, Tarnwold Chamber of Trade", "A former mill manager in Gorsebeck, he has sat on the "
     "chamber's board since 2019."),
    ("Sian Wetherall-Kumar", "Chief operating officer, Tervane Power Systems", "Joins from a battery maker in Oskeland, where "
     "she ran its largest plant."),
]  # fmt: skip
CH13_EVENTS = [("14 Nov", "Property Breakfast", "Mirrowby"), ("27 Nov", "Manufacturing Forum", "Gorsebeck"),
               ("4 Dec", "Counting House Awards 2025", "The Guildhall, Mirrowby")]  # fmt: skip
CH13_ABOUT = (
    "Tervane Power Systems designs and makes battery storage for homes, farms and small businesses. Founded in Mirrowby in "
    "2018, it employs more than 450 people."
)


def tpl_business_journal(a: Article, ctx: Ctx) -> str:
    """A regional business journal: the markets strip, the masthead with 'Subscribe from £1', the menu, the cookie dialog, a
    sector label, 'Written by' with role or the agency's name, the date with the time, above a release an italic <p> saying
    the company supplied it, a picture with its credit, 'Related:' and the awards promotion between paragraphs, after a
    release 'About ...' and the media contact in <p>s, after agency copy the agency's copyright in a <p>, the tags, 'People
    on the move' (names, new roles and a sentence on each), 'Deal of the week', 'Most read', 'Events' and the newsletter box
    and the footer (none of it body)."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    source = _final13_source(a)
    if a.kind == "wire":
        by = f"{_final13_names(a) + ', ' if a.byline else ''}{WIRE13}"
    elif a.kind == "press":
        by = f"Company announcement: {t(source)}"
    else:
        role = _role(a)
        by = f"Written by {_final13_names(a)}" + (f" · <span>{t(role)}</span>" if role else "")
    stamp = f"{day.strftime('%a')} {day.day} {day.strftime('%b %Y')}, {_hhmm(rng.choice([6 * 60 + 30, 7 * 60, 11 * 60 + 15, 15 * 60 + 40]))}"
    above = ""
    if a.kind == "press":
        above = (
            f'<p class="ch-supplied"><i>This announcement was supplied by {t(source)}. It has not been written or edited by '
            "Counting House journalists.</i></p>"
        )
    blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
    inserts: dict[int, str] = {}
    if n >= 4:
        caption, photographer, agency = _final13_caption(ctx)
        inserts[0] = (
            f'<figure class="ch-fig"><img src="/images/{rng.randint(10000, 99999)}.jpg" alt="{attr(caption)}"><figcaption>'
            f"{t(caption)} <span>Photo: {t(photographer)}/{t(agency)}</span></figcaption></figure>"
        )
        rel = next(o for o in ctx.others if o.id in BUSINESS13)
        inserts[2] = f'<div class="ch-related"><b>Related:</b> <a href="/news/{_slug(rel.headline)}">{t(rel.headline)}</a></div>'
    if n >= 8:
        inserts[n // 2 + 1] = (
            '<div class="ch-promo" style="background:#111;color:#fff;padding:14px">Counting House Awards 2025: entries close '
            "on Friday. <a>Enter your business now</a></div>"
        )
    after = ""
    if a.kind == "press":
        after = (
            f'<p class="ch-about"><b>About {t(source)}:</b> {t(CH13_ABOUT)}</p>'
            '<p class="ch-contact">Media contact: Leona Fairweather-Pope, Tervane Power Systems · press@tervanepower.example</p>'
        )
    elif a.kind == "wire":
        after = f'<p class="ch-wire">© {WIRE13} {day.year}. All rights reserved. Republished by Counting House under licence.</p>'
    moves = "".join(
        f'<li><img src="/people/{_slug(name)}.jpg" alt=""><b>{t(name)}</b><div>{t(role)}</div><div class="ch-move">{t(line)}</div></li>'
        for name, role, line in rng.sample(CH13_MOVES, 4)
    )
    most = "".join(f"<li><a>{t(o.headline)}</a></li>" for o in ctx.others[:5])
    events = "".join(f"<tr><td>{d}</td> <td>{t(x)}</td> <td>{t(w)}</td></tr>" for d, x, w in CH13_EVENTS)
    tags = ["Tarnwold", CH13_SECTORS[a.id]] + [town for town in _towns_in(a, FINAL13_TOWNS)[:2]]
    return (
        _final_head(f"{a.headline} | Counting House", lang="en-GB")
        + '<body class="ch"><div class="ch-markets" style="background:#0d1b2a;color:#fff;font-size:12px">TARN 50 '
        + f"{4812.31 + rng.randint(-40, 40):,.2f} <span>{rng.choice(['▲', '▼'])}{rng.randint(1, 80) / 100:.2f}%</span> · £/$ 1.2710 · "
        + "£/€ 1.1720 · Brent $78.40 · Base rate 4.25%</div>"
        + '<header class="ch-head"><a class="ch-logo" href="/">Counting House</a> <span class="ch-tag">Business news for '
        + 'Tarnwold</span> <a class="ch-sub">Subscribe from £1</a> <a>Sign in</a>'
        + _nav(CH13_NAV, "ch-nav")
        + "</header>"
        + f'<div class="ch-consent" role="dialog"><p>{t(FINAL13_CONSENT[3])}</p><button>Accept</button> <button>Options</button></div>'
        + f'<main class="ch-main"><article><div class="ch-sector">{t(CH13_SECTORS[a.id])}</div><h1>{t(a.headline)}</h1>'
        + f'<table class="ch-byline"><tr><td>{by}</td> <td>{stamp}</td></tr></table>'
        + above
        + f'<div class="ch-body">{_interleave(blocks, inserts)}</div>'
        + after
        + '<ul class="ch-tags">'
        + "".join(f"<li><a>{t(x)}</a></li>" for x in tags)
        + "</ul>"
        + '<div class="ch-share">Share <a>LinkedIn</a> <a>X</a> <a>Email</a></div></article>'
        + f'<aside class="ch-side"><section class="ch-moves"><h2>People on the move</h2><ul>{moves}</ul><a>Send us your '
        + "appointment</a></section>"
        + '<section class="ch-deal"><h2>Deal of the week</h2><div>Quellside Logistics has bought the Ravelstone haulier '
        + "Ormsgill Brothers for an undisclosed sum, adding 84 lorries to its fleet.</div></section>"
        + f"<section><h2>Most read</h2><ol>{most}</ol></section>"
        + f"<section><h2>Events</h2><table>{events}</table></section>"
        + '<section class="ch-news"><h2>The Counting House Daily</h2><div>The business stories that matter in Tarnwold, '
        + 'every weekday at 6am.</div><input type="email" placeholder="Work email"> <button>Sign up</button></section></aside></main>'
        + '<footer class="ch-foot"><p>Counting House is published by Countwise Media Ltd, Mirrowby.</p><p><a>About</a> '
        + f"<a>Advertise</a> <a>Contact</a> <a>Privacy</a></p><p>© Countwise Media {day.year}</p></footer>"
        + "</body></html>"
    )


SEEKWELL13_STOP = {"after", "again", "their", "there", "which", "while", "about", "would", "still", "every", "years"}
RECORDER13_SECTIONS = {"opinion": "Opinion", "feature": "Features", "liveblog": "Live", "wire": "World", "press": "Press releases",
                       "flash": "Breaking"}  # fmt: skip
RECORDER13_LINKS = ["News", "Sport", "Business", "Farming", "What's On", "Opinion", "Announcements", "Jobs", "Motors"]


def _search_terms(a: Article) -> list[str]:
    """The two longest words of the headline that the story also uses: what the searcher typed."""
    words = re.findall(r"[A-Za-z]{5,}", a.headline)
    body = " ".join(a.paragraphs).lower()
    found = [w for w in dict.fromkeys(words) if w.lower() not in SEEKWELL13_STOP and re.search(rf"\b{w.lower()}\b", body)]
    return sorted(found, key=len, reverse=True)[:2]


def _highlight13(text: str, terms: list[str]) -> str:
    """A paragraph, escaped, with the search terms in yellow, as a search engine's cache marks them."""
    body = t(text)
    for term in terms:
        body = re.sub(
            rf"\b{term}\b",
            lambda m: f'<b style="color:black;background-color:#ffff66">{m.group(0)}</b>',
            body,
            flags=re.I,
        )
    return body


def tpl_search_cache(a: Article, ctx: Ctx) -> str:
    """A search engine's cached copy of a local paper's page: the engine's banner (the address, the snapshot time, 'The
    current page could have changed', 'Full version', 'Text-only version', 'View source', the find tip and 'These search terms
    are highlighted:'), then the cached page: the paper's date line, masthead, menu and breaking bar, its cookie strip, the
    section, the byline table with 'Posted:' and 'Updated:', a picture and caption, an advert and a 'RELATED:' <p> between
    paragraphs, after a release an italic <p> saying it is published unedited, after agency copy its copyright, the tags,
    comments, 'More from the Recorder' and the footer (none of it body). The search terms are marked in yellow inside
    paragraphs: the marked text is body. A live page runs newest first, each update after its time in a <time>."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    source = _final13_source(a)
    terms = _search_terms(a)
    url = f"https://www.tarnwoldrecorder.example/news/{_slug(a.headline)}"
    snap = date.fromordinal(day.toordinal() + rng.randint(1, 6))
    clock = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    marked = " ".join(f'<b style="color:black;background-color:#ffff66">{t(x.lower())}</b>' for x in terms)
    banner = (
        '<div id="seekwell-cache" style="background:#f5f5f5;border-bottom:1px solid #ccc;font:13px arial;padding:8px">'
        f'<div>This is Seekwell\'s cache of <a href="{url}">{url}</a>. It is a snapshot of the page as it appeared on '
        f"{snap.day} {snap.strftime('%b %Y')} {clock} GMT.</div><div>The current page could have changed in the meantime. "
        "<a>Learn more</a>.</div><div><a>Full version</a> <a>Text-only version</a> <a>View source</a></div>"
        "<div>Tip: To quickly find your search term on this page, press Ctrl+F or ⌘-F (Mac) and use the find bar.</div>"
        + (f"<div>These search terms are highlighted: {marked}</div>" if terms else "")
        + "</div>"
    )
    if a.id in FARM13:
        section = "Farming"
    elif a.id in BUSINESS13 and a.kind != "wire":
        section = "Business"
    else:
        section = RECORDER13_SECTIONS.get(a.kind, "News")
    if a.kind == "press":
        who = f"Press release: {t(source)}"
    elif a.byline:
        role = _role(a)
        who = f"By <a>{_final13_names(a)}</a>" + (f"<br>{t(role)}" if role else "")
    else:
        who = "Tenon" if source == WIRE13 else "Recorder reporter"
    hour = rng.randint(7, 20)
    posted = f"{day.strftime('%A')}, {_us_date(day)} {(hour - 1) % 12 + 1}:{rng.choice(['02', '18', '34', '51'])} {'AM' if hour < 12 else 'PM'}"
    if live:
        times = _final13_times(a, rng)
        items = "".join(
            f'<li class="rc-entry"><time datetime="{a.published}T{times[i]}">{times[i]}</time> <p>{_highlight13(a.paragraphs[i], terms)}</p></li>'
            for i in range(n - 1, -1, -1)
        )
        body = f'<ul class="rc-live" style="list-style:none">{items}</ul>'
    else:
        blocks = [f"<p>{_highlight13(p, terms)}</p>" for p in a.paragraphs]
        inserts: dict[int, str] = {}
        if n >= 4:
            caption, photographer, _agency = _final13_caption(ctx)
            inserts[0] = (
                f'<div class="rc-pic"><img src="https://www.tarnwoldrecorder.example/img/{rng.randint(100000, 999999)}.jpg" '
                f'alt="{attr(caption)}"><div class="rc-cap">{t(caption)} Picture: {t(photographer)}</div></div>'
            )
            inserts[2] = '<div class="rc-ad">Advertisement</div>'
        if n >= 6:
            rel = ctx.others[0]
            inserts[n // 2 + 1] = f'<p class="rc-rel"><strong>RELATED:</strong> <a>{t(rel.headline)}</a></p>'
        body = _interleave(blocks, inserts)
    after = ""
    if a.kind == "press":
        after = f'<p class="rc-pr"><i>This is a press release from {t(source)}. It is published unedited.</i></p>'
    elif a.kind == "wire":
        after = f'<div class="rc-copy">Copyright © {day.year} {WIRE13}. All rights reserved.</div>'
    comments = "".join(
        f'<div class="rc-c"><b>{t(name)}</b> <span>{rng.randint(2, 40)} likes</span><div>{t(text)}</div></div>'
        for name, text in ctx.comments[:3]
    )
    more = "".join(
        f'<li><a href="/news/{_slug(o.headline)}">{t(o.headline)}</a><div>{t(_card_snippet(o, 110))}</div></li>'
        for o in ctx.others[1:5]
    )
    nav = " | ".join(f"<a>{t(x)}</a>" for x in RECORDER13_LINKS)
    tags = _towns_in(a, FINAL13_TOWNS)[:3] or ["Tarnwold"]
    return (
        _final_head(f"{a.headline} | Tarnwold Recorder", lang="en-GB")
        + "<body>"
        + banner
        + '<div style="position:relative"><div class="rc-top">'
        + f"{day.strftime('%A')}, {day.day} {day.strftime('%B %Y')} · <a>Subscribe</a> · <a>Log in</a></div>"
        + '<div class="rc-mast"><a href="/"><span style="font-size:40px">Tarnwold Recorder</span></a><div>Serving Tarnwold since '
        + f'1871</div></div><div class="rc-nav">{nav}</div>'
        + f'<div class="rc-breaking"><b>BREAKING</b> <a>{t(ctx.others[-1].headline)}</a></div>'
        + f'<div class="rc-cookie">{t(FINAL13_CONSENT[4])} <a>OK</a></div>'
        + f'<div class="rc-story"><div class="rc-section">{section}</div><h1>{t(a.headline)}</h1>'
        + f'<table class="rc-byline"><tr><td>{who}</td> <td>Posted: {posted}'
        + (f"<br>Updated: {rng.randint(1, 5)} hours later" if n > 2 else "")
        + "</td></tr></table>"
        + '<div class="rc-share"><a>Facebook</a> <a>X</a> <a>Email</a> <a>Print</a></div>'
        + f'<div class="rc-body">{body}</div>'
        + after
        + '<div class="rc-tags">Tags: '
        + ", ".join(f"<a>{t(x)}</a>" for x in tags)
        + "</div></div>"
        + f'<div class="rc-comments"><h3>Join the conversation</h3><div>{rng.randint(4, 60)} comments</div>{comments}</div>'
        + f'<div class="rc-more"><h3>More from the Recorder</h3><ul>{more}</ul></div>'
        + '<div class="rc-foot"><a>Contact us</a> | <a>Advertise</a> | <a>Terms</a> | <a>Privacy</a><div>© Tarnwold Recorder Ltd, '
        + "Recorder House, Bridge Street, Mirrowby.</div></div></div>"
        + "</body></html>"
    )


PILOT13_LETTERS = [  # the letters on the story page: prose, not body
    ("We have been here before", ["I read your {what}, \"{h}\", with a weary sense of recognition. Every few years something "
     "like this happens in Tarnwold, and every few years we are promised that lessons will be learned.", "I would simply ask "
     "which lessons, and who exactly is learning them. Perhaps the Pilot could return to the subject in a year and tell us."],
     "Margaret Tindall-Shaw", "Quellham"),
    ("A word for the people doing the work", ["Amid all the argument in last week's Pilot, it is worth remembering the people "
     "who actually keep things running in this county, usually for very little thanks and not much more pay.", "I have lived "
     "in Tarnwold for 52 years and I have never known them to let us down. The same cannot be said of those in charge."],
     "Roy Ashburner", "Lodden"),
    ("Where is the money coming from?", ["Your {what} (\"{h}\") gives a great many figures but does not answer the only "
     "question most readers will ask: who is paying?", "If the answer is the council tax payer, as it usually is, then we "
     "deserve to be asked before the money is spent rather than told afterwards."], "Derek Swindlehurst", "Ravelstone"),
    ("Not the whole picture", ["As someone who has worked in this field for most of my career, I must take issue with the "
     "impression left by your {what}. The situation is more complicated than a single story can show.", "I would be happy to "
     "show your reporter what I mean, and I hope the Pilot will give the other side a fair hearing."], "Dr Elaine Moxham",
     "Stannock"),
    ("Thank you, Pilot", ["Thank you for \"{h}\". It is exactly the kind of story that a local paper exists to tell, and that "
     "nobody else would have told.", "My late husband read the Pilot every Thursday for sixty years. I think he would have "
     "cut this one out and kept it."], "Joan Pilkington", "Gorsebeck"),
]  # fmt: skip
PILOT13_SECTIONS = {"opinion": "Comment", "feature": "Features"}


def tpl_letters_page(a: Article, ctx: Ctx) -> str:
    """A weekly paper's story page with its readers' letters: the date and weather strip, the masthead with its founding
    year, day and price, the menu, 'Subscribe to the print edition', the cookie line, the section, 'Reporter:' or 'Comment
    by' line with a portrait, the ordinal date, a picture with 'Picture:' credit, a 'READ MORE:' line between paragraphs,
    after a column the note on whose views these are in a <p>, the share row, 'Your letters' (each letter a heading, two
    <p>s of prose and the writer's name and town in a <p>, the first marked 'Letter of the week'), 'Write to the Pilot' (two
    <p>s on the rules and the address), 'Most read' and the footer (none of it body)."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    section = PILOT13_SECTIONS.get(a.kind, "News")
    suffix = "th" if 10 <= day.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
    when = f"{day.strftime('%A')}, {day.day}{suffix} {day.strftime('%B %Y')}"
    names = _final13_names(a)
    if a.kind == "opinion":
        by = f'<div class="pl-by"><img src="/img/columnists/{_slug(_writers(a)[0])}.jpg" alt="">Comment by {names}</div>'
    elif names:
        by = f'<div class="pl-by">Reporter: {names}</div>'
    else:
        by = '<div class="pl-by">Pilot newsdesk</div>'
    blocks = [f"<p>{t(p)}</p>" for p in a.paragraphs]
    inserts: dict[int, str] = {}
    if n >= 5:
        caption, photographer, _agency = _final13_caption(ctx)
        inserts[0] = (
            f'<figure class="pl-fig"><img src="/img/{rng.randint(10000, 99999)}.jpg" alt=""><figcaption>{t(caption)} '
            f"<em>Picture: {t(photographer)}</em></figcaption></figure>"
        )
    if n >= 4:
        inserts[n // 2] = (
            f'<div class="pl-more"><strong>READ MORE:</strong> <a href="/news/{_slug(ctx.others[0].headline)}">'
            f"{t(ctx.others[0].headline)}</a></div>"
        )
    after = ""
    if a.kind == "opinion":
        after = (
            '<p class="pl-views">The views expressed in this column are the writer\'s own and are not necessarily those of '
            "the Quellham Pilot.</p>"
        )
    what = {"opinion": "column", "feature": "feature"}.get(a.kind, "report")
    letters = ""
    for k, (head, paras, who, town) in enumerate(rng.sample(PILOT13_LETTERS, 3)):
        mark = '<div class="pl-lotw">Letter of the week</div>' if k == 0 else ""
        text = "".join(f"<p>{t(p.format(h=a.headline, what=what))}</p>" for p in paras)
        letters += f'<div class="pl-letter">{mark}<h3>{t(head)}</h3>{text}<p class="pl-sig"><b>{t(who)}</b>, {t(town)}</p></div>'
    most = "".join(f"<li><a>{t(o.headline)}</a></li>" for o in ctx.others[1:6])
    return (
        _final_head(f"{a.headline} | Quellham Pilot", lang="en-GB")
        + f'<body class="pl"><div class="pl-strip">{when} · Quellham {rng.randint(3, 19)}°C · <a>Sign in</a></div>'
        + '<header class="pl-head"><a class="pl-logo" href="/">The Quellham Pilot</a><div class="pl-est">Est. 1854 · Out every '
        + "Thursday · 95p</div>"
        + _nav(["News", "Sport", "Estuary life", "Comment", "Letters", "Nostalgia", "Announcements", "Contact"], "pl-nav")
        + '<a class="pl-print">Subscribe to the print edition</a></header>'
        + f'<div class="pl-cookie">{t(FINAL13_CONSENT[5])} <button>OK</button></div>'
        + f'<main class="pl-main"><article><div class="pl-section">{section}</div><h1>{t(a.headline)}</h1>'
        + by
        + f'<div class="pl-date">Published {when}</div>'
        + f'<div class="pl-body">{_interleave(blocks, inserts)}</div>'
        + after
        + '<div class="pl-share">Share this story <a>Facebook</a> <a>X</a> <a>Email</a></div></article>'
        + f'<section class="pl-letters"><h2>Your letters</h2>{letters}</section>'
        + '<section class="pl-write"><h3>Write to the Pilot</h3><p>Letters should be no longer than 300 words and must include '
        + "your full name and address, although we can withhold the address on request. We may shorten letters.</p><p>Email "
        + "letters@quellhampilot.example or write to The Editor, The Quellham Pilot, 9 Wharf Street, Quellham.</p></section>"
        + f'<aside class="pl-most"><h2>Most read</h2><ol>{most}</ol></aside></main>'
        + '<footer class="pl-foot"><p>The Quellham Pilot is published by Estuary Newspapers Ltd and printed in Mirrowby.</p>'
        + f"<p><a>Contact</a> <a>Advertise</a> <a>Privacy</a></p><p>© Estuary Newspapers {day.year}</p></footer>"
        + "</body></html>"
    )


MARLSTONE13_SECTIONS = {"flash": "In brief", "wire": "World in brief", "opinion": "Argument", "feature": "Long read",
                        "liveblog": "As it happened", "press": "Announcements"}  # fmt: skip


def tpl_tablet_edition(a: Article, ctx: Ctx) -> str:
    """A news weekly's tablet edition exported to the web: the reader's top bar ('‹ Library', the issue line, 'Contents',
    'Aa'), the cookie note, the page counter, the section kicker, 'Words ... · Pictures ...' or 'Supplied by' line, a picture
    with 'Tap to enlarge', the drop cap (inline: the first letter of the first paragraph in a <span>), the folio between the
    two columns, a pull quote repeating the first sentence of a paragraph of the first column, the end mark, 'Next in this issue' with its
    headline and first sentence, 'Swipe for the next article', the page links and the footer (none of it body). A live page
    ('As it happened') runs oldest first, each update after its time in a <div>."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    source = _final13_source(a)
    issue = 400 + (day - date(2025, 1, 4)).days // 7
    page = 2 * rng.randint(3, 40)
    caption, photographer, _agency = _final13_caption(ctx)
    if a.kind == "press":
        credits = f"Supplied by {t(source)}"
    elif a.kind == "wire":
        credits = f"Words {_final13_names(a) + ', ' if a.byline else ''}{WIRE13}"
    elif a.byline:
        credits = f"Words {_final13_names(a)} · Pictures {t(photographer)}"
    else:
        credits = "Words Marlstone Weekly staff"
    if live:
        times = _final13_times(a, rng)
        body = "".join(
            f'<div class="tb-live"><div class="tb-t">{times[i]}</div><p>{t(p)}</p></div>' for i, p in enumerate(a.paragraphs)
        )
    else:
        first = a.paragraphs[0]
        if first[:1].isalpha():
            opening = f'<p><span class="tb-drop" style="float:left;font-size:3.4em;line-height:0.8">{t(first[0])}</span>{t(first[1:])}</p>'
        else:
            opening = f"<p>{t(first)}</p>"
        blocks = [opening] + [f"<p>{t(p)}</p>" for p in a.paragraphs[1:]]
        half = (n + 1) // 2
        second = blocks[half:]
        if n >= 6:
            quote = _first_sentence(a.paragraphs[half - 2])
            second = second[:2] + [f'<blockquote class="tb-pull">{t(quote)}</blockquote>'] + second[2:]
        body = f'<div class="tb-col">{"".join(blocks[:half])}</div>'
        if second:
            body += f'<div class="tb-folio">{page + 1}</div><div class="tb-col">{"".join(second)}</div>'
    figure = ""
    if n >= 3:
        figure = (
            f'<figure class="tb-fig"><img src="/edition/{issue}/p{page}-{rng.randint(1, 9)}.jpg" alt=""><figcaption>{t(caption)} '
            "<span>Tap to enlarge</span></figcaption></figure>"
        )
    nxt = ctx.others[0]
    return (
        _final_head(f"{a.headline} · Marlstone Weekly · Issue {issue}", lang="en-GB")
        + '<body class="tb"><div class="tb-bar"><a>‹ Library</a> <span>Marlstone Weekly · Issue '
        + f"{issue} · {day.day} {day.strftime('%B %Y')}</span> <a>Contents</a> <a>Aa</a> <a>Share</a></div>"
        + f'<div class="tb-cookie">{t(FINAL13_CONSENT[6])} <button>Got it</button></div>'
        + f'<div class="tb-pages">Pages {page}–{page + 1} of 96</div>'
        + f'<article class="tb-spread"><div class="tb-kicker">{MARLSTONE13_SECTIONS.get(a.kind, "Tarnwold")}</div>'
        + f"<h1>{t(a.headline)}</h1>"
        + f'<div class="tb-credits">{credits}</div>'
        + figure
        + f'<div class="tb-cols">{body}</div><div class="tb-end">■</div></article>'
        + f'<div class="tb-next"><div>Next in this issue</div><h2>{t(nxt.headline)}</h2><div>{t(_card_snippet(nxt, 130))}</div>'
        + "<div>Swipe for the next article ›</div></div>"
        + f'<div class="tb-pager"><a>‹ Previous</a> <span>{page}</span> <a>Next ›</a></div>'
        + '<footer class="tb-foot"><div>Subscriber edition · <a>Sign out</a> · <a>Download this issue (214 MB)</a></div>'
        + f"<div>© Marlstone Media {day.year}. Not to be shared outside your household.</div></footer>"
        + "</body></html>"
    )


FINAL14_CONSENT = [
    "The Vantry Times and our partners use cookies and similar technologies to run this site, to measure how it is used and, "
    "with your permission, to personalise the advertising you see. You can change your choices at any time in Privacy settings.",
    "We and our 214 partners store and access information on your device, such as cookies, and "
    "process personal data, such as unique identifiers, for personalised advertising and content, measurement and audience "
    "research.",
    "Outrider uses a small number of cookies to keep you signed in and to understand which stories people read. We never sell "
    "your data.",
    "We would like to use optional cookies to understand how you use VBS News and to improve our services. We will not set "
    "optional cookies unless you agree.",
    'By clicking "Accept All Cookies", you agree to the storing of cookies on your device to enhance site navigation, analyse '
    "site usage and assist in our marketing efforts.",
    "We and our partners use cookies to give you the best experience, to show you relevant ads and to measure how our content "
    "performs. Tap Accept & continue to agree.",
    "The Mercantile uses cookies to give you a better experience, to analyse how our site is used and to show you adverts that "
    "are relevant to you.",
]
FINAL14_CAPTIONS = [
    "Trams at Market Cross in Stellbridge city centre.",
    "The seafront at Tansey Bridge, looking towards Corveth Head.",
    "The Guildhall in Stellbridge, where the city council meets.",
    "Terraced houses on the hill above Wickhollow.",
    "The high street in Skelbury on a weekday morning.",
    "Kilgarrow Fell from the valley road.",
    "Cranes at North Quay in Stellbridge Port.",
    "The old railway line at Ullerford, now a footpath.",
]
FINAL14_PHOTOGRAPHERS = ["Leofric Ashurst", "Ptolemy Bellweather", "Kwasi Odum", "Tancredi Ollivant", "Aurelie Mbatha-Crisp"]
FINAL14_AGENCIES = ["Vantry Picture Service", "Stellbridge Photo Agency", "Coastlight Images"]
FINAL14_TOWNS = ["Stellbridge", "Ullerford", "Skelbury", "Tansey Bridge", "Wickhollow", "Corveth Cross", "Drewsford", "Kilgarrow"]
FINAL14_COMMENTS = [
    ("maggie_skelbury", "I have lived here 40 years and I have never seen it this bad. Somebody has to be held to account."),
    ("Dan R", "Good, balanced piece. Nice to read something that actually explains what is going on."),
    ("stellbridge_steve", "Same story every year. Lots of promises, then nothing changes until the next time."),
    ("Priti_K", "Does anyone know whether this affects people in Ullerford too, or just the city?"),
    ("coastroad_cyclist", "The council should have seen this coming. The warnings were there for anyone who wanted to look."),
    ("H. Merriweather", "Credit where it is due. The people doing the actual work deserve better than the ones in charge."),
    ("wickhollow_lass", "My dad worked there for 30 years. Heartbreaking to read this."),
    ("OldFellWalker", "The photo is not even of the right place, but otherwise a fair report."),
    ("Jonno", "Who is paying for it? That is the only question that matters and nobody ever answers it."),
    ("rachel.t", "Please keep following this story. It always disappears after a week."),
    ("tansey_tom", "Brilliant. Finally some good news for this part of the county."),
    ("Grumpy of Drewsford", "I will believe it when I see it."),
]
FINAL14_REPLIES = [
    ("Dan R", "Exactly this. Nobody seems to remember what was promised last time."),
    ("stellbridge_steve", "Not sure that is fair. Read the article again, it says the opposite."),
    ("Priti_K", "It says further down that it is the whole county, I think."),
    ("rachel.t", "Agreed. Sign the petition if you have not already."),
    ("Jonno", "We are, as usual."),
    ("maggie_skelbury", "Well said."),
]
WIRE14 = "Quoin"
BUSINESS14 = frozenset({"P377", "P380", "P387", "P388", "P389", "P395"})  # the business daily: these only
LIVE14_TIMES = {  # a live page's update times, as its reporters filed them
    "P381": ["06:02", "06:31", "06:58", "07:24", "08:10", "08:47", "09:36", "11:15", "12:58", "15:40", "17:55"],
    "P397": ["08:05", "08:20", "08:45", "09:02", "09:18", "09:41", "10:04", "10:12", "11:30", "12:05", "12:40", "13:15"],
}
DECKS14 = {  # the deck under the headline on the sites that set one: not body
    "P378": "The health trust says it cannot staff the Skelbury unit safely at night. Families say 31 miles is too far to "
    "travel in labour",
    "P381": "Amber wind warning for the whole coast until 6pm, the Ullerford Bridge closed and 46 schools shut",
    "P382": "Four storeys is not a heritage policy. It is a housing policy, and a bad one",
    "P383": "Two vets, three nurses and 900 square miles: a night at the Ullerford Veterinary Hospital",
    "P387": "Nordvale Foods blames the price of cocoa as it moves Corless Crunch and Harbour Bars to Lessaria",
    "P392": "Eastgate, Old Ford and Hillcrest libraries to shut in June as the city council looks for £23.6m of savings",
    "P393": "Since 1875 the town's volunteer crews have launched more than 3,200 times. Meet the people who answer the pager now",
    "P394": "A new chemistry graduate on why the region's young people are leaving, and what it would take to keep them",
    "P397": "Winners crowned on a cold, dry morning, with roads in the city centre closed until 2pm",
    "P400": "The 7.4-mile line, first proposed in 2010, is due to carry its first passengers in the spring of 2029",
}
PRESS14_ISSUERS = {  # who issued each release, and its media contact
    "P380": ("Stellbridge Port Company", "Owain Pettifer-Lamb, head of communications, Stellbridge Port Company"),
    "P388": ("Lumenfold", "Ffion Galloway-Reyes, Lumenfold press office"),
    "P395": ("Aldwyn Aerostructures", "Corporate communications, Aldwyn Aerostructures"),
}
LIVE14_HEADS = {  # the headlines the live pages' editors gave each update: not body
    "P381": ["Amber warning in force as Storm Isaura arrives", "38,000 homes without power",
             "Ullerford Bridge shut after lorry blown over", "46 schools closed", "Waves over the sea wall at Tansey Bridge",
             "No trains between Stellbridge and Tansey Bridge", "'It took off like a kite'", "Power cuts rise to 52,000 homes",
             "Couple rescued from floodwater", "Warning lifted in the south", "That's all from us"],
    "P397": ["Welcome to race day", "Roads closed until 2pm", "Elite women's race under way", "Mass start begins",
             "Carbis pulls clear", "Samba on Cathedral Hill", "Okparaeke wins men's race", "Carbis makes it three in a row",
             "112 runners treated", "Spires, scrubs and a 12-time finisher", "Record £1.1m raised", "Thanks for joining us"],
}  # fmt: skip
LIVE14_SUMMARY = {  # the summary bullets above a live page: not body
    "P381": ["Storm Isaura brought gusts of 90mph to the Vantry coast", "At the peak about 52,000 homes were without power",
             "The Ullerford Bridge and the railway to Tansey Bridge were closed", "46 schools were shut"],
    "P397": ["About 14,000 runners took part in the 12th Stellbridge Half Marathon",
             "Jonah Okparaeke won the men's race, the fastest time by a Vantry athlete on the course",
             "Isla Carbis won the women's race for the third year running"],
}  # fmt: skip


def _final14_caption(ctx: Ctx) -> tuple[str, str, str]:
    return _caption_from(ctx, FINAL14_CAPTIONS, FINAL14_PHOTOGRAPHERS, FINAL14_AGENCIES)


def _final14_times(article: Article, rng: random.Random) -> list[str]:
    return LIVE14_TIMES.get(article.id) or _final6_times(article, rng)


def _live14_head(a: Article, i: int) -> str:
    """The headline over update i of a live page: the editors' own, else one cut from the update."""
    heads = LIVE14_HEADS.get(a.id)
    return heads[i] if heads and i < len(heads) else _entry_headline(a.paragraphs[i], i)


def _final14_city(a: Article) -> str:
    """The city of an agency story's dateline ("SANTERRA, Lessaria, ..." -> "Santerra"), else Stellbridge."""
    match = re.match(r"([A-Z][A-Z .'-]+), ", a.paragraphs[0])
    return match.group(1).title() if match else "Stellbridge"


def _final14_issuer(a: Article) -> str:
    """Who first published an article of the split: a release's issuer, the agency or the newsroom itself."""
    if a.id in PRESS14_ISSUERS:
        return PRESS14_ISSUERS[a.id][0]
    return WIRE14 if a.kind == "wire" else ""


def _cut14(text: str, limit: int) -> str:
    """The first sentence of a text, cut at a word near `limit` characters."""
    sentence = _first_sentence(text)
    return sentence if len(sentence) <= limit else sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


VT14_SECTIONS = {"opinion": "Opinion", "feature": "The long read", "wire": "World news", "liveblog": "Vantry news"}
VT14_SUBHEADS = ["A long time coming", "What the figures say", "The human cost", "What happens now", "A familiar pattern"]
VT14_BIOS = {  # the italic line after a comment piece: not body
    "P382": "Selina Castagnoli-Obi is an architect and chairs the Stellbridge Civic Forum",
    "P394": "Jasmine Obuaku graduated from the University of Stellbridge this summer",
}


def _vt_stamp(day: date, minutes: int) -> str:
    """A broadsheet's dotted time with its zone: 'Tue 25 Mar 2025 06.00 GMT'."""
    zone = "BST" if 4 <= day.month <= 10 else "GMT"
    return f"{day.strftime('%a')} {day.day} {day.strftime('%b %Y')} {minutes // 60:02d}.{minutes % 60:02d} {zone}"


def tpl_national_broadsheet(a: Article, ctx: Ctx) -> str:
    """A national broadsheet's article page: the utility row with the date and 'Subscribe', the masthead, the menu, the
    consent dialog, the section kicker, a columnist's name above the headline, the deck in a <p>, the lead picture with its
    'Photograph:' credit, the byline, dotted times, 'Last modified on' and the comment count below the picture, 'Related'
    rich links and <h2> subheads between paragraphs, the newsletter promotion (a heading and <p>s between 'skip past
    newsletter promotion' and 'after newsletter promotion'), after a comment piece the writer's line and the call for letters
    in italic <p>s, 'Explore more on these topics', 'Reuse this content', comments with 'Recommend' counts, the 'Most viewed'
    rail, 'More on this story' and the footer (none of it body). A live page runs newest first, each update after its time
    in a <header>, under a 'Key events' list."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    section = VT14_SECTIONS.get(a.kind, "Vantry news")
    start = rng.choice([5 * 60 + 30, 6 * 60, 7 * 60, 11 * 60 + 14, 16 * 60 + 2])
    names = _final13_names(a)
    if a.kind == "wire":
        by = (f"{names} for " if names else "") + f"{WIRE14} in {_final14_city(a)}"
    elif names:
        role = _role(a)
        by = f'<a rel="author">{names}</a>' + (f' <span class="vt-role">{t(role.lower())}</span>' if role else "")
    else:
        by = "Vantry Times staff"
    above = ""
    if a.kind == "opinion":
        above = f'<div class="vt-columnist" style="font-size:28px;color:#c70000">{names}</div>'
    deck = f'<div class="vt-standfirst"><p>{t(DECKS14[a.id])}</p></div>' if a.id in DECKS14 else ""
    figure = ""
    if n >= 3:
        caption, photographer, agency = _final14_caption(ctx)
        figure = (
            f'<figure class="vt-lead"><img src="https://i.vantrytimes.example/img/{rng.randint(10**7, 10**8)}.jpg" alt="">'
            f"<figcaption>{t(caption)} Photograph: {t(photographer)}/{t(agency)}</figcaption></figure>"
        )
    count = rng.randint(40, 900)
    meta = (
        f'<div class="vt-meta"><address>{by}</address><div class="vt-dates"><time>{_vt_stamp(day, start)}</time>'
        + (
            f"<details><summary>Last modified on {_vt_stamp(day, start + rng.randint(40, 300))}</summary></details>"
            if n > 1
            else ""
        )
        + f'</div><div class="vt-meta-share"><a>Share</a> <a href="#comments">{count}</a></div></div>'
    )
    if live:
        times = _final14_times(a, rng)
        keys = "".join(
            f'<li><a href="#block-{i}"><time>{times[i]}</time> {t(_live14_head(a, i))}</a></li>'
            for i in sorted(rng.sample(range(1, n), min(4, n - 1)), reverse=True)
        )
        blocks = "".join(
            f'<article class="vt-block" id="block-{i}"><header><time>{times[i].replace(":", ".")}</time></header>'
            f"<p>{t(a.paragraphs[i])}</p><footer><a>Share</a></footer></article>"
            for i in range(n - 1, -1, -1)
        )
        body = (
            f'<div class="vt-keyevents"><h2>Key events</h2><ul>{keys}</ul><button>Show key events only</button></div>'
            f'<div class="vt-liveblocks">{blocks}</div>'
        )
    else:
        parts = [f"<p>{t(p)}</p>" for p in a.paragraphs]
        inserts: dict[int, str] = {}
        if n >= 5:
            rel = ctx.others[0]
            inserts[1] = (
                '<aside class="vt-rich" style="float:left;width:160px"><div>Related</div>'
                f'<a href="/{_slug(rel.headline)}">{t(rel.headline)}</a></aside>'
            )
        if n >= 7:
            inserts[4] = (
                '<aside class="vt-nl"><a href="#after-nl">skip past newsletter promotion</a><div><h2>Sign up to The Vantry '
                "Briefing</h2><p>Free daily newsletter</p><p>Our morning email breaks down the key stories of the day, telling "
                "you what is happening and why it matters.</p><p>Privacy Notice: Newsletters may contain info about charities, "
                "online ads, and content funded by outside parties.</p><button>Sign up</button></div>"
                '<p id="after-nl">after newsletter promotion</p></aside>'
            )
        if n >= 10 and a.kind != "opinion":
            inserts[n // 2] = f"<h2>{t(VT14_SUBHEADS[rng.randrange(len(VT14_SUBHEADS))])}</h2>"
            rel = ctx.others[1]
            inserts[n - 3] = (
                '<aside class="vt-rich" style="float:left;width:160px"><div>Related</div>'
                f'<a href="/{_slug(rel.headline)}">{t(rel.headline)}</a></aside>'
            )
        body = _interleave(parts, inserts)
    after = ""
    if a.kind == "opinion":
        after = (
            f"<p><em>{t(VT14_BIOS.get(a.id, 'This is a guest column'))}</em></p><p><em>Do you have an opinion on the issues "
            "raised in this article? If you would like to submit a response of up to 300 words by email to be considered "
            "for publication in our letters section, please write to letters@vantrytimes.example</em></p>"
        )
    topics = [x for x in _towns_in(a, FINAL14_TOWNS)[:3]] + [section]
    comments = "".join(
        f'<div class="vt-comment"><b>{t(name)}</b> <span>{rng.randint(1, 20)}h ago</span><p>{t(text)}</p>'
        f"<span>Recommend {rng.randint(0, 400)}</span> <a>Reply</a></div>"
        for name, text in rng.sample(FINAL14_COMMENTS, 3)
    )
    viewed = "".join(
        f'<li><span class="vt-num" style="font-size:40px">{k + 1}</span> <a>{t(o.headline)}</a></li>'
        for k, o in enumerate(ctx.others[2:10])
    )
    more = "".join(f"<li><a><h3>{t(o.headline)}</h3></a><div>{t(_card_snippet(o, 140))}</div></li>" for o in ctx.others[10:13])
    return (
        _final_head(f"{a.headline} | {section} | The Vantry Times", lang="en-GB")
        + '<body class="vt"><div class="vt-util"><span>'
        + f"{day.strftime('%A')} {day.day} {day.strftime('%B %Y')}</span> <a>Today's paper</a> <a>Puzzles</a> <a>Sign in</a>"
        + ' <a class="vt-sub">Subscribe: 3 months for £3</a></div>'
        + '<header class="vt-mast"><a href="/"><span style="font-family:serif;font-size:56px">The Vantry Times</span></a></header>'
        + _nav(["News", "Opinion", "Sport", "Culture", "Lifestyle", "Business", "World", "Vantry"], "vt-nav")
        + f'<div class="vt-consent" role="dialog" aria-modal="true"><h2>Do you consent?</h2><p>{t(FINAL14_CONSENT[0])}</p>'
        + "<button>Yes, I'm happy</button> <button>Manage my cookies</button></div>"
        + f'<main class="vt-main"><article><div class="vt-kicker"><a>{section}</a></div>'
        + above
        + f"<h1>{t(a.headline)}</h1>"
        + deck
        + figure
        + meta
        + f'<div class="vt-body" id="maincontent">{body}{after}</div>'
        + '<div class="vt-topics"><h3>Explore more on these topics</h3><ul>'
        + "".join(f"<li><a>{t(x)}</a></li>" for x in topics)
        + '</ul></div><div class="vt-share-foot"><a>Share</a> <a>Reuse this content</a></div></article>'
        + f'<section id="comments" class="vt-comments"><h2>Comments ({count})</h2><div>Sign in or create your Vantry Times '
        + f"account to join the discussion.</div>{comments}<button>View more comments</button></section>"
        + '<aside class="vt-popular"><h2>Most viewed</h2><div role="tablist"><button>Across The Vantry Times</button> '
        + f"<button>In {section}</button></div><ol>{viewed}</ol></aside>"
        + f'<section class="vt-onward"><h2>More on this story</h2><ul>{more}</ul></section></main>'
        + '<footer class="vt-foot"><ul><li><a>About us</a></li><li><a>Contact us</a></li><li><a>Complaints and corrections</a>'
        + "</li><li><a>Work for us</a></li><li><a>Privacy policy</a></li><li><a>Cookie policy</a></li></ul>"
        + f"<p>© {day.year} Vantry Times Media Limited or its affiliated companies. All rights reserved.</p></footer>"
        + "</body></html>"
    )


TRELLIS14_ADS = [  # the 'Recommended by Trellis' grid: adverts, not body
    ("Stellbridge homeowners are only now finding out about this loft rule", "Home Insider Weekly"),
    ("The walking shoe podiatrists keep recommending to people over 50", "Strideform"),
    ("Vantry: this solar deal has left energy firms furious", "Solar Savings Check"),
    ("Forget expensive hearing aids, this tiny device is selling out", "Clearsound Direct"),
    ("Retired? You could be owed money from an old pension", "Pension Tracer Vantry"),
    ("The sofa everyone in Stellbridge seems to be buying this winter", "Loungeworks"),
]
SL14_LABELS = {"press": "Business", "liveblog": "Stellbridge News", "opinion": "Comment", "feature": "Nostalgia"}


def _reach_time(day: date, minutes: int) -> str:
    """A regional group's time stamp: '07:00, 25 MAR 2025'."""
    return f"{_hhmm(minutes)}, {day.day} {day.strftime('%b').upper()} {day.year}"


def tpl_group_regional(a: Article, ctx: Ctx) -> str:
    """A regional newspaper group's shared CMS page: the leaderboard advert, the header with 'Menu', the notification prompt
    (a <p> and its buttons), the consent dialog, the two menus, breadcrumbs, the standfirst in an <h2>, the autoplay video
    ('Video Loading', 'Click to play', the countdown), the author's block with role and 'Bookmark', the time and 'Updated'
    stamps, the comment count, '(Image: ...)' captions, adverts every few paragraphs, the 'Read More' box with two other
    stories, the 'READ NEXT:' <p> with its list, on a live page each update's time, headline and writer, after a release the
    note on releases, the 'Got a story?' <p>, 'More On' tags, comments, 'Recommended by Trellis' sponsored cards, 'Top
    Stories', 'Most Read' and the group's footer (none of it body). A live page runs newest first."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    start = rng.choice([6 * 60 + 30, 7 * 60, 10 * 60 + 45, 13 * 60 + 20, 17 * 60])
    writers = _writers(a)
    issuer = _final14_issuer(a)
    label = SL14_LABELS.get(a.kind, "Stellbridge News")
    if writers:
        role = _role(a) or ("Live reporter" if live else "Reporter")
        author = (
            f'<div class="sl-author"><img src="/authors/{_slug(writers[0])}.jpg" alt=""><div><a>{_final13_names(a)}</a>'
            f'<div class="sl-role">{t(role)}</div></div><button>Bookmark</button></div>'
        )
    else:
        author = '<div class="sl-author"><div><a>Stellbridge Live Newsdesk</a></div><button>Bookmark</button></div>'
    stamps = f'<div class="sl-time"><span>{_reach_time(day, start)}</span>'
    if n > 1:
        stamps += f" <span>Updated {_reach_time(day, start + rng.randint(20, 240))}</span>"
    stamps += "</div>"
    video = (
        '<div class="sl-video" data-autoplay="muted" style="aspect-ratio:16/9;background:#000;color:#fff">'
        '<div class="sl-v-loading">Video Loading</div><div class="sl-v-error" style="display:none">Video Unavailable</div>'
        '<div class="sl-v-play"><span>Click to play</span> <span>Tap to play</span></div>'
        f'<div class="sl-v-next">The video will start in <span>{rng.randint(5, 9)}</span> <a>Cancel</a></div><a>Play now</a></div>'
    )
    count = rng.randint(2, 180)
    if live:
        times = _final14_times(a, rng)
        entries = []
        for i in range(n - 1, -1, -1):
            who = writers[i % len(writers)] if writers else "Newsdesk"
            key = '<span class="sl-key">KEY EVENT</span>' if i in (0, n - 1) else ""
            entries.append(
                f'<div class="sl-entry"><div class="sl-entry-time">{times[i]}</div>{key}<h3>{t(_live14_head(a, i))}'
                f'</h3><div class="sl-entry-by">{t(who)}</div><p>{t(a.paragraphs[i])}</p></div>'
            )
            if i % 4 == 2:
                entries.append('<div class="sl-ad" style="min-height:250px"><span>Advertisement</span></div>')
        body = "".join(entries)
    else:
        parts = [f"<p>{t(p)}</p>" for p in a.paragraphs]
        inserts: dict[int, str] = {}
        for i in range(2, n - 1, 3):
            inserts[i] = '<div class="sl-ad" style="min-height:250px"><span>Advertisement</span></div>'
        if n >= 3:
            pair = "".join(f'<li><a href="/news/{_slug(o.headline)}">{t(o.headline)}</a></li>' for o in ctx.others[:2])
            inserts[0] = f'<div class="sl-readmore"><div>Read More</div><div>Related Articles</div><ul>{pair}</ul></div>'
        if n >= 3:
            caption, photographer, _agency = _final14_caption(ctx)
            inserts[1] = (
                f'<figure class="sl-fig"><img src="/img/{rng.randint(10**6, 10**7)}.jpg" alt=""><figcaption>{t(caption)} '
                f"(Image: {t(photographer)})</figcaption></figure>"
            )
        if n >= 8:
            nxt = "".join(f"<li><a>{t(o.headline)}</a></li>" for o in ctx.others[2:5])
            inserts[n - 3] = f"<p><strong>READ NEXT:</strong></p><ul>{nxt}</ul>"
        body = _interleave(parts, inserts)
    after = ""
    if a.kind == "press":
        after = (
            f'<div class="sl-pr" style="background:#f3f3f3;padding:12px">This is a press release from {t(issuer)}. Stellbridge '
            "Live publishes some press releases in full. They are not written by our journalists.</div>"
        )
    tags = _towns_in(a, FINAL14_TOWNS)[:3] + [label]
    sponsored = "".join(
        f'<div class="trl-card"><div class="trl-img" style="height:120px"></div><div class="trl-title">{t(x)}</div>'
        f'<div class="trl-src">{t(src)} | Sponsored</div></div>'
        for x, src in rng.sample(TRELLIS14_ADS, 4)
    )
    top = "".join(
        f'<div class="sl-card"><a>{t(o.headline)}</a> <span>{rng.randint(1, 11)} hours ago</span></div>' for o in ctx.others[3:7]
    )
    most = "".join(f"<li><a>{t(o.headline)}</a></li>" for o in ctx.others[7:12])
    comments = "".join(
        f"<li><b>{t(name)}</b> <span>{rng.randint(2, 50)}m</span><div>{t(text)}</div></li>"
        for name, text in rng.sample(FINAL14_COMMENTS, 2)
    )
    return (
        _final_head(f"{a.headline} - Stellbridge Live", lang="en-GB")
        + '<body class="sl"><div class="sl-ad-top" style="min-height:90px;text-align:center"><span style="font-size:10px">'
        + "Advertisement</span></div>"
        + '<header class="sl-head"><button>Menu</button> <a class="sl-logo" href="/">Stellbridge Live</a> <a>Sign in</a> '
        + "<button>Search</button></header>"
        + '<div class="sl-push"><p>Stellbridge Live would like to send you notifications about the latest news.</p>'
        + "<button>No thanks</button> <button>Allow</button></div>"
        + f'<div class="sl-tcf" role="dialog"><h2>We care about your privacy</h2><div>{t(FINAL14_CONSENT[1])}</div>'
        + "<a>View our vendors</a> <button>MORE OPTIONS</button> <button>AGREE</button></div>"
        + _nav(["News", "Stellbridge City FC", "What's On", "Property", "Jobs", "Family notices", "Weather"], "sl-nav")
        + '<div class="sl-subnav"><a>Stellbridge News</a> <a>Ullerford</a> <a>Skelbury</a> <a>Courts</a> <a>Traffic</a>'
        + " <a>Health</a></div>"
        + f'<main class="sl-main"><div class="sl-crumbs"><a>News</a> › <a>{label}</a></div><article>'
        + f"<h1>{t(a.headline)}</h1>"
        + (f'<h2 class="sl-standfirst">{t(DECKS14[a.id])}</h2>' if a.id in DECKS14 else "")
        + author
        + stamps
        + f'<div class="sl-share"><a>Share</a> <a href="#comments">{count} Comments</a></div>'
        + video
        + f'<div class="sl-body">{body}</div>'
        + after
        + '<div class="sl-tip"><p><b>Got a story?</b> Email newsdesk@stellbridgelive.example or message us on our Facebook '
        + "page.</p></div>"
        + '<div class="sl-moreon"><span>More On</span> '
        + " ".join(f"<a>{t(x)}</a>" for x in tags)
        + "</div></article>"
        + f'<section id="comments"><h2>Comments</h2><button>Join the conversation</button><ul>{comments}</ul></section>'
        + f'<section class="trl"><div class="trl-head">Recommended by <b>Trellis</b></div>{sponsored}</section>'
        + f'<section class="sl-top"><h2>Top Stories</h2>{top}</section>'
        + f'<aside class="sl-most"><h2>Most Read</h2><ol>{most}</ol></aside></main>'
        + '<footer class="sl-foot"><div>Stellbridge Live is part of Meridale Media.</div><div>We are regulated by the Vantry '
        + "Press Standards Board. <a>Find out more</a></div><div><a>Contact us</a> <a>Advertise</a> <a>How we use your data</a> "
        + f"<a>Corrections and clarifications</a></div><div>© {day.year} Meridale Media Ltd</div></footer>"
        + "</body></html>"
    )


OUTRIDER14_TOPICS = {
    "P381": "Weather",
    "P383": "Vantry",
    "P393": "Vantry",
    "P394": "Opinion",
    "P397": "Sport",
    "P400": "Transport",
}
OUTRIDER14_SUBHEADS = ["The backstory", "What they're saying", "Between the lines", "What's next"]


def tpl_digital_native(a: Article, ctx: Ctx) -> str:
    """A digital-native news site: the header with its tagline, topic chips, 'Log in' and 'Become a member', the cookie toast,
    the topic, the dek in a <p>, the writers with avatars, 'Updated' time and reading time, the sticky share bar ('Gift',
    'Share', 'Save', comment count, 'Listen'), 'Key takeaways' (bullets cutting the first sentences of the first three
    paragraphs), the picture with 'Photo:' credit, a 'Go deeper' card (a headline and a <p>) and an <h2> subhead between
    paragraphs, the newsletter box, on a live page each update's time and writer, the writers' bios, the members' appeal,
    'Filed under', the comment thread with replies, votes and 'Load more comments', 'Read next' and the footer (none of it
    body). A live page runs newest first."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    writers = _writers(a)
    minutes = _minutes(a, 230)
    hour = rng.randint(6, 20)
    stamp = f"Updated {day.strftime('%b')} {day.day}, {day.year}, {(hour - 1) % 12 + 1}:{rng.randint(0, 59):02d}{'am' if hour < 12 else 'pm'}"
    topic = OUTRIDER14_TOPICS.get(a.id, "Vantry")
    count = rng.randint(120, 900)
    avatars = "".join(f'<img class="or-av" src="/people/{_slug(w)}.png" alt="">' for w in writers)
    if writers:
        names = " &amp; ".join(f"<a>{t(w)}</a>" for w in writers)
        who = f'<div class="or-authors">{avatars}<span>by {names}</span>'
    else:
        who = '<div class="or-authors"><span>by Outrider staff</span>'
    who += f' <time datetime="{a.published}">{stamp}</time> <span>· {minutes} min read</span></div>'
    bar = (
        '<div class="or-sharebar" style="position:sticky;top:0;background:#fff"><button>Gift</button> <button>Share</button> '
        f'<button>Save</button> <a href="#comments">💬 {count}</a> <button>Listen · {minutes} min</button></div>'
    )
    takeaways = ""
    if n >= 4 and not live:
        items = "".join(f"<li>{t(_cut14(p, 95))}</li>" for p in a.paragraphs[:3])
        takeaways = (
            '<section class="or-takeaways" style="border:2px solid #111;padding:16px"><h2>Key takeaways</h2>'
            f"<ul>{items}</ul></section>"
        )
    figure = ""
    if n >= 3:
        caption, photographer, agency = _final14_caption(ctx)
        figure = (
            f'<figure><img src="https://cdn.outrider.example/{rng.randint(10**5, 10**6)}.webp" alt="{attr(caption)}">'
            f"<figcaption>{t(caption)} Photo: {t(photographer)}/{t(agency)}</figcaption></figure>"
        )
    if live:
        times = _final14_times(a, rng)
        items = "".join(
            f'<li class="or-update"><div class="or-update-meta"><time>{times[i]}</time> '
            f"<span>{t(writers[i % len(writers)] if writers else 'Outrider staff')}</span></div><p>{t(a.paragraphs[i])}</p></li>"
            for i in range(n - 1, -1, -1)
        )
        body = (
            f'<div class="or-live"><span class="or-pill" style="background:red;color:#fff">LIVE</span> <span>Updated '
            f'{rng.randint(2, 9)} min ago</span></div><ol class="or-feed" style="list-style:none">{items}</ol>'
        )
    else:
        parts = [f"<p>{t(p)}</p>" for p in a.paragraphs]
        inserts: dict[int, str] = {}
        if n >= 6:
            deeper = ctx.others[0]
            inserts[2] = (
                f'<aside class="or-deeper"><span>Go deeper</span><a><h3>{t(deeper.headline)}</h3></a>'
                f"<p>{t(_card_snippet(deeper, 110))}</p></aside>"
            )
        if n >= 8:
            inserts[n // 2 + 1] = f"<h2>{t(OUTRIDER14_SUBHEADS[rng.randrange(len(OUTRIDER14_SUBHEADS))])}</h2>"
            inserts[n - 3] = (
                '<div class="or-nl" style="background:#f4f1ea;padding:20px"><b>Outrider Daily</b><div>The news, without the '
                'noise. Free, every weekday.</div><input type="email" placeholder="you@example.com"> <button>Subscribe</button></div>'
            )
        body = _interleave(parts, inserts)
    bios = "".join(
        f'<div class="or-bio"><b>{t(w)}</b> is a {t((_role(a) or "reporter").lower())} at Outrider. Send tips securely on Signal '
        f"at @{_slug(w).replace('-', '')[:12]}.01</div>"
        for w in writers
    )
    thread = ""
    replies = list(FINAL14_REPLIES)
    rng.shuffle(replies)
    for k, (name, text) in enumerate(rng.sample(FINAL14_COMMENTS, 12)):
        sub = ""
        if k % 2 == 0 and replies:
            rname, rtext = replies.pop()
            sub = (
                f'<ul class="or-replies"><li><b>{t(rname)}</b> <span>{rng.randint(1, 9)}h</span><div>{t(rtext)}</div>'
                f"<span>▲ {rng.randint(0, 40)}</span> <a>Reply</a></li></ul>"
            )
        thread += (
            f'<li class="or-c"><span class="or-c-av">{t(name[0].upper())}</span> <b>{t(name)}</b> <span>{rng.randint(1, 23)}h'
            f"</span><div>{t(text)}</div><span>▲ {rng.randint(1, 300)}</span> <a>Reply</a> <a>Share</a>{sub}</li>"
        )
    nxt = "".join(f"<li><a><h3>{t(o.headline)}</h3></a><div>{t(_card_snippet(o, 120))}</div></li>" for o in ctx.others[1:4])
    return (
        _final_head(f"{a.headline} — Outrider", lang="en")
        + '<body class="or"><header class="or-head"><a class="or-logo" href="/">OUTRIDER</a> <span>News without the noise'
        + '</span><nav class="or-chips"><a>Politics</a> <a>Climate</a> <a>Money</a> <a>Tech</a> <a>Vantry</a> <a>Newsletters'
        + "</a></nav><a>Log in</a> <a>Become a member</a></header>"
        + f'<div class="or-toast" style="position:fixed;bottom:16px;left:16px">{t(FINAL14_CONSENT[2])} <button>OK</button> '
        + "<a>Settings</a></div>"
        + f'<main><article class="or-article"><div class="or-topic"><a>{t(topic)}</a></div><h1>{t(a.headline)}</h1>'
        + (f'<p class="or-dek">{t(DECKS14[a.id])}</p>' if a.id in DECKS14 else "")
        + who
        + bar
        + takeaways
        + figure
        + f'<div class="or-prose">{body}</div>'
        + bios
        + '<div class="or-appeal"><h3>Outrider is free to read because 41,000 members pay for it.</h3><div>Join them from £5 a '
        + "month and keep independent reporting free for everyone.</div><button>Become a member</button></div>"
        + '<div class="or-filed">Filed under: '
        + " ".join(f"<a>{t(x)}</a>" for x in dict.fromkeys([topic, "Vantry"] + _towns_in(a, FINAL14_TOWNS)[:2]))
        + "</div></article>"
        + f'<section id="comments" class="or-comments"><h2>{count} comments</h2><div>Sort by <a>Top</a> <a>Newest</a> '
        + f'<a>Oldest</a></div><ul class="or-thread">{thread}</ul><button>Load more comments ({count - 12})</button>'
        + "<div>Comments are moderated in line with our community guidelines.</div></section>"
        + f'<section class="or-next"><h2>Read next</h2><ul>{nxt}</ul></section></main>'
        + '<footer class="or-foot"><div>Outrider Media Ltd, The Old Print Works, Stellbridge.</div><div><a>About</a> <a>Ethics '
        + f"policy</a> <a>Membership</a> <a>Careers</a> <a>Privacy</a></div><div>© {day.year} Outrider</div></footer>"
        + "</body></html>"
    )


VBS14_POSTS = {  # the social post embedded in a story: (name, handle, text, date); not body
    "P379": ("Stellbridge City FC", "StellbridgeCity", "Club statement: Kit Harwood has left his role as first-team "
             "manager. Marcia Obinna-Hale will take charge of the team on an interim basis.", "March 10, 2025"),
    "P381": ("Vantry Met Service", "VantryMet", "AMBER WIND WARNING for the Vantry coast until 18:00 today. Gusts of 80 to "
             "90mph are likely. Avoid coastal paths and seafronts.", "November 4, 2025"),
    "P384": ("Vantry Fire and Rescue", "VantryFire", "Crews from six stations remain at a large fire at a mill in Kilgarrow. "
             "Please avoid the area and keep windows and doors closed.", "October 21, 2025"),
    "P393": ("Tansey Bridge Lifeboat", "TanseyLifeboat", "150 years ago this month our first lifeboat launched. Thank you to "
             "every volunteer, past and present.", "August 2, 2025"),
    "P398": ("Vantry Water", "VantryWater", "We are aware of a burst main in Skelbury High Street. Bottled water stations are "
             "being set up at the leisure centre and Moor Lane car park.", "November 26, 2025"),
    "P400": ("Stellbridge Trams", "StellTrams", "Great news for Ullerford. We can't wait to start work on the new line.",
             "December 2, 2025"),
}  # fmt: skip
VBS14_SUBHEADS = ["What happens next?", "'A difficult balance'", "Why now?", "What do people say?"]


def tpl_public_broadcaster(a: Article, ctx: Ctx) -> str:
    """A public broadcaster's article page: 'Skip to content', the cookie banner (a heading and a <p>), the header with
    'Sign in' and its two menus, the relative time with 'Share' and 'Save', the byline block, pictures with 'Image source,'
    and 'Image caption,' lines, the first paragraph in bold (its text is body), an embedded social post ('Skip ... post',
    the consent question and its <p>s, the post, 'End of ... post'), <h2> subheads, on a live page the 'Summary' bullets and
    each post's time, headline and 'Posted at' line, 'Related topics', 'More on this story', 'Top stories', 'Features' and
    the footer (none of it body). A live page runs newest first."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    writers = _writers(a)
    ago = f"{rng.randint(2, 22)} hours ago"
    if writers:
        role = _role(a)
        place = _split_town(a, rng, FINAL14_TOWNS)
        lines = "".join(f'<div class="vbs-name">{t(w)}</div>' for w in writers)
        desk = f"{WIRE14}, {_final14_city(a)}" if a.kind == "wire" else f"{t(role + ', ' if role else '')}VBS News, {place}"
        byline = f'<div data-component="byline-block">{lines}<div class="vbs-role">{desk}</div></div>'
    else:
        byline = ""

    def text_block(p: str, bold: bool = False) -> str:
        inner = f"<b>{t(p)}</b>" if bold else t(p)
        return f'<div data-component="text-block"><p>{inner}</p></div>'

    def image_block() -> str:
        caption, photographer, agency = _final14_caption(ctx)
        return (
            f'<figure data-component="image-block"><img src="https://ichef.vbs.example/{rng.randint(10**6, 10**7)}.jpg" alt="">'
            f'<span class="vbs-src">Image source, {t(rng.choice([photographer, agency]))}</span>'
            f"<figcaption><span>Image caption, </span>{t(caption)}</figcaption></figure>"
        )

    embed = ""
    if a.id in VBS14_POSTS:
        name, handle, text, when = VBS14_POSTS[a.id]
        embed = (
            f'<div data-component="embed-block"><a href="#end-of-post-{handle}">Skip Chatter post by {t(name)}</a>'
            '<div class="vbs-consent"><div>Allow Chatter content?</div><p>This article contains content provided by Chatter. '
            "We ask for your permission before anything is loaded, as they may be using cookies and other technologies.</p>"
            "<button>Accept and continue</button></div>"
            f'<blockquote class="chatter-post"><p>{t(text)}</p>— {t(name)} (@{handle}) <a>{when}</a></blockquote>'
            "<p>The VBS is not responsible for the content of external sites.</p>"
            f'<div id="end-of-post-{handle}">End of Chatter post by {t(name)}</div></div>'
        )
    if live:
        times = _final14_times(a, rng)
        summary = "".join(f"<li>{t(x)}</li>" for x in LIVE14_SUMMARY.get(a.id, [_cut14(a.paragraphs[0], 90)]))
        posts = []
        for i in range(n - 1, -1, -1):
            posts.append(
                f'<article class="vbs-post"><header><span class="vbs-post-time">{times[i]}</span><h3>'
                f"{t(_live14_head(a, i))}</h3></header>{text_block(a.paragraphs[i])}"
                f"<footer><span>Posted at {times[i]}</span> <a>Share</a></footer></article>"
            )
            if i == 1 and embed:
                posts.append(embed)
        body = (
            f'<div class="vbs-summary"><h2>Summary</h2><ul>{summary}</ul></div><div class="vbs-live-label">Live Reporting</div>'
            f'<div class="vbs-by">Edited by {_final13_names(a)}</div>{"".join(posts)}'
        )
    else:
        blocks = [text_block(p, bold=(i == 0)) for i, p in enumerate(a.paragraphs)]
        inserts: dict[int, str] = {}
        if embed:
            inserts[min(1, n - 1)] = embed
        if n >= 4:
            inserts[2 if 1 in inserts else 1] = image_block()
        if n >= 9:
            inserts[n // 2 + 1] = (
                f'<div data-component="subheadline-block"><h2>{t(VBS14_SUBHEADS[rng.randrange(len(VBS14_SUBHEADS))])}</h2></div>'
            )
        body = _interleave(blocks, inserts)
    topics = _towns_in(a, FINAL14_TOWNS)[:3] or ["Vantry"]
    if a.kind == "wire":
        topics = [_wire_country(a) or "World"]
    related = "".join(
        f"<li><a>{t(o.headline)}</a> <span>Published {rng.randint(2, 30)} days ago</span></li>" for o in ctx.others[:2]
    )
    top = "".join(
        f"<li><a>{t(o.headline)}</a>"
        + (' <span class="vbs-live">LIVE</span>' if o.kind == "liveblog" else "")
        + f" <span>{rng.randint(2, 9)} hours ago</span></li>"
        for o in ctx.others[2:6]
    )
    features = "".join(f"<li><a><h3>{t(o.headline)}</h3></a><div>{t(_card_snippet(o, 100))}</div></li>" for o in ctx.others[6:9])
    return (
        _final_head(f"{a.headline} - VBS News", lang="en-GB")
        + '<body class="vbs"><a class="vbs-skip" href="#main-content">Skip to content</a>'
        + f'<div id="vbs-cookie"><h2>Let us know you agree to cookies</h2><p>{t(FINAL14_CONSENT[3])}</p>'
        + "<button>Yes, I agree</button> <button>No, take me to settings</button></div>"
        + '<header class="vbs-head"><a class="vbs-logo" href="/">VBS</a> <a>Sign in</a>'
        + _nav(["Home", "News", "Sport", "Weather", "VBS Player", "Sounds", "Bitesize"], "vbs-nav")
        + '</header><nav class="vbs-news-nav"><a>Vantry</a> <a>Stellbridge &amp; Coast</a> <a>The Fells</a> <a>Politics</a> '
        + "<a>Business</a> <a>Climate</a> <a>World</a></nav>"
        + f'<main id="main-content"><article><h1 id="main-heading">{t(a.headline)}</h1>'
        + f'<div class="vbs-meta"><time datetime="{a.published}">{ago}</time> <button>Share</button> <button>Save</button></div>'
        + byline
        + (image_block() if a.kind != "wire" else "")
        + body
        + f'<div data-component="topic-list"><h2>Related topics</h2><ul>{"".join(f"<li><a>{t(x)}</a></li>" for x in topics)}'
        + f"</ul></div><section><h2>More on this story</h2><ul>{related}</ul></section></article>"
        + f'<section class="vbs-top"><h2>Top stories</h2><ul>{top}</ul></section>'
        + f'<section class="vbs-features"><h2>Features</h2><ul>{features}</ul></section></main>'
        + '<footer class="vbs-foot"><nav><a>Terms of Use</a> <a>About the VBS</a> <a>Privacy Policy</a> <a>Cookies</a> '
        + "<a>Accessibility Help</a> <a>Contact the VBS</a></nav>"
        + f"<p>Copyright {day.year} VBS. The VBS is not responsible for the content of external sites. Read about our approach "
        + "to external linking.</p></footer>"
        + "</body></html>"
    )


QUOIN14_SECTIONS = {"P377": ("Markets", "Rates & Bonds"), "P385": ("Sports", "Athletics"), "P391": ("World", "Europe"),
                    "P399": ("World", "Europe"), "P387": ("Business", "Retail & Consumer"),
                    "P389": ("Business", "Autos & Transportation"), "P380": ("Press Releases", ""),
                    "P388": ("Press Releases", ""), "P395": ("Press Releases", "")}  # fmt: skip
QUOIN14_EDITORS = ["Alasdair Fenwick-Ross", "Nadia Oyelade-Burke", "Conrad Thewlis", "Mireille Sandoval-Pike"]
QUOIN14_COMPANIES = {"P387": [("Nordvale Foods", "NVF.SN", "+3.10%")], "P389": [("Ardley Coachworks", "ARD.VX", "+6.42%")],
                     "P377": [("Lessarian crown", "LSC=", "-0.40%")]}  # fmt: skip


def tpl_agency_story(a: Article, ctx: Ctx) -> str:
    """A news agency's public website: the cookie banner with its three buttons, the header with 'Register' and 'Sign In',
    the section path, the byline, the date with 'GMT' and 'Updated ... ago', 'Purchase Licensing Rights', the paragraphs
    as <div>s, the newsletter line ('Sign up here.') and 'Advertisement · Scroll to continue' between them, the picture's
    caption with '/File Photo', above a release the note that the agency's news staff had no part in it, after a release the
    'SOURCE:' line, the 'Reporting by ...; Editing by ...' <p>, 'Our Standards', 'Suggested Topics', the 'Companies' box,
    'Read Next' and the footer with its quotes note (none of it body). A live page runs newest first."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    writers = _writers(a)
    section, sub = QUOIN14_SECTIONS.get(a.id, ("World", "Vantry"))
    hour = rng.randint(5, 21)
    when = f"{day.strftime('%B')} {day.day}, {day.year} {(hour - 1) % 12 + 1}:{rng.randint(0, 59):02d} {'AM' if hour < 12 else 'PM'} GMT"
    when += "+1" if 4 <= day.month <= 10 else ""
    byline = ""
    if writers:
        byline = '<div class="qn-byline">By ' + ", ".join(f"<a>{t(w)}</a>" for w in writers) + "</div>"
    press = a.kind == "press"
    note = ""
    if press:
        note = (
            '<div class="qn-prnote" style="font-size:13px;border:1px solid #ccc;padding:8px">Press release content from Vantry '
            f"Business Newswire. The {WIRE14} news staff was not involved in its creation.</div>"
        )
    if live:
        times = _final14_times(a, rng)
        body = "".join(
            f'<div class="qn-live-item"><time>{times[i]} GMT</time><div data-testid="paragraph-{i}">{t(a.paragraphs[i])}</div></div>'
            for i in range(n - 1, -1, -1)
        )
    else:
        parts = [f'<div data-testid="paragraph-{i}" class="qn-para">{t(p)}</div>' for i, p in enumerate(a.paragraphs)]
        inserts: dict[int, str] = {}
        if n >= 3 and not press:
            inserts[0] = (
                '<div class="qn-nl">The Quoin Daily Briefing newsletter provides all the news you need to start your day. '
                "<a>Sign up here.</a></div>"
            )
        if n >= 5:
            inserts[3] = '<div class="qn-ad" style="min-height:250px">Advertisement · Scroll to continue</div>'
        body = _interleave(parts, inserts)
    figure = ""
    if n >= 4 and not press:
        caption, photographer, _agency = _final14_caption(ctx)
        figure = (
            f'<figure class="qn-fig"><img src="https://img.quoin.example/{rng.randint(10**7, 10**8)}.jpg" alt="">'
            f"<figcaption>{t(caption)} {WIRE14}/{t(photographer)}/File Photo <a>Purchase Licensing Rights, opens new tab</a>"
            "</figcaption></figure>"
        )
    after = ""
    if press:
        after = f'<p class="qn-source">SOURCE: {t(_final14_issuer(a))}</p>'
    elif writers:
        editor = rng.choice(QUOIN14_EDITORS)
        where = f" in {_final14_city(a)}" if a.kind == "wire" else ""
        after = f'<p class="qn-credits">Reporting by {_final13_names(a)}{where}; Editing by {t(editor)}</p>'
    else:
        after = f'<p class="qn-credits">Reporting by {WIRE14} staff; Editing by {t(rng.choice(QUOIN14_EDITORS))}</p>'
    companies = ""
    if a.id in QUOIN14_COMPANIES:
        rows = "".join(
            f"<li><a>{t(name)}</a> <span>{code}</span> <span>{change}</span></li>"
            for name, code, change in QUOIN14_COMPANIES[a.id]
        )
        companies = f'<div class="qn-companies"><h3>Companies</h3><ul>{rows}</ul></div>'
    topics = [section] + ([sub] if sub else []) + _towns_in(a, FINAL14_TOWNS)[:1]
    read_next = "".join(
        f'<li><span class="qn-cat">{t(QUOIN14_SECTIONS.get(o.id, ("Vantry", ""))[0])}</span> <a>{t(o.headline)}</a> '
        f"<time>{rng.randint(1, 23)} hours ago</time></li>"
        for o in ctx.others[:5]
    )
    crumbs = f"<a>{t(section)}</a>" + (f" <span>·</span> <a>{t(sub)}</a>" if sub else "")
    return (
        _final_head(f"{a.headline} | {WIRE14}", lang="en")
        + '<body class="qn"><div id="qn-onetrust" role="region" aria-label="Cookie banner"><div class="qn-ot-text">'
        + f"{t(FINAL14_CONSENT[4])} <a>Cookie Policy</a></div><button>Cookies Settings</button> <button>Reject All</button> "
        + "<button>Accept All Cookies</button></div>"
        + '<header class="qn-head"><a class="qn-logo" href="/">Quoin</a>'
        + _nav(["World", "Business", "Markets", "Sustainability", "Legal", "Quoin Insight", "Technology", "Sports"], "qn-nav")
        + "<a>Register</a> <a>Sign In</a></header>"
        + f'<main class="qn-main"><article><nav class="qn-crumbs">{crumbs}</nav>'
        + f'<h1 data-testid="Heading">{t(a.headline)}</h1>'
        + byline
        + f'<div class="qn-date"><time datetime="{a.published}">{when}</time> <span>Updated {rng.randint(1, 5)} hours ago</span></div>'
        + '<div class="qn-tools"><a>Purchase Licensing Rights</a> <button aria-label="Share">Share</button></div>'
        + figure
        + note
        + f'<div class="qn-body">{body}</div>'
        + after
        + f'<div class="qn-standards"><a>Our Standards: The {WIRE14} Trust Principles.</a>, opens new tab</div>'
        + '<div class="qn-topics">Suggested Topics: '
        + " ".join(f"<a>{t(x)}</a>" for x in topics)
        + "</div></article>"
        + f'<aside class="qn-side">{companies}<section><h2>Read Next</h2><ul>{read_next}</ul></section>'
        + '<section class="qn-sponsored"><h2>Sponsored Content</h2><div>How Vantry\'s ports are powering the offshore wind '
        + "boom <span>Sponsored by Vantry Development Bank</span></div></section></aside></main>"
        + '<footer class="qn-foot"><div><a>About Quoin</a> <a>Careers</a> <a>Advertise with us</a> <a>Privacy</a> '
        + "<a>Terms of Use</a></div><div>All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges "
        + f"and delays.</div><div>© {day.year} {WIRE14}. All rights reserved</div></footer>"
        + "</body></html>"
    )


BLAZE14_KICKERS = {"P378": "BIRTH FURY", "P379": "AXE FALLS", "P381": "STORM CHAOS", "P382": "HOME TRUTHS",
                   "P384": "INFERNO", "P386": "SLUM SHAME", "P389": "BUS BOOST", "P393": "SEA HEROES",
                   "P396": "BUZZING", "P397": "ON THE RUN", "P398": "DRY SPELL", "P400": "TRAM AT LAST"}  # fmt: skip
BLAZE14_LEADS = ["PICTURED:", "SCENE:", "HEARTBREAK:", "DRAMA:", "LOOK:", "CLOSE CALL:"]
BLAZE14_CAPTIONS = [
    "The scene earlier today.",
    "Locals said they were stunned by the news.",
    "Crowds gathered as word spread through the town.",
    "Many in the area say they were never consulted.",
    "The spot has become a familiar sight to thousands.",
    "It is not the first time the area has made headlines.",
]


def tpl_tabloid_mobile(a: Article, ctx: Ctx) -> str:
    """A tabloid's page for phones: the top bar with '☰' and 'Sign in', the menu of sections, the 'TRENDING' strip, the
    consent sheet, the kicker in capitals, the sub-deck in an <h2>, the byline with role, 'Published:' and 'Updated:' times,
    the share row with the comment bubble, a picture after every paragraph with its capitals lead-in and 'Credit:', the
    'READ MORE ON VANTRY' box and 'MOST READ IN NEWS' between paragraphs, on a live page each update's time and capitals
    headline, the tips line in a bold <p> at the end of the story, 'View comments', 'MORE FOR YOU' and the footer (none of
    it body). A live page runs newest first."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    writers = _writers(a)
    kicker = BLAZE14_KICKERS.get(a.id, {"opinion": "OPINION", "feature": "WEEKEND"}.get(a.kind, "NEWS"))
    start = rng.randint(6 * 60, 20 * 60)
    stamp = f"{start // 60}:{start % 60:02d}, {day.day} {day.strftime('%b %Y')}"
    later = start + rng.randint(25, 200)
    update = f"{later // 60}:{later % 60:02d}, {day.day} {day.strftime('%b %Y')}"
    if writers:
        role = _role(a) or ("Guest columnist" if a.kind == "opinion" else "Reporter")
        by = f'<div class="bz-by"><a>{_final13_names(a)}</a>, <span>{t(role)}</span></div>'
    else:
        by = '<div class="bz-by"><a>Blaze Reporter</a></div>'
    count = rng.randint(10, 400)

    def picture() -> str:
        caption, photographer, agency = _final14_caption(ctx)
        caption = rng.choice([caption, rng.choice(BLAZE14_CAPTIONS)])
        lead = rng.choice(BLAZE14_LEADS)
        credit = rng.choice([photographer, agency, f"{photographer} / {agency}"])
        return (
            f'<figure class="bz-pic"><img src="/pics/{rng.randint(10**5, 10**6)}.jpg" alt="">'
            f'<figcaption><span class="bz-cap"><b>{lead}</b> {t(caption)}</span> <span class="bz-credit">Credit: '
            f"{t(credit)}</span></figcaption></figure>"
        )

    if live:
        times = _final14_times(a, rng)
        posts = []
        for i in range(n - 1, -1, -1):
            posts.append(
                f'<div class="bz-post"><div class="bz-post-time" style="color:#e30">{times[i]}</div>'
                f"<h3>{t(_live14_head(a, i).upper())}</h3><p>{t(a.paragraphs[i])}</p></div>"
            )
            if i % 3 == 1:
                posts.append(picture())
        body = (
            '<div class="bz-live"><span style="background:#e30;color:#fff">LIVE</span> <span>Updated moments ago</span></div>'
            + "".join(posts)
        )
    else:
        parts = [f"<p>{t(p)}</p>" for p in a.paragraphs]
        inserts: dict[int, str] = {i: picture() for i in range(n - 1)}
        if n >= 4:
            links = "".join(f"<li><a>{t(o.headline)}</a></li>" for o in ctx.others[:2])
            inserts[1] += f'<div class="bz-readmore"><h3>READ MORE ON VANTRY</h3><ul>{links}</ul></div>'
        if n >= 7:
            most = "".join(f"<li><span>{k + 1}</span> <a>{t(o.headline)}</a></li>" for k, o in enumerate(ctx.others[2:5]))
            inserts[4] += (
                f'<div class="bz-most" style="border-top:4px solid #e30"><h3>MOST READ IN NEWS</h3><ol>{most}</ol></div>'
            )
        body = (picture() if n == 1 else "") + _interleave(parts, inserts)
    tips = (
        '<p class="bz-tips"><b>Do you have a story for The Blaze news team? Email us at tips@theblaze.example or call 01632 '
        "960 800. You can WhatsApp us on 07700 900 512. We pay for videos too.</b></p>"
    )
    more = "".join(
        f'<div class="bz-card"><img src="/pics/t{rng.randint(100, 999)}.jpg" alt=""><a>{t(o.headline)}</a></div>'
        for o in ctx.others[5:9]
    )
    trending = " ".join(f"<a>{t(o.headline)}</a>" for o in ctx.others[-2:])
    return (
        _final_head(f"{a.headline} | The Blaze", lang="en-GB")
        + '<body class="bz"><div class="bz-top"><button>☰</button> <a class="bz-logo" href="/" style="color:#fff;background:#e30">'
        + "THE BLAZE</a> <a>Sign in</a></div>"
        + '<div class="bz-chips" style="overflow-x:auto;white-space:nowrap"><a>News</a> <a>Showbiz</a> <a>Sport</a> '
        + "<a>Blaze Woman</a> <a>Money</a> <a>Travel</a> <a>Motors</a> <a>Puzzles</a></div>"
        + f'<div class="bz-trending"><b>TRENDING</b> {trending}</div>'
        + f'<div class="bz-consent" style="position:fixed;bottom:0"><div>{t(FINAL14_CONSENT[5])}</div><button>Accept &amp; '
        + "continue</button> <button>Manage</button></div>"
        + f'<article class="bz-article"><div class="bz-kicker" style="color:#e30;font-weight:bold">{t(kicker)}</div>'
        + f"<h1>{t(a.headline)}</h1>"
        + (f'<h2 class="bz-sub">{t(DECKS14[a.id])}</h2>' if a.id in DECKS14 else "")
        + by
        + f'<div class="bz-times"><span>Published: {stamp}</span> <span>Updated: {update}</span></div>'
        + f'<div class="bz-share"><a>Facebook</a> <a>X</a> <a>WhatsApp</a> <a href="#comments">💬 {count}</a></div>'
        + f'<div class="bz-body">{body}{tips}</div>'
        + f'<div id="comments"><button>View comments ({count})</button></div></article>'
        + f'<section class="bz-more"><h2>MORE FOR YOU</h2>{more}</section>'
        + '<footer class="bz-foot"><div><a>Contact us</a> <a>Help hub</a> <a>Topic A-Z</a> <a>Privacy</a> <a>Cookie settings</a>'
        + f"</div><div>© Blaze Newsgroup Ltd {day.year}. All rights reserved.</div><div>The Blaze is a member of the Vantry "
        + "Press Standards Board.</div></footer>"
        + "</body></html>"
    )


MERCANTILE14_SHOWN = 3
MERCANTILE14_SECTIONS = {"P377": ("Markets", "Central banks"), "P380": ("Companies", "Shipping"),
                         "P387": ("Companies", "Food & Beverage"), "P388": ("Companies", "Technology"),
                         "P389": ("Companies", "Industrials"), "P395": ("Companies", "Aerospace")}  # fmt: skip
MERCANTILE14_MARKETS = [("VTX 100", "7,412.30", "+0.42%"), ("Lessaria LSX", "18,220.50", "-0.31%"),
                        ("Ardenna QX 40", "5,290.10", "+0.18%"), ("£/$", "1.2684", "-0.12%"), ("Brent $/bbl", "77.85", "+1.04%"),
                        ("Gold $/oz", "2,388.20", "+0.27%"), ("Vantry 10yr", "4.12%", "-0.03")]  # fmt: skip
MERCANTILE14_QUOTES = {  # the quote card inside a story: company, ticker, price, change; not body
    "P380": ("Stellbridge Port Company", "SPC:VX", "1,284p", "+2.7%"),
    "P387": ("Nordvale Foods", "NVF:SN", "LSC 41.20", "+3.1%"),
    "P389": ("Ardley Coachworks", "ARD:VX", "312p", "+6.4%"),
    "P395": ("Aldwyn Aerostructures", "ALDW:VX", "618p", "+1.9%"),
}


def tpl_business_daily(a: Article, ctx: Ctx) -> str:
    """A business daily's article: the markets data strip with its delay note, the masthead with 'Subscribe', 'Sign in' and
    'myMercantile', the cookie panel (a heading and a <p>), the section path and '+ Add to myMercantile', the standfirst, the
    byline with 'in ...' and its date, 'Save', 'Print this page' and 'Gift this article', the quote card between paragraphs,
    after the third paragraph the soft wall ('Keep reading for £1', its <p> and offer list) with the rest of the story kept
    in the page, hidden, after a release 'About ...' and the media contact, after agency copy its copyright, the copyright
    <p>, 'Follow the topics in this article', 'Latest on ...', 'Most read' and the footer (none of it body)."""
    rng = ctx.rng
    day = a.day
    section, sector = MERCANTILE14_SECTIONS.get(a.id, ("Companies", "Vantry"))
    writers = _writers(a)
    if a.kind == "press":
        by = f'<span class="mc-by">Company announcement: {t(_final14_issuer(a))}</span>'
    elif a.kind == "wire":
        by = f'<span class="mc-by">{_final13_names(a)}, {WIRE14}</span>' if writers else f'<span class="mc-by">{WIRE14}</span>'
    else:
        place = _split_town(a, rng, FINAL14_TOWNS)
        by = f'<span class="mc-by"><a>{_final13_names(a)}</a> in {place}</span>'
    strip = "".join(
        f'<tr><th>{t(name)}</th> <td>{value}</td> <td class="{"down" if change[0] == "-" else "up"}">{change}</td></tr>'
        for name, value, change in MERCANTILE14_MARKETS
    )
    shown = a.paragraphs[:MERCANTILE14_SHOWN]
    rest = a.paragraphs[MERCANTILE14_SHOWN:]
    parts = [f"<p>{t(p)}</p>" for p in shown]
    inserts: dict[int, str] = {}
    if a.id in MERCANTILE14_QUOTES and len(shown) > 1:
        name, code, price, change = MERCANTILE14_QUOTES[a.id]
        inserts[0] = (
            f'<div class="mc-quote" style="border:1px solid #ccc;padding:8px"><b>{t(name)}</b> <span>{code}</span> '
            f"<span>{t(price)}</span> <span>{change}</span> <a>+ Add to watchlist</a></div>"
        )
    body = _interleave(parts, inserts) if len(parts) > 1 else "".join(parts)
    after = ""
    if a.kind == "press":
        issuer, contact = PRESS14_ISSUERS[a.id]
        after = f"<p><b>About {t(issuer)}</b></p><p>Media contact: {t(contact)}</p>"
    elif a.kind == "wire":
        after = f"<p>© {WIRE14} {day.year}</p>"
    if rest:
        hidden = "".join(f"<p>{t(p)}</p>" for p in rest)
        body += (
            f'<div class="mc-locked" style="display:none" aria-hidden="true">{hidden}{after}</div>'
            '<div class="mc-barrier"><h2>Keep reading for £1</h2><p>Then £62 a month. Complete digital access to quality '
            "Mercantile journalism on any device. Cancel anytime during your trial.</p><ul><li>Unlimited articles</li>"
            "<li>The Mercantile app</li><li>The Morning Ledger briefing</li></ul><a>Try 4 weeks for £1</a>"
            "<div>Already a subscriber? <a>Sign in</a></div></div>"
        )
    else:
        body += after
    ld = json.dumps(
        {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.headline, "datePublished": a.published,
         "isAccessibleForFree": False,
         "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".mc-locked"}},
        ensure_ascii=False,
    )  # fmt: skip
    latest = "".join(f"<li><a>{t(o.headline)}</a></li>" for o in ctx.others if o.id in BUSINESS14)
    most = "".join(f"<li><a>{t(o.headline)}</a></li>" for o in ctx.others[:5])
    topics = [sector, "Vantry economy"] + _towns_in(a, FINAL14_TOWNS)[:1]
    return (
        _final_head(f"{a.headline} | The Mercantile", f'<script type="application/ld+json">{ld}</script>', lang="en-GB")
        + f'<body class="mc"><div class="mc-markets" role="region" aria-label="Markets data"><table>{strip}</table>'
        + f"<div>Data delayed at least 15 minutes, as of {day.strftime('%b')} {day.day} {day.year} 16:30 GMT.</div></div>"
        + '<header class="mc-head"><a>Subscribe</a> <a>Sign in</a> <a class="mc-logo" href="/">The Mercantile</a> '
        + "<a>myMercantile</a>"
        + _nav(["Home", "Companies", "Markets", "Economy", "Property", "Work & Careers", "Opinion", "The Ledger"], "mc-nav")
        + "</header>"
        + f'<div class="mc-cookie"><h3>Manage cookies</h3><p>{t(FINAL14_CONSENT[6])}</p><button>Accept cookies</button> '
        + "<button>Manage cookies</button></div>"
        + f'<main><article class="mc-article"><div class="mc-path"><a>{t(section)}</a> <a>{t(sector)}</a> '
        + "<button>+ Add to myMercantile</button></div>"
        + f"<h1>{t(a.headline)}</h1>"
        + (f'<div class="mc-standfirst">{t(DECKS14[a.id])}</div>' if a.id in DECKS14 else "")
        + f'<div class="mc-byline">{by} <time datetime="{a.published}">{day.strftime("%B")} {day.day} {day.year}</time></div>'
        + '<div class="mc-tools"><button>Save</button> <button>Print this page</button> <button>Gift this article</button></div>'
        + f'<div class="mc-body">{body}</div>'
        + f'<p class="mc-copy">Copyright The Mercantile Ltd {day.year}. All rights reserved.</p>'
        + '<div class="mc-follow"><h3>Follow the topics in this article</h3><ul>'
        + "".join(f"<li>{t(x)} <button>+ Add to myMercantile</button></li>" for x in topics)
        + "</ul></div></article>"
        + f"<aside><section><h2>Latest on {t(sector)}</h2><ul>{latest}</ul></section>"
        + f"<section><h2>Most read</h2><ol>{most}</ol></section></aside></main>"
        + '<footer class="mc-foot"><div><a>Help</a> <a>About us</a> <a>Accessibility</a> <a>Terms &amp; Conditions</a> '
        + f"<a>Privacy</a></div><div>© The Mercantile Ltd {day.year}. The Mercantile and its journalism are subject to a "
        + "self-regulation regime under the Mercantile Editorial Code of Practice.</div></footer>"
        + "</body></html>"
    )


FINAL15_CONSENT = [
    "We and our partners use cookies and similar technologies to keep this site working, to measure how readers use it and, "
    "with your consent, to show you advertising that is more relevant to you.",
    "The Carrow Falls Sentinel and the Meridian Local Network use cookies and other tracking tools to improve your "
    "experience, to analyze traffic and to serve ads. By continuing to use this site, you accept our updated Terms of Service "
    "and Privacy Policy.",
    "DCN and its advertising partners collect information about how you use our sites and apps. You can choose which "
    "kinds of cookies we may use below. Some are needed for the site to work.",
    "This site uses cookies to remember your settings and to count visits. We do not sell your information.",
    "RSI uses cookies and comparable technologies. Some are technically necessary; others help us to understand how our "
    "services are used and to improve them. You can withdraw your consent at any time in the privacy settings.",
    "Newsfront and up to 180 vendors use cookies and your browsing data to personalize content and ads, to measure ad "
    "performance and to develop and improve products.",
    "We use cookies to give you a better experience on NationFirst and to show you relevant ads. By using this site you agree "
    "to our cookie policy.",
]
FINAL15_CAPTIONS = [
    "The Kellmont Capitol in Carrow Falls.",
    "Downtown Carrow Falls, seen from the Quincy Street bridge.",
    "Farmland east of Tolland Creek.",
    "Main Street in Hartsgrove.",
    "The Quillan River at Greyhaven.",
    "The coast road north of Sable Point.",
    "Rush-hour traffic on Route 9 near Wrenfield.",
]
CAPTIONS15 = {  # pictures that show the story itself: (caption); not body
    "P401": "Water fills Fifth Avenue near Marlowe Street in downtown Carrow Falls on Thursday morning.",
    "P403": "Linwood Park Elementary School on the north side of Carrow Falls.",
    "P404": "The Ashby County Courthouse in Wrenfield.",
    "P406": "Voters wait to cast ballots at the Eastside Library in Carrow Falls on Tuesday.",
    "P408": "Della Marchetti scans the hills from the catwalk of the Bexley Peak fire lookout.",
    "P409": "Goods lie on the floor of a convenience store in Sable Point after Wednesday's earthquake.",
    "P411": "Carrow Falls police headquarters on Grant Street.",
    "P412": "The site of the planned Northgrid Compute data center east of Tolland Creek.",
    "P413": "Tobias Engvall celebrates after his winning field goal at Lakeshore Field.",
    "P414": "Derailed freight cars lie beside the tracks east of Hartsgrove on Thursday.",
    "P416": "The waterline left by last year's flood on a wall of the Greyhaven Public Library.",
    "P418": "Dairy cows on a farm in Renwick County.",
    "P419": "Customers wait at the Division of Motor Vehicles office in Wrenfield.",
    "P421": "Smoke from the Bexley Ridge fire rises over the hills west of Greyhaven on Saturday.",
    "P422": "Crews work at the Dorrance Avenue substation in Wrenfield on Wednesday night.",
    "P424": "Visitors climb the restored Sable Point lighthouse on Saturday.",
    "P425": "Tenants watch from the gallery of the Kellmont House of Representatives.",
    "P402": "Mira Dostal speaks to lawmakers after the final round of voting in Drossel.",
    "P410": "Ash rises from Monte Aurel on Kessa Island on Wednesday.",
    "P415": "President Matteo Sarrazin arrives at parliament in Corvo on Thursday.",
    "P423": "Trade ministers from Marenza and Dunmarra sign the agreement in Altavella.",
}
FINAL15_PHOTOGRAPHERS = [
    "Renata Oyelowo",
    "Kasimir Thorsby",
    "Delphine Achterberg-Nunn",
    "Wilhelmina Castro-Fitch",
    "Obadiah Penhallow",
]
FINAL15_AGENCIES = ["Keel", "Kellmont Photo Pool", "Prairie Light Images"]
FINAL15_TOWNS = ["Carrow Falls", "Wrenfield", "Tolland Creek", "Hartsgrove", "Greyhaven", "Sable Point", "Millbay", "Port Anselm"]
WIRE15 = "Keel"
DECKS15 = {  # the deck under the headline on the sites that set one: not body
    "P403": "About 1,400 children will change schools in August as the district tries to close a $31 million budget gap",
    "P404": "Garrett Lindqvist-Boyce moved his clients' savings into accounts he controlled for six years",
    "P406": "Adaeze Okafor-Grant and Brendan Devlin are vying to succeed Mayor Harold Stenmark",
    "P407": "A $40 part cost one farmer a fifth of a field. A bill before the legislature would change that",
    "P408": "Della Marchetti has watched for smoke from Bexley Peak for 19 summers. Cameras now do much of the work",
    "P411": "Officers were paid for shifts at events that were canceled or ended early, the city's inspector general found",
    "P412": "Farmers and neighbors fear the campus will drain the aquifer that supplies their wells",
    "P413": "Rookie kicker Tobias Engvall's 49-yard field goal sends Carrow Falls to the postseason",
    "P416": "Only about a third of an $85 million recovery fund has been paid out, and dozens of families are still in trailers",
    "P417": "A bill would let agencies charge by the hour for records and turn down requests without saying why",
    "P418": "About 1,100 cows on a Renwick County farm are under quarantine; officials say milk remains safe",
    "P419": "Nobody checked the contractor's invoices against the work it delivered, the state auditor found",
    "P421": "About 1,500 homes are under evacuation orders and the fire is 0% contained",
    "P424": "Visitors can climb the 174 steps to the gallery for the first time in five years",
    "P425": "The bill caps yearly increases at 7% plus inflation for most buildings more than 15 years old",
}
PRESS15_ISSUERS = {  # who issued each release, and its media contact
    "P405": ("Kellmont Valley Health", "Priya Ashenfelter, Media Relations, Kellmont Valley Health, 555-0147"),
    "P420": ("Brightwater Renewables", "Nell Fairbrother, Communications Director, Brightwater Renewables, 555-0193"),
}
WRITERS15 = {  # who wrote each opinion piece, as the sites that say so put it: not body
    "P407": "Walt Brennecke grows corn and soybeans near Hartsgrove and sits on the board of the Kellmont Growers' Association.",
    "P417": "Theo Vandersloot-Ames is a columnist who has written about Kellmont politics and government for 25 years.",
}
LIVE15_TIMES = {  # a live page's update times, as its reporters filed them
    "P406": ["19:02", "19:31", "19:58", "20:04", "20:41", "21:10", "21:47", "22:15", "22:58", "23:36", "23:52"],
    "P421": ["07:05", "07:40", "08:12", "08:55", "09:30", "10:18", "11:56", "12:40", "13:25", "15:10", "18:45", "21:30"],
}
LIVE15_HEADS = {  # the headlines the live pages' editors gave each update: not body
    "P406": ["Welcome to runoff night", "Who is on the ballot", "Turnout running high", "Polls close", "Early votes favor "
             "Okafor-Grant", "Calm at Devlin's party", "Race tightens", "Scanner jam in Ward 6", "Okafor-Grant leads by 1,712",
             "Devlin concedes", "Okafor-Grant wins"],
    "P421": ["Fire grows to 9,000 acres overnight", "Evacuation order for 1,100 homes", "Fire 0% contained", "Route 9 closed",
             "Air quality alert for Carrow Falls", "At the evacuation center", "Fire jumps Bexley Road",
             "Tamarack Heights told to leave", "State of emergency declared", "Homes burned on Juniper Lane",
             "Winds ease, containment 10%", "Fire at 12,400 acres"],
}  # fmt: skip
LIVE15_SUMMARY = {  # the bullets above a live page: not body
    "P406": ["Adaeze Okafor-Grant has won the Carrow Falls mayoral runoff, beating Brendan Devlin by about 1,700 votes",
             "She will be the city's first Black woman mayor and says her first priority is housing",
             "About 4,000 ballots in Ward 6 were counted by hand after a scanner jammed"],
    "P421": ["The Bexley Ridge fire west of Greyhaven has grown to an estimated 12,400 acres and is 10% contained",
             "About 1,500 homes are under evacuation orders, and at least six homes have burned",
             "Route 9 is closed between Greyhaven and Bexley Junction"],
}  # fmt: skip
_AP_MONTHS15 = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


def _final15_caption(ctx: Ctx, a: Article) -> tuple[str, str, str]:
    """(caption, photographer, agency): the story's own picture where it has one, else one of the split's."""
    caption, photographer, agency = _caption_from(ctx, FINAL15_CAPTIONS, FINAL15_PHOTOGRAPHERS, FINAL15_AGENCIES)
    return CAPTIONS15.get(a.id, caption), photographer, agency


def _times15(a: Article, rng: random.Random) -> list[int]:
    """A live page's update times, in minutes after midnight."""
    times = LIVE15_TIMES.get(a.id) or _final6_times(a, rng)
    return [int(x[:2]) * 60 + int(x[3:]) for x in times]


def _clock15(minutes: int, style: str = "ap") -> str:
    """'7:02 p.m.' (AP style), '7:02 PM' ('caps') or '07:02 PM' ('padded')."""
    hour, minute = divmod(minutes % (24 * 60), 60)
    h12 = (hour - 1) % 12 + 1
    if style == "ap":
        return f"{h12}:{minute:02d} {'a.m.' if hour < 12 else 'p.m.'}"
    if style == "padded":
        return f"{h12:02d}:{minute:02d} {'AM' if hour < 12 else 'PM'}"
    return f"{h12}:{minute:02d} {'AM' if hour < 12 else 'PM'}"


def _ap_date15(day: date) -> str:
    """'Jan. 21, 2026', as AP style abbreviates the month."""
    return f"{_AP_MONTHS15[day.month - 1]} {day.day}, {day.year}"


def _live15_head(a: Article, i: int) -> str:
    """The headline over update i of a live page: the editors' own, else one cut from the update."""
    heads = LIVE15_HEADS.get(a.id)
    return heads[i] if heads and i < len(heads) else _entry_headline(a.paragraphs[i], i)


def _final15_issuer(a: Article) -> str:
    """Who first published an article of the split: a release's issuer, the agency or the newsroom itself."""
    if a.id in PRESS15_ISSUERS:
        return PRESS15_ISSUERS[a.id][0]
    return WIRE15 if a.kind == "wire" else ""


def _wire15_city(a: Article) -> str:
    """The city of an agency story's dateline ("CORVO, Ilvane (Keel) — ..." -> "Corvo"), else Carrow Falls."""
    match = re.match(r"([A-Z][A-Z .'-]+), ", a.paragraphs[0])
    return match.group(1).title() if match else "Carrow Falls"


def _email15(name: str, domain: str) -> str:
    """A reporter's address: first initial and surname ('Jonah Pettibone' -> 'jpettibone@...')."""
    parts = name.split()
    return (parts[0][0] + re.sub(r"[^a-z]", "", parts[-1].lower())).lower() + "@" + domain


COMPASS15 = {  # section, fly title, print headline and the dateline's place, for the newsweekly: not body
    "P403": ("Dunmarra", "Schools", "Empty desks", "Carrow Falls"),
    "P407": ("By Invitation", "Right to repair", "Let me fix it", ""),
    "P408": ("Dunmarra", "Wildfires", "The watcher on the peak", "Bexley Peak"),
    "P412": ("Business", "Data centers", "Thirsty work", "Tolland Creek"),
    "P416": ("Dunmarra", "Disaster recovery", "Still waiting", "Greyhaven"),
    "P417": ("By Invitation", "Open government", "Closing the files", ""),
    "P419": ("Dunmarra", "Public procurement", "Billed twice", "Carrow Falls"),
}
COMPASS15_RUBRICS = {  # the rubric under the newsweekly's headline: not body
    "P403": "A city that built schools for a baby boom is learning to live without one",
    "P407": "A farmer makes the case for letting owners mend their own machines",
    "P408": "The fire lookout is a dying trade. One woman is keeping it alive on a Kellmont peak",
    "P412": "Data centers promise jobs and taxes. They are also very thirsty",
    "P416": "Floods are quick. Recovery money is not",
    "P417": "A bill to curb records requests would hide far too much, argues a veteran columnist",
    "P419": "How a state paid millions for work that did not exist",
}
COMPASS15_CHARTS = {  # the chart inside a story: title, subtitle, source; the plot is an <svg>
    "P403": ("Fewer children", "Carrow Falls public schools, enrollment, '000", "Carrow Falls school district",
             [("2015", 27.9), ("2017", 27.1), ("2019", 26.0), ("2021", 24.2), ("2023", 23.1), ("2025", 22.3)]),
    "P412": ("Running dry", "Tolland aquifer, depth to water at monitoring well TC-4, feet", "Kellmont Geological Survey",
             [("2005", 61.0), ("2010", 64.5), ("2015", 68.2), ("2020", 72.9), ("2025", 75.1)]),
    "P416": ("Slow money", "Greyhaven flood recovery fund, $m", "Kellmont Department of Emergency Management",
             [("Promised", 85.0), ("Committed", 52.0), ("Paid", 29.0)]),
    "P419": ("Overrun", "DriveKell computer system, cost, $m", "Kellmont State Auditor",
             [("2019 contract", 62.0), ("2022 estimate", 81.0), ("2025 estimate", 109.0)]),
}  # fmt: skip


def tpl_newsweekly(a: Article, ctx: Ctx) -> str:
    """A weekly news magazine's web article: the top bar with 'Weekly edition', the menu, the cookie dialog (a heading and a
    <p>), the section and fly title above the headline, the rubric in an <h2>, the picture's 'Photograph:' or
    'Illustration:' credit, the date, dateline and reading time, 'Listen to this story', 'Save', 'Share' and 'Give', the
    first words in small capitals behind a drop-cap <span> (its text is body), an advert and the chart (its title, subtitle,
    source and 'Chart: The Compass'; the plot an <svg>) between paragraphs, the end mark '■' inside the last paragraph, after
    a guest essay the writer's line in an italic <p>, the <p> naming the print edition's headline, 'From the ... edition',
    'More from ...', the newsletter box and the footer (none of it body). No byline."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    section, fly, printed, place = COMPASS15.get(a.id, ("Dunmarra", "Dunmarra", a.headline, "Carrow Falls"))
    suffix = "th" if 10 <= day.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
    when = f"{day.strftime('%b')} {day.day}{suffix} {day.year}"
    edition = date.fromordinal(day.toordinal() + (5 - day.weekday()) % 7 + 7)
    esuffix = "th" if 10 <= edition.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(edition.day % 10, "th")
    minutes = _minutes(a, 200)
    rubric = COMPASS15_RUBRICS.get(a.id) or DECKS15.get(a.id, "")
    guest = section == "By Invitation"
    _caption, photographer, agency = _final15_caption(ctx, a)
    credit = f"Illustration: {photographer}" if guest else f"Photograph: {rng.choice([agency, photographer])}"
    figure = (
        f'<figure class="cp-lead"><img src="https://www.thecompass.example/img/{rng.randint(10**6, 10**7)}.jpg" alt="">'
        f'<figcaption><span class="cp-credit">{t(credit)}</span></figcaption></figure>'
    )
    first = a.paragraphs[0]
    words = first.split(" ")
    lead = " ".join(words[:2])
    opening = (
        f'<p><span class="cp-initial" style="float:left;font-size:3.4em">{t(lead[0])}</span><small>{t(lead[1:])}</small>'
        f"{t(first[len(lead) :])}</p>"
    )
    parts = [opening] + [f"<p>{t(p)}</p>" for p in a.paragraphs[1:]]
    parts[-1] = parts[-1][: -len("</p>")] + '<span class="cp-ufinish"> ■</span></p>'
    inserts: dict[int, str] = {}
    if n >= 4:
        inserts[2] = '<div class="cp-ad" style="min-height:250px"><span>ADVERTISEMENT</span></div>'
    if a.id in COMPASS15_CHARTS and n >= 6:
        title, subtitle, source, values = COMPASS15_CHARTS[a.id]
        top = max(v for _, v in values)
        bars = "".join(
            f'<rect x="{20 + k * 60}" y="{200 - 180 * v / top:.0f}" width="40" height="{180 * v / top:.0f}"></rect>'
            f'<text x="{20 + k * 60}" y="215">{t(label)}</text><text x="{20 + k * 60}" y="{195 - 180 * v / top:.0f}">{v:g}</text>'
            for k, (label, v) in enumerate(values)
        )
        inserts[4] = (
            f'<figure class="cp-chart"><div class="cp-chart-title">{t(title)}</div><div class="cp-chart-sub">{t(subtitle)}</div>'
            f'<svg viewBox="0 0 400 220" role="img">{bars}</svg><figcaption><div>Source: {t(source)}</div>'
            "<div>Chart: The Compass</div></figcaption></figure>"
        )
    body = _interleave(parts, inserts)
    after = f'<p class="cp-writer"><i>{t(WRITERS15[a.id])}</i></p>' if guest and a.id in WRITERS15 else ""
    pool = [o for o in ctx.others if o.id in COMPASS15]
    same = [o for o in pool if COMPASS15[o.id][0] == section]
    more_title = f"More from {section}" if same else "More from The Compass"
    more = "".join(
        f'<li><div class="cp-fly">{t(COMPASS15[o.id][1])}</div><a><h3>{t(o.headline)}</h3></a>'
        f"<p>{t(COMPASS15_RUBRICS.get(o.id) or _card_snippet(o, 110))}</p></li>"
        for o in (same or pool)[:3]
    )
    meta = f"<time>{when}</time>" + (f" <span>|</span> <span>{t(place)}</span>" if place else "")
    meta += f" <span>|</span> <span>{minutes} min read</span>"
    return (
        _final_head(f"{a.headline} | The Compass", lang="en")
        + '<body class="cp"><a class="cp-skip" href="#content">Skip to content</a>'
        + '<header class="cp-top"><button>Menu</button> <a class="cp-logo" href="/">The Compass</a> <a>Weekly edition</a> '
        + '<a>The world this week</a> <button>Search</button> <a>Log in</a> <a class="cp-sub">Subscribe</a></header>'
        + _nav(
            ["Dunmarra", "The world", "Business", "Finance & economics", "Science & technology", "Culture", "Podcasts"], "cp-nav"
        )
        + f'<div class="cp-consent" role="dialog"><h2>Cookies on The Compass</h2><p>{t(FINAL15_CONSENT[0])}</p>'
        + "<button>Accept all</button> <button>Manage cookies</button></div>"
        + f'<main id="content"><article><div class="cp-headline-top"><a class="cp-section">{t(section)}</a> <span>|</span> '
        + f'<span class="cp-flytitle">{t(fly)}</span></div><h1>{t(a.headline)}</h1>'
        + (f'<h2 class="cp-rubric">{t(rubric)}</h2>' if rubric else "")
        + figure
        + f'<div class="cp-meta">{meta}</div>'
        + f'<div class="cp-tools"><button>Listen to this story</button> <span>{minutes + 1}:{rng.randint(0, 59):02d}</span> '
        + "<button>Save</button> <button>Share</button> <button>Give</button></div>"
        + f'<section class="cp-body">{body}</section>'
        + after
        + f'<div class="cp-print"><p>This article appeared in the {t(section)} section of the print edition under the headline '
        + f"&quot;{t(printed)}&quot;</p></div>"
        + f'<section class="cp-edition"><h3>From the {edition.strftime("%B")} {edition.day}{esuffix} {edition.year} edition</h3>'
        + "<div>Every article in this week's issue, section by section</div><a>Browse this issue</a></section>"
        + '<div class="cp-reuse"><a>Licensing and reprints</a></div></article>'
        + (f'<section class="cp-more"><h2>{t(more_title)}</h2><ul>{more}</ul></section>' if more else "")
        + '<aside class="cp-nl"><h3>The Compass Today</h3><div>Hand-picked stories from the editors, in your inbox every '
        + 'weekday.</div><input type="email" placeholder="Email address"> <button>Sign up</button></aside></main>'
        + '<footer class="cp-foot"><div>Published weekly since 1891</div><div><a>About</a> <a>Advertise</a> <a>Careers</a> '
        + "<a>Terms of use</a> <a>Privacy</a> <a>Cookie settings</a> <a>Accessibility</a></div>"
        + f"<div>Copyright © The Compass Newspaper Limited {day.year}. All rights reserved.</div></footer>"
        + "</body></html>"
    )


SENTINEL15_LABELS = {"opinion": "OPINION", "press": "PRESS RELEASE", "wire": "WORLD", "feature": "LIFE"}
SENTINEL15_SECTIONS = {"P413": "SPORTS", "P403": "EDUCATION", "P420": "PRESS RELEASE"}
SENTINEL15_BEATS = {  # the tagline's phone numbers, by reporter
    "Marisol Whitcombe-Reyes": "555-0139", "Jonah Pettibone": "555-0121", "Ingrid Solvang-Pierce": "555-0176",
    "Marcus Delacroix-Webb": "555-0158", "Caleb Osterhout": "555-0164",
}  # fmt: skip
SENTINEL15_PROMOTED = [  # the 'Sponsored stories' cards under a story: adverts, not body
    ("Kellmont homeowners under 80 are only now learning about this mortgage rule", "Homestead Advice Daily"),
    ("Doctors are stunned: this simple morning habit supports healthy knees", "JointWell"),
    ("The most comfortable work boots of 2026 are on sale in Carrow Falls", "Ridgeline Boots"),
    ("Here's what a new walk-in tub should cost you in 2026", "Bath Prices Today"),
    ("Carrow Falls drivers with no tickets in 3 years should read this", "Quote Compare Kellmont"),
]


def tpl_chain_daily(a: Article, ctx: Ctx) -> str:
    """A big local daily on a newspaper chain's shared CMS: 'Skip to main content', the leaderboard advert, the header with
    'Subscribe for $1', 'Sign In', the weather and the menu, the privacy notice with 'Continue', the section label, the
    byline with the paper's name, 'Published' and 'Updated' times, the share row with 'Gift article', the 'Key Points'
    box marked as an AI-assisted summary (cut first sentences), the picture with 'Show Caption' and 'Hide Caption', adverts
    every three paragraphs, 'MORE:' lines, the newsletter sign-up box and the 'Recommended for you' module (headlines and
    standfirsts) between paragraphs, on a live page each update's time, headline and writer, after a story the reporter's
    contact line in an italic <p>, after an opinion piece the writer's line and the note on views, after a release the
    wire's 'View source version' <p>, 'Contacts' and the note on releases, the subscription prompt, 'Sponsored stories',
    'Most Popular' and the network's footer (none of it body). A live page runs newest first."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    writers = _writers(a)
    label = SENTINEL15_SECTIONS.get(a.id) or SENTINEL15_LABELS.get(a.kind, "NEWS")
    press = a.kind == "press"
    if press:
        byline = '<div class="ml-byline"><div class="ml-by-name">Dunmarra Business Wire</div></div>'
    elif a.kind == "wire":
        byline = (
            f'<div class="ml-byline"><div class="ml-by-name">{_final13_names(a) + ", " if writers else ""}{WIRE15}</div></div>'
        )
    elif writers:
        photos = "".join(f'<img class="ml-by-photo" src="/authors/{_slug(w)}.jpg" alt="">' for w in writers)
        byline = (
            f'<div class="ml-byline">{photos}<div class="ml-by-name">{_final13_names(a)}</div>'
            '<div class="ml-by-paper">Carrow Falls Sentinel</div></div>'
        )
    else:
        byline = '<div class="ml-byline"><div class="ml-by-name">Carrow Falls Sentinel</div></div>'
    start = rng.choice([5 * 60 + 2, 6 * 60, 11 * 60 + 31, 15 * 60 + 45, 19 * 60 + 8])
    if live:
        start = _times15(a, rng)[0]
    dates = f'<div class="ml-dates"><span>Published {_clock15(start)} {_ap_date15(day)}</span>'
    if n > 1:
        end = _times15(a, rng)[-1] if live else start + rng.randint(35, 280)
        dates += f" <span>| Updated {_clock15(end)} {_ap_date15(day)}</span>"
    dates += "</div>"
    share = (
        '<div class="ml-share"><button>Facebook</button> <button>X</button> <button>Email</button> <button>Share</button> '
        "<button>Gift article</button></div>"
    )
    keypoints = ""
    if n >= 8 and not live:
        items = "".join(f"<li>{t(_cut14(a.paragraphs[k], 120))}</li>" for k in (0, 1, n - 1))
        keypoints = (
            '<section class="ml-keypoints" style="border:1px solid #ddd;padding:12px"><h2>Key Points</h2>'
            f'<span class="ml-ai">AI-assisted summary</span><ul>{items}</ul><div class="ml-ai-note">These points were drafted '
            "with the help of AI and checked by a Sentinel editor.</div></section>"
        )
    figure = ""
    if a.id in CAPTIONS15 or (a.kind in ("short", "long", "feature", "liveblog") and n >= 2):
        caption, photographer, _agency = _final15_caption(ctx, a)
        owner = WIRE15 if a.kind == "wire" else "Carrow Falls Sentinel"
        figure = (
            f'<figure class="ml-lead"><img src="/gcdn/{rng.randint(10**7, 10**8)}.jpg" alt="{attr(caption)}">'
            '<div class="ml-capbtn"><button>Show Caption</button> <button>Hide Caption</button></div>'
            f'<figcaption>{t(caption)} <span class="ml-credit">{t(photographer)}/{owner}</span></figcaption></figure>'
        )
    ad = '<div class="ml-ad" style="min-height:250px"><span>Advertisement</span></div>'
    if live:
        times = _times15(a, rng)
        entries = []
        for i in range(n - 1, -1, -1):
            who = writers[i % len(writers)] if writers else "Sentinel staff"
            entries.append(
                f'<div class="ml-entry"><div class="ml-entry-time">{_clock15(times[i])}</div><h3>{t(_live15_head(a, i))}</h3>'
                f'<div class="ml-entry-by">{t(who)}</div><p>{t(a.paragraphs[i])}</p></div>'
            )
            if i % 3 == 1:
                entries.append(ad)
        body = (
            '<div class="ml-live"><span class="ml-pill" style="background:#c00;color:#fff">LIVE</span> '
            f"<span>Updated {rng.randint(2, 40)} minutes ago</span></div>" + "".join(entries)
        )
    else:
        parts = [f"<p>{t(p)}</p>" for p in a.paragraphs]
        inserts: dict[int, str] = {i: ad for i in range(2, n - 1, 3)}
        if n >= 5 and not press:
            inserts[1] = f'<p class="ml-more"><strong>MORE:</strong> <a>{t(ctx.others[0].headline)}</a></p>'
        if n >= 6 and not press:
            inserts[3] = (
                '<div class="ml-nl" style="background:#f2f6fa;padding:16px"><h3>Get The Morning Rundown</h3><div>What is '
                "happening in Carrow Falls, from Sentinel reporters, in your inbox before 7 a.m.</div>"
                '<input type="email" placeholder="Email address"> <button>Sign up</button><div class="ml-small">By signing '
                "up, you agree to our Terms of Service and Privacy Policy.</div></div>"
            )
        if n >= 8:
            cards = "".join(
                f'<li><img src="/gcdn/t{rng.randint(100, 999)}.jpg" alt=""><a><h3>{t(o.headline)}</h3></a>'
                f"<p>{t(DECKS15.get(o.id) or _card_snippet(o, 110))}</p></li>"
                for o in ctx.others[1:4]
            )
            inserts[6] = f'<section class="ml-rec"><h2>Recommended for you</h2><ul>{cards}</ul></section>'
            inserts[n - 3] = inserts.get(n - 3, "") + (
                f'<p class="ml-more"><strong>MORE:</strong> <a>{t(ctx.others[4].headline)}</a></p>'
            )
        body = _interleave(parts, inserts)
    after = ""
    if press:
        issuer, contact = PRESS15_ISSUERS[a.id]
        after = (
            f"<p>View source version on dunmarrabusinesswire.example: https://www.dunmarrabusinesswire.example/news/home/"
            f'{a.published.replace("-", "")}00{a.id[1:]}/en/</p><div class="ml-contacts"><h3>Contacts</h3><p>{t(contact)}</p>'
            '</div><div class="ml-pr-note" style="font-size:12px">This press release was distributed by Dunmarra Business '
            "Wire. The Sentinel newsroom had no part in writing or editing it.</div>"
        )
    elif a.kind == "opinion":
        after = (
            f"<p><em>{t(WRITERS15.get(a.id, ''))}</em></p>"
            "<p><em>The views in this column are the writer's own and not those of the Carrow Falls Sentinel. Send a letter "
            "to the editor at letters@cfsentinel.example.</em></p>"
        )
    elif writers and a.kind != "wire":
        contacts = " ".join(
            f"Contact {t(w)} at {_email15(w, 'cfsentinel.example')}"
            + (f" or {SENTINEL15_BEATS[w]}" if w in SENTINEL15_BEATS else "")
            + "."
            for w in writers
        )
        after = f"<p><em>{contacts}</em></p>"
    promoted = "".join(
        f'<div class="ml-promo"><div class="ml-promo-img" style="height:110px"></div><a>{t(x)}</a><div>{t(src)}</div></div>'
        for x, src in rng.sample(SENTINEL15_PROMOTED, 3)
    )
    popular = "".join(f"<li><a>{t(o.headline)}</a></li>" for o in ctx.others[5:10])
    return (
        _final_head(f"{a.headline}", lang="en-US")
        + '<body class="ml"><a class="ml-skip" href="#main">Skip to main content</a>'
        + '<div class="ml-ad-top" style="min-height:90px"><span style="font-size:10px">Advertisement</span></div>'
        + '<header class="ml-head"><a class="ml-logo" href="/">Carrow Falls Sentinel</a> <a class="ml-sub">Subscribe for $1</a> '
        + f'<a>Sign In</a> <span class="ml-weather">{rng.randint(18, 88)}°F</span>'
        + _nav(["Home", "News", "Sports", "Life", "Entertainment", "Opinion", "Obituaries", "eNewspaper", "Legals"], "ml-nav")
        + "</header>"
        + f'<div class="ml-privacy" style="position:fixed;bottom:0"><p>{t(FINAL15_CONSENT[1])}</p><button>Continue</button></div>'
        + f'<main id="main"><article class="ml-article"><div class="ml-label"><a>{label}</a></div><h1>{t(a.headline)}</h1>'
        + byline
        + dates
        + share
        + keypoints
        + figure
        + f'<div class="ml-body">{body}</div>'
        + after
        + "</article>"
        + '<aside class="ml-support" style="background:#0b3a60;color:#fff"><h3>Local news you can trust</h3><div>Get unlimited '
        + "digital access to the Carrow Falls Sentinel for $1 for your first 6 months.</div><a>Subscribe now</a></aside>"
        + f'<section class="ml-promoted"><h2>Sponsored stories</h2>{promoted}</section>'
        + f'<aside class="ml-popular"><h2>Most Popular</h2><ol>{popular}</ol></aside></main>'
        + '<footer class="ml-foot"><div><a>About us</a> <a>Newsletters</a> <a>Staff directory</a> <a>Submit a news tip</a> '
        + "<a>Place an obituary</a> <a>Help center</a> <a>Terms of Service</a> <a>Privacy Policy</a> <a>Your Privacy Choices</a>"
        + "</div><div>Part of the Meridian Local Network</div>"
        + f"<div>© {day.year} www.cfsentinel.example. All rights reserved.</div></footer>"
        + "</body></html>"
    )


DCN15_SECTIONS = {"P413": "Sports", "P418": "Health", "P425": "Politics", "P406": "Politics", "P415": "World", "P408": "Dunmarra"}
DCN15_VIDEOS = {  # the video at the top of a story: its title and length; not body
    "P401": ("Video shows water gushing down Fifth Avenue in Carrow Falls", "00:48"),
    "P406": ("Okafor-Grant: 'Tomorrow we start work'", "01:36"),
    "P408": ("See inside Kellmont's last staffed fire lookout", "03:12"),
    "P413": ("Watch the kick that ended the Comets' 11-year playoff drought", "00:41"),
    "P422": ("Crews battle substation fire in Wrenfield", "01:05"),
    "P425": ("Tenants react as Kellmont House passes rent cap", "02:19"),
}
DCN15_PROMOS = {  # the newsletter line set as a paragraph of the story: not body
    "Health": "Sign up for DCN's Health Check newsletter. Get the week's health news, explained, every Tuesday.",
    "Politics": "Get DCN's Capitol Brief, a daily look at what lawmakers are doing and why, in your inbox. Sign up here.",
    "Dunmarra": "Get the day's biggest stories in one email. Sign up for DCN's Evening Rundown.",
}
DCN15_STAFF = ["Harriet Osei-Lindgren", "Pavel Dunmore", "Celia Aguirre-Stone", "Nathaniel Brisk", "Wren Takahashi-Boyd"]
DCN15_SUBHEADS = ["How we got here", "'Something is going to give'", "What happens next", "The reaction"]
DCN15_PARTNERS = [  # 'Paid Partner Content': adverts, not body
    ("The 5 best credit cards for travelers this year", "FinanceBuzz Kellmont"),
    ("Why retirees are moving to this quiet coastal town", "Coastline Living"),
    ("This gadget cools any room in minutes, and it's selling fast", "ChillCube"),
    ("Seniors with no life insurance can now get $250,000 of cover", "SecureLife Quotes"),
]


def tpl_cable_network(a: Article, ctx: Ctx) -> str:
    """A national TV news network's website: the header with its menu, 'Watch', 'Listen', 'Live TV', 'Subscribe' and 'Sign
    in', adverts with 'Ad Feedback', the privacy choices panel (a heading and a <p>), the section, the byline with the
    network's name, 'Updated' time and reading time, the video at the top ('Video Ad Feedback', its title, length and
    source) or picture with its credit, the source line ('Carrow Falls, Kellmont DCN —') in a <cite> at the start of the
    first paragraph (the rest of that <p> is body), 'Related article' cards, <h2> subheads and adverts between paragraphs,
    the newsletter line in a <p> of its own between paragraphs, before an opinion piece the editor's note in an italic <p>,
    after a story the contributors' line in an italic <p>, the topics, 'Paid Partner Content', 'More from DCN' and the
    footer (none of it body); the hidden 'Link Copied!' toasts are never visible. A live page ('Live Updates') runs newest
    first under 'What we're covering', each post after 'From DCN's ...' and its time, with its own headline."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    writers = _writers(a)
    section = DCN15_SECTIONS.get(a.id) or {"wire": "World", "opinion": "Opinion"}.get(a.kind, "Dunmarra")
    if writers:
        byline = "By " + ", ".join(f"<a>{t(w)}</a>" for w in writers) + (", DCN" if a.kind != "wire" else f", {WIRE15}")
    else:
        byline = "By DCN Staff" if a.kind != "wire" else WIRE15
    start = _times15(a, rng)[-1] if live else rng.randint(7 * 60, 21 * 60)
    stamp = f"Updated {_clock15(start, 'caps')} KT, {day.strftime('%a %B')} {day.day}, {day.year}"
    minutes = _minutes(a, 230)
    adfb = '<div class="dcn-ad" style="min-height:250px"></div><div class="dcn-adfb">Ad Feedback</div>'
    if a.id in DCN15_VIDEOS:
        title, length = DCN15_VIDEOS[a.id]
        lead = (
            '<div class="dcn-video"><div class="dcn-player" style="aspect-ratio:16/9;background:#000"></div>'
            f'<div class="dcn-adfb">Video Ad Feedback</div><div class="dcn-video-title">{t(title)}</div>'
            f'<div class="dcn-video-meta">{length} - Source: DCN</div></div>'
        )
    elif n >= 3:
        caption, photographer, agency = _final15_caption(ctx, a)
        lead = (
            f'<figure class="dcn-image"><img src="https://media.dcn.example/{rng.randint(10**8, 10**9)}.jpg" alt="">'
            f'<figcaption><span>{t(caption)}</span> <span class="dcn-credit">{t(photographer)}/{t(agency)}</span></figcaption>'
            "</figure>"
        )
    else:
        lead = ""
    toast = '<div class="dcn-toast" style="display:none">Link Copied!</div>'
    note = ""
    if a.kind == "opinion":
        note = (
            f"<p><em>Editor's note: {t(WRITERS15.get(a.id, ''))} The views expressed in this commentary are the writer's own. "
            "Read more opinion on DCN.</em></p>"
        )
    if live:
        times = _times15(a, rng)
        summary = "".join(f"<li>{t(x)}</li>" for x in LIVE15_SUMMARY.get(a.id, [_cut14(a.paragraphs[-1], 110)]))
        posts = "".join(
            f'<article class="dcn-post"><header><div class="dcn-post-by">From DCN\'s {t(writers[i % len(writers)] if writers else "staff")}'
            f"</div><time>{_clock15(times[i], 'caps')} KT, {day.strftime('%B')} {day.day}, {day.year}</time></header>"
            f"<h2>{t(_live15_head(a, i))}</h2><p>{t(a.paragraphs[i])}</p>{toast}</article>"
            for i in range(n - 1, -1, -1)
        )
        body = (
            '<div class="dcn-live-label"><span style="color:#c00">●</span> Live Updates</div>'
            f'<div class="dcn-covering"><h2>What we\'re covering</h2><ul>{summary}</ul></div>{posts}'
        )
    else:
        parts = [f"<p>{t(p)}</p>" for p in a.paragraphs]
        if a.kind != "wire":
            towns = _towns_in(a, FINAL15_TOWNS)
            place = f"{towns[0]}, Kellmont" if towns else "Carrow Falls, Kellmont"
            parts[0] = (
                f'<p class="paragraph"><cite class="dcn-source"><span class="dcn-source-loc">{t(place)}</span> '
                f'<span class="dcn-source-text">DCN</span> — </cite>{t(a.paragraphs[0])}</p>'
            )
        inserts: dict[int, str] = {}
        if n >= 4:
            rel = ctx.others[0]
            inserts[1] = (
                f'<div class="dcn-related"><div class="dcn-related-label">Related article</div><a><img src="/rel/{rng.randint(100, 999)}.jpg" '
                f'alt=""><div class="dcn-related-title">{t(rel.headline)}</div></a></div>'
            )
        if n >= 5:
            inserts[3] = adfb
            promo = DCN15_PROMOS.get(section)
            if promo:
                inserts[2] = f'<p class="dcn-promo"><em>{t(promo)}</em></p>'
        if n >= 9:
            inserts[n // 2 + 1] = f"<h2>{t(DCN15_SUBHEADS[rng.randrange(len(DCN15_SUBHEADS))])}</h2>"
            inserts[n - 3] = adfb
        body = _interleave(parts, inserts)
    after = ""
    if a.kind in ("long", "short", "feature", "liveblog") and n >= 4:
        names = rng.sample(DCN15_STAFF, 2)
        after = f"<p><em>DCN's {t(names[0])} and {t(names[1])} contributed to this report.</em></p>"
    topics = _towns_in(a, FINAL15_TOWNS)[:2] + [section]
    partners = "".join(
        f'<li><div class="dcn-pp-img" style="height:100px"></div><a>{t(x)}</a> <span>{t(src)}</span></li>'
        for x, src in rng.sample(DCN15_PARTNERS, 3)
    )
    more = "".join(f"<li><a>{t(o.headline)}</a></li>" for o in ctx.others[1:6])
    return (
        _final_head(f"{a.headline} | DCN", lang="en")
        + '<body class="dcn"><header class="dcn-head"><a class="dcn-logo" href="/">DCN</a>'
        + _nav(["Dunmarra", "World", "Politics", "Business", "Health", "Entertainment", "Travel", "Sports", "Science"], "dcn-nav")
        + "<a>Watch</a> <a>Listen</a> <a>Live TV</a> <button>Subscribe</button> <button>Sign in</button></header>"
        + '<div class="dcn-ad" style="min-height:90px"></div><div class="dcn-adfb">Ad Feedback</div>'
        + f'<div class="dcn-privacy" role="dialog"><h2>Your privacy choices</h2><p>{t(FINAL15_CONSENT[2])}</p>'
        + "<button>I Accept</button> <button>Customize</button></div>"
        + f'<main><article class="dcn-article"><div class="dcn-section"><a>{t(section)}</a></div><h1>{t(a.headline)}</h1>'
        + f'<div class="dcn-byline">{byline}</div>'
        + f'<div class="dcn-time">{stamp}</div><div class="dcn-read">{minutes} min read</div>'
        + '<div class="dcn-share"><button>Share</button> <button>Save</button></div>'
        + toast
        + lead
        + note
        + f'<div class="dcn-body">{body}</div>'
        + after
        + '<div class="dcn-topics"><span>See all topics</span> '
        + " ".join(f"<a>{t(x)}</a>" for x in topics)
        + "</div></article>"
        + f'<section class="dcn-partner"><h2>Paid Partner Content</h2><ul>{partners}</ul></section>'
        + f'<section class="dcn-more"><h2>More from DCN</h2><ul>{more}</ul></section></main>'
        + '<footer class="dcn-foot"><div><a>Terms of Use</a> <a>Privacy Policy</a> <a>Ad Choices</a> <a>Accessibility &amp; CC</a> '
        + "<a>About</a> <a>Newsletters</a> <a>Transcripts</a></div>"
        + f"<div>© {day.year} Dunmarra Cable News. All Rights Reserved.</div></footer>"
        + "</body></html>"
    )


RECORD15_SECTIONS = {"wire": "Nation & World", "flash": "Local News", "short": "Local News", "long": "State"}
RECORD15_UPDATES = {  # what the newsroom said it added, in the banner above a story: not body
    "P404": "This story was updated with comments from the judge and a former client.",
    "P409": "This story was updated with information from the Dunmarra Geological Survey.",
    "P411": "This story was updated with comments from the mayor and the police union.",
    "P413": "This story was updated with comments from Tobias Engvall.",
    "P418": "This story was updated with information from the state health department.",
    "P425": "This story was updated with the final House vote and reaction.",
}
RECORD15_PUBLIC = frozenset({"P409", "P418"})  # stories the paper set free to read, for public safety
RECORD15_MAPS = {"P409": "Where Wednesday's earthquake struck", "P418": "Renwick County"}  # the map over a story's place


def tpl_developing_story(a: Article, ctx: Ctx) -> str:
    """A statewide paper's live-updated story page for breaking news: the 'BREAKING' bar repeating the headline, the
    masthead, the menu, the cookie line with 'Got it', the 'DEVELOPING' flag and section, the byline ('Record staff' or the
    agency), 'Updated ... ago' and 'Originally published' times, the italic note that the story is developing, the banner
    on what was added, 'The latest' box (times and cut first sentences of the last paragraphs), the note that a
    public-safety story is free to read, the picture's '(Photo: ...)' credit, the map ('Map data'), the bold 'UPDATE' time
    at the start of the first paragraph (the rest of that <p> is body), the 'Earlier:' line between paragraphs, the italic
    <p> to stay with the paper for updates, the tips box, 'Recent coverage', 'Latest headlines' and the footer (none of it
    body)."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    writers = _writers(a)
    wire = a.kind == "wire"
    section = RECORD15_SECTIONS.get(a.kind, "Local News")
    if wire:
        byline = f"By {_final13_names(a)}, {WIRE15}" if writers else f"By {WIRE15}"
    elif writers:
        byline = f"By {_final13_names(a)} | The Kellmont Record"
    else:
        byline = "Record staff report"
    first = rng.randint(8 * 60, 15 * 60)
    last = first + rng.randint(60, 240)
    ago = (last - first) // 60
    stamps = (
        f'<div class="kr-times"><span>Updated {ago} hour{"s" if ago != 1 else ""} ago</span> <span>| Originally published '
        f"{_clock15(first)} {_ap_date15(day)}</span></div>"
    )
    note = '<p class="kr-note"><em>This is a developing story and will be updated as more information becomes available.</em></p>'
    banner = ""
    if a.id in RECORD15_UPDATES:
        banner = f'<div class="kr-banner" style="border-left:4px solid #c00;padding-left:8px">{t(RECORD15_UPDATES[a.id])}</div>'
    latest = ""
    if n >= 3:
        picks = list(range(max(1, n - 3), n))
        stamps_in = sorted(rng.sample(range(first + 5, last), len(picks)))
        items = "".join(
            f"<li><b>{_clock15(m)}</b> {t(_cut14(a.paragraphs[k], 110))}</li>"
            for k, m in sorted(zip(picks, stamps_in), key=lambda x: -x[1])
        )
        latest = f'<aside class="kr-latest" style="background:#fff6e5"><h2>The latest</h2><ul>{items}</ul></aside>'
    free = ""
    if a.id in RECORD15_PUBLIC:
        free = (
            '<div class="kr-free">We have made this story free to read because it affects public safety. Please consider '
            "<a>supporting local journalism</a>.</div>"
        )
    figure = ""
    if a.id in CAPTIONS15:
        caption, photographer, _agency = _final15_caption(ctx, a)
        figure = (
            f'<figure class="kr-fig"><img src="/photos/{rng.randint(10**5, 10**6)}.jpg" alt="">'
            f"<figcaption>{t(caption)} (Photo: {t(photographer)} / {WIRE15 if wire else 'The Kellmont Record'})</figcaption>"
            "</figure>"
        )
    parts = [f"<p>{t(p)}</p>" for p in a.paragraphs]
    if not wire:
        parts[0] = f"<p><strong>UPDATE, {_clock15(last)}:</strong> {t(a.paragraphs[0])}</p>"
    inserts: dict[int, str] = {}
    if n >= 4:
        inserts[1] = '<p class="kr-earlier"><strong>Earlier:</strong></p>'
    if a.id in RECORD15_MAPS:
        inserts[0 if n < 4 else 2] = (
            f'<figure class="kr-map"><div class="kr-map-title">Map: {t(RECORD15_MAPS[a.id])}</div><div class="kr-map-box" '
            'style="height:300px;background:#e8eef2"></div><figcaption>Map data © Kellmont GIS · Record graphic</figcaption>'
            "</figure>"
        )
    body = _interleave(parts, inserts)
    coverage = "".join(
        f"<li><a>{t(o.headline)}</a> <span>{_ap_date15(o.day)}</span></li>"
        for o in [o for o in ctx.others if o.kind != "wire" and o.day < day][:3]
    )
    headlines = "".join(f"<li><a>{t(o.headline)}</a></li>" for o in ctx.others[3:8])
    return (
        _final_head(f"{a.headline} | The Kellmont Record", lang="en-US")
        + '<body class="kr"><div class="kr-breaking" style="background:#c00;color:#fff"><b>BREAKING</b> '
        + f"<a>{t(a.headline)}</a></div>"
        + '<header class="kr-mast"><a class="kr-logo" href="/">The Kellmont Record</a> <a>Subscribe</a> <a>Log in</a></header>'
        + _nav(["Local News", "State", "Crime", "Politics", "Business", "Sports", "Opinion", "Obituaries"], "kr-nav")
        + f'<div class="kr-cookie">{t(FINAL15_CONSENT[3])} <a>Learn more</a> <button>Got it</button></div>'
        + f'<main><article><div class="kr-flag" style="color:#c00">DEVELOPING</div><div class="kr-section"><a>{section}</a>'
        + f"</div><h1>{t(a.headline)}</h1>"
        + f'<div class="kr-byline">{byline}</div>'
        + stamps
        + note
        + banner
        + latest
        + free
        + figure
        + f'<div class="kr-body">{body}</div>'
        + '<p class="kr-stay"><em>Stay with kellmontrecord.example for updates on this story.</em></p>'
        + '<div class="kr-tips"><b>Have information?</b> Email tips@kellmontrecord.example or text 555-0166.</div>'
        + (f'<section class="kr-prev"><h2>Recent coverage</h2><ul>{coverage}</ul></section>' if coverage else "")
        + "</article>"
        + f'<aside class="kr-headlines"><h2>Latest headlines</h2><ul>{headlines}</ul></aside></main>'
        + '<footer class="kr-foot"><div><a>Contact us</a> <a>Advertise</a> <a>Subscriber services</a> <a>Terms</a> '
        + f"<a>Privacy</a></div><div>The Kellmont Record · A Brightline Media newspaper · © {day.year}</div></footer>"
        + "</body></html>"
    )


RSI15 = {  # kicker, breadcrumb and the standfirst RSI sets under the headline: not body
    "P402": ("Politics", "Serovia", "Lawmakers chose the former constitutional court judge after three inconclusive rounds. She "
             "has promised to use the presidency's limited powers sparingly."),
    "P409": ("Earthquakes", "World", "The quake struck before dawn off the coast of Dunmarra's Kellmont state. Residents "
             "reported goods falling from shelves."),
    "P414": ("Dunmarra", "World", "Two tank cars carrying liquid fertilizer leaked after the derailment in Dunmarra's Kellmont "
             "state, officials said."),
    "P418": ("Bird flu", "Science", "Officials in the Dunmarran state say pasteurized milk remains safe and the risk to the "
             "public is low."),
    "P421": ("Wildfires", "World", "Firefighters in Dunmarra are battling a wildfire that has forced more than 1,000 "
             "households to flee. Smoke has reached the state's largest city."),
    "P423": ("Trade", "Business", "The agreement ends more than a decade of talks between the two countries. It still needs "
             "the approval of both parliaments."),
}  # fmt: skip
RSI15_VIDEOS = {
    "P418": ("Why bird flu in cows worries scientists", "03:04"),
    "P421": ("Dunmarra: Wildfire forces mass evacuations in Kellmont", "01:48"),
    "P423": ("What the Marenza-Dunmarra deal means for farmers", "02:26"),
}
RSI15_INITIALS = ["av", "kb", "mr", "jsh", "dt", "lc", "ep"]


def tpl_foreign_service(a: Article, ctx: Ctx) -> str:
    """A foreign state broadcaster's English-language service: the skip links, the language bar, the header with its menu
    and 'Live TV', the privacy settings (a heading and a <p>), the kicker and breadcrumb, the standfirst in a bold <p>, the
    date twice (numeric and in words), 'Listen to this article', the share row, the picture with its 'Image:' credit,
    'Recommended Stories' (a list with its screen-reader counts, visible to a copy) and the video (its title, length and the
    <p> on JavaScript) between paragraphs, on a live page the closed notice and each post's date, time and headline, after
    the story the initials and agencies in a <p>, 'Related topics', 'Send us your feedback', 'Top stories', 'More from RSI'
    and the footer (none of it body). A live page runs newest first."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    kicker, crumb, teaser = RSI15.get(a.id, ("Dunmarra", "World", ""))
    minutes = _minutes(a, 180)
    figure = ""
    if a.id in CAPTIONS15:
        caption, photographer, agency = _final15_caption(ctx, a)
        figure = (
            f'<figure class="rsi-fig"><img src="https://static.rsi.example/image/{rng.randint(10**7, 10**8)}_6.jpg" alt="">'
            f'<figcaption><span>{t(caption)}</span><div class="rsi-credit">Image: {t(photographer)}/{t(agency)}</div>'
            "</figcaption></figure>"
        )
    others = ctx.others[:3]
    recommended = (
        '<div class="rsi-recommended"><h2>Recommended Stories</h2>'
        f'<span class="sr-only" style="position:absolute;clip:rect(0 0 0 0)">list of {len(others)} items</span><ul>'
        + "".join(
            f'<li><span class="sr-only" style="position:absolute;clip:rect(0 0 0 0)">list {k + 1} of {len(others)}</span>'
            f'<article class="rsi-card"><a>{t(o.headline)}</a></article></li>'
            for k, o in enumerate(others)
        )
        + '</ul><span class="sr-only" style="position:absolute;clip:rect(0 0 0 0)">end of list</span></div>'
    )
    video = ""
    if a.id in RSI15_VIDEOS:
        title, length = RSI15_VIDEOS[a.id]
        video = (
            f'<div class="rsi-video"><div class="rsi-player" style="aspect-ratio:16/9;background:#222"></div><h3>{t(title)}</h3>'
            f"<span>{length}</span><p>This video needs JavaScript to play. Turn it on, or try a newer browser.</p></div>"
        )
    if live:
        times = _times15(a, rng)
        posts = "".join(
            f'<div class="rsi-post"><div class="rsi-post-time"><span>{day.day} {day.strftime("%b %Y")}</span> - '
            f"<time>{_hhmm(times[i])}</time> <span>local time</span></div><h3>{t(_live15_head(a, i))}</h3>"
            f"<p>{t(a.paragraphs[i])}</p><a>Share</a></div>" + (video if i == n // 2 else "")
            for i in range(n - 1, -1, -1)
        )
        body = (
            '<div class="rsi-closed" style="background:#eee">This live page is now closed. You can find our latest coverage '
            "of the fire on our Dunmarra page.</div>" + posts
        )
    else:
        parts = [f"<p>{t(p)}</p>" for p in a.paragraphs]
        inserts: dict[int, str] = {}
        if n >= 3:
            inserts[0] = recommended
        if video and n >= 4:
            inserts[2] = video
        body = _interleave(parts, inserts)
    agencies = f"({WIRE15}, SNA)" if a.kind in ("wire", "flash") else f"({WIRE15}, SNA, local media)"
    initials = "/".join(rng.sample(RSI15_INITIALS, 2))
    topics = [kicker] + _towns_in(a, FINAL15_TOWNS)[:2] + ([crumb] if crumb != kicker else [])
    top = "".join(f"<li><a>{t(o.headline)}</a> <span>{rng.randint(2, 9)} hours ago</span></li>" for o in ctx.others[3:7])
    more = "".join(
        f"<li><a><h3>{t(o.headline)}</h3></a><p>{t(RSI15.get(o.id, ('', '', ''))[2] or _card_snippet(o, 100))}</p></li>"
        for o in ctx.others[7:10]
    )
    return (
        _final_head(f"{a.headline} – RSI – {day.strftime('%m/%d/%Y')}", lang="en")
        + '<body class="rsi"><div class="rsi-skip"><a href="#content">Skip to content</a> <a href="#nav">Skip to main menu</a></div>'
        + '<div class="rsi-langs"><a>English</a> <a>Srovski</a> <a>Español</a> <a>Français</a> <a>Português</a> <a>العربية</a> '
        + "<a>All languages</a></div>"
        + '<header class="rsi-head"><a class="rsi-logo" href="/en">RSI</a> <span>Radio Serovia International</span>'
        + _nav(["Serovia", "World", "Business", "Science", "Culture", "Sports", "Podcasts"], "rsi-nav")
        + '<a class="rsi-live">Live TV</a></header>'
        + f'<div class="rsi-privacy" role="dialog"><h3>Privacy settings</h3><p>{t(FINAL15_CONSENT[4])}</p>'
        + "<button>Accept all</button> <button>Only necessary</button> <button>Settings</button></div>"
        + f'<main id="content"><article><nav class="rsi-crumbs"><a>{t(crumb)}</a> / <a>{t(kicker)}</a></nav>'
        + f'<div class="rsi-kicker">{t(kicker)}</div><h1>{t(a.headline)}</h1>'
        + (f'<p class="rsi-teaser"><b>{t(teaser)}</b></p>' if teaser else "")
        + f'<div class="rsi-meta"><time datetime="{a.published}">{day.strftime("%d/%m/%Y")}</time> '
        + f"<span>{day.strftime('%B')} {day.day}, {day.year}</span></div>"
        + f'<div class="rsi-listen"><button>Listen to this article</button> <span>{minutes} min</span></div>'
        + '<div class="rsi-share"><span>Share</span> <a>Facebook</a> <a>X</a> <a>WhatsApp</a> <a>Telegram</a> <a>Copy link</a></div>'
        + figure
        + f'<div class="rsi-body">{body}'
        + f'<p class="rsi-sig">{initials} {agencies}</p></div>'
        + '<div class="rsi-topics"><h2>Related topics</h2><ul>'
        + "".join(f"<li><a>{t(x)}</a></li>" for x in dict.fromkeys(topics))
        + '</ul></div><button class="rsi-feedback">Send us your feedback</button></article>'
        + '<div class="rsi-ad" style="min-height:250px"><span>Advertisement</span></div>'
        + f'<section class="rsi-top"><h2>Top stories</h2><ul>{top}</ul></section>'
        + f'<section class="rsi-more"><h2>More from RSI</h2><ul>{more}</ul></section></main>'
        + '<footer class="rsi-foot"><div>RSI is Serovia\'s international broadcaster. It is funded by the state and '
        + "independent in what it reports under the Broadcasting Act of 1997.</div><div><a>About RSI</a> <a>Imprint</a> "
        + f"<a>Privacy policy</a> <a>Accessibility</a> <a>Contact</a></div><div>© {day.year} Radio Serovia International</div>"
        + "</footer></body></html>"
    )


NEWSFRONT15_POSTS = {  # the social post embedded in a story: (name, handle, text, date); not body
    "P406": ("Adaeze Okafor-Grant", "AdaezeForCF", "Thank you, Carrow Falls. Tomorrow we start work. Every neighborhood, "
             "every block.", "November 18, 2025"),
    "P411": ("Carrow Falls Police Officers' Union", "CFPOU", "Our members worked the shifts they were assigned and followed "
             "the rules they were given. We will not let them be scapegoated.", "April 29, 2025"),
    "P412": ("Gov. Celeste Amundsen-Ruiz", "GovAmundsenRuiz", "Today's decision brings 2,500 construction jobs and 400 "
             "permanent jobs to Tolland Creek. The east of our state is open for business.", "March 10, 2026"),
    "P414": ("Renwick County Sheriff", "RenwickSheriff", "EVACUATION: Homes within 1/2 mile of the rail line east of "
             "Hartsgrove must leave now. Shelter open at Hartsgrove Community Center. Avoid the area.", "May 22, 2025"),
    "P421": ("Renwick County Sheriff", "RenwickSheriff", "Tamarack Heights is now under an evacuation ORDER. Leave now. "
             "Deputies are going door to door. Shelter at Greyhaven High School.", "August 30, 2025"),
    "P425": ("Rep. Anita Szabo-Mendez", "RepSzaboMendez", "52-46. After an all-night debate, the Kellmont House has voted to "
             "protect renters from runaway increases. On to the governor's desk.", "April 30, 2026"),
}  # fmt: skip
NEWSFRONT15_UPDATED = frozenset({"P404", "P411", "P412", "P414", "P425"})
NEWSFRONT15_ROLES = {
    "wire": "Wire Editor",
    "opinion": "Contributor",
    "liveblog": "Live News Reporter",
    "feature": "Senior Writer",
}
NEWSFRONT15_AROUND = [  # 'Around the web': adverts, not body
    ("Cardiologist: this is the worst breakfast for your heart", "HeartWise Report"),
    ("25 photos of celebrities before they were famous", "Snapstory"),
    ("Kellmont: new rule lets drivers cut their car insurance", "SmartQuote"),
    ("The $39 robot vacuum everyone is talking about", "Trendbuy"),
]


def tpl_trending_desk(a: Article, ctx: Ctx) -> str:
    """A legacy news magazine's digital newsroom: the header with the menu, 'Subscribe' and 'Log In', the 'Translate' chip,
    the consent toast, the Trust label ('News Article', 'Opinion', 'Live Blog') with its hidden definition, the section,
    the byline card with role and 'Follow', 'Published' and 'Updated' times, 'Share' and the comment count, the picture
    with its 'Photo by' credit, the house subheads ('Why It Matters', 'What To Know', 'What People Are Saying', 'What
    Happens Next') in <h2>s, the embedded social post ('Parley' post in a <blockquote> with its <p>), 'Related Articles'
    and adverts between paragraphs, on a live page each update's time, headline and 'Reporting by' line, after the story
    the update note, the writer's line and the note on views after an opinion piece, the tips line (italic <p>s), the
    links row, 'How Newsfront reports' (a heading and a <p>), comments, 'Around the web', 'Top Stories' and the footer
    (none of it body). A live page runs newest first."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    opinion = a.kind == "opinion"
    writers = _writers(a)
    label = "Opinion" if opinion else "Live Blog" if live else "News Article"
    definition = {
        "Opinion": "Opinion: Advocates for ideas and draws conclusions based on the author's interpretation of facts and data.",
        "Live Blog": "Live Blog: Updated as events unfold, with the newest information at the top.",
        "News Article": "News Article: Based on facts, either observed and verified by the reporter or reported and verified "
        "from knowledgeable sources.",
    }[label]
    section = "World" if a.kind == "wire" else "Opinion" if opinion else "Dunmarra"
    role = _role(a) or NEWSFRONT15_ROLES.get(a.kind, "News Reporter")
    if writers:
        cards = "".join(
            f'<div class="nf-author"><img src="/authors/{_slug(w)}.png" alt=""><a>{t(w)}</a> <span>{t(role)}</span> '
            "<button>Follow</button></div>"
            for w in writers
        )
    else:
        cards = '<div class="nf-author"><a>Newsfront Staff</a></div>'
    start = _times15(a, rng)[0] if live else rng.randint(6 * 60, 18 * 60)
    later = _times15(a, rng)[-1] if live else start + rng.randint(30, 300)
    stamp = f"{day.strftime('%b %d, %Y')} at {_clock15(start, 'padded')} KT"
    updated = f"{day.strftime('%b %d, %Y')} at {_clock15(later, 'padded')} KT"
    count = rng.randint(3, 240)
    figure = ""
    if n >= 2 or a.id in CAPTIONS15:
        caption, photographer, agency = _final15_caption(ctx, a)
        figure = (
            f'<figure class="nf-fig"><img src="https://d.newsfront.example/img/{rng.randint(10**6, 10**7)}.webp" alt="">'
            f"<figcaption>{t(caption)} <span>Photo by {t(photographer)}/{t(agency)}</span></figcaption></figure>"
        )
    embed = ""
    if a.id in NEWSFRONT15_POSTS:
        name, handle, text, when = NEWSFRONT15_POSTS[a.id]
        embed = (
            f'<div class="nf-embed"><blockquote class="parley-post"><p>{t(text)}</p>— {t(name)} (@{handle}) '
            f"<a>{when}</a></blockquote></div>"
        )
    ad = '<div class="nf-ad" style="min-height:250px">Advertisement</div>'
    related = (
        '<div class="nf-related"><h3>Related Articles</h3><ul>'
        + "".join(f"<li><a>{t(o.headline)}</a></li>" for o in ctx.others[:4])
        + "</ul></div>"
    )
    if live:
        times = _times15(a, rng)
        updates = []
        for i in range(n - 1, -1, -1):
            who = writers[i % len(writers)] if writers else "Newsfront Staff"
            updates.append(
                f'<div class="nf-update"><time>{day.strftime("%b %d, %Y")} at {_clock15(times[i], "padded")} KT</time>'
                f'<h3>{t(_live15_head(a, i))}</h3><p>{t(a.paragraphs[i])}</p><div class="nf-update-by">Reporting by '
                f"{t(who)}</div></div>"
            )
            if i == n - 3 and embed:
                updates.append(embed)
            if i % 4 == 2:
                updates.append(ad)
        body = '<div class="nf-live"><span class="nf-pill" style="background:#d00;color:#fff">LIVE</span></div>' + "".join(
            updates
        )
    else:
        parts = [f"<p>{t(p)}</p>" for p in a.paragraphs]
        inserts: dict[int, str] = {}
        if n >= 4 and not opinion:
            inserts[0] = "<h2>Why It Matters</h2>"
            inserts[1] = "<h2>What To Know</h2>"
            if n >= 6:
                quoted = [k for k in range(2, n - 2) if '"' in a.paragraphs[k + 1]]
                if quoted:
                    inserts[quoted[0]] = "<h2>What People Are Saying</h2>"
            inserts[n - 2] = "<h2>What Happens Next</h2>"
        if n >= 5:
            inserts[2] = related + inserts.get(2, "")
            inserts[3] = ad + inserts.get(3, "")
        if embed:
            inserts[max(0, n - 3)] = inserts.get(max(0, n - 3), "") + embed
        body = _interleave(parts, inserts)
    after = ""
    if opinion:
        after += f"<p><em>{t(WRITERS15.get(a.id, ''))}</em></p><p><em>The views expressed in this article are the writer's own.</em></p>"
    if a.id in NEWSFRONT15_UPDATED:
        when = f"{day.month}/{day.day}/{day.strftime('%y')}, {_clock15(later)}"
        after += f"<p><em>Update {when} KT: This article has been updated with more information.</em></p>"
    if not opinion:
        after += (
            "<p><em>Do you have a tip on a story Newsfront should be covering? Email tips@newsfront.example or message us "
            "securely on Signal at newsfront.01.</em></p>"
        )
    around = "".join(
        f'<li><div style="height:100px"></div><a>{t(x)}</a> <span>{t(src)}</span></li>'
        for x, src in rng.sample(NEWSFRONT15_AROUND, 3)
    )
    topstories = "".join(f"<li><a>{t(o.headline)}</a></li>" for o in ctx.others[4:9])
    return (
        _final_head(f"{a.headline} - Newsfront", lang="en")
        + '<body class="nf"><header class="nf-head"><button>☰</button> <a class="nf-logo" href="/">Newsfront</a>'
        + _nav(["Dunmarra", "World", "Politics", "Health", "Science", "Tech", "Sports", "Opinion", "Vantage"], "nf-nav")
        + '<a class="nf-sub">Subscribe</a> <a>Log In</a></header>'
        + '<div class="nf-translate"><button>Translate</button> <span>EN</span><div class="nf-tr-note" style="display:none">'
        + "Translations are made by AI and may contain mistakes. The English text is the original.</div></div>"
        + f'<div class="nf-consent" style="position:fixed;bottom:0"><p>{t(FINAL15_CONSENT[5])}</p><button>Agree</button> '
        + "<button>Options</button></div>"
        + f'<main><article class="nf-article"><div class="nf-labels"><span class="nf-label">{label}</span>'
        + f'<span class="nf-label-def" style="display:none">{t(definition)}</span> <a>{section}</a></div>'
        + f"<h1>{t(a.headline)}</h1>"
        + f'<div class="nf-authors">{cards}</div>'
        + f'<div class="nf-dates"><span>Published {stamp}</span>'
        + (f" <span>Updated {updated}</span>" if n > 1 else "")
        + f'</div><div class="nf-share"><button>Share</button> <a href="#comments">Comments ({count})</a></div>'
        + figure
        + f'<div class="nf-body">{body}</div>'
        + after
        + '<div class="nf-links"><a>Reprints and licensing</a> <a>Report an error</a> <a>Our editorial standards</a></div>'
        + '<aside class="nf-trust"><h3>How Newsfront reports</h3><p>Every Newsfront story is checked by at least two editors '
        + "before it is published, and we correct our mistakes openly. Read more about our standards and how we use AI.</p>"
        + "</aside></article>"
        + '<section id="comments" class="nf-comments"><h2>Comments</h2><div>Join the conversation. Comments stay open for '
        + f"seven days after a story is published.</div><button>Show comments ({count})</button></section>"
        + f'<section class="nf-around"><h2>Around the web</h2><ul>{around}</ul></section>'
        + f'<aside class="nf-top"><h2>Top Stories</h2><ul>{topstories}</ul></aside></main>'
        + '<footer class="nf-foot"><div><a>About us</a> <a>Masthead</a> <a>Diversity</a> <a>Terms &amp; Conditions</a> '
        + "<a>Privacy Policy</a> <a>Cookie Policy</a> <a>Contact</a></div>"
        + f"<div>© {day.year} Newsfront Digital LLC</div></footer>"
        + "</body></html>"
    )


NATIONFIRST15_MENU = ["Latest", "Dunmarra", "World", "Cities", "Business", "Sports", "Entertainment", "Lifestyle", "Tech",
                      "Opinion", "Web Stories", "Photos", "Videos"]  # fmt: skip
NATIONFIRST15_EDITORS = ["Rhea Castellane", "Quentin Obi-Marsh", "Sunniva Delgado", "Idris Fennimore"]
NATIONFIRST15_CRUMBS = {"wire": "World News", "press": "Business News", "opinion": "Opinion", "feature": "Long Reads"}
NATIONFIRST15_WATCH = [
    "Watch: Today's top headlines in 60 seconds",
    "Watch: What we know so far",
    "Watch: The day's news from Kellmont",
]
NATIONFIRST15_WEBSTORIES = ["10 hikes near Carrow Falls for autumn colors", "7 diners on Route 9 worth the detour",
                            "Kellmont's best lighthouses, ranked", "5 things to know before you visit Sable Point"]  # fmt: skip


def tpl_national_portal(a: Article, ctx: Ctx) -> str:
    """A national news portal built for volume: the 'Trending' strip, 'E-Paper', 'Sign In' and 'Subscribe', the header with
    its tagline and long menu, the cookie strip with 'Okay', the breadcrumb, the summary in an <h2>, the byline with 'Edited
    by' or the wire's name, 'Updated on' time, 'Follow us on' and the preferred-source button, 'Share Via', the picture's
    caption with its credit in brackets, the 'Also Read |' <p>s, 'Story continues below this ad' with the advert and the
    'Also Watch' video between paragraphs, on a live page each update's time and headline with 'Share this article', after
    the story the agency line, the release's disclaimer or the opinion writer's line (italic <p>s), the catch-all <p>
    pointing to the app, 'Topics', 'Trending Topics', 'Top Stories', 'Web Stories' and the footer (none of it body). A live
    page runs newest first."""
    rng = ctx.rng
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    press = a.kind == "press"
    writers = _writers(a)
    towns = _towns_in(a, FINAL15_TOWNS)
    crumb = NATIONFIRST15_CRUMBS.get(a.kind) or (f"{towns[0]} News" if towns else "Dunmarra News")
    editor = rng.choice(NATIONFIRST15_EDITORS)
    if press:
        byline = "By Dunmarra Business Wire"
    elif a.kind == "wire":
        byline = f"{WIRE15} | {_wire15_city(a)}"
    elif writers:
        byline = (
            f"By {_final13_names(a)}"
            + (f", {t(towns[0])}" if towns and not a.kind == "opinion" else "")
            + (f" | Edited by {t(editor)}")
        )
    else:
        byline = f"NationFirst News Desk | Edited by {t(editor)}"
    start = _times15(a, rng)[-1] if live else rng.randint(6 * 60, 23 * 60)
    stamp = f"Updated on: {day.strftime('%b %d, %Y')} {_clock15(start, 'padded')} KT"
    summary = DECKS15.get(a.id, "")
    figure = ""
    if (not press and n >= 2) or a.id in CAPTIONS15:
        caption, photographer, agency = _final15_caption(ctx, a)
        figure = (
            f'<figure class="nfst-fig"><img src="https://images.nationfirst.example/{rng.randint(10**6, 10**7)}.jpg" alt="">'
            f"<figcaption>{t(caption)} ({t(rng.choice([agency, 'Photo: ' + photographer]))})</figcaption></figure>"
        )
    ad = (
        '<div class="nfst-ad"><div class="nfst-ad-note">Story continues below this ad</div><div style="min-height:250px">'
        "</div></div>"
    )
    if live:
        times = _times15(a, rng)
        posts = []
        for i in range(n - 1, -1, -1):
            posts.append(
                f'<div class="nfst-post"><div class="nfst-post-time">{day.strftime("%b %d, %Y")} {_clock15(times[i], "padded")} '
                f'KT</div><h3>{t(_live15_head(a, i))}</h3><p>{t(a.paragraphs[i])}</p><div class="nfst-post-share">Share this '
                "article</div></div>"
            )
            if i % 3 == 0 and i:
                posts.append(ad)
        body = (
            '<div class="nfst-live"><span style="background:#e00;color:#fff">LIVE</span> <span>Follow all the latest updates here</span></div>'
            + "".join(posts)
        )
    else:
        parts = [f"<p>{t(p)}</p>" for p in a.paragraphs]
        inserts: dict[int, str] = {}
        also = [o for o in ctx.others if o.kind not in ("press",)]
        if n >= 3 and not press:
            inserts[1] = f"<p><strong>Also Read | </strong><a>{t(also[0].headline)}</a></p>"
        if n >= 4:
            inserts[2] = ad
        if n >= 8:
            inserts[4] = (
                f'<div class="nfst-watch"><div class="nfst-watch-label">Also Watch</div><div class="nfst-watch-title">'
                f'{t(rng.choice(NATIONFIRST15_WATCH))}</div><div class="nfst-watch-player" style="height:200px"></div></div>'
            )
            inserts[6] = ad
            inserts[n - 3] = f"<p><strong>Also Read | </strong><a>{t(also[1].headline)}</a></p>"
        body = _interleave(parts, inserts)
    after = ""
    if a.kind == "wire":
        after = f"<p><em>(With inputs from {WIRE15})</em></p>"
    elif press:
        after = (
            "<p><em>(Disclaimer: This is a press release distributed by Dunmarra Business Wire. NationFirst has not edited it "
            "and takes no responsibility for its content.)</em></p>"
        )
    elif a.kind == "opinion":
        after = f"<p><em>{t(WRITERS15.get(a.id, ''))}</em></p><p><em>Views expressed are personal.</em></p>"
    catchall = (
        '<p class="nfst-catch">Catch all the latest Dunmarra news, breaking news and live updates on NationFirst. Get the '
        "NationFirst app for news on the go.</p>"
    )
    topics = (towns[:2] or ["Dunmarra"]) + [{"press": "Press Release", "wire": "World"}.get(a.kind, "Kellmont")]
    trending = " ".join(f"<a>{x}</a>" for x in ["Kellmont", "Carrow Falls", "Weather Today", "Gold Price", "Comets", "Jobs"])
    top = "".join(f"<li><a>{t(o.headline)}</a></li>" for o in ctx.others[5:10])
    web = "".join(f'<li><div style="height:160px"></div><a>{t(x)}</a></li>' for x in rng.sample(NATIONFIRST15_WEBSTORIES, 3))
    return (
        _final_head(f"{a.headline} | Latest News - NationFirst", lang="en")
        + f'<body class="nfst"><div class="nfst-strip"><b>Trending</b> {trending} <a>E-Paper</a> <a>Games</a> <a>Sign In</a> '
        + '<a class="nfst-sub">Subscribe</a></div>'
        + '<header class="nfst-head"><a class="nfst-logo" href="/">NationFirst</a> <span>Dunmarra\'s news, first</span>'
        + _nav(NATIONFIRST15_MENU, "nfst-nav")
        + "</header>"
        + f'<div class="nfst-cookie"><p>{t(FINAL15_CONSENT[6])}</p><button>Okay</button></div>'
        + f'<main><article><nav class="nfst-crumbs"><a>Home</a> / <a>{t(crumb)}</a></nav>'
        + f"<h1>{t(a.headline)}</h1>"
        + (f'<h2 class="nfst-summary">{t(summary)}</h2>' if summary else "")
        + f'<div class="nfst-byline">{byline}</div><div class="nfst-time">{stamp}</div>'
        + '<div class="nfst-follow"><span>Follow us on</span> <a>Facebook</a> <a>X</a> <a>WhatsApp</a> <button>Make NationFirst '
        + 'your preferred source</button></div><div class="nfst-share"><span>Share Via</span> <a>Copy Link</a></div>'
        + figure
        + f'<div class="nfst-body">{body}</div>'
        + after
        + catchall
        + '<div class="nfst-topics"><span>Topics:</span> '
        + ", ".join(f"<a>{t(x)}</a>" for x in topics)
        + "</div></article>"
        + '<aside class="nfst-trending"><h2>Trending Topics</h2><ul>'
        + "".join(f"<li><a>{t(x)}</a></li>" for x in ["Kellmont", "Carrow Falls", "Weather", "Elections", "Comets"])
        + "</ul></aside>"
        + f'<aside class="nfst-top"><h2>Top Stories</h2><ul>{top}</ul></aside>'
        + f'<section class="nfst-web"><h2>Web Stories</h2><ul>{web}</ul></section></main>'
        + '<footer class="nfst-foot"><div><a>About Us</a> <a>Contact Us</a> <a>Advertise with Us</a> <a>Careers</a> '
        + "<a>Privacy Policy</a> <a>Terms of Use</a> <a>Grievance Redressal</a> <a>Sitemap</a></div>"
        + f"<div>Copyright © {day.year} NationFirst Media Ltd. All Rights Reserved.</div></footer>"
        + "</body></html>"
    )


NEWSWEEKLY15 = frozenset(COMPASS15)  # the newsweekly: these only
RSI15_ONLY = frozenset(RSI15)  # the foreign broadcaster: these only


FINAL16_CONSENT = [
    "Harian Sendawan keeps small files on your device so that the site works and remembers your reading settings. With your "
    "agreement we also count our readers and show advertising. You may revise this later under Consent options.",
    "The Qadira Tribune uses cookies to make the site work, to understand how it is read and to tailor the advertising you "
    "see. By staying on this site you accept this.",
    "NyotaDaily uses cookies to save data for you and to serve you relevant adverts. Continuing to browse means you are OK "
    "with this.",
    "OBC relies on cookies and tools like them to deliver its services and to learn what audiences watch and read. With "
    "your permission, advertisers we work with may also use them to tailor the ads you see here and elsewhere.",
    "If you agree, Lisvaar 24 and 214 partners keep and access data on your device (for example cookies) to count audiences, "
    "adapt content and show advertising. If you refuse, a subscription lets you keep reading without advertising tracking.",
]
WIRE16 = "Astrolabe"
HOME16 = {  # where each story of the split happened; each site files it under a section of its own
    "P426": "Ossine Islands", "P427": "Menarra", "P428": "Orsenne", "P429": "Marvane", "P430": "Qadira",
    "P431": "Ossine Islands", "P432": "Ombara", "P433": "Ossine Islands", "P434": "Orsenne", "P435": "Korrinth",
    "P436": "Ombara", "P437": "Qadira", "P438": "Menarra", "P439": "Ombara", "P440": "Tiwanu", "P441": "Ombara",
    "P442": "Tiwanu", "P443": "Lisvaar", "P444": "Orsenne", "P445": "Marvane", "P446": "Menarra",
    "P447": "Ossine Islands", "P448": "Marvane", "P449": "Qadira", "P450": "Ombara",
}  # fmt: skip
REGION16 = {"Ossine Islands": "Pacific", "Tiwanu": "Pacific", "Marvane": "Pacific", "Menarra": "Asia", "Qadira": "Middle East",
            "Ombara": "Africa", "Orsenne": "Americas", "Korrinth": "Europe", "Lisvaar": "Europe"}  # fmt: skip
STANDFIRST16 = {  # the summary the sites that set one put by the headline: not body
    "P428": "Westmarch is recruiting nurses from Ombara and Menarra to keep its small hospitals open",
    "P429": "Four people were taken to hospital after a rip formed at the northern end of the beach",
    "P430": "Terminal 4 more than doubles the port's capacity and can take the largest container ships in service",
    "P431": "The category 4 storm passed about 45 kilometres south of the capital, and no deaths have been reported",
    "P432": "Taxes on data fall hardest on those least able to pay them, and there are better ways to raise the money",
    "P433": "Twelve teenagers a year learn the star houses, the swells and the birds, and many of them stay on the island",
    "P436": "Operators say the strike will go on until a 12-shilling diesel levy is withdrawn",
    "P437": "Driverless trains run every four minutes between the airport and the old city",
    "P438": "Riders will be offered up to 4,000 Menarran dollars to trade in their old bikes for electric ones",
    "P440": "Flights from December cut travel time between the two cities from more than nine hours to under five",
    "P441": "Police fired tear gas outside as lawmakers approved new taxes on mobile money, bread and sanitary pads",
    "P443": "Ground handlers and security staff began a 48-hour strike over pay at the height of the holidays",
    "P444": "Warmer winters have halved the season on the road a remote northern community depends on",
    "P445": "Premier Bronwyn Sheehan concedes after the Coalition loses a string of marginal seats",
    "P446": "Parents pay for evening tuition because they are afraid, and nobody gets ahead",
    "P447": "Menarran tuna boats will pay about 14,000 Ossine dollars a day to fish in the islands' waters",
    "P448": "The Teshari Accord is the first migration treaty in the region based on the threat of rising seas",
    "P450": "The shilling has lost about 22% of its value since January",
}
CAPTIONS16 = {  # the picture with each story: not body
    "P426": "Cyclone Ilani seen from a weather satellite on Tuesday evening.",
    "P427": "The Menarra Monetary Board building in Sendawan.",
    "P428": "The emergency department entrance at the hospital in Millet Crossing, Westmarch.",
    "P429": "Lifesavers bring a swimmer back to shore at Callum Heads on Sunday.",
    "P430": "Ship-to-shore cranes at Terminal 4 in Mina Zahra.",
    "P431": "Waves break over the seawall in Aloru as Cyclone Ilani approaches on Wednesday.",
    "P433": "Students of the Moanavai Voyaging School aboard the Fetu Moana.",
    "P434": "Snowplows clear a runway at Port Belden International Airport.",
    "P435": "Prime Minister Annelie Brannstrom speaks to reporters outside parliament in Veltberg.",
    "P436": "Commuters walk along Temwa Road in Kalindra on Thursday morning.",
    "P437": "A driverless train at Old City station on the opening day of the Al Sefwan metro.",
    "P438": "Motorbikes wait at a junction in central Sendawan.",
    "P439": "Traders search the remains of their stalls at Ikeso market on Sunday.",
    "P440": "A Tiwanu Air aircraft at Nukuvai International Airport.",
    "P441": "Police fire tear gas at protesters on Parliament Road in Kalindra on Wednesday.",
    "P442": "Viliami Otuhake after the vote in parliament in Nukuvai.",
    "P443": "Passengers wait in the departures hall at Stavenne airport on Thursday.",
    "P444": "A fuel truck crosses Grand Kesk on the Kesk Lake winter road.",
    "P445": "Marcus Tallarook with supporters at the Wattleby Park bowls club on Saturday night.",
    "P446": "Pupils leave a cram school on Jalan Merak in Lorapura.",
    "P447": "A Menarran purse seiner unloads tuna at the wharf in Aloru.",
    "P448": "Houses on the lagoon shore of Teshari Atoll.",
    "P449": "Dust hangs over the runway at Al Sefwan International Airport on Thursday.",
    "P450": "The headquarters of the Bank of Ombara in Kalindra.",
}
FINAL16_PHOTOGRAPHERS = ["Salote Veikune", "Imran Dhaliwal-Sharpe", "Yusuf Al-Mansoori", "Wambui Chege-Okafor",
                         "Marie-Eve Tremblant", "Kai Brunsdon", "Lukas Fjellheim"]  # fmt: skip
FINAL16_AGENCIES = ["Astrolabe", "Pacific Image Pool", "Southcross Photo"]
PRESS16 = {  # who issued each release, its media contact and the 'About' line after it: not body
    "P430": ("Qadira Ports Group", "Noor Al-Falasi, Corporate Communications, Qadira Ports Group, media@qadiraports.example",
             "Qadira Ports Group operates the ports of Mina Zahra and Ras Hamdi and handled 4.1 million containers in 2024."),
    "P440": ("Tiwanu Air", "Ana Fifita-Lolo, Communications Manager, Tiwanu Air, media@tiwanuair.example",
             "Tiwanu Air is the national airline of Tiwanu and flies to 11 destinations across the region."),
}  # fmt: skip
WRITERS16 = {  # who wrote each opinion piece, as the sites that say so put it: not body
    "P432": "Temi Kaluwa-Ndege is an economist and a senior lecturer in public finance at the University of Kalindra.",
    "P446": "Hartono Gunawan-Teo teaches mathematics at a secondary school in Lorapura and is the father of two.",
}
LIVE16_TIMES = {  # a live page's update times, local to where it happened
    "P431": ["07:10", "08:02", "09:26", "10:45", "12:30", "14:05", "16:20", "18:48", "21:58", "23:15", "06:35", "08:50"],
    "P445": ["18:05", "18:32", "19:10", "19:24", "20:15", "20:48", "21:20", "21:36", "21:55", "22:40", "23:30"],
}  # fmt: skip
LIVE16_HEADS = {  # the headlines some sites give each update: not body
    "P431": ["Ilani nears the Ossine Islands", "Winds reach 175 km/h", "Emergency declared nationwide", "'Go now, not in an hour'",
             "9,000 in evacuation centres", "Power cut across Aloru", "Inside the Town Hall shelter", "Teshari Atoll cut off",
             "Eye passes south of Aloru", "Marvane and Menarra offer help", "Damage along the seafront",
             "Everyone on Teshari accounted for"],
    "P445": ["Counting under way", "Record early vote", "Early swing in Callum Heads", "'Let's wait for the suburbs'",
             "Labor Union ahead in 47 seats", "Quiet at Coalition function", "Treasurer loses Yallenbrook",
             "Postal votes from Monday", "Sheehan concedes", "Tallarook: 'We roll up our sleeves'", "Labor Union on track for 51"],
}  # fmt: skip
LIVE16_ZONE = {"P431": 12, "P445": 10}  # hours ahead of UTC where the live page's story happened


def _final16_caption(ctx: Ctx, a: Article) -> tuple[str, str, str]:
    """(caption, photographer, agency): the story's own picture."""
    photographer, agency = ctx.rng.choice(FINAL16_PHOTOGRAPHERS), ctx.rng.choice(FINAL16_AGENCIES)
    return CAPTIONS16.get(a.id, "A file photograph."), photographer, agency


def _times16(a: Article, rng: random.Random) -> list[int]:
    """A live page's update times, in minutes after midnight of its first day (an update after midnight runs on)."""
    times = LIVE16_TIMES.get(a.id) or _final6_times(a, rng)
    out: list[int] = []
    for x in times:
        minutes = int(x[:2]) * 60 + int(x[3:])
        while out and minutes < out[-1]:
            minutes += 24 * 60
        out.append(minutes)
    return out


def _live16_head(a: Article, i: int) -> str:
    heads = LIVE16_HEADS.get(a.id)
    return heads[i] if heads and i < len(heads) else _entry_headline(a.paragraphs[i], i)


def _ampm16(minutes: int, sep: str = ":", space: str = " ") -> str:
    """'9:58 pm' (sep ':' and a space), '9.58pm' (sep '.' and no space)."""
    hour, minute = divmod(minutes % (24 * 60), 60)
    return f"{(hour - 1) % 12 + 1}{sep}{minute:02d}{space}{'am' if hour < 12 else 'pm'}"


def _ordinal16(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _issuer16(a: Article) -> str:
    return PRESS16[a.id][0] if a.id in PRESS16 else ""


def _quote16(a: Article) -> str | None:
    """A quotation from the story (a pull quote repeats it): the first one of 40 to 170 characters after the opening."""
    for p in a.paragraphs[1:]:
        for q in re.findall(r"\"([^\"]{40,170})\"", p):
            return q.rstrip(",")
    return None


HIJRI16_MONTHS = ["Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Ula", "Jumada al-Akhirah", "Rajab",
                  "Shaban", "Ramadan", "Shawwal", "Dhu al-Qadah", "Dhu al-Hijjah"]  # fmt: skip


def _hijri16(day: date) -> str:
    """The date in the tabular Islamic calendar, as the Gulf daily's date bar prints it: '25 Jumada al-Akhirah 1447 AH'."""
    jd = day.toordinal() + 1721425
    ell = jd - 1948440 + 10632
    cycles = (ell - 1) // 10631
    ell = ell - 10631 * cycles + 354
    j = ((10985 - ell) // 5316) * ((50 * ell) // 17719) + (ell // 5670) * ((43 * ell) // 15238)
    ell = ell - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    month = (24 * ell) // 709
    dom = ell - (709 * month) // 24
    year = 30 * cycles + j - 30
    return f"{dom} {HIJRI16_MONTHS[month - 1]} {year} AH"


QT16_PRAYERS = [  # Al Sefwan's prayer times by month: Fajr, Sunrise, Dhuhr, Asr, Maghrib, Isha
    ("05:38", "06:58", "12:30", "15:33", "17:58", "19:15"), ("05:30", "06:48", "12:35", "15:50", "18:18", "19:33"),
    ("05:08", "06:24", "12:31", "15:55", "18:33", "19:48"), ("04:38", "05:56", "12:23", "15:51", "18:46", "20:03"),
    ("04:15", "05:38", "12:20", "15:44", "18:59", "20:21"), ("04:06", "05:33", "12:24", "15:46", "19:11", "20:36"),
    ("04:17", "05:41", "12:29", "15:51", "19:12", "20:35"), ("04:33", "05:53", "12:28", "15:53", "18:58", "20:16"),
    ("04:46", "06:03", "12:19", "15:45", "18:31", "19:47"), ("04:57", "06:13", "12:10", "15:26", "18:03", "19:19"),
    ("05:12", "06:30", "12:10", "15:12", "17:45", "19:03"), ("05:29", "06:50", "12:21", "15:17", "17:46", "19:05"),
]  # fmt: skip

HS16_SECTIONS = {  # the English edition's section and desk for each story: not body
    "Menarra": ("Menarra", "National"), "Ossine Islands": ("Asia-Pacific", "Oceania"), "Tiwanu": ("Asia-Pacific", "Oceania"),
    "Marvane": ("Asia-Pacific", "Oceania"), "Qadira": ("World", "Middle East"), "Ombara": ("World", "Africa"),
    "Orsenne": ("World", "Americas"), "Korrinth": ("World", "Europe"), "Lisvaar": ("World", "Europe"),
}  # fmt: skip
HS16_DESKS = {"P427": "Economy", "P438": "Environment", "P446": "Column", "P447": "Fisheries"}
HS16_TRANSLATED = {"P438": "Dewi Hartanto-Lee", "P446": "Farid Osman-Nair"}  # stories the English desk translated, and who
HS16_ONLY = frozenset({"P427", "P428", "P429", "P430", "P432", "P435", "P437", "P438", "P440", "P443", "P444", "P446",
                       "P447", "P449", "P450"})  # fmt: skip


def tpl_english_edition(a: Article, ctx: Ctx) -> str:
    """An Asian daily's English edition: the language links, the date and the air-quality chip, the masthead with 'in
    English', the menu, the consent strip with 'Consent options', the breadcrumb, the desk label above the headline, the
    italic deck under it, the reporter line with 'Input :' and 'Revised :' times in dotted dates, the font and share tools
    ('Chatpin', 'Copy URL'), the English desk's translation note above the story and its longer note after it, the
    picture's caption with its credit in capitals between brackets, the 'Earlier reporting' card and a pull quote repeating
    a quotation from the story between paragraphs, on a live page each update's dotted date, time and headline, after a
    column the writer's box and the note on views, after a release the note on releases, the copyright line barring
    reproduction and AI training, the keywords, 'More by this reporter', 'Popular now' and the footer with the
    registration number and the youth protection manager (none of it body). A live page runs newest first."""
    rng = ctx.rng
    others = [o for o in ctx.others if o.id in HS16_ONLY]  # the site's own stories
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    home = HOME16[a.id]
    section, desk = HS16_SECTIONS[home]
    if a.kind == "press":
        section, desk = "Business", "Press releases"
    elif a.kind == "opinion":
        section, desk = "Opinion", HS16_DESKS.get(a.id, "Guest column")
    desk = HS16_DESKS.get(a.id, desk)
    writers = _writers(a)
    if a.kind == "press":
        byline = f'<span class="hs-by">{t(_issuer16(a))}</span> <span class="hs-role">Press release</span>'
    elif a.kind == "wire":
        byline = f'<span class="hs-by">{_final13_names(a) + " · " if writers else ""}{WIRE16}</span>'
    elif writers:
        role = "Columnist" if a.kind == "opinion" else (_role(a) or "Reporter")
        byline = f'<span class="hs-by">{_final13_names(a)}</span> <span class="hs-role">{t(role)}</span>'
    else:
        byline = '<span class="hs-by">Harian Sendawan</span> <span class="hs-role">Online desk</span>'
    times = _times16(a, rng) if live else []
    start = times[0] if live else rng.randint(6 * 60, 20 * 60)
    end = times[-1] if live else start + rng.randint(40, 300)

    def stamp(minutes: int) -> str:
        when = date.fromordinal(day.toordinal() + minutes // (24 * 60))
        return f"{when.strftime('%Y.%m.%d')} {_hhmm(minutes % (24 * 60))}"

    dates = f'<div class="hs-dates"><span>Input : {stamp(start)}</span> <span>Revised : {stamp(end)}</span></div>'
    tools = (
        '<div class="hs-tools"><span>Font</span> <button>A+</button> <button>A-</button> <button>Print</button> '
        "<span>Share to</span> <a>Facebook</a> <a>X</a> <a>Chatpin</a> <a>Copy URL</a></div>"
    )
    translator = HS16_TRANSLATED.get(a.id)
    note = (
        '<div class="hs-trans">Translated from the Menarran original by the English desk · <a>Read in Menarran</a></div>'
        if translator
        else ""
    )
    figure = ""
    if a.id in CAPTIONS16 and a.kind != "opinion" and (n >= 2 or a.kind == "flash"):
        caption, _photographer, agency = _final16_caption(ctx, a)
        owner = _issuer16(a) or (agency if home != "Menarra" else "Harian Sendawan")
        figure = (
            f'<figure class="hs-photo"><img src="https://img.hariansendawan.example/en/{rng.randint(10**6, 10**7)}.jpg" '
            f'alt=""><figcaption>{t(caption)} [{t(owner.upper())}]</figcaption></figure>'
        )
    if live:
        posts = "".join(
            f'<div class="hs-post"><div class="hs-post-time">{stamp(times[i])}</div><h3>{t(_live16_head(a, i))}</h3>'
            f"<p>{t(a.paragraphs[i])}</p></div>"
            for i in range(n - 1, -1, -1)
        )
        body = (
            '<div class="hs-live"><span class="hs-live-dot" style="color:#d00">●</span> LIVE <span>This page refreshes '
            "automatically</span></div>" + posts
        )
    else:
        parts = [f"<p>{t(p)}</p>" for p in a.paragraphs]
        inserts: dict[int, str] = {}
        earlier = [o for o in others if o.day < day and o.kind != "press"]
        if n >= 4 and a.kind != "press" and earlier:
            other = earlier[0]
            inserts[1] = (
                f'<div class="hs-earlier"><div class="hs-earlier-label">Earlier reporting</div><a><img src="/thumb/'
                f'{rng.randint(100, 999)}.jpg" alt=""><div>{t(other.headline)}</div></a>'
                f'<div class="hs-earlier-date">{other.day.strftime("%Y.%m.%d")}</div></div>'
            )
        quote = _quote16(a)
        if quote and n >= 6:
            inserts[n // 2] = f'<blockquote class="hs-pull"><p>&quot;{t(quote)}&quot;</p></blockquote>'
        if n >= 5:
            inserts[3] = inserts.get(3, "") + '<div class="hs-ad" style="min-height:250px"><span>AD</span></div>'
        body = _interleave(parts, inserts)
    after = ""
    if a.kind == "opinion":
        after = (
            f'<div class="hs-writer"><img src="/columnists/{_slug(writers[0])}.jpg" alt=""><p>{t(WRITERS16.get(a.id, ""))}</p>'
            "</div><p><em>This column reflects the author's personal opinion, which may differ from the editorial direction "
            "of Harian Sendawan.</em></p>"
        )
    elif a.kind == "press":
        after = (
            f"<p><em>Supplied by {t(_issuer16(a))}. Harian Sendawan in English carries releases as a service to readers and "
            "has not checked what they say.</em></p>"
        )
    if translator:
        after += (
            "<p><em>This article was translated with the help of an AI tool from the Menarran-language article published in "
            f"Harian Sendawan and was checked and edited by {t(translator)} of the English desk.</em></p>"
        )
    keywords = [home, desk] + (["Cyclone Ilani"] if "Ilani" in a.headline else [])
    more_by = ""
    if writers and a.kind not in ("wire", "press"):
        mine = [o for o in others if o.byline and writers[0] in o.byline][:2]
        more_by = (
            ""
            if not mine
            else (
                '<section class="hs-moreby"><h3>More by this reporter</h3><ul>'
                + "".join(f"<li><a>{t(o.headline)}</a></li>" for o in mine)
                + "</ul></section>"
            )
        )
    popular = "".join(f"<li><b>{k + 1}</b> <a>{t(o.headline)}</a></li>" for k, o in enumerate(others[2:7]))
    return (
        _final_head(f"{a.headline} - Harian Sendawan in English", lang="en")
        + f'<body class="hs"><div class="hs-top"><span>{day.strftime("%A, %B")} {day.day}, {day.year}</span> '
        + f'<span class="hs-aqi">Sendawan {rng.randint(27, 34)}°C · AQI {rng.randint(38, 140)}</span> '
        + '<span class="hs-langs"><a>Menarran</a> <a class="on">English</a> <a>中文</a></span> <a>Digital paper</a> '
        + "<a>Sign in</a></div>"
        + '<header class="hs-mast"><a class="hs-logo" href="/en">Harian Sendawan</a> <span class="hs-ed">in English</span>'
        + _nav(["Menarra", "Asia-Pacific", "World", "Business", "Tech", "Life", "Culture", "Sport", "Opinion", "Video"], "hs-nav")
        + "</header>"
        + f'<div class="hs-consent"><p>{t(FINAL16_CONSENT[0])}</p><button>I agree</button> <button>Consent options</button></div>'
        + f'<main><article><div class="hs-crumb"><a>Home</a> &gt; <a>{t(section)}</a> &gt; <a>{t(desk)}</a></div>'
        + f'<div class="hs-desk">{t(desk)}</div><h1>{t(a.headline)}</h1>'
        + (f'<p class="hs-deck"><em>{t(STANDFIRST16[a.id])}</em></p>' if a.id in STANDFIRST16 else "")
        + f'<div class="hs-byline">{byline}</div>'
        + dates
        + tools
        + note
        + figure
        + f'<div class="hs-body">{body}</div>'
        + after
        + '<div class="hs-copy">ⓒ Harian Sendawan. Reproduction, redistribution and use for AI training prohibited.</div>'
        + '<div class="hs-keywords"><span>Keywords</span> '
        + " ".join(f"<a>#{t(k)}</a>" for k in dict.fromkeys(keywords))
        + "</div>"
        + more_by
        + "</article>"
        + f'<aside class="hs-popular"><h2>Popular now</h2><ol>{popular}</ol></aside></main>'
        + '<footer class="hs-foot"><div><a>About us</a> <a>Advertise</a> <a>Terms of service</a> <a>Privacy policy</a> '
        + "<a>Ethics code</a> <a>Contact the English desk</a></div><div>Harian Sendawan Media Group · 88 Jalan Merdeka Lama, "
        + "Sendawan 10230 · Tel. 021-555-0188</div><div>Registration No. SDW-A-00417 · Publisher and editor: Budiman "
        + f"Halim-Soetardjo · Youth protection manager: Rina Aprilia-Koh</div><div>Copyright © {day.year} Harian Sendawan. "
        + "All rights reserved.</div></footer>"
        + "</body></html>"
    )


QT16_SECTIONS = {"Qadira": "Qadira", "Ombara": "Africa", "Menarra": "Asia", "Ossine Islands": "Pacific", "Tiwanu": "Pacific",
                 "Marvane": "Pacific", "Orsenne": "Americas", "Korrinth": "Europe", "Lisvaar": "Europe"}  # fmt: skip
QT16_LABELS = {  # the label above the headline: not body
    "P430": "CORPORATE NEWS", "P437": "TRANSPORT", "P449": "WEATHER", "P434": "TRAVEL", "P443": "TRAVEL", "P440": "AVIATION",
    "P436": "EXPAT COMMUNITIES", "P439": "EXPAT COMMUNITIES", "P438": "EXPAT COMMUNITIES", "P429": "EXPAT COMMUNITIES",
}  # fmt: skip
QT16_STAFF = ["Reem Al-Haddad", "Saeed Bin Touq", "Anjali Menon-Pires", "Tariq Rahimi"]
QT16_ONLY = frozenset({"P427", "P429", "P430", "P432", "P434", "P435", "P436", "P437", "P438", "P439", "P440", "P441",
                       "P443", "P446", "P449", "P450"})  # fmt: skip


def tpl_gulf_daily(a: Article, ctx: Ctx) -> str:
    """A Gulf-region English daily: the date bar with the Hijri date, the prayer times and the exchange and gold rates, the
    masthead with 'Since 1978' and the weather, the menu, the cookie bar with 'Accept & close', the breadcrumb, the label
    above the headline ('CORPORATE NEWS', 'EXPAT COMMUNITIES' ...), the summary under it, the byline with role or 'Tribune
    Web Desk', the 'Published' and 'Updated' times with the weekday cut short, the share row, the picture's 'Picture by' or
    'Picture: Supplied' credit, the 'READ ALSO' box, the WhatsApp channel line in a bold <p> and an 'ADVERTISING' slot
    between paragraphs, after a syndicated column the writer's line, the syndicate and the disclaimer (italic <p>s), after a
    release the note that it is published as received, 'About ...' and the media contact, 'Trending this week', 'Our editors
    recommend' and the footer with the media licence (none of it body). No live pages."""
    rng = ctx.rng
    others = [o for o in ctx.others if o.id in QT16_ONLY]  # the site's own stories
    day = a.day
    n = len(a.paragraphs)
    home = HOME16[a.id]
    press = a.kind == "press"
    section = "Business" if press else "Opinion" if a.kind == "opinion" else QT16_SECTIONS[home]
    label = QT16_LABELS.get(a.id) or {"opinion": "COMMENT", "wire": "WORLD"}.get(a.kind, section.upper())
    writers = _writers(a)
    if press:
        byline = '<div class="qt-by"><span>Tribune Web Desk</span></div>'
    elif a.kind == "wire":
        byline = f'<div class="qt-by"><span>{WIRE16}</span></div>'
    elif a.kind == "opinion":
        byline = f'<div class="qt-by"><span>{_final13_names(a)}</span> <span class="qt-role">Special to the Tribune</span></div>'
    elif writers and home == "Qadira":
        role = _role(a) or "Staff Reporter"
        byline = (
            f'<div class="qt-by"><img src="/authors/{_slug(writers[0])}.jpg" alt=""><span>{_final13_names(a)}</span> '
            f'<span class="qt-role">{t(role)}</span></div>'
        )
    else:
        byline = f'<div class="qt-by"><span>{t(rng.choice(QT16_STAFF))}</span> <span class="qt-role">with agencies</span></div>'
    published = rng.randint(7 * 60, 22 * 60)
    updated = published + rng.randint(25, 180)

    def stamp(minutes: int) -> str:
        return f"{day.strftime('%a %d %b %Y')}, {_clock15(min(minutes, 23 * 60 + 59), 'caps')}"

    fajr, sunrise, dhuhr, asr, maghrib, isha = QT16_PRAYERS[day.month - 1]
    prayers = (
        f'<div class="qt-prayer"><b>Prayer times</b> <span>Al Sefwan</span> <span>Fajr {fajr}</span> <span>Sunrise {sunrise}'
        f"</span> <span>Dhuhr {dhuhr}</span> <span>Asr {asr}</span> <span>Maghrib {maghrib}</span> <span>Isha {isha}</span></div>"
    )
    rates = (
        f'<div class="qt-rates"><span>QD 1 = {rng.uniform(9.6, 10.1):.2f} Menarran dollars</span> <span>QD 1 = '
        f"{rng.uniform(388, 420):.1f} Ombaran shillings</span> <span>Gold 24K QD {rng.uniform(30.5, 33.9):.2f}/g</span> "
        "<a>Currency converter</a></div>"
    )
    figure = ""
    if a.id in CAPTIONS16 and (n >= 3 or a.kind == "flash") and a.kind != "opinion":
        caption, photographer, agency = _final16_caption(ctx, a)
        credit = "Picture: Supplied" if press else f"Picture by {photographer}/{agency}"
        figure = (
            f'<figure class="qt-fig"><img src="https://cdn.qadiratribune.example/{rng.randint(10**6, 10**7)}.jpg" alt="">'
            f'<figcaption>{t(caption)} <span class="qt-credit">{t(credit)}</span></figcaption></figure>'
        )
    parts = [f"<p>{t(p)}</p>" for p in a.paragraphs]
    inserts: dict[int, str] = {}
    if n >= 4 and not press:
        also = [o for o in others if HOME16[o.id] == home][:2] or others[:2]
        inserts[1] = (
            '<div class="qt-readalso"><h4>READ ALSO</h4><ul>'
            + "".join(f"<li><a>{t(o.headline)}</a></li>" for o in also)
            + "</ul></div>"
        )
    if n >= 3 and not press:
        inserts[n - 2 if n < 6 else 4] = (
            "<p><strong>Breaking news on your phone: join the Qadira Tribune's WhatsApp channel.</strong></p>"
        )
    if n >= 6:
        inserts[2] = '<div class="qt-ad" style="min-height:250px"><span>ADVERTISING</span></div>'
    body = _interleave(parts, inserts)
    after = ""
    if a.kind == "opinion":
        after = (
            f"<p><em>{t(WRITERS16.get(a.id, ''))}</em></p><p><em>Distributed by Commentary Exchange.</em></p>"
            "<p><em>The Qadira Tribune does not necessarily share the opinions of its guest writers.</em></p>"
        )
    elif press:
        issuer, contact, about = PRESS16[a.id]
        after = (
            f'<div class="qt-about"><h4>About {t(issuer)}</h4><p>{t(about)}</p></div><p>Media contact: {t(contact)}</p>'
            "<p><em>This content is published as received from the company.</em></p>"
        )
    trending = "".join(f"<li><a>{t(o.headline)}</a></li>" for o in others[2:6])
    picks = "".join(f'<li><img src="/picks/{rng.randint(100, 999)}.jpg" alt=""><a>{t(o.headline)}</a></li>' for o in others[6:9])
    return (
        _final_head(f"{a.headline} | The Qadira Tribune", lang="en")
        + f'<body class="qt"><div class="qt-datebar"><span>{day.strftime("%A")}, {day.strftime("%B")} {day.day}, {day.year}</span>'
        + f" <span>| {_hijri16(day)}</span></div>"
        + prayers
        + rates
        + '<header class="qt-head"><a class="qt-logo" href="/">The Qadira Tribune</a> <span class="qt-since">Since 1978</span> '
        + f'<span class="qt-weather">Al Sefwan {rng.randint(19, 44)}°C</span>'
        + _nav(
            ["Qadira", "Gulf", "World", "Business", "Sport", "Entertainment", "Lifestyle", "Opinion", "Jobs", "Classifieds"],
            "qt-nav",
        )
        + "</header>"
        + f'<div class="qt-cookie" style="position:fixed;bottom:0"><p>{t(FINAL16_CONSENT[1])}</p><button>Accept &amp; close</button></div>'
        + f'<main><article><div class="qt-crumbs"><a>Home</a> › <a>{t(section)}</a></div>'
        + f'<div class="qt-label">{t(label)}</div><h1>{t(a.headline)}</h1>'
        + (f'<div class="qt-summary">{t(STANDFIRST16[a.id])}</div>' if a.id in STANDFIRST16 else "")
        + byline
        + f'<div class="qt-times"><span>Published: {stamp(published)}</span>'
        + (f" <span>Updated: {stamp(updated)}</span>" if n > 1 else "")
        + "</div>"
        + '<div class="qt-share"><a>WhatsApp</a> <a>Facebook</a> <a>X</a> <a>LinkedIn</a> <a>Email</a></div>'
        + figure
        + f'<div class="qt-body">{body}</div>'
        + after
        + "</article>"
        + f'<aside class="qt-trending"><h2>Trending this week</h2><ol>{trending}</ol></aside>'
        + f'<aside class="qt-picks"><h2>Our editors recommend</h2><ul>{picks}</ul></aside></main>'
        + '<footer class="qt-foot"><div><a>About the Tribune</a> <a>Advertise with us</a> <a>Subscriptions</a> <a>Careers</a> '
        + "<a>Privacy</a> <a>Terms</a></div><div>The Qadira Tribune is published by Al Nour Publishing House, P.O. Box 4417, "
        + "Al Sefwan, State of Qadira. Licensed by the Qadira Media Council, licence no. 112/1978.</div>"
        + f"<div>© {day.year} Al Nour Publishing House. All rights reserved.</div></footer>"
        + "</body></html>"
    )


ND16_SECTIONS = {"Ombara": "News", "Qadira": "World", "Menarra": "World", "Orsenne": "Diaspora", "Korrinth": "World"}
ND16_CATEGORY = {  # the category after the section in the breadcrumb: not body
    "P427": "Business", "P428": "Health", "P430": "Business", "P432": "Opinion", "P435": "Europe", "P436": "Counties",
    "P439": "Counties", "P441": "Politics", "P446": "Opinion", "P449": "Diaspora", "P450": "Business",
}  # fmt: skip
ND16_COMMENTS = {  # readers' comments under a story, on the country's own news and on news from abroad: not body
    "home": [
        ("Otieno K.", "Every year it is the same story. The people who decide these things do not ride minibuses or buy bread."),
        ("mama_wanja", "Thank you NyotaDaily for following this. Please keep asking the hard questions."),
        ("Kalindra Boy", "Let them listen to the young people for once. We are not going anywhere."),
        ("Dr. B. Ochola", "Good piece. Small bundles are what most people buy, 50 shillings at a time."),
        ("Achieng' N.", "Which roads exactly are they repairing with this money? Show us the list."),
        ("Truthteller88", "Our leaders should try living on the minimum wage for one month."),
    ],
    "abroad": [
        ("Baraka M.", "I have relatives working over there. This affects many Ombaran families."),
        ("Wairimu", "The government should tell us how many of our people are affected."),
        ("Otieno K.", "When it happens there it is news everywhere. When it happens here nobody notices."),
        ("Truthteller88", "Our leaders should study how they do things there before copying anything."),
        ("mama_wanja", "Thank you for this. Please keep following the story for those of us with family abroad."),
    ],
}
ND16_ONLY = frozenset({"P427", "P428", "P430", "P432", "P435", "P436", "P439", "P441", "P446", "P449", "P450"})


def tpl_africa_portal(a: Article, ctx: Ctx) -> str:
    """An African news portal: the 'HAPPENING NOW' ticker, the app offer ('1GB free'), the menu with 'Counties' and
    'Tenders', the cookie line with 'OK, got it', the breadcrumb, the site's tagline and the section label directly above
    the headline, the summary, the byline with role and 'Follow', the ordinal date with the time and reading time, 'Prefer
    to listen? Press play', the share row, the caption with its 'PHOTO | ...' credit, 'RELATED STORY:' lines, the
    WhatsApp channel line in a bold <p> and 'ADVERTISEMENT - CONTINUE READING BELOW' between paragraphs, after a column
    'The writer is ...' and the note on views (italic <p>s), after a release the sponsored-content note, the Paybill appeal,
    the readers' comments ('What readers are saying'), 'Fresh on NyotaDaily', 'Hot this week' and the footer (none of it
    body). No live pages."""
    rng = ctx.rng
    others = [o for o in ctx.others if o.id in ND16_ONLY]  # the site's own stories
    day = a.day
    n = len(a.paragraphs)
    home = HOME16[a.id]
    press = a.kind == "press"
    writers = _writers(a)
    section = "Opinion" if a.kind == "opinion" else "Business" if press else ND16_SECTIONS.get(home, "World")
    category = ND16_CATEGORY.get(a.id, "Africa" if home == "Ombara" else "World")
    if a.kind == "opinion":
        section, category = "Opinion", "Columnists"
    if press:
        label = "PRESS RELEASE | SPONSORED"
    elif a.kind == "opinion":
        label = "OPINION"
    else:
        label = category.upper()
    if press:
        byline = '<div class="nd-by"><b>NyotaDaily Partner</b></div>'
    elif a.kind == "wire":
        byline = f'<div class="nd-by"><b>{_final13_names(a) or "NyotaDaily Reporter"}</b> <span>| {WIRE16}</span></div>'
    elif writers and home == "Ombara":
        role = _role(a) or ("Columnist" if a.kind == "opinion" else "Reporter")
        byline = (
            f'<div class="nd-by"><img src="/writers/{_slug(writers[0])}.jpg" alt=""><b>{_final13_names(a)}</b> '
            f"<span>| {t(role)}</span> <button>Follow</button></div>"
        )
    elif writers and a.kind == "opinion":
        byline = f'<div class="nd-by"><b>{_final13_names(a)}</b> <span>| Contributor</span></div>'
    else:
        byline = '<div class="nd-by"><b>NyotaDaily Reporter</b> <span>| with agencies</span></div>'
    minutes = rng.randint(6 * 60, 21 * 60)
    when = f"{day.strftime('%A')}, {_ordinal16(day.day)} {day.strftime('%B %Y')} at {_clock15(minutes, 'caps')}"
    figure = ""
    if a.id in CAPTIONS16 and a.kind != "opinion":
        caption, _photographer, agency = _final16_caption(ctx, a)
        credit = "COURTESY" if press else ("NYOTADAILY" if home == "Ombara" and rng.random() < 0.6 else agency.upper())
        figure = (
            f'<figure class="nd-fig"><img src="https://media.nyotadaily.example/{rng.randint(10**6, 10**7)}.webp" alt="">'
            f"<figcaption>{t(caption)} PHOTO | {t(credit)}</figcaption></figure>"
        )
    ad = '<div class="nd-ad"><div class="nd-ad-note">ADVERTISEMENT - CONTINUE READING BELOW</div><div style="min-height:250px"></div></div>'
    parts = [f"<p>{t(p)}</p>" for p in a.paragraphs]
    inserts: dict[int, str] = {}
    related = [o for o in others if o.kind not in ("press", "opinion")]
    if n >= 3 and not press:
        inserts[0] = f'<p class="nd-related"><strong>RELATED STORY:</strong> <a>{t(related[0].headline)}</a></p>'
    if n >= 4:
        inserts[1] = ad
    if n >= 5 and not press:
        inserts[3] = "<p><strong>Join NyotaDaily's WhatsApp channel for breaking news and updates.</strong></p>"
    if n >= 9:
        inserts[6] = ad
        inserts[n - 3] = f'<p class="nd-related"><strong>RELATED STORY:</strong> <a>{t(related[1].headline)}</a></p>'
    body = _interleave(parts, inserts)
    after = ""
    if a.kind == "opinion":
        bio = WRITERS16.get(a.id, "").split(" is ", 1)[-1]
        after = (
            f"<p><em>The writer is {t(bio)}</em></p><p><em>The views expressed here are the writer's and do not reflect "
            "NyotaDaily's editorial policy.</em></p>"
        )
    elif press:
        after = "<p><em>This is a sponsored press release. NyotaDaily takes no responsibility for the claims made in it.</em></p>"
    picks = rng.sample(ND16_COMMENTS["home" if home == "Ombara" or press else "abroad"], 4)
    comments = "".join(
        f'<li><div class="nd-c-head"><b>{t(name)}</b> <span>{rng.randint(1, 23)}h</span></div><p>{t(text)}</p>'
        f'<div class="nd-c-tools"><a>Reply</a> · <span>{rng.randint(0, 60)} likes</span></div></li>'
        for name, text in picks
    )
    ages = sorted(rng.sample(range(4, 58), 5))
    fresh = "".join(f"<li><a>{t(o.headline)}</a> <span>{m} mins ago</span></li>" for o, m in zip(others[2:7], ages))
    hot = "".join(f"<li><a>{t(o.headline)}</a></li>" for o in others[7:10])
    ticker = " • ".join(f"<a>{t(o.headline)}</a>" for o in others[:3])
    return (
        _final_head(f"{a.headline} - NyotaDaily", lang="en")
        + f'<body class="nd"><div class="nd-ticker"><b>HAPPENING NOW:</b> {ticker}</div>'
        + '<div class="nd-app">Get 1GB free when you download the NyotaDaily app <a>Download</a></div>'
        + '<header class="nd-head"><a class="nd-logo" href="/">NyotaDaily</a>'
        + _nav(
            ["News", "Politics", "Business", "Counties", "Sports", "Entertainment", "Lifestyle", "Opinion", "Jobs", "Tenders"],
            "nd-nav",
        )
        + "<button>More ▾</button> <button>Search</button></header>"
        + f'<div class="nd-cookie"><p>{t(FINAL16_CONSENT[2])}</p><button>OK, got it</button></div>'
        + f'<main><article><div class="nd-crumbs"><a>Home</a> » <a>{t(section)}</a> » <a>{t(category)}</a></div>'
        + '<div class="nd-tagline">NyotaDaily · Ombara\'s news, every hour</div>'
        + f'<div class="nd-label">{t(label)}</div><h1>{t(a.headline)}</h1>'
        + (f'<div class="nd-summary">{t(STANDFIRST16[a.id])}</div>' if a.id in STANDFIRST16 else "")
        + byline
        + f'<div class="nd-when"><span>{when}</span> <span>· {_minutes(a, 200)} min read</span></div>'
        + f'<div class="nd-listen"><span>Prefer to listen? Press play</span> <button>▶</button> <span>{_minutes(a, 150)}:'
        + f"{rng.randint(0, 59):02d}</span></div>"
        + '<div class="nd-share"><a>WhatsApp</a> <a>Facebook</a> <a>X</a> <a>Telegram</a></div>'
        + figure
        + f'<div class="nd-body">{body}</div>'
        + after
        + '<div class="nd-support"><h3>Support independent Ombaran journalism</h3><div>Paybill No. 880200, Account: NYOTA. '
        + "Every shilling keeps our reporters on the ground.</div></div></article>"
        + f'<section class="nd-comments"><h2>What readers are saying</h2><div>{len(picks)} comments</div><ol>{comments}</ol>'
        + "<div>Comments are checked by our moderators before they go live.</div><button>Load more</button></section>"
        + f'<aside class="nd-fresh"><h2>Fresh on NyotaDaily</h2><ul>{fresh}</ul></aside>'
        + f'<aside class="nd-hot"><h2>Hot this week</h2><ol>{hot}</ol></aside></main>'
        + '<footer class="nd-foot"><div><a>About us</a> <a>Advertise</a> <a>Editorial policy</a> <a>Privacy</a> <a>Contact</a>'
        + "</div><div>Send us a story: news@nyotadaily.example</div>"
        + f"<div>© {day.year} Nyota Media Ltd, Kalindra, Ombara. All rights reserved.</div></footer>"
        + "</body></html>"
    )


OBC16_REGIONS = {"Orsenne": "Westmarch", "Ossine Islands": "World", "Tiwanu": "World", "Marvane": "World", "Korrinth": "World",
                 "Lisvaar": "World"}  # fmt: skip
OBC16_LABELS = {"P434": "Port Belden", "P444": "North", "P428": "Westmarch"}  # the region above the headline: not body
OBC16_VIDEOS = {  # the video embedded between paragraphs: title and length; not body
    "P428": ("Why rural ERs in Westmarch keep closing their doors", "2:46"),
    "P444": ("Riding along on the Kesk Lake winter road", "4:12"),
    "P448": ("What the Teshari Accord means for people on the atoll", "2:05"),
    "P443": ("Travellers stranded as Stavenne airport strike begins", "1:31"),
}
OBC16_AUDIO = {"P444": ("The North Today", "Why the ice road season keeps shrinking", "9:24")}
OBC16_BOXES = {  # the fact box or timeline inside a story: not body
    "P428": ("By the numbers", ["412 temporary ER closures in rural Westmarch, June to September",
                                "1,900 vacant nursing positions in the province",
                                "1,200 nurses to be recruited from Ombara and Menarra over three years"]),
    "P444": ("The winter road: a timeline", ["1998: the road opens in mid-January and stays open about ten weeks",
                                             "2025: it opens Feb. 9 and closes March 11, after less than five weeks",
                                             "2026: it opens Jan. 28 after a cold December"]),
    "P448": ("What's in the Teshari Accord", ["Permanent residency for up to 1,200 atoll residents a year",
                                              "$60 million in Marvane dollars for sea walls, water tanks and solar power",
                                              "A duty to consult Marvane on security agreements"]),
}  # fmt: skip
OBC16_ONLY = frozenset({"P426", "P428", "P434", "P435", "P442", "P443", "P444"})


def tpl_federal_broadcaster(a: Article, ctx: Ctx) -> str:
    """A public broadcaster of a bilingual federation: 'Jump to story', the top links ('Radio-Orsenne', 'Français', 'OBC
    Listen', 'OBC Stream'), the menu and local picker, the consent panel (a heading and a <p>) with 'Allow all' and 'Only
    essential', the region label above the headline, the deck in an <h2>, the byline with 'OBC News' or the agency, the
    'Published' and 'Updated' times ('Sep. 11, 2025 4:00 a.m. CT'), the share toggle, the picture's credit in brackets
    ('(Name/OBC)'), the 'WATCH |' video and 'LISTEN |' audio embeds with their lengths, the fact box or timeline between
    paragraphs, on a live page the pinned box, each update's time in the story's local time and its headline, after the
    story 'With files from ...' in an italic <p>, 'Commenting is now closed for this story.', 'Read about our editorial
    values', 'Popular on OBC' and the footer (none of it body). A live page runs newest first."""
    rng = ctx.rng
    others = [o for o in ctx.others if o.id in OBC16_ONLY]  # the site's own stories
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    home = HOME16[a.id]
    region = OBC16_LABELS.get(a.id) or OBC16_REGIONS.get(home, "World")
    writers = _writers(a)
    if a.kind == "wire" or home != "Orsenne":
        byline = f"<span>{_final13_names(a) + ' · ' if writers and a.kind == 'wire' else ''}{WIRE16}</span>"
        if home != "Orsenne" and a.kind != "wire":
            byline = "<span>OBC News</span>"
    elif writers:
        byline = f"<span>{_final13_names(a)}</span> <span>· OBC News</span>"
    else:
        byline = "<span>OBC News</span>"
    zone = "CT" if home == "Orsenne" else "ET"

    def stamp(minutes: int) -> str:
        return f"{_ap_date15(day)} {_clock15(minutes)} {zone}"

    published = rng.randint(4 * 60, 18 * 60)
    dates = f'<div class="obc-times"><span>Published: {stamp(published)}</span>'
    if n > 1:
        dates += f" <span>| Updated: {stamp(min(published + rng.randint(45, 300), 23 * 60 + 50))}</span>"
    dates += "</div>"
    figure = ""
    if a.id in CAPTIONS16:
        caption, photographer, agency = _final16_caption(ctx, a)
        who = f"{photographer}/OBC" if home == "Orsenne" else agency
        figure = (
            f'<figure class="obc-lead"><img src="https://i.obc.example/{rng.randint(10**6, 10**7)}.jpg" alt="">'
            f"<figcaption>{t(caption)} ({t(who)})</figcaption></figure>"
        )
    video = ""
    if a.id in OBC16_VIDEOS:
        title, length = OBC16_VIDEOS[a.id]
        video = (
            f'<div class="obc-media"><div class="obc-player" style="aspect-ratio:16/9;background:#111"></div>'
            f'<div class="obc-media-title"><span>WATCH | </span>{t(title)}</div><span class="obc-len">{length}</span></div>'
        )
    box = ""
    if a.id in OBC16_BOXES:
        title, items = OBC16_BOXES[a.id]
        box = (
            f'<aside class="obc-factbox" style="border-top:4px solid #c00"><h3>{t(title)}</h3><ul>'
            + "".join(f"<li>{t(x)}</li>" for x in items)
            + "</ul></aside>"
        )
    if live:
        times = _times16(a, rng)
        pinned = (
            '<div class="obc-pinned"><h3>What you need to know</h3><ul><li>Cyclone Ilani is a category 4 storm</li>'
            "<li>A state of emergency is in force across the Ossine Islands</li><li>Thousands are in evacuation centres</li>"
            "</ul></div>"
            if "Ilani" in a.headline
            else ""
        )
        posts = "".join(
            f'<div class="obc-update"><div class="obc-update-time">{_clock15(times[i])} local time</div>'
            f"<h3>{t(_live16_head(a, i))}</h3><p>{t(a.paragraphs[i])}</p></div>" + (video if i == n // 2 else "")
            for i in range(n - 1, -1, -1)
        )
        body = f'<div class="obc-live"><span style="background:#c00;color:#fff">LIVE</span></div>{pinned}{posts}'
    else:
        parts = [f"<p>{t(p)}</p>" for p in a.paragraphs]
        inserts: dict[int, str] = {}
        if video and n >= 4:
            inserts[2] = video
        if box:
            inserts[max(1, n // 2)] = box
        if a.id in OBC16_AUDIO and n >= 8:
            show, title, length = OBC16_AUDIO[a.id]
            inserts[n - 5] = (
                f'<div class="obc-media obc-audio"><div class="obc-show">{t(show)}</div><div class="obc-media-title">'
                f'<span>LISTEN | </span>{t(title)}</div><span class="obc-len">{length}</span></div>'
            )
        body = _interleave(parts, inserts)
    after = ""
    if a.kind != "wire" and (home != "Orsenne" or n >= 10):
        after = f"<p><em>With files from {WIRE16}</em></p>"
    popular = "".join(f"<li><a>{t(o.headline)}</a></li>" for o in others[:5])
    return (
        _final_head(f"{a.headline} | OBC News", lang="en-OR")
        + '<body class="obc"><a class="obc-jump" href="#story">Jump to story</a>'
        + '<div class="obc-top"><a class="obc-logo" href="/">OBC</a> <a>Radio-Orsenne</a> <a>Français</a> <a>OBC Listen</a> '
        + "<a>OBC Stream</a> <a>Sign in</a></div>"
        + _nav(
            [
                "Top Stories",
                "Local",
                "Climate",
                "World",
                "Orsenne",
                "Politics",
                "Indigenous",
                "Business",
                "Health",
                "Entertainment",
                "Science",
                "Video",
            ],
            "obc-nav",
        )  # fmt: skip
        + f'<div class="obc-local"><span>Local news:</span> <button>{t(region if region != "World" else "Westmarch")} ▾</button></div>'
        + f'<div class="obc-consent" role="dialog"><h2>Your choices on OBC</h2><p>{t(FINAL16_CONSENT[3])}</p>'
        + "<button>Allow all</button> <button>Only essential</button></div>"
        + f'<main id="story"><article><div class="obc-region"><a>{t(region)}</a></div><h1>{t(a.headline)}</h1>'
        + (f'<h2 class="obc-deck">{t(STANDFIRST16[a.id])}</h2>' if a.id in STANDFIRST16 else "")
        + f'<div class="obc-byline">{byline}</div>'
        + dates
        + '<div class="obc-share"><button>Share ⌄</button></div>'
        + figure
        + f'<div class="obc-story">{body}</div>'
        + after
        + '<div class="obc-closed">Commenting is now closed for this story.</div>'
        + '<div class="obc-values"><a>Read about our editorial values</a> <a>Report a typo or error</a></div></article>'
        + f'<aside class="obc-popular"><h2>Popular on OBC</h2><ol>{popular}</ol></aside></main>'
        + '<footer class="obc-foot"><div><a>About OBC</a> <a>Viewer and Listener Services</a> <a>Accessibility feedback</a> '
        + "<a>Terms of use</a> <a>Privacy</a> <a>Jobs</a> <a>Français</a></div><div>OBC/Radio-Orsenne is Orsenne's public "
        + f"broadcaster.</div><div>©{day.year} Orsenne Broadcasting Corporation. All rights reserved.</div></footer>"
        + "</body></html>"
    )


EIGHT16_KICKERS = {  # the capitals kicker above the headline: not body
    "P426": "CYCLONE ILANI", "P429": "SURF RESCUE", "P431": "CYCLONE ILANI", "P433": "PACIFIC", "P442": "PACIFIC",
    "P445": "WANDILLA VOTES", "P447": "PACIFIC", "P448": "CLIMATE",
}  # fmt: skip
EIGHT16_VIDEOS = {  # the video at the top of a story: title and length; not body
    "P429": ("Lifesavers describe chaotic afternoon at Callum Heads", "1:52"),
    "P431": ("Cyclone Ilani: wild winds lash Aloru", "0:58"),
    "P445": ("Sheehan concedes: 'The people have voted for a change'", "2:24"),
    "P448": ("Teshari residents offered a new home in Marvane", "2:11"),
}
EIGHT16_KEY = {"P431": {2, 8, 11}, "P445": {6, 8, 9}}  # the updates an editor marked as key: the mark is not body
EIGHT16_PROMOTED = [  # 'Promoted links by Nexa': adverts, not body
    ("The Eyrewood solar rebate that thousands still haven't claimed", "SolarQuotes Marvane"),
    ("The sneakers podiatrists in Wandilla keep recommending", "Stride Lab"),
    ("Why Coral Coast retirees are switching health funds this year", "Compare Cover"),
    ("This tiny camper trailer sold out in three days", "Outback Trailers Co"),
]
EIGHT16_ONLY = frozenset({"P426", "P429", "P431", "P433", "P442", "P445", "P447", "P448"})


def tpl_commercial_news(a: Article, ctx: Ctx) -> str:
    """A commercial TV network's news site: the city picker, the weather chip, 'Watch 8 live' and '8Play', the menu, the
    app sheet, the capitals kicker above the headline, the standfirst in bold, the byline with '8News' and the time first
    ('5:12pm Jan 5, 2026'), the video at the top with its title and length, the italic line pointing to the player, a
    pull quote repeating a quotation from the story, 'TRENDING:' lines, the newsletter line in a <p> and adverts between
    paragraphs, on a live page each update's time, headline and the 'KEY POST' mark, after the story the tip line in an
    italic <p>, 'Promoted links by Nexa', 'Latest from 8News' and the footer with the acknowledgement of the first peoples
    (none of it body). A live page runs newest first."""
    rng = ctx.rng
    others = [o for o in ctx.others if o.id in EIGHT16_ONLY]  # the site's own stories
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    home = HOME16[a.id]
    writers = _writers(a)
    kicker = EIGHT16_KICKERS.get(a.id, "PACIFIC" if home != "Marvane" else "WANDILLA")
    if a.kind == "wire":
        byline = f"<span>{WIRE16}</span>"
    elif writers and home == "Marvane":
        byline = f"<span>By {_final13_names(a)}</span> <span>· 8News</span>"
    elif writers and a.kind in ("feature", "long"):
        byline = f"<span>By {_final13_names(a)}</span>"
    else:
        byline = "<span>8News Pacific desk</span>"
    times = _times16(a, rng) if live else []
    start = times[-1] if live else rng.randint(6 * 60, 21 * 60)
    when = f"{_ampm16(start, ':', '')} {day.strftime('%b')} {day.day}, {day.year}"
    video = ""
    if a.id in EIGHT16_VIDEOS:
        title, length = EIGHT16_VIDEOS[a.id]
        video = (
            f'<div class="en-video"><div class="en-player" style="aspect-ratio:16/9;background:#000"></div>'
            f'<div class="en-vtitle">{t(title)}</div><div class="en-vlen">{length}</div></div>'
        )
        figure = ""
    elif a.id in CAPTIONS16 and n >= 2:
        caption, photographer, agency = _final16_caption(ctx, a)
        figure = (
            f'<figure class="en-fig"><img src="https://images.8news.example/{rng.randint(10**6, 10**7)}.jpg" alt="">'
            f"<figcaption>{t(caption)} <span>({t(agency if home != 'Marvane' else photographer)})</span></figcaption></figure>"
        )
    else:
        figure = ""
    ad = '<div class="en-ad" style="min-height:250px"><span>Advertisement</span></div>'
    trending = [o for o in others if o.kind != "press"]
    if live:
        keys = EIGHT16_KEY.get(a.id, set())
        posts = []
        for i in range(n - 1, -1, -1):
            mark = '<span class="en-key" style="background:#ffcc00">KEY POST</span>' if i in keys else ""
            posts.append(
                f'<div class="en-post"><div class="en-post-time">{_ampm16(times[i], ":", "")}</div>{mark}'
                f"<h3>{t(_live16_head(a, i))}</h3><p>{t(a.paragraphs[i])}</p></div>"
            )
            if i % 4 == 1:
                posts.append(ad)
        body = (
            '<div class="en-live"><span style="background:#e4002b;color:#fff">LIVE</span> <span>Updates</span></div>'
            + "".join(posts)
        )
    else:
        parts = [f"<p>{t(p)}</p>" for p in a.paragraphs]
        inserts: dict[int, str] = {}

        def add(k: int, html: str) -> None:
            inserts[k] = inserts.get(k, "") + html

        if video:
            add(0, "<p><em>Watch the full report in the player above.</em></p>")
        if n >= 4:
            add(1, f'<p class="en-trending"><strong>TRENDING:</strong> <a>{t(trending[0].headline)}</a></p>')
            add(2, ad)
        if n >= 8:
            add(4, "<p>Sign up to the 8News Daily newsletter here for the day's top stories in your inbox.</p>")
            add(6, ad)
            add(n - 3, f'<p class="en-trending"><strong>TRENDING:</strong> <a>{t(trending[1].headline)}</a></p>')
        quote = _quote16(a)
        if quote and n >= 4:
            add(n - 2, f'<aside class="en-pull"><span class="en-q">“</span>{t(quote)}</aside>')
        body = _interleave(parts, inserts)
    after = "<p><em>Have a story tip? Email tips@8news.example or message us on 0400 888 888.</em></p>" if n >= 3 else ""
    promoted = "".join(
        f'<li><div class="en-promo-img" style="height:110px"></div><a>{t(x)}</a> <span>{t(src)}</span></li>'
        for x, src in rng.sample(EIGHT16_PROMOTED, 3)
    )
    latest = "".join(f"<li><a>{t(o.headline)}</a></li>" for o in others[2:7])
    return (
        _final_head(f"{a.headline} | 8News", lang="en-MV")
        + '<body class="en"><div class="en-bar"><span>Your city:</span> <button>Eyrewood ▾</button> '
        + f'<span class="en-weather">Eyrewood {rng.randint(14, 34)}°</span> <a class="en-live-btn">Watch 8 live</a> <a>8Play</a></div>'
        + '<header class="en-head"><a class="en-logo" href="/">8News</a>'
        + _nav(
            [
                "Latest",
                "Wandilla",
                "National",
                "World",
                "Pacific",
                "Politics",
                "Money",
                "Sport",
                "Entertainment",
                "Lifestyle",
                "Weather",
            ],
            "en-nav",
        )  # fmt: skip
        + "</header>"
        + '<div class="en-appsheet"><p>Get breaking news alerts first in the 8News app.</p><button>Open the app</button> '
        + "<button>Not now</button></div>"
        + f'<main><article><div class="en-kicker">{t(kicker)}</div><h1>{t(a.headline)}</h1>'
        + (f'<div class="en-standfirst"><b>{t(STANDFIRST16[a.id])}</b></div>' if a.id in STANDFIRST16 else "")
        + f'<div class="en-byline">{byline}</div><div class="en-when">{when}</div>'
        + '<div class="en-share"><button>Share</button> <button>Copy</button></div>'
        + video
        + figure
        + f'<div class="en-body">{body}</div>'
        + after
        + "</article>"
        + f'<section class="en-promoted"><h2>Promoted links by Nexa</h2><ul>{promoted}</ul></section>'
        + f'<aside class="en-latest"><h2>Latest from 8News</h2><ul>{latest}</ul></aside></main>'
        + '<footer class="en-foot"><div><a>Contact 8News</a> <a>Editorial complaints</a> <a>Advertise</a> <a>Privacy</a> '
        + "<a>Terms</a></div><div>8News acknowledges the first peoples of Marvane, the traditional custodians of the lands on "
        + f"which we live and work.</div><div>© Southwind Media Group {day.year}</div></footer>"
        + "</body></html>"
    )


L24_VIDEOS = {  # the report at the top of a story: title and length; not body
    "P431": "Cyclone Ilani batters the Ossine Islands", "P441": "Tear gas in Kalindra as Ombara passes finance bill",
    "P443": "Stavenne airport strike leaves thousands stranded", "P448": "Marvane opens its doors to Teshari islanders",
    "P435": "Korrinth: coalition collapses over pensions", "P437": "Al Sefwan's first metro line opens",
}  # fmt: skip
L24_FACTS = {  # the 'Key facts' box inside a story: not body
    "P437": ["Length: 24 kilometres, 17 stations", "Cost: QD 4.3 billion", "Trains every four minutes at peak times"],
    "P441": ["Vote: 204 to 131", "Aim: raise about 310 billion shillings", "Next step: the president has 14 days to sign"],
    "P448": ["Up to 1,200 residency places a year", "Teshari Atoll: about 1,400 people", "First visas from July"],
    "P444": ["Kesk Lake: about 1,300 people", "Winter road: 280 kilometres", "Season: from about ten weeks to under five"],
}  # fmt: skip
L24_ONLY = frozenset({"P426", "P427", "P431", "P433", "P434", "P435", "P437", "P441", "P443", "P444", "P448", "P449", "P450"})


def tpl_euro_channel(a: Article, ctx: Ctx) -> str:
    """A European news channel's English service: the language bar, 'Watch the channel live', the menu, the consent dialog
    (a heading and a <p>) with 'Agree and close' and 'Refuse and subscribe', the region label above the headline, the lead
    in a bold <p> under it, the byline ('... with Astrolabe'), the dates with the time zone ('24/07/2025 - 11:32 CEST',
    'Updated'), reading time and 'Permalink', the report's player with 'Watch the report', the 'Key facts' box and 'Further
    reading' between paragraphs, on a live page 'Summary so far' and each update's time in Central European time with its
    headline, after the story the 'Additional sources' line, the share row, 'Around the world today', 'Top videos this week' and the
    footer (none of it body). A live page runs newest first."""
    rng = ctx.rng
    others = [o for o in ctx.others if o.id in L24_ONLY]  # the site's own stories
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    home = HOME16[a.id]
    region = REGION16[home]
    summer = 4 <= day.month <= 10
    zone = "CEST" if summer else "CET"
    writers = _writers(a)
    if home == "Lisvaar" and writers:
        byline = f"By {_final13_names(a)}"
    elif a.kind == "feature" and writers:
        byline = f"By {_final13_names(a)} with {WIRE16}"
    else:
        byline = f"Lisvaar 24 with {WIRE16}"
    if live:
        shift = (2 if summer else 1) - LIVE16_ZONE.get(a.id, 1)
        times = [m + shift * 60 for m in _times16(a, rng)]
        first = times[-1]
    else:
        times = []
        first = rng.randint(6 * 60, 20 * 60)
    when = date.fromordinal(day.toordinal() + first // (24 * 60))
    stamp = f"{when.strftime('%d/%m/%Y')} - {_hhmm(first % (24 * 60))} {zone}"
    updated = (
        f"Updated: {_hhmm(min(first % (24 * 60) + rng.randint(30, 200), 23 * 60 + 59))} {zone}" if n > 1 and not live else ""
    )
    code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(5))
    player = ""
    if a.id in L24_VIDEOS:
        player = (
            f'<div class="l24-player"><div class="l24-screen" style="aspect-ratio:16/9;background:#000"></div><button>Watch the '
            f'report</button> <span class="l24-vtitle">{t(L24_VIDEOS[a.id])}</span></div>'
        )
    elif a.id in CAPTIONS16:
        caption, photographer, agency = _final16_caption(ctx, a)
        player = (
            f'<figure class="l24-fig"><img src="https://static.lisvaar24.example/{rng.randint(10**6, 10**7)}.jpg" alt="">'
            f"<figcaption>{t(caption)} <span>- Copyright {t(agency)}</span></figcaption></figure>"
        )
    if live:
        summary = (
            '<div class="l24-summary"><h2>Summary so far</h2><ul><li>Cyclone Ilani passed south of Aloru overnight</li>'
            "<li>A state of emergency is in force</li><li>Marvane and Menarra have offered help</li></ul></div>"
            if "Ilani" in a.headline
            else ""
        )
        posts = "".join(
            f'<div class="l24-post"><time>{_hhmm(times[i] % (24 * 60))} {zone}</time><h3>{t(_live16_head(a, i))}</h3>'
            f"<p>{t(a.paragraphs[i])}</p></div>"
            for i in range(n - 1, -1, -1)
        )
        body = summary + posts
    else:
        parts = [f"<p>{t(p)}</p>" for p in a.paragraphs]
        inserts: dict[int, str] = {}
        if a.id in L24_FACTS and n >= 5:
            inserts[2] = (
                '<aside class="l24-facts"><h3>Key facts</h3><ul>'
                + "".join(f"<li>{t(x)}</li>" for x in L24_FACTS[a.id])
                + "</ul></aside>"
            )
        if n >= 4:
            more = [o for o in others if REGION16[HOME16[o.id]] == region][:2] or others[:2]
            inserts[n - 2 if n < 8 else 5] = (
                '<aside class="l24-further"><h3>Further reading</h3><ul>'
                + "".join(f"<li><a>{t(o.headline)}</a></li>" for o in more)
                + "</ul></aside>"
            )
        body = _interleave(parts, inserts)
    langs = ["English", "Lisvaarsk", "Français", "Deutsch", "Español", "Italiano", "العربية"]
    europe = "".join(f"<li><a>{t(o.headline)}</a></li>" for o in others[:4])
    videos = "".join(
        f'<li><div style="height:90px"></div><a>{t(v)}</a> <span>{rng.randint(0, 4)}:{rng.randint(10, 59)}</span></li>'
        for v in rng.sample(sorted(L24_VIDEOS.values()), 3)
    )
    return (
        _final_head(f"{a.headline} | Lisvaar 24", lang="en")
        + '<body class="l24"><div class="l24-langs">'
        + " ".join(f"<a{' class=on' if x == 'English' else ''}>{x}</a>" for x in langs)
        + '</div><header class="l24-head"><a class="l24-logo" href="/en">Lisvaar 24</a> <a class="l24-live">Watch the channel live</a>'
        + _nav(["Europe", "World", "Business", "Green", "Culture", "Tech", "Sport", "Programmes", "Podcasts"], "l24-nav")
        + "</header>"
        + f'<div class="l24-consent" role="dialog"><h2>Your consent matters to us</h2><p>{t(FINAL16_CONSENT[4])}</p>'
        + "<button>Agree and close</button> <button>Refuse and subscribe</button> <button>Learn more</button></div>"
        + f'<main><article><div class="l24-region"><a>{t(region)}</a></div><h1>{t(a.headline)}</h1>'
        + (f'<p class="l24-lead"><strong>{t(STANDFIRST16[a.id])}</strong></p>' if a.id in STANDFIRST16 else "")
        + f'<div class="l24-by">{byline}</div>'
        + f'<div class="l24-dates"><time>{stamp}</time>{" <span>" + updated + "</span>" if updated else ""}</div>'
        + f'<div class="l24-meta"><span>Reading time {_minutes(a, 220)} min</span> <span>Permalink https://l24.example/p/{code}</span></div>'
        + player
        + f'<div class="l24-text">{body}</div>'
        + f'<div class="l24-sources">Additional sources • {WIRE16}{", local media" if n > 3 else ""}</div>'
        + '<div class="l24-share"><a>Facebook</a> <a>X</a> <a>Bluesky</a> <a>Email</a> <a>Embed</a></div></article>'
        + f'<aside class="l24-today"><h2>Around the world today</h2><ul>{europe}</ul></aside>'
        + f'<aside class="l24-videos"><h2>Top videos this week</h2><ul>{videos}</ul></aside></main>'
        + '<footer class="l24-foot"><div><a>About Lisvaar 24</a> <a>Where to watch</a> <a>Press room</a> <a>Legal notice</a> '
        + "<a>Cookie settings</a> <a>Accessibility</a></div><div>Lisvaar 24 is the international news channel of Lisvaar "
        + "Media. Its editorial independence is guaranteed by the Lisvaar Media Act.</div>"
        + f"<div>© {day.year} Lisvaar Media</div></footer>"
        + "</body></html>"
    )


VAKA16_TAGS = {"Ossine Islands": "OSSINE ISLANDS", "Tiwanu": "TIWANU", "Marvane": "MARVANE"}
VAKA16_FIRST = {  # stories a partner newsroom published first: (paper, when); the line saying so is not body
    "P433": ("the Aloru Star", "5 July 2025"),
    "P447": ("the Aloru Star", "27 October 2025"),
}
VAKA16_AUDIO = {"P433": "6:48", "P447": "3:05", "P448": "5:20", "P431": "2:40"}  # 'Hear this story in Ossine': not body
VAKA16_COMMENTS = {  # readers' comments under a story: not body
    "P426": [("Mele T.", "Stay safe everyone on the coast. Listen to the Disaster Office."),
             ("Sione from Eyrewood", "Thank you for the updates, we can't reach family by phone.")],
    "P431": [("Mele T.", "Praying for everyone on Teshari. Stay strong, family."),
             ("Sione from Eyrewood", "Thank you for keeping those of us overseas informed when the phones are down."),
             ("Ana L.", "Please post the numbers for the evacuation centres on Moanavai too.")],
    "P433": [("Ana L.", "So proud of these young navigators. Our grandparents would be proud too."),
             ("Koli Vake", "Malo to the teachers. This is what our islands need.")],
    "P440": [("Tevita K", "Finally! No more overnight in a transit lounge."),
             ("islandgirl_77", "Two bags of 23 kg is good, but what about the fare after the introductory offer?")],
    "P442": [("Tevita K", "Congratulations to the new PM. The fishing communities will be watching.")],
    "P445": [("Sione from Eyrewood", "A change of government. Let's hope the new premier remembers the Pacific workers.")],
    "P447": [("Tevita K", "Good deal on paper. Let's see if the observers are actually allowed on board."),
             ("Fisher_Aloru", "The processing plant jobs are what matter to us here.")],
    "P448": [("Ana L.", "Choice with dignity. That is the right way to say it."),
             ("Koli Vake", "The security clause worries me. Why is that in a climate treaty?"),
             ("Mele T.", "My grandmother says she will never leave Teshari, and I understand her.")],
}  # fmt: skip
VAKA16_ONLY = frozenset({"P426", "P431", "P433", "P440", "P442", "P445", "P447", "P448"})


def tpl_pacific_service(a: Article, ctx: Ctx) -> str:
    """A Pacific islands news service: the radio strip (FM and shortwave frequencies, 'Listen live'), the country tabs, the
    country tag above the headline, the byline with 'Vaka Pacific News journalist' or the issuer, the date with the time
    ('4 February 2026, 6:40 pm'), the caption with no credit, 'Hear this story in Ossine' with its length and the 'Also
    from the region' card between paragraphs, on a live page each update's time in the place's own time and the reporter's
    initials, after a partner's story 'This story was first published in ...' in an italic <p>, after a release 'Issued by'
    and the contact, the readers' comments ('Comments go live once our team has read them.'), 'Region headlines', 'Vaka Talk'
    and the footer (none of it body). A live page runs newest first."""
    rng = ctx.rng
    others = [o for o in ctx.others if o.id in VAKA16_ONLY]  # the site's own stories
    day = a.day
    n = len(a.paragraphs)
    live = a.kind == "liveblog"
    home = HOME16[a.id]
    tag = "REGION" if a.id == "P448" else VAKA16_TAGS.get(home, "REGION")
    writers = _writers(a)
    if a.kind == "press":
        byline = f"<span>{t(_issuer16(a))}</span> <span>· Media release</span>"
    elif a.kind == "wire":
        byline = f"<span>{WIRE16}</span>"
    elif writers and home != "Marvane":
        byline = f"<span>{_final13_names(a)}</span> <span>· Vaka Pacific News journalist</span>"
    else:
        byline = "<span>Vaka Pacific News</span>"
    times = _times16(a, rng) if live else []
    start = times[-1] if live else rng.randint(6 * 60, 21 * 60)
    place = "Eyrewood" if home == "Marvane" else "Aloru"
    when = date.fromordinal(day.toordinal() + start // (24 * 60))
    stamp = f"{when.day} {when.strftime('%B %Y')}, {_ampm16(start)}"
    figure = ""
    if a.id in CAPTIONS16:
        caption = CAPTIONS16[a.id]
        figure = (
            f'<figure class="vk-fig"><img src="https://vakapacific.example/media/{rng.randint(10**5, 10**6)}.jpg" alt="">'
            f"<figcaption>{t(caption)}</figcaption></figure>"
        )
    audio = ""
    if a.id in VAKA16_AUDIO:
        audio = (
            f'<div class="vk-audio"><button>▶</button> <span>Hear this story in Ossine</span> <span>{VAKA16_AUDIO[a.id]}</span>'
            "</div>"
        )
    initials = ["".join(w[0] for w in name.split()) for name in writers] if home != "Marvane" else []
    initials = initials or ["VPN"]
    if live:
        posts = "".join(
            f'<div class="vk-post"><div class="vk-post-time">{_ampm16(times[i])} {place} time</div>'
            f'<p>{t(a.paragraphs[i])}</p><div class="vk-post-by">– {initials[i % len(initials)]}</div></div>'
            + (audio if i == n - 3 else "")
            for i in range(n - 1, -1, -1)
        )
        body = '<div class="vk-live"><b>LIVE</b> <span>Updates from our reporters across the region</span></div>' + posts
    else:
        parts = [f"<p>{t(p)}</p>" for p in a.paragraphs]
        inserts: dict[int, str] = {}
        if audio and n >= 3:
            inserts[0] = audio
        if n >= 4:
            pool = [o for o in others if o.day <= day] or others
            inserts[2] = (
                f'<div class="vk-card"><div class="vk-card-label">Also from the region</div><a><img src="/thumbs/'
                f'{rng.randint(100, 999)}.jpg" alt=""><div>{t(pool[0].headline)}</div></a></div>'
            )
        body = _interleave(parts, inserts)
    after = ""
    if a.id in VAKA16_FIRST:
        paper, first = VAKA16_FIRST[a.id]
        after = (
            f"<p><em>This story was first published in {t(paper)} on {first}. It is republished through the Pacific Newsroom "
            "Share partnership.</em></p>"
        )
    elif a.kind == "press":
        issuer, contact, _about = PRESS16[a.id]
        after = f"<p>Issued by {t(issuer)}. Contact: {t(contact)}</p>"
    comments = VAKA16_COMMENTS.get(a.id, [])
    talk = (
        f'<section class="vk-comments"><h2>Comments ({len(comments)})</h2><ul>'
        + "".join(
            f"<li><b>{t(name)}</b> <span>{rng.randint(1, 9)}h</span><div>{t(text)}</div><a>Like</a> <a>Reply</a></li>"
            for name, text in comments
        )
        + "</ul><div>Comments go live once our team has read them.</div>"
        + '<textarea placeholder="Write a comment"></textarea><button>Post</button></section>'
    )
    headlines = "".join(
        f"<li><span>{t(VAKA16_TAGS.get(HOME16[o.id], 'REGION'))}</span> <a>{t(o.headline)}</a></li>" for o in others[:5]
    )
    return (
        _final_head(f"{a.headline} | Vaka Pacific News", lang="en")
        + '<body class="vk"><div class="vk-radio"><span>Vaka Radio</span> <span>91.4 FM Aloru · 98.2 FM Nukuvai · shortwave '
        + "6.1 MHz</span> <a>Listen live</a></div>"
        + '<header class="vk-head"><a class="vk-logo" href="/">Vaka Pacific News</a> <span class="vk-motto">Voices of the '
        + "islands</span>"
        + _nav(["Ossine Islands", "Tiwanu", "Marvane", "Menarra", "Region", "Climate", "Sport", "Audio"], "vk-tabs")
        + "</header>"
        + f'<main><article><div class="vk-tag">{t(tag)}</div><h1>{t(a.headline)}</h1>'
        + f'<div class="vk-by">{byline}</div><div class="vk-date">{stamp}</div>'
        + '<div class="vk-share"><a>Facebook</a> <a>WhatsApp</a> <a>Viber</a> <a>Email</a></div>'
        + figure
        + f'<div class="vk-body">{body}</div>'
        + after
        + "</article>"
        + talk
        + f'<aside class="vk-region"><h2>Region headlines</h2><ul>{headlines}</ul></aside>'
        + '<aside class="vk-talk"><h2>Vaka Talk</h2><div>Our weekly podcast on the islands, in Ossine and English.</div>'
        + "<a>Latest episode</a></aside></main>"
        + '<footer class="vk-foot"><div><a>About Vaka</a> <a>Partner newsrooms</a> <a>Contact</a> <a>Privacy</a></div><div>Vaka '
        + "Pacific News is an independent regional news service owned by the Ossine Media Trust, with partner newsrooms in "
        + f"Tiwanu and Moanavai.</div><div>© {day.year} Ossine Media Trust</div></footer>"
        + "</body></html>"
    )


@dataclass(frozen=True)
class Template:
    name: str
    split: str
    site: str
    render: Callable[[Article, Ctx], str]
    fits: tuple[str, ...] = ()  # article kinds this layout carries; empty: all
    shown: int | None = None  # paragraphs visible before a paywall; None: all
    only: frozenset[str] = frozenset()  # ids of the articles a one-subject site carries; empty: any

    def gold_paragraphs(self, article: Article) -> list[str]:
        return article.paragraphs if self.shown is None else article.paragraphs[: self.shown]


TEMPLATES = [
    Template("wordpress", "tune", "The Harrow Point Chronicle", tpl_wordpress),
    Template("arc", "tune", "The Northgate Post", tpl_arc),
    Template("wire", "tune", "Fictional Wire", tpl_wire),
    Template("tabloid", "tune", "The Daily Clarion", tpl_tabloid),
    Template("liveblog_a", "tune", "The Brenmoor Ledger", tpl_liveblog_a, fits=("liveblog", "long")),
    Template("magazine", "tune", "The Meridian Review", tpl_magazine),
    Template("paywall", "tune", "Selwyn Business Daily", tpl_paywall, shown=PAYWALL_HARD_SHOWN),
    Template("regional", "test", "Kestrel Bay Courier", tpl_regional),
    Template("broadsheet", "test", "The Lantern", tpl_broadsheet),
    Template("amp", "test", "Coastline News", tpl_amp),
    Template("press_portal", "test", "Fictional Newswire", tpl_press_portal, fits=("press", "wire")),
    Template("liveblog_b", "test", "Tessaly Evening Star", tpl_liveblog_b, fits=("liveblog", "long")),
    Template("localtv", "test", "North Coast 9 News", tpl_localtv),
    Template("metered", "test", "The Marrow Hill Mercury", tpl_metered, shown=METERED_SHOWN),
    Template("nextjs", "final", "Northpoint Dispatch", tpl_nextjs),
    Template("broadcaster", "final", "VPB News", tpl_broadcaster),
    Template("press_wire", "final", "Beacon Release Network", tpl_press_wire, fits=("press", "wire")),
    Template("newsletter_post", "final", "Low Water", tpl_newsletter_post, fits=("opinion", "feature", "long", "short")),
    Template("oldschool", "final", "The Orla Island Gazette & Advertiser", tpl_oldschool),
    Template("softwall", "final", "Harbourline Business Journal", tpl_softwall, shown=SOFTWALL_SHOWN),
    Template("liveblog_c", "final", "Port Selwyn Herald", tpl_liveblog_c, fits=("liveblog", "long")),
    Template("blog_platform", "final2", "Quire", tpl_blog_platform, fits=("opinion", "feature", "long", "short")),
    Template("gov_newsroom", "final2", "VALDRIA.GOV", tpl_gov_newsroom, fits=("press",)),
    Template("local_network", "final2", "Porchlight", tpl_local_network),
    Template("infinite_scroll", "final2", "The Skerry Standard", tpl_infinite_scroll),
    Template("print_magazine", "final2", "The Cormorant", tpl_print_magazine, fits=("feature", "long", "opinion", "short")),
    Template("liveblog_d", "final2", "Brackwater Times", tpl_liveblog_d, fits=("liveblog", "long")),
    Template("sectioned_gallery", "final2", "Ebbside Today", tpl_sectioned_gallery),
    Template("wire_client", "final3", "The Amory Valley Register", tpl_wire_client),
    Template("sports_desk", "final3", "Sideline", tpl_sports_desk, only=SPORT_STORIES),
    Template("science_mag", "final3", "Fathom", tpl_science_mag, only=SCIENCE_STORIES),
    Template("nonprofit", "final3", "Plumbline", tpl_nonprofit, fits=("short", "long", "feature", "opinion")),
    Template("tv_station", "final3", "Ridgeline 6", tpl_tv_station),
    Template("live_ticker", "final3", "The Wexley Observer", tpl_live_ticker, fits=("liveblog", "long")),
    Template("corporate_ir", "final3", "Investor and media centre", tpl_corporate_ir, fits=("press",)),
    Template("radio_news", "final4", "Wendle 97.2", tpl_radio_news),
    Template("redtop", "final4", "The Klaxon", tpl_redtop, fits=REDTOP4_KINDS),
    Template("council_office", "final4", "Wendlemouth City Council", tpl_council_office, fits=("press",), only=COUNCIL4),
    Template("explainer", "final4", "PBC News", tpl_explainer, fits=("long", "short")),
    Template("syndicated", "final4", "Tidings", tpl_syndicated, fits=("flash", "short", "long", "wire", "feature", "opinion")),
    Template("markets_desk", "final4", "Capstan", tpl_markets_desk, shown=MARKETS4_SHOWN, only=BUSINESS4),
    Template("app_webview", "final4", "Wendle Now", tpl_app_webview),
    Template("wiki_news", "final5", "CommonsDesk", tpl_wiki_news, fits=("flash", "wire", "short", "long")),
    Template(
        "print_replica",
        "final5",
        "The Carrowick Enquirer",
        tpl_print_replica,
        fits=("flash", "wire", "short", "long", "feature", "opinion"),
    ),
    Template(
        "aggregator",
        "final5",
        "Plover",
        tpl_aggregator,
        fits=("flash", "wire", "short", "long", "feature", "opinion", "liveblog"),
    ),
    Template(
        "community_radio",
        "final5",
        "Skell FM",
        tpl_community_radio,
        fits=("flash", "short", "long", "feature", "opinion", "press", "liveblog"),
    ),
    Template("channel_archive", "final5", "Skellside Updates", tpl_channel_archive),
    Template("trade_magazine", "final5", "Gantry", tpl_trade_magazine, shown=GANTRY5_SHOWN, only=TRADE5),
    Template("university_news", "final5", "University of Carrowick", tpl_university_news, only=UNI5),
    Template("email_edition", "final6", "Fireside", tpl_email_edition, fits=("feature", "opinion", "long", "short")),
    Template("photo_essay", "final6", "Longlens", tpl_photo_essay, fits=("feature", "long", "short", "opinion")),
    Template(
        "audio_first",
        "final6",
        "The Commonweal",
        tpl_audio_first,
        fits=("flash", "wire", "short", "long", "feature", "opinion", "liveblog"),
    ),
    Template("roundup", "final6", "The Estuary Messenger", tpl_roundup, fits=("flash", "short", "wire")),
    Template("forum_thread", "final6", "Tressick Talk", tpl_forum_thread),
    Template("text_lite", "final6", "EBS News", tpl_text_lite),
    Template("agency_desk", "final6", "Sextant Desk", tpl_agency_desk, fits=("flash", "wire", "short", "long", "press")),
    Template("columnist", "final7", "The Castlewray Sentinel", tpl_columnist, fits=("opinion", "feature", "long")),
    Template("weather_channel", "final7", "Isobar", tpl_weather_channel, only=WEATHER7),
    Template("fact_check", "final7", "Straight Count", tpl_fact_check, only=frozenset(FACTCHECK7)),
    Template("visual_story", "final7", "Coastwise", tpl_visual_story, fits=("flash", "wire", "short", "liveblog")),
    Template(
        "site_builder",
        "final7",
        "Drumlisk & District News",
        tpl_site_builder,
        fits=("flash", "short", "press", "liveblog", "opinion", "feature"),
    ),
    Template(
        "web_archive",
        "final7",
        "The Stacks",
        tpl_web_archive,
        fits=("flash", "wire", "short", "long", "press", "liveblog", "opinion"),
    ),
    Template("data_story", "final7", "Tally", tpl_data_story, fits=("long", "feature")),
    Template("court_service", "final8", "Assize", tpl_court_service, shown=ASSIZE8_SHOWN, only=COURT8),
    Template(
        "student_paper",
        "final8",
        "The Lectern",
        tpl_student_paper,
        fits=("flash", "short", "long", "feature", "opinion", "liveblog"),
    ),
    Template("club_site", "final8", "Lenwick Athletic FC", tpl_club_site, only=SPORT8),
    Template("print_view", "final8", "The Tamsford Intelligencer", tpl_print_view),
    Template("chamber_news", "final8", "Ambry Valley Chamber of Commerce", tpl_chamber_news, only=BUSINESS8),
    Template("union_bulletin", "final8", "APTU Ambry Valley Branch", tpl_union_bulletin, only=LABOUR8),
    Template(
        "events_portal",
        "final8",
        "Hereabouts",
        tpl_events_portal,
        fits=("flash", "short", "long", "feature", "opinion", "press", "liveblog"),
    ),
    Template("mp_website", "final9", "Delia Strand-Okoro MP", tpl_mp_website, only=MEMBER9),
    Template("podcast_notes", "final9", "Underhill Audio", tpl_podcast_notes, fits=("feature", "long", "opinion", "short")),
    Template(
        "tv_mobile",
        "final9",
        "Vale 3 News",
        tpl_tv_mobile,
        fits=("flash", "wire", "short", "long", "feature", "press", "liveblog"),
    ),
    Template("fire_service", "final9", "Vellan Fire and Rescue Service", tpl_fire_service, only=FIRE9),
    Template(
        "parish_newsletter",
        "final9",
        "The Ulverbrook Pump",
        tpl_parish_newsletter,
        fits=("flash", "short", "long", "feature", "opinion", "press"),
    ),
    Template("lite_edition", "final9", "The Marlbeck Mercury", tpl_lite_edition),
    Template("finance_reprint", "final9", "Moneyfold", tpl_finance_reprint, only=MARKETS9),
    Template("fan_site", "final10", "The Ropery End", tpl_fan_site, only=SPORT10),
    Template("police_news", "final10", "Sedgeshire Constabulary", tpl_police_news, only=POLICE10),
    Template("pro_network", "final10", "Linkwork", tpl_pro_network, fits=("opinion", "feature", "press", "long", "short")),
    Template("video_watch", "final10", "Reelhouse", tpl_video_watch, fits=("flash", "wire", "short", "long", "feature", "press")),
    Template("flood_bulletin", "final10", "Rivers and Coast Agency", tpl_flood_bulletin, only=ENV10),
    Template("feed_reader", "final10", "Skimline", tpl_feed_reader),
    Template("portal_reprint", "final10", "Vista", tpl_portal_reprint),
    Template("museum_press", "final11", "The Hallgarth Museum and Art Gallery", tpl_museum_press, only=MUSEUM11),
    Template("assembly_committee", "final11", "Corrowdale Assembly", tpl_assembly_committee, only=ASSEMBLY11),
    Template("rail_operator", "final11", "Dalelink", tpl_rail_operator, only=RAIL11),
    Template("teletext", "final11", "Dalecast Text", tpl_teletext, fits=("flash", "wire", "short", "long", "liveblog")),
    Template(
        "press_database",
        "final11",
        "Quillbase",
        tpl_press_database,
        fits=("flash", "wire", "short", "long", "feature", "opinion", "press"),
    ),
    Template("health_board", "final11", "Corrowdale Health Board", tpl_health_board, only=HEALTH11),
    Template("read_later", "final11", "Shelfmark", tpl_read_later),
    Template("easy_read", "final12", "Almanac Clear", tpl_easy_read),
    Template("port_authority", "final12", "Wrackstone Harbour Board", tpl_port_authority, only=PORT12),
    Template(
        "translated_edition",
        "final12",
        "Kennow",
        tpl_translated_edition,
        fits=("flash", "short", "long", "feature", "opinion", "press", "liveblog"),
    ),
    Template("league_report", "final12", "The Moorcoast League", tpl_league_report, only=LEAGUE12),
    Template("public_notices", "final12", "Noticewell", tpl_public_notices, only=NOTICES12),
    Template(
        "corrections_page",
        "final12",
        "The Gazetteer",
        tpl_corrections_page,
        fits=("flash", "wire", "short", "long", "feature", "opinion", "liveblog"),
    ),
    Template("school_trust", "final12", "Ebbermoor Learning Trust", tpl_school_trust, only=SCHOOLS12),
    Template("business_journal", "final13", "Counting House", tpl_business_journal, only=BUSINESS13),
    Template("search_cache", "final13", "Seekwell", tpl_search_cache),
    Template("airport_media", "final13", "Tarnwold Airport", tpl_airport_media, only=AIRPORT13),
    Template("stats_office", "final13", "Office for Tarnwold Statistics", tpl_stats_office, only=STATS13),
    Template("tablet_edition", "final13", "Marlstone Weekly", tpl_tablet_edition),
    Template("coop_market", "final13", "Tarnwold Growers", tpl_coop_market, only=FARM13),
    Template("letters_page", "final13", "The Quellham Pilot", tpl_letters_page, fits=("short", "long", "feature", "opinion")),
    Template(
        "national_broadsheet",
        "final14",
        "The Vantry Times",
        tpl_national_broadsheet,
        fits=("flash", "wire", "short", "long", "feature", "opinion", "liveblog"),
    ),
    Template("group_regional", "final14", "Stellbridge Live", tpl_group_regional),
    Template(
        "digital_native",
        "final14",
        "Outrider",
        tpl_digital_native,
        fits=("flash", "wire", "short", "long", "feature", "opinion", "liveblog"),
    ),
    Template(
        "public_broadcaster",
        "final14",
        "VBS News",
        tpl_public_broadcaster,
        fits=("flash", "wire", "short", "long", "feature", "liveblog"),
    ),
    Template(
        "tabloid_mobile",
        "final14",
        "The Blaze",
        tpl_tabloid_mobile,
        fits=("flash", "short", "long", "feature", "opinion", "liveblog"),
    ),
    Template("business_daily", "final14", "The Mercantile", tpl_business_daily, shown=MERCANTILE14_SHOWN, only=BUSINESS14),
    Template(
        "agency_story",
        "final14",
        "Quoin",
        tpl_agency_story,
        fits=("flash", "wire", "short", "long", "feature", "liveblog", "press"),
    ),
    Template("newsweekly", "final15", "The Compass", tpl_newsweekly, only=NEWSWEEKLY15),
    Template("chain_daily", "final15", "Carrow Falls Sentinel", tpl_chain_daily),
    Template(
        "cable_network",
        "final15",
        "DCN",
        tpl_cable_network,
        fits=("flash", "wire", "short", "long", "feature", "opinion", "liveblog"),
    ),
    Template("developing_story", "final15", "The Kellmont Record", tpl_developing_story, fits=("flash", "wire", "short", "long")),
    Template("foreign_service", "final15", "RSI English", tpl_foreign_service, only=RSI15_ONLY),
    Template(
        "trending_desk",
        "final15",
        "Newsfront",
        tpl_trending_desk,
        fits=("flash", "wire", "short", "long", "feature", "opinion", "liveblog"),
    ),
    Template("national_portal", "final15", "NationFirst", tpl_national_portal),
    Template("english_edition", "final16", "Harian Sendawan in English", tpl_english_edition, only=HS16_ONLY),
    Template("gulf_daily", "final16", "The Qadira Tribune", tpl_gulf_daily, only=QT16_ONLY),
    Template("africa_portal", "final16", "NyotaDaily", tpl_africa_portal, only=ND16_ONLY),
    Template("federal_broadcaster", "final16", "OBC News", tpl_federal_broadcaster, only=OBC16_ONLY),
    Template("commercial_news", "final16", "8News", tpl_commercial_news, only=EIGHT16_ONLY),
    Template("euro_channel", "final16", "Lisvaar 24", tpl_euro_channel, only=L24_ONLY),
    Template("pacific_service", "final16", "Vaka Pacific News", tpl_pacific_service, only=VAKA16_ONLY),
]
PREFERRED = {
    "liveblog": ("liveblog_a", "liveblog_b", "liveblog_c", "liveblog_d", "live_ticker"),
    "press": ("press_portal", "press_wire", "gov_newsroom", "corporate_ir"),
}

# ---------------------------------------------------------------------------------------------
# Flattening: the visible text a browser shows (innerText-like)

_SKIP = set("script style noscript template head title meta link svg iframe select textarea amp-sidebar".split())
_BLOCK = {
    "address", "article", "aside", "blockquote", "body", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "li", "main", "nav", "ol",
    "section", "summary", "table", "tr", "ul", "amp-consent", "amp-ad", "button",
}  # fmt: skip
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_WS = re.compile(r"\s+")


def _hidden(el: lxml.html.HtmlElement) -> bool:
    return el.get("hidden") is not None or bool(_HIDDEN_STYLE.search(el.get("style", "")))


def _walk(el: lxml.html.HtmlElement, out: list) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    if not tag or tag in _SKIP or _hidden(el):
        return
    if tag == "br":
        out.append("\n")
        return
    breaks = 2 if tag == "p" else 1 if tag in _BLOCK else 0
    if breaks:
        out.append(breaks)
    if el.text:
        out.append(el.text)
    for child in el:
        _walk(child, out)
        if child.tail:
            out.append(child.tail)
    if breaks:
        out.append(breaks)


def flatten(html: str) -> str:
    """The page's visible text: block elements on lines of their own, paragraphs set apart by a blank line."""
    root = lxml.html.document_fromstring(html)
    items: list = []
    _walk(root, items)
    text, pending = [], 0
    for item in items:
        if isinstance(item, int):
            pending = max(pending, item)
            continue
        if item == "\n":
            text.append("\n")
            continue
        chunk = _WS.sub(" ", item)
        if not chunk.strip() and (pending or not text):
            continue
        if pending and text:
            text.append("\n" * pending)
        pending = 0
        text.append(chunk)
    lines = [line.strip() for line in "".join(text).split("\n")]
    joined = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", joined).strip() + "\n"


# ---------------------------------------------------------------------------------------------
# Harder flattened text


def _glue(text: str, paragraphs: list[str]) -> str | None:
    """Two sentences glued where one line meets the next: '...ended.\\n\\nOfficials said' -> '...ended.Officials said'."""
    for i in range(len(paragraphs) // 2, len(paragraphs)):
        end = paragraphs[i]
        at = text.find(end)
        if at < 0 or not end.endswith("."):
            continue
        after = at + len(end)
        rest = text[after:]
        stripped = rest.lstrip("\n")
        if stripped[:1].isupper():
            return text[:after] + stripped
    return None


def _break(text: str, paragraphs: list[str]) -> str | None:
    """One paragraph broken mid-sentence, as a copy from a narrow column or a stray <br> leaves it."""
    longest = max(paragraphs, key=len)
    at = text.find(longest)
    if at < 0 or len(longest.split()) < 12:
        return None
    words = longest.split(" ")
    for cut in range(len(words) // 2, len(words) - 3):
        if not re.search(r"[.!?:;,\"”]$", words[cut - 1]):
            broken = " ".join(words[:cut]) + "\n" + " ".join(words[cut:])
            return text[:at] + broken + text[at + len(longest) :]
    return None


# ---------------------------------------------------------------------------------------------
# Pages


@dataclass
class Page:
    id: str
    article_id: str
    split: str
    template: str
    kind: str
    html: str
    text: str
    gold: str
    hard: str | None = None  # "glued" or "broken" when the flattened text was made harder


def _assign(article: Article, index: int, templates: list[Template]) -> list[Template]:
    """Two templates for a one-paragraph flash or a one-to-two-line wire item, three for the rest; a live blog
    or a press release goes through its own kind of page when the split has one."""
    n = 2 if len(article.paragraphs) <= 2 else 3
    by_name = {tpl.name: tpl for tpl in templates}
    chosen = [by_name[name] for name in PREFERRED.get(article.kind, ()) if name in by_name]
    for step in range(len(templates)):
        tpl = templates[(index * 3 + step) % len(templates)]
        if len(chosen) >= n:
            break
        if tpl not in chosen and (not tpl.fits or article.kind in tpl.fits) and (not tpl.only or article.id in tpl.only):
            chosen.append(tpl)
    return chosen[:n]


def _context(article: Article, tpl: Template, others: list[Article]) -> Ctx:
    rng = random.Random(f"{article.id}:{tpl.name}")
    pool = [o for o in others if o.id != article.id]
    rng.shuffle(pool)
    teasers = [Teaser(o.headline, _snippet(o, rng), _slug(o.headline)) for o in pool[:8]]
    comments = rng.sample(COMMENTS, 5)
    return Ctx(rng=rng, site=tpl.site, teasers=teasers, comments=comments, others=pool)


def render(article: Article, tpl: Template, others: list[Article]) -> tuple[str, str, str]:
    """(html, flattened text, gold body) of one article through one template."""
    html = tpl.render(article, _context(article, tpl, others))
    gold_paragraphs = tpl.gold_paragraphs(article)
    return html, flatten(html), "\n\n".join(gold_paragraphs)


SPLITS = (
    "tune",
    "test",
    "final",
    "final2",
    "final3",
    "final4",
    "final5",
    "final6",
    "final7",
    "final8",
    "final9",
    "final10",
    "final11",
    "final12",
    "final13",
    "final14",
    "final15",
    "final16",
)


def build_pages(path: Path = GOLD) -> list[Page]:
    articles = load_articles(path)
    pages: list[Page] = []
    # later splits last: the hardening by page number stays put
    for split in SPLITS:
        in_split = [a for a in articles if a.split == split]
        templates = [tpl for tpl in TEMPLATES if tpl.split == split]
        for index, article in enumerate(in_split):
            for tpl in _assign(article, index, templates):
                html, text, gold = render(article, tpl, in_split)
                pages.append(Page(f"{article.id}-{tpl.name}", article.id, split, tpl.name, article.kind, html, text, gold))
    for number, page in enumerate(pages):
        if number % 4 != 3:
            continue
        paragraphs = [p for p in page.gold.split("\n\n") if p]
        mode = "glued" if (number // 4) % 2 == 0 else "broken"
        harder = (_glue if mode == "glued" else _break)(page.text, paragraphs)
        if harder is None:  # a one-line flash has no paragraph join: break it instead, or glue it
            mode = "broken" if mode == "glued" else "glued"
            harder = (_glue if mode == "glued" else _break)(page.text, paragraphs)
        if harder is not None:
            page.text, page.hard = harder, mode
    return pages


def _check(pages: list[Page]) -> None:
    """Every gold paragraph is visible on its page (an error here is a bug in a template, not in an extractor)."""
    for page in pages:
        flat = _WS.sub(" ", page.text)
        for paragraph in page.gold.split("\n\n"):
            if page.hard is None and paragraph not in flat:
                raise AssertionError(f"{page.id}: gold paragraph not visible: {paragraph[:60]}")


if __name__ == "__main__":
    import sys
    from collections import Counter

    built = build_pages()
    _check(built)
    print(f"{len(built)} pages; by split {dict(Counter(p.split for p in built))}; hard {dict(Counter(p.hard for p in built))}")
    print("templates:", dict(Counter(p.template for p in built)))
    if len(sys.argv) > 1:
        page = next(p for p in built if p.id == sys.argv[1])
        print(page.text if "--html" not in sys.argv else page.html)
