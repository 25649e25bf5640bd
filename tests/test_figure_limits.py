"""A limit, a capacity or a permitted most ('can lift up to 2 tonnes', 'a height limit of 4.2
metres', 'may carry no more than 120 passengers') is another thing than an amount that was:
never a side of a conflict against one, never a citation of one. Two limits of one thing that
differ are still a conflict. All texts are invented."""

from __future__ import annotations

import pytest

from bylines.report.quantities import extract_quantities
from bylines.report.values import Reading, gives_a_figure
from bylines.types import Report
from dated_reports import report_of, sides

DAY = "2027-06-14T"


def reports(*texts: str) -> Report:
    """Reports half an hour apart, in the order given."""
    return report_of(
        *((text, f"{DAY}0{9 + n // 2}:{30 * (n % 2):02d}") for n, text in enumerate(texts))
    )


def limits(text: str) -> list[tuple[str, bool]]:
    return [(q.text, q.limit) for q in extract_quantities(text)]


def cited(report: Report, words: str) -> tuple[str, ...]:
    """The outlets cited for the one claim one of whose sentences holds ``words``."""
    (found,) = [c for c in report.claims if any(words in m.text for m in c.mentions)]
    return found.sources


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("A recovery crane that can lift up to 2 tonnes was brought in.", "up to 2 tonnes"),
        ("Under its licence the ferry may carry no more than 120 passengers.", "no more than 120"),
        ("The ferry, licensed to carry 150 passengers, was towed clear.", "150"),
        ("The vessel is allowed up to 120 passengers.", "120"),
        ("The bridge has a height limit of 3.8 metres.", "3.8 metres"),
        ("Drivers ignored the 7.5-tonne weight limit.", "7.5-tonne"),
        ("Vehicles up to 3.8 metres tall can pass under the bridge.", "up to 3.8 metres"),
        ("Only lorries under 7.5 tonnes may use the old bridge.", "under 7.5 tonnes"),
        ("Lorries weighing up to 7.5 tonnes are allowed on the bridge.", "up to 7.5 tonnes"),
        ("Trams may run at no more than 50 km/h in the old town.", "no more than 50 km/h"),
        ("The offence carries fines of up to £5,000.", "up to £5,000"),
        ("The lane is limited to 20 mph outside the school.", "20 mph"),
        ("The hall has a capacity of 900 people.", "900"),
        ("The stadium's concert capacity is 48,000.", "48,000"),
        ("The inspectorate can fine a company up to EUR 500,000.", "up to EUR 500,000"),
        ("He faces up to ten years in jail.", "up to ten years"),
        # the law's most, said as a threat or a rule
        ("The offence carries a maximum sentence of ten years.", "ten years"),
        ("She faces a maximum fine of £20,000.", "£20,000"),
        ("The maximum penalty for the offence is 14 years.", "14 years"),
        ("The offence is punishable by a maximum fine of £5,000.", "£5,000"),
        # 'could' and 'may' of a bound, or of a built thing's or vehicle's capacity
        ("The boat could carry up to 12 people.", "up to 12"),
        ("The vessel may take no more than 120 passengers.", "no more than 120"),
        ("The ferry may carry 120 passengers.", "120"),
        ("The hall could seat 500.", "500"),
        ("The ferry can carry 12 passengers.", "12"),
        ("The cage can carry 8 men.", "8"),
        ("The Brenlow Dome holds 12,000 people.", "12,000"),
        ("A 4,200-capacity stadium was built.", "4,200"),
    ],
)
def test_a_limit_is_read_as_one(text: str, figure: str) -> None:
    assert (figure, True) in limits(text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # an amount bounded, not a limit: the bound reading stays
        ("Snow up to 60 cm deep fell near the summit.", "up to 60 cm"),
        ("Up to 40 cm of snow may fall overnight.", "Up to 40 cm"),
        ("Gusts up to 100 km/h may hit the coast.", "up to 100 km/h"),
        ("Up to 30 people may have died in the fire.", "Up to 30"),
        # amounts that were, near the words of a limit
        ("The lorry shed 2 tonnes of gravel across the road.", "2 tonnes"),
        ("The lorry exceeded the limit by 2 tonnes.", "2 tonnes"),
        ("Rescuers were able to carry 12 people to safety.", "12"),
        ("Fines of up to £5,000 were handed out last year.", "up to £5,000"),
        ("The butcher was fined £5,000.", "£5,000"),
        ("Damage was limited to two homes.", "two"),
        ("A capacity crowd of 40,000 watched the final.", "40,000"),
        ("The number moved out has been revised up to 1,750 people.", "1,750"),
        ("The bus was 4.4 metres tall, police said.", "4.4 metres"),
        # what a place holds now, and lengths of time, near a capacity's words
        ("The silo holds some 3,000 tonnes of wheat.", "some 3,000 tonnes"),
        ("Diners had to stay in their seats for 50 minutes.", "50 minutes"),
        ("Clearing the beaches could take up to three months.", "up to three months"),
        ("The advance is capped at £500.", "£500"),
        ("The 600-bed hospital stayed open.", "600"),  # the beds it has
        ("Shares fell by the daily limit of 10 percent.", "10 percent"),  # how far they fell
        # how full a place was, and the crowd that filled it (review of limits34)
        ("The arena was at 90 percent capacity for the show.", "90 percent"),
        ("Marren reservoir was at 41 percent capacity on Sunday.", "41 percent"),
        ("The dam was filled to 80 per cent of capacity.", "80 per cent"),
        ("The 40,000 capacity crowd saw Nils Orde score twice.", "40,000"),
        ("A 30,000-capacity attendance watched the final.", "30,000"),
        # a maximum a court gave
        ("Lena Drask was given the maximum sentence of ten years.", "ten years"),
        ("She was handed a maximum fine of £20,000.", "£20,000"),
        ("The judge imposed the maximum jail term of 7 years.", "7 years"),
        # 'could' and 'may' of a deed, a plan or a forecast
        ("Rescuers could lift 14 miners to the surface before the shaft flooded.", "14"),
        ("Rescuers could carry 12 people to safety before the deck flooded.", "12"),
        ("Rescuers could carry 12 people, the coastguard said.", "12"),
        ("The agency may fly 40 stranded walkers out of Harrow Gill.", "40"),
        ("The River Wend could run 2 metres above normal by Friday.", "2 metres"),
        ("The lifeboat could only take 4 of the 9 survivors.", "4"),
        ("The coach could take 30 children home.", "30"),
        ("Seats for 40 guests were laid out.", "40"),
    ],
)
def test_an_amount_is_no_limit(text: str, figure: str) -> None:
    assert (figure, False) in limits(text)


