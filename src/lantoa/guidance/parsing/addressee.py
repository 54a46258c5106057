"""How a section III heading names its addressee: the bodies, the verbs after them, the lead-in."""

from __future__ import annotations

import re

# What a unit does in an inline heading "2. Các tỉnh ủy, thành ủy … cụ thể hóa …": the heading
# ends before the first such verb (not one after a comma or "và", where "tổ chức" is a noun).
_VERBS = (
    "chịu trách nhiệm|có trách nhiệm|có nhiệm vụ|là cơ quan|chủ trì|chủ động|phối hợp|theo dõi|"
    "cụ thể hóa|cụ thể hoá|tổ chức|triển khai|chỉ đạo|xây dựng|tham mưu|hướng dẫn|thực hiện|"
    "lãnh đạo|"
    "rà soát|nghiên cứu|quán triệt|bố trí|đẩy mạnh|tăng cường|kiểm tra|thường xuyên|tiếp tục|"
    "phát động|làm tốt|quan tâm|kịp thời|khẩn trương|định kỳ|căn cứ|ban hành|nắm|đôn đốc|"
    "giám sát|vận động|phổ biến|tuyên truyền|cập nhật|bảo đảm|đảm bảo|trực tiếp|phân công|"
    "tổng hợp|tổng kết|chuẩn bị|hỗ trợ|phát huy|tiên phong|mở thêm|mở rộng|nâng cao|tích cực|"
    "phấn đấu|tham gia ý kiến|"
    # What the press and portals do: "Các cơ quan báo chí mở chuyên mục …", "Cổng thông tin
    # điện tử tỉnh đăng tải …", "Trung tâm … huyện tăng thời lượng phát sóng, đưa tin …".
    "mở chuyên mục|mở chuyên trang|mở các chuyên mục|mở các chuyên trang|đăng tải|"
    "tăng thời lượng|dành thời lượng|đưa tin|"
    "ưu tiên|tuân thủ|chấp hành|tập trung|nghiêm túc|phải|cần|hoàn thành|báo cáo(?! viên)"
)
# "1. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ" / "Tập trung chỉ đạo …" joined into one
# line ("1.2. Giao Công an Thành phố" / "Chỉ đạo Công an các phường …"): a capitalised verb after
# a word in lower case is where the heading's line broke, unless the verb names a body ("Sở Xây
# dựng", "Ban Tổ chức Trung ương", "Ban Chỉ đạo", "Viện Nghiên cứu", "Quỹ Hỗ trợ nông dân") or a
# place ("thành phố Cần Thơ").
_NAMING = {"tổ chức", "xây dựng", "kiểm tra", "hướng dẫn", "tuyên truyền", "phổ biến", "vận động",
           "nghiên cứu", "hỗ trợ", "bảo đảm", "giám sát", "tham mưu", "phát huy",
           "cần"}  # fmt: skip
