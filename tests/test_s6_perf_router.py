"""Session 6 (perf): what the router offers for a command typed short."""

from __future__ import annotations

from recording import Bot


async def test_the_start_of_a_command_name_is_offered_the_command(bot: Bot) -> None:
    """« /ev » is the start of /evenements: a member who stopped typing early is offered it,
    in their language (it was « Je ne connais pas la commande /ev » with no suggestion)."""
    french = await bot.say("/ev", user="lea")
    assert "Vouliez-vous dire" in french
    assert "/evenements" in french and "/evenement" in french
    english = await bot.say("/ev", user="tom", locale="en")
    assert "/events" in english and "/evenements" not in english
    assert "/participer" in await bot.say("/partici", user="lea")
    # Only commands they may use: an organiser's command is not offered to a member.
    assert "/annuler" not in await bot.say("/annu", user="lea")
    assert "/annuler" in await bot.say("/annu")
    # One letter is too little to guess from.
    assert "Vouliez-vous dire" not in await bot.say("/e", user="lea")
