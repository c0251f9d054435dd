"""gyoryu (교류): software for international economic delegations and city-to-city partnerships."""

__version__ = "0.1.0"