def test_a_load_is_no_conflict_with_what_the_ferry_may_carry() -> None:
    report = reports(
        "A ferry ran aground off the island of Vesk on Saturday. The ferry was carrying 85 "
        "passengers. Under its licence it may carry no more than 140 passengers.",
        "Eighty-five passengers were rescued after a ferry ran aground off Vesk on Saturday. "
        "The vessel is allowed up to 140 passengers.",
    )
    assert not [c for c in report.conflicts if "140" in " ".join(sides(c))]
    assert cited(report, "allowed up to 140") == ("a0", "a1")


def test_a_cranes_limit_is_no_side_and_no_citation_of_a_load_shed() -> None:
    report = reports(
        "A lorry overturned on the Mill Road near Harwick on Monday. The lorry shed 2 tonnes "
        "of gravel across the road.",
        "The Mill Road at Harwick was closed on Monday after a lorry overturned. A recovery "
        "crane that can lift up to 2 tonnes was used to right the lorry.",
        "A lorry tipped over on the Mill Road near Harwick on Monday. The lorry shed 3 tonnes "
        "of gravel, the council said.",
    )
    assert [sides(c) for c in report.conflicts] == [{"2 tonnes": ("a0",), "3 tonnes": ("a2",)}]
    assert cited(report, "shed 2 tonnes") == ("a0",)
    assert cited(report, "can lift up to 2 tonnes") == ("a1",)


def test_a_height_limit_is_no_conflict_with_the_height_of_the_bus() -> None:
    report = reports(
        "A double-decker bus hit a railway bridge in Sallow on Thursday. The bridge has a "
        "height limit of 4.2 metres. The bus was 4.4 metres tall, police said.",
        "Six people were hurt when a bus struck a low bridge in Sallow on Thursday. Vehicles "
        "up to 4.2 metres tall can pass under the bridge.",
    )
    assert report.conflicts == ()
    assert cited(report, "4.4 metres tall") == ("a0",)


