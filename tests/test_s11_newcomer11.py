"""Session 11, a newcomer following the README on a fresh machine (`git clone`, `make run`,
`make check`, the `.env.example` keys). What a volunteer who knows a little of computers
really pastes: a token copied from a web address (« bot123…:AAH… ») or with Discord's
« Bot » in front, a channel's link or its « <#…> » mention instead of its id, a file saved by
Windows Notepad (a byte-order mark, another encoding), a `.env.txt` or a filled-in
`.env.example` where `.env` was meant; and, in the console, « /bouton » typed alone, « /aide
as »."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from bot import config
from bot.adapters.console import ConsoleAdapter
from recording import Bot

TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"
DISCORD = "MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB"
GUILD = "1111111111111111111"
CHANNEL = "2222222222222222222"
ROLE = "3333333333333333333"


@pytest.fixture(autouse=True)
def _clean(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in list(os.environ):
        if name.startswith(("TELEGRAM_", "DISCORD_", "WEB_", "PUBLIC_URL", "DATABASE_PATH",
                            "BACKUP_KEEP", "SEED_DEMO", "LOG_LEVEL", "REMINDER_OFFSETS",
                            "DEFAULT_PLACE")):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)


def _check(tmp_path: Path, content: str | bytes,
           capsys: pytest.CaptureFixture[str], *, service: bool = True) -> tuple[int, str]:
    """`make check ENV_FILE=/etc/le-focus-bot.env` (or plain `make check` on ./.env), as
    the volunteer reads it."""
    from bot.__main__ import main

    path = tmp_path / ("le-focus-bot.env" if service else ".env")
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    code = main(["check", "--env-file", str(path)] if service else ["check"])
    shown = capsys.readouterr()
    return code, shown.out + shown.err


# -- tokens pasted with what surrounds them ----------------------------------------------------

@pytest.mark.parametrize("typed", [f"bot{TOKEN}", f"Bot{TOKEN}",
                                   f"https://api.telegram.org/bot{TOKEN}/getMe"])
def test_a_telegram_token_copied_from_an_address_says_what_to_remove(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], typed: str) -> None:
    """« TELEGRAM_BOT_TOKEN=bot123456789:AAH… » (tutorials show the token inside
    https://api.telegram.org/bot<token>/getMe): check said « does not look like a token from
    @BotFather », and the volunteer, who had pasted @BotFather's token, did not see why."""
    code, shown = _check(tmp_path, f"TELEGRAM_BOT_TOKEN={typed}\n"
                                   "TELEGRAM_ORGANIZER_IDS=111111\n", capsys)
    assert code != 0
    assert "TELEGRAM_BOT_TOKEN: remove" in shown and "« bot »" in shown
    assert TOKEN not in shown and "AAH" not in shown.replace("AAH…", "")


@pytest.mark.parametrize("typed", [f"Bot {DISCORD}", f"Bot  {DISCORD}", f"bot {DISCORD}",
                                   f"Bearer {DISCORD}"])
def test_a_discord_token_with_bot_in_front_says_to_remove_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], typed: str) -> None:
    """« DISCORD_TOKEN=Bot MTIz… » (how the token is sent in an HTTP header, in many
    tutorials): check said « too short or contains spaces » about a 70-character token."""
    code, shown = _check(tmp_path, f"DISCORD_TOKEN={typed}\nDISCORD_GUILD_IDS={GUILD}\n",
                         capsys)
    assert code != 0
    assert "DISCORD_TOKEN: remove" in shown
    assert "too short" not in shown
    assert DISCORD not in shown


# -- links and mentions instead of ids -----------------------------------------------------------

