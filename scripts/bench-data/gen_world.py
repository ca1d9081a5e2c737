#!/usr/bin/env python3
"""Seeded multi-source world of (mostly Russian) customers with ground truth, for `scripts/bench match`.

Usage: gen_world.py OUT.csv RECORDS [SEED]

The same people appear across Meta lead forms, site forms, the CRM, a manager's spreadsheet and
accounting payments, written the way each source writes them: name order swaps, ё/е, caps,
typos, Latin transliteration (several schemes), diminutives (Саша for Александр), initials,
phone formats (`8 (916) …`, `+7 916 …`, `p:+7…`), missing fields. Hard cases on purpose:
namesakes (same name, different contacts), families sharing a home phone and surname, office
switchboards shared by many employees, and Meta test leads (dummy data in every field).

Columns: unique_id, source, full_name, first_name, surname, middle_name, dob, city, email, phone,
cluster (the person; each test lead is its own), is_test. Raw cells: Truce normalizes them like
an importer would. Rows are in import order (unique_id ascending).
"""
import csv
import random
import sys

MALE = [("Александр", 9), ("Сергей", 8), ("Дмитрий", 8), ("Андрей", 7), ("Алексей", 7), ("Максим", 6),
        ("Евгений", 5), ("Иван", 6), ("Михаил", 6), ("Артём", 5), ("Владимир", 5), ("Николай", 4), ("Павел", 4),
        ("Денис", 4), ("Роман", 4), ("Игорь", 3), ("Олег", 3), ("Кирилл", 3), ("Никита", 3), ("Юрий", 3),
        ("Виктор", 2), ("Антон", 3), ("Илья", 3), ("Егор", 2), ("Константин", 2), ("Вадим", 2), ("Станислав", 1),
        ("Фёдор", 1), ("Георгий", 1), ("Тимур", 1), ("Руслан", 2), ("Семён", 1), ("Пётр", 1), ("Григорий", 1),
        ("Леонид", 1), ("Ярослав", 1), ("Глеб", 1), ("Арсений", 1), ("Марат", 1), ("Ринат", 1)]
FEMALE = [("Елена", 8), ("Ольга", 7), ("Наталья", 7), ("Анна", 7), ("Екатерина", 7), ("Мария", 6), ("Татьяна", 6),
          ("Ирина", 6), ("Светлана", 5), ("Юлия", 5), ("Анастасия", 5), ("Дарья", 4), ("Ксения", 3), ("Марина", 4),
          ("Александра", 2), ("Виктория", 3), ("Полина", 2), ("Евгения", 2), ("Алёна", 2), ("Людмила", 2),
          ("Галина", 1), ("Надежда", 2), ("Вера", 1), ("Любовь", 1), ("Софья", 1), ("Валерия", 1), ("Кристина", 2),
          ("Оксана", 1), ("Алина", 2), ("Лилия", 1), ("Диана", 1), ("Вероника", 1), ("Маргарита", 1), ("Яна", 1)]
ENGLISH_M = ["John", "Michael", "David", "James", "Robert", "Thomas", "Daniel", "Peter", "William", "Mark"]
ENGLISH_F = ["Emma", "Kate", "Sarah", "Anna", "Laura", "Julia", "Helen", "Olivia", "Sophie", "Emily"]
DIMINUTIVE = {"Александр": ["Саша", "Саня"], "Александра": ["Саша"], "Алексей": ["Лёша", "Алёша"],
              "Андрей": ["Андрюша"], "Дмитрий": ["Дима"], "Евгений": ["Женя"], "Евгения": ["Женя"],
              "Иван": ["Ваня"], "Михаил": ["Миша"], "Николай": ["Коля"], "Павел": ["Паша"], "Сергей": ["Серёжа"],
              "Владимир": ["Вова", "Володя"], "Константин": ["Костя"], "Юрий": ["Юра"], "Екатерина": ["Катя"],
              "Мария": ["Маша"], "Анастасия": ["Настя"], "Наталья": ["Наташа"], "Татьяна": ["Таня"],
              "Ольга": ["Оля"], "Елена": ["Лена"], "Юлия": ["Юля"], "Ксения": ["Ксюша"], "Дарья": ["Даша"],
              "Светлана": ["Света"], "Ирина": ["Ира"], "Анна": ["Аня"], "Максим": ["Макс"], "Артём": ["Тёма"]}