def test_two_limits_of_one_ferry_that_differ_are_a_conflict() -> None:
    report = reports(
        "A ferry ran aground off the island of Vesk on Saturday. The ferry is licensed to "
        "carry 120 passengers.",
        "A ferry ran aground off Vesk on Saturday. The ferry is licensed to carry 150 passengers.",
    )
    assert [sides(c) for c in report.conflicts] == [{"120": ("a0",), "150": ("a1",)}]


def test_two_weights_of_one_van_that_differ_are_still_a_conflict() -> None:
    report = reports(
        "A van crashed through the parapet of the bridge at Orley on Sunday night. The van "
        "weighed 7.5 tonnes, police said.",
        "The bridge at Orley is closed after a crash on Sunday. Only vehicles under 7.5 tonnes "
        "may use the bridge, the council said.",
        "A van hit the bridge at Orley on Sunday night. Police said the van weighed 12 tonnes.",
    )
    assert [sides(c) for c in report.conflicts] == [{"7.5 tonnes": ("a0",), "12 tonnes": ("a2",)}]
    assert cited(report, "van weighed 7.5 tonnes") == ("a0",)


@pytest.mark.parametrize(
    ("first", "second", "words"),
    [
        # how full a place was, said two ways
        (
            "Singer Orla played the Tenby Arena on Saturday night. The arena was at 90 percent "
            "capacity for the show.",
            "Orla played the Tenby Arena on Saturday night. The venue was 90 percent full.",
            "90 percent capacity",
        ),
        # a crowd that filled a place is the crowd
        (
            "Tenby won the cup final on Saturday. The 40,000 capacity crowd saw Nils Orde score "
            "twice.",
            "Tenby won the cup on Saturday. A crowd of 40,000 watched Nils Orde score twice.",
            "capacity crowd",
        ),
        # the most a court gave is what it gave
        (
            "Two dock managers were sentenced at Essel Crown Court on Friday. Lena Drask was "
            "given the maximum sentence of ten years.",
            "Lena Drask was jailed for ten years on Friday for a fuel fraud at Essel docks.",
            "maximum sentence of ten years",
        ),
        # what rescuers managed, a plan and a forecast after 'could' or 'may'
        (
            "A shaft flooded at the Carrow mine on Monday. Rescuers could lift 14 miners to the "
            "surface before the shaft flooded, the mine said.",
            "The Carrow mine flooded on Monday. Rescuers lifted 14 miners to the surface before "
            "the shaft flooded.",
            "could lift 14 miners",
        ),
        (
            "Walkers were cut off by floods at Harrow Gill on Tuesday. The agency may fly 40 "
            "stranded walkers out of Harrow Gill by helicopter.",
            "Floods cut off Harrow Gill on Tuesday. The agency will fly 40 stranded walkers out "
            "of Harrow Gill.",
            "may fly 40",
        ),
        (
            "Floods hit the Wend valley on Tuesday. The River Wend could run 2 metres above "
            "normal by Friday, the flood agency said.",
            "Floods hit the Wend valley on Tuesday. The Wend is expected to rise 2 metres above "
            "normal by Friday.",
            "could run 2 metres",
        ),
    ],
)
def test_an_amount_said_near_a_limits_words_is_cited_for_both(
    first: str, second: str, words: str
) -> None:
    report = reports(first, second)
    assert cited(report, words) == ("a0", "a1")
    assert report.conflicts == ()


@pytest.mark.parametrize(
    ("other", "gives"),
    [
        ("A crane that can lift up to 12 tonnes was used.", False),  # '2 tonnes' inside '12'
        ("A crane that can lift up to 2 tonnes was used.", False),  # a limit, not a load
        ("Police said the lorry dropped 2 tonnes of gravel.", True),  # the same load
    ],
)
def test_a_load_is_given_only_by_the_same_whole_figure(other: str, gives: bool) -> None:
    shown = "The lorry shed 2 tonnes of gravel on the Mill Road."
    assert gives_a_figure(shown, other, Reading()) is gives
