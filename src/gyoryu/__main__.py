import sys

from gyoryu.cli import main

sys.exit(main())
