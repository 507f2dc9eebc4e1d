"""Date forms the five portals print, and lookalikes that are not dates."""

from datetime import date, datetime, timedelta

import pytest

from crawler.extraction.date_display import format_vietnamese
from crawler.extraction.dates import (
    VN_TZ,
    date_from_url,
    iso,
    normalize_date,
)
from crawler.extraction.publication_date import resolve_publication_date

REFERENCE = datetime(2024, 6, 1, 12, 0, tzinfo=VN_TZ)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Thứ 5, Ngày 24 / 11 / 2022", "2022-11-24"),
        ("Chủ nhật, Ngày 9 / 7 / 2023", "2023-07-09"),
        ("Print Thứ Bảy, 24/04/2021 07:58 Gốc", "2021-04-24T07:58:00+07:00"),
        ("Thứ Năm, 16/05/2024 - 15:30 (GMT+7)", "2024-05-16T15:30:00+07:00"),
        ("Ngày đăng: 23/02/2024", "2024-02-23"),
        ("23/02/2024 08:30", "2024-02-23T08:30:00+07:00"),
        ("2023-04-26T23:45:00+00:00", "2023-04-27T06:45:00+07:00"),
        ("2024-05-16T15:30:00+07:00", "2024-05-16T15:30:00+07:00"),
        ("2024-05-15 03:00 UTC", "2024-05-15T10:00:00+07:00"),  # the zone printed after the time
        ("18/05/2024 14:20 (GMT+72.036 lượt xem", "2024-05-18T14:20:00+07:00"),  # a view count glued to the zone
        ("1/1/0001 03:00 UTC+9", "0001-01-01"),  # a CMS's empty date: the day, no time before the calendar's first
        ("0001-01-01T03:00:00+09:00", "0001-01-01"),
        ("Chiều ngày 22/02/2024, Ban Thường vụ", "2024-02-22"),
        ("Sáng 12/3/2024, Đảng ủy Khối", "2024-03-12"),
        ("ngày 12 tháng 9 năm 2024", "2024-09-12"),
        ("15 giờ, ngày 3/4/2024", "2024-04-03T15:00:00+07:00"),
        ("Cập nhật lúc 07h55 ngày 3/4/2024", "2024-04-03T07:55:00+07:00"),
        ("3 giờ chiều 5/5/2024", "2024-05-05T15:00:00+07:00"),
        ("April 24, 2021 7:58 PM", "2021-04-24T19:58:00+07:00"),
        ("6:41 p.m. ET, March 15, 2024", "2024-03-15T18:41:00+07:00"),  # an American paper's "p.m."
        ("15/05/2024 4:15 p. m.", "2024-05-15T16:15:00+07:00"),  # ... and a Spanish one's "p. m."
        ("Chiều 18/4, tại huyện", "2024-04-18"),
        ("Sáng 2/6", "2024-06-02"),  # two days' grace past the reference
        ("Tháng Mười 3, 2023", "2023-10-03"),  # WordPress's "F j, Y" in Vietnamese
        ("đã đăng 08:14, 26 thg 3, 2015", "2015-03-26T08:14:00+07:00"),  # Google Sites, its month shortened
        ("Tháng Mười Một 28, 2023", "2023-11-28"),
        ("Tháng 10 3, 2023", "2023-10-03"),
        ("Thứ Tư, 01/05/2024", "2024-05-01"),  # "tư" folds as "từ" does
        ("Tháng Tư 5, 2024", "2024-04-05"),
        ("Ban hành ngày 5/2/2024", "2024-02-05"),  # a date with no document number before it
        ("Cập nhật 10:30-CH ngày 5/2/2024", "2024-02-05T22:30:00+07:00"),  # a clock's meridiem, no document code
    ],
)
def test_forms(text, expected):
    assert iso(normalize_date(text, REFERENCE)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "12/45 tổ chức",
        "3/5 xã",
        "số 09/2021/NQ-HĐND",
        "khóa III/2019",
        "nhiệm kỳ 2015 - 2020",
        "giai đoạn 2021-2025",
        "đường 3/2",
        "mục 2.3",
        "31/02/2024",
        "Sinh ngày 19/5/1890",  # a date of birth
        "2024",
        "đạt 95,5%",
        "tháng 10, 2023",  # a month and a year, no day
        "tháng 10 có 3 đợt",
        "Giá vàng tăng 2% so với 1 tuần trước",  # a time a figure is compared with
        "Kể từ 2 ngày trước, nước sông dâng cao",
        "Người dân có mặt từ 3 tiếng trước giờ khai mạc",  # before another moment, not before now
        "Chuẩn bị hồ sơ 2 tuần trước ngày nhập học",
        "Cổ động viên đến sân 2 tiếng trước trận đấu",
        "Lễ hội đền Hùng chính hội mùng 10 tháng Ba âm lịch",  # a day of the lunar calendar
        "Lễ Vu lan ngày 15 tháng 7 (ÂL)",
        "Hạn đăng ký: trước ngày 15 tháng Năm",  # a deadline: a day to come
        "Các đơn vị gửi báo cáo chậm nhất ngày 30/6/2024",
        "Chương trình khuyến mại kéo dài đến hết ngày 31/12",
    ],
)
def test_lookalikes_are_not_dates(text):
    assert normalize_date(text, REFERENCE) is None


