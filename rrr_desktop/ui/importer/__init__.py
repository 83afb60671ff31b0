"""Importing an existing caseload from a spreadsheet: a wizard (file, columns, preview,
import). Opened from the Reports page; the Cases page may offer the same entry."""
