"""Turn the World into the exact bytes of each system's export file, plus the ground truth.

Each render_* function returns (relative path, bytes, truth rows) where a truth row is
(record number, person key or "") in file order. Record numbers count every non-blank
record after the header line (CSV records: a quoted multi-line note is one record),
footer/total rows included.
"""

import csv
import datetime as dt
import io
import random

from . import model as M
from . import pools as P

COURSE_NAME = dict((c[0], c[1]) for c in P.COURSES)


# ------------------------------------------------------------------ value variants
def phone_fmt(e164, style):
    d = e164[2:]
    a, b, c, e = d[:3], d[3:6], d[6:8], d[8:]
    return {
        "e164": "+7" + d,
        "e164_dash": f"+7 {a} {b}-{c}-{e}",
        "e164_sp": f"+7 {a} {b} {c} {e}",
        "e164_paren": f"+7 ({a}) {b}-{c}-{e}",
        "e164_paren_tight": f"+7({a}){b}-{c}-{e}",
        "eight": "8" + d,
        "eight_sp": f"8 {a} {b} {c} {e}",
        "eight_sp_dash": f"8 {a} {b}-{c}-{e}",
        "eight_paren": f"8 ({a}) {b}-{c}-{e}",
        "eight_paren_tight": f"8({a}){b}{c}{e}",
        "eight_dash": f"8-{a}-{b}-{c}-{e}",
        "eight_sp7": f"8 {a} {b}{c}{e}",
        "ten": d,
        "seven": "7" + d,
    }[style]


def email_fmt(email, style):
    local, dom = email.split("@")
    if style == "lower":
        return email
    if style == "cap":
        return ".".join(x[:1].upper() + x[1:] for x in local.split(".")) + "@" + dom
    if style == "capdom":
        return ".".join(x[:1].upper() + x[1:] for x in local.split(".")) + "@" + dom[:1].upper() + dom[1:]
    if style == "upper":
        return email.upper()
    if style == "updom":
        return local + "@" + dom.upper()
    raise ValueError(style)


def no_yo(s):
    return s.replace("ё", "е").replace("Ё", "Е")


def ru_date(d):
    return d.strftime("%d.%m.%Y")


def ru_datetime(t):
    return t.strftime("%d.%m.%Y %H:%M:%S")


def money_ru(amount):
    return f"{amount:,.2f}".replace(",", " ").replace(".", ",")


def csv_bytes(rows, delimiter=",", lineterminator="\n", quoting=csv.QUOTE_MINIMAL):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator=lineterminator, quoting=quoting)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def quote_if_space(field):
    """Meta's rule: a field is wrapped in quotes when it contains a space."""
    if any(ch in field for ch in (" ", "\t", '"', "\n", ",")):
        return '"' + field.replace('"', '""') + '"'
    return field


