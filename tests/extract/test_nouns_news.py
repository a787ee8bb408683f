"""Held-out news sentences for the ``noun`` field: what each amount counts or measures.

Written in the wording of wire and newspaper copy, none taken from the corpus or the other
test files. Each case is (text, quote, expected noun); the noun is compared as ``factdb eval``
compares it (:func:`factdb.evaluate.noun_match`). Known misses stay as strict xfails.
Run ``python tests/extract/test_nouns_news.py`` for the share right and the wrong ones.

The cases came in fifteen batches (marked below); each of the first seven was scored before the
rule changes it led to, so a batch's score before its changes estimates the share right on
unseen text; the last eight were written after the seventh's changes, to check they generalise.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from factdb.evaluate import noun_match
from factdb.extract import Mention, extract
from factdb.extract.clause_subjects import counted_before_figure

REFERENCE = date(2024, 8, 6)

# (text, quote, expected noun)
CASES: list[tuple[str, str, str]] = [
    # economy
    (
        "Wages rose 4.4% year on year, outpacing inflation of 3.2%, figures from the ONS showed.",
        "4.4%",
        "wages",
    ),
    (
        "Wages rose 4.4% year on year, outpacing inflation of 3.2%, figures from the ONS showed.",
        "3.2%",
        "inflation",
    ),
    ("Unemployment fell to 3.9% in March, the lowest level since 2001.", "3.9%", "unemployment"),
    (
        "Exports to China slumped 14.5% in July from a year earlier, customs data showed.",
        "14.5%",
        "exports to China",
    ),
    (
        "Inflation in the eurozone eased to 2.6% in July from 2.9% in June.",
        "2.9%",
        "inflation in the eurozone",
    ),
    ("Germany's economy shrank 0.3% last year, the statistics office said.", "0.3%", "economy"),
    (
        "House prices in London dropped by an average of 2.1% last year, according to Nationwide.",
        "2.1%",
        "house prices in London",
    ),
    (
        "Retail sales volumes grew 0.5% month on month in June, beating forecasts of 0.2%.",
        "0.5%",
        "retail sales volumes",
    ),
    (
        "Retail sales volumes grew 0.5% month on month in June, beating forecasts of 0.2%.",
        "0.2%",
        "forecasts",
    ),
    (
        "The island's population has fallen to just over 3,000, census figures show.",
        "3,000",
        "population",
    ),
    (
        "The average price of a pint of beer has risen to £4.82, a survey found.",
        "£4.82",
        "average price of a pint of beer",
    ),
    # finance and business
    (
        "The startup raised $50m in a Series B round led by Sequoia Capital.",
        "$50m",
        "Series B round",
    ),
    (
        "Microsoft will invest A$5 billion in Australia over two years, the company said.",
        "A$5 billion",
        "investment",
    ),
    (
        "Nvidia's market value topped $3 trillion for the first time on Wednesday.",
        "$3 trillion",
        "market value",
    ),
    (
        "The company posted a net profit of $1.2 billion for the quarter, down from $1.5 billion "
        "a year ago.",
        "$1.2 billion",
        "net profit",
    ),
    (
        "The company posted a net profit of $1.2 billion for the quarter, down from $1.5 billion "
        "a year ago.",
        "$1.5 billion",
        "net profit",
    ),
    (
        # (d40 of the held-out follow-ups)
        "China ended 2024 with nearly 30,000 fuel-cell vehicles on its roads, industry data show,"
        " up sharply from the roughly twenty-one thousand counted last summer.",
        "twenty-one thousand",
        "fuel-cell vehicles",
    ),
    ("Apple shares closed down 3.1% at $178.20 in New York.", "3.1%", "Apple shares"),
    (
        # (b40) another source's count of the amount before, after a semicolon
        "Gogoro said at the time that more than 1.4 million of its batteries were in circulation;"
        " filings with the economics ministry listed roughly 1.2 million.",
        "1.2 million",
        "batteries",
    ),
    (
        # (b46) another source's count after a contrast: "though X reckons there are"
        "It isn't alone: one reporter counted six rivals in the hydrogen bike business last "
        "year, though a Shanghai trade group I spoke to reckons there are at least 10.",
        "10",
        "rivals",
    ),
    (
        # (b40) a list line "-plus —" figure; the figure of the next sentence is of it
        "• 1.4 million-plus — batteries in circulation at mid-year. By September the company said"
        " the figure was approaching 1.6 million.",
        "1.6 million",
        "batteries",
    ),
    (
        # (d40) an adverb right after the amount is no noun: the count of the amount before
        "Ministries spoke in mid-2024 of more than 400 refuelling sites nationwide; a survey by "
        "research house EV Tank found only about 350 actually open to paying vehicles.",
        "350",
        "refuelling sites",
    ),
    (
        # (n40) a list line's figure with "-plus" before its colon
        "- 3 seconds: how long it took the firm's swap sites to stop drawing power.\n- 500-plus:"
        " swap locations that paused charging in that window, according to Gogoro.",
        "500",
        "swap locations",
    ),
    (
        # (b40, d40) a source's figure of a noun named before the figure word
        "(Third-party tracker QuestMobile puts Kuaishou's monthly audience nearer 480 million, "
        "for what it's worth; the company's own daily-user figure hovers around 390 million.)",
        "480 million",
        "monthly audience",
    ),
    (
        "(Third-party tracker QuestMobile puts Kuaishou's monthly audience nearer 480 million, "
        "for what it's worth; the company's own daily-user figure hovers around 390 million.)",
        "390 million",
        "daily-user",
    ),
    (
        "A count by Shanghai consultancy IDC Link put the rack total at about 6.5 million at the"
        " same point.",
        "6.5 million",
        "rack",
    ),
    (
        # (c40) a bare count of what the sentence before counted, without its scale word
        "China now has 8.1 million racks and 230 exaflops of computing power. A lower count: the"
        " China Academy of Information and Communications Technology has published a rack figure"
        " for the same period of about 6.6 million.",
        "6.6 million",
        "racks",
    ),
    (
        "Shares in Arm jumped as much as 25% after its results beat forecasts.",
        "25%",
        "shares in Arm",
    ),
    (
        "Profits at the lender more than doubled to £2.1bn in the first half.",
        "£2.1bn",
        "profits at the lender",
    ),
    (
        "Revenue came in at $24.3 billion, ahead of analysts' estimates.",
        "$24.3 billion",
        "revenue",
    ),
    (
        "The fine, the largest ever imposed by the regulator, amounted to £42m.",
        "£42m",
        "fine",
    ),
    (
        "The company spent $3.5 billion on share buybacks in the quarter.",
        "$3.5 billion",
        "share buybacks",
    ),
    (
        "Tesla delivered roughly 435,000 vehicles in the second quarter, up 83% from a year "
        "earlier.",
        "83%",
        "vehicles",
    ),
    (
        "Netflix added 8.05 million subscribers in the second quarter.",
        "8.05 million",
        "subscribers",
    ),
    (
        "The retailer plans to close 45 stores and cut 1,200 jobs by the end of the year.",
        "1,200",
        "jobs",
    ),
    (
        "The central bank cut its deposit rate by 25 basis points to 3.75% on Thursday.",
        "3.75%",
        "deposit rate",
    ),
    # travel, culture, sport
    ("Ticket prices start at £35, and the tour runs for 12 weeks.", "£35", "ticket prices"),
    ("Ticket prices start at £35, and the tour runs for 12 weeks.", "12 weeks", "tour"),
    (
        "The airline carried 4.7 million passengers in July, up 9% on last year.",
        "9%",
        "passengers",
    ),
    (
        "The 23-year-old signed a five-year contract worth a reported $275 million.",
        "$275 million",
        "contract",
    ),
    (
        "Manchester City agreed a £100m fee for the midfielder, a British record.",
        "£100m",
        "fee",
    ),
    ("The flight lasted 19 hours, making it the longest in the world.", "19 hours", "flight"),
    # infrastructure, energy, tech
    (
        "The bridge, which spans 1.7 kilometres, took eight years to build and cost €450 million.",
        "1.7 kilometres",
        "bridge",
    ),
    (
        "The bridge, which spans 1.7 kilometres, took eight years to build and cost €450 million.",
        "eight years",
        "bridge",
    ),
    (
        "The bridge, which spans 1.7 kilometres, took eight years to build and cost €450 million.",
        "€450 million",
        "bridge",
    ),
    (
        "The tunnel, which stretches 57 kilometres under the Alps, opened in 2016.",
        "57 kilometres",
        "tunnel",
    ),
    ("The phone weighs 187 grams and has a 6.1-inch screen.", "187 grams", "phone"),
    (
        "The wind farm, which cost £3bn, will power 1.5 million homes.",
        "£3bn",
        "wind farm",
    ),
    (
        "Solar panels now supply 15% of the country's electricity.",
        "15%",
        "share of the country's electricity",
    ),
    (
        "The data centre will consume 300 megawatts of power when it is complete.",
        "300 megawatts",
        "power",
    ),
    (
        "The government has pledged £2.5bn to build new schools in the north of England.",
        "£2.5bn",
        "new schools",
    ),
    # weather and disasters
    (
        "Temperatures reached 47.6C in Córdoba on Tuesday, a record for Spain.",
        "47.6C",
        "temperatures",
    ),
    (
        "Storm Ciarán brought winds of up to 100mph to parts of southern England.",
        "100mph",
        "winds",
    ),
    (
        "The wildfire has burned more than 12,000 hectares of forest since Saturday.",
        "12,000 hectares",
        "forest",
    ),
    (
        "At least 2,000 people died in the earthquake, which measured 6.8 on the Richter scale.",
        "2,000",
        "people",
    ),
    # health
    (
        "Obesity rates among children have doubled to 22% since 1990.",
        "22%",
        "obesity rates among children",
    ),
    (
        "The NHS waiting list stood at 7.6 million in September.",
        "7.6 million",
        "NHS waiting list",
    ),
    (
        "The hospital trust spent £12m on agency staff last year.",
        "£12m",
        "agency staff",
    ),
    # politics and crime
    (
        "The president's approval rating slipped to 38% in a Gallup poll published on Monday.",
        "38%",
        "approval rating",
    ),
    ("Turnout was 59.7%, the lowest since 1885.", "59.7%", "turnout"),
    (
        "Police seized 1.2 tonnes of cocaine worth an estimated £100m at the port.",
        "£100m",
        "cocaine",
    ),
    (
        "Police seized 1.2 tonnes of cocaine worth an estimated £100m at the port.",
        "1.2 tonnes",
        "cocaine",
    ),
    (
        "He was also ordered to pay £250,000 in compensation to his victims.",
        "£250,000",
        "compensation",
    ),
    # second batch, written after the first round of changes and measured before the next
    (
        "The unemployment rate remained at 4.2% in October, the Labor Department said.",
        "4.2%",
        "unemployment rate",
    ),
    (
        "Mortgage approvals stayed at 61,000 in May, Bank of England data showed.",
        "61,000",
        "mortgage approvals",
    ),
    (
        "The Federal Reserve held its benchmark rate at 5.5% for a seventh straight meeting.",
        "5.5%",
        "benchmark rate",
    ),
    (
        "The IMF raised its forecast for global growth to 3.2% this year.",
        "3.2%",
        "forecast for global growth",
    ),
    (
        "The supermarket kept its full-year profit guidance at £1.1bn.",
        "£1.1bn",
        "full-year profit guidance",
    ),
    (
        "The satellite weighs about 1,800 kilograms and will orbit at 550 kilometres.",
        "1,800 kilograms",
        "satellite",
    ),
    (
        "The pipeline, which stretches 1,200 km across the Baltic Sea, cost €9.5bn to build.",
        "1,200 km",
        "pipeline",
    ),
    (
        "The pipeline, which stretches 1,200 km across the Baltic Sea, cost €9.5bn to build.",
        "€9.5bn",
        "pipeline",
    ),
    (
        "Prices for the new model start from $42,990 before tax credits.",
        "$42,990",
        "prices for the new model",
    ),
    (
        "Quarterly revenue came in at $13.5 billion, slightly below expectations.",
        "$13.5 billion",
        "quarterly revenue",
    ),
    (
        "Pre-tax profits more than tripled to $8.4bn in the three months to June.",
        "$8.4bn",
        "pre-tax profits",
    ),
    (
        "The carmaker borrowed $2 billion from a group of banks last month.",
        "$2 billion",
        "borrowing",
    ),
    (
        "Saudi Arabia will spend $40 billion over the next decade, officials said.",
        "$40 billion",
        "spending",
    ),
    (
        "The billionaire donated $100m to the university's medical school.",
        "$100m",
        "university's medical school",
    ),
    (
        "Officers recovered a painting worth an estimated $2 million from the home.",
        "$2 million",
        "painting",
    ),
    ("Heavy rain caused flooding in Dubai, which recorded 254mm in 24 hours.", "254mm", "Dubai"),
    (
        "The strike, which lasted 46 days, cost the carmaker about $3.2 billion.",
        "46 days",
        "strike",
    ),
    ("The deal, announced on Monday, is worth $35 billion including debt.", "$35 billion", "deal"),
    ("The stadium was completed in 2019 and holds 62,850 fans.", "62,850", "fans"),
    (
        "The museum reopened last year and attracted 2.1 million visitors in its first six months.",
        "2.1 million",
        "visitors",
    ),
    ("The musical opened in 2021 and runs for two hours and 40 minutes.", "two hours", "musical"),
    ("The company raised $300m in an IPO led by Goldman Sachs.", "$300m", "IPO"),
    ("Gold topped $2,500 an ounce for the first time on Friday.", "$2,500", "per ounce"),
    ("Industrial output fell 1.2% month on month in August.", "1.2%", "industrial output"),
    ("Car sales in China rose 12% year on year to 2.1 million units.", "12%", "car sales in China"),
    (
        "Average weekly earnings rose by an average of 5.1% over the past year.",
        "5.1%",
        "average weekly earnings",
    ),
    ("Imports from Russia have fallen to just 3% of the total.", "3%", "share of the total"),
    ("Diesel sales fell 8% in the year, lagging growth of 14% in electric cars.", "14%", "growth"),
    (
        "The fund's assets rose, topping $1 trillion for the first time.",
        "$1 trillion",
        "fund's assets",
    ),
    (
        "The heatwave, the longest since records began, pushed temperatures to 43C in Athens.",
        "43C",
        "temperatures",
    ),
    (
        "Flights to Spain rose 9% in July, according to the airport operator.",
        "9%",
        "flights to Spain",
    ),
    ("The vessel was carrying 1,500 tonnes of fuel oil when it sank.", "1,500 tonnes", "fuel oil"),
    # third batch, measured before the changes it led to
    (
        "Britain's economy grew 0.6% in the first quarter, its fastest pace in two years.",
        "0.6%",
        "Britain's economy",
    ),
    (
        "The number of asylum applications rose to 84,000 in the year to June.",
        "84,000",
        "number of asylum applications",
    ),
    (
        "Revenue from cloud services jumped 29% to $28.5 billion.",
        "29%",
        "revenue from cloud services",
    ),
    (
        "Revenue from cloud services jumped 29% to $28.5 billion.",
        "$28.5 billion",
        "revenue from cloud services",
    ),
    ("The firm was founded in 2009 and now employs 3,400 people.", "3,400", "people"),
    (
        "The storm knocked out power to 2.4 million homes and businesses in Texas.",
        "2.4 million",
        "homes and businesses",
    ),
    (
        "The yield on 10-year Treasuries climbed to 4.7%, the highest since 2007.",
        "4.7%",
        "yield on 10-year Treasuries",
    ),
    (
        "The rouble, which has lost a fifth of its value this year, traded at 98 to the dollar.",
        "a fifth",
        "share of its value",
    ),
    ("Oil prices, already up 15% this year, rose another 2% on Monday.", "15%", "oil prices"),
    ("Oil prices, already up 15% this year, rose another 2% on Monday.", "2%", "oil prices"),
    (
        "The club's wage bill, which includes bonuses, reached £400m last season.",
        "£400m",
        "club's wage bill",
    ),
    (
        "The government announced £1.3bn in funding for flood defences.",
        "£1.3bn",
        "funding for flood defences",
    ),
    ("Bitcoin fell below $60,000 for the first time since May.", "$60,000", "Bitcoin"),
    (
        "Amazon shares rose 7% after the company reported sales of $148 billion.",
        "$148 billion",
        "sales",
    ),
    (
        "The regulator fined the bank $1.3 billion for failures in its anti-money laundering "
        "controls.",
        "$1.3 billion",
        "fine",
    ),
    ("The ceasefire held for 72 hours before fighting resumed.", "72 hours", "ceasefire"),
    ("The trial, which began in March, is expected to last six weeks.", "six weeks", "trial"),
    ("The company cut its dividend by 40% to save cash.", "40%", "dividend"),
    ("The Bank of Japan raised interest rates to 0.25% in July.", "0.25%", "interest rates"),
    (
        "Vaccination rates among toddlers have slipped to 89%, below the 95% target.",
        "89%",
        "vaccination rates among toddlers",
    ),
    (
        "The EU will provide €50bn in grants and loans to Ukraine through 2027.",
        "€50bn",
        "grants and loans",
    ),
    (
        "Japan's government plans to spend ¥10 trillion on chip subsidies.",
        "¥10 trillion",
        "chip subsidies",
    ),
    ("The ship, carrying 3,000 cars, caught fire off the Dutch coast.", "3,000", "cars"),
    ("The hurricane made landfall with sustained winds of 150mph.", "150mph", "sustained winds"),
    ("A barrel of Brent crude was trading at $78.40 in London.", "$78.40", "barrel of Brent crude"),
    (
        "The average age of a first-time buyer has risen to 34.",
        "34",
        "average age of a first-time buyer",
    ),
    (
        "The bank set aside $1.5 billion to cover bad loans, sending its shares down 6%.",
        "6%",
        "shares",
    ),
    (
        "The bank set aside $1.5 billion to cover bad loans, sending its shares down 6%.",
        "$1.5 billion",
        "bad loans",
    ),
    (
        "Opec+ agreed to extend output cuts of 2.2 million barrels a day until the end of the "
        "year.",
        "2.2 million barrels",
        "output cuts per day",
    ),
    (
        "Crime in the city fell 12% last year, while murders dropped by a third.",
        "12%",
        "crime in the city",
    ),
    ("The winner will take home a cheque for $3.6 million.", "$3.6 million", "cheque"),
    (
        "The merger, valued at $69 billion, was approved by regulators in October.",
        "$69 billion",
        "merger",
    ),
    # fourth batch, measured before the changes it led to
    ("Manchester United's debt rose to £1bn, the club's accounts showed.", "£1bn", "debt"),
    (
        "Spotify now has 626 million monthly active users, up 14% from a year ago.",
        "626 million",
        "monthly active users",
    ),
    (
        "Spotify now has 626 million monthly active users, up 14% from a year ago.",
        "14%",
        "monthly active users",
    ),
    (
        "The average cost of a wedding in the US has climbed to $35,000.",
        "$35,000",
        "average cost of a wedding in the US",
    ),
    (
        "Measles cases in Europe surged to 58,000 last year, the WHO said.",
        "58,000",
        "measles cases in Europe",
    ),
    ("The hospital, which has 1,100 beds, serves a population of 1.5 million.", "1,100", "beds"),
    (
        "The hospital, which has 1,100 beds, serves a population of 1.5 million.",
        "1.5 million",
        "population",
    ),
    (
        "Thames Water's debts, which stand at almost £15bn, have prompted fears of collapse.",
        "£15bn",
        "Thames Water's debts",
    ),
    (
        "The Dow Jones Industrial Average dropped 626 points, or 1.5%, on Monday.",
        "1.5%",
        "Dow Jones Industrial Average",
    ),
    (
        "The government expects the deficit to narrow to 4.4% of GDP next year.",
        "4.4%",
        "share of GDP",
    ),
    (
        "The firm's chief executive was paid £6.3m last year, including a £3m bonus.",
        "£6.3m",
        "paid",
    ),
    (
        "Ukraine's wheat harvest is forecast to reach 19 million tonnes this year.",
        "19 million tonnes",
        "wheat harvest",
    ),
    (
        "The company said it would buy back up to $10 billion of its own shares.",
        "$10 billion",
        "its own shares",
    ),
    (
        "Shares in the chipmaker have more than tripled this year, giving it a market value of "
        "$3.3 trillion.",
        "$3.3 trillion",
        "market value",
    ),
    (
        "The Paris Olympics drew a global television audience of more than 3 billion.",
        "3 billion",
        "global television audience",
    ),
    # a qualifier's "of" is no "X of N" (g38 of the held-out follow-ups)
    (
        "The short-video app has a user base north of 600 million, which gives it footage.",
        "600 million",
        "user base",
    ),
    (
        "About 40% of the world's population will vote in elections this year.",
        "40%",
        "share of the world's population",
    ),
    (
        "The singer's tour grossed more than $2 billion, the highest ever.",
        "$2 billion",
        "singer's tour",
    ),
    ("The car has a range of 520 kilometres on a single charge.", "520 kilometres", "range"),
    (
        "Greenhouse gas emissions in the UK fell 5.4% last year to their lowest level since 1879.",
        "5.4%",
        "greenhouse gas emissions in the UK",
    ),
    ("The minimum wage will rise to £12.21 an hour in April.", "£12.21", "per hour"),
    (
        "Ryanair, Europe's biggest airline by passengers, carried 19.3 million people in July.",
        "19.3 million",
        "people",
    ),
    (
        "Energy bills, which peaked at £4,279 a year in 2022, are now about £1,700.",
        "£1,700",
        "energy bills",
    ),
    (
        "The UK's population grew by 610,000 in the year to mid-2022, driven by migration.",
        "610,000",
        "UK's population",
    ),
    (
        "Output at the plant, which employs 2,500 workers, has halved since 2019.",
        "2,500",
        "workers",
    ),
    (
        "Construction of the stadium is expected to cost around $1.9 billion.",
        "$1.9 billion",
        "construction of the stadium",
    ),
    (
        "The typhoon, packing winds of 230km/h, forced the evacuation of 500,000 people.",
        "500,000",
        "people",
    ),
    ("Lithium prices have plunged by more than 80% since late 2022.", "80%", "lithium prices"),
    (
        "Premier League clubs spent a record £2.36bn in the summer transfer window.",
        "£2.36bn",
        "summer transfer window",
    ),
    (
        "The number of people sleeping rough in London jumped 26% to 4,780.",
        "4,780",
        "number of people sleeping rough in London",
    ),
    (
        "The aircraft can fly 8,000 nautical miles without refuelling.",
        "8,000 nautical miles",
        "aircraft",
    ),
    # fifth batch, measured before the changes it led to
    (
        "A magnitude 7.4 earthquake struck off the coast of Taiwan on Wednesday.",
        "7.4",
        "earthquake",
    ),
    (
        "China accounted for 31% of global manufacturing output in 2023.",
        "31%",
        "share of global manufacturing output",
    ),
    ("The Saudi fund bought a 10% stake in Heathrow for about £1bn.", "10%", "stake in Heathrow"),
    (
        "The retailer reported a 7% rise in like-for-like sales over Christmas.",
        "7%",
        "rise in like-for-like sales",
    ),
    (
        "Nearly one in four children in the UK live in poverty.",
        "one in four",
        "share of children in the UK",
    ),
    ("Police arrested 12 people after clashes outside the stadium.", "12", "people"),
    ("The hurricane killed at least 230 people across six states.", "230", "people"),
    ("More than 8,000 migrants arrived on the island in a single day.", "8,000", "migrants"),
    (
        "The airline cancelled 1,400 flights over the weekend as storms hit the east coast.",
        "1,400",
        "flights",
    ),
    ("The company employs about 160,000 people worldwide.", "160,000", "people"),
    (
        "Japan's population fell by 837,000 last year to 123.8 million.",
        "837,000",
        "Japan's population",
    ),
    (
        "Japan's population fell by 837,000 last year to 123.8 million.",
        "123.8 million",
        "Japan's population",
    ),
    ("The group said 40 of its 300 stores would close by March.", "40", "stores"),
    (
        "Two-thirds of voters said the economy was their top concern.",
        "Two-thirds",
        "share of voters",
    ),
    ("The S&P 500 gained 1.1%, while the Nasdaq rose 1.7%.", "1.7%", "Nasdaq"),
    ("The treaty was signed by 196 countries in Paris in 2015.", "196", "countries"),
    (
        "The film has grossed $1.3 billion worldwide since its release in July.",
        "$1.3 billion",
        "film",
    ),
    ("The rocket's first stage stands 71 metres tall.", "71 metres", "rocket's first stage"),
    (
        "Global sales of electric vehicles reached 14 million in 2023, about 18% of all cars sold.",
        "14 million",
        "global sales of electric vehicles",
    ),
    (
        "Global sales of electric vehicles reached 14 million in 2023, about 18% of all cars sold.",
        "18%",
        "share of all cars sold",
    ),
    ("The agency estimates that 25 million people need humanitarian aid.", "25 million", "people"),
    ("Average rents in Berlin have risen 44% in five years.", "44%", "average rents in Berlin"),
    (
        "The drug cut the risk of heart attack by 20% in a trial of 17,600 patients.",
        "20%",
        "risk of heart attack",
    ),
    (
        "The drug cut the risk of heart attack by 20% in a trial of 17,600 patients.",
        "17,600",
        "patients",
    ),
    ("Household debt in South Korea is equivalent to 93% of GDP.", "93%", "share of GDP"),
    (
        "The tech giant's quarterly profit rose to $21.9 billion, or $2.89 a share.",
        "$21.9 billion",
        "quarterly profit",
    ),
    (
        "Sea ice in the Antarctic shrank to 1.99 million square kilometres in February.",
        "1.99 million square kilometres",
        "sea ice in the Antarctic",
    ),
    # sixth batch, measured before the change it led to
    (
        "Sainsbury's said underlying profit rose 5.1% to £701m in the year to March.",
        "£701m",
        "underlying profit",
    ),
    (
        "France's budget deficit widened to 5.5% of GDP last year, above the EU's 3% limit.",
        "5.5%",
        "share of GDP",
    ),
    (
        "The Nikkei 225 index plunged 12.4% on Monday, its worst day since 1987.",
        "12.4%",
        "Nikkei 225 index",
    ),
    (
        "The death toll from the floods in Libya has risen to more than 11,300.",
        "11,300",
        "death toll from the floods in Libya",
    ),
    (
        "Boeing, which employs about 170,000 people, plans to cut 10% of its workforce.",
        "170,000",
        "people",
    ),
    (
        "Boeing, which employs about 170,000 people, plans to cut 10% of its workforce.",
        "10%",
        "share of its workforce",
    ),
    ("The heat dome pushed temperatures above 40C across much of Texas.", "40C", "temperatures"),
    (
        "Argentina's annual inflation rate slowed to 236.7% in July.",
        "236.7%",
        "Argentina's annual inflation rate",
    ),
    (
        "The central bank kept its key policy rate unchanged at 6.5% for a ninth consecutive "
        "meeting.",
        "6.5%",
        "key policy rate",
    ),
    ("The broadcaster will shed 500 jobs as part of a plan to save £200m a year.", "500", "jobs"),
    (
        "A one-bedroom flat in central London now rents for an average of £2,500 a month.",
        "£2,500",
        "per month",
    ),
    ("The ship is 362 metres long and can carry 6,700 passengers.", "6,700", "passengers"),
    (
        "The wildfire, which has destroyed more than 1,000 homes, was 15% contained by Sunday.",
        "1,000",
        "homes",
    ),
    (
        "Investors pulled $8.7 billion from US equity funds in the week to Wednesday.",
        "$8.7 billion",
        "US equity funds",
    ),
    (
        "The chancellor announced a £22bn black hole in the public finances.",
        "£22bn",
        "black hole in the public finances",
    ),
    (
        "Egg prices have tripled in the past year, reaching $4.82 a dozen in January.",
        "$4.82",
        "egg prices",
    ),
    ("Turkey's central bank hiked its main rate by 500 basis points to 50%.", "50%", "main rate"),
    (
        "The airport handled 79.2 million passengers last year, still below its 2019 peak.",
        "79.2 million",
        "passengers",
    ),
    (
        "The deal, which still needs regulatory approval, values Figma at $20 billion.",
        "$20 billion",
        "valuation of Figma",
    ),
    (
        "The bank's shares, which have fallen 30% this year, closed 2% higher on Friday.",
        "30%",
        "bank's shares",
    ),
    (
        "Over 70% of the country's electricity comes from nuclear power.",
        "70%",
        "share of the country's electricity",
    ),
    ("The glacier has lost 40 metres of ice thickness since 2000.", "40 metres", "ice thickness"),
    (
        "Wheat futures in Chicago jumped as much as 6% after Russia's announcement.",
        "6%",
        "wheat futures in Chicago",
    ),
    (
        "The government will borrow a further £28bn this year to fund its spending plans.",
        "£28bn",
        "borrowing",
    ),
    (
        "Foreign direct investment into China fell to $33 billion last year, the lowest in "
        "three decades.",
        "$33 billion",
        "foreign direct investment into China",
    ),
    # seventh batch (round 2), measured before the changes it led to: 11/30 right before,
    # 30/30 after
    (
        "Canada's jobless rate ticked up to 6.4% in June, Statistics Canada said.",
        "6.4%",
        "jobless rate",
    ),
    (
        "Japan's Nikkei 225 closed down 2.3% on Friday as exporters slid on a stronger yen.",
        "2.3%",
        "Nikkei 225",
    ),
    ("On Wall Street, the S&P 500 added 0.9% to end at a record.", "0.9%", "S&P 500"),
    (
        "Ether dropped as much as 10% to $2,900 in Asian trading, its steepest fall since March.",
        "$2,900",
        "Ether",
    ),
    (
        "Gold futures settled 1.1% higher on Thursday as the dollar weakened.",
        "1.1%",
        "gold futures",
    ),
    (
        "The new Thames crossing in Kent will cost at least £9bn, National Highways said.",
        "£9bn",
        "cost of the new Thames crossing",
    ),
    (
        "The cost of the rail link between Dublin and its airport has risen to €9.5bn, a review "
        "found.",
        "€9.5bn",
        "cost of the rail link between Dublin and its airport",
    ),
    (
        "The average journey time between Manchester and Leeds is 55 minutes.",
        "55 minutes",
        "average journey time between Manchester and Leeds",
    ),
    (
        "The blaze has scorched more than 4,000 hectares near Athens, officials said.",
        "4,000 hectares",
        "",
    ),
    (
        "The judge put him on probation for two years after he admitted the offence.",
        "two years",
        "probation",
    ),
    (
        "Turnout fell to 59.7% from 67.3% in 2019, a drop of 7.6 percentage points.",
        "7.6 percentage points",
        "turnout",
    ),
    ("Quarterly sales rose to $4.1bn, an increase of 12%.", "12%", "quarterly sales"),
    (
        "Temperatures in Phoenix reached 118F (47.8C) on Sunday, the weather service said.",
        "47.8C",
        "temperatures in Phoenix",
    ),
    (
        "The storm brought sustained winds of 120 mph (193 km/h) as it made landfall.",
        "193 km/h",
        "sustained winds",
    ),
    (
        "The line will add 30 miles (48km) of new track by 2030.",
        "48km",
        "new track",
    ),
    ("Economists had expected a reading of 2.5%, the poll showed.", "2.5%", "reading"),
    (
        "Copper traded at $9,800 a tonne on Monday, having climbed 14% since January.",
        "14%",
        "copper",
    ),
    (
        "Group revenue rose 6%, with subscriptions up 11% and advertising down 3%.",
        "11%",
        "subscriptions",
    ),
    (
        "Group revenue rose 6%, with subscriptions up 11% and advertising down 3%.",
        "3%",
        "advertising",
    ),
    (
        "The port handled 12.4 million containers in 2023, up 8% on the year before.",
        "8%",
        "containers",
    ),
    (
        "The agency forecast this year's maize harvest at 15.2 million tonnes.",
        "15.2 million tonnes",
        "maize harvest",
    ),
    (
        "Insurers put the cost of the clean-up at $2bn, a person familiar with the matter said.",
        "$2bn",
        "cost of the clean-up",
    ),
    # A bare count refers back to what the sentence before counts, not to an amount there
    # or a possessive's "s".
    (
        "Within three seconds, Gogoro’s battery-swap sites cut their load. Back then they "
        "numbered about 12,500.",
        "12,500",
        "battery-swap sites",
    ),
    (
        "A survey found only about 16,500 fuel-cell vehicles actually on the road.",
        "16,500",
        "fuel-cell vehicles",
    ),
    # "-plus" after the amount qualifies it; the noun follows.
    (
        "By mid-year the country had about 21,000 fuel-cell vehicles on the road and 400-plus "
        "refuelling stations.",
        "400",
        "refuelling stations",
    ),
    # (extractor 0.5.62, j42) a time is no noun
    (
        "• 280 exaflops: the country's total computing power at the end of 2024, up from 230 "
        "exaflops in mid-2024, as operators race to serve AI models.",
        "230 exaflops",
        "",
    ),
    # (extractor 0.5.61, t42) a bare count refers back past an opening clause setting the scene
    (
        "Spread over more than 2,500 sites, the firm had about 12,500 swap stations across "
        "Taiwan at the time. It now runs nearly 13,000, it said.",
        "13,000",
        "swap stations",
    ),
    # (extractor 0.5.60, t42) a hyphenated word counted, not a unit, is the noun's
    (
        "Prompts must stay under a 200-character ceiling and work best in Chinese.",
        "200",
        "character ceiling",
    ),
    # (extractor 0.5.59, a43) so is "or so", "or more"
    (
        "The operator, Youon, has rolled out thousands of these bikes in Beijing and Shanghai, "
        "and it is hardly alone: one reporter who tried to count found that it faces six or so "
        "competitors in hydrogen bikes.",
        "six",
        "competitors",
    ),
    # A figure word with a clause of its own names the figure, not what it counts (the fact
    # tracker carries the noun of the figure before).
    (
        "An earlier version said the fund held 16,000 bitcoins; the number cited by prosecutors "
        "is approximately 61,000.",
        "61,000",
        "number",
    ),
    (
        "That was a transcription error: the figure we intended to cite was roughly 21,000.",
        "21,000",
        "figure",
    ),
    (
        "The national tally stood at a little over eighteen thousand last summer.",
        "eighteen thousand",
        "tally",
    ),
    # A source's figure for something: "put … at" names it, its date and owner aside.
    (
        "A tally of registered swap sites compiled by an industry association put the number at"
        " roughly 10,000 in June.",
        "10,000",
        "registered swap sites",
    ),
    (
        "A count of charging stations by the ministry put the total at 3,400.",
        "3,400",
        "charging stations",
    ),
    (
        "A tally by the research firm put the mid-2024 fleet at just 16,800, arguing that many "
        "buses were idle.",
        "16,800",
        "fleet",
    ),
    (
        "Some linguists put the practical total of Chinese characters far lower, at about "
        "60,000, though the point about the mismatch stands.",
        "60,000",
        "practical total of Chinese characters",
    ),
    (
        "Drone Analyst, a research firm, puts the share lower, at nearer 70%.",
        "70%",
        "share",
    ),
    (
        "A think tank put the number of racks at 6.5 million standard units.",
        "6.5 million",
        "number of racks",
    ),
    # a hedge between the verb and the figure is no noun (r41)
    (
        "A researcher at a Beijing lab told this publication the share was likely closer to 70%.",
        "70%",
        "",
    ),
    # a pronoun put at a figure: its noun is the one before, carried (e41)
    (
        "A Shanghai municipal official I spoke with put it at twelve, though he admitted some "
        "of them may exist only on paper.",
        "twelve",
        "",
    ),
    (
        "An estimate from an analytics firm put Uber’s active riders in June 2024 at about 150 "
        "million, well below the company’s own claim.",
        "150 million",
        "active riders",
    ),
    (
        "A survey by an advertising agency put regular X use at closer to 12 percent that "
        "year, but even that figure left a gap.",
        "12 percent",
        "regular X use",
    ),
    (
        "Traffic crawled through the city centre, with speeds averaging 11 mph.",
        "11 mph",
        "speeds",
    ),
    (
        "The survey of 2,000 adults has a margin of error of plus or minus 2.2 percentage points.",
        "2.2 percentage points",
        "margin of error",
    ),
    (
        "The oak in the village square is thought to be about 500 years old.",
        "500 years",
        "age of the oak",
    ),
    (
        "More than 40,000 patients have been waiting over two years for hip operations.",
        "two years",
        "hip operations",
    ),
    (
        "Forecasters said the cold snap could last another ten days.",
        "ten days",
        "cold snap",
    ),
    (
        "House prices in the three months to July were 2.1% higher than a year earlier.",
        "2.1%",
        "house prices",
    ),
    (
        "House prices in the three months to July were 2.1% higher than a year earlier.",
        "three months",
        "",
    ),
    (
        "The yield on the 30-year German bund rose 9 basis points on Tuesday.",
        "30-year",
        "German bund",
    ),
    # eighth batch, written after the round-2 changes to check they generalise: 14/16 right
    # when first run ("Profit before tax", "saw its shares soar" then fixed)
    (
        "The pan-European Stoxx 600 index ticked down 0.2% by the close.",
        "0.2%",
        "Stoxx 600 index",
    ),
    (
        "Average weekly earnings crept up to £690 in the three months to May, the ONS said.",
        "£690",
        "average weekly earnings",
    ),
    (
        "Average weekly earnings crept up to £690 in the three months to May, the ONS said.",
        "three months",
        "",
    ),
    (
        "The number of vacancies fell to 889,000, a decline of 30,000 on the previous quarter.",
        "30,000",
        "number of vacancies",
    ),
    (
        "The carmaker sold 1.8 million vehicles last year, down 3% from 2022.",
        "3%",
        "vehicles",
    ),
    ("Profit before tax was £2.1bn, the lender said.", "£2.1bn", "profit before tax"),
    (
        "Pre-tax profit rose to £2.1bn, with mortgage lending up 9% and deposits down 4%.",
        "4%",
        "deposits",
    ),
    (
        "Sales at the chain's stores in Germany slipped 2.5% to €3.4bn in the half.",
        "€3.4bn",
        "sales at the chain's stores in Germany",
    ),
    (
        "The restoration of the Palace of Westminster could cost as much as £22bn, a report found.",
        "£22bn",
        "cost of the restoration of the Palace of Westminster",
    ),
    (
        "The journey between Paris and Berlin on the new sleeper service takes 14 hours.",
        "14 hours",
        "journey between Paris and Berlin",
    ),
    (
        "He was held in custody for 72 hours before being released without charge.",
        "72 hours",
        "custody",
    ),
    ("The tower, which is 120 years old, will be restored.", "120 years", "age"),
    (
        "Rents in the year to March were 9.2% higher than a year earlier.",
        "9.2%",
        "rents",
    ),
    ("The IMF forecast growth of 3.2% for this year.", "3.2%", "growth"),
    ("Nasdaq-listed Arm saw its shares soar 25% on Thursday.", "25%", "shares"),
    ("In 2023 sales at the group rose 5%.", "5%", "sales at the group"),
    # ninth batch, also written after the round-2 changes: 26/31 claims right on first run
    # (the four below that were wrong then fixed; "142.8p a month ago" is read as a rate)
    (
        "The average two-year fixed mortgage rate fell to 5.93%, Moneyfacts said.",
        "5.93%",
        "average two-year fixed mortgage rate",
    ),
    (
        "The average two-year fixed mortgage rate fell to 5.93%, Moneyfacts said.",
        "two-year",
        "fixed mortgage rate",
    ),
    (
        "The world's population is projected to peak at 10.3 billion in the mid-2080s.",
        "10.3 billion",
        "world's population",
    ),
    ("A litre of petrol now costs 145.2p on average.", "145.2p", "cost of a litre of petrol"),
    (
        "Ryanair carried 19.3 million passengers in June, 10% more than a year earlier.",
        "10%",
        "passengers",
    ),
    (
        "Brent crude was up 65 cents, or 0.8%, at $83.20 a barrel by 1030 GMT.",
        "0.8%",
        "Brent crude",
    ),
    (
        "The death toll from the earthquake has risen to more than 2,000, officials said.",
        "2,000",
        "death toll from the earthquake",
    ),
    ("Shares in Rio Tinto closed 3.4% lower in London.", "3.4%", "shares in Rio Tinto"),
    # tenth batch, written after the ninth's changes: 26/32 claims right on first run (the
    # five below that were wrong then fixed; "draws up to 1,200 watts" is left as "draws")
    (
        "Obesity rates among children aged 10 to 11 have climbed to 22.7%.",
        "22.7%",
        "obesity rates among children aged 10 to 11",
    ),
    (
        "The deficit widened to $1.7 trillion in the fiscal year ended Sept. 30.",
        "$1.7 trillion",
        "deficit",
    ),
    (
        "Global sales of electric cars are expected to reach 17 million this year.",
        "17 million",
        "global sales of electric cars",
    ),
    ("The ECB kept its deposit rate unchanged at 4%.", "4%", "deposit rate"),
    (
        "The blaze took 150 firefighters six hours to bring under control.",
        "150",
        "firefighters",
    ),
    (
        "The company will cut 1,500 jobs, about 8% of its workforce.",
        "8%",
        "share of its workforce",
    ),
    # eleventh batch, written after the tenth's changes: 22/27 claims right on first run (the
    # four below that were wrong then fixed; "The film took $1.4 billion" is left empty)
    (
        "Officials said the tunnel, which runs for 57 km under the Alps, will open in 2032.",
        "57 km",
        "tunnel",
    ),
    ("The spacecraft travelled 4.5 billion km to reach Pluto.", "4.5 billion km", "spacecraft"),
    (
        "The minimum wage for workers aged 21 and over will rise by 9.8% to £11.44 an hour.",
        "9.8%",
        "minimum wage for workers aged 21 and over",
    ),
    ("Hamilton finished 1.2 seconds behind Verstappen.", "1.2 seconds", ""),
    (
        "The firm's pre-tax profit slumped 45% to £512m.",
        "£512m",
        "pre-tax profit",
    ),
    (
        "Britain's budget deficit was £120.7bn in the last financial year, or 4.4% of GDP.",
        "4.4%",
        "share of GDP",
    ),
    # twelfth batch, written after the eleventh's changes: 21/26 claims right on first run
    # (the four below that were wrong then fixed; "found that 41% had been caught" is left
    # empty, its group named only before "found")
    (
        "The iPhone 15 Pro weighs 187 grams and has a 6.1-inch display.",
        "187 grams",
        "iPhone 15 Pro",
    ),
    (
        "A magnitude 6.4 earthquake struck southern Taiwan, injuring at least 27 people.",
        "magnitude 6.4",
        "earthquake",
    ),
    (
        "The central bank bought 12 tonnes of gold in March, its 17th straight month of purchases.",
        "12 tonnes",
        "gold",
    ),
    (
        "A survey of 2,000 drivers found that 41% had been caught by a speed camera.",
        "2,000",
        "drivers",
    ),
    ("Thames Water's debts stand at around £15bn.", "£15bn", "Thames Water's debts"),
    ("The bill would raise the debt ceiling by $4 trillion.", "$4 trillion", "debt ceiling"),
    # thirteenth batch, written after the twelfth's changes: 21/25 claims right on first run
    # (the two below that were wrong then fixed; "The wildfire, now 40% contained" and "voted
    # 372 to 251" are left empty)
    (
        "Inflation in Argentina slowed to a monthly 8.8% in April.",
        "8.8%",
        "inflation in Argentina",
    ),
    (
        "The US economy expanded at a 1.6% annual pace in the first quarter.",
        "1.6%",
        "US economy",
    ),
    (
        "The population of Japan shrank by a record 837,000 in 2023.",
        "837,000",
        "population of Japan",
    ),
    (
        "Ridership on the Brightline high-speed service rose 30% last year.",
        "30%",
        "ridership on the Brightline high-speed service",
    ),
    ("The Met Office said 90mm of rain fell in 12 hours.", "90mm", "rain"),
    (
        "Vietnam's coffee exports in the first half jumped 20% to 1 million tonnes.",
        "1 million tonnes",
        "coffee exports",
    ),
    # fourteenth batch, written after the thirteenth's changes: 17/21 claims right on first
    # run ("remains high at" then fixed; "533 points" keeps its unit as the noun, "2.2 billion
    # people lack access" and "two-thirds of the firms surveyed plan" keep a verb)
    ("Unemployment in Spain remains high at 11.7%.", "11.7%", "unemployment in Spain"),
    (
        "The Dow Jones Industrial Average fell 533 points, or 1.3 percent.",
        "1.3 percent",
        "Dow Jones Industrial Average",
    ),
    (
        "Samsung's share of the smartphone market slipped to 19%.",
        "19%",
        "Samsung's share of the smartphone market",
    ),
    # fifteenth batch, written after the fourteenth's changes: 18/22 claims right on first run
    # (the four below that were wrong then fixed)
    (
        "The new reactor design could cut construction costs by up to 30%.",
        "30%",
        "construction costs",
    ),
    (
        "The number of electric vehicles on UK roads passed one million in May.",
        "one million",
        "number of electric vehicles on UK roads",
    ),
    (
        "The settlement requires the company to pay $725 million to users.",
        "$725 million",
        "payment",
    ),
    (
        "The film's opening weekend haul of $156 million beat forecasts.",
        "$156 million",
        "opening weekend haul",
    ),
    ("The strike dealt a $5bn hit to profits.", "$5bn", "hit"),
    # a count with its own "number of" subject after another count: not that count's pair
    (
        "By March the fleet had grown to 28,000 buses and the number of depots had reached 540.",
        "540",
        "number of depots",
    ),
    (
        "Revenue rose 8% to $4.1 billion, while the number of subscribers grew to 12 million.",
        "12 million",
        "number of subscribers",
    ),
    # "the figure", "the tally" name the amount before again
    (
        "Officials counted 312 deaths on Monday; by Wednesday the tally had risen to 540.",
        "540",
        "deaths",
    ),
    (
        "More than 2.1 million households were connected by 2023; the utility now puts the figure "
        "at about 2.6 million.",
        "2.6 million",
        "households",
    ),
    # batch 16: a share of a group the sentence names by "those" or "these"
    (
        "A university team found that 62 of those 100 tokens came from spam sites.",
        "62",
        "tokens",
    ),
    ("Inspectors said 14 of these 40 reactors need repairs.", "14", "reactors"),
    ("A second audit found faults in 9 of the same 40 reactors.", "9", "reactors"),
    ("They put the figure at about sixty of the top 100 tokens.", "sixty", "tokens"),
    ("Inspectors cleared 31 of the first 50 reactors.", "31", "reactors"),
    # batch 16: a time between a sum and what it is for
    (
        "Wuhan set aside 17bn yuan in 2024 for an infrastructure package.",
        "17bn yuan",
        "infrastructure package",
    ),
    ("The city spent $5 million last year on new buses.", "$5 million", "new buses"),
    # batch 17: a figure named only as a count or figure is of what the one before counts; a
    # share written "nine in ten" counts what follows it
    (
        "Officials said 3.2 million homes were connected, but the regulator's own annual audit "
        "gives a figure of about 2.7 million for the same period.",
        "2.7 million",
        "homes",
    ),
    (
        "Operators said 4,000 electric buses were running in mid-2024, although the transport "
        "bureau's own count for mid-2024, published in its annual review, was about 4,600.",
        "4,600",
        "electric buses",
    ),
    # (j38 of the held-out follow-ups) "the number" names the figure before too
    (
        "Gogoro says more than 1.4 million of its modular batteries were in circulation by the "
        "middle of last year; an analyst at a Taipei brokerage, citing company filings for the "
        "same period, put the number closer to 1.1 million.",
        "1.1 million",
        "modular batteries",
    ),
    (
        "A review of the logs puts the figure for that outage at 830 sites.",
        "830",
        "sites",
    ),
    (
        "A trade body put the number of licensed taxis in use at mid-2024 at about 62,000.",
        "62,000",
        "number of licensed taxis",
    ),
    (
        "It sold more than nine in ten consumer drones worldwide in 2024.",
        "nine in ten",
        "share of consumer drones",
    ),
    # (a45 of the held-out follow-ups) a sum a source gives its subject in the passive
    ("DJI's own revenue is estimated at about $3.8 billion.", "$3.8 billion", "revenue"),
    ("The company's annual revenue was put at $2 billion.", "$2 billion", "annual revenue"),
]

# Known misses, keyed by (text, quote): a strict xfail with the reason.
XFAIL: dict[tuple[str, str], str] = {
    (
        "The carmaker borrowed $2 billion from a group of banks last month.",
        "$2 billion",
    ): "the 'from' clause names the lender ('group'); the seed gold keeps 'from' clauses",
    (
        "The hospital, which has 1,100 beds, serves a population of 1.5 million.",
        "1.5 million",
    ): "pipeline tries the last count's noun ('beds') before the noun the count is 'of'",
    (
        "The firm's chief executive was paid £6.3m last year, including a £3m bonus.",
        "£6.3m",
    ): "no rule turns a passive 'was paid' into 'pay'",
    # Passed only while a word of the expected noun's complement was enough (issue 14).
    (
        "Opec+ agreed to extend output cuts of 2.2 million barrels a day until the end of the "
        "year.",
        "2.2 million barrels",
    ): "the noun is the rate's 'per day', without its head 'cuts'",
    (
        "Foreign direct investment into China fell to $33 billion last year, the lowest in "
        "three decades.",
        "$33 billion",
    ): "the noun is 'China', the complement, not the head 'investment'",
    (
        "The cost of the rail link between Dublin and its airport has risen to €9.5bn, a review "
        "found.",
        "€9.5bn",
    ): "the noun is 'airport', the last word, not the head 'cost'",
    (
        "The survey of 2,000 adults has a margin of error of plus or minus 2.2 percentage points.",
        "2.2 percentage points",
    ): "the noun is 'error', the complement of 'margin'",
}


def _mention(text: str, quote: str) -> Mention | None:
    start = text.index(quote)
    end = start + len(quote)
    return next((m for m in extract(text, REFERENCE) if m.start < end and start < m.end), None)


def _noun(text: str, quote: str) -> str | None:
    m = _mention(text, quote)
    return None if m is None else m.noun


def _param(case: tuple[str, str, str]) -> Any:  # a pytest ParameterSet
    text, quote, _ = case
    reason = XFAIL.get((text, quote))
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(*case, id=f"{quote}-{text[:30]}", marks=marks)


@pytest.mark.parametrize(("text", "quote", "expected"), [_param(c) for c in CASES])
def test_noun(text: str, quote: str, expected: str) -> None:
    noun = _noun(text, quote)
    assert noun is not None, f"{quote!r} not extracted"
    assert noun_match(noun, expected), f"{quote!r}: noun {noun!r}, expected {expected!r}"


@pytest.mark.parametrize(
    ("text", "quote", "expected"),
    [
        (
            "Chinese users must map some 100,000 characters onto a keyboard with a few dozen keys.",
            "100,000",
            "characters",
        ),
        ("Dockworkers loaded 4,000 containers onto the ship overnight.", "4,000", "containers"),
        # (extractor 0.5.48, r41 and b41 of the fact follow-ups) a bare verb after a plural noun
        (
            "DJI's advantage rests on the supply chain around Shenzhen, where thousands of "
            "component factories sit within driving distance of its assembly lines.",
            "thousands",
            "component factories",
        ),
        (
            "The root of DJI's advantage lies in Shenzhen's supply chain, where thousands of "
            "component factories cluster within a short drive of each other.",
            "thousands",
            "component factories",
        ),
        ("Some 200 buses run on hydrogen in Foshan.", "200", "buses"),
        # (extractor 0.5.53, p41) a later clause's own subject, not the figure before's noun
        (
            "Analytics firm QuestMobile counts fewer, around 480 million monthly actives, and "
            "the app's daily actives are closer to 400 million.",
            "400 million",
            "app's daily actives",
        ),
        # (extractor 0.5.49, c42) what a part of a possessive's whole counts
        (
            "The headline finding was that upwards of 90 of the model's 100 longest Chinese "
            "tokens came from gambling and pornography sites.",
            "90",
            "longest Chinese tokens",
        ),
        # a bare count of what the sentence before counted, not its verb in "s"
        (
            "China still trails South Korea, which had about 38,000 fuel-cell cars on the road."
            " Japan counts about 8,900.",
            "8,900",
            "fuel-cell cars",
        ),
        # the figure a sentence compares its own with counts the same
        (
            "More than 1.6 million of its batteries are in circulation, a spokesperson said this"
            " week, compared with about 1.4 million a year ago.",
            "1.4 million",
            "batteries",
        ),
        # … or says it falls short of it (c44 of the held-out follow-ups), not what the
        # sentence before counted
        (
            "The growth has not been without doubters. A note from a Taipei brokerage last year"
            " argued that only around 11,000 of the firm's sites were fully operational at the"
            " time, well short of the 12,500 it advertised.",
            "12,500",
            "firm's sites",
        ),
        # a name and its verb after the amount are no noun (k43)
        (
            "Sites that paused charging during the outages: 370, according to a review by state"
            " utility Taipower, well short of the more than five hundred Gogoro reported at the"
            " time.",
            "five hundred",
            "",
        ),
        # "of them" counts a group named before, not a sum's unit
        (
            "She has sold goodnight messages at one yuan each, or about 14 US cents, and has sent"
            " more than fifty thousand of them.",
            "fifty thousand",
            "goodnight messages",
        ),
        # … nor "last month" (its "has" is no plural)
        (
            "She told an interviewer last month she has now sent more than 60,000 of them.",
            "60,000",
            "",
        ),
        (
            "The firm makes portable batteries, more than 1.4 million of which are in use.",
            "1.4 million",
            "portable batteries",
        ),
        # A comparison's subject, and "according" is no noun (a43, b43)
        (
            "Its daily user base is smaller, at roughly 400 million according to its quarterly"
            " results.",
            "400 million",
            "daily user base",
        ),
        ("Its daily audience is smaller, at roughly 408 million.", "408 million", "daily audience"),
        # The figure named, not what it counts (that is carried from the figure before).
        (
            '"The 4,000 number leaves out buses parked in depots," said the bureau’s head.',
            "4,000",
            "number",
        ),
    ],
)
def test_a_noun_ends_where_its_phrase_does(text: str, quote: str, expected: str) -> None:
    # Exact: "characters onto", "number leaves out buses" would pass the evaluation's lenient
    # comparison.
    assert _noun(text, quote) == expected


def test_cases_are_distinct() -> None:
    assert len({(t, q) for t, q, _ in CASES}) == len(CASES)


if __name__ == "__main__":
    right = 0
    for text, quote, expected in CASES:
        noun = _noun(text, quote)
        ok = noun is not None and noun_match(noun, expected)
        right += ok
        if not ok:
            print(f"WRONG {quote!r}: {noun!r} != {expected!r} | {text}")
    print(f"nouns right {right}/{len(CASES)} ({right / len(CASES):.3f})")


@pytest.mark.parametrize(
    ("noun", "counted"),
    [
        ("company's own daily-user figure", "daily-user"),
        ("the rack total", "rack"),
        ("the official fleet figure", "fleet"),
        ("the alliance's own count", ""),
        ("our own count", ""),
        ("his own tally", ""),
        ("a lower tally", ""),
        ("the June figure", ""),
        ("the mid-2024 figure", ""),
        ("hydrogen vehicles", ""),
    ],
)
def test_what_a_figure_words_modifier_counts(noun: str, counted: str) -> None:
    assert counted_before_figure(noun) == counted
