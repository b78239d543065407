"""Where each generated page stands: as generated, edited by hand, in conflict, deleted, or orphaned."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Literal

from .listings import is_site_page, site_pages
from .slugs import is_navigation_page
from .state import ExplainerRecord, State

PageState = Literal["generated", "edited", "conflicted", "deleted", "orphaned"]
STATES: tuple[PageState, ...] = ("generated", "edited", "conflicted", "deleted", "orphaned")


@dataclass(frozen=True)
class PageStatus:
    """One generated page and where it stands."""

    page: PurePosixPath
    """Relative to the docs folder."""
    state: PageState
    note: str = ""
    """For a conflict where the proposed version is; for an orphan why it is one; for a page deleted
    since the last generate that the generated pages still link to it until the next."""


def page_status(docs_dir: Path, state: State) -> list[PageStatus]:
    """Every page the generator has written, sorted by path; a page is in exactly one state."""
    conflicted = set(state.conflicted_pages())
    owners = {page: record for record in state.records for page in record.pages}
    # A site page no explainer is listed on any more ("players/y.md" once its only player's explainer
    # is retired) is one generate reports as orphaned, when edited, and keeps.
    listing = {page.path for page in site_pages(state.records)}
    statuses = []
    bases = state.bases()
    for page in state.generated_pages(bases):
        file = docs_dir / page
        record = owners.get(page.as_posix())
        if page in conflicted:
            statuses.append(PageStatus(page, "conflicted", f"proposed version: {state.conflict(page)}"))
        elif not file.is_file():
            statuses.append(PageStatus(page, "deleted", _deleted_note(page, record, state, listing)))
        elif record is None and not is_site_page(page):
            statuses.append(PageStatus(page, "orphaned", "no seed generates this page any more"))
        elif record is None and page not in listing:
            statuses.append(PageStatus(page, "orphaned", "it lists no explainer any more"))
        elif record is not None and not state.seed_exists(record):
            statuses.append(PageStatus(page, "orphaned", f"its seed {record.seed} is gone"))
        elif file.read_bytes() != bases.get(page):
            statuses.append(PageStatus(page, "edited"))
        else:
            statuses.append(PageStatus(page, "generated"))
    return statuses


def _deleted_note(
    page: PurePosixPath, record: ExplainerRecord | None, state: State, listing: set[PurePosixPath]
) -> str:
    """What the next generate does about a deleted page, when it does anything."""
    if record is None and is_site_page(page) and page in listing:
        if is_navigation_page(page):
            return "the site's navigation: the next generate writes it again"
        return "" if page.as_posix() in state.deleted else "still linked until the next generate"
    # The next generate unlinks an explainer's page; not an orphan's (its seed is gone).
    linked = record is not None and page.as_posix() not in record.deleted and state.seed_exists(record)
    return "still linked until the next generate" if linked else ""
