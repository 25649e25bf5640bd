"""The language an article is written in, as an ISO 639-1 code ("en", "zh", "ar", "ru"...).

The analysis after cleaning (alignment models, names, quotes, figures) is built for English; the
report says so for any article in another language, which is still read, kept and shown.

py3langid (BSD, its model inside the package, 97 languages) does the work. Loading its model costs
~0.7 s on a cold start, so an article that is plainly English (many of the commonest English
function words and almost no letters outside Latin script) is called English without it.

A text too short for the model (a caption, a one-line brief) is still named when it is written in
a script other than Latin: a script is evidence even in a few letters ("北京地震" is not English),
and the report must say such an article is not read as English. It is named by the commonest
language of its script in the news (a short Ukrainian text reads "ru": wrong in the code, right in
what the report needs, that it is not English). A short Latin-script text stays unnamed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The commonest English function words. Running English prose has 25-35 % of its words in this
# set; French, Spanish, German or Dutch news text has under 5 % (only "in", "a", "was"... collide),
# so a share of at least ENGLISH_SHARE settles it without the model.
ENGLISH_WORDS = frozenset(
    {"the", "of", "and", "to", "in", "a", "is", "was", "that", "for", "on", "with", "said", "as",
     "by", "at", "from", "it", "his", "her", "has", "have", "are", "were", "be", "will", "not",
     "but", "their", "they", "who", "which", "this", "an"}
)  # fmt: skip
ENGLISH_SHARE = 0.2
# ...when the text has at least this many words (a few lines can be English by chance).
MIN_FAST_WORDS = 20
# Letters outside Latin script above this share mean another script is written; the model decides.
MAX_OTHER_SCRIPT_SHARE = 0.05
# Texts shorter than this many letters are too short for the model to be trusted (it calls
# "Взрыв" Belarusian and "北京" Wu Chinese): only their script is read.
MIN_LETTERS = 12
# The model reads at most this many characters: enough for a confident call, and it bounds the
# time on a huge input.
MAX_SAMPLE_CHARS = 5000

# The English check reads this much of the text: a few paragraphs settle it.
FAST_SAMPLE_CHARS = 2000

WORD_RE = re.compile(r"[^\W\d_]+")
LETTER_RE = re.compile(r"[^\W\d_]")
# Letters outside Basic Latin, Latin-1 and Latin Extended A/B (the letters English, French,
# German... use).
OTHER_SCRIPT_RE = re.compile(r"[^\W\d_a-zA-Z\u00c0-\u024f]")


@dataclass(frozen=True)
class Script:
    """A script and the language a short text written in it is taken to be; ``sign``, when set,
    letters only that language writes, one of which the text must hold."""

    letters: re.Pattern[str]
    code: str
    sign: re.Pattern[str] | None = None


# Scripts a short text is named by, each with the commonest language written in it in the news.
# Read in this order, the first that holds enough of the letters wins. Japanese is written in kana
# and Han characters, Chinese in Han alone: a text with a kana is Japanese, one without is Chinese.
KANA = r"\u3040-\u30ff\u31f0-\u31ff"
HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
SCRIPTS = (
    Script(re.compile(f"[{KANA}{HAN}]"), "ja", sign=re.compile(f"[{KANA}]")),
    Script(re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]"), "ko"),  # hangul
    Script(re.compile(f"[{HAN}]"), "zh"),
    Script(re.compile(r"[\u0400-\u052f]"), "ru"),  # Cyrillic
    Script(re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]"), "ar"),
    Script(re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]"), "el"),  # Greek
    Script(re.compile(r"[\u0590-\u05ff]"), "he"),  # Hebrew
    Script(re.compile(r"[\u0900-\u097f]"), "hi"),  # Devanagari
    Script(re.compile(r"[\u0e00-\u0e7f]"), "th"),  # Thai
)
# A short text is named by its script only when at least this many of its letters are written in
# it: one letter is a symbol in English text ("a 5 Ω resistor", "π"), two are a word.
MIN_SCRIPT_LETTERS = 2
# ...and when at least this share of its letters is (a Latin dateline or outlet name beside a
# short Chinese line is fine; a Greek letter in an English caption is not Greek).
MIN_SCRIPT_SHARE = 0.5


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the text is too short to tell (under
    MIN_LETTERS letters, none of them in another script than Latin)."""
    sample = text[:MAX_SAMPLE_CHARS]
    head = sample[:FAST_SAMPLE_CHARS]
    letters = len(LETTER_RE.findall(head))
    if letters < MIN_LETTERS:
        return _language_of_script(head, letters)
    if _is_plain_english(head, letters):
        return "en"
    import py3langid

    code, _score = py3langid.classify(sample)
    return str(code)


def _is_plain_english(head: str, letters: int) -> bool:
    if len(OTHER_SCRIPT_RE.findall(head)) > MAX_OTHER_SCRIPT_SHARE * letters:
        return False
    words = [word.lower() for word in WORD_RE.findall(head)]
    if len(words) < MIN_FAST_WORDS:
        return False
    return sum(word in ENGLISH_WORDS for word in words) >= ENGLISH_SHARE * len(words)


def _language_of_script(head: str, letters: int) -> str | None:
    """The language of a text too short for the model, read from its script: None when it is
    written in Latin letters (or has none)."""
    written = "".join(LETTER_RE.findall(head))  # (not its digits or punctuation: "٣", "،")
    for script in SCRIPTS:
        if script.sign and not script.sign.search(written):
            continue
        count = len(script.letters.findall(written))
        if count >= MIN_SCRIPT_LETTERS and count >= MIN_SCRIPT_SHARE * letters:
            return script.code
    return None
