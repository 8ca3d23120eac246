"""bot.news.extract: the seed article exactly, the article corpus, matching details, edge inputs."""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from bot.news.extract import MAX_TEXT_CHARS, Extraction, ProposedQuote, ProposedWinner, extract
from bot.news.gazetteer import (
    AwardName,
    FestivalName,
    Gazetteer,
    alias_variants,
    fold,
    load_default_gazetteer,
)

ARTICLES = Path(__file__).parent / "fixtures" / "articles"
SEED = ARTICLES / "seed-anora-palme-dor-2024.raw"


def small_gazetteer() -> Gazetteer:
    """Built in code so these tests never depend on the project's data/*.csv."""
    cannes = FestivalName(
        key="cannes",
        name="Cannes Film Festival",
        short_name="Cannes",
        aliases=("Festival de Cannes", "Cannes"),
        awards=(
            AwardName("palme-dor", "Palme d'Or", ("Palma de Oro", "Golden Palm"), True),
            AwardName("grand-prix", "Grand Prix", (), False),
            AwardName("best-director", "Best Director", (), False),
        ),
    )
    venice = FestivalName(
        key="venice",
        name="Venice Film Festival",
        short_name="Venice",
        aliases=("Mostra di Venezia", "Venice"),
        awards=(AwardName("golden-lion", "Golden Lion", ("Leone d'Oro", "Lion d'or"), True),),
    )
    oscars = FestivalName(
        key="oscars",
        name="Academy Awards",
        short_name="Oscars",
        aliases=("Oscars", "Oscar"),
        awards=(
            AwardName("best-picture", "Best Picture", (), True),
            AwardName("best-director", "Best Director", (), False),
        ),
    )
    return Gazetteer(festivals=(cannes, venice, oscars))


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return small_gazetteer()


@pytest.fixture(scope="module")
def corpus_gazetteer() -> Gazetteer:
    return Gazetteer.from_csv(ARTICLES / "festivals.csv", ARTICLES / "awards.csv")


# --- the seed article ----------------------------------------------------------------------------

BAKER_1 = (
    "I am going to fight for cinema because right now, as filmmakers, we must fight to keep cinema "
    "alive. This means making feature films intended for theatrical exhibition. The world needs to be "
    "reminded that watching a movie at home while scrolling through your phone checking emails and "
    "half-paying attention is simply not the way, even though some tech companies would like us to "
    "think that way."
)
BAKER_2 = (
    "Watching movies with other people in a movie theater is one of the great communal experiences: we "
    "share laughter, sorrow, anger, fear, and hopefully have catharsis with our friends and strangers, "
    "and that is sacred. That's why I say that the future of cinema is where it began, in a movie theater."
)
GERWIG = (
    "This particular film, this incredibly human film that captured our hearts, made us laugh, allowed "
    "us to hope beyond all hope and then broke our hearts and we never lost sight of the truth."
)


def test_seed_article_exactly(gazetteer: Gazetteer) -> None:
    result = extract(SEED.read_text(encoding="utf-8"), gazetteer=gazetteer)
    assert result.winners == (ProposedWinner("Cannes", "Palme d'Or", 2024, "Anora", ("Sean Baker",)),)
    assert result.quotes == (
        ProposedQuote("Greta Gerwig", GERWIG),
        ProposedQuote("Sean Baker", BAKER_1),
        ProposedQuote("Sean Baker", BAKER_2),
    )


def test_seed_background_wins_and_scare_quote_are_not_proposed(gazetteer: Gazetteer) -> None:
    result = extract(SEED.read_text(encoding="utf-8"), gazetteer=gazetteer)
    films = {w.film for w in result.winners}
    assert films.isdisjoint({"Parasite", "Titanium", "Titane", "Triangle of Sadness", "The Tree of Life"})
    assert not any("singular goal" in q.text for q in result.quotes)


def test_seed_with_curly_apostrophes_and_no_year_uses_published(gazetteer: Gazetteer) -> None:
    text = (
        SEED.read_text(encoding="utf-8").replace("Palme d'Or", "Palme d’Or").replace("its 2024 edition", "")
    )
    text = text.replace("Cannes 2024 jury", "Cannes jury")
    result = extract(text, published=date(2024, 5, 26), gazetteer=gazetteer)
    assert [(w.award, w.year, w.film) for w in result.winners] == [("Palme d'Or", 2024, "Anora")]
    assert extract(text, published=None, gazetteer=gazetteer).winners == ()


def test_to_json_has_the_contract_shape(gazetteer: Gazetteer) -> None:
    output = extract(SEED.read_text(encoding="utf-8"), gazetteer=gazetteer).to_json()
    assert set(output) == {"winners", "quotes"}
    assert output["winners"] == [
        {
            "festival": "Cannes",
            "award": "Palme d'Or",
            "year": 2024,
            "film": "Anora",
            "directors": ["Sean Baker"],
        }
    ]
    assert all(set(q) == {"speaker", "text"} for q in output["quotes"])
    json.dumps(output)  # serialisable as is


# --- the corpus ------------------------------------------------------------------------------------


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"[“”„«»\"]", "", text)
    text = re.sub(r"[’‘`´]", "'", text)
    return re.sub(r"\s+", " ", text).strip().rstrip(" ,.;:").casefold()


def _corpus_names() -> list[str]:
    return sorted(path.stem for path in ARTICLES.glob("*.txt"))


def test_corpus_is_big_enough() -> None:
    assert len(_corpus_names()) >= 20


# Known misses, kept visible instead of tuned away (see the module docstring of bot.news.extract).
KNOWN_WINNER_GAPS = {
    "cannes-1993-tie": "Best Actress is told in a relative clause ('who also won'), treated as background",
    "round1-oscars-2023-eeaao": "'Michelle Yeoh won Best Actress' names no film in its sentence",
}


