"""One open case: a header, the section tabs, and Save / Revert / Undo for the forms.

Form tabs (person, intake, shelter) share one draft: edits are checked at the field as
the user types, saved together, and the last save can be undone while nothing else has
changed the case since. Other tabs (consent, stage, and tabs of feature packages) save
on their own and announce it with ``ctx.caseChanged``; every tab's ``load(case)`` is
called when the case opens and whenever that signal names this case.
"""

import logging
from typing import Any, Protocol, cast

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.errors import KnownError
from rrr_desktop.services.cases import CaseService
from rrr_desktop.ui.accessibility import name_form_rows
from rrr_desktop.ui.bidi import isolate
from rrr_desktop.ui.casefile.consent_tab import ConsentTab
from rrr_desktop.ui.casefile.forms import Loc, field_errors
from rrr_desktop.ui.casefile.intake_tab import IntakeTab
from rrr_desktop.ui.casefile.person_tab import PersonTab
from rrr_desktop.ui.casefile.shelter_tab import ShelterTab
from rrr_desktop.ui.casefile.stage_tab import StageTab
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.errors import error_text
from rrr_desktop.ui.labels import label
from rrr_desktop.ui.registry import CaseTabSpec, load_extensions

CORE_TABS = [
    CaseTabSpec("person", QT_TRANSLATE_NOOP("casetabs", "Person"), 10, PersonTab),
    CaseTabSpec("intake", QT_TRANSLATE_NOOP("casetabs", "Intake"), 20, IntakeTab),
    CaseTabSpec("shelter", QT_TRANSLATE_NOOP("casetabs", "Shelter & care"), 30, ShelterTab),
    CaseTabSpec("consent", QT_TRANSLATE_NOOP("casetabs", "Consent"), 40, ConsentTab),
    CaseTabSpec("stage", QT_TRANSLATE_NOOP("casetabs", "Stage & history"), 50, StageTab),
]
VALIDATE_DELAY_MS = 250
# Tabs whose typing waits for the header's Save (the others save each action at once).
DRAFT_TABS = ("person", "intake", "shelter", "notes")
log = logging.getLogger("rrr.ui")


class FormTab(Protocol):
    edited: Any

    def apply(self, data: dict[str, Any]) -> None: ...

    def show_errors(self, errors: dict[Loc, str]) -> int: ...


def case_tab_specs() -> list[CaseTabSpec]:
    _pages, extension_tabs = load_extensions()
    return sorted([*CORE_TABS, *extension_tabs], key=lambda t: t.order)


def _build_tab(spec: CaseTabSpec, ctx: UiContext, reference: str) -> QWidget:
    """A tab that fails to build shows why instead of closing the whole case file."""
    try:
        tab = spec.factory(ctx, reference)
        name_form_rows(tab)  # a screen reader names each field by its label
        return tab
    except Exception as exc:
        log.error("case tab %s could not be built: %s", spec.key, type(exc).__name__)
        return QLabel(
            QCoreApplication.translate("casetabs", "This tab could not be opened ({kind}).").format(
                kind=type(exc).__name__
            )
        )


class SectionTabs(QTabWidget):
    """The case file's sections, each scrolling on its own: a tall section (the travel
    legs, the checklist's reasons) made the whole case file taller than a 1366x768 screen
    on every tab, once shown, and Save scrolled out of sight (found by the visual review).
    ``widget``, ``currentWidget`` and ``indexOf`` speak of the sections themselves."""

    def insertTab(self, index: int, widget: QWidget, title: str) -> int:  # type: ignore[override]  # noqa: N802
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(widget)
        return super().insertTab(index, area, title)

    def widget(self, index: int) -> QWidget | None:
        found = super().widget(index)
        inner = found.widget() if isinstance(found, QScrollArea) else None
        return inner if inner is not None else found

    def currentWidget(self) -> QWidget:  # noqa: N802
        found = super().currentWidget()
        inner = found.widget() if isinstance(found, QScrollArea) else None
        return inner if inner is not None else found

    def indexOf(self, page: QWidget) -> int:  # noqa: N802
        for index in range(self.count()):
            if self.widget(index) is page:
                return index
        return -1


