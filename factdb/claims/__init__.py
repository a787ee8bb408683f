"""Claims as stored: reading them (:mod:`.queries`), reviewing and correcting them
(:mod:`.review`, :mod:`.validation`), their rows from the extractor (:mod:`.rows`), their
identity across versions (:mod:`.fingerprint`, :mod:`.identity`, :mod:`.reextract`), and how a
claim reads as text (:mod:`.description`)."""