# Round 3 and later are labelled against the project's data/*.csv (the names `python -m bot
# extract` uses). Their winner misses stay visible: each article keeps at least this many of its
# expected winners and proposes no wrong one except those listed (see bench/extract_eval.py).
LATER_ROUND_WINNERS_FOUND = {
    "round3-mt-es-cannes-2024-emilia-perez": 4,  # "its four actresses shared"
    # Round 4 was written before the changes that its numbers measure (see the report).
    "round4-mt-es-berlin-2023-adamant": 6,  # "for her paper in 'x'"
    "round4-mt-fr-venice-2021-happening": 5,  # "the Filipino John Arcilla received the Coppa Volpi"
    "round4-variety-oscars-2024-oppenheimer": 10,  # "bagged best supporting actor for his turn as X"
    # Round 5 likewise, measured first: winners P 0.941 / R 0.381, quotes P 1.0 / R 0.70.
    "round5-ap-oscars-2023-everything": 9,  # "became the first .. to win best actress" names no film
    "round5-mt-it-venice-2022-poitras": 6,  # "of which Martin McDonagh also signed the best screenplay"
    # Round 8 likewise, measured first: winners P 0.765 / R 0.342, quotes P 1.0 / R 0.818.
    "round8-recap-oscars-2019-green-book": 10,  # "best actress: Olivia Colman, the queen of "F," beat"
    # Round 9 likewise, measured first: winners P 0.70 / R 0.54, quotes P 0.81 / R 0.65.
    "round9-guardian-venice-2013-sacro-gra": 5,  # "Tsai had to make do with", "Frears's crowd-pleaser"
    # Rounds 10 and 11 likewise, measured first: winners P 0.843 / R 0.541, quotes P 0.886 /
    # R 0.838; pinned after the structural pass (clause scoping, palmarès blocks, ...).
    "round10-afp-cannes-2012-amour": 7,  # "its two young actresses ... shared the best actress prize"
    "round10-cbc-tiff-2016-la-la-land": 0,  # "People's Choice" told without the award's name
    "round10-mt-pt-venice-2016-woman-who-left": 6,  # "went to the American Emma Stone by «F»", gapped
    "round10-roundup-oscars-2017-moonlight": 10,  # "the top prize ... went, in the end, to", "the film"
    "round11-blog-cannes-2006-wind-barley": 7,  # "handed the big one to"
    "round11-chrono-oscars-2009-slumdog": 10,  # "named best actor for playing Harvey Milk"
    "round11-regional-venice-2004-staunton": 0,  # "The 48-year-old ... in Mike Leigh's Vera Drake"
    "round11-trade-berlin-2009-milk-of-sorrow": 3,  # "was shared by two films": A "split the award with" B
    # Round 12 likewise, measured first: winners P 0.606 / R 0.444, quotes P 0.943 / R 0.943;
    # pinned after the round-12 pass (palmarès dash lines, bracketed titles, own-year rule, ...).
    "round12-feature-tiff-2008-slumdog": 0,  # "Danny Boyle's rags-to-riches fable about ..." names no title
    "round12-guardian-venice-2007-lust-caution": 6,  # "De Palma, who won the Silver Lion": a relative clause
    "round12-mt-ja-venice-1997-hana-bi": 3,  # "The Jury Special Grand Prize": an alias in another word order
    # Round 13 likewise, measured first: winners P 0.862 / R 0.610, quotes P 0.941 / R 0.865;
    # pinned after the second round-13 pass (sentence ends keep a title's closing mark,
    # appositions and characters are no film, MT "prize of masculine interpretation", ...).
    "round13-latimes-oscars-2000-american-beauty": 9,  # "The supporting awards went to X, as ... in "F""
    "round13-mt-fr-cannes-1991-barton-fink": 7,  # "Besides ..., the film obtained A for X and B for Y"
    "round13-variety-venice-2005-brokeback": 5,  # ""F," ..., took two prizes: the Volpi Cup ... went to"
    # Round 14 likewise, measured first: winners P 0.677 / R 0.553, quotes P 0.971 / R 0.846;
    # pinned after the round-14 pass (palmarès "Person for Title" items, »…« marks, ...).
    "round14-ew-globes-1993-scent-of-a-woman": 0,  # "best screenplay for Bo Goldman" takes the film's place
    "round14-mt-da-cannes-1988-pelle": 6,  # "The three actresses from the film ... shared the prize"
    # Round 15 was read only for the ceremony-year bug (best picture "of 1977" is the 1978 Oscars).
    "round15-list-cannes-1979-apocalypse-tin-drum": 6,  # "SPECIAL GRAND PRIZE OF THE JURY" is no heading
    "round15-upi-oscars-1978-annie-hall": 8,
    "round15-variety-venice-1990-rosencrantz": 2,
    # Round 16 (16 articles, written blind), first sight: winners P 0.796 / R 0.542, quotes
    # P 0.875 / R 0.824; pinned after its pass ("Award — Person — Film / Original" lines, MT
    # "of better X", hauls, borrowed verbs, ties told as "two women: A ..., and B ...").
    "round16-a-hurriyet-berlin-2010-bal": 3,  # '"Bal" (Honey)': the original title, labelled in English
    "round16-b-ap-oscars-1992-silence-of-the-lambs": 7,  # "acting Oscars for Hopkins and Foster" names no film
    "round16-b-mt-pt-oscars-1999-shakespeare-in-love": 7,  # "lost ... for X in the film of Madden"
    # Round 17 (16 articles, written blind), first sight after the round-16 pass: winners
    # P 0.574 / R 0.443, quotes P 0.903 / R 0.812; pinned after its own pass.
    "round17-a-guardian-cannes-1998-eternity-and-a-day": 5,  # an opinion column, no win construction
    "round17-b-latimes-oscars-1982-chariots-of-fire": 7,  # "took the top acting prizes for", "also took three"
    "round17-b-mt-spanish-oscars-2003-chicago": 8,  # "distinguished to X as bestactress by", "was for"
    # Round 18 (16 articles, written blind), first sight after the round-17 pass: winners
    # P 0.741 / R 0.623, quotes P 0.900 / R 0.837; pinned after its own pass.
    "round18-a-screendaily-venice-2002-magdalene-sisters": 4,  # "... and to Italy's Stefano Accorsi, who plays"
    "round18-b-mt-japanese-oscars-2015-kaguya": 1,  # "<award> is <Person> of 『Film』 (Original)"
    # Round 19 (12 articles, written blind), first sight after the round-18 pass: winners
    # P 0.453 / R 0.586, quotes P 0.957 / R 0.971 (winners P 0.800 / R 0.552 after the
    # nominees-list rule it prompted). Not tuned on.
    "round19-a-list-venice-2001-monsoon-wedding": 1,
    "round19-a-variety-oscars-2007-the-departed": 10,
    "round19-b-liveblog-oscars-2007-the-departed": 8,
    "round19-b-usatoday-oscars-2012-full-list": 3,
    # Round 20, after its pass (first sight: winners P 0.885 / R 0.590, quotes P 0.909 / R 0.755).
    "round20-a-elpais-berlin-2008-tropa-de-elite": 3,
    "round20-a-kyodo-cannes-2007-mogari-no-mori": 7,
    "round20-a-liveblog-oscars-2004-return-of-the-king": 8,
    "round20-a-reuters-cannes-2005-lenfant": 7,
    "round20-a-windsorstar-tiff-2011-where-do-we-go-now": 0,
    "round20-b-corriere-venice-1988-santo-bevitore": 4,
    "round20-b-guardian-berlin-1996-sense-and-sensibility": 2,
    "round20-b-lemonde-cannes-2008-entre-les-murs": 8,
    "round20-b-nyt-oscars-1994-schindlers-list": 6,
    # Rounds 21-25 (session 5): 22-24 tuned on, 25 pinned at first sight (not tuned on).
    "round21-a-dpa-cannes-1995-underground": 5,
    "round21-b-blog-oscars-2006-crash-upset": 10,
    "round21-b-capetimes-berlin-2005-u-carmen": 1,
    "round21-b-cna-venice-1989-city-of-sadness": 3,
    "round21-b-nyt-cannes-1986-the-mission": 8,
    "round22-a-eonline-oscars-2001-gladiator-live": 8,
    "round22-a-xinhua-venice-1995-cyclo-golden-lion": 3,
    "round22-b-elpais-cannes-2015-dheepan-palma-de-oro": 7,
    "round22-c-bbc-oscars-1996-braveheart": 8,
    "round22-d-asahi-oscars-2009-okuribito-departures": 6,
    "round22-d-guardian-venice-2000-the-circle-golden-lion": 5,
    "round23-e-ansa-venice-1998-cosi-ridevano": 5,
    "round23-e-reuters-oscars-1998-titanic-sweep": 8,
    "round23-e-screen-berlin-2000-magnolia": 4,
    "round23-f-ap-cannes-1987-pialat-palme-booed": 7,
    "round23-g-guardian-venice-1993-short-cuts-blue-share-lion": 5,
    "round23-g-kyodo-cannes-1983-narayama-palme": 6,
    "round23-h-ap-venice-1991-urga-golden-lion": 6,
    "round23-h-latimes-oscars-1995-gump-six-oscars": 9,
    "round24-i-afp-cannes-1985-kusturica-palme": 7,
    "round24-j-corriere-venice-1987-malle-leone-doro": 5,
    "round24-k-variety-cannes-1977-padre-padrone": 3,
    "round25-m-canadianpress-tiff-2010-kings-speech-peoples-choice": 0,
    "round25-m-upi-cannes-1982-missing-yol-share-palme": 7,
    "round25-n-dpa-mt-berlin-1986-stammheim": 2,
    "round25-o-chicagotribune-oscars-1984-terms-of-endearment": 4,
    "round26-b-guardian-cannes-2016-i-daniel-blake-palme": 8,
    "round27-e-clarin-oscars-2010-secreto-de-sus-ojos-mt": 5,
    "round27-f-ansa-berlin-2016-fuocoammare-orso-doro-mt": 1,
    "round27-f-nyt-cannes-1999-rosetta-palme-boos": 6,
    "round27-f-screendaily-berlin-2023-on-the-adamant-golden-bear": 6,
    "round27-g-bbc-oscars-2016-rylance-amy-british-winners": 9,
    "round27-g-neon-venice-2022-all-the-beauty-golden-lion": 0,
    "round27-g-publico-berlin-2023-mal-viver-canijo": 6,
    "round27-h-tass-venice-2011-sokurov-faust-golden-lion": 4,
    "round27-h-washingtonpost-oscars-1977-rocky-network-finch": 6,
    "round28-i-latimes-goldenglobes-2009-slumdog-sweeps": 0,
    "round28-i-telex-berlin-2021-nagy-denes-silver-bear": 4,
    "round28-j-ap-oscars-2007-scorsese-departed": 8,
    "round28-j-ritzau-oscars-2021-druk-vinterberg-mt": 1,
    "round28-j-screendaily-berlin-2023-on-the-adamant-golden-bear": 6,
    "round28-k-guardian-oscars-2020-parasite-liveblog": 7,
    "round28-k-independentpersian-cannes-2025-panahi-golden-palm-mt": 8,
    "round28-k-nytimes-venice-1998-amelio-golden-lion-jeers": 5,
    "round28-l-latercera-oscars-2018-mujer-fantastica": 2,
    "round28-l-time-cannes-2011-tree-of-life-palme": 7,
    "round29-m-hurriyet-mt-cannes-2014-kis-uykusu-altin-palmiye": 8,
    "round29-m-reuters-oscars-1993-unforgiven-eastwood": 8,
    "round29-m-variety-venice-2017-shape-of-water-golden-lion": 6,
    "round29-n-ap-golden-globes-2019-bohemian-rhapsody": 0,
    "round29-n-guardian-cannes-2013-blue-warmest-colour": 5,
    "round29-o-latimes-oscars-2020-acting-winners": 5,
    "round29-o-lefigaro-cannes-2015-palmares-dheepan": 3,
    "round29-p-screendaily-venice-2020-nomadland-golden-lion-winners": 6,
    "round29-p-upi-cannes-1997-taste-of-cherry-eel-share-palme": 8,
    "round30-a-lemonde-cannes-2017-the-square": 6,
    "round30-a-variety-berlin-2019-synonyms": 3,
    "round30-b-elpais-oscars-2019-green-book-roma": 3,
    "round30-b-reuters-venice-2005-brokeback-golden-lion": 4,
    "round30-d-corriere-venice-2008-the-wrestler-golden-lion": 4,
    "round30-d-kyodo-berlin-2002-spirited-away-golden-bear": 3,
    "round30-d-nytimes-oscars-2003-chicago-polanski": 10,
    "round31-e-folha-oscars-2024-oppenheimer-mt": 9,
    "round31-f-variety-venice-2012-pieta-golden-lion": 4,
    "round31-f-yomiuri-oscars-2009-departures-foreign-film": 9,
    "round31-g-bbc-oscars-2013-argo-best-picture": 10,
    "round31-g-lefigaro-venice-2006-still-life-golden-lion": 4,
    "round31-g-sltrib-sundance-2017-i-dont-feel-at-home": 0,
    "round31-h-guardian-cannes-2006-closing-ceremony-liveblog": 7,
    "round31-h-repubblica-cannes-2018-shoplifters-palmares-mt": 6,
    "round32-q-ap-oscars-2010-hurt-locker-bigelow": 8,
    "round32-q-screen-venice-2016-woman-who-left": 7,
    "round32-q-sueddeutsche-berlin-2015-taxi-panahi": 3,
    "round32-r-guardian-oscars-2022-coda-slap": 8,
    "round32-r-leparisien-cannes-2021-titane-palme": 6,
    "round32-s-clarin-oscars-2016-spotlight-best-picture": 7,
    "round32-t-gazzettino-venice-2019-joker-golden-lion": 6,
    "round33-a-oglobo-oscars-1999-shakespeare-benigni-montenegro": 5,
    "round33-b-lefigaro-cannes-2006-loach-palme-mt": 6,
    "round33-c-elmundo-oscars-2007-scorsese-departed-laberinto": 6,
    "round33-c-reuters-oscars-2020-parasite-box-office": 0,
    "round33-d-guardian-oscars-2014-12-years-a-slave-liveblog": 10,
    "round33-d-tagesspiegel-berlin-2023-sur-ladamant-golden-bear": 6,
    "round34-e-ilmessaggero-venice-2021-diwan-evenement-golden-lion": 5,
    "round34-f-faz-cannes-2009-white-ribbon": 5,
    "round34-f-nyt-oscars-1991-dances-with-wolves": 9,
    "round34-f-yonhap-berlin-2022-novelists-film": 5,
    "round34-g-bbc-oscars-2017-moonlight-envelope": 5,
    "round34-h-clarin-oscars-2010-secreto-de-sus-ojos": 10,
    "round34-h-lemonde-berlin-2017-on-body-and-soul": 2,
    "round35-i-hurriyet-cannes-2014-winter-sleep-palme": 7,
    "round35-i-toi-oscars-2009-slumdog-sweeps": 7,
    "round35-j-gazetawyborcza-oscars-2015-ida-pawlikowski": 5,
    "round35-j-guardian-berlin-2014-black-coal-thin-ice": 2,
    "round35-j-peoplesdaily-cannes-1993-farewell-my-concubine": 8,
    "round35-j-variety-sundance-2013-fruitvale": 0,
    "round35-k-ap-oscars-2004-return-of-the-king-sweep": 6,
    "round35-k-elpais-venice-2024-almodovar-golden-lion": 5,
    "round35-l-lesoir-mt-cannes-1999-rosetta-palme-dor": 5,
    "round35-l-nytimes-oscars-1998-titanic-eleven": 6,
    "round35-l-screendaily-berlin-2008-elite-squad-golden-bear": 3,
    # Rounds 36-37 (session 9): 36 tuned on, 37 pinned unseen (first sight = end of session).
    "round36-m-ap-oscars-2016-spotlight-best-picture": 6,
    "round36-m-sueddeutsche-berlin-2019-lapid-golden-bear": 2,
    "round36-m-variety-venice-2010-coppola-golden-lion": 5,
    "round36-n-chosun-oscars-2020-parasite-bong-joon-ho": 2,
    "round36-o-guardian-venice-2020-nomadland-golden-lion": 5,
    "round36-p-asahi-cannes-2018-koreeda-shoplifting-family": 9,
    "round36-p-nytimes-oscars-2022-coda-best-picture": 9,
    "round37-q-afp-venice-2016-lav-diaz-golden-lion": 7,
    "round37-q-elpais-oscars-2019-green-book-roma-cuaron": 5,
    "round37-q-thr-sundance-2022-nanny-grand-jury-prize": 0,
    "round37-r-bbc-golden-globes-2024-oppenheimer-poor-things": 0,
    "round37-r-corriere-venice-2014-andersson-golden-lion": 4,
    "round37-s-deadline-oscars-2024-oppenheimer-live-blog": 8,
    "round37-t-latimes-oscars-2010-hurt-locker-bigelow": 10,
    "round37-t-lemonde-berlin-2024-dahomey-golden-bear": 4,
    # Rounds 38-39 (session 10): 38 tuned on, 39 written at the start and unseen to the end.
    "round38-a-ap-oscars-2000-american-beauty": 8,
    "round38-a-volkskrant-berlin-2007-tuyas-marriage": 2,
    "round38-b-mt-sv-cannes-2017-the-square": 8,
    "round38-c-mt-ru-venice-2003-the-return": 4,
    "round38-e-mt-turkish-berlin-2010-bal-honey": 2,
    "round38-e-nyt-cannes-1991-barton-fink": 7,
    "round38-f-greekmt-cannes-2009-white-ribbon": 8,
    "round38-g-idnes-mt-berlin-2004-head-on": 2,
    "round39-a-afp-cannes-1988-pelle-the-conqueror": 6,
    "round39-b-bbc-oscars-2012-the-artist": 8,
    "round39-b-mt-ro-cannes-2007-4-months-3-weeks-2-days": 4,
    "round39-c-screen-venice-2004-vera-drake": 3,
    "round39-d-mt-persian-berlin-2011-separation": 2,
    "round39-e-mt-korean-golden-globes-2020-1917-parasite": 0,
    "round39-f-guardian-cannes-2012-amour": 5,
    "round39-f-japanesemt-venice-1997-hana-bi": 3,
    "round39-g-echchaab-mt-cannes-1975-chronicle-of-the-years-of-fire": 4,
    "round39-g-nytimes-oscars-1988-the-last-emperor": 7,
    # Rounds 40-41 (session 11): 40 tuned on, 41 written at the start and unseen to the end.
    "round40-b-corriere-berlin-2012-taviani-orso": 2,
    "round40-b-wyborcza-cannes-2004-moore-palm": 7,
    "round40-c-liberation-cannes-2008-entre-les-murs": 5,
    "round40-d-lemonde-mt-berlin-2023-adamant": 4,
    "round40-d-washpost-cannes-2012-amour-palme": 7,
    "round40-e-dnevnik-berlin-2018-touch-me-not": 1,
    "round40-e-navbharattimes-cannes-2015-dheepan": 6,
    "round40-f-asahi-cannes-2021-titane": 8,
    "round40-f-latimes-oscars-1998-titanic": 9,
    "round40-g-matichon-cannes-2010-uncle-boonmee": 5,
    "round40-g-spiegel-oscars-2005-million-dollar-baby": 5,
    "round40-h-telegraph-oscars-2011-kings-speech": 10,
    "round40-h-vnexpress-cannes-2019-parasite": 6,
    "round41-a-clarin-oscars-2020-parasite": 10,
    "round41-a-xinhua-venice-1999-not-one-less": 3,
    "round41-b-eonline-golden-globes-2019-recap": 0,
    "round41-b-toi-venice-2001-monsoon-wedding": 2,
    "round41-c-folha-golden-globes-2011-social-network": 0,
    "round41-d-mt-norwegian-venice-2014-andersson-golden-lion": 6,
    "round41-e-cnnindonesia-sundance-2019-clemency": 0,
    "round41-f-ap-venice-2023-poor-things": 6,
    "round41-g-oslobodjenje-berlin-2006-grbavica": 2,
    "round41-h-slate-oscars-2017-moonlight-envelope": 1,
    # Rounds 42-43 (session 12): 42 tuned on, 43 written at the start and unseen to the end.
    "round42-a-guardian-cannes-1973-scarecrow-hireling": 6,
    "round42-a-lidovky-berlin-1990-music-box-skrivanci": 1,
    "round42-c-tass-cannes-1970-mash": 4,
    "round42-d-dn-berlin-1987-tema": 2,
    "round42-f-el-nacional-venice-2015-desde-alla": 6,
    "round42-f-newyorske-listy-oscars-1976-forman-cuckoo": 4,
    "round42-h-times-cannes-1972-petri-rosi": 5,
    "round43-a-figaro-venice-1983-prenom-carmen": 3,
    "round43-a-nyt-oscars-1983-gandhi": 9,
    "round43-b-nrc-berlin-2001-intimacy-golden-bear": 2,
    "round43-c-mail-guardian-tiff-2005-tsotsi": 0,
    "round43-d-ansa-cannes-1960-dolce-vita": 2,
    "round43-d-hurriyet-oscars-1980-kramer": 2,
    "round43-e-ro-golden-globes-2005-aviator-sideways": 0,
    "round43-f-paris-match-cannes-1966-lelouch-germi": 2,
    "round43-g-estadao-cannes-1962-o-pagador-de-promessas": 5,
    "round43-h-variety-oscars-1974-the-sting": 6,
    # Rounds 44-45 (session 13): 44 tuned on, 45 written at the start and unseen to the end.
    "round44-a-elpais-cannes-1961-viridiana": 3,
    "round44-a-latimes-oscars-1979-deer-hunter": 9,
    "round44-c-zeit-berlin-1982-veronika-voss": 2,
    "round44-d-lastampa-cannes-1963-gattopardo-palma": 5,
    "round44-d-wyborcza-golden-globes-1997-english-patient": 0,
    "round44-f-haaretz-berlin-1979-david": 2,
    "round44-f-izvestia-venice-1962-ivans-childhood": 3,
    "round44-g-nepszabadsag-cannes-1971-go-between": 4,
    "round44-h-vnexpress-oscars-1975-bo-gia-2": 2,
    "round45-a-elmoudjahid-venice-1966-battle-of-algiers": 4,
    "round45-b-abc-berlin-1983-la-colmena": 2,
    "round45-b-lemonde-oscars-1972-french-connection": 9,
    "round45-d-cahiers-venice-1961-marienbad": 3,
    "round45-f-asahi-oscars-1981-ordinary-people": 5,
    "round45-h-svd-berlin-1980-guldbjornen-delad": 2,
    # Rounds 46-47 (session 14): round 46 was tuned on, round 47 unseen until the end.
    "round46-a-nyt-oscars-1960-ben-hur-eleven": 7,
    "round46-c-unita-venice-1954-giulietta-romeo": 2,
    "round46-e-eluniversal-oscars-2017-moonlight": 6,
    "round46-e-pravda-cannes-1958-cranes-are-flying": 5,
    "round46-h-sueddeutsche-oscars-2024-oppenheimer": 9,
    "round47-a-lavanguardia-mt-venice-2018-roma-lion": 6,
    "round47-b-sina-sundance-2019-clemency-one-child-nation": 0,
    "round47-b-variety-cannes-1955-marty-golden-palm": 2,
    "round47-c-faz-berlin-1957-zwoelf-geschworenen": 2,
    "round47-c-yonhap-oscars-2020-parasite": 4,
    "round47-d-dn-cannes-2022-ostlund-triangle-of-sadness": 10,
    "round47-d-folha-golden-globes-2020-1917": 0,
    "round47-e-cbc-tiff-2018-green-book": 0,
    "round47-e-liberation-venice-2021-levenement": 4,
    "round47-f-aljazeera-oscars-2022-coda-slap": 7,
    "round47-f-nrc-berlin-2012-cesare-deve-morire": 0,
    "round47-g-tuoitre-cannes-2019-parasite": 3,
    "round47-h-el-pais-venice-2024-almodovar": 3,
    "round47-h-le-monde-afrique-berlin-2024-dahomey": 6,
}
LATER_ROUND_KNOWN_EXTRAS: dict[str, set[tuple[object, ...]]] = {
    # Session 7: "Both acting prizes go to the same film, Giuseppe Piccioni's Luce dei miei
    # occhi" -- right, but the label is the list line's first form, "Light of My Eyes".
    "round19-a-list-venice-2001-monsoon-wedding": {
        ("Venice", "Volpi Cup for Best Actor", 2001, "luce dei miei occhi"),
        ("Venice", "Volpi Cup for Best Actress", 2001, "luce dei miei occhi"),
    },
    # (round8-nyt-cannes-2016's "Rosa" for "Ma' Rosa." is gone since round 16.)
    # Round 14: the screenwriter after "best screenplay for" taken as the drama winner; a
    # Sundance sidebar winner taken for the dramatic prize; the setting of "Cal" after "set in".
    "round14-ew-globes-1993-scent-of-a-woman": {
        ("Golden Globes", "Best Motion Picture – Drama", 1993, "bo goldman"),
    },
    "round14-brief-sundance-1999-three-seasons": {
        ("Sundance", "Grand Jury Prize: U.S. Dramatic", 1999, "american movie"),
    },
    "round15-upi-oscars-1978-annie-hall": {("Oscars", "Best Documentary Feature", 1978, "california")},
    # Round 16: the original of '"Bal" (Honey)', which the article uses alone elsewhere.
    "round16-a-hurriyet-berlin-2010-bal": {("Berlin", "Golden Bear", 2010, "bal")},
    # (round15-list-cannes-1979's "Title, Director" and "Person, Title" lines taken whole as
    # the film are gone: a comma parts them where one part is shown to be a person.)
    # (round13's "Petits" for a quoted title cut at the sentence end, "Isabelle Adjani" from
    # "The film, starring X, also took" and the character "Murrow" are gone.)
    # (round10-analysis-venice-2012-pieta's "Caesar Must Die" took the Golden Bear in February" is
    # gone since round 12: another festival's award than the article's news needs its own year.)
    # Round 17: a Guardian column's "the general" (a character) for best actor.
    # Round 18: the original of "Uzak (Distant)" (the label is the English form).
    "round18-a-deadline-cannes-2003-elephant": {
        ("Cannes", "Best Actor", 2003, "uzak"),
        ("Cannes", "Grand Prix", 2003, "uzak"),
    },
    # Round 19, first sight (not tuned on).
    "round19-a-variety-oscars-2007-the-departed": {
        ("Oscars", "Best Documentary Feature", 2007, "i need to wake up"),
    },
    "round19-b-canadianpress-tiff-2017-three-billboards": {
        ("TIFF", "People's Choice Award", 2017, "bodied"),
    },
    "round19-b-liveblog-oscars-2007-the-departed": {
        ("Oscars", "Best Adapted Screenplay", 2007, "infernal affairs"),
        ("Oscars", "Best Picture", 2007, "jack nicholson and diane keaton open the envelope"),
    },
    "round19-b-usatoday-oscars-2012-full-list": {
        ("Oscars", "Best Adapted Screenplay", 2012, "hugo"),
        ("Oscars", "Best Adapted Screenplay", 2012, "the descendants, alexander payne"),
        ("Oscars", "Best Animated Feature", 2012, "rango, gore verbinski"),
        ("Oscars", "Best Documentary Feature", 2012, "hell and back again"),
    },
    # Round 20, after its pass.
    "round20-a-elpais-berlin-2008-tropa-de-elite": {
        ("Berlin", "Silver Bear for Best Director", 2008, "paul thomas anderson, pozos de ambición"),
    },
    "round20-a-liveblog-oscars-2004-return-of-the-king": {
        ("Oscars", "Best Adapted Screenplay", 2004, "return of the king"),
        ("Oscars", "Best Director", 2004, "the return of the king"),
    },
    "round20-a-reuters-cannes-2005-lenfant": {
        ("Cannes", "Best Screenplay", 2005, "cache"),
    },
    "round20-a-windsorstar-tiff-2011-where-do-we-go-now": {
        ("TIFF", "People's Choice Award", 2011, "where do we go now"),
    },
    # Rounds 21-25 (session 5): 22-24 tuned on, 25 pinned at first sight (not tuned on).
    "round21-a-ap-oscars-2002-a-beautiful-mind": {
        ("Oscars", "Best Picture", 2002, "happy days"),
    },
    "round21-b-blog-oscars-2006-crash-upset": {
        ("Oscars", "Best Adapted Screenplay", 2006, "larry mcmurtry, diana ossana"),
    },
    "round21-b-capetimes-berlin-2005-u-carmen": {
        ("Berlin", "Golden Bear", 2005, "carmen"),
        ("Berlin", "Silver Bear Grand Jury Prize", 2005, "peacock (kong que)"),
    },
    "round21-b-cna-venice-1989-city-of-sadness": {
        ("Venice", "Golden Lion", 1989, "this is chinese-language"),
    },
    "round22-a-eonline-oscars-2001-gladiator-live": {
        ("Oscars", "Best International Feature Film", 2001, "crouching tiger"),
    },
    "round22-a-littlewhitelies-cannes-2023-best-palme-dor-century": {
        ("Cannes", "Palme d'Or", 2023, "van sant"),
    },
    "round22-b-cornwalllive-goldenglobes-2019-bohemian-rhapsody-truro": {
        ("Golden Globes", "Best Motion Picture – Drama", 2019, "beverly hills as the queen"),
    },
    "round22-b-elpais-cannes-2015-dheepan-palma-de-oro": {
        ("Cannes", "Caméra d'Or", 2015, "the land"),
    },
    "round22-d-hollywoodreporter-cannes-1992-best-intentions-palme": {
        ("Cannes", "Jury Prize", 1992, "freeze -- die -- come to life"),
    },
    "round23-g-kyodo-cannes-1983-narayama-palme": {
        ("Cannes", "Grand Prix", 1983, "l'argent"),
    },
    "round23-g-variety-sundance-2015-me-and-earl": {
        ("Sundance", "Grand Jury Prize: U.S. Dramatic", 2015, "the wolfpack"),
    },
    "round24-i-afp-cannes-1985-kusturica-palme": {
        ("Cannes", "Best Director", 1985, "paris"),
    },
    "round24-i-variety-oscars-2021-nomadland-box-office": {
        ("Venice", "Golden Lion", 2021, "choice award in toronto"),
    },
    "round24-j-corriere-venice-1987-malle-leone-doro": {
        ("Venice", "Volpi Cup for Best Actor", 1987, "osella"),
    },
    "round24-l-usatoday-goldenglobes-1995-forrest-gump-at-a-glance": {
        ("Golden Globes", "Best Motion Picture – Drama", 1995, "robert zemeckis"),
    },
    "round25-m-canadianpress-tiff-2010-kings-speech-peoples-choice": {
        ("TIFF", "People's Choice Award", 2010, "king george vi and geoffrey rush"),
    },
    "round25-m-upi-cannes-1982-missing-yol-share-palme": {
        ("Cannes", "Palme d'Or", 1982, "festival palace"),
    },
    "round25-o-chicagotribune-oscars-1984-terms-of-endearment": {
        ("Oscars", "Best Documentary Feature", 1984, "new york"),
        ("Oscars", "Best Picture", 1984, "brooks"),
    },
    "round25-o-variety-berlin-1991-golden-bear-house-of-smiles": {
        ("Berlin", "Golden Bear", 1991, "satan"),
        ("Berlin", "Golden Bear", 1991, "the conviction"),
    },
    "round26-b-guardian-cannes-2016-i-daniel-blake-palme": {
        ("Cannes", "Best Actress", 2016, "ma"),
    },
    "round26-d-cineuropa-venice-2019-joker-golden-lion-palmares": {
        ("Venice", "Best Screenplay", 2019, "cherry lane"),
    },
    "round27-f-latimes-oscars-2023-cate-blanchett-tar-profile": {
        ("Oscars", "Best Actress", 2023, "blue jasmine"),
    },
    "round27-f-screendaily-berlin-2023-on-the-adamant-golden-bear": {
        ("Berlin", "Silver Bear for Best Director", 2023, "the echo"),
    },
    "round27-g-neon-venice-2022-all-the-beauty-golden-lion": {
        ("Venice", "Golden Lion", 2022, "best film at the 79th venice international film festival"),
    },
    "round27-g-publico-berlin-2023-mal-viver-canijo": {
        ("Berlin", "Golden Bear", 2023, "mal viver"),
    },
    "round28-i-telex-berlin-2021-nagy-denes-silver-bear": {
        ("Berlin", "Silver Bear for Best Supporting Performance", 2021, "lots"),
    },
    "round28-j-screendaily-berlin-2023-on-the-adamant-golden-bear": {
        ("Berlin", "Silver Bear for Best Director", 2023, "el eco"),
        ("Berlin", "Silver Bear for Best Leading Performance", 2023, "000 species of bees"),
    },
    "round28-k-nytimes-venice-1998-amelio-golden-lion-jeers": {
        ("Venice", "Silver Lion for Best Director", 1998, "underground"),
    },
    "round28-l-guardian-cannes-2016-early-contenders": {
        ("Cannes", "Best Director", 2016, "all about my mother"),
    },
    "round28-l-time-cannes-2011-tree-of-life-palme": {
        ("Cannes", "Grand Prix", 2011, "o"),
    },
    "round29-m-hurriyet-mt-cannes-2014-kis-uykusu-altin-palmiye": {
        ("Cannes", "Palme d'Or", 2014, "le meraviglie"),
    },
    "round29-n-deadline-sundance-2020-minari": {
        ("Sundance", "Grand Jury Prize: U.S. Dramatic", 2020, "producer: christina oh)"),
    },
    "round29-n-guardian-cannes-2013-blue-warmest-colour": {
        ("Cannes", "Jury Prize", 2013, "like son"),
    },
    "round29-o-latimes-oscars-2020-acting-winners": {
        ("Oscars", "Best Supporting Actor", 2020, "once upon a time"),
    },
    "round29-o-lefigaro-cannes-2015-palmares-dheepan": {
        ("Cannes", "Best Actor", 2015, "the law"),
        ("Cannes", "Caméra d'Or", 2015, "la tierra"),
        ("Cannes", "Palme d'Or", 2015, "earlier in the evening"),
    },
    "round29-o-torontostar-tiff-2022-fabelmans-peoples-choice": {
        ("TIFF", "People's Choice Award", 2022, "slumdog millionaire"),
    },
    "round29-p-abc-mt-venice-2024-habitacion-de-al-lado-leon-de-oro": {
        ("Venice", "Silver Lion for Best Director", 2024, "vermiglio"),
    },
    "round29-p-screendaily-venice-2020-nomadland-golden-lion-winners": {
        ("Venice", "Special Jury Prize", 2020, "dear comrades"),
    },
    "round30-a-variety-berlin-2019-synonyms": {
        ("Berlin", "Silver Bear for Best Director", 2019, "i was at home"),
    },
    "round30-b-elpais-oscars-2019-green-book-roma": {
        ("Oscars", "Best Animated Feature", 2019, "spider-man"),
    },
    "round30-b-reuters-venice-2005-brokeback-golden-lion": {
        ("Venice", "Best Screenplay", 2005, "brokeback mountain"),
    },
    "round31-f-variety-venice-2012-pieta-golden-lion": {
        ("Venice", "Silver Lion for Best Director", 2012, "pieta"),
    },
    "round31-h-guardian-cannes-2006-closing-ceremony-liveblog": {
        ("Cannes", "Best Actress", 2006, "penélope cruz"),
    },
    "round31-h-repubblica-cannes-2018-shoplifters-palmares-mt": {
        ("Cannes", "Best Screenplay", 2018, "happy lazzaro and to the iranian jafar panahi"),
    },
    "round32-q-screen-venice-2016-woman-who-left": {
        ("Venice", "Best Screenplay", 2016, "bitter money"),
        ("Venice", "Silver Lion for Best Director", 2016, "home"),
        ("Venice", "Volpi Cup for Best Actor", 2016, "saint george"),
        ("Venice", "Volpi Cup for Best Actress", 2016, "the fury of a patient man"),
    },
    "round32-t-yonhap-berlin-2020-hong-sang-soo-best-director": {
        ("Oscars", "Best Picture", 2020, "parasite"),
    },
    "round34-e-ilmessaggero-venice-2021-diwan-evenement-golden-lion": {
        ("Venice", "Golden Lion", 2021, "nomadland"),
    },
    "round34-f-faz-cannes-2009-white-ribbon": {
        ("Cannes", "Best Screenplay", 2009, "lou yes"),
        ("Cannes", "Palme d'Or", 2009, "band"),
        ("Cannes", "Palme d'Or", 2009, "german empire"),
    },
    "round34-f-yonhap-berlin-2022-novelists-film": {
        ("Berlin", "Golden Bear", 2022, "the novelist's film"),
        ("Berlin", "Silver Bear for Best Leading Performance", 2022, "rabiye kurnaz"),
        ("Berlin", "Silver Bear for Best Screenplay", 2022, "before, now & then"),
    },
    "round34-g-bbc-oscars-2017-moonlight-envelope": {
        ("Oscars", "Best Actor", 2017, "manchester"),
    },
    "round34-g-latimes-sundance-2021-coda-sweeps": {
        ("Sundance", "Grand Jury Prize: U.S. Dramatic", 2021, "hive"),
    },
    "round34-h-screen-venice-2017-shape-of-water": {
        ("Venice", "Best Screenplay", 2017, "sweet country"),
        ("Venice", "Silver Lion for Best Director", 2017, "xavier legrand, custody"),
        ("Venice", "Volpi Cup for Best Actor", 2017, "kamel el basha, the insult"),
        ("Venice", "Volpi Cup for Best Actress", 2017, "charlotte rampling, hannah"),
    },
    "round35-i-toi-oscars-2009-slumdog-sweeps": {
        ("Oscars", "Best Actor", 2009, "mickey rourke"),
        ("Oscars", "Best Director", 2009, "simon beaufoy"),
        ("Oscars", "Best International Feature Film", 2009, "bashir"),
        ("Oscars", "Best Picture", 2009, "producer christian colson"),
        ("Oscars", "Best Picture", 2009, "simon beaufoy"),
    },
    "round35-j-guardian-berlin-2014-black-coal-thin-ice": {
        ("Berlin", "Golden Bear", 2014, "black coal"),
    },
    "round35-l-lesoir-mt-cannes-1999-rosetta-palme-dor": {
        ("Cannes", "Grand Prix", 1999, "séverine caneele"),
    },
    # Rounds 36-37 (session 9), as pinned at the end of the session.
    "round36-m-sueddeutsche-berlin-2019-lapid-golden-bear": {
        ("Berlin", "Silver Bear for Best Screenplay", 2019, "gomorrha"),
    },
    "round36-m-variety-venice-2010-coppola-golden-lion": {
        ("Venice", "Golden Lion", 2010, "john woo"),
        ("Venice", "Special Jury Prize", 2010, "volpi cup"),
    },
    "round36-n-screendaily-cannes-2011-tree-of-life-palme": {
        ("Cannes", "Best Screenplay", 2011, "footnote (hearat shulayim)"),
    },
    "round36-o-guardian-venice-2020-nomadland-golden-lion": {
        ("Venice", "Special Jury Prize", 2020, "dear comrades"),
    },
    "round36-o-liberation-cannes-2021-titane-palme-dor": {
        ("Cannes", "Best Actress", 2021, "julie in 12"),
    },
    "round37-q-afp-venice-2016-lav-diaz-golden-lion": {
        ("Venice", "Golden Lion", 2016, "from afar"),
    },
    "round37-q-elpais-oscars-2019-green-book-roma-cuaron": {
        ("Oscars", "Best Actress", 2019, "ana"),
    },
    "round37-q-thr-sundance-2022-nanny-grand-jury-prize": {
        ("Sundance", "Grand Jury Prize: U.S. Dramatic", 2022, "all that breathes"),
        ("Sundance", "Grand Jury Prize: U.S. Dramatic", 2022, "utama"),
    },
    "round37-r-cineuropa-berlin-2020-rasoulof-golden-bear": {
        ("Berlin", "Golden Bear", 2020, "best film to there is no evil"),
        ("Berlin", "Silver Bear Jury Prize", 2020, "filipiñana"),
        ("Berlin", "Silver Bear for Best Director", 2020, "malmkrog"),
        ("Berlin", "Silver Bear for Best Screenplay", 2020, "damiano and fabio d'innocenzo"),
    },
    "round37-s-deadline-oscars-2024-oppenheimer-live-blog": {
        ("Oscars", "Best Picture", 2024, "my eyes see oppenheimer"),
    },
    "round37-s-rzeczpospolita-cannes-2023-anatomy-of-a-fall-golden-palm": {
        ("Cannes", "Jury Prize", 2023, "other side of hope"),
    },
    "round37-t-latimes-oscars-2010-hurt-locker-bigelow": {
        ("Oscars", "Best Original Screenplay", 2010, "the iraq"),
    },
    "round37-t-screendaily-venice-2019-joker-golden-lion": {
        ("Venice", "Best Screenplay", 2019, "cherry lane"),
    },
    # Rounds 38-39 (session 10): 38 tuned on, 39 written at the start and unseen to the end.
    "round39-a-afp-cannes-1988-pelle-the-conqueror": {
        ("Cannes", "Best Actress", 1988, "barbara hershey"),
        ("Cannes", "Best Actress", 1988, "jodhi may and linda mvusi"),
    },
    "round39-b-bbc-oscars-2012-the-artist": {
        ("Oscars", "Best Adapted Screenplay", 2012, "the descendants, the george clooney drama directed"),
    },
    "round39-c-screen-venice-2004-vera-drake": {
        ("Venice", "Silver Lion for Best Director", 2004, "samaritan girl"),
    },
    "round39-d-globe-and-mail-tiff-2006-bella": {
        ("TIFF", "People's Choice Award", 2006, "chariots of fire"),
    },
    "round39-d-mt-persian-berlin-2011-separation": {
        ("Berlin", "Silver Bear for Best Director", 2011, "about elly"),
    },
    "round39-f-guardian-cannes-2012-amour": {
        ("Cannes", "Best Actress", 2012, "the hunt"),
        ("Cannes", "Grand Prix", 2012, "gomorrah"),
    },
    "round39-g-echchaab-mt-cannes-1975-chronicle-of-the-years-of-fire": {
        ("Cannes", "Palme d'Or", 1975, "the conversation"),
    },
    "round39-h-deadline-globes-2023-fabelmans": {
        ("Golden Globes", "Best Motion Picture – Drama", 2023, "list and saving private ryan"),
    },
    # Rounds 40-41 (session 11): 40 tuned on, 41 written at the start and unseen to the end.
    "round40-a-independent-cannes-1996-secrets-lies": {
        ("Cannes", "Best Actor", 1996, "daniel auteuil and pascal duquenne, the eighth day"),
        ("Cannes", "Best Actress", 1996, "the mission"),
    },
    "round40-c-liberation-cannes-2008-entre-les-murs": {
        ("Cannes", "Palme d'Or", 2008, "entre"),
        ("Cannes", "Best Actress", 2008, "são paulo"),
    },
    "round40-d-washpost-cannes-2012-amour-palme": {
        ("Cannes", "Best Screenplay", 2012, "4 months, 3 weeks and 2 days"),
    },
    "round40-e-dnevnik-berlin-2018-touch-me-not": {
        ("Berlin", "Golden Bear", 2018, "do not touch me"),
    },
    "round40-g-matichon-cannes-2010-uncle-boonmee": {
        ("Cannes", "Palme d'Or", 2010, "joei"),
    },
    "round40-g-spiegel-oscars-2005-million-dollar-baby": {
        ("Oscars", "Best Original Screenplay", 2005, "sideways"),
    },
    "round41-a-xinhua-venice-1999-not-one-less": {
        ("Venice", "Volpi Cup for Best Actress", 1999, "topsy-turvy"),
    },
    "round41-b-toi-venice-2001-monsoon-wedding": {
        ("Venice", "Grand Jury Prize", 2001, "hundstage (dog days)"),
        ("Venice", "Silver Lion for Best Director", 2001, "uttara"),
        ("Venice", "Volpi Cup for Best Actress", 2001, "light"),
    },
    "round41-c-usatoday-venice-2008-the-wrestler": {
        ("Venice", "Golden Lion", 2008, "under venice"),
    },
    "round41-d-mt-norwegian-venice-2014-andersson-golden-lion": {
        ("Venice", "Volpi Cup for Best Actor", 2014, "girls"),
        ("Venice", "Volpi Cup for Best Actress", 2014, "new york"),
    },
    "round41-e-cnnindonesia-sundance-2019-clemency": {
        ("Sundance", "Grand Jury Prize: U.S. Dramatic", 2019, "jakarta"),
    },
    "round41-f-ap-venice-2023-poor-things": {
        ("Venice", "Grand Jury Prize", 2023, "la la land"),
        ("Venice", "Volpi Cup for Best Actress", 2023, "the favourite"),
    },
    "round41-h-slate-oscars-2017-moonlight-envelope": {
        ("Oscars", "Best Actor", 2017, "manchester"),
        ("Oscars", "Best Original Screenplay", 2017, "fences"),
        ("Oscars", "Best Picture", 2017, "la la land"),
    },
    # Rounds 42-43 (session 12): 42 tuned on, 43 written at the start and unseen to the end.
    "round42-a-lidovky-berlin-1990-music-box-skrivanci": {
        ("Berlin", "Golden Bear", 1990, "missing"),
    },
    "round43-g-estadao-cannes-1962-o-pagador-de-promessas": {
        ("Cannes", "Best Actor", 1962, "lumet"),
    },
    "round43-h-chosun-tiff-2025-hamnet": {
        ("TIFF", "People's Choice Award", 2025, "international people's choice award"),
    },
    # Session 13: Cannes's "Special Jury Prize" read as its Jury Prize (as the labels of rounds
    # 22 and 43 have it); in 1995 the article tells both, and labels only the plain one.
    "round21-a-dpa-cannes-1995-underground": {
        ("Cannes", "Jury Prize", 1995, "carrington"),
    },
    # Rounds 44-45 (session 13): 44 tuned on, 45 written at the start and unseen to the end.
    "round44-f-izvestia-venice-1962-ivans-childhood": {
        ("Venice", "Volpi Cup for Best Actress", 1962, "hiroshima, my love"),
    },
    "round44-g-nepszabadsag-cannes-1971-go-between": {
        ("Cannes", "Best Actress", 1971, "jerry schatzberg"),
    },
    "round44-h-vnexpress-oscars-1975-bo-gia-2": {
        ("Oscars", "Best Director", 1975, "corleone"),
        ("Oscars", "Best Picture", 1975, "corleone"),
    },
    "round45-b-lemonde-oscars-1972-french-connection": {
        ("Oscars", "Best Picture", 1972, "bullitt"),
    },
    "round45-c-lajornada-sundance-1998-slam": {
        ("Sundance", "Grand Jury Prize: U.S. Dramatic", 1998, "frat house"),
        ("Sundance", "Grand Jury Prize: U.S. Dramatic", 1998, "the farm: angola"),
    },
    "round45-f-asahi-oscars-1981-ordinary-people": {
        ("Oscars", "Best Actress", 1981, "sing"),
        ("Oscars", "Best International Feature Film", 1981, "most"),
    },
    "round45-h-mainichi-tiff-2003-zatoichi": {
        ("Venice", "Golden Lion", 2003, "hana-bi"),
    },
    "round45-h-svd-berlin-1980-guldbjornen-delad": {
        ("Berlin", "Golden Bear", 1980, "wolfsburg"),
    },
    # Rounds 46-47 (session 14): extras left as found (a Korean release title glossed, a title
    # cut at its colon, translation debris from Vietnamese and Swedish copy, an English title
    # for a German one, a person as a film).
    "round46-b-chosun-golden-globes-2016-revenant-martian": {
        (
            "Golden Globes",
            "Best Motion Picture – Drama",
            2016,
            "the revenant: the one who returned from death",
        ),
    },
    "round46-e-eluniversal-oscars-2017-moonlight": {
        ("Oscars", "Best Documentary Feature", 2017, "made in america"),
    },
    "round47-a-lavanguardia-mt-venice-2018-roma-lion": {
        ("Venice", "Silver Lion for Best Director", 2018, "la favorita"),
    },
    "round47-c-faz-berlin-1957-zwoelf-geschworenen": {
        ("Berlin", "Golden Bear", 1957, "twelve angry men"),
    },
    "round47-d-dn-cannes-2022-ostlund-triangle-of-sadness": {
        ("Cannes", "Grand Prix", 2022, "and alf sjöberg"),
    },
    "round47-e-liberation-venice-2021-levenement": {
        ("Venice", "Volpi Cup for Best Actress", 2021, "penélope cruz"),
    },
    "round47-f-nrc-berlin-2012-cesare-deve-morire": {
        ("Berlin", "Silver Bear Grand Jury Prize", 2012, "csak"),
    },
    "round47-g-tuoitre-cannes-2019-parasite": {
        ("Cannes", "Caméra d'Or", 2019, "nuestras"),
        ("Cannes", "Palme d'Or", 2019, "tto"),
        ("Cannes", "Best Director", 2019, "jean-pierre and luc dardenne of belgium"),
    },
}
# Quote gaps left after round 16's pass (the earlier rounds' gaps -- German "„...“, so
# Farhadi", "said the Italian", "For Staunton, ..." before "she", a job title before a name --
# are closed).
LATER_ROUND_QUOTE_GAPS: set[str] = {
    # "FernandaMontenegro": a machine translation's glued name leaves "said Fernanda" unresolved.
    "round16-b-mt-pt-oscars-1999-shakespeare-in-love",
    # Round 19, first sight (not tuned on).
    "round19-a-folha-mt-berlin-1998-central-station",
    "round19-b-liveblog-oscars-2007-the-departed",
    "round19-b-reuters-globes-nominations-2007-babel",
    # Rounds 21-25 (session 5): 22-24 tuned on, 25 pinned at first sight (not tuned on).
    "round21-a-ansa-berlin-2012-caesar-must-die",
    "round21-a-deadline-sundance-2023-a-thousand-and-one",
    "round22-a-eonline-oscars-2001-gladiator-live",
    "round22-c-bbc-oscars-1996-braveheart",
    "round22-d-asahi-oscars-2009-okuribito-departures",
    "round23-e-ansa-venice-1998-cosi-ridevano",
    "round23-e-reuters-oscars-1998-titanic-sweep",
    "round23-f-ap-cannes-1987-pialat-palme-booed",
    "round23-f-deadline-goldenglobes-2018-live-blog",
    "round23-f-publico-berlin-1997-larry-flynt-urso-de-ouro",
    "round23-g-ap-none-2018-bertolucci-obituary",
    "round23-g-guardian-venice-1993-short-cuts-blue-share-lion",
    "round23-g-variety-sundance-2015-me-and-earl",
    "round23-h-faz-mt-berlin-1992-grand-canyon-golden-bear",
    "round23-h-latimes-oscars-1995-gump-six-oscars",
    "round23-h-people-goldenglobes-2011-social-network",
    "round24-i-afp-cannes-1985-kusturica-palme",
    "round24-i-lemonde-venice-1985-varda-golden-lion",
    "round24-j-corriere-venice-1987-malle-leone-doro",
    "round24-j-indiewire-sundance-2009-push-sweeps",
    "round24-k-globeandmail-tiff-2014-imitation-game",
    "round24-k-variety-cannes-1977-padre-padrone",
    "round25-m-efe-oscars-1989-rain-man-mt",
    "round25-n-deadline-sundance-2022-nanny",
    "round25-n-dpa-mt-berlin-1986-stammheim",
    "round25-o-chicagotribune-oscars-1984-terms-of-endearment",
    "round25-o-variety-berlin-1991-golden-bear-house-of-smiles",
    "round25-p-afp-venice-1982-wenders-golden-lion",
    "round25-p-bbc-golden-globes-2009-slumdog-millionaire",
    "round26-c-nytimes-obituary-2022-jean-luc-godard",
    "round26-d-cineuropa-venice-2019-joker-golden-lion-palmares",
    "round27-e-clarin-oscars-2010-secreto-de-sus-ojos-mt",
    "round27-e-deadline-golden-globes-2017-live-blog-moonlight",
    "round27-e-upi-venice-1999-not-one-less-golden-lion",
    "round27-f-ansa-berlin-2016-fuocoammare-orso-doro-mt",
    "round27-f-latimes-oscars-2023-cate-blanchett-tar-profile",
    "round27-f-nyt-cannes-1999-rosetta-palme-boos",
    "round27-f-screendaily-berlin-2023-on-the-adamant-golden-bear",
    "round27-g-bbc-oscars-2016-rylance-amy-british-winners",
    "round27-g-hollywoodreporter-sundance-2014-whiplash-awards",
    "round27-g-publico-berlin-2023-mal-viver-canijo",
    "round28-i-latimes-goldenglobes-2009-slumdog-sweeps",
    "round28-i-telex-berlin-2021-nagy-denes-silver-bear",
    "round28-j-ap-oscars-2007-scorsese-departed",
    "round28-k-guardian-oscars-2020-parasite-liveblog",
    "round28-k-independentpersian-cannes-2025-panahi-golden-palm-mt",
    "round28-l-bbc-oscars-2019-olivia-colman",
    "round28-l-latercera-oscars-2018-mujer-fantastica",
    "round28-l-time-cannes-2011-tree-of-life-palme",
    "round29-m-hurriyet-mt-cannes-2014-kis-uykusu-altin-palmiye",
    "round29-m-variety-venice-2017-shape-of-water-golden-lion",
    "round29-n-yonhap-cannes-2019-parasite-palme",
    "round29-o-lefigaro-cannes-2015-palmares-dheepan",
    "round29-p-abc-mt-venice-2024-habitacion-de-al-lado-leon-de-oro",
    "round29-p-independent-none-2024-kate-winslet-lee-interview",
    "round30-a-lemonde-cannes-2017-the-square",
    "round30-b-elpais-oscars-2019-green-book-roma",
    "round30-b-thr-golden-globes-2020-1917-best-drama",
    "round30-c-spiegel-berlin-2011-nader-simin-golden-bear",
    "round30-d-corriere-venice-2008-the-wrestler-golden-lion",
    "round30-d-kyodo-berlin-2002-spirited-away-golden-bear",
    "round30-d-nytimes-oscars-2003-chicago-polanski",
    "round31-e-guardian-oscars-2026-nominations",
    "round31-f-berliner-zeitung-berlin-2014-black-coal-golden-bear",
    "round31-f-yomiuri-oscars-2009-departures-foreign-film",
    "round31-g-bbc-oscars-2013-argo-best-picture",
    "round31-g-lefigaro-venice-2006-still-life-golden-lion",
    "round31-h-guardian-cannes-2006-closing-ceremony-liveblog",
    "round31-h-repubblica-cannes-2018-shoplifters-palmares-mt",
    "round32-q-ap-oscars-2010-hurt-locker-bigelow",
    "round32-q-screen-venice-2016-woman-who-left",
    "round32-q-sueddeutsche-berlin-2015-taxi-panahi",
    "round32-r-leparisien-cannes-2021-titane-palme",
    "round32-t-gazzettino-venice-2019-joker-golden-lion",
    "round32-t-thr-goldenglobes-2015-boyhood-best-drama",
    "round33-a-oglobo-oscars-1999-shakespeare-benigni-montenegro",
    "round33-b-ansa-venice-2013-sacro-gra-golden-lion",
    "round33-b-deadline-goldenglobes-2024-live-blog",
    "round33-b-lefigaro-cannes-2006-loach-palme-mt",
    "round33-b-newyorker-none-2019-ang-lee-profile",
    "round33-c-reuters-oscars-2020-parasite-box-office",
    "round33-d-guardian-oscars-2014-12-years-a-slave-liveblog",
    "round33-d-indiewire-sundance-2010-winters-bone-awards",
    "round34-e-cbc-tiff-2009-precious-peoples-choice",
    "round34-e-ilmessaggero-venice-2021-diwan-evenement-golden-lion",
    "round34-e-reuters-cannes-2015-audiard-dheepan-palme-dor",
    "round34-f-faz-cannes-2009-white-ribbon",
    "round34-f-nyt-oscars-1991-dances-with-wolves",
    "round34-g-latimes-sundance-2021-coda-sweeps",
    "round34-g-repubblica-venice-1998-cosi-ridevano",
    "round34-h-guardian-cannes-2016-kiarostami-obituary",
    "round34-h-lemonde-berlin-2017-on-body-and-soul",
    "round35-i-toi-oscars-2009-slumdog-sweeps",
    "round35-k-elpais-venice-2024-almodovar-golden-lion",
    "round35-k-indiewire-oscars-2023-final-predictions",
    "round35-k-reuters-golden-globes-2018-three-billboards",
    "round35-l-lesoir-mt-cannes-1999-rosetta-palme-dor",
    "round35-l-nytimes-oscars-1998-titanic-eleven",
    # Rounds 36-37 (session 9).
    "round36-m-guardian-none-2025-bong-joon-ho-mickey-17",
    "round36-m-sueddeutsche-berlin-2019-lapid-golden-bear",
    "round36-n-chosun-oscars-2020-parasite-bong-joon-ho",
    "round36-n-guardian-golden-globes-2020-1917-live",
    "round36-o-liberation-cannes-2021-titane-palme-dor",
    "round36-p-asahi-cannes-2018-koreeda-shoplifting-family",
    "round36-p-guardian-venice-2023-preview-eightieth-edition",
    "round37-q-afp-venice-2016-lav-diaz-golden-lion",
    "round37-q-elpais-oscars-2019-green-book-roma-cuaron",
    "round37-q-thr-sundance-2022-nanny-grand-jury-prize",
    "round37-r-cineuropa-berlin-2020-rasoulof-golden-bear",
    "round37-r-corriere-venice-2014-andersson-golden-lion",
    "round37-r-xinhua-cannes-2000-dancer-in-the-dark",
    "round37-s-deadline-oscars-2024-oppenheimer-live-blog",
    "round37-s-rzeczpospolita-cannes-2023-anatomy-of-a-fall-golden-palm",
    "round37-t-latimes-oscars-2010-hurt-locker-bigelow",
    "round37-t-lemonde-berlin-2024-dahomey-golden-bear",
    # Rounds 38-39 (session 10): 38 tuned on, 39 written at the start and unseen to the end.
    "round38-a-volkskrant-berlin-2007-tuyas-marriage",
    "round38-c-mt-ru-venice-2003-the-return",
    "round38-e-mt-turkish-berlin-2010-bal-honey",
    "round38-f-greekmt-cannes-2009-white-ribbon",
    "round38-f-star-tiff-2008-slumdog",
    "round38-g-idnes-mt-berlin-2004-head-on",
    "round38-g-latimes-oscars-1986-out-of-africa",
    "round39-a-afp-cannes-1988-pelle-the-conqueror",
    "round39-a-elcomercio-berlin-2009-milk-of-sorrow",
    "round39-b-bbc-oscars-2012-the-artist",
    "round39-d-globe-and-mail-tiff-2006-bella",
    "round39-e-mt-korean-golden-globes-2020-1917-parasite",
    "round39-e-variety-sundance-2005-forty-shades-of-blue",
    "round39-f-japanesemt-venice-1997-hana-bi",
    "round39-g-echchaab-mt-cannes-1975-chronicle-of-the-years-of-fire",
    "round39-g-nytimes-oscars-1988-the-last-emperor",
    "round39-h-deadline-globes-2023-fabelmans",
    # Rounds 40-41 (session 11): 40 tuned on, 41 written at the start and unseen to the end.
    "round40-b-corriere-berlin-2012-taviani-orso",
    "round40-c-liberation-cannes-2008-entre-les-murs",
    "round40-d-lemonde-mt-berlin-2023-adamant",
    "round40-d-washpost-cannes-2012-amour-palme",
    "round40-e-navbharattimes-cannes-2015-dheepan",
    "round40-f-asahi-cannes-2021-titane",
    "round40-g-matichon-cannes-2010-uncle-boonmee",
    "round40-g-spiegel-oscars-2005-million-dollar-baby",
    "round40-h-telegraph-oscars-2011-kings-speech",
    "round40-h-vnexpress-cannes-2019-parasite",
    "round41-c-folha-golden-globes-2011-social-network",
    "round41-c-usatoday-venice-2008-the-wrestler",
    "round41-d-mt-norwegian-venice-2014-andersson-golden-lion",
    "round41-d-sltrib-sundance-2015-me-and-earl",
    "round41-e-eluniversal-venecia-2018-roma",
    "round41-g-oslobodjenje-berlin-2006-grbavica",
    "round41-h-ansa-oscars-2026-nominations",
    "round41-h-slate-oscars-2017-moonlight-envelope",
    # Rounds 42-43 (session 12): 42 tuned on, 43 written at the start and unseen to the end.
    "round42-b-repubblica-venice-1980-lion-divided",
    "round42-c-tass-cannes-1970-mash",
    "round42-e-ahram-cannes-2020-official-selection-label",
    "round42-f-newyorske-listy-oscars-1976-forman-cuckoo",
    "round42-g-hs-berlin-1984-love-streams",
    "round42-h-yomiuri-golden-globes-1999-private-ryan",
    "round43-a-figaro-venice-1983-prenom-carmen",
    "round43-a-nyt-oscars-1983-gandhi",
    "round43-b-nrc-berlin-2001-intimacy-golden-bear",
    "round43-b-variety-sundance-2002-personal-velocity",
    "round43-d-ansa-cannes-1960-dolce-vita",
    "round43-d-hurriyet-oscars-1980-kramer",
    "round43-e-ro-golden-globes-2005-aviator-sideways",
    "round43-f-paris-match-cannes-1966-lelouch-germi",
    "round43-g-estadao-cannes-1962-o-pagador-de-promessas",
    "round43-g-tagesspiegel-berlin-2027-jury-hamaguchi",
    "round43-h-chosun-tiff-2025-hamnet",
    "round43-h-variety-oscars-1974-the-sting",
    # Rounds 44-45 (session 13): 44 tuned on, 45 written at the start and unseen to the end.
    "round44-a-elpais-cannes-1961-viridiana",
    "round44-a-latimes-oscars-1979-deer-hunter",
    "round44-c-zeit-berlin-1982-veronika-voss",
    "round44-d-lastampa-cannes-1963-gattopardo-palma",
    "round44-d-wyborcza-golden-globes-1997-english-patient",
    "round44-e-lemonde-cannes-1968-interrupted",
    "round44-e-messaggero-oscars-1973-padrino-cabaret",
    "round44-f-izvestia-venice-1962-ivans-childhood",
    "round44-g-nepszabadsag-cannes-1971-go-between",
    "round44-h-ebert-sundance-1996-dollhouse",
    "round44-h-vnexpress-oscars-1975-bo-gia-2",
    "round45-a-elmoudjahid-venice-1966-battle-of-algiers",
    "round45-a-ew-golden-globes-2000-american-beauty",
    "round45-b-lemonde-oscars-1972-french-connection",
    "round45-c-lajornada-sundance-1998-slam",
    "round45-c-observer-cannes-1969-if",
    "round45-d-cahiers-venice-1961-marienbad",
    "round45-d-lesoir-tiff-2004-hotel-rwanda",
    "round45-e-publico-berlim-1981-deprisa-deprisa",
    "round45-f-asahi-oscars-1981-ordinary-people",
    "round45-g-clarin-venice-1967-belle-de-jour",
    "round45-h-mainichi-tiff-2003-zatoichi",
    "round45-h-svd-berlin-1980-guldbjornen-delad",
    # Rounds 46-47 (session 14).
    "round46-a-hurriyet-mt-cannes-2016-loach-palme",
    "round46-b-chosun-golden-globes-2016-revenant-martian",
    "round46-c-globe-and-mail-tiff-2019-jojo-rabbit",
    "round46-c-unita-venice-1954-giulietta-romeo",
    "round46-d-infobae-cannes-2023-bong-mickey-17-trailer",
    "round46-e-eluniversal-oscars-2017-moonlight",
    "round46-e-pravda-cannes-1958-cranes-are-flying",
    "round46-f-repubblica-berlin-2016-fuocoammare",
    "round46-g-guardian-obituary-wajda-2016",
    "round46-g-kathimerini-golden-globes-2024-oppenheimer",
    "round46-h-dainik-bhaskar-tiff-2023-american-fiction",
    "round46-h-sueddeutsche-oscars-2024-oppenheimer",
    "round47-a-deadline-box-office-2023-titanic-rerelease-negative",
    "round47-a-lavanguardia-mt-venice-2018-roma-lion",
    "round47-b-sina-sundance-2019-clemency-one-child-nation",
    "round47-b-variety-cannes-1955-marty-golden-palm",
    "round47-c-faz-berlin-1957-zwoelf-geschworenen",
    "round47-c-yonhap-oscars-2020-parasite",
    "round47-d-folha-golden-globes-2020-1917",
    "round47-e-cbc-tiff-2018-green-book",
    "round47-e-liberation-venice-2021-levenement",
    "round47-f-aljazeera-oscars-2022-coda-slap",
    "round47-h-el-pais-venice-2024-almodovar",
    "round47-h-le-monde-afrique-berlin-2024-dahomey",
}


