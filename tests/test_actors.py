"""Country table and actor normalisation."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from newscheck.actors import country_of, country_table, find_countries


def _isos(text: str) -> list[str]:
    return [m.iso3 for m in find_countries(text)]


def test_table_covers_every_country_with_capital_and_unique_iso3():
    raw = json.loads(resources.files("newscheck.data").joinpath("countries.json").read_text("utf-8"))
    rows = raw["countries"]
    isos = [r["iso3"] for r in rows]
    assert len(rows) >= 195
    assert len(isos) == len(set(isos))
    assert all(r["capitals"] for r in rows)
    assert sum(1 for r in rows if r["demonyms"]) >= 190


@pytest.mark.parametrize(
    "text, iso3",
    [
        ("the Kremlin said", "RUS"),
        ("Moscow responded", "RUS"),
        ("officials in Beijing", "CHN"),
        ("the White House", "USA"),
        ("a Pentagon briefing", "USA"),
        ("Washington is lifting restrictions", "USA"),
        ("the U.S. deployed", "USA"),
        ("US officials", "USA"),
        ("American forces", "USA"),
        ("Kyiv said", "UKR"),
        ("Tokyo and Seoul", "JPN"),
        ("Downing Street declined", "GBR"),
        ("the Élysée said", "FRA"),
        ("Japanese media", "JPN"),
        ("a Russian spokesperson", "RUS"),
    ],
)
def test_capitals_metonyms_and_demonyms_map_to_iso3(text, iso3):
    assert _isos(text)[0] == iso3


def test_latin_american_is_not_the_united_states():
    assert "USA" not in _isos("Latin American leaders met in Lima")


def test_longest_name_wins_over_its_parts():
    assert _isos("South Korea and Papua New Guinea") == ["KOR", "PNG"]


def test_country_of_reads_the_country_a_role_states():
    assert country_of("Russian Foreign Ministry spokesperson") == "RUS"
    assert country_of("U.S. Secretary of State") == "USA"
    assert country_of("chief executive") is None


def test_table_forms_point_at_known_codes():
    table = country_table()
    assert set(table.forms.values()) <= set(table.names)
