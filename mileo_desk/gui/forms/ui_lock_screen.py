# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lock_screen.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_LockScreen(object):
    def setupUi(self, LockScreen: Any) -> None:
        if not LockScreen.objectName():
            LockScreen.setObjectName(u"LockScreen")
        LockScreen.resize(800, 600)
        self.lockLayout = QVBoxLayout(LockScreen)
        self.lockLayout.setObjectName(u"lockLayout")
        self.topSpacer = QSpacerItem(0, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.lockLayout.addItem(self.topSpacer)

        self.titleLabel = QLabel(LockScreen)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.lockLayout.addWidget(self.titleLabel)

        self.infoLabel = QLabel(LockScreen)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setText(u"")
        self.infoLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.infoLabel.setWordWrap(True)

        self.lockLayout.addWidget(self.infoLabel)

        self.formRow = QHBoxLayout()
        self.formRow.setObjectName(u"formRow")
        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.formRow.addItem(self.leftSpacer)

        self.formFrame = QFrame(LockScreen)
        self.formFrame.setObjectName(u"formFrame")
        self.formFrame.setMinimumSize(QSize(420, 0))
        self.formFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.formHostLayout = QVBoxLayout(self.formFrame)
        self.formHostLayout.setObjectName(u"formHostLayout")
        self.formHostLayout.setContentsMargins(16, 12, 16, 12)

        self.formRow.addWidget(self.formFrame)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.formRow.addItem(self.rightSpacer)


        self.lockLayout.addLayout(self.formRow)

        self.bottomSpacer = QSpacerItem(0, 80, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.lockLayout.addItem(self.bottomSpacer)


        self.retranslateUi(LockScreen)

        QMetaObject.connectSlotsByName(LockScreen)
    # setupUi

    def retranslateUi(self, LockScreen: Any) -> None:
        self.titleLabel.setText(QCoreApplication.translate("LockScreen", u"Poste verrouill\u00e9", None))
        pass
    # retranslateUi

