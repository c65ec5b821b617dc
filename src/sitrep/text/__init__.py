"""The shared linguistic layer: dates, spans, normalisation and the lexicon loader.

Every stage reads it; none re-implements it. It imports nothing from the stages, the store or
the CLI (only :mod:`sitrep.errors`).
"""
