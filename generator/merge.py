"""Three-way merge of an editor's page with a newly generated one, by the maintained ``merge3`` library."""

from __future__ import annotations

from dataclasses import dataclass

import merge3


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
    """Apply the change base -> theirs (the generator's) to ours (the editor's page), line by line."""
    m3 = merge3.Merge3(_lines(base), _lines(ours), _lines(theirs))
    conflicts = sum(1 for region in m3.merge_regions() if region[0] == "conflict")
    text = "".join(
        m3.merge_lines(
            name_a=ours_name,
            name_b=theirs_name,
            start_marker="<<<<<<< editor",
            end_marker=">>>>>>> generator",
        )
    )
    return Merged(text, conflicts)


def _lines(text: str) -> list[str]:
    return text.splitlines(keepends=True)
