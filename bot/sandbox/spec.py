"""Check request bodies against Discord's own OpenAPI specification, as Discord would.

The spec lives outside the project (../shared/specs/discord-openapi.json, read in place). When
it is absent the check is skipped with a warning, never faked.
"""

from __future__ import annotations

import json
import logging
import os
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

logger = logging.getLogger(__name__)

EMBED_TOTAL_LIMIT = 6000  # Discord's sum-over-embeds limit, which a JSON schema cannot express.


def default_spec_path() -> Path:
    override = os.environ.get("FILMBOT_DISCORD_SPEC")
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[3] / "shared" / "specs" / "discord-openapi.json"


@dataclass(frozen=True)
class Violation:
    """What Discord answers with HTTP 400 / code 50035."""

    errors: dict[str, Any]

    def body(self) -> dict[str, Any]:
        return {"code": 50035, "message": "Invalid Form Body", "errors": self.errors}


def _template_regex(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", template)
    pattern = "".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts)
    return re.compile(f"^{pattern}$")


class SpecValidator:
    def __init__(self, spec: dict[str, Any]) -> None:
        self._spec = spec
        # Literal segments first, so ".../messages/@original" wins over ".../messages/{message_id}".
        templates = sorted(spec["paths"], key=lambda t: (t.count("{"), -len(t)))
        self._routes = [(t, _template_regex(t)) for t in templates]
        self._validators: dict[tuple[str, str, str], Draft202012Validator] = {}

    @classmethod
    def load(cls, path: Path | None = None) -> SpecValidator | None:
        path = path or default_spec_path()
        if not path.is_file():
            logger.warning("Discord OpenAPI spec not found at %s: request bodies are NOT validated", path)
            return None
        return _load_cached(str(path))

    def _validator(self, method: str, path: str, body: Any) -> Draft202012Validator | None:
        template = next((t for t, regex in self._routes if regex.match(path)), None)
        if template is None:
            return None
        operation = self._spec["paths"][template].get(method.lower(), {})
        schema = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
        if schema is None:
            return None
        branch = self._discriminated_branch(schema, body)
        key = (template, method.lower(), branch)
        if key not in self._validators:
            chosen = {"$ref": branch} if branch else schema
            # "#/components/..." references resolve against this root document.
            self._validators[key] = Draft202012Validator({**chosen, "components": self._spec["components"]})
        return self._validators[key]

    def _discriminated_branch(self, schema: dict[str, Any], body: Any) -> str:
        """For Discord's unions keyed by "type" (interaction callbacks), the one branch that applies.

        Validating only that branch gives the same verdict as the anyOf (the branches' type
        enums are disjoint) at a fraction of the cost, and clearer errors.
        """
        if not isinstance(body, dict) or "anyOf" not in schema or not isinstance(body.get("type"), int):
            return ""
        for option in schema["anyOf"]:
            ref = option.get("$ref", "")
            target = self._spec["components"]["schemas"].get(ref.rsplit("/", 1)[-1], {})
            if body["type"] in (target.get("properties", {}).get("type", {}).get("enum") or []):
                return str(ref)
        return ""

    def check(self, method: str, path: str, body: Any) -> Violation | None:
        """path is relative to /api/v10 (e.g. "/channels/1/messages")."""
        body = _snowflakes_as_strings(body)
        validator = self._validator(method, path, body)
        errors: dict[str, Any] = {}
        if validator is not None:
            for error in validator.iter_errors(body):
                errors[_location(error)] = {"_errors": [{"code": "BASE_TYPE_INVALID", "message": _message(error)}]}
        if isinstance(body, dict):
            errors.update(_embed_total_errors(body))
        return Violation(errors) if errors else None


def _snowflakes_as_strings(body: Any) -> Any:
    """Narrow exception (see ../shared/specs/README.md): the spec types allowed_mentions ids as
    strings, but Discord accepts JSON integers there too, and discord.py sends integers
    (AllowedMentions.to_dict). Validate them as the strings Discord turns them into."""
    if not isinstance(body, dict):
        return body
    data = body.get("data")
    holder: dict[str, Any] = data if isinstance(data, dict) else body
    mentions = holder.get("allowed_mentions")
    if not isinstance(mentions, dict) or not any(
            isinstance(v, int) for key in ("roles", "users") for v in mentions.get(key) or []):
        return body
    fixed = {**mentions, **{key: [str(v) for v in mentions[key]] for key in ("roles", "users")
                            if isinstance(mentions.get(key), list)}}
    if holder is body:
        return {**body, "allowed_mentions": fixed}
    return {**body, "data": {**holder, "allowed_mentions": fixed}}


def _location(error: ValidationError) -> str:
    return ".".join(str(p) for p in error.absolute_path) or "_root"


def _message(error: ValidationError) -> str:
    # anyOf failures hide the useful reason in their context; keep the deepest one.
    best = error
    while best.context:
        best = max(best.context, key=lambda e: len(e.absolute_path))
    return best.message[:300]


def _embed_total_errors(body: dict[str, Any]) -> dict[str, Any]:
    data = body.get("data") if isinstance(body.get("data"), dict) else body
    embeds = data.get("embeds") if isinstance(data, dict) else None
    if not isinstance(embeds, list):
        return {}
    total = sum(_embed_length(e) for e in embeds if isinstance(e, dict))
    if total > EMBED_TOTAL_LIMIT:
        return {"embeds": {"_errors": [{"code": "MAX_EMBED_SIZE_EXCEEDED", "message": "Embed size exceeds maximum size of 6000"}]}}
    return {}


def _embed_length(embed: dict[str, Any]) -> int:
    def text(value: Any) -> int:
        return len(value) if isinstance(value, str) else 0

    total = text(embed.get("title")) + text(embed.get("description"))
    for f in embed.get("fields") or []:
        if isinstance(f, dict):
            total += text(f.get("name")) + text(f.get("value"))
    for part, key in (("footer", "text"), ("author", "name")):
        if isinstance(embed.get(part), dict):
            total += text(embed[part].get(key))
    return total


@cache
def _load_cached(path: str) -> SpecValidator:
    with open(path, encoding="utf-8") as fh:
        return SpecValidator(json.load(fh))
