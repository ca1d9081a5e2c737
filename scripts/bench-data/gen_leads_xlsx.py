#!/usr/bin/env python3
"""Seeded generator of a lead-like XLSX for `scripts/bench xlsx`, written by openpyxl's
write-only mode (shared strings, as Excel writes them; dates with a date format).

Usage: gen_leads_xlsx.py OUT_FILE ROWS. Ten columns: id, name, email, phone (11-digit number),
city, created (date), amount, paid (bool), source, comment.
"""
import datetime
import random
import sys

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

FIRST = ["Иван", "Мария", "Алексей", "Ольга", "Дмитрий", "Анна", "John", "Emma", "Michael", "Sofia"]
LAST = ["Петров", "Иванова", "Смирнов", "Кузнецова", "Smith", "Brown", "Fischer", "Волкова"]
CITY = ["Москва", "Санкт-Петербург", "Новосибирск", "Казань", "London", "Berlin"]
SOURCE = ["google", "yandex", "facebook", "vk", "email", "direct"]


def main(out, rows):
    rng = random.Random(20241001)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Leads")
    sheet.append(["ID", "Name", "Email", "Phone", "City", "Created", "Amount", "Paid", "Source", "Comment"])
    start = datetime.datetime(2024, 1, 1)
    for index in range(rows):
        created = WriteOnlyCell(sheet, start + datetime.timedelta(minutes=rng.randrange(525_600)))
        created.number_format = "yyyy-mm-dd hh:mm"
        sheet.append([
            100000 + index,
            f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            f"user{index}@example.com",
            79000000000 + rng.randrange(1_000_000_000),
            rng.choice(CITY),
            created,
            round(rng.random() * 100000, 2),
            rng.random() < 0.3,
            rng.choice(SOURCE),
            "перезвонить после обеда" if index % 5 == 0 else "",
        ])
    book.save(out)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
