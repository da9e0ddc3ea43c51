# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_DashboardView(object):
    def setupUi(self, DashboardView: Any) -> None:
        if not DashboardView.objectName():
            DashboardView.setObjectName(u"DashboardView")
        DashboardView.resize(900, 700)
        self.dashboardLayout = QVBoxLayout(DashboardView)
        self.dashboardLayout.setObjectName(u"dashboardLayout")
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.summaryLabel = QLabel(DashboardView)
        self.summaryLabel.setObjectName(u"summaryLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.summaryLabel.sizePolicy().hasHeightForWidth())
        self.summaryLabel.setSizePolicy(sizePolicy)
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.headerRow.addWidget(self.summaryLabel)

        self.refreshButton = QPushButton(DashboardView)
        self.refreshButton.setObjectName(u"refreshButton")

        self.headerRow.addWidget(self.refreshButton)


        self.dashboardLayout.addLayout(self.headerRow)

        self.splitter = QSplitter(DashboardView)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.overdueBox = QGroupBox(self.splitter)
        self.overdueBox.setObjectName(u"overdueBox")
        self.overdueLayout = QVBoxLayout(self.overdueBox)
        self.overdueLayout.setObjectName(u"overdueLayout")
        self.overdueLayout.setContentsMargins(4, 4, 4, 4)
        self.overdueTable = QTableView(self.overdueBox)
        self.overdueTable.setObjectName(u"overdueTable")
        self.overdueTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overdueTable.setAlternatingRowColors(True)
        self.overdueTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.overdueTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.overdueTable.setShowGrid(False)
        self.overdueTable.setWordWrap(False)
        self.overdueTable.horizontalHeader().setStretchLastSection(True)
        self.overdueTable.verticalHeader().setVisible(False)

        self.overdueLayout.addWidget(self.overdueTable)

        self.splitter.addWidget(self.overdueBox)
        self.tempBox = QGroupBox(self.splitter)
        self.tempBox.setObjectName(u"tempBox")
        self.tempLayout = QVBoxLayout(self.tempBox)
        self.tempLayout.setObjectName(u"tempLayout")
        self.tempLayout.setContentsMargins(4, 4, 4, 4)
        self.tempTable = QTableView(self.tempBox)
        self.tempTable.setObjectName(u"tempTable")
        self.tempTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tempTable.setAlternatingRowColors(True)
        self.tempTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tempTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tempTable.setShowGrid(False)
        self.tempTable.setWordWrap(False)
        self.tempTable.horizontalHeader().setStretchLastSection(True)
        self.tempTable.verticalHeader().setVisible(False)

        self.tempLayout.addWidget(self.tempTable)

        self.splitter.addWidget(self.tempBox)
        self.lostBox = QGroupBox(self.splitter)
        self.lostBox.setObjectName(u"lostBox")
        self.lostLayout = QVBoxLayout(self.lostBox)
        self.lostLayout.setObjectName(u"lostLayout")
        self.lostLayout.setContentsMargins(4, 4, 4, 4)
        self.lostTable = QTableView(self.lostBox)
        self.lostTable.setObjectName(u"lostTable")
        self.lostTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lostTable.setAlternatingRowColors(True)
        self.lostTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lostTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lostTable.setShowGrid(False)
        self.lostTable.setWordWrap(False)
        self.lostTable.horizontalHeader().setStretchLastSection(True)
        self.lostTable.verticalHeader().setVisible(False)

        self.lostLayout.addWidget(self.lostTable)

        self.splitter.addWidget(self.lostBox)

        self.dashboardLayout.addWidget(self.splitter)

        QWidget.setTabOrder(self.refreshButton, self.overdueTable)
        QWidget.setTabOrder(self.overdueTable, self.tempTable)
        QWidget.setTabOrder(self.tempTable, self.lostTable)

        self.retranslateUi(DashboardView)

        QMetaObject.connectSlotsByName(DashboardView)
    # setupUi

    def retranslateUi(self, DashboardView: Any) -> None:
        self.refreshButton.setText(QCoreApplication.translate("DashboardView", u"Actualiser", None))
        self.overdueBox.setTitle(QCoreApplication.translate("DashboardView", u"Attributions en retard", None))
        self.tempBox.setTitle(QCoreApplication.translate("DashboardView", u"Badges temporaires non rendus", None))
        self.lostBox.setTitle(QCoreApplication.translate("DashboardView", u"Objets perdus ou vol\u00e9s", None))
        pass
    # retranslateUi

