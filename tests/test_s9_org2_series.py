"""Session 9, helper org2: /annuler on one date of a series says the other dates stay and
gives /annulerserie with the right number. To learn the series, the preview read every
active series and then each one's dates (and again after confirming): with a club running
six series, one /annuler made a dozen reads. An event knows its series now: one read."""

from __future__ import annotations

from recording import Bot, plain, trips

DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi")


async def _series(bot: Bot, count: int) -> int:
    """`count` weekly series; the number of the next date of the last one."""
    for index in range(count):
        assert "créée" in await bot.say(
            f"/nouvelleserie Atelier {index} | tous les {DAYS[index]}s 18h")
    dates = await bot.core.storage.series.occurrences(count, bot.clock())
    return dates[0].id


async def test_a_series_date_names_its_own_series_in_one_read(bot: Bot) -> None:
    plain_id = int(plain(await bot.say("/creer Loto | 2026-12-05 20:00")).split("#")[1].split()[0])
    reader = bot.core.storage.db.reader
    with trips(reader) as no_series:  # the club runs no series yet
        await bot.say(f"/annuler {plain_id} neige")
    event_id = await _series(bot, 6)
    with trips(reader) as six_series:
        await bot.say(f"/annuler {plain_id} neige")
    with trips(reader) as read:
        preview = plain(await bot.say(f"/annuler {event_id} neige"))
    assert "série n°6" in preview and "/annulerserie 6" in preview, preview
    # before: 7 more reads with six series running (each series, then each one's dates)
    assert len(six_series) == len(no_series), (six_series, no_series)
    assert len(read) <= len(no_series) + 1, (read, no_series)
    done = plain(await bot.say(f"/annuler {event_id} neige confirmer"))
    assert "/annulerserie 6" in done, done


async def test_a_plain_event_is_no_series_date(bot: Bot) -> None:
    await _series(bot, 2)
    reply = plain(await bot.say("/creer Loto | 2026-12-05 20:00"))
    event_id = int(reply.split("#")[1].split()[0])
    assert "série" not in plain(await bot.say(f"/annuler {event_id} neige"))


async def test_a_cancelled_series_gives_no_annulerserie_line(bot: Bot) -> None:
    event_id = await _series(bot, 1)
    past = (await bot.core.storage.series.occurrences(1, bot.clock()))[0]
    [preview] = await bot.replies("/annulerserie 1")
    await bot.press(preview.buttons[0].action)  # « Oui, arrêter la série »
    reply = plain(await bot.say(f"/annuler {event_id}"))
    assert "/annulerserie" not in reply, (reply, past.id)
