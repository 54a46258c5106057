"""Closing clauses of section III: validity, replacement, reporting difficulties, Nơi nhận."""

from __future__ import annotations

import re

# Closing clauses of a document are not tasks: validity, replacement, reporting difficulties.
_CLOSING_RE = re.compile(
    r"^(?:(?:Hướng dẫn|Kế hoạch|Chỉ thị|Quy định|Công văn|Chương trình|Quyết định) này "
    r"(?:thay thế|có hiệu lực|được phổ biến)|.{0,80}có hiệu lực (?:thi hành )?kể từ ngày|"
    r"(?:Trong )?[Qq]uá trình (?:tổ chức )?(?:triển khai )?(?:thực hiện)?(?:\s(?:Kế hoạch|"
    r"Hướng dẫn|Chỉ thị|Công văn|Quy định|Chương trình|Quyết định)(?: này)?)?,?\snếu có|"
    # "Trong quá trình giải quyết TTHC, nếu có khó khăn, vướng mắc, các cơ quan … phản ánh về Sở
    # …": reporting difficulties met in any work the text governs, as for carrying it out.
    r"(?:Trong )?quá trình [^,.;:]{1,60},\snếu có (?:khó khăn|vướng mắc)|"
    r"Trên đây là|Kể từ ngày .{0,60}có hiệu lực|"
    # A decision's last article: "Bộ trưởng, … chịu trách nhiệm thi hành Quyết định này./.", its
    # officials listed with ";" and "Giám đốc các Sở: Kế hoạch và Đầu tư, Y tế, …"; a decree's
    # and a joint circular's the same ("… chịu trách nhiệm thi hành Nghị định này"), and
    # carrying the text out in other words ("… có trách nhiệm tổ chức thực hiện Thông tư này");
    # "… chịu trách nhiệm chỉ đạo tổ chức thực hiện Thông tư này" directs, a task.
    # "… có trách nhiệm tổ chức thực hiện nghiêm Chỉ thị này": the same, told to do it well.
    r"[^.]{0,400}?\s(?:chịu|có) trách nhiệm (?:tổ chức )?(?:thi hành|thực hiện) "
    r"(?:(?:nghiêm túc|nghiêm|tốt|có hiệu quả|hiệu quả) )?"
    r"(?:Quyết định|Chỉ thị|Nghị quyết|"
    r"Nghị định|Công điện|Thông tư|Quy chế)(?: liên tịch)? này|"
    # A regulation's "Thủ trưởng các cơ quan, đơn vị chịu trách nhiệm trước Ủy ban nhân dân tỉnh
    # về việc tổ chức triển khai thực hiện Quy chế này trong phạm vi quản lý …." answers for it.
    r"[^.]{0,400}?\schịu trách nhiệm trước [^.;]{0,80}?\svề (?:việc |kết quả )?(?:tổ chức )?"
    r"(?:triển khai )?(?:thực hiện|thi hành) (?:Quy chế|Quy định|Quyết định) này"
    r"(?:\strong phạm vi [^.;]{0,80})?\s?(?:\./\.|\.|$)|"
    # The same in the other order: "Thủ trưởng các cơ quan, đơn vị tổ chức triển khai thực hiện
    # nghiêm túc Quy chế này … và chịu trách nhiệm trước … về kết quả thực hiện."
    r"[^.]{0,400}?\s(?:tổ chức )?(?:triển khai )?thực hiện (?:(?:nghiêm túc|nghiêm|tốt) )?"
    r"(?:Quy chế|Quy định|Quyết định) này(?:\strong phạm vi [^.;]{0,80}?)?\svà chịu trách nhiệm "
    r"trước [^.;]{0,80}?\svề (?:kết quả|việc) thực hiện\s?(?:\./\.|\.|$)|"
    # The issuer turning to every unit at the end: "Ủy ban nhân dân Thành phố yêu cầu các Sở…",
    # a Front's "Ban Thường trực Ủy ban … xã yêu cầu các đồng chí …, các chuyên viên …".
    r"(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Ban Thường vụ|Ban Thường trực|Thường trực|Chủ tịch)"
    r"[^,.;:]{0,60}?\s(?:yêu cầu|đề nghị)\s(?:các|Thủ trưởng|thủ trưởng)|"
    # "Yêu cầu các sở, ban, ngành, đơn vị, địa phương nghiêm túc triển khai thực hiện./." ends
    # there; "… nghiêm túc triển khai kịp thời, hiệu quả các kết luận …" (a Kết luận) is a task.
    r"(?:Yêu cầu|Đề nghị)\s(?:các|Thủ trưởng)[^.;:]{0,120}?\snghiêm túc"
    r"(?:\s(?:triển khai|thực hiện|tổ chức|quán triệt|tốt|có hiệu quả|hiệu quả)){1,3}"
    r"(?:\s(?:Kế hoạch|Hướng dẫn|Chỉ thị|Chương trình|Kết luận|Công văn|Quyết định) này)?"
    r"\s?(?:\.|/|$)|"
    # "Yêu cầu các sở, ban, ngành …; UBND các phường, xã; … triển khai thực hiện tốt Kế hoạch này."
    r"(?:Yêu cầu|Đề nghị)\s(?:các|Thủ trưởng)[^.:]{0,200}?\striển khai(?: thực hiện)? "
    r"(?:tốt|nghiêm túc|có hiệu quả|hiệu quả) (?:Kế hoạch|Hướng dẫn|Chỉ thị|Chương trình) này|"
    # The elected bodies' oversight a resolution ends on: "Ủy ban Văn hóa và Xã hội, …, Hội đồng
    # nhân dân các cấp, trong phạm vi …, giám sát việc thực hiện Nghị quyết này." (as an effect
    # article's); "Sở … theo dõi, giám sát việc thực hiện Kế hoạch này" keeps a board's own task.
    r"[^.;:]{0,400}?\sgiám sát việc (?:thực hiện|thi hành) (?:Nghị quyết|Luật|Pháp lệnh) này"
    r"\s?(?:\./\.|\.)?$|"
    # A waiver is no duty: "Người đứng đầu …, người tham gia xây dựng, ban hành Nghị quyết này
    # được xem xét loại trừ, miễn hoặc giảm trách nhiệm …" (a resolution under Nghị quyết 206).
    r"[^.;:]{0,300}?\sđược xem xét (?:loại trừ|miễn|giảm)\b|"
    # A team set up for a task ends with it: "Tổ … tự giải thể sau khi kết thúc bầu cử …".
    r"[^.;:]{0,200}?\stự giải thể\b|"
    # The caption of what is attached: "(Kèm theo Phụ lục danh mục các nhiệm vụ …)".
    r"\(\s?Kèm theo\s|"
    # The recipients' list where the signature block did not end the body.
    r"Nơi nhận\s?:)",
    re.IGNORECASE,
)


