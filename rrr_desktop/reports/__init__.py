"""Reports: aggregate tables with small-cell suppression, CSV/PDF export, charts."""