_BROKEN = "|".join(v[:1].upper() + v[1:] for v in _VERBS.split("|") if v not in _NAMING)
# "Các đồng chí Lãnh đạo Bộ …": after "đồng chí" the capital starts the post.
_BROKEN_VERBS = rf"(?<=[a-zà-ỹđ]\s)(?<![Bb]an\s)(?<!đồng chí\s)(?:{_BROKEN})"
_INLINE_RE = re.compile(
    # The head holds two words at least: "Các tổ chức thành viên … tham gia kiểm tra …", "Đoàn
    # kiểm tra trong quá trình kiểm tra …" split at a later verb, not at the first word's.
    # "… giao Sở …" assigns: the heading goes on past it, but "Bộ Ngoại giao chủ trì …" ends there.
    rf"^(?P<head>[A-ZĐÀ-Ỹ]\S*\s.{{1,400}}?)(?<![,;])(?<!\svà)(?:(?<!\sgiao)|(?<=Ngoại\sgiao))"
    rf"(?<!\sđược)"
    # After "các", "những", "việc" the word is a noun ("các tổ chức", "việc thực hiện").
    rf"(?<!\scác)(?<!\snhững)(?<!\sviệc)"
    # After "công tác" it names the work: "… làm công tác pháp chế, công tác" / "phổ biến, giáo
    # dục pháp luật chủ động …" (a heading whose line broke before that work); but "Tổ công tác",
    # "Đoàn công tác" are teams that do it ("Tổ công tác chủ trì …").
    rf"(?:(?<!\scông\stác)|(?<=[Tt]ổ\scông\stác)|(?<=[Đđ]oàn\scông\stác))"
    # "II. Các Chi cục Hải quan đã triển khai Hệ thống kết nối …": which ones, by what they did.
    rf"(?<!\sđã)"
    # After "Ban" it names the board: "Chánh Văn phòng Ban chỉ đạo …", "Ban tổ chức", "Phó
    # Trưởng ban xây dựng Đảng".
    rf"(?<!\sBan)(?!(?<=\sban)\s(?:xây dựng|tổ chức|chỉ đạo|kiểm tra|tuyên truyền)\b)"
    rf"\s(?P<verb>{_VERBS}|{_BROKEN_VERBS})\b"
)
_HOW_RE = re.compile(
    r"\s(?:bằng nhiều hình thức|bằng các hình thức|theo chức năng|theo lĩnh vực|trong phạm vi|"
    r"trên cơ sở)\b"
)
# Words before the addressee that are not part of it: "Đề nghị", "Giao", "Căn cứ kế hoạch này,".
_LEAD_IN_RE = re.compile(
    r"^(?:(?:Căn cứ|Trên cơ sở)(?: nội dung)? (?:kế hoạch|hướng dẫn|chỉ thị|quy định|chương trình)"
    r"(?: này| trên| nêu trên),?\s)?"
    # "5. Trên cơ sở đề xuất của các bộ, …, Ủy ban nhân dân các tỉnh, …, Bộ Tài chính tổng hợp
    # …": the bodies whose proposals ground the work are no addressee; the last one before its
    # verb is.
    rf"(?:Trên cơ sở (?:đề xuất|đề nghị|ý kiến|báo cáo)[^:;.]{{5,300}},\s"
    rf"(?=(?:Bộ|Sở|Ủy ban|UBND|Ban|Văn phòng)\s[^,:;.]{{2,80}}?\s(?:{_VERBS})\b))?"
    # "5. Để nâng cao hiệu lực, hiệu quả …, các Sở, ngành … triển khai …": the purpose first; so
    # the grounds ("Trên cơ sở các Nghị định …, các Bộ …") and the matter dealt with ("1.1. Đối
    # với 355 nhiệm vụ …, các Bộ …", "Đối với 10 nhiệm vụ …, yêu cầu các Bộ: …"), not a body.
    # "Kết thúc cuộc bầu cử, Ban Thường trực … chịu trách nhiệm tổng hợp …": when, then who;
    # "3. Định kỳ trước ngày 15 tháng 12 hằng năm …, Ủy ban nhân dân các tỉnh … báo cáo …" too.
    r"(?:(?:(?:Để|Trên cơ sở|(?:Sau khi )?[Kk]ết thúc|Định kỳ|(?:Hàng|Hằng) (?:năm|quý|tháng)|"
    r"Đối với(?=\s(?:\d|(?:các\s|những\s)?"
    r"(?:nhiệm vụ|nội dung|kiến nghị|việc|trường hợp|vấn đề)\b)))\s[^:;.]{5,300}?,\s|"
    # "Hằng năm, các cơ quan …", "Định kỳ, Văn phòng UBND tỉnh …": how often alone.
    r"(?:Định kỳ|(?:Hàng|Hằng) (?:năm|quý|tháng)),\s)"
    r"(?=(?:[Cc]ác|Sở|UBND|Ủy ban|Ban|Văn phòng|yêu cầu|đề nghị|giao)\s))?"
    # "3. Trách nhiệm của các Bộ, ngành, địa phương; …" names the bodies after its first words, as
    # a decision's "Điều 2. Nhiệm vụ của Tổ tiếp công dân, …:" names the team it sets up.
    # "3. Quốc hội giao Chính phủ tổng kết …": a resolution's issuer before the word that assigns.
    r"(?:(?:(?:Quốc hội|Chính phủ|Thủ tướng Chính phủ) giao|Đề nghị|Giao cho|Giao|Yêu cầu|"
    r"Đối với|Khuyến khích|Phân công|Trách nhiệm(?:, quyền hạn)?(?: của)?|Nhiệm vụ của):?\s)?",
    re.IGNORECASE,
)


