"""Session 9 (rev-adapters): the configuration checks added today, read by an admin
upgrading a bot that worked yesterday."""

from __future__ import annotations

from pathlib import Path

from test_s9_sec import TELEGRAM_TOKEN, _load_file, _problems_of_file, clean  # noqa: F401


def test_an_empty_line_left_from_the_example_is_named_as_the_one_to_delete(
        clean: Path) -> None:  # noqa: F811
    """The admin copied .env.example (« TELEGRAM_ORGANIZER_IDS= », empty) and wrote the
    real values at the bottom of the file, as many do: it worked for months. Since the
    upgrade the bot refuses to start, saying the two lines differ and « keep one line »,
    which one not said (one of them names every organiser). The empty one is named now."""
    problems = _problems_of_file(clean, (
        "TELEGRAM_BOT_TOKEN=\n"
        "TELEGRAM_ORGANIZER_IDS=\n"
        "# --- ours ---\n"
        f"TELEGRAM_BOT_TOKEN={TELEGRAM_TOKEN}\n"
        "TELEGRAM_ORGANIZER_IDS=111111\n"))
    [ids] = [p for p in problems if p.startswith("TELEGRAM_ORGANIZER_IDS")]
    [token] = [p for p in problems if p.startswith("TELEGRAM_BOT_TOKEN")]
    assert "line 2 is empty" in ids and "delete it" in ids, ids
    assert "line 1 is empty" in token and TELEGRAM_TOKEN not in token, token


def test_another_programs_line_written_twice_does_not_stop_the_bot(clean: Path) -> None:  # noqa: F811
    """The machine's shared env file holds the admin's own notes and another program's
    proxy, each changed once by adding a line below (HTTPS_PROXY twice). The bot reads
    neither, yet refused to start since the upgrade: « HTTPS_PROXY: written twice … only
    the last would be read », about a line it never reads. Only its own settings count."""
    settings = _load_file(clean, (
        f"TELEGRAM_BOT_TOKEN={TELEGRAM_TOKEN}\n"
        "TELEGRAM_ORGANIZER_IDS=111111\n"
        "HTTPS_PROXY=http://proxy-a:3128\n"
        "MY_NOTE=ancien\n"
        "HTTPS_PROXY=http://proxy-b:3128\n"
        "MY_NOTE=nouveau\n"))
    assert settings.telegram_organizer_ids == (111111,)
