"""Page junk of kinds real sites have, on invented outlets and people, beyond the kinds the tuning
pages showed: each line goes and is listed. Story sentences that start like junk ("By the time",
"Updated figures", "Photo evidence", a quote that starts "Sign up") stay whole."""

from __future__ import annotations

import pytest

from cleaned import clean

BEFORE = "The Quellmoor ferry was halted on Friday after a hull crack was found, the operator said."
AFTER = "About 300 passengers were taken back to Dunnock pier by lifeboat crews."


JUNK = [
    # share buttons
    "Share this article on Facebook",
    "Share via Email",
    "Facebook Twitter LinkedIn Email",
    "Share | Tweet | Email",
    "Copy link to clipboard",
    # lists of other stories
    "Most Read in Business",
    "Most popular right now",
    "RELATED STORIES",
    "Related: Ferry inspections tightened across the Varrow coast",
    # cookie and privacy banners
    "This website uses cookies to ensure you get the best experience.",
    "By clicking “Accept all cookies”, you agree to the storing of cookies on your device.",
    "We value your privacy",
    "Your privacy choices",
    "Cookie policy",
    "Do not sell my personal information",
    # advertisement slots and sponsor labels
    "ADVERTISEMENT",
    "Advertisement - scroll to continue",
    "Article continues after this advertisement",
    "Continue reading below",
    "Sponsored content",
    # photo credits in several formats
    "Photograph: Tomas Ruud/Varrow Press",
    "(Photo by Mira Holt/Lantern Images)",
    "Photo by Mira Holt / Dunnock Daily",
    "Photo courtesy of the Quellmoor harbour master",
    "Photo illustration by Dunnock Daily",
    "Mira Holt/Lantern Images",
    "PHOTO: ARNE DAHL",
    # captions
    "Image caption, Lifeboat crews worked through the night",
    "Caption: Lifeboat crews worked through the night",
    "Media caption, The harbour master spoke to reporters on Friday",
    # follow prompts
    "Follow us on Facebook and Instagram",
    "Follow Dunnock Daily on X",
    "Follow us @dunnockdaily",
    # time stamps
    "Published: 14/03/2026 09:15",
    "Updated 3 hours ago",
    "3 hours ago",
    "Yesterday at 18:40",
    "Last updated on March 14, 2026 at 9:15 a.m.",
    "Mar 14, 2026 · 9:15 AM",
    "14.03.2026 | 09:15",
    # audio badges
    "Listen to this article · 4 min",
    "Listen to this story. 3 minutes",
    "Audio: Listen to this article",
    "Listen (4 min)",
    # wire credits
    "Reporting by Lena Varga; Editing by Tom Hale",
    "Reporting by Lena Varga in Quellmoor; additional reporting by Ivo Rask; editing by Tom Hale",
    "(Reporting by Lena Varga; Writing by Ivo Rask; Editing by Tom Hale)",
    # copyright lines
    "© 2026 Dunnock Daily",
    "© Dunnock Daily 2026. All rights reserved.",
    "Copyright © 2026 Varrow Chronicle Ltd",
    "Copyright 2026 Varrow Press. All Rights Reserved.",
    "© Copyright Lantern Media Group",
    # corrections
    "This story has been corrected to show that the ferry entered service in 1998.",
    "Correction: An earlier version of this story misstated the ferry's length.",
    "*This story has been updated with a statement from the harbour master.",
    "Clarification appended",
    # app prompts
    "Download the Dunnock Daily app",
    "Read this story in our app",
    "Get breaking news alerts on your phone: download our free app.",
    "Available on the App Store and Google Play",
    "Get it on Google Play",
    "Turn on notifications",
    "Enable push notifications to get alerts",
]


@pytest.mark.parametrize("junk", JUNK)
def test_junk_line_is_removed_and_listed(junk: str) -> None:
    article = clean(f"{BEFORE}\n{junk}\n{AFTER}")
    assert article.text == f"{BEFORE}\n{AFTER}"
    assert article.removed == (junk,)


def test_junk_lines_in_a_row_around_the_story_all_go() -> None:
    top, bottom = JUNK[:6], JUNK[-6:]
    article = clean("\n".join([*top, BEFORE, AFTER, *bottom]))
    assert article.text == f"{BEFORE}\n{AFTER}"


STORY = [
    "By the time lifeboat crews reached the ferry, the hull had taken on water.",
    "By Tuesday, the operator had cancelled all crossings to Dunnock.",
    "Updated figures show 41 passengers were treated for hypothermia.",
    "Photo evidence of the crack was shown to inspectors on Thursday.",
    "Photographs taken by passengers showed water on the car deck.",
    "“Sign up now, because places on the relief boats are limited,” the mayor told volunteers.",
    "Sign up sheets for volunteers were posted at the harbour office on Monday.",
    "Share prices in the ferry operator fell 12% after the announcement.",
    "Advertisement revenue at the port fell by a third, the council said.",
    "Copyright lawyers for the operator said the passenger video was unauthorised.",
    "“We brought cookies and coffee for the crews,” said Ana Lind, a neighbour.",
    "We handed out cookies to the rescued passengers, a cafe owner said.",
    "Video, filmed by a passenger, shows the crack widening.",
    "Pictures, posted online, showed the ferry listing to one side.",
    "Photos by passengers showed the lifeboats alongside.",
    "This report was revised after the inspection, the maritime agency said.",
    "Editing by the council removed the clause; the opposition objected.",
    "Credit, the union says, must go to the lifeboat crews.",
    "Reporting by local radio suggested the captain had raised the alarm early.",
    "Most popular among islanders was the plan to buy a second ferry.",
    "Related charges were filed against the ship's owner.",
    "Listen to the crews, the harbour master urged the operator.",
    "Yesterday at 18:40 the first relief ferry left Dunnock pier.",
    "3 hours ago the ferry was still listing, the coastguard said.",
    "Follow-up inspections found cracks in two sister ships.",
]


