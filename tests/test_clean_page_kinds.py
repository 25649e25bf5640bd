"""Page furniture of kinds found on pages other people wrote (issue 7 part 5, issue 10 item 4):
each kind goes and is listed, and the outlet is read from the page's own masthead, byline,
signature or boilerplate. Invented outlets and events; story lines shaped like the junk stay."""

from __future__ import annotations

import pytest

from bylines.ingest.clean import clean_article
from bylines.types import Article

HEAD = "Ferry service to Oddholm suspended after engine fire"
FIRST = (
    "The overnight ferry to Oddholm was taken out of service on Thursday after a small engine fire."
)
SECOND = "All 212 passengers were brought back to Velmar harbour by tugboat, the operator said."
THIRD = "Inspectors from the maritime authority boarded the vessel on Friday morning."


def clean(text: str, article_id: str = "p1") -> Article:
    """Cleaned as the read stage hands a page over: the headline is the title and the first line."""
    article = Article(id=article_id, text=text, source=article_id, title=HEAD)
    return clean_article(article)


def junk_removed(article: Article) -> tuple[str, ...]:
    """What went besides the headline's repeat."""
    return tuple(item for item in article.removed if item != HEAD)


def body(*extra_top: str, bottom: tuple[str, ...] = ()) -> str:
    return "\n".join([HEAD, *extra_top, FIRST, SECOND, THIRD, *bottom])


@pytest.mark.parametrize(
    "junk",
    [
        "Velmar Tidende · Travel",  # a masthead with a section
        "Home › Regions › Coast",  # a breadcrumb
        "Terms of service | Privacy | Contact",  # a footer menu
        "Read in: English | Norsk",  # a language menu
        "Listen · 6 min",  # a player badge
        "Oddholm Weekly — Thursday 4 June 2026",  # masthead with a date, dash
        "Coastline Radio, 4 June 2026, 18:00 bulletin",  # masthead with a date, commas
        "Travel desk, updated 21:40",  # a desk and a stamp
        "Live | Last updated 12 minutes ago",  # a live header, relative time
        "Filed 4 June 2026 22:05 CEST",  # a filing stamp
        "Posted: Jun 4, 2026 8:20 AM ET Last Updated: Jun 4, 2026 9:10 PM ET",  # two stamps
        "Download our app for the latest travel alerts",  # calls to action
        "Liking the Tidende? Subscribe from 2 crowns a week",
        "Want to add your view? Subscribe to the Weekly",
        "Send us your photos of the harbour",
        "Were you on board? Get in touch with our reporters",
        "Listen again: Coastline Radio Morning Show",
        "Listen to the full programme",
        "Follow Velmar Radio on social media for updates",
        "Newsletter: get the shipping briefing in your inbox",
        "Oddholm Ledger | Subscribe for 3 crowns a month",  # a name beside an offer
        "Share this article: Mastodon · Email · Print",
        "Your say: should the ferry route be taken over by the state?",  # a reader poll
        "Comments are closed for this story.",
        "Most shared in Travel",  # a list heading
        "Most read on Velmar Tidende",
        "Fuel prices delayed by 20 minutes",  # disclaimers
        "This is not financial advice. Always consult a qualified adviser.",
        "Cookies keep this site working. By continuing you agree to our use of them.",
        "Accept cookies to play this clip",
        "Quotes translated from Norwegian by the Weekly.",  # a translation note on quotes
        "VTN ab/kl 2205",  # a desk code with editors' initials
        "About FerryNews: FerryNews sends shipping news to 30 ports every day.",  # boilerplate
    ],
)
def test_page_furniture_kind_is_removed_and_listed(junk: str) -> None:
    article = clean(body(bottom=(junk,)))
    assert article.text == "\n".join([FIRST, SECOND, THIRD])
    assert junk_removed(article) == (junk,)


def test_a_byline_with_the_desk_in_lower_case_is_removed() -> None:
    byline = "By Sigrun Vale, Velmar Tidende shipping correspondent"
    article = clean(body(byline))
    assert junk_removed(article) == (byline,)
    assert article.source == "Velmar Tidende"


def test_a_closing_double_dash_credit_is_removed() -> None:
    article = clean(body(bottom=("-- Nordkyst Press Agency",)))
    assert junk_removed(article) == ("-- Nordkyst Press Agency",)
    assert article.source == "Nordkyst Press Agency"


