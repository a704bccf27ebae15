<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>Banner</name>
    <message>
        <location filename="../app/views/fiche_pane.py" line="55"/>
        <source>Dossier refusé</source>
        <translation>Dossier refusé</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="58"/>
        <source>Commentaires du validateur :</source>
        <translation>Commentaires du validateur :</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="65"/>
        <source>les unités et fiches nouvelles du dossier attendent la réponse du validateur ; les fiches déjà publiées restent modifiables directement.</source>
        <translation>les unités et fiches nouvelles du dossier attendent la réponse du validateur ; les fiches déjà publiées restent modifiables directement.</translation>
    </message>
</context>
<context>
    <name>BooleanWidget</name>
    <message>
        <location filename="../app/views/forms/field_widgets.py" line="234"/>
        <source>Oui</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../app/views/forms/field_widgets.py" line="235"/>
        <source>Non</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <location filename="../app/views/forms/choice_widgets.py" line="216"/>
        <source>Retirer</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>ChoiceWidget</name>
    <message>
        <location filename="../app/views/forms/choice_widgets.py" line="114"/>
        <source>« {0} » n&apos;est pas dans la liste : choisissez une valeur proposée</source>
        <translation>« {0} » n&apos;est pas dans la liste : choisissez une valeur proposée</translation>
    </message>
    <message>
        <location filename="../app/views/forms/choice_widgets.py" line="182"/>
        <source>(hors liste)</source>
        <translation>(hors liste)</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../app/views/commands.py" line="56"/>
        <source>Créer « {0} »</source>
        <translation>Créer « {0} »</translation>
    </message>
    <message>
        <location filename="../app/views/commands.py" line="58"/>
        <source>Créer {0} unités</source>
        <translation>Créer {0} unités</translation>
    </message>
    <message>
        <location filename="../app/views/commands.py" line="82"/>
        <source>Renommer « {0} » en « {1} »</source>
        <translation>Renommer « {0} » en « {1} »</translation>
    </message>
    <message>
        <location filename="../app/views/commands.py" line="99"/>
        <source>Déplacer « {0} »</source>
        <translation>Déplacer « {0} »</translation>
    </message>
    <message>
        <location filename="../app/views/commands.py" line="117"/>
        <source>Dupliquer « {0} »</source>
        <translation>Dupliquer « {0} »</translation>
    </message>
    <message>
        <location filename="../app/views/commands.py" line="135"/>
        <source>Supprimer « {0} »</source>
        <translation>Supprimer « {0} »</translation>
    </message>
    <message>
        <location filename="../app/views/commands.py" line="152"/>
        <source>Ajouter « {0} » à Mes établissements</source>
        <translation>Ajouter « {0} » à Mes établissements</translation>
    </message>
    <message>
        <location filename="../app/views/commands.py" line="154"/>
        <source>Retirer « {0} » de Mes établissements</source>
        <translation>Retirer « {0} » de Mes établissements</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="112"/>
        <source>Conflit sur « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="114"/>
        <source>Cette fiche a été modifiée sur le serveur pendant que vous la modifiiez. Pour chaque rubrique, choisissez la version à garder ; rien n&apos;est remplacé sans votre choix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="121"/>
        <source>Rubrique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="121"/>
        <source>Ma version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="121"/>
        <source>Version du serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="134"/>
        <location filename="../app/views/conflict_dialogs.py" line="135"/>
        <source>(vide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="152"/>
        <source>Tout garder de mon côté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="154"/>
        <source>Tout prendre du serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="164"/>
        <source>Appliquer mes choix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="165"/>
        <source>Décider plus tard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="182"/>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="182"/>
        <source>Autres noms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="182"/>
        <source>Commentaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="183"/>
        <source>Téléphone et contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="183"/>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="184"/>
        <source>Horaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="184"/>
        <source>Fermetures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="185"/>
        <source>Champ d&apos;activité</source>
        <translation>Champ d&apos;activité</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="185"/>
        <source>Catégorie d&apos;offre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="186"/>
        <source>Activités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="186"/>
        <source>Modes de prise en charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="187"/>
        <source>Données ROR complémentaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="187"/>
        <source>Identifiants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="188"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="188"/>
        <source>Rattachement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="189"/>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="190"/>
        <source>Lieux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="190"/>
        <source>Programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="191"/>
        <source>Publics accueillis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="191"/>
        <source>Modes d&apos;adressage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="192"/>
        <source>Conditions d&apos;accès</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="193"/>
        <source>Zone d&apos;intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="193"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="217"/>
        <source>Encore {0} rubrique(s) à choisir.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../app/views/refusal_text.py" line="36"/>
        <source>Erreur inattendue : {0}</source>
        <translation>Erreur inattendue : {0}</translation>
    </message>
</context>
<context>
    <name>CreateDialog</name>
    <message>
        <location filename="../app/views/dialogs.py" line="45"/>
        <source>Créer sous « {0} »</source>
        <translation>Créer sous « {0} »</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="50"/>
        <source>Nom de l&apos;unité</source>
        <translation>Nom de l&apos;unité</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="53"/>
        <source>Avec plusieurs unités, un numéro est ajouté à chaque nom.</source>
        <translation>Avec plusieurs unités, un numéro est ajouté à chaque nom.</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="56"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="57"/>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="58"/>
        <source>Nombre</source>
        <translation>Nombre</translation>
    </message>
</context>
<context>
    <name>DeletedConflictDialog</name>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="229"/>
        <source>« {0} » supprimé(e) sur le serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="231"/>
        <source>« {0} » a été supprimé(e) sur le serveur alors qu&apos;une modification faite ici attendait d&apos;être envoyée. Que voulez-vous faire ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="234"/>
        <source>La renvoyer au serveur avec ma modification (elle y sera créée de nouveau)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="237"/>
        <source>Accepter la suppression (ma modification est abandonnée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="245"/>
        <source>Appliquer mon choix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialogs.py" line="246"/>
        <source>Décider plus tard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectionDialog</name>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="121"/>
        <source>Confirmation par la Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="122"/>
        <source>« {0} » est un établissement sanitaire : l&apos;envoi du dossier pour validation doit être confirmé par un compte Direction, autre que celui du référent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="130"/>
        <source>Identifiant Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="131"/>
        <source>Mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="132"/>
        <source>Ce mot de passe sert une seule fois et n&apos;est enregistré nulle part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="138"/>
        <source>Confirmer l&apos;envoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="138"/>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>FailurePanel</name>
    <message numerus="yes">
        <location filename="../app/views/failure_panel.py" line="58"/>
        <source>Le serveur a refusé %n modification(s) de cette unité :</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/failure_panel.py" line="67"/>
        <source>Réessayer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/failure_panel.py" line="68"/>
        <source>Envoyer à nouveau cette modification au serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/failure_panel.py" line="69"/>
        <source>Abandonner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/failure_panel.py" line="70"/>
        <source>Renoncer à cette modification : l&apos;unité reprendra la version du serveur à la prochaine synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FichePane</name>
    <message>
        <location filename="../app/views/fiche_pane.py" line="118"/>
        <source>Choisissez une unité dans l&apos;arborescence pour voir sa fiche.</source>
        <translation>Choisissez une unité dans l&apos;arborescence pour voir sa fiche.</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="122"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="123"/>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="126"/>
        <source>N° FINESS</source>
        <translation>N° FINESS</translation>
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
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="132"/>
        <source>Champ d&apos;activité</source>
        <translation>Champ d&apos;activité</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="134"/>
        <source>Type d&apos;offre</source>
        <translation>Type d&apos;offre</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="138"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="139"/>
        <source>Envoyée au ROR</source>
        <translation>Envoyée au ROR</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="139"/>
        <source>oui</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="139"/>
        <source>non, jamais</source>
        <translation>non, jamais</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="141"/>
        <source>Modifications locales</source>
        <translation>Modifications locales</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="141"/>
        <source>en attente d&apos;envoi</source>
        <translation>en attente d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="146"/>
        <source>{0} problème(s) à corriger</source>
        <translation>{0} problème(s) à corriger</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="148"/>
        <source>conflit avec le serveur</source>
        <translation>conflit avec le serveur</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="153"/>
        <source>Commentaire du validateur</source>
        <translation>Commentaire du validateur</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="158"/>
        <source>Données FINESS (non modifiables ici)</source>
        <translation>Données FINESS (non modifiables ici)</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="161"/>
        <source>{0} rubrique(s) renseignée(s) dans la fiche.</source>
        <translation>{0} rubrique(s) renseignée(s) dans la fiche.</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="167"/>
        <source>Raison sociale</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="167"/>
        <source>Dénomination</source>
        <translation>Dénomination</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="168"/>
        <source>FINESS juridique</source>
        <translation>FINESS juridique</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="168"/>
        <source>FINESS géographique</source>
        <translation>FINESS géographique</translation>
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
        <translation>Statut juridique</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="170"/>
        <source>Catégorie</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="170"/>
        <source>N° de voie</source>
        <translation>N° de voie</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="170"/>
        <source>Voie</source>
        <translation>Voie</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="171"/>
        <source>Code postal</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="171"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_pane.py" line="172"/>
        <source>Téléphone</source>
        <translation>Téléphone</translation>
    </message>
</context>
<context>
    <name>FicheSide</name>
    <message>
        <location filename="../app/views/fiche_side.py" line="43"/>
        <source>Fiche</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../app/views/fiche_side.py" line="44"/>
        <source>Résumé</source>
        <translation>Résumé</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <location filename="../app/views/forms/form_builder.py" line="64"/>
        <source>Donnée non modifiable ici : pour la changer, contactez le support.</source>
        <translation>Donnée non modifiable ici : pour la changer, contactez le support.</translation>
    </message>
</context>
<context>
    <name>FormBuilder</name>
    <message>
        <location filename="../app/views/forms/form_builder.py" line="199"/>
        <source>Certaines données viennent de FINESS ou du ROR et ne peuvent pas être modifiées ici : pour les changer, contactez le support.</source>
        <translation>Certaines données viennent de FINESS ou du ROR et ne peuvent pas être modifiées ici : pour les changer, contactez le support.</translation>
    </message>
</context>
<context>
    <name>FormHeader</name>
    <message>
        <location filename="../app/views/forms/form_header.py" line="36"/>
        <source>Enregistrer</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="37"/>
        <source>Enregistrer la fiche (Ctrl+S)</source>
        <translation>Enregistrer la fiche (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="38"/>
        <source>Finaliser</source>
        <translation>Finaliser</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="58"/>
        <source>Modifiée, non enregistrée</source>
        <translation>Modifiée, non enregistrée</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="60"/>
        <source>Finalisée</source>
        <translation>Finalisée</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="62"/>
        <source>Brouillon</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="64"/>
        <source>{0} problème(s) à corriger</source>
        <translation>{0} problème(s) à corriger</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="67"/>
        <source>{0} avertissement(s)</source>
        <translation>{0} avertissement(s)</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="70"/>
        <source>Aucun problème</source>
        <translation>Aucun problème</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="74"/>
        <source>Corrigez d&apos;abord les problèmes signalés en rouge.</source>
        <translation>Corrigez d&apos;abord les problèmes signalés en rouge.</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="75"/>
        <source>Finaliser la fiche : elle passe au vert dans l&apos;arborescence</source>
        <translation>Finaliser la fiche : elle passe au vert dans l&apos;arborescence</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <location filename="../app/views/forms/form_header.py" line="102"/>
        <source>Abandonner ces modifications</source>
        <translation>Abandonner ces modifications</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="103"/>
        <source>Des modifications non enregistrées ont été retrouvées (sauvegarde automatique) et restaurées. Enregistrez-les ou abandonnez-les.</source>
        <translation>Des modifications non enregistrées ont été retrouvées (sauvegarde automatique) et restaurées. Enregistrez-les ou abandonnez-les.</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_view.py" line="113"/>
        <source>Choisissez une unité dans l&apos;arborescence pour remplir sa fiche.</source>
        <translation>Choisissez une unité dans l&apos;arborescence pour remplir sa fiche.</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_writes.py" line="35"/>
        <source>Brouillon enregistré automatiquement à {0}</source>
        <translation>Brouillon enregistré automatiquement à {0}</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_writes.py" line="49"/>
        <source> : la fiche ne peut pas être modifiée avant la réponse du validateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_writes.py" line="66"/>
        <source>Fiche enregistrée à {0}</source>
        <translation>Fiche enregistrée à {0}</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_writes.py" line="80"/>
        <source>Dossier en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_writes.py" line="81"/>
        <source>Un dossier est ouvert sur cette structure. Reporter aussi cette modification dans le dossier ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_writes.py" line="84"/>
        <source>Oui : la modification part avec le dossier, pour validation. Non : elle est envoyée directement au Répertoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_writes.py" line="98"/>
        <source>La fiche a encore {0} problème(s) : corrigez-les avant de la finaliser.</source>
        <translation>La fiche a encore {0} problème(s) : corrigez-les avant de la finaliser.</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_writes.py" line="122"/>
        <source>Fiche finalisée à {0}</source>
        <translation>Fiche finalisée à {0}</translation>
    </message>
</context>
<context>
    <name>HoursEditor</name>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="84"/>
        <source>Fermé</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="91"/>
        <source>+ plage</source>
        <translation>+ plage</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="92"/>
        <source>Ajouter une plage horaire à ce jour</source>
        <translation>Ajouter une plage horaire à ce jour</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="161"/>
        <source>{0} : la fin ({1}) doit être après le début ({2})</source>
        <translation>{0} : la fin ({1}) doit être après le début ({2})</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="166"/>
        <source>{0} : les plages {1}–{2} et {3}–{4} se chevauchent</source>
        <translation>{0} : les plages {1}–{2} et {3}–{4} se chevauchent</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="184"/>
        <source>Copier le lundi sur toute la semaine</source>
        <translation>Copier le lundi sur toute la semaine</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="185"/>
        <source>Remplace les horaires de mardi à dimanche par ceux du lundi</source>
        <translation>Remplace les horaires de mardi à dimanche par ceux du lundi</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="196"/>
        <source>Lundi</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="196"/>
        <source>Mardi</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="196"/>
        <source>Mercredi</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="196"/>
        <source>Jeudi</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="196"/>
        <source>Vendredi</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="197"/>
        <source>Samedi</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="197"/>
        <source>Dimanche</source>
        <translation>Dimanche</translation>
    </message>
</context>
<context>
    <name>Interval</name>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="66"/>
        <source>Supprimer cette plage</source>
        <translation>Supprimer cette plage</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="68"/>
        <source>à</source>
        <translation>à</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../app/views/labels.py" line="9"/>
        <source>Entité juridique</source>
        <translation>Entité juridique</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="10"/>
        <source>Entité géographique</source>
        <translation>Entité géographique</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="11"/>
        <source>Pôle</source>
        <translation>Pôle</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="12"/>
        <source>Pôle multi-sites</source>
        <translation>Pôle multi-sites</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="13"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="14"/>
        <source>Sous-service</source>
        <translation>Sous-service</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="15"/>
        <source>Unité fonctionnelle</source>
        <translation>Unité fonctionnelle</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="16"/>
        <source>Unité opérationnelle</source>
        <translation>Unité opérationnelle</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="21"/>
        <source>Brouillon</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="22"/>
        <source>Finalisée</source>
        <translation>Finalisée</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="27"/>
        <source>Dossier en cours de saisie</source>
        <translation>Dossier en cours de saisie</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="28"/>
        <source>Dossier prêt, en attente d&apos;envoi (hors ligne)</source>
        <translation>Dossier prêt, en attente d&apos;envoi (hors ligne)</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="29"/>
        <source>En attente de confirmation par la Direction</source>
        <translation>En attente de confirmation par la Direction</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="30"/>
        <source>Dossier en cours de validation</source>
        <translation>Dossier en cours de validation</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="31"/>
        <source>Dossier refusé par le validateur</source>
        <translation>Dossier refusé par le validateur</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="32"/>
        <source>Dossier validé et publié</source>
        <translation>Dossier validé et publié</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="38"/>
        <source>Sanitaire</source>
        <translation>Sanitaire</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="39"/>
        <source>Médico-social</source>
        <translation>Médico-social</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="40"/>
        <source>Ville</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="41"/>
        <source>Autre</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/views/main_window.py" line="197"/>
        <source>En ligne</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="198"/>
        <source>Hors ligne</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="199"/>
        <source>Synchronisation…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="200"/>
        <source>Erreur de synchronisation</source>
        <translation>Erreur de synchronisation</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="201"/>
        <source>Serveur non configuré</source>
        <translation>Serveur non configuré</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="210"/>
        <source>Aucune modification en attente</source>
        <translation>Aucune modification en attente</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/main_window.py" line="212"/>
        <source>%n modification(s) en attente d&apos;envoi</source>
        <translation>
            <numerusform>%n modification(s) en attente d&apos;envoi</numerusform>
            <numerusform>%n modification(s) en attente d&apos;envoi</numerusform>
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
        <translation>À propos de ROR Référent</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="328"/>
        <source>ROR Référent décrit l&apos;offre de soins de vos établissements dans le Répertoire Opérationnel des Ressources, même hors ligne.</source>
        <translation>ROR Référent décrit l&apos;offre de soins de vos établissements dans le Répertoire Opérationnel des Ressources, même hors ligne.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../app/views/dialogs.py" line="113"/>
        <source>Déplacer « {0} » vers…</source>
        <translation>Déplacer « {0} » vers…</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="122"/>
        <source>Aucun autre emplacement possible dans cette structure.</source>
        <translation>Aucun autre emplacement possible dans cette structure.</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="126"/>
        <source>Nouveau parent :</source>
        <translation>Nouveau parent :</translation>
    </message>
</context>
<context>
    <name>MultiChoiceWidget</name>
    <message>
        <location filename="../app/views/forms/choice_widgets.py" line="236"/>
        <source>Ajouter : tapez pour chercher…</source>
        <translation>Ajouter : tapez pour chercher…</translation>
    </message>
</context>
<context>
    <name>MultiTextWidget</name>
    <message>
        <location filename="../app/views/forms/field_widgets.py" line="276"/>
        <source>Une valeur par ligne</source>
        <translation>Une valeur par ligne</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>Le nom de l&apos;unité est obligatoire.</source>
        <extracomment>name-required</extracomment>
        <translation>Le nom de l&apos;unité est obligatoire.</translation>
    </message>
    <message>
        <source>Unité introuvable (n° {node_id}).</source>
        <extracomment>node-not-found</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un(e) {child} doit être rangé(e) sous un parent.</source>
        <extracomment>placement-root</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les services n&apos;existent que dans les structures sanitaires.</source>
        <extracomment>placement-sanitaire-only</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un(e) {child} ne peut pas être rangé(e) sous un(e) {parent}.</source>
        <extracomment>placement-kind</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce nom vient de FINESS et ne peut pas être modifié ici : contactez le support.</source>
        <extracomment>finess-rename</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les entités issues de FINESS ne peuvent pas être déplacées.</source>
        <extracomment>finess-move</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} issue de FINESS : suppression impossible.</source>
        <extracomment>finess-delete</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les entités issues de FINESS ne peuvent pas être dupliquées.</source>
        <extracomment>finess-duplicate</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une unité ne peut pas être déplacée sous elle-même.</source>
        <extracomment>move-under-itself</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une unité ne peut être déplacée qu&apos;à l&apos;intérieur de son entité géographique.</source>
        <extracomment>move-other-structure</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;unité parente a été supprimée : rétablissez-la d&apos;abord.</source>
        <extracomment>deleted-parent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une valeur pré-remplie obligatoire ne peut pas être supprimée : au moins une valeur est obligatoire.</source>
        <extracomment>prefilled-removed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fiche a encore {count} problème(s) : corrigez-les avant de la finaliser.</source>
        <extracomment>finalise-problems</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrez la fiche avant de la finaliser.</source>
        <extracomment>finalise-unsaved</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state} : « {name} » ne peut pas être modifié(e) avant la réponse du validateur.</source>
        <extracomment>dossier-locked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun dossier en cours sur cette structure : rien à envoyer.</source>
        <extracomment>dossier-nothing-to-send</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} fiche(s) ne sont pas finalisées : toutes les fiches doivent être vertes pour envoyer le dossier.</source>
        <extracomment>dossier-not-green</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le dossier ne peut pas passer de « {current} » à « {target} ».</source>
        <extracomment>dossier-transition</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette modification n&apos;est pas en échec : rien à relancer.</source>
        <extracomment>outbox-not-failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun conflit en attente sur cette unité.</source>
        <extracomment>conflict-not-found</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Espace de travail introuvable : {path}</source>
        <extracomment>workspace-not-found</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} est un dossier, pas un espace de travail.</source>
        <extracomment>workspace-is-folder</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} n&apos;est pas un espace de travail ROR Référent.</source>
        <extracomment>workspace-foreign</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;espace de travail {path} est endommagé ou illisible : il n&apos;a pas été modifié.</source>
        <extracomment>workspace-damaged</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;espace de travail {name} a été créé par une version plus récente de ROR Référent (schéma {revision}). Mettez l&apos;application à jour pour l&apos;ouvrir.</source>
        <extracomment>workspace-newer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier {path} existe déjà.</source>
        <extracomment>workspace-exists</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;espace de travail {path} ne peut pas être écrit (fichier en lecture seule ou disque plein).</source>
        <extracomment>workspace-readonly</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <location filename="../app/views/dialogs.py" line="82"/>
        <source>Renommer</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="86"/>
        <source>Suggestion (règle de nommage) : « {0} »</source>
        <translation>Suggestion (règle de nommage) : « {0} »</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="88"/>
        <source>Appliquer</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="98"/>
        <source>Nouveau nom</source>
        <translation>Nouveau nom</translation>
    </message>
