"""Claims: attribution extraction (cue, source, content, chains, disputes)."""
