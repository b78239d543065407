"""The scale benchmark behind ``make bench``: sites of N explainers, regeneration, and analysis against newspaper4k.

For each N it lays out a throwaway project (a copy of mkdocs.yml and docs/assets, N seeds made
from the shared articles under distinct titles), then times and measures, each as a real child
process: a full ``explainers generate``, a no-op regenerate, a regenerate after one seed changed,
and ``mkdocs build --strict``. It also times parsing + ``analyze`` per article in this process
against newspaper4k's ``nlp()`` on the same texts in memory (run by the bench environment's Python).
It prints tables and the targets of issue 6, and writes everything to ``bench/results.json``.

    .venv/bin/python bench/run.py --n 100 --n 1000 --peer-python .venv-bench/bin/python
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT.parent / "shared" / "corpus" / "articles"
SEED = ROOT / "seeds" / "russia-us-summit.txt"
RESULTS = ROOT / "bench" / "results.json"
SITE_FOLDERS = ("explainers", "players")
"""Folders of the site's own pages (``generator.listings.SITE_FOLDERS``), not explainers."""
CHANGED_SENTENCE = "Officials said on Tuesday that further talks would follow next week."


@dataclass(frozen=True)
class Run:
    """What one child process cost."""

    seconds: float
    cpu_seconds: float
    """User plus system CPU of the process and its workers: steadier than wall time on a shared machine."""
    peak_rss_mb: float
    """Peak resident memory of the whole process tree (workers included), sampled every 20 ms,
    or the largest single process's peak from ``wait4`` when that is higher."""


@dataclass(frozen=True)
class SiteResult:
    """The measurements for one site of ``n`` explainers."""

    n: int
    markdown_pages: int
    generate: Run
    mkdocs_build: Run
    html_pages: int
    pages_per_second: float
    """Built HTML pages per second of generate plus ``mkdocs build``."""
    avg_explainer_page_bytes: int
    max_explainer_page_bytes: int
    search_index_bytes: int
    site_bytes: int
    largest_site_pages: list[tuple[str, int]]
    """The three largest built pages and their bytes: what grows with the site."""
    noop: Run
    noop_files_written: list[str]
    one_change: Run
    one_change_files_written: list[str]


def measure(argv: list[str], cwd: Path) -> Run:
    """Run ``argv`` to completion; its wall time and peak memory. A failure stops the benchmark."""
    # Python caches compiled modules as on any install (site-packages got theirs from pip); a machine
    # with PYTHONDONTWRITEBYTECODE set would otherwise recompile the editable package on every run.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update({"NO_MKDOCS_2_WARNING": "1", "CI": "1"})
    start = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(argv, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=err)
        tree_peak = 0
        ticks: dict[int, int] = {}
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            rss_kb, cpu_ticks = tree_usage(proc.pid)
            tree_peak = max(tree_peak, rss_kb)
            ticks.update(cpu_ticks)
            time.sleep(0.02)
        seconds = time.perf_counter() - start
        # wait4 counts the process and the children it reaped; the samples also see pool workers it did not.
        cpu = max(usage.ru_utime + usage.ru_stime, sum(ticks.values()) / os.sysconf("SC_CLK_TCK"))
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            sys.exit(f"{' '.join(argv)} failed in {cwd}:\n{err.read().decode(errors='replace')[-3000:]}")
    return Run(round(seconds, 3), round(cpu, 2), round(max(usage.ru_maxrss, tree_peak) / 1024, 1))


