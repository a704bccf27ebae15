"""The main window's dialogs and windows opened from its menus, each loaded only when asked for.

A mixin of MainWindow (app/views/main_window.py), which provides `controller`, `tree_side`, `guide_dialog` and
`about_dialog`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.views.about import AboutDialog
    from app.views.help_guide import GuideDialog


class WindowDialogs:
    """About, the guide, the dashboard, a bulk edit, the FINESS import, a support bundle."""

    controller: Any
    tree_side: Any
    guide_dialog: GuideDialog | None
    about_dialog: AboutDialog | None

    def about(self) -> AboutDialog:
        """Version, workspace path, log folder and how to reach support (app/views/about.py)."""
        from app.views.about import AboutDialog  # package metadata read when asked for, not at start-up

        self.about_dialog = AboutDialog(self.controller.path, self)
        self.about_dialog.open()
        return self.about_dialog

    def show_guide(self) -> GuideDialog:
        """The user guide beside the window (F1), in the interface's language."""
        from app.views.help_guide import GuideDialog

        if self.guide_dialog is None:
            self.guide_dialog = GuideDialog(self)
        self.guide_dialog.show()
        self.guide_dialog.raise_()
        self.guide_dialog.activateWindow()
        return self.guide_dialog

    def show_dashboard(self):
        """The dashboard of EGs beside the window (app/views/dashboard; QtCharts loaded only when asked for)."""
        from app.views.dashboard.window import DashboardWindow

        if getattr(self, "dashboard", None) is None:
            self.dashboard = DashboardWindow(self)
        self.dashboard.present()  # shown with its rows once read on the DB worker
        return self.dashboard

    def open_bulk_edit(self, node_ids=None):
        """A bulk edit of the selected nodes, or of `node_ids` (app/views/bulk)."""
        from app.views.bulk import open_bulk_edit

        return open_bulk_edit(self, self.tree_side.selected_node_ids() if node_ids is None else node_ids)

    def import_finess(self) -> None:
        from app.views.finess_import import import_finess_dialog  # loaded only when asked for

        self.finess_import = import_finess_dialog(self)

    def create_support_bundle(self) -> None:
        from app.views.support_bundle import create_support_bundle  # loaded only when asked for

        create_support_bundle(self)