def test_yearless_day_goes_back_across_the_year_end():
    assert normalize_date("Chiều 28/12", datetime(2024, 1, 3, tzinfo=VN_TZ)) == date(2023, 12, 28)


def test_url_dates():
    assert date_from_url("https://x.vn/index.php/2022/06/14/slug/") == ("2022/06/14", date(2022, 6, 14))
    assert date_from_url("https://x.vn/slug-post123.html") is None


def test_publication_date_prefers_metadata_then_stamp_then_url_then_body():
    candidates = [
        ("body", "Ngày 1/1/2020, hội nghị"),
        ("url", "https://x.vn/2021/02/03/a/"),
        ("stamp", "Thứ 5, Ngày 24 / 11 / 2022"),
        ("metadata", "2023-04-20T01:15:00+00:00"),
    ]
    found = resolve_publication_date(candidates, REFERENCE)
    assert (found.iso, found.source, found.raw) == (
        "2023-04-20T08:15:00+07:00",
        "metadata",
        "2023-04-20T01:15:00+00:00",
    )
    found = resolve_publication_date(candidates[:3], REFERENCE)
    assert (found.iso, found.source, found.raw) == ("2022-11-24", "stamp", "Thứ 5, Ngày 24 / 11 / 2022")
    found = resolve_publication_date(candidates[:2], REFERENCE)
    assert (found.iso, found.source, found.raw) == ("2021-02-03", "url", "2021/02/03")
    found = resolve_publication_date(candidates[:1], REFERENCE)
    assert (found.iso, found.source, found.raw) == ("2020-01-01", "body", "1/1/2020")


def test_a_date_after_the_crawl_is_rejected():
    found = resolve_publication_date([("metadata", "2030-01-01T00:00:00+07:00"), ("stamp", "Ngày 3/3/2024")], REFERENCE)
    assert found.source == "stamp"


def test_vietnamese_display():
    assert format_vietnamese("2024-05-16T08:30:00+00:00") == "Thứ Năm, 16/05/2024 15:30"
    assert format_vietnamese("2023-07-09") == "Chủ Nhật, 09/07/2023"
    assert format_vietnamese(None) == ""


def test_a_metadata_day_without_its_time_takes_the_time_its_stamp_prints_that_day():
    # NukeViet writes article:published_time as date('Y-m-dTH:i:s'): "2024-05-16+0715:10:00".
    found = resolve_publication_date(
        [("metadata", "2024-05-16+0715:10:00"), ("stamp", "Thứ tư - 16/05/2024 15:10")], REFERENCE
    )
    assert (found.iso, found.source) == ("2024-05-16T15:10:00+07:00", "stamp")
    # A stamp of another day says nothing of the metadata day's time.
    found = resolve_publication_date([("metadata", "2024-05-16"), ("stamp", "17/05/2024 15:10")], REFERENCE)
    assert (found.iso, found.source) == ("2024-05-16", "metadata")


