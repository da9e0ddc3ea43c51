"""Reference data: clients with their security contact and contract level, sites with their
sensitivity (S1–S3, PROC-INT-005 §01), staff and — for administrators — their accounts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QVBoxLayout, QWidget

from ...domain.enums import ContractLevel, Role, Sensitivity
from ...domain.errors import ValidationError
from ...domain.identifiers import CLIENT_CODE_MAX, CLIENT_CODE_PATTERN
from ...domain.permissions import Action
from ..models.labels import contract_label, role_label
from ..operations import directory as directory_ops
from .base import OpDialog
from .fields import form_layout, hint_label, section_label, sensitivity_label, set_tab_chain

if TYPE_CHECKING:
    from ...services.dto import Changes, ClientView, PersonView, SiteView
    from ..context import GuiContext


class ClientDialog(OpDialog):
    """Create or edit a client: name, code, security contact (responsable sécurité: name,
    phone, email) and contract level."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None, client: ClientView | None = None) -> None:
        super().__init__(
            ctx, parent,
            title=(self.tr("Modifier le client {name}").format(name=client.name) if client
                   else self.tr("Nouveau client")),
            ok_text=self.tr("&Enregistrer") if client else self.tr("C&réer le client"),
        )
        self.client = client
        self.code_edit = QLineEdit(self.body)
        self.code_edit.setObjectName("codeEdit")
        # typing is limited to the domain's grammar (case is folded by the service); the
        # service still checks the code, since a script or the CLI bypass this field
        self.code_edit.setMaxLength(CLIENT_CODE_MAX)
        self.code_edit.setPlaceholderText(self.tr("ex. ECL (2 à 12 lettres ou chiffres)"))
        self.code_edit.setValidator(QRegularExpressionValidator(QRegularExpression(
            CLIENT_CODE_PATTERN.replace("A-Z", "A-Za-z").replace("{2,", "{0,")), self))
        self.name_edit = QLineEdit(self.body)
        self.name_edit.setObjectName("nameEdit")
        self.contact_name_edit = QLineEdit(self.body)
        self.contact_name_edit.setObjectName("contactNameEdit")
        self.contact_phone_edit = QLineEdit(self.body)
        self.contact_phone_edit.setObjectName("contactPhoneEdit")
        self.contact_phone_edit.setPlaceholderText("+33 1 23 45 67 89")
        self.contact_email_edit = QLineEdit(self.body)
        self.contact_email_edit.setObjectName("contactEmailEdit")
        self.contact_email_edit.setPlaceholderText(self.tr("securite@client.fr"))
        self.contact_hint = hint_label(
            self.tr("En cas de perte ou de vol, c'est lui que le responsable d'exploitation prévient "
                    "(PROC-INT-006 §03)."),
            self.body,
        )
        self.level_combo = QComboBox(self.body)
        self.level_combo.setObjectName("levelCombo")
        for level in (ContractLevel.STANDARD, ContractLevel.PREMIUM):
            self.level_combo.addItem(contract_label(level), level.value)
        self.active_check = QCheckBox(self.tr("Client &actif"), self.body)
        self.active_check.setChecked(True)

        form = form_layout()
        form.addRow(self.tr("Co&de :"), self.code_edit)
        form.addRow(self.tr("&Nom du client :"), self.name_edit)
        form.addRow(self.tr("Niveau de &contrat :"), self.level_combo)
        form.addRow("", self.active_check)
        form.addRow(section_label(self.tr("Responsable sécurité du client"), self.body))
        form.addRow(self.tr("N&om :"), self.contact_name_edit)
        form.addRow(self.tr("&Téléphone :"), self.contact_phone_edit)
        form.addRow(self.tr("E-&mail :"), self.contact_email_edit)
        form.addRow("", self.contact_hint)
        form.setRowVisible(self.active_check, client is not None)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addStretch(1)

        if client is not None:
            self.code_edit.setText(client.code)
            self.code_edit.setReadOnly(True)
            self.code_edit.setEnabled(False)
            self.name_edit.setText(client.name)
            self.contact_name_edit.setText(client.contact_name)
            self.contact_phone_edit.setText(client.contact_phone or "")
            self.contact_email_edit.setText(client.contact_email or "")
            self.level_combo.setCurrentIndex(self.level_combo.findData(client.contract_level.value))
            self.active_check.setChecked(client.active)

        # the service names fields by its own keyword names (contact_phone) and the domain's
        # checkers by theirs (phone): both lead to the same widget
        for name, widget in (("code", self.code_edit), ("name", self.name_edit),
                             ("contact_name", self.contact_name_edit), ("phone", self.contact_phone_edit),
                             ("contact_phone", self.contact_phone_edit), ("email", self.contact_email_edit),
                             ("contact_email", self.contact_email_edit), ("contract_level", self.level_combo),
                             ("client", self.name_edit)):
            self.register_field(name, widget)
        set_tab_chain([self.code_edit, self.name_edit, self.level_combo, self.active_check, self.contact_name_edit,
                       self.contact_phone_edit, self.contact_email_edit, self.ok_button, self.cancel_button])
        self.setMinimumWidth(540)
        # a code is never changed once items carry it: editing starts at the name
        (self.name_edit if client else self.code_edit).setFocus()

    def change_set(self, result: Any) -> Changes:
        # item lists show client names: the registry re-reads its rows on clients=True
        return directory_ops.CLIENTS_CHANGED

    def build_op(self) -> Callable[[], Any]:
        values = {
            "name": self.name_edit.text(),
            "contact_name": self.contact_name_edit.text(),
            "contact_phone": self.contact_phone_edit.text(),
            "contact_email": self.contact_email_edit.text(),
            "contract_level": self.level_combo.currentData(),
        }
        if self.client is None:
            return directory_ops.create_client(self.ctx, code=self.code_edit.text(), **values)
        return directory_ops.update_client(self.ctx, self.client.id, active=self.active_check.isChecked(), **values)


