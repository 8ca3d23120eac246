"""Plain dataclasses the store returns and the renderers read. No behaviour, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Festival:
    id: int
    key: str
    name: str
    short_name: str
    kind: str  # "festival" | "ceremony"
    guild_id: int | None = None
    aliases: tuple[str, ...] = ()

    @property
    def is_ceremony(self) -> bool:
        return self.kind == "ceremony"


@dataclass(frozen=True)
class Award:
    id: int
    festival_id: int
    key: str
    name: str
    is_top: bool
    guild_id: int | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Film:
    id: int
    title: str
    original_title: str | None = None
    year: int | None = None
    aliases: tuple[str, ...] = ()
    guild_id: int | None = None


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    aliases: tuple[str, ...] = ()
    guild_id: int | None = None


@dataclass(frozen=True)
class Edition:
    festival_id: int
    year: int
    number: int | None
    held: bool
    note: str | None
    jury_president: str | None


@dataclass(frozen=True)
class Win:
    id: int
    festival: Festival
    award: Award
    year: int
    film: Film
    directors: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    note: str | None = None
    guild_id: int | None = None
    source: str = ""

    @property
    def scope(self) -> str:
        return "global" if self.guild_id is None else "server"


@dataclass(frozen=True)
class Quote:
    id: int
    speaker: str
    text: str
    film: str | None = None
    event: str | None = None
    said_on: str | None = None
    source_url: str | None = None
    language: str | None = None
    guild_id: int | None = None
    source: str = ""


@dataclass(frozen=True)
class NotAwarded:
    """Why an award has no winner in a year: the reason and the run of years it covers."""

    award: Award
    festival: Festival
    first_year: int
    last_year: int
    reason: str | None
    held: bool


@dataclass(frozen=True)
class WinnerAnswer:
    festival: Festival
    year: int
    award: Award | None  # None when the top prize(s) were asked for
    wins: tuple[Win, ...] = ()
    not_awarded: NotAwarded | None = None
    edition: Edition | None = None


@dataclass(frozen=True)
class FilmProfile:
    film: Film
    wins: tuple[Win, ...] = ()
    quotes: tuple[Quote, ...] = ()


@dataclass(frozen=True)
class PersonProfile:
    person: Person
    wins: tuple[Win, ...] = ()
    juries: tuple[tuple[Festival, int], ...] = ()
    quotes_by: tuple[Quote, ...] = ()
    quotes_about: tuple[Quote, ...] = ()


@dataclass(frozen=True)
class EditionProfile:
    festival: Festival
    year: int
    edition: Edition | None
    wins: tuple[Win, ...] = field(default_factory=tuple)
