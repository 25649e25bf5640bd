"""Page junk in the shapes of outlets the rules were not written on: wire headers and end marks,
datelines split from the story, broadcaster lines, site furniture. Each kind is written here on
invented outlets, places and people, in several spellings; story sentences that start the same
way stay whole."""

from __future__ import annotations

import pytest

from bylines.ingest.clean import clean_article
from bylines.types import Article
from cleaned import clean

BEFORE = "The Quellmoor ferry was halted on Friday after a hull crack was found, the operator said."
AFTER = "About 300 passengers were taken back to Dunnock pier by lifeboat crews."


WIRE_MARKS = [
    "KPS 0412 NORTH COAST/STORM (FLASH)",  # wire headers: codes, numbers, slugs, tags
    "XNA0311 2 VRL /XNA-Varrow-Port",
    "DW 1150 HARBOUR/STRIKE (CORRECTED)",
    "KW-PORTS/VARROW-STRIKE (URGENT)",  # a slug joined by hyphens and slashes
    "VR-SHIPPING/DUNNOCK-FERRY",
    "hj/ok",  # editors' initials on a line of their own
    "ab/cd/ef",
    "KPS ends /",  # the end of a wire item
    "ENDS",
    "-ends-",
    "End of item",
    "Ref: KPS-COAST-0412-STORM",  # a reference code under a label
    "Story ref. 4410-B",
    "((lena.varga@coastwire.example; +47 5550 1200))",  # a contact in brackets
    "(Contact: ivo.rask@varrowpress.example)",
    "(Coast Wire)",  # a closing credit in brackets
    "(Varrow Press Agency)",
]


LOOK_LIKE_WIRE_MARKS = [
    "Flight VA2490 to Dunnock was cancelled, the airline said.",
    "The M25 was closed in both directions.",
    "Ends of the old pier were washed away in the storm.",
    "Reference to the 1998 sinking was made at the inquiry.",
    "(The operator declined to comment.)",
    "Inspectors counted 12 cracks on the hull and 3 on the bow/stern joints.",
]


@pytest.mark.parametrize(
    ("header", "dateline"),
    [
        ("KPS 0412 NORTH COAST/STORM (FLASH)", "DUNNOCK, Varrow, March 5 (Coast Wire) -"),
        ("Unknown header line without a stop", "QUELLMOOR, Varrow, Oct 9 (KPS) -"),
        # another mark than a dash after the agency in brackets
        ("", "QUELLMOOR, Varrow, Nov 7 (Coast Wire) ^"),
        ("", "DUNNOCK, March 5 (KPS) ::"),
        ("", "Dunnock, Varrow Coast -"),  # a place in ordinary case, a region after the comma
        ("", "Quellmoor, March 5 —"),
    ],
)
def test_dateline_is_cut_from_the_lead_below_a_header(header: str, dateline: str) -> None:
    article = clean(f"{header}\n{dateline} {BEFORE}\n{AFTER}")
    assert article.text.endswith(f"{BEFORE}\n{AFTER}")
    assert dateline in article.removed
    assert all(dateline not in line for line in article.text.split("\n"))


@pytest.mark.parametrize(
    "lead",
    [
        "In Dunnock, Varrow – the port town – the ferry was halted on Friday.",
        "Meanwhile, Vestline - Ferries said the ship would sail on Monday.",
        "On Monday, March 5 - The day the ferry sank - the crew was paid.",
        "Dunnock, Varrow - the port town - halted its ferry on Friday.",
    ],
)
def test_a_lead_that_opens_like_a_plain_dateline_stays(lead: str) -> None:
    article = clean(f"{lead}\n{AFTER}")
    assert article.text == f"{lead}\n{AFTER}"
    assert article.removed == ()


