"""Stage 6, first half: where each article's quotations are and who says them.

1. Spans: one linear scan of each article's text for quotation marks (straight, curly, «guillemets»,
   „low-high“, ‘single’). A quote may run over several sentences; one left open ends with the
   sentence it opened in, so an unbalanced mark never swallows the rest of an article.
2. Speaker: the words around the quote in its sentence ("...," Xi said / said Xi / Xi told
   reporters "..." / according to X / state media quoted Qin as ...), a pronoun pointing back to the
   article's last named speaker, and an unattributed quote right after an attributed one continues
   it (a split quote); a quote standing alone after a sentence with a person acting is theirs (a
   guess, as a pronoun is). Three readings are sure, not guesses: a pronoun after the sentence
   that has its person speaking ("Ada Lind told the Post ... "...," she said"), a post the
   article gave one person ("Curator Ada Lind ... the curator said"), and a quote that is a
   sentence alone, named by the next sentence pointing back at it ("..." / "That's Ada Lind, the
   curator."), as radio and TV scripts name a voice after its words; read only where no other
   reading, not even a guess, gave the quote a speaker.

``quotes`` resolves the speakers across the cluster and groups the quotations.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from bylines.report.names import HONORIFICS, NOT_NAMES, NameIndex, name_tokens
from bylines.report.reported import possessive
from bylines.types import Article, Sentence
from bylines.wordlists import (
    AUXILIARIES,
    IRREGULAR_PASTS,
    PERSON_NOUNS,
    PREPOSITIONS,
    WEEKDAY_NAMES,
    wordset,
)

# A quotation has at least this many words: shorter ones are scare quotes ("productive",
# "one China") that name a word, not a statement. Set by reading the example cluster's quotes.
MIN_QUOTE_WORDS = 3
# A pronoun ("he said") points to the article's last named speaker when that speaker was named at
# most this many sentences back; further back, to the person the sentence before names.
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
# A person described in lower case after a speech verb: "his wife", "the harbour master", or
# the speaker's own side's ("our chair", "my colleague": a club's or a society's page telling of
# its own officer; fresh35's pub); or one of a group the sentence before tells of: "said one,
# Ada Roos", "said another commuter".
_DESCRIPTION = re.compile(
    r"(?:(?:his|her|their|its|our|my|the|a|an)(?:\s+[a-z][\w'’-]*){1,4}"
    r"|(?:one|another)(?:\s+(?:of\s+them|[a-z][\w'’-]*)){0,2})"
)
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
_NOT_ATTRIBUTION = re.compile(r"^\W*and\s+that\b|\b(?:been|being|be)\s*$", re.IGNORECASE)
# A name as written: capitalised words, "of" allowed inside ("Secretary of State Antony Blinken").
_NAME_RUN = re.compile(rf"(?:(?:Mr|Mrs|Ms|Dr)\. )?{_NAME_WORD}(?: (?:of )?{_NAME_WORD})*")
# Words that open or close a subject without being part of it ("But X", "the agency also").
_OPENERS = wordset("and but as so yet however")
_RELATIVES = wordset("which who that")
_PARTICIPLES = wordset("saying adding warning insisting noting arguing")
_IRREGULAR = wordset("said told sought spoke met made gave took went was had will would can")
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
def article_occurrences(
    article: Article, sentences: Sequence[Sentence], index: NameIndex
) -> list[Occurrence]:
    if not sentences:
        return []
    reader = _Reader(article, sentences, index)
    for number, span in enumerate(reader.spans):
        reader.take(number, span)
    return sorted(
        [*reader.found, *transcript_occurrences(article, sentences, index)], key=lambda o: o.start
    )


# A line of a broadcast transcript: an optional time code and segment word, the speaker's label
# in capitals (a name, or a name and a post), a colon, the words ("[00:36] TAMSIN QUARRELL: It
# cannot be ...", "AUDIO — WENNA TOLLEY, ORGANISER: I doubt ..."). Labels that name nobody of
# the cluster ("REPORTER", "HOST", "CUE") are no speaker.
_TRANSCRIPT_LINE = re.compile(
    r"^(?:\[[\d:.]+\]\s*)?(?:[A-Z]+\s+[—–-]\s+)?"
    r"(?P<label>[A-Z][A-Z'’.-]*(?:\s+[A-Z][A-Z'’.-]*){0,3})(?:,\s+[A-Z][A-Z ]+)?:\s+"
    r"(?P<words>[^\"“”«»„]+?)[.!?]?$"
)
# A transcript's words are a quotation of this many words at least (a short line is a cue).
MIN_TRANSCRIPT_WORDS = 4
# Words that make a line a statement: a results line ("OWEN PRYCE: 2 hours 14 minutes") or a
# list has none. Auxiliaries and modals, and the past and -ing forms besides.
_LINE_VERBS = AUXILIARIES | wordset("being am cannot won't can't isn't wasn't don't didn't")


def transcript_occurrences(
    article: Article, sentences: Sequence[Sentence], index: NameIndex
) -> list[Occurrence]:
    """The lines of a broadcast transcript whose label names one of the cluster's people in
    capitals, as that person's quotations. Initials ("PM", "GP", "NB", "FT") are no label: they
    name a post, a note or a score as often as a person."""
    found = []
    for sentence in sentences:
        line = _TRANSCRIPT_LINE.match(sentence.text)
        if line is None or not _statement(line.group("words")):
            continue
        speaker = _labelled(line.group("label"), index)
        if speaker:
            found.append(
                Occurrence(
                    article.id,
                    sentence.start + line.start("words"),
                    sentence.index,
                    line.group("words"),
                    sentence.text,
                    speaker=speaker,
                )
            )
    return found


def _statement(words: str) -> bool:
    """Whether a transcript line's words are said, not listed: enough words, most not
    figures, and a verb among them (a form of be/have/do, a modal, an irregular past, or a
    word in -ed or -ing after the first)."""
    tokens = words.split()
    if len(tokens) < MIN_TRANSCRIPT_WORDS:
        return False
    if 2 * sum(any(c.isdigit() for c in t) for t in tokens) >= len(tokens):
        return False
    lower = [t.strip(",.;:!?").lower() for t in tokens]
    return any(
        t in _LINE_VERBS or t in IRREGULAR_PASTS or (k and t.endswith(("ed", "ing")))
        for k, t in enumerate(lower)
    )


def _labelled(label: str, index: NameIndex) -> str:
    """The person a transcript's label names in capitals ("DARA PENHALLOW"), when exactly one
    person of the cluster has that name; a title and family name ("MRS QUENBY") when exactly
    one has that family name; else ""."""
    if " " not in label:
        return ""
    name = label.title()
    words, tokens = name.split(), name_tokens(name)
    # an honorific before a family name ("MR QUENBY") names a person only when one person of
    # the cluster has that family name (two Quenbys: it names neither)
    titled = words[0].lower().rstrip(".") in HONORIFICS
    if not tokens or (titled and len(words) != 2) or not (titled or index.is_person(name)):
        return ""
    wanted = tokens[-1:] if titled else tokens
    people = {
        index.canonical(known)
        for known in index.counts
        if name_tokens(known)[-len(wanted) :] == wanted and index.is_person(known)
    }
    return people.pop() if len(people) == 1 else ""


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
            if not raw:  # sure where read, so only where no reading, not even a guess, gave one
                raw = written = self._named_next(first, last, words)
        self.last_attributed = bool(raw)
        if raw:  # an unattributed scare quote does not move the pronouns' anchor
            self.last_speaker, self.last_sentence = raw, last
        self.last_kept = len(words.split()) >= MIN_QUOTE_WORDS
        if self.last_kept:
            context = self.article.text[: start - 1]
            named = self.index.canonical(raw, context) if raw else ""
            speaker = _as_role(raw) or _without_public_role(named)
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
            or words[-1] in BODY_NOUNS | _COLLECTIVES
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

    def _named_next(self, first: int, sentence: int, words: str) -> str:
        """The person the next sentence names as the one who just spoke, when it opens by
        pointing back at the quote and has no verb of its own: '"We had no idea." That's
        Nadia Okwuosa, the beach warden.' (see ``_NAMED_BACK``). "" when the sentence names
        no person there ("That's the third time this year.", "That was Kilvanney Council's
        view."), goes on to say what the person did ("Speaking earlier, Tom Reese, the rival
        coach, said ..."), or when the quote speaks of someone and as no one ("Have you seen
        this man?"), which the sentence after names the subject of; or after a sentence that
        brings the quote in with a colon ("Ada Roos, who runs the club, had a warning:"), whose
        quote it is even where no person there was read."""
        following = sentence + 1
        if following >= len(self.sentences):
            return ""
        if first > 0 and self.sentences[first - 1].text.rstrip().endswith(":"):
            return ""
        text = self.sentences[following].text.strip()
        pointer = _POINTER_BACK.match(text)
        found = _NAMED_BACK.match(text, pointer.end()) if pointer else _NAMED_SPEAKING.match(text)
        if found is None or _says_more(found.group("phrase")):
            return ""
        heard = found.group("phrase") is not None or (pointer and _HEARD.search(pointer.group()))
        if not heard and not _FIRST_PERSON.search(words):
            return ""
        name = found.group("name")
        return name if _a_person(name, self.index) else ""

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
# The same words as a pattern: a post read before a name has none of them ("the killer of
# teacher Ada Roos", "the lawyer for suspect Tom Reese" name the victim and the client).
_NOT_POST_WORDS = "(?:" + "|".join(sorted(_NOT_POST)) + ")"


# Broadcast news puts a speaker's words first and names them in the next sentence, which opens
# by pointing back at the words and has no verb of its own: "That's Nadia Okwuosa, the beach
# warden." (the presenter's "that's"), "Those were the words of Priya Mallow, who ..." (the
# newsreader's formal hand-back), "Speaking there, ..." (the cut back from a clip); or "Ada Roos,
# the warden, speaking to us earlier." (the clip's caption read aloud). Read only after a
# sentence that is a quote and nothing else, where no other reading found a speaker, and only
# where the sentence after the name is one of those few shapes (``_NAMED_TAIL``): "Speaking
# earlier, Tom Reese, the rival coach, said ..." and "Tom Reese speaking to reporters called ..."
# go on with a verb of their own, a speaker of their own words.
_POINTER_BACK = re.compile(
    r"(?:That(?:['’]s| is| was)|Those were|These were|This was)"
    r"(?:\s+(?:the\s+)?(?:words|voice|view)\s+of)?\s+"
    r"|The\s+(?:words|voice)\s+of\s+"
    r"|Speaking\s+(?:there|then|earlier|to\s+us(?:\s+earlier)?)\s*,\s*"
)
# Words of post the pointer may give before the name: an article and lower-case words ending in
# a noun for a person ("lorry driver Teodor Markovic", "the beach warden Ada Roos"). At most
# POST_WORDS of them, the bound on a post before a name opening a sentence: the same phrase of
# post, here after the pointer instead of the sentence's start. An allow-list, as "That's
# because Tom Reese ...", "That was after ...", "That's just like ...", "That's only ..." are
# each a clause about the name, and no list of such words is whole. Not "our correspondent": a
# reporter signing off.
_NAMED_POST = (
    rf"(?:(?:the|a|an|our)\s+)?(?:(?!{_NOT_POST_WORDS}\b)[a-z][\w'’-]*\s+){{0,{POST_WORDS - 1}}}"
    rf"(?:{'|'.join(sorted(PERSON_NOUNS))})\s+"
)
# How many words a "speaking ..." phrase may run to the stop: "to Vale TV a short time ago"
# (the longest written in the tests); "to reporters afterwards called the bridge two years
# late" is a sentence of its own.
SPEAKING_WORDS = 7
_SPEAKING = (
    r"(?:speaking|talking)\s+(?=(?:to|there|then|earlier|on|in|at|from|outside|after)\b)"
    r"(?P<phrase>[^,.;:!?]+?)"
)
# An apposition of post after a name opens with an article or a possessive (", the warden").
_APPOSITION = r",\s+(?:the|a|an|our|his|her|their|its)\s+"
# What may follow the name to the stop: nothing; an apposition of post opened by an article or
# possessive (", the beach warden"); then a "who" clause or a speaking phrase. Not ", 34, a
# father of two" nor ", left, with the shelter's dog" (a person shown, not heard), ", reporting
# from Pellin Cove" or ", Vale TV News" (a reporter signing off), ", not the council, who will
# decide" (a cleft about the name), ", said ..." (the name speaking words of their own).
_NAMED_TAIL = (
    rf"(?:{_APPOSITION}[^,.;:!?]{{1,80}}?)?"
    rf"(?:,?\s+who\b[^.;:!?]*|,?\s+{_SPEAKING})?\s*[.!]?\s*$"
)
_NAMED_BACK = re.compile(rf"(?:{_NAMED_POST})?(?P<name>{_NAME_RUN.pattern}){_NAMED_TAIL}")
_NAMED_SPEAKING = re.compile(
    rf"(?P<name>{_NAME_RUN.pattern})(?:{_APPOSITION}[^,.;]{{1,80}},)?"
    rf"\s+{_SPEAKING}\s*[.!]?\s*$"
)
# A quote given to the person named after it speaks in the first person, unless the pointer
# says it was heard ("the words of", "Speaking there", "speaking to us earlier"): after an
# appeal ("Have you seen this man?", "Somebody must know where this child is"), a commentator's
# line ("What a finish from the striker") or a witness's account of another ("He never came
# home"), "That's Tom Reese, ..." names whom it is about, not whose voice it was (review24e:
# refusing only quotes about "he" or "this man" let the others through). "US" in capitals is
# the country.
_HEARD = re.compile(r"\b(?:words|voice|Speaking)\b")
_FIRST_PERSON = re.compile(
    r"\b(?:I|I['’]m|I['’]ve|I['’]d|[Mm]e|[Mm]y|[Ww]e|[Ww]e['’](?:re|ve)|[Uu]s|[Oo]ur)\b"
)


def _says_more(phrase: str | None) -> bool:
    """Whether a "speaking ..." phrase runs on into a sentence of its own ("to reporters
    afterwards called the bridge late"): too long for a place and time, or a verb of speech."""
    return phrase is not None and (
        len(phrase.split()) > SPEAKING_WORDS or _VERB.search(phrase) is not None
    )


def _without_public_role(raw: str) -> str:
    """'Listener Ada Roos' -> 'Ada Roos': the name after a public role titled before it; the
    phrase as written when more or fewer than two name words follow, or a body's do."""
    titled = _PUBLIC_ROLE_NAME.fullmatch(raw.strip())
    if not titled or titled["name"].split()[-1].lower() in _BODY_NAME_ENDS:
        return raw
    return titled["name"]


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
    if subject and subject.split(maxsplit=1)[0].lower() not in PREPOSITIONS:
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
    # said follow a person's name and are no part of it; not "said an editorial Saturday in
    # the daily Posten" (a body named "Women in Engineering" is cut so too)
    head = _WHEN_OR_WHERE.split(phrase, maxsplit=1)[0]
    runs = _name_runs(head)
    # ("said Dale in Portlea"; not "Professor of Medicine at ... Rosa Tell": a post)
    named = bool(runs) and head.endswith(runs[-1]) and " of " not in runs[-1]
    phrase = head if named else phrase
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
        if (
            _NAME_RUN.fullmatch(name)
            and len(name_tokens(name)) >= 2
            and not _joint(phrase, following)
        ):
            return name
    runs = _name_runs(_before_of(phrase))  # "said Ilnur Cevik of the Turkish Daily News"
    if runs:
        # "said the Prison Service's Colm Reddy": the name after the owner
        return re.split(r"\S+['’]s\s+(?=[A-Z])", runs[-1])[-1]
    words = head.split()
    # "said the statement", "said a ministry statement broadcast on television"
    return " ".join(words[:3]) if words and words[0].lower() in {"the", "a", "an"} else ""


# The first person's own side ("our chair", "my colleague"): a club's or a society's page.
_OWN_SIDE = frozenset({"our", "my"})
# ...and another person after the name: "and our treasurer", "and Bill Cray" (not "and added",
# "and she went on").
_AND_ANOTHER = re.compile(r"\s*and\s+(?:(?:our|my)\s|[A-Z])")


def _joint(phrase: str, following: Sequence[str]) -> bool:
    """Whether a person of the writer's own side is named with another after it ("said our
    chair, Anwen Porrit, and our treasurer, Bill Cray", "..., and Bill Cray"): two speakers, of
    whom the first is no single speaker (review-clocks36). Not "his" / "her": as before."""
    own = phrase.split(maxsplit=1)[0].lower() in _OWN_SIDE
    return own and len(following) > 2 and bool(_AND_ANOTHER.match(following[2]))


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


# A person described, then where they are: "one woman in Tarvia", "a resident from Nordby".
_DESCRIBED_IN = re.compile(
    r"(?P<who>(?:one|a|an|the|another)(?:\s+[a-z][\w'’-]*){1,3})\s+(?:in|from|at|near|outside)"
    r"\s+(?:the\s+)?(?P<where>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
)


_WITNESSES = PERSON_NOUNS | wordset("witness bystander survivor local official")


def _before_of(phrase: str) -> str:
    """ "Bert Ammerman of River Vale" -> "Bert Ammerman"; not "Secretary of State ..." (a title
    before "of") nor "Ministry of Foreign Affairs" ("China's Ministry" is no name)."""
    described = _DESCRIBED_IN.match(phrase)
    if (
        described
        and described.group("who").split()[-1] in _WITNESSES
        and described.group("where").split()[-1].lower() not in BODY_NOUNS | _COLLECTIVES
    ):
        # "one woman in Tarvia": who she is, not where ("an official from the Health
        # Ministry" is the ministry's)
        return described.group("who")
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
    when = _WHEN_OPENING.match(" ".join(words))
    if when and len(words) > len(when.group().split()):
        words = words[len(when.group().split()) :]  # "Last week he said": he
    while words and words[-1].lower() in _CLOSERS:
        words = words[:-1]
    if len(words) > 1 and words[-1].lower() == "to":
        # "He went on to say", "The minister wanted to stress": the subject before its verb
        verb = next((k for k, w in enumerate(words) if k and _finite(w)), len(words))
        words = words[:verb]
    return " ".join(words)


# A time opening a clause before its subject: "Last week he said", "On Monday she told".
_WEEKDAY = "|".join(WEEKDAY_NAMES)
_WHEN_OPENING = re.compile(
    rf"(?i:(?:last|this|next|earlier|later) (?:week|month|year|night|weekend|{_WEEKDAY})"
    rf"|earlier|later|yesterday|today|tonight|on (?:{_WEEKDAY}))\b"
)


def _finite(word: str) -> bool:
    """A verb in the past or a common finite form: 'went', 'wanted', 'was', 'has'."""
    lower = word.lower()
    return lower in _IRREGULAR or lower in _CLOSERS or (lower.endswith("ed") and len(lower) > 3)


def _aside(chunk: str) -> bool:
    """ "speaking on condition of anonymity", "who attended": a clause about the subject."""
    first = chunk.split(maxsplit=1)[0].lower()
    return first.endswith("ing") or first == "who"


def _names(chunk: str) -> bool:
    """Whether a clause is a name ("Kurt Campbell"; not "In it", "On Sunday", "In Washington")."""
    first, last = chunk.split(maxsplit=1)[0], chunk.rsplit(maxsplit=1)[-1]
    if first.lower() in PREPOSITIONS or last.lower() in NOT_NAMES:
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
    # "Ramon Vidal, Tarvia's deputy foreign minister, said": a post of a named body
    return chunk[:1].islower() or bool(_POSSESSED_TITLE.fullmatch(chunk))


def _first_name(text: str) -> str:
    for run in _NAME_RUN.finditer(text):
        if name_tokens(run.group()):
            return run.group()
    return ""


# Nouns of a body that a spokesperson speaks for without naming it ("a company spokesman", "a
# spokeswoman for the club"): the story's company, club or museum. Not "ministry" nor
# "government", whose spokespeople speak for a minister, a person of their own.
BODY_NOUNS = wordset(
    """company firm club operator airline council museum trust police force service authority
    board agency charity school hospital university association union federation utility
    insurer bank railway broadcaster zoo port owner owners organisers organizers"""
)
# Nouns of a body or a group, who speak as many: "the government said", "the family said".
_COLLECTIVES = wordset(
    """government ministry department family court army military committee team crew
    coastguard statement report newspaper paper group company police"""
)
# The public a report quotes, titled by what they were before their name ("Listener Ada Roos
# was in row K", "said Commuter Ivo Rask"): no word of the speaker's name. Read only here, on a
# speaker, and only before two name words: the same words open names of bodies and things
# ("Commuter Rail Services", "Resident Doctors Association", "Cyclist Touring Club"), which the
# entity and name stages must keep whole (``names.OCCUPATIONS`` holds none of them for that).
PUBLIC_ROLES = wordset(
    """listener viewer reader commuter shopper spectator onlooker bystander holidaymaker
    motorist cyclist pedestrian resident"""
)
_PUBLIC_ROLE_NAME = re.compile(
    rf"(?i:{'|'.join(sorted(PUBLIC_ROLES))})\s+(?P<name>[A-Z][a-z][\w'’-]*\s+[A-Z][a-z][\w'’-]*)"
)
# Last words of a body's name after such a word ("Commuter Rail Services", "Spectator Sports
# Trust"): the phrase is the body's, not a titled person's.
_BODY_NAME_ENDS = (
    BODY_NOUNS
    | _COLLECTIVES
    | wordset("services ltd magazine media market express times news village group")
)
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


def spoken_for(speaker: str) -> str:
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