@pytest.mark.parametrize("name, typed, wanted", [
    ("DISCORD_ANNOUNCE_CHANNEL_IDS", f"https://discord.com/channels/{GUILD}/{CHANNEL}",
     CHANNEL),
    ("DISCORD_ANNOUNCE_CHANNEL_IDS",
     f"https://discord.com/channels/{GUILD}/{CHANNEL}/4444444444444444444", CHANNEL),
    ("DISCORD_ANNOUNCE_CHANNEL_IDS", f"<#{CHANNEL}>", CHANNEL),
    ("DISCORD_GUILD_IDS", f"https://discord.com/channels/{GUILD}", GUILD),
    ("DISCORD_GUILD_IDS", f"https://discord.com/channels/{GUILD}/{CHANNEL}", GUILD),
    ("DISCORD_ORGANIZER_ROLE_IDS", f"<@&{ROLE}>", ROLE),
])
def test_a_discord_link_or_mention_gives_the_id_to_write(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, typed: str,
        wanted: str) -> None:
    """Right-click → Copy Link (next to Copy ID in the same menu) gives
    https://discord.com/channels/<server>/<channel>; a channel typed in a message gives
    « <#…> ». Check said « 'https://discord.com/' is not a numeric id » (the link cut, as if
    the rest had been lost) though the id was in the link."""
    lines = {"DISCORD_TOKEN": DISCORD, "DISCORD_GUILD_IDS": GUILD, name: typed}
    code, shown = _check(tmp_path, "".join(f"{k}={v}\n" for k, v in lines.items()), capsys)
    assert code != 0
    assert f"{name}: " in shown
    assert f"write {wanted}" in shown, shown


