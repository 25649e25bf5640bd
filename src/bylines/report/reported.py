"""Reported speech: sentences that give someone's words without quotation marks.

One outlet quotes '"We will rebuild the school," Mayor Lena Voss said'; another writes 'Voss
said they would rebuild the school', 'The school will be rebuilt, according to the mayor' or
'The school will be rebuilt, said Lena Voss, the mayor'. This module reads such sentences into
who spoke and what they said; the quotes stage joins them to a direct quotation of the same
person with the same content (tense and person shifts are stop words there, so "we will" and
"they would" meet).

Forms read, each with any speech verb (said, told reporters, confirmed, warned ...):
  lead      WHO said (on Friday) (that) WHAT
  tail      WHAT, WHO said (on Friday).
  inverted  WHAT, said WHO(, apposition).
  according According to WHO, WHAT. / WHAT, according to WHO.
WHO is resolved to a person of the cluster: a name ("Vesely", "Health Minister Ilse Marno"), or
a pronoun or a title ("she", "the mayor") pointing back to the last person the article named.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from bylines.report.names import NOT_NAMES, TITLES, NameIndex, name_tokens
from bylines.types import Sentence
from bylines.wordlists import AUXILIARIES, PERSON_NOUNS, wordset

# Longer sentences are not read: a speech sentence is short, and the patterns below backtrack
# (quadratic in the length), so a run-on paragraph without stops must not reach them.
MAX_SENTENCE_CHARS = 400
# What someone said has at least this many characters ("it was too early" is 16).
MIN_WHAT_CHARS = 12
# The subject of a speech verb has at most this many words ("Anna Berg, the fire chief of
# Eastport,"); a longer stretch before the verb is a clause, not a speaker.
MAX_WHO_WORDS = 12

_VERBS = (
    r"said|says|told|tells|added|adds|stated|warned|warns|insisted|insists|confirmed|confirms|"
    r"announced|explained|argued|claimed|admitted|acknowledged|promised|pledged|vowed|"
    r"predicted|estimated|denied|stressed|noted|maintained|repeated|conceded|suggested|"
    r"assured|reiterated|cautioned|emphasi[sz]ed|believes|believed|wrote|writes|urged|"
    r"expects|expected|hopes|hoped|fears|feared|thinks|thought|doubted|blamed|welcomed|"
    r"congratulated|thanked|apologi[sz]ed|praised|critici[sz]ed|condemned|wished|asked|"
    r"has said|had said|also said|later said|earlier said|"
    # the present beside the past, as broadcasters and papers in the present tense write them
    # ('Fairlie admits this rise is above inflation')
    r"admits|concedes|denies|acknowledges|argues|explains|announces|reiterates|"
    # (a word that is also a plural noun only before what opens a clause or at the end: 'Voss
    # claims the school', '..., Voss claims.', not 'Insurance claims rose')
    r"(?:claims|promises|pledges|vows|stresses)(?=\s+(?:that|the|a|an|he|she|it|they|we|"
    r"his|her|its|their|this|these|there|no|nobody|every)\b|[.!]?$)"
)
# Verbs that are part of what was said ("congratulated him" reports "I congratulate him"): the
# reported words keep them.
_CONTENT_VERBS = wordset(
    """congratulated thanked apologised apologized praised criticised criticized condemned
    wished welcomed blamed denied admitted promised pledged vowed urged hoped feared asked
    denies admits promises pledges vows"""
)
# "asked whether ...", "asked why ...": a question put, not words said.
_QUESTION = re.compile(r"(?:whether|if|why|how|what|who|when|where|which)\b", re.IGNORECASE)
_NO_QUOTE = r"[^\"“”«»„]"
_WHAT = rf"(?P<what>{_NO_QUOTE}{{{MIN_WHAT_CHARS},}}?)"
# Whom the words were told to, after "told" or "tells" only: a pronoun ("told me the company
# could not have done more"), the outlet's own reporter or paper ("told our reporter she talks
# to it"), or an owner's people ("told Ribbon's staff the depot would close": a capitalised
# owner and one noun). Left in, the object opened the words ("me the company ..."), and the
# quotes stage set such words against the quotation they report. A name or an outlet is the
# capitalised run after it in _ADVERBIAL; "told the court that ..." is read as before. "her"
# and an owner's people only before a clause's first word (_CLAUSE_OPENS): "told her staff the
# depot ..." is her staff told, and in "told the BBC Larkway's depot would close" the owner's
# noun is the words' subject (a review of small31 found it skipped).
_CLAUSE_OPENS = r"(?=\s+(?:that|the|a|an|he|she|it|they|we)\b)"
_TOLD_OBJECT = (
    rf"(?:(?<=told )|(?<=tells ))(?:me|us|him|them|her{_CLAUSE_OPENS}"
    r"|(?:our|this)\s+(?:reporter|correspondent|newspaper|paper|programme|station|website)"
    rf"|(?:the\s+)?[A-Z][\w-]*['’]s\s+[a-z]+{_CLAUSE_OPENS})(?=\s)"
)
# "told reporters", "told Radio Kestrel", "said on Friday", "said in a statement": what may sit
# between the verb and the reported words when no "that" marks where they start.
# A name there only after "told" ("told Radio Kestrel"): after "said" it is the words' subject
# ("said Almgren would accept"). Sentences are read with single spaces, so the look-behind holds.
_ADVERBIAL = (
    rf"(?:\s+(?:reporters|journalists|{_TOLD_OBJECT}"
    r"|(?:(?<=told )|(?<=tells ))(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*)*|(?:late\s+|early\s+)?on\s+\w+(?:\s+(?:morning|afternoon|evening|night))?|in\s+a\s+statement|in\s+an\s+interview|(?:last|this)\s+\w+"
    r"|yesterday|today|tonight))*"
)
# "that" after the verb and its adverbials only: a later "that" may open a relative clause
# ("said the law would protect the boats that keep ...").
_LEAD = re.compile(
    rf"^(?P<who>{_NO_QUOTE}{{2,120}}?)\s+(?P<verb>{_VERBS})\b{_ADVERBIAL},?(?:\s+that)?\s+"
    rf"{_WHAT}[.!]?$"
)
# "Edvik defended the law, saying (that) it protects ...": the sentence's subject speaks.
_PARTICIPLE = re.compile(
    rf"^(?P<who>[^\"“”«»„,]{{2,120}}?),\s+(?:saying|adding|warning|insisting|arguing|noting|"
    rf"stressing|explaining)(?:\s+that)?\s+{_WHAT}[.!]?$"
)
# A word of a short phrase (no space, comma or quotation mark).
_WORD = r"[^\s,\"“”«»„]+"
# After the verb of a tail only a few words ("..., Vesely told reporters on Monday."): more is
# the reported words themselves ("In his speech, Tran said the city had voted for change").
_TAIL = re.compile(
    rf"^{_WHAT},\s+(?P<who>[^\"“”«»„,]{{2,80}}?)\s+(?:{_VERBS})\b(?:\s+{_WORD}){{0,5}}[.!]?$"
)
# After an inverted verb the speaker opens with a name or a determiner and is a short phrase
# before any apposition ("said Anna Berg, the head teacher", "said the mayor"), not "in a
# statement on Friday that ..." nor "Almgren would accept the verdict" (a lead's words).
_INVERTED = re.compile(
    rf"^{_WHAT},\s+(?:{_VERBS})\s+(?P<who>(?:[A-Z]|(?:the|a|an|his|her|its|their)\s)"
    rf"{_WORD}(?:\s+{_WORD}){{0,5}}(?:,{_NO_QUOTE}{{1,80}})?)[.!]?$"
)
_ACCORDING_LEAD = re.compile(rf"^According\s+to\s+(?P<who>[^,]{{2,80}}),\s+{_WHAT}[.!]?$")
_ACCORDING_TAIL = re.compile(
    rf"^{_WHAT},?\s+according\s+to\s+(?P<who>[^,.]{{2,80}})(?:,{_NO_QUOTE}*)?[.!]?$"
)
_CUE = re.compile(
    rf"\b(?:{_VERBS}|saying|adding|warning|insisting|arguing|noting|stressing|"
    r"explaining|according to)\b",
    re.IGNORECASE,
)
# The order matters: a tail or "according to" names the speaker of the whole sentence, whose
# first words may themselves be a lead ("The company confirmed that ..., spokesman Hove said").
_FORMS = (_ACCORDING_LEAD, _ACCORDING_TAIL, _TAIL, _INVERTED, _PARTICIPLE, _LEAD)
# How many sentences back a pronoun or a title ("she said", "the mayor told reporters") looks
# for the person it points to; the quotes stage looks as far (POINTER_LOOKBACK).
LOOKBACK_SENTENCES = 3
# A quotation inside a sentence, and how many words make it the quotes stage's (its
# MIN_QUOTE_WORDS: shorter ones are scare quotes, left to this module).
QUOTED = re.compile(r"[\"“«„]([^\"“”«»„]*)[\"”»“]")
MIN_QUOTED_WORDS = 3
# A capitalised run, "of" allowed inside ("Minister of Health Ilse Marno").
_NAME = re.compile(r"[A-Z][\w’'.-]*(?: (?:of )?[A-Z][\w’'.-]*)*")
_PRONOUNS = wordset("he she")
# Lower-case nouns for one person that a subject may use instead of a name ("the head teacher
# said", "the vet said"): the person nouns, and an office that is no person noun elsewhere (a
# coach is also a bus, a head a body's); the titles names.py knows ("the mayor", "the
# minister", "the inspector") count too. Plural and institutional subjects ("officials", "the
# ministry") name nobody in particular.
_ONE_PERSON_NOUNS = PERSON_NOUNS | wordset("coach chair head professor")
# Adverbs between a subject and its verb: "She also apologised", "The mayor later told".
_ADVERBS = wordset("also later then again further earlier once repeatedly twice too still")
_NOT_PEOPLE = wordset("officials police ministry company government authorities agency")


@dataclass(frozen=True, slots=True)
class Reported:
    """A sentence in reported speech: who said it (a cluster person, or "" for an institution
    or anyone the sentence does not name) and the words they are reported to have said."""

    sentence: Sentence
    speaker: str
    person: bool  # whether ``speaker`` is one of the cluster's people
    what: str
    named: bool = True  # False when a pronoun or a title ("she", "the mayor") points to them


def find_reported(sentences: Sequence[Sentence], index: NameIndex) -> tuple[Reported, ...]:
    """Every sentence of reported speech, in article and sentence order."""
    by_article: dict[str, list[Sentence]] = defaultdict(list)
    for sentence in sentences:
        by_article[sentence.article].append(sentence)
    found: list[Reported] = []
    for article_sentences in by_article.values():
        found.extend(_article_reported(article_sentences, index))
    return tuple(found)


def _article_reported(sentences: Sequence[Sentence], index: NameIndex) -> list[Reported]:
    """One article's reported speech; a pronoun or title points to the last person named."""
    ordered = sorted(sentences, key=lambda s: s.index)
    found: list[Reported] = []
    for number, sentence in enumerate(ordered):
        earlier = ordered[max(0, number - LOOKBACK_SENTENCES) : number]
        reported = read_reported(sentence, index, partial(_last_person, earlier, index))
        if reported is not None:
            found.append(reported)
    return found


