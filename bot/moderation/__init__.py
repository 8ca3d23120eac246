"""Moderation: facts added and corrected by a server's moderators, facts proposed from articles,
the audit trail and per-server scope (issue 5).

* ``ids`` — fact ids as users see them (W123, Q45) and proposal ids (P7).
* ``validation`` — cleaning and limits for everything a moderator types.
* ``snapshots`` — the JSON form of a fact kept in audit entries.
* ``service`` — every change, scope-checked and audited; no Discord objects.
* ``proposals`` — the news hook: extract facts from an article and queue them for review.
* ``permissions``, ``views``, ``modlog`` — the Discord-facing side used by cogs/facts.py.
"""
