"""Page junk of shapes no tuning page has, written for outlets of many kinds (wires, tabloids,
broadcasters' live pages, local sites, trade papers, aggregators), and story sentences that start
or end the same way. The rules are line shapes (a page control's words only, a labelled credit
after a caption's stop, a name alone among credits, a note on the reporter at the foot), so
each case here is a new invented line, not one the rules were written from."""

from __future__ import annotations

import pytest

from cleaned import clean, kept_lines

HEADLINE = "Hull crack halts the Quellmoor ferry"
LEAD = "The Quellmoor ferry was halted on Friday after a hull crack was found, the operator said."
MIDDLE = "About 300 passengers were taken back to Dunnock pier by lifeboat crews."
LAST = "Inspectors from the Varrow maritime board are due to board the ship on Monday."


# Widgets and controls, anywhere on a page.
CONTROLS = [
    "Show more",
    "Hide caption",
    "toggle caption",
    "Enlarge this image",
    "Image 3 of 14",
    "Gift this article",
    "Save article",
    "Bookmark",
    "Report an error",
    "Video duration 01:52",
    "Tap here to turn on notifications",
    "Continue reading the main story",
    "Swipe for more photos",
    "Please log in to comment",
    "Open in app",
    "Scroll down for video",
    "Was this article helpful? Yes No",
    "Did you find this story useful?",
    "Spotted a mistake? Let us know",
    "Content from our partners",
    "Recommended by Pellowads",
    "Paid post by Orrin Savings Bank",
    "Join our WhatsApp channel for the latest news",
    "Become a member today",
    "Support independent journalism",
    "Our journalism relies on readers like you. Please consider supporting us.",
    "Help us keep reporting from the coast",
    "We may earn a commission from links on this page.",
    "The Dunnock Herald is not responsible for the content of external sites.",
    "Find out more at quellmoorferries.example/notices",
    "Send your tips to tips@dunnockherald.example",
    "ana.lind@dunnockherald.example",
    "— Varrow Coastguard (@varrowcg) March 3, 2026",
    "Dunnock Herald (@dunnockherald)",
    "Registered in England and Wales No. 04512789",
]

# The page speaking to its reader or about itself, in whole sentences.
PAGE_ADDRESS = [
    "You are reading a free article.",
    "Have your say in our comments section below.",
    "Our coverage of the ferry crisis is free to read.",
    "Find all our coverage of the ferry crisis here.",
    "This interview has been edited for length and clarity.",
    "The views expressed are the author's own.",
    "This article contains affiliate links.",
    "Please note that comments are pre-moderated.",
    "Readers can contact Ana Lind at ana.lind@dunnockherald.example",
    "If you or someone you know is affected, call the Varrow helpline on 0800 123 456.",
    "If you have been affected by any of the issues in this story, help is available.",
    "Thank you for reading the Dunnock Herald.",
    "All times are local.",
    "Images are for illustration only.",
    "Prices correct at the time of publishing.",
    "Some names have been changed to protect identities.",
    "Disclosure: Ana Lind owns shares in Varrow Lines.",
]

# Pictures and their credits.
PICTURES = [
    "Crews at the pier on Tuesday. Photograph: Mira Holt/Dunnock Herald",
    "Lifeboats near the harbour wall on Friday night. Image: Varrow Coastguard",
    "The ferry at her berth. (Picture credit: Orrin Port Authority)",
    "Pictured: rescue crews at the harbour wall",
    "(Image credit: Dunnock Fire Service)",
    "Illustration: Mira Holt",
    "Graphic: Varrow Daily",
    "Photo illustration: Ivo Rask",
    "Map: the ferry's route from Quellmoor",
    "AFP via Getty Images",
    "(Coast Wire file photo)",
    "Embed from Getty Images",
]

# Credits of the people who made the page.
CREDITS = [
    "Posted by Ana Lind on 3 March 2026",
    "Fact-checked by Ivo Rask",
    "Reviewed by Mira Holt",
    "Ivo Rask for the Dunnock Herald",
    "Ana Lind, Health Correspondent",
    "Health Correspondent, Dunnock",
    "Mira Holt - Senior Reporter in Quellmoor",
    "Ana Lind is our transport correspondent.",
    "Ana Lind reported from Dunnock, and Ivo Rask from Quellmoor.",
    "Mar 3 (Coast Wire) -",
]


