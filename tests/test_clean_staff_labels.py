"""A broadcast transcript's staff labels of other shapes than a bare role: a name with the role
("HARRIET VOSS, CORRESPONDENT:"), a stage note ("ANCHOR (in studio):") and, on a page read as a
running order, the cues ("VO:", "IN VISION:"). The label goes and the outlet's words stay; beside
each, the look-alikes that must keep their lines as they are: a label in prose, a headline with
a quotation, a credit, a live page's stamp, an interview's Q and A, another person's turn (a
clip, a caller, a guest from another outlet, the staff reading someone's statement), and a
cue seen once or twice. Every line is invented."""

from __future__ import annotations

import pytest

from bylines import build_report
from bylines.ingest.lines import CUES, running_order_cues, staff_turn
from bylines.models import load_models
from bylines.types import Article
from cleaned import clean, kept_lines

HEADLINE = "Hull crack halts the Quellmoor ferry"
LEAD = "The Quellmoor ferry was halted on Friday after a hull crack was found, the operator said."
LAST = "About 300 passengers were taken back to Dunnock pier by lifeboat crews."


def _page(*middle: str) -> str:
    return "\n".join((HEADLINE, *middle, LEAD, LAST))


STORY = "The ferry will not sail again this week."
# A staff turn's label with a name, a beat or a stage note: the label goes, the words stay.
LABELS = [
    "HARRIET VOSS, CORRESPONDENT:",
    "Ivo Rask, reporter:",
    "ANA LIND, HEALTH CORRESPONDENT:",
    "OUR CORRESPONDENT:",
    "ANCHOR (in studio):",
    "CORRESPONDENT (live, Dunnock pier):",
    "REPORTER (voiceover):",
    "PELL AMORY, CORRESPONDENT (live):",
    "REPORTER ANA LIND:",
    "Presenter (to camera):",
    "TRAVEL DESK:",
    "News desk:",
]


@pytest.mark.parametrize("label", LABELS)
def test_a_staff_label_with_a_name_or_a_note_is_taken_off(label: str) -> None:
    kept = kept_lines(_page(f"{label} {STORY}"))
    assert kept == [STORY, LEAD, LAST]


# Lines that open with a label-like phrase and a colon and are not the outlet's staff turn.
UNCHANGED = [
    "Warning: the bridge to Dunnock pier is shut until Monday morning.",
    "Reporters Without Borders: press freedom fell in forty countries last year.",
    "14:05 — The ferry was towed into Dunnock harbour by two tugs.",
    "Q: How long will the repairs to the hull take?",
    "A: About three weeks, the operator says.",
    # another person's words: a clip, a sound bite, a caller, a mayor, a guest of another outlet
    "CLIP — JOEL MARTEN, TOWER CAPTAIN: It is a miracle nobody was hurt.",
    "SOT (Ivo Rask, harbour master): We will repair the hull before the summer.",
    "CALLER (Derek, Ashby Road): I paid for two crossings and got nothing back.",
    "HOST CITY MAYOR ANA LIND: We are ready for the regatta all the same.",
    "ANA LIND, TIMES CORRESPONDENT: The crew knew of the crack for a week.",
    "REPORTER (reading the operator's statement): We regret the delay to every passenger.",
    "DESK: The ferry will not sail again this week.",
    # review of turns32: a note outside the allow-list of stage notes may say whose words they are
    "REPORTER (interpreting for Mr Osei): Forty tonnes of barley were lost.",
    "PRESENTER (listener email): The company told me 4,000 homes are cut off.",
    "NARRATOR (voice of keeper): Twelve people were on the span when it moved.",
    "ANCHOR (Channel Nine): The minister was told of the cracks in 2027.",
    "PRESENTER (from a text message): The pier gates were locked at six.",
    "PRESENTER (viewer's message): The pier gates were locked at six.",
    "PRESENTER (citing a tweet): The pier gates were locked at six.",
    "PRESENTER (for the port authority): The docks will reopen on Friday.",
    "ANCHOR (paraphrasing the mayor): Every worker will be paid this week.",
    "REPORTER (AP): The fire started in the top hatch of the silo.",
    "Correspondent (Reuters): Dock workers were sent home at noon.",
    # a name before the role that is no person's, or a host after a name
    "THE MAYOR OF CORROW, HOST: The new arts centre cost 19 million.",
    "CORROW COUNCIL, HOST: The new arts centre cost 19 million.",
    "GRETA VANE, HOST: We took in 14 campers for the night.",
    "THE PARTY HOST, ANCHOR (bar): Drinks were on the house.",
    # a host with a beat is a place's host, not the programme's
    "SECURITY HOST: Nobody may enter the dock gates tonight.",
    "Local host: The town council paid for a third of the rebuild.",
    "FRONT DESK: Nobody at the terminal told us anything at all.",
    # a label in prose runs on in lower case
    "Local host: the town of Dunnock welcomed 4,000 visitors to the regatta.",
    "Ana Lind, presenter: the life of a ferry town, on air every Sunday.",
    # the staff member's own words quoted in a headline-like line
    'Reporter Ana Lind: "We were held on board for six hours."',
    'Viewers heard "ANCHOR (in studio): The ferry is safe." before the feed was cut.',
]


