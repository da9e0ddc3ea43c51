<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr_FR">
<context>
    <name>ActionsMixin</name>
    <message>
        <location filename="../../mileo_desk/gui/main_window/actions.py" line="136"/>
        <source>Choisissez d&apos;abord un objet dans le registre ou lisez son badge.</source>
        <extracomment>each item action and the movement of the domain it starts (its rules say when it may)</extracomment>
        <translation>Choose an item in the registry first, or read its badge.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../mileo_desk/app.py" line="349"/>
        <source>Mileo Desk</source>
        <extracomment>an empty registry the demo is not wanted in: how to create the first administrator the example every refusal of a URL ends with query parameters of a URL that carry a secret (libpq accepts them there too)</extracomment>
        <translation>Mileo Desk</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/app.py" line="349"/>
        <source>Impossible d&apos;ouvrir la base de données du registre : %1</source>
        <translation>Cannot open the registry database: %1</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/app.py" line="359"/>
        <source>Registre : %1</source>
        <translation>Registry: %1</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/app.py" line="380"/>
        <source>Préparation du registre…</source>
        <translation>Preparing the registry…</translation>
    </message>
</context>
<context>
    <name>AttributeDialog</name>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="195"/>
        <source>Attribuer {registry_id} à un technicien</source>
        <translation>Attribute {registry_id} to a technician</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="196"/>
        <source>&amp;Attribuer</source>
        <translation>&amp;Attribute</translation>
    </message>
</context>
<context>
    <name>ChainStatus</name>
    <message numerus="yes">
        <location filename="../../mileo_desk/gui/models/chain_check.py" line="38"/>
        <source>Historique intègre (%n mouvement(s) de l&apos;objet)</source>
        <translation>
            <numerusform>History intact (%n movement of the item)</numerusform>
            <numerusform>History intact (%n movements of the item)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/chain_check.py" line="41"/>
        <source>Premier maillon rompu : signature du mouvement n°%1 altérée</source>
        <translation>First broken link: signature of movement #%1 altered</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/chain_check.py" line="43"/>
        <source>Premier maillon rompu : lien après le mouvement n°%1</source>
        <translation>First broken link: link after movement #%1</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/chain_check.py" line="45"/>
        <source>Premier maillon rompu : mouvement n°%1 modifié</source>
        <translation>First broken link: movement #%1 modified</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mileo_desk/gui/models/chain_check.py" line="80"/>
        <source>Chaîne complète intègre (%n mouvement(s))</source>
        <translation>
            <numerusform>Whole chain intact (%n movement)</numerusform>
            <numerusform>Whole chain intact (%n movements)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/chain_check.py" line="81"/>
        <source>Chaîne complète rompue au mouvement n°%1</source>
        <translation>Whole chain broken at movement #%1</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="34"/>
        <source>Modifier le client {name}</source>
        <translation>Edit client {name}</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="35"/>
        <source>Nouveau client</source>
        <translation>New client</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="36"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="36"/>
        <source>C&amp;réer le client</source>
        <translation>C&amp;reate the client</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="44"/>
        <source>ex. ECL (2 à 12 lettres ou chiffres)</source>
        <translation>e.g. ECL (2 to 12 letters or digits)</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="56"/>
        <source>securite@client.fr</source>
        <translation>security@client.com</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="58"/>
        <source>En cas de perte ou de vol, c&apos;est lui que le responsable d&apos;exploitation prévient (PROC-INT-006 §03).</source>
        <translation>In case of loss or theft, the operations manager informs this person (PROC-INT-006 §03).</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="66"/>
        <source>Client &amp;actif</source>
        <translation>&amp;Active client</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="70"/>
        <source>Co&amp;de :</source>
        <translation>Co&amp;de:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="71"/>
        <source>&amp;Nom du client :</source>
        <translation>Client &amp;name:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="72"/>
        <source>Niveau de &amp;contrat :</source>
        <translation>&amp;Contract level:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="74"/>
        <source>Responsable sécurité du client</source>
        <translation>Client&apos;s security contact</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="75"/>
        <source>N&amp;om :</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="76"/>
        <source>&amp;Téléphone :</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="77"/>
        <source>E-&amp;mail :</source>
        <translation>E-&amp;mail:</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/correction.py" line="35"/>
        <source>Corriger le mouvement n°{seq}</source>
        <extracomment>the item fields a correction may change, in the order shown</extracomment>
        <translation>Correct movement #{seq}</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/correction.py" line="36"/>
        <source>&amp;Enregistrer la correction</source>
        <translation>&amp;Record the correction</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/correction.py" line="55"/>
        <source>L&apos;historique n&apos;est jamais modifié : la correction est un nouveau mouvement qui renvoie à celui-ci, avec son motif.</source>
        <translation>The history is never edited: the correction is a new movement that refers to this one, with its reason.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/correction.py" line="59"/>
        <source>Pourquoi ce mouvement doit être corrigé (obligatoire)</source>
        <translation>Why this movement must be corrected (required)</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/correction.py" line="63"/>
        <source>Corriger la &amp;date de retour prévue</source>
        <translation>Correct the &amp;due date</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/correction.py" line="72"/>
        <source>Seule la date de retour d&apos;une attribution ou d&apos;un transfert se corrige.</source>
        <translation>Only the due date of an attribution or a transfer can be corrected.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/correction.py" line="76"/>
        <source>N° &amp;frappé :</source>
        <translation>Stamped &amp;number:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/correction.py" line="77"/>
        <source>Dé&amp;signation :</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/correction.py" line="78"/>
        <source>UID de la &amp;carte :</source>
        <translation>&amp;Card UID:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/correction.py" line="79"/>
        <source>UID du &amp;porte-clés :</source>
        <translation>&amp;Key tag UID:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/correction.py" line="83"/>
        <source>&amp;Motif :</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/correction.py" line="85"/>
        <source>Retour prévu le :</source>
        <translation>Due back on:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/correction.py" line="86"/>
        <source>Champs de l&apos;objet (modifiez seulement ce qui est faux) :</source>
        <translation>Item fields (change only what is wrong):</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/correction.py" line="117"/>
        <source>&lt;b&gt;N°{seq}&lt;/b&gt; — {kind} — {at}</source>
        <translation>&lt;b&gt;#{seq}&lt;/b&gt; — {kind} — {at}</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/correction.py" line="119"/>
        <source>Objet {registry_id}, enregistré par {actor}</source>
        <translation>Item {registry_id}, recorded by {actor}</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/correction.py" line="123"/>
        <source>Détenteur : {name}</source>
        <translation>Holder: {name}</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/correction.py" line="125"/>
        <source>Retour prévu le {due}</source>
        <translation>Due back on {due}</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/correction.py" line="127"/>
        <source>Note : {note}</source>
        <translation>Note: {note}</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../mileo_desk/gui/dashboard.py" line="124"/>
        <source>Attributions en retard (%1)</source>
        <extracomment>an item id to open every list has its ids</extracomment>
        <translation>Overdue attributions (%1)</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dashboard.py" line="125"/>
        <source>Badges temporaires non rendus (%1)</source>
        <translation>Temporary badges not returned (%1)</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dashboard.py" line="126"/>
        <source>Objets perdus ou volés (%1)</source>
        <translation>Lost or stolen items (%1)</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dashboard.py" line="128"/>
        <source>Chargement du tableau de bord…</source>
        <translation>Loading the dashboard…</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dashboard.py" line="131"/>
        <source>À traiter : les attributions en retard et les badges temporaires encore dehors (ils doivent revenir le jour même, PROC-INT-005 §04).</source>
        <translation>To handle: overdue attributions and temporary badges still out (they must come back the same day, PROC-INT-005 §04).</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dashboard.py" line="134"/>
        <source>Rien en retard, aucun badge temporaire dehors, aucun objet perdu.</source>
        <translation>Nothing overdue, no temporary badge out, no item lost.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="35"/>
        <source>Actualiser</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="51"/>
        <source>Attributions en retard</source>
        <translation>Overdue attributions</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="98"/>
        <source>Badges temporaires non rendus</source>
        <translation>Temporary badges not returned</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="145"/>
        <source>Objets perdus ou volés</source>
        <translation>Lost or stolen items</translation>
    </message>
</context>
<context>
    <name>Delay</name>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="36"/>
        <source>{days} j {hours} h</source>
        <translation>{days} d {hours} h</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="38"/>
        <source>{hours} h {minutes:02d}</source>
        <translation>{hours} h {minutes:02d}</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="39"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
</context>
<context>
    <name>DeviceSetup</name>
    <message>
        <location filename="../../mileo_desk/gui/device_setup.py" line="117"/>
        <source>&amp;Lecteurs</source>
        <extracomment>environment variable: NFC reader paths for nfcpy, comma-separated (default &quot;usb&quot;) menus that may hold the &quot;Lecteurs…&quot; action, by objectName, in order of preference</extracomment>
        <translation>&amp;Readers</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/device_setup.py" line="149"/>
        <source>Lecteurs…</source>
        <translation>Readers…</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/device_setup.py" line="150"/>
        <source>Choisir et tester les lecteurs de cartes et de porte-clés</source>
        <translation>Choose and test the card and key tag readers</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/device_setup.py" line="162"/>
        <source>Attention : porte-clés copié ou falsifié sur « %1 » — ne vous fiez pas à ce qu&apos;il annonce.</source>
        <translation>Warning: copied or forged key tag on “%1” — do not trust what it claims.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/device_setup.py" line="171"/>
        <source>Démo : poser la carte virtuelle</source>
        <translation>Demo: tap the virtual card</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/device_setup.py" line="175"/>
        <source>Démo : présenter le porte-clés virtuel</source>
        <translation>Demo: present the virtual key tag</translation>
    </message>
