"""``python -m rrr_desktop`` starts the desktop app."""

import sys

from rrr_desktop.app import main

if __name__ == "__main__":  # a worker process imports this module too: it must not start
    sys.exit(main())