ROOTS = ["Иван", "Смирн", "Кузнец", "Поп", "Васил", "Петр", "Соколов", "Михайл", "Новик", "Федор", "Морозов",
         "Волк", "Алексе", "Лебед", "Семен", "Егор", "Павл", "Козл", "Степан", "Никола", "Орл", "Андре", "Макар",
         "Никит", "Захар", "Зайц", "Солов", "Борис", "Яковл", "Григор", "Роман", "Воробь", "Серге", "Кузьмин",
         "Фрол", "Александр", "Дмитри", "Корол", "Гусев", "Киселев", "Ильин", "Максим", "Поляк", "Сорок",
         "Виноград", "Ковал", "Бел", "Медвед", "Антон", "Тарас", "Жук", "Баран", "Филипп", "Комар", "Давыд",
         "Беляк", "Герасим", "Богдан", "Осип", "Сидор", "Матве", "Тит", "Марк", "Абрам", "Крылов", "Карп",
         "Власов", "Мельник", "Денис", "Гаврил", "Тихон", "Казак", "Афанас", "Данил", "Савел", "Тимоф", "Фомин",
         "Чернов", "Блинов", "Щерб", "Журавл", "Шестак", "Ёлкин", "Щукин", "Чайк", "Хохл", "Цвет", "Юдин",
         "Пономар", "Шубин", "Ершов", "Рыбак", "Горбун", "Лапт", "Носк", "Кудряв", "Бирюк", "Дорофе", "Ефим"]
SYLLABLES = ["бар", "вол", "гор", "дуб", "жар", "зал", "кол", "лас", "мор", "нес", "пал", "рог", "сев", "тур",
             "хар", "чер", "шум", "бор", "вет", "гал", "мир", "сал", "тал", "кур", "рад", "мел", "пес", "кал"]
CITIES = [("Москва", 30), ("Санкт-Петербург", 15), ("Новосибирск", 4), ("Екатеринбург", 4), ("Казань", 4),
          ("Нижний Новгород", 3), ("Челябинск", 3), ("Самара", 3), ("Омск", 2), ("Ростов-на-Дону", 3), ("Уфа", 2),
          ("Красноярск", 2), ("Воронеж", 2), ("Пермь", 2), ("Волгоград", 2), ("Краснодар", 3), ("Тюмень", 1),
          ("Сочи", 1), ("Калининград", 1), ("Тверь", 1)]
DOMAINS = [("mail.ru", 30), ("yandex.ru", 25), ("gmail.com", 25), ("bk.ru", 5), ("inbox.ru", 4), ("list.ru", 4),
           ("rambler.ru", 4), ("ya.ru", 3)]
TRANSLIT = {"а": ["a"], "б": ["b"], "в": ["v"], "г": ["g"], "д": ["d"], "е": ["e"], "ё": ["e", "yo"],
            "ж": ["zh", "j"], "з": ["z"], "и": ["i"], "й": ["y", "i", "j"], "к": ["k"], "л": ["l"], "м": ["m"],
            "н": ["n"], "о": ["o"], "п": ["p"], "р": ["r"], "с": ["s"], "т": ["t"], "у": ["u"], "ф": ["f"],
            "х": ["kh", "h"], "ц": ["ts", "tz", "c"], "ч": ["ch"], "ш": ["sh"], "щ": ["shch", "sch"], "ъ": [""],
            "ы": ["y"], "ь": ["", ""], "э": ["e"], "ю": ["yu", "iu", "ju"], "я": ["ya", "ia", "ja"]}


def pick(rng, weighted):
    total = sum(w for _, w in weighted)
    x = rng.uniform(0, total)
    for value, weight in weighted:
        x -= weight
        if x <= 0:
            return value
    return weighted[-1][0]


