<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../app/views/about.py" line="41"/>
        <source>À propos de ROR Référent</source>
        <translation type="unfinished">À propos de ROR Référent</translation>
    </message>
    <message>
        <location filename="../app/views/about.py" line="48"/>
        <source>ROR Référent décrit l&apos;offre de soins de vos établissements dans le Répertoire Opérationnel des Ressources, même hors ligne.</source>
        <translation type="unfinished">ROR Référent décrit l&apos;offre de soins de vos établissements dans le Répertoire Opérationnel des Ressources, même hors ligne.</translation>
    </message>
    <message>
        <location filename="../app/views/about.py" line="53"/>
        <source>aucun espace de travail ouvert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/about.py" line="58"/>
        <source>Version :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/about.py" line="58"/>
        <source>Espace de travail :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/about.py" line="59"/>
        <source>Dossier des journaux :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/about.py" line="59"/>
        <source>Composants :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/about.py" line="75"/>
        <source>Fermer</source>
        <translation type="unfinished">Fermer</translation>
    </message>
    <message>
        <location filename="../app/views/about.py" line="76"/>
        <source>Copier ces informations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/about.py" line="77"/>
        <source>Ouvrir le dossier des journaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/about.py" line="97"/>
        <source>Besoin d&apos;aide ? Le guide d&apos;utilisation s&apos;ouvre avec F1 (Aide &gt; Guide d&apos;utilisation). En cas de problème, créez un paquet pour le support (Aide &gt; Créer un paquet pour le support…) et transmettez-le au support ROR de votre ARS ou de votre GRADeS, avec quelques mots sur ce que vous faisiez. Le paquet ne contient aucun mot de passe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <location filename="../app/views/forms/field_widgets.py" line="112"/>
        <source>Oui</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../app/views/forms/field_widgets.py" line="113"/>
        <source>Non</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>BulkEdit</name>
    <message>
        <location filename="../app/views/bulk/runner.py" line="67"/>
        <source>Sélectionnez des unités opérationnelles, ou les établissements qui les contiennent, pour une modification groupée.</source>
        <translation>Sélectionnez des unités opérationnelles, ou les établissements qui les contiennent, pour une modification groupée.</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/runner.py" line="80"/>
        <source>Préparation de l&apos;aperçu…</source>
        <translation>Préparation de l&apos;aperçu…</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/runner.py" line="102"/>
        <source>Modification de {0} unité(s)…</source>
        <translation>Modification de {0} unité(s)…</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/runner.py" line="108"/>
        <source>{0} unité(s) modifiée(s) : Ctrl+Z annule toute la modification groupée.</source>
        <translation>{0} unité(s) modifiée(s) : Ctrl+Z annule toute la modification groupée.</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/runner.py" line="116"/>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/runner.py" line="118"/>
        <source>Modification groupée</source>
        <translation>Modification groupée</translation>
    </message>
