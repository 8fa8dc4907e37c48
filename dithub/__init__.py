"""dithub: a keyboard-driven dashboard over a briefing book of monthly TOML task lists."""

__version__ = "0.1.0"
