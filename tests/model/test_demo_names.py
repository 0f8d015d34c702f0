"""The demo's pinyin keys pieced together from surname and given name (issue 14, demo row: ~1 s of
pypinyin at benchmark size) are exactly what enrolling the member at the counter writes."""

from __future__ import annotations

from vipdesk.demo import data
from vipdesk.demo.people import _NameKeys
from vipdesk.model.members.pinyin import pinyin_keys


def test_every_name_the_demo_can_draw_gets_the_counters_pinyin_keys() -> None:
    """Issue 14: every surname x given name of the demo's lists (about 24,000 names) against
    ``pinyin_keys`` of the whole name, including the few the word splitter reads across the
    two parts (于思琪 → yusaiqi, 殷红 → yanhong), which must not be pieced together."""
    givens = sorted({*data._FEMALE_GIVEN_1, *data._FEMALE_GIVEN_2, *data._MALE_GIVEN_1, *data._MALE_GIVEN_2})
    keys = _NameKeys()
    names = [surname + given for surname in data._SURNAMES for given in givens] + ["黄明华"]
    wrong = [(name, keys(name), pinyin_keys(name)) for name in names if keys(name) != pinyin_keys(name)]
    assert not wrong, wrong[:5]
    assert keys("于思琪") == pinyin_keys("于思琪") == ("ysq", "yusaiqi")
    assert keys.parts, "names were pieced together from their parts"
    assert len(keys.parts) < 400  # the parts, not the ~24,000 names
