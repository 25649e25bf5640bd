"""Stories: a stream of articles grouped into events that keep their ids (pipeline.py)."""
