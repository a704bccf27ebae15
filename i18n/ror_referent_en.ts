<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>Banner</name>
    <message>
        <location filename="../app/views/fiche_pane.py" line="55" />
        <source>Dossier refusé</source>
        <translation>Dossier rejected</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="58" />
        <source>Commentaires du validateur :</source>
        <translation>Validator's comments:</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="65" />
        <source>les fiches ne peuvent pas être modifiées avant la réponse du validateur.</source>
        <translation>the records cannot be changed until the validator answers.</translation>
    </message>
</context>
<context>
    <name>BooleanWidget</name>
    <message>
        <location filename="../app/views/forms/field_widgets.py" line="247" />
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../app/views/forms/field_widgets.py" line="248" />
        <source>Non</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <location filename="../app/views/forms/choice_widgets.py" line="214" />
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>ChoiceWidget</name>
    <message>
        <location filename="../app/views/forms/choice_widgets.py" line="113" />
        <source>« {0} » n'est pas dans la liste : choisissez une valeur proposée</source>
        <translation>“{0}” is not in the list: choose one of the values offered</translation>
    </message>
    <message>
        <location filename="../app/views/forms/choice_widgets.py" line="180" />
        <source>(hors liste)</source>
        <translation>(not in the list)</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../app/views/commands.py" line="50" />
        <source>Créer « {0} »</source>
        <translation>Create “{0}”</translation>
    </message>
    <message>
        <location filename="../app/views/commands.py" line="51" />
        <source>Créer {0} unités</source>
        <translation>Create {0} units</translation>
    </message>
    <message>
        <location filename="../app/views/commands.py" line="69" />
        <source>Renommer « {0} » en « {1} »</source>
        <translation>Rename “{0}” to “{1}”</translation>
    </message>
    <message>
        <location filename="../app/views/commands.py" line="82" />
        <source>Déplacer « {0} »</source>
        <translation>Move “{0}”</translation>
    </message>
    <message>
        <location filename="../app/views/commands.py" line="96" />
        <source>Dupliquer « {0} »</source>
        <translation>Duplicate “{0}”</translation>
    </message>
    <message>
        <location filename="../app/views/commands.py" line="113" />
        <source>Supprimer « {0} »</source>
        <translation>Delete “{0}”</translation>
    </message>
    <message>
        <location filename="../app/views/commands.py" line="125" />
        <source>Ajouter « {0} » à Mes établissements</source>
        <translation>Add “{0}” to My establishments</translation>
    </message>
    <message>
        <location filename="../app/views/commands.py" line="126" />
        <source>Retirer « {0} » de Mes établissements</source>
        <translation>Remove “{0}” from My establishments</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../app/views/controller.py" line="141" />
        <source>Erreur inattendue : {0}</source>
        <translation>Unexpected error: {0}</translation>
    </message>
</context>
<context>
    <name>CreateDialog</name>
    <message>
        <location filename="../app/views/dialogs.py" line="65" />
        <source>Créer sous « {0} »</source>
        <translation>Create under “{0}”</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="70" />
        <source>Nom de l'unité</source>
        <translation>Name of the unit</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="73" />
        <source>Avec plusieurs unités, un numéro est ajouté à chaque nom.</source>
        <translation>With several units, a number is added to each name.</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="76" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="77" />
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="78" />
        <source>Nombre</source>
        <translation>Number</translation>
    </message>