def test_a_servers_link_in_the_channels_is_told_apart(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, shown = _check(tmp_path, f"DISCORD_TOKEN={DISCORD}\nDISCORD_GUILD_IDS={GUILD}\n"
                                   "DISCORD_ANNOUNCE_CHANNEL_IDS=https://discord.com/channels/"
                                   f"{GUILD}\n", capsys)
    assert code != 0
    assert "the server's link, not a channel's" in shown
    assert "Copy Channel ID" in shown


def test_a_channels_name_says_how_to_copy_its_id(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """« DISCORD_ANNOUNCE_CHANNEL_IDS=#annonces » got the generic « is not a numeric id
    (expected comma-separated numbers …) », with no word on where the number is."""
    code, shown = _check(tmp_path, f"DISCORD_TOKEN={DISCORD}\nDISCORD_GUILD_IDS={GUILD}\n"
                                   "DISCORD_ANNOUNCE_CHANNEL_IDS=#annonces\n", capsys)
    assert code != 0
    assert "a channel's name, not its id" in shown and "Copy Channel ID" in shown


def test_a_persons_mention_in_the_roles_is_not_a_role(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, shown = _check(tmp_path, f"DISCORD_TOKEN={DISCORD}\nDISCORD_GUILD_IDS={GUILD}\n"
                                   f"DISCORD_ORGANIZER_ROLE_IDS=<@{ROLE}>\n", capsys)
    assert code != 0
    assert "a person, not a role" in shown
    assert f"write {ROLE}" not in shown


def test_a_private_telegram_groups_message_link_gives_its_id(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """« Copier le lien » on a message of the parents' group (a private supergroup) gives
    https://t.me/c/1234567890/5, which holds the group's id (-1001234567890)."""
    code, shown = _check(tmp_path, f"TELEGRAM_BOT_TOKEN={TOKEN}\nTELEGRAM_ORGANIZER_IDS=111111\n"
                                   "TELEGRAM_ANNOUNCE_CHAT_IDS=https://t.me/c/1234567890/5\n",
                         capsys)
    assert code != 0
    assert "write -1001234567890" in shown


def test_a_value_cut_in_a_problem_line_says_it_was_cut(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """« '@organisateurs_du_fo' is not a numeric id »: the value shown stopped at 20
    characters with nothing to say so; the volunteer thought the rest had been lost."""
    code, shown = _check(tmp_path, f"TELEGRAM_BOT_TOKEN={TOKEN}\n"
                                   "TELEGRAM_ORGANIZER_IDS=@organisateurs_du_focus\n", capsys)
    assert code != 0
    assert "'@organisateurs_du_fo…'" in shown


# -- the file itself ---------------------------------------------------------------------------

def test_a_byte_order_mark_before_the_first_setting_is_named(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Saved by Windows Notepad « UTF-8 with BOM », the file starts with an invisible
    U+FEFF. python-dotenv skips it and check said « Configuration OK. »; systemd's
    EnvironmentFile does not: the first line's name is « \\ufeffTELEGRAM_BOT_TOKEN », and
    the service started without its token."""
    code, shown = _check(tmp_path, f"\ufeffTELEGRAM_BOT_TOKEN={TOKEN}\n"
                                   "TELEGRAM_ORGANIZER_IDS=111111\n", capsys)
    assert code != 0
    assert "Configuration OK." not in shown
    assert "TELEGRAM_BOT_TOKEN: " in shown and "line 1" in shown
    assert "without BOM" in shown
    assert TOKEN not in shown


def test_a_byte_order_mark_before_a_comment_is_harmless(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Guard: .env.example begins with a comment; a BOM there costs systemd nothing."""
    code, shown = _check(tmp_path, f"\ufeff# Le Focus\nTELEGRAM_BOT_TOKEN={TOKEN}\n"
                                   "TELEGRAM_ORGANIZER_IDS=111111\n", capsys)
    assert code == 0, shown
    assert "Configuration OK." in shown


def test_a_file_in_another_encoding_names_its_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """« DEFAULT_PLACE=Salle 2, Alès » saved in Windows-1252: check said « .env: cannot be
    read (UnicodeDecodeError) », jargon with no line."""
    code, shown = _check(tmp_path, f"TELEGRAM_BOT_TOKEN={TOKEN}\nTELEGRAM_ORGANIZER_IDS=111111\n"
                                   "DEFAULT_PLACE=Salle 2, Alès\n".encode("cp1252"), capsys)
    assert code != 0
    assert "UnicodeDecodeError" not in shown
    assert "line 3 (DEFAULT_PLACE)" in shown and "UTF-8" in shown


def test_a_file_saved_as_utf16_says_so(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, shown = _check(tmp_path, f"TELEGRAM_BOT_TOKEN={TOKEN}\n".encode("utf-16"), capsys)
    assert code != 0
    assert "UnicodeDecodeError" not in shown
    assert "UTF-16" in shown and "save it again as UTF-8" in shown


@pytest.mark.parametrize("name", [".env.txt", "env", "env.txt"])
def test_a_settings_file_under_another_name_is_pointed_to(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    """Windows hides « .txt »: the volunteer saved « .env » as « .env.txt » (or wrote
    « env »); `make run` opened the console, `make check` said « Platforms: none (console
    chat) … Configuration OK. » and nothing about the file beside."""
    from bot.__main__ import main

    (tmp_path / name).write_text(f"TELEGRAM_BOT_TOKEN={TOKEN}\n", encoding="utf-8")
    assert main(["check"]) == 0
    shown = capsys.readouterr().err
    assert f"Note: there is no .env here, but there is {name}" in shown
    assert f"mv {name} .env" in shown


def test_a_filled_in_example_is_pointed_to(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The token written straight into .env.example (the file the README names)."""
    from bot.__main__ import main

    example = (Path(__file__).resolve().parent.parent / ".env.example").read_text("utf-8")
    (tmp_path / ".env.example").write_text(
        example.replace("TELEGRAM_BOT_TOKEN=\n", f"TELEGRAM_BOT_TOKEN={TOKEN}\n"), "utf-8")
    assert main(["check"]) == 0
    shown = capsys.readouterr().err
    assert "Note: .env.example holds TELEGRAM_BOT_TOKEN" in shown
    assert "cp .env.example .env" in shown
    assert TOKEN not in shown


def test_the_untouched_example_beside_is_no_note(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Guard: a fresh clone has .env.example and no .env; nothing to say."""
    from bot.__main__ import main

    example = Path(__file__).resolve().parent.parent / ".env.example"
    (tmp_path / ".env.example").write_text(example.read_text("utf-8"), "utf-8")
    assert main(["check"]) == 0
    assert "Note:" not in capsys.readouterr().err


@pytest.mark.parametrize("typed, seeded", [("vrai", True), ("faux", False)])
def test_seed_demo_vrai_faux(typed: str, seeded: bool) -> None:
    """« oui/non » were read; their cousins « vrai/faux » stopped the start."""
    assert config.load(env={"SEED_DEMO": typed}, dotenv=None).seed_demo is seeded


# -- the console ---------------------------------------------------------------------------------

async def _type(bot: Bot, script: str, tmp_path: Path) -> str:
    """`printf '<script>' | make run`."""
    read, write = os.pipe()
    os.write(write, script.encode())
    os.close(write)
    out = io.StringIO()
    with os.fdopen(read, "rb") as stdin:
        console = ConsoleAdapter(stdin=stdin, stdout=out,  # type: ignore[arg-type]
                                 export_dir=tmp_path / "exports")
        bot.core.add_adapter(console)
        await console.start(bot.core)
        await console.finished.wait()
        await console.stop()
    return out.getvalue().replace("\u202f", " ").replace("\xa0", " ")


def _answer(shown: str, typed: str) -> str:
    return shown.split(f"> {typed}\n", 1)[1].split("\n> ", 1)[0]


async def test_bouton_alone_shows_the_buttons_again(demo: Bot, tmp_path: Path) -> None:
    """« /bouton » typed alone (the README writes `/bouton <n>`) answered « Pas de bouton à
    ce numéro (6 disponibles). »: no number was typed, and the buttons had scrolled away."""
    shown = await _type(demo, "/evenement 1\n/bouton\n/bouton 1\n", tmp_path)
    alone = _answer(shown, "/bouton")
    assert "Pas de bouton à ce numéro" not in alone
    assert "/bouton 1" in alone
    assert "[1] ✅ Je viens" in alone and "[6] 📅 Ajouter à l'agenda" in alone
    assert "Inscrit·e" in _answer(shown, "/bouton 1")  # the buttons are still those


async def test_bouton_alone_before_any_button_says_where_they_come_from(
        demo: Bot, tmp_path: Path) -> None:
    shown = await _type(demo, "/bouton\n/language en\n/button\n", tmp_path)
    assert "Pas de bouton à ce numéro (0" not in shown
    assert "/evenement 1" in _answer(shown, "/bouton")
    assert "/event 1" in _answer(shown, "/button")


@pytest.mark.parametrize("typed", ["/aide as", "/aide bouton", "/aide /bouton", "/aide quit",
                                   "/help button"])
async def test_help_on_a_console_command_explains_it(
        demo: Bot, tmp_path: Path, typed: str) -> None:
    """« /aide as » answered « Je ne trouve pas « as » parmi vos commandes. Les voici : »,
    then the whole list, ending with « Console : /as <prénom> … » — the command it had just
    said it could not find."""
    shown = await _type(demo, f"{typed}\n", tmp_path)
    answer = _answer(shown, typed)
    assert "Je ne trouve pas" not in answer and "I can't find" not in answer
    assert "/as <" in answer and "/quit" in answer
    assert answer.count("\n") <= 1  # the console's line, not the whole list


# -- the console in a real terminal (a pseudo-terminal) ----------------------------------------

class _Terminal:
    """`make run` typed in a terminal: the bot in a subprocess on a pseudo-terminal."""

    def __init__(self, tmp_path: Path) -> None:
        import pty
        import subprocess
        import sys

        root = Path(__file__).resolve().parent.parent
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("TELEGRAM_", "DISCORD_", "WEB_", "PUBLIC_URL"))}
        env.update(DATABASE_PATH=str(tmp_path / "focus.db"), PYTHONPATH=str(root),
                   TERM="xterm")
        self.master, self.slave = pty.openpty()
        self.process = subprocess.Popen([sys.executable, "-m", "bot", "run"],
                                        stdin=self.slave, stdout=self.slave,
                                        stderr=subprocess.PIPE, cwd=tmp_path, env=env)
        self.seen = ""

    def read_until(self, marker: str, count: int = 1, limit: float = 30.0) -> str:
        """Waits for the bot's output (never a fixed sleep): up to `limit` seconds."""
        import select
        import time

        deadline = time.monotonic() + limit
        while self.seen.count(marker) < count and time.monotonic() < deadline:
            ready, _, _ = select.select([self.master], [], [], 0.5)
            if ready:
                try:
                    chunk = os.read(self.master, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                self.seen += chunk.decode("utf-8", "replace")
        return self.seen

    def type(self, keys: str) -> None:
        os.write(self.master, keys.encode())

    def prompt(self, count: int) -> str:
        """Waits for the `count`-th prompt, as a person waits for the answer before typing."""
        return self.read_until("\n> ", count)

    def close(self) -> int:
        import subprocess

        try:
            return self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=30)
            raise
        finally:
            os.close(self.master)
            os.close(self.slave)


_LEFT, _UP = "\x1b[D", "\x1b[A"
_EVENTS = "Prochains événements"


def test_in_a_terminal_the_arrow_keys_edit_the_line(tmp_path: Path) -> None:
    """A newcomer typed « /evenemnts », pressed ← three times and typed the missing « e »:
    the screen showed « /evenemnts^[[D^[[D^[[De » and the bot answered « Je ne connais pas la
    commande /evenemntse »; a terminal program edits its line (readline), as bash does."""
    term = _Terminal(tmp_path)
    term.prompt(1)
    term.type(f"/evenemnts{_LEFT * 3}e\r")
    out = term.prompt(2)
    term.type("\x04")
    term.read_until("À bientôt")
    assert term.close() == 0
    assert _EVENTS in out, out
    assert "/evenemntse" not in out and "^[[D" not in out


def test_in_a_terminal_up_repeats_the_last_line(tmp_path: Path) -> None:
    """↑ then Enter (what every shell does) showed « ^[[A » and was answered by nothing."""
    term = _Terminal(tmp_path)
    term.prompt(1)
    term.type("/evenements\r")
    term.prompt(2)
    term.type(f"{_UP}\r")
    out = term.prompt(3)
    term.type("\x04")
    term.read_until("À bientôt")
    assert term.close() == 0
    assert out.count(_EVENTS) == 2, out
    assert "^[[A" not in out


def test_in_a_terminal_pasted_lines_are_still_one_message(tmp_path: Path) -> None:
    """Guard (README, « Try it »): lines pasted together are one message, up to a line that
    begins with « / »."""
    term = _Terminal(tmp_path)
    term.prompt(1)
    term.type("/ecrire 1 Bonsoir\rOn commence à 19h45\rApportez vos jeux\r/evenements\r")
    term.read_until(_EVENTS)
    term.prompt(2)
    term.type("\x04")
    out = term.read_until("À bientôt")
    assert term.close() == 0
    assert "aucun message envoyé" in out  # /ecrire answered (nobody to write to)
    assert "Je ne sais pas" not in out  # the pasted lines were not questions of their own
    assert _EVENTS in out


def test_in_a_terminal_ctrl_d_gives_the_terminal_back_as_it_was(tmp_path: Path) -> None:
    """The shell after the console: typed characters show, lines are lines."""
    import pty
    import termios

    fresh, other = pty.openpty()
    before = termios.tcgetattr(other)[3]  # a fresh terminal's modes
    os.close(fresh)
    os.close(other)
    term = _Terminal(tmp_path)
    term.prompt(1)
    term.type("/evenements\r")
    term.prompt(2)
    term.type("\x04")
    term.read_until("À bientôt")
    assert term.process.wait(timeout=30) == 0
    after = termios.tcgetattr(term.slave)[3]
    term.close()
    for flag in (termios.ECHO, termios.ICANON):
        assert after & flag == before & flag


def test_in_a_terminal_lines_typed_ahead_with_ctrl_d_are_answered_then_it_ends(
        tmp_path: Path) -> None:
    """« /evenements », « /aide » and Ctrl-D pasted at once: both answered, then goodbye
    (a Ctrl-D read with the paste once left the console waiting for ever)."""
    term = _Terminal(tmp_path)
    term.prompt(1)
    term.type("/evenements\r/aide\r\x04")
    out = term.read_until("À bientôt")
    assert term.close() == 0
    assert _EVENTS in out and "Voici ce que je sais faire" in out