def _is_later_round(name: str) -> bool:
    found = re.match(r"round(\d+)-", name)
    return found is not None and int(found.group(1)) >= 3


@pytest.mark.parametrize("name", _corpus_names())
def test_corpus_article(name: str, corpus_gazetteer: Gazetteer, project_gazetteer: Gazetteer) -> None:
    title, _, body = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8").partition("\n")
    meta = ARTICLES / f"{name}.meta"
    published = None
    if meta.is_file():
        found = re.search(r"published:\s*(\d{4}-\d{2}-\d{2})", meta.read_text(encoding="utf-8"))
        published = date.fromisoformat(found.group(1)) if found else None
    expected = json.loads((ARTICLES / f"{name}.json").read_text(encoding="utf-8"))
    gazetteer = project_gazetteer if _is_later_round(name) else corpus_gazetteer
    got = extract(body, title=title.strip(), published=published, gazetteer=gazetteer).to_json()

    def winners(items: list[dict[str, object]]) -> set[tuple[object, ...]]:
        return {(w["festival"], w["award"], w["year"], _normalise(str(w["film"]))) for w in items}

    def quotes(items: list[dict[str, object]]) -> set[tuple[object, ...]]:
        # Commas are not compared, as in bench/extract_eval.py: labellers differ on the one at
        # the join of an interrupted quote.
        return {(q["speaker"], _normalise(str(q["text"]).replace(",", ""))) for q in items}

    if name.startswith("holdout-"):
        return  # never tuned for: measured by bench/extract_eval.py, not pinned here
    if _is_later_round(name):
        proposed, wanted = winners(got["winners"]), winners(expected["winners"])
        assert proposed - wanted <= LATER_ROUND_KNOWN_EXTRAS.get(name, set())
        assert len(proposed & wanted) >= LATER_ROUND_WINNERS_FOUND.get(name, len(wanted))
        if name not in LATER_ROUND_QUOTE_GAPS:
            assert quotes(got["quotes"]) == quotes(expected["quotes"])
        return
    if name in KNOWN_WINNER_GAPS:
        assert winners(got["winners"]) - winners(expected["winners"]) <= _known_extras(name)
        assert quotes(got["quotes"]) == quotes(expected["quotes"])
        return
    assert winners(got["winners"]) == winners(expected["winners"])
    assert quotes(got["quotes"]) == quotes(expected["quotes"])
    # Directors are checked where the expected output names them.
    expected_directors = {
        (w["award"], _normalise(str(w["film"]))): w["directors"]
        for w in expected["winners"]
        if w["directors"]
    }
    for winner in got["winners"]:
        key = (winner["award"], _normalise(str(winner["film"])))
        if key in expected_directors:
            assert winner["directors"] == expected_directors[key], key


def _known_extras(name: str) -> set[tuple[object, ...]]:
    return set()  # none left ("Best Actor for Cillian Murphy" is read right since round 16)


# --- matching details ------------------------------------------------------------------------------


def test_fold_keeps_offsets_and_folds_accents_and_apostrophes() -> None:
    text = "Palme d’Or — Pérez İstanbul"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded.startswith("palme d'or")
    assert "perez" in folded


@pytest.mark.parametrize(
    "text",
    [
        "Anora won the Palme d'Orthe highest prize of the Cannes Film Festivalin its 2024 edition.",
        "Anora won the PALME D’OR at Cannes 2024.",
        "Anora won the Palma de Oro at the Festival de Cannes 2024.",
        "Anora wonthe Palme d'Or at Cannes 2024.",
    ],
)
def test_award_matching_tolerates_glue_case_accents_and_aliases(text: str, gazetteer: Gazetteer) -> None:
    result = extract(text, gazetteer=gazetteer)
    assert [(w.festival, w.award, w.year, w.film) for w in result.winners] == [
        ("Cannes", "Palme d'Or", 2024, "Anora")
    ]


def test_generic_award_name_takes_the_festival_of_its_context(gazetteer: Gazetteer) -> None:
    cannes = extract("At Cannes 2024, Miguel Gomes won Best Director for Grand Tour.", gazetteer=gazetteer)
    oscars = extract(
        "At the 2024 Oscars, Christopher Nolan won Best Director for Oppenheimer.", gazetteer=gazetteer
    )
    assert [(w.festival, w.film, w.directors) for w in cannes.winners] == [
        ("Cannes", "Grand Tour", ("Miguel Gomes",))
    ]
    assert [(w.festival, w.film) for w in oscars.winners] == [("Oscars", "Oppenheimer")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Anora is nominated for Best Picture at the 2025 Oscars.",
        "Anora is in competition for the Palme d'Or at Cannes 2024.",
        "Anora is the frontrunner for the Palme d'Or at Cannes 2024.",
        "Anora could win the Palme d'Or at Cannes 2024.",
        "Anora is vying for the Golden Lion at Venice 2024.",
        "Baker is the first American to win the Palme d'Or at Cannes 2024.",
        "Anora, which won the Palme d'Or at Cannes, grossed $2 million in 2024.",
    ],
)
def test_nominees_contenders_and_background_are_not_winners(sentence: str, gazetteer: Gazetteer) -> None:
    assert extract(sentence, published=date(2024, 6, 1), gazetteer=gazetteer).winners == ()


def test_past_win_with_its_own_year_is_not_this_years_news(gazetteer: Gazetteer) -> None:
    text = "Anora won the Palme d'Or at Cannes 2024. Bong Joon Ho won the Palme d'Or in 2019 with Parasite."
    result = extract(text, published=date(2024, 5, 26), gazetteer=gazetteer)
    assert [w.film for w in result.winners] == ["Anora"]


def test_box_office_title_proposes_no_winners(gazetteer: Gazetteer) -> None:
    text = "Anora won the Palme d'Or at Cannes 2024 and has grossed $5 million."
    assert extract(text, title="Box office: Anora expands", gazetteer=gazetteer).winners == ()


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        # The body's sentence is too oblique for the sentence rules; the headline states the win.
        (
            "Surprise Chinese entry 'Still Life' takes Golden Lion at Venice",
            "A Chinese film that was not on the program won the Golden Lion of the 63rd Venice "
            'Film Festival on Saturday, as the jury handed its top prize to Jia Zhangke\'s "Still Life."',
            [("Venice", "Golden Lion", 2006, "Still Life", ("Jia Zhangke",))],
        ),
        # A nickname ("Venice Lion") and a short title the body gives in full.
        (
            "'Qiu Ju' nabs Venice Lion",
            'Zhang Yimou\'s "The Story of Qiu Ju," a wry tale that climbs the bureaucracy after the '
            "village chief kicks her husband, ended the 49th Venice Film Festival on a high note.",
            [("Venice", "Golden Lion", 1992, "The Story of Qiu Ju", ("Zhang Yimou",))],
        ),
        # "<award> for <title>" and a tie of two quoted titles.
        (
            'Golden Bear for Irish drama "In the Name of the Father"',
            "The international jury of the 44th Berlinale decided on Monday evening.",
            [("Berlin", "Golden Bear", 1994, "In the Name of the Father", ())],
        ),
        (
            'Iran\'s "Taste of Cherry" and Japan\'s "The Eel" share Cannes Palme d\'Or',
            "The jury of the 50th Cannes Film Festival could not choose between two films.",
            [
                ("Cannes", "Palme d'Or", 1997, "Taste of Cherry", ()),
                ("Cannes", "Palme d'Or", 1997, "The Eel", ()),
            ],
        ),
    ],
)
def test_headline_states_the_win_the_body_tells_obliquely(
    headline: str, body: str, expected: list[tuple[object, ...]], project_gazetteer: Gazetteer
) -> None:
    result = extract(body, title=headline, gazetteer=project_gazetteer)
    assert [(w.festival, w.award, w.year, w.film, w.directors) for w in result.winners] == expected


@pytest.mark.parametrize(
    "headline",
    [
        "Box Office: 'Conclave' Holds Strong as 'Anora' Expands After Palme d'Or Win",
        "Who will win the Golden Lion? 'Maestro' leads our Venice predictions",
        "'Forrest Gump' leads Oscar race as 'Pulp Fiction' gets best picture nomination",
        "Kurosawa's 'Kagemusha' returns to cinemas after its Palme d'Or",
        "Palme d'Or winner 'Anora' opens in 40 cinemas",
    ],
)
def test_headline_without_a_win_proposes_nothing(headline: str, project_gazetteer: Gazetteer) -> None:
    body = "The 77th Cannes Film Festival ran in May, and the Venice jury met in September 2023."
    assert (
        extract(body, title=headline, published=date(2024, 6, 1), gazetteer=project_gazetteer).winners == ()
    )


