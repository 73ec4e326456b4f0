"""Session 9, the lead: what the final checks found."""

from __future__ import annotations

from recording import Bot, plain


async def test_a_bare_number_after_the_rhythm_is_asked_not_read_as_every_ten_weeks(
        bot: Bot) -> None:
    """A volunteer typed « /nouvelleserie Soirée jeux | tous les vendredis 19h | 10 » as she
    types /creer (the third field there is the seats): the series was created « un vendredi
    sur dix », one date, nine weeks of silence. A bare number is asked; nothing is created."""
    said = plain(await bot.say("/nouvelleserie Soirée jeux | tous les vendredis 19h | 10"))
    assert "sur dix" not in said and "créée" not in said, said
    assert "10 places" in said and "toutes les 10 semaines" in said, said
    assert await bot.core.storage.series.active() == []
    said = plain(await bot.say("/nouvelleserie Soirée jeux | tous les vendredis 19h | toutes "
                               "les 2 semaines | 10"))
    assert "créée" in said and "un vendredi sur deux" in said, said
    said = plain(await bot.say("/nouvelleserie Jeux | tous les mardis 19h | 1"))
    assert "créée" in said, said  # « 1 »: every week, as before
