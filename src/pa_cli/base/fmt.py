"""Small text helpers shared by the terminal output and the report templates."""

from __future__ import annotations

import re
from datetime import date

from pa_cli.base.safe_text import inline

__all__ = ["MAANDEN", "datum_nl", "datum_kort", "shorten", "md_cell", "no_mentions", "dagen",
           "aantal", "opsomming", "getal"]

MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december")


def datum_nl(d: date | None) -> str:
    """1 oktober 2022"""
    return f"{d.day} {MAANDEN[d.month - 1]} {d.year}" if d else ""


def datum_kort(d: date | None) -> str:
    """31-12-2022, as Dutch spreadsheets and forms write it."""
    return f"{d.day:02d}-{d.month:02d}-{d.year}" if d else ""


def getal(x: float | None) -> str:
    """A number as Dutch readers write it: 1427 -> '1.427', 82.5 -> '82,5'; None -> ''."""
    if x is None:
        return ""
    text = f"{x:,.1f}" if x != int(x) else f"{int(x):,}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def aantal(n: int, one: str, many: str) -> str:
    """1 actie, 2 acties, 1.427 dagen."""
    return f"{getal(n)} {one if n == 1 else many}"


def opsomming(items: list[str], last: str = "of") -> str:
    """'1.1.3', '1.1.3 of 1.1.13', '1.1.3, 1.1.13 of 1.2.3'."""
    return f"{', '.join(items[:-1])} {last} {items[-1]}" if len(items) > 1 else "".join(items)


def dagen(n: int | None) -> str:
    return "" if n is None else aantal(n, "dag", "dagen")


def shorten(text: str | None, width: int) -> str:
    """One line of at most `width` characters, cut at a word with an ellipsis (controls shown
    escaped, see safe_text.inline)."""
    flat = inline(text)
    if len(flat) <= width:
        return flat
    cut = flat[: width - 1]
    if " " in cut[width // 2:]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,.;:") + "…"


def md_cell(text: object) -> str:
    """A value that cannot break a Markdown table: no pipes, no newlines, no stray markup, no
    control characters (shown escaped, see safe_text.inline).

    Nor can it notify anyone when the Markdown is pasted into GitHub or GitLab (see
    `no_mentions`).
    """
    if text is None:
        return ""
    out = inline(str(text))  # newlines end a table row
    for ch in "\\`*_[]<>|":
        out = out.replace(ch, "\\" + ch)
    return no_mentions(out)


# What a forge reads as a mention or a reference, in the text it shows:
# - '@name' (GitHub: @user, @org/team; GitLab: @user, @all) at the start or after a character
#   that is not part of a word, an e-mail address or a URL; also the full-width '＠' and '﹫';
# - every reference to an issue or merge request: '#12', 'org/repo#12', GitLab's '!12',
#   GitHub's 'GH-12' (also full-width '＃12', '！12');
# - GitLab's other references where no word or URL precedes them: '&12' (epic), '$12'
#   (snippet), '%12' or '%"naam"' (milestone), '~12', '~label' or '~"label"' (label).
_MENTION = re.compile(
    r"(?<![\w.+\-/@])[@＠﹫](?=\\?[A-Za-z0-9_])"  # '\_': md_cell escaped it already
    r"|[#!＃﹟！﹗](?=\d)"
    r"|(?<![\w/%&$])[&$](?=\d)"
    r"|(?<![\w/%~])[%~](?=\\?[\w\"])"
    r"|\b(?i:GH)-(?=\d)")
# An HTML character reference ('&#64;', '&#x40;', '&commat;', '&#35;') is read as its
# character: '&#64;user' would show, and notify, as '@user'. Escaped, it shows as typed.
_ENTITY = re.compile(r"&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)")


def no_mentions(text: str) -> str:
    """'@everyone' and '#12' shown as they are, but no one notified and no issue linked.

    A backslash does not stop GitHub's mentions (they are found after the Markdown is
    rendered); an empty HTML comment after the sign does, on GitHub and GitLab alike, and
    it is invisible and not copied with the text. A character reference gets a backslash
    before its '&', so that it shows as written instead of becoming an '@' or '#'.
    """
    text = _ENTITY.sub(r"\\&", text)
    return _MENTION.sub(lambda m: m.group() + "<!-- -->", text)
