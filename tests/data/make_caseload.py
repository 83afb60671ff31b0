"""Write a synthetic caseload spreadsheet like an organisation's own (all names invented).

    python tests/data/make_caseload.py OUT.csv|OUT.xlsx [ROWS] [SEED]

Headers are the organisation's own words ("Ref", "First name", "Gender", "DOB" ...);
values mix languages and formats the importer must understand (Perempuan, nữ, ស្រី;
31/03/2024 and 2024-03-31). Every row is valid, so the whole file imports.
"""

import csv
import datetime as dt
import random
import sys
from pathlib import Path

HEADERS = [
    "Ref",
    "First name",
    "Surname",
    "Gender",
    "DOB",
    "Age",
    "Nationality",
    "Country of origin",
    "Sector",
    "Destination country",
    "Intake date",
    "Project",
    "Status",
    "Notes",
]
PEOPLE = {
    "KH": (
        ["Sokha", "Dara", "Srey", "Vanna", "Chenda"],
        ["Chan", "Sok", "Kim", "Ly"],
        ["F", "ស្រី", "Female"],
        ["M", "ប្រុស", "Male"],
        "Cambodia",
    ),
    "VN": (
        ["Lan", "Mai", "Hoa", "Minh", "Tuan"],
        ["Nguyễn", "Trần", "Lê", "Phạm"],
        ["nữ", "F"],
        ["nam", "M"],
        "Viet Nam",
    ),
    "ID": (
        ["Siti", "Dewi", "Rina", "Budi", "Agus"],
        ["Wati", "Sari", "Putri", "Santoso"],
        ["Perempuan", "P"],
        ["Laki-laki", "L"],
        "Indonesia",
    ),
    "MM": (
        ["Aye", "Thandar", "Khin", "Kyaw", "Zaw"],
        ["Win", "Myint", "Oo", "Htun"],
        ["မ", "Female"],
        ["ကျား", "Male"],
        "Myanmar",
    ),
    "LA": (
        ["Noy", "Keo", "Phet", "Bounmy", "Somchai"],
        ["Vong", "Sy", "Phan", "Chanh"],
        ["ຍິງ", "F"],
        ["ຊາຍ", "M"],
        "Laos",
    ),
}
ORIGIN_WEIGHTS = [("KH", 40), ("VN", 25), ("ID", 20), ("MM", 10), ("LA", 5)]
SECTORS = [
    ("Domestic work", 30),
    ("Sexual exploitation", 18),
    ("Palm oil", 12),
    ("Fishing", 12),
    ("Construction", 8),
    ("Factory", 10),
    ("Restaurant", 5),
    ("Begging", 3),
    ("Other", 2),
]
PROJECTS = ["Mekong RRR Phase II", "Mekong RRR Phase III", "Regional Shelter Support"]
STATUSES = [
    ("Intake", 10),
    ("Shelter", 20),
    ("Return preparation", 15),
    ("Returned", 5),
    ("Reintegration", 25),
    ("Follow-up", 15),
    ("Closed", 10),
]


def _pick(rng: random.Random, weighted: list[tuple[str, int]]) -> str:
    return rng.choices([w[0] for w in weighted], [w[1] for w in weighted])[0]


def rows(count: int, seed: int) -> list[list[object]]:
    rng = random.Random(seed)
    today = dt.date(2026, 11, 1)
    out: list[list[object]] = []
    for n in range(count):
        origin = _pick(rng, ORIGIN_WEIGHTS)
        given, family, female, male, country_name = PEOPLE[origin]
        intake = today - dt.timedelta(days=rng.randint(0, 700))
        roll = rng.random()
        age = rng.randint(18, 45) if roll < 0.75 else rng.randint(1, 17) if roll < 0.98 else 0
        is_female = rng.random() < 0.8
        dob = intake - dt.timedelta(days=age * 365 + rng.randint(0, 300))
        with_dob = rng.random() < 0.6
        day_first = rng.random() < 0.5
        fmt = "%d/%m/%Y" if day_first else "%Y-%m-%d"
        out.append(
            [
                f"KH-{intake.year}-{n + 1:05d}" if rng.random() < 0.3 else "",
                rng.choice(given),
                rng.choice(family),
                rng.choice(female if is_female else male),
                dob.strftime("%Y-%m-%d") if with_dob else "",
                "" if with_dob else age,
                origin if rng.random() < 0.5 else country_name,
                country_name if rng.random() < 0.5 else origin,
                _pick(rng, SECTORS),
                rng.choice(["Thailand", "Malaysia", "TH", "MY"]),
                intake.strftime(fmt) if intake.day > 12 or not day_first else intake.isoformat(),
                rng.choice(PROJECTS),
                _pick(rng, STATUSES),
                "synthetic row",
            ]
        )
    return out


def write(path: Path, count: int = 300, seed: int = 11) -> Path:
    data = rows(count, seed)
    if path.suffix == ".xlsx":
        import openpyxl

        book = openpyxl.Workbook()
        sheet = book.active
        sheet.append(HEADERS)
        for line in data:
            sheet.append(line)
        book.save(path)
    else:
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            csv.writer(handle).writerows([HEADERS, *data])
    return path


if __name__ == "__main__":
    target = Path(sys.argv[1])
    write(
        target,
        int(sys.argv[2]) if len(sys.argv) > 2 else 300,
        int(sys.argv[3]) if len(sys.argv) > 3 else 11,
    )
    sys.stderr.write(f"wrote {target}\n")
