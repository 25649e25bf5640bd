"""The language an article is written in, as an ISO 639-1 code ("en", "zh", "ar", "ru"...).

The analysis after cleaning (alignment models, names, quotes, figures) is built for English; the
report says so for any article in another language, which is still read, kept and shown.

py3langid (BSD, its model inside the package, 97 languages) does the work. Loading its model costs
~0.7 s on a cold start, so an article that is plainly English (many of the commonest English
function words and almost no letters outside Latin script) is called English without it.
"""

from __future__ import annotations

import re

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
# Texts shorter than this many letters are too short for the model to be trusted.
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


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the text is too short to tell."""
    sample = text[:MAX_SAMPLE_CHARS]
    head = sample[:FAST_SAMPLE_CHARS]
    letters = len(LETTER_RE.findall(head))
    if letters < MIN_LETTERS:
        return None
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