SITE_AND_BROADCAST_LINES = [
    "Our correspondent Ana Lind is at the pier.",  # a broadcaster's line about its reporter
    "Our reporter, Ivo Rask, is in Dunnock",
    "Our harbour reporter Ivo Rask is now outside the ferry office.",
    "Next bulletin at nine · Listen on the VRT app · Varrow Radio 101.2 FM",  # a footer
    "Next news bulletin at six",
    "More on this and the rest of the day's news on Varrow Radio at nine.",  # trailers
    "More on this story in our bulletin later",
    "We'll bring you more as we hear it.",
    "We will keep you posted as the search goes on.",
    "This page will be updated as news comes in.",
    "Skip to main content",  # site furniture
    "Skip to content",
    "This site uses cookies. OK | Details",
    "This app uses cookies to remember your settings.",
    "Also in the Herald: Five ferries that sank | The harbour in numbers",  # links
    "Related stories: Dunnock pier reopens | New lifeboat for Varrow",
    "More about Ferries: Why hulls crack",
    "Our pictures: crews at the pier on Friday",  # photo labels
    "Gallery: the storm over Dunnock",
    "This is 2 of 5 free stories this month. Log in for more.",  # a meter of free articles
    "You have 1 free article left",
    "Seen something? Tips to news@varrowpost.example",  # tip-offs
    "Know more? Write to desk@dunnock-today.example",
    "Saw the ferry go aground? Text 0100 2000",
    "Last modified: 3 March 2026 17:05",  # stamps with more words around them
    "Last edited 3 March 2026, 17:05",
    "Posted Tuesday 3 March 2026 at 09:40 by the newsdesk",
    "From Ana Lind, Transport Correspondent",  # a byline opening with "From"
    "From Ivo Rask, Chief Harbour Reporter",
]


LOOK_LIKE_SITE_LINES = [
    "Our correspondent Ana Lind was in the ferry office when the alarm sounded.",
    "Our reporter Ivo Rask is in no doubt that the crossing was unsafe, the union said.",
    "Our reporters spoke to 40 passengers at the pier.",
    "The next bulletin from the coastguard is due at five.",
    "More on the inquiry will be published next month, the minister said.",
    "We will bring the ferry back into service in May, the operator said.",
    "The ferry operator was fined for its use of cookies on the booking site.",
    "Also in the harbour were two fishing boats that helped with the rescue.",
    "Passengers who want refunds can write to claims@vestline.example, the operator said.",
    "Call 0100 2000 if you were on board, police said.",
    "Posted to the island in 2019, the captain knew the reef well.",
    "From Dunnock, the ferry normally takes two hours to reach the mainland.",
    "From Ana Lind, the harbour master, came the first warning.",
    "Last week the ferry passed its annual inspection.",
]


@pytest.mark.parametrize(
    "masthead",
    [
        "Dunnock Today – news from the harbour",  # named again in the story
        "Varrow Coast Times - your coast, every day",  # an outlet word in the name
    ],
)
def test_masthead_with_a_motto_under_the_headline_goes(masthead: str) -> None:
    story = "The ferry was halted on Friday, Dunnock Today has learned."
    article = clean(f"Ferry halted after hull crack\n{masthead}\n{story}\n{AFTER}")
    assert article.text == f"{story}\n{AFTER}"
    assert masthead in article.removed


@pytest.mark.parametrize(
    "subheading",
    [
        "Dunnock Harbour – 300 passengers stranded",  # a figure: news, not a motto
        "Quellmoor Ferry - what went wrong",  # a name not named again, no outlet word
    ],
)
def test_a_subheading_that_looks_like_a_masthead_stays(subheading: str) -> None:
    article = clean(f"Ferry halted after hull crack\n{subheading}\n{BEFORE}\n{AFTER}")
    assert subheading in article.text.split("\n")


@pytest.mark.parametrize(
    "headline",
    [
        "Marlow - Benz buys another supplier, chases Voss",  # a hyphen spaced by a tokeniser
        "5. 8 - magnitude quake strikes Dunnock bay",
        "Red Kites - Holm Rumour",
    ],
)
def test_a_headline_split_at_a_hyphen_is_no_masthead(headline: str) -> None:
    story = (
        "Marlow said on Monday it had agreed to buy a rival; Red Kites and Holm declined comment."
    )
    article = clean(f"Business news in brief\n{headline}\n{story}\n{AFTER}")
    assert article.text.split("\n") == [headline, story, AFTER]


MORE_KINDS = [
    "URGENT",  # a wire's priority or version
    "-- UPDATE 2 --",
    "2nd lead",
    "(Adds quotes from the harbour master, paragraphs 5-6)",  # what a new version changes
    "(Updates with the operator's statement)",
    "Words: Ana Lind",  # a labelled byline
    "Text and photos: Ivo Rask and Ana Lind",
    "Back to top",  # page controls
    "Jump to comments",
    "Print this article",
    "Reading time: 4 minutes",
    "This is a developing story and will be updated.",
    "Listen live on the Varrow Radio app",
    "Watch again on the VRT Player",
]


