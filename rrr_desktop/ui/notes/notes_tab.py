"""Notes and the contact log of one case: the entries, newest first, and a new one.

A new note is part of the case file's draft like any form: it is saved with the header's
Save (Ctrl+S), kept encrypted at a lock and offered back after the unlock, so nothing
typed while listening to a person is lost. A saved note is never rewritten here: a
correction is a new note.
"""

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.domain.base import new_id
from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.notes import CaseNote, NoteKind, newest_first
from rrr_desktop.errors import KnownError
from rrr_desktop.services.notes import NotesService
from rrr_desktop.ui.bidi import isolate
from rrr_desktop.ui.casefile.forms import FORM_MAX_WIDTH, FormSection
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.dates import date_text
from rrr_desktop.ui.labels import label
from rrr_desktop.ui.layout import set_scrolling_body


class NotesTab(FormSection):
    def __init__(self, ctx: UiContext, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reference = reference
        self._pending_id = new_id()
        self.kind = QComboBox(self)
        self.kind.setObjectName("noteKind")
        for kind in NoteKind:
            self.kind.addItem(label(kind), kind)
        self.with_whom = QLineEdit(self)
        self.with_whom.setObjectName("noteWithWhom")
        self.with_whom.setPlaceholderText(
            self.tr("for a contact: the person, the family, a partner")
        )
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("noteText")
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(110)
        self.add(("notes",), self.tr("&Kind"), self.kind)
        self.add(("notes", "with_whom"), self.tr("&With whom"), self.with_whom)
        self.add(("notes", "text"), self.tr("&New note"), self.text)
        self.rule = QLabel(
            self.tr(
                "A new note is saved with Save (Ctrl+S) like the other sections, signed with "
                "your name and today's date. Saved notes are not changed: write a new note "
                "to correct one."
            ),
            self,
        )
        self.rule.setWordWrap(True)
        self.rule.setObjectName("noteRule")
        self.count = QLabel(self)
        self.count.setObjectName("noteCount")
        self.entries = QTextBrowser(self)
        self.entries.setObjectName("noteEntries")
        self.entries.setOpenLinks(False)
        self.entries.setMinimumHeight(220)
        self.entries.setAccessibleName(self.tr("Notes written so far, newest first"))

        body = QWidget(self)
        body.setMaximumWidth(FORM_MAX_WIDTH)
        column = QVBoxLayout(body)
        column.addLayout(self.form)
        column.addWidget(self.rule)
        column.addWidget(self.count)
        column.addWidget(self.entries, 1)
        set_scrolling_body(self, body)

    def load(self, case: CaseFile) -> None:
        """Saved notes in the list; a note that is only in a kept draft (typed before a
        lock) goes back into the editor, unsaved, as it was."""
        try:
            saved = {n.id for n in NotesService(self.ctx.session).notes(self.reference)}
        except KnownError:
            saved = {n.id for n in case.notes}
        unsaved = [n for n in case.notes if n.id not in saved]
        self._loading = True
        try:
            self.text.clear()
            self.with_whom.clear()
            self.kind.setCurrentIndex(0)
            self._pending_id = new_id()
            if unsaved:
                pending = unsaved[-1]
                self._pending_id = pending.id
                self.kind.setCurrentIndex(max(self.kind.findData(pending.kind), 0))
                self.with_whom.setText(pending.with_whom)
                self.text.setPlainText(pending.text)
            self._show([n for n in case.notes if n.id in saved])
        finally:
            self._loading = False

    def _show(self, notes: list[CaseNote]) -> None:
        if not notes:
            self.count.setText(
                self.tr(
                    "No notes yet. Write what was said or done, and with whom; it stays in "
                    "this case file and is never sent in a referral."
                )
            )
            self.entries.clear()
            self.entries.hide()
            return
        self.count.setText(self.tr("%n note(s), newest first", "", len(notes)))
        self.entries.show()
        blocks = []
        for note in newest_first(notes):
            head = self.tr("{date} · {kind} · by {who}").format(
                date=date_text(note.at),
                kind=label(note.kind),
                who=isolate(note.by),
            )
            if note.with_whom:
                head += " · " + self.tr("with {whom}").format(whom=isolate(note.with_whom))
            blocks.append(
                f"<p><b>{_escape(head)}</b><br>{_escape(note.text).replace(chr(10), '<br>')}</p>"
            )
        self.entries.setHtml("".join(blocks))

    def apply(self, data: dict[str, Any]) -> None:
        text = self.text.toPlainText()
        if not text.strip():
            return
        data.setdefault("notes", []).append(
            {
                "id": self._pending_id,
                "at": self.ctx.session.clock.now(),
                "by": self.ctx.session.user.username,
                "kind": self.kind.currentData() or NoteKind.NOTE,
                "with_whom": self.with_whom.text().strip(),
                "text": text.strip("\n"),
            }
        )

    def show_errors(self, errors: dict[tuple[str, ...], str]) -> int:
        mine = {loc[-1:]: msg for loc, msg in errors.items() if loc[:1] == ("notes",)}
        adjusted = {("notes", *loc): msg for loc, msg in mine.items()}
        return super().show_errors(adjusted)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