# A heading that names whom it addresses: a unit, a kind of unit, or the head of one.
_ADDRESSEE_RE = re.compile(
    # "Các cơ sở nuôi trồng thủy sản": facilities, only when counted ("Cơ sở pháp lý" is none).
    r"^(?!Ban hành\b)(?:(?:Các|Những|Mỗi)\scơ\ssở\b|(?:(?:Các|Những|Mỗi|Toàn thể)\s)?"
    # "Cấp tỉnh", "Cấp có thẩm quyền" are levels; "Cấp Giấy chứng nhận …", "Cấp lại …" (to issue)
    # and "Ngành, nghề kinh doanh" (a business line) are an article's topic.
    r"(?:cơ quan|đơn vị|tổ chức|cá nhân|địa phương|doanh nghiệp|sở|ban|ngành(?!,?\snghề\b)|bộ|"
    r"cấp ủy|cấp(?=\s(?:tỉnh|huyện|xã|quận|phường|thị|thành phố|cơ sở|trung ương|trên|dưới|"
    r"bộ|sở|ngành|có thẩm quyền)\b|\s?[:,.;]|\s*$)|"
    r"đảng ủy|đảng bộ|chi bộ|huyện ủy|thành ủy|tỉnh ủy|quân ủy|ủy ban|uỷ ban|ubnd|mặt trận|hội|"
    r"hiệp hội|liên hiệp|liên minh|liên đoàn|đoàn|tỉnh đoàn|thành đoàn|công an|"
    # A portal by whose it is: "Cổng Thông tin điện tử tỉnh" ("Cổng thông tin điện tử" alone is
    # a decree's topic).
    r"cổng thông tin(?=\sđiện tử\s(?:tỉnh|thành phố|huyện|xã|phường|chính phủ|(?-i:[A-ZĐ])))|"
    r"quân sự|bộ chỉ huy|báo|đài|văn phòng|trung tâm|thanh tra|kho bạc|ngân hàng|viện|tòa án|"
    r"kiểm toán nhà nước|"  # the State Audit Office, asked to audit what a resolution funds
    r"tổng cục|cục|chi cục|phòng|trường(?! hợp)|giám đốc|thủ trưởng|người đứng đầu|chủ tịch|"
    r"bí thư|hội đồng|"
    r"chính phủ|"
    # "1. Giao Thủ tướng Chính phủ:" in a resolution; "Thủ tướng Chính phủ yêu cầu …" is no heading.
    r"thủ tướng chính phủ(?=[\s:.]*$)|"
    r"thuế(?=\s(?:tỉnh|thành phố)\b)|"  # "Thuế tỉnh Đắk Lắk": the tax department since 2025
    r"thống kê(?=\s(?:tỉnh|thành phố)\b)|"  # "Thống kê tỉnh, thành phố": the statistics office
    # A team by what it does: "Tổ công tác", "Tổ tiếp công dân, xử lý đơn thư …", "Tổ giúp việc".
    r"phóng viên|ban chỉ đạo|tổ(?=\s(?!quốc\b)\w)|thành viên|huyện đoàn|chi đoàn|đảng đoàn|"
    r"ban cán sự|"
    # The Prime Minister's dispatches address groups, deputies and heads of offices.
    r"tập đoàn|tổng công ty|phó thủ tướng|thống đốc|chánh|tổng giám đốc|tổng biên tập|tiểu ban|"
    # A decree on state firms charges those who act for the State's capital and the firms'
    # supervisors: "Người đại diện vốn", "Người đại diện phần vốn nhà nước tại doanh nghiệp …",
    # "Trưởng Ban kiểm soát, Kiểm soát viên …"; and insurers the State owns ("Bảo hiểm tiền gửi
    # Việt Nam", "Bảo hiểm xã hội tỉnh").
    r"người đại diện(?=\s(?:vốn|phần vốn|chủ sở hữu|theo pháp luật)\b)|trưởng ban|"
    r"bảo hiểm(?=\s(?:xã hội|tiền gửi)\s(?:(?-i:[A-ZĐ])|(?:tỉnh|huyện|thành phố|quận)\b))|"
    # "Thường trực các tỉnh uỷ, thành uỷ", "Thường trực Hội đồng nhân dân": a standing committee.
    r"thường trực(?=\s(?:các\s)?(?:tỉnh|thành|huyện|đảng|hội đồng|hđnd|ủy ban|ban)\b)|"
    r"công ty(?=\s(?-i:[A-ZĐÀ-Ỹ]))|"  # a named firm: "Công ty Điện lực Đắk Lắk"
    # A ministry's department by its name: "Vụ Tổ chức cán bộ" ("Vụ việc …", "những vụ án …" are
    # none: À-Ỹ holds small letters too).
    r"vụ(?=\s(?!án\b)(?-i:[A-ZĐÀ-Ỹ]))|"
    # Areas addressed as units: "Các huyện, thị xã, thành phố", "Các xã, phường, thị trấn".
    r"học viện|(?<=Các\s)(?:huyện|quận|thị xã|xã(?! hội)|phường|thị trấn)|"
    # Officers named by the field they are in charge of: "3. Cán bộ phụ trách lĩnh vực giám sát
    # …", "5. Các Phó chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo …", a commune Front's staff,
    # or by the office they work in: "2. Chuyên viên Cơ quan Ủy ban Mặt trận Tổ quốc xã".
    r"(?:cán bộ|chuyên viên|công chức|phó chủ tịch)(?=\sphụ trách\b)|"
    # Or by their part in the matter: "8. Công chức hải quan có liên quan thực hiện: …", "Điều
    # 28. Cán bộ, công chức, viên chức tiếp nhận và giải quyết TTHC …".
    r"(?:cán bộ|công chức|viên chức)"
    r"(?=(?:,?\s\S+){0,4}\s(?:có liên quan|được giao|được phân công|tiếp nhận)\b)|"
    r"(?:cán bộ|chuyên viên|công chức)(?=\s(?-i:Cơ quan|Văn phòng)\s))\b)",
    re.IGNORECASE,
)


