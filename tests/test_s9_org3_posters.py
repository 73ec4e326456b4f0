"""Session 9, helper org3: a poster from a volunteer's phone (Telegram).

She sent the photo with « /affiche 1 » as its caption after announcing the evening. The
cards in the parents' group were re-posted with the picture at once, but the reply said
« Les cartes déjà publiées la montrent dès leur prochaine mise à jour »: she waited for an
update that had already happened, and did not know how to put another picture instead.
Taking it off said only « Affiche retirée de l'événement #1. », not that the cards went back
to text."""

from __future__ import annotations

from pathlib import Path

from test_posters import photo
from test_telegram_adapter import GROUP, ORGA, card_messages, running

from fakes.telegram_api import private_chat
from recording import plain


async def test_the_volunteer_reads_where_her_poster_now_is_and_how_to_change_it(
        tmp_path: Path) -> None:
    async with running(tmp_path) as tg:
        await tg.say(ORGA, "/creer Ciné débat | vendredi 11 décembre 20h | 40 | projection")
        await tg.say(ORGA, "/annoncer 1")
        tg.fake.send_picture(ORGA, private_chat(ORGA), photo(), caption="/affiche 1")
        tg.pushed += 1
        await tg.settle()
        [card] = card_messages(tg.fake.chat(GROUP))
        assert card.photo is not None, "the group's card shows the poster at once"
        said = plain("\n".join(m.visible for m in tg.fake.chat(ORGA["id"])[-2:]))
        assert "prochaine mise à jour" not in said, said
        assert "2 salons ou groupes" in said, said
        assert "/affiche 1 retirer" in said and "autre photo" in said, said

        removed = plain("\n".join(m.visible for m in await tg.say(ORGA, "/affiche 1 retirer")))
        [card] = card_messages(tg.fake.chat(GROUP))
        assert card.photo is None
        assert "2 salons ou groupes" in removed and "sans image" in removed, removed
