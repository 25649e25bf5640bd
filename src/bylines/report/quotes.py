"""Stage 6: direct quotations, attributed to a speaker and grouped across outlets.

1. Spans and 2. Speakers: where each article's quotations are and who says them, as written
   (``speakers``). Speakers are then resolved across the cluster with ``names``: "Xi", "Mr Xi",
   "President Xi", "the Chinese leader" all become "Xi Jinping".
3. Groups: two quotes are the same quotation when their speakers agree and their content words
   (crudely stemmed, so stabilising/stabilizing and concede/concessions meet) overlap enough;
   translations and trimmings of one statement land in one group. Variants are per article.
   A body and the officer a sentence says speaks for it are one voice (also by the body's first
   word, "Skyward's spokeswoman", or where the officer gives the body's stance, "said the club
   was sorry"; "a company spokesman" and the company too). Quotes of two people
   group only when nearly all their words are one, or word for word an account of what happened
   ("This was not a random check"): then the outlets disagree on who said it. Reported speech
   of the same voice ("Berg said they would rebuild") joins the quote it reports.
4. Differences (``variants``): each variant is classed as the same words, other wording
   (translation, trimming) or another meaning against the first, and given as a word diff from it;
   ``quote_conflicts`` turns only the meaning changes into conflicts.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from rapidfuzz import fuzz

from bylines.report.names import (
    HONORIFICS,
    NOT_NAMES,
    RANKS,
    TITLES,
    NameIndex,
    build_index,
    name_tokens,
)
from bylines.report.reported import Reported, find_reported, possessive
from bylines.report.speakers import (
    BODY_NOUNS,
    Occurrence,
    article_occurrences,
    role,
    spoken_for,
)
from bylines.report.variants import (
    Difference,
    classify_variants,
    degree_flips,
    negation,
    negation_flips,
    normal_tokens,
    opposite_words,
    shown_diff,
    stem_set,
)
from bylines.types import Article, Quote, QuoteVariant, Sentence
from bylines.wordlists import wordset

# Two quotes are one quotation when this share of the smaller one's content stems is in the
# other, and they share at least MIN_SHARED stems. Tuned on the example cluster and DUC clusters
# (benchmarks/quotes_bench.py): at 0.4 two different statements of one speaker on one topic
# merged (Demirel in d30028t); translations of one statement score 0.6-1.0.
MIN_OVERLAP = 0.5
MIN_SHARED = 3
# Between LOW_OVERLAP and MIN_OVERLAP, two quotes of one speaker are one quotation only if they
# also share a run of SHARED_RUN words in order (two partial translations of one statement).
LOW_OVERLAP = 0.34
SHARED_RUN = 4
# Quotes credited to different speakers are still one quotation when this close.
# Tuned on invented minister/spokesman pairs ("The bridge will reopen within a week", 4 stems)
# against the quotes bench, where 5 had been set on DUC clusters; 3 ("ready to talk at any
# time") is a phrase two people may both use.
STRONG_OVERLAP = 0.8
STRONG_SHARED = 4
# ...or when they are the same words in the same order, this many or more, telling what
# happened ("This was not a random check"): an account of one event in one wording is one
# statement, however few its content words. A stance or a promise in the present or future
# ("We are ready to talk at any time", "we will not give up") is a line that two people may
# each say, and stays apart; shorter lines ("we were shocked") too.
ACCOUNT_TOKENS = 6
# A quote of MIN_SHARED stems may differ from another by one swapped word when the two share
# a run of this many words in order ("toll collection").
SWAP_RUN = 2
# A stem in more quotes than this does not propose candidate pairs (it still counts in the
# overlap): keeps grouping close to linear when "china" is in every quote of a cluster.
MAX_POSTING = 30
# Pieces of one article a variant's wording is compared on, word for word with every other
# article's (``_difference``): without a bound a page quoting the same words in every sentence
# costs the square of its length. News never comes near it: one quote's pieces in one article
# were at most 2 on the tuning events and 3 on 25 DUC 2004 clusters.
MAX_PIECES_COMPARED = 12

# Where a quote's clauses part: ', but', ', and', ', so', ', because', a semicolon, a dash.
_CLAUSE_BREAK = re.compile(r",\s+(?:but|and|so|because)\s+|;\s+|\s+[—–]\s+", re.IGNORECASE)
# Capitalised words that open a sentence, not a name ("But", "Although Williams said").
_NOT_FIRST = wordset("but and although though one when while as if because so yet however")
# Two last names this similar (rapidfuzz ratio) are one name spelled two ways (names.py uses
# the same bound for spelling slips).
SAME_LAST_NAME = 85
_NATIONAL = re.compile(r"(?:ese|ish|ian|ean|can|i)$")


def find_quotes(
    sentences: Sequence[Sentence], articles: Sequence[Article], index: NameIndex | None = None
) -> tuple[Quote, ...]:
    """Every direct quotation, grouped across outlets, most widely carried first (``index``:
    the articles' names, when the caller has built it)."""
    index = index or build_index(articles)
    occurrences = find_occurrences(sentences, articles, index)
    reported = find_reported(sentences, index)
    shorts = short_names(index)
    is_generic = GenericSpeakers()
    grouped = group_occurrences(occurrences, shorts, is_generic)
    groups = with_reported_speech(grouped, reported, shorts, is_generic)
    quotes = [_quote(group, index, shorts, is_generic) for group in groups]
    return tuple(sorted(quotes, key=lambda q: -len({s for v in q.variants for s in v.sources})))


def find_occurrences(
    sentences: Sequence[Sentence], articles: Sequence[Article], index: NameIndex | None = None
) -> tuple[Occurrence, ...]:
    """Every attributed quotation of every article, speakers resolved across the cluster."""
    index = index or build_index(articles)
    by_article: dict[str, list[Sentence]] = defaultdict(list)
    for sentence in sentences:
        by_article[sentence.article].append(sentence)
    found: list[Occurrence] = []
    for article in articles:
        found.extend(article_occurrences(article, by_article.get(article.id, []), index))
    return tuple(found)


# --- reported speech ----------------------------------------------------------------------------


def with_reported_speech(
    groups: list[list[Occurrence]],
    reported: Sequence[Reported],
    shorts: Mapping[str, str] | None = None,
    is_generic: Callable[[str], bool] | None = None,
) -> list[list[Occurrence]]:
    """Each quote with the sentences of other articles that report the same words in indirect
    speech ("Vesely said she respected the court's decision"): the same person, or a subject
    that names nobody ("the ministry said") when nearly all the words are the quote's.
    ``is_generic``: the report's ``GenericSpeakers``, when the caller keeps one."""
    is_generic = is_generic or GenericSpeakers()
    words = [_Words.of(r.what) for r in reported]
    postings: dict[str, list[int]] = defaultdict(list)
    for number, bag in enumerate(words):
        for stem in bag.stems:
            postings[stem].append(number)
    voices = _Voices(shorts or {}, is_generic)
    joined = []
    for group in groups:
        speaker = group_speaker(group, is_generic)
        named = sorted({o.speaker for o in group if o.speaker and not is_generic(o.speaker)})
        said = tuple(sorted({o.evidence for o in group}))
        carried = {o.article for o in group}
        quoted = [_Words.of(o.text) for o in group]
        clauses = [_Words.of(part) for o in group for part in _clauses(o.text)]
        best: dict[str, tuple[float, int]] = {}
        for number in _reported_candidates([*quoted, *clauses], postings):
            article = reported[number].sentence.article
            if article in carried:
                continue
            voice = voices.compare(named, reported[number], said)
            score = _reports(quoted, words[number], voice) or _reports_a_clause(
                clauses, words[number], voice
            )
            if score and score > best.get(article, (0.0, 0))[0]:
                best[article] = (score, number)
        found = [_occurrence(reported[n], speaker) for _, n in sorted(best.values(), key=_second)]
        joined.append([*group, *found])
    return joined


def _second(pair: tuple[float, int]) -> int:
    return pair[1]


def _reported_candidates(quoted: Sequence[_Words], postings: dict[str, list[int]]) -> list[int]:
    """Reported sentences sharing two stems or more with one of the quotes (one with a quote of
    two; through stems no more than MAX_POSTING sentences have), in order."""
    found: set[int] = set()
    for words in quoted:
        hits: Counter[int] = Counter()
        for stem in words.stems:
            members = postings.get(stem, [])
            if len(members) <= MAX_POSTING:
                hits.update(members)
        needed = 1 if len(words.stems) <= 2 else 2  # see _reports: a two-word quote
        found.update(number for number, count in hits.items() if count >= needed)
    return sorted(found)


class _Voices:
    """Whether a reported sentence's subject is the quote's speaker, memoised per call (the
    name comparisons cost more than the word sets, and a cluster repeats a few names)."""

    def __init__(self, shorts: Mapping[str, str], is_generic: Callable[[str], bool]) -> None:
        self.known: dict[tuple[tuple[str, ...], str, bool, tuple[str, ...], str], str] = {}
        self.shorts = shorts
        self.is_generic = is_generic

    def compare(self, speakers: Sequence[str], reported: Reported, said: Sequence[str]) -> str:
        """ "same": one person, or a person and the body their own sentences say they speak
        for; "other": another person; "unknown": a subject that names nobody we can compare.
        ``said``: the sentences of the quote."""
        text = reported.sentence.text
        key = (tuple(speakers), reported.speaker, reported.person, tuple(said), text)
        if key not in self.known:
            self.known[key] = _compare_voices(
                speakers, reported, said, self.shorts, self.is_generic
            )
        return self.known[key]


def _compare_voices(
    speakers: Sequence[str],
    reported: Reported,
    said: Sequence[str],
    shorts: Mapping[str, str],
    is_generic: Callable[[str], bool],
) -> str:
    if not speakers:
        return "unknown"  # a quote of nobody named cannot be told to be another's words
    if reported.speaker and _one_voice(speakers, reported, said, shorts, is_generic):
        return "same"
    if reported.person:
        same = any(
            _one_person(s, reported.speaker, is_generic) and not _other_given(s, reported.speaker)
            for s in speakers
        )
        return "same" if same else "other"
    if reported.speaker and any(same_speaker(s, reported.speaker, is_generic) for s in speakers):
        return "same"
    return "unknown"


def _one_voice(
    speakers: Sequence[str],
    reported: Reported,
    said: Sequence[str],
    shorts: Mapping[str, str],
    is_generic: Callable[[str], bool],
) -> bool:
    """A body and its officer are one voice: the quote's sentence says its speaker speaks for
    the body the reported sentence names ("Kessrow Shipping's spokesman Tomasz Rell insisted:
    ..." / "Kessrow Shipping said it had ..."), or the other way round."""
    other = reported.speaker
    if any(
        _voice(speaker, [other], said, shorts, is_generic) == other != speaker
        for speaker in speakers
    ):
        return True
    own = (reported.sentence.text,)
    return _voice(other, speakers, own, shorts, is_generic) in speakers and other not in speakers


def _other_given(a: str, b: str) -> bool:
    """Two full names with other given names ("John Campbell", "Peter Campbell"): for reported
    speech, where a wrong join costs a false conflict, two people."""
    tokens_a, tokens_b = name_tokens(a), name_tokens(b)
    if len(tokens_a) < 2 or len(tokens_b) < 2 or tokens_a[-1] != tokens_b[-1]:
        return False  # not namesakes ("van Tongeren" / "Idris Vantongeren" is a spelling)
    shorter, longer = sorted((tokens_a, tokens_b), key=len)
    if longer[-len(shorter) :] == shorter:
        return False  # the name with a post the index kept before it ("Vet Anand Ostrow")
    if {tokens_a[0].lower(), tokens_b[0].lower()} & _POSTS:
        return False  # "Commander Reith" is a post and a name, not another given name
    return fuzz.ratio(tokens_a[0].lower(), tokens_b[0].lower()) < SAME_LAST_NAME


def _reports(quoted: Sequence[_Words], words: _Words, voice: str) -> float:
    """How well a reported sentence gives one of the group's quotes (0: it does not): the
    share of the smaller one's stems in the other, when the speakers are one person; only
    near-identical content when the sentence's subject names nobody we can compare."""
    if voice == "other":
        return 0.0
    best = 0.0
    for words_q in quoted:
        overlap = _overlap(words_q, words)
        if voice == "same":
            # Indirect speech rewords more than a translation ("pulling people out of the
            # rubble" / "pulling survivors from the debris"): for the same named person a
            # third of the words is enough, the best such sentence of the article joins.
            shared = len(words_q.stems & words.stems)
            same = _same_words(words_q, words) or (shared >= 2 and overlap >= LOW_OVERLAP)
            # A quote of two content words ("We will appeal this verdict") is reported by
            # the same person with one of them ("her client would appeal against both").
            same = same or (len(words_q.stems) <= 2 and shared >= 1)
        else:
            same = _near_identical(words_q, words)
        if same:
            best = max(best, overlap)
    return best


def _clauses(quote: str) -> list[str]:
    """The clauses of a quote of more than one ('We are confident we can reach them, but we
    will not take risks'), each of which another outlet may report alone."""
    parts = [part for part in _CLAUSE_BREAK.split(quote) if part.strip()]
    return parts if len(parts) > 1 else []


def _reports_a_clause(clauses: Sequence[_Words], words: _Words, voice: str) -> float:
    """A reported sentence of the same person that gives one clause of a longer quote ('the
    team was confident of reaching the last man'): half the clause's content stems or more
    (MIN_OVERLAP), two at least."""
    if voice != "same":
        return 0.0
    fits = [
        _overlap(clause, words)
        for clause in clauses
        if (len(clause.stems & words.stems) >= 2 and _overlap(clause, words) >= MIN_OVERLAP)
        or _owned_again(clause, words)
    ]
    return max(fits, default=0.0)


def _owned_again(clause: _Words, words: _Words) -> bool:
    """A short clause ("it is my responsibility") whose every content word the same person's
    reported sentence keeps, its own thing told in the third person ("the failure was his own
    responsibility"): the person shift of indirect speech on a possessive."""
    if not clause.stems or len(clause.stems) > 2 or not clause.stems <= words.stems:
        return False
    mine = {
        stem_set(clause.tokens[i + 1 : i + 2])
        for i, t in enumerate(clause.tokens[:-1])
        if t in _FIRST_OWNERS
    }
    theirs = set()
    for i, token in enumerate(words.tokens[:-1]):
        if token in _THIRD_OWNERS:
            following = [t for t in words.tokens[i + 1 : i + 3] if t != "own"][:1]
            theirs.add(stem_set(following))
    return any(owned and owned in theirs for owned in mine)


_FIRST_OWNERS = wordset("my our")
_THIRD_OWNERS = wordset("his her their")


def _occurrence(reported: Reported, speaker: str) -> Occurrence:
    """The reported words as one more occurrence: the person its subject names (else the
    quote's speaker, which then tells no outlet apart from another)."""
    sentence = reported.sentence
    named = reported.person and reported.named
    return Occurrence(
        sentence.article,
        *(sentence.start, sentence.index, reported.what, sentence.text),
        speaker=reported.speaker if named else speaker,
        pointer=not named,
        reported=True,
    )


# --- grouping -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Words:
    """A quote's normal tokens and content stems, computed once for every comparison."""

    tokens: tuple[str, ...]
    stems: frozenset[str]

    @classmethod
    def of(cls, text: str) -> _Words:
        tokens = tuple(normal_tokens(text))
        return cls(tokens, stem_set(tokens))


def same_quotation(a: Occurrence, b: Occurrence) -> bool:
    """Whether two occurrences are one quotation (see ``group_occurrences``)."""
    return _same(a, b, _Words.of(a.text), _Words.of(b.text))


def _same(
    a: Occurrence,
    b: Occurrence,
    words_a: _Words,
    words_b: _Words,
    is_generic: Callable[[str], bool] | None = None,
) -> bool:
    """Enough of the smaller quote's content in the other, and speakers compatible (or the
    words so close that two outlets credited one statement to, say, a minister and a ministry)."""
    is_generic = is_generic or generic
    if len(words_a.stems & words_b.stems) < 2:
        # word for word, a quote of one content word is one quotation ("It was a panic"), of
        # one named speaker: "It was terrible," said a resident / a firefighter are two
        word_for_word = bool(words_a.tokens) and words_a.tokens == words_b.tokens
        named = not is_generic(a.speaker) and not is_generic(b.speaker)
        one = (
            (word_for_word and named)
            or _negated_copy(words_a, words_b)
            # a stance turned only between two named speakers: "said one resident" / "said
            # another resident" are two people, and so are a named and an unnamed one
            or (named and _opposite_copy(words_a, words_b))
        )
        return one and same_speaker(a.speaker, b.speaker, is_generic)
    if not same_speaker(a.speaker, b.speaker, is_generic) and not (
        role(a.speaker) or role(b.speaker)
    ):
        return _near_identical(words_a, words_b, STRONG_SHARED) or _one_account(words_a, words_b)
    return _same_words(words_a, words_b)


def _one_account(a: _Words, b: _Words) -> bool:
    """The same words in the same order (ACCOUNT_TOKENS or more) that tell what happened, in
    a past tense: one person's account of the event, whoever the outlets credit it to. Not a
    simile ("It sounded like a train went over us"), a line many witnesses reach for."""
    return (
        a.tokens == b.tokens
        and len(a.tokens) >= ACCOUNT_TOKENS
        and _past(a.tokens)
        and not _SIMILE.intersection(a.tokens)
    )


_SIMILE = wordset("like though")  # "like a bomb", "as though the sky fell"


# Finite verbs of the past: auxiliaries and common irregular forms ("it was", "we found").
_PAST_VERBS = wordset(
    """was were did had found knew saw told took made came went got gave lost left heard felt
    thought brought kept ran fell broke began"""
)
_SUBJECTS = wordset("i we you he she it they")
_MODALS = wordset("should could would must might may")


def _past(tokens: Sequence[str]) -> bool:
    """Whether words tell of the past: a past verb ("This was not"), a modal perfect ("We
    should have found"), or a regular past right after its subject ("we checked")."""
    for i, token in enumerate(tokens):
        if token in _PAST_VERBS:
            return True
        if token in _MODALS and "have" in tokens[i + 1 : i + 3]:
            return True
        if token in _SUBJECTS and i + 1 < len(tokens) and tokens[i + 1].endswith("ed"):
            return True
    return False


def _negated_copy(a: _Words, b: _Words) -> bool:
    """A short quote that is the other's words with a negation added or dropped ('This could
    not have been foreseen' / 'This could have been foreseen, and we will answer for that'):
    one statement, flipped, though it has too few content words to be matched by them."""
    plain_a, plain_b = (tuple(t for t in w.tokens if not negation(t)) for w in (a, b))
    shorter = min(len(plain_a), len(plain_b))
    if shorter < SHARED_RUN + 1 or (plain_a != a.tokens) == (plain_b != b.tokens):
        return False
    return _longest_run(plain_a, plain_b) == shorter


def _opposite_copy(a: _Words, b: _Words) -> bool:
    """A short quote that is the other's words with one word turned to its opposite ("I
    believe this was planned" / "I doubt this was planned"): one statement, its stance
    flipped, though it shares too few content words to be matched by them."""
    if len(a.tokens) != len(b.tokens) or len(a.tokens) < SHARED_RUN + 1:
        return False
    changed = [(x, y) for x, y in zip(a.tokens, b.tokens, strict=True) if x != y]
    return len(changed) == 1 and opposite_words(*changed[0])


def _overlap(a: _Words, b: _Words) -> float:
    """The share of the smaller one's content stems that the other has."""
    smaller = min(len(a.stems), len(b.stems))
    return len(a.stems & b.stems) / smaller if smaller else 0.0


def _same_words(a: _Words, b: _Words) -> bool:
    """Whether two wordings of one speaker are one statement: trimmed, translated, put in
    indirect speech ("we will" / "they would" are stop words), or with one word swapped."""
    shared = len(a.stems & b.stems)
    smaller = min(len(a.stems), len(b.stems))
    if smaller == 0 or shared < 2:
        return False  # one shared word ("close") never identifies a quotation
    overlap = shared / smaller
    if shared >= min(MIN_SHARED, smaller):
        if overlap >= MIN_OVERLAP:
            return True
        # Two translations that each keep a different part of one statement share less, but
        # keep a run of words in the same order ("reverse the downward spiral of").
        return overlap >= LOW_OVERLAP and _longest_run(a.tokens, b.tokens) >= SHARED_RUN
    # A short quote with one word swapped ("will delay toll collection" / "will not suspend
    # toll collection"): the rest in the same order, so a misquote is compared, not lost.
    return shared == smaller - 1 and _longest_run(a.tokens, b.tokens) >= SWAP_RUN


def _near_identical(a: _Words, b: _Words, at_least: int = MIN_SHARED) -> bool:
    """Nearly all the words one: the same statement whoever the outlets say made it."""
    return len(a.stems & b.stems) >= at_least and _overlap(a, b) >= STRONG_OVERLAP


def _longest_run(a: Sequence[str], b: Sequence[str]) -> int:
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    return matcher.find_longest_match(0, len(a), 0, len(b)).size


def same_speaker(a: str, b: str, is_generic: Callable[[str], bool] | None = None) -> bool:
    """Unknown or generic ("paper", "official Syrian newspaper") matches anyone; "State
    Department" is "US State Department". ``is_generic``: the report's ``GenericSpeakers``."""
    is_generic = is_generic or generic
    if is_generic(a) or is_generic(b):
        return True
    return a == b or fuzz.token_set_ratio(a, b) == 100


def generic(speaker: str) -> bool:
    """A speaker that names nobody in particular: no capitalised word but nationalities."""
    return not [t for t in name_tokens(speaker) if not _NATIONAL.search(t.lower())]


class GenericSpeakers:
    """``generic`` of each speaker, remembered for one report: it is asked of both speakers of
    every pair of quotations compared (a pile of 100 DUC articles: 5,206 questions of 144
    speakers, ~0.02 ms a reading, 0.11 s of its 10.7 s unremembered)."""

    def __init__(self) -> None:
        self.known: dict[str, bool] = {}

    def __call__(self, speaker: str) -> bool:
        if speaker not in self.known:
            self.known[speaker] = generic(speaker)
        return self.known[speaker]


def group_occurrences(
    occurrences: Sequence[Occurrence],
    shorts: Mapping[str, str] | None = None,
    is_generic: Callable[[str], bool] | None = None,
) -> list[list[Occurrence]]:
    """Union of every pair that is the same quotation; candidates found through rare stems.
    ``is_generic``: the report's ``GenericSpeakers``, when the caller keeps one."""
    is_generic = is_generic or GenericSpeakers()
    words = [_Words.of(o.text) for o in occurrences]
    # a spokesperson's words are compared as their body's ('said Rhona Gill, spokeswoman for
    # Scarrow Mountain Rescue' / 'Scarrow Mountain Rescue said: ...'); the shown speaker stays
    voiced = _as_their_bodies(occurrences, shorts or {}, is_generic)
    parent = list(range(len(occurrences)))
    for i, j in _candidate_pairs([w.stems for w in words], [o.article for o in occurrences]):
        if _same(voiced[i], voiced[j], words[i], words[j], is_generic):
            parent[_root(parent, i)] = _root(parent, j)
    groups: dict[int, list[Occurrence]] = defaultdict(list)
    for i, occurrence in enumerate(occurrences):
        groups[_root(parent, i)].append(occurrence)
    return list(groups.values())


def _as_their_bodies(
    occurrences: Sequence[Occurrence], shorts: Mapping[str, str], is_generic: Callable[[str], bool]
) -> list[Occurrence]:
    """Each occurrence, its speaker replaced by the body its own sentence says they speak for
    when that body speaks elsewhere in the cluster (``_voice``)."""
    speakers = sorted({o.speaker for o in occurrences if o.speaker and not is_generic(o.speaker)})
    # speakers by their first word, so that each sentence is tried only against the bodies it
    # may name (a pile of 40 DUC clusters has hundreds of speakers)
    by_word: dict[str, list[str]] = defaultdict(list)
    for speaker in speakers:
        by_word[speaker.split()[0]].append(speaker)
        if _body_tail(speaker):  # "fire service spokesman" for Harrandale Fire Service
            by_word[speaker.split()[-1].lower()].append(speaker)
        if speaker in shorts:  # "Skyward's spokeswoman" for Skyward Balloon Flights
            by_word[f"{shorts[speaker]}'s"].append(speaker)
            by_word[f"{shorts[speaker]}’s"].append(speaker)
    voiced = []
    for occurrence in occurrences:
        if not occurrence.speaker or is_generic(occurrence.speaker):
            voiced.append(occurrence)  # nobody named: no one to speak for anyone
            continue
        words = set(re.findall(r"[\w&.-]+", occurrence.evidence))
        words |= {word.lower() for word in words}
        named = sorted({body for word in words for body in by_word.get(word, ())})
        body = _voice(occurrence.speaker, named, (occurrence.evidence,), shorts, is_generic)
        voiced.append(replace(occurrence, speaker=body))
    return voiced


def _candidate_pairs(
    bags: Sequence[frozenset[str]], articles: Sequence[str]
) -> set[tuple[int, int]]:
    """Pairs from two articles that share a stem no more than MAX_POSTING quotes have (within
    an article, the pieces of one quote are already joined)."""
    postings: dict[str, list[int]] = defaultdict(list)
    for i, bag in enumerate(bags):
        for stem in bag:
            postings[stem].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in postings.values():
        if len(members) > MAX_POSTING:
            continue
        for x, i in enumerate(members):
            pairs.update((i, j) for j in members[x + 1 :] if articles[i] != articles[j])
    return pairs


def _root(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _quote(
    group: Sequence[Occurrence],
    index: NameIndex,
    shorts: Mapping[str, str] | None = None,
    is_generic: Callable[[str], bool] | None = None,
) -> Quote:
    """One quote: a variant per distinct wording and speaker, with the articles carrying it.
    When outlets credit the words to different people, the quote names them all."""
    per_article: dict[str, list[Occurrence]] = defaultdict(list)
    for occurrence in sorted(group, key=lambda o: (o.article, o.start)):
        per_article[occurrence.article].append(occurrence)
    is_generic = is_generic or generic
    speakers = _credited(per_article, index, shorts or {}, is_generic)
    by_text: dict[tuple[str, str], list[str]] = {}
    for article, items in per_article.items():
        key = " ".join(normal_tokens(" ".join(o.text for o in items)))
        by_text.setdefault((key, speakers.get(article, "")), []).append(article)
    ordered = sorted(by_text.values(), key=lambda articles: (-len(articles), articles[0]))
    reference = per_article[ordered[0][0]]
    first = " … ".join(o.text for o in reference)
    said_by = group_speaker(group, is_generic)
    named = bool(said_by) and not is_generic(said_by)
    variants = []
    for articles in ordered:
        items = per_article[articles[0]]
        others = [o for a, own in per_article.items() if a not in articles for o in own]
        text = " … ".join(o.text for o in items)
        variants.append(
            QuoteVariant(
                text=text,
                sources=tuple(articles),
                difference=_difference(reference, items, others, named),
                evidence=" ".join(dict.fromkeys(o.evidence for o in items)),
                diff=shown_diff(first, text),
                speaker=speakers.get(articles[0], ""),
                reported=all(o.reported for o in items),
            )
        )
    credited = sorted(set(speakers.values()))
    speaker = " or ".join(credited) if len(credited) > 1 else group_speaker(group, is_generic)
    return Quote(speaker=speaker, variants=tuple(variants))


def _credited(
    per_article: dict[str, list[Occurrence]],
    index: NameIndex,
    shorts: Mapping[str, str],
    is_generic: Callable[[str], bool],
) -> dict[str, str]:
    """Each article's named speaker, when the articles name more than one person for these
    words (else empty: one speaker, or names that are forms of one, as "Qin" and "Qin Gang").
    A spokesman or an aide is another person than the one they speak for."""
    named = {
        a: group_speaker((o for o in items if not o.pointer), is_generic)
        for a, items in per_article.items()
    }
    named = {
        a: _described(s, index)
        for a, s in named.items()
        if s and (role(s) or office(s) or not is_generic(s))
    }
    evidence = sorted({o.evidence for items in per_article.values() for o in items})
    speakers = sorted(set(named.values()))
    # the bodies a role speaks for count too: "Rhona Gillis, a spokeswoman for Carrow Rail" is
    # one voice with "a Carrow Rail spokesperson"
    bodies = sorted({*speakers, *(spoken_for(s) for s in speakers if role(s))} - {""})
    voices = {s: _voice(s, bodies, evidence, shorts, is_generic) for s in speakers}
    named = {a: voices[s] for a, s in named.items()}
    offices = _Offices(index)
    people: list[str] = []
    for speaker in sorted(set(named.values()), key=lambda s: (-len(s), s)):
        if not any(_same_person(speaker, person, offices, is_generic) for person in people):
            people.append(speaker)
    # Only full names tell two people apart: "But" or "One young woman shopper" is a misread
    # subject, not a second speaker.
    full = [p for p in people if _full_name(p)]
    if (
        len(people) < 2
        or not full
        or not all(_full_name(p) or _titled_name(p) or role(p) or office(p) for p in people)
    ):
        return {}
    return {
        a: next(p for p in people if _same_person(s, p, offices, is_generic))
        for a, s in named.items()
    }


def _voice(
    speaker: str,
    speakers: Sequence[str],
    evidence: Sequence[str],
    shorts: Mapping[str, str] | None = None,
    is_generic: Callable[[str], bool] | None = None,
) -> str:
    """The body a named person speaks for, when another outlet gives the words to that body
    and a sentence says the person speaks for it ('said Anna Brisk, a spokeswoman for Kelvy
    Marine Rescue', 'Leonie Maart of Brunsvik Construction', 'head of press at Pellow &
    Crane'): one voice, not two speakers. Not a critic of the body ('a longtime critic of'),
    nor a lawyer (who speaks for a client, not as one)."""
    for body in speakers:
        tail, short = _body_tail(body), (shorts or {}).get(body, "")
        # (a cheap test first: the body must be named where the person speaks)
        said = [
            text
            for text in evidence
            if speaker in text
            and (
                body in text
                or (tail and tail.lower() in text.lower())
                or (short and re.search(rf"\b{re.escape(short)}['’]s\b", text))
            )
        ]
        if not said or body == speaker or _one_person(body, speaker, is_generic):
            continue
        if any(
            re.search(_speaks_for(speaker, body, tail, short, _may_name_a_post(text)), text)
            for text in said
        ):
            return body
    return speaker


# What a body is, before its name in an apposition ("director of the display company,
# Brightspur Pyrotechnics"): organisations only, read from the tuning set's speaker lines.
_BODY_KINDS = r"(?:company|firm|charity|club|union|group|operator|organi[sz]ation|society|trust)"
# A body that is one of a list ("of the fire service, Brightspur Pyrotechnics and the council")
# is not the one the speaker is of.
_NOT_A_LIST = r"(?!\s+and\b|\s*,\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*,?\s+and\b)"


def _speaks_for(speaker: str, body: str, tail: str, short: str = "", posts: bool = True) -> str:
    """The ways a sentence says a person speaks for a body: 'Anna Brisk, a spokeswoman for
    Kelvy Marine Rescue', 'Leonie Maart of Brunsvik Construction', 'Callum Verey, director of
    the display company, Brightspur Pyrotechnics', "Orrel Ferries' press
    officer Mira Sand", 'Colm Reddy, the Prison Service's spokesman', 'Prison Service
    spokesman Colm Reddy', 'a spokesman for the Prison Service, Colm Reddy', 'Colm Reddy, who
    speaks for the Prison Service'; or an officer
    who gives the body's own stance in reported speech ('director Colm Reddy said the Prison
    Service was sorry', its "we are" in the third person; not a claim about what the body
    had done, which anyone may make). The body may be named by its last words in lower case
    ('fire service spokesman Joel Farrant', 'a spokesman for the service'), or by its first
    word alone before a post ("Skyward's spokeswoman, Petra Lind", see ``short_names``).

    Without ``posts`` (the text names no post: ``_may_name_a_post``) the forms that need one
    are left out, as they cannot match: the same answer for that text, and compiling a pattern
    with every form (~7.5 ms, each new to a report) was about half of the quotes stage's CPU
    on a pile of 100 DUC articles, where 60 of 67 texts searched named no post."""
    person = re.escape(speaker)
    group = rf"(?:{re.escape(body)}|(?i:{re.escape(tail)}))" if tail else re.escape(body)
    office = rf"(?:,\s*(?:an?\s+|the\s+)?{_OFFICE}\s+)?" if posts else ""
    the = r"(?:the\s+|an?\s+)?"
    # what a body is before its name, in an apposition ("of the display company, Brightspur")
    # (only an organisation's noun: "of the fire service, Brightspur ..." names two bodies)
    kind = rf"the\s+(?:[a-z]+\s+){{0,2}}{_BODY_KINDS},\s+"
    forms: tuple[str, ...] = (
        rf"{person}{office}\s*(?:,\s*)?\b(?:of|for|at|from)\s+(?:the\s+)?{group}\b",
        rf"{person}{office}\s*(?:,\s*)?\b(?:of|for|at|from)\s+{kind}(?:the\s+)?{group}\b"
        + _NOT_A_LIST,
        rf"\b{group}[’']s?\s+(?:[a-z]+\s+){{0,3}}{person}\b",
        rf"{person},?\s+(?:speaking\s+for|on\s+behalf\s+of|who\s+speaks?\s+for)\s+"
        rf"(?:the\s+)?{group}\b",
    )
    if not posts:
        return "|".join(forms)
    forms += (
        rf"{person},\s+{the}{group}[’']s?\s+{_OFFICE}\b",
        rf"\b{group}\s+{_OFFICE},?\s+{person}\b",
        rf"\b{_OFFICE}\s+(?:of|for|at|from)\s+(?:the\s+)?{group},?\s+{person}\b",
        # an officer (a post before the name or in an apposition) gives the body's words
        rf"(?:{_OFFICE}\s+{person}|{person},\s+{the}(?:\S+['’]s\s+)?{_OFFICE}\b[^,]{{0,60}},)"
        rf"\s+(?:{_RELAYS})\s+(?:that\s+)?(?:the\s+)?{group}\s+(?:{_STANCE})\b",
    )
    if short:
        # only before a post: a place's name alone ("Ashby's mayor") is no body's. (A first
        # word alone names a body; a person is named by their last: "Lund's spokesman, Per
        # Dale" is another voice than the minister's, see ``_same_person``.)
        own = rf"{re.escape(short)}[’']s"
        forms += (
            rf"\b{own}\s+{_OFFICE},?\s+{person}\b",
            rf"{person},\s+{own}\s+{_OFFICE}\b",
        )
    return "|".join(forms)


# Verbs by which an officer gives a body's words in reported speech, and the verbs of a stance
# the body then takes ("said Hallam Water was sorry", "would pay"); not "had" ("said Hallam
# Water had failed" is a claim about the body, a critic's as well as an officer's).
_RELAYS = r"said|says|confirmed|stressed|insisted|added|told\s+\w+(?:\s+\w+)?"
_STANCE = "was|were|is|are|would|will|could|can|remained|remains"


def short_names(index: NameIndex) -> dict[str, str]:
    """The first word that names a body alone, by each of the cluster's names of two words or
    more ("Skyward" for "Skyward Balloon Flights", as in "Skyward's spokeswoman"): only a word
    that opens no other name of the cluster ("Hallerton" opens "Hallerton Town" and
    "Hallerton Police": either may be meant)."""
    opened: dict[str, list[str]] = defaultdict(list)
    for name in sorted(index.counts):
        first = name.split()[0]
        if first[:1].isupper() and first.lower() not in TITLES | NOT_NAMES:
            opened[first].append(name)
    shorts = {}
    for first, names in opened.items():
        longest = max(names, key=len)
        if all(longest.startswith(name) for name in names):  # one name, and shorter forms
            shorts.update(dict.fromkeys(names, first))
    return shorts


def _body_tail(body: str) -> str:
    """A body's name without its first word ("Fire Service" of "Harrandale Fire Service"),
    which a sentence may write in lower case before a post ("fire service spokesman")."""
    words = body.split()
    return " ".join(words[1:]) if len(words) > 1 else ""


# The office of someone who speaks for a body, in an apposition ('Ines Marlow, head of press at
# Pellow & Crane'): up to four words ending in a post; not 'a longtime critic of'.
_OFFICE = (
    r"(?:[\w-]+\s+){0,3}(?:spokes(?:man|woman|person)|head(?:\s+of\s+\w+)?|director|chief"
    r"|officer|manager|secretary|chair(?:man|woman|person)?|president|executive|representative"
    r"|press\s+officer|communications\s+\w+)"
)
# What any match of _OFFICE holds, as written (its patterns are case-sensitive).
_POST_WORDS = (
    "spokes",
    "head",
    "director",
    "chief",
    "officer",
    "manager",
    "secretary",
    "chair",
    "president",
    "executive",
    "representative",
    "communications",
)


def _may_name_a_post(text: str) -> bool:
    """Whether ``_OFFICE`` may match in the text: it holds one of the posts' words."""
    return any(word in text for word in _POST_WORDS)


def _described(speaker: str, index: NameIndex) -> str:
    """A role the cluster gives one named person ("a spokesman" where another outlet writes
    "spokesman Aron Dahl") is that person; any other speaker is itself."""
    return index.descriptions.get(role(speaker), speaker) if role(speaker) else speaker


def _same_person(
    a: str,
    b: str,
    offices: _Offices | None = None,
    is_generic: Callable[[str], bool] | None = None,
) -> bool:
    """One voice: one person; one role; or a spokesperson and whom they name as speaking for
    ("a Vale Rail spokesperson" speaks as Vale Rail; "her spokesman" is not the minister); an
    office and a person the cluster gives that office, or no office at all ("the mayor" and
    "Mayor Ove Tran"; "the harbour master" is not him)."""
    if role(a) and role(b):
        return role(a) == role(b)
    if role(a) or role(b):
        spoken, other = (a, b) if role(a) else (b, a)
        on_behalf = spoken_for(spoken)
        if on_behalf:
            return same_speaker(on_behalf, other, is_generic)
        # "a company spokesman" speaks for the story's company: one voice with a body, or a
        # person the cluster gives no post (who may be that spokesman); not with one it does
        return (
            offices is not None
            and bool(BODY_NOUNS.intersection(spoken.lower().split()))
            and not office(other)
            and not offices.held.get(other)
        )
    if office(a) or office(b):
        if office(a) and office(b):
            return office(a) == office(b)
        held, person = (office(a), b) if office(a) else (office(b), a)
        return offices is None or offices.may_hold(person, held)
    return _one_person(a, b, is_generic)


# The head noun of an office that names one person ("the police commander", "the harbour
# master"). Not the titles of whoever leads a body, which one person often holds together
# (chief, director, president, chairman, manager: "the museum's chief" may be its director),
# nor vaguer words ("leader", "head", "official").
_OFFICE_NOUNS = wordset(
    """commander master officer inspector chef captain minister mayor governor superintendent
    sheriff coroner warden prosecutor judge coach principal headteacher constable"""
)


# Posts written capitalised before a last name ("Commander Reith", "Curator Lind"), which the
# name index may keep as if a given name: the office nouns and a few more posts.
_POSTS = _OFFICE_NOUNS | wordset(
    """curator director professor councillor detective sergeant coxswain chief skipper pilot
    manager chairman chairwoman president secretary spokesman spokeswoman deputy"""
)


def office(speaker: str) -> str:
    """The office a speaker is named by, in lower case and no name ("police commander" for
    "the police commander", "mayor" for "the town's mayor"), else ""."""
    words = [w for w in speaker.split() if w.lower() not in {"the", "a", "an"}]
    if not words or any(w[:1].isupper() for w in words) or words[-1] not in _OFFICE_NOUNS:
        return ""
    return " ".join(w for w in words if not possessive(w))


class _Offices:
    """The offices the cluster gives each named person ("Mayor Ove Tran": mayor), from the
    titles the name index learnt before full names; looked up per call."""

    def __init__(self, index: NameIndex) -> None:
        self.held: dict[str, set[str]] = defaultdict(set)
        for title, person in index.descriptions.items():
            self.held[person].add(title)

    def may_hold(self, person: str, held: str) -> bool:
        """Whether the person may hold the office: one the cluster gives them, or its head
        noun alone ("Fire Chief Anna Berg" is learnt as "chief": "the fire chief" may be her),
        or any when it gives them none (then nothing tells them apart)."""
        known = self.held.get(person, set())
        return not known or held in known or held.rsplit(maxsplit=1)[-1] in known


def _full_name(speaker: str) -> bool:
    return len([t for t in name_tokens(speaker) if t.lower() not in _NOT_FIRST]) >= 2


# Titles that only stand before a person's name: a one-word name after one is a person, not a
# misread subject ("Estates director Col Brannagh", "Ms Oyelowo", "Insp Gaskin"). Not the
# posts and nationalities of names.TITLES ("British Police", "Finance Ministers").
_PERSON_TITLES = (
    HONORIFICS | RANKS | wordset("col colonel gen lt capt sgt adm admiral sir dame lord lady prof")
)


def _titled_name(speaker: str) -> bool:
    """One name word written after a person's title ("Col Brannagh", "Mr Hest"): a speaker of
    their own as a full name is; a bare word ("Police", "Witnesses", "But") may be a misread
    subject, so it still tells no one apart."""
    tokens = name_tokens(speaker)
    if len(tokens) != 1:
        return False
    words = [w.strip(".,") for w in speaker.split()]
    return any(
        word == tokens[0] and before.lower() in _PERSON_TITLES for before, word in pairwise(words)
    )


def _one_person(a: str, b: str, is_generic: Callable[[str], bool] | None = None) -> bool:
    """One person under two forms: 'Qin'/'Qin Gang', 'Bob'/'Robert Livingston', or a last name
    spelled two ways ('Hans'/'Hand Carlsson'), which is a name slip, not another speaker."""
    last_a, last_b = (name_tokens(s)[-1:] or [s] for s in (a, b))
    if same_speaker(a, b, is_generic) or fuzz.ratio(last_a[0], last_b[0]) >= SAME_LAST_NAME:
        return True
    # "van Tongeren" and "Vantongeren": a particle written apart or joined
    joined_a, joined_b = ("".join(name_tokens(s)[-2:]).lower() for s in (a, b))
    return (
        max(fuzz.ratio(joined_a, last_b[0].lower()), fuzz.ratio(joined_b, last_a[0].lower()))
        >= SAME_LAST_NAME
    )


def _difference(
    reference: Sequence[Occurrence],
    items: Sequence[Occurrence],
    others: Sequence[Occurrence] = (),
    named: bool = False,
) -> Difference:
    """How a variant differs from the reference, judged on the pieces that matched directly:
    pieces joined into a group through a third article are not compared word for word. A
    meaning is also told apart from any other article's wording it matched directly ("Some
    libraries will close" / "No library will close", both joined to a third wording), and a
    negation counts when the quote's speaker is named, here or for the whole group."""
    if reference == items:
        return "same"
    reference, items = reference[:MAX_PIECES_COMPARED], items[:MAX_PIECES_COMPARED]
    kinds = {
        classify_variants(r.text, o.text, polarity=named or (_named(r) and _named(o)))
        for r in _first_pieces((*reference, *others))
        for o in items
        if r not in items and same_quotation(r, o)
    }
    if "meaning" in kinds:
        return "meaning"
    # a wording joined through another (reported speech, a third outlet) that says a word
    # was done enough where the reference says not enough ("well equipped" / "insufficiently")
    if named and any(degree_flips(r.text, o.text) for r in reference for o in items):
        return "meaning"
    # or that negates in place what the reference says plainly ("She is not badly hurt" / "the
    # vet said the mare was badly hurt"), the same voice speaking in both: one person, or
    # reported words joined as that person's or their body's (``with_reported_speech``)
    if named and any(
        negation_flips(r.text, o.text)
        and (r.reported or o.reported or same_speaker(r.speaker, o.speaker))
        for r in reference
        for o in items
    ):
        return "meaning"
    whole = classify_variants(" ".join(r.text for r in reference), " ".join(o.text for o in items))
    return "same" if whole == "same" else "wording"


def _first_pieces(occurrences: Iterable[Occurrence]) -> list[Occurrence]:
    """The first ``MAX_PIECES_COMPARED`` occurrences of each article, in order."""
    taken: Counter[str] = Counter()
    kept = []
    for occurrence in occurrences:
        taken[occurrence.article] += 1
        if taken[occurrence.article] <= MAX_PIECES_COMPARED:
            kept.append(occurrence)
    return kept


def _named(occurrence: Occurrence) -> bool:
    """Whether a person is named for these words: only then does a word negated in one
    wording and not in the other flip what that person said (an unattributed sign reading
    "No Hate Crimes" is not a misquote of a speech about hate crimes)."""
    return bool(occurrence.speaker) and not generic(occurrence.speaker)


def group_speaker(
    group: Iterable[Occurrence], is_generic: Callable[[str], bool] | None = None
) -> str:
    """The speaker most occurrences name, a named one before a generic description
    (``is_generic``: the report's ``GenericSpeakers``, when the caller keeps one)."""
    is_generic = is_generic or generic
    counts = Counter(o.speaker for o in group if o.speaker)
    if not counts:
        return ""
    return max(counts, key=lambda s: (not is_generic(s), counts[s], len(s)))
