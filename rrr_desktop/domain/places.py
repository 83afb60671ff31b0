"""Airport and station codes of the region as the place names a person recognises, and
their country (for local times). A code not in the table stays as it was typed.

Why: an information sheet that says "BKK – PNH" means nothing to most people going home.
"""

PLACES: dict[str, tuple[str, str]] = {
    # code: (place, country)
    "BKK": ("Bangkok, Suvarnabhumi airport", "TH"),
    "DMK": ("Bangkok, Don Mueang airport", "TH"),
    "CNX": ("Chiang Mai", "TH"),
    "HKT": ("Phuket", "TH"),
    "PNH": ("Phnom Penh", "KH"),
    "KTI": ("Phnom Penh, Techo airport", "KH"),
    "REP": ("Siem Reap", "KH"),
    "SAI": ("Siem Reap-Angkor", "KH"),
    "VTE": ("Vientiane", "LA"),
    "LPQ": ("Luang Prabang", "LA"),
    "PKZ": ("Pakse", "LA"),
    "RGN": ("Yangon", "MM"),
    "MDL": ("Mandalay", "MM"),
    "NYT": ("Naypyidaw", "MM"),
    "SGN": ("Ho Chi Minh City", "VN"),
    "HAN": ("Hanoi", "VN"),
    "DAD": ("Da Nang", "VN"),
    "CGK": ("Jakarta", "ID"),
    "DPS": ("Denpasar, Bali", "ID"),
    "SUB": ("Surabaya", "ID"),
    "KNO": ("Medan", "ID"),
    "KUL": ("Kuala Lumpur", "MY"),
    "PEN": ("Penang", "MY"),
    "SIN": ("Singapore", "SG"),
    "MNL": ("Manila", "PH"),
    "HKG": ("Hong Kong", "HK"),
    "CAN": ("Guangzhou", "CN"),
    "KMG": ("Kunming", "CN"),
    "PVG": ("Shanghai", "CN"),
    "PEK": ("Beijing", "CN"),
    "DXB": ("Dubai", "AE"),
    "AUH": ("Abu Dhabi", "AE"),
    "DOH": ("Doha", "QA"),
    "RUH": ("Riyadh", "SA"),
    "JED": ("Jeddah", "SA"),
    "KWI": ("Kuwait City", "KW"),
    "DAC": ("Dhaka", "BD"),
    "KTM": ("Kathmandu", "NP"),
    "CMB": ("Colombo", "LK"),
    "DEL": ("Delhi", "IN"),
}


def place_name(code_or_name: str) -> str:
    """ "Phnom Penh (PNH)" for a known code; anything else as it was typed."""
    found = PLACES.get(code_or_name.strip().upper())
    return f"{found[0]} ({code_or_name.strip().upper()})" if found else code_or_name


def place_country(code_or_name: str) -> str:
    found = PLACES.get(code_or_name.strip().upper())
    return found[1] if found else ""