def read_reported(
    sentence: Sentence, index: NameIndex, last_person: Callable[[], str] = str
) -> Reported | None:
    """The sentence as reported speech, or None when it is not one; ``last_person`` gives the
    person a pronoun or a title would point to (asked only then: names cost to resolve)."""
    text = _without_short_quotes(" ".join(sentence.text.split()))
    if len(text) > MAX_SENTENCE_CHARS or not _CUE.search(text):
        return None  # most sentences: no verb of speech, no pattern to try
    unnamed: Reported | None = None
    for form in _FORMS:
        match = form.match(text)
        if match is None:
            continue
        who = match.group("who").strip(" ,")
        # (a participle's "who" is a clause of its own: "Kessrow denied it, saying ...")
        if len(who.split()) > MAX_WHO_WORDS or _not_a_subject(who, form is not _PARTICIPLE):
            continue
        speaker, person, named = _resolve(who, index, last_person)
        what = _inner_what(match.group("what")).strip(" ,.")
        verb = match.groupdict().get("verb") or ""
        if verb == "asked" and _QUESTION.match(what):
            continue
        what = f"{verb} {what}" if verb in _CONTENT_VERBS else what
        if speaker:
            return Reported(sentence, speaker, person, what, named)
        # "Berg, who leads the team, said the search would go on" also reads as an inverted
        # tail whose "speaker" is "the search would go on": a form naming nobody is the last
        # resort, after every form that names someone.
        unnamed = unnamed or Reported(sentence, "", False, what)
    return unnamed


