"""User-facing texts of the device layer (French first).

Every sentence a person may read about a reader (a status reason, a failed read) is
defined here once, wrapped in :func:`N_`, a no-op marker the translation extraction
looks for (``context = "devices"``). The GUI shows ``reason_fr`` through its translator;
the CLI prints it as is.

The messages never contain a UID or a key: a UID identifies a person's badge.
"""

from __future__ import annotations

#: translation context for the extraction tool and the GUI's translator
CONTEXT = "devices"


def N_(text: str) -> str:
    """Mark *text* for translation without translating it now (gettext's ``N_``)."""
    return text


# -- library / service gate (habit 5: "recognised but unusable")
LIBRARY_MISSING = N_("Le module « {library} » n'est pas installé : les lecteurs {family} sont indisponibles.")
LIBRARY_TOO_OLD = N_(
    "La version {version} du module « {library} » est trop ancienne (version {minimum} ou plus récente requise)."
)
LIBRARY_BROKEN = N_("Le module « {library} » ne peut pas être chargé : {detail}.")
INTERNAL_ERROR = N_("Erreur interne du pilote {family} ; redémarrage automatique.")
BACKEND_STOPPED = N_("Surveillance des lecteurs {family} arrêtée.")

# -- PC/SC
PCSC_SERVICE_DOWN = N_("Le service de cartes à puce (pcscd) ne répond pas ; nouvel essai automatique.")
PCSC_NO_READER = N_("Aucun lecteur de cartes branché.")
READER_UNPLUGGED = N_("Lecteur débranché.")
READER_SERVICE_LOST = N_("Lecteur indisponible : le service de cartes à puce est arrêté.")
READER_EXCLUSIVE = N_("Lecteur utilisé en exclusivité par une autre application.")
CARD_MUTE = N_("Carte présente mais muette : reposez-la bien à plat sur le lecteur.")
CARD_REMOVED_DURING_READ = N_("Carte retirée pendant la lecture : reposez-la et maintenez-la sur le lecteur.")
CARD_SHARING_VIOLATION = N_("La carte est utilisée par une autre application.")
UID_UNSUPPORTED = N_("Ce lecteur ne sait pas lire l'identifiant de cette carte.")
UID_READ_FAILED = N_("Lecture de l'identifiant échouée : la carte n'a pas répondu correctement.")
UID_SHORT_RESPONSE = N_("Réponse incomplète du lecteur : lecture annulée, reposez la carte.")
UID_UNEXPECTED = N_("Réponse inattendue du lecteur (code {sw}) : lecture annulée.")
READER_ERROR = N_("Erreur du lecteur ({detail}) : lecture annulée.")
READ_TIMEOUT = N_("Le lecteur n'a pas répondu à temps.")

# -- NFC
NFC_NO_DEVICE = N_("Aucun lecteur NFC trouvé ({path}) ; nouvel essai automatique.")
NFC_DEVICE_LOST = N_("Lecteur NFC débranché ou inaccessible ({path}).")
TAG_REMOVED_DURING_READ = N_("Étiquette retirée pendant la lecture : reposez-la sur le lecteur.")
NDEF_UNREADABLE = N_("Contenu illisible : les données NDEF de cette étiquette sont mal formées.")
TAG_NOT_NDEF = N_("Cette étiquette n'est pas formatée NDEF : impossible d'y écrire.")
TAG_READ_ONLY = N_("Cette étiquette est verrouillée en écriture.")
TAG_TOO_SMALL = N_("Cette étiquette est trop petite ({capacity} octets) pour l'identifiant du registre.")
TAG_WRITE_FAILED = N_("Écriture de l'étiquette échouée : maintenez-la sur le lecteur et recommencez.")
TAG_WRITE_NOT_VERIFIED = N_("L'étiquette relue ne correspond pas à ce qui a été écrit : recommencez.")
NO_NFC_BACKEND = N_("Aucun lecteur NFC n'est configuré pour écrire une étiquette.")
WRITE_TIMEOUT = N_("Aucune étiquette n'a été présentée à temps.")

# -- demo mode
DEMO_CARD_UNAVAILABLE = N_(
    "La carte virtuelle de démonstration n'a pas pu être posée : le service de cartes à puce (pcscd) "
    "avec son lecteur virtuel n'est pas disponible sur ce poste."
)
DEMO_READER = N_("Lecteur de démonstration")

# -- key tags
KEYTAG_VALID = N_("Étiquette authentique.")
KEYTAG_FORGED = N_("Étiquette falsifiée : son sceau ne correspond pas à son contenu.")
KEYTAG_COPIED = N_("Étiquette copiée : son contenu a été écrit pour une autre puce.")
KEYTAG_MALFORMED = N_("Étiquette Mileo illisible ou tronquée.")
KEYTAG_OTHER_INSTALLATION = N_("Étiquette écrite par une autre installation de Mileo Desk : non vérifiable ici.")
KEYTAG_NO_KEY = N_("Aucune clé d'étiquettes n'est définie sur ce poste : étiquette non vérifiable.")
KEYRING_UNAVAILABLE = N_("Le trousseau du système est indisponible : {detail}.")
REGISTRY_ID_INVALID = N_("Identifiant du registre invalide : lettres, chiffres et tirets, 3 à 32 caractères.")

# -- signature pads
PAD_UNPLUGGED = N_("Tablette de signature débranchée.")
PAD_NOT_OPEN = N_("La tablette de signature n'est pas ouverte.")

# -- states shown in lists
STATE_LABELS = {
    "present": N_("présent"),
    "absent": N_("absent"),
    "error": N_("erreur"),
    "unusable": N_("reconnu mais inutilisable"),
}
