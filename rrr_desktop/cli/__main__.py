import sys

from rrr_desktop.cli import main

if __name__ == "__main__":  # a worker process imports this module too: it must not start
    sys.exit(main())
