"""Telegram's HTML parse mode, checked the way Telegram checks it.

A package of its own at the bottom of the layers (it imports nothing of the project): the
core checks a broadcast's text with it when the broadcast is made (scheduler.broadcasts),
whichever front end wrote it, and the chat, the console and the fake Telegram read messages
with the same rules.

Telegram refuses a message whose HTML has an unknown or unclosed tag, or a
`<` or `&` that is not part of a tag or entity. Broadcasts check an organiser's
text with it before it is queued; the fake Bot API (fakegram) runs it on every
text sent with ``parse_mode=HTML`` so a test fails where Telegram would.
"""

from __future__ import annotations

import html
import re

ALLOWED_TAGS = {
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "span",
    "tg-spoiler",
    "a",
    "tg-emoji",
    "code",
    "pre",
    "blockquote",
}
ENTITY = re.compile(r"&(lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});")
TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^<>]*)?)\s*(/?)>")


class HTMLParseError(ValueError):
    """Text Telegram would answer with "Bad Request: can't parse entities"."""


def parse(text: str) -> str:
    """The plain text a reader sees, or HTMLParseError where Telegram would refuse."""
    out: list[str] = []
    stack: list[str] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "<":
            m = TAG.match(text, i)
            if m is None:
                raise HTMLParseError(
                    f'Can\'t parse entities: unexpected "<" at byte offset {_offset(text, i)}'
                )
            closing, name, attrs, selfclosing = (
                m.group(1),
                m.group(2).lower(),
                m.group(3),
                m.group(4),
            )
            if name not in ALLOWED_TAGS:
                what = "end" if closing else "start"
                raise HTMLParseError(
                    f'Can\'t parse entities: unsupported {what} tag "{name}" '
                    f"at byte offset {_offset(text, i)}"
                )
            if selfclosing:
                raise HTMLParseError(f'Can\'t parse entities: self-closing tag "{name}"')
            if closing:
                if not stack or stack[-1] != name:
                    raise HTMLParseError(
                        f"Can't parse entities: can't find end tag corresponding to start tag "
                        f'"{stack[-1] if stack else name}"'
                    )
                stack.pop()
            else:
                if name == "a" and "href" not in attrs:
                    raise HTMLParseError('Can\'t parse entities: tag "a" must have href')
                if name == "span" and "tg-spoiler" not in attrs:
                    raise HTMLParseError('Can\'t parse entities: tag "span" must have class')
                stack.append(name)
            i = m.end()
            continue
        if ch == "&":
            m = ENTITY.match(text, i)
            if m is None:
                raise HTMLParseError(
                    f"Can't parse entities: unsupported HTML entity at byte offset "
                    f"{_offset(text, i)}"
                )
            out.append(html.unescape(m.group(0)))
            i = m.end()
            continue
        out.append(ch)
        i += 1
    if stack:
        raise HTMLParseError(
            f"Can't parse entities: can't find end tag corresponding to start tag \"{stack[-1]}\""
        )
    return "".join(out)


def utf16_length(text: str) -> int:
    """Telegram counts message length in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def _offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


TEXT_LIMIT = 4096  # characters of a message's text, as Telegram counts them (UTF-16)


def text_problem(html: str) -> tuple[str, dict[str, int]] | None:
    """Why Telegram would refuse a message text (a message key and its values), or None:
    both front ends word it in the writer's language."""
    try:
        plain = parse(html)
    except HTMLParseError:
        return "broadcast-bad-html", {}
    if not plain.strip():
        return "error-empty", {}
    if utf16_length(plain) > TEXT_LIMIT:
        return "error-too-long", {"max": TEXT_LIMIT, "length": utf16_length(plain)}
    return None
