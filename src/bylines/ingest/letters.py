"""A word in capitals on a masthead: said as a word ("HEATHLINE", "NEWS") or read out letter by
letter ("ITV", "BHWU")? A name set in capitals is shown as the story writes it, and when the story
never writes it, said words are title-cased and letters kept ("BHWU MEMBERS' BULLETIN" is "BHWU
Members' Bulletin", not "Bhwu ..."; "ITV NEWS" is "ITV News").

A word is sayable when it has a vowel and opens and closes with consonants an English word (or a
place name English writes) can open and close with. An initialism with a vowel almost always
breaks that: "BH-" opens no word, "-TV", "-FP", "-BC" close none. Sayable initialisms ("NATO",
"UPI") are title-cased, the style of many British papers ("Nato").
"""

from __future__ import annotations

import re

VOWELS = frozenset("AEIOU")
# Written in capitals with no vowel, yet said as words (short forms of titles and places).
SAID_SHORT_FORMS = frozenset({"ST", "MT", "DR", "MR", "MRS"})
# Two letters are read out ("AP", "EU") unless they are one of these words.
TWO_LETTER_WORDS = frozenset(
    {"OF", "ON", "IN", "AT", "BY", "TO", "MY", "UP", "NO", "GO", "DO", "SO", "AN", "AS", "OR"}
    | {"IS", "IT", "WE", "ME", "BE", "HE", "OH", "OX"}
)
# Consonants a word can open with: English onsets, and those of place and family names English
# writes ("Llandovery", "Khartoum", "Tsarskoye", "Pfalz", "Zhongshan", "Schwerin", "Mbeki").
ONSETS = frozenset(
    {"BL", "BR", "CH", "CL", "CR", "DR", "DW", "FL", "FR", "GL", "GN", "GR", "KL", "KN", "KR"}
    | {"KW", "PH", "PL", "PR", "PS", "SC", "SH", "SK", "SL", "SM", "SN", "SP", "ST", "SW", "TH"}
    | {"TR", "TW", "WH", "WR", "SCR", "SHR", "SPL", "SPR", "STR", "THR", "SQ", "PHR", "CHR"}
    | {"LL", "KH", "GH", "ZH", "TS", "PF", "SV", "SZ", "CZ", "DJ", "DZ", "VL", "VR", "MB", "NG"}
    | {"SCH", "SCHL", "SCHM", "SCHN", "SCHR", "SCHW", "ZW", "DV", "KV"}
    | {"RH", "GW", "CW", "DN", "MN", "PT", "KS", "SCL"}
)
# Consonants a word can close with, after a plural or possessive "S" is set aside.
CODAS = frozenset(
    {"CH", "CK", "CT", "FT", "GH", "GN", "LB", "LD", "LF", "LK", "LL", "LM", "LN", "LP", "LT"}
    | {"LV", "MB", "MN", "MP", "ND", "NG", "NK", "NS", "NT", "NX", "NZ", "PH", "PT", "RB", "RC"}
    | {"RD", "RF", "RG", "RK", "RL", "RM", "RN", "RP", "RS", "RT", "RV", "SH", "SK", "SM", "SP"}
    | {"SS", "ST", "TH", "TS", "TZ", "WL", "WN", "WK", "XT", "CHT", "GHT", "LCH", "LTH", "MPH"}
    | {"MPT", "NCH", "NCT", "NST", "NTH", "RCH", "RGH", "RLD", "RSH", "RST", "RTH", "SCH"}
    | {"SHT", "TCH", "NSK", "RSK", "NGST", "FF", "ZZ", "DD", "GG", "TT", "NN", "RR", "MM"}
)
LETTERS_RE = re.compile(r"[^A-ZÀ-Ý]")


def read_as_letters(word: str, story: str = "") -> bool:
    """Whether a word in capitals is read out letter by letter, so stays in capitals: the story
    writes it so ("the BHWU said"), or it has no vowel ("FM"), or it cannot be said ("ITV")."""
    letters = LETTERS_RE.sub("", word)
    if not letters or any(char.islower() for char in word):
        return False
    if letters in SAID_SHORT_FORMS:
        return False
    if story and _written_in_capitals(letters, story):
        return True
    if len(letters) == 2:
        return letters not in TWO_LETTER_WORDS
    return not _sayable(letters)


def _written_in_capitals(letters: str, story: str) -> bool:
    """The story writes the word in capitals after a word in ordinary case ("members of the
    BHWU"); a dateline in capitals opening a line ("TOLMAR, 14 May -") is no such evidence."""
    return re.search(rf"\b[a-z][\w'’]*[ ,(]+{letters}(?![\w'’-])", story) is not None


def _sayable(letters: str) -> bool:
    """A vowel, and an opening and a closing English can say ("TOLMAR", "SKY", "STANDARD")."""
    vowel_at = [i for i, char in enumerate(letters) if char in VOWELS or (char == "Y" and i)]
    if not vowel_at:
        return False
    onset, coda = letters[: vowel_at[0]], letters[vowel_at[-1] + 1 :]
    if len(coda) > 1 and coda.endswith("S") and coda != "SS":
        coda = coda[:-1]
    return (len(onset) <= 1 or onset in ONSETS) and (len(coda) <= 1 or coda in CODAS)
