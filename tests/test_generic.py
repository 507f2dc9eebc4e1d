"""The generic layer on page shapes met on real news sites, written here in their
shape (not copied): where the body is, what belongs to it."""

import json

import lxml.html
import pytest

from crawler.extraction import live_tickers
from crawler.extraction.page import extract_article

PARAGRAPHS = [
    "Sáng 12/10, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị sơ kết công tác xây dựng Đảng quý III, "
    "triển khai nhiệm vụ quý IV năm 2024 với sự tham dự của các đồng chí trong Ban Thường vụ.",
    "Trong quý III, Ban Thường vụ Đảng ủy Khối đã lãnh đạo, chỉ đạo các tổ chức cơ sở đảng thực hiện tốt nhiệm "
    "vụ chính trị, tập trung chuẩn bị đại hội chi bộ nhiệm kỳ 2025 - 2027, kết nạp 46 đảng viên mới.",
    "Phát biểu kết luận hội nghị, đồng chí Bí thư Đảng ủy Khối đề nghị các cấp ủy tiếp tục nâng cao chất "
    "lượng sinh hoạt chi bộ, gắn công tác xây dựng Đảng với nhiệm vụ chuyên môn của từng cơ quan, đơn vị.",
]


def page(body: str, aside: str = "") -> str:
    related = "".join(
        f'<li><a href="/tin-{n}.html">Tin khác số {n} về hoạt động của các chi bộ trong khối</a></li>' for n in range(8)
    )
    return (
        "<html><head><title>Hội nghị sơ kết quý III</title></head><body>"
        '<div class="menu"><a href="/">Trang chủ</a> <a href="/tin-tuc">Tin tức</a></div>'
        f'<div class="main"><h1>Hội nghị sơ kết quý III</h1>{body}</div>'
        f'<div class="sidebar"><ul>{related}</ul>{aside}</div></body></html>'
    )


def body_of(html: str) -> str | None:
    return extract_article(html, "https://example.vn/a.html").body


def with_paragraphs(snippet: str, at: int) -> str:
    """A page whose body is PARAGRAPHS with `snippet` standing after the first `at`."""
    paragraphs = [f"<p>{p}</p>" for p in PARAGRAPHS]
    return page(f'<div class="content">{"".join(paragraphs[:at])}{snippet}{"".join(paragraphs[at:])}</div>')


def test_a_lead_in_its_own_box_beside_the_paragraphs_is_in_the_body():
    # Blogger and others put the first paragraph in a <div> and the rest in another
    # box inside the element named as the post's body.
    html = page(
        f'<div class="post-body"><div style="text-align: justify;"><span>{PARAGRAPHS[0]}</span></div>'
        f'<div class="reader">{"".join(f"<div><span>{p}</span></div>" for p in PARAGRAPHS[1:])}</div></div>'
    )
    assert body_of(html) == "\n\n".join(PARAGRAPHS)


def test_a_box_of_paragraphs_holding_a_figure_is_not_a_figure():
    figure = '<figure class="wp-caption"><img src="/a.jpg"><figcaption>Quang cảnh hội nghị.</figcaption></figure>'
    html = page(
        f'<div class="entry-content"><div><p>{PARAGRAPHS[0]}</p>{figure}<p>{PARAGRAPHS[1]}</p></div>'
        f"<p>{PARAGRAPHS[2]}</p></div>"
    )
    found = extract_article(html, "https://example.vn/a.html")
    assert found.body == "\n\n".join(PARAGRAPHS)
    assert found.images == [{"src": "https://example.vn/a.jpg", "caption": "Quang cảnh hội nghị.", "position": 0}]


def test_other_items_each_with_its_date_line_are_not_the_article():
    items = "".join(
        f"<p>Tiêu đề một tin khác số {n} của chuyên mục</p><p>11/20/2019 0{n}:14 PM</p>" for n in range(1, 3)
    )
    html = with_paragraphs(items, 3)
    assert body_of(html) == "\n\n".join(PARAGRAPHS)


def test_promoted_links_inside_the_article_go_and_the_article_goes_on():
    promo = '<p><strong>Read more:</strong></p><p><a href="/x.html">Một bài khác được giới thiệu</a></p>'
    html = with_paragraphs(promo, 1)
    assert body_of(html) == "\n\n".join(PARAGRAPHS)


def test_a_related_header_with_links_then_prose_is_an_inline_list():
    inline = (
        "<p>Tin liên quan</p>"
        '<p><a href="/x.html">Một tin liên quan</a></p><p><a href="/y.html">Tin liên quan khác</a></p>'
    )
    html = page(
        f'<div class="content"><p>{PARAGRAPHS[0]}</p>{inline}<p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p></div>'
    )
    assert body_of(html) == "\n\n".join(PARAGRAPHS)
    # with no prose after the links, the header opens the end matter
    html = with_paragraphs(inline, 3)
    assert body_of(html) == "\n\n".join(PARAGRAPHS)
    # ... and the article goes on after a box under its own header when a data table follows it
    box = (
        '<section class="story-context"><div class="story-context-label">Mehr zum Thema</div>'
        '<a href="/story/3000000241107/stadtbahn"><span>Öffis</span> <span>Warum die Brücken zum Problem werden</span>'
        "</a></section>"
    )
    rows = "".join(
        f"<tr><td>Hietzing – Hütteldorf</td><td>Bus E{n}</td><td>{n} Minuten</td></tr>" for n in (4, 5, 6, 7)
    )
    html = with_paragraphs(f"{box}<table>{rows}</table>", 1)
    assert body_of(html).split("\n\n") == [
        PARAGRAPHS[0],
        *(f"Hietzing – Hütteldorf Bus E{n} {n} Minuten" for n in (4, 5, 6, 7)),
        *PARAGRAPHS[1:],
    ]


def test_teaser_cards_inside_the_body_container_are_not_the_article():
    cards = "".join(
        f'<div class="card"><a href="/tin-{n}.html"><img src="/thumb-{n}.jpg"></a>'
        f'<h3><a href="/tin-{n}.html">Tiêu đề bài giới thiệu số {n}</a></h3>'
        f"<p>Mô tả ngắn của bài giới thiệu số {n}, một câu dẫn người đọc sang trang khác.</p></div>"
        for n in range(1, 3)
    )
    html = page(f'<div class="content"><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>{cards}<p>{PARAGRAPHS[2]}</p></div>')
    assert body_of(html) == "\n\n".join(PARAGRAPHS)


def test_a_paragraph_that_opens_with_a_link_is_prose():
    linked = (
        '<p><a href="/nghi-quyet.html">Nghị quyết số 12</a> được ban hành sau khi các cấp ủy góp ý kiến rộng rãi.</p>'
    )
    body = f"<p>{PARAGRAPHS[0]}</p>{linked}<p>{PARAGRAPHS[1]}</p>{linked}<p>{PARAGRAPHS[2]}</p>"
    found = extract_article(page(f'<div class="content">{body}</div>'), "https://example.vn/a.html")
    assert found.body.count("Nghị quyết số 12 được ban hành") == 2


def test_the_writer_printed_in_the_text_names_the_article_over_the_desk_that_posted_it():
    def html(end: str) -> str:
        return (
            "<html><head><title>Ra mắt tổ phụ nữ liên kết</title></head><body><article><h1>Ra mắt tổ phụ nữ liên kết</h1>"
            '<div class="entry-meta"><span class="posted-on">Đăng vào <time datetime="2024-10-18T09:12:44+07:00">'
            '18/10/2024</time></span> <span class="byline">bởi <span class="author vcard"><a href="/author/bbt-hoi/">'
            'BBT Hội</a></span></span></div><div class="entry-content">'
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
            + f"{end}</div></article></body></html>"
        )

    writer = '<p style="text-align: right;"><strong>Tin, ảnh: Thu Huyền</strong></p>'
    assert extract_article(html(writer), "https://example.vn/a/").author == "Thu Huyền"
    # where the text names nobody, the desk is the byline
    assert extract_article(html(""), "https://example.vn/a/").author == "BBT Hội"


@pytest.mark.parametrize(
    "sapo, text",
    [
        # a two-line deck reads with a space at its line break, not glued
        (
            '<h4 class="subheading">Giá giảm 31% so với năm trước<br>Sản lượng tăng, tỉnh tính phương án thu mua</h4>',
            "Giá giảm 31% so với năm trước Sản lượng tăng, tỉnh tính phương án thu mua",
        ),
        # a label in a block of its own above the sapo's text is not its text
        (
            '<div class="brief-desc"><div class="brief-head">सार</div><div class="brief-text"><p>लगातार तीसरे दिन हुई'
            " बारिश के कारण गोमती का जलस्तर तेजी से बढ़ा है।</p></div></div>",
            "लगातार तीसरे दिन हुई बारिश के कारण गोमती का जलस्तर तेजी से बढ़ा है।",
        ),
    ],
)
def test_the_sapos_text_as_a_reader_reads_it(sapo, text):
    html = page(f'{sapo}<div class="content">{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}</div>')
    assert extract_article(html, "https://example.vn/a.html").summary == text


def test_a_plug_set_in_bold_under_the_headline_is_no_sapo():
    plug = "PAY ATTENTION: Join KUZO.co.ke's WhatsApp channel and never miss important news updates!"
    for bold in (f'<p class="c-article__pay-attention"><strong>{plug}</strong></p>', f"<p><b>{plug}</b></p>"):
        html = page(f'<div class="content">{bold}{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}</div>')
        found = extract_article(html, "https://example.vn/a.html")
        assert (found.summary, found.body) == (None, "\n\n".join(PARAGRAPHS))


def test_the_title_of_the_lead_video_is_no_sapo():
    lead = (
        '<div class="lead-art-wrapper"><div class="powa" data-uuid="aa64" data-autoplay="true"><img src="/p.jpg" alt="">'
        '</div><div class="lead-art-wrapper__title">Omaha council approves lead pipe replacement plan</div></div>'
    )
    html = page(f'{lead}<div class="content">{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}</div>')
    assert extract_article(html, "https://example.vn/a.html").summary is None


def test_a_script_inside_the_sapo_is_not_its_text():
    sapo = '<div class="ArticlePage-lead"><script>!function(n){window.cnx={}}(document);</script>Lời dẫn của bài viết này.</div>'
    html = page(f'{sapo}<div class="content">{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}</div>')
    assert extract_article(html, "https://example.vn/a.html").summary == "Lời dẫn của bài viết này."


def test_a_headline_that_title_rewords_is_the_headline_not_a_videos_title_under_it():
    headline = "Đảng ủy Khối các cơ quan tỉnh kết nạp 46 đảng viên mới trong quý III năm 2024"
    title = "Đảng ủy Khối các cơ quan tỉnh kết nạp 46 đảng viên mới trong quý III - Báo Sông Lam"
    video = '<div class="video-lead"><p class="video-lead__title">Lễ kết nạp đảng viên tại chi bộ Sở Tư pháp</p></div>'
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = f"<html><head><title>{title}</title></head><body><article><h1>{headline}</h1>{video}{body}</article></body></html>"
    assert extract_article(html, "https://example.vn/a.html").title == headline


def test_a_headline_with_a_dash_in_it_is_read_whole():
    title = "Chi bộ tổ chức đại hội nhiệm kỳ 2025 - 2027 rút kinh nghiệm cho toàn Đảng bộ Khối"
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = f"<html><head><title>{title}</title></head><body><article><p>{title}</p>{body}</article></body></html>"
    assert extract_article(html, "https://example.vn/a.html").title == title
    # "Headline - Site" in <title>, the site's name not printed as such: the headline part
    html = html.replace(f"<title>{title}</title>", f"<title>{title} - Cổng thông tin Đảng ủy Khối</title>")
    assert extract_article(html, "https://example.vn/a.html").title == title


@pytest.mark.parametrize(
    "caption",
    [
        '<span class="itemImageCaption">Quang cảnh hội nghị sơ kết quý III.</span>',
        '<div class="news-detail__picture-desc">Quang cảnh hội nghị sơ kết quý III.</div>',
    ],
)
def test_a_captioned_picture_between_the_headline_and_the_body_is_the_articles(caption):
    lead_picture = f'<div class="itemImageBlock"><a href="/full.jpg"><img src="/lead.jpg"></a>{caption}</div>'
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = page(f'{lead_picture}<div class="itemFullText">{body}</div>')
    found = extract_article(html, "https://example.vn/a.html")
    assert found.images[0] == {
        "src": "https://example.vn/lead.jpg",
        "caption": "Quang cảnh hội nghị sơ kết quý III.",
        "position": 0,
    }
    assert found.body == "\n\n".join(PARAGRAPHS)


def test_a_caption_whose_picture_is_loaded_by_script_is_not_prose():
    lazy = (
        '<div class="InlineImage-imageEmbed"><div class="lazyload-placeholder"></div>'
        '<div class="InlineImage-imageEmbedCaption">Quang cảnh hội nghị sơ kết quý III tại hội trường.</div></div>'
    )
    html = with_paragraphs(lazy, 1)
    assert body_of(html) == "\n\n".join(PARAGRAPHS)


def test_a_short_article_beats_longer_teasers_outside_the_headlines_article_block():
    # A one-paragraph post inside <article> with its headline; outside it, "you may
    # also like" cards with long descriptions outscore it on prose alone.
    teasers = "".join(
        f'<div class="item"><h4><a href="/bai-{n}.html">Bài khác số {n}</a></h4><p>{PARAGRAPHS[n % 3]} '
        f"{PARAGRAPHS[(n + 1) % 3]}</p></div>"
        for n in range(5)
    )
    lead = " ".join(PARAGRAPHS)
    html = (
        "<html><head><title>Hội nghị sơ kết quý III… — Đảng bộ Khối</title></head><body>"
        '<div class="wrap"><article class="post type-post">'
        '<h1 class="entry-title">Hội nghị sơ kết quý III...</h1>'
        f"<p>{lead}</p></article>"
        f'<div class="box"><h3>Có thể bạn quan tâm</h3>{teasers}</div></div></body></html>'
    )
    found = extract_article(html, "https://example.vn/a.html")
    assert found.title == "Hội nghị sơ kết quý III..."
    assert found.body == lead


def test_lines_all_of_links_at_the_edges_of_the_article_go_and_a_linked_writer_stays_the_byline():
    share = '<div class="share"><a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">In bài</a></div>'
    tags = '<p><a href="/tag/dang-uy">Đảng ủy Khối</a>, <a href="/tag/hoi-nghi">Hội nghị</a></p>'
    writer = '<p><a href="/tac-gia/minh-kien">Minh Kiên</a></p>'
    html = page(
        f'<div class="content"><div>{share}</div>{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}{writer}{tags}</div>'
    )
    found = extract_article(html, "https://example.vn/a.html")
    assert found.body == "\n\n".join(PARAGRAPHS)
    assert found.author == "Minh Kiên"
    # other articles' headlines between the last paragraph and the writer's name, as VnExpress sets them
    others = (
        '<ul class="list-news"><li><a href="https://example.vn/metro-don-5-trieu-luot-khach-4871120.html">Metro đón'
        ' hơn 5 triệu lượt khách sau 10 tháng</a></li><li><a href="https://example.vn/de-xuat-10-tuyen-4889215.html">'
        "Hà Nội đề xuất làm thêm 10 tuyến đường sắt đô thị</a></li></ul>"
    )
    signed = '<p style="text-align:right;"><strong>Hoàng Lam Phương</strong></p>'
    html = page(f'<div class="content">{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}{others}{signed}</div>')
    found = extract_article(html, "https://example.vn/a.html")
    assert (found.body, found.author) == ("\n\n".join(PARAGRAPHS), "Hoàng Lam Phương")


def test_a_whole_list_of_two_linked_headlines_inside_the_text_is_another_articles_list():
    # VnExpress sets its related headlines as a bare list between two paragraphs
    others = (
        '<ul class="list-news"><li><a href="https://example.vn/san-bay-don-150-000-khach-4875901.html">Sân bay'
        ' dự kiến đón 150.000 khách mỗi ngày dịp lễ</a></li><li><a href="https://example.vn/gia-ve-tau-4871133.html">'
        "Giá vé tàu dịp nghỉ lễ giảm đến 40%</a></li></ul>"
    )
    html = page(
        f'<div class="content">{"".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2])}{others}<p>{PARAGRAPHS[2]}</p></div>'
    )
    assert body_of(html) == "\n\n".join(PARAGRAPHS)
    # linked sentences are the story so far, told under the text's own line
    story = [
        "Đầu năm, các doanh nghiệp vận tải đề nghị điều chỉnh giá vé do giá nhiên liệu tăng.",
        "Tháng 3, một số tuyến xe buýt tạm dừng hoạt động hai ngày do chậm thanh toán trợ giá.",
    ]
    so_far = "<ul>" + "".join(
        f'<li><a href="https://example.vn/tin-{n}-4870{n}00.html">{line}</a></li>' for n, line in enumerate(story)
    )
    html = page(f'<div class="content">{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}{so_far}</ul></div>')
    assert body_of(html) == "\n\n".join([*PARAGRAPHS, *story])


def test_a_paragraph_that_is_one_linked_sentence_is_prose():
    closing = '<p><a href="/bai-truoc.html">Xem toàn văn nghị quyết của Ban Chấp hành Đảng bộ Khối.</a></p>'
    html = with_paragraphs(closing, 3)
    body = body_of(html)
    assert body == "\n\n".join([*PARAGRAPHS, "Xem toàn văn nghị quyết của Ban Chấp hành Đảng bộ Khối."])


CAPTIONS = [
    "Tuyến kè chắn sóng dài 2,4 km hoàn thành đầu năm 2024 giúp hơn 300 hộ dân yên tâm sinh sống.",
    "Trạm y tế xã được xây mới với tổng vốn 12 tỷ đồng, có phòng lưu bệnh và máy siêu âm.",
    "Trường tiểu học của xã đạt chuẩn quốc gia mức độ 1 từ tháng 9/2023, các phòng học có ti vi thông minh.",
]


def picture(n: int, caption: str) -> str:
    return f'<table class="picture"><tr><td><img src="/anh-{n}.jpg"></td></tr><tr><td class="caption">{caption}</td></tr></table>'


def test_a_photo_storys_captions_are_its_body_too_each_where_its_picture_stands():
    short = "Sau 5 năm nỗ lực, xã đảo đã cán đích nông thôn mới nâng cao."
    pictures = "".join(picture(n, caption) for n, caption in enumerate(CAPTIONS))
    html = page(f'<div class="content"><p>{short}</p>{pictures}<p>Ảnh: Hoàng Hà</p></div>')
    found = extract_article(html, "https://example.vn/a.html")
    assert found.body == "\n\n".join([short, *CAPTIONS])
    assert [image["caption"] for image in found.images] == CAPTIONS


def test_a_photo_storys_intro_in_its_own_block_beside_the_figures_is_read_with_their_captions():
    intro = "Sau 5 năm nỗ lực, xã đảo đã cán đích nông thôn mới nâng cao, đời sống người dân đổi thay rõ rệt."
    figures = "".join(
        f'<figure><img src="/anh-{n}.jpg"><figcaption>{c}</figcaption></figure>' for n, c in enumerate(CAPTIONS)
    )
    html = page(f'<div class="story"><div class="story__intro"><p>{intro}</p></div>{figures}</div>')
    found = extract_article(html, "https://example.vn/a.html")
    assert (found.summary, found.body) == (intro, "\n\n".join(CAPTIONS))  # an intro in its own box is the lead
    # captions that say less than the intro are the pictures', not the story
    short = "".join(
        f'<figure><img src="/anh-{n}.jpg"><figcaption>Ảnh {n}: Hoàng Hà</figcaption></figure>' for n in range(3)
    )
    html = page(
        f'<div class="story"><div class="story__intro">{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}</div>{short}</div>'
    )
    assert body_of(html) == "\n\n".join(PARAGRAPHS)


THAI_CAPTIONS = [
    "ตั้งแต่ช่วงหัวค่ำ ประชาชนเริ่มทยอยเดินทางมาที่ท่าน้ำริมแม่น้ำ เพื่อรอลอยกระทงในคืนวันเพ็ญเดือนสิบสอง",
    "ร้านขายกระทงริมทางเปิดขายตั้งแต่บ่าย กระทงใบตองได้รับความนิยมมากที่สุด ราคาเริ่มต้นที่ใบละ 40 บาท",
    "เจ้าหน้าที่อาสาสมัครคอยดูแลความปลอดภัยบริเวณโป๊ะเรือ และจำกัดจำนวนคนที่ลงไปลอยกระทงครั้งละไม่เกิน 30 คน",
]


def test_a_thai_photo_storys_captions_count_their_words_unspaced():
    # Thai spaces its phrases, not its words: its captions tell the story as a spaced language's would
    intro = "ประชาชนหลายหมื่นคนร่วมลอยกระทงริมแม่น้ำในคืนวันเพ็ญ หลายจุดใช้กระทงวัสดุธรรมชาติเพื่อลดขยะ"
    figures = "".join(
        f'<figure><img src="/p{n}.jpg"><figcaption>{c}</figcaption></figure>' for n, c in enumerate(THAI_CAPTIONS)
    )
    html = page(f'<article><p class="lead-in">{intro}</p><div class="gallery">{figures}</div></article>')
    found = extract_article(html, "https://example.co.th/a")
    assert "\n\n".join(filter(None, (found.summary, found.body))) == "\n\n".join([intro, *THAI_CAPTIONS])


SLIDE_CAPTIONS = [
    "Trên tuyến đường ven biển, nước dâng cao gần nửa mét, nhiều xe máy chết máy, người dân phải dắt bộ qua đoạn ngập,"
    " lực lượng xung kích của xã dựng rào chắn, hướng dẫn phân luồng từ sáng sớm đến trưa.",
    "Tại chợ trung tâm, các tiểu thương kê cao hàng hóa, chuyển đồ lên gác, ban quản lý chợ huy động loa phát thanh,"
    " nhắc bà con ngắt điện ở các ki-ốt, không để hàng hóa ngoài mái che.",
    "Ở thôn Đông, đoàn viên thanh niên giúp các gia đình neo đơn chằng chống nhà cửa, di chuyển gia súc lên vùng cao,"
    " trạm y tế chuẩn bị cơ số thuốc, nước sạch cho các điểm tránh trú.",
]


def test_a_gallery_whose_captions_outweigh_the_paragraphs_beside_it_is_read_with_them():
    captions = [caption.replace(",", f" (khu {n + 1}),", 1) for n, caption in enumerate(SLIDE_CAPTIONS * 2)]
    slides = "".join(
        f'<figure><img src="/anh-{n}.jpg"><figcaption><p>{c}</p><span>Ảnh: Hoàng Hà</span></figcaption></figure>'
        for n, c in enumerate(captions)
    )
    paragraphs = [f"<p>{p}</p>" for p in PARAGRAPHS]
    html = page(
        f'<div class="article__content">{"".join(paragraphs[:2])}<div class="slides">{slides}</div>{paragraphs[2]}</div>'
    )
    assert body_of(html) == "\n\n".join(
        [*PARAGRAPHS[:2], *captions, PARAGRAPHS[2]]
    )  # the story, where its pictures stand
    # beside a label and a credit, the gallery is the story
    html = page(
        f'<div class="article__content"><p>Mời bạn đọc xem ảnh:</p><div class="slides">{slides}</div>'
        "<p>Ảnh: Hoàng Hà - Minh Đức</p></div>"
    )
    assert body_of(html) == "\n\n".join(captions)


def test_the_captions_of_an_article_told_in_its_paragraphs_stay_with_their_pictures():
    pictures = "".join(picture(n, caption) for n, caption in enumerate(CAPTIONS[:2]))
    html = page(
        f'<div class="content"><p>{PARAGRAPHS[0]}</p>{pictures}<p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p></div>'
    )
    found = extract_article(html, "https://example.vn/a.html")
    assert found.body == "\n\n".join(PARAGRAPHS)
    assert [image["caption"] for image in found.images] == CAPTIONS[:2]


def test_a_centred_paragraph_after_a_picture_is_prose_when_the_whole_article_is_centred():
    centred = [f'<p style="text-align: center;">{text}</p>' for text in PARAGRAPHS]
    centred.insert(1, '<p style="text-align: center;"><img src="/anh-1.jpg"></p>')
    html = page(f'<div class="content">{"".join(centred)}</div>')
    assert body_of(html) == "\n\n".join(PARAGRAPHS)


def test_a_standfirst_named_in_short_class_words_is_the_summary():
    sapo = "Hơn 300 đảng viên mới được kết nạp trong năm, vượt chỉ tiêu Đảng ủy Khối giao."
    for marks in (
        'p class="article__desc"',
        'h2 class="news-detail-spot"',
        'h2 class="b-subheadline"',
        'p class="perex"',
        'p class="td-post-sub-title"',
        'p class="atomsArticleLead"',
        'div class="news-detail__preview"',
        'p class="r-article--chapo"',
        'h2 class="v-a-sub-t"',  # a subtitle's short name in Spanish papers' templates
        'h2 class="a_st"',
        'p class="ArticleHeadstyled__TeaserText-sc-bw0lnhd-0 tVglae"',  # the lead's text, in a styled component
        'div data-gu-name="standfirst" class="dcr-ugskq5t"',  # the Guardian's component name, its class hashed
        'p class="article__subdeck"',
        'h2 class="sottotitolo"',  # the subtitle, named in the site's language
        'p class="linha-fina"',
        'h2 class="balazo"',
        'p class="Textstyled__Text-sc-1cqv9mi-0 ArticleHeadstyled__ArticleTeaser-sc-tdzyy5-10"',  # the head's teaser
    ):
        tag = marks.split()[0]
        html = page(f'<{marks}>{sapo}</{tag}><div class="content">{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}</div>')
        found = extract_article(html, "https://example.vn/a.html")
        assert (found.summary, found.body) == (sapo, "\n\n".join(PARAGRAPHS))


def test_a_teasers_lead_after_a_short_body_is_no_summary_of_the_article():
    short = [
        "Sáng 12/10, Đảng ủy Khối tổ chức hội nghị sơ kết công tác xây dựng Đảng quý III.",
        "Trong quý, các tổ chức cơ sở đảng kết nạp 46 đảng viên mới, vượt chỉ tiêu năm.",
        "Hội nghị đề ra năm nhiệm vụ trọng tâm cho quý IV và những tháng đầu năm 2025.",
    ]
    teaser = "Ban Tuyên giáo Đảng ủy Khối mở lớp bồi dưỡng lý luận chính trị cho đảng viên mới của các chi bộ."
    related = (
        '<section class="related-articles"><h2>Tin liên quan</h2><a href="/tin/lop-boi-duong-ly-luan-123.html">'
        f'<p class="related-ttl">Mở lớp bồi dưỡng lý luận chính trị</p><p class="related-lead">{teaser}</p></a></section>'
    )
    html = page(f'<div class="content">{"".join(f"<p>{p}</p>" for p in short)}</div>{related}')
    found = extract_article(html, "https://example.vn/a.html")
    assert (found.summary, found.body) == (None, "\n\n".join(short))


def test_a_teasers_description_inside_a_body_of_divs_is_no_summary():
    # the paragraphs are <div>s: the card's "…-desc" after them is no sapo
    blocks = "".join(f'<div class="article__block"><div class="article__text">{p}</div></div>' for p in PARAGRAPHS)
    card = (
        '<div class="article__block"><div class="article__article"><span class="article__article-desc">'
        '<span class="elem-info__date">15 tháng 2, 11:20</span>'
        '<a href="/20240215/tin-khac.html">Bộ Xây dựng công bố các đô thị sẽ có đường sắt đô thị</a></span></div></div>'
    )
    found = extract_article(page(f'<div class="article__body">{blocks}{card}</div>'), "https://example.vn/a.html")
    assert found.summary is None


def test_a_picture_linked_to_its_own_file_beside_its_caption_is_no_teaser_card():
    figure = (
        '<div class="photo"><a href="/uploads/hoi-nghi.jpg"><img src="/uploads/hoi-nghi.jpg"></a>'
        '<a href="/uploads/hoi-nghi.jpg">Quang cảnh hội nghị sơ kết công tác quý III</a></div>'
    )
    assert "Quang cảnh hội nghị sơ kết công tác quý III" in body_of(with_paragraphs(figure, 2))


@pytest.mark.parametrize("names", ['data-area="image_gallery"', 'class="gallery gallery--inline"'])
def test_a_gallerys_label_and_title_above_its_slides_go(names):
    slides = "".join(
        f'<figure><img src="/g{n}.jpg"><figcaption>{caption}</figcaption></figure>'
        for n, caption in enumerate(("Hồ bơi đóng cửa từ tháng Giêng", "Bể bơi được tháo cạn nước"))
    )
    gallery = (
        f'<div {names}><div>Ảnh</div><p>Những hồ bơi đóng cửa trong vùng</p><div class="slides">{slides}</div></div>'
    )
    body = body_of(with_paragraphs(gallery, 2))
    assert body == "\n\n".join(PARAGRAPHS)
    # a paragraph of text above the slides is no title
    text = PARAGRAPHS[1].replace("Trong quý III", "Trong tháng 9")
    assert text in body_of(with_paragraphs(f'<div {names}><p>{text}</p><div class="slides">{slides}</div></div>', 2))


def test_a_gallerys_slides_with_their_place_and_caption_in_table_rows():
    # each slide a table: its picture, its place ("2 de 3"), its caption named in the site's
    # language with the credit beside it; the short paragraph above is no dated list's item
    before = "Los trenes llegaron al país el año pasado y fueron ensamblados en los talleres de Renca."
    captions = ("El tren recorrió el tramo a baja velocidad.", "Técnicos revisan la señalización.")
    slides = "".join(
        f'<div class="galeria_slide"><table><tr><td><img src="/g{n}.jpg"></td></tr>'
        f'<tr><td class="galeria_contador">{n} de 2</td></tr><tr><td class="galeria_epigrafe">'
        f'<span>{caption}</span> <span class="galeria_credito">Foto: Metro</span></td></tr></table></div>'
        for n, caption in enumerate(captions, 1)
    )
    html = with_paragraphs(f'<div>{before}</div><div class="galeria_nota">{slides}</div>', 2)
    found = extract_article(html, "https://example.vn/a.html")
    assert found.body == "\n\n".join([*PARAGRAPHS[:2], before, PARAGRAPHS[2]])
    assert [image["caption"] for image in found.images] == list(captions)


