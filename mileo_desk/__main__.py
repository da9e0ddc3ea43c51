"""``python -m mileo_desk``: the same as the ``mileo-desk`` command."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
