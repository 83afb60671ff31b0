"""Reports: tables, disclosure control, exports, lists, PDF, the Reports page."""
