"""Writes examples/corpus/articles.jsonl: newscheck's fictional test corpus.

Every article, outlet, place and person here is invented (fictional example
written for newscheck's tests). Original reports are written out in full below;
the copies a news aggregator or content farm would make of them (verbatim with
other page chrome, synonym-swapped "spun" rewrites, truncated first halves) are
derived by the functions in this file, so the gold in expected.json stays true
when an original is edited. Run: .venv/bin/python examples/corpus/build_corpus.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent

VPA = "https://vpa-wire.test"
HERALD = "https://example-herald.test"
GAZETTE = "https://harbour-gazette.test"
LEDGER = "https://the-ledger.test"
FLASH = "https://dailyflash.test"
COURIER = "https://norland-courier.test"
NEWSROLL = "https://newsroll.test"
FARM = "https://trending-now-daily.test"
MARKETS = "https://markets-brief.test"
NORTHCOAST = "https://northcoast-times.test"

ORIGINALS: list[dict] = [
    # --- Story: Kessel Bridge closure (Port Mirren) ---------------------------------
    {
        "id_hint": "bridge-wire",
        "source": f"{VPA}/2026/03/03/port-mirren-kessel-bridge-closed",
        "headline": "Port Mirren shuts Kessel Bridge after inspectors find corroded cables",
        "published": "2026-03-03",
        "byline": "By Anneke Sorel",
        "text": """PORT MIRREN, March 3 (VPA) - Authorities in Port Mirren closed the Kessel Bridge to all traffic on Tuesday after a routine inspection found severe corrosion in four of its main suspension cables, the city's transport department said.

Transport commissioner Daniel Okafor told reporters the bridge would remain closed for at least six weeks while engineers assess the damage. "We are not going to take any risks with a structure that carries 40,000 vehicles a day," Okafor said.

The inspection, carried out by the engineering firm Lindqvist & Maro, found that wire strands in four cables had lost up to a fifth of their cross-section, according to a summary of the report published by the department.

Rasa Lindqvist, a partner at the firm, said the corrosion was concentrated near the anchorages on the northern bank, where a drainage channel had failed. "The cables are not about to snap, but the margin of safety is no longer what it should be," she said.

The bridge, opened in 1968, links the city centre with the Eastbank district. The department said buses would be diverted over the Hallam Road crossing, adding about 25 minutes to journeys, and that a free ferry shuttle would start on Thursday.

Mayor Ilse Brandt said the city would ask the national government for emergency funds to repair the cables. The transport department put the cost of the repairs at 18 million valdors.""",
    },
    {
        "id_hint": "bridge-herald",
        "source": f"{HERALD}/local/kessel-bridge-weeks-closure",
        "headline": "Kessel Bridge to stay closed for weeks as engineers examine rusted cables",
        "published": "2026-03-03",
        "byline": "By Tomas Reyes",
        "text": """The Kessel Bridge will stay shut for at least six weeks, Port Mirren's transport department confirmed on Tuesday, after engineers found corrosion eating into the cables that hold up the 58-year-old crossing.

By Tuesday evening, drivers from Eastbank sat in queues stretching back more than two kilometres from the Hallam Road crossing. "It took me an hour and a half to get home, and tomorrow will be the same," said Mira Haldane, a nurse at St. Columba's Hospital.

Transport commissioner Daniel Okafor said the closure was a precaution. "The inspection told us what we needed to know, and we acted on it the same day," he said.

A city engineer who asked not to be named because he was not authorised to speak publicly said the department had received three warnings about water damage at the northern anchorages since 2023. The department did not respond to a request for comment on that account.

The city council will hold an emergency session on Thursday to discuss the closure and the cost of repairs.""",
    },
    {
        "id_hint": "bridge-gazette",
        "source": f"{GAZETTE}/news/rusted-cables-close-kessel-bridge",
        "headline": "Rusted cables force closure of Port Mirren's Kessel Bridge",
        "published": "2026-03-04",
        "byline": "By Leila Marchetti",
        "text": """Port Mirren's busiest river crossing is expected to remain closed until mid-April after inspectors found that rust had eaten into four of the Kessel Bridge's suspension cables.

Daniel Okafor, the city's transport commissioner, said on Tuesday that the closure would last at least six weeks. He said the decision was taken within hours of receiving the inspection report from the engineering firm Lindqvist & Maro.