def test_a_stanzas_lines_broken_by_br_stay_one_paragraph_line_by_line():
    stanzas = (
        ("Tháng Giêng về bên dòng Thạch Hãn", "Nước xanh trong soi bóng những con đò"),
        ("Thành cổ hôm nay cỏ non xanh mướt", "Tiếng trẻ thơ rộn rã khắp sân trường"),
    )
    poem = "<p>&nbsp;</p>".join(f"<p>{'<br />'.join(lines)}</p>" for lines in stanzas)
    body = body_of(page(f'<div class="bodytext"><p>{PARAGRAPHS[0]}</p>{poem}<p>{PARAGRAPHS[1]}</p></div>'))
    assert body.split("\n\n") == [PARAGRAPHS[0], *("\n".join(lines) for lines in stanzas), PARAGRAPHS[1]]
    # two breaks in a row start a paragraph
    body = body_of(page(f'<div class="bodytext"><p>{PARAGRAPHS[0]}<br><br>{PARAGRAPHS[1]}</p></div>'))
    assert body == "\n\n".join(PARAGRAPHS[:2])


def test_a_sapo_boxed_with_its_label_is_the_text_without_the_label():
    sapo = "Hơn 300 đảng viên mới được kết nạp trong năm, vượt chỉ tiêu Đảng ủy Khối giao."
    for box in (f'<div class="saar"><h2>Tóm tắt</h2><p>{sapo}</p></div>', f'<h2 class="art-sommario">{sapo}</h2>'):
        html = page(f'{box}<div class="content">{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}</div>')
        assert extract_article(html, "https://example.vn/a.html").summary == sapo


def test_a_pictures_credit_is_no_byline():
    credit = (
        '<figure class="photoModule"><img src="/a.jpg"><figcaption><p class="photoModule__captionText">'
        'Quang cảnh hội nghị.</p><p class="photoModule__credit">PHOTO ALAIN ROBERGE, ARCHIVES</p></figcaption></figure>'
    )
    byline = '<p class="author-name"><a href="/tac-gia/minh-tam">Minh Tâm</a></p>'
    html = page(f'{byline}<div class="content">{credit}{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}</div>')
    assert extract_article(html, "https://example.vn/a.html").author == "Minh Tâm"
    # ... nor a chart's source, anywhere in its <figure>, above the byline in the body
    chart = (
        '<figure class="Figure"><img src="/chart.png" alt="Bar chart"><div class="Figure-content">'
        '<div class="Figure-caption">Orders of heat pumps, 2019–2023.</div>'
        '<div class="Figure-credit">Source: Ferris Lane Advisors</div></div></figure>'
    )
    byline = '<div class="Page-authors">By <a href="/people/rachel">Rachel Okafor</a></div>'
    assert extract_article(article_with("", chart + byline), "https://example.vn/a.html").author == "Rachel Okafor"


def test_a_pictures_words_named_as_a_description_are_no_summary():
    sapo = "Hơn 300 đảng viên mới được kết nạp trong năm, vượt chỉ tiêu Đảng ủy Khối giao."
    figure = (
        '<figure class="main-image"><img src="/a.jpg"><figcaption><span class="main-image__desc">'
        "Quang cảnh hội nghị sơ kết công tác xây dựng Đảng quý III của Đảng ủy Khối.</span></figcaption></figure>"
    )
    html = page(
        f'{figure}<p class="lead">{sapo}</p><div class="content">{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}</div>'
    )
    assert extract_article(html, "https://example.vn/a.html").summary == sapo


def test_a_pull_quote_repeating_the_articles_words_goes_and_the_paragraph_holding_them_stays():
    quote = "“Trong quý III, Ban Thường vụ Đảng ủy Khối đã lãnh đạo các tổ chức cơ sở đảng...”"
    html = page(
        f'<div class="content"><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>'
        f'<blockquote class="pull-quote"><p>{quote}</p></blockquote><p>{PARAGRAPHS[2]}</p>'
        "<blockquote><p>“Đây là một câu trích dẫn riêng, không lặp lại lời của bài viết nào.”</p></blockquote></div>"
    )
    body = body_of(html)
    assert body == "\n\n".join([*PARAGRAPHS, "“Đây là một câu trích dẫn riêng, không lặp lại lời của bài viết nào.”"])


def test_a_price_board_inside_the_body_is_not_the_article():
    board = (
        '<div class="stock-widget"><span>Cập nhật lúc 10:45 ngày 22/11/2024</span><table><tr><th>Mã CK</th>'
        "<th>Khối lượng</th></tr><tr><td>HPS</td><td>31.240.500</td></tr></table></div>"
    )
    html = with_paragraphs(board, 3)
    assert body_of(html) == "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize(
    "embedded",
    [
        # VCCorp's related box, named only by its type attribute and "relate-" classes
        '<div class="VCSortableInPreviewMode" type="RelatedOneNews"><div class="relate-info">'
        '<a href="/b.chn">Người dân xếp hàng từ sớm chờ mua vàng miếng ở nhiều cửa hàng</a>'
        "<p>Cơn sốt vàng khiến nhiều cửa hàng tại Hà Nội rơi vào cảnh hết hàng, khách chờ nhiều giờ liền.</p></div></div>",
        # a gold price board in the article, with its unit line under the table
        '<div class="gold-widget"><table><tr><td>SJC</td><td>82.000</td><td>84.000</td></tr></table>'
        '<div class="gold-widget__foot">Đơn vị: nghìn đồng/lượng - Nguồn: tổng hợp các doanh nghiệp vàng</div></div>',
    ],
)
def test_an_embedded_related_box_or_gold_board_is_not_the_article(embedded):
    assert body_of(with_paragraphs(embedded, 2)) == "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize(
    "embedded",
    [
        # an invitation to a messenger channel, an icon before its link
        '<p>📲 <a href="https://zalo.me/channel/123">Theo dõi kênh Zalo của Báo để nhận tin nhanh nhất</a></p>',
        '<p><a href="https://news.google.com/publications/X">Follow us on Google News</a></p>',
        # an invitation whose link is the half of it that names the messenger
        '<p><a href="https://invite.viber.com/?g2=AQB">Theo dõi Báo trên kênh Viber</a>, để cập nhật tin nhanh nhất.</p>',
        # an embedded video's title and running time
        '<div class="video-box"><h3 class="video-title">Toàn cảnh lễ khởi công tuyến đường</h3><span class="video-duration">02:14</span></div>',
        # a teaser card: picture, headline and description in one link, under a label
        '<div class="box"><div>Đọc thêm</div><a href="/tin-tuc/hoi-nghi-tong-ket-12345.html"><img src="/t.jpg">'
        "<h3>Hội nghị tổng kết công tác Đảng năm 2024</h3><p>Mô tả ngắn của bài viết.</p></a></div>",
        # a banner linking to a messenger, with its invitation as a paragraph beside it
        '<div class="line-box"><a href="https://lin.ee/abc"><img src="/line.jpg"></a><p>Theo dõi tin tức qua LINE</p></div>',
        # a box holding a QR code to download the paper's app
        '<div class="appendQr_box"><div class="appendQr_txt">Tải ứng dụng đọc báo, quét mã</div><img src="/qr.png"></div>',
        # a ranking of the site's own pages under a labelled header, the article going on after it
        '<p><strong>VIDEO: xem nhiều nhất trong tuần qua</strong></p><p><a href="/v1.html">Một video khác</a></p>',
        # a messenger channel's box whose invitation is no link, its link beside it
        '<div class="bs-telegram-box"><p><strong>Sertai saluran Telegram kami untuk berita terkini dengan pantas.</strong></p>'
        '<p><a href="https://t.me/x">Klik di sini untuk menyertai</a></p></div>',
        # a page's like box, a recommended video, a paywall's offer over text the page still prints
        '<div class="componentsFacebookBox"><p>Dołącz do nas na Facebooku!</p><p>Publikujemy najciekawsze artykuły.</p></div>',
        '<div class="componentsVideoRecommended"><p>Polecane wideo</p><p>Wiosenne przymrozki na Podkarpaciu</p></div>',
        '<div class="paywall-notice"><p>Continue a ler com uma assinatura</p><p>Assine já por 1€ no primeiro mês.</p></div>',
        '<div class="video-embed-header"><span class="video-embed-brand">Gündem Postası Video</span></div>',
        # the writer's bio, a recommendation widget, a read-also box, an appeal and a player
        '<div class="author-bio"><p>Nguyễn Văn An là phóng viên thường trú của Báo tại khu vực Tây Nguyên.</p></div>',
        '<div class="OUTBRAIN" data-widget-id="AR_1"><p>Bạn có thể quan tâm đến những bài viết sau đây.</p></div>',
        '<div class="also-read"><p>Tỉnh ủy tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2024.</p></div>',
        '<div class="support-us"><p>Báo chí độc lập cần sự ủng hộ của bạn đọc. Hãy ủng hộ chúng tôi hôm nay.</p></div>',
        '<div class="podcast-embed"><p>Bản tin thời sự buổi sáng cùng các phóng viên của Đài tỉnh.</p></div>',
        # an ad one of whose names says so alone, and a box named only by its test id (hashed classes)
        '<div class="ad-container ad-inarticle"><p class="ad-text">विज्ञापन</p><div class="ad-slot"></div></div>',
        '<div class="css-4h1qk8" data-testid="ad-inarticle-1"><span class="css-66c555a">โฆษณา</span><div></div></div>',
        '<div class="css-1d8kcjq" data-test-id="newsletter-signup"><h3>Nyhetsbrevet Stockholm</h3>'
        "<p>Få de viktigaste lokala nyheterna i din inkorg varje vardagsmorgon.</p></div>",
        # a box calling for news tips, named by its test tag
        '<div class="kvb-css-syef6p1" data-test-tag="tip-block"><div>Vet du mer? Tipsa Kvällsbladet</div><div>Sms:a'
        " eller skicka mms till 72 200, eller mejla tips@kvallsbladet.se. Du kan vara anonym.</div></div>",
        # a members' appeal whatever its name, its button asking to become one
        '<div class="insider-prompt"><h4>Support journalism that keeps the taps honest</h4><p>Daily Meridian is free'
        ' to read because thousands of readers pay what they can.</p><a href="/insider/">Become an Insider</a></div>',
        '<div class="Viewweb__StyledView-sc-b0snvl-0 jKzRaT" data-qa-id="related-story"><a href="/news/ruas-2xY6aQ">'
        "<span>Daftar Lengkap 25 Ruas Jalan Ganjil-Genap Jakarta, Cek Sebelum Berangkat</span></a></div>",
        # a paragraph whose BEM modifier names it a promotion
        '<p class="body-paragraph body-paragraph--promo"><em>Have a news tip? Email the newsroom at '
        "desk@example.com.</em></p>",
        # the article's own footer, named for the article first; a podcast's module
        '<div class="ArticleFooter_authorBio__Fz1Ut"><p>Sandra Keller ist Redaktorin im Ressort Zürich.</p></div>',
        '<div class="audioModule"><p class="audioModule__title">Pourquoi le déneigement coûte-t-il si cher ?</p></div>',
        # headers of read-also lists in Portuguese (after an icon), Thai and traditional Chinese
        '<p><strong>📌 LEIA TAMBÉM</strong></p><ul><li><a href="/noticia/2025/02/11/chuva-campinas.ghtml">'
        "Chuva forte alaga ruas do centro de Campinas</a></li></ul>",
        '<p><strong>อ่านข่าวที่เกี่ยวข้อง</strong></p><ul><li><a href="/news/local/2810001">'
        "กทม. ประกาศมาตรการฝุ่นละอองระยะที่สอง</a></li></ul>",
        '<h3>延伸閱讀</h3><ul><li><a href="https://news.example.tw/story/7266/8520011">台中捷運藍線環評過關</a></li></ul>',
        # a reader poll with its question and count; a box teasing a live page with its latest entries
        '<div class="poll"><p class="poll__label">Umfrage</p><p class="poll__question">Halten Sie einen Mietendeckel für'
        ' sinnvoll?</p><p class="poll__count">1.482 Stimmen</p></div>',
        '<div class="dre-live-teaser"><h3 class="dre-live-teaser__title">Storm over Danmark: Følg udviklingen her</h3>'
        "<ol><li><time>09.31</time> <span>Politiet fraråder al unødvendig kørsel i Vestjylland</span></li></ol>"
        '<a href="/nyheder/live-storm">Gå til livebloggen</a></div>',
        # a paid placement, a box of more on the subject, a syndicated teaser
        '<div class="paid-content"><p>Khám phá ưu đãi du lịch mùa hè cùng các đối tác của chúng tôi.</p></div>',
        '<div class="more-on-this"><p>Những bài viết khác về hội nghị sơ kết quý III của các đảng bộ.</p></div>',
        '<div class="syndication-box"><p>Nội dung do đối tác cung cấp cho chuyên trang kinh tế.</p></div>',
        # the article's poll, named for the article first; a fan page's box named with an underscore
        '<div class="article-poll"><h3 class="article-poll__title">Anketa</h3><p class="article-poll__question">'
        'Souhlasíte s kácením stromů?</p><p class="article-poll__votes">Hlasovalo 1 243 lidí</p></div>',
        '<div class="fb_like boxTitle"><p class="fb_text">已經加入</p><a class="fb_btn" href="https://www.facebook.com/x">按讚加入</a></div>',
        # a supporters' appeal; a grid of teasers under its heading, with a link to all of them
        '<div class="supporter-box supporter-box--inline"><div class="supporter-box__heading">Readers like you keep'
        ' this news free.</div><div class="supporter-box__text">A mix of advertising and supporting contributions helps'
        " keep paywalls away from valuable information like this article. Over 6,000 readers like you have already"
        " stepped up to support us with a monthly payment or a once-off donation, and every contribution, however"
        ' small, keeps our reporters in the courts and councils.</div><a href="/support">Support us today</a></div>',
        '<section class="teaser-grid"><h2 class="teaser-grid__title">Mehr aus Graubünden</h2><ul><li><a href="/r-0">'
        'Neue Brücke in Chur</a></li></ul><a class="teaser-grid__more" href="/regional">Alle Beiträge aus Graubünden</a>'
        "</section>",
        '<a class="gallery-open" href="/galeria/2024/09/03/balaton/">Galéria megnyitása</a>',  # a gallery's opener
        # a poll's box still loading, a members' appeal named by its widget, a player's programme
        '<div id="polls-88-loading" class="wp-polls-loading"><img src="/loading.gif" alt="Cargando ...">&nbsp;Cargando ...</div>',
        '<div class="insider-widget" data-widget="membership-inline"><h4>Meridian Insider</h4><p>Independent journalism'
        ' needs you. Help us keep holding power to account.</p><a href="/insider">Become an Insider</a></div>',
        '<div class="player-info"><span class="player-program">Radiogiornale delle 12.30</span></div>',
        # a video's title named before the word video
        '<div class="box_embed_video"><span class="time-video">01:12</span></div>'
        '<p class="title_video">Ôtô chết máy hàng loạt trên phố Đà Nẵng</p>',
        # an ad named for the story it stands in ("story-ad"); a donation box named in Spanish
        '<ad-container class="story-ad story-ad--native"><div class="ad-label">Anzeige</div><a class="native-teaser"'
        ' href="https://ad.example.at/click?n=88" rel="sponsored"><span>E-Bike-Frühling: So finden Sie das passende Rad'
        "</span></a></ad-container>",
        '<div class="silbatazo-dona-box"><h4>El periodismo independiente necesita de ti</h4><p>Con tu aporte mantenemos'
        ' a nuestros corresponsales en las 24 entidades del país.</p><a href="/dona">Dona aquí</a></div>',
        # a player's controls beside its title and running time, its play button in Swedish
        '<div class="hyperion-css-19fw5yl"><button aria-label="Spela upp"></button><span class="hyperion-css-vr4t1s">'
        "1:12</span><span>Långa köer på E4 i natt</span></div>",
        # a box calling the readers who saw something ("Leser-Reporter")
        '<div class="ReaderReporter_box__8ywCu"><h3>Hast du etwas gesehen oder gehört?</h3><p>Schick uns deine Fotos'
        ' oder Hinweise über das Formular.</p><a href="/community/leser-reporter">Jetzt Hinweis senden</a></div>',
        # a readers' appeal named for the site's initials ("support-dm-box"); the Guardian's appeal, named as
        # the "epic" its container's kind says, its classes hashed; a copyright line named for the article
        '<div class="support-dm-box"><div class="support-dm-box__heading">Support Daily Mavrick</div><p>Our journalism'
        ' is funded by our readers.</p><a href="/insider">Become an Insider</a></div>',
        '<div data-container="epic" class="dcr-p63n2t"><div class="dcr-88kyey">The Guardsman is editorially independent.'
        '</div><div class="dcr-n4pohm">But we increasingly need our readers to fund our work.</div></div>',
        '<div class="c-article-copyright">Jebkādu DELFO publicēto materiālu izmantošana bez atļaujas ir aizliegta.</div>',
        # a summary a machine wrote, above or inside the body ("AI 요약")
        '<div class="ai-summary"><div class="ai-summary-head"><strong>AI 요약</strong></div><ul><li>중형 조선사 5곳의'
        " 수주잔량이 128척으로 3년 만에 최대를 기록했다.</li></ul></div>",
        # a live entry's contributor: a name beside a small portrait, the classes hashed
        '<div class="dcr-hs0iocy"><img src="/rhodri.png" alt="" width="36" height="36"><p class="dcr-3u8odob">Rhodri'
        " Pugh</p></div>",
        # ... or at the body's end with the time it was written, the two glued in one line
        '<div class="mt-10 flex"><img src="/andrea.jpg" alt="" width="48" height="48"><div class="flex flex-col">'
        '<span>Por <a href="/autor/andrea-xicara">Andrea Xicará</a></span><time datetime="2025-10-13T17:45">13 de'
        " octubre de 2025, 17:45 h</time></div></div>",
        # a partner's paid card between the entries of a live page
        '<div class="commercial-teaser"><span class="commercial-label">Kaupallinen yhteistyö</span><a href="https://'
        'example.fi/kaupallinen/a/aggregaatti-opas" rel="sponsored"><img src="/k.jpg" alt=""><span>Aggregaatti vai'
        " aurinkoakku? Asiantuntija kertoo, kumpi sopii mökille</span></a></div>",
        # ... or named for the news they send
        '<div class="article__send-news"><div class="send-news__title">Imate fotografije ali video neurja?</div>'
        '<div class="send-news__text">Javite se uredništvu prek obrazca.</div></div>',
        # a box asking readers for their pictures, named for the readers' tips
        '<div class="widget widget--reader_tip"><p class="reader_tip__title">Imate fotografije ili video nevremena?</p>'
        '<p class="reader_tip__text">Javite se redakciji, odgovaramo brzo.</p></div>',
        # a player named by its component, its title and running time under a poster
        '<div class="css-y14b00j" data-component="video"><img src="/v.webp" alt=""><button aria-label="เล่นวิดีโอ">'
        '</button><span>01:35</span><p class="css-9b4zgtf">ฝุ่นคลุมกรุงเทพฯ มองไม่เห็นตึกสูง</p></div>',
        # ... or by its island's script, a utility-class wrapper around it
        '<div class="my-8"><astro-island uid="Zq1" component-url="/_astro/VideoPlayer.Dq8x1mRT.js" ssr>'
        '<div class="relative aspect-video"><img src="/poster.jpg" alt=""><button aria-label="Reproducir video">'
        '</button><span class="absolute">01:24</span></div><p class="mt-2 text-sm">Así se ve la erupción desde'
        " Alotenango</p></astro-island></div>",
        # the article's offer: a subscription's benefits and price, named for the article
        '<div class="article-offer"><ul class="article-offer__benefits"><li>Unlimited access to all Premium stories</li>'
        '<li>Ad-free reading on the app</li></ul><div class="article-offer__plan"><p class="article-offer__price">$1 a week'
        ' for the first 12 weeks</p><p class="article-offer__terms">Then $7.99 per week. Cancel anytime.</p></div></div>',
        # a poster with its play button in Thai, its running time and title
        '<div class="css-kvtahz8"><div class="css-ix5ectp"><img src="/pm25.jpg" alt="" width="640"><button aria-label="เล่นวิดีโอ">'
        '</button><span class="css-mgyfwfe">01:35</span></div><div class="css-mgg8uav">ฝุ่นพิษคลุมกรุง ค่า PM2.5 พุ่งหลายเขต</div></div>',
        # a live blog's head inside the article: its badge, its title again, its last update, a refresh
        '<div class="live-blog__head"><span class="live-blog__badge">Trực tiếp</span><span class="live-blog__title">'
        'Tường thuật: Tình hình mưa lũ ở Quảng Ngãi</span><span class="live-blog__updated">Cập nhật lần cuối lúc 17:52'
        '</span><button type="button">Làm mới</button></div>',
        # Arc's Powa player with its label, title and running time
        '<div class="sc__video"><div class="powa-player" data-uuid="8a4f1c2e"><div class="powa-shot-title"><span'
        ' class="powa-label">Video</span><span class="powa-title">¿Cómo saber si habrá cortes de agua en tu colonia?'
        '</span><span class="powa-duration">01:48</span></div></div></div>',
        # a custom element named a player, its label and title beside it
        '<div class="article-block relative"><div class="my-6 aspect-video"><ekt-player data-src="/hls/koudouni.m3u8"'
        ' data-duration="154"></ekt-player></div><div class="flex"><span>ΒΙΝΤΕΟ</span><span>Πρώτο κουδούνι: Το ρεπορτάζ'
        " της ΕΚΤ από σχολεία της Αθήνας</span></div></div>",
        # a subscription's box in Chinese, its link a call to subscribe now
        '<div class="sc-MzTyNs"><div class="sc-QhRbvH">訂閱鑑週刊</div><div class="sc-SJzyHJ">月費、年費會員免費線上閱讀動態雜誌，'
        '暢讀所有會員專屬文章</div><a href="/subscribe">立即訂閱</a></div>',
        # a live entry's share button and its link to the entry's place in the page
        '<div class="sc-hHZfLS mSjdre"><button aria-label="Jaa päivitys"></button><a href="https://example.fi/a/123#entry-e9187">'
        "Linkki päivitykseen</a></div>",
        # another service's post waiting for the reader's consent, named by its data attribute
        '<div class="sc-qrOcNT" data-embed-provider="x"><div>Sisältöä ei voida näyttää</div><div>Tämä sisältö on'
        " X-palvelusta. Näet sen hyväksymällä sosiaalisen median evästeet.</div><button>Hyväksy evästeet</button></div>",
        # a subscription's box named in Faroese ("áskrift")
        '<div class="wp-block-group nb-askrift"><p class="nb-askrift__title"><strong>Stuðla lokalum journalistikki'
        '</strong></p><p class="nb-askrift__text">Blaðið kemur út hvønn hósdag. Tekna áskrift og fá blaðið inn um'
        " durarnar.</p></div>",
        # a readers' appeal in an old table layout, named in Spanish
        '<table class="apoyo"><tr><td class="tit_apoyo">APOYA EL PERIODISMO ZULIANO</td></tr><tr><td>Con tu aporte'
        ' mantenemos viva la información independiente.</td></tr><tr><td><a href="/apoyanos/">Quiero apoyar</a></td></tr>'
        "</table>",
        # a call to follow the site's channel, its kind named by the block's data attribute
        '<div class="sc-8d3f1b2e-0 bQhXyz" data-block="cta"><div class="sc-9b1e4c77-1">Únete al canal de WhatsApp de'
        ' M+</div><a href="https://whatsapp.com/channel/0029VaMmas">Unirme</a></div>',
        # an advertiser's words set as a text ad, its class holding "text"
        '<div class="pt-text-ad"><div class="pt-text-ad-inner"><span class="pt-text-ad-label">TEXT AD</span><p class='
        '"pt-text-ad-copy">Stop the heat! Get a 2.5HP inverter AC with free installation in Abuja. Call Tunde: +2348061234567'
        "</p></div></div>",
        # a player's poster with its play button, running time and title, whatever its classes
        '<div class="hyperion-css-19fw5yl"><div class="hyperion-css-1x9l0ow"><img src="/e4.jpg" alt="" width="980">'
        '<button aria-label="Spela upp"></button><span>1:12</span></div><div class="hyperion-css-ol1x2q"><span>Kvällsbladet'
        " TV</span><span>Se klippet: Långa köer på E4 i natt</span></div></div>",
        # a card that is one link, its kicker and headline in a box inside, to a slug of four words
        '<a href="/noticia/albergues-habilitados-escuintla-sacatepequez" class="group my-8 flex gap-4"><img'
        ' src="/thumb.jpg" alt="" width="120"><div class="flex flex-col"><span class="text-xs">Te puede interesar'
        '</span><span class="font-bold">Estos son los albergues habilitados en Escuintla</span></div></a>',
        # a chart waiting for the reader's consent, its box to tick outside any form
        '<div data-area="html_embed"><div class="rounded p-24" data-consent-vendor="datawrapper"><p class="font-bold">'
        'Empfohlener externer Inhalt</p><p class="text-s">An dieser Stelle finden Sie eine Grafik von Datawrapper, die'
        ' den Artikel ergänzt.</p><label><input type="checkbox"><span>Ich bin damit einverstanden, dass mir externe'
        " Inhalte angezeigt werden.</span></label></div></div>",
        # a readers' appeal in Hungarian, its button "Támogatom"
        '<div class="tamogatas-doboz"><p>Támogassa a független újságírást!</p><p>A Mutató olvasói támogatásokból is'
        ' működik. Ha fontosnak tartja a munkánkat, segítsen nekünk.</p><a href="/tamogatas/">Támogatom</a></div>',
        # WordPress's embed of a video, with the video's title and running time
        '<figure class="wp-block-embed is-type-video is-provider-youtube"><div class="wp-block-embed__wrapper"><div'
        ' class="lyMe"><div class="tT">Así se calcula el precio de la gasolina en Ecuador | Prisma Explica</div><div'
        ' class="lyte-duration">04:18</div></div></div></figure>',
        # another article's card: its picture in one link, its headline in another over its description
        '<div class="box_embed_news"><a href="https://example.vn/cach-tra-cuu-phat-nguoi-4929013.html"><img'
        ' src="/t.jpg" alt=""></a><div class="content_embed"><h4><a href="https://example.vn/cach-tra-cuu-phat-nguoi'
        '-4929013.html">Cách tra cứu phạt nguội online trong một phút</a></h4><p class="description">Người dân có thể'
        " kiểm tra phương tiện có bị phạt nguội hay không qua ba cách đơn giản.</p></div></div>",
        # a subscription's offer, its kind named by the page's area
        '<div data-area="offer_box" class="lg:w-8/12 mb-32"><div class="rounded p-24"><span>LUPE+</span><p>Jetzt'
        ' LUPE+ testen: Alle Artikel, Podcasts und das digitale Magazin – vier Wochen für 1 €</p><a href="/plus/">'
        "Jetzt testen</a></div></div>",
        # a flyers' widget (Flipp) with its title and link
        '<div class="flipp-widget" data-evt="flipp_local_savings"><h2 class="flipp-widget__title">Featured Local'
        ' Savings</h2><div class="flipp-widget__carousel"><a href="#"><span>Sponsored</span></a></div><a'
        ' href="/local-savings/">See more flyers</a></div>',
        # a podcast's player, its button in Hungarian ("Meghallgatom"), its title and running time
        '<div class="article-podcast"><img src="/cover.jpg" alt="" width="96"><div><span>HVK Podcast</span><span>'
        'Meddig drágulhatnak még az albérletek?</span><span>32:15</span></div><button type="button">Meghallgatom'
        "</button></div>",
        # a summary a machine wrote, closed by its notice
        '<div class="ArticleElement_summary"><div class="EnBref_root" data-testid="summary-box"><div>En bref:</div><ul>'
        "<li>La Ville de Lausanne veut créer 240 places en crèche d’ici à fin 2027.</li><li>Les investissements sont"
        " estimés à 31 millions de francs.</li></ul><div>Résumé généré avec l’aide de l’IA et vérifié par la rédaction."
        "</div></div></div>",
        # a box plugging the site's app, no link in it; one plugging its channel, its link a call to follow
        '<div class="sc-8574fdc2-0"><p class="sc-f0a8dbbd-0">Download de gratis HLB-app</p><p class="sc-c179f5d6-0">'
        "Ontvang meldingen bij code oranje en rood in jouw regio.</p></div>",
        '<div class="sc-c4f79e15-0"><p>Het belangrijkste nieuws van de dag, rechtstreeks op je gsm.</p><a'
        ' href="https://whatsapp.com/channel/0029VaHLB">Volg het kanaal</a></div>',
        # a video's poster with its Swedish play button, running time, title and brand
        '<div data-test-id="video"><div><div><img src="/poster.jpg" alt=""><button aria-label="Spela video"></button>'
        "<div>1:24</div></div><div>Elpriset just nu – här blir det dyrast i kväll</div><div>KBTV</div></div></div>",
        # a video's poster, its button in Malay ("Main video"), its title and running time
        '<div class="article-block"><div class="relative aspect-video"><img src="/v.jpg" alt=""><button type="button"'
        ' aria-label="Main video"></button><div><div>Video: Keadaan banjir di Pasir Mas pagi ini</div><div>1:45</div>'
        "</div></div></div>",
        # a podcast's player, its button in Czech ("Přehrát"), its title and running time
        '<div class="e_ef e_eg"><div class="c_fs">Podcast Ranní přehled</div><div><button type="button"'
        ' aria-label="Přehrát"></button><div><div>Proč zdražuje MHD a kdo to zaplatí</div><div>24:16</div></div></div>'
        "</div>",
        # a paywall's box, its kind named by the block's type, whatever it says
        '<section class="article-block relative" data-block-type="paywall"><div class="p-6 text-center"><div>PLUS</div>'
        "<div>Raksta turpinājums pieejams abonentiem</div><div>Pirmais mēnesis tikai 1 eiro.</div></div></section>",
    ],
)
def test_invitations_app_boxes_and_rankings_inside_the_body_are_not_the_article(embedded):
    assert body_of(with_paragraphs(embedded, 2)) == "\n\n".join(PARAGRAPHS)


