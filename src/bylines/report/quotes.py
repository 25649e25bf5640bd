"""Stage 7: direct quotations, attributed to a speaker and grouped across outlets.

1. Spans: one linear scan of each article's text for quotation marks (straight, curly, «guillemets»,
   „low-high“, ‘single’). A quote may run over several sentences; one left open ends with the
   sentence it opened in, so an unbalanced mark never swallows the rest of an article.
2. Speaker: the words around the quote in its sentence ("...," Xi said / said Xi / Xi told
   reporters "..." / according to X / state media quoted Qin as ...), a pronoun pointing back to the
   article's last named speaker, and an unattributed quote right after an attributed one continues
   it (a split quote); a quote standing alone after a sentence with a person acting is theirs (a
   guess, as a pronoun is). Two readings are sure, not guesses: a pronoun after the sentence
   that has its person speaking ("Ada Lind told the Post ... "...," she said"), and a post the
   article gave one person ("Curator Ada Lind ... the curator said"). Speakers are then resolved
   across the cluster with ``names``: "Xi", "Mr Xi", "President Xi", "the Chinese leader" all
   become "Xi Jinping".
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
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from bylines.report.names import NOT_NAMES, TITLES, NameIndex, build_index, name_tokens
from bylines.report.reported import Reported, find_reported, possessive
from bylines.report.variants import (
    Difference,
    classify_variants,
    degree_flips,
    negation,
    normal_tokens,
    shown_diff,
    stem_set,
)
from bylines.types import Article, Quote, QuoteVariant, Sentence
from bylines.wordlists import PERSON_NOUNS, wordset

# A quotation has at least this many words: shorter ones are scare quotes ("productive",
# "one China") that name a word, not a statement. Set by reading the example cluster's quotes.
MIN_QUOTE_WORDS = 3
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
# sentences back; further back, to the person the sentence before names.
POINTER_SENTENCES = 2
# How many sentences back a pronoun may find its person through sentences opening "He ...".
POINTER_LOOKBACK = 3
# How many words after a closing mark an attribution ("," Xi said) may start.
TRAILING_WORDS = 8
# How many words the subject of a speech verb may have ("one senior State Department official").
SUBJECT_WORDS = 6
# How many words may follow the verb of an attribution that closes a sentence ("..., Inspector
# Ada Roos said on Sunday."): a time, a place or an audience; more is a clause of its own.
CLOSING_WORDS = 4
# How many paragraphs a quote cut by a paragraph break may run on to the misplaced mark that
# closes it ('"Being asked is a privilege.\n... delight.\nI cannot wait, "he said.'): the
# longest such quote in the trial's ECB+ pages ran over three.
QUOTE_PARAGRAPHS = 3

# A body's possessive and a lower-case title after it: "Kerrowater's chief executive".
_POSSESSED_TITLE = re.compile(r"[A-Z][\w-]*['’]s(?:\s+[a-z][\w-]*){1,3}$")
# A person described in lower case after a speech verb: "his wife", "the harbour master".
_DESCRIPTION = re.compile(r"(?:his|her|their|its|the|a|an)(?:\s+[a-z][\w'’-]*){1,4}")
# Where a quote's clauses part: ', but', ', and', ', so', ', because', a semicolon, a dash.
_CLAUSE_BREAK = re.compile(r",\s+(?:but|and|so|because)\s+|;\s+|\s+[—–]\s+", re.IGNORECASE)
# Every character the span scan looks at: marks and line breaks (the rest is skipped in C).
_MARKS = re.compile('[“”«»„"‘’\n]')
_OPEN_CLOSE = {"“": '”»"', "«": "»”", "„": "“”", '"': '"”', "‘": "’"}
_VERBS = (
    r"said|says|say|told|tells|added|adds|stated|declared|noted|stressed|warned|urged|insisted|"
    r"hailed|called|tweeted|wrote|writes|asked|replied|explained|emphasi[sz]ed|underscored|"
    r"acknowledged|announced|claimed|argued|recalled|continued|complained|saying|adding|"
    r"warning|insisting|noting|arguing|radioed|shouted|"
    r"quoted|quoting|told|suggested|predicted|admitted|conceded|vowed|pledged|promised|"
    # Verbs that frame a partial quote as the subject's own words ("dismissed it as "...").
    r"reported|described|denounced|condemned|criti[cs]ized|dismissed|attacked"
)
_VERB = re.compile(rf"\b(?:{_VERBS})\b")
_ACCORDING = re.compile(r"\b(?i:according to) (?:a |an |the )?(?:statement (?:by|from) )?([^,.;]+)")
_NAME_WORD = r"(?:(?:al|el)-)?[A-Z][\w’'.-]*"
_QUOTED_AS = re.compile(r"\bquoted ([^.;\"“”]{1,120}?),? as (?:saying|having|telling|asking)\b")
_PRONOUNS = frozenset({"he", "she", "it"})
# After a quote, "and that ..." is another thing the speaker said, and "had been called" a
# passive: neither names who spoke ('"..." and that police had been called').
# Capitalised words that open a sentence, not a name ("But", "Although Williams said").
_NOT_FIRST = wordset("but and although though one when while as if because so yet however")
# Two last names this similar (rapidfuzz ratio) are one name spelled two ways (names.py uses
# the same bound for spelling slips).
SAME_LAST_NAME = 85
_NOT_ATTRIBUTION = re.compile(r"^\W*and\s+that\b|\b(?:been|being|be)\s*$", re.IGNORECASE)
_NATIONAL = re.compile(r"(?:ese|ish|ian|ean|can|i)$")
# A name as written: capitalised words, "of" allowed inside ("Secretary of State Antony Blinken").
_NAME_RUN = re.compile(rf"(?:(?:Mr|Mrs|Ms|Dr)\. )?{_NAME_WORD}(?: (?:of )?{_NAME_WORD})*")
# Words that open or close a subject without being part of it ("But X", "the agency also").
_OPENERS = wordset("and but as so yet however")
_RELATIVES = wordset("which who that")
_PARTICIPLES = wordset("saying adding warning insisting noting arguing")
_IRREGULAR = wordset("said told sought spoke met made gave took went was had will would can")
_PREPOSITIONS = wordset("in on at of for to with from by into over under about against after")
_CLOSERS = wordset("also later then further earlier again had has have was is will would once")


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One quotation as one article carries it (the pieces of a split quote joined)."""

    article: str
    start: int  # offset of the opening mark in the article's cleaned text
    sentence: int  # index of the sentence it starts in
    text: str
    evidence: str  # the sentence(s) it comes from
    speaker: str = ""  # as written, then resolved across the cluster
    pieces: tuple[int, ...] = ()  # offsets of the opening mark of each piece of a split quote
    # Whether the speaker was found through a pronoun or a title ("he said"): a guess good
    # enough to group by, not to tell outlets apart by (see ``_credited``).
    pointer: bool = False
    # Whether the words are a sentence's indirect speech (``with_reported_speech``), not a quote.
    reported: bool = False


def find_quotes(sentences: Sequence[Sentence], articles: Sequence[Article]) -> tuple[Quote, ...]:
    """Every direct quotation, grouped across outlets, most widely carried first."""
    index = build_index(articles)
    occurrences = find_occurrences(sentences, articles, index)
    reported = find_reported(sentences, index)
    shorts = short_names(index)
    groups = with_reported_speech(group_occurrences(occurrences, shorts), reported, shorts)
    quotes = [_quote(group, index, shorts) for group in groups]
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
        found.extend(_article_occurrences(article, by_article.get(article.id, []), index))
    return tuple(found)