LOOK_LIKE_MORE_KINDS = [
    "Urgent repairs to the hull will take three weeks, the operator said.",
    "Flash floods closed the coast road on Saturday.",
    "(Adds up to a quarter of the fleet, the union says.)",
    "Words failed the captain, who wept at the pier.",
    "Back to the harbour came the second lifeboat at dawn.",
    "Reading the report, the inspector found 14 faults.",
    "Listen on the radio for evacuation orders, the mayor urged residents.",
]


@pytest.mark.parametrize(
    ("dateline", "published"),
    [
        ("DUNNOCK, March 5, 2026 (Coast Wire) -", "2026-03-05"),  # the year after the date
        ("DUNNOCK, 5 March (Coast Wire) -", None),  # the day first, no year: no date
    ],
)
def test_dateline_with_a_full_date(dateline: str, published: str | None) -> None:
    article = clean(f"{dateline} {BEFORE}\n{AFTER}")
    assert article.text == f"{BEFORE}\n{AFTER}"
    assert article.removed == (dateline,)
    assert article.source == "Coast Wire"
    assert article.published == published


ROUND_THREE = [
    "Sign in to read more",  # a wall
    "Log in to read the full story",
    "Varrow Post journalism is funded by our readers.",  # who pays
    "More from Dunnock Today",  # a heading over links
    "Trending: Pier repairs delayed | Dunnock choir wins prize",
    "Comments are moderated. Read our comment policy",
    "Read our community guidelines",
    "dunnock-today.example",  # a web address alone
    "www.varrowradio.example/live",
    "You can hear more on Varrow Radio at ten past the hour.",  # a trailer
    "Written by Ana Lind",  # a byline with its verb
    "Reported by Ivo Rask and Ana Lind",
]


LOOK_LIKE_ROUND_THREE = [
    "More from the ministry is expected on Monday.",
    "Written warnings were sent to the operator twice last year.",
    "Reported cases of hull cracks rose to 14 in 2025.",
    "You can see more damage on the east pier, the harbour master said.",
    "Comments from passengers were read out at the inquiry.",
    "Latest figures show 41 crossings were cancelled.",
]


def test_a_wire_code_the_reader_took_for_the_title_is_no_title() -> None:
    header = "KPS 0412 NORTH COAST/STORM (UPDATE 1)"
    article = clean_article(
        Article(id="a", text=f"{header}\nDunnock (Coast Wire) - {BEFORE}\n{AFTER}", source="a",
                title=header)
    )  # fmt: skip
    assert article.title != header
    assert article.text == f"{BEFORE}\n{AFTER}"
    assert article.source == "Coast Wire"


@pytest.mark.parametrize(
    "lead",
    [
        "Vestline (the operator) - Five people were hurt, police said.",
        "Dunnock (population 4,000) - the port town - lost its ferry.",
    ],
)
def test_a_lead_with_a_bracket_and_a_dash_is_no_dateline(lead: str) -> None:
    article = clean(f"{lead}\n{AFTER}")
    assert article.text == f"{lead}\n{AFTER}"


ROUND_FOUR = [
    "Get the Dunnock Mail delivered to your door",  # calls to buy the paper
    "Read the digital edition",
    "VRT News app: get alerts on your phone",
    "Key events",  # live-page controls
    "Show key events only",
    "Please turn on JavaScript to see live updates.",
    "Varrow Broadcasting Corporation (VBC)",  # a name and the letters it is known by
]


LOOK_LIKE_ROUND_FOUR = [
    "Get the pumps delivered to the harbour by Monday, the mayor told the council.",
    "The VRT News app crashed during the storm, its owner said.",
    "Key events of the night were recorded by the coastguard.",
    "Varrow Ferries (VF) said the crossing would resume.",
]


ROUND_FIVE = [
    "Lesen Sie auch: Fähre in Seenot",  # "read also" and "share" on European sites
    "Mehr zum Thema",
    "Lire aussi : Le ferry reste à quai",
    "Partager",
    "(dpa)",  # an agency in lower case, in brackets
    "Von Anna Lind",  # a byline in German
    "Foto: Anna Lind / Varrow Presse",
    "About us",  # site furniture
    "Sponsored by Varrow Bank",
    "Powered by Quillpress",
    "Loading comments...",
    "Newsletter",
    "Photo gallery (12)",
    "This story has been shared 1,204 times",
    "Posted in Ferries, Dunnock",  # a blog's category and tags
    "Tagged: ferry, storm",
    "Published in the Varrow Daily on 3 March 2026",
    "Ana Lind can be reached at ana@varrowdaily.example",  # the makers of the page
    "Coast Wire writer Ivo Rask contributed.",
    "Editor: Ivo Rask",
    "Edited by Ivo Rask",
    "Additional reporting: Ivo Rask and Ana Lind",
]