def test_a_tags_label_named_in_bem_is_furniture_and_an_automatic_tag_link_in_prose_is_not():
    tags = '<div class="tags"><span class="tags__label">Argomenti</span><a href="/t/ponte">Ponte</a></div>'
    assert body_of(with_paragraphs(tags, 3)) == "\n\n".join(PARAGRAPHS)
    for link in ('<a id="auto-tag_dang-uy-khoi" href="/t/duk">', '<a class="link-tag" href="/tema/duk.html">'):
        # a link inside a sentence is a word of it, whatever its class says
        tagged = PARAGRAPHS[0].replace("Đảng ủy Khối", f"{link}Đảng ủy Khối</a>", 1)
        html = page(f'<div class="content"><p>{tagged}</p>{"".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:])}</div>')
        assert body_of(html) == "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize(
    "label",
    # "read also" in languages no list here names; no colon where the label is set apart
    ["Lexo edhe:", "Прочетете още:", "Xem thêm -", "Pročitajte još"],
)
def test_a_short_label_and_one_link_to_another_article_is_a_promotion_in_any_language(label):
    promotion = f'<p><strong>{label}</strong> <a href="/lajme/2024/10/qyteti-hap-tregun-e-ri-12345.html">Qyteti hap tregun e ri të peshkut</a></p>'
    assert body_of(with_paragraphs(promotion, 2)) == "\n\n".join(PARAGRAPHS)
    # a source named by a label and a link to its site is no promotion: in the text it stays, at
    # the end it signs the article
    source = '<p><strong>Джерело:</strong> <a href="https://kyivcity.gov.ua/news/">Київська міська державна адміністрація</a></p>'
    assert "Джерело: Київська міська державна адміністрація" in body_of(with_paragraphs(source, 2))
    found = extract_article(with_paragraphs(source, 3), "https://example.vn/a.html")
    assert (found.body, found.author) == ("\n\n".join(PARAGRAPHS), "Київська міська державна адміністрація")


def test_a_link_alone_in_a_paragraph_marked_related_is_a_promotion_whose_label_went_with_the_furniture():
    headline = '<a href="/lajme/2024/10/qyteti-hap-tregun-e-ri-12345.html">Qyteti hap tregun e ri të peshkut</a>'
    promotion = (
        f'<p class="article__related-inline"><span class="related-inline__label">Lexo edhe</span> {headline}</p>'
    )
    assert body_of(with_paragraphs(promotion, 2)) == "\n\n".join(PARAGRAPHS)
    # ... and so is the same link in a paragraph of the article's own class: a "read also" whose
    # label was never printed
    assert body_of(with_paragraphs(f'<p class="article__text">{headline}</p>', 2)) == "\n\n".join(PARAGRAPHS)


def test_a_sub_heading_right_after_promoted_links_is_the_articles_again():
    links = "".join(
        f'<li><a href="/noticia/2024/09/1{n}/outra-noticia-da-regiao-{n}.ghtml">Outra notícia da região número {n}</a></li>'
        for n in (1, 2)
    )
    promotion = f"<p><strong>LEIA TAMBÉM:</strong></p><ul>{links}</ul><h2>Escolas sem aula e barcos parados</h2>"
    assert body_of(with_paragraphs(promotion, 2)).split("\n\n") == [
        *PARAGRAPHS[:2],
        "Escolas sem aula e barcos parados",
        *PARAGRAPHS[2:],
    ]


def test_a_related_box_inside_a_body_whose_sapo_stands_outside_it_is_passed_over():
    sapo = "Hơn 300 đảng viên mới được kết nạp trong năm, vượt chỉ tiêu Đảng ủy Khối giao."
    links = "".join(
        f'<li><a href="/tin-lien-quan-so-{n}-post{n}.html">Tin liên quan số {n} của chuyên mục</a></li>' for n in (1, 2)
    )
    box = f'<div class="box-relate-inline"><div class="box-heading"><span>Xem thêm</span></div><ul>{links}</ul></div>'
    paragraphs = [f"<p>{p}</p>" for p in PARAGRAPHS]
    html = page(f'<div class="sapo">{sapo}</div><div class="body">{"".join(paragraphs[:2])}{box}{paragraphs[2]}</div>')
    found = extract_article(html, "https://example.vn/a.html")
    assert (found.summary, found.body) == (sapo, "\n\n".join(PARAGRAPHS))


def test_a_gallerys_count_on_its_link_heads_no_teaser_and_the_article_goes_on_under_it():
    gallery = (
        '<div class="art-gallery"><a href="/tin/hoi-nghi-so-ket/anh"><img src="/a.jpg" alt="">'
        '<span class="gallery-count">12 ảnh</span></a></div>'
    )
    assert body_of(with_paragraphs(gallery, 1)) == "\n\n".join(PARAGRAPHS)
    # nor a short link with a picture set between the article's paragraphs: the paragraphs
    # under it are the article's, not a card's descriptions
    gallery = '<div class="art-gallery"><a href="/tin/anh-12345.html"><img src="/a.jpg" alt=""><span>Ảnh hội nghị</span></a></div>'
    body = body_of(with_paragraphs(gallery, 1))
    assert [paragraph in body for paragraph in PARAGRAPHS] == [True] * len(PARAGRAPHS)


def test_a_caption_named_by_its_test_id_is_a_caption_not_the_text():
    # hashed classes: the test id says "media-caption"
    player = (
        '<div data-component="video-block"><div data-testid="media-player"><img src="/p.jpg" alt="">'
        '<button aria-label="Play video">1:42</button></div>'
        '<div data-testid="media-caption" class="sc-f98b1ad2-5 hgRwwr">Xem: người dân nói về tuyến đường mới</div></div>'
    )
    found = extract_article(with_paragraphs(player, 2), "https://example.vn/a.html")
    assert found.body == "\n\n".join(PARAGRAPHS)
    assert found.images[0]["caption"] == "Xem: người dân nói về tuyến đường mới"


def test_a_caption_paragraph_named_image_under_a_table_is_no_paragraph():
    # VnExpress names its caption paragraph "Image", in a figure or under a table it explains
    table = (
        '<table class="tplCaption"><tbody><tr><td>Khung giờ</td><td>Giãn cách</td></tr><tr><td>5h30 - 9h</td>'
        '<td>10 phút</td></tr></tbody></table><p class="Image"><em>Lịch chạy dự kiến của tuyến. Nguồn: Sở Giao '
        "thông Vận tải</em></p>"
    )
    body = body_of(with_paragraphs(table, 2))
    assert "Lịch chạy dự kiến" not in body
    assert body.split("\n\n")[2:4] == ["Khung giờ Giãn cách", "5h30 - 9h 10 phút"]
    # a paragraph named "image" in lower case holds a picture's own words no more than any paragraph
    assert "Lịch chạy dự kiến" in body_of(with_paragraphs(table.replace('"Image"', '"image"'), 2))


def test_a_preview_for_subscribers_is_the_article_and_the_paywall_box_is_not():
    html = (
        "<html><head><title>Hội nghị sơ kết quý III</title></head><body><h1>Hội nghị sơ kết quý III</h1>"
        '<div id="article-body" itemprop="articleBody" class="asset-content subscriber-premium">'
        f'<div class="subscriber-preview">{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}</div>'
        '<div class="subscription-required"><h2>Cảm ơn bạn đã đọc!</h2><p>Vui lòng đăng nhập hoặc đăng ký '
        "tài khoản và mua gói để đọc tiếp bài viết này cùng kho lưu trữ của tòa soạn.</p></div></div></body></html>"
    )
    assert body_of(html) == "\n\n".join(PARAGRAPHS)


def test_a_box_of_facts_beside_the_text_is_the_articles():
    facts = (
        '<aside class="factbox"><h3 class="factbox__title">Thông tin: Nhà thi đấu huyện</h3><ul>'
        "<li>Sức chứa: 1.200 chỗ ngồi</li><li>Diện tích: khoảng 1.800 mét vuông</li></ul></aside>"
    )
    body = body_of(with_paragraphs(facts, 2))
    assert body.split("\n\n")[2:5] == [
        "Thông tin: Nhà thi đấu huyện",
        "Sức chứa: 1.200 chỗ ngồi",
        "Diện tích: khoảng 1.800 mét vuông",
    ]
    # ... but not one named as furniture (an aside made as facts and named nothing is, as its own test says)
    assert body_of(with_paragraphs(facts.replace("factbox", "related-box"), 2)) == "\n\n".join(PARAGRAPHS)
    # named so in its test id, its classes hashed
    hashed = facts.replace('class="factbox"', 'class="css-1dgc0vx" data-test-id="fact-box"')
    assert body_of(with_paragraphs(hashed, 2)).split("\n\n")[2] == "Thông tin: Nhà thi đấu huyện"


def test_a_heading_whose_anchor_holds_a_caption_word_is_no_caption():
    heading = '<img src="/a.jpg" alt=""><h3 id="what-it-means-for-the-cap">What it means for the cap</h3>'
    assert "What it means for the cap" in body_of(with_paragraphs(heading, 2)).split("\n\n")


def test_the_metadatas_writers_when_an_author_box_names_one_of_them():
    graph = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "author": [{"@type": "Person", "name": "Thu Hà"}, {"@type": "Person", "name": "Minh Tuấn"}],
    }
    head = f'<script type="application/ld+json">{json.dumps(graph, ensure_ascii=False)}</script>'
    box = '<div class="aauthor-box"><p class="aauthor-name">Thu Hà</p><p>Phóng viên ban Kinh tế.</p></div>'
    found = extract_article(article_with("", body=box, head=head), "https://example.vn/a.html")
    assert found.author == "Thu Hà, Minh Tuấn"


def test_a_row_headed_by_a_th_is_one_block_however_long_its_cell():
    rows = (
        "<tr><th>Defensores de Ribera (2)</th><td>Ojeda; Marchetti, Godoy, Ríos, Almada; Villegas, Cardozo, Pereyra;"
        " Toledo, Ferreyra, Molina. DT: Gustavo Lamberti.</td></tr><tr><th>Árbitro</th><td>Diego Funes.</td></tr>"
    )
    body = body_of(with_paragraphs(f"<table><tbody>{rows}</tbody></table>", 3))
    assert body.split("\n\n")[3:] == [
        "Defensores de Ribera (2) Ojeda; Marchetti, Godoy, Ríos, Almada; Villegas, Cardozo, Pereyra; Toledo, Ferreyra,"
        " Molina. DT: Gustavo Lamberti.",
        "Árbitro Diego Funes.",
    ]


def test_a_fields_row_headed_by_its_label_is_one_block_however_long_its_value():
    # a document page's details: "Trích yếu:" then the document's summary, in plain cells
    summary = (
        "Hướng dẫn thực hiện chính sách, chế độ đối với cán bộ, công chức, viên chức và người lao động"
        " trong thực hiện sắp xếp tổ chức bộ máy của hệ thống chính trị theo Nghị định số 178/2024/NĐ-CP."
    )
    rows = f"<tr><td><strong>Số ký hiệu:</strong></td><td>1286/HD-SNV</td></tr><tr><td>Trích yếu:</td><td>{summary}</td></tr>"
    body = body_of(with_paragraphs(f"<table><tbody>{rows}</tbody></table>", 3))
    assert body.split("\n\n")[3:] == ["Số ký hiệu: 1286/HD-SNV", f"Trích yếu: {summary}"]


def test_a_documents_recipients_headed_by_their_label_read_as_one_row_with_the_signature():
    # "Nơi nhận:" atop its cell's lines, however many recipients, beside the signer's cell
    recipients = "<br>".join(
        (
            "Nơi nhận:",
            "- Bộ Khoa học và Công nghệ (để b/c);",
            "- TT Tỉnh ủy, TT HĐND tỉnh;",
            "- Các sở, ban, ngành tỉnh;",
            "- UBND các xã, phường;",
            "- Lưu: VT, KGVX.",
        )
    )
    signature = "TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH<br>Nguyễn Hữu Thành"
    table = f"<table><tbody><tr><td>{recipients}</td><td>{signature}</td></tr></tbody></table>"
    body = body_of(with_paragraphs(table, 3))
    assert body.split("\n\n")[3:] == [
        "Nơi nhận: - Bộ Khoa học và Công nghệ (để b/c); - TT Tỉnh ủy, TT HĐND tỉnh; - Các sở, ban, ngành tỉnh; - UBND"
        " các xã, phường; - Lưu: VT, KGVX. TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Hữu Thành"
    ]


@pytest.mark.parametrize(
    "box",
    [
        # a gallery's badge and title over its slides without captions
        '<div class="gallery-embed"><div class="gallery-embed-head"><span class="gallery-badge">PHOTOS</span>'
        '<span class="gallery-title">Khoai tây ế ở Đà Lạt</span></div><figure><img src="/g1.jpg" alt=""></figure></div>',
        # a gallery's teaser: its title and its slide count
        (
            '<div class="bck-gallery-teaser"><a href="/foto/08-03-2025/hoi-thao-le-foto.shtml"><img src="/c.jpg" alt="">'
            '<span class="bck-gallery-teaser__title">Những hình ảnh đẹp của hội thao</span> '
            '<span class="bck-gallery-teaser__count">1 di 18</span></a></div>'
        ),
        # a player's playlist of other videos, whatever else its name says
        (
            '<div class="mc-column content-video-playlist__container"><div class="content-video-playlist">'
            "<ul><li><span>Xe khách lật trên đèo Hải Vân</span> <span>1:12</span></li>"
            "<li><span>Lễ hội hoa ban khai mạc tại Điện Biên</span> <span>2:34</span></li></ul></div></div>"
        ),
        # a link whose own kicker says "read also"
        (
            '<div class="rel-inline"><a href="/art/export-piastrelle-2024-germania-AGt3Xp1B">'
            "<span>Leggi anche</span> <span>Xuất khẩu gạch men năm 2024 giảm, chỉ còn Pháp và Trung Đông tăng</span></a></div>"
        ),
        # a JW Player box with its title and running time
        (
            '<div class="embedded-video css-3cf804e" data-media-id="552891"><div class="jwplayer jw-reset">'
            '<div class="jw-title">Giá vé tàu khách tăng từ tháng sau</div><span>2:48</span></div></div>'
        ),
        # a box around a donation form: its plea and its amounts
        (
            '<div class="wp-block-group"><h2>Hãy đồng hành cùng tờ báo của Khối</h2>'
            "<p>Đóng góp của bạn giúp chúng tôi giữ tin tức miễn phí cho mọi người đọc.</p>"
            '<div class="wpbnbd"><form><input type="hidden" name="donate" value="1">'
            "<button>50.000 đ</button><button>100.000 đ</button><button type=submit>Ủng hộ</button></form></div></div>"
        ),
        # a Drupal node embedded in its teaser view, in a box named "read-more"
        '<div class="embedded-entity read-more" data-entity-embed-display="view_mode:node.teaser">'
        '<article class="node node--view-mode-teaser">'
        '<h3><a href="/tin/lop-boi-duong-123">Mở lớp bồi dưỡng lý luận chính trị cho đảng viên mới</a></h3>'
        "<p>Ban Tuyên giáo mở lớp bồi dưỡng cho đảng viên mới của các chi bộ trong khối.</p></article></div>",
        # a video's and a gallery's cards
        '<div class="video-teaser"><a href="/video/hoi-thao-4519930"><img src="/v.jpg" alt=""></a><div>'
        '<span class="video-teaser__label">XEM:</span> <a href="/video/hoi-thao-4519930">Hội thao của khối</a></div></div>',
        '<div class="gallery-teaser"><a href="/photo/6233015/"><img src="/g.jpg" alt=""></a><div>'
        '<a href="/photo/6233015/"><strong>Một ngày ở chi bộ vùng cao của huyện</strong></a></div></div>',
        # a YouTube preview's title
        '<div class="story-element-youtube-video"><div class="yt-lite" data-videoid="Qm3bX7rT0sE">'
        '<div class="yt-title">Hội nghị sơ kết quý III của Đảng ủy Khối</div></div></div>',
        '<div class="dm-assinatura-box"><p>Assine o Diário e leia sem limites</p><p>Edição digital a partir de 4,99 €'
        ' por mês</p><a href="/assinaturas/">Assinar</a></div>',  # a subscription's offer, named in Portuguese
        '<div class="r-dossier"><span>Notre dossier</span> <a href="/dossiers/metro-3"><strong>Le métro 3, un chantier'
        " hors norme</strong> <span>Tous les articles sur la ligne</span></a></div>",
        # an agency's related box: its class ends in "relate"; its ASP.NET id carries the
        # path of its containers ("mainContent"), which names them, not the box
        '<div class="article-relate" id="ctl00_mainContent_ctl00_pnlRelateInline"><p class="relate-label">Đọc thêm:</p><ul>'
        '<li><a href="/r0.vnp">Trung Quốc cấp phép nhập khẩu sầu riêng đông lạnh từ Việt Nam</a></li>'
        '<li><a href="/r1.vnp">Cảnh báo tình trạng giả mạo mã số vùng trồng sầu riêng</a></li></ul></div>',
        # VCCorp's links under the text, named for the content's footer
        '<div class="VCSortableInPreviewMode link-content-footer" type="link-content-footer">'
        '<a href="/l0-188241009.chn">Một cổ phiếu thủy sản tăng trần 3 phiên liên tiếp</a>'
        '<a href="/l1-188241019.chn">Doanh nghiệp tôm đầu ngành lỗ quý thứ hai liên tiếp</a></div>',
        # a video's title and running time named in French
        '<div class="video-digiteka"><div class="video-digiteka__player"><img src="/poster.jpg" alt="">'
        '<span class="video-digiteka__duree">02:07</span></div>'
        '<p class="video-digiteka__titre">Vidéo. Các xã vùng cao làm du lịch cộng đồng</p></div>',
        # a gallery's header and title in a box named for a gallery by its data, its slides without captions
        '<div class="v-gal" data-voc-gallery="8812473"><div class="v-gal__hdr"><span>Galería</span>'
        '<p class="v-gal__t">Toàn cảnh hồ chứa nhìn từ trên cao</p></div><ul><li><img src="/g1.jpg" alt=""></li>'
        '<li><img src="/g2.jpg" alt=""></li></ul><a href="/galeria/8812473">Ver galería completa</a></div>',
        # a related card, its box named "rel" in BEM
        '<div class="v-a-rel"><p class="v-a-rel__t">Noticia relacionada</p><article class="v-a-rel__item">'
        '<a class="v-a-rel__a" href="/axarquia/pueblos-piden-camiones-20240402.html">'
        "Các xã ven biển xin thêm xe bồn chở nước cho mùa hè</a></article></div>",
        # an embedded player with its title, running time and description
        '<div class="embed-container"><div class="mediaEmbed"><div class="player-container"><img src="/v.jpg" alt="">'
        '<button class="playButton" aria-label="Play video"></button></div><div class="metadata">'
        '<h3 class="videoTitle">Vì sao trạm y tế xã đóng cửa ban đêm</h3><span class="duration">Thời lượng 2:14</span>'
        '<p class="description">Sở Y tế cho biết thiếu bác sĩ khiến nhiều trạm phải đóng cửa. Phóng viên Thu Hà tường thuật.</p>'
        "</div></div></div>",
        # Arc's link set between paragraphs
        '<p class="b-interstitial-link c-paragraph"><a class="c-link" href="/tin/tra-cuu-duong-ong/">'
        "[Đường ống nước: tra cứu địa chỉ của bạn trên bản đồ thành phố]</a></p>",
        # a video's description named with the player
        '<div class="content-video"><div class="content-video__player"><img src="/v.jpg" alt=""></div>'
        '<div class="content-video__description">Mưa đá trút xuống thành phố tối Chủ nhật</div></div>',
        # a player's title and the programme it comes from
        '<div class="media-player" data-urn="urn:hrf:video:63a67eb7"><div class="media-player__still"><img src="/s.jpg" alt="">'
        '</div><div class="media-player__info"><div class="media-player__title">Thang máy trượt tuyết quá tải</div>'
        '<div class="media-player__meta">Trích bản tin Thời sự ngày 14.01.2025.</div></div></div>',
        # a player's caption named a media title, after a hidden "Media caption," label
        '<div data-component="video-block"><div data-e2e="media-player"><img src="/p.jpg" alt="">'
        '<button aria-label="Play video, duration 1 minute 12 seconds"><span>1:12</span></button></div>'
        '<div class="ssrcss-qn0tl8-MediaTitle"><span class="MediaLabel">Media caption, </span>'
        "<span>Nước ngập cánh đồng nhìn từ trên cao</span></div></div>",
        # an ad's slot with its labels on either side, one line each once the slot goes
        '<div class="sc-4e5f6a7b-0"><span class="lbl">Continua após a publicidade</span>'
        '<div id="div-gpt-ad-meio1" class="ad-slot" style="min-height:280px"></div><span class="lbl">Publicidade</span></div>',
        # a match report's widgets, named by their components whatever their wrappers' classes
        '<div data-component="sport-match-header"><div>Hà Nội</div><div>2 1</div><div>Hải Phòng</div>'
        "<div>Hết giờ</div><ul><li>Văn Quyết (74')</li></ul></div>",
        '<div data-component="links-block" class="ssrcss-uf6wea-RichTextComponentWrapper"><ul>'
        '<li><a href="/the-thao/nhan-tin-bong-da">Nhận tin bóng đá trên điện thoại của bạn</a></li></ul></div>',
        '<section data-component="line-ups"><h2>Đội hình</h2><table><tr><td>1</td><td>Văn Lâm</td></tr></table></section>',
        # a player's controls, title and running time, its poster elsewhere: its play button says so
        '<div class="sc-3b14d7c2-2"><button type="button"><span>Video afspelen</span></button>'
        '<span class="sc-3b14d7c2-4">Sói đi trên vỉa hè ở thị trấn</span><span>0:42</span></div>',
        # a player named by its test id, its poster and play button beside its title and running time
        '<div class="sc-d645920e-5" data-testid="video-player"><div><button aria-label="Video abspielen"></button>'
        '<img src="/poster.jpg" alt=""></div><div><span>Video</span><h4>Lũ bùn tràn qua thị trấn trong đêm</h4>'
        "<span>00:48</span></div></div>",
        # a box holding the player's own <video>, its title, running time and views
        '<div class="video-icerik"><video controls poster="/v.jpg"><source src="/v.mp4" type="video/mp4"></video>'
        '<div class="video-bilgi"><span>Thu hoạch chè nhìn từ trên cao</span><span>02:07</span>'
        "<span>3.412 lượt xem</span></div></div>",
        # a video service's frame with its label, title and running time, its classes hashed
        '<div class="css-5yb7ht"><div class="css-1nbvx3m"><iframe src="https://www.youtube.com/embed/Qk3ZP7nLx2M">'
        '</iframe></div><div class="css-w1f9ns"><span>Clip</span> Khói mù phủ kín thành phố <span>01:45</span></div></div>',
        # a chart drawn by a charting service: its title, subtitle, loader and source around the frame
        '<div class="aembed aembed--chart"><p class="aembed-title">Nguồn vốn giải ngân theo tháng</p>'
        '<p class="aembed-subtitle">Tỷ đồng, năm 2024</p><div>Loading...</div>'
        '<iframe src="https://datawrapper.dwcdn.net/Xq8Rk/2/"></iframe><p class="aembed-source">Nguồn: Sở Tài chính</p></div>',
        # Postmedia's related links set in the story, named as related content
        '<div class="related-content related-content--inline"><h2 class="related-content__heading">Recommended from'
        ' Editorial</h2><ol><li><a href="/news/local-news/transit-fares-frozen-for-2025">Giá vé xe buýt giữ nguyên năm'
        " 2025</a></li></ol></div>",
        # a Drupal gallery's title, named in Italian word order ("titolo-galleria")
        '<div class="paragraph paragraph--type--galleria"><div class="field field--name-field-titolo-galleria">'
        'FOTO | Tro bụi phủ kín thị trấn</div><div class="gallery-slider"><img src="/g1.jpg" alt=""></div></div>',
        # a members' appeal set in the text
        '<div class="partner-box partner-box--inarticle"><p class="partner-box__title">Sự ủng hộ của bạn cần hơn bao'
        ' giờ hết</p><p class="partner-box__text">Tờ báo không có cổ đông, không có tường thu phí; hơn 92.000 hội viên'
        ' giữ cho nó độc lập.</p><a href="/hoi-vien/">Trở thành hội viên</a></div>',
        # a reading voice's box: its button, its call and its running time
        '<div class="speechkit"><button class="speechkit__play" aria-label="Ascolta"></button>'
        '<span class="speechkit__label">Nghe bài viết này ngay...</span><span>4:02</span></div>',
        # WordPress's card of another of the site's posts
        '<figure class="wp-block-embed is-type-wp-embed is-provider-dakarfil"><div class="wp-block-embed__wrapper">'
        '<blockquote class="wp-embedded-content"><a href="/hoi-nghi-so-ket-quy-ii/">Hội nghị sơ kết quý II của khối'
        "</a></blockquote></div></figure>",
        # a share's price box, named by its security's number
        '<div class="c-quote-box" data-isin="DE000KSL2A41"><a class="c-quote-box__name" href="/kurse/aktie/kessler/">'
        'Kessler Antriebstechnik AG</a> <span class="c-quote-box__price">48,12 €</span> <span>-3,40 %</span></div>',
        # a link teasing a live page, named by its test id
        '<a class="sc-7c1e9f2a-0" href="/liveblog/2551790-bao-so-3" data-testid="liveblog-teaser">'
        "<span>Trực tiếp</span> <span>Bão số 3 đổ bộ: cập nhật liên tục</span> <span>Cập nhật: 21:02</span></a>",
        # a subscription's offer under a paywall's notice, named in English
        '<section class="offer offer--article"><p class="offer__title">Ưu đãi: 10.000 đồng tháng đầu</p>'
        '<p class="offer__desc">Đọc mọi bài viết và kho lưu trữ từ năm 1955. Hủy bất cứ lúc nào.</p>'
        '<a class="offer__button" href="/dang-ky/">Đăng ký</a></section>',
        # a subscription's poster between the paragraphs, its button a custom element
        '<div class="salesposter" data-campaign="pluss"><brick-pill class="salesposter__logo">Báo Tỉnh +</brick-pill>'
        '<p class="salesposter__title">Đọc tất cả bài của Báo Tỉnh</p><p class="salesposter__text">Truy cập mọi bài'
        ' viết và báo điện tử. 1 nghìn đồng cho tháng đầu.</p><brick-button href="/goi-cuoc">Mua gói</brick-button></div>',
        # a promoted link in a custom element, the subscribers' badge a custom element of its own after it
        '<r-article--link class="r-article--link"><span>Lire aussi</span>\n<a href="https://example.be/art/'
        'd-20250112-GJ2WXM">Métro 3 : les dix dates clés d’un chantier hors norme</a>\n<r-badge>+</r-badge>'
        "</r-article--link>",
        # a box calling for news tips
        '<div class="tipsbox"><p class="tipsbox__title">Bạn có tin cho chúng tôi?</p><p class="tipsbox__text">Gọi hoặc'
        " nhắn tin tới 0915 000 000, hoặc gửi thư tới toasoan@baotinh.vn.</p></div>",
        # a box whose kind says it is related (data-type)
        '<r-article--link class="r-article--link" data-type="related"><span>Đọc thêm</span>'
        '<a href="/thoi-su/so-ket-quy-ii.html">Sơ kết quý II: các chi bộ hoàn thành chỉ tiêu</a>'
        '<r-badge class="r-badge r-badge--premium">Dành cho hội viên</r-badge></r-article--link>',
        # named for donations in the site's language
        '<div class="cocuy-donaciones-inline"><p>Báo chí độc lập nhờ bạn đọc</p><p>Chúng tôi không nhận tiền của'
        ' ai. Mỗi tháng một khoản nhỏ giữ cho tòa soạn hoạt động.</p><a href="/ung-ho">Ủng hộ</a></div>',
        # a box asking readers to contribute
        '<div class="contribute-inline"><h3>Bạn đọc giữ cho tin tức miễn phí...</h3><p>Quảng cáo và đóng góp của'
        ' bạn đọc giúp chúng tôi không thu phí.</p><a href="/ung-ho">Ủng hộ ngay</a></div>',
        # unnamed, its button asking the reader to become a member ("Hazte Cocuyero")
        '<div class="x9"><p>Báo chí độc lập nhờ bạn đọc</p><p>Chúng tôi không nhận tiền của ai. Mỗi tháng một'
        ' khoản nhỏ giữ cho tòa soạn hoạt động.</p><a class="btn" href="/hazte">Hazte Cocuyero</a></div>',
        # a box named for the article's recommendations
        '<div class="article-recommend inline-x"><div class="inline-x-title">Gợi ý</div><ul><li><a href="/a1">'
        "<span>Thời sự</span><span>Sơ kết quý II: các chi bộ hoàn thành chỉ tiêu</span></a></li></ul></div>",
        # a chart's source inside its figure
        '<figure class="chart"><div class="chart__canvas"><svg viewBox="0 0 10 10"><path d="M0 0 L9 9"/></svg></div>'
        "<figcaption>Số đảng viên mới kết nạp qua các năm</figcaption><div>Forrás: Lakbérfigyelő, saját gyűjtés</div>"
        "</figure>",
    ],
)
def test_boxes_set_between_the_paragraphs_go_however_named(box):
    assert body_of(with_paragraphs(box, 2)) == "\n\n".join(PARAGRAPHS)


