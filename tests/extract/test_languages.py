"""Pages in any script are stored with their language; a one-sentence flash is an article; a page of
navigation is refused with what it held. Every text is fictional, written for these tests."""

from __future__ import annotations

import pytest

from newscheck.extract import ExtractError, extract
from newscheck.records import Document

JAPANESE = (
    "東京の港で新しい橋が開通\n\n2026年3月4日\n\n"
    "東京の港湾局は火曜日、湾岸地区を結ぶ新しい橋が開通したと発表した。橋の建設には三年かかり、総工費は約二百億円だった。"
    "市長は式典で、地域の交通が大きく改善すると述べた。\n\n地元の住民は、通勤時間が短くなることを歓迎している。\n"
)
RUSSIAN = (
    "В порту Ардена открыли новый мост\n\n"
    "Портовое управление Ардена во вторник объявило об открытии нового моста, соединяющего два района города. "
    "Строительство заняло три года, сообщил мэр на церемонии открытия.\n\n"
    "Жители приветствуют сокращение времени в пути на работу.\n"
)
ARABIC = (
    "افتتاح جسر جديد في ميناء أردن\n\n"
    "أعلنت هيئة ميناء أردن يوم الثلاثاء افتتاح جسر جديد يربط بين حيين في المدينة. "
    "وقال رئيس البلدية خلال حفل الافتتاح إن البناء استغرق ثلاث سنوات.\n\nورحب السكان بتقليص وقت التنقل إلى العمل.\n"
)


def _article(text: str):
    return extract(Document(source="page.txt", content=text.encode("utf-8"), kind="text"))


@pytest.mark.parametrize(
    ("text", "language", "headline"),
    [
        (JAPANESE, "ja", "東京の港で新しい橋が開通"),
        (RUSSIAN, "ru", "В порту Ардена открыли новый мост"),
        (ARABIC, "ar", "افتتاح جسر جديد في ميناء أردن"),
    ],
    ids=["japanese", "russian", "arabic"],
)
def test_a_page_in_another_script_is_stored_with_its_language_headline_and_body(text, language, headline):
    article = _article(text)
    assert article.language == language
    assert article.headline == headline
    assert len(article.body) > 80 and headline not in article.body
    assert any("English-only analysis stages were skipped" in w for w in article.warnings)


def test_a_japanese_page_keeps_its_date():
    assert _article(JAPANESE).published == "2026-03-04"


def test_a_one_sentence_flash_is_an_article():
    flash = "BREAKING: Harbour cranes in the fictional port of Lessa stopped work on Tuesday after a power cut, the port authority said.\n"
    article = _article(flash)
    assert article.body.startswith("BREAKING: Harbour cranes") and article.language == "en"


def test_a_page_of_navigation_is_refused_with_what_it_held():
    with pytest.raises(ExtractError) as refused:
        _article("Home\nWorld\nPolitics\nBusiness\nSport\nLogin\nSubscribe\n")
    assert str(refused.value) == (
        "no article text found: 7 line(s), the longest 1 word(s): menus, labels or headlines, no sentence of prose"
    )


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Lessa police call the story a hoax.", "Lessa police call the story a hoax."),
        ("Lessa port reopens\nThe port of Lessa reopened on Monday.", "The port of Lessa reopened on Monday."),
        (
            "LESSA, March 3 (Fictional Wire) - Halvard Foods will buy Greenmere Dairy.",
            "Halvard Foods will buy Greenmere Dairy.",
        ),
    ],
)
def test_a_wire_item_of_one_short_sentence_is_an_article(text, body):
    assert _article(text).body == body


@pytest.mark.parametrize("text", ["Thanks for reading.", "Home\nNews\nSport\nContact Us."])
def test_a_label_or_a_menu_ending_in_a_full_stop_is_no_article(text):
    with pytest.raises(ExtractError):
        _article(text)
