"""Page junk the example cluster does not have, on invented outlets: each kind goes and is
listed; story sentences that merely mention a photo, a newsletter or cookies stay."""

from __future__ import annotations

import pytest

from cleaned import clean

BEFORE = "The Tolmar dam spillways were opened on Wednesday as the river rose, officials said."
AFTER = "About 1,200 residents of low-lying villages were moved to schools overnight."


@pytest.mark.parametrize(
    "junk",
    [
        "By Ingrid Moen",  # a byline
        "By Owen Marsh for the Valley Tribune",
        "Mon, October 6, 2025",  # a date line under the byline
        "March 2, 2025 5:40 p.m. ET",
        "Updated 16:45 GMT",
        "Photo: Nordic Press Agency / Jens Dahl",
        "Sign up for our newsletter",
        "Get the Valley Tribune's evening briefing in your inbox every weekday.",
        "Live · Updated 14:02 BST",  # a broadcaster's live header
        "Kestrel News Agency | 21.07.2025 | Updated 08:15 (GMT+3)",
        "Key points",
        "Translated from the Portuguese by Ana Pires.",  # translation notes
        "This article was translated from Danish.",
        "(For use by New York Times News Service clients)",  # wire slugs
        "(ART ADV: Photo is being sent to NYT photo clients.)",
        "(EDS: Updates with quote from governor)",
        "NYT-11-04-98 1532EST",
        "c.1998 The Millbrook Courier",
        "We use cookies to improve your experience. By continuing to browse, you agree.",
        "This site uses cookies. By using this site you consent to our use of cookies.",
        "Accept all",
        "Manage preferences",
        "Subscribe to continue reading",  # subscription walls
        "You have read 3 of 5 free articles this month.",
        "Already a subscriber? Log in",
        "Subscribers get unlimited access for $1 a week.",
        "Copy link",  # share buttons
        "WhatsApp",
        "Topics: Mountains, Rescue, Selva",
        "Source: Kestrel News Agency",
        "来源：海港日报",
        "Have you been affected? Email us at news@tribune.example",
        "This article is more than 2 months old",
        "Workers fit the last panel on Monday. (Photo: Tom Reilly/Ashby Gazette)",  # captions
        "Lorries cross the bridge on Wednesday morning. (Owen Marsh/Valley Tribune)",
        "(Rendered from the Danish original by the Kestrel desk.)",
        "You are receiving this because you signed up at a Tolmar event.",  # a newsletter's why
        "You're getting this email because you gave to the flood appeal.",
        "KNA will carry further reports through the day.",  # a wire's promise
        "Good evening.",  # a host's greeting and sign-off
        "Good afternoon, and welcome to this month's briefing.",
        "We will be back on Friday with the full list of closures.",
        "We'll have the next update on the rescue at six.",
        "Our next bulletin is at noon; the weather follows now.",
        "Tolmar Sound is run by volunteers: donate at the shop or online.",
        "This story appeared in the Saturday print edition under the headline “High water”.",
        "Transcript lightly edited for length.",  # notes on the page's own making
        "Subtitles on this clip were generated automatically and may contain errors.",
        "The Valley Tribune is an official media partner of the Tolmar Festival.",
        "Paid subscribers can download the full flood map.",
        "More follows. For the KNA photo desk call the duty editor.",
        "TVA-1182 ·· FLOOD ·· TOLMAR ·· 3rd version ·· 06:12",  # slugs and breadcrumbs
        "KNA English ⟩ Regions ⟩ 2025-03-02 07:40 (local time)",
        "KNA/jd/mo ⁂ 0740",
        "2 марта 2025",  # a date line in another script
        "2025年3月2日",
    ],
)
def test_junk_line_is_removed_and_listed(junk: str) -> None:
    article = clean(f"{BEFORE}\n{junk}\n{AFTER}")
    assert article.text == f"{BEFORE}\n{AFTER}"
    assert article.removed == (junk,)


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (AFTER + " Relief work, 3rd graf pvs", AFTER),
        (
            AFTER + ' "We are safe," she said. Gorran Vale, graf 12 pvs',
            AFTER + ' "We are safe," she said.',
        ),
        ("Crews checked the 2nd graf pvs of the report, an engineer said.", None),
        ("The suspect, graf 19, was held overnight.", None),
    ],
)
def test_a_wire_pickup_slug_at_a_paragraph_end_is_cut(line: str, kept: str | None) -> None:
    """A wire's 'pick up at the Nth paragraph of the previous version' is cut from the end of
    the paragraph it trails and listed; the same words inside a sentence stay."""
    cleaned = clean(BEFORE + "\n" + line)
    assert cleaned.text == BEFORE + "\n" + (kept or line)
    assert any("graf" in removed for removed in cleaned.removed) == (kept is not None)