def test_a_box_around_a_form_asking_for_an_email_address_is_a_sign_up_however_named():
    box = (
        '<div class="gnt_nl"><div class="gnt_nl_t">Tin Khối mỗi sáng</div>'
        '<p class="gnt_nl_d">Tin hoạt động của các chi bộ, gửi vào hộp thư của bạn mỗi sáng thứ Hai.</p>'
        '<form action="/dang-ky"><input type="email" name="email"><button>Đăng ký</button></form></div>'
    )
    assert body_of(with_paragraphs(box, 2)) == "\n\n".join(PARAGRAPHS)
    # a search box is no sign-up, and a paragraph naming an address is prose
    search = '<div class="o-tim"><form action="/tim"><input type="text" name="q"></form><p>Tìm kiếm nhanh</p></div>'
    assert "Tìm kiếm nhanh" in body_of(with_paragraphs(search, 2))


def test_the_article_goes_on_after_a_related_box_at_a_sentence_opening_a_list():
    cards = "".join(
        f'<article><h3><a href="/2024/0{n}/tin-khac-so-{n}/">Một bài khác số {n} của chuyên mục xây dựng Đảng</a></h3>'
        f"<div class=excerpt><p>Mô tả ngắn của bài số {n}.</p></div></article>"
        for n in (1, 2)
    )
    box = f'<div class="wpnbha"><div><h2><span>Bài liên quan</span></h2>{cards}</div></div>'
    opening = "Theo kế hoạch, đến tháng 11 các chi bộ phải hoàn thành những việc sau:"  # a sentence, but short
    rows = ["Rà soát danh sách đảng viên", "Nộp báo cáo về Ban Tổ chức", "Họp chi bộ", "Lập hồ sơ"]
    items = f"<ul>{''.join(f'<li>{row}</li>' for row in rows)}</ul>"
    html = page(
        f'<div class="entry-content"><p>{PARAGRAPHS[0]}</p>{box}<p>{opening}</p>{items}<p>{PARAGRAPHS[1]}</p></div>'
    )
    assert body_of(html) == "\n\n".join([PARAGRAPHS[0], opening, *rows, PARAGRAPHS[1]])


@pytest.mark.parametrize(
    "box",
    [
        # a poll: its header, question, choices and count
        '<div class="binh-chon-nhanh"><p>Thăm dò</p><p>Bạn có tham gia sinh hoạt chi bộ trực tuyến?</p><form>'
        '<label><input type="radio" name="p" value="1"> Có</label><label><input type="radio" name="p" value="2"> Chưa'
        "</label><button>Gửi</button></form><p>Đã có 1 204 người tham gia</p></div>",
        # a poll whose script sends the vote: its answers to pick from, no form around them
        '<div class="vote-box"><div>Bạn có đồng ý mở rộng tuyến phố đi bộ?</div><ul><li><label>'
        '<input type="radio" name="v" value="1"><span>Đồng ý</span></label></li><li><label><input type="radio"'
        ' name="v" value="2"><span>Không đồng ý</span></label></li></ul><a href="#">Xem kết quả</a></div>',
        # a poll's question over its answers as buttons, with the pollster's note however long
        '<div data-area="civari"><div class="p-24"><div>Umfrage</div><div>Sollte Ihre Stadt mehr gegen Hitze tun?</div>'
        "<ul><li><button>Ja</button></li><li><button>Eher ja</button></li><li><button>Nein</button></li></ul>"
        "<div>Civari-Umfrage · Ergebnisse sind repräsentativ für Deutsche ab 18 Jahren</div>"
        '<a href="/civari-faq">Was ist Civari?</a></div></div>',
        # a reactions bar: a short question over its buttons
        '<div class="cam-xuc"><p>Bạn thấy bài viết thế nào?</p><button>Hay</button> <button>Bình thường</button></div>',
        # a chart from a charting service: its title and source around the frame
        '<div class="Datawrapper_root__x1"><p>Số đảng viên mới qua các năm</p><iframe src="https://datawrapper.dwcdn.net/a/"></iframe>'
        "<p>Biểu đồ: Ban Tổ chức</p></div>",
        # a registration wall
        '<div class="article-content__reg-wall"><h3>Đăng ký để đọc tiếp tin của tỉnh</h3><p>Tạo tài khoản miễn phí.</p></div>',
        # ... named in full, over the list of what an account gives
        '<div class="register-wall__inner"><p>Create an account or sign in to continue with your reading experience.'
        "</p><ul><li>Access articles from across Canada with one account.</li></ul></div>",
        # a widget whose BEM modifier names it: the site's recommendations under their header
        '<div class="article-content__widget article-content__widget--recommended"><h3>Recommended from Editorial</h3>'
        '<ol><li><a href="/news/local-news/plow-operators-hired">City to hire 30 seasonal plow operators</a></li></ol></div>',
        # a newsletter offered under its name, whatever the box's classes
        '<div class="border rounded p-24"><div class="uppercase">Newsletter</div><div class="text-xl">Die Lage am'
        ' Morgen</div><p>Was heute wichtig ist.</p><a href="/newsletter/lage">Jetzt kostenlos abonnieren</a></div>',
        # the Guardian's ask for contributions on a live page
        '<div data-gu-name="liveblog-epic" class="dcr-1mxjdbf"><h2>Before you move on from this live blog …</h2>'
        "<p>… we have a small request. Our reporters have been in the province since dawn.</p></div>",
    ],
)
def test_a_poll_a_reactions_bar_a_chart_and_a_registration_wall_are_furniture(box):
    assert body_of(with_paragraphs(box, 2)) == "\n\n".join(PARAGRAPHS)


def test_an_accordions_answers_under_its_questions_as_buttons_are_the_texts():
    answers = [
        "Hộ nghèo và hộ cận nghèo trên địa bàn tỉnh.",
        "Tại bộ phận một cửa của xã. Cần mang gì? Căn cước và giấy xác nhận của thôn.",
        "Trong quý IV.",
    ]
    questions = ["Ai được hỗ trợ?", "Nộp hồ sơ ở đâu?", "Khi nào nhận tiền?"]
    box = "".join(
        f'<div class="faq-item"><button>{q}</button><div>{a}</div></div>'
        for q, a in zip(questions, answers, strict=True)
    )
    assert body_of(with_paragraphs(f'<div class="faq">{box}</div>', 3)) == "\n\n".join([*PARAGRAPHS, *answers])


JAPANESE_PARAGRAPHS = [
    "気象台によりますと、低気圧の影響で関東甲信では5日昼前から雪が降り始め、夕方以降は平野部でも雪となる見込みです。",
    "鉄道各社は、大雪による運休や遅れに備え、5日夕方以降、一部の路線で運転本数を減らす可能性があると発表しています。",
    "気象台は「わずかな積雪でも交通機関に大きな影響が出るおそれがある。早めの対策をとってほしい」と話しています。",
]


@pytest.mark.parametrize(
    "paragraphs, box",
    [
        (PARAGRAPHS, '<div class="content" data-video-id="x9">{}</div>'),  # named for a player, holding the text
        # Japanese writes without spaces: its paragraphs are not a player's few words
        (
            JAPANESE_PARAGRAPHS,
            '<div class="content"><div class="news-body">{}<div data-video-id="n1"></div></div></div>',
        ),
    ],
)
def test_a_box_named_for_a_player_or_holding_ones_box_but_holding_the_text_is_the_texts(paragraphs, box):
    html = page(box.format("".join(f"<p>{p}</p>" for p in paragraphs)))
    assert body_of(html) == "\n\n".join(paragraphs)


def test_a_gallery_with_buttons_keeps_its_caption():
    gallery = (
        '<div class="slides"><img src="/a.jpg" alt=""><p>Đại biểu dự hội nghị sơ kết quý III của Đảng ủy Khối.</p>'
        "<button>Trước</button><button>Sau</button></div>"
    )
    found = extract_article(with_paragraphs(gallery, 2), "https://example.vn/a.html")
    caption = "Đại biểu dự hội nghị sơ kết quý III của Đảng ủy Khối."
    assert caption in found.body or caption in [image.get("caption") for image in found.images]


@pytest.mark.parametrize(
    "box",
    [
        # an embed waiting for the reader's consent, its one button gone
        '<div class="external-content columns twelve"><div class="external-content__header">Nội dung bên ngoài</div>'
        "<p>Chúng tôi cần sự đồng ý của bạn để hiển thị nội dung này.</p><button>Hiển thị</button></div>",
        # a footer named with a grid's classes
        '<div class="meldungsfooter columns twelve"><p>Bài viết được đăng trên bản tin lúc 16 giờ.</p></div>',
        # a writer's box with their bio, and a follow box
        '<div class="nx-author-box"><a class="nx-author-box__name" href="/tac-gia/ha-an">Hà An</a>'
        '<p class="nx-author-box__bio">Phóng viên mảng xây dựng Đảng, phụ trách tin các chi bộ doanh nghiệp.</p></div>',
        '<div class="fb-follow"><span>Đừng bỏ lỡ tin tức mới nhất của tỉnh.</span> <a href="https://facebook.com/x">Theo dõi</a></div>',
        # a video player's box, however named, with its title; a video's source; an appeal for support
        '<div class="v-mdl-vid" data-voc-video-id="x9"><span>00:47</span><p>Vídeo Toàn cảnh lễ kết nạp</p></div>',
        '<div class="video-box"><p class="video-box__source">Zdroj: Správa silnic kraje</p></div>',
        '<div class="dm-support-box"><h4>Ủng hộ báo chí</h4><p>Báo chí tốt cần sự ủng hộ của bạn đọc.</p></div>',
        # a video's embed named by its test id, with its label and title; a subscription's box
        '<div class="sc-e21b7f-0 jRtYpK" data-testid="video-embed"><span>Video</span><h3>Reportáž Událostí: Vinaři</h3></div>',
        '<div class="subscription-box"><p>Subskrybuj Dziennik Rynków i czytaj bez limitu</p><p>Pierwszy miesiąc za 1 zł</p></div>',
        # an audio player's box named by its data, with its title
        '<div class="content-audio__player" data-audio-id="8834120"><button aria-label="Ouvir">▶</button>'
        '<span class="content-audio__title">Ouça a reportagem da Rádio Aurora</span></div>',
        # a player named for screen readers, with its poster, title and description
        '<div class="gnt_em gnt_em_vp" aria-label="Video player"><img src="/thumb.jpg" alt=""><button>Play</button>'
        "<div>Why later school start times are spreading</div><div>Sleep researchers explain the push. 2:14</div></div>",
        # a custom element named as a sign-up box, its privacy notice making it long
        '<gu-island name="EmailSignUpWrapper"><p>Sign up to Up North</p><p>Free weekly newsletter</p>'
        "<p>The best reporting, culture and conversation from across the north of England, every Thursday</p>"
        "<p>Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside"
        " parties. For more information see our Privacy Policy. We use Google reCaptcha to protect our website and"
        " the Google Privacy Policy and Terms of Service apply.</p></gu-island>",
        # a teaser card split into its picture's link and its headline's link to one article, a date beside
        '<div class="article__article"><a href="/20240215/metro-1929954117.html"><img src="/t.jpg"></a>'
        '<span class="elem-info__date">15 tháng 2, 11:20</span>'
        '<a href="/20240215/metro-1929954117.html">Bộ Xây dựng công bố các đô thị sẽ có đường sắt đô thị</a></div>',
        # a player's poster named by its button for screen readers, its title and running time inside
        '<div class="player-placeholder" role="button" aria-label="Play video: Why rural bus runs are cancelled">'
        '<img src="/poster.jpg" alt=""><div class="videoInfo"><span class="vidTitle">Why rural bus runs are cancelled</span>'
        '<span class="vidDuration">2:14</span></div></div>',
        # a call to subscribe or to give, its button in Rioplatense Spanish or in Korean
        '<div class="suscription-inline"><p class="sus-title">El periodismo profesional cuesta. Apoyalo.</p>'
        '<p class="sus-sub">Suscribite desde $1.990 por mes.</p><a class="sus-btn" href="/suscripciones">Suscribite</a></div>',
        '<div class="article-support"><p class="support-title">동남매일을 후원해 주세요</p>'
        '<p class="support-text">독자 여러분의 후원이 지역 언론의 독립을 지킵니다.</p><a href="/support.html">후원하기</a></div>',
        # a newsletter's box marked by its data attribute, its classes abbreviated
        '<div class="a_nl _df" data-newsletter="vivienda"><span class="a_nl_k">Newsletter</span>'
        '<p class="a_nl_t">Vivienda a fondo</p><p class="a_nl_d">Análisis y noticias, cada jueves en tu correo</p>'
        '<a class="a_nl_b" href="/newsletters/vivienda/">Recíbela</a></div>',
        # an audio player's empty box named as one, its script to fill it; its title and download beside it
        '<div class="copytext-element-wrapper--audio"><div class="ts-mediaplayer" data-config="{}"></div>'
        "<div><h3>Deichläufer in Verden: „Wir schauen auf jeden nassen Fleck“</h3><p>NWR Info, 3 Min</p>"
        '<a href="/a.mp3" download>Audio herunterladen</a></div></div>',
        # a box a skip link opens for screen readers, to the box's end: a sign-up with its privacy notice
        '<figure><div id="EmailSignup-skip-link-12"><a href="#EmailSignup-skip-link-12">skip past newsletter promotion</a>'
        "</div><p>Free weekly newsletter</p><p>The planet's most important stories. Get all the week's environment news"
        "</p><p>Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside"
        ' parties.</p><div id="EmailSignup-skip-link-12-end" role="note">after newsletter promotion</div></figure>',
        # a messenger channel's card, its button to join
        '<div class="wa-channel-card"><strong>¿Ya sigue nuestro canal de WhatsApp?</strong><span>Reciba las noticias'
        ' más importantes del día directamente en su teléfono.</span><a href="https://whatsapp.com/channel/0029">'
        "Unirme al canal</a></div>",
        # a component named in Seznam's data-dot
        '<div class="e_fB" data-dot="mol-newsletter"><div>Ranní zprávy do e-mailu</div>'
        "<div>Každé ráno to nejdůležitější z domova i ze světa, vybrané naší redakcí pro vás.</div></div>",
    ],
)
def test_boxes_beside_the_text_are_furniture_however_named(box):
    assert body_of(with_paragraphs(box, 3)) == "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize(
    "name",
    [
        *("baca-juga", "box-publicidad", "leggi-anche", "artikel-terkait", "pub_300x250", "kapcsolodo-doboz"),
        *("szavazas-doboz", "box-sondaggio", "orz-abbonati"),  # a poll, a subscription's offer
        # ... or named as one element of the story, or with a colour's class ("has-text-color")
        *("id-StoryElement-interestBox id-NewsletterBox", "id-StoryElement-teaser id-Teaser-el id-Teaser-el--inline"),
        *("wp-block-newspack-blocks-homepage-articles wpnbha has-text-color", "paywall-strip"),
        "sc-2f6e0b1d-0 aqiWidget",  # a live air-quality reading
        *("sigFreePrintMessage", "print-only"),  # what only the printed page shows
        "article-embed article-embed--telegram",  # a post embedded from a network, named in a BEM modifier
    ],
)
def test_furniture_named_in_the_sites_own_language_or_as_an_element_of_the_story_is_furniture(name):
    box = (
        f'<div class="{name}"><p>Đọc thêm bài viết về hội nghị tổng kết công tác xây dựng Đảng của các chi bộ'
        " trong khối doanh nghiệp năm nay, với nhiều ý kiến của đảng viên trẻ.</p></div>"
    )
    assert body_of(with_paragraphs(box, 2)) == "\n\n".join(PARAGRAPHS)


def test_a_body_named_in_an_aspnet_id_is_still_the_body():
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = page(f'<div id="ctl00_mainContent_ctl00_divContent">{paragraphs}</div>')
    assert body_of(html) == "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize("name", ["published-date", "public-notice", "publication"])
def test_a_name_that_starts_like_an_ads_word_is_not_furniture(name):
    assert body_of(page(f'<div class="{name}">{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}</div>')) == "\n\n".join(
        PARAGRAPHS
    )


def test_furniture_named_with_a_content_word_in_its_compound_is_furniture():
    teaser = (
        '<div class="field field--name-field-related-articles"><article class="node node--view-mode-teaser">'
        '<a href="/thoi-su/lop-boi-duong-ly-luan-123"><h3>Mở lớp bồi dưỡng lý luận chính trị</h3></a>'
        "<div><p>Ban Tuyên giáo mở lớp bồi dưỡng cho đảng viên mới của các chi bộ trong khối.</p></div></article></div>"
    )
    assert body_of(with_paragraphs(teaser, 3)) == "\n\n".join(PARAGRAPHS)
    # a card named for a teaser of another article, or set inline: "ArticleTeaser_root" with its test id
    card = (
        '<div class="ArticleTeaser_root__nR4tW" data-testid="inline-teaser"><a href="/mietpreise-zuerich-739201846512">'
        "<span>Angebotsmieten</span><span>In Zürich steigen die Mieten für neue Wohnungen weiter</span>"
        "<span>Wer umzieht, zahlt im Schnitt 9 Prozent mehr als vor einem Jahr.</span></a></div>"
    )
    assert body_of(with_paragraphs(card, 2)) == "\n\n".join(PARAGRAPHS)
    # an article inside the article, a Drupal node shown in a view mode of its own, with its label
    embedded = (
        '<div class="embedded-entity"><article class="node node--type-article node--view-mode-leia-tambem">'
        '<div class="leia-tambem__label">Leia também</div><h3 class="node__title"><a href="/economia/2023-11-10-o-que-muda">'
        "O que muda com o novo regime do alojamento local</a></h3></article></div>"
    )
    html = with_paragraphs(embedded, 2).replace('<div class="content">', '<article class="node--view-mode-full">')
    assert body_of(html.replace('</div></div><div class="sidebar">', '</article></div><div class="sidebar">')) == (
        "\n\n".join(PARAGRAPHS)
    )
    # a body that says it holds related articles, or sits beside a sidebar, is still the body
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    for marks in (
        *("article-body with-related-articles", "story-body has-sidebar", "article article--with-sidebar"),
        "main-content ads-free",
    ):
        assert body_of(page(f'<div class="{marks}">{paragraphs}</div>')) == "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize(
    "media",
    [
        # a video's placeholder with its running time and title, named in BEM
        '<div class="content-video"><div class="content-video__placeholder__info"><span class="content-video__placeholder__duration">01:48</span>'
        '<h3 class="content-video__placeholder__title">Vídeo mostra carros ilhados na avenida</h3></div></div>',
        # a gallery's kicker and title above its slides
        '<div class="gallery-inline"><div class="gallery-inline__head"><span class="gallery-inline__kicker">Fotogallery'
        '</span><h4 class="gallery-inline__title">La funicolare, 130 anni di storia</h4></div></div>',
        # a video's title, named in camel case
        '<div class="videoEmbed"><p class="videoEmbed__title">Toàn cảnh hội nghị sơ kết quý III</p></div>',
    ],
)
def test_a_videos_or_a_gallerys_title_is_not_a_sub_heading_of_the_article(media):
    assert body_of(with_paragraphs(media, 2)) == "\n\n".join(PARAGRAPHS)


def test_a_card_popping_up_over_a_name_in_a_sentence_is_not_read_into_it():
    card = (
        '<span class="rollover-people"><a href="/people/tran-van-an">Trần Văn An</a><span class="rollover-people-block">'
        '<a class="name" href="/people/tran-van-an">Trần Văn An</a><a href="/tin/bai-khac-1">Bí thư dự hội nghị'
        ' tổng kết</a> <a class="more" href="/people/tran-van-an">MORE</a></span></span>'
    )
    first = PARAGRAPHS[0].replace("Sáng 12/10", f"Sáng 12/10, đồng chí {card}", 1)
    html = page(f'<div class="content"><p>{first}</p>{"".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:])}</div>')
    expected = PARAGRAPHS[0].replace("Sáng 12/10", "Sáng 12/10, đồng chí Trần Văn An", 1)
    assert body_of(html).split("\n\n")[0] == expected
    # the name's link named like the card, in a short sentence
    card = card.replace(
        '<a href="/people/tran-van-an">', '<a class="rollover-people-link" href="/people/tran-van-an">', 1
    )
    short = f"Ông {card} (Bí thư Huyện ủy) dự hội nghị sáng 12/10 tại hội trường xã An Bình."
    html = page(f'<div class="content"><p>{short}</p>{"".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:])}</div>')
    expected = "Ông Trần Văn An (Bí thư Huyện ủy) dự hội nghị sáng 12/10 tại hội trường xã An Bình."
    assert body_of(html).split("\n\n")[0] == expected


def test_endnotes_in_an_element_named_as_a_caption_are_the_articles():
    # "chú thích" names a picture's caption and an annotation alike
    notes = '<p class="chuthich">(1) Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia, Hà Nội, 2011, t. 15, tr. 113</p>'
    assert body_of(with_paragraphs(notes, 3)).split("\n\n")[-1].startswith("(1) Hồ Chí Minh: Toàn tập")


def test_a_journals_author_printed_above_the_headline_is_the_byline():
    author = '<div class="author-detail"><p class="author-name"><strong>PGS, TS TRẦN VĂN AN</strong></p></div>'
    html = (
        "<html><head><title>Hội nghị sơ kết quý III</title></head><body>"
        f'<div class="article-detail">{author}<h1>Hội nghị sơ kết quý III</h1>'
        f'<div class="content">{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}</div></div></body></html>'
    )
    assert extract_article(html, "https://example.vn/a.html").author == "Trần Văn An"


def article_with(byline: str, body: str = "", head: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f"<html><head><title>Hội nghị sơ kết quý III</title>{head}</head><body>"
        f'<div class="article-detail"><h1>Hội nghị sơ kết quý III</h1>{byline}'
        f'<div class="content">{paragraphs}{body}</div></div></body></html>'
    )


def test_two_writers_each_in_their_own_byline_box_side_by_side_are_both_the_author():
    byline = (
        '<div class="detail__author"><div class="author"><a class="author__name" href="/tac-gia/quynh-anh">Quỳnh Anh'
        '</a></div> - <div class="author"><a class="author__name" href="/tac-gia/manh-hung">Mạnh Hùng</a></div></div>'
    )
    assert extract_article(article_with(byline), "https://example.vn/a.html").author == "Quỳnh Anh, Mạnh Hùng"
    # a photo story signed by its photographer
    byline = '<div class="author-top">Phóng sự ảnh: <strong>VŨ HOÀNG LINH</strong></div>'
    assert extract_article(article_with(byline), "https://example.vn/a.html").author == "Vũ Hoàng Linh"


def test_the_byline_closing_the_body_is_the_writers_not_a_pictures_credit_nor_another_articles():
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    lead = (
        '<table><tr><td><img src="/a.jpg"></td></tr><tr><td class="photo_author">Ảnh: Báo Hậu Giang</td></tr></table>'
    )
    column = '<div class="columns"><div class="article_author">Trần Minh Đức</div><a href="/cot/1">Bài khác</a></div>'
    html = (
        '<html><head><title>Hội nghị sơ kết quý III</title></head><body><div class="news"><h1>Hội nghị sơ kết quý III</h1>'
        f'{lead}<div class="news_text">{paragraphs}</div><div class="news_author">Автор: <b>Петя Стоянова</b></div>'
        f"</div>{column}</body></html>"
    )
    assert extract_article(html, "https://example.vn/a.html").author == "Петя Стоянова"
    # with no byline closing the body, another article's writer further down is none either
    html = html.replace('<div class="news_author">Автор: <b>Петя Стоянова</b></div>', "").replace(
        '<div class="columns">', '<div class="columns">' + "<p>Chuyên mục khác</p>" * 12
    )
    assert extract_article(html, "https://example.vn/a.html").author is None


def author_of(byline: str) -> str | None:
    return extract_article(article_with(byline), "https://example.vn/a.html").author


@pytest.mark.parametrize(
    "byline, author",
    [
        # the name marked apart from the post
        (
            '<div class="byline"><a class="byline__name" href="/journalister/mette-kjaergaard">Mette Kjærgaard</a>'
            ' <span class="byline__title">Journalist</span></div>',
            "Mette Kjærgaard",
        ),
        (
            '<div class="r-byline"><span>Par</span> <a class="r-byline--author" href="/auteurs/julien-dethier">'
            'Julien Dethier</a> <span class="r-byline--function">Journaliste au pôle Régions</span></div>',
            "Julien Dethier",
        ),
        # an element named for the name wins over one named for the writer that holds the post too
        (
            '<div class="authorBox"><div class="authorData"><a class="authorName" href="/autorzy/kw">'
            'Katarzyna Wilczek</a> <span class="authorRole">Dziennikarka Onetu</span></div></div>',
            "Katarzyna Wilczek",
        ),
        # the name linked to the writer's page, without the post or the agency beside it
        (
            '<div class="news-meta__author"><a href="/yazar/selin-aydogdu">Selin Aydoğdu</a>'
            ' <span class="news-meta__role">İzmir Muhabiri</span></div>',
            "Selin Aydoğdu",
        ),
        (
            '<div class="bylineBox"><span>By</span> <a rel="author" href="/x/479233721">Selin Aydoğdu</a>,'
            ' <span class="agency">CC Bureau</span></div>',
            "Selin Aydoğdu",
        ),
        # names in Hebrew or Arabic script, which have no capitals, read as the box marks them
        (
            '<div class="authorAndDate"><div class="authors"><a href="/topics/a">עמית ברק</a>, '
            '<a href="/topics/b">שירה גולדמן</a></div><div class="date">פורסם: 10.02.25, 14:32</div></div>',
            "עמית ברק, שירה גולדמן",
        ),
        # the box's label ("by") and its dash are no names; the link to the writer's page is
        (
            '<div class="td-post-author-name"><div class="td-author-by">تحریر</div> '
            '<a href="/author/imran-qureshi/">عمران قریشی</a><div class="td-author-line"> - </div></div>',
            "عمران قریشی",
        ),
    ],
)
def test_the_names_a_byline_box_marks_apart_are_the_author(byline, author):
    assert author_of(byline) == author


def test_two_writers_each_with_their_post_in_a_byline_box_are_both_the_author():
    cards = "".join(
        f'<div class="byline"><a class="byline__link" href="/skrivere/{slug}"><img src="/{slug}.png" alt="">'
        f' <span class="byline__name">{name}</span></a> <span class="byline__role">Journalist</span></div>'
        for slug, name in (("ingrid-solheim", "Ingrid Solheim"), ("tor-arne-mikkelsen", "Tor Arne Mikkelsen"))
    )
    found = extract_article(article_with(f'<div class="bylines">{cards}</div>'), "https://example.vn/a.html")
    assert found.author == "Ingrid Solheim, Tor Arne Mikkelsen"


@pytest.mark.parametrize(
    "byline, author",
    [
        (  # writers listed in the box are each the author
            '<div class="c-article__authors"><ul class="c-authors"><li class="c-authors__item">'
            '<a href="/autoren/thu-ha/">Thu Hà</a></li><li class="c-authors__item"><a href="/autoren/minh-tuan/">'
            "Minh Tuấn</a></li></ul></div>",
            "Thu Hà, Minh Tuấn",
        ),
        (  # the line saying "By" names the writer, above the bureau's name
            '<div class="Byline_byline__N2yT1"><div class="Byline_bylineDetail__R6KqA">'
            '<span><a href="/news/riverland">SCBC Riverland</a></span>'
            '<p>By <a href="/news/eliza-marchetti/12785544">Eliza Marchetti</a></p></div></div>',
            "Eliza Marchetti",
        ),
    ],
)
def test_the_writers_a_byline_box_lists_or_says_by_are_the_author(byline, author):
    assert extract_article(article_with(byline), "https://example.vn/a.html").author == author


def test_an_embedded_posts_author_in_the_body_does_not_sign_the_article():
    post = (
        '<blockquote class="twitter-tweet"><p>Cấm xe qua cầu từ 22 giờ tối nay.</p>'
        '<span class="tw-author">Công an Thành phố (@congan_tp)</span></blockquote>'
    )
    byline = '<div class="b-byline"><span class="c-attribution"><a href="/tac-gia/thu-ha">Thu Hà</a></span></div>'
    html = article_with(byline, body=post)
    assert extract_article(html, "https://example.vn/a.html").author == "Thu Hà"


def test_the_metadata_names_the_writer_when_the_byline_box_holds_more_than_names():
    head = '<meta name="author" content="Aino Laaksonen">'
    for byline in (
        '<div class="article-byline"><span class="byline"><span class="byline__role">Teksti</span> '
        '<a href="/toimittajat/aino-laaksonen/">Aino Laaksonen</a></span> <span class="byline">'
        '<span class="byline__role">Kuvat</span> <span>Jussi Vierimaa</span></span></div>',
        '<div class="author-details"><span class="author">Aino Laaksonen</span> <span>Senior Reporter</span></div>',
    ):
        assert extract_article(article_with(byline, head=head), "https://example.vn/a.html").author == "Aino Laaksonen"
    # a list of writers that holds the metadata's one is the byline
    byline = '<div class="author-details"><span class="author">Aino Laaksonen, Jussi Vierimaa</span></div>'
    found = extract_article(article_with(byline, head=head), "https://example.vn/a.html")
    assert found.author == "Aino Laaksonen, Jussi Vierimaa"


