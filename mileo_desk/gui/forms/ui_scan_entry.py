# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'scan_entry.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QLineEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ScanEntryDialog(object):
    def setupUi(self, ScanEntryDialog: Any) -> None:
        if not ScanEntryDialog.objectName():
            ScanEntryDialog.setObjectName(u"ScanEntryDialog")
        ScanEntryDialog.resize(460, 150)
        self.entryLayout = QVBoxLayout(ScanEntryDialog)
        self.entryLayout.setObjectName(u"entryLayout")
        self.promptLabel = QLabel(ScanEntryDialog)
        self.promptLabel.setObjectName(u"promptLabel")
        self.promptLabel.setWordWrap(True)

        self.entryLayout.addWidget(self.promptLabel)

        self.codeEdit = QLineEdit(ScanEntryDialog)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(64)

        self.entryLayout.addWidget(self.codeEdit)

        self.buttonBox = QDialogButtonBox(ScanEntryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.entryLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.promptLabel.setBuddy(self.codeEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ScanEntryDialog)
        self.buttonBox.accepted.connect(ScanEntryDialog.accept)
        self.buttonBox.rejected.connect(ScanEntryDialog.reject)

        QMetaObject.connectSlotsByName(ScanEntryDialog)
    # setupUi

    def retranslateUi(self, ScanEntryDialog: Any) -> None:
        ScanEntryDialog.setWindowTitle(QCoreApplication.translate("ScanEntryDialog", u"Saisir un code lu", None))
        self.promptLabel.setText(QCoreApplication.translate("ScanEntryDialog", u"Pr\u00e9sentez la carte \u00e0 un lecteur clavier, scannez le code, ou saisissez l'UID ou l'identifiant du registre :", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("ScanEntryDialog", u"ex. 04A2B3C4D5E680 ou ECL-00001", None))
    # retranslateUi

