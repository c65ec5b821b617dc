"""Events: candidates, PLOVER classifier, modality, magnitudes, dates, CAMEO mapping."""