def test_a_person_an_seo_plugins_graph_names_by_its_id_is_the_author():
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Person", "@id": "https://example.vn/tac-gia/thu-ha/", "name": "Thu Hà"},
            {"@type": "NewsArticle", "author": {"@id": "https://example.vn/tac-gia/thu-ha/", "name": "Thu Hà"}},
            {"@type": "WebPage", "author": {"@id": "https://example.vn/#organization", "name": "Báo Khối"}},
        ],
    }
    head = f'<script type="application/ld+json">{json.dumps(graph, ensure_ascii=False)}</script>'
    assert extract_article(article_with("", head=head), "https://example.vn/a.html").author == "Thu Hà"


def test_the_writers_beside_an_element_named_a_byline_that_holds_only_its_label_are_the_author():
    byline = (
        '<p><span class="byline-prefix">By</span> <span><a href="/by/kestrel-oduya">Kestrel Oduya</a></span>'
        ' and <span><a href="/by/dana-whitlock">Dana Whitlock</a></span></p>'
    )
    found = extract_article(article_with(byline), "https://example.vn/a.html")
    assert found.author == "Kestrel Oduya, Dana Whitlock"


@pytest.mark.parametrize(
    "sapo_element",
    [
        '<p class="mt-2 text-lg" data-testid="story-summary">{}</p>',  # named by its test id
        '<div class="article__second-title">{}</div>',
        '<p class="ArticleHeader_abstract__a6bab">{}</p>',
        '<p class="id-StoryElement-leadText">{}</p>',
        '<h2 class="subheading">{}</h2>',  # a deck under the headline
        '<table><tr><td class="view_sub_title">{}</td></tr></table>',  # an old Korean CMS's, in a table cell
        '<h2 class="subhead"><span itemprop="alternativeHeadline">{}</span></h2>',  # BLOX's deck
        # the CMS's place before the lead, its dash drawn by the style sheet
        '<p class="description"><span class="location-stamp">TP HCM</span>{}</p>',
        '<div class="chappeau"><p>{}</p></div>',  # as Lao Động spells it
        '<div class="article-summary"><h3>Những điểm chính:</h3><ul><li>{}</li></ul></div>',  # under its label
    ],
)
def test_a_sapo_named_by_its_test_id_or_as_a_second_title_or_an_abstract_is_the_summary(sapo_element):
    sapo = "Hơn 300 đảng viên mới được kết nạp trong năm, vượt chỉ tiêu Đảng ủy Khối giao."
    html = page(f'{sapo_element.format(sapo)}<div class="content">{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}</div>')
    assert extract_article(html, "https://example.vn/a.html").summary == sapo


def test_a_pictures_description_named_in_bem_is_no_summary():
    sapo = "Hơn 300 đảng viên mới được kết nạp trong năm, vượt chỉ tiêu Đảng ủy Khối giao."
    photo = '<div class="art-photo"><img src="/a.jpg"><p class="art-photo__desc">Quang cảnh hội nghị sơ kết công tác xây dựng Đảng quý III của Đảng ủy Khối</p></div>'
    html = page(
        f'{photo}<div class="art-lead">{sapo}</div><div class="content">{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}</div>'
    )
    assert extract_article(html, "https://example.vn/a.html").summary == sapo


def test_a_persons_name_in_chinese_script_in_the_pages_author_meta_is_the_author():
    html = page(f'<div class="content">{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}<div>【编辑:李佳宁】</div></div>')
    html = html.replace("<head>", '<head><meta name="author" content="王晓峰">')
    assert extract_article(html, "https://example.vn/a.html").author == "王晓峰"  # not the editor's credit


def test_a_live_pages_entry_bylines_in_the_body_do_not_sign_the_article():
    byline = '<div class="byline">Av <a href="/forfatter/kari">Kari Nordhus</a>, <a href="/forfatter/erik">Erik Fjeld</a></div>'
    entries = "".join(
        f'<div class="entry"><span class="entry__author">{name}</span><p>Vannet stiger fortsatt ved elva i kveld.</p></div>'
        for name in ("Erik Fjeld", "Kari Nordhus")
    )
    found = extract_article(article_with(byline, entries), "https://example.vn/a.html")
    assert found.author == "Kari Nordhus, Erik Fjeld"
    # one byline in the body is the article's own
    found = extract_article(article_with("", '<p class="author">Minh Tâm</p>'), "https://example.vn/a.html")
    assert found.author == "Minh Tâm"


def test_a_reporters_title_after_the_name_in_the_metadata_is_not_the_name():
    ld = {"@type": "NewsArticle", "author": {"@type": "Person", "name": "김도윤 기자"}}
    head = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    assert extract_article(article_with("", head=head), "https://example.vn/a.html").author == "김도윤"


def test_a_short_japanese_article_beside_long_teasers_is_read_in_its_article_block():
    # four short paragraphs: few characters, but Japanese says in one what Latin letters say in three
    paragraphs = [
        f"富山湾の春の風物詩、ホタルイカ漁が解禁され、滑川漁港では早朝から初水揚げが行われた。その{n}。"
        for n in range(4)
    ]
    teasers = "".join(
        f'<li><a href="/articles/-/14790{n}">特集 {n}</a><p>{"仮設住宅での生活が続く輪島市や珠洲市の住民を訪ね、生活再建への思いや課題を聞いた。" * 3}</p></li>'
        for n in range(4)
    )
    html = (
        "<html><head><title>ホタルイカ漁解禁</title></head><body><article><h1>ホタルイカ漁解禁</h1>"
        f'<div class="article-body">{"".join(f"<p>{p}</p>" for p in paragraphs)}</div></article>'
        f'<section class="pickup"><ul>{teasers}</ul></section></body></html>'
    )
    assert body_of(html).split("\n\n") == paragraphs


def test_a_list_of_social_accounts_the_article_names_is_the_articles():
    accounts = '<p>Tài khoản: <a href="https://instagram.com/bep_nha_minh">@bep_nha_minh</a></p>'
    assert body_of(with_paragraphs(accounts, 2)) == "\n\n".join(
        [*PARAGRAPHS[:2], "Tài khoản: @bep_nha_minh", PARAGRAPHS[2]]
    )


def article_in_parts(tail: str) -> str:
    """A page printing its article in two parts around an ad, in a column that holds
    what the site adds after the text too (`tail`)."""
    return (
        '<html><head><title>Hội nghị sơ kết quý III</title></head><body><div class="cot-trai">'
        "<h1>Hội nghị sơ kết quý III</h1>"
        f'<div class="phan-bai">{"".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2])}</div><div class="qc-giua"></div>'
        f'<div class="phan-bai phan-tiep"><p>{PARAGRAPHS[2]}</p></div>'
        f"{tail}</div></body></html>"
    )


def test_cards_each_with_a_section_label_over_its_linked_headline_go_with_their_heading():
    cards = "".join(
        f'<article class="goi-y-bai"><a href="/{slug}-{n}.html"><img src="/t{n}.jpg" alt=""></a><div class="goi-y-chu">'
        f'<span class="nhan">{label}</span><h3><a href="/{slug}-{n}.html">{headline}</a></h3><p>{description}</p></div></article>'
        for n, (label, slug, headline, description) in enumerate(
            [
                ("Thời sự", "khanh-thanh-cau", "Khánh thành cầu dân sinh nối hai xã vùng cao", "Cây cầu dài 120 mét."),
                ("Kinh tế", "gia-lua-tang", "Giá lúa tăng mạnh trong tuần đầu tháng", "Thương lái thu mua tại ruộng."),
                (
                    "Xã hội",
                    "mua-lon-keo-dai",
                    "Mưa lớn kéo dài ở các tỉnh miền Trung",
                    "Nhiều tuyến đường bị ngập sâu.",
                ),
            ]
        )
    )
    html = article_in_parts(f'<section class="goi-y"><h2 class="tieu-de-khoi">Gợi ý cho bạn</h2>{cards}</section>')
    assert body_of(html) == "\n\n".join(PARAGRAPHS)


def test_a_short_sentence_after_the_tags_does_not_carry_the_article_on():
    # an appeal after the tag box: its pitch is one short sentence, no paragraph of the article
    tail = (
        '<div class="the-bai"><span>Từ khóa:</span><ul><li><a href="/tag/chi-bo">chi bộ</a></li>'
        '<li><a href="/tag/dang-vien">đảng viên</a></li></ul></div>'
        '<div class="dong-hanh"><p class="dh-tieu-de">Đồng hành cùng báo Khối!</p>'
        "<p>Báo chí độc lập cần bạn đọc. Hãy ủng hộ chúng tôi mỗi tháng nếu bạn thấy tin có ích.</p>"
        '<a class="nut" href="/dong-hanh/">Ủng hộ</a></div>'
    )
    assert body_of(article_in_parts(tail)) == "\n\n".join(PARAGRAPHS)


def test_a_card_of_a_date_above_a_linked_headline_inside_the_body_is_not_the_article():
    card = (
        '<div class="inline-card"><a href="/tin-9.html"><img src="/anh-9.jpg"></a><div class="info">'
        '<div class="date">12/02/2025 11:20</div><a href="/tin-9.html">Một tin khác của chuyên mục được giới thiệu</a>'
        "</div></div>"
    )
    html = with_paragraphs(card, 1)
    assert body_of(html) == "\n\n".join(PARAGRAPHS)


def test_a_hidden_date_is_no_stamp_and_a_label_beside_the_headline_is_the_category():
    # NukeViet's theme hides a schema.org datePublished holding the edit time.
    html = (
        page(
            '<div class="tt-chuyenmuc">Nghiên cứu - Trao đổi</div><h2>x</h2>'
            '<span class="hidden d-none" itemprop="datePublished">2024-10-11T10:32:00+07:00</span>'
            '<span class="h5">Thứ sáu - 11/10/2024 09:10</span>' + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        )
        .replace('<div class="main"><h1>Hội nghị sơ kết quý III</h1>', '<div class="main">')
        .replace("<h2>x</h2>", "<h1>Hội nghị sơ kết quý III</h1>")
    )
    extraction = extract_article(html, "https://example.vn/tin/hoi-nghi-so-ket-quy-iii-866.html")
    assert ("stamp", "Thứ sáu - 11/10/2024 09:10") in extraction.date_candidates
    assert extraction.category == "Nghiên cứu - Trao đổi"


def test_a_menu_item_marked_breadcrumb_is_no_trail():
    # DNN's menus mark the open path's items with the class "breadcrumb".
    menu = '<ul class="menu"><li class="item selected breadcrumb"><a href="/tin/">Tin hoạt động</a></li></ul>'
    trail = '<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/cm/">Chuyên mục tin</a> › <a href="/ct/">Chi tiết tin</a></div>'
    html = page(menu + trail + "".join(f"<p>{p}</p>" for p in PARAGRAPHS))
    assert extract_article(html, "https://example.vn/tin/hoi-nghi-1234.html").category == "Chuyên mục tin"


def test_a_breadcrumb_step_with_no_page_of_its_own_is_still_the_category():
    # Joomla prints a category with no menu item unlinked; "Bạn đang ở:" is a label.
    trail = (
        '<ul class="breadcrumb"><li>Bạn đang ở:</li><li><a href="/">Trang chủ</a></li>'
        "<li><span>Tin tiêu điểm</span></li><li><span>Hội nghị sơ kết quý III</span></li></ul>"
    )
    html = page(trail + "".join(f"<p>{p}</p>" for p in PARAGRAPHS))
    assert extract_article(html, "https://example.vn/tin/hoi-nghi-1234.html").category == "Tin tiêu điểm"


def test_a_breadcrumb_whose_list_sits_inside_its_wrapper_gives_its_last_section():
    # Joomla 4: nav.mod-breadcrumbs__wrapper > ol > li, a subcategory with no menu item unlinked.
    trail = (
        '<nav class="mod-breadcrumbs__wrapper"><ol class="mod-breadcrumbs breadcrumb"><li>Bạn đang ở:</li>'
        '<li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li><span>Gương điển hình</span></li>'
        '<li class="active"><span>Hội nghị sơ kết quý III</span></li></ol></nav>'
    )
    html = page(trail + "".join(f"<p>{p}</p>" for p in PARAGRAPHS))
    assert extract_article(html, "https://example.vn/tin-tuc/hoi-nghi").category == "Gương điển hình"
    # "Chi tiết bài viết", the kind of page, is no section.
    detail = trail.replace("Gương điển hình", "Chi tiết bài viết")
    html = page(detail + "".join(f"<p>{p}</p>" for p in PARAGRAPHS))
    assert extract_article(html, "https://example.vn/tin-tuc/hoi-nghi").category == "Tin tức"


TEASERS = """<html><head><title>Tin hoạt động</title></head><body><div class="blog"><h1>Tin hoạt động</h1>
<div class="item"><h2><a href="/tin-hoat-dong/231-so-ket-cong-tac-xay-dung-dang-6-thang.html">Sơ kết công tác xây
dựng Đảng 6 tháng đầu năm 2024</a></h2><time datetime="2024-06-18T16:00:00+07:00">18/6/2024</time>
<p>{p}</p><p class="readmore"><a href="/tin-hoat-dong/231-so-ket-cong-tac-xay-dung-dang-6-thang.html">Đọc thêm...</a></p>
</div><div class="item"><h2><a href="/tin-hoat-dong/229-chung-ket-hoi-thi-bi-thu-chi-bo-gioi.html">Chung kết Hội thi
Bí thư chi bộ giỏi năm 2024</a></h2><p>{p}</p></div></div></body></html>"""


def test_a_page_whose_headline_links_to_another_article_is_a_listing():
    listing = extract_article(TEASERS.format(p=PARAGRAPHS[0]), "https://example.vn/tin-hoat-dong.html")
    assert listing.teaser_headline and not listing.is_article
    # An article's headline may link to the article itself, or a site's name home.
    own = TEASERS.format(p=PARAGRAPHS[0]).split('<div class="item"><h2><a href="/tin-hoat-dong/229')[0]
    article_url = "https://example.vn/tin-hoat-dong/231-so-ket-cong-tac-xay-dung-dang-6-thang.html"
    itself = extract_article(own + "</div></body></html>", article_url)
    assert not itself.teaser_headline and itself.is_article
    home = page('<h1><a href="/">Đảng ủy Khối</a></h1>' + "".join(f"<p>{p}</p>" for p in PARAGRAPHS))
    assert extract_article(home, article_url).is_article


def test_a_node_drupal_promoted_to_the_front_page_is_no_promotion():
    # Drupal 7 prints "node-promoted" on every article shown on the front page too.
    node = (
        '<div id="site-name"><a href="/"><span>Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh</span></a></div>'
        '<h1 id="page-title">Hội nghị sơ kết quý III</h1><div class="node node-tin-tuc node-promoted node-full">'
        '<div class="field field-name-body"><div class="field-items"><div class="field-item even">'
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        + "</div></div></div></div>"
    )
    # The sidebar's teasers hold more prose than the article: the node must not count as furniture.
    teasers = "".join(f'<div class="views-row"><p>{p} {p}</p></div>' for p in PARAGRAPHS)
    article = extract_article(page(node, aside=teasers), "https://example.vn/tin-tuc/hoi-nghi")
    assert article.body == "\n\n".join(PARAGRAPHS)


def test_a_short_page_takes_no_date_from_the_sidebar_after_it():
    # A contact page of short lines, then the sidebar's latest news, each with its date.
    contact = "".join(f"<p>{line}</p>" for line in ("Văn phòng Đảng ủy Khối", "Điện thoại: 0212.3852.416"))
    sidebar = (
        '<div id="sidebar-second" class="column sidebar"><h2>Tin mới</h2><div class="views-row">'
        '<a href="/tin-tuc/so-ket">Sơ kết công tác</a><span class="field-content">12/07/2024</span></div></div>'
    )
    html = f"<html><body><h1>Liên hệ</h1>{contact}{sidebar}</body></html>"
    extraction = extract_article(html, "https://example.vn/lien-he")
    assert [source for source, _ in extraction.date_candidates] == []


def listing_view(body_class: str, wrapper: str = "<div>") -> str:
    """A listing whose headline is the section's and whose teasers print their whole lead."""
    items = "".join(
        f'<div class="blog-item"><h2><a href="/tin-tuc/bai-{n}">Bài số {n}</a></h2><p><strong>{p}</strong></p>'
        f'<p class="readmore"><a href="/tin-tuc/bai-{n}">Đọc thêm: Bài số {n}</a></p></div>'
        for n, p in enumerate(PARAGRAPHS)
    )
    return (
        f'<html><head><title>Tin tức</title></head><body class="{body_class}"><main>{wrapper}'
        f"<h1>Tin tức</h1>{items}</div></main></body></html>"
    )


@pytest.mark.parametrize(
    ("body_class", "wrapper"),
    [
        ("site com_content view-category layout-blog", "<div>"),  # Joomla 4
        ("site", '<div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog">'),
        ("site", '<div class="blog" itemscope itemtype="https://schema.org/Blog">'),  # Joomla 3
        ("archive category category-tin-tuc", "<div>"),  # WordPress
        ("html not-front page-taxonomy page-taxonomy-term page-taxonomy-term-5", "<div>"),  # Drupal 7
    ],
)
def test_a_page_its_cms_marks_as_a_listing_is_no_article(body_class, wrapper):
    assert not extract_article(listing_view(body_class, wrapper), "https://example.vn/tin-tuc").is_article


@pytest.mark.parametrize(
    ("body_class", "wrapper"),
    [
        ("site com_content view-article", "<div>"),
        # WordPress themes wrap single posts in schema.org/Blog too.
        ("single single-post postid-62 single-format-standard", '<div itemscope itemtype="https://schema.org/Blog">'),
    ],
)
def test_an_article_page_is_no_listing_by_its_marks(body_class, wrapper):
    html = (
        f'<html><head><title>Hội nghị</title></head><body class="{body_class}"><main>{wrapper}'
        f"<h1>Hội nghị sơ kết quý III</h1>{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}</div></main></body></html>"
    )
    assert extract_article(html, "https://example.vn/tin-tuc/hoi-nghi").is_article


def test_a_label_in_the_date_line_is_the_category():
    # Drupal's node__meta: the section's field beside the submitted date, the headline in a block above.
    meta = (
        '<div class="node__meta"><span class="field--name-field-chuyen-muc">Tin cơ sở</span>'
        "<span>Thứ Tư, 12/06/2024 - 10:30</span></div>"
    )
    html = page(meta + "".join(f"<p>{p}</p>" for p in PARAGRAPHS))
    extraction = extract_article(html, "https://example.vn/tin-co-so/hoi-nghi-so-ket-quy-iii")
    assert extraction.category == "Tin cơ sở"


def test_a_data_tables_rows_are_read_as_lines_and_its_figures_stay():
    table = (
        "<table><tr><th>Năm</th><th>Đảng viên</th><th>Kết nạp mới</th></tr>"
        "<tr><td>2023</td><td>6.650</td><td>302</td></tr><tr><td>2024</td><td>6.832</td><td>318</td></tr></table>"
    )
    assert body_of(with_paragraphs(table, 2)).split("\n\n") == [
        *PARAGRAPHS[:2],
        "Năm Đảng viên Kết nạp mới",
        "2023 6.650 302",
        "2024 6.832 318",
        PARAGRAPHS[2],
    ]
    # ... though the site names its tables for captions ("tplCaption"): one without a picture is data
    named = table.replace("<table>", '<table class="tplCaption">')
    assert "2023 6.650 302" in body_of(with_paragraphs(named, 2)).split("\n\n")
    # a place and its temperature in a table's row is data, not a header's weather widget
    weather = "<table><tr><td>Mazocruz</td><td>El Collao</td><td>-16,2 °C</td></tr></table>"
    assert "Mazocruz El Collao -16,2 °C" in body_of(with_paragraphs(weather, 2)).split("\n\n")
    # a layout table's cells hold paragraphs: each is a paragraph of its own
    layout = f"<table><tr><td><p>{PARAGRAPHS[0]}</p></td><td><p>{PARAGRAPHS[1]}</p></td></tr></table>"
    assert body_of(page(f'<div class="content">{layout}<p>{PARAGRAPHS[2]}</p></div>')) == "\n\n".join(PARAGRAPHS)


def test_a_tables_footer_row_is_its_total_not_the_pages_footer():
    rows = (
        '<tr class="ms-rteTableEvenRow-default"><td>1</td><td>Thị xã Sa Pa</td><td>3</td></tr>'
        '<tr class="ms-rteTableFooterRow-default"><td></td><td>Tổng cộng</td><td>13</td></tr>'
    )
    assert body_of(with_paragraphs(f"<table>{rows}</table>", 3)).split("\n\n")[-2:] == [
        "1 Thị xã Sa Pa 3",
        "Tổng cộng 13",
    ]


def test_a_table_pasted_from_word_reads_a_row_as_a_line_though_each_cell_holds_a_paragraph():
    row = (
        '<tr><td><p class="MsoNormal">BAN CHẤP HÀNH ĐẢNG BỘ</p></td><td><p class="MsoNormal">Số: 12-NQ/TU</p></td></tr>'
    )
    assert body_of(with_paragraphs(f"<table>{row}</table>", 0)).split("\n\n") == [
        "BAN CHẤP HÀNH ĐẢNG BỘ Số: 12-NQ/TU",
        *PARAGRAPHS,
    ]
    # a document's row of recipients and signature, each cell longer than a figure's, is one line too
    row = (
        "<tr><td><p><em>Nơi nhận:</em><br>- Như kính gửi,<br>- Ban Tuyên giáo Tỉnh ủy (để b/c),<br>- Lưu Văn phòng"
        " Đảng ủy Khối.</p></td><td><p>T/M BAN THƯỜNG VỤ<br>PHÓ BÍ THƯ<br><br><em>(Đã ký)</em><br><br>Lê Thị Hồng Nhung"
        "</p></td></tr>"
    )
    assert body_of(with_paragraphs(f"<table>{row}</table>", 3)).split("\n\n")[-1] == (
        "Nơi nhận: - Như kính gửi, - Ban Tuyên giáo Tỉnh ủy (để b/c), - Lưu Văn phòng Đảng ủy Khối."
        " T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ (Đã ký) Lê Thị Hồng Nhung"
    )
    # a letterhead's lines broken inside a cell read on after a space, as the page shows them apart
    row = "<tr><td><p>ĐẢNG BỘ TỈNH<br><strong>ĐẢNG ỦY KHỐI</strong><br>*</p></td><td><p>ĐẢNG CỘNG SẢN VIỆT NAM</p></td></tr>"
    assert body_of(with_paragraphs(f"<table>{row}</table>", 0)).split("\n\n")[0] == (
        "ĐẢNG BỘ TỈNH ĐẢNG ỦY KHỐI * ĐẢNG CỘNG SẢN VIỆT NAM"
    )


def test_an_article_split_over_two_containers_each_holding_a_field_of_one_kind_is_read_whole():
    # SharePoint: the body's first part in one wrapper, the rest in "…-tiep", each a rich-text field
    paragraphs = [*PARAGRAPHS, PARAGRAPHS[1].replace("Trong quý III", "Trong tháng 9")]
    first, rest = (
        f'<div class="{name}"><div class="ms-rtestate-field"><div class="ExternalClass{n}">'
        f"{''.join(f'<p>{p}</p>' for p in part)}</div></div></div>"
        for n, (name, part) in enumerate((("noi-dung", paragraphs[:2]), ("noi-dung-tiep", paragraphs[2:])))
    )
    html = page(f'<div class="chi-tiet">{first}<div class="ad">Quảng cáo</div>{rest}</div>')
    assert body_of(html) == "\n\n".join(paragraphs)


def test_a_sequel_container_named_as_the_body_and_more_is_read_with_it():
    # the body, an ad, then "…-more" holding the rest: shorter than half, but named as its sequel
    first = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = page(
        f'<div class="detail"><div class="detail-content afcbc-body">{first}</div><div class="ads">Quảng cáo</div>'
        f'<div class="detail-content afcbc-body detail-content-more"><p>{PARAGRAPHS[1]}</p></div></div>'
    )
    assert body_of(html).split("\n\n") == [*PARAGRAPHS, PARAGRAPHS[1]]


def test_a_body_cut_by_an_ad_and_a_gallery_is_read_whole():
    # the same box again after an "adv" slot and a gallery of captioned pictures
    first = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    gallery = (
        '<div class="gallery gallery--inline"><span class="gallery__counter">1 / 2</span><ul>'
        '<li><figure><img src="/g1.jpg"><figcaption>Đoàn công tác tại công trình</figcaption></figure></li>'
        '<li><figure><img src="/g2.jpg"><figcaption>Lễ khởi công</figcaption></figure></li></ul></div>'
    )
    html = page(
        f'<div class="story"><div class="story__text">{first}</div>'
        f'<div class="adv adv--inread"><div class="adv__label">Quảng cáo</div></div>{gallery}'
        f'<div class="story__text"><p>{PARAGRAPHS[1]}</p></div></div>'
    )
    assert body_of(html).split("\n\n") == [*PARAGRAPHS, PARAGRAPHS[1]]


def test_a_body_named_with_an_underscore_holds_its_first_paragraph_set_apart():
    # an old PHP portal: "content_detail", its first paragraph in a <div> before a picture's table
    cell = (
        f'<td class="content_detail"><div><font>{PARAGRAPHS[0]}</font></div>'
        '<table><tr><td><img src="/a.jpg"></td></tr></table>'
        f"<div><font>{PARAGRAPHS[1]}<br>{PARAGRAPHS[2]}<br>{PARAGRAPHS[1]}</font></div></td>"
    )
    html = f"<html><head><title>Hội nghị</title></head><body><table><tr>{cell}</tr></table></body></html>"
    assert body_of(html).split("\n\n")[0] == PARAGRAPHS[0]


@pytest.mark.parametrize(
    "lead",
    [
        f"<p><strong>{PARAGRAPHS[0]}</strong></p>",  # the body's first paragraph, all in bold
        f'<div class="itemIntroText"><p>{PARAGRAPHS[0]}</p></div>',  # K2's intro text
    ],
)
def test_a_lead_in_bold_or_in_k2s_intro_text_is_the_summary(lead):
    html = page(f'<div class="content">{lead}{"".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:])}</div>')
    extraction = extract_article(html, "https://example.vn/a.html")
    assert (extraction.summary, extraction.body) == (PARAGRAPHS[0], "\n\n".join(PARAGRAPHS[1:]))


def test_a_lead_in_bold_in_a_table_cell_of_an_old_portal_is_the_summary():
    cells = (
        f'<tr><td class="title_news"><b>Hội nghị sơ kết quý III</b></td></tr>'
        f'<tr><td><img src="/thumb.jpg"></td><td><font><b>{PARAGRAPHS[0]}</b></font></td></tr>'
        # the text in <font>s between <br>s, a cell to a part
        f'<tr><td class="content"><font>{PARAGRAPHS[1]}<br><br>{PARAGRAPHS[2]}</font></td></tr>'
        f'<tr><td class="content"><font>{PARAGRAPHS[1].replace("quý III", "tháng 9")}</font></td></tr>'
    )
    # the page's <title> is the site's name: the headline is the title cell above the first text
    html = f"<html><head><title>Cổng thông tin</title></head><body><table>{cells}</table></body></html>"
    extraction = extract_article(html, "https://example.vn/a.asp?id=12")
    assert (extraction.title, extraction.summary) == ("Hội nghị sơ kết quý III", PARAGRAPHS[0])


def test_a_document_laid_out_in_tables_in_sharepoints_rich_text_field_is_read_whole():
    letterhead = "<p><strong>ỦY BAN NHÂN DÂN HUYỆN AN PHÚ</strong></p><p>Số: 15/TB-UBND</p>"
    signed = ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "(Đã ký)", "Nguyễn Văn Bình"]
    parts = [letterhead, "".join(f"<p>{p}</p>" for p in PARAGRAPHS), "".join(f"<p>{s}</p>" for s in signed)]
    # each part in a table of its own, in a cell of an outer table: the text is deep, not far
    rows = "".join(f"<tr><td><table><tr><td>{part}</td></tr></table></td></tr>" for part in parts)
    field = f'<div class="ms-rtestate-field"><div class="ExternalClass1"><table>{rows}</table></div></div>'
    assert body_of(page(field)).split("\n\n") == [
        "ỦY BAN NHÂN DÂN HUYỆN AN PHÚ",
        "Số: 15/TB-UBND",
        *PARAGRAPHS,
        *signed,
    ]


def test_a_web_component_between_blocks_is_a_box_of_its_own_and_one_inside_a_line_is_not():
    teaser = (
        '<brick-teaser-v7 class="teaser teaser--inline"><a href="/nyheter/nytt-ras-i-hardanger/s/5-118-398810">'
        "<span>Les også</span><span>Nytt ras i Hardanger: – Vi har varslet dette i årevis</span></a></brick-teaser-v7>"
        "<h2>Geolog: Fortsatt ustabilt</h2>"
    )
    body = body_of(with_paragraphs(teaser, 1))
    assert "Nytt ras" not in body and "Geolog: Fortsatt ustabilt" in body.splitlines()
    # a citation's component in a paragraph stays in its line
    cited = '<p>Một nghiên cứu trên 496 người cho thấy điều đó (<hl-source><a href="/s/1">1</a></hl-source>).</p>'
    assert "Một nghiên cứu trên 496 người cho thấy điều đó (1)." in body_of(with_paragraphs(cited, 1)).splitlines()


def test_a_byline_box_named_firma_or_autor_is_the_byline_without_the_desk_under_the_name():
    for marks in ("c-firma", "article-autor"):
        byline = f'<div class="{marks}"><span>Juanita Prieto Castro</span><br><span>Redacción Bogotá</span></div>'
        assert extract_article(article_with(byline), "https://example.vn/a.html").author == "Juanita Prieto Castro"


