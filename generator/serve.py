"""The ``explainers`` MkDocs plugin: under ``mkdocs serve`` it watches seeds/ and regenerates changed seeds.

Listed in mkdocs.yml, so ``explainers serve`` and a plain ``mkdocs serve`` both pick it up. It does
nothing under ``mkdocs build`` or ``gh-deploy``: a published build regenerates through
``explainers build`` and must not do surprising extra work.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any, Literal

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin

from .build import find_seeds, generate
from .errors import ExplainerError

log = logging.getLogger("mkdocs.plugins.explainers")

SEEDS_DIR_VARIABLE = "EXPLAINERS_SEEDS_DIR"
"""Set by `explainers serve --seeds-dir`; wins over the plugin's ``seeds_dir`` option."""

Fingerprint = frozenset[tuple[str, int, int]]


class RegenerateConfig(Config):  # type: ignore[no-untyped-call]  # mkdocs leaves __init_subclass__ untyped
    """The plugin's options in mkdocs.yml."""

    seeds_dir = config_options.Type(str, default="seeds")
    """Folder of seed articles, relative to mkdocs.yml."""


class RegeneratePlugin(BasePlugin[RegenerateConfig]):  # type: ignore[no-untyped-call]
    """Regenerate the explainers before a ``mkdocs serve`` rebuild when a seed was added, changed or removed."""

    def __init__(self) -> None:
        self.serving = False
        self.seen: Fingerprint | None = None

    # Defining on_startup also keeps this one instance across serve rebuilds (MkDocs >= 1.4),
    # so ``seen`` survives from one build to the next.
    def on_startup(self, *, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
        self.serving = command == "serve"

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        if self.serving and self.seen is None:
            # `explainers serve` generated just before starting MkDocs, so the first build needs
            # no regeneration; only later seed changes do.
            self.seen = fingerprint(self._seeds_dir(config))
        return config

    def on_serve(self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Any) -> LiveReloadServer:
        seeds_dir = self._seeds_dir(config)
        if seeds_dir.is_dir():
            server.watch(str(seeds_dir))
        return server

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        if not self.serving:
            return
        seeds_dir = self._seeds_dir(config)
        now = fingerprint(seeds_dir)
        # Regenerating writes into docs/, which triggers one more rebuild; the seeds are then
        # unchanged, so that rebuild does not regenerate again and the loop ends.
        if now == self.seen:
            return
        self.seen = now
        try:
            result = generate(find_seeds(seeds_dir), Path(config.docs_dir))
        except ExplainerError as error:
            log.error("explainers: %s", error.message)
            return
        for failure in result.failures:
            log.error("explainers: %s", failure.message)
        for outcome in result.report.conflicts:
            log.warning("explainers: %s: your edits and the new version overlap; left as it is, see %s",
                        outcome.file, outcome.note)
        log.info(
            "explainers: regenerated %d explainer(s) from %s: %d file(s) written, %d unchanged",
            len(result.explainers), seeds_dir, len(result.report.written), len(result.report.unchanged),
        )

    def _seeds_dir(self, config: MkDocsConfig) -> Path:
        if chosen := os.environ.get(SEEDS_DIR_VARIABLE):
            return Path(chosen)
        base = Path(config.config_file_path).parent if config.config_file_path else Path.cwd()
        return base / self.config.seeds_dir


def fingerprint(seeds_dir: Path) -> Fingerprint:
    """Name, size and modification time of every seed: cheap, and any edit changes it."""
    if not seeds_dir.is_dir():
        return frozenset()
    stats = ((p.name, p.stat()) for p in find_seeds(seeds_dir))
    return frozenset((name, st.st_size, st.st_mtime_ns) for name, st in stats)
