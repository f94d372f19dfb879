"""multi_line translates only the lines that hold a character to escape: the same text as
translating the whole, for any text (a report of 40 kB with an é in it, or a hostile one)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pa_cli.base.safe_text import _ESCAPES, BIDI, multi_line, no_commands

# what a report holds (letters, accents, ✓, tabs, line breaks, '::'), and what it must not pass
ORDINARY = "ab é✓🔴\u00a0\u00ad \t\n\n::##["
HOSTILE = [chr(i) for i in (*range(0x20), 0x7F, *range(0x80, 0xA0))] + list(BIDI + "\u2028\u2029\r")


def _translated_whole(text: str, keep_tabs: bool) -> str:
    """multi_line as it was: one str.translate over the whole text."""
    table = {k: v for k, v in _ESCAPES.items() if k != 0x0A and not (keep_tabs and k == 0x09)}
    return no_commands(text.translate(table))


@given(st.text(alphabet=st.sampled_from(list(ORDINARY) + HOSTILE), max_size=400), st.booleans())
def test_multi_line_is_the_whole_text_translated(text, keep_tabs):
    assert multi_line(text, keep_tabs) == _translated_whole(text, keep_tabs)


def test_every_escaped_character_is_one_isprintable_refuses():
    """The fast path leaves a printable line alone: that is right only while this holds."""
    assert not any(chr(k).isprintable() for k in _ESCAPES)


def test_a_long_report_line_with_a_bidi_override_is_shown_escaped():
    report = "<p>Gereed ✓ café</p>\n" * 2000 + "<td>actie \u202eknil\u202c</td>\n" + "<p>é</p>\n"
    out = multi_line(report, keep_tabs=True)
    assert "<td>actie \\u202eknil\\u202c</td>\n" in out
    assert out.count("\n") == report.count("\n") and out.startswith("<p>Gereed ✓ café</p>\n")
