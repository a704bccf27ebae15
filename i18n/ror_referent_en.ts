<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../app/views/about.py" line="41"/>
        <source>À propos de ROR Référent</source>
        <translation>About ROR Référent</translation>
    </message>
    <message>
        <location filename="../app/views/about.py" line="48"/>
        <source>ROR Référent décrit l&apos;offre de soins de vos établissements dans le Répertoire Opérationnel des Ressources, même hors ligne.</source>
        <translation>ROR Référent describes the offer of care of your establishments in the Répertoire Opérationnel des Ressources (ROR), even offline.</translation>
    </message>
    <message>
        <location filename="../app/views/about.py" line="53"/>
        <source>aucun espace de travail ouvert</source>
        <translation>no workspace open</translation>
    </message>
    <message>
        <location filename="../app/views/about.py" line="58"/>
        <source>Version :</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../app/views/about.py" line="58"/>
        <source>Espace de travail :</source>
        <translation>Workspace:</translation>
    </message>
    <message>
        <location filename="../app/views/about.py" line="59"/>
        <source>Dossier des journaux :</source>
        <translation>Log folder:</translation>
    </message>
    <message>
        <location filename="../app/views/about.py" line="59"/>
        <source>Composants :</source>
        <translation>Components:</translation>
    </message>
    <message>
        <location filename="../app/views/about.py" line="75"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../app/views/about.py" line="76"/>
        <source>Copier ces informations</source>
        <translation>Copy this information</translation>
    </message>
    <message>
        <location filename="../app/views/about.py" line="77"/>
        <source>Ouvrir le dossier des journaux</source>
        <translation>Open the log folder</translation>
    </message>
    <message>
        <location filename="../app/views/about.py" line="97"/>
        <source>Besoin d&apos;aide ? Le guide d&apos;utilisation s&apos;ouvre avec F1 (Aide &gt; Guide d&apos;utilisation). En cas de problème, créez un paquet pour le support (Aide &gt; Créer un paquet pour le support…) et transmettez-le au support ROR de votre ARS ou de votre GRADeS, avec quelques mots sur ce que vous faisiez. Le paquet ne contient aucun mot de passe.</source>
        <translation>Need help? The user guide opens with F1 (Help &gt; User guide). When something goes wrong, create a support bundle (Help &gt; Create a support bundle…) and give it to the ROR support of your ARS or GRADeS, with a few words on what you were doing. The bundle holds no password.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../app/views/fiche_pane.py" line="55"/>
        <source>Dossier refusé</source>
        <translation>Dossier rejected</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="58"/>
        <source>Commentaires du validateur :</source>
        <translation>Validator&apos;s comments:</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="65"/>
        <source>les unités et fiches nouvelles du dossier attendent la réponse du validateur ; les fiches déjà publiées restent modifiables directement.</source>
        <translation>new units and records of the dossier await the validator&apos;s answer; records already published can still be edited directly.</translation>
    </message>
</context>
<context>
    <name>BooleanWidget</name>
    <message>
        <location filename="../app/views/forms/field_widgets.py" line="112"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../app/views/forms/field_widgets.py" line="113"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>BulkEdit</name>
    <message>
        <location filename="../app/views/bulk/runner.py" line="67"/>
        <source>Sélectionnez des unités opérationnelles, ou les établissements qui les contiennent, pour une modification groupée.</source>
        <translation>Select operational units, or the sites that hold them, for a bulk edit.</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/runner.py" line="80"/>
        <source>Préparation de l&apos;aperçu…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/runner.py" line="102"/>
        <source>Modification de {0} unité(s)…</source>
        <translation>Changing {0} unit(s)…</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/runner.py" line="108"/>
        <source>{0} unité(s) modifiée(s) : Ctrl+Z annule toute la modification groupée.</source>
        <translation>{0} unit(s) changed: Ctrl+Z undoes the whole bulk edit.</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/runner.py" line="116"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/runner.py" line="118"/>
        <source>Modification groupée</source>
        <translation>Bulk edit</translation>
    </message>
