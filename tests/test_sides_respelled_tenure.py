"""A conflict's sides across a name spelled two ways, and an age beside a tenure clause: one
person's name written 'Wetherell' and 'Wetherill' ties two outlets' days of one fall, and 'as he
has since 1971' dates the habit, not the age before it. All texts are invented."""

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


def test_one_owner_named_in_two_spellings_ties_the_two_days_of_the_fall() -> None:
    assert _days("Joss Wetherell", "Joss Wetherill") == [
        {"Friday": ("a0", "a2"), "Saturday": ("a1",)}
    ]


def test_another_given_name_or_a_family_name_of_other_letters_keeps_the_days_apart() -> None:
    # a sibling ('Ross' / 'Joss'), another family ('Hollinger' / 'Hollender'): two people, whose
    # days are two things
    for first, second in (
        ("Joss Wetherell", "Ross Wetherill"),
        ("Kit Hollender", "Kit Hollinger"),
        ("Joss Wetherell", "Joss Pemberton"),
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
