<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
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
        <location filename="../app/views/forms/field_widgets.py" line="247"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../app/views/forms/field_widgets.py" line="248"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <location filename="../app/views/forms/choice_widgets.py" line="214"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>ChoiceWidget</name>
    <message>
        <location filename="../app/views/forms/choice_widgets.py" line="113"/>
        <source>« {0} » n&apos;est pas dans la liste : choisissez une valeur proposée</source>
        <translation>“{0}” is not in the list: choose one of the values offered</translation>
    </message>
    <message>
        <location filename="../app/views/forms/choice_widgets.py" line="180"/>
        <source>(hors liste)</source>
        <translation>(not in the list)</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../app/views/commands.py" line="50"/>
        <source>Créer « {0} »</source>
        <translation>Create “{0}”</translation>
    </message>
    <message>
        <location filename="../app/views/commands.py" line="51"/>
        <source>Créer {0} unités</source>
        <translation>Create {0} units</translation>
    </message>
    <message>
        <location filename="../app/views/commands.py" line="69"/>
        <source>Renommer « {0} » en « {1} »</source>
        <translation>Rename “{0}” to “{1}”</translation>
    </message>
    <message>
        <location filename="../app/views/commands.py" line="82"/>
        <source>Déplacer « {0} »</source>
        <translation>Move “{0}”</translation>
    </message>
    <message>
        <location filename="../app/views/commands.py" line="96"/>
        <source>Dupliquer « {0} »</source>
        <translation>Duplicate “{0}”</translation>
    </message>
    <message>
        <location filename="../app/views/commands.py" line="113"/>
        <source>Supprimer « {0} »</source>
        <translation>Delete “{0}”</translation>
    </message>
    <message>
        <location filename="../app/views/commands.py" line="125"/>
        <source>Ajouter « {0} » à Mes établissements</source>
        <translation>Add “{0}” to My establishments</translation>
    </message>
    <message>
        <location filename="../app/views/commands.py" line="126"/>
        <source>Retirer « {0} » de Mes établissements</source>
        <translation>Remove “{0}” from My establishments</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="236"/>
        <source>Conflit sur « {0} »</source>
        <translation>Conflict on “{0}”</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="238"/>
        <source>Cette fiche a été modifiée sur le serveur pendant que vous la modifiiez. Pour chaque rubrique, choisissez la version à garder ; rien n&apos;est remplacé sans votre choix.</source>
        <translation>This record was changed on the server while you were editing it. For each item, choose the version to keep; nothing is replaced without your choice.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="245"/>
        <source>Rubrique</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="245"/>
        <source>Ma version</source>
        <translation>My version</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="245"/>
        <source>Version du serveur</source>
        <translation>Server version</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="257"/>
        <location filename="../app/views/sync_dialogs.py" line="258"/>
        <source>(vide)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="275"/>
        <source>Tout garder de mon côté</source>
        <translation>Keep all of mine</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="277"/>
        <source>Tout prendre du serveur</source>
        <translation>Take all from the server</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="287"/>
        <source>Appliquer mes choix</source>
        <translation>Apply my choices</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="288"/>
        <source>Décider plus tard</source>
        <translation>Decide later</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="305"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="305"/>
        <source>Autres noms</source>
        <translation>Other names</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="305"/>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="306"/>
        <source>Téléphone et contacts</source>
        <translation>Phone and contacts</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="306"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="307"/>
        <source>Horaires</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="307"/>
        <source>Fermetures</source>
        <translation>Closures</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="308"/>
        <source>Champ d&apos;activité</source>
        <translation>Field of activity</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="308"/>
        <source>Catégorie d&apos;offre</source>
        <translation>Offer category</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="309"/>
        <source>Activités</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="309"/>
        <source>Modes de prise en charge</source>
        <translation>Care modes</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="310"/>
        <source>Données ROR complémentaires</source>
        <translation>Additional ROR data</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="310"/>
        <source>Identifiants</source>
        <translation>Identifiers</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="311"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="311"/>
        <source>Rattachement</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="311"/>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="312"/>
        <source>Lieux</source>
        <translation>Locations</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="312"/>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="313"/>
        <source>Publics accueillis</source>
        <translation>Patients received</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="313"/>
        <source>Modes d&apos;adressage</source>
        <translation>Referral methods</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="314"/>
        <source>Conditions d&apos;accès</source>
        <translation>Access conditions</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="315"/>
        <source>Zone d&apos;intervention</source>
        <translation>Coverage area</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="315"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="339"/>
        <source>Encore {0} rubrique(s) à choisir.</source>
        <translation>{0} item(s) still to choose.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../app/views/controller.py" line="142"/>
        <source>Erreur inattendue : {0}</source>
        <translation>Unexpected error: {0}</translation>
    </message>
