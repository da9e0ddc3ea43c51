# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog: Any) -> None:
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(520, 200)
        self.settingsLayout = QVBoxLayout(SettingsDialog)
        self.settingsLayout.setObjectName(u"settingsLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.languageCaption = QLabel(SettingsDialog)
        self.languageCaption.setObjectName(u"languageCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageCaption)

        self.languageCombo = QComboBox(SettingsDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.idleCaption = QLabel(SettingsDialog)
        self.idleCaption.setObjectName(u"idleCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.idleCaption)

        self.idleSpin = QSpinBox(SettingsDialog)
        self.idleSpin.setObjectName(u"idleSpin")
        self.idleSpin.setMinimum(1)
        self.idleSpin.setMaximum(240)
        self.idleSpin.setValue(5)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.idleSpin)

        self.verifyCheck = QCheckBox(SettingsDialog)
        self.verifyCheck.setObjectName(u"verifyCheck")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.verifyCheck)

        self.developerCheck = QCheckBox(SettingsDialog)
        self.developerCheck.setObjectName(u"developerCheck")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.developerCheck)


        self.settingsLayout.addLayout(self.formLayout)

        self.noteLabel = QLabel(SettingsDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.settingsLayout.addWidget(self.noteLabel)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.settingsLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageCaption.setBuddy(self.languageCombo)
        self.idleCaption.setBuddy(self.idleSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.languageCombo, self.idleSpin)
        QWidget.setTabOrder(self.idleSpin, self.verifyCheck)
        QWidget.setTabOrder(self.verifyCheck, self.developerCheck)

        self.retranslateUi(SettingsDialog)
        self.buttonBox.accepted.connect(SettingsDialog.accept)
        self.buttonBox.rejected.connect(SettingsDialog.reject)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog: Any) -> None:
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Param\u00e8tres", None))
        self.languageCaption.setText(QCoreApplication.translate("SettingsDialog", u"&Langue de l'interface :", None))
        self.idleCaption.setText(QCoreApplication.translate("SettingsDialog", u"&Verrouillage apr\u00e8s :", None))
        self.idleSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" min d'inactivit\u00e9", None))
#if QT_CONFIG(tooltip)
        self.verifyCheck.setToolTip(QCoreApplication.translate("SettingsDialog", u"Sur les registres de moins de 10 000 objets ; sinon depuis le menu Affichage", None))
#endif // QT_CONFIG(tooltip)
        self.verifyCheck.setText(QCoreApplication.translate("SettingsDialog", u"V\u00e9rifier toute la cha\u00eene apr\u00e8s la connexion", None))
        self.developerCheck.setText(QCoreApplication.translate("SettingsDialog", u"Afficher le menu D\u00e9veloppeur (lectures simul\u00e9es)", None))
        self.noteLabel.setText(QCoreApplication.translate("SettingsDialog", u"La langue change imm\u00e9diatement. Les dates sont affich\u00e9es \u00e0 l'heure de Paris.", None))
    # retranslateUi

