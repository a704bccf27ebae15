"""First released schema: tree, fiches, dossiers, outbox, value set cache, journal, settings.

Revision ID: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "node",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uid", sa.String(36), nullable=False, unique=True),
        sa.Column("kind", sa.String(2), nullable=False),
        sa.Column("parent_id", sa.Integer, sa.ForeignKey("node.id")),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("finess", sa.String(9)),
        sa.Column("siren", sa.String(9)),
        sa.Column("siret", sa.String(14)),
        sa.Column("departement", sa.String(3)),
        sa.Column("categorie", sa.String(8)),
        sa.Column("domaine", sa.String(16)),
        sa.Column("champ", sa.String(8)),
        sa.Column("type_offre", sa.String(16)),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("problems", sa.Integer, nullable=False),
        sa.Column("conflict", sa.Boolean, nullable=False),
        sa.Column("finess_data", sa.JSON),
        sa.Column("origins", sa.JSON),
        sa.Column("prefilled", sa.JSON),
        sa.Column("server_id", sa.String(64)),
        sa.Column("server_version", sa.String(32)),
        sa.Column("dirty", sa.Boolean, nullable=False),
        sa.Column("deleted", sa.Boolean, nullable=False),
        sa.Column("favourite", sa.Boolean, nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_node_parent_id", "node", ["parent_id"])
    op.create_index("ix_node_finess", "node", ["finess"])
    op.create_index("ix_node_server_id", "node", ["server_id"])
    op.create_index("ix_node_parent_position", "node", ["parent_id", "position"])
    op.create_table(
        "fiche",
        sa.Column("node_id", sa.Integer, sa.ForeignKey("node.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("questionnaire", sa.Text),
        sa.Column("answers", sa.JSON, nullable=False),
        sa.Column("draft", sa.JSON),
        sa.Column("resource", sa.JSON),
        sa.Column("updated_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "dossier",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("structure_id", sa.Integer, sa.ForeignKey("node.id"), nullable=False),
        sa.Column("state", sa.String(24), nullable=False),
        sa.Column("submission_uid", sa.String(36)),
        sa.Column("task_id", sa.String(64)),
        sa.Column("task_status", sa.String(24)),
        sa.Column("comments", sa.JSON),
        sa.Column("opened_at", sa.String(32), nullable=False),
        sa.Column("sent_at", sa.String(32)),
        sa.Column("updated_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_dossier_structure_id", "dossier", ["structure_id"])
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("node_id", sa.Integer, sa.ForeignKey("node.id")),
        sa.Column("dossier_id", sa.Integer, sa.ForeignKey("dossier.id")),
        sa.Column("op", sa.String(16), nullable=False),
        sa.Column("payload", sa.JSON),
        sa.Column("state", sa.String(12), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("last_error", sa.Text),
    )
    op.create_index("ix_outbox_node_id", "outbox", ["node_id"])
    op.create_index("ix_outbox_state", "outbox", ["state"])
    op.create_table(
        "valueset_cache",
        sa.Column("url", sa.Text, primary_key=True),
        sa.Column("version", sa.String(32)),
        sa.Column("fetched_at", sa.String(32), nullable=False),
        sa.Column("content", sa.JSON, nullable=False),
    )
    op.create_table(
        "journal",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("detail", sa.JSON),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text),
    )


def downgrade() -> None:
    for table in ("setting", "journal", "valueset_cache", "outbox", "dossier", "fiche", "node"):
        op.drop_table(table)
