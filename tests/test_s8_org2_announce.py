"""Session 8, helper org2: /annoncer 1 sent a second time from a phone (« did it work? »,
or the menu tapped twice) posted a second card of the same evening in the parents' group
and every announcement chat, without a word. Now the second time says where the card
already is (kept up to date by itself) and offers a button to post it again anyway."""

from __future__ import annotations

from pathlib import Path

from test_telegram_adapter import GROUP, LEA, ORGA, card_messages, running


def _plain(text: str) -> str:
    return text.replace("\xa0", " ").replace("\u202f", " ")


async def test_announcing_the_same_event_twice_asks_before_a_second_card(
        tmp_path: Path) -> None:
    async with running(tmp_path) as tg:
        await tg.say(ORGA, "/creer Soirée jeux | samedi 5 décembre 20h | 10 | jeux")
        await tg.say(ORGA, "/annoncer 1")
        assert len(card_messages(tg.fake.chat(GROUP))) == 1
        await tg.say(LEA, "/participer 1 oui")
        replies = await tg.say(ORGA, "/annoncer 1")
        assert len(card_messages(tg.fake.chat(GROUP))) == 1, "posted twice"
        said = _plain("\n".join(m.visible for m in replies))
        assert "déjà" in said and "2 salons ou groupes" in said, said
        asking = next(m for m in replies if m.button_labels)
        toast = await tg.press(ORGA, asking, asking.button_data[0])
        cards = card_messages(tg.fake.chat(GROUP))
        assert len(cards) == 2 and "1/10" in cards[-1].visible.replace(" ", ""), cards
        told = _plain(toast + tg.fake.chat(ORGA["id"])[-1].visible)
        assert "Publié dans 2 salons ou groupes" in told, told


async def test_a_members_forged_press_posts_nothing(tmp_path: Path) -> None:
    async with running(tmp_path) as tg:
        await tg.say(ORGA, "/creer Soirée jeux | samedi 5 décembre 20h | 10 | jeux")
        await tg.say(ORGA, "/annoncer 1")
        replies = await tg.say(ORGA, "/annoncer 1")
        asking = next(m for m in replies if m.button_labels)
        await tg.press(LEA, asking, asking.button_data[0])
        assert len(card_messages(tg.fake.chat(GROUP))) == 1
