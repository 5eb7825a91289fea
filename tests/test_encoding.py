"""Bytes to text: undeclared legacy encodings read as the words they are."""

from newscheck.encoding import decode_bytes, repair_surrogates

# Fictional sentences written for newscheck's tests.
WESTERN = (
    "Café owner José Müller said the fictional café in Arden would close on Friday after thirty years. "
    '"We are tired," he said. The council said it had no plans for the site.'
)
TYPOGRAPHIC = "Café owner José Müller said the café in Arden would close on Friday – “after thirty years”."
CYRILLIC = "Мэр города Ардена заявил в понедельник, что метро будет работать круглосуточно."
GREEK = "Ο δήμαρχος της Άρντεν δήλωσε τη Δευτέρα ότι το μετρό θα λειτουργεί όλο το εικοσιτετράωρο."


def test_undeclared_windows_1252_text_keeps_its_accented_letters():
    assert decode_bytes(WESTERN.encode("cp1252")).text == WESTERN
    assert decode_bytes(WESTERN.encode("latin-1")).text == WESTERN
    assert decode_bytes(TYPOGRAPHIC.encode("cp1252")).text == TYPOGRAPHIC


def test_undeclared_cyrillic_and_greek_are_not_read_as_accented_latin():
    assert decode_bytes(CYRILLIC.encode("cp1251")).text == CYRILLIC
    assert decode_bytes(GREEK.encode("cp1253")).text == GREEK


def test_utf8_and_declared_charsets_come_first():
    assert decode_bytes(WESTERN.encode("utf-8")).text == WESTERN
    assert decode_bytes(CYRILLIC.encode("koi8-r"), declared="koi8-r").text == CYRILLIC


def test_half_surrogate_becomes_one_replacement_character_and_offsets_hold():
    broken = "Arden \ud800 harbour \udc00 reopened"
    repaired = repair_surrogates(broken)
    assert repaired == "Arden \ufffd harbour \ufffd reopened"
    assert len(repaired) == len(broken)
    assert repair_surrogates("intact 😀 text") == "intact 😀 text"


def test_one_stray_byte_in_utf8_keeps_utf8_and_says_where():
    text = "“The American threat,” the fictional minister in Arden said, after the talks in Orsk ended."
    data = text.encode("utf-8")
    broken = data[:40] + b"\xff" + data[40:]
    decoded = decode_bytes(broken)
    assert "“The American threat,”" in decoded.text and "\ufffd" in decoded.text
    assert decoded.warning == "decoding: invalid UTF-8, 1 sequence(s) replaced by U+FFFD, the first at byte offset 40"
    assert decode_bytes(data).warning is None


def test_a_legacy_charset_read_without_a_declaration_says_so():
    assert decode_bytes(WESTERN.encode("cp1252")).warning == "decoding: no charset declared and not UTF-8, read as windows-1252"
    assert decode_bytes(CYRILLIC.encode("koi8-r"), declared="koi8-r").warning is None