class Renderer:
    def __init__(self, world, seed=M.SEED + 1):
        self.w = world
        self.rng = random.Random(seed)
        self.amo_contact = {}
        self.seen_ids = {}      # person key -> {"phones": [...], "emails": [...]} used anywhere

    def wc(self, pairs):
        return self.rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]

    # ------------------------------------------------------------ Meta lead download
    def render_meta_leads(self):
        rng = self.rng
        w = self.w
        slug_goal = "what_is_your_goal?"
        slug_start = "when_do_you_want_to_start?"
        slug_course = "which_course_are_you_interested_in?"
        header = ["id", "created_time", "ad_id", "ad_name", "adset_id", "adset_name", "campaign_id",
                  "campaign_name", "form_id", "form_name", "is_organic", "platform",
                  slug_goal, slug_start, slug_course, "full_name", "phone_number", "email"]
        leads = sorted(w.meta_leads, key=lambda l: l.time)
        # test leads: Meta's "Test your form" tool; ad columns empty, organic
        tests = []
        for t in (dt.datetime(2026, 9, 1, 9, 12, 44), dt.datetime(2026, 10, 1, 11, 3, 20)):
            tl = M.MetaLead(None, t, None, None, None, "", True, None, None, None)
            tl.test = True
            tests.append(tl)
        leads = sorted(leads + tests, key=lambda l: l.time)
        lead_id = 1304417290561038
        for l in leads:
            lead_id += rng.randint(3_000_000_000, 90_000_000_000)
            l.id = "l:%d" % lead_id
        specials = {}
        rows = []
        for l in sorted(leads, key=lambda l: l.time, reverse=True):   # newest first, like the download
            created = l.time.strftime("%Y-%m-%dT%H:%M:%S") + "+03:00"
            form = [M.META_FORM[0] + M.META_FORM[1], M.META_FORM[2]]
            if l.test:
                cells = [l.id, created, "", "", "", "", "", ""] + form + ["true", ""] + [
                    f"<test lead: dummy data for {s}>" for s in (slug_goal, slug_start, slug_course)] + [
                    "<test lead: dummy data for full_name>", "p:<test lead: dummy data for phone_number>",
                    "test@meta.com"]
                rows.append((cells, ""))
                continue
            p = l.person
            if l.organic:
                ad_cells = ["", "", "", "", "", ""]
                organic, platform = "true", ""
            else:
                ad_cells = ["ag:" + l.ad[0], l.ad[1], "as:" + l.adset["id"], l.adset["name"],
                            "c:" + l.campaign["id"], l.campaign["name"]]
                organic, platform = "false", l.platform
            phone_style = self.wc([("e164", 70), ("eight_sp", 11), ("eight", 10), ("e164_dash", 9)])
            if p.home_phone and l.phone_value == p.home_phone:
                phone_style = "e164_sp"
            phone = "p:" + phone_fmt(l.phone_value, phone_style)
            email = email_fmt(l.email_value, self.wc([("lower", 68), ("cap", 20), ("capdom", 7), ("upper", 5)]))
            name = self.meta_name(p)
            cells = [l.id, created] + ad_cells + form + [organic, platform,
                                                         l.goal, l.start, l.course_slug, name, phone, email]
            rows.append((cells, p.key))
            self.note_ids(p, [l.phone_value], [l.email_value])
        text = "\t".join(header) + "\n"
        for cells, _ in rows:
            text += "\t".join(quote_if_space(c) for c in cells) + "\n"
        data = b"\xff\xfe" + text.encode("utf-16-le")
        truth = [(i + 1, key) for i, (_, key) in enumerate(rows)]
        return "sample-data/meta/Consultation_form_Leads_2026-09-01_2026-10-31.csv", data, truth

    def meta_name(self, p):
        rng = self.rng
        if p.story.startswith("ё/е: Артём"):
            return "Артём Фёдоров"
        if p.story.startswith("ё/е: Алёна"):
            return "Алёна Соловьёва"
        keep_yo = rng.random() < 0.5
        first, last = p.first, p.last
        if not keep_yo:
            first, last = no_yo(first), no_yo(last)
        style = self.wc([("first_last", 55), ("first", 14), ("lower", 8), ("latin", 8),
                         ("last_first", 7), ("full3", 5), ("caps_first", 3)])
        if style == "first_last":
            return f"{first} {last}"
        if style == "first":
            return first
        if style == "lower":
            return f"{first} {last}".lower()
        if style == "latin":
            return f"{P.translit(p.first)} {P.translit(p.last)}"
        if style == "last_first":
            return f"{last} {first}"
        if style == "full3":
            return f"{last} {first} {p.middle}"
        return f"{first.upper()} {last}"

    def note_ids(self, p, phones, emails):
        s = self.seen_ids.setdefault(p.key, {"phones": [], "emails": []})
        for x in phones:
            if x and x not in s["phones"]:
                s["phones"].append(x)
        for x in emails:
            if x and x not in s["emails"]:
                s["emails"].append(x)

    # ------------------------------------------------------------ Google Ads UI report
    def render_google(self):
        rng = self.rng
        w = self.w
        conv = {}
        for d in w.deals:
            if d.google_campaign:
                k = (d.created.date(), d.google_campaign)
                conv[k] = conv.get(k, 0) + 1
        header = ["Day", "Campaign status", "Campaign", "Currency code", "Impr.", "Clicks", "CTR",
                  "Cost", "Avg. CPC", "Conversions"]
        data_rows = []
        totals = {}
        day = M.PERIOD_START
        while day <= M.PERIOD_END:
            weekend = day.weekday() >= 5
            for c in sorted(M.GOOGLE_CAMPAIGNS, key=lambda c: c["name"]):
                k = c["key"]
                if "paused_from" in c and day >= c["paused_from"]:
                    impr, clicks, cost = 0, 0, 0.0
                elif k == "g_python":
                    impr = rng.randint(450, 1100) - (150 if weekend else 0)
                    clicks = round(impr * rng.uniform(0.03, 0.06))
                    cost = round(clicks * rng.uniform(45, 88), 2)
                elif k == "g_brand":
                    impr = rng.randint(140, 420)
                    clicks = round(impr * rng.uniform(0.12, 0.21))
                    cost = round(clicks * rng.uniform(11, 26), 2)
                else:
                    impr = rng.randint(1800, 4200)
                    clicks = round(impr * rng.uniform(0.008, 0.016))
                    cost = round(clicks * rng.uniform(24, 46), 2)
                cv = conv.get((day, k), 0)
                data_rows.append((day, c, impr, clicks, cost, cv))
                for tk in ("all", c["type"]):
                    t = totals.setdefault(tk, [0, 0, 0.0, 0])
                    t[0] += impr
                    t[1] += clicks
                    t[2] += cost
                    t[3] += cv
            day += dt.timedelta(days=1)

        def nums(impr, clicks, cost, cv):
            ctr = " --" if impr == 0 else f"{clicks / impr * 100:.2f}%"
            cpc = "0" if clicks == 0 else f"{cost / clicks:.2f}"
            return [f"{impr:,}", f"{clicks:,}", ctr, f"{cost:.2f}", cpc, f"{cv:,.2f}"]

        rows = [header]
        for day, c, impr, clicks, cost, cv in data_rows:
            rows.append([day.isoformat(), c["status"], c["name"], "RUB"] + nums(impr, clicks, cost, cv))
        a = totals["all"]
        rows.append(["Total: Campaigns", " --", " --", "RUB"] + nums(*a))
        rows.append(["Total: Account", "", "", "RUB"] + nums(*a))
        for typ in ("Search", "Performance Max"):
            rows.append([f"Total: {typ}", "", "", "RUB"] + nums(*totals[typ]))
        text = "Campaign report\n1 September 2026 - 31 October 2026\n" + csv_bytes(rows)
        truth = [(i + 1, "") for i in range(len(rows) - 1)]
        return "sample-data/google_ads/Campaign_report_day.csv", text.encode("utf-8"), truth

    # ------------------------------------------------------------ Meta Ads Manager report
    def render_meta_ads(self):
        rng = self.rng
        w = self.w
        results = {}
        for l in w.meta_leads:
            if l.campaign:
                k = (l.time.date(), l.campaign["id"])
                results[k] = results.get(k, 0) + 1
        header = ["Reporting starts", "Reporting ends", "Campaign name", "Campaign ID", "Day",
                  "Impressions", "Link clicks", "Results", "Amount spent (RUB)"]
        camps = [(c["name"], c["id"], c["key"]) for c in M.META_CAMPAIGNS] + \
                [(M.META_REACH_CAMPAIGN["name"], M.META_REACH_CAMPAIGN["id"], "m_reach")]
        camps.sort()
        out = [",".join(quote_if_space(h) for h in header)]
        n = 0
        day = M.PERIOD_START
        while day <= M.PERIOD_END:
            for name, cid, key in camps:
                if key == "m_python":
                    spend = rng.uniform(2300, 3700)
                    cpm = rng.uniform(240, 380)
                    ctr = rng.uniform(0.008, 0.015)
                elif key == "m_analyst":
                    spend = rng.uniform(1800, 3100)
                    cpm = rng.uniform(260, 420)
                    ctr = rng.uniform(0.007, 0.014)
                else:
                    spend = rng.uniform(550, 950)
                    cpm = rng.uniform(90, 140)
                    ctr = rng.uniform(0.002, 0.005)
                impr = int(spend / cpm * 1000)
                clicks = int(impr * ctr)
                res = results.get((day, cid), 0)
                cells = [day.isoformat(), day.isoformat(), name, cid, day.isoformat(), str(impr),
                         str(clicks), str(res) if res else "", f"{spend:.2f}"]
                out.append(",".join(quote_if_space(c) for c in cells))
                n += 1
            day += dt.timedelta(days=1)
        text = "\n".join(out) + "\n"
        truth = [(i + 1, "") for i in range(n)]
        return "sample-data/meta_ads/Campaigns-1-Sep-202631-Oct-2026.csv", text.encode("utf-8"), truth

    # ------------------------------------------------------------ amoCRM deals export
    AMO_HEADER = [
        "ID", "Название сделки", "Бюджет ₽", "Ответственный", "Дата создания сделки",
        "Кем создана сделка", "Дата редактирования", "Кем редактирована", "Дата закрытия", "Теги",
        "Примечание", "Примечание 2", "Примечание 3", "Примечание 4", "Примечание 5",
        "Этап сделки", "Воронка", "Полное имя контакта", "Компания контакта",
        "Ответственный за контакт", "Компания", "Рабочий телефон", "Рабочий прямой телефон",
        "Мобильный телефон", "Факс", "Домашний телефон", "Другой телефон", "Рабочий email",
        "Личный email", "Другой email", "Город", "Источник", "Должность", "Товар",
        "Причина отказа", "Пользовательское соглашение", "utm_source", "utm_medium",
        "utm_campaign", "utm_term", "utm_content", "utm_referrer", "_ym_uid", "roistat",
        "gclid", "yclid", "fbclid", "utm_source",
    ]

    def amo_contact_for(self, p, deal):
        """One contact card per person: every deal of that person shows the same contact."""
        if p.key in self.amo_contact:
            return self.amo_contact[p.key]
        rng = self.rng
        c = {k: "" for k in ("name", "company", "work", "work_direct", "mobile", "home", "other",
                             "work_email", "personal_email", "other_email", "city", "job")}
        # name: CRM cards are often "Фамилия Имя"
        style = self.wc([("last_first", 45), ("first_last", 38), ("full3", 12), ("first", 5)])
        first, last = p.first, p.last
        if rng.random() < 0.6:
            first, last = no_yo(first), no_yo(last)
        if p.story.startswith("ё/е"):
            first, last = no_yo(p.first), no_yo(p.last)
            style = "last_first"
        if p.story.startswith("namesake"):
            style = "last_first"
        c["name"] = {"last_first": f"{last} {first}", "first_last": f"{first} {last}",
                     "full3": f"{last} {first} {p.middle}", "first": first}[style]

        def amo_phone(e164):
            st = self.wc([("apo_e164", 62), ("apo_eight", 10), ("eight_paren", 16), ("e164_dash", 12)])
            if st == "apo_e164":
                return "'" + e164
            if st == "apo_eight":
                return "'" + phone_fmt(e164, "eight")
            return phone_fmt(e164, st)

        phones = []
        if p.home_phone:
            c["home"] = ("'" + p.home_phone) if p.first == "Ольга" else phone_fmt(p.home_phone, "eight_paren")
            phones.append(p.home_phone)
        if p.mobile:
            slot = "mobile" if rng.random() < 0.75 else "work"
            c[slot] = amo_phone(p.mobile)
            phones.append(p.mobile)
        if p.work_phone:
            if rng.random() < 0.3 and c["mobile"]:
                c["mobile"] = c["mobile"] + ", " + phone_fmt(p.work_phone, "e164")   # two numbers in one cell
            else:
                slot = "work_direct" if c["work"] else "work"
                c[slot] = amo_phone(p.work_phone)
            phones.append(p.work_phone)
        emails = []
        if p.work_email and rng.random() < 0.8:
            c["work_email"] = email_fmt(p.work_email, self.wc([("lower", 80), ("cap", 20)]))
            emails.append(p.work_email)
        if rng.random() < 0.86 or not phones or p.home_phone:
            c["personal_email"] = email_fmt(p.email, self.wc([("lower", 78), ("cap", 12), ("updom", 5), ("upper", 5)]))
            emails.append(p.email)
        if p.company and rng.random() < 0.7:
            c["company"] = p.company[1]
        if rng.random() < (0.5 if deal.origin.startswith("meta") else 0.72):
            c["city"] = p.city
        if p.job and rng.random() < 0.45:
            c["job"] = p.job
        self.note_ids(p, phones, emails)
        self.amo_contact[p.key] = c
        return c

    def amo_notes(self, d):
        rng = self.rng
        p = d.person
        course = COURSE_NAME.get(d.course, "Python-разработчик")
        notes = []
        t1 = d.created + dt.timedelta(hours=rng.randint(1, 40))
        if d.duplicate_of is not None:
            return [f"Дубль сделки {d.duplicate_of.id}, клиент повторно оставил заявку в форме"]
        if d.origin == "webinar":
            a = "а" if p.sex == "f" else ""
            notes.append(f"Был{a} на вебинаре {ru_date(d.created)}, задавал{a} вопросы про трудоустройство,\n"
                         f"просил{a} запись и программу курса «{course}»")
        if d.origin == "corporate":
            notes.append(f"Запрос на обучение {rng.choice([5, 8, 12, 15])} сотрудников, нужен договор с юрлицом,\n"
                         f"счёт выставлять на {p.company[0] if p.company else 'компанию'}")
        if d.stage == P.OPEN_STAGES[0] and rng.random() < 0.6:
            return notes
        if rng.random() < 0.75 and t1 < M.LAST_EVENT:
            job = f"сейчас работает: {p.job}" if p.job else "про работу не рассказывает"
            obj = ", ".join(p.objections) if p.objections else "возражений нет"
            notes.append(f"Звонок {ru_date(t1)}: интересует курс «{course}», {job}.\n"
                         f"Возражения: {obj}. Перезвонить после 19:00")
        elif t1 < M.LAST_EVENT:
            notes.append(f"Не дозвонились {ru_date(t1)}, написали в WhatsApp")
        if d.stage == P.WON:
            n = d.plan_n or 1
            plan = "полная оплата" if n == 1 else f"рассрочка от школы, {n} платежа"
            notes.append(f"Оплата: {plan}.\nДоговор-оферта принят {ru_date(d.closed)}, доступ к платформе выдан")
        elif d.stage == P.LOST:
            notes.append(f"Отказ: {d.lost_reason.lower()}.\nКомментарий: "
                         + (", ".join(p.objections) if p.objections else "без комментариев"))
        elif d.stage in P.OPEN_STAGES[2:] and rng.random() < 0.7:
            t2 = d.created + dt.timedelta(days=rng.randint(2, 9))
            notes.append(f"Отправили программу курса на почту,\nждём обратную связь до {ru_date(t2)}")
        return notes[:5]

    def render_amocrm(self):
        rng = self.rng
        w = self.w
        rows = []
        truth = []
        for d in sorted(w.deals, key=lambda d: d.id):
            p = d.person
            c = self.amo_contact_for(p, d)
            origin = d.origin
            meta_platform = d.meta_lead.platform if d.meta_lead is not None else ""
            if origin in ("meta", "meta_organic"):
                name = self.wc([("Лид с Facebook: Consultation form", 50), (f"Сделка #{d.id}", 30),
                                (f"{COURSE_NAME.get(d.course, 'Курс')} — {no_yo(p.last)}", 20)])
                created_by = "Робот"
                tags = ("instagram" if meta_platform == "ig" else "facebook") + ", лид-форма"
                source = "Instagram" if meta_platform == "ig" else "Facebook"
            elif origin in ("google", "yandex", "site"):
                name = self.wc([("Заявка с сайта", 60), (f"Сделка #{d.id}", 40)])
                created_by = "Робот"
                tags = {"google": "google", "yandex": "яндекс директ", "site": "сайт"}[origin]
                source = {"google": "Google Ads", "yandex": "Яндекс Директ", "site": "Сайт"}[origin]
            elif origin == "referral":
                name = f"{no_yo(p.last)} — по рекомендации"
                created_by = d.owner
                tags = "рекомендация"
                source = "Рекомендация"
            elif origin == "webinar":
                name = f"Вебинар: {COURSE_NAME.get(d.course, 'Курс')}"
                created_by = "Робот"
                tags = "вебинар"
                source = "Вебинар"
            elif origin == "call":
                name = "Входящий звонок"
                created_by = d.owner
                tags = ""
                source = "Звонок"
            else:
                name = f"Корпоративное обучение — {p.company[1]}"
                created_by = d.owner
                tags = "b2b"
                source = "Сайт"
            if d.plan_n > 1:
                tags = (tags + ", рассрочка").lstrip(", ")
            notes = self.amo_notes(d) + [""] * 5
            utm = {"utm_source": "", "utm_medium": "", "utm_campaign": "", "utm_term": "",
                   "utm_content": "", "utm_referrer": "", "_ym_uid": "", "roistat": "", "gclid": "",
                   "yclid": "", "fbclid": "", "utm_source2": ""}
            if origin == "meta":
                utm.update(utm_source="instagram" if meta_platform == "ig" else "facebook",
                           utm_medium="lead_form", utm_campaign=d.campaign,
                           utm_content=d.meta_lead.ad[0])
            elif origin == "meta_organic":
                utm.update(utm_source="facebook", utm_medium="organic")
            elif origin == "google":
                utm.update(utm_source="google", utm_medium="cpc", utm_campaign=d.campaign,
                           utm_term=d.term, utm_content=self.wc([("rsa_1", 3), ("rsa_2", 2), ("", 1)]),
                           utm_referrer="https://www.google.com/",
                           _ym_uid=self.ym_uid(), gclid=self.gclid())
            elif origin == "yandex":
                utm.update(utm_source="yandex", utm_medium="cpc", utm_campaign=d.campaign,
                           utm_term=d.term, utm_content="text_" + str(rng.randint(1, 4)),
                           utm_referrer="https://yandex.ru/", _ym_uid=self.ym_uid(),
                           yclid=str(rng.randint(10 ** 18, 10 ** 19)))
            elif origin == "site":
                utm.update(_ym_uid=self.ym_uid(), utm_referrer=self.wc([("", 3), ("https://yandex.ru/", 2),
                                                                         ("https://www.google.com/", 1)]))
            elif origin == "webinar":
                utm.update(utm_source=self.wc([("", 2), ("email", 2), ("telegram", 1)]),
                           utm_medium="newsletter", utm_campaign=d.campaign, utm_source2="webinar")
            lost_reason = d.lost_reason if d.stage == P.LOST else ""
            agreement = "Да" if origin in ("meta", "meta_organic", "google", "yandex", "site", "webinar") else ""
            row = [
                str(d.id), name, str(d.budget), d.owner, ru_datetime(d.created), created_by,
                ru_datetime(d.edited), d.owner if d.edited > d.created + dt.timedelta(minutes=9) else created_by,
                ru_datetime(d.closed) if d.closed else "", tags,
                notes[0], notes[1], notes[2], notes[3], notes[4],
                d.stage, d.pipeline, c["name"], c["company"], p.owner or d.owner, c["company"],
                c["work"], c["work_direct"], c["mobile"], "", c["home"], c["other"],
                c["work_email"], c["personal_email"], c["other_email"], c["city"], source, c["job"],
                COURSE_NAME.get(d.course, ""), lost_reason, agreement,
                utm["utm_source"], utm["utm_medium"], utm["utm_campaign"], utm["utm_term"],
                utm["utm_content"], utm["utm_referrer"], utm["_ym_uid"], utm["roistat"], utm["gclid"],
                utm["yclid"], utm["fbclid"], utm["utm_source2"],
            ]
            assert len(row) == len(self.AMO_HEADER)
            rows.append(row)
            truth.append((len(rows), p.key))
        text = csv_bytes([self.AMO_HEADER] + rows, lineterminator="\r\n")
        return "sample-data/amocrm/amocrm_export_leads_2026-10-31.csv", b"\xef\xbb\xbf" + text.encode("utf-8"), truth

    def ym_uid(self):
        return "17" + "".join(str(self.rng.randint(0, 9)) for _ in range(17))

    def gclid(self):
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return "Cj0KCQjw" + "".join(self.rng.choice(alphabet) for _ in range(60)) + "_BwE"

    # ------------------------------------------------------------ manager's own sheet
    def render_sheet(self):
        rng = self.rng
        w = self.w
        header = ["Клиент", "Телефон", "Телефон 2", "Email", "Компания", "Город", "Что хочет",
                  "Возражения", "Следующий шаг", "Дата звонка"]
        items = []
        for p, d in w.sheet_people:
            if d is not None:
                day = (d.created + dt.timedelta(days=self.wc([(0, 5), (1, 3), (2, 2)]))).date()
            elif w.lead_of(p) is not None:
                day = (w.lead_of(p).time + dt.timedelta(days=rng.randint(0, 2))).date()
            else:
                day = M.PERIOD_START + dt.timedelta(days=rng.randint(0, 59))
            day = min(day, dt.date(2026, 10, 30))
            items.append((day, rng.random(), p, d))
        items.sort(key=lambda x: (x[0], x[1]))
        # mostly chronological, but a hand-kept sheet gets a few rows pasted out of order
        for _ in range(4):
            i = rng.randrange(len(items) - 1)
            items[i], items[i + 1] = items[i + 1], items[i]

        def sheet_name(p):
            first, last = p.first, p.last
            if rng.random() < 0.45:
                first, last = no_yo(first), no_yo(last)
            if p.story.startswith("ё/е"):
                first, last = p.first, p.last       # she writes ё
            st = self.wc([("last_first", 40), ("first_last", 20), ("initials", 15), ("first", 8), ("full3", 17)])
            if p.story.startswith("namesake"):
                st = "full3"
            return {"last_first": f"{last} {first}", "first_last": f"{first} {last}",
                    "initials": f"{last} {p.first[0]}.{p.middle[0]}.", "first": f"{first} ({p.city})" if p.city != "Москва" else first,
                    "full3": f"{last} {first} {p.middle}"}[st]

        with_deal = [i for i in range(8, len(items) - 5) if items[i][3] is not None and not items[i][2].story]
        ragged_at = sorted(rng.sample(with_deal, 2))
        trailing_at = sorted(rng.sample([i for i in range(3, len(items)) if i not in ragged_at], 2))
        lines = ["Мои клиенты — Иванова М.", "", ";".join(header)]
        truth = []
        self.sheet_quarantine = []
        for idx, (day, _, p, d) in enumerate(items):
            if idx in ragged_at:
                # a ragged row must belong to someone the CRM also knows: nobody gets lost
                assert d is not None
            main = p.mobile or p.home_phone
            phone = phone_fmt(main, self.wc([("eight_dash", 18), ("eight_sp7", 16), ("e164_paren_tight", 14),
                                             ("ten", 12), ("eight_paren", 14), ("e164_sp", 12), ("eight", 14)]))
            phone2 = ""
            phones = [main]
            if p.work_phone and rng.random() < 0.7:
                phone2 = phone_fmt(p.work_phone, "eight_sp_dash") + " (раб.)"
                phones.append(p.work_phone)
            email = ""
            emails = []
            if rng.random() < 0.72:
                src = p.work_email if (p.work_email and rng.random() < 0.4) else p.email
                email = email_fmt(src, self.wc([("lower", 75), ("cap", 20), ("upper", 5)]))
                emails.append(src)
            company = p.company[1] if p.company and rng.random() < 0.8 else ""
            city = p.city if rng.random() < 0.8 else ""
            course = COURSE_NAME.get(p.course, "")
            wants = (course + ": " if course else "") + ", ".join(p.needs)
            objections = ", ".join(p.objections)
            if d is not None and d.stage == P.WON:
                paid = "оплатила" if p.sex == "f" else "оплатил"
                if not d.payments:
                    step = "ждём оплату"
                elif d.plan_n > 1:
                    step = self.wc([(f"{paid} 1-й платёж, напомнить про 2-й", 2), ("рассрочка, следить за платежами", 1)])
                else:
                    step = f"{paid}, выдать доступ"
            elif d is not None and d.stage == P.LOST:
                step = self.wc([("отказ", 2), ("вернуться через месяц", 1), ("", 1)])
            else:
                nd = day + dt.timedelta(days=rng.randint(1, 6))
                step = self.wc([(f"перезвонить {nd.strftime('%d.%m')}", 3), (rng.choice(P.NEXT_STEPS), 3), ("", 1)])
            cells = [sheet_name(p), phone, phone2, email, company, city, wants, objections, step, ru_date(day)]
            if idx in trailing_at:
                cells[0] = cells[0] + "  "
                if cells[3]:
                    cells[3] = cells[3] + " "
            if idx == ragged_at[0]:
                # two numbers typed into one cell with ";" -> one cell too many
                second = p.work_phone or w.new_phone("Москва", landline=True)
                cells[1] = cells[1] + "; " + phone_fmt(second, "eight_sp_dash")
                phones.append(second)
                line = ";".join(self.sheet_cell(c, raw=(i == 1)) for i, c in enumerate(cells))
                self.sheet_quarantine.append((len(truth) + 1, "11 cells, header has 10: ';' typed inside 'Телефон'"))
            elif idx == ragged_at[1]:
                cells[7] = (objections or "дорого") + "; подумает до пятницы"
                line = ";".join(self.sheet_cell(c, raw=(i == 7)) for i, c in enumerate(cells))
                self.sheet_quarantine.append((len(truth) + 1, "11 cells, header has 10: ';' typed inside 'Возражения'"))
            else:
                line = ";".join(self.sheet_cell(c) for c in cells)
            lines.append(line)
            truth.append((len(truth) + 1, p.key))
            self.note_ids(p, phones, emails)
        text = "\r\n".join(lines) + "\r\n"
        return "sample-data/sales/manager_sheet_ivanova.csv", text.encode("utf-8"), truth

    @staticmethod
    def sheet_cell(c, raw=False):
        if not raw and any(ch in c for ch in (";", '"', "\n", "\r")):
            return '"' + c.replace('"', '""') + '"'
        return c

    # ------------------------------------------------------------ accounting payments
    def render_payments(self):
        rng = self.rng
        w = self.w
        items = []
        for d in w.deals:
            for i, (day, amount) in enumerate(d.payments):
                if day.month == 10:
                    items.append((day, rng.random(), d.person, d, i, len(d.payments), amount))
        for p, pays in w.pay_only:
            for day, amount in pays:
                items.append((day, rng.random(), p, None, 0, 1, amount))
        items.sort(key=lambda x: (x[0], x[1]))
        header = ["Дата", "Номер документа", "Плательщик", "ИНН", "Телефон", "E-mail", "Сумма",
                  "Назначение платежа"]
        rows = [header]
        truth = []
        doc = 4817
        total = 0
        order = 10452
        for day, _, p, d, i, n, amount in items:
            doc += rng.randint(1, 9)
            st = self.wc([("full3", 74), ("upper", 16), ("last_first", 10)])
            last, first, middle = p.last, p.first, p.middle
            if rng.random() < 0.15:
                last, first, middle = no_yo(last), no_yo(first), no_yo(middle)
            if p.story.startswith("ё/е: Алёна"):
                st = "upper"
                last, first, middle = p.last, p.first, p.middle
            if p.story.startswith("namesake"):
                st = "full3"
            payer = {"full3": f"{last} {first} {middle}", "upper": f"{last} {first} {middle}".upper(),
                     "last_first": f"{last} {first}"}[st]
            seen = self.seen_ids.get(p.key, {"phones": [], "emails": []})
            main = p.mobile or p.home_phone
            has_phone = rng.random() < 0.85
            has_email = rng.random() < 0.8
            if d is None:
                has_phone = has_email = True      # site checkout asks for both
            if not has_phone and (p.email not in seen["emails"] or not has_email):
                has_phone = True                  # keep every payment linkable to its person
            phone = phone_fmt(main, self.wc([("e164_paren", 30), ("eight", 25), ("eight_paren_tight", 15),
                                             ("e164", 20), ("seven", 10)])) if has_phone else ""
            email = email_fmt(p.email, self.wc([("lower", 85), ("cap", 15)])) if has_email else ""
            if d is None:
                order += rng.randint(3, 40)
                purpose = (f"Оплата заказа № {order} на сайте, курс «{COURSE_NAME['excel']}». "
                           f"НДС не облагается")
            else:
                n = d.plan_n
                part = "полная оплата" if n == 1 else f"платёж {i + 1} из {n}"
                purpose = (f"Оплата по договору-оферте № {d.id} от {ru_date(d.closed)}, "
                           f"курс «{COURSE_NAME.get(d.course, '')}», {part}. НДС не облагается")
            rows.append([ru_date(day), str(doc), payer, p.inn, phone, email, money_ru(amount), purpose])
            truth.append((len(truth) + 1, p.key))
            total += amount
            self.note_ids(p, [main] if phone else [], [p.email] if email else [])
        rows.append(["Итого", "", "", "", "", "", money_ru(total), ""])
        truth.append((len(truth) + 1, ""))
        text = csv_bytes(rows, delimiter=";", lineterminator="\r\n")
        return "sample-data/accounting/payments_2026-10.csv", text.encode("cp1251"), truth
