"""Measure bot.news.extract on the article corpus: precision, recall and time per article.

    PYTHONPATH=. .venv/bin/python bench/extract_eval.py [--corpus DIR] [--gazetteer corpus|project] [-v]
        [--show-held-out] [--skip-held-out]

The corpus is tests/fixtures/articles/: NAME.txt (title line, blank line, body), optional
NAME.meta ("published: YYYY-MM-DD") and NAME.json (expected output in the contract format). The
gazetteer is the corpus's own festivals.csv/awards.csv, so the numbers do not move when the
project's data files change -- except for "round3-*" and later rounds, which are labelled against
the project's data/*.csv (the award names outside evaluation sees through ``python -m bot
extract``) and are always measured with it. ``--gazetteer project`` measures everything with it.
Articles named "holdout-*" are reported separately: add new ones *before* changing the extractor
and read their numbers first, they are the honest estimate for unseen articles. Once their misses
have been looked at they are renamed "roundN-*" (tuned); each round is also reported on its own.
Round 4 (10 articles: Cannes 2023/2025, Venice 2021, Berlin 2023/2024, Oscars 2022/2024, Golden
Globes 2025, two machine translations, two negatives) was written and measured before the changes
it then guided: winners P 0.568 / R 0.339, quotes P 0.933 / R 0.737 on first sight.
Round 5 (6 articles: AP Oscars 2023, Reuters Cannes 2022, Variety Berlin 2024, machine
translations of Cannes 2023 (French) and Venice 2022 (Italian), one negative) likewise: winners
P 0.941 / R 0.381, quotes P 1.000 / R 0.700 on first sight. Its quotes are written for the corpus
(realistic, not verbatim).
Round 6 (6 articles: AFP Cannes 2019, Hollywood Reporter-style Venice 2018, a machine translation
of a German Berlin 2019 report, a live blog of the 2021 Oscars, Guardian Golden Globes 2024, one
negative) likewise: winners P 0.800 / R 0.516, quotes P 0.917 / R 0.917 on first sight.
Round 7 (6 articles: a Reuters brief of Berlin 2016, a Yonhap-style English report of Berlin
2022, a long-form magazine piece on Cannes 2018 whose winners come late, a bulleted Venice 2017
full list with ** bold, "•", "–"/"—" and country notes, an IndieWire-style Sundance 2020 story
with sidebar prizes, one predictions negative) likewise: winners P 0.700 / R 0.438, quotes
P 1.000 / R 0.778 on first sight (quotes as relabelled: one 6-word quote was first left out).
Round 8 (6 articles: a NYT-style Cannes 2016 story with a long lede, a machine translation of a
French trade report of Venice 2019, a Kyodo-style English report of the Berlin 2002 tie (Spirited
Away), a prose recap of the 2019 Oscars with eleven categories, a pipe-table "winners in brief" of
Cannes 2017, a jury-announcement negative) likewise: winners P 0.765 / R 0.342, quotes P 1.000 /
R 0.818 on first sight; after this round: winners P 0.962 / R 0.658 (pipe-table rows, ";" ties,
quoted titles with a description, "Into" no longer unglued as "In to").
Round 9 (8 articles: AP Oscars 2013, Variety Cannes 2013, Guardian Venice 2013, a machine
translation of a Spanish EFE report of Berlin 2015, a live blog of the 2014 Oscars, a palmares
list of Cannes 2014, an IndieWire Sundance 2014 story with non-gazetteer "Grand Jury Prize"/
"Audience Award" sidebars, an Oscar-nominations negative), written after the sentence-level
fallback: winners P 0.700 / R 0.538, quotes P 0.812 / R 0.650 on first sight (quotes as
relabelled: one interrupted quote first lost its comma).
After the round-9 attribution rules (pronouns resolve to the last subject or speaker of the same
or previous paragraph, job titles and live-blog stamps before a subject, countries and
sentence-starts never speakers, "declared the young woman", "affirmed X", "She ... podium:"):
quotes P 0.812 / R 0.650 -> P 1.000 / R 1.000 (all rounds: P 0.974 / R 0.912 -> P 1.000 / R 0.968).
After round 9's first fixes (a leading number opens a title of 3+ more words: "12 Years a Slave";
a dateline "CITY (AGENCY) -" is never a film; a palmarès item's unquoted "(Original Title)" and its
", dir. X" / " by X" credit are not the title, and "dir." ends no sentence), project gazetteer,
winners before -> after: round9 P 0.718 / R 0.538 -> P 0.875 / R 0.673 (tp 28 -> 35, fp 11 -> 5);
rounds 3-8 and the corpus-gazetteer rounds unchanged (tp, fp, fn identical); quotes unchanged;
all 54 tuned articles P 0.953 / R 0.829 -> P 0.976 / R 0.853.
Sentence-level fallback (an award + one quoted title, or one title-case span after "for", + any
win word in the sentence, no negative cue; tried only where no construction matched), measured
on the tuned rounds with the project gazetteer, winners before -> after (precision unchanged
everywhere, no negative article gained a proposal, quotes unchanged, ~1-2 ms per article):
round3 R 0.922 -> 0.941, round4 R 0.871 -> 0.919, round5 R 0.810 -> 0.810, round6 R 0.968 ->
0.968, round7 R 1.000 -> 1.000, round8 R 0.658 -> 0.763 (P 0.962 -> 0.967); all later rounds
tp 206 -> 214, P 0.995 -> 0.995, R 0.858 -> 0.892. These rounds were tuned already: the first-sight
gain on a fresh round is still to be measured.
Generalisation pass before round 10 (families of win phrasing, not sentences: categories without
"best" ("won supporting actor", "Frozen takes animated feature"); live-blog stamps with a time
zone before a palmarès line; participle and everyday verbs with the award right after them
("..., taking best actor", "got a special prize"); "honoured with", "is the winner of", "the
<award> winner was", "bestowed on", clefts ("it was F that took"); "became the first ... to win"
as this win; loss and hope cues ("snubbed", "overlooked", "lost to", "expected to", "bidding to",
"chances of") and appositions holding a relative clause; a win verb starts a new subject and
ends the previous award's "for"; no "for" inside a quoted title; a country after "for" is no
film; prose ties ("shared A with B", "sharing the honour with", "shared by X, for A, and Y, for
B", a fallback of several quoted titles with "divided"); acting prizes as "X (F)", "X, F", or
the film the article ties the actor to ("plays ... in F", "F star X"); "for the film" refers to
the last winning film; compound adjectives ("Singapore-set"), dates after "on", a headline's
festival before ":" and pairs of full names are no titles; "d'Orfor" unglued; quotes: a short
quoted title no longer cuts the sentence that introduces a quotation, "Mr. X said", and a
subject's gender from its own sentence's "her"/"his"), project gazetteer, winners before ->
after: round3 tp 48 -> 49 (fn 3 -> 2), round4 57 -> 58, round5 34 -> 38, round6 30 -> 31,
round8 tp 29 -> 34 (fp 1 -> 1), round9 tp 35 -> 50, fp 5 -> 0, fn 17 -> 2 (P 0.875 / R 0.673 ->
P 1.000 / R 0.962); all 54 tuned articles tp 249 -> 276, fp 6 -> 1, fn 43 -> 16, P 0.976 / R 0.853
-> P 0.996 / R 0.945; quotes all tuned P 1.000 / R 0.968 -> P 1.000 / R 1.000 (round4 17 -> 19,
round8 9 -> 11); corpus-gazetteer rounds unchanged; no negative article gained a proposal; time
per article about the same (median 17.2 -> 18.2 ms, project gazetteer, same machine).
Rounds 10 and 11 (21 articles: AFP Cannes 2012, a Venice 2012 analysis, CBC TIFF 2016, machine
translations of a German Berlin 2011 and a Portuguese Venice 2016 report, an Oscars 2017 round-up
with the envelope mix-up, a Screen Berlin 2014 list, AP Venice 2006, a Cannes 2006 blog, a
chronological Oscars 2009 story, an Italian-MT Venice 2008 report, an official Cannes 2009 press
release palmarès, a regional Venice 2004 story, a trade Berlin 2009 report, a Guardian Cannes 2000
piece, negatives) were written blind and scored on first sight, project gazetteer: winners
P 0.843 / R 0.541 (tp 59, fp 11, fn 50), quotes P 0.886 / R 0.838 (tp 62, fp 8, fn 12); round 10
alone on the committed extractor before the round-9 tuning: winners P 0.857 / R 0.566, quotes
P 0.875 / R 0.848; round 11 alone: winners P 0.833 / R 0.446, quotes P 0.895 / R 0.829. They then
served as the development set of a structural pass (mechanisms, not sentences): background
clauses -- an indefinite apposition (", a Palme d'Or winner in 2007,"), a relative clause
(", which won ... at Sundance"), a parenthesis -- are clause-scoped: their cues, years and
festivals mask their own clause only, and their unquoted capitalised runs are no film for the
sentence's subject; palmarès blocks (an upper-case award heading, bilingual or "(ex-aequo)", then
item lines "Title (Original) directed by NAME" or a person line and "for/in Title"; a heading with
words the gazetteer lacks, "PALME D'OR DU COURT MÉTRAGE", opens no block); literal-translation
aliases generated in the gazetteer ("<Metal> <Trophy>" <-> "<Trophy> of <Metal>", "best
masculine/feminine interpretation", "male/female performance"); machine-translation links
("attributed/assigned/granted ... to", "is gone (instead) to", "divided ex aequo between",
"distinguished", a verb-less "The <award> to «F»", an inverted copula "Is «F» ... the <award>"
after a dateline); inline lists "Other winners: A, "F"; B, "G""; a winner's nomination tally is no
hope, "had not won" is a cue, "became the youngest ... to win" is this win, an honorary /
lifetime-achievement prize is not the competition award; titles: a possessive credit before a
quoted title, an unclosed credit parenthesis, several people before a palmarès title, "The
48-year-old" and a person after a title's possessive ("Moonlight's Mahershala Ali") are no film, a
name the article quotes as a title is no person; quotes: "it's" counts as one word (a 5-word quote
is none), a short form resolves to the full name introduced ("De Niro"), a pronoun never resolves
to a person a noun gave the other gender ("the actor Jim Carter" for "she"), names inside a
relative clause or apposition of the introducing sentence do not speak, "Denmark's X" is a
subject, and an introduction ending in ":" or a dash that names one person gives that person.
Project gazetteer, before -> after: round10 winners P 0.865 / R 0.604 (tp 32, fp 5, fn 21) ->
P 0.978 / R 0.849 (tp 45, fp 1, fn 8), quotes P 0.875 / R 0.848 -> P 1.000 / R 0.939; round11
winners P 0.818 / R 0.482 (tp 27, fp 6, fn 29) -> P 1.000 / R 0.839 (tp 47, fp 0, fn 9), quotes
P 0.895 / R 0.829 -> P 0.949 / R 0.902; rounds 10-11 winners tp 59 / fp 11 / fn 50 -> 92 / 1 / 17
(P 0.989 / R 0.844), quotes 62 / 8 / 12 -> 68 / 2 / 6 (P 0.971 / R 0.919); rounds 3-9 unchanged
(winners tp 276, fp 1, fn 16; quotes 125 / 0 / 0); corpus-gazetteer rounds unchanged; no negative
article gained a proposal; all 110 tuned articles winners P 0.966 / R 0.849 -> P 0.991 / R 0.920,
quotes P 0.967 / R 0.951 -> P 0.992 / R 0.976; median time per article about +10-20% (same
machine, interleaved runs). These are development-set numbers: the first-sight score of the next
blind round is the honest estimate. Not done: a quote over two paragraphs is labelled as one
quote in round11-guardian-cannes-2000 but as two in berlin-2022-alcarras-multipara (same
layout); the labelling rule must be settled before either is implemented. Palmarès blocks need
the text not to be hard-wrapped (short lines of a fully short-lined text are joined).
Round 12 (10 articles: AP Oscars 2008, a Sundance 2008 brief, a TIFF 2008 feature, Guardian Venice
2007, a Cannes 1999 list with "Title (Country) – dir. X" / "Person – Title" lines, a Japanese-MT
Venice 1997 report, Reuters Cannes 1997, Variety Berlin 2007, two negatives) was written blind and
scored on first sight, project gazetteer: winners P 0.606 / R 0.444 (tp 20, fp 13, fn 25), quotes
P 0.943 / R 0.943 (tp 33, fp 2, fn 2); on the committed extractor before the round 10-11 tuning:
winners P 0.731 / R 0.422, quotes P 0.943 / R 0.943. It then served as the development set of a
structural pass: palmarès item lines split on spaced dashes and credits (", dir. X", "– dir. X"),
the title part chosen by evidence (a country/original-title parenthesis, a title used elsewhere,
never a person) or else by the award's layout ("Person – Title" for a person's prize), "(shared)"
headings; a title marked on both sides ("with"/"for"/a possessive before, an indefinite genre
apposition after: "with Lust, Caution, an erotic ... thriller", "Dominik's The Assassination of
Jesse James by the Coward Robert Ford, a slow, elegiac western") is one title, an inner comma
between single words included, and outweighs an unmarked subject; the object of "for" after a
recipient is the film, not a collaborator after "with"; contractions ("It's a Free World...")
open titles; an initialism ("U.S.") and a country's possessive ("Spain's X") are no title or
credit; capitalised words of a plot description ("fable about a teenager from the Mumbai slums")
are no title; an award of another festival than the title's news needs a year in its own clause
("The following year's winner, American Beauty, won best picture" in a Toronto story); a
participle describing the film (", directed by ... and set in 1973") dates no win; verbs:
"handing ... to", "had to settle for", MT "was decided to" and "the X prize which is the highest
prize", a copula "the best actor prize was NAME ("F")" (comma splices after a closed item too);
"took three Oscars between them:"; a person subject takes the winning film the article credits
to them by a possessive ("The Coen brothers' ... "No Country for Old Men""), "for playing the
film's ..." the last winning film; quotes: a country is never a person (no "United States" for
"he"); coordinated adjectives in a genre apposition (", a sprawling, warm-hearted drama") still
mark a tied title. Project gazetteer, before -> after: round12 winners P 0.606 / R 0.444 (tp 20,
fp 13, fn 25) -> P 1.000 / R 0.911 (tp 41, fp 0, fn 4), quotes P 0.943 / R 0.943 -> P 1.000 /
R 1.000 (tp 35); rounds 3-11 winners tp 368 -> 368, fp 2 -> 1 (round10's "Caesar Must Die took
the Golden Bear in February", another festival's award, is gone), fn 33 -> 33, quotes unchanged
(tp 193, fp 2, fn 7); corpus-gazetteer rounds unchanged; no negative article gained a proposal;
all 120 tuned articles winners P 0.963 / R 0.878 -> P 0.994 / R 0.919, quotes P 0.986 / R 0.968
-> P 0.993 / R 0.975; median time per article unchanged within noise (about 30 ms both, same
machine, interleaved runs). Development-set numbers again: the next blind round is the honest
estimate. Left: a win told in a relative clause ("De Palma, who won the Silver Lion"), an
actress whose film is named only in an earlier sentence, an alias in another word order ("Jury
Special Grand Prize"), a film described but never named in its win sentence (TIFF).
Round 13 (10 articles: AP Cannes 1994, BBC Golden Globes 2003, a Sundance 2004 brief, Guardian
Berlin 2003, LA Times Oscars 2000, a Berlin 2004 prizewinners list, a French-MT Cannes 1991
report, Variety Venice 2005, two negatives) was written blind and scored on first sight, project
gazetteer: winners P 0.862 / R 0.610 (tp 25, fp 4, fn 16), quotes P 0.941 / R 0.865 (tp 32, fp 2,
fn 5); on the extractor before the round-12 tuning: winners P 0.828 / R 0.585, quotes P 0.941 /
R 0.865. A short pass then: a list line may name the trophy before the category with a comma
("Silver Bear, Grand Jury Prize: Lost Embrace (El abrazo partido), directed by ...", "Silver Bear,
Best Director: Kim Ki-duk for ..."), and demonym nouns and more nationality adjectives ("Briton",
"Spaniard", "Swede", "African", ...; not "Dane", a first name) are stripped before a speaker.
Round 13 before -> after: winners tp 25 / fp 4 / fn 16 -> 27 / 4 / 14 (P 0.871 / R 0.659), quotes
32 / 2 / 5 -> 33 / 1 / 4 (P 0.971 / R 0.892); rounds 3-12 unchanged (tp, fp, fn identical), no
negative gained a proposal, seed output identical. Left (pinned in tests/test_extract.py): quoted
foreign titles with lower-case words cut ("Petits"), a starring person in the clause taken as the
film, a character's surname ("turn as Murrow") over the quoted title, MT acting prizes ("prize of
masculine interpretation for X"), Oscar supporting awards "went to X, as ... in "F"", documentary
feature, and quotes: an accentless short form, "she confided" after another person's
possessive, quotes in negative articles.
A second round-13 pass (mechanisms, measured after each): a sentence that ends '."' keeps the
closing mark, so a quoted title with lower-case words ("Petits arrangements avec les morts")
is no longer cut at its first lower-case word when a paragraph follows (this also gained round3,
round5 and round8 one winner each and removed round8's extra); background clauses also cover a
credited description after a title ('"F," Kevin Macdonald's account of ... the 1972 Munich
Olympics,') and a participle apposition (", starring X,", ", directed by X,"), a quoted title's
closing comma still ends its clause; "The film, starring X, also took" / "Besides ..., the film
obtained" refer to the last winning film; a name after "turn/role as", "plays", "portrays" is a
character and a name after '» of' a quoted title's credit, never a film; "brothers Joel and
Ethan Coen" and "X, who plays" make people; the "for" object of a prize skips capitalised words
of a relative clause ("who plays a New York playwright"); a second award object of the same
verb ("obtained A for X and B for Y"); verbs "brought the <award> to", "returns to"; gazetteer
aliases "prize of (the) masculine/female interpretation" and "prize of the staging" (a
gender-less "prize of interpretation" stays no award). Quotes: "said a jubilant Almodovar",
"Miramax co-chairman X said", "he once told", a pronoun carried over paragraphs that open with
the same pronoun (else the person the article names most as a subject), and, with no subject in
reach, "she" goes to the person a noun of the quote's paragraph makes female ("the young
actress Irène Jacob"). Project gazetteer, before -> after: round13 winners tp 27 / fp 4 / fn 14
(P 0.871 / R 0.659) -> 35 / 0 / 6 (P 1.000 / R 0.854), quotes 33 / 1 / 4 (P 0.971 / R 0.892) ->
37 / 0 / 0 (P 1.000 / R 1.000); rounds 3-12 winners tp 409 / fp 1 / fn 37 -> 413 / 0 / 33, quotes
unchanged (228 / 2 / 7); all tuned project-gazetteer articles winners P 0.989 / R 0.895 ->
P 1.000 / R 0.920, quotes P 0.989 / R 0.960 -> P 0.993 / R 0.974; corpus-gazetteer rounds
unchanged; no negative article gained a winner; seed output identical; median time per article
about +5-10% (interleaved runs, noisy machine). Left: "The supporting awards went to X, as ...
in "F", and Y, as ... in "G"" (a plural category), "collected Oscars for Alan Ball's original
screenplay" (the subject "The DreamWorks release"), a colon list after ""F," ..., took two
prizes:", and a gapped second award after "Besides ..., the film obtained A for X and B for Y".
Round 14 (10 articles: AP Oscars 1987, a Sundance 1999 brief, EW Golden Globes 1993, Guardian
Berlin 1988, a Cannes 1984 list, a Danish machine translation of Cannes 1988, Reuters Cannes 1989,
Variety Venice 1992, a jury-announcement and a restoration negative) was written blind and scored
on first sight, project gazetteer: winners P 0.677 / R 0.553 (tp 21, fp 10, fn 17), quotes
P 0.971 / R 0.846 (tp 33, fp 1, fn 6). It then served as the development set of a pass of
general mechanisms: a palmarès item line that names its recipients first ("Helen Mirren for
Cal", "A and B for The Holy Innocents") under a person's award, or where the article shows each
name to be a person, has its film after "for" (a one-word head, "Diary for My Children", stays a
title); Danish/German/Swedish inward quotation marks (»…«, the opening one touching the next
word) are read as «…» (French spacing never matches); literal translations "best male/female
lead role" and a possessive jury ("the jury's (grand) prize") are generated aliases; a clause
break inside a quoted title ("Sex, Lies, and Videotape,") starts no clause; time elapsed since
a win ("four decades after it shared the Palme d'Or") is history, and a re-release headline
(restoration, re-release, anniversary, "returns to cinemas") is no award news; a month ending a
name before no day or year is a surname ("says Bille August to Ritzau"); a bare surname shared
by two people resolves to the one not introduced only as somebody's relative ("his brother,
Timothy Linh Bui"). Project gazetteer, before -> after: round14 winners P 0.677 / R 0.553 (tp 21,
fp 10, fn 17) -> P 0.909 / R 0.789 (tp 30, fp 3, fn 8), quotes P 0.971 / R 0.846 -> P 1.000 /
R 0.974 (tp 38, fp 0, fn 1); rounds 3-13 unchanged (tp, fp, fn identical for winners and
quotes); no negative article gained a proposal (the restoration negative lost its one). Left
open: "F won three awards. X was named best supporting actress" (a tally's film for the person
prizes that follow), "best screenplay for Bo Goldman" displacing the drama winner, "The film,
..., also won the best actor award", "the three actresses from the film ... shared", "said the
Italian" (a demonym for an earlier speaker), "The Story of Qiu Ju" at Venice.

Round 15 (8 articles, written blind: a Reuters Cannes 1976, a UPI Oscars 1978 night, Variety Venice
1990, a Toronto Star TIFF 2019, a machine translation of a dpa Berlin 1994 report, a Cannes 1979
winners list, two negatives) on first sight, after the round-14 work: winners P 0.417 / R 0.323,
quotes P 1.000 / R 0.964. Its misses were read only to fix one bug: "won the Academy Award as best
picture of 1977" dated the win 1977, while the Oscars are keyed by ceremony year (1978); a year after
"best X of", "films of" for a ceremony honouring the previous year's films is now the next year.
Winners after that fix: P 0.708 / R 0.548; rounds 3-14 unchanged. Left: "Title, Director" list lines
(the whole Cannes 1979 list), the dpa translation's Bears, "Where Are You, Mrs. Dery?".
Then palmarès item lines split on a comma as on a dash, only where one part is shown to be a person
("Apocalypse Now, Francis Ford Coppola", "Jack Lemmon, The China Syndrome"; "Lust, Caution" stays
whole): round 15 P 0.958 / R 0.742, every other round unchanged.

Round 16 (16 articles, written blind by two sessions: AP Cannes 1978, an Observer Venice 2014
feature, a Korean machine translation of Berlin 2017, a Venice 2011 list with "Award — Person —
Film / Original (Director, Country)" lines, Variety Cannes 2004, a Turkish paper's Berlin 2010, AP
Oscars 1992, a Golden Globes 2014 live blog, a Sundance 2012 regional story, a Toronto Star TIFF
2015, a Portuguese machine translation of the 1999 Oscars, an Oscars 2016 listicle, four
negatives) on first sight, after two general rules written before it was seen (the headline's
quoted win; "the festival's top prize" as the top award): winners P 0.796 / R 0.542 (tp 39, fp 10,
fn 33), quotes P 0.875 / R 0.824 (tp 84, fp 12, fn 18; one six-word quote relabelled). The two
rules changed nothing on it. Its pass (winners: palmarès "Award — Person — Film / Original" lines
and section headings, MT "of better X"/"coadjuvant", hauls "swept five Academy Awards, winning A,
B and C", clauses borrowing a verb, ties "two women: A ..., and B ...", a title given in two forms;
quotes: job titles inside a capitalised run, venues, middle initials, verb-final attribution,
split quotes continued by "I"; plausible.py drops list-line debris from proposed films) took it
to winners P 0.985 / R 0.903, quotes P 1.000 / R 0.990; all tuned articles winners P 0.974 /
R 0.872 -> P 0.991 / R 0.913, quotes P 0.968 / R 0.944 -> P 1.000 / R 0.994; no earlier round
worse, seed identical.
Round 17 (16 articles, blind: AFP Berlin 2006, a Guardian column on Cannes 1998, a Russian machine
translation of Venice 2003, the bilingual official palmarès of Cannes 2001, THR Venice 2015, an AP
brief of Venice 2010, LA Times Oscars 1982, AP Golden Globes 2012, IndieWire Sundance 2013, a
Toronto Star TIFF 2018 wrap, a Spanish machine translation of the 2003 Oscars, an "at a glance"
box of the 2005 Oscars, four negatives) on first sight after the round-16 pass: winners P 0.574 /
R 0.443 (tp 31, fp 23, fn 39), quotes P 0.903 / R 0.812 (tp 65, fp 7, fn 15) -- identical to the
extractor before that pass: only 3 of its 16 outputs changed at all. The round-16 mechanisms were
real but narrow; round 17's misses come from other families: unquoted "Title (Other-language
title)", French connectors in a bilingual palmarès ("Benoît Magimel dans LA PIANISTE réalisé par /
directed by"), categories without "best" ("PICTURE: Million Dollar Baby"), Spanish MT ("actor of
distribution"), a gazetteer alias inside a longer category the gazetteer lacks ("best actress in
a motion picture drama"), a subject title before a long apposition.
Its pass (winners: unquoted "Title (Other-language title)" on evidence, bilingual palmarès
connectors, "PICTURE:" box labels, Spanish-MT award forms, an award inside a longer category, jury
announcements, a title's long apposition as background; quotes: sentence-opening words, asides
before a speech verb, foreign-article runs, MT word order, upper-case surnames, pull quotes,
"Welland" never unglued) took it to winners P 0.983 / R 0.814, quotes P 1.000 / R 1.000.
Round 18 (16 articles, blind: Deadline Cannes 2003 "Full List", a Guardian Berlin 2018 with update
stamps, a French machine translation of Venice 2009, an Agerpres Berlin 2013, Screen Daily Venice
2002, a "5 things" recap of Cannes 2002, BBC Oscars 2018, EW Golden Globes 2017, a Salt Lake
Tribune Sundance 2019, CBC TIFF 2023 with French quotes, a Japanese machine translation and a live
blog of the 2015 Oscars, four negatives) on first sight after the round-17 pass: winners P 0.741 /
R 0.623 (tp 43, fp 15, fn 26), quotes P 0.900 / R 0.837 (tp 72, fp 8, fn 14); the same articles
scored winners 0.678 / 0.580 and quotes 0.850 / 0.791 on the extractor before the round-16 pass,
0.702 / 0.580 and 0.875 / 0.814 after it. Its pass (title debris: credits, one-word originals,
nationalities; comma parts of titles; live-blog stamps and "Name, Title." entries under a presenter
entry; shared passives; quotes: descriptors before names, particles, a shared surname resolved by
text order, initials, French "a-t-elle lancé") took it to winners P 0.966 / R 0.826, quotes
P 1.000 / R 1.000; no earlier round changed.
Round 19 (12 articles, blind: AP Cannes 1990, an Independent Venice 1999, a Portuguese machine
translation of Berlin 1998, an upper-case Venice 2001 list, Variety and a live blog of the 2007
Oscars, E! Golden Globes 2001, IndieWire Sundance 2010, Canadian Press TIFF 2017, a USA Today
"complete list" of the 2012 Oscars with nominees, two negatives) on first sight after the round-18
pass: winners P 0.453 / R 0.586 (tp 34, fp 41, fn 24), quotes P 0.957 / R 0.971 (tp 67, fp 3,
fn 2). 37 of the 41 wrong winners came from one layout: every nominee of a "complete list" proposed.
The rule it prompted (an award given four or more films is a list of nominees: only films on a line
marking a win stay) gives winners P 0.800 / R 0.552; round 19 was not otherwise tuned on.
Rounds 20 and 21 (16 articles each, blind, written together: Reuters Cannes 2005, a Kyodo-style
Japanese machine translation of Cannes 2007, THR Golden Globes 2008, IndieWire Sundance 2006, an
El País machine translation of Berlin 2008, a live blog of the 2004 Oscars, a Venice line-up, a
Windsor Star TIFF 2011, a Corriere machine translation of Venice 1988, NYT Oscars 1994, E! Golden
Globes 2010, a Le Monde machine translation of Cannes 2008, Guardian Berlin 1996, a Sundance press
release, a box-office negative, Yonhap Cannes 2010; round 21: AP Oscars 2002, a dpa machine
translation of Cannes 1995, Guardian Venice 1994, an LA Times live page of the Globes 2016, THR TIFF
2012, an ANSA machine translation of Berlin 2012, Deadline Sundance 2023, an interview negative,
Variety Oscars 2011, NYT Cannes 1986, a CNA machine translation of Venice 1989, AP Globes 1998, Cape
Times Berlin 2005, THR Sundance 2016, a blog's Oscars 2006, a Berlinale retrospective negative) on
first sight at the session start: round 20 winners P 0.885 / R 0.590 (tp 46, fp 6, fn 32), quotes
P 0.909 / R 0.755 (tp 80, fp 8, fn 26); round 21 winners P 0.759 / R 0.539 (tp 41, fp 13, fn 35),
quotes P 1.000 / R 0.962 (tp 127, fp 0, fn 5). Round 20 and a probe of 142 one-sentence win
phrasings (tests/test_extract_phrasing.py keeps the fixed families) drove one pass: round 20 to
winners P 0.919 / R 0.731, quotes P 1.000 / R 1.000; round 21, kept unseen, stayed at winners tp 41,
fp 13, fn 35 exactly, quotes tp 127 -> 128. The writers' title rule: of two forms ("Bal (Honey)")
the first is the film.
Rounds 22-25 (64 articles, four writers per round, none of whom saw the extractor; each round a
mix of wire copy, trade press, broadsheets, live blogs, press releases, machine translations from
Spanish, Chinese, Japanese, German, Italian, Portuguese, Dutch, French and Polish, and a negative or
two) were scored with the session-5-start extractor on first sight, project gazetteer, quotes
compared without commas (labellers differ on the comma left where an interrupted quote is joined):
round 22 winners P 0.754 / R 0.620 (tp 49, fp 16, fn 30), quotes P 0.926 / R 0.887; round 23
winners P 0.739 / R 0.479 (tp 34, fp 12, fn 37), quotes P 0.908 / R 0.849; round 24 winners
P 0.766 / R 0.590 (tp 36, fp 11, fn 25), quotes P 0.904 / R 0.783; round 25 winners P 0.745 /
R 0.585 (tp 38, fp 13, fn 27), quotes P 0.879 / R 0.746. Round 21 (opened), then 22, then 23 and
24 drove a pass on whole-article failures (tests/test_extract_layouts.py): rounds 21-24 went from
winners tp 160, fp 52, fn 127 to tp 224, fp 27, fn 63 (P 0.892 / R 0.781). Round 25 stayed unseen
until the end: winners P 0.764 / R 0.646 (tp 42, fp 13, fn 23), quotes P 0.897 / R 0.762. Round 23,
scored once without looking after the first fixes (the lede-year and bare-category ones), had moved
from tp 34 / fp 12 to tp 38 / fp 9.
Rounds 26-28 (48 articles, same brief, written by twelve sessions that never saw the extractor:
AP, Reuters, UPI, NYT, LA Times, Washington Post, Guardian, BBC, Time, Variety, THR, Screen,
Cineuropa, IndieWire, Deadline, Salt Lake Tribune, a distributor's and a festival's press releases,
live blogs, an obituary, interviews, a profile, an anniversary piece, line-up and nominations
negatives, and machine translations from French, Spanish, Italian, Portuguese, German, Danish,
Hungarian, Chinese, Japanese, Korean, Russian and Persian) were scored with the session-6-start
extractor on first sight: round 26 winners P 0.711 / R 0.643 (tp 54, fp 22, fn 30), quotes
P 0.952 / R 0.886; round 27 winners P 0.809 / R 0.481 (tp 38, fp 9, fn 41), quotes P 0.872 /
R 0.818; round 28 winners P 0.846 / R 0.604 (tp 55, fp 10, fn 36), quotes P 0.940 / R 0.887.
Round 26 drove the session-6 pass (to winners P 0.976 / R 0.988, quotes P 0.981 / R 0.981); rounds
27 and 28 stayed unseen until its end: winners P 0.776 / R 0.481 (tp 38, fp 11, fn 41) and P 0.864 /
R 0.626 (tp 57, fp 9, fn 34), quotes P 0.879 / R 0.824 and P 0.928 / R 0.887; pooled, winners
P 0.830 / R 0.547 -> P 0.826 / R 0.559, quotes P 0.906 / R 0.852 -> P 0.904 / R 0.855. Two fixes
came from their misses after that score (an Oscar lede's "best picture of 1976" dates the 1977
ceremony; "Former Vice President Al Gore"), and the pass went on with them. Round 29 (16 articles,
written during the pass and kept unseen to its end): first sight winners P 0.840 / R 0.656 (tp 63,
fp 12, fn 33), quotes P 0.916 / R 0.851; end of the pass winners P 0.857 / R 0.688 (tp 66, fp 11,
fn 30), quotes P 0.937 / R 0.870.
Rounds 30-32 (48 articles, same brief, session 7; first sight with the session-7-start extractor):
round 30 (tuned on) winners P 0.821 / R 0.582 (tp 46, fp 10, fn 33), quotes P 0.912 / R 0.845; round
31 (unseen to the end) winners P 0.869 / R 0.639 (tp 53, fp 8, fn 30) at first sight and at the end,
quotes P 0.940 / R 0.886 -> 0.940 / 0.892; round 32 (written mid-session, unseen to the end) winners
P 0.836 / R 0.642 (tp 61, fp 12, fn 34) -> P 0.838 / R 0.653, quotes P 0.872 / R 0.832 -> 0.878 /
0.839. Their misses: Spanish and Portuguese machine translation ("better" for "best", "was for",
"by" for "por", sentence-case titles), Japanese palmarès lists, the Guardian's live blog, AP's
"playing ... in director X's "F"", a special Palme d'Or read as the Palme.
Rounds 33-35 (48 articles, same brief, session 8; first sight with the session-8-start extractor):
round 33 (tuned on) winners P 0.896 / R 0.512 (tp 43, fp 5, fn 41), quotes P 0.898 / R 0.797 -> at
the end winners P 1.000 / R 0.714, quotes P 0.952 / R 0.902; round 34 (unseen to the end) winners
P 0.833 / R 0.765 (tp 65, fp 13, fn 20) at first sight and at the end, quotes P 0.857 / R 0.794 ->
0.873 / 0.809; round 35 (written mid-session, unseen to the end) winners P 0.852 / R 0.536 (tp 52,
fp 9, fn 45) -> P 0.879 / R 0.598 (tp 58, fp 8, fn 39), quotes P 0.872 / R 0.872 -> 0.873 / 0.880.
Round 33's misses: Portuguese and Spanish dash-marked dialogue, Japanese "▽Award = Person "Film""
lists, "better" before a category, a box-office piece (no winners from it, by design), Spanish
"the statuette was for", a German title's lower-case "des".
Rounds 36-37 (32 articles, same brief, session 9; first sight with the session-9-start extractor):
round 36 (tuned on) winners P 0.754 / R 0.570 (tp 49, fp 16, fn 37), quotes P 0.869 / R 0.840 -> at
the end winners P 0.918 / R 0.779 (tp 67, fp 6, fn 19), quotes P 0.910 / R 0.880; round 37 (written at the
start, unseen to the end) winners P 0.821 / R 0.667 (tp 64, fp 14, fn 32), quotes P 0.925 / R 0.816,
identical at the end. Round 36's misses: French machine translation's palmarès credit "Titane of
Julia Ducournau", Japanese "▽Award "Film" (...)" lines without a separator, an aside's own win
("who won last year for "Birdman,""), "Among the other winners: ...", a clause opening "Soon after,",
given names of known gender ("said the actress" went to a Neil), Spanish "de la" in a name,
"Mickey 17" (a title) read as a person.
A learned pairing for the mentions no rule reads (branch experiment-learned-pairing) reached at best
0.62-0.66 precision left one round out, and was not merged.

Rounds 38-39 (32 articles, same brief, session 10; first sight with the session-10-start extractor):
round 38 (tuned on) winners P 0.828 / R 0.667 (tp 48, fp 10, fn 24), quotes P 0.928 / R 0.853 -> at
the end winners P 1.000 / R 0.833 (tp 60, fp 0, fn 12), quotes P 0.978 / R 0.904; round 39 (written at
the start, unseen to the end) winners P 0.750 / R 0.575 (tp 42, fp 14, fn 31), quotes P 0.909 / R
0.818 -> at the end of the pass winners P 0.724 / R 0.575 (tp 42, fp 16, fn 31), quotes unchanged; one
fix read from its two new wrong proposals (the low opening mark „ read as “) then gave P 0.763 / R
0.616 (tp 45, fp 14, fn 28). Round 38's misses: Swedish ”…” marks, "attributed" read as the cue
"tribute", "became only the second woman ... to receive", a haul "of the eight awards it was
nominated for", "The DreamWorks release, made for ...,", "Producers X and Y" as a title, German
"die" in a title, "Great/Big special prize of the jury", Czech "AWARD got X for the film F", a
verb-last Turkish headline, "Last year's jury ..." read as this year's; speakers: "Main Street",
"Little Miss Sunshine", "Festivaldirecteur X", "Only X", "said the Haneke".

Rounds 40-41 (32 articles, same brief, session 11; first sight with the session-11-start extractor):
round 40 (tuned on) winners P 0.850 / R 0.535 (tp 68, fp 12, fn 59), quotes P 0.904 / R 0.811 -> at
the end winners P 0.909 / R 0.709 (tp 90, fp 9, fn 37), quotes P 0.906 / R 0.829; round 41 (written at
the start, unseen to the end) winners P 0.741 / R 0.652 (tp 43, fp 15, fn 23), quotes P 0.898 / R
0.841, unchanged at the end. Round 40's misses: headlines ("'Amour' wins ... as the American
contenders go home" cancelled by "contenders", "documentary Fire at Sea wins", '"Synonyms" of Nadav
Lapid won', "Palm Gold"), "Midnight in Paris" read as the Midnight section, "3-Iron", "The Angels'
Share", "Secrets & Lies", run-on "▽" palmarès items, "Award director best", "X from film F",
"belongs to", "won both supporting awards", "X and Y won the lead acting awards for F", "the best
interpretation in a secondary role", a quoted "Silver Bear" as the film; speakers: "Ducournau
director said", "said the 30-year-old" given to "the 80-year-old Sidney Lumet", "grandfather Alfred
Mendes" for "Mendes".

Rounds 42-43 (32 articles, same brief, session 12; first sight with the session-12-start extractor):
round 42 (tuned on) winners P 0.818 / R 0.554 (tp 36, fp 8, fn 29), quotes P 0.894 / R 0.813 -> at
the end winners P 0.980 / R 0.738 (tp 48, fp 1, fn 17), quotes P 0.963 / R 0.928; round 43 (written at
the start, unseen to the end) winners P 0.949 / R 0.561 (tp 37, fp 2, fn 29), quotes P 0.897 / R
0.796, unchanged at the end. Round 42's misses: Russian and Czech object-first wins ("Special Grand
Prix of the jury received the Italian film «F»", "Oscar for best male supporting role received X"),
"best directing", an eleven-word sentence-case title, "gave the Palme d'Or, jointly, to A's F and B's
G" (F dropped as a forename), "neither film won", a quotation's full stop not ending the sentence,
"Golden bear for F." headlines, "«F», of X, wins", "opera prima", "Cup Volpi masculine", Korean "the
adaptation screenplay prize", "(F. Murray Abraham)" read as a title, "gained", "Sophie Scholl - The
Final Days", "the film Das schreckliche Mädchen", "drama section work prize"; speakers: "Signor
Petri", "Suso Cecchi d'Amico", "S. Obraztsov", "said through tears X", "Special Grand Prix" as a
person, "Dr. Ngor in a tuxedo said", "The host actor X opened the ceremony with saying", "Neon's Tom
Quinn", "X of the publicity section commented", a question ending the sentence before its subject.

Rounds 44-45 (32 articles, same brief, session 13; first sight with the session-13-start extractor):
round 44 (tuned on) winners P 0.711 / R 0.403 (tp 27, fp 11, fn 40), quotes P 0.874 / R 0.738 -> at
the end winners P 0.923 / R 0.716 (tp 48, fp 4, fn 19), quotes P 0.900 / R 0.787; round 45 (written at
the start, unseen to the end) winners P 0.773 / R 0.531 (tp 34, fp 10, fn 30), quotes P 0.908 / R
0.732 -> at the end winners P 0.783 / R 0.562 (tp 36, fp 10, fn 28), quotes P 0.909 / R 0.738. Round
44's misses: a retrospective's "Fifty years ago this week", a palmarès run into one paragraph ("Here
are the principal Oscars. Film: «The Godfather». Direction: Bob Fosse («Cabaret»). ..."), Italian
category words ("actress not protagonist", "screenplay not original", "prize special of the jury",
"the interpretation feminine"), "Special prize of the jury, ex aequo:", "«Alexandria... Why?»" (a
title's question mark), "the jury awarded" read as a "Jury Award", "The Go-Between („A
közvetítő”)", "between two American films: A and B, ...", Russian "the award — the «Golden lion» —
the jury has awarded to the film «F»", "the film" after another film was told, "walk to the podium
to accept the Grand Jury Prize"; speakers: Le Monde's "M. Truffaut", "– said Madonna.", an NPR
transcript's "Mr. HENRY BEAN (Director): ..." (round 43).
Left: Vietnamese "The film continues saga of family Corleone ... won Best Picture" (the headline's
film as the subject), "The statue for male lead actor fell into hand of X ... in F", Polish "the
Globe for the best film dramatic" after "„F” received", "that for the interpretation masculine to X,
protagonist of «F»", a Hebrew "won ... the prize the main of the Festival ..., the "Bear of the
Gold"", and speakers told by a role only ("The author of « The Four Hundred Blows » ... before the
press :").

Rounds 46-47 (32 articles, same brief, session 14; first sight with the session-14-start extractor):
round 46 (tuned on) winners P 0.895 / R 0.472 (tp 34, fp 4, fn 38), quotes P 0.904 / R 0.783 -> at
the end winners P 0.966 / R 0.778 (tp 56, fp 2, fn 16), quotes P 0.934 / R 0.809; round 47 (written at
the start, unseen to the end) winners P 0.855 / R 0.573 (tp 47, fp 8, fn 35), quotes P 0.859 / R
0.795 -> at the end winners P 0.857 / R 0.585 (tp 48, fp 8, fn 34), quotes P 0.859 / R 0.795. Round
45 (unseen in session 13) went to winners P 0.879 / R 0.797 (tp 51, fp 7, fn 13). Round 46's and 45's
misses: a Cannes "Grand Prix" of 1964-1974 as the top prize, "five statuettes, among them that of
the best film, of the best realisation", "won on Sunday evening in Los Angeles seven Oscars, among
them the most important one, for the best film", "best regia", "best main actress", "best
Hauptdarsteller", "the animation-Oscar", "the Orso d'argento Grand prize of the jury", "best motion
picture — drama", "The Cup Volpi of the interpretation feminine", "corresponded to", "the film of
Christopher Nolan ... took five awards", "The spectacle ... was named the best motion picture",
"Mlle. Madeleine Robinson", "M. Claude Chabrol's A Double Tour", "was made to", "the Golden Lion of
St. Mark between two Italian films, A and B", «le Jardin des Finzi-Contini», "was recognized as Best
Actor", "of Kenneth Lonergan, who also won", "The Oscar for the best supporting actress got, as
predicted by everyone, X, for her role", "But the Oscar went to" after the category's sentence,
"the best screenplay based on material from another medium, which went to Neil Paterson", «Dutchman»
as a nationality, "Beauty's Kevin Spacey", '"The Knack ... and How to Get It,"' read as a statement,
"a prize that the jury decided to share ex aequo with «Ascendancy»", 'Cristian Mungiu ("Bacalaureat")
and Olivier Assayas ("Personal Shopper")' in a box of short lines; speakers: "Professor Luigi
Chiarini", „Perfect Days“ as a person.
Left: "To the four actresses of the same picture — ... — was awarded jointly the prize for the best
female role", "Charlton Heston ... was voted the best actor" with the film only in the headline,
Asahi's "The leading actor prize was Robert De Niro, ..., in 「Raging Bull」", "In the category of
animation, Zootopia ... was imposed to", a speaker who is the object of a German-order sentence
("The Oscar ... got X. '...,' she said").

Labelling rules (round 3 on; the older rounds follow the same rules):
* Winners: every award of the gazetteer won *this* edition (the article's news, ties included as
  one winner each); ``film`` is the film even for acting prizes, ``directors`` its directors when
  named. Past wins, nominations, line-ups and box office mentions are not winners.
* Quotes: a full quoted statement of at least 6 words attributed to a named person (directly, by
  a pronoun, or by a title such as "the director"); the speaker is the full name as introduced.
  Headlines, fragments woven into the writer's own sentence (lower case, no attribution) and
  statements attributed to no person ("the statement read") are not quotes. A quote interrupted
  mid-sentence by its attribution (``"A," she said, "and b."``) is ONE quote, its parts joined
  with a space; when the second part starts a new sentence (``"A," she said. "B."``) they are
  two statements and two quotes, as in the older rounds. A quotation inside a quote stays part
  of it.
  A quote continued over paragraphs (no closing mark at the paragraph's end, the next paragraph
  opening with a quote mark) is one quote per paragraph, as in the base corpus's
  berlin-2022-alcarras-multipara.

A winner matches on festival + award + year + normalised film title; a quote matches on
speaker + normalised text (whitespace, quote marks, apostrophes, trailing punctuation).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from bot.news.extract import extract
from bot.news.gazetteer import Gazetteer, load_default_gazetteer

DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "articles"


@dataclass(frozen=True)
class CorpusArticle:
    name: str
    title: str
    body: str
    published: date | None
    expected: dict[str, list[dict[str, object]]]


def load_corpus(directory: Path) -> list[CorpusArticle]:
    articles = []
    for path in sorted(directory.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        title, _, body = raw.partition("\n")
        meta = path.with_suffix(".meta")
        published = None
        if meta.is_file():
            found = re.search(r"published:\s*(\d{4}-\d{2}-\d{2})", meta.read_text(encoding="utf-8"))
            published = date.fromisoformat(found.group(1)) if found else None
        expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        articles.append(CorpusArticle(path.stem, title.strip(), body.lstrip("\n"), published, expected))
    return articles


def normalise_text(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"[“”„«»\"]", "", text)
    text = re.sub(r"[’‘`´]", "'", text)
    text = re.sub(r"\s+", " ", text).strip()
    return text.rstrip(" ,.;:").casefold()


def winner_key(winner: dict[str, object]) -> tuple[str, str, int, str]:
    year = winner["year"]
    return (
        str(winner["festival"]),
        str(winner["award"]),
        int(year) if isinstance(year, int | str) else 0,
        normalise_text(str(winner["film"])),
    )


def quote_key(quote: dict[str, object]) -> tuple[str, str]:
    # Commas are not compared: labellers differ on the one left where an interrupted quote's
    # parts are joined ('"A," she said, "b"' -> "A, b" or "A b"); the words decide.
    return (str(quote["speaker"]), normalise_text(str(quote["text"]).replace(",", "")))


@dataclass
class Tally:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, name: str, got: set[tuple[object, ...]], want: set[tuple[object, ...]]) -> None:
        self.true_positive += len(got & want)
        self.false_positive += len(got - want)
        self.false_negative += len(want - got)
        self.misses += [f"{name}: extra {item}" for item in sorted(got - want, key=str)]
        self.misses += [f"{name}: missed {item}" for item in sorted(want - got, key=str)]

    @property
    def precision(self) -> float:
        found = self.true_positive + self.false_positive
        return self.true_positive / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positive + self.false_negative
        return self.true_positive / wanted if wanted else 1.0


def evaluate(articles: list[CorpusArticle], gazetteer: Gazetteer) -> tuple[Tally, Tally, list[float]]:
    winners, quotes, timings = Tally(), Tally(), []
    for article in articles:
        started = time.perf_counter()
        result = extract(article.body, title=article.title, published=article.published, gazetteer=gazetteer)
        timings.append((time.perf_counter() - started) * 1000)
        output = result.to_json()
        winners.add(
            article.name,
            {winner_key(w) for w in output["winners"]},
            {winner_key(w) for w in article.expected["winners"]},
        )
        quotes.add(
            article.name,
            {quote_key(q) for q in output["quotes"]},
            {quote_key(q) for q in article.expected["quotes"]},
        )
    return winners, quotes, timings


def report(label: str, articles: list[CorpusArticle], gazetteer: Gazetteer, verbose: bool) -> None:
    if not articles:
        return
    winners, quotes, timings = evaluate(articles, gazetteer)
    print(f"== {label}: {len(articles)} articles")
    print(
        f"winners  precision {winners.precision:.3f}  recall {winners.recall:.3f}  "
        f"(tp {winners.true_positive}, fp {winners.false_positive}, fn {winners.false_negative})"
    )
    print(
        f"quotes   precision {quotes.precision:.3f}  recall {quotes.recall:.3f}  "
        f"(tp {quotes.true_positive}, fp {quotes.false_positive}, fn {quotes.false_negative})"
    )
    print(f"time     median {statistics.median(timings):.2f} ms  max {max(timings):.2f} ms per article")
    if verbose:
        for line in winners.misses + quotes.misses:
            print("   ", line)


def round_of(name: str) -> str:
    """The round of an article name ("round3-venice-..." -> "round3"); others are "base"."""
    found = re.match(r"(?:holdout-)?(round\d+)-", name)
    return found.group(1) if found else "base"


def uses_project_gazetteer(name: str) -> bool:
    """Round 3 and later are labelled against data/*.csv (see the module docstring)."""
    found = re.match(r"(?:holdout-)?round(\d+)-", name)
    return found is not None and int(found.group(1)) >= PROJECT_GAZETTEER_FROM_ROUND


PROJECT_GAZETTEER_FROM_ROUND = 3


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument(
        "--gazetteer",
        choices=("corpus", "project"),
        default="corpus",
        help="corpus: the corpus's own CSVs (round 3+ still use data/); project: data/*.csv for all",
    )
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss and extra")
    parser.add_argument(
        "--show-held-out",
        action="store_true",
        help="with -v, also list the held-out articles' misses (read them only once measured)",
    )
    parser.add_argument("--skip-held-out", action="store_true", help="do not measure held-out articles")
    args = parser.parse_args(argv)
    corpus_gazetteer = Gazetteer.from_csv(args.corpus / "festivals.csv", args.corpus / "awards.csv")
    project_gazetteer = load_default_gazetteer()
    articles = load_corpus(args.corpus)
    # Warm the caches (compiled regexes) so timings show steady-state cost.
    for article in articles[:3]:
        for gazetteer in (corpus_gazetteer, project_gazetteer):
            extract(article.body, title=article.title, published=article.published, gazetteer=gazetteer)

    def measure(label: str, group: list[CorpusArticle], verbose: bool) -> None:
        on_project = [a for a in group if args.gazetteer == "project" or uses_project_gazetteer(a.name)]
        on_corpus = [a for a in group if a not in on_project]
        report(f"{label} (corpus gazetteer)", on_corpus, corpus_gazetteer, verbose)
        report(f"{label} (project gazetteer)", on_project, project_gazetteer, verbose)

    tuned = [a for a in articles if not a.name.startswith("holdout-")]
    held_out = [a for a in articles if a.name.startswith("holdout-")]
    for round_name in sorted({round_of(a.name) for a in tuned}):
        measure(f"tuned {round_name}", [a for a in tuned if round_of(a.name) == round_name], args.verbose)
    if not args.skip_held_out:
        # A held-out article's misses tell what it says: listing them while it is still being
        # written, or before its first-sight numbers are recorded, spoils the blind measurement.
        measure("held-out", held_out, args.verbose and args.show_held_out)
    measure("all tuned", tuned, False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