def test_date_line_in_the_article_language_is_removed() -> None:
    story = (
        "Quelque 2 000 personnes ont été évacuées dimanche près de Castrelle, en raison d'un "
        "incendie qui a déjà brûlé 900 hectares, ont indiqué les pompiers."
    )
    article = clean(f"Publié le 17 août 2025 à 12h30\n{story}")
    assert article.text == story
    assert article.removed == ("Publié le 17 août 2025 à 12h30",)
    assert article.language == "fr"
    assert article.published == "2025-08-17T12:30:00"


def test_name_and_job_title_lines_are_a_byline() -> None:
    article = clean(f"Gemma Price\nTransport correspondent\n{BEFORE}\n{AFTER}")
    assert article.text == f"{BEFORE}\n{AFTER}"
    assert article.removed == ("Gemma Price", "Transport correspondent")


def test_related_heading_takes_its_link_titles() -> None:
    links = "Related:\nParents split over four-day week\nBus drivers back shorter week"
    article = clean(f"{BEFORE}\n{links}\n{AFTER}")
    assert article.text == f"{BEFORE}\n{AFTER}"
    assert len(article.removed) == 3


@pytest.mark.parametrize(
    "story",
    [
        "A photo of the flooded square was shared thousands of times on Sunday.",
        "The council's newsletter said the bridge would reopen in May.",
        "Subscribers to the water utility were told to boil their water.",
        "The regulator fined the site for its use of cookies without consent.",
        "The ministry did not contact us about the closure, the union said.",
        "Members were sent the contract by email on Monday night.",
        "Translators worked through the night on the treaty text, the envoy said.",
        "Source material for the inquiry will be published in June.",
        "Key points of the deal were agreed on Monday, both sides said.",
        "Live music returned to the square after the floods.",
        "By 2027 the wall should be finished, the mayor said.",
        "Updated figures showed 14 people had been injured.",
        "The ministry will have more details on Monday, a spokesman said.",
        "Officials will send more reports to the inquiry, the minister said.",
        "Police will have more updates at a briefing on Tuesday.",
        "The rowing club is run by volunteers who raised £40,000 for a new boathouse.",
        "Good Morning Tolmar, the breakfast show, was taken off air by the flood.",
        "We will be back to rebuild, the farmer said as the water rose.",
        "Paid staff at the shelter were sent home on Tuesday.",
        "We will return to the wreck in the spring, the dive leader added.",
        "We will be back next season stronger, vowed the club owner.",
        "The food bank is run by volunteers and depends on donations from local shops.",
        "Paying subscribers to the Veltra streaming service lost access for six hours.",
        "Premium members of the gym were refunded after the flood.",
        "The company will file more reports with regulators next month.",
        "The translation rendered from the Latin was read aloud at the opening, she said.",
        "Ежедневно переправой пользуются около 3400 пассажиров.",
        "每天约有3400名乘客使用这条航线。",
        "يستخدم نحو 3400 راكب العبارة كل يوم.",
    ],
)
def test_story_that_looks_like_junk_is_kept(story: str) -> None:
    article = clean(f"{BEFORE}\n{story}\n{AFTER}")
    assert article.text == f"{BEFORE}\n{story}\n{AFTER}"
    assert article.removed == ()


@pytest.mark.parametrize(
    "text",
    [
        "国务院2025年3月2日宣布，新建的港口大桥将于10月1日通车。\n工程师们在8个月内更换了40根钢缆。",
        "أعلن المجلس في 2 مارس 2025 أن الجسر سيفتح في 1 أكتوبر.\nاستبدل المهندسون 40 كابلا.",
        "Совет объявил 2 марта 2025 года, что мост откроется.\nИнженеры заменили 40 тросов.",
    ],
)
def test_non_latin_article_whose_only_ascii_is_digits_is_kept(text: str) -> None:
    article = clean(text)
    assert article.text == text
    assert article.removed == ()


@pytest.mark.parametrize(
    "story",
    [
        "Dilger had 42 in 1995.",  # short, with a year and a number, but a sentence
        "Published figures for 2024 showed 14 closures.",
        "Sources: the ferry will not sail before May",  # a headline form, not a source label
    ],
)
def test_short_story_lines_with_dates_are_kept(story: str) -> None:
    article = clean(f"{BEFORE}\n{story}\n{AFTER}")
    assert story in article.text.split("\n")
