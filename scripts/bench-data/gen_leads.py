#!/usr/bin/env python3
"""Seeded generator of a lead-like CSV for `scripts/bench csv`.

Writes OUT_DIR/leads-utf8.csv (UTF-8, comma, CRLF-free LF lines), plus the same content as
leads-utf16le.csv (UTF-16LE with BOM) and leads-cp1251.csv (Windows-1251). Fields include
quoted text with commas, doubled quotes and embedded newlines, Cyrillic names, phones, emails,
dates and amounts. Every character used is encodable in Windows-1251.
"""
import csv
import io
import random
import sys

FIRST = ["Иван", "Мария", "Алексей", "Ольга", "Дмитрий", "Анна", "Сергей", "Елена", "John", "Emma",
         "Татьяна", "Николай", "Юлия", "Артём", "Ксения", "Michael", "Sofia", "Павел"]
LAST = ["Петров", "Иванова", "Смирнов", "Кузнецова", "Попов", "Соколова", "Лебедев", "Новикова",
        "Smith", "Brown", "Морозов", "Волкова", "Fischer", "Зайцев", "Павлова"]
CITY = ["Москва", "Санкт-Петербург", "Новосибирск", "Екатеринбург", "Казань", "London", "Berlin",
        "Нижний Новгород", "Самара", "Ростов-на-Дону"]
SOURCE = ["google", "yandex", "facebook", "vk", "instagram", "email", "direct"]
CAMPAIGN = ["Весенняя распродажа", "Brand Search", "Ретаргетинг — сайт", "Lookalike 2%",
            "Performance Max", "Мастер кампаний", "Лид-форма «Консультация»"]
STATUS = ["Новый", "В работе", "Квалифицирован", "Сделка", "Отказ", "Won", "Lost"]
WORDS = ["перезвонить", "после", "обеда", "интересует", "тариф", "Pro", "скидка", "доставка",
         "call", "back", "tomorrow", "нужен", "счёт", "для", "юрлица", "не", "берёт", "трубку",
         "просил", "КП", "на", "email", "10%", "бюджет", "до", "конца", "месяца"]
DOMAINS = ["mail.ru", "yandex.ru", "gmail.com", "example.com", "bk.ru", "inbox.ru"]
TRANSLIT = str.maketrans("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ",
                         "abvgdeejzijklmnoprstufhccss_y_euaABVGDEEJZIJKLMNOPRSTUFHCCSS_Y_EUA")

HEADER = ["lead_id", "created_at", "first_name", "last_name", "phone", "email", "company", "city",
          "utm_source", "utm_campaign", "amount", "status", "comment"]


def comment(rng):
    words = rng.choices(WORDS, k=rng.randint(1, 4))
    text = " ".join(words)
    roll = rng.random()
    if roll < 0.25:
        text += ', "' + rng.choice(WORDS) + '", ' + rng.choice(WORDS)
    elif roll < 0.30:
        text += "\n" + " ".join(rng.choices(WORDS, k=4))
    elif roll < 0.50:
        text += ", " + rng.choice(WORDS)
    return text


def row(rng, number):
    first, last = rng.choice(FIRST), rng.choice(LAST)
    login = (first[:1] + last).translate(TRANSLIT).lower()
    phone = "+7 9%02d %03d-%02d-%02d" % (rng.randint(0, 99), rng.randint(0, 999), rng.randint(0, 99), rng.randint(0, 99))
    if rng.random() < 0.3:
        phone = "8 (9%02d) %07d" % (rng.randint(0, 99), rng.randint(0, 9999999))
    company = rng.choice(['ООО "Ромашка"', 'ИП Петров', 'АО "Вектор, Плюс"', 'Acme, Inc.', '', 'ООО «Север»'])
    return [
        "L%07d" % number,
        "%02d.%02d.2024 %02d:%02d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(0, 23), rng.randint(0, 59)),
        first, last, phone, "%s%d@%s" % (login, rng.randint(1, 999), rng.choice(DOMAINS)), company,
        rng.choice(CITY), rng.choice(SOURCE), rng.choice(CAMPAIGN),
        "%d %03d,%02d" % (rng.randint(0, 999), rng.randint(0, 999), rng.randint(0, 99)) if rng.random() < 0.7 else "",
        rng.choice(STATUS), comment(rng),
    ]


def main():
    out_dir = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    rng = random.Random(20241127)
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(HEADER)
    for number in range(1, rows + 1):
        writer.writerow(row(rng, number))
    content = text.getvalue()
    with open(f"{out_dir}/leads-utf8.csv", "w", encoding="utf-8", newline="") as f:
        f.write(content)
    with open(f"{out_dir}/leads-utf16le.csv", "wb") as f:
        f.write(b"\xff\xfe" + content.encode("utf-16-le"))
    with open(f"{out_dir}/leads-cp1251.csv", "w", encoding="cp1251", newline="") as f:
        f.write(content)


if __name__ == "__main__":
    main()
