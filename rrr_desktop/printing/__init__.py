"""Printing: bilingual checklist, information sheet, letters -> QTextDocument -> PDF/printer."""
