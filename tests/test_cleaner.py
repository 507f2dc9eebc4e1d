"""The text cleaner's decisions, one rule at a time."""

import lxml.html
import pytest

from crawler.extraction.cleaner import Block, clean, line_rule, parse_byline

P = lxml.html.fragment_fromstring("<p>x</p>")


def blocks(*texts):
    return [Block(t, P) for t in texts]


@pytest.mark.parametrize(
    "line, author",
    [
        ("Tin, ảnh: Minh Khôi", "Minh Khôi"),
        ("Tin và ảnh: Trần Hải Yến", "Trần Hải Yến"),
        ("HOÀNG LONG", "HOÀNG LONG"),
        ("Phương Nga", "Phương Nga"),
        ("Nguyễn Văn Quý - Ban Tuyên giáo Đảng ủy Khối", "Nguyễn Văn Quý"),
        ("Minh Tâm (Trung tâm Văn hóa - Thể thao và Truyền thanh)", "Minh Tâm"),
        ("Thu Hà/Đài PT-TH", "Thu Hà"),
        ("Quang cảnh hội nghị.", None),
        ("Hội nghị đã thành công tốt đẹp.", None),
    ],
)
def test_bylines(line, author):
    assert parse_byline(line) == author


@pytest.mark.parametrize(
    "line, rule",
    [
        ("IMG_8864.JPG", "image file name"),
        ("fb yt zl tw", "widget"),
        ("In bài | Gửi email | Chia sẻ", "widget"),
        ("Cỡ chữ: A- A A+", "widget"),
        ("Số lượt truy cập: 1.234.567 | Đang online: 12", "view counter"),
        ("Module_12345", "module id"),
        ("Ý kiến của bạn sẽ được biên tập trước khi đăng. Vui lòng gõ tiếng Việt có dấu", "comment rules"),
        ("Nhiệt liệt chào mừng Đại hội Đảng bộ tỉnh lần thứ XX", "slogan"),
        ("Chịu trách nhiệm chính: Nguyễn Văn An", "licence footer"),
        ("Theo dõi chúng tôi trên Zalo", "google news"),
        ("QR CODE: Một tiêu đề bất kỳ", "qr code"),
        ("Mã QR Code truy cập vào Fanpage Cổng tin tức", "qr code"),
        ("Lượt xem: 1234", "view counter"),
        ("Chi tiết bài viết Chi tiết bài viết", "portlet title"),
        ("null", "cms null"),
    ],
)
def test_boilerplate_lines(line, rule):
    assert line_rule(line) == rule


@pytest.mark.parametrize(
    "prose",
    [
        "Nhiều tin khác về hoạt động của chi bộ được đăng tải trên trang.",
        "Bài viết đạt hơn 5.000 lượt xem chỉ sau một ngày.",
        "Ngày 18/11/2022, Ban Thường vụ tổ chức hội nghị.",
        "Các ý kiến đóng góp của đảng viên sẽ được tổng hợp, biên tập thành báo cáo.",
        "Anh em công nhân chia sẻ kinh nghiệm sản xuất với nhau.",
        "Địa chỉ đỏ của phong trào thi đua là xã An Bình.",
    ],
)
def test_prose_that_mentions_boilerplate_words_stays(prose):
    assert prose in clean(blocks("Đoạn mở đầu.", prose, "Đoạn cuối cùng của bài.")).paragraphs


def test_end_matter_goes_from_its_header_on():
    result = clean(blocks("Đoạn một.", "Đoạn hai.", "Tin khác", "Một tin (12/3/2022)", "Tin nữa"))
    assert result.paragraphs == ["Đoạn một.", "Đoạn hai."]


def test_title_repeated_and_stamp_are_removed_and_byline_taken():
    result = clean(
        blocks("null Tiêu đề", "Thứ 5, Ngày 24 / 11 / 2022", "Tiêu đề", "Nội dung bài.", "Hoàng Tùng"), title="Tiêu đề"
    )
    assert result.paragraphs == ["Nội dung bài."]
    assert result.author == "Hoàng Tùng"