# --- reported speech ----------------------------------------------------------------------------


def with_reported_speech(
    groups: list[list[Occurrence]],
    reported: Sequence[Reported],
    shorts: Mapping[str, str] | None = None,
) -> list[list[Occurrence]]:
    """Each quote with the sentences of other articles that report the same words in indirect
    speech ("Vesely said she respected the court's decision"): the same person, or a subject
    that names nobody ("the ministry said") when nearly all the words are the quote's."""
    words = [_Words.of(r.what) for r in reported]
    postings: dict[str, list[int]] = defaultdict(list)
    for number, bag in enumerate(words):
        for stem in bag.stems:
            postings[stem].append(number)
    voices = _Voices(shorts or {})
    joined = []
    for group in groups:
        speaker = group_speaker(group)
        named = sorted({o.speaker for o in group if o.speaker and not generic(o.speaker)})
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

    def __init__(self, shorts: Mapping[str, str]) -> None:
        self.known: dict[tuple[tuple[str, ...], str, bool, tuple[str, ...], str], str] = {}
        self.shorts = shorts

    def compare(self, speakers: Sequence[str], reported: Reported, said: Sequence[str]) -> str:
        """ "same": one person, or a person and the body their own sentences say they speak
        for; "other": another person; "unknown": a subject that names nobody we can compare.
        ``said``: the sentences of the quote."""
        text = reported.sentence.text
        key = (tuple(speakers), reported.speaker, reported.person, tuple(said), text)
        if key not in self.known:
            self.known[key] = _compare_voices(speakers, reported, said, self.shorts)
        return self.known[key]


def _compare_voices(
    speakers: Sequence[str], reported: Reported, said: Sequence[str], shorts: Mapping[str, str]
) -> str:
    if not speakers:
        return "unknown"  # a quote of nobody named cannot be told to be another's words
    if reported.speaker and _one_voice(speakers, reported, said, shorts):
        return "same"
    if reported.person:
        same = any(
            _one_person(s, reported.speaker) and not _other_given(s, reported.speaker)
            for s in speakers
        )
        return "same" if same else "other"
    if reported.speaker and any(same_speaker(s, reported.speaker) for s in speakers):
        return "same"
    return "unknown"


def _one_voice(
    speakers: Sequence[str], reported: Reported, said: Sequence[str], shorts: Mapping[str, str]
) -> bool:
    """A body and its officer are one voice: the quote's sentence says its speaker speaks for
    the body the reported sentence names ("Kessrow Shipping's spokesman Tomasz Rell insisted:
    ..." / "Kessrow Shipping said it had ..."), or the other way round."""
    other = reported.speaker
    if any(_voice(speaker, [other], said, shorts) == other != speaker for speaker in speakers):
        return True
    own = (reported.sentence.text,)
    return _voice(other, speakers, own, shorts) in speakers and other not in speakers


def _other_given(a: str, b: str) -> bool:
    """Two full names with other given names ("John Campbell", "Peter Campbell"): for reported
    speech, where a wrong join costs a false conflict, two people."""
    tokens_a, tokens_b = name_tokens(a), name_tokens(b)
    if len(tokens_a) < 2 or len(tokens_b) < 2 or tokens_a[-1] != tokens_b[-1]:
        return False  # not namesakes ("van Tongeren" / "Idris Vantongeren" is a spelling)
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


# --- spans --------------------------------------------------------------------------------------


def quote_spans(text: str, sentence_ends: Sequence[int] = ()) -> Iterator[tuple[int, int]]:
    """(start, end) of each quotation's words, marks excluded; one pass over the text.

    A quote still open at a paragraph break, at a new opening curly mark, or at the end of the
    text ends with the sentence it opened in (``sentence_ends``, sorted), so the scan is linear and
    an unbalanced mark costs one sentence at most.
    """
    opened: tuple[int, str] | None = None
    quoted_to = 0  # where the last quotation yielded ends
    for mark in _MARKS.finditer(text):
        position, char = mark.start(), mark.group()
        if char == '"' and _inch_mark(text, position, quote_open=opened is not None):
            continue
        closing = opened is not None and char in _OPEN_CLOSE[opened[1]]
        if closing and char == '"' and _reopens(text, position):
            closing = False  # a quote running on into a new paragraph: '... of peace. "Sharon'
        if opened is not None and closing and _closes(text, position):
            yield opened[0] + 1, position
            opened, quoted_to = None, position
        elif char == '"' and opened is None and _misplaced_close(text, position):
            # '... platform, "said Ada Roos.': the paragraph is the quotation, its opening mark
            # left out or in the paragraph before
            line = text.rfind("\n", 0, position) + 1
            if line > 0 and quoted_to < line:
                # (an apostrophe written for the opening mark: "'I cant speak for ...")
                yield line + (text[line] in "'`‘"), position
                quoted_to = position
        elif char in _OPEN_CLOSE and _opens(text, position):
            if opened is not None:
                yield opened[0] + 1, _sentence_end(opened[0], sentence_ends, position)
            opened = (position, char)
        elif char == "\n" and opened is not None and not _closed_next(text, position, opened[1]):
            yield opened[0] + 1, _sentence_end(opened[0], sentence_ends, position)
            opened, quoted_to = None, position
    if opened is not None:
        yield opened[0] + 1, _sentence_end(opened[0], sentence_ends, len(text))


# A straight mark after a number, at most one space between, with words going on after it: an
# inch mark ('17" MacBook Pro', '0.98" to be precise', '15 " model' in a tokenised text), not a
# quotation mark. A closing mark after a number ends a clause: '..., the toll was 12".'
_INCH = re.compile(r'\d ?"(?=[ \t]?[\w(])')
# Inside an open quotation the mark after a number closes it ('the "Top 10" list', '"Phase 2" of
# the plan') unless a thing measured in inches follows ('"the 17" screen is too small," she said').
_INCH_INSIDE_QUOTE = re.compile(
    r'\d ?"[ \t]?(?:-?inch|screens?|displays?|monitors?|models?|laptops?|tablets?|TVs?|televisions?'
    r"|pipes?|wheels?|rims?|tyres?|tires?|blades?|deep|long|wide|tall|thick|high)\b"
)
# How far past the mark the words after it are read: a space and the longest of them
# ("televisions", 11 letters), with room to spare.
_INCH_REACH = 16


def _inch_mark(text: str, position: int, *, quote_open: bool) -> bool:
    start = max(0, position - 2)
    inch = _INCH_INSIDE_QUOTE if quote_open else _INCH
    reach = position + _INCH_REACH
    return any(m.start() < position < m.end() for m in inch.finditer(text, start, reach))


# A quote's closing mark written after the space that should follow it, before the attribution
# that ends the sentence ('... any other platform, "said Ada Roos.', 'He bleeds blue, "team
# president Ivo Marsh said.'): seen in three of five real clusters of a trial (ECB+ pages).
_MISPLACED = re.compile(r"""[,?!] "(?=[A-Za-z])([^."“”\n]*)(?:[.!?]|$)""", re.MULTILINE)


