"""Key players as a reader checks them: the right people, countries, places and organisations, once each."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.models import Article, Player
from generator.players import find_players, main_players
from generator.readers import read

from .conftest import ROOT

ARTICLES = ROOT / "tests" / "articles"


def _players(path: Path) -> dict[str, Player]:
    return {p.name: p for p in find_players(read(path)).players}


def _players_of(tmp_path: Path, article: str) -> dict[str, Player]:
    """The players of a hand-written article (headline, blank line, paragraphs)."""
    seed = tmp_path / "article.txt"
    seed.write_text(article, encoding="utf-8")
    return _players(seed)


@pytest.fixture(scope="module")
def seed_players() -> dict[str, Player]:
    return _players(ROOT / "seeds" / "russia-us-summit.txt")


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Vladimir Putin", "person"),
        ("Donald Trump", "person"),
        ("Sergei Skripal", "person"),
        ("United States", "country"),
        ("Russia", "country"),
        ("Finland", "country"),
        ("Ukraine", "country"),
        ("Syria", "country"),
        ("Britain", "country"),
        ("Iran", "country"),
        ("Helsinki", "place"),
        ("Crimea", "place"),
        ("Middle East", "place"),
        ("NATO", "organization"),
    ],
)
def test_seed_names_its_players(seed_players: dict[str, Player], name: str, kind: str) -> None:
    assert name in seed_players
    assert seed_players[name].kind == kind


@pytest.mark.parametrize("junk", ["Troubled", "Political", "Related News", "Related", "Cold War", "President",
                                  "Putin", "Trump", "US", "Tit", "Since", "Prior", "Rather", "Republican"])
def test_seed_has_no_junk_or_duplicate_players(seed_players: dict[str, Player], junk: str) -> None:
    assert junk not in seed_players


def test_aliases_are_merged_into_one_player(seed_players: dict[str, Player]) -> None:
    putin = seed_players["Vladimir Putin"]
    # "Russian President Vladimir Putin", "President Trump and Putin", "President Putin has signed".
    assert putin.mentions == 3
    assert putin.aliases == ("Putin",)
    assert putin.description == "Russian President"
    assert putin.country == "Russia"
    trump = seed_players["Donald Trump"]
    assert trump.description == "US President"
    assert trump.mentions == 5  # "Trump's" counts as a mention, possessive dropped
    assert seed_players["Sergei Skripal"].description == "former Russian double agent"


def test_mentions_point_at_the_sentences_that_name_the_player(seed_players: dict[str, Player]) -> None:
    assert seed_players["Sergei Skripal"].sentences == ("s9",)
    assert seed_players["Iran"].sentences == ("s19",)
    assert seed_players["United States"].mentions > seed_players["Finland"].mentions


def test_main_players_are_people_and_countries_named_more_than_once(seed_players: dict[str, Player]) -> None:
    main = [p.name for p in main_players(tuple(seed_players.values()))]
    assert {"Russia", "United States", "Donald Trump", "Vladimir Putin"} <= set(main)
    assert "Helsinki" not in main and len(main) <= 5


@pytest.fixture(scope="module")
def steel() -> dict[str, Player]:
    return _players(ARTICLES / "steel-talks.txt")


def test_us_spellings_are_one_country(steel: dict[str, Player]) -> None:
    us = steel["United States"]
    assert set(us.aliases) == {"U.S.", "US", "America"}
    assert us.mentions == 6  # U.S. (x2), United States, America's, US ... and "U.S. Trade Representative"
    assert "America" not in steel and "U.S" not in steel


def test_honorifics_and_titles_are_not_part_of_names(steel: dict[str, Player]) -> None:
    assert steel["Robert Lighthizer"].aliases == ("Lighthizer",)  # "Mr. Lighthizer"
    assert steel["Robert Lighthizer"].description == "U.S. Trade Representative"
    assert steel["Cecilia Malmstrom"].aliases == ("Malmstrom",)  # "Dr. Malmstrom"
    assert steel["Cecilia Malmstrom"].description == "European Union trade chief"
    assert steel["Rand Paul"].kind == "person"  # "Sen. Rand Paul"
    assert not any(name.startswith(("Mr", "Dr", "Sen", "Trade")) for name in steel)


def test_middle_initials_and_possessive_descriptions(steel: dict[str, Player]) -> None:
    assert steel["George W. Bush"].description == "former President"
    assert steel["Peter Altmaier"].description == "Germany's economy minister"
    assert steel["Peter Altmaier"].country == "Germany"


def test_a_country_s_possessive_stays_in_the_description(tmp_path: Path) -> None:
    players = _players_of(tmp_path, (
        "Leaders meet\n\nOn Wednesday, Slovakia’s Prime Minister Peter Pellegrini met Britain's Prime Minister"
        " Theresa May in London.\n\nPellegrini said the talks went well. May agreed.\n"
    ))
    assert players["Peter Pellegrini"].description == "Slovakia’s Prime Minister"
    assert players["Theresa May"].description == "Britain's Prime Minister"


def test_a_demonym_right_after_a_title_is_a_given_name(tmp_path: Path) -> None:
    players = _players_of(tmp_path, (
        "Reform vote\n\n\u201cHe will have problems,\u201d said Senator German Varon of the Radical Change party."
        " German Chancellor Angela Merkel said nothing. The FDP's leader Christian Lindner agreed.\n\n"
        "General Electric Co said it would cut jobs; General Electric shares fell.\n"
    ))
    assert players["German Varon"].description == "Senator" and players["German Varon"].country is None
    assert players["Angela Merkel"].description == "German Chancellor"
    assert players["Christian Lindner"].description == "FDP's leader"  # after a role too
    # Nor is a title the start of a company's name: "General" of General Electric.
    assert players["General Electric Co"].kind == "organization" and "Electric" not in players


def test_an_appositive_role_after_a_name_makes_a_person_and_describes_them(tmp_path: Path) -> None:
    players = _players_of(tmp_path, (
        "Budget row\n\nJohn Smithers, a spokesman for the ministry, dismissed the report. Bruno Fantini, the party"
        " leader, declined to comment. Ella Prihatini, a researcher at the University of Western Australia, was"
        " not surprised. Andrew Kazilimani, the firm's director of operations said prices would rise.\n\n"
        "Acme Widgets, a leader in the market, agreed."
        " Lazard Freres, an adviser to the deal, was paid. John Kirkland, mayor of River Bend, agreed.\n\n"
        "Jim Kossin, a scientist with the U.S. National Oceanic and Atmospheric Administration, said so.\n"
    ))
    assert players["John Smithers"].kind == "person"
    assert players["John Smithers"].description == "spokesman for the ministry"
    assert players["Bruno Fantini"].description == "party leader"
    # Where she works is not where she is from.
    assert players["Ella Prihatini"].description == "researcher at the University of Western Australia"
    assert players["Ella Prihatini"].country is None
    assert players["Andrew Kazilimani"].description == "firm's director of operations"
    assert players["John Kirkland"].description == "mayor of River Bend"  # with no article, too
    kossin = players["Jim Kossin"]  # a long "with ..." read through "U.S."
    assert kossin.description == "scientist with the U.S. National Oceanic and Atmospheric Administration"
    # A firm can lead a market or advise on a deal: those appositives make nobody a person.
    assert "Acme Widgets" not in players or players["Acme Widgets"].kind != "person"
    assert "Lazard Freres" not in players or players["Lazard Freres"].kind != "person"


def test_organisations_and_places(steel: dict[str, Player]) -> None:
    assert steel["European Union"].kind == "organization"
    assert steel["European Union"].aliases == ("EU",)
    assert steel["Brussels"].kind == "place"
    assert steel["Europe"].kind == "place"


def test_sentence_initial_capitals_are_not_players(steel: dict[str, Player]) -> None:
    for word in ("Critics", "Talks", "Trade", "Two", "Observers", "Long", "Long history", "What next", "Commission"):
        assert word not in steel
    assert "European" not in steel and "American" not in steel  # adjectives, not players


def test_a_name_repeated_by_surname_with_a_possessive() -> None:
    players = _players(ARTICLES / "budget-protests.txt")
    okafor = players["Jane Okafor"]
    assert okafor.mentions == 3  # "Jane Okafor", "Okafor's government", "Ms. Okafor"
    assert okafor.description == "Prime Minister"
    assert players["Tom Reyes"].description == "Opposition leader"
    assert players["Lagos"].kind == "place"
    assert "Opposition" not in players and "Police" not in players and "Analysts" not in players


_JUNK = {"The", "But", "In", "He", "She", "It", "They", "This", "Monday", "Tuesday", "January", "President",
         "Minister", "Prime Minister", "Related News", "Cold War", "MPs", "Reuters News"}


def test_corpus_articles_have_no_junk_players(corpus: Path) -> None:
    for path in sorted((corpus / "articles").glob("*.txt")):
        article: Article = read(path)
        names = {p.name for p in find_players(article).players}
        assert not names & _JUNK, path.name
        assert all(len(name.split()) <= 5 for name in names), path.name


def test_datelines_tickers_outlet_and_adjectives() -> None:
    article = read(ARTICLES / "coalition-row.txt")
    assert article.source == "Reuters"
    players = {p.name: p for p in find_players(article).players}
    assert players["Christian Social Union"].kind == "organization"  # an adjective may start a name
    assert players["Horst Seehofer"].description == "Interior Minister"
    assert players["Angela Merkel"].aliases == ("Merkel",)
    assert players["Doan Thi Huong"].kind == "person"  # "Vietnamese" describes her, it is not her name
    for junk in ("Reuters", "BERLIN", "DBKGn.DE", "DBKGn", "GMT", "Vietnamese", "Vietnamese Doan Thi Huong"):
        assert junk not in players


def test_a_title_with_of_and_a_region_adjective(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Talks on remains resume\n\n"
        "Secretary of State Mike Pompeo said on Monday that North Korea had agreed to return the remains.\n\n"
        "Several South East Asian countries and one Central American nation offered to help, Pompeo said.\n\n"
        "Lord Bach, Minister for Defence Procurement, said he was disappointed.\n",
    )
    assert players["Mike Pompeo"].description == "Secretary of State"
    assert players["Mike Pompeo"].mentions == 2
    assert "State Mike Pompeo" not in players
    assert not {"South East Asian", "East Asian", "Central American", "Asian", "American"} & players.keys()
    assert not {"Defence Procurement", "Procurement", "Defence"} & players.keys()


def test_organisations_named_with_of_or_spelled_out_before_an_acronym(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Small firms warn over rates\n\n"
        "The Federation of Small Businesses said on Monday that rates would rise. The Department of Justice "
        "opened an inquiry and the Ministry of Defence declined to comment.\n\n"
        "The Federation of Small Businesses (FSB) has 160,000 members, the FSB said. Late last month the "
        "country ended the mandate of the International Commission Against Impunity in Guatemala (CICIG).\n",
    )
    assert players["FSB"].kind == "organization"
    assert players["FSB"].mentions == 3
    assert players["FSB"].aliases == ("Federation of Small Businesses",)
    assert players["CICIG"].aliases == ("International Commission Against Impunity in Guatemala",)
    assert players["Department of Justice"].kind == "organization"
    assert players["Ministry of Defence"].kind == "organization"
    for junk in ("Federation", "Small Businesses", "Justice", "Defence", "International Commission", "Impunity"):
        assert junk not in players


def test_a_measure_or_a_market_index_in_capitals_is_no_organisation(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Markets slide\n\n"
        "The FTSE 100 fell 1 percent and the STOXX 600 lost 2 percent, Reuters reported. Core EBITDA rose.\n",
    )
    assert {"FTSE", "STOXX", "EBITDA"}.isdisjoint(players) and players["Reuters"].kind == "organization"


def test_a_country_that_is_also_a_first_name(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Ombudsman stays away\n\n"
        "“I decline to participate,” the country’s Human Rights Ombudsman, Jordan Rodas, said on Twitter. "
        "Israel Katz said on Monday that Israel and Jordan would talk. Georgia Republicans welcomed it.\n",
    )
    assert players["Jordan Rodas"].kind == "person"
    assert players["Israel Katz"].kind == "person"
    assert players["Israel"].mentions == 1
    assert players["Jordan"].mentions == 1
    assert players["Georgia"].kind == "country"


def test_a_name_given_in_full_once_then_by_surname_is_a_person(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Romney heads to primary\n\n"
        "Mitt Romney’s restart of his political career hit a bump on Saturday. Romney needed 60 percent of the "
        "vote. Political Islam was not on the agenda, and political analysts expected little.\n\n"
        "Deputy Attorney General Rod Rosenstein met the president. Firing Rosenstein would cause an uproar, "
        "aides said, and Rosenstein stayed. The house where Adolf Hitler was born in Braunau am Inn will "
        "become a police station; Hitler lived there as a baby.\n",
    )
    assert players["Mitt Romney"].kind == "person"
    assert players["Mitt Romney"].mentions == 2
    assert players["Adolf Hitler"].aliases == ("Hitler",)
    # Of two fuller forms of "Rosenstein", the one with a title is the person.
    assert players["Rod Rosenstein"].aliases == ("Rosenstein",)
    for junk in ("Firing Rosenstein", "Political Islam", "Islam"):
        assert junk not in players


def test_a_show_in_quotes_a_handle_and_shouting_are_no_players(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Awards night\n\n"
        "Comedy “The Marvelous Mrs Maisel” took the prize, and “Mrs Maisel” actress Alex Borstein said so. "
        "The Tories dubbed Gordon Brown \"Sir Wastealot\", Brown said.\n\n"
        "“GET OUT and VOTE for your GREAT Governor, @MattBevin!” Trump tweeted, and many did vote.\n",
    )
    assert "Alex Borstein" in players and "Gordon Brown" in players
    assert not {"Maisel", "Mrs Maisel", "Marvelous Mrs Maisel", "Wastealot", "Sir Wastealot"} & players.keys()
    assert not {"MattBevin", "VOTE", "GREAT"} & players.keys()  # a handle and shouting


def test_a_name_that_starts_with_a_possessive_and_a_country_that_was(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Troops on the border\n\n"
        "The People’s Liberation Army moved troops, as the Soviet Union once did. Trump’s Republican Party "
        "said nothing.\n",
    )
    assert players["People’s Liberation Army"].kind == "organization"
    assert players["Soviet Union"].kind == "country"
    assert "Liberation Army" not in players and "Trump’s Republican Party" not in players


def test_who_speaks_whom_they_told_and_what_a_state_starts(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Speakers and listeners\n\n"
        "Charlie Kirk, founder of the student group Turning Point, said on Monday that he agreed. Gauland told "
        "Funke Mediengruppe he would run, the police official, Athilak Whangsirivorakoon, said. The men's "
        "solicitor Matthew Knight, said they were innocent.\n\n"
        "The president of the Family Justice Division, the Salford MP told the committee, is Conservative MP "
        "Boris Johnson. Sinclair Inc said it would comply; Sinclair said so again. Facebook said nothing.\n\n"
        "Researchers at Pennsylvania State University and in Boise, Idaho, agreed.\n",
    )
    for person in ("Athilak Whangsirivorakoon", "Matthew Knight", "Boris Johnson"):
        assert players[person].kind == "person", person
    assert players["Family Justice Division"].kind == "organization"
    assert players["Pennsylvania State University"].kind == "organization"
    assert players["Idaho"].kind == "place" and players["Idaho"].mentions == 1  # not inside the university's name
    assert players["Sinclair Inc"].mentions == 2 and players["Sinclair Inc"].aliases == ("Sinclair",)
    assert players["Facebook"].kind == "organization"  # a platform the gazetteer knows, though it "said"
    for junk in ("Turning Point", "Funke Mediengruppe", "Salford MP", "Division", "MP Boris Johnson", "Pennsylvania"):
        assert junk not in players, junk


def test_a_run_of_only_function_words_before_a_known_name(tmp_path: Path) -> None:
    players = _players_of(tmp_path, "Flood\n\nIn New Bern, Florence overwhelmed the town of 30,000.\n")
    assert "In New" not in players  # and no crash: "In New" is all function words before "Bern"


def test_a_name_given_with_more_after_it_is_one_person_unless_it_is_the_son(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Lam under pressure\n\n"
        "Chief Executive Carrie Lam Cheng Yuet-ngor defended the plan on Tuesday.\n\n"
        "Carrie Lam said the scheme would start in June. Lam refused to resign.\n\n"
        "Donald Trump Jr. said the plan was good. President Donald Trump said he agreed.\n",
    )
    lam = players["Carrie Lam Cheng Yuet-ngor"]
    assert lam.mentions == 3 and "Carrie Lam" not in players and "Lam" not in players
    assert players["Donald Trump"].mentions == 1 and players["Donald Trump Jr."].mentions == 1


def test_a_name_without_its_middle_name_or_hyphen_is_the_same_person(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Cardinal and president\n\n"
        "Cardinal Raymond Leo Burke criticised the pope on Monday. Raymond Burke said the church was divided.\n\n"
        "President Abdel Fattah al-Sisi said the verdict stood. Abdel-Fattah al-Sisi was re-elected in March.\n\n"
        "Raymond Smith said the vote was fair. Raymond Jones Smith Jr said it was not.\n",
    )
    assert players["Raymond Leo Burke"].mentions == 2 and "Raymond Burke" not in players
    assert players["Abdel Fattah al-Sisi"].mentions == 2 and "Abdel-Fattah al-Sisi" not in players
    assert players["Raymond Smith"].mentions == 1  # "Raymond Jones Smith Jr" ends otherwise: the son, say


def test_a_first_name_misspelt_by_a_letter_is_the_same_person(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Trial\n\n"
        "Christopher Watts pleaded guilty, lawyer Jane Doe said. Christopher Watts will be sentenced in November.\n\n"
        "Chrisopher Watts, 33, told police his wife had killed the girls. Marian Watts said nothing.\n\n"
        "Marion Watts said she was shocked.\n",
    )
    assert players["Christopher Watts"].mentions == 3 and "Chrisopher Watts" not in players
    assert "Marian Watts" in players and "Marion Watts" in players  # a letter changed, not left out: two people


def test_a_description_holds_the_names_before_the_role_whole(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Row over remark\n\n"
        "Tory leader Michael Howard said the remark was wrong. He told Evening Standard reporter Oliver Finegold.\n\n"
        "Confederation of British Industry director general Carolyn Fairbairn said talks should go on.\n\n"
        "A TV grab shows Bulgarian TV journalist Viktoria Marinova. Criticising prime minister Theresa May, he left.\n",
    )
    assert players["Michael Howard"].description == "Tory leader"
    assert players["Oliver Finegold"].description == "Evening Standard reporter"
    assert players["Carolyn Fairbairn"].description == "director general"  # not "British Industry director general"
    assert players["Viktoria Marinova"].description == "Bulgarian TV journalist"  # not "shows Bulgarian ..."
    assert players["Theresa May"].description == "prime minister"


def test_a_description_starts_no_earlier_than_its_own_words(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Leaders fall\n\n"
        "In August a party revolt forced then prime minister Malcolm Turnbull out of office.\n\n"
        "The target of the explosion was political leader Nawabzada Siraj Raisani, police said.\n\n"
        "The column was approved by the magazine's editor, Conservative MP Boris Johnson.\n",
    )
    assert players["Malcolm Turnbull"].description == "then prime minister"
    assert players["Nawabzada Siraj Raisani"].description == "political leader"
    assert players["Boris Johnson"].description == "Conservative MP"


def test_a_dateline_or_an_academy_is_no_part_of_a_person(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Abe to run again\n\n"
        "Najib’s lawyer, Harpal Singh Grewal, told reporters the family was unhappy.\n\n"
        # The reader takes a dateline off the first paragraph only.
        "TOKYO, Sept. 2 (Xinhua) -- Japanese Prime Minister Shinzo Abe said he would run again.\n\n"
        "The Institute set up the Cardinal Martino Academy. White House Chief Strategist Steve Bannon helped.\n\n"
        "Speaking in Italy, Foreign Minister Gebran Bassil said Lebanon wanted good relations.\n",
    )
    assert players["Shinzo Abe"].description == "Japanese Prime Minister"  # not "Xinhua Japanese Prime Minister"
    assert players["Harpal Singh Grewal"].description == "Najib’s lawyer"  # a comma may set the name off
    assert players["Cardinal Martino Academy"].kind == "organization" and "Martino Academy" not in players
    assert players["Steve Bannon"].description == "White House Chief Strategist"
    assert players["Gebran Bassil"].description == "Foreign Minister" and players["Gebran Bassil"].country is None


def test_a_preposition_in_capitals_is_part_of_an_organisations_name(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Hunt monitors\n\n"
        "Mike Hobday, from the League Against Cruel Sports, said the law had been broken.\n\n"
        "Reporters Without Borders condemned the arrests. The hunt went against the rules, Mr Hobday said.\n",
    )
    assert players["League Against Cruel Sports"].kind == "organization"
    assert players["Reporters Without Borders"].kind == "organization"
    assert "Cruel Sports" not in players and "Mike Hobday" in players


def test_a_name_given_in_full_then_by_its_first_word_is_a_person(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Model murder case\n\n"
        "Mongolia asked for justice for the dead woman, Altantuya Shaariibu, on Saturday.\n\n"
        "The men who killed Altantuya were convicted in 2009. Altantuya was 28.\n\n"
        "One of the Guildford Four spoke in Guildford. The Guildford Four were freed in 1989.\n",
    )
    assert players["Altantuya Shaariibu"].kind == "person" and players["Altantuya Shaariibu"].mentions == 3
    assert players.get("Guildford Four") is None or players["Guildford Four"].kind != "person"


def test_an_adjective_made_of_a_name_is_not_part_of_the_next_name(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Thai vote\n\n"
        "The Thaksin-allied Puea Thai Party won most seats, said Prime Minister Prayuth Chan-ocha.\n\n"
        "A Kremlin-backed group, Rosneft, signed the deal.\n",
    )
    assert "Puea Thai Party" in players and not any("allied" in name for name in players)
    assert "Prayuth Chan-ocha" in players
    assert not any("backed" in name for name in players)


def test_one_organisation_named_three_ways_is_one_player(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Deputy attorney general\n\n"
        "The Justice Department said on Monday that the review would continue.\n\n"
        "A Department of Justice spokeswoman declined to say more. The DOJ has asked for more time.\n\n"
        "The Consumer Financial Protection Bureau agreed. The CFPB said so on Friday.\n",
    )
    justice = players["Department of Justice"]
    assert justice.mentions == 3 and set(justice.aliases) == {"Justice Department", "DOJ"}
    assert players["Consumer Financial Protection Bureau"].mentions == 2
    assert "DOJ" not in players and "CFPB" not in players and "Justice Department" not in players


def test_an_organisation_named_with_and_is_one_player_but_a_list_is_not(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Regulators step in\n\n"
        "The Securities and Exchange Commission opened an inquiry on Monday. The SEC declined to comment.\n\n"
        "The drug was approved by the FDA (Food and Drug Administration) in May, and Japan's Fire and Disaster "
        "Management Agency issued a warning.\n\n"
        "Lenovo overtook HP, Dell and Lenovo Group rivals. Officials of the Bank and Korea Development Bank met "
        "Donald Trump and Justice Department officials.\n",
    )
    sec = players["Securities and Exchange Commission"]
    assert sec.kind == "organization" and sec.mentions == 2 and "SEC" in sec.aliases
    assert players["Food and Drug Administration"].kind == "organization"
    assert "Fire and Disaster Management Agency" in players
    assert "Korea Development Bank" in players and "Justice Department" in players
    assert not any(name.startswith(("Dell and", "Bank and", "Trump and")) for name in players)
    assert "Exchange Commission" not in players and "Drug Administration" not in players


def test_a_name_introduced_as_a_group_is_an_organisation(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Cottage fires\n\n"
        "The fire-bombings were attributed to a shadowy group known as Meibion Glyndwr.\n\n"
        "Meibion Glyndwr began burning property in 1979, Elfyn Llwyd said. A party called Podemos agreed.\n",
    )
    assert players["Meibion Glyndwr"].kind == "organization" and players["Meibion Glyndwr"].mentions == 2
    assert players["Podemos"].kind == "organization"
    assert players["Elfyn Llwyd"].kind == "person"


def test_companies_are_organisations_by_their_suffix_and_without_it(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Bank drops bitcoin desk\n\n"
        "Goldman Sachs Group Inc is ditching plans for a trading desk, a report said on Wednesday.\n\n"
        "Goldman Sachs said it had reached no conclusion. General Electric Co shares rose.\n\n"
        "The Coptic Church said the bishop was killed, Doctor Komang Sujendra said.\n",
    )
    goldman = players["Goldman Sachs Group Inc"]
    assert goldman.kind == "organization" and goldman.mentions == 2 and "Goldman Sachs" not in players
    assert players["General Electric Co"].kind == "organization" and "Electric Co" not in players
    assert players["Coptic Church"].kind == "organization"
    assert players["Komang Sujendra"].kind == "person" and "Doctor Komang Sujendra" not in players


def test_a_credit_line_names_no_player(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Italy meets China\n\n"
        "Source: Xinhua| 2018-10-02 15:25:40|Editor: Mu Xuequan\n\n"
        "ROME, Oct. 2 (Xinhua) -- The task force met in Rome on Tuesday, said its chairman Michele Geraci.\n",
    )
    assert "Mu Xuequan" not in players
    assert players["Michele Geraci"].kind == "person"


def test_an_event_named_in_one_word_is_no_person(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Pound falls\n\nBrexit looms, Theresa May said. After Brexit, the pound fell, said Mark Carney.\n\n"
        "May said on Monday she would stay. Prime Minister May will meet him in early June and on May 5.\n",
    )
    assert "Brexit" not in players and players["Theresa May"].kind == "person"
    assert players["Theresa May"].mentions == 3 and "June" not in players


def test_company_suffixes_military_ranks_and_agencies(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Retailer sells stores\n\n"
        "Metro AG said it would sell its stores, and Alstom SA agreed, according to the Geological Survey.\n\n"
        "Col Rajesh Kalia said five militants were killed. Director of National Intelligence Dan Coats agreed.\n\n"
        "The U.S. Central Command said the strike was lawful.\n",
    )
    for company in ("Metro AG", "Alstom SA", "Geological Survey", "Central Command"):
        assert players[company].kind == "organization", company
    assert players["Rajesh Kalia"].kind == "person" and players["Dan Coats"].kind == "person"


def test_party_and_nationality_nouns_describe_the_person_and_an_index_is_no_one(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Senate vote\n\n"
        "Democrat Chuck Schumer said the vote would fail. Dutchman Paul Polman said so too.\n\n"
        "The Nasdaq Composite Index said nothing, and Republican Bob Corker agreed with Schumer.\n",
    )
    assert players["Chuck Schumer"].description == "Democrat" and players["Chuck Schumer"].mentions == 2
    assert players["Paul Polman"].kind == "person" and players["Bob Corker"].kind == "person"
    assert not any("Index" in name or name.startswith(("Democrat ", "Dutchman ")) for name in players)


def test_a_city_can_start_an_organisations_name(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Police review\n\n"
        "The New York Police Department said on Wednesday that the review was over, the New York Times "
        "reported. The Washington Post and the Phnom Penh Municipal Court agreed. New York stayed calm.\n",
    )
    for name in ("New York Police Department", "New York Times", "Washington Post", "Phnom Penh Municipal Court"):
        assert players[name].kind == "organization"
    assert players["New York"].mentions == 1  # the city, named on its own once
    assert "Washington" not in players and "Police Department" not in players and "York Times" not in players


def test_storms_currencies_and_neither_are_not_players(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Storm and money\n\n"
        "Hurricane Harvey struck Texas, Governor Greg Abbott said. Hurricane Harvey then moved on.\n\n"
        "Bank notes of many currencies, including Euro, U.S. Dollar and Turkish Lira, were found. "
        "Officer Mohamed Noor fired. Neither Noor, who came to the United States in 2013, nor his lawyer spoke.\n\n"
        "Saudi journalist Jamal Khashoggi was killed in October. The prince ordered them to kill Khashoggi, "
        "U.S. media said.\n",
    )
    assert not any(name.startswith(("Hurricane", "Neither")) for name in players)
    assert "Euro" not in players and "Dollar" not in players
    assert players["Mohamed Noor"].mentions == 2
    assert players["Jamal Khashoggi"].mentions == 2 and "Khashoggi" not in players


def test_an_organisation_named_with_for_is_read_whole_unless_it_runs_on(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Figures\n\n"
        "The Office for National Statistics said prices rose, and the National Center for Atmospheric Research "
        "agreed. MEG Energy sold assets to Wolf Midstream Inc for C$1.61 billion. The Agency for Persons with "
        "Disabilities was not asked.\n",
    )
    assert players["Office for National Statistics"].kind == "organization"
    assert players["National Center for Atmospheric Research"].kind == "organization"
    assert "Wolf Midstream Inc" in players
    assert not any(name.startswith("Agency for") or name.endswith(" for C") for name in players)


def test_a_business_called_so_just_before_its_name_is_an_organisation(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Telecoms\n\n"
        "Latvia's mobile operator Bite Latvija said it would keep Huawei. Bite Latvija said so again on Monday.\n\n"
        "The chief executive of the World Bank, Kristalina Georgieva, said aid would come. Like Lehman, "
        "Georgieva said nothing more.\n",
    )
    assert players["Bite Latvija"].kind == "organization" and players["Bite Latvija"].mentions == 2
    assert players["Kristalina Georgieva"].kind == "person"  # "the World Bank, ..." is no business noun
    assert not any(name.startswith("Like") for name in players)


def test_an_of_name_goes_on_after_and(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Phones\n\n"
        "Shipments rose, said a research institute under the Ministry of Industry and Information Technology. "
        "The Texas Board of Pardons and Paroles denied clemency. The Ministry of Energy and Mines agreed.\n",
    )
    for name in ("Ministry of Industry and Information Technology", "Texas Board of Pardons and Paroles",
                 "Ministry of Energy and Mines"):
        assert players[name].kind == "organization"
    assert "Information Technology" not in players and "Ministry of Industry" not in players


def test_an_age_after_a_name_makes_it_a_persons(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Protest charges\n\n"
        "Those charged included Otis Ferry, the 22-year-old son of a singer, and Luke Tomlinson, 27. "
        "New Yorker Rigo Pagoada, 33, watched. Acme Holdings, 2018, was not charged; Banco Sur, 15 percent up, "
        "neither.\n",
    )
    for name in ("Otis Ferry", "Luke Tomlinson", "Rigo Pagoada"):
        assert players[name].kind == "person"
    assert "Banco Sur" not in players and "Yorker Rigo Pagoada" not in players


def test_an_institution_of_a_country_is_one_organisation(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Rates\n\n"
        "The People's Bank of China cut rates, and the Bank of Italy followed. Data came from the Real Estate "
        "Institute of New Zealand (REINZ) on Thursday. REINZ said prices fell.\n",
    )
    assert players["People's Bank of China"].kind == "organization"
    assert players["Bank of Italy"].kind == "organization"
    assert players["REINZ"].mentions == 2
    assert "People's Bank" not in players


def test_a_name_that_tweeted_or_predicted_is_a_persons(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Reactions\n\n"
        "“The ruling is a disgrace,” Noor Halvani tweeted. Later, Dag Ostrander predicted more rain. "
        "The minister acknowledged Tarsk Works had lost money.\n",
    )
    for name in ("Noor Halvani", "Dag Ostrander"):
        assert players[name].kind == "person", name
    assert players.get("Tarsk Works") is None or players["Tarsk Works"].kind != "person"


def test_an_organisation_named_with_of_is_what_comes_before_of(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Budget passed\n\n"
        "The Council of Ministers approved the spending plan on Friday after the Office of Management and Budget "
        "costed it. The Government of National Unity welcomed the vote.\n",
    )
    for name in ("Council of Ministers", "Office of Management and Budget", "Government of National Unity"):
        assert players[name].kind == "organization", name


def test_an_organisations_of_the_tail_is_part_of_its_name(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "River report\n\n"
        "The Information Office of the State Council issued a report on rivers on Tuesday. The Ministry of the "
        "Interior said it would act. A spokesman for the State Council declined to comment.\n",
    )
    assert players["Information Office of the State Council"].kind == "organization"
    assert players["Ministry of the Interior"].kind == "organization"
    assert players["State Council"].mentions == 1  # named on its own, not as the office's tail
    assert "Information Office" not in players and "Interior" not in players


def test_a_known_name_inside_an_organisations_name_is_no_mention_of_its_own(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Party picks leader\n\n"
        "The Free Democratic Party (FDP) will pick a leader in December, the FDP said on Monday.\n",
    )
    assert players["FDP"].mentions == 2
    assert "Democrats" not in players  # the "Democratic Party" inside the FDP's name is not the US party


def test_a_known_organisation_can_start_another_organisations_name(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Rates held\n\n"
        "The head of the Federal Reserve Bank of Kansas City said on Tuesday that rates would hold. "
        "The Federal Reserve Board agreed.\n",
    )
    assert players["Federal Reserve Bank of Kansas City"].kind == "organization"
    assert "Bank of Kansas City" not in players
    assert players["Federal Reserve"].mentions == 1  # "Federal Reserve Board": a head word alone names no other


def test_an_ampersand_joins_a_companys_name(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Tractor recall\n\n"
        "Workers at Harlow Tractor & Co were hurt on Monday, and Fenwick & Hale said it would help. "
        "Harlow Tractor said its M&A and R&D plans were unchanged.\n",
    )
    harlow = players["Harlow Tractor & Co"]
    assert harlow.kind == "organization" and harlow.mentions == 2
    assert players["Fenwick & Hale"].kind == "organization"
    assert not {"Harlow Tractor", "Co", "Fenwick", "Hale", "M&A", "R&D"} & players.keys()


def test_an_organisation_named_with_a_list_is_one_player_but_a_list_of_names_is_not(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Quake\n\n"
        "Peru's Seismic, Volcanic and Coastal Monitoring Agency said the quake struck at dawn. The Army, Navy "
        "and Coast Guard helped, and the Acer, Dell and Lenovo Group sent phones.\n",
    )
    assert players["Seismic, Volcanic and Coastal Monitoring Agency"].kind == "organization"
    assert "Coastal Monitoring Agency" not in players and "Monitoring Agency" not in players
    assert not any(name.startswith(("Army,", "Navy", "Acer,")) for name in players)


def test_a_nickname_in_quotes_inside_a_name(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Mob boss sentenced\n\n"
        "Francis “Cadillac Frank” Salemme, 85, was sentenced on Thursday. Salemme said nothing. Marion \"Suge\" "
        "Knight watched from the gallery, and Knight said the trial was unfair. The film “Blue Velvet” Lynch made "
        "was shown.\n",
    )
    assert players["Francis Salemme"].mentions == 2
    assert players["Marion Knight"].mentions == 2
    assert not any("Cadillac" in name or "Suge" in name for name in players)


def test_a_companys_short_name_is_the_company_not_a_person(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Pear and Cloudco team up\n\n"
        "Pear Inc and Cloudco agreed a deal on Monday. Pear has been expanding into offices. Hotel guests will "
        "use a Pear HomeHub in their rooms, and Pear said more deals would follow.\n",
    )
    assert players["Pear Inc"].kind == "organization" and players["Pear Inc"].mentions == 3
    assert "Pear HomeHub" not in players


def test_a_known_name_inside_an_organisations_list_name_is_part_of_it(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Pension ruling\n\n"
        "Norway's Trade, Labour and Fisheries Ministry said pensions would rise. The Labour party objected.\n\n"
        "The plan was backed, UNICEF (UN International Children's Emergency Fund) said, and the UN Human Rights "
        "Council and the United Nations Human Rights Council's chair agreed on Monday with UNICEF.\n",
    )
    ministry = players["Trade, Labour and Fisheries Ministry"]
    assert ministry.kind == "organization" and ministry.mentions == 1
    assert players["Labour"].mentions == 1  # the party, named on its own (Norway, named once, is not enough)
    assert "Fisheries Ministry" not in players and "Trade" not in players
    unicef = players["United Nations International Children's Emergency Fund"]
    assert unicef.mentions == 3 and "UNICEF" in unicef.aliases
    assert players["United Nations Human Rights Council"].mentions == 2
    assert "United Nations" not in players and "Human Rights Council" not in players


def test_an_organisation_named_of_a_list_is_one_but_an_alliance_of_the_parties_is_not(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Coalition talks\n\n"
        "The Ministry of Agriculture, Forestry and Fisheries said the harvest was poor, and the Ministry of Mines, "
        "Labour and Ports agreed. The Union of the Greens, Centre and Pensioners said it would not join a "
        "government.\n",
    )
    assert players["Ministry of Agriculture, Forestry and Fisheries"].kind == "organization"
    assert players["Ministry of Mines, Labour and Ports"].kind == "organization"
    assert "Ministry of Agriculture" not in players and "Labour" not in players
    assert not any(name.startswith("Union of") for name in players)


def test_a_common_noun_that_starts_a_sentence_says_what_the_person_is(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Storm warning\n\n"
        "Forecaster Dag Ostrander said the storm would pass by Friday. Barrister Mina Castell Ruiz agreed. "
        "Ex-miner Tobias Reinholt said the roads were shut. Judge Anna Kowal ruled on Monday.\n\n"
        "Ostrander said more rain was due. The club voted to fire lawyer Lou Brandt, U.K.-based analyst "
        "Omar Fadl said.\n",
    )
    ostrander = players["Dag Ostrander"]
    assert ostrander.kind == "person" and ostrander.description == "forecaster" and ostrander.mentions == 2
    assert players["Mina Castell Ruiz"].description == "barrister"
    assert players["Tobias Reinholt"].description == "ex-miner"
    assert players["Anna Kowal"].description == "Judge"
    assert players["Lou Brandt"].description == "lawyer"  # "fire" is what the club did, not what he is
    assert players["Omar Fadl"].description == "analyst"
    assert not any(name.startswith(("Forecaster", "Barrister", "Ex-miner")) for name in players)


def test_another_countrys_party_or_congress_is_not_the_known_one(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Coalition talks\n\n"
        "The Finland Democrats and the Agrarian Democrats gained seats, the Chilean Congress said, while the "
        "Green Democratic Party (GDP) lost. Polls asked: Can Democrats win? Senate Democrats and House Democrats "
        "said so, and the U.S. Congress agreed. The Republican-held Senate and the Democratic Senate leader "
        "disagreed.\n",
    )
    for name in ("Finland Democrats", "Agrarian Democrats", "Chilean Congress"):
        assert players[name].kind == "organization", name
    assert players["GDP"].aliases == ("Green Democratic Party",)
    assert players["Democrats"].mentions == 3  # "Can Democrats win?", "Senate Democrats", "House Democrats"
    assert players["Congress"].mentions == 1 and players["Senate"].mentions == 3
    assert players["Finland"].mentions == 1  # still named, as "Bank of Japan" names Japan


def test_a_countrys_own_institution_named_with_a_possessive(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Ruling\n\n"
        "Chile's Supreme Court ruled on Monday, and Britain's Labour welcomed it. The Supreme Court in Washington "
        "did not.\n",
    )
    assert players["Chile's Supreme Court"].kind == "organization"
    assert players["Supreme Court"].mentions == 1 and players["Labour"].mentions == 1
    assert not any(name.startswith(("Can ", "House ", "Republican-held")) for name in players)


def test_a_shared_name_alone_is_the_known_one_only_where_its_country_is_named(tmp_path: Path) -> None:
    bolivia = _players_of(
        tmp_path,
        "Reform vote\n\n"
        "Bolivian President Ana Quispe lost a vote in the Senate on Monday, and the Conservatives walked out. "
        "Bolivia's Congress will vote again; Congress has until March.\n\n"
        "Quispe said the Senate would think again. Bolivia has had three presidents since 2019.\n",
    )
    senate = bolivia["Senate (Bolivia)"]  # not the US Senate
    assert senate.kind == "organization" and senate.mentions == 2
    assert bolivia["Conservatives (Bolivia)"].mentions == 1  # nor Britain's Conservatives
    assert bolivia["Bolivia's Congress"].mentions == 2  # the one the article names so
    assert not {"Senate", "Congress", "Conservatives", "Conservative Party"} & bolivia.keys()
    home = _players_of(
        tmp_path,
        "Budget vote\n\n"
        "The Senate passed the budget on Monday, and Democrats in Washington cheered. The Senate meets again in "
        "March.\n",
    )
    assert home["Senate"].mentions == 2 and "Democrats" in home  # Washington is in the United States
    alone = _players_of(tmp_path, "Budget vote\n\nThe Senate passed the budget on Monday, and Democrats cheered.\n")
    assert "Senate" in alone and "Democrats" in alone  # no country named: the known ones
    # A country named once, or only inside a name, does not make the shared name another's.
    once = _players_of(
        tmp_path,
        "Climate warning\n\nJane Okafor warned Congress in 1988, before the Paris talks. Congress did not act.\n",
    )
    assert once["Congress"].mentions == 2 and not any("(" in name for name in once)
    inside = _players_of(
        tmp_path,
        "Climate warning\n\n"
        "Jane Okafor warned Congress in 1988, before the Paris talks. A professor at Pennsylvania State "
        "University agreed. Congress did not act, and Paris was forgotten.\n",
    )
    assert inside["Congress"].mentions == 2 and not any("(" in name for name in inside)


def test_a_country_written_out_starts_an_organisations_name(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Bank results\n\n"
        "Profit at Latvia Savings Bank rose, the North Latvia Evening Post reported on Monday. The Savings Bank "
        "said more, and the acting director of Latvia Weather Department agreed. The U.S. Coast Guard helped.\n",
    )
    bank = players["Latvia Savings Bank"]
    assert bank.kind == "organization" and bank.mentions == 2 and "Savings Bank" in bank.aliases
    assert players["North Latvia Evening Post"].kind == "organization"
    assert players["Latvia Weather Department"].kind == "organization"
    assert players["Coast Guard"].kind == "organization" and "U.S. Coast Guard" not in players
    assert "Evening Post" not in players and "Weather Department" not in players


def test_a_title_in_the_plural_says_what_each_person_after_it_is(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Trade vote\n\n"
        "Republican Senators Dana Holloway and Luis Ferrante said the deal was bad. Kings Cross station was "
        "shut, and Princes Street Gardens and the castle too. Queens Borough President Ana Ruiz and Tom Bell "
        "agreed. Holloway said more.\n",
    )
    holloway = players["Dana Holloway"]
    assert holloway.kind == "person" and holloway.description == "Republican Senator" and holloway.mentions == 2
    assert players["Luis Ferrante"].kind == "person"
    assert players["Ana Ruiz"].description == "Queens Borough President"  # the title before the name counts
    assert not any(name.startswith("Senators") for name in players)
    # A plural title needs a list of people after it.
    assert not any(name.startswith(("Kings", "Cross", "Street", "Princes")) for name in players)


def test_an_office_named_by_its_portfolio_after_of_is_no_part_of_the_name(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Navy talks\n\n"
        "Chief of Naval Operations Rhea Lindqvist met her counterpart on Monday. The Secretary of Coastal "
        "Affairs Tomas B. Ek said talks went well. Minister for Defence Procurement asked nothing. "
        "Head of Coastal Operations Anne-Marie de Vries agreed. Lindqvist said more talks would follow.\n",
    )
    lindqvist = players["Rhea Lindqvist"]
    assert lindqvist.kind == "person" and lindqvist.mentions == 2
    assert lindqvist.description == "Chief of Naval Operations"
    # The person is the surname with its particle and initials, and one given name before them.
    assert players["Tomas B. Ek"].description == "Secretary of Coastal Affairs"
    assert players["Anne-Marie de Vries"].description == "Head of Coastal Operations"
    assert not any(name.startswith(("Naval", "Coastal", "Defence")) for name in players)


def test_someones_kin_is_a_person(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Vote\n\n"
        "The head of the party, Anna Vole, the daughter of former leader Peter Vole, called for calm. "
        "Marta Lind, his wife, was there. Acme Holdings, a sister company of Beta Group, paid.\n",
    )
    assert players["Anna Vole"].kind == "person"  # nothing else says so: no title, no "said"
    assert players["Marta Lind"].kind == "person"
    assert players["Acme Holdings"].kind == "organization"


def test_a_party_named_by_its_members_is_the_party(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Election\n\n"
        "The Agrarian Democratic Party won, and the Agrarian Democrats will lead talks. The Rural Liberals and "
        "the Rural Liberal Party agreed; the Christian Democrats and the Christian Democratic Union did not.\n",
    )
    party = players["Agrarian Democratic Party"]
    assert party.kind == "organization" and party.mentions == 2 and party.aliases == ("Agrarian Democrats",)
    assert "Agrarian Democrats" not in players
    assert players["Rural Liberal Party"].mentions == 2 and "Rural Liberals" not in players
    assert "Christian Democrats" in players and "Christian Democratic Union" in players  # another word: maybe not


def test_a_business_named_by_its_trade_is_an_organisation_even_when_it_speaks(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Fund bids for port operator\n\n"
        "Harbourview Capital LP said on Monday it would bid for the port operator. The offer was fair, "
        "Harbourview said. Rival bidder Norvik Electronics said it would not match it.\n\n"
        "The bid was first reported by the Westbay Gazette. Analysts at M&G Investments said the price was high.\n",
    )
    assert players["Harbourview Capital LP"].kind == "organization"
    assert players["Harbourview Capital LP"].mentions == 2  # "Harbourview" is its short name, not a person
    assert players["Norvik Electronics"].kind == "organization"
    assert players["Westbay Gazette"].kind == "organization"
    assert "G Investments" not in players  # the end of "M&G Investments", not a name


def test_letters_joined_by_an_ampersand_start_a_name_when_one_follows(tmp_path: Path) -> None:
    players = _players_of(
        tmp_path,
        "Telecom shares fall\n\n"
        "Analysts at Q&R Investments said the price was high. Researchers at Texas A&M University agreed, "
        "and AT&T Inc (T.N) fell. The M&A market slowed and R&D spending fell.\n\n"
        "AT&T said it would appeal. Q&R Investments sold its stake.\n",
    )
    assert players["Q&R Investments"].kind == "organization" and players["Q&R Investments"].mentions == 2
    assert players["A&M University"].kind == "organization"
    att = players["AT&T Inc"]  # "AT" was taken for the preposition: "T Inc"
    assert att.kind == "organization" and att.mentions == 2 and att.aliases == ("AT&T",)  # short name merged
    assert not any(name in ("M&A", "R&D", "R Investments", "M University", "T Inc", "AT&T") for name in players)