def _without_short_quotes(text: str) -> str:
    """The sentence with the marks of its short quotes dropped: 'Lowry said "nobody's safety"
    came first' is reported speech around a scare quote, which the quotes stage does not keep;
    a sentence with a longer quotation is that quotation's, and stays as it is."""
    spans = list(QUOTED.finditer(text))
    if any(len(m.group(1).split()) >= MIN_QUOTED_WORDS for m in spans):
        return text
    return QUOTED.sub(lambda m: m.group(1), text)


def _inner_what(what: str) -> str:
    """The words said, without a lead of their own ("The company confirmed that ...") or an
    apposition the "according to" form leaves in front ("a hydrologist, the river ...")."""
    inner = _LEAD.match(what)
    if (
        inner is not None
        and len(inner.group("who").split()) <= MAX_WHO_WORDS
        and not _not_a_subject(inner.group("who"))
    ):
        return inner.group("what")
    apposition = re.match(r"^(?P<head>(?:a|an|the)\s+[^,]{1,40}),\s+(?P<rest>.{12,})$", what)
    # not the words themselves, with a clause after them ("the fire had started in the dye
    # store, where solvents are kept", "the painting could be restored, although the work would
    # take a year"): a head with a verb of its own is the words; an apposition has none ("the
    # caretaker, as many as 300 pupils were inside"; review letters28)
    if apposition is None or _RELATIVE.match(apposition.group("rest")):
        return what
    return what if _has_a_verb(apposition.group("head")) else apposition.group("rest")


