"""A word in capitals on a masthead: said as a word ("HEATHLINE", "NEWS") or read out letter by
letter ("ITV", "BHWU")? Said words are title-cased and letters kept ("BHWU MEMBERS' BULLETIN" is
"BHWU Members' Bulletin", not "Bhwu ..."; "ITV NEWS" is "ITV News").

A word of any length with no vowel is letters ("FM", "KTV"). A short word (initialisms are
short) is letters too when it cannot be said: English opens no word with its first consonants or
closes none with its last ("BH-W", "-TV", "-FP", "-BC"). Sayable initialisms ("NATO", "UPI") are
title-cased, the style of many British papers ("Nato"); a longer word is always said, as place
names English does not say ("GDANSK", "CWMBRAN", "DHAKA") and plain words it does ("FIFTH")
would otherwise be kept in capitals (review letters28).
"""

from __future__ import annotations

import re

VOWELS = frozenset("AEIOUÀÁÂÃÄÅÆÈÉÊËÌÍÎÏÒÓÔÕÖØÙÚÛÜ")
# Initialisms are this long at most ("BHWU", "ANSA"); longer words are said (a choice: longer
# place names in capitals that English does not say, "GDANSK", "CWMBRAN", outnumber longer
# initialisms, "RSPCA", on mastheads).
MAX_INITIALISM = 4
# Written in capitals with no vowel, yet said as words (short forms of titles and places).
SAID_SHORT_FORMS = frozenset({"ST", "MT", "DR", "MR", "MRS"})
# Two letters are read out ("AP", "EU") unless they are one of these words, English or the
# articles and prepositions of the names of foreign titles ("LE MONDE", "AL JAZEERA").
TWO_LETTER_WORDS = frozenset(
    {"OF", "ON", "IN", "AT", "BY", "TO", "MY", "UP", "NO", "GO", "DO", "SO", "AN", "AS", "OR"}
    | {"IS", "IT", "WE", "ME", "BE", "HE", "OH", "OX"}
    | {"LE", "LA", "EL", "DE", "DU", "AL", "DI", "DA", "IL", "LO", "UN", "EN", "ET", "ZU"}
)
# Consonants a short word can open with: English onsets, and those of names English writes
# ("Llanelli", "Khan", "Tsar", "Pfalz", "Zhou", "Sri", "Bhutan").
ONSETS = frozenset(
    {"BL", "BR", "CH", "CL", "CR", "DR", "DW", "FL", "FR", "GL", "GN", "GR", "KL", "KN", "KR"}
    | {"KW", "PH", "PL", "PR", "PS", "SC", "SH", "SK", "SL", "SM", "SN", "SP", "ST", "SW", "TH"}
    | {"TR", "TW", "WH", "WR", "SCR", "SHR", "SPL", "SPR", "STR", "THR", "SQ", "PHR", "CHR"}
    | {"LL", "KH", "GH", "ZH", "TS", "PF", "SV", "SZ", "CZ", "DJ", "DZ", "VL", "VR", "MB", "NG"}
    | {"SCH", "SCHL", "SCHM", "SCHN", "SCHR", "SCHW", "ZW", "DV", "KV", "RH", "GW", "CW", "DN"}
    | {"BRN", "PHN"}
    | {"MN", "PT", "KS", "SCL", "SR", "BH", "DH"}
)
# Consonants a short word can close with, after a plural or possessive "S" is set aside.
CODAS = frozenset(
    {"CH", "CK", "CT", "FT", "GH", "GN", "LB", "LD", "LF", "LK", "LL", "LM", "LN", "LP", "LT"}
    | {"LV", "MB", "MN", "MP", "ND", "NG", "NK", "NS", "NT", "NX", "NZ", "PH", "PT", "RB", "RC"}
    | {"RD", "RF", "RG", "RK", "RL", "RM", "RN", "RP", "RS", "RT", "RV", "SH", "SK", "SM", "SP"}
    | {"SS", "ST", "TH", "TS", "TZ", "WL", "WN", "WK", "XT", "FF", "ZZ", "DD", "GG", "TT", "NN"}
    | {"RR", "MM", "NC", "NH", "FTH", "XTH", "DTH", "CHT", "GHT", "LCH", "LTH", "MPH", "MPT"}
    | {"NCH", "NCT"}
    | {"NST", "NTH", "RCH", "RGH", "RLD", "RSH", "RST", "RTH", "SCH", "SHT", "TCH", "NSK", "RSK"}
)
LETTERS_RE = re.compile(r"[^A-ZÀ-Ý]")


def read_as_letters(word: str) -> bool:
    """Whether a word in capitals is read out letter by letter, so stays in capitals: no vowel
    ("FM"), or a short word that cannot be said ("ITV")."""
    letters = LETTERS_RE.sub("", word)
    if not letters or any(char.islower() for char in word) or letters in SAID_SHORT_FORMS:
        return False
    if not any(_vowel_at(letters, i) for i in range(len(letters))):
        return True
    if len(letters) == 2:
        return letters not in TWO_LETTER_WORDS
    return len(letters) <= MAX_INITIALISM and not _sayable(letters)


def _sayable(letters: str) -> bool:
    """An opening and a closing English can say ("SKY", "YORK", "RHYL", "RYE")."""
    vowel_at = [i for i, char in enumerate(letters) if _vowel_at(letters, i)]
    if not vowel_at:
        return False
    onset, coda = letters[: vowel_at[0]], letters[vowel_at[-1] + 1 :]
    if len(coda) > 1 and coda.endswith("S") and coda != "SS":
        coda = coda[:-1]
    return (len(onset) <= 1 or onset in ONSETS) and (len(coda) <= 1 or coda in CODAS)


def _vowel_at(letters: str, index: int) -> bool:
    """A vowel letter; "Y" but opening a word before a vowel ("YORK"; "RYE", "KYIV", "SKY" say
    it); "W" between consonants ("CWM")."""
    char = letters[index]
    after = letters[index + 1 : index + 2]
    if char in VOWELS:
        return True
    if char == "Y":
        return index > 0 or after not in VOWELS
    before = letters[index - 1 : index] if index else ""
    return char == "W" and bool(before) and before not in VOWELS and after not in VOWELS
