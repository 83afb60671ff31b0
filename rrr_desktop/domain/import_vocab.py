"""Words a spreadsheet may use for our fields and values, in the region's languages.

Keys are folded (case, accents and punctuation ignored) so ``Laki-laki`` matches
``laki laki``. Thai, Khmer, Lao and Burmese marks are kept: they change the word.
"""

import re
import unicodedata

from rrr_desktop.domain.enums import ClosureReason, ExploitationSector, Sex, Stage


def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive key for headers and vocabulary."""
    text = unicodedata.normalize("NFKD", str(text).strip().casefold())
    text = "".join(c for c in text if not unicodedata.combining(c) or ord(c) > 0x0E00)
    return re.sub(r"[\s\-_./()]+", " ", text).strip()


def _vocab(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {fold(word): value for value, words in table.items() for word in (value, *words)}


HEADERS = _vocab(
    {
        "reference": (
            "ref",
            "case reference",
            "case ref",
            "case no",
            "case number",
            "case id",
            "reference number",
            "no dossier",
            "numero de dossier",
            "referencia",
            "nomor kasus",
            "ma ho so",
        ),
        "given_name": (
            "first name",
            "firstname",
            "given name",
            "forename",
            "name",
            "prenom",
            "nombre",
            "nama depan",
            "nama",
            "ten",
            "ชื่อ",
        ),
        "family_name": (
            "last name",
            "lastname",
            "surname",
            "family name",
            "nom",
            "nom de famille",
            "apellido",
            "apellidos",
            "nama keluarga",
            "nama belakang",
            "ho",
            "นามสกุล",
        ),
        "sex": (
            "gender",
            "sex m f",
            "sexe",
            "genre",
            "sexo",
            "genero",
            "jenis kelamin",
            "jantina",
            "gioi tinh",
            "เพศ",
        ),
        "date_of_birth": (
            "dob",
            "birth date",
            "birthdate",
            "date of birth",
            "born",
            "date de naissance",
            "fecha de nacimiento",
            "tanggal lahir",
            "ngay sinh",
        ),
        "age": ("age years", "age at intake", "edad", "umur", "usia", "tuoi", "อายุ"),
        "nationality": (
            "citizenship",
            "nationalite",
            "nacionalidad",
            "kewarganegaraan",
            "quoc tich",
            "สัญชาติ",
        ),
        "origin_country": (
            "origin",
            "country of origin",
            "home country",
            "pays d origine",
            "pais de origen",
            "negara asal",
            "que quan",
        ),
        "exploitation_sector": (
            "sector",
            "exploitation",
            "type of exploitation",
            "work sector",
            "sector of exploitation",
            "secteur",
            "sektor",
        ),
        "exploitation_country": (
            "destination country",
            "country of exploitation",
            "exploited in",
            "pays d exploitation",
            "pais de explotacion",
        ),
        "intake_date": (
            "intake",
            "date of intake",
            "registration date",
            "date registered",
            "admission date",
            "date d accueil",
            "fecha de ingreso",
            "tanggal masuk",
        ),
        "programme": (
            "program",
            "project",
            "programme phase",
            "phase",
            "projet",
            "programa",
            "proyecto",
            "program proyek",
        ),
        "stage": ("status", "case status", "case stage", "etape", "etapa", "tahap"),
        "closure_reason": (
            "reason for closure",
            "reason for closing",
            "reason closed",
            "closing reason",
            "motif de cloture",
            "motivo de cierre",
            "alasan penutupan",
        ),
        "closure_date": (
            "date closed",
            "closed on",
            "closing date",
            "date of closure",
            "close date",
            "date de cloture",
            "fecha de cierre",
            "tanggal ditutup",
        ),
    }
)

SEXES: dict[str, Sex] = {
    k: Sex(v)
    for k, v in _vocab(
        {
            "F": (
                "female",
                "woman",
                "women",
                "girl",
                "w",
                "femme",
                "feminin",
                "fille",
                "mujer",
                "femenino",
                "nina",
                "perempuan",
                "wanita",
                "p",
                "หญิง",
                "เพศหญิง",
                "ผู้หญิง",
                "ญ",
                "ស្រី",
                "nu",
                "nữ",
                "ຍິງ",
                "ເພດຍິງ",
                "မ",
                "အမျိုးသမီး",
            ),
            "M": (
                "male",
                "man",
                "men",
                "boy",
                "h",
                "homme",
                "masculin",
                "garcon",
                "hombre",
                "masculino",
                "nino",
                "laki laki",
                "lelaki",
                "pria",
                "l",
                "ชาย",
                "เพศชาย",
                "ผู้ชาย",
                "ប្រុស",
                "nam",
                "ຊາຍ",
                "ເພດຊາຍ",
                "ကျား",
                "အမျိုးသား",
            ),
            "X": (
                "other",
                "non binary",
                "nonbinary",
                "diverse",
                "autre",
                "otro",
                "otra",
                "lainnya",
                "lain lain",
                "อื่นๆ",
                "ផ្សេងៗ",
                "khac",
                "ອື່ນໆ",
            ),
            "U": ("unknown", "u", "?", "not known", "inconnu", "desconocido", "tidak diketahui"),
        }
    ).items()
}

SECTORS: dict[str, ExploitationSector] = {
    k: ExploitationSector(v)
    for k, v in _vocab(
        {
            "domestic_work": (
                "domestic",
                "domestic work",
                "domestic worker",
                "housemaid",
                "maid",
                "household",
                "travail domestique",
                "trabajo domestico",
                "pekerja rumah tangga",
                "prt",
                "giup viec",
                "แม่บ้าน",
            ),
            "sex_work": (
                "sex work",
                "sexual exploitation",
                "prostitution",
                "sex industry",
                "commercial sexual exploitation",
                "entertainment",
                "exploitation sexuelle",
                "explotacion sexual",
                "prostitucion",
                "eksploitasi seksual",
                "mai dam",
            ),
            "plantation": (
                "plantation",
                "agriculture",
                "farm",
                "farming",
                "palm oil",
                "agricultural",
                "plantation agriculture",
                "agricole",
                "agricultura",
                "perkebunan",
                "pertanian",
                "nong nghiep",
                "เกษตร",
            ),
            "construction": (
                "building",
                "construction site",
                "batiment",
                "construccion",
                "konstruksi",
                "xay dung",
                "ก่อสร้าง",
            ),
            "begging": (
                "beggar",
                "forced begging",
                "mendicite",
                "mendicidad",
                "mengemis",
                "an xin",
                "ขอทาน",
            ),
            "restaurant": (
                "restaurants",
                "hospitality",
                "catering",
                "food service",
                "restauration",
                "restoran",
                "nha hang",
                "ร้านอาหาร",
            ),
            "fishing": (
                "fisheries",
                "fishery",
                "fishing boat",
                "seafood",
                "peche",
                "pesca",
                "perikanan",
                "nelayan",
                "danh ca",
                "ประมง",
            ),
            "factory": (
                "manufacturing",
                "garment",
                "garment factory",
                "textile",
                "usine",
                "fabrica",
                "pabrik",
                "nha may",
                "โรงงาน",
            ),
            "other": ("others", "other sector", "autre", "otro", "lainnya", "khac", "อื่นๆ"),
        }
    ).items()
}

STAGES: dict[str, Stage] = {
    k: Stage(v)
    for k, v in _vocab(
        {
            "intake": ("new", "registered", "identification", "screening"),
            "shelter": ("in shelter", "shelter care", "recovery"),
            "return_preparation": (
                "return preparation",
                "preparing return",
                "pre departure",
                "return prep",
            ),
            "travel": ("return", "returned", "in transit", "repatriation", "travelling"),
            "reintegration": ("reintegration support", "reinsertion", "reintegracion"),
            "follow_up": ("follow up", "followup", "monitoring", "follow up monitoring"),
            "testimony": ("court", "testifying", "legal proceedings"),
            "closed": ("case closed", "done", "completed", "ferme", "cerrado", "ditutup"),
        }
    ).items()
}

CLOSURE_REASONS: dict[str, ClosureReason] = {
    k: ClosureReason(v)
    for k, v in _vocab(
        {
            "reintegrated": ("reintegration completed", "reintegration complete", "reintegre"),
            "declined_assistance": (
                "declined",
                "refused assistance",
                "withdrew",
                "withdrawn",
                "refuse l assistance",
                "rechazo la asistencia",
                "menolak bantuan",
            ),
            "lost_contact": (
                "lost to follow up",
                "no contact",
                "unreachable",
                "contact perdu",
                "perdida de contacto",
                "hilang kontak",
            ),
            "moved_on": ("moved away", "relocated", "a demenage", "se mudo", "pindah"),
            "transferred": ("transfer", "transfere", "transferido", "dipindahkan"),
            "deceased": ("died", "dead", "passed away", "decede", "fallecido", "meninggal"),
        }
    ).items()
}

COUNTRIES: dict[str, str] = _vocab(
    {
        "KH": ("cambodia", "kampuchea", "cambodge", "camboya", "kamboja", "កម្ពុជា", "กัมพูชา"),
        "LA": ("laos", "lao pdr", "lao", "ລາວ", "ลาว"),
        "MM": ("myanmar", "burma", "birmanie", "မြန်မာ", "พม่า", "เมียนมา"),
        "VN": ("vietnam", "viet nam", "việt nam", "viêt nam", "เวียดนาม"),
        "TH": ("thailand", "thailande", "tailandia", "ไทย", "ประเทศไทย"),
        "ID": ("indonesia", "indonesie"),
        "MY": ("malaysia", "malaisie", "malasia"),
        "PH": ("philippines", "filipinas", "filipina"),
        "CN": ("china", "chine", "tiongkok", "cina"),
        "SG": ("singapore", "singapour", "singapura"),
        "BD": ("bangladesh",),
        "NP": ("nepal",),
        "IN": ("india", "inde"),
        "LK": ("sri lanka",),
        "TW": ("taiwan",),
        "KR": ("south korea", "korea"),
        "JP": ("japan", "japon", "jepang"),
        "TL": ("timor leste", "east timor"),
        "SA": ("saudi arabia",),
        "AE": ("united arab emirates", "uae"),
        "QA": ("qatar",),
        "KW": ("kuwait",),
        "JO": ("jordan",),
        "LB": ("lebanon",),
        "HK": ("hong kong",),
        "AU": ("australia",),
        "US": ("united states", "usa"),
        "GB": ("united kingdom", "uk"),
    }
)
