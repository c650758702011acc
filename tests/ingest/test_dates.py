"""Date normalisation to ISO 8601."""

from __future__ import annotations

import pytest

from wiezegtwat.ingest.dates import normalise_date


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2024-03-05", "2024-03-05"),
        ("2024-03-05T10:15:00+01:00", "2024-03-05T10:15:00+01:00"),
        ("2024-03-05T09:15:00Z", "2024-03-05T09:15:00+00:00"),
        ("2024-03-05 10:15", "2024-03-05T10:15:00"),
        ("Tue, 05 Mar 2024 10:15:00 +0100", "2024-03-05T10:15:00+01:00"),
        ("05-03-2024", "2024-03-05"),
        ("5/3/2024", "2024-03-05"),
        ("05.03.2024 14:30", "2024-03-05T14:30:00"),
        ("2024/03/05", "2024-03-05"),
        ("5 maart 2024", "2024-03-05"),
        ("dinsdag 5 maart 2024, 10:15", "2024-03-05T10:15:00"),
        ("5 mrt. 2024", "2024-03-05"),
        ("March 5, 2024", "2024-03-05"),
        ("  12 oktober 2023  ", "2023-10-12"),
    ],
)
def test_normalise_date_formats(value: str, iso: str) -> None:
    assert normalise_date(value) == iso


@pytest.mark.parametrize(
    "value", ["", "gisteren", "32-01-2024", "2024-13-01", "5 smarch 2024", "0001-01-01", "12345"]
)
def test_normalise_date_rejects(value: str) -> None:
    assert normalise_date(value) is None