def test_headline_win_gives_way_to_the_bodys_winner_of_that_award(gazetteer: Gazetteer) -> None:
    body = "Sean Baker's Anora won the Palme d'Or at the 77th Cannes Film Festival on Saturday."
    result = extract(body, title="'Baker' takes Palme d'Or", gazetteer=gazetteer)
    assert [w.film for w in result.winners] == ["Anora"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The jury handed the festival's top prize to Jia Zhangke's \"Still Life\" at the 63rd Venice "
            "Film Festival on Saturday.",
            [("Venice", "Golden Lion", 2006, "Still Life")],
        ),
        (
            '"The Story of Qiu Ju" won the highest honour of the 49th Venice Film Festival.',
            [("Venice", "Golden Lion", 1992, "The Story of Qiu Ju")],
        ),
    ],
)
def test_a_top_award_named_by_its_rank(
    sentence: str, expected: list[tuple[object, ...]], project_gazetteer: Gazetteer
) -> None:
    result = extract(sentence, gazetteer=project_gazetteer)
    assert [(w.festival, w.award, w.year, w.film) for w in result.winners] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # Another section's or rank's prize.
        '"The Look of Silence" won the documentary competition\'s top prize at the 71st Venice Film Festival.',
        '"The Look of Silence" took the second-highest prize of the 71st Venice Film Festival.',
        '"Eastern Boys" won the top prize in the Orizzonti section of the 70th Venice Film Festival.',
        # The top award already told: the rank refers back to it, here to its history.
        "Titane won the Palme d'Or at the 74th Cannes Film Festival, making Julia Ducournau the "
        "second woman to win the top prize, after Jane Campion shared it in 1993 for The Piano.",
    ],
)
def test_a_rank_that_is_not_this_top_award_proposes_nothing_new(
    sentence: str, project_gazetteer: Gazetteer
) -> None:
    films = [w.film for w in extract(sentence, gazetteer=project_gazetteer).winners]
    assert films in ([], ["Titane"])


def test_edition_number_maps_to_a_year(gazetteer: Gazetteer) -> None:
    result = extract("Poor Things won the Golden Lion at the 80th Venice Film Festival.", gazetteer=gazetteer)
    assert [(w.year, w.film) for w in result.winners] == [(2023, "Poor Things")]


# --- quotes ------------------------------------------------------------------------------------------


LONG = "We made this film with very little money and a lot of love"


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        ([f"“{LONG},” said Sean Baker."], "Sean Baker"),
        ([f'"{LONG}," Sean Baker said.'], "Sean Baker"),
        ([f"Sean Baker told Variety: «{LONG}.»"], "Sean Baker"),
        ([f"Director Sean Baker was on stage. „{LONG}“, he said."], "Sean Baker"),
        (["Sean Baker spoke after the ceremony.", f"Baker stated: “{LONG}.”"], "Sean Baker"),
        (["Sean Baker accepted the prize, saying:", f"“{LONG}.”"], "Sean Baker"),
    ],
)
def test_quote_attribution_forms(paragraphs: list[str], speaker: str, gazetteer: Gazetteer) -> None:
    result = extract("\n\n".join(paragraphs), gazetteer=gazetteer)
    assert [(q.speaker, q.text.rstrip(".,")) for q in result.quotes] == [(speaker, LONG)]


@pytest.mark.parametrize(
    ("text", "speaker", "expected"),
    [
        # Cut mid-sentence by the attribution: one quote, the parts joined with a space.
        (
            "Director Pedro Almodóvar spoke last. “We made this film with very little money,” he said, "
            "“and a lot of love from everyone.”",
            "Pedro Almodóvar",
            ["We made this film with very little money, and a lot of love from everyone."],
        ),
        (
            'Juliette Binoche led the jury. "Art provokes, questions and shifts things," the French actress '
            'told reporters, "and that is what all these films do."',
            "Juliette Binoche",
            ["Art provokes, questions and shifts things, and that is what all these films do."],
        ),
        # A new sentence after the attribution is a second statement.
        (
            f"“{LONG},” Sean Baker said. “And we would do it all again tomorrow.”",
            "Sean Baker",
            [LONG, "And we would do it all again tomorrow."],
        ),
        # A lower-case quotation explicitly introduced by its attribution is a statement.
        (
            f"Mati Diop spoke to us. According to Diop, “{LONG.lower()}.”",
            "Mati Diop",
            [f"{LONG.lower()}."],
        ),
        (f"The president of the jury, Damien Chazelle, explained: «{LONG}»", "Damien Chazelle", [LONG]),
        (
            f"Jonathan Glazer was asked about it. He put it like this: “{LONG}.”",
            "Jonathan Glazer",
            [f"{LONG}."],
        ),
        (
            f"“{LONG},” said Neon's head of distribution Elissa Federoff in a statement.",
            "Elissa Federoff",
            [LONG],
        ),
    ],
)
def test_split_introduced_and_appositive_quotes(
    text: str, speaker: str, expected: list[str], gazetteer: Gazetteer
) -> None:
    result = extract(text, gazetteer=gazetteer)
    assert [(q.speaker, q.text) for q in result.quotes] == [(speaker, quote) for quote in expected]


def test_lower_case_quotation_without_an_introduction_stays_a_fragment(gazetteer: Gazetteer) -> None:
    text = f"Sean Baker said the film was “{LONG.lower()}” and left the stage."
    assert extract(text, gazetteer=gazetteer).quotes == ()


@pytest.mark.parametrize(
    "text",
    [
        "Rewatching The Zone of Interest\n\nThe Zone of Interest won the Grand Prix at Cannes 2023.",
        "Jonathan Glazer's film is back\n\nIt is streaming almost a year after it won the Grand Prix at "
        "Cannes 2023.",
    ],
)
def test_reviews_and_after_it_won_are_not_news(text: str, gazetteer: Gazetteer) -> None:
    title, _, body = text.partition("\n\n")
    assert extract(body, title=title, published=date(2024, 3, 1), gazetteer=gazetteer).winners == ()


def test_quote_only_paragraphs_continue_the_previous_speaker(gazetteer: Gazetteer) -> None:
    text = f"Greta Gerwig said:\n\n“{LONG}.”\n\n“{LONG} again.”"
    result = extract(text, gazetteer=gazetteer)
    assert [q.speaker for q in result.quotes] == ["Greta Gerwig", "Greta Gerwig"]


@pytest.mark.parametrize(
    "text",
    [
        "Sean Baker called it “a beautiful surprise”.",  # short: a title or a scare quote
        f"The film is “{LONG.lower()}”, Sean Baker said.",  # lower-case start: a woven-in fragment
        f"“{LONG}.”",  # nobody named
        f"“{LONG},” said Neon Pictures.",  # a company is not a speaker
        f"“{LONG},” said Baker.",  # a surname never given in full
    ],
)
def test_quotes_that_are_not_proposed(text: str, gazetteer: Gazetteer) -> None:
    assert extract(text, gazetteer=gazetteer).quotes == ()


# --- robustness --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n  ",
        "\x00\x01\x02\ufffd" * 100,
        bytes(range(256)).decode("latin-1") * 50,
        "“" * 5000,
        '"' * 5001,
        "Palme d'Or " * 5000,
        ("Anora won the Palme d'Or at Cannes 2024. “" + "word " * 40) * 500,
        "A" * (MAX_TEXT_CHARS * 2),
    ],
)
def test_edge_inputs_never_raise(text: str, gazetteer: Gazetteer) -> None:
    result = extract(text, title=text[:200], published=date(2024, 1, 1), gazetteer=gazetteer)
    assert isinstance(result, Extraction)


def test_empty_gazetteer_still_finds_quotes() -> None:
    result = extract(f"“{LONG},” said Sean Baker.", gazetteer=Gazetteer(festivals=()))
    assert result.winners == () and len(result.quotes) == 1


# --- CSV loading -----------------------------------------------------------------------------------


def test_from_csv_reads_aliases_and_top_flag(tmp_path: Path) -> None:
    (tmp_path / "festivals.csv").write_text(
        "key,name,short_name,kind,aliases,source\n"
        "berlin,Berlin International Film Festival,Berlin,festival,Berlinale|Berlin Film Festival,test\n",
        encoding="utf-8",
    )
    (tmp_path / "awards.csv").write_text(
        "festival,key,name,is_top,aliases,source\nberlin,golden-bear,Golden Bear,1,Goldener Bär|Ours d'or,test\n",
        encoding="utf-8",
    )
    loaded = Gazetteer.from_csv(tmp_path / "festivals.csv", tmp_path / "awards.csv")
    assert loaded.festivals[0].aliases == ("Berlinale", "Berlin Film Festival")
    assert loaded.festivals[0].awards == (
        AwardName("golden-bear", "Golden Bear", ("Goldener Bär", "Ours d'or"), True),
    )
    result = extract("Dahomey won the Goldener Bär at the Berlinale 2024.", gazetteer=loaded)
    assert [(w.festival, w.award, w.film) for w in result.winners] == [("Berlin", "Golden Bear", "Dahomey")]
    assert load_default_gazetteer(tmp_path).festivals == loaded.festivals


def test_generic_award_of_another_festival_is_not_credited_to_it(gazetteer: Gazetteer) -> None:
    # The small gazetteer knows "Grand Prix" only at Cannes; here the context is Venice.
    text = "Poor Things won the Golden Lion at Venice 2023. The Grand Prix went to Evil Does Not Exist."
    result = extract(text, gazetteer=gazetteer)
    assert [(w.festival, w.award, w.film) for w in result.winners] == [
        ("Venice", "Golden Lion", "Poor Things")
    ]


# --- round 4 patterns: palmarès lines, enumerations, references to the film -----------------------

PALMARES = (
    "Jafar Panahi's It Was Just An Accident won the Palme d'Or at the Cannes Film Festival 2025, the "
    "jury said on Saturday evening after a long deliberation that lasted for many hours.\n\n"
    "Here is the full list of winners:\n"
    "Palme d'Or: It Was Just An Accident (Jafar Panahi)\n"
    "Grand Prix (ex-aequo): Sirât (Oliver Laxe) and Sound Of Falling (Mascha Schilinski)\n"
    "Best Director: Kleber Mendonça Filho, The Secret Agent\n"
    "Short Film Palme d'Or: I'm Glad You're Dead Now (Tawfeek Barhom)\n"
)


def test_palmares_lines_split_director_parentheses_ties_and_person_first(gazetteer: Gazetteer) -> None:
    result = extract(PALMARES, title="Cannes 2025 winners", gazetteer=gazetteer)
    assert {(w.award, w.film, w.directors) for w in result.winners} == {
        ("Palme d'Or", "It Was Just An Accident", ("Jafar Panahi",)),
        ("Grand Prix", "Sirât", ("Oliver Laxe",)),
        ("Grand Prix", "Sound Of Falling", ("Mascha Schilinski",)),
        ("Best Director", "The Secret Agent", ("Kleber Mendonça Filho",)),
    }


def test_palmares_line_person_for_film(gazetteer: Gazetteer) -> None:
    text = (
        "The winners of the Cannes Film Festival 2024 were announced on Saturday night in a long "
        "ceremony at the Palais.\n\nBest Director: Miguel Gomes for Grand Tour\n"
    )
    result = extract(text, gazetteer=gazetteer)
    assert [(w.award, w.film, w.directors) for w in result.winners] == [
        ("Best Director", "Grand Tour", ("Miguel Gomes",))
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Baker won three awards — best picture, best director and best editing.",
        "The film took home four Oscars, including best picture, best editing for Baker and best director.",
    ],
)
def test_enumerated_awards_go_to_the_subjects_film(sentence: str, gazetteer: Gazetteer) -> None:
    text = f'"Anora," directed by Sean Baker, won best picture at the Oscars 2025 on Sunday. {sentence}'
    result = extract(text, gazetteer=gazetteer)
    assert {(w.award, w.film) for w in result.winners} == {
        ("Best Picture", "Anora"),
        ("Best Director", "Anora"),
    }


def test_enumeration_names_its_film_in_the_subject(gazetteer: Gazetteer) -> None:
    text = (
        'Christopher Nolan\'s "Oppenheimer" dominated the Oscars 2024 on Sunday night, taking home seven '
        "Oscars including best picture and best director for Nolan."
    )
    result = extract(text, gazetteer=gazetteer)
    assert {(w.award, w.film) for w in result.winners} == {
        ("Best Picture", "Oppenheimer"),
        ("Best Director", "Oppenheimer"),
    }


def test_the_film_refers_to_the_last_winning_film(gazetteer: Gazetteer) -> None:
    text = (
        '"CODA" won best picture at the Oscars 2022 on Sunday. Troy Kotsur stars in "CODA" as the father. '
        "Sian Heder, who directed the film, also won best director."
    )
    result = extract(text, gazetteer=gazetteer)
    assert ("Best Director", "CODA") in {(w.award, w.film) for w in result.winners}


def test_someone_only_mentioned_beside_a_winning_film_does_not_inherit_it(gazetteer: Gazetteer) -> None:
    text = (
        '"CODA" won best picture at the Oscars 2022, a night overshadowed by Will Smith. '
        "Smith won best director on the same night."
    )
    result = extract(text, gazetteer=gazetteer)
    assert [(w.award, w.film) for w in result.winners] == [("Best Picture", "CODA")]


def test_for_his_role_in_film(gazetteer: Gazetteer) -> None:
    text = (
        "At the Cannes Film Festival 2023, Wim Wenders won best director for his work as the "
        "writer of a quiet story in Perfect Days."
    )
    assert extract(text, gazetteer=gazetteer).winners == ()
    text = (
        "At the Oscars 2022, Denzel Washington won best director for his role as the father of Venus and "
        'Serena Williams in "King Richard."'
    )
    assert [(w.award, w.film) for w in extract(text, gazetteer=gazetteer).winners] == [
        ("Best Director", "King Richard")
    ]


def test_and_before_a_quoted_title_starts_a_new_subject(gazetteer: Gazetteer) -> None:
    text = '"Encanto" was named best director at the Oscars 2022 and "Summer of Soul" won best picture.'
    result = extract(text, gazetteer=gazetteer)
    assert ("Best Picture", "Summer of Soul") in {(w.award, w.film) for w in result.winners}
    assert ("Best Picture", "Encanto") not in {(w.award, w.film) for w in result.winners}


# --- round 5 patterns: paraphrased award names, object shapes, years, quotes -----------------------


def test_award_name_variants_cover_paraphrase_and_translation() -> None:
    assert "prize of the jury" in alias_variants("Jury Prize")
    assert "grand prize of the jury" in alias_variants("Grand Jury Prize")
    assert "special prize of the jury" in alias_variants("Special Jury Prize")
    assert "volpi cup of the best actress" in alias_variants("Volpi Cup for Best Actress")
    assert "silver bear to the best leading interpretation" in alias_variants(
        "Silver Bear for Best Leading Performance"
    )
    assert {"award to the best actress", "screenplay award", "supporting actress category"} <= (
        alias_variants("Best Actress")
        | alias_variants("Best Screenplay")
        | alias_variants("Best Supporting Actress")
    )
    # A metal before its trophy also reads in the Romance order ("Leone d'oro" -> "Lion of
    # Gold"); a name without "best" or a metal gets no variant.
    assert alias_variants("Golden Lion") == {"golden lion", "lion of gold", "gold lion", "lion gold"}
    assert alias_variants("Palme d'Or") == {"palme d'or"}


@pytest.mark.parametrize(
    ("sentence", "award", "film"),
    [
        ("The Grand Prize of the jury went to The Hand of God of Paolo Sorrentino, a very personal film.",
         "Grand Jury Prize", "The Hand of God"),
        ("Penélope Cruz obtained the Coppa Volpi of the best actress for her role in Parallel Mothers.",
         "Volpi Cup for Best Actress", "Parallel Mothers"),
        ("The Special prize of the jury went to No Bears of the Iranian Jafar Panahi.",
         "Special Jury Prize", "No Bears"),
        ("The Silver Lion for the best direction was conferred to Luca Guadagnino for Bones and All.",
         "Silver Lion for Best Director", "Bones and All"),
        ("The Leone d'oro of the 79th Mostra of Venice went to All the Beauty and the Bloodshed.",
         "Golden Lion", "All the Beauty and the Bloodshed"),
    ],
)  # fmt: skip
def test_translated_award_names_and_object_shapes(
    project_gazetteer: Gazetteer, sentence: str, award: str, film: str
) -> None:
    result = extract(sentence, title="Venice 2022 winners", gazetteer=project_gazetteer)
    assert [(w.award, w.film) for w in result.winners] == [(award, film)]


def test_the_film_after_a_description_is_the_winner(project_gazetteer: Gazetteer) -> None:
    text = "At Cannes 2023, Tran Anh Hung picked up the best director prize for the culinary romance The Taste of Things."
    result = extract(text, gazetteer=project_gazetteer)
    assert [(w.award, w.film) for w in result.winners] == [("Best Director", "The Taste of Things")]


def test_a_director_aside_with_a_past_win_does_not_cancel_the_award(project_gazetteer: Gazetteer) -> None:
    text = (
        "The Cannes 2023 jury, presided over by Ruben Östlund, who won the Palme d'Or last year, "
        "awarded the Grand Prix to Jonathan Glazer's Holocaust drama The Zone of Interest."
    )
    result = extract(text, gazetteer=project_gazetteer)
    assert [(w.award, w.film, w.directors) for w in result.winners] == [
        ("Grand Prix", "The Zone of Interest", ("Jonathan Glazer",))
    ]


def test_a_year_of_another_prize_later_in_the_sentence_keeps_the_win(project_gazetteer: Gazetteer) -> None:
    text = (
        "Cate Blanchett won the Volpi Cup for best actress for Tár, her second Volpi after "
        "I'm Not There in 2007, and Colin Farrell won best actor for The Banshees of Inisherin."
    )
    result = extract(text, title="Venice 2022 winners", gazetteer=project_gazetteer)
    assert {(w.award, w.year, w.film) for w in result.winners} == {
        ("Volpi Cup for Best Actress", 2022, "Tár"),
        ("Volpi Cup for Best Actor", 2022, "The Banshees of Inisherin"),
    }
    background = "Loach had collected the jury prize three times, for Hidden Agenda in 1990 and Raining Stones in 1993."
    assert extract(background, title="Cannes 2024", gazetteer=project_gazetteer).winners == ()


def test_a_date_with_may_is_not_a_modal(project_gazetteer: Gazetteer) -> None:
    text = 'CANNES, France, May 28 (Reuters) - Ruben Ostlund won the Palme d\'Or for "Triangle of Sadness".'
    result = extract(text, published=date(2022, 5, 28), gazetteer=project_gazetteer)
    assert [w.film for w in result.winners] == ["Triangle of Sadness"]


def test_titles_with_a_lower_case_end_or_an_apostrophe_year(project_gazetteer: Gazetteer) -> None:
    text = "Justine Triet was crowned with the Palme d'or of the 76th Festival of Cannes for Anatomy of a fall, a drama."
    result = extract(text, published=date(2023, 5, 28), gazetteer=project_gazetteer)
    assert [w.film for w in result.winners] == ["Anatomy of a fall"]
    text = "At the Berlinale 2025, Radu Jude won the Silver Bear for best screenplay for Kontinental '25."
    assert [w.film for w in extract(text, gazetteer=project_gazetteer).winners] == ["Kontinental '25"]


def test_two_first_names_sharing_a_surname_are_not_a_film(project_gazetteer: Gazetteer) -> None:
    text = (
        "At Venice 2024, Vincent Lindon won the Volpi Cup for best actor for Delphine and "
        "Muriel Coulin's The Quiet Son."
    )
    films = [w.film for w in extract(text, gazetteer=project_gazetteer).winners]
    assert "Delphine" not in films


def test_inverted_attribution_with_role_and_nationality(project_gazetteer: Gazetteer) -> None:
    text = (
        "The French director Audrey Diwan received the Golden Lion for Happening, adaptation of the novel of Annie Ernaux.\n\n"
        "«I did this film with anger, with doubt, with desire», declared the director in receiving her prize.\n\n"
        '"We have seen films of a great variety, and the choices were not easy", had declared the president '
        "of the jury, the South Korean Bong Joon-ho."
    )
    quotes = extract(text, title="Venice 2021", gazetteer=project_gazetteer).quotes
    assert [q.speaker for q in quotes] == ["Audrey Diwan", "Bong Joon-ho"]


def test_award_as_subject_of_a_win_verb(project_gazetteer: Gazetteer) -> None:
    # Machine translation keeps German word order: the award is the subject, the winner the object.
    text = (
        'The Silver Bear Grand Jury Prize received the French director François Ozon for "By the Grace of God". '
        'The Silver Bear for the best screenplay won the Italian "Piranhas" by Claudio Giovannesi.'
    )
    result = extract(text, title="Berlinale 2019", gazetteer=project_gazetteer)
    assert [(w.award, w.film) for w in result.winners] == [
        ("Silver Bear Grand Jury Prize", "By the Grace of God"),
        ("Silver Bear for Best Screenplay", "Piranhas"),
    ]


def test_award_as_subject_won_by_is_not_read_as_an_object(project_gazetteer: Gazetteer) -> None:
    # "won by" is no active "won" whose object is a film; the sentence still tells the win, and
    # the pairing rule reads it from the title after "by".
    text = "The Golden Bear won by Synonyms was a surprise."
    winners = extract(text, title="Berlinale 2019", gazetteer=project_gazetteer).winners
    assert [(w.award, w.film) for w in winners] == [("Golden Bear", "Synonyms")]
    text = "The Golden Bear won by the Israeli director was a surprise."
    assert extract(text, title="Berlinale 2019", gazetteer=project_gazetteer).winners == ()


def test_verbless_coordinated_win_shares_the_earlier_verb(project_gazetteer: Gazetteer) -> None:
    text = (
        "The jury handed the Grand Jury Prize to Yorgos Lanthimos' period romp The Favourite, and its "
        "star Olivia Colman the Volpi Cup for best actress."
    )
    result = extract(text, title="Venice 2018", gazetteer=project_gazetteer)
    assert {(w.award, w.film) for w in result.winners} == {
        ("Grand Jury Prize", "The Favourite"),
        ("Volpi Cup for Best Actress", "The Favourite"),
    }
    text = "10:05 PM: Soul wins best animated feature, and My Octopus Teacher best documentary feature."
    films = {w.award: w.film for w in extract(text, title="Oscars 2021", gazetteer=project_gazetteer).winners}
    assert films == {"Best Animated Feature": "Soul", "Best Documentary Feature": "My Octopus Teacher"}


def test_coordinated_clause_after_a_hope_is_not_a_win(project_gazetteer: Gazetteer) -> None:
    text = (
        "Critics say Soul could win best animated feature, and My Octopus Teacher best documentary feature."
    )
    assert extract(text, title="Oscars 2021", gazetteer=project_gazetteer).winners == ()


def test_live_blog_copula_and_time_stamped_list_line(project_gazetteer: Gazetteer) -> None:
    text = (
        "9:40 PM: Daniel Kaluuya is best supporting actor for Judas and the Black Messiah.\n\n"
        "11:33 PM: Best actor: Anthony Hopkins, The Father."
    )
    result = extract(text, title="Oscars 2021 live", gazetteer=project_gazetteer)
    assert {(w.award, w.film) for w in result.winners} == {
        ("Best Supporting Actor", "Judas and the Black Messiah"),
        ("Best Actor", "The Father"),
    }


def test_tie_coordination_keeps_every_quoted_film(project_gazetteer: Gazetteer) -> None:
    text = (
        'The Jury Prize was shared by "Les Miserables", Ladj Ly\'s portrait of police violence, and the '
        'Brazilian western "Bacurau" by Kleber Mendonca Filho.'
    )
    films = {w.film for w in extract(text, title="Cannes 2019", gazetteer=project_gazetteer).winners}
    assert films == {"Les Miserables", "Bacurau"}


def test_long_quoted_title_is_not_masked_as_a_statement(project_gazetteer: Gazetteer) -> None:
    text = 'The best screenplay award went to Celine Sciamma for "Portrait of a Lady on Fire".'
    films = [w.film for w in extract(text, title="Cannes 2019", gazetteer=project_gazetteer).winners]
    assert films == ["Portrait of a Lady on Fire"]


def test_festival_in_an_aside_does_not_claim_a_generic_award(project_gazetteer: Gazetteer) -> None:
    text = "Justine Triet's Anatomy of a Fall, the Palme d'Or winner from Cannes, won best screenplay."
    result = extract(text, title="Golden Globes 2024", gazetteer=project_gazetteer)
    assert all(w.award != "Best Screenplay" for w in result.winners)


def test_pronoun_antecedent_ignores_names_inside_the_quote(project_gazetteer: Gazetteer) -> None:
    text = 'Youn Yuh-jung wins best supporting actress for Minari. "Mr. Brad Pitt, finally, nice to meet you," she said.'
    quotes = extract(text, title="Oscars 2021", gazetteer=project_gazetteer).quotes
    assert [q.speaker for q in quotes] == ["Youn Yuh-jung"]


# --- round 7: what first sight of new styles missed ---------------------------------------------


def test_markdown_bulleted_palmares_with_country_notes(project_gazetteer: Gazetteer) -> None:
    text = (
        "The 74th Venice International Film Festival closed on Saturday.\n\n"
        "• **Golden Lion for Best Film** – The Shape of Water, Guillermo del Toro (USA)\n"
        "• **Silver Lion for Best Director** – Xavier Legrand, Jusqu'à la garde (Custody) (France)\n"
        "• **Best Screenplay** – Martin McDonagh, Three Billboards Outside Ebbing, Missouri (UK, USA)\n"
    )
    winners = extract(
        text, title="Venice 2017: the full list of winners", gazetteer=project_gazetteer
    ).winners
    assert [(w.award, w.film, w.directors) for w in winners] == [
        ("Golden Lion", "The Shape of Water", ("Guillermo del Toro",)),
        ("Silver Lion for Best Director", "Jusqu'à la garde", ("Xavier Legrand",)),
        ("Best Screenplay", "Three Billboards Outside Ebbing, Missouri", ()),  # a writer, not named director
    ]


def test_for_film_of_the_next_clause_is_not_this_awards_film(project_gazetteer: Gazetteer) -> None:
    text = "Spike Lee's BlacKkKlansman took the Grand Prix, and Pawlikowski was named best director for Cold War."
    winners = extract(text, title="Cannes 2018", gazetteer=project_gazetteer).winners
    assert ("Grand Prix", "BlacKkKlansman") in [(w.award, w.film) for w in winners]
    assert ("Grand Prix", "Cold War") not in [(w.award, w.film) for w in winners]


def test_sidebar_prize_and_unnamed_festivals_top_prize_are_not_proposed(project_gazetteer: Gazetteer) -> None:
    text = (
        'Lee Isaac Chung\'s "Minari" was the big winner at the Sundance Film Festival, picking up the '
        "U.S. Grand Jury Prize: Dramatic.\n\nIn the documentary competition, the U.S. Grand Jury Prize "
        'went to "Boys State," a portrait of a program for Texas teenagers, while "Crip Camp" won the '
        "documentary Audience Award."
    )
    winners = extract(text, title="Sundance 2020 Awards", gazetteer=project_gazetteer).winners
    assert [(w.festival, w.film) for w in winners] == [("Sundance", "Minari")]


def test_job_title_before_the_name_attributes_the_quote(project_gazetteer: Gazetteer) -> None:
    text = '"Every year people say the race is close and it never is," said awards strategist Tom O\'Neil.'
    quotes = extract(text, title="Oscar predictions", gazetteer=project_gazetteer).quotes
    assert [q.speaker for q in quotes] == ["Tom O'Neil"]