class SiteDialog(OpDialog):
    """Create or edit a client site and its sensitivity level (S1–S3, PROC-INT-005 §01)."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None, client: ClientView | None = None,
                 site: SiteView | None = None) -> None:
        super().__init__(
            ctx, parent,
            title=(self.tr("Modifier le site {name}").format(name=site.name) if site
                   else self.tr("Nouveau site")),
            ok_text=self.tr("&Enregistrer") if site else self.tr("&Créer le site"),
        )
        self.site = site
        self._client_id = site.client_id if site is not None else (client.id if client is not None else None)
        self.client_combo = QComboBox(self.body)
        self.client_combo.setObjectName("clientCombo")
        self.client_combo.setMinimumContentsLength(24)
        self.name_edit = QLineEdit(self.body)
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setPlaceholderText(self.tr("ex. Entrepôt de Pantin"))
        self.address_edit = QLineEdit(self.body)
        self.address_edit.setObjectName("addressEdit")
        self.address_edit.setPlaceholderText(self.tr("Numéro, rue, code postal, ville"))
        self.sensitivity_combo = QComboBox(self.body)
        self.sensitivity_combo.setObjectName("sensitivityCombo")
        for level in Sensitivity:
            self.sensitivity_combo.addItem(sensitivity_label(level), level.value)
        self.sensitivity_hint = hint_label(
            self.tr("PROC-INT-005 §01 : les sites S2 et S3 sont sensibles ; le technicien y présente, en plus de "
                    "son badge Mileo, une pièce d'identité officielle."),
            self.body,
        )
        self.active_check = QCheckBox(self.tr("Site ac&tif"), self.body)
        self.active_check.setChecked(True)
        self.active_check.setVisible(site is not None)

        form = form_layout()
        form.addRow(self.tr("C&lient :"), self.client_combo)
        form.addRow(self.tr("&Nom du site :"), self.name_edit)
        form.addRow(self.tr("&Adresse :"), self.address_edit)
        form.addRow(self.tr("&Sensibilité :"), self.sensitivity_combo)
        form.addRow("", self.sensitivity_hint)
        form.addRow("", self.active_check)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addStretch(1)

        if site is not None:
            self.client_combo.addItem(site.client_name, site.client_id)
            self.client_combo.setEnabled(False)
            self.name_edit.setText(site.name)
            self.address_edit.setText(site.address)
            self.sensitivity_combo.setCurrentIndex(self.sensitivity_combo.findData(site.sensitivity.value))
            self.active_check.setChecked(site.active)
        else:
            if client is not None:
                self.client_combo.addItem(client.name, client.id)
            actor, directory = self.actor(), ctx.services.directory
            self.load(lambda: directory.list_clients(actor), self._on_clients_loaded)

        for name, widget in (("client", self.client_combo), ("client_id", self.client_combo),
                             ("name", self.name_edit), ("address", self.address_edit),
                             ("sensitivity", self.sensitivity_combo)):
            self.register_field(name, widget)
        set_tab_chain([self.client_combo, self.name_edit, self.address_edit, self.sensitivity_combo,
                       self.active_check, self.ok_button, self.cancel_button])
        self.setMinimumWidth(540)
        (self.name_edit if site is not None or client is not None else self.client_combo).setFocus()

    def _on_clients_loaded(self, clients: list[ClientView]) -> None:
        self.client_combo.clear()
        for c in clients:
            self.client_combo.addItem(f"{c.name} ({c.code})", c.id)
        index = self.client_combo.findData(self._client_id) if self._client_id is not None else -1
        self.client_combo.setCurrentIndex(index)

    def change_set(self, result: Any) -> Changes:
        return directory_ops.CLIENTS_CHANGED

    def build_op(self) -> Callable[[], Any]:
        client_id = self.client_combo.currentData()
        if client_id is None:
            raise ValidationError(self.tr("Choisissez le client du site."), field="client")
        name = self.name_edit.text()
        address = self.address_edit.text()
        sensitivity = self.sensitivity_combo.currentData()
        if self.site is None:
            return directory_ops.create_site(self.ctx, client_id=int(client_id), name=name, address=address,
                                             sensitivity=sensitivity)
        return directory_ops.update_site(self.ctx, self.site.id, name=name, address=address, sensitivity=sensitivity,
                                         active=self.active_check.isChecked())


class PersonDialog(OpDialog):
    """Create or edit a member of staff (name, role, Mileo badge, contact); administrators
    also set the account: login, password, role and whether it is active."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None, person: PersonView | None = None) -> None:
        super().__init__(
            ctx, parent,
            title=(self.tr("Modifier {name}").format(name=person.full_name) if person
                   else self.tr("Nouvelle personne")),
            ok_text=self.tr("&Enregistrer") if person else self.tr("C&réer"),
        )
        self.person = person
        self.manages_users = ctx.can(Action.MANAGE_USERS)

        self.name_edit = QLineEdit(self.body)
        self.name_edit.setObjectName("fullNameEdit")
        self.name_edit.setPlaceholderText(self.tr("Prénom Nom"))
        self.role_combo = QComboBox(self.body)
        self.role_combo.setObjectName("roleCombo")
        for role in (Role.TECHNICIAN, Role.SITE_LEAD, Role.CUSTODIAN, Role.OPERATIONS_MANAGER, Role.ADMIN):
            self.role_combo.addItem(role_label(role), role.value)
        self.badge_edit = QLineEdit(self.body)
        self.badge_edit.setObjectName("badgeEdit")
        self.badge_edit.setPlaceholderText(self.tr("Présentez le badge Mileo au lecteur, ou tapez son UID"))
        self.email_edit = QLineEdit(self.body)
        self.email_edit.setObjectName("emailEdit")
        self.email_edit.setPlaceholderText(self.tr("prenom.nom@mileotech.com"))
        self.phone_edit = QLineEdit(self.body)
        self.phone_edit.setObjectName("phoneEdit")
        self.phone_edit.setPlaceholderText("+33 6 12 34 56 78")

        self.login_edit = QLineEdit(self.body)
        self.login_edit.setObjectName("loginEdit")
        self.login_edit.setPlaceholderText(self.tr("Laisser vide : pas de compte"))
        self.password_edit = QLineEdit(self.body)
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit = QLineEdit(self.body)
        self.confirm_edit.setObjectName("confirmEdit")
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.active_check = QCheckBox(self.tr("&Actif"), self.body)
        self.active_check.setChecked(True)
        self.account_label = section_label(self.tr("Compte de connexion"), self.body)
        self.account_hint = hint_label("", self.body)

        form = form_layout()
        form.addRow(self.tr("&Nom complet :"), self.name_edit)
        form.addRow(self.tr("&Rôle :"), self.role_combo)
        form.addRow(self.tr("&Badge Mileo (UID) :"), self.badge_edit)
        form.addRow(self.tr("E-&mail :"), self.email_edit)
        form.addRow(self.tr("&Téléphone :"), self.phone_edit)
        form.addRow("", self.active_check)
        form.addRow(self.account_label)
        form.addRow(self.tr("&Identifiant :"), self.login_edit)
        form.addRow(self.tr("Mot de pa&sse :"), self.password_edit)
        form.addRow(self.tr("Con&firmation :"), self.confirm_edit)
        for row in (self.account_label, self.login_edit, self.password_edit, self.confirm_edit):
            form.setRowVisible(row, self.manages_users)
        form.setRowVisible(self.active_check, person is not None)
        form.addRow("", self.account_hint)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addStretch(1)

        if person is not None:
            self.name_edit.setText(person.full_name)
            self.role_combo.setCurrentIndex(self.role_combo.findData(person.role.value))
            self.badge_edit.setText(person.badge_uid or "")
            self.email_edit.setText(person.email or "")
            self.phone_edit.setText(person.phone or "")
            self.active_check.setChecked(person.active)
            if person.login:
                self.login_edit.setText(person.login)
                self.login_edit.setReadOnly(True)
                self.password_edit.setPlaceholderText(self.tr("Laisser vide : inchangé"))
                if not self.manages_users:
                    # the role and the activity of an account are the administrator's (manage_users)
                    self.role_combo.setEnabled(False)
                    self.active_check.setEnabled(False)
                    self.account_hint.setText(
                        self.tr("{name} a un compte de connexion : son rôle et son activité sont gérés par un "
                                "administrateur.").format(name=person.full_name)
                    )
        if person is None or not person.login:
            self.password_edit.setPlaceholderText(self.tr("Obligatoire si un identifiant est saisi"))
        self.account_hint.setVisible(bool(self.account_hint.text()))

        for name, widget in (("full_name", self.name_edit), ("role", self.role_combo),
                             ("badge_uid", self.badge_edit), ("email", self.email_edit),
                             ("phone", self.phone_edit), ("login", self.login_edit),
                             ("password", self.password_edit), ("person", self.name_edit),
                             ("code:soi_meme", self.active_check)):
            self.register_field(name, widget)
        set_tab_chain([self.name_edit, self.role_combo, self.badge_edit, self.email_edit, self.phone_edit,
                       self.active_check, self.login_edit, self.password_edit, self.confirm_edit,
                       self.ok_button, self.cancel_button])
        self.grab_scans(self._on_scan)
        self.setMinimumWidth(540)
        self.name_edit.setFocus()

    def _on_scan(self, event: Any) -> None:
        # the Mileo badge is presented while the dialog is open: its UID fills the field,
        # whatever field has the focus (a read never types into the name)
        uid = getattr(event, "uid", None)
        if uid:
            self.badge_edit.setText(str(uid))
            self.badge_edit.setFocus()

    def change_set(self, result: Any) -> Changes:
        return directory_ops.PEOPLE_CHANGED

    def build_op(self) -> Callable[[], Any]:
        login = self.login_edit.text().strip() if self.manages_users else ""
        password = self.password_edit.text()
        # the confirmation is the dialog's own check: the service never sees the second copy
        if self.manages_users and password != self.confirm_edit.text():
            raise ValidationError(self.tr("Les deux mots de passe ne sont pas identiques."), field="password")
        full_name = self.name_edit.text()
        role = Role(self.role_combo.currentData())
        badge = self.badge_edit.text()
        email = self.email_edit.text()
        phone = self.phone_edit.text()
        if self.person is None:
            return directory_ops.create_person(
                self.ctx, full_name=full_name, role=role, badge_uid=badge or None, email=email or None,
                phone=phone or None, login=login or None, password=password or None,
            )
        person = self.person
        # only what changed: a role or activity change on an account needs manage_users
        new_role = role if role is not person.role else None
        active = self.active_check.isChecked()
        new_active = active if active != person.active else None
        set_password = bool(self.manages_users and login and password)
        return directory_ops.update_person(self.ctx, person.id, full_name=full_name, role=new_role, active=new_active,
                                           badge_uid=badge, email=email, phone=phone,
                                           account=(login, password) if set_password else None)


__all__ = ["ClientDialog", "PersonDialog", "SiteDialog"]
