"""The importer is core: plain Python, usable by the command line and any screen."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT

CHECK = (
    "import dithub.importer, dithub.commands.import_; import sys; "
    "bad=[m for m in sys.modules if m.split('.')[0] in ('textual','rich')]; print(bad); sys.exit(1 if bad else 0)"
)


def test_the_importer_loads_neither_textual_nor_rich() -> None:
    result = subprocess.run([sys.executable, "-c", CHECK], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
