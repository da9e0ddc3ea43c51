# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'item_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QListView,
    QScrollArea, QSizePolicy, QSpacerItem, QSplitter,
    QStackedWidget, QToolButton, QVBoxLayout, QWidget)

class Ui_ItemPanel(object):
    def setupUi(self, ItemPanel: Any) -> None:
        if not ItemPanel.objectName():
            ItemPanel.setObjectName(u"ItemPanel")
        ItemPanel.resize(560, 760)
        self.panelLayout = QVBoxLayout(ItemPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelStack = QStackedWidget(ItemPanel)
        self.panelStack.setObjectName(u"panelStack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.panelStack.addWidget(self.emptyPage)
        self.itemPage = QWidget()
        self.itemPage.setObjectName(u"itemPage")
        self.itemLayout = QVBoxLayout(self.itemPage)
        self.itemLayout.setObjectName(u"itemLayout")
        self.itemLayout.setContentsMargins(0, 0, 0, 0)
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.titleLabel = QLabel(self.itemPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"\u2014")
        self.titleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerRow.addWidget(self.titleLabel)

        self.stateLabel = QLabel(self.itemPage)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setText(u"")

        self.headerRow.addWidget(self.stateLabel)

        self.overdueLabel = QLabel(self.itemPage)
        self.overdueLabel.setObjectName(u"overdueLabel")

        self.headerRow.addWidget(self.overdueLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)


        self.itemLayout.addLayout(self.headerRow)

        self.subtitleLabel = QLabel(self.itemPage)
        self.subtitleLabel.setObjectName(u"subtitleLabel")
        self.subtitleLabel.setText(u"")
        self.subtitleLabel.setWordWrap(True)

        self.itemLayout.addWidget(self.subtitleLabel)

        self.chainFrame = QFrame(self.itemPage)
        self.chainFrame.setObjectName(u"chainFrame")
        self.chainFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.chainLayout = QHBoxLayout(self.chainFrame)
        self.chainLayout.setObjectName(u"chainLayout")
        self.chainLayout.setContentsMargins(-1, 4, -1, 4)
        self.chainLabel = QLabel(self.chainFrame)
        self.chainLabel.setObjectName(u"chainLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.chainLabel.sizePolicy().hasHeightForWidth())
        self.chainLabel.setSizePolicy(sizePolicy)
        self.chainLabel.setText(u"")

        self.chainLayout.addWidget(self.chainLabel)

        self.verifyButton = QToolButton(self.chainFrame)
        self.verifyButton.setObjectName(u"verifyButton")

        self.chainLayout.addWidget(self.verifyButton)


        self.itemLayout.addWidget(self.chainFrame)

        self.actionsHost = QWidget(self.itemPage)
        self.actionsHost.setObjectName(u"actionsHost")
        self.actionsLayout = QHBoxLayout(self.actionsHost)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionsLayout.setContentsMargins(0, 0, 0, 0)

        self.itemLayout.addWidget(self.actionsHost)

        self.splitter = QSplitter(self.itemPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.detailsBox = QGroupBox(self.splitter)
        self.detailsBox.setObjectName(u"detailsBox")
        self.detailsLayout = QVBoxLayout(self.detailsBox)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setContentsMargins(0, 0, 0, 0)
        self.detailsArea = QScrollArea(self.detailsBox)
        self.detailsArea.setObjectName(u"detailsArea")
        self.detailsArea.setFrameShape(QFrame.Shape.NoFrame)
        self.detailsArea.setWidgetResizable(True)
        self.detailsWidget = QWidget()
        self.detailsWidget.setObjectName(u"detailsWidget")
        self.detailsWidget.setGeometry(QRect(0, 0, 520, 300))
        self.detailsGrid = QGridLayout(self.detailsWidget)
        self.detailsGrid.setObjectName(u"detailsGrid")
        self.detailsGrid.setHorizontalSpacing(8)
        self.detailsGrid.setVerticalSpacing(4)
        self.typeCaption = QLabel(self.detailsWidget)
        self.typeCaption.setObjectName(u"typeCaption")
        self.typeCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)

        self.detailsGrid.addWidget(self.typeCaption, 0, 0, 1, 1)

        self.typeValue = QLabel(self.detailsWidget)
        self.typeValue.setObjectName(u"typeValue")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.typeValue.sizePolicy().hasHeightForWidth())
        self.typeValue.setSizePolicy(sizePolicy1)
        self.typeValue.setText(u"\u2014")
        self.typeValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsGrid.addWidget(self.typeValue, 0, 1, 1, 1)

        self.clientCaption = QLabel(self.detailsWidget)
        self.clientCaption.setObjectName(u"clientCaption")
        self.clientCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)

        self.detailsGrid.addWidget(self.clientCaption, 1, 0, 1, 1)

        self.clientValue = QLabel(self.detailsWidget)
        self.clientValue.setObjectName(u"clientValue")
        sizePolicy1.setHeightForWidth(self.clientValue.sizePolicy().hasHeightForWidth())
        self.clientValue.setSizePolicy(sizePolicy1)
        self.clientValue.setText(u"\u2014")
        self.clientValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsGrid.addWidget(self.clientValue, 1, 1, 1, 1)

        self.siteCaption = QLabel(self.detailsWidget)
        self.siteCaption.setObjectName(u"siteCaption")
        self.siteCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)

        self.detailsGrid.addWidget(self.siteCaption, 2, 0, 1, 1)

        self.siteValue = QLabel(self.detailsWidget)
        self.siteValue.setObjectName(u"siteValue")
        sizePolicy1.setHeightForWidth(self.siteValue.sizePolicy().hasHeightForWidth())
        self.siteValue.setSizePolicy(sizePolicy1)
        self.siteValue.setText(u"\u2014")
        self.siteValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsGrid.addWidget(self.siteValue, 2, 1, 1, 1)

        self.cardUidCaption = QLabel(self.detailsWidget)
        self.cardUidCaption.setObjectName(u"cardUidCaption")
        self.cardUidCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)

        self.detailsGrid.addWidget(self.cardUidCaption, 3, 0, 1, 1)

        self.cardUidValue = QLabel(self.detailsWidget)
        self.cardUidValue.setObjectName(u"cardUidValue")
        sizePolicy1.setHeightForWidth(self.cardUidValue.sizePolicy().hasHeightForWidth())
        self.cardUidValue.setSizePolicy(sizePolicy1)
        self.cardUidValue.setText(u"\u2014")
        self.cardUidValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsGrid.addWidget(self.cardUidValue, 3, 1, 1, 1)

        self.tagUidCaption = QLabel(self.detailsWidget)
        self.tagUidCaption.setObjectName(u"tagUidCaption")
        self.tagUidCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)

        self.detailsGrid.addWidget(self.tagUidCaption, 4, 0, 1, 1)

        self.tagUidValue = QLabel(self.detailsWidget)
        self.tagUidValue.setObjectName(u"tagUidValue")
        sizePolicy1.setHeightForWidth(self.tagUidValue.sizePolicy().hasHeightForWidth())
        self.tagUidValue.setSizePolicy(sizePolicy1)
        self.tagUidValue.setText(u"\u2014")
        self.tagUidValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsGrid.addWidget(self.tagUidValue, 4, 1, 1, 1)

        self.stampedCaption = QLabel(self.detailsWidget)
        self.stampedCaption.setObjectName(u"stampedCaption")
        self.stampedCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)

        self.detailsGrid.addWidget(self.stampedCaption, 5, 0, 1, 1)

        self.stampedValue = QLabel(self.detailsWidget)
        self.stampedValue.setObjectName(u"stampedValue")
        sizePolicy1.setHeightForWidth(self.stampedValue.sizePolicy().hasHeightForWidth())
        self.stampedValue.setSizePolicy(sizePolicy1)
        self.stampedValue.setText(u"\u2014")
        self.stampedValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsGrid.addWidget(self.stampedValue, 5, 1, 1, 1)

        self.labelCaption = QLabel(self.detailsWidget)
        self.labelCaption.setObjectName(u"labelCaption")
        self.labelCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)

        self.detailsGrid.addWidget(self.labelCaption, 6, 0, 1, 1)

        self.labelValue = QLabel(self.detailsWidget)
        self.labelValue.setObjectName(u"labelValue")
        sizePolicy1.setHeightForWidth(self.labelValue.sizePolicy().hasHeightForWidth())
        self.labelValue.setSizePolicy(sizePolicy1)
        self.labelValue.setText(u"\u2014")
        self.labelValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsGrid.addWidget(self.labelValue, 6, 1, 1, 1)

        self.receivedCaption = QLabel(self.detailsWidget)
        self.receivedCaption.setObjectName(u"receivedCaption")
        self.receivedCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)

        self.detailsGrid.addWidget(self.receivedCaption, 7, 0, 1, 1)

        self.receivedValue = QLabel(self.detailsWidget)
        self.receivedValue.setObjectName(u"receivedValue")
        sizePolicy1.setHeightForWidth(self.receivedValue.sizePolicy().hasHeightForWidth())
        self.receivedValue.setSizePolicy(sizePolicy1)
        self.receivedValue.setText(u"\u2014")
        self.receivedValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsGrid.addWidget(self.receivedValue, 7, 1, 1, 1)

        self.inChargeCaption = QLabel(self.detailsWidget)
        self.inChargeCaption.setObjectName(u"inChargeCaption")
        self.inChargeCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)

        self.detailsGrid.addWidget(self.inChargeCaption, 8, 0, 1, 1)

        self.inChargeValue = QLabel(self.detailsWidget)
        self.inChargeValue.setObjectName(u"inChargeValue")
        sizePolicy1.setHeightForWidth(self.inChargeValue.sizePolicy().hasHeightForWidth())
        self.inChargeValue.setSizePolicy(sizePolicy1)
        self.inChargeValue.setText(u"\u2014")
        self.inChargeValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsGrid.addWidget(self.inChargeValue, 8, 1, 1, 1)

        self.keepingCaption = QLabel(self.detailsWidget)
        self.keepingCaption.setObjectName(u"keepingCaption")
        self.keepingCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)

        self.detailsGrid.addWidget(self.keepingCaption, 9, 0, 1, 1)

        self.keepingValue = QLabel(self.detailsWidget)
        self.keepingValue.setObjectName(u"keepingValue")
        sizePolicy1.setHeightForWidth(self.keepingValue.sizePolicy().hasHeightForWidth())
        self.keepingValue.setSizePolicy(sizePolicy1)
        self.keepingValue.setText(u"\u2014")
        self.keepingValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsGrid.addWidget(self.keepingValue, 9, 1, 1, 1)

        self.holderCaption = QLabel(self.detailsWidget)
        self.holderCaption.setObjectName(u"holderCaption")
        self.holderCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)

        self.detailsGrid.addWidget(self.holderCaption, 10, 0, 1, 1)

        self.holderValue = QLabel(self.detailsWidget)
        self.holderValue.setObjectName(u"holderValue")
        sizePolicy1.setHeightForWidth(self.holderValue.sizePolicy().hasHeightForWidth())
        self.holderValue.setSizePolicy(sizePolicy1)
        self.holderValue.setText(u"\u2014")
        self.holderValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsGrid.addWidget(self.holderValue, 10, 1, 1, 1)

        self.heldSinceCaption = QLabel(self.detailsWidget)
        self.heldSinceCaption.setObjectName(u"heldSinceCaption")
        self.heldSinceCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)

        self.detailsGrid.addWidget(self.heldSinceCaption, 11, 0, 1, 1)

        self.heldSinceValue = QLabel(self.detailsWidget)
        self.heldSinceValue.setObjectName(u"heldSinceValue")
        sizePolicy1.setHeightForWidth(self.heldSinceValue.sizePolicy().hasHeightForWidth())
        self.heldSinceValue.setSizePolicy(sizePolicy1)
        self.heldSinceValue.setText(u"\u2014")
        self.heldSinceValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsGrid.addWidget(self.heldSinceValue, 11, 1, 1, 1)

        self.dueCaption = QLabel(self.detailsWidget)
        self.dueCaption.setObjectName(u"dueCaption")
        self.dueCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)

        self.detailsGrid.addWidget(self.dueCaption, 12, 0, 1, 1)

        self.dueValue = QLabel(self.detailsWidget)
        self.dueValue.setObjectName(u"dueValue")
        sizePolicy1.setHeightForWidth(self.dueValue.sizePolicy().hasHeightForWidth())
        self.dueValue.setSizePolicy(sizePolicy1)
        self.dueValue.setText(u"\u2014")
        self.dueValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsGrid.addWidget(self.dueValue, 12, 1, 1, 1)

        self.originalCaption = QLabel(self.detailsWidget)
        self.originalCaption.setObjectName(u"originalCaption")
        self.originalCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)

        self.detailsGrid.addWidget(self.originalCaption, 13, 0, 1, 1)

        self.originalValue = QLabel(self.detailsWidget)
        self.originalValue.setObjectName(u"originalValue")
        sizePolicy1.setHeightForWidth(self.originalValue.sizePolicy().hasHeightForWidth())
        self.originalValue.setSizePolicy(sizePolicy1)
        self.originalValue.setText(u"\u2014")
        self.originalValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsGrid.addWidget(self.originalValue, 13, 1, 1, 1)

        self.lastSeqCaption = QLabel(self.detailsWidget)
        self.lastSeqCaption.setObjectName(u"lastSeqCaption")
        self.lastSeqCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)

        self.detailsGrid.addWidget(self.lastSeqCaption, 14, 0, 1, 1)

        self.lastSeqValue = QLabel(self.detailsWidget)
        self.lastSeqValue.setObjectName(u"lastSeqValue")
        sizePolicy1.setHeightForWidth(self.lastSeqValue.sizePolicy().hasHeightForWidth())
        self.lastSeqValue.setSizePolicy(sizePolicy1)
        self.lastSeqValue.setText(u"\u2014")
        self.lastSeqValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsGrid.addWidget(self.lastSeqValue, 14, 1, 1, 1)

        self.detailsArea.setWidget(self.detailsWidget)

        self.detailsLayout.addWidget(self.detailsArea)

        self.splitter.addWidget(self.detailsBox)
        self.historyBox = QGroupBox(self.splitter)
        self.historyBox.setObjectName(u"historyBox")
        self.historyLayout = QVBoxLayout(self.historyBox)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyLayout.setContentsMargins(4, 4, 4, 4)
        self.timelineView = QListView(self.historyBox)
        self.timelineView.setObjectName(u"timelineView")
        self.timelineView.setFrameShape(QFrame.Shape.NoFrame)
        self.timelineView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timelineView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timelineView.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.timelineView.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timelineView.setResizeMode(QListView.ResizeMode.Adjust)
        self.timelineView.setSpacing(3)
        self.timelineView.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        self.historyLayout.addWidget(self.timelineView)

        self.splitter.addWidget(self.historyBox)

        self.itemLayout.addWidget(self.splitter)

        self.panelStack.addWidget(self.itemPage)

        self.panelLayout.addWidget(self.panelStack)


        self.retranslateUi(ItemPanel)

        QMetaObject.connectSlotsByName(ItemPanel)
    # setupUi

    def retranslateUi(self, ItemPanel: Any) -> None:
        self.emptyLabel.setText(QCoreApplication.translate("ItemPanel", u"S\u00e9lectionnez un objet dans le registre ou pr\u00e9sentez une carte, un badge ou un porte-cl\u00e9s au lecteur.", None))
        self.overdueLabel.setText(QCoreApplication.translate("ItemPanel", u"En retard", None))
        self.verifyButton.setText(QCoreApplication.translate("ItemPanel", u"Tout v\u00e9rifier", None))
