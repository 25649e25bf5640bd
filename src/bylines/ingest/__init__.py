"""Reading input, shared by every pipeline: files, URLs and feeds in; clean sentences out.

read       files, directories, standard input and JSON Lines into Articles   (read.py)
fetch      the one guarded fetcher for anything named by URL                  (fetch.py)
feeds      the articles an RSS or Atom feed links to                          (feeds.py)
clean      page furniture removed, with a list of what was removed            (clean.py)
             its rules: lines.py, furniture.py, credits.py, stamps.py, repeats.py
dedup      near-duplicate articles marked (the same wire copy twice)          (dedup.py)
sentences  each article split into sentences                                   (sentences.py)
"""
