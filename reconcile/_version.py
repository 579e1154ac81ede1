"""The version of reconcile."""

__version__ = "0.1.0"
