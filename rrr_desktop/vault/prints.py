"""Print records: the code of each printout and what it was printed from."""

import dataclasses

from rrr_desktop.domain.print_marks import PrintMark
from rrr_desktop.vault.db import Connection


@dataclasses.dataclass(frozen=True)
class PrintRecord:
    mark: PrintMark
    case_id: str
    printed_by: str
    pdf_sha256: str


def put_print(
    conn: Connection, mark: PrintMark, case_id: str, printed_by: str, pdf_sha256: str
) -> None:
    conn.execute(
        "INSERT INTO print_records(code, kind, case_id, case_version, printed_at, "
        "installation, signature, printed_by, pdf_sha256) VALUES (?,?,?,?,?,?,?,?,?)",
        (
            mark.code,
            mark.kind,
            case_id,
            mark.case_version,
            mark.printed_at,
            mark.installation,
            mark.signature,
            printed_by,
            pdf_sha256,
        ),
    )


def get_print(conn: Connection, code: str) -> PrintRecord | None:
    row = conn.execute(
        "SELECT code, kind, case_id, case_version, printed_at, installation, signature, "
        "printed_by, pdf_sha256 FROM print_records WHERE code = ?",
        (code,),
    ).fetchone()
    if row is None:
        return None
    mark = PrintMark(row[0], row[1], row[4], row[3], row[5], bytes(row[6]))
    return PrintRecord(mark, row[2], row[7], row[8])
