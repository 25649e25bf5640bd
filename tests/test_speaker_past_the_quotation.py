"""Who speaks is named at the speech verb outside the quoted words: a "told" or "said" inside
the quotation ("Park only where you are told," said ...) named the quotation's first word as
the speaker, so two outlets giving the words to two people agreed, and one giving them to the
same person in another order did not. Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from bylines.report.values import Reading, value_mismatches


def _speaker_differs(shown: str, other: str) -> bool:
    return any(m.subject == "speaker" for m in value_mismatches(shown, other, Reading()))


@pytest.mark.parametrize(
    ("shown", "other", "differ"),
    [
        (  # the same words given to two people
            '"Park only where you are told," said county recorder Anselm Mott.',
            '"Park only where you are told," said Westmoor council leader Maureen Askew.',
            True,
        ),
        (  # one person, named before or after the verb
            '"Park only where you are told," said county recorder Anselm Mott.',
            '"Park only where you are told," Anselm Mott said.',
            False,
        ),
        (
            '"When I said fire, nobody moved," Tomas Pike told the Courier.',
            '"When I said fire, nobody moved," said Ilse Brand.',
            True,
        ),
        (
            '"When I said fire, nobody moved," Tomas Pike told the Courier.',
            '"When I said fire, nobody moved," said Tomas Pike.',
            False,
        ),
        (  # no quotation: the first speech verb, as before
            "Tomas Pike said he had told the tenants twice.",
            "Tomas Pike said the tenants were told twice.",
            False,
        ),
    ],
)
def test_who_speaks_is_read_past_the_quotation(shown: str, other: str, differ: bool) -> None:
    assert _speaker_differs(shown, other) == differ