Rasa Lindqvist, who led the inspection, told the Gazette that water had collected around the cable anchorages on the northern bank for years. "Steel and standing water are a bad combination. What we found is serious but it can be repaired," she said.

The city estimates the repairs at 18 million valdors. Mayor Ilse Brandt said she would seek emergency funding from the national government in Arden.

About 40,000 vehicles crossed the bridge each day before it closed, according to city figures.""",
    },
    {
        "id_hint": "market-passing-mention",
        "source": f"{NORTHCOAST}/life/old-harbour-market-reopens",
        "headline": "Port Mirren's Old Harbour Market reopens after two-year renovation",
        "published": "2026-03-06",
        "byline": "By Greta Lund",
        "text": """The Old Harbour Market in Port Mirren reopened on Friday after a two-year renovation that restored its iron roof and added forty new stalls for fishmongers, bakers and florists.

Market manager Paolo Serrat said more than 3,000 visitors came through the gates in the first four hours. "People have waited a long time for this. We wanted the market to feel like it did in the fifties, only warmer," he said.

The renovation cost 6.5 million valdors, most of it paid by the regional heritage fund. Traders pay a reduced rent for the first year.

Visitors coming from Eastbank should allow extra time: the Kessel Bridge closed last week after inspectors found corroded cables, and buses are running on diversions. The market is open from 7 a.m. to 6 p.m., Tuesday to Sunday.""",
    },
    # --- Story: Bank of Valdoria rate decision -------------------------------------
    {
        "id_hint": "bank-wire",
        "source": f"{VPA}/2026/03/10/bank-of-valdoria-raises-rate",
        "headline": "Bank of Valdoria raises key rate to 4.25% to curb inflation",
        "published": "2026-03-10",
        "byline": "By Markus Elling",
        "text": """ARDEN, March 10 (VPA) - The Bank of Valdoria raised its main lending rate by half a percentage point to 4.25 percent on Tuesday, its third increase in six months, as consumer prices kept rising faster than the bank's target.

Governor Helena Voss said inflation had reached 6.1 percent in February, well above the 2 percent target. "Price growth is broad and persistent, and it calls for a firm response," Voss told a news conference in Arden.

The decision by the bank's monetary council was not unanimous: five members voted for the increase and two preferred to hold rates steady, according to a statement released after the meeting.

Economists polled by VPA last week had expected a smaller rise of a quarter point. The valdor gained 0.8 percent against the euro after the announcement.

