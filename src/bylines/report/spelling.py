"""Whether two words are one word spelled two ways: British and American ('colour' / 'color',
'organise' / 'organize', 'centre' / 'center', 'travelled' / 'traveled'), joined or not
('e-mail' / 'email'), with or without accents ('Zürich' / 'Zurich'), or a slip of the keys
inside the word ('constituional' / 'constitutional'). Not two words that look alike but say
other things: a direction or an opposite prefix swapped ('northeast' / 'northwest',
'overestimated' / 'underestimated', 'ascended' / 'descended'), a prefix put before a word
('legal' / 'illegal'), another first or last letter ('older' / 'elder', 'Israel' /
'Israeli'), or a letter from across the keyboard ('charged' / 'changed'). Two words a slip
of a neighbouring key or two swapped letters apart ('collided' / 'colluded', 'martial' /
'marital') are still taken for one: without a dictionary of the language, that is the price
of taking a copy's typo fix for no change.

The citation check (``verify``) asks this of the words a copy's line swaps for its original's:
a line only respelled is the original's statement; one with a word swapped is the copy's own.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise

from rapidfuzz.distance import Indel, Levenshtein

# Character similarity (Indel) a slip of the keys leaves: every slip in the copies of 50 DUC
# 2004 clusters is 0.857 or more ('gadhafi' / 'gadhadi' 0.857, 'immiment' / 'imminent' 0.875,
# 'quicky' / 'quickly' 0.92); one letter other in a word of five or six is 0.8 to 0.83 and
# as often another word ('whose' / 'whole', 'house' / 'horse'). Set by hand on such pairs.
RESPELLED = 0.85
# Letters the shorter word needs for a slip: in shorter words one letter more or other is
# mostly another word ('four' / 'for', 'lose' / 'loose', 'bear' / 'beer').
MIN_SLIP_WORD = 5
# Letters a slip may change inside a word (between its first and last letters, after the
# British/American forms are met): 'immiment' / 'imminent', 'conserative' / 'conservative'
# (every slip in the copies of 50 DUC 2004 clusters is one). Two would let 'northeast' /
# 'northwest' through without the opposite prefixes below.
SLIP_LETTERS = 1

# Parts of a word that, swapped for each other, turn what it says: 'north'/'south'east,
# 'over'/'under'estimated, 'as'/'de'cended, 'in'/'out'bound, 'pre'/'post'war, 'im'/'ex'ports.
_OPPOSITE_PARTS = (
    ("north", "south"),
    ("east", "west"),
    ("over", "under"),
    ("up", "down"),
    ("in", "out"),
    ("in", "ex"),
    ("as", "de"),
    ("pre", "post"),
    ("im", "ex"),
    ("inter", "intra"),
    ("max", "min"),
    ("inc", "dec"),
)
# British forms and the American ones they are met with, each an ending after a few letters
# (so 'four' is no 'for', 'prise' no 'prize', 'fence' no 'fense').
_BRITISH = (
    # colour, honoured, favourite, labourer
    (re.compile(r"(?<=[a-z]{2})our(?=(?:s|ed|ing|ite|ites|able|ably|ful|less|er|ers)?$)"), "or"),
    # organise, organised, organisation, realising
    (re.compile(r"(?<=[a-z]{3})is(?=(?:e|es|ed|ing|ation|ations|er|ers)$)"), "iz"),
    (re.compile(r"(?<=[a-z]{2})ys(?=(?:e|es|ed|ing)$)"), "yz"),  # analyse, paralysed
    (re.compile(r"(?<=[a-z]{2}[^aeiouy])re(?=s?$)"), "er"),  # centre, theatres, litre
    (re.compile(r"(?<=[a-z]{2})ence(?=s?$)"), "ense"),  # defence, licence, offences
    (re.compile(r"(?<=[a-z]{3})ogue(?=s?$)"), "og"),  # catalogue, dialogues
    (re.compile(r"(?<=[a-z]{3})mme(?=s?$)"), "m"),  # programme
    (re.compile(r"(?<=[a-z]{2})wards$"), "ward"),  # towards, afterwards
    (re.compile(r"(?<=[a-z])(?:ae|oe)(?=[a-z]{2})"), "e"),  # paediatric, manoeuvre, anaemia
)
# A doubled 'l' before an ending, after a word of two vowels or more: 'travelled', 'cancelling',
# 'counsellor' (not 'filled' / 'filed', 'willing' / 'wiling': one vowel, two words).
_DOUBLED_L = re.compile(r"ll(?=(?:ed|ing|er|ers|or|ors)$)")
_VOWELS = re.compile(r"[aeiouy]")


def respelled(old: str, new: str) -> bool:
    """``old`` and ``new`` (lower case words, space-separated) say the same words spelled
    another way: word by word when they have as many, else joined ('e mail' / 'email')."""
    if old == new:
        return True
    if old.endswith(new) or new.endswith(old):
        return False  # a prefix put before a word: 'legal' / 'illegal', 'armed' / 'unarmed'
    old_words, new_words = old.split(), new.split()
    if len(old_words) == len(new_words) > 1:
        return all(map(respelled, old_words, new_words))
    return _one_word_respelled(_plain(old), _plain(new))


def _one_word_respelled(old: str, new: str) -> bool:
    if old == new:
        return True  # 'e-mail' / 'email', 'Zürich' / 'Zurich'
    if _opposite(old, new):
        return False
    old_form, new_form = _american(old), _american(new)
    if old_form == new_form:
        return True
    return _slip(old_form, new_form)


def _slip(old: str, new: str) -> bool:
    """A slip of the keys inside a word of MIN_SLIP_WORD letters or more: the same first and
    last letters, SLIP_LETTERS edited between them (no letter doubled), alike to RESPELLED, and
    a slip a typist makes: a letter left out or put in, two letters swapped, or a key's
    neighbour struck ('gadhadi'); not another letter from across the keyboard, which is as
    often another word ('charged' / 'changed', 'injured' / 'insured')."""
    if min(len(old), len(new)) < MIN_SLIP_WORD or (old[0], old[-1]) != (new[0], new[-1]):
        return False
    if _doubled(old, new):
        return False
    if len(old) == len(new):
        if not transposed(old, new) and not _next_key(old, new):
            return False
    elif Levenshtein.distance(old[1:-1], new[1:-1]) > SLIP_LETTERS:
        return False
    return Indel.normalized_similarity(old, new) >= RESPELLED


def transposed(old: str, new: str) -> bool:
    """Two letters (or digits) side by side struck in the other order: 'recieve' /
    'receive', '46' / '64'. Strings of other lengths are never transposed."""
    if len(old) != len(new):
        return False
    apart = [i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
    if len(apart) != 2 or apart[1] != apart[0] + 1:
        return False
    first, second = apart
    return (old[first], old[second]) == (new[second], new[first])


def _next_key(old: str, new: str) -> bool:
    """One letter struck for its neighbour on the keyboard: 'gadhafi' / 'gadhadi'."""
    apart = [(a, b) for a, b in zip(old, new, strict=True) if a != b]
    return len(apart) == 1 and apart[0][1] in _NEIGHBOURS.get(apart[0][0], "")


def _keyboard_neighbours(rows: tuple[str, ...]) -> dict[str, str]:
    """Each key's neighbours on a QWERTY keyboard: beside it, and above and below it (a row
    sits half a key to the right of the one above)."""
    near: dict[str, set[str]] = {key: set() for row in rows for key in row}
    for upper, lower in pairwise(rows):
        for i, key in enumerate(lower):
            near[key] |= set(upper[i : i + 2])
            for above in upper[i : i + 2]:
                near[above].add(key)
    for row in rows:
        for left, right in pairwise(row):
            near[left].add(right)
            near[right].add(left)
    return {key: "".join(sorted(keys)) for key, keys in near.items()}


_NEIGHBOURS = _keyboard_neighbours(("qwertyuiop", "asdfghjkl", "zxcvbnm"))


def _doubled(old: str, new: str) -> bool:
    """One word is the other with a letter doubled: 'filled' / 'filed', 'hopping' / 'hoping'
    are two words (the British 'travelled' is met by ``_american`` before)."""
    longer, shorter = (old, new) if len(old) > len(new) else (new, old)
    return len(longer) == len(shorter) + 1 and any(
        longer[at] == longer[at - 1] and longer[:at] + longer[at + 1 :] == shorter
        for at in range(1, len(longer))
    )


def _opposite(old: str, new: str) -> bool:
    """One word is the other with a direction or an opposite prefix swapped."""
    return any(
        _swapped(old, new, first, second) or _swapped(old, new, second, first)
        for first, second in _OPPOSITE_PARTS
    )


def _swapped(old: str, new: str, part: str, other: str) -> bool:
    at = old.find(part)
    while at >= 0:
        if new == old[:at] + other + old[at + len(part) :]:
            return True
        at = old.find(part, at + 1)
    return False


def _plain(words: str) -> str:
    """The words joined, without accents: 'e mail' -> 'email', 'zürich' -> 'zurich'."""
    return unaccented(words.replace(" ", "").replace("-", ""))


def unaccented(text: str) -> str:
    """The text without its accents ('Lindén' -> 'Linden')."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _american(word: str) -> str:
    """A word with its British forms spelled the American way."""
    for form, american in _BRITISH:
        word = form.sub(american, word)
    doubled = _DOUBLED_L.search(word)
    if doubled and len(_VOWELS.findall(word[: doubled.start()])) >= 2:
        word = word[: doubled.start()] + word[doubled.start() + 1 :]
    return word