def _misplaced_close(text: str, position: int) -> bool:
    """Whether a straight mark after ', ' closes a quote: an attribution follows it and ends
    the sentence, and nothing after it on the line is quoted."""
    found = _MISPLACED.match(text, max(0, position - 2))
    if found is None or found.start() != position - 2:
        return False
    line_end = text.find("\n", position)
    if any(mark in text[found.end() : line_end if line_end >= 0 else None] for mark in '"“”'):
        return False  # 'He said, "we told them so." And ...': an opening mark
    clause = found.group(1)
    verb = _VERB.search(clause)
    if verb is None or len(clause[verb.end() :].split()) > CLOSING_WORDS:
        return False
    subject = clause[: verb.start()].split()
    # who speaks: nobody before the verb ("said Ada Roos"), "he" or "she", or a name ending
    # the subject ("team president Ivo Marsh"); not the words of a quote that opens here
    # ('He said, "Nobody told me.', '"We told them so.')
    return len(subject) <= SUBJECT_WORDS and (
        not subject
        or (len(subject) == 1 and subject[0].lower() in _PERSONAL)
        or (subject[-1][:1].isupper() and subject[-1].lower() not in _NOBODY)
    )


_NOBODY = wordset("i we you it this that there nobody everyone everybody someone somebody nothing")


def _closed_next(text: str, newline: int, opening: str) -> bool:
    """Whether a quote open at a paragraph break is closed by a misplaced mark that is the next
    paragraph's first mark ('"It works.\nNothing else does, "said Ada Roos.')."""
    if '"' not in _OPEN_CLOSE[opening]:
        return False
    start = newline + 1
    for _ in range(QUOTE_PARAGRAPHS):  # paragraphs with no mark carry the quote on
        line_end = text.find("\n", start)
        end = line_end if line_end >= 0 else len(text)
        following = _ANY_MARK.search(text, start, end)
        if following is not None:
            return following.group() == '"' and _misplaced_close(text, following.start())
        if line_end < 0:
            return False
        start = line_end + 1
    return False


_ANY_MARK = re.compile('[“”«»„"‘’]')


def _reopens(text: str, position: int) -> bool:
    """A straight mark after a sentence end and a space, before a capital, opens a new quote."""
    before, after = text[max(0, position - 2) : position], text[position + 1 : position + 2]
    return len(before) == 2 and before[0] in ".?!" and before[1] == " " and after.isupper()


def _opens(text: str, position: int) -> bool:
    """An opening mark starts a word: not an apostrophe (we’re) nor a closing straight quote."""
    after = text[position + 1 : position + 2]
    before = text[position - 1 : position] if position else " "
    if text[position] in '‘"':
        return bool(after) and not after.isspace() and not before.isalnum()
    return bool(after) and not after.isspace()


def _closes(text: str, position: int) -> bool:
    after = text[position + 1 : position + 2]
    return text[position] != "’" or not after.isalpha()


def _sentence_end(start: int, sentence_ends: Sequence[int], limit: int) -> int:
    found = bisect_right(sentence_ends, start)
    end = sentence_ends[found] if found < len(sentence_ends) else limit
    return min(end, limit)


# --- attribution --------------------------------------------------------------------------------


def _article_occurrences(
    article: Article, sentences: Sequence[Sentence], index: NameIndex
) -> list[Occurrence]:
    if not sentences:
        return []
    reader = _Reader(article, sentences, index)
    for number, span in enumerate(reader.spans):
        reader.take(number, span)
    return reader.found


# Characters either side of a post ('curator') within which the name it was given stands
# ('Curator Ada Lind', 'Ada Lind, the museum's curator'): a long name and three words of owner.
POST_WINDOW = 120