</context>
<context>
    <name>FichePane</name>
    <message>
        <location filename="../app/views/fiche_pane.py" line="117" />
        <source>Choisissez une unité dans l'arborescence pour voir sa fiche.</source>
        <translation>Choose a unit in the tree to see its record.</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="121" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="122" />
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="125" />
        <source>N° FINESS</source>
        <translation>FINESS number</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="127" />
        <location filename="../app/views/fiche_pane.py" line="171" />
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="129" />
        <source>Domaine</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="131" />
        <source>Champ d'activité</source>
        <translation>Field of activity</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="133" />
        <source>Type d'offre</source>
        <translation>Type of offer</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="137" />
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="138" />
        <source>Envoyée au ROR</source>
        <translation>Sent to the ROR</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="138" />
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="138" />
        <source>non, jamais</source>
        <translation>no, never</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="140" />
        <source>Modifications locales</source>
        <translation>Local changes</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="140" />
        <source>en attente d'envoi</source>
        <translation>waiting to be sent</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="145" />
        <source>{0} problème(s) à corriger</source>
        <translation>{0} problem(s) to fix</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="147" />
        <source>conflit avec le serveur</source>
        <translation>conflict with the server</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="152" />
        <source>Commentaire du validateur</source>
        <translation>Validator's comment</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="157" />
        <source>Données FINESS (non modifiables ici)</source>
        <translation>FINESS data (read-only here)</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="160" />
        <source>{0} rubrique(s) renseignée(s) dans la fiche.</source>
        <translation>{0} item(s) filled in the record.</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="166" />
        <source>Raison sociale</source>
        <translation>Company name</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="166" />
        <source>Dénomination</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="167" />
        <source>FINESS juridique</source>
        <translation>Legal FINESS</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="167" />
        <source>FINESS géographique</source>
        <translation>Site FINESS</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="168" />
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="168" />
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="168" />
        <source>Statut juridique</source>
        <translation>Legal status</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="169" />
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="169" />
        <source>N° de voie</source>
        <translation>Street number</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="169" />
        <source>Voie</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="170" />
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="170" />
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="171" />
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <location filename="../app/views/forms/form_builder.py" line="64" />
        <source>Donnée non modifiable ici : pour la changer, contactez le support.</source>
        <translation>This value cannot be changed here: to change it, contact support.</translation>
    </message>