_COMRADE_RE = re.compile(r"^(?:(?:Các|các)\s)?(?:đồng chí|Đồng chí|đ/c|Đ/c)\s")
# A comrade named by the posts held: "1. Đồng chí Trưởng Ban xây dựng Đảng - Trưởng Tiểu ban: …",
# "3. Đồng chí Phó Giám đốc Trung tâm … - Phó Trưởng tiểu ban: …" (a sub-committee's members).
_POST_RE = re.compile(
    r"^(?:Phó\s)?(?:Trưởng|Giám đốc|Chánh|Bí thư)\s(?:ban|Ban|phòng|Phòng|tiểu ban|Tiểu ban|"
    r"Trung tâm|Văn phòng|Đảng ủy|Chi bộ)\b|^Phó\s(?:Giám đốc|Chủ tịch|Bí thư)\b|"
    # "Các đồng chí Lãnh đạo Bộ", "Đồng chí lãnh đạo Sở phụ trách …": a body's leaders.
    r"^[Ll]ãnh đạo\s(?:Bộ|Sở|Ban|Cục|Vụ|Văn phòng|Ủy ban|UBND|Trung tâm|Phòng)\b"
)
# "Tổ chức Y tế Thế giới", "Tổ chức chính trị - xã hội", "Tổ chức, cá nhân" are bodies; a bare
# "Tổ chức" before another word in lower case ("Tổ chức điều phối tiếp nhận …") is what one does.
_ORG_WORDS_RE = re.compile(
    r"^(?:chính trị|xã hội|đoàn thể|thành viên|đảng|quốc tế|tín dụng|kinh tế|cơ sở đảng)\b"
)