def is_closing(text: str) -> bool:
    """Return True for a closing clause ("Hướng dẫn này thay thế…", "có hiệu lực kể từ ngày ký")."""
    return bool(_CLOSING_RE.match(text.strip()))


def closes_over(title: str, paragraphs: list[str]) -> bool:
    """Return True when a title and the paragraphs its unfinished sentence runs on in close."""
    # "2. Các Bộ trưởng, … cơ quan thuộc" / "Chính phủ, …;" / "Hội đồng quản trị, … chịu trách
    # nhiệm thi hành Nghị định này.": a PDF's lines break the officials' list before capitals.
    run = [title]
    for para in paragraphs:
        if run[-1].rstrip().endswith((".", "!", "?")):
            break
        run.append(para)
    return len(run) > 1 and is_closing(" ".join(run))


# "Điều 3. Điều khoản thi hành" / "3. Chính phủ, …, trong phạm vi nhiệm vụ, quyền hạn của mình,
# chỉ đạo tổ chức thực hiện …", "4. Ủy ban Thường vụ Quốc hội, … giám sát …": a resolution's
# article on its effect names who carries it out or oversees it, not tasks.
_CLOSING_TITLE_RE = re.compile(
    r"^(?:điều khoản thi hành|hiệu lực thi hành|hiệu lực và trách nhiệm thi hành)\.?$",
    re.IGNORECASE,
)


def is_closing_part(title: str) -> bool:
    """Return True for the title of a document's article on its effect ("Điều khoản thi hành")."""
    return bool(_CLOSING_TITLE_RE.match(title.strip()))


# "Trên đây là Kế hoạch …" sums the document up and "Nơi nhận:" lists its copies: what is printed
# after either is no longer section III ("Đề nghị các tổ chức, cá nhân … thực hiện … ./.").
_BODY_END_RE = re.compile(r"^(?:Trên đây là|Nơi nhận\s?:)", re.IGNORECASE)


def ends_body(text: str) -> bool:
    """Return True for the document's summing-up or its recipients' list, which end the body."""
    return bool(_BODY_END_RE.match(text.strip()))
