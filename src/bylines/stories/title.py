"""Stage 6: a neutral headline for a story: the words most of its headlines share.

Not one outlet's headline (that would take its angle): the content words found in at least
SHARED of the headlines, in the order and spelling of the headline holding most of them. A story
with one article, or headlines that share too little, keeps the headline closest to the others.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

# Share of the headlines a word must be in to stand in the neutral headline.
SHARED = 0.5
# Fewer shared words than this says too little ("Police"): use the most central headline.
MIN_WORDS = 3
_TOKEN = re.compile(r"[\w'’.-]*\w")


def neutral_title(titles: Sequence[str]) -> str:
    from sklearn.feature_extraction._stop_words import ENGLISH_STOP_WORDS

    titles = [t.strip() for t in titles if t.strip()]
    if not titles:
        return "(untitled)"
    words = [[w for w in _TOKEN.findall(t) if w.lower() not in ENGLISH_STOP_WORDS] for t in titles]
    counts = Counter(w for ws in words for w in {x.lower() for x in ws})
    shared = {w for w, n in counts.items() if n >= max(2, SHARED * len(titles))}
    best = max(range(len(titles)), key=lambda i: (sum(counts[w.lower()] for w in words[i]), -i))
    if len(shared) < MIN_WORDS:
        return titles[best]
    chosen = dict.fromkeys(w for w in words[best] if w.lower() in shared)
    rest = sorted(shared - {w.lower() for w in chosen}, key=lambda w: (-counts[w], w))
    return " ".join([*chosen, *rest])