def _bare_verb(named: str) -> bool:
    """Return True for a heading opening with the verb "Tổ chức", not an organisation."""
    if not named.startswith("Tổ chức "):
        return False
    rest = named[len("Tổ chức ") :].lstrip()
    return bool(rest) and rest[0].islower() and not _ORG_WORDS_RE.match(rest)


# "Chủ tịch Ủy ban nhân dân cấp xã có quyền:" / "a) Phạt cảnh cáo;": the powers a body holds
# (a decree's sanctions, a regulated party's rights) are no duties it is given.
_POWERS_RE = re.compile(r"\s(?:có|được) quyền$")
# "… được quyền lựa chọn …", "Tổ chức chính trị … được áp dụng quy định tại Nghị định này để",
# "… xem xét, quyết định việc áp dụng quy định tại Nghị định này …": what a body may do, or its
# applying the text's rules to itself; "Sở giao dịch chứng khoán … khi xác định mức tiền lương …,
# nếu có …", "Tổng công ty … khi" / "thực hiện …": a body in a case the rule is for.
_MAY_OR_WHEN_RE = re.compile(
    r"\s(?:được (?:quyền|phép)|(?:được|việc) (?:áp dụng|vận dụng) (?:các )?quy định)\b|"
    r"\skhi(?:\s|$)"
)


def looks_addressee(heading: str, *, longest: int = 60) -> bool:
    """Return True when a group heading names units ("Sở Nội vụ", "Các cơ quan, đơn vị")."""
    # Old-style accents ("Đảng uỷ", "cấp uỷ") name the same bodies.
    heading = heading.strip().replace("uỷ", "ủy").replace("Uỷ", "Ủy")
    if _POWERS_RE.search(heading.rstrip(" .:")) or _MAY_OR_WHEN_RE.search(heading):
        return False
    # "Đồng chí Bí thư tỉnh ủy …", "Các đồng chí bộ trưởng …": the person holding the office.
    named = _COMRADE_RE.sub("", heading, count=1)
    if _bare_verb(named):
        return False
    post = named != heading and bool(_POST_RE.match(named))
    return (post or bool(_ADDRESSEE_RE.match(named))) and len(heading.split()) <= longest


def strip_lead_in(title: str) -> str:
    """Return a heading without the words before its addressee ("Đề nghị", "Giao", a purpose)."""
    return _LEAD_IN_RE.sub("", title.strip(), count=1)


_DUTIES_LEAD_RE = re.compile(r"^Trách nhiệm của\s", re.IGNORECASE)
_DUTIES_FIELD_RE = re.compile(r"\s(?:trong|về|đối với)\s")
# "2. Trách nhiệm của Trưởng các tổ chức hành nghề công chứng" over its duties: whoever the heading
# names, a body or a person in a role, is the one charged ("Trách nhiệm của văn thư").
# "Trách nhiệm củaTrung tâm …": a copy that lost the space before the name.
_DUTIES_HEADING_RE = re.compile(
    r"^Trách nhiệm(?:, quyền hạn)? của(?:\s|(?=[A-ZĐ]))(?P<who>[^:;.]{3,150})$"
)


# "Điều 5. Nội dung Sở Dân tộc và Tôn giáo có trách nhiệm chủ trì": what that body leads, its
# duties as "Trách nhiệm của …" gives them ("Nội dung phối hợp chung" names no body).
_LEADS_HEADING_RE = re.compile(r"^Nội dung\s(?P<who>[^:;.]{3,150}?)\s(?:có trách nhiệm\s)?chủ trì$")


def duties_heading(title: str) -> str:
    """Return whom a heading "Trách nhiệm của …" names, without the field, or ""."""
    m = _DUTIES_HEADING_RE.match(title.strip()) or _LEADS_HEADING_RE.match(title.strip())
    if m is None:
        return ""
    who = m.group("who")
    field = _DUTIES_FIELD_RE.search(who)
    if field and len(who[: field.start()].split()) >= 2:
        who = who[: field.start()]
    who = who.strip(" ,")
    return who[:1].upper() + who[1:]