def tree_usage(root: int) -> tuple[int, dict[int, int]]:
    """Resident memory (KiB) of ``root`` and all its descendants now, and each one's CPU ticks so far."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    cpu: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", encoding="ascii", errors="replace") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry.name)
        parents[pid] = int(fields[1])
        rss[pid] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE") // 1024
        cpu[pid] = int(fields[11]) + int(fields[12])
    total, todo, ticks = 0, [root], {}
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        ticks[pid] = cpu.get(pid, 0)
        todo += [child for child, parent in parents.items() if parent == pid]
    return total, ticks


def source_texts() -> list[tuple[str, str]]:
    """(title, body) of every article the benchmark uses: the shared corpus plus the seed, or generated text."""
    paths = [*sorted(ARTICLES.glob("*.txt")), SEED] if ARTICLES.is_dir() else []
    if not paths:
        print("../shared is absent: using generated articles", file=sys.stderr)
        return [synthetic_article(i) for i in range(41)]
    texts = []
    for path in paths:
        title, _, body = path.read_text(encoding="utf-8").strip().partition("\n")
        texts.append((title.strip(), body.strip()))
    return texts


def synthetic_article(i: int) -> tuple[str, str]:
    """A plausible news article (names, places, dates, quotes, a subheading) from a fixed random seed."""
    rng = random.Random(i)
    people = ["Maria Keller", "John Okafor", "Li Wei", "Ana Souza", "Pierre Dubois", "Amina Yusuf", "Tom Baker"]
    places = ["Brussels", "Geneva", "Nairobi", "Ottawa", "Hanoi", "Lima", "Oslo", "Canberra"]
    topics = ["trade tariffs", "a border dispute", "fishing rights", "a pipeline", "climate funding", "visa rules"]
    months = ["January", "March", "April", "June", "September", "November"]

    def sentence() -> str:
        p, q, place, topic = rng.choice(people), rng.choice(people), rng.choice(places), rng.choice(topics)
        return rng.choice([
            f"Foreign Minister {p} met {q} in {place} on Monday to discuss {topic}.",
            f'"We will not accept any deal on {topic} that ignores our concerns," {p} told reporters.',
            f"The talks on {topic} began in {rng.choice(months)} {rng.randint(2009, 2018)} but stalled.",
            f"Analysts said the two sides remained far apart on {topic}, despite months of contacts.",
            f"A further round is expected in {place} next month, officials said.",
            f"Critics accused the government of giving away too much on {topic}.",
            f"Since {rng.randint(2000, 2015)}, relations have been strained by disputes over {topic}.",
        ])

    title = f"{rng.choice(places)} talks on {rng.choice(topics)} end without a deal"
    paragraphs = [" ".join(sentence() for _ in range(rng.randint(2, 4))) for _ in range(rng.randint(6, 12))]
    paragraphs.insert(len(paragraphs) // 2, "What comes next")
    return title, "\n\n".join(paragraphs)


def lay_out_project(dest: Path, texts: list[tuple[str, str]], n: int) -> None:
    """mkdocs.yml, docs/assets and ``n`` seeds: the texts repeated, each copy under its own title."""
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    shutil.copytree(ROOT / "docs" / "assets", dest / "docs" / "assets")
    seeds = dest / "seeds"
    seeds.mkdir()
    for i in range(n):
        title, body = texts[i % len(texts)]
        copy = i // len(texts)
        if copy:
            title = f"{title} (edition {copy + 1})"
        (seeds / f"{i:05d}.txt").write_text(f"{title}\n\n{body}\n", encoding="utf-8")


def snapshot(root: Path) -> dict[str, tuple[int, int, int]]:
    """(inode, size, mtime) of every file the generator may write: all but seeds/ and site/."""
    found = {}
    for dirpath, dirnames, filenames in os.walk(root):
        if Path(dirpath) == root:
            dirnames[:] = [d for d in dirnames if d not in ("seeds", "site")]
        for name in filenames:
            path = Path(dirpath, name)
            st = path.stat()
            found[str(path.relative_to(root))] = (st.st_ino, st.st_size, st.st_mtime_ns)
    return found


def changed(before: dict[str, tuple[int, int, int]], after: dict[str, tuple[int, int, int]]) -> list[str]:
    return sorted(path for path, stat in after.items() if before.get(path) != stat) + sorted(
        f"(deleted) {path}" for path in before.keys() - after.keys()
    )


def bench_site(n: int, texts: list[tuple[str, str]], python: str, keep: Path | None, scratch: Path) -> SiteResult:
    # Each site stays on disk until every site is measured: on ext4, creating files soon after
    # deleting thousands of others is many times slower for minutes, which would time the kernel.
    project = scratch / f"n{n}"
    project.mkdir()
    lay_out_project(project, texts, n)
    generate = [python, "-m", "generator", "generate", "--seeds-dir", "seeds", "--docs-dir", "docs"]
    print(f"N={n}: generate", file=sys.stderr, flush=True)
    full = measure(generate, project)
    docs = project / "docs"
    markdown_pages = sum(1 for _ in docs.rglob("*.md"))

    print(f"N={n}: no-op regenerate", file=sys.stderr, flush=True)
    before = snapshot(project)
    noop = measure(generate, project)
    noop_written = changed(before, snapshot(project))

    print(f"N={n}: regenerate after one seed changed", file=sys.stderr, flush=True)
    seed = project / "seeds" / f"{n // 2:05d}.txt"
    seed.write_text(seed.read_text(encoding="utf-8").rstrip("\n") + f" {CHANGED_SENTENCE}\n", encoding="utf-8")
    before = snapshot(project)
    one = measure(generate, project)
    one_written = changed(before, snapshot(project))

    print(f"N={n}: mkdocs build --strict", file=sys.stderr, flush=True)
    build = measure([python, "-m", "mkdocs", "build", "--strict", "--quiet"], project)

    site = project / "site"
    slugs = {p.name for p in docs.iterdir() if p.is_dir() and p.name != "assets"}
    html = {p: p.stat().st_size for p in site.rglob("*.html")}
    explainer_pages = [size for p, size in html.items() if p.relative_to(site).parts[0] in slugs]
    largest = sorted(html, key=html.__getitem__, reverse=True)[:3]
    site_bytes = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    if keep is not None:
        shutil.rmtree(keep / f"n{n}", ignore_errors=True)
        shutil.copytree(project, keep / f"n{n}", ignore=shutil.ignore_patterns("site"))
    return SiteResult(
        n=n,
        markdown_pages=markdown_pages,
        generate=full,
        mkdocs_build=build,
        html_pages=len(html),
        pages_per_second=round(len(html) / (full.seconds + build.seconds), 1),
        avg_explainer_page_bytes=round(sum(explainer_pages) / max(1, len(explainer_pages))),
        max_explainer_page_bytes=max(explainer_pages, default=0),
        search_index_bytes=(site / "search" / "search_index.json").stat().st_size,
        site_bytes=site_bytes,
        largest_site_pages=[(str(p.relative_to(site)), html[p]) for p in largest],
        noop=noop,
        noop_files_written=noop_written,
        one_change=one,
        one_change_files_written=one_written,
    )


def bench_analysis(texts: list[tuple[str, str]], rounds: int, peer_python: str | None) -> dict[str, object]:
    """Seconds per article: our parse + analyze, and newspaper4k's nlp(), on the same texts, start-up excluded.

    Both sides start from the article's text in memory: the peer loads its files before it times
    anything, so ours are read before timing too, and the ratio compares analysis with analysis.
    Ours also runs from the files (``read``: the seed and its sidecar looked up, read and
    decoded), as ``explainers analyze`` does, and that figure is reported beside the ratio.
    With the peer, the rounds alternate (one of ours, one of newspaper4k's, ...) and the ratio is the
    median of the rounds' ratios: the machine's speed drifts, and each pair of rounds shares its mood.
    """
    from generator.analyze import analyze
    from generator.readers import Metadata, read
    from generator.readers.text import parse_text

    with tempfile.TemporaryDirectory(prefix="explainers-bench-texts-") as tmp:
        paths = []
        for i, (title, body) in enumerate(texts):
            path = Path(tmp, f"{i:03d}.txt")
            path.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
            paths.append(path)
        loaded = [(path, path.read_text(encoding="utf-8")) for path in paths]
        for path in paths:  # warm-up: imports, compiled patterns, caches
            analyze(read(path))
        peer = None
        if peer_python:
            peer = subprocess.Popen(
                [peer_python, str(ROOT / "bench" / "peer_newspaper.py"), "--serve", *map(str, paths)],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
            )
        ours: list[tuple[float, float]] = []
        from_files: list[tuple[float, float]] = []
        theirs: list[dict[str, Any]] = []

        def timed(analyse_all: Callable[[], object]) -> tuple[float, float]:
            forget_memos()
            start, started = time.perf_counter(), time.process_time()
            analyse_all()
            return (time.perf_counter() - start) / len(paths), (time.process_time() - started) / len(paths)

        try:
            for _ in range(rounds):
                ours.append(timed(lambda: [analyze(parse_text(path, text, Metadata())) for path, text in loaded]))
                from_files.append(timed(lambda: [analyze(read(path)) for path in paths]))
                if peer is not None:
                    assert peer.stdin is not None and peer.stdout is not None
                    peer.stdin.write("round\n")
                    peer.stdin.flush()
                    theirs.append(json.loads(peer.stdout.readline()))
        finally:
            if peer is not None:
                peer.communicate()
        result: dict[str, object] = {
            "articles": len(paths), "rounds": rounds,
            "explainers_seconds": statistics.mean(wall for wall, _ in ours),
            "explainers_cpu_seconds": statistics.mean(cpu for _, cpu in ours),
            "explainers_from_files_seconds": statistics.mean(wall for wall, _ in from_files),
            "explainers_from_files_cpu_seconds": statistics.mean(cpu for _, cpu in from_files),
        }
        if theirs:
            result["newspaper4k_version"] = theirs[0]["version"]
            result["newspaper4k_seconds"] = statistics.mean(t["seconds_per_article"] for t in theirs)
            result["newspaper4k_cpu_seconds"] = statistics.mean(t["cpu_seconds_per_article"] for t in theirs)
            # CPU time, not wall time: on a shared machine other processes inflate wall time at random.
            ratios = [cpu / t["cpu_seconds_per_article"] for (_, cpu), t in zip(ours, theirs, strict=True)]
            result["ratio"] = statistics.median(ratios)
            result["ratio_range"] = [min(ratios), max(ratios)]
            result["wall_ratio"] = statistics.median(
                wall / t["seconds_per_article"] for (wall, _), t in zip(ours, theirs, strict=True)
            )
            result["from_files_ratio"] = statistics.median(
                cpu / t["cpu_seconds_per_article"] for (_, cpu), t in zip(from_files, theirs, strict=True)
            )
        return result


def forget_memos() -> None:
    """Empty the package's bounded memo caches (``lru_cache(maxsize=N)``) before a round.

    Otherwise a second round over the same texts would find every per-text result cached and
    look cheaper than any new article. Unbounded ``@cache`` loaders (the gazetteer) stay: they are
    start-up, paid once per process.
    """
    for name, module in list(sys.modules.items()):
        if not name.startswith("generator"):
            continue
        for value in vars(module).values():
            parameters = getattr(value, "cache_parameters", None)
            if parameters is not None and parameters()["maxsize"] is not None:
                value.cache_clear()


def machine() -> dict[str, object]:
    cpu = "unknown"
    with open("/proc/cpuinfo", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo", encoding="utf-8") as handle:
        mem_kb = int(handle.readline().split()[1])
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "ram_gib": round(mem_kb / 1024**2, 1),
        "python": platform.python_version(),
        "os": platform.platform(),
    }


def file_creation_probe(folder: Path, folders: int = 250, per_folder: int = 8) -> float:
    """Microseconds to create one 16 KB file (and its share of a new folder), as generate writes pages.

    About 100 us on a settled ext4 here. After many files were deleted (a test run, the last bench's
    sites), ext4 passes over each recently freed inode when it allocates one, for a minute or five;
    creating files then cost up to 1 ms each, which put seconds on a 1,000-explainer generate.
    """
    data = b"x" * 16_000
    start = time.perf_counter()
    for i in range(folders):
        sub = folder / f"p{i}"
        sub.mkdir(parents=True)
        for k in range(per_folder):
            (sub / f"{k}.md").write_bytes(data)
    return (time.perf_counter() - start) / (folders * per_folder) * 1e6


SLOW_FILE_CREATION_US = 300
"""Above this the disk is in the slow state ``file_creation_probe`` describes: the report says so."""


def commit() -> str:
    out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    return out.stdout.strip() or "unknown"


def targets(sites: list[SiteResult], analysis: dict[str, object]) -> list[tuple[str, bool | None, str]]:
    """(target, met or None when not measured, the figures) for each target of issue 6."""
    found: list[tuple[str, bool | None, str]] = []
    ratio = analysis.get("ratio")
    found.append(("analyze per article <= newspaper4k nlp() (CPU time)", None if ratio is None else float(ratio) <= 1.0,
                  "not measured" if ratio is None else f"ratio {float(ratio):.2f}"))
    by_n = {s.n: s for s in sites}
    if 1000 in by_n:
        s = by_n[1000]
        share = s.generate.seconds / s.mkdocs_build.seconds
        cpu_share = s.generate.cpu_seconds / s.mkdocs_build.cpu_seconds
        found.append(("generate 1,000 <= 10% of mkdocs build", share <= 0.10,
                      f"{share:.1%} of wall time, {cpu_share:.1%} of CPU time"))
        found.append(("explainer pages <= 60 KB at 1,000", s.avg_explainer_page_bytes <= 60_000,
                      f"{s.avg_explainer_page_bytes / 1000:.1f} KB average"))
    if 1000 in by_n and 2000 in by_n:
        for label in ("generate", "mkdocs build"):
            big, small = (getattr(by_n[n], label.replace(" ", "_")) for n in (2000, 1000))
            growth, cpu_growth = big.seconds / small.seconds, big.cpu_seconds / small.cpu_seconds
            found.append((f"{label} linear: N=2,000 <= 2.2 x N=1,000", growth <= 2.2,
                          f"{growth:.2f} x wall time, {cpu_growth:.2f} x CPU time"))
    for s in sites:
        share = s.noop.seconds / s.generate.seconds
        found.append((f"no-op regenerate at N={s.n} <= 5% of generate and writes nothing",
                      share <= 0.05 and not s.noop_files_written,
                      f"{share:.1%}, {len(s.noop_files_written)} file(s) written"))
        written = s.one_change_files_written
        # Besides its own pages, only listings may change: site pages, and overviews whose related list changed.
        slug_dirs = {Path(p).parts[1] for p in written if p.startswith("docs/") and len(Path(p).parts) > 2
                     and Path(p).parts[1] not in SITE_FOLDERS}
        others = {d for d in slug_dirs if any(p.startswith(f"docs/{d}/") and not p.endswith("/index.md")
                                              for p in written)}
        found.append((f"one seed changed at N={s.n} rewrites one explainer and the pages that list it",
                       len(others) <= 1, f"{len(written)} file(s): pages of {len(others)} explainer(s), "
                       f"{len(slug_dirs - others)} other overview(s) (related lists)"))
    if sites:
        s = max(sites, key=lambda site: site.n)
        small = min(sites, key=lambda site: site.n)
        biggest = s.largest_site_pages[0][1] if s.largest_site_pages else 0
        before = small.largest_site_pages[0][1] if small.largest_site_pages else 0
        found.append((f"no built page grows with the site (largest at N={small.n:,} and N={s.n:,})",
                      None if s is small else biggest <= max(2 * before, 200_000),
                      f"{before / 1000:.0f} KB and {biggest / 1000:.0f} KB ({s.largest_site_pages[0][0]})"))
    return found


Target = tuple[str, bool | None, str]


def print_report(sites: list[SiteResult], analysis: dict[str, object], found: list[Target]) -> None:
    print()
    print("| N | pages (.md) | generate s (CPU s) | mkdocs build s (CPU s) | generate / build (CPU) | pages/s"
          " | avg explainer page KB | search_index.json MB | site MB | peak RSS generate MB | peak RSS mkdocs MB |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for s in sites:
        print(f"| {s.n:,} | {s.markdown_pages:,} | {s.generate.seconds:.2f} ({s.generate.cpu_seconds:.1f}) "
              f"| {s.mkdocs_build.seconds:.1f} ({s.mkdocs_build.cpu_seconds:.1f}) "
              f"| {s.generate.seconds / s.mkdocs_build.seconds:.1%} "
              f"({s.generate.cpu_seconds / s.mkdocs_build.cpu_seconds:.1%}) | {s.pages_per_second:.0f} "
              f"| {s.avg_explainer_page_bytes / 1000:.1f} | {s.search_index_bytes / 1e6:.1f} "
              f"| {s.site_bytes / 1e6:.0f} "
              f"| {s.generate.peak_rss_mb:.0f} | {s.mkdocs_build.peak_rss_mb:.0f} |")
    print()
    print("| N | no-op regenerate s | of generate | files written | one seed changed s | files written |")
    print("|---:|---:|---:|---:|---:|---:|")
    for s in sites:
        print(f"| {s.n:,} | {s.noop.seconds:.2f} | {s.noop.seconds / s.generate.seconds:.1%} "
              f"| {len(s.noop_files_written)} | {s.one_change.seconds:.2f} | {len(s.one_change_files_written)} |")
    for s in sites:
        if s.one_change_files_written:
            shown = ", ".join(s.one_change_files_written[:12])
            print(f"N={s.n:,}: one seed changed wrote: {shown}{' ...' if len(s.one_change_files_written) > 12 else ''}")
        shown = ", ".join(f"{path} ({size / 1000:.0f} KB)" for path, size in s.largest_site_pages)
        print(f"N={s.n:,}: largest built pages: {shown}")
    print()
    def ms(key: str) -> str:
        return f"{float(analysis[key]) * 1000:.2f} ms"  # type: ignore[arg-type]

    print(f"analysis per article, start-up excluded ({analysis['articles']} texts x {analysis['rounds']} rounds):")
    print(f"  explainers parse+analyze: {ms('explainers_cpu_seconds')} CPU, {ms('explainers_seconds')} wall"
          " (text in memory, as newspaper4k's)")
    print(f"  explainers read+analyze: {ms('explainers_from_files_cpu_seconds')} CPU,"
          f" {ms('explainers_from_files_seconds')} wall (from the files, sidecar looked for)")
    if "ratio" in analysis:
        print(f"  newspaper4k {analysis['newspaper4k_version']} nlp(): {ms('newspaper4k_cpu_seconds')} CPU,"
              f" {ms('newspaper4k_seconds')} wall")
        low, high = analysis["ratio_range"]  # type: ignore[misc]
        print(f"  ratio (CPU), median of {analysis['rounds']} alternating rounds: {float(analysis['ratio']):.2f}"  # type: ignore[arg-type]
              f" (rounds {low:.2f} to {high:.2f}); wall: {float(analysis['wall_ratio']):.2f};"  # type: ignore[arg-type]
              f" ours from the files: {float(analysis['from_files_ratio']):.2f}")  # type: ignore[arg-type]
    print()
    for name, met, figures in found:
        mark = "n/a " if met is None else ("MET " if met else "MISS")
        print(f"[{mark}] {name}: {figures}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, action="append", help="site sizes (default: 100 and 1000)")
    parser.add_argument("--rounds", type=int, default=20,
                        help="passes over the texts when timing analysis, alternating with the peer")
    parser.add_argument("--peer-python", help="Python of the bench environment that has newspaper4k")
    parser.add_argument("--keep", type=Path, help="keep each project (without site/) under this folder")
    parser.add_argument("--output", type=Path, default=RESULTS, help="where to write the JSON results")
    args = parser.parse_args()
    sizes = args.n or [100, 1000]
    texts = source_texts()

    analysis = bench_analysis(texts, args.rounds, args.peer_python)
    scratch = Path(tempfile.mkdtemp(prefix="explainers-bench-"))
    try:
        # Left in place until the end: deleting them now would itself slow the disk (see the probe).
        probe = file_creation_probe(scratch / "probe")
        print(f"creating a file: {probe:.0f} us", file=sys.stderr)
        if probe > SLOW_FILE_CREATION_US:
            print(f"warning: creating files is slow now ({probe:.0f} us each, about 100 us when settled): were many"
                  " files deleted in the last minutes? The generate and build figures will suffer; wait five minutes"
                  " and rerun", file=sys.stderr)
        sites = [bench_site(n, texts, sys.executable, args.keep, scratch) for n in sizes]
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    found = targets(sites, analysis)
    print_report(sites, analysis, found)
    results = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "commit": commit(),
        "machine": {**machine(), "file_creation_us": round(probe)},
        "load_average_at_end": os.getloadavg(),
        "corpus": "shared" if ARTICLES.is_dir() else "generated",
        "analysis": analysis,
        "sites": [asdict(s) for s in sites],
        "targets": [{"target": name, "met": met, "figures": figures} for name, met, figures in found],
    }
    args.output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten: {args.output}")


if __name__ == "__main__":
    main()
