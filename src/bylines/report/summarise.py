"""Stage 10: choose central, non-redundant claims under a word budget.

The method is concept coverage (Gillick & Favre 2009, the ICSISumm system): a *concept* is a
pair of adjacent stemmed words (or, at a tenth of the weight, one content word), weighted by the
number of independent reports that contain it, so what many outlets say weighs most. Sentences are
picked greedily by the weight of the concepts they add per word, so a concept already covered adds
nothing: that is the redundancy control. Claims add what words cannot see: a claim is chosen at
most once (its paraphrases in other articles are not candidates any more), and a claim carried by
more outlets gets a small bonus. A sentence whose content words the summary mostly has already is
skipped as a paraphrase the aligner missed. With one claim per sentence this is plain concept
coverage, so the stage works whatever the align stage groups.

Only well-formed sentences are candidates (see ``form_problem``); for each claim the mention that
adds the most is the one shown, and the summary cites every article of the claim. The lead of a
news story states its main fact, so early sentences get a bonus. The summary is shown in reading
order: by place in the article, then by article order.

Budget rule: sentences are added while they fit. Then one last sentence may run past the budget
when at least half of it fits (``MAX_OVERRUN``), because a summary that stops 20 words short says
less, and a reader always gets whole sentences: the budget is a target, not a hard cut. When every
sentence is over twice the budget, the summary is the best one of them. Only when no sentence is
well formed (a one-line article, say) are the others used, so that there is a summary.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from bylines.report.coverage import Reports
from bylines.types import Article, Claim, Sentence, SummarySentence
from bylines.wordlists import wordset

# Every number below was tuned on DUC 2004 (benchmarks/results/duc_rouge.md lists each try);
# where settings scored within the benchmark's noise, the more readable one was kept.

# Form limits. Under 8 words a sentence is mostly a fragment ("No calls, either."); over 50 it is
# usually two sentences the splitter could not separate, or a list. ROUGE-neutral (+-0.1).
MIN_WORDS = 8
MAX_WORDS = 50
# A last sentence may overrun the budget by this share of its own length (0.5: half must fit).
# 0 / 0.3 / 0.5 / 0.7 / 1.0 gave R-2 9.84 / 9.88 / 9.90 / 9.90 / 9.77.
MAX_OVERRUN = 0.5
# Concept gain is divided by length**LENGTH_POWER: 1 is density, 0 raw gain (favours long
# sentences). 0.5 / 0.8 / 1.0 gave R-2 9.12 / 9.41 / 9.54.
LENGTH_POWER = 1.0
# Bonus for the claim's share of the other reports: a claim in every report scores (1 + bonus)x.
# Concept weights already count reports, so more does not raise ROUGE (0 / 0.5 / 1 on grouped
# claims: R-2 9.67 / 9.39 / 9.21); kept small, as a tie-breaker for what several outlets carry.
SUPPORT_BONUS = 0.25
# Bonus for early sentences: score x (1 + POSITION_BONUS / (1 + index)). 0 / 0.5 / 1 / 2 gave
# R-2 8.95 / 9.61 / 9.54 / 9.36 (before the overrun rule); 1/sqrt and exp(-i/3) decays did worse.
POSITION_BONUS = 1.0
# A concept must be in at least this many reports when there are more (one outlet's wording is
# noise; 3 instead of 2 cost 0.5 R-1).
MIN_REPORTS = 2
# What a concept below that floor still weighs: enough to fill the budget with single-outlet
# facts once the shared ones are told, too little to compete with them.
FILLER = 0.01
# A content word weighs this share of a word pair: 0 / 0.1 / 0.3 / 1 gave R-1 37.87 / 38.16 /
# 37.68 / 37.29 (words carry ROUGE-1, pairs carry ROUGE-2).
UNIGRAM_WEIGHT = 0.1
# A sentence whose content words are this share covered already repeats the summary.
# ROUGE-neutral from 0.5 to 1; 0.7 catches "X is believed to be in Y" after "X, ..., is thought
# to be living in Y".
REPEATED = 0.7


# Words that point back to something the summary may not have said.
_DANGLING = wordset(
    "he she it they this these those his her its their them him such but and or so also yet "
    "then still however meanwhile instead besides moreover furthermore nevertheless"
)
# Function words: a pair of two of them is not a concept, and alone none is one.
_STOP = wordset(
    "a an the of to in on at for by with from and or but as is are was were be been being has "
    "have had do does did not no it its this that these those he she they his her their them "
    "him we our you your i my me who whom which what when where why how than then there here "
    "s said says say will would could should may might can also into about after before over "
    "up out if so"
)
# Words a headline in title case leaves in lower case.
_SMALL = wordset("a an the of to in on at for and or but with by as from vs")
_SUFFIXES = ("ingly", "edly", "ing", "ies", "ied", "ed", "es", "ly", "s")
_QUOTES = '"“”«»'
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# "SEOUL, South Korea (AP) _ ", "BEIJING, Nov. 5 (Xinhua) -- " or "WASHINGTON _ ": a dateline.
_DATELINE = re.compile(
    r"^(?:[A-Z0-9][\w.'-]*,?\s+){0,5}\((?:AP|AFP|Reuters|UPI|Xinhua|[A-Z]{2,6})\)\s*[-_—–]{1,2}\s*"
    r"|^[A-Z][A-Z.'-]+(?:[ ,]+[A-Z][\w.'-]*){0,3}\s+[_—–]{1,2}\s+"
)
# A sentence that opens with a whole quotation, then a named or described speaker and a speech
# verb: “...,” Xi added / “...,” the mayor said. A bare pronoun ("he said") would dangle.
_ATTRIBUTED = re.compile(
    r"^[\"“][A-Z0-9][^\"“”]{20,}[,.!?][\"”]\s+(?:(?:[A-Z][\w.’'-]*|the|a|an)(?:\s[\w.’'-]+){0,6}\s)"
    r"(?:said|says|added|told|stressed|warned|insisted|noted|explained|declared)\b"
)
_END = re.compile(r"[.!][\"”’')\]]*$")
# A general statement of what such things do ("A magnitude 6 quake can cause severe damage",
# "An eruption of this kind typically lasts weeks"): background a wire adds, no news of this
# event, though every copy of the wire carries it.
# The modal is the subject's own verb (no "who", "that", "said" between), and nobody is
# quoted as saying it ("A second aftershock can be felt in Varn, residents said" is news).
_GENERAL = re.compile(
    r"(?:A|An)\s+(?:(?!(?:who|that|which|said|says|told)\b)[\w'’-]+\s+){0,4}?"
    r"(?:can|typically|usually|generally|tends?\s+to)\s(?![^.]*\b(?:said|says|told|according)\b)"
)


Concept = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Candidate:
    claim: Claim
    sentence: Sentence
    text: str
    words: int
    concepts: frozenset[Concept]
    boost: float


def summarise(
    claims: Sequence[Claim], articles: Sequence[Article], words: int
) -> tuple[SummarySentence, ...]:
    """The summary: whole sentences, about ``words`` long, each citing its claim's articles."""
    found = _concepts_by_sentence(claims)
    weights = _weights(found, articles)
    reports = Reports.of(articles).count or 1
    quoted = _inside_quotations(claims, articles)
    candidates = [
        c
        for c in _candidates(claims, found, weights, reports, strict=True)
        if c.sentence not in quoted
    ]
    if not candidates:
        candidates = _candidates(claims, found, weights, reports, strict=False)
    chosen = _select(candidates, weights, words)
    ordered = sorted(chosen, key=_reading_order(articles))
    return tuple(SummarySentence(c.text, c.claim.sources, c.claim.id) for c in ordered)


