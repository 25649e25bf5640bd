"""Stages 9 and 11 (verify, cite): each citation checked against the cited article's sentence.

A claim or summary sentence cites an article only when that article states the same fact
(its sentence is in the claim, or one of its fact units was aligned with one of the displayed
sentence's, see ``align.link_facts``) and agrees on every value in it: figures, dates, names,
speaker and polarity (the checks are in values.py), and counts no people to whom the same
thing happened otherwise ("killing two" / "three are now confirmed dead", ``_counts_otherwise``).

A claim no other article cites is "several", not "one", where another article states one of
its fact units or restates it in other words with no other value: "only in X" means nobody
else says it (``_with_support``).

A citation that fails is dropped. A claim whose mentions disagree is split by value, so
"Reported by all" never stands over one outlet's figure; the disagreement itself is found by
the figures stage, which compares the claims as aligned, before this split.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Set
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import chain
from types import MappingProxyType

from rapidfuzz import process
from rapidfuzz.distance import Indel

from bylines.report.align import (
    FactLinks,
    MainClause,
    cause_unknown,
    claims_from_groups,
    event_families,
    fact_units,
    group_counts,
    main_clause,
    people_noun,
    reports_speech,
    whole_years,
)
from bylines.report.clock import publication_order
from bylines.report.coverage import Reports
from bylines.report.figure_pairs import of_people
from bylines.report.figure_reading import counted_noun
from bylines.report.names import is_spelled_two_ways, speaks_by_family
from bylines.report.quantities import Quantity, extract_quantities
from bylines.report.reported import QUOTED
from bylines.report.spelling import respelled
from bylines.report.summarise import display_text, stem
from bylines.report.values import (
    NEGATIONS,
    Level,
    Mismatch,
    Reading,
    gives_a_figure,
    gives_a_slot_otherwise,
    gives_one_of,
    gives_the_figure,
    lower_words,
    not_only,
    polarity_mismatch,
    quote_mismatch,
    value_mismatches,
)
from bylines.report.variants import FUNCTION_WORDS, is_who_said
from bylines.types import (
    Article,
    Claim,
    Conflict,
    Position,
    Sentence,
    SummarySentence,
)
from bylines.wordlists import wordset

# Distinct wordings of one claim compared pair by pair when splitting it by value (cubic in
# their number); past this many, grouped by their figures. A 200-report pile of one wire story
# has claims of 200 wordings; news events rarely have 20 outlets.
SPLIT_PAIRWISE = 24
# Sentences of one article read as evidence for one shown sentence: the check is a few
# comparisons a pair, so without a bound an article whose every sentence aligns with every other
# (a hostile page in a vocabulary of ten words: two of 55,000 characters took 461 s here) costs
# the square of its length. News stays under it: on the 69 tuning events no article had more
# than 8 sentences aligned or linked with one shown sentence, on 25 DUC 2004 clusters 12 (at the
# bound a sentence that would veto a citation may go unread, so it is twice that).
MAX_EVIDENCE_PER_ARTICLE = 24
# Sentences of all other articles together read as evidence for one shown sentence, taken in
# turns: each article's first (its aligned mention, else its first linked sentence), then each
# one's second, and so on (``_in_turns``). The bound above holds one article; a pile of many
# (50 pages of the worst vocabulary: 49 articles x 24 sentences for each of ~2,000 claims) made
# the check cost claims x articles x 24. Every article with evidence is still read. News stays
# under it: on the tuning events and the 50 DUC 2004 clusters no sentence was linked with more
# than 36 sentences of other articles (d31033t with the models; 17 with TF-IDF), its claim's
# mentions adding at most one an article; ``align.MAX_LINKS_PER_UNIT`` is the same bound.
MAX_EVIDENCE_PER_SHOWN = 96
# Content words the words before a negation must share with the other side for the negation
# to be read as bearing on a second thing said (``_denies``); names do not count (two facts of
# one person share them). On the 32 first tuning events, summary citations right / wrong and
# claim citations right / wrong: without the rule 469 / 23 and 1529 / 78; at 1 464 / 27 and
# 1532 / 83; at 2 472 / 24 and 1530 / 78; at 3 471 / 24 and 1528 / 78 (names still counted).
# On five events written blind later, names counted cited a coach's conductor "not on the
# coach" for his other fact (claims 275 / 33 -> 278 / 36); left out, 278 / 33, and on all 37
# tuning events summary 528 / 32 -> 533 / 31, claims 1804 / 111 -> 1809 / 111.
SHARED_BEFORE_NEGATION = 2
# Two sentences this alike (Indel similarity of their lower-case words and figures), edited in
# function words only, say one thing in one wording: an outlet that kept an agency's sentence.
# Set by hand, not tuned (the edit rule is what keeps another value or meaning out).
WORD_FOR_WORD = 0.9
# (letters of any script: 'Søren Ødegård' is one name of two words, not lower-case pieces)
_WORD_OF = re.compile(r"[^\W\d_][\w’'-]*")
# Words before a figure that make it an earlier or compared value, not the one the sentence
# reports ("up from two", "rose from 9 to 14", "more than the 300 of last year").
_EARLIER = re.compile(r"\b(?:from|than|of|instead of|not)\s+(?:\w+\s+)?$", re.IGNORECASE)

# A figure a change starts from, in the shown sentence: "cut from six days a week to four",
# "up from two", "rose from 9 to 14" (not "from 2015 until 2024", nor "a fine of 80,000").
_CHANGED_FROM = re.compile(
    r"\b(?:up|down|cut|rose|risen|fell|fallen|increased|decreased|reduced|raised|climbed|"
    r"dropped|revised|moved)\s+from\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)

# Two measures written in other units are one figure within this share of the larger: a
# conversion rounded to two or three digits lands well inside it ("17-foot" is 5.18 m against
# "5.2-metre", 0.4%; "50 mph" is 80.5 km/h against "80 km/h", 0.6%).
CONVERTED_NEAR = 0.02
# Dimensions the reader converts to one unit (metres and feet, tonnes and pounds ...).
_CONVERTED_DIMENSIONS = frozenset({"distance", "speed", "weight", "area", "volume"})

# Words that say "not hurt" without a negation: the side giving one says what a negated
# "injured" says ("None of the hostages was injured" / "The hostages walked out unhurt").
_NOT_HURT = wordset("unhurt unharmed uninjured unscathed")
# The organisation a named speaker speaks or works for: "a spokeswoman for Tallis Lifts",
# "speaking for Brunsvik Construction", "head of press at Pellow & Crane".
# (a post or a verb of working or speaking before it: not "a critic of Carrow Council", "a
# resident from Carrow")
_SPEAKS_FOR = re.compile(
    r"\b(?:spokes(?:man|woman|person)|head|chief|director|manager|officer|executive|chair"
    r"|chairman|chairwoman|secretary|president|boss|representative|employee|speaking|works?"
    r"|working|worked)\s+(?:[a-z]+\s+){0,2}?(?:for|at|of|from)\s+(?:the\s+)?"
    r"(?P<who>[A-Z][\w’'-]*(?:\s+(?:&\s+)?[A-Z][\w’'-]*)*)"
)
# Posts of someone who speaks for an organisation named as its owner ("Lumo's spokeswoman").
_POSTS = wordset("spokesman spokeswoman spokesperson representative")
_POSSESSIVE_END = re.compile(r"['’]s$")
# A negated infinitive tells someone what to do ("told passengers not to travel", "a warning
# not to drink the water"): another outlet's "should stay away" says it too, and nobody says
# the opposite of an instruction in other words. One that gives the instructed verb ("told
# they may return" / "told not to return") does say it (``_only_instructs``).
# The instructed verb is the first after "not to" / "never to" that is not "be", "have", "get"
# or an adverb: "not to be alarmed" instructs about alarm, "never to ever return" about return.
_INSTRUCTION = re.compile(
    r"\b(?:not|never)\s+to\s+(?:(?:be|have|get|ever|\w+ly)\s+)*([a-z]+)", re.IGNORECASE
)
# What grants or orders a verb, at most one word before it ("told they may return", "were told
# to report", "are free to go home"): only such a sentence says the opposite of "not to <verb>".
# One that names the verb after "against", "avoid", "before", "banned" or "stop" gives the same
# instruction ("warned against travel", "told to avoid drinking", "boil it before drinking").
_GRANTS = re.compile(
    r"\b(?:may|can|could|might|(?:allowed|free|told|asked|ordered|urged|advised|warned|were|was"
    r"|are|is)\s+to)\s+([a-z]+)(?:\s+([a-z]+))?",
    re.IGNORECASE,
)
# What keeps the next word from being granted: "told to avoid drinking" orders no drinking.
_UNGRANTING = wordset("against avoid before banned stop not never")


# States that cannot both hold of one thing at one time: a sentence giving one side is not
# cited for a sentence giving the other.
_OPPOSITES = (
    (
        wordset(
            "open opens opened opening reopen reopens reopened reopening resume resumes resumed"
        ),
        wordset("closed close closes closing shut shuts suspended halted"),
    ),
    (
        wordset("rose risen rises rising increased increases climbed"),
        wordset("fell fallen falls falling dropped drops decreased declined"),
    ),
    (
        wordset("approved approves passed adopted backed"),
        wordset("rejected rejects defeated"),
    ),
    (wordset("convicted guilty"), wordset("acquitted cleared")),
)
# A level on either side of one mark: "kept this rise below inflation" / "admits this rise is
# above inflation", "above freezing" / "below freezing". Opposite only when both name the same
# mark, the whole noun phrase after the word ("below the Corrow weir" and "above the Corrow
# bridge", "below the dam" and "above the dam wall" name two marks), and a side that names both
# directions for it ("above or below inflation") states neither.
_LEVEL_RE = re.compile(
    r"\b(?P<side>above|below)(?:\s+(?:or|and)\s+(?P<other>above|below))?[\s-]+"
    # (a hyphen or digits stay in a word of the mark: "pre-pandemic" is not "pre-war")
    r"(?P<phrase>[A-Za-z][\w'’-]*(?:\s+[A-Za-z0-9][\w'’-]*){0,4})",
    re.I,
)
_SIDE_STEMS = frozenset({stem("above"), stem("below")})
# The words that open a mark's noun phrase without naming it ("the", "its"): skipped.
_MARK_OPENERS = wordset("the a an its their his her our this that")
# A level is judged in its own clause: "peaked at 4.2 metres ... and had fallen back below normal
# by Friday" says nothing against "peaked at 4.2 metres above normal", and "fares rise 4.8 per
# cent, while crew pay has been held below inflation" nothing against a fare rise above it. The
# clause breaks of values._NEGATION_CLAUSE and the joints of time ("before", "after", "until"),
# an "and" between the two sides ("above and below") excepted.
# (review clean25-2: also the joints of a reason or a circumstance, "as drivers' pay is held
# below inflation", "with sunshine below average", "which", "because", "since", "when")
_CLAUSE_JOINTS = (
    "and|but|or|while|whereas|although|though|before|after|until|as|because|since|when|with|which"
)
# (split before a joint, which stays at the head of its clause: ``_JOINED_RE`` reads it there)
_LEVEL_CLAUSE_RE = re.compile(rf"[,;:()]|\s(?=(?:{_CLAUSE_JOINTS})\s(?!(?:above|below)\b))", re.I)
# A part of a sentence that opens with a joint ("while crew pay has been held below inflation,
# ...", as a fact's unit of a longer sentence may) is no sentence alone.
_JOINED_RE = re.compile(rf"^\W*(?:{_CLAUSE_JOINTS})\b", re.I)
# A piece between the breaks this short is no clause of its own but a part of one: an apposition
# ("Westmarch's managing director, Corwen Fairlie, admits ..."), a level said aside ("by 4.8 per
# cent, above inflation, ..."); it joins the piece before it (the one after, first in the
# sentence). A piece this long or shorter with a word of saying is the attribution ("the agency
# said on Monday"), which says nothing of what is put where. Set by hand on the review's cases
# and the tuning events' fare rise (t-fares-hallowby: "Westmarch's managing director" is three
# words; four takes "the operator's managing director" too).
MAX_PART_WORDS = 4
MAX_ATTRIBUTION_WORDS = 6


# Words (a figure is one) a main clause needs to tell a fact of its own, which a citation must
# not rest beside (``_beside_the_fact``): "The trouble began" tells
# the when-clause after it. Read off the tuning events' removals: without it "The trouble
# began when a solar array stopped delivering power" lost the outlet giving the array's fault
# (right by the key); no wrong citation the rule removes there has a main clause this short.
MIN_MAIN_WORDS = 3
# Figures that tell when a fact happened, not the fact: a side clause's "at 02:40" or "on Friday"
# keeps no citation of the main clause (``_figures_of``).
_WHEN_DIMENSIONS = frozenset({"date", "time"})
# Words of who said something and of grammar: two sentences sharing only these share no fact.
# (the words of saying alone, stems, mark a sentence's attribution: ``_level_clauses``)
_SAYING_WORDS = frozenset(
    stem(w) for w in wordset("said says say told added stated announced confirmed according")
)
_SAYING = frozenset(stem(w) for w in FUNCTION_WORDS) | _SAYING_WORDS

# Conflicts whose sides are values an outlet gives otherwise: a figure, a day or date, and
# (``_gives_a_value``) who said a quotation's words and a family name spelled two ways under
# one given name (``names.is_spelled_two_ways``). Not every name slip (a given name or a
# firm's name written two ways is as often two people or a typing slip of the same firm), nor
# quoted words that differ in meaning: on the tuning events those took summary citations
# right / wrong 1292 / 75 -> 1280 / 71, a direct quotation and its report in other words read
# as two meanings ("We saw no anomalies" / "said there had been no anomalies").
_VALUE_CONFLICTS = frozenset({"number", "date"})


# A claim checked, by its shown text and mentions (all ``_with_support`` reads of it): the
# claims are rebuilt and checked again after each split and after the wire copies join, most
# unchanged (on 100 DUC articles, 1,276 distinct of 4,256 checks).
_Checks = dict[tuple[str, tuple[Sentence, ...]], Claim]
# Each sentence's partners in its claim as aligned: the other articles' mentions.
_Partners = Mapping[Sentence, tuple[Sentence, ...]]
_NO_PARTNERS: _Partners = MappingProxyType({})


def verify_claims(
    claims: Sequence[Claim],
    links: FactLinks,
    sentences: Sequence[Sentence],
    articles: Sequence[Article],
    read: Reading | None = None,
    *,
    conflicts: Sequence[Conflict] = (),
    updates: Sequence[Conflict] = (),
) -> tuple[Claim, ...]:
    """Claims split by value, each citing the articles whose sentence states its fact and agrees
    on every value (``read``: the report's reading of its texts, as ``link_facts`` left it),
    and none on another side of one of the ``conflicts`` or ``updates`` the claim gives a side
    of (``_off_side``).

    Wire copies (``duplicate_of``) are set aside while claims are split and join their original's
    sentence at the end, so that a copy never tips a split.
    """
    read = Reading() if read is None else read
    index = {s: n for n, s in enumerate(sentences)}
    copies = {a.id: a.duplicate_of for a in articles if a.duplicate_of}
    reports = Reports.of(articles)
    groups: list[list[int]] = []
    for claim in claims:
        own = [m for m in claim.mentions if m.article not in copies]
        parts = _split_by_value(own, reports.report, read) if own else []
        groups += [[index[m] for m in part] for part in parts]
    by_article = _sentences_by_article(sentences)
    done: _Checks = {}
    sides = _sides(conflicts, updates)
    aligned = _aligned_with(claims)

    def check(groups: list[list[int]]) -> tuple[Claim, ...]:
        built = claims_from_groups(groups, sentences, articles)
        return _checked(
            built, links, by_article, reports, read, done=done, sides=sides, aligned=aligned
        )

    checked = check(groups)
    while any(not {m.article for m in c.mentions} <= set(c.sources) for c in checked):
        checked = check([[index[m] for m in part] for c in checked for part in _cited_apart(c)])
    if copies:
        checked = check(_with_copies(checked, sentences, copies, index, read))
    return checked


def _with_copies(
    claims: Sequence[Claim],
    sentences: Sequence[Sentence],
    copies: Mapping[str, str],
    index: Mapping[Sentence, int],
    read: Reading,
) -> list[list[int]]:
    """The claims' sentences as groups, each copy's sentence with its original's same sentence,
    or where its original has no such sentence, with another outlet's same sentence (a wire
    sentence both kept); else with the original's line it edits, when the edit only adds words
    (``_extended``) or only rewords it without touching a value or what it asserts
    (``_reworded``); else on its own, where the same line in another copy joins it (two copies
    of one wire version, both edited from the original)."""
    groups = [[index[m] for m in c.mentions] for c in claims]
    group_of = {(sentences[i].article, _wording(sentences[i].text)): g for g in groups for i in g}
    anywhere = {_wording(sentences[i].text): g for g in reversed(groups) for i in g}
    lines_of: dict[str, list[tuple[str, frozenset[str]]]] = {}
    texts_of: dict[str, dict[str, str]] = {}
    for g in groups:
        for i in g:
            texts_of.setdefault(sentences[i].article, {})[_wording(sentences[i].text)] = sentences[
                i
            ].text
    for article, wording in group_of:
        lines_of.setdefault(article, []).append((wording, _content(wording)))
    for n, sentence in enumerate(sentences):
        original = copies.get(sentence.article)
        if original is None:
            continue
        words = _wording(sentence.text)
        group = group_of.get((original, words)) or anywhere.get(words)
        if group is None:
            edited = _extended(lines_of.get(original, ()), words) or _reworded(
                texts_of.get(original, {}), sentence.text, read
            )
            group = group_of.get((original, edited)) if edited else None
        if group is None:
            group = [n]
            groups.append(group)
            if words:  # lines of no words ("* * *") are no shared line
                anywhere[words] = group
        else:
            group.append(n)
    return groups


def _extended(lines: Sequence[tuple[str, frozenset[str]]], copy: str) -> str | None:
    """The original's line (as a ``_wording``) that the copy's line says with words added and
    none of its own taken out but function words ("She died peacefully ..." / "Williams, one
    of the biggest stars of the 1940s, died peacefully ..."): an edit that adds a clause or
    names who "she" is changes no value of the line; one that swaps a word may ("deliberately"
    / "accidentally"), and a value changed ("yesterday" / "on Thursday") stays the copy's."""
    added = copy.split()
    have = set(added)
    for line, content in lines:  # (each line's ``_content``, read once for every copy line)
        if not content <= have:
            continue
        kept = line.split()
        if len(kept) < MIN_EXTENDED_WORDS:
            continue
        edits = difflib.SequenceMatcher(None, kept, added, autojunk=False).get_opcodes()
        taken = {w for op, i1, i2, _, _ in edits if op != "equal" for w in kept[i1:i2]}
        put = {w for op, _, _, j1, j2 in edits if op != "equal" for w in added[j1:j2]}
        if taken <= FUNCTION_WORDS and not put & _EDITS_THAT_TURN:
            return line
    return None


def _reworded(lines: Mapping[str, str], copy: str, read: Reading) -> str | None:
    """The original's line (as a ``_wording``) that the copy's line edits without changing
    what it says: at least REWORDED_COPY alike, with words only left out or put in (a label
    "(end italics)", "the two-story brick building" / "the building", "according to
    Interfax" / "... the Interfax news agency") or respelled (``spelling.respelled``:
    "colour" / "color", "complimentary" / "complementary", not "northeast" / "northwest"),
    never a word swapped for another ("deliberately" / "accidentally": a synonym cannot be
    told from an opposite here), a negation or doubt put in or taken out,
    a value changed or a state turned into its opposite. Such a line is the original's
    statement, not the copy's own; an edit that changes a value stays the copy's line, and the
    figures stage compares it."""
    words = _wording(copy)
    found = process.extractOne(
        words, list(lines), scorer=Indel.normalized_similarity, score_cutoff=REWORDED_COPY
    )
    if found is None:
        return None
    original = lines[found[0]]
    # (values first, the original's against the copy's first: the citation check reads that
    # way round of every pair it checks, and a value given otherwise spares the word-by-word
    # edits, the dearest of these checks)
    if _other_values(original, copy, read) or _other_values(copy, original, read):
        return None
    # '4 1/2 hours' / '4.5 hours': digits written another way, when every figure reads alike
    figures_alike = _figures(copy) == _figures(original)
    if not _only_left_out_or_respelled(found[0].split(), words.split(), figures_alike):
        return None
    if polarity_mismatch(copy, original, read) or _opposite_states(copy, original):
        return None
    return str(found[0])


def _only_left_out_or_respelled(
    kept: Sequence[str], put: Sequence[str], figures_alike: bool = False
) -> bool:
    """Every edit between two lines' words leaves words out, puts words in, or respells them
    (or, when ``figures_alike``, writes digits another way); none of the words edited turns
    what the line says (``_EDITS_THAT_TURN``: a word both lines keep, "refused", turns
    nothing between them)."""
    edits = difflib.SequenceMatcher(None, kept, put, autojunk=False).get_opcodes()
    for op, i1, i2, j1, j2 in edits:
        if op == "equal":
            continue
        if set(kept[i1:i2]) & _EDITS_THAT_TURN or set(put[j1:j2]) & _EDITS_THAT_TURN:
            return False
        old = " ".join(w for w in kept[i1:i2] if w not in FUNCTION_WORDS)
        new = " ".join(w for w in put[j1:j2] if w not in FUNCTION_WORDS)
        digits = figures_alike and (old + new).replace(" ", "").isdigit()
        if op == "replace" and old and new and not (digits or respelled(old, new)):
            return False
    return True


def _figures(text: str) -> list[tuple[float, float, str | None]]:
    return [(q.low, q.high, q.unit) for q in extract_quantities(text)]


# Words an edit may add to a line that turn what it says: a negation ("n't" is read as "t"),
# a doubt or a plan ("the fire may have been started deliberately").
_EDITS_THAT_TURN = NEGATIONS | wordset(
    "t may might could would should reportedly allegedly possibly probably likely unlikely "
    "expected planned plans if whether unless until"
)
# Words an original's line needs for a copy's line that adds to it to join it: a short line
# ("He said.") is no statement to extend.
MIN_EXTENDED_WORDS = 6
# Indel similarity of their words (``_wording``) from which a line may edit another without
# changing what it says (``_reworded``; the edits themselves are checked there). Set on 18
# real clusters (9 of DUC 2004, 9 ECB+ events; 1,397 claims shown as one outlet's), where 75
# such claims had a line alike to 0.8 or more in their own wire copy or original: 52 are
# left with this rule (their edits swap words: "a potential deal" / "the possible merger").
REWORDED_COPY = 0.8


def _content(wording: str) -> frozenset[str]:
    """The words of a ``_wording`` that are not function words."""
    return frozenset(wording.split()) - FUNCTION_WORDS


@lru_cache(maxsize=1 << 14)
def _wording(text: str) -> str:
    """A sentence's words and figures, lower case: the same sentence however spaced or
    punctuated (a memo, bounded: every pair the citation check reads asks for it again)."""
    return " ".join(re.findall(r"\w+", text.lower()))


def _checked(
    claims: Sequence[Claim],
    links: FactLinks,
    by_article: Mapping[str, Sequence[Sentence]],
    reports: Reports,
    read: Reading,
    *,
    done: _Checks,
    sides: Sequence[Conflict] = (),
    aligned: _Partners = _NO_PARTNERS,
) -> tuple[Claim, ...]:
    """The claims with their citations checked; a claim of a wording and mentions checked
    before in this ``done`` (one ``verify_claims`` call) takes the citations found then, under
    its own id. ``aligned``: each sentence's partners in its claim as aligned
    (``_aligned_with``)."""
    out = []
    for claim in claims:
        key = (claim.text, claim.mentions)
        if key not in done:
            done[key] = _with_support(
                claim, links, by_article, reports, read, sides=sides, aligned=aligned
            )
        out.append(replace(done[key], id=claim.id))
    return tuple(out)


def _aligned_with(claims: Iterable[Claim]) -> _Partners:
    """Each mention's partners: the mentions of other articles in its claim as aligned, before
    any was split off by value or by its citation check."""
    return {
        mention: tuple(m for m in claim.mentions if m.article != mention.article)
        for claim in claims
        if len(claim.mentions) > 1
        for mention in claim.mentions
    }


def _cited_apart(claim: Claim) -> list[list[Sentence]]:
    """The claim's mentions whose article it cites, and each of the others on its own (one
    that failed its check, on a polarity, a speaker or a figure it does not give)."""
    kept = [m for m in claim.mentions if m.article in claim.sources]
    return [kept] + [[m] for m in claim.mentions if m.article not in claim.sources]


def _split_by_value(
    mentions: Sequence[Sentence], reports: Mapping[str, str], read: Reading
) -> list[list[Sentence]]:
    """Mentions in groups that agree on every value, the most carried first.

    Sentences of one wording agree: only one of each wording is compared. Past
    ``SPLIT_PAIRWISE`` wordings (a pile of hundreds of reports) they are grouped by their
    figures as written, since comparing every pair would take minutes.
    """
    wordings: dict[str, list[Sentence]] = {}
    for mention in mentions:
        wordings.setdefault(read.shown(mention), []).append(mention)
    if len(wordings) > SPLIT_PAIRWISE:
        return _by_figures(wordings, reports, read)
    return _pairwise(wordings, reports, read)


def _pairwise(
    wordings: Mapping[str, list[Sentence]], reports: Mapping[str, str], read: Reading
) -> list[list[Sentence]]:
    left = [same[0] for same in wordings.values()]
    parts: list[list[Sentence]] = []
    while left:
        part = _agreeing(left, reports, read)
        parts.append([m for first in part for m in wordings[read.shown(first)]])
        left = [m for m in left if m not in part]
    return parts


def _by_figures(
    wordings: Mapping[str, list[Sentence]], reports: Mapping[str, str], read: Reading
) -> list[list[Sentence]]:
    groups: dict[tuple[tuple[str, float, float, bool], ...], list[Sentence]] = {}
    for text, same in wordings.items():
        key = tuple((q.unit, q.low, q.high, q.limit) for q in read.quantities(text))
        groups.setdefault(key, []).extend(same)
    return sorted(groups.values(), key=lambda part: -len(_reports(part, reports)))


def _agreeing(
    mentions: Sequence[Sentence], reports: Mapping[str, str], read: Reading
) -> list[Sentence]:
    """The group of mentions that agree with each other carried by most independent reports
    (a wire copy counts as its original), greedily from each seed."""
    best: list[Sentence] = []
    for seed in mentions:
        part = [seed]
        for other in mentions:
            if other is not seed and all(_agree(other, m, read) for m in part):
                part.append(other)
        if len(_reports(part, reports)) > len(_reports(best, reports)):
            best = part
    return sorted(best, key=mentions.index)


def _reports(mentions: Iterable[Sentence], reports: Mapping[str, str]) -> set[str]:
    return {reports.get(m.article, m.article) for m in mentions}


def _agree(first: Sentence, second: Sentence, read: Reading) -> bool:
    return not value_mismatches(read.shown(first), read.shown(second), read)


def _sentences_by_article(sentences: Iterable[Sentence]) -> dict[str, list[Sentence]]:
    out: dict[str, list[Sentence]] = {}
    for sentence in sentences:
        out.setdefault(sentence.article, []).append(sentence)
    return out


def _with_support(
    claim: Claim,
    links: FactLinks,
    by_article: Mapping[str, Sequence[Sentence]],
    reports: Reports,
    read: Reading,
    *,
    sides: Sequence[Conflict] = (),
    aligned: _Partners = _NO_PARTNERS,
) -> Claim:
    """The claim citing every article that states its shown sentence's fact with its values.

    A claim cited by one article is still "several" when another article states one of its
    fact units with the same values, or restates its fact in words too far apart to cite it
    for (``align.RESTATED``) and gives no other value: "only in X" must mean that nobody else
    states any of its facts, though an article giving another toll in the same sentence is not
    cited for it.
    It is not "all" unless all are cited: "reported by all" never stands over one outlet's
    figure."""
    shown = _shown_mention(claim)
    support = supporting(shown, claim.mentions, links, by_article, read, sides=sides)
    sources = tuple(s.article for s in support)
    cover = reports.coverage(sources)
    # (only a claim its citations leave "one" asks who else states its facts: the answer
    # changes no other)
    shared = cover == "one" and _stated_elsewhere(
        shown, sources, links, reports, read, partners=aligned.get(shown, ())
    )
    mentioned = {m.article for m in claim.mentions}
    return replace(
        claim,
        sources=sources,
        coverage="several" if shared else cover,
        support=tuple(s for s in support if s.article not in mentioned),
    )


def _stated_elsewhere(
    shown: Sentence,
    sources: Sequence[str],
    links: FactLinks,
    reports: Reports,
    read: Reading,
    *,
    partners: Sequence[Sentence] = (),
) -> bool:
    """The cited ``sources`` and the articles stating one of the shown sentence's facts
    (``_stating_a_unit``), restating it (``_restating``) or aligned with it and left uncited
    for no value nor polarity of theirs (``_aligned_alike``) are more than one report. Those
    articles are read in their order until the reports are more than one: adding articles
    never makes them one again, so the rest cannot change the answer. (Reading them all,
    49 articles a claim on huge_profile.py's 50-article pile, was a third of its citation
    check, though nearly every claim has its answer at the first.)"""
    seen = list(sources)
    for article in chain(
        _stating_a_unit(shown, links, read),
        _restating(shown, links, read),
        _aligned_alike(shown, partners, links, read),
    ):
        seen.append(article)
        if reports.coverage(seen) != "one":
            return True
    return False


def _stating_a_unit(shown: Sentence, links: FactLinks, read: Reading) -> Iterator[str]:
    """Articles with a sentence stating one of the shown sentence's fact units, agreeing on
    that unit's values and polarity and giving its year (``_gives_its_years``), or giving a
    figure of it alike (``_share_a_figure``).
    On the 47 tuning events the figure alike took shared-as-one 124 -> 113 of 590 and
    coverage-one claims right 86.2% -> 86.4% (610/706), single-carrier facts shown as one
    491 -> 488 (a two-fact sentence, one fact shared, cannot show the other as one outlet's);
    citations unchanged."""
    return _articles_where(
        links.linked(shown),
        lambda other: any(
            _states_unit(a.text, b.text, read) and not _denies(a.text, b.text, read)
            for a, b in links.unit_pairs(shown, other)
        ),
    )


def _articles_where(
    candidates: Iterable[Sentence], holds: Callable[[Sentence], bool]
) -> Iterator[str]:
    """The articles of the candidate sentences for which ``holds``, in order, each as it is
    found: once one of an article's sentences holds its others are not tried, nor past
    ``MAX_EVIDENCE_PER_ARTICLE``."""
    found: set[str] = set()
    for other in _in_turns(candidates):
        if other.article not in found and holds(other):
            found.add(other.article)
            yield other.article


def _in_turns(
    sentences: Iterable[Sentence],
    per_article: int = MAX_EVIDENCE_PER_ARTICLE,
    total: int = MAX_EVIDENCE_PER_SHOWN,
) -> list[Sentence]:
    """The first ``per_article`` sentences of each article, in their order; past ``total`` in
    all, each article's first, then each one's second, and so on (ties: the first article), so
    that a pile of many articles reads a few sentences of each rather than all of the first."""
    placed: list[tuple[int, int, Sentence]] = []
    count: Counter[str] = Counter()
    order: dict[str, int] = {}
    for sentence in sentences:
        if count[sentence.article] < per_article:
            order.setdefault(sentence.article, len(order))
            placed.append((count[sentence.article], order[sentence.article], sentence))
            count[sentence.article] += 1
    if len(placed) <= total:
        return [s for _, _, s in placed]
    kept = set(sorted(range(len(placed)), key=lambda k: placed[k][:2])[:total])
    return [s for k, (_, _, s) in enumerate(placed) if k in kept]


def _states_unit(unit: str, other: str, read: Reading) -> bool:
    """The other unit states the unit's fact: no other value and its year, or a figure alike."""
    alike = not _other_values(unit, other, read) and _gives_its_years(unit, other, read)
    return alike or _share_a_figure(unit, other, read)


def _gives_its_years(unit: str, other: str, read: Reading) -> bool:
    """The other unit gives a year the unit gives, where it gives any ("Nordvale, founded in
    2009, flies to 34 destinations" / "Nordvale operates four jets on routes from Tessaly";
    "The zoo, which opened in 1964, keeps 14 big cats" / "The zoo has closed until further
    notice"): a unit telling when something began or happened is another fact than one about
    the same subject that does not say when, though the two were linked on the subject's name
    and give no other value. An age or a time ago that counts from the year is read alike by
    ``align`` ("opened 44 years ago" / "which opened in 1983") and doubts "only in X" there.
    On the 57 tuning events: coverage-one claims right / wrong 794 / 117 -> 811 / 117,
    single-carrier facts shown as one 630 -> 644 of 928, shared facts shown as one 121 -> 122
    of 703; citations unchanged. Requiring every figure (not only a year) of the unit took
    single-carrier facts shown as one to 677 but shared facts shown as one to 150: an event
    told without its time or size is still the event."""
    mine = whole_years(unit, read)
    return not mine or bool(mine & whole_years(other, read))


def _share_a_figure(unit: str, other: str, read: Reading) -> bool:
    """Both units give a figure alike ("Sixty-three guests have reported symptoms after
    Friday's reception" / "Sixty-three of the 140 guests at Saturday's reception have fallen
    ill"): that count is a fact the other states too, whatever else they give otherwise. A
    date or a year alike is not: it tells when ("The mill, which opened in 1961, employs 180
    people" / "The mill opened in 1961 and employs 400 people" state no fact of each other)."""
    mine = [q for q in read.quantities(unit) if q.text.lower() != "one" and q.dimension != "date"]
    # (each figure as read in the unit: 'up to 2 tonnes' alone is no crane's limit)
    return any(gives_one_of((q,), other, read) for q in mine)


def _restating(shown: Sentence, links: FactLinks, read: Reading) -> Iterator[str]:
    """Articles with a sentence that may restate the shown one in other words and gives no
    other value for anything in it (another toll, day or name is the article's own fact)."""
    text = read.shown(shown)
    return _articles_where(
        links.restating(shown), lambda other: not _other_values(text, read.shown(other), read)
    )


def _aligned_alike(
    shown: Sentence, partners: Sequence[Sentence], links: FactLinks, read: Reading
) -> Iterator[str]:
    """Articles whose sentence alignment put in the shown sentence's claim, whose main clause
    shares a word with the shown one's (``_mains_share_a_word``), and that neither gives
    another value nor denies, opposes or quotes otherwise what it says (``_disagrees``), nor
    is another statement of one speaker (``_another_statement``): a paraphrase the citation
    check would not cite ("Chief executive Marten Oyelaran insisted the satellite had not
    been lost" / "We have not lost Aurant-3", a quotation it does not read as stated) still
    says the fact, so "only in X" would be untrue. Two values, a denial, or two things one
    person said stay each outlet's own. On the tuning events: shared facts shown as one
    172 -> 169 of 1710, single-carrier facts shown as one 1094 -> 1092 (each in a two-fact
    sentence whose other fact is the shared one), citations unchanged; without the shared
    main-clause word 172 -> 166 but 1094 -> 1080 (sentences joined through a name and title)."""
    return _articles_where(
        partners,
        lambda other: (
            _mains_share_a_word(shown, other, read)
            and not _disagrees(shown, other, links, read)
            and not _another_statement(shown, other, links)
        ),
    )


def _mains_share_a_word(shown: Sentence, other: Sentence, read: Reading) -> bool:
    """The two sentences' main clauses (``align.main_clause``) share a lower-case content word:
    they say one thing, not only of one person or firm. Alignment joins sentences through a
    name and its title ("The trust's director, Orla Vance, said her team worked through the
    night" / "Orla Vance, the trust's director, said engineers flew in to help"), whose main
    clauses say two things."""
    mine = _plain_content(_WORD_OF.findall(_main_clause(shown, read).text))
    return bool(mine & _plain_content(_WORD_OF.findall(_main_clause(other, read).text)))


def _main_clause(sentence: Sentence, read: Reading) -> MainClause:
    """``align.main_clause``, read once per sentence for the call (``Reading``)."""
    if sentence not in read.main_clause_of:
        read.main_clause_of[sentence] = main_clause(sentence)
    return read.main_clause_of[sentence]


def _families_of(text: str, read: Reading) -> frozenset[str]:
    """``align.event_families`` of the text in lower case, read once per text for the call."""
    if text not in read.families_of:
        read.families_of[text] = event_families(text.lower())
    return read.families_of[text]


def _shown_mention(claim: Claim) -> Sentence:
    return next((m for m in claim.mentions if m.text == claim.text), claim.mentions[0])


def supporting(
    shown: Sentence,
    mentions: Sequence[Sentence],
    links: FactLinks,
    by_article: Mapping[str, Sequence[Sentence]],
    read: Reading,
    *,
    sides: Sequence[Conflict] = (),
) -> tuple[Sentence, ...]:
    """For each article that states ``shown``'s fact and agrees on its values, the sentence it
    states it in (``shown`` for its own), in article order; none of an article standing on
    another side of one of the ``sides`` (``_sides``) whose value the shown sentence gives
    (``_off_side``)."""
    evidence: dict[str, list[Sentence]] = {}
    others = (s for s in (*mentions, *links.linked(shown)) if s.article != shown.article)
    for sentence in _in_turns(others):
        evidence.setdefault(sentence.article, []).append(sentence)
    kept = [shown]
    for article, said in evidence.items():
        if article != shown.article:
            found = _stated_in(shown, said, links, by_article.get(article, ()), read)
            kept += [found] if found is not None else []
    cited = {s.article for s in kept} - {shown.article}
    off = _off_side(shown, mentions, sides, cited) if cited else {}
    kept = [s for s in kept if s.article == shown.article or _stands_by(s, off)]
    order = {a: n for n, a in enumerate(by_article)}
    return tuple(sorted(kept, key=lambda s: order.get(s.article, len(order))))


def _stands_by(cited: Sentence, off: Mapping[str, frozenset[_Value]]) -> bool:
    """The cited sentence writes every shown value its article stands off (``_off_side``): an
    outlet that gives both values ("Eight people were injured ..." then "Police later said 11")
    states the first word for word, though the conflict keeps only its last
    (``figures._latest_of_each``); an outlet giving the words to both speakers, or a count for
    each of two places, states the shown one in the sentence cited."""
    return all(value.written(cited.text) for value in off.get(cited.article, ()))


def _sides(conflicts: Sequence[Conflict], updates: Sequence[Conflict]) -> tuple[Conflict, ...]:
    """What an outlet can stand off (``_off_side``): the value conflicts and the figure updates,
    whose steps are sides too (an outlet giving the later "eight treated" does not state the
    early "three people were treated")."""
    return (*conflicts, *updates)


def _off_side(
    shown: Sentence,
    mentions: Sequence[Sentence],
    sides: Sequence[Conflict],
    cited: Set[str],
) -> dict[str, frozenset[_Value]]:
    """Each of the ``cited`` articles on another side of one of the ``sides`` (a figure, a date
    or a quotation's speaker, ``_gives_a_value``) the shown sentence gives a side of, mapped
    to the shown values it stands off (``_stands_by``). The shown sentence gives a side where
    it writes the side's value and the side's evidence is it or one of its claim's (not an
    equal value of another thing). The article gives the thing another value whichever of its
    sentences it was linked on; one on the shown side too is not off it (a conflict keeps each
    article's latest value, an update all of them).
    A conflict none of the ``cited`` is a side of is not read: every claim asks, and reading
    them all took huge_profile.py's worst pile's verify from 4.6 s to 6.0 s (5.1 s with this)."""
    said = {shown.text, *(m.text for m in mentions)}
    text = display_text(shown)
    off: dict[str, frozenset[_Value]] = {}
    for conflict in sides:
        if not _gives_a_value(conflict) or not _a_side_of(conflict, cited):
            continue
        for side in conflict.positions:
            value = _Value(side.value, _lone_family(side, conflict))
            if _shows_side(shown, said, side, conflict) and value.written(text):
                others = {a for p in conflict.positions if p is not side for a in p.sources}
                for article in (others - set(side.sources)) & cited:
                    off[article] = off.get(article, frozenset()) | {value}
    return off


def _shows_side(shown: Sentence, said: set[str], side: Position, conflict: Conflict) -> bool:
    """Whether the shown sentence may give the side's value: the side's evidence is among its
    texts, or it quotes the side's speaker's words, or the side is a name's spelling, which no
    other thing writes (the sentence writing "Piet Vandermolen" gives that spelling whichever
    outlet's sentence the side's evidence is; the evidence test is for figures, where an equal
    value may be another thing's)."""
    if is_spelled_two_ways(conflict):
        return True
    return _evidence_of(side, said) or _says_its_words(shown, side, conflict)


@dataclass(frozen=True, slots=True)
class _Value:
    """A side's value as a sentence may write it: whole, or a speaker's family name alone
    (``family``, empty where it does not name the side: ``_lone_family``)."""

    value: str
    family: str

    def written(self, text: str) -> bool:
        return _writes(text, self.value) or (
            bool(self.family) and speaks_by_family(text, self.family)
        )


def _lone_family(side: Position, conflict: Conflict) -> str:
    """The family name of a speaker's side, which names the side alone or after a title ("Mrs
    Abernethy, the head teacher, said" is "Ruth Abernethy"'s side), unless another side's
    speaker bears it too (two Abernethys are told apart by their given names only)."""
    *given, family = side.value.split() or [""]
    if not given or not is_who_said(conflict):
        return ""
    others = (p.value.lower().split() for p in conflict.positions if p is not side)
    return "" if any(family.lower() in names for names in others) else family


def _says_its_words(shown: Sentence, side: Position, conflict: Conflict) -> bool:
    """The shown sentence's article gives a quotation to the side's speaker, and the shown
    sentence quotes the side's words: "Mrs Abernethy, the head teacher, said: '...'" is that
    side though the side's evidence is another outlet's sentence naming her in full."""
    if not is_who_said(conflict) or shown.article not in side.sources:
        return False
    quoted = [m.group(1).strip() for m in QUOTED.finditer(side.evidence)]
    return any(words and words in shown.text for words in quoted)


def _a_side_of(conflict: Conflict, articles: Set[str]) -> bool:
    return any(not articles.isdisjoint(p.sources) for p in conflict.positions)


def _gives_a_value(conflict: Conflict) -> bool:
    """Each side of the conflict is a value of one thing: a figure, a date, a speaker, the
    spelling of a name (an outlet that writes "Verhoeven" does not state "Verhoven said …")."""
    return (
        conflict.kind in _VALUE_CONFLICTS or is_who_said(conflict) or is_spelled_two_ways(conflict)
    )


def _evidence_of(side: Position, said: set[str]) -> bool:
    """One of the texts is the side's evidence, or one of its sentences (a quote's speaker side
    joins the sentences of every outlet that gives the words to that speaker)."""
    return side.evidence in said or any(text in side.evidence for text in said)


def _stated_in(
    shown: Sentence,
    said: Sequence[Sentence],
    links: FactLinks,
    article: Sequence[Sentence],
    read: Reading,
) -> Sentence | None:
    """The sentence of ``said`` (one article's sentences aligned or linked with ``shown``) that
    states ``shown``'s fact with its values, or None where the article does not."""
    for s in said:
        if (
            _word_for_word(shown, s, links, read)
            or _adds_to(shown, s, links, read)
            or _reworded({_wording(shown.text): shown.text}, s.text, read)
        ):
            return s  # (its other sentences may give other facts' values)
    own = [s for s in said if not _another_statement(shown, s, links)]
    # Only a sentence giving the shown figures is cited (``giving``; ``_stated_alike`` asks one
    # too): where none does, what would veto is not read. (Two pages in a small vocabulary,
    # each sentence linked with dozens of the other's: 61,000 vetoes read for 2,400 claims,
    # 29,000 with this.)
    if not any(_gives_shown_figures(shown, s, links, read) for s in own):
        return None
    # One fact may be split over two sentences: one giving the figure is enough, while any
    # sentence giving another value or the opposite polarity vetoes the citation, but where
    # a sentence that agrees already states what it was linked on.
    vetoing = [s for s in own if _disagrees(shown, s, links, read)]
    agreeing = [s for s in own if s not in vetoing]
    if vetoing and not _stated_alike(shown, vetoing, agreeing, links, read):
        return None
    giving = next(
        (
            s
            for s in agreeing
            if _gives_shown_figures(shown, s, links, read)
            and not _beside_the_fact(shown, s, read)
            and not _of_another_thing(read.shown(shown), s.text, read)
        ),
        None,
    )
    text = read.shown(shown)
    if giving is None or gives_a_slot_otherwise(text, (s.text for s in article), read):
        return None
    return None if _counts_otherwise(text, article, read) else giving


def _beside_the_fact(shown: Sentence, evidence: Sentence, read: Reading) -> bool:
    """The evidence tells as its own main fact, by a word or a time, what the shown sentence
    tells only beside its main clause (``align.main_clause``: who said it, a clause of time
    or cause, a relative aside), shares no word or figure of that main clause, and the main
    clause carries what the outlet would be wrongly cited for: a figure or what someone said.
    "A bus overturned near Coldmere" does not state "Skarn Buses said 40 passengers were on
    board when the bus overturned", nor "The riot began at half past seven" "60 inmates joined
    the riot, which began at 19:30", nor "The farm sold contaminated eggs" "The farm, which
    sold the eggs, said it would co-operate with the inquiry". Not doubted: "The driver was
    arrested after the crash" for "Police said the driver was arrested after the bus
    overturned" (a word of the main clause shared); "Pupils were led out after a gas leak was
    reported" for "The school was evacuated after a gas leak was reported" (the evidence's own
    main clause is the same fact in other words, not the side clause); "The jetty was
    destroyed as the storm hit" for "The pier collapsed when the storm hit" (a main clause
    with no figure or statement: two wordings of one plain fact are told apart by no word);
    a main clause too short to tell a fact ("The trouble began when a solar array failed").
    Each sentence of a pair is judged as the other is, by its own main clause."""
    main = _main_clause(shown, read)
    mine = _plain_stems(main.text)
    figures = _figures_of(main.text, read)
    if len(mine) + len(figures) < MIN_MAIN_WORDS or not (figures or main.reported):
        return False
    if mine & _plain_stems(evidence.text) or _a_figure_given(
        main.text, evidence.text, read, when=True
    ):
        return False
    if _a_figure_given(shown.text, evidence.text, read, when=False):
        return False
    theirs = _main_clause(evidence, read).text
    side = _plain_stems(shown.text) - mine
    return bool(side & _plain_stems(theirs)) or _a_figure_given(shown.text, theirs, read, when=True)


def _of_another_thing(shown: str, evidence: str, read: Reading) -> bool:
    """Every shown figure the evidence gives (alike or in another unit) it gives of another
    thing: a count of people for a count of homes ("the hamlet has 480 homes" / "some 480
    residents bought shares"). One equal number is then all the two share, and no evidence
    of one fact. (A measure tie is never parted: the size of a named thing against a height
    or place, 'a 200-metre cliff' / 'fell 200 metres down', was one fact as often as two in
    the review's cases of cite35, and was taken out.)"""
    tied = [
        (q, t)
        for q in read.quantities(shown)
        for t in read.quantities(evidence)
        if gives_the_figure(q.text, t.text, read) or _one_measure(q, t, read)
    ]
    return bool(tied) and all(_counts_apart(shown, q, evidence, t) for q, t in tied)


def _one_measure(first: Quantity, second: Quantity, read: Reading) -> bool:
    """Two figures of one measure in two units, the conversion rounded (``_gives_converted``)."""
    return (
        first.dimension in _CONVERTED_DIMENSIONS
        and first.unit == second.unit
        and first.limit == second.limit
        and _unit_size(first, read) != _unit_size(second, read)
        and abs(first.value - second.value) <= CONVERTED_NEAR * max(first.value, second.value)
    )


def _counts_apart(shown: str, mine: Quantity, evidence: str, theirs: Quantity) -> bool:
    """Two equal counts, one of homes and the other of people, neither noun written in the
    other sentence: "480 homes" and "480 residents" are two things ("480 homes" and "480
    households" one). Only homes: other things counted for people stand for them ("7,400
    signatures" / "7,400 people have signed", "1,100 reports" / "1,100 people told
    astronomers"), and a people noun no list knows ("operatives", "specialists", "crews")
    must not read as a thing: parting any count of people from any count of another noun
    lost 13 right claim citations on the tuning events for 5 wrong ones (cite35)."""
    if mine.dimension != "count" or theirs.dimension != "count":
        return False
    nouns = (counted_noun(shown, mine), counted_noun(evidence, theirs))
    if _DWELLING not in nouns or None in nouns or nouns[0] == nouns[1]:
        return False
    if _names_noun(evidence, mine) or _names_noun(shown, theirs):
        return False
    if {(mine.noun or "").lower(), (theirs.noun or "").lower()} & _HOMES_SIDE:
        return False  # '3,000 homes lost power' / '3,000 customers were without power'
    noun, people = (nouns[1], theirs) if nouns[0] == _DWELLING else (nouns[0], mine)
    return of_people(noun) or people_noun((people.noun or "").lower())


def _names_noun(text: str, quantity: Quantity) -> bool:
    """The text writes the figure's own noun word (its stem)."""
    return bool(quantity.noun) and stem(quantity.noun or "") in _plain_stems(text)


# Nouns a utility, a landlord or an insurer counts homes by: one fact with a count of homes
# ('3,000 homes lost power' / '3,000 customers were without power', '80 households' / '80
# tenants of the block'), never a count of people here, though the agent ending of
# 'customers' and 'subscribers' reads as people (review of cite35: 5 of its 13 regressions).
_HOMES_SIDE = frozenset(
    {"customers", "subscribers", "connections", "accounts", "premises", "properties", "tenants"}
)
# What figure_reading folds homes, houses and dwellings into.
_DWELLING = "household"


def _plain_stems(text: str) -> frozenset[str]:
    """The stems of the text's words but function words, words of saying and the "s" of a
    possessive."""
    return frozenset(stem(w) for w in lower_words(text) if len(w) > 1) - _SAYING


def _figures_of(text: str, read: Reading, *, when: bool = False) -> list[str]:
    """The text's figures but the pronoun "one", and but dates and times of day ("on Friday",
    "at 02:40" tell when) unless ``when``: the main clause's own time is its fact ("The riot
    started at half past seven, as the lock-up began"), a side clause's is not ("Four engines
    were sent after the alarm was raised at 02:40")."""
    return [
        q.text
        for q in read.quantities(text)
        if q.text.lower() != "one" and (when or q.dimension not in _WHEN_DIMENSIONS)
    ]


def _a_figure_given(text: str, other: str, read: Reading, *, when: bool) -> bool:
    """The other gives one of the text's figures (``_figures_of``) as a figure of its own (the
    "40" of "the A40" is a name's, given by no figure)."""
    theirs = read.quantities(other)
    mine = _figures_of(text, read, when=when)
    return any(gives_a_figure(q, t.text, read) for q in mine for t in theirs)


def _stated_alike(
    shown: Sentence,
    vetoing: Sequence[Sentence],
    agreeing: Sequence[Sentence],
    links: FactLinks,
    read: Reading,
) -> bool:
    """The article's sentences giving another value give it for another thing: each only
    gives other figures (no denial, no other quotation), linked on shown fact units that a
    sentence of the article states with every value alike, and that sentence gives each
    shown figure the other gives otherwise (a name, day or speaker given otherwise vetoes:
    it is not a figure of another thing) ("212 residents have reported symptoms" states
    the shown "212 people have been made ill", so "Seventeen people are now in hospital"
    counts others). Where no agreeing sentence gives the shown figure, the other value is
    the article's for it ("jailed for six years" does not give the shown "stole 2.4 million
    crowns", and "took four point two million crowns" vetoes)."""
    stating = [s for s in agreeing if _gives_shown_figures(shown, s, links, read)]
    stated = {unit for s in stating for unit in _units_linked(shown, s, links)}
    return bool(stating) and all(
        not _contradicts(shown, s, links, read)
        and not _counts_one_group(shown, s, read)
        and _units_linked(shown, s, links) <= stated
        and all(
            m.shown_low is not None
            and not _in_a_name(m.shown, read.shown(shown))
            and any(gives_the_figure(m.shown, read.shown(a), read) for a in stating)
            for m in _values_otherwise(shown, s, links, read)
        )
        for s in vetoing
    )


def _counts_one_group(shown: Sentence, other: Sentence, read: Reading) -> bool:
    """Both sentences count one group of people (the dead, the injured): the other's count is
    its value for the shown one ("The first explosion killed 12" does not state the shown
    "the toll has risen to 12" where the article's toll "has risen to 15")."""
    families = {family for _, family in group_counts(read.shown(shown), read)}
    return bool(families & {family for _, family in group_counts(read.shown(other), read)})


def _in_a_name(figure: str, text: str) -> bool:
    """The figure is written in the text as the end of a name ("the Lumen-2 rocket", "Aurant-3"):
    another sentence naming the same thing gives no figure of it. (One pattern finds the name's
    part and the figure is read after it: a pattern made for each figure spent most of its
    time compiling, 1.2 s in a profile of huge_profile.py's worst pile.)"""
    return any(
        text.startswith(figure, found.end()) and _BOUNDARY.match(text, found.end() + len(figure))
        for found in _NAME_AND_DASH.finditer(text)
    )


# The part of a name before a figure that ends it ("Lumen-" of "the Lumen-2 rocket").
_NAME_AND_DASH = re.compile(r"\b[A-Z][\w’']*-")
_BOUNDARY = re.compile(r"\b")


def _units_linked(shown: Sentence, other: Sentence, links: FactLinks) -> frozenset[Sentence]:
    """The shown sentence's fact units the other sentence was linked on; all of them for a
    sentence linked as a whole (a mention of the claim)."""
    pairs = links.unit_pairs(shown, other)
    return frozenset(a for a, _ in pairs) if pairs else frozenset(fact_units(shown))


def _word_for_word(shown: Sentence, evidence: Sentence, links: FactLinks, read: Reading) -> bool:
    """The article's sentence says the shown one in its words, changed at most in function
    words and punctuation ('the', 'has'; never a figure, a name or 'deliberately' for
    'accidentally'), and gives no other value: a wire copy, an agency's sentence another outlet
    kept. It states the fact, whatever the article's other sentences give (a neighbour linked
    on a shared word, 'on the scene six minutes after the call', must not veto 'it took three
    minutes')."""
    mine, theirs = _wording(shown.text), _wording(evidence.text)
    if Indel.normalized_similarity(mine, theirs) < WORD_FOR_WORD:
        return False
    edited = set(mine.split()) ^ set(theirs.split())
    return edited <= FUNCTION_WORDS and not _disagrees(shown, evidence, links, read)


def _adds_to(shown: Sentence, evidence: Sentence, links: FactLinks, read: Reading) -> bool:
    """The article's sentence is the shown one with words added (a clause, who "she" is) and
    nothing of it taken out but function words (``_extended``), giving no other value: it
    states the shown fact as a copy word for word does."""
    line = _wording(shown.text)
    extends = _extended([(line, _content(line))], _wording(evidence.text)) is not None
    return extends and not _disagrees(shown, evidence, links, read)


def _counts_otherwise(text: str, said: Sequence[Sentence], read: Reading) -> bool:
    """The article counts people to whom one thing happened otherwise than the shown sentence
    does, and nowhere as it does ("killing two people" / "Three people are now confirmed dead,
    up from two"): whatever sentence it was linked on, it is not cited for that count."""
    shown = group_counts(text, read)
    if not shown:
        return False
    theirs = {count for s in said for count in group_counts(s.text, read)}
    return any(
        value != mine and family == kind and (mine, kind) not in theirs
        for mine, kind in shown
        for value, family in theirs
    )


def _another_statement(shown: Sentence, evidence: Sentence, links: FactLinks) -> bool:
    """Both sentences tell what someone said, and what they say was not found to be one fact:
    the same speaker's frame makes two statements alike ("X, the chief engineer, said the
    pumps could restart" / "X, the chief engineer, said nobody was hurt")."""
    return (
        not links.unit_pairs(shown, evidence) and reports_speech(shown) and reports_speech(evidence)
    )


def _disagrees(shown: Sentence, evidence: Sentence, links: FactLinks, read: Reading) -> bool:
    """The evidence sentence gives another value, or states a linked unit with another value
    or the other way round (the whole sentence, where it is a claim's mention linked on no
    unit: "will delay toll collection" / "will not suspend toll collection")."""
    return bool(_values_otherwise(shown, evidence, links, read)) or _contradicts(
        shown, evidence, links, read
    )


def _values_otherwise(
    shown: Sentence, evidence: Sentence, links: FactLinks, read: Reading
) -> list[Mismatch]:
    """The values the evidence sentence, or a unit of it linked to a shown unit, gives
    otherwise than the shown sentence or unit."""
    text, other = read.shown(shown), read.shown(evidence)
    found = _other_values(text, _reported(other, read), read)
    for a, b in links.unit_pairs(shown, evidence) or ((shown, evidence),):
        found += _other_values(a.text, _reported(b.text, read), read)
    return found


def _contradicts(shown: Sentence, evidence: Sentence, links: FactLinks, read: Reading) -> bool:
    """The evidence sentence quotes other words, or a unit of it denies or states the
    opposite of what the shown units it was linked to say."""
    if quote_mismatch(read.shown(shown), read.shown(evidence)):
        return True
    # A unit of the evidence denies what the shown sentence says only if it agrees with none of
    # the shown units it was linked to: "The mountain is still breathing" is not denied by the
    # shown sentence's second fact, "and we do not expect this to stop soon".
    denied: dict[Sentence, bool] = {}
    for a, b in links.unit_pairs(shown, evidence) or ((shown, evidence),):
        opposite = (
            _denies(a.text, b.text, read)
            or _opposite_states(a.text, b.text)
            or _opposite_levels(a.text, b.text, read)
        )
        denied[b] = denied.get(b, True) and opposite
    return any(denied.values())


def _denies(shown: str, other: str, read: Reading) -> bool:
    """One side denies what the other says, unless its negation bears on a second thing said
    after the other's fact: "The 140 residents evacuated from the flats will not be allowed
    home" states "About 140 residents were evacuated" and denies something else. That is so
    when the negation's scope meets none of the other's words while what comes before it
    shares at least SHARED_BEFORE_NEGATION content words with the other. Two ways of saying
    the cause is not known deny nothing of each other ("it was too early to say what had
    caused the explosion" / "have not yet established the source of ignition")."""
    if not polarity_mismatch(shown, other, read) or cause_unknown(shown) & cause_unknown(other):
        return False
    negative, positive = (shown, other) if read.negated(shown) else (other, shown)
    hurt = "injure" in _families_of(positive, read)  # ('three were injured, the driver unhurt')
    if lower_words(positive) & _NOT_HURT and not hurt and "injure" in _families_of(negative, read):
        return False  # "None of the hostages was injured" / "walked out unhurt"
    words = _WORD_OF.findall(negative)
    if _only_instructs(negative, words, positive, read):
        return False
    if read.negation_scope(negative) & read.stems(positive):
        return True
    # A word alone reads as negated when it is a negation ("not", "never", "won't").
    paired = any(w.lower() == "but" for w in words)  # "not only ... but also" is no negation
    first = next(
        (k for k, w in enumerate(words) if read.negated(w) and not (paired and not_only(words, k))),
        len(words),
    )
    shared = _plain_content(words[:first]) & _plain_content(_WORD_OF.findall(positive))
    # what happened, told in other words, is shared too ("treated for injuries" / "hurt")
    told = event_families(" ".join(words[:first]).lower()) & _families_of(positive, read)
    return len(shared) + len(told) < SHARED_BEFORE_NEGATION


def _only_instructs(negative: str, words: Sequence[str], positive: str, read: Reading) -> bool:
    """Every negation of the negative side tells someone not to do a thing ("told not to
    travel"), and the other side does not grant or order the thing: it gives the instruction
    in other words ("should stay at home", "warned against travel"), where one granting it says
    the opposite ("told they may travel", "told to travel")."""
    instructed = [m.group(1).lower() for m in _INSTRUCTION.finditer(negative)]
    if sum(read.negated(w) for w in words) != len(instructed):
        return False
    granted = {stem(w.lower()) for w in _granted(positive)}
    return not {stem(w) for w in instructed} & granted


def _granted(text: str) -> Iterator[str]:
    """The verbs a sentence grants or orders: the word after "may", "told to" ..., and the next
    one unless the first keeps it from being done ("told to avoid drinking")."""
    for m in _GRANTS.finditer(text):
        yield m.group(1)
        if m.group(2) and m.group(1).lower() not in _UNGRANTING:
            yield m.group(2)


def _plain_content(words: Iterable[str]) -> set[str]:
    """Stems of the lower-case content words: not the names, which tell who or what a fact
    is about ("The choir's conductor, Ewan Strade, was not on the coach"), not what it says."""
    return {stem(w) for w in words if w[:1].islower() and w not in FUNCTION_WORDS}


def _opposite_states(shown: str, other: str) -> bool:
    """One side says a thing is open, the other that it is closed (or risen / fallen, passed /
    rejected ...), and neither says both: "The lifts remain closed today" / "The other lifts
    will open as normal"."""
    mine, theirs = lower_words(shown), lower_words(other)
    return any(
        (mine & one and not mine & two and theirs & two and not theirs & one)
        or (mine & two and not mine & one and theirs & one and not theirs & two)
        for one, two in _OPPOSITES
    )


def _opposite_levels(shown: str, other: str, read: Reading) -> bool:
    """One side puts a thing above a mark, the other below the same mark (``_LEVEL_RE``), each
    in a clause that says one direction for that mark, not negated ("not above inflation"
    states no side), and both sentences are that one clause ("the increase had been held below
    inflation" / "this rise is above inflation") or the two clauses share a word of what is put
    there ("temperatures stayed below freezing, ..." / "... stayed above freezing, ...")."""
    mine, theirs = _levels(shown, read), _levels(other, read)
    return any(
        a.mark == b.mark and a.side != b.side and ((a.alone and b.alone) or a.context & b.context)
        for a in _one_way(mine)
        for b in _one_way(theirs)
    )


def _one_way(levels: Sequence[Level]) -> list[Level]:
    """The levels of marks the sentence puts on one side only (a sentence that has the river
    above the danger mark on Sunday and below it on Monday states no one side)."""
    sides: dict[tuple[str, ...], set[str]] = {}
    for level in levels:
        sides.setdefault(level.mark, set()).add(level.side)
    return [level for level in levels if len(sides[level.mark]) == 1]


def _levels(text: str, read: Reading) -> tuple[Level, ...]:
    """The levels a sentence states, clause by clause (``_LEVEL_CLAUSE_RE``); a clause that is
    negated states none. Read once per text for the report (``Reading.levels_of``)."""
    if text not in read.levels_of:
        read.levels_of[text] = _read_levels(text, read)
    return read.levels_of[text]


def _read_levels(text: str, read: Reading) -> tuple[Level, ...]:
    levels: list[Level] = []
    clauses = _level_clauses(text)
    alone = len(clauses) == 1 and _JOINED_RE.match(text) is None
    for clause in clauses:
        if read.negated(clause):
            continue
        for match in _LEVEL_RE.finditer(clause):
            mark = _mark(match.group("phrase"))
            sides = {side.lower() for side in match.group("side", "other") if side}
            if not mark:
                continue
            content = {stem(w) for w in _WORD_OF.findall(clause) if w[:1].islower()}
            context = frozenset(content - _SAYING - set(mark) - _SIDE_STEMS)
            levels += [Level(mark, side, context, alone) for side in sides]
    return tuple(levels)


def _level_clauses(text: str) -> list[str]:
    """The sentence's clauses for ``_levels``: split at ``_LEVEL_CLAUSE_RE``, a short piece
    joined to its neighbour, the attribution left out (``MAX_PART_WORDS``)."""
    clauses: list[str] = []
    pending = ""  # short pieces at the start, waiting for the piece after them
    for piece in (part.strip() for part in _LEVEL_CLAUSE_RE.split(text)):
        words = _WORD_OF.findall(piece)
        if not words:
            continue
        said = {stem(w.lower()) for w in words} & _SAYING_WORDS
        if said and len(words) <= MAX_ATTRIBUTION_WORDS:
            continue
        # (a short piece opening with a joint is a clause: ", with sunshine below average")
        if len(words) <= MAX_PART_WORDS and not _JOINED_RE.match(piece):
            if clauses:
                clauses[-1] = f"{clauses[-1]} {piece}"
            else:
                pending = f"{pending} {piece}"
            continue
        clauses.append(f"{pending} {piece}".strip())
        pending = ""
    return clauses + ([pending.strip()] if pending else [])


def _mark(phrase: str) -> tuple[str, ...]:
    """The mark's words (stems): the noun phrase after "above" / "below", its opening article
    skipped, to the first function word ("the Corrow weir on Sunday": corrow, weir)."""
    words = phrase.lower().split()
    while words and words[0] in _MARK_OPENERS:
        words.pop(0)
    mark: list[str] = []
    for word in words:
        if word in FUNCTION_WORDS:
            break
        mark.append(stem(word))
    return tuple(mark)


def _other_values(shown: str, other: str, read: Reading) -> list[Mismatch]:
    """The values ``other`` gives differently from ``shown``, but a figure ``other`` also gives
    as ``shown`` does: its other figure is of another thing in that sentence ("Another 23
    flights were diverted" / "146 flights were cancelled and 23 were diverted")."""
    pair = (shown, other)
    if pair not in read.others_of:
        read.others_of[pair] = _given_otherwise(shown, other, read)
    return list(read.others_of[pair])  # (a new list: callers add to it)


def _given_otherwise(shown: str, other: str, read: Reading) -> tuple[Mismatch, ...]:
    return tuple(
        m
        for m in value_mismatches(shown, other, read)
        if not _gives_too(m, other, read)
        and not _earlier_value(m.shown, shown, read)
        and not _converted(m, read)
        and not _one_time_of_day(m, shown, other, read)
        and not (m.subject == "speaker" and _speaks_for_the_other(shown, other, read))
    )


def _speaks_for_the_other(shown: str, other: str, read: Reading) -> bool:
    """One side's speaker is an organisation the other's speaker is named as speaking for:
    "Scarrow Mountain Rescue said" / "said Rhona Gill, spokeswoman for Scarrow Mountain
    Rescue", "Brunsvik Construction said in a statement" / "said Leonie Maart, speaking for
    Brunsvik Construction" (``_SPEAKS_FOR``). Not another speaker: the one speaks as the
    other."""
    mine, theirs = read.speaker(shown), read.speaker(other)
    return (
        _named_as_employer(mine, other)
        or _named_as_employer(theirs, shown)
        or _speaks_for_owner(mine, theirs)
        or _speaks_for_owner(theirs, mine)
    )


def _speaks_for_owner(speaker: frozenset[str], other: frozenset[str]) -> bool:
    """The speaker is named by a post that the other speaker holds: "Lumo's spokeswoman, Dana
    Kvist" speaks for "Lumo", "Skyward's spokeswoman" for "Skyward Balloon Flights" (the
    owner named by the first word of its name, as a paper shortens it)."""
    owners = {_POSSESSIVE_END.sub("", w) for w in speaker if _POSSESSIVE_END.search(w)}
    return bool(owners & other) and bool(speaker & _POSTS)


def _named_as_employer(speaker: frozenset[str], text: str) -> bool:
    """Every name of ``speaker`` stands in a name the text says someone works or speaks for."""
    names = {w for w in speaker if w[:1].isupper()}
    return bool(names) and any(
        names <= set(_WORD_OF.findall(found.group("who"))) for found in _SPEAKS_FOR.finditer(text)
    )


def _converted(mismatch: Mismatch, read: Reading) -> bool:
    """The two sides are one measure written in two units, the conversion rounded ("17-foot"
    is 5.18 m, "5.2-metre"; "590-foot" is 179.8 m, "180-metre")."""
    mine, theirs = read.quantities(mismatch.shown), read.quantities(mismatch.other)
    if len(mine) != 1 or len(theirs) != 1:
        return False
    first, second = mine[0], theirs[0]
    if first.unit != second.unit or first.dimension not in _CONVERTED_DIMENSIONS:
        return False
    if _unit_size(first, read) == _unit_size(second, read):
        return False  # "180 metres" / "182 meters" are two values of one unit
    return abs(first.value - second.value) <= CONVERTED_NEAR * max(first.value, second.value)


def _unit_size(quantity: Quantity, read: Reading) -> float | str | None:
    """The size of one of the figure's written unit in the unit it is read in, as the reader
    reads "1 <unit>": two spellings of one unit ("km" / "kilometre", "metres" / "meters")
    have one size, and a figure in one of them is no conversion of the other. The written
    unit itself where the reader reads no size for it."""
    unit = quantity.written_unit
    one = read.quantities(f"1 {unit}") if unit else ()
    return one[0].value if len(one) == 1 and one[0].unit == quantity.unit else unit


def _one_time_of_day(mismatch: Mismatch, shown: str, other: str, read: Reading) -> bool:
    """The two sides are pieces of one time of day written two ways ("at 22:40" / "at twenty
    to eleven", read as "22" and "twenty"): every figure of each side as written stands inside
    a time of its text, and the two times are one minute of the dial. Where a figure stands
    is compared, not its text: the "5" of "injuring 5 people" is no piece of "04:15"."""
    mine = _times_holding(mismatch.shown, shown, read)
    theirs = _times_holding(mismatch.other, other, read)
    return bool(mine and theirs and mine & theirs)


def _times_holding(figure: str, text: str, read: Reading) -> frozenset[int]:
    """The minutes of the times of day (``clock.read_times``) that hold every figure of the
    text written as ``figure``; empty when one stands outside them all (read once a report,
    ``Reading.held_of``)."""
    key = (figure, text)
    if key not in read.held_of:
        read.held_of[key] = _held(figure, text, read)
    return read.held_of[key]


def _held(figure: str, text: str, read: Reading) -> frozenset[int]:
    times = read.times(text)
    held: set[int] = set()
    found = [q for q in read.quantities(text) if q.text == figure]
    for quantity in found:
        holding = {t.minutes for t in times if t.start <= quantity.start and quantity.end <= t.end}
        if not holding:
            return frozenset()
        held |= holding
    return frozenset(held)


def _earlier_value(figure: str, text: str, read: Reading) -> bool:
    """``figure`` is, in ``text``, only an earlier or compared value, not the one it reports
    ("cut from six days a week to four"): the other need not give it (read once a report,
    ``Reading.earlier_of``)."""
    key = (figure, text)
    if key not in read.earlier_of:
        found = [q for q in read.quantities(text) if q.text == figure]
        read.earlier_of[key] = bool(found) and all(_changed_from(q, text) for q in found)
    return read.earlier_of[key]


# A second number joined to a figure's first: 'about 12 to 19', 'around 40-55', 'between 3 and 5'
# are ranges holding the value a change goes to, not one hedged value.
_RANGE_WORDS = re.compile(r"\s(?:to|and)\s|\w\s*[-\u2013]\s*\w")


def _changed_from(quantity: Quantity, text: str) -> bool:
    """Is the figure, in ``text``, the value a change starts from ("up from two", "up from
    about 1,800", "down from the 14 it gave")? Not a range read as one figure ("from 12 to
    19" holds the value it changes to); a hedged value is one value ("about 1,800" is read
    as 1,620 to 1,980)."""
    hedged = quantity.hedge is not None and not _RANGE_WORDS.search(quantity.text)
    one_value = quantity.low == quantity.high or hedged
    return one_value and _CHANGED_FROM.search(text[: quantity.start]) is not None


def _gives_too(mismatch: Mismatch, other: str, read: Reading) -> bool:
    """``other`` gives the mismatched shown figure too, and not as an earlier or compared value
    ("up from two", "rose from 9 to 14"). A figure in another unit gives it in no way, its
    digits whatever they are: the "5" of "injuring 5 people" is not given by "4.15am"."""
    if mismatch.low is None or not read.quantities(mismatch.shown):
        return False
    return any(
        gives_a_figure(mismatch.shown, given.text, read)
        and not _EARLIER.search(other[: given.start])
        for given in read.quantities(other)
        if given.text != mismatch.other and given.unit == mismatch.unit
    )


def _gives_shown_figures(
    shown: Sentence, evidence: Sentence, links: FactLinks, read: Reading
) -> bool:
    """The evidence sentence gives a figure of the shown fact it states, where that has any.

    A sentence of two facts ("about 140 people were on board, and 27 were injured") is
    credited to an article stating one of them: the figures it must give are those of a shown
    unit it was linked on (else of the whole sentence: a claim's mention). Read once a report
    (``Reading.gives_shown_of``)."""
    key = (
        read.shown(shown),
        read.shown(evidence),
        tuple(a.text for a, _ in links.unit_pairs(shown, evidence)),
    )
    if key not in read.gives_shown_of:
        read.gives_shown_of[key] = _gives_figures_of(*key, read)
    return read.gives_shown_of[key]


def _gives_figures_of(shown: str, evidence: str, linked: Sequence[str], read: Reading) -> bool:
    """The evidence text gives a figure of the shown text or of one of its ``linked`` units."""
    other = _reported(evidence, read)
    units = [_reported(shown, read), *(_reported(unit, read) for unit in linked)]
    # a count of people given in other words counts too ("Two pensioners died" / "A woman and
    # a man in their seventies died", "The couple who died")
    counted = group_counts(other, read)
    return any(
        gives_a_figure(unit, other, read)
        or group_counts(unit, read) & counted
        or _gives_converted(unit, other, read)
        for unit in units
    )


def _gives_converted(shown: str, other: str, read: Reading) -> bool:
    """The other gives a measure of the shown text in another unit, the conversion rounded
    ("the 17-foot outer wall" / "a 5.2-metre perimeter wall", "about 300 metres" / "nearly
    1,000 feet"), as ``_converted`` reads two values of one measure."""
    return any(
        _one_measure(q, t, read) for q in read.quantities(shown) for t in read.quantities(other)
    )


def _reported(text: str, read: Reading) -> str:
    """The text without the figures a change starts from ("Six are still in hospital, down
    from fourteen"): the one it reports is what another sentence must give, and a sentence
    giving fourteen now gives another value."""
    if text not in read.reported_of:
        read.reported_of[text] = _without_starts(text, read)
    return read.reported_of[text]


def _without_starts(text: str, read: Reading) -> str:
    starts = [q for q in read.quantities(text) if _changed_from(q, text)]
    for q in sorted(starts, key=lambda q: -q.start):
        text = text[: q.start].rstrip() + text[q.end :]
    return text


def verify_summary(
    summary: Sequence[SummarySentence],
    claims: Sequence[Claim],
    links: FactLinks,
    sentences: Sequence[Sentence],
    articles: Sequence[Article],
    *,
    conflicts: Sequence[Conflict] = (),
    updates: Sequence[Conflict] = (),
    read: Reading | None = None,
) -> tuple[SummarySentence, ...]:
    """Each summary sentence citing the articles that state its fact with its values and stand
    on no other side of one of the ``conflicts`` or ``updates`` (the report's own) it gives a
    side of, and, where its figure is one of the figure conflicts, each side's value with its
    outlets.

    Where its figure is a side of one of the figure ``updates`` and a report published after
    every cited article gives a later side, the sentence is replaced by the latest report's,
    citing those who carry it, unless the summary shows that one already. ``read``: the
    report's reading of its texts.
    """
    check = _Checker(
        {c.id: c for c in claims},
        {m: c for c in claims for m in c.mentions},
        links,
        _sentences_by_article(sentences),
        {a.id: a.published for a in articles},
        Reading() if read is None else read,
        tuple(conflicts),
        tuple(updates),
    )
    steps = [(cited, check.latest(cited)) for cited in map(check.cite, summary)]
    # the latest step as a replaced sentence cites it: every report carrying its value, also
    # those whose sentence was not aligned into its claim ('taking the toll to three' beside
    # 'Three people died'); where the summary shows that step in its own right, it is shown so
    latest = {step.claim: step for cited, step in steps if step.claim != cited.claim}
    shown = {item.claim for item in summary}
    out: list[SummarySentence] = []
    for cited, step in steps:
        chosen = step
        if step.claim != cited.claim and step.claim in shown:
            chosen = _kept_for_its_other_facts(cited, step)
        chosen = latest.get(chosen.claim, chosen)
        checked = replace(chosen, disputed=check.sides(chosen, check.conflicts))
        if checked.claim not in {s.claim for s in out}:
            out.append(checked)
    return tuple(out)


# Share of a summary sentence's content words that the latest step of its figure must also
# say for the sentence to give way to it when the summary shows that step already. Below it the
# sentence says more than its old value, which would be lost: 'A storm surge breached the sea
# wall and flooded about 120 homes' shares 5 of 11 with 'The number of homes flooded has risen to
# 210' (kept); 'A landslide buried part of Orrin on Tuesday, killing at least 6 people' 7 of 11
# with 'The toll from Tuesday's landslide in Orrin rose to 11' (replaced). Set between the two.
SAYS_THE_SAME = 0.5


def _kept_for_its_other_facts(item: SummarySentence, latest: SummarySentence) -> SummarySentence:
    """The sentence itself where most of its content words are not in the sentence of its
    figure's latest step (``SAYS_THE_SAME``), else that one."""
    own = {stem(w) for w in _content(_wording(item.text))}
    theirs = {stem(w) for w in _content(_wording(latest.text))}
    return latest if own and len(own & theirs) >= SAYS_THE_SAME * len(own) else item


def _sides_stated(
    item: SummarySentence, claims: Mapping[str, Claim], conflicts: Sequence[Conflict]
) -> tuple[Position, ...]:
    """The sides of the first figure conflict the sentence states a side of, its own side
    first: it writes a side's value, and one of its claim's sentences is that side's evidence,
    or it cites one of that side's outlets and counts the same thing there ("3 workers" is no
    side of a dispute over "3 trucks"). The summary never shows a dispute the report's
    conflicts do not (a looser reading of the sentence's figures marked a toll of another
    storm, or two floors that meet, as disputed)."""
    claim = claims.get(item.claim)
    said = {m.text for m in claim.mentions} if claim else set()
    said.add(item.text)
    for conflict in conflicts:
        if conflict.kind not in _VALUE_CONFLICTS:
            continue
        own = next(
            (
                p
                for p in conflict.positions
                if _writes(item.text, p.value)
                and (
                    p.evidence in said
                    or (set(p.sources) & set(item.sources) and _same_thing(item.text, p))
                )
            ),
            None,
        )
        if own is not None:
            return (own, *(p for p in conflict.positions if p is not own))
    return ()


def _same_thing(text: str, side: Position) -> bool:
    """The text gives the side's value of the same unit and counted noun as the side's own
    sentence does."""
    mine = [q for q in extract_quantities(text) if q.text == side.value]
    theirs = [q for q in extract_quantities(side.evidence) if q.text == side.value]
    return any(a.unit == b.unit and a.noun == b.noun for a in mine for b in theirs)


def _writes(text: str, value: str) -> bool:
    """The text gives the value as written ("at least 14"), as words of their own."""
    return re.search(rf"(?<!\w){re.escape(value)}(?!\w)", text, re.IGNORECASE) is not None


@dataclass(frozen=True, slots=True)
class _Checker:
    """What checking a summary sentence reads: claims, links, sentences, publication times,
    and the report's conflicts and figure updates."""

    claims: Mapping[str, Claim]
    claim_of: Mapping[Sentence, Claim]
    links: FactLinks
    by_article: Mapping[str, Sequence[Sentence]]
    published: Mapping[str, str | None]
    read: Reading
    conflicts: tuple[Conflict, ...]
    updates: tuple[Conflict, ...]

    def cite(self, item: SummarySentence) -> SummarySentence:
        claim = self.claims[item.claim]
        shown = next((m for m in claim.mentions if display_text(m) == item.text), claim.mentions[0])
        support = supporting(
            shown,
            claim.mentions,
            self.links,
            self.by_article,
            self.read,
            sides=_sides(self.conflicts, self.updates),
        )
        return replace(item, sources=tuple(s.article for s in support), support=support)

    def latest(self, item: SummarySentence) -> SummarySentence:
        """The sentence of the latest report where a later report updated its figure (one of
        the report's ``updates``)."""
        newer = self._newer_side(item)
        if newer is None:
            return item
        sentence = next(
            (s for s in self.by_article[newer.sources[0]] if s.text == newer.evidence), None
        )
        if sentence is None:
            return item
        claim = self.claim_of[sentence]
        cited = self.cite(SummarySentence(display_text(sentence), (), claim.id))
        # every report of the latest value carries it, whether or not its sentence was aligned
        # with this one ('taking the toll to three' beside 'Three people died')
        carrying = set(cited.sources) | set(newer.sources)
        stating = {s.article: s for s in cited.support} | {
            a: s for a in newer.sources for s in self.by_article[a] if s.text == newer.evidence
        }
        return replace(
            cited,
            sources=tuple(a for a in self.by_article if a in carrying),
            support=tuple(stating[a] for a in self.by_article if a in stating),
        )

    def sides(self, item: SummarySentence, compared: Sequence[Conflict]) -> tuple[Position, ...]:
        """The sides of the conflict or update among ``compared`` the sentence states a side
        of (``_sides_stated``)."""
        return _sides_stated(item, self.claims, compared)

    def _newer_side(self, item: SummarySentence) -> Position | None:
        """The latest side of an update the sentence gives a side of, among those a report
        published after every cited one gives: the side none of the others is given after.
        (An update's sides are in the order of their values, not of their times: a falling
        toll's latest is its first.)"""
        sides = self.sides(item, self.updates)
        later = [p for p in sides[1:] if self._before(item.sources, p.sources)]
        if not later:
            return None
        latest = later[0]
        for side in later[1:]:
            if self._before(latest.sources, side.sources):
                latest = side
        return latest

    def _before(self, first: Sequence[str], second: Sequence[str]) -> bool:
        """One article of ``second`` was published after every article of ``first`` (as far as
        their times tell: a time with no day, or a day with no time, orders only against its
        like; ``clock.publication_order``)."""
        return bool(first) and any(
            all(
                publication_order(self.published.get(a), self.published.get(b)) == -1 for a in first
            )
            for b in second
        )
