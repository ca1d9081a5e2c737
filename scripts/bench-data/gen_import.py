#!/usr/bin/env python3
"""Seeded generator of platform exports for `scripts/bench import`.

Writes OUT_DIR/meta-leads.csv, a Meta Lead Ads download (UTF-16LE with BOM, TAB, LF, `l:`/`ag:`/
`as:`/`c:`/`f:`/`p:` prefixes, fields with spaces quoted, custom-question columns, a few organic
and test leads), and OUT_DIR/amocrm-deals.csv, an amoCRM deals export (UTF-8 with BOM, comma, CRLF,
apostrophe phones, `Бюджет ₽`, local `dd.mm.yyyy hh:mm:ss` times, multi-line notes, utm_* twice).
Usage: gen_import.py OUT_DIR ROWS
"""
import random
import sys

FIRST = ["Иван", "Мария", "Алексей", "Ольга", "Дмитрий", "Анна", "Сергей", "Елена", "Татьяна", "Николай",
         "Юлия", "Артём", "Ксения", "Павел", "Denis", "Anna"]
LAST = ["Петров", "Иванова", "Смирнов", "Кузнецова", "Попов", "Соколова", "Лебедев", "Новикова", "Морозов",
        "Волкова", "Зайцев", "Павлова", "Akhmedov", "Smirnova"]
DOMAINS = ["mail.ru", "yandex.ru", "gmail.com", "bk.ru", "inbox.ru", "list.ru"]
CAMPAIGNS = [("120235871204530512", "Лиды — Python-разработчик — осень 2026"),
             ("120236044918270208", "Лиды — Аналитик данных — сентябрь-октябрь"),
             ("120236120077340116", "Охват — бренд школы")]
STAGES = ["Первичный контакт", "Переговоры", "Принимают решение", "Успешно реализовано", "Закрыто и не реализовано"]
MANAGERS = ["Марина Иванова", "Дмитрий Соколов", "Екатерина Белова"]
NOTES = ["Перезвонить после 18:00", "Интересует курс «Python-разработчик»,\nпросил рассрочку", "Не дозвонились",
         "Сравнивает с другой школой", ""]


def q(value):
    """Meta's rule: a field with a space is quoted."""
    return f'"{value}"' if " " in value else value


def person(rng, i):
    first, last = rng.choice(FIRST), rng.choice(LAST)
    email = f"user{i}.{rng.randint(10, 99)}@{rng.choice(DOMAINS)}"
    phone = f"+79{(100000000 + i * 7919) % 1000000000:09d}"
    return first, last, email, phone


def meta(path, rows, rng):
    header = ["id", "created_time", "ad_id", "ad_name", "adset_id", "adset_name", "campaign_id", "campaign_name",
              "form_id", "form_name", "is_organic", "platform", "what_is_your_goal?",
              "which_course_are_you_interested_in?", "when_do_you_want_to_start?", "full_name", "phone_number", "email"]
    with open(path, "w", encoding="utf-16-le", newline="") as out:
        out.write("\ufeff" + "\t".join(header) + "\n")
        for i in range(rows):
            first, last, email, phone = person(rng, i)
            created = f"2026-{9 + i % 2:02d}-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}:{(i * 7) % 60:02d}+03:00"
            goal = rng.choice(["new_profession", "career_growth", "own_project"])
            course = rng.choice(["python_developer", "data_analyst", "product_manager"])
            start = rng.choice(["this_month", "next_month", "later"])
            if i % 500 == 7:  # a Meta test lead
                cells = [f"l:{10**15 + i}", created, "", "", "", "", "", "", "f:1874420955310268", q("Consultation form"),
                         "true", "", '"<test lead: dummy data for what_is_your_goal?>"',
                         '"<test lead: dummy data for which_course_are_you_interested_in?>"',
                         '"<test lead: dummy data for when_do_you_want_to_start?>"',
                         '"<test lead: dummy data for full_name>"', '"p:<test lead: dummy data for phone_number>"',
                         "test@meta.com"]
            elif i % 50 == 3:  # organic
                cells = [f"l:{10**15 + i}", created, "", "", "", "", "", "", "f:1874420955310268", q("Consultation form"),
                         "true", "", goal, course, start, q(f"{first} {last}"), f"p:{phone}", email]
            else:
                cid, cname = CAMPAIGNS[i % 3]
                cells = [f"l:{10**15 + i}", created, f"ag:{cid[:-3]}{i % 7:03d}", q("Видео — смена профессии"),
                         f"as:{cid[:-3]}{i % 5 + 700:03d}", q("Москва 25-45 — интересы IT"), f"c:{cid}", q(cname),
                         "f:1874420955310268", q("Consultation form"), "false", rng.choice(["fb", "ig"]), goal, course,
                         start, q(f"{first} {last}"), f"p:{phone}", email]
            out.write("\t".join(cells) + "\n")


def csv_cell(value):
    if any(c in value for c in ',"\n\r'):
        return '"' + value.replace('"', '""') + '"'
    return value


def amocrm(path, rows, rng):
    header = ["ID", "Название сделки", "Бюджет ₽", "Ответственный", "Дата создания сделки", "Кем создана сделка",
              "Дата редактирования", "Кем редактирована", "Дата закрытия", "Теги", "Примечание", "Примечание 2",
              "Примечание 3", "Примечание 4", "Примечание 5", "Этап сделки", "Воронка", "Полное имя контакта",
              "Компания контакта", "Ответственный за контакт", "Компания", "Рабочий телефон", "Рабочий прямой телефон",
              "Мобильный телефон", "Факс", "Домашний телефон", "Другой телефон", "Рабочий email", "Личный email",
              "Другой email", "Город", "Источник", "Должность", "Товар", "Причина отказа", "Пользовательское соглашение",
              "utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "utm_referrer", "_ym_uid", "roistat",
              "gclid", "yclid", "fbclid", "utm_source"]
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("\ufeff" + ",".join(header) + "\r\n")
        for i in range(rows):
            first, last, email, phone = person(rng, i + 5_000_000)
            manager = rng.choice(MANAGERS)
            stage = rng.choice(STAGES)
            created = f"{1 + i % 28:02d}.{9 + i % 2:02d}.2026 {i % 24:02d}:{i % 60:02d}:{(i * 3) % 60:02d}"
            closed = f"{1 + (i + 5) % 28:02d}.10.2026 12:00:00" if stage in STAGES[3:] else ""
            paid = i % 3 != 0
            cells = [str(30_000_000 + i), f"Сделка #{30_000_000 + i}", rng.choice(["0", "69900", "89900", "129 800"]),
                     manager, created, "Робот", created, manager, closed, "facebook, лид-форма", rng.choice(NOTES), "",
                     "", "", "", stage, "Продажи курсов", f"{last} {first}", "", manager, "", "", "", "'" + phone, "",
                     "", "", "", email, "", rng.choice(["Москва", "Химки", ""]), "Facebook", "", "Python-разработчик",
                     "Не выходит на связь" if stage == STAGES[4] else "", "Да",
                     "facebook" if paid else "", "lead_form" if paid else "", "python_autumn_2026" if paid else "", "",
                     "120235871204531266" if paid else "", "", "", "", "", "", "", ""]
            out.write(",".join(csv_cell(c) for c in cells) + "\r\n")


def main():
    out_dir, rows = sys.argv[1], int(sys.argv[2])
    meta(f"{out_dir}/meta-leads.csv", rows, random.Random(20261101))
    amocrm(f"{out_dir}/amocrm-deals.csv", rows, random.Random(20261102))


if __name__ == "__main__":
    main()