def test_a_chinese_or_japanese_stamp_gives_its_day_and_time():
    assert normalize_date("2024年10月14日 16:20　来源：中华时讯网").isoformat() == "2024-10-14T16:20:00+07:00"
    found = resolve_publication_date([("metadata", "2024-05-14"), ("stamp", "2024年5月14日 16:20")], REFERENCE)
    assert (found.iso, found.source) == ("2024-05-14T16:20:00+07:00", "stamp")
    assert normalize_date("日本の3月に") is None


def test_a_writers_name_after_a_relative_stamp_does_not_make_it_before_another_moment():
    # "Trần" and "Lê" fold like "trận" and "lễ": the stamp still counts back from the reading
    for stamp in ("2 giờ trước Trần Minh", "2 giờ trước Lê Hoa"):
        assert normalize_date(stamp, REFERENCE) == REFERENCE.replace(second=0, microsecond=0) - timedelta(hours=2)


@pytest.mark.parametrize(
    "text, reference, expected",
    [
        ("một tiếng rưỡi trước", datetime(2024, 4, 30, 8, 0, tzinfo=VN_TZ), "2024-04-30T06:30:00+07:00"),
        ("3h trước", datetime(2024, 10, 20, 2, 10, tzinfo=VN_TZ), "2024-10-19T23:10:00+07:00"),  # shorthand
        ("5p trước", datetime(2024, 10, 20, 2, 10, tzinfo=VN_TZ), "2024-10-20T02:05:00+07:00"),
        ("0h15 đêm qua", datetime(2024, 3, 5, 8, 0, tzinfo=VN_TZ), "2024-03-05T00:15:00+07:00"),  # past midnight
        ("11 giờ đêm qua", datetime(2024, 3, 5, 8, 0, tzinfo=VN_TZ), "2024-03-04T23:00:00+07:00"),
        ("Thứ Sáu vừa qua", datetime(2024, 3, 6, 9, 0, tzinfo=VN_TZ), "2024-03-01"),  # read on a Wednesday
        # a weekday of the week before the reading's (its name's number no amount: not two weeks back)
        ("Thứ Hai tuần trước", datetime(2024, 3, 6, 9, 0, tzinfo=VN_TZ), "2024-02-26"),
        ("Chủ nhật tuần qua", datetime(2024, 3, 6, 9, 0, tzinfo=VN_TZ), "2024-03-03"),
        ("12 giờ đêm qua", datetime(2024, 3, 6, 9, 0, tzinfo=VN_TZ), "2024-03-06T00:00:00+07:00"),  # midnight
        ("sáng sớm nay", datetime(2024, 3, 6, 9, 0, tzinfo=VN_TZ), "2024-03-06"),
        (
            "1 ngày trước, 08:00",
            datetime(2024, 3, 6, 9, 0, tzinfo=VN_TZ),
            "2024-03-05T08:00:00+07:00",
        ),  # then its clock
        ("Vừa cập nhật", datetime(2024, 3, 6, 9, 0, tzinfo=VN_TZ), "2024-03-06T09:00:00+07:00"),
        ("Mới đăng", datetime(2024, 3, 6, 9, 0, tzinfo=VN_TZ), "2024-03-06T09:00:00+07:00"),
        # a clock time alone in other shapes: "lúc 0h30", with its half of the day
        ("lúc 0h30", datetime(2024, 3, 6, 9, 0, tzinfo=VN_TZ), "2024-03-06T00:30:00+07:00"),
        ("12:05 SA", datetime(2024, 3, 6, 9, 0, tzinfo=VN_TZ), "2024-03-06T00:05:00+07:00"),
        ("11:45 PM", datetime(2024, 3, 6, 9, 0, tzinfo=VN_TZ), "2024-03-05T23:45:00+07:00"),
        # an English feed's shorthand before "ago"
        ("5m ago", datetime(2024, 3, 6, 9, 0, tzinfo=VN_TZ), "2024-03-06T08:55:00+07:00"),
        ("3d ago", datetime(2024, 3, 6, 9, 0, tzinfo=VN_TZ), "2024-03-03"),
        # a listing's stamp of a day and month or a clock time alone: the latest such moment
        ("25/12", datetime(2025, 1, 5, 9, 0, tzinfo=VN_TZ), "2024-12-25"),
        ("09:12 - 28/12", datetime(2025, 1, 2, 9, 0, tzinfo=VN_TZ), "2024-12-28T09:12:00+07:00"),
        ("31/12 lúc 23:59", datetime(2025, 1, 1, 0, 5, tzinfo=VN_TZ), "2024-12-31T23:59:00+07:00"),
        ("14:05", datetime(2024, 3, 4, 16, 0, tzinfo=VN_TZ), "2024-03-04T14:05:00+07:00"),
        ("23:40", datetime(2024, 3, 4, 8, 0, tzinfo=VN_TZ), "2024-03-03T23:40:00+07:00"),
        ("ngày 12 tháng 9 năm 2024", datetime(2024, 6, 1, 12, 0, tzinfo=VN_TZ), "2024-09-12"),  # alone, as printed
        ("28 tháng Mười Hai", datetime(2024, 1, 3, 9, 0, tzinfo=VN_TZ), "2023-12-28"),  # "tháng", no "ngày"
        ("5 tháng 3", datetime(2024, 3, 6, 9, 0, tzinfo=VN_TZ), "2024-03-05"),
        ("28 tháng 11 lúc 14:05", datetime(2024, 1, 10, 8, 0, tzinfo=VN_TZ), "2023-11-28T14:05:00+07:00"),
        ("Tháng Mười Hai 30", datetime(2024, 1, 2, 9, 0, tzinfo=VN_TZ), "2023-12-30"),  # WordPress's "F j"
        ("Hôm qua, lúc 14:30", datetime(2024, 9, 8, 7, 0, tzinfo=VN_TZ), "2024-09-07T14:30:00+07:00"),
        ("Hôm qua (7/9), lúc 14:30", datetime(2024, 9, 8, 7, 0, tzinfo=VN_TZ), "2024-09-07T14:30:00+07:00"),
        # a clock time in words, its minutes alone after "giờ": "8 giờ 5 phút"
        ("9 giờ 15 phút sáng hôm qua", datetime(2024, 10, 8, 13, 0, tzinfo=VN_TZ), "2024-10-07T09:15:00+07:00"),
        (
            "Xuất bản: 8 giờ 5 phút, ngày 20/11/2024",
            datetime(2024, 11, 20, 12, 0, tzinfo=VN_TZ),
            "2024-11-20T08:05:00+07:00",
        ),
        # an event's day without its hour is most often the day the news was written
        ("Hội nghị diễn ra ngày 5/3/2024", datetime(2024, 3, 6, 9, 0, tzinfo=VN_TZ), "2024-03-05"),
        # a listing's words after a relative stamp
        ("2 giờ trước bởi Admin", datetime(2024, 3, 6, 9, 0, tzinfo=VN_TZ), "2024-03-06T07:00:00+07:00"),
        # a plan's words in another clause than the day's: a dateline
        (
            "Sáng 5/3, ông Lê Văn Hải cho biết tỉnh sẽ mở thêm hai tuyến xe buýt",
            datetime(2024, 3, 6, 9, 0, tzinfo=VN_TZ),
            "2024-03-05",
        ),
    ],
)
def test_a_listings_stamps_read_against_the_moment_of_reading(text, reference, expected):
    assert iso(normalize_date(text, reference)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hạn nộp hồ sơ: 17h00 ngày 20/5/2024",  # a deadline, its time before its day
        "Dự kiến công trình khởi công ngày 2/9/2024",  # a day to come in a sentence: a plan
        "Từ 1/7/2024, lương cơ sở tăng lên 2,34 triệu đồng",
        "Kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (7/5/1954 - 7/5/2024)",  # a span of years
        "Giỗ Tổ Hùng Vương mùng 10 tháng 3",  # a day the moon reckons
        "Anh vừa xong ca trực đêm tại bệnh viện",  # just finished, in a sentence
        "Công trình dự kiến khởi công ngày 20/4",  # a plan, though its day has passed
        "Ngày 30/4 sẽ được nghỉ bù",
        "Hội chợ diễn ra từ 10/3 đến 15/3",  # a period's ends
        "Hội nghị diễn ra từ ngày 5 đến 7/3",  # ... the first a day alone
        "cách đây 5 m",  # five metres away
        "tháng Hai năm trước",  # a month's name, no amount
        "Từ ngày 2/5/2024 đến ngày 5/5/2024, tỉnh tổ chức tuần văn hóa",
        "Lịch thi đấu: 20h00 ngày 15/4",  # a schedule
        "Hà Nội - hôm qua và hôm nay",  # two days named: a title's figure
        "Ca khúc “Hôm qua em tới trường” được dàn dựng lại",  # a day in quotation marks: a title's word
        'Phim "3 ngày trước" ra rạp',
        "Khai mạc lúc 20h ngày 15/8",  # an event's hour
        "Trận đấu diễn ra vào 19h00 tối ngày 20/3/2024",
        "3 ngày trước kỳ thi tốt nghiệp THPT",  # before another moment, not before the reading
        "Giảm 50% từ 1/7",  # the day something starts from
        "Kể từ ngày 1/3/2024, phí trông giữ xe được giảm",
        "Nghị quyết 57-NQ/TW ngày 22/12/2023",  # a cited document's date
        "Quyết định 1234/QĐ-UBND ký lúc 16 giờ ngày 4/12/2023",
        "Thực hiện Nghị định số 12/2024/NĐ-CP, ngày 5/2/2024 của Chính phủ",
        "Cách đây 79 năm, ngày 2/9/1945",  # a day named by its distance in years: an anniversary's story
        "50 năm trước, ngày 30/4/1974, đơn vị được thành lập",
        "Giá vàng hôm nay 24/5",  # that day's headline, read months later
        "Tỷ giá USD hôm nay 10/5",  # ... or read that same day: a topic before "hôm nay" and its day
    ],
)
def test_days_that_are_no_stamp_in_a_sentence(text):
    assert normalize_date(text, datetime(2024, 5, 10, 9, 0, tzinfo=VN_TZ)) is None


