"""The window's actions, menus and toolbar, and their texts (set again on a live language switch).

The actions hold no behaviour: MainWindow connects each to the part that does it (workspace opening, tree
actions, tree side), so this module only knows what the user sees.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar

from app.views.action_text import set_text
from app.views.i18n import LANGUAGES

SP = QStyle.StandardPixmap
KEYS = QKeySequence.StandardKey


class WindowActions(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.new_ws = self._action(KEYS.New, SP.SP_FileIcon)
        self.open_ws = self._action(KEYS.Open, SP.SP_DialogOpenButton)
        self.open_demo = self._action()
        self.import_finess = self._action()
        self.quit = self._action(KEYS.Quit)
        self.undo = self._action(KEYS.Undo, SP.SP_ArrowBack)
        self.redo = self._action(KEYS.Redo, SP.SP_ArrowForward)
        self.undo.setEnabled(False)
        self.redo.setEnabled(False)
        self.create = self._action("Ins", SP.SP_FileDialogNewFolder)
        self.rename = self._action("F2", SP.SP_FileDialogDetailedView)
        self.duplicate = self._action("Ctrl+D", SP.SP_FileLinkIcon)
        self.move = self._action("Ctrl+M", SP.SP_ArrowRight)
        self.delete = self._action(KEYS.Delete, SP.SP_TrashIcon)
        self.favourite = self._action("Ctrl+B", SP.SP_DialogApplyButton, checkable=True)
        self.find = self._action(KEYS.Find)
        self.expand = self._action("Ctrl+Shift+E")
        self.collapse = self._action("Ctrl+Shift+W")
        self.favourites_only = self._action("Ctrl+Shift+B", checkable=True)
        self.focus_tree = self._action("F6")
        self.bulk_edit = self._action("Ctrl+Shift+G")
        self.dashboard = self._action("Ctrl+Shift+T")
        self.guide = self._action(KEYS.HelpContents)
        self.support_bundle = self._action()
        self.about = self._action()
        self.about_qt = self._action()
        self.lang_group = QActionGroup(self)
        self.languages: dict[str | None, QAction] = {}
        for code in (None, *LANGUAGES):
            act = QAction(window, checkable=True)
            self.lang_group.addAction(act)
            self.languages[code] = act
        self.node_actions = [self.create, self.rename, self.duplicate, self.move, self.delete, self.favourite]
        self._build_menus()
        self._build_toolbar()

    def _action(self, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                icon: QStyle.StandardPixmap | None = None, checkable: bool = False) -> QAction:
        act = QAction(self.window)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if icon is not None:
            act.setIcon(self.window.style().standardIcon(icon))
        act.setCheckable(checkable)
        self.window.addAction(act)
        return act

    def _build_menus(self) -> None:
        bar = self.window.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_recent = QMenu(self.window)
        self.menu_file.addActions([self.new_ws, self.open_ws])
        self.menu_file.addMenu(self.menu_recent)
        self.menu_file.addAction(self.open_demo)
        self.menu_file.addAction(self.import_finess)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.quit)
        self.menu_edit = bar.addMenu("")
        self.menu_edit.addActions([self.undo, self.redo])
        self.menu_edit.addSeparator()
        self.menu_edit.addActions(self.node_actions)
        self.menu_edit.addAction(self.bulk_edit)
        self.menu_edit.addSeparator()
        self.menu_edit.addAction(self.find)
        self.menu_view = bar.addMenu("")
        self.menu_lang = QMenu(self.window)
        self.menu_lang.addActions(list(self.languages.values()))
        self.menu_view.addMenu(self.menu_lang)
        self.menu_view.addSeparator()
        self.menu_view.addActions([self.favourites_only, self.expand, self.collapse, self.focus_tree])
        self.menu_view.addSeparator()
        self.menu_view.addAction(self.dashboard)
        self.menu_help = bar.addMenu("")
        self.menu_help.addActions([self.guide, self.support_bundle])
        self.menu_help.addSeparator()
        self.menu_help.addActions([self.about, self.about_qt])
        self.menus = {"file": self.menu_file, "edit": self.menu_edit, "view": self.menu_view,
                      "help": self.menu_help}

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self.window)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setMovable(False)
        self.toolbar.addActions([self.undo, self.redo])
        self.toolbar.addSeparator()
        self.toolbar.addActions(self.node_actions)
        self.window.addToolBar(self.toolbar)

    def add_menu(self, menu: QMenu, toolbar: list[QAction]) -> None:
        """Another part's menu (the server's), before Help, and its main actions on the toolbar."""
        self.window.menuBar().insertMenu(self.menu_help.menuAction(), menu)
        self.toolbar.addSeparator()
        self.toolbar.addActions(toolbar)

    def node_tips(self) -> dict[QAction, str]:
        """The tooltips of the node actions (shown again when the rules no longer refuse them)."""
        return {
            self.create: self.tr("Créer une ou plusieurs unités sous l'unité choisie (Inser)"),
            self.rename: self.tr("Renommer l'unité, avec la règle de nommage (F2)"),
            self.duplicate: self.tr("Copier l'unité avec son contenu (Ctrl+D)"),
            self.move: self.tr("Ranger l'unité sous un autre parent (Ctrl+M)"),
            self.delete: self.tr("Supprimer l'unité et ce qu'elle contient (Suppr)"),
            self.favourite: self.tr("Ajouter ou retirer l'unité de « Mes établissements » (Ctrl+B)"),
        }

    def retranslate(self, undo_text: str, redo_text: str) -> None:
        set_text(self.new_ws, self.tr("&Nouvel espace de travail…"),
                 self.tr("Créer un espace de travail vide"))
        set_text(self.open_ws, self.tr("&Ouvrir un espace de travail…"),
                 self.tr("Ouvrir un fichier d'espace de travail"))
        set_text(self.open_demo, self.tr("Ouvrir la &démonstration"),
                 self.tr("Ouvrir l'espace de démonstration"))
        set_text(self.import_finess, self.tr("&Importer l'extraction FINESS…"),
                 self.tr("Créer ou mettre à jour les EJ et EG depuis l'extraction publique FINESS (fichier .csv)"))
        set_text(self.quit, self.tr("&Quitter"), self.tr("Fermer ROR Référent"))
        tips = self.node_tips()
        for act, text in ((self.create, self.tr("&Créer…")), (self.rename, self.tr("&Renommer…")),
                          (self.duplicate, self.tr("D&upliquer")), (self.move, self.tr("&Déplacer vers…")),
                          (self.delete, self.tr("&Supprimer…")),
                          (self.favourite, self.tr("Mes é&tablissements"))):
            set_text(act, text, tips[act])
        set_text(self.bulk_edit, self.tr("Modification &groupée…"),
                 self.tr("Modifier en une fois les unités sélectionnées (Ctrl/Maj+clic) ou celles des "
                         "établissements sélectionnés, avec un aperçu (Ctrl+Maj+G)"))
        set_text(self.find, self.tr("&Filtrer l'arborescence"),
                 self.tr("Aller au champ de filtre (Ctrl+F)"))
        set_text(self.expand, self.tr("Tout &déplier"), None)
        set_text(self.collapse, self.tr("Tout &replier"), None)
        set_text(self.favourites_only, self.tr("Afficher seulement « Mes établissements »"), None)
        set_text(self.focus_tree, self.tr("Passer de l'arborescence à la fiche"), None)
        set_text(self.dashboard, self.tr("&Tableau de bord des établissements"),
                 self.tr("Avancement, problèmes et mise à jour annuelle de chaque EG (Ctrl+Maj+T)"))
        set_text(self.guide, self.tr("&Guide d'utilisation"), self.tr("Ouvrir le guide d'utilisation (F1)"))
        set_text(self.support_bundle, self.tr("Créer un paquet pour le &support…"),
                 self.tr("Enregistrer un fichier .zip à transmettre au support ROR (sans aucun mot de passe)"))
        set_text(self.about, self.tr("À &propos de ROR Référent"), None)
        set_text(self.about_qt, self.tr("À propos de &Qt"), None)
        self.languages[None].setText(self.tr("Langue du système"))
        for code, name in LANGUAGES.items():
            self.languages[code].setText(name)
        self.menu_file.setTitle(self.tr("&Fichier"))
        self.menu_recent.setTitle(self.tr("Espaces &récents"))
        self.menu_edit.setTitle(self.tr("&Édition"))
        self.menu_view.setTitle(self.tr("&Affichage"))
        self.menu_lang.setTitle(self.tr("&Langue"))
        self.menu_help.setTitle(self.tr("A&ide"))
        self.toolbar.setWindowTitle(self.tr("Actions"))
        self.retranslate_undo(undo_text, redo_text)

    def retranslate_undo(self, undo: str, redo: str) -> None:
        """"Annuler Créer « X »": the undo stack's texts after each step."""
        self.undo.setText(self.tr("&Annuler {0}").format(undo).strip() if undo else self.tr("&Annuler"))
        self.redo.setText(self.tr("&Rétablir {0}").format(redo).strip() if redo else self.tr("&Rétablir"))
        self.undo.setIconText(self.tr("Annuler"))
        self.redo.setIconText(self.tr("Rétablir"))
