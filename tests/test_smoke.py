"""The seed goes through the whole pipeline."""

from pathlib import Path

from generator.build import generate


def test_seed_generates_every_page(seed: Path, tmp_path: Path) -> None:
    result = generate([seed], tmp_path)
    assert not result.failures
    slug = result.explainers[0].slug
    for name in ("index.md", "background.md", "disagreements.md", "outlook.md", "source.md"):
        assert (tmp_path / slug / name).is_file()
