"""Synthetic spreadsheets for tests and for trying the importer by hand."""
