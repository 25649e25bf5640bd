"""'Mr Hest said' after a quotation is the full name the article gave before ('Tom Hest, the
harbour master, ...'), or the cluster's only person of that surname; of two people the cluster
names as often and the article not at all (a Tom Hest and an Ola Hest), neither is guessed: the
speaker stays as written. Every line is invented."""

from __future__ import annotations

from dated_reports import report_of

QUOTE = '"We cannot let anyone sail until we know the wall is safe," Mr Hest said.'
LEAD = "Boats were kept in port at Selby Haven on Monday after a storm damaged the harbour wall."


def speaker(*texts: str) -> str:
    """The speaker the report credits with the one quotation about the wall."""
    report = report_of(*((text, None) for text in texts))
    (quote,) = [q for q in report.quotes if any("wall is safe" in v.text for v in q.variants)]
    return quote.speaker


def test_a_title_and_surname_is_the_full_name_its_article_gave() -> None:
    first = f"{LEAD} Tom Hest, the harbour master, said divers would check the wall. {QUOTE}"
    assert speaker(first, "A storm damaged the harbour wall at Selby Haven.") == "Tom Hest"


def test_a_title_and_surname_is_the_clusters_only_person_of_that_surname() -> None:
    other = "A storm damaged the harbour wall at Selby Haven. Tom Hest, the harbour master, spoke."
    assert speaker(f"{LEAD} {QUOTE}", other) == "Tom Hest"


def test_of_two_people_of_one_surname_named_as_often_neither_is_guessed() -> None:
    other = (
        "A storm damaged the harbour wall at Selby Haven. Tom Hest, the harbour master, said "
        "divers would check it. His cousin Ola Hest, who runs the ferry, cancelled sailings."
    )
    assert speaker(f"{LEAD} {QUOTE}", other) == "Mr Hest"


def test_of_two_people_of_one_surname_the_one_the_article_named_last_speaks() -> None:
    first = (
        f"{LEAD} Tom Hest, the harbour master, said divers would check the wall. His cousin "
        f"Ola Hest runs the ferry. Tom Hest closed the port at noon. {QUOTE}"
    )
    assert speaker(first, "A storm damaged the harbour wall at Selby Haven.") == "Tom Hest"
