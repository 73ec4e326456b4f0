"""FAQ entries edited by organisers, layered over the built-in answers."""

from __future__ import annotations

from datetime import datetime

from storage.base import Database, to_db
from storage.models import FaqOverride


class Faq:
    """Organisers' additions, edits and deletions of FAQ entries."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def overrides(self) -> list[FaqOverride]:
        rows = await self.db.read(
            "SELECT key, keywords, question_fr, answer_fr, question_en, answer_en, deleted"
            " FROM faq_entries ORDER BY key"
        )
        return [FaqOverride(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6])) for r in rows]

    async def save(self, entry: FaqOverride, member_id: int | None, now: datetime) -> None:
        """Add or replace the entry with this key (a deletion is saved with `deleted`)."""
        async with self.db.transaction() as db:
            await db.execute(
                "INSERT INTO faq_entries (key, keywords, question_fr, answer_fr, question_en,"
                " answer_en, deleted, updated_by, updated_at) VALUES (?,?,?,?,?,?,?,?,?)"
                " ON CONFLICT (key) DO UPDATE SET keywords = excluded.keywords,"
                " question_fr = excluded.question_fr, answer_fr = excluded.answer_fr,"
                " question_en = excluded.question_en, answer_en = excluded.answer_en,"
                " deleted = excluded.deleted, updated_by = excluded.updated_by,"
                " updated_at = excluded.updated_at",
                (entry.key, entry.keywords, entry.question_fr, entry.answer_fr,
                 entry.question_en, entry.answer_en, int(entry.deleted), member_id, to_db(now)),
            )