_RELATIVE = re.compile(r"(?:where|which|who|whom|whose|when|while)\b", re.IGNORECASE)


def _has_a_verb(part: str) -> bool:
    """Whether the part before a comma is a clause, by an auxiliary or modal of its own ('the
    painting could be restored, although ...'); an apposition holds none ('the caretaker', 'the
    retired head', 'the manager of Caldy United'). A past alone decides nothing: after a noun it
    may be a verb ('the water receded quickly') or a modifier ('the three stranded climbers'),
    and the ending -ly names nouns too ('the family moved'; reviews of letters28), so such a
    part is read as an apposition, as before."""
    return any(word in AUXILIARIES for word in part.split()[1:])  # ('since May' holds none)


def _resolve(who: str, index: NameIndex, last_person: Callable[[], str]) -> tuple[str, bool, bool]:
    """(speaker, is a cluster person, named in the subject): a person named in the subject; a
    pronoun or a person's title pointing back to the last person named; else nobody."""
    runs = list(_NAME.finditer(who))
    # a name before a noun of its own is that noun's modifier ("The leader of Caddow council,
    # Gerald Unwin", "Nordvale boss Oskar Lindén"): the person is the name that heads the subject
    heads = [run for run in runs if not _modifies(who, run)]
    for run in [*heads, *(run for run in runs if run not in heads)]:
        # not an owner: "Varnek's chief executive Liv Marthinsen" is Marthinsen
        if (
            name_tokens(run.group())
            and index.is_person(run.group())
            and not possessive(run.group())
        ):
            return index.canonical(run.group()), True, True
    words = [w.lower().strip(",.") for w in who.split()]
    words = [w for w in words if w not in {"the", "a", "an", "its", "his", "her", "their"}]
    words = [w for w in words if w not in _ADVERBS]  # "She also apologised", "he later said"
    if len(words) == 1 and words[0] in _PRONOUNS:
        pointed = last_person()
        return pointed, bool(pointed), False
    if _described_person(who, words):
        described = index.canonical(who)
        if index.is_person(described):
            return described, True, False
        pointed = last_person()
        return pointed, bool(pointed), False
    for run in _NAME.finditer(who):
        named = name_tokens(run.group())
        if named and not {t.lower() for t in named} & (_NOT_PEOPLE | NOT_NAMES):
            return index.canonical(run.group()), False, True
    return "", False, False