def test_a_bare_job_title_is_nobody(project_gazetteer: Gazetteer) -> None:
    text = 'Sean Baker won the Palme d\'Or. "Every year people say the race is close and it never is," a critic said.'
    quotes = extract(text, title="Cannes 2024", gazetteer=project_gazetteer).quotes
    assert quotes == ()


def test_pipe_table_rows_are_palmares_lines(project_gazetteer: Gazetteer) -> None:
    body = (
        "The 70th Cannes Film Festival handed out its awards on Sunday.\n\n"
        'Grand Prix | "120 BPM" | Robin Campillo (France)\n'
        'Best Screenplay (tie) | Yorgos Lanthimos, "The Killing of a Sacred Deer"; Lynne Ramsay, "You Were Never Really Here"\n'
    )
    got = extract(body, title="Cannes 2017 winners", gazetteer=project_gazetteer).to_json()["winners"]
    assert {(w["award"], w["film"]) for w in got} == {
        ("Grand Prix", "120 BPM"),
        ("Best Screenplay", "The Killing of a Sacred Deer"),
        ("Best Screenplay", "You Were Never Really Here"),
    }
    assert next(w for w in got if w["film"] == "120 BPM")["directors"] == ["Robin Campillo"]


def test_quoted_title_is_the_winner_not_its_description_or_cast(project_gazetteer: Gazetteer) -> None:
    body = (
        'Best documentary feature: "Free Solo," the climbing film by Jimmy Chin. '
        'Best animated feature: "Spider-Man: Into the Spider-Verse." In the end it was a long night.\n\n'
        'At Venice 2019 the Golden Lion was attributed to "Joker" of Todd Phillips, a film of studio, '
        "with Joaquin Phoenix in the title role."
    )
    got = extract(body, title="Oscars 2019 and Venice", gazetteer=project_gazetteer).to_json()["winners"]
    films = {w["film"] for w in got}
    assert {"Free Solo", "Spider-Man: Into the Spider-Verse", "Joker"} <= films
    assert "Joaquin Phoenix" not in films


# The sentence-level fallback: an award, one film title and some win evidence in one clause,
# where no win construction matched. One positive per family of win words the constructions
# above do not parse.
FALLBACK_TITLE = "Venice Film Festival 2023: the winners"


@pytest.mark.parametrize(
    ("sentence", "directors"),
    [
        ('The Golden Lion was for "Poor Things" of Yorgos Lanthimos.', ["Yorgos Lanthimos"]),  # "was for"
        (
            'The jury recompenses with the Golden Lion "Poor Things" of Yorgos Lanthimos.',
            ["Yorgos Lanthimos"],
        ),
        # "was honoured with" is a win construction now: its subject is the director.
        ('Yorgos Lanthimos was honoured with the Golden Lion for "Poor Things".', ["Yorgos Lanthimos"]),
        ('Emma Stone collected, on behalf of Yorgos Lanthimos, the Golden Lion for "Poor Things".', []),
        # "to" after an award, its verb in the clause before: a gapped give.
        (
            'The Silver Lion went to Matteo Garrone for "Io Capitano", and the Golden Lion finally '
            'to "Poor Things" by Yorgos Lanthimos.',
            ["Yorgos Lanthimos"],
        ),
    ],
)
def test_fallback_proposes_a_win_no_construction_parses(
    sentence: str, directors: list[str], project_gazetteer: Gazetteer
) -> None:
    got = extract(sentence, title=FALLBACK_TITLE, published=date(2023, 9, 9), gazetteer=project_gazetteer)
    golden = [w for w in got.to_json()["winners"] if w["award"] == "Golden Lion"]
    assert golden == [
        {
            "festival": "Venice",
            "award": "Golden Lion",
            "year": 2023,
            "film": "Poor Things",
            "directors": directors,
        }
    ]


def test_fallback_takes_the_film_after_a_person_and_for(project_gazetteer: Gazetteer) -> None:
    # "Peter Sarsgaard for Memory" is one title-case run; the person before "for" is split off.
    body = (
        "The Coppa Volpi for the best actress went to Cailee Spaeny for Priscilla of Sofia Coppola, "
        "and the Coppa Volpi for the best actor to Peter Sarsgaard for Memory of Michel Franco."
    )
    got = extract(body, title="Venice 2023: Io Capitano wins", gazetteer=project_gazetteer)
    assert ("Volpi Cup for Best Actor", "Memory") in {(w.award, w.film) for w in got.winners}


@pytest.mark.parametrize(
    "sentence",
    [
        'Yorgos Lanthimos, honoured to be nominated for the Golden Lion for "Poor Things", thanked Stone.',
        'The Golden Lion nominee "Poor Things" was honoured with a standing ovation.',
        'Critics predict that the Golden Lion goes to "Poor Things" by Yorgos Lanthimos.',  # prediction
        'Yorgos Lanthimos could win the Golden Lion for "Poor Things".',  # modal
        '"Poor Things" remains the favourite to win the Golden Lion.',
        'In 2019 the Golden Lion went to "Joker" by Todd Phillips.',  # a past edition
        'Five years ago the Golden Lion was for "Joker" of Todd Phillips.',
        'Phillips, who won the Golden Lion for "Joker", chairs the jury.',  # relative-clause background
        'The Golden Lion was for "Poor Things" or "Priscilla", the critics said.',  # two titles: no choice
    ],
)
def test_fallback_refuses_hopes_history_and_ambiguity(sentence: str, project_gazetteer: Gazetteer) -> None:
    got = extract(sentence, title=FALLBACK_TITLE, published=date(2023, 9, 9), gazetteer=project_gazetteer)
    assert got.winners == ()


def test_fallback_is_only_for_mentions_the_constructions_missed(project_gazetteer: Gazetteer) -> None:
    # The give construction decides the film; the fallback would have had no single title.
    body = 'The jury gave the Golden Lion to "Poor Things", not to "Priscilla", on Saturday.'
    got = extract(body, title=FALLBACK_TITLE, published=date(2023, 9, 9), gazetteer=project_gazetteer)
    assert [(w.award, w.film) for w in got.winners] == [("Golden Lion", "Poor Things")]


@pytest.mark.parametrize(
    "body",
    [
        "The Golden Lion was for For Sama.",
        "The Golden Lion went to for for for.",
        'The Golden Lion was for "".',
        "Golden Lion for " * 2000,
    ],
)
def test_fallback_never_fails_on_odd_input(
    body: str, project_gazetteer: Gazetteer, caplog: pytest.LogCaptureFixture
) -> None:
    extract(body, title=FALLBACK_TITLE, published=date(2023, 9, 9), gazetteer=project_gazetteer)
    assert not [r for r in caplog.records if r.levelname == "ERROR"]


ROUND9_TITLE = "Oscars 2014: the winners"


def test_a_leading_number_belongs_to_a_title(project_gazetteer: Gazetteer) -> None:
    body = "That's it! 12 Years a Slave won best picture at the 86th Academy Awards on Sunday."
    got = extract(body, title=ROUND9_TITLE, published=date(2014, 3, 3), gazetteer=project_gazetteer)
    assert [w.film for w in got.winners] == ["12 Years a Slave"]


def test_a_dateline_agency_is_never_a_film(project_gazetteer: Gazetteer) -> None:
    body = (
        "BERLIN, 14 Feb. (EFE) - The Iranian filmmaker Jafar Panahi won this Saturday the Golden Bear "
        'of the 65th Berlinale with "Taxi", a film shot inside a car.'
    )
    got = extract(body, title="Berlinale 2015", published=date(2015, 2, 14), gazetteer=project_gazetteer)
    assert [w.film for w in got.winners] == ["Taxi"]


def test_palmares_original_title_and_by_director_are_not_the_title(project_gazetteer: Gazetteer) -> None:
    body = (
        "The 67th Festival de Cannes closed on Saturday evening. The jury presided over by Jane Campion "
        "announced the following awards:\n\n"
        "PALME D'OR: Winter Sleep (Kış Uykusu), dir. Nuri Bilge Ceylan (Turkey)\n"
        "BEST ACTOR: Timothy Spall in Mr. Turner by Mike Leigh\n"
    )
    got = extract(
        body, title="Cannes 2014: the full palmarès", published=date(2014, 5, 24), gazetteer=project_gazetteer
    )
    assert [(w.award, w.film, w.directors) for w in got.winners] == [
        ("Palme d'Or", "Winter Sleep", ("Nuri Bilge Ceylan",)),
        ("Best Actor", "Mr. Turner", ("Mike Leigh",)),
    ]


# Quote attribution, round 9: general rules, each with a made-up article.


def _speakers(text: str, gazetteer: Gazetteer) -> dict[str, str]:
    """First words of each proposed quote -> its speaker."""
    return {" ".join(q.text.split()[:3]): q.speaker for q in extract(text, gazetteer=gazetteer).quotes}


def test_pronoun_resolves_to_subject_behind_job_title_not_last_name(gazetteer: Gazetteer) -> None:
    text = (
        "The jury prize went to Maria Lopez and Tom Reed. Reed thanked his crew.\n\n"
        'Jury member Paul Adams praised the winners. "These are films that refuse to look away '
        'from anyone," the actor said.'
    )
    assert _speakers(text, gazetteer) == {"These are films": "Paul Adams"}


def test_live_blog_stamp_does_not_hide_the_subject(gazetteer: Gazetteer) -> None:
    text = (
        "7.54pm PT — Original screenplay: John Hale for Tides.\n\n"
        '7.40pm PT — Nora Quist wins supporting actress and the room melts. "No matter where '
        'you are from, your dreams are valid," she says.'
    )
    assert _speakers(text, gazetteer) == {"No matter where": "Nora Quist"}


def test_pronoun_antecedent_stays_within_previous_paragraph(gazetteer: Gazetteer) -> None:
    text = (
        "Nora Quist opened the evening.\n\nThe lights went down.\n\nThe band played on.\n\n"
        'Later she said: "We will be back next year with a much bigger show."'
    )
    assert _speakers(text, gazetteer) == {}


def test_country_before_a_sentence_start_is_never_a_speaker(gazetteer: Gazetteer) -> None:
    text = (
        'Accepting the prize, Emre Kaya dedicated it to the young people of Turkey "and those '
        'who lost their lives during the past year." Later he told journalists: "It is a great '
        'surprise for me and a present for our cinema."'
    )
    assert _speakers(text, gazetteer) == {"It is a": "Emre Kaya"}


def test_pronoun_clause_ending_in_colon_introduces_the_quote(gazetteer: Gazetteer) -> None:
    text = (
        "Best actress: Ada Moss, Silent Harbour. No surprise there. She calls out the industry "
        'from the podium: "Films with women at the centre are not niche, they earn money."'
    )
    assert _speakers(text, gazetteer) == {"Films with women": "Ada Moss"}


def test_young_woman_is_the_last_named_woman(gazetteer: Gazetteer) -> None:
    text = (
        "The director Omid Karimi won the top prize for his film.\n\n"
        "The prize was collected by his niece Sara Karimi, who appears in the film. "
        '"My uncle cannot be here because he is not allowed, but he is with you", declared the '
        "young woman."
    )
    assert _speakers(text, gazetteer) == {"My uncle cannot": "Sara Karimi"}


def test_young_woman_without_a_named_woman_is_nobody(gazetteer: Gazetteer) -> None:
    text = (
        "The director Omid Karimi won the top prize for his film.\n\n"
        '"My uncle cannot be here because he is not allowed, but he is with you", declared the '
        "young woman."
    )
    assert _speakers(text, gazetteer) == {}


def test_affirmed_to_the_press_and_title_words_before_name(gazetteer: Gazetteer) -> None:
    text = (
        '"This is a prize for all of our national cinema, which lives a special moment", '
        "affirmed Pablo Reyes to the press.\n\n"
        '"I am just in shock, I was asleep when my phone started ringing," said best actor '
        "nominee Eddie Stone, who plays a scientist."
    )
    assert _speakers(text, gazetteer) == {"This is a": "Pablo Reyes", "I am just": "Eddie Stone"}


# Round-10 generalisation: families of win phrasing as news prose and machine translation write
# them, each with near misses that must stay silent. Synthetic sentences, project gazetteer.
FAMILY_TITLE = "Cannes 2024: the winners"


def _family_wins(text: str, gazetteer: Gazetteer, title: str = FAMILY_TITLE) -> set[tuple[str, str]]:
    got = extract(text, title=title, published=date(2024, 5, 26), gazetteer=gazetteer).to_json()
    return {(str(w["award"]), str(w["film"])) for w in got["winners"]}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "<award> went to / was awarded to / was bestowed on <film>"
        ("The Palme d'Or was bestowed on Anora.", ("Palme d'Or", "Anora")),
        ("The jury bestowed the Palme d'Or on Sean Baker's Anora.", ("Palme d'Or", "Anora")),
        ("The Palme d'Or went to Anora on Saturday night in Cannes.", ("Palme d'Or", "Anora")),
        # "<film> was honoured with / is the winner of <award>"
        ("Anora was honored with the Palme d'Or.", ("Palme d'Or", "Anora")),
        ("Anora is the winner of the Palme d'Or.", ("Palme d'Or", "Anora")),
        ("The Palme d'Or winner was Anora.", ("Palme d'Or", "Anora")),
        # a cleft sentence is no relative clause
        ("It was Anora that took the Palme d'Or.", ("Palme d'Or", "Anora")),
        # participle clauses and everyday verbs with the award right after them
        ("Anora triumphed at Cannes, winning the Palme d'Or.", ("Palme d'Or", "Anora")),
        ("The Seed of the Sacred Fig got a special prize.", ("Special Prize", "The Seed of the Sacred Fig")),
        # a run-together "d'Or" from bad text extraction
        ("Sean Baker won the Palme d'Orfor Anora.", ("Palme d'Or", "Anora")),
        # acting prizes: the film in parentheses, after a comma, or after "for"
        ("Mikey Madison (Anora) won best actress.", ("Best Actress", "Anora")),
        ("Best actress went to Mikey Madison (Anora).", ("Best Actress", "Anora")),
        ("Best actress went to Mikey Madison, Anora.", ("Best Actress", "Anora")),
        ("Best actress: Mikey Madison (Anora)", ("Best Actress", "Anora")),
        (
            "Jesse Plemons won best actor for Kinds of Kindness on Saturday.",
            ("Best Actor", "Kinds of Kindness"),
        ),
        # a title opened by an article is no person, even for a screenplay prize
        (
            "The Grand Prix went to All We Imagine as Light, while The Substance won best screenplay.",
            ("Best Screenplay", "The Substance"),
        ),
        # a headline's festival before a colon is not part of the title
        ("Cannes Film Festival: Anora wins Palme d'Or", ("Palme d'Or", "Anora")),
        # an enumeration after any win verb, its first item with "the"
        (
            "The Substance nabbed two awards: the Jury Prize and best screenplay.",
            ("Jury Prize", "The Substance"),
        ),
    ],
)
def test_win_phrasing_families(
    sentence: str, expected: tuple[str, str], project_gazetteer: Gazetteer
) -> None:
    assert expected in _family_wins(sentence, project_gazetteer)


@pytest.mark.parametrize(
    "sentence",
    [
        "Anora was nominated for the Palme d'Or.",
        "Anora is tipped to win the Palme d'Or.",
        "Critics predict that Anora could win the Palme d'Or.",
        "Anora is expected to win the Palme d'Or.",
        "The jury is expected to give the Palme d'Or to Anora.",
        "Sean Baker, who won the Palme d'Or in 2019, presided over the jury.",
        "Anora, whose director Sean Baker was snubbed in the best director category, screened on Friday.",
        "Anora lost the Palme d'Or to Emilia Perez in a surprise.",
        "Anora is bidding to become the first American film to win the Palme d'Or since 2011.",
        "Anora could become the first comedy to win the Palme d'Or.",
        "Bong Joon-ho, the first Korean to win the Palme d'Or, returned to Cannes with Mickey 17.",
        "Ruben Östlund, best known for winning the Palme d'Or twice, heads the jury.",
        "Anora has a strong chance of winning the Palme d'Or.",
        "The Palme d'Or winner will be announced on Saturday.",
        "The Palme d'Or winner is usually a surprise.",
        "Anora got a ten-minute ovation, and critics think it deserves the Palme d'Or.",
        "Anora scored rave reviews ahead of the Palme d'Or announcement.",
        "Anora went home empty-handed, missing out on the Palme d'Or.",
        "It was Parasite that won the Palme d'Or in 2019.",
        "Many expected Anora to take the Palme d'Or, but it went to somebody else.",
        "Mikey Madison, who plays a stripper in Anora, was overlooked for best actress.",
    ],
)
def test_win_phrasing_near_misses(sentence: str, project_gazetteer: Gazetteer) -> None:
    assert _family_wins(sentence, project_gazetteer) == set()


def test_oscar_categories_without_best(project_gazetteer: Gazetteer) -> None:
    text = (
        'Christoph Waltz won supporting actor for Quentin Tarantino\'s "Django Unchained," and Anne '
        'Hathaway took supporting actress for "Les Misérables." Frozen takes animated feature, 20 Feet '
        "from Stardom wins documentary feature."
    )
    assert _family_wins(text, project_gazetteer, "Oscars 2014: every winner") == {
        ("Best Supporting Actor", "Django Unchained"),
        ("Best Supporting Actress", "Les Misérables"),
        ("Best Animated Feature", "Frozen"),
        ("Best Documentary Feature", "20 Feet from Stardom"),
    }
    # One word after "best" stays generic: "director" alone is no award.
    assert "director" not in alias_variants("Best Director")
    assert "supporting actor" in alias_variants("Best Supporting Actor")
    assert "motion picture" not in alias_variants("Best Motion Picture")


def test_each_clause_keeps_its_own_subject_and_for(project_gazetteer: Gazetteer) -> None:
    text = (
        'Michael Haneke\'s "Amour" was named best foreign language film, Pixar\'s "Brave" won animated '
        'feature and "Searching for Sugar Man" took the documentary prize.'
    )
    assert _family_wins(text, project_gazetteer, "Oscars 2013: winners") == {
        ("Best International Feature Film", "Amour"),
        ("Best Animated Feature", "Brave"),
        ("Best Documentary Feature", "Searching for Sugar Man"),
    }


def test_country_after_for_is_not_the_film(project_gazetteer: Gazetteer) -> None:
    text = "The Great Beauty wins best foreign language film for Italy, Paolo Sorrentino thanks Maradona."
    assert _family_wins(text, project_gazetteer, "Oscars 2014: winners") == {
        ("Best International Feature Film", "The Great Beauty")
    }


def test_live_blog_stamp_with_time_zone_before_a_palmares_line(project_gazetteer: Gazetteer) -> None:
    text = "8.31pm PT — Best actress: Cate Blanchett, Blue Jasmine. No surprise there."
    assert _family_wins(text, project_gazetteer, "Oscars 2014 live") == {("Best Actress", "Blue Jasmine")}


def test_became_the_first_to_win_is_this_win(project_gazetteer: Gazetteer) -> None:
    text = (
        "Daniel Day-Lewis became the first man to win three lead-acting Oscars, taking best actor for "
        'his role as Abraham Lincoln in Steven Spielberg\'s "Lincoln." Troy Kotsur, who plays the '
        'patriarch in "CODA," became the first deaf man to win an acting Oscar when he claimed best '
        "supporting actor."
    )
    assert _family_wins(text, project_gazetteer, "Oscars: the winners") == {
        ("Best Actor", "Lincoln"),
        ("Best Supporting Actor", "CODA"),
    }


def test_ties_told_in_prose(project_gazetteer: Gazetteer) -> None:
    assert _family_wins("Anora shared the Jury Prize with Emilia Perez.", project_gazetteer) == {
        ("Jury Prize", "Anora"),
        ("Jury Prize", "Emilia Perez"),
    }
    text = (
        "Sean Baker's Anora took the Palme d'Or, sharing the honor with Payal Kapadia's "
        '"All We Imagine as Light".'
    )
    assert _family_wins(text, project_gazetteer) == {
        ("Palme d'Or", "Anora"),
        ("Palme d'Or", "All We Imagine as Light"),
    }
    # "with" after a win that is not shared names no co-winner.
    assert _family_wins("Anora won the Palme d'Or with Mikey Madison in the lead.", project_gazetteer) == {
        ("Palme d'Or", "Anora")
    }


def test_appositions_and_adjectives_are_not_titles(project_gazetteer: Gazetteer) -> None:
    text = (
        "The Caméra d'Or for best first feature went to Anthony Chen's Singapore-set \"Ilo Ilo.\" "
        "Philip Gröning's The Police Officer's Wife collected the Jury Prize. Frears's comedy left "
        "with best screenplay for Steve Coogan and Jeff Pope."
    )
    wins = _family_wins(text, project_gazetteer, "Cannes 2013: the winners")
    assert ("Caméra d'Or", "Ilo Ilo") in wins
    assert ("Jury Prize", "The Police Officer's Wife") in wins
    assert not any(film in {"Singapore-set", "Wife", "Steve Coogan and Jeff Pope"} for _, film in wins)


def test_fallback_tie_of_quoted_titles(project_gazetteer: Gazetteer) -> None:
    text = (
        "The prize to the best direction was divided: the Silver Bear for Best Director was for "
        'the Romanian Radu Jude by "Aferim!" and for the Polish Malgorzata Szumowska by "Body".'
    )
    wins = _family_wins(text, project_gazetteer, "Berlin 2015: the winners")
    assert {("Silver Bear for Best Director", "Aferim!"), ("Silver Bear for Best Director", "Body")} <= wins


def test_quote_introduced_after_a_quoted_title(gazetteer: Gazetteer) -> None:
    text = (
        'Ada Moss won her first major acting award for "The Lantern," and said in her speech: '
        '"Thirty years ago a producer told me that I was only a popcorn actress."\n\n'
        'Tom Reed, whose "Cold Water" won a jury prize in 2014, said backstage: "This is a film '
        'about our shared responsibility, and I am overwhelmed."'
    )
    assert _speakers(text, gazetteer) == {"Thirty years ago": "Ada Moss", "This is a": "Tom Reed"}


def test_honorific_before_the_speaker(gazetteer: Gazetteer) -> None:
    text = (
        "Ken Loach won the top prize.\n\n"
        '"We must give a message of hope, another world is possible," Mr. Loach said as he '
        "accepted the prize."
    )
    assert _speakers(text, gazetteer) == {"We must give": "Ken Loach"}


def test_the_girl_is_a_subject_whose_sentence_says_her(gazetteer: Gazetteer) -> None:
    text = (
        "Sara Ortiz, of only nine years, won the acting prize for her role in the film.\n\n"
        '"I want to thank the director for choosing me for this film," said the girl.'
    )
    assert _speakers(text, gazetteer) == {"I want to": "Sara Ortiz"}
    # A sentence with "his" gives no woman: the girl is then nobody.
    text = text.replace("for her role", "for his film")
    assert _speakers(text, gazetteer) == {}


def test_tie_with_each_winner_for_its_own_film(project_gazetteer: Gazetteer) -> None:
    text = (
        'The best director award was shared by the Romanian Cristian Mungiu, for "Graduation," and '
        'the Frenchman Olivier Assayas, for "Personal Shopper."'
    )
    assert _family_wins(text, project_gazetteer, "Cannes 2016: the winners") == {
        ("Best Director", "Graduation"),
        ("Best Director", "Personal Shopper"),
    }
    text = "The Jury Prize was shared by Xavier Dolan for Mommy and Jean-Luc Godard for Goodbye to Language."
    assert _family_wins(text, project_gazetteer, "Cannes 2014: the winners") == {
        ("Jury Prize", "Mommy"),
        ("Jury Prize", "Goodbye to Language"),
    }


def test_acting_prize_takes_the_film_the_article_ties_the_actor_to(project_gazetteer: Gazetteer) -> None:
    title = "Oscars 2014: the winners"
    text = 'Cate Blanchett plays a fallen socialite in "Blue Jasmine." Blanchett won best actress.'
    assert _family_wins(text, project_gazetteer, title) == {("Best Actress", "Blue Jasmine")}
    assert _family_wins("Lincoln star Daniel Day-Lewis won best actor.", project_gazetteer, title) == {
        ("Best Actor", "Lincoln")
    }
    # Another actor's film is not hers, and no tie at all proposes nothing.
    text = (
        "Michelle Williams, the star of Manchester by the Sea, drew applause. Casey Affleck won best actor."
    )
    assert _family_wins(text, project_gazetteer, title) == set()


# --- generalisation pass after rounds 10-11: structural mechanisms ----------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A background clause (apposition, relative clause) masks its own clause only.
        (
            "Romanian director Cristian Mungiu, a Palme d'Or winner in 2007 for \"4 Months, 3 Weeks and 2 "
            'Days", won the best screenplay award for "Beyond the Hills".',
            {("Best Screenplay", "Beyond the Hills")},
        ),
        (
            "Veteran British filmmaker Ken Loach, a Palme d'Or winner in 2006, took the jury prize for "
            'his comedy "The Angels\' Share".',
            {("Jury Prize", "The Angels' Share")},
        ),
        (
            "The Camera d'Or for best first film went to Benh Zeitlin's \"Beasts of the Southern Wild\", "
            "which won the top prize at the Sundance festival in January.",
            {("Caméra d'Or", "Beasts of the Southern Wild")},
        ),
        # Near misses: the background clause holds the award itself, or the hope is the main clause.
        (
            'Ken Loach, a Palme d\'Or winner in 2006 for "The Wind That Shakes the Barley", arrived on Sunday.',
            set(),
        ),
        (
            'Cristian Mungiu, who is expected to win the best screenplay award for "Beyond the Hills", smiled.',
            set(),
        ),
        ('"Beyond the Hills", a contender for the Palme d\'Or, was screened on Sunday.', set()),
    ],
)
def test_background_cues_are_clause_scoped(sentence: str, expected: set[tuple[str, str]]) -> None:
    got = _family_wins(sentence, load_default_gazetteer(), "Cannes 2012: the winners")
    assert got == expected


def test_background_clause_is_no_film_for_the_subject(project_gazetteer: Gazetteer) -> None:
    text = (
        "Michael Haneke, whose film follows the children of a Protestant village, received the Palme d'Or "
        "from Isabelle Huppert, who had been named best actress at Cannes for his film The Piano Teacher "
        "in 2001."
    )
    assert _family_wins(text, project_gazetteer, "Cannes 2009: the winners") == set()


