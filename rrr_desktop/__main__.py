"""``python -m rrr_desktop`` starts the desktop app."""

import sys

from rrr_desktop.app import main

sys.exit(main())