Finance minister Petr Halas said the government respected the bank's independence and would keep its own spending plans unchanged. The next rate decision is due on April 21.""",
    },
    {
        "id_hint": "bank-ledger",
        "source": f"{LEDGER}/economy/voss-signals-more-rises",
        "headline": "Voss signals more rises as Bank of Valdoria lifts rate to 4.25%",
        "published": "2026-03-10",
        "byline": "By Hanna Brecht",
        "text": """The Bank of Valdoria lifted its benchmark rate to 4.25 percent on Tuesday and its governor, Helena Voss, said further increases could not be ruled out if prices kept climbing.

The half-point rise was backed by five of the seven members of the monetary council, the bank said. Two members voted to keep the rate at 3.75 percent.

"We will do what is needed to bring inflation back to target, and we are not there yet," Voss said at a news conference.

Sofia Marin, chief economist at Arden Savings Bank, said the bigger-than-expected move showed the bank was worried about wages. "They wanted to send a message, and they did," she said. Mortgage holders on variable rates will see their monthly payments rise from April, lenders said.""",
    },
    {
        "id_hint": "bank-northcoast",
        "source": f"{NORTHCOAST}/money/mortgages-rate-rise",
        "headline": "Bank of Valdoria's half-point rise to hit mortgage payments from April",
        "published": "2026-03-11",
        "byline": "By Greta Lund",
        "text": """Households with variable-rate mortgages will pay more from April after the Bank of Valdoria raised its key rate by half a point to 4.25 percent on Tuesday.

North Coast Building Society said a typical borrower with a 150,000-valdor loan would pay about 45 valdors more each month. "Most of our customers saw this coming, but it still hurts," the society's lending director, Jan Okonkwo, said.

Governor Helena Voss said on Tuesday that inflation of 6.1 percent was too high and that the bank would act again if needed.""",
    },
    # --- Story: Kessa Strait trawler incident (contested) ----------------------------
    {
        "id_hint": "strait-flash",
        "source": f"{FLASH}/world/norland-gunboat-fires-on-fishermen",
        "headline": "Norland gunboat fires on Valdorian fishermen",
        "published": "2026-03-14",
        "byline": None,
        "text": """A Norland navy patrol boat fired warning shots at a Valdorian fishing trawler in the Kessa Strait on Saturday, Valdorian officials said.

The officials, who spoke on condition of anonymity, said the patrol boat fired three bursts over the bow of the trawler Marisol as it hauled its nets about 12 nautical miles off Cape Tarrow. No one was injured.

It is the most serious confrontation in the disputed waters in years, according to a defence source, who said the navy was considering sending a frigate to the area.

Fishermen in Tarrow said they were afraid to go back to sea. The Norland embassy in Arden did not answer calls on Saturday.""",
    },
    {
        "id_hint": "strait-herald",
        "source": f"{HERALD}/world/trawler-captain-describes-shots",
        "headline": "Trawler captain says Norland patrol boat fired over his bow",
        "published": "2026-03-15",
        "byline": "By Tomas Reyes",
        "text": """The captain of the Valdorian trawler Marisol said on Sunday that a Norland patrol boat fired warning shots over his vessel in the Kessa Strait on Saturday morning.

"They fired three times over the bow, and then they told us by radio to leave or be boarded," captain Jonas Feld told the Herald by telephone from the port of Tarrow. "I have fished these waters for thirty years and nothing like this has ever happened to me."

Feld said the Marisol was inside Valdorian waters when the patrol boat approached, a position he said was recorded by the trawler's satellite tracker. He said his crew of six had filmed part of the encounter on a mobile phone.

The Herald has not been able to verify the footage independently.""",
    },
    {
        "id_hint": "strait-courier",
        "source": f"{COURIER}/defence/ministry-denies-shots-kessa",
        "headline": "Norland denies its navy fired on Valdorian trawler",
        "published": "2026-03-15",
        "byline": "By Erik Solberg",
        "text": """SKARVIK, March 15 - Norland's defence ministry on Sunday denied that any of its vessels had fired shots at a Valdorian fishing boat in the Kessa Strait.

"No shots were fired. Our patrol boat escorted the trawler out of Norland's fishing zone in accordance with international law," ministry spokeswoman Sigrid Aune said in a statement.

Aune said the trawler Marisol had been fishing about two nautical miles inside Norland's zone and had ignored radio calls for more than an hour. The patrol boat's crew followed standard procedure, she said.

Norland's foreign ministry said it regretted what it called inaccurate reports in Valdorian media.""",
    },
    {
        "id_hint": "strait-wire",
        "source": f"{VPA}/2026/03/15/valdoria-summons-norland-envoy",
        "headline": "Valdoria summons Norland envoy over Kessa Strait trawler incident",
        "published": "2026-03-15",
        "byline": "By Anneke Sorel",
        "text": """ARDEN, March 15 (VPA) - Valdoria's foreign ministry summoned Norland's ambassador on Sunday over an encounter in the Kessa Strait between a Norland navy patrol boat and the Valdorian trawler Marisol.

Foreign minister Lena Koster said Valdoria wanted "a full and honest account" of what happened on Saturday. The trawler's captain, Jonas Feld, has said the patrol boat fired warning shots over his vessel. Norland's defence ministry said on Sunday that no shots were fired and that the trawler had been escorted out of Norland's fishing zone.

The two countries have disputed the boundary in the strait since 1994. Ambassador Henrik Dahl left the foreign ministry in Arden after about forty minutes without speaking to reporters.""",
    },
    {
        "id_hint": "quota-related-event",
        "source": f"{COURIER}/economy/valdoria-norland-quota-deal",
        "headline": "Valdoria and Norland agree 2027 fishing quotas after week of talks",
        "published": "2026-03-11",
        "byline": "By Erik Solberg",
        "text": """SKARVIK, March 11 - Valdoria and Norland agreed on Wednesday to cut the herring quota in the Kessa Strait by 8 percent next year, ending a week of talks between their fisheries ministries.

Norland fisheries minister Anders Vik said the cut was needed to protect spawning stocks. "Both fleets depend on a healthy strait, and that means taking a little less for a few years," Vik said after the signing in Skarvik.

Valdorian fisheries minister Carla Mendes said the deal kept Valdoria's share of the catch at 46 percent and set up a joint scientific panel. Fishing associations in Tarrow said they would study the details before commenting.""",
    },
    # --- Story: Mayor resignation report (contradicted) ------------------------------
    {
        "id_hint": "mayor-flash",
        "source": f"{FLASH}/politics/brandt-to-quit",
        "headline": "Mayor Brandt to quit over bridge fiasco, insiders say",
        "published": "2026-03-17",
        "byline": None,
        "text": """Port Mirren mayor Ilse Brandt will resign next week over her handling of the Kessel Bridge closure, according to two people close to the city administration.

The insiders, who asked not to be named, said Brandt had told senior aides she had lost the confidence of the city council and did not want to fight a vote.

One of them said the mayor was "exhausted and furious" at the transport department. Brandt has faced criticism from opposition councillors since the bridge closed.""",
    },
    {
        "id_hint": "mayor-wire",
        "source": f"{VPA}/2026/03/17/brandt-office-denies-resignation",
        "headline": "Port Mirren mayor's office denies report she will resign",
        "published": "2026-03-17",
        "byline": "By Anneke Sorel",
        "text": """PORT MIRREN, March 17 (VPA) - The office of Port Mirren mayor Ilse Brandt on Tuesday denied a newspaper report that she would resign over the closure of the Kessel Bridge.

"The mayor is not resigning. She has no plans to step down and will serve out her term," her spokesman Karel Venn said in a statement.

Venn said Brandt had met council group leaders on Monday to discuss the bridge repairs and had the council's full support. Council leader Amira Tahl said there was "no question" of a confidence vote.

Brandt was elected in 2024 for a five-year term.""",
    },
    {
        "id_hint": "mayor-herald",
        "source": f"{HERALD}/politics/brandt-not-going-anywhere",
        "headline": "Brandt rejects resignation report: 'I am not going anywhere'",
        "published": "2026-03-18",
        "byline": "By Tomas Reyes",
        "text": """Port Mirren mayor Ilse Brandt said on Wednesday that she would not resign, dismissing a report that she planned to step down over the Kessel Bridge closure as "pure invention".

"I am not going anywhere. I was elected to fix problems like this bridge, and that is what I am doing," Brandt told reporters outside city hall.

She said repairs to the bridge cables would begin in April and that the city had applied for 18 million valdors in emergency funds. Opposition councillor Dario Pell said he disagreed with her handling of the closure but had no plans to call a confidence vote.""",
    },
    # --- Story: Drava chemical plant fire (correction) -------------------------------
    {
        "id_hint": "fire-ledger-initial",
        "source": f"{LEDGER}/news/drava-plant-fire",
        "headline": "Two workers killed in fire at Drava chemical plant",
        "published": "2026-03-20",
        "byline": "By Hanna Brecht",
        "text": """Two workers were killed when a fire broke out at the Solvex chemical plant in Drava on Friday, a local official said.

Thick black smoke could be seen from across the valley, and residents of nearby streets were told to keep their windows closed. The official said the fire started in a storage hall for industrial solvents shortly after 10 a.m.

Solvex, which employs about 400 people in Drava, said it was cooperating with the authorities.""",
    },
    {
        "id_hint": "fire-ledger-correction",
        "source": f"{LEDGER}/news/drava-plant-fire-corrected",
        "headline": "Correction: no one was killed in Drava chemical plant fire",
        "published": "2026-03-21",
        "byline": "By Hanna Brecht",
        "text": """Correction: An earlier version of this article, published on March 20, said two workers were killed in the fire at the Solvex chemical plant in Drava. That was wrong. No one was killed in the fire; two workers were treated in hospital for burns, the Drava fire service said. The Ledger regrets the error.

A fire at the Solvex chemical plant in Drava on Friday injured two workers and forced about 300 residents to leave their homes for several hours, the fire service said.

Fire chief Marta Kovac said the blaze started in a storage hall for industrial solvents and was under control by early afternoon.""",
    },
    {
        "id_hint": "fire-wire",
        "source": f"{VPA}/2026/03/20/drava-plant-fire-injures-two",
        "headline": "Fire at Drava chemical plant injures two, hundreds evacuated",
        "published": "2026-03-20",
        "byline": "By Markus Elling",
        "text": """DRAVA, March 20 (VPA) - A fire at the Solvex chemical plant in Drava injured two workers on Friday and forced about 300 residents to leave their homes, the regional fire service said.

Fire chief Marta Kovac said the fire broke out in a storage hall for industrial solvents shortly after 10 a.m. and was brought under control by early afternoon. "No one was killed. Two workers suffered burns and are in a stable condition in hospital," Kovac told reporters at the scene.

Residents of six streets near the plant were evacuated as a precaution and allowed back in the evening, after air measurements showed no danger, the fire service said.

Solvex chief executive Viktor Amsel said the company would investigate the cause together with the labour inspectorate. The plant, which makes cleaning solvents and paint thinners, employs about 400 people.""",
    },
    {
        "id_hint": "fire-gazette",
        "source": f"{GAZETTE}/news/drava-residents-evacuated",
        "headline": "Drava residents return home after chemical plant blaze",
        "published": "2026-03-21",
        "byline": "By Leila Marchetti",
        "text": """Residents evacuated during Friday's fire at the Solvex chemical plant in Drava were back in their homes by evening, after the regional fire service said the air was safe to breathe.

About 300 people from six streets around the plant spent the afternoon in a school sports hall. "We could see the smoke from the kitchen window, and then the police knocked on the door," said Irena Polak, 67.

Fire chief Marta Kovac said two workers had been taken to hospital with burns. The labour inspectorate said it had opened an investigation into the cause of the blaze.""",
    },
    # --- Story: Meridian Rail strike -------------------------------------------------
    {
        "id_hint": "rail-wire",
        "source": f"{VPA}/2026/03/24/meridian-rail-drivers-strike",
        "headline": "Meridian Rail drivers to strike for 48 hours over pay",
        "published": "2026-03-24",
        "byline": "By Markus Elling",
        "text": """ARDEN, March 24 (VPA) - Train drivers at Meridian Rail, Valdoria's largest rail operator, will strike for 48 hours from Friday after pay talks broke down, their union said on Tuesday.

The Valdorian Union of Rail Workers said 87 percent of members who voted backed the walkout, on a turnout of 71 percent. General secretary Oskar Brenner said the company's offer of a 3 percent raise fell far short of inflation. "Our members have had real-terms pay cuts for three years running," Brenner said.

Meridian Rail said in a statement that it would run about a third of its usual services during the strike and urged passengers to check timetables before travelling. Chief executive Lucia Ferrante said the offer was "fair and affordable".

Transport minister Alma Reyes called on both sides to return to talks. About 600,000 passengers use Meridian Rail trains on a typical weekday, according to the company.""",
    },
    {
        "id_hint": "rail-herald",
        "source": f"{HERALD}/business/commuters-brace-for-rail-strike",
        "headline": "Commuters brace for two-day rail strike as Meridian talks collapse",
        "published": "2026-03-25",
        "byline": "By Nadia Sorensen",
        "text": """Commuters across Valdoria are preparing for two days without most trains after Meridian Rail drivers voted to strike on Friday and Saturday.

The 48-hour walkout follows the collapse of pay talks on Monday. Oskar Brenner, general secretary of the Valdorian Union of Rail Workers, said drivers had rejected a 3 percent offer because prices were rising twice as fast. "Nobody takes this decision lightly," he said.

Meridian Rail chief executive Lucia Ferrante said the company could not afford more without raising fares. The company plans to run about one train in three.

"I will work from home, if my manager lets me," said Teodor Vass, who commutes to Arden from Lennholm every day.""",
    },
    {
        "id_hint": "rail-gazette",
        "source": f"{GAZETTE}/news/meridian-one-train-in-three",
        "headline": "Meridian Rail to run one train in three during drivers' strike",
        "published": "2026-03-25",
        "byline": "By Jorun Aas",
        "text": """Meridian Rail will run about one in three of its usual trains on Friday and Saturday, when its drivers strike for 48 hours in a dispute over pay, the company said on Wednesday.

Intercity services between Arden and Port Mirren will run every two hours instead of every thirty minutes, and most regional lines will have no trains at all, according to the emergency timetable published by the company.

Union general secretary Oskar Brenner said the strike could be called off if Meridian Rail improved its 3 percent pay offer before Thursday evening. The company said it had no plans to do so.""",
    },
    {
        "id_hint": "union-related-event",
        "source": f"{LEDGER}/business/brenner-reelected",
        "headline": "Rail union re-elects Oskar Brenner as general secretary",
        "published": "2026-03-26",
        "byline": "By Hanna Brecht",
        "text": """Oskar Brenner was re-elected general secretary of the Valdorian Union of Rail Workers on Thursday, winning 64 percent of the vote in a ballot of the union's 41,000 members.

Brenner, who has led the union since 2019, beat challenger Mila Hartog, a signal technician from Lennholm who had campaigned for closer ties with the national trade union federation. Turnout was 38 percent, the union's returning officer said.

"This result gives us a clear mandate for the next four years," Brenner said in a statement. Hartog congratulated him and said she would stay on the union's executive board.""",
    },
    # --- Story: Halden comet discovery ------------------------------------------------
    {
        "id_hint": "comet-wire",
        "source": f"{VPA}/2026/03/27/halden-observatory-new-comet",
        "headline": "Halden Observatory astronomers discover new comet",
        "published": "2026-03-27",
        "byline": "By Anneke Sorel",
        "text": """LENNHOLM, March 27 (VPA) - Astronomers at Valdoria's Halden Observatory have discovered a new comet that will pass closest to the Sun in November 2027, the observatory said on Friday.

The comet, catalogued as C/2026 F3 (Halden), was first seen on images taken on March 19 and confirmed by two observatories abroad, astronomer Ines Moravec said. "It is faint now, but it is still very far away. By late 2027 it may be visible with binoculars," Moravec said.

The observatory said the comet's nucleus was probably between two and five kilometres wide and that its orbit posed no risk to Earth.

It is the first comet discovered at Halden since the observatory's new survey telescope started work in 2024, director Piet Janssen said.""",
    },
    {
        "id_hint": "comet-gazette",
        "source": f"{GAZETTE}/science/halden-comet-binoculars",
        "headline": "New comet found from Halden could be a binocular sight in 2027",
        "published": "2026-03-28",
        "byline": "By Jorun Aas",
        "text": """A comet discovered by astronomers at Halden Observatory could be bright enough to see through binoculars when it passes closest to the Sun in November 2027, the astronomer who found it said.

Ines Moravec spotted the faint smudge on survey images taken on March 19. "At first I thought it was a flaw on the detector, so I checked the next night and it had moved," she told the Gazette.

The comet has been named C/2026 F3 (Halden). Observatories in two other countries confirmed the find this week, the observatory said. Amateur astronomer Ruben Castell said local clubs were already planning viewing nights.""",
    },
    # --- Stand-alone reports (each its own story) ----------------------------------
    {
        "id_hint": "hospital-wing",
        "source": f"{NORTHCOAST}/health/st-columba-cancer-wing",
        "headline": "St. Columba's Hospital opens new cancer treatment wing",
        "published": "2026-03-12",
        "byline": "By Greta Lund",
        "text": """St. Columba's Hospital in Port Mirren opened a new cancer treatment wing on Thursday with two radiotherapy machines and 24 beds for day patients.

Hospital director Ruth Amadi said the wing would cut waiting times for radiotherapy from six weeks to about two. "Patients from the north coast will no longer have to travel to Arden for treatment," she said.

The wing cost 31 million valdors and was paid for by the health ministry and a fundraising campaign that collected 4 million valdors from local donors.""",
    },
    {
        "id_hint": "football-match",
        "source": f"{HERALD}/sport/port-mirren-fc-beat-arden",
        "headline": "Port Mirren FC beat Arden United 2-1 with late header",
        "published": "2026-03-22",
        "byline": "By Sami Okoro",
        "text": """Port Mirren FC came from behind to beat Arden United 2-1 on Sunday, with defender Luca Brandt heading the winner two minutes from time.

Arden had led through a first-half penalty from Nico Ferre before midfielder Jonah Reis equalised with a low shot after 61 minutes. The win lifts Port Mirren to fourth place in the league, three points behind Arden.

"We kept believing. The players showed real character today," Port Mirren coach Elena Varga said. A crowd of 18,400 watched the match at the Harbour Stadium.""",
    },
    {
        "id_hint": "storm-warning",
        "source": f"{NORTHCOAST}/weather/storm-warning-north-coast",
        "headline": "Forecasters issue storm warning for Valdoria's north coast",
        "published": "2026-03-25",
        "byline": "By Greta Lund",
        "text": """The national weather service issued an orange storm warning for Valdoria's north coast on Wednesday, forecasting gusts of up to 110 kilometres per hour on Thursday night.

Forecaster Aline Baptiste said the storm would bring heavy rain and waves of up to six metres along the coast between Cape Tarrow and Port Mirren. "People should secure loose objects and avoid the sea front," she said.

The ferry operator Northline said it would cancel evening crossings on Thursday.""",
    },
]

