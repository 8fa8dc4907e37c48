"""From the notice to the book: read the tasks a meeting's text sets for a month.

Plain Python (no textual, no rich), shared by `dithub import` and the dashboard's dialog:
`propose` / `propose_from_file` build a Proposal a person looks at and edits; `apply` turns the
edited Proposal into the months to record, which `Book.import_tasks` takes as one undoable change.
"""

from __future__ import annotations

from .proposal import Applied, Proposal, ProposedTask, apply, propose, propose_from_file
from .reading import SourceError, read_source

__all__ = ["Applied", "Proposal", "ProposedTask", "SourceError", "apply", "propose", "propose_from_file", "read_source"]