class CaseFileView(QWidget):
    dirtyChanged = Signal(bool)

    def __init__(self, ctx: UiContext, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseFileView")
        self.ctx = ctx
        self.reference = reference
        self.service = CaseService(ctx.session)
        self.case: CaseFile | None = None
        self._form_base: CaseFile | None = None  # the copy the forms were loaded from
        self._widget_keys: dict[int, str] = {}
        self.dirty = False
        self._undo: tuple[CaseFile, str] | None = None  # (before, updated_at after save)

        self.header = QLabel(self)
        self.header.setObjectName("caseHeader")
        font = self.header.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.header.setFont(font)
        self.subheader = QLabel(self)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("&Revert changes"), self)
        self.revert_button.clicked.connect(self.revert)
        self.undo_button = QPushButton(self.tr("&Undo last save"), self)
        self.undo_button.clicked.connect(self.undo_last_save)
        titles = {spec.key: spec.title for spec in case_tab_specs()}
        self.save_rule = QLabel(
            self.tr(
                "Save (Ctrl+S) keeps what you type in {tabs}; the other tabs save each action "
                "as you make it."
            ).format(
                tabs=", ".join(
                    QCoreApplication.translate("casetabs", titles[k]).replace("&&", "&")
                    for k in DRAFT_TABS
                    if k in titles
                )
            ),
            self,
        )
        self.save_rule.setObjectName("saveRule")
        self.save_rule.setWordWrap(True)
        self.save_rule.setStyleSheet("color: palette(mid);")
        self.message = QLabel(self)
        self.message.setObjectName("saveMessage")
        self.message.setWordWrap(True)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        self.tabs = SectionTabs(self)
        self.tabs.setObjectName("caseTabs")
        self.tab_keys: list[str] = []
        self.form_tabs: list[FormTab] = []
        # Tabs are built the first time they are shown: building all fourteen up front
        # made opening a case take ~100 ms of the UI thread.
        self._unbuilt: dict[int, CaseTabSpec] = {}
        for index, spec in enumerate(case_tab_specs()):
            title = QCoreApplication.translate("casetabs", spec.title)
            self.tabs.addTab(QWidget(self.tabs), title.replace("&", "&&"))
            self.tab_keys.append(spec.key)
            self._unbuilt[index] = spec
        self._build_at(0)
        self.tabs.currentChanged.connect(self._build_at)
        for keys, step in (
            ("Ctrl+PgDown", 1),
            ("Ctrl+Tab", 1),
            ("Ctrl+PgUp", -1),
            ("Ctrl+Shift+Tab", -1),
        ):  # from any field, even a text box
            move = QShortcut(QKeySequence(keys), self)
            move.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            move.activated.connect(lambda step=step: self.step_tab(step))

        self._validate_timer = QTimer(self)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.setInterval(VALIDATE_DELAY_MS)
        self._validate_timer.timeout.connect(self.validate)

        # Titles above the buttons (not beside them): with long languages and a large font
        # the row would otherwise push Save off a 1366-pixel screen.
        # The rule on a line of its own, the whole width: beside the buttons it wrapped to
        # five lines in Burmese and pushed the sections below the screen (visual review).
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        self.header.setWordWrap(True)
        self.subheader.setWordWrap(True)
        self.tabs.setUsesScrollButtons(True)  # twelve sections never widen the window
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.subheader)
        layout.addWidget(self.save_rule)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        ctx.caseChanged.connect(self._on_case_changed)
        self._update_buttons()

    # -- loading --------------------------------------------------------------------------

    def _build_at(self, index: int) -> None:
        spec = self._unbuilt.pop(index, None)
        if spec is None:
            return
        widget = _build_tab(spec, self.ctx, self.reference)
        self._widget_keys[id(widget)] = spec.key
        if hasattr(widget, "apply") and hasattr(widget, "edited"):
            widget.edited.connect(self._on_edited)
            self.form_tabs.append(widget)  # type: ignore[arg-type]
            self.form_tabs.sort(key=lambda w: self.tab_keys.index(self._key_of(w)))
        placeholder = self.tabs.widget(index)
        title = self.tabs.tabText(index)
        blocked = self.tabs.blockSignals(True)
        current = self.tabs.currentIndex()
        had_focus = self.tabs.tabBar().hasFocus()
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, widget, title)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(blocked)
        if had_focus:  # swapping the placeholder must not drop a keyboard user's focus
            self.tabs.tabBar().setFocus()
        if placeholder is not None:
            placeholder.deleteLater()
        if self.case is not None:
            self._load_tab(index, self.case)
        if had_focus and QApplication.focusWidget() is None:
            self.tabs.tabBar().setFocus()  # a tab that disabled its focused field on load

    def step_tab(self, step: int) -> None:
        """Next or previous section, with the keyboard focus on the section's tab."""
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())
        self.tabs.tabBar().setFocus()

    def _key_of(self, widget: object) -> str:
        return self._widget_keys.get(id(widget), "")

    def _load_tab(self, index: int, case: CaseFile) -> None:
        loader = getattr(self.tabs.widget(index), "load", None)
        if callable(loader):
            try:
                loader(case)
            except Exception as exc:
                log.error(
                    "case tab %s failed to load: %s", self.tab_keys[index], type(exc).__name__
                )

    def open(self) -> None:
        """Load the case (recorded in the audit log as a view). Raises KnownError."""
        self.load(self.service.get(self.reference))

    def load(self, case: CaseFile, keep_edits: bool = False) -> None:
        self.case = case
        if not keep_edits or self._form_base is None:
            self._form_base = case  # what the forms show, and what an edit starts from
        today = self.ctx.session.clock.today()
        age = case.person.age_on(today)
        self.header.setText(f"{isolate(case.reference)} · {isolate(case.person.printed_name)}")
        sub = self.tr("{stage} · age {age} · caseworker {worker}").format(
            stage=label(case.stage),
            age="?" if age is None else age,
            worker=isolate(case.caseworker),
        )
        if case.partner_reference:
            sub += " · " + self.tr("their reference {ref}").format(
                ref=isolate(case.partner_reference)
            )
        if case.reference_aliases:
            sub += " · " + self.tr("earlier {refs}").format(
                refs=", ".join(isolate(r) for r in case.reference_aliases)
            )
        self.subheader.setText(sub)
        for index in range(self.tabs.count()):
            widget = self.tabs.widget(index)
            form_tab = any(widget is cast(object, t) for t in self.form_tabs)
            if index in self._unbuilt or (keep_edits and form_tab):
                continue
            self._load_tab(index, case)
        if not keep_edits:
            self._set_dirty(False)
            for tab in self.form_tabs:
                tab.show_errors({})

    def _on_case_changed(self, reference: str) -> None:
        if reference != self.reference or self.case is None:
            return
        try:
            case = self.service.get(self.reference, audit=False)
        except KnownError:
            return
        self.load(case, keep_edits=self.dirty)

    def select_tab(self, key: str) -> None:
        if key in self.tab_keys:
            self.tabs.setCurrentIndex(self.tab_keys.index(key))

    # -- editing --------------------------------------------------------------------------

    def _on_edited(self) -> None:
        self._set_dirty(True)
        self._validate_timer.start()

    def _set_dirty(self, dirty: bool) -> None:
        changed = dirty != self.dirty
        self.dirty = dirty
        self._update_buttons()
        if changed:
            self.dirtyChanged.emit(dirty)

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self.dirty)
        self.revert_button.setEnabled(self.dirty)
        self.undo_button.setEnabled(self._undo is not None and not self.dirty)

    @property
    def form_base(self) -> CaseFile | None:
        """The copy the forms were loaded from: what the typing started from."""
        return self._form_base

    def restore_draft(self, draft: CaseFile, base: CaseFile | None = None) -> None:
        """Typing kept from before a lock: shown in the forms, unsaved, with a word. The
        save applies what was typed from ``base`` (the copy it started from) onto the case
        as stored now, so changes made meanwhile elsewhere are kept (or, on the same
        field, kept beside the typing as a conflict)."""
        current = self.case
        self.case = draft
        for index in list(self._unbuilt):  # every form shows the draft, not the stored case
            self._build_at(index)
        self.load(draft)
        if current is not None:
            self.case = current  # the stored case stays the case; the forms hold the draft
            self._form_base = base or current
        self._set_dirty(True)
        self.message.setStyleSheet("color: #8a6d00;")
        self.message.setText(
            self.tr("Your unsaved changes from before the lock were kept. Check them, then save.")
        )

    def draft(self) -> CaseFile:
        """The forms applied to the copy they were loaded from (the case may have changed
        since: ``save`` applies only what was typed); raises ValidationError with paths."""
        assert self.case is not None
        data = (self._form_base or self.case).model_dump()
        for tab in self.form_tabs:
            tab.apply(data)
        return CaseFile.model_validate(data)

    def validate(self) -> bool:
        try:
            self.draft()
        except ValidationError as exc:
            errors = field_errors(exc)
            self._show_errors(errors)
            return False
        self._show_errors({})
        return True

    def _show_errors(self, errors: dict[Loc, str]) -> None:
        for tab in self.form_tabs:
            tab.show_errors(errors)
        if errors:
            self.message.setStyleSheet("color: #a4262c;")
            self.message.setText(
                self.tr("%n field(s) need attention before saving.", "", len(errors))
            )
        else:
            self.message.setText("")

    def save(self) -> bool:
        if self.case is None or not self.dirty:
            return True
        self._validate_timer.stop()
        try:
            draft = self.draft()
        except ValidationError as exc:
            self._show_errors(field_errors(exc))
            return False
        before = self.case
        open_before = self.service.open_conflicts(before.id)
        try:
            saved = self.service.save(draft, base=self._form_base)
        except ValidationError as exc:  # what was typed no longer fits the case as stored
            self._show_errors(field_errors(exc))
            return False
        except KnownError as exc:
            self.message.setStyleSheet("color: #a4262c;")
            self.message.setText(error_text(exc))
            return False
        self._undo = (before, saved.updated_at.isoformat())
        self._set_dirty(False)
        both = len(self.service.open_conflicts(saved.id) - open_before)
        if both > 0:  # changed elsewhere while being typed: both values kept, nothing hidden
            self.message.setStyleSheet("color: #8a5300;")
            self.message.setText(
                self.tr(
                    "Saved. %n field(s) were also changed elsewhere meanwhile: both values "
                    "are kept; choose one in Handoff → Conflicts.",
                    "",
                    both,
                )
            )
        else:
            self.message.setStyleSheet("color: #107c10;")
            self.message.setText(self.tr("Saved."))
        self.ctx.caseChanged.emit(self.reference)
        return True

    def revert(self) -> None:
        if self.case is not None:
            self.load(self.case)
            self.message.setText(self.tr("Changes discarded."))

    def undo_last_save(self) -> None:
        """Put back the case as it was before the last save, if nothing changed it since."""
        if self._undo is None:
            return
        before, saved_at = self._undo
        current = self.service.get(self.reference, audit=False)
        if current.updated_at.isoformat() != saved_at:
            self.message.setText(self.tr("The case changed since; the last save cannot be undone."))
            self._undo = None
            self._update_buttons()
            return
        restored = before.model_copy(
            update={
                "stage": current.stage,
                "stage_history": current.stage_history,
                "consents": current.consents,
            }
        )
        try:
            self.service.save(restored, action="case.undo")
        except KnownError as exc:
            self.message.setText(error_text(exc))
            return
        self._undo = None
        self._update_buttons()
        self.message.setStyleSheet("")
        self.message.setText(self.tr("The last save was undone."))
        self.ctx.caseChanged.emit(self.reference)
