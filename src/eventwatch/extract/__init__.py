"""Event detection: sentences, cues, typing, and the main-event choice."""
