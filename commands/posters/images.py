"""Turning whatever an organiser sent into a poster we are willing to keep and show.

A picture from a phone is untrusted bytes: it may be a text file renamed `.jpg`, an SVG with
a script, a small PNG that decodes to gigabytes, or a real photo whose EXIF says where it was
taken (often at home). So the type is read from the content by Pillow, the pixel count is
checked before anything is decoded, and the picture is re-encoded from its pixels alone:
no EXIF, no GPS, no comment survives. It is shrunk for chat platforms and turned as the
phone held it (the EXIF orientation).

The bot does this in a child process (`prepare_apart`, this file run as a script): decoding
takes a few tenths of a second of CPU, which would stall every chat if done in the event
loop, and done in a worker thread it left the bot 25 MiB bigger for good (measured: glibc
keeps a thread's malloc arena once Pillow's buffers went through it), against a memory
target of 75 MiB. The child pays it and exits. `prepare` does the same in this process, for
tests and tools. Only the standard library and Pillow are imported at the top, so the child
starts in a few tens of milliseconds.
"""

from __future__ import annotations

import io
import json
import logging
import sys
import warnings
from typing import Any

log = logging.getLogger(__name__)

LONG_SIDE = 1280  # Telegram shows photos up to 1280 px; Discord embeds about as wide
QUALITY = 85
# Formats a phone or a design tool gives; anything else (SVG, HTML, PDF…) is not opened.
FORMATS = ("JPEG", "PNG", "WEBP", "GIF")
# JPEGs are decoded at 1/2, 1/4 or 1/8 scale (Pillow's draft mode), so a 48 Mpx phone photo
# costs a few megabytes; other formats are decoded whole, hence a lower bound for them.
MAX_JPEG_PIXELS = 64_000_000
MAX_OTHER_PIXELS = 16_000_000
# The child: this file, in isolated mode (no environment variables, no user site). A
# picture that takes longer than TIMEOUT seconds is given up on.
WORKER = (sys.executable, "-I", __file__)
TIMEOUT = 30.0
REFUSED = 3  # the child's exit status for a refused picture (its reason on stderr)


class Refused(Exception):
    """The picture is not one we keep: a string key and its values, as `UserInputError`."""

    def __init__(self, key: str, **values: Any) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


def prepare(data: bytes) -> bytes:
    """The poster to store, made in this process: a JPEG at most `LONG_SIDE` pixels on its
    long side, without any metadata. Raises `UserInputError` with the reason an organiser
    can act on."""
    from bot.errors import UserInputError

    _check_size(data)
    try:
        return reencode(data)
    except Refused as err:
        raise UserInputError(err.key, **err.values) from err


async def prepare_apart(data: bytes) -> bytes:
    """`prepare`, in a child process (see the module docstring). A child that crashes or
    runs out of time is logged and the organiser is told politely."""
    import asyncio  # here, not at the top: the child would pay 50 ms for it

    from bot.errors import UserInputError

    _check_size(data)
    child = await asyncio.create_subprocess_exec(
        *WORKER, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE)
    try:
        out, err = await asyncio.wait_for(child.communicate(data), TIMEOUT)
    except TimeoutError:
        log.warning("poster: gave up on a picture after %.0f s", TIMEOUT)
        raise UserInputError("poster.failed") from None
    finally:
        if child.returncode is None:
            child.kill()
            await child.wait()
    if child.returncode == 0 and out:
        return out
    if child.returncode == REFUSED:
        try:
            reason = json.loads(err.decode("utf-8"))
            raise UserInputError(str(reason["key"]), **dict(reason.get("values") or {}))
        except (ValueError, KeyError, TypeError):
            pass
    log.error("poster: the image worker failed (exit %s): %s", child.returncode,
              err.decode("utf-8", "replace")[-500:])
    raise UserInputError("poster.failed")


def _check_size(data: bytes) -> None:
    from bot.spec import MAX_IMAGE_BYTES, too_large_image

    if not data or len(data) > MAX_IMAGE_BYTES:
        raise too_large_image()


def reencode(data: bytes) -> bytes:
    """The picture checked and made anew; `Refused` when it is not one we keep."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    bad = (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError)
    bomb = (Image.DecompressionBombError, Image.DecompressionBombWarning)
    with warnings.catch_warnings():
        # Pillow only warns between 89 and 179 Mpx: a bomb must stop here, not be logged.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data), formats=FORMATS) as probe:
                _check_pixels(probe)
                probe.verify()  # structure and checksums, without decoding the pixels
            with Image.open(io.BytesIO(data), formats=FORMATS) as image:
                _check_pixels(image)
                return _redraw(image, Image, ImageOps)
        except Refused:
            raise
        except bomb as err:
            raise Refused("poster.too_many_pixels", max=MAX_OTHER_PIXELS // 1_000_000) from err
        except bad as err:
            raise Refused("poster.not_an_image") from err


def _check_pixels(image: Any) -> None:
    width, height = image.size
    limit = MAX_JPEG_PIXELS if image.format == "JPEG" else MAX_OTHER_PIXELS
    if width * height > limit or width < 1 or height < 1:
        raise Refused("poster.too_many_pixels", max=limit // 1_000_000)


def _redraw(image: Any, pil: Any, ops: Any) -> bytes:
    """Shrunk first (a square bound, so turning it after changes nothing of its size, and
    turning a small picture costs little memory), then turned as the EXIF orientation says,
    then a fresh JPEG from the pixels alone."""
    if image.format == "JPEG":  # decoded at 1/2, 1/4 or 1/8 scale, still over LONG_SIDE
        image.draft("RGB", (LONG_SIDE, LONG_SIDE))
    image.seek(0)  # an animated GIF or WebP: its first frame
    image.thumbnail((LONG_SIDE, LONG_SIDE), pil.Resampling.LANCZOS)
    turned = ops.exif_transpose(image)
    if turned.mode in ("RGBA", "LA", "P", "PA"):
        rgba = turned.convert("RGBA")
        flat = pil.new("RGB", rgba.size, "white")
        flat.paste(rgba, mask=rgba.getchannel("A"))
        turned = flat
    elif turned.mode != "RGB":
        turned = turned.convert("RGB")
    out = io.BytesIO()
    # No exif=, no icc_profile=, no comment: nothing but the pixels is written. Pillow
    # copies a JPEG's or GIF's comment from `info` unless told otherwise (« chez nous, 12
    # rue… » written by a phone app), hence `info` emptied and an empty comment.
    turned.info = {}
    turned.save(out, "JPEG", quality=QUALITY, optimize=True, progressive=True, comment=b"")
    return out.getvalue()


def _main() -> int:
    """The child: the picture on stdin, the JPEG on stdout, or the reason on stderr."""
    try:
        made = reencode(sys.stdin.buffer.read())
    except Refused as err:
        sys.stderr.write(json.dumps({"key": err.key, "values": err.values}))
        return REFUSED
    sys.stdout.buffer.write(made)
    return 0


if __name__ == "__main__":
    raise SystemExit(_main())
