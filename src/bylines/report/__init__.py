"""One event's report: the stages from clean articles to a cited briefing.

``pipeline.build_report`` is the table of contents; every other module here is one stage of it,
or a helper a stage uses (``coverage``, ``quantities``, ``variants``).
"""
