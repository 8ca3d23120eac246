"""Embeds for winners, films, people, editions and quotes. Pure functions of the models.

Everything that comes from data passes through escape_markdown_safe (no formatting or mention
tricks from a film title) and every embed through fit_embed (Discord's limits); replies are
sent with AllowedMentions.none() as well.
"""

from __future__ import annotations

from collections.abc import Sequence

import discord

from bot.models import EditionProfile, FilmProfile, NotAwarded, PersonProfile, Quote, Win, WinnerAnswer
from bot.render.colors import BRAND
from bot.render.limits import fit_embed, truncate
from bot.render.pages import paginate_lines
from bot.text import escape_markdown_safe as safe
from bot.text import ordinal

QUOTE_PREVIEW = 650  # five per page still fit a 4,096-character description


def film_title(win_or_title: Win | str, original: str | None = None) -> str:
    if isinstance(win_or_title, Win):
        title, original = win_or_title.film.title, win_or_title.film.original_title
    else:
        title = win_or_title
    text = f"**{safe(title)}**"
    if original and original != title:
        text += f" (*{safe(original)}*)"
    return text


def win_line(win: Win, *, with_award: bool = False, with_year: bool = False, with_festival: bool = False,
             with_film: bool = True) -> str:
    parts = []
    if with_year:
        parts.append(f"{win.year}")
    if with_festival:
        parts.append(safe(win.festival.short_name))
    if with_award:
        parts.append(safe(win.award.name))
    prefix = " · ".join(parts)
    line = " — ".join(part for part in (
        film_title(win) if with_film else "",
        ", ".join(safe(d) for d in win.directors),
    ) if part)
    if win.recipients:
        line = " · ".join(part for part in (line, ", ".join(safe(r) for r in win.recipients)) if part)
    if win.guild_id is not None:
        line += " ⟨server fact⟩"
    return f"{prefix}: {line}" if prefix and line else prefix or line


def _not_awarded_text(gap: NotAwarded, year: int) -> str:
    award = safe(gap.award.name)
    if gap.first_year == gap.last_year and gap.reason is None and not gap.held:
        return f"I have no {award} winner recorded for {year}."
    span = f"in {gap.first_year}" if gap.first_year == gap.last_year else f"{gap.first_year}–{gap.last_year}"
    text = f"The {award} was not awarded {span}."
    if gap.reason:
        text += f"\n{year}: {safe(gap.reason.rstrip('.'))}."
    return text


def winner_embed(answer: WinnerAnswer) -> discord.Embed:
    festival = safe(answer.festival.short_name)
    number = f" ({ordinal(answer.edition.number)} ceremony)" if answer.edition and answer.edition.number \
        and answer.festival.is_ceremony else ""
    if answer.not_awarded is not None:
        embed = discord.Embed(title=f"{festival} {answer.year}{number}", color=BRAND,
                              description=_not_awarded_text(answer.not_awarded, answer.year))
        return fit_embed(embed)
    awards = {w.award.id for w in answer.wins}
    award_name = answer.wins[0].award.name if len(awards) == 1 else "Top prize"
    embed = discord.Embed(title=f"{award_name} · {festival} {answer.year}{number}", color=BRAND)
    lines = []
    if len(answer.wins) > 1 and len(awards) == 1:
        lines.append(f"Shared by {len(answer.wins)} films:")
    for win in answer.wins:
        lines.append(win_line(win, with_award=len(awards) > 1))
        if win.note:
            lines.append(f"-# {safe(win.note)}")
    embed.description = "\n".join(lines)
    sources = sorted({w.source for w in answer.wins if w.source.startswith("http")})
    if answer.edition and answer.edition.jury_president:
        embed.add_field(name="Jury president", value=safe(answer.edition.jury_president))
    if sources:
        embed.set_footer(text="Source: " + " ".join(sources))
    return fit_embed(embed)


def winners_pages(title: str, wins: Sequence[Win], *, with_award: bool) -> list[discord.Embed]:
    lines = [win_line(w, with_year=True, with_award=with_award) for w in wins]
    return _list_pages(title, lines, per_page=15, counted=f"{len(wins)} winners")


def _list_pages(title: str, lines: Sequence[str], *, per_page: int, counted: str) -> list[discord.Embed]:
    """One embed per page of lines, every line kept, "Page n/N · counted" when there are several."""
    bodies = paginate_lines(lines, per_page_chars=3500, max_lines=per_page)
    pages = []
    for number, body in enumerate(bodies, start=1):
        embed = discord.Embed(title=truncate(title, 256), description=body, color=BRAND)
        if len(bodies) > 1:
            embed.set_footer(text=f"Page {number}/{len(bodies)} · {counted}")
        pages.append(fit_embed(embed))
    return pages


