"""Errors that carry a sentence meant for the user who ran the command."""

from __future__ import annotations

from discord import app_commands


class UserError(app_commands.AppCommandError):
    """A mistake of the user's (bad input, unknown name): shown as a short ephemeral reply."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotModerator(app_commands.CheckFailure):
    def __init__(self, message: str = "Only moderators can do that (Manage Server permission or the moderator role).") -> None:
        super().__init__(message)
        self.message = message