class _Reader:
    """Walks one article's quotes in order, remembering the last speaker for pronouns."""

    def __init__(self, article: Article, sentences: Sequence[Sentence], index: NameIndex) -> None:
        self.article, self.sentences, self.index = article, sentences, index
        self.starts = [s.start for s in sentences]
        self.spans = list(quote_spans(article.text, [s.end for s in sentences]))
        self.found: list[Occurrence] = []
        self.last_speaker = ""
        self.last_sentence = -2  # sentence index where the last attributed quote ended
        self.last_attributed = False
        self.last_kept = False  # whether the previous quote was long enough to keep

    def take(self, number: int, span: tuple[int, int]) -> None:
        start, end = span
        words = self.article.text[start:end].strip(" ,.;:").replace("\n", " ")
        if not any(c.isalnum() for c in words):
            return  # a stray mark ("... countries “.") opens nothing
        first = max(0, bisect_right(self.starts, start) - 1)
        last = max(first, bisect_right(self.starts, max(start, end - 1)) - 1)
        frame = _Frame(self.article.text, self.sentences[first : last + 1], self.spans, number)
        ended = self.article.text[start:end].rstrip(" ,;:”\"’'").endswith(".")
        written = _speaker(frame, ended)
        if not written and not self._continues(written, first, start):
            written = self._next_says(last, end)
        introduced = self._introduced_as(written, start) or self._said_before(written, first)
        raw = introduced or self._resolve_pointer(written, first)
        if self._continues(raw, first, start):
            if self.last_kept:
                self.found[-1] = _extend(
                    self.found[-1], words, self.sentences[last].text, start - 1
                )
                self.last_sentence = last
                return
            raw = self.last_speaker  # the rest of a quote whose first piece was too short
        if not raw and self._stands_alone(first, last, start, end):
            raw = self._introduced(first)
        self.last_attributed = bool(raw)
        if raw:  # an unattributed scare quote does not move the pronouns' anchor
            self.last_speaker, self.last_sentence = raw, last
        self.last_kept = len(words.split()) >= MIN_QUOTE_WORDS
        if self.last_kept:
            context = self.article.text[: start - 1]
            speaker = _as_role(raw) or (self.index.canonical(raw, context) if raw else "")
            evidence = " ".join(s.text for s in self.sentences[first : last + 1])
            self.found.append(
                Occurrence(
                    self.article.id,
                    *(start - 1, first, words, evidence, speaker, (start - 1,)),
                    pointer=raw != written and not introduced,
                )
            )

    def _said_before(self, written: str, sentence: int) -> str:
        """The person a pronoun ("she said") points to when the sentence before has them
        speaking ('Curator Dr Ada Lind told the Post the items were priceless. "...," she
        said.'), past sentences that name no one ('The alarm had been off.'): the way news
        brings a speaker in, then quotes them, and no guess. "" where a sentence between
        quotes someone or names another person, or where the pronoun cannot be that person's
        ("Mr Lind", "spokesman Ada Lind" for a "she")."""
        pronoun = written.lower()
        if pronoun not in _PERSONAL:
            return ""
        for back in range(sentence - 1, max(-1, sentence - 1 - POINTER_LOOKBACK), -1):
            before = self.sentences[back].text
            if _quotes_words(before):
                return ""  # someone quoted (not a scare quote: 'said it "deeply deplores"')
            person = _speech_subject(before, self.index)
            if person:
                clash = _gender_clash(person, pronoun, before, self.article.text)
                return "" if clash else person
            if any(self.index.is_person(run.group()) for run in _NAME_RUN.finditer(before)):
                return ""
            words = {w.strip(".,;:!?") for w in before.lower().split()}
            if words & _PEOPLE_PRONOUNS - _SAME_PERSON[pronoun]:
                return ""  # "So did he." before a "she": someone the sentence does not name
            # a sentence of no one, or of the same pronoun ("Still, she bought only ...")
        return ""

    def _introduced_as(self, written: str, start: int) -> str:
        """The one person the article has named with the post a definite description gives
        ("the curator said" after "Curator Ada Lind", "Ada Lind, the museum's curator," or "the
        museum's curator, Ada Lind"): the way news names someone once, then by their post.
        "" when no one, or more than one person, was so named (and for "a spokesman", who may
        be another)."""
        words = written.split()
        if not 2 <= len(words) <= SUBJECT_WORDS or words[0] != "the" or not written.islower():
            return ""
        noun = re.escape(words[-1])
        # one person's post, not a plural ("the two party leaders wrote") nor a body ("the
        # police said" after "Police Inspector Tom Barr")
        if (
            not words[-1].isalpha()
            or re.search(r"[^su]s$", words[-1])
            or words[-1] in _BODY_NOUNS | _COLLECTIVES
        ):
            return ""
        name = _NAME_RUN.pattern
        owner = r"(?:(?:the|a|an|its|his|her|their)\s+)?(?:[a-z][\w'’-]*\s+){0,3}"
        forms = (
            rf"\b(?i:{noun})\s+({name})",
            rf"({name}),\s+{owner}(?i:{noun})\b",
            rf"\b{noun},\s+({name})",
        )
        text = self.article.text
        # each form read in a window around each place the post is written, not over the whole
        # text before the quote: a name run backs off word by word at every capital, which over
        # a long run of capitalised words took time growing with the square of its length
        windows = [
            text[max(0, post.start() - POST_WINDOW) : min(start - 1, post.end() + POST_WINDOW)]
            for post in re.compile(rf"\b{noun}\b", re.IGNORECASE).finditer(text, 0, start - 1)
        ]
        # a name run may go on past a full stop ("Tomas Barr. Later"): the name ends there; a
        # full name only ("President Clinton" may be either Clinton of the cluster)
        names = [
            _SENTENCE_ON.sub("", match.group(1))
            for window in windows
            for form in forms
            for match in re.finditer(form, window)
        ]
        found = {
            self.index.canonical(name): name
            for name in names
            if len(name_tokens(name)) >= 2 and self.index.is_person(name)
        }
        return next(iter(found.values())) if len(found) == 1 else ""

    def _stands_alone(self, first: int, last: int, start: int, end: int) -> bool:
        """Whether the quote is its sentence, nothing around it but punctuation."""
        text = self.article.text
        before = text[self.sentences[first].start : start - 1]
        after = text[end + 1 : self.sentences[last].end]
        return not before.strip() and not after.strip(" .,;:!?”\"’'")

    def _introduced(self, sentence: int) -> str:
        """The person the sentence before a quote that stands alone has acting ('The zoo's
        director, Dr Anselm Crouch, urged people to stay away. "He is a shy animal ..."'): the
        one the article brings in to speak. A guess, as a pronoun is (``Occurrence.pointer``)."""
        if sentence == 0:
            return ""
        text = _unquoted(self.sentences[sentence - 1].text)
        # "... sold by Tamsk, said analyst Bo Chan.": the speaker follows the verb, and the
        # name before the comma is no one acting
        tail = _TAIL_SAYS.search(text)
        named = _named_after(text[tail.end() :]) if tail else ""
        return named if named and name_tokens(named) else _acting_person(text, self.index)

    def _next_says(self, sentence: int, end: int) -> str:
        """'"Are you willing to sign on that?" Netanyahu said.': an attribution that the
        splitter put in a sentence of its own, right after a quote that ends its sentence."""
        following = sentence + 1
        if (
            following >= len(self.sentences)
            or self.article.text[end + 1 : self.sentences[sentence].end].strip()
        ):
            return ""
        text = self.sentences[following].text
        verb = _VERB.search(text)
        # Only an attribution and nothing more: "Netanyahu said." / "said Ada Okafor."
        if not verb or len(text.split()) > SUBJECT_WORDS + 2 or _quoting(text):
            return ""
        if len(text[verb.end() :].split()) > 2 and len(text[: verb.start()].split()) > 0:
            return ""
        return _trailing(text, TRAILING_WORDS)

    def _resolve_pointer(self, raw: str, sentence: int) -> str:
        """A pronoun or a one-word description ("the diplomat") points back to a person: the
        subject of the sentences just before ("Ramos-Horta sought ... "I don't ...," he said"),
        else the speaker of the article's previous quote."""
        words = [w for w in raw.split() if w.lower() not in {"the", "a", "an"}]
        pronoun = raw.lower() in _PRONOUNS
        if not pronoun and (len(words) != 1 or not words[0].islower()):
            return raw
        recent = self.last_speaker and sentence - self.last_sentence <= POINTER_SENTENCES
        if not pronoun:
            # "the official" far from any quote may be anyone: only a title the cluster gives
            # one person ("King Norodom Sihanouk" for "the king") resolves it.
            described = self.index.descriptions.get(words[0].lower(), raw)
            return self.last_speaker if recent else described
        if sentence - self.last_sentence <= 1:
            return self.last_speaker
        return self._subject_before(sentence) or self.last_speaker

    def _subject_before(self, sentence: int) -> str:
        """The person opening or acting in the nearest sentence before ("Ramos-Horta sought
        ..."), past sentences that open with a pronoun."""
        for back in range(sentence - 1, max(-1, sentence - 1 - POINTER_LOOKBACK), -1):
            text = _unquoted(self.sentences[back].text)
            opener = _NAME_RUN.match(text)
            if opener and self.index.is_person(opener.group()) and not possessive(opener.group()):
                return opener.group()  # "Eamon Hickey, the father of ..., said"
            acting = _acting_person(text, self.index)
            opening = text.split(maxsplit=1)[:1]
            if acting or not opening or opening[0].lower() not in _PRONOUNS:
                return acting or ("" if self.last_speaker else _first_person(text, self.index))
        return ""

    def _continues(self, raw: str, sentence: int, start: int) -> bool:
        """A quote that carries on the previous one: in the same sentence ("...," Xi said, "...")
        or opening the next one unattributed ("...," Xi said. "This is very good.")."""
        if not self.last_attributed or (self.last_kept and not self.found):
            return False
        if sentence == self.last_sentence:
            return raw in {"", self.last_speaker}
        opens_sentence = not self.article.text[self.sentences[sentence].start : start - 1].strip()
        return not raw and sentence == self.last_sentence + 1 and opens_sentence


# Verbs that bring a speaker in by what they say ("Ada Lind told the Post the items were
# priceless"); not "wrote" (a review) nor verbs of deeds ("praised the team"), after which a
# pronoun may yet point to someone else.
_SAYS = re.compile(
    r"\b(?:said|says|told|tells|added|explained|insisted|warned|confirmed|stressed)\b"
)
_PERSONAL = wordset("he she")
_PEOPLE_PRONOUNS = wordset("he she him her his hers they them their")
_SAME_PERSON = {"he": wordset("he him his"), "she": wordset("she her hers")}
# Words that tell a person's sex, for a pronoun that cannot point to them: honorifics before
# the name, nouns of an apposition ("Ada Lind, a spokeswoman for ...").
_HIS = wordset("mr spokesman chairman businessman policeman father husband son brother")
_HERS = wordset(
    "mrs ms miss spokeswoman chairwoman businesswoman policewoman mother wife daughter sister"
)


