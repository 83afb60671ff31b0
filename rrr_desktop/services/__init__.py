"""Use cases shared by the UI and the CLI: the only door to case data."""
