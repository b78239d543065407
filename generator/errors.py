"""One exception tree for the whole package, rooted in click's so the CLI prints them cleanly."""

from __future__ import annotations

from pathlib import Path

import click


class ExplainerError(click.ClickException):
    """Base of every error the generator reports to a user."""


class SeedError(ExplainerError):
    """A seed file cannot be turned into an explainer; the message names the file."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        self._named = path
        super().__init__(f"{path}: {problem}")

    def __reduce__(self) -> tuple[type[SeedError], tuple[Path | str, str]]:
        # Pool workers send it back to the parent: rebuild it from its fields, not from its message.
        return (type(self), (self._named, self.problem))


def analysis_failed(path: Path | str, error: Exception) -> SeedError:
    """A bug met while analysing one seed, reported as that seed's error so the others still go through."""
    return SeedError(
        path, f"could not be analysed ({type(error).__name__}: {error}); this is a bug in explainers, "
        "please report it with this seed"
    )


class WriteConflictError(ExplainerError):
    """Two generated pages claim the same output path."""


class SiteBuildError(ExplainerError):
    """``mkdocs build`` failed."""
