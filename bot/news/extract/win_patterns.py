"""The phrasing catalogue of the winner finder: win verbs, give/bestow constructions, cues that
a win is hoped for or history, sections, ceremony idioms -- the patterns _WinnerFinder matches
sentences against (bot/news/extract/winners.py), kept apart from its logic.
"""

from __future__ import annotations

import re

from bot.news.extract.patterns import (
    _CAP_WORD,
    _CLOCK_TIME,
    _DEMONYMS,
    _GENRE_NOUNS,
    _KNOWN_FOR,
    _NAME,
    _SPEECH_VERBS,
    _TIME_ADVERB,
    _UP,
    _words,
)
from bot.news.gazetteer import AwardName

# "went on to win": the verbs that make "went on to" the win itself rather than what came after.
_ON_TO_WIN = r"(?:win|take|claim|collect|scoop)"
_WIN_VERBS = (
    r"won|wins|scooped|scoops|claimed|claims|clinched|clinches|bagged|bags|nabbed|grabbed|"
    r"collected|collects|landed|lands|earned|earns|received|receives|secured|secures|captured|"
    r"captures|snagged|took|takes|shared|share|sharing|split|took\s+home|takes\s+home|taking\s+home|"
    r"picked\s+up|picks\s+up|picking\s+up|walked\s+away\s+with|walks\s+away\s+with|was\s+awarded|"
    r"were\s+awarded|been\s+awarded|is\s+awarded|are\s+awarded|was\s+named|were\s+named|named|"
    r"was\s+chosen(?:\s+as)?|were\s+chosen(?:\s+as)?|was\s+voted|were\s+voted|"
    # Portuguese and Spanish "foi eleito", "fue elegida": "was elected the best documentary".
    r"was\s+elected(?:\s+as)?|were\s+elected(?:\s+as)?|"
    # Spanish copy's "F fue el mejor documental": "Amy ... was the best documentary", "Spider-Man:
    # A new universe was the best film of animation" -- never "one of the best", nor a hope.
    r"(?<!\bone\sof\s)(?:was|were)(?=\s+the\s+(?:best\s|$))|"
    r"crowned|conquered|brought|brings|conquers|obtained|obtains|triumphed\s+in|triumphs\s+in|triumphing\s+in|ganó|gana|obtuvo|remporte|a\s+remporté|vince|ha\s+vinto|"
    # "F was honoured with the Golden Lion", "F is the winner of the Grand Prix".
    r"(?:was|were|is|are|been)\s+(?:honou?red|recogni[sz]ed|rewarded|distinguished|decorated|crowned)\s+with|"
    # "Berry, honored as best actress for her role in ...": the participle of a win.
    # ("Casey Affleck was recognized as Best Actor": Spanish "fue reconocido como".)
    r"(?:was\s+|were\s+|is\s+|are\s+|been\s+)?(?:honou?red|chosen|crowned|hailed)\s+as|"
    r"(?:was|were|is|are|been)\s+recogni[sz]ed\s+as|"
    r"(?:is|was|are|were|has\s+been|have\s+been)\s+(?:the\s+|a\s+|this\s+year['’]s\s+)(?:(?:big|overall|joint|surprise|deserved|worthy)\s+)?winners?\s+(?:of|for|in)|"
    # "The Departed went on to win best picture", "ended up taking": the win itself.
    rf"(?:went|goes|go)\s+on\s+to\s+{_ON_TO_WIN}|managed\s+to\s+(?:win|take)|"
    r"ended\s+up\s+(?:winning|taking)|(?:was|were)\s+voted|"
    r"emerged\s+(?:as\s+)?(?:the\s+)?winners?\s+of|"
    # "Almodóvar, a favourite for the Palme, had to settle for best director": the lesser prize won.
    r"(?:had\s+to\s+|has\s+to\s+)?settled?\s+for|settles\s+for|"
    # "X became the first Asian woman to win best actress", "became only the second woman in the
    # festival's history to receive": the record is this win.
    r"(?:became|becomes|has\s+become)\s+(?:only\s+)?the\s+(?:first|second|third|youngest|oldest|only)\s+"
    r"(?:[\w\-'’]+\s+){1,6}?(?:to\s+(?:win|take|receive|claim|earn)|"
    # ("became the youngest filmmaker that wins the Oscar to Best Director": Spanish "que gana".)
    r"(?:that|who)\s+(?:wins|won|receives|received))"
)
# Verbs that mean a win only with the award right after them (at most two words between):
# participle clauses ("..., taking best actor for F", "F triumphed, winning the Palme d'Or")
# and everyday verbs ("got the Palme d'Or", but "got a ten-minute ovation at the ... ceremony").
_WEAK_WIN_VERBS = (
    r"winning|taking|claiming|collecting|earning|scooping|capturing|securing|receiving|landing|"
    r"bagging|clinching|grabbing|nabbing|snagging|got|gets|getting|pocketed|pockets|garnered|garners|"
    r"netted|nets|gained|gains|scored|scores|accepted|accepts|accepting|carried\s+off|carries\s+off|"
    # "watching Todd Solondz walk to the podium to accept the Grand Jury Prize": the walk up to
    # take the prize is the win told as it happens.
    r"(?:walk|walks|walked|went|goes|go|came|comes|come|stepped|steps|step|climbed|climbs|climb)\s+"
    r"(?:up\s+)?(?:(?:on)?to\s+the\s+(?:podium|stage)\s+)?to\s+(?:accept|collect|receive)|"
    r"(?:was|were)\s+(?:given|handed|presented\s+with)|"
    r"(?:went|goes|go|left|leaves|came\s+away|comes\s+away|walked\s+off|walks\s+off|"
    # "has driven off with the People's Choice Award" (a drive-in edition), "made off with".
    r"drove\s+off|driven\s+off|drives\s+off|made\s+off|makes\s+off)\s+(?:home\s+)?with|"
    # French copy's "repart à Madrid avec le prix", "se console avec": "goes back to Madrid with the
    # prize of the scenario", "Spielberg consoled himself with the Oscar of better director".
    r"(?:goes|went|go|returns|returned)\s+back(?:\s+to\s+\w+)?(?:\s*,[^,]{1,30},)?\s+with|"
    r"(?:consoled|consoles)\s+(?:himself|herself|themselves)\s+with"
)
_WEAK_WIN_BEFORE = re.compile(
    rf"\b(?:{_WEAK_WIN_VERBS})\b(?P<gap>(?:\s+(?!(?:but|while|when|after|before|for|to)\b)[\w'’\-]+){{0,2}}?)\s*$",
    re.IGNORECASE,
)
# The win verb governs the award: at most six words between them ("won the coveted Palme d'Or").
# "for" ends the gap, except after a prize noun: "earned Mexico its first Oscar for best
# foreign language film", "took the prize for best director".
_WIN_BEFORE = re.compile(
    rf"\b(?:{_WIN_VERBS})\b"
    # ("won last night the Oscar to the best foreign language film": Spanish "al mejor".)
    r"(?P<gap>(?:\s+(?:(?:(?<=oscar\s)|(?<=award\s)|(?<=prize\s)|(?<=statuette\s)|(?<=trophy\s))(?:for|to)\b|"
    r"(?!(?:but|while|when|after|before|for|to)\b)[\w'’\-]+,?)){0,6}?)\s*$"
    # "Akiva Goldsman won for adapted screenplay": "for" right before the category.
    r"|\b(?:won|wins|winning)\s+for\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _verb_then_object(verbs: str, *, until: str) -> re.Pattern[str]:
    """One of `verbs`, then at most six words up to the end of the text (the award mention
    follows): no conjunction, and not the preposition `until` that introduces the recipient."""
    return re.compile(
        rf"\b(?:{verbs})\b(?:\s+(?!(?:and|but|while|when|{until})\b)[\w'’\-]+,?){{0,6}}?\s*$", re.IGNORECASE
    )


# "the jury gave the Grand Prix to X": the film follows "to".
_GIVE_BEFORE = _verb_then_object(
    r"gave|gives|give|handed|hands|awarded|awards|presented|presents|bestowed|"
    r"attributed|attributes|assigned|assigns|granted|grants|delivered|delivers|conceded|concedes|accorded|accords|"
    # "..., handing the Palme d'Or to X for F": the participle of a give verb.
    r"handing|giving|awarding|presenting|granting",
    until="to",
)
# "awarded the Golden Bear of the 43rd International Film Festivals Berlin ex aequo to": the
# award's own qualifier may come between.
_GIVE_AFTER = re.compile(
    r"^\s*(?:(?:of|at)\s+(?:the\s+)?(?=[^.;:,“”\"«»„]{0,60}?\b(?:festivals?|edition|mostra|berlinale|\d+(?:st|nd|rd|th))\b)"
    r"[^.;:,“”\"«»„]{1,60}?\s+(?=(?:jointly\s+|ex[\s-]aequo\s+)?to\s|[—–]\s))?"
    # "awarded the highest award of festival — «Golden palm branch» — to the Soviet film": the
    # trophy's name in an aside between dashes (Russian copy).
    r"(?:[—–]\s*[^—–.;\n]{1,60}?\s*[—–]\s*)?"
    # ("gave the festival's highest honour, jointly, to": the tie between commas.)
    r"(?:,\s*(?:jointly|ex[\s-]aequo),\s*|(?:jointly\s+|ex[\s-]aequo\s+))?to\s+",
    re.IGNORECASE,
)
# "The jury divided the best actress prize between X and Y": a tie given by its jury.
_SPLIT_BEFORE = _verb_then_object(r"divided|divides|split|splits|shared|shares", until="between")
_SPLIT_AFTER = re.compile(r"^\s*(?:ex[\s-]aequo\s+)?between\s+", re.IGNORECASE)
# "The jury bestowed the Palme d'Or on X", "conferred ... upon X".
_BESTOW_BEFORE = _verb_then_object(r"bestowed|bestows|conferred|confers", until="on")
_BESTOW_AFTER = re.compile(r"^\s*(?:jointly\s+)?(?:up)?on\s+", re.IGNORECASE)
_WIN_AFTER = re.compile(
    # "The Camera d'Or for best first film went to", "The Leone d'oro of the 79th Mostra went
    # to": the award's own qualifier, an initialism included ("in the U.S. dramatic competition").
    r"^\W{0,3}(?:(?:for|of|at|in)\s+(?:(?-i:[A-Z])\.|[^.;:,“”\"«»]){1,60}?\s+(?=went|goes|was|is|has|returned|returns))?"
    # "the Golden Lion prize which is the highest prize was decided to": machine translation's
    # defining relative clause between the award and its verb.
    r"(?:(?:prize|award)?\s*(?:which|that)\s+(?:is|was)\s+[^.;:,“”\"«»]{1,40}?\s+(?=was|is|went))?"
    # "is gone instead to": machine translation's "è andata"; "The Oscar of better direction
    # stayed with X": its Portuguese/Spanish "ficou com"/"se quedó con".
    # "The award Grand Prix - the second most important - belongs to": Vietnamese "thuộc về".
    r"(?:[^.;:]{0,120}?(?:,|\s[–—-])\s*)?"
    # ("The Cup Volpi to the best masculine interpretation corresponded to": Spanish "correspondió a".)
    r"(?:(?:has\s+|had\s+|is\s+|was\s+)?(?:went|returned|returns|goes|go|gone|stayed|stays|fell|falls|belongs|belonged|"
    r"corresponded|corresponds)"
    r"(?:\s+(?:instead|also|then|this\s+year))?|"
    # "The highest award of the festival — the «Golden lion of Saint Mark» — the international
    # jury has awarded to the Soviet film «Ivan's childhood»": Russian puts the object first.
    r"(?:(?:the|its)\s+)?(?:international\s+)?jury\s+(?:(?:has|have|had)\s+)?"
    r"(?:awarded|gave|given|handed|presented|conferred|attributed|assigned)(?:\s+it)?(?=\s+to\b)|"
    # "The jury split its Jury Prize, giving it ex aequo to": "it" is the award.
    r"(?<=,\s)(?:giving|handing|awarding)\s+it|"
    # "The jury prize also rewards two films: « Ahed's Knee » ... and « Memoria »", "The Golden
    # Lion crowned «Joker»": French copy's "récompense", "couronne", the award as the subject.
    r"(?:also\s+)?(?:rewards|rewarded|crowns|crowned)(?=\s+(?:(?:two|three|both)\s+films\s*:\s*)?[“\"«])|"
    # "Special Grand Prix of the jury received the Italian film «Investigation ...»": Russian
    # and German put the object first; only a film told as one is the recipient.
    rf"(?:received|receives|got|obtained)(?=\s+(?:the\s+)?(?:(?:{_DEMONYMS})\s+)?(?:{_GENRE_NOUNS})\s+[“\"«])|"
    # "The Camera d'Or was to Israeli "Jellyfish"", "The Osella is of Pedro Almodóvar for ...":
    # machine translation's verb-less "to" and possessive "of" (Italian "è di").
    # "The Grand Prize was for The son of Saul": Spanish "fue para".
    # "The work prize (best picture) was "Slumdog $ Millionaire"": a copula and a quoted title.
    # "Jury prize was Indian "Kharij"": a nationality may come between (Japanese wire copy).
    rf"(?:was|is)(?=\s+(?:the\s+)?(?:(?:{_DEMONYMS})\s+)?[“\"«](?-i:[A-Z0-9])(?![^.;\n]{{0,60}}?[”\"»]\s+or\s+[“\"«]))|"
    # Not '"Poor Things" or "Priscilla"': two titles offered are no choice.
    r"(?:was|is)(?=\s+(?:to|of|for)\s+(?!be\b|have\b|course\b|note\b)(?:the\s+)?(?-i:[A-Z“\"«])"
    r"(?![^.;\n]{0,60}?[”\"»]\s+or\s+[“\"«]))|"
    r"(?:was|were|is|has\s+been)\s+(?:given|awarded|presented|handed|won|shared|conferred|attributed|assigned|decided|received|taken|claimed)|"
    r"(?:was|were|is|has\s+been)\s+(?:bestowed|conferred)\s+(?:up)?(?=on\b)|"
    # "The award for the best actress was made to Mlle. Madeleine Robinson": a period paper's verb.
    r"(?:was|were|has\s+been)\s+made(?=\s+to\b)|"
    r"was\s+(?:also\s+)?(?:shared|split|divided)|"
    # "The award for best documentary feature ended in a tie, with the statuette going both to".
    r"ended\s+in\s+a\s+(?:tie|draw),\s+with\s+(?:the|its)\s+(?:statuette|award|prize|trophy|honou?r)\s+going(?:\s+both)?)\s*"
    # "went, as many had predicted, to", "was shared, for the second year running, between": an
    # aside between the verb and its preposition.
    r"(?:,\s*(?:as\s+)?[^,.;:“”\"«»]{1,50},\s*)?"
    # "was attributed Saturday evening to Still Life": a time between the verb and "to".
    r"(?:(?:on\s+)?(?:yesterday|today|tonight|last\s+night|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"(?:\s+(?:evening|night|afternoon|morning))?\s+)?"
    r"(?:jointly\s+|ex[\s-]aequo\s+)?,?\s*"
    # "The prize to the best direction fell in the Taiwanese X", "fell for Regina King": Spanish
    # "recayó en".
    r"(?:(?:(?<!stayed\s)(?<!stays\s)(?:to|by|between)|(?<=\bwas\s)(?:of|for)|(?<=\bis\s)(?:of|for)|(?<=\bfell\s)(?:on|in|for)|(?<=\bup)on|(?<=\bbestowed\s)on|(?<=\bconferred\s)on|"
    r"(?<=\bstayed\s)with|(?<=\bstays\s)with)\b|"
    r"(?<=\brewards\s)|(?<=\brewarded\s)|(?<=\bcrowns\s)|(?<=\bcrowned\s)|"
    r"(?<=\breceived\s)|(?<=\breceives\s)|(?<=\bgot\s)|(?<=\bobtained\s)|"
    rf"(?:(?<=\bwas\s)|(?<=\bis\s))(?=(?:the\s+)?(?:(?:{_DEMONYMS})\s+)?[“\"«]))",
    re.IGNORECASE,
)
# "The Palme d'Or winner was Anora", "the Golden Bear winner this year is X".
# After "the winner was": words that say no winner is told ("was not announced", "is expected").
_NO_WINNER_YET = r"(?!(?:not|never|also|often|usually|announced|expected|likely|tipped|due|set|yet|still)\b)"
_WINNER_IS_AFTER = re.compile(
    rf"^\s*(?:winners?|laureates?)\s+(?:this\s+year\s+)?(?:was|is|were|are)\s+{_NO_WINNER_YET}", re.IGNORECASE
)
# "Happy Feet beat Pixar's Cars for animated feature", "Anora beat out Emilia Pérez for the
# Palme d'Or", "Penn beat Rourke to the best actor award": the subject of the beating verb won.
_BEAT_FOR_BEFORE = re.compile(
    r"\b(?:beat|beats|beating|(?:beat|beats|beating|edged|edges|edging|nosed|noses|nosing)\s+out|"
    r"edged|bested|topped|defeated|defeats|outpaced|trumped|upset)\b[^.;:!?]{1,80}?\b(?:"
    # '"Shrek" beat "Monsters, Inc." to win the first Oscar ever given for animated feature'.
    r"to\s+(?:win|take|claim|grab|nab)\b[^.;:!?]{0,60}?\bfor|for|to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Eddie Murphy lost best supporting actor to Alan Arkin": the recipient follows "to".
_LOST_BEFORE = re.compile(r"\b(?:lost|loses|losing)\s+(?:out\s+on\s+)?(?:the\s+)?$", re.IGNORECASE)
# "The winner of the Palme d'Or was Anora", "the winner for best actress is ...".
_WINNER_OF_BEFORE = re.compile(
    r"\bwinners?\s+(?:of|for|in)\s+(?:the\s+|this\s+year['’]s\s+)?$", re.IGNORECASE
)
_IS_AFTER = re.compile(
    r"^\W{0,3}(?:(?:for|of|at|in)\s+[^.;:,“”\"«»]{1,60}?\s+)?(?:category\s+|award\s+|prize\s+)?(?:was|is|were|are)\s+"
    + _NO_WINNER_YET,
    re.IGNORECASE,
)
_WENT_ON_TO = re.compile(r"\b(?:went|goes|go)\s+on\s+to\b", re.IGNORECASE)
_BEAT_FAVOURITE = re.compile(
    r"\b(?:over|beating|beat|ahead\s+of|defeating|upsetting)\s+(?:the\s+)?(?:[\w\-]+\s+)?favou?rites?\b",
    re.IGNORECASE,
)
# "became the youngest filmmaker that wins": the record is this win, no relative clause of a past one.
_RECORD_RELATIVE = re.compile(
    r"\b(?:became|becomes|has\s+become)\s+(?:only\s+)?the\s+(?:first|second|third|youngest|oldest|only)\s+"
    r"(?:[\w\-'’]+\s+){1,6}?(?:that|who)\s+(?:wins|won|receives|received)\b",
    re.IGNORECASE,
)
_CLEFT = re.compile(r"(\bit\s+(?:was|is)\s+[^,;.]{1,80}?)\s+(?:that|which|who)\b", re.IGNORECASE)
# The festival's own days, a time "since" can count from for this year's win.
_THIS_FESTIVAL_DAYS = (
    r"(?:(?:its|their|the\s+film['’]s)\s+(?:first\s+|world\s+|press\s+)?(?:screening|premiere|showing|unveiling)"
    r"|the\s+(?:first\s+days?|opening(?:\s+days?|\s+night)?|start)\s+of\s+the\s+(?:festival|competition))\b"
)
# Second place, never a win: "First runner-up for People's Choice was "One Night in Miami"" (not
# "the runner-up Grand Prix", which names the award's rank).
_RUNNER_UP = r"(?:first|second|third)\s+runners?[\s\-]up|runners?[\s\-]up\s+(?:for|to|was|were|is|are|in)\b"
# Cues that the award is only hoped for, or that the win is history rather than news. They are
# looked for before the award mention (and just after it), not in the whole sentence: "a
# surprise choice over the favourite" after a real win must not cancel it.
_NOT_NEWS = re.compile(
    rf"\b(?:nominat\w*|nominee\w*|shortlist\w*|frontrunner|front-runner|{_RUNNER_UP}|favou?rites?\b|contender|"
    r"contention|vying|vie\s+for|compet\w+\s+for|in\s+competition\s+for|race\s+for|bid\s+for|"
    # "almost against his will": the noun is no future.
    r"in\s+the\s+running|could|would|might|may(?!\s+\d)|(?<!his\s)(?<!her\s)(?<!their\s)(?<!own\s)(?<!free\s)will|should|hopes?\s+to|hoping|tipped|predict\w*|"
    r"odds|previously|consecutive|having\s+won|to\s+have\s+won|had\s+(?:also\s+|previously\s+|twice\s+)?won|had\s+already|once\s+won|"
    r"last\s+(?:year|month|may|september|february|march|edition)|years?\s+ago|decades?\s+ago|"
    # "The Golden Bear that year went to ...": a year the story went back to.
    r"that\s+year(?:['’]s)?|the\s+same\s+year|the\s+year\s+before|"
    # Time elapsed since the win: "More than four decades after it shared the Palme d'Or".
    r"(?:years|decades)\s+(?:after|since)|"
    # "since" dates history, except the festival's own days: "as widely expected since its
    # screening in the first days of the festival, the Golden Lion went to ...".
    r"in\s+the\s+past|former|previous|earlier\s+(?:this|that)\s+year|"
    rf"since(?!\s+{_THIS_FESTIVAL_DAYS})|"
    rf"went\s+on\s+to(?!\s+{_ON_TO_WIN}\b)|"
    r"(?:which|that|who|whose)\s+(?:\w+\s+){0,2}(?:won|wins|took|received|earned|shared)|"
    # "the first American to win" is history, but "became the first ... to win" is this win.
    # (", the first Japanese film to win since Departures": an apposition after the award tells
    # this win's record, like "became the first"; ", the first Korean to win the Palme d'Or,"
    # before another verb names its own, past award.)
    r"(?<!became\sthe\s)(?<!becomes\sthe\s)(?<!become\sthe\s)(?<!,\sthe\s)first\s+\w+(?:\s+(?!went\b|goes\b)\w+)?\s+to|"
    r"(?<=,\sthe\s)first\s+\w+(?:\s+\w+)?\s+to(?=\s+win\s+(?:the|a|an|its|his|her|best)\b)|"
    r"winners?\s+of\s+the\s+past|past\s+(?:[\w'’\-]+\s+){0,3}?winners?|"
    # Lost, or only hoped for: "whose director was snubbed", "is expected to win", "lost out to".
    r"snubbed|overlooked|passed\s+over|shut\s+out|missed\s+out|lost\s+(?:out|to)|losing\s+(?:out\s+)?to|"
    r"went\s+home\s+(?:with\s+)?empty|(?:twice|\w+\s+times)\s+winn(?:ing|er)|(?:expected|likely|poised|set|bidding|aiming|looking)\s+to|bid\s+to|"
    r"chances?\s+of|hopes\s+of|in\s+line\s+for|(?:best\s+)?known\s+for|"
    r"after\s+(?:it|he|she|they)\s+(?:won|took|received|earned)|"
    # An honorary prize shares the competition award's name: "a Golden Lion for lifetime
    # achievement", "an honorary Golden Bear".
    # ("the Orso d'oro alla carriera", "the Golden Lion for the career": Italian, Spanish, French.)
    r"lifetime\s+achievement|career\s+achievement|honorary|for\s+(?:his|her|their|the)\s+career|"
    r"alla\s+carriera|a\s+la\s+carrera|(?:à\s+la|de)\s+carri[eè]re|"
    # "Jarmusch began his career here with the Caméra d'Or": a career's start is history.
    r"(?:began|begun|started|launched|made)\s+(?:his|her|their)\s+(?:career|name)|"
    # "a best picture Oscar they had not won": a denied win.
    r"(?:not|never|n['’]t)\s+(?:won|win|been\s+awarded)|failed\s+to\s+win|"
    # "Strictly speaking, neither film won the Palme d'Or": a subject that denies the win.
    r"(?:neither|none|no)\s+(?:(?:of\s+)?(?:the\s+|them\s+|these\s+)?(?:two\s+)?(?:films?|movies?|pictures?)\s+)?(?:won|took|received)|"
    # "Films like Fruitvale Station and Whiplash took home both ... in their years": examples.
    r"in\s+(?:their|its|his|her)\s+(?:own\s+)?(?:years?|day|time)|(?:films|movies|titles)\s+like)\b",
    re.IGNORECASE,
)
_NOT_AWARD_NEWS_TITLE = re.compile(
    # Whole words: "the Golden Bear attributed to « Dahomey »" holds "tribute", "broadcasting"
    # holds "casting".
    r"box[\s-]?office|\btrailers?\b|\bteasers?\b|first\s+look|\bcasting\b|\bcast\b|\bjoins?\b|"
    r"to\s+star|line-?up|nominations?|nominees?|nominated|shortlist|obituary|\bdies\b|\bdied\b|"
    r"dead\s+at|passed\s+away|\br\.?i\.?p\b|remember(?:ing|ed)|\btributes?\b|predictions?|"
    r"frontrunners?|\bodds\b|"
    r"\bgrosses?\b|opening\s+weekend|in\s+memoriam|to\s+preside|jury\s+president|\breview\b|"
    # "Mike Leigh to head Berlin film festival jury": a jury appointment, told before the
    # festival; the wins it recalls are the new president's or the last edition's.
    r"(?:to|will)\s+(?:head|chair|lead)\b[^.!?\n]{0,40}\bjury\b|"
    r"rewatch\w*|streaming|"
    # A re-release is not a win: "'Kagemusha' returns to cinemas in a new 4K restoration".
    r"restor(?:ed|ation)|re-?releas\w*|anniversary|returns?\s+to\s+(?:cinemas|theat\w+|screens)",
    re.IGNORECASE,
)
_NOT_AWARD_NEWS_LEAD = re.compile(
    r"box\s+office|opening\s+weekend|has\s+died|passed\s+away|died\s+(?:on|at|in)|"
    r"announced\s+(?:the|its)\s+(?:line-?up|selection|nominations)|unveiled\s+(?:the|its)\s+"
    r"(?:line-?up|selection)|nominations\s+were\s+announced|first\s+trailer|new\s+trailer|"
    r"will\s+(?:preside\s+over|head|chair|lead)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}jury\b",
    re.IGNORECASE,
)
# Characters of context looked at on each side of an award mention.
_CONTEXT_CHARS = 300
# Award mentions examined per article: a real palmarès has a few dozen.
_MAX_AWARD_MENTIONS = 200
# Edition number -> year for recent editions ("the 77th Cannes Film Festival" is 2024).
_EDITION_YEAR_OFFSET = {"cannes": 1947, "venice": 1943, "berlin": 1950, "oscars": 1928}
# Ceremonies keyed by the year they are held in, honouring the films of the year before: "won the
# Academy Award as best picture of 1977" is the 1978 ceremony.
_PREVIOUS_YEAR_CEREMONIES = frozenset({"oscars", "golden-globes"})
_FILM_YEAR_BEFORE = re.compile(
    r"\b(?:best\s+[a-z]+(?:\s+[a-z]+)?|films?|pictures?|movies?|performances?)\s+of\s+(?:the\s+year\s+)?$"
)
# "fable about a teenager from the Mumbai slums", "a drama set in Tehran": a plot description.
_PLOT_DESCRIPTION = re.compile(
    rf"\b(?:{_GENRE_NOUNS}),?\s+(?:about|on|following|set\s+(?:in|among|on)|in\s+which|where)\s"
    # "'The Times of Harvey Milk' of Robert Epstein, on the San Francisco city supervisor
    # assassinated in 1978": an apposition that tells what the film is about.
    r"|,\s+(?:about|on)\s+(?:the|a|an)\s"
)
# "for the culinary romance The Taste of Things", "for his cannibal romance Bones and All": a
# description of the film between "for" and its title.
_FILM_DESCRIPTION = rf"(?:(?:the|a|an|his|her|their|its)\s+(?:[\w\-]+\s+){{0,3}}?(?:{_GENRE_NOUNS})\s*,?\s+)?"
# Awards given to a person: the subject of "won Best Actress" is never the film.
_PERSON_AWARD = re.compile(r"direct|actor|actress|performance|screenplay|interpret|camera", re.IGNORECASE)
_DIRECTOR_AWARD = re.compile(r"direct", re.IGNORECASE)
# "won four awards — best picture, best director and": a win verb, a count noun, a list.
_ENUMERATION_HEAD = (
    r"\b(?:won|wins|took(?:\s+home)?|taking(?:\s+home)?|takes(?:\s+home)?|picked\s+up|scooped|claimed|collected|"
    r"bagged|earned|swept|sweeps|winning|nabbed|grabbed|landed|secured|received|captured|snagged|garnered|"
    # "It acquired eight prizes including the director prize": machine translation's verbs.
    r"acquired|obtained|obtaining|conquered|conquering|"
    r"(?:walked|sailed|came|went|got)\s+away\s+with|walked\s+off\s+with|went\s+home\s+with|left\s+with)\b(?:\s+[\w\-]+){0,8}?\s+(?:awards|prizes|oscars|statuettes|trophies|"
    # "won five of its eight nominations": the haul out of the tally.
    r"(?<=\bof\s)(?:its|the|his|her|their)\s+[\w\-]+\s+(?:nominations|nods|noms))"
    # "won five of the eight awards it was nominated for, including ...": the tally's clause.
    r"(?:\s+(?:it|he|she|they)\s+(?:was|were|had\s+been)\s+(?:nominated|up)\s+for)?"
    # "took three Oscars between them: best picture, ...": the winners shared the haul.
    r"(?:\s+(?:between|among)\s+them|\s+apiece)?"
    # "swept the top five Academy Awards on Monday night, winning best picture, ...": the time
    # or place of the haul, then a participle that lists it; "four Oscars from a field-leading
    # 12 noms: picture, ...": the haul's tally.
    r"(?:\s+(?:on|at|in|from|out\s+of)\s+[^,.;:—–]{1,40}?)?"
    # "taking seven statuettes, among them best picture" (machine translation: "between them").
    # "upon obtaining four statuettes, among them the ones of best film, ...": Spanish "las de".
    # "five statuettes, among them that of the best film, of the best realisation": French
    # "celle du"; "seven Oscars, among them the most important one, for the best film".
    r"(?:\s*[—–:]\s*|,?\s+including\s+|,\s+(?:among|between)\s+them\s+"
    r"(?:(?:the\s+ones?|that|those|the\s+(?:award|prize|oscar)|the\s+(?:most\s+important|main|biggest|top)\s+one),?\s+(?:of|for)\s+)?|"
    r",\s+(?:winning|taking)\s+|"
    # "took both acting awards, the Volpi Cup for best actor to X and ...": an apposition.
    r",\s+|\s+for\s+)"
)
_ENUMERATION = re.compile(_ENUMERATION_HEAD + r"(?P<items>[^.;]*?)$", re.IGNORECASE)
# The list of a haul, for its bare items: "collected four Oscars: picture, director for X and ...".
_ENUMERATION_LIST = re.compile(_ENUMERATION_HEAD + r"(?P<items>[^.;]*)", re.IGNORECASE)
# A trade paper's bare category right after a win verb: "Natalie Portman took actress for
# "Black Swan"", "won director for". Only with what follows a win ("for", "as", a comma), so
# "won the director over" or "took director Tom Hooper" stays a person.
_BARE_CATEGORY_WIN = re.compile(
    r"\b(?:won|wins|took|takes|nabbed|picked\s+up|collected|claimed|grabbed|landed|scooped|snagged|earned)\s+"
    r"(?P<category>(?:(?:supporting|lead|leading|original|adapted)\s+)?(?:actor|actress|director|picture|screenplay))"
    r"(?=\s+(?:for|as|with)\b|\s*[,;.])",
    re.IGNORECASE,
)
# An enumeration item's category, before its credit: "director for Tom Hooper" -> "director".
_ENUM_ITEM_CATEGORY = re.compile(
    # ("that of the best film, of the best realisation": French "celle du", "du".)
    r"\s*(?:of\s+)?(?:the\s+)?(?P<category>[a-z][a-z\- ]{2,40}?)\s*(?:$|\s(?:for|to|as|with)\s|\()"
)
_ENUM_ITEM_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_ENUM_ITEM = re.compile(r"^\s*(?:best|outstanding)\b", re.IGNORECASE)
_FILM_REFERENCE = re.compile(
    r"^\s*the\s+(?:film|movie)\s*(?:also|too|itself|then|later)?\s*$|\b(?:the\s+(?:film|movie|picture)['’]s|its\s+(?:[a-z][\w\-]*\s+)?(?:star|lead|director|writer)|(?:his|her|their)\s+co-?stars?|"
    r"(?:who|which)\s+(?:directed|wrote|co-wrote|stars?\s+in|starred\s+in)\s+(?:it|the\s+(?:film|movie)))\b",
    re.IGNORECASE,
)
_CREDIT_AFTER_QUOTED = re.compile(r"[»”\"]\s+(?:of|by|from)\s+(?:the\s+)?$")
_CHARACTER_BEFORE = re.compile(
    r"(?:\b(?:turn|role|performance|portrayal|part|cast|starring|stars?)\s+as|\bplay(?:s|ed|ing)|"
    # "for role of petty criminal Randle Patrick McMurphy": Slavic copy's "role of".
    r"\brole\s+of(?:\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*)?|"
    r"\bportray(?:s|ed|ing))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Nouns a trade paper uses for a film: "The period pic", "The Paramount Pictures release".
_FILM_NOUNS = r"film|movie|pic|release|production"
# "The DreamWorks release", "the Netflix film": a name before a noun for the film is its company.
_COMPANY_BEFORE_FILM_NOUN = re.compile(rf"\s+(?:{_FILM_NOUNS})\b")
# "Besides the supreme reward, the film obtained ...": an adverbial lead before "the film".
# "The film of Christopher Nolan for the "father of the atomic bomb" took": a film by its
# maker's name, as a subject.
_FILM_OF_PERSON_SUBJECT = re.compile(
    rf"\s*[Tt]he\s+(?:new\s+|latest\s+)?(?:film|movie)\s+(?:of|by)\s+{_NAME}"
)
_FILM_SUBJECT_REFERENCE = re.compile(
    r"^\s*(?:(?:besides|beyond|apart\s+from|in\s+addition\s+to|on\s+top\s+of|as\s+well\s+as|after)\b[^,;]{1,50},\s*)?"
    # "The period pic collected four Oscars": a trade paper's adjective and "pic".
    # "The Paramount Pictures release ... also collected Oscars for".
    rf"the\s+(?:[\w\-]+\s+){{0,3}}?(?:{_FILM_NOUNS})\s*,?\s*(?:also|too|itself|then|later)?\s*$",
    re.IGNORECASE,
)
# Ends the clause of a win: a year after it belongs to another fact ("for Tár, her second Volpi
# after the one in 2007"). A comma before "for X in 1990" still continues the win's clause.
_YEAR_CLAUSE_BREAK = re.compile(
    r",[”\"»]?\s+(?:and|while|but|as|whereas|a|an|the|her|his|their|its|which|who|whose)\b|;|\s[—–]\s|"
    r"\b(?:after|before|since)\b|"
    # '"The Ice Storm," directed by Ang Lee and set ... in 1973': a participle describing the
    # film dates its story or making, not the win.
    r",[”\"»]?\s+(?:directed|written|produced|set|based|adapted|shot|made)\b|"
    # Machine translation's credit and article-less apposition after a title: "Lack of love, of
    # the Russian X, already rewarded ... in 2014", "Les Proies, new adaptation of ... in 1971".
    r",[”\"»]?\s+(?:of|by)\s+(?:the\s+)?(?-i:[A-Z])|,[”\"»]?\s+(?:already|new|latest)\b|"
    # "for Judy, director Rupert Goold's portrait of Judy Garland ... in 1968": a credited apposition.
    r",[”\"»]?\s+(?:director|filmmaker|writer-director)\s+(?-i:[A-Z])",
    re.IGNORECASE,
)
# A competition section other than the main one, named just before the award or opening the
# sentence: its prizes share names with the main competition's ("Grand Jury Prize").
_SECTION_WORDS = (
    r"documentary|world\s+cinema|short\s+films?|shorts|orizzonti|horizons|next|midnight|"
    # Cannes's parallel sections and its technical prize share the jury's award names: "the
    # Grand Prize of the Week of the Critic", "The Technical Grand Prize".
    r"technical|critics['’]?\s+week|week\s+of\s+the\s+critic|directors['’]?\s+fortnight|"
    r"fortnight\s+of\s+the\s+directors|un\s+certain\s+regard"
)
_OTHER_SECTION_BEFORE = re.compile(
    rf"\b(?P<section>{_SECTION_WORDS})\s+(?:U\.S\.\s+|international\s+|jury\s+)?$", re.IGNORECASE
)
_OTHER_SECTION_LEAD = re.compile(
    rf"^\s*(?:(?:in|for)\s+the\s+(?:[\w.\-]+\s+){{0,2}}?(?P<section>{_SECTION_WORDS})\s+"
    r"(?:[\w.\-]+\s+)?(?:competitions?|sections?|categor(?:y|ies)|strand|sidebar|programme|program)\b|"
    # "In World Cinema, Utama took the Dramatic Grand Jury Prize": the section alone.
    rf"in\s+(?:the\s+)?(?P<section_after>{_SECTION_WORDS})\s*,)",
    re.IGNORECASE,
)
# A rank ("the jury's top prize") in a sentence that has named a sidebar section before it is
# that section's top prize: "pulled off the same double in the U.S. Documentary Competition,
# winning both the jury's top prize and the audience vote".
_OTHER_SECTION_NAMED = re.compile(
    rf"\b(?:in|for)\s+the\s+(?:(?:[\w.\-]+\s+){{0,2}}?(?P<section>{_SECTION_WORDS})\s+"
    r"(?:[\w.\-]+\s+)?(?:competitions?|sections?|categor(?:y|ies)|strand|sidebar|programme|program)\b|"
    # "in the section Orizzonti": the French word order, kept by machine translation.
    rf"(?:section|sidebar|strand)\s+(?P<section_after>{_SECTION_WORDS})\b)",
    re.IGNORECASE,
)
# ... or named right after it: "won the grand jury prize for U.S. documentary," -- but not a
# film described by the section's word ("for the documentary "Fire at Sea"").
_OTHER_SECTION_AFTER = re.compile(
    # "The Grand Jury Prize: Documentary was presented to": a press release's qualifier.
    rf"^\s*(?:(?:for|in|of)\s+|[:,]\s*)(?:the\s+)?(?:best\s+)?(?:U\.S\.\s+|American\s+|international\s+)?"
    # ("for Midnight in Paris": a capitalised section word that runs on into a title-case phrase
    # opens a film's title.)
    r"(?!(?-i:[A-Z])[a-z]+\s+(?:in|of|at|on)\s+(?-i:[A-Z]))"
    rf"(?P<section>{_SECTION_WORDS})"
    r"(?:\s+(?:competition|section|category|feature|features|films?))?\s*"
    r"(?=[,.;:)]|$|\s+(?:and|at|on|in|with|for|was|is|went|goes|received|receives|won|wins)\b)",
    re.IGNORECASE,
)
_SECTION_HEADING = re.compile(rf"\b(?P<section>{_SECTION_WORDS})\b", re.IGNORECASE)
_NO_AWARD = AwardName(key="", name="", aliases=(), is_top=False)
# ("Cillian Murphy ... became best Hauptdarsteller": German "wurde bester Hauptdarsteller".)
_COPULA_BEFORE = re.compile(r"\b(?:is|are|became|becomes)\s+(?:this\s+year['’]s\s+)?$")
# An award that opens its clause ("The", "And the") ...
_AWARD_SUBJECT_LEAD = re.compile(r"\s*(?:(?:and\s+)?the\s+)?", re.IGNORECASE)
# ... or, in a coordinated clause, with the trophy's name before the category it names: "and the
# Coupe Volpi of the best actress to Y", "and the Silver Bear for best director to Z".
_GAPPED_AWARD_LEAD = re.compile(
    rf"\s*(?:(?:and\s+)?the\s+)?(?:(?:{_UP}[\w'’\-]*\s+){{1,3}}(?:of|for)\s+(?:the\s+)?)?"
)
# ... followed by its own qualifier and a win verb whose object is the winner.
_AWARD_SUBJECT_VERB = re.compile(
    r"^\W{0,3}(?:(?:for|of|at|in)\s+[^.;:,“”\"«»]{1,60}?\s+)?(?:also\s+)?"
    r"(?:received|receives|won|wins|crowned|crowns|rewarded|rewards|honou?red|honou?rs|"
    r"distinguished|distinguishes|recogni[sz]ed|recogni[sz]es|"
    # "Silver bear for the best direction got South Korean Kim Ki-duk for the film Samaria":
    # Czech word order; only with the film named after "for the film".
    r"(?:got|obtained)(?=\s+[^.;:]{1,60}?\bfor\s+the\s+(?:film|movie)\b)|"
    # "The Oscar for the best supporting actress got, as predicted by everyone, Da'Vine Joy
    # Randolph, for her role as school cook in ...": German word order, a performer's role.
    r"(?:got|obtained),?(?=\s+[^.;:]{1,100}?\bfor\s+(?:his|her|their)\s+(?:role|performance|part|portrayal)\b)|"
    # "The best actor prize was American Wesley Snipes ("One Night Stand")": a copula whose
    # complement is a palmarès item, a person and the quoted title in parentheses.
    r"(?:(?:prize|award)\s+)?(?:was|is)(?=\s+[^.;:()“”\"«»]{1,60}\(\s*[“\"«])|"
    # "The best director prize was American painter-director Julian Schnabel for "Le Scaphandre
    # ..."", "The best actress prize was South Korean Jeon Do-yeon of "Secret Sunshine"": the
    # same copula with the title after "for" or "of" (machine translation from Japanese). Not
    # when the title has another form in parentheses ("of 『Remaining Alice』 (Still Alice)"):
    # which form is the film is decided elsewhere.
    r"(?:(?:prize|award)\s+)?(?:was|is)(?=\s+(?:[\w\-'’.]+\s+){1,6}?(?:for|of)\s+[“\"«][^“”\"«»\n]{1,80}[”\"»]"
    r"(?!\s*\((?![^()]*\b(?:director|dir\.|by)\b)[^()]*\))))\s+(?!by\b)|"
    # "Best Director was Nicolas Winding Refn for Drive, the coolest ...", "The best actor was the
    # British Timothy Spall with the film "Mr. Turner"": a person, then the film, unquoted or not.
    rf"^\s*(?:(?:prize|award)\s+)?(?:was|is)(?=\s+(?:the\s+(?-i:{_UP})\w+\s+)?(?-i:{_UP}[\w\-'’]*(?:\s+{_UP}[\w\-'’]*){{1,3}})\s+"
    rf"(?:for|with\s+the\s+(?:film|movie))\s+(?:[“\"«]|(?-i:{_UP})[\w'’\-]*(?:\s+[\w'’\-]+){{0,6}}?[,.;]))\s+",
    re.IGNORECASE,
)
_WIN_VERB_ANYWHERE = re.compile(rf"\b(?:{_WIN_VERBS}|{_WEAK_WIN_VERBS})\b", re.IGNORECASE)
_GIVE_VERB_ANYWHERE = re.compile(r"\b(?:gave|gives|handed|hands|awarded|awards|presented|presents)\b", re.I)
# Lower-case words a verb-less coordinated win clause may hold ("and its star Olivia Colman").
_GAPPED_LOWER_WORDS = _words("its his her their the a an star lead director also")
# "Other winners included "F" for documentary feature", "winners at the Oscars were": this
# ceremony's list -- evidence of a win, where "winners" alone is a past edition's.
# ("Among the other winners: "Inside Out," ..., for animated feature; ...": a list's colon.)
_WINNERS_INCLUDED = r"(?:\s+(?:at|on|of|in)(?:\s+[\w'’]+){1,3}?)?(?:\s+(?:included|include|were)\b|(?=\s*:))"
# Evidence of a win for the sentence-level fallback: any of these words in the award's clause.
_FALLBACK_WIN_EVIDENCE = re.compile(
    rf"\b(?:{_WIN_VERBS}|win|winning|taking|claiming|collecting|earning|received|"
    r"awarded|honou?red|went\s+to|goes\s+to|go\s+to|(?:was|were|is|are|been)\s+given|shared|sharing|splits?|recompens\w*|"
    r"rewards?|rewarded|gave|gives|handed|presented|bestowed|(?:is|was)\s+(?:also\s+)?for|"
    r"(?:is|was)\s+(?:the\s+)?best|"
    rf"(?:other\s+)?winners{_WINNERS_INCLUDED})\b|"
    # "Is «The Wrestler» of Aronofsky the Lion of Gold": machine translation's inverted copula
    # ("È «F» il Leone d'oro") opening the sentence, after an agency dateline if any
    # ("(ANSA) - VENICE, 6 SEPT - Is «F» ...").
    r"^[\s\-—–]*(?:\(\w+\)[\s\-—–]*)?(?:[a-z .'’]{2,30},\s*\d{1,2}\s+\w+\.?[\s\-—–]*)?(?:is|was)\s+“…”",
    re.IGNORECASE,
)
# Cues the fallback also refuses anywhere in the clause (the precise rules look before the
# award only): a hope, a jury, a line-up, a past edition.
_FALLBACK_NOT_NEWS = re.compile(
    r"\b(?:nominat\w*|nominee\w*|contend\w*|hop\w+|expect\w*|predict\w*|"
    rf"frontrunner|front-runner|{_RUNNER_UP}|in\s+competition|competing|jury\s+(?:president|members?)|"
    r"(?:could|would|will|may|might|should)\s+(?:\w+\s+)?win|first\s+\w+(?:\s+\w+)?\s+to\s+win|"
    rf"last\s+year|years?\s+ago|previous\w*|earlier|already|winners?(?!{_WINNERS_INCLUDED})|"
    r"snubbed|overlooked|passed\s+over|"
    r"shut\s+out|missed\s+out|lost|losing|denied)\b",
    re.IGNORECASE,
)
_VERBLESS_TO = re.compile(
    r"^\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*)?to\s+"
    # "Orso d'argento for the screenplay to the Polish Tomasz Wasilewski for "United States of
    # Love"": the recipient, then the quoted title after "for".
    rf"(?:(?:the\s+)?(?:[a-z]+\s+)?(?-i:{_UP}[\w'’\-]*)(?:\s+(?-i:{_UP})[\w'’\-]*){{1,3}}\s+for\s+)?(?=[«“\"„])",
    re.IGNORECASE,
)
_NOMINATION_TALLY = re.compile(
    r"\b(?:on|at|with|in)\s+(?:her|his|their|its)\s+(?:[\w\-]+\s+){0,2}?nominations?\b", re.IGNORECASE
)
# Lower-case words of a title-case title ("On the Beach at Night Alone").
_TITLE_CONNECTORS = r"of|the|a|an|and|in|on|at|to|for|with|from|by|or|nor|but|as|is|de|la|le|du|el|y|no|not|into|over|under|upon"
# A title's other form in parentheses right after it: '"Shakespeare Apaixonado" (Shakespeare in
# Love)', «Paradise» (Rai).
# An award name that goes on into a longer category the gazetteer lacks: "best drama series",
# "best dramatic actress" (Golden Globes' television and acting categories beside "Best Drama"),
# "best documentary short". The name matched only the start of another category ("best
# dramatic film" is still the award).
_LONGER_CATEGORY_AFTER = re.compile(
    r"(?:tic|ic|ical|al)?[^\S\n]*[–—-]?[^\S\n]*(?:tv\s+|television\s+)?"
    r"(?:series|miniseries|mini-series|serial|show|actor|actress|actors|performer|short|shorts)\b"
    # "the Oscar to the best film of not English language": machine translation's foreign film.
    r"|[^\S\n]+(?:of|in)[^\S\n]+(?:(?:not|non|no)[\s\-]+english|(?:a[^\S\n]+)?(?:foreign|other)[^\S\n]+language)"
)
# "Alejandro G. Iñárritu", "Samuel L. Jackson": a first name, a middle initial and a surname is
# how people are credited; titles do not take that shape.
_MIDDLE_INITIAL_NAME = re.compile(rf"{_UP}[a-zà-ÿ][\w'’\-]*\s+{_UP}\.\s+{_UP}[\w'’\-]*[a-zà-ÿ]")
# A live blog's bare credit entry: "Julianne Moore, Still Alice.", "Patricia Arquette, Boyhood."
_BARE_CREDIT = re.compile(rf"(?P<name>{_NAME}),[^\S\n]+(?P<title>{_UP}[^.;:!?,\n]{{0,60}}?)\.(?=\s|$)")
# An entry opening with a category label: "Production design: The Grand Budapest Hotel."
_CATEGORY_LABEL_ENTRY = re.compile(rf"{_UP}[\w’'\- ]{{2,40}}:\s")
# The entry announcing a category before its winner: "Matthew McConaughey is out to present best
# actress", "Jared Leto ... is out to present best supporting actress", "Cate Blanchett presents
# the award for best actor".
_PRESENTER = re.compile(
    r"\b(?:(?:is|are|comes?|came|steps?|walks?)\s+(?:out|up|on\s*stage|onstage|here)\s+to\s+"
    r"(?:present|hand\s+out|announce)|presents|presenting)\s+(?:the\s+(?:award|prize|oscar)\s+for\s+)?",
    re.IGNORECASE,
)
# An award name that goes on, capitalised, into a longer award's name: "the People's Choice
# Midnight Madness Award", "the Un Certain Regard Jury Prize" -- a sidebar's prize, not the
# award the shorter name stands for.
_LONGER_NAME_AFTER = re.compile(rf"[^\S\n]+(?:{_UP}[\w'’\-]*[^\S\n]+){{1,3}}(?:Award|Prize)\b")
# A sentence that opens with a quoted title (after its director's possessive credit) and a long
# apposition before its win verb: '"Fruitvale," a first feature about ..., the 22-year-old shot
# dead ... in 2009, won the Grand Jury Prize', '"The Story of Qiu Ju," a wry ... tale ..., won
# the Golden Lion'. The apposition, inner commas and all, describes the subject: its years and
# names are background, and the title stays the subject of the verb.
_SUBJECT_APPOSITION = re.compile(
    rf"(?:^|(?<=\n)|(?<=[.!?]\s)|(?<=[.!?][”\"»]\s))(?:{_NAME}['’]s?\s+(?:[\w\-]+\s+){{0,3}}?)?"
    r"[“\"«][^“”\"«»\n]{1,80}[”\"»]"
    r"(?P<apposition>,?\s+(?:a|an|the)\s+[^;.!?\n“”\"«»()]{1,300}?),\s+(?:also\s+|has\s+|have\s+)?"
    rf"(?=(?:{_WIN_VERBS})\b)"
)


# '"Anatomy of a Fall", of Justine Triet, winner of the Palm of Gold in Cannes last year, won the
# Oscar of best original screenplay': an article-less "winner of" apposition right before the win
# verb tells the subject's past, anywhere in the sentence.
_WINNER_OF_APPOSITION = re.compile(
    r"(?P<apposition>,\s+(?:(?:a|an|the)\s+)?(?:[\w\-]+\s+){0,2}?(?:winner|recipient|laureate)\s+of\s+"
    r"[^;.!?\n,“”\"«»]{1,120}),\s+(?:also\s+)?"
    rf"(?=(?:{_WIN_VERBS})\b)",
    re.IGNORECASE,
)


def _subject_appositions(text: str) -> list[tuple[int, int]]:
    return [
        (m.start("apposition"), m.end("apposition"))
        for pattern in (_SUBJECT_APPOSITION, _WINNER_OF_APPOSITION)
        for m in pattern.finditer(text)
    ]


_PERFORMER_AWARD = re.compile(r"actor|actress|performance|interpretation|Volpi|acting", re.IGNORECASE)
_AWARD_GLOSS_GAP = re.compile(r"\s*[(\[]\s*(?:the\s+|a\s+)?(?:[^\W\d_]+\s+){0,2}")
# The end of an award's parenthesised gloss: "(Grosser Preis der Jury)".
_GLOSS_CLOSE = re.compile(r"[^\S\n]*[)\]]")
# The opening of a quoted title's parenthesised quoted form: '"A Soap" ("'.
_QUOTED_FORM_BEFORE = re.compile(r"[”\"»][^\S\n]*\([^\S\n]*[“\"«]$")
# A palmarès line that only says the items below are tied.
_TIE_NOTE_LINE = re.compile(r"[^\S\n]*\(?(?:ex[\s\-]?aequo|tie|tied)\)?[^\S\n]*:?[^\S\n]*", re.IGNORECASE)
# A palmarès credit line: "directed by Michael HANEKE" (after a bilingual "réalisé par /").
_PALMARES_CREDIT_LINE = re.compile(r"[^\S\n]*(?:directed\s+by|dir\.)\s", re.IGNORECASE)
# A winners box line: a category label, then a colon or a dash ("ACTOR: Jamie Foxx, "Ray"",
# "SUPPORTING ACTOR — Morgan Freeman").
_AWARD_LABEL_LINE = re.compile(
    r"(?m)^[^\S\n]*(?P<label>[A-Za-z][A-Za-z' \-]{2,50}?)[^\S\n]*(?::|[^\S\n][—–-][^\S\n])"
)
# ("Actor not protagonist: Joel Grey («Cabaret»)": a translated category of a few words.)
_BARE_LABEL_LINE = re.compile(
    r"[^\S\n]*(?P<label>[A-Z][A-Za-z]{3,20}(?:[^\S\n][a-z]{2,20}){0,2})[^\S\n]*(?::|[^\S\n][—–-][^\S\n])"
)
# A capitalised run and a parenthesis right after it: a title and, maybe, its other form.
_TITLE_AND_PARENTHESIS = re.compile(rf"(?P<head>{_UP}[\w'’\-]*)[^\S\n]*\((?P<inner>{_UP}[^()\n]{{0,39}})\)")
_PARENTHESISED_FORM = re.compile(r"[”\"»]?[^\S\n]*\((?P<form>[^\W\d_][^()\n]{0,79})\)")
# "Oscar-nominated", "Cannes-winning", "Berlinale-bound": a festival as part of an adjective.
_FESTIVAL_ADJECTIVE = re.compile(
    r"-(?:nominated|winning|winner|tipped|bound|feted|fêted|selected|backed)\b", re.IGNORECASE
)
# The "went to" a verb-less coordinated clause shares ("..., and the Special Jury Prize to F").
# "The Volpi Cup for best actor was attributed to X for F, and the one for best actress to Y":
# a passive "was <given> to" shares its verb like "went to"; machine translation writes
# "attributed", "granted", "handed".
_GOES_TO_ANYWHERE = re.compile(
    r"\b(?:went|goes|go|gone|corresponded|corresponds|(?:was|were|is|are)\s+(?:given|awarded|attributed|granted|handed|presented))\s+to\b",
    re.IGNORECASE,
)
# A pronoun subject after an optional time adverbial: "It", "On Saturday it", "It also".
_PRONOUN_SUBJECT = re.compile(
    r"\s*(?:(?:On|In|At|Last|This)\s+[\w\-]+(?:\s+[\w\-]+)?,?\s+)?(?:it|It)(?:\s+(?:also|then|finally|eventually))?\s*"
)
# "A film that its director fears will never be seen at home won the Golden Lion ...": a lede that
# delays the title to the next paragraph, which opens with it ("The Circle (Dayereh), ...").
_DELAYED_LEDE_SUBJECT = re.compile(
    rf"\s*(?:(?:On|Late|Early)\s+[\w\-]+(?:\s+[\w\-]+)?,?\s+)?(?:A|An)\s+(?:[\w'’\-]+\s+){{0,4}}?(?:{_GENRE_NOUNS})\b"
)
# "went to two women:", "to both films:": a count that announces a tie's winners.
# "was given to two works of French animation "Persepolis" ... and "Silent Light"".
_TIE_COUNT = re.compile(
    r"\s*(?:two|three|four|both)\s+(?:"
    # "between two films that few had heard of a fortnight ago: A, ..., and B": a relative
    # clause before the list.
    r"(?:films|works|movies|pictures)\s+(?:that|which)\b[^:.;“”\"«»\n]{1,100}:\s*|"
    r"(?:[\w\-]+\s+){0,2}?[\w\-]+\s*:\s*|"
    # "between two Italian films, Signor Roberto Rossellini's A and ...'s B": an apposition.
    r"(?:[\w\-]+\s+){1,2}(?:films|works|movies|pictures),\s*|(?:films|works|movies|pictures)\b)",
    re.IGNORECASE,
)
# "Best Motion Picture": a category name, shared by many award bodies, not a trophy's name.
_CATEGORY_NAME = re.compile(r"(?:best|outstanding)\s", re.IGNORECASE)
# "..., the Palme d'Or, which went instead to F": a relative clause that tells who took the award.
_WHICH_WENT_TO = re.compile(
    r"^\s*,\s*which\s+(?:instead\s+|eventually\s+|finally\s+)?(?:went|goes)\s+(?:instead\s+)?to\s+", re.I
)
# A ceremony's moment or award that "went to"/"belonged to" a person, whose relative clause
# then names the prize: "The evening's most memorable moment belonged to Jack Palance, 73, who
# won best supporting actor for ...".
_CEREMONY_RELATIVE = re.compile(
    # "Casey Affleck was recognized as Best Actor for F, of Kenneth Lonergan, who also won the
    # Oscar to Best Original Screenplay": "also" after a win the sentence tells adds to it.
    r"^\s*(?:[^.;:]{0,80}?\b(?:won|took|received|collected|was\s+named|was\s+recogni[sz]ed\s+as)\s"
    r"[^.;:]{1,120}?,\s+who\s+(?=also\s)|"
    r"(?:[^,.;:]{1,40},\s+)?(?:the|this|saturday['’]s|sunday['’]s|monday['’]s)\s+"
    r"(?:(?:evening|night|ceremony|gala|show)['’]s\s+)?"
    r"(?:[^.;:]{0,60}?\b(?:award|prize|honou?r|moment|surprise|ovation|applause|night|evening|show)(?:\s+(?:at|of|in)\s+[^.;:,]{1,40}?)?\s+"
    r"(?:went|goes|belonged|belongs)\s+to\s+[^.;:,]{2,60}?(?:,\s*\d{1,3})?,\s+who\s+|"
    # "The big winner of the night was F (Original), of Kathryn Bigelow, that took six statuettes,
    # between them best film, ...": machine translation's relative clause tells the night's haul.
    r"(?:big|biggest|great|main)\s+winner\s+of\s+the\s+(?:night|evening|ceremony|gala)\s+(?:was|is)\s+"
    r"[^.;:]{2,120}?,\s+(?:that|which|who)\s+))"
    r"(?P<verb>(?:also\s+)?(?:won|took|received|picked\s+up|collected)\b[^.;:]{0,80})$",
    re.IGNORECASE,
)
# A quotation closed by a comma, "!" or "?" inside its marks and then attributed: a statement.
_STATEMENT_AFTER = re.compile(
    rf"[,!?][”\"»’']\s*(?:(?:he|she|they|we|I)\s+)?(?:{_SPEECH_VERBS}|shouted|shouts|exclaims)\b"
)
# ("given simultaneously to": Japanese machine translation's tie.)
_TIE_CUE = re.compile(
    r"\b(?:shared|sharing|split|divided|ex[\s-]aequo|tied|jointly|tie|simultaneously)\b", re.IGNORECASE
)


# A title in single quotes, the house style of Korean and Japanese wire services and some
# British papers: 'On Body and Soul', ‘The Novelist's Film’ (an inner apostrophe before a
# letter is part of it).
_SINGLE_QUOTED = re.compile(
    rf"(?<![\w'’‘])['‘](?=[\d{_UP[1:-1]}])((?:[^'’‘\n]|['’](?=\w)){{1,80}}?)(?<=\S)['’](?!\w)"
)
_ORIGINAL_TITLE_AFTER = re.compile(rf"[^\S\n]*\({_UP}[^()\n]{{0,60}}\)")
_TITLE_CASE_WORD = re.compile(rf"(?:[\d{_UP[1:-1]}][\w'’\-.!?:,]*|(?:{_TITLE_CONNECTORS})[,:]?)")


def _single_quoted_titles(text: str) -> str:
    """Single-quoted titles as double-quoted ones (same length), the form the win rules read.
    Only title-case contents of at most ten words: a quoted statement ('I am delighted') has
    lower-case words of its own."""

    def convert(match: re.Match[str]) -> str:
        words = match.group(1).split()
        if len(words) > 10:
            return match.group()
        # "for 'In love we trust' (Zuo you)": an original title in parentheses marks a title.
        glossed = _ORIGINAL_TITLE_AFTER.match(text, match.end()) is not None
        if (
            not all(_TITLE_CASE_WORD.fullmatch(word) for word in words)
            and not _is_sentence_case_title(words)
            and not (glossed and len(words) <= 8 and words[0][:1].isupper())
        ):
            return match.group()
        return f"“{match.group(1)}”"

    return _SINGLE_QUOTED.sub(convert, text) if "'" in text or "‘" in text else text


# Words of a statement, never of a short sentence-case title ('Tropa de élite', 'Pozos de
# ambición', the house style of Spanish and Italian papers): 'I am so happy', 'We did it'.
_STATEMENT_WORDS = frozenset(_words("i we you he she they my our your me us him them i'm we're it's don't"))


def _is_sentence_case_title(words: list[str]) -> bool:
    """A single-quoted run of at most five words, capitalised first, without punctuation (but a
    comma between words: 'Black cat, white cat') or a statement's pronouns."""
    return (
        len(words) <= 5
        and words[0][:1].isupper()
        and not any(re.search(r"[.;:!?]|,.", word) for word in words)
        and not words[-1].endswith(",")
        and not any(word.casefold().strip("'’") in _STATEMENT_WORDS for word in words)
    )


# A title in sentence case after the preposition that introduces a work, as Spanish, French and
# Italian write titles and machine translation keeps them: "was for The son of Saul, the
# debut", "by The law of the market, of Stéphane Brizé". It runs to a comma, a full stop, a
# parenthesis, "and" or a credit ("by Name"), within nine words.
# ... or after a director's possessive: "Franco Maresco's La mafia non è più quella di una volta".
# ... or after "titled": "for his film titled Natural light".
_AFTER_WORK_PREPOSITION = re.compile(
    # ("for the film Das schreckliche Mädchen", "the Swedish Bo Widerberg film Ormens väg på
    # hälleberget": a foreign title in its own sentence case after "film".)
    rf"(?:\b(?:for|with|by|por|pour|per|titled|entitled|film|movie)|(?<=\w)['’]s)\s+(?={_UP})"
)
_SENTENCE_CASE_TITLE = re.compile(
    # ("12:08 east of Bucharest": a clock time may open one.)
    rf"(?:{_CLOCK_TIME}|{_UP}[\w'’\-]*)"
    r"(?P<rest>(?:\s+(?!(?:and|y|et|e|that|which|who|whose|where|when|while|with|by|for|after|from|starring|"
    r"starred|directed|about|is|was|has|had|won|wins)\b)[\w'’\-]+){1,8})"
    rf"(?=\s*[,.;:(]|\s*$|\s+(?:and|y|et|e)\s|\s+(?:by|de|from)\s+(?:the\s+)?{_UP})"
)
# "the Taiwanese Hou Hsiao-hsien", "The Mexican Michel Franco": machine translation's nationality
# before a full name (Spanish "el taiwanés"); a person, never a title ("The English Patient" has
# one word after its adjective).
_DEMONYM_BEFORE_NAME = re.compile(
    rf"(?:The\s+)?(?:{_DEMONYMS})"
    rf"\s+{_CAP_WORD}(?:\s+{_CAP_WORD}){{1,3}}"
)
# "Vincent Lindon, by The law of the market, of Stéphane Brizé": a person, "by" a film, "of" its
# director -- the shape machine translation gives Spanish "por ..., de ...".
_BY_FILM_OF_DIRECTOR = re.compile(
    rf"{_CAP_WORD},\s+by\s+[“\"«]?{_UP}[^,.;\n]{{0,60}},\s+of\s+(?:the\s+[a-z]+\s+)?{_UP}"
)
# "four Oscars from its nine nominations", "out of 12 nods": the tally of a haul.
_HAUL_TALLY = re.compile(
    r"\b(?:(?:from|out\s+of)\s+(?:its|their|his|her|a\s+[\w\-]+)?\s*|of\s+(?:its|their|his|her|the)\s+)"
    r"(?:\d+|[a-z]+)\s+(?:nominations|noms|nods)\b|"
    # "won five of the eight awards it was nominated for".
    r"\bof\s+the\s+(?:\d+|[a-z]+)\s+(?:awards|prizes|oscars|categories)\s+(?:it|he|she|they)\s+"
    r"(?:was|were|had\s+been)\s+nominated\s+(?:for|in)\b",
    re.IGNORECASE,
)
# "Winston Groom's 1986 novel": a year that dates the source a film adapts.
_SOURCE_AFTER_YEAR = re.compile(
    r"\s+(?:best-?selling\s+)?(?:novel|book|play|stage\s+play|memoir|biography|short\s+story|musical|comic|bestseller)\b",
    re.IGNORECASE,
)
# ", best known to audiences from the sitcom": an aside that names what a person is known for.
_KNOWN_FOR_BEFORE = re.compile(
    rf",\s+{_KNOWN_FOR}[^,;.!?\n]*$",
    re.IGNORECASE,
)
# The verb at the clause's end, Dutch and German word order: "... the Golden Bear of the 45th
# International Film festival of Berlin won." -- with its auxiliary before the award.
_VERB_FINAL_WIN = re.compile(
    r"^[^.;:!?“”\"«»\n]{0,80}?\s(?:won|gained|received|obtained|conquered|"
    # "The screenwriter Laila Stieler was for the best screenplay honoured": the passive too.
    r"honou?red|awarded|distinguished)\s*(?:[.;]|$)"
)
_HAS_BEFORE = re.compile(r"\b(?:has|have|had|was|were)\b", re.IGNORECASE)
# "much as the Lido had predicted it would", "as expected": a forecast the news fulfils.
_FULFILLED_EXPECTATION = re.compile(
    r"\b(?:much\s+|just\s+)?as\s+(?:(?:many|most|everyone|everybody|critics|the\s+[\w\-]+)\s+)?"
    r"(?:had\s+|have\s+)?(?:predicted|expected|forecast|anticipated)(?:\s+(?:it\s+would|they\s+would))?\b"
    # "as predicted by everyone", "as expected by the critics": German "wie von allen vorhergesagt".
    r"(?:\s+by\s+(?:everyone|everybody|all|many|most|the\s+[\w\-]+))?",
    re.IGNORECASE,
)


# --- session 6 ------------------------------------------------------------------------------
# A line of the text, for a palmarès heading's next line and a section line above it.
_NEXT_LINE = re.compile(r"[^\n]+")
# '"..." He added "..."': a sentence's subject and verb, never a title.
_PRONOUN_CLAUSE = re.compile(r"(?:He|She|They|We|I)\s+[a-z]")
# "was distinguished with two Silver Bears", "had a second Oscar": a count of awards names none.
_COUNTED_AWARDS_BEFORE = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|a\s+(?:second|third|fourth|fifth|sixth))\s+$"
)
# "A year ago, del Toro waited ... It won the Golden Lion": a time that dates a story in the past.
_TIME_AGO = re.compile(
    r"\b(?:(?:a|one|two|three|\d+)\s+(?:years?|decades?)\s+ago|last\s+year)\b", re.IGNORECASE
)
# "Bigas Luna's Portuguese family drama Tres Irmaos": a genre noun makes a run a description.
_GENRE_WORD = re.compile(rf"\s(?:{_GENRE_NOUNS})\b")
# "It is the Polish director Krzysztof Zanussi with "F" the winner of the Lion of gold": the
# Italian cleft ("È X con F il vincitore del"), its subject before "the winner".
_CLEFT_WINNER_OF = re.compile(r"\bIt\s+(?:is|was)\s+[^,.;:!?]{1,160}?\sthe\s+winner\s+of\s+(?:the\s+)?$")
_WINNER_OF_TAIL = re.compile(r"the\s+winner\s+of\s+(?:the\s+)?$")
# "The Lion of silver for the best opera first", "the special prize for a first work": another
# category of prize that shares the trophy.
_OTHER_CATEGORY_AFTER = re.compile(
    r"\s+(?:for|of)\s+(?:the\s+|a\s+)?(?:best\s+)?(?:first|debut|opera|short|young|new|technical|cinematography|"
    r"photography|editing|music|score|sound|costume)(?![\w\-])",
    re.IGNORECASE,
)
# "The film, a talky four-character drama ..., also won": the film as the subject.
# A clause's opening time adverbial, no part of its subject: "Soon after, the film took ...".
_TIME_ADVERBIAL_OPENER = re.compile(rf"\s*(?:{_TIME_ADVERB})\s*,\s+")
_THE_FILM_SUBJECT = re.compile(r"\s*(?:[Tt]he|[Tt]his)\s+(?:film|movie|picture|spectacle|epic)\b(?![\w'’])")
# "had a second Oscar when Brenda Fricker ... won": the subject of a "when" clause.
_WHEN_SUBJECT = re.compile(rf"\swhen\s+(?={_UP})")
# "the Golden Lion has gone to ..., after del Toro's F and Cuarón's G": earlier winners.
_AFTER_EARLIER = re.compile(r",\s*after\s")
# "went to Brad Pitt of 'F' and the supporting actress award to ...": a gapped second award.
_AND_THE_BEFORE = re.compile(r"\s+and\s+the\s+$")
# '"The Departed," which also was named': a relative clause opened right before its win verb.
_WHICH_BEFORE_VERB = re.compile(
    r"[,”\"»]*\s*,?\s+(?:which|that)\s+(?:also\s+)?(?:(?:was|were|is|has\s+been)\s+)?$"
)
# "..., of Kenneth Lonergan, who also won": a relative clause of a person.
_WHO_BEFORE_VERB = re.compile(r"[,”\"»]*\s*,?\s+who\s+(?:also\s+)?(?:(?:was|were|is|has\s+been)\s+)?$")
# "spurned by Cannes", "pulled his latest work out of the Cannes festival": a festival the film
# left or was refused by.
_TURNED_DOWN_BY = re.compile(
    r"\b(?:(?:spurned|rejected|snubbed|refused|ignored|turned\s+down|passed\s+over)\s+by|out\s+of)\s+(?:the\s+)?$"
)
# Both acting prizes told at once, each recipient's gender naming which: "The Volpi Cups for
# acting went to Charlotte Rampling, for "Hannah," and to Kamel El Basha", "swept both
# supporting categories: Christian Bale for ... and Melissa Leo as ...", "Both acting prizes
# went to the same film, F".
_ACTING_PAIR = re.compile(
    r"\b(?P<both>(?:both|the\s+two|two)\s+)?(?:the\s+)?(?:lead(?:ing)?\s+)?(?P<supporting>supporting\s+)?"
    r"(?:(?:acting|performance)\s+(?:prizes|awards|honou?rs|trophies|categories|statuettes|oscars)"
    r"|(?:prizes|awards|categories)\s+for\s+(?:acting|performances?|interpretation)"
    r"|volpi\s+cups(?:\s+for\s+(?:acting|the\s+(?:best\s+)?(?:interpretation|performances?)))?"
    r"|(?:supporting\s+)?categories"
    # "won both supporting awards": the supporting prizes without "acting".
    r"|(?<=supporting\s)(?:prizes|awards|honou?rs|trophies|statuettes|oscars))"
    r"\s*(?P<verb>(?:(?:have|had)\s+)?(?:went|go|goes|gone)\s+to|were\s+(?:awarded|given|won\s+by|shared\s+by)"
    r"|[:,]|)",
    re.IGNORECASE,
)
# The verb of a film that takes both acting prizes: "The Fighter swept both supporting categories".
_ACTING_PAIR_VERBS = r"swept|took|won|claimed|collected|scooped|earned|received"
_ACTING_PAIR_SUBJECT_VERB = re.compile(rf"\b(?:{_ACTING_PAIR_VERBS})\s+$", re.IGNORECASE)
