"""Moderation's pure parts (ids, validation, dedupe keys, proposal drafts) and the operator's
`python -m bot facts promote ID`, without Discord."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from bot.config import Settings
from bot.errors import UserError
from bot.facts.service import FactsService
from bot.factscli import promote_command
from bot.models import Award, Festival
from bot.moderation import validation as v
from bot.moderation.ids import FactRef, parse_fact_ref, parse_proposal_id
from bot.moderation.proposals import FactProposer, drafts_from, gazetteer_from_catalogue, quote_key, win_key
from bot.moderation.service import Actor, ModerationService
from bot.news.extract import Extraction, ProposedQuote, ProposedWinner
from bot.store import Store


@pytest.mark.parametrize(("text", "ref"), [("W123", FactRef("win", 123)), ("q45", FactRef("quote", 45)),
                                           (" #W 7 ", FactRef("win", 7)), ("Q-9", FactRef("quote", 9))])
def test_fact_ids_parse(text: str, ref: FactRef) -> None:
    assert parse_fact_ref(text) == ref
    assert str(ref) in ("W123", "Q45", "W7", "Q9")


@pytest.mark.parametrize("text", ["", "123", "X12", "W", "W12a", "P3", "W" + "9" * 13])
def test_bad_fact_ids_are_refused_with_the_format(text: str) -> None:
    with pytest.raises(UserError, match="W123"):
        parse_fact_ref(text)


def test_proposal_ids() -> None:
    assert parse_proposal_id("P7") == 7 and parse_proposal_id("#p 12") == 12
    assert parse_proposal_id("W7") is None and parse_proposal_id("7") is None


def test_names_are_normalised_and_limited() -> None:
    assert v.clean_name("Sean\u200bBaker", "name") == "SeanBaker"
    assert v.clean_name("\u202eAnora\u202c \u2066", "title") == "Anora"
    assert v.clean_name("\uff21nora", "title") == "Anora"  # NFKC: fullwidth letters
    assert v.clean_name("Line\nbreak", "title") == "Line break"
    assert len(v.clean_name("x" * 200, "title")) == 200
    with pytest.raises(UserError, match="at most 200"):
        v.clean_name("x" * 201, "title")
    with pytest.raises(UserError, match="empty"):
        v.clean_name("\u200b\u200d", "title")


def test_quotes_dates_years_and_directors() -> None:
    assert v.clean_quote("\u201cCinema is sacred.\u201d") == "Cinema is sacred."
    assert len(v.clean_quote("a" * 1000)) == 1000
    with pytest.raises(UserError, match="at most 1000"):
        v.clean_quote("a" * 1001)
    assert v.clean_directors("Joel Coen and Ethan Coen; Sean\u200bBaker") == ("Joel Coen", "Ethan Coen", "SeanBaker")
    assert v.clean_directors("Ada, Ada") == ("Ada",)
    with pytest.raises(UserError, match="At most 10"):
        v.clean_directors(",".join(f"D{i}" for i in range(11)))
    assert v.clean_date("2024-05-25") == "2024-05-25" and v.clean_date("2024") == "2024" and v.clean_date("-") is None
    for bad in ("2024-13", "25/05/2024", f"{date.today().year + 1}-01-01"):
        with pytest.raises(UserError):
            v.clean_date(bad)
    assert v.parse_year("2024") == 2024
    for bad in ("1850", "twenty", "20245"):
        with pytest.raises(UserError):
            v.parse_year(bad)


def test_dedupe_keys_ignore_spelling_noise() -> None:
    assert win_key("Cannes", "Palme d\u2019Or", 2024, "Anora") == win_key("cannes", "palme d'or", 2024, " ANORA ")
    assert win_key("Cannes", "Palme d'Or", 2024, "Anora") != win_key("Cannes", "Palme d'Or", 2023, "Anora")
    assert quote_key("Sean Baker", "Cinema is sacred!") == quote_key("Sean\u200bBaker", "cinema   is sacred")
    assert quote_key("Sean Baker", "Cinema is sacred") != quote_key("Greta Gerwig", "Cinema is sacred")


def test_drafts_keep_the_article_and_drop_what_no_moderator_could_approve() -> None:
    @dataclasses.dataclass(frozen=True)
    class Article:
        id: int = 3
        title: str = "Winners"
        summary: str = ""
        link: str | None = "https://news.example/a"
        published_at: float | None = None

    extraction = Extraction(
        winners=(ProposedWinner("Cannes", "Palme d'Or", 2024, "Anora", ("Sean Baker",)),
                 ProposedWinner("Cannes", "Palme d'Or", 2024, "x" * 300, ())),
        quotes=(ProposedQuote("Sean Baker", "y" * 1001), ProposedQuote("Greta\u200b Gerwig", "A fine sentence here.")))
    drafts = drafts_from(extraction, Article())
    assert [d.kind for d in drafts] == ["win", "quote"]
    assert drafts[0].payload["article"] == {"id": 3, "title": "Winners", "link": "https://news.example/a"}
    assert drafts[1].payload["speaker"] == "Greta Gerwig"


def test_gazetteer_holds_only_global_names() -> None:
    festivals = [Festival(1, "cannes", "Festival de Cannes", "Cannes", "festival", None, ("Cannes Film Festival",)),
                 Festival(2, "sitges", "Sitges", "Sitges", "festival", 99)]
    awards = [Award(1, 1, "palme", "Palme d'Or", True, None, ("Golden Palm",)), Award(2, 2, "best", "Best", True, 99)]
    gazetteer = gazetteer_from_catalogue(festivals, awards)
    assert [f.short_name for f in gazetteer.festivals] == ["Cannes"]
    assert gazetteer.festivals[0].awards[0].aliases == ("Golden Palm",)


async def test_promote_makes_a_server_fact_global_with_an_audit_entry(
        store: Store, settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    facts = FactsService(store)
    await facts.load()
    service = ModerationService(store, facts)
    draft = await service.draft_win(11, festival="Sitges", award="Best Feature Film", year=2023,
                                    film="Promoted Film", directors="Ada Lovelace", source=None, create=True)
    change = await service.add_win(Actor(5, 11), draft)
    assert change.ref is not None
    win_id = change.ref.id
    win = await store.facts.win(win_id)
    assert win is not None and win.guild_id == 11
    assert await store.facts.find_known_win(win.award.id, 2023, "Promoted Film", 22, include_hidden=True) is None

    operator = dataclasses.replace(settings, database_path=Path(store.db.path))
    assert await promote_command(operator, f"W{win_id}") == 0
    assert f"W{win_id} is now a global fact" in capsys.readouterr().out
    assert await store.facts.find_known_win(win.award.id, 2023, "Promoted Film", 22, include_hidden=True) == win_id
    [entry] = [e for e in await store.moderation.history("win", win_id, 22) if e.action == "promote"]
    assert entry.actor_id is None and entry.guild_id == 11
    assert entry.before and entry.after and entry.before["scope"] == "server" and entry.after["scope"] == "global"
    festivals = {f.short_name: f.guild_id for f in await store.facts.all_festivals()}
    assert festivals["Sitges"] is None  # its new festival became global with it

    # Refusals are UserErrors, which `python -m bot` prints as one line with exit code 1.
    with pytest.raises(UserError, match="global already"):
        await promote_command(operator, f"W{win_id}")
    with pytest.raises(UserError, match="W123"):
        await promote_command(operator, "nonsense")


async def test_proposals_know_festivals_imported_while_the_bot_runs(store: Store) -> None:
    """The extractor's gazetteer follows the facts catalogue, which reloads when another
    process (python -m bot facts import / promote) commits."""
    facts = FactsService(store)
    await facts.load()
    proposer = FactProposer(store, facts)
    assert "locarno" not in {f.key for f in (await proposer.gazetteer()).festivals}
    async with Store.open(store.db.path) as other, other.db.transaction():
        festival = await other.facts.upsert_festival("locarno", "Locarno Film Festival", "Locarno", "festival",
                                                     [], "https://example.org")
        await other.facts.upsert_award(festival, "golden-leopard", "Golden Leopard", True, [], "https://example.org")
    festivals = {f.key: f for f in (await proposer.gazetteer()).festivals}
    assert [a.name for a in festivals["locarno"].awards] == ["Golden Leopard"]