@pytest.mark.parametrize("story", STORY)
def test_story_sentence_that_looks_like_junk_stays(story: str) -> None:
    article = clean(f"{BEFORE}\n{story}\n{AFTER}")
    assert article.text == f"{BEFORE}\n{story}\n{AFTER}"
    assert article.removed == ()


@pytest.mark.parametrize(
    ("stamp", "story", "language"),
    [
        (
            "Aktualisiert am 14.03.2026, 09:15 Uhr",
            "Rund 300 Passagiere wurden am Freitag von Rettungsbooten zum Hafen von Dunnock "
            "gebracht, nachdem ein Riss im Rumpf entdeckt worden war, teilte die Reederei mit.",
            "de",
        ),
        (
            "Pubblicato il 14 marzo 2026 alle 09:15",
            "Circa 300 passeggeri sono stati riportati venerdì al molo di Dunnock dalle scialuppe "
            "di salvataggio dopo la scoperta di una crepa nello scafo, ha detto l'armatore.",
            "it",
        ),
        (
            "Gepubliceerd op 14 maart 2026 om 09:15",
            "Ongeveer 300 passagiers zijn vrijdag met reddingsboten teruggebracht naar de pier "
            "van Dunnock nadat een scheur in de romp was ontdekt, meldde de rederij.",
            "nl",
        ),
    ],
)
def test_time_stamp_in_the_article_language_goes(stamp: str, story: str, language: str) -> None:
    article = clean(f"{stamp}\n{story}")
    assert (article.text, article.removed) == (story, (stamp,))
    assert article.language == language
    assert article.published == "2026-03-14T09:15:00"


# Newsroom marks of wire copy, papers and radio sites (a second round, written after the rules
# missed kinds like these on tuning pages; every line here is new).
NEWSROOM_MARKS = [
    "NW-HARBOUR-FIRE/ (UPDATE 2)",  # wire slugs
    "BC-QUELLMOOR-FERRY (URGENT)",
    "XR-PORT-STRIKE-TALKS",
    "DUNNOCK, Varrow Coast (Coast Wire) —",  # a dateline on a line of its own
    "QUELLMOOR —",
    "More to follow.",
    "This is a developing story.",
    "Transcript begins",
    "End of transcript",
    "By our harbour correspondent",  # staff credits
    "From our reporter in Dunnock",
    "Posted by the Dunnock Radio newsdesk",
    "Quellmoor — from the Herald's shipping correspondent",
    "By a staff reporter, Ivo Rask",
    "This article is part of our Coast Towns series, funded by the Varrow Harbour Trust.",
    "This story was produced with support from the Lantern Foundation.",
    "A version of this article appeared in print on 14 March.",
    "Print edition: page 12",
    "You might also like: Why do ferries crack?",  # links to other pages
    "Opinion: The ferry must stay in port",
    "Read next: Five questions about the ferry fleet",
    "Read the Herald's full coverage of the storm",
    "Seen the ferry? Call the Dunnock Daily newsroom on 0100 2000",  # call-outs
    "Text the Varrow Radio newsdesk on 81 200",
    "Our live coverage of the rescue has now ended.",  # end of a live page
    "This live blog is now closed.",
    "(Photos available: XR-PIX 4410)",  # wire notes
    "(Graphic attached)",
    "— Reporting by Ivo Rask; Editing by Lena Varga",
    "Herald translation: interviews translated from Varrowese.",
]


@pytest.mark.parametrize("junk", NEWSROOM_MARKS)
def test_newsroom_mark_is_removed_and_listed(junk: str) -> None:
    article = clean(f"{BEFORE}\n{junk}\n{AFTER}")
    assert article.text == f"{BEFORE}\n{AFTER}"
    assert article.removed == (junk,)


LOOK_LIKE_MARKS = [
    "By our count, 40 boats left the harbour before dawn.",
    "By the time the newsdesk heard of the fire, the ferry had sunk.",
    "From the harbour office, staff watched the ferry list to one side.",
    "QUELLMOOR-DUNNOCK crossings will resume on Monday, the operator said.",
    "More to follow, the operator promised, as inspections widen.",
    "This report is part of a wider inquiry into ferry safety, the minister said.",
    "Live coverage of the rescue was shown on screens at the pier.",
    "Call the coastguard on 112 if you see debris, police said.",
    "Transcripts of the radio calls were released on Friday.",
    "Opinion polls show 60% of islanders back a new ferry.",
    "Analysis of the hull showed fatigue cracks near the bow.",
    "Letters from passengers were read out at the inquiry.",
    "Read the ferry's safety manual, the inspector told the crew.",
    "Reporting by the Herald on Friday; the operator disputed it.",
]


@pytest.mark.parametrize("story", LOOK_LIKE_MARKS)
def test_story_sentence_that_looks_like_a_newsroom_mark_stays(story: str) -> None:
    article = clean(f"{BEFORE}\n{story}\n{AFTER}")
    assert article.text == f"{BEFORE}\n{story}\n{AFTER}"
    assert article.removed == ()
