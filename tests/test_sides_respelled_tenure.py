"""A conflict's sides across names spelled close, and an age beside a tenure clause: 'Wetherell'
and 'Wetherill' may be two people, so their days stay apart; 'as he has since 1971' dates the
habit, not the age before it, while a count before such a clause stays the first time's. All
texts are invented."""

from __future__ import annotations

from dated_reports import report_of, sides

WHEN = "2026-10-06T09:00:00+00:00"

FELL = (
    "A spaniel lost on Brackmoor for a week was found alive on Tuesday.\n"
    "Pippa vanished on Friday when her owner {first} fell on the scree.\n"
    "Rescuers carried her down in a rucksack."
)
SLIPPED = (
    "A dog missing on the fells for a week has been found.\n"
    "The seven-year-old went missing on Saturday when her owner, {second}, slipped on the path.\n"
    "She was taken to a vet in Ambleton."
)
TOOK_A_FALL = (
    "Walkers found a lost spaniel on Brackmoor on Tuesday.\n"
    "Pippa ran off on Friday after her owner, {first}, took a fall.\n"
    "She is recovering at home."
)


def _days(first: str, second: str) -> list[dict[str, tuple[str, ...]]]:
    texts = (
        FELL.format(first=first),
        SLIPPED.format(second=second),
        TOOK_A_FALL.format(first=first),
    )
    report = report_of(*((text, WHEN) for text in texts))
    return [sides(c) for c in report.conflicts if c.kind == "date"]


def test_another_given_name_or_a_family_name_of_other_letters_keeps_the_days_apart() -> None:
    # a sibling ('Ross' / 'Joss'), another family ('Hollinger' / 'Hollender'): two people, whose
    # days are two things
    for first, second in (
        ("Joss Wetherell", "Ross Wetherill"),
        ("Kit Hollender", "Kit Hollinger"),
        ("Joss Wetherell", "Joss Pemberton"),
        # one letter apart, and still two people: the name's spelling alone does not make one
        # person of a pensioner and a student (review of sides36)
        ("Joss Wetherell", "Joss Wetherill"),
    ):
        assert _days(first, second) == [], (first, second)


SHIELD = "The Harlow Vale Singers won the county choral shield on Saturday.\n"
NINETY_ONE = (
    "A village choir has won the county choral shield.\n"
    "The Harlow Vale Singers' eldest voice, Osric Pellow, 91, joined in 1971.\n"
    "The judges praised the blend of the tenors."
)
EIGHTY_NINE = (
    "Harlow Vale Singers took the county choral shield on Saturday night.\n"
    "Among them was 89-year-old Osric Pellow, the choir's longest-serving tenor.\n"
    "The shield was presented by the mayor."
)


def _ages(line: str) -> list[dict[str, tuple[str, ...]]]:
    own = SHIELD + line + "\nThe choir will sing at the town carnival next month."
    report = report_of((own, WHEN), (EIGHTY_NINE, WHEN), (NINETY_ONE, WHEN))
    return [sides(c) for c in report.conflicts if c.kind == "number"]


def test_an_age_before_a_tenure_clause_stands_on_its_side() -> None:
    for tenure in ("as he has since 1971", "as he has done every year since 1971"):
        line = f"Our oldest member, Osric Pellow, 91, sang in the front row {tenure}."
        assert _ages(line) == [{"89-year-old": ("a1",), "91": ("a0", "a2")}], tenure


def test_an_age_in_a_sentence_of_another_year_or_a_habit_ended_stays_off_the_side() -> None:
    for line in (
        # the age may be the 1969 final's
        "Osric Pellow, 91, sang at the 1969 final as he has since 1971.",
        # 'had': a habit that may have ended, as of then
        "Osric Pellow, 91, sang in the front row as he had since 1971.",
        # the year is the age's own clause's
        "In 1971 Osric Pellow, then 38, sang in the front row as he has since.",
    ):
        assert _ages(line) == [{"89-year-old": ("a1",), "91": ("a2",)}], line


FIRST_RACE = (
    "Thirty yachts raced in the Carrow Bay regatta on Saturday.\n"
    "{line}\n"
    "The harbour master said the tide was kind."
)
THIRTY = (
    "The Carrow Bay regatta drew thirty yachts on Saturday.\n"
    "Crowds lined the harbour wall.\n"
    "The cup went to a crew from Penlow."
)


def test_a_count_before_a_tenure_clause_stays_the_first_times() -> None:
    # a count is no age: 'the first race', 'set off with' tell of the first time, kept
    # historic, so no outlet disagrees with the thirty yachts of this year's regatta
    for line in (
        "Only 9 yachts entered the first race, held as it has been since 1961 in June.",
        "The regatta began with 6 yachts, as it has done since 1985.",
        "The fleet set off with 11 yachts, as it has every summer since 1979.",
    ):
        report = report_of((FIRST_RACE.format(line=line), WHEN), (THIRTY, WHEN))
        assert [sides(c) for c in report.conflicts if c.kind == "number"] == [], line
