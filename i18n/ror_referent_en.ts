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
        <location filename="../app/views/forms/field_widgets.py" line="234"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../app/views/forms/field_widgets.py" line="235"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <location filename="../app/views/forms/choice_widgets.py" line="216"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>ChoiceWidget</name>
    <message>
        <location filename="../app/views/forms/choice_widgets.py" line="114"/>
        <source>« {0} » n&apos;est pas dans la liste : choisissez une valeur proposée</source>
        <translation>“{0}” is not in the list: choose one of the values offered</translation>
    </message>
    <message>
        <location filename="../app/views/forms/choice_widgets.py" line="182"/>
        <source>(hors liste)</source>
        <translation>(not in the list)</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../app/views/commands.py" line="56"/>
        <source>Créer « {0} »</source>
        <translation>Create “{0}”</translation>
    </message>
    <message>
        <location filename="../app/views/commands.py" line="58"/>
        <source>Créer {0} unités</source>
        <translation>Create {0} units</translation>
    </message>
    <message>
        <location filename="../app/views/commands.py" line="82"/>
        <source>Renommer « {0} » en « {1} »</source>
        <translation>Rename “{0}” to “{1}”</translation>
    </message>
    <message>
        <location filename="../app/views/commands.py" line="99"/>
        <source>Déplacer « {0} »</source>
        <translation>Move “{0}”</translation>
    </message>
    <message>
        <location filename="../app/views/commands.py" line="117"/>
        <source>Dupliquer « {0} »</source>
        <translation>Duplicate “{0}”</translation>
    </message>
    <message>
        <location filename="../app/views/commands.py" line="135"/>
        <source>Supprimer « {0} »</source>
        <translation>Delete “{0}”</translation>
    </message>
    <message>
        <location filename="../app/views/commands.py" line="152"/>
        <source>Ajouter « {0} » à Mes établissements</source>
        <translation>Add “{0}” to My establishments</translation>
    </message>
    <message>
        <location filename="../app/views/commands.py" line="154"/>
        <source>Retirer « {0} » de Mes établissements</source>
        <translation>Remove “{0}” from My establishments</translation>
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
        <location filename="../app/views/refusal_text.py" line="36"/>
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
    <name>FailurePanel</name>
    <message numerus="yes">
        <location filename="../app/views/failure_panel.py" line="58"/>
        <source>Le serveur a refusé %n modification(s) de cette unité :</source>
        <translation>
            <numerusform>The server refused %n change of this unit:</numerusform>
            <numerusform>The server refused %n changes of this unit:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/failure_panel.py" line="67"/>
        <source>Réessayer</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../app/views/failure_panel.py" line="68"/>
        <source>Envoyer à nouveau cette modification au serveur</source>
        <translation>Send this change to the server again</translation>
    </message>
    <message>
        <location filename="../app/views/failure_panel.py" line="69"/>
        <source>Abandonner</source>
        <translation>Give up</translation>
    </message>
    <message>
        <location filename="../app/views/failure_panel.py" line="70"/>
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
        <location filename="../app/views/forms/form_builder.py" line="64"/>
        <source>Donnée non modifiable ici : pour la changer, contactez le support.</source>
        <translation>This value cannot be changed here: to change it, contact support.</translation>
    </message>
</context>
<context>
    <name>FormBuilder</name>
    <message>
        <location filename="../app/views/forms/form_builder.py" line="199"/>
        <source>Certaines données viennent de FINESS ou du ROR et ne peuvent pas être modifiées ici : pour les changer, contactez le support.</source>
        <translation>Some values come from FINESS or the ROR and cannot be changed here: to change them, contact support.</translation>
    </message>
