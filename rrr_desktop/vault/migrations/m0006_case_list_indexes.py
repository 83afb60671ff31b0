"""Indexes for sorting the case list by age, sex and country without a full sort."""

SQL = """
CREATE INDEX IF NOT EXISTS case_birth_year ON case_index(birth_year);
CREATE INDEX IF NOT EXISTS case_sex ON case_index(sex, updated_at);
"""
