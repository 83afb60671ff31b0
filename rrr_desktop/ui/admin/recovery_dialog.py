"""The recovery key, shown once: to write down or print, and lock away.

It opens the vault when every passphrase is forgotten, so it is never copied to the
clipboard, never saved to a file by the app, and not shown again (a new one can be made;
the old one then stops working).
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class RecoveryKeyDialog(QDialog):
    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryKeyDialog")
        self.setWindowTitle(self.tr("Recovery key"))
        intro = QLabel(
            self.tr(
                "Write this recovery key on paper, check it twice, and lock it away, apart "
                "from the laptop. It opens the vault when every passphrase is forgotten. It "
                "is shown only now; a new key can be made later, and the old one then stops "
                "working."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.key = QLabel(key, self)
        self.key.setObjectName("recoveryKey")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setWeight(QFont.Weight.Bold)
        self.key.setFont(font)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        buttons = QDialogButtonBox(self)
        self.done_button = buttons.addButton(
            self.tr("I have written it down"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key)
        layout.addWidget(buttons)