# The intro line is longer than 100 characters, as in a real release: the text is not taken for
# hard-wrapped prose whose short lines would be joined.
PRESS_RELEASE = """The Jury of the 62nd Festival de Cannes this evening awarded the following prizes during the Closing Ceremony.

PALME D'OR
The White Ribbon (Das weisse Band) directed by Michael HANEKE

PRIX DE LA MISE EN SCÈNE – AWARD FOR BEST DIRECTOR
Brillante MENDOZA
for Kinatay

PRIX DU JURY – JURY PRIZE (ex-aequo)
Fish Tank directed by Andrea ARNOLD
Thirst directed by PARK Chan-wook

PRIX D'INTERPRÉTATION FÉMININE – AWARD FOR BEST ACTRESS
Charlotte GAINSBOURG
in Antichrist directed by Lars VON TRIER

SHORT FILMS

PALME D'OR DU COURT MÉTRAGE
Arena directed by João SALAVIZA

PRIX DU JURY UN CERTAIN REGARD
Politist, adjectiv (Police, Adjective) directed by Corneliu PORUMBOIU
"""


def test_palmares_heading_blocks(project_gazetteer: Gazetteer) -> None:
    got = extract(
        PRESS_RELEASE,
        title="62nd Festival de Cannes – Awards",
        published=date(2009, 5, 24),
        gazetteer=project_gazetteer,
    ).to_json()
    assert {(w["award"], w["film"]) for w in got["winners"]} == {
        ("Palme d'Or", "The White Ribbon"),
        ("Best Director", "Kinatay"),
        ("Jury Prize", "Fish Tank"),
        ("Jury Prize", "Thirst"),
        ("Best Actress", "Antichrist"),
    }
    directors = {w["film"]: w["directors"] for w in got["winners"]}
    assert directors["The White Ribbon"] == ["Michael Haneke"]
    # A heading of an award the gazetteer lacks (short films, a sidebar's jury prize) opens no block.
    assert "Arena" not in directors and "Politist, adjectiv" not in directors


def test_palmares_block_needs_an_upper_case_heading_of_one_award(project_gazetteer: Gazetteer) -> None:
    text = "PALME D'OR PREDICTIONS\nThe White Ribbon directed by Michael HANEKE\n"
    got = extract(text, title="Cannes 2009", published=date(2009, 5, 20), gazetteer=project_gazetteer)
    assert got.winners == ()


def test_literal_translation_aliases_are_generated() -> None:
    assert "lion of gold" in alias_variants("Golden Lion")
    assert "bear of silver for the best direction" in alias_variants("Silver Bear for Best Director")
    assert "volpi cup for the best masculine interpretation" in alias_variants("Volpi Cup for Best Actor")
    assert "volpi cup for the best feminine interpretation" in alias_variants("Volpi Cup for Best Actress")
    assert "best female performance" in alias_variants("Best Actress")
    # The order swap is for a metal and its trophy only.
    assert not any(v.startswith("prize of") for v in alias_variants("Grand Prix"))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Lion of Silverfor the best direction has been assigned to the Russian Aleksei German for «Paper Soldier».",
            {("Silver Lion for Best Director", "Paper Soldier")},
        ),
        (
            "The Volpi Cup for the best feminine interpretation is gone instead to Dominique Blanc for «L'autre».",
            {("Volpi Cup for Best Actress", "L'autre")},
        ),
        (
            "The jury attributed the Lion of Silver – Grand Prize of the Jury to «Nocturnal Animals», of Tom Ford.",
            {("Grand Jury Prize", "Nocturnal Animals")},
        ),
        (
            "The Special Prize of the Jury to «Teza» of the Ethiopian Haile Gerima, a long fresco.",
            {("Special Jury Prize", "Teza")},
        ),
        (
            "Is «The Wrestler» of the American Darren Aronofsky the Lion of Goldof the 65th Mostra.",
            {("Golden Lion", "The Wrestler")},
        ),
        (
            "(ANSA) - VENICE, 6 SEPT - Is «The Wrestler» of Darren Aronofsky the Lion of Gold.",
            {("Golden Lion", "The Wrestler")},
        ),
        # Near misses: a prediction, a lifetime-achievement honour, a question.
        ("The Special Prize of the Jury to «Teza» was predicted by the critics.", set()),
        ("David Lynch received a Golden Lion for lifetime achievement and premiered «Inland Empire».", set()),
        ("Was «Teza» the favourite for the Lion of Gold?", set()),
    ],
)
def test_machine_translated_award_names_and_links(sentence: str, expected: set[tuple[str, str]]) -> None:
    got = _family_wins(sentence, load_default_gazetteer(), "Venice 2008: the winners")
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Other winners: documentary feature, "Man on Wire" (James Marsh); foreign language film, '
            '"Departures" (Yojiro Takita, Japan); cinematography, "Slumdog Millionaire".',
            {("Best Documentary Feature", "Man on Wire"), ("Best International Feature Film", "Departures")},
        ),
        (
            'Predicted winners: documentary feature, "Man on Wire"; foreign language film, "Departures".',
            set(),
        ),
        (
            'Kate Winslet then won best actress on her sixth nomination, for "The Reader".',
            {("Best Actress", "The Reader")},
        ),
        (
            'Damien Chazelle became the youngest person ever to win best director, for "La La Land".',
            {("Best Director", "La La Land")},
        ),
        # An envelope mix-up: thanks for a prize they had not won is no win.
        ('The producers of "La La Land" gave speeches for a best picture Oscar they had not won.', set()),
        (
            '"Moonlight" won. Moonlight\'s Mahershala Ali won supporting actor.',
            {("Best Supporting Actor", "Moonlight")},
        ),
    ],
)
def test_oscar_round_up_shapes(text: str, expected: set[tuple[str, str]]) -> None:
    got = _family_wins(text, load_default_gazetteer(), "Oscars 2009: the winners")
    assert {pair for pair in got if pair[0] != "Best Picture"} == expected


def test_possessive_credit_unclosed_parenthesis_and_credit_of_several_people(
    project_gazetteer: Gazetteer,
) -> None:
    title = "Berlin 2014: the winners"
    text = 'Grand Jury Prize: Wes Anderson\'s "The Grand Budapest Hotel".'
    assert _family_wins(text, project_gazetteer, title) == {
        ("Silver Bear Grand Jury Prize", "The Grand Budapest Hotel")
    }
    text = "Best Screenplay — Dietrich Brüggemann, Anna Brüggemann, Stations of the Cross"
    assert _family_wins(text, project_gazetteer, title) == {
        ("Silver Bear for Best Screenplay", "Stations of the Cross")
    }


def test_age_is_no_title(project_gazetteer: Gazetteer) -> None:
    text = "The 48-year-old was named best actress at the 61st Mostra on Saturday."
    assert _family_wins(text, project_gazetteer, "Venice 2004: Staunton wins") == set()


def test_speaker_mechanisms(gazetteer: Gazetteer) -> None:
    # A short form resolves to the full name introduced earlier.
    text = (
        "The jury was led by Robert De Niro.\n\n"
        'De Niro said the jury liked the film. "It had the size, the importance and the intention that '
        'seemed to fit the prize," he said.'
    )
    assert _speakers(text, gazetteer) == {"It had the": "Robert De Niro"}
    # A name in a relative clause of the introducing sentence does not speak; "she" is never
    # the man a noun introduced.
    text = (
        "Imelda Staunton won.\n\nStaunton, who lives with her husband, the actor Jim Carter, said she "
        'was happy.\n\n"I keep waiting for someone to tap me on the shoulder," she told reporters.'
    )
    assert _speakers(text, gazetteer) == {"I keep waiting": "Imelda Staunton"}
    # A country's possessive opens the subject.
    text = (
        "Flutur said she was stunned.\n\nDenmark's Mads Mikkelsen was named best actor. "
        '"This is a big day for a small country," he said.'
    )
    assert _speakers(text, gazetteer) == {"This is a": "Mads Mikkelsen"}
    # The one person an introducing sentence ending in ":" names speaks.
    text = (
        'Upon leaving the stage, the President of the Jury, Isabelle Huppert, declared: "We have seen films '
        'that spoke about violence and about faith."'
    )
    assert _speakers(text, gazetteer) == {"We have seen": "Isabelle Huppert"}
    # Five words are no quote, however "it's" is split.
    assert _speakers('"What a week it\'s been," Kirsten Dunst said.', gazetteer) == {}


# --- Round 12 mechanisms (invented sentences; round 12's own articles are pinned above) ----------

DASH_PALMARES = """The jury, led by a French actress, announced its choices at the closing ceremony on Sunday night, \
handing the top prize to a film that drew loud boos as well as applause in the festival's main theatre.

The full list of winners:

PALME D'OR
Sun Song (Belgium-France) – dir. Lia Bell, Ana Bell

BEST DIRECTOR
Tom Reed – Night Train (Night Express) (Spain)

BEST ACTRESS (shared)
Maria Lopez – Cold Lake
Ines Roca – Sun Song

BEST SCREENPLAY
Paul Adams – Blue Creek (Russia), dir. Ivan Petrov
"""


def test_palmares_lines_split_on_dashes_and_credits(project_gazetteer: Gazetteer) -> None:
    got = extract(
        DASH_PALMARES,
        title="Cannes 2024: the winners",
        published=date(2024, 5, 26),
        gazetteer=project_gazetteer,
    ).to_json()
    assert {(w["award"], w["film"]) for w in got["winners"]} == {
        ("Palme d'Or", "Sun Song"),
        ("Best Director", "Night Train"),
        ("Best Actress", "Cold Lake"),
        ("Best Actress", "Sun Song"),
        ("Best Screenplay", "Blue Creek"),
    }
    directors = {(w["award"], w["film"]): w["directors"] for w in got["winners"]}
    assert directors[("Palme d'Or", "Sun Song")] == ["Lia Bell", "Ana Bell"]
    assert directors[("Best Director", "Night Train")] == ["Tom Reed"]
    # Never the person part, the credit or the separator.
    films = {fold(str(w["film"])) for w in got["winners"]}
    assert not films & {"tom reed", "maria lopez", "ines roca", "paul adams", "sun song –"}


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # A title marked on both sides ("with F, a <genre>") beats an unmarked subject, inner
        # comma and lower-case connectors included.
        (
            "Venice 2024: Duarte wins",
            "Ana Duarte has won the Golden Lion at the Venice film festival for the second time in four "
            "years, with Salt, Water, a quiet drama about two sisters in Lisbon.",
            {("Golden Lion", "Salt, Water")},
        ),
        (
            "Venice 2024: the winners",
            "Tom Reed took the Volpi Cup for best actor for his role in Lia Bell's The Ballad of the Girl "
            "by the Sea, a slow, elegiac western.",
            {("Volpi Cup for Best Actor", "The Ballad of the Girl by the Sea")},
        ),
        # The object of "for" after the recipient is the film, not a collaborator after "with".
        (
            "Venice 2024: the winners",
            "The best screenplay award went to Tom Reed for It's a Long Road, his latest collaboration "
            "with Lia Bell.",
            {("Best Screenplay", "It's a Long Road")},
        ),
        # "for U.S. dramatic film": no letter of an initialism is a title.
        (
            "Sundance 2024: 'Blue Creek' wins",
            '"Blue Creek," a first feature, won the Grand Jury Prize for U.S. dramatic film at the '
            "Sundance Film Festival on Saturday.",
            {("Grand Jury Prize: U.S. Dramatic", "Blue Creek")},
        ),
        # Participles and verbs of a win.
        (
            "Cannes 2024: the winners",
            "The jury surprised everyone on Sunday, handing the Palme d'Or to Lia Bell for Sun Song.",
            {("Palme d'Or", "Sun Song")},
        ),
        (
            "Cannes 2024: the winners",
            "Tom Reed had to settle for best director for Night Train.",
            {("Best Director", "Night Train")},
        ),
        (
            "Venice 2024: the winners",
            'At the 81st Venice festival the Golden Lion prize which is the highest prize was decided to "Sun '
            'Song" of director Lia Bell.',
            {("Golden Lion", "Sun Song")},
        ),
        (
            "Venice 2024: the winners",
            'The best actor prize was American Tom Reed ("Night Train"), the best actress prize was British '
            'Lia Bell ("Sun Song").',
            {("Volpi Cup for Best Actor", "Night Train"), ("Volpi Cup for Best Actress", "Sun Song")},
        ),
        # A year in a participle describing the film dates the story, not the win.
        (
            "Cannes 2024: the winners",
            'James Reed collected the best screenplay award for "Cold Lake," directed by Lia Bell and set in '
            "a mining town in 1973.",
            {("Best Screenplay", "Cold Lake")},
        ),
        # Ties: an apposition with coordinated adjectives still marks each title.
        (
            "Venice 2024: the winners",
            "The Special Jury Prize was shared between Tom Reed's Night Train, a tense thriller about a "
            "border guard, and Lia Bell's Sun Song, a sprawling, warm-hearted drama about a cook.",
            {("Special Jury Prize", "Night Train"), ("Special Jury Prize", "Sun Song")},
        ),
    ],
)
def test_round12_win_mechanisms(
    title: str, text: str, expected: set[tuple[str, str]], project_gazetteer: Gazetteer
) -> None:
    assert _family_wins(text, project_gazetteer, title) == expected


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # A plot description's capitalised words are places and characters, never the film.
        (
            "Toronto 2024: the audience award",
            "Lia Bell's tender fable about a boy from the Lagos markets was named winner of the People's "
            "Choice Award at the Toronto International Film Festival on Sunday.",
        ),
        # Another festival's award than the article's news needs a year of its own.
        (
            "Toronto 2024: the audience award",
            "The following year's winner, Tom Reed's Night Train, won best picture.",
        ),
        # A copula after an award without a "Name (F)" complement is no win.
        ("Venice 2024: the winners", "The best actor prize was a surprise to many on the Lido."),
    ],
)
def test_round12_near_misses(title: str, text: str, project_gazetteer: Gazetteer) -> None:
    assert _family_wins(text, project_gazetteer, title) == set()


def test_another_festivals_award_with_its_own_year(project_gazetteer: Gazetteer) -> None:
    text = "Night Train won best picture at the Oscars in March 2024, months before its Toronto run."
    assert _family_wins(text, project_gazetteer, "Toronto 2024: the audience award") == {
        ("Best Picture", "Night Train")
    }


def test_inner_comma_joins_single_words_only(project_gazetteer: Gazetteer) -> None:
    text = (
        "Ana Duarte has won the Golden Lion at the Venice film festival for the second time in four years, "
        "with Rome, Paris and Lisbon, a trio of cities, cheering."
    )
    assert not any(
        "," in film for _, film in _family_wins(text, project_gazetteer, "Venice 2024: Duarte wins")
    )


def test_subject_takes_the_film_credited_to_it_and_the_films_role(project_gazetteer: Gazetteer) -> None:
    text = (
        'The Bell sisters\' bleak western "Cold Lake" won the Academy Award for best picture on Sunday.\n\n'
        "Anna and Lia Bell took three Oscars between them: best picture, best director and best adapted "
        "screenplay, for their version of the novel.\n\n"
        "Spain's Tom Reed won supporting actor for playing the film's hit man."
    )
    assert _family_wins(text, project_gazetteer, "Oscars 2024: 'Cold Lake' wins") == {
        ("Best Picture", "Cold Lake"),
        ("Best Director", "Cold Lake"),
        ("Best Adapted Screenplay", "Cold Lake"),
        ("Best Supporting Actor", "Cold Lake"),
    }
    # Without the possessive credit, nothing ties the subject to the film.
    text = (
        '"Cold Lake" won the Academy Award for best picture on Sunday.\n\n'
        "Anna and Lia Bell took two Oscars between them: best director and best adapted screenplay."
    )
    assert _family_wins(text, project_gazetteer, "Oscars 2024: 'Cold Lake' wins") == {
        ("Best Picture", "Cold Lake")
    }


def test_a_country_is_never_a_speaker(gazetteer: Gazetteer) -> None:
    text = (
        "Tom Reed won the Golden Lion on Saturday. The film was given a restrictive rating in the United "
        'States.\n\n"I made this film for my parents, and I am grateful that the jury felt it," he said.'
    )
    assert _speakers(text, gazetteer) == {"I made this": "Tom Reed"}


def test_list_line_trophy_before_category(project_gazetteer: Gazetteer) -> None:
    body = (
        "Head-On won the Golden Bear at the 54th Berlin International Film Festival on Saturday.\n\n"
        "The main prizes:\n\n"
        "Silver Bear, Grand Jury Prize: Lost Embrace (El abrazo partido), directed by Daniel Burman (Argentina)\n\n"
        "Silver Bear, Best Director: Kim Ki-duk for Samaritan Girl (Samaria) (South Korea)\n"
    )
    got = extract(body, title="Berlin winners", published=date(2004, 2, 15), gazetteer=project_gazetteer)
    films = {(w.award, w.film) for w in got.winners}
    assert ("Silver Bear Grand Jury Prize", "Lost Embrace") in films
    assert ("Silver Bear for Best Director", "Samaritan Girl") in films


def test_list_line_comma_lead_needs_separator(project_gazetteer: Gazetteer) -> None:
    # Near miss: a comma lead without the list's ":" is prose, and a nomination is no win.
    body = "Meanwhile, Best Director nominee Kim Ki-duk for Samaritan Girl (Samaria) was at the 54th Berlinale.\n"
    got = extract(body, title="Berlin notes", published=date(2004, 2, 15), gazetteer=project_gazetteer)
    assert got.winners == ()


def test_demonym_noun_before_speaker(project_gazetteer: Gazetteer) -> None:
    body = (
        "The Hours, directed by Briton Stephen Daldry, was named best drama at the Golden Globes.\n\n"
        'Accepting the award, Daldry paid tribute to his cast. "Nicole, Meryl and Julianne carried '
        'this film on their shoulders," he said.\n'
    )
    got = extract(body, title="Globes", published=date(2003, 1, 20), gazetteer=project_gazetteer)
    assert [q.speaker for q in got.quotes] == ["Stephen Daldry"]


def test_first_name_like_demonym_kept(project_gazetteer: Gazetteer) -> None:
    # Near miss: "Dane" and "Christian" are first names here, not nationalities.
    body = (
        'Dane DeHaan spoke after the screening. "I never thought this film would travel so far," '
        "DeHaan said.\n"
    )
    got = extract(body, title="Festival notes", published=date(2003, 1, 20), gazetteer=project_gazetteer)
    assert [q.speaker for q in got.quotes] == ["Dane DeHaan"]


def _wins(body: str, gazetteer: Gazetteer, year: int, title: str = "") -> set[tuple[str, str]]:
    got = extract(body, title=title, published=date(year, 5, 30), gazetteer=gazetteer)
    return {(w.award, w.film) for w in got.winners}


def _quote_speakers(body: str, gazetteer: Gazetteer, year: int = 1994) -> list[str]:
    got = extract(body, title="Festival", published=date(year, 5, 30), gazetteer=gazetteer)
    return [q.speaker for q in got.quotes]


_CANNES_LEAD = (
    'CANNES, France (AP) -- "Cold Lake" won the Palme d\'Or at the 47th Cannes Film Festival on Monday.'
)


@pytest.mark.parametrize(
    "title",
    [
        "Petits arrangements avec les morts",
        "La vita e bella",
        "Die Ehe der Maria Braun",
        "El espíritu de la colmena",
        "Il deserto rosso",
        "Fanny och Alexander",
    ],
)
def test_quoted_title_with_lower_case_words_keeps_its_closing_mark(
    project_gazetteer: Gazetteer, title: str
) -> None:
    # The sentence ends after '."', not before the closing mark: the title stays whole even
    # when another paragraph follows.
    body = (
        f"{_CANNES_LEAD}\n\nThe Camera d'Or for best first feature went to Frenchwoman Ana Ferran for "
        f'"{title}."\n\nAmong the films that went home empty-handed was "Red," a drama.\n'
    )
    assert ("Caméra d'Or", title) in _wins(body, project_gazetteer, 1994)


def test_film_subject_with_participle_apposition(project_gazetteer: Gazetteer) -> None:
    body = (
        f"{_CANNES_LEAD}\n\nItalian actress Vera Lisi was named best actress in Paul Chereau's "
        '"Queen Margot." The film, starring Isabel Adjan, also took the jury prize.\n'
    )
    wins = _wins(body, project_gazetteer, 1994)
    assert ("Jury Prize", "Queen Margot") in wins
    assert ("Jury Prize", "Isabel Adjan") not in wins


def test_credited_description_apposition_dates_no_win(project_gazetteer: Gazetteer) -> None:
    body = (
        '"Cold Lake" won best picture at the 72nd Academy Awards on Sunday.\n\n'
        '"One Day in Autumn," Kevin Mac\'s account of the massacre at the 1972 Munich Olympics, '
        "won best documentary feature.\n"
    )
    assert ("Best Documentary Feature", "One Day in Autumn") in _wins(body, project_gazetteer, 2000)
    # Near miss: the year of a past win in the main clause still dates it.
    body = '"Cold Lake" won best picture at the 72nd Academy Awards on Sunday.\n\n"Other Days" won best documentary feature in 1972.\n'
    assert ("Best Documentary Feature", "Other Days") not in _wins(body, project_gazetteer, 2000)


def test_character_after_turn_as_is_no_film(project_gazetteer: Gazetteer) -> None:
    body = (
        'VENICE -- "Cold Lake" won the Golden Lion at the 62nd Venice Film Festival on Saturday.\n\n'
        "The Volpi Cup for best actor went to David Strand for his tightly coiled turn as Murrow.\n"
    )
    wins = _wins(body, project_gazetteer, 2005)
    assert not any(film == "Murrow" for _, film in wins)
    # Near miss: the same name after "for" with no role before it stays a title.
    body = (
        'VENICE -- "Cold Lake" won the Golden Lion at the 62nd Venice Film Festival on Saturday.\n\n'
        'The Volpi Cup for best actor went to David Strand for "Murrow."\n'
    )
    assert ("Volpi Cup for Best Actor", "Murrow") in _wins(body, project_gazetteer, 2005)


def test_machine_translated_acting_and_staging_prizes(project_gazetteer: Gazetteer) -> None:
    lead = "CANNES, May 20 (AFP) - The jury attributed this evening the Palme d'or to « Cold Lake » of the brothers Joel and Ethan Cohn.\n\n"
    body = lead + (
        "Besides the supreme reward, the film obtained the prize of the staging for Joel Cohn and the prize "
        "of masculine interpretation for John Turro, who plays a New York playwright.\n\n"
        "The prize of female interpretation went to the young actress Irena Jacobs for « La Double Vie » "
        "of the Polish Kris Kowski.\n\nThe Grand Prix of the jury returns to « La Belle Noiseuse » of "
        "Jacques Rivard, a film of four hours on a painter.\n"
    )
    wins = _wins(body, project_gazetteer, 1991)
    assert ("Best Director", "Cold Lake") in wins
    assert ("Best Actress", "La Double Vie") in wins
    assert ("Grand Prix", "La Belle Noiseuse") in wins
    # Near misses: no person, place or credit is taken for a film.
    assert not {film for _, film in wins} & {
        "Joel Cohn",
        "John Turro",
        "New York",
        "Jacques Rivard",
        "Kris Kowski",
    }
    # A gender-less "prize of interpretation" names no award.
    assert project_gazetteer.find_awards(fold("the prize of interpretation went to")) == []


def test_film_brought_award_to_performer(project_gazetteer: Gazetteer) -> None:
    body = f'{_CANNES_LEAD}\n\n"To Live" also brought the best actor award to Ge You, who plays a rich man\'s son.\n'
    assert ("Best Actor", "To Live") in _wins(body, project_gazetteer, 1994)


def test_quote_after_article_and_adjective_before_short_name(project_gazetteer: Gazetteer) -> None:
    body = (
        'The award went to Spain\'s "All About My Mother," the first Oscar for director Pedro Almodovar.\n\n'
        '"I want to thank all the women in my life, because this movie is about them," said a jubilant '
        "Almodovar, who had to be played off the stage.\n"
    )
    assert _quote_speakers(body, project_gazetteer, 2000) == ["Pedro Almodovar"]
    # Near miss: "the director of Barbie" is a role, "Barbie" no speaker.
    body = (
        "The jury was presided by the American filmmaker Greta Gerwig.\n\n"
        "«We have seen films that have changed us, and that is beautiful», added the director of Barbie.\n"
    )
    assert _quote_speakers(body, project_gazetteer, 2024) == ["Greta Gerwig"]


def test_she_prefers_the_person_a_noun_makes_female(project_gazetteer: Gazetteer) -> None:
    body = (
        "The prize went to the young actress Irena Jacobs for « La Double Vie » of the Polish Kris Kowski, "
        "in which she plays two young women. « I am twenty-four years old and I do not realise it yet », "
        "she confided.\n"
    )
    assert _quote_speakers(body, project_gazetteer, 1991) == ["Irena Jacobs"]


def test_company_before_job_title_and_pronoun_chain(project_gazetteer: Gazetteer) -> None:
    # Quotes count in articles that are no award news.
    body = (
        'LOS ANGELES -- "Cold Lake" took in $9 million in its first weekend.\n\n'
        '"This is a movie that people have been arguing about since Cannes, and it sells," Miramax '
        "co-chairman Harvey Weinstein said.\n"
    )
    assert _quote_speakers(body, project_gazetteer) == ["Harvey Weinstein"]
    body = (
        "Kris Kowski, the Polish film-maker, died yesterday. He was 54.\n\n"
        "With the end of communism Kowski worked in France, and Julia Binoche starred in Blue.\n\n"
        "He was a chain-smoking, melancholy man who claimed to dislike the film world.\n\n"
        '"I only know how to make films about people who are lost," he once told an interviewer.\n'
    )
    assert _quote_speakers(body, project_gazetteer, 1996) == ["Kris Kowski"]
    # Near miss: a chain opened by "She" does not carry "he" back.
    body = body.replace("He was a chain", "She was a chain")
    assert _quote_speakers(body, project_gazetteer, 1996) != ["Julia Binoche"]


# --- Round 14 mechanisms ------------------------------------------------------------------------


def test_palmares_item_people_for_title(project_gazetteer: Gazetteer) -> None:
    body = (
        "Ed Cole's Cold Lake, a slow, sun-bleached road movie, won the Palme d'Or at the Cannes Film "
        "Festival on Monday night.\n\nThe full list of awards:\n\n"
        "PALME D'OR\nCold Lake, directed by Ed Cole (France)\n\n"
        "GRAND PRIX\nSongs for My Mother (Canciones), directed by Rita Vela (Chile)\n\n"
        "BEST ACTOR (shared)\nJon Alder and Pablo Ruiz for The Quiet Field (El campo), directed by Ana Sol (Spain)\n\n"
        "BEST ACTRESS\nMara Quill for Harbour Lights, directed by Tom Reeve (Britain)\n"
    )
    wins = _wins(body, project_gazetteer, 1985)
    assert ("Best Actress", "Harbour Lights") in wins
    assert ("Best Actor", "The Quiet Field") in wins
    # Near miss: a one-word head before "for" is part of the title, not a recipient.
    assert ("Grand Prix", "Songs for My Mother") in wins
    assert not any(" for " in film and film != "Songs for My Mother" for _, film in wins)