# A full stop and what follows, not after an honorific ("Dr. Ada Lind").
_SENTENCE_ON = re.compile(r"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!Mrs)\.\s.*$")


def _speech_subject(text: str, index: NameIndex) -> str:
    """The person a sentence has saying something, around its first speech verb: named at the
    end of its first clause after a few words of post at most ("Club chief Ada Roos said",
    "Carla Roos, director of operations at Vell Water, said", "Ms Ada Roos, who chairs the
    board, explained"), after a description ("An economist at the bank, Ada Roos, said"), or
    right after the verb of a tail (", said Ada Roos, ..."). Not a name after a verb or a
    preposition ("Blair quoted in the El Mundo newspaper said", "candidates are Ada Roos, a
    member ..., Ivo Kell said"), nor deep in a clause."""
    verb = _SAYS.search(text)
    if verb is None:
        return ""
    head = text[: verb.start()]
    chunks = head.split(",")
    people = [run for run in _NAME_RUN.finditer(chunks[0]) if _a_person(run.group(), index)]
    if people:
        person = people[-1]
        post = chunks[0][: person.start()].lower().split()
        rest = head[person.end() :].strip()
        if (
            len(post) <= POST_WORDS
            and not _NOT_POST.intersection(post)
            and (not rest or rest.startswith(","))
        ):
            return person.group()
    described = chunks[1].strip() if len(chunks) > 2 else ""
    if chunks[0].split()[:1] in (["A"], ["An"], ["The"]) and _NAME_RUN.fullmatch(described):
        return described if _a_person(described, index) else ""
    after = _NAME_RUN.match(text[verb.end() :].lstrip())
    if after and head.rstrip().endswith(",") and _a_person(after.group(), index):
        return after.group()
    return _closing_subject(chunks, text[verb.end() :], index)


def _closing_subject(chunks: Sequence[str], after: str, index: NameIndex) -> str:
    """The person of an attribution that closes a sentence of reported speech ("The road was
    shut, Area Commander Inspector Ada Roos said."): the name ending its last clause."""
    if len(chunks) < 2 or len(after.strip(" .").split()) > CLOSING_WORDS:
        return ""
    last = chunks[-1].strip()
    people = [run for run in _NAME_RUN.finditer(last) if _a_person(run.group(), index)]
    return people[-1].group() if people and people[-1].end() == len(last) else ""


# How many words of post may stand before a name that opens a sentence ("Club chief executive
# Marta Quill"): more is a clause of its own ("Other presumed candidates are Ada Roos").
POST_WORDS = 4
# Words that put a name inside a clause rather than after a post: a preposition ("an economist
# at Banque Lambert"), a verb that is no speech ("are", "has").
_NOT_POST = wordset("at of for from with in on by to into are is was were has have had be been")


def _a_person(name: str, index: NameIndex) -> bool:
    return bool(name_tokens(name)) and not possessive(name) and index.is_person(name)


def _gender_clash(person: str, pronoun: str, sentence: str, text: str) -> bool:
    """Whether the article tells the person's sex and it is not the pronoun's: an honorific
    before their last name anywhere ("Mrs Roos"), or a noun of their sentence before its verb
    ("spokesman Ivo Roos", "Ivo Roos, a spokesman for ...")."""
    last = re.escape(name_tokens(person)[-1])
    told = {m.group(1).lower() for m in re.finditer(rf"\b(Mrs?|Ms|Miss)\.?\s+{last}\b", text)}
    verb = _SAYS.search(sentence)
    told |= {w.lower() for w in re.findall(r"[A-Za-z]+", sentence[: verb.start() if verb else 0])}
    other = _HERS if pronoun == "he" else _HIS
    return bool(told & other)


def _quotes_words(text: str) -> bool:
    """Whether a sentence quotes someone: a quotation of MIN_QUOTE_WORDS words or more."""
    return any(len(text[a:b].split()) >= MIN_QUOTE_WORDS for a, b in quote_spans(text))


def _quoting(text: str) -> bool:
    return any(mark in text for mark in _OPEN_CLOSE)


def _unquoted(text: str) -> str:
    return "".join(text[a:b] for a, b in _outside(text, list(quote_spans(text))))


