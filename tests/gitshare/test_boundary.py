"""Sharing through git is plain Python: it never loads textual or rich."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT

CHECK = (
    "import dithub.gitshare.driver, dithub.gitshare.sync, dithub.gitshare.setup, dithub.gitshare.markers, "
    "dithub.commands.sync, dithub.commands.git_setup, dithub.commands.merge_file, dithub.messages.gitshare; import sys; "
    "bad=[m for m in sys.modules if m.split('.')[0] in ('textual','rich')]; print(bad); sys.exit(1 if bad else 0)"
)


def test_gitshare_loads_neither_textual_nor_rich() -> None:
    result = subprocess.run([sys.executable, "-c", CHECK], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
