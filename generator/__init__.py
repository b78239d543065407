"""Explainers: turn news articles into structured, searchable explainer sites."""

__version__ = "0.1.0"
