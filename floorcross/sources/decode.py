"""Turning bytes into text: a byte-order mark, then a declared charset when there is one (HTTP,
<meta>), then UTF-8, a detected encoding, and cp1252 as the last resort. Binary data is refused
with a plain reason, whatever its label says."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

# Byte-order marks, longest first (the UTF-32 LE mark begins with the UTF-16 LE one).
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Single-byte Latin code pages a detector confuses with each other on short English text
# (it reads a cp1252 pound sign as cp1250's Ł). For news in English, cp1252 is the better bet.
LATIN_CODEPAGES = {
    "cp1250",
    "cp1252",
    "cp1254",
    "cp1257",
    "cp437",
    "cp850",
    "cp858",
    "iso8859-1",
    "iso8859-2",
    "iso8859-9",
    "iso8859-13",
    "iso8859-15",
    "mac-roman",
    "mac-latin2",
}

# Share of control characters above which decoded "text" is really binary.
MAX_CONTROL_SHARE = 0.01

MIN_ASCII_SHARE_FOR_CP1252 = 0.9

# Share of C0 control bytes (other than whitespace) in raw bytes above which they are binary:
# text in any 8-bit or multibyte encoding has almost none, random data about one in nine.
MAX_CONTROL_BYTE_SHARE = 0.05
CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f\v")

# Labels under which pages are often really UTF-8: valid UTF-8 wins over them.
SINGLE_BYTE_LABELS = ("cp1252", "iso8859-15")
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w.:]+)""", re.IGNORECASE)

LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")
# Control characters (Unicode category Cc) other than tab, newline, CR, form feed, VT.
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


class DecodeError(ValueError):
    """The bytes are not text in any encoding we accept; args[0] is the reason."""


def decode_declared(data: bytes, declared: str | None, *, html: bool) -> str:
    """Decode bytes that came with a charset label (HTTP header, WARC record, <meta> for HTML),
    or raise DecodeError. A label that does not fit the bytes is ignored, not trusted."""
    if any(data.startswith(bom) for bom, _ in BOMS):
        return decode_text(data)
    labels = [codec_name(declared)]
    if html:
        meta = codec_name(meta_charset(data))
        # A page cannot really be UTF-16 if its <meta> was readable as ASCII.
        labels.append("utf-8" if meta and meta.startswith("utf-16") else meta)
    first = next((name for name in labels if name), None)
    if first in SINGLE_BYTE_LABELS:
        # Latin-1 text is almost never valid UTF-8 by accident, so valid UTF-8 comes first.
        labels.insert(0, "utf-8")
    for name in labels:
        if name is None:
            continue
        try:
            return _checked(data.decode(name))
        except (UnicodeDecodeError, LookupError):  # LookupError: "charset=base64" and kin
            continue
    return decode_text(data)


def codec_name(label: str | None) -> str | None:
    """A Python codec name for a declared charset, or None when it is unknown."""
    if not label:
        return None
    try:
        found = codecs.lookup(label.strip()).name
    except LookupError:
        return None
    # Browsers read pages labelled Latin-1 as windows-1252; so do we.
    return "cp1252" if found in ("latin-1", "iso8859-1", "ascii") else found


def meta_charset(data: bytes) -> str | None:
    """The charset a page declares in a <meta> tag near its start."""
    match = META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "replace") if match else None


def decode_text(data: bytes) -> str:
    """Decode `data` as text, or raise DecodeError with a plain reason."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding))
            except UnicodeDecodeError as exc:
                reason = f"cannot decode as {encoding} despite its byte-order mark"
                raise DecodeError(reason) from exc
    if b"\x00" in data:
        raise DecodeError("binary file (contains NUL bytes)")
    if _control_byte_share(data) > MAX_CONTROL_BYTE_SHARE:
        raise DecodeError("binary file (mostly non-text bytes)")
    try:
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    # Mostly-ASCII text with a few high bytes is English with smart quotes, pound signs or
    # accented names: cp1252. Detectors guess badly on so little evidence (a CJK code page).
    text = _cp1252(data) if _ascii_share(data) >= MIN_ASCII_SHARE_FOR_CP1252 else None
    if text is None:
        text = _detected(data)
    if text is None:
        text = _cp1252(data)
    if text is None:
        raise DecodeError("cannot decode: not UTF-8 and no text encoding fits")
    return _checked(text)


def _detected(data: bytes) -> str | None:
    match = from_bytes(data).best()
    if match is None:
        return None
    encoding = codecs.lookup(match.encoding).name
    if encoding.startswith(("utf-16", "utf-32")):
        # Without a byte-order mark this is nearly always a misreading of 8-bit text.
        return None
    if encoding in LATIN_CODEPAGES:
        return _cp1252(data)
    text = str(match)
    return text if _is_textlike(text) else None


def _cp1252(data: bytes) -> str | None:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    return text if _is_textlike(text) else None


def _checked(text: str) -> str:
    if not _is_textlike(text):
        raise DecodeError("binary file (mostly control characters)")
    return text


def _is_textlike(text: str) -> bool:
    if not text:
        return True
    controls = CONTROL.subn("", text)[1]
    return controls / len(text) <= MAX_CONTROL_SHARE


def _ascii_share(data: bytes) -> float:
    if not data:
        return 1.0
    return (len(data) - len(data.translate(None, bytes(range(128))))) / len(data)


def _control_byte_share(data: bytes) -> float:
    if not data:
        return 0.0
    return (len(data) - len(data.translate(None, CONTROL_BYTES))) / len(data)


def replace_lone_surrogates(text: str) -> str:
    """JSON may carry unpaired surrogates; they cannot be stored as UTF-8, so mark them."""
    return LONE_SURROGATE.sub("\ufffd", text)