# Offers, provenance notes and labels of sites: imperatives to the reader, where the text was
# first printed, a choice of language, one-word badges.
OFFERS_AND_NOTES = [
    "Request a demo",
    "Advertise with us",
    "Read our privacy notice",
    "Don't miss",
    "Get involved",
    "Start your free trial",
    "Support the Herald from £1",
    "Sign in or create a free account to continue",
    "Want to read more? Register for free",
    "This article is for subscribers only",
    "The Dunnock Herald's daily briefing, in your inbox every morning",
    "Our Standards: The Coast Wire Principles.",
    "Read in Varrowish",
    "Also available in: Varrowish | Orrinese",
    "This article was originally published in Varrowish.",
    "This story originally appeared on the Dunnock Herald.",
    "A version of this story appeared in the Herald's morning newsletter.",
    "Originally published as Hull crack halts ferry",
    "Read the original article on Dunnock Herald",
    "Via Dunnock Herald",
    "EXCLUSIVE",
    "Pinned:",
    "Live Reporting",
    "Sponsored stories",
    "More in Transport",
    "Refresh the page for the latest updates",
    "Auto-update on",
    "Last reviewed: 3 March 2026",
    "Ana Lind/Coast Wire via Getty Images",
    "Note to editors: the photographs are free to use.",
    "Adds quotes from the minister, paragraphs 4-5",
    "[Photo/Varrow Daily]",
    "Offer ends 31 March",
    "Terms and conditions apply",
    "Get unlimited access to Ferry Weekly",
    "Related companies: Varrow Lines, Orrin Holdings",
    "Responsible editor: Ana Lind",
    "Content by Varrow Daily",
    "Story continues",
    "The Herald's view",
    "Reporting from Dunnock",
    "For the latest news, follow us on X",
]


@pytest.mark.parametrize("line", CONTROLS + PAGE_ADDRESS + PICTURES + CREDITS + OFFERS_AND_NOTES)
def test_a_junk_line_in_the_middle_of_a_page_is_removed(line: str) -> None:
    lines = kept_lines(f"{HEADLINE}\n{LEAD}\n{line}\n{MIDDLE}\n{LAST}")
    assert lines == [LEAD, MIDDLE, LAST]


# Notes at the foot of a page: the reporter, the outlet's company.
FOOT_NOTES = [
    "Ana Lind is the Dunnock Herald's transport editor. She has covered the port since 2014.",
    "Mira Holt is a freelance journalist based in Quellmoor.",
    "Ivo Rask covers courts for the Varrow Daily.",
    "Ana Lind writes about shipping and the sea.",
    "The Dunnock Herald is part of Varrow Media Group.",
    "Ivo Rask",  # a signature
    "Ivo Rask in Quellmoor",
]


@pytest.mark.parametrize("note", FOOT_NOTES)
def test_a_note_at_the_foot_of_the_page_is_removed(note: str) -> None:
    lines = kept_lines(f"{HEADLINE}\n{LEAD}\n{MIDDLE}\n{LAST}\n{note}\nAll rights reserved")
    assert lines == [LEAD, MIDDLE, LAST]


# Lines of the block under the headline, before the lead.
TOP_BLOCK = [
    "Ana Lind profile picture",
    "Ana Lind's avatar",
    "Dunnock Herald logo",
    "Ana Lind, Ivo Rask",
    "Written by Ana Lind. Edited by Ivo Rask.",
    "By Ana Lind Posted: 14:05 GMT Tuesday 3 March 2026",
    "Special to the Dunnock Herald",
    "From the Dunnock Herald",
    "Quellmoor (Varrow), March 3 (Coast Wire) -",
    "Supported by",
    "Subscriber only",
    "Free to read",
    "UPDATED 16:20, 3 MAR 2026",
    "Monday, 2 March 2026, 9:45 pm AEDT",
    "By Ana Lind · Published 3 Mar 2026 · 4 min read",
]


