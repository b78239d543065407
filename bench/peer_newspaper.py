"""Time newspaper4k's ``nlp()`` (keywords and summary) per article, in the bench environment only.

Run with ``.venv-bench/bin/python bench/peer_newspaper.py ROUNDS FILE...``; prints one JSON object.
With ``--serve FILE...`` it times one round over the files for each line read from its standard
input and prints one JSON object a round, so that the benchmark can alternate rounds of ours and
of newspaper4k: on a shared machine the speed drifts by a fifth within a minute, and two runs
one after the other would compare the machine's moods rather than the two programs.
NLTK's punkt data cannot be downloaded here, so newspaper4k's sentence splitter is swapped for
nupunkt's and any attempt to download is made to fail loudly rather than reach the network.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

import nupunkt


def _no_download(*args: object, **kwargs: object) -> bool:
    raise RuntimeError(f"the benchmark must not download anything (nltk.download{args!r})")


def _split_sentences(text: str) -> list[str]:
    # The same post-processing newspaper4k applies to punkt's output.
    return [re.sub(r"[\n ]+", " ", s) for s in nupunkt.sent_tokenize(text) if len(s) > 10]


def patch_newspaper() -> None:
    """Point newspaper4k at nupunkt; make every NLTK download an error."""
    try:
        import nltk

        nltk.download = _no_download  # type: ignore[assignment]
    except ImportError:
        pass
    from newspaper import nlp

    nlp.split_sentences = _split_sentences  # type: ignore[assignment]


def load(path: Path) -> tuple[str, str]:
    """(title, body) of a seed-layout text file: title on the first line."""
    lines = path.read_text(encoding="utf-8").strip().splitlines()
    return lines[0].strip(), "\n".join(lines[1:]).strip()


def nlp_once(title: str, body: str) -> tuple[list[str], str]:
    from newspaper import Article
    from newspaper.article import ArticleDownloadState

    article = Article("https://example.org/article", language="en", fetch_images=False)
    article.download_state = ArticleDownloadState.SUCCESS
    article.is_parsed = True
    article.title = title
    article.text = body
    article.nlp()
    return article.keywords, article.summary


def main(argv: list[str]) -> None:
    serve = argv[0] == "--serve"
    rounds = 1 if serve else int(argv[0])
    texts = [load(Path(p)) for p in argv[1:]]
    patch_newspaper()
    import newspaper

    for title, body in texts:  # warm-up: imports, stopword files, caches
        keywords, summary = nlp_once(title, body)
    assert keywords and summary, "newspaper4k produced no keywords or summary"
    requests = sys.stdin if serve else [""]
    for _ in requests:
        start, cpu = time.perf_counter(), time.process_time()
        for _ in range(rounds):
            for title, body in texts:
                nlp_once(title, body)
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
        print(json.dumps({
            "library": "newspaper4k",
            "version": newspaper.__version__,
            "articles": len(texts),
            "rounds": rounds,
            "seconds_per_article": elapsed / (rounds * len(texts)),
            "cpu_seconds_per_article": cpu / (rounds * len(texts)),
        }), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
