"""Actors: the dated knowledge base and the resolver stage."""