def test_reversed_guillemets_are_quotation_marks(project_gazetteer: Gazetteer) -> None:
    body = (
        "CANNES (Ritzau) - The director Ole Brand received the Golden Palm on Monday for his film »Cold Lake«.\n\n"
        "»I had not dared to hope for it, and I still do not quite believe it«, says Ole Brand to Ritzau.\n"
    )
    got = extract(
        body, title="Ole Brand wins for »Cold Lake«", published=date(1988, 5, 23), gazetteer=project_gazetteer
    )
    assert {(w.award, w.film) for w in got.winners} == {("Palme d'Or", "Cold Lake")}
    assert [q.speaker for q in got.quotes] == ["Ole Brand"]
    # Near miss: French spacing « … » is left as it is.
    body = "Cold Lake won the Palme d'Or at Cannes. « Cold Lake » et « Warm Sea » sont partis.\n"
    assert ("Palme d'Or", "Cold Lake") in _wins(body, project_gazetteer, 1988)


def test_month_surname_is_kept_before_no_date(project_gazetteer: Gazetteer) -> None:
    body = (
        'The director Bille August won the Palme d\'Or at Cannes for "Cold Lake".\n\n'
        '"I had not dared to hope for it, and I still cannot believe it," said Bille August.\n'
    )
    assert _quote_speakers(body, project_gazetteer, 1988) == ["Bille August"]
    # Near miss: a month before a day is a date, no surname.
    body = 'CANNES, May 23 -- "Cold Lake" won the Palme d\'Or at Cannes on Monday.\n'
    assert _quote_speakers(body, project_gazetteer, 1988) == []


def test_danish_lead_role_and_possessive_jury_aliases() -> None:
    gazetteer = load_default_gazetteer()
    for text, award in (
        ("the prize for best female lead role went to", "Best Actress"),
        ("the prize for best male lead role was given to", "Best Actor"),
        ("the jury's prize went to", "Jury Prize"),
        ("the jury's grand prize went to", "Grand Prix"),
    ):
        names = {
            c[1].name for m in gazetteer.find_awards(fold(text)) for c in m.candidates if c[0].key == "cannes"
        }
        assert award in names, text


def test_clause_break_inside_quoted_title(project_gazetteer: Gazetteer) -> None:
    body = 'CANNES (Reuter) - "Rain, Fog, and Paper," a first feature, won the Palme d\'Or at Cannes on Tuesday.\n'
    assert _wins(body, project_gazetteer, 1989) == {("Palme d'Or", "Rain, Fog, and Paper")}
    # Near miss: a real ", and" clause outside the quotes still starts a new clause.
    body = 'CANNES (Reuter) - Critics loved it, and "Paper Moon" won the Palme d\'Or at Cannes on Tuesday.\n'
    assert _wins(body, project_gazetteer, 1989) == {("Palme d'Or", "Paper Moon")}


def test_rerelease_and_elapsed_time_are_no_win(project_gazetteer: Gazetteer) -> None:
    body = (
        'More than four decades after it shared the Palme d\'Or at Cannes, "Cold Lake" is back on the '
        "big screen in a new 4K restoration.\n"
    )
    assert (
        _wins(body, project_gazetteer, 2023, title="'Cold Lake' returns to cinemas in a new restoration")
        == set()
    )
    assert _wins(body, project_gazetteer, 2023, title="Cold Lake is back") == set()
    # Near miss: a plain win this year stays.
    body = '"Cold Lake" won the Palme d\'Or at Cannes on Saturday.\n'
    assert _wins(body, project_gazetteer, 2023, title="Cannes awards") == {("Palme d'Or", "Cold Lake")}


def test_shared_surname_resolves_to_the_principal(project_gazetteer: Gazetteer) -> None:
    body = (
        '"Cold Lake," Tony Vu\'s first feature, won the Grand Jury Prize at Sundance on Saturday.\n\n'
        "Vu developed the story with his brother, Timothy Linh Vu.\n\n"
        '"We had people in the crowd stopping us every day to ask what we were doing," Vu said.\n'
    )
    assert _quote_speakers(body, project_gazetteer, 1999) == ["Tony Vu"]
    # Without a kinship noun too: a bare surname is the whole surname of the one two-word name,
    # not the end of a three-word one (session 8: "Coppola" is Sofia, not Francis Ford Coppola).
    body = body.replace("with his brother, Timothy Linh Vu", "with Timothy Linh Vu")
    assert _quote_speakers(body, project_gazetteer, 1999) == ["Tony Vu"]
    # Near miss: between two two-word names the latest still wins.
    body = body.replace("with Timothy Linh Vu", "with Timothy Vu")
    assert _quote_speakers(body, project_gazetteer, 1999) == ["Timothy Vu"]


def test_oscars_for_the_films_of_a_year_are_the_next_years_ceremony(project_gazetteer: Gazetteer) -> None:
    # The Oscars are keyed by ceremony year (/winner festival:Oscars year:1978 is the 50th).
    text = (
        'Woody Allen\'s "Annie Hall" won the Academy Award as best picture of 1977 Monday night, '
        "and Allen won the Oscar for best director."
    )
    for published in (date(1978, 4, 4), None):
        years = {
            (w.award, w.year) for w in extract(text, published=published, gazetteer=project_gazetteer).winners
        }
        assert years == {("Best Picture", 1978), ("Best Director", 1978)}
    # A festival's year is its own: "the Palme d'Or of 1977" is Cannes 1977.
    cannes = "Padre Padrone won the Palme d'Or of 1977 at Cannes on Friday."
    assert [
        w.year for w in extract(cannes, published=date(1977, 5, 27), gazetteer=project_gazetteer).winners
    ] == [1977]


COMMA_PALMARES = """Cannes 1979: the palmares

The awards in full:

GOLDEN PALM
- Cold Lake, Ed Cole (United States)
- Sun Song (Canciones), Lia Bell (Spain)

BEST DIRECTOR
- Tom Reed, Night Train (Italy)

BEST ACTRESS
- Maria Lopez, Blue Creek, dir. Ivan Petrov (Spain)
"""


def test_palmares_lines_split_title_and_director_on_a_comma(project_gazetteer: Gazetteer) -> None:
    text = COMMA_PALMARES + "\nCole, who made Cold Lake in six weeks, thanked the jury.\n"
    got = extract(
        text, title="Cannes 1979", published=date(1979, 5, 25), gazetteer=project_gazetteer
    ).to_json()
    directors = {(w["award"], w["film"]): w["directors"] for w in got["winners"]}
    assert directors == {
        ("Palme d'Or", "Cold Lake"): ["Ed Cole"],  # the article shows Cole as a person
        ("Palme d'Or", "Sun Song"): ["Lia Bell"],  # beside a title's original-title parenthesis
        ("Best Director", "Night Train"): ["Tom Reed"],  # a name under a person's award
        ("Best Actress", "Blue Creek"): ["Ivan Petrov"],  # the credit, never the country note
    }


def test_palmares_acting_lines_split_person_and_title_on_a_comma(project_gazetteer: Gazetteer) -> None:
    text = "Cannes 1979\n\nBEST ACTOR\n- Jack Lemmon, The China Syndrome (United States)\n\nBEST ACTRESS\n- Sally Field, Norma Rae\n"
    got = extract(text, published=date(1979, 5, 25), gazetteer=project_gazetteer).to_json()
    assert {(w["award"], w["film"], tuple(w["directors"])) for w in got["winners"]} == {
        ("Best Actor", "The China Syndrome", ()),
        ("Best Actress", "Norma Rae", ()),  # the performer is no director
    }


def test_palmares_item_with_an_inner_comma_and_no_person_stays_whole(project_gazetteer: Gazetteer) -> None:
    # Near miss: no part is a person -- "Mrs. Dery?" is no name, "Caution" one word, and the
    # award is a film's -- so the title keeps its comma.
    text = (
        "Cannes 1979\n\nGOLDEN PALM\n- Lust, Caution (Taiwan)\n\n"
        "BEST ACTRESS\n- Where Are You, Mrs. Dery? (Hungary)\n\n"
        "GRAND PRIX\n- Sex, Lies, and Videotape\n"
    )
    got = extract(text, published=date(1979, 5, 25), gazetteer=project_gazetteer).to_json()
    assert {(w["award"], w["film"]) for w in got["winners"]} == {
        ("Palme d'Or", "Lust, Caution"),
        ("Best Actress", "Where Are You, Mrs. Dery?"),
        ("Grand Prix", "Sex, Lies, and Videotape"),
    }


DASHED_PALMARES = """Venice 2011: the complete list of prizes

Golden Lion for Best Film — Cold Lake (Ed Cole, Russia)

Silver Lion for Best Director — Sun Song / Ri Ge (Lia Bell, China/Hong Kong)

Coppa Volpi for Best Actor — Tom Reed — Night Train (Ivan Petrov, United Kingdom)

Osella for Best Screenplay — Ann Gray and Bo Lind — Blue Creek / Sini Joki (Ann Gray, Finland)
"""


def test_palmares_line_with_recipient_dash_and_slashed_original_title(project_gazetteer: Gazetteer) -> None:
    got = extract(DASHED_PALMARES, published=date(2011, 9, 10), gazetteer=project_gazetteer).to_json()
    assert {(w["award"], w["film"], tuple(w["directors"])) for w in got["winners"]} == {
        ("Golden Lion", "Cold Lake", ("Ed Cole",)),
        ("Silver Lion for Best Director", "Sun Song", ("Lia Bell",)),  # the countries are no credit
        ("Volpi Cup for Best Actor", "Night Train", ("Ivan Petrov",)),  # the recipient is no title
        ("Best Screenplay", "Blue Creek", ("Ann Gray",)),
    }


def test_palmares_dash_keeps_a_title_that_is_no_recipient(project_gazetteer: Gazetteer) -> None:
    # Near misses: an article-led title before the dash, and a film's award (no person's prize),
    # keep the "Title — Director" reading; a slash without spaces is part of the title.
    text = (
        "Venice 2011\n\nGolden Lion — The Cold Lake — Ed Cole\n\n"
        "Special Jury Prize — Face/Off (Ann Gray, Finland)\n"
    )
    got = extract(text, published=date(2011, 9, 10), gazetteer=project_gazetteer).to_json()
    assert {(w["award"], w["film"]) for w in got["winners"]} == {
        ("Golden Lion", "The Cold Lake"),
        ("Special Jury Prize", "Face/Off"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Portuguese/Spanish machine translation: "melhor" as "better", "coadjuvante",
        # "ficou com" as "stayed with", "entre eles" as "between them".
        (
            'The Oscar of better direction stayed with the American Steven Spielberg, for "Saving Private Ryan".',
            {("Best Director", "Saving Private Ryan")},
        ),
        (
            'The British Judi Dench won the Oscar of better coadjuvant actress for "Shakespeare in Love".',
            {("Best Supporting Actress", "Shakespeare in Love")},
        ),
        (
            '"Shakespeare in Love" was the great winner of the ceremony of the Oscar, taking seven statuettes, '
            "between them the Oscar to the best film.",
            {("Best Picture", "Shakespeare in Love")},
        ),
        # A title's parenthesised other form is the film where the article uses it as a title.
        (
            'The Oscar of better direction stayed with Steven Spielberg, for "O Resgate do Soldado Ryan" '
            '(Saving Private Ryan). "Saving Private Ryan" took five statuettes in total.',
            {("Best Director", "Saving Private Ryan")},
        ),
        # Near misses: no use elsewhere keeps the title as written; "film prize" names no award;
        # "stayed to" is no link; a relative clause after the recipient is no palmarès item.
        (
            'The Oscar for best director went to Ariel Rotter for "El otro" (The Other).',
            {("Best Director", "El otro")},
        ),
        ('"Amour" won the film prize of the critics at the Oscars.', set()),
        (
            'The Oscar of better direction stayed to the end of the Oscars ceremony with "Saving Private Ryan".',
            set(),
        ),
        (
            "At the Oscars, the Oscar of better adapted screenplay went to Bill Condon, who also directed "
            '"Deuses e Monstros" (Gods and Monsters).',
            {("Best Adapted Screenplay", "Deuses e Monstros")},
        ),
    ],
)
def test_portuguese_machine_translation_award_names_and_links(
    text: str, expected: set[tuple[str, str]], project_gazetteer: Gazetteer
) -> None:
    got = extract(text, published=date(1999, 3, 22), gazetteer=project_gazetteer)
    assert {(w.award, w.film) for w in got.winners} == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A dashed category name written with a comma.
        (
            '10:58 p.m. — And the final award: best motion picture, drama goes to "12 Years a Slave."',
            date(2014, 1, 13),
            {("Best Motion Picture – Drama", "12 Years a Slave")},
        ),
        # An initialism in the award's qualifier, a fulfilled expectation between verb and "to".
        (
            "At the Sundance Film Festival, the grand jury prize in the U.S. dramatic competition went, as many "
            'had predicted, to "Beasts of the Southern Wild."',
            date(2012, 1, 29),
            {("Grand Jury Prize: U.S. Dramatic", "Beasts of the Southern Wild")},
        ),
        # Near misses: another section named right after the award; a hope, not a fulfilled one.
        (
            'At the Sundance Film Festival, Eugene Jarecki\'s "The House I Live In" won the grand jury prize for '
            'U.S. documentary, seven years after "Why We Fight."',
            date(2012, 1, 29),
            set(),
        ),
        (
            "At the Sundance Film Festival, the grand jury prize is expected to go, as many had predicted, to "
            '"Beasts of the Southern Wild."',
            date(2012, 1, 20),
            set(),
        ),
        # A film described by the section's word is still the winner.
        (
            'At the Berlin film festival, the Golden Bear went to the documentary "Fire at Sea" on Saturday.',
            date(2016, 2, 20),
            {("Golden Bear", "Fire at Sea")},
        ),
    ],
)
def test_comma_category_initialism_qualifier_and_section_after_award(
    text: str, published: date, expected: set[tuple[str, str]], project_gazetteer: Gazetteer
) -> None:
    got = extract(text, published=published, gazetteer=project_gazetteer)
    assert {(w.award, w.film) for w in got.winners} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A haul, its time, then a participle that lists it; an item's "for X" names a person.
        (
            'LOS ANGELES (AP) — "The Silence of the Lambs," a chilling thriller about an FBI trainee, swept the '
            "top five Academy Awards on Monday night, winning best picture, best director for Jonathan Demme and "
            "acting Oscars for Anthony Hopkins and Jodie Foster.",
            {("Best Picture", "The Silence of the Lambs"), ("Best Director", "The Silence of the Lambs")},
        ),
        (
            "Oppenheimer won Best Picture at the Oscars on Sunday. The film took seven awards in total, including "
            "Best Actor for Cillian Murphy.",
            {("Best Picture", "Oppenheimer"), ("Best Actor", "Oppenheimer")},
        ),
        # An apposition that lists the haul.
        (
            "At Venice, Saverio Costanzo's Hungry Hearts, an Italian film, took both acting awards, the Volpi Cup for "
            "best actor to Adam Driver and the Volpi Cup for best actress to Alba Rohrwacher.",
            {("Volpi Cup for Best Actor", "Hungry Hearts"), ("Volpi Cup for Best Actress", "Hungry Hearts")},
        ),
        # A coordinated clause sharing "went to".
        (
            "At Venice, the best screenplay prize went to Rakhshan Banietemad for Tales, and the Special Jury Prize "
            "to Sivas, a story of a boy.",
            {("Best Screenplay", "Tales"), ("Special Jury Prize", "Sivas")},
        ),
        # A title's own possessive after a connector; a festival inside an adjective.
        (
            "At Venice, the Silver Lion for best director went to Andrei Konchalovsky for The Postman's White Nights, "
            "a gentle portrait of a postman.",
            {("Silver Lion for Best Director", "The Postman's White Nights")},
        ),
        (
            "At the Venice festival, the Grand Jury Prize went to Joshua Oppenheimer's The Look of Silence, the "
            "companion piece to his Oscar-nominated The Act of Killing.",
            {("Grand Jury Prize", "The Look of Silence")},
        ),
        # Near misses: the apposition lists no awards; the shared "went to" is only hoped for;
        # a director's possessive still credits.
        ("At Venice, Hungry Hearts took both acting awards, the jury said on Saturday.", set()),
        (
            "At Venice, the best screenplay prize is expected to go to Rakhshan Banietemad for Tales, and the "
            "Special Jury Prize to Sivas, a story of a boy.",
            set(),
        ),
        (
            "At Venice, the Silver Lion went to Andrei Konchalovsky's White Nights, a gentle portrait of a postman.",
            {("Silver Lion for Best Director", "White Nights")},
        ),
    ],
)
def test_hauls_shared_went_to_and_title_possessives(
    text: str, expected: set[tuple[str, str]], project_gazetteer: Gazetteer
) -> None:
    published = {"Venice": date(2014, 9, 7), "Oppenheimer": date(2024, 3, 11)}
    when = next((day for word, day in published.items() if word in text), date(1992, 3, 31))
    got = extract(text, published=when, gazetteer=project_gazetteer)
    assert {(w.award, w.film) for w in got.winners} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Single-quoted titles (wire-service house style) and Korean machine translation's
        # verb-final clauses.
        (
            "(Berlin = Yonhap News) Top award Golden Bear (best work award) is Hungary woman director Ildiko "
            "Enyedi's 'On Body and Soul' (Body and soul regarding) received.",
            {("Golden Bear", "On Body and Soul")},
        ),
        (
            "(Berlin = Yonhap News) Silver Bear directing award is Finland's Aki Kaurismäki director "
            "‘The Other Side of Hope’ went to.",
            {("Silver Bear for Best Director", "The Other Side of Hope")},
        ),
        # Near misses: a single-quoted statement is no title; scare quotes in lower case neither.
        (
            "At the Berlin festival, 'I am so happy to take the Golden Bear home,' said the director of Synonyms.",
            set(),
        ),
        (
            "At the Berlin festival, the 'surprise' Golden Bear winner was announced after a long night.",
            set(),
        ),
    ],
)
def test_single_quoted_titles_and_directing_award(
    text: str, expected: set[tuple[str, str]], project_gazetteer: Gazetteer
) -> None:
    got = extract(text, published=date(2017, 2, 19), gazetteer=project_gazetteer)
    assert {(w.award, w.film) for w in got.winners} == expected


def test_a_career_start_is_no_win(project_gazetteer: Gazetteer) -> None:
    text = (
        "Cannes opens its 2005 festival on Wednesday. Haneke won the Grand Prix in 2001, and Jarmusch began "
        'his career here with the Caméra d\'Or for "Stranger Than Paradise".'
    )
    assert extract(text, published=date(2005, 5, 11), gazetteer=project_gazetteer).winners == ()
    # Near miss: a first film that wins now is news.
    news = 'At Cannes on Sunday, the Caméra d\'Or for the best first film went to "Or (My Treasure)".'
    assert [
        w.award for w in extract(news, published=date(2004, 5, 23), gazetteer=project_gazetteer).winners
    ] == ["Caméra d'Or"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At the Venice film festival, the third instalment, A Pigeon Sat on a Branch Reflecting on Existence, "
            "took four years to build.\n\nOn Saturday it won the Golden Lion.",
            {("Golden Lion", "A Pigeon Sat on a Branch Reflecting on Existence")},
        ),
        # Near misses: no title to refer to; a hope; a person's prize.
        (
            "At the Venice film festival, the jury met at the Lido for ten days.\n\nOn Saturday it won the Golden Lion.",
            set(),
        ),
        (
            'At the Venice film festival, "Birdman" opened the 71st Mostra.\n\nIt could win the Golden Lion.',
            set(),
        ),
        (
            'At the Venice film festival, "Hungry Hearts" was a hit.\n\nIt won the Volpi Cup for best actress.',
            set(),
        ),
    ],
)
def test_pronoun_subject_is_the_film_named_last(
    text: str, expected: set[tuple[str, str]], project_gazetteer: Gazetteer
) -> None:
    got = extract(text, published=date(2014, 9, 7), gazetteer=project_gazetteer)
    assert {(w.award, w.film) for w in got.winners} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At Cannes, the best actress prize went to two women: the American Jill Clayburgh, for her role as a wife "
            'in Paul Mazursky\'s "An Unmarried Woman," and the French actress Isabelle Huppert, who plays a '
            'poisoner in Claude Chabrol\'s "Violette Noziere."',
            {("Best Actress", "An Unmarried Woman"), ("Best Actress", "Violette Noziere")},
        ),
        (
            "At Cannes, the jury split its Jury Prize, giving it ex aequo to Apichatpong Weerasethakul's "
            '"Tropical Malady" and to Irma P. Hall, the actress who plays the landlady in the Coens\' remake of '
            '"The Ladykillers."',
            {("Jury Prize", "Tropical Malady"), ("Jury Prize", "The Ladykillers")},
        ),
        # Near misses: no tie, so a second quoted title describes the first; a tie with three
        # quoted titles is not read as two winners.
        (
            'At Cannes, the Jury Prize went to Joel Coen\'s "The Ladykillers," a remake of the Ealing comedy '
            'and a rival to "Oldboy."',
            {("Jury Prize", "The Ladykillers")},
        ),
        (
            'At Cannes, the Jury Prize went to two films: "Tropical Malady," a fable that recalls "Blissfully '
            'Yours," and "The Ladykillers."',
            {("Jury Prize", "Tropical Malady")},
        ),
    ],
)
def test_tie_winners_named_in_any_description(
    text: str, expected: set[tuple[str, str]], project_gazetteer: Gazetteer
) -> None:
    got = extract(text, published=date(2004, 5, 22), gazetteer=project_gazetteer)
    assert {(w.award, w.film) for w in got.winners} == expected


def test_a_shared_category_name_implies_no_festival(project_gazetteer: Gazetteer) -> None:
    # "best motion picture" is a category many award bodies share: in a Golden Globes story it is
    # no Oscar; a trophy's name ("Golden Bear") still implies its festival.
    globes = 'At the Golden Globes, "American Hustle" won best motion picture, musical or comedy.'
    assert extract(globes, published=date(2014, 1, 13), gazetteer=project_gazetteer).winners == ()
    oscars = 'At the Academy Awards, "Parasite" won best picture on Sunday.'
    got = extract(oscars, published=date(2020, 2, 10), gazetteer=project_gazetteer).winners
    assert [(w.festival, w.award) for w in got] == [("Oscars", "Best Picture")]
    bear = '"On Body and Soul" won the Golden Bear on Saturday.'
    title = "'On Body and Soul' wins Golden Bear"
    found = extract(bear, title=title, published=date(2017, 2, 19), gazetteer=project_gazetteer).winners
    assert [(w.festival, w.award) for w in found] == [("Berlin", "Golden Bear")]


def test_list_lines_under_another_sections_heading(project_gazetteer: Gazetteer) -> None:
    text = (
        "Venice 2023: the awards\n\nCOMPETITION\n\nBest Director — Matteo Garrone — Io Capitano (Italy)\n\n"
        "ORIZZONTI\n\nBest Director — Mika Gustafson — Paradise Is Burning (Sweden)\n\n"
        "SHORT FILMS\n\nGolden Lion — A Short Film (Ann Gray, Finland)\n"
    )
    got = extract(text, published=date(2023, 9, 9), gazetteer=project_gazetteer)
    # Near misses: the same award names under a sidebar section's heading are not the main prizes.
    assert {(w.award, w.film) for w in got.winners} == {("Silver Lion for Best Director", "Io Capitano")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At Cannes, Almodóvar missed out on the Palme d'Or, which went instead to Ken Loach's \"I, Daniel Blake\".",
            {("Palme d'Or", "I, Daniel Blake")},
        ),
        (
            "At the Berlinale, Hong Sang-soo's 'The Day After' did not win the Golden Bear, which went to "
            "'On Body and Soul'.",
            {("Golden Bear", "On Body and Soul")},
        ),
        # Near misses: the relative clause dates another edition, or only hopes.
        (
            "At Cannes, Almodóvar missed out on the Palme d'Or, which went to Ken Loach's \"The Wind That Shakes "
            'the Barley" in 2006.',
            set(),
        ),
        (
            "At Cannes, Almodóvar missed out on the Palme d'Or, which went to Ken Loach's \"I, Daniel Blake\" "
            "last year.",
            set(),
        ),
        ('At Cannes, Almodóvar hopes to win the Palme d\'Or, which could go to "Julieta".', set()),
    ],
)
def test_relative_clause_tells_who_took_the_award(
    text: str, expected: set[tuple[str, str]], project_gazetteer: Gazetteer
) -> None:
    published = date(2017, 2, 19) if "Berlinale" in text else date(2016, 5, 22)
    got = extract(text, published=published, gazetteer=project_gazetteer)
    assert {(w.award, w.film) for w in got.winners} == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The evening's most memorable moment at the Oscars belonged to Jack Palance, 73, who won best supporting "
            'actor for his role as a leathery trail boss in the comedy "City Slickers."',
            date(1992, 3, 31),
            {("Best Supporting Actor", "City Slickers")},
        ),
        (
            "At the Venice festival, the evening's most political award went to Brian De Palma, who won the Silver "
            "Lion for best director for Redacted, a furious reconstruction of a crime.",
            date(2007, 9, 9),
            {("Silver Lion for Best Director", "Redacted")},
        ),
        (
            'At the Oscars on Sunday, the night belonged to Bong Joon-ho, who won best director for "Parasite".',
            date(2020, 2, 10),
            {("Best Director", "Parasite")},
        ),
        # Near misses: a relative clause of anything but the ceremony's moment is history; so is
        # one with another year.
        (
            'At Cannes, the jury presidency went to Jane Campion, who won the Palme d\'Or for "The Piano".',
            date(2014, 5, 25),
            set(),
        ),
        (
            "The Cannes festival closed on Sunday.\n\nThe evening's biggest ovation went to Jane Campion, who won "
            'the Palme d\'Or in 1993 for "The Piano".',
            date(2014, 5, 25),
            set(),
        ),
    ],
)
def test_ceremony_moment_relative_clause_win(
    text: str, published: date, expected: set[tuple[str, str]], project_gazetteer: Gazetteer
) -> None:
    got = extract(text, published=published, gazetteer=project_gazetteer)
    assert {(w.award, w.film) for w in got.winners} == expected