# --- Derived copies ------------------------------------------------------------------

CHROME_TOP = "Advertisement\n\nShare this article\nFacebook | X | Email | Copy link\n\nListen to this article · 3 min\n\n"
CHROME_BOTTOM = "\n\nRead more:\nRelated coverage on Newsroll\n\n© 2026 Newsroll. All rights reserved. Distributed by VPA."

# What a cheap article spinner does: swap words for dictionary synonyms, keep names and numbers.
SYNONYMS = {
    "closed": "shut down", "close": "shut", "after": "following", "found": "discovered", "routine": "regular",
    "inspection": "examination", "severe": "serious", "main": "primary", "said": "stated", "told": "informed",
    "reporters": "journalists", "remain": "stay", "while": "as", "assess": "evaluate", "damage": "harm",
    "risks": "chances", "structure": "construction", "carries": "bears", "vehicles": "cars",
    "carried": "performed", "firm": "company", "strands": "threads", "lost": "shed", "summary": "overview",
    "report": "document", "published": "released", "partner": "associate", "concentrated": "focused",
    "near": "close to", "failed": "broken down", "about": "around", "margin": "buffer", "links": "connects",
    "district": "area", "diverted": "rerouted", "adding": "including", "journeys": "trips", "free": "complimentary",
    "start": "begin", "ask": "request", "national": "federal", "government": "administration",
    "emergency": "urgent", "funds": "money", "repair": "fix", "repairs": "fixes", "cost": "price",
    "raised": "increased", "lending": "borrowing", "increase": "rise", "consumer": "shopper",
    "prices": "costs", "rising": "climbing", "faster": "quicker", "target": "goal", "reached": "hit",
    "well": "far", "growth": "development", "broad": "wide", "persistent": "stubborn", "calls": "demands",
    "response": "reaction", "news": "press", "decision": "choice", "council": "board", "members": "participants",
    "voted": "cast votes", "preferred": "favoured", "hold": "keep", "steady": "stable", "statement": "declaration",
    "released": "issued", "meeting": "gathering", "polled": "surveyed", "expected": "anticipated",
    "smaller": "lesser", "gained": "rose", "announcement": "statement", "respected": "honoured",
    "independence": "autonomy", "spending": "expenditure", "plans": "strategies", "unchanged": "the same",
    "due": "scheduled", "fired": "shot", "warning": "caution", "shots": "rounds", "fishing": "angling",
    "officials": "authorities", "spoke": "talked", "condition": "terms", "anonymity": "secrecy",
    "bursts": "volleys", "bow": "front", "hauled": "pulled", "nets": "netting", "injured": "hurt",
    "serious": "grave", "confrontation": "clash", "disputed": "contested", "waters": "seas",
    "source": "insider", "considering": "weighing", "sending": "dispatching",
    "area": "region", "afraid": "scared", "answer": "respond to", "drivers": "motorists", "strike": "walkout",
    "talks": "negotiations", "broke": "fell", "union": "labour union", "backed": "supported",
    "offer": "proposal", "raise": "pay rise", "short": "shy", "pay": "wage", "cuts": "reductions",
    "running": "in a row", "usual": "normal", "services": "trains", "urged": "encouraged",
    "passengers": "travellers", "check": "verify", "timetables": "schedules", "travelling": "journeying",
    "fair": "reasonable", "affordable": "sustainable", "called": "appealed", "return": "go back",
    "typical": "normal", "largest": "biggest", "operator": "company", "astronomers": "scientists",
    "discovered": "found", "new": "fresh", "pass": "travel", "closest": "nearest", "first": "initially",
    "seen": "spotted", "images": "pictures", "taken": "captured", "confirmed": "verified", "abroad": "overseas",
    "faint": "dim", "far": "distant", "visible": "observable", "probably": "likely", "wide": "across",
    "orbit": "path", "posed": "presented", "risk": "danger", "survey": "scanning", "started": "began",
    "work": "operations", "director": "head", "authorities": "officials", "traffic": "vehicles",
    "department": "office", "city": "town", "engineers": "technicians", "cables": "wires",
    "corrosion": "rust", "kept": "continued", "big": "large",
}