def film_embed(profile: FilmProfile) -> discord.Embed:
    film = profile.film
    embed = discord.Embed(title=truncate(film.title, 256), color=BRAND)
    details = []
    if film.original_title and film.original_title != film.title:
        details.append(f"Original title: *{safe(film.original_title)}*")
    if profile.wins:
        directors = dict.fromkeys(d for w in profile.wins for d in w.directors)
        if directors:
            details.append("Directed by " + ", ".join(safe(d) for d in directors))
    embed.description = "\n".join(details) or None
    if profile.wins:
        lines = [win_line(w, with_year=True, with_festival=True, with_award=True, with_film=False)
                 for w in profile.wins]
        embed.add_field(name=f"Awards ({len(lines)})", value=_joined(lines), inline=False)
    else:
        embed.add_field(name="Awards", value="None recorded.", inline=False)
    if profile.quotes:
        embed.add_field(name="Quotes", value=_joined([quote_line(q) for q in profile.quotes]), inline=False)
    return fit_embed(embed)


def person_embed(profile: PersonProfile) -> discord.Embed:
    embed = discord.Embed(title=truncate(profile.person.name, 256), color=BRAND)
    if profile.wins:
        lines = [win_line(w, with_year=True, with_festival=True, with_award=True) for w in profile.wins]
        embed.add_field(name=f"Awards ({len(lines)})", value=_joined(lines), inline=False)
    if profile.juries:
        embed.add_field(name="Jury president", value=_joined(
            [f"{safe(f.short_name)} {year}" for f, year in profile.juries]), inline=False)
    if profile.quotes_by:
        embed.add_field(name="Said", value=_joined([quote_line(q, speaker=False) for q in profile.quotes_by]),
                        inline=False)
    if profile.quotes_about:
        embed.add_field(name="Mentioned by", value=_joined([quote_line(q) for q in profile.quotes_about]),
                        inline=False)
    if not embed.fields:
        embed.description = "Nothing recorded beyond the name yet."
    return fit_embed(embed)


def edition_embed(profile: EditionProfile) -> discord.Embed:
    festival = safe(profile.festival.short_name)
    embed = discord.Embed(title=f"{festival} {profile.year}", color=BRAND)
    edition = profile.edition
    notes = []
    if edition is not None:
        if edition.number and profile.festival.is_ceremony:
            notes.append(f"{ordinal(edition.number)} ceremony")
        elif edition.number:
            notes.append(f"{ordinal(edition.number)} edition")
        if not edition.held:
            notes.append("Not held")
        if edition.note:
            notes.append(safe(edition.note))
        if edition.jury_president:
            embed.add_field(name="Jury president", value=safe(edition.jury_president), inline=False)
    embed.description = "\n".join(notes) or None
    if profile.wins:
        embed.add_field(name="Winners", value=_joined([win_line(w, with_award=True) for w in profile.wins]),
                        inline=False)
    return fit_embed(embed)


def quote_line(quote: Quote, *, speaker: bool = True) -> str:
    text = f"\u201c{safe(truncate(quote.text, QUOTE_PREVIEW))}\u201d"
    if speaker:
        text += f" — {safe(quote.speaker)}"
    if quote.event:
        text += f" ({safe(quote.event)})"
    return text


def quote_embed(quote: Quote) -> discord.Embed:
    embed = discord.Embed(description=f"\u201c{safe(quote.text)}\u201d", color=BRAND)
    embed.set_author(name=truncate(quote.speaker, 256))
    context = [part for part in (quote.event, quote.film, quote.said_on) if part]
    if context:
        embed.add_field(name="Said at", value=safe(" · ".join(context)), inline=False)
    if quote.source_url:
        embed.add_field(name="Source", value=truncate(quote.source_url, 1024), inline=False)
    elif quote.source:
        embed.add_field(name="Source", value=safe(quote.source), inline=False)
    if quote.guild_id is not None:
        embed.set_footer(text="Added by this server's moderators")
    return fit_embed(embed)


def quotes_pages(title: str, quotes: Sequence[Quote]) -> list[discord.Embed]:
    """Several quotes per page; each page is one embed within the limits."""
    lines = [quote_line(q) + (f"\n<{q.source_url}>" if q.source_url else "") for q in quotes]
    return _list_pages(title, lines, per_page=5, counted=f"{len(quotes)} quotes")


def _joined(lines: Sequence[str], limit: int = 1024) -> str:
    """Lines joined within a field's limit, saying how many did not fit (never silently cut)."""
    out: list[str] = []
    used = 0
    for index, line in enumerate(lines):
        rest = len(lines) - index
        tail = f"\n… and {rest} more" if rest else ""
        if used + len(line) + 1 + len(tail) > limit - 20:
            out.append(f"… and {rest} more")
            break
        out.append(line)
        used += len(line) + 1
    return truncate("\n".join(out), limit)
