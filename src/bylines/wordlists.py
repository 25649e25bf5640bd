"""Word lists written as one string: easier to read and edit than a list of literals."""

from __future__ import annotations


def wordset(text: str) -> frozenset[str]:
    """The set of the whitespace-separated words of ``text``."""
    return frozenset(text.split())


# The days of the week, Monday first (the order of date.weekday()).
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAYS = frozenset(WEEKDAY_NAMES)

# Nouns that name a person by role, in the singular: an age may follow them in apposition ('a
# retired teacher, 71,') and they tell which unnamed person an age is of.
PERSON_NOUNS = wordset(
    "man woman boy girl child baby teenager person pensioner retiree teacher schoolteacher "
    "student pupil driver pilot passenger mother father son daughter wife husband widow "
    "grandmother grandfather nurse doctor surgeon officer soldier policeman firefighter "
    "worker farmer fisherman miner resident victim suspect owner manager captain priest "
    "engineer cyclist pedestrian motorist climber hiker swimmer tourist patient customer "
    "employee guard mechanic crewman sailor skipper labourer laborer shopkeeper neighbour neighbor "
    "master"
)
