import gc
import sys

# Starting makes a few hundred thousand objects that live as long as the program (modules, the
# month on screen): no collection passes over them while it starts. cli.main freezes what was
# made and turns collection back on before the real work (see cli.long_lived_from_here).
gc.disable()

from .cli import main  # noqa: E402

sys.exit(main())
