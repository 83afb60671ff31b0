"""Spreadsheet import: rules, reading, preview, all-or-nothing apply, CLI."""