LOOK_LIKE_ROUND_FIVE = [
    "Edited by Ivo Rask, the harbour history sold 4,000 copies.",
    "Posted in Dunnock since 2019, the captain knew the reef well.",
    "Ad hoc repairs were made to the hull overnight.",
    "Search teams found two lifejackets on Friday.",
    "Von Trapp descendants attended the memorial service.",
    "Sponsored by the council, the lifeboat was launched in 2019.",
    "The crossing had been shared by two operators since 2019.",
    "Close to 300 passengers were on board.",
    "Ana Lind can be reached only through her lawyer, the court heard.",
    "Reporters Ivo Rask and Ana Lind contributed to the inquiry's findings.",
]


ROUND_SIX = [
    "Presented by Ana Lind",  # a broadcaster's lines
    "On air now: Varrow Drive with Ivo Rask",
    "Ana Lind reports from Dunnock.",
    "Ana Lind, Varrow Radio, Dunnock.",
    "This is Varrow Radio News.",
    "Sent: 3 March 2026 10:05",  # a wire's stamps and labels
    "Issued at 10:05 on 3 March 2026",
    "Timestamp: 2026-03-03T10:05Z",
    "Dateline: Dunnock",
    "Agency: Coast Wire",
    "Correspondents: Ana Lind (Dunnock), Ivo Rask (Varrow)",
    "Translation: Ivo Rask",
    "Page 1 of 2",  # pagination
    "Continue to page 2",
    "1 2 Next »",
    "Previous article",
    "Next article: Pier repairs delayed",
]


LOOK_LIKE_ROUND_SIX = [
    "Ana Lind, a Dunnock fisherman, saw the ferry list.",
    "Ana Lind, Dunnock Harbour, Varrow.",  # a person and places: no outlet named
    "This is the worst storm in years.",
    "Ana Lind reports from Dunnock that the pier is closed.",
    "Issued at 10:05, the warning came too late.",
    "Date night plans were cancelled across the island.",
    "Agency staff were sent to the pier.",
    "Page one of the report was redacted.",
    "Next page of the inquiry will be published in May.",
]


# Every list of page lines above, written round by round against invented pages: each line is
# removed and listed, between two story lines or after them (wire marks close a story).
@pytest.mark.parametrize(
    "junk", [*SITE_AND_BROADCAST_LINES, *MORE_KINDS, *ROUND_THREE, *ROUND_FIVE, *ROUND_SIX]
)
def test_page_line_between_story_lines_is_removed_and_listed(junk: str) -> None:
    article = clean(f"{BEFORE}\n{junk}\n{AFTER}")
    assert article.text == f"{BEFORE}\n{AFTER}"
    assert article.removed == (junk,)


@pytest.mark.parametrize("junk", [*WIRE_MARKS, *ROUND_FOUR])
def test_page_line_after_the_story_is_removed_and_listed(junk: str) -> None:
    article = clean(f"{BEFORE}\n{AFTER}\n{junk}")
    assert article.text == f"{BEFORE}\n{AFTER}"
    assert article.removed == (junk,)


# ...and every story sentence written to look like one of them stays, with nothing removed.
@pytest.mark.parametrize(
    "story",
    [
        *LOOK_LIKE_WIRE_MARKS,
        *LOOK_LIKE_SITE_LINES,
        *LOOK_LIKE_MORE_KINDS,
        *LOOK_LIKE_ROUND_THREE,
        *LOOK_LIKE_ROUND_FOUR,
        *LOOK_LIKE_ROUND_FIVE,
        *LOOK_LIKE_ROUND_SIX,
    ],
)
def test_story_sentence_that_looks_like_a_page_line_stays(story: str) -> None:
    article = clean(f"{BEFORE}\n{story}\n{AFTER}")
    assert article.text == f"{BEFORE}\n{story}\n{AFTER}"
    assert article.removed == ()