@pytest.mark.parametrize("line", TOP_BLOCK)
def test_a_junk_line_under_the_headline_is_removed(line: str) -> None:
    article = clean(f"{HEADLINE}\n{line}\n{LEAD}\n{MIDDLE}\n{LAST}")
    assert article.text.splitlines() == [LEAD, MIDDLE, LAST]
    assert article.title == HEADLINE


def test_a_reporter_signed_with_an_agencys_letters_is_a_credit() -> None:
    article = clean(f"{HEADLINE}\n{LEAD}\n{MIDDLE}\n{LAST}\nAna Lind, PA")
    assert article.text.splitlines() == [LEAD, MIDDLE, LAST]
    assert article.source == "PA Media"


@pytest.mark.parametrize("name", ["Ana Lind", "Ivo Rask in Dunnock", "Mira Holt, Quellmoor"])
def test_a_name_alone_in_the_byline_block_is_removed(name: str) -> None:
    lines = kept_lines(f"{HEADLINE}\n{name}\n3 March 2026, 14:05 GMT\n{LEAD}\n{MIDDLE}\n{LAST}")
    assert lines == [LEAD, MIDDLE, LAST]


# Story sentences that start or end the way junk does: each must stay whole, in the middle of a
# page and as its last line.
LOOK_ALIKES = [
    "Copyright lawyers said the festival had no claim to the ferry's name.",
    "She told reporters the booking app would be withdrawn by Friday.",
    "“Read the report before you vote,” the mayor told councillors.",
    "Subscribers to the water service will get a refund, the utility said.",
    "Download speeds fell by half during the outage, the regulator said.",
    "All rights to the quay were reserved for the crown in 1902, the inquiry heard.",
    "Comments made by the minister on Monday drew criticism from the harbour board.",
    "Ivo Rask is the council's finance director and has held the post since 2019.",
    "Mira Holt is a retired teacher who lives above the harbour.",
    "Sign language interpreters were on hand at the briefing.",
    "Photographs taken by residents showed the roof had collapsed.",
    "Share prices in Varrow Shipping fell 12% on Tuesday.",
    "Support for the mayor fell to 31%, a poll for the Dunnock Herald found.",
    "Reporting by local media suggested the fire began in the galley.",
    "This article of the treaty was amended in 1998, the court heard.",
    "Editing software was used to alter the photo, police said.",
    "Image quality from the drone was poor, the coroner said.",
    "Donate blood, the hospital urged residents on Tuesday.",
    "Support our crews, the banner on the quay read.",
    "Join the queue at the town hall, officials told residents.",
    "Show trials were held in the 1950s, the historian said.",
    "Next, the inspectors turn to the bridge.",
    "Previous owners of the ferry had been warned twice.",
    "Loading of the ferry resumed at 15:00.",
    "Pictured on the quay, the ferry's hull showed a long crack.",
    "Ana Lind reported from Dunnock that the water was still rising.",
    "Was this the worst storm in a century? Experts say probably.",
    "Report an error in the count and the vote may be rerun, the commission warned.",
    "Varrow Shipping is part of Orrin Holdings, which bought it in 2021.",
    "Ana Lind is the mayor of Dunnock.",
    "Help came too late for the village, residents said.",
    "Visit the shelter at 14 Quay Street if you need a bed, the council said.",
    "Exclusive talks with the union began on Monday.",
    "Refresh training for crews is due in May.",
    "Advertise the jobs widely, the union urged.",
    "Originally built in 1964, the ferry was refitted in 2010.",
    "Translated into English, the sign reads danger.",
    "Free parking will be offered to stranded drivers, the council said.",
    "Dunnock Herald readers raised £4,000 for the crew's families.",
    "Ana Lind, 34, a nurse from Dunnock, was among the passengers.",
    "Reviewed in March, the safety plan was found wanting.",
    "Register offices in Dunnock will stay closed on Monday.",
    "Get-well cards piled up at the harbour office.",
    "Credit cards were not accepted on the replacement buses.",
    "This story of survival was first told by the ferry's cook.",
    "Reporting from the scene was restricted by police.",
    "Weather conditions worsened overnight.",
    "Editor Ana Lind resigned on Monday.",
    "Terms of the rescue were agreed with the owners, the coastguard said.",
    "Opinion in the town is divided.",
    "Ana Lind, Reuters' Dunnock correspondent, saw the hull.",
    "Join us in remembering the crew, the mayor said.",
    "Updates to the timetable will be posted at the terminal.",
    "Adds to the pressure on the operator, the union said.",
    "The offer ends a long dispute over pay.",
    "Save for a few cracks, the hull was sound.",
    # "you" and "our" about the event, not the page; words of page things in other senses
    "Between 22:37 and 22:58, the pay-as-you-go phone called the harbour office six times.",
    "You could see the crack from the quay, a passenger said.",
    "You can switch between the two timetables in the ferry company's booking tool.",
    "Our reporters spoke to 40 passengers at the pier.",
    "We understand the crew were moved to a hotel.",
    "This report found 14 faults in the hull, the board said.",
    "Thank you notes were left on the quay.",
    "The author's account of the sinking sold 20,000 copies.",
    "Help is available at the community centre, the council said.",
    "Images from the drone showed the crack.",
    "Names of the dead have not been released.",
    # quotations a scraper left with a spaced closing mark
    "Very, very calm. '",
    "She deserved better. ’",
]