</context>
<context>
    <name>RepeatGroupWidget</name>
    <message>
        <location filename="../app/views/forms/group_widgets.py" line="67"/>
        <source>Supprimer</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../app/views/forms/group_widgets.py" line="68"/>
        <source>Supprimer ce bloc</source>
        <translation>Supprimer ce bloc</translation>
    </message>
    <message>
        <location filename="../app/views/forms/group_widgets.py" line="101"/>
        <source>Ajouter : {0}</source>
        <translation>Ajouter : {0}</translation>
    </message>
    <message>
        <location filename="../app/views/forms/group_widgets.py" line="101"/>
        <source>un élément</source>
        <translation>un élément</translation>
    </message>
</context>
<context>
    <name>SearchPicker</name>
    <message>
        <location filename="../app/views/forms/choice_widgets.py" line="42"/>
        <source>Tapez pour chercher…</source>
        <translation>Tapez pour chercher…</translation>
    </message>
    <message>
        <location filename="../app/views/forms/choice_widgets.py" line="46"/>
        <source>Voir la liste</source>
        <translation>Voir la liste</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="66"/>
        <source>Connexion au serveur ROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="72"/>
        <source>laisser vide pour garder celui du trousseau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="77"/>
        <source>Adresse du serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="78"/>
        <source>Identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="79"/>
        <source>Mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="80"/>
        <source>Autorités de certification (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="81"/>
        <source>Certificat client (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="82"/>
        <source>Clé du certificat client (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="83"/>
        <source>Le mot de passe est gardé dans le trousseau du système, jamais dans l&apos;espace de travail. Le certificat du serveur est toujours vérifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="90"/>
        <source>Se connecter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="90"/>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="98"/>
        <source>Parcourir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="105"/>
        <source>Choisir un fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_dialogs.py" line="106"/>
        <source>Certificats (*.pem *.crt *.cer *.key);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../app/views/sync_actions.py" line="48"/>
        <source>&amp;Connexion au serveur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_actions.py" line="49"/>
        <source>Adresse du serveur ROR, identifiant et mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_actions.py" line="51"/>
        <source>&amp;Synchroniser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_actions.py" line="52"/>
        <source>Envoyer les modifications et recevoir celles du serveur (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_actions.py" line="54"/>
        <source>&amp;Envoyer pour validation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_actions.py" line="55"/>
        <source>Envoyer le dossier de l&apos;établissement choisi au validateur (Ctrl+Maj+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_actions.py" line="57"/>
        <source>&amp;Résoudre les conflits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_actions.py" line="58"/>
        <source>Choisir entre votre version et celle du serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_actions.py" line="60"/>
        <source>Synchroniser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_actions.py" line="61"/>
        <location filename="../app/views/sync_sending.py" line="55"/>
        <source>Envoyer pour validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_actions.py" line="62"/>
        <source>Ser&amp;veur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="18"/>
        <source>Serveur injoignable : les modifications restent en attente et partiront dès son retour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="25"/>
        <source>Vérification du serveur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_watch.py" line="62"/>
        <source>Serveur de nouveau joignable : envoi des modifications en attente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="51"/>
        <source>envoi des modifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="52"/>
        <source>envoi du dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="53"/>
        <source>réception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="54"/>
        <source>vérification des unités du serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="57"/>
        <source>Synchronisation : {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_connection.py" line="37"/>
        <source>Ouvrez d&apos;abord un espace de travail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_connection.py" line="41"/>
        <source>Adresse de serveur invalide : elle commence par https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_connection.py" line="45"/>
        <source>L&apos;identifiant est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_connection.py" line="73"/>
        <source>Mot de passe obligatoire : aucun n&apos;est enregistré pour ce compte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_connection.py" line="77"/>
        <location filename="../app/views/sync_sending.py" line="127"/>
        <source>Le serveur a refusé l&apos;identifiant « {0} » ou son mot de passe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_connection.py" line="87"/>
        <source>Pas de trousseau système : le mot de passe est gardé en mémoire jusqu&apos;à la fermeture de l&apos;application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_connection.py" line="91"/>
        <source>Connecté à {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_connection.py" line="97"/>
        <source>Serveur injoignable : la connexion sera vérifiée dès qu&apos;il répondra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="169"/>
        <source>Synchronisation…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="199"/>
        <source>La synchronisation n&apos;a pas abouti : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="31"/>
        <source>Hors ligne : {0} modification(s) en attente d&apos;envoi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="34"/>
        <source>Synchronisation terminée : {0} envoyée(s), {1} reçue(s), {2} conflit(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="38"/>
        <source>Dossier envoyé pour validation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="40"/>
        <source>{0} dossier(s) validé(s) et publié(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="43"/>
        <source>{0} dossier(s) refusé(s) par le validateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="46"/>
        <source>Erreur : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_conflicts.py" line="69"/>
        <source>Aucun conflit à résoudre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_conflicts.py" line="91"/>
        <source>(encore {0} après celui-ci)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_conflicts.py" line="104"/>
        <source>Conflit laissé en attente : « Serveur &gt; Résoudre les conflits… » pour y revenir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_conflicts.py" line="121"/>
        <source>Conflit résolu : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_sending.py" line="40"/>
        <source>Choisissez un établissement ou une de ses unités pour envoyer son dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_sending.py" line="51"/>
        <source>Envoyer le dossier de « {0} » au validateur ?
Les fiches ne pourront plus être modifiées avant sa réponse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_sending.py" line="59"/>
        <source>Envoyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_sending.py" line="61"/>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/views/sync_sending.py" line="87"/>
        <source>Dossier prêt : envoi au serveur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_sending.py" line="90"/>
        <source>Dossier prêt, en attente d&apos;envoi (hors ligne) : il partira dès que le serveur sera joignable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_sending.py" line="107"/>
        <source>Connectez-vous d&apos;abord au serveur : le compte Direction y est vérifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_sending.py" line="111"/>
        <source>Identifiant et mot de passe du compte Direction sont obligatoires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_sending.py" line="115"/>
        <source>La confirmation doit venir d&apos;un compte Direction, pas du compte du référent ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_sending.py" line="130"/>
        <source>Serveur injoignable : le compte Direction n&apos;a pas pu être vérifié. Le dossier attend cette confirmation.</source>
        <translation type="unfinished"></translation>
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
        <translation>Heure invalide : tapez par exemple 09:30</translation>
    </message>
</context>
<context>
    <name>TreeActions</name>
    <message>
        <location filename="../app/views/tree_actions.py" line="80"/>
        <location filename="../app/views/tree_actions.py" line="106"/>
        <source>Une {0} ne peut rien contenir.</source>
        <translation>Une {0} ne peut rien contenir.</translation>
    </message>
    <message>
        <location filename="../app/views/tree_actions.py" line="114"/>
        <source>Le nom de l&apos;unité est obligatoire.</source>
        <translation>Le nom de l&apos;unité est obligatoire.</translation>
    </message>
    <message>
        <location filename="../app/views/tree_actions.py" line="167"/>
        <source>Supprimer « {0} » ?</source>
        <translation>Supprimer « {0} » ?</translation>
    </message>
    <message>
        <location filename="../app/views/tree_actions.py" line="169"/>
        <source>Les {0} unité(s) qu&apos;elle contient seront supprimées aussi.</source>
        <translation>Les {0} unité(s) qu&apos;elle contient seront supprimées aussi.</translation>
    </message>
    <message>
        <location filename="../app/views/tree_actions.py" line="170"/>
        <source>Vous pourrez annuler avec Ctrl+Z.</source>
        <translation>Vous pourrez annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../app/views/tree_actions.py" line="171"/>
        <source>Supprimer</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>TreeModel</name>
    <message>
        <location filename="../app/views/tree_model.py" line="143"/>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/views/tree_model.py" line="145"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../app/views/tree_model.py" line="185"/>
        <source>FINESS : {0}</source>
        <translation>FINESS : {0}</translation>
    </message>
    <message>
        <location filename="../app/views/tree_model.py" line="187"/>
        <source>Champ d&apos;activité : {0}</source>
        <translation>Champ d&apos;activité : {0}</translation>
    </message>
    <message>
        <location filename="../app/views/tree_model.py" line="189"/>
        <source>Statut : {0}</source>
        <translation>Statut : {0}</translation>
    </message>
    <message>
        <location filename="../app/views/tree_model.py" line="191"/>
        <source>{0} problème(s) à corriger</source>
        <translation>{0} problème(s) à corriger</translation>
    </message>
    <message>
        <location filename="../app/views/tree_model.py" line="194"/>
        <source>Conflit : la fiche a été modifiée sur le serveur, choisissez la version à garder</source>
        <translation>Conflit : la fiche a été modifiée sur le serveur, choisissez la version à garder</translation>
    </message>
    <message>
        <location filename="../app/views/tree_model.py" line="197"/>
        <source>Commentaire du validateur : {0}</source>
        <translation>Commentaire du validateur : {0}</translation>
    </message>
</context>
<context>
    <name>TreeSide</name>
    <message>
        <location filename="../app/views/tree_side.py" line="90"/>
        <source>Filtrer : nom, n° FINESS, département, champ d&apos;activité (Ctrl+F)</source>
        <translation>Filtrer : nom, n° FINESS, département, champ d&apos;activité (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../app/views/tree_side.py" line="92"/>
        <source>Mes établissements</source>
        <translation>Mes établissements</translation>
    </message>
    <message>
        <location filename="../app/views/tree_side.py" line="93"/>
        <source>Afficher seulement les établissements suivis (Ctrl+Maj+B)</source>
        <translation>Afficher seulement les établissements suivis (Ctrl+Maj+B)</translation>
    </message>
    <message>
        <location filename="../app/views/tree_side.py" line="95"/>
        <source>Arborescence du dossier</source>
        <translation>Arborescence du dossier</translation>
    </message>
    <message>
        <location filename="../app/views/tree_side.py" line="188"/>
        <source>{0} unité(s) affichée(s) sur {1}</source>
        <translation>{0} unité(s) affichée(s) sur {1}</translation>
    </message>
    <message>
        <location filename="../app/views/tree_side.py" line="190"/>
        <source>{0} unité(s)</source>
        <translation>{0} unité(s)</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../app/views/window_actions.py" line="111"/>
        <source>Créer une ou plusieurs unités sous l&apos;unité choisie (Inser)</source>
        <translation>Créer une ou plusieurs unités sous l&apos;unité choisie (Inser)</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="112"/>
        <source>Renommer l&apos;unité, avec la règle de nommage (F2)</source>
        <translation>Renommer l&apos;unité, avec la règle de nommage (F2)</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="113"/>
        <source>Copier l&apos;unité avec son contenu (Ctrl+D)</source>
        <translation>Copier l&apos;unité avec son contenu (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="114"/>
        <source>Ranger l&apos;unité sous un autre parent (Ctrl+M)</source>
        <translation>Ranger l&apos;unité sous un autre parent (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="115"/>
        <source>Supprimer l&apos;unité et ce qu&apos;elle contient (Suppr)</source>
        <translation>Supprimer l&apos;unité et ce qu&apos;elle contient (Suppr)</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="116"/>
        <source>Ajouter ou retirer l&apos;unité de « Mes établissements » (Ctrl+B)</source>
        <translation>Ajouter ou retirer l&apos;unité de « Mes établissements » (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="120"/>
        <source>&amp;Nouvel espace de travail…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="121"/>
        <source>Créer un espace de travail vide</source>
        <translation>Créer un espace de travail vide</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="122"/>
        <source>&amp;Ouvrir un espace de travail…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="123"/>
        <source>Ouvrir un fichier d&apos;espace de travail</source>
        <translation>Ouvrir un fichier d&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="124"/>
        <source>Ouvrir la &amp;démonstration</source>
        <translation>Ouvrir la &amp;démonstration</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="125"/>
        <source>Ouvrir l&apos;espace de démonstration</source>
        <translation>Ouvrir l&apos;espace de démonstration</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="126"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="126"/>
        <source>Fermer ROR Référent</source>
        <translation>Fermer ROR Référent</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="128"/>
        <source>&amp;Créer…</source>
        <translation>&amp;Créer…</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="128"/>
        <source>&amp;Renommer…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="129"/>
        <source>D&amp;upliquer</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="129"/>
        <source>&amp;Déplacer vers…</source>
        <translation>&amp;Déplacer vers…</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="130"/>
        <source>&amp;Supprimer…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="131"/>
        <source>Mes é&amp;tablissements</source>
        <translation>Mes é&amp;tablissements</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="133"/>
        <source>&amp;Filtrer l&apos;arborescence</source>
        <translation>&amp;Filtrer l&apos;arborescence</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="134"/>
        <source>Aller au champ de filtre (Ctrl+F)</source>
        <translation>Aller au champ de filtre (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="135"/>
        <source>Tout &amp;déplier</source>
        <translation>Tout &amp;déplier</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="136"/>
        <source>Tout &amp;replier</source>
        <translation>Tout &amp;replier</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="137"/>
        <source>Afficher seulement « Mes établissements »</source>
        <translation>Afficher seulement « Mes établissements »</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="138"/>
        <source>Passer de l&apos;arborescence à la fiche</source>
        <translation>Passer de l&apos;arborescence à la fiche</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="139"/>
        <source>À &amp;propos de ROR Référent</source>
        <translation>À &amp;propos de ROR Référent</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="140"/>
        <source>À propos de &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="141"/>
        <source>Langue du système</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="144"/>
        <source>&amp;Fichier</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="145"/>
        <source>Espaces &amp;récents</source>
        <translation>Espaces &amp;récents</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="146"/>
        <source>&amp;Édition</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="147"/>
        <source>&amp;Affichage</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="148"/>
        <source>&amp;Langue</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="149"/>
        <source>A&amp;ide</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="150"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="155"/>
        <source>&amp;Annuler {0}</source>
        <translation>&amp;Annuler {0}</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="155"/>
        <source>&amp;Annuler</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="156"/>
        <source>&amp;Rétablir {0}</source>
        <translation>&amp;Rétablir {0}</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="156"/>
        <source>&amp;Rétablir</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="157"/>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="158"/>
        <source>Rétablir</source>
        <translation>Rétablir</translation>
    </message>
</context>
<context>
    <name>WorkspaceOpening</name>
    <message>
        <location filename="../app/views/workspace_opening.py" line="43"/>
        <source>Espaces de travail (*.sqlite *.db);;Tous les fichiers (*)</source>
        <translation>Espaces de travail (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/views/workspace_opening.py" line="44"/>
        <source>Ouvrir un espace de travail</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <location filename="../app/views/workspace_opening.py" line="50"/>
        <source>Nouvel espace de travail</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <location filename="../app/views/workspace_opening.py" line="51"/>
        <source>Espaces de travail (*.sqlite)</source>
        <translation>Espaces de travail (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../app/views/workspace_opening.py" line="54"/>
        <source>Le fichier {0} existe déjà : choisissez un autre nom.</source>
        <translation>Le fichier {0} existe déjà : choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../app/views/workspace_opening.py" line="66"/>
        <source>(aucun)</source>
        <translation>(aucun)</translation>
    </message>
</context>
</TS>
