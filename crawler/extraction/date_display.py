"""A date as Vietnamese readers are shown it ("Thứ Năm, 16/05/2024 15:30"), in Vietnam
time, for the archive's pages. Pure."""

from __future__ import annotations

from datetime import date, datetime

from ..clock import VN_TZ

WEEKDAYS_VI = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def format_vietnamese(value: str | date | datetime | None) -> str:
    """An ISO date as a Vietnamese reader writes it: "Thứ Năm, 16/05/2024 15:30".

    >>> format_vietnamese("2024-05-16T15:30:00+07:00")
    'Thứ Năm, 16/05/2024 15:30'
    >>> format_vietnamese("2022-11-24")
    'Thứ Năm, 24/11/2022'
    """
    if not value:
        return ""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
        except ValueError:
            return value
    day = value.astimezone(VN_TZ) if isinstance(value, datetime) and value.tzinfo else value
    text = f"{WEEKDAYS_VI[day.weekday()]}, {day:%d/%m/%Y}"
    return f"{text} {day:%H:%M}" if isinstance(day, datetime) else text
