"""The last look at proposed film titles (bot/news/extract/plausible.py) and its effect on extract()."""

from __future__ import annotations

import pytest

from bot.news.extract import extract
from bot.news.extract.plausible import plausible_title
from bot.news.gazetteer import load_default_gazetteer


@pytest.mark.parametrize(
    ("film", "expected"),
    [
        # Real titles, commas, dashes and question marks included, pass as they are.
        ("Lust, Caution", "Lust, Caution"),
        ("Nader and Simin – A Separation", "Nader and Simin – A Separation"),
        ("Who Are the DeBolts? And Where Did They Get Nineteen Kids?", "Who Are the DeBolts? And Where Did They Get Nineteen Kids?"),
        ("sex, lies, and videotape", "sex, lies, and videotape"),
        ("The Assassination of Jesse James by the Coward Robert Ford", "The Assassination of Jesse James by the Coward Robert Ford"),
        ("Face/Off", "Face/Off"),
        ("Who Framed Roger Rabbit", "Who Framed Roger Rabbit"),
        # An original title after " / " is dropped.
        ("People Mountain People Sea / Ren Shan Ren Hai", "People Mountain People Sea"),
        # List-line and sentence debris: no title.
        ("Michael Fassbender — Shame", None),
        ("Best Actor | Shame", None),
        ("Bill Condon, who also directed Gods and Monsters", None),
        ("Oscars for Anthony Hopkins and Jodie Foster", None),
        ("the film that the jury of the festival chose on Saturday night over all the favourites", None),
    ],
)
def test_plausible_title(film: str, expected: str | None) -> None:
    assert plausible_title(film) == expected


def test_a_list_line_with_an_original_title_proposes_the_title_alone() -> None:
    text = (
        "The jury of the 68th Venice Film Festival announced its awards on Saturday.\n\n"
        "Silver Lion for Best Director: Cai Shangjun for People Mountain People Sea / Ren Shan Ren Hai (China)"
    )
    winners = extract(text, gazetteer=load_default_gazetteer()).winners
    assert [(w.award, w.year, w.film) for w in winners if w.award.startswith("Silver")] in (
        [],
        [("Silver Lion for Best Director", 2011, "People Mountain People Sea")],
    )
    assert all(" / " not in w.film for w in winners)


@pytest.mark.parametrize(
    ("film", "expected"),
    [
        # A director's credit after the title is cut.
        ("Elephant, dir: Gus Van Sant", "Elephant"),
        ("Uzak, dir. Nuri Bilge Ceylan", "Uzak"),
        ("Mug, directed by Malgorzata Szumowska", "Mug"),
        # A one-word other-language form in parentheses is cut; a parenthesised phrase stays.
        ("Mug (Twarz)", "Mug"),
        ("Painted Fire (Chihwaseon)", "Painted Fire"),
        ("Dreams (Sex Love)", "Dreams (Sex Love)"),
        ("120 BPM (Beats per Minute)", "120 BPM (Beats per Minute)"),
        # The next credit's nationality after "and" is cut; a nationality inside a title stays.
        ("Punch-Drunk Love and Korean", "Punch-Drunk Love"),
        ("The Good German", "The Good German"),
        ("The Irishman", "The Irishman"),
        ("Director", "Director"),
        # A nationality alone is no title.
        ("Romanian", None),
        ("French", None),
    ],
)
def test_plausible_title_cuts_credit_debris(film: str, expected: str | None) -> None:
    assert plausible_title(film) == expected


def test_a_list_of_nominees_keeps_only_the_marked_winner() -> None:
    nominees = ["The Descendants", "The Help", "Hugo", "Moneyball", "War Horse"]
    text = (
        "The 84th Academy Awards were handed out on Sunday night in Hollywood.\n\n"
        "Below, the nominees in the major categories, with winners marked.\n\n"
        "BEST PICTURE\n* WINNER: \"The Artist\"\n" + "\n".join(f'"{film}"' for film in nominees)
    )
    winners = extract(text, gazetteer=load_default_gazetteer()).winners
    assert [(w.award, w.year, w.film) for w in winners] == [("Best Picture", 2012, "The Artist")]


def test_a_list_of_nominees_without_a_mark_proposes_none_of_them() -> None:
    nominees = ["The Artist", "The Descendants", "The Help", "Hugo", "Moneyball"]
    text = (
        "The 84th Academy Awards were handed out on Sunday night in Hollywood.\n\n"
        "The nominees in the major categories:\n\n"
        "BEST PICTURE\n" + "\n".join(f'"{film}"' for film in nominees)
    )
    assert extract(text, gazetteer=load_default_gazetteer()).winners == ()
