import sys

from rrr_desktop.cli import main

sys.exit(main())