def test_a_relative_time_opening_a_sentence_is_the_storys_time_not_the_pages():
    reference = datetime(2024, 3, 6, 10, 20, tzinfo=VN_TZ)
    assert normalize_date("Cách đây 50 năm, quân và dân ta giải phóng hoàn toàn miền Nam", reference) is None
    assert normalize_date("Hôm qua, Thủ tướng chủ trì cuộc họp về phòng chống bão", reference) is None
    # a listing's stamp with its section and comment count is still read
    assert normalize_date("Cập nhật 2 giờ trước | Thời sự | 3 bình luận", reference) == datetime(
        2024, 3, 6, 8, 20, tzinfo=VN_TZ
    )


def test_a_time_of_day_after_the_reading_is_something_to_come():
    afternoon = datetime(2024, 5, 10, 15, 0, tzinfo=VN_TZ)
    assert normalize_date("Trực tiếp lúc 19h30 tối nay", afternoon) is None
    assert normalize_date("Trực tiếp lúc 19h30 tối nay", afternoon.replace(hour=21)) == datetime(
        2024, 5, 10, 19, 30, tzinfo=VN_TZ
    )
    # the site's clock may run a little ahead of the crawler's
    assert iso(normalize_date("Cập nhật 15:40 hôm nay", afternoon)) == "2024-05-10T15:40:00+07:00"
    # read against a day alone, any time of that day may be the page's
    assert iso(normalize_date("20h tối nay", date(2024, 5, 10))) == "2024-05-10T20:00:00+07:00"
    # a day alone may lie a little ahead (time zones): a listing's "12/5" read late on 10 May
    assert normalize_date("12/5/2024", afternoon) == date(2024, 5, 12)