#if QT_CONFIG(tooltip)
        self.verifyButton.setToolTip(QCoreApplication.translate("ItemPanel", u"V\u00e9rifier toute la cha\u00eene de l'historique et les signatures", None))
#endif // QT_CONFIG(tooltip)
        self.detailsBox.setTitle(QCoreApplication.translate("ItemPanel", u"Fiche", None))
        self.typeCaption.setText(QCoreApplication.translate("ItemPanel", u"Type :", None))
        self.clientCaption.setText(QCoreApplication.translate("ItemPanel", u"Client :", None))
        self.siteCaption.setText(QCoreApplication.translate("ItemPanel", u"Site :", None))
        self.cardUidCaption.setText(QCoreApplication.translate("ItemPanel", u"UID de la carte :", None))
        self.tagUidCaption.setText(QCoreApplication.translate("ItemPanel", u"UID du porte-cl\u00e9s :", None))
        self.stampedCaption.setText(QCoreApplication.translate("ItemPanel", u"Num\u00e9ro frapp\u00e9 :", None))
        self.labelCaption.setText(QCoreApplication.translate("ItemPanel", u"D\u00e9signation :", None))
        self.receivedCaption.setText(QCoreApplication.translate("ItemPanel", u"Re\u00e7u le :", None))
        self.inChargeCaption.setText(QCoreApplication.translate("ItemPanel", u"Responsable :", None))
        self.keepingCaption.setText(QCoreApplication.translate("ItemPanel", u"Conservation :", None))
        self.holderCaption.setText(QCoreApplication.translate("ItemPanel", u"D\u00e9tenteur :", None))
        self.heldSinceCaption.setText(QCoreApplication.translate("ItemPanel", u"Depuis le :", None))
        self.dueCaption.setText(QCoreApplication.translate("ItemPanel", u"Retour pr\u00e9vu :", None))
        self.originalCaption.setText(QCoreApplication.translate("ItemPanel", u"Copie de :", None))
        self.lastSeqCaption.setText(QCoreApplication.translate("ItemPanel", u"Dernier mouvement :", None))
        self.historyBox.setTitle(QCoreApplication.translate("ItemPanel", u"Historique", None))
        pass
    # retranslateUi

