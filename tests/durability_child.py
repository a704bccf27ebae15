"""Child process of the durability test: applies numbered saves and reports each acknowledged one."""
import sys

from app.models.kinds import Kind
from app.models.store import Workspace

path, parent_id, start = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
ws = Workspace.open(path)
i = start
while True:
    ws.nodes.create(parent_id, Kind.UO, [f"Sauvegarde {i}"])
    if i % 3 == 0:
        ws.fiches.save_draft(parent_id, {"n": [{"valueInteger": i}]})
    print(i, flush=True)  # acknowledged: the transaction has committed
    i += 1
