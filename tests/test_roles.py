"""Sentence roles: hand-written news a person can label, the shipped model, the seed, and the score.

The articles here are written for these tests (not taken from the gold corpus), so a pass means
the roles generalise to text the model has never seen.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator import role_model
from generator.errors import ExplainerError
from generator.models import ROLES, Role
from generator.readers import Metadata, read
from generator.readers.text import parse_text
from generator.role_cues import cues_in, is_boilerplate
from generator.role_features import article_features, sentence_features
from generator.role_rules import classify_by_rules
from generator.roles import ENV_VAR, classify

from .conftest import ROOT, SEED, SHARED

PORT = """Harbour city approves new container port

The city council of Marlow on Tuesday approved a 2 billion dollar plan to build a new container port on the \
northern shore, ending a year of debate.

The vote passed by 31 to 12 after a seven-hour session.

The old harbour was built in 1911 and had been too shallow for modern ships since the 1980s.

Plans for a new port were first drawn up in 2009 but were shelved during the financial crisis.

"This is a terrible decision that destroys the last wetlands we have," said Anna Berg, who leads the local \
environmental group.

Business leaders praised the vote as a long overdue boost for the region.

Construction is expected to begin next spring and the port should open by 2027, officials said.

The council will vote on the financing of the access roads next month.
"""

# What a person reading PORT would say each sentence does (the vote count is left out: it is
# detail of the news, but a reader could also call it context).
PORT_ROLES: dict[int, Role] = {
    0: "main",
    2: "background",
    3: "background",
    4: "evaluation",
    5: "evaluation",
    6: "expectation",
    7: "expectation",
}


def _roles(text: str) -> tuple[list[str], list[Role]]:
    article = parse_text(Path("test.txt"), text, Metadata())
    return [s.text for s in article.sentences], classify(article)


def test_the_model_labels_a_hand_written_article_as_a_person_would() -> None:
    texts, roles = _roles(PORT)
    assert len(texts) == 8
    wrong = {texts[i]: (roles[i], want) for i, want in PORT_ROLES.items() if roles[i] != want}
    assert not wrong, wrong


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Shares in the bank are expected to fall further next week, analysts forecast.", "expectation"),
        ("The ministry will publish its plan for the new tax in the coming months.", "expectation"),
        ('"We are deeply disappointed and we think the ruling is wrong," a spokeswoman said.', "evaluation"),
        ("Art experts said the theft showed how poorly the country protects its museums.", "evaluation"),
        ("The dispute began in 2014, when the two countries first clashed over fishing rights.", "background"),
        ("The company had been losing money since it was founded in 1998.", "background"),
    ],
)
def test_clear_sentences_later_in_an_article(sentence: str, role: Role) -> None:
    """A sentence placed in the body of a short article, after its lede, gets the role it plainly has."""
    lede = "Police in Oslo on Monday arrested two men over the theft of a famous painting from a museum."
    filler = "The painting was recovered undamaged in a flat in the city centre, police said."
    text = f"Painting recovered\n\n{lede}\n\n{filler}\n\n{sentence}\n"
    texts, roles = _roles(text)
    assert texts[-1] == sentence
    assert roles[0] == "main"
    assert roles[-1] == role


def test_a_caption_and_a_currency_note_are_not_story() -> None:
    text = (
        "Talks stall\n\nNegotiators from both sides on Friday failed to agree on a new trade deal.\n\n"
        "A man walks past the trade ministry in Berlin, Germany, March 3, 2019.\n\n"
        "($1 = 0.88 euros)\n"
    )
    texts, roles = _roles(text)
    # The reader drops the exchange rate as wire furniture; the caption, with no credit to tell it, is "other".
    assert roles == ["main", "other"], list(zip(texts, roles, strict=True))
    assert "($1 = 0.88 euros)" not in texts


def test_the_rules_fallback_is_chosen_by_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    article = parse_text(Path("test.txt"), PORT, Metadata())
    monkeypatch.setenv(ENV_VAR, "rules")
    assert classify(article) == classify_by_rules(article)
    monkeypatch.setenv(ENV_VAR, "model")
    assert classify(article)[1:] == role_model.load().predict(article)[1:]  # the lede is main either way


def test_the_whole_lede_paragraph_is_the_news() -> None:
    text = (
        "Strike ends\n\n"
        "Dock workers in Antwerp ended a two-week strike on Friday after unions accepted a new pay offer. "
        "All eyes are now on whether the backlog of ships can be cleared before the holidays. "
        "The port handles a fifth of Europe's container traffic.\n\n"
        "The strike began on June 3, when talks between unions and employers broke down.\n"
    )
    texts, roles = _roles(text)
    assert roles == ["main", "main", "main", "background"], list(zip(texts, roles, strict=True))


def test_an_unknown_choice_of_classifier_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, "rule")
    with pytest.raises(ExplainerError, match="EXPLAINERS_ROLES='rule' is not one of model, rules"):
        classify(parse_text(Path("test.txt"), PORT, Metadata()))


def test_the_rules_label_the_plain_cases() -> None:
    roles = classify_by_rules(parse_text(Path("test.txt"), PORT, Metadata()))
    assert roles[0] == "main"
    assert roles[2] == roles[3] == "background"
    assert roles[5] == "evaluation"
    assert roles[6] == roles[7] == "expectation"


def test_the_shipped_model_is_small_and_says_what_it_was_trained_on() -> None:
    path = ROOT / "generator" / role_model.MODEL_RESOURCE
    assert path.stat().st_size < 1_000_000
    model = role_model.load()
    assert set(model.classes) == set(ROLES)
    assert "NewsDiscourse" in model.trained_on
    assert "validation split" in model.trained_on  # the README says it was fitted on all 464 articles
    assert len(model.weights) > 1000
    assert role_model.load() is model  # read once per process


@pytest.mark.parametrize(
    ("sentence", "fires", "silent"),
    [
        ("The match was called off due to the storm.", {"cause", "was"}, {"future"}),
        ("The two leaders are due to meet in June.", {"future", "cause", "present"}, set()),
        ("Analysts had expected a rate cut, a spokesman said.", {"past_perfect", "expect", "opinion", "say"}, set()),
        ("The US economy has fallen since 2010.", {"perfect", "history", "present"}, {"first_person"}),
        ("Give us a chance, I said?", {"first_person", "question", "say"}, set()),
        ("Prices may rise later this year, they warned.", {"modal", "expect", "rule_future", "rule_tentative"}, set()),
        ("The spokes of the wheel broke.", set(), {"say"}),
        ("Officials called for calm as a result of the clashes.", {"opinion", "cause"}, set()),
    ],
)
def test_cue_families_fire_on_their_words_and_phrases(sentence: str, fires: set[str], silent: set[str]) -> None:
    found = cues_in(sentence)
    assert fires <= found, found
    assert not silent & found, found


@pytest.mark.parametrize(
    ("text", "boiler"),
    [
        ("Reporting by Jane Doe; Editing by John Roe", True),
        ("A man walks past the trade ministry in Berlin, Germany, March 3, 2019.", True),
        ("($1 = 0.88 euros)", True),
        ("REUTERS/Brendan McDermid", True),
        ("Troubled relations", True),
        ("The ministry said the talks would resume on March 3, 2019, in Geneva as planned.", False),
        ("Reuters reported on Monday that the deal was close.", False),
    ],
)
def test_captions_credits_and_footers_are_boilerplate(text: str, boiler: bool) -> None:
    assert is_boilerplate(text) is boiler


def test_the_scorer_adds_up_the_weights_of_the_features_as_the_training_script_names_them() -> None:
    """Packed integer weights (one integer for all classes) sum to the same as adding rows one by one."""
    model = role_model.load()
    article = parse_text(Path("test.txt"), PORT, Metadata())
    for names, features in zip(sentence_features(article), article_features(article), strict=True):
        totals = [0] * len(model.classes)
        for name in names:
            for k, w in enumerate(model.weights.get(name, ())):
                totals[k] += w
        expected = [b + model.scale * t for b, t in zip(model.bias, totals, strict=True)]
        assert model.scores(features) == pytest.approx(expected, abs=1e-9)
        assert any(w < 0 for name in names for w in model.weights.get(name, ()))  # negative fields unpack too


def test_a_model_file_of_another_format_is_refused() -> None:
    with pytest.raises(role_model.ModelError, match="format"):
        role_model.RoleModel.from_json(
            {"format": 99, "classes": [], "scale": 0.01, "bias": [], "weights": {}}
        )


def test_running_the_model_needs_neither_numpy_nor_scikit_learn() -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from generator.readers import read\n"
        "from generator.roles import classify\n"
        f"classify(read(Path({str(SEED)!r})))\n"
        "heavy = sorted(m for m in ('numpy', 'scipy', 'sklearn') if m in sys.modules)\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_the_seed_reads_sensibly() -> None:
    article = read(SEED)
    roles = dict(zip((s.text for s in article.sentences), classify(article), strict=True))

    def role_of(start: str) -> Role:
        return next(role for text, role in roles.items() if text.startswith(start))

    assert role_of("Russian President Vladimir Putin and US President Donald Trump are scheduled") == "main"
    troubled = [
        roles[s.text]
        for p in article.paragraphs
        if article.section_of(p.number) == "Troubled relations"
        for s in p.sentences
    ]
    assert troubled.count("background") >= len(troubled) - 2
    assert role_of("But experts say that the summit will have primarily a symbolic meaning") in {
        "evaluation",
        "expectation",
    }
    assert role_of("Moscow will probably be asked to increase pressure on Iran") == "expectation"
    assert role_of("The summit will not be able to settle all differences") == "expectation"
    assert "other" not in roles.values()


EVAL = SHARED / "eval" / "eval_roles.py"
FLOORS = {"model": 0.69, "rules": 0.56}
"""Macro-F1 on 60 validation articles, a little under what was measured (0.718 and 0.591).

The shipped model was fitted on these articles too, so its floor guards against a broken model
file, not a measure of unseen articles: ``scripts/train_roles.py --cv 5`` measures that."""


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["model", "rules"])
def test_the_roles_score_on_the_gold_validation_articles(mode: str) -> None:
    if not EVAL.is_file():
        pytest.skip("../shared/eval is not present")
    explainers = Path(sys.executable).with_name("explainers")
    command = f"{ENV_VAR}={mode} {explainers} analyze --format jsonl {{files}}"
    done = subprocess.run(
        [sys.executable, str(EVAL), "--split", "validation", "--limit", "60", command],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    print(done.stdout)
    match = re.search(r"macro_f1=([0-9.]+)", done.stdout)
    assert match, done.stdout + done.stderr
    assert float(match.group(1)) >= FLOORS[mode], done.stdout