</context>
<context>
    <name>DialogLabels</name>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/fields.py" line="67"/>
        <source>S1 — site courant</source>
        <extracomment>the item named with its article, as in « reconnais avoir reçu la clé ECL-00012 »</extracomment>
        <translation>S1 — ordinary site</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/fields.py" line="68"/>
        <source>S2 — site sensible</source>
        <translation>S2 — sensitive site</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/fields.py" line="69"/>
        <source>S3 — site très sensible</source>
        <translation>S3 — highly sensitive site</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="55"/>
        <source>Duplication de {registry_id}</source>
        <translation>Duplication of {registry_id}</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="56"/>
        <source>&amp;Enregistrer la duplication</source>
        <translation>&amp;Record the duplication</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="68"/>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="92"/>
        <source> copie(s)</source>
        <translation> copy(ies)</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="71"/>
        <source>&amp;Mandat écrit du client</source>
        <translation>Client&apos;s written &amp;mandate</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="79"/>
        <source>Référence du courrier ou du bon de commande</source>
        <translation>Reference of the letter or purchase order</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="87"/>
        <source>Le responsable sécurité du client</source>
        <translation>The client&apos;s security contact</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="96"/>
        <source>Mandat numérisé (PDF ou image)</source>
        <translation>Scanned mandate (PDF or image)</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="97"/>
        <source>Parc&amp;ourir…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="104"/>
        <source>&amp;Référence :</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="105"/>
        <source>Si&amp;gné le :</source>
        <translation>Si&amp;gned on:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="106"/>
        <source>Signé &amp;par :</source>
        <translation>Signed &amp;by:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="107"/>
        <source>Copies &amp;autorisées :</source>
        <translation>&amp;Authorised copies:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="108"/>
        <source>&amp;Document :</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="111"/>
        <source>Prestataire habilité, date de fabrication…</source>
        <translation>Authorised locksmith, date made…</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="115"/>
        <source>&amp;Nombre de copies :</source>
        <translation>&amp;Number of copies:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="117"/>
        <source>No&amp;te :</source>
        <translation>No&amp;te:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="187"/>
        <source>Le document du mandat dépasse {size} Mo.</source>
        <translation>The mandate document is larger than {size} MB.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="156"/>
        <source>PROC-INT-006 §02 : un objet de type « {kind} » ne se reproduit jamais sans le mandat écrit du responsable sécurité du client, même avec son accord verbal. Seul le client décide d&apos;une duplication, réalisée par le prestataire habilité de son système de clés ; Mileo Technology n&apos;en prend jamais l&apos;initiative.</source>
        <translation>PROC-INT-006 §02: an item of type “{kind}” is never copied without the written mandate of the client&apos;s security contact, even with their verbal agreement. Only the client decides on a duplication, made by the authorised provider of its key system; Mileo Technology never initiates one.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="162"/>
        <source>Une clé mécanique simple peut être dupliquée ; joignez le mandat du client s&apos;il en a donné un. Chaque copie devient un nouvel objet du registre, lié à l&apos;original.</source>
        <translation>A plain mechanical key may be duplicated; attach the client&apos;s mandate if there is one. Each copy becomes a new registry item, linked to the original.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="174"/>
        <source>Mandat numérisé</source>
        <translation>Scanned mandate</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="176"/>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Tous les fichiers (*)</source>
        <translation>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/duplication.py" line="186"/>
        <source>Le document du mandat est illisible : {path}</source>
        <translation>The mandate document cannot be read: {path}</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../mileo_desk/gui/first_admin.py" line="74"/>
        <source>Mileo Desk — Premier administrateur</source>
        <translation>Mileo Desk — First administrator</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/first_admin.py" line="75"/>
        <source>Créer le premier administrateur</source>
        <translation>Create the first administrator</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/first_admin.py" line="76"/>
        <source>Le registre est vide : aucun compte n&apos;existe encore. Créez le compte de l&apos;administrateur, qui créera ensuite les autres comptes. Aucune donnée de démonstration n&apos;est ajoutée à ce registre.</source>
        <translation>The registry is empty: no account exists yet. Create the administrator&apos;s account, who will then create the other accounts. No demonstration data is added to this registry.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/first_admin.py" line="80"/>
        <source>Nom complet</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/first_admin.py" line="80"/>
        <source>Identifiant</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/first_admin.py" line="80"/>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/first_admin.py" line="80"/>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/first_admin.py" line="86"/>
        <source>Créer le compte</source>
        <translation>Create the account</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/first_admin.py" line="105"/>
        <source>Remplissez tous les champs.</source>
        <translation>Fill in every field.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/first_admin.py" line="109"/>
        <source>Les deux mots de passe diffèrent.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>FoundDialog</name>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="205"/>
        <source>{registry_id} retrouvé</source>
        <translation>{registry_id} found</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="206"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="211"/>
        <source>L&apos;objet revient au siège. La déclaration de perte ou de vol reste dans l&apos;historique.</source>
        <translation>The item comes back to headquarters. The loss or theft declaration stays in the history.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="214"/>
        <source>Où, quand et par qui l&apos;objet a été retrouvé…</source>
        <translation>Where, when and by whom the item was found…</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="218"/>
        <source>&amp;Note :</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>ItemHeader</name>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/base.py" line="111"/>
        <source>{client} · site {site} ({sensitivity})</source>
        <translation>{client} · site {site} ({sensitivity})</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/base.py" line="117"/>
        <source>Détenu par {name} depuis le {since}</source>
        <translation>Held by {name} since {since}</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/base.py" line="121"/>
        <source>, retour prévu le {due}</source>
        <translation>, due back {due}</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/base.py" line="123"/>
        <source>Au siège</source>
        <translation>At headquarters</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <location filename="../../mileo_desk/gui/widgets/item_panel.py" line="217"/>
        <source>%1 (sensibilité %2)</source>
        <extracomment>an item and its whole history are displayed a MileoError while loading the user asked for a full verification of the chain a MovementView to correct a MovementView whose handover receipt is wanted</extracomment>
        <translation>%1 (sensitivity %2)</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/item_panel.py" line="233"/>
        <source>Personne : l&apos;objet est au siège</source>
        <translation>Nobody: the item is at headquarters</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/item_panel.py" line="239"/>
        <source>%1 — dépassé</source>
        <translation>%1 — overdue</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/item_panel.py" line="241"/>
        <source>%1 (badge temporaire : retour le jour même)</source>
        <translation>%1 (temporary badge: back the same day)</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/item_panel.py" line="244"/>
        <source>objet n°%1</source>
        <translation>item #%1</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/item_panel.py" line="245"/>
        <source>n°%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/item_panel.py" line="290"/>
        <source>Voir la signature de %1…</source>
        <translation>View the signature of %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mileo_desk/gui/widgets/item_panel.py" line="278"/>
        <source>Historique (%n mouvement(s))</source>
        <translation>
            <numerusform>History (%n movement)</numerusform>
            <numerusform>History (%n movements)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.ui" line="21"/>
        <source>Sélectionnez un objet dans le registre ou présentez une carte, un badge ou un porte-clés au lecteur.</source>
        <translation>Select an item in the registry, or present a card, a badge or a key tag to the reader.</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.ui" line="69"/>
        <source>En retard</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.ui" line="126"/>
        <source>Tout vérifier</source>
        <translation>Verify all</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.ui" line="129"/>
        <source>Vérifier toute la chaîne de l&apos;historique et les signatures</source>
        <translation>Verify the whole history chain and the signatures</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.ui" line="164"/>
        <source>Fiche</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.ui" line="206"/>
        <source>Type :</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.ui" line="232"/>
        <source>Client :</source>
        <translation>Client:</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.ui" line="258"/>
        <source>Site :</source>
        <translation>Site:</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.ui" line="284"/>
        <source>UID de la carte :</source>
        <translation>Card UID:</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.ui" line="310"/>
        <source>UID du porte-clés :</source>
        <translation>Key tag UID:</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.ui" line="336"/>
        <source>Numéro frappé :</source>
        <translation>Stamped number:</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.ui" line="362"/>
        <source>Désignation :</source>
        <translation>Label:</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.ui" line="388"/>
        <source>Reçu le :</source>
        <translation>Received on:</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.ui" line="414"/>
        <source>Responsable :</source>
        <translation>Person in charge:</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.ui" line="440"/>
        <source>Conservation :</source>
        <translation>Kept:</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.ui" line="466"/>
        <source>Détenteur :</source>
        <translation>Holder:</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.ui" line="492"/>
        <source>Depuis le :</source>
        <translation>Since:</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.ui" line="518"/>
        <source>Retour prévu :</source>
        <translation>Due back:</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.ui" line="544"/>
        <source>Copie de :</source>
        <translation>Copy of:</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.ui" line="570"/>
        <source>Dernier mouvement :</source>
        <translation>Last movement:</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.ui" line="601"/>
        <source>Historique</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="23"/>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="24"/>
        <source>Clé mécanique</source>
        <translation>Mechanical key</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="25"/>
        <source>Clé à code</source>
        <translation>Code key</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="26"/>
        <source>Clé maîtresse</source>
        <translation>Master key</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="27"/>
        <source>Badge temporaire</source>
        <translation>Temporary badge</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="30"/>
        <source>En service</source>
        <translation>In service</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="31"/>
        <source>Restitué au client</source>
        <translation>Returned to client</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="32"/>
        <source>Perdu</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="33"/>
        <source>Volé</source>
        <translation>Stolen</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="40"/>
        <source>Gardien des clés</source>
        <translation>Key custodian</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="41"/>
        <source>Responsable d&apos;exploitation</source>
        <translation>Operations manager</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="42"/>
        <source>Chef de chantier</source>
        <translation>Site lead</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="43"/>
        <location filename="../../mileo_desk/gui/models/labels.py" line="75"/>
        <source>Technicien</source>
        <translation>Technician</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="44"/>
        <source>Administrateur</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="47"/>
        <source>Réception du client</source>
        <translation>Received from client</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="48"/>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="49"/>
        <source>Retour</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="50"/>
        <source>Transfert</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="51"/>
        <source>Déclaration de perte</source>
        <translation>Loss declaration</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="52"/>
        <source>Déclaration de vol</source>
        <translation>Theft declaration</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="53"/>
        <source>Retrouvé</source>
        <translation>Found</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="54"/>
        <source>Restitution au client</source>
        <translation>Restitution to client</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="55"/>
        <source>Duplication sous mandat</source>
        <translation>Duplication under mandate</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="56"/>
        <source>Création d&apos;une copie</source>
        <translation>Copy created</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="57"/>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="62"/>
        <source>Réception enregistrée pour %1.</source>
        <extracomment>the status after an operation, one whole sentence per movement (French agrees the participle with the movement&apos;s gender: « Attribution enregistrée », « Retour enregistré »)</extracomment>
        <translation>Reception recorded for %1.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="63"/>
        <source>Attribution enregistrée pour %1.</source>
        <translation>Attribution recorded for %1.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="64"/>
        <source>Retour enregistré pour %1.</source>
        <translation>Return recorded for %1.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="65"/>
        <source>Transfert enregistré pour %1.</source>
        <translation>Transfer recorded for %1.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="66"/>
        <source>Déclaration de perte enregistrée pour %1.</source>
        <translation>Loss report recorded for %1.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="67"/>
        <source>Déclaration de vol enregistrée pour %1.</source>
        <translation>Theft report recorded for %1.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="69"/>
        <source>Restitution au client enregistrée pour %1.</source>
        <translation>Restitution to the client recorded for %1.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="70"/>
        <source>Duplication enregistrée pour %1.</source>
        <translation>Duplication recorded for %1.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="71"/>
        <source>Création d&apos;une copie enregistrée pour %1.</source>
        <translation>Copy creation recorded for %1.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="72"/>
        <source>Correction enregistrée pour %1.</source>
        <translation>Correction recorded for %1.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="81"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="80"/>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="36"/>
        <source>Au siège</source>
        <translation>At headquarters</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="37"/>
        <source>Attribué à un technicien</source>
        <translation>Assigned to a technician</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="68"/>
        <source>Objet retrouvé enregistré pour %1.</source>
        <translation>Item found recorded for %1.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="76"/>
        <source>Gardien</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="77"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="86"/>
        <source>Bon de remise</source>
        <extracomment>the titles of the receipts, for the translation tools only: each movement&apos;s title is the domain&apos;s (wording.RECEIPT_TITLES), which the PDF prints; tests check that none is missing here</extracomment>
        <translation>Handover receipt</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/labels.py" line="87"/>
        <source>Bon de retour</source>
        <translation>Return receipt</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../mileo_desk/gui/lock.py" line="144"/>
        <source>Le même utilisateur déverrouille, ou un autre utilisateur se connecte et prend le poste.</source>
        <extracomment>the events that count as the user being there no user input for the configured delay the Actor who logged in (the same user or another one)</extracomment>
        <translation>The same user unlocks, or another user logs in and takes over the station.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/lock.py" line="164"/>
        <source>Connectez-vous pour accéder au registre.</source>
        <translation>Log in to access the registry.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/lock.py" line="167"/>
        <source>Session de %1 (%2), verrouillée le %3.</source>
        <translation>Session of %1 (%2), locked on %3.</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="30"/>
        <source>Poste verrouillé</source>
        <translation>Station locked</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../mileo_desk/gui/login.py" line="161"/>
        <source>Mileo Desk — Connexion</source>
        <translation>Mileo Desk — Log in</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <location filename="../../mileo_desk/gui/login.py" line="95"/>
        <source>Saisissez votre identifiant.</source>
        <extracomment>the Actor, after a successful login the message shown after a refused login</extracomment>
        <translation>Enter your login.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/login.py" line="99"/>
        <source>Saisissez votre mot de passe.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/login.py" line="114"/>
        <source>Connexion…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/login.py" line="114"/>
        <location filename="../../ui/login.ui" line="103"/>
        <source>Se connecter</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="17"/>
        <source>Connexion</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="24"/>
        <source>Identifiez-vous pour accéder au registre.</source>
        <translation>Identify yourself to access the registry.</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="39"/>
        <source>&amp;Identifiant :</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="56"/>
        <source>&amp;Mot de passe :</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>LossDialog</name>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="62"/>
        <source>&amp;Déclarer</source>
        <translation>&amp;Declare</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="69"/>
        <source>&amp;Perte</source>
        <translation>&amp;Loss</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="70"/>
        <source>&amp;Vol</source>
        <translation>&amp;Theft</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="88"/>
        <source>&amp;Maintenant</source>
        <translation>&amp;Now</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="89"/>
        <source>Le signalement est fait maintenant</source>
        <translation>The report is made now</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="101"/>
        <source>Où, quand, comment : les circonstances, les personnes prévenues…</source>
        <translation>Where, when, how: the circumstances, who was told…</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="107"/>
        <source>PROC-INT-006 §03 : le technicien signale la perte ou le vol à son responsable dans les {limit} minutes qui suivent sa constatation. Le responsable d&apos;exploitation prévient ensuite le responsable sécurité du client et un rapport d&apos;incident écrit lui est transmis sous 2 heures.</source>
        <translation>PROC-INT-006 §03: the technician reports the loss or theft to their manager within {limit} minutes of noticing it. The operations manager then informs the client&apos;s security officer, and a written incident report is sent to them within 2 hours.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="115"/>
        <source>Nature :</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="116"/>
        <source>&amp;Constaté le :</source>
        <translation>&amp;Noticed on:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="117"/>
        <source>&amp;Signalé le :</source>
        <translation>&amp;Reported on:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="119"/>
        <source>C&amp;irconstances :</source>
        <translation>C&amp;ircumstances:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="148"/>
        <source>Déclarer le vol de {registry_id}</source>
        <translation>Declare the theft of {registry_id}</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="151"/>
        <source>Déclarer la perte de {registry_id}</source>
        <translation>Declare the loss of {registry_id}</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="163"/>
        <source>L&apos;heure de signalement précède l&apos;heure de constatation.</source>
        <translation>The report time is before the time it was noticed.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="167"/>
        <source>Signalé {delay} après la constatation : au-delà des {limit} minutes de PROC-INT-006 §03, la déclaration sera marquée comme tardive.</source>
        <translation>Reported {delay} after it was noticed: beyond the {limit} minutes of PROC-INT-006 §03, the declaration will be flagged as late.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="173"/>
        <source>Signalé {delay} après la constatation : dans le délai de {limit} minutes (PROC-INT-006 §03).</source>
        <translation>Reported {delay} after it was noticed: within the {limit}-minute limit (PROC-INT-006 §03).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mileo_desk/gui/main_window/window.py" line="246"/>
        <source>Sélectionnez d&apos;abord un objet.</source>
        <extracomment>after movements were recorded, the whole chain is verified again once they pause (ms) the content is hidden the Actor now using the station (&quot;item&quot; | &quot;person&quot; | &quot;unknown&quot; | &quot;ignored&quot;, payload) a VerifyReport a full verification was asked this session: its line follows the chain from now on</extracomment>
        <translation>Select an item first.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/window.py" line="263"/>
        <source>Annuaire mis à jour.</source>
        <translation>Directory updated.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/window.py" line="301"/>
        <source>Vérification de tout l&apos;historique…</source>
        <translation>Verifying the whole history…</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/window.py" line="317"/>
        <source>Intégrité de l&apos;historique</source>
        <translation>History integrity</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/window.py" line="379"/>
        <location filename="../../ui/main_window.ui" line="667"/>
        <source>À propos de Mileo Desk</source>
        <translation>About Mileo Desk</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/window.py" line="380"/>
        <source>&lt;b&gt;Mileo Desk %1&lt;/b&gt;&lt;br&gt;Registre des badges, clés et moyens d&apos;accès confiés par les clients de Mileo Technology (PROC-INT-006).</source>
        <translation>&lt;b&gt;Mileo Desk %1&lt;/b&gt;&lt;br&gt;Registry of the badges, keys and means of access entrusted to Mileo Technology by its clients (PROC-INT-006).</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/window.py" line="388"/>
        <source>Simuler une lecture</source>
        <translation>Simulate a read</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/window.py" line="389"/>
        <source>Panneau de l&apos;objet</source>
        <translation>Item panel</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/window.py" line="390"/>
        <source>Travail en cours…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/window.py" line="398"/>
        <source>%1 — %2 · poste %3</source>
        <translation>%1 — %2 · station %3</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="14"/>
        <source>Mileo Desk — Registre des moyens d&apos;accès</source>
        <translation>Mileo Desk — Registry of means of access</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="59"/>
        <location filename="../../ui/main_window.ui" line="609"/>
        <source>Registre</source>
        <translation>Registry</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="67"/>
        <source>&amp;Rechercher :</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="77"/>
        <source>Identifiant, UID, client, site, détenteur… (les accents sont ignorés)</source>
        <translation>Registry id, UID, client, site, holder… (accents ignored)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="87"/>
        <source>En retard uniquement</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="94"/>
        <source>Badges temporaires sortis</source>
        <translation>Temporary badges out</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="121"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="134"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="147"/>
        <source>Type d&apos;objet</source>
        <translation>Item type</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="157"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="167"/>
        <source>Détenteur</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="193"/>
        <location filename="../../ui/main_window.ui" line="590"/>
        <source>Effacer les filtres</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="243"/>
        <location filename="../../ui/main_window.ui" line="617"/>
        <source>Tableau de bord</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="295"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="308"/>
        <source>&amp;Objet</source>
        <translation>&amp;Item</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="325"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="338"/>
        <source>A&amp;nnuaire</source>
        <translation>&amp;Directory</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="346"/>
        <source>Ou&amp;tils</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="352"/>
        <source>&amp;Développeur</source>
        <translation>&amp;Developer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="358"/>
        <source>Aid&amp;e</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="372"/>
        <source>Barre d&apos;outils principale</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="410"/>
        <source>Objet</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="434"/>
        <source>Réceptionner un objet…</source>
        <translation>Receive an item…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="437"/>
        <source>Réceptionner</source>
        <translation>Receive</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="440"/>
        <source>Enregistrer un objet remis par un client</source>
        <translation>Register an item handed over by a client</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="443"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="448"/>
        <source>Verrouiller le poste</source>
        <translation>Lock the station</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="451"/>
        <source>Verrouiller</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="454"/>
        <source>Masquer le contenu jusqu&apos;à la reconnexion</source>
        <translation>Hide the content until someone logs in again</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="457"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="462"/>
        <source>Changer d&apos;utilisateur…</source>
        <translation>Switch user…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="465"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="470"/>
        <source>Paramètres…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="473"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="478"/>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="481"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="486"/>
        <source>Attribuer à un technicien…</source>
        <translation>Attribute to a technician…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="489"/>
        <source>Attribuer</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="492"/>
        <source>Remettre l&apos;objet à un technicien, qui signe</source>
        <translation>Hand the item to a technician, who signs</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="495"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="500"/>
        <source>Enregistrer le retour…</source>
        <translation>Record the return…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="503"/>
        <source>Retour</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="506"/>
        <source>Le détenteur rend l&apos;objet ; les deux signent</source>
        <translation>The holder gives the item back; both sign</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="509"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="514"/>
        <source>Transférer à un autre technicien…</source>
        <translation>Transfer to another technician…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="517"/>
        <source>Transférer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="520"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="525"/>
        <source>Déclarer une perte…</source>
        <translation>Declare a loss…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="528"/>
        <source>Perte</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="531"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="536"/>
        <source>Déclarer un vol…</source>
        <translation>Declare a theft…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="539"/>
        <source>Vol</source>
        <translation>Theft</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="542"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="547"/>
        <source>Déclarer retrouvé…</source>
        <translation>Declare found…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="550"/>
        <source>Retrouvé</source>
        <translation>Found</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="555"/>
        <source>Restituer au client…</source>
        <translation>Return to the client…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="558"/>
        <source>Restituer</source>
        <translation>Restitute</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="563"/>
        <source>Enregistrer une duplication sous mandat…</source>
        <translation>Record a duplication under mandate…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="566"/>
        <source>Dupliquer</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="571"/>
        <source>Bon de remise du dernier mouvement…</source>
        <translation>Receipt of the last handover…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="574"/>
        <source>Enregistrer le bon de remise en PDF</source>
        <translation>Save the handover receipt as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="577"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="582"/>
        <source>Rechercher</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="585"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="593"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="598"/>
        <location filename="../../ui/main_window.ui" line="601"/>
        <source>Actualiser</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="604"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="612"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="620"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="625"/>
        <source>Vérifier l&apos;intégrité de l&apos;historique</source>
        <translation>Verify the history&apos;s integrity</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="628"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="633"/>
        <source>Nouveau client…</source>
        <translation>New client…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="638"/>
        <source>Nouveau site…</source>
        <translation>New site…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="643"/>
        <source>Nouvelle personne…</source>
        <translation>New person…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="648"/>
        <source>Saisir un code lu…</source>
        <translation>Enter a read code…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="651"/>
        <source>Saisir un code</source>
        <translation>Enter a code</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="654"/>
        <source>Saisir ou scanner un UID ou un identifiant du registre</source>
        <translation>Type or scan a UID or a registry id</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="657"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="662"/>
        <source>Simuler une carte inconnue</source>
        <translation>Simulate an unknown card</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="670"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="8"/>
        <source>Action refusée : « {action} » n&apos;est pas permis au rôle « {role} ».</source>
        <translation>Action refused: “{action}” is not permitted to the role “{role}”.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="9"/>
        <source>Administrateur</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="10"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="11"/>
        <source>Adresse IPv6 du serveur sans crochet fermant : écrivez-la entre crochets (ex. postgresql+psycopg://utilisateur@[::1]:5432/registre).</source>
        <translation>Server IPv6 address without a closing bracket: write it between brackets (e.g. postgresql+psycopg://user@[::1]:5432/registry).</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="12"/>
        <source>Adresse e-mail invalide : « {text} ».</source>
        <translation>Invalid e-mail address: “{text}”.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="13"/>
        <source>Attribuer à un technicien</source>
        <translation>Attribute to a technician</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="14"/>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="15"/>
        <source>Attribué à un technicien</source>
        <translation>Assigned to a technician</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="16"/>
        <source>Au siège</source>
        <translation>At headquarters</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="17"/>
        <source>Aucun utilisateur connecté : connectez-vous.</source>
        <translation>No user logged in: please log in.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="18"/>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="19"/>
        <source>Badge temporaire</source>
        <translation>Temporary badge</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="20"/>
        <source>Base de données inaccessible ({url}) : {error}.</source>
        <translation>Database unreachable ({url}): {error}.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="21"/>
        <source>Ce compte est désactivé.</source>
        <translation>This account is deactivated.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="22"/>
        <source>Champ non corrigeable : « {key} ».</source>
        <translation>This field cannot be corrected: “{key}”.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="23"/>
        <source>Chef de chantier</source>
        <translation>Site lead</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="24"/>
        <source>Choisissez le technicien dans la liste.</source>
        <translation>Choose the technician in the list.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="25"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="26"/>
        <source>Client n°{id} introuvable.</source>
        <translation>Client no. {id} not found.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="27"/>
        <source>Client « {client} » introuvable.</source>
        <translation>Client “{client}” not found.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="28"/>
        <source>Clé maîtresse</source>
        <translation>Master key</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="29"/>
        <source>Clé mécanique</source>
        <translation>Mechanical key</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="30"/>
        <source>Clé à code</source>
        <translation>Code key</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="31"/>
        <source>Code client invalide : 2 à 12 lettres ou chiffres.</source>
        <translation>Invalid client code: 2 to 12 letters or digits.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="32"/>
        <source>Consulter le registre</source>
        <translation>View the registry</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="33"/>
        <source>Consulter les objets qu&apos;on détient, leurs clients et leurs sites</source>
        <translation>View the items one holds, their clients and sites</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="34"/>
        <source>Consulter tous les clients et sites (contacts, adresses, sensibilité)</source>
        <translation>View every client and site (contacts, addresses, sensitivity)</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="35"/>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="36"/>
        <source>Corriger un mouvement</source>
        <translation>Correct a movement</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="37"/>
        <source>Création d&apos;une copie</source>
        <translation>Copy created</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="38"/>
        <source>Date de réception</source>
        <translation>Reception date</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="39"/>
        <source>Date invalide pour « {label} » : « {raw} » (attendu JJ/MM/AAAA ou AAAA-MM-JJ).</source>
        <translation>Invalid date for “{label}”: “{raw}” (expected DD/MM/YYYY or YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="40"/>
        <source>Date invalide pour « {label} » : « {raw} » (ex. 23/11/2026 14:05).</source>
        <translation>Invalid date for “{label}”: “{raw}” (e.g. 23/11/2026 14:05).</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="41"/>
        <source>Duplication refusée : un objet de type « {item_type} » ne peut être reproduit que sur mandat écrit du responsable sécurité du client (PROC-INT-006 §02).</source>
        <translation>Duplication refused: an item of type “{item_type}” may only be copied under the written mandate of the client&apos;s security officer (PROC-INT-006 §02).</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="42"/>
        <source>Duplication sous mandat</source>
        <translation>Duplication under mandate</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="43"/>
        <source>Déclaration de perte</source>
        <translation>Loss declaration</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="44"/>
        <source>Déclaration de vol</source>
        <translation>Theft declaration</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="45"/>
        <source>Déclarer un objet retrouvé</source>
        <translation>Declare an item found</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="46"/>
        <source>Déclarer une perte ou un vol</source>
        <translation>Declare a loss or a theft</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="47"/>
        <source>Désignation</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="48"/>
        <source>Détenteur</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="49"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="50"/>
        <source>En service</source>
        <translation>In service</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="51"/>
        <source>Encodage inconnu : « {encoding} » (exemples : utf-8, utf-16, cp1252, cp1251, iso-8859-15).</source>
        <translation>Unknown encoding: “{encoding}” (examples: utf-8, utf-16, cp1252, cp1251, iso-8859-15).</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="52"/>
        <source>Enregistrement refusé : une valeur unique (identifiant, UID, identifiant de connexion) est déjà utilisée.</source>
        <translation>Record refused: a unique value (identifier, UID, login) is already in use.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="53"/>
        <source>Enregistrer un retour</source>
        <translation>Record a return</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="54"/>
        <source>Enregistrer une duplication sous mandat</source>
        <translation>Record a duplication under mandate</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="55"/>
        <source>Erreur de la base de données ({url}) : {error}.</source>
        <translation>Database error ({url}): {error}.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="56"/>
        <source>Exporter le registre</source>
        <translation>Export the registry</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="57"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="58"/>
        <source>Fichier de signature illisible (format attendu : {format}).</source>
        <translation>Unreadable signature file (expected format: {format}).</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="59"/>
        <source>Fichier trop grand : plus de {max} lignes ; découpez-le en plusieurs imports.</source>
        <translation>File too large: more than {max} lines; split it into several imports.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="60"/>
        <source>Fichier trop lourd (plus de 50 Mo).</source>
        <translation>File too large (over 50 MB).</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="61"/>
        <source>Gardien</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="62"/>
        <source>Gardien des clés</source>
        <translation>Key custodian</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="63"/>
        <source>Gérer clients et sites</source>
        <translation>Manage clients and sites</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="64"/>
        <source>Gérer le personnel</source>
        <translation>Manage staff</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="65"/>
        <source>Gérer les comptes et les rôles</source>
        <translation>Manage accounts and roles</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="66"/>
        <source>Heure sans fuseau horaire : précisez-la (heure de Paris ou UTC).</source>
        <translation>Time without a time zone: specify it (Paris time or UTC).</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="67"/>
        <source>Identifiant du registre invalide : « {text} » (lettres, chiffres et tirets, 3 à 32 caractères).</source>
        <translation>Invalid registry id: “{text}” (letters, digits and dashes, 3 to 32 characters).</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="68"/>
        <source>Identifiant invalide : lettres minuscules, chiffres, point, tiret (2 à 64).</source>
        <translation>Invalid login: lower-case letters, digits, dot, dash (2 to 64).</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="69"/>
        <source>Importer des objets (CSV)</source>
        <translation>Import items (CSV)</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="70"/>
        <source>L&apos;UID de la carte et celui du porte-clés sont identiques.</source>
        <translation>The card UID and the key tag UID are the same.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="71"/>
        <source>L&apos;UID {uid} est déjà enregistré pour {owner}.</source>
        <translation>UID {uid} is already registered for {owner}.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="72"/>
        <source>L&apos;heure de constatation est dans le futur.</source>
        <translation>The time it was noticed is in the future.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="73"/>
        <source>L&apos;heure de constatation est obligatoire.</source>
        <translation>The time it was noticed is required.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="74"/>
        <source>L&apos;heure de signalement est dans le futur.</source>
        <translation>The report time is in the future.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="75"/>
        <source>L&apos;heure de signalement précède l&apos;heure de constatation.</source>
        <translation>The report time is before the time it was noticed.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="76"/>
        <source>L&apos;identifiant du registre est obligatoire.</source>
        <translation>The registry id is required.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="77"/>
        <source>L&apos;identifiant ou le mot de passe de l&apos;URL contient « @ » : écrivez-le %40 (un mot de passe « a@b » s&apos;écrit a%40b ; {example}).</source>
        <translation>The URL&apos;s user or password contains “@”: write it %40 (a password “a@b” is written a%40b; {example}).</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="78"/>
        <source>L&apos;identifiant {rid} existe déjà dans le registre.</source>
        <translation>Id {rid} already exists in the registry.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="79"/>
        <source>L&apos;identifiant « {login} » est déjà pris.</source>
        <translation>Login “{login}” is already taken.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="80"/>
        <source>L&apos;objet {label} est au siège : utilisez une attribution, pas un transfert.</source>
        <translation>Item {label} is at headquarters: use an attribution, not a transfer.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="81"/>
        <source>L&apos;objet {label} est déjà au siège : aucun retour à enregistrer.</source>
        <translation>Item {label} is already at headquarters: no return to record.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="82"/>
        <source>L&apos;objet {label} est déjà détenu par {holder} depuis le {since} : il doit d&apos;abord être rendu.</source>
        <translation>Item {label} has been held by {holder} since {since}: it must be returned first.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="83"/>
        <source>L&apos;objet {label} est détenu par un technicien : il doit d&apos;abord être rendu au siège.</source>
        <translation>Item {label} is held by a technician: it must first be returned to headquarters.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="84"/>
        <source>L&apos;objet {label} n&apos;est ni perdu ni volé.</source>
        <translation>Item {label} is neither lost nor stolen.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="85"/>
        <source>L&apos;objet {label} {reason} : impossible {action:de}.</source>
        <translation>Item {label} {reason}: cannot {action}.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="86"/>
        <source>La date de retour ne se corrige que sur l&apos;attribution en cours.</source>
        <translation>The due date can only be corrected on the current attribution.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="87"/>
        <source>La date de retour prévue doit être dans le futur.</source>
        <translation>The due date must be in the future.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="88"/>
        <source>La date de retour prévue est obligatoire.</source>
        <translation>The due date is required.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="89"/>
        <source>La date de retour prévue est à plus d&apos;un an.</source>
        <translation>The due date is more than a year away.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="90"/>
        <source>La date de réception est dans le futur.</source>
        <translation>The reception date is in the future.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="91"/>
        <source>La date de réception est invalide (avant {year}).</source>
        <translation>The reception date is invalid (before {year}).</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="92"/>
        <source>La date du mandat est dans le futur.</source>
        <translation>The mandate&apos;s date is in the future.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="93"/>
        <source>La procédure est terminée.</source>
        <translation>The procedure is over.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="94"/>
        <source>La recherche contient des caractères de contrôle.</source>
        <translation>The search contains control characters.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="95"/>
        <source>La remise n&apos;est pas complète : des étapes restent à remplir.</source>
        <translation>The handover is not complete: some steps remain.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="96"/>
        <source>La signature {who:de} est obligatoire.</source>
        <translation>{who}&apos;s signature is required.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="97"/>
        <source>La signature {who:de} est trop courte (un point ou un trait) : signez à nouveau.</source>
        <translation>{who}&apos;s signature is too short (a dot or a stroke): sign again.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="98"/>
        <source>La signature {who:de} est vide.</source>
        <translation>{who}&apos;s signature is empty.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="99"/>
        <source>Le champ « {label} » contient des caractères de contrôle.</source>
        <translation>The field “{label}” contains control characters.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="100"/>
        <source>Le champ « {label} » doit tenir sur une ligne.</source>
        <translation>The field “{label}” must fit on one line.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="101"/>
        <source>Le champ « {label} » dépasse {max_len} caractères ({length}).</source>
        <translation>The field “{label}” is longer than {max_len} characters ({length}).</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="102"/>
        <source>Le champ « {label} » est obligatoire.</source>
        <translation>The field “{label}” is required.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="103"/>
        <source>Le client {name} a encore {count} objet(s) en service : restituez-les (ou déclarez-les perdus) avant d&apos;archiver le client.</source>
        <translation>Client {name} still has {count} item(s) in service: return them (or declare them lost) before archiving the client.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="104"/>
        <source>Le client {name} est archivé.</source>
        <translation>Client {name} is archived.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="105"/>
        <source>Le code client {code} existe déjà.</source>
        <translation>Client code {code} already exists.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="106"/>
        <source>Le document du mandat dépasse 10 Mo.</source>
        <translation>The mandate document is larger than 10 MB.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="107"/>
        <source>Le fichier est vide : la ligne d&apos;en-tête est attendue.</source>
        <translation>The file is empty: the header line is expected.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="108"/>
        <source>Le mandat doit autoriser au moins une copie.</source>
        <translation>The mandate must authorise at least one copy.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="109"/>
        <source>Le mandat {reference} autorise {allowed} copie(s), {copies} demandée(s) ; {used} déjà réalisée(s).</source>
        <translation>Mandate {reference} authorises {allowed} copy(ies), {copies} requested; {used} already made.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="110"/>
        <source>Le mandat {reference} autorise {allowed} copie(s), {copies} demandée(s).</source>
        <translation>Mandate {reference} authorises {allowed} copy(ies), {copies} requested.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="111"/>
        <source>Le mandat {reference} est déjà enregistré avec d&apos;autres informations (signé le {signed_on} par {signatory}, {copies} copie(s)).</source>
        <translation>Mandate {reference} is already recorded with other details (signed on {signed_on} by {signatory}, {copies} copy(ies)).</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="112"/>
        <source>Le mot de passe doit compter au moins {min} caractères.</source>
        <translation>The password must have at least {min} characters.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="113"/>
        <source>Le motif de la correction est obligatoire.</source>
        <translation>The reason for the correction is required.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="114"/>
        <source>Le mouvement n°{seq} ({kind}) n&apos;est pas une remise : pas de bon de remise.</source>
        <translation>Movement no. {seq} ({kind}) is not a handover: no handover receipt.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="115"/>
        <source>Le registre a déjà des comptes : connectez-vous comme administrateur.</source>
        <translation>The registry already has accounts: log in as an administrator.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="116"/>
        <source>Le site {name} est archivé.</source>
        <translation>Site {name} is archived.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="117"/>
        <source>Le site {site} n&apos;appartient pas au client {client}.</source>
        <translation>Site {site} does not belong to client {client}.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="118"/>
        <source>Ligne 1 (en-tête) : colonne « {column} » en double.</source>
        <translation>Line 1 (header): column “{column}” appears twice.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="119"/>
        <source>Ligne 1 (en-tête) : colonne(s) inconnue(s) : {unknown}. Colonnes possibles : {columns}.</source>
        <translation>Line 1 (header): unknown column(s): {unknown}. Possible columns: {columns}.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="120"/>
        <source>Ligne 1 (en-tête) : colonne(s) obligatoire(s) absente(s) : {missing}.</source>
        <translation>Line 1 (header): required column(s) missing: {missing}.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="121"/>
        <source>Ligne 1 (en-tête) : {error}.</source>
        <translation>Line 1 (header): {error}.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="122"/>
        <source>Ligne {line} : caractère illisible en UTF-8 alors que le reste du fichier est en UTF-8 (fichier mélangé) ; corrigez cette ligne ou {hint}. Rien n&apos;a été importé.</source>
        <translation>Line {line}: a character unreadable in UTF-8 while the rest of the file is UTF-8 (mixed file); fix this line or {hint}. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="123"/>
        <source>Ligne {line} : le fichier n&apos;est ni en UTF-8 ni en Windows-1252 ; {hint}.</source>
        <translation>Line {line}: the file is neither UTF-8 nor Windows-1252; {hint}.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="124"/>
        <source>Ligne {line} : le fichier n&apos;est pas en UTF-8, et lu en Windows-1252 il donne « {sample} » : l&apos;encodage ne peut pas être deviné ; {hint}.</source>
        <translation>Line {line}: the file is not UTF-8, and read as Windows-1252 it gives “{sample}”: the encoding cannot be guessed; {hint}.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="125"/>
        <source>Ligne {line} : octets illisibles en {name} : le fichier n&apos;est pas entièrement en {name} ; rien n&apos;a été importé.</source>
        <translation>Line {line}: bytes unreadable in {name}: the file is not entirely {name}; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="126"/>
        <source>Mot de passe actuel incorrect.</source>
        <translation>Wrong current password.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="127"/>
        <source>Mouvement n°{seq} introuvable.</source>
        <translation>Movement no. {seq} not found.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="128"/>
        <source>Niveau de contrat</source>
        <translation>Contract level</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="129"/>
        <source>Nom complet</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="130"/>
        <source>Nom du client</source>
        <translation>Client name</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="131"/>
        <source>Nom du document</source>
        <translation>Document name</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="132"/>
        <source>Nom du poste</source>
        <translation>Station name</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="133"/>
        <source>Nom du site</source>
        <translation>Site name</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="134"/>
        <source>Nombre de copies invalide (1 à {max}).</source>
        <translation>Invalid number of copies (1 to {max}).</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="135"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="136"/>
        <source>Numéro de téléphone invalide : « {text} ».</source>
        <translation>Invalid phone number: “{text}”.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="137"/>
        <source>Numéro frappé</source>
        <translation>Stamped number</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="138"/>
        <source>Objet n°{id} introuvable.</source>
        <translation>Item no. {id} not found.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="139"/>
        <source>Objet « {item} » introuvable.</source>
        <translation>Item “{item}” not found.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="140"/>
        <source>Perdu</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="141"/>
        <source>Personne « {person} » introuvable.</source>
        <translation>Person “{person}” not found.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="142"/>
        <source>Port de la base de données invalide : un nombre de 1 à 65535 est attendu ({example}).</source>
        <translation>Invalid database port: a number from 1 to 65535 is expected ({example}).</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="143"/>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="144"/>
        <source>Première étape : impossible de revenir en arrière.</source>
        <translation>First step: cannot go back.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="145"/>
        <source>Représentant du client</source>
        <translation>Client&apos;s representative</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="146"/>
        <source>Responsable</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="147"/>
        <source>Responsable d&apos;exploitation</source>
        <translation>Operations manager</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="148"/>
        <source>Responsable sécurité</source>
        <translation>Security officer</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="149"/>
        <source>Restituer au client</source>
        <translation>Return to the client</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="150"/>
        <source>Restitution au client</source>
        <translation>Restitution to client</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="151"/>
        <source>Restitué au client</source>
        <translation>Returned to client</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="152"/>
        <source>Retour</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="153"/>
        <source>Retrouvé</source>
        <translation>Found</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="154"/>
        <source>Réception du client</source>
        <translation>Received from client</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="155"/>
        <source>Réceptionner un objet du client</source>
        <translation>Receive an item from the client</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="156"/>
        <source>Référence du mandat</source>
        <translation>Mandate reference</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="157"/>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="158"/>
        <source>Sensibilité</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="159"/>
        <source>Signataire du mandat</source>
        <translation>Mandate signatory</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="160"/>
        <source>Signature {who:de} : dimensions invalides.</source>
        <translation>{who}&apos;s signature: invalid dimensions.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="161"/>
        <source>Signature {who:de} : horodatage incohérent.</source>
        <translation>{who}&apos;s signature: inconsistent timing.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="162"/>
        <source>Signature {who:de} : image trop lourde.</source>
        <translation>{who}&apos;s signature: image too large.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="163"/>
        <source>Signature {who:de} : l&apos;image n&apos;est pas un PNG.</source>
        <translation>{who}&apos;s signature: the image is not a PNG.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="164"/>
        <source>Signature {who:de} : point hors de la zone de signature.</source>
        <translation>{who}&apos;s signature: a point outside the signing area.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="165"/>
        <source>Signature {who:de} : point invalide.</source>
        <translation>{who}&apos;s signature: invalid point.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="166"/>
        <source>Signature {who:de} : pression hors limites.</source>
        <translation>{who}&apos;s signature: pressure out of range.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="167"/>
        <source>Signature {who:de} : périphérique inconnu.</source>
        <translation>{who}&apos;s signature: unknown device.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="168"/>
        <source>Signature {who:de} : trop de points.</source>
        <translation>{who}&apos;s signature: too many points.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="169"/>
        <source>Site n°{id} introuvable.</source>
        <translation>Site no. {id} not found.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="170"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="171"/>
        <source>Tableau de bord (retards, pertes)</source>
        <translation>Dashboard (overdue, losses)</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="172"/>
        <source>Technicien</source>
        <translation>Technician</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="173"/>
        <source>Transfert</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="174"/>
        <source>Transférer entre techniciens</source>
        <translation>Transfer between technicians</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="175"/>
        <source>Type d&apos;objet inconnu : « {type} ».</source>
        <translation>Unknown item type: “{type}”.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="176"/>
        <source>Type inconnu : « {value} » (types : {allowed}).</source>
        <translation>Unknown type: “{value}” (types: {allowed}).</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="177"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="178"/>
        <source>UID de la carte</source>
        <translation>Card UID</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="179"/>
        <source>UID du badge Mileo</source>
        <translation>Mileo badge UID</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="180"/>
        <source>UID du porte-clés</source>
        <translation>Key tag UID</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="181"/>
        <source>URL de base de données invalide ({example}).</source>
        <translation>Invalid database URL ({example}).</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="182"/>
        <source>Un badge temporaire doit être rendu le jour même, avant de quitter le site (PROC-INT-005 §04) : retour au plus tard le {latest}.</source>
        <translation>A temporary badge must come back the same day, before leaving the site (PROC-INT-005 §04): return by {latest} at the latest.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="183"/>
        <source>Un badge temporaire ne se duplique jamais.</source>
        <translation>A temporary badge is never duplicated.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="184"/>
        <source>Un mot de passe est obligatoire pour un compte.</source>
        <translation>An account needs a password.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="185"/>
        <source>Un technicien ne peut déclarer perdu que ce qu&apos;il détient.</source>
        <translation>A technician may only declare lost what they hold.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="186"/>
        <source>Volé</source>
        <translation>Stolen</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="187"/>
        <source>Votre compte n&apos;est plus actif : reconnectez-vous.</source>
        <translation>Your account is no longer active: please log in again.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="188"/>
        <source>Votre rôle a changé depuis la connexion : reconnectez-vous.</source>
        <translation>Your role changed since you logged in: please log in again.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="189"/>
        <source>Vous ne pouvez pas désactiver votre propre compte.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="190"/>
        <source>Vérifier l&apos;intégrité de l&apos;historique</source>
        <translation>Verify the history&apos;s integrity</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="191"/>
        <source>a été restitué au client</source>
        <translation>has been returned to the client</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="192"/>
        <source>enregistrer un retour</source>
        <translation>record a return</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="193"/>
        <source>enregistrez-le en « CSV UTF-8 » ou indiquez son encodage (mileo-desk import items --encoding, par exemple cp1251 pour du cyrillique)</source>
        <translation>save it as “CSV UTF-8” or give its encoding (mileo-desk import items --encoding, for example cp1251 for Cyrillic)</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="194"/>
        <source>est déclaré perdu</source>
        <translation>is declared lost</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="195"/>
        <source>est déclaré volé</source>
        <translation>is declared stolen</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="196"/>
        <source>est en service</source>
        <translation>is in service</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="197"/>
        <source>ex. sqlite:///registre.sqlite3 ou postgresql+psycopg://utilisateur@serveur:5432/registre</source>
        <translation>e.g. sqlite:///registre.sqlite3 or postgresql+psycopg://user@server:5432/registry</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="198"/>
        <source>l&apos;attribuer</source>
        <translation>attribute it</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="199"/>
        <source>le dupliquer</source>
        <translation>duplicate it</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="200"/>
        <source>le déclarer perdu ou volé</source>
        <translation>declare it lost or stolen</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="201"/>
        <source>le restituer</source>
        <translation>return it to the client</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="202"/>
        <source>le site est obligatoire.</source>
        <translation>the site is required.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="203"/>
        <source>le site n°{value} n&apos;appartient pas au client {client}.</source>
        <translation>site no. {value} does not belong to client {client}.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="204"/>
        <source>le site {name} est archivé.</source>
        <translation>site {name} is archived.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="205"/>
        <source>le transférer</source>
        <translation>transfer it</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="206"/>
        <source>plusieurs sites « {value} » pour le client {client} : indiquez le numéro du site.</source>
        <translation>several sites “{value}” for client {client}: give the site&apos;s number.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="207"/>
        <source>site « {value} » inconnu pour le client {client}.</source>
        <translation>unknown site “{value}” for client {client}.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="208"/>
        <source>un technicien</source>
        <translation>a technician</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="209"/>
        <source>{given} identifiant(s) fourni(s) pour {copies} copie(s).</source>
        <translation>{given} id(s) given for {copies} copy(ies).</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="210"/>
        <source>{label} inconnu : « {value} ».</source>
        <translation>Unknown {label}: “{value}”.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="211"/>
        <source>{label} introuvable (n°{id}).</source>
        <translation>{label} not found (no. {id}).</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="212"/>
        <source>{label} invalide : attendu 4 à 10 octets en hexadécimal (ex. 04A2B3C4D5E680).</source>
        <translation>Invalid {label}: expected 4 to 10 bytes in hexadecimal (e.g. 04A2B3C4D5E680).</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="213"/>
        <source>{label} invalide : « {value} » (valeurs : {allowed}).</source>
        <translation>Invalid {label}: “{value}” (values: {allowed}).</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="214"/>
        <source>{name} ({role}) ne peut pas détenir d&apos;objet : seuls les techniciens et chefs de chantier le peuvent.</source>
        <translation>{name} ({role}) cannot hold items: only technicians and site leads can.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="215"/>
        <source>{name} détient déjà l&apos;objet {label}.</source>
        <translation>{name} already holds item {label}.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="216"/>
        <source>{name} n&apos;est plus actif : attribution impossible.</source>
        <translation>{name} is no longer active: attribution impossible.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="217"/>
        <source>« {kind} » n&apos;est pas une remise.</source>
        <translation>“{kind}” is not a handover.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="218"/>
        <source>Étape « {step} » : champ(s) inattendu(s) {fields}.</source>
        <translation>Step “{step}”: unexpected field(s) {fields}.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/forms/messages_catalog.py" line="219"/>
        <source>État de procédure illisible : impossible de la reprendre.</source>
        <translation>Unreadable procedure state: it cannot be resumed.</translation>
    </message>
</context>
<context>
    <name>MovementDelegate</name>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="86"/>
        <source>Signature de %1</source>
        <extracomment>the size of a signature thumbnail in a card the movements that hand an item over and so have a handover receipt to print</extracomment>
        <translation>Signature of %1</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="100"/>
        <source>Empreinte : %1</source>
        <translation>Digest: %1</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="155"/>
        <source>Corriger…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="159"/>
        <source>Par %1 · poste %2</source>
        <translation>By %1 · station %2</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="163"/>
        <source>Remis à %1 · retour prévu le %2</source>
        <translation>Handed to %1 · due back %2</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="166"/>
        <source>Technicien identifié par son badge Mileo</source>
        <translation>Technician identified by their Mileo badge</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="168"/>
        <source>Transféré à %1 · retour prévu le %2</source>
        <translation>Transferred to %1 · due back %2</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="171"/>
        <source>Rendu par %1</source>
        <translation>Returned by %1</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="173"/>
        <source>Rendu après la date prévue</source>
        <translation>Returned after the due date</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="178"/>
        <source>Constaté le %1 · signalé le %2</source>
        <translation>Noticed on %1 · reported on %2</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="182"/>
        <source>Détenteur au moment des faits : %1</source>
        <translation>Holder at the time: %1</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="184"/>
        <source>Signalement tardif : plus de %1 minutes après le constat (PROC-INT-006 §03)</source>
        <translation>Late report: more than %1 minutes after it was noticed (PROC-INT-006 §03)</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="187"/>
        <source>De retour au siège ; la déclaration reste dans l&apos;historique</source>
        <translation>Back at headquarters; the declaration stays in the history</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="190"/>
        <source>Restitué au client · signé par %1</source>
        <translation>Returned to the client · signed by %1</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="191"/>
        <source>Restitué au client</source>
        <translation>Returned to client</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="195"/>
        <source>Copies : %1</source>
        <translation>Copies: %1</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="197"/>
        <source>Mandat %1 du %2, signé par %3</source>
        <translation>Mandate %1 of %2, signed by %3</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="202"/>
        <source>Copie de %1</source>
        <translation>Copy of %1</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="204"/>
        <source>Corrige le mouvement n°%1</source>
        <translation>Corrects movement #%1</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="211"/>
        <source>Nouvelle date de retour : %1</source>
        <translation>New due date: %1</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="216"/>
        <source>Numéro frappé</source>
        <translation>Stamped number</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="217"/>
        <source>Désignation</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="218"/>
        <source>UID de la carte</source>
        <translation>Card UID</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="219"/>
        <source>UID du porte-clés</source>
        <translation>Key tag UID</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="333"/>
        <source>%1 · n°%2</source>
        <translation>%1 · #%2</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="343"/>
        <source>Signature altérée : ne correspond plus à son empreinte</source>
        <translation>Signature altered: it no longer matches its digest</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="356"/>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/movement_delegate.py" line="408"/>
        <source>Cliquer pour agrandir et rejouer la signature</source>
        <translation>Click to enlarge and replay the signature</translation>
    </message>
</context>
<context>
    <name>OpDialog</name>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/base.py" line="172"/>
        <source>Annuler</source>
        <extracomment>the service call succeeded: its result (MovementResult, ClientView…); the dialog closes the service refused: the MileoError, already shown in the banner the data the dialog needed (people, clients…) arrived; OK becomes available the input the refusal shown in the banner is about</extracomment>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PersonCombo</name>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/fields.py" line="188"/>
        <source>Tapez une partie du nom…</source>
        <extracomment>what the completer matches on: the shown label followed by its accent-free form</extracomment>
        <translation>Type part of the name…</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="227"/>
        <source>Modifier {name}</source>
        <translation>Edit {name}</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="228"/>
        <source>Nouvelle personne</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="229"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="229"/>
        <source>C&amp;réer</source>
        <translation>C&amp;reate</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="236"/>
        <source>Prénom Nom</source>
        <translation>First Last</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="243"/>
        <source>Présentez le badge Mileo au lecteur, ou tapez son UID</source>
        <translation>Present the Mileo badge to the reader, or type its UID</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="246"/>
        <source>prenom.nom@mileotech.com</source>
        <translation>first.last@mileotech.com</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="253"/>
        <source>Laisser vide : pas de compte</source>
        <translation>Leave empty: no account</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="260"/>
        <source>&amp;Actif</source>
        <translation>&amp;Active</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="262"/>
        <source>Compte de connexion</source>
        <translation>Login account</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="266"/>
        <source>&amp;Nom complet :</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="267"/>
        <source>&amp;Rôle :</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="268"/>
        <source>&amp;Badge Mileo (UID) :</source>
        <translation>Mileo &amp;badge (UID):</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="269"/>
        <source>E-&amp;mail :</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="270"/>
        <source>&amp;Téléphone :</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="273"/>
        <source>&amp;Identifiant :</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="274"/>
        <source>Mot de pa&amp;sse :</source>
        <translation>Pa&amp;ssword:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="275"/>
        <source>Con&amp;firmation :</source>
        <translation>Con&amp;firm:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="295"/>
        <source>Laisser vide : inchangé</source>
        <translation>Leave empty: unchanged</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="301"/>
        <source>{name} a un compte de connexion : son rôle et son activité sont gérés par un administrateur.</source>
        <translation>{name} has a login account: their role and activity are managed by an administrator.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="305"/>
        <source>Obligatoire si un identifiant est saisi</source>
        <translation>Required when a login is entered</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="337"/>
        <source>Les deux mots de passe ne sont pas identiques.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>ReaderStatusWidget</name>
    <message>
        <location filename="../../mileo_desk/gui/widgets/reader_status.py" line="82"/>
        <source>présent</source>
        <extracomment>colour of each state (the same values as devices.protocols.DeviceState) the worst state first (the summary shows the worst) the user clicked the widget (the window opens the readers page)</extracomment>
        <translation>present</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/reader_status.py" line="83"/>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/reader_status.py" line="84"/>
        <source>erreur</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/reader_status.py" line="85"/>
        <source>reconnu mais inutilisable</source>
        <translation>recognised but unusable</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/reader_status.py" line="93"/>
        <source>Lecteurs non installés</source>
        <translation>Readers not installed</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/reader_status.py" line="94"/>
        <source>Le module des lecteurs n&apos;est pas installé : les lectures de cartes sont indisponibles (la saisie au clavier reste possible).</source>
        <translation>The reader module is not installed: card reads are unavailable (keyboard entry still works).</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/reader_status.py" line="101"/>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/reader_status.py" line="114"/>
        <source>Aucun lecteur de cartes n&apos;est branché.</source>
        <translation>No card reader is plugged in.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/reader_status.py" line="117"/>
        <source>Aucun lecteur</source>
        <translation>No reader</translation>
    </message>
</context>
<context>
    <name>ReadersDialog</name>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="150"/>
        <source>Carte à puce (PC/SC)</source>
        <extracomment>a read shown in the test mode (ReadEvent or ReadFailed), GUI thread what the last test read designates was shown (a Resolution, or None) a key-tag write ended: (ok, French message)</extracomment>
        <translation>Smart card (PC/SC)</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="151"/>
        <source>NFC</source>
        <translation>NFC</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="152"/>
        <source>Clavier / scanner</source>
        <translation>Keyboard / scanner</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="153"/>
        <source>Tablette de signature</source>
        <translation>Signature pad</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="154"/>
        <source>Simulé</source>
        <translation>Simulated</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="159"/>
        <source>présent</source>
        <translation>present</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="160"/>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="161"/>
        <source>erreur</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="162"/>
        <source>reconnu mais inutilisable</source>
        <translation>recognised but unusable</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="173"/>
        <source>Lecteurs non installés</source>
        <translation>Readers not installed</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="174"/>
        <source>Le module des lecteurs n&apos;est pas installé.</source>
        <translation>The reader module is not installed.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="268"/>
        <source>Lu sur « %1 ». Présentez une autre carte ou un autre porte-clés…</source>
        <translation>Read on “%1”. Present another card or key tag…</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="270"/>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="271"/>
        <source>inconnue</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="280"/>
        <source>Code saisi : %1</source>
        <translation>Code entered: %1</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="280"/>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="285"/>
        <source>recherche…</source>
        <translation>looking up…</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="292"/>
        <source>rien à rechercher</source>
        <translation>nothing to look up</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="310"/>
        <location filename="../../mileo_desk/gui/readers_page.py" line="316"/>
        <source>pas un porte-clés Mileo</source>
        <translation>not a Mileo key tag</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="312"/>
        <source>authentique</source>
        <translation>genuine</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="313"/>
        <source>COPIÉ — ne pas se fier à cet objet</source>
        <translation>COPIED — do not trust this item</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="314"/>
        <source>FALSIFIÉ — ne pas se fier à cet objet</source>
        <translation>FORGED — do not trust this item</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="315"/>
        <source>non vérifiable</source>
        <translation>cannot be verified</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="320"/>
        <source> (annonce %1)</source>
        <translation> (claims %1)</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="330"/>
        <source>Objet %1 — %2, %3 (%4)</source>
        <translation>Item %1 — %2, %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="336"/>
        <source>Badge de %1</source>
        <translation>Badge of %1</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="338"/>
        <source>Inconnu dans le registre</source>
        <translation>Unknown in the registry</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="347"/>
        <source>Lecture échouée sur « %1 » : %2</source>
        <translation>Read failed on “%1”: %2</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="357"/>
        <source>Indiquez l&apos;identifiant du registre de l&apos;objet.</source>
        <translation>Enter the item&apos;s registry id.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="360"/>
        <source>Les lecteurs ne sont pas installés.</source>
        <translation>The readers are not installed.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="363"/>
        <source>Présentez le porte-clés à écrire sur le lecteur NFC…</source>
        <translation>Present the key tag to write to the NFC reader…</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="373"/>
        <source>Écriture annulée.</source>
        <translation>Writing cancelled.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="378"/>
        <source>Porte-clés écrit pour %1 (puce %2).</source>
        <translation>Key tag written for %1 (chip %2).</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="383"/>
        <source>Écriture échouée : %1</source>
        <translation>Writing failed: %1</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="392"/>
        <source>Arrêter le test</source>
        <translation>Stop the test</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="393"/>
        <source>Présentez une carte ou un porte-clés…</source>
        <translation>Present a card or a key tag…</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="395"/>
        <source>Tester</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="396"/>
        <source>Cliquez sur « Tester » puis présentez une carte à un lecteur.</source>
        <translation>Click “Test”, then present a card to a reader.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="399"/>
        <source>Lecteurs</source>
        <translation>Readers</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="400"/>
        <source>Les lecteurs cochés sont écoutés : une carte posée sur l&apos;un d&apos;eux ouvre l&apos;objet correspondant. Décochez un lecteur pour l&apos;ignorer sur ce poste.</source>
        <translation>Checked readers are listened to: a card placed on one of them opens the matching item. Uncheck a reader to ignore it on this station.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="402"/>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="402"/>
        <source>Lecteur</source>
        <translation>Reader</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="402"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="403"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="403"/>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="404"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="405"/>
        <source>UID :</source>
        <translation>UID:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="406"/>
        <source>Technologie :</source>
        <translation>Technology:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="407"/>
        <source>Contenu (NDEF) :</source>
        <translation>Content (NDEF):</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="408"/>
        <source>Porte-clés :</source>
        <translation>Key tag:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="409"/>
        <source>Correspond à :</source>
        <translation>Matches:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="410"/>
        <source>Écrire un porte-clés</source>
        <translation>Write a key tag</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="411"/>
        <source>Identifiant du registre (ex. ECL-00001)</source>
        <translation>Registry id (e.g. ECL-00001)</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="412"/>
        <source>Écrire le porte-clés</source>
        <translation>Write the key tag</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="413"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/readers_page.py" line="414"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../mileo_desk/gui/main_window/preview.py" line="122"/>
        <source>Empreinte du document : %1</source>
        <extracomment>the resolution pages are rendered at for printing (text stays sharp, a page stays light)</extracomment>
        <translation>Document fingerprint: %1</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/preview.py" line="123"/>
        <source>Enregistrer en PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/preview.py" line="124"/>
        <source>Imprimer…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/preview.py" line="134"/>
        <source>Enregistrer « %1 »</source>
        <translation>Save “%1”</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/preview.py" line="135"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="33"/>
        <source>Réception d&apos;un objet du client</source>
        <extracomment>which identifier a scanned UID most likely is, by item type (cards vs. key tags)</extracomment>
        <translation>Receiving an item from a client</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="34"/>
        <source>&amp;Réceptionner</source>
        <translation>&amp;Receive</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="50"/>
        <source>Laisser vide : attribué automatiquement (ex. ECL-00012)</source>
        <translation>Leave empty: assigned automatically (e.g. ECL-00012)</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="53"/>
        <source>Présentez la carte au lecteur, ou tapez son UID</source>
        <translation>Present the card to the reader, or type its UID</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="56"/>
        <source>Présentez le porte-clés au lecteur, ou tapez son UID</source>
        <translation>Present the key tag to the reader, or type its UID</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="59"/>
        <source>Numéro gravé ou frappé sur la clé</source>
        <translation>Number engraved or stamped on the key</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="62"/>
        <source>ex. Clé portail entrepôt</source>
        <translation>e.g. Warehouse gate key</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="69"/>
        <source>Remis par, conditions particulières…</source>
        <translation>Handed over by, special conditions…</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="72"/>
        <source>Un badge ou un porte-clés présenté au lecteur remplit son UID.</source>
        <translation>A badge or key tag presented to the reader fills in its UID.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="76"/>
        <source>C&amp;lient :</source>
        <translation>C&amp;lient:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="77"/>
        <source>&amp;Site :</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="78"/>
        <source>&amp;Type :</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="79"/>
        <source>&amp;Identifiant registre :</source>
        <translation>Registry &amp;id:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="80"/>
        <source>UID de la &amp;carte :</source>
        <translation>&amp;Card UID:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="81"/>
        <source>UID du &amp;porte-clés :</source>
        <translation>&amp;Key tag UID:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="83"/>
        <source>N° &amp;frappé :</source>
        <translation>Stamped &amp;number:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="84"/>
        <source>&amp;Désignation :</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="85"/>
        <source>Reçu l&amp;e :</source>
        <translation>Receiv&amp;ed on:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="86"/>
        <source>&amp;Note :</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="125"/>
        <source>Choisissez le client</source>
        <translation>Choose the client</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="126"/>
        <source>Choisissez d&apos;abord le client</source>
        <translation>Choose the client first</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="147"/>
        <source>Ce client n&apos;a aucun site actif</source>
        <translation>This client has no active site</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="148"/>
        <source>Choisissez le site</source>
        <translation>Choose the site</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="186"/>
        <source>Choisissez le client qui confie l&apos;objet.</source>
        <translation>Choose the client entrusting the item.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/reception.py" line="189"/>
        <source>Choisissez le site du client.</source>
        <translation>Choose the client&apos;s site.</translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <location filename="../../mileo_desk/gui/models/registry_model.py" line="513"/>
        <source>Retour prévu le %1, dépassé</source>
        <extracomment>the item id (int), known even before the row is fetched the ItemView, or None while loading bool whether the row has been fetched columns the services can sort by, with their sort key what a cell shows: text, text brush, background brush, bold the ids of a (re)query arrived: the new row count rows [first, last] were filled a MileoError from a query (shown by the window) pause in the filter changes before every matching id is listed (ms) rows fetched by the first step of a query (0: ids only)</extracomment>
        <translation>Due back %1, overdue</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/registry_model.py" line="537"/>
        <source>En retard</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/registry_model.py" line="547"/>
        <source>Identifiant</source>
        <translation>Registry id</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/registry_model.py" line="548"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/registry_model.py" line="549"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/registry_model.py" line="550"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/registry_model.py" line="551"/>
        <source>Détenteur</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/registry_model.py" line="552"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/registry_model.py" line="553"/>
        <source>Retour prévu</source>
        <translation>Due back</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/models/registry_model.py" line="554"/>
        <source>Retard</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>RegistryTabMixin</name>
    <message>
        <location filename="../../mileo_desk/gui/main_window/registry_tab.py" line="123"/>
        <source>Tous les types</source>
        <extracomment>a full verification after login is automatic only on registries up to this size short search terms scan the whole registry: wait for a pause in the typing rows of the first page of a search, at least (more when the table shows more) the filter combos of clients, sites and holders show at least this many characters</extracomment>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/registry_tab.py" line="126"/>
        <source>Tous les états</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/registry_tab.py" line="129"/>
        <location filename="../../mileo_desk/gui/main_window/registry_tab.py" line="176"/>
        <source>Tous les clients</source>
        <translation>All clients</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/registry_tab.py" line="129"/>
        <location filename="../../mileo_desk/gui/main_window/registry_tab.py" line="183"/>
        <source>Tous les sites</source>
        <translation>All sites</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/registry_tab.py" line="130"/>
        <location filename="../../mileo_desk/gui/main_window/registry_tab.py" line="177"/>
        <source>Tous les détenteurs</source>
        <translation>All holders</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/registry_tab.py" line="332"/>
        <source>Recherche…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mileo_desk/gui/main_window/registry_tab.py" line="337"/>
        <source>%n objet(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestituteDialog</name>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="242"/>
        <source>Restituer {registry_id} au client</source>
        <translation>Return {registry_id} to the client</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="243"/>
        <source>&amp;Restituer</source>
        <translation>&amp;Restitute</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="248"/>
        <source>L&apos;objet est rendu à {client} et sort du registre en service. En fin de chantier ou de contrat, l&apos;inventaire contradictoire (PROC-INT-006 §04) restitue tous les objets du client.</source>
        <translation>The item is given back to {client} and leaves the registry in service. At the end of a site or contract, the contradictory inventory (PROC-INT-006 §04) returns all of the client&apos;s items.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="253"/>
        <source>Remis en main propre, par courrier…</source>
        <translation>Handed over in person, by mail…</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="257"/>
        <source>Le représentant du client &amp;signe la restitution</source>
        <translation>The client&apos;s representative &amp;signs the restitution</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="260"/>
        <source>Prénom et nom du représentant du client</source>
        <translation>First and last name of the client&apos;s representative</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="265"/>
        <source>&amp;Note :</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/lifecycle.py" line="267"/>
        <source>Re&amp;présentant :</source>
        <translation>Re&amp;presentative:</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="244"/>
        <source>Retour de {registry_id} au siège</source>
        <translation>Return of {registry_id} to headquarters</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="245"/>
        <source>Enregistrer le &amp;retour</source>
        <translation>Record the &amp;return</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="249"/>
        <source>le détenteur</source>
        <translation>the holder</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="256"/>
        <source>Retour en retard : il était prévu le {due}, soit {delay} de retard.</source>
        <translation>Late return: it was due on {due}, {delay} late.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="274"/>
        <source>État de l&apos;objet, remarques…</source>
        <translation>Condition of the item, remarks…</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="282"/>
        <source>&amp;Note :</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>ScanEntryDialog</name>
    <message>
        <location filename="../../ui/scan_entry.ui" line="14"/>
        <source>Saisir un code lu</source>
        <translation>Enter a read code</translation>
    </message>
    <message>
        <location filename="../../ui/scan_entry.ui" line="20"/>
        <source>Présentez la carte à un lecteur clavier, scannez le code, ou saisissez l&apos;UID ou l&apos;identifiant du registre :</source>
        <translation>Present the card to a keyboard reader, scan the code, or type the UID or the registry id:</translation>
    </message>
    <message>
        <location filename="../../ui/scan_entry.ui" line="36"/>
        <source>ex. 04A2B3C4D5E680 ou ECL-00001</source>
        <translation>e.g. 04A2B3C4D5E680 or ECL-00001</translation>
    </message>
</context>
<context>
    <name>ScanRoutingMixin</name>
    <message>
        <location filename="../../mileo_desk/gui/main_window/scan_routing.py" line="73"/>
        <source>Lecture ignorée : terminez d&apos;abord la fenêtre en cours.</source>
        <extracomment>the content is hidden the Actor now using the station (&quot;item&quot; | &quot;person&quot; | &quot;unknown&quot; | &quot;ignored&quot;, payload) a VerifyReport</extracomment>
        <translation>Read ignored: finish the open window first.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/scan_routing.py" line="94"/>
        <source>Lu : %1</source>
        <translation>Read: %1</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/scan_routing.py" line="99"/>
        <source>Cet objet ne fait pas partie de ceux que vous détenez.</source>
        <translation>This item is not one of those you hold.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/scan_routing.py" line="104"/>
        <source>Badge Mileo de %1 (%2) : objets détenus affichés.</source>
        <translation>Mileo badge of %1 (%2): items held shown.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/scan_routing.py" line="120"/>
        <source>Porte-clés suspect</source>
        <translation>Suspicious key tag</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/scan_routing.py" line="121"/>
        <source>Ce porte-clés semble copié ou falsifié : vérifiez l&apos;objet %1 avant toute remise.</source>
        <translation>This key tag looks copied or forged: check item %1 before handing it over.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/scan_routing.py" line="136"/>
        <source>Code inconnu</source>
        <translation>Unknown code</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/scan_routing.py" line="137"/>
        <source>Aucun objet du registre ne correspond à « %1 ».</source>
        <translation>No item of the registry matches “%1”.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/scan_routing.py" line="140"/>
        <source>Carte inconnue</source>
        <translation>Unknown card</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/scan_routing.py" line="141"/>
        <source>L&apos;UID %1 ne correspond à aucun objet du registre.</source>
        <translation>UID %1 matches no item of the registry.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/scan_routing.py" line="143"/>
        <source>Voulez-vous réceptionner un nouvel objet avec cet UID ?</source>
        <translation>Do you want to receive a new item with this UID?</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/scan_routing.py" line="144"/>
        <source>Réceptionner…</source>
        <translation>Receive…</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/scan_routing.py" line="145"/>
        <source>Ignorer</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/scan_routing.py" line="171"/>
        <source>Lecteur simulé</source>
        <translation>Simulated reader</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/main_window/scan_routing.py" line="205"/>
        <source>Badge Mileo de %1</source>
        <translation>Mileo badge of %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings.ui" line="14"/>
        <source>Paramètres</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="25"/>
        <source>&amp;Langue de l&apos;interface :</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="38"/>
        <source>&amp;Verrouillage après :</source>
        <translation>&amp;Lock after:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="48"/>
        <source> min d&apos;inactivité</source>
        <translation> min of inactivity</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="64"/>
        <source>Sur les registres de moins de 10 000 objets ; sinon depuis le menu Affichage</source>
        <translation>On registries of fewer than 10,000 items; otherwise from the View menu</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="67"/>
        <source>Vérifier toute la chaîne après la connexion</source>
        <translation>Verify the whole chain after logging in</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="74"/>
        <source>Afficher le menu Développeur (lectures simulées)</source>
        <translation>Show the Developer menu (simulated reads)</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="83"/>
        <source>La langue change immédiatement. Les dates sont affichées à l&apos;heure de Paris.</source>
        <translation>The language changes at once. Dates are shown in Paris time.</translation>
    </message>
</context>
<context>
    <name>SignatureCanvas</name>
    <message>
        <location filename="../../mileo_desk/gui/widgets/signature_canvas.py" line="67"/>
        <source>Zone de signature</source>
        <extracomment>pressure recorded when the device reports none (README: 0.5) points closer than this to the previous one add nothing but weight a timestamp farther than this from the first one is treated as a clock glitch a stroke was completed, undone, redone or everything was cleared the first point of a stroke was laid down</extracomment>
        <translation>Signature area</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/signature_canvas.py" line="69"/>
        <source>Signez avec le stylet, le doigt ou la souris. Ctrl+Z annule le dernier trait.</source>
        <translation>Sign with the pen, a finger or the mouse. Ctrl+Z undoes the last stroke.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/signature_canvas.py" line="71"/>
        <source>Signez ici</source>
        <translation>Sign here</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../mileo_desk/gui/widgets/signature_pad.py" line="71"/>
        <source>Annuler le trait</source>
        <extracomment>the drawing changed (stroke added, undone, redone, cleared)</extracomment>
        <translation>Undo stroke</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/signature_pad.py" line="72"/>
        <source>Retire le dernier trait (Ctrl+Z)</source>
        <translation>Removes the last stroke (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/signature_pad.py" line="73"/>
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/signature_pad.py" line="74"/>
        <source>Remet le dernier trait retiré (Ctrl+Maj+Z)</source>
        <translation>Puts back the last removed stroke (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/signature_pad.py" line="75"/>
        <source>Effacer</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/signature_pad.py" line="76"/>
        <source>Efface la signature pour signer à nouveau</source>
        <translation>Clears the signature to sign again</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/signature_pad.py" line="120"/>
        <source>Signature de {name}</source>
        <translation>Signature of {name}</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/signature_pad.py" line="120"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/signature_pad.py" line="126"/>
        <source>Zone de signature de {name}</source>
        <translation>Signature area of {name}</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/signature_pad.py" line="126"/>
        <source>Zone de signature</source>
        <translation>Signature area</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/signature_pad.py" line="155"/>
        <source>la personne qui signe</source>
        <translation>the person signing</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/signature_pad.py" line="198"/>
        <source>Saisie au stylet (pression)</source>
        <translation>Pen input (pressure)</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/signature_pad.py" line="199"/>
        <source>Saisie tactile</source>
        <translation>Touch input</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/signature_pad.py" line="200"/>
        <source>Saisie à la souris</source>
        <translation>Mouse input</translation>
    </message>
</context>
<context>
    <name>SignatureViewer</name>
    <message>
        <location filename="../../mileo_desk/gui/widgets/signature_viewer.py" line="47"/>
        <source>Rejouer</source>
        <extracomment>pen lifts longer than this are shortened when a signature is replayed a replay reached the end of the signature (or was stopped)</extracomment>
        <translation>Replay</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/signature_viewer.py" line="48"/>
        <source>Rejouer le tracé de la signature à sa vitesse d&apos;origine</source>
        <translation>Replay the signature strokes at their original speed</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/signature_viewer.py" line="52"/>
        <source>Signature enregistrée</source>
        <translation>Stored signature</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/signature_viewer.py" line="179"/>
        <source>Aucune signature</source>
        <translation>No signature</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/widgets/signature_viewer.py" line="185"/>
        <source>Empreinte invalide : signature altérée</source>
        <translation>Invalid digest: signature altered</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="134"/>
        <source>Modifier le site {name}</source>
        <translation>Edit site {name}</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="135"/>
        <source>Nouveau site</source>
        <translation>New site</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="136"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="136"/>
        <source>&amp;Créer le site</source>
        <translation>&amp;Create the site</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="145"/>
        <source>ex. Entrepôt de Pantin</source>
        <translation>e.g. Pantin warehouse</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="148"/>
        <source>Numéro, rue, code postal, ville</source>
        <translation>Number, street, postcode, town</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="154"/>
        <source>PROC-INT-005 §01 : les sites S2 et S3 sont sensibles ; le technicien y présente, en plus de son badge Mileo, une pièce d&apos;identité officielle.</source>
        <translation>PROC-INT-005 §01: S2 and S3 sites are sensitive; there the technician shows an official ID in addition to their Mileo badge.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="158"/>
        <source>Site ac&amp;tif</source>
        <translation>Ac&amp;tive site</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="163"/>
        <source>C&amp;lient :</source>
        <translation>C&amp;lient:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="164"/>
        <source>&amp;Nom du site :</source>
        <translation>Site &amp;name:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="165"/>
        <source>&amp;Adresse :</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="166"/>
        <source>&amp;Sensibilité :</source>
        <translation>&amp;Sensitivity:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/directory.py" line="209"/>
        <source>Choisissez le client du site.</source>
        <translation>Choose the site&apos;s client.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="217"/>
        <source>Transférer {registry_id} à un autre technicien</source>
        <translation>Transfer {registry_id} to another technician</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="218"/>
        <source>Trans&amp;férer</source>
        <translation>Trans&amp;fer</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="223"/>
        <source>Actuellement détenu par {name}. Le nouveau détenteur peut présenter son badge Mileo.</source>
        <translation>Currently held by {name}. The new holder may present their Mileo badge.</translation>
    </message>
</context>
<context>
    <name>_HolderDialog</name>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="56"/>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="138"/>
        <source>Le technicien peut aussi s&apos;identifier en présentant son badge Mileo au lecteur.</source>
        <translation>The technician may also identify by presenting their Mileo badge to the reader.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="66"/>
        <source>Badge temporaire : il revient le jour même, avant que le technicien quitte le site (PROC-INT-005 §04).</source>
        <translation>Temporary badge: it comes back the same day, before the technician leaves the site (PROC-INT-005 §04).</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="70"/>
        <source>Motif de l&apos;intervention, remarques…</source>
        <translation>Reason for the job, remarks…</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="76"/>
        <source>&amp;Technicien :</source>
        <translation>&amp;Technician:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="78"/>
        <source>&amp;Retour prévu le :</source>
        <translation>&amp;Due back on:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="80"/>
        <source>&amp;Note :</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="124"/>
        <source>Choisissez le technicien : il signe ici pour reconnaître la remise.</source>
        <translation>Choose the technician: they sign here to acknowledge the handover.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="155"/>
        <source>« %1 » est le code d&apos;un objet : ici, seul le badge Mileo du technicien est lu. Terminez ou annulez cette remise pour ouvrir cet objet.</source>
        <translation>“%1” is the code of an item: only the technician&apos;s Mileo badge is read here. Finish or cancel this handover to open that item.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="158"/>
        <source>Ce badge n&apos;est pas le badge Mileo d&apos;un technicien ou chef de chantier actif.</source>
        <translation>This badge is not the Mileo badge of an active technician or site lead.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="160"/>
        <source>Code non reconnu : ici, seul le badge Mileo du technicien est lu.</source>
        <translation>Unrecognised code: only the technician&apos;s Mileo badge is read here.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="166"/>
        <source>Identifié par son badge Mileo.</source>
        <translation>Identified by their Mileo badge.</translation>
    </message>
    <message>
        <location filename="../../mileo_desk/gui/dialogs/handover.py" line="175"/>
        <source>Choisissez le technicien dans la liste.</source>
        <translation>Choose the technician in the list.</translation>
    </message>
</context>
</TS>