def translit(rng, text, scheme=None):
    scheme = scheme if scheme is not None else rng.randrange(3)
    out = []
    for ch in text:
        low = ch.lower()
        if low in TRANSLIT:
            options = TRANSLIT[low]
            t = options[min(scheme, len(options) - 1)]
            out.append(t.capitalize() if ch != low and t else t)
        else:
            out.append(ch)
    return "".join(out)


def typo(rng, word):
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(3)
    if kind == 0:
        return word[:i] + word[i + 1:]
    if kind == 1:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    letters = "аеиоуклмнпрст" if "а" <= word[i].lower() <= "я" else "aeioklmnprst"
    return word[:i] + rng.choice(letters) + word[i + 1:]


class World:
    def __init__(self, rng, people):
        self.rng = rng
        self.surname_pool = self.make_surnames()
        self.phones = set()
        self.emails_used = set()
        self.people = []
        for pid in range(people):
            self.people.append(self.person(pid))
        self.add_families()
        self.add_namesakes()
        self.add_switchboards()

    def make_surnames(self):
        rng = self.rng
        pool = []
        for rank, root in enumerate(ROOTS):
            pool.append((root, 40.0 / (rank + 1) ** 0.8))
        for _ in range(6000):  # rare surnames
            root = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 2))).capitalize()
            pool.append((root, 0.05))
        return pool

    def surname(self, root, male):
        if root.endswith(("ский", "цкий")):
            return root if male else root[:-2] + "ая"
        if root.endswith(("ов", "ев", "ин", "ёв")):
            return root if male else root + "а"
        if root.endswith(("чук", "енко", "ко")):
            return root
        ending = self.rng.choice(["ов", "ов", "ев", "ин", "ский"])
        if root[-1] in "аеиоуыэюя":
            ending = "ев" if ending == "ев" else "ин" if ending == "ин" else "ев"
        word = root + ending
        if ending == "ский":
            return word if male else root + "ская"
        return word if male else word + "а"

    def phone(self, prefix="9"):
        while True:
            number = "+7" + prefix + "".join(str(self.rng.randrange(10)) for _ in range(10 - len(prefix)))
            if number not in self.phones and len(set(number[-7:])) >= 3:
                self.phones.add(number)
                return number

    def person(self, pid):
        rng = self.rng
        male = rng.random() < 0.5
        english = rng.random() < 0.04
        if english:
            first = rng.choice(ENGLISH_M if male else ENGLISH_F)
        else:
            first = pick(rng, MALE if male else FEMALE)
        root = pick(rng, self.surname_pool)
        last = self.surname(root, male) if not english else rng.choice(["Smith", "Brown", "Miller", "Wilson", "Taylor", "Clark"]) + rng.choice(["", "son", "er"])
        father = pick(rng, MALE)
        base = {"Илья": "Иль", "Никита": "Никит", "Пётр": "Петр", "Лев": "Льв"}.get(father, father)
        if base.endswith("й"):
            middle = base[:-1] + ("евич" if male else "евна")
        else:
            middle = base + ("ович" if male else "овна")
        p = {"id": pid, "male": male, "first": first, "last": last, "middle": middle if not english else "",
             "city": pick(rng, CITIES), "dob": "", "phones": [self.phone()], "emails": [], "root": root}
        if rng.random() < 0.35:
            p["dob"] = "%04d-%02d-%02d" % (rng.randint(1955, 2004), rng.randint(1, 12), rng.randint(1, 28))
        if rng.random() < 0.15:
            p["phones"].append(self.phone())
        if rng.random() < 0.9:
            p["emails"].append(self.email(p))
            if rng.random() < 0.1:
                p["emails"].append(self.email(p))
        return p

    def email(self, p):
        rng = self.rng
        f = translit(rng, p["first"], 0).lower().replace("'", "")
        l = translit(rng, p["last"], 0).lower()
        style = rng.randrange(5)
        local = [f + "." + l, f[0] + "." + l, l + str(rng.randint(1, 999)), f + l[:3] + str(rng.randint(10, 99)),
                 l + "_" + f[0] + str(rng.randint(1, 99))][style]
        while True:  # a mailbox belongs to one person
            address = local + str(rng.randint(1, 9999)) + "@" + pick(rng, DOMAINS)
            if address not in self.emails_used:
                self.emails_used.add(address)
                return address

    def add_families(self):
        rng = self.rng
        count = len(self.people) // 25
        for _ in range(count):
            head = rng.choice(self.people)
            if head.get("home"):
                continue
            home = self.phone(prefix=rng.choice(["495", "499", "812", "343"]))
            head["home"] = home
            for _ in range(rng.randint(1, 3)):
                member = self.person(len(self.people))
                member["last"] = self.surname(head["root"], member["male"]) if head["middle"] else head["last"]
                member["city"] = head["city"]
                member["home"] = home
                member["emails"] = [self.email(member) for _ in member["emails"]]
                if member["first"] == head["first"]:
                    continue
                self.people.append(member)

    def add_namesakes(self):
        rng = self.rng
        for _ in range(len(self.people) // 60):
            model = rng.choice(self.people)
            twin = self.person(len(self.people))
            twin.update(first=model["first"], last=model["last"], male=model["male"], root=model["root"])
            twin["emails"] = [self.email(twin) for _ in twin["emails"]]
            self.people.append(twin)

    def add_switchboards(self):
        rng = self.rng
        for _ in range(max(1, len(self.people) // 400)):
            office = self.phone(prefix="495")
            for member in rng.sample(self.people, rng.randint(6, 30)):
                member["office"] = office


def display_first(rng, p):
    first = p["first"]
    if first in DIMINUTIVE and rng.random() < 0.12:
        return rng.choice(DIMINUTIVE[first])
    return first


def noisy(rng, word, typo_rate=0.04):
    if rng.random() < 0.3:
        word = word.replace("ё", "е").replace("Ё", "Е")
    if rng.random() < typo_rate:
        word = typo(rng, word)
    return word


def raw_phone(rng, number, source):
    digits = number[2:]
    style = rng.randrange(5)
    if source == "meta_leads" and rng.random() < 0.6:
        return "p:" + number
    if style == 0:
        return number
    if style == 1:
        return "8" + digits
    if style == 2:
        return "8 (%s) %s-%s-%s" % (digits[:3], digits[3:6], digits[6:8], digits[8:])
    if style == 3:
        return "+7 %s %s-%s-%s" % (digits[:3], digits[3:6], digits[6:8], digits[8:])
    return "7" + digits


def case_noise(rng, text):
    roll = rng.random()
    if roll < 0.06:
        return text.lower()
    if roll < 0.1:
        return text.upper()
    return text


def record(rng, p, source):
    first = noisy(rng, display_first(rng, p), 0.02)
    last = noisy(rng, p["last"])
    middle = noisy(rng, p["middle"], 0.02)
    latin = source in ("site_form", "meta_leads") and rng.random() < 0.08
    if latin:
        scheme = rng.randrange(3)
        first, last, middle = translit(rng, first, scheme), translit(rng, last, scheme), translit(rng, middle, scheme)
    row = {"source": source, "full_name": "", "first_name": "", "surname": "", "middle_name": "", "dob": "",
           "city": "", "email": "", "phone": ""}
    # Every record carries the person's main phone or main email (or the home phone with the full
    # name): a second phone or email only appears next to the main one, as in real CRM cards.
    main_phone = p["phones"][0]
    phones = [main_phone]
    if p.get("home") and rng.random() < 0.3:
        phones = [p["home"], main_phone] if rng.random() < 0.5 or not p["emails"] else [p["home"]]
    if p.get("office") and source in ("crm", "manager_sheet") and rng.random() < 0.7:
        phones = [p["office"]] + phones
    if source == "crm" and len(p["phones"]) > 1:
        phones.append(p["phones"][1])
    email = p["emails"][0] if p["emails"] else ""
    if len(p["emails"]) > 1 and rng.random() < 0.3:
        email = p["emails"][1]
    if source == "meta_leads":
        roll = rng.random()
        row["full_name"] = case_noise(rng, f"{first} {last}" if roll < 0.7 else f"{last} {first}" if roll < 0.85 else first)
        row["phone"] = raw_phone(rng, phones[0], source)
        row["email"] = email if rng.random() < 0.97 else ""  # Meta lead forms ask for both
    elif source == "site_form":
        row["full_name"] = first if rng.random() < 0.55 and phones[0] == main_phone else f"{first} {last}"
        if rng.random() < 0.8:
            row["phone"] = raw_phone(rng, phones[-1], source)
        if not row["phone"] or rng.random() < 0.6:
            row["email"] = email
    elif source == "crm":
        if rng.random() < 0.6:
            row["full_name"] = f"{last} {first} {middle}".strip()
        else:
            row.update(first_name=first, surname=last, middle_name=middle if rng.random() < 0.5 else "")
        row["phone"] = "; ".join(raw_phone(rng, x, source) for x in phones[:2])
        row["email"] = email
        row["city"] = p["city"] if rng.random() < 0.6 else ""
        row["dob"] = p["dob"] if rng.random() < 0.5 else ""
    elif source == "manager_sheet":
        row["full_name"] = noisy(rng, f"{first} {last}", 0.15)
        row["phone"] = raw_phone(rng, phones[0] if rng.random() < 0.3 else phones[-1], source)
        row["email"] = email if rng.random() < 0.4 or phones[0] == p.get("home") else ""
        row["city"] = p["city"] if rng.random() < 0.5 else ""
    else:  # payments
        full_first = translit(rng, p["first"], 0) if latin else p["first"]
        initials = f"{last} {full_first[0]}. {middle[0]}." if middle and rng.random() < 0.5 else f"{last} {first}"
        row["full_name"] = initials
        if email and rng.random() < 0.75:
            row["email"] = email
        if not row["email"] or rng.random() < 0.5:
            row["phone"] = raw_phone(rng, main_phone, source)
    if not row["email"] and not row["phone"]:
        row["phone"] = raw_phone(rng, main_phone, source)
    shown = row["email"] + " " + row["phone"]
    if email != (p["emails"][0] if p["emails"] else "") and row["email"] and main_phone[-7:] not in shown.replace("-", "").replace(" ", "").replace(")", ""):
        row["phone"] = (row["phone"] + "; " if row["phone"] else "") + raw_phone(rng, main_phone, source)
    return row


TEST_LEAD = {"source": "meta_leads", "full_name": "<test lead: dummy data for full_name>", "first_name": "",
             "surname": "", "middle_name": "", "dob": "", "city": "<test lead: dummy data for city>",
             "email": "test@meta.com", "phone": "<test lead: dummy data for phone_number>"}
SOURCES = [("meta_leads", 30), ("site_form", 20), ("crm", 25), ("manager_sheet", 12), ("payments", 13)]


def main():
    out, total = sys.argv[1], int(sys.argv[2])
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 20260301
    rng = random.Random(seed)
    world = World(rng, max(10, int(total / 2.4)))
    rows = []
    for p in world.people:
        count = rng.choices([1, 2, 3, 4, 5, 6], weights=[30, 27, 20, 12, 7, 4])[0]
        for _ in range(count):
            row = record(rng, p, pick(rng, SOURCES))
            row["cluster"] = str(p["id"])
            row["is_test"] = "0"
            rows.append((rng.random(), row))
    tests = max(1, total // 200)
    for t in range(tests):
        row = dict(TEST_LEAD, cluster=f"test-{t}", is_test="1")
        rows.append((rng.random(), row))
    rows.sort(key=lambda item: item[0])
    rows = [row for _, row in rows][:total]
    fields = ["unique_id", "source", "full_name", "first_name", "surname", "middle_name", "dob", "city", "email",
              "phone", "cluster", "is_test"]
    with open(out, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        for number, row in enumerate(rows, 1):
            row["unique_id"] = number
            writer.writerow(row)


if __name__ == "__main__":
    main()
