from __future__ import annotations

from bylines import Article, build_report, to_json


def test_one_article_reports_its_sentences() -> None:
    article = Article(
        id="a", text="The bridge opened on Monday. It cost 9 million euros.", source="A"
    )
    report = build_report([article])
    assert report.summary[0].text == "The bridge opened on Monday."
    assert '"schema": "bylines.report/1"' in to_json(report)
