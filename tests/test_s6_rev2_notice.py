"""Session 6 final review: the « I could not reach you » notice that now waits for the private
chat to be opened (Telegram, real adapter against the fake Bot API; tests seen failing)."""

from __future__ import annotations

from test_s6_cross_week import NADIA, SOPHIE, Week, announce_games, fill, week

__all__ = ["week"]  # the fixture, used by name

NUDGE = "je ne peux pas encore vous écrire en privé"


async def test_a_parent_not_reached_is_pointed_to_the_private_chat_once_not_at_each_command(
        week: Week) -> None:
    """Nadia holds a seat freed while the bot could not write to her. In the group she looks
    at the event three times (answered in the group each time): each answer came with
    « Nadia, je ne peux pas encore vous écrire en privé … puis réessayez », three times for
    the whole group, though nothing she asked failed. Once is enough; when she opens the
    private chat she is still told."""
    games = await announce_games(week)
    await fill(week, games)
    week.tg.fake.not_started.add(NADIA["id"])
    await week.tg.press(NADIA, week.tg_card(games), f"v1:rsvp:{games}:going")
    await week.tg_say(SOPHIE, f"/participer {games} non")  # a seat frees: Nadia is in
    said = [await week.tg_say(NADIA, f"/evenement {games}", group=True) for _ in range(3)]
    assert all("Soirée jeux" in s for s in said), said  # answered each time
    assert sum(NUDGE in s for s in said) == 1, said
    week.tg.fake.not_started.discard(NADIA["id"])  # she opens the private chat
    opened = await week.tg_say(NADIA, "/start")
    assert "place libérée" in opened and "/mesevenements" in opened, opened