def test_the_photographer_the_metadata_lists_among_the_writers_is_not_a_writer():
    people = [{"@type": "Person", "name": "Ingrid Haugland"}, {"@type": "Person", "name": "Even Solberg"}]
    head = f'<script type="application/ld+json">{json.dumps({"@type": "NewsArticle", "author": people})}</script>'
    byline = '<div class="byline"><span class="byline__name">Ingrid Haugland</span></div>'
    picture = (
        '<figure><img src="/ras.jpg"><figcaption>Steinmassene dekker vegen. Foto: Even Solberg</figcaption></figure>'
    )
    found = extract_article(article_with(byline, picture, head=head), "https://example.vn/a.html")
    assert found.author == "Ingrid Haugland"
    # without the credit, both are the writers the box and the metadata name
    found = extract_article(article_with(byline, head=head), "https://example.vn/a.html")
    assert found.author == "Ingrid Haugland, Even Solberg"
    # a photographer with a byline box of their own is a writer too; a box's post is no name
    boxes = (
        '<div class="byline"><span>Ingrid Haugland</span> <span>Journalist</span></div>'
        '<div class="byline"><span>Even Solberg</span> <span>Journalist</span></div>'
    )
    found = extract_article(article_with(boxes, picture, head=head), "https://example.vn/a.html")
    assert found.author == "Ingrid Haugland, Even Solberg"


def test_the_metadatas_writer_run_into_their_city_in_the_byline_box_is_the_author():
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Selin Karaağaç"}}</script>'
    byline = (
        '<div class="news-detail-author"><a class="author-image" href="/yazarlar/selin"><img src="/s.jpg" alt=""></a>'
        '<div class="author-info"><a class="author-name" href="/yazarlar/selin">Selin Karaağaç</a>'
        '<span class="author-city">İzmir</span></div><a class="author-all" href="/yazarlar/selin/haberleri">Tüm Haberleri</a>'
        "</div>"
    )
    assert extract_article(article_with(byline, head=head), "https://example.vn/a.html").author == "Selin Karaağaç"


def test_the_sites_own_name_after_the_writer_is_not_a_writer():
    byline = '<div class="authorName"><a href="/penulis/dimas">Dimas Aryo Prakoso</a> - Warta Bisnis</div>'
    # the site names itself in og:site_name, or at the tail of its <title>
    named = article_with(byline, head='<meta property="og:site_name" content="Warta Bisnis">')
    titled = article_with(byline).replace("quý III</title>", "quý III | Warta Bisnis</title>")
    for html in (named, titled):
        assert extract_article(html, "https://example.vn/a.html").author == "Dimas Aryo Prakoso"
    # another paper's name is a source, and stays
    assert (
        extract_article(article_with(byline), "https://example.vn/a.html").author == "Dimas Aryo Prakoso, Warta Bisnis"
    )


@pytest.mark.parametrize(
    "og_title, headline, title",
    [
        # the headline inside a box named for it, after its kicker
        (
            "Hội nghị sơ kết công tác xây dựng Đảng quý III",
            '<div id="landing-headline"><div id="art-hl-cat"><a href="/tin">Tin</a></div>'
            "<h1>Hội nghị sơ kết công tác xây dựng Đảng quý III</h1></div>",
            "Hội nghị sơ kết công tác xây dựng Đảng quý III",
        ),
        # og:title is "Kicker: Headline"; the kicker, named for the heading, is longer than the headline
        (
            "Công tác xây dựng Đảng ở cơ sở: Hội nghị quý III",
            '<span class="article-heading__kicker">Công tác xây dựng Đảng ở cơ sở</span>'
            '<h1 class="article-heading">Hội nghị quý III</h1>',
            "Hội nghị quý III",
        ),
    ],
)
def test_the_headline_is_the_title_without_the_kicker_over_it(og_title, headline, title):
    head = f'<meta property="og:title" content="{og_title}">'
    html = article_with("", head=head).replace("<h1>Hội nghị sơ kết quý III</h1>", headline)
    assert extract_article(html, "https://example.vn/a.html").title == title


def test_a_cms_leftover_run_into_the_headline_is_not_the_titles():
    headline = '<h1><span>Hội nghị sơ kết quý III</span><span class="sub-title">null</span></h1>'
    html = article_with("").replace("<h1>Hội nghị sơ kết quý III</h1>", headline)
    assert extract_article(html, "https://example.vn/a.html").title == "Hội nghị sơ kết quý III"


def test_an_article_laid_out_in_web_components_is_read_from_its_own_body():
    # Rossel-style markup: every box a custom element, the paragraphs each in their own,
    # then cards of other articles with descriptions as long as a paragraph
    sections = "".join(f'<r-article--section class="r-section"><p>{p}</p></r-article--section>' for p in PARAGRAPHS)
    cards = "".join(
        f'<article class="r-card"><a href="/tin-{n}.html"><h3>Tin khác số {n}</h3></a><p class="r-card--teaser">'
        f"Một bài khác số {n}, về việc các chi bộ trong khối chuẩn bị đại hội, với lời giới thiệu dài như một đoạn.</p>"
        "</article>"
        for n in range(3)
    )
    html = page(
        f'<r-article class="r-article"><r-article--body class="r-body">{sections}</r-article--body></r-article>'
        f'<section class="r-more"><h2>À découvrir aussi</h2>{cards}</section>'
    )
    assert body_of(html) == "\n\n".join(PARAGRAPHS)


DECK = "Hơn 300 đảng viên mới được kết nạp trong năm, vượt chỉ tiêu Đảng ủy Khối giao."
LEAD_PICTURE = (
    '<figure class="hero"><img src="/a.jpg"><figcaption>Quang cảnh hội nghị sơ kết công tác xây dựng Đảng '
    "quý III.</figcaption></figure>"
)


@pytest.mark.parametrize(
    "between, deck",
    [
        ("", '<p class="kLmNoP">{}</p>'),  # the deck's class hashed: only the description names it
        ("", '<h2 class="css-abs01">{}</h2>'),
        (LEAD_PICTURE, '<div class="sc-e5a2b0a9-1"><p class="sc-e5a2b0a9-0">{}</p></div>'),  # under the lead picture
        ('<div class="meta"><time>12.10.2024 08:30</time> Cập nhật 12.10.2024 09:15</div>', '<p class="x1">{}</p>'),
    ],
)
def test_the_first_words_under_the_headline_that_the_description_repeats_are_the_summary(between, deck):
    body = f'<div class="content">{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}</div>'
    html = page(f"{between}{deck.format(DECK)}{body}").replace(
        "<head>", f'<head><meta name="description" content="{DECK}">'
    )
    found = extract_article(html, "https://example.vn/a.html")
    assert (found.summary, found.body) == (DECK, "\n\n".join(PARAGRAPHS))


def test_words_the_description_repeats_after_a_paragraph_of_prose_are_no_summary():
    # Under a first paragraph, the description's words are the body's, not a standfirst.
    opening = "Hội nghị diễn ra tại hội trường Đảng ủy Khối với sự tham dự của hơn 200 đại biểu."
    body = f'<div class="content">{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}</div>'
    html = page(f'<p class="x0">{opening}</p><p class="x1">{DECK}</p>{body}').replace(
        "<head>", f'<head><meta name="description" content="{DECK}">'
    )
    assert extract_article(html, "https://example.vn/a.html").summary is None


def test_a_korean_deck_is_long_enough_for_a_summary_in_fewer_letters():
    # Hangul says in 30 letters what takes about 90 in Latin ones.
    deck = "임금협상 결렬로 노동위원회 조정 신청…27일 최종 조정회의가 분수령"
    body = f'<div class="content">{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}</div>'
    html = page(f'<h4 class="subheading">{deck}</h4>{body}')
    assert extract_article(html, "https://example.vn/a.html").summary == deck


@pytest.mark.parametrize(
    "box",
    [
        # a newspaper's pitch between paragraphs, its box named in the CMS's shorthand
        '<div class="gnt_em gnt_em_sub"><div>Local journalism matters</div><div>Your subscription helps us hold '
        'officials accountable.</div><a href="https://subscribe.example.com/offers">Subscribe for $1</a></div>',
        '<div class="x9"><h3>Unabhängiger Journalismus kostet</h3><button>Jetzt abonnieren</button></div>',
        '<section class="k-2"><p>Le journalisme local a besoin de vous.</p><a href="/abo">Abonnez-vous</a></section>',
        '<div class="hv360-box"><p>Olvasson korlátlanul a HV360-on!</p><p>Elemzések, interjúk és háttéranyagok minden '
        'nap – az első hónap 990 forint.</p><a href="https://elofizetes.example.hu/">Előfizetek</a></div>',
    ],
)
def test_a_short_box_asking_the_reader_to_subscribe_is_not_the_article(box):
    html = page(
        f'<div class="content">{"".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2])}{box}<p>{PARAGRAPHS[2]}</p></div>'
    )
    assert body_of(html) == "\n\n".join(PARAGRAPHS)


def test_a_paragraph_that_links_to_a_subscription_stays():
    # A sentence of the article may name the offer; only a short box around the call goes.
    told = (
        "Theo Bưu điện tỉnh, từ tháng 7 các chi bộ có thể đặt Báo Nhân Dân qua cổng dịch vụ công; "
        '<a href="/dat-bao">Đăng ký ngay</a> trong quý III, các chi bộ được giảm 10% giá đặt báo cả năm.'
    )
    html = page(f'<div class="content">{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}<div>{told}</div></div>')
    assert body_of(html).endswith("được giảm 10% giá đặt báo cả năm.")


def test_a_deck_that_the_description_repeats_with_the_agencys_name_after_it_is_the_summary():
    body = f'<div class="content">{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}</div>'
    html = page(f'<h2 class="news-stit">{DECK}</h2>{body}').replace(
        "<head>", f'<head><meta name="description" content="{DECK} (TTXVN)">'
    )
    assert extract_article(html, "https://example.vn/a.html").summary == DECK
    # ... or its first sentence with the agency's name, the deck being a heading, no paragraph
    deck = f"{DECK} Ban Thường vụ đề nghị các chi bộ tiếp tục rà soát hồ sơ."
    html = page(f'<h2 class="news-x">{deck}</h2>{body}').replace(
        "<head>", f'<head><meta name="description" content="{DECK.rstrip(".")} (TTXVN)">'
    )
    assert extract_article(html, "https://example.vn/a.html").summary == deck


def test_a_first_paragraph_cut_short_as_the_description_is_no_summary():
    cut = PARAGRAPHS[0][:120]
    html = page(
        f'<p class="x0">{PARAGRAPHS[0]}</p><div class="content">{"".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:])}</div>'
    )
    html = html.replace("<head>", f'<head><meta name="description" content="{cut}...">')
    assert extract_article(html, "https://example.vn/a.html").summary is None


def test_a_box_of_facts_repeating_the_articles_figures_is_no_pull_quote():
    facts = (
        '<aside class="factboxModule"><h3>Số liệu</h3><ul><li>Các tổ chức cơ sở đảng thực hiện tốt nhiệm vụ chính trị, '
        "kết nạp 46 đảng viên mới</li><li>2025 - 2027: nhiệm kỳ đại hội chi bộ</li></ul></aside>"
    )
    body = body_of(with_paragraphs(facts, 3))
    assert body.split("\n\n")[3:] == [
        "Số liệu",
        "Các tổ chức cơ sở đảng thực hiện tốt nhiệm vụ chính trị, kết nạp 46 đảng viên mới",
        "2025 - 2027: nhiệm kỳ đại hội chi bộ",
    ]


def test_whom_a_pull_quote_quotes_is_not_the_byline():
    quote = (
        '<div class="quote"><p>Xây dựng nhà chống lũ là giải pháp căn cơ, lâu dài cho người dân vùng rốn lũ</p>'
        '<p class="quote-author">Ông Nguyễn Văn Thắng, Phó chủ tịch UBND huyện</p></div>'
    )
    found = extract_article(article_with("", body=quote + "<p>NGỌC HÀ</p>"), "https://example.vn/a.html")
    assert found.author == "Ngọc Hà"


def test_a_source_the_metadata_names_as_the_writer_is_read_without_its_label():
    author = '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Theo Báo Quảng Ninh"}}</script>'
    found = extract_article(article_with("", head=author), "https://example.vn/a.html")
    assert found.author == "Báo Quảng Ninh"


def test_a_byline_box_right_after_the_bodys_box_signs_a_long_article():
    # SharePoint sets the writer under its rich-text field, after a long Word-pasted body.
    paragraphs = "".join(
        f'<p class="MsoNormal"><span style="font-size:14pt"><span lang="VI">{p}</span></span><o:p></o:p></p>'
        for p in PARAGRAPHS * 8
    )
    html = (
        "<html><head><title>Hội nghị sơ kết quý III</title></head><body><div class='page'>"
        "<h1><span>Hội nghị sơ kết quý III</span></h1><div class='ms-rtestate-field'>"
        f"{paragraphs}</div><div class='AuthorArticle'><strong>Tác giả: Hoàng Long - Văn phòng UBND tỉnh</strong>"
        "</div><div class='ViewCount'>Số lượt xem: 1.027</div></div></body></html>"
    )
    assert extract_article(html, "https://example.vn/a.html").author == "Hoàng Long"


def test_a_members_appeal_of_three_sentences_and_a_card_named_know_more_are_not_the_article():
    appeal = (
        '<div class="partner-module partner-module--inline"><p>Solo nos debemos a nuestros socios y socias</p>'
        "<p>Hacemos periodismo independiente gracias a las más de 80.000 personas que nos apoyan cada mes. Sin ellas, "
        'esta información no existiría.</p><a href="https://socios.example.es/">Hazte socio, hazte socia</a></div>'
    )
    card = (
        '<div class="know-more-widget"><span>Saber más</span><h3><a href="/vivienda/licencias_1_10877421.html">'
        "València congela las nuevas licencias de pisos turísticos durante un año</a></h3></div>"
    )
    assert body_of(with_paragraphs(appeal, 1)) == "\n\n".join(PARAGRAPHS)
    assert body_of(with_paragraphs(card, 2)) == "\n\n".join(PARAGRAPHS)
    # the appeal's box unnamed: its call and its short pitch say what it is
    unnamed = appeal.replace("partner-module partner-module--inline", "x7")
    assert body_of(with_paragraphs(unnamed, 1)) == "\n\n".join(PARAGRAPHS)


def test_liferays_empty_subtitle_before_the_headline_in_its_heading_is_not_the_titles():
    html = page('<div class="content">' + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div>").replace(
        "<h1>Hội nghị sơ kết quý III</h1>", '<h1><span class="sub-title">null</span>Hội nghị sơ kết quý III</h1>'
    )
    assert extract_article(html, "https://example.vn/a.html").title == "Hội nghị sơ kết quý III"


@pytest.mark.parametrize(
    "player",
    [
        # its title and running time beside the empty box its script fills ("data-player")
        '<div class="vdo_embedd _4pRwC" data-msid="129181220"><div class="_1wT7k"><span>Watch</span>'
        "<h3>Hội nghị sơ kết quý III qua ống kính phóng viên</h3><span>01:52</span></div>"
        '<div id="video-129181220" data-player="slike"></div></div>',
        # its title and running time beside a box its player fills, marked "data-vid"
        '<div class="vid-box"><div class="vid-box__player" data-vid="idn-2025-1201"><span class="play"></span></div>'
        '<div class="vid-box__title">Video: Hội nghị sơ kết quý III</div><div class="vid-box__time">2:37</div></div>',
        # its title and running time beside a player marked "data-vdo"
        '<div class="vdo_embedd" data-vdo="toi-player"><div class="a1">Watch</div><div class="a2">Hội nghị sơ kết'
        ' quý III qua ống kính phóng viên</div><span class="duration">02:08</span><div class="vdoPlayer"></div></div>',
        # a reading voice's box: its label, its voices, its <audio> and its maker's credit
        '<div class="smart-reader"><span>Nghe đọc bài viết</span><select><option>Giọng nữ miền Bắc</option></select>'
        '<audio preload="none"></audio><span class="sr-powered">Powered by VNPT SmartReader</span></div>',
        # its title and running time in a box whose data-type says it is a video
        '<div class="c-mmp c-mmp--embed" data-type="video" data-info-duration="225"><div class="c-mmp__info">'
        '<span class="c-mmp__info-title">VIDEO. Hội nghị sơ kết quý III</span><span>0:03:45</span></div></div>',
        # its title in a box named an embed of a video, the player a custom element
        '<div class="id-StoryElement-embed id-StoryElement-embed--video"><p class="id-StoryElement-embed-title">'
        'Hội nghị sơ kết quý III qua ống kính phóng viên</p><glomex-integration integration-id="40599"></glomex-integration></div>',
    ],
)
def test_a_videos_title_beside_its_player_is_not_the_article(player):
    assert body_of(with_paragraphs(player, 2)) == "\n\n".join(PARAGRAPHS)


