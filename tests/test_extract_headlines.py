"""Headlines of blind rounds 40 and 42 that the headline reader missed, each with a near miss.

A headline states the article's main win in a grammar of its own; when the body tells it in a
sentence too oblique for the sentence rules, the headline's win is the one a moderator expects.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.news.gazetteer import Gazetteer
from tests.extract_helpers import wins as _wins


@pytest.fixture
def gazetteer(project_gazetteer: Gazetteer) -> Gazetteer:
    return project_gazetteer  # (conftest's, built once per session)


AMOUR_BODY = (
    'The jury did what everyone expected since Michael Haneke\'s "Amour" screened for the press. '
    "On Sunday night, the Austrian director's rigorous, unbearably tender portrait of an elderly Parisian "
    "couple facing the end of life won the Palme d'Or, the top prize of the 65th Cannes Film Festival."
)


def test_a_cue_in_the_headlines_next_clause_does_not_cancel_its_win(gazetteer: Gazetteer) -> None:
    headline = (
        "At Cannes, Haneke's 'Amour' wins the Palme d'Or as the American contenders go home empty-handed"
    )
    assert _wins(gazetteer, (headline, date(2012, 5, 28)), AMOUR_BODY) == {
        ("Cannes", "Palme d'Or", 2012, "Amour")
    }
    # Near miss: the cue inside the win's own clause.
    assert (
        _wins(gazetteer, ("Haneke's 'Amour' among the contenders for the Palme d'Or", date(2012, 5, 18)), "")
        == set()
    )


def test_a_quoted_headline_title_overrules_an_unquoted_body_reading(gazetteer: Gazetteer) -> None:
    # The body's "Parisian" is a word of a description; the headline names the film.
    assert _wins(gazetteer, ("Haneke's 'Amour' wins the Palme d'Or", date(2012, 5, 28)), AMOUR_BODY) == {
        ("Cannes", "Palme d'Or", 2012, "Amour")
    }
    # Near miss: a tie the body quotes stands, though the headline names one film in another form.
    assert _wins(
        gazetteer,
        ('Miyazaki\'s "Sen to Chihiro" shares top Berlin prize', date(2002, 2, 18)),
        'Hayao Miyazaki\'s "Spirited Away" won the Golden Bear of the 52nd Berlin International Film Festival, '
        'sharing the honor with Paul Greengrass\' "Bloody Sunday."',
    ) == {("Berlin", "Golden Bear", 2002, "Spirited Away"), ("Berlin", "Golden Bear", 2002, "Bloody Sunday")}


def test_a_genre_noun_before_an_unquoted_headline_title(gazetteer: Gazetteer) -> None:
    body = (
        "Gianfranco Rosi's documentary about the migrant crisis has won the top prize of the 66th Berlin "
        "International Film Festival. Fire at Sea (Fuocoammare) was the clear favourite among critics."
    )
    assert _wins(
        gazetteer, ("Lampedusa documentary Fire at Sea wins Golden Bear at Berlin", date(2016, 2, 20)), body
    ) == {("Berlin", "Golden Bear", 2016, "Fire at Sea")}
    # Near miss: a place after the genre noun, the title not in the body.
    assert (
        _wins(
            gazetteer,
            ("Lampedusa documentary wins Golden Bear at Berlin", date(2016, 2, 20)),
            "Gianfranco Rosi's documentary about the migrant crisis was the clear favourite among critics.",
        )
        == set()
    )


def test_a_headline_credit_with_of_before_the_verb(gazetteer: Gazetteer) -> None:
    body = "The jury, which was headed by the actress Juliette Binoche, chose the film from among 16 films."
    assert _wins(
        gazetteer,
        ('The film "Synonyms" of Nadav Lapid won in the Golden Bear in festival Berlin', date(2019, 2, 17)),
        body,
    ) == {("Berlin", "Golden Bear", 2019, "Synonyms")}
    # Near miss: a headline that only names the film in competition.
    assert (
        _wins(
            gazetteer,
            ('The film "Synonyms" of Nadav Lapid in the competition for the Golden Bear', date(2019, 2, 10)),
            body,
        )
        == set()
    )


def test_the_trophy_with_its_metal_after_it_unlinked(gazetteer: Gazetteer) -> None:
    # Vietnamese "Cành cọ vàng", Thai: machine translation's "Palm Gold".
    cannes_2019 = ("Cannes 2019: the winners", date(2019, 5, 26))
    assert _wins(
        gazetteer, cannes_2019, "The black comedy 'Parasite' of Bong Joon Ho won the Palm Gold."
    ) == {("Cannes", "Palme d'Or", 2019, "Parasite")}
    # Near miss: a tally of the director's past wins in the same words is no win.
    assert (
        _wins(
            gazetteer,
            cannes_2019,
            "Many names went home with empty hands, including 'Sorry We Missed You' of Ken Loach, the director "
            "twice winning the Palm Gold.",
        )
        == set()
    )


def test_an_award_opening_the_headline_for_an_unquoted_title_the_body_names(gazetteer: Gazetteer) -> None:
    # Lidové noviny: "Golden bear for Skřivánci na niti. ..." -- a foreign title keeps its
    # lower-case words; the body writes it too, in a sentence too oblique for the sentence rules.
    body = (
        "Main prize of the 40th festival in Berlin, Golden Bear, divided on Tuesday the jury under "
        "leadership of Michael Ballhaus between two films: Music Box of Costa-Gavras and Skřivánci na "
        "niti of Jiří Menzel.\n\nSkřivánci na niti arose according to the stories of Hrabal."
    )
    headline = "Golden bear for Skřivánci na niti. Menzel's film waited on the prize twenty years"
    assert _wins(gazetteer, (headline, date(1990, 2, 21)), body) == {
        ("Berlin", "Golden Bear", 1990, "Skřivánci na niti")
    }
    # Near miss: a person after "for" is no title, though the body names him.
    assert _wins(gazetteer, ("Golden Bear for Jiří Menzel", date(1990, 2, 21)), body) == set()


def test_a_quoted_headline_title_completes_the_bodys_cut_title(gazetteer: Gazetteer) -> None:
    # El Nacional: «Desde allá», of Lorenzo Vigas, wins ... -- the credit between commas; the
    # body writes the title unquoted, where the span finder stops at "allá".
    headline = "«Desde allá», of Lorenzo Vigas, wins the Lion of Gold: Venezuela makes history in Venice"
    body = (
        "The Venezuelan filmmaker Lorenzo Vigas made history this Saturday in the 72 edition of the "
        "Festival of Venice, where his opera prima, Desde allá, obtained the Lion of Gold."
    )
    assert _wins(gazetteer, (headline, date(2015, 9, 13)), body) == {
        ("Venice", "Golden Lion", 2015, "Desde allá")
    }
    # Near miss: the Volpi Cup "masculine", machine translation's adjective after the trophy.
    body = "The Cup Volpi masculine was for the French Fabrice Luchini, for L'hermine, of Christian Vincent."
    assert _wins(gazetteer, ("Venice awards its prizes", date(2015, 9, 13)), body) == {
        ("Venice", "Volpi Cup for Best Actor", 2015, "L'hermine")
    }