def test_parenthesised_title_form_follows_the_articles_convention(project_gazetteer: Gazetteer) -> None:
    pairs = (
        'LOS ANGELES - The romantic comedy "Shakespeare Apaixonado" (Shakespeare in Love) was the great winner '
        'of the Oscar. Spielberg directed "O Resgate do Soldado Ryan" (Saving Private Ryan).\n\n'
        '"Shakespeare in Love" took seven statuettes. "Saving Private Ryan" took five.\n\n'
    )
    condon = (
        "The Oscar of better adapted screenplay went to Bill Condon, who also directed "
        '"Deuses e Monstros" (Gods and Monsters).'
    )
    got = extract(pairs + condon, published=date(1999, 3, 22), gazetteer=project_gazetteer)
    assert {(w.award, w.film) for w in got.winners} == {("Best Adapted Screenplay", "Gods and Monsters")}
    # Near miss: one pair is no convention, so the title stays as written.
    one_pair = 'LOS ANGELES - "Shakespeare Apaixonado" (Shakespeare in Love) won. "Shakespeare in Love" took seven.\n\n'
    got = extract(one_pair + condon, published=date(1999, 3, 22), gazetteer=project_gazetteer)
    assert {(w.award, w.film) for w in got.winners} == {("Best Adapted Screenplay", "Deuses e Monstros")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At Cannes, ‘Thank You,’ said Sean Baker as he accepted the Palme d'Or.", set()),
        (
            'At Cannes, "Thank You!" Sean Baker shouted as he accepted the Palme d\'Or for "Anora".',
            {("Palme d'Or", "Anora")},
        ),
        # Near miss: a title with a comma inside its marks and no attribution stays a title.
        ('At Cannes, "Anora," a comedy, won the Palme d\'Or.', {("Palme d'Or", "Anora")}),
    ],
)
def test_short_attributed_statement_is_no_title(
    text: str, expected: set[tuple[str, str]], project_gazetteer: Gazetteer
) -> None:
    got = extract(text, published=date(2024, 5, 25), gazetteer=project_gazetteer)
    assert {(w.award, w.film) for w in got.winners} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A foreign form (sentence case, a foreign article, an elided article) is a gloss.
        (
            "From Afar (Desde alla), a spare drama, has won the Golden Lion at the Venice Film Festival.",
            {("Golden Lion", "From Afar")},
        ),
        (
            "The Silver Lion went to Pablo Trapero for The Clan (El Clan), his thriller, at the Venice Film Festival.",
            {("Silver Lion for Best Director", "The Clan")},
        ),
        (
            "At the Venice Film Festival, Fabrice Luchini took the Volpi Cup for best actor for the comedy "
            "L'Hermine (Courted).",
            {("Volpi Cup for Best Actor", "L'Hermine")},
        ),
        # The first form used alone elsewhere.
        (
            "Frenzy (Abluka), a thriller, won the Golden Lion at the Venice Film Festival. Frenzy is bleak.",
            {("Golden Lion", "Frenzy")},
        ),
        # Near miss: an English parenthesis never used apart stays part of the title.
        (
            "Norwegian director Dag Johan Haugerud's Dreams (Sex Love) won the Golden Bear at the Berlin "
            "International Film Festival on Saturday.",
            {("Golden Bear", "Dreams (Sex Love)")},
        ),
    ],
)
def test_unquoted_title_with_other_language_form(
    text: str, expected: set[tuple[str, str]], project_gazetteer: Gazetteer
) -> None:
    got = extract(text, published=date(2015, 9, 12), gazetteer=project_gazetteer)
    assert {(w.award, w.film) for w in got.winners} == expected


def test_two_foreign_pairs_set_the_articles_convention(project_gazetteer: Gazetteer) -> None:
    lead = "At the Venice Film Festival, The Clan (El Clan) and For Your Love (Per amor vostro) were admired.\n\n"
    text = "The Special Jury Prize went to Frenzy (Abluka), Emin Alper's paranoid thriller."
    got = extract(lead + text, published=date(2015, 9, 12), gazetteer=project_gazetteer)
    assert {(w.award, w.film) for w in got.winners} == {("Special Jury Prize", "Frenzy")}
    # Near miss: without such pairs a parenthesised phrase stays (a one-word parenthesis is an
    # other-language form whatever the convention: see test_plausible_title_cuts_credit_debris).
    phrase = text.replace("(Abluka)", "(Sex Love)")
    got = extract(
        "At the Venice Film Festival.\n\n" + phrase, published=date(2015, 9, 12), gazetteer=project_gazetteer
    )
    assert {(w.award, w.film) for w in got.winners} == {("Special Jury Prize", "Frenzy (Sex Love)")}


def test_middle_initial_and_adjective_before_genre_mark_a_person(project_gazetteer: Gazetteer) -> None:
    text = (
        "At the Venice Film Festival, the Volpi Cup for best actress went to Valeria Golino for her role "
        "in Giuseppe M. Gaudino's Neapolitan drama For Your Love.\n\n"
        "Fabrice Luchini took the Volpi Cup for best actor for Christian Vincent's courtroom comedy "
        "L'Hermine. The film also won the best screenplay prize for Vincent."
    )
    got = extract(text, published=date(2015, 9, 12), gazetteer=project_gazetteer)
    films = {(w.award, w.film) for w in got.winners}
    assert ("Volpi Cup for Best Actress", "For Your Love") in films
    # Near miss: the screenplay's "for Vincent" names the writer, never a film.
    assert not any(w.film in {"Vincent", "Giuseppe M"} for w in got.winners)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('At the Golden Globes, "Homeland" was named best drama series and Claire Danes won.', set()),
        ('At the Golden Globes, Meryl Streep won best dramatic actress for "The Iron Lady."', set()),
        # Near miss: "dramatic film" and the plain name are still the award.
        (
            '"Brokeback Mountain" won the Golden Globe for best dramatic film on Monday.',
            {("Best Motion Picture – Drama", "Brokeback Mountain")},
        ),
        (
            'At the Golden Globes, "The Descendants" was named best motion picture drama.',
            {("Best Motion Picture – Drama", "The Descendants")},
        ),
    ],
)
def test_award_name_inside_a_longer_category(
    text: str, expected: set[tuple[str, str]], project_gazetteer: Gazetteer
) -> None:
    got = extract(text, published=date(2012, 1, 16), gazetteer=project_gazetteer)
    assert {(w.award, w.film) for w in got.winners} == expected


def test_sidebar_section_named_before_a_prize(project_gazetteer: Gazetteer) -> None:
    main = (
        'Ryan Coogler\'s "Fruitvale" won the Grand Jury Prize in the U.S. Dramatic Competition at the '
        "Sundance Film Festival on Saturday.\n\n"
    )
    sidebar = (
        'Steve Hoover\'s "Blood Brother" pulled off the same double in the U.S. Documentary Competition, '
        "winning both the jury's top prize and the audience vote.\n\n"
        'In the World Cinema categories, the Grand Jury Prize for drama went to "Jiseul."'
    )
    got = extract(main + sidebar, published=date(2013, 1, 27), gazetteer=project_gazetteer)
    assert {w.film for w in got.winners} == {"Fruitvale"}
    # Near miss: a rank with no section before it is the festival's top prize.
    got = extract(
        'At the Sundance Film Festival, "Blood Brother" took the jury\'s top prize on Saturday.',
        published=date(2013, 1, 27),
        gazetteer=project_gazetteer,
    )
    assert {w.film for w in got.winners} == {"Blood Brother"}


def test_long_apposition_of_the_opening_title(project_gazetteer: Gazetteer) -> None:
    text = (
        'Ryan Coogler\'s "Fruitvale," a first feature about the last day in the life of Oscar Grant, the '
        "22-year-old shot dead by a transit police officer on New Year's Day 2009, won the Grand Jury Prize "
        "in the U.S. Dramatic Competition at the Sundance Film Festival on Saturday night."
    )
    got = extract(text, published=date(2013, 1, 27), gazetteer=project_gazetteer)
    assert {(w.award, w.film) for w in got.winners} == {("Grand Jury Prize: U.S. Dramatic", "Fruitvale")}
    # Near miss: a year in the clause of the win itself still dates it.
    past = (
        'Ryan Coogler\'s "Fruitvale," a first feature about Oscar Grant, the 22-year-old shot dead on a '
        "platform, won the Grand Jury Prize at the Sundance Film Festival in 2009."
    )
    got = extract(past, gazetteer=project_gazetteer)
    assert {(w.year, w.film) for w in got.winners} == {(2009, "Fruitvale")}


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Mike Leigh to head Berlin film festival jury",
            'Leigh succeeds Isabella Rossellini, whose jury handed the Golden Bear to "A Separation" at the '
            "Berlin film festival.",
            set(),
        ),
        (
            "Berlin names its jury",
            "British director Mike Leigh will preside over the international jury of the Berlin film festival. "
            'Rossellini\'s jury handed the Golden Bear to "A Separation" at the Berlin film festival.',
            set(),
        ),
        (
            "Berlin memories",
            'Leigh competed at the Berlin film festival with "Happy-Go-Lucky" in 2008. The Golden Bear that '
            'year went to Jose Padilha\'s "Elite Squad".',
            set(),
        ),
        # Near miss: a jury that has handed out its prizes is award news.
        (
            "Leigh's jury gives Golden Bear to 'A Separation'",
            'The jury headed by Mike Leigh handed the Golden Bear to "A Separation" at the Berlin film festival.',
            {("Golden Bear", "A Separation")},
        ),
    ],
)
def test_jury_appointment_and_that_year_are_no_news(
    title: str, text: str, expected: set[tuple[str, str]], project_gazetteer: Gazetteer
) -> None:
    got = extract(text, title=title, published=date(2011, 12, 2), gazetteer=project_gazetteer)
    assert {(w.award, w.film) for w in got.winners} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'At the Academy Awards race, "The Hurt Locker" has won the top prize from the Producers Guild.',
            set(),
        ),
        ('At the Academy Awards race, "The Hurt Locker" took the Producers Guild\'s top prize.', set()),
        # Near miss: the festival's own top prize.
        ('"Anora" won the top prize at the Cannes Film Festival on Saturday.', {("Palme d'Or", "Anora")}),
    ],
)
def test_another_bodys_top_prize(
    text: str, expected: set[tuple[str, str]], project_gazetteer: Gazetteer
) -> None:
    got = extract(text, published=date(2010, 3, 2), gazetteer=project_gazetteer)
    assert {(w.award, w.film) for w in got.winners} == expected


def test_winners_box_labels_without_best(project_gazetteer: Gazetteer) -> None:
    box = (
        "Winners of the 77th annual Academy Awards, presented Sunday night.\n\n"
        'PICTURE: "Million Dollar Baby"\n\n'
        'ACTOR: Jamie Foxx, "Ray"\n\n'
        'SUPPORTING ACTOR — Morgan Freeman ("Million Dollar Baby")\n\n'
        'ADAPTED SCREENPLAY: Alexander Payne, Jim Taylor, "Sideways"\n'
    )
    got = extract(
        box,
        title="AT A GLANCE: The 77th Academy Awards",
        published=date(2005, 2, 28),
        gazetteer=project_gazetteer,
    )
    films = {(w.award, w.film) for w in got.winners}
    assert {("Best Picture", "Million Dollar Baby"), ("Best Actor", "Ray")} <= films
    # Near miss: a credits box of one film has no award lines, so "Director:" is no award.
    credits = (
        "The Academy Awards season opens with a review screening.\n\n"
        'Director: Clint Eastwood, "Million Dollar Baby"\n\n'
        'Actress: Hilary Swank, "Million Dollar Baby"\n'
    )
    got = extract(
        credits, title="Oscars 2005 preview", published=date(2005, 2, 20), gazetteer=project_gazetteer
    )
    assert not got.winners


def test_bilingual_press_release_palmares(project_gazetteer: Gazetteer) -> None:
    release = (
        "FESTIVAL DE CANNES 2001 - PALMARÈS / AWARDS\n\n"
        "The Jury of the 54th International Film Festival, presided by Liv ULLMANN, has awarded the "
        "following prizes at the closing ceremony:\n\n"
        "PALME D'OR\n"
        "LA STANZA DEL FIGLIO (LA CHAMBRE DU FILS / THE SON'S ROOM)\n"
        "réalisé par / directed by Nanni MORETTI (Italie / Italy)\n\n"
        "PRIX DE LA MISE EN SCÈNE / AWARD FOR BEST DIRECTOR\n"
        "ex-aequo :\n"
        "Joel COEN pour / for THE MAN WHO WASN'T THERE (États-Unis / USA)\n"
        "David LYNCH pour / for MULHOLLAND DRIVE (États-Unis / USA)\n\n"
        "PRIX D'INTERPRÉTATION FÉMININE / AWARD FOR BEST ACTRESS\n"
        "Isabelle HUPPERT dans / in LA PIANISTE (THE PIANO TEACHER)\n"
        "réalisé par / directed by Michael HANEKE\n"
    )
    got = extract(
        release, title="FESTIVAL DE CANNES 2001", published=date(2001, 5, 20), gazetteer=project_gazetteer
    )
    assert {(w.award, w.film) for w in got.winners} == {
        ("Palme d'Or", "THE SON'S ROOM"),
        ("Best Director", "THE MAN WHO WASN'T THERE"),
        ("Best Director", "MULHOLLAND DRIVE"),
        ("Best Actress", "THE PIANO TEACHER"),
    }
    assert {w.directors for w in got.winners if w.award == "Palme d'Or"} == {("Nanni Moretti",)}


def test_performer_in_title_only_under_a_performers_award(project_gazetteer: Gazetteer) -> None:
    lines = (
        "The jury of the Cannes Film Festival, presided by Liv Ullmann, awarded the following prizes on "
        "Sunday night:\n\nPALME D'OR\nTwo Days in Paris (France)\n\nBEST ACTRESS\nIsabelle Huppert in The Piano Teacher\n"
    )
    got = extract(lines, title="Cannes 2001 awards", published=date(2001, 5, 20), gazetteer=project_gazetteer)
    # Near miss: under a film's award "Two Days in Paris" stays one title.
    assert {(w.award, w.film) for w in got.winners} == {
        ("Palme d'Or", "Two Days in Paris"),
        ("Best Actress", "The Piano Teacher"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The Spanish Pedro Almodóvar obtained for "Speak with her" the Oscar to the best script original.',
            {("Best Original Screenplay", "Speak with her")},
        ),
        (
            'At the Oscars, Catherine Zeta-Jones won as best actress of distribution by "Chicago".',
            {("Best Supporting Actress", "Chicago")},
        ),
        (
            'At the Oscars, the one of better film of animation went to the Japanese "The trip of Chihiro".',
            {("Best Animated Feature", "The trip of Chihiro")},
        ),
        # Near miss: the plain "actress" is the lead category, not the supporting one.
        ('At the Oscars, Nicole Kidman won as best actress by "The hours".', {("Best Actress", "The hours")}),
    ],
)
def test_machine_translated_category_names(
    text: str, expected: set[tuple[str, str]], project_gazetteer: Gazetteer
) -> None:
    got = extract(text, published=date(2003, 3, 24), gazetteer=project_gazetteer)
    assert {(w.award, w.film) for w in got.winners} == expected


def test_for_names_the_recipient_after_a_quoted_subject(project_gazetteer: Gazetteer) -> None:
    lead = 'At the Oscars, "Chicago" won, "Frida" won two and "Gangs of New York" none.\n\n'
    text = (
        '"The pianist", story of a Jewish musician, obtained also the Oscar to the best actor for Adrien Brody '
        "and the Oscar to the best script adapted for Ronald Harwood."
    )
    got = extract(lead + text, published=date(2003, 3, 24), gazetteer=project_gazetteer)
    assert {(w.award, w.film) for w in got.winners} == {
        ("Best Actor", "The pianist"),
        ("Best Adapted Screenplay", "The pianist"),
    }
    # Near miss: a quoted film after "for" is the film, whatever the subject.
    text = '"The pianist" crew cheered as the Oscar to the best actor went for "Adaptation".'
    got = extract(lead + text, published=date(2003, 3, 24), gazetteer=project_gazetteer)
    assert ("Best Actor", "Adrien Brody") not in {(w.award, w.film) for w in got.winners}


def test_full_stop_inside_a_quoted_title(project_gazetteer: Gazetteer) -> None:
    text = (
        'At the Oscars, the Oscar to the best actor of distribution was for Chris Cooper by "Adaptation. The '
        'thief of orchids", of Spike Jonze.'
    )
    got = extract(text, published=date(2003, 3, 24), gazetteer=project_gazetteer)
    assert {(w.award, w.film) for w in got.winners} == {
        ("Best Supporting Actor", "Adaptation. The thief of orchids")
    }
    # Near miss: a full stop after the closing mark still ends the sentence.
    text = 'At the Oscars, "Chicago" won best picture. "The pianist" was admired.'
    got = extract(text, published=date(2003, 3, 24), gazetteer=project_gazetteer)
    assert {(w.award, w.film) for w in got.winners} == {("Best Picture", "Chicago")}


def test_quoted_original_form_in_parentheses_is_no_second_film(project_gazetteer: Gazetteer) -> None:
    text = (
        'At the Berlin film festival, the jury\'s grand prize, a Silver Bear, was split between "Offside", a '
        'comedy, and "A Soap" ("En Soap"), a drama.'
    )
    got = extract(text, published=date(2006, 2, 19), gazetteer=project_gazetteer)
    assert {w.film for w in got.winners} == {"Offside", "A Soap"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At the Venice festival the Big prize of jury (the Lion of silver) received the film «Kite» of "
            "Randa Shahal Sabbag.",
            {("Grand Jury Prize", "Kite")},
        ),
        (
            "At the Venice festival the Cup Volpi for the best masculine role received the American actor Sean "
            "Penn for the role in the film «21 grams».",
            {("Volpi Cup for Best Actor", "21 grams")},
        ),
        # Near miss: a Silver Lion named on its own is still the director's prize.
        (
            "At the Venice festival the Lion of silver for the direction is awarded to Takeshi Kitano for the "
            "film «Zatoichi».",
            {("Silver Lion for Best Director", "Zatoichi")},
        ),
    ],
)
def test_russian_machine_translation_award_names(
    text: str, expected: set[tuple[str, str]], project_gazetteer: Gazetteer
) -> None:
    got = extract(text, published=date(2003, 9, 7), gazetteer=project_gazetteer)
    assert {(w.award, w.film) for w in got.winners} == expected


def test_comma_cut_titles_keep_their_state_and_first_person_parts(project_gazetteer: Gazetteer) -> None:
    text = (
        "At the Academy Awards, Frances McDormand was named best actress for Martin McDonagh's Three "
        "Billboards Outside Ebbing, Missouri, in which she plays a grieving mother. Allison Janney was "
        "named best supporting actress for playing an abrasive mother in I, Tonya."
    )
    got = extract(text, published=date(2018, 3, 5), gazetteer=project_gazetteer)
    films = {(w.award, w.film) for w in got.winners}
    assert ("Best Actress", "Three Billboards Outside Ebbing, Missouri") in films
    assert ("Best Supporting Actress", "I, Tonya") in films
    # Near miss: a capitalised word after the state goes on into a name, no address ends there.
    text = "At the Academy Awards, Nomadland won best picture, Texas Monthly reported."
    got = extract(text, published=date(2021, 4, 26), gazetteer=project_gazetteer)
    assert {w.film for w in got.winners} == {"Nomadland"}


def test_nationality_subject_gives_way_to_the_headline_title(project_gazetteer: Gazetteer) -> None:
    body = "Romanian film by director Calin Peter Netzer won on Saturday the Golden Bear at the Berlin film festival."
    title = "Romanian film 'Child's Pose' by Calin Peter Netzer wins Golden Bear at Berlinale"
    got = extract(
        body + " 'Child's Pose' is a drama.",
        title=title,
        published=date(2013, 2, 16),
        gazetteer=project_gazetteer,
    )
    assert {(w.award, w.film) for w in got.winners} == {("Golden Bear", "Child's Pose")}
    # Near miss: the nationality alone is never proposed.
    got = extract(body, published=date(2013, 2, 16), gazetteer=project_gazetteer)
    assert not any(w.film == "Romanian" for w in got.winners)


def test_headline_title_labelled_before_a_colon(project_gazetteer: Gazetteer) -> None:
    body = (
        "An experimental film about intimacy has won the top prize at the Berlin film festival.\n\n"
        "Touch Me Not, the first feature by the director Adina Pintilie, blurs fiction and documentary.\n\n"
        "Watch the ceremony again on the festival's website."
    )
    title = "Touch Me Not: Romanian film about intimacy wins Golden Bear at Berlin film festival"
    got = extract(body, title=title, published=date(2018, 2, 24), gazetteer=project_gazetteer)
    assert ("Golden Bear", "Touch Me Not") in {(w.award, w.film) for w in got.winners}
    # Near misses: no film described after the colon, or a label the body never writes.
    for other in (
        "Berlin 2018: Adina Pintilie wins Golden Bear",
        "Intimacy Issues: Romanian film about intimacy wins Golden Bear at Berlin film festival",
        "Watch: Romanian film about intimacy wins Golden Bear at Berlin film festival",
    ):
        got = extract(body, title=other, published=date(2018, 2, 24), gazetteer=project_gazetteer)
        assert not any(w.film in {"Berlin", "Intimacy Issues", "Watch"} for w in got.winners)


def test_award_name_going_on_into_a_longer_award_is_another_award(project_gazetteer: Gazetteer) -> None:
    text = (
        "American Fiction won the People's Choice Award at the Toronto International Film Festival. "
        "Dicks: The Musical won the People's Choice Midnight Madness Award."
    )
    got = extract(text, published=date(2023, 9, 17), gazetteer=project_gazetteer)
    assert {(w.award, w.film) for w in got.winners} == {("People's Choice Award", "American Fiction")}


def test_live_blog_time_stamps_are_layout(project_gazetteer: Gazetteer) -> None:
    text = (
        "Welcome to our live coverage of the 87th Academy Awards.\n\n"
        "12:10 a.m. ET: BEST PICTURE: Birdman. Sean Penn opens the envelope.\n\n"
        "11:45 p.m. ET: BEST DIRECTOR: Alejandro G. Iñárritu, Birdman. He beats Richard Linklater.\n\n"
        "10:49 p.m. ET: Documentary feature: Citizenfour. Director Laura Poitras is joined onstage."
    )
    got = extract(text, published=date(2015, 2, 23), gazetteer=project_gazetteer)
    films = {(w.award, w.film) for w in got.winners}
    assert {("Best Picture", "Birdman"), ("Best Documentary Feature", "Citizenfour")} <= films
    # Near miss: a person credited with a middle initial is never the film.
    assert not any(w.film == "Alejandro G. Iñárritu" for w in got.winners)
    # Near miss: a bare clock time (a score, a ratio) is no time stamp.
    from bot.news.extract.text import _TIME_STAMP

    assert _TIME_STAMP.match("12:10 - the score at half time") is None
    assert _TIME_STAMP.match("9:40 PM: Soul") is not None


def test_since_the_festivals_own_days_is_no_history(project_gazetteer: Gazetteer) -> None:
    lead = "At the Venice Film Festival on Saturday. "
    text = (
        "As widely expected since its screening in the first days of the festival, the Golden Lion went "
        "to Peter Mullan's The Magdalene Sisters, a harrowing drama."
    )
    got = extract(lead + text, published=date(2002, 9, 8), gazetteer=project_gazetteer)
    assert {(w.award, w.film) for w in got.winners} == {("Golden Lion", "The Magdalene Sisters")}
    # Near miss: "since" counting from an earlier year is still history.
    text = "Since 1998, when the Golden Lion went to Peter Mullan's Orphans, a harrowing drama, much changed."
    got = extract(lead + text, published=date(2002, 9, 8), gazetteer=project_gazetteer)
    assert not got.winners


def test_passive_give_verb_shared_by_a_coordinated_award(project_gazetteer: Gazetteer) -> None:
    text = (
        "At the Venice festival. The Coupe Volpi of the best actor was attributed to the British Colin Firth "
        "for his role in « A Single Man », first film of Tom Ford, and the Coupe Volpi of the best actress to "
        "the Russian Ksenia Rappoport for the Italian thriller « La doppia ora » of Giuseppe Capotondi."
    )
    got = extract(text, published=date(2009, 9, 12), gazetteer=project_gazetteer)
    films = {(w.award, w.film) for w in got.winners}
    assert films == {
        ("Volpi Cup for Best Actor", "A Single Man"),
        ("Volpi Cup for Best Actress", "La doppia ora"),
    }
    # Near miss: a coordinated clause with a verb of its own is no gapped win.
    text = text.replace(
        "and the Coupe Volpi of the best actress to", "and the Coupe Volpi of the best actress may go to"
    )
    got = extract(text, published=date(2009, 9, 12), gazetteer=project_gazetteer)
    assert ("Volpi Cup for Best Actress", "La doppia ora") not in {(w.award, w.film) for w in got.winners}


def test_second_win_verb_keeps_its_own_for(project_gazetteer: Gazetteer) -> None:
    text = (
        "At the Academy Awards on Sunday, Pixar's Coco was named best animated feature and also won "
        "original song for Remember Me."
    )
    got = extract(text, published=date(2018, 3, 5), gazetteer=project_gazetteer)
    assert {(w.award, w.film) for w in got.winners} == {("Best Animated Feature", "Coco")}
    # Near miss: "and" joining two names is no second predicate; the "for" is still this win's.
    text = "At the Academy Awards on Sunday, Pixar's Lee Unkrich and Adrian Molina won best animated feature for Coco."
    got = extract(text, published=date(2018, 3, 5), gazetteer=project_gazetteer)
    assert {(w.award, w.film) for w in got.winners} == {("Best Animated Feature", "Coco")}


def test_live_blog_credit_entry_takes_the_announced_category(project_gazetteer: Gazetteer) -> None:
    text = (
        "Welcome to our live coverage of the 87th Academy Awards. Newest posts are at the top.\n\n"
        "12:02 a.m. ET: Julianne Moore, Still Alice.\n\n"
        "She thanks her directors. A standing ovation for her fifth nomination.\n\n"
        "11:58 p.m. ET: Matthew McConaughey is out to present best actress.\n\n"
        "11:52 p.m. ET: Eddie Redmayne wins best actor for The Theory of Everything."
    )
    got = extract(text, published=date(2015, 2, 23), gazetteer=project_gazetteer)
    films = {(w.award, w.film) for w in got.winners}
    assert ("Best Actress", "Still Alice") in films
    # Near miss: a credit between two announcements is ambiguous; one with another award
    # between it and the announcement is no winner of it.
    text = (
        "Live coverage of the 87th Academy Awards.\n\n"
        "Reese Witherspoon is out to present best actress.\n\n"
        "Julianne Moore, Still Alice.\n\n"
        "Jared Leto is out to present best supporting actress."
    )
    got = extract(text, published=date(2015, 2, 23), gazetteer=project_gazetteer)
    assert not got.winners
    text = (
        "Live coverage of the 87th Academy Awards.\n\n"
        "Milena Canonero, The Grand Budapest Hotel.\n\n"
        "Production design: The Grand Budapest Hotel.\n\n"
        "Jared Leto is out to present best supporting actress."
    )
    got = extract(text, published=date(2015, 2, 23), gazetteer=project_gazetteer)
    assert ("Best Supporting Actress", "The Grand Budapest Hotel") not in {
        (w.award, w.film) for w in got.winners
    }