@pytest.mark.parametrize("line", UNCHANGED)
def test_a_line_that_is_no_staff_turn_keeps_its_label(line: str) -> None:
    """Kept with the label (a clip's cue word, "CLIP —", goes as a dateline's would, the
    speaker's name with the words)."""
    kept = kept_lines(_page(line))
    assert [text for text in kept if line.endswith(text) and ":" in text]


def test_a_headline_with_a_named_quotation_stays_the_headline() -> None:
    page = clean("\n".join(("Mayor Ana Lind: 'We will rebuild'", LEAD, LAST)))
    assert page.title == "Mayor Ana Lind: 'We will rebuild'"


def test_a_named_label_over_a_place_and_date_stays_as_written() -> None:
    """Review of turns32: a credit's place and date under a named label is no turn ("Varrow,
    14 May 2029." was left as text); a turn of prose under the same label loses it."""
    credit = "Ivo Rask, reporter: Varrow, 14 May 2029."
    assert staff_turn(credit) is None
    turn = staff_turn("Ivo Rask, reporter: Varrow docks reopen on 14 May 2029.")
    assert turn is not None and turn.words == "Varrow docks reopen on 14 May 2029."


@pytest.mark.parametrize(
    "line",
    [
        "CORRESPONDENT (live): Ana Lind in Lower Brack.",
        "HARRIET VOSS, CORRESPONDENT: Ana Lind in Quellmoor.",
        "REPORTER: Ana Lind",
    ],
)
def test_a_staff_label_over_a_credit_is_no_story(line: str) -> None:
    assert kept_lines(_page(line)) == [LEAD, LAST]


RUNNING_ORDER = [
    "IN VISION: The Quellmoor ferry will not sail again this week.",
    "VO: Divers found a crack 40 centimetres long in the hull on Saturday.",
    "OOV: About 300 passengers were brought back to the pier.",
    "LINK: The operator says repairs will take three weeks.",
]


STAFF_TURNS = [
    "PRESENTER: The operator has apologised to every passenger.",
    "REPORTER: Divers will check the hull again on Monday morning.",
    "ANCHOR: Lifeboat crews from two stations helped at the pier.",
]


def test_a_running_order_loses_its_cues() -> None:
    kept = kept_lines(_page(*STAFF_TURNS, *RUNNING_ORDER))
    lines = [*STAFF_TURNS, *RUNNING_ORDER]
    assert kept[: len(lines)] == [line.split(": ", 1)[1] for line in lines]


def test_cue_lines_do_not_count_toward_a_running_order() -> None:
    """A print page with three cue-like lines and no staff turn keeps them as written (review
    of turns32: 'STUDIO: The black-box room seats 120 people.')."""
    lines = [
        "STUDIO: The black-box room seats 120 people.",
        "LINK: The foyer opens onto the harbour walk.",
        "INTRO: Tickets for the first season go on sale in May.",
    ]
    assert not running_order_cues([HEADLINE, *lines, LEAD, LAST])
    assert kept_lines(_page(*lines))[:3] == lines


def test_a_cue_seen_twice_is_no_running_order() -> None:
    lines = RUNNING_ORDER[1:3]
    assert not running_order_cues([HEADLINE, *lines, LEAD, LAST])
    assert kept_lines(_page(*lines))[:2] == lines


def test_staff_turns_make_a_running_order() -> None:
    lines = [*STAFF_TURNS, *RUNNING_ORDER[1:3]]
    assert running_order_cues(lines) == CUES
    assert kept_lines(_page(*lines))[:5] == [line.split(": ", 1)[1] for line in lines]


def test_a_cue_word_in_prose_case_is_no_cue() -> None:
    line = "Link: the two hull cracks are not connected, the operator says."
    assert staff_turn(line, CUES) is None
    assert line in kept_lines(_page(*RUNNING_ORDER, line))


