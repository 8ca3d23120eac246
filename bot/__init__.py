"""FilmBot: a Discord bot for film-news communities."""

__version__ = "0.1.0"
