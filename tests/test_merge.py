"""The three-way merge on its own: sentence by sentence first, line by line with markers when that overlaps."""

from __future__ import annotations

from generator.merge import merge

BASE = (
    "# Title\n\n"
    'A one.<sup>[¶1](source.md#p1 "P1")</sup> B two.<sup>[¶1](source.md#p1 "P1")</sup> '
    'C three.<sup>[¶1](source.md#p1 "P1")</sup>\n\n'
    "Closing line.\n"
)


def test_changes_to_different_sentences_of_one_paragraph_merge_cleanly() -> None:
    ours = BASE.replace("A one.", "A one, fixed.")
    theirs = BASE.replace("C three.", "C three, updated.")
    merged = merge(BASE, ours, theirs, "docs/x.md", "new")
    assert merged.clean
    assert merged.text == BASE.replace("A one.", "A one, fixed.").replace("C three.", "C three, updated.")


def test_changes_to_the_same_sentence_conflict_with_markers_on_their_own_lines() -> None:
    ours = BASE.replace("A one.", "A one, fixed.")
    theirs = BASE.replace("A one.", "A uno.")
    merged = merge(BASE, ours, theirs, "your edits: docs/x.md", "the new version")
    assert merged.conflicts == 1
    lines = merged.text.splitlines()
    assert "<<<<<<< editor your edits: docs/x.md" in lines
    assert "=======" in lines and ">>>>>>> generator the new version" in lines
    assert lines[0] == "# Title" and lines[-1] == "Closing line."


def test_the_same_change_on_both_sides_is_no_conflict() -> None:
    both = BASE.replace("Closing line.", "Closing line, changed.")
    merged = merge(BASE, both, both, "a", "b")
    assert merged.clean and merged.text == both


def test_an_edit_elsewhere_keeps_the_editors_lines() -> None:
    ours = BASE + "\nAn editor's note.\n"
    theirs = BASE.replace("# Title", "# New title")
    merged = merge(BASE, ours, theirs, "a", "b")
    assert merged.clean and merged.text == theirs + "\nAn editor's note.\n"


def test_an_editor_deleting_a_paragraph_the_generator_changed_conflicts() -> None:
    ours = BASE.replace("Closing line.\n", "")
    theirs = BASE.replace("Closing line.", "Closing line, changed.")
    assert not merge(BASE, ours, theirs, "a", "b").clean