def test_a_guest_s_initials_are_no_cue() -> None:
    """An interview labelling its guest's turns by initials ("VO:" for Vera Olsen): her words,
    though the page is a running order; the presenter's own turns still lose their labels."""
    lines = [
        "PRESENTER: Vera Olsen runs the cafe on Dunnock pier and is on the line now.",
        "VO: I doubt we will see a ferry here before the summer.",
        "VO: Half of my customers came off that boat every single day.",
        "PRESENTER: The operator says repairs will take three weeks.",
        "REPORTER: Lifeboat crews from two stations helped at the pier.",
        "LINK: Divers will check the hull again on Monday morning.",
    ]
    cues = running_order_cues(lines)
    assert "LINK" in cues and "VO" not in cues
    kept = kept_lines(_page(*lines))
    assert kept[1:3] == lines[1:3]
    assert kept[3:6] == [line.split(": ", 1)[1] for line in lines[3:6]]


@pytest.mark.parametrize(
    ("introduction", "turn"),
    [
        (
            "PRESENTER: Valentina de Oliveira runs the tram depot and is on the line now.",
            "VO: We were told to leave 55 trams in the yard overnight.",
        ),
        (
            "PRESENTER: The cafe on the pier is run by V. Tamm, who joins us now.",
            "VT: We sold 800 coffees before noon on Saturday.",
        ),
    ],
)
def test_initials_with_a_particle_or_an_initial_are_no_cue(introduction: str, turn: str) -> None:
    """Review of turns32: a name with a particle ("de") or written with an initial ("V. Tamm")
    is a guest's initials all the same; her turn keeps its label."""
    lines = [introduction, *STAFF_TURNS, turn]
    assert turn.split(":", maxsplit=1)[0] not in running_order_cues(lines)
    assert turn in kept_lines(_page(*lines))


def test_a_name_without_the_initials_leaves_the_cue() -> None:
    lines = ["PRESENTER: Vera Tamm runs the cafe on the pier.", *STAFF_TURNS]
    assert "VO" in running_order_cues(lines)


def test_a_staff_turn_keeps_its_role_for_the_credit_reading() -> None:
    turn = staff_turn("PELL AMORY, CORRESPONDENT (live): The mirror cracked at midnight.")
    assert turn is not None
    assert (turn.role, turn.words) == ("CORRESPONDENT", "The mirror cracked at midnight.")


@pytest.mark.parametrize(
    ("introduction", "turn"),
    [
        (
            "Our guest is Ana Lind, a reporter with the Brisk Herald.",
            "ANA LIND, REPORTER: The council hid the overspend.",
        ),
        (
            "ANCHOR (in studio): Joining us is Marta Kell, transport correspondent for the Ormer"
            " Courier, a rival paper.",
            "MARTA KELL, TRANSPORT CORRESPONDENT: The union says 300 crew members are on strike.",
        ),
    ],
)
def test_a_name_introduced_with_another_outlet_keeps_its_label(
    introduction: str, turn: str
) -> None:
    assert turn in kept_lines(_page(introduction, turn))


def test_a_name_introduced_with_its_own_show_loses_its_label() -> None:
    """The look-alike: a name the page gives no other outlet is the page's own staff."""
    introduction = "Our reporter Ana Lind is at the pier."
    kept = kept_lines(_page(introduction, "ANA LIND, REPORTER: The council hid the overspend."))
    assert "The council hid the overspend." in kept


MODELS = load_models()

TRANSCRIPT = "\n".join(
    (
        "Quellmoor ferry halted",
        "ANCHOR (in studio): The Quellmoor ferry has been halted after a crack was found in its"
        " hull.",
        "HARRIET VOSS, CORRESPONDENT: Divers found the crack on Saturday morning.",
        "HARRIET VOSS, CORRESPONDENT: Repairs will cost £420,000, the operator says.",
        "ANCHOR (in studio): About 300 passengers were taken back to Dunnock pier.",
    )
)
PAPER = "\n".join(
    (
        "Crack found in ferry hull",
        "The Quellmoor ferry was halted after divers found a crack in its hull on Saturday.",
        "The operator put the cost of repairs at £420,000.",
        "About 300 passengers were brought back to Dunnock pier by lifeboat crews.",
    )
)


def test_a_transcript_s_labels_stay_out_of_the_report() -> None:
    report = build_report(
        [Article("tv", TRANSCRIPT, "Coast TV"), Article("paper", PAPER, "Dunnock Herald")],
        models=MODELS,
    )
    texts = [claim.text for claim in report.claims] + [line.text for line in report.summary]
    assert not [text for text in texts if "ANCHOR" in text or "VOSS" in text]
    names = [entity.name.lower() for entity in report.entities]
    names += [quote.speaker.lower() for quote in report.quotes]
    assert not [name for name in names if "voss" in name or "anchor" in name]
    cost = [claim for claim in report.claims if "420,000" in claim.text]
    assert cost and all("tv" in claim.sources for claim in cost)