</context>
<context>
    <name>CreateDialog</name>
    <message>
        <location filename="../app/views/dialogs.py" line="45"/>
        <source>Créer sous « {0} »</source>
        <translation>Create under “{0}”</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="50"/>
        <source>Nom de l&apos;unité</source>
        <translation>Name of the unit</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="53"/>
        <source>Avec plusieurs unités, un numéro est ajouté à chaque nom.</source>
        <translation>With several units, a number is added to each name.</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="56"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="57"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="58"/>
        <source>Nombre</source>
        <translation>Number</translation>
    </message>
</context>
<context>
    <name>DirectionDialog</name>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="129"/>
        <source>Confirmation par la Direction</source>
        <translation>Confirmation by the management</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="130"/>
        <source>« {0} » est un établissement sanitaire : l&apos;envoi du dossier pour validation doit être confirmé par un compte Direction, autre que celui du référent.</source>
        <translation>“{0}” is a health (sanitaire) establishment: sending its dossier for validation must be confirmed by a management (Direction) account, other than the referent&apos;s.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="138"/>
        <source>Identifiant Direction</source>
        <translation>Management account identifier</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="139"/>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="140"/>
        <source>Ce mot de passe sert une seule fois et n&apos;est enregistré nulle part.</source>
        <translation>This password is used once and stored nowhere.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="146"/>
        <source>Confirmer l&apos;envoi</source>
        <translation>Confirm sending</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="146"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
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
    <name>FieldRow</name>
    <message>
        <location filename="../app/views/forms/form_builder.py" line="64"/>
        <source>Donnée non modifiable ici : pour la changer, contactez le support.</source>
        <translation>This value cannot be changed here: to change it, contact support.</translation>
    </message>