def concept_weights(claims: Sequence[Claim], articles: Sequence[Article]) -> dict[Concept, float]:
    """Each concept weighs the number of independent reports whose sentences contain it."""
    return _weights(_concepts_by_sentence(claims), articles)


def _concepts_by_sentence(claims: Iterable[Claim]) -> dict[Sentence, frozenset[Concept]]:
    return {m: concepts(display_text(m)) for claim in claims for m in claim.mentions}


def _weights(
    found: Mapping[Sentence, frozenset[Concept]], articles: Sequence[Article]
) -> dict[Concept, float]:
    groups = Reports.of(articles)
    per_report: dict[str, set[Concept]] = {}
    for sentence, sentence_concepts in found.items():
        per_report.setdefault(groups.report.get(sentence.article, sentence.article), set()).update(
            sentence_concepts
        )
    counts = Counter(c for report in per_report.values() for c in report)
    reports = groups.count
    floor = MIN_REPORTS if reports >= MIN_REPORTS + 1 else 1
    return {
        c: n * (1.0 if len(c) == 2 else UNIGRAM_WEIGHT) * (1.0 if n >= floor else FILLER)
        for c, n in counts.items()
    }


def concepts(text: str) -> frozenset[Concept]:
    """Adjacent stemmed word pairs, except pairs of two function words, and content words."""
    words = _WORD.findall(text.lower())
    stems = [stem(w) for w in words]
    content = [w not in _STOP for w in words]
    pairs = {
        (stems[i], stems[i + 1]) for i in range(len(words) - 1) if content[i] or content[i + 1]
    }
    return frozenset(pairs | {(s,) for s, keep in zip(stems, content, strict=True) if keep})


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A small suffix stripper: enough for "declared"/"declares"/"declaring" to meet."""
    word = word.removesuffix("'s")
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
            if suffix in ("ing", "ed") and word[-1] == word[-2] and word[-1] not in "lsz":
                word = word[:-1]  # "stopped" -> "stop", but "killed" -> "kill"
            break
    return word.removesuffix("e") if len(word) > 3 else word


def form_problem(text: str) -> str | None:
    """Why a sentence would read badly in a summary, or None when it is fine alone."""
    tokens = text.split()
    if not tokens:
        return "empty"
    first = tokens[0].strip(_QUOTES + "'‘’(").lower()
    problems = (
        (len(tokens) < MIN_WORDS, "too short"),
        (len(tokens) > MAX_WORDS, "too long"),
        (not _END.search(text), "no final full stop (headline, question or fragment)"),
        (_title_case(tokens), "capitalised like a headline"),
        (text[0] in _QUOTES + "‘'" and not _attributed_quote(text), "starts inside a quotation"),
        (
            not _opening(text)[:1].isupper() and not _opening(text)[:1].isdigit(),
            "starts mid-sentence",
        ),
        (first in _DANGLING, f"starts with {first!r}, which points back"),
        (_unbalanced(text), "unbalanced quotation marks"),
        (_unclosed(text), "a bracket closed that it never opened, or opened and never closed"),
        (_GENERAL.match(text) is not None, "a general statement, no news of this event"),
    )
    return next((why for bad, why in problems if bad), None)


def display_text(sentence: Sentence) -> str:
    """The sentence as shown: without a leading dateline."""
    return _DATELINE.sub("", sentence.text, count=1).strip() or sentence.text


def _title_case(tokens: Sequence[str]) -> bool:
    """Every word but the small ones capitalised: a headline ("Xi Meets Blinken In Beijing.")."""
    words = [t.strip(_QUOTES + "'‘’(),.:;!?") for t in tokens]
    words = [w for w in words if w and w[0].isalpha() and w.lower() not in _SMALL]
    return len(words) >= 4 and all(w[0].isupper() for w in words)


def _inside_quotations(claims: Sequence[Claim], articles: Sequence[Article]) -> set[Sentence]:
    """Sentences that start inside a quotation opened earlier in their paragraph.

    Shown alone they read as the reporter's words ("The two sides made progress."), though
    they are someone's, so they are not summary material.
    """
    texts = {a.id: a.text for a in articles}
    return {
        mention
        for claim in claims
        for mention in claim.mentions
        if _quote_open_before(texts.get(mention.article, ""), mention.start)
    }


def _quote_open_before(text: str, offset: int) -> bool:
    before = text[text.rfind("\n", 0, offset) + 1 : offset]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _opening(text: str) -> str:
    """The text from its first letter or digit (past an opening quotation mark)."""
    return text.lstrip(_QUOTES + "‘'(")


def _attributed_quote(text: str) -> bool:
    """A whole quotation and who said it ("“We will rebuild,” the mayor said."): it stands alone,
    unlike a sentence that only opens or continues one."""
    match = _ATTRIBUTED.match(text)
    return bool(match) and not _unbalanced(text)


def _unbalanced(text: str) -> bool:
    straight = text.count('"') % 2 == 1
    return straight or text.count("“") != text.count("”")


# A list's marker closed without an opening bracket: a letter, a roman numeral or one digit after
# a space ("weighed a) cuts and b) taxes"); at the sentence's start only a letter or numeral
# ("38) in Portland", "8) in the regular season" are cut records).
_LIST_MARKER = re.compile(r"(?<=\s)(?:[a-h]|[ivx]{1,4}|\d)\)(?=\s)|^(?:[a-h]|[ivx]{1,4})\)(?=\s)")


def _unclosed(text: str) -> bool:
    """Brackets that do not pair up: a piece cut from a longer sentence ("538) in Portland
    ...", the end of a win-loss record the splitter cut at its full stop). A list's letters
    and numbers ("a) spending cuts, b) new taxes") are not brackets where none is open."""
    markers = {found.end() - 1 for found in _LIST_MARKER.finditer(text)}
    depth = 0
    for at, char in enumerate(text):
        if char == ")" and depth == 0 and at in markers:
            continue
        depth += (char == "(") - (char == ")")
        if depth < 0:
            return True
    return depth != 0


def _candidates(
    claims: Sequence[Claim],
    found: Mapping[Sentence, frozenset[Concept]],
    weights: Mapping[Concept, float],
    reports: int,
    strict: bool,
) -> list[_Candidate]:
    out: list[_Candidate] = []
    for claim in claims:
        support = SUPPORT_BONUS * (len(set(claim.sources)) - 1) / max(reports - 1, 1)
        for mention in claim.mentions:
            text = display_text(mention)
            if not text.strip() or (strict and form_problem(text)):
                continue
            boost = (1 + support) * (1 + POSITION_BONUS / (1 + mention.index))
            useful = frozenset(c for c in found[mention] if c in weights)
            out.append(_Candidate(claim, mention, text, len(text.split()), useful, boost))
    return out


def _select(
    candidates: Sequence[_Candidate], weights: Mapping[Concept, float], words: int
) -> list[_Candidate]:
    """Greedy concept coverage over the sentences that fit, then one overrunning sentence."""
    ranked = sorted(((_value(c, set(), weights), c) for c in candidates), key=lambda p: -p[0])
    chosen: list[_Candidate] = []
    covered: set[Concept] = set()
    used = 0
    for last in (False, True):
        while used < words:
            best = _best(ranked, chosen, covered, weights, room=words - used, last=last)
            if best is None:
                break
            chosen.append(best)
            covered |= best.concepts
            used += best.words
            if last:
                break
    if not chosen:  # every sentence is far longer than the budget: one is better than none
        best = _best(
            ranked, chosen, covered, weights, room=sum(c.words for c in candidates), last=False
        )
        chosen = [best] if best else []
    return chosen


def _best(
    ranked: Sequence[tuple[float, _Candidate]],
    chosen: Sequence[_Candidate],
    covered: set[Concept],
    weights: Mapping[Concept, float],
    *,
    room: int,
    last: bool,
) -> _Candidate | None:
    """The eligible candidate that adds most (the first one may add nothing: a summary at all).

    A candidate's value only falls as the summary grows, so its value on an empty summary bounds
    it: scanning by that bound, the search stops once no bound can beat the best found.
    """
    taken = {c.claim.id for c in chosen}
    best, best_value = None, (0.0 if chosen else -1.0)
    for bound, candidate in ranked:
        if bound <= best_value:
            break
        fits = _may_overrun(candidate, room) if last else candidate.words <= room
        if not fits or candidate.claim.id in taken or _repeats(candidate, covered):
            continue
        value = _value(candidate, covered, weights)
        if value > best_value:
            best, best_value = candidate, value
    return best


def _repeats(candidate: _Candidate, covered: set[Concept]) -> bool:
    """Mostly words the summary already has: a paraphrase of something said."""
    words = [c for c in candidate.concepts if len(c) == 1]
    return bool(words) and sum(c in covered for c in words) >= REPEATED * len(words)


def _may_overrun(candidate: _Candidate, room: int) -> bool:
    return room > 0 and candidate.words - room <= MAX_OVERRUN * candidate.words


def _value(candidate: _Candidate, covered: set[Concept], weights: Mapping[Concept, float]) -> float:
    # (fsum: exactly rounded whatever the set's order, which follows PYTHONHASHSEED; a plain sum
    # of the same weights could differ in its last bit between runs and break a tie of two
    # wordings, 'A lorry hit ...' against 'A lorry struck ...', the other way)
    gain = math.fsum(weights[c] for c in candidate.concepts - covered)
    return float(candidate.boost * gain / max(candidate.words, 1) ** LENGTH_POWER)


def _reading_order(articles: Sequence[Article]) -> Callable[[_Candidate], tuple[int, int]]:
    """Lead facts first: by the sentence's place in its article, then the earlier report first
    (by publication date where known, which is ISO text after reading, else input order)."""
    dated = sorted(
        range(len(articles)),
        key=lambda i: (articles[i].published is None, articles[i].published or "", i),
    )
    rank = {articles[i].id: r for r, i in enumerate(dated)}

    def key(candidate: _Candidate) -> tuple[int, int]:
        return candidate.sentence.index, rank.get(candidate.sentence.article, len(rank))

    return key
