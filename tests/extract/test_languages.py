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


CHINESE_WITH_CHROME = (
    "白沙晚报\n首页 | 国内 | 国际 | 财经 | 体育\n"
    "白沙港新码头正式启用\n2026年5月12日 08:30 来源：白沙晚报\n"
    "白沙港务局周二宣布，新建的集装箱码头正式投入使用，每年可处理约八十万标准箱。\n"
    "港务局局长在启用仪式上表示，新码头将缓解老港区的拥堵。\n"
    "码头全景（本报记者摄）\n"
    "免责声明：本文仅代表作者观点。\n"
    "相关新闻\n白沙机场新航站楼动工\n"
)


def test_an_unspaced_page_takes_its_headline_under_the_site_name_and_leaves_navigation_captions_and_rails_out():
    article = _article(CHINESE_WITH_CHROME)
    assert article.language == "zh"
    assert article.headline == "白沙港新码头正式启用"
    assert article.body.startswith("白沙港务局周二宣布")
    assert "拥堵" in article.body
    for chrome in ("首页", "本报记者摄", "免责声明", "航站楼"):
        assert chrome not in article.body


def test_a_one_paragraph_wire_flash_under_a_section_label_is_the_article():
    page = (
        "Harbour Wire\nTop News\nLessa port workers walk out over night shifts\n"
        "LESSA, May 3 (Harbour Wire) - Dock workers at the fictional port of Lessa walked out on Friday over new "
        "night-shift rotas, halting container traffic, their union said in a statement.\n"
        "(Reporting by Ana Vey; Editing by Jon Marr)\n© Harbour Wire 2026\n"
    )
    article = _article(page)
    assert "Dock workers at the fictional port of Lessa walked out" in article.body
    assert "Reporting by" not in article.body


def test_a_short_unspaced_page_without_sentence_stops_or_under_a_rail_label_is_stored_in_its_language():
    unstopped = "白沙港新码头正式启用\n白沙港务局周二宣布新建的集装箱码头正式投入使用每年可处理约八十万标准箱\n"
    article = _article(unstopped)
    assert article.language == "zh" and article.headline == "白沙港新码头正式启用"
    assert article.body.startswith("白沙港务局周二宣布")
    under_label = "相关新闻\n白沙港务局周二宣布，新建的集装箱码头正式投入使用，每年可处理约八十万标准箱。\n"
    assert _article(under_label).body.startswith("白沙港务局周二宣布")


GREEK_PAGE = """Νέα της Κάλμου
ΕΙΔΗΣΕΙΣ
Νέο λιμάνι για τα αλιευτικά σκάφη στην Κάλμο
Συντάκτης: Ελένη Παππά
12.11.2025 | 09:15
Τα αλιευτικά σκάφη στο λιμάνι της Κάλμου. (Φωτογραφία: Δήμος Κάλμου)
Το νέο αλιευτικό καταφύγιο της Κάλμου θα είναι έτοιμο μέχρι το καλοκαίρι, ανακοίνωσε ο δήμος την Τρίτη.
Το έργο κοστίζει 4,2 εκατομμύρια ευρώ και θα φιλοξενεί έως 60 σκάφη.
"""


def test_a_greek_byline_label_and_a_caption_ending_in_its_credit_are_no_text():
    article = extract(Document(source="kalmos.txt", content=GREEK_PAGE, kind="text"))
    assert article.language == "el"
    assert article.byline == "Ελένη Παππά"
    assert article.headline == "Νέο λιμάνι για τα αλιευτικά σκάφη στην Κάλμο"
    assert article.paragraphs[0].startswith("Το νέο αλιευτικό καταφύγιο")
    assert "Φωτογραφία" not in article.body