</context>
<context>
    <name>FormBuilder</name>
    <message>
        <location filename="../app/views/forms/form_builder.py" line="173"/>
        <source>Certaines données viennent de FINESS ou du ROR et ne peuvent pas être modifiées ici : pour les changer, contactez le support.</source>
        <translation>Some values come from FINESS or the ROR and cannot be changed here: to change them, contact support.</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <location filename="../app/views/forms/form_view.py" line="131"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_view.py" line="132"/>
        <source>Enregistrer la fiche (Ctrl+S)</source>
        <translation>Save the record (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_view.py" line="133"/>
        <source>Finaliser</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_view.py" line="134"/>
        <location filename="../app/views/forms/form_view.py" line="373"/>
        <source>Finaliser la fiche : elle passe au vert dans l&apos;arborescence</source>
        <translation>Finalise the record: it turns green in the tree</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_view.py" line="135"/>
        <source>Abandonner ces modifications</source>
        <translation>Discard these changes</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_view.py" line="136"/>
        <source>Des modifications non enregistrées ont été retrouvées (sauvegarde automatique) et restaurées. Enregistrez-les ou abandonnez-les.</source>
        <translation>Unsaved changes were found (autosave) and restored. Save or discard them.</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_view.py" line="138"/>
        <source>Choisissez une unité dans l&apos;arborescence pour remplir sa fiche.</source>
        <translation>Choose a unit in the tree to fill in its record.</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_view.py" line="172"/>
        <source>Erreur inattendue : {0}</source>
        <translation>Unexpected error: {0}</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_view.py" line="352"/>
        <source>Modifiée, non enregistrée</source>
        <translation>Changed, not saved</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_view.py" line="355"/>
        <source>Finalisée</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_view.py" line="358"/>
        <source>Brouillon</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_view.py" line="361"/>
        <source>{0} problème(s) à corriger</source>
        <translation>{0} problem(s) to fix</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_view.py" line="364"/>
        <source>{0} avertissement(s)</source>
        <translation>{0} warning(s)</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_view.py" line="367"/>
        <source>Aucun problème</source>
        <translation>No problem</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_view.py" line="372"/>
        <source>Corrigez d&apos;abord les problèmes signalés en rouge.</source>
        <translation>First fix the problems shown in red.</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_view.py" line="401"/>
        <source>Brouillon enregistré automatiquement à {0}</source>
        <translation>Draft saved automatically at {0}</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_view.py" line="415"/>
        <source> : la fiche ne peut pas être modifiée avant la réponse du validateur.</source>
        <translation>: the fiche cannot be edited until the validator answers.</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_view.py" line="435"/>
        <source>Fiche enregistrée à {0}</source>
        <translation>Record saved at {0}</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_view.py" line="447"/>
        <source>Dossier en cours</source>
        <translation>Dossier open</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_view.py" line="448"/>
        <source>Un dossier est ouvert sur cette structure. Reporter aussi cette modification dans le dossier ?</source>
        <translation>A dossier is open on this structure. Carry this change into the dossier too?</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_view.py" line="450"/>
        <source>Oui : la modification part avec le dossier, pour validation. Non : elle est envoyée directement au Répertoire.</source>
        <translation>Yes: the change goes with the dossier, for validation. No: it is sent straight to the directory.</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_view.py" line="463"/>
        <source>La fiche a encore {0} problème(s) : corrigez-les avant de la finaliser.</source>
        <translation>The record still has {0} problem(s): fix them before finalising it.</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_view.py" line="486"/>
        <source>Fiche finalisée à {0}</source>
        <translation>Record finalised at {0}</translation>
    </message>
</context>
<context>
    <name>HoursEditor</name>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="83"/>
        <source>Fermé</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="90"/>
        <source>+ plage</source>
        <translation>+ slot</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="91"/>
        <source>Ajouter une plage horaire à ce jour</source>
        <translation>Add a time slot to this day</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="160"/>
        <source>{0} : la fin ({1}) doit être après le début ({2})</source>
        <translation>{0}: the end ({1}) must be after the start ({2})</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="164"/>
        <source>{0} : les plages {1}–{2} et {3}–{4} se chevauchent</source>
        <translation>{0}: the slots {1}–{2} and {3}–{4} overlap</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="180"/>
        <source>Copier le lundi sur toute la semaine</source>
        <translation>Copy Monday to the whole week</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="181"/>
        <source>Remplace les horaires de mardi à dimanche par ceux du lundi</source>
        <translation>Replaces Tuesday to Sunday&apos;s hours with Monday&apos;s</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="192"/>
        <source>Lundi</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="192"/>
        <source>Mardi</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="192"/>
        <source>Mercredi</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="192"/>
        <source>Jeudi</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="192"/>
        <source>Vendredi</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="193"/>
        <source>Samedi</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="193"/>
        <source>Dimanche</source>
        <translation>Sunday</translation>
    </message>
</context>
<context>
    <name>Interval</name>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="65"/>
        <source>Supprimer cette plage</source>
        <translation>Remove this slot</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="67"/>
        <source>à</source>
        <translation>to</translation>
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
        <location filename="../app/views/labels.py" line="21"/>
        <source>Finalisée</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="26"/>
        <source>Dossier en cours de saisie</source>
        <translation>Dossier being edited</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="27"/>
        <source>Dossier prêt, en attente d&apos;envoi (hors ligne)</source>
        <translation>Dossier ready, waiting to be sent (offline)</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="28"/>
        <source>En attente de confirmation par la Direction</source>
        <translation>Waiting for confirmation by the Management</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="29"/>
        <source>Dossier en cours de validation</source>
        <translation>Dossier being validated</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="30"/>
        <source>Dossier refusé par le validateur</source>
        <translation>Dossier rejected by the validator</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="31"/>
        <source>Dossier validé et publié</source>
        <translation>Dossier validated and published</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="37"/>
        <source>Sanitaire</source>
        <translation>Health care</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="38"/>
        <source>Médico-social</source>
        <translation>Medico-social</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="39"/>
        <source>Ville</source>
        <translation>Community care</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="40"/>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/views/main_window.py" line="277"/>
        <source>&amp;Nouvel espace de travail…</source>
        <translation>&amp;New workspace…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="277"/>
        <source>Créer un espace de travail vide</source>
        <translation>Create an empty workspace</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="278"/>
        <source>&amp;Ouvrir un espace de travail…</source>
        <translation>&amp;Open a workspace…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="278"/>
        <source>Ouvrir un fichier d&apos;espace de travail</source>
        <translation>Open a workspace file</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="279"/>
        <source>Ouvrir la &amp;démonstration</source>
        <translation>Open the &amp;demo</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="279"/>
        <source>Ouvrir l&apos;espace de démonstration</source>
        <translation>Open the demo workspace</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="280"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="280"/>
        <source>Fermer ROR Référent</source>
        <translation>Close ROR Référent</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="281"/>
        <source>&amp;Créer…</source>
        <translation>&amp;Create…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="281"/>
        <source>Créer une ou plusieurs unités sous l&apos;unité choisie (Inser)</source>
        <translation>Create one or more units under the chosen unit (Ins)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="282"/>
        <source>&amp;Renommer…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="282"/>
        <source>Renommer l&apos;unité, avec la règle de nommage (F2)</source>
        <translation>Rename the unit, with the naming rule (F2)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="283"/>
        <source>D&amp;upliquer</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="283"/>
        <source>Copier l&apos;unité avec son contenu (Ctrl+D)</source>
        <translation>Copy the unit with its content (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="284"/>
        <source>&amp;Déplacer vers…</source>
        <translation>&amp;Move to…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="284"/>
        <source>Ranger l&apos;unité sous un autre parent (Ctrl+M)</source>
        <translation>Put the unit under another parent (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="285"/>
        <source>&amp;Supprimer…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="285"/>
        <source>Supprimer l&apos;unité et ce qu&apos;elle contient (Suppr)</source>
        <translation>Delete the unit and what it contains (Del)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="286"/>
        <source>Mes é&amp;tablissements</source>
        <translation>My es&amp;tablishments</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="287"/>
        <source>Ajouter ou retirer l&apos;unité de « Mes établissements » (Ctrl+B)</source>
        <translation>Add the unit to or remove it from “My establishments” (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="288"/>
        <source>&amp;Filtrer l&apos;arborescence</source>
        <translation>&amp;Filter the tree</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="288"/>
        <source>Aller au champ de filtre (Ctrl+F)</source>
        <translation>Go to the filter box (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="289"/>
        <source>Tout &amp;déplier</source>
        <translation>&amp;Expand all</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="290"/>
        <source>Tout &amp;replier</source>
        <translation>&amp;Collapse all</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="291"/>
        <source>Afficher seulement « Mes établissements »</source>
        <translation>Show only “My establishments”</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="292"/>
        <source>Passer de l&apos;arborescence à la fiche</source>
        <translation>Switch between the tree and the record</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="293"/>
        <source>À &amp;propos de ROR Référent</source>
        <translation>&amp;About ROR Référent</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="294"/>
        <source>À propos de &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="295"/>
        <source>Langue du système</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="298"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="299"/>
        <source>Espaces &amp;récents</source>
        <translation>&amp;Recent workspaces</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="300"/>
        <source>&amp;Édition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="301"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="302"/>
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="303"/>
        <source>A&amp;ide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="304"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="305"/>
        <source>Filtrer : nom, n° FINESS, département, champ d&apos;activité (Ctrl+F)</source>
        <translation>Filter: name, FINESS number, département, field of activity (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="306"/>
        <source>Mes établissements</source>
        <translation>My establishments</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="307"/>
        <source>Afficher seulement les établissements suivis (Ctrl+Maj+B)</source>
        <translation>Show only the establishments you follow (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="308"/>
        <source>Arborescence du dossier</source>
        <translation>Dossier tree</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="310"/>
        <source>Fiche</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="311"/>
        <source>Résumé</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="336"/>
        <source>&amp;Annuler {0}</source>
        <translation>&amp;Undo {0}</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="336"/>
        <source>&amp;Annuler</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="337"/>
        <source>&amp;Rétablir {0}</source>
        <translation>&amp;Redo {0}</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="337"/>
        <source>&amp;Rétablir</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="338"/>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="339"/>
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="369"/>
        <source>En ligne</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="370"/>
        <source>Hors ligne</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="371"/>
        <source>Synchronisation…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="372"/>
        <source>Erreur de synchronisation</source>
        <translation>Synchronisation error</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="373"/>
        <source>Serveur non configuré</source>
        <translation>No server configured</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="382"/>
        <source>Aucune modification en attente</source>
        <translation>No change waiting</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/main_window.py" line="384"/>
        <source>%n modification(s) en attente d&apos;envoi</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="448"/>
        <source>Ouvrir un espace de travail</source>
        <translation>Open a workspace</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="449"/>
        <source>Espaces de travail (*.sqlite *.db);;Tous les fichiers (*)</source>
        <translation>Workspaces (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="454"/>
        <source>Nouvel espace de travail</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="455"/>
        <source>Espaces de travail (*.sqlite)</source>
        <translation>Workspaces (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="458"/>
        <source>Le fichier {0} existe déjà : choisissez un autre nom.</source>
        <translation>The file {0} already exists: choose another name.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="469"/>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="490"/>
        <source>ROR Référent</source>
        <translation>ROR Référent</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="541"/>
        <source>{0} unité(s) affichée(s) sur {1}</source>
        <translation>{0} unit(s) shown out of {1}</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="543"/>
        <source>{0} unité(s)</source>
        <translation>{0} unit(s)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="604"/>
        <source>Une {0} ne peut rien contenir.</source>
        <translation>A {0} cannot contain anything.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="611"/>
        <source>Le nom de l&apos;unité est obligatoire.</source>
        <translation>The name of the unit is required.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="689"/>
        <source>Supprimer « {0} » ?</source>
        <translation>Delete “{0}”?</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="691"/>
        <source>Les {0} unité(s) qu&apos;elle contient seront supprimées aussi.</source>
        <translation>The {0} unit(s) it contains will be deleted too.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="692"/>
        <source>Vous pourrez annuler avec Ctrl+Z.</source>
        <translation>You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="693"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="732"/>
        <source>À propos de ROR Référent</source>
        <translation>About ROR Référent</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="733"/>
        <source>ROR Référent décrit l&apos;offre de soins de vos établissements dans le Répertoire Opérationnel des Ressources, même hors ligne.</source>
        <translation>ROR Référent describes the care offered by your establishments in the Répertoire Opérationnel des Ressources (ROR), even offline.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../app/views/dialogs.py" line="113"/>
        <source>Déplacer « {0} » vers…</source>
        <translation>Move “{0}” to…</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="122"/>
        <source>Aucun autre emplacement possible dans cette structure.</source>
        <translation>No other place is possible in this structure.</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="126"/>
        <source>Nouveau parent :</source>
        <translation>New parent:</translation>
    </message>
</context>
<context>
    <name>MultiChoiceWidget</name>
    <message>
        <location filename="../app/views/forms/choice_widgets.py" line="233"/>
        <source>Ajouter : tapez pour chercher…</source>
        <translation>Add: type to search…</translation>
    </message>
</context>
<context>
    <name>MultiTextWidget</name>
    <message>
        <location filename="../app/views/forms/field_widgets.py" line="423"/>
        <source>Une valeur par ligne</source>
        <translation>One value per line</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <location filename="../app/views/dialogs.py" line="82"/>
        <source>Renommer</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="86"/>
        <source>Suggestion (règle de nommage) : « {0} »</source>
        <translation>Suggestion (naming rule): “{0}”</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="88"/>
        <source>Appliquer</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="98"/>
        <source>Nouveau nom</source>
        <translation>New name</translation>
    </message>
</context>
<context>
    <name>RepeatGroupWidget</name>
    <message>
        <location filename="../app/views/forms/group_widgets.py" line="68"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../app/views/forms/group_widgets.py" line="69"/>
        <source>Supprimer ce bloc</source>
        <translation>Remove this block</translation>
    </message>
    <message>
        <location filename="../app/views/forms/group_widgets.py" line="101"/>
        <source>Ajouter : {0}</source>
        <translation>Add: {0}</translation>
    </message>
    <message>
        <location filename="../app/views/forms/group_widgets.py" line="101"/>
        <source>un élément</source>
        <translation>an item</translation>
    </message>
</context>
<context>
    <name>SearchPicker</name>
    <message>
        <location filename="../app/views/forms/choice_widgets.py" line="41"/>
        <source>Tapez pour chercher…</source>
        <translation>Type to search…</translation>
    </message>
    <message>
        <location filename="../app/views/forms/choice_widgets.py" line="45"/>
        <source>Voir la liste</source>
        <translation>Show the list</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="74"/>
        <source>Connexion au serveur ROR</source>
        <translation>Connection to the ROR server</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="80"/>
        <source>laisser vide pour garder celui du trousseau</source>
        <translation>leave empty to keep the one in the keyring</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="85"/>
        <source>Adresse du serveur</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="86"/>
        <source>Identifiant</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="87"/>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="88"/>
        <source>Autorités de certification (facultatif)</source>
        <translation>Certificate authorities (optional)</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="89"/>
        <source>Certificat client (facultatif)</source>
        <translation>Client certificate (optional)</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="90"/>
        <source>Clé du certificat client (facultatif)</source>
        <translation>Client certificate key (optional)</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="91"/>
        <source>Le mot de passe est gardé dans le trousseau du système, jamais dans l&apos;espace de travail. Le certificat du serveur est toujours vérifié.</source>
        <translation>The password is kept in the system keyring, never in the workspace. The server&apos;s certificate is always verified.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="98"/>
        <source>Se connecter</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="98"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="106"/>
        <source>Parcourir…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="113"/>
        <source>Choisir un fichier</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="114"/>
        <source>Certificats (*.pem *.crt *.cer *.key);;Tous les fichiers (*)</source>
        <translation>Certificates (*.pem *.crt *.cer *.key);;All files (*)</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../app/views/sync_controller.py" line="138"/>
        <source>&amp;Connexion au serveur…</source>
        <translation>&amp;Connect to the server…</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="139"/>
        <source>Adresse du serveur ROR, identifiant et mot de passe</source>
        <translation>ROR server address, identifier and password</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="140"/>
        <source>&amp;Synchroniser</source>
        <translation>&amp;Synchronise</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="140"/>
        <source>Envoyer les modifications et recevoir celles du serveur (F5)</source>
        <translation>Send the changes and receive the server&apos;s (F5)</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="142"/>
        <source>&amp;Envoyer pour validation…</source>
        <translation>S&amp;end for validation…</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="143"/>
        <source>Envoyer le dossier de l&apos;établissement choisi au validateur (Ctrl+Maj+V)</source>
        <translation>Send the chosen establishment&apos;s dossier to the validator (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="144"/>
        <source>&amp;Résoudre les conflits…</source>
        <translation>&amp;Resolve conflicts…</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="145"/>
        <source>Choisir entre votre version et celle du serveur</source>
        <translation>Choose between your version and the server&apos;s</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="146"/>
        <source>Synchroniser</source>
        <translation>Synchronise</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="147"/>
        <location filename="../app/views/sync_controller.py" line="502"/>
        <source>Envoyer pour validation</source>
        <translation>Send for validation</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="148"/>
        <source>Ser&amp;veur</source>
        <translation>Ser&amp;ver</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="162"/>
        <source>Serveur injoignable : les modifications restent en attente et partiront dès son retour.</source>
        <translation>Server unreachable: changes wait and will leave as soon as it is back.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="169"/>
        <source>Vérification du serveur…</source>
        <translation>Checking the server…</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="201"/>
        <source>Serveur de nouveau joignable : envoi des modifications en attente.</source>
        <translation>Server reachable again: sending the waiting changes.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="210"/>
        <source>envoi des modifications</source>
        <translation>sending changes</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="210"/>
        <source>envoi du dossier</source>
        <translation>sending the dossier</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="211"/>
        <source>réception</source>
        <translation>receiving</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="213"/>
        <source>Synchronisation : {0} ({1})</source>
        <translation>Synchronisation: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="230"/>
        <source>Ouvrez d&apos;abord un espace de travail.</source>
        <translation>Open a workspace first.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="233"/>
        <source>Adresse de serveur invalide : elle commence par https://</source>
        <translation>Invalid server address: it starts with https://</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="236"/>
        <source>L&apos;identifiant est obligatoire.</source>
        <translation>The identifier is required.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="262"/>
        <source>Mot de passe obligatoire : aucun n&apos;est enregistré pour ce compte.</source>
        <translation>Password required: none is stored for this account.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="265"/>
        <location filename="../app/views/sync_controller.py" line="568"/>
        <source>Le serveur a refusé l&apos;identifiant « {0} » ou son mot de passe.</source>
        <translation>The server refused the identifier “{0}” or its password.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="274"/>
        <source>Pas de trousseau système : le mot de passe est gardé en mémoire jusqu&apos;à la fermeture de l&apos;application.</source>
        <translation>No system keyring: the password is kept in memory until the application closes.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="277"/>
        <source>Connecté à {0}</source>
        <translation>Connected to {0}</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="282"/>
        <source>Serveur injoignable : la connexion sera vérifiée dès qu&apos;il répondra.</source>
        <translation>Server unreachable: the connection will be checked as soon as it answers.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="331"/>
        <source>Synchronisation…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="361"/>
        <source>La synchronisation n&apos;a pas abouti : {0}</source>
        <translation>The synchronisation did not complete: {0}</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="375"/>
        <source>Hors ligne : {0} modification(s) en attente d&apos;envoi.</source>
        <translation>Offline: {0} change(s) waiting to be sent.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="376"/>
        <source>Synchronisation terminée : {0} envoyée(s), {1} reçue(s), {2} conflit(s).</source>
        <translation>Synchronisation done: {0} sent, {1} received, {2} conflict(s).</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="379"/>
        <source>Dossier envoyé pour validation.</source>
        <translation>Dossier sent for validation.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="381"/>
        <source>{0} dossier(s) validé(s) et publié(s).</source>
        <translation>{0} dossier(s) validated and published.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="383"/>
        <source>{0} dossier(s) refusé(s) par le validateur.</source>
        <translation>{0} dossier(s) rejected by the validator.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="385"/>
        <source>Erreur : {0}</source>
        <translation>Error: {0}</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="424"/>
        <source>Aucun conflit à résoudre.</source>
        <translation>No conflict to resolve.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="444"/>
        <source>(encore {0} après celui-ci)</source>
        <translation>({0} more after this one)</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="454"/>
        <source>Conflit laissé en attente : « Serveur &gt; Résoudre les conflits… » pour y revenir.</source>
        <translation>Conflict left pending: “Server &gt; Resolve conflicts…” to come back to it.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="467"/>
        <source>Conflit résolu : {0}</source>
        <translation>Conflict resolved: {0}</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="491"/>
        <source>Choisissez un établissement ou une de ses unités pour envoyer son dossier.</source>
        <translation>Choose an establishment or one of its units to send its dossier.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="503"/>
        <source>Envoyer le dossier de « {0} » au validateur ?
Les fiches ne pourront plus être modifiées avant sa réponse.</source>
        <translation>Send the dossier of “{0}” to the validator?
The records cannot be changed until the validator answers.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="507"/>
        <source>Envoyer</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="508"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="532"/>
        <source>Dossier prêt : envoi au serveur…</source>
        <translation>Dossier ready: sending to the server…</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="535"/>
        <source>Dossier prêt, en attente d&apos;envoi (hors ligne) : il partira dès que le serveur sera joignable.</source>
        <translation>Dossier ready, waiting to be sent (offline): it will leave as soon as the server is reachable.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="551"/>
        <source>Connectez-vous d&apos;abord au serveur : le compte Direction y est vérifié.</source>
        <translation>Connect to the server first: the management account is checked there.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="554"/>
        <source>Identifiant et mot de passe du compte Direction sont obligatoires.</source>
        <translation>The management account&apos;s identifier and password are required.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="557"/>
        <source>La confirmation doit venir d&apos;un compte Direction, pas du compte du référent ({0}).</source>
        <translation>The confirmation must come from a management account, not from the referent&apos;s account ({0}).</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="569"/>
        <source>Serveur injoignable : le compte Direction n&apos;a pas pu être vérifié. Le dossier attend cette confirmation.</source>
        <translation>Server unreachable: the management account could not be checked. The dossier waits for this confirmation.</translation>
    </message>
</context>
<context>
    <name>TimeWidget</name>
    <message>
        <location filename="../app/views/forms/field_widgets.py" line="386"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location filename="../app/views/forms/field_widgets.py" line="399"/>
        <source>Heure invalide : tapez par exemple 09:30</source>
        <translation>Invalid time: type for example 09:30</translation>
    </message>
</context>
<context>
    <name>TreeModel</name>
    <message>
        <location filename="../app/views/tree_model.py" line="124"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/views/tree_model.py" line="124"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../app/views/tree_model.py" line="173"/>
        <source>FINESS : {0}</source>
        <translation>FINESS: {0}</translation>
    </message>
    <message>
        <location filename="../app/views/tree_model.py" line="175"/>
        <source>Champ d&apos;activité : {0}</source>
        <translation>Field of activity: {0}</translation>
    </message>
    <message>
        <location filename="../app/views/tree_model.py" line="176"/>
        <source>Statut : {0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <location filename="../app/views/tree_model.py" line="178"/>
        <source>{0} problème(s) à corriger</source>
        <translation>{0} problem(s) to fix</translation>
    </message>
    <message>
        <location filename="../app/views/tree_model.py" line="180"/>
        <source>Conflit : la fiche a été modifiée sur le serveur, choisissez la version à garder</source>
        <translation>Conflict: the record was changed on the server; choose the version to keep</translation>
    </message>
    <message>
        <location filename="../app/views/tree_model.py" line="182"/>
        <source>Commentaire du validateur : {0}</source>
        <translation>Validator&apos;s comment: {0}</translation>
    </message>
</context>
</TS>
