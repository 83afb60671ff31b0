"""Line breaks in Khmer, Lao and Burmese fall between syllables, never inside one."""

from hypothesis import given, settings
from hypothesis import strategies as st

from rrr_desktop.domain.syllables import break_points, segments

# Characters that continue the syllable before them: a break before one splits it.
CONTINUES = set(
    [chr(c) for c in range(0x102B, 0x103F)]  # Burmese vowel signs, asat, virama, medials
    + [chr(c) for c in range(0x17B6, 0x17D4)]  # Khmer vowel signs, signs and coeng
    + [chr(c) for c in range(0x0EB0, 0x0EBE)]
    + [chr(c) for c in range(0x0EC8, 0x0ECE)]
)
JOINS_NEXT = {"\u17d2", "\u1039"}  # Khmer coeng and Burmese virama stack the next letter
BURMESE = st.characters(min_codepoint=0x1000, max_codepoint=0x104F)
KHMER = st.characters(min_codepoint=0x1780, max_codepoint=0x17DD)
LAO = st.characters(min_codepoint=0x0E81, max_codepoint=0x0EDF)
TEXT = st.lists(st.one_of(BURMESE, KHMER, LAO, st.sampled_from(" .")), max_size=60).map("".join)


@settings(max_examples=400)
@given(TEXT)
def test_no_break_splits_a_cluster(text: str) -> None:
    for i in break_points(text):
        assert 0 < i < len(text)
        assert text[i] not in CONTINUES, (text, i)
        assert text[i - 1] not in JOINS_NEXT, (text, i)
        if "\u1000" <= text[i] <= "\u1021":  # a Burmese consonant killed by asat ends a syllable
            assert text[i + 1 : i + 2] not in ("\u103a", "\u1039")


@given(TEXT)
def test_segments_give_back_the_text(text: str) -> None:
    assert "".join(segments(text)) == text


def test_known_syllables() -> None:
    assert segments("ထွက်ခွာမည့်ရက်") == ["ထွက်", "ခွာ", "မည့်", "ရက်"]
    assert "|".join(segments("သတင်းအချက်အလက်")) == "သ|တင်း|အ|ချက်|အ|လက်"
    assert "|".join(segments("បញ្ជីត្រួតពិនិត្យមុនពេលចាកចេញ")) == "បញ្ជី|ត្រួត|ពិ|និត្យ|មុន|ពេល|ចាក|ចេញ"
    assert "|".join(segments("ເດີນທາງ")) == "ເດີນ|ທາງ"
    assert segments("ກວ່າ") == ["ກວ່າ"]  # a consonant cluster stays whole
    assert break_points("Plain English text") == set()


def test_punctuation_stays_with_the_word_before_it() -> None:
    text = "ပြီးဖြစ်သည်။ နောက်"
    assert text.index("။") not in break_points(text)
    assert "ចេញ។" in segments("ការចាកចេញ។")
