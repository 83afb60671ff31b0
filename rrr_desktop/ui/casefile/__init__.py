"""The case file: one view per open case with its section tabs."""
