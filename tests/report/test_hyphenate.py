"""Soft hyphens for the PDF: Dutch hyphenation points in the long words of table cells only."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pa_cli.report.hyphenate import SOFT_HYPHEN, soft_hyphens

S = SOFT_HYPHEN


def test_long_word_in_a_cell_gets_the_dutch_hyphenation_points():
    """'gebiedsontwikkeling' in a table cell may break as ge-bieds-ont-wik-ke-ling, no other way."""
    assert soft_hyphens("<td>In samenhang sturen op gebiedsontwikkeling</td>") == (
        f"<td>In samenhang sturen op ge{S}bieds{S}ont{S}wik{S}ke{S}ling</td>")
    assert soft_hyphens('<th scope="col">Huurdersorganisaties</th>') == (
        f'<th scope="col">Huur{S}ders{S}or{S}ga{S}ni{S}sa{S}ties</th>')


def test_short_words_and_what_is_not_cell_text_stay_as_they_are():
    """Words under 12 letters, attributes, styles, charts and text outside cells are untouched."""
    page = ('<h2>Gebiedsontwikkeling</h2><p>woningzoekenden</p><table><tr>'
            '<td class="gebiedsontwikkeling">Corporaties, Gemeente &amp; bouwtafel</td>'
            "<td><style>.verkooplijstcorporaties {}</style><svg><text>Woningzoekenden</text>"
            "</svg><!-- huurdersorganisaties --></td></tr></table>")
    assert soft_hyphens(page) == page


def test_a_hyphenated_word_breaks_only_at_a_syllable():
    """Every piece between soft hyphens is a Dutch syllable the dictionary allows, never a stray
    letter: the first and last piece have at least two letters."""
    cell = soft_hyphens("<td>schuldenproblematiek prestatieafspraken</td>")
    for word in cell[4:-5].split():
        pieces = word.split(S)
        assert len(pieces) > 2 and len(pieces[0]) >= 2 and len(pieces[-1]) >= 2, pieces


MARKUP = st.sampled_from(["<td>", "</td>", '<th class="x">', "</th>", "<style>", "</style>",
                          "<svg>", "</svg>", "<!--", "-->", "<", ">", "&amp;", " ", "\n"])
WORDS = st.sampled_from(["gebiedsontwikkeling", "Zeeuws-Vlaanderen", "Woningzoekenden",
                         "ÉÉNGEZINSWONINGEN", "1.1.10", "doorstroommakelaar"])
TEXT = st.text(st.characters(blacklist_characters=S, blacklist_categories=("Cs",)), max_size=30)


@given(st.lists(st.one_of(MARKUP, WORDS, TEXT), max_size=25))
def test_only_soft_hyphens_are_added(parts):
    """Whatever the page holds, taking the soft hyphens out again gives it back unchanged."""
    page = "".join(parts)
    assert soft_hyphens(page).replace(S, "") == page
