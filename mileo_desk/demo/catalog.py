"""The fictional world of the demo: its accounts, clients, sites, technicians and the kinds
of items they hand over. Names, addresses and numbers are invented."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain.enums import ContractLevel, ItemType, Role, Sensitivity

if TYPE_CHECKING:
    pass


#: the password of every demo account (documented in the README, section « Démonstration »)
DEMO_PASSWORD = "demo-mileo"
#: the card UID of the demo's first badge, which the virtual card of the demo mode carries:
#: « Démo : poser la carte virtuelle » opens that item (gui/device_setup.py)
DEMO_CARD_UID = "A1B2C3D4"
DEMO_SEED = 2026
DEMO_ITEMS = 220
DEMO_MONTHS = 6
#: key of the settings row that marks a registry as demonstration data
SETTING_KEY = "demo"


@dataclass(frozen=True)
class DemoUser:
    """A demo account: one per role."""

    login: str
    full_name: str
    role: Role
    station: str


DEMO_USERS: tuple[DemoUser, ...] = (
    DemoUser("admin", "Camille Rousseau", Role.ADMIN, "poste-admin"),
    DemoUser("gardien", "Nathalie Bernard", Role.CUSTODIAN, "accueil-siege"),
    DemoUser("exploitation", "Laurent Mercier", Role.OPERATIONS_MANAGER, "poste-exploitation"),
    DemoUser("chef", "Sébastien Faure", Role.SITE_LEAD, "portable-chantier"),
    DemoUser("technicien", "Julien Moreau", Role.TECHNICIAN, "poste-atelier"),
)
DEMO_ADMIN = DEMO_USERS[0]



# --------------------------------------------------------------------------- reference data

_S1, _S2, _S3 = Sensitivity.S1, Sensitivity.S2, Sensitivity.S3
_P, _STD = ContractLevel.PREMIUM, ContractLevel.STANDARD


@dataclass(frozen=True)
class ClientSpec:
    code: str
    name: str
    level: ContractLevel
    contact: tuple[str, str, str]  # name, phone, email
    sites: tuple[tuple[str, str, Sensitivity], ...]
    weight: int  # share of the items


CLIENTS: tuple[ClientSpec, ...] = (
    ClientSpec("HSA", "Groupe Hospitalier Saint-Aubin", _P,
                ("Hélène Garnier", "+33 1 45 67 21 90", "securite@gh-saint-aubin.fr"),
                (("Hôpital Saint-Aubin — bâtiment A", "45 rue de la Santé, 75013 Paris", _S2),
                 ("Pharmacie centrale", "45 bis rue de la Santé, 75013 Paris", _S3),
                 ("Clinique des Lilas", "8 allée des Tilleuls, 93260 Les Lilas", _S1)), 45),
    ClientSpec("BLF", "Banque Lefort & Associés", _P,
                ("Marc Delaunay", "+33 1 53 20 44 10", "rssi@lefort-associes.fr"),
                (("Siège — Opéra", "18 boulevard Haussmann, 75009 Paris", _S3),
                 ("Agence Neuilly", "96 avenue Charles-de-Gaulle, 92200 Neuilly-sur-Seine", _S2)), 30),
    ClientSpec("VAL", "Laboratoires Valmont", _P,
                ("Isabelle Renaud", "+33 4 72 10 33 58", "securite.site@valmont-labs.fr"),
                (("Centre de recherche de Gerland", "60 avenue Tony-Garnier, 69007 Lyon", _S3),
                 ("Unité de production de Saint-Priest", "14 rue du Dauphiné, 69800 Saint-Priest", _S2),
                 ("Entrepôt de Corbas", "ZI de Corbas, 3 rue des Frères-Lumière, 69960 Corbas", _S1)), 40),
    ClientSpec("RHG", "Résidences Haussmann Gestion", _STD,
                ("Patrick Lemoine", "+33 1 42 93 18 77", "p.lemoine@rh-gestion.fr"),
                (("Résidence Monceau", "27 rue de Lévis, 75017 Paris", _S1),
                 ("Résidence Batignolles", "112 rue Legendre, 75017 Paris", _S1),
                 ("Résidence Ternes", "9 rue Poncelet, 75017 Paris", _S1),
                 ("Parking Courcelles", "150 boulevard de Courcelles, 75017 Paris", _S1)), 35),
    ClientSpec("LSA", "Logistique Seine-Amont", _STD,
                ("Karim Benali", "+33 1 64 88 52 03", "k.benali@seine-amont-logistique.fr"),
                (("Plateforme de Vitry", "5 quai Jules-Guesde, 94400 Vitry-sur-Seine", _S1),
                 ("Entrepôt de Choisy", "21 avenue de Villeneuve-Saint-Georges, 94600 Choisy-le-Roi", _S2)), 20),
    ClientSpec("MAR", "Hôtel Le Marceau", _STD,
                ("Sandrine Picard", "+33 1 47 23 65 40", "securite@hotel-lemarceau.fr"),
                (("Hôtel — avenue Marceau", "38 avenue Marceau, 75008 Paris", _S2),
                 ("Annexe Chaillot", "4 rue de Chaillot, 75116 Paris", _S1)), 20),
    ClientSpec("DCN", "DCN Infra — datacenters Île-de-France", _P,
                ("Thierry Vasseur", "+33 1 70 38 92 15", "soc@dcn-infra.fr"),
                (("Datacenter Saint-Denis DC1", "12 rue du Landy, 93200 Saint-Denis", _S3),
                 ("Datacenter Aubervilliers DC2", "61 rue des Gardinoux, 93300 Aubervilliers", _S3)), 35),
    ClientSpec("FCA", "Fondation Carpeaux", _STD,
                ("Élodie Marchand", "+33 1 44 05 71 26", "e.marchand@fondation-carpeaux.fr"),
                (("Musée — hôtel de Sévigné", "23 rue de Sévigné, 75003 Paris", _S2),
                 ("Réserves de Saint-Ouen", "7 rue Paul-Bert, 93400 Saint-Ouen-sur-Seine", _S3)), 25),
)
#: the client whose maintenance contract ends during the demo (restitution, then archive)
ENDED_CLIENT = "LSA"

TECHNICIANS: tuple[tuple[str, str], ...] = (
    ("Antoine Lefebvre", "+33 6 12 45 78 90"),
    ("Mehdi Haddad", "+33 6 23 56 89 01"),
    ("Lucie Fontaine", "+33 6 34 67 90 12"),
    ("Kevin Nguyen", "+33 6 45 78 01 23"),
    ("Romain Chevalier", "+33 6 56 89 12 34"),
    ("Sarah Benoît", "+33 6 67 90 23 45"),
    ("Nicolas Girard", "+33 6 78 01 34 56"),
    ("Yannick Le Goff", "+33 6 89 12 45 67"),
    ("Fatou Diallo", "+33 7 81 23 56 78"),
    ("Guillaume Perrin", "+33 7 82 34 67 89"),
    ("Damien Roche", "+33 7 83 45 78 90"),
)

TYPE_WEIGHTS = (
    (ItemType.BADGE, 34),
    (ItemType.MECHANICAL_KEY, 30),
    (ItemType.TEMPORARY_BADGE, 18),
    (ItemType.CODE_KEY, 9),
    (ItemType.MASTER_KEY, 9),
)
BADGE_ZONES = ("parking", "hall d'accueil", "local technique", "salle serveurs", "quai de livraison",
                "PC sécurité", "toiture", "sous-sol", "salle blanche", "bureaux 3e étage")
KEY_ROOMS = ("local TGBT", "local CCTV", "baie de brassage", "armoire SSI", "local poubelles", "chaufferie",
              "portail", "accès toiture", "local onduleurs", "grille du parking", "local vélos", "gaine palière")
KEY_BRANDS = ("Vachette", "Bricard", "Fichet", "Abus", "Pollux", "Heracles")



def ascii_name(text: str) -> str:
    import unicodedata

    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if not unicodedata.combining(c)).replace(" ", "-").replace("'", "")