def test_an_outlet_name_alone_is_removed_near_the_ends_only() -> None:
    top = clean(body("Oddholm Herald"))
    assert junk_removed(top) == ("Oddholm Herald",)
    assert top.source == "Oddholm Herald"
    middle = [FIRST, SECOND, THIRD, FIRST.replace("Thursday", "Monday"), "Oddholm Herald"]
    filler = [f"Line {n} of the ferry story was written on the quay." for n in range(6)]
    text = "\n".join([HEAD, *middle, *filler])
    # in the middle of the story it is a label like any short line with no stop: removed, but
    # never read as the outlet's masthead
    cleaned = clean(text)
    assert "Oddholm Herald" not in cleaned.text.split("\n")
    assert cleaned.source != "Oddholm Herald"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Velmar Tidende · Travel", "Velmar Tidende"),
        ("Oddholm Weekly — Thursday 4 June 2026", "Oddholm Weekly"),
        ("Coastline Radio, 4 June 2026, 18:00 bulletin", "Coastline Radio"),
        ("Skerry Week | Reporting by Ola Dahl", "Skerry Week"),  # named next to a credit
        ("About FerryNews: FerryNews sends shipping news to 30 ports every day.", "FerryNews"),
        ("Skerry Shipping | 22:05 CEST", "Skerry Shipping"),  # a two-word name beside a stamp
        ("By Ola Dahl, Shipping Correspondent, Skerry Finans", "Skerry Finans"),  # after a title
    ],
)
def test_outlet_is_read_from_a_masthead_or_boilerplate(line: str, expected: str) -> None:
    assert clean(body(line)).source == expected


def test_outlet_speaking_of_itself_in_the_story() -> None:
    story = "The engine had failed twice this year, the Velmar Tidende understands."
    assert clean(body(bottom=(story,))).source == "Velmar Tidende"


@pytest.mark.parametrize(
    "text",
    [
        body("LIVE · Updated 21:40"),  # a badge in capitals is no outlet
        body(bottom=("With News Wire Services",)),  # a credit to others, not the signature
        # who was told is read only when one outlet is told and it is not introduced as another
        # ("Coastline Radio, a local station"); see tests/test_outlet_told.py
        body(bottom=("The captain told Coastline Radio, a local station, the fire was out.",)),
        body(bottom=("The captain told Coastline Radio and the Skerry Post the fire was out.",)),
        body(bottom=("The harbour master said the Velmar Tidende had misreported the fire.",)),
    ],
)
def test_no_outlet_from_badges_or_story_sentences(text: str) -> None:
    assert clean(text, "p9").source == "p9"


@pytest.mark.parametrize(
    "story",
    [
        "Share prices of the ferry operator fell 4% on Friday.",
        "Follow-up checks on the sister ship found no fault, the authority said.",
        "Download speeds on board had been a common complaint, passengers said.",
        "Subscribers to the ferry pass will get a refund, the operator said.",
        "The operator was fined last year for its use of cookies without consent.",
        "About 40 cars were on the lower deck when the fire started.",
        "By Friday evening, Coastline Radio and the union had both called for an inquiry.",
        "The ship left Velmar at 21:40, two hours late, officials said.",
        "The line is run by Oddholm Ferries — a firm founded in 1974 — for the county.",
        "Passengers said the crew told them to stay calm and wait in the lounge.",
        "Fares are not financial aid, the minister said, and will not be refunded.",
    ],
)
def test_story_that_looks_like_the_new_kinds_is_kept(story: str) -> None:
    article = clean(body(bottom=(story,)))
    assert article.text.split("\n")[-1] == story
    assert story not in article.removed


def test_a_headline_naming_an_outlet_is_not_its_signature() -> None:
    headline = "Ferry strike ends, Velmar Daily"
    text = "\n".join([headline, FIRST, SECOND, THIRD])
    article = clean_article(Article(id="p8", text=text, source="p8", title=headline))
    assert article.source == "p8"


def test_an_abbreviation_the_page_spells_out_is_given_in_full() -> None:
    text = "\n".join(
        [HEAD, f"VELMAR, June 4 (NKP) - {FIRST}", SECOND, THIRD, "Nordkyst Kyst Press"]
    )
    assert clean(text).source == "Nordkyst Kyst Press"


def test_a_section_beside_a_stamp_is_not_an_outlet() -> None:
    assert clean(body("Travel | 22:05 CEST"), "p7").source == "p7"


def test_link_titles_after_an_inline_related_line_are_removed() -> None:
    links = ("Related: Other ferry routes this summer", "Harbour fees to rise in August")
    article = clean(body(bottom=links))
    assert article.text == "\n".join([FIRST, SECOND, THIRD])
    assert junk_removed(article) == links


def test_a_line_of_two_stamps_gives_the_last_update_as_the_publication_time() -> None:
    stamps = "Posted: Jun 4, 2026 8:20 AM ET Last Updated: Jun 4, 2026 9:10 PM ET"
    article = clean(body(stamps))
    assert article.text == "\n".join([FIRST, SECOND, THIRD])
    assert article.published == "2026-06-04T21:10:00-04:00"
