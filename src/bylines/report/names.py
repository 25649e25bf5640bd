"""People's names across a cluster: canonical full names, and name slips.

Two jobs share one index of the full names the reports use:

* ``NameIndex.canonical`` turns a speaker as written ("Mr Xi", "President Xi", "the Chinese
  leader") into the fullest name the cluster uses for that person ("Xi Jinping"). The quotes stage
  uses it to resolve speakers across articles.
* ``find_name_slips`` reports a person named inconsistently: an honorific on the given name ("Mr
  Gang" for Qin Gang: Chinese, Korean and Vietnamese names put the family name first, and the
  honorific takes the family name) or two spellings of one name.

Severity: a name slip is an editing error, not a disagreement about facts. Every conflict of kind
``"name"`` is LOW severity; renderers tell it by ``conflict.kind == "name"`` (see
``NAME_SLIP_SEVERITY``) and list such conflicts after the number, date and quote ones.

No NER model is needed: full names are runs of capitalised words with titles stripped, which is
enough because a slip or a speaker is always checked against names the same cluster spells out.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from bylines.report.spelling import unaccented
from bylines.types import Article, Conflict, Position, Sentence
from bylines.wordlists import NAME_PARTICLES, PERSON_NOUNS, alternation, wordset

NAME_SLIP_SEVERITY = "low"


# Two tokens are one name spelled two ways at this rapidfuzz ratio or above; tuned on
# transliterations (Kritenbrink/Kritenbrinck 96, Gadhafi/Qadhafi 86) against different people
# who share a family name (Wang Yi/Wang Yu 50 on the differing token).
SPELLING_RATIO = 85
# Only tokens this long are compared for spelling: short given names (Yi, Yu, Li, Lu) differ by
# one letter and are different people.
MIN_SPELLING_LEN = 5
# Name tokens are bucketed by length / SHAPE_BUCKET for spelling look-ups (see _containing).
SHAPE_BUCKET = 2
# A name word this long with one letter changed is one name misspelt (Imfeld/Imfelt, ratio 83):
# shorter ones (Hanna/Hanne) may be two people.
ONE_LETTER_LEN = 6
# How far before a full name to look for its title words ("China's top diplomat Wang Yi").
DESCRIPTION_WINDOW = 40

# Letters of Latin script with their accents ("Lindén", "Mårtensen", "Łukasz"): capitals, and
# lower case (the Latin Extended-A block interleaves the two cases, so it is in both).
_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LOWER = "a-zß-öø-ÿĀ-ž"
_LETTER = _UPPER + _LOWER
# A capitalised word; a final dot only on short abbreviations and initials ("Mr.", "W."), so a
# run never crosses a sentence end ("... Raimondo. Biden said").
_WORD = (
    rf"[{_UPPER}][a-z]{{0,2}}\."
    rf"|(?:al-|el-)?[{_UPPER}][{_LETTER}’'\-]*[{_LOWER}][{_LETTER}’'\-]*"
)
_PARTICLE = re.compile(r"(?:al|el)-[A-Z]")
# An owner before a name ("the Prison Service's Colm Reddy"); a word is at most this long.
OWNER_CHARS = 40
_OWNER = re.compile(rf"\S{{1,{OWNER_CHARS}}}['’]s\s+")
# Nationality adjectives open many name phrases; a name token rarely ends so in news English.
_NATIONALITY = re.compile(r"(?:ese|ish|ian|ean|can|i)$")
# Lower-case particles inside a name ("Idris van Tongeren", "Ana de la Cruz").
_INNER_PARTICLES = NAME_PARTICLES
_INNER = "|".join(sorted(_INNER_PARTICLES))
_CAPS_RUN = re.compile(rf"(?:{_WORD})(?:[ \t]+(?:(?:{_INNER})[ \t]+)*(?:{_WORD}))*")
# An honorific and one name word, not followed by another ("Dr. Alfred Gilman" is not a slip).
_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss|Dr|Madam)\.?\s+([A-Z][a-zA-Z’'\-]+)\b(?![ \t]+[A-Z])")

HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "madam"})
# Police and military ranks, spelt out and abbreviated ("Insp Gaskin", "Det Sgt Ada Roe",
# "Supt Ivo Marsh"): titles, so "Insp Gaskin" is the "Inspector Dave Gaskin" of another report
# (three forms of one officer in an ECB+ trial cluster).
RANKS = wordset(
    """inspector insp supt superintendent det detective sergeant constable const cmdr commander
    commissioner cpl corporal"""
)
# Words that open a sentence capitalised but never a name ("Like Jumblatt, some fear ...",
# "Although Mobil has ...", "Neither Exxon or Mobil would comment"): conjunctions, prepositions,
# adverbs and determiners, dropped from the front of a run only. Listed from the junk speakers
# of a DUC and ECB+ trial (Like, Although, Though, Neither) and widened to their word classes.
SENTENCE_OPENERS = wordset(
    """although though because since unless whereas while whilst when whenever wherever if once
    until till after before as than neither either nor both whether like unlike in on at by for
    from with without within into onto upon over under about above below against among amid
    between beyond through throughout during despite except including following regarding
    toward towards across along around behind beside besides near via also however meanwhile
    still instead perhaps even only just already now then thus hence moreover furthermore
    nevertheless nonetheless otherwise indeed yet so too and but or this that these those some
    many most several each every all any no another other such there here what which who whom
    whose how why where"""
)
# Person nouns (``wordlists.PERSON_NOUNS``) never read as a title before a name. Words for
# anyone, kin, and the public a report names by what they were open names of bodies and things
# ("Child Poverty Action Group", "Victim Support", "Student Loans Company", "Tourist Board",
# "Customer Services", "Resident Doctors Association", "Steward Health Care") or of people
# ("Mother Teresa", "Boy George", "Doctor Who"); others are family names as often as roles ("Ada
# Walker", "Ivo Shepherd", "Tom Gardener"), or open a body's name ("Jockey Club Estates").
_NOT_TITLE_NOUNS = wordset(
    """man woman boy girl child baby person mother father son daughter wife husband widow
    student pupil passenger resident victim suspect patient customer employee tourist cyclist
    pedestrian motorist volunteer worker carer bystander witness survivor tenant apprentice
    officer soldier captain doctor master steward stewardess
    walker gardener shepherd rider runner ringer miner cleaner pilot priest skipper sailor
    jockey"""
)
# An occupation written as a title before a full name ("Farmer Ada Roos told ...", "Pensioner
# Ivo Rask, 81, said", "Vet Anand Ostrow said", "Guard Petra Holloway delivered the baby"):
# dropped as a name's first word only (``name_tokens``), never learned as a description (many
# people share one: "another student said" is not Ada Roos). One list with the person nouns of
# ages and witnesses, so a role known there is known here ("Owner Isolde Farraday" was a
# person of three names, not Isolde Farraday: fresh34), and the '-man' roles of business.
OCCUPATIONS = (PERSON_NOUNS - _NOT_TITLE_NOUNS) | wordset("businessman businesswoman")
# British titles of office, learning, the church and the ranks, dropped only before a full name
# ('Cllr Ruth Abernathy' is Ruth Abernathy, fresh32), as OCCUPATIONS are: before one word they
# stay part of it, for a title and one word is often a name of its own ('Professor Green', a
# rapper, is not council leader Tom Green; review of quotes33). Not 'private', which opens
# names of things: 'Private Eye'.
FULL_NAME_TITLES = wordset("cllr councillor prof professor revd reverend pte")
# Words that open a name phrase without being part of the name: titles, ranks, nationalities.
TITLES = RANKS | wordset(
    """mr mrs ms miss dr madam sir president vice premier prime minister foreign defense defence
    secretary state chancellor king queen prince princess senator gov governor gen general
    adm admiral col colonel lt capt captain sgt chief leader spokesman spokeswoman spokesperson
    ambassador envoy aide judge justice mayor director chairman chairwoman pope rev father sheikh
    manager
    commerce treasury information crown first second third rep us u.s. un former acting deputy
    opposition interior finance trade
    chinese american british french german russian japanese indian cambodian israeli palestinian
    chechen greek dutch swiss czech thai
    iraqi iranian korean north south top senior official officials diplomat minister's
    the a an of"""
)
_FILLERS = frozenset({"the", "a", "an", "of"})
# The titles a name follows ("Port Minister Ada Okafor"), and a possessive to drop from a name
# word: made once, as ``name_tokens`` reads every word of every name (~17,000 words on 100
# DUC articles).
_NAME_TITLES = TITLES - _FILLERS
_POSSESSIVE_S = re.compile(r"[’']s$")
# Capitalised words that never belong to a person's name (places, organisations, days, months).
NOT_NAMES = wordset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december china beijing washington united states
    department ministry house hall people party council republic communist national news
    associated press reuters afp cctv state great g20 group bali taiwan ukraine russia january
    english read more related oops with and but in on at for to from by it he she they we i
    however several this that these those despite after before when while as if his her their
    its our positive yet still meanwhile now then so there here when where what why how even
    only just during ethnic cabinet corp inc ltd co company committee committees prize prizes
    association agency union university institute foundation airlines airways bank fund league"""
)
# Common family names written first (Chinese, Korean, Vietnamese, Cambodian); other evidence for
# family-name-first order is the bare first token being used on its own elsewhere in the cluster.
FAMILY_FIRST = wordset(
    """wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng
    liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye
    cheng wei su lu ding ren shen yao jin fu zhong cui tan fan liao shi xi qin hua kim park lee
    choi jung kang cho yoon jang lim nguyen tran le pham hun"""
)


