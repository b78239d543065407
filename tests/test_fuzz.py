"""Random articles made of the words the analysis reads closely: it must never fail on one.

Names, titles, function words, brackets, quotes, possessives, dates and dispute words, strung
together at random, are what trips a rule-based reader; each example is analysed in this process
(a few milliseconds), so many are tried.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.analyze import analyze
from generator.readers import read

WORDS = [
    "In", "New", "Bern", "of", "for", "The", "the", "a", "Department", "Justice", "Division", "(", ")", "FSB",
    "Federation", "Small", "Businesses", "’s", "'s", "People", "Liberation", "Army", "said", "told", "says", ",",
    ",", ".", ".", "Mr", "Mrs", "Sir", "Lord", "President", "Prime", "Minister", "Secretary", "State", "Mike",
    "Pompeo", "Vladimir", "Putin", "@", "#", "“", "”", '"', "Jordan", "Rodas", "Texas", "Instruments", "Idaho",
    "Dec.", "15", "1889", "2009", "since", "last", "next", "week", "Monday", "April", "ban", "on", "sanctions",
    "poisoned", "Skripal", "Inc", "Facebook", "East", "Asian", "Central", "American", "United", "States", "U.S.",
    "NATO", "VOTE", "GREAT", "who", "and", "clashed", "issues", ":", ";", "-", "—", "VIENNA", "Reuters",
    "today", "ago", "years", "over", "past", "10", "Against", "Impunity", "Commission", "International", "MP",
    "Salford", "Upper", "Midwest", "Soviet", "Union", "Hitler", "Adolf", "Firing", "Political", "Islam",
]
_sentence = st.lists(st.sampled_from(WORDS), min_size=1, max_size=18).map(" ".join)
_paragraph = st.lists(_sentence, min_size=1, max_size=4).map(lambda s: ". ".join(s) + ".")


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=_sentence, paragraphs=st.lists(_paragraph, min_size=1, max_size=5))
def test_the_analysis_never_fails_on_name_heavy_text(tmp_path: Path, title: str, paragraphs: list[str]) -> None:
    seed = tmp_path / "random.txt"
    seed.write_text(f"{title.strip(' .,;:') or 'Title'}\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    try:
        article = read(seed, published=date(2019, 11, 18))
    except Exception as error:  # the reader may reject a seed, with a one-line error naming it
        assert str(error).startswith(str(seed)), error
        return
    explainer = analyze(article)
    ids = {s.id for s in article.sentences}
    assert set(explainer.summary) <= ids
    for player in explainer.players:
        assert player.name.strip() and set(player.sentences) <= ids, player
    for issue in explainer.issues:
        assert set(issue.sentences) <= ids, issue
