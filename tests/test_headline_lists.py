"""Headline wording read as a body reads it: a comma list of counts, a present-tense verb.

Made-up stories only. A headline drops "and" ("Three Women, Two Boys Dead") and tells a
past event in the present ("Fair With 300 Guests Ends With Two Dead").
"""

from __future__ import annotations

import reconcile
from reconcile.model import Claim, Quantity

BODY = (
    "Five people died in a house fire in Lakeside on Monday, the county fire marshal said. "
    "Firefighters were called to the house on Birch Lane shortly after midnight. "
    "The cause of the fire is under investigation."
)


def _claims(text: str) -> list[Claim]:
    source = reconcile.read({"text": text, "id": "a", "published": "2020-05-05"})[0]
    return list(reconcile.extract(source))


def _counts(claims: list[Claim], event: str) -> list[tuple[float | None, str]]:
    return [
        (c.value.low, c.zone)
        for c in claims
        if isinstance(c.value, Quantity) and event in c.attribute_tokens
    ]


def test_a_headline_comma_list_of_people_is_one_count_of_them_all() -> None:
    claims = _claims("Three Women, Two Boys Dead in Lakeside Fire\n\n" + BODY)
    assert (5.0, "headline") in _counts(claims, "e:killed")
    first = next(c for c in claims if c.text == "Three Women")
    assert "e:killed" in first.attribute_tokens  # the verb after the last part governs it


def test_a_headline_list_with_its_own_verb_is_not_summed() -> None:
    claims = _claims("Three Women Arrested, Two Boys Dead in Lakeside Fire\n\n" + BODY)
    killed = _counts(claims, "e:killed")
    assert (5.0, "headline") not in killed
    first = next(c for c in claims if c.text == "Three Women")
    assert "e:killed" not in first.attribute_tokens


def test_a_body_comma_list_still_needs_and_for_a_total() -> None:
    # In a body "three women, two boys" is not a whole list (the "and" is missing).
    claims = _claims("Fire in Lakeside\n\nThree women, two boys and a dog were seen there.")
    assert not any(c.value == 5 for c in claims if isinstance(c.value, Quantity))


def test_a_present_tense_verb_after_a_plural_of_people_ends_the_count() -> None:
    for text in (
        "A fair crowded with 300 guests ends with two dead.",
        "Fair Crowded With 300 Guests Ends With Two Dead\n\n" + BODY,
    ):
        guests = [c for c in _claims(text) if isinstance(c.value, Quantity) and c.value.low == 300]
        assert guests, text
        assert all(c.value.unit in ("guests", "Guests") for c in guests), text  # type: ignore[union-attr]
        assert not any("e:killed" in c.attribute_tokens for c in guests), text


def test_a_plural_of_people_still_takes_a_plural_noun_of_people_or_things() -> None:
    claims = _claims("The airline said 40 women pilots and 12 sales reps joined this year.")
    units = {c.value.unit for c in claims if isinstance(c.value, Quantity)}
    assert {"women pilots", "sales reps"} <= units
