"""``python -m mileo_desk.cli``: the same as the ``mileo-desk`` command."""

import sys

from . import main

if __name__ == "__main__":
    sys.exit(main())
