<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="fr_FR">
<context>
    <name>ActionsMixin</name>
    <message>
        <location filename="../../mileo_desk/gui/main_window/actions.py" line="136"/>
        <source>Choisissez d&apos;abord un objet dans le registre ou lisez son badge.</source>
        <extracomment>each item action and the movement of the domain it starts (its rules say when it may)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../mileo_desk/app.py" line="349"/>
        <source>Mileo Desk</source>
        <extracomment>an empty registry the demo is not wanted in: how to create the first administrator the example every refusal of a URL ends with query parameters of a URL that carry a secret (libpq accepts them there too)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/app.py" line="349"/>
        <source>Impossible d&apos;ouvrir la base de données du registre : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/app.py" line="359"/>
        <source>Registre : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/app.py" line="380"/>
        <source>Préparation du registre…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttributeDialog</name>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="195"/>
        <source>Attribuer {registry_id} à un technicien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="196"/>
        <source>&amp;Attribuer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChainStatus</name>
    <message numerus="yes">
        <location filename="../../mileo_desk/gui/models/chain_check.py" line="38"/>
        <source>Historique intègre (%n mouvement(s) de l&apos;objet)</source>
        <translation>
            <numerusform>Historique intègre (%n mouvement de l&apos;objet)</numerusform>
            <numerusform>Historique intègre (%n mouvements de l&apos;objet)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/chain_check.py" line="41"/>
        <source>Premier maillon rompu : signature du mouvement n°%1 altérée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/chain_check.py" line="43"/>
        <source>Premier maillon rompu : lien après le mouvement n°%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/chain_check.py" line="45"/>
        <source>Premier maillon rompu : mouvement n°%1 modifié</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../mileo_desk/gui/models/chain_check.py" line="80"/>
        <source>Chaîne complète intègre (%n mouvement(s))</source>
        <translation>
            <numerusform>Chaîne complète intègre (%n mouvement)</numerusform>
            <numerusform>Chaîne complète intègre (%n mouvements)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/chain_check.py" line="81"/>
        <source>Chaîne complète rompue au mouvement n°%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="34"/>
        <source>Modifier le client {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="35"/>
        <source>Nouveau client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="36"/>
        <source>&amp;Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="36"/>
        <source>C&amp;réer le client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="44"/>
        <source>ex. ECL (2 à 12 lettres ou chiffres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="56"/>
        <source>securite@client.fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="58"/>
        <source>En cas de perte ou de vol, c&apos;est lui que le responsable d&apos;exploitation prévient (PROC-INT-006 §03).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="66"/>
        <source>Client &amp;actif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="70"/>
        <source>Co&amp;de :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="71"/>
        <source>&amp;Nom du client :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="72"/>
        <source>Niveau de &amp;contrat :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="74"/>
        <source>Responsable sécurité du client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="75"/>
        <source>N&amp;om :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="76"/>
        <source>&amp;Téléphone :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="77"/>
        <source>E-&amp;mail :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/correction.py" line="35"/>
        <source>Corriger le mouvement n°{seq}</source>
        <extracomment>the item fields a correction may change, in the order shown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/correction.py" line="36"/>
        <source>&amp;Enregistrer la correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/correction.py" line="55"/>
        <source>L&apos;historique n&apos;est jamais modifié : la correction est un nouveau mouvement qui renvoie à celui-ci, avec son motif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/correction.py" line="59"/>
        <source>Pourquoi ce mouvement doit être corrigé (obligatoire)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/correction.py" line="63"/>
        <source>Corriger la &amp;date de retour prévue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/correction.py" line="72"/>
        <source>Seule la date de retour d&apos;une attribution ou d&apos;un transfert se corrige.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/correction.py" line="76"/>
        <source>N° &amp;frappé :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/correction.py" line="77"/>
        <source>Dé&amp;signation :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/correction.py" line="78"/>
        <source>UID de la &amp;carte :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/correction.py" line="79"/>
        <source>UID du &amp;porte-clés :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/correction.py" line="83"/>
        <source>&amp;Motif :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/correction.py" line="85"/>
        <source>Retour prévu le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/correction.py" line="86"/>
        <source>Champs de l&apos;objet (modifiez seulement ce qui est faux) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/correction.py" line="117"/>
        <source>&lt;b&gt;N°{seq}&lt;/b&gt; — {kind} — {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/correction.py" line="119"/>
        <source>Objet {registry_id}, enregistré par {actor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/correction.py" line="123"/>
        <source>Détenteur : {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/correction.py" line="125"/>
        <source>Retour prévu le {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/correction.py" line="127"/>
        <source>Note : {note}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../mileo_desk/gui/dashboard.py" line="124"/>
        <source>Attributions en retard (%1)</source>
        <extracomment>an item id to open every list has its ids</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dashboard.py" line="125"/>
        <source>Badges temporaires non rendus (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dashboard.py" line="126"/>
        <source>Objets perdus ou volés (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dashboard.py" line="128"/>
        <source>Chargement du tableau de bord…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dashboard.py" line="131"/>
        <source>À traiter : les attributions en retard et les badges temporaires encore dehors (ils doivent revenir le jour même, PROC-INT-005 §04).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dashboard.py" line="134"/>
        <source>Rien en retard, aucun badge temporaire dehors, aucun objet perdu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="35"/>
        <source>Actualiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="51"/>
        <source>Attributions en retard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="98"/>
        <source>Badges temporaires non rendus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="145"/>
        <source>Objets perdus ou volés</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Delay</name>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="36"/>
        <source>{days} j {hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="38"/>
        <source>{hours} h {minutes:02d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="39"/>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceSetup</name>
    <message>
        <location filename="../../mileo_desk/gui/device_setup.py" line="117"/>
        <source>&amp;Lecteurs</source>
        <extracomment>environment variable: NFC reader paths for nfcpy, comma-separated (default &quot;usb&quot;) menus that may hold the &quot;Lecteurs…&quot; action, by objectName, in order of preference</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/device_setup.py" line="149"/>
        <source>Lecteurs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/device_setup.py" line="150"/>
        <source>Choisir et tester les lecteurs de cartes et de porte-clés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/device_setup.py" line="162"/>
        <source>Attention : porte-clés copié ou falsifié sur « %1 » — ne vous fiez pas à ce qu&apos;il annonce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/device_setup.py" line="171"/>
        <source>Démo : poser la carte virtuelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/device_setup.py" line="175"/>
        <source>Démo : présenter le porte-clés virtuel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogLabels</name>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/fields.py" line="67"/>
        <source>S1 — site courant</source>
        <extracomment>the item named with its article, as in « reconnais avoir reçu la clé ECL-00012 »</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/fields.py" line="68"/>
        <source>S2 — site sensible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/fields.py" line="69"/>
        <source>S3 — site très sensible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="55"/>
        <source>Duplication de {registry_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="56"/>
        <source>&amp;Enregistrer la duplication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="68"/>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="92"/>
        <source> copie(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="71"/>
        <source>&amp;Mandat écrit du client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="79"/>
        <source>Référence du courrier ou du bon de commande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="87"/>
        <source>Le responsable sécurité du client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="96"/>
        <source>Mandat numérisé (PDF ou image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="97"/>
        <source>Parc&amp;ourir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="104"/>
        <source>&amp;Référence :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="105"/>
        <source>Si&amp;gné le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="106"/>
        <source>Signé &amp;par :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="107"/>
        <source>Copies &amp;autorisées :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="108"/>
        <source>&amp;Document :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="111"/>
        <source>Prestataire habilité, date de fabrication…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="115"/>
        <source>&amp;Nombre de copies :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="117"/>
        <source>No&amp;te :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="156"/>
        <source>PROC-INT-006 §02 : un objet de type « {kind} » ne se reproduit jamais sans le mandat écrit du responsable sécurité du client, même avec son accord verbal. Seul le client décide d&apos;une duplication, réalisée par le prestataire habilité de son système de clés ; Mileo Technology n&apos;en prend jamais l&apos;initiative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="162"/>
        <source>Une clé mécanique simple peut être dupliquée ; joignez le mandat du client s&apos;il en a donné un. Chaque copie devient un nouvel objet du registre, lié à l&apos;original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="174"/>
        <source>Mandat numérisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="176"/>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="186"/>
        <source>Le document du mandat est illisible : {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="187"/>
        <source>Le document du mandat dépasse {size} Mo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../mileo_desk/gui/first_admin.py" line="74"/>
        <source>Mileo Desk — Premier administrateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/first_admin.py" line="75"/>
        <source>Créer le premier administrateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/first_admin.py" line="76"/>
        <source>Le registre est vide : aucun compte n&apos;existe encore. Créez le compte de l&apos;administrateur, qui créera ensuite les autres comptes. Aucune donnée de démonstration n&apos;est ajoutée à ce registre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/first_admin.py" line="80"/>
        <source>Nom complet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/first_admin.py" line="80"/>
        <source>Identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/first_admin.py" line="80"/>
        <source>Mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/first_admin.py" line="80"/>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/first_admin.py" line="86"/>
        <source>Créer le compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/first_admin.py" line="105"/>
        <source>Remplissez tous les champs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/first_admin.py" line="109"/>
        <source>Les deux mots de passe diffèrent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FoundDialog</name>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="205"/>
        <source>{registry_id} retrouvé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="206"/>
        <source>&amp;Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="211"/>
        <source>L&apos;objet revient au siège. La déclaration de perte ou de vol reste dans l&apos;historique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="214"/>
        <source>Où, quand et par qui l&apos;objet a été retrouvé…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="218"/>
        <source>&amp;Note :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemHeader</name>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/base.py" line="111"/>
        <source>{client} · site {site} ({sensitivity})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/base.py" line="117"/>
        <source>Détenu par {name} depuis le {since}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/base.py" line="121"/>
        <source>, retour prévu le {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/base.py" line="123"/>
        <source>Au siège</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <location filename="../../mileo_desk/gui/widgets/item_panel.py" line="217"/>
        <source>%1 (sensibilité %2)</source>
        <extracomment>an item and its whole history are displayed a MileoError while loading the user asked for a full verification of the chain a MovementView to correct a MovementView whose handover receipt is wanted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/item_panel.py" line="233"/>
        <source>Personne : l&apos;objet est au siège</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/item_panel.py" line="239"/>
        <source>%1 — dépassé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/item_panel.py" line="241"/>
        <source>%1 (badge temporaire : retour le jour même)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/item_panel.py" line="244"/>
        <source>objet n°%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/item_panel.py" line="245"/>
        <source>n°%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../mileo_desk/gui/widgets/item_panel.py" line="278"/>
        <source>Historique (%n mouvement(s))</source>
        <translation>
            <numerusform>Historique (%n mouvement)</numerusform>
            <numerusform>Historique (%n mouvements)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/item_panel.py" line="290"/>
        <source>Voir la signature de %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.ui" line="21"/>
        <source>Sélectionnez un objet dans le registre ou présentez une carte, un badge ou un porte-clés au lecteur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.ui" line="69"/>
        <source>En retard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.ui" line="126"/>
        <source>Tout vérifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.ui" line="129"/>
        <source>Vérifier toute la chaîne de l&apos;historique et les signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.ui" line="164"/>
        <source>Fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.ui" line="206"/>
        <source>Type :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.ui" line="232"/>
        <source>Client :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.ui" line="258"/>
        <source>Site :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.ui" line="284"/>
        <source>UID de la carte :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.ui" line="310"/>
        <source>UID du porte-clés :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.ui" line="336"/>
        <source>Numéro frappé :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.ui" line="362"/>
        <source>Désignation :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.ui" line="388"/>
        <source>Reçu le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.ui" line="414"/>
        <source>Responsable :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.ui" line="440"/>
        <source>Conservation :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.ui" line="466"/>
        <source>Détenteur :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.ui" line="492"/>
        <source>Depuis le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.ui" line="518"/>
        <source>Retour prévu :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.ui" line="544"/>
        <source>Copie de :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.ui" line="570"/>
        <source>Dernier mouvement :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.ui" line="601"/>
        <source>Historique</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="23"/>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="24"/>
        <source>Clé mécanique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="25"/>
        <source>Clé à code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="26"/>
        <source>Clé maîtresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="27"/>
        <source>Badge temporaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="30"/>
        <source>En service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="31"/>
        <source>Restitué au client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="32"/>
        <source>Perdu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="33"/>
        <source>Volé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="36"/>
        <source>Au siège</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="37"/>
        <source>Attribué à un technicien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="40"/>
        <source>Gardien des clés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="41"/>
        <source>Responsable d&apos;exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="42"/>
        <source>Chef de chantier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="43"/>
        <location filename="../../mileo_desk/gui/models/labels.py" line="75"/>
        <source>Technicien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="44"/>
        <source>Administrateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="47"/>
        <source>Réception du client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="48"/>
        <source>Attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="49"/>
        <source>Retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="50"/>
        <source>Transfert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="51"/>
        <source>Déclaration de perte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="52"/>
        <source>Déclaration de vol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="53"/>
        <source>Retrouvé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="54"/>
        <source>Restitution au client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="55"/>
        <source>Duplication sous mandat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="56"/>
        <source>Création d&apos;une copie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="57"/>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="62"/>
        <source>Réception enregistrée pour %1.</source>
        <extracomment>the status after an operation, one whole sentence per movement (French agrees the participle with the movement&apos;s gender: « Attribution enregistrée », « Retour enregistré »)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="63"/>
        <source>Attribution enregistrée pour %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="64"/>
        <source>Retour enregistré pour %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="65"/>
        <source>Transfert enregistré pour %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="66"/>
        <source>Déclaration de perte enregistrée pour %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="67"/>
        <source>Déclaration de vol enregistrée pour %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="68"/>
        <source>Objet retrouvé enregistré pour %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="69"/>
        <source>Restitution au client enregistrée pour %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="70"/>
        <source>Duplication enregistrée pour %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="71"/>
        <source>Création d&apos;une copie enregistrée pour %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="72"/>
        <source>Correction enregistrée pour %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="76"/>
        <source>Gardien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="77"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="80"/>
        <source>Premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="81"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="86"/>
        <source>Bon de remise</source>
        <extracomment>the titles of the receipts, for the translation tools only: each movement&apos;s title is the domain&apos;s (wording.RECEIPT_TITLES), which the PDF prints; tests check that none is missing here</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="87"/>
        <source>Bon de retour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../mileo_desk/gui/lock.py" line="144"/>
        <source>Le même utilisateur déverrouille, ou un autre utilisateur se connecte et prend le poste.</source>
        <extracomment>the events that count as the user being there no user input for the configured delay the Actor who logged in (the same user or another one)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/lock.py" line="164"/>
        <source>Connectez-vous pour accéder au registre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/lock.py" line="167"/>
        <source>Session de %1 (%2), verrouillée le %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="30"/>
        <source>Poste verrouillé</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../mileo_desk/gui/login.py" line="161"/>
        <source>Mileo Desk — Connexion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <location filename="../../mileo_desk/gui/login.py" line="95"/>
        <source>Saisissez votre identifiant.</source>
        <extracomment>the Actor, after a successful login the message shown after a refused login</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/login.py" line="99"/>
        <source>Saisissez votre mot de passe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/login.py" line="114"/>
        <source>Connexion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/login.py" line="114"/>
        <location filename="../../ui/login.ui" line="103"/>
        <source>Se connecter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="17"/>
        <source>Connexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="24"/>
        <source>Identifiez-vous pour accéder au registre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="39"/>
        <source>&amp;Identifiant :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="56"/>
        <source>&amp;Mot de passe :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossDialog</name>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="62"/>
        <source>&amp;Déclarer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="69"/>
        <source>&amp;Perte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="70"/>
        <source>&amp;Vol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="88"/>
        <source>&amp;Maintenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="89"/>
        <source>Le signalement est fait maintenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="101"/>
        <source>Où, quand, comment : les circonstances, les personnes prévenues…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="107"/>
        <source>PROC-INT-006 §03 : le technicien signale la perte ou le vol à son responsable dans les {limit} minutes qui suivent sa constatation. Le responsable d&apos;exploitation prévient ensuite le responsable sécurité du client et un rapport d&apos;incident écrit lui est transmis sous 2 heures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="115"/>
        <source>Nature :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="116"/>
        <source>&amp;Constaté le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="117"/>
        <source>&amp;Signalé le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="119"/>
        <source>C&amp;irconstances :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="148"/>
        <source>Déclarer le vol de {registry_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="151"/>
        <source>Déclarer la perte de {registry_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="163"/>
        <source>L&apos;heure de signalement précède l&apos;heure de constatation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="167"/>
        <source>Signalé {delay} après la constatation : au-delà des {limit} minutes de PROC-INT-006 §03, la déclaration sera marquée comme tardive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="173"/>
        <source>Signalé {delay} après la constatation : dans le délai de {limit} minutes (PROC-INT-006 §03).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mileo_desk/gui/main_window/window.py" line="246"/>
        <source>Sélectionnez d&apos;abord un objet.</source>
        <extracomment>after movements were recorded, the whole chain is verified again once they pause (ms) the content is hidden the Actor now using the station (&quot;item&quot; | &quot;person&quot; | &quot;unknown&quot; | &quot;ignored&quot;, payload) a VerifyReport a full verification was asked this session: its line follows the chain from now on</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/window.py" line="263"/>
        <source>Annuaire mis à jour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/window.py" line="301"/>
        <source>Vérification de tout l&apos;historique…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/window.py" line="317"/>
        <source>Intégrité de l&apos;historique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/window.py" line="379"/>
        <location filename="../../ui/main_window.ui" line="667"/>
        <source>À propos de Mileo Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/window.py" line="380"/>
        <source>&lt;b&gt;Mileo Desk %1&lt;/b&gt;&lt;br&gt;Registre des badges, clés et moyens d&apos;accès confiés par les clients de Mileo Technology (PROC-INT-006).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/window.py" line="388"/>
        <source>Simuler une lecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/window.py" line="389"/>
        <source>Panneau de l&apos;objet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/window.py" line="390"/>
        <source>Travail en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/window.py" line="398"/>
        <source>%1 — %2 · poste %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="14"/>
        <source>Mileo Desk — Registre des moyens d&apos;accès</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="59"/>
        <location filename="../../ui/main_window.ui" line="609"/>
        <source>Registre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="67"/>
        <source>&amp;Rechercher :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="77"/>
        <source>Identifiant, UID, client, site, détenteur… (les accents sont ignorés)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="87"/>
        <source>En retard uniquement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="94"/>
        <source>Badges temporaires sortis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="121"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="134"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="147"/>
        <source>Type d&apos;objet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="157"/>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="167"/>
        <source>Détenteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="193"/>
        <location filename="../../ui/main_window.ui" line="590"/>
        <source>Effacer les filtres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="243"/>
        <location filename="../../ui/main_window.ui" line="617"/>
        <source>Tableau de bord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="295"/>
        <source>&amp;Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="308"/>
        <source>&amp;Objet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="325"/>
        <source>&amp;Affichage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="338"/>
        <source>A&amp;nnuaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="346"/>
        <source>Ou&amp;tils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="352"/>
        <source>&amp;Développeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="358"/>
        <source>Aid&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="372"/>
        <source>Barre d&apos;outils principale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="410"/>
        <source>Objet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="434"/>
        <source>Réceptionner un objet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="437"/>
        <source>Réceptionner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="440"/>
        <source>Enregistrer un objet remis par un client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="443"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="448"/>
        <source>Verrouiller le poste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="451"/>
        <source>Verrouiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="454"/>
        <source>Masquer le contenu jusqu&apos;à la reconnexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="457"/>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="462"/>
        <source>Changer d&apos;utilisateur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="465"/>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="470"/>
        <source>Paramètres…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="473"/>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="478"/>
        <source>Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="481"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="486"/>
        <source>Attribuer à un technicien…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="489"/>
        <source>Attribuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="492"/>
        <source>Remettre l&apos;objet à un technicien, qui signe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="495"/>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="500"/>
        <source>Enregistrer le retour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="503"/>
        <source>Retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="506"/>
        <source>Le détenteur rend l&apos;objet ; les deux signent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="509"/>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="514"/>
        <source>Transférer à un autre technicien…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="517"/>
        <source>Transférer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="520"/>
        <source>Ctrl+Shift+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="525"/>
        <source>Déclarer une perte…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="528"/>
        <source>Perte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="531"/>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="536"/>
        <source>Déclarer un vol…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="539"/>
        <source>Vol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="542"/>
        <source>Ctrl+Shift+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="547"/>
        <source>Déclarer retrouvé…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="550"/>
        <source>Retrouvé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="555"/>
        <source>Restituer au client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="558"/>
        <source>Restituer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="563"/>
        <source>Enregistrer une duplication sous mandat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="566"/>
        <source>Dupliquer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="571"/>
        <source>Bon de remise du dernier mouvement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="574"/>
        <source>Enregistrer le bon de remise en PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="577"/>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="582"/>
        <source>Rechercher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="585"/>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="593"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="598"/>
        <location filename="../../ui/main_window.ui" line="601"/>
        <source>Actualiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="604"/>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="612"/>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="620"/>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="625"/>
        <source>Vérifier l&apos;intégrité de l&apos;historique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="628"/>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="633"/>
        <source>Nouveau client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="638"/>
        <source>Nouveau site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="643"/>
        <source>Nouvelle personne…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="648"/>
        <source>Saisir un code lu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="651"/>
        <source>Saisir un code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="654"/>
        <source>Saisir ou scanner un UID ou un identifiant du registre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="657"/>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="662"/>
        <source>Simuler une carte inconnue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="670"/>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="8"/>
        <source>Action refusée : « {action} » n&apos;est pas permis au rôle « {role} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="9"/>
        <source>Administrateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="10"/>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="11"/>
        <source>Adresse IPv6 du serveur sans crochet fermant : écrivez-la entre crochets (ex. postgresql+psycopg://utilisateur@[::1]:5432/registre).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="12"/>
        <source>Adresse e-mail invalide : « {text} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="13"/>
        <source>Attribuer à un technicien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="14"/>
        <source>Attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="15"/>
        <source>Attribué à un technicien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="16"/>
        <source>Au siège</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="17"/>
        <source>Aucun utilisateur connecté : connectez-vous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="18"/>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="19"/>
        <source>Badge temporaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="20"/>
        <source>Base de données inaccessible ({url}) : {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="21"/>
        <source>Ce compte est désactivé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="22"/>
        <source>Champ non corrigeable : « {key} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="23"/>
        <source>Chef de chantier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="24"/>
        <source>Choisissez le technicien dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="25"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="26"/>
        <source>Client n°{id} introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="27"/>
        <source>Client « {client} » introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="28"/>
        <source>Clé maîtresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="29"/>
        <source>Clé mécanique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="30"/>
        <source>Clé à code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="31"/>
        <source>Code client invalide : 2 à 12 lettres ou chiffres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="32"/>
        <source>Consulter le registre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="33"/>
        <source>Consulter les objets qu&apos;on détient, leurs clients et leurs sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="34"/>
        <source>Consulter tous les clients et sites (contacts, adresses, sensibilité)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="35"/>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="36"/>
        <source>Corriger un mouvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="37"/>
        <source>Création d&apos;une copie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="38"/>
        <source>Date de réception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="39"/>
        <source>Date invalide pour « {label} » : « {raw} » (attendu JJ/MM/AAAA ou AAAA-MM-JJ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="40"/>
        <source>Date invalide pour « {label} » : « {raw} » (ex. 23/11/2026 14:05).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="41"/>
        <source>Duplication refusée : un objet de type « {item_type} » ne peut être reproduit que sur mandat écrit du responsable sécurité du client (PROC-INT-006 §02).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="42"/>
        <source>Duplication sous mandat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="43"/>
        <source>Déclaration de perte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="44"/>
        <source>Déclaration de vol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="45"/>
        <source>Déclarer un objet retrouvé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="46"/>
        <source>Déclarer une perte ou un vol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="47"/>
        <source>Désignation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="48"/>
        <source>Détenteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="49"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="50"/>
        <source>En service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="51"/>
        <source>Encodage inconnu : « {encoding} » (exemples : utf-8, utf-16, cp1252, cp1251, iso-8859-15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="52"/>
        <source>Enregistrement refusé : une valeur unique (identifiant, UID, identifiant de connexion) est déjà utilisée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="53"/>
        <source>Enregistrer un retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="54"/>
        <source>Enregistrer une duplication sous mandat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="55"/>
        <source>Erreur de la base de données ({url}) : {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="56"/>
        <source>Exporter le registre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="57"/>
        <source>Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="58"/>
        <source>Fichier de signature illisible (format attendu : {format}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="59"/>
        <source>Fichier trop grand : plus de {max} lignes ; découpez-le en plusieurs imports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="60"/>
        <source>Fichier trop lourd (plus de 50 Mo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="61"/>
        <source>Gardien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="62"/>
        <source>Gardien des clés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="63"/>
        <source>Gérer clients et sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="64"/>
        <source>Gérer le personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="65"/>
        <source>Gérer les comptes et les rôles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="66"/>
        <source>Heure sans fuseau horaire : précisez-la (heure de Paris ou UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="67"/>
        <source>Identifiant du registre invalide : « {text} » (lettres, chiffres et tirets, 3 à 32 caractères).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="68"/>
        <source>Identifiant invalide : lettres minuscules, chiffres, point, tiret (2 à 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="69"/>
        <source>Importer des objets (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="70"/>
        <source>L&apos;UID de la carte et celui du porte-clés sont identiques.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="71"/>
        <source>L&apos;UID {uid} est déjà enregistré pour {owner}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="72"/>
        <source>L&apos;heure de constatation est dans le futur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="73"/>
        <source>L&apos;heure de constatation est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="74"/>
        <source>L&apos;heure de signalement est dans le futur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="75"/>
        <source>L&apos;heure de signalement précède l&apos;heure de constatation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="76"/>
        <source>L&apos;identifiant du registre est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="77"/>
        <source>L&apos;identifiant ou le mot de passe de l&apos;URL contient « @ » : écrivez-le %40 (un mot de passe « a@b » s&apos;écrit a%40b ; {example}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="78"/>
        <source>L&apos;identifiant {rid} existe déjà dans le registre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="79"/>
        <source>L&apos;identifiant « {login} » est déjà pris.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="80"/>
        <source>L&apos;objet {label} est au siège : utilisez une attribution, pas un transfert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="81"/>
        <source>L&apos;objet {label} est déjà au siège : aucun retour à enregistrer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="82"/>
        <source>L&apos;objet {label} est déjà détenu par {holder} depuis le {since} : il doit d&apos;abord être rendu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="83"/>
        <source>L&apos;objet {label} est détenu par un technicien : il doit d&apos;abord être rendu au siège.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="84"/>
        <source>L&apos;objet {label} n&apos;est ni perdu ni volé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="85"/>
        <source>L&apos;objet {label} {reason} : impossible {action:de}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="86"/>
        <source>La date de retour ne se corrige que sur l&apos;attribution en cours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="87"/>
        <source>La date de retour prévue doit être dans le futur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="88"/>
        <source>La date de retour prévue est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="89"/>
        <source>La date de retour prévue est à plus d&apos;un an.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="90"/>
        <source>La date de réception est dans le futur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="91"/>
        <source>La date de réception est invalide (avant {year}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="92"/>
        <source>La date du mandat est dans le futur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="93"/>
        <source>La procédure est terminée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="94"/>
        <source>La recherche contient des caractères de contrôle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="95"/>
        <source>La remise n&apos;est pas complète : des étapes restent à remplir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="96"/>
        <source>La signature {who:de} est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="97"/>
        <source>La signature {who:de} est trop courte (un point ou un trait) : signez à nouveau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="98"/>
        <source>La signature {who:de} est vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="99"/>
        <source>Le champ « {label} » contient des caractères de contrôle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="100"/>
        <source>Le champ « {label} » doit tenir sur une ligne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="101"/>
        <source>Le champ « {label} » dépasse {max_len} caractères ({length}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="102"/>
        <source>Le champ « {label} » est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="103"/>
        <source>Le client {name} a encore {count} objet(s) en service : restituez-les (ou déclarez-les perdus) avant d&apos;archiver le client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="104"/>
        <source>Le client {name} est archivé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="105"/>
        <source>Le code client {code} existe déjà.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="106"/>
        <source>Le document du mandat dépasse 10 Mo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="107"/>
        <source>Le fichier est vide : la ligne d&apos;en-tête est attendue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="108"/>
        <source>Le mandat doit autoriser au moins une copie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="109"/>
        <source>Le mandat {reference} autorise {allowed} copie(s), {copies} demandée(s) ; {used} déjà réalisée(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="110"/>
        <source>Le mandat {reference} autorise {allowed} copie(s), {copies} demandée(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="111"/>
        <source>Le mandat {reference} est déjà enregistré avec d&apos;autres informations (signé le {signed_on} par {signatory}, {copies} copie(s)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="112"/>
        <source>Le mot de passe doit compter au moins {min} caractères.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="113"/>
        <source>Le motif de la correction est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="114"/>
        <source>Le mouvement n°{seq} ({kind}) n&apos;est pas une remise : pas de bon de remise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="115"/>
        <source>Le registre a déjà des comptes : connectez-vous comme administrateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="116"/>
        <source>Le site {name} est archivé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="117"/>
        <source>Le site {site} n&apos;appartient pas au client {client}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="118"/>
        <source>Ligne 1 (en-tête) : colonne « {column} » en double.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="119"/>
        <source>Ligne 1 (en-tête) : colonne(s) inconnue(s) : {unknown}. Colonnes possibles : {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="120"/>
        <source>Ligne 1 (en-tête) : colonne(s) obligatoire(s) absente(s) : {missing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="121"/>
        <source>Ligne 1 (en-tête) : {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="122"/>
        <source>Ligne {line} : caractère illisible en UTF-8 alors que le reste du fichier est en UTF-8 (fichier mélangé) ; corrigez cette ligne ou {hint}. Rien n&apos;a été importé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="123"/>
        <source>Ligne {line} : le fichier n&apos;est ni en UTF-8 ni en Windows-1252 ; {hint}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="124"/>
        <source>Ligne {line} : le fichier n&apos;est pas en UTF-8, et lu en Windows-1252 il donne « {sample} » : l&apos;encodage ne peut pas être deviné ; {hint}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="125"/>
        <source>Ligne {line} : octets illisibles en {name} : le fichier n&apos;est pas entièrement en {name} ; rien n&apos;a été importé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="126"/>
        <source>Mot de passe actuel incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="127"/>
        <source>Mouvement n°{seq} introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="128"/>
        <source>Niveau de contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="129"/>
        <source>Nom complet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="130"/>
        <source>Nom du client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="131"/>
        <source>Nom du document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="132"/>
        <source>Nom du poste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="133"/>
        <source>Nom du site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="134"/>
        <source>Nombre de copies invalide (1 à {max}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="135"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="136"/>
        <source>Numéro de téléphone invalide : « {text} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="137"/>
        <source>Numéro frappé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="138"/>
        <source>Objet n°{id} introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="139"/>
        <source>Objet « {item} » introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="140"/>
        <source>Perdu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="141"/>
        <source>Personne « {person} » introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="142"/>
        <source>Port de la base de données invalide : un nombre de 1 à 65535 est attendu ({example}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="143"/>
        <source>Premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="144"/>
        <source>Première étape : impossible de revenir en arrière.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="145"/>
        <source>Représentant du client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="146"/>
        <source>Responsable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="147"/>
        <source>Responsable d&apos;exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="148"/>
        <source>Responsable sécurité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="149"/>
        <source>Restituer au client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="150"/>
        <source>Restitution au client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="151"/>
        <source>Restitué au client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="152"/>
        <source>Retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="153"/>
        <source>Retrouvé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="154"/>
        <source>Réception du client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="155"/>
        <source>Réceptionner un objet du client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="156"/>
        <source>Référence du mandat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="157"/>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="158"/>
        <source>Sensibilité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="159"/>
        <source>Signataire du mandat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="160"/>
        <source>Signature {who:de} : dimensions invalides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="161"/>
        <source>Signature {who:de} : horodatage incohérent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="162"/>
        <source>Signature {who:de} : image trop lourde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="163"/>
        <source>Signature {who:de} : l&apos;image n&apos;est pas un PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="164"/>
        <source>Signature {who:de} : point hors de la zone de signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="165"/>
        <source>Signature {who:de} : point invalide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="166"/>
        <source>Signature {who:de} : pression hors limites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="167"/>
        <source>Signature {who:de} : périphérique inconnu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="168"/>
        <source>Signature {who:de} : trop de points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="169"/>
        <source>Site n°{id} introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="170"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="171"/>
        <source>Tableau de bord (retards, pertes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="172"/>
        <source>Technicien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="173"/>
        <source>Transfert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="174"/>
        <source>Transférer entre techniciens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="175"/>
        <source>Type d&apos;objet inconnu : « {type} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="176"/>
        <source>Type inconnu : « {value} » (types : {allowed}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="177"/>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="178"/>
        <source>UID de la carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="179"/>
        <source>UID du badge Mileo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="180"/>
        <source>UID du porte-clés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="181"/>
        <source>URL de base de données invalide ({example}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="182"/>
        <source>Un badge temporaire doit être rendu le jour même, avant de quitter le site (PROC-INT-005 §04) : retour au plus tard le {latest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="183"/>
        <source>Un badge temporaire ne se duplique jamais.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="184"/>
        <source>Un mot de passe est obligatoire pour un compte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="185"/>
        <source>Un technicien ne peut déclarer perdu que ce qu&apos;il détient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="186"/>
        <source>Volé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="187"/>
        <source>Votre compte n&apos;est plus actif : reconnectez-vous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="188"/>
        <source>Votre rôle a changé depuis la connexion : reconnectez-vous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="189"/>
        <source>Vous ne pouvez pas désactiver votre propre compte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="190"/>
        <source>Vérifier l&apos;intégrité de l&apos;historique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="191"/>
        <source>a été restitué au client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="192"/>
        <source>enregistrer un retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="193"/>
        <source>enregistrez-le en « CSV UTF-8 » ou indiquez son encodage (mileo-desk import items --encoding, par exemple cp1251 pour du cyrillique)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="194"/>
        <source>est déclaré perdu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="195"/>
        <source>est déclaré volé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="196"/>
        <source>est en service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="197"/>
        <source>ex. sqlite:///registre.sqlite3 ou postgresql+psycopg://utilisateur@serveur:5432/registre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="198"/>
        <source>l&apos;attribuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="199"/>
        <source>le dupliquer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="200"/>
        <source>le déclarer perdu ou volé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="201"/>
        <source>le restituer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="202"/>
        <source>le site est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="203"/>
        <source>le site n°{value} n&apos;appartient pas au client {client}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="204"/>
        <source>le site {name} est archivé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="205"/>
        <source>le transférer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="206"/>
        <source>plusieurs sites « {value} » pour le client {client} : indiquez le numéro du site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="207"/>
        <source>site « {value} » inconnu pour le client {client}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="208"/>
        <source>un technicien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="209"/>
        <source>{given} identifiant(s) fourni(s) pour {copies} copie(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="210"/>
        <source>{label} inconnu : « {value} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="211"/>
        <source>{label} introuvable (n°{id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="212"/>
        <source>{label} invalide : attendu 4 à 10 octets en hexadécimal (ex. 04A2B3C4D5E680).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="213"/>
        <source>{label} invalide : « {value} » (valeurs : {allowed}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="214"/>
        <source>{name} ({role}) ne peut pas détenir d&apos;objet : seuls les techniciens et chefs de chantier le peuvent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="215"/>
        <source>{name} détient déjà l&apos;objet {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="216"/>
        <source>{name} n&apos;est plus actif : attribution impossible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="217"/>
        <source>« {kind} » n&apos;est pas une remise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="218"/>
        <source>Étape « {step} » : champ(s) inattendu(s) {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="219"/>
        <source>État de procédure illisible : impossible de la reprendre.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MovementDelegate</name>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="86"/>
        <source>Signature de %1</source>
        <extracomment>the size of a signature thumbnail in a card the movements that hand an item over and so have a handover receipt to print</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="100"/>
        <source>Empreinte : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="155"/>
        <source>Corriger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="159"/>
        <source>Par %1 · poste %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="163"/>
        <source>Remis à %1 · retour prévu le %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="166"/>
        <source>Technicien identifié par son badge Mileo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="168"/>
        <source>Transféré à %1 · retour prévu le %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="171"/>
        <source>Rendu par %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="173"/>
        <source>Rendu après la date prévue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="178"/>
        <source>Constaté le %1 · signalé le %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="182"/>
        <source>Détenteur au moment des faits : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="184"/>
        <source>Signalement tardif : plus de %1 minutes après le constat (PROC-INT-006 §03)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="187"/>
        <source>De retour au siège ; la déclaration reste dans l&apos;historique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="190"/>
        <source>Restitué au client · signé par %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="191"/>
        <source>Restitué au client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="195"/>
        <source>Copies : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="197"/>
        <source>Mandat %1 du %2, signé par %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="202"/>
        <source>Copie de %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="204"/>
        <source>Corrige le mouvement n°%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="211"/>
        <source>Nouvelle date de retour : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="216"/>
        <source>Numéro frappé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="217"/>
        <source>Désignation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="218"/>
        <source>UID de la carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="219"/>
        <source>UID du porte-clés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="333"/>
        <source>%1 · n°%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="343"/>
        <source>Signature altérée : ne correspond plus à son empreinte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="356"/>
        <source>%1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="408"/>
        <source>Cliquer pour agrandir et rejouer la signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpDialog</name>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/base.py" line="172"/>
        <source>Annuler</source>
        <extracomment>the service call succeeded: its result (MovementResult, ClientView…); the dialog closes the service refused: the MileoError, already shown in the banner the data the dialog needed (people, clients…) arrived; OK becomes available the input the refusal shown in the banner is about</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonCombo</name>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/fields.py" line="188"/>
        <source>Tapez une partie du nom…</source>
        <extracomment>what the completer matches on: the shown label followed by its accent-free form</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="227"/>
        <source>Modifier {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="228"/>
        <source>Nouvelle personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="229"/>
        <source>&amp;Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="229"/>
        <source>C&amp;réer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="236"/>
        <source>Prénom Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="243"/>
        <source>Présentez le badge Mileo au lecteur, ou tapez son UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="246"/>
        <source>prenom.nom@mileotech.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="253"/>
        <source>Laisser vide : pas de compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="260"/>
        <source>&amp;Actif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="262"/>
        <source>Compte de connexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="266"/>
        <source>&amp;Nom complet :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="267"/>
        <source>&amp;Rôle :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="268"/>
        <source>&amp;Badge Mileo (UID) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="269"/>
        <source>E-&amp;mail :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="270"/>
        <source>&amp;Téléphone :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="273"/>
        <source>&amp;Identifiant :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="274"/>
        <source>Mot de pa&amp;sse :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="275"/>
        <source>Con&amp;firmation :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="295"/>
        <source>Laisser vide : inchangé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="301"/>
        <source>{name} a un compte de connexion : son rôle et son activité sont gérés par un administrateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="305"/>
        <source>Obligatoire si un identifiant est saisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="337"/>
        <source>Les deux mots de passe ne sont pas identiques.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderStatusWidget</name>
    <message>
        <location filename="../../mileo_desk/gui/widgets/reader_status.py" line="82"/>
        <source>présent</source>
        <extracomment>colour of each state (the same values as devices.protocols.DeviceState) the worst state first (the summary shows the worst) the user clicked the widget (the window opens the readers page)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/reader_status.py" line="83"/>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/reader_status.py" line="84"/>
        <source>erreur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/reader_status.py" line="85"/>
        <source>reconnu mais inutilisable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/reader_status.py" line="93"/>
        <source>Lecteurs non installés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/reader_status.py" line="94"/>
        <source>Le module des lecteurs n&apos;est pas installé : les lectures de cartes sont indisponibles (la saisie au clavier reste possible).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/reader_status.py" line="101"/>
        <source>%1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/reader_status.py" line="114"/>
        <source>Aucun lecteur de cartes n&apos;est branché.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/reader_status.py" line="117"/>
        <source>Aucun lecteur</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadersDialog</name>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="150"/>
        <source>Carte à puce (PC/SC)</source>
        <extracomment>a read shown in the test mode (ReadEvent or ReadFailed), GUI thread what the last test read designates was shown (a Resolution, or None) a key-tag write ended: (ok, French message)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="151"/>
        <source>NFC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="152"/>
        <source>Clavier / scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="153"/>
        <source>Tablette de signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="154"/>
        <source>Simulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="159"/>
        <source>présent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="160"/>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="161"/>
        <source>erreur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="162"/>
        <source>reconnu mais inutilisable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="173"/>
        <source>Lecteurs non installés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="174"/>
        <source>Le module des lecteurs n&apos;est pas installé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="268"/>
        <source>Lu sur « %1 ». Présentez une autre carte ou un autre porte-clés…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="270"/>
        <source>(aucun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="271"/>
        <source>inconnue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="280"/>
        <source>Code saisi : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="280"/>
        <source>aucun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="285"/>
        <source>recherche…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="292"/>
        <source>rien à rechercher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="310"/>
        <location filename="../../mileo_desk/gui/readers_page.py" line="316"/>
        <source>pas un porte-clés Mileo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="312"/>
        <source>authentique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="313"/>
        <source>COPIÉ — ne pas se fier à cet objet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="314"/>
        <source>FALSIFIÉ — ne pas se fier à cet objet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="315"/>
        <source>non vérifiable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="320"/>
        <source> (annonce %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="330"/>
        <source>Objet %1 — %2, %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="336"/>
        <source>Badge de %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="338"/>
        <source>Inconnu dans le registre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="347"/>
        <source>Lecture échouée sur « %1 » : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="357"/>
        <source>Indiquez l&apos;identifiant du registre de l&apos;objet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="360"/>
        <source>Les lecteurs ne sont pas installés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="363"/>
        <source>Présentez le porte-clés à écrire sur le lecteur NFC…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="373"/>
        <source>Écriture annulée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="378"/>
        <source>Porte-clés écrit pour %1 (puce %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="383"/>
        <source>Écriture échouée : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="392"/>
        <source>Arrêter le test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="393"/>
        <source>Présentez une carte ou un porte-clés…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="395"/>
        <source>Tester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="396"/>
        <source>Cliquez sur « Tester » puis présentez une carte à un lecteur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="399"/>
        <source>Lecteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="400"/>
        <source>Les lecteurs cochés sont écoutés : une carte posée sur l&apos;un d&apos;eux ouvre l&apos;objet correspondant. Décochez un lecteur pour l&apos;ignorer sur ce poste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="402"/>
        <source>Actif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="402"/>
        <source>Lecteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="402"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="403"/>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="403"/>
        <source>Motif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="404"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="405"/>
        <source>UID :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="406"/>
        <source>Technologie :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="407"/>
        <source>Contenu (NDEF) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="408"/>
        <source>Porte-clés :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="409"/>
        <source>Correspond à :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="410"/>
        <source>Écrire un porte-clés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="411"/>
        <source>Identifiant du registre (ex. ECL-00001)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="412"/>
        <source>Écrire le porte-clés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="413"/>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="414"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../mileo_desk/gui/main_window/preview.py" line="122"/>
        <source>Empreinte du document : %1</source>
        <extracomment>the resolution pages are rendered at for printing (text stays sharp, a page stays light)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/preview.py" line="123"/>
        <source>Enregistrer en PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/preview.py" line="124"/>
        <source>Imprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/preview.py" line="134"/>
        <source>Enregistrer « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/preview.py" line="135"/>
        <source>Documents PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="33"/>
        <source>Réception d&apos;un objet du client</source>
        <extracomment>which identifier a scanned UID most likely is, by item type (cards vs. key tags)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="34"/>
        <source>&amp;Réceptionner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="50"/>
        <source>Laisser vide : attribué automatiquement (ex. ECL-00012)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="53"/>
        <source>Présentez la carte au lecteur, ou tapez son UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="56"/>
        <source>Présentez le porte-clés au lecteur, ou tapez son UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="59"/>
        <source>Numéro gravé ou frappé sur la clé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="62"/>
        <source>ex. Clé portail entrepôt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="69"/>
        <source>Remis par, conditions particulières…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="72"/>
        <source>Un badge ou un porte-clés présenté au lecteur remplit son UID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="76"/>
        <source>C&amp;lient :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="77"/>
        <source>&amp;Site :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="78"/>
        <source>&amp;Type :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="79"/>
        <source>&amp;Identifiant registre :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="80"/>
        <source>UID de la &amp;carte :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="81"/>
        <source>UID du &amp;porte-clés :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="83"/>
        <source>N° &amp;frappé :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="84"/>
        <source>&amp;Désignation :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="85"/>
        <source>Reçu l&amp;e :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="86"/>
        <source>&amp;Note :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="125"/>
        <source>Choisissez le client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="126"/>
        <source>Choisissez d&apos;abord le client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="147"/>
        <source>Ce client n&apos;a aucun site actif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="148"/>
        <source>Choisissez le site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="186"/>
        <source>Choisissez le client qui confie l&apos;objet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="189"/>
        <source>Choisissez le site du client.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <location filename="../../mileo_desk/gui/models/registry_model.py" line="513"/>
        <source>Retour prévu le %1, dépassé</source>
        <extracomment>the item id (int), known even before the row is fetched the ItemView, or None while loading bool whether the row has been fetched columns the services can sort by, with their sort key what a cell shows: text, text brush, background brush, bold the ids of a (re)query arrived: the new row count rows [first, last] were filled a MileoError from a query (shown by the window) pause in the filter changes before every matching id is listed (ms) rows fetched by the first step of a query (0: ids only)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/registry_model.py" line="537"/>
        <source>En retard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/registry_model.py" line="547"/>
        <source>Identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/registry_model.py" line="548"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/registry_model.py" line="549"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/registry_model.py" line="550"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/registry_model.py" line="551"/>
        <source>Détenteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/registry_model.py" line="552"/>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/registry_model.py" line="553"/>
        <source>Retour prévu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/registry_model.py" line="554"/>
        <source>Retard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryTabMixin</name>
    <message>
        <location filename="../../mileo_desk/gui/main_window/registry_tab.py" line="123"/>
        <source>Tous les types</source>
        <extracomment>a full verification after login is automatic only on registries up to this size short search terms scan the whole registry: wait for a pause in the typing rows of the first page of a search, at least (more when the table shows more) the filter combos of clients, sites and holders show at least this many characters</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/registry_tab.py" line="126"/>
        <source>Tous les états</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/registry_tab.py" line="129"/>
        <location filename="../../mileo_desk/gui/main_window/registry_tab.py" line="176"/>
        <source>Tous les clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/registry_tab.py" line="129"/>
        <location filename="../../mileo_desk/gui/main_window/registry_tab.py" line="183"/>
        <source>Tous les sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/registry_tab.py" line="130"/>
        <location filename="../../mileo_desk/gui/main_window/registry_tab.py" line="177"/>
        <source>Tous les détenteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/registry_tab.py" line="332"/>
        <source>Recherche…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../mileo_desk/gui/main_window/registry_tab.py" line="337"/>
        <source>%n objet(s)</source>
        <translation>
            <numerusform>%n objet</numerusform>
            <numerusform>%n objets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestituteDialog</name>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="242"/>
        <source>Restituer {registry_id} au client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="243"/>
        <source>&amp;Restituer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="248"/>
        <source>L&apos;objet est rendu à {client} et sort du registre en service. En fin de chantier ou de contrat, l&apos;inventaire contradictoire (PROC-INT-006 §04) restitue tous les objets du client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="253"/>
        <source>Remis en main propre, par courrier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="257"/>
        <source>Le représentant du client &amp;signe la restitution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="260"/>
        <source>Prénom et nom du représentant du client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="265"/>
        <source>&amp;Note :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="267"/>
        <source>Re&amp;présentant :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="244"/>
        <source>Retour de {registry_id} au siège</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="245"/>
        <source>Enregistrer le &amp;retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="249"/>
        <source>le détenteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="256"/>
        <source>Retour en retard : il était prévu le {due}, soit {delay} de retard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="274"/>
        <source>État de l&apos;objet, remarques…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="282"/>
        <source>&amp;Note :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanEntryDialog</name>
    <message>
        <location filename="../../ui/scan_entry.ui" line="14"/>
        <source>Saisir un code lu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scan_entry.ui" line="20"/>
        <source>Présentez la carte à un lecteur clavier, scannez le code, ou saisissez l&apos;UID ou l&apos;identifiant du registre :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scan_entry.ui" line="36"/>
        <source>ex. 04A2B3C4D5E680 ou ECL-00001</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanRoutingMixin</name>
    <message>
        <location filename="../../mileo_desk/gui/main_window/scan_routing.py" line="73"/>
        <source>Lecture ignorée : terminez d&apos;abord la fenêtre en cours.</source>
        <extracomment>the content is hidden the Actor now using the station (&quot;item&quot; | &quot;person&quot; | &quot;unknown&quot; | &quot;ignored&quot;, payload) a VerifyReport</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/scan_routing.py" line="94"/>
        <source>Lu : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/scan_routing.py" line="99"/>
        <source>Cet objet ne fait pas partie de ceux que vous détenez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/scan_routing.py" line="104"/>
        <source>Badge Mileo de %1 (%2) : objets détenus affichés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/scan_routing.py" line="120"/>
        <source>Porte-clés suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/scan_routing.py" line="121"/>
        <source>Ce porte-clés semble copié ou falsifié : vérifiez l&apos;objet %1 avant toute remise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/scan_routing.py" line="136"/>
        <source>Code inconnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/scan_routing.py" line="137"/>
        <source>Aucun objet du registre ne correspond à « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/scan_routing.py" line="140"/>
        <source>Carte inconnue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/scan_routing.py" line="141"/>
        <source>L&apos;UID %1 ne correspond à aucun objet du registre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/scan_routing.py" line="143"/>
        <source>Voulez-vous réceptionner un nouvel objet avec cet UID ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/scan_routing.py" line="144"/>
        <source>Réceptionner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/scan_routing.py" line="145"/>
        <source>Ignorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/scan_routing.py" line="171"/>
        <source>Lecteur simulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/scan_routing.py" line="205"/>
        <source>Badge Mileo de %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings.ui" line="14"/>
        <source>Paramètres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="25"/>
        <source>&amp;Langue de l&apos;interface :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="38"/>
        <source>&amp;Verrouillage après :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="48"/>
        <source> min d&apos;inactivité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="64"/>
        <source>Sur les registres de moins de 10 000 objets ; sinon depuis le menu Affichage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="67"/>
        <source>Vérifier toute la chaîne après la connexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="74"/>
        <source>Afficher le menu Développeur (lectures simulées)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="83"/>
        <source>La langue change immédiatement. Les dates sont affichées à l&apos;heure de Paris.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureCanvas</name>
    <message>
        <location filename="../../mileo_desk/gui/widgets/signature_canvas.py" line="67"/>
        <source>Zone de signature</source>
        <extracomment>pressure recorded when the device reports none (README: 0.5) points closer than this to the previous one add nothing but weight a timestamp farther than this from the first one is treated as a clock glitch a stroke was completed, undone, redone or everything was cleared the first point of a stroke was laid down</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/signature_canvas.py" line="69"/>
        <source>Signez avec le stylet, le doigt ou la souris. Ctrl+Z annule le dernier trait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/signature_canvas.py" line="71"/>
        <source>Signez ici</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../mileo_desk/gui/widgets/signature_pad.py" line="71"/>
        <source>Annuler le trait</source>
        <extracomment>the drawing changed (stroke added, undone, redone, cleared)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/signature_pad.py" line="72"/>
        <source>Retire le dernier trait (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/signature_pad.py" line="73"/>
        <source>Rétablir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/signature_pad.py" line="74"/>
        <source>Remet le dernier trait retiré (Ctrl+Maj+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/signature_pad.py" line="75"/>
        <source>Effacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/signature_pad.py" line="76"/>
        <source>Efface la signature pour signer à nouveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/signature_pad.py" line="120"/>
        <source>Signature de {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/signature_pad.py" line="120"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/signature_pad.py" line="126"/>
        <source>Zone de signature de {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/signature_pad.py" line="126"/>
        <source>Zone de signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/signature_pad.py" line="155"/>
        <source>la personne qui signe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/signature_pad.py" line="198"/>
        <source>Saisie au stylet (pression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/signature_pad.py" line="199"/>
        <source>Saisie tactile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/signature_pad.py" line="200"/>
        <source>Saisie à la souris</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureViewer</name>
    <message>
        <location filename="../../mileo_desk/gui/widgets/signature_viewer.py" line="47"/>
        <source>Rejouer</source>
        <extracomment>pen lifts longer than this are shortened when a signature is replayed a replay reached the end of the signature (or was stopped)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/signature_viewer.py" line="48"/>
        <source>Rejouer le tracé de la signature à sa vitesse d&apos;origine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/signature_viewer.py" line="52"/>
        <source>Signature enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/signature_viewer.py" line="179"/>
        <source>Aucune signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/signature_viewer.py" line="185"/>
        <source>Empreinte invalide : signature altérée</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="134"/>
        <source>Modifier le site {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="135"/>
        <source>Nouveau site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="136"/>
        <source>&amp;Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="136"/>
        <source>&amp;Créer le site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="145"/>
        <source>ex. Entrepôt de Pantin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="148"/>
        <source>Numéro, rue, code postal, ville</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="154"/>
        <source>PROC-INT-005 §01 : les sites S2 et S3 sont sensibles ; le technicien y présente, en plus de son badge Mileo, une pièce d&apos;identité officielle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="158"/>
        <source>Site ac&amp;tif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="163"/>
        <source>C&amp;lient :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="164"/>
        <source>&amp;Nom du site :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="165"/>
        <source>&amp;Adresse :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="166"/>
        <source>&amp;Sensibilité :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="209"/>
        <source>Choisissez le client du site.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="217"/>
        <source>Transférer {registry_id} à un autre technicien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="218"/>
        <source>Trans&amp;férer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="223"/>
        <source>Actuellement détenu par {name}. Le nouveau détenteur peut présenter son badge Mileo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_HolderDialog</name>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="56"/>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="138"/>
        <source>Le technicien peut aussi s&apos;identifier en présentant son badge Mileo au lecteur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="66"/>
        <source>Badge temporaire : il revient le jour même, avant que le technicien quitte le site (PROC-INT-005 §04).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="70"/>
        <source>Motif de l&apos;intervention, remarques…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="76"/>
        <source>&amp;Technicien :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="78"/>
        <source>&amp;Retour prévu le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="80"/>
        <source>&amp;Note :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="124"/>
        <source>Choisissez le technicien : il signe ici pour reconnaître la remise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="155"/>
        <source>« %1 » est le code d&apos;un objet : ici, seul le badge Mileo du technicien est lu. Terminez ou annulez cette remise pour ouvrir cet objet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="158"/>
        <source>Ce badge n&apos;est pas le badge Mileo d&apos;un technicien ou chef de chantier actif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="160"/>
        <source>Code non reconnu : ici, seul le badge Mileo du technicien est lu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="166"/>
        <source>Identifié par son badge Mileo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="175"/>
        <source>Choisissez le technicien dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