# "Ban Thường trực … phường, chịu trách nhiệm tổng hợp …": a comma before the charge ends the name,
# as one before the grounds it acts on does ("Giao Uỷ ban thường vụ Quốc hội, căn cứ vào …, quy
# định …").
_CHARGE_COMMA_RE = re.compile(r",\s(?=(?:(?:chịu|có) trách nhiệm|căn cứ)\s)")


def split_inline(title: str) -> tuple[str, str]:
    """Return (addressee, first task) of an inline heading, or (title, "") for a bare name."""
    text = _CHARGE_COMMA_RE.sub(" ", strip_lead_in(title), count=1)
    text = text[:1].upper() + text[1:]
    m = _INLINE_RE.match(text)
    if m and len(m.group("head").split()) < 2:
        m = None
    colon = _addressee_colon(text)
    if colon >= 0 and (m is None or colon < m.start("verb")):
        head, rest = text[:colon].strip().rstrip("."), text[colon + 1 :].strip()
        # "… nêu trên theo chức năng, nhiệm vụ, thẩm quyền:": how they act, not who they are.
        how = _HOW_RE.search(head)
        if how and len(head[: how.start()].split()) >= 2:
            return head[: how.start()].strip(" ,"), f"{head[how.start() + 1 :]}: {rest}".strip()
        return head, rest
    if m is None:
        # "Điều 5. Trách nhiệm của Bộ trưởng Bộ Quốc phòng, Bộ trưởng Bộ Công an trong quản lý,
        # sử dụng đất …": a duties title names the bodies, then the field the duties are in.
        field = _DUTIES_FIELD_RE.search(text) if _DUTIES_LEAD_RE.match(title.strip()) else None
        if field and len(text[: field.start()].split()) >= 2:
            return text[: field.start()].strip(" ,"), ""
        # "9. Văn phòng Chính phủ trên cơ sở chức năng … theo dõi …": no verb the list knows.
        how = _HOW_RE.search(text)
        if how and len(text[: how.start()].split()) >= 2:
            return text[: how.start()].strip(" ,"), text[how.start() + 1 :].strip()
        return text.rstrip("."), ""
    head, start = m.group("head"), m.start("verb")
    # "… các Đoàn thể tỉnh bằng nhiều hình thức thích hợp tuyên truyền …": how, not who.
    how = _HOW_RE.search(head)
    if how and len(head[: how.start()].split()) >= 2:
        head, start = head[: how.start()], how.start() + 1
    return head.strip(" ,"), text[start:].strip()


# "Bộ trưởng các Bộ: Quốc phòng, Công an …", "UBND các tỉnh: Gia Lai, …": the colon opens the
# list of names inside the addressee, not its tasks.
_LIST_COLON_RE = re.compile(
    r"\b[Cc]ác\s(?:Bộ|bộ|tỉnh|thành phố|tỉnh, thành phố|Tập đoàn|tập đoàn|Tổng công ty|Sở|sở|huyện|"
    r"xã|phường)\s?:\s?[A-ZĐÀ-Ỹ]"
)


def _addressee_colon(text: str) -> int:
    """Return where the addressee's colon stands, past colons that open a list of names, or -1."""
    start = 0
    while (colon := text.find(":", start)) >= 0:
        if not _LIST_COLON_RE.search(text[max(0, colon - 30) : colon + 3]):
            return colon
        start = colon + 1
    return -1


# "Hàng quý, UBND xã, phường, thị trấn có trách nhiệm lập hồ sơ …": how often, then who does what.
PERIOD_LEAD_RE = re.compile(r"^(?:(?:Hàng|Hằng) (?:năm|quý|tháng|tuần)|Định kỳ),\s")
# "… có trách nhiệm …", "… phải …": a sentence that charges the body it names.
_CHARGE_RE = re.compile(r"^(?:có trách nhiệm|chịu trách nhiệm|có nhiệm vụ|phải)\s")


def charges_body(paragraph: str) -> bool:
    """Return True for a paragraph that names a body and charges it with a duty of its own."""
    text = PERIOD_LEAD_RE.sub("", paragraph.strip(), count=1)
    head, inline = split_inline(text[:1].upper() + text[1:])
    return bool(_CHARGE_RE.match(inline)) and looks_addressee(head)