</context>
<context>
    <name>BulkWords</name>
    <message>
        <location filename="../app/views/bulk/words.py" line="18"/>
        <source>lun.</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/words.py" line="18"/>
        <source>mar.</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/words.py" line="19"/>
        <source>mer.</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/words.py" line="19"/>
        <source>jeu.</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/words.py" line="20"/>
        <source>ven.</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/words.py" line="20"/>
        <source>sam.</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/words.py" line="21"/>
        <source>dim.</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/words.py" line="27"/>
        <source>(vide)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/words.py" line="53"/>
        <source> ; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../app/views/bulk/words.py" line="65"/>
        <source>Déjà à jour : rien à changer</source>
        <translation>Already up to date: nothing to change</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/words.py" line="67"/>
        <source>{0} ({1} problème(s) à corriger ensuite)</source>
        <translation>{0} ({1} problem(s) to fix afterwards)</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/words.py" line="83"/>
        <source>Avant : {0}</source>
        <translation>Before: {0}</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/words.py" line="84"/>
        <source>Refusé : {0}</source>
        <translation>Refused: {0}</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/words.py" line="85"/>
        <source>Après : {0}</source>
        <translation>After: {0}</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/words.py" line="93"/>
        <source>{0} : {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/words.py" line="95"/>
        <source>{0} : mettre « {1} »</source>
        <translation>{0}: set “{1}”</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/words.py" line="96"/>
        <source>{0} : ajouter « {1} »</source>
        <translation>{0}: add “{1}”</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/words.py" line="97"/>
        <source>{0} : retirer « {1} »</source>
        <translation>{0}: remove “{1}”</translation>
    </message>
</context>
<context>
    <name>Capacities</name>
    <message>
        <location filename="../app/views/capacities/labels.py" line="12"/>
        <source>Lits</source>
        <translation>Beds</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="13"/>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="19"/>
        <source>hommes</source>
        <translation>men</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="20"/>
        <source>femmes</source>
        <translation>women</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="21"/>
        <source>mixte</source>
        <translation>mixed</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="25"/>
        <source>Installés</source>
        <translation>Installed</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="26"/>
        <source>Disponibles</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="27"/>
        <source>Occupés</source>
        <translation>Occupied</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="28"/>
        <source>Fermés</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="29"/>
        <source>Supplémentaires</source>
        <translation>Additional</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="30"/>
        <source>Réservés</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="34"/>
        <source>Courant</source>
        <translation>Current</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="35"/>
        <source>Prévisionnel 24 h</source>
        <translation>Forecast 24 h</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="36"/>
        <source>Prévisionnel 48 h</source>
        <translation>Forecast 48 h</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="37"/>
        <source>Prévisionnel 7 jours</source>
        <translation>Forecast 7 days</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="44"/>
        <source>Saisie manuelle</source>
        <translation>Manual entry</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="45"/>
        <source>Bed management</source>
        <translation>Bed management</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="46"/>
        <source>Gestion administrative du malade</source>
        <translation>Patient administration system</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="47"/>
        <source>Dossier patient informatisé</source>
        <translation>Electronic patient record</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="53"/>
        <source>En attente d&apos;envoi</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="56"/>
        <source>Refusé : {0}</source>
        <translation>Refused: {0}</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="57"/>
        <source>Refusé par le serveur</source>
        <translation>Refused by the server</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="59"/>
        <source>Conflit : modifié sur le serveur entre-temps</source>
        <translation>Conflict: changed on the server meanwhile</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="60"/>
        <source>Envoyé</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="66"/>
        <source>(sans champ)</source>
        <translation>(no field)</translation>
    </message>
</context>
<context>
    <name>CapacitiesPart</name>
    <message>
        <location filename="../app/views/capacities/window_part.py" line="67"/>
        <source>&amp;Disponibilités</source>
        <translation>&amp;Availability</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/window_part.py" line="68"/>
        <source>Saisir les lits et places de l&apos;établissement choisi (Ctrl+Maj+L)</source>
        <translation>Enter the beds and places of the chosen facility (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/window_part.py" line="69"/>
        <source>Disponibilités du &amp;groupe</source>
        <translation>&amp;Group availability</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/window_part.py" line="70"/>
        <source>Totaux des lits et places de l&apos;entité juridique choisie, ou de tous les établissements</source>
        <translation>Totals of beds and places of the chosen legal entity, or of every facility</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/window_part.py" line="71"/>
        <source>&amp;Importer des capacités (CSV)…</source>
        <translation>&amp;Import capacities (CSV)…</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/window_part.py" line="72"/>
        <source>Aperçu puis application d&apos;un export de gestion des lits</source>
        <translation>Preview, then apply, an export from bed management</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/window_part.py" line="74"/>
        <source>Disponibilités</source>
        <translation>Availability</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/window_part.py" line="75"/>
        <source>Saisie</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/window_part.py" line="76"/>
        <source>Groupe</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/window_part.py" line="131"/>
        <source>Importer des capacités</source>
        <translation>Import capacities</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/window_part.py" line="132"/>
        <source>Fichiers CSV (*.csv);;Tous les fichiers (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
</context>
<context>
    <name>CapacityAge</name>
    <message>
        <location filename="../app/views/capacities/age_text.py" line="14"/>
        <source>jamais saisi</source>
        <translation>never entered</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/age_text.py" line="17"/>
        <source>à l&apos;instant</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/capacities/age_text.py" line="19"/>
        <source>il y a %n min</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/capacities/age_text.py" line="21"/>
        <source>il y a %n h</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/capacities/age_text.py" line="24"/>
        <source>il y a %n jour(s)</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/capacities/age_text.py" line="26"/>
        <source>il y a %n mois</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/capacities/age_text.py" line="27"/>
        <source>il y a %n an(s)</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CapacityTableModel</name>
    <message>
        <location filename="../app/views/capacities/table_model.py" line="119"/>
        <source>Établissement</source>
        <translation>Facility</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/table_model.py" line="119"/>
        <source>Unité</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/table_model.py" line="119"/>
        <source>Nature</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/table_model.py" line="120"/>
        <source>Mise à jour</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/table_model.py" line="120"/>
        <source>Envoi</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/table_model.py" line="165"/>
        <source>date inconnue</source>
        <translation>date unknown</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/table_model.py" line="173"/>
        <source>Mis à jour le {0}</source>
        <translation>Updated on {0}</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/table_model.py" line="176"/>
        <source>Source : {0}</source>
        <translation>Source: {0}</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/table_model.py" line="178"/>
        <source>Chiffres plus anciens que la période de rappel</source>
        <translation>Figures older than the reminder period</translation>
    </message>
</context>
<context>
    <name>ChangeDialog</name>
    <message>
        <location filename="../app/views/bulk/change_dialog.py" line="36"/>
        <source>Modification groupée</source>
        <translation>Bulk edit</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/change_dialog.py" line="37"/>
        <source>La modification sera proposée pour {0} unité(s) ; un aperçu dira, unité par unité, ce qui change et ce qui est refusé, avant toute écriture.</source>
        <translation>The change will be proposed for {0} unit(s); a preview will say, unit by unit, what changes and what is refused, before anything is written.</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/change_dialog.py" line="42"/>
        <source>Horaires d&apos;ouverture</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/change_dialog.py" line="42"/>
        <source>Donner une valeur à un champ</source>
        <translation>Set a field&apos;s value</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/change_dialog.py" line="43"/>
        <source>Ajouter une valeur à une liste</source>
        <translation>Add a value to a list</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/change_dialog.py" line="44"/>
        <source>Retirer une valeur d&apos;une liste</source>
        <translation>Remove a value from a list</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/change_dialog.py" line="66"/>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/change_dialog.py" line="67"/>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/change_dialog.py" line="77"/>
        <source>Aperçu…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/change_dialog.py" line="78"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/change_dialog.py" line="82"/>
        <source>Modifier</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/change_dialog.py" line="139"/>
        <source>Donnez au moins une plage horaire (« + plage »).</source>
        <translation>Give at least one opening slot (“+ slot”).</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/change_dialog.py" line="144"/>
        <source>Choisissez une valeur dans la liste.</source>
        <translation>Choose a value from the list.</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <location filename="../app/views/forms/multi_choice.py" line="58"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../app/views/forms/multi_choice.py" line="59"/>
        <source>Retirer « {0} »</source>
        <translation>Remove “{0}”</translation>
    </message>
</context>
<context>
    <name>ChoiceWidget</name>
    <message>
        <location filename="../app/views/forms/search_picker.py" line="145"/>
        <source>« {0} » n&apos;est pas dans la liste : choisissez une valeur proposée</source>
        <translation>“{0}” is not in the list: choose one of the values offered</translation>
    </message>
    <message>
        <location filename="../app/views/forms/search_picker.py" line="150"/>
        <source>Valeur pré-remplie obligatoire : vous pouvez la compléter ou la modifier, pas la supprimer.</source>
        <translation>Mandatory pre-filled value: you may complete or change it, not remove it.</translation>
    </message>
    <message>
        <location filename="../app/views/forms/choice_widgets.py" line="129"/>
        <source>(hors liste)</source>
        <translation>(not in the list)</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../app/views/commands.py" line="57"/>
        <source>Créer « {0} »</source>
        <translation>Create “{0}”</translation>
    </message>
    <message>
        <location filename="../app/views/commands.py" line="59"/>
        <source>Créer {0} unités</source>
        <translation>Create {0} units</translation>
    </message>
    <message>
        <location filename="../app/views/commands.py" line="84"/>
        <source>Renommer « {0} » en « {1} »</source>
        <translation>Rename “{0}” to “{1}”</translation>
    </message>
    <message>
        <location filename="../app/views/commands.py" line="101"/>
        <source>Déplacer « {0} »</source>
        <translation>Move “{0}”</translation>
    </message>
    <message>
        <location filename="../app/views/commands.py" line="119"/>
        <source>Dupliquer « {0} »</source>
        <translation>Duplicate “{0}”</translation>
    </message>
    <message>
        <location filename="../app/views/commands.py" line="137"/>
        <source>Supprimer « {0} »</source>
        <translation>Delete “{0}”</translation>
    </message>
    <message>
        <location filename="../app/views/commands.py" line="154"/>
        <source>Ajouter « {0} » à Mes établissements</source>
        <translation>Add “{0}” to My establishments</translation>
    </message>
    <message>
        <location filename="../app/views/commands.py" line="156"/>
        <source>Retirer « {0} » de Mes établissements</source>
        <translation>Remove “{0}” from My establishments</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/command.py" line="23"/>
        <source>Modification groupée de {0} unité(s)</source>
        <translation>Bulk edit of {0} unit(s)</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/capacity_command.py" line="17"/>
        <source>Modifier les {0} de « {1} »</source>
        <translation>Change the {0} of “{1}”</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="112"/>
        <source>Conflit sur « {0} »</source>
        <translation>Conflict on “{0}”</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="114"/>
        <source>Cette fiche a été modifiée sur le serveur pendant que vous la modifiiez. Pour chaque rubrique, choisissez la version à garder ; rien n&apos;est remplacé sans votre choix.</source>
        <translation>This record was changed on the server while you were editing it. For each item, choose the version to keep; nothing is replaced without your choice.</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="121"/>
        <source>Rubrique</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="121"/>
        <source>Ma version</source>
        <translation>My version</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="121"/>
        <source>Version du serveur</source>
        <translation>Server version</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="134"/>
        <location filename="../app/views/conflict_dialogs.py" line="135"/>
        <source>(vide)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="152"/>
        <source>Tout garder de mon côté</source>
        <translation>Keep all of mine</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="154"/>
        <source>Tout prendre du serveur</source>
        <translation>Take all from the server</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="164"/>
        <source>Appliquer mes choix</source>
        <translation>Apply my choices</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="165"/>
        <source>Décider plus tard</source>
        <translation>Decide later</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="182"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="182"/>
        <source>Autres noms</source>
        <translation>Other names</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="182"/>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="183"/>
        <source>Téléphone et contacts</source>
        <translation>Phone and contacts</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="183"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="184"/>
        <source>Horaires</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="184"/>
        <source>Fermetures</source>
        <translation>Closures</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="185"/>
        <source>Champ d&apos;activité</source>
        <translation>Field of activity</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="185"/>
        <source>Catégorie d&apos;offre</source>
        <translation>Offer category</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="186"/>
        <source>Activités</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="186"/>
        <source>Modes de prise en charge</source>
        <translation>Care modes</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="187"/>
        <source>Données ROR complémentaires</source>
        <translation>Additional ROR data</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="187"/>
        <source>Identifiants</source>
        <translation>Identifiers</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="188"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="188"/>
        <source>Rattachement</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="189"/>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="190"/>
        <source>Lieux</source>
        <translation>Locations</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="190"/>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="191"/>
        <source>Publics accueillis</source>
        <translation>Patients received</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="191"/>
        <source>Modes d&apos;adressage</source>
        <translation>Referral methods</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="192"/>
        <source>Conditions d&apos;accès</source>
        <translation>Access conditions</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="193"/>
        <source>Zone d&apos;intervention</source>
        <translation>Coverage area</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="193"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="217"/>
        <source>Encore {0} rubrique(s) à choisir.</source>
        <translation>{0} item(s) still to choose.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../app/views/refusal_text.py" line="47"/>
        <source>Erreur inattendue : {0}</source>
        <translation>Unexpected error: {0}</translation>
    </message>
</context>
<context>
    <name>CountDelegate</name>
    <message>
        <location filename="../app/views/capacities/entry_table.py" line="50"/>
        <source>Saisissez un nombre entier.</source>
        <translation>Type a whole number.</translation>
    </message>
</context>
<context>
    <name>CreateDialog</name>
    <message>
        <location filename="../app/views/dialogs.py" line="77"/>
        <source>Créer sous « {0} »</source>
        <translation>Create under “{0}”</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="91"/>
        <source>Tapez pour chercher un type d&apos;offre…</source>
        <translation>Type to search for a type of offer…</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="93"/>
        <source>Nom de l&apos;unité</source>
        <translation>Name of the unit</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="99"/>
        <source>Avec plusieurs unités, un numéro est ajouté à chaque nom.</source>
        <translation>With several units, a number is added to each name.</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="102"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="103"/>
        <source>Champ d&apos;activité</source>
        <translation>Field of activity</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="104"/>
        <source>Type d&apos;offre</source>
        <translation>Type of offer</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="105"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="107"/>
        <source>Nombre</source>
        <translation>Number</translation>
    </message>
</context>
<context>
    <name>DailyChart</name>
    <message>
        <location filename="../app/views/capacities/daily_chart.py" line="35"/>
        <source>Les 30 derniers jours</source>
        <translation>The last 30 days</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/daily_chart.py" line="51"/>
        <source>{0} : {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../app/views/dashboard/chart.py" line="38"/>
        <source>Dépt {0}</source>
        <translation>Dept {0}</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/chart.py" line="47"/>
        <source>Fiches finalisées par département (%)</source>
        <translation>Finalised fiches by département (%)</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/chart.py" line="49"/>
        <source>Fiches finalisées des {0} premiers établissements du tableau (%)</source>
        <translation>Finalised fiches of the first {0} establishments of the table (%)</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/chart.py" line="51"/>
        <source>Fiches finalisées (%)</source>
        <translation>Finalised fiches (%)</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/export.py" line="26"/>
        <location filename="../app/views/dashboard/texts.py" line="15"/>
        <source>Établissement (EG)</source>
        <translation>Establishment (EG)</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/export.py" line="27"/>
        <location filename="../app/views/dashboard/texts.py" line="16"/>
        <source>FINESS</source>
        <translation>FINESS</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/export.py" line="28"/>
        <location filename="../app/views/dashboard/texts.py" line="17"/>
        <source>Entité juridique</source>
        <translation>Legal entity</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/export.py" line="29"/>
        <location filename="../app/views/dashboard/filter_bar.py" line="74"/>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/export.py" line="30"/>
        <location filename="../app/views/dashboard/filter_bar.py" line="75"/>
        <location filename="../app/views/dashboard/texts.py" line="19"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/export.py" line="31"/>
        <location filename="../app/views/dashboard/texts.py" line="20"/>
        <source>Fiches finalisées</source>
        <translation>Finalised fiches</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/export.py" line="32"/>
        <source>Fiches</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/export.py" line="33"/>
        <location filename="../app/views/dashboard/texts.py" line="21"/>
        <source>Problèmes bloquants</source>
        <translation>Blocking problems</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/export.py" line="34"/>
        <location filename="../app/views/dashboard/texts.py" line="22"/>
        <source>Avertissements</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/export.py" line="35"/>
        <location filename="../app/views/dashboard/texts.py" line="23"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/export.py" line="36"/>
        <location filename="../app/views/dashboard/texts.py" line="24"/>
        <source>Dernière modification</source>
        <translation>Last change</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/export.py" line="37"/>
        <source>Dernière publication</source>
        <translation>Last publication</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/export.py" line="38"/>
        <location filename="../app/views/dashboard/texts.py" line="25"/>
        <source>Mise à jour annuelle</source>
        <translation>Yearly update</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/filter_bar.py" line="54"/>
        <source>Tous les départements</source>
        <translation>All départements</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/filter_bar.py" line="55"/>
        <source>Toutes les catégories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/filter_bar.py" line="72"/>
        <source>Filtrer : nom, n° FINESS, entité juridique…</source>
        <translation>Filter: name, FINESS number, legal entity…</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/filter_bar.py" line="73"/>
        <source>Filtrer le tableau de bord</source>
        <translation>Filter the dashboard</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/filter_bar.py" line="76"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/table_model.py" line="157"/>
        <source>Dernière publication ou confirmation : {0}</source>
        <translation>Last publication or confirmation: {0}</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/texts.py" line="18"/>
        <source>Dépt</source>
        <translation>Dept</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/texts.py" line="32"/>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/texts.py" line="33"/>
        <source>en cours</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/texts.py" line="34"/>
        <source>prêt à envoyer</source>
        <translation>ready to send</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/texts.py" line="35"/>
        <source>attente de la Direction</source>
        <translation>awaiting the Direction</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/texts.py" line="36"/>
        <source>en validation</source>
        <translation>in validation</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/texts.py" line="37"/>
        <source>rejeté</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/texts.py" line="38"/>
        <source>publié</source>
        <translation>published</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/texts.py" line="45"/>
        <source>Tous les états</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/texts.py" line="46"/>
        <source>En conflit</source>
        <translation>In conflict</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/texts.py" line="47"/>
        <source>Avec problèmes</source>
        <translation>With problems</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/texts.py" line="48"/>
        <source>Chez le validateur</source>
        <translation>With the validator</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/texts.py" line="49"/>
        <source>Avec brouillons</source>
        <translation>With drafts</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/texts.py" line="50"/>
        <source>Tout finalisé</source>
        <translation>All finalised</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/texts.py" line="51"/>
        <source>Mise à jour annuelle à faire</source>
        <translation>Yearly update due</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/texts.py" line="57"/>
        <source>à faire</source>
        <translation>due</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/texts.py" line="57"/>
        <source>à faire (jamais publié)</source>
        <translation>due (never published)</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/texts.py" line="58"/>
        <source>à jour</source>
        <translation>up to date</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/window.py" line="122"/>
        <source>Tableau de bord des établissements</source>
        <translation>Establishments dashboard</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/window.py" line="123"/>
        <source>Établissements du tableau de bord</source>
        <translation>Dashboard establishments</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/window.py" line="127"/>
        <source>Avancement par département</source>
        <translation>Progress by département</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/window.py" line="128"/>
        <source>Avancement par établissement</source>
        <translation>Progress by establishment</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/window.py" line="131"/>
        <source>Exporter en CSV…</source>
        <translation>Export to CSV…</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/window.py" line="132"/>
        <source>Rapport PDF…</source>
        <translation>PDF report…</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/window.py" line="233"/>
        <source>{0} établissement(s) sur {1} ; {2} fiche(s) dont {3} % finalisées ; {4} établissement(s) à mettre à jour (mise à jour annuelle)</source>
        <translation>{0} establishment(s) of {1}; {2} fiche(s), {3} % finalised; {4} establishment(s) due for the yearly update</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/window.py" line="249"/>
        <source>Exporter le tableau en CSV</source>
        <translation>Export the table to CSV</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/window.py" line="250"/>
        <source>Fichiers CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/window.py" line="255"/>
        <source>Enregistrer le rapport PDF</source>
        <translation>Save the PDF report</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/window.py" line="256"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/window.py" line="265"/>
        <source>Le fichier n&apos;a pas pu être écrit : {0}</source>
        <translation>The file could not be written: {0}</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/window.py" line="267"/>
        <source>Fichier enregistré.</source>
        <translation>File saved.</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/window.py" line="278"/>
        <source>le rapport n&apos;a pas été créé</source>
        <translation>the report was not created</translation>
    </message>
</context>
<context>
    <name>DeletedConflictDialog</name>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="229"/>
        <source>« {0} » supprimé(e) sur le serveur</source>
        <translation>“{0}” deleted on the server</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="231"/>
        <source>« {0} » a été supprimé(e) sur le serveur alors qu&apos;une modification faite ici attendait d&apos;être envoyée. Que voulez-vous faire ?</source>
        <translation>“{0}” was deleted on the server while a change made here was waiting to be sent. What do you want to do?</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="234"/>
        <source>La renvoyer au serveur avec ma modification (elle y sera créée de nouveau)</source>
        <translation>Send it back to the server with my change (it will be created there again)</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="237"/>
        <source>Accepter la suppression (ma modification est abandonnée)</source>
        <translation>Accept the deletion (my change is given up)</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="245"/>
        <source>Appliquer mon choix</source>
        <translation>Apply my choice</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="246"/>
        <source>Décider plus tard</source>
        <translation>Decide later</translation>
    </message>
</context>
<context>
    <name>DirectionDialog</name>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="121"/>
        <source>Confirmation par la Direction</source>
        <translation>Confirmation by the management</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="122"/>
        <source>« {0} » est un établissement sanitaire : l&apos;envoi du dossier pour validation doit être confirmé par un compte Direction, autre que celui du référent.</source>
        <translation>“{0}” is a health (sanitaire) establishment: sending its dossier for validation must be confirmed by a management (Direction) account, other than the referent&apos;s.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="130"/>
        <source>Identifiant Direction</source>
        <translation>Management account identifier</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="131"/>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="132"/>
        <source>Ce mot de passe sert une seule fois et n&apos;est enregistré nulle part.</source>
        <translation>This password is used once and stored nowhere.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="138"/>
        <source>Confirmer l&apos;envoi</source>
        <translation>Confirm sending</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="138"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DispoView</name>
    <message>
        <location filename="../app/views/capacities/dispo_view.py" line="104"/>
        <source>&amp;Temporalité :</source>
        <translation>&amp;Time frame:</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/dispo_view.py" line="107"/>
        <source>&amp;Rappels…</source>
        <translation>&amp;Reminders…</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/dispo_view.py" line="108"/>
        <source>Choisir après combien de temps des chiffres sont signalés anciens</source>
        <translation>Choose after how long figures are flagged as old</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/dispo_view.py" line="109"/>
        <source>Tapez un chiffre pour saisir ; Tab ou Entrée valide et passe à la case suivante ; Échap annule.</source>
        <translation>Type a digit to enter a figure; Tab or Enter confirms and goes to the next cell; Esc cancels.</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/dispo_view.py" line="165"/>
        <source>Disponibilités</source>
        <translation>Availability</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/dispo_view.py" line="166"/>
        <source>Aucune unité de cet établissement ne déclare de lits ni de places.</source>
        <translation>No unit of this facility declares beds or places.</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/dispo_view.py" line="167"/>
        <source>Choisissez un établissement dans l&apos;arborescence.</source>
        <translation>Choose a facility in the tree.</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/dispo_view.py" line="170"/>
        <source>Disponibilités — {0}</source>
        <translation>Availability — {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/capacities/dispo_view.py" line="171"/>
        <source> et %n autre(s)</source>
        <translation>
            <numerusform> and %n other</numerusform>
            <numerusform> and %n others</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/capacities/dispo_view.py" line="176"/>
        <source>{0} : mis à jour {1}</source>
        <translation>{0}: updated {1}</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/dispo_view.py" line="178"/>
        <source>{0} : aucun chiffre daté</source>
        <translation>{0}: no dated figure</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/capacities/dispo_view.py" line="183"/>
        <source>⚠ %n ligne(s) ont des chiffres plus anciens que la période de rappel</source>
        <translation>
            <numerusform>⚠ %n row has figures older than the reminder period</numerusform>
            <numerusform>⚠ %n rows have figures older than the reminder period</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/capacities/dispo_view.py" line="184"/>
        <source> (disponibles : {0} h, installés : {1} jours). Mettez-les à jour.</source>
        <translation> (available: {0} h, installed: {1} days). Please update them.</translation>
    </message>
</context>
<context>
    <name>Dossiers</name>
    <message>
        <location filename="../app/views/dossiers/finalise_command.py" line="14"/>
        <source>Finaliser les fiches complètes de « {0} »</source>
        <translation>Finalise the complete fiches of “{0}”</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/checklist.py" line="36"/>
        <source>{0} : {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/checklist.py" line="57"/>
        <source>Rien ne bloque : le dossier peut être envoyé.</source>
        <translation>Nothing blocks: the dossier can be sent.</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/checklist.py" line="63"/>
        <source>{0} « {1} » : {2}</source>
        <translation>{0} “{1}”: {2}</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/checklist.py" line="74"/>
        <source>Afficher cette fiche dans l&apos;arborescence</source>
        <translation>Show this fiche in the tree</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/diff_view.py" line="21"/>
        <source>dernière publication le {0}</source>
        <translation>last published on {0}</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/diff_view.py" line="22"/>
        <source>jamais publié</source>
        <translation>never published</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/diff_view.py" line="23"/>
        <source>« {0} » par rapport à la version publiée ({1}) : {2}</source>
        <translation>“{0}” against the published version ({1}): {2}</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/diff_view.py" line="38"/>
        <source>Unité / champ</source>
        <translation>Unit / field</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/diff_view.py" line="39"/>
        <source>Avant</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/diff_view.py" line="39"/>
        <source>Après</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/diff_view.py" line="49"/>
        <source>{0} « {1} » — {2}</source>
        <translation>{0} “{1}” — {2}</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/diff_view.py" line="56"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/diff_view.py" line="58"/>
        <source>Rattachement</source>
        <translation>Placed under</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/diff_view.py" line="70"/>
        <source>Aucun changement par rapport à la version publiée.</source>
        <translation>No change against the published version.</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/diff_view.py" line="108"/>
        <source>Changements du dossier</source>
        <translation>Changes in the dossier</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/diff_view.py" line="115"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/panel.py" line="70"/>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/panel.py" line="70"/>
        <source>État du dossier</source>
        <translation>Dossier state</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/panel.py" line="71"/>
        <source>Ce qu&apos;il contient</source>
        <translation>What it holds</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/panel.py" line="71"/>
        <source>À reprendre</source>
        <translation>To fix</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/panel.py" line="73"/>
        <source>Ouvrir un dossier</source>
        <translation>Open a dossier</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/panel.py" line="74"/>
        <source>Ouvrir un dossier sur l&apos;établissement choisi dans l&apos;arborescence</source>
        <translation>Open a dossier on the establishment chosen in the tree</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/panel.py" line="75"/>
        <source>Envoyer…</source>
        <translation>Send…</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/panel.py" line="76"/>
        <source>Vérifier puis envoyer le dossier au validateur</source>
        <translation>Check, then send the dossier to the validator</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/panel.py" line="77"/>
        <source>Retirer</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/panel.py" line="78"/>
        <source>Retirer un dossier envoyé (annule sa demande de validation)</source>
        <translation>Withdraw a sent dossier (cancels its validation request)</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/panel.py" line="79"/>
        <source>Changements…</source>
        <translation>Changes…</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/panel.py" line="80"/>
        <source>Ce que le dossier change par rapport à la version publiée</source>
        <translation>What the dossier changes against the published version</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/panel.py" line="81"/>
        <location filename="../app/views/dossiers/send_dialog.py" line="64"/>
        <source>Finaliser les fiches complètes</source>
        <translation>Finalise the complete fiches</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/panel.py" line="82"/>
        <source>Finaliser en une étape (annulable) toutes les fiches du dossier sans problème bloquant</source>
        <translation>Finalise in one step (undoable) every fiche of the dossier without a blocking problem</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/panel.py" line="84"/>
        <location filename="../app/views/dossiers/window_part.py" line="68"/>
        <source>Confirmer sans changement</source>
        <translation>Confirm without change</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/panel.py" line="85"/>
        <location filename="../app/views/dossiers/window_part.py" line="69"/>
        <source>Mise à jour annuelle : confirmer que l&apos;offre de l&apos;établissement n&apos;a pas changé</source>
        <translation>Yearly update: confirm that the establishment&apos;s offer has not changed</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/panel.py" line="104"/>
        <source>{0} avec problème(s)</source>
        <translation>{0} with problem(s)</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/panel.py" line="106"/>
        <source>{0} non finalisée(s)</source>
        <translation>{0} not finalised</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/panel.py" line="144"/>
        <source>Choisissez un dossier pour voir ce qui bloque son envoi.</source>
        <translation>Choose a dossier to see what blocks its sending.</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/panel.py" line="147"/>
        <location filename="../app/views/dossiers/send_dialog.py" line="91"/>
        <source>Avant l&apos;envoi, {0} fiche(s) à reprendre (cliquez pour l&apos;afficher) :</source>
        <translation>Before sending, {0} fiche(s) to fix (click to show it):</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/panel.py" line="149"/>
        <location filename="../app/views/dossiers/send_dialog.py" line="93"/>
        <source>Vérification avant l&apos;envoi :</source>
        <translation>Check before sending:</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/send_dialog.py" line="35"/>
        <source>Envoyer pour validation</source>
        <translation>Send for validation</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/send_dialog.py" line="62"/>
        <source>Envoyer</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/send_dialog.py" line="65"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/send_dialog.py" line="84"/>
        <source>Aucun dossier en cours sur « {0} » : rien à envoyer.</source>
        <translation>No dossier in progress on “{0}”: nothing to send.</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/send_dialog.py" line="87"/>
        <source>Envoyer le dossier de « {0} » au validateur ?
Les fiches ne pourront plus être modifiées avant sa réponse.</source>
        <translation>Send the dossier of “{0}” to the validator?
Its fiches cannot be changed until the answer comes.</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/send_dialog.py" line="98"/>
        <source>Reprenez d&apos;abord les fiches de la liste.</source>
        <translation>Fix the fiches of the list first.</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/texts.py" line="13"/>
        <source>retrait demandé (en attente du serveur)</source>
        <translation>withdrawal asked (waiting for the server)</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/texts.py" line="15"/>
        <source>prêt à envoyer</source>
        <translation>ready to send</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/texts.py" line="15"/>
        <source>en cours</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/texts.py" line="17"/>
        <source>prêt, en attente d&apos;envoi (hors ligne)</source>
        <translation>ready, waiting to be sent (offline)</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/texts.py" line="18"/>
        <source>en attente de la Direction</source>
        <translation>waiting for the Direction</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/texts.py" line="19"/>
        <source>en validation</source>
        <translation>in validation</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/texts.py" line="20"/>
        <source>rejeté</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/texts.py" line="21"/>
        <source>publié</source>
        <translation>published</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/texts.py" line="26"/>
        <source>créée</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/texts.py" line="26"/>
        <source>renommée</source>
        <translation>renamed</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/texts.py" line="27"/>
        <source>déplacée</source>
        <translation>moved</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/texts.py" line="27"/>
        <source>supprimée</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/texts.py" line="28"/>
        <source>fiche modifiée</source>
        <translation>fiche edited</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/texts.py" line="34"/>
        <source>{0} créée(s)</source>
        <translation>{0} created</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/texts.py" line="35"/>
        <source>{0} renommée(s)</source>
        <translation>{0} renamed</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/texts.py" line="36"/>
        <source>{0} déplacée(s)</source>
        <translation>{0} moved</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/texts.py" line="37"/>
        <source>{0} supprimée(s)</source>
        <translation>{0} deleted</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/texts.py" line="38"/>
        <source>{0} fiche(s) modifiée(s)</source>
        <translation>{0} fiche(s) edited</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/texts.py" line="41"/>
        <source>aucun changement</source>
        <translation>no change</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/texts.py" line="46"/>
        <source>{0} problème(s) bloquant(s)</source>
        <translation>{0} blocking problem(s)</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/texts.py" line="48"/>
        <source>brouillon non enregistré</source>
        <translation>unsaved draft</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/texts.py" line="49"/>
        <source>fiche non finalisée</source>
        <translation>fiche not finalised</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/window_part.py" line="65"/>
        <source>&amp;Dossiers</source>
        <translation>&amp;Dossiers</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/window_part.py" line="66"/>
        <source>Le dossier de chaque établissement : état, contenu, envoi, retrait (Ctrl+Maj+D)</source>
        <translation>Each establishment&apos;s dossier: state, contents, sending, withdrawal (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/window_part.py" line="71"/>
        <source>Changements du dossier…</source>
        <translation>Changes in the dossier…</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/window_part.py" line="72"/>
        <source>Ce que le dossier de l&apos;établissement change par rapport à la version publiée</source>
        <translation>What the establishment&apos;s dossier changes against the published version</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/window_part.py" line="74"/>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/window_part.py" line="163"/>
        <source>Confirmation annuelle enregistrée : elle part au serveur avec la prochaine synchronisation.</source>
        <translation>Yearly confirmation recorded: it goes to the server with the next synchronisation.</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/window_part.py" line="191"/>
        <source>Mise à jour annuelle : à jour</source>
        <translation>Yearly update: up to date</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/window_part.py" line="193"/>
        <source>Mise à jour annuelle : {0} établissement(s) à confirmer</source>
        <translation>Yearly update: {0} establishment(s) to confirm</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/window_part.py" line="195"/>
        <source>Chaque établissement doit être mis à jour au moins une fois par an : un établissement est à confirmer quand rien n&apos;a été publié ni confirmé depuis 12 mois (Confirmer sans changement, ou envoyer son dossier).</source>
        <translation>Each establishment must be updated at least once a year: an establishment is to confirm when nothing was published or confirmed for 12 months (Confirm without change, or send its dossier).</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/window_part.py" line="214"/>
        <source>Aucune modification en attente</source>
        <translation>No change waiting</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/window_part.py" line="216"/>
        <source>{0} modification(s) en attente : {1} dans les dossiers (partent à l&apos;envoi du dossier), {2} à envoyer au serveur</source>
        <translation>{0} change(s) waiting: {1} in dossiers (they leave when the dossier is sent), {2} to send to the server</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/window_part.py" line="219"/>
        <source>Les créations, renommages, déplacements, suppressions et fiches d&apos;un dossier restent ici jusqu&apos;à l&apos;envoi du dossier au validateur. Le bilan de synchronisation (« N envoyée(s) ») ne compte que les modifications directes acceptées par le serveur.</source>
        <translation>The creations, renamings, moves, deletions and fiches of a dossier stay here until the dossier is sent to the validator. The synchronisation summary (“N sent”) only counts the direct changes the server accepted.</translation>
    </message>
</context>
<context>
    <name>FailurePanel</name>
    <message numerus="yes">
        <location filename="../app/views/failure_panel.py" line="59"/>
        <source>Le serveur a refusé %n modification(s) de cette unité :</source>
        <translation>
            <numerusform>The server refused %n change of this unit:</numerusform>
            <numerusform>The server refused %n changes of this unit:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/failure_panel.py" line="68"/>
        <source>Réessayer</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../app/views/failure_panel.py" line="69"/>
        <source>Envoyer à nouveau cette modification au serveur</source>
        <translation>Send this change to the server again</translation>
    </message>
    <message>
        <location filename="../app/views/failure_panel.py" line="70"/>
        <source>Abandonner</source>
        <translation>Give up</translation>
    </message>
    <message>
        <location filename="../app/views/failure_panel.py" line="71"/>
        <source>Renoncer à cette modification : l&apos;unité reprendra la version du serveur à la prochaine synchronisation</source>
        <translation>Give up this change: the unit takes the server&apos;s version back at the next synchronisation</translation>
    </message>
</context>
<context>
    <name>FichePane</name>
    <message>
        <location filename="../app/views/fiche_pane.py" line="118"/>
        <source>Choisissez une unité dans l&apos;arborescence pour voir sa fiche.</source>
        <translation>Choose a unit in the tree to see its record.</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="122"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="123"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="126"/>
        <source>N° FINESS</source>
        <translation>FINESS number</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="128"/>
        <location filename="../app/views/fiche_pane.py" line="172"/>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="130"/>
        <source>Domaine</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="132"/>
        <source>Champ d&apos;activité</source>
        <translation>Field of activity</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="134"/>
        <source>Type d&apos;offre</source>
        <translation>Type of offer</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="138"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="139"/>
        <source>Envoyée au ROR</source>
        <translation>Sent to the ROR</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="139"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="139"/>
        <source>non, jamais</source>
        <translation>no, never</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="141"/>
        <source>Modifications locales</source>
        <translation>Local changes</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="141"/>
        <source>en attente d&apos;envoi</source>
        <translation>waiting to be sent</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="146"/>
        <source>{0} problème(s) à corriger</source>
        <translation>{0} problem(s) to fix</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="148"/>
        <source>conflit avec le serveur</source>
        <translation>conflict with the server</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="153"/>
        <source>Commentaire du validateur</source>
        <translation>Validator&apos;s comment</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="158"/>
        <source>Données FINESS (non modifiables ici)</source>
        <translation>FINESS data (read-only here)</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="161"/>
        <source>{0} rubrique(s) renseignée(s) dans la fiche.</source>
        <translation>{0} item(s) filled in the record.</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="167"/>
        <source>Raison sociale</source>
        <translation>Company name</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="167"/>
        <source>Dénomination</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="168"/>
        <source>FINESS juridique</source>
        <translation>Legal FINESS</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="168"/>
        <source>FINESS géographique</source>
        <translation>Site FINESS</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="169"/>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="169"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="169"/>
        <source>Statut juridique</source>
        <translation>Legal status</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="170"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="170"/>
        <source>N° de voie</source>
        <translation>Street number</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="170"/>
        <source>Voie</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="171"/>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="171"/>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="172"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>FicheSide</name>
    <message>
        <location filename="../app/views/fiche_side.py" line="43"/>
        <source>Fiche</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_side.py" line="44"/>
        <source>Résumé</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <location filename="../app/views/forms/form_builder.py" line="69"/>
        <source>Donnée non modifiable ici : pour la changer, contactez le support.</source>
        <translation>This value cannot be changed here: to change it, contact support.</translation>
    </message>
</context>
<context>
    <name>FinessImport</name>
    <message>
        <location filename="../app/views/finess_import.py" line="125"/>
        <source>Affichage des structures importées…</source>
        <translation>Showing the imported structures…</translation>
    </message>
    <message>
        <location filename="../app/views/finess_import.py" line="133"/>
        <source>Import FINESS terminé : {0} EJ et {1} EG créées, {2} EG mises à jour, {3} ligne(s) rejetée(s).</source>
        <translation>FINESS import done: {0} legal entities and {1} sites created, {2} sites updated, {3} line(s) rejected.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/finess_import.py" line="137"/>
        <source>%n ligne(s) n&apos;étaient pas en UTF-8 et ont été lues en Windows-1252 (latin-1).</source>
        <translation>
            <numerusform>%n line was not UTF-8 and was read as Windows-1252 (latin-1).</numerusform>
            <numerusform>%n lines were not UTF-8 and were read as Windows-1252 (latin-1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/finess_import.py" line="145"/>
        <source>Import refusé, rien n&apos;a été importé : {0}</source>
        <translation>Import refused, nothing was imported: {0}</translation>
    </message>
    <message>
        <location filename="../app/views/finess_import.py" line="147"/>
        <source>L&apos;import a échoué, rien n&apos;a été importé : {0}</source>
        <translation>The import failed, nothing was imported: {0}</translation>
    </message>
    <message>
        <location filename="../app/views/finess_import.py" line="154"/>
        <source>Import de l&apos;extraction FINESS</source>
        <translation>FINESS extract import</translation>
    </message>
    <message>
        <location filename="../app/views/finess_import.py" line="167"/>
        <source>Ouvrez d&apos;abord un espace de travail.</source>
        <translation>Open a workspace first.</translation>
    </message>
    <message>
        <location filename="../app/views/finess_import.py" line="170"/>
        <source>Importer l&apos;extraction FINESS</source>
        <translation>Import the FINESS extract</translation>
    </message>
    <message>
        <location filename="../app/views/finess_import.py" line="171"/>
        <source>Extraction FINESS (*.csv *.txt);;Tous les fichiers (*)</source>
        <translation>FINESS extract (*.csv *.txt);;All files (*)</translation>
    </message>
</context>
<context>
    <name>FinessProgressDialog</name>
    <message>
        <location filename="../app/views/finess_import.py" line="45"/>
        <source>Import de l&apos;extraction FINESS</source>
        <translation>FINESS extract import</translation>
    </message>
    <message>
        <location filename="../app/views/finess_import.py" line="47"/>
        <source>Lecture de {0}…</source>
        <translation>Reading {0}…</translation>
    </message>
    <message>
        <location filename="../app/views/finess_import.py" line="53"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/finess_import.py" line="65"/>
        <source>%n structure(s) lue(s)…</source>
        <translation>
            <numerusform>%n structure read…</numerusform>
            <numerusform>%n structures read…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/finess_import.py" line="74"/>
        <source>Annulation… rien ne sera importé.</source>
        <translation>Cancelling… nothing will be imported.</translation>
    </message>
</context>
<context>
    <name>FormBuilder</name>
    <message>
        <location filename="../app/views/forms/form_builder.py" line="186"/>
        <source>Certaines données viennent de FINESS ou du ROR et ne peuvent pas être modifiées ici : pour les changer, contactez le support.</source>
        <translation>Some values come from FINESS or the ROR and cannot be changed here: to change them, contact support.</translation>
    </message>
</context>
<context>
    <name>FormHeader</name>
    <message>
        <location filename="../app/views/forms/form_header.py" line="128"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="129"/>
        <source>Enregistrer la fiche (Ctrl+S)</source>
        <translation>Save the record (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="130"/>
        <source>Finaliser</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="180"/>
        <source>Modifiée, non enregistrée</source>
        <translation>Changed, not saved</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="182"/>
        <source>À corriger</source>
        <translation>To correct</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="184"/>
        <source>Finalisée</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="186"/>
        <source>Brouillon</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="188"/>
        <source>{0} problème(s) à corriger, {1} conseil(s)</source>
        <translation>{0} problem(s) to correct, {1} piece(s) of advice</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="192"/>
        <source>{0} problème(s) à corriger</source>
        <translation>{0} problem(s) to fix</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="195"/>
        <source>{0} conseil(s), rien ne bloque</source>
        <translation>{0} piece(s) of advice, nothing blocks</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="198"/>
        <source>Aucun problème</source>
        <translation>No problem</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="202"/>
        <location filename="../app/views/forms/form_header.py" line="212"/>
        <source>Masquer la liste</source>
        <translation>Hide the list</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="203"/>
        <location filename="../app/views/forms/form_header.py" line="213"/>
        <source>Voir la liste</source>
        <translation>Show the list</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="206"/>
        <source>Corrigez d&apos;abord les problèmes signalés en rouge.</source>
        <translation>First fix the problems shown in red.</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="207"/>
        <source>Finaliser la fiche : elle passe au vert dans l&apos;arborescence</source>
        <translation>Finalise the record: it turns green in the tree</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <location filename="../app/views/forms/form_header.py" line="242"/>
        <source>Abandonner ces modifications</source>
        <translation>Discard these changes</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="243"/>
        <source>Des modifications non enregistrées ont été retrouvées (sauvegarde automatique) et restaurées. Enregistrez-les ou abandonnez-les.</source>
        <translation>Unsaved changes were found (autosave) and restored. Save or discard them.</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_view.py" line="121"/>
        <source>Choisissez une unité dans l&apos;arborescence pour remplir sa fiche.</source>
        <translation>Choose a unit in the tree to fill in its record.</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_writes.py" line="39"/>
        <source>Brouillon enregistré automatiquement à {0}</source>
        <translation>Draft saved automatically at {0}</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_writes.py" line="53"/>
        <source> : la fiche ne peut pas être modifiée avant la réponse du validateur.</source>
        <translation>: the fiche cannot be edited until the validator answers.</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_writes.py" line="80"/>
        <source>Fiche enregistrée à {0}</source>
        <translation>Record saved at {0}</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_writes.py" line="100"/>
        <source>Dossier en cours</source>
        <translation>Dossier open</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_writes.py" line="101"/>
        <source>Un dossier est ouvert sur cette structure. Reporter aussi cette modification dans le dossier ?</source>
        <translation>A dossier is open on this structure. Carry this change into the dossier too?</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_writes.py" line="104"/>
        <source>Oui : la modification part avec le dossier, pour validation. Non : elle est envoyée directement au Répertoire. Annuler : rien n&apos;est enregistré. La réponse vaut pour cette fiche jusqu&apos;à l&apos;envoi du dossier.</source>
        <translation>Yes: the change goes with the dossier, for validation. No: it is sent straight to the directory. Cancel: nothing is saved. The answer holds for this record until the dossier is sent.</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_writes.py" line="126"/>
        <source>La fiche a encore {0} problème(s) : corrigez-les avant de la finaliser.</source>
        <translation>The record still has {0} problem(s): fix them before finalising it.</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_writes.py" line="150"/>
        <source>Fiche finalisée à {0}</source>
        <translation>Record finalised at {0}</translation>
    </message>
</context>
<context>
    <name>GroupView</name>
    <message>
        <location filename="../app/views/capacities/group_view.py" line="98"/>
        <source>Total par nature</source>
        <translation>Total by kind</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/group_view.py" line="99"/>
        <source>Par département</source>
        <translation>By département</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/group_view.py" line="100"/>
        <source>Par champ d&apos;activité</source>
        <translation>By field of activity</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/group_view.py" line="101"/>
        <source>E&amp;xporter en CSV…</source>
        <translation>E&amp;xport as CSV…</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/group_view.py" line="102"/>
        <source>Ac&amp;tualiser</source>
        <translation>Ref&amp;resh</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/group_view.py" line="120"/>
        <source>Calcul des disponibilités…</source>
        <translation>Computing availability…</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/group_view.py" line="136"/>
        <source>Disponibilités du groupe</source>
        <translation>Group availability</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/capacities/group_view.py" line="140"/>
        <source>Disponibilités de %n établissement(s), chiffres courants</source>
        <translation>
            <numerusform>Availability of %n facility, current figures</numerusform>
            <numerusform>Availability of %n facilities, current figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/capacities/group_view.py" line="142"/>
        <source> — %n unité(s) à mettre à jour</source>
        <translation>
            <numerusform> — %n unit to update</numerusform>
            <numerusform> — %n units to update</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/capacities/group_view.py" line="163"/>
        <source>Exporter les disponibilités</source>
        <translation>Export availability</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/group_view.py" line="164"/>
        <source>Fichiers CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/group_view.py" line="170"/>
        <source>Export impossible : {0}</source>
        <translation>Export failed: {0}</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/group_view.py" line="172"/>
        <source>Disponibilités exportées dans {0}</source>
        <translation>Availability exported to {0}</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../app/views/help_guide.py" line="50"/>
        <source>Guide d&apos;utilisation — ROR Référent</source>
        <translation>User guide — ROR Référent</translation>
    </message>
    <message>
        <location filename="../app/views/help_guide.py" line="51"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HoursEditor</name>
    <message>
        <location filename="../app/views/forms/hours_day.py" line="122"/>
        <source>à</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_day.py" line="123"/>
        <source>Supprimer cette plage</source>
        <translation>Remove this slot</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_day.py" line="125"/>
        <source>{0}, plage {1} : début</source>
        <translation>{0}, slot {1}: start</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_day.py" line="126"/>
        <source>{0}, plage {1} : fin</source>
        <translation>{0}, slot {1}: end</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_day.py" line="127"/>
        <source>{0} : supprimer la plage {1}</source>
        <translation>{0}: remove slot {1}</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_day.py" line="175"/>
        <source>Fermé</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_day.py" line="176"/>
        <source>{0} : fermé</source>
        <translation>{0}: closed</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_day.py" line="177"/>
        <source>+ plage</source>
        <translation>+ slot</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_day.py" line="178"/>
        <source>Ajouter une plage horaire à ce jour</source>
        <translation>Add a time slot to this day</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_day.py" line="180"/>
        <source>{0} : ajouter une plage horaire</source>
        <translation>{0}: add a time slot</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_day.py" line="242"/>
        <source>{0} : {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_day.py" line="246"/>
        <source>{0} : la fin ({1}) doit être après le début ({2})</source>
        <translation>{0}: the end ({1}) must be after the start ({2})</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_day.py" line="251"/>
        <source>{0} : les plages {1}–{2} et {3}–{4} se chevauchent</source>
        <translation>{0}: the slots {1}–{2} and {3}–{4} overlap</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="75"/>
        <source>Lundi</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="75"/>
        <source>Mardi</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="76"/>
        <source>Mercredi</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="77"/>
        <source>Jeudi</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="78"/>
        <source>Vendredi</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="79"/>
        <source>Samedi</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="80"/>
        <source>Dimanche</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="83"/>
        <source>Copier le lundi sur toute la semaine</source>
        <translation>Copy Monday to the whole week</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="85"/>
        <source>Remplace les horaires de mardi à dimanche par ceux du lundi</source>
        <translation>Replaces Tuesday to Sunday&apos;s hours with Monday&apos;s</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../app/views/capacities/import_preview.py" line="51"/>
        <source>Importer des capacités — {0}</source>
        <translation>Import capacities — {0}</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/import_preview.py" line="52"/>
        <source>Lecture du fichier…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/import_preview.py" line="57"/>
        <source>&amp;Tout appliquer</source>
        <translation>&amp;Apply all</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/import_preview.py" line="71"/>
        <source>Le fichier ne peut pas être lu : {0}</source>
        <translation>The file cannot be read: {0}</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/import_preview.py" line="83"/>
        <source>Ligne {0} — refusée : {1}</source>
        <translation>Line {0} — refused: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/capacities/import_preview.py" line="91"/>
        <source>%n ligne(s) acceptée(s)</source>
        <translation>
            <numerusform>%n line accepted</numerusform>
            <numerusform>%n lines accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/capacities/import_preview.py" line="92"/>
        <source>%n ligne(s) refusée(s)</source>
        <translation>
            <numerusform>%n line refused</numerusform>
            <numerusform>%n lines refused</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/capacities/import_preview.py" line="94"/>
        <source>Rien ne sera appliqué tant qu&apos;une ligne est refusée : corrigez le fichier puis importez-le de nouveau.</source>
        <translation>Nothing is applied while a line is refused: correct the file, then import it again.</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/import_preview.py" line="97"/>
        <source>Toutes les lignes seront appliquées ensemble (source « Bed management »).</source>
        <translation>Every line will be applied together (source “Bed management”).</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/import_preview.py" line="105"/>
        <source>Ligne {0} — {1} : {2} {3} = {4} ({5})</source>
        <translation>Line {0} — {1}: {2} {3} = {4} ({5})</translation>
    </message>
</context>
<context>
    <name>LabelRule</name>
    <message>
        <location filename="../app/views/labels.py" line="81"/>
        <source>Le nom est vide.</source>
        <translation>The name is empty.</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="82"/>
        <source>Le nom commence ou finit par un espace.</source>
        <translation>The name starts or ends with a space.</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="83"/>
        <source>Le nom contient des espaces doubles ou des retours à la ligne.</source>
        <translation>The name holds double spaces or line breaks.</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="85"/>
        <source>Chaque mot commence par une majuscule : {words}.</source>
        <translation>Each word starts with a capital: {words}.</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="86"/>
        <source>Sigle à écrire en capitales : {words}.</source>
        <translation>Acronym to write in capitals: {words}.</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="87"/>
        <source>Sigle inconnu : {words} ; vérifiez-le ou écrivez le mot en entier.</source>
        <translation>Unknown acronym: {words}; check it or write the words in full.</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="89"/>
        <source>{words} ne fait pas partie du nom usuel : retirez-le.</source>
        <translation>{words} is not part of the usual name: remove it.</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="95"/>
        <source>« {0} »</source>
        <translation>“{0}”</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="91"/>
        <source>Nom conseillé pour ce type d&apos;offre : « {suggestion} ».</source>
        <translation>Advised name for this type of offer: “{suggestion}”.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../app/views/labels.py" line="9"/>
        <source>Entité juridique</source>
        <translation>Legal entity</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="10"/>
        <source>Entité géographique</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="11"/>
        <source>Pôle</source>
        <translation>Division</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="12"/>
        <source>Pôle multi-sites</source>
        <translation>Multi-site division</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="13"/>
        <source>Service</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="14"/>
        <source>Sous-service</source>
        <translation>Sub-department</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="15"/>
        <source>Unité fonctionnelle</source>
        <translation>Functional unit</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="16"/>
        <source>Unité opérationnelle</source>
        <translation>Operational unit</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="21"/>
        <source>Brouillon</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="22"/>
        <source>Finalisée</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="27"/>
        <source>Dossier en cours de saisie</source>
        <translation>Dossier being edited</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="28"/>
        <source>Dossier prêt, en attente d&apos;envoi (hors ligne)</source>
        <translation>Dossier ready, waiting to be sent (offline)</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="29"/>
        <source>En attente de confirmation par la Direction</source>
        <translation>Waiting for confirmation by the Management</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="30"/>
        <source>Dossier en cours de validation</source>
        <translation>Dossier being validated</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="31"/>
        <source>Dossier refusé par le validateur</source>
        <translation>Dossier rejected by the validator</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="32"/>
        <source>Dossier validé et publié</source>
        <translation>Dossier validated and published</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="38"/>
        <source>Sanitaire</source>
        <translation>Health care</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="39"/>
        <source>Médico-social</source>
        <translation>Medico-social</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="40"/>
        <source>Ville</source>
        <translation>Community care</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="41"/>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <location filename="../app/views/capacities/lines_model.py" line="43"/>
        <source>Établissement</source>
        <translation>Facility</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/lines_model.py" line="43"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/lines_model.py" line="43"/>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/lines_model.py" line="44"/>
        <source>Champ d&apos;activité</source>
        <translation>Field of activity</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/lines_model.py" line="49"/>
        <source>Dép.</source>
        <translation>Dept</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/lines_model.py" line="49"/>
        <source>Nature</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/lines_model.py" line="50"/>
        <source>Unités</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/lines_model.py" line="50"/>
        <source>Ancienneté</source>
        <translation>Oldest update</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/lines_model.py" line="65"/>
        <source>Tous les établissements</source>
        <translation>All facilities</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/lines_model.py" line="66"/>
        <source>(sans département)</source>
        <translation>(no département)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/capacities/lines_model.py" line="89"/>
        <source>%n unité(s) aux chiffres plus anciens que la période de rappel</source>
        <translation>
            <numerusform>%n unit with figures older than the reminder period</numerusform>
            <numerusform>%n units with figures older than the reminder period</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../app/views/main_window.py" line="217"/>
        <source>%n modification(s) en attente d&apos;envoi</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="272"/>
        <source>ROR Référent</source>
        <translation>ROR Référent</translation>
    </message>
    <message>
        <location filename="../app/views/window_status.py" line="34"/>
        <source>En ligne</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../app/views/window_status.py" line="35"/>
        <source>Hors ligne</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../app/views/window_status.py" line="36"/>
        <source>Synchronisation…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location filename="../app/views/window_status.py" line="37"/>
        <source>Erreur de synchronisation</source>
        <translation>Synchronisation error</translation>
    </message>
    <message>
        <location filename="../app/views/window_status.py" line="38"/>
        <source>Serveur non configuré</source>
        <translation>No server configured</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="215"/>
        <source>Aucune modification en attente</source>
        <translation>No change waiting</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../app/views/dialogs.py" line="251"/>
        <source>Déplacer « {0} » vers…</source>
        <translation>Move “{0}” to…</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="260"/>
        <source>Aucun autre emplacement possible dans cette structure.</source>
        <translation>No other place is possible in this structure.</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="264"/>
        <source>Nouveau parent :</source>
        <translation>New parent:</translation>
    </message>
</context>
<context>
    <name>MultiChoiceWidget</name>
    <message>
        <location filename="../app/views/forms/multi_choice.py" line="82"/>
        <source>Ajouter : tapez pour chercher…</source>
        <translation>Add: type to search…</translation>
    </message>
</context>
<context>
    <name>MultiTextWidget</name>
    <message>
        <location filename="../app/views/forms/field_widgets.py" line="159"/>
        <source>Une valeur par ligne</source>
        <translation>One value per line</translation>
    </message>
</context>
<context>
    <name>NameAdvice</name>
    <message>
        <location filename="../app/views/forms/name_advice.py" line="59"/>
        <source>Nom conseillé (règle de nommage) : « {0} »</source>
        <translation>Advised name (naming rule): “{0}”</translation>
    </message>
    <message>
        <location filename="../app/views/forms/name_advice.py" line="60"/>
        <source>Appliquer</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../app/views/forms/name_advice.py" line="61"/>
        <source>Remplacer le nom par le nom conseillé</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../app/views/forms/name_advice.py" line="62"/>
        <source>Appliquer le nom conseillé « {0} »</source>
        <translation>Apply the advised name “{0}”</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../app/views/bulk/preview_dialog.py" line="51"/>
        <source>Unité</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/preview_dialog.py" line="51"/>
        <source>Établissement</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/preview_dialog.py" line="51"/>
        <source>Avant</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/preview_dialog.py" line="52"/>
        <source>Après, ou pourquoi c&apos;est refusé</source>
        <translation>After, or why it is refused</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../app/views/bulk/preview_dialog.py" line="77"/>
        <source>Modification groupée : aperçu</source>
        <translation>Bulk edit: preview</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/preview_dialog.py" line="82"/>
        <source>{0} unité(s) modifiée(s), {1} refusée(s), {2} déjà à jour.</source>
        <translation>{0} unit(s) changed, {1} refused, {2} already up to date.</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/preview_dialog.py" line="85"/>
        <source>Les fiches modifiées redeviennent des brouillons. Seules les unités acceptées seront modifiées, en une seule étape : Ctrl+Z l&apos;annule en entier.</source>
        <translation>Changed fiches become drafts again. Only the accepted units will be changed, in one step: Ctrl+Z undoes all of it.</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/preview_dialog.py" line="96"/>
        <source>Unités concernées par la modification groupée</source>
        <translation>Units the bulk edit concerns</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/preview_dialog.py" line="109"/>
        <source>Appliquer à {0} unité(s)</source>
        <translation>Apply to {0} unit(s)</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/preview_dialog.py" line="112"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>Champ obligatoire</source>
        <extracomment>required</extracomment>
        <translation>Required field</translation>
    </message>
    <message>
        <source>Champ obligatoire : au moins une réponse dans cette rubrique</source>
        <extracomment>required-group</extracomment>
        <translation>Required: at least one answer in this section</translation>
    </message>
    <message>
        <source>Une seule valeur est permise</source>
        <extracomment>single-value</extracomment>
        <translation>Only one value is allowed</translation>
    </message>
    <message>
        <source>Valeur invalide : type de réponse inattendu</source>
        <extracomment>type-unexpected</extracomment>
        <translation>Invalid value: unexpected type of answer</translation>
    </message>
    <message>
        <source>Valeur invalide : nombre entier attendu</source>
        <extracomment>type-integer</extracomment>
        <translation>Invalid value: a whole number is expected</translation>
    </message>
    <message>
        <source>Valeur invalide : nombre attendu</source>
        <extracomment>type-decimal</extracomment>
        <translation>Invalid value: a number is expected</translation>
    </message>
    <message>
        <source>Valeur invalide : oui ou non attendu</source>
        <extracomment>type-boolean</extracomment>
        <translation>Invalid value: yes or no is expected</translation>
    </message>
    <message>
        <source>Valeur invalide : texte attendu</source>
        <extracomment>type-text</extracomment>
        <translation>Invalid value: text is expected</translation>
    </message>
    <message>
        <source>Date invalide (format attendu AAAA-MM-JJ)</source>
        <extracomment>type-date</extracomment>
        <translation>Invalid date (expected format YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Date et heure invalides</source>
        <extracomment>type-datetime</extracomment>
        <translation>Invalid date and time</translation>
    </message>
    <message>
        <source>Heure invalide (format attendu HH:MM)</source>
        <extracomment>type-time</extracomment>
        <translation>Invalid time (expected format HH:MM)</translation>
    </message>
    <message>
        <source>Valeur invalide : code attendu</source>
        <extracomment>type-code</extracomment>
        <translation>Invalid value: a code is expected</translation>
    </message>
    <message>
        <source>Valeur invalide : quantité attendue</source>
        <extracomment>type-quantity</extracomment>
        <translation>Invalid value: a quantity is expected</translation>
    </message>
    <message>
        <source>Texte trop long : {max} caractères au maximum</source>
        <extracomment>too-long</extracomment>
        <translation>Text too long: {max} characters at most</translation>
    </message>
    <message>
        <source>La valeur doit être au moins {min}</source>
        <extracomment>below-min</extracomment>
        <translation>The value must be at least {min}</translation>
    </message>
    <message>
        <source>La valeur doit être au plus {max}</source>
        <extracomment>above-max</extracomment>
        <translation>The value must be at most {max}</translation>
    </message>
    <message>
        <source>Valeur hors de la liste proposée : {value}</source>
        <extracomment>not-in-options</extracomment>
        <translation>Value not in the list offered: {value}</translation>
    </message>
    <message>
        <source>Numéro de téléphone invalide : « {value} »</source>
        <extracomment>format-phone</extracomment>
        <translation>Invalid telephone number: “{value}”</translation>
    </message>
    <message>
        <source>Adresse électronique invalide : « {value} »</source>
        <extracomment>format-email</extracomment>
        <translation>Invalid e-mail address: “{value}”</translation>
    </message>
    <message>
        <source>Adresse de site invalide : « {value} » (elle commence par https:// ou http://)</source>
        <extracomment>format-url</extracomment>
        <translation>Invalid web address: “{value}” (it starts with https:// or http://)</translation>
    </message>
    <message>
        <source>N° FINESS invalide : « {value} » (9 caractères dont la clé)</source>
        <extracomment>format-finess</extracomment>
        <translation>Invalid FINESS number: “{value}” (9 characters including the check digit)</translation>
    </message>
    <message>
        <source>N° SIRET invalide : « {value} » (14 chiffres dont la clé)</source>
        <extracomment>format-siret</extracomment>
        <translation>Invalid SIRET number: “{value}” (14 digits including the check digit)</translation>
    </message>
    <message>
        <source>N° SIREN invalide : « {value} » (9 chiffres dont la clé)</source>
        <extracomment>format-siren</extracomment>
        <translation>Invalid SIREN number: “{value}” (9 digits including the check digit)</translation>
    </message>
    <message>
        <source>Code postal invalide : « {value} » (5 chiffres)</source>
        <extracomment>format-postal-code</extracomment>
        <translation>Invalid postcode: “{value}” (5 digits)</translation>
    </message>
    <message>
        <source>Code inconnu dans la liste « {list} » : {code}</source>
        <extracomment>code-unknown</extracomment>
        <translation>Code unknown in the list “{list}”: {code}</translation>
    </message>
    <message>
        <source>Code retiré de la nomenclature, à remplacer : {code}</source>
        <extracomment>code-retired</extracomment>
        <translation>Code retired from the nomenclature, to be replaced: {code}</translation>
    </message>
    <message>
        <source>Valeur saisie librement hors de la liste : à vérifier</source>
        <extracomment>free-text-in-list</extracomment>
        <translation>Value typed freely, not from the list: to be checked</translation>
    </message>
    <message>
        <source>Liste de valeurs non disponible : valeur saisie librement, à vérifier</source>
        <extracomment>value-set-missing</extracomment>
        <translation>List of values not available: value typed freely, to be checked</translation>
    </message>
    <message>
        <source>L&apos;âge minimum ({min}) est supérieur à l&apos;âge maximum ({max})</source>
        <extracomment>age-range</extracomment>
        <translation>The minimum age ({min}) is above the maximum age ({max})</translation>
    </message>
    <message>
        <source>Le type d&apos;offre {offre} n&apos;appartient pas au champ d&apos;activité {champ}</source>
        <extracomment>offre-champ</extracomment>
        <translation>The type of offer {offre} does not belong to the field of activity {champ}</translation>
    </message>
    <message>
        <source>Le champ d&apos;activité {champ} n&apos;est pas permis pour un établissement de catégorie {categorie}</source>
        <extracomment>champ-categorie</extracomment>
        <translation>The field of activity {champ} is not allowed for an establishment of category {categorie}</translation>
    </message>
    <message>
        <source>Horaires du {day} : la fin ({end}) doit être après le début ({start})</source>
        <extracomment>hours-order</extracomment>
        <translation>Hours on {day}: the end ({end}) must come after the start ({start})</translation>
    </message>
    <message>
        <source>Horaires du {day} : ce créneau ({start}-{end}) chevauche un autre créneau du même jour</source>
        <extracomment>hours-overlap</extracomment>
        <translation>Hours on {day}: this slot ({start}-{end}) overlaps another slot of the same day</translation>
    </message>
    <message>
        <source>Règle qualité CP5 : une offre médico-sociale d&apos;hébergement ou d&apos;accueil de jour ou de nuit indique sa temporalité d&apos;accueil et sa catégorie d&apos;organisation</source>
        <extracomment>quality-cp5</extracomment>
        <translation>Quality rule CP5: a medico-social offer of accommodation or day or night care gives its reception timing and its category of organisation</translation>
    </message>
    <message>
        <source>Règle qualité CP6 : une offre médico-sociale d&apos;hébergement ou d&apos;accueil de jour ou de nuit déclare des places installées (capacité au statut « Installé », plus de 0)</source>
        <extracomment>quality-cp6</extracomment>
        <translation>Quality rule CP6: a medico-social offer of accommodation or day or night care declares installed places (a capacity with status “Installed”, above 0)</translation>
    </message>
    <message>
        <source>Règle qualité CO3 : le nom ou les activités évoquent une unité sensible (détenus, unité sécurisée, décontamination) : cochez « Unité sensible » si c&apos;est le cas</source>
        <extracomment>quality-co3-missing</extracomment>
        <translation>Quality rule CO3: the name or the activities suggest a sensitive unit (detainees, secured unit, decontamination): tick “Sensitive unit” if it is one</translation>
    </message>
    <message>
        <source>Règle qualité CO3 : l&apos;unité est déclarée sensible sans que son nom ni ses activités l&apos;indiquent : à vérifier</source>
        <extracomment>quality-co3-unexpected</extracomment>
        <translation>Quality rule CO3: the unit is declared sensitive although neither its name nor its activities say so: to be checked</translation>
    </message>
    <message>
        <source>Règle qualité CO4 : la catégorie d&apos;établissement ({categorie}) diffère de celle de FINESS ({finess}) : contactez le support</source>
        <extracomment>quality-co4</extracomment>
        <translation>Quality rule CO4: the establishment category ({categorie}) differs from FINESS&apos;s ({finess}): contact support</translation>
    </message>
    <message>
        <source>lundi</source>
        <extracomment>day-mon</extracomment>
        <translation>Monday</translation>
    </message>
    <message>
        <source>mardi</source>
        <extracomment>day-tue</extracomment>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>mercredi</source>
        <extracomment>day-wed</extracomment>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>jeudi</source>
        <extracomment>day-thu</extracomment>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>vendredi</source>
        <extracomment>day-fri</extracomment>
        <translation>Friday</translation>
    </message>
    <message>
        <source>samedi</source>
        <extracomment>day-sat</extracomment>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>dimanche</source>
        <extracomment>day-sun</extracomment>
        <translation>Sunday</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <location filename="../app/views/forms/form_header.py" line="61"/>
        <source>À corriger avant de finaliser : {0}</source>
        <translation>To correct before finalising: {0}</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="62"/>
        <source>Conseils des règles qualité (ne bloquent pas) : {0}</source>
        <translation>Advice of the quality rules (they do not block): {0}</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="70"/>
        <source>{0} : {1} [{2}]</source>
        <translation>{0}: {1} [{2}]</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="76"/>
        <source>… et {0} de plus</source>
        <translation>… and {0} more</translation>
    </message>
</context>
<context>
    <name>ProblemPlace</name>
    <message>
        <location filename="../app/views/problem_text.py" line="30"/>
        <source>{0} n° {1}</source>
        <translation>{0} no. {1}</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>Le nom de l&apos;unité est obligatoire.</source>
        <extracomment>name-required</extracomment>
        <translation>The name of the unit is required.</translation>
    </message>
    <message>
        <source>Unité introuvable (n° {node_id}).</source>
        <extracomment>node-not-found</extracomment>
        <translation>Unit not found (no. {node_id}).</translation>
    </message>
    <message>
        <source>Un(e) {child} doit être rangé(e) sous un parent.</source>
        <extracomment>placement-root</extracomment>
        <translation>A {child} must be placed under a parent.</translation>
    </message>
    <message>
        <source>Les services n&apos;existent que dans les structures sanitaires.</source>
        <extracomment>placement-sanitaire-only</extracomment>
        <translation>Services exist only in health (sanitaire) structures.</translation>
    </message>
    <message>
        <source>Un(e) {child} ne peut pas être rangé(e) sous un(e) {parent}.</source>
        <extracomment>placement-kind</extracomment>
        <translation>A {child} cannot be placed under a {parent}.</translation>
    </message>
    <message>
        <source>Ce nom vient de FINESS et ne peut pas être modifié ici : contactez le support.</source>
        <extracomment>finess-rename</extracomment>
        <translation>This name comes from FINESS and cannot be changed here: contact support.</translation>
    </message>
    <message>
        <source>Les entités issues de FINESS ne peuvent pas être déplacées.</source>
        <extracomment>finess-move</extracomment>
        <translation>Entities from FINESS cannot be moved.</translation>
    </message>
    <message>
        <source>{kind} issue de FINESS : suppression impossible.</source>
        <extracomment>finess-delete</extracomment>
        <translation>{kind} from FINESS: it cannot be deleted.</translation>
    </message>
    <message>
        <source>Les entités issues de FINESS ne peuvent pas être dupliquées.</source>
        <extracomment>finess-duplicate</extracomment>
        <translation>Entities from FINESS cannot be duplicated.</translation>
    </message>
    <message>
        <source>Une unité ne peut pas être déplacée sous elle-même.</source>
        <extracomment>move-under-itself</extracomment>
        <translation>A unit cannot be moved under itself.</translation>
    </message>
    <message>
        <source>Une unité ne peut être déplacée qu&apos;à l&apos;intérieur de son entité géographique.</source>
        <extracomment>move-other-structure</extracomment>
        <translation>A unit can only be moved within its site.</translation>
    </message>
    <message>
        <source>L&apos;unité parente a été supprimée : rétablissez-la d&apos;abord.</source>
        <extracomment>deleted-parent</extracomment>
        <translation>The parent unit was deleted: restore it first.</translation>
    </message>
    <message>
        <source>Une valeur pré-remplie obligatoire ne peut pas être supprimée : au moins une valeur est obligatoire.</source>
        <extracomment>prefilled-removed</extracomment>
        <translation>A mandatory pre-filled value cannot be removed: at least one value is required.</translation>
    </message>
    <message>
        <source>« {item} » : la valeur pré-remplie ne peut pas être supprimée, au moins une valeur est obligatoire. Vous pouvez compléter la liste ou modifier la valeur.</source>
        <extracomment>prefilled-item</extracomment>
        <translation>“{item}”: the pre-filled value cannot be removed, at least one value is required. You may add to the list or change the value.</translation>
    </message>
    <message>
        <source>La fiche a encore {count} problème(s) : corrigez-les avant de la finaliser.</source>
        <extracomment>finalise-problems</extracomment>
        <translation>The record still has {count} problem(s): fix them before finalising it.</translation>
    </message>
    <message>
        <source>Enregistrez la fiche avant de la finaliser.</source>
        <extracomment>finalise-unsaved</extracomment>
        <translation>Save the record before finalising it.</translation>
    </message>
    <message>
        <source>« {item} » vient de FINESS et ne peut pas être modifié ici : contactez le support.</source>
        <extracomment>finess-locked</extracomment>
        <translation>“{item}” comes from FINESS and cannot be changed here: contact support.</translation>
    </message>
    <message>
        <source>Le fichier ne contient pas un objet FHIR (objet JSON attendu).</source>
        <extracomment>form-not-object</extracomment>
        <translation>The file does not hold a FHIR object (a JSON object is expected).</translation>
    </message>
    <message>
        <source>Ce n&apos;est pas un questionnaire FHIR (type de ressource : {name}).</source>
        <extracomment>form-not-questionnaire</extracomment>
        <translation>This is not a FHIR Questionnaire (resource type: {name}).</translation>
    </message>
    <message>
        <source>Le questionnaire ne contient aucune question.</source>
        <extracomment>form-no-items</extracomment>
        <translation>The Questionnaire holds no question.</translation>
    </message>
    <message>
        <source>Questionnaire mal formé : l&apos;élément {name} n&apos;est pas un objet.</source>
        <extracomment>form-item-not-object</extracomment>
        <translation>Malformed Questionnaire: item {name} is not an object.</translation>
    </message>
    <message>
        <source>Questionnaire mal formé : l&apos;élément {name} n&apos;a pas d&apos;identifiant (linkId).</source>
        <extracomment>form-item-no-linkid</extracomment>
        <translation>Malformed Questionnaire: item {name} has no identifier (linkId).</translation>
    </message>
    <message>
        <source>Questionnaire mal formé : les sous-éléments de « {name} » ne sont pas une liste.</source>
        <extracomment>form-children-not-list</extracomment>
        <translation>Malformed Questionnaire: the sub-items of &quot;{name}&quot; are not a list.</translation>
    </message>
    <message>
        <source>Le questionnaire imbrique ses éléments sur plus de {count} niveaux : il n&apos;est pas affiché.</source>
        <extracomment>form-too-deep</extracomment>
        <translation>The Questionnaire nests its items more than {count} levels deep: it is not shown.</translation>
    </message>
    <message>
        <source>Le questionnaire compte plus de {count} éléments : il n&apos;est pas affiché.</source>
        <extracomment>form-too-large</extracomment>
        <translation>The Questionnaire has more than {count} items: it is not shown.</translation>
    </message>
    <message>
        <source>Les conditions d&apos;affichage du questionnaire tournent en rond ({name}) : ces questions ne pourraient jamais s&apos;afficher, il n&apos;est pas affiché.</source>
        <extracomment>form-enablewhen-cycle</extracomment>
        <translation>The display conditions of the Questionnaire go round in a circle ({name}): those questions could never show, so it is not shown.</translation>
    </message>
    <message>
        <source>Modification groupée annulée : rien n&apos;a été modifié.</source>
        <extracomment>bulk-cancelled</extracomment>
        <translation>Bulk edit cancelled: nothing was changed.</translation>
    </message>
    <message>
        <source>Unité en conflit avec le serveur : choisissez d&apos;abord la version à garder.</source>
        <extracomment>bulk-conflict</extracomment>
        <translation>Unit in conflict with the server: first choose the version to keep.</translation>
    </message>
    <message>
        <source>Une saisie non enregistrée est en cours sur cette fiche : enregistrez-la ou abandonnez-la d&apos;abord.</source>
        <extracomment>bulk-draft</extracomment>
        <translation>Unsaved input is in progress on this fiche: save or discard it first.</translation>
    </message>
    <message>
        <source>La fiche « {name} » n&apos;a pas de champ « {item} ».</source>
        <extracomment>bulk-not-in-form</extracomment>
        <translation>The “{name}” fiche has no “{item}” field.</translation>
    </message>
    <message>
        <source>« {value} » n&apos;est pas proposé pour « {item} » dans la fiche de cette unité.</source>
        <extracomment>bulk-code-not-offered</extracomment>
        <translation>“{value}” is not offered for “{item}” in this unit&apos;s fiche.</translation>
    </message>
    <message>
        <source>« {name} » a changé depuis l&apos;aperçu : rien n&apos;a été modifié, refaites l&apos;aperçu.</source>
        <extracomment>bulk-stale</extracomment>
        <translation>“{name}” changed since the preview: nothing was changed, preview again.</translation>
    </message>
    <message>
        <source>« {item} » ne s&apos;applique pas à cette unité tant que son type d&apos;offre n&apos;est pas renseigné.</source>
        <extracomment>bulk-not-shown</extracomment>
        <translation>“{item}” does not apply to this unit until its type of offer is given.</translation>
    </message>
    <message>
        <source>{state} : « {name} » ne peut pas être modifié(e) avant la réponse du validateur.</source>
        <extracomment>dossier-locked</extracomment>
        <translation>{state}: “{name}” cannot be changed before the validator&apos;s answer.</translation>
    </message>
    <message>
        <source>Aucun dossier en cours sur cette structure : rien à envoyer.</source>
        <extracomment>dossier-nothing-to-send</extracomment>
        <translation>No dossier in progress on this structure: nothing to send.</translation>
    </message>
    <message>
        <source>{count} fiche(s) ne sont pas finalisées : toutes les fiches doivent être vertes pour envoyer le dossier.</source>
        <extracomment>dossier-not-green</extracomment>
        <translation>{count} record(s) are not finalised: every record must be green to send the dossier.</translation>
    </message>
    <message>
        <source>{count} fiche(s) ont des problèmes à corriger avant l&apos;envoi du dossier : {names}.</source>
        <extracomment>dossier-problems</extracomment>
        <translation>{count} fiche(s) have problems to correct before the dossier is sent: {names}.</translation>
    </message>
    <message>
        <source>Le dossier ne peut pas passer de « {current} » à « {target} ».</source>
        <extracomment>dossier-transition</extracomment>
        <translation>The dossier cannot go from “{current}” to “{target}”.</translation>
    </message>
    <message>
        <source>Un dossier est déjà ouvert sur « {name} ».</source>
        <extracomment>dossier-exists</extracomment>
        <translation>A dossier is already open on “{name}”.</translation>
    </message>
    <message>
        <source>Un dossier s&apos;ouvre sur un établissement (EG) ou une entité juridique (EJ), pas sur « {name} ».</source>
        <extracomment>dossier-not-structure</extracomment>
        <translation>A dossier opens on an establishment (site) or a legal entity, not on “{name}”.</translation>
    </message>
    <message>
        <source>Aucun dossier envoyé sur « {name} » : rien à retirer.</source>
        <extracomment>dossier-nothing-to-withdraw</extracomment>
        <translation>No dossier sent on “{name}”: nothing to withdraw.</translation>
    </message>
    <message>
        <source>La demande de validation du dossier de « {name} » n&apos;existe plus sur le serveur : le dossier est rouvert avec toutes ses modifications, envoyez-le à nouveau.</source>
        <extracomment>dossier-task-gone</extracomment>
        <translation>The validation request of the dossier of « {name} » no longer exists on the server: the dossier is open again with all its changes; send it again.</translation>
    </message>
    <message>
        <source>Le serveur dit le dossier de « {name} » validé, mais {count} fiche(s) n&apos;y sont pas telles qu&apos;envoyées ({names}) : le dossier est rouvert avec toutes ses modifications, envoyez-le à nouveau.</source>
        <extracomment>dossier-not-on-server</extracomment>
        <translation>The server says the dossier of « {name} » was validated, but {count} fiche(s) are not there as they were sent ({names}): the dossier is open again with all its changes; send it again.</translation>
    </message>
    <message>
        <source>{count} fiche(s) du dossier de « {name} » ont été modifiées ou supprimées sur le serveur entre-temps ({names}) : rien n&apos;a été écrasé ; choisissez la version à garder, puis envoyez le dossier à nouveau.</source>
        <extracomment>dossier-server-changed</extracomment>
        <translation>{count} fiche(s) of the dossier of « {name} » were changed or deleted on the server meanwhile ({names}): nothing was overwritten; choose the version to keep, then send the dossier again.</translation>
    </message>
    <message>
        <source>La confirmation annuelle porte sur un établissement (EG), pas sur « {name} ».</source>
        <extracomment>yearly-not-eg</extracomment>
        <translation>The yearly confirmation is made on an establishment (site), not on “{name}”.</translation>
    </message>
    <message>
        <source>« {name} » a {count} changement(s) non publié(s) : envoyez son dossier plutôt que de confirmer sans changement.</source>
        <extracomment>yearly-changes-waiting</extracomment>
        <translation>“{name}” has {count} unpublished change(s): send its dossier rather than confirm without change.</translation>
    </message>
    <message>
        <source>« {name} » n&apos;a jamais été publié : envoyez d&apos;abord son dossier au validateur.</source>
        <extracomment>yearly-never-published</extracomment>
        <translation>“{name}” was never published: send its dossier to the validator first.</translation>
    </message>
    <message>
        <source>Lits et places : un nombre entier est attendu.</source>
        <extracomment>capacity-not-number</extracomment>
        <translation>Beds and places: a whole number is expected.</translation>
    </message>
    <message>
        <source>Un nombre de lits ou de places ne peut pas être négatif.</source>
        <extracomment>capacity-negative</extracomment>
        <translation>A number of beds or places cannot be negative.</translation>
    </message>
    <message>
        <source>Disponibles + occupés ({used}) dépassent installés + supplémentaires ({ceiling}).</source>
        <extracomment>capacity-over-installed</extracomment>
        <translation>Available + occupied ({used}) exceed installed + additional ({ceiling}).</translation>
    </message>
    <message>
        <source>Fermés ({closed}) dépassent installés ({installed}).</source>
        <extracomment>capacity-closed-over-installed</extracomment>
        <translation>Closed ({closed}) exceed installed ({installed}).</translation>
    </message>
    <message>
        <source>Les lits et places se saisissent sur une unité organisationnelle (UO).</source>
        <extracomment>capacity-not-uo</extracomment>
        <translation>Beds and places are entered on an organisational unit (UO).</translation>
    </message>
    <message>
        <source>Nature de capacité inconnue : « {code} » (lit ou place attendu).</source>
        <extracomment>capacity-nature</extracomment>
        <translation>Unknown capacity type: “{code}” (bed or place expected).</translation>
    </message>
    <message>
        <source>Statut de capacité inconnu : « {code} » (installés, disponibles, occupés, fermés, supplémentaires attendu).</source>
        <extracomment>capacity-status</extracomment>
        <translation>Unknown capacity status: “{code}” (installed, available, occupied, closed, additional expected).</translation>
    </message>
    <message>
        <source>Temporalité inconnue : « {code} » (courant, 24h, 48h ou 7j attendu).</source>
        <extracomment>capacity-temporality</extracomment>
        <translation>Unknown temporality: “{code}” (current, 24h, 48h or 7d expected).</translation>
    </message>
    <message>
        <source>Source de capacité inconnue : « {code} ».</source>
        <extracomment>capacity-source</extracomment>
        <translation>Unknown capacity source: “{code}”.</translation>
    </message>
    <message>
        <source>Ligne {line} : {reason}</source>
        <extracomment>capacity-import-line</extracomment>
        <translation>Line {line}: {reason}</translation>
    </message>
    <message>
        <source>unité « {unit} » introuvable (FINESS, identifiant ROR ou uid attendu).</source>
        <extracomment>capacity-import-unit</extracomment>
        <translation>unit “{unit}” not found (FINESS, ROR identifier or uid expected).</translation>
    </message>
    <message>
        <source>« {unit} » désigne plusieurs unités : donnez l&apos;identifiant ROR ou l&apos;uid.</source>
        <extracomment>capacity-import-ambiguous</extracomment>
        <translation>“{unit}” names several units: give the ROR identifier or the uid.</translation>
    </message>
    <message>
        <source>Colonnes manquantes dans le fichier : {columns}.</source>
        <extracomment>capacity-import-columns</extracomment>
        <translation>Columns missing from the file: {columns}.</translation>
    </message>
    <message>
        <source>nombre invalide « {value} » (entier positif ou nul attendu).</source>
        <extracomment>capacity-import-count</extracomment>
        <translation>invalid number “{value}” (a whole number, zero or more, expected).</translation>
    </message>
    <message>
        <source>Le fichier ne contient aucune ligne de lits et places.</source>
        <extracomment>capacity-import-empty</extracomment>
        <translation>The file holds no line of beds and places.</translation>
    </message>
    <message>
        <source>Fichier illisible : {path}</source>
        <extracomment>capacity-import-unreadable</extracomment>
        <translation>Unreadable file: {path}</translation>
    </message>
    <message>
        <source>{count} ligne(s) refusée(s) : rien n&apos;a été importé.</source>
        <extracomment>capacity-import-refused</extracomment>
        <translation>{count} line(s) refused: nothing was imported.</translation>
    </message>
    <message>
        <source>Cette modification n&apos;est pas en échec : rien à relancer.</source>
        <extracomment>outbox-not-failed</extracomment>
        <translation>This change has not failed: nothing to retry.</translation>
    </message>
    <message>
        <source>Aucun conflit en attente sur cette unité.</source>
        <extracomment>conflict-not-found</extracomment>
        <translation>No conflict waiting on this unit.</translation>
    </message>
    <message>
        <source>{message}</source>
        <extracomment>sync-said</extracomment>
        <translation>{message}</translation>
    </message>
    <message>
        <source>{name} : {reason}</source>
        <extracomment>sync-unit-reason</extracomment>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>{reason} (nouvel essai à la prochaine synchronisation)</source>
        <extracomment>sync-retry-next</extracomment>
        <translation>{reason} (tried again at the next synchronisation)</translation>
    </message>
    <message>
        <source>Dossier refusé par le serveur : {reason}</source>
        <extracomment>sync-dossier-refused</extracomment>
        <translation>Dossier refused by the server: {reason}</translation>
    </message>
    <message>
        <source>Retrait du dossier refusé par le serveur : {reason}</source>
        <extracomment>sync-withdraw-refused</extracomment>
        <translation>Withdrawal of the dossier refused by the server: {reason}</translation>
    </message>
    <message>
        <source>Rien à envoyer pour cette unité.</source>
        <extracomment>sync-nothing-to-send</extracomment>
        <translation>Nothing to send for this unit.</translation>
    </message>
    <message>
        <source>Version du serveur instable : réessayez plus tard.</source>
        <extracomment>sync-version-unstable</extracomment>
        <translation>The server&apos;s version keeps changing: try again later.</translation>
    </message>
    <message>
        <source>Cette unité n&apos;a pas encore de lieu (Location) sur le serveur : envoyez d&apos;abord sa fiche avec ses capacités, les chiffres partiront ensuite.</source>
        <extracomment>capacity-no-location</extracomment>
        <translation>This unit has no place (Location) on the server yet: send its fiche with its capacities first, the figures will follow.</translation>
    </message>
    <message>
        <source>Le lieu (Location) de cette unité a été supprimé sur le serveur : synchronisez avant de recommencer.</source>
        <extracomment>capacity-location-gone</extracomment>
        <translation>This unit&apos;s place (Location) was deleted on the server: synchronise before trying again.</translation>
    </message>
    <message>
        <source>Les capacités de cette unité ont été modifiées sur le serveur entre-temps : synchronisez pour les récupérer, puis recommencez.</source>
        <extracomment>sync-location-changed</extracomment>
        <translation>This unit&apos;s capacities were changed on the server meanwhile: synchronise to get them, then try again.</translation>
    </message>
    <message>
        <source>Adresse de serveur invalide : « {url} » (attendu : https://...).</source>
        <extracomment>sync-address</extracomment>
        <translation>Invalid server address: “{url}” (expected: https://...).</translation>
    </message>
    <message>
        <source>L&apos;adresse du serveur ne doit contenir ni identifiant ni mot de passe : elle est refusée et n&apos;a pas été enregistrée.</source>
        <extracomment>sync-address-credentials</extracomment>
        <translation>The server address must contain neither a user name nor a password: it is refused and was not saved.</translation>
    </message>
    <message>
        <source>Le serveur {host} doit être joint en https : http n&apos;est accepté que pour cet ordinateur (localhost).</source>
        <extracomment>sync-address-http</extracomment>
        <translation>The server {host} must be reached over https: http is accepted only for this computer (localhost).</translation>
    </message>
    <message>
        <source>Serveur injoignable ({host}).</source>
        <extracomment>sync-offline</extracomment>
        <translation>Server unreachable ({host}).</translation>
    </message>
    <message>
        <source>Le serveur {host} n&apos;a pas répondu dans le délai de {seconds} s : serveur injoignable pour l&apos;instant.</source>
        <extracomment>sync-no-answer</extracomment>
        <translation>The server {host} did not answer within {seconds} s: server unreachable for now.</translation>
    </message>
    <message>
        <source>Certificat du serveur non valide ({host}) : la connexion a été refusée.</source>
        <extracomment>sync-tls</extracomment>
        <translation>Invalid server certificate ({host}): the connection was refused.</translation>
    </message>
    <message>
        <source>Certificat du serveur non valide ({host}) : il n&apos;est signé par aucune autorité reconnue par cet ordinateur (indiquez le fichier des autorités si vous lui faites confiance).</source>
        <extracomment>sync-tls-authority</extracomment>
        <translation>Invalid server certificate ({host}): it is not signed by any authority this computer recognises (give the authorities file if you trust it).</translation>
    </message>
    <message>
        <source>Certificat du serveur non valide ({host}) : il a expiré ou n&apos;est pas encore valable.</source>
        <extracomment>sync-tls-expired</extracomment>
        <translation>Invalid server certificate ({host}): it has expired or is not valid yet.</translation>
    </message>
    <message>
        <source>Certificat du serveur non valide ({host}) : il a été délivré pour une autre adresse.</source>
        <extracomment>sync-tls-name</extracomment>
        <translation>Invalid server certificate ({host}): it was issued for another address.</translation>
    </message>
    <message>
        <source>Connexion sécurisée impossible avec {host} : le serveur ne parle pas https à cette adresse.</source>
        <extracomment>sync-tls-handshake</extracomment>
        <translation>Secure connection to {host} impossible: the server does not speak https at this address.</translation>
    </message>
    <message>
        <source>Le serveur a répondu {code}.</source>
        <extracomment>sync-status</extracomment>
        <translation>The server answered {code}.</translation>
    </message>
    <message>
        <source>Le serveur {host} renvoie vers une autre adresse ({location}) : vérifiez l&apos;adresse du serveur.</source>
        <extracomment>sync-redirect</extracomment>
        <translation>The server {host} redirects to another address ({location}): check the server address.</translation>
    </message>
    <message>
        <source>L&apos;adresse {url} ne ressemble pas à un serveur FHIR : {url}/metadata ne donne pas de CapabilityStatement.</source>
        <extracomment>sync-not-fhir</extracomment>
        <translation>The address {url} does not look like a FHIR server: {url}/metadata gives no CapabilityStatement.</translation>
    </message>
    <message>
        <source>L&apos;adresse {url} ne ressemble pas à un serveur FHIR ({url}/metadata ne donne pas de CapabilityStatement) : essayez {suggestion}.</source>
        <extracomment>sync-not-fhir-try</extracomment>
        <translation>The address {url} does not look like a FHIR server ({url}/metadata gives no CapabilityStatement): try {suggestion}.</translation>
    </message>
    <message>
        <source>Le serveur {host} a répondu autre chose que du JSON FHIR ({content_type}) : un portail de connexion ou un proxy s&apos;interpose peut-être.</source>
        <extracomment>sync-not-json</extracomment>
        <translation>The server {host} answered something other than FHIR JSON ({content_type}): a login portal or a proxy may be in the way.</translation>
    </message>
    <message>
        <source>Le serveur {host} a envoyé une réponse de plus de {size} Mo : elle n&apos;a pas été lue.</source>
        <extracomment>sync-too-large</extracomment>
        <translation>The server {host} sent an answer larger than {size} MB: it was not read.</translation>
    </message>
    <message>
        <source>Le serveur {host} a envoyé du JSON imbriqué sur plus de {count} niveaux : il n&apos;a pas été lu.</source>
        <extracomment>sync-too-deep</extracomment>
        <translation>The server {host} sent JSON nested more than {count} levels deep: it was not read.</translation>
    </message>
    <message>
        <source>Le serveur {host} a envoyé autre chose qu&apos;une ressource FHIR (objet JSON attendu).</source>
        <extracomment>sync-not-resource</extracomment>
        <translation>The server {host} sent something other than a FHIR resource (a JSON object was expected).</translation>
    </message>
    <message>
        <source>Le serveur {host} a envoyé une ressource {found} au lieu de {expected}.</source>
        <extracomment>sync-wrong-resource</extracomment>
        <translation>The server {host} sent a {found} resource instead of {expected}.</translation>
    </message>
    <message>
        <source>Le serveur {host} a envoyé une ressource mal formée ({what}, élément {path}).</source>
        <extracomment>sync-malformed</extracomment>
        <translation>The server {host} sent a malformed resource ({what}, element {path}).</translation>
    </message>
    <message>
        <source>Le serveur {host} place la page suivante sur une autre adresse ({location}) : elle n&apos;est pas suivie.</source>
        <extracomment>sync-next-foreign</extracomment>
        <translation>The server {host} puts the next page on another address ({location}): it is not followed.</translation>
    </message>
    <message>
        <source>Le serveur {host} renvoie vers une page déjà lue : la lecture des pages s&apos;arrête.</source>
        <extracomment>sync-next-loop</extracomment>
        <translation>The server {host} points back to a page already read: paging stops.</translation>
    </message>
    <message>
        <source>Le serveur {host} a envoyé plus de {count} pages : la lecture des pages s&apos;arrête.</source>
        <extracomment>sync-too-many-pages</extracomment>
        <translation>The server {host} sent more than {count} pages: paging stops.</translation>
    </message>
    <message>
        <source>Le serveur n&apos;accepte de modifier les ressources {what} ni par PUT ni par PATCH (JSON Patch) : la modification reste en attente d&apos;envoi.</source>
        <extracomment>sync-update-unsupported</extracomment>
        <translation>The server accepts no change of {what} resources, neither by PUT nor by PATCH (JSON Patch): the change waits to be sent.</translation>
    </message>
    <message>
        <source>Le serveur n&apos;accepte de modifier les ressources {what} que par PATCH FHIRPath, que cette version n&apos;envoie pas : la modification reste en attente d&apos;envoi.</source>
        <extracomment>sync-patch-fhirpath-only</extracomment>
        <translation>The server accepts changes of {what} resources only by FHIRPath Patch, which this version does not send: the change waits to be sent.</translation>
    </message>
    <message>
        <source>Le serveur n&apos;accepte pas la création de ressources {what} : la création reste en attente d&apos;envoi.</source>
        <extracomment>sync-create-unsupported</extracomment>
        <translation>The server does not accept the creation of {what} resources: the creation waits to be sent.</translation>
    </message>
    <message>
        <source>Le serveur n&apos;accepte pas la suppression de ressources {what} : la suppression reste en attente d&apos;envoi.</source>
        <extracomment>sync-delete-unsupported</extracomment>
        <translation>The server does not accept the deletion of {what} resources: the deletion waits to be sent.</translation>
    </message>
    <message>
        <source>Le serveur annonce son service de jetons sur une autre adresse ({host}) : le mot de passe n&apos;y est pas envoyé.</source>
        <extracomment>sync-token-foreign</extracomment>
        <translation>The server announces its token service on another address ({host}): the password is not sent there.</translation>
    </message>
    <message>
        <source>Requête vers {host} bloquée : elle aurait emporté les identifiants du serveur {server} hors de celui-ci.</source>
        <extracomment>sync-credential-foreign</extracomment>
        <translation>Request to {host} blocked: it would have carried the credentials of the server {server} away from it.</translation>
    </message>
    <message>
        <source>Le service de jetons ({host}) a répondu autre chose qu&apos;un jeton.</source>
        <extracomment>sync-token-garbage</extracomment>
        <translation>The token service ({host}) answered something other than a token.</translation>
    </message>
    <message>
        <source>Périmètre inconnu : ni cet espace de travail ni votre compte ne désignent de structure. Donnez les numéros FINESS des EJ ou EG à suivre (ror-referent sync --finess N).</source>
        <extracomment>sync-no-perimeter</extracomment>
        <translation>Unknown perimeter: neither this workspace nor your account names a structure. Give the FINESS numbers of the EJ or EG to follow (ror-referent sync --finess N).</translation>
    </message>
    <message>
        <source>Mot de passe du serveur ROR inconnu : enregistrez-le dans le trousseau du système ou donnez-le dans la variable d&apos;environnement {variable}.</source>
        <extracomment>auth-password-unknown</extracomment>
        <translation>ROR server password unknown: save it in the system keyring or give it in the environment variable {variable}.</translation>
    </message>
    <message>
        <source>Identifiant et mot de passe sont obligatoires.</source>
        <extracomment>account-missing</extracomment>
        <translation>Identifier and password are required.</translation>
    </message>
    <message>
        <source>Certificat illisible : {reason}</source>
        <extracomment>account-certificate</extracomment>
        <translation>Unreadable certificate: {reason}</translation>
    </message>
    <message>
        <source>Serveur injoignable : le compte n&apos;a pas pu être vérifié ({name}).</source>
        <extracomment>account-transport</extracomment>
        <translation>Server unreachable: the account could not be checked ({name}).</translation>
    </message>
    <message>
        <source>Le serveur a refusé l&apos;identifiant « {user} » ou son mot de passe.</source>
        <extracomment>auth-refused</extracomment>
        <translation>The server refused the user name “{user}” or its password.</translation>
    </message>
    <message>
        <source>Le serveur refuse l&apos;accès : identifiant ou mot de passe à vérifier.</source>
        <extracomment>auth-denied</extracomment>
        <translation>The server refuses access: check the user name and password.</translation>
    </message>
    <message>
        <source>Espace de travail introuvable : {path}</source>
        <extracomment>workspace-not-found</extracomment>
        <translation>Workspace not found: {path}</translation>
    </message>
    <message>
        <source>{path} est un dossier, pas un espace de travail.</source>
        <extracomment>workspace-is-folder</extracomment>
        <translation>{path} is a folder, not a workspace.</translation>
    </message>
    <message>
        <source>{path} n&apos;est pas un espace de travail ROR Référent.</source>
        <extracomment>workspace-foreign</extracomment>
        <translation>{path} is not a ROR Référent workspace.</translation>
    </message>
    <message>
        <source>L&apos;espace de travail {path} est endommagé ou illisible : il n&apos;a pas été modifié.</source>
        <extracomment>workspace-damaged</extracomment>
        <translation>The workspace {path} is damaged or unreadable: it was not changed.</translation>
    </message>
    <message>
        <source>L&apos;espace de travail {name} a été créé par une version plus récente de ROR Référent (schéma {revision}). Mettez l&apos;application à jour pour l&apos;ouvrir.</source>
        <extracomment>workspace-newer</extracomment>
        <translation>The workspace {name} was made by a newer version of ROR Référent (schema {revision}). Update the application to open it.</translation>
    </message>
    <message>
        <source>Le fichier {path} existe déjà.</source>
        <extracomment>workspace-exists</extracomment>
        <translation>The file {path} already exists.</translation>
    </message>
    <message>
        <source>L&apos;espace de travail {path} ne peut pas être écrit (fichier en lecture seule ou disque plein).</source>
        <extracomment>workspace-readonly</extracomment>
        <translation>The workspace {path} cannot be written (read-only file or full disk).</translation>
    </message>
    <message>
        <source>Fichier FINESS introuvable : {name}.</source>
        <extracomment>finess-not-found</extracomment>
        <translation>FINESS file not found: {name}.</translation>
    </message>
    <message>
        <source>{name} est un dossier, pas une extraction FINESS.</source>
        <extracomment>finess-folder</extracomment>
        <translation>{name} is a folder, not a FINESS extract.</translation>
    </message>
    <message>
        <source>Le fichier {name} ne peut pas être lu.</source>
        <extracomment>finess-unreadable</extracomment>
        <translation>The file {name} cannot be read.</translation>
    </message>
    <message>
        <source>Le fichier {name} est vide.</source>
        <extracomment>finess-empty</extracomment>
        <translation>The file {name} is empty.</translation>
    </message>
    <message>
        <source>Le fichier {name} est binaire (octets nuls) : ce n&apos;est pas une extraction FINESS.</source>
        <extracomment>finess-binary</extracomment>
        <translation>The file {name} is binary (null bytes): it is not a FINESS extract.</translation>
    </message>
    <message>
        <source>Le fichier {name} n&apos;est pas une extraction FINESS (ni ligne « finess;etalab », ni ligne « structureet »).</source>
        <extracomment>finess-not-extract</extracomment>
        <translation>The file {name} is not a FINESS extract (no “finess;etalab” line and no “structureet” line).</translation>
    </message>
    <message>
        <source>Le fichier {name} s&apos;arrête au milieu d&apos;une ligne : son téléchargement a été interrompu, téléchargez-le à nouveau.</source>
        <extracomment>finess-cut</extracomment>
        <translation>The file {name} stops in the middle of a line: its download was cut short, download it again.</translation>
    </message>
    <message>
        <source>Import FINESS annulé : rien n&apos;a été importé.</source>
        <extracomment>finess-cancelled</extracomment>
        <translation>FINESS import cancelled: nothing was imported.</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <location filename="../app/views/capacities/reminder_settings.py" line="17"/>
        <source>Rappel des chiffres anciens</source>
        <translation>Reminder of old figures</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/reminder_settings.py" line="20"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/reminder_settings.py" line="24"/>
        <source> jours</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/reminder_settings.py" line="30"/>
        <source>Rappeler les disponibles après</source>
        <translation>Remind about available after</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/reminder_settings.py" line="31"/>
        <source>Rappeler les installés après</source>
        <translation>Remind about installed after</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <location filename="../app/views/dialogs.py" line="207"/>
        <source>Renommer</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="215"/>
        <source>Suggestion (règle de nommage) : « {0} »</source>
        <translation>Suggestion (naming rule): “{0}”</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="217"/>
        <source>Appliquer</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="228"/>
        <source>Nouveau nom</source>
        <translation>New name</translation>
    </message>
</context>
<context>
    <name>RepeatGroupWidget</name>
    <message>
        <location filename="../app/views/forms/group_widgets.py" line="87"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../app/views/forms/group_widgets.py" line="88"/>
        <source>Supprimer ce bloc</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../app/views/forms/group_widgets.py" line="90"/>
        <source>Supprimer le bloc {0}</source>
        <translation>Remove block {0}</translation>
    </message>
    <message>
        <location filename="../app/views/forms/group_widgets.py" line="129"/>
        <source>un élément</source>
        <translation>an item</translation>
    </message>
    <message>
        <location filename="../app/views/forms/group_widgets.py" line="130"/>
        <source>Ajouter : {0}</source>
        <translation>Add: {0}</translation>
    </message>
</context>
<context>
    <name>RowMenu</name>
    <message>
        <location filename="../app/views/capacities/row_menu.py" line="30"/>
        <source>Garder mes chiffres et les renvoyer</source>
        <translation>Keep my figures and send them again</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/row_menu.py" line="31"/>
        <source>Prendre les chiffres du serveur</source>
        <translation>Take the server&apos;s figures</translation>
    </message>
</context>
<context>
    <name>SearchPicker</name>
    <message>
        <location filename="../app/views/forms/search_picker.py" line="46"/>
        <source>Tapez pour chercher…</source>
        <translation>Type to search…</translation>
    </message>
    <message>
        <location filename="../app/views/forms/search_picker.py" line="58"/>
        <source>Voir la liste</source>
        <translation>Show the list</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="66"/>
        <source>Connexion au serveur ROR</source>
        <translation>Connection to the ROR server</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="72"/>
        <source>laisser vide pour garder celui du trousseau</source>
        <translation>leave empty to keep the one in the keyring</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="77"/>
        <source>Adresse du serveur</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="78"/>
        <source>Identifiant</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="79"/>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="80"/>
        <source>Autorités de certification (facultatif)</source>
        <translation>Certificate authorities (optional)</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="81"/>
        <source>Certificat client (facultatif)</source>
        <translation>Client certificate (optional)</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="82"/>
        <source>Clé du certificat client (facultatif)</source>
        <translation>Client certificate key (optional)</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="83"/>
        <source>Le mot de passe est gardé dans le trousseau du système, jamais dans l&apos;espace de travail. Le certificat du serveur est toujours vérifié.</source>
        <translation>The password is kept in the system keyring, never in the workspace. The server&apos;s certificate is always verified.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="90"/>
        <source>Se connecter</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="90"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="98"/>
        <source>Parcourir…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="105"/>
        <source>Choisir un fichier</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="106"/>
        <source>Certificats (*.pem *.crt *.cer *.key);;Tous les fichiers (*)</source>
        <translation>Certificates (*.pem *.crt *.cer *.key);;All files (*)</translation>
    </message>
</context>
<context>
    <name>SupportBundleDialog</name>
    <message>
        <location filename="../app/views/support_bundle.py" line="65"/>
        <source>Créer un paquet pour le support</source>
        <translation>Create a bundle for support</translation>
    </message>
    <message>
        <location filename="../app/views/support_bundle.py" line="67"/>
        <source>Le paquet contient une copie de l&apos;espace de travail, le journal des synchronisations, les journaux récents de l&apos;application, les versions utilisées, l&apos;adresse du serveur et votre identifiant. Il ne contient aucun mot de passe ni aucun jeton de connexion.</source>
        <translation>The bundle holds a copy of the workspace, the sync journal, the application&apos;s recent logs, the versions in use, the server address and your user name. It holds no password and no login token.</translation>
    </message>
    <message>
        <location filename="../app/views/support_bundle.py" line="72"/>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../app/views/support_bundle.py" line="77"/>
        <source>Pseudonymiser les données personnelles</source>
        <translation>Pseudonymise personal data</translation>
    </message>
    <message>
        <location filename="../app/views/support_bundle.py" line="79"/>
        <source>Remplace les noms, téléphones et courriels des personnes (contacts des fiches) par des valeurs fictives ; les données des établissements sont gardées.</source>
        <translation>Replaces the names, phone numbers and e-mail addresses of people (the fiches&apos; contacts) with made-up values; establishment data is kept.</translation>
    </message>
    <message>
        <location filename="../app/views/support_bundle.py" line="85"/>
        <source>Créer le paquet</source>
        <translation>Create the bundle</translation>
    </message>
    <message>
        <location filename="../app/views/support_bundle.py" line="91"/>
        <source>Fichier du paquet :</source>
        <translation>Bundle file:</translation>
    </message>
    <message>
        <location filename="../app/views/support_bundle.py" line="107"/>
        <source>Création du paquet… Patientez jusqu&apos;à la fin.</source>
        <translation>Creating the bundle… Please wait until it is done.</translation>
    </message>
    <message>
        <location filename="../app/views/support_bundle.py" line="112"/>
        <source>Enregistrer le paquet pour le support</source>
        <translation>Save the bundle for support</translation>
    </message>
    <message>
        <location filename="../app/views/support_bundle.py" line="113"/>
        <source>Paquet zip (*.zip)</source>
        <translation>Zip bundle (*.zip)</translation>
    </message>
    <message>
        <location filename="../app/views/support_bundle.py" line="123"/>
        <source>Choisissez d&apos;abord le fichier du paquet.</source>
        <translation>Choose the bundle file first.</translation>
    </message>
    <message>
        <location filename="../app/views/support_bundle.py" line="128"/>
        <source>Création du paquet…</source>
        <translation>Creating the bundle…</translation>
    </message>
    <message>
        <location filename="../app/views/support_bundle.py" line="138"/>
        <source>Paquet pour le support écrit : {0} ({1}).</source>
        <translation>Bundle for support written: {0} ({1}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/support_bundle.py" line="140"/>
        <source>Données personnelles remplacées : %n valeur(s).</source>
        <translation>
            <numerusform>Personal data replaced: %n value.</numerusform>
            <numerusform>Personal data replaced: %n values.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/support_bundle.py" line="144"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../app/views/support_bundle.py" line="153"/>
        <source>Impossible d&apos;écrire le paquet {0} : {1}</source>
        <translation>Cannot write the bundle {0}: {1}</translation>
    </message>
    <message>
        <location filename="../app/views/support_bundle.py" line="167"/>
        <source>Ouvrez d&apos;abord un espace de travail.</source>
        <translation>Open a workspace first.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../app/views/sync_actions.py" line="48"/>
        <source>&amp;Connexion au serveur…</source>
        <translation>&amp;Connect to the server…</translation>
    </message>
    <message>
        <location filename="../app/views/sync_actions.py" line="49"/>
        <source>Adresse du serveur ROR, identifiant et mot de passe</source>
        <translation>ROR server address, identifier and password</translation>
    </message>
    <message>
        <location filename="../app/views/sync_actions.py" line="51"/>
        <source>&amp;Synchroniser</source>
        <translation>&amp;Synchronise</translation>
    </message>
    <message>
        <location filename="../app/views/sync_actions.py" line="52"/>
        <source>Envoyer les modifications et recevoir celles du serveur (F5)</source>
        <translation>Send the changes and receive the server&apos;s (F5)</translation>
    </message>
    <message>
        <location filename="../app/views/sync_actions.py" line="54"/>
        <source>&amp;Envoyer pour validation…</source>
        <translation>S&amp;end for validation…</translation>
    </message>
    <message>
        <location filename="../app/views/sync_actions.py" line="55"/>
        <source>Envoyer le dossier de l&apos;établissement choisi au validateur (Ctrl+Maj+V)</source>
        <translation>Send the chosen establishment&apos;s dossier to the validator (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../app/views/sync_actions.py" line="57"/>
        <source>&amp;Résoudre les conflits…</source>
        <translation>&amp;Resolve conflicts…</translation>
    </message>
    <message>
        <location filename="../app/views/sync_actions.py" line="58"/>
        <source>Choisir entre votre version et celle du serveur</source>
        <translation>Choose between your version and the server&apos;s</translation>
    </message>
    <message>
        <location filename="../app/views/sync_actions.py" line="60"/>
        <source>Synchroniser</source>
        <translation>Synchronise</translation>
    </message>
    <message>
        <location filename="../app/views/sync_actions.py" line="61"/>
        <source>Envoyer pour validation</source>
        <translation>Send for validation</translation>
    </message>
    <message>
        <location filename="../app/views/sync_actions.py" line="62"/>
        <source>Ser&amp;veur</source>
        <translation>Ser&amp;ver</translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="20"/>
        <source>Serveur injoignable : les modifications restent en attente et partiront dès son retour.</source>
        <translation>Server unreachable: changes wait and will leave as soon as it is back.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="27"/>
        <source>Vérification du serveur…</source>
        <translation>Checking the server…</translation>
    </message>
    <message>
        <location filename="../app/views/sync_watch.py" line="62"/>
        <source>Serveur de nouveau joignable : envoi des modifications en attente.</source>
        <translation>Server reachable again: sending the waiting changes.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="36"/>
        <source>Synchronisation terminée : {0} modification(s) directe(s) envoyée(s), {1} reçue(s), {2} conflit(s).</source>
        <translation>Synchronisation done: {0} direct change(s) sent, {1} received, {2} conflict(s).</translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="54"/>
        <source>envoi des modifications</source>
        <translation>sending changes</translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="55"/>
        <source>envoi du dossier</source>
        <translation>sending the dossier</translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="56"/>
        <source>réception</source>
        <translation>receiving</translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="57"/>
        <source>vérification des unités du serveur</source>
        <translation>checking the server&apos;s units</translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="60"/>
        <source>Synchronisation : {0} ({1})</source>
        <translation>Synchronisation: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../app/views/sync_connection.py" line="38"/>
        <source>Ouvrez d&apos;abord un espace de travail.</source>
        <translation>Open a workspace first.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_connection.py" line="42"/>
        <source>Adresse de serveur invalide : elle commence par https://</source>
        <translation>Invalid server address: it starts with https://</translation>
    </message>
    <message>
        <location filename="../app/views/sync_connection.py" line="46"/>
        <source>L&apos;identifiant est obligatoire.</source>
        <translation>The identifier is required.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_connection.py" line="74"/>
        <source>Mot de passe obligatoire : aucun n&apos;est enregistré pour ce compte.</source>
        <translation>Password required: none is stored for this account.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_connection.py" line="78"/>
        <location filename="../app/views/sync_sending.py" line="122"/>
        <source>Le serveur a refusé l&apos;identifiant « {0} » ou son mot de passe.</source>
        <translation>The server refused the identifier “{0}” or its password.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_connection.py" line="88"/>
        <source>Pas de trousseau système : le mot de passe est gardé en mémoire jusqu&apos;à la fermeture de l&apos;application.</source>
        <translation>No system keyring: the password is kept in memory until the application closes.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_connection.py" line="92"/>
        <source>Connecté à {0}</source>
        <translation>Connected to {0}</translation>
    </message>
    <message>
        <location filename="../app/views/sync_connection.py" line="98"/>
        <source>Serveur injoignable : la connexion sera vérifiée dès qu&apos;il répondra.</source>
        <translation>Server unreachable: the connection will be checked as soon as it answers.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="175"/>
        <source>Synchronisation…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="214"/>
        <source>La synchronisation n&apos;a pas abouti : {0}</source>
        <translation>The synchronisation did not complete: {0}</translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="33"/>
        <source>Hors ligne : {0} modification(s) en attente d&apos;envoi.</source>
        <translation>Offline: {0} change(s) waiting to be sent.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="40"/>
        <source>Dossier envoyé pour validation.</source>
        <translation>Dossier sent for validation.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="42"/>
        <source>{0} dossier(s) validé(s) et publié(s).</source>
        <translation>{0} dossier(s) validated and published.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="45"/>
        <source>{0} dossier(s) refusé(s) par le validateur.</source>
        <translation>{0} dossier(s) rejected by the validator.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="48"/>
        <source>Erreur : {0}</source>
        <translation>Error: {0}</translation>
    </message>
    <message>
        <location filename="../app/views/sync_conflicts.py" line="69"/>
        <source>Aucun conflit à résoudre.</source>
        <translation>No conflict to resolve.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_conflicts.py" line="91"/>
        <source>(encore {0} après celui-ci)</source>
        <translation>({0} more after this one)</translation>
    </message>
    <message>
        <location filename="../app/views/sync_conflicts.py" line="104"/>
        <source>Conflit laissé en attente : « Serveur &gt; Résoudre les conflits… » pour y revenir.</source>
        <translation>Conflict left pending: “Server &gt; Resolve conflicts…” to come back to it.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_conflicts.py" line="121"/>
        <source>Conflit résolu : {0}</source>
        <translation>Conflict resolved: {0}</translation>
    </message>
    <message>
        <location filename="../app/views/sync_sending.py" line="41"/>
        <source>Choisissez un établissement ou une de ses unités pour envoyer son dossier.</source>
        <translation>Choose an establishment or one of its units to send its dossier.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_sending.py" line="82"/>
        <source>Dossier prêt : envoi au serveur…</source>
        <translation>Dossier ready: sending to the server…</translation>
    </message>
    <message>
        <location filename="../app/views/sync_sending.py" line="85"/>
        <source>Dossier prêt, en attente d&apos;envoi (hors ligne) : il partira dès que le serveur sera joignable.</source>
        <translation>Dossier ready, waiting to be sent (offline): it will leave as soon as the server is reachable.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_sending.py" line="102"/>
        <source>Connectez-vous d&apos;abord au serveur : le compte Direction y est vérifié.</source>
        <translation>Connect to the server first: the management account is checked there.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_sending.py" line="106"/>
        <source>Identifiant et mot de passe du compte Direction sont obligatoires.</source>
        <translation>The management account&apos;s identifier and password are required.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_sending.py" line="110"/>
        <source>La confirmation doit venir d&apos;un compte Direction, pas du compte du référent ({0}).</source>
        <translation>The confirmation must come from a management account, not from the referent&apos;s account ({0}).</translation>
    </message>
    <message>
        <location filename="../app/views/sync_sending.py" line="125"/>
        <source>Serveur injoignable : le compte Direction n&apos;a pas pu être vérifié. Le dossier attend cette confirmation.</source>
        <translation>Server unreachable: the management account could not be checked. The dossier waits for this confirmation.</translation>
    </message>
</context>
<context>
    <name>TimeWidget</name>
    <message>
        <location filename="../app/views/forms/time_widgets.py" line="121"/>
        <source>Heure invalide : « {0} » ; tapez par exemple 08:30 (de 00:00 à 23:59).</source>
        <translation>Invalid time: “{0}”; type for example 08:30 (from 00:00 to 23:59).</translation>
    </message>
    <message>
        <location filename="../app/views/forms/time_widgets.py" line="142"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
</context>
<context>
    <name>TreeActions</name>
    <message>
        <location filename="../app/views/tree_actions.py" line="81"/>
        <location filename="../app/views/tree_actions.py" line="107"/>
        <source>Une {0} ne peut rien contenir.</source>
        <translation>A {0} cannot contain anything.</translation>
    </message>
    <message>
        <location filename="../app/views/tree_actions.py" line="170"/>
        <source>Supprimer « {0} » ?</source>
        <translation>Delete “{0}”?</translation>
    </message>
    <message>
        <location filename="../app/views/tree_actions.py" line="172"/>
        <source>Les {0} unité(s) qu&apos;elle contient seront supprimées aussi.</source>
        <translation>The {0} unit(s) it contains will be deleted too.</translation>
    </message>
    <message>
        <location filename="../app/views/tree_actions.py" line="173"/>
        <source>Vous pourrez annuler avec Ctrl+Z.</source>
        <translation>You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../app/views/tree_actions.py" line="174"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>TreeMarks</name>
    <message>
        <location filename="../app/views/tree_marks.py" line="52"/>
        <source>{0} finalisée(s)</source>
        <translation>{0} finalised</translation>
    </message>
    <message>
        <location filename="../app/views/tree_marks.py" line="54"/>
        <source>{0} brouillon(s)</source>
        <translation>{0} draft(s)</translation>
    </message>
    <message>
        <location filename="../app/views/tree_marks.py" line="56"/>
        <source>{0} avec problème(s)</source>
        <translation>{0} with problems</translation>
    </message>
    <message>
        <location filename="../app/views/tree_marks.py" line="58"/>
        <source>{0} en conflit</source>
        <translation>{0} in conflict</translation>
    </message>
    <message>
        <location filename="../app/views/tree_marks.py" line="59"/>
        <source>{0} fiche(s) : {1}</source>
        <translation>{0} fiche(s): {1}</translation>
    </message>
    <message>
        <location filename="../app/views/tree_marks.py" line="61"/>
        <source>Toutes les fiches sont finalisées</source>
        <translation>Every fiche is finalised</translation>
    </message>
    <message>
        <location filename="../app/views/tree_marks.py" line="63"/>
        <source>Dossier chez le validateur</source>
        <translation>Dossier with the validator</translation>
    </message>
</context>
<context>
    <name>TreeModel</name>
    <message>
        <location filename="../app/views/tree_model.py" line="156"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/views/tree_model.py" line="158"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../app/views/tree_model.py" line="199"/>
        <source>FINESS : {0}</source>
        <translation>FINESS: {0}</translation>
    </message>
    <message>
        <location filename="../app/views/tree_model.py" line="201"/>
        <source>Champ d&apos;activité : {0}</source>
        <translation>Field of activity: {0}</translation>
    </message>
    <message>
        <location filename="../app/views/tree_model.py" line="203"/>
        <source>Statut : {0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <location filename="../app/views/tree_model.py" line="205"/>
        <source>{0} problème(s) à corriger</source>
        <translation>{0} problem(s) to fix</translation>
    </message>
    <message>
        <location filename="../app/views/tree_model.py" line="208"/>
        <source>Conflit : la fiche a été modifiée sur le serveur, choisissez la version à garder</source>
        <translation>Conflict: the record was changed on the server; choose the version to keep</translation>
    </message>
    <message>
        <location filename="../app/views/tree_model.py" line="211"/>
        <source>Commentaire du validateur : {0}</source>
        <translation>Validator&apos;s comment: {0}</translation>
    </message>
</context>
<context>
    <name>TreeSide</name>
    <message>
        <location filename="../app/views/tree_side.py" line="101"/>
        <source>Filtrer : nom, n° FINESS, département, champ d&apos;activité (Ctrl+F)</source>
        <translation>Filter: name, FINESS number, département, field of activity (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../app/views/tree_side.py" line="103"/>
        <source>Mes établissements</source>
        <translation>My establishments</translation>
    </message>
    <message>
        <location filename="../app/views/tree_side.py" line="104"/>
        <source>Afficher seulement les établissements suivis (Ctrl+Maj+B)</source>
        <translation>Show only the establishments you follow (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <location filename="../app/views/tree_side.py" line="106"/>
        <source>Arborescence du dossier</source>
        <translation>Dossier tree</translation>
    </message>
    <message>
        <location filename="../app/views/tree_side.py" line="107"/>
        <source>Filtrer par état</source>
        <translation>Filter by state</translation>
    </message>
    <message>
        <location filename="../app/views/tree_side.py" line="108"/>
        <source>Montrer seulement les unités dans cet état (avec le filtre de texte)</source>
        <translation>Show only the units in this state (with the text filter)</translation>
    </message>
    <message>
        <location filename="../app/views/tree_side.py" line="112"/>
        <source>Tous les états</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../app/views/tree_side.py" line="112"/>
        <source>Brouillons</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../app/views/tree_side.py" line="113"/>
        <source>Avec problèmes</source>
        <translation>With problems</translation>
    </message>
    <message>
        <location filename="../app/views/tree_side.py" line="113"/>
        <source>En conflit</source>
        <translation>In conflict</translation>
    </message>
    <message>
        <location filename="../app/views/tree_side.py" line="114"/>
        <source>Chez le validateur</source>
        <translation>With the validator</translation>
    </message>
    <message>
        <location filename="../app/views/tree_side.py" line="115"/>
        <source>Sans mise à jour depuis un an</source>
        <translation>Not updated for a year</translation>
    </message>
    <message>
        <location filename="../app/views/tree_side.py" line="260"/>
        <source>Lecture des unités…</source>
        <translation>Reading the units…</translation>
    </message>
    <message>
        <location filename="../app/views/tree_side.py" line="263"/>
        <source>{0} unité(s) affichée(s) sur {1}</source>
        <translation>{0} unit(s) shown out of {1}</translation>
    </message>
    <message>
        <location filename="../app/views/tree_side.py" line="265"/>
        <source>{0} unité(s)</source>
        <translation>{0} unit(s)</translation>
    </message>
</context>
<context>
    <name>TypeOffreWidget</name>
    <message>
        <location filename="../app/views/forms/type_filters.py" line="117"/>
        <source>Toutes</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../app/views/forms/type_filters.py" line="121"/>
        <source>Source : {0}</source>
        <translation>Source: {0}</translation>
    </message>
    <message>
        <location filename="../app/views/forms/type_filters.py" line="158"/>
        <source>{0} type(s)</source>
        <translation>{0} type(s)</translation>
    </message>
    <message>
        <location filename="../app/views/forms/type_filters.py" line="165"/>
        <source>Discipline :</source>
        <translation>Discipline:</translation>
    </message>
    <message>
        <location filename="../app/views/forms/type_filters.py" line="166"/>
        <source>Spécialité / besoins :</source>
        <translation>Speciality / needs:</translation>
    </message>
    <message>
        <location filename="../app/views/forms/type_filters.py" line="167"/>
        <source>Filtrer le type d&apos;UO par discipline</source>
        <translation>Filter the type of unit by discipline</translation>
    </message>
    <message>
        <location filename="../app/views/forms/type_filters.py" line="168"/>
        <source>Filtrer le type d&apos;UO par spécialité ou catégorie de besoins</source>
        <translation>Filter the type of unit by speciality or category of needs</translation>
    </message>
    <message>
        <location filename="../app/views/forms/type_filters.py" line="169"/>
        <source>Ne proposer que les types d&apos;UO de cette discipline</source>
        <translation>Offer only the types of unit of this discipline</translation>
    </message>
    <message>
        <location filename="../app/views/forms/type_filters.py" line="170"/>
        <source>Ne proposer que les types d&apos;UO de cette spécialité ou de cette catégorie de besoins (public, pathologie)</source>
        <translation>Offer only the types of unit of this speciality or category of needs (people cared for, condition)</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../app/views/window_actions.py" line="122"/>
        <source>Créer une ou plusieurs unités sous l&apos;unité choisie (Inser)</source>
        <translation>Create one or more units under the chosen unit (Ins)</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="123"/>
        <source>Renommer l&apos;unité, avec la règle de nommage (F2)</source>
        <translation>Rename the unit, with the naming rule (F2)</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="124"/>
        <source>Copier l&apos;unité avec son contenu (Ctrl+D)</source>
        <translation>Copy the unit with its content (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="125"/>
        <source>Ranger l&apos;unité sous un autre parent (Ctrl+M)</source>
        <translation>Put the unit under another parent (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="126"/>
        <source>Supprimer l&apos;unité et ce qu&apos;elle contient (Suppr)</source>
        <translation>Delete the unit and what it contains (Del)</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="127"/>
        <source>Ajouter ou retirer l&apos;unité de « Mes établissements » (Ctrl+B)</source>
        <translation>Add the unit to or remove it from “My establishments” (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="131"/>
        <source>&amp;Nouvel espace de travail…</source>
        <translation>&amp;New workspace…</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="132"/>
        <source>Créer un espace de travail vide</source>
        <translation>Create an empty workspace</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="133"/>
        <source>&amp;Ouvrir un espace de travail…</source>
        <translation>&amp;Open a workspace…</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="134"/>
        <source>Ouvrir un fichier d&apos;espace de travail</source>
        <translation>Open a workspace file</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="135"/>
        <source>Ouvrir la &amp;démonstration</source>
        <translation>Open the &amp;demo</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="136"/>
        <source>Ouvrir l&apos;espace de démonstration</source>
        <translation>Open the demo workspace</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="137"/>
        <source>&amp;Importer l&apos;extraction FINESS…</source>
        <translation>&amp;Import the FINESS extract…</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="138"/>
        <source>Créer ou mettre à jour les EJ et EG depuis l&apos;extraction publique FINESS (fichier .csv)</source>
        <translation>Create or update legal entities and sites from the public FINESS extract (.csv file)</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="139"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="139"/>
        <source>Fermer ROR Référent</source>
        <translation>Close ROR Référent</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="141"/>
        <source>&amp;Créer…</source>
        <translation>&amp;Create…</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="141"/>
        <source>&amp;Renommer…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="142"/>
        <source>D&amp;upliquer</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="142"/>
        <source>&amp;Déplacer vers…</source>
        <translation>&amp;Move to…</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="143"/>
        <source>&amp;Supprimer…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="144"/>
        <source>Mes é&amp;tablissements</source>
        <translation>My es&amp;tablishments</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="146"/>
        <source>Modification &amp;groupée…</source>
        <translation>&amp;Bulk edit…</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="147"/>
        <source>Modifier en une fois les unités sélectionnées (Ctrl/Maj+clic) ou celles des établissements sélectionnés, avec un aperçu (Ctrl+Maj+G)</source>
        <translation>Change at once the selected units (Ctrl/Shift+click) or those of the selected sites, with a preview (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="149"/>
        <source>&amp;Filtrer l&apos;arborescence</source>
        <translation>&amp;Filter the tree</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="150"/>
        <source>Aller au champ de filtre (Ctrl+F)</source>
        <translation>Go to the filter box (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="151"/>
        <source>Tout &amp;déplier</source>
        <translation>&amp;Expand all</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="152"/>
        <source>Tout &amp;replier</source>
        <translation>&amp;Collapse all</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="153"/>
        <source>Afficher seulement « Mes établissements »</source>
        <translation>Show only “My establishments”</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="154"/>
        <source>Passer de l&apos;arborescence à la fiche</source>
        <translation>Switch between the tree and the record</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="155"/>
        <source>&amp;Tableau de bord des établissements</source>
        <translation>Establishments &amp;dashboard</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="156"/>
        <source>Avancement, problèmes et mise à jour annuelle de chaque EG (Ctrl+Maj+T)</source>
        <translation>Progress, problems and yearly update of each EG (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="157"/>
        <source>&amp;Guide d&apos;utilisation</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="157"/>
        <source>Ouvrir le guide d&apos;utilisation (F1)</source>
        <translation>Open the user guide (F1)</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="158"/>
        <source>Créer un paquet pour le &amp;support…</source>
        <translation>Create a &amp;support bundle…</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="159"/>
        <source>Enregistrer un fichier .zip à transmettre au support ROR (sans aucun mot de passe)</source>
        <translation>Save a .zip file to give to the ROR support (without any password)</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="160"/>
        <source>À &amp;propos de ROR Référent</source>
        <translation>&amp;About ROR Référent</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="161"/>
        <source>À propos de &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="162"/>
        <source>Langue du système</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="165"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="166"/>
        <source>Espaces &amp;récents</source>
        <translation>&amp;Recent workspaces</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="167"/>
        <source>&amp;Édition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="168"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="169"/>
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="170"/>
        <source>A&amp;ide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="171"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="176"/>
        <source>&amp;Annuler {0}</source>
        <translation>&amp;Undo {0}</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="176"/>
        <source>&amp;Annuler</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="177"/>
        <source>&amp;Rétablir {0}</source>
        <translation>&amp;Redo {0}</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="177"/>
        <source>&amp;Rétablir</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="178"/>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="179"/>
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
</context>
<context>
    <name>WorkspaceOpening</name>
    <message>
        <location filename="../app/views/workspace_opening.py" line="43"/>
        <source>Espaces de travail (*.sqlite *.db);;Tous les fichiers (*)</source>
        <translation>Workspaces (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../app/views/workspace_opening.py" line="44"/>
        <source>Ouvrir un espace de travail</source>
        <translation>Open a workspace</translation>
    </message>
    <message>
        <location filename="../app/views/workspace_opening.py" line="50"/>
        <source>Nouvel espace de travail</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <location filename="../app/views/workspace_opening.py" line="51"/>
        <source>Espaces de travail (*.sqlite)</source>
        <translation>Workspaces (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../app/views/workspace_opening.py" line="54"/>
        <source>Le fichier {0} existe déjà : choisissez un autre nom.</source>
        <translation>The file {0} already exists: choose another name.</translation>
    </message>
    <message>
        <location filename="../app/views/workspace_opening.py" line="66"/>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
</context>
</TS>
