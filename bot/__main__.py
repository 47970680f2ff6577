"""`python -m bot` is `cidi-bot`."""

import sys

from bot.cli import main

sys.exit(main())