@pytest.mark.parametrize("sentence", LOOK_ALIKES)
def test_a_story_sentence_that_looks_like_junk_stays(sentence: str) -> None:
    middle = kept_lines(f"{HEADLINE}\n{LEAD}\n{sentence}\n{MIDDLE}\n{LAST}")
    assert middle == [LEAD, sentence, MIDDLE, LAST]
    last = kept_lines(f"{HEADLINE}\n{LEAD}\n{MIDDLE}\n{LAST}\n{sentence}")
    assert last == [LEAD, MIDDLE, LAST, sentence]


@pytest.mark.parametrize(
    "label",
    ["Harbour Wall", "Support grows for the mayor", "Most commented", "Safety record", "Tides"],
)
def test_a_short_line_with_no_stop_inside_the_story_is_removed(label: str) -> None:
    """A sub-heading, a widget or a credit between two sentences of the story: listed as
    removed, never read as the outlet."""
    article = clean(f"{HEADLINE}\n{LEAD}\n{MIDDLE}\n{label}\n{LAST}")
    assert article.text.splitlines() == [LEAD, MIDDLE, LAST]
    assert label in article.removed
    assert article.source == "a"


@pytest.mark.parametrize(
    "line",
    [
        "Dead: 14",  # a fact box: a figure
        '"We are heartbroken"',  # a quotation
        "Police said the ferry was safe",  # a sentence that lost its stop
        "In the evening light, only the hull remained",  # a comma: a sentence
        "It started with a hairline crack",  # a pronoun opens it: a sentence
        "Harbour Wall",  # under the headline, before the lead: a heading the rules above judge
    ],
)
def test_a_short_line_that_may_carry_the_story_stays(line: str) -> None:
    if line == "Harbour Wall":
        text = f"{HEADLINE}\n{line}\n{LEAD}\n{MIDDLE}\n{LAST}"
    else:
        text = f"{HEADLINE}\n{LEAD}\n{MIDDLE}\n{line}\n{LAST}"
    assert line in kept_lines(text)


def test_a_piece_of_a_hard_wrapped_sentence_stays() -> None:
    """A line that the next one continues in lower case is part of a sentence."""
    text = f"{HEADLINE}\n{LEAD}\nThe Varrow maritime board\nsaid it would inspect the ship.\n{LAST}"
    lines = kept_lines(text)
    assert "The Varrow maritime board" in lines


def test_the_removed_credits_are_listed_in_page_order() -> None:
    article = clean(
        f"{HEADLINE}\nAna Lind\n3 March 2026, 14:05 GMT\n{LEAD}\nEnlarge this image\n"
        f"{MIDDLE}\n{LAST}\nAna Lind is our transport correspondent."
    )
    assert article.removed == (
        HEADLINE,
        "Ana Lind",
        "3 March 2026, 14:05 GMT",
        "Enlarge this image",
        "Ana Lind is our transport correspondent.",
    )
    assert article.published == "2026-03-03T14:05:00+00:00"