@dataclass(frozen=True, slots=True)
class NameIndex:
    """The full names (two or more tokens) a cluster uses, how often, and titled descriptions."""

    counts: dict[str, int]
    by_token: dict[str, tuple[str, ...]]
    descriptions: dict[str, str]
    # Name -> article id -> offset of its first use there (for the sentence a slip quotes).
    places: dict[str, dict[str, int]]
    # (first letter, length bucket) -> name tokens, for spelling look-ups.
    by_shape: dict[tuple[str, int], tuple[str, ...]]

    def canonical(self, raw: str, context: str = "") -> str:
        """The fullest cluster name for a speaker as written; the tidied phrase when unknown.

        Of two people who share a name part ("Peter Campbell", "John Campbell"), the one
        ``context`` (the article up to the quote) names last; else the one named most often;
        else, named as often, neither: "Mr Hest" stays as written when the cluster names a
        Tom Hest and an Ola Hest once each and the article neither (a guess would give one
        person's words to the other).
        """
        described = self._described(raw)
        if described:
            return described
        head = raw.rsplit(maxsplit=1)[-1:]
        if head and head[0].islower() and not re.search(r"['’]s\b", raw):
            # "the Varrow city council": a body whose head is a common noun; its capitalised
            # words say which, not who ("Lind's office" is hers: the owner below)
            return _tidy(raw)
        tokens = name_tokens(raw) or _lone_surname(raw)
        # "State Department spokesman Matthew Miller": the name is the longest matching tail.
        for begin in range(len(tokens)):
            tail = tokens[begin:]
            matches = [name for name in self._containing(tail[-1]) if _covers(name, tail)]
            if matches:
                return self._likeliest(matches, context) or _tidy(raw)
        return _tidy(raw)

    def _likeliest(self, matches: Sequence[str], context: str) -> str | None:
        """The match ``context`` names last, else the one named most often, else the longest;
        None when another match that is not part of it ('Ada Hest' and 'Bo Hest', not 'Ada
        Hest' and 'Hest') ties it on both: two people, neither named before the quote, named
        as often, so 'Mr Hest' stays as written."""
        ranked = sorted(matches, key=lambda n: (context.rfind(n), self.counts[n], len(n)))
        best = ranked[-1]
        evidence = (context.rfind(best), self.counts[best])
        runner_up = [n for n in ranked[:-1] if not _covers(best, n.split())]
        if runner_up and (context.rfind(runner_up[-1]), self.counts[runner_up[-1]]) == evidence:
            return None
        return best

    def is_person(self, raw: str) -> bool:
        """Whether a phrase names one of the cluster's people."""
        return self.canonical(raw) in self.counts

    def _described(self, raw: str) -> str | None:
        """A description ("the Chinese leader") resolved by the titles seen before full names.

        Only a lower-case description of two words or more: "Secretary" alone is not one, and
        "the diplomat" is left to the caller (it points back like a pronoun).
        """
        if not any(w.islower() for w in raw.split()) or any(
            w[:1].isupper() and not _titled(w.lower().strip(".")) for w in raw.split()
        ):
            return None
        words = [w for w in _title_words(raw) if w not in {"the", "a", "an", "of"}]
        # Every word the speaker has, then shorter tails down to two: "top US diplomat" must
        # not fall back to "diplomat" and so to another country's diplomat.
        for size in range(len(words), 1, -1):
            if any(_NATIONALITY.search(w) for w in words[:-size]):
                break  # "Lebanese prime minister" is not any prime minister
            found = self.descriptions.get(" ".join(words[-size:]))
            if found:
                return found
        return None

    def _containing(self, token: str) -> tuple[str, ...]:
        exact = self.by_token.get(token)
        if exact:
            return exact
        # A second spelling keeps its first letter and length within a letter or two (Sokhon,
        # Sokhonn): compare only with those tokens, so a lookup does not grow with the cluster.
        similar = self.by_shape.get((token[:1], len(token) // SHAPE_BUCKET), ())
        if len(token) < MIN_SPELLING_LEN or not similar:
            return ()
        found = process.extractOne(token, similar, scorer=fuzz.ratio)
        if found and found[1] >= SPELLING_RATIO:
            return self.by_token[found[0]]
        return ()


def build_index(articles: Sequence[Article]) -> NameIndex:
    counts: Counter[str] = Counter()
    descriptions: dict[str, Counter[str]] = defaultdict(Counter)
    places: dict[str, dict[str, int]] = defaultdict(dict)
    for article in articles:
        for match in _CAPS_RUN.finditer(article.text):
            name = _full_name(match.group())
            if name:
                counts[name] += 1
                places[name].setdefault(article.id, match.start())
                _learn_description(article.text, match, name, descriptions)
    by_token: dict[str, list[str]] = defaultdict(list)
    for name in counts:
        for token in name.split():
            by_token[token].append(name)
    described = {key: c.most_common(1)[0][0] for key, c in descriptions.items()}
    by_token_tuples = {k: tuple(v) for k, v in by_token.items()}
    shapes: dict[tuple[str, int], list[str]] = defaultdict(list)
    for token in by_token:
        for bucket in {(len(token) - 1) // SHAPE_BUCKET, (len(token) + 1) // SHAPE_BUCKET}:
            shapes[(token[:1], bucket)].append(token)
    by_shape = {k: tuple(v) for k, v in shapes.items()}
    return NameIndex(dict(counts), by_token_tuples, described, dict(places), by_shape)


def name_tokens(raw: str) -> list[str]:
    """The name words of a phrase: titles, honorifics, possessives and a leading nationality
    ("Turkish Suleyman Demirel") dropped; particles kept ("Farouq al-Sharaa")."""
    written = raw.split()
    words = [_POSSESSIVE_S.sub("", w.strip(".,’'\"")) for w in written]
    # "Although Mobil", "Vacuum Oil. Both Exxon": a sentence's first word, and what a run
    # carried over from the sentence before it, are not a name's ("Doctor Who" is one name)
    opened = [
        i
        for i, w in enumerate(words)
        if w.lower() in SENTENCE_OPENERS and (i == 0 or written[i - 1].endswith("."))
    ]
    if opened:
        words = words[opened[-1] + 1 :]
    if len(words) > 2 and words[0].lower() in OCCUPATIONS:
        words = words[1:]  # "Farmer Ada Roos": the name after the occupation
    full_titled = [i for i, w in enumerate(words[:-2]) if w.lower() in FULL_NAME_TITLES]
    if full_titled:
        words = words[full_titled[-1] + 1 :]  # "Cllr Ruth Abernathy"; not "Professor Green"
    # (a plain search first: most phrases hold no age)
    aged = [i for i, w in enumerate(words) if _AGED.search(w)] if "-" in raw else []
    if aged:
        words = words[aged[-1] + 1 :]  # "Seven-year-old Rory Roos": the name after the age
    titled = [i for i, w in enumerate(words) if w.lower() in _NAME_TITLES]
    if titled and titled[-1] < len(words) - 1:
        words = words[titled[-1] + 1 :]  # "Port Minister Ada Okafor": the name after the title
    kept = [
        w
        for i, w in enumerate(words)
        if (_name_word(w) or (0 < i < len(words) - 1 and w in _INNER_PARTICLES))
        and (w.lower().strip(".") not in TITLES or _surname(words, i))
    ]
    while kept and len(kept[0]) == 1:
        kept = kept[1:]  # the "S" of a split "U.S."; initials only count inside a name
    while len(kept) > 2 and _NATIONALITY.search(kept[0].lower()):
        kept = kept[1:]
    return kept


# An age written as one word ('Seven-year-old', 'Six-month-old') opens a sentence capitalised
# before a name, and is never a word of one.
_AGED = re.compile(r"-(?:years?|months?|weeks?|days?)-old$", re.IGNORECASE)


def _lone_surname(raw: str) -> list[str]:
    """A capitalised title word written alone as a speaker ("King said") is a family name."""
    word = raw.strip(" ,.")
    return [word] if " " not in word and word[:1].isupper() and word.isalpha() else []


_NOT_SURNAMES = _FILLERS | wordset("us u.s un state first second third former acting deputy")


def _surname(words: Sequence[str], at: int) -> bool:
    """A title word that ends a name after a given name is a family name ("Billy King"): a
    title stands before a name, not after it."""
    word = words[at].lower().strip(".")
    if at != len(words) - 1 or at == 0 or word in _NOT_SURNAMES or _NATIONALITY.search(word):
        return False  # "Vik. The", "Ada Roos US": a word a run carried over, not a name
    before = words[at - 1]
    return _name_word(before) and before.lower().strip(".") not in TITLES


def _name_word(word: str) -> bool:
    return bool(word) and (word[0].isupper() or bool(_PARTICLE.match(word)))


def _full_name(run: str) -> str | None:
    # "Prison Service's Colm Reddy": the person is the name after the owner
    # (a word of at most OWNER_CHARS before the "'s": an unbounded one backtracked over a run
    # of 180,000 characters with no space, quadratically)
    run = _OWNER.split(run)[-1]
    tokens = name_tokens(run)
    # "Russia Andrew Wood" (from "Ambassador to Russia Andrew Wood"): the name after the place.
    if any(t.lower() in NOT_NAMES for t in tokens):
        tokens = tokens[1 + max(i for i, t in enumerate(tokens) if t.lower() in NOT_NAMES) :]
        tokens = name_tokens(" ".join(tokens))
    # Particles are no words of their own to count: "Piet van der Molen" is a name of two
    # words, whole (cut to its last three it was "van der Molen", another person).
    while tokens and tokens[0] in _INNER_PARTICLES:
        tokens = tokens[1:]  # "the van der Molen family": a family name, no given name
    words = [i for i, t in enumerate(tokens) if i == 0 or t.casefold() not in _INNER_PARTICLES]
    if len(words) < 2 or len(words) > 4:
        return None
    # Only the last titled part of a run names the person: "US Secretary of State Antony Blinken".
    return " ".join(tokens[words[-3] :]) if len(words) == 4 else " ".join(tokens)


def _learn_description(
    text: str, match: re.Match[str], name: str, into: dict[str, Counter[str]]
) -> None:
    """Map the title words before a full name ("Chinese leader Xi Jinping") to that name."""
    begin = match.start() + match.group().find(name.split(maxsplit=1)[0])
    words = _title_words(text[max(0, begin - DESCRIPTION_WINDOW) : begin])
    titled: list[str] = []
    for word in reversed(words):
        if not _titled(word) or word in HONORIFICS or word in {"the", "a", "an", "of"}:
            break
        titled.insert(0, word)
    for size in range(1, len(titled) + 1):
        into[" ".join(titled[-size:])][name] += 1


def _titled(word: str) -> bool:
    """A lower-cased word that describes a person's office or nationality."""
    return word in TITLES or bool(_NATIONALITY.search(word))


def _title_words(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z.]*", text.replace("’s", ""))]


def _covers(name: str, tokens: Sequence[str]) -> bool:
    parts = name.split()
    return all(any(fuzz.ratio(t, p) >= SPELLING_RATIO for p in parts) for t in tokens)


def _tidy(raw: str) -> str:
    words = raw.split()
    while words and words[0].lower() in {"the", "a", "an"} | SENTENCE_OPENERS:
        words = words[1:]
    return " ".join(words).strip(" ,.")


# --- name slips -------------------------------------------------------------------------------


def find_name_slips(
    sentences: Sequence[Sentence], articles: Sequence[Article], index: NameIndex | None = None
) -> tuple[Conflict, ...]:
    """People named inconsistently across or within the reports (always low severity).

    ``sentences`` give each slip its evidence sentence; a caller without them (the conflicts
    stage sees claims, not every sentence) may pass ``()`` and gets the line around the slip.
    """
    index = index or build_index(articles)
    finder = _Evidence(sentences, articles)
    slips = [*_honorific_slips(articles, index, finder), *_spelling_slips(articles, index, finder)]
    # Every side must be carried by some article (an index name may not be written verbatim).
    return tuple(s for s in slips if all(p.sources for p in s.positions))


class _Evidence:
    """The sentence around a character offset of an article, found by bisection; without the
    article's sentences (a caller that has only some), the line around the offset."""

    def __init__(self, sentences: Sequence[Sentence], articles: Sequence[Article]) -> None:
        self._by_article: dict[str, list[Sentence]] = defaultdict(list)
        for sentence in sentences:
            self._by_article[sentence.article].append(sentence)
        self._starts = {a: [s.start for s in ss] for a, ss in self._by_article.items()}
        self._texts = {a.id: a.text for a in articles}

    def family_alone(self, person: str, other: str, others: frozenset[str]) -> dict[str, int]:
        """Article id -> the offset of its first use of ``person``'s family name alone, after a
        title or with a speech verb ('Captain Treharne told', 'said Treharne', 'Treharne said'),
        in an article that never writes the ``other`` spelling nor any of ``others`` (articles
        naming another of the family in full: 'Claire Treharne ... Treharne, 54, said'). A
        gendered title must be the one the person is written with ('Ms Treharne, the head
        teacher' is someone else of a 'Mr' or of a person of no known title); a word before that
        is no title ('the Treharne Arms', 'hit Wells') or none with no speech verb after ('Brown
        floodwater') is no use of the person."""
        found: dict[str, int] = {}
        given, family = person.split()[-2:]
        # (the word before bounded, as an owner's is: linear on a text with no space)
        alone = re.compile(
            rf"(?:^|(?<=[^\w’'\-]))(?P<before>\S{{1,{OWNER_CHARS}}}\s+)?"
            rf"(?P<family>{re.escape(family)})\b(?P<after>\s+\w+)?"
        )
        written = re.compile(rf"\b{re.escape(other)}\b")
        gender = self._gender(given, (family, other))
        for article, text in self._texts.items():
            # (a plain search first: most articles never write the name)
            if family not in text or article in others or (other in text and written.search(text)):
                continue
            for match in alone.finditer(text):
                if _titled_or_speaking(match, gender):
                    found[article] = match.start("family")
                    break
        return found

    def _gender(self, given: str, families: Sequence[str]) -> str | None:
        """'male' or 'female' when some article writes the person with a gendered title ('Mr
        Aled Treharne'), else None."""
        names = "|".join(re.escape(f"{given} {family}") for family in families)
        titled = re.compile(rf"\b(?P<title>{'|'.join(_GENDERED)})\.?\s+(?:{names})\b")
        for text in self._texts.values():
            if given in text and (match := titled.search(text)):
                return _GENDERED[match.group("title")]
        return None

    def at(self, article: str, offset: int) -> str:
        starts = self._starts.get(article)
        if starts:
            return self._by_article[article][max(0, bisect_right(starts, offset) - 1)].text
        text = self._texts.get(article, "")
        stop = text.rfind(". ", 0, offset)
        begin = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, offset) + 1)
        ends = [e for e in (text.find(". ", offset), text.find("\n", offset)) if e >= 0]
        return text[begin : min(ends) + 1 if ends else len(text)].strip()


# Titles that say whether a person is a man or a woman: 'Mrs Treharne' is not a 'Mr Treharne'.
_GENDERED = {
    "Mr": "male",
    "Sir": "male",
    "Mrs": "female",
    "Ms": "female",
    "Miss": "female",
    "Madam": "female",
}
# Titles before a family name alone that make it a person's ('Captain Treharne'); not the
# determiners and nationalities of TITLES ('the Treharne Arms', 'North Wells').
_FAMILY_TITLES = RANKS | wordset(
    "dr doctor prof professor capt captain sgt lt col gen major coach judge mayor senator "
    "governor president minister rev father sheikh chief officer"
)
# Verbs of speech next to a family name alone: 'said Treharne', 'Treharne told the radio'.
_SPEECH = wordset("said says told tells added adds explained warned insisted")
_OPENERS = "([\"“‘'"


def _titled_or_speaking(match: re.Match[str], gender: str | None) -> bool:
    """Does a family name alone stand after a title of the person's, or next to a verb of
    speech? ``gender``: the person's, from a gendered title of the full name, if any."""
    before = (match.group("before") or "").strip()
    opens = not before or before[-1] in ".!?"
    word = before.strip(".,").lstrip(_OPENERS)
    after = (match.group("after") or "").strip().lower()
    if word in _GENDERED:
        return _GENDERED[word] == gender
    if word.lower() in _FAMILY_TITLES or word.lower() in _SPEECH:
        return True
    return opens and after in _SPEECH


# Verbs that name the speaker right after them ('said Mrs Abernethy'); not 'told', whose
# object is the one spoken to ('Marsh told Abernethy: ...').
_SAID_BY = wordset("said says added")
# A lower-case apposition between a speaker's name and the speech verb ("Mrs Abernethy, the
# head teacher, said"): up to six more words, as in the longest job titles of the test cases.
_APPOSITION = r"(?:,\s+[a-z][\w’'-]*(?:\s+[\w’'-]+){0,5},)?"


def speaks_by_family(text: str, family: str) -> bool:
    """Does ``text`` write a family name alone as its speaker: at the sentence's start or after
    a title, with the speech verb or the colon of its quotation next (an apposition between:
    'Mrs Abernethy, the head teacher, said:'), or right after 'said' ('said Mrs Abernethy')?
    A name the speaker spoke to ('Marsh, who spoke to Mrs Abernethy on Tuesday, said:'), a
    street ('on Hill Street') or another of the family ('Tom Abernethy said') is no speaker."""
    name = re.escape(family)
    titles = alternation(_FAMILY_TITLES | frozenset(t.lower() for t in _GENDERED))
    lead = rf"(?:^[{re.escape(_OPENERS)}]?|(?<![\w’'-])(?i:{titles})\.?\s+)"
    speaks = rf"{_APPOSITION}\s*(?::|\b(?:{alternation(_SPEECH)})\b)"
    said_by = rf"\b(?:{alternation(_SAID_BY)})\s+(?:(?i:{titles})\.?\s+)?"
    return bool(re.search(rf"{lead}{name}{speaks}", text) or re.search(rf"{said_by}{name}\b", text))


def family_first(name: str) -> bool:
    """Whether a two-part name puts the family name first ("Qin Gang", "Xi Jinping").

    Only a listed East Asian family name says so: guessing from how often each part stands
    alone flagged Western names whose given name the story uses on its own ("Serena")."""
    return name.split(maxsplit=1)[0].lower() in FAMILY_FIRST


def _honorific_slips(
    articles: Sequence[Article], index: NameIndex, finder: _Evidence
) -> Iterable[Conflict]:
    slips: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for article in articles:
        for match in _HONORIFIC.finditer(article.text):
            name = _given_name_slip(match.group(2), index)
            if name:
                evidence = finder.at(article.id, match.start())
                slips[(name, match.group())].append((article.id, evidence))
    for (name, written), uses in slips.items():
        yield _slip_conflict(name, written, uses, index, finder)


def _given_name_slip(token: str, index: NameIndex) -> str | None:
    """The full name whose given name ``token`` is, when an honorific wrongly takes it; None
    when ``token`` is also some name's family name ("Mr Netanyahu" is right for Benjamin
    Netanyahu whatever "Netanyahu Cabinet" looks like)."""
    slipped = None
    for name in index.by_token.get(token, ()):
        parts = name.split()
        if len(parts) != 2:
            continue
        family, given = (parts[0], parts[1]) if family_first(name) else (parts[1], parts[0])
        if token == family:
            return None
        if token == given:
            slipped = slipped or name
    return slipped


def _slip_conflict(
    name: str,
    written: str,
    uses: Sequence[tuple[str, str]],
    index: NameIndex,
    finder: _Evidence,
) -> Conflict:
    correct = _uses_of(name, index, finder)
    slip_sources = tuple(dict.fromkeys(a for a, _ in uses))
    return Conflict(
        kind="name",
        subject=name,
        positions=(
            Position(value=name, sources=tuple(correct), evidence=next(iter(correct.values()), "")),
            Position(value=written, sources=slip_sources, evidence=uses[0][1]),
        ),
    )


def _uses_of(name: str, index: NameIndex, finder: _Evidence) -> dict[str, str]:
    """Article id -> the first sentence that writes ``name`` in full."""
    return {a: finder.at(a, offset) for a, offset in index.places.get(name, {}).items()}


def _spelling_slips(
    articles: Sequence[Article], index: NameIndex, finder: _Evidence
) -> Iterable[Conflict]:
    """Pairs of names that share a part and spell the other close ("Prak Sokhon"/"Sokhonn");
    comparing only names that share a part keeps this near linear in the number of names."""
    names = sorted(index.counts, key=lambda n: (-index.counts[n], n))
    rank = {name: i for i, name in enumerate(names)}
    seen: set[str] = set()
    for name in names:
        candidates = {o for t in name.split() for o in index.by_token.get(t, ())}
        # every part spelt another way ('Katrin Holmqvist' / 'Katrine Holmkvist') shares no
        # part: look the family name up among close spellings of its shape
        candidates |= set(_close_spellings(name.split()[-1], index))
        for other in sorted(candidates, key=rank.__getitem__):
            # one article writing both names writes two people ('Lars Hansen of Nordbygg and
            # Lars Jansen of Brotek'), not one name two ways
            together = set(index.places.get(name, {})) & set(index.places.get(other, {}))
            if (
                rank[other] > rank[name]
                and other not in seen
                and not together
                and _spelled_apart(name, other)
            ):
                seen.add(other)
                yield _spelling_conflict(name, other, index, finder)


def _close_spellings(token: str, index: NameIndex) -> Iterable[str]:
    """The names whose tokens spell ``token`` close (by first letter and length, so a look-up
    does not grow with the cluster)."""
    if len(token) < MIN_SPELLING_LEN:
        return
    for similar in index.by_shape.get((token[:1], len(token) // SHAPE_BUCKET), ()):
        if similar != token and fuzz.ratio(token, similar) >= SPELLING_RATIO:
            yield from index.by_token[similar]


def _spelled_apart(a: str, b: str) -> bool:
    """Same number of parts, each equal or a close spelling, at least one long one differing."""
    pa, pb = a.split(), b.split()
    if a == b:
        return False
    if len(pa) != len(pb):
        # one name written in other parts: "Vantongeren" / "van Tongeren"
        return "".join(pa).lower() == "".join(pb).lower()
    differing = [_gaelic(x, y) for x, y in zip(pa, pb, strict=True) if x != y]
    return all(
        # (equal rests after a prefix: one name)
        x == y
        or (
            min(len(x), len(y)) >= MIN_SPELLING_LEN
            and (fuzz.ratio(x, y) >= SPELLING_RATIO or _one_letter(x, y))
            and not _derived(x, y)
        )
        for x, y in differing
    )


# 'Mc' and 'Mac' open one family name written two ways ('McKessy' / 'Mackessy', 'McIntyre' /
# 'Mackintyre'), and the letter after them may be a capital or not: when both names carry the
# prefix, the rest of each, in lower case, is what tells two spellings from two names ('McKee' /
# 'McGee' differ in a short rest: two people). 'Mach' opens no such name ('Machin').
_MAC = re.compile(r"^(?:[Mm]c|[Mm]ac(?!h))(?=[A-Za-z])")


def _gaelic(x: str, y: str) -> tuple[str, str]:
    """Two name words as compared: the rests after a 'Mc' or 'Mac' both carry, in lower case,
    else the words as written."""
    if _MAC.match(x) and _MAC.match(y):
        return _MAC.sub("", x).lower(), _MAC.sub("", y).lower()
    return x, y


def _one_letter(x: str, y: str) -> bool:
    """A long name word with one letter changed, not its first ("Imfeld"/"Imfelt"; not
    "Hansen"/"Jansen"); the caller asks that every other part be equal."""
    long_enough = min(len(x), len(y)) >= ONE_LETTER_LEN
    return long_enough and x[0] == y[0] and Levenshtein.distance(x, y) == 1


def _derived(x: str, y: str) -> bool:
    """ "Zealand"/"Zealander": one word made from the other, not a second spelling."""
    short, long = sorted((x, y), key=len)
    suffix = long[len(short) :]
    if not long.startswith(short):
        return False
    # A plural ("Tutsis"), a demonym ("African"); a doubled letter ("Sokhonn") is a spelling.
    return len(suffix) >= 2 or suffix == "s" or (suffix == "n" and short[-1] in "aeiou")


def _family_alone(
    person: str, otherwise: str, index: NameIndex, finder: _Evidence
) -> dict[str, int]:
    """Article id -> where it writes ``person``'s family name alone and never the family name
    spelled ``otherwise`` (``_Evidence.family_alone``), but for articles that name another of
    the family in full: they mean that one by it."""
    given, family = person.split()[-2:]
    others = frozenset(
        article
        for written, at in index.places.items()
        if len(parts := written.split()) > 1 and parts[-1] == family and parts[-2] != given
        for article in at
    )
    return finder.family_alone(person, otherwise, others)


def is_spelled_two_ways(conflict: Conflict) -> bool:
    """The conflict is one person's family name spelled two ways under one given name ("Odalys
    Verhoeven" / "Odalys Verhoven"): a value each outlet gives, as a figure is. Not a given name
    written two ways ("Francis" / "Frances Doherty", "Carol" / "Carole Whitlow": as often two
    people of one family), not accents left out ("Lindén" / "Linden": one spelling), not a
    firm's or a place's name (its first word differs: "Brenock" / "Brennock Dairies"), and not
    an honorific on the given name ("Mr Lin" for Zhao Lin, ``_slip_conflict``: its first word
    differs too; a spelling's values are index names, their titles stripped)."""
    if conflict.kind != "name" or len(conflict.positions) != 2:
        return False
    first, second = (p.value.split() for p in conflict.positions)
    if len(first) < 2 or len(second) < 2 or first[0] != second[0]:
        return False
    return unaccented(first[-1]).casefold() != unaccented(second[-1]).casefold()


def _spelling_conflict(name: str, other: str, index: NameIndex, finder: _Evidence) -> Conflict:
    uses = [_uses_of(written, index, finder) for written in (name, other)]
    families = [written.split()[-1] for written in (name, other)]
    if families[0] != families[1]:
        # an outlet that writes the person only by title and family name ('Captain Treharne
        # told the radio') spells the name as the side whose family name it writes
        for person, otherwise, side in (
            (name, families[1], uses[0]),
            (other, families[0], uses[1]),
        ):
            found = _family_alone(person, otherwise, index, finder)
            for article, offset in found.items():
                if article not in uses[0] and article not in uses[1]:
                    side[article] = finder.at(article, offset)
    positions = (
        Position(value=written, sources=tuple(used), evidence=next(iter(used.values()), ""))
        for written, used in zip((name, other), uses, strict=True)
    )
    return Conflict(kind="name", subject=name, positions=tuple(positions))