</context>
<context>
    <name>FormHeader</name>
    <message>
        <location filename="../app/views/forms/form_header.py" line="36"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="37"/>
        <source>Enregistrer la fiche (Ctrl+S)</source>
        <translation>Save the record (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="38"/>
        <source>Finaliser</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="58"/>
        <source>Modifiée, non enregistrée</source>
        <translation>Changed, not saved</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="60"/>
        <source>Finalisée</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="62"/>
        <source>Brouillon</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="64"/>
        <source>{0} problème(s) à corriger</source>
        <translation>{0} problem(s) to fix</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="67"/>
        <source>{0} avertissement(s)</source>
        <translation>{0} warning(s)</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="70"/>
        <source>Aucun problème</source>
        <translation>No problem</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="74"/>
        <source>Corrigez d&apos;abord les problèmes signalés en rouge.</source>
        <translation>First fix the problems shown in red.</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="75"/>
        <source>Finaliser la fiche : elle passe au vert dans l&apos;arborescence</source>
        <translation>Finalise the record: it turns green in the tree</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <location filename="../app/views/forms/form_header.py" line="102"/>
        <source>Abandonner ces modifications</source>
        <translation>Discard these changes</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="103"/>
        <source>Des modifications non enregistrées ont été retrouvées (sauvegarde automatique) et restaurées. Enregistrez-les ou abandonnez-les.</source>
        <translation>Unsaved changes were found (autosave) and restored. Save or discard them.</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_view.py" line="113"/>
        <source>Choisissez une unité dans l&apos;arborescence pour remplir sa fiche.</source>
        <translation>Choose a unit in the tree to fill in its record.</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_writes.py" line="35"/>
        <source>Brouillon enregistré automatiquement à {0}</source>
        <translation>Draft saved automatically at {0}</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_writes.py" line="49"/>
        <source> : la fiche ne peut pas être modifiée avant la réponse du validateur.</source>
        <translation>: the fiche cannot be edited until the validator answers.</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_writes.py" line="66"/>
        <source>Fiche enregistrée à {0}</source>
        <translation>Record saved at {0}</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_writes.py" line="80"/>
        <source>Dossier en cours</source>
        <translation>Dossier open</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_writes.py" line="81"/>
        <source>Un dossier est ouvert sur cette structure. Reporter aussi cette modification dans le dossier ?</source>
        <translation>A dossier is open on this structure. Carry this change into the dossier too?</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_writes.py" line="84"/>
        <source>Oui : la modification part avec le dossier, pour validation. Non : elle est envoyée directement au Répertoire.</source>
        <translation>Yes: the change goes with the dossier, for validation. No: it is sent straight to the directory.</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_writes.py" line="98"/>
        <source>La fiche a encore {0} problème(s) : corrigez-les avant de la finaliser.</source>
        <translation>The record still has {0} problem(s): fix them before finalising it.</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_writes.py" line="122"/>
        <source>Fiche finalisée à {0}</source>
        <translation>Record finalised at {0}</translation>
    </message>
</context>
<context>
    <name>HoursEditor</name>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="84"/>
        <source>Fermé</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="91"/>
        <source>+ plage</source>
        <translation>+ slot</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="92"/>
        <source>Ajouter une plage horaire à ce jour</source>
        <translation>Add a time slot to this day</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="161"/>
        <source>{0} : la fin ({1}) doit être après le début ({2})</source>
        <translation>{0}: the end ({1}) must be after the start ({2})</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="166"/>
        <source>{0} : les plages {1}–{2} et {3}–{4} se chevauchent</source>
        <translation>{0}: the slots {1}–{2} and {3}–{4} overlap</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="184"/>
        <source>Copier le lundi sur toute la semaine</source>
        <translation>Copy Monday to the whole week</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="185"/>
        <source>Remplace les horaires de mardi à dimanche par ceux du lundi</source>
        <translation>Replaces Tuesday to Sunday&apos;s hours with Monday&apos;s</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="196"/>
        <source>Lundi</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="196"/>
        <source>Mardi</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="196"/>
        <source>Mercredi</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="196"/>
        <source>Jeudi</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="196"/>
        <source>Vendredi</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="197"/>
        <source>Samedi</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="197"/>
        <source>Dimanche</source>
        <translation>Sunday</translation>
    </message>
</context>
<context>
    <name>Interval</name>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="66"/>
        <source>Supprimer cette plage</source>
        <translation>Remove this slot</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="68"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../app/views/main_window.py" line="197"/>
        <source>En ligne</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="198"/>
        <source>Hors ligne</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="199"/>
        <source>Synchronisation…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="200"/>
        <source>Erreur de synchronisation</source>
        <translation>Synchronisation error</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="201"/>
        <source>Serveur non configuré</source>
        <translation>No server configured</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="210"/>
        <source>Aucune modification en attente</source>
        <translation>No change waiting</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/main_window.py" line="212"/>
        <source>%n modification(s) en attente d&apos;envoi</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="263"/>
        <source>ROR Référent</source>
        <translation>ROR Référent</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="327"/>
        <source>À propos de ROR Référent</source>
        <translation>About ROR Référent</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="328"/>
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
        <location filename="../app/views/forms/choice_widgets.py" line="236"/>
        <source>Ajouter : tapez pour chercher…</source>
        <translation>Add: type to search…</translation>
    </message>
</context>
<context>
    <name>MultiTextWidget</name>
    <message>
        <location filename="../app/views/forms/field_widgets.py" line="276"/>
        <source>Une valeur par ligne</source>
        <translation>One value per line</translation>
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
        <source>Le dossier ne peut pas passer de « {current} » à « {target} ».</source>
        <extracomment>dossier-transition</extracomment>
        <translation>The dossier cannot go from “{current}” to “{target}”.</translation>
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
        <location filename="../app/views/forms/group_widgets.py" line="67"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../app/views/forms/group_widgets.py" line="68"/>
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
        <location filename="../app/views/forms/choice_widgets.py" line="42"/>
        <source>Tapez pour chercher…</source>
        <translation>Type to search…</translation>
    </message>
    <message>
        <location filename="../app/views/forms/choice_widgets.py" line="46"/>
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
        <location filename="../app/views/sync_sending.py" line="55"/>
        <source>Envoyer pour validation</source>
        <translation>Send for validation</translation>
    </message>
    <message>
        <location filename="../app/views/sync_actions.py" line="62"/>
        <source>Ser&amp;veur</source>
        <translation>Ser&amp;ver</translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="18"/>
        <source>Serveur injoignable : les modifications restent en attente et partiront dès son retour.</source>
        <translation>Server unreachable: changes wait and will leave as soon as it is back.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="25"/>
        <source>Vérification du serveur…</source>
        <translation>Checking the server…</translation>
    </message>
    <message>
        <location filename="../app/views/sync_watch.py" line="62"/>
        <source>Serveur de nouveau joignable : envoi des modifications en attente.</source>
        <translation>Server reachable again: sending the waiting changes.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="51"/>
        <source>envoi des modifications</source>
        <translation>sending changes</translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="52"/>
        <source>envoi du dossier</source>
        <translation>sending the dossier</translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="53"/>
        <source>réception</source>
        <translation>receiving</translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="54"/>
        <source>vérification des unités du serveur</source>
        <translation>checking the server&apos;s units</translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="57"/>
        <source>Synchronisation : {0} ({1})</source>
        <translation>Synchronisation: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../app/views/sync_connection.py" line="37"/>
        <source>Ouvrez d&apos;abord un espace de travail.</source>
        <translation>Open a workspace first.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_connection.py" line="41"/>
        <source>Adresse de serveur invalide : elle commence par https://</source>
        <translation>Invalid server address: it starts with https://</translation>
    </message>
    <message>
        <location filename="../app/views/sync_connection.py" line="45"/>
        <source>L&apos;identifiant est obligatoire.</source>
        <translation>The identifier is required.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_connection.py" line="73"/>
        <source>Mot de passe obligatoire : aucun n&apos;est enregistré pour ce compte.</source>
        <translation>Password required: none is stored for this account.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_connection.py" line="77"/>
        <location filename="../app/views/sync_sending.py" line="127"/>
        <source>Le serveur a refusé l&apos;identifiant « {0} » ou son mot de passe.</source>
        <translation>The server refused the identifier “{0}” or its password.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_connection.py" line="87"/>
        <source>Pas de trousseau système : le mot de passe est gardé en mémoire jusqu&apos;à la fermeture de l&apos;application.</source>
        <translation>No system keyring: the password is kept in memory until the application closes.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_connection.py" line="91"/>
        <source>Connecté à {0}</source>
        <translation>Connected to {0}</translation>
    </message>
    <message>
        <location filename="../app/views/sync_connection.py" line="97"/>
        <source>Serveur injoignable : la connexion sera vérifiée dès qu&apos;il répondra.</source>
        <translation>Server unreachable: the connection will be checked as soon as it answers.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="169"/>
        <source>Synchronisation…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="199"/>
        <source>La synchronisation n&apos;a pas abouti : {0}</source>
        <translation>The synchronisation did not complete: {0}</translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="31"/>
        <source>Hors ligne : {0} modification(s) en attente d&apos;envoi.</source>
        <translation>Offline: {0} change(s) waiting to be sent.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="34"/>
        <source>Synchronisation terminée : {0} envoyée(s), {1} reçue(s), {2} conflit(s).</source>
        <translation>Synchronisation done: {0} sent, {1} received, {2} conflict(s).</translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="38"/>
        <source>Dossier envoyé pour validation.</source>
        <translation>Dossier sent for validation.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="40"/>
        <source>{0} dossier(s) validé(s) et publié(s).</source>
        <translation>{0} dossier(s) validated and published.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="43"/>
        <source>{0} dossier(s) refusé(s) par le validateur.</source>
        <translation>{0} dossier(s) rejected by the validator.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="46"/>
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
        <location filename="../app/views/sync_sending.py" line="40"/>
        <source>Choisissez un établissement ou une de ses unités pour envoyer son dossier.</source>
        <translation>Choose an establishment or one of its units to send its dossier.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_sending.py" line="51"/>
        <source>Envoyer le dossier de « {0} » au validateur ?
Les fiches ne pourront plus être modifiées avant sa réponse.</source>
        <translation>Send the dossier of “{0}” to the validator?
The records cannot be changed until the validator answers.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_sending.py" line="59"/>
        <source>Envoyer</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../app/views/sync_sending.py" line="61"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/views/sync_sending.py" line="87"/>
        <source>Dossier prêt : envoi au serveur…</source>
        <translation>Dossier ready: sending to the server…</translation>
    </message>
    <message>
        <location filename="../app/views/sync_sending.py" line="90"/>
        <source>Dossier prêt, en attente d&apos;envoi (hors ligne) : il partira dès que le serveur sera joignable.</source>
        <translation>Dossier ready, waiting to be sent (offline): it will leave as soon as the server is reachable.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_sending.py" line="107"/>
        <source>Connectez-vous d&apos;abord au serveur : le compte Direction y est vérifié.</source>
        <translation>Connect to the server first: the management account is checked there.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_sending.py" line="111"/>
        <source>Identifiant et mot de passe du compte Direction sont obligatoires.</source>
        <translation>The management account&apos;s identifier and password are required.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_sending.py" line="115"/>
        <source>La confirmation doit venir d&apos;un compte Direction, pas du compte du référent ({0}).</source>
        <translation>The confirmation must come from a management account, not from the referent&apos;s account ({0}).</translation>
    </message>
    <message>
        <location filename="../app/views/sync_sending.py" line="130"/>
        <source>Serveur injoignable : le compte Direction n&apos;a pas pu être vérifié. Le dossier attend cette confirmation.</source>
        <translation>Server unreachable: the management account could not be checked. The dossier waits for this confirmation.</translation>
    </message>
</context>
<context>
    <name>TimeWidget</name>
    <message>
        <location filename="../app/views/forms/time_widgets.py" line="120"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location filename="../app/views/forms/time_widgets.py" line="133"/>
        <source>Heure invalide : tapez par exemple 09:30</source>
        <translation>Invalid time: type for example 09:30</translation>
    </message>
</context>
<context>
    <name>TreeActions</name>
    <message>
        <location filename="../app/views/tree_actions.py" line="80"/>
        <location filename="../app/views/tree_actions.py" line="106"/>
        <source>Une {0} ne peut rien contenir.</source>
        <translation>A {0} cannot contain anything.</translation>
    </message>
    <message>
        <location filename="../app/views/tree_actions.py" line="114"/>
        <source>Le nom de l&apos;unité est obligatoire.</source>
        <translation>The name of the unit is required.</translation>
    </message>
    <message>
        <location filename="../app/views/tree_actions.py" line="167"/>
        <source>Supprimer « {0} » ?</source>
        <translation>Delete “{0}”?</translation>
    </message>
    <message>
        <location filename="../app/views/tree_actions.py" line="169"/>
        <source>Les {0} unité(s) qu&apos;elle contient seront supprimées aussi.</source>
        <translation>The {0} unit(s) it contains will be deleted too.</translation>
    </message>
    <message>
        <location filename="../app/views/tree_actions.py" line="170"/>
        <source>Vous pourrez annuler avec Ctrl+Z.</source>
        <translation>You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../app/views/tree_actions.py" line="171"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>TreeModel</name>
    <message>
        <location filename="../app/views/tree_model.py" line="143"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/views/tree_model.py" line="145"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../app/views/tree_model.py" line="185"/>
        <source>FINESS : {0}</source>
        <translation>FINESS: {0}</translation>
    </message>
    <message>
        <location filename="../app/views/tree_model.py" line="187"/>
        <source>Champ d&apos;activité : {0}</source>
        <translation>Field of activity: {0}</translation>
    </message>
    <message>
        <location filename="../app/views/tree_model.py" line="189"/>
        <source>Statut : {0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <location filename="../app/views/tree_model.py" line="191"/>
        <source>{0} problème(s) à corriger</source>
        <translation>{0} problem(s) to fix</translation>
    </message>
    <message>
        <location filename="../app/views/tree_model.py" line="194"/>
        <source>Conflit : la fiche a été modifiée sur le serveur, choisissez la version à garder</source>
        <translation>Conflict: the record was changed on the server; choose the version to keep</translation>
    </message>
    <message>
        <location filename="../app/views/tree_model.py" line="197"/>
        <source>Commentaire du validateur : {0}</source>
        <translation>Validator&apos;s comment: {0}</translation>
    </message>
</context>
<context>
    <name>TreeSide</name>
    <message>
        <location filename="../app/views/tree_side.py" line="90"/>
        <source>Filtrer : nom, n° FINESS, département, champ d&apos;activité (Ctrl+F)</source>
        <translation>Filter: name, FINESS number, département, field of activity (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../app/views/tree_side.py" line="92"/>
        <source>Mes établissements</source>
        <translation>My establishments</translation>
    </message>
    <message>
        <location filename="../app/views/tree_side.py" line="93"/>
        <source>Afficher seulement les établissements suivis (Ctrl+Maj+B)</source>
        <translation>Show only the establishments you follow (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <location filename="../app/views/tree_side.py" line="95"/>
        <source>Arborescence du dossier</source>
        <translation>Dossier tree</translation>
    </message>
    <message>
        <location filename="../app/views/tree_side.py" line="188"/>
        <source>{0} unité(s) affichée(s) sur {1}</source>
        <translation>{0} unit(s) shown out of {1}</translation>
    </message>
    <message>
        <location filename="../app/views/tree_side.py" line="190"/>
        <source>{0} unité(s)</source>
        <translation>{0} unit(s)</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../app/views/window_actions.py" line="111"/>
        <source>Créer une ou plusieurs unités sous l&apos;unité choisie (Inser)</source>
        <translation>Create one or more units under the chosen unit (Ins)</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="112"/>
        <source>Renommer l&apos;unité, avec la règle de nommage (F2)</source>
        <translation>Rename the unit, with the naming rule (F2)</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="113"/>
        <source>Copier l&apos;unité avec son contenu (Ctrl+D)</source>
        <translation>Copy the unit with its content (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="114"/>
        <source>Ranger l&apos;unité sous un autre parent (Ctrl+M)</source>
        <translation>Put the unit under another parent (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="115"/>
        <source>Supprimer l&apos;unité et ce qu&apos;elle contient (Suppr)</source>
        <translation>Delete the unit and what it contains (Del)</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="116"/>
        <source>Ajouter ou retirer l&apos;unité de « Mes établissements » (Ctrl+B)</source>
        <translation>Add the unit to or remove it from “My establishments” (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="120"/>
        <source>&amp;Nouvel espace de travail…</source>
        <translation>&amp;New workspace…</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="121"/>
        <source>Créer un espace de travail vide</source>
        <translation>Create an empty workspace</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="122"/>
        <source>&amp;Ouvrir un espace de travail…</source>
        <translation>&amp;Open a workspace…</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="123"/>
        <source>Ouvrir un fichier d&apos;espace de travail</source>
        <translation>Open a workspace file</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="124"/>
        <source>Ouvrir la &amp;démonstration</source>
        <translation>Open the &amp;demo</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="125"/>
        <source>Ouvrir l&apos;espace de démonstration</source>
        <translation>Open the demo workspace</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="126"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="126"/>
        <source>Fermer ROR Référent</source>
        <translation>Close ROR Référent</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="128"/>
        <source>&amp;Créer…</source>
        <translation>&amp;Create…</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="128"/>
        <source>&amp;Renommer…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="129"/>
        <source>D&amp;upliquer</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="129"/>
        <source>&amp;Déplacer vers…</source>
        <translation>&amp;Move to…</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="130"/>
        <source>&amp;Supprimer…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="131"/>
        <source>Mes é&amp;tablissements</source>
        <translation>My es&amp;tablishments</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="133"/>
        <source>&amp;Filtrer l&apos;arborescence</source>
        <translation>&amp;Filter the tree</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="134"/>
        <source>Aller au champ de filtre (Ctrl+F)</source>
        <translation>Go to the filter box (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="135"/>
        <source>Tout &amp;déplier</source>
        <translation>&amp;Expand all</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="136"/>
        <source>Tout &amp;replier</source>
        <translation>&amp;Collapse all</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="137"/>
        <source>Afficher seulement « Mes établissements »</source>
        <translation>Show only “My establishments”</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="138"/>
        <source>Passer de l&apos;arborescence à la fiche</source>
        <translation>Switch between the tree and the record</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="139"/>
        <source>À &amp;propos de ROR Référent</source>
        <translation>&amp;About ROR Référent</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="140"/>
        <source>À propos de &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="141"/>
        <source>Langue du système</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="144"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="145"/>
        <source>Espaces &amp;récents</source>
        <translation>&amp;Recent workspaces</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="146"/>
        <source>&amp;Édition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="147"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="148"/>
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="149"/>
        <source>A&amp;ide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="150"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="155"/>
        <source>&amp;Annuler {0}</source>
        <translation>&amp;Undo {0}</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="155"/>
        <source>&amp;Annuler</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="156"/>
        <source>&amp;Rétablir {0}</source>
        <translation>&amp;Redo {0}</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="156"/>
        <source>&amp;Rétablir</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="157"/>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="158"/>
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