def _outside(text: str, spans: Sequence[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    position = 0
    for start, end in spans:
        yield position, max(position, start - 1)
        position = end + 1
    yield position, len(text)


# A sentence's tail that names who said it after the verb (", said analyst Bo Chan").
_TAIL_SAYS = re.compile(r",\s+(?:said|says|added|explained|insisted|warned|stressed)\s+(?=\S)")


def _acting_person(text: str, index: NameIndex) -> str:
    """A person named right before a verb ("Hua Chunying issued", "Campbell said")."""
    for run in _NAME_RUN.finditer(text):
        following = text[run.end() : run.end() + 30].lstrip(" ,").split(maxsplit=1)
        verb = following[0].strip(",.") if following else ""
        acting = verb.islower() and (verb.endswith(("ed", "s")) or verb in _IRREGULAR)
        if acting and index.is_person(run.group()):
            return run.group()
    return ""


def _first_person(text: str, index: NameIndex) -> str:
    """The first person the text names; not an owner ("Varnek's chief executive, Liv
    Marthinsen, spoke to us": the company's name before its officer's)."""
    for run in _NAME_RUN.finditer(text):
        following = text[run.end() : run.end() + 30].split(maxsplit=1)[:1]
        if following and following[0].strip(".,;:") in PERSON_NOUNS:
            continue  # "one Mac customer": a word for the person, who is not named
        if index.is_person(run.group()) and not possessive(run.group()):
            return run.group()
    return ""


def _extend(occurrence: Occurrence, words: str, sentence: str, mark: int) -> Occurrence:
    evidence = occurrence.evidence
    if sentence and sentence not in evidence:
        evidence = f"{evidence} {sentence}"
    return replace(
        occurrence,
        text=f"{occurrence.text} … {words}",
        evidence=evidence,
        pieces=(*occurrence.pieces, mark),
    )


@dataclass(frozen=True, slots=True)
class _Frame:
    """The words of a quote's sentences outside every quotation, before and after this one."""

    before: str
    after: str
    whole: str
    opening: str  # the sentence before this quote, earlier quotes too

    def __init__(
        self, text: str, sentences: Sequence[Sentence], spans: Sequence[tuple[int, int]], at: int
    ) -> None:
        begin, finish = sentences[0].start, sentences[-1].end
        start, end = spans[at]
        previous = spans[at - 1][1] + 1 if at else begin
        following = spans[at + 1][0] - 1 if at + 1 < len(spans) else finish
        object.__setattr__(self, "before", text[max(begin, previous) : max(begin, start - 1)])
        object.__setattr__(self, "after", text[min(end + 1, finish) : min(finish, following)])
        object.__setattr__(self, "whole", text[begin:finish])
        object.__setattr__(self, "opening", text[begin : max(begin, start - 1)])


def _speaker(frame: _Frame, ended: bool = False) -> str:
    """The speaker as written, by the most specific cue first; "" when nothing attributes it.

    A quote that ends with a full stop inside its marks ends its sentence: the words after it
    are the next sentence, not an attribution ("...can." Yuri Koptev, head of ..., said ...).
    """
    quoted_as = _QUOTED_AS.search(frame.whole)
    # "quoted Qin as having told", "quoted an unnamed official in ..., which is ..., as saying";
    # not "quoted him Sunday as saying" (the subject is the one quoting a pronoun).
    whom = re.split(r",| in | of | at ", quoted_as.group(1))[0].strip() if quoted_as else ""
    if whom and whom.split(maxsplit=1)[0].lower() not in {"him", "her", "them", "it"}:
        return whom
    after = "" if ended else frame.after
    for found in (
        _trailing(after, TRAILING_WORDS),
        _leading(frame.opening if _goes_on(frame.before) else frame.before),
        _trailing(after, 3 * TRAILING_WORDS),
    ):
        if found:
            return found
    according = _ACCORDING.search(frame.before + " " + frame.after)
    return according.group(1).strip() if according else ""


def _trailing(after: str, within: int) -> str:
    """', Xi said' / ', said Daniel Kritenbrink, the ...' / ', he told reporters'."""
    verb = _VERB.search(after)
    # '"..." and that police had been called': a passive, another clause
    if (
        not verb
        or _NOT_ATTRIBUTION.search(after[: verb.start()])
        or len(after[: verb.start()].split()) > within
    ):
        return ""
    subject = _last_clause(after[: verb.start()])
    if subject and subject.split(maxsplit=1)[0].lower() not in _PREPOSITIONS:
        return subject
    if after[: verb.start()].strip(" ,.;:'\"’”"):
        return ""  # only right after the quote does the name follow the verb
    return _named_after(after[verb.end() :])


def _named_after(after: str) -> str:
    """The speaker named right after the verb: "said Hun Sen aide Prak Sokhon, who ...": the
    last name before the first comma; "said Lund's spokesman, Per Dale": the name after the
    role, else the role itself ("said her spokesman")."""
    phrase = re.split(r"[,.;:]| who | which ", after, maxsplit=1)[0].strip()
    if len(phrase.split()) > 2 * SUBJECT_WORDS:
        return ""
    # "said county engineer Rhona Best on Tuesday night / in Portlea": when and where it was
    # said follow the name and are no part of it ("said an editorial Saturday in the daily
    # Posten": no name before them, the paper's after)
    head = _WHEN_OR_WHERE.split(phrase, maxsplit=1)[0]
    phrase = head if _name_runs(head) else phrase
    # "said Lund's spokesman, Per Dale", "said Kerrowater's chief executive, Doran Pike": a
    # role, or a body's title, and the person's name after the comma
    if role(phrase) or _POSSESSED_TITLE.search(phrase):
        following = re.split(r"[,.;:]", after)
        name = following[1].strip() if len(following) > 1 else ""
        return name if _NAME_RUN.fullmatch(name) and name_tokens(name) else phrase
    # "said his wife, Dana Vasko, as she left", "said the harbour master, Olof Brink": a person
    # described, then named in full after the comma
    if _DESCRIPTION.fullmatch(phrase):
        following = re.split(r"[,.;:]", after)
        name = following[1].strip() if len(following) > 1 else ""
        if _NAME_RUN.fullmatch(name) and len(name_tokens(name)) >= 2:
            return name
    runs = _name_runs(_before_of(phrase))  # "said Ilnur Cevik of the Turkish Daily News"
    if runs:
        # "said the Prison Service's Colm Reddy": the name after the owner
        return re.split(r"\S+['’]s\s+(?=[A-Z])", runs[-1])[-1]
    words = head.split()
    # "said the statement", "said a ministry statement broadcast on television"
    return " ".join(words[:3]) if words and words[0].lower() in {"the", "a", "an"} else ""


def _name_runs(phrase: str) -> list[str]:
    """The runs of capitalised words that name someone: not a day or a month ("Saturday")."""
    runs = (r.group() for r in _NAME_RUN.finditer(phrase))
    return [r for r in runs if name_tokens(r) and r.lower() not in NOT_NAMES]


_WHEN_OR_WHERE = re.compile(
    r"\s+(?:on|in|at|after|before|during|outside|from|to|last|this|yesterday|today|tonight"
    r"|earlier|later|when|while|as)\s+.*",
    re.DOTALL,
)


# "... and added:", "... but warned:": a second verb of the subject named before.
_GOING_ON = (" and", " but")


def _goes_on(before: str) -> bool:
    """Whether the words since an earlier quote of the sentence are only a second verb of its
    subject ('Kit Amble said rangers were "holding the road" in the west but warned: "...'):
    the speaker is then named before that earlier quote."""
    verbs = list(_VERB.finditer(before))
    return len(verbs) == 1 and before[: verbs[0].start()].rstrip().endswith(_GOING_ON)


def _leading(before: str) -> str:
    """'Wang told Blinken that his trip "...' : the subject of the last speech verb."""
    verbs = list(_VERB.finditer(before))
    if not verbs:
        # "Cabana held up his thumb and finger: "We were that close."": the sentence's subject.
        return _first_name(before) if before.rstrip().endswith(":") else ""
    verb = verbs[-1]
    if verb.group() in _PARTICIPLES:
        # "Blinken said ..., adding that ..." / "Xi hinted ..., saying ...": the earlier subject.
        if len(verbs) > 1:
            return _last_clause(before[: verbs[-2].start()])
        return _first_name(before[: verb.start()])
    if len(verbs) > 1 and before[: verb.start()].rstrip().endswith(_GOING_ON):
        # "Rodrigues, a spokesman, said ... and said he had "...": the first verb's subject.
        return _last_clause(before[: verbs[-2].start()])
    subject = _last_clause(before[: verb.start()])
    if not name_tokens(subject) and before[: verb.start()].rstrip().endswith(","):
        # "In the face of these deals, said Ada Roos, an analyst, "...": the verb put before
        # its subject, after an opening phrase that names no one
        return _named_after(before[verb.end() :]) or subject
    return subject


def _last_clause(text: str) -> str:
    """The subject right before a verb: its clause, minus a trailing apposition and openers."""
    chunks = [_trim(c) for c in re.split(r"[,;:()–—]", text)]
    chunks = [c for c in chunks if c]
    while len(chunks) > 1 and _ABBREVIATED.fullmatch(chunks[-1]):
        chunks.pop()  # "..., a lawyer in Potomac, Md., said": a state after a place, no one
    if not chunks:
        return ""
    subject = chunks[-1]
    if len(chunks) > 1 and _apposition(subject):
        # "Kurt Campbell, the top Asia expert ..., said": the name before the appositions.
        named = [c for c in chunks[:-1] if c[:1].isupper() and _names(c)]
        if named:
            subject = named[0]  # "Bert Ammerman of River Vale, New Jersey, whose ..."
        elif _aside(subject):
            subject = chunks[-2]
    # "Judeh said Hassan, who ..., told": the subject of the nearest verb.
    subject = _VERB.split(subject)[-1].strip() or subject
    words = _before_of(subject).split()
    if words and words[0].lower() in _RELATIVES:
        words = words[1:]
    if len(words) > SUBJECT_WORDS:
        # A long clause ("... when China said Qin had"): its last name is the subject.
        runs = [r.group() for r in _NAME_RUN.finditer(" ".join(words)) if name_tokens(r.group())]
        return runs[-1] if runs else ""
    return " ".join(words)


# A clause that is only an abbreviation: a state or country after a place ("Md.", "Calif.",
# "N.Y.", "D.C."), a suffix ("Jr."). Its capital would read as a name.
_ABBREVIATED = re.compile(r"(?:[A-Z][a-z]{0,4}\.)+")


def _before_of(phrase: str) -> str:
    """ "Bert Ammerman of River Vale" -> "Bert Ammerman"; not "Secretary of State ..." (a title
    before "of") nor "Ministry of Foreign Affairs" ("China's Ministry" is no name)."""
    before = phrase.split(" of ", 1)[0]
    named = name_tokens(before)
    if before != phrase and len(named) > 1 and not {t.lower() for t in named} & NOT_NAMES:
        return before
    return phrase


def _trim(chunk: str) -> str:
    """A clause without the words that open or close it ("But X", "the agency also")."""
    words = chunk.strip(" '\"`‘’“”").split()
    if all(w.isdigit() for w in words):
        return ""  # an age: "his sister Deborah, 21, said"
    while words and words[0].lower() in _OPENERS:
        words = words[1:]
    while words and words[-1].lower() in _CLOSERS:
        words = words[:-1]
    return " ".join(words)


def _aside(chunk: str) -> bool:
    """ "speaking on condition of anonymity", "who attended": a clause about the subject."""
    first = chunk.split(maxsplit=1)[0].lower()
    return first.endswith("ing") or first == "who"


def _names(chunk: str) -> bool:
    """Whether a clause is a name ("Kurt Campbell"; not "In it", "On Sunday", "In Washington")."""
    first, last = chunk.split(maxsplit=1)[0], chunk.rsplit(maxsplit=1)[-1]
    if first.lower() in _PREPOSITIONS or last.lower() in NOT_NAMES:
        return False
    return last[:1].isupper() and bool(name_tokens(last))


def _apposition(chunk: str) -> bool:
    """ "the top Asia expert ...", "who accompanied him": not a subject; "he", "which the State
    Department": a subject."""
    words = chunk.split()
    if words[0].lower() in {"which", "that"} or chunk.lower() in _PRONOUNS:
        return False
    if words[0].lower() == "who":
        return True
    return chunk[:1].islower()


def _first_name(text: str) -> str:
    for run in _NAME_RUN.finditer(text):
        if name_tokens(run.group()):
            return run.group()
    return ""


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


def _same(a: Occurrence, b: Occurrence, words_a: _Words, words_b: _Words) -> bool:
    """Enough of the smaller quote's content in the other, and speakers compatible (or the
    words so close that two outlets credited one statement to, say, a minister and a ministry)."""
    if len(words_a.stems & words_b.stems) < 2:
        # word for word, a quote of one content word is one quotation ("It was a panic"), of
        # one named speaker: "It was terrible," said a resident / a firefighter are two
        word_for_word = bool(words_a.tokens) and words_a.tokens == words_b.tokens
        named = not generic(a.speaker) and not generic(b.speaker)
        one = (word_for_word and named) or _negated_copy(words_a, words_b)
        return one and same_speaker(a.speaker, b.speaker)
    if not same_speaker(a.speaker, b.speaker) and not (role(a.speaker) or role(b.speaker)):
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


def same_speaker(a: str, b: str) -> bool:
    """Unknown or generic ("paper", "official Syrian newspaper") matches anyone; "State
    Department" is "US State Department"."""
    if generic(a) or generic(b):
        return True
    return a == b or fuzz.token_set_ratio(a, b) == 100


def generic(speaker: str) -> bool:
    """A speaker that names nobody in particular: no capitalised word but nationalities."""
    return not [t for t in name_tokens(speaker) if not _NATIONAL.search(t.lower())]


def group_occurrences(
    occurrences: Sequence[Occurrence], shorts: Mapping[str, str] | None = None
) -> list[list[Occurrence]]:
    """Union of every pair that is the same quotation; candidates found through rare stems."""
    words = [_Words.of(o.text) for o in occurrences]
    # a spokesperson's words are compared as their body's ('said Rhona Gill, spokeswoman for
    # Scarrow Mountain Rescue' / 'Scarrow Mountain Rescue said: ...'); the shown speaker stays
    voiced = _as_their_bodies(occurrences, shorts or {})
    parent = list(range(len(occurrences)))
    for i, j in _candidate_pairs([w.stems for w in words], [o.article for o in occurrences]):
        if _same(voiced[i], voiced[j], words[i], words[j]):
            parent[_root(parent, i)] = _root(parent, j)
    groups: dict[int, list[Occurrence]] = defaultdict(list)
    for i, occurrence in enumerate(occurrences):
        groups[_root(parent, i)].append(occurrence)
    return list(groups.values())


def _as_their_bodies(
    occurrences: Sequence[Occurrence], shorts: Mapping[str, str]
) -> list[Occurrence]:
    """Each occurrence, its speaker replaced by the body its own sentence says they speak for
    when that body speaks elsewhere in the cluster (``_voice``)."""
    speakers = sorted({o.speaker for o in occurrences if o.speaker and not generic(o.speaker)})
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
        if not occurrence.speaker or generic(occurrence.speaker):
            voiced.append(occurrence)  # nobody named: no one to speak for anyone
            continue
        words = set(re.findall(r"[\w&.-]+", occurrence.evidence))
        words |= {word.lower() for word in words}
        named = sorted({body for word in words for body in by_word.get(word, ())})
        body = _voice(occurrence.speaker, named, (occurrence.evidence,), shorts)
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
    group: Sequence[Occurrence], index: NameIndex, shorts: Mapping[str, str] | None = None
) -> Quote:
    """One quote: a variant per distinct wording and speaker, with the articles carrying it.
    When outlets credit the words to different people, the quote names them all."""
    per_article: dict[str, list[Occurrence]] = defaultdict(list)
    for occurrence in sorted(group, key=lambda o: (o.article, o.start)):
        per_article[occurrence.article].append(occurrence)
    speakers = _credited(per_article, index, shorts or {})
    by_text: dict[tuple[str, str], list[str]] = {}
    for article, items in per_article.items():
        key = " ".join(normal_tokens(" ".join(o.text for o in items)))
        by_text.setdefault((key, speakers.get(article, "")), []).append(article)
    ordered = sorted(by_text.values(), key=lambda articles: (-len(articles), articles[0]))
    reference = per_article[ordered[0][0]]
    first = " … ".join(o.text for o in reference)
    said_by = group_speaker(group)
    named = bool(said_by) and not generic(said_by)
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
    speaker = " or ".join(credited) if len(credited) > 1 else group_speaker(group)
    return Quote(speaker=speaker, variants=tuple(variants))


def _credited(
    per_article: dict[str, list[Occurrence]], index: NameIndex, shorts: Mapping[str, str]
) -> dict[str, str]:
    """Each article's named speaker, when the articles name more than one person for these
    words (else empty: one speaker, or names that are forms of one, as "Qin" and "Qin Gang").
    A spokesman or an aide is another person than the one they speak for."""
    named = {
        a: group_speaker(o for o in items if not o.pointer) for a, items in per_article.items()
    }
    named = {
        a: _described(s, index)
        for a, s in named.items()
        if s and (role(s) or office(s) or not generic(s))
    }
    evidence = sorted({o.evidence for items in per_article.values() for o in items})
    speakers = sorted(set(named.values()))
    # the bodies a role speaks for count too: "Rhona Gillis, a spokeswoman for Carrow Rail" is
    # one voice with "a Carrow Rail spokesperson"
    bodies = sorted({*speakers, *(_on_behalf(s) for s in speakers if role(s))} - {""})
    voices = {s: _voice(s, bodies, evidence, shorts) for s in speakers}
    named = {a: voices[s] for a, s in named.items()}
    offices = _Offices(index)
    people: list[str] = []
    for speaker in sorted(set(named.values()), key=lambda s: (-len(s), s)):
        if not any(_same_person(speaker, person, offices) for person in people):
            people.append(speaker)
    # Only full names tell two people apart: "But" or "One young woman shopper" is a misread
    # subject, not a second speaker.
    full = [p for p in people if _full_name(p)]
    if (
        len(people) < 2
        or not full
        or not all(_full_name(p) or role(p) or office(p) for p in people)
    ):
        return {}
    return {a: next(p for p in people if _same_person(s, p, offices)) for a, s in named.items()}


def _voice(
    speaker: str,
    speakers: Sequence[str],
    evidence: Sequence[str],
    shorts: Mapping[str, str] | None = None,
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
        if not said or body == speaker or _one_person(body, speaker):
            continue
        if any(
            re.search(_speaks_for(speaker, body, tail, short, _may_name_a_post(text)), text)
            for text in said
        ):
            return body
    return speaker


def _speaks_for(speaker: str, body: str, tail: str, short: str = "", posts: bool = True) -> str:
    """The ways a sentence says a person speaks for a body: 'Anna Brisk, a spokeswoman for
    Kelvy Marine Rescue', 'Leonie Maart of Brunsvik Construction', "Orrel Ferries' press
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
    forms: tuple[str, ...] = (
        rf"{person}{office}\s*(?:,\s*)?\b(?:of|for|at|from)\s+(?:the\s+)?{group}\b",
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


def _same_person(a: str, b: str, offices: _Offices | None = None) -> bool:
    """One voice: one person; one role; or a spokesperson and whom they name as speaking for
    ("a Vale Rail spokesperson" speaks as Vale Rail; "her spokesman" is not the minister); an
    office and a person the cluster gives that office, or no office at all ("the mayor" and
    "Mayor Ove Tran"; "the harbour master" is not him)."""
    if role(a) and role(b):
        return role(a) == role(b)
    if role(a) or role(b):
        spoken, other = (a, b) if role(a) else (b, a)
        on_behalf = _on_behalf(spoken)
        if on_behalf:
            return same_speaker(on_behalf, other)
        # "a company spokesman" speaks for the story's company: one voice with a body, or a
        # person the cluster gives no post (who may be that spokesman); not with one it does
        return (
            offices is not None
            and bool(_BODY_NOUNS.intersection(spoken.lower().split()))
            and not office(other)
            and not offices.held.get(other)
        )
    if office(a) or office(b):
        if office(a) and office(b):
            return office(a) == office(b)
        held, person = (office(a), b) if office(a) else (office(b), a)
        return offices is None or offices.may_hold(person, held)
    return _one_person(a, b)


# Nouns of a body that a spokesperson speaks for without naming it ("a company spokesman", "a
# spokeswoman for the club"): the story's company, club or museum. Not "ministry" nor
# "government", whose spokespeople speak for a minister, a person of their own.
_BODY_NOUNS = wordset(
    """company firm club operator airline council museum trust police force service authority
    board agency charity school hospital university association union federation utility
    insurer bank railway broadcaster zoo port owner owners organisers organizers"""
)


# Nouns of a body or a group, who speak as many: "the government said", "the family said".
_COLLECTIVES = wordset(
    """government ministry department family court army military committee team crew
    coastguard statement report newspaper paper group company police"""
)


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


# A speaker who speaks for someone else, named by that role: "a ministry spokesman", "her aide",
# "a spokeswoman for Lund", "the minister's lawyer"; not "spokesman Aron Dahl" (a name follows).
_ROLE = re.compile(
    r"\b(spokes(?:man|woman|person)|aide|adviser|advisor|lawyer|representative)\b(?P<rest>.*)$",
    re.IGNORECASE,
)


def role(speaker: str) -> str:
    """The role noun of a speaker who speaks for another ("spokesman"), else ""."""
    match = _ROLE.search(speaker)
    if match is None:
        return ""
    rest = match.group("rest").strip(" ,.")
    if rest and not re.match(r"(?:for|to|of)\b", rest):
        return ""
    return match.group(1).lower()


def _on_behalf(speaker: str) -> str:
    """Whom a role speaks as, when named: "Vale Rail spokesperson", "spokesperson for Vale
    Rail", "Lund's aide"; "" for "her spokesman" or "a ministry spokesman"."""
    match = _ROLE.search(speaker)
    if match is None:
        return ""
    after = re.sub(r"^\s*(?:for|of|to)\s+(?:the\s+)?", "", match.group("rest"))
    for phrase in (speaker[: match.start()], after):
        if name_tokens(phrase):
            return re.sub(r"[’']s\b", "", phrase).strip(" ,.")
    return ""


def _as_role(raw: str) -> str:
    """The speaker as written when it is a role ("spokeswoman for Lund" is not Lund)."""
    return re.sub(r"^(?:the|a|an)\s+", "", raw.strip(" ,.")) if role(raw) else ""


def _full_name(speaker: str) -> bool:
    return len([t for t in name_tokens(speaker) if t.lower() not in _NOT_FIRST]) >= 2


def _one_person(a: str, b: str) -> bool:
    """One person under two forms: 'Qin'/'Qin Gang', 'Bob'/'Robert Livingston', or a last name
    spelled two ways ('Hans'/'Hand Carlsson'), which is a name slip, not another speaker."""
    last_a, last_b = (name_tokens(s)[-1:] or [s] for s in (a, b))
    if same_speaker(a, b) or fuzz.ratio(last_a[0], last_b[0]) >= SAME_LAST_NAME:
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
    kinds = {
        classify_variants(r.text, o.text, polarity=named or (_named(r) and _named(o)))
        for r in (*reference, *others)
        for o in items
        if r not in items and same_quotation(r, o)
    }
    if "meaning" in kinds:
        return "meaning"
    # a wording joined through another (reported speech, a third outlet) that says a word
    # was done enough where the reference says not enough ("well equipped" / "insufficiently")
    if named and any(degree_flips(r.text, o.text) for r in reference for o in items):
        return "meaning"
    whole = classify_variants(" ".join(r.text for r in reference), " ".join(o.text for o in items))
    return "same" if whole == "same" else "wording"


def _named(occurrence: Occurrence) -> bool:
    """Whether a person is named for these words: only then does a word negated in one
    wording and not in the other flip what that person said (an unattributed sign reading
    "No Hate Crimes" is not a misquote of a speech about hate crimes)."""
    return bool(occurrence.speaker) and not generic(occurrence.speaker)


def group_speaker(group: Iterable[Occurrence]) -> str:
    """The speaker most occurrences name, a named one before a generic description."""
    counts = Counter(o.speaker for o in group if o.speaker)
    if not counts:
        return ""
    return max(counts, key=lambda s: (not generic(s), counts[s], len(s)))
