"""Conflict copies get a table of their own (they were `setting` rows `sync.conflict.<uid>`).

Revision ID: 0004
Revises: 0003
"""
import json

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

PREFIX = "sync.conflict."


def upgrade() -> None:
    op.create_table(
        "conflict",
        sa.Column("node_id", sa.Integer, sa.ForeignKey("node.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("reason", sa.String(12), nullable=False, server_default="changed"),
        sa.Column("server_version", sa.String(32)),
        sa.Column("resource", sa.JSON),
        sa.Column("created_at", sa.String(32), nullable=False, server_default=""),
    )
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT key, value FROM setting WHERE key LIKE :p"), {"p": PREFIX + "%"}).all()
    for key, value in rows:
        node = conn.execute(sa.text("SELECT id FROM node WHERE uid = :u"), {"u": key[len(PREFIX):]}).first()
        kept = json.loads(value) if value else {}
        if node is not None:
            conn.execute(sa.text("INSERT INTO conflict (node_id, reason, server_version, resource, created_at) "
                                 "VALUES (:n, 'changed', :v, :r, '')"),
                         {"n": node[0], "v": kept.get("version"), "r": json.dumps(kept.get("resource"))})
    conn.execute(sa.text("DELETE FROM setting WHERE key LIKE :p"), {"p": PREFIX + "%"})


def downgrade() -> None:
    op.drop_table("conflict")
