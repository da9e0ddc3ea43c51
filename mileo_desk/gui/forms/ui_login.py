# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'login.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_LoginForm(object):
    def setupUi(self, LoginForm: Any) -> None:
        if not LoginForm.objectName():
            LoginForm.setObjectName(u"LoginForm")
        LoginForm.resize(400, 240)
        self.loginLayout = QVBoxLayout(LoginForm)
        self.loginLayout.setObjectName(u"loginLayout")
        self.titleLabel = QLabel(LoginForm)
        self.titleLabel.setObjectName(u"titleLabel")

        self.loginLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(LoginForm)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.loginLayout.addWidget(self.introLabel)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.loginCaption = QLabel(LoginForm)
        self.loginCaption.setObjectName(u"loginCaption")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.loginCaption)

        self.loginEdit = QLineEdit(LoginForm)
        self.loginEdit.setObjectName(u"loginEdit")
        self.loginEdit.setMaxLength(64)

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.loginEdit)

        self.passwordCaption = QLabel(LoginForm)
        self.passwordCaption.setObjectName(u"passwordCaption")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordCaption)

        self.passwordEdit = QLineEdit(LoginForm)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setMaxLength(256)
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.loginLayout.addLayout(self.fieldsLayout)

        self.errorLabel = QLabel(LoginForm)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.loginLayout.addWidget(self.errorLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.loginButton = QPushButton(LoginForm)
        self.loginButton.setObjectName(u"loginButton")

        self.buttonRow.addWidget(self.loginButton)


        self.loginLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.loginCaption.setBuddy(self.loginEdit)
        self.passwordCaption.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.loginEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.loginButton)

        self.retranslateUi(LoginForm)

        self.loginButton.setDefault(True)


        QMetaObject.connectSlotsByName(LoginForm)
    # setupUi

    def retranslateUi(self, LoginForm: Any) -> None:
        self.titleLabel.setText(QCoreApplication.translate("LoginForm", u"Connexion", None))
        self.introLabel.setText(QCoreApplication.translate("LoginForm", u"Identifiez-vous pour acc\u00e9der au registre.", None))
        self.loginCaption.setText(QCoreApplication.translate("LoginForm", u"&Identifiant :", None))
        self.passwordCaption.setText(QCoreApplication.translate("LoginForm", u"&Mot de passe :", None))
        self.loginButton.setText(QCoreApplication.translate("LoginForm", u"Se connecter", None))
        pass
    # retranslateUi

