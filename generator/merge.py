"""Three-way merge of an editor's page with a newly generated one, by the maintained ``merge3`` library."""

from __future__ import annotations

import re
from dataclasses import dataclass

import merge3

_SENTENCE_END = re.compile(r"(?<=</sup> )")
"""Where one sentence of an explainer page ends and the next begins: after its provenance link."""


@dataclass(frozen=True)
class Merged:
    """The outcome of merging the generator's change into an editor's page."""

    text: str
    """The merged page; where the two sides overlap it holds conflict markers."""
    conflicts: int
    """Regions where the editor and the generator changed the same lines differently."""

    @property
    def clean(self) -> bool:
        return self.conflicts == 0


def merge(base: str, ours: str, theirs: str, ours_name: str, theirs_name: str) -> Merged:
    """Apply the change base -> theirs (the generator's) to ours (the editor's page).

    A paragraph of an explainer page is one long line of sentences, so a line-by-line merge would
    call an editor's typo fix in one sentence and the generator's change to the next a conflict.
    The merge is therefore tried sentence by sentence first; only when that overlaps too is the
    line-by-line merge, whose conflict markers stand on lines of their own, shown to the editor.
    """
    by_sentence = merge3.Merge3(_sentences(base), _sentences(ours), _sentences(theirs))
    if not _conflicts(by_sentence):
        return Merged("".join(by_sentence.merge_lines()), 0)
    by_line = merge3.Merge3(_lines(base), _lines(ours), _lines(theirs))
    text = "".join(
        by_line.merge_lines(
            name_a=ours_name,
            name_b=theirs_name,
            start_marker="<<<<<<< editor",
            end_marker=">>>>>>> generator",
        )
    )
    return Merged(text, _conflicts(by_line))


def _conflicts(m3: merge3.Merge3[str]) -> int:
    return sum(1 for region in m3.merge_regions() if region[0] == "conflict")


def _lines(text: str) -> list[str]:
    return text.splitlines(keepends=True)


def _sentences(text: str) -> list[str]:
    """The page's lines, each cut after every provenance link; joined they give the page back."""
    return [piece for line in _lines(text) for piece in _SENTENCE_END.split(line) if piece]