</context>
<context>
    <name>FormBuilder</name>
    <message>
        <location filename="../app/views/forms/form_builder.py" line="173" />
        <source>Certaines données viennent de FINESS ou du ROR et ne peuvent pas être modifiées ici : pour les changer, contactez le support.</source>
        <translation>Some values come from FINESS or the ROR and cannot be changed here: to change them, contact support.</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <location filename="../app/views/forms/form_view.py" line="130" />
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_view.py" line="131" />
        <source>Enregistrer la fiche (Ctrl+S)</source>
        <translation>Save the record (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_view.py" line="132" />
        <source>Finaliser</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_view.py" line="133" />
        <location filename="../app/views/forms/form_view.py" line="365" />
        <source>Finaliser la fiche : elle passe au vert dans l'arborescence</source>
        <translation>Finalise the record: it turns green in the tree</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_view.py" line="134" />
        <source>Abandonner ces modifications</source>
        <translation>Discard these changes</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_view.py" line="135" />
        <source>Des modifications non enregistrées ont été retrouvées (sauvegarde automatique) et restaurées. Enregistrez-les ou abandonnez-les.</source>
        <translation>Unsaved changes were found (autosave) and restored. Save or discard them.</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_view.py" line="137" />
        <source>Choisissez une unité dans l'arborescence pour remplir sa fiche.</source>
        <translation>Choose a unit in the tree to fill in its record.</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_view.py" line="171" />
        <source>Erreur inattendue : {0}</source>
        <translation>Unexpected error: {0}</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_view.py" line="344" />
        <source>Modifiée, non enregistrée</source>
        <translation>Changed, not saved</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_view.py" line="347" />
        <source>Finalisée</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_view.py" line="350" />
        <source>Brouillon</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_view.py" line="353" />
        <source>{0} problème(s) à corriger</source>
        <translation>{0} problem(s) to fix</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_view.py" line="356" />
        <source>{0} avertissement(s)</source>
        <translation>{0} warning(s)</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_view.py" line="359" />
        <source>Aucun problème</source>
        <translation>No problem</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_view.py" line="364" />
        <source>Corrigez d'abord les problèmes signalés en rouge.</source>
        <translation>First fix the problems shown in red.</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_view.py" line="393" />
        <source>Brouillon enregistré automatiquement à {0}</source>
        <translation>Draft saved automatically at {0}</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_view.py" line="422" />
        <source>Fiche enregistrée à {0}</source>
        <translation>Record saved at {0}</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_view.py" line="438" />
        <source>La fiche a encore {0} problème(s) : corrigez-les avant de la finaliser.</source>
        <translation>The record still has {0} problem(s): fix them before finalising it.</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_view.py" line="461" />
        <source>Fiche finalisée à {0}</source>
        <translation>Record finalised at {0}</translation>
    </message>
</context>
<context>
    <name>HoursEditor</name>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="83" />
        <source>Fermé</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="90" />
        <source>+ plage</source>
        <translation>+ slot</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="91" />
        <source>Ajouter une plage horaire à ce jour</source>
        <translation>Add a time slot to this day</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="160" />
        <source>{0} : la fin ({1}) doit être après le début ({2})</source>
        <translation>{0}: the end ({1}) must be after the start ({2})</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="164" />
        <source>{0} : les plages {1}–{2} et {3}–{4} se chevauchent</source>
        <translation>{0}: the slots {1}–{2} and {3}–{4} overlap</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="180" />
        <source>Copier le lundi sur toute la semaine</source>
        <translation>Copy Monday to the whole week</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="181" />
        <source>Remplace les horaires de mardi à dimanche par ceux du lundi</source>
        <translation>Replaces Tuesday to Sunday's hours with Monday's</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="192" />
        <source>Lundi</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="192" />
        <source>Mardi</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="192" />
        <source>Mercredi</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="192" />
        <source>Jeudi</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="192" />
        <source>Vendredi</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="193" />
        <source>Samedi</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="193" />
        <source>Dimanche</source>
        <translation>Sunday</translation>
    </message>
</context>
<context>
    <name>Interval</name>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="65" />
        <source>Supprimer cette plage</source>
        <translation>Remove this slot</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="67" />
        <source>à</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../app/views/labels.py" line="9" />
        <source>Entité juridique</source>
        <translation>Legal entity</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="10" />
        <source>Entité géographique</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="11" />
        <source>Pôle</source>
        <translation>Division</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="12" />
        <source>Pôle multi-sites</source>
        <translation>Multi-site division</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="13" />
        <source>Service</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="14" />
        <source>Sous-service</source>
        <translation>Sub-department</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="15" />
        <source>Unité fonctionnelle</source>
        <translation>Functional unit</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="16" />
        <source>Unité opérationnelle</source>
        <translation>Operational unit</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="21" />
        <source>Brouillon</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="21" />
        <source>Finalisée</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="26" />
        <source>Dossier en cours de saisie</source>
        <translation>Dossier being edited</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="27" />
        <source>Dossier prêt, en attente d'envoi (hors ligne)</source>
        <translation>Dossier ready, waiting to be sent (offline)</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="28" />
        <source>En attente de confirmation par la Direction</source>
        <translation>Waiting for confirmation by the Management</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="29" />
        <source>Dossier en cours de validation</source>
        <translation>Dossier being validated</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="30" />
        <source>Dossier refusé par le validateur</source>
        <translation>Dossier rejected by the validator</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="31" />
        <source>Dossier validé et publié</source>
        <translation>Dossier validated and published</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="37" />
        <source>Sanitaire</source>
        <translation>Health care</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="38" />
        <source>Médico-social</source>
        <translation>Medico-social</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="39" />
        <source>Ville</source>
        <translation>Community care</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="40" />
        <source>Autre</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/views/main_window.py" line="291" />
        <source>&amp;Nouvel espace de travail…</source>
        <translation>&amp;New workspace…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="291" />
        <source>Créer un espace de travail vide</source>
        <translation>Create an empty workspace</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="292" />
        <source>&amp;Ouvrir un espace de travail…</source>
        <translation>&amp;Open a workspace…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="292" />
        <source>Ouvrir un fichier d'espace de travail</source>
        <translation>Open a workspace file</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="293" />
        <source>Ouvrir la &amp;démonstration</source>
        <translation>Open the &amp;demo</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="293" />
        <source>Ouvrir l'espace de démonstration</source>
        <translation>Open the demo workspace</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="294" />
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="294" />
        <source>Fermer ROR Référent</source>
        <translation>Close ROR Référent</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="295" />
        <source>&amp;Créer…</source>
        <translation>&amp;Create…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="295" />
        <source>Créer une ou plusieurs unités sous l'unité choisie (Inser)</source>
        <translation>Create one or more units under the chosen unit (Ins)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="296" />
        <source>&amp;Renommer…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="296" />
        <source>Renommer l'unité, avec la règle de nommage (F2)</source>
        <translation>Rename the unit, with the naming rule (F2)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="297" />
        <source>D&amp;upliquer</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="297" />
        <source>Copier l'unité avec son contenu (Ctrl+D)</source>
        <translation>Copy the unit with its content (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="298" />
        <source>&amp;Déplacer vers…</source>
        <translation>&amp;Move to…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="298" />
        <source>Ranger l'unité sous un autre parent (Ctrl+M)</source>
        <translation>Put the unit under another parent (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="299" />
        <source>&amp;Supprimer…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="299" />
        <source>Supprimer l'unité et ce qu'elle contient (Suppr)</source>
        <translation>Delete the unit and what it contains (Del)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="300" />
        <source>Mes é&amp;tablissements</source>
        <translation>My es&amp;tablishments</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="301" />
        <source>Ajouter ou retirer l'unité de « Mes établissements » (Ctrl+B)</source>
        <translation>Add the unit to or remove it from “My establishments” (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="302" />
        <source>&amp;Filtrer l'arborescence</source>
        <translation>&amp;Filter the tree</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="302" />
        <source>Aller au champ de filtre (Ctrl+F)</source>
        <translation>Go to the filter box (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="303" />
        <source>Tout &amp;déplier</source>
        <translation>&amp;Expand all</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="304" />
        <source>Tout &amp;replier</source>
        <translation>&amp;Collapse all</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="305" />
        <source>Afficher seulement « Mes établissements »</source>
        <translation>Show only “My establishments”</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="306" />
        <source>Passer de l'arborescence à la fiche</source>
        <translation>Switch between the tree and the record</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="307" />
        <source>À &amp;propos de ROR Référent</source>
        <translation>&amp;About ROR Référent</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="308" />
        <source>À propos de &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="309" />
        <source>Langue du système</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="312" />
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="313" />
        <source>Espaces &amp;récents</source>
        <translation>&amp;Recent workspaces</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="314" />
        <source>&amp;Édition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="315" />
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="316" />
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="317" />
        <source>A&amp;ide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="318" />
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="319" />
        <source>Filtrer : nom, n° FINESS, département, champ d'activité (Ctrl+F)</source>
        <translation>Filter: name, FINESS number, département, field of activity (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="320" />
        <source>Mes établissements</source>
        <translation>My establishments</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="321" />
        <source>Afficher seulement les établissements suivis (Ctrl+Maj+B)</source>
        <translation>Show only the establishments you follow (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="322" />
        <source>Arborescence du dossier</source>
        <translation>Dossier tree</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="324" />
        <source>Fiche</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="325" />
        <source>Résumé</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="348" />
        <source>&amp;Annuler {0}</source>
        <translation>&amp;Undo {0}</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="348" />
        <source>&amp;Annuler</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="349" />
        <source>&amp;Rétablir {0}</source>
        <translation>&amp;Redo {0}</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="349" />
        <source>&amp;Rétablir</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="350" />
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="351" />
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="381" />
        <source>En ligne</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="382" />
        <source>Hors ligne</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="383" />
        <source>Synchronisation…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="384" />
        <source>Erreur de synchronisation</source>
        <translation>Synchronisation error</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="385" />
        <source>Serveur non configuré</source>
        <translation>No server configured</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="394" />
        <source>Aucune modification en attente</source>
        <translation>No change waiting</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/main_window.py" line="396" />
        <source>%n modification(s) en attente d'envoi</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="454" />
        <source>Ouvrir un espace de travail</source>
        <translation>Open a workspace</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="455" />
        <source>Espaces de travail (*.sqlite *.db);;Tous les fichiers (*)</source>
        <translation>Workspaces (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="460" />
        <source>Nouvel espace de travail</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="461" />
        <source>Espaces de travail (*.sqlite)</source>
        <translation>Workspaces (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="464" />
        <source>Le fichier {0} existe déjà : choisissez un autre nom.</source>
        <translation>The file {0} already exists: choose another name.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="475" />
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="496" />
        <source>ROR Référent</source>
        <translation>ROR Référent</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="547" />
        <source>{0} unité(s) affichée(s) sur {1}</source>
        <translation>{0} unit(s) shown out of {1}</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="549" />
        <source>{0} unité(s)</source>
        <translation>{0} unit(s)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="610" />
        <source>Une {0} ne peut rien contenir.</source>
        <translation>A {0} cannot contain anything.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="617" />
        <source>Le nom de l'unité est obligatoire.</source>
        <translation>The name of the unit is required.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="695" />
        <source>Supprimer « {0} » ?</source>
        <translation>Delete “{0}”?</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="697" />
        <source>Les {0} unité(s) qu'elle contient seront supprimées aussi.</source>
        <translation>The {0} unit(s) it contains will be deleted too.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="698" />
        <source>Vous pourrez annuler avec Ctrl+Z.</source>
        <translation>You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="699" />
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="738" />
        <source>À propos de ROR Référent</source>
        <translation>About ROR Référent</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="739" />
        <source>ROR Référent décrit l'offre de soins de vos établissements dans le Répertoire Opérationnel des Ressources, même hors ligne.</source>
        <translation>ROR Référent describes the care offered by your establishments in the Répertoire Opérationnel des Ressources (ROR), even offline.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../app/views/dialogs.py" line="133" />
        <source>Déplacer « {0} » vers…</source>
        <translation>Move “{0}” to…</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="142" />
        <source>Aucun autre emplacement possible dans cette structure.</source>
        <translation>No other place is possible in this structure.</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="146" />
        <source>Nouveau parent :</source>
        <translation>New parent:</translation>
    </message>
</context>
<context>
    <name>MultiChoiceWidget</name>
    <message>
        <location filename="../app/views/forms/choice_widgets.py" line="233" />
        <source>Ajouter : tapez pour chercher…</source>
        <translation>Add: type to search…</translation>
    </message>
</context>
<context>
    <name>MultiTextWidget</name>
    <message>
        <location filename="../app/views/forms/field_widgets.py" line="423" />
        <source>Une valeur par ligne</source>
        <translation>One value per line</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <location filename="../app/views/dialogs.py" line="102" />
        <source>Renommer</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="106" />
        <source>Suggestion (règle de nommage) : « {0} »</source>
        <translation>Suggestion (naming rule): “{0}”</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="108" />
        <source>Appliquer</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="118" />
        <source>Nouveau nom</source>
        <translation>New name</translation>
    </message>
</context>
<context>
    <name>RepeatGroupWidget</name>
    <message>
        <location filename="../app/views/forms/group_widgets.py" line="68" />
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../app/views/forms/group_widgets.py" line="69" />
        <source>Supprimer ce bloc</source>
        <translation>Remove this block</translation>
    </message>
    <message>
        <location filename="../app/views/forms/group_widgets.py" line="101" />
        <source>Ajouter : {0}</source>
        <translation>Add: {0}</translation>
    </message>
    <message>
        <location filename="../app/views/forms/group_widgets.py" line="101" />
        <source>un élément</source>
        <translation>an item</translation>
    </message>
</context>
<context>
    <name>SearchPicker</name>
    <message>
        <location filename="../app/views/forms/choice_widgets.py" line="41" />
        <source>Tapez pour chercher…</source>
        <translation>Type to search…</translation>
    </message>
    <message>
        <location filename="../app/views/forms/choice_widgets.py" line="45" />
        <source>Voir la liste</source>
        <translation>Show the list</translation>
    </message>
</context>
<context>
    <name>TimeWidget</name>
    <message>
        <location filename="../app/views/forms/field_widgets.py" line="386" />
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location filename="../app/views/forms/field_widgets.py" line="399" />
        <source>Heure invalide : tapez par exemple 09:30</source>
        <translation>Invalid time: type for example 09:30</translation>
    </message>
</context>
<context>
    <name>TreeModel</name>
    <message>
        <location filename="../app/views/tree_model.py" line="124" />
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/views/tree_model.py" line="124" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../app/views/tree_model.py" line="173" />
        <source>FINESS : {0}</source>
        <translation>FINESS: {0}</translation>
    </message>
    <message>
        <location filename="../app/views/tree_model.py" line="175" />
        <source>Champ d'activité : {0}</source>
        <translation>Field of activity: {0}</translation>
    </message>
    <message>
        <location filename="../app/views/tree_model.py" line="176" />
        <source>Statut : {0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <location filename="../app/views/tree_model.py" line="178" />
        <source>{0} problème(s) à corriger</source>
        <translation>{0} problem(s) to fix</translation>
    </message>
    <message>
        <location filename="../app/views/tree_model.py" line="180" />
        <source>Conflit : la fiche a été modifiée sur le serveur, choisissez la version à garder</source>
        <translation>Conflict: the record was changed on the server; choose the version to keep</translation>
    </message>
    <message>
        <location filename="../app/views/tree_model.py" line="182" />
        <source>Commentaire du validateur : {0}</source>
        <translation>Validator's comment: {0}</translation>
    </message>
</context>
</TS>