</context>
<context>
    <name>BulkWords</name>
    <message>
        <location filename="../app/views/bulk/words.py" line="18"/>
        <source>lun.</source>
        <translation>lun.</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/words.py" line="18"/>
        <source>mar.</source>
        <translation>mar.</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/words.py" line="19"/>
        <source>mer.</source>
        <translation>mer.</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/words.py" line="19"/>
        <source>jeu.</source>
        <translation>jeu.</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/words.py" line="20"/>
        <source>ven.</source>
        <translation>ven.</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/words.py" line="20"/>
        <source>sam.</source>
        <translation>sam.</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/words.py" line="21"/>
        <source>dim.</source>
        <translation>dim.</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/words.py" line="27"/>
        <source>(vide)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/words.py" line="53"/>
        <source> ; </source>
        <translation> ; </translation>
    </message>
    <message>
        <location filename="../app/views/bulk/words.py" line="65"/>
        <source>Déjà à jour : rien à changer</source>
        <translation>Déjà à jour : rien à changer</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/words.py" line="67"/>
        <source>{0} ({1} problème(s) à corriger ensuite)</source>
        <translation>{0} ({1} problème(s) à corriger ensuite)</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/words.py" line="83"/>
        <source>Avant : {0}</source>
        <translation>Avant : {0}</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/words.py" line="84"/>
        <source>Refusé : {0}</source>
        <translation>Refusé : {0}</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/words.py" line="85"/>
        <source>Après : {0}</source>
        <translation>Après : {0}</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/words.py" line="93"/>
        <source>{0} : {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/words.py" line="95"/>
        <source>{0} : mettre « {1} »</source>
        <translation>{0} : mettre « {1} »</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/words.py" line="96"/>
        <source>{0} : ajouter « {1} »</source>
        <translation>{0} : ajouter « {1} »</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/words.py" line="97"/>
        <source>{0} : retirer « {1} »</source>
        <translation>{0} : retirer « {1} »</translation>
    </message>
</context>
<context>
    <name>Capacities</name>
    <message>
        <location filename="../app/views/capacities/labels.py" line="12"/>
        <source>Lits</source>
        <translation>Lits</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="13"/>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="19"/>
        <source>hommes</source>
        <translation>hommes</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="20"/>
        <source>femmes</source>
        <translation>femmes</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="21"/>
        <source>mixte</source>
        <translation>mixte</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="25"/>
        <source>Installés</source>
        <translation>Installés</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="26"/>
        <source>Disponibles</source>
        <translation>Disponibles</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="27"/>
        <source>Occupés</source>
        <translation>Occupés</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="28"/>
        <source>Fermés</source>
        <translation>Fermés</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="29"/>
        <source>Supplémentaires</source>
        <translation>Supplémentaires</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="30"/>
        <source>Réservés</source>
        <translation>Réservés</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="34"/>
        <source>Courant</source>
        <translation>Courant</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="35"/>
        <source>Prévisionnel 24 h</source>
        <translation>Prévisionnel 24 h</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="36"/>
        <source>Prévisionnel 48 h</source>
        <translation>Prévisionnel 48 h</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="37"/>
        <source>Prévisionnel 7 jours</source>
        <translation>Prévisionnel 7 jours</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="44"/>
        <source>Saisie manuelle</source>
        <translation>Saisie manuelle</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="45"/>
        <source>Bed management</source>
        <translation>Bed management</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="46"/>
        <source>Gestion administrative du malade</source>
        <translation>Gestion administrative du malade</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="47"/>
        <source>Dossier patient informatisé</source>
        <translation>Dossier patient informatisé</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="53"/>
        <source>En attente d&apos;envoi</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="56"/>
        <source>Refusé : {0}</source>
        <translation>Refusé : {0}</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="57"/>
        <source>Refusé par le serveur</source>
        <translation>Refusé par le serveur</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="59"/>
        <source>Conflit : modifié sur le serveur entre-temps</source>
        <translation>Conflit : modifié sur le serveur entre-temps</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="60"/>
        <source>Envoyé</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/labels.py" line="66"/>
        <source>(sans champ)</source>
        <translation>(sans champ)</translation>
    </message>
</context>
<context>
    <name>CapacitiesPart</name>
    <message>
        <location filename="../app/views/capacities/window_part.py" line="67"/>
        <source>&amp;Disponibilités</source>
        <translation>&amp;Disponibilités</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/window_part.py" line="68"/>
        <source>Saisir les lits et places de l&apos;établissement choisi (Ctrl+Maj+L)</source>
        <translation>Saisir les lits et places de l&apos;établissement choisi (Ctrl+Maj+L)</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/window_part.py" line="69"/>
        <source>Disponibilités du &amp;groupe</source>
        <translation>Disponibilités du &amp;groupe</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/window_part.py" line="70"/>
        <source>Totaux des lits et places de l&apos;entité juridique choisie, ou de tous les établissements</source>
        <translation>Totaux des lits et places de l&apos;entité juridique choisie, ou de tous les établissements</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/window_part.py" line="71"/>
        <source>&amp;Importer des capacités (CSV)…</source>
        <translation>&amp;Importer des capacités (CSV)…</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/window_part.py" line="72"/>
        <source>Aperçu puis application d&apos;un export de gestion des lits</source>
        <translation>Aperçu puis application d&apos;un export de gestion des lits</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/window_part.py" line="74"/>
        <source>Disponibilités</source>
        <translation>Disponibilités</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/window_part.py" line="75"/>
        <source>Saisie</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/window_part.py" line="76"/>
        <source>Groupe</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/window_part.py" line="131"/>
        <source>Importer des capacités</source>
        <translation>Importer des capacités</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/window_part.py" line="132"/>
        <source>Fichiers CSV (*.csv);;Tous les fichiers (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>CapacityAge</name>
    <message>
        <location filename="../app/views/capacities/age_text.py" line="14"/>
        <source>jamais saisi</source>
        <translation>jamais saisi</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/age_text.py" line="17"/>
        <source>à l&apos;instant</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/capacities/age_text.py" line="19"/>
        <source>il y a %n min</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/capacities/age_text.py" line="21"/>
        <source>il y a %n h</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/capacities/age_text.py" line="24"/>
        <source>il y a %n jour(s)</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/capacities/age_text.py" line="26"/>
        <source>il y a %n mois</source>
        <translation>
            <numerusform>il y a %n mois</numerusform>
            <numerusform>il y a %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/capacities/age_text.py" line="27"/>
        <source>il y a %n an(s)</source>
        <translation>
            <numerusform>il y a %n an</numerusform>
            <numerusform>il y a %n ans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CapacityTableModel</name>
    <message>
        <location filename="../app/views/capacities/table_model.py" line="119"/>
        <source>Établissement</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/table_model.py" line="119"/>
        <source>Unité</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/table_model.py" line="119"/>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/table_model.py" line="120"/>
        <source>Mise à jour</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/table_model.py" line="120"/>
        <source>Envoi</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/table_model.py" line="165"/>
        <source>date inconnue</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/table_model.py" line="173"/>
        <source>Mis à jour le {0}</source>
        <translation>Mis à jour le {0}</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/table_model.py" line="176"/>
        <source>Source : {0}</source>
        <translation>Source : {0}</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/table_model.py" line="178"/>
        <source>Chiffres plus anciens que la période de rappel</source>
        <translation>Chiffres plus anciens que la période de rappel</translation>
    </message>
</context>
<context>
    <name>ChangeDialog</name>
    <message>
        <location filename="../app/views/bulk/change_dialog.py" line="36"/>
        <source>Modification groupée</source>
        <translation>Modification groupée</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/change_dialog.py" line="37"/>
        <source>La modification sera proposée pour {0} unité(s) ; un aperçu dira, unité par unité, ce qui change et ce qui est refusé, avant toute écriture.</source>
        <translation>La modification sera proposée pour {0} unité(s) ; un aperçu dira, unité par unité, ce qui change et ce qui est refusé, avant toute écriture.</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/change_dialog.py" line="42"/>
        <source>Horaires d&apos;ouverture</source>
        <translation>Horaires d&apos;ouverture</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/change_dialog.py" line="42"/>
        <source>Donner une valeur à un champ</source>
        <translation>Donner une valeur à un champ</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/change_dialog.py" line="43"/>
        <source>Ajouter une valeur à une liste</source>
        <translation>Ajouter une valeur à une liste</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/change_dialog.py" line="44"/>
        <source>Retirer une valeur d&apos;une liste</source>
        <translation>Retirer une valeur d&apos;une liste</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/change_dialog.py" line="66"/>
        <source>Champ</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/change_dialog.py" line="67"/>
        <source>Valeur</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/change_dialog.py" line="77"/>
        <source>Aperçu…</source>
        <translation>Aperçu…</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/change_dialog.py" line="78"/>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/change_dialog.py" line="82"/>
        <source>Modifier</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/change_dialog.py" line="139"/>
        <source>Donnez au moins une plage horaire (« + plage »).</source>
        <translation>Donnez au moins une plage horaire (« + plage »).</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/change_dialog.py" line="144"/>
        <source>Choisissez une valeur dans la liste.</source>
        <translation>Choisissez une valeur dans la liste.</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <location filename="../app/views/forms/multi_choice.py" line="58"/>
        <source>Retirer</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../app/views/forms/multi_choice.py" line="59"/>
        <source>Retirer « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceWidget</name>
    <message>
        <location filename="../app/views/forms/search_picker.py" line="145"/>
        <source>« {0} » n&apos;est pas dans la liste : choisissez une valeur proposée</source>
        <translation>« {0} » n&apos;est pas dans la liste : choisissez une valeur proposée</translation>
    </message>
    <message>
        <location filename="../app/views/forms/search_picker.py" line="150"/>
        <source>Valeur pré-remplie obligatoire : vous pouvez la compléter ou la modifier, pas la supprimer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/choice_widgets.py" line="129"/>
        <source>(hors liste)</source>
        <translation>(hors liste)</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../app/views/commands.py" line="57"/>
        <source>Créer « {0} »</source>
        <translation>Créer « {0} »</translation>
    </message>
    <message>
        <location filename="../app/views/commands.py" line="59"/>
        <source>Créer {0} unités</source>
        <translation>Créer {0} unités</translation>
    </message>
    <message>
        <location filename="../app/views/commands.py" line="84"/>
        <source>Renommer « {0} » en « {1} »</source>
        <translation>Renommer « {0} » en « {1} »</translation>
    </message>
    <message>
        <location filename="../app/views/commands.py" line="101"/>
        <source>Déplacer « {0} »</source>
        <translation>Déplacer « {0} »</translation>
    </message>
    <message>
        <location filename="../app/views/commands.py" line="119"/>
        <source>Dupliquer « {0} »</source>
        <translation>Dupliquer « {0} »</translation>
    </message>
    <message>
        <location filename="../app/views/commands.py" line="137"/>
        <source>Supprimer « {0} »</source>
        <translation>Supprimer « {0} »</translation>
    </message>
    <message>
        <location filename="../app/views/commands.py" line="154"/>
        <source>Ajouter « {0} » à Mes établissements</source>
        <translation>Ajouter « {0} » à Mes établissements</translation>
    </message>
    <message>
        <location filename="../app/views/commands.py" line="156"/>
        <source>Retirer « {0} » de Mes établissements</source>
        <translation>Retirer « {0} » de Mes établissements</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/command.py" line="23"/>
        <source>Modification groupée de {0} unité(s)</source>
        <translation>Modification groupée de {0} unité(s)</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/capacity_command.py" line="17"/>
        <source>Modifier les {0} de « {1} »</source>
        <translation>Modifier les {0} de « {1} »</translation>
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
        <translation type="unfinished">(vide)</translation>
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
        <location filename="../app/views/refusal_text.py" line="47"/>
        <source>Erreur inattendue : {0}</source>
        <translation>Erreur inattendue : {0}</translation>
    </message>
</context>
<context>
    <name>CountDelegate</name>
    <message>
        <location filename="../app/views/capacities/entry_table.py" line="50"/>
        <source>Saisissez un nombre entier.</source>
        <translation>Saisissez un nombre entier.</translation>
    </message>
</context>
<context>
    <name>CreateDialog</name>
    <message>
        <location filename="../app/views/dialogs.py" line="77"/>
        <source>Créer sous « {0} »</source>
        <translation>Créer sous « {0} »</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="91"/>
        <source>Tapez pour chercher un type d&apos;offre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="93"/>
        <source>Nom de l&apos;unité</source>
        <translation>Nom de l&apos;unité</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="99"/>
        <source>Avec plusieurs unités, un numéro est ajouté à chaque nom.</source>
        <translation>Avec plusieurs unités, un numéro est ajouté à chaque nom.</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="102"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="103"/>
        <source>Champ d&apos;activité</source>
        <translation type="unfinished">Champ d&apos;activité</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="104"/>
        <source>Type d&apos;offre</source>
        <translation type="unfinished">Type d&apos;offre</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="105"/>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="107"/>
        <source>Nombre</source>
        <translation>Nombre</translation>
    </message>
</context>
<context>
    <name>DailyChart</name>
    <message>
        <location filename="../app/views/capacities/daily_chart.py" line="35"/>
        <source>Les 30 derniers jours</source>
        <translation>Les 30 derniers jours</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/daily_chart.py" line="51"/>
        <source>{0} : {1}</source>
        <translation>{0} : {1}</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../app/views/dashboard/chart.py" line="38"/>
        <source>Dépt {0}</source>
        <translation>Dépt {0}</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/chart.py" line="47"/>
        <source>Fiches finalisées par département (%)</source>
        <translation>Fiches finalisées par département (%)</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/chart.py" line="49"/>
        <source>Fiches finalisées des {0} premiers établissements du tableau (%)</source>
        <translation>Fiches finalisées des {0} premiers établissements du tableau (%)</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/chart.py" line="51"/>
        <source>Fiches finalisées (%)</source>
        <translation>Fiches finalisées (%)</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/export.py" line="26"/>
        <location filename="../app/views/dashboard/texts.py" line="15"/>
        <source>Établissement (EG)</source>
        <translation>Établissement (EG)</translation>
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
        <translation>Entité juridique</translation>
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
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/export.py" line="31"/>
        <location filename="../app/views/dashboard/texts.py" line="20"/>
        <source>Fiches finalisées</source>
        <translation>Fiches finalisées</translation>
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
        <translation>Problèmes bloquants</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/export.py" line="34"/>
        <location filename="../app/views/dashboard/texts.py" line="22"/>
        <source>Avertissements</source>
        <translation>Avertissements</translation>
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
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/export.py" line="37"/>
        <source>Dernière publication</source>
        <translation>Dernière publication</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/export.py" line="38"/>
        <location filename="../app/views/dashboard/texts.py" line="25"/>
        <source>Mise à jour annuelle</source>
        <translation>Mise à jour annuelle</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/filter_bar.py" line="54"/>
        <source>Tous les départements</source>
        <translation>Tous les départements</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/filter_bar.py" line="55"/>
        <source>Toutes les catégories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/filter_bar.py" line="72"/>
        <source>Filtrer : nom, n° FINESS, entité juridique…</source>
        <translation>Filtrer : nom, n° FINESS, entité juridique…</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/filter_bar.py" line="73"/>
        <source>Filtrer le tableau de bord</source>
        <translation>Filtrer le tableau de bord</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/filter_bar.py" line="76"/>
        <source>État</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/table_model.py" line="157"/>
        <source>Dernière publication ou confirmation : {0}</source>
        <translation>Dernière publication ou confirmation : {0}</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/texts.py" line="18"/>
        <source>Dépt</source>
        <translation>Dépt</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/texts.py" line="32"/>
        <source>aucun</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/texts.py" line="33"/>
        <source>en cours</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/texts.py" line="34"/>
        <source>prêt à envoyer</source>
        <translation>prêt à envoyer</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/texts.py" line="35"/>
        <source>attente de la Direction</source>
        <translation>attente de la Direction</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/texts.py" line="36"/>
        <source>en validation</source>
        <translation>en validation</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/texts.py" line="37"/>
        <source>rejeté</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/texts.py" line="38"/>
        <source>publié</source>
        <translation>publié</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/texts.py" line="45"/>
        <source>Tous les états</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/texts.py" line="46"/>
        <source>En conflit</source>
        <translation>En conflit</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/texts.py" line="47"/>
        <source>Avec problèmes</source>
        <translation>Avec problèmes</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/texts.py" line="48"/>
        <source>Chez le validateur</source>
        <translation>Chez le validateur</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/texts.py" line="49"/>
        <source>Avec brouillons</source>
        <translation>Avec brouillons</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/texts.py" line="50"/>
        <source>Tout finalisé</source>
        <translation>Tout finalisé</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/texts.py" line="51"/>
        <source>Mise à jour annuelle à faire</source>
        <translation>Mise à jour annuelle à faire</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/texts.py" line="57"/>
        <source>à faire</source>
        <translation>à faire</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/texts.py" line="57"/>
        <source>à faire (jamais publié)</source>
        <translation>à faire (jamais publié)</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/texts.py" line="58"/>
        <source>à jour</source>
        <translation>à jour</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/window.py" line="122"/>
        <source>Tableau de bord des établissements</source>
        <translation>Tableau de bord des établissements</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/window.py" line="123"/>
        <source>Établissements du tableau de bord</source>
        <translation>Établissements du tableau de bord</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/window.py" line="127"/>
        <source>Avancement par département</source>
        <translation>Avancement par département</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/window.py" line="128"/>
        <source>Avancement par établissement</source>
        <translation>Avancement par établissement</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/window.py" line="131"/>
        <source>Exporter en CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/window.py" line="132"/>
        <source>Rapport PDF…</source>
        <translation>Rapport PDF…</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/window.py" line="233"/>
        <source>{0} établissement(s) sur {1} ; {2} fiche(s) dont {3} % finalisées ; {4} établissement(s) à mettre à jour (mise à jour annuelle)</source>
        <translation>{0} établissement(s) sur {1} ; {2} fiche(s) dont {3} % finalisées ; {4} établissement(s) à mettre à jour (mise à jour annuelle)</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/window.py" line="249"/>
        <source>Exporter le tableau en CSV</source>
        <translation>Exporter le tableau en CSV</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/window.py" line="250"/>
        <source>Fichiers CSV (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/window.py" line="255"/>
        <source>Enregistrer le rapport PDF</source>
        <translation>Enregistrer le rapport PDF</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/window.py" line="256"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/window.py" line="265"/>
        <source>Le fichier n&apos;a pas pu être écrit : {0}</source>
        <translation>Le fichier n&apos;a pas pu être écrit : {0}</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/window.py" line="267"/>
        <source>Fichier enregistré.</source>
        <translation>Fichier enregistré.</translation>
    </message>
    <message>
        <location filename="../app/views/dashboard/window.py" line="278"/>
        <source>le rapport n&apos;a pas été créé</source>
        <translation>le rapport n&apos;a pas été créé</translation>
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
    <name>DispoView</name>
    <message>
        <location filename="../app/views/capacities/dispo_view.py" line="104"/>
        <source>&amp;Temporalité :</source>
        <translation>&amp;Temporalité :</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/dispo_view.py" line="107"/>
        <source>&amp;Rappels…</source>
        <translation>&amp;Rappels…</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/dispo_view.py" line="108"/>
        <source>Choisir après combien de temps des chiffres sont signalés anciens</source>
        <translation>Choisir après combien de temps des chiffres sont signalés anciens</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/dispo_view.py" line="109"/>
        <source>Tapez un chiffre pour saisir ; Tab ou Entrée valide et passe à la case suivante ; Échap annule.</source>
        <translation>Tapez un chiffre pour saisir ; Tab ou Entrée valide et passe à la case suivante ; Échap annule.</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/dispo_view.py" line="165"/>
        <source>Disponibilités</source>
        <translation>Disponibilités</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/dispo_view.py" line="166"/>
        <source>Aucune unité de cet établissement ne déclare de lits ni de places.</source>
        <translation>Aucune unité de cet établissement ne déclare de lits ni de places.</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/dispo_view.py" line="167"/>
        <source>Choisissez un établissement dans l&apos;arborescence.</source>
        <translation>Choisissez un établissement dans l&apos;arborescence.</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/dispo_view.py" line="170"/>
        <source>Disponibilités — {0}</source>
        <translation>Disponibilités — {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/capacities/dispo_view.py" line="171"/>
        <source> et %n autre(s)</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/capacities/dispo_view.py" line="176"/>
        <source>{0} : mis à jour {1}</source>
        <translation>{0} : mis à jour {1}</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/dispo_view.py" line="178"/>
        <source>{0} : aucun chiffre daté</source>
        <translation>{0} : aucun chiffre daté</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/capacities/dispo_view.py" line="183"/>
        <source>⚠ %n ligne(s) ont des chiffres plus anciens que la période de rappel</source>
        <translation>
            <numerusform>⚠ %n ligne a des chiffres plus anciens que la période de rappel</numerusform>
            <numerusform>⚠ %n lignes ont des chiffres plus anciens que la période de rappel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/capacities/dispo_view.py" line="184"/>
        <source> (disponibles : {0} h, installés : {1} jours). Mettez-les à jour.</source>
        <translation> (disponibles : {0} h, installés : {1} jours). Mettez-les à jour.</translation>
    </message>
</context>
<context>
    <name>Dossiers</name>
    <message>
        <location filename="../app/views/dossiers/finalise_command.py" line="14"/>
        <source>Finaliser les fiches complètes de « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/checklist.py" line="36"/>
        <source>{0} : {1}</source>
        <translation type="unfinished">{0} : {1}</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/checklist.py" line="57"/>
        <source>Rien ne bloque : le dossier peut être envoyé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/checklist.py" line="63"/>
        <source>{0} « {1} » : {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/checklist.py" line="74"/>
        <source>Afficher cette fiche dans l&apos;arborescence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/diff_view.py" line="21"/>
        <source>dernière publication le {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/diff_view.py" line="22"/>
        <source>jamais publié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/diff_view.py" line="23"/>
        <source>« {0} » par rapport à la version publiée ({1}) : {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/diff_view.py" line="38"/>
        <source>Unité / champ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/diff_view.py" line="39"/>
        <source>Avant</source>
        <translation type="unfinished">Avant</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/diff_view.py" line="39"/>
        <source>Après</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/diff_view.py" line="49"/>
        <source>{0} « {1} » — {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/diff_view.py" line="56"/>
        <source>Nom</source>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/diff_view.py" line="58"/>
        <source>Rattachement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/diff_view.py" line="70"/>
        <source>Aucun changement par rapport à la version publiée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/diff_view.py" line="108"/>
        <source>Changements du dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/diff_view.py" line="115"/>
        <source>Fermer</source>
        <translation type="unfinished">Fermer</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/panel.py" line="70"/>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/panel.py" line="70"/>
        <source>État du dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/panel.py" line="71"/>
        <source>Ce qu&apos;il contient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/panel.py" line="71"/>
        <source>À reprendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/panel.py" line="73"/>
        <source>Ouvrir un dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/panel.py" line="74"/>
        <source>Ouvrir un dossier sur l&apos;établissement choisi dans l&apos;arborescence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/panel.py" line="75"/>
        <source>Envoyer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/panel.py" line="76"/>
        <source>Vérifier puis envoyer le dossier au validateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/panel.py" line="77"/>
        <source>Retirer</source>
        <translation type="unfinished">Retirer</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/panel.py" line="78"/>
        <source>Retirer un dossier envoyé (annule sa demande de validation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/panel.py" line="79"/>
        <source>Changements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/panel.py" line="80"/>
        <source>Ce que le dossier change par rapport à la version publiée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/panel.py" line="81"/>
        <location filename="../app/views/dossiers/send_dialog.py" line="64"/>
        <source>Finaliser les fiches complètes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/panel.py" line="82"/>
        <source>Finaliser en une étape (annulable) toutes les fiches du dossier sans problème bloquant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/panel.py" line="84"/>
        <location filename="../app/views/dossiers/window_part.py" line="68"/>
        <source>Confirmer sans changement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/panel.py" line="85"/>
        <location filename="../app/views/dossiers/window_part.py" line="69"/>
        <source>Mise à jour annuelle : confirmer que l&apos;offre de l&apos;établissement n&apos;a pas changé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/panel.py" line="104"/>
        <source>{0} avec problème(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/panel.py" line="106"/>
        <source>{0} non finalisée(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/panel.py" line="144"/>
        <source>Choisissez un dossier pour voir ce qui bloque son envoi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/panel.py" line="147"/>
        <location filename="../app/views/dossiers/send_dialog.py" line="91"/>
        <source>Avant l&apos;envoi, {0} fiche(s) à reprendre (cliquez pour l&apos;afficher) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/panel.py" line="149"/>
        <location filename="../app/views/dossiers/send_dialog.py" line="93"/>
        <source>Vérification avant l&apos;envoi :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/send_dialog.py" line="35"/>
        <source>Envoyer pour validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/send_dialog.py" line="62"/>
        <source>Envoyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/send_dialog.py" line="65"/>
        <source>Annuler</source>
        <translation type="unfinished">Annuler</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/send_dialog.py" line="84"/>
        <source>Aucun dossier en cours sur « {0} » : rien à envoyer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/send_dialog.py" line="87"/>
        <source>Envoyer le dossier de « {0} » au validateur ?
Les fiches ne pourront plus être modifiées avant sa réponse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/send_dialog.py" line="98"/>
        <source>Reprenez d&apos;abord les fiches de la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/texts.py" line="13"/>
        <source>retrait demandé (en attente du serveur)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/texts.py" line="15"/>
        <source>prêt à envoyer</source>
        <translation type="unfinished">prêt à envoyer</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/texts.py" line="15"/>
        <source>en cours</source>
        <translation type="unfinished">en cours</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/texts.py" line="17"/>
        <source>prêt, en attente d&apos;envoi (hors ligne)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/texts.py" line="18"/>
        <source>en attente de la Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/texts.py" line="19"/>
        <source>en validation</source>
        <translation type="unfinished">en validation</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/texts.py" line="20"/>
        <source>rejeté</source>
        <translation type="unfinished">rejeté</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/texts.py" line="21"/>
        <source>publié</source>
        <translation type="unfinished">publié</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/texts.py" line="26"/>
        <source>créée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/texts.py" line="26"/>
        <source>renommée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/texts.py" line="27"/>
        <source>déplacée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/texts.py" line="27"/>
        <source>supprimée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/texts.py" line="28"/>
        <source>fiche modifiée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/texts.py" line="34"/>
        <source>{0} créée(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/texts.py" line="35"/>
        <source>{0} renommée(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/texts.py" line="36"/>
        <source>{0} déplacée(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/texts.py" line="37"/>
        <source>{0} supprimée(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/texts.py" line="38"/>
        <source>{0} fiche(s) modifiée(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/texts.py" line="41"/>
        <source>aucun changement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/texts.py" line="46"/>
        <source>{0} problème(s) bloquant(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/texts.py" line="48"/>
        <source>brouillon non enregistré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/texts.py" line="49"/>
        <source>fiche non finalisée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/window_part.py" line="65"/>
        <source>&amp;Dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/window_part.py" line="66"/>
        <source>Le dossier de chaque établissement : état, contenu, envoi, retrait (Ctrl+Maj+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/window_part.py" line="71"/>
        <source>Changements du dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/window_part.py" line="72"/>
        <source>Ce que le dossier de l&apos;établissement change par rapport à la version publiée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/window_part.py" line="74"/>
        <source>Dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/window_part.py" line="163"/>
        <source>Confirmation annuelle enregistrée : elle part au serveur avec la prochaine synchronisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/window_part.py" line="191"/>
        <source>Mise à jour annuelle : à jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/window_part.py" line="193"/>
        <source>Mise à jour annuelle : {0} établissement(s) à confirmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/window_part.py" line="195"/>
        <source>Chaque établissement doit être mis à jour au moins une fois par an : un établissement est à confirmer quand rien n&apos;a été publié ni confirmé depuis 12 mois (Confirmer sans changement, ou envoyer son dossier).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/window_part.py" line="214"/>
        <source>Aucune modification en attente</source>
        <translation type="unfinished">Aucune modification en attente</translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/window_part.py" line="216"/>
        <source>{0} modification(s) en attente : {1} dans les dossiers (partent à l&apos;envoi du dossier), {2} à envoyer au serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/dossiers/window_part.py" line="219"/>
        <source>Les créations, renommages, déplacements, suppressions et fiches d&apos;un dossier restent ici jusqu&apos;à l&apos;envoi du dossier au validateur. Le bilan de synchronisation (« N envoyée(s) ») ne compte que les modifications directes acceptées par le serveur.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailurePanel</name>
    <message numerus="yes">
        <location filename="../app/views/failure_panel.py" line="59"/>
        <source>Le serveur a refusé %n modification(s) de cette unité :</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/failure_panel.py" line="68"/>
        <source>Réessayer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/failure_panel.py" line="69"/>
        <source>Envoyer à nouveau cette modification au serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/failure_panel.py" line="70"/>
        <source>Abandonner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/failure_panel.py" line="71"/>
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
        <location filename="../app/views/forms/form_builder.py" line="69"/>
        <source>Donnée non modifiable ici : pour la changer, contactez le support.</source>
        <translation>Donnée non modifiable ici : pour la changer, contactez le support.</translation>
    </message>
</context>
<context>
    <name>FinessImport</name>
    <message>
        <location filename="../app/views/finess_import.py" line="125"/>
        <source>Affichage des structures importées…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/finess_import.py" line="133"/>
        <source>Import FINESS terminé : {0} EJ et {1} EG créées, {2} EG mises à jour, {3} ligne(s) rejetée(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/finess_import.py" line="137"/>
        <source>%n ligne(s) n&apos;étaient pas en UTF-8 et ont été lues en Windows-1252 (latin-1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/finess_import.py" line="145"/>
        <source>Import refusé, rien n&apos;a été importé : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/finess_import.py" line="147"/>
        <source>L&apos;import a échoué, rien n&apos;a été importé : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/finess_import.py" line="154"/>
        <source>Import de l&apos;extraction FINESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/finess_import.py" line="167"/>
        <source>Ouvrez d&apos;abord un espace de travail.</source>
        <translation type="unfinished">Ouvrez d&apos;abord un espace de travail.</translation>
    </message>
    <message>
        <location filename="../app/views/finess_import.py" line="170"/>
        <source>Importer l&apos;extraction FINESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/finess_import.py" line="171"/>
        <source>Extraction FINESS (*.csv *.txt);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinessProgressDialog</name>
    <message>
        <location filename="../app/views/finess_import.py" line="45"/>
        <source>Import de l&apos;extraction FINESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/finess_import.py" line="47"/>
        <source>Lecture de {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/finess_import.py" line="53"/>
        <source>Annuler</source>
        <translation type="unfinished">Annuler</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/finess_import.py" line="65"/>
        <source>%n structure(s) lue(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/finess_import.py" line="74"/>
        <source>Annulation… rien ne sera importé.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormBuilder</name>
    <message>
        <location filename="../app/views/forms/form_builder.py" line="186"/>
        <source>Certaines données viennent de FINESS ou du ROR et ne peuvent pas être modifiées ici : pour les changer, contactez le support.</source>
        <translation>Certaines données viennent de FINESS ou du ROR et ne peuvent pas être modifiées ici : pour les changer, contactez le support.</translation>
    </message>
</context>
<context>
    <name>FormHeader</name>
    <message>
        <location filename="../app/views/forms/form_header.py" line="128"/>
        <source>Enregistrer</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="129"/>
        <source>Enregistrer la fiche (Ctrl+S)</source>
        <translation>Enregistrer la fiche (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="130"/>
        <source>Finaliser</source>
        <translation>Finaliser</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="180"/>
        <source>Modifiée, non enregistrée</source>
        <translation>Modifiée, non enregistrée</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="182"/>
        <source>À corriger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="184"/>
        <source>Finalisée</source>
        <translation>Finalisée</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="186"/>
        <source>Brouillon</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="188"/>
        <source>{0} problème(s) à corriger, {1} conseil(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="192"/>
        <source>{0} problème(s) à corriger</source>
        <translation>{0} problème(s) à corriger</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="195"/>
        <source>{0} conseil(s), rien ne bloque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="198"/>
        <source>Aucun problème</source>
        <translation>Aucun problème</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="202"/>
        <location filename="../app/views/forms/form_header.py" line="212"/>
        <source>Masquer la liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="203"/>
        <location filename="../app/views/forms/form_header.py" line="213"/>
        <source>Voir la liste</source>
        <translation type="unfinished">Voir la liste</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="206"/>
        <source>Corrigez d&apos;abord les problèmes signalés en rouge.</source>
        <translation>Corrigez d&apos;abord les problèmes signalés en rouge.</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="207"/>
        <source>Finaliser la fiche : elle passe au vert dans l&apos;arborescence</source>
        <translation>Finaliser la fiche : elle passe au vert dans l&apos;arborescence</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <location filename="../app/views/forms/form_header.py" line="242"/>
        <source>Abandonner ces modifications</source>
        <translation>Abandonner ces modifications</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="243"/>
        <source>Des modifications non enregistrées ont été retrouvées (sauvegarde automatique) et restaurées. Enregistrez-les ou abandonnez-les.</source>
        <translation>Des modifications non enregistrées ont été retrouvées (sauvegarde automatique) et restaurées. Enregistrez-les ou abandonnez-les.</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_view.py" line="121"/>
        <source>Choisissez une unité dans l&apos;arborescence pour remplir sa fiche.</source>
        <translation>Choisissez une unité dans l&apos;arborescence pour remplir sa fiche.</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_writes.py" line="39"/>
        <source>Brouillon enregistré automatiquement à {0}</source>
        <translation>Brouillon enregistré automatiquement à {0}</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_writes.py" line="53"/>
        <source> : la fiche ne peut pas être modifiée avant la réponse du validateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_writes.py" line="80"/>
        <source>Fiche enregistrée à {0}</source>
        <translation>Fiche enregistrée à {0}</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_writes.py" line="100"/>
        <source>Dossier en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_writes.py" line="101"/>
        <source>Un dossier est ouvert sur cette structure. Reporter aussi cette modification dans le dossier ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_writes.py" line="104"/>
        <source>Oui : la modification part avec le dossier, pour validation. Non : elle est envoyée directement au Répertoire. Annuler : rien n&apos;est enregistré. La réponse vaut pour cette fiche jusqu&apos;à l&apos;envoi du dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_writes.py" line="126"/>
        <source>La fiche a encore {0} problème(s) : corrigez-les avant de la finaliser.</source>
        <translation>La fiche a encore {0} problème(s) : corrigez-les avant de la finaliser.</translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_writes.py" line="150"/>
        <source>Fiche finalisée à {0}</source>
        <translation>Fiche finalisée à {0}</translation>
    </message>
</context>
<context>
    <name>GroupView</name>
    <message>
        <location filename="../app/views/capacities/group_view.py" line="98"/>
        <source>Total par nature</source>
        <translation>Total par nature</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/group_view.py" line="99"/>
        <source>Par département</source>
        <translation>Par département</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/group_view.py" line="100"/>
        <source>Par champ d&apos;activité</source>
        <translation>Par champ d&apos;activité</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/group_view.py" line="101"/>
        <source>E&amp;xporter en CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/group_view.py" line="102"/>
        <source>Ac&amp;tualiser</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/group_view.py" line="120"/>
        <source>Calcul des disponibilités…</source>
        <translation>Calcul des disponibilités…</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/group_view.py" line="136"/>
        <source>Disponibilités du groupe</source>
        <translation>Disponibilités du groupe</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/capacities/group_view.py" line="140"/>
        <source>Disponibilités de %n établissement(s), chiffres courants</source>
        <translation>
            <numerusform>Disponibilités de %n établissement, chiffres courants</numerusform>
            <numerusform>Disponibilités de %n établissements, chiffres courants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/capacities/group_view.py" line="142"/>
        <source> — %n unité(s) à mettre à jour</source>
        <translation>
            <numerusform> — %n unité à mettre à jour</numerusform>
            <numerusform> — %n unités à mettre à jour</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/capacities/group_view.py" line="163"/>
        <source>Exporter les disponibilités</source>
        <translation>Exporter les disponibilités</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/group_view.py" line="164"/>
        <source>Fichiers CSV (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/group_view.py" line="170"/>
        <source>Export impossible : {0}</source>
        <translation>Export impossible : {0}</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/group_view.py" line="172"/>
        <source>Disponibilités exportées dans {0}</source>
        <translation>Disponibilités exportées dans {0}</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../app/views/help_guide.py" line="50"/>
        <source>Guide d&apos;utilisation — ROR Référent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/help_guide.py" line="51"/>
        <source>Fermer</source>
        <translation type="unfinished">Fermer</translation>
    </message>
</context>
<context>
    <name>HoursEditor</name>
    <message>
        <location filename="../app/views/forms/hours_day.py" line="122"/>
        <source>à</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_day.py" line="123"/>
        <source>Supprimer cette plage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_day.py" line="125"/>
        <source>{0}, plage {1} : début</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_day.py" line="126"/>
        <source>{0}, plage {1} : fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_day.py" line="127"/>
        <source>{0} : supprimer la plage {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_day.py" line="175"/>
        <source>Fermé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_day.py" line="176"/>
        <source>{0} : fermé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_day.py" line="177"/>
        <source>+ plage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_day.py" line="178"/>
        <source>Ajouter une plage horaire à ce jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_day.py" line="180"/>
        <source>{0} : ajouter une plage horaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_day.py" line="242"/>
        <source>{0} : {1}</source>
        <translation type="unfinished">{0} : {1}</translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_day.py" line="246"/>
        <source>{0} : la fin ({1}) doit être après le début ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_day.py" line="251"/>
        <source>{0} : les plages {1}–{2} et {3}–{4} se chevauchent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="75"/>
        <source>Lundi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="75"/>
        <source>Mardi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="76"/>
        <source>Mercredi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="77"/>
        <source>Jeudi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="78"/>
        <source>Vendredi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="79"/>
        <source>Samedi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="80"/>
        <source>Dimanche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="83"/>
        <source>Copier le lundi sur toute la semaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/hours_editor.py" line="85"/>
        <source>Remplace les horaires de mardi à dimanche par ceux du lundi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../app/views/capacities/import_preview.py" line="51"/>
        <source>Importer des capacités — {0}</source>
        <translation>Importer des capacités — {0}</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/import_preview.py" line="52"/>
        <source>Lecture du fichier…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/import_preview.py" line="57"/>
        <source>&amp;Tout appliquer</source>
        <translation>&amp;Tout appliquer</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/import_preview.py" line="71"/>
        <source>Le fichier ne peut pas être lu : {0}</source>
        <translation>Le fichier ne peut pas être lu : {0}</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/import_preview.py" line="83"/>
        <source>Ligne {0} — refusée : {1}</source>
        <translation>Ligne {0} — refusée : {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/capacities/import_preview.py" line="91"/>
        <source>%n ligne(s) acceptée(s)</source>
        <translation>
            <numerusform>%n ligne acceptée</numerusform>
            <numerusform>%n lignes acceptées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/capacities/import_preview.py" line="92"/>
        <source>%n ligne(s) refusée(s)</source>
        <translation>
            <numerusform>%n ligne refusée</numerusform>
            <numerusform>%n lignes refusées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/capacities/import_preview.py" line="94"/>
        <source>Rien ne sera appliqué tant qu&apos;une ligne est refusée : corrigez le fichier puis importez-le de nouveau.</source>
        <translation>Rien ne sera appliqué tant qu&apos;une ligne est refusée : corrigez le fichier puis importez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/import_preview.py" line="97"/>
        <source>Toutes les lignes seront appliquées ensemble (source « Bed management »).</source>
        <translation>Toutes les lignes seront appliquées ensemble (source « Bed management »).</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/import_preview.py" line="105"/>
        <source>Ligne {0} — {1} : {2} {3} = {4} ({5})</source>
        <translation>Ligne {0} — {1} : {2} {3} = {4} ({5})</translation>
    </message>
</context>
<context>
    <name>LabelRule</name>
    <message>
        <location filename="../app/views/labels.py" line="81"/>
        <source>Le nom est vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="82"/>
        <source>Le nom commence ou finit par un espace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="83"/>
        <source>Le nom contient des espaces doubles ou des retours à la ligne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="85"/>
        <source>Chaque mot commence par une majuscule : {words}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="86"/>
        <source>Sigle à écrire en capitales : {words}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="87"/>
        <source>Sigle inconnu : {words} ; vérifiez-le ou écrivez le mot en entier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="89"/>
        <source>{words} ne fait pas partie du nom usuel : retirez-le.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="95"/>
        <source>« {0} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/labels.py" line="91"/>
        <source>Nom conseillé pour ce type d&apos;offre : « {suggestion} ».</source>
        <translation type="unfinished"></translation>
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
    <name>LinesModel</name>
    <message>
        <location filename="../app/views/capacities/lines_model.py" line="43"/>
        <source>Établissement</source>
        <translation>Établissement</translation>
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
        <translation>Champ d&apos;activité</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/lines_model.py" line="49"/>
        <source>Dép.</source>
        <translation>Dép.</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/lines_model.py" line="49"/>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/lines_model.py" line="50"/>
        <source>Unités</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/lines_model.py" line="50"/>
        <source>Ancienneté</source>
        <translation>Ancienneté</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/lines_model.py" line="65"/>
        <source>Tous les établissements</source>
        <translation>Tous les établissements</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/lines_model.py" line="66"/>
        <source>(sans département)</source>
        <translation>(sans département)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/capacities/lines_model.py" line="89"/>
        <source>%n unité(s) aux chiffres plus anciens que la période de rappel</source>
        <translation>
            <numerusform>%n unité aux chiffres plus anciens que la période de rappel</numerusform>
            <numerusform>%n unités aux chiffres plus anciens que la période de rappel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../app/views/main_window.py" line="217"/>
        <source>%n modification(s) en attente d&apos;envoi</source>
        <translation>
            <numerusform>%n modification(s) en attente d&apos;envoi</numerusform>
            <numerusform>%n modification(s) en attente d&apos;envoi</numerusform>
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
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../app/views/window_status.py" line="35"/>
        <source>Hors ligne</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../app/views/window_status.py" line="36"/>
        <source>Synchronisation…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../app/views/window_status.py" line="37"/>
        <source>Erreur de synchronisation</source>
        <translation>Erreur de synchronisation</translation>
    </message>
    <message>
        <location filename="../app/views/window_status.py" line="38"/>
        <source>Serveur non configuré</source>
        <translation>Serveur non configuré</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="215"/>
        <source>Aucune modification en attente</source>
        <translation>Aucune modification en attente</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../app/views/dialogs.py" line="251"/>
        <source>Déplacer « {0} » vers…</source>
        <translation>Déplacer « {0} » vers…</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="260"/>
        <source>Aucun autre emplacement possible dans cette structure.</source>
        <translation>Aucun autre emplacement possible dans cette structure.</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="264"/>
        <source>Nouveau parent :</source>
        <translation>Nouveau parent :</translation>
    </message>
</context>
<context>
    <name>MultiChoiceWidget</name>
    <message>
        <location filename="../app/views/forms/multi_choice.py" line="82"/>
        <source>Ajouter : tapez pour chercher…</source>
        <translation>Ajouter : tapez pour chercher…</translation>
    </message>
</context>
<context>
    <name>MultiTextWidget</name>
    <message>
        <location filename="../app/views/forms/field_widgets.py" line="159"/>
        <source>Une valeur par ligne</source>
        <translation>Une valeur par ligne</translation>
    </message>
</context>
<context>
    <name>NameAdvice</name>
    <message>
        <location filename="../app/views/forms/name_advice.py" line="59"/>
        <source>Nom conseillé (règle de nommage) : « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/name_advice.py" line="60"/>
        <source>Appliquer</source>
        <translation type="unfinished">Appliquer</translation>
    </message>
    <message>
        <location filename="../app/views/forms/name_advice.py" line="61"/>
        <source>Remplacer le nom par le nom conseillé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/name_advice.py" line="62"/>
        <source>Appliquer le nom conseillé « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../app/views/bulk/preview_dialog.py" line="51"/>
        <source>Unité</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/preview_dialog.py" line="51"/>
        <source>Établissement</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/preview_dialog.py" line="51"/>
        <source>Avant</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/preview_dialog.py" line="52"/>
        <source>Après, ou pourquoi c&apos;est refusé</source>
        <translation>Après, ou pourquoi c&apos;est refusé</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../app/views/bulk/preview_dialog.py" line="77"/>
        <source>Modification groupée : aperçu</source>
        <translation>Modification groupée : aperçu</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/preview_dialog.py" line="82"/>
        <source>{0} unité(s) modifiée(s), {1} refusée(s), {2} déjà à jour.</source>
        <translation>{0} unité(s) modifiée(s), {1} refusée(s), {2} déjà à jour.</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/preview_dialog.py" line="85"/>
        <source>Les fiches modifiées redeviennent des brouillons. Seules les unités acceptées seront modifiées, en une seule étape : Ctrl+Z l&apos;annule en entier.</source>
        <translation>Les fiches modifiées redeviennent des brouillons. Seules les unités acceptées seront modifiées, en une seule étape : Ctrl+Z l&apos;annule en entier.</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/preview_dialog.py" line="96"/>
        <source>Unités concernées par la modification groupée</source>
        <translation>Unités concernées par la modification groupée</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/preview_dialog.py" line="109"/>
        <source>Appliquer à {0} unité(s)</source>
        <translation>Appliquer à {0} unité(s)</translation>
    </message>
    <message>
        <location filename="../app/views/bulk/preview_dialog.py" line="112"/>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>Champ obligatoire</source>
        <extracomment>required</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Champ obligatoire : au moins une réponse dans cette rubrique</source>
        <extracomment>required-group</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une seule valeur est permise</source>
        <extracomment>single-value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur invalide : type de réponse inattendu</source>
        <extracomment>type-unexpected</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur invalide : nombre entier attendu</source>
        <extracomment>type-integer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur invalide : nombre attendu</source>
        <extracomment>type-decimal</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur invalide : oui ou non attendu</source>
        <extracomment>type-boolean</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur invalide : texte attendu</source>
        <extracomment>type-text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date invalide (format attendu AAAA-MM-JJ)</source>
        <extracomment>type-date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date et heure invalides</source>
        <extracomment>type-datetime</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heure invalide (format attendu HH:MM)</source>
        <extracomment>type-time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur invalide : code attendu</source>
        <extracomment>type-code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur invalide : quantité attendue</source>
        <extracomment>type-quantity</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texte trop long : {max} caractères au maximum</source>
        <extracomment>too-long</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La valeur doit être au moins {min}</source>
        <extracomment>below-min</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La valeur doit être au plus {max}</source>
        <extracomment>above-max</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur hors de la liste proposée : {value}</source>
        <extracomment>not-in-options</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numéro de téléphone invalide : « {value} »</source>
        <extracomment>format-phone</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse électronique invalide : « {value} »</source>
        <extracomment>format-email</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse de site invalide : « {value} » (elle commence par https:// ou http://)</source>
        <extracomment>format-url</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N° FINESS invalide : « {value} » (9 caractères dont la clé)</source>
        <extracomment>format-finess</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N° SIRET invalide : « {value} » (14 chiffres dont la clé)</source>
        <extracomment>format-siret</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N° SIREN invalide : « {value} » (9 chiffres dont la clé)</source>
        <extracomment>format-siren</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code postal invalide : « {value} » (5 chiffres)</source>
        <extracomment>format-postal-code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code inconnu dans la liste « {list} » : {code}</source>
        <extracomment>code-unknown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code retiré de la nomenclature, à remplacer : {code}</source>
        <extracomment>code-retired</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur saisie librement hors de la liste : à vérifier</source>
        <extracomment>free-text-in-list</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liste de valeurs non disponible : valeur saisie librement, à vérifier</source>
        <extracomment>value-set-missing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;âge minimum ({min}) est supérieur à l&apos;âge maximum ({max})</source>
        <extracomment>age-range</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le type d&apos;offre {offre} n&apos;appartient pas au champ d&apos;activité {champ}</source>
        <extracomment>offre-champ</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le champ d&apos;activité {champ} n&apos;est pas permis pour un établissement de catégorie {categorie}</source>
        <extracomment>champ-categorie</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horaires du {day} : la fin ({end}) doit être après le début ({start})</source>
        <extracomment>hours-order</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horaires du {day} : ce créneau ({start}-{end}) chevauche un autre créneau du même jour</source>
        <extracomment>hours-overlap</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Règle qualité CP5 : une offre médico-sociale d&apos;hébergement ou d&apos;accueil de jour ou de nuit indique sa temporalité d&apos;accueil et sa catégorie d&apos;organisation</source>
        <extracomment>quality-cp5</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Règle qualité CP6 : une offre médico-sociale d&apos;hébergement ou d&apos;accueil de jour ou de nuit déclare des places installées (capacité au statut « Installé », plus de 0)</source>
        <extracomment>quality-cp6</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Règle qualité CO3 : le nom ou les activités évoquent une unité sensible (détenus, unité sécurisée, décontamination) : cochez « Unité sensible » si c&apos;est le cas</source>
        <extracomment>quality-co3-missing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Règle qualité CO3 : l&apos;unité est déclarée sensible sans que son nom ni ses activités l&apos;indiquent : à vérifier</source>
        <extracomment>quality-co3-unexpected</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Règle qualité CO4 : la catégorie d&apos;établissement ({categorie}) diffère de celle de FINESS ({finess}) : contactez le support</source>
        <extracomment>quality-co4</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lundi</source>
        <extracomment>day-mon</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mardi</source>
        <extracomment>day-tue</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mercredi</source>
        <extracomment>day-wed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jeudi</source>
        <extracomment>day-thu</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vendredi</source>
        <extracomment>day-fri</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samedi</source>
        <extracomment>day-sat</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimanche</source>
        <extracomment>day-sun</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <location filename="../app/views/forms/form_header.py" line="61"/>
        <source>À corriger avant de finaliser : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="62"/>
        <source>Conseils des règles qualité (ne bloquent pas) : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="70"/>
        <source>{0} : {1} [{2}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/form_header.py" line="76"/>
        <source>… et {0} de plus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemPlace</name>
    <message>
        <location filename="../app/views/problem_text.py" line="30"/>
        <source>{0} n° {1}</source>
        <translation type="unfinished"></translation>
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
        <source>« {item} » : la valeur pré-remplie ne peut pas être supprimée, au moins une valeur est obligatoire. Vous pouvez compléter la liste ou modifier la valeur.</source>
        <extracomment>prefilled-item</extracomment>
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
        <source>« {item} » vient de FINESS et ne peut pas être modifié ici : contactez le support.</source>
        <extracomment>finess-locked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier ne contient pas un objet FHIR (objet JSON attendu).</source>
        <extracomment>form-not-object</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce n&apos;est pas un questionnaire FHIR (type de ressource : {name}).</source>
        <extracomment>form-not-questionnaire</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le questionnaire ne contient aucune question.</source>
        <extracomment>form-no-items</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire mal formé : l&apos;élément {name} n&apos;est pas un objet.</source>
        <extracomment>form-item-not-object</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire mal formé : l&apos;élément {name} n&apos;a pas d&apos;identifiant (linkId).</source>
        <extracomment>form-item-no-linkid</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire mal formé : les sous-éléments de « {name} » ne sont pas une liste.</source>
        <extracomment>form-children-not-list</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le questionnaire imbrique ses éléments sur plus de {count} niveaux : il n&apos;est pas affiché.</source>
        <extracomment>form-too-deep</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le questionnaire compte plus de {count} éléments : il n&apos;est pas affiché.</source>
        <extracomment>form-too-large</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les conditions d&apos;affichage du questionnaire tournent en rond ({name}) : ces questions ne pourraient jamais s&apos;afficher, il n&apos;est pas affiché.</source>
        <extracomment>form-enablewhen-cycle</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modification groupée annulée : rien n&apos;a été modifié.</source>
        <extracomment>bulk-cancelled</extracomment>
        <translation>Modification groupée annulée : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Unité en conflit avec le serveur : choisissez d&apos;abord la version à garder.</source>
        <extracomment>bulk-conflict</extracomment>
        <translation>Unité en conflit avec le serveur : choisissez d&apos;abord la version à garder.</translation>
    </message>
    <message>
        <source>Une saisie non enregistrée est en cours sur cette fiche : enregistrez-la ou abandonnez-la d&apos;abord.</source>
        <extracomment>bulk-draft</extracomment>
        <translation>Une saisie non enregistrée est en cours sur cette fiche : enregistrez-la ou abandonnez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>La fiche « {name} » n&apos;a pas de champ « {item} ».</source>
        <extracomment>bulk-not-in-form</extracomment>
        <translation>La fiche « {name} » n&apos;a pas de champ « {item} ».</translation>
    </message>
    <message>
        <source>« {value} » n&apos;est pas proposé pour « {item} » dans la fiche de cette unité.</source>
        <extracomment>bulk-code-not-offered</extracomment>
        <translation>« {value} » n&apos;est pas proposé pour « {item} » dans la fiche de cette unité.</translation>
    </message>
    <message>
        <source>« {name} » a changé depuis l&apos;aperçu : rien n&apos;a été modifié, refaites l&apos;aperçu.</source>
        <extracomment>bulk-stale</extracomment>
        <translation>« {name} » a changé depuis l&apos;aperçu : rien n&apos;a été modifié, refaites l&apos;aperçu.</translation>
    </message>
    <message>
        <source>« {item} » ne s&apos;applique pas à cette unité tant que son type d&apos;offre n&apos;est pas renseigné.</source>
        <extracomment>bulk-not-shown</extracomment>
        <translation>« {item} » ne s&apos;applique pas à cette unité tant que son type d&apos;offre n&apos;est pas renseigné.</translation>
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
        <source>{count} fiche(s) ont des problèmes à corriger avant l&apos;envoi du dossier : {names}.</source>
        <extracomment>dossier-problems</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le dossier ne peut pas passer de « {current} » à « {target} ».</source>
        <extracomment>dossier-transition</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un dossier est déjà ouvert sur « {name} ».</source>
        <extracomment>dossier-exists</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un dossier s&apos;ouvre sur un établissement (EG) ou une entité juridique (EJ), pas sur « {name} ».</source>
        <extracomment>dossier-not-structure</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun dossier envoyé sur « {name} » : rien à retirer.</source>
        <extracomment>dossier-nothing-to-withdraw</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La demande de validation du dossier de « {name} » n&apos;existe plus sur le serveur : le dossier est rouvert avec toutes ses modifications, envoyez-le à nouveau.</source>
        <extracomment>dossier-task-gone</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le serveur dit le dossier de « {name} » validé, mais {count} fiche(s) n&apos;y sont pas telles qu&apos;envoyées ({names}) : le dossier est rouvert avec toutes ses modifications, envoyez-le à nouveau.</source>
        <extracomment>dossier-not-on-server</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} fiche(s) du dossier de « {name} » ont été modifiées ou supprimées sur le serveur entre-temps ({names}) : rien n&apos;a été écrasé ; choisissez la version à garder, puis envoyez le dossier à nouveau.</source>
        <extracomment>dossier-server-changed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La confirmation annuelle porte sur un établissement (EG), pas sur « {name} ».</source>
        <extracomment>yearly-not-eg</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {name} » a {count} changement(s) non publié(s) : envoyez son dossier plutôt que de confirmer sans changement.</source>
        <extracomment>yearly-changes-waiting</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {name} » n&apos;a jamais été publié : envoyez d&apos;abord son dossier au validateur.</source>
        <extracomment>yearly-never-published</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lits et places : un nombre entier est attendu.</source>
        <extracomment>capacity-not-number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un nombre de lits ou de places ne peut pas être négatif.</source>
        <extracomment>capacity-negative</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disponibles + occupés ({used}) dépassent installés + supplémentaires ({ceiling}).</source>
        <extracomment>capacity-over-installed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermés ({closed}) dépassent installés ({installed}).</source>
        <extracomment>capacity-closed-over-installed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les lits et places se saisissent sur une unité organisationnelle (UO).</source>
        <extracomment>capacity-not-uo</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature de capacité inconnue : « {code} » (lit ou place attendu).</source>
        <extracomment>capacity-nature</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statut de capacité inconnu : « {code} » (installés, disponibles, occupés, fermés, supplémentaires attendu).</source>
        <extracomment>capacity-status</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporalité inconnue : « {code} » (courant, 24h, 48h ou 7j attendu).</source>
        <extracomment>capacity-temporality</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source de capacité inconnue : « {code} ».</source>
        <extracomment>capacity-source</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne {line} : {reason}</source>
        <extracomment>capacity-import-line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unité « {unit} » introuvable (FINESS, identifiant ROR ou uid attendu).</source>
        <extracomment>capacity-import-unit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {unit} » désigne plusieurs unités : donnez l&apos;identifiant ROR ou l&apos;uid.</source>
        <extracomment>capacity-import-ambiguous</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colonnes manquantes dans le fichier : {columns}.</source>
        <extracomment>capacity-import-columns</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nombre invalide « {value} » (entier positif ou nul attendu).</source>
        <extracomment>capacity-import-count</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier ne contient aucune ligne de lits et places.</source>
        <extracomment>capacity-import-empty</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier illisible : {path}</source>
        <extracomment>capacity-import-unreadable</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} ligne(s) refusée(s) : rien n&apos;a été importé.</source>
        <extracomment>capacity-import-refused</extracomment>
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
        <source>{message}</source>
        <extracomment>sync-said</extracomment>
        <translation>{message}</translation>
    </message>
    <message>
        <source>{name} : {reason}</source>
        <extracomment>sync-unit-reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} (nouvel essai à la prochaine synchronisation)</source>
        <extracomment>sync-retry-next</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier refusé par le serveur : {reason}</source>
        <extracomment>sync-dossier-refused</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrait du dossier refusé par le serveur : {reason}</source>
        <extracomment>sync-withdraw-refused</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rien à envoyer pour cette unité.</source>
        <extracomment>sync-nothing-to-send</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version du serveur instable : réessayez plus tard.</source>
        <extracomment>sync-version-unstable</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette unité n&apos;a pas encore de lieu (Location) sur le serveur : envoyez d&apos;abord sa fiche avec ses capacités, les chiffres partiront ensuite.</source>
        <extracomment>capacity-no-location</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le lieu (Location) de cette unité a été supprimé sur le serveur : synchronisez avant de recommencer.</source>
        <extracomment>capacity-location-gone</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les capacités de cette unité ont été modifiées sur le serveur entre-temps : synchronisez pour les récupérer, puis recommencez.</source>
        <extracomment>sync-location-changed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse de serveur invalide : « {url} » (attendu : https://...).</source>
        <extracomment>sync-address</extracomment>
        <translation>Adresse de serveur invalide : « {url} » (attendu : https://...).</translation>
    </message>
    <message>
        <source>L&apos;adresse du serveur ne doit contenir ni identifiant ni mot de passe : elle est refusée et n&apos;a pas été enregistrée.</source>
        <extracomment>sync-address-credentials</extracomment>
        <translation>L&apos;adresse du serveur ne doit contenir ni identifiant ni mot de passe : elle est refusée et n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Le serveur {host} doit être joint en https : http n&apos;est accepté que pour cet ordinateur (localhost).</source>
        <extracomment>sync-address-http</extracomment>
        <translation>Le serveur {host} doit être joint en https : http n&apos;est accepté que pour cet ordinateur (localhost).</translation>
    </message>
    <message>
        <source>Serveur injoignable ({host}).</source>
        <extracomment>sync-offline</extracomment>
        <translation>Serveur injoignable ({host}).</translation>
    </message>
    <message>
        <source>Le serveur {host} n&apos;a pas répondu dans le délai de {seconds} s : serveur injoignable pour l&apos;instant.</source>
        <extracomment>sync-no-answer</extracomment>
        <translation>Le serveur {host} n&apos;a pas répondu dans le délai de {seconds} s : serveur injoignable pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Certificat du serveur non valide ({host}) : la connexion a été refusée.</source>
        <extracomment>sync-tls</extracomment>
        <translation>Certificat du serveur non valide ({host}) : la connexion a été refusée.</translation>
    </message>
    <message>
        <source>Certificat du serveur non valide ({host}) : il n&apos;est signé par aucune autorité reconnue par cet ordinateur (indiquez le fichier des autorités si vous lui faites confiance).</source>
        <extracomment>sync-tls-authority</extracomment>
        <translation>Certificat du serveur non valide ({host}) : il n&apos;est signé par aucune autorité reconnue par cet ordinateur (indiquez le fichier des autorités si vous lui faites confiance).</translation>
    </message>
    <message>
        <source>Certificat du serveur non valide ({host}) : il a expiré ou n&apos;est pas encore valable.</source>
        <extracomment>sync-tls-expired</extracomment>
        <translation>Certificat du serveur non valide ({host}) : il a expiré ou n&apos;est pas encore valable.</translation>
    </message>
    <message>
        <source>Certificat du serveur non valide ({host}) : il a été délivré pour une autre adresse.</source>
        <extracomment>sync-tls-name</extracomment>
        <translation>Certificat du serveur non valide ({host}) : il a été délivré pour une autre adresse.</translation>
    </message>
    <message>
        <source>Connexion sécurisée impossible avec {host} : le serveur ne parle pas https à cette adresse.</source>
        <extracomment>sync-tls-handshake</extracomment>
        <translation>Connexion sécurisée impossible avec {host} : le serveur ne parle pas https à cette adresse.</translation>
    </message>
    <message>
        <source>Le serveur a répondu {code}.</source>
        <extracomment>sync-status</extracomment>
        <translation>Le serveur a répondu {code}.</translation>
    </message>
    <message>
        <source>Le serveur {host} renvoie vers une autre adresse ({location}) : vérifiez l&apos;adresse du serveur.</source>
        <extracomment>sync-redirect</extracomment>
        <translation>Le serveur {host} renvoie vers une autre adresse ({location}) : vérifiez l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>L&apos;adresse {url} ne ressemble pas à un serveur FHIR : {url}/metadata ne donne pas de CapabilityStatement.</source>
        <extracomment>sync-not-fhir</extracomment>
        <translation>L&apos;adresse {url} ne ressemble pas à un serveur FHIR : {url}/metadata ne donne pas de CapabilityStatement.</translation>
    </message>
    <message>
        <source>L&apos;adresse {url} ne ressemble pas à un serveur FHIR ({url}/metadata ne donne pas de CapabilityStatement) : essayez {suggestion}.</source>
        <extracomment>sync-not-fhir-try</extracomment>
        <translation>L&apos;adresse {url} ne ressemble pas à un serveur FHIR ({url}/metadata ne donne pas de CapabilityStatement) : essayez {suggestion}.</translation>
    </message>
    <message>
        <source>Le serveur {host} a répondu autre chose que du JSON FHIR ({content_type}) : un portail de connexion ou un proxy s&apos;interpose peut-être.</source>
        <extracomment>sync-not-json</extracomment>
        <translation>Le serveur {host} a répondu autre chose que du JSON FHIR ({content_type}) : un portail de connexion ou un proxy s&apos;interpose peut-être.</translation>
    </message>
    <message>
        <source>Le serveur {host} a envoyé une réponse de plus de {size} Mo : elle n&apos;a pas été lue.</source>
        <extracomment>sync-too-large</extracomment>
        <translation>Le serveur {host} a envoyé une réponse de plus de {size} Mo : elle n&apos;a pas été lue.</translation>
    </message>
    <message>
        <source>Le serveur {host} a envoyé du JSON imbriqué sur plus de {count} niveaux : il n&apos;a pas été lu.</source>
        <extracomment>sync-too-deep</extracomment>
        <translation>Le serveur {host} a envoyé du JSON imbriqué sur plus de {count} niveaux : il n&apos;a pas été lu.</translation>
    </message>
    <message>
        <source>Le serveur {host} a envoyé autre chose qu&apos;une ressource FHIR (objet JSON attendu).</source>
        <extracomment>sync-not-resource</extracomment>
        <translation>Le serveur {host} a envoyé autre chose qu&apos;une ressource FHIR (objet JSON attendu).</translation>
    </message>
    <message>
        <source>Le serveur {host} a envoyé une ressource {found} au lieu de {expected}.</source>
        <extracomment>sync-wrong-resource</extracomment>
        <translation>Le serveur {host} a envoyé une ressource {found} au lieu de {expected}.</translation>
    </message>
    <message>
        <source>Le serveur {host} a envoyé une ressource mal formée ({what}, élément {path}).</source>
        <extracomment>sync-malformed</extracomment>
        <translation>Le serveur {host} a envoyé une ressource mal formée ({what}, élément {path}).</translation>
    </message>
    <message>
        <source>Le serveur {host} place la page suivante sur une autre adresse ({location}) : elle n&apos;est pas suivie.</source>
        <extracomment>sync-next-foreign</extracomment>
        <translation>Le serveur {host} place la page suivante sur une autre adresse ({location}) : elle n&apos;est pas suivie.</translation>
    </message>
    <message>
        <source>Le serveur {host} renvoie vers une page déjà lue : la lecture des pages s&apos;arrête.</source>
        <extracomment>sync-next-loop</extracomment>
        <translation>Le serveur {host} renvoie vers une page déjà lue : la lecture des pages s&apos;arrête.</translation>
    </message>
    <message>
        <source>Le serveur {host} a envoyé plus de {count} pages : la lecture des pages s&apos;arrête.</source>
        <extracomment>sync-too-many-pages</extracomment>
        <translation>Le serveur {host} a envoyé plus de {count} pages : la lecture des pages s&apos;arrête.</translation>
    </message>
    <message>
        <source>Le serveur n&apos;accepte de modifier les ressources {what} ni par PUT ni par PATCH (JSON Patch) : la modification reste en attente d&apos;envoi.</source>
        <extracomment>sync-update-unsupported</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le serveur n&apos;accepte de modifier les ressources {what} que par PATCH FHIRPath, que cette version n&apos;envoie pas : la modification reste en attente d&apos;envoi.</source>
        <extracomment>sync-patch-fhirpath-only</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le serveur n&apos;accepte pas la création de ressources {what} : la création reste en attente d&apos;envoi.</source>
        <extracomment>sync-create-unsupported</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le serveur n&apos;accepte pas la suppression de ressources {what} : la suppression reste en attente d&apos;envoi.</source>
        <extracomment>sync-delete-unsupported</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le serveur annonce son service de jetons sur une autre adresse ({host}) : le mot de passe n&apos;y est pas envoyé.</source>
        <extracomment>sync-token-foreign</extracomment>
        <translation>Le serveur annonce son service de jetons sur une autre adresse ({host}) : le mot de passe n&apos;y est pas envoyé.</translation>
    </message>
    <message>
        <source>Requête vers {host} bloquée : elle aurait emporté les identifiants du serveur {server} hors de celui-ci.</source>
        <extracomment>sync-credential-foreign</extracomment>
        <translation>Requête vers {host} bloquée : elle aurait emporté les identifiants du serveur {server} hors de celui-ci.</translation>
    </message>
    <message>
        <source>Le service de jetons ({host}) a répondu autre chose qu&apos;un jeton.</source>
        <extracomment>sync-token-garbage</extracomment>
        <translation>Le service de jetons ({host}) a répondu autre chose qu&apos;un jeton.</translation>
    </message>
    <message>
        <source>Périmètre inconnu : ni cet espace de travail ni votre compte ne désignent de structure. Donnez les numéros FINESS des EJ ou EG à suivre (ror-referent sync --finess N).</source>
        <extracomment>sync-no-perimeter</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mot de passe du serveur ROR inconnu : enregistrez-le dans le trousseau du système ou donnez-le dans la variable d&apos;environnement {variable}.</source>
        <extracomment>auth-password-unknown</extracomment>
        <translation>Mot de passe du serveur ROR inconnu : enregistrez-le dans le trousseau du système ou donnez-le dans la variable d&apos;environnement {variable}.</translation>
    </message>
    <message>
        <source>Identifiant et mot de passe sont obligatoires.</source>
        <extracomment>account-missing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificat illisible : {reason}</source>
        <extracomment>account-certificate</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serveur injoignable : le compte n&apos;a pas pu être vérifié ({name}).</source>
        <extracomment>account-transport</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le serveur a refusé l&apos;identifiant « {user} » ou son mot de passe.</source>
        <extracomment>auth-refused</extracomment>
        <translation>Le serveur a refusé l&apos;identifiant « {user} » ou son mot de passe.</translation>
    </message>
    <message>
        <source>Le serveur refuse l&apos;accès : identifiant ou mot de passe à vérifier.</source>
        <extracomment>auth-denied</extracomment>
        <translation>Le serveur refuse l&apos;accès : identifiant ou mot de passe à vérifier.</translation>
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
    <message>
        <source>Fichier FINESS introuvable : {name}.</source>
        <extracomment>finess-not-found</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} est un dossier, pas une extraction FINESS.</source>
        <extracomment>finess-folder</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier {name} ne peut pas être lu.</source>
        <extracomment>finess-unreadable</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier {name} est vide.</source>
        <extracomment>finess-empty</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier {name} est binaire (octets nuls) : ce n&apos;est pas une extraction FINESS.</source>
        <extracomment>finess-binary</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier {name} n&apos;est pas une extraction FINESS (ni ligne « finess;etalab », ni ligne « structureet »).</source>
        <extracomment>finess-not-extract</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier {name} s&apos;arrête au milieu d&apos;une ligne : son téléchargement a été interrompu, téléchargez-le à nouveau.</source>
        <extracomment>finess-cut</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import FINESS annulé : rien n&apos;a été importé.</source>
        <extracomment>finess-cancelled</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <location filename="../app/views/capacities/reminder_settings.py" line="17"/>
        <source>Rappel des chiffres anciens</source>
        <translation>Rappel des chiffres anciens</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/reminder_settings.py" line="20"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/reminder_settings.py" line="24"/>
        <source> jours</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/reminder_settings.py" line="30"/>
        <source>Rappeler les disponibles après</source>
        <translation>Rappeler les disponibles après</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/reminder_settings.py" line="31"/>
        <source>Rappeler les installés après</source>
        <translation>Rappeler les installés après</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <location filename="../app/views/dialogs.py" line="207"/>
        <source>Renommer</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="215"/>
        <source>Suggestion (règle de nommage) : « {0} »</source>
        <translation>Suggestion (règle de nommage) : « {0} »</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="217"/>
        <source>Appliquer</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../app/views/dialogs.py" line="228"/>
        <source>Nouveau nom</source>
        <translation>Nouveau nom</translation>
    </message>
</context>
<context>
    <name>RepeatGroupWidget</name>
    <message>
        <location filename="../app/views/forms/group_widgets.py" line="87"/>
        <source>Supprimer</source>
        <translation type="unfinished">Supprimer</translation>
    </message>
    <message>
        <location filename="../app/views/forms/group_widgets.py" line="88"/>
        <source>Supprimer ce bloc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/group_widgets.py" line="90"/>
        <source>Supprimer le bloc {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/group_widgets.py" line="129"/>
        <source>un élément</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/group_widgets.py" line="130"/>
        <source>Ajouter : {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowMenu</name>
    <message>
        <location filename="../app/views/capacities/row_menu.py" line="30"/>
        <source>Garder mes chiffres et les renvoyer</source>
        <translation>Garder mes chiffres et les renvoyer</translation>
    </message>
    <message>
        <location filename="../app/views/capacities/row_menu.py" line="31"/>
        <source>Prendre les chiffres du serveur</source>
        <translation>Prendre les chiffres du serveur</translation>
    </message>
</context>
<context>
    <name>SearchPicker</name>
    <message>
        <location filename="../app/views/forms/search_picker.py" line="46"/>
        <source>Tapez pour chercher…</source>
        <translation>Tapez pour chercher…</translation>
    </message>
    <message>
        <location filename="../app/views/forms/search_picker.py" line="58"/>
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
    <name>SupportBundleDialog</name>
    <message>
        <location filename="../app/views/support_bundle.py" line="65"/>
        <source>Créer un paquet pour le support</source>
        <translation>Créer un paquet pour le support</translation>
    </message>
    <message>
        <location filename="../app/views/support_bundle.py" line="67"/>
        <source>Le paquet contient une copie de l&apos;espace de travail, le journal des synchronisations, les journaux récents de l&apos;application, les versions utilisées, l&apos;adresse du serveur et votre identifiant. Il ne contient aucun mot de passe ni aucun jeton de connexion.</source>
        <translation>Le paquet contient une copie de l&apos;espace de travail, le journal des synchronisations, les journaux récents de l&apos;application, les versions utilisées, l&apos;adresse du serveur et votre identifiant. Il ne contient aucun mot de passe ni aucun jeton de connexion.</translation>
    </message>
    <message>
        <location filename="../app/views/support_bundle.py" line="72"/>
        <source>Choisir…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../app/views/support_bundle.py" line="77"/>
        <source>Pseudonymiser les données personnelles</source>
        <translation>Pseudonymiser les données personnelles</translation>
    </message>
    <message>
        <location filename="../app/views/support_bundle.py" line="79"/>
        <source>Remplace les noms, téléphones et courriels des personnes (contacts des fiches) par des valeurs fictives ; les données des établissements sont gardées.</source>
        <translation>Remplace les noms, téléphones et courriels des personnes (contacts des fiches) par des valeurs fictives ; les données des établissements sont gardées.</translation>
    </message>
    <message>
        <location filename="../app/views/support_bundle.py" line="85"/>
        <source>Créer le paquet</source>
        <translation>Créer le paquet</translation>
    </message>
    <message>
        <location filename="../app/views/support_bundle.py" line="91"/>
        <source>Fichier du paquet :</source>
        <translation>Fichier du paquet :</translation>
    </message>
    <message>
        <location filename="../app/views/support_bundle.py" line="107"/>
        <source>Création du paquet… Patientez jusqu&apos;à la fin.</source>
        <translation>Création du paquet… Patientez jusqu&apos;à la fin.</translation>
    </message>
    <message>
        <location filename="../app/views/support_bundle.py" line="112"/>
        <source>Enregistrer le paquet pour le support</source>
        <translation>Enregistrer le paquet pour le support</translation>
    </message>
    <message>
        <location filename="../app/views/support_bundle.py" line="113"/>
        <source>Paquet zip (*.zip)</source>
        <translation>Paquet zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../app/views/support_bundle.py" line="123"/>
        <source>Choisissez d&apos;abord le fichier du paquet.</source>
        <translation>Choisissez d&apos;abord le fichier du paquet.</translation>
    </message>
    <message>
        <location filename="../app/views/support_bundle.py" line="128"/>
        <source>Création du paquet…</source>
        <translation>Création du paquet…</translation>
    </message>
    <message>
        <location filename="../app/views/support_bundle.py" line="138"/>
        <source>Paquet pour le support écrit : {0} ({1}).</source>
        <translation>Paquet pour le support écrit : {0} ({1}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/support_bundle.py" line="140"/>
        <source>Données personnelles remplacées : %n valeur(s).</source>
        <translation>
            <numerusform>Données personnelles remplacées : %n valeur.</numerusform>
            <numerusform>Données personnelles remplacées : %n valeurs.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/support_bundle.py" line="144"/>
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../app/views/support_bundle.py" line="153"/>
        <source>Impossible d&apos;écrire le paquet {0} : {1}</source>
        <translation>Impossible d&apos;écrire le paquet {0} : {1}</translation>
    </message>
    <message>
        <location filename="../app/views/support_bundle.py" line="167"/>
        <source>Ouvrez d&apos;abord un espace de travail.</source>
        <translation>Ouvrez d&apos;abord un espace de travail.</translation>
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
        <source>Envoyer pour validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_actions.py" line="62"/>
        <source>Ser&amp;veur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="20"/>
        <source>Serveur injoignable : les modifications restent en attente et partiront dès son retour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="27"/>
        <source>Vérification du serveur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_watch.py" line="62"/>
        <source>Serveur de nouveau joignable : envoi des modifications en attente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="36"/>
        <source>Synchronisation terminée : {0} modification(s) directe(s) envoyée(s), {1} reçue(s), {2} conflit(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="54"/>
        <source>envoi des modifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="55"/>
        <source>envoi du dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="56"/>
        <source>réception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="57"/>
        <source>vérification des unités du serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="60"/>
        <source>Synchronisation : {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_connection.py" line="38"/>
        <source>Ouvrez d&apos;abord un espace de travail.</source>
        <translation type="unfinished">Ouvrez d&apos;abord un espace de travail.</translation>
    </message>
    <message>
        <location filename="../app/views/sync_connection.py" line="42"/>
        <source>Adresse de serveur invalide : elle commence par https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_connection.py" line="46"/>
        <source>L&apos;identifiant est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_connection.py" line="74"/>
        <source>Mot de passe obligatoire : aucun n&apos;est enregistré pour ce compte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_connection.py" line="78"/>
        <location filename="../app/views/sync_sending.py" line="122"/>
        <source>Le serveur a refusé l&apos;identifiant « {0} » ou son mot de passe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_connection.py" line="88"/>
        <source>Pas de trousseau système : le mot de passe est gardé en mémoire jusqu&apos;à la fermeture de l&apos;application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_connection.py" line="92"/>
        <source>Connecté à {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_connection.py" line="98"/>
        <source>Serveur injoignable : la connexion sera vérifiée dès qu&apos;il répondra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="175"/>
        <source>Synchronisation…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../app/views/sync_controller.py" line="214"/>
        <source>La synchronisation n&apos;a pas abouti : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="33"/>
        <source>Hors ligne : {0} modification(s) en attente d&apos;envoi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="40"/>
        <source>Dossier envoyé pour validation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="42"/>
        <source>{0} dossier(s) validé(s) et publié(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="45"/>
        <source>{0} dossier(s) refusé(s) par le validateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_outcome.py" line="48"/>
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
        <location filename="../app/views/sync_sending.py" line="41"/>
        <source>Choisissez un établissement ou une de ses unités pour envoyer son dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_sending.py" line="82"/>
        <source>Dossier prêt : envoi au serveur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_sending.py" line="85"/>
        <source>Dossier prêt, en attente d&apos;envoi (hors ligne) : il partira dès que le serveur sera joignable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_sending.py" line="102"/>
        <source>Connectez-vous d&apos;abord au serveur : le compte Direction y est vérifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_sending.py" line="106"/>
        <source>Identifiant et mot de passe du compte Direction sont obligatoires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_sending.py" line="110"/>
        <source>La confirmation doit venir d&apos;un compte Direction, pas du compte du référent ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/sync_sending.py" line="125"/>
        <source>Serveur injoignable : le compte Direction n&apos;a pas pu être vérifié. Le dossier attend cette confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeWidget</name>
    <message>
        <location filename="../app/views/forms/time_widgets.py" line="121"/>
        <source>Heure invalide : « {0} » ; tapez par exemple 08:30 (de 00:00 à 23:59).</source>
        <translation type="unfinished"></translation>
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
        <translation>Une {0} ne peut rien contenir.</translation>
    </message>
    <message>
        <location filename="../app/views/tree_actions.py" line="170"/>
        <source>Supprimer « {0} » ?</source>
        <translation>Supprimer « {0} » ?</translation>
    </message>
    <message>
        <location filename="../app/views/tree_actions.py" line="172"/>
        <source>Les {0} unité(s) qu&apos;elle contient seront supprimées aussi.</source>
        <translation>Les {0} unité(s) qu&apos;elle contient seront supprimées aussi.</translation>
    </message>
    <message>
        <location filename="../app/views/tree_actions.py" line="173"/>
        <source>Vous pourrez annuler avec Ctrl+Z.</source>
        <translation>Vous pourrez annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../app/views/tree_actions.py" line="174"/>
        <source>Supprimer</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>TreeMarks</name>
    <message>
        <location filename="../app/views/tree_marks.py" line="52"/>
        <source>{0} finalisée(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/tree_marks.py" line="54"/>
        <source>{0} brouillon(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/tree_marks.py" line="56"/>
        <source>{0} avec problème(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/tree_marks.py" line="58"/>
        <source>{0} en conflit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/tree_marks.py" line="59"/>
        <source>{0} fiche(s) : {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/tree_marks.py" line="61"/>
        <source>Toutes les fiches sont finalisées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/tree_marks.py" line="63"/>
        <source>Dossier chez le validateur</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreeModel</name>
    <message>
        <location filename="../app/views/tree_model.py" line="156"/>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/views/tree_model.py" line="158"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../app/views/tree_model.py" line="199"/>
        <source>FINESS : {0}</source>
        <translation>FINESS : {0}</translation>
    </message>
    <message>
        <location filename="../app/views/tree_model.py" line="201"/>
        <source>Champ d&apos;activité : {0}</source>
        <translation>Champ d&apos;activité : {0}</translation>
    </message>
    <message>
        <location filename="../app/views/tree_model.py" line="203"/>
        <source>Statut : {0}</source>
        <translation>Statut : {0}</translation>
    </message>
    <message>
        <location filename="../app/views/tree_model.py" line="205"/>
        <source>{0} problème(s) à corriger</source>
        <translation>{0} problème(s) à corriger</translation>
    </message>
    <message>
        <location filename="../app/views/tree_model.py" line="208"/>
        <source>Conflit : la fiche a été modifiée sur le serveur, choisissez la version à garder</source>
        <translation>Conflit : la fiche a été modifiée sur le serveur, choisissez la version à garder</translation>
    </message>
    <message>
        <location filename="../app/views/tree_model.py" line="211"/>
        <source>Commentaire du validateur : {0}</source>
        <translation>Commentaire du validateur : {0}</translation>
    </message>
</context>
<context>
    <name>TreeSide</name>
    <message>
        <location filename="../app/views/tree_side.py" line="101"/>
        <source>Filtrer : nom, n° FINESS, département, champ d&apos;activité (Ctrl+F)</source>
        <translation>Filtrer : nom, n° FINESS, département, champ d&apos;activité (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../app/views/tree_side.py" line="103"/>
        <source>Mes établissements</source>
        <translation>Mes établissements</translation>
    </message>
    <message>
        <location filename="../app/views/tree_side.py" line="104"/>
        <source>Afficher seulement les établissements suivis (Ctrl+Maj+B)</source>
        <translation>Afficher seulement les établissements suivis (Ctrl+Maj+B)</translation>
    </message>
    <message>
        <location filename="../app/views/tree_side.py" line="106"/>
        <source>Arborescence du dossier</source>
        <translation>Arborescence du dossier</translation>
    </message>
    <message>
        <location filename="../app/views/tree_side.py" line="107"/>
        <source>Filtrer par état</source>
        <translation>Filtrer par état</translation>
    </message>
    <message>
        <location filename="../app/views/tree_side.py" line="108"/>
        <source>Montrer seulement les unités dans cet état (avec le filtre de texte)</source>
        <translation>Montrer seulement les unités dans cet état (avec le filtre de texte)</translation>
    </message>
    <message>
        <location filename="../app/views/tree_side.py" line="112"/>
        <source>Tous les états</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../app/views/tree_side.py" line="112"/>
        <source>Brouillons</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <location filename="../app/views/tree_side.py" line="113"/>
        <source>Avec problèmes</source>
        <translation>Avec problèmes</translation>
    </message>
    <message>
        <location filename="../app/views/tree_side.py" line="113"/>
        <source>En conflit</source>
        <translation>En conflit</translation>
    </message>
    <message>
        <location filename="../app/views/tree_side.py" line="114"/>
        <source>Chez le validateur</source>
        <translation>Chez le validateur</translation>
    </message>
    <message>
        <location filename="../app/views/tree_side.py" line="115"/>
        <source>Sans mise à jour depuis un an</source>
        <translation>Sans mise à jour depuis un an</translation>
    </message>
    <message>
        <location filename="../app/views/tree_side.py" line="260"/>
        <source>Lecture des unités…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/tree_side.py" line="263"/>
        <source>{0} unité(s) affichée(s) sur {1}</source>
        <translation>{0} unité(s) affichée(s) sur {1}</translation>
    </message>
    <message>
        <location filename="../app/views/tree_side.py" line="265"/>
        <source>{0} unité(s)</source>
        <translation>{0} unité(s)</translation>
    </message>
</context>
<context>
    <name>TypeOffreWidget</name>
    <message>
        <location filename="../app/views/forms/type_filters.py" line="117"/>
        <source>Toutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/type_filters.py" line="121"/>
        <source>Source : {0}</source>
        <translation type="unfinished">Source : {0}</translation>
    </message>
    <message>
        <location filename="../app/views/forms/type_filters.py" line="158"/>
        <source>{0} type(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/type_filters.py" line="165"/>
        <source>Discipline :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/type_filters.py" line="166"/>
        <source>Spécialité / besoins :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/type_filters.py" line="167"/>
        <source>Filtrer le type d&apos;UO par discipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/type_filters.py" line="168"/>
        <source>Filtrer le type d&apos;UO par spécialité ou catégorie de besoins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/type_filters.py" line="169"/>
        <source>Ne proposer que les types d&apos;UO de cette discipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/forms/type_filters.py" line="170"/>
        <source>Ne proposer que les types d&apos;UO de cette spécialité ou de cette catégorie de besoins (public, pathologie)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../app/views/window_actions.py" line="122"/>
        <source>Créer une ou plusieurs unités sous l&apos;unité choisie (Inser)</source>
        <translation>Créer une ou plusieurs unités sous l&apos;unité choisie (Inser)</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="123"/>
        <source>Renommer l&apos;unité, avec la règle de nommage (F2)</source>
        <translation>Renommer l&apos;unité, avec la règle de nommage (F2)</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="124"/>
        <source>Copier l&apos;unité avec son contenu (Ctrl+D)</source>
        <translation>Copier l&apos;unité avec son contenu (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="125"/>
        <source>Ranger l&apos;unité sous un autre parent (Ctrl+M)</source>
        <translation>Ranger l&apos;unité sous un autre parent (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="126"/>
        <source>Supprimer l&apos;unité et ce qu&apos;elle contient (Suppr)</source>
        <translation>Supprimer l&apos;unité et ce qu&apos;elle contient (Suppr)</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="127"/>
        <source>Ajouter ou retirer l&apos;unité de « Mes établissements » (Ctrl+B)</source>
        <translation>Ajouter ou retirer l&apos;unité de « Mes établissements » (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="131"/>
        <source>&amp;Nouvel espace de travail…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="132"/>
        <source>Créer un espace de travail vide</source>
        <translation>Créer un espace de travail vide</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="133"/>
        <source>&amp;Ouvrir un espace de travail…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="134"/>
        <source>Ouvrir un fichier d&apos;espace de travail</source>
        <translation>Ouvrir un fichier d&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="135"/>
        <source>Ouvrir la &amp;démonstration</source>
        <translation>Ouvrir la &amp;démonstration</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="136"/>
        <source>Ouvrir l&apos;espace de démonstration</source>
        <translation>Ouvrir l&apos;espace de démonstration</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="137"/>
        <source>&amp;Importer l&apos;extraction FINESS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="138"/>
        <source>Créer ou mettre à jour les EJ et EG depuis l&apos;extraction publique FINESS (fichier .csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="139"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="139"/>
        <source>Fermer ROR Référent</source>
        <translation>Fermer ROR Référent</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="141"/>
        <source>&amp;Créer…</source>
        <translation>&amp;Créer…</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="141"/>
        <source>&amp;Renommer…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="142"/>
        <source>D&amp;upliquer</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="142"/>
        <source>&amp;Déplacer vers…</source>
        <translation>&amp;Déplacer vers…</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="143"/>
        <source>&amp;Supprimer…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="144"/>
        <source>Mes é&amp;tablissements</source>
        <translation>Mes é&amp;tablissements</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="146"/>
        <source>Modification &amp;groupée…</source>
        <translation>Modification &amp;groupée…</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="147"/>
        <source>Modifier en une fois les unités sélectionnées (Ctrl/Maj+clic) ou celles des établissements sélectionnés, avec un aperçu (Ctrl+Maj+G)</source>
        <translation>Modifier en une fois les unités sélectionnées (Ctrl/Maj+clic) ou celles des établissements sélectionnés, avec un aperçu (Ctrl+Maj+G)</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="149"/>
        <source>&amp;Filtrer l&apos;arborescence</source>
        <translation>&amp;Filtrer l&apos;arborescence</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="150"/>
        <source>Aller au champ de filtre (Ctrl+F)</source>
        <translation>Aller au champ de filtre (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="151"/>
        <source>Tout &amp;déplier</source>
        <translation>Tout &amp;déplier</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="152"/>
        <source>Tout &amp;replier</source>
        <translation>Tout &amp;replier</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="153"/>
        <source>Afficher seulement « Mes établissements »</source>
        <translation>Afficher seulement « Mes établissements »</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="154"/>
        <source>Passer de l&apos;arborescence à la fiche</source>
        <translation>Passer de l&apos;arborescence à la fiche</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="155"/>
        <source>&amp;Tableau de bord des établissements</source>
        <translation>&amp;Tableau de bord des établissements</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="156"/>
        <source>Avancement, problèmes et mise à jour annuelle de chaque EG (Ctrl+Maj+T)</source>
        <translation>Avancement, problèmes et mise à jour annuelle de chaque EG (Ctrl+Maj+T)</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="157"/>
        <source>&amp;Guide d&apos;utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="157"/>
        <source>Ouvrir le guide d&apos;utilisation (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="158"/>
        <source>Créer un paquet pour le &amp;support…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="159"/>
        <source>Enregistrer un fichier .zip à transmettre au support ROR (sans aucun mot de passe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="160"/>
        <source>À &amp;propos de ROR Référent</source>
        <translation>À &amp;propos de ROR Référent</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="161"/>
        <source>À propos de &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="162"/>
        <source>Langue du système</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="165"/>
        <source>&amp;Fichier</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="166"/>
        <source>Espaces &amp;récents</source>
        <translation>Espaces &amp;récents</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="167"/>
        <source>&amp;Édition</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="168"/>
        <source>&amp;Affichage</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="169"/>
        <source>&amp;Langue</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="170"/>
        <source>A&amp;ide</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="171"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="176"/>
        <source>&amp;Annuler {0}</source>
        <translation>&amp;Annuler {0}</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="176"/>
        <source>&amp;Annuler</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="177"/>
        <source>&amp;Rétablir {0}</source>
        <translation>&amp;Rétablir {0}</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="177"/>
        <source>&amp;Rétablir</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="178"/>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/views/window_actions.py" line="179"/>
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
