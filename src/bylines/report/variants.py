"""How wordings of one quotation differ: the same words, other words, or another meaning.

Quotes compare in a normal form (lower case, British and American spellings met, "U.S." and
"US" one word, small number words as digits), so a translation that differs only in spelling
is "same"; trimming and rewording are "wording"; a number, a negation or an opposite word that
changes, or a different claim altogether, is "meaning", and only that becomes a conflict.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import Literal

from bylines.types import Conflict, DiffPiece, Position, Quote, QuoteVariant
from bylines.wordlists import (
    IRREGULAR_VERBS,
    MONTH_NAMES,
    NUMBER_WORDS_BELOW_20,
    PREPOSITIONS,
    WEEKDAY_NAMES,
    s_plural,
    wordset,
)

Difference = Literal["same", "wording", "meaning"]

# Stems are word prefixes of this length: cheap, language-free, and enough to meet British and
# American spellings and noun/verb forms of one word.
STEM = 5
# An edit of at most this many words on either side can flip a statement with a negation or an
# opposite word; a longer one is a clause one outlet left out.
LOCAL_EDIT = 3
# Below this content overlap two variants are different claims, not two wordings of one.
DIFFERENT_CLAIM = 0.34
# A pronoun refers to the previous quote's speaker when that quote is at most this many
# A variant is given as a word diff against the first one only while at most this share of
# their words changed; past it (a three-word partial quote of a long statement) the marks
# would hide the words, and the variant is shown as written.
MAX_DIFF_SHARE = 0.6
_NEGATIONS = wordset(
    "not no never none nothing nobody neither nor without cannot n't"  # normalised
)
# Words that pass a negation on to the verb after them ("no plans to appeal", "not expected to
# close", "did not appear to spread"), as word beginnings ("appear", not "appea": "appeal").
_TRANSPARENT = (
    "plan", "intend", "intention", "want", "expect", "appear", "seem", "likely", "able", "going",
    "try", "tried", "trie", "reason", "need",
)  # fmt: skip
# How many words after a negation its word may come ("no plans to appeal": three).
NEGATION_REACH = 4
_OPPOSITES = (
    ("agree", "disagree"), ("increase", "decrease"), ("rise", "fall"), ("accept", "reject"),
    ("support", "oppose"), ("more", "less"), ("win", "lose"), ("up", "down"), ("will", "won't"),
    ("can", "can't"), ("allow", "ban"), ("success", "failure"), ("before", "after"),
    ("raise", "cut"), ("raise", "lower"), ("increase", "cut"), ("open", "close"),
    ("open", "shut"), ("start", "stop"), ("resume", "suspend"), ("lift", "impose"),
    ("confirm", "deny"), ("include", "exclude"), ("safe", "unsafe"), ("guilty", "innocent"),
    ("approve", "reject"), ("approve", "block"), ("keep", "scrap"), ("expand", "reduce"),
    ("legal", "illegal"), ("likely", "unlikely"), ("able", "unable"), ("lawful", "unlawful"),
    ("welcome", "condemn"), ("praise", "criticise"), ("true", "false"), ("always", "never"),
    # a speaker's stance on what they say: "I believe this was planned" / "I doubt this was"
    # ("expect" / "doubt" is left out: days apart it is a view changed, not two versions)
    ("believe", "doubt"), ("think", "doubt"),
    ("all", "none"), ("higher", "lower"), ("better", "worse"), ("early", "late"),
    # a pause is not an end: "will delay the vote" / "will cancel the vote"
    ("delay", "cancel"), ("postpone", "cancel"), ("suspend", "cancel"), ("suspend", "end"),
    ("pause", "end"), ("temporary", "permanent"), ("partial", "total"), ("partial", "full"),
    # where a level stands: "staffing was below the normal level" / "at the normal level"
    ("above", "below"), ("at", "below"), ("at", "above"), ("over", "under"),
    ("inside", "outside"),
    # a loan, a sale and a gift exclude each other ("the brewery lent us the tables" / "sold
    # us"; "loaned" is "lent" in other words); not "buy" / "sell", one deal told by its buyer
    # and its seller
    ("lend", "sell"), ("donate", "sell"), ("lend", "donate"), ("loan", "sell"),
    ("loan", "donate"),
)  # fmt: skip
# Negative contractions typed without the apostrophe ("I cant speak", a page's typing): the
# same words as "can't"; "wont" and "cant" are also words, too rare in quotes to matter.
_BARE_NOT = wordset(
    "cant dont didnt doesnt isnt wasnt arent werent couldnt wouldnt shouldnt havent hasnt hadnt"
)
_NUMBER_WORDS = {w: str(i) for i, w in enumerate(NUMBER_WORDS_BELOW_20[:13])}
FUNCTION_WORDS = wordset(
    """a an the and or but of to in on at for with by from as is are was were be been being have
    has had do does did that this these those it its we our us i me my you your he she his her
    they their them will would can could should shall may might must so than then there here
    what which who whom whose about into over also very just all some any"""
)
# Irregular past forms whose prefix is not the verb's: direct and reported speech, or two
# outlets, put one verb in two tenses ("we knew" / "they had known" / "did not know").
_IRREGULAR_PAST = {form: verb for verb, forms in IRREGULAR_VERBS.items() for form in forms}
# Hyphenated words split ("China-US" and "US-China" share both words); apostrophes and the dots
# of "U.S." stay inside a token.
_TOKEN = re.compile(r"[A-Za-z0-9]+(?:[’'.][A-Za-z0-9]+)*")

# The subject of a conflict over who said a quote (renderers label it apart).
WHO_SAID = "who said"


def stems(text: str) -> frozenset[str]:
    """Content stems of a text: lower-cased, stop words dropped, numbers kept whole."""
    return stem_set(normal_tokens(text))


def stem_set(tokens: Iterable[str]) -> frozenset[str]:
    return frozenset(_stem(t) for t in tokens if t not in FUNCTION_WORDS)


def _stem(token: str) -> str:
    """A prefix, after a plural 's' ('sign' and 'signs' meet; 'press' keeps its 's'); an
    irregular past is its verb ("I knew" reported as "she did not know" must meet)."""
    if token.isdigit():
        return token
    token = _IRREGULAR_PAST.get(token, token)
    token = token[:-1] if s_plural(token) else token
    # "wished" and "wish", "voted" and "vote", "stopped" and "stop" meet before the prefix
    # cut: a reported verb is in another tense than the quote's.
    for ending in ("ing", "ed"):
        if token.endswith(ending) and len(token) - len(ending) >= 3:
            token = token[: -len(ending)]
            if token[-1] == token[-2] and token[-1] not in "lsfz":
                token = token[:-1]
            break
    else:
        token = token[:-1] if token.endswith("e") and len(token) > 3 else token
    return token[:STEM]


def normal_tokens(text: str) -> list[str]:
    """Lower-case words with spellings, contractions and small number words made uniform."""
    tokens: list[str] = []
    for raw in _TOKEN.findall(text.replace("’", "'")):
        word = raw.lower().replace(".", "") if "." in raw and raw.isupper() else raw.lower()
        if word.endswith("n't"):
            tokens.extend([word[:-3] or "not", "not"])
            continue
        if word in _BARE_NOT:  # "cant" typed for "can't": the same words, not a negation lost
            tokens.extend([word[:-2], "not"])
            continue
        word = "can not" if word == "cannot" else word
        word = re.sub(r"is(e|ed|es|ing|ation|ations)$", r"iz\1", word) if len(word) > 6 else word
        tokens.extend(_NUMBER_WORDS.get(w, w) for w in word.split())
    return tokens


def shown_diff(first: str, variant: str) -> tuple[DiffPiece, ...]:
    """The variant as a word diff from the first wording; empty when it is best shown as
    written (identical, or so different that the marks would bury the words)."""
    pieces = word_diff(first, variant)
    changed = sum(len(text.split()) for op, text in pieces if op != "equal")
    total = len(first.split()) + len(variant.split())
    if not changed or changed > MAX_DIFF_SHARE * total:
        return ()
    return tuple(pieces)


def word_diff(a: str, b: str) -> list[DiffPiece]:
    """Word-level difference from ``a`` to ``b``: ("equal" | "delete" | "insert", words).

    Words compare in normal form (case, spelling, "U.S."/"US"), so a renderer shows only what
    changed; the text of each piece is as written (``b``'s words for equal pieces).
    """
    words_a, words_b = a.split(), b.split()
    keys_a = [" ".join(normal_tokens(w)) for w in words_a]
    keys_b = [" ".join(normal_tokens(w)) for w in words_b]
    diff: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(a=keys_a, b=keys_b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            diff.append(("equal", " ".join(words_b[j1:j2])))
            continue
        if i2 > i1:
            diff.append(("delete", " ".join(words_a[i1:i2])))
        if j2 > j1:
            diff.append(("insert", " ".join(words_b[j1:j2])))
    return diff


def classify_variants(a: str, b: str, polarity: bool = True) -> Difference:
    """ "same" (one text), "wording" (translation, trimming) or "meaning" (a number, a negation,
    an opposite word, or another claim). ``polarity``: also a word negated in one and said
    plainly in the other however far apart the rest (for one named speaker's words)."""
    tokens_a, tokens_b = normal_tokens(a), normal_tokens(b)
    if tokens_a == tokens_b:
        return "same"
    if not _same_claim(a, b):
        return "meaning"
    edits = list(
        _edits(
            tokens_a, tokens_b, _known_not_denied(tokens_a, tokens_b), _timed(tokens_a, tokens_b)
        )
    )
    if (
        _changes_meaning(edits)
        or _moment_flip(tokens_a, tokens_b)
        or (polarity and (_polarity_flips(tokens_a, tokens_b) or _degree_flips(tokens_a, tokens_b)))
    ):
        return "meaning"
    return "wording"


def _same_claim(a: str, b: str) -> bool:
    """Whether two wordings share enough words to be one claim at all (else another claim)."""
    stems_a, stems_b = stems(a), stems(b)
    smaller = min(len(stems_a), len(stems_b)) or 1
    return len(stems_a & stems_b) / smaller >= DIFFERENT_CLAIM


# Adverbs that say a thing was done enough or not enough, opposite on the same word ("well
# equipped" / "insufficiently equipped", an ECB+ trial's police statement and its report);
# not intensifiers ("badly hurt" is hurt, so "badly" is not here).
_ENOUGH = wordset("well sufficiently adequately properly amply")
_NOT_ENOUGH = wordset("insufficiently inadequately poorly ill improperly")


def degree_flips(a: str, b: str) -> bool:
    """``_degree_flips`` of two texts (for wordings of one group not compared directly)."""
    return _degree_flips(normal_tokens(a), normal_tokens(b))


def _degree_flips(a: Sequence[str], b: Sequence[str]) -> bool:
    """One wording says a word was done enough, the other not enough ("was well equipped" /
    "were insufficiently equipped")."""
    return bool(
        (_graded(a, _ENOUGH) & _graded(b, _NOT_ENOUGH))
        | (_graded(a, _NOT_ENOUGH) & _graded(b, _ENOUGH))
    )


# A negated word in a run of words the same in both wordings, with this many content words, is
# one statement flipped ("She is not badly hurt" / "the mare was badly hurt": "badly hurt",
# the tense of "be" aside); the negated word alone is a word the other uses about another
# thing ("there was no warning" / "the warning came too late").
FLIP_CONTEXT = 2


def negation_flips(a: str, b: str) -> bool:
    """One wording negates what the other says plainly, in the same words around it ("She is
    not badly hurt" / "the mare was badly hurt"; "We will not close" / "we will close"): for
    two wordings of one speaker that the quotes stage joined through a third, so never
    compared word for word. Not two negations ("no longer" / "not"), "not only ... but" (no
    negation of the claim), nor a negated word the other wording says in other words around it
    ("there was no warning" / "the warning came too late")."""
    tokens_a, tokens_b = normal_tokens(a), normal_tokens(b)
    if (_negations(tokens_a) > 0) == (_negations(tokens_b) > 0) or _known_not_denied(
        tokens_a, tokens_b
    ):
        return False
    negated, plain = (tokens_a, tokens_b) if _negations(tokens_a) else (tokens_b, tokens_a)
    if _compared_or_timed(negated):
        return False
    # (without the words a rewording adds or drops freely: "was secured" / "had been secured")
    kept = [t for t in negated if not negation(t) and t not in _FREE_WORDS]
    other = [_stem(t) for t in plain if t not in _FREE_WORDS]
    stems_kept = [_stem(t) for t in kept]
    for word in _negated_each(negated):
        for at in (k for k, stem in enumerate(stems_kept) if stem == word):
            for there in (k for k, stem in enumerate(other) if stem == word):
                start, end = _run_through(stems_kept, other, at, there)
                content = [t for t in kept[start:end] if t not in FUNCTION_WORDS]
                # the run must reach the end of the shorter wording: words after it that
                # differ ("race again this season" / "next season", "on Monday" / "from
                # Wednesday", "for good" / "for a month") say another thing of the same verb
                shorter_end = len(kept) if len(kept) <= len(other) else len(other)
                reaches_end = (end if len(kept) <= len(other) else there + end - at) == shorter_end
                # the whole of a short wording ("We will not close") or enough content words
                # ("we will not close the pool" / "we will close the gym" share one: "close")
                enough = len(content) >= FLIP_CONTEXT or start == 0
                if reaches_end and enough:
                    return True
    return False


# After a negation, words that make it a time ("will not open until Friday" says it opens on
# Friday), within the negation's reach (NEGATION_REACH words on: "will not reopen the bridge
# until Sunday"; a later "until" belongs to another clause, "no remorse and lied to the court
# until the last day", as two keyed quote conflicts of the tuning set showed); "as" right
# after it makes a comparison ("not as badly hurt as we feared" says she is hurt).
_UNTIL = wordset("until till")


def _compared_or_timed(tokens: Sequence[str]) -> bool:
    """Whether a negated wording compares or times rather than denies: a negation with "as"
    right after it, or "until" within its reach."""
    return any(
        negation(t)
        and (
            tokens[k + 1 : k + 2] == ["as"]
            or not _UNTIL.isdisjoint(tokens[k + 1 : k + 2 + NEGATION_REACH])
        )
        for k, t in enumerate(tokens)
    )


# Words that set a period against the speaker's now ("this season", "next week").
_PERIOD_WORDS = wordset("this next last coming")


def _other_period(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether the wordings put one time noun in two periods ("will not race again this
    season" / "would race again next season"; "not this week" / "next week"): both can be
    true, so a negation between them is no flip."""
    periods_a = {a[k + 1]: t for k, t in enumerate(a[:-1]) if t in _PERIOD_WORDS}
    periods_b = {b[k + 1]: t for k, t in enumerate(b[:-1]) if t in _PERIOD_WORDS}
    return any(noun in periods_b and periods_b[noun] != t for noun, t in periods_a.items())


def _timed(a: Sequence[str], b: Sequence[str]) -> bool:
    """One wording negated, the other not, where the negation compares or times ("not as
    badly hurt as we feared", "will not open until Friday") or the two put one time noun in
    two periods ("not this season" / "next season"): both can be true, no flip."""
    if (_negations(a) > 0) == (_negations(b) > 0):
        return False
    return _compared_or_timed(a if _negations(a) else b) or _other_period(a, b)


def _run_through(a: Sequence[str], b: Sequence[str], at: int, there: int) -> tuple[int, int]:
    """The span of ``a`` of the run of equal words of ``a`` and ``b`` through ``a[at]`` and
    ``b[there]``."""
    before = 0
    while at - before > 0 and there - before > 0 and a[at - before - 1] == b[there - before - 1]:
        before += 1
    after = 0
    while (
        at + after + 1 < len(a)
        and there + after + 1 < len(b)
        and a[at + after + 1] == b[there + after + 1]
    ):
        after += 1
    return at - before, at + after + 1


def _graded(tokens: Sequence[str], adverbs: frozenset[str]) -> set[str]:
    """The stems right after one of the adverbs."""
    return {_stem(tokens[i + 1]) for i, t in enumerate(tokens[:-1]) if t in adverbs}


def _polarity_flips(a: Sequence[str], b: Sequence[str]) -> bool:
    """One wording negated and the other not, on a word both say ("We saw no anomalies" /
    "engineers had seen some anomalies"); two negations put on different words ("Nobody's
    safety is worth a concert" / "no concert was worth their safety") are a rewording."""
    if (_negations(a) > 0) == (_negations(b) > 0) or _known_not_denied(a, b) or _timed(a, b):
        return False
    negated_a, negated_b = set(_negated_each(a)), set(_negated_each(b))
    # a word said both ways inside one wording ("No help ... kids helping kids") decides nothing
    plain_a, plain_b = _plain(a), _plain(b)
    return bool((negated_a & plain_b - plain_a) | (negated_b & plain_a - plain_b))


# Words before a noun that take the thing it names as known, not as there or not there.
_DEFINITE = wordset("the this that these those its his her their our my your")


def _plain(tokens: Sequence[str]) -> set[str]:
    """The content stems a wording says at least once without a negation on them."""
    said = Counter(_stem(t) for t in tokens if t not in FUNCTION_WORDS and not negation(t))
    bearing = Counter(_negated_each(tokens))
    return {stem for stem, count in said.items() if count > bearing[stem]}


def _negated_each(tokens: Sequence[str]) -> list[str]:
    """The stems a negation bears on: the first content word after it, past stop words and
    words that pass the negation on ("no plans to appeal", "did not appear to be spreading").
    A word said with "no" by one outlet and without by another flips the statement however
    much else was reworded ("We saw no anomalies" / "engineers had seen some anomalies")."""
    negated: list[str] = []
    for at, token in enumerate(tokens):
        if not negation(token):
            continue
        for offset, word in enumerate(tokens[at + 1 : at + 1 + NEGATION_REACH]):
            if negation(word):
                break
            if offset == 0 and token == "no" and word == "1":
                continue  # "no one" (its "one" read as a number) is "nobody"
            if word not in FUNCTION_WORDS and not word.startswith(_TRANSPARENT):
                negated.append(_stem(word))
                break
    return negated


# A negation said of every moment, which denies its clause, not the moment: 'at no point',
# 'at no time', 'at no stage', 'not for a moment', 'not for one second', 'never once'
# (fresh35's airshow: 'At no point was the crowd in danger' bore on 'point', so 'the crowd had
# been in danger for a moment' read as a rewording of it). What it bears on is the whole
# claim, not a word: fronted, it puts the verb before the subject, and the first word after it
# is the subject ('At no point was the crowd in danger' / 'the crowd was safe throughout' is
# no flip), so the claim is compared whole (``_moment_flip``). Not 'no point in waiting' (no
# 'at': the point itself denied), 'at one point' (no negation), 'never before seen' (a record).
_DENIED_MOMENTS = wordset("point time stage moment second minute")
# (a bare wording has lost its article: 'not for moment')
_EVERY_MOMENT = (
    ("at", "no"), ("not", "for", "a"), ("not", "for", "1"), ("not", "for"), ("never", "once"),
)  # fmt: skip


def _time_denied_at(tokens: Sequence[str], at: int) -> int | None:
    """Where the phrase ends when the negation at ``at`` is one of ``_EVERY_MOMENT``'s, its
    moment word with it ('at no point', 'not for a moment', 'never once'); else None."""
    for phrase in _EVERY_MOMENT:
        start = at - phrase.index(tokens[at]) if tokens[at] in phrase else -1
        if start < 0 or tuple(tokens[start : start + len(phrase)]) != phrase:
            continue
        end = start + len(phrase)
        if phrase[-1] == "once":
            return end
        if tokens[end : end + 1] and tokens[end] in _DENIED_MOMENTS:
            return end + 1
    return None


# ...and said of some moment, the same claim's positive: 'at one point', 'at some stage', 'for
# a moment', 'briefly' (not 'at one time': formerly, another claim; not 'for a minute': a
# length).
_SOME_MOMENT = re.compile(
    r"^(?:at (?:1|some) (?:point|stage)|for (?:(?:a|1) )?moment|briefly|momentarily)\b"
)


def _moments(tokens: Sequence[str]) -> list[tuple[int, int, bool]]:
    """The spans of a wording's phrases of every or some moment (``_EVERY_MOMENT``,
    ``_SOME_MOMENT``), each with whether it denies."""
    spans: list[tuple[int, int, bool]] = []
    for at, token in enumerate(tokens):
        if spans and at < spans[-1][1]:
            continue  # ('for a moment' inside 'not for a moment')
        if negation(token) and (end := _time_denied_at(tokens, at)) is not None:
            start = next(k for k in range(at, -1, -1) if tokens[k] in {"at", "not", "never"})
            if _denies_every_moment(tokens, start, end):
                spans.append((start, end, True))
        elif some := _SOME_MOMENT.match(" ".join(tokens[at : at + 3])):
            spans.append((at, at + len(some.group().split()), False))
    return spans


# A moment's word that, denied where it stands, is a length ('the alarm rang not for a minute',
# 'not for a second time'): only fronted is it a denial of every moment ('Not for a minute did
# we doubt it'; review-clocks36).
_LENGTH_MOMENTS = wordset("minute second")


def _denies_every_moment(tokens: Sequence[str], start: int, end: int) -> bool:
    """Whether the denial phrase of ``tokens[start:end]`` denies its claim at every moment: not
    'not for a moment but for an hour' (the 'but' says what it was instead, review-clocks36),
    nor a length's 'not for a minute' but fronted."""
    if tokens[end : end + 1] == ["but"]:
        return False
    return start == 0 or tokens[end - 1] not in _LENGTH_MOMENTS or tokens[start] != "not"


def _moved_moment(a: Sequence[str], b: Sequence[str]) -> bool:
    """Two bare wordings that say one claim of every moment, or of some moment, each once and
    with no other negation, in another place or other words of it ('At no point was the crowd
    in danger' / 'the crowd was at no point in danger': the adverbial fronted, the verb before
    its subject; 'the crowd was in danger at one point' / 'had been in danger for a moment'):
    the rest, in order, is the same. Words that moved otherwise ('the dog bit the man' / 'the
    man bit the dog') stay apart, and a denial never meets a moment said."""
    rests = []
    for tokens in (a, b):
        spans = _moments(tokens)
        if len(spans) != 1 or _negations(tokens) != spans[0][2]:
            return False
        start, end, denied = spans[0]
        rests.append((denied, [*tokens[:start], *tokens[end:]]))
    return rests[0] == rests[1]


def _moment_flip(a: Sequence[str], b: Sequence[str]) -> bool:
    """One wording denies a claim at every moment ('At no point was the crowd in danger'), the
    other says it with no negation, of some moment or plainly ('the crowd had been in danger
    for a moment', 'the crowd was in danger'): the same content words but the phrase of the
    moment, one such phrase at most each."""
    claims = []
    for tokens in (a, b):
        spans = _moments(tokens)
        denied = bool(spans) and spans[0][2]
        if len(spans) > 1 or _negations(tokens) != denied:
            return False
        start, end = spans[0][:2] if spans else (0, 0)
        claims.append((denied, stem_set([*tokens[:start], *tokens[end:]])))
    (denied_a, claim_a), (denied_b, claim_b) = claims
    return denied_a != denied_b and claim_a == claim_b


def _edits(
    a: list[str], b: list[str], known: bool = False, timed: bool = False
) -> Iterator[tuple[list[str], list[str]]]:
    """Each edit from ``a`` to ``b``; words only dropped or added at either end are a trimmed
    quote, not an edit. ``known``: a "no" in the edits stands against a known thing of the
    other wording (``_known_not_denied``) and is left out of them; ``timed``: the negation
    compares or times (``_timed``) and every negation is left out."""
    opcodes = difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()
    for number, (op, i1, i2, j1, j2) in enumerate(opcodes):
        at_end = number in {0, len(opcodes) - 1}
        if op != "equal" and not (at_end and op in {"delete", "insert"}):
            if timed:
                yield (
                    [t for t in a[i1:i2] if not negation(t)],
                    [t for t in b[j1:j2] if not negation(t)],
                )
            elif known:
                yield [t for t in a[i1:i2] if t != "no"], [t for t in b[j1:j2] if t != "no"]
            else:
                yield a[i1:i2], b[j1:j2]


def _known_not_denied(a: Sequence[str], b: Sequence[str]) -> bool:
    """One wording's only negations are "no" before a noun that the other names as a known
    thing in another place of its sentence ("there was no warning" / "the warning came too
    late"; "We had no warning from the council" / "the council's warning came too late"): a
    quote about a negative told positively, not a flip. Where the noun stands where the "no"
    stood ("No library will close" / "The library will close", "gave no warning" / "gave the
    warning too late") the "no" flips the claim."""
    negated, plain = (a, b) if _negations(a) else (b, a)
    if not _negations(negated) or _negations(plain):
        return False
    denied = [k for k, t in enumerate(negated) if negation(t)]
    if any(negated[k] != "no" or k + 1 >= len(negated) for k in denied):
        return False
    for k in denied:
        noun, before = negated[k + 1], negated[max(0, k - 1) : k]
        known = [m for m, t in enumerate(plain) if t == noun and m and plain[m - 1] in _DEFINITE]
        # the noun in the same place of its sentence (both open it, or both follow one verb)
        if not known or any(plain[max(0, m - 2) : m - 1] == before for m in known):
            return False
    return True


def _changes_meaning(edits: Sequence[tuple[list[str], list[str]]]) -> bool:
    """A number replaced by another; a word swapped for its opposite in a short edit; or a
    negation added or dropped in a short edit and not made up elsewhere ("not a sinful man" /
    "a man without sin" is a translation). A long dropped clause is trimming."""
    for a, b in edits:
        numbers_a, numbers_b = _numbers(a), _numbers(b)
        if numbers_a and numbers_b and numbers_a != numbers_b:
            return True
    if _another_day(edits):
        return True
    short = [(a, b) for a, b in edits if max(len(a), len(b)) <= LOCAL_EDIT]
    if any(_opposed(a, b) for a, b in short):
        return True
    flipped = any((_negations(a) > 0) != (_negations(b) > 0) for a, b in short)
    negated_a = sum(_negations(a) for a, _ in edits) > 0
    negated_b = sum(_negations(b) for _, b in edits) > 0
    return flipped and negated_a != negated_b


# Days and months, each told apart only from its own kind ("on Monday" / "in June" may be one
# day); not "may" and "march", which are words as often as months.
_WEEKDAY_WORDS = frozenset(WEEKDAY_NAMES)
_MONTH_WORDS = frozenset(MONTH_NAMES) - {"may", "march"}


def _another_day(edits: Sequence[tuple[list[str], list[str]]]) -> bool:
    """The one change of content is a day or month named in place of another of its kind
    ("we will reopen the pool on Monday" / "on Friday"): another date, as a number is. Where
    other words change too ("we last saw him on Friday" / "we last heard from him on
    Sunday") the two may be two sentences of the speaker's, so the day alone proves nothing."""
    changed = [(a, b) for a, b in edits if _content(a) or _content(b)]
    if len(changed) != 1:
        return False
    a, b = (_content(side) for side in changed[0])
    return any(
        set(a) <= names and set(b) <= names and bool(a) and bool(b) and set(a) != set(b)
        for names in (_WEEKDAY_WORDS, _MONTH_WORDS)
    )


def _content(tokens: Sequence[str]) -> list[str]:
    """The words of ``tokens`` that are not function words, a day's plural or possessive
    folded to the day ("Mondays", "Monday's")."""
    words = [t.removesuffix("'s") for t in tokens if t not in FUNCTION_WORDS]
    return [w[:-1] if w[:-1] in _WEEKDAY_WORDS else w for w in words]


def _numbers(tokens: Iterable[str]) -> Counter[str]:
    return Counter(t for t in tokens if any(c.isdigit() for c in t))


def _negations(tokens: Sequence[str]) -> int:
    """The negations of a wording but the "not" of "not only" ("not only the roof but the
    walls" denies nothing)."""
    return sum(
        1
        for k, t in enumerate(tokens)
        if negation(t) and not (t == "not" and tokens[k + 1 : k + 2] == ["only"])
    )


def negation(token: str) -> bool:
    """Whether a normal token negates ("not", "no", "nobody's")."""
    return token in _NEGATIONS or token.removesuffix("'s") in _NEGATIONS  # "nobody's"


def opposite_words(a: str, b: str) -> bool:
    """Whether two normal tokens are opposites ("believe" / "doubt", "open" / "closed")."""
    return _opposed([a], [b])


def _opposed(a: Sequence[str], b: Sequence[str]) -> bool:
    roots_a = {r for t in a for r in _roots(t)}
    roots_b = {r for t in b for r in _roots(t)}
    return any(
        (_roots(x) & roots_a and _roots(y) & roots_b)
        or (_roots(y) & roots_a and _roots(x) & roots_b)
        for x, y in _OPPOSITES
    )


def _roots(word: str) -> set[str]:
    """A word without its inflection, as a set of guesses that a verb's forms share ("closes",
    "closed", "closing", "close" -> "clos"; "stopped" -> "stop"; "fell" -> "fall")."""
    # normal_tokens spells "-ise" as "-ize" ("raizing"); the pairs are written with "-ise"
    word = _IRREGULAR_PAST.get(word, word).replace("iz", "is")
    for ending in ("ing", "ed", "es", "s", "e"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            root = word[: -len(ending)]
            doubled = len(root) > 3 and root[-1] == root[-2] and ending in {"ing", "ed"}
            return {root, root[:-1]} if doubled else {root}
    return {word}


def quote_conflicts(quotes: Sequence[Quote]) -> tuple[Conflict, ...]:
    """A conflict for each quote whose variants differ in meaning (wording is not a conflict),
    and for each whose words the outlets credit to different speakers.

    Uses each variant's ``difference`` when the quotes stage set it, else compares texts."""
    conflicts = [c for c in map(_speaker_conflict, quotes) if c is not None]
    for quote in quotes:
        if len(quote.variants) < 2:
            continue
        reference = quote.variants[0].text
        kinds = [v.difference or classify_variants(reference, v.text) for v in quote.variants]
        if "meaning" not in kinds:
            continue
        positions = _meaning_positions(quote.variants)
        conflicts.append(Conflict(kind="quote", subject=_subject(quote), positions=positions))
    return tuple(conflicts)


def _meaning_positions(variants: Sequence[QuoteVariant]) -> tuple[Position, ...]:
    """One position per meaning where wordings plainly say the same thing ("had been inspected
    and found clear" beside "was inspected and it was clear", against "had not been
    inspected"), so a reader sees who is on which side, not one side per wording. Every other
    wording stays a side of its own, as the quotes stage grouped it (``_joins``). Where the
    texts alone tell no two meanings apart (the quotes stage judged a meaning on pieces
    matched through a third wording), each wording is a side."""
    meanings: list[int] = []
    for k, variant in enumerate(variants):
        if all(classify_variants(variants[m].text, variant.text) == "meaning" for m in meanings):
            meanings.append(k)
    if len(meanings) < 2:
        return tuple(_position([variant]) for variant in variants)
    sides: dict[int, list[QuoteVariant]] = {m: [variants[m]] for m in meanings}
    for k, variant in enumerate(variants):
        if k in sides:
            continue
        readings = [
            m for m in meanings if classify_variants(variants[m].text, variant.text) != "meaning"
        ]
        side = sides[readings[0]] if len(readings) == 1 else None
        if side is not None and _joins(variant, side, [variants[m] for m in meanings]):
            side.append(variant)
        else:
            sides[k] = [variant]
    return tuple(_position(sides[k]) for k in sorted(sides))


def _joins(
    variant: QuoteVariant, side: Sequence[QuoteVariant], meanings: Sequence[QuoteVariant]
) -> bool:
    """Whether ``variant`` says word for word what every wording of ``side`` says, but for words
    that carry nothing of it (``_bare``: "had been inspected and found clear" / "was inspected
    and it was clear"); is, against every other meaning, the same claim said otherwise, not
    another claim; and neither it nor the side is told inside a denial ("Holm denied she would
    keep the library open"). Anything less keeps a wording a side of its own: a wrong join
    cites an outlet for words it did not print, a missed one only shows a side twice."""
    if any(_DENYING.intersection(normal_tokens(v.evidence)) for v in (variant, *side)):
        return False
    if not all(_same_claim(m.text, variant.text) for m in meanings):
        return False
    return all(
        _bare_or_added(bare, own) or _moved_moment(bare, own)
        for member in side
        for bare, own in [(_bare(member.text), _bare(variant.text))]
    )


def _bare_or_added(a: Sequence[str], b: Sequence[str]) -> bool:
    """The same bare words, or one wording's words with a few more added that tell nothing
    else: a preposition's object ("the ship would not wait" / "would not wait for them").
    Not an adverb ("was hardly hurt", "nearly finished", "will likely fail" hedge
    what they add to), words replaced or moved, another person ("gave them no warning" /
    "gave no warning"), a side taken ("voted against it"), "for good", nor an added negation,
    number or word that bounds the claim ("would only wait", "would wait for two hours")."""
    if a == b:
        return True
    shorter, longer = (a, b) if len(a) < len(b) else (b, a)
    opcodes = difflib.SequenceMatcher(a=shorter, b=longer, autojunk=False).get_opcodes()
    added = [longer[j1:j2] for op, _, _, j1, j2 in opcodes if op != "equal"]
    if any(op not in {"equal", "insert"} for op, *_ in opcodes):
        return False
    return all(
        len(words) <= LOCAL_EDIT
        and words[0] in PREPOSITIONS - _TAKING_SIDES
        and words[:2] != ["for", "good"]
        and not any(negation(w) or w in _BOUNDING or _numbers([w]) for w in words)
        for words in added
    )


def _bare(text: str) -> list[str]:
    """The words of ``text`` in order, without those that carry nothing of what it says, an
    irregular verb's past forms as one ("gave" / "had given": reported speech moves the tense
    back; the present stays apart, "we lose" is not "we lost"), and without the speaker's own
    "us" or "me" right after a verb of giving ("gave us no warning" / "had given no warning")
    unless the text names the US."""
    tokens = normal_tokens(text)
    keeps_us = bool(_NAMES_THE_US.search(text))
    return [
        _PAST_OF.get(t, t)
        for i, t in enumerate(tokens)
        if t not in _FREE_WORDS and (keeps_us or not _speakers_object(tokens, i))
    ]


def _speakers_object(tokens: Sequence[str], at: int) -> bool:
    """Is ``tokens[at]`` the speaker as the one a thing was given or told to ("gave us no
    warning"), right after a verb of giving? Not after another verb ("let me go" is not "let
    go") nor another word ("the us troops")."""
    return (
        tokens[at] in _SPEAKERS_OBJECT and at > 0 and bool(_roots(tokens[at - 1]) & _GIVING_ROOTS)
    )


# Words a wording adds, drops or changes with no change of what it says: articles and
# demonstratives, the tenses of 'be' and 'have' ("had been inspected" / "was inspected"), a
# dummy 'it' ("it was clear" / "was clear"), 'found' before a state ("found clear"). Not modals
# ("will" / "might"), quantifiers ("all" / "some") or persons ("we" / "they"): those change what
# is said (review quotes25-2), and words in another order say another thing.
_FREE_WORDS = wordset(
    "a an the this that these those is are was were be been being has have had it found"
)
# Words that, added to a wording, bound or turn what it says ("would only wait", "would
# wait longer", "would wait again"): an addition holding one keeps its own side.
_BOUNDING = wordset("only just longer again even more less still yet until unless if ever")
# Prepositions whose phrase takes a side or bounds the claim: "we voted" / "we voted against
# it" are not one wording with its object added.
_TAKING_SIDES = wordset("against")
# The speaker as object, which reported speech often leaves out ("The forecast gave us no
# warning" / "the forecast had given no warning"); persons as subject stay ("we" / "they").
_SPEAKERS_OBJECT = wordset("us me")
# An irregular verb's past and participle as one past ("gave" / "given"), apart from its
# present ("give"); a participle written as the present ("come", "run") stays the present.
_PAST_OF = {t: f"{verb}:past" for t, verb in _IRREGULAR_PAST.items() if t != verb}
# Verbs whose object is the one a thing goes to ("gave us", "told me", "paid us"), which is
# what reported speech leaves out; other verbs' "us" is what they act on ("let me go", "took
# us"), the quote's meaning.
_GIVING_VERBS = wordset("give tell send show offer promise owe lend loan sell bring pay hand")
_GIVING_ROOTS = frozenset(r for verb in _GIVING_VERBS for r in _roots(verb))
_NAMES_THE_US = re.compile(r"\bU\.?S\b")
# A wording told inside these stands against its words, not for them.
_DENYING = wordset(
    "denied denies deny denying rejected rejects rejecting refuted refutes disputed disputes "
    "dismissed dismisses untrue"
)


def _position(variants: Sequence[QuoteVariant], value: str = "") -> Position:
    """One side: ``value`` (else the first wording's text), every wording's outlets and
    sentences."""
    return Position(
        value=value or variants[0].text,
        sources=tuple(dict.fromkeys(a for v in variants for a in v.sources)),
        evidence=" ".join(dict.fromkeys(v.evidence or v.text for v in variants)),
    )


def _speaker_conflict(quote: Quote) -> Conflict | None:
    """The same words given to two people: one position per speaker, with their articles."""
    per_speaker: dict[str, list[QuoteVariant]] = {}
    for variant in quote.variants:
        if variant.speaker:
            per_speaker.setdefault(variant.speaker, []).append(variant)
    if len(per_speaker) < 2:
        return None
    positions = tuple(_position(variants, speaker) for speaker, variants in per_speaker.items())
    return Conflict(kind="quote", subject=f"{WHO_SAID} “{_short(quote)}”", positions=positions)


def is_who_said(conflict: Conflict) -> bool:
    """The conflict is over who said a quotation's words (``_speaker_conflict``), not what."""
    return conflict.kind == "quote" and conflict.subject.startswith(WHO_SAID)


def _short(quote: Quote) -> str:
    words = quote.variants[0].text.split()
    return " ".join(words[:SHORT_SUBJECT_WORDS]) + (
        " …" if len(words) > SHORT_SUBJECT_WORDS else ""
    )


def _subject(quote: Quote) -> str:
    words = quote.variants[0].text.split()
    short = " ".join(words[:SHORT_SUBJECT_WORDS]) + (
        " …" if len(words) > SHORT_SUBJECT_WORDS else ""
    )
    return f"{quote.speaker or 'Unattributed'}: “{short}”"


# How many words of a quote name it in a conflict's subject.
SHORT_SUBJECT_WORDS = 10
