"""The old home of the seed reader, kept so that ``from generator.reader import read`` still works.

The readers live in ``generator.readers`` (one per format); import from there in new code.
"""

from __future__ import annotations

from .readers import read, split_sentences

__all__ = ["read", "split_sentences"]
