"""``rrr-desktop --self-test``: the installed app proves it works on this machine.

It opens a new vault in a temporary folder, writes a synthetic case and reads it back,
prints an information sheet in Khmer (fonts, shaping and the PDF writer), writes a sync
bundle and verifies it, then removes everything. Nothing personal is involved: the case
is made up. Exit 0 when every step passed; otherwise the failing step is named.
"""

import io
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

PASSPHRASE = "self-test passphrase, thrown away"


def run(out: TextIO | None = None) -> int:
    """Each step's line goes to ``out`` (standard output), and also to the file named by
    ``RRR_SELF_TEST_REPORT`` where set: a windowed build on Windows has no console."""
    lines = io.StringIO()
    code = _run(lines)
    text = lines.getvalue()
    target = out if out is not None else sys.stdout
    if target is not None:  # None in a windowed build
        target.write(text)
    report = os.environ.get("RRR_SELF_TEST_REPORT")
    if report:
        Path(report).write_text(text, encoding="utf-8")
    return code


def _run(out: TextIO) -> int:
    from rrr_desktop.cli.printing import ensure_gui_application
    from rrr_desktop.domain.casefile import Intake
    from rrr_desktop.domain.people import Person
    from rrr_desktop.handoff import parallel
    from rrr_desktop.printing.render import write_pdf
    from rrr_desktop.services import vault_service
    from rrr_desktop.services.cases import CaseService
    from rrr_desktop.services.handoff import HandoffService
    from rrr_desktop.services.session import Session
    from rrr_desktop.ui.printing.print_tab import build_print_document, marked

    app = ensure_gui_application()
    with tempfile.TemporaryDirectory(prefix="rrr-self-test-") as tmp:
        base = Path(tmp)
        opened: list[Session] = []  # the vault once open (closed at the end)
        made: list[str] = []  # the case's reference once written

        def open_vault() -> str:
            opened.append(
                vault_service.create_vault(
                    base / "vault", "Self-test", "KH", "selftest", PASSPHRASE
                )
            )
            return "created and unlocked"

        def write_and_read() -> str:
            service = CaseService(opened[0])
            case = service.create(
                Person(given_name="Sokha", family_name="Selftest", languages=["km"]),
                Intake(intake_date=opened[0].clock.today(), origin_country="KH"),
            )
            back = service.get(case.reference, audit=False)
            if back.person.given_name != "Sokha":
                raise RuntimeError("the case read back differs from the case written")
            made.append(case.reference)
            return case.reference

        def print_khmer() -> str:  # the way the window's Print tab does it
            reference = made[0]
            document = build_print_document(opened[0], reference, "info_sheet", "km", False)
            document = marked(opened[0], reference, "info_sheet", document)
            pdf = base / "sheet.pdf"
            pages = write_pdf(document, pdf, "a4")
            data = pdf.read_bytes()
            if pages < 1 or not data.startswith(b"%PDF") or b"Noto" not in data:
                raise RuntimeError("the PDF is empty or carries no Noto font")
            return f"{pages} page(s), {len(data) // 1024} KiB"

        def bundle() -> str:
            sender = HandoffService(opened[0])
            card = base / "sender.rrrcard"
            sender.export_card(card)
            other = vault_service.create_vault(
                base / "laptop2", "Laptop 2", "KH", "selftest", PASSPHRASE
            )
            try:  # a second laptop of the organisation receives it
                receiver = HandoffService(other)
                fingerprint = receiver.add_peer(card).fingerprint
                receiver.trust_peer(fingerprint)
                receiver.join_organisation(fingerprint)
                back = base / "receiver.rrrcard"
                receiver.export_card(back)
                to = sender.trust_peer(sender.add_peer(back).fingerprint).fingerprint
                path = base / "self-test.rrrbundle"
                sender.export_bundle("sync", path, to)
                receiver.verify(path)
                # A big sync bundle is planned by worker processes: they must start here.
                usual, parallel.POOL_FROM = parallel.POOL_FROM, 1
                try:
                    imported = receiver.import_bundle(path)
                finally:
                    parallel.POOL_FROM = usual
            finally:
                other.close()
            if imported.totals().get("new") != 1:
                raise RuntimeError("the bundle did not bring the case")
            if imported.by_workers != 1:
                raise RuntimeError("the import's worker processes did not start")
            return (
                f"{path.stat().st_size // 1024} KiB, verified and imported on a second vault "
                "by a worker process"
            )

        steps: list[tuple[str, Callable[[], str]]] = [
            ("vault", open_vault),
            ("write and read", write_and_read),
            ("print in Khmer", print_khmer),
            ("bundle", bundle),
        ]
        failed = False
        try:
            for name, step in steps:
                start = time.perf_counter()
                try:
                    said = step()
                except Exception as exc:  # the step's name and kind, never a message
                    print(f"FAIL {name}: {_said(exc)}", file=out)
                    failed = True
                    break
                print(f"ok   {name}: {said} ({time.perf_counter() - start:.2f} s)", file=out)
        finally:
            for session in opened:
                session.close()
    del app
    print("self-test failed" if failed else "self-test passed", file=out)
    return 1 if failed else 0


def _said(exc: Exception) -> str:
    """A known error's own sentence (no case data in a self-test), else only its kind."""
    from rrr_desktop.errors import KnownError

    return str(exc) if isinstance(exc, KnownError) else type(exc).__name__