def test_the_speaker_of_a_pull_quote_another_rule_took_off_goes_with_it():
    quote = "»Wir erleben seit Jahren, dass mehr Leute in Rente gehen, als wir ausbilden können«"
    opening = f"Der Verband schätzt, dass 3500 Stellen unbesetzt sind. {quote}, sagt Sabine Wernicke."
    box = f'<div data-area="quote"><blockquote class="italic">{quote}</blockquote><p>Sabine Wernicke, Verband</p></div>'
    html = page(f'<div class="content"><p>{opening}</p>{box}' + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div>")
    assert body_of(html).split("\n\n") == [opening, *PARAGRAPHS]


def test_the_speaker_line_under_a_quote_goes_and_the_quote_stays():
    quote = "»Wir kaufen Verantwortung, keine Rendite, und das sagen wir den Mieterinnen und Mietern offen«"
    for box in (
        f'<div data-area="quote"><blockquote class="italic">{quote}</blockquote><p>Katrin Möhring, Baubürgermeisterin</p></div>',
        f'<blockquote class="quote"><p>{quote}</p><span class="quote__by">Katrin Möhring, Baubürgermeisterin</span></blockquote>',
        f"<blockquote><p>{quote}</p><cite>— Katrin Möhring</cite></blockquote>",
    ):
        assert body_of(with_paragraphs(box, 1)).split("\n\n") == [PARAGRAPHS[0], quote, *PARAGRAPHS[1:]]
    # a sub-heading quoted as German papers quote is the article's
    heading = "<h3>»Wir kaufen Verantwortung, keine Rendite«</h3>"
    assert body_of(with_paragraphs(heading, 1)).split("\n\n")[1] == "»Wir kaufen Verantwortung, keine Rendite«"


def test_a_pull_quotes_speaker_left_alone_in_its_box_goes_with_it():
    quote = "We cannot announce something in April that changes how people work in November."
    said = f"<p>“{quote} They need the winter,” she said.</p>"
    box = (
        f'<blockquote class="pullquote"><p class="pullquote-text">“{quote}”</p>'
        '<cite class="pullquote-cite">- Lisa Doucette</cite></blockquote>'
    )
    html = page(f'<div class="content">{said}{box}' + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div>")
    assert body_of(html).split("\n\n")[:2] == [said[3:-4], PARAGRAPHS[0]]


def test_a_read_also_label_named_so_takes_its_links_paragraph_with_it():
    line = (
        '<p class="article__paragraph"><span class="article__read-also">Lire aussi |</span> '
        '<a href="/societe/article/2024/01/18/maternites.html">Les petites maternités, nouveau front</a></p>'
    )
    assert body_of(with_paragraphs(line, 1)) == "\n\n".join(PARAGRAPHS)


def test_a_short_pull_quote_that_repeats_nothing_is_the_articles():
    box = '<blockquote class="pullquote"><p>Chúng tôi sẽ làm đến cùng.</p></blockquote>'
    assert "Chúng tôi sẽ làm đến cùng." in body_of(with_paragraphs(box, 1)).split("\n\n")


def test_a_title_named_in_its_class_over_a_list_of_other_stories_goes_with_it():
    items = "".join(
        f'<li><span class="time">10:4{n}</span><a href="/news/{n}">Tin nhanh số {n} về giao thông trong tỉnh hôm nay</a></li>'
        for n in range(5)
    )
    box = f'<div class="breakingnews boxTitle"><p class="title">Tin nóng</p><ul class="list">{items}</ul></div>'
    assert body_of(with_paragraphs(box, len(PARAGRAPHS))) == "\n\n".join(PARAGRAPHS)


def test_a_kicker_inside_the_headlines_element_is_not_the_title():
    html = page('<div class="content">' + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div>").replace(
        "<h1>Hội nghị sơ kết quý III</h1>",
        '<h1><span class="seitenkopf__topline">Xây dựng Đảng</span> <span>Hội nghị sơ kết quý III</span></h1>',
    )
    assert extract_article(html, "https://example.vn/a.html").title == "Hội nghị sơ kết quý III"


def test_a_byline_boxs_place_named_so_is_not_the_writer():
    byline = (
        '<div class="sc__author-location">Thành phố Hà Nội</div>'
        '<div class="sc__writer"><span class="name">Nguyễn Thu Hà</span></div>'
    )
    assert extract_article(article_with(byline), "https://example.vn/a.html").author == "Nguyễn Thu Hà"


def test_a_sub_heading_after_a_promotion_header_left_alone_in_its_box_is_the_articles():
    cards = "".join(
        f'<li><a href="/thoi-su/tin-khac-ve-cac-chi-bo-{n}/"><img src="/anh-{n}.jpg" alt=""><span class="card__headline">'
        f"Tin khác số {n} về hoạt động của các chi bộ trong khối cơ quan tỉnh</span></a></li>"
        for n in range(2)
    )  # cards linking to the site's own articles: the walk leaves them out, their header stays alone
    box = (
        f'<div class="te-recomendamos"><div class="te-recomendamos__title">Te recomendamos</div><ul>{cards}</ul></div>'
    )
    html = with_paragraphs(f'{box}<div class="section"><h2>Kết nạp 46 đảng viên mới</h2></div>', 2)
    assert body_of(html).split("\n\n") == [*PARAGRAPHS[:2], "Kết nạp 46 đảng viên mới", PARAGRAPHS[2]]


def test_a_paragraph_that_is_all_a_link_to_a_channel_on_a_social_network_is_a_promotion():
    pitch = (
        '<p><strong><a href="https://whatsapp.com/channel/0029VaExample">Únete a nuestro canal ¡El Diario ya está en'
        " WhatsApp!, desde tu dispositivo móvil entérate de las noticias más relevantes del día, artículos de opinión,"
        " entretenimiento, tendencias y más.</a></strong></p>"
    )
    assert body_of(with_paragraphs(pitch, 3)) == "\n\n".join(PARAGRAPHS)


def test_a_body_an_ad_cuts_in_two_boxes_of_one_class_is_read_in_full():
    last = "Hội nghị cũng biểu dương 12 chi bộ tiêu biểu trong quý III."
    html = page(
        f'<div class="article-body su-body">{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}</div>'
        '<div class="om-pub"><span class="om-pub__label">Quảng cáo</span><div class="slot"></div></div>'
        f'<div class="article-body su-body"><p>{last}</p></div>'
        '<div class="article-tags"><a href="/tag/dang-uy">Đảng ủy</a></div>'
    )
    assert body_of(html).split("\n\n") == [*PARAGRAPHS, last]


def test_a_source_line_closing_a_box_of_facts_is_the_boxs_credit():
    box = (
        '<aside class="nyh_factbox"><span class="nyh_factbox__label">Fakta</span><h2>Ba nhiệm vụ quý IV</h2>'
        "<ul><li>Hoàn thành đại hội chi bộ</li><li>Kết nạp đảng viên mới</li></ul>"
        '<p class="nyh_factbox__source">Källa: Đảng ủy Khối</p></aside>'
    )
    expected = [
        *PARAGRAPHS[:2],
        "Ba nhiệm vụ quý IV",
        "Hoàn thành đại hội chi bộ",
        "Kết nạp đảng viên mới",
        PARAGRAPHS[2],
    ]
    assert body_of(with_paragraphs(box, 2)).split("\n\n") == expected
    # ... in an inline element: the box ends its line, which is no line of the paragraph after
    inline = box.replace('<p class="nyh_factbox__source">', '<span class="nyh_factbox__source">').replace(
        "</p></aside>", "</span></aside>"
    )
    assert body_of(with_paragraphs(inline, 2)).split("\n\n") == expected


@pytest.mark.parametrize(
    "names",
    [
        'class="c-box c-box--info"',
        'class="bg-shade p-24" data-area="info_box"',
        'class="embed embed--facts"',
        'class="ArticleInfobox_root__Vb6nX" data-testid="ArticleInfobox"',  # a component's name
        'class="factModule factModule--type-numbers"',
    ],
)
def test_an_aside_named_as_a_box_of_information_is_the_articles(names):
    box = f"<aside {names}><h3>Sơ kết quý III</h3><ul><li>46 đảng viên mới được kết nạp.</li></ul></aside>"
    assert body_of(with_paragraphs(box, 3)).split("\n\n")[-2:] == ["Sơ kết quý III", "46 đảng viên mới được kết nạp."]


def test_an_aside_made_as_a_box_of_figures_is_the_articles_whatever_its_name():
    box = (
        '<aside class="article-part article-part--box"><h3>Dự án trong con số</h3>'
        "<ul><li>4,6 km đường ray</li><li>10 điểm dừng, trong đó 6 điểm mới</li></ul></aside>"
    )
    assert body_of(with_paragraphs(box, 3)).split("\n\n")[-3:] == [
        "Dự án trong con số",
        "4,6 km đường ray",
        "10 điểm dừng, trong đó 6 điểm mới",
    ]
    # an aside whose list links to other stories is a related box
    related = box.replace("<li>4,6 km đường ray</li>", '<li><a href="/tin/duong-ray-1.html">4,6 km đường ray</a></li>')
    assert body_of(with_paragraphs(related, 3)) == "\n\n".join(PARAGRAPHS)


def test_an_aside_of_the_articles_key_points_is_the_articles():
    box = (
        '<aside data-component="KeyPoints" class="KeyPoints_root__Wv8zE"><h2>In short:</h2>'
        "<p>Tỉnh mở thêm hai tuyến xe buýt nối các khu công nghiệp.</p><p><strong>What's next?</strong></p>"
        "<p>Hai tuyến chạy thử từ tháng Năm.</p></aside>"
    )
    assert body_of(with_paragraphs(box, 0)).split("\n\n") == [
        "In short:",
        "Tỉnh mở thêm hai tuyến xe buýt nối các khu công nghiệp.",
        "What's next?",
        "Hai tuyến chạy thử từ tháng Năm.",
        *PARAGRAPHS,
    ]


def test_a_related_box_between_japanese_paragraphs_does_not_end_the_article():
    # the paragraphs after the box are short in characters but long in the Latin letters they stand for
    paragraphs = [
        "芸陽バスによりますと、減便の対象となるのは広島市と東広島市、呉市を結ぶ路線など合わせて42の路線です。",
        "会社によりますと、運転手の数はこの5年でおよそ1割減り、現在は920人となっています。",
        "広島市中心部のバス停で話を聞くと、利用者からは不安の声が聞かれました。",
        "毎日バスで通院しているという70代の女性は「バスが減ると病院に行くのが大変になる」と話していました。",
    ]
    box = (
        '<div class="x-box"><p class="x-label">関連ニュース</p><a href="/news/html/20261002/k1001.html">'
        "<span>バス運転手の担い手確保へ 合同説明会</span><time>10月2日 17時20分</time></a></div>"
    )
    html = page(
        "".join(f'<div class="body-text">{p}</div>' for p in paragraphs[:2])
        + box
        + "".join(f'<div class="body-text">{p}</div>' for p in paragraphs[2:])
    )
    assert body_of(html).split("\n\n") == paragraphs


def test_one_person_in_the_metadata_whose_name_lists_two_writers_gives_both():
    ld = {"@type": "NewsArticle", "author": {"@type": "Person", "name": ["Maya Okafor", "Daniel Ruiz"]}}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    assert (
        extract_article(article_with("", head=head), "https://example.vn/a.html").author == "Maya Okafor, Daniel Ruiz"
    )


def test_a_live_tickers_entries_in_the_article_are_the_article_though_it_is_named_a_ticker():
    entries = "".join(
        f'<div class="ticker-entry"><h3>Cập nhật {n}</h3><p>{p}</p></div>' for n, p in enumerate(PARAGRAPHS[1:])
    )
    html = page(f'<div class="content"><p>{PARAGRAPHS[0]}</p><section data-testid="ticker">{entries}</section></div>')
    assert body_of(html).split("\n\n") == [PARAGRAPHS[0], "Cập nhật 0", PARAGRAPHS[1], "Cập nhật 1", PARAGRAPHS[2]]
    # a market's ticker holds no prose: furniture
    market = '<div class="market-ticker"><span>VN-Index 1.245,6</span><span>HNX 231,4</span></div>'
    assert body_of(with_paragraphs(market, 2)) == "\n\n".join(PARAGRAPHS)


def test_a_live_pages_box_of_entries_is_the_article_and_a_live_box_teasing_another_page_is_not():
    entries = "".join(
        f'<div class="live-item"><div class="live-item__time">1{n}:20</div><div class="live-item__content"><h3>'
        f'Cập nhật {n}</h3><p>{p}</p></div><div class="live-item__share"><a href="#live-{n}">Chia sẻ cập nhật</a></div>'
        "</div>"
        for n, p in enumerate(PARAGRAPHS[1:])
    )
    head = '<div class="live-box__head"><span class="live-badge">ĐANG DIỄN RA</span><button>Làm mới</button></div>'
    html = page(f'<div class="content"><p>{PARAGRAPHS[0]}</p><div class="live-box">{head}{entries}</div></div>')
    assert body_of(html).split("\n\n") == [
        PARAGRAPHS[0],
        "10:20 – Cập nhật 0",
        PARAGRAPHS[1],
        "11:20 – Cập nhật 1",
        PARAGRAPHS[2],
    ]
    # another page's live box, its latest headlines
    teaser = (
        '<div class="live-box"><span>TRỰC TIẾP</span><a href="/truc-tiep-bao-so-3-123.html">Bão số 3 đổ bộ</a></div>'
    )
    assert body_of(with_paragraphs(teaser, 2)) == "\n\n".join(PARAGRAPHS)


def test_a_live_tickers_entries_named_as_ticker_events_are_the_article_and_its_head_is_not():
    entries = "".join(
        f'<section class="Ticker_event__Zq1pF"><div class="Ticker_eventContent__pL2Wc"><h3 class="Ticker_eventTitle__d5NcY">Cập nhật {n}</h3><p>{p}</p></div>'
        "</section>"
        for n, p in enumerate(PARAGRAPHS)
    )
    head = '<div class="live-ticker__head"><span class="live-ticker__status">Tường thuật trực tiếp</span></div>'
    html = page(f'<div class="Ticker_events__Bv4pG">{head}{entries}</div>')
    assert body_of(html).split("\n\n") == [text for n, p in enumerate(PARAGRAPHS) for text in (f"Cập nhật {n}", p)]


def test_a_pictures_credit_run_on_after_its_caption_is_not_the_caption():
    figure = (
        '<div class="media"><img src="/anh-1.jpg" alt=""></div><div class="media__description">'
        "<span>Các đại biểu dự hội nghị sơ kết quý III tại hội trường Đảng ủy Khối</span> — "
        '<span class="media__sub-text">Foto: Reprodução/TV Regional</span></div>'
    )
    assert body_of(with_paragraphs(figure, 1)).split("\n\n") == [
        PARAGRAPHS[0],
        "Các đại biểu dự hội nghị sơ kết quý III tại hội trường Đảng ủy Khối",
        *PARAGRAPHS[1:],
    ]


def test_the_writer_the_metadata_names_set_as_the_bodys_first_line_is_the_byline():
    ld = {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Lungile Ndlovu"}}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    html = with_paragraphs("<p><strong>Lungile Ndlovu</strong>, Bulawayo Bureau</p>", 0).replace(
        "<head>", f"<head>{head}"
    )
    found = extract_article(html, "https://example.vn/a.html")
    assert (found.author, found.body) == ("Lungile Ndlovu", "\n\n".join(PARAGRAPHS))
    # ... or after the place the story was written in, as Arabic papers print it
    html = with_paragraphs('<p class="article-dateline"><strong>Bulawayo: Lungile Ndlovu</strong></p>', 0)
    found = extract_article(html.replace("<head>", f"<head>{head}"), "https://example.vn/a.html")
    assert (found.author, found.body) == ("Lungile Ndlovu", "\n\n".join(PARAGRAPHS))
    # a sentence about the writer stays
    sentence = "<p>Lungile Ndlovu, our reporter, spent a week in the suburbs.</p>"
    found = extract_article(
        with_paragraphs(sentence, 0).replace("<head>", f"<head>{head}"), "https://example.vn/a.html"
    )
    assert found.body.split("\n\n")[0] == "Lungile Ndlovu, our reporter, spent a week in the suburbs."


@pytest.mark.parametrize(
    "post",
    [
        # a post embedded from a social network: the network's own words, not the outlet's,
        # whatever the wrapper's name (the stored capture keeps it)
        '<div class="embed"><blockquote class="twitter-tweet" data-lang="vi"><p lang="vi" dir="ltr">Cấm xe qua cầu'
        ' Rồng từ 22 giờ tối nay để phục vụ lễ hội pháo hoa. <a href="https://t.co/x1">pic.twitter.com/x1</a></p>'
        '&mdash; Công an Thành phố (@congan_tp) <a href="https://twitter.com/congan_tp/status/1">March 20, 2025</a>'
        "</blockquote></div>",
        '<div class="tdb-block-inner"><blockquote class="instagram-media" data-instgrm-permalink="https://www.'
        'instagram.com/p/C1/"><div><p>Những khoảnh khắc đẹp của đêm hội văn hóa các dân tộc tại quảng trường tỉnh.'
        "</p><p>Một bài đăng do Tỉnh đoàn (@tinhdoan) chia sẻ</p></div></blockquote></div>",
        '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@dtv/video/7"><section><p>Toàn cảnh lễ khởi'
        " công tuyến đường ven biển sáng nay #khoicong</p><a>@dtv</a></section></blockquote>",
        # ... Facebook's, by the class its SDK reads
        '<div class="fb-post" data-href="https://www.facebook.com/conred/posts/1"><blockquote class="fb-xfbml-parse-ignore p-4 text-sm">'
        "<p>#ATENCIÓN | Se recomienda la evacuación preventiva de las comunidades cercanas.</p></blockquote></div>",
        # a network's class holding a content word ("post") is still the network's post
        '<blockquote class="telegram-post tg-embed" data-telegram-post="tinhdoan/48"><div><span>Tỉnh đoàn</span>'
        '</div><p class="tg-embed__text">Xe buýt tuyến mới chạy thử từ sáng nay, mời bà con trải nghiệm.</p>'
        '<a href="https://t.me/tinhdoan/48">Xem trên Telegram</a></blockquote>',
    ],
)
def test_an_embedded_social_post_is_not_the_article(post):
    assert body_of(with_paragraphs(post, 2)) == "\n\n".join(PARAGRAPHS)


def _live_entry(clock: str, heading: str, *paragraphs: str, extra: str = "") -> str:
    return (
        f'<article class="live-entry"><div class="live-entry-meta"><time>{clock}</time></div>'
        f'<div class="live-entry-content"><h3 class="live-entry-title">{heading}</h3>'
        + "".join(f'<p class="paragraph">{paragraph}</p>' for paragraph in paragraphs)
        + f"{extra}</div></article>"
    )


def _live_page(feed: str) -> str:
    return page(
        '<div class="article-body"><div class="live-feed-header"><span>Đã kết thúc</span> <span>6 cập nhật</span>'
        f'</div><div class="live-feed">{feed}</div></div>'
    )


def test_a_live_entry_with_its_readers_video_is_the_article_not_a_players_box():
    # a short entry beside a player is still the entry: its sentence of prose says so
    video = (
        '<div class="video-embed" data-video-id="v-123"><img src="/poster.jpg" alt="">'
        '<span class="video-duration">0:42</span><span class="video-title">Xem video: Cây đổ trên phố</span></div>'
    )
    feed = _live_entry(
        "9.30", "Cây đổ đè ô tô", "Một cây xà cừ đổ đè lên ô tô đang đỗ. Không ai bị thương.", extra=video
    ) + _live_entry("8.05", "Bão đổ bộ trong đêm", "Bão vào đất liền sau ba giờ sáng.", "Hàng trăm cây xanh bị gãy đổ.")
    # (each entry's time, written with a dot as Nordic papers write it, opens its first line)
    assert body_of(_live_page(feed)).split("\n\n") == [
        "9.30 – Cây đổ đè ô tô",
        "Một cây xà cừ đổ đè lên ô tô đang đỗ. Không ai bị thương.",
        "8.05 – Bão đổ bộ trong đêm",
        "Bão vào đất liền sau ba giờ sáng.",
        "Hàng trăm cây xanh bị gãy đổ.",
    ]


def test_a_live_entrys_time_and_heading_under_a_card_are_no_description_of_the_card():
    # the card's words stand in one block with its linked picture: the blocks after it are the next entry's
    card = (
        '<div class="card-wrap"><a href="https://example.vn/kinh-doanh/may-phat-dien-123.html"><img src="/k.jpg" alt="">'
        '<span class="card-title">Máy phát điện hay pin lưu trữ? Chuyên gia tư vấn cho gia đình</span></a></div>'
    )
    feed = (
        _live_entry("9.30", "Cây đổ đè ô tô", "Một cây xà cừ đổ đè lên ô tô đang đỗ. Không ai bị thương.")
        + card
        + _live_entry("8.05", "Hơn 9.000 hộ dân mất điện", "Sáng nay hơn 9.000 hộ dân bị mất điện ở ba phường.")
    )
    assert body_of(_live_page(feed)).split("\n\n") == [
        "9.30 – Cây đổ đè ô tô",
        "Một cây xà cừ đổ đè lên ô tô đang đỗ. Không ai bị thương.",
        "8.05 – Hơn 9.000 hộ dân mất điện",
        "Sáng nay hơn 9.000 hộ dân bị mất điện ở ba phường.",
    ]


def test_a_speakers_words_after_a_dialogue_dash_are_no_listed_headline():
    # "– …, ông Tâm cho biết." stands above the next entry's time as a listed headline stands above its date
    feed = (
        _live_entry(
            "10.55",
            "Tuyến đường ven biển thông xe trở lại",
            "Lực lượng chức năng đã dọn xong cây đổ trên tuyến đường ven biển.",
            "– Xe con đã đi lại được, ông Tâm cho biết.",
        )
        + _live_entry("9.30", "Cây đổ đè ô tô", "Không ai bị thương.")
        + _live_entry("8.05", "Bão đổ bộ trong đêm", "Bão vào đất liền sau ba giờ sáng, hàng trăm cây xanh bị gãy đổ.")
    )
    assert body_of(_live_page(feed)).split("\n\n") == [
        "10.55 – Tuyến đường ven biển thông xe trở lại",
        "Lực lượng chức năng đã dọn xong cây đổ trên tuyến đường ven biển.",
        "– Xe con đã đi lại được, ông Tâm cho biết.",
        "9.30 – Cây đổ đè ô tô",
        "Không ai bị thương.",
        "8.05 – Bão đổ bộ trong đêm",
        "Bão vào đất liền sau ba giờ sáng, hàng trăm cây xanh bị gãy đổ.",
    ]


def test_a_live_pages_entries_each_under_its_time_are_the_article_not_a_dated_list():
    # an entry's last paragraph stands right above the next entry's time, as a listed
    # headline stands above its date: a sentence of prose is no headline
    clocks = ("14:02", "11:30", "09:15")
    paragraphs = (
        "Mười hai hộ dân được sơ tán trong buổi sáng sẽ chưa thể trở về nhà trước ngày thứ Sáu, chính quyền xã cho biết.",
        "Những hình ảnh đầu tiên cho thấy dòng bùn đá rộng khoảng năm mươi mét đã tràn qua mặt đường tỉnh lộ.",
        "Lực lượng cứu hộ đã có mặt tại hiện trường từ rạng sáng và phong tỏa đoạn đường qua khu vực sạt lở.",
    )
    entries = "".join(
        f'<div class="live-entry"><div class="live-entry__time"><time>{clock}</time></div>'
        f'<div class="live-entry__body"><p>{paragraph}</p></div></div>'
        for clock, paragraph in zip(clocks, paragraphs, strict=True)
    )
    # each entry's time opens its first line, as the page sets it beside it
    assert body_of(page(f'<div class="live-blog">{entries}</div>')).split("\n\n") == [
        f"{clock} – {paragraph}" for clock, paragraph in zip(clocks, paragraphs, strict=True)
    ]


@pytest.mark.parametrize("clock", ["04:51", "1:24", "14.05"])
def test_a_time_alone_on_a_page_of_no_timeline_is_no_line_of_the_story(clock):
    # a video's running time under its title, between the paragraphs: it heads no entry
    video = (
        f'<div data-testid="video"><img src="/poster.jpg" alt=""><p>Xem thêm: cách kiểm tra quỹ bảo trì</p>'
        f"<span>{clock}</span></div>"
    )
    assert body_of(with_paragraphs(video, 2)).split("\n\n") == PARAGRAPHS


def test_a_paragraph_in_a_script_of_no_full_stops_ending_in_a_date_above_a_table_of_ranges_is_no_listed_item():
    # Thai spaces its phrases, not its words: sixteen "words" here, a headline's length by the spaces alone
    thai = "นอกจากนี้ กทม.ยังเพิ่มความเข้มงวดในการตรวจจับรถควันดำ และห้ามรถบรรทุกตั้งแต่ 6 ล้อขึ้นไปเข้าพื้นที่ชั้นใน ตั้งแต่วันนี้ถึงวันที่ 31 ม.ค."
    ranges = (
        '<aside class="factbox"><h3>ระดับค่าฝุ่น</h3><dl><dt>0-15</dt><dd>ดีมาก</dd><dt>15.1-25</dt><dd>ดี</dd></dl></aside>'
    )
    assert thai in body_of(with_paragraphs(f"<p>{thai}</p>{ranges}", 2)).split("\n\n")


def live_page(summary: str, live: bool = True) -> str:
    """A live page (schema.org's LiveBlogPosting, or not) with `summary` above its entries."""
    kind = "LiveBlogPosting" if live else "NewsArticle"
    headline = "Hochwasser in Niederösterreich: Lage entspannt sich"
    head = f'<script type="application/ld+json">{{"@type": "{kind}", "headline": "{headline}"}}</script>'
    entries = "".join(
        f'<article class="entry"><time>{clock}</time><p>{paragraph}</p></article>'
        for clock, paragraph in zip(("14:02", "11:30", "09:15"), PARAGRAPHS, strict=True)
    )
    return (
        f"<html><head>{head}</head><body><main><h1>{headline}</h1><p class='lead'>{LIVE_LEAD}</p>"
        f'{summary}<div class="entries">{entries}</div></main></body></html>'
    )


def test_a_live_pages_entries_beside_its_lead_in_a_block_of_its_own_are_the_article():
    # the lead's two long paragraphs outscore entries of one paragraph each
    lead = (
        "Dense fog gripped the capital and large parts of the north on Tuesday, with the weather office issuing an"
        " orange alert for four states, and the minimum temperature at the main observatory, at 6.8 degrees, was a"
        " notch above the season's average.",
        "The fog, which set in shortly after midnight, hit flight and train schedules during the morning rush, and"
        " officials said delays could continue, as they did last week, well into the afternoon. Stay with us.",
    )
    entries = "".join(
        f'<article class="liveBlogCard"><time datetime="2025-01-14T{clock}:00+05:30">{clock}</time>'
        f'<h2>Update {n}</h2><div class="liveStoryDetail"><p>{p}</p></div>'
        f'<div class="livePostBy">Posted by <span>Sanjay Mehra</span></div></article>'
        for n, (clock, p) in enumerate(zip(("11:48", "11:05", "10:20"), PARAGRAPHS, strict=True))
    )
    head = '<script type="application/ld+json">{"@type": "LiveBlogPosting", "headline": "Fog live updates"}</script>'
    lead_html = "".join(f"<p>{p}</p>" for p in lead)
    html = (
        f"<html><head>{head}</head><body><h1>Fog live updates</h1><div class='storyDetails'>"
        f"<div class='detail'>{lead_html}</div><div class='liveSec'>{entries}</div></div></body></html>"
    )
    body = body_of(html)
    assert body.split("\n\n")[:2] == list(lead)
    assert all(paragraph in body for paragraph in PARAGRAPHS) and "Posted by" not in body
    # timed cards of other articles beside it hold headlines, no prose: the lead's block stays the article
    cards = "".join(
        f'<article><time>{clock}</time><h3><a href="/news/other-{n}">Another story number {n} of the day</a></h3></article>'
        for n, clock in enumerate(("11:48", "11:05", "10:20"))
    )
    html = html.replace(f"<div class='liveSec'>{entries}</div>", f"<div class='latest'>{cards}</div>")
    assert body_of(html) == "\n\n".join(lead)
    lead_block = lxml.html.fromstring(html).find(".//div[@class='detail']")
    assert live_tickers.with_entries_beside(lead_block) is lead_block


LIVE_LEAD = "Nach dem Hochwasser sinken die Pegel in Niederösterreich, die Aufräumarbeiten beginnen. Alle Entwicklungen im Ticker."


POINTS = (
    "Die Pegel an Traisen, Kamp und Krems sinken seit der Nacht deutlich.",
    "In 14 Gemeinden des Bezirks Lilienfeld gilt weiterhin der Katastrophenzustand",  # no full stop
)


def test_a_live_pages_summary_above_its_entries_opens_the_article_without_its_heading():
    summary = (
        '<section class="ticker-summary"><h2>Das Wichtigste in Kürze</h2><ul>'
        f"{''.join(f'<li>{point}</li>' for point in POINTS)}</ul></section>"
    )
    body = body_of(live_page(summary)).split("\n\n")
    assert body[:2] == list(POINTS)
    assert [line.split(" – ", 1)[1] for line in body[2:]] == PARAGRAPHS


@pytest.mark.parametrize(
    "summary, live",
    [
        # an article's key points, not a live page's: the benchmark's annotators leave them out
        (
            f"<div class='key-points'><h2>Key Points</h2><ul>{''.join(f'<li>{p}</li>' for p in POINTS)}</ul></div>",
            False,
        ),
        # a live page's list of its key entries, each a link to one
        (
            "<div class='key-events'><h2>Key events</h2><ul>"
            + "".join(f'<li><a href="#e{n}">{point}</a></li>' for n, point in enumerate(POINTS))
            + "</ul></div>",
            True,
        ),
        # a list of names, not of sentences
        ("<div><h2>Im Einsatz</h2><ul><li>Feuerwehr Lilienfeld</li><li>Bundesheer</li></ul></div>", True),
    ],
)
def test_a_list_above_the_entries_that_is_no_live_pages_summary_stays_out(summary, live):
    body = body_of(live_page(summary, live)).split("\n\n")
    assert [line.split(" – ", 1)[1] for line in body] == PARAGRAPHS


def test_a_live_pages_introduction_beside_its_entries_opens_the_article_and_its_status_line_does_not():
    intro = (
        "Las lluvias de este jueves provocaron inundaciones en la Ciudad de México. Aquí te contamos lo más relevante."
    )
    story = (
        '<figure><img src="/lluvias.jpg" alt=""></figure><div class="story__body live-blog">'
        f'<div class="live-blog__intro"><p>{intro}</p></div><div class="live-blog__status"><span>Última actualización:'
        ' 21:30</span><button type="button">Ver nuevas actualizaciones</button></div>'
    )
    html = live_page(story).replace("</main>", "</div></main>")
    body = body_of(html).split("\n\n")
    assert body[0] == intro
    assert [line.split(" – ", 1)[1] for line in body[1:]] == PARAGRAPHS
    # on an article that is no live page, a paragraph above the text's box is not read into it
    assert intro not in body_of(live_page(story, live=False).replace("</main>", "</div></main>"))


@pytest.mark.parametrize("clocks", [("21:30", "20:55", "20:10"), ("9:30 p. m.", "8:55 p. m.", "8:10 p. m.")])
def test_a_live_entrys_head_of_time_and_writer_opens_its_entry_with_the_time_alone(clocks):
    entries = "".join(
        f'<article class="live-entry"><header><time datetime="2025-07-10T{clock}">{clock}</time><span>{writer}</span>'
        f"</header><p>{paragraph}</p></article>"
        for clock, writer, paragraph in zip(
            clocks, ("Jorge Téllez", "Jorge Téllez", "Ana Ruiz"), PARAGRAPHS, strict=True
        )
    )
    assert body_of(page(f'<div class="live-blog">{entries}</div>')).split("\n\n") == [
        f"{clock} – {paragraph}" for clock, paragraph in zip(clocks, PARAGRAPHS, strict=True)
    ]


def test_a_time_in_a_sentence_keeps_the_punctuation_after_it():
    sentence = (
        "Nghị quyết được ban hành ngày <time>12/10/2024</time>, có hiệu lực kể từ ngày ký và được triển khai rộng rãi."
    )
    stamp = '<div class="ngay-dang"><time datetime="2024-10-14T08:00">14/10/2024 08:00</time></div>'
    html = page(f'{stamp}<div class="content"><p>{sentence}</p>{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}</div>')
    assert body_of(html).split("\n\n")[0] == sentence.replace("<time>", "").replace("</time>", "")


def test_a_figure_and_a_capital_in_two_elements_are_two_pieces_and_a_suffix_is_not():
    # Le Monde's stamp and reading time, two spans without a space: the stamp is still read as one
    stamp = (
        '<p class="meta"><span class="meta__date">Publié le 05 novembre 2025 à 06h30, modifié à 10h12</span>'
        '<span class="meta__reading-time"><span class="sr-only">Temps de </span>Lecture 4 min.</span></p>'
        '<p class="article__status"><span class="icon__premium"></span>Article réservé aux abonnés</p>'
    )
    dated = '<div class="ngay-dang">05/11/2025 06:30</div>'  # the page's stamp, under the headline
    html = page(f'{dated}<div class="content">{stamp}{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}</div>')
    assert body_of(html) == "\n\n".join(PARAGRAPHS)
    # an ordinal's suffix is part of its number
    sentence = "Le 1<sup>er</sup> novembre, la 2<span>e</span> tranche des travaux a commencé dans les écoles du 13e arrondissement."
    html = page(f'<div class="content"><p>{sentence}</p>{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}</div>')
    assert body_of(html).split("\n\n")[0] == (
        "Le 1er novembre, la 2e tranche des travaux a commencé dans les écoles du 13e arrondissement."
    )


def test_a_small_letter_then_a_capital_in_two_elements_are_two_pieces():
    # a live page's status glued to its last update: the two go as one stamp
    status = "<div><span>Dit liveblog wordt bijgewerkt</span><span>Laatste update: 11:58</span></div>"
    # a machine summary's box: its title, its notice and its button, glued
    summary = (
        '<div class="sp-qcb"><span>Quick Reads</span><span>Summary is AI-generated, newsroom-reviewed.</span>'
        '<button type="button">Show Summary</button></div>'
    )
    # a live entry's head: its time with the time zone, and its badge
    entries = "".join(
        f'<article><header><div><a href="#b{at}"><time datetime="2025-11-19T10:3{at}Z">10.3{at} GMT</time></a></div>'
        "<span>Key event</span></header>"
        f"<p>{paragraph}</p></article>"
        for at, paragraph in enumerate(PARAGRAPHS)
    )
    # an entry that was another article's card leaves no time standing alone
    card = (
        '<article><header><div><time datetime="2025-11-19T10:35Z">10.35 GMT</time></div></header><a href="/artikel/'
        '2541790-waarom-het-knmi-nu-wel-code-oranje-afgeeft"><img src="/k.jpg" alt=""><div>Waarom het KNMI nu wel'
        " code oranje afgeeft</div></a></article>"
    )
    carded = page(f'<div class="content">{entries.replace("</article>", "</article>" + card, 2)}</div>')
    assert "10.35" not in body_of(carded) and "KNMI" not in body_of(carded)
    # (the first entry's time, above the article's first line, is read as the page's stamp)
    timed = [PARAGRAPHS[0], *(f"10.3{at} GMT – {paragraph}" for at, paragraph in enumerate(PARAGRAPHS) if at)]
    assert body_of(page(f'<div class="content">{entries}</div>')) == "\n\n".join(timed)
    for furniture in (status, summary):
        html = page(f'<div class="content">{furniture}{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}</div>')
        assert body_of(html) == "\n\n".join(PARAGRAPHS)


def test_a_live_pages_headline_is_the_one_its_structured_data_names_not_its_first_entrys():
    entries = "".join(
        f'<article class="css-1x8kq2"><time>1{n}:00</time><h2>Update {n}: rains in the north</h2><div>{paragraph}</div>'
        "</article>"
        for n, paragraph in enumerate(PARAGRAPHS)
    )
    ld = '<script type="application/ld+json">{"@type": "LiveBlogPosting", "headline": "LIVE UPDATES: Typhoon Marilag"}</script>'
    html = (
        f"<html><head><title>LIVE: Typhoon Marilag</title>{ld}</head><body><main><h1>LIVE UPDATES: Typhoon Marilag</h1>"
        f'<div class="css-live">{entries}</div></main></body></html>'
    )
    assert extract_article(html, "https://example.ph/live/typhoon-marilag").title == "LIVE UPDATES: Typhoon Marilag"


def test_an_article_whose_paragraphs_are_custom_elements_holding_their_text_is_found():
    body = "".join(f"<nga-text>{paragraph}</nga-text>" for paragraph in PARAGRAPHS)
    html = (
        "<html><body><nga-header><nav><a href='/'>Trang chủ</a></nav></nga-header><main><nga-article>"
        f"<h1>Hội nghị sơ kết quý III</h1><nga-body>{body}</nga-body><nga-paywall><p>Bài viết dành cho"
        " người đăng ký</p></nga-paywall></nga-article></main></body></html>"
    )
    assert body_of(html) == "\n\n".join(PARAGRAPHS)


def test_a_paragraph_named_for_its_drop_cap_is_prose_not_a_caption():
    first = f'<p data-testid="drop-cap-letter" class="wpds-c-cYdRxM font-copy">{PARAGRAPHS[0]}</p>'
    html = page(f'<div class="article-body">{first}{"".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:])}</div>')
    assert body_of(html) == "\n\n".join(PARAGRAPHS)


def test_an_atomic_class_of_a_letter_and_a_hash_names_no_ad():
    # Seznam's atomic CSS: "e_ad" on a list item's text and on the ad's box alike
    items = "".join(f'<li class="e_aQ e_a2"><div class="e_ad">{p}</div></li>' for p in PARAGRAPHS)
    ad = '<div class="e_ad e_cF" data-dot="ogm-ad"><div data-e2e="ad-label">Reklama</div></div>'
    html = page(f'<div class="content"><ul class="e_aQ e_c7">{items}</ul><div class="ad-slot">Reklama</div>{ad}</div>')
    assert body_of(html) == "\n\n".join(PARAGRAPHS)


def test_a_call_among_a_live_pages_entries_is_named_by_its_css_modules_local_name():
    entries = [
        f'<article class="LiveblogEntry_root__9fKc1" data-testid="liveblog-entry"><h2>Cập nhật {n}</h2><p>{p}</p></article>'
        for n, p in enumerate(PARAGRAPHS)
    ]
    call = (
        '<article class="LiveblogEntry_root__9fKc1 LiveblogEntry_cta__Jp4Ra"><h3>Stuur ons je beelden</h3><p>Heb je'
        " foto's of video's van de storm? Stuur ze naar ons via het tipformulier.</p><a href=\"/tips/\">Naar het"
        " tipformulier</a></article>"
    )
    html = page(f'<div class="content">{entries[0]}{call}{"".join(entries[1:])}</div>')
    assert "tipformulier" not in body_of(html)
    assert PARAGRAPHS[2] in body_of(html)


def test_a_styled_components_camel_case_name_is_read_word_by_word_and_a_build_hash_is_not():
    blocks = [f'<div class="ArticleContent__Block-sc-1w2r9xk-0 gHdTqA"><p>{p}</p></div>' for p in PARAGRAPHS]
    ad = (
        '<div class="ArticleContent__Block-sc-1w2r9xk-0 gHdTqA"><div class="AdContainer__Wrapper-sc-1a8k2vb-0 iQzXFc">'
        '<span>Advertisement</span><div class="AdContainer__Upsell-sc-1a8k2vb-3 cYpQmo">For a smoother experience,'
        ' <a href="/subscriptions">subscribe to the Lothian Evening News</a></div></div></div>'
    )
    html = page(f'<div class="ArticleContent__Wrapper-sc-1w2r9xk-2">{blocks[0]}{ad}{"".join(blocks[1:])}</div>')
    assert body_of(html) == "\n\n".join(PARAGRAPHS)
    # a hash of six letters spells no name, though "Fb" opens it
    hashed = "".join(f'<div class="sc-bb353c0a-0 FbUgLU"><p>{p}</p></div>' for p in PARAGRAPHS)
    assert body_of(page(f'<div class="sc-7f1e-0 kQwErT">{hashed}</div>')) == "\n\n".join(PARAGRAPHS)


def test_a_live_entrys_paragraphs_written_as_divs_lead_to_all_the_entries():
    # the best paragraph, long and full of commas, has a sibling less than half as long: still its sibling
    best = ", ".join(PARAGRAPHS[0].split(", ") * 2)
    short = "Den gula varningen gäller till midnatt, enligt SMHI."
    texts = [[best, short], [PARAGRAPHS[1]], [PARAGRAPHS[2]]]
    entries = "".join(
        f'<div class="w"><article><header><time>1{n}.10</time><h2>Inlägg {n}</h2></header><div class="b">'
        + "".join(f'<div class="t" data-test-id="text">{text}</div>' for text in paragraphs)
        + "</div></article></div>"
        for n, paragraphs in enumerate(texts)
    )
    body = body_of(page(f'<div class="feed">{entries}</div>'))
    assert all(text in body for paragraphs in texts for text in paragraphs)


def test_a_subscribers_badge_under_the_headline_over_the_first_paragraph_is_no_wall():
    badge = '<div class="r-article--premium"><span class="icon"></span>Article réservé aux abonnés</div>'
    text = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = (
        "<html><head><title>Hội nghị sơ kết quý III</title></head><body><article><span>Liège</span>"
        f"<h1>Hội nghị sơ kết quý III</h1>{badge}{text}</article></body></html>"
    )
    assert body_of(html) == "\n\n".join(PARAGRAPHS)
    # the wall itself, its offer under it, ends the article
    wall = "<p>Cet article est réservé aux abonnés</p><p>Profitez de notre offre : 1 € le premier mois.</p>"
    assert body_of(with_paragraphs(wall, 2)) == "\n\n".join(PARAGRAPHS[:2])


def test_a_machines_summary_under_the_headline_is_not_the_sapo_even_named_as_one():
    summary = (
        '<div class="head_autosummary"><button type="button">요약봇</button>'
        '<div class="head_autosummary_layer" style="display:none"><div class="head_autosummary_body">'
        "부산 도시철도 요금이 다음 달부터 150원 오른다.<br><br>청소년 요금은 그대로 유지된다.</div>"
        "<p>자동 추출 기술로 요약된 내용입니다. 요약 기술의 특성상 본문의 주요 내용이 제외될 수 있습니다.</p>"
        '<button type="button">닫기</button></div></div>'
    )
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    found = extract_article(page(summary + f'<div class="content">{paragraphs}</div>'), "https://example.vn/a.html")
    assert (found.summary, found.body) == (None, "\n\n".join(PARAGRAPHS))


@pytest.mark.parametrize(
    "slot", ['<span class="social-share"></span>', '<a class="advert"></a>', '<i class="share"></i>']
)
def test_an_empty_slot_inside_a_sentence_leaves_the_sentence_whole(slot):
    # an empty inline element named as furniture has no words to weigh: it goes, the words stay
    sentence = (
        f"Đồng chí Bí thư nhấn mạnh việc sắp xếp tổ chức bộ máy {slot} phải gắn với nâng cao chất lượng sinh hoạt "
        "chi bộ trong toàn khối."
    )
    body = body_of(with_paragraphs(f"<p>{sentence}</p>", 2))
    assert body.split("\n\n") == [
        PARAGRAPHS[0],
        PARAGRAPHS[1],
        "Đồng chí Bí thư nhấn mạnh việc sắp xếp tổ chức bộ máy phải gắn với nâng cao chất lượng sinh hoạt chi bộ "
        "trong toàn khối.",
        PARAGRAPHS[2],
    ]


def test_a_videos_transcript_among_the_articles_paragraphs_is_read_with_them():
    # the transcript's lines outscore the article's few paragraphs, but it is a part of the article
    lines = "".join(
        f'<p class="transcript__line"><strong>Phóng viên:</strong> {p}</p>' for p in (*PARAGRAPHS, *PARAGRAPHS[:2])
    )
    before = (
        "Sáng nay, tại hội trường tỉnh, đại biểu các cơ quan trong khối đã dự lễ ra mắt chuyên trang điện tử,"
        " với sự tham dự của lãnh đạo Ban Tuyên giáo và Đảng ủy Khối."
    )
    after = (
        "Chuyên trang sẽ cập nhật tin bài hằng ngày, các chi bộ được giao cộng tác viên để đưa tin về hoạt động"
        " của đơn vị mình, Ban biên tập rà soát trước khi đăng."
    )
    content = (
        f'<div class="article__content"><p>{before}</p><p>{before.replace("Sáng nay", "Chiều qua")}</p>'
        f'<section class="transcript"><h2>Nội dung video</h2><div class="transcript__body">{lines}</div></section>'
        f"<p>{after}</p></div>"
    )
    body = body_of(page(content))
    assert body.split("\n\n")[0] == before
    assert body.split("\n\n")[-1] == after
    assert "Nội dung video" not in body  # the transcript's header


def test_a_charts_title_inside_its_figure_is_no_sub_heading_of_the_article():
    chart = (
        '<figure class="chart"><h3>Giá điện bình quân theo vùng</h3><svg viewBox="0 0 600 260" role="img">'
        '<rect x="40" y="190" width="44" height="40"></rect></svg><figcaption>Nguồn: EVN</figcaption></figure>'
    )
    body = body_of(with_paragraphs(chart + "<h2>Kết quả thực hiện</h2>", 2))
    assert "Giá điện bình quân theo vùng" not in body
    assert body.split("\n\n") == [PARAGRAPHS[0], PARAGRAPHS[1], "Kết quả thực hiện", PARAGRAPHS[2]]


def test_a_transcript_beside_the_articles_paragraphs_is_read_with_them():
    # the article's paragraphs score best; the video's transcript stands beside them in their parent
    rows = "".join(
        f'<div class="transcript__row"><button class="transcript__time">00:{n}0</button>'
        f'<p class="transcript__text"><strong>Phóng viên:</strong> {p}</p></div>'
        for n, p in enumerate(PARAGRAPHS[:2])
    )
    paragraphs = "".join(f'<p class="detail__text">{p}</p>' for p in PARAGRAPHS)
    html = page(
        f'<div class="detail"><div class="detail__body">{paragraphs}</div>'
        f'<section class="transcript"><h2>Transcript</h2>{rows}</section></div>'
    )
    assert body_of(html).split("\n\n") == [*PARAGRAPHS, *(f"Phóng viên: {p}" for p in PARAGRAPHS[:2])]


def test_a_transcripts_cues_beside_the_articles_text_box_are_read_with_it():
    # the cues score best; the article's paragraphs stand in a box of their own beside the transcript's box
    cues = "".join(
        f'<div class="transcript__cue"><span class="transcript__time">00:00:{n}2</span><p>Phóng viên: {p}</p></div>'
        for n, p in enumerate(PARAGRAPHS)
    )
    intro = [p.replace("Đảng ủy Khối", "Ban Chấp hành", 1) for p in PARAGRAPHS[:2]]
    html = page(
        '<article class="story"><div class="story__text">'
        + "".join(f"<p>{p}</p>" for p in intro)
        + f'</div><section class="transcript"><h2>Transcriptie</h2><div class="transcript__body">{cues}</div>'
        "</section></article>"
    )
    assert body_of(html).split("\n\n") == [*intro, *(f"Phóng viên: {p}" for p in PARAGRAPHS)]


@pytest.mark.parametrize(
    "bio",
    [
        "Élise Marchand est économiste, chercheuse associée à l'Institut d'économie de l'eau de Montpellier.",
        "Élise Marchand ist Ökonomin und forscht in Montpellier über Wasserrechte.",
        "Penulis adalah Pensyarah Kanan di Fakulti Pendidikan, sebuah universiti awam.",  # "the writer is"
        "The writer is a senior lecturer in water economics at a public university.",
    ],
)
def test_the_writers_bio_under_the_text_or_atop_it_is_not_the_article(bio):
    byline = '<div class="byline">Par <a class="author" href="/auteur/em">Élise Marchand</a></div>'
    body = extract_article(article_with(byline, f"<p><em>{bio}</em></p>"), "https://example.fr/a.html").body
    assert body.split("\n\n") == PARAGRAPHS
    atop = article_with(byline).replace('<div class="content">', f'<div class="content"><p><em>{bio}</em></p>')
    assert extract_article(atop, "https://example.fr/a.html").body.split("\n\n") == PARAGRAPHS


@pytest.mark.parametrize(
    "closing",
    [
        "Paul Durand est maire de la commune depuis 2014 et brigue un troisième mandat.",  # someone else
        "Selon Élise Marchand, la réforme ne changera rien avant 2027.",  # the writer named inside a sentence
        "Marchand est confiante : le texte passera au Sénat avant l'été.",  # a surname alone
        "The author is at her best when she writes about the river towns.",  # a review's sentence
    ],
)
def test_a_closing_line_naming_someone_is_no_writers_bio(closing):
    byline = '<div class="byline">Par <a class="author" href="/auteur/em">Élise Marchand</a></div>'
    body = extract_article(article_with(byline, f"<p>{closing}</p>"), "https://example.fr/a.html").body
    assert body.split("\n\n") == [*PARAGRAPHS, closing]


def test_a_graphics_title_notes_and_source_are_the_graphics_not_the_articles():
    table = (
        '<div class="graphic-table"><h3>Mười tỉnh giải ngân cao nhất</h3>'
        "<p>Tỷ lệ giải ngân vốn đầu tư công đến hết tháng 10, chỉ tính các dự án đã giao vốn.</p>"
        "<table><tr><th>Tỉnh</th><th>Tỷ lệ</th></tr><tr><td>Hà Giang</td><td>72%</td></tr></table>"
        "<p>Nguồn: Bộ Tài chính</p></div>"
    )
    embed = (
        '<div class="content-embed"><p class="content-embed__title">Số ca sốt xuất huyết theo tuần, 2025 và 2026</p>'
        '<iframe class="flourish-embed-iframe" src="https://public.flourish.studio/visualisation/1/embed"></iframe>'
        '<p class="content-embed__source">Nguồn: Bộ Y tế · Đồ họa: Tòa soạn</p></div>'
    )
    body = body_of(with_paragraphs(table + embed, 2))
    assert body.split("\n\n") == [PARAGRAPHS[0], PARAGRAPHS[1], "Tỉnh Tỷ lệ", "Hà Giang 72%", PARAGRAPHS[2]]


def test_a_photo_with_a_buttons_icon_keeps_its_caption_and_a_tables_lead_in_stays():
    caption = "Trên tuyến đường ven biển, nước dâng cao gần nửa mét, lực lượng xung kích dựng rào chắn từ sáng sớm."
    photo = (
        '<figure class="gallery__slide"><img src="/a.jpg"><button aria-label="Phóng to"><svg viewBox="0 0 16 16">'
        f'<path d="M1 1h5"/></svg></button><figcaption>{caption}</figcaption></figure>'
    )
    found = extract_article(
        page(f'<div class="content">{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}{photo}</div>'),
        "https://example.vn/a.html",
    )
    assert [image["caption"] for image in found.images] == [caption]
    lead_in = '<div class="bang"><p>Kết quả cụ thể như sau:</p><table><tr><td>Chi bộ</td><td>12</td></tr></table></div>'
    assert "Kết quả cụ thể như sau:" in body_of(with_paragraphs(lead_in, 2)).split("\n\n")


def test_a_transcript_named_by_its_id_alone_in_a_section_beside_the_text_is_read_with_it():
    # utility classes name nothing: the transcript's box is named by its id, inside an unnamed section
    rows = "".join(
        f'<div class="flex gap-3"><button data-seek="{n}">00:{n}0</button><p><strong>Phóng viên:</strong> {p}</p></div>'
        for n, p in enumerate(PARAGRAPHS[:2])
    )
    paragraphs = "".join(f'<p class="text-base mt-4">{p}</p>' for p in PARAGRAPHS)
    html = page(
        f'<article class="md:col-span-2"><div class="mt-4">{paragraphs}</div>'
        f'<section class="mt-6"><h2>Transkrip</h2><div class="mt-2" id="transkrip">{rows}</div></section></article>'
    )
    assert body_of(html).split("\n\n") == [*PARAGRAPHS, *(f"Phóng viên: {p}" for p in PARAGRAPHS[:2])]


def test_a_galleries_slide_captions_in_boxes_named_as_its_furniture_tell_the_story():
    # no <figcaption>: each slide's caption is a paragraph named as one, in the slide's "info" box
    intro = "Sau 5 năm nỗ lực, xã đảo đã cán đích nông thôn mới nâng cao, đời sống người dân đổi thay rõ rệt."
    slides = "".join(
        f'<div class="gallery-item"><div class="gallery-item__media"><img src="/a{n}.jpg">'
        f'<span class="gallery-item__credit">Hoàng Hà</span></div><div class="gallery-item__info">'
        f'<span class="gallery-item__counter">{n + 1} di 3</span><p class="gallery-item__caption">{c}</p></div></div>'
        for n, c in enumerate(CAPTIONS)
    )
    html = page(
        f'<div class="intro-gallery"><p class="intro-gallery__text">{intro}</p></div><div class="gallery-list">{slides}</div>'
    )
    found = extract_article(html, "https://example.vn/a.html")
    assert "\n\n".join(filter(None, (found.summary, found.body))) == "\n\n".join([intro, *CAPTIONS])


def test_a_card_with_no_picture_a_label_and_a_headline_in_one_link_is_another_articles():
    card = (
        '<div class="grid"><a class="card" href="/tin-tuc/chuyen-doi-so-cap-xa-post812.html">'
        "<span>Tin liên quan</span><span>Chuyển đổi số cấp xã: những việc cần làm ngay trong quý IV</span></a></div>"
    )
    assert body_of(with_paragraphs(card, 2)).split("\n\n") == PARAGRAPHS


def test_a_linked_block_telling_a_sentence_or_opening_with_more_than_a_label_stays():
    sentence = (
        '<div class="moc"><a href="/tin-tuc/hoi-nghi-lan-thu-nhat-post811.html"><span>Tháng 3/2024</span>'
        "<span>Ban Chấp hành Đảng bộ Khối họp phiên thứ nhất và thông qua quy chế làm việc.</span></a></div>"
    )
    body = body_of(with_paragraphs(sentence, 2))
    assert "Tháng 3/2024 Ban Chấp hành Đảng bộ Khối họp phiên thứ nhất và thông qua quy chế làm việc." in body
    # ... and one opening with more than a label: two parts of the story, no card's badge
    parts = (
        '<div class="moc"><a href="/tin-tuc/dai-hoi-chi-bo-post813.html"><span>Đại hội Chi bộ Văn phòng nhiệm kỳ mới</span>'
        "<span>Bầu Ban Chấp hành gồm 5 đồng chí</span></a></div>"
    )
    body = body_of(with_paragraphs(parts, 2))
    assert "Đại hội Chi bộ Văn phòng nhiệm kỳ mới Bầu Ban Chấp hành gồm 5 đồng chí" in body


def test_a_transcript_named_by_its_test_id_on_hashed_classes_is_read_with_the_text():
    lines = "".join(f'<p class="css-1a4qmj9"><strong>Phóng viên:</strong> {p}</p>' for p in PARAGRAPHS[:2])
    paragraphs = "".join(f'<p class="css-1a4qmj9">{p}</p>' for p in PARAGRAPHS)
    html = page(
        f'<div class="css-b0dy00">{paragraphs}<section class="css-tq8rb1" data-testid="transcript">'
        f'<h2>Utskrift av klippet</h2><div class="css-tb0dy1">{lines}</div></section></div>'
    )
    assert body_of(html).split("\n\n") == [*PARAGRAPHS, *(f"Phóng viên: {p}" for p in PARAGRAPHS[:2])]


@pytest.mark.parametrize(
    "box",
    [
        # a data box closing on its way out to the section, the link a line of its own
        '<section class="warnbox"><h2>Cảnh báo hiện hành</h2><table><tr><td>Lào Cai</td><td>Cấp 3</td></tr>'
        '</table><a class="warnbox__more" href="/thoi-tiet/canh-bao">Xem bản đồ cảnh báo</a></section>',
        '<div class="alert-box"><p>Cấp độ rủi ro thiên tai: cấp 3</p>'
        '<a class="alert-box__map" href="/canh-bao">Xem bản đồ cảnh báo</a></div>',
        # ... or asking, to the page of the desk's method
        '<p class="method"><a href="/kiem-chung/phuong-phap">Xem bản đồ cảnh báo?</a></p>',
    ],
)
def test_a_link_standing_as_a_line_to_a_section_of_the_site_is_no_line_of_the_story(box):
    assert "Xem bản đồ cảnh báo" not in body_of(with_paragraphs(box, 1))
    assert all(p in body_of(with_paragraphs(box, 1)) for p in PARAGRAPHS)


@pytest.mark.parametrize(
    "line",
    [
        # a name or a place linked to an article about it, a sentence, or part of a line: the story's
        '<div class="box"><p>Cấp độ rủi ro thiên tai: cấp 3</p><a href="/tin-tuc/lu-quet-o-bat-xat-123456.html">'
        "Bát Xát</a></div>",
        '<div class="box"><p>Cấp độ rủi ro thiên tai: cấp 3</p><a href="/canh-bao">Xem bản đồ cảnh báo.</a></div>',
        '<div class="box"><p>Cấp độ rủi ro thiên tai: cấp 3</p>Theo <a href="/canh-bao">Xem bản đồ cảnh báo</a></div>',
    ],
)
def test_a_short_link_a_linked_sentence_or_a_link_in_a_line_is_the_storys(line):
    text = lxml.html.fragment_fromstring(line).text_content().replace("Cấp độ rủi ro thiên tai: cấp 3", "")
    assert text.strip() in body_of(with_paragraphs(line, 1))


@pytest.mark.parametrize(
    "line",
    [
        # another article's headline linked as a line of its own between the paragraphs, no label ...
        '<p class="article-link"><a href="/y-te/cum-va-covid-khac-nhau-the-nao-123456.html">'
        "Cúm mùa và COVID-19 khác nhau thế nào?</a></p>",
        # ... in a script that writes no spaces between its words
        '<p class="article-link"><a href="/medical/20241120-OYT1T50188/">【図解】インフルエンザと新型コロナ、症状の違いは？</a></p>',
        # ... or under a label in brackets
        '<p class="article-body__content">[Tin liên quan] <a href="/y-te/cum-va-covid-khac-nhau-the-nao-123456.html">'
        "Cúm mùa và COVID-19 khác nhau thế nào?</a></p>",
    ],
)
def test_another_articles_headline_linked_as_a_line_of_its_own_is_no_line_of_the_story(line):
    body = body_of(with_paragraphs(line, 1))
    assert body.split("\n\n") == PARAGRAPHS


def test_a_live_pages_entry_title_linking_to_its_place_in_the_page_stays():
    entry = (
        '<h2 class="post-title"><a href="/thoi-su/truc-tiep-bao-so-3-123456.html#p6c8r">'
        "Mưa lớn gây ngập nhiều tuyến phố ở Hạ Long</a></h2>"
    )
    assert "Mưa lớn gây ngập nhiều tuyến phố ở Hạ Long" in body_of(with_paragraphs(entry, 1))


@pytest.mark.parametrize(
    "plug",
    [
        # the site's newsletter page, its app page, a store's app, its channel, its own account
        '<p><em>Số liệu trước mọi người.</em> <a href="/newsletters?utm_source=article_inline">Bầu cử 2026 mỗi sáng thứ Hai</a></p>',
        '<p>Mọi tin nóng trên điện thoại của bạn, <a href="https://www.example.vn/app">ngay khi có</a>.</p>',
        '<p>Đọc báo mọi lúc: <a href="https://apps.apple.com/vn/app/id123456">iOS</a> và '
        '<a href="https://play.google.com/store/apps/details?id=vn.example">Android</a></p>',
        '<p>📲 Nhận tin chính qua kênh WhatsApp. <a href="https://whatsapp.com/channel/0029VaAbCdEf">Bấm vào đây</a>.</p>',
        '<p>Tin nhanh mỗi ngày, trên <a href="https://t.me/example_news">Telegram</a>.</p>',
    ],
)
def test_a_short_line_whose_every_link_goes_to_a_service_of_the_site_is_a_plug(plug):
    assert body_of(with_paragraphs(plug, 2)).split("\n\n") == PARAGRAPHS


@pytest.mark.parametrize(
    "line",
    [
        # another body's account, another site's sign-up: the story's sources
        '<p>Công ty cho biết thông tin mới sẽ được đăng trên <a href="https://x.com/CongTyDienLuc">trang mạng xã hội</a>.</p>',
        '<p>Người dân có thể đăng ký trên <a href="https://dichvucong.gov.vn/register">cổng dịch vụ công</a> từ tuần sau.</p>',
    ],
)
def test_a_line_linking_to_another_bodys_account_or_sign_up_is_the_storys(line):
    text = lxml.html.fragment_fromstring(line).text_content()
    assert text in body_of(with_paragraphs(line, 2)).split("\n\n")


def test_a_line_cut_by_line_breaks_from_a_block_with_a_plug_in_it_is_the_storys():
    # the lines share one element: the plug's link at its end is not theirs
    lines = "<br><br>".join(PARAGRAPHS)
    plug = '<a href="/newsletters">Đăng ký bản tin</a>'
    body = extract_article(page(f'<div class="content">{lines}<br><br>{plug}</div>'), "https://example.vn/a.html").body
    assert body.split("\n\n")[:3] == PARAGRAPHS


@pytest.mark.parametrize(
    "line",
    [
        "<p>Những phóng sự hay nhất trong tuần, với Example+</p>",  # the site's name from its host
        "<p>Example TV: bản tin thời sự lúc 19 giờ</p>",
        "<p>Báo Mẫu Plus: những phóng sự hay nhất trong tuần</p>",  # ... or from og:site_name
    ],
)
def test_a_line_naming_a_product_of_the_site_by_the_sites_name_is_a_promotion(line):
    html = with_paragraphs(line, 2).replace("<head>", '<head><meta property="og:site_name" content="Báo Mẫu">')
    assert body_of(html).split("\n\n") == PARAGRAPHS


def test_another_outlets_product_or_the_sites_name_in_a_sentence_is_the_storys():
    lines = [
        "Đài Truyền hình Việt Nam ra mắt VTVgo Plus cho khán giả ở nước ngoài.",
        "Trao đổi với Example, ông Nguyễn Văn An cho biết dự án sẽ khởi công trong quý IV.",
    ]
    body = body_of(with_paragraphs("".join(f"<p>{line}</p>" for line in lines), 2))
    assert all(line in body.split("\n\n") for line in lines)


def test_a_short_box_whose_button_goes_to_the_sites_offer_or_sign_up_goes_whole():
    # no word of its button says "subscribe": where it goes does
    for href in ("https://www.example.vn/plus/uu-dai", "/nyhetsbrev/helg"):
        box = (
            '<div class="my-8 rounded-lg p-5"><p class="uppercase">Báo Mẫu Cuối tuần</p>'
            "<p>Những phóng sự hay nhất trong tuần, mỗi sáng thứ Bảy.</p>"
            f'<a class="rounded-full px-5" href="{href}">Thử ngay với 1.000 đồng</a></div>'
        )
        assert body_of(with_paragraphs(box, 2)).split("\n\n") == PARAGRAPHS


def test_a_box_whose_button_goes_to_another_sites_sign_up_or_to_an_article_is_the_storys():
    for href in ("https://dichvucong.gov.vn/register", "/tin-tuc/mo-dang-ky-tiem-chung-123456.html"):
        box = (
            '<div class="info-box"><p>Đăng ký tiêm chủng mở từ thứ Hai cho người trên 60 tuổi.</p>'
            f'<a href="{href}">Cổng đăng ký</a></div>'
        )
        assert "Đăng ký tiêm chủng mở từ thứ Hai cho người trên 60 tuổi." in body_of(with_paragraphs(box, 2))


def test_a_short_line_giving_the_newsrooms_own_address_is_a_call_for_tips_whatever_its_words():
    line = "<p>Bạn đọc có thêm thông tin về vụ việc, xin gửi về tipy@example.vn, danh tính được giữ kín.</p>"
    assert body_of(with_paragraphs(line, 2)).split("\n\n") == PARAGRAPHS


@pytest.mark.parametrize(
    "line",
    [
        "Công an đề nghị ai có thông tin gửi về tips@congan.gov.vn hoặc gọi 113.",  # another body's address
        "Phóng viên Lê An có thể được liên hệ qua lean@example.vn.",  # a writer's, by name
    ],
)
def test_another_bodys_or_a_writers_address_is_no_call_for_tips(line):
    assert line in body_of(with_paragraphs(f"<p>{line}</p>", 2)).split("\n\n")


def test_addresses_no_parser_reads_in_a_pages_links_and_pictures_leave_its_text_read():
    broken = "http://[broken"  # urllib refuses it: an IPv6 host never closed
    html = page(
        f'<figure><img src="{broken}/a.jpg"><figcaption>Quang cảnh hội nghị</figcaption></figure>'
        f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>"
        f'<div class="box"><p>Bản tin</p><a href="{broken}/newsletters">Đăng ký</a></div>'
        f"<p>{PARAGRAPHS[2]}</p>"
    ).replace("<head>", f'<head><link rel="canonical" href="{broken}/a.html">')
    found = extract_article(html, "https://example.vn/a.html")
    assert found.body.split("\n\n") == PARAGRAPHS
    assert found.canonical_url == "https://example.vn/a.html"
    # ... and in a headline's link, a linked line, a teaser card
    links = (
        f'<p><a href="{broken}/tin-tuc/bai-khac-456.html">Một bài khác về hội nghị của Đảng ủy Khối</a></p>'
        f'<a class="card" href="{broken}/x-y-z-1.html"><img src="{broken}/c.jpg"><span>Tin khác</span></a>'
    )
    html = with_paragraphs(links, 3).replace("<h1>", f'<h1><a href="{broken}/hoi-nghi-123.html">', 1)
    assert extract_article(html, "https://example.vn/a.html").body.split("\n\n")[:3] == PARAGRAPHS


def test_a_place_ending_a_signature_broken_over_lines_after_commas_is_no_byline_of_its_own():
    letter = "<p>Yours, etc,<br>TOM FENNELLY,<br>Castlebar,<br>Co Mayo.</p>"
    found = extract_article(with_paragraphs(letter, 3), "https://example.vn/a.html")
    assert found.body.split("\n\n")[-1] == "Yours, etc,\nTOM FENNELLY,\nCastlebar,\nCo Mayo."
    assert found.author != "Co Mayo"
    # ... a name under the text's last sentence, after a line break, still signs it
    signed = extract_article(
        with_paragraphs("<p>Hội nghị kết thúc lúc 11 giờ.<br>Minh Anh</p>", 3), "https://example.vn/a.html"
    )
    assert signed.author == "Minh Anh"


RELATED_BOX = (
    '<div class="box"><h3>Tin liên quan</h3><ul><li><a href="/tin-tuc/giai-hang-nhat-vong-12-123456.html">'
    "Giải hạng Nhất vòng 12: kết quả và danh sách ghi bàn</a></li></ul></div>"
)
LEAGUE_TABLE = (
    '<div class="box"><h3>Bảng xếp hạng</h3><table><tr><td>1.</td><td>Quảng Nam</td><td>29</td></tr>'
    "<tr><td>2.</td><td>Bình Phước</td><td>26</td></tr></table></div>"
)


def test_a_related_box_then_a_league_table_and_the_comments_box_close_the_page():
    comments = '<div class="box"><p>Chỉ bạn đọc đã đăng ký mới được gửi bình luận.</p></div>'
    html = page(
        f'<div class="content">{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}{RELATED_BOX}{LEAGUE_TABLE}{comments}</div>'
    )
    assert body_of(html) == "\n\n".join(PARAGRAPHS)


def test_a_related_box_inside_the_article_before_its_table_and_more_prose_is_skipped():
    html = page(
        f'<div class="content">{"".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2])}{RELATED_BOX}{LEAGUE_TABLE}'
        f"<p>{PARAGRAPHS[2]}</p></div>"
    )
    assert body_of(html).split("\n\n") == [
        *PARAGRAPHS[:2],
        "Bảng xếp hạng",
        "1. Quảng Nam 29",
        "2. Bình Phước 26",
        PARAGRAPHS[2],
    ]


QUESTION = (
    "Gia đình tôi được cấp giấy chứng nhận quyền sử dụng đất năm 2016, nay địa chỉ thửa đất đã đổi tên sau khi"
    " sắp xếp đơn vị hành chính. Xin hỏi có bắt buộc phải làm thủ tục đính chính không?"
)


def qa_page(question_box: str) -> str:
    return page(
        f'<div class="hd-wrap">{question_box}<div class="hd-answer"><div class="hd-answer-head">'
        '<span>Trả lời:</span> <span>12/09/2025 15:20</span></div><div class="hd-content">'
        f"{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}</div></div></div>"
    )


def test_a_questions_and_answers_pages_question_in_its_own_box_is_read_with_the_answer():
    html = qa_page(f'<div class="hd-question"><div class="hd-content"><p>{QUESTION}</p></div></div>')
    assert body_of(html).split("\n\n") == [QUESTION, *PARAGRAPHS]


def test_a_box_named_as_a_question_with_no_prose_stays_out_of_the_answer():
    html = qa_page('<div class="hd-question"><span>Câu hỏi số 1245</span></div>')
    assert body_of(html) == "\n\n".join(PARAGRAPHS)


def test_a_discussions_preview_named_as_one_goes_with_its_comment():
    preview = (
        '<section data-dot="discussion-preview"><h2>Thảo luận</h2><div><span>Petr_K</span> <span>2 giờ trước</span>'
        "<p>Hai năm trước cũng thế, xe buýt thay thế kẹt cứng ở cửa ngõ phía nam, ai đi được thì nên đi đường khác."
        "</p></div></section>"
    )
    html = page(f'<div class="content">{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}{preview}</div>')
    assert body_of(html) == "\n\n".join(PARAGRAPHS)


def test_a_box_labelled_newsletter_on_its_first_line_goes_whole():
    box = (
        '<div class="w-nl"><p>Newsletter</p><p>Tin nổi bật của tỉnh, mỗi sáng thứ Sáu trong hộp thư của bạn</p>'
        '<a href="/newsletters/tinh">Nhận bản tin</a></div>'
    )
    assert body_of(with_paragraphs(box, 2)) == "\n\n".join(PARAGRAPHS)


def test_a_machine_summarys_box_closed_by_its_notice_in_japanese_goes():
    box = (
        "<section><h2>この記事のポイント</h2><ul><li>運転士の不足で、現行のダイヤを維持できない状況に</li>"
        "<li>早朝や夜間を中心に、全82系統のうち34系統で本数を見直し</li></ul>"
        "<p>※AIが作成した要約を編集者が確認しています</p></section>"
    )
    assert body_of(with_paragraphs(box, 1)) == "\n\n".join(PARAGRAPHS)


READING_VOICE = (
    "<div {named}><div><span>Bản thu thử nghiệm</span><span>Máy đọc có thể phát âm chưa chuẩn tên riêng và địa danh"
    "</span></div></div>"
)
SCORE_BOX = (
    '<table {named}><tr><td colspan="2">Hạng Nhất, vòng 12</td></tr><tr><td>Quảng Nam – Bình Phước</td>'
    "<td>3:1</td></tr></table>"
)
PITCH = (
    "<div {named}><p>Báo chí chất lượng có giá trị của nó</p><p>Đăng ký để đọc mọi bài viết và bản điện tử của báo."
    "</p></div>"
)


@pytest.mark.parametrize(
    "box, named",
    [
        # a reading voice's box with its hint
        *((READING_VOICE, f'class="{name}"') for name in ("kz-tts", "read-aloud", "tts-widget")),
        # a match report's score box
        *((SCORE_BOX, f'class="{name}"') for name in ("scorebox", "match-scoreboard", "score-box")),
        # a subscription's pitch
        (PITCH, 'data-component="subscription-pitch"'),
        (PITCH, 'class="ari-paywall-pitch"'),
    ],
)
def test_a_box_named_as_furniture_goes_whole(box, named):
    assert body_of(with_paragraphs(box.format(named=named), 1)) == "\n\n".join(PARAGRAPHS)