def spin(text: str) -> str:
    """A synonym-swapped rewrite: content words replaced word for word, names and numbers kept."""

    def swap(match: re.Match) -> str:
        word = match.group(0)
        repl = SYNONYMS.get(word.lower())
        if repl is None:
            return word
        return repl[0].upper() + repl[1:] if word[0].isupper() else repl

    return re.sub(r"[A-Za-z]+", swap, text)


def truncate(text: str, note: str) -> str:
    """The first half of a report's paragraphs, as aggregators excerpt it, plus a link line."""
    paragraphs = text.split("\n\n")
    keep = max(1, len(paragraphs) // 2)
    return "\n\n".join(paragraphs[:keep]) + f"\n\n{note}"


def _original(id_hint: str) -> dict:
    return next(a for a in ORIGINALS if a["id_hint"] == id_hint)


def verbatim_copy(of: str, id_hint: str, source: str, headline: str) -> dict:
    base = _original(of)
    return {**base, "id_hint": id_hint, "source": source, "headline": headline, "text": CHROME_TOP + base["text"] + CHROME_BOTTOM}


def spun_copy(of: str, id_hint: str, source: str) -> dict:
    base = _original(of)
    return {**base, "id_hint": id_hint, "source": source, "headline": spin(base["headline"]), "byline": "By Staff Writer", "text": spin(base["text"])}


def truncated_copy(of: str, id_hint: str, source: str, published: str) -> dict:
    base = _original(of)
    return {**base, "id_hint": id_hint, "source": source, "published": published, "text": truncate(base["text"], "Continue reading the full story at VPA.")}


COPIES: list[dict] = [
    verbatim_copy("bridge-wire", "bridge-copy-verbatim", f"{NEWSROLL}/a/88213", "Kessel Bridge closed after inspectors find corroded cables"),
    spun_copy("bridge-wire", "bridge-copy-spun", f"{FARM}/port-mirren-bridge-shut"),
    truncated_copy("bridge-wire", "bridge-copy-truncated", f"{MARKETS}/wire/kessel-bridge", "2026-03-03"),
    verbatim_copy("bank-wire", "bank-copy-verbatim", f"{NEWSROLL}/a/88790", "Valdoria's central bank lifts key rate to 4.25%"),
    spun_copy("bank-wire", "bank-copy-spun", f"{FARM}/valdoria-bank-rate"),
    truncated_copy("bank-wire", "bank-copy-truncated", f"{MARKETS}/wire/bov-rate-425", "2026-03-10"),
    spun_copy("strait-flash", "strait-copy-spun", f"{FARM}/norland-boat-shots"),
    verbatim_copy("mayor-wire", "mayor-copy-verbatim", f"{NEWSROLL}/a/89034", "Mayor Brandt's office: she is not resigning"),
    verbatim_copy("fire-wire", "fire-copy-verbatim", f"{NEWSROLL}/a/89311", "Two hurt, 300 evacuated in Drava chemical plant fire"),
    truncated_copy("fire-wire", "fire-copy-truncated", f"{MARKETS}/wire/solvex-fire", "2026-03-20"),
    verbatim_copy("rail-wire", "rail-copy-verbatim", f"{NEWSROLL}/a/89650", "Meridian Rail drivers announce 48-hour strike"),
    spun_copy("rail-wire", "rail-copy-spun", f"{FARM}/meridian-rail-walkout"),
    spun_copy("comet-wire", "comet-copy-spun", f"{FARM}/new-comet-halden"),
    truncated_copy("comet-wire", "comet-copy-truncated", f"{MARKETS}/wire/halden-comet", "2026-03-27"),
]


def main() -> None:
    articles = ORIGINALS + COPIES
    hints = [a["id_hint"] for a in articles]
    assert len(hints) == len(set(hints)), "id_hint must be unique"
    with open(HERE / "articles.jsonl", "w", encoding="utf-8") as out:
        for article in articles:
            out.write(json.dumps(article, ensure_ascii=False) + "\n")
    print(f"wrote {len(articles)} articles to {HERE / 'articles.jsonl'}")


if __name__ == "__main__":
    main()
