"""RRR Desktop: offline case management for return, recovery and reintegration."""

__version__ = "0.1.0"