def _not_a_subject(who: str, bare: bool = True) -> bool:
    """A stretch read as the subject that ends in a passive ("could not be", the verb after it
    is no one speaking), or, where a bare subject is wanted, holds a speech verb of its own
    ("told VRK Sport the level could not be", before "explained by ..."): the words of a
    sentence of another form."""
    return bool(_PASSIVE.search(who)) or (bare and bool(_CUE.search(who)))


# The auxiliary of a passive right before the verb: "the claim was denied", "could not be
# explained".
_PASSIVE = re.compile(r"\b(?:be|been|being|is|was|were|are)$", re.IGNORECASE)
# Words a person's name may stand before in a subject without being their modifier.
_AFTER_NAME = wordset("of from at for in on who whose and himself herself")


def _modifies(who: str, run: re.Match[str]) -> bool:
    """A name followed by a lower-case noun of the subject ("Caddow council", "Nordvale boss"),
    so the name is that noun's modifier, not the person who spoke."""
    following = who[run.end() :].split(maxsplit=1)
    word = following[0] if following else ""
    return word[:1].islower() and word.strip(",.") not in _AFTER_NAME


def possessive(name: str) -> bool:
    """A name written as an owner ("Varnek's" chief executive): not the one who speaks."""
    return name.endswith(("'s", "’s"))


def _described_person(who: str, words: Sequence[str]) -> bool:
    """ "the mayor", "the head teacher": one person by office, in lower case after the first
    letter (not "the ministry", not "officials")."""
    lowered = who[:1].lower() + who[1:] == who.lower()
    head = words[: words.index("of")] if "of" in words else words  # "the head of the service"
    if not head or not lowered or head[-1] in _NOT_PEOPLE:
        return False
    return head[-1] in _ONE_PERSON_NOUNS or head[-1] in TITLES


def _last_person(sentences: Sequence[Sentence], index: NameIndex) -> str:
    """The last person the sentences name (the nearest sentence first), not counting an owner
    in the apposition of the person before it ('Harriet Quayle, Eastline's route director,
    said ...': 'she' is Quayle, not Eastline). An owner named otherwise still counts ('Arne
    Dahl questioned Mira Kell's account. She said ...' is Kell)."""
    for sentence in reversed(sentences):
        text = sentence.text
        people = [r for r in _NAME.finditer(text) if index.is_person(r.group())]
        kept = [
            run
            for k, run in enumerate(people)
            if not (
                k
                and possessive(run.group())
                and _OWNER_IN_APPOSITION.fullmatch(text, people[k - 1].end(), run.start())
            )
        ]
        if kept:
            return index.canonical(kept[-1].group())
    return ""


# Between a person and an owner named in the person's apposition: ', ', ', the head of ', ',
# who chairs ' (a comma, then five lower-case words at most; 'Dahl questioned Kell's account',
# where the owner is the verb's object, has no comma).
_OWNER_IN_APPOSITION = re.compile(r",\s+(?:[a-z]+\s+){0,5}")
