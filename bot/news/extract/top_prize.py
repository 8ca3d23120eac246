"""A festival's top award named by its rank: "the festival's top prize", "the highest honour of the
49th Venice Film Festival", "Cannes' top prize".

Articles name the top award this way as often as by its name, and often only this way in the
sentence that tells the win ("handed the festival's top prize to Jia Zhangke's "Still Life"").
Each such phrase becomes an award mention of the named (else nearest, else the article's)
festival's top award, so the win rules read it like the award's own name.
"""

from __future__ import annotations

import re

from bot.news.gazetteer import AwardMention, FestivalName, Gazetteer

# Folded (lower-case) text. Singular only: "the top prizes" is no one award; "second-highest"
# is no top.
_RANKED_PRIZE = re.compile(
    r"(?<![\w\-])(?:top|highest|main|biggest|supreme|most\s+prestigious)\s+(?:prize|award|honou?r|trophy|accolade)\b(?!s)"
)
# A section's or a category's top prize: "the documentary competition's top prize", "the top
# prize in the Orizzonti section", "its top acting prize" (not matched: a word between).
_SECTION = (
    r"documentar\w*|world\s+cinema|shorts?|short\s+films?|orizzonti|horizons|un\s+certain\s+regard|"
    r"critics['’]?|fortnight|panorama|forum|encounters|generation|audience|debut|first\s+feature|"
    r"next|midnight|competition|section|sidebar|strand|category"
)
_SECTION_BEFORE = re.compile(rf"\b(?:{_SECTION})(?:['’]s?)?\s+(?:[\w'’\-]+\s+)?$")
# Another body's top prize: "the top prize from the Producers Guild", "the National Board of
# Review's top award", "the top honour of the New York Film Critics Circle" -- a guild, critics'
# group or society, never the festival or academy whose award the article tells.
_BODY = r"guilds?|association|society|critics|circle|union|board\s+of\s+review|council|club|federation|foundation"
_BODY_BEFORE = re.compile(rf"\b(?:{_BODY})['’]s?\s+(?:[\w'’\-]+\s+)?$")
_BODY_AFTER = re.compile(rf"\s+(?:from|of|by)\s+(?:the\s+)?(?:[\w'’.\-]+\s+){{0,4}}?(?:{_BODY})\b")
_SECTION_AFTER = re.compile(rf"\s+(?:in|of|for)\s+(?:the\s+)?(?:[\w'’.\-]+\s+){{0,3}}?(?:{_SECTION})\b")


def top_prize_mentions(
    folded: str, gazetteer: Gazetteer, default_festivals: list[FestivalName]
) -> list[AwardMention]:
    """Mentions of a festival's top award by rank in one folded sentence."""
    mentions = []
    for match in _RANKED_PRIZE.finditer(folded):
        before = folded[max(0, match.start() - 40) : match.start()]
        if _SECTION_BEFORE.search(before) or _SECTION_AFTER.match(folded, match.end()):
            continue
        if _BODY_BEFORE.search(before) or _BODY_AFTER.match(folded, match.end()):
            continue
        festival = _festival_of(folded, match.start(), match.end(), gazetteer, default_festivals)
        if festival is None:
            continue
        top = next((award for award in festival.awards if award.is_top), None)
        if top is not None:
            mentions.append(AwardMention(match.start(), match.end(), ((festival, top),)))
    return mentions


def _festival_of(
    folded: str, start: int, end: int, gazetteer: Gazetteer, default_festivals: list[FestivalName]
) -> FestivalName | None:
    """The festival named next to the phrase ("Venice's top prize", "the top prize at the 49th
    Venice Film Festival"), else the one nearest in the sentence, else the article's."""
    hits = gazetteer.find_festivals(folded)
    own = [
        hit
        for hit in hits
        if (0 <= start - hit.end <= 4 and re.fullmatch(r"(?:['’]s?)?\s*", folded[hit.end : start]))
        or (0 <= hit.start - end <= 40 and re.fullmatch(r"\s+(?:at|of|in)\s+(?:the\s+)?(?:\w+\s+){0,2}", folded[end : hit.start]))
    ]
    if own:
        return own[0].festival
    if hits:
        return min(hits, key=lambda hit: min(abs(hit.start - end), abs(start - hit.end))).festival
    return default_festivals[0] if default_festivals else None
