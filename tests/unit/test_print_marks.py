"""Printout codes: random, in the unmistakable alphabet, found however they are typed, and
the QR text carries exactly the code and the signature."""

from hypothesis import given
from hypothesis import strategies as st

from rrr_desktop.domain.casefile import CODE_ALPHABET
from rrr_desktop.domain.print_marks import CODE_LENGTH, PrintMark, code_in, new_code, parse_qr

CODES = st.text(alphabet=CODE_ALPHABET, min_size=CODE_LENGTH, max_size=CODE_LENGTH)


def test_new_codes_use_the_alphabet_and_differ() -> None:
    codes = {new_code() for _ in range(200)}
    assert len(codes) == 200
    assert all(len(c) == CODE_LENGTH and set(c) <= set(CODE_ALPHABET) for c in codes)


@given(CODES, st.sampled_from(["{}", "Check: {} on page 1", "  {}  ", "{}\n"]))
def test_the_code_is_found_as_printed_or_typed(code: str, around: str) -> None:
    mark = PrintMark(code, "checklist", "2026-12-02T10:00:00+00:00", "v", "fp")
    assert code_in(around.format(mark.shown)) == code
    assert code_in(mark.shown.lower()) == code
    assert code_in(f"{code[:4]} {code[4:]}") == code


@given(CODES, st.binary(min_size=64, max_size=64))
def test_qr_text_round_trips_and_stays_alphanumeric(code: str, signature: bytes) -> None:
    mark = PrintMark(code, "info_sheet", "2026-12-02T10:00:00+00:00", "v", "fp", signature)
    text = mark.qr_text()
    assert set(text) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789:")  # QR alphanumeric mode
    assert parse_qr(text) == (code, signature)


def test_what_is_not_a_code_is_not_taken_for_one() -> None:
    assert code_in("no code here") is None
    assert code_in("RRR-0000-1111") is None  # 0 and 1 are not in the alphabet
    assert parse_qr("https://example.org/RRR1:ACDEFGHJ:AAAA") is None
    assert parse_qr("RRR1:ACDEFGH:AAAA") is None